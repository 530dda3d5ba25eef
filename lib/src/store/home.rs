//! Location of a store: the state home, its files and its configuration.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::StoreError;

/// File name of the database inside the state home.
pub const DATABASE_FILE: &str = "micadoctl.db";
/// File name of the configuration inside the state home.
pub const CONFIG_FILE: &str = "config.toml";
/// File name of the identity that `init` writes when no other path is given.
pub const DEFAULT_IDENTITY_FILE: &str = "identity.txt";
const LOCK_FILE: &str = ".lock";

/// The state home of one store.
#[derive(Debug, Clone)]
pub struct Home {
    dir: PathBuf,
}

impl Home {
    /// Resolves the state home: `flag` (from `--home`), else `MICADOCTL_HOME`,
    /// else `/var/lib/micadoctl` for root and `$XDG_DATA_HOME/micadoctl`
    /// (by default `~/.local/share/micadoctl`) for other users.
    pub fn resolve(flag: Option<&Path>) -> Result<Self, StoreError> {
        if let Some(dir) = flag {
            return Ok(Self::at(dir));
        }
        if let Some(dir) = std::env::var_os("MICADOCTL_HOME").filter(|v| !v.is_empty()) {
            return Ok(Self::at(Path::new(&dir)));
        }
        if nix::unistd::geteuid().is_root() {
            return Ok(Self::at(Path::new("/var/lib/micadoctl")));
        }
        let data_home = std::env::var_os("XDG_DATA_HOME")
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
            .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".local/share")))
            .ok_or(StoreError::NoHome)?;
        Ok(Self::at(&data_home.join("micadoctl")))
    }

    /// Uses `dir` as the state home.
    pub fn at(dir: &Path) -> Self {
        let dir = std::path::absolute(dir).unwrap_or_else(|_| dir.to_path_buf());
        Self { dir }
    }

    /// Returns the state home directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Path of the database file.
    pub fn database(&self) -> PathBuf {
        self.dir.join(DATABASE_FILE)
    }

    /// Path of the configuration file.
    pub fn config_file(&self) -> PathBuf {
        self.dir.join(CONFIG_FILE)
    }

    /// Path of the identity file that `init` writes by default.
    pub fn default_identity(&self) -> PathBuf {
        self.dir.join(DEFAULT_IDENTITY_FILE)
    }

    pub(crate) fn lock_file(&self) -> PathBuf {
        self.dir.join(LOCK_FILE)
    }

    /// Reads `config.toml`; a missing file gives the defaults.
    pub fn load_config(&self) -> Result<Config, StoreError> {
        let path = self.config_file();
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Ok(Config {
                    file: Some(path),
                    ..Config::default()
                });
            }
            Err(source) => return Err(StoreError::Io { path, source }),
        };
        let mut config: Config = toml::from_str(&text).map_err(|e| StoreError::InvalidConfig {
            path: path.clone(),
            message: config_error_message(&text, &e),
        })?;
        config.file = Some(path);
        Ok(config)
    }
}

/// The contents of `config.toml`.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Store settings.
    #[serde(default)]
    pub store: StoreConfig,
    /// Named profiles; `--profile NAME` selects one, whose settings replace the
    /// top-level ones.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub profiles: std::collections::BTreeMap<String, StoreConfig>,
    /// Settings of web access accounts (`[users]`).
    #[serde(default, skip_serializing_if = "crate::users::UsersConfig::is_unset")]
    pub users: crate::users::UsersConfig,
    /// The file this configuration was read from, named in errors.
    #[serde(skip)]
    pub(crate) file: Option<PathBuf>,
}

/// Settings of the store, at top level or inside a profile.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StoreConfig {
    /// Identity file tried when no `--identity` is given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identity_file: Option<PathBuf>,
    /// Backend for cloud credentials: `local` (the default) or `vault`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credentials_backend: Option<String>,
    /// Vault or OpenBao settings (`[store.vault]` or `[profiles.NAME.vault]`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vault: Option<VaultConfig>,
}

/// Vault or OpenBao settings. The environment variables of the vault CLI
/// (`VAULT_ADDR`, `VAULT_NAMESPACE`, `VAULT_CACERT`) take precedence.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VaultConfig {
    /// Server address, such as `https://vault.example:8200`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// Namespace.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
    /// PEM file of CA certificates trusted besides the system roots.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ca_cert: Option<PathBuf>,
    /// KV mount, default `secret`; may start with a namespace (`team-a/secret`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mount: Option<String>,
    /// Folder under the mount, default `micado/credentials`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prefix: Option<String>,
    /// `kv2` (the default) or `spm` (KV version 1, `secret/<name>`, field `secret_value`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub layout: Option<String>,
    /// Allow plain http to hosts that are not loopback addresses.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub insecure_http: Option<bool>,
}

impl VaultConfig {
    /// Fills each setting that `self` leaves unset from `base`.
    fn or(self, base: Option<&VaultConfig>) -> VaultConfig {
        let Some(base) = base else {
            return self;
        };
        VaultConfig {
            address: self.address.or_else(|| base.address.clone()),
            namespace: self.namespace.or_else(|| base.namespace.clone()),
            ca_cert: self.ca_cert.or_else(|| base.ca_cert.clone()),
            mount: self.mount.or_else(|| base.mount.clone()),
            prefix: self.prefix.or_else(|| base.prefix.clone()),
            layout: self.layout.or_else(|| base.layout.clone()),
            insecure_http: self.insecure_http.or(base.insecure_http),
        }
    }
}

impl Config {
    /// Returns the settings in effect for `profile` (the top level when `None`).
    pub fn effective(&self, profile: Option<&str>) -> Result<StoreConfig, StoreError> {
        let Some(name) = profile else {
            return Ok(self.store.clone());
        };
        let overrides = self
            .profiles
            .get(name)
            .ok_or_else(|| StoreError::UnknownProfile {
                name: name.to_string(),
                path: self.file.clone().unwrap_or_else(|| CONFIG_FILE.into()),
                defined: self.profiles.keys().cloned().collect(),
            })?;
        Ok(StoreConfig {
            identity_file: overrides
                .identity_file
                .clone()
                .or_else(|| self.store.identity_file.clone()),
            credentials_backend: overrides
                .credentials_backend
                .clone()
                .or_else(|| self.store.credentials_backend.clone()),
            vault: match &overrides.vault {
                Some(vault) => Some(vault.clone().or(self.store.vault.as_ref())),
                None => self.store.vault.clone(),
            },
        })
    }
}

/// Formats a TOML error as its message with the line and column, without the
/// excerpt of the file that the parser's own rendering includes.
fn config_error_message(text: &str, error: &toml::de::Error) -> String {
    let Some(span) = error.span() else {
        return error.message().to_string();
    };
    let before = &text[..span.start.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.len() - before.rfind('\n').map_or(0, |i| i + 1) + 1;
    format!(
        "{} at line {line}, column {column}",
        error.message().trim_end()
    )
}
