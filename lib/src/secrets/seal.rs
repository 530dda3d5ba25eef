//! Sealing and unsealing the values of a descriptor in place, and changing
//! its recipients.
//!
//! A sealed value is the exact text of the scalar as written (its quotes, or
//! a block scalar's header and lines), encrypted with XChaCha20-Poly1305 under
//! the data key, with the document number and path as associated data.
//! Unsealing puts that text back, which makes the round trip byte-exact.

use std::collections::BTreeSet;
use std::ops::Range;

use zeroize::Zeroizing;

use super::SecretError;
use super::envelope::{self, Layout, Metadata};
use super::keys::{self, Identity, Recipient};
use super::select::{self, Pattern};
use super::yaml::{self, Leaf, Stream};
use crate::crypto::{self, DataKey};

/// Request of [`seal`]: recipients and extra paths.
#[derive(Debug, Default)]
pub struct SealRequest {
    /// Recipients; empty keeps those of an already sealed file.
    pub recipients: Vec<String>,
    /// Extra path patterns to seal.
    pub paths: Vec<String>,
}

/// Result of [`seal`].
#[derive(Debug)]
pub struct SealOutcome {
    /// The sealed file.
    pub text: String,
    /// False when the file was sealed already and nothing needed sealing.
    pub changed: bool,
    /// The values sealed by this call.
    pub newly_sealed: Vec<String>,
    /// Sealed values in the file now.
    pub sealed_values: usize,
    /// The recipients.
    pub recipients: Vec<String>,
    /// The first value that no longer matched the MAC before this seal
    /// approved it, when the file had been edited.
    pub approved_edit: Option<String>,
}

/// Result of [`unseal`]. Its `Debug` output leaves out the text.
pub struct UnsealOutcome {
    /// The original file.
    pub text: Zeroizing<String>,
    /// Number of values that were sealed.
    pub values: usize,
    /// The first path (or the metadata) that did not match the MAC, when
    /// the MAC was not checked strictly.
    pub mac_problem: Option<String>,
}

impl std::fmt::Debug for UnsealOutcome {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UnsealOutcome")
            .field("text", &format_args!("<{} bytes>", self.text.len()))
            .field("values", &self.values)
            .field("mac_problem", &self.mac_problem)
            .finish()
    }
}

/// Result of [`change_recipients`].
#[derive(Debug)]
pub struct RecipientsOutcome {
    /// The file sealed under a new data key, or the file as it was when the
    /// recipient list did not change.
    pub text: String,
    /// False when every recipient to add was one already and every one to
    /// remove was not; the file then keeps its data key.
    pub changed: bool,
    /// The recipients now.
    pub recipients: Vec<String>,
    /// Number of sealed values re-encrypted.
    pub values: usize,
}

/// Supplies the identities that unwrap the data key; called only when needed.
pub type IdentitySource<'a> = &'a dyn Fn() -> Result<Vec<Identity>, SecretError>;

/// Seals the selected values of `text`; `subject` names the file in errors.
///
/// A plain file gets a new data key. An already sealed file keeps its data
/// key: new plain values at selected paths are sealed with it, which needs an
/// identity, and nothing changes when there is nothing new to seal.
pub fn seal(
    text: &str,
    subject: &str,
    request: &SealRequest,
    identities: IdentitySource<'_>,
) -> Result<SealOutcome, SecretError> {
    match envelope::split(text, subject)? {
        None => seal_plain(text, subject, request),
        Some(split) => reseal(text, split, subject, request, identities),
    }
}

fn seal_plain(
    text: &str,
    subject: &str,
    request: &SealRequest,
) -> Result<SealOutcome, SecretError> {
    if request.recipients.is_empty() {
        return Err(SecretError::invalid(
            subject,
            "no recipients; give --recipient age1... or an SSH public key",
        ));
    }
    let recipients = parse_recipients(&request.recipients)?;
    let stream = parse(text, subject)?;
    if let Some(leaf) = stream.leaves.iter().find(|l| envelope::is_token(l)) {
        return Err(SecretError::invalid(
            subject,
            format!(
                "{} is sealed but the file has no {} block; restore the file from version control",
                envelope::describe(leaf),
                envelope::BLOCK_KEY
            ),
        ));
    }
    let patterns = parse_patterns(&request.paths)?;
    select::check_patterns_match(&stream.leaves, &patterns)?;
    let selected = select::select(&stream.leaves, &patterns)?;

    let key = DataKey::generate();
    let sealed_body = seal_values(text, &stream.leaves, &selected, &key);
    let (layout, newline_added) = choose_layout(text, &stream);
    let metadata = Metadata {
        layout,
        newline_added,
        recipients: recipients.iter().map(|r| r.text.clone()).collect(),
        paths: request.paths.clone(),
        data_key: keys::wrap(&key, &recipients),
        tags: Vec::new(),
        mac: [0; 32],
    };
    let sealed = finish(&sealed_body, metadata, &key, subject)?;
    check_round_trip(&sealed, text, &key, subject)?;
    Ok(SealOutcome {
        text: sealed,
        changed: true,
        newly_sealed: selected
            .iter()
            .map(|&i| envelope::describe(&stream.leaves[i]))
            .collect(),
        sealed_values: selected.len(),
        recipients: recipients.into_iter().map(|r| r.text).collect(),
        approved_edit: None,
    })
}

fn reseal(
    text: &str,
    split: envelope::Split<'_>,
    subject: &str,
    request: &SealRequest,
    identities: IdentitySource<'_>,
) -> Result<SealOutcome, SecretError> {
    let metadata = split.metadata;
    let body = split.body;
    check_same_recipients(&metadata, &request.recipients, subject)?;
    let key = unwrap_key(&metadata, subject, identities)?;
    let stream = parse(body, subject)?;
    let plaintext = open_values(body, &stream.leaves, &key, subject)?;
    let approved_edit = envelope::verify(&key, &metadata, body, &stream.leaves).err();

    let new_patterns = parse_patterns(&request.paths)?;
    select::check_patterns_match(&stream.leaves, &new_patterns)?;
    let mut paths = metadata.paths.clone();
    for path in &request.paths {
        if !paths.contains(path) {
            paths.push(path.clone());
        }
    }
    let patterns = parse_patterns(&paths)?;
    let selected = select::select(&stream.leaves, &patterns)?;
    let to_seal: Vec<usize> = selected
        .iter()
        .copied()
        .filter(|&i| !envelope::is_token(&stream.leaves[i]))
        .collect();
    let sealed_values = stream
        .leaves
        .iter()
        .filter(|l| envelope::is_token(l))
        .count();

    if to_seal.is_empty() && approved_edit.is_none() && paths == metadata.paths {
        return Ok(SealOutcome {
            text: text.to_string(),
            changed: false,
            newly_sealed: Vec::new(),
            sealed_values,
            recipients: metadata.recipients,
            approved_edit: None,
        });
    }

    let sealed_body = seal_values(body, &stream.leaves, &to_seal, &key);
    let recipients = metadata.recipients.clone();
    let metadata = Metadata { paths, ..metadata };
    let sealed = finish(&sealed_body, metadata, &key, subject)?;
    check_round_trip(&sealed, &plaintext, &key, subject)?;
    Ok(SealOutcome {
        text: sealed,
        changed: true,
        newly_sealed: to_seal
            .iter()
            .map(|&i| envelope::describe(&stream.leaves[i]))
            .collect(),
        sealed_values: sealed_values + to_seal.len(),
        recipients,
        approved_edit,
    })
}

/// Restores the original file. With `authenticated` false a MAC mismatch is
/// returned in the outcome instead of failing; every sealed value must still
/// decrypt.
pub fn unseal(
    text: &str,
    subject: &str,
    identities: IdentitySource<'_>,
    authenticated: bool,
) -> Result<UnsealOutcome, SecretError> {
    let split = envelope::split(text, subject)?.ok_or_else(|| not_sealed(subject))?;
    let key = unwrap_key(&split.metadata, subject, identities)?;
    unseal_with_key(text, subject, &key, authenticated)
}

/// Restores the original file with a data key already unwrapped.
pub fn unseal_with_key(
    text: &str,
    subject: &str,
    key: &DataKey,
    authenticated: bool,
) -> Result<UnsealOutcome, SecretError> {
    let split = envelope::split(text, subject)?.ok_or_else(|| not_sealed(subject))?;
    let stream = parse(split.body, subject)?;
    let mac_problem = envelope::verify(key, &split.metadata, split.body, &stream.leaves).err();
    if let (true, Some(what)) = (authenticated, &mac_problem) {
        return Err(SecretError::MacMismatch {
            subject: subject.to_string(),
            what: what.clone(),
        });
    }
    let text = open_values(split.body, &stream.leaves, key, subject)?;
    let values = stream
        .leaves
        .iter()
        .filter(|l| envelope::is_token(l))
        .count();
    Ok(UnsealOutcome {
        text,
        values,
        mac_problem,
    })
}

/// Re-keys a sealed file for a new recipient list: every value is sealed
/// again under a new data key, so a removed recipient cannot open a later
/// version. The MAC must match first. A request that leaves the list as it
/// is changes nothing, so that a rerun is safe.
pub fn change_recipients(
    text: &str,
    subject: &str,
    identities: IdentitySource<'_>,
    add: &[String],
    remove: &[String],
) -> Result<RecipientsOutcome, SecretError> {
    let split = envelope::split(text, subject)?.ok_or_else(|| not_sealed(subject))?;
    let old_key = unwrap_key(&split.metadata, subject, identities)?;
    let opened = unseal_with_key(text, subject, &old_key, true)?;
    let old_stream = parse(split.body, subject)?;
    let sealed_places: BTreeSet<(usize, String)> = old_stream
        .leaves
        .iter()
        .filter(|l| envelope::is_token(l))
        .map(|l| (l.document, l.path.to_string()))
        .collect();

    let recipient_texts = new_recipient_list(&split.metadata.recipients, add, remove, subject)?;
    if recipient_texts == split.metadata.recipients {
        return Ok(RecipientsOutcome {
            text: text.to_string(),
            changed: false,
            recipients: recipient_texts,
            values: sealed_places.len(),
        });
    }
    let recipients = parse_recipients(&recipient_texts)?;
    let plain = opened.text.as_str();
    let stream = parse(plain, subject)?;
    let selected: Vec<usize> = stream
        .leaves
        .iter()
        .enumerate()
        .filter(|(_, l)| sealed_places.contains(&(l.document, l.path.to_string())))
        .map(|(i, _)| i)
        .collect();

    let key = DataKey::generate();
    let sealed_body = seal_values(plain, &stream.leaves, &selected, &key);
    let metadata = Metadata {
        recipients: recipient_texts.clone(),
        data_key: keys::wrap(&key, &recipients),
        ..split.metadata
    };
    let sealed = finish(&sealed_body, metadata, &key, subject)?;
    check_round_trip(&sealed, plain, &key, subject)?;
    Ok(RecipientsOutcome {
        text: sealed,
        changed: true,
        recipients: recipient_texts,
        values: selected.len(),
    })
}

fn new_recipient_list(
    current: &[String],
    add: &[String],
    remove: &[String],
    subject: &str,
) -> Result<Vec<String>, SecretError> {
    let mut list = current.to_vec();
    for text in remove {
        let canonical = keys::parse_recipient(text)?.text;
        list.retain(|r| *r != canonical);
    }
    for text in add {
        let canonical = keys::parse_recipient(text)?.text;
        if !list.contains(&canonical) {
            list.push(canonical);
        }
    }
    if list.is_empty() {
        return Err(SecretError::invalid(
            subject,
            "removing every recipient would make the values unreadable; add a new recipient in the same command",
        ));
    }
    Ok(list)
}

fn not_sealed(subject: &str) -> SecretError {
    SecretError::invalid(
        subject,
        format!(
            "the file is not sealed (it has no {} block)",
            envelope::BLOCK_KEY
        ),
    )
}

fn parse(text: &str, subject: &str) -> Result<Stream, SecretError> {
    yaml::parse(text).map_err(|e| SecretError::invalid(subject, e.to_string()))
}

fn parse_patterns(paths: &[String]) -> Result<Vec<Pattern>, SecretError> {
    paths.iter().map(|p| Pattern::parse(p)).collect()
}

/// Parses recipients, dropping repeats.
fn parse_recipients(texts: &[String]) -> Result<Vec<Recipient>, SecretError> {
    let mut recipients: Vec<Recipient> = Vec::new();
    for text in texts {
        let recipient = keys::parse_recipient(text)?;
        if !recipients.iter().any(|r| r.text == recipient.text) {
            recipients.push(recipient);
        }
    }
    Ok(recipients)
}

fn check_same_recipients(
    metadata: &Metadata,
    requested: &[String],
    subject: &str,
) -> Result<(), SecretError> {
    if requested.is_empty() {
        return Ok(());
    }
    let wanted: BTreeSet<String> = parse_recipients(requested)?
        .into_iter()
        .map(|r| r.text)
        .collect();
    let current: BTreeSet<String> = metadata.recipients.iter().cloned().collect();
    if wanted != current {
        return Err(SecretError::invalid(
            subject,
            "it is sealed for other recipients; change them with `micadoctl secret recipients FILE --add RECIPIENT --remove RECIPIENT`, which re-keys the file",
        ));
    }
    Ok(())
}

fn unwrap_key(
    metadata: &Metadata,
    subject: &str,
    identities: IdentitySource<'_>,
) -> Result<DataKey, SecretError> {
    let identities = identities()?;
    keys::unwrap(&metadata.data_key, &identities).ok_or_else(|| SecretError::NoMatchingIdentity {
        subject: subject.to_string(),
        tried: format!("{} given", identities.len()),
    })
}

/// Chooses where the metadata block goes, and whether the file needs a line
/// break at its end first.
fn choose_layout(body: &str, stream: &Stream) -> (Layout, bool) {
    let newline_added = !body.is_empty() && !body.ends_with('\n');
    let as_key = stream
        .last_root
        .is_some_and(|root| root.block_mapping_at_column_0 && !root.explicit_end)
        && !envelope::has_block(body);
    let layout = if as_key {
        Layout::Key
    } else {
        Layout::Document
    };
    (layout, newline_added)
}

/// Replaces the text of the selected values with sealed tokens.
fn seal_values(body: &str, leaves: &[Leaf], selected: &[usize], key: &DataKey) -> String {
    let edits = selected.iter().map(|&index| {
        let leaf = &leaves[index];
        let associated = envelope::value_associated_data(leaf.document, &leaf.path.to_string());
        let sealed = crypto::seal(key, &associated, body[leaf.body.clone()].as_bytes());
        (leaf.body.clone(), envelope::token(&sealed, leaf.in_flow))
    });
    replace_ranges(body, edits)
}

/// Decrypts every sealed token of `body` and puts the original text back.
fn open_values(
    body: &str,
    leaves: &[Leaf],
    key: &DataKey,
    subject: &str,
) -> Result<Zeroizing<String>, SecretError> {
    let mut edits = Vec::new();
    for leaf in leaves.iter().filter(|l| envelope::is_token(l)) {
        let tampered = || SecretError::ValueTampered {
            subject: subject.to_string(),
            path: envelope::describe(leaf),
        };
        let payload = envelope::token_payload(&leaf.value).ok_or_else(tampered)?;
        let associated = envelope::value_associated_data(leaf.document, &leaf.path.to_string());
        let plain = crypto::open(key, &associated, &payload).map_err(|_| tampered())?;
        let plain = String::from_utf8(plain.to_vec()).map_err(|_| tampered())?;
        edits.push((leaf.body.clone(), plain));
    }
    let text = Zeroizing::new(replace_ranges(
        body,
        edits.iter().map(|(r, t)| (r.clone(), t.as_str())),
    ));
    for (_, value) in edits.iter_mut() {
        zeroize::Zeroize::zeroize(value);
    }
    Ok(text)
}

/// Replaces non-overlapping byte ranges, given in increasing order.
fn replace_ranges<S: AsRef<str>>(
    text: &str,
    edits: impl IntoIterator<Item = (Range<usize>, S)>,
) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 2);
    let mut at = 0;
    for (range, replacement) in edits {
        out.push_str(&text[at..range.start]);
        out.push_str(replacement.as_ref());
        at = range.end;
    }
    out.push_str(&text[at..]);
    out
}

/// Adds the metadata block with the MAC over the sealed body.
fn finish(
    sealed_body: &str,
    mut metadata: Metadata,
    key: &DataKey,
    subject: &str,
) -> Result<String, SecretError> {
    let stream = parse(sealed_body, subject)?;
    let authentication = envelope::authenticate(key, &metadata, sealed_body, &stream.leaves);
    metadata.tags = authentication.tags;
    metadata.mac = authentication.mac;
    let eol = envelope::line_ending(sealed_body);
    let mut text = sealed_body.to_string();
    if metadata.newline_added {
        text.push_str(eol);
    }
    text.push_str(&envelope::render_block(&metadata, eol));
    Ok(text)
}

/// Checks that unsealing `sealed` gives back `original` byte for byte and
/// that the sealed file has the same values at the same paths, so that a
/// file this code cannot seal exactly is rejected instead of damaged.
fn check_round_trip(
    sealed: &str,
    original: &str,
    key: &DataKey,
    subject: &str,
) -> Result<(), SecretError> {
    let opened = unseal_with_key(sealed, subject, key, true)?;
    let same_paths = {
        let split = envelope::split(sealed, subject)?.ok_or_else(|| not_sealed(subject))?;
        let before = parse(original, subject)?;
        let after = parse(split.body, subject)?;
        before.leaves.len() == after.leaves.len()
            && before
                .leaves
                .iter()
                .zip(&after.leaves)
                .all(|(a, b)| a.document == b.document && a.path == b.path)
    };
    if opened.text.as_str() != original || !same_paths {
        return Err(SecretError::invalid(
            subject,
            "sealing would not give back the file byte for byte, so it was left unchanged; please report the YAML construct",
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn corpus() -> Vec<(String, String)> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/data");
        let mut files = vec![dir.join("adt-nginx-firewall-ec2.yaml")];
        for entry in std::fs::read_dir(dir.join("secrets")).unwrap() {
            files.push(entry.unwrap().path());
        }
        files
            .into_iter()
            .map(|p| {
                (
                    p.display().to_string(),
                    std::fs::read_to_string(&p).unwrap(),
                )
            })
            .collect()
    }

    fn identity() -> (age::x25519::Identity, String) {
        let identity = age::x25519::Identity::generate();
        let recipient = identity.to_public().to_string();
        (identity, recipient)
    }

    #[test]
    fn corpus_round_trips() {
        let (id, recipient) = identity();
        let identities =
            move || -> Result<Vec<Identity>, SecretError> { Ok(vec![Box::new(id.clone())]) };
        for (name, text) in corpus() {
            let request = SealRequest {
                recipients: vec![recipient.clone()],
                paths: Vec::new(),
            };
            let sealed =
                seal(&text, &name, &request, &identities).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert!(
                sealed.sealed_values > 0 || name.contains("anchors"),
                "{name}: nothing sealed"
            );
            let opened = unseal(&sealed.text, &name, &identities, true).unwrap();
            assert_eq!(opened.text.as_str(), text, "{name}");
            let again = seal(&sealed.text, &name, &request, &identities).unwrap();
            assert!(!again.changed, "{name}");
        }
    }

    #[test]
    fn unseal_outcome_debug_hides_text() {
        let (id, recipient) = identity();
        let identities =
            move || -> Result<Vec<Identity>, SecretError> { Ok(vec![Box::new(id.clone())]) };
        let text = "topology_template:\n  policies:\n  - s:\n      type: tosca.policies.Security.MiCADO.Secret.KubernetesSecretDistribution\n      properties:\n        text_secrets:\n          k: hunter2-value\n";
        let request = SealRequest {
            recipients: vec![recipient],
            paths: Vec::new(),
        };
        let sealed = seal(text, "adt", &request, &identities).unwrap();
        let opened = unseal(&sealed.text, "adt", &identities, true).unwrap();
        let debug = format!("{opened:?}");
        assert!(!debug.contains("hunter2"), "{debug}");
        assert!(debug.contains("bytes"), "{debug}");
    }
}
