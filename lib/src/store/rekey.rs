//! Replacing the data key: every sealed value re-encrypted, every wrapped copy
//! remade and the audit log re-authenticated in one transaction.

use age::secrecy::SecretString;
use rusqlite::{Transaction, TransactionBehavior, params};

use super::keys::WrapKind;
use super::unlock::{read_wraps, unwrap_passphrase};
use super::{
    BUSY_TIMEOUT, Store, StoreError, WriteTx, keys, not_unlocked, open_sealed, write_meta,
};
use crate::audit::{self, AuditEvent, AuditKey};
use crate::crypto::{self, DataKey};
use crate::store::keycache;

impl Store {
    /// Replaces the data key: every sealed value is re-encrypted, every wrap
    /// remade and the audit log re-authenticated, all in one transaction.
    ///
    /// A store with a passphrase needs that passphrase again to rewrap the key.
    /// When another rekey replaced the key since this store was unlocked, the
    /// rekey starts from that key, as [`Store::write`] does.
    pub fn rekey(&mut self, passphrase: Option<&SecretString>) -> Result<RekeyReport, StoreError> {
        let database = self.home.database();
        self.rekey_database(passphrase)
            .map_err(|e| e.at_database(&database, BUSY_TIMEOUT))
    }

    fn rekey_database(
        &mut self,
        passphrase: Option<&SecretString>,
    ) -> Result<RekeyReport, StoreError> {
        let wraps = read_wraps(&self.conn)?;
        let needs_passphrase = wraps.iter().any(|(kind, _)| *kind == WrapKind::Scrypt);
        if needs_passphrase {
            let passphrase = passphrase.ok_or_else(|| {
                StoreError::PassphraseRequired(
                    "the store has a passphrase, which is needed again to rewrap the new key; \
                     give it with --passphrase-file or at the prompt"
                        .into(),
                )
            })?;
            // This check runs before the lock is taken. A rekey keeps the
            // passphrase, so a concurrent one cannot make it wrong.
            unwrap_passphrase(&wraps, passphrase).ok_or(StoreError::WrongPassphrase)?;
        }
        if self.read_only {
            return Err(StoreError::ReadOnlyDatabase(self.home.database()));
        }
        let unlocked = self.unlocked.as_mut().ok_or_else(not_unlocked)?;
        let new_key = DataKey::generate();

        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        unlocked.refresh(&tx)?;
        let old_key = &unlocked.key;
        let resealed = reseal_all(&tx, old_key, &new_key)?;
        let rewrapped = rewrap_all(&tx, &new_key, passphrase)?;
        audit::reauthenticate(&tx, &AuditKey::derive(old_key), &AuditKey::derive(&new_key))
            .map_err(|e| StoreError::AuditBroken(e.to_string()))?;
        write_meta(&tx, "key_check", &new_key.check_value())?;
        let write = WriteTx {
            tx,
            key: &new_key,
            audit_key: AuditKey::derive(&new_key),
            actor: &self.actor,
        };
        write.audit(
            &AuditEvent::new("store.rekey", "store").with_detail(serde_json::json!({
                "resealed": resealed, "rewrapped": rewrapped
            })),
        )?;
        write.tx.commit()?;

        // The cached key no longer opens anything; a failure to remove it
        // leaves an entry that `unlock` would refuse to use anyway.
        let dropped_cached_key = keycache::remove(&self.store_id).unwrap_or(false);
        unlocked.key = new_key.clone();
        Ok(RekeyReport {
            resealed,
            rewrapped,
            dropped_cached_key,
        })
    }
}

/// Changes made by [`Store::rekey`].
#[derive(Debug, Clone, serde::Serialize)]
pub struct RekeyReport {
    /// Number of credential versions re-encrypted. The sealed records that
    /// guard version pointers are re-encrypted too, but not counted.
    pub resealed: usize,
    /// Number of wrapped copies of the key remade.
    pub rewrapped: usize,
    /// Whether a key cached by `unlock` was removed, because it is the old one.
    pub dropped_cached_key: bool,
}

/// Re-encrypts every sealed column under `new` and returns the number of
/// credential versions, which [`RekeyReport::resealed`] reports.
fn reseal_all(tx: &Transaction<'_>, old: &DataKey, new: &DataKey) -> Result<usize, StoreError> {
    let versions = reseal_versions(tx, old, new)?;
    // The sealed heads and rotation records bind the version pointers to the
    // data key. A database created before these columns existed lacks them.
    if has_column(tx, "credentials", "head")? {
        reseal_heads(tx, old, new)?;
    }
    if has_column(tx, "rotations", "sealed")? {
        reseal_rotations(tx, old, new)?;
    }
    if has_column(tx, "pki_keys", "sealed")? {
        reseal_pki_keys(tx, old, new)?;
    }
    if has_column(tx, "users", "password")? {
        reseal_user_passwords(tx, old, new)?;
    }
    if has_column(tx, "images", "sealed")? {
        reseal_images(tx, old, new)?;
    }
    crate::secrets::stored::reseal_for_rekey(tx, old, new)?;
    Ok(versions)
}

fn reseal_versions(
    tx: &Transaction<'_>,
    old: &DataKey,
    new: &DataKey,
) -> Result<usize, StoreError> {
    let rows: Vec<(String, i64, Vec<u8>)> = {
        let mut stmt = tx.prepare("SELECT name, version, sealed FROM credential_versions")?;
        stmt.query_map([], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))?
            .collect::<Result<_, _>>()?
    };
    for (name, version, sealed) in &rows {
        let version_text = version.to_string();
        let row = ["credential_versions", name.as_str(), version_text.as_str()];
        let label = format!("credential \"{name}\" version {version}");
        let resealed = reseal(old, new, &row, sealed, &label)?;
        tx.execute(
            "UPDATE credential_versions SET sealed = ?1 WHERE name = ?2 AND version = ?3",
            params![resealed, name, version],
        )?;
    }
    Ok(rows.len())
}

/// Re-encrypts the private keys of the certificate authority and its leaves.
fn reseal_pki_keys(tx: &Transaction<'_>, old: &DataKey, new: &DataKey) -> Result<(), StoreError> {
    let rows: Vec<(i64, String, Vec<u8>)> = {
        let mut stmt = tx.prepare("SELECT id, algorithm, sealed FROM pki_keys")?;
        stmt.query_map([], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))?
            .collect::<Result<_, _>>()?
    };
    for (id, algorithm, sealed) in &rows {
        let id_text = id.to_string();
        let row = ["pki_keys", id_text.as_str(), algorithm.as_str()];
        let label = format!("private key {id}");
        let resealed = reseal(old, new, &row, sealed, &label)?;
        tx.execute(
            "UPDATE pki_keys SET sealed = ?1 WHERE id = ?2",
            params![resealed, id],
        )?;
    }
    Ok(())
}

/// Re-encrypts the password hashes of web access accounts.
fn reseal_user_passwords(
    tx: &Transaction<'_>,
    old: &DataKey,
    new: &DataKey,
) -> Result<(), StoreError> {
    let rows: Vec<(String, Vec<u8>)> = {
        let mut stmt = tx.prepare("SELECT name, password FROM users")?;
        stmt.query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?
            .collect::<Result<_, _>>()?
    };
    for (name, sealed) in &rows {
        let row = ["users", name.as_str(), "password"];
        let label = format!("password hash of user \"{name}\"");
        let resealed = reseal(old, new, &row, sealed, &label)?;
        tx.execute(
            "UPDATE users SET password = ?1 WHERE name = ?2",
            params![resealed, name],
        )?;
    }
    Ok(())
}

fn reseal_heads(tx: &Transaction<'_>, old: &DataKey, new: &DataKey) -> Result<(), StoreError> {
    for (name, head) in named_blobs(tx, "SELECT name, head FROM credentials")? {
        let row = ["credentials", name.as_str(), "head"];
        let label = format!("credential \"{name}\" current version");
        let resealed = reseal(old, new, &row, &head, &label)?;
        tx.execute(
            "UPDATE credentials SET head = ?1 WHERE name = ?2",
            params![resealed, name],
        )?;
    }
    Ok(())
}

fn reseal_rotations(tx: &Transaction<'_>, old: &DataKey, new: &DataKey) -> Result<(), StoreError> {
    for (name, sealed) in named_blobs(tx, "SELECT name, sealed FROM rotations")? {
        let row = ["rotations", name.as_str()];
        let label = format!("pending rotation of credential \"{name}\"");
        let resealed = reseal(old, new, &row, &sealed, &label)?;
        tx.execute(
            "UPDATE rotations SET sealed = ?1 WHERE name = ?2",
            params![resealed, name],
        )?;
    }
    Ok(())
}

fn reseal_images(tx: &Transaction<'_>, old: &DataKey, new: &DataKey) -> Result<(), StoreError> {
    for (name, sealed) in named_blobs(tx, "SELECT name, sealed FROM images")? {
        let row = ["images", name.as_str(), "digests"];
        let label = format!("image \"{name}\"");
        let resealed = reseal(old, new, &row, &sealed, &label)?;
        tx.execute(
            "UPDATE images SET sealed = ?1 WHERE name = ?2",
            params![resealed, name],
        )?;
    }
    Ok(())
}

fn named_blobs(tx: &Transaction<'_>, sql: &str) -> Result<Vec<(String, Vec<u8>)>, StoreError> {
    let mut stmt = tx.prepare(sql)?;
    let rows = stmt.query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

fn reseal(
    old: &DataKey,
    new: &DataKey,
    row: &[&str],
    sealed: &[u8],
    label: &str,
) -> Result<Vec<u8>, StoreError> {
    let plaintext = open_sealed(old, row, sealed, label)?;
    Ok(crypto::seal(new, &crypto::associated_data(row), &plaintext))
}

fn has_column(tx: &Transaction<'_>, table: &str, column: &str) -> Result<bool, StoreError> {
    Ok(tx.query_row(
        "SELECT count(*) > 0 FROM pragma_table_info(?1) WHERE name = ?2",
        params![table, column],
        |row| row.get(0),
    )?)
}

fn rewrap_all(
    tx: &Transaction<'_>,
    key: &DataKey,
    passphrase: Option<&SecretString>,
) -> Result<usize, StoreError> {
    let rows: Vec<(i64, String, String)> = {
        let mut stmt = tx.prepare("SELECT id, kind, recipient FROM key_wraps")?;
        stmt.query_map([], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))?
            .collect::<Result<_, _>>()?
    };
    for (id, kind, recipient) in &rows {
        let wrapped = match (kind.as_str(), passphrase) {
            ("scrypt", Some(passphrase)) => keys::wrap_to_passphrase(key, passphrase),
            ("scrypt", None) => {
                return Err(StoreError::PassphraseRequired(
                    "a passphrase is needed to rewrap the key".into(),
                ));
            }
            _ => keys::wrap_to_recipient(key, &keys::parse_recipient(recipient)?),
        };
        tx.execute(
            "UPDATE key_wraps SET wrapped = ?1 WHERE id = ?2",
            params![wrapped, id],
        )?;
    }
    Ok(rows.len())
}
