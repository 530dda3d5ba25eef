//! Token calls: look up, renew, and log in with a user name and password.

use std::time::Duration;

use reqwest::Method;
use serde::Serialize;
use serde_json::{Value, json};

use super::{Call, VaultClient, VaultError};
use crate::crypto::SecretString;

/// API path that returns the calling token's own properties.
pub const LOOKUP_SELF: &str = "auth/token/lookup-self";
const RENEW_SELF: &str = "auth/token/renew-self";

/// Properties of a token, from `auth/token/lookup-self`. No secret.
#[derive(Debug, Clone, Serialize)]
pub struct TokenInfo {
    /// Name shown by the server, such as `userpass-alice` or `root`.
    pub display_name: String,
    /// Policies attached to the token.
    pub policies: Vec<String>,
    /// Time left in whole seconds; 0 for a token that never expires.
    pub ttl_seconds: u64,
    /// TTL the token was created with, in seconds; renewals extend by this much.
    pub creation_ttl_seconds: u64,
    /// Whether `renew-self` can extend it.
    pub renewable: bool,
    /// Expiry time as the server reports it, when the token expires.
    pub expire_time: Option<String>,
}

impl TokenInfo {
    /// Interprets a reply of `auth/token/lookup-self`; `None` when it has no
    /// `data.ttl`.
    pub fn from_lookup(body: &Value) -> Option<TokenInfo> {
        parse_token_info(body)
    }

    /// Returns the time left, or `None` for a token that never expires.
    pub fn ttl(&self) -> Option<Duration> {
        (self.ttl_seconds > 0).then(|| Duration::from_secs(self.ttl_seconds))
    }
}

impl VaultClient {
    /// Looks the current token up.
    pub fn lookup_self(&self) -> Result<TokenInfo, VaultError> {
        let call = Call {
            method: Method::GET,
            path: LOOKUP_SELF,
            capability: "read",
            body: None,
        };
        let body = self.send_ok(&call)?;
        parse_token_info(&body).ok_or_else(|| VaultError::InvalidResponse {
            method: "GET".into(),
            path: LOOKUP_SELF.into(),
            reason: "the reply has no token data (ttl, policies)".into(),
        })
    }

    /// Renews the current token by `increment`; returns the new TTL.
    pub fn renew_self(&self, increment: Duration) -> Result<Duration, VaultError> {
        let body = json!({ "increment": format!("{}s", increment.as_secs().max(1)) });
        let call = Call {
            method: Method::POST,
            path: RENEW_SELF,
            capability: "update",
            body: Some(&body),
        };
        let reply = self.send_ok(&call)?;
        let seconds = reply
            .pointer("/auth/lease_duration")
            .and_then(Value::as_u64)
            .ok_or_else(|| VaultError::InvalidResponse {
                method: "POST".into(),
                path: RENEW_SELF.into(),
                reason: "the reply has no auth.lease_duration".into(),
            })?;
        Ok(Duration::from_secs(seconds))
    }

    /// Logs in at the userpass auth method mounted at `mount` (usually
    /// `userpass`) and returns the new token.
    pub fn login_userpass(
        &self,
        mount: &str,
        username: &str,
        password: &SecretString,
    ) -> Result<SecretString, VaultError> {
        use crate::crypto::ExposeSecret;

        check_username(username)?;
        let path = format!("auth/{}/login/{username}", mount.trim_matches('/'));
        let body = json!({ "password": password.expose_secret() });
        let call = Call {
            method: Method::POST,
            path: &path,
            capability: "update",
            body: Some(&body),
        };
        let reply = self.send(&call)?;
        if reply.status == 400 {
            // userpass returns 400 "invalid username or password" for a wrong password.
            return Err(VaultError::LoginRejected {
                address: self.address.clone(),
                mount: format!("auth/{}", mount.trim_matches('/')),
                username: username.to_string(),
                message: reply.errors(),
            });
        }
        if reply.is_missing_route() {
            return Err(VaultError::MountNotFound {
                mount: format!("auth/{}", mount.trim_matches('/')),
                kv_version: 0,
                message: reply.errors(),
            });
        }
        let token = reply
            .body
            .pointer("/auth/client_token")
            .and_then(Value::as_str)
            .ok_or_else(|| VaultError::InvalidResponse {
                method: "POST".into(),
                path: path.clone(),
                reason: format!("HTTP {} without auth.client_token", reply.status),
            })?;
        Ok(SecretString::from(token.to_string()))
    }
}

/// Rejects a user name that would change the API path it is put into
/// (`../sys/...`) or that a URL cannot carry.
fn check_username(username: &str) -> Result<(), VaultError> {
    let invalid = |reason: &str| VaultError::InvalidUsername {
        username: username.escape_debug().to_string(),
        reason: reason.to_string(),
    };
    if username.is_empty() {
        return Err(invalid("it is empty"));
    }
    if username.chars().all(|c| c == '.') {
        return Err(invalid("it is made only of dots"));
    }
    if let Some(c) = username
        .chars()
        .find(|c| matches!(c, '/' | '\\' | '?' | '#' | '%') || c.is_control() || c.is_whitespace())
    {
        return Err(invalid(&format!(
            "it contains {}, which cannot be part of the login path",
            crate::names::describe_char(c)
        )));
    }
    Ok(())
}

fn parse_token_info(body: &Value) -> Option<TokenInfo> {
    let data = body.get("data")?;
    let strings = |key: &str| -> Vec<String> {
        data.get(key)
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(Value::as_str)
                    .map(String::from)
                    .collect()
            })
            .unwrap_or_default()
    };
    Some(TokenInfo {
        display_name: data
            .get("display_name")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string(),
        policies: strings("policies"),
        ttl_seconds: data.get("ttl")?.as_u64()?,
        creation_ttl_seconds: data
            .get("creation_ttl")
            .and_then(Value::as_u64)
            .unwrap_or(0),
        renewable: data
            .get("renewable")
            .and_then(Value::as_bool)
            .unwrap_or(false),
        expire_time: data
            .get("expire_time")
            .and_then(Value::as_str)
            .map(String::from),
    })
}

impl VaultClient {
    /// Revokes the current token on the server.
    pub fn revoke_self(&self) -> Result<(), VaultError> {
        let call = Call {
            method: Method::POST,
            path: "auth/token/revoke-self",
            capability: "update",
            body: None,
        };
        self.send_ok(&call).map(|_| ())
    }
}
