//! Cloud credentials: typed records with versions, rotation, import and export
//! of MiCADO's credential files, and per-use injection into a command.
//!
//! Each version of a credential is one sealed JSON document (type and fields)
//! in `credential_versions`, bound to its name and version number. Reading or
//! changing one appends an audit record in the same transaction.

pub mod backend;
mod error;
pub mod exec;
pub mod files;
mod rotation;
mod sealed;
pub mod types;
pub mod vault;

use rusqlite::{OptionalExtension, params};
use serde::Serialize;

use crate::audit::AuditEvent;
use crate::store::{Store, StoreError, WriteTx, now_rfc3339};
pub use backend::{CredentialBackend, DeleteOptions, LocalBackend, SetMode};
pub use error::CredentialError;
pub use rotation::{RotateOutcome, RotationRequest};
pub use types::{ALL_TYPES, CredentialType, Fields, Record};

/// Result of a change: whether anything changed, and the current version.
#[derive(Debug, Clone, Serialize)]
pub struct ChangeOutcome {
    /// The credential name.
    pub name: String,
    /// False when the store already held exactly these values.
    pub changed: bool,
    /// The current version after the change.
    pub version: i64,
}

/// One line of `cred list`.
#[derive(Debug, Clone, Serialize)]
pub struct CredentialSummary {
    /// Name.
    pub name: String,
    /// Type.
    #[serde(rename = "type")]
    pub kind: String,
    /// Current version.
    pub version: i64,
    /// Number of stored versions.
    pub versions: i64,
    /// Version staged by an unfinished rotation.
    pub pending_rotation: Option<i64>,
    /// Last change.
    pub updated: String,
}

/// One line of `cred history`.
#[derive(Debug, Clone, Serialize)]
pub struct VersionInfo {
    /// Version number.
    pub version: i64,
    /// `current`, `previous` or `staged`.
    pub state: String,
    /// Type of that version.
    #[serde(rename = "type")]
    pub kind: String,
    /// When it was written.
    pub created: String,
    /// When it was soft-deleted (Vault KV version 2 only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deleted: Option<String>,
}

/// A credential read from the store.
#[derive(Debug, Clone)]
pub struct Versioned {
    /// Name.
    pub name: String,
    /// Version that was read.
    pub version: i64,
    /// Type and values.
    pub record: Record,
}

/// Credential functions over an open store.
pub struct Credentials<'a> {
    store: &'a mut Store,
}

impl<'a> Credentials<'a> {
    /// Uses `store`; reading values and every change need it unlocked.
    pub fn new(store: &'a mut Store) -> Self {
        Credentials { store }
    }

    /// Stores `record` as the new current version of `name`.
    ///
    /// Returns `changed: false` and writes no version when the current version
    /// contains the same type and values.
    pub fn set(&mut self, name: &str, record: &Record) -> Result<ChangeOutcome, CredentialError> {
        check_name(name)?;
        validate(name, record)?;
        self.store.write(|tx| set_in(tx, name, record))
    }

    /// Stores `record` merged into the current version of `name`: fields that
    /// `record` does not set keep their stored values.
    pub fn set_merged(
        &mut self,
        name: &str,
        record: &Record,
    ) -> Result<ChangeOutcome, CredentialError> {
        check_name(name)?;
        self.store.write(|tx| {
            let merged = match checked_current_version(tx, name)? {
                Some(current) => merge_fields(&sealed::load(tx, name, current)?, record),
                None => record.clone(),
            };
            validate(name, &merged)?;
            set_in(tx, name, &merged)
        })
    }

    /// Reads version `version` of `name` (the current one when `None`).
    pub fn get(&mut self, name: &str, version: Option<i64>) -> Result<Versioned, CredentialError> {
        self.read(name, version, "cred.get", serde_json::Map::new())
    }

    /// Reads a version and records the read under `action`, with `detail`
    /// and the version as the record's details.
    pub(crate) fn read(
        &mut self,
        name: &str,
        version: Option<i64>,
        action: &str,
        mut detail: serde_json::Map<String, serde_json::Value>,
    ) -> Result<Versioned, CredentialError> {
        self.store.write(|tx| {
            let current = checked_current_version(tx, name)?
                .ok_or_else(|| CredentialError::NotFound(name.into()))?;
            let version = version.unwrap_or(current);
            let record = sealed::load(tx, name, version)?;
            detail.insert("version".into(), version.into());
            tx.audit(
                &AuditEvent::new(action, &object(name))
                    .with_detail(serde_json::Value::Object(detail)),
            )?;
            Ok(Versioned {
                name: name.to_string(),
                version,
                record,
            })
        })
    }

    /// Lists credentials without reading any value; needs no unlock.
    pub fn list(&self) -> Result<Vec<CredentialSummary>, CredentialError> {
        let mut stmt = self.store.conn().prepare(
            "SELECT c.name, c.type, c.current_version,
                    (SELECT count(*) FROM credential_versions v WHERE v.name = c.name),
                    (SELECT staged_version FROM rotations r WHERE r.name = c.name),
                    c.updated
             FROM credentials c ORDER BY c.name",
        )?;
        let rows = stmt.query_map([], |row| {
            Ok(CredentialSummary {
                name: row.get(0)?,
                kind: row.get(1)?,
                version: row.get(2)?,
                versions: row.get(3)?,
                pending_rotation: row.get(4)?,
                updated: row.get(5)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Lists the versions of `name` without reading any value; needs no unlock.
    pub fn history(&self, name: &str) -> Result<Vec<VersionInfo>, CredentialError> {
        let conn = self.store.conn();
        if current_version(conn, name)?.is_none() {
            return Err(CredentialError::NotFound(name.into()));
        }
        let mut stmt = conn.prepare(
            "SELECT version, state, type, created FROM credential_versions WHERE name = ?1 ORDER BY version",
        )?;
        let rows = stmt.query_map([name], |row| {
            Ok(VersionInfo {
                version: row.get(0)?,
                state: row.get(1)?,
                kind: row.get(2)?,
                created: row.get(3)?,
                deleted: None,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Deletes `name` with all its versions. With `if_exists`, a missing name
    /// is `changed: false` instead of an error.
    pub fn delete(&mut self, name: &str, if_exists: bool) -> Result<bool, CredentialError> {
        self.store.write(|tx| {
            let deleted = tx
                .tx
                .execute("DELETE FROM credentials WHERE name = ?1", [name])?;
            if deleted == 0 {
                return if if_exists {
                    Ok(false)
                } else {
                    Err(CredentialError::NotFound(name.into()))
                };
            }
            tx.audit(&AuditEvent::new("cred.delete", &object(name)))?;
            Ok(true)
        })
    }

    /// Makes the values of version `to` current again, as a new version.
    ///
    /// Returns `changed: false` and writes no version when the current version
    /// already contains those values.
    pub fn rollback(&mut self, name: &str, to: i64) -> Result<ChangeOutcome, CredentialError> {
        self.store.write(|tx| {
            let current = checked_current_version(tx, name)?
                .ok_or_else(|| CredentialError::NotFound(name.into()))?;
            let state = version_state(tx, name, to)?;
            if state.as_deref() == Some("staged") || state.is_none() {
                return Err(CredentialError::VersionNotFound {
                    name: name.into(),
                    version: to,
                });
            }
            if rotation::pending(tx, name)?.is_some() {
                return Err(rotation::pending_error(tx, name)?);
            }
            let record = sealed::load(tx, name, to)?;
            // Rolling back to values that are already current (the current
            // version, or a rerun of the same rollback) adds no version.
            if current == to || sealed::load(tx, name, current)? == record {
                return Ok(ChangeOutcome {
                    name: name.into(),
                    changed: false,
                    version: current,
                });
            }
            let version = insert_version(tx, name, &record, "current")?;
            tx.audit(
                &AuditEvent::new("cred.rollback", &object(name)).with_detail(serde_json::json!({
                    "from": current, "to": to, "version": version
                })),
            )?;
            Ok(ChangeOutcome {
                name: name.into(),
                changed: true,
                version,
            })
        })
    }

    /// Imports records as one transaction: all land or none.
    pub fn set_many(
        &mut self,
        records: &[(String, Record)],
    ) -> Result<Vec<ChangeOutcome>, CredentialError> {
        for (name, record) in records {
            check_name(name)?;
            validate(name, record)?;
        }
        self.store.write(|tx| {
            records
                .iter()
                .map(|(name, record)| set_in(tx, name, record))
                .collect()
        })
    }

    /// Reads the current version of every credential, for export.
    pub fn read_all(&mut self, names: &[String]) -> Result<Vec<Versioned>, CredentialError> {
        let names: Vec<String> = if names.is_empty() {
            self.list()?.into_iter().map(|c| c.name).collect()
        } else {
            names.to_vec()
        };
        self.store.write(|tx| {
            let mut out = Vec::new();
            for name in &names {
                let version = checked_current_version(tx, name)?
                    .ok_or_else(|| CredentialError::NotFound(name.clone()))?;
                let record = sealed::load(tx, name, version)?;
                tx.audit(
                    &AuditEvent::new("cred.export", &object(name))
                        .with_detail(serde_json::json!({ "version": version })),
                )?;
                out.push(Versioned {
                    name: name.clone(),
                    version,
                    record,
                });
            }
            Ok(out)
        })
    }

    pub(crate) fn store(&mut self) -> &mut Store {
        self.store
    }
}

/// Returns `update` laid over the fields of `stored`. A type change is left
/// to the caller's type check, so the stored type is not taken over.
pub(crate) fn merge_fields(stored: &Record, update: &Record) -> Record {
    if stored.kind != update.kind {
        return update.clone();
    }
    let mut fields = stored.fields.clone();
    for (key, value) in update.fields.iter() {
        fields.insert(key, zeroize::Zeroizing::new(value.to_string()));
    }
    Record {
        kind: update.kind,
        fields,
    }
}

pub(crate) fn check_name(name: &str) -> Result<(), CredentialError> {
    crate::names::check_name(name).map_err(|m| {
        CredentialError::invalid(format!("credential name \"{}\"", name.escape_debug()), m)
    })
}

pub(crate) fn validate(name: &str, record: &Record) -> Result<&'static str, CredentialError> {
    record
        .validate()
        .map_err(|m| CredentialError::invalid(format!("credential \"{name}\""), m))
}

/// Returns the audit object of a credential.
pub(crate) fn object(name: &str) -> String {
    format!("credential/{name}")
}

fn set_in(tx: &WriteTx<'_>, name: &str, record: &Record) -> Result<ChangeOutcome, CredentialError> {
    if rotation::pending(tx, name)?.is_some() {
        return Err(rotation::pending_error(tx, name)?);
    }
    if let Some(current) = checked_current_version(tx, name)? {
        let stored = sealed::load(tx, name, current)?;
        if stored.kind != record.kind {
            return Err(CredentialError::invalid(
                format!("credential \"{name}\""),
                format!(
                    "it is of type {} and the new values are {}; delete it first or choose another name",
                    stored.kind, record.kind
                ),
            ));
        }
        if stored == *record {
            tx.audit(
                &AuditEvent::new("cred.set", &object(name))
                    .with_outcome("unchanged")
                    .with_detail(serde_json::json!({ "version": current })),
            )?;
            return Ok(ChangeOutcome {
                name: name.into(),
                changed: false,
                version: current,
            });
        }
    }
    let version = insert_version(tx, name, record, "current")?;
    tx.audit(
        &AuditEvent::new("cred.set", &object(name)).with_detail(serde_json::json!({
            "version": version, "type": record.kind.as_str()
        })),
    )?;
    Ok(ChangeOutcome {
        name: name.into(),
        changed: true,
        version,
    })
}

/// Inserts the next version of `name` in `state` (`current` or `staged`); a new
/// current version demotes the old one to `previous`.
fn insert_version(
    tx: &WriteTx<'_>,
    name: &str,
    record: &Record,
    state: &str,
) -> Result<i64, CredentialError> {
    let now = now_rfc3339();
    let kind = record.kind.as_str();
    let exists = current_version(tx, name)?.is_some();
    if !exists {
        tx.tx.execute(
            "INSERT INTO credentials (name, type, current_version, created, updated) VALUES (?1, ?2, 0, ?3, ?3)",
            params![name, kind, now],
        )?;
    }
    let version: i64 = tx.tx.query_row(
        "SELECT coalesce(max(version), 0) + 1 FROM credential_versions WHERE name = ?1",
        [name],
        |row| row.get(0),
    )?;
    let sealed = sealed::seal(tx, name, version, record);
    tx.tx.execute(
        "INSERT INTO credential_versions (name, version, type, state, sealed, created) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![name, version, kind, state, sealed, now],
    )?;
    if state == "current" {
        make_current(tx, name, version, kind)?;
    }
    Ok(version)
}

fn make_current(
    tx: &WriteTx<'_>,
    name: &str,
    version: i64,
    kind: &str,
) -> Result<(), CredentialError> {
    tx.tx.execute(
        "UPDATE credential_versions SET state = 'previous' WHERE name = ?1 AND state = 'current' AND version != ?2",
        params![name, version],
    )?;
    tx.tx.execute(
        "UPDATE credential_versions SET state = 'current' WHERE name = ?1 AND version = ?2",
        params![name, version],
    )?;
    tx.tx.execute(
        "UPDATE credentials SET current_version = ?2, type = ?3, head = ?4, updated = ?5 WHERE name = ?1",
        params![name, version, kind, seal_head(tx, name, version, kind), now_rfc3339()],
    )?;
    Ok(())
}

fn head_row(name: &str) -> [&str; 3] {
    ["credentials", name, "head"]
}

fn head_text(version: i64, kind: &str) -> String {
    format!("{version}:{kind}")
}

/// Seals the current version and type of `name`, which every read checks.
fn seal_head(tx: &WriteTx<'_>, name: &str, version: i64, kind: &str) -> Vec<u8> {
    tx.seal(&head_row(name), head_text(version, kind).as_bytes())
}

/// Reads the current version of `name` and checks it against the sealed head,
/// so that a version pointer moved outside micadoctl (to serve old values) is
/// detected.
fn checked_current_version(tx: &WriteTx<'_>, name: &str) -> Result<Option<i64>, CredentialError> {
    let row: Option<(i64, String, Vec<u8>)> = tx
        .query_row(
            "SELECT current_version, type, head FROM credentials WHERE name = ?1",
            [name],
            |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
        )
        .optional()?;
    let Some((version, kind, head)) = row else {
        return Ok(None);
    };
    let label = format!("credential \"{name}\" current version");
    let opened = tx.open(&head_row(name), &head, &label)?;
    if opened.as_slice() != head_text(version, &kind).as_bytes() {
        return Err(StoreError::Tampered(label).into());
    }
    Ok(Some(version))
}

fn current_version(conn: &rusqlite::Connection, name: &str) -> Result<Option<i64>, StoreError> {
    Ok(conn
        .query_row(
            "SELECT current_version FROM credentials WHERE name = ?1",
            [name],
            |row| row.get(0),
        )
        .optional()?)
}

fn version_state(
    conn: &rusqlite::Connection,
    name: &str,
    version: i64,
) -> Result<Option<String>, StoreError> {
    Ok(conn
        .query_row(
            "SELECT state FROM credential_versions WHERE name = ?1 AND version = ?2",
            params![name, version],
            |row| row.get(0),
        )
        .optional()?)
}
