//! The token that `micadoctl login vault` caches in the kernel keyring.
//!
//! The token is kept in the session keyring with the same timeout and
//! permissions as the store's cached data key, so only processes of this
//! session can read it. The kernel drops it when the token's TTL runs out, or
//! after a week for a token that never expires. Each server address and
//! namespace has its own entry.

use std::time::{Duration, SystemTime};

use super::VaultError;
use crate::crypto::{ExposeSecret, SecretString};
use crate::store::keycache;

/// Maximum length of a cached token in bytes. OpenBao 2.7 service tokens are
/// about 100 bytes, and batch tokens are longer but far below this.
const MAX_TOKEN_LEN: usize = 4096;

fn description(address: &str, namespace: Option<&str>) -> String {
    format!(
        "micadoctl:vault-token:{address}#{}",
        namespace.unwrap_or("")
    )
}

/// Caches `token` for `ttl` (a week when it is `None`, for a token that never
/// expires); returns the expiry.
pub fn store(
    address: &str,
    namespace: Option<&str>,
    token: &SecretString,
    ttl: Option<Duration>,
) -> Result<SystemTime, VaultError> {
    let bytes = token.expose_secret().as_bytes();
    if bytes.is_empty() || bytes.len() > MAX_TOKEN_LEN {
        return Err(VaultError::TokenRejected {
            address: address.to_string(),
            message: format!("the token is empty or longer than {MAX_TOKEN_LEN} bytes"),
        });
    }
    let ttl = ttl.unwrap_or(keycache::MAX_TTL);
    keycache::store_value(&description(address, namespace), bytes, ttl)
        .map_err(|e| VaultError::Keyring(e.0))
}

/// Returns the cached token and its expiry, if one is cached.
pub fn load(
    address: &str,
    namespace: Option<&str>,
) -> Result<Option<(SecretString, SystemTime)>, VaultError> {
    let cached = keycache::load_value(&description(address, namespace), MAX_TOKEN_LEN)
        .map_err(|e| VaultError::Keyring(e.0))?;
    let Some((bytes, expires)) = cached else {
        return Ok(None);
    };
    let Ok(text) = std::str::from_utf8(&bytes) else {
        return Ok(None);
    };
    Ok(Some((SecretString::from(text.to_string()), expires)))
}

/// Removes the cached token; returns whether one was cached.
pub fn remove(address: &str, namespace: Option<&str>) -> Result<bool, VaultError> {
    keycache::remove_value(&description(address, namespace)).map_err(|e| VaultError::Keyring(e.0))
}
