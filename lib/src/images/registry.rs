//! The image hash registry: trusted digests by image name, in the store.
//!
//! Digests are not secret, so they are stored in plain columns that `list`
//! and `show` read without unlocking. Each row also carries a seal: its
//! digests, size and source sealed under the data key with the row's name as
//! associated data. Verification opens the seal and compares it with the
//! columns, so a digest edited in the database outside micadoctl is detected.

use rusqlite::{OptionalExtension, params};
use serde::Serialize;

use super::ImageError;
use super::hashing::{Algorithm, Digests, Hashed, REGISTRY_ALGORITHMS};
use crate::audit::AuditEvent;
use crate::store::{Store, WriteTx, now_rfc3339};

/// Maximum length of an image name in bytes.
pub const MAX_IMAGE_NAME_LEN: usize = 255;

/// One registered image.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ImageEntry {
    /// Name, unique in the registry.
    pub name: String,
    /// Trusted digests by algorithm.
    pub digests: Digests,
    /// Size in bytes, when the image was hashed from a file.
    pub size: Option<u64>,
    /// Source of the digests: a file path, `argv` or an imported list.
    pub source: String,
    /// When it was first registered.
    pub created: String,
    /// When its digests last changed.
    pub updated: String,
}

/// A new entry for the registry.
#[derive(Debug, Clone)]
pub struct NewImage {
    /// Name.
    pub name: String,
    /// Digests, at least one.
    pub digests: Digests,
    /// Size in bytes, when known.
    pub size: Option<u64>,
    /// Source of the digests.
    pub source: String,
}

/// Result of registering one image.
#[derive(Debug, Clone, Serialize)]
pub struct RegisterOutcome {
    /// Image name.
    pub name: String,
    /// False when the registry already held these digests.
    pub changed: bool,
    /// The digests that were replaced (with `replace`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub replaced: Option<Digests>,
}

/// One digest compared by a verification.
#[derive(Debug, Clone, Serialize)]
pub struct Comparison {
    /// Algorithm.
    pub algorithm: Algorithm,
    /// The registered digest.
    pub registered: String,
    /// The digest computed or reported now.
    pub actual: String,
    /// Whether both are equal.
    pub matches: bool,
}

/// Result of comparing digests with a registry entry.
#[derive(Debug, Clone, Serialize)]
pub struct VerifyOutcome {
    /// Image name.
    pub name: String,
    /// True when every compared digest (and the size, when both are known) matches.
    #[serde(rename = "match")]
    pub matched: bool,
    /// The digests compared.
    pub compared: Vec<Comparison>,
    /// Registered size, when known.
    pub registered_size: Option<u64>,
    /// Size of the data hashed now, when known.
    pub actual_size: Option<u64>,
}

/// Registry functions over an open store.
pub struct Registry<'a> {
    store: &'a mut Store,
}

impl<'a> Registry<'a> {
    /// Uses `store`; changes and verification need it unlocked.
    pub fn new(store: &'a mut Store) -> Self {
        Registry { store }
    }

    /// Registers `image`. An existing name whose digests differ is replaced
    /// only with `replace`; digests of algorithms it lacks are added when
    /// every algorithm both have agrees.
    pub fn register(
        &mut self,
        image: &NewImage,
        replace: bool,
    ) -> Result<RegisterOutcome, ImageError> {
        check_new(image)?;
        self.store.write(|tx| register_in(tx, image, replace))
    }

    /// Registers several images in one transaction: all land or none.
    pub fn register_many(
        &mut self,
        images: &[NewImage],
        replace: bool,
    ) -> Result<Vec<RegisterOutcome>, ImageError> {
        for image in images {
            check_new(image)?;
        }
        self.store.write(|tx| {
            images
                .iter()
                .map(|image| register_in(tx, image, replace))
                .collect()
        })
    }

    /// Lists every entry without checking seals; needs no unlock.
    pub fn list(&self) -> Result<Vec<ImageEntry>, ImageError> {
        let mut stmt = self
            .store
            .conn()
            .prepare(&format!("SELECT {COLUMNS} FROM images ORDER BY name"))?;
        let rows = stmt.query_map([], read_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Returns the entry of `name` without checking its seal; needs no unlock.
    pub fn get(&self, name: &str) -> Result<ImageEntry, ImageError> {
        load(self.store.conn(), name)?.ok_or_else(|| ImageError::NotFound(name.into()))
    }

    /// Removes `name`. With `if_exists`, a missing name returns `false`
    /// instead of an error.
    pub fn remove(&mut self, name: &str, if_exists: bool) -> Result<bool, ImageError> {
        self.store.write(|tx| {
            let Some(entry) = load(tx, name)? else {
                return if if_exists {
                    Ok(false)
                } else {
                    Err(ImageError::NotFound(name.into()))
                };
            };
            tx.tx
                .execute("DELETE FROM images WHERE name = ?1", [name])?;
            tx.audit(
                &AuditEvent::new("image.remove", &object(name))
                    .with_detail(serde_json::json!({ "digests": entry.digests })),
            )?;
            Ok(true)
        })
    }

    /// Compares `hashed` with the entry of `name` and records the result in
    /// the audit log. A mismatch is an `Ok` outcome with `matched: false`.
    pub fn verify(&mut self, name: &str, hashed: &Hashed) -> Result<VerifyOutcome, ImageError> {
        self.verify_digests(name, &hashed.digests, Some(hashed.size), "local")
    }

    /// Compares `digests` (computed locally or reported by a service named by
    /// `source`) with the entry of `name`, and records the result.
    pub fn verify_digests(
        &mut self,
        name: &str,
        digests: &Digests,
        size: Option<u64>,
        source: &str,
    ) -> Result<VerifyOutcome, ImageError> {
        self.verify_with(name, digests, size, source, Vec::new())
    }

    /// Like [`Registry::verify_digests`], with further comparisons made by
    /// the caller (such as a local copy against Glance) that count towards
    /// the result and are recorded with it.
    pub fn verify_with(
        &mut self,
        name: &str,
        digests: &Digests,
        size: Option<u64>,
        source: &str,
        extra: Vec<Comparison>,
    ) -> Result<VerifyOutcome, ImageError> {
        self.store.write(|tx| {
            let entry = load_checked(tx, name)?.ok_or_else(|| ImageError::NotFound(name.into()))?;
            let mut outcome = compare(&entry, digests, size);
            outcome.matched &= extra.iter().all(|c| c.matches);
            outcome.compared.extend(extra);
            let result = if outcome.matched { "match" } else { "mismatch" };
            tx.audit(
                &AuditEvent::new("image.verify", &object(name))
                    .with_outcome(if outcome.matched {
                        "success"
                    } else {
                        "failure"
                    })
                    .with_detail(serde_json::json!({
                        "result": result,
                        "source": source,
                        "compared": outcome.compared,
                    })),
            )?;
            Ok(outcome)
        })
    }

    /// Returns the names of every entry whose digests all agree with
    /// `hashed` (at least one algorithm in common), checking their seals.
    pub fn find(&mut self, hashed: &Hashed) -> Result<Vec<VerifyOutcome>, ImageError> {
        let names: Vec<String> = self.list()?.into_iter().map(|e| e.name).collect();
        self.store.write(|tx| {
            let mut found = Vec::new();
            for name in &names {
                let Some(entry) = load_checked(tx, name)? else {
                    continue;
                };
                let outcome = compare(&entry, &hashed.digests, Some(hashed.size));
                if outcome.matched {
                    found.push(outcome);
                }
            }
            let matched: Vec<&str> = found.iter().map(|o| o.name.as_str()).collect();
            tx.audit(
                &AuditEvent::new("image.verify", "image/*")
                    .with_outcome(if found.is_empty() {
                        "failure"
                    } else {
                        "success"
                    })
                    .with_detail(serde_json::json!({
                        "result": if found.is_empty() { "unknown" } else { "match" },
                        "matched": matched,
                        "digests": hashed.digests,
                    })),
            )?;
            Ok(found)
        })
    }

    /// Reads every entry with its seal checked, for export, and records the export.
    pub fn export(&mut self) -> Result<Vec<ImageEntry>, ImageError> {
        let names: Vec<String> = self.list()?.into_iter().map(|e| e.name).collect();
        self.store.write(|tx| {
            let mut entries = Vec::new();
            for name in &names {
                entries.extend(load_checked(tx, name)?);
            }
            tx.audit(
                &AuditEvent::new("image.export", "image/*")
                    .with_detail(serde_json::json!({ "count": entries.len() })),
            )?;
            Ok(entries)
        })
    }
}

/// Checks an image name: 1 to 255 bytes, no control characters, not
/// starting with `-`.
pub fn check_image_name(name: &str) -> Result<(), String> {
    if name.is_empty() {
        return Err("name is empty".into());
    }
    if name.len() > MAX_IMAGE_NAME_LEN {
        return Err(format!(
            "name is {} bytes long; the maximum is {MAX_IMAGE_NAME_LEN}",
            name.len()
        ));
    }
    if let Some(c) = name.chars().find(|c| c.is_control()) {
        return Err(format!(
            "name contains {}; image names cannot contain control characters",
            crate::names::describe_char(c)
        ));
    }
    if name.starts_with('-') {
        return Err("name starts with '-', which the command line reads as an option".into());
    }
    Ok(())
}

fn check_new(image: &NewImage) -> Result<(), ImageError> {
    check_image_name(&image.name).map_err(|m| {
        ImageError::invalid(format!("image name \"{}\"", shown_name(&image.name)), m)
    })?;
    if image.digests.is_empty() {
        return Err(ImageError::invalid(
            format!("image \"{}\"", image.name),
            "no digest given",
        ));
    }
    for (algorithm, hex) in &image.digests {
        if !REGISTRY_ALGORITHMS.contains(algorithm) {
            return Err(ImageError::invalid(
                format!("image \"{}\"", image.name),
                format!(
                    "{algorithm} digests cannot be registered; use sha256, sha384, sha512 or blake3"
                ),
            ));
        }
        algorithm.normalise_hex(hex).map_err(|m| {
            ImageError::invalid(format!("{algorithm} digest of \"{}\"", image.name), m)
        })?;
    }
    Ok(())
}

/// Escapes a rejected name for a message, shortened to its first 64
/// characters when it is longer than a valid name, so a list line of
/// megabytes does not flood the terminal.
pub(crate) fn shown_name(name: &str) -> String {
    const SHOWN_CHARS: usize = 64;
    if name.len() <= MAX_IMAGE_NAME_LEN {
        return name.escape_debug().to_string();
    }
    let start: String = name.chars().take(SHOWN_CHARS).collect();
    format!("{}...", start.escape_debug())
}

const COLUMNS: &str = "name, sha256, sha384, sha512, blake3, size, source, created, updated";

fn read_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<ImageEntry> {
    let mut digests = Digests::new();
    for (index, algorithm) in REGISTRY_ALGORITHMS.iter().enumerate() {
        if let Some(hex) = row.get::<_, Option<String>>(index + 1)? {
            digests.insert(*algorithm, hex);
        }
    }
    Ok(ImageEntry {
        name: row.get(0)?,
        digests,
        size: row.get::<_, Option<i64>>(5)?.map(|s| s as u64),
        source: row.get(6)?,
        created: row.get(7)?,
        updated: row.get(8)?,
    })
}

fn load(conn: &rusqlite::Connection, name: &str) -> Result<Option<ImageEntry>, ImageError> {
    Ok(conn
        .query_row(
            &format!("SELECT {COLUMNS} FROM images WHERE name = ?1"),
            [name],
            read_row,
        )
        .optional()?)
}

/// Loads an entry and checks that its columns match its seal.
fn load_checked(tx: &WriteTx<'_>, name: &str) -> Result<Option<ImageEntry>, ImageError> {
    let Some(entry) = load(tx, name)? else {
        return Ok(None);
    };
    let sealed: Vec<u8> =
        tx.query_row("SELECT sealed FROM images WHERE name = ?1", [name], |row| {
            row.get(0)
        })?;
    let opened = tx
        .open(&seal_row(name), &sealed, &format!("image \"{name}\""))
        .map_err(|_| ImageError::Tampered(name.into()))?;
    if opened.as_slice() != seal_text(&entry).as_bytes() {
        return Err(ImageError::Tampered(name.into()));
    }
    Ok(Some(entry))
}

fn seal_row(name: &str) -> [&str; 3] {
    ["images", name, "digests"]
}

/// Builds the canonical text that the seal of an entry covers.
fn seal_text(entry: &ImageEntry) -> String {
    serde_json::json!({
        "name": entry.name,
        "digests": entry.digests,
        "size": entry.size,
        "source": entry.source,
    })
    .to_string()
}

fn normalised(digests: &Digests) -> Digests {
    digests
        .iter()
        .map(|(a, hex)| (*a, hex.trim().to_ascii_lowercase()))
        .collect()
}

fn register_in(
    tx: &WriteTx<'_>,
    image: &NewImage,
    replace: bool,
) -> Result<RegisterOutcome, ImageError> {
    let digests = normalised(&image.digests);
    let Some(existing) = load_checked(tx, &image.name)? else {
        let entry = new_entry(image, digests, None);
        write_entry(tx, &entry)?;
        tx.audit(
            &AuditEvent::new("image.register", &object(&image.name))
                .with_detail(serde_json::json!({ "digests": entry.digests, "size": entry.size, "source": entry.source })),
        )?;
        return Ok(RegisterOutcome {
            name: image.name.clone(),
            changed: true,
            replaced: None,
        });
    };

    match conflict(&existing, &digests, image.size) {
        None => merge_in(tx, existing, image, digests),
        Some((algorithm, registered)) if !replace => Err(ImageError::AlreadyRegistered {
            name: image.name.clone(),
            algorithm,
            registered,
        }),
        Some(_) => {
            let entry = new_entry(image, digests, Some(&existing.created));
            write_entry(tx, &entry)?;
            tx.audit(
                &AuditEvent::new("image.replace", &object(&image.name)).with_detail(
                    serde_json::json!({
                        "old": { "digests": existing.digests, "size": existing.size },
                        "new": { "digests": entry.digests, "size": entry.size },
                        "source": entry.source,
                    }),
                ),
            )?;
            Ok(RegisterOutcome {
                name: image.name.clone(),
                changed: true,
                replaced: Some(existing.digests),
            })
        }
    }
}

/// Adds digests of algorithms the entry lacks; nothing when it has them all.
fn merge_in(
    tx: &WriteTx<'_>,
    existing: ImageEntry,
    image: &NewImage,
    digests: Digests,
) -> Result<RegisterOutcome, ImageError> {
    let added: Digests = digests
        .into_iter()
        .filter(|(a, _)| !existing.digests.contains_key(a))
        .collect();
    let size_added = existing.size.is_none() && image.size.is_some();
    if added.is_empty() && !size_added {
        tx.audit(
            &AuditEvent::new("image.register", &object(&image.name)).with_outcome("unchanged"),
        )?;
        return Ok(RegisterOutcome {
            name: image.name.clone(),
            changed: false,
            replaced: None,
        });
    }
    let mut entry = existing;
    entry.digests.extend(added.clone());
    entry.size = entry.size.or(image.size);
    entry.updated = now_rfc3339();
    write_entry(tx, &entry)?;
    tx.audit(
        &AuditEvent::new("image.register", &object(&image.name))
            .with_detail(serde_json::json!({ "added": added, "size": entry.size })),
    )?;
    Ok(RegisterOutcome {
        name: image.name.clone(),
        changed: true,
        replaced: None,
    })
}

/// Returns an algorithm whose registered digest differs from `digests`, or
/// `None` when they agree. Digests without any algorithm in common cannot
/// be shown to describe the same image, so they count as a conflict.
fn conflict(
    existing: &ImageEntry,
    digests: &Digests,
    size: Option<u64>,
) -> Option<(String, String)> {
    let mut common = 0;
    for (algorithm, hex) in digests {
        if let Some(registered) = existing.digests.get(algorithm) {
            if registered != hex {
                return Some((algorithm.to_string(), registered.clone()));
            }
            common += 1;
        }
    }
    if let (Some(registered), Some(size)) = (existing.size, size)
        && registered != size
    {
        return Some(("size".into(), registered.to_string()));
    }
    if common == 0 {
        let (algorithm, registered) = existing.digests.iter().next()?;
        return Some((algorithm.to_string(), registered.clone()));
    }
    None
}

fn new_entry(image: &NewImage, digests: Digests, created: Option<&str>) -> ImageEntry {
    let now = now_rfc3339();
    ImageEntry {
        name: image.name.clone(),
        digests,
        size: image.size,
        source: image.source.clone(),
        created: created.map_or_else(|| now.clone(), str::to_string),
        updated: now,
    }
}

fn write_entry(tx: &WriteTx<'_>, entry: &ImageEntry) -> Result<(), ImageError> {
    let sealed = tx.seal(&seal_row(&entry.name), seal_text(entry).as_bytes());
    let digest = |a: Algorithm| entry.digests.get(&a).cloned();
    tx.tx.execute(
        "INSERT INTO images (name, sha256, sha384, sha512, blake3, size, source, sealed, created, updated)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
         ON CONFLICT (name) DO UPDATE SET sha256 = ?2, sha384 = ?3, sha512 = ?4, blake3 = ?5,
             size = ?6, source = ?7, sealed = ?8, updated = ?10",
        params![
            entry.name,
            digest(Algorithm::Sha256),
            digest(Algorithm::Sha384),
            digest(Algorithm::Sha512),
            digest(Algorithm::Blake3),
            entry.size.map(|s| s as i64),
            entry.source,
            sealed,
            entry.created,
            entry.updated,
        ],
    )?;
    Ok(())
}

/// Compares `digests` with every algorithm the entry and they have in common.
fn compare(entry: &ImageEntry, digests: &Digests, size: Option<u64>) -> VerifyOutcome {
    let compared: Vec<Comparison> = entry
        .digests
        .iter()
        .filter_map(|(algorithm, registered)| {
            let actual = digests.get(algorithm)?.to_ascii_lowercase();
            Some(Comparison {
                algorithm: *algorithm,
                registered: registered.clone(),
                matches: *registered == actual,
                actual,
            })
        })
        .collect();
    let size_matches = match (entry.size, size) {
        (Some(registered), Some(actual)) => registered == actual,
        _ => true,
    };
    VerifyOutcome {
        name: entry.name.clone(),
        matched: !compared.is_empty() && compared.iter().all(|c| c.matches) && size_matches,
        compared,
        registered_size: entry.size,
        actual_size: size,
    }
}

/// Returns the audit object of an image.
fn object(name: &str) -> String {
    format!("image/{name}")
}
