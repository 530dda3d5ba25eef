//! The `[users]` table of `config.toml`.

use std::time::Duration;

use serde::{Deserialize, Serialize};

use super::hashing::{HashParams, Scheme};
use super::lockout::LockoutPolicy;

/// Settings of web access accounts. Every field is optional; a missing one
/// takes the default named in its documentation.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UsersConfig {
    /// `local` (the store, the default) or `credman`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub backend: Option<String>,
    /// Base URL of the Credential Manager API, such as `http://credman:5001/v1.1/`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credman_api: Option<String>,
    /// Scheme of new passwords when `--scheme` is not given [default: argon2id].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scheme: Option<String>,
    /// Argon2 memory in KiB [default: 65536].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub argon2_memory_kib: Option<u32>,
    /// Argon2 iterations [default: 3].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub argon2_iterations: Option<u32>,
    /// Argon2 lanes [default: 4].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub argon2_parallelism: Option<u32>,
    /// bcrypt cost [default: 12].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bcrypt_cost: Option<u32>,
    /// SHA-crypt rounds [default: 656000].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sha_crypt_rounds: Option<u32>,
    /// Consecutive failures that lock an account; 0 turns lockout off [default: 5].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lockout_failures: Option<u32>,
    /// How long a lockout lasts, such as `5m` or `1h` [default: 5m].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lockout_duration: Option<String>,
}

impl UsersConfig {
    /// Returns whether no setting is given, so the table can be left out.
    pub fn is_unset(&self) -> bool {
        *self == UsersConfig::default()
    }

    /// Returns the hash parameters, checked.
    pub fn hash_params(&self) -> Result<HashParams, String> {
        let defaults = HashParams::default();
        let params = HashParams {
            argon2_memory_kib: self.argon2_memory_kib.unwrap_or(defaults.argon2_memory_kib),
            argon2_iterations: self.argon2_iterations.unwrap_or(defaults.argon2_iterations),
            argon2_parallelism: self
                .argon2_parallelism
                .unwrap_or(defaults.argon2_parallelism),
            bcrypt_cost: self.bcrypt_cost.unwrap_or(defaults.bcrypt_cost),
            sha_crypt_rounds: self.sha_crypt_rounds.unwrap_or(defaults.sha_crypt_rounds),
        };
        params.validate()?;
        Ok(params)
    }

    /// Returns the scheme of new passwords.
    pub fn default_scheme(&self) -> Result<Scheme, String> {
        let Some(name) = self.scheme.as_deref() else {
            return Ok(Scheme::Argon2id);
        };
        Scheme::parse(name)
            .filter(|s| super::hashing::NEW_PASSWORD_SCHEMES.contains(s))
            .ok_or_else(|| format!("scheme \"{name}\" is not argon2id, bcrypt or sha512-crypt"))
    }

    /// Returns the lockout policy.
    pub fn lockout(&self) -> Result<LockoutPolicy, String> {
        let defaults = LockoutPolicy::default();
        let duration = match self.lockout_duration.as_deref() {
            None => defaults.duration,
            Some(text) => parse_duration(text)?,
        };
        Ok(LockoutPolicy {
            max_failures: self.lockout_failures.unwrap_or(defaults.max_failures),
            duration,
        })
    }
}

fn parse_duration(text: &str) -> Result<Duration, String> {
    let duration = humantime::parse_duration(text)
        .map_err(|e| format!("lockout_duration \"{text}\" is not a duration such as 5m: {e}"))?;
    if duration.is_zero() {
        return Err(format!(
            "lockout_duration \"{text}\" must be longer than zero"
        ));
    }
    Ok(duration)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults() {
        let config = UsersConfig::default();
        assert_eq!(config.hash_params().unwrap(), HashParams::default());
        assert_eq!(config.lockout().unwrap(), LockoutPolicy::default());
        assert_eq!(config.default_scheme().unwrap(), Scheme::Argon2id);
    }

    #[test]
    fn rejects_bad_values() {
        let config = UsersConfig {
            argon2_memory_kib: Some(1),
            ..Default::default()
        };
        assert!(config.hash_params().is_err());
        let config = UsersConfig {
            lockout_duration: Some("soon".into()),
            ..Default::default()
        };
        assert!(config.lockout().is_err());
        let config = UsersConfig {
            scheme: Some("apr1".into()),
            ..Default::default()
        };
        assert!(config.default_scheme().is_err());
    }
}
