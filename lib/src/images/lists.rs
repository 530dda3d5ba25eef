//! Digest lists: MiCADO's Image Integrity Verifier format and GNU coreutils
//! `sha256sum`/`sha512sum` output, read for `image import` and written for
//! `image export`.
//!
//! IIVR lists have one `name;sha256hex` per line. GNU lists have
//! `HEX  NAME` (text mode) or `HEX *NAME` (binary mode) per line, and
//! `--tag` lists `SHA256 (NAME) = HEX`. When a name contains a backslash, a
//! line feed or a carriage return, coreutils starts the line with `\` and
//! writes them as `\\`, `\n` and `\r`.

use super::hashing::{Algorithm, Digests};
use super::registry::{ImageEntry, NewImage, check_image_name, shown_name};

/// Formats of digest lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ListFormat {
    /// Decide from the first entry.
    Auto,
    /// `name;sha256hex` lines.
    Iivr,
    /// `sha256sum` or `sha512sum` output (the algorithm from the digest length).
    Gnu,
}

/// One line that could not be imported.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct RejectedLine {
    /// Line number, from 1.
    pub line: usize,
    /// Reason for the rejection.
    pub reason: String,
}

/// The entries of a list and the lines that were rejected.
#[derive(Debug, Clone, Default)]
pub struct ParsedList {
    /// Entries, in the order of the file.
    pub images: Vec<NewImage>,
    /// Lines that are not entries, with their numbers.
    pub rejected: Vec<RejectedLine>,
}

/// Parses a digest list. `label` names the file in each entry's source.
///
/// Blank lines and lines starting with `#` are skipped. A malformed line is
/// reported in [`ParsedList::rejected`] and does not stop the others. A name
/// listed twice keeps its first entry and rejects the repeat.
pub fn parse_list(text: &str, label: &str, format: ListFormat) -> ParsedList {
    let mut parsed = ParsedList::default();
    let mut format = format;
    for (index, raw) in text.lines().enumerate() {
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        if format == ListFormat::Auto {
            format = detect(line);
        }
        let result = match format {
            ListFormat::Iivr => parse_iivr_line(line),
            _ => parse_gnu_line(line),
        };
        let number = index + 1;
        match result.and_then(|(name, algorithm, hex)| entry(name, algorithm, &hex, label)) {
            Ok(image) if parsed.images.iter().any(|i| i.name == image.name) => {
                parsed.rejected.push(RejectedLine {
                    line: number,
                    reason: format!(
                        "\"{}\" is listed twice; the first entry is kept",
                        image.name
                    ),
                });
            }
            Ok(image) => parsed.images.push(image),
            Err(reason) => parsed.rejected.push(RejectedLine {
                line: number,
                reason,
            }),
        }
    }
    parsed
}

fn detect(line: &str) -> ListFormat {
    let looks_gnu = line.starts_with('\\')
        || line
            .split_once(' ')
            .is_some_and(|(hex, _)| !hex.is_empty() && hex.chars().all(|c| c.is_ascii_hexdigit()))
        || line.contains(") = ");
    if looks_gnu && !line.contains(';') {
        ListFormat::Gnu
    } else if line.contains(';') {
        ListFormat::Iivr
    } else {
        ListFormat::Gnu
    }
}

fn entry(name: String, algorithm: Algorithm, hex: &str, label: &str) -> Result<NewImage, String> {
    check_image_name(&name).map_err(|m| format!("image name \"{}\": {m}", shown_name(&name)))?;
    let hex = algorithm
        .normalise_hex(hex)
        .map_err(|m| format!("{algorithm} digest of \"{}\": {m}", name.escape_debug()))?;
    Ok(NewImage {
        name,
        digests: Digests::from([(algorithm, hex)]),
        size: None,
        source: format!("import:{label}"),
    })
}

fn parse_iivr_line(line: &str) -> Result<(String, Algorithm, String), String> {
    let (name, hex) = line.rsplit_once(';').ok_or_else(|| {
        "expected NAME;SHA256 (a name, a semicolon and 64 hexadecimal digits)".to_string()
    })?;
    if hex.trim().is_empty() {
        return Err(format!("no digest after \"{}\";", name.escape_debug()));
    }
    Ok((name.to_string(), Algorithm::Sha256, hex.trim().to_string()))
}

fn parse_gnu_line(line: &str) -> Result<(String, Algorithm, String), String> {
    let (escaped, line) = match line.strip_prefix('\\') {
        Some(rest) => (true, rest),
        None => (false, line),
    };
    let (hex, name, algorithm) = match parse_tag_line(line) {
        Some(parts) => parts,
        None => parse_plain_line(line)?,
    };
    let name = if escaped {
        unescape(name)?
    } else {
        name.to_string()
    };
    Ok((name, algorithm, hex.to_string()))
}

/// Parses `SHA256 (NAME) = HEX`, the form of `sha256sum --tag`.
fn parse_tag_line(line: &str) -> Option<(&str, &str, Algorithm)> {
    let (tag, rest) = line.split_once(" (")?;
    let (name, hex) = rest.rsplit_once(") = ")?;
    let algorithm = match tag {
        "SHA256" => Algorithm::Sha256,
        "SHA384" => Algorithm::Sha384,
        "SHA512" => Algorithm::Sha512,
        "BLAKE3" => Algorithm::Blake3,
        _ => return None,
    };
    Some((hex, name, algorithm))
}

/// Parses `HEX  NAME` or `HEX *NAME`.
fn parse_plain_line(line: &str) -> Result<(&str, &str, Algorithm), String> {
    let (hex, rest) = line
        .split_once(' ')
        .ok_or("expected HEX  NAME, as sha256sum and sha512sum print")?;
    let name = rest
        .strip_prefix(' ')
        .or_else(|| rest.strip_prefix('*'))
        .ok_or("expected two spaces or ' *' between the digest and the name")?;
    if name.is_empty() {
        return Err("no name after the digest".into());
    }
    let algorithm = match hex.len() {
        64 => Algorithm::Sha256,
        96 => Algorithm::Sha384,
        128 => Algorithm::Sha512,
        other => {
            return Err(format!(
                "a digest of {other} hexadecimal digits is neither SHA-256 (64), SHA-384 (96) nor SHA-512 (128)"
            ));
        }
    };
    Ok((hex, name, algorithm))
}

/// Reverses the escaping of coreutils: `\\`, `\n` and `\r`.
fn unescape(name: &str) -> Result<String, String> {
    let mut out = String::with_capacity(name.len());
    let mut chars = name.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('\\') => out.push('\\'),
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some(other) => {
                return Err(format!(
                    "unknown escape '\\{}' in the name; coreutils writes only \\\\, \\n and \\r",
                    other.escape_debug()
                ));
            }
            None => return Err("the name ends with a lone backslash".into()),
        }
    }
    Ok(out)
}

/// Escapes a name as coreutils does; returns it with whether the line needs
/// the leading `\`.
pub fn escape_name(name: &str) -> (String, bool) {
    if !name.contains(['\\', '\n', '\r']) {
        return (name.to_string(), false);
    }
    let escaped = name
        .replace('\\', "\\\\")
        .replace('\n', "\\n")
        .replace('\r', "\\r");
    (escaped, true)
}

/// Writes `sha256sum` (or `sha512sum`, by `algorithm`) lines for the
/// entries that have a digest of `algorithm`. Returns the text and the names
/// of entries left out.
pub fn export_gnu(entries: &[ImageEntry], algorithm: Algorithm) -> (String, Vec<String>) {
    let mut text = String::new();
    let mut skipped = Vec::new();
    for entry in entries {
        let Some(hex) = entry.digests.get(&algorithm) else {
            skipped.push(entry.name.clone());
            continue;
        };
        let (name, escaped) = escape_name(&entry.name);
        if escaped {
            text.push('\\');
        }
        text.push_str(&format!("{hex}  {name}\n"));
    }
    (text, skipped)
}

/// Writes an IIVR list (`name;sha256hex`) of the entries that have a SHA-256
/// digest and a name the format can carry (no `;`). Returns the text and the
/// names left out.
pub fn export_iivr(entries: &[ImageEntry]) -> (String, Vec<String>) {
    let mut text = String::new();
    let mut skipped = Vec::new();
    for entry in entries {
        match entry.digests.get(&Algorithm::Sha256) {
            Some(hex) if !entry.name.contains(';') => {
                text.push_str(&format!("{};{hex}\n", entry.name));
            }
            _ => skipped.push(entry.name.clone()),
        }
    }
    (text, skipped)
}

/// Writes every entry as one JSON document.
pub fn export_json(entries: &[ImageEntry]) -> String {
    let mut text = serde_json::to_string_pretty(&serde_json::json!({ "images": entries }))
        .expect("entries serialise to JSON");
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEX: &str = "98e168704309d65a5bfa74650f553f2da732fcfd5e035dd29ba3e4fa6f50051b";

    #[test]
    fn iivr_malformed_line_numbered() {
        let text = format!("a;{HEX}\nscratch;has\nb;{HEX}\n");
        let parsed = parse_list(&text, "list", ListFormat::Auto);
        assert_eq!(parsed.images.len(), 2);
        assert_eq!(parsed.rejected.len(), 1);
        assert_eq!(parsed.rejected[0].line, 2);
    }

    #[test]
    fn gnu_escaped_backslash_unescaped() {
        let line = format!("\\{HEX}  dir\\\\odd name.img\n");
        let parsed = parse_list(&line, "sums", ListFormat::Gnu);
        assert!(parsed.rejected.is_empty(), "{:?}", parsed.rejected);
        assert_eq!(parsed.images[0].name, "dir\\odd name.img");
    }

    #[test]
    fn gnu_escaped_newline_rejected() {
        let line = format!("\\{HEX}  two\\nlines.img\n");
        let parsed = parse_list(&line, "sums", ListFormat::Gnu);
        assert!(parsed.images.is_empty());
        assert!(
            parsed.rejected[0].reason.contains("control"),
            "{:?}",
            parsed.rejected
        );
    }

    #[test]
    fn gnu_binary_mode_and_tag() {
        let text = format!("{HEX} *bin.img\nSHA256 (tag.img) = {HEX}\n");
        let parsed = parse_list(&text, "sums", ListFormat::Gnu);
        let names: Vec<&str> = parsed.images.iter().map(|i| i.name.as_str()).collect();
        assert_eq!(names, ["bin.img", "tag.img"]);
    }

    #[test]
    fn escape_matches_coreutils() {
        assert_eq!(escape_name("a\\b\nc"), ("a\\\\b\\nc".to_string(), true));
        assert_eq!(escape_name("plain name"), ("plain name".to_string(), false));
    }
}
