//! The data key of an unlocked store, and what unwrapped it.
//!
//! A command unlocks the store before it takes the write lock, so another
//! command (`store rekey`) may replace the data key in between. Every write
//! transaction therefore compares the key with the `key_check` in `meta` once
//! it holds the lock, and unwraps the new key with the same identities or
//! passphrase when the key was replaced.

use age::secrecy::SecretString;
use rusqlite::Connection;

use super::keys::{self, WrapKind};
use super::{StoreError, read_meta};
use crate::crypto::DataKey;

/// Wrapped copies of the data key, as stored in `key_wraps`.
pub(crate) type Wraps = Vec<(WrapKind, Vec<u8>)>;

/// The source that unwrapped the data key, kept to unwrap a replacement key.
pub(crate) enum KeySource {
    /// The identities of an identity file.
    Identities(Vec<Box<dyn age::Identity + Send + Sync>>),
    /// An age scrypt passphrase.
    Passphrase(SecretString),
    /// The kernel keyring. It stores the key itself, so it cannot unwrap a
    /// replacement, and `store rekey` removes the cached key.
    Keyring,
}

impl KeySource {
    /// Unwraps one of `wraps`; `None` when this source opens none of them.
    pub(crate) fn unwrap(&self, wraps: &[(WrapKind, Vec<u8>)]) -> Option<DataKey> {
        match self {
            KeySource::Identities(identities) => unwrap_any(wraps, identities),
            KeySource::Passphrase(passphrase) => unwrap_passphrase(wraps, passphrase),
            KeySource::Keyring => None,
        }
    }
}

/// The data key of an unlocked store and the source that unwrapped it.
pub(crate) struct Unlocked {
    pub(crate) key: DataKey,
    pub(crate) source: KeySource,
}

impl Unlocked {
    /// Makes `key` the data key that is current in `conn`, unwrapping it anew
    /// when another command replaced it.
    ///
    /// Call it inside the write transaction, so that the key cannot change
    /// again before the commit. Unwrapping with a passphrase costs about a
    /// second of scrypt work, which then happens while holding the lock; it
    /// happens only after a rekey.
    pub(crate) fn refresh(&mut self, conn: &Connection) -> Result<(), StoreError> {
        let current = read_meta(conn, "key_check")?;
        if current.as_deref() == Some(self.key.check_value().as_slice()) {
            return Ok(());
        }
        let wraps = read_wraps(conn)?;
        let key = self
            .source
            .unwrap(&wraps)
            .filter(|key| current.as_deref() == Some(key.check_value().as_slice()))
            .ok_or(StoreError::KeyReplaced)?;
        self.key = key;
        Ok(())
    }
}

/// Reads every wrapped copy of the data key.
pub(crate) fn read_wraps(conn: &Connection) -> Result<Wraps, StoreError> {
    let mut stmt = conn.prepare("SELECT kind, wrapped FROM key_wraps ORDER BY id")?;
    let rows = stmt.query_map([], |row| {
        let kind: String = row.get(0)?;
        Ok((kind, row.get::<_, Vec<u8>>(1)?))
    })?;
    let mut wraps = Vec::new();
    for row in rows {
        let (kind, wrapped) = row?;
        let kind = if kind == "scrypt" {
            WrapKind::Scrypt
        } else {
            WrapKind::X25519
        };
        wraps.push((kind, wrapped));
    }
    Ok(wraps)
}

/// Unwraps an X25519 copy with any of `identities`.
pub(crate) fn unwrap_any(
    wraps: &[(WrapKind, Vec<u8>)],
    identities: &[Box<dyn age::Identity + Send + Sync>],
) -> Option<DataKey> {
    wraps
        .iter()
        .filter(|(kind, _)| *kind == WrapKind::X25519)
        .find_map(|(_, wrapped)| keys::unwrap_with(wrapped, identities))
}

/// Unwraps an scrypt copy with `passphrase`.
pub(crate) fn unwrap_passphrase(
    wraps: &[(WrapKind, Vec<u8>)],
    passphrase: &SecretString,
) -> Option<DataKey> {
    wraps
        .iter()
        .filter(|(kind, _)| *kind == WrapKind::Scrypt)
        .find_map(|(_, wrapped)| keys::unwrap_with_passphrase(wrapped, passphrase))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{schema, write_meta};

    /// Creates a database whose current key is `key`, wrapped to `identity`
    /// and to `passphrase`.
    fn database(key: &DataKey, identity: &age::x25519::Identity, passphrase: &str) -> Connection {
        let mut conn = Connection::open_in_memory().unwrap();
        schema::migrate(&mut conn).unwrap();
        write_meta(&conn, "key_check", &key.check_value()).unwrap();
        let wraps = [
            (
                "x25519",
                keys::wrap_to_recipient(key, &identity.to_public()),
            ),
            (
                "scrypt",
                keys::wrap_to_passphrase(key, &SecretString::from(passphrase.to_string())),
            ),
        ];
        for (index, (kind, wrapped)) in wraps.into_iter().enumerate() {
            conn.execute(
                "INSERT INTO key_wraps (kind, recipient, wrapped, created) VALUES (?1, ?2, ?3, '')",
                rusqlite::params![kind, index.to_string(), wrapped],
            )
            .unwrap();
        }
        conn
    }

    fn unlocked(key: &DataKey, source: KeySource) -> Unlocked {
        Unlocked {
            key: key.clone(),
            source,
        }
    }

    #[test]
    fn refresh_keeps_current_key() {
        let key = DataKey::generate();
        let identity = age::x25519::Identity::generate();
        let conn = database(&key, &identity, "unused passphrase");
        let mut state = unlocked(&key, KeySource::Keyring);

        state.refresh(&conn).unwrap();

        assert_eq!(state.key.expose(), key.expose());
    }

    #[test]
    fn refresh_unwraps_replaced_key() {
        let old = DataKey::generate();
        let new = DataKey::generate();
        let identity = age::x25519::Identity::generate();
        let passphrase = "correct horse battery staple";
        let conn = database(&new, &identity, passphrase);
        let sources = [
            KeySource::Identities(vec![Box::new(identity.clone())]),
            KeySource::Passphrase(SecretString::from(passphrase.to_string())),
        ];

        for source in sources {
            let mut state = unlocked(&old, source);
            state.refresh(&conn).unwrap();
            assert_eq!(state.key.expose(), new.expose());
        }
    }

    #[test]
    fn refresh_from_keyring_reports_replaced_key() {
        let old = DataKey::generate();
        let new = DataKey::generate();
        let identity = age::x25519::Identity::generate();
        let conn = database(&new, &identity, "unused passphrase");
        let mut state = unlocked(&old, KeySource::Keyring);

        let result = state.refresh(&conn);

        assert!(matches!(result, Err(StoreError::KeyReplaced)), "{result:?}");
        assert_eq!(state.key.expose(), old.expose(), "the old key is kept");
    }

    #[test]
    fn refresh_with_foreign_identity_reports_replaced_key() {
        let old = DataKey::generate();
        let new = DataKey::generate();
        let conn = database(&new, &age::x25519::Identity::generate(), "one passphrase");
        let sources = [
            KeySource::Identities(vec![Box::new(age::x25519::Identity::generate())]),
            KeySource::Passphrase(SecretString::from("another passphrase".to_string())),
        ];

        for source in sources {
            let mut state = unlocked(&old, source);
            let result = state.refresh(&conn);
            assert!(matches!(result, Err(StoreError::KeyReplaced)), "{result:?}");
        }
    }
}
