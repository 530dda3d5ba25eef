//! The metadata block that a sealed descriptor carries at its end, and the
//! MAC over the whole document.
//!
//! The block is one top-level key, `micadoctl_sealed`, added after the last
//! entry of the last document when that document is a block mapping, or as a
//! document of its own (`---`) otherwise. It contains the format version, the
//! recipients, the extra paths chosen with `--path`, the data key wrapped to
//! the recipients as an armored age file, a short tag per value and the MAC.

use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;

use super::SecretError;
use super::yaml::{self, Leaf, ValueKind};
use crate::crypto::{self, DataKey};

/// The key that starts the metadata block.
pub const BLOCK_KEY: &str = "micadoctl_sealed";

/// Version of the sealed format.
pub const FORMAT_VERSION: u32 = 1;

/// Prefix of a sealed value.
pub const TOKEN_PREFIX: &str = "ENC[v1,";

/// Bytes of each per-value tag. The tags only name the first value that does
/// not match. The MAC, a full HMAC-SHA256, is what authenticates.
const TAG_LEN: usize = 4;

/// Position of the block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// A key of the last document's root mapping.
    Key,
    /// A document of its own after `---`.
    Document,
}

/// The contents of the metadata block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Metadata {
    /// Position of the block.
    pub layout: Layout,
    /// Whether sealing added a line break at the end of the file.
    pub newline_added: bool,
    /// The recipients, in the order given.
    pub recipients: Vec<String>,
    /// `--path` patterns chosen when sealing, applied again on a later seal.
    pub paths: Vec<String>,
    /// The data key wrapped to the recipients (ASCII-armored age file).
    pub data_key: String,
    /// Per-entry tags: the metadata first, then every value in order.
    pub tags: Vec<u8>,
    /// HMAC-SHA256 over the metadata and every value with its path.
    pub mac: [u8; 32],
}

/// A sealed file split into the descriptor and its metadata.
pub struct Split<'t> {
    /// The descriptor without the block.
    pub body: &'t str,
    /// The parsed block.
    pub metadata: Metadata,
}

/// Returns the line ending the file uses: CRLF when its first line ends with CRLF.
pub fn line_ending(text: &str) -> &'static str {
    match text.find('\n') {
        Some(n) if n > 0 && text.as_bytes()[n - 1] == b'\r' => "\r\n",
        _ => "\n",
    }
}

/// Finds the start of the metadata block: the last line that begins with
/// `micadoctl_sealed:`.
fn block_start(text: &str) -> Option<usize> {
    let needle = format!("{BLOCK_KEY}:");
    let mut search_end = text.len();
    while let Some(found) = text[..search_end].rfind(&needle) {
        if found == 0 || text.as_bytes()[found - 1] == b'\n' {
            return Some(found);
        }
        search_end = found;
    }
    None
}

/// Returns whether any line of `text` begins with the block key, which a
/// plain descriptor must not contain.
pub fn has_block(text: &str) -> bool {
    block_start(text).is_some()
}

/// Splits a sealed file. Returns `None` when it has no metadata block.
pub fn split<'t>(text: &'t str, subject: &str) -> Result<Option<Split<'t>>, SecretError> {
    let Some(start) = block_start(text) else {
        return Ok(None);
    };
    let metadata = parse_block(&text[start..], subject)?;
    let eol = line_ending(text);
    let mut body = &text[..start];
    if metadata.layout == Layout::Document {
        body = body
            .strip_suffix(&format!("---{eol}"))
            .ok_or_else(|| corrupt(subject, "the metadata document has no '---' before it"))?;
    }
    // The block must be exactly as micadoctl writes it, so that nothing after
    // it escapes the MAC and unsealing drops no text.
    if text[body.len()..] != render_block(&metadata, eol) {
        return Err(corrupt(
            subject,
            "the block was edited, or text follows it; keep new content above the block",
        ));
    }
    if metadata.newline_added {
        body = body
            .strip_suffix(eol)
            .ok_or_else(|| corrupt(subject, "the line break added when sealing is missing"))?;
    }
    Ok(Some(Split { body, metadata }))
}

fn corrupt(subject: &str, message: &str) -> SecretError {
    SecretError::MacMismatch {
        subject: subject.to_string(),
        what: format!("the {BLOCK_KEY} metadata ({message})"),
    }
}

fn parse_block(block: &str, subject: &str) -> Result<Metadata, SecretError> {
    let stream = yaml::parse(block).map_err(|e| corrupt(subject, &e.to_string()))?;
    let scalar = |name: &str| -> Option<String> {
        stream
            .leaves
            .iter()
            .find(|leaf| leaf.path.to_string() == format!("{BLOCK_KEY}.{name}"))
            .map(|leaf| leaf.value.to_string())
    };
    let list = |name: &str| -> Vec<String> {
        let prefix = format!("{BLOCK_KEY}.{name}[");
        stream
            .leaves
            .iter()
            .filter(|leaf| leaf.path.to_string().starts_with(&prefix))
            .map(|leaf| leaf.value.to_string())
            .collect()
    };
    let missing = |name: &str| corrupt(subject, &format!("field {name} is missing or invalid"));

    let version = scalar("version").ok_or_else(|| missing("version"))?;
    if version != FORMAT_VERSION.to_string() {
        return Err(SecretError::invalid(
            subject,
            format!(
                "sealed with format version {version}; this micadoctl reads version {FORMAT_VERSION}"
            ),
        ));
    }
    let layout = match scalar("layout").as_deref() {
        Some("key") => Layout::Key,
        Some("document") => Layout::Document,
        _ => return Err(missing("layout")),
    };
    let newline_added = match scalar("newline_added").as_deref() {
        Some("true") => true,
        Some("false") => false,
        _ => return Err(missing("newline_added")),
    };
    let decode = |name: &str| -> Result<Vec<u8>, SecretError> {
        let text = scalar(name).ok_or_else(|| missing(name))?;
        let joined: String = text.split_whitespace().collect();
        BASE64.decode(joined).map_err(|_| missing(name))
    };
    let mac = decode("mac")?.try_into().map_err(|_| missing("mac"))?;
    Ok(Metadata {
        layout,
        newline_added,
        recipients: list("recipients"),
        paths: list("paths"),
        data_key: scalar("data_key").ok_or_else(|| missing("data_key"))?,
        tags: decode("tags")?,
        mac,
    })
}

/// Renders the block, starting with `---` for the document layout.
pub fn render_block(metadata: &Metadata, eol: &str) -> String {
    let mut lines = Vec::new();
    if metadata.layout == Layout::Document {
        lines.push("---".to_string());
    }
    lines.push(format!("{BLOCK_KEY}:"));
    lines.push(format!("  version: {FORMAT_VERSION}"));
    let layout = match metadata.layout {
        Layout::Key => "key",
        Layout::Document => "document",
    };
    lines.push(format!("  layout: {layout}"));
    lines.push(format!("  newline_added: {}", metadata.newline_added));
    push_list(&mut lines, "recipients", &metadata.recipients);
    push_list(&mut lines, "paths", &metadata.paths);
    lines.push("  data_key: |".into());
    for line in metadata.data_key.lines() {
        lines.push(format!("    {line}"));
    }
    lines.push("  tags: |".into());
    let tags = BASE64.encode(&metadata.tags);
    for chunk in tags.as_bytes().chunks(76) {
        lines.push(format!(
            "    {}",
            std::str::from_utf8(chunk).expect("base64 is ASCII")
        ));
    }
    lines.push(format!("  mac: {}", BASE64.encode(metadata.mac)));
    let mut block = lines.join(eol);
    block.push_str(eol);
    block
}

fn push_list(lines: &mut Vec<String>, name: &str, items: &[String]) {
    if items.is_empty() {
        lines.push(format!("  {name}: []"));
        return;
    }
    lines.push(format!("  {name}:"));
    for item in items {
        let quoted = serde_json::to_string(item).expect("a string serialises");
        lines.push(format!("    - {quoted}"));
    }
}

/// Returns whether a value is a sealed token.
pub fn is_token(leaf: &Leaf) -> bool {
    leaf.is_scalar() && leaf.value.starts_with(TOKEN_PREFIX) && leaf.value.ends_with(']')
}

/// Formats a sealed value. The token is quoted inside flow collections,
/// where `[`, `]` and `,` would end a plain scalar.
pub fn token(sealed: &[u8], in_flow: bool) -> String {
    let token = format!("{TOKEN_PREFIX}{}]", BASE64.encode(sealed));
    if in_flow {
        format!("\"{token}\"")
    } else {
        token
    }
}

/// Decodes the ciphertext of a sealed token.
pub fn token_payload(value: &str) -> Option<Vec<u8>> {
    let inner = value.strip_prefix(TOKEN_PREFIX)?.strip_suffix(']')?;
    BASE64.decode(inner).ok()
}

/// Returns the associated data of the value at `path` in `document`, which
/// binds a sealed value to its place.
pub fn value_associated_data(document: usize, path: &str) -> Vec<u8> {
    crypto::associated_data(&["micadoctl secret value", &document.to_string(), path])
}

/// The MAC of a document and the tags that locate a mismatch.
pub struct Authentication {
    /// One tag per entry: the metadata, then each value.
    pub tags: Vec<u8>,
    /// The HMAC over all entries.
    pub mac: [u8; 32],
}

/// Computes the MAC over the metadata (without tags and MAC) and every value
/// of `body`: sealed tokens, plain values, empty values and aliases, each with
/// its document, path and the exact text written.
pub fn authenticate(
    key: &DataKey,
    metadata: &Metadata,
    body: &str,
    leaves: &[Leaf],
) -> Authentication {
    let mac_key = key.derive("micadoctl secret mac v1");
    let mut digests = Vec::with_capacity(32 * (leaves.len() + 1));
    let mut tags = Vec::with_capacity(TAG_LEN * (leaves.len() + 1));

    let metadata_digest = crypto::hmac_sha256(mac_key.as_ref(), &metadata_entry(metadata));
    digests.extend_from_slice(&metadata_digest);
    tags.extend_from_slice(&metadata_digest[..TAG_LEN]);

    for leaf in leaves {
        let kind = match leaf.kind {
            ValueKind::Scalar(_) if is_token(leaf) => "sealed",
            ValueKind::Scalar(_) => "plain",
            ValueKind::Empty => "empty",
            ValueKind::Alias => "alias",
        };
        let entry = crypto::associated_data(&[
            "micadoctl secret entry",
            &leaf.document.to_string(),
            &leaf.path.to_string(),
            kind,
            &body[leaf.source.clone()],
        ]);
        let digest = crypto::hmac_sha256(mac_key.as_ref(), &entry);
        digests.extend_from_slice(&digest);
        tags.extend_from_slice(&digest[..TAG_LEN]);
    }
    Authentication {
        tags,
        mac: crypto::hmac_sha256(mac_key.as_ref(), &digests),
    }
}

fn metadata_entry(metadata: &Metadata) -> Vec<u8> {
    let layout = match metadata.layout {
        Layout::Key => "key",
        Layout::Document => "document",
    };
    let version = FORMAT_VERSION.to_string();
    let recipients = metadata.recipients.join("\n");
    let paths = metadata.paths.join("\n");
    let newline_added = metadata.newline_added.to_string();
    crypto::associated_data(&[
        "micadoctl secret metadata",
        &version,
        layout,
        &newline_added,
        &recipients,
        &paths,
        &metadata.data_key,
    ])
}

/// Checks the MAC. On a mismatch, returns the part that does not match: the
/// metadata or the path of the first value whose tag differs.
pub fn verify(
    key: &DataKey,
    metadata: &Metadata,
    body: &str,
    leaves: &[Leaf],
) -> Result<(), String> {
    let computed = authenticate(key, metadata, body, leaves);
    if constant_time_eq(&computed.mac, &metadata.mac) {
        return Ok(());
    }
    let stored = metadata.tags.chunks(TAG_LEN);
    let fresh = computed.tags.chunks(TAG_LEN);
    for (index, (old, new)) in stored.zip(fresh).enumerate() {
        if old != new {
            return Err(entry_name(index, leaves));
        }
    }
    // Every common entry matches: either a value was added or removed at the
    // end, or the stored tags or MAC themselves were changed.
    if metadata.tags.len() == computed.tags.len() {
        return Err(entry_name(0, leaves));
    }
    let common = metadata.tags.len().min(computed.tags.len()) / TAG_LEN;
    Err(entry_name(common, leaves))
}

fn entry_name(index: usize, leaves: &[Leaf]) -> String {
    if index == 0 {
        return format!("the {BLOCK_KEY} metadata (recipients, paths or data key)");
    }
    match leaves.get(index - 1) {
        Some(leaf) => describe(leaf),
        None => "a value removed after the last one".into(),
    }
}

/// Names a value for messages: its path and line, and its document when the
/// file has more than one.
pub fn describe(leaf: &Leaf) -> String {
    let document = if leaf.document > 0 {
        format!("document {} ", leaf.document + 1)
    } else {
        String::new()
    };
    let path = leaf.path.to_string();
    let path = if path.is_empty() { "(root)" } else { &path };
    format!("{document}value {path} (line {})", leaf.line)
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}
