//! The OpenStack Image API v2 (Glance) and the Keystone v3 token request
//! that precedes it.
//!
//! Glance computes `os_hash_value` with the algorithm named in
//! `os_hash_algo` (SHA-512 unless the operator changed `hashing_algorithm`)
//! when image data is uploaded. Comparing it with the registry checks the
//! image that a cloud will boot without downloading it. The legacy MD5
//! `checksum` is returned only when the caller allows it.

use std::path::Path;
use std::time::Duration;

use reqwest::StatusCode;
pub use reqwest::blocking::Client;
use reqwest::blocking::Response;
use serde::{Deserialize, Serialize};

use super::ImageError;
use super::hashing::Algorithm;
use crate::credentials::{CredentialType, Record};
use crate::crypto::{ExposeSecret, SecretString};

/// Time allowed to connect and to wait for a response header.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// The header that carries a token to OpenStack services.
const TOKEN_HEADER: &str = "X-Auth-Token";

/// The header in which Keystone returns a new token.
const SUBJECT_TOKEN_HEADER: &str = "X-Subject-Token";

/// The fields of a Glance image record that verification uses.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GlanceImage {
    /// Image ID.
    pub id: String,
    /// Image name.
    #[serde(default)]
    pub name: Option<String>,
    /// `queued`, `saving`, `active`, `killed`, `deleted`, ...
    #[serde(default)]
    pub status: Option<String>,
    /// Size of the image data in bytes.
    #[serde(default)]
    pub size: Option<u64>,
    /// Algorithm of `os_hash_value`, such as `sha512`.
    #[serde(default)]
    pub os_hash_algo: Option<String>,
    /// Hexadecimal digest of the image data.
    #[serde(default)]
    pub os_hash_value: Option<String>,
    /// Legacy MD5 of the image data.
    #[serde(default)]
    pub checksum: Option<String>,
}

/// A token and the image endpoint from the service catalog.
pub struct Session {
    /// The token for `X-Auth-Token`.
    pub token: SecretString,
    /// The `image` endpoint of the catalog, when it has one.
    pub image_endpoint: Option<String>,
}

/// Builds the HTTP client: rustls with the ring provider, the system's trust
/// store, and `ca_file` (a PEM bundle such as `OS_CACERT`) when given.
pub fn http_client(ca_file: Option<&Path>) -> Result<Client, ImageError> {
    // The first client of the process installs ring as rustls' provider. A
    // provider installed before stays, which is why the result is ignored.
    let _ = rustls::crypto::ring::default_provider().install_default();
    let mut builder = Client::builder()
        .connect_timeout(REQUEST_TIMEOUT)
        .user_agent(concat!("micadoctl/", env!("CARGO_PKG_VERSION")));
    if let Some(path) = ca_file {
        let pem = std::fs::read(path).map_err(|e| ImageError::io(path, e))?;
        let certificates = reqwest::Certificate::from_pem_bundle(&pem).map_err(|e| {
            ImageError::invalid(
                path.display().to_string(),
                format!("not a PEM certificate bundle: {e}"),
            )
        })?;
        for certificate in certificates {
            builder = builder.add_root_certificate(certificate);
        }
    }
    builder.build().map_err(|e| ImageError::Http {
        service: "HTTP",
        url: String::new(),
        message: e.to_string(),
    })
}

/// Requests a project-scoped token from Keystone v3 with a `nova` credential
/// (password or application credential).
pub fn authenticate(client: &Client, record: &Record) -> Result<Session, ImageError> {
    if record.kind != CredentialType::Nova {
        return Err(ImageError::invalid(
            "credential",
            format!(
                "it is of type {}; Glance needs a nova credential",
                record.kind
            ),
        ));
    }
    let auth_url = record.fields.get("auth_url").ok_or_else(|| {
        ImageError::invalid(
            "nova credential",
            "it has no auth_url (the Keystone v3 URL)",
        )
    })?;
    let url = format!("{}/auth/tokens", keystone_v3_base(auth_url));
    let body = token_request(record)?;

    let response = client
        .post(&url)
        .timeout(REQUEST_TIMEOUT)
        .header("Content-Type", "application/json")
        .body(body.expose_secret().to_string())
        .send()
        .map_err(|e| http_error("Keystone", &url, e))?;
    let status = response.status();
    if !status.is_success() {
        return Err(ImageError::Http {
            service: "Keystone",
            url,
            message: format!("{status}{}", status_advice(status)),
        });
    }
    let token = response
        .headers()
        .get(SUBJECT_TOKEN_HEADER)
        .and_then(|v| v.to_str().ok())
        .map(|t| SecretString::from(t.to_string()))
        .ok_or_else(|| ImageError::Http {
            service: "Keystone",
            url: url.clone(),
            message: format!("the response has no {SUBJECT_TOKEN_HEADER} header"),
        })?;
    let body: serde_json::Value = response
        .json()
        .map_err(|e| http_error("Keystone", &url, e))?;
    let interface = record.fields.get("interface").unwrap_or("public");
    let region = record.fields.get("region_name");
    Ok(Session {
        token,
        image_endpoint: image_endpoint(&body, interface, region),
    })
}

/// Returns the Keystone v3 base URL: `auth_url` with `/v3` appended unless it
/// already ends with it, as the OpenStack clients accept both.
fn keystone_v3_base(auth_url: &str) -> String {
    let base = auth_url.trim_end_matches('/');
    if base.ends_with("/v3") {
        base.to_string()
    } else {
        format!("{base}/v3")
    }
}

/// Builds the JSON body of `POST /v3/auth/tokens`, which contains the secret.
fn token_request(record: &Record) -> Result<SecretString, ImageError> {
    let fields = &record.fields;
    let identity = if let (Some(id), Some(secret)) = (
        fields.get("application_credential_id"),
        fields.get("application_credential_secret"),
    ) {
        serde_json::json!({
            "methods": ["application_credential"],
            "application_credential": { "id": id, "secret": secret },
        })
    } else if let (Some(user), Some(password)) = (fields.get("username"), fields.get("password")) {
        let domain = fields
            .get("user_domain_name")
            .or(fields.get("domain_name"))
            .unwrap_or("Default");
        serde_json::json!({
            "methods": ["password"],
            "password": { "user": { "name": user, "domain": { "name": domain }, "password": password } },
        })
    } else {
        return Err(ImageError::invalid(
            "nova credential",
            "only password and application credentials can request a Keystone token; \
             for OIDC, request a token yourself and set OS_TOKEN",
        ));
    };
    let mut auth = serde_json::json!({ "identity": identity });
    if let Some(scope) = project_scope(record) {
        auth["scope"] = scope;
    }
    let body = serde_json::json!({ "auth": auth });
    Ok(SecretString::from(body.to_string()))
}

/// Builds the project scope of a password credential. Returns `None` for an
/// application credential, because it carries its own scope.
fn project_scope(record: &Record) -> Option<serde_json::Value> {
    let fields = &record.fields;
    if fields.contains("application_credential_id") {
        return None;
    }
    if let Some(id) = fields.get("project_id") {
        return Some(serde_json::json!({ "project": { "id": id } }));
    }
    let name = fields.get("project_name")?;
    let domain = fields.get("project_domain_name").unwrap_or("Default");
    Some(serde_json::json!({ "project": { "name": name, "domain": { "name": domain } } }))
}

/// Finds the `image` service's endpoint for `interface` (and `region`, when
/// given) in a token response.
fn image_endpoint(
    body: &serde_json::Value,
    interface: &str,
    region: Option<&str>,
) -> Option<String> {
    let catalog = body.get("token")?.get("catalog")?.as_array()?;
    let service = catalog
        .iter()
        .find(|s| s.get("type").and_then(|t| t.as_str()) == Some("image"))?;
    let endpoints = service.get("endpoints")?.as_array()?;
    endpoints
        .iter()
        .filter(|e| e.get("interface").and_then(|i| i.as_str()) == Some(interface))
        .find(|e| {
            region.is_none_or(|region| {
                ["region_id", "region"]
                    .iter()
                    .any(|key| e.get(*key).and_then(|r| r.as_str()) == Some(region))
            })
        })
        .and_then(|e| e.get("url")?.as_str())
        .map(str::to_string)
}

/// A client of one Glance endpoint with a token.
pub struct Glance<'a> {
    client: &'a Client,
    endpoint: String,
    token: &'a SecretString,
}

impl<'a> Glance<'a> {
    /// Uses `endpoint` (with or without a trailing `/v2`) and `token`.
    pub fn new(client: &'a Client, endpoint: &str, token: &'a SecretString) -> Self {
        let endpoint = endpoint.trim_end_matches('/');
        let endpoint = endpoint.strip_suffix("/v2").unwrap_or(endpoint);
        Glance {
            client,
            endpoint: endpoint.to_string(),
            token,
        }
    }

    /// Reads the image record: `GET /v2/images/{id}`.
    pub fn image(&self, id: &str) -> Result<GlanceImage, ImageError> {
        let url = self.url(id, "")?;
        let response = self.get(&url, id)?;
        response.json().map_err(|e| ImageError::Http {
            service: "Glance",
            url,
            message: format!("the image record is not valid JSON: {e}"),
        })
    }

    /// Opens the image data for reading: `GET /v2/images/{id}/file`.
    pub fn download(&self, id: &str) -> Result<Response, ImageError> {
        let url = self.url(id, "/file")?;
        let response = self.get(&url, id)?;
        if response.status() == StatusCode::NO_CONTENT {
            return Err(ImageError::GlanceNoHash(format!(
                "Glance image \"{id}\" has no data to download (204 No Content)"
            )));
        }
        Ok(response)
    }

    fn url(&self, id: &str, suffix: &str) -> Result<String, ImageError> {
        // The ID becomes a path segment; anything but a UUID-like word could
        // point the request at another resource.
        if id.is_empty() || !id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
            return Err(ImageError::invalid(
                format!("image ID \"{}\"", id.escape_debug()),
                "use the image's ID (letters, digits and '-'), as `openstack image list` shows it",
            ));
        }
        Ok(format!("{}/v2/images/{id}{suffix}", self.endpoint))
    }

    fn get(&self, url: &str, id: &str) -> Result<Response, ImageError> {
        let response = self
            .client
            .get(url)
            .header(TOKEN_HEADER, self.token.expose_secret())
            .send()
            .map_err(|e| http_error("Glance", url, e))?;
        match response.status() {
            status if status.is_success() => Ok(response),
            StatusCode::NOT_FOUND => Err(ImageError::GlanceImageNotFound(id.to_string())),
            status => Err(ImageError::Http {
                service: "Glance",
                url: url.to_string(),
                message: format!("{status}{}", status_advice(status)),
            }),
        }
    }
}

fn status_advice(status: StatusCode) -> &'static str {
    match status {
        StatusCode::UNAUTHORIZED => " (the token or credential was rejected)",
        StatusCode::FORBIDDEN => " (the project may not read this image)",
        _ => "",
    }
}

fn http_error(service: &'static str, url: &str, error: reqwest::Error) -> ImageError {
    // reqwest's message repeats the URL, which the error names already, and
    // keeps the cause (such as "connection refused") in its source chain.
    let error = error.without_url();
    let mut message = error.to_string();
    let mut source = std::error::Error::source(&error);
    while let Some(cause) = source {
        message.push_str(&format!(": {cause}"));
        source = cause.source();
    }
    ImageError::Http {
        service,
        url: url.to_string(),
        message,
    }
}

/// Returns the algorithm and digest that Glance stores for `image`.
///
/// Without `os_hash_value` this fails with [`ImageError::GlanceNoHash`],
/// unless `allow_md5` is set and the legacy `checksum` is present.
pub fn glance_digest(
    image: &GlanceImage,
    allow_md5: bool,
) -> Result<(Algorithm, String), ImageError> {
    let id = &image.id;
    if let Some(value) = image.os_hash_value.as_deref().filter(|v| !v.is_empty()) {
        let name = image.os_hash_algo.as_deref().unwrap_or("");
        let algorithm = Algorithm::parse(name)
            .filter(|a| *a != Algorithm::Md5)
            .ok_or_else(|| {
                ImageError::invalid(
                    format!("Glance image \"{id}\""),
                    format!("os_hash_algo \"{}\" is not one micadoctl computes (sha256, sha384, sha512, blake3)", name.escape_debug()),
                )
            })?;
        let hex = algorithm.normalise_hex(value).map_err(|m| {
            ImageError::invalid(format!("os_hash_value of Glance image \"{id}\""), m)
        })?;
        return Ok((algorithm, hex));
    }
    let status = image.status.as_deref().unwrap_or("unknown");
    match image.checksum.as_deref().filter(|c| !c.is_empty()) {
        Some(checksum) if allow_md5 => {
            let hex = Algorithm::Md5.normalise_hex(checksum).map_err(|m| {
                ImageError::invalid(format!("checksum of Glance image \"{id}\""), m)
            })?;
            Ok((Algorithm::Md5, hex))
        }
        Some(_) => Err(ImageError::GlanceNoHash(format!(
            "Glance image \"{id}\" has no os_hash_value, only the legacy MD5 checksum, which is not \
             used unless --allow-md5 is given"
        ))),
        None => Err(ImageError::GlanceNoHash(format!(
            "Glance image \"{id}\" has no os_hash_value and no checksum (status {status}); \
             Glance computes them when image data is uploaded"
        ))),
    }
}
