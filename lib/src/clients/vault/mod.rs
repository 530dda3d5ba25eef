//! Client of the Vault and OpenBao HTTP API (`/v1/...`), over reqwest with
//! rustls.
//!
//! The client sends the token in the `X-Vault-Token` header, marked sensitive
//! so that reqwest never shows it, and the namespace in `X-Vault-Namespace`.
//! Plain http is accepted only to a loopback address unless the caller allows
//! it, because the token would otherwise cross the network unencrypted.
//!
//! NOTE: request and reply bodies pass through `serde_json::Value` and
//! reqwest's buffers, which are not wiped from memory after use, unlike the
//! credential values once they are turned into `Fields`.

mod error;
pub mod kv;
mod tls;
pub mod token;
pub mod token_cache;

use std::net::IpAddr;
use std::path::PathBuf;
use std::time::Duration;

use reqwest::Method;
use reqwest::header::{HeaderMap, HeaderValue};
use serde_json::Value;

use crate::crypto::{ExposeSecret, SecretString};
pub use error::VaultError;

/// How long to wait for a TCP and TLS connection.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// How long one request may take in all.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// Server address and connection settings.
#[derive(Debug, Clone, Default)]
pub struct VaultSettings {
    /// Base address such as `https://vault.example:8200` (`VAULT_ADDR`).
    pub address: Option<String>,
    /// Namespace sent with every request (`VAULT_NAMESPACE`).
    pub namespace: Option<String>,
    /// Extra CA certificates (PEM) trusted besides the system roots (`VAULT_CACERT`).
    pub ca_cert: Option<PathBuf>,
    /// Allow plain http to hosts that are not loopback addresses.
    pub insecure_http: bool,
}

/// A response with a status the caller handles itself (2xx, 400, 404).
#[derive(Debug)]
pub struct Reply {
    /// HTTP status.
    pub status: u16,
    /// The JSON body, or `Null` when the body was empty.
    pub body: Value,
}

impl Reply {
    /// Returns the service's `errors` array joined with "; ".
    pub fn errors(&self) -> String {
        error_messages(&self.body)
    }

    /// Whether the server has no handler for the path, which means that no
    /// secrets engine is mounted there.
    pub fn is_missing_route(&self) -> bool {
        self.status == 404 && self.errors().contains("no handler for route")
    }
}

/// One request: method, API path (without `/v1/`), body, and the policy
/// capability it needs, named in a permission error.
pub(crate) struct Call<'a> {
    pub method: Method,
    pub path: &'a str,
    pub capability: &'a str,
    pub body: Option<&'a Value>,
}

/// A connection to one Vault or OpenBao server.
#[derive(Clone)]
pub struct VaultClient {
    http: reqwest::blocking::Client,
    address: String,
    namespace: Option<String>,
    token: Option<SecretString>,
}

impl std::fmt::Debug for VaultClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("VaultClient")
            .field("address", &self.address)
            .field("namespace", &self.namespace)
            .field("token", &self.token.as_ref().map(|_| "<redacted>"))
            .finish()
    }
}

impl VaultClient {
    /// Checks the settings and builds a client without a token.
    pub fn connect(settings: &VaultSettings) -> Result<Self, VaultError> {
        let raw = settings.address.as_deref().ok_or(VaultError::NoAddress)?;
        let address = validate_address(raw, settings.insecure_http)?;
        let tls = tls::client_config(settings.ca_cert.as_deref())?;
        let http = reqwest::blocking::Client::builder()
            .tls_backend_preconfigured(tls)
            .connect_timeout(CONNECT_TIMEOUT)
            .timeout(REQUEST_TIMEOUT)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|e| VaultError::Transport {
                address: address.clone(),
                reason: error_chain(&e),
            })?;
        let namespace = settings
            .namespace
            .as_deref()
            .map(|n| n.trim_matches('/').to_string())
            .filter(|n| !n.is_empty());
        Ok(VaultClient {
            http,
            address,
            namespace,
            token: None,
        })
    }

    /// Uses `token` for the requests that follow.
    pub fn set_token(&mut self, token: SecretString) {
        self.token = Some(token);
    }

    /// Returns whether a token is set.
    pub fn has_token(&self) -> bool {
        self.token.is_some()
    }

    /// Returns the server address, without a trailing slash.
    pub fn address(&self) -> &str {
        &self.address
    }

    /// Returns the namespace sent with every request, if any.
    pub fn namespace(&self) -> Option<&str> {
        self.namespace.as_deref()
    }

    /// Sends `call` and returns 2xx, 400 and 404 replies to the caller. A 403
    /// becomes [`VaultError::TokenRejected`] when the token itself is no
    /// longer valid, else [`VaultError::PermissionDenied`].
    pub(crate) fn send(&self, call: &Call<'_>) -> Result<Reply, VaultError> {
        let reply = self.raw(&call.method, call.path, call.body)?;
        match reply.status {
            200..=299 | 400 | 404 => Ok(reply),
            403 => Err(self.explain_forbidden(call, &reply)),
            status => Err(VaultError::Service {
                method: call.method.to_string(),
                path: call.path.to_string(),
                status,
                message: reply.errors(),
            }),
        }
    }

    /// Sends `call` and fails on any status but 2xx.
    pub(crate) fn send_ok(&self, call: &Call<'_>) -> Result<Value, VaultError> {
        let reply = self.send(call)?;
        if (200..300).contains(&reply.status) {
            return Ok(reply.body);
        }
        Err(VaultError::Service {
            method: call.method.to_string(),
            path: call.path.to_string(),
            status: reply.status,
            message: reply.errors(),
        })
    }

    pub(crate) fn raw(
        &self,
        method: &Method,
        path: &str,
        body: Option<&Value>,
    ) -> Result<Reply, VaultError> {
        let url = format!("{}/v1/{}", self.address, path);
        let mut request = self
            .http
            .request(method.clone(), &url)
            .headers(self.headers()?);
        if let Some(body) = body {
            request = request.json(body);
        }
        let response = request.send().map_err(|e| VaultError::Transport {
            address: self.address.clone(),
            reason: error_chain(&e.without_url()),
        })?;
        let status = response.status().as_u16();
        let text = response.text().map_err(|e| VaultError::Transport {
            address: self.address.clone(),
            reason: error_chain(&e.without_url()),
        })?;
        let body = if text.trim().is_empty() {
            Value::Null
        } else {
            serde_json::from_str(&text).map_err(|e| VaultError::InvalidResponse {
                method: method.to_string(),
                path: path.to_string(),
                reason: format!("HTTP {status} with a body that is not JSON: {e}"),
            })?
        };
        Ok(Reply { status, body })
    }

    fn headers(&self) -> Result<HeaderMap, VaultError> {
        let mut headers = HeaderMap::new();
        if let Some(token) = &self.token {
            let mut value = HeaderValue::from_str(token.expose_secret()).map_err(|_| {
                VaultError::TokenRejected {
                    address: self.address.clone(),
                    message: "the token contains characters that cannot be sent in a header".into(),
                }
            })?;
            value.set_sensitive(true);
            headers.insert("X-Vault-Token", value);
        }
        if let Some(namespace) = &self.namespace {
            let value =
                HeaderValue::from_str(namespace).map_err(|_| VaultError::InvalidAddress {
                    address: self.address.clone(),
                    reason: format!(
                        "namespace \"{}\" cannot be sent in a header",
                        namespace.escape_debug()
                    ),
                })?;
            headers.insert("X-Vault-Namespace", value);
        }
        headers.insert("X-Vault-Request", HeaderValue::from_static("true"));
        Ok(headers)
    }

    /// Tells a token that is no longer valid from a missing capability: the
    /// default policy lets every valid token look itself up.
    fn explain_forbidden(&self, call: &Call<'_>, reply: &Reply) -> VaultError {
        let message = reply.errors();
        let token_valid = self.token.is_some()
            && call.path != token::LOOKUP_SELF
            && self
                .raw(&Method::GET, token::LOOKUP_SELF, None)
                .is_ok_and(|r| r.status == 200);
        if !token_valid {
            return VaultError::TokenRejected {
                address: self.address.clone(),
                message,
            };
        }
        VaultError::PermissionDenied {
            method: call.method.as_str().to_string(),
            // The policy path has no query string (`?version=N`).
            path: call.path.split('?').next().unwrap_or_default().to_string(),
            capability: call.capability.to_string(),
            message,
        }
    }
}

/// Returns the LIST method, which Vault uses to list keys.
pub(crate) fn list_method() -> Method {
    Method::from_bytes(b"LIST").expect("LIST is a valid method token")
}

/// Checks the scheme and host of a server address; returns it without a
/// trailing slash. Plain http is accepted only to a loopback address unless
/// `insecure_http` is set.
pub fn validate_address(raw: &str, insecure_http: bool) -> Result<String, VaultError> {
    let invalid = |reason: &str| VaultError::InvalidAddress {
        address: without_userinfo(raw),
        reason: reason.to_string(),
    };
    // The URL parser drops control characters and surrounding spaces, which
    // would then stay in the address that messages and audit records show.
    if let Some(c) = raw.chars().find(|c| c.is_control() || c.is_whitespace()) {
        return Err(invalid(&format!(
            "it contains {}; give scheme, host and port only",
            crate::names::describe_char(c)
        )));
    }
    if !raw.contains("://") {
        return Err(invalid("it has no scheme; write it as https://HOST:PORT"));
    }
    let url = reqwest::Url::parse(raw).map_err(|e| invalid(&e.to_string()))?;
    if !url.username().is_empty() || url.password().is_some() {
        return Err(invalid("it contains a user name or password; remove them"));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(invalid(
            "it contains a query or fragment; give scheme, host and port only",
        ));
    }
    // Every call adds /v1/ itself, so an address copied with the API path
    // would reach /v1/v1/... and fail with a misleading "no handler" error.
    if url.path().trim_end_matches('/').ends_with("/v1") {
        return Err(invalid(
            "it ends in /v1, which micadoctl adds to every call; give scheme, host and port only",
        ));
    }
    match url.scheme() {
        "https" => {}
        "http" if insecure_http || is_loopback(&url) => {}
        "http" => return Err(VaultError::PlainHttp(raw.to_string())),
        other => return Err(invalid(&format!("scheme \"{other}\" is not http or https"))),
    }
    Ok(url.as_str().trim_end_matches('/').to_string())
}

/// Replaces a user name and password in `raw` with `***`, so that a
/// rejected address does not print a password.
fn without_userinfo(raw: &str) -> String {
    let Some((scheme, rest)) = raw.split_once("://") else {
        return raw.to_string();
    };
    let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    match rest[..authority_end].rfind('@') {
        Some(at) => format!("{scheme}://***{}", &rest[at..]),
        None => raw.to_string(),
    }
}

fn is_loopback(url: &reqwest::Url) -> bool {
    let Some(host) = url.host_str() else {
        return false;
    };
    let bare = host.trim_start_matches('[').trim_end_matches(']');
    match bare.parse::<IpAddr>() {
        Ok(ip) => ip.is_loopback(),
        Err(_) => host.eq_ignore_ascii_case("localhost"),
    }
}

/// Joins the `errors` array of a Vault error body.
fn error_messages(body: &Value) -> String {
    // Vault wraps several errors as "N errors occurred:\n\t* first\n\t* second";
    // the list items alone read better on one line.
    let messages: Vec<&str> = body
        .get("errors")
        .and_then(Value::as_array)
        .map(|errors| errors.iter().filter_map(Value::as_str).collect::<Vec<_>>())
        .unwrap_or_default()
        .into_iter()
        .flat_map(str::lines)
        .map(|line| line.trim().trim_start_matches("* "))
        .filter(|line| !line.is_empty() && !line.ends_with("occurred:"))
        .collect();
    if messages.is_empty() {
        "no error message".into()
    } else {
        messages.join("; ")
    }
}

/// Formats an error with its sources, because reqwest's own message is often
/// only "error sending request".
fn error_chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn address_plain_http_only_to_loopback() {
        assert!(validate_address("http://127.0.0.1:8200", false).is_ok());
        assert!(validate_address("http://[::1]:8200/", false).is_ok());
        assert!(validate_address("http://localhost:8200", false).is_ok());
        assert!(matches!(
            validate_address("http://vault.example:8200", false),
            Err(VaultError::PlainHttp(_))
        ));
        assert!(validate_address("http://vault.example:8200", true).is_ok());
        assert!(validate_address("https://vault.example:8200", false).is_ok());
    }

    #[test]
    fn address_rejects_other_forms() {
        for bad in [
            "vault:8200",
            "ftp://vault.example",
            "https://user:pw@vault.example",
            "https://vault.example/?x=1",
            "\u{1}https://vault.example",
            " https://vault.example",
            "https://vault.example\n",
            "127.0.0.1:8200",
            "http://127.0.0.1:8200/v1",
            "https://vault.example/v1/",
        ] {
            assert!(
                matches!(
                    validate_address(bad, false),
                    Err(VaultError::InvalidAddress { .. })
                ),
                "{bad} was accepted"
            );
        }
    }

    #[test]
    fn rejected_address_hides_password() {
        for bad in [
            "https://user:pw-must-not-show@vault.example",
            "http://pw-must-not-show@127.0.0.1:8200/",
            "https://user:pw-must-not-show@vault.example:8200\n",
            "https://user:pw-must-not-show@[bad",
        ] {
            let error = validate_address(bad, false).unwrap_err();
            let text = format!("{error} {error:?}");
            assert!(!text.contains("pw-must-not-show"), "{text}");
            assert!(text.contains("***@"), "{text}");
        }
    }

    #[test]
    fn address_without_scheme_says_what_to_write() {
        use crate::error::Classify;

        let error = validate_address("127.0.0.1:8200", false).unwrap_err();
        assert!(error.to_string().contains("no scheme"), "{error}");
        assert!(error.hint().is_some_and(|hint| hint.contains("VAULT_ADDR")));
    }

    #[test]
    fn debug_hides_token() {
        let settings = VaultSettings {
            address: Some("http://127.0.0.1:8200".into()),
            ..VaultSettings::default()
        };
        let mut client = VaultClient::connect(&settings).unwrap();
        client.set_token(SecretString::from("s.debug-must-not-show".to_string()));
        let text = format!("{client:?}");
        assert!(!text.contains("debug-must-not-show"), "{text}");
        assert!(text.contains("<redacted>"), "{text}");
    }

    #[test]
    fn error_list_reads_as_one_line() {
        let body =
            serde_json::json!({ "errors": ["1 error occurred:\n\t* permission denied\n\n"] });
        assert_eq!(error_messages(&body), "permission denied");
        assert_eq!(error_messages(&Value::Null), "no error message");
    }

    #[test]
    fn address_loses_trailing_slash() {
        assert_eq!(
            validate_address("https://vault.example:8200/", false).unwrap(),
            "https://vault.example:8200"
        );
    }
}
