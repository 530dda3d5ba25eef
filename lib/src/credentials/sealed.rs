//! The sealed form of one credential version.

use std::collections::BTreeMap;

use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use super::{CredentialError, CredentialType, Fields, Record};
use crate::store::WriteTx;

#[derive(Serialize)]
struct SealedForm<'a> {
    #[serde(rename = "type")]
    kind: &'a str,
    fields: BTreeMap<&'a str, &'a str>,
}

#[derive(Deserialize)]
struct OpenedForm {
    #[serde(rename = "type")]
    kind: String,
    fields: BTreeMap<String, String>,
}

fn row_identity(name: &str, version: i64) -> [String; 3] {
    [
        "credential_versions".into(),
        name.to_string(),
        version.to_string(),
    ]
}

/// Seals `record` for row (`name`, `version`).
pub(super) fn seal(tx: &WriteTx<'_>, name: &str, version: i64, record: &Record) -> Vec<u8> {
    let form = SealedForm {
        kind: record.kind.as_str(),
        fields: record.fields.iter().collect(),
    };
    let plaintext = Zeroizing::new(serde_json::to_vec(&form).expect("a credential serialises"));
    let row = row_identity(name, version);
    tx.seal(&[&row[0], &row[1], &row[2]], &plaintext)
}

/// Loads and opens version `version` of `name`.
pub(super) fn load(tx: &WriteTx<'_>, name: &str, version: i64) -> Result<Record, CredentialError> {
    let sealed: Vec<u8> = tx
        .tx
        .query_row(
            "SELECT sealed FROM credential_versions WHERE name = ?1 AND version = ?2",
            params![name, version],
            |row| row.get(0),
        )
        .optional()?
        .ok_or_else(|| CredentialError::VersionNotFound {
            name: name.into(),
            version,
        })?;
    let row = row_identity(name, version);
    let label = format!("credential \"{name}\" version {version}");
    let plaintext = tx.open(&[&row[0], &row[1], &row[2]], &sealed, &label)?;
    decode(&plaintext, &label)
}

fn decode(plaintext: &[u8], label: &str) -> Result<Record, CredentialError> {
    let opened: OpenedForm = serde_json::from_slice(plaintext).map_err(|e| {
        CredentialError::invalid(label, format!("stored value is not a credential: {e}"))
    })?;
    let kind = CredentialType::parse(&opened.kind).ok_or_else(|| {
        CredentialError::invalid(label, format!("unknown stored type \"{}\"", opened.kind))
    })?;
    let mut fields = Fields::new();
    for (key, value) in opened.fields {
        fields.insert(&key, Zeroizing::new(value));
    }
    Ok(Record { kind, fields })
}
