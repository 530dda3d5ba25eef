//! Reading a kubeconfig file: the cluster, user and context to use.
//!
//! The file format is the one `kubectl` reads (`apiVersion: v1`,
//! `kind: Config`). Relative file paths inside it are relative to the
//! directory of the kubeconfig, as `kubectl` resolves them.

use std::path::{Path, PathBuf};

use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use serde::Deserialize;
use zeroize::Zeroizing;

use super::kubernetes::KubeError;

#[derive(Deserialize)]
struct KubeConfigFile {
    #[serde(default)]
    clusters: Vec<Named<ClusterEntry>>,
    #[serde(default)]
    users: Vec<Named<UserEntry>>,
    #[serde(default)]
    contexts: Vec<Named<ContextEntry>>,
    #[serde(rename = "current-context", default)]
    current_context: Option<String>,
}

#[derive(Deserialize)]
struct Named<T> {
    name: String,
    #[serde(alias = "cluster", alias = "user", alias = "context")]
    value: T,
}

#[derive(Deserialize)]
struct ClusterEntry {
    server: String,
    #[serde(rename = "certificate-authority-data")]
    ca_data: Option<String>,
    #[serde(rename = "certificate-authority")]
    ca_file: Option<PathBuf>,
    #[serde(rename = "insecure-skip-tls-verify", default)]
    insecure_skip_tls_verify: bool,
    #[serde(rename = "tls-server-name")]
    tls_server_name: Option<String>,
}

#[derive(Deserialize, Default)]
struct UserEntry {
    #[serde(rename = "client-certificate-data")]
    certificate_data: Option<String>,
    #[serde(rename = "client-certificate")]
    certificate_file: Option<PathBuf>,
    #[serde(rename = "client-key-data")]
    key_data: Option<String>,
    #[serde(rename = "client-key")]
    key_file: Option<PathBuf>,
    token: Option<String>,
    #[serde(rename = "tokenFile")]
    token_file: Option<PathBuf>,
    exec: Option<yaml_serde::Value>,
    #[serde(rename = "auth-provider")]
    auth_provider: Option<yaml_serde::Value>,
}

#[derive(Deserialize)]
struct ContextEntry {
    cluster: String,
    user: String,
    namespace: Option<String>,
}

/// Server address, trust and credentials that the client takes from a kubeconfig.
pub struct ClusterAccess {
    /// Name of the context used.
    pub context: String,
    /// API server URL.
    pub server: String,
    /// PEM of the certificate authorities that sign the server certificate.
    pub ca_pem: Option<Vec<u8>>,
    /// Whether to skip the server certificate check, as the kubeconfig's
    /// `insecure-skip-tls-verify` requests.
    pub insecure_skip_tls_verify: bool,
    /// Name to check the server certificate against instead of the URL's host.
    pub tls_server_name: Option<String>,
    /// PEM of the client certificate and its key.
    pub client_identity: Option<(Vec<u8>, Zeroizing<Vec<u8>>)>,
    /// Bearer token.
    pub token: Option<Zeroizing<String>>,
    /// Namespace of the context, when it sets one.
    pub namespace: Option<String>,
}

/// Returns the kubeconfig path: `explicit`, else the first entry of
/// `KUBECONFIG`, else `~/.kube/config`.
///
/// NOTE: kubectl merges every file listed in `KUBECONFIG`; this reads only
/// the first, and it supports no `exec` or `auth-provider` credential plugins.
pub fn default_path(explicit: Option<&Path>) -> Option<PathBuf> {
    if let Some(path) = explicit {
        return Some(path.to_path_buf());
    }
    if let Some(list) = std::env::var_os("KUBECONFIG").filter(|v| !v.is_empty()) {
        return std::env::split_paths(&list).next();
    }
    std::env::var_os("HOME").map(|home| Path::new(&home).join(".kube/config"))
}

/// Reads `path` and resolves `context` (its current-context when `None`).
pub fn load(path: &Path, context: Option<&str>) -> Result<ClusterAccess, KubeError> {
    let config_error = |message: String| KubeError::Config {
        path: path.to_path_buf(),
        message,
    };
    let text = Zeroizing::new(
        std::fs::read_to_string(path).map_err(|e| config_error(format!("cannot read it: {e}")))?,
    );
    let file: KubeConfigFile = yaml_serde::from_str(&text).map_err(|e| {
        let location = e
            .location()
            .map(|l| format!(" at line {} column {}", l.line(), l.column()))
            .unwrap_or_default();
        config_error(format!(
            "not a valid kubeconfig{location}: {}",
            strip_values(&e.to_string())
        ))
    })?;

    let context_name = context
        .map(str::to_string)
        .or(file.current_context.clone())
        .filter(|c| !c.is_empty())
        .ok_or_else(|| config_error("it has no current-context; give --context NAME".into()))?;
    let context = find(&file.contexts, &context_name, "context").map_err(config_error)?;
    let cluster = find(&file.clusters, &context.cluster, "cluster").map_err(config_error)?;
    let user = find(&file.users, &context.user, "user").map_err(config_error)?;
    let base = path.parent().unwrap_or(Path::new("."));

    let ca_pem = read_pem(
        cluster.ca_data.as_deref(),
        cluster.ca_file.as_deref(),
        base,
        "certificate-authority",
    )
    .map_err(config_error)?;
    let certificate = read_pem(
        user.certificate_data.as_deref(),
        user.certificate_file.as_deref(),
        base,
        "client-certificate",
    )
    .map_err(config_error)?;
    let key = read_pem(
        user.key_data.as_deref(),
        user.key_file.as_deref(),
        base,
        "client-key",
    )
    .map_err(config_error)?
    .map(Zeroizing::new);
    let client_identity = match (certificate, key) {
        (Some(certificate), Some(key)) => Some((certificate, key)),
        (None, None) => None,
        _ => {
            return Err(config_error(format!(
                "user \"{}\" has a client certificate without a key, or a key without a certificate",
                context.user
            )));
        }
    };
    let token = match (&user.token, &user.token_file) {
        (Some(token), _) => Some(Zeroizing::new(token.clone())),
        (None, Some(file)) => {
            let file = base.join(file);
            let text = std::fs::read_to_string(&file).map_err(|e| {
                config_error(format!("cannot read tokenFile {}: {e}", file.display()))
            })?;
            Some(Zeroizing::new(text.trim().to_string()))
        }
        (None, None) => None,
    };
    if token.is_none() && client_identity.is_none() {
        check_no_plugin(user, &context.user).map_err(config_error)?;
    }
    let server = check_server(&cluster.server).map_err(config_error)?;
    Ok(ClusterAccess {
        context: context_name,
        server,
        ca_pem,
        insecure_skip_tls_verify: cluster.insecure_skip_tls_verify,
        tls_server_name: cluster.tls_server_name.clone(),
        client_identity,
        token,
        namespace: context.namespace.clone(),
    })
}

/// Removes quoted text from a parser message, which may be part of a key or
/// token. The name after `missing field` is kept, because it comes from this
/// program's own list of fields, and so is the text after a quote, such as
/// `expected a boolean`. A trailing location is dropped, as the caller adds it.
fn strip_values(message: &str) -> String {
    let is_location = |tail: &str| {
        tail.split_once(" column ").is_some_and(|(line, column)| {
            [line, column]
                .iter()
                .all(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        })
    };
    let message = match message.rfind(" at line ") {
        Some(at) if is_location(&message[at + " at line ".len()..]) => &message[..at],
        _ => message,
    };
    let mut kept = String::with_capacity(message.len());
    let mut rest = message;
    while let Some(open) = rest.find(['`', '"', '\'']) {
        let quote = rest[open..].chars().next().expect("found a quote");
        let Some(length) = rest[open + 1..].find(quote) else {
            kept.push_str(rest[..open].trim_end_matches([' ', ':']));
            return kept;
        };
        let close = open + 1 + length;
        if quote == '`' && rest[..open].ends_with("missing field ") {
            kept.push_str(&rest[..=close]);
        } else {
            kept.push_str(rest[..open].trim_end_matches(' '));
        }
        rest = &rest[close + 1..];
    }
    kept.push_str(rest);
    kept
}

/// Rejects a user whose only credentials come from a plugin, because this
/// client does not run plugins and the API server would return a bare 401.
fn check_no_plugin(user: &UserEntry, name: &str) -> Result<(), String> {
    let plugin = if user.exec.is_some() {
        "an exec credential plugin"
    } else if user.auth_provider.is_some() {
        "an auth-provider plugin"
    } else {
        return Ok(());
    };
    Err(format!(
        "user \"{name}\" gets its credentials from {plugin}, which micadoctl does not run; use a context whose user has a token, tokenFile or client certificate"
    ))
}

/// Returns the server URL without a trailing `/`, when it is an `https://`
/// URL with a host. Secrets are never sent over plain HTTP.
fn check_server(server: &str) -> Result<String, String> {
    let url = reqwest::Url::parse(server)
        .map_err(|e| format!("server \"{server}\" is not a URL ({e}); write https://HOST:PORT"))?;
    if url.scheme() != "https" || url.host_str().is_none() {
        return Err(format!(
            "server \"{server}\" is not an https:// URL with a host; micadoctl sends Secrets only over https"
        ));
    }
    Ok(server.trim_end_matches('/').to_string())
}

fn find<'a, T>(entries: &'a [Named<T>], name: &str, kind: &str) -> Result<&'a T, String> {
    entries
        .iter()
        .find(|entry| entry.name == name)
        .map(|entry| &entry.value)
        .ok_or_else(|| {
            let known: Vec<&str> = entries.iter().map(|e| e.name.as_str()).collect();
            format!(
                "{kind} \"{name}\" is not defined (defined: {})",
                known.join(", ")
            )
        })
}

fn read_pem(
    data: Option<&str>,
    file: Option<&Path>,
    base: &Path,
    field: &str,
) -> Result<Option<Vec<u8>>, String> {
    if let Some(data) = data {
        let joined: String = data.split_whitespace().collect();
        return BASE64
            .decode(joined)
            .map(Some)
            .map_err(|_| format!("{field}-data is not base64"));
    }
    match file {
        Some(file) => {
            let file = base.join(file);
            std::fs::read(&file)
                .map(Some)
                .map_err(|e| format!("cannot read {field} {}: {e}", file.display()))
        }
        None => Ok(None),
    }
}
