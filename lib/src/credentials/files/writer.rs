//! Writing credential entries as YAML that every reader takes back as text.
//!
//! MiCADO reads its credential file with a YAML 1.1 loader (PyYAML), which
//! turns plain scalars such as `yes`, `1_000` or `12:30` into a boolean or a
//! number. Values are therefore always written double-quoted, with escapes for
//! every character that a YAML 1.1 reader would not take as it is. Keys are
//! written plain only when no YAML version reads them as anything but text.

use std::collections::BTreeMap;
use std::fmt::Write;

use super::super::{CredentialType, Fields};

/// Field values arranged by the parts of their dotted names.
enum FieldTree<'a> {
    Value(&'a str),
    Mapping(BTreeMap<&'a str, FieldTree<'a>>),
}

/// Appends one `{type, auth_data}` list entry to `out`. Dotted field names
/// become nested mappings (`access_token.url`), as MiCADO writes them.
pub(super) fn write_entry(out: &mut String, kind: CredentialType, fields: &Fields) {
    let mut tree = BTreeMap::new();
    for (name, value) in fields.iter() {
        insert(&mut tree, name, value);
    }
    out.push_str("- type: ");
    out.push_str(kind.as_str());
    out.push_str("\n  auth_data:");
    write_mapping(out, &tree, 4);
    out.push('\n');
}

/// Inserts a field under its dotted name. A name stays whole at a level
/// where its first part is a field of its own (`a` next to `a.b`), or where a
/// part is empty, so that reading the file back gives the same names.
fn insert<'a>(map: &mut BTreeMap<&'a str, FieldTree<'a>>, name: &'a str, value: &'a str) {
    if let Some((head, rest)) = name.split_once('.')
        && !head.is_empty()
        && !rest.is_empty()
    {
        let child = map
            .entry(head)
            .or_insert_with(|| FieldTree::Mapping(BTreeMap::new()));
        if let FieldTree::Mapping(children) = child {
            insert(children, rest, value);
            return;
        }
    }
    map.insert(name, FieldTree::Value(value));
}

fn write_mapping(out: &mut String, map: &BTreeMap<&str, FieldTree<'_>>, indent: usize) {
    if map.is_empty() {
        out.push_str(" {}");
        return;
    }
    for (key, node) in map {
        out.push('\n');
        out.extend(std::iter::repeat_n(' ', indent));
        write_key(out, key);
        out.push(':');
        match node {
            FieldTree::Value(value) => {
                out.push(' ');
                write_quoted(out, value);
            }
            FieldTree::Mapping(children) => write_mapping(out, children, indent + 2),
        }
    }
}

/// Writes a key plain when it starts with a letter or `_`, has only ASCII
/// letters, digits, `_` and `-`, and is not one of YAML 1.1's boolean or
/// null words. Any other key is quoted.
fn write_key(out: &mut String, key: &str) {
    let plain_chars = key.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-'));
    let lower = key.to_ascii_lowercase();
    let keyword = matches!(
        lower.as_str(),
        "y" | "n" | "yes" | "no" | "on" | "off" | "true" | "false" | "null"
    );
    if plain_chars && !keyword {
        out.push_str(key);
    } else {
        write_quoted(out, key);
    }
}

/// Writes `text` as a YAML double-quoted scalar. Printable characters stay as
/// they are; the others are escaped, including the line breaks U+0085, U+2028
/// and U+2029, which a YAML 1.1 reader would fold.
fn write_quoted(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            ' '..='~' | '\u{a0}'..='\u{2027}' | '\u{202a}'..='\u{d7ff}' => out.push(c),
            '\u{e000}'..='\u{fffd}' | '\u{10000}'.. => out.push(c),
            c if u32::from(c) <= 0xffff => write!(out, "\\u{:04x}", u32::from(c)).unwrap(),
            c => write!(out, "\\U{:08x}", u32::from(c)).unwrap(),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> String {
        let mut out = String::new();
        write_quoted(&mut out, text);
        out
    }

    #[test]
    fn quoted_escapes_special_characters() {
        assert_eq!(quoted("yes"), "\"yes\"");
        assert_eq!(quoted("a\"b\\c"), "\"a\\\"b\\\\c\"");
        assert_eq!(quoted("line\nnext\ttab"), "\"line\\nnext\\ttab\"");
        assert_eq!(
            quoted("\u{7f}\u{85}\u{2028}\u{1}"),
            "\"\\u007f\\u0085\\u2028\\u0001\""
        );
        assert_eq!(quoted("é €"), "\"é €\"");
        assert_eq!(quoted("\u{1f511}"), "\"\u{1f511}\"");
    }

    #[test]
    fn keys_quoted_when_ambiguous() {
        let written = |key: &str| {
            let mut out = String::new();
            write_key(&mut out, key);
            out
        };
        assert_eq!(written("accesskey"), "accesskey");
        assert_eq!(written("client-id_2"), "client-id_2");
        for key in ["yes", "On", "NULL", "y", "1", "2fa", ".x", "a.b", "-x"] {
            assert_eq!(written(key), format!("\"{key}\""), "{key}");
        }
    }

    #[test]
    fn dotted_names_nest() {
        let mut fields = Fields::new();
        for (name, value) in [
            ("identity_provider", "egi"),
            ("access_token.url", "u"),
            ("access_token.refresh_token", "r"),
        ] {
            fields.insert(name, value.to_string().into());
        }
        let mut out = String::new();
        write_entry(&mut out, CredentialType::Nova, &fields);
        let expected = "- type: nova\n  auth_data:\n    access_token:\n      \
            refresh_token: \"r\"\n      url: \"u\"\n    identity_provider: \"egi\"\n";
        assert_eq!(out, expected);
    }

    #[test]
    fn name_and_prefix_kept_whole() {
        let mut fields = Fields::new();
        for name in ["a", "a.b", "x..y", ".z"] {
            fields.insert(name, name.to_string().into());
        }
        let mut out = String::new();
        write_entry(&mut out, CredentialType::Ec2, &fields);
        let expected = "- type: ec2\n  auth_data:\n    \".z\": \".z\"\n    a: \"a\"\n    \
            \"a.b\": \"a.b\"\n    x:\n      \".y\": \"x..y\"\n";
        assert_eq!(out, expected);
    }
}
