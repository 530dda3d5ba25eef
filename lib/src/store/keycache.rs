//! The data key cached in the OS keyring by `micadoctl unlock`.
//!
//! On Linux this is the kernel key retention service (keyutils), reached through
//! `keyring-core` and its keyutils store. The key gets a kernel timeout, so it
//! disappears by itself. The expiry time is also stored in the cached value and
//! checked on every read, in case a keyring keeps the key longer.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use linux_keyutils::{KeyRing, KeyRingIdentifier};

use crate::crypto::{DATA_KEY_LEN, DataKey};

const SERVICE: &str = "micadoctl";

/// Error raised when the kernel keyring cannot be used, with the reason.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct KeyringUnavailable(pub String);

fn description(store_id: &str) -> String {
    format!("micadoctl:data-key:{store_id}")
}

fn entry(store_id: &str) -> Result<keyring_core::Entry, KeyringUnavailable> {
    let store = session_store()?;
    let desc = description(store_id);
    let modifiers = HashMap::from([("description", desc.as_str())]);
    keyring_core::Entry::new_in_store_with_modifiers(&store, SERVICE, store_id, &modifiers)
        .map_err(|e| KeyringUnavailable(format!("cannot use the kernel keyring: {e}")))
}

fn session_store() -> Result<Arc<keyring_core::CredentialStore>, KeyringUnavailable> {
    // The keyutils store falls back to nothing useful without a session keyring
    // (a process started by cron or CI has none), so check first and report it.
    KeyRing::from_special_id(KeyRingIdentifier::Session, false).map_err(|e| {
        KeyringUnavailable(format!(
            "no session keyring in this process ({e}); run the commands inside `keyctl session -`"
        ))
    })?;
    let store = linux_keyutils_keyring_store::Store::new()
        .map_err(|e| KeyringUnavailable(format!("cannot open the kernel keyring: {e}")))?;
    Ok(store)
}

/// Caches `key` for `ttl`; returns the expiry time.
pub fn store(
    store_id: &str,
    key: &DataKey,
    ttl: Duration,
) -> Result<SystemTime, KeyringUnavailable> {
    let expires = SystemTime::now() + ttl;
    let expires_secs = expires
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
        .as_secs();
    let mut value = zeroize::Zeroizing::new(Vec::with_capacity(8 + DATA_KEY_LEN));
    value.extend_from_slice(&expires_secs.to_be_bytes());
    value.extend_from_slice(key.expose());

    let entry = entry(store_id)?;
    entry.set_secret(&value).map_err(|e| {
        KeyringUnavailable(format!(
            "cannot store the key in the kernel keyring ({e}); a process without a login \
             session (cron, CI, some sudo setups) has no usable session keyring: run the \
             commands inside `keyctl session -`"
        ))
    })?;
    set_kernel_timeout(store_id, ttl)?;
    Ok(expires)
}

fn set_kernel_timeout(store_id: &str, ttl: Duration) -> Result<(), KeyringUnavailable> {
    let session = KeyRing::from_special_id(KeyRingIdentifier::Session, false)
        .map_err(|e| KeyringUnavailable(format!("no session keyring: {e}")))?;
    let key = session
        .search(&description(store_id))
        .map_err(|e| KeyringUnavailable(format!("cached key not found after storing it: {e}")))?;
    key.set_timeout(ttl.as_secs().max(1) as usize)
        .map_err(|e| KeyringUnavailable(format!("cannot set the key timeout: {e}")))
}

/// Returns the cached key and its expiry, or `None` when nothing valid is cached.
pub fn load(store_id: &str) -> Result<Option<(DataKey, SystemTime)>, KeyringUnavailable> {
    let entry = entry(store_id)?;
    let value = match entry.get_secret() {
        Ok(value) => zeroize::Zeroizing::new(value),
        Err(keyring_core::Error::NoEntry) => return Ok(None),
        Err(e) => {
            return Err(KeyringUnavailable(format!(
                "cannot read the kernel keyring: {e}"
            )));
        }
    };
    if value.len() != 8 + DATA_KEY_LEN {
        return Ok(None);
    }
    let expires_secs = u64::from_be_bytes(value[..8].try_into().expect("8 bytes"));
    let expires = UNIX_EPOCH + Duration::from_secs(expires_secs);
    if expires <= SystemTime::now() {
        let _ = entry.delete_credential();
        return Ok(None);
    }
    Ok(DataKey::from_slice(&value[8..]).map(|key| (key, expires)))
}

/// Removes the cached key; returns whether one was cached.
pub fn remove(store_id: &str) -> Result<bool, KeyringUnavailable> {
    match entry(store_id)?.delete_credential() {
        Ok(()) => Ok(true),
        Err(keyring_core::Error::NoEntry) => Ok(false),
        Err(e) => Err(KeyringUnavailable(format!(
            "cannot remove the cached key: {e}"
        ))),
    }
}
