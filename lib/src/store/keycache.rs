//! The data key cached in the kernel keyring by `micadoctl unlock`.
//!
//! The key is a `user` key in the session keyring of the process (keyutils)
//! and in no other keyring. Only processes of that session can reach it, and
//! the kernel removes it when its timeout runs out, or earlier when the
//! session keyring goes away. The expiry time is also stored in the cached
//! value and checked on every read.
//!
//! The key is written with keyutils calls directly, because the keyutils
//! store of `keyring-core` links every key into the user's persistent
//! keyring, which outlives the session, and sets no timeout.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use linux_keyutils::{
    Key, KeyError, KeyPermissionsBuilder, KeyRing, KeyRingIdentifier, Permission,
};
use zeroize::Zeroizing;

use crate::crypto::{DATA_KEY_LEN, DataKey};

/// Maximum time a key stays cached. The kernel keeps a key timeout in 32-bit
/// seconds, so far longer values would wrap around. A week is longer than a
/// working session.
pub const MAX_TTL: Duration = Duration::from_secs(7 * 24 * 60 * 60);

/// Error raised when the kernel keyring cannot be used, with the reason.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct KeyringUnavailable(pub String);

fn description(store_id: &str) -> String {
    format!("micadoctl:data-key:{store_id}")
}

fn session_keyring() -> Result<KeyRing, KeyringUnavailable> {
    KeyRing::from_special_id(KeyRingIdentifier::Session, false).map_err(|e| {
        KeyringUnavailable(format!(
            "no session keyring in this process ({}); run the commands inside `keyctl session -`",
            reason(e)
        ))
    })
}

/// Rejects the user's default session keyring (`_uid_ses.UID`), which the
/// kernel hands to every process of the user that has no login session of its
/// own (cron, CI, containers), so a key cached there would not be private to
/// one session.
fn refuse_shared_default(session: &KeyRing) -> Result<(), KeyringUnavailable> {
    let shared = session
        .metadata()
        .map(|m| m.get_description().starts_with("_uid_ses."))
        .unwrap_or(false);
    if shared {
        return Err(KeyringUnavailable(
            "this process has no session keyring of its own, only the user's default one, \
             which every process of the user without a login session shares; run the \
             commands inside `keyctl session -`"
                .into(),
        ));
    }
    Ok(())
}

/// Caches `key` for `ttl` (at most [`MAX_TTL`]) and returns the expiry time.
///
/// When any step after adding the key fails, the key is removed again, so a
/// failed call leaves no key without a timeout behind.
pub fn store(
    store_id: &str,
    key: &DataKey,
    ttl: Duration,
) -> Result<SystemTime, KeyringUnavailable> {
    store_value(&description(store_id), key.expose(), ttl)
}

/// Caches `payload` under `description` in the session keyring for `ttl` (at
/// most [`MAX_TTL`]), with the same timeout and permissions as the data key,
/// and returns the expiry time.
pub(crate) fn store_value(
    description: &str,
    payload: &[u8],
    ttl: Duration,
) -> Result<SystemTime, KeyringUnavailable> {
    let seconds = timeout_seconds(ttl.min(MAX_TTL));
    let expires = SystemTime::now() + Duration::from_secs(seconds);
    let expires_secs = expires
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
        .as_secs();
    let mut value = Zeroizing::new(Vec::with_capacity(8 + payload.len()));
    value.extend_from_slice(&expires_secs.to_be_bytes());
    value.extend_from_slice(payload);

    let session = session_keyring()?;
    refuse_shared_default(&session)?;
    let cached = session
        .add_key(description, value.as_slice())
        .map_err(|e| {
            KeyringUnavailable(format!(
                "cannot add the key to the session keyring ({}); a process without a login \
                 session (cron, CI, some sudo setups) has no usable session keyring: run the \
                 commands inside `keyctl session -`",
                reason(e)
            ))
        })?;
    if let Err(e) = restrict(&session, cached, description, seconds) {
        discard(&session, cached);
        return Err(e);
    }
    Ok(expires)
}

/// Whole seconds of `ttl`, rounded up so that a key never expires early in
/// the kernel, and at least one.
fn timeout_seconds(ttl: Duration) -> u64 {
    let seconds = ttl.as_secs() + u64::from(ttl.subsec_nanos() > 0);
    seconds.max(1)
}

/// Sets the timeout and permissions of a key just added, then checks that a
/// search of the session keyring finds it.
fn restrict(
    session: &KeyRing,
    cached: Key,
    description: &str,
    seconds: u64,
) -> Result<(), KeyringUnavailable> {
    let seconds = usize::try_from(seconds).expect("MAX_TTL in seconds fits in usize");
    cached.set_timeout(seconds).map_err(|e| {
        KeyringUnavailable(format!(
            "cannot set the timeout of the cached key: {}",
            reason(e)
        ))
    })?;
    // Processes of this session may use the key, and other processes of the
    // same user may only see that it exists. Without the link permission, the
    // key cannot be linked into a keyring that outlives the session.
    let possessor = Permission::VIEW
        | Permission::READ
        | Permission::WRITE
        | Permission::SEARCH
        | Permission::SETATTR;
    let permissions = KeyPermissionsBuilder::builder()
        .posessor(possessor)
        .user(Permission::VIEW)
        .build();
    cached.set_perms(permissions).map_err(|e| {
        KeyringUnavailable(format!(
            "cannot restrict the permissions of the cached key: {}",
            reason(e)
        ))
    })?;
    match session.search(description) {
        Ok(found) if found.get_id() == cached.get_id() => Ok(()),
        Ok(_) => Err(KeyringUnavailable(
            "another key with the same description shadows the cached key".into(),
        )),
        Err(e) => Err(KeyringUnavailable(format!(
            "the cached key cannot be found in the session keyring ({})",
            reason(e)
        ))),
    }
}

/// Removes a key. It is invalidated when this process may search it, and
/// otherwise unlinked from the session keyring, which removes it unless
/// another keyring links it too.
fn discard(session: &KeyRing, cached: Key) {
    if cached.invalidate().is_err() {
        let _ = session.unlink_key(cached);
    }
}

/// Returns the cached key and its expiry, or `None` when nothing valid is cached.
pub fn load(store_id: &str) -> Result<Option<(DataKey, SystemTime)>, KeyringUnavailable> {
    let Some((value, expires)) = load_value(&description(store_id), DATA_KEY_LEN)? else {
        return Ok(None);
    };
    if value.len() != DATA_KEY_LEN {
        return Ok(None);
    }
    Ok(DataKey::from_slice(&value).map(|key| (key, expires)))
}

/// A cached payload and its expiry.
pub(crate) type CachedValue = (Zeroizing<Vec<u8>>, SystemTime);

/// Returns the payload cached under `description` (at most `max_len` bytes)
/// and its expiry, or `None` when nothing valid is cached.
pub(crate) fn load_value(
    description: &str,
    max_len: usize,
) -> Result<Option<CachedValue>, KeyringUnavailable> {
    let session = session_keyring()?;
    let Some(cached) = find(&session, description)? else {
        return Ok(None);
    };
    // One byte more than allowed reveals a value that is too long.
    let mut value = Zeroizing::new(vec![0u8; 8 + max_len + 1]);
    let length = match cached.read(&mut *value) {
        Ok(length) => length,
        Err(e) if is_gone(e) => return Ok(None),
        Err(e) => {
            return Err(KeyringUnavailable(format!(
                "cannot read the cached key: {}",
                reason(e)
            )));
        }
    };
    if length < 8 || length > 8 + max_len {
        return Ok(None);
    }
    let expires_secs = u64::from_be_bytes(value[..8].try_into().expect("8 bytes"));
    let expires = UNIX_EPOCH + Duration::from_secs(expires_secs);
    if expires <= SystemTime::now() {
        discard(&session, cached);
        return Ok(None);
    }
    Ok(Some((Zeroizing::new(value[8..length].to_vec()), expires)))
}

/// Removes the cached key; returns whether one was cached.
pub fn remove(store_id: &str) -> Result<bool, KeyringUnavailable> {
    remove_value(&description(store_id))
}

/// Removes the value cached under `description`; returns whether one was.
pub(crate) fn remove_value(description: &str) -> Result<bool, KeyringUnavailable> {
    let session = session_keyring()?;
    let Some(cached) = find(&session, description)? else {
        return Ok(false);
    };
    cached
        .invalidate()
        .or_else(|_| session.unlink_key(cached))
        .map_err(|e| KeyringUnavailable(format!("cannot remove the cached key: {}", reason(e))))?;
    Ok(true)
}

fn find(session: &KeyRing, description: &str) -> Result<Option<Key>, KeyringUnavailable> {
    match session.search(description) {
        Ok(key) => Ok(Some(key)),
        Err(e) if is_gone(e) => Ok(None),
        Err(e) => Err(KeyringUnavailable(format!(
            "cannot search the session keyring: {}",
            reason(e)
        ))),
    }
}

/// Returns whether an error means that no usable key exists: never added, expired,
/// revoked or invalidated.
fn is_gone(e: KeyError) -> bool {
    matches!(
        e,
        KeyError::KeyDoesNotExist | KeyError::KeyExpired | KeyError::KeyRevoked
    )
}

/// Describes a keyutils error in words, because the crate's `Display` prints
/// the variant name.
fn reason(e: KeyError) -> String {
    match e {
        KeyError::AccessDenied | KeyError::PermissionDenied => "permission denied".into(),
        KeyError::QuotaExceeded => "the user's key quota is exhausted".into(),
        KeyError::KeyDoesNotExist => "no such key".into(),
        KeyError::KeyExpired => "the key has expired".into(),
        KeyError::KeyRevoked => "the key was revoked".into(),
        KeyError::OperationNotSupported => "the kernel does not support this operation".into(),
        other => format!("{other:?}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timeout_rounds_up_to_whole_seconds() {
        assert_eq!(timeout_seconds(Duration::from_millis(1)), 1);
        assert_eq!(timeout_seconds(Duration::from_millis(1500)), 2);
        assert_eq!(timeout_seconds(Duration::from_secs(60)), 60);
        assert_eq!(timeout_seconds(MAX_TTL), 604_800);
    }
}
