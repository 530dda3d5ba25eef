//! The manifest file: JSON lines with a header, one line per entry, and a
//! last line with the SHA-256 digest of every byte before it.
//!
//! The digest detects an edited, truncated or reordered manifest. It is not
//! keyed, so someone who can write the manifest can also write a new digest:
//! register the manifest file itself with `image register` to detect that.

use std::path::Path;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::{Entry, FORMAT_NAME, FORMAT_VERSION, Manifest, ScanOptions};
use crate::images::ImageError;

/// The first line of a manifest.
#[derive(Debug, Serialize, Deserialize)]
struct Header {
    format: String,
    version: u32,
    root: String,
    #[serde(flatten)]
    options: ScanOptions,
}

/// The last line of a manifest.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Trailer {
    digest: String,
}

const DIGEST_PREFIX: &str = "sha256:";

/// Writes `manifest` as text; the same manifest always gives the same bytes.
pub fn render(manifest: &Manifest) -> String {
    let header = Header {
        format: FORMAT_NAME.into(),
        version: FORMAT_VERSION,
        root: manifest.root.clone(),
        options: manifest.options.clone(),
    };
    let mut text = json_line(&header);
    for entry in &manifest.entries {
        text.push_str(&json_line(entry));
    }
    let digest = hex::encode(Sha256::digest(text.as_bytes()));
    text.push_str(&json_line(&Trailer {
        digest: format!("{DIGEST_PREFIX}{digest}"),
    }));
    text
}

fn json_line<T: Serialize>(value: &T) -> String {
    let mut line = serde_json::to_string(value).expect("manifest lines serialise to JSON");
    line.push('\n');
    line
}

/// Reads a manifest written by [`render`]; `path` names it in errors.
///
/// The digest is checked before anything else is trusted.
pub fn parse(bytes: &[u8], path: &Path) -> Result<Manifest, ImageError> {
    let tampered = |message: &str| ImageError::ManifestTampered {
        path: path.to_path_buf(),
        message: message.to_string(),
    };
    let body_end = bytes
        .strip_suffix(b"\n")
        .and_then(|b| b.iter().rposition(|&c| c == b'\n'))
        .map(|i| i + 1)
        .ok_or_else(|| tampered("it has no digest line; it is truncated or not a manifest"))?;
    let (body, last) = bytes.split_at(body_end);
    let trailer: Trailer = serde_json::from_slice(last).map_err(|_| {
        tampered("its last line is not a digest line; it is truncated or not a manifest")
    })?;
    let expected = trailer
        .digest
        .strip_prefix(DIGEST_PREFIX)
        .ok_or_else(|| tampered("its digest line names an unknown algorithm"))?;
    if hex::encode(Sha256::digest(body)) != expected.to_ascii_lowercase() {
        return Err(tampered(
            "its digest does not match its contents; it was edited after it was written",
        ));
    }

    let text = std::str::from_utf8(body).map_err(|_| invalid(path, 0, "not UTF-8 text"))?;
    let mut lines = text.lines().enumerate();
    let (_, first) = lines.next().ok_or_else(|| invalid(path, 1, "no header"))?;
    let header: Header = serde_json::from_str(first)
        .map_err(|e| invalid(path, 1, &format!("invalid header: {e}")))?;
    if header.format != FORMAT_NAME || header.version != FORMAT_VERSION {
        return Err(invalid(
            path,
            1,
            &format!(
                "format {} version {} is not {FORMAT_NAME} version {FORMAT_VERSION}",
                header.format, header.version
            ),
        ));
    }
    let mut entries: Vec<Entry> = Vec::new();
    for (index, line) in lines {
        let entry: Entry = serde_json::from_str(line)
            .map_err(|e| invalid(path, index + 1, &format!("invalid entry: {e}")))?;
        if entries
            .last()
            .is_some_and(|previous| previous.path >= entry.path)
        {
            return Err(invalid(
                path,
                index + 1,
                "entries are not sorted by path or repeat a path",
            ));
        }
        entries.push(entry);
    }
    Ok(Manifest {
        root: header.root,
        options: header.options,
        entries,
    })
}

fn invalid(path: &Path, line: usize, message: &str) -> ImageError {
    let subject = if line == 0 {
        format!("manifest {}", path.display())
    } else {
        format!("manifest {} line {line}", path.display())
    };
    ImageError::invalid(subject, message)
}
