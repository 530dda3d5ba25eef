//! Application secrets kept in the encrypted store, which a descriptor can
//! refer to as `STORE[NAME]` instead of holding the value.

use rusqlite::{OptionalExtension, Transaction, params};
use serde::Serialize;
use zeroize::Zeroizing;

use super::SecretError;
use crate::audit::AuditEvent;
use crate::crypto::{self, DataKey};
use crate::store::{Store, StoreError, WriteTx, now_rfc3339, open_sealed};

/// Result of [`AppSecrets::set`].
#[derive(Debug, Clone, Serialize)]
pub struct SetOutcome {
    /// Name.
    pub name: String,
    /// False when the store already held this value.
    pub changed: bool,
    /// Version after the call.
    pub version: i64,
}

/// One line of `secret list`.
#[derive(Debug, Clone, Serialize)]
pub struct SecretSummary {
    /// Name.
    pub name: String,
    /// Number of changes.
    pub version: i64,
    /// Last change.
    pub updated: String,
}

/// Application secret functions over an open store.
pub struct AppSecrets<'a> {
    store: &'a mut Store,
}

fn row(name: &str, version: i64) -> [String; 3] {
    ["app_secrets".into(), name.to_string(), version.to_string()]
}

fn object(name: &str) -> String {
    format!("app-secret/{name}")
}

impl<'a> AppSecrets<'a> {
    /// Uses `store`; reading values and every change need it unlocked.
    pub fn new(store: &'a mut Store) -> Self {
        AppSecrets { store }
    }

    /// Stores `value` under `name`; `changed: false` when it is stored already.
    pub fn set(&mut self, name: &str, value: &str) -> Result<SetOutcome, SecretError> {
        check_name(name)?;
        self.store.write(|tx| {
            let current = load(tx, name)?;
            let (changed, version) = match current {
                Some((version, stored)) if stored.as_str() == value => (false, version),
                Some((version, _)) => (true, version + 1),
                None => (true, 1),
            };
            if changed {
                let row = row(name, version);
                let sealed = tx.seal(&[&row[0], &row[1], &row[2]], value.as_bytes());
                let now = now_rfc3339();
                tx.tx.execute(
                    "INSERT INTO app_secrets (name, version, sealed, created, updated) VALUES (?1, ?2, ?3, ?4, ?4)
                     ON CONFLICT (name) DO UPDATE SET version = ?2, sealed = ?3, updated = ?4",
                    params![name, version, sealed, now],
                )?;
            }
            let outcome = if changed { "success" } else { "unchanged" };
            tx.audit(
                &AuditEvent::new("secret.set", &object(name))
                    .with_outcome(outcome)
                    .with_detail(serde_json::json!({ "version": version })),
            )?;
            Ok(SetOutcome {
                name: name.to_string(),
                changed,
                version,
            })
        })
    }

    /// Reads the value of `name`.
    pub fn get(&mut self, name: &str) -> Result<Zeroizing<String>, SecretError> {
        self.store.write(|tx| {
            let (version, value) = load(tx, name)?
                .ok_or_else(|| SecretError::NotFound(format!("application secret \"{name}\"")))?;
            tx.audit(
                &AuditEvent::new("secret.get", &object(name))
                    .with_detail(serde_json::json!({ "version": version })),
            )?;
            Ok(value)
        })
    }

    /// Lists the stored secrets without reading any value; needs no unlock.
    pub fn list(&self) -> Result<Vec<SecretSummary>, SecretError> {
        let mut stmt = self
            .store
            .conn()
            .prepare("SELECT name, version, updated FROM app_secrets ORDER BY name")?;
        let rows = stmt.query_map([], |row| {
            Ok(SecretSummary {
                name: row.get(0)?,
                version: row.get(1)?,
                updated: row.get(2)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Deletes `name`; returns whether it existed.
    pub fn delete(&mut self, name: &str) -> Result<bool, SecretError> {
        self.store.write(|tx| {
            let removed = tx
                .tx
                .execute("DELETE FROM app_secrets WHERE name = ?1", [name])?;
            if removed > 0 {
                tx.audit(&AuditEvent::new("secret.delete", &object(name)))?;
            }
            Ok(removed > 0)
        })
    }
}

fn load(tx: &WriteTx<'_>, name: &str) -> Result<Option<(i64, Zeroizing<String>)>, SecretError> {
    let found: Option<(i64, Vec<u8>)> = tx
        .tx
        .query_row(
            "SELECT version, sealed FROM app_secrets WHERE name = ?1",
            [name],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let Some((version, sealed)) = found else {
        return Ok(None);
    };
    let row = row(name, version);
    let label = format!("application secret \"{name}\" version {version}");
    let plain = tx.open(&[&row[0], &row[1], &row[2]], &sealed, &label)?;
    let text = String::from_utf8(plain.to_vec()).map_err(|_| StoreError::Tampered(label))?;
    Ok(Some((version, Zeroizing::new(text))))
}

fn check_name(name: &str) -> Result<(), SecretError> {
    crate::names::check_name(name).map_err(|m| {
        SecretError::invalid(
            format!("application secret name \"{}\"", name.escape_debug()),
            m,
        )
    })
}

/// Re-encrypts the application secrets and encryption keys under a new data
/// key, for `store rekey`.
pub(crate) fn reseal_for_rekey(
    tx: &Transaction<'_>,
    old: &DataKey,
    new: &DataKey,
) -> Result<(), StoreError> {
    let secrets: Vec<(String, i64, Vec<u8>)> = {
        let mut stmt = tx.prepare("SELECT name, version, sealed FROM app_secrets")?;
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<Result<_, _>>()?
    };
    for (name, version, sealed) in secrets {
        let row = row(&name, version);
        let label = format!("application secret \"{name}\" version {version}");
        let resealed = reseal(old, new, &[&row[0], &row[1], &row[2]], &sealed, &label)?;
        tx.execute(
            "UPDATE app_secrets SET sealed = ?1 WHERE name = ?2",
            params![resealed, name],
        )?;
    }

    let keys: Vec<(String, String, i64, Vec<u8>)> = {
        let mut stmt =
            tx.prepare("SELECT name, provider, position, sealed FROM encryption_keys")?;
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
            .collect::<Result<_, _>>()?
    };
    for (name, provider, position, sealed) in keys {
        let row = super::encryption::row(&name, &provider, position);
        let label = format!("encryption key \"{name}\"");
        let resealed = reseal(old, new, &[&row[0], &row[1], &row[2]], &sealed, &label)?;
        tx.execute(
            "UPDATE encryption_keys SET sealed = ?1 WHERE name = ?2",
            params![resealed, name],
        )?;
    }
    Ok(())
}

fn reseal(
    old: &DataKey,
    new: &DataKey,
    row: &[&str],
    sealed: &[u8],
    label: &str,
) -> Result<Vec<u8>, StoreError> {
    let plain = open_sealed(old, row, sealed, label)?;
    Ok(crypto::seal(new, &crypto::associated_data(row), &plain))
}
