//! Client of the MiCADO Credential Manager REST API.
//!
//! The protocol follows `app/dbmodels.py` of micado-scale/component-credential-manager
//! (the version with `list_users_api`), served under `/v1.1/` by ansible-micado:
//!
//! - every request is form-encoded; GET requests also carry their parameters in
//!   the query string, because newer Werkzeug ignores the body of a GET;
//! - `verify` returns HTTP 200 even on failure, and its JSON `code` field is
//!   200 (accepted), 401 (rejected) or 423 (locked);
//! - errors are HTTP 400 with JSON keys `user message`, `developer message`
//!   and `result`, not all of them every time, or an HTML page on a server fault;
//! - `listusers` returns a JSON array, possibly labelled `text/html`.

use std::time::Duration;

use reqwest::Url;
use reqwest::blocking::{Client, RequestBuilder, Response};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::error::{Classify, ErrorClass};
use crate::users::Password;

/// How long one request may take.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);
/// How much of an unexpected response body an error message shows.
const EXCERPT_CHARS: usize = 200;
/// The text before a generated password in `adduser`'s `developer message`.
const GENERATED_PREFIX: &str = "Password is auto-generated. Its value is:";

/// Errors of the Credential Manager client.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum CredmanError {
    /// The API URL cannot be used.
    #[error("invalid Credential Manager URL \"{url}\": {message}")]
    InvalidUrl {
        /// The URL as given.
        url: String,
        /// Reason for the rejection.
        message: String,
    },
    /// The request did not get a response.
    #[error("request to {url} failed")]
    Request {
        /// The endpoint, without any credentials in the URL.
        url: String,
        /// The underlying error.
        source: reqwest::Error,
    },
    /// The service rejected the request (HTTP 400) with this message.
    #[error("the Credential Manager rejected {endpoint}: {message}")]
    Rejected {
        /// The endpoint, such as `adduser`.
        endpoint: &'static str,
        /// The service's own message.
        message: String,
    },
    /// The service accepts only letters and digits in a password on `adduser`.
    #[error(
        "the Credential Manager accepts only ASCII letters and digits in a password on adduser, and this one has other characters"
    )]
    PasswordNotAlphanumeric,
    /// The service failed (HTTP 5xx or another unexpected status).
    #[error("the Credential Manager failed on {endpoint} with HTTP {status}: {excerpt}")]
    ServerFault {
        /// The endpoint.
        endpoint: &'static str,
        /// The HTTP status.
        status: u16,
        /// The start of the response body, as text.
        excerpt: String,
    },
    /// The response could not be understood.
    #[error("unexpected response from the Credential Manager on {endpoint}: {message}")]
    InvalidResponse {
        /// The endpoint.
        endpoint: &'static str,
        /// Description of the problem.
        message: String,
    },
}

impl Classify for CredmanError {
    fn class(&self) -> ErrorClass {
        match self {
            CredmanError::InvalidUrl { .. } => ErrorClass::Usage,
            CredmanError::Rejected { message, .. } => classify_message(message),
            CredmanError::PasswordNotAlphanumeric => ErrorClass::InputRejected,
            _ => ErrorClass::Failure,
        }
    }

    fn hint(&self) -> Option<String> {
        match self {
            CredmanError::Request { .. } => Some(
                "check --api (or credman_api in config.toml) and that the Credential Manager is running"
                    .into(),
            ),
            CredmanError::PasswordNotAlphanumeric => Some(
                "choose a password of letters and digits only, or leave it out to let the service generate one"
                    .into(),
            ),
            CredmanError::ServerFault { .. } => {
                Some("look at the Credential Manager's log for the cause".into())
            }
            _ => None,
        }
    }
}

/// Maps the service's message to an error class. The messages are the only
/// way to distinguish a missing user from an existing one or a bad value.
fn classify_message(message: &str) -> ErrorClass {
    let lower = message.to_lowercase();
    if lower.contains("does not exist") || lower.contains("not exist") {
        ErrorClass::NotFound
    } else if lower.contains("existed") || lower.contains("already exist") {
        ErrorClass::AlreadyExists
    } else if lower.contains("check your password") {
        ErrorClass::VerificationFailed
    } else {
        ErrorClass::InputRejected
    }
}

/// Result of `verify`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CredmanVerdict {
    /// `code` 200.
    Accepted,
    /// `code` 401, with the service's `result` text.
    Rejected(String),
    /// `code` 423, with the service's `result` text (it names the lock's end).
    Locked(String),
}

/// One entry of `listusers`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CredmanUser {
    /// User name.
    pub username: String,
    /// E-mail address; empty when none was given.
    #[serde(default)]
    pub email: Option<String>,
    /// `user` or `admin`; missing for a role number the service does not name.
    #[serde(default)]
    pub role: Option<String>,
    /// `locked` or `unlocked`; missing when the account has no access log row.
    #[serde(default)]
    pub locked: Option<String>,
}

/// A client bound to one Credential Manager API base URL.
pub struct CredmanClient {
    base: Url,
    http: Client,
}

impl CredmanClient {
    /// Creates a client for `api`, such as `http://credman:5001/v1.1/`.
    pub fn new(api: &str) -> Result<Self, CredmanError> {
        let invalid = |message: String| CredmanError::InvalidUrl {
            url: api.to_string(),
            message,
        };
        let mut base = Url::parse(api).map_err(|e| invalid(e.to_string()))?;
        if !matches!(base.scheme(), "http" | "https") {
            return Err(invalid("the scheme must be http or https".into()));
        }
        // Endpoint names are joined to the base, which must end with '/'.
        if !base.path().ends_with('/') {
            base.set_path(&format!("{}/", base.path()));
        }

        // One provider for every TLS user in the process: ring. A provider
        // installed earlier by the same process is kept.
        let _ = rustls::crypto::ring::default_provider().install_default();
        // The service runs inside the cluster, so no HTTP proxy from the
        // environment is used to reach it.
        let http = Client::builder()
            .no_proxy()
            .timeout(REQUEST_TIMEOUT)
            .build()
            .map_err(|e| invalid(format!("cannot build the HTTP client: {e}")))?;
        Ok(CredmanClient { base, http })
    }

    /// Creates an account. Without `password`, the service generates one,
    /// which is returned.
    pub fn add_user(
        &self,
        username: &str,
        password: Option<&Password>,
        email: Option<&str>,
    ) -> Result<Option<Password>, CredmanError> {
        if let Some(password) = password
            && !password.expose().chars().all(|c| c.is_ascii_alphanumeric())
        {
            return Err(CredmanError::PasswordNotAlphanumeric);
        }
        let mut form = vec![("username", username)];
        if let Some(password) = password {
            form.push(("password", password.expose()));
        }
        if let Some(email) = email {
            form.push(("email", email));
        }
        let body = self.call("adduser", self.http.post(self.url("adduser")?).form(&form))?;
        if password.is_some() {
            return Ok(None);
        }
        let message = text_field(&body, "developer message").unwrap_or_default();
        let generated = message
            .strip_prefix(GENERATED_PREFIX)
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .ok_or_else(|| CredmanError::InvalidResponse {
                endpoint: "adduser",
                message: "the generated password is missing from \"developer message\"".into(),
            })?;
        Ok(Some(Password::for_verification(generated)))
    }

    /// Checks a password; the service counts failures and locks the account.
    pub fn verify(
        &self,
        username: &str,
        password: &Password,
    ) -> Result<CredmanVerdict, CredmanError> {
        let form = [("username", username), ("password", password.expose())];
        let body = self.call("verify", self.http.post(self.url("verify")?).form(&form))?;
        let result = text_field(&body, "result").unwrap_or_default();
        match body.get("code").and_then(Value::as_i64) {
            Some(200) => Ok(CredmanVerdict::Accepted),
            Some(401) => Ok(CredmanVerdict::Rejected(result)),
            Some(423) => Ok(CredmanVerdict::Locked(result)),
            other => Err(CredmanError::InvalidResponse {
                endpoint: "verify",
                message: format!("the \"code\" field is {other:?}, not 200, 401 or 423"),
            }),
        }
    }

    /// Replaces the password with one the service generates, and returns it.
    pub fn reset_password(&self, username: &str) -> Result<Password, CredmanError> {
        let form = [("username", username)];
        let body = self.call("resetpwd", self.http.put(self.url("resetpwd")?).form(&form))?;
        let new =
            text_field(&body, "new password").ok_or_else(|| CredmanError::InvalidResponse {
                endpoint: "resetpwd",
                message: "the \"new password\" field is missing".into(),
            })?;
        Ok(Password::for_verification(&new))
    }

    /// Changes the password; the service checks `old` first.
    pub fn change_password(
        &self,
        username: &str,
        old: &Password,
        new: &Password,
    ) -> Result<(), CredmanError> {
        let form = [
            ("username", username),
            ("oldpasswd", old.expose()),
            ("newpasswd", new.expose()),
        ];
        self.call(
            "changepwd",
            self.http.put(self.url("changepwd")?).form(&form),
        )?;
        Ok(())
    }

    /// Sets the role to `user` or `admin`.
    pub fn change_role(&self, username: &str, role: &str) -> Result<(), CredmanError> {
        let form = [("username", username), ("newrole", role)];
        self.call(
            "changerole",
            self.http.put(self.url("changerole")?).form(&form),
        )?;
        Ok(())
    }

    /// Deletes an account.
    pub fn delete_user(&self, username: &str) -> Result<(), CredmanError> {
        let form = [("username", username)];
        self.call(
            "deleteuser",
            self.http.put(self.url("deleteuser")?).form(&form),
        )?;
        Ok(())
    }

    /// Returns the role of an account.
    pub fn get_role(&self, username: &str) -> Result<String, CredmanError> {
        let form = [("username", username)];
        let request = self.http.get(self.url("getrole")?).query(&form).form(&form);
        let body = self.call("getrole", request)?;
        text_field(&body, "role").ok_or_else(|| CredmanError::InvalidResponse {
            endpoint: "getrole",
            message: "the \"role\" field is missing".into(),
        })
    }

    /// Lists every account.
    pub fn list_users(&self) -> Result<Vec<CredmanUser>, CredmanError> {
        let body = self.call("listusers", self.http.get(self.url("listusers")?))?;
        serde_json::from_value(body).map_err(|e| CredmanError::InvalidResponse {
            endpoint: "listusers",
            message: format!("not a list of users: {e}"),
        })
    }

    fn url(&self, endpoint: &'static str) -> Result<Url, CredmanError> {
        self.base
            .join(endpoint)
            .map_err(|e| CredmanError::InvalidUrl {
                url: self.base.to_string(),
                message: e.to_string(),
            })
    }

    /// Sends a request and returns its JSON body; HTTP 400 becomes
    /// [`CredmanError::Rejected`] with the service's message.
    fn call(&self, endpoint: &'static str, request: RequestBuilder) -> Result<Value, CredmanError> {
        let response = request.send().map_err(|source| CredmanError::Request {
            url: self.display_url(endpoint),
            source: source.without_url(),
        })?;
        let status = response.status().as_u16();
        let text = read_text(endpoint, response)?;
        let parsed: Option<Value> = serde_json::from_str(&text).ok();
        match (status, parsed) {
            (200, Some(body)) => Ok(body),
            (400, Some(body)) => Err(CredmanError::Rejected {
                endpoint,
                message: error_message(&body),
            }),
            (200 | 400, None) => Err(CredmanError::InvalidResponse {
                endpoint,
                message: format!("the body is not JSON: {}", excerpt(&text)),
            }),
            (status, _) => Err(CredmanError::ServerFault {
                endpoint,
                status,
                excerpt: excerpt(&strip_html(&text)),
            }),
        }
    }

    fn display_url(&self, endpoint: &str) -> String {
        let mut url = self
            .base
            .join(endpoint)
            .unwrap_or_else(|_| self.base.clone());
        let _ = url.set_password(None);
        let _ = url.set_username("");
        url.to_string()
    }
}

fn read_text(endpoint: &'static str, response: Response) -> Result<String, CredmanError> {
    response.text().map_err(|e| CredmanError::InvalidResponse {
        endpoint,
        message: format!("cannot read the body: {e}"),
    })
}

fn text_field(body: &Value, key: &str) -> Option<String> {
    body.get(key).and_then(Value::as_str).map(str::to_string)
}

/// Picks the most specific message of an error body: `developer message`,
/// then `user message`, then `result`.
fn error_message(body: &Value) -> String {
    ["developer message", "user message", "result"]
        .iter()
        .find_map(|key| text_field(body, key).filter(|m| !m.is_empty()))
        .unwrap_or_else(|| format!("no message in {}", excerpt(&body.to_string())))
}

fn excerpt(text: &str) -> String {
    let trimmed = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if trimmed.chars().count() <= EXCERPT_CHARS {
        return trimmed;
    }
    let cut: String = trimmed.chars().take(EXCERPT_CHARS).collect();
    format!("{cut}...")
}

/// Removes tags from an HTML error page, so its text can be shown.
fn strip_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_tag = false;
    for c in text.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_message_prefers_developer_message() {
        let body = serde_json::json!({"code": 400, "user message": "a", "developer message": "b"});
        assert_eq!(error_message(&body), "b");
        let body = serde_json::json!({"code": 400, "result": "c"});
        assert_eq!(error_message(&body), "c");
    }

    #[test]
    fn messages_map_to_classes() {
        assert_eq!(
            classify_message("User name does not exist"),
            ErrorClass::NotFound
        );
        assert_eq!(
            classify_message("This user existed!"),
            ErrorClass::AlreadyExists
        );
        assert_eq!(classify_message("Lack of input"), ErrorClass::InputRejected);
    }

    #[test]
    fn html_is_stripped() {
        let text = "<html><title>500 Internal Server Error</title><p>Undefined error</p></html>";
        assert_eq!(
            excerpt(&strip_html(text)),
            "500 Internal Server Error Undefined error"
        );
    }

    #[test]
    fn base_gets_trailing_slash() {
        let client = CredmanClient::new("http://127.0.0.1:1/v1.1").unwrap();
        assert_eq!(
            client.url("verify").unwrap().as_str(),
            "http://127.0.0.1:1/v1.1/verify"
        );
        assert!(CredmanClient::new("ftp://x/").is_err());
    }
}
