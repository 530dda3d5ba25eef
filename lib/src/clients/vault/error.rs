use std::path::PathBuf;

use crate::error::{Classify, ErrorClass};

/// Errors of the Vault and OpenBao client.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum VaultError {
    /// No address is configured.
    #[error("no Vault address: set VAULT_ADDR or vault.address in config.toml")]
    NoAddress,
    /// The address is not a valid `http://` or `https://` URL.
    #[error("invalid Vault address \"{address}\": {reason}")]
    InvalidAddress {
        /// The address as given.
        address: String,
        /// The problem with it.
        reason: String,
    },
    /// Plain HTTP to a host that is not a loopback address.
    #[error(
        "Vault address \"{0}\" uses plain http to a host that is not a loopback address, which would send the token unencrypted"
    )]
    PlainHttp(String),
    /// The CA file could not be read or contains no certificate.
    #[error("CA file {}: {reason}", path.display())]
    CaFile {
        /// The file from VAULT_CACERT or vault.ca_cert.
        path: PathBuf,
        /// The cause.
        reason: String,
    },
    /// The namespace setting and the namespace written in the mount path differ.
    #[error(
        "the Vault namespace \"{setting}\" (VAULT_NAMESPACE or vault.namespace) and the namespace \"{in_path}\" in the mount path \"{mount}\" disagree"
    )]
    NamespaceConflict {
        /// The namespace setting.
        setting: String,
        /// The namespace part of the mount path.
        in_path: String,
        /// The mount path as configured.
        mount: String,
    },
    /// No token from VAULT_TOKEN or `micadoctl login vault`.
    #[error(
        "no Vault token for {0}: VAULT_TOKEN is not set and no token is cached by `micadoctl login vault`"
    )]
    NoToken(String),
    /// The token was rejected: expired, revoked or never valid.
    #[error(
        "the Vault token was rejected by {address}: it is expired, revoked or invalid (vault: {message})"
    )]
    TokenRejected {
        /// The server.
        address: String,
        /// The service's own message.
        message: String,
    },
    /// A login with a user name and password was refused.
    #[error(
        "userpass login as \"{username}\" at {mount} was rejected by {address} (vault: {message})"
    )]
    LoginRejected {
        /// The server.
        address: String,
        /// The auth method's path, such as `auth/userpass`.
        mount: String,
        /// The user name given.
        username: String,
        /// The service's own message.
        message: String,
    },
    /// A mount, namespace or folder setting that would leave its place in
    /// the API path.
    #[error("invalid Vault {setting} \"{value}\": {reason}")]
    InvalidPathSetting {
        /// Name of the setting: mount, namespace or path prefix.
        setting: String,
        /// The value given, with control characters escaped.
        value: String,
        /// The problem with it.
        reason: String,
    },
    /// A user name that cannot be one segment of an API path.
    #[error("invalid Vault user name \"{username}\": {reason}")]
    InvalidUsername {
        /// The user name given, with control characters escaped.
        username: String,
        /// The problem with it.
        reason: String,
    },
    /// The token lacks a capability on a path.
    #[error(
        "permission denied: {method} {path} needs the \"{capability}\" capability on that path, which the token's policies do not grant (vault: {message})"
    )]
    PermissionDenied {
        /// HTTP method used.
        method: String,
        /// API path used, without `/v1/`.
        path: String,
        /// The capability that the call needs.
        capability: String,
        /// The service's own message.
        message: String,
    },
    /// The secrets engine is not mounted.
    #[error("no secrets engine is mounted at \"{mount}\" (vault: {message})")]
    MountNotFound {
        /// The mount path.
        mount: String,
        /// KV version the mount must have.
        kv_version: u8,
        /// The service's own message.
        message: String,
    },
    /// A check-and-set write lost against another writer.
    #[error(
        "conflict: {path} changed while this command ran (it expected version {expected}); nothing was written"
    )]
    CasConflict {
        /// The data path.
        path: String,
        /// The version the write was based on.
        expected: i64,
    },
    /// The server could not be reached.
    #[error("cannot reach Vault at {address}: {reason}")]
    Transport {
        /// The server.
        address: String,
        /// The cause, with its source chain.
        reason: String,
    },
    /// Any other error status, with the service's messages.
    #[error("{method} {path} failed with HTTP {status} (vault: {message})")]
    Service {
        /// HTTP method used.
        method: String,
        /// API path used.
        path: String,
        /// HTTP status.
        status: u16,
        /// The service's `errors`, joined.
        message: String,
    },
    /// The response could not be understood.
    #[error("unexpected response to {method} {path}: {reason}")]
    InvalidResponse {
        /// HTTP method used.
        method: String,
        /// API path used.
        path: String,
        /// The problem.
        reason: String,
    },
    /// The kernel keyring that caches the token cannot be used.
    #[error("{0}")]
    Keyring(String),
    /// The mount is not a KV engine of the version the layout needs.
    #[error(
        "the mount \"{mount}\" is {found}, but the {layout} layout needs KV version {expected}"
    )]
    WrongMountKind {
        /// The mount path.
        mount: String,
        /// Engine that the server reports, such as `KV version 1` or `a pki engine`.
        found: String,
        /// The layout in use.
        layout: String,
        /// The KV version the layout needs.
        expected: u8,
    },
    /// The configured layout cannot do this.
    #[error("{0}")]
    Unsupported(String),
    /// micadoctl received a stop request while a rotation's verification
    /// command ran. Nothing was written.
    #[error(
        "rotation of credential \"{name}\" was interrupted by signal {signal} during verification; nothing was written to Vault"
    )]
    RotationInterrupted {
        /// Credential name.
        name: String,
        /// The signal micadoctl received.
        signal: i32,
    },
}

impl Classify for VaultError {
    fn class(&self) -> ErrorClass {
        match self {
            VaultError::NoAddress => ErrorClass::Usage,
            VaultError::InvalidAddress { .. }
            | VaultError::PlainHttp(_)
            | VaultError::CaFile { .. }
            | VaultError::NamespaceConflict { .. }
            | VaultError::InvalidUsername { .. }
            | VaultError::InvalidPathSetting { .. }
            | VaultError::WrongMountKind { .. } => ErrorClass::InputRejected,
            VaultError::NoToken(_)
            | VaultError::TokenRejected { .. }
            | VaultError::LoginRejected { .. }
            | VaultError::PermissionDenied { .. }
            | VaultError::Keyring(_) => ErrorClass::Locked,
            VaultError::MountNotFound { .. } => ErrorClass::NotFound,
            VaultError::CasConflict { .. } | VaultError::RotationInterrupted { .. } => {
                ErrorClass::Interrupted
            }
            VaultError::Unsupported(_) => ErrorClass::Usage,
            VaultError::Transport { .. }
            | VaultError::Service { .. }
            | VaultError::InvalidResponse { .. } => ErrorClass::Failure,
        }
    }

    fn hint(&self) -> Option<String> {
        match self {
            VaultError::InvalidAddress { .. } => Some(
                "set VAULT_ADDR or vault.address in config.toml to an address such as https://vault.example:8200"
                    .into(),
            ),
            VaultError::PlainHttp(_) => {
                Some("use https, or add --insecure-http if the network path is trusted".into())
            }
            VaultError::NamespaceConflict { .. } => Some(
                "give the namespace once: either as the setting or as the start of the mount path"
                    .into(),
            ),
            VaultError::NoToken(_) => {
                Some("run `micadoctl login vault`, or set VAULT_TOKEN in the environment".into())
            }
            VaultError::TokenRejected { .. } => {
                Some("replace VAULT_TOKEN when it is set (it comes before the cached token), else log in again with `micadoctl login vault`".into())
            }
            VaultError::LoginRejected { .. } => Some(
                "check the user name and password, and --auth-mount when userpass is mounted elsewhere"
                    .into(),
            ),
            VaultError::PermissionDenied {
                path, capability, ..
            } => Some(format!(
                "a policy with this stanza allows the call:\n\npath \"{path}\" {{\n  capabilities = [\"{capability}\"]\n}}"
            )),
            VaultError::MountNotFound {
                mount, kv_version, ..
            } => Some(format!(
                "enable it with `bao secrets enable -path={mount} -version={kv_version} kv` (or `vault secrets enable ...`), or set vault.mount in config.toml"
            )),
            VaultError::CasConflict { .. } => {
                Some("another writer changed the credential; read it again and rerun".into())
            }
            VaultError::WrongMountKind { expected: 1, .. } => {
                Some("give --mount with a KV version 1 mount, or use --layout kv2".into())
            }
            VaultError::WrongMountKind { .. } => Some(
                "give --mount with a KV version 2 mount, or --layout spm for a KV version 1 mount"
                    .into(),
            ),
            VaultError::Keyring(_) => Some(
                "set VAULT_TOKEN in the environment instead of using `micadoctl login vault`"
                    .into(),
            ),
            _ => None,
        }
    }
}
