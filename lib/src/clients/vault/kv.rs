//! The key/value secrets engine, versions 1 and 2.
//!
//! Version 2 keeps versions of each secret. `MOUNT/data/PATH` contains the
//! values and `MOUNT/metadata/PATH` the version list and custom metadata.
//! Writes carry `options.cas`, the version they were based on, so that a
//! concurrent write fails instead of being overwritten. Version 1 keeps one value per
//! path and no versions.

use std::collections::BTreeMap;

use reqwest::Method;
use serde_json::{Map, Value, json};

use super::{Call, Reply, VaultClient, VaultError, list_method};

/// Values of one secret version as the server returned them.
pub type KvData = Map<String, Value>;

/// A KV version 2 secret version that was read.
#[derive(Debug)]
pub struct KvSecret {
    /// The values. They are secret: never print or log them.
    pub data: KvData,
    /// The version number.
    pub version: i64,
    /// Custom metadata of the secret (shared by all versions).
    pub custom_metadata: BTreeMap<String, String>,
}

/// Result of reading one version.
#[derive(Debug)]
pub enum KvRead {
    /// The version exists.
    Found(KvSecret),
    /// Nothing was ever written at the path.
    Missing,
    /// The version was soft-deleted at the given time (`undelete` restores it).
    Deleted {
        /// The version.
        version: i64,
        /// Deletion time.
        deleted: String,
    },
    /// The version was destroyed, so its values are gone.
    Destroyed {
        /// The version.
        version: i64,
    },
}

/// Metadata of one version.
#[derive(Debug, Clone)]
pub struct VersionMetadata {
    /// When it was written.
    pub created: String,
    /// When it was soft-deleted, if it was.
    pub deleted: Option<String>,
    /// Whether its values were destroyed.
    pub destroyed: bool,
}

/// Metadata of a KV version 2 secret.
#[derive(Debug, Clone)]
pub struct KvMetadata {
    /// The newest version (possibly deleted).
    pub current_version: i64,
    /// Last change.
    pub updated: String,
    /// Versions still listed by the server.
    pub versions: BTreeMap<i64, VersionMetadata>,
    /// Custom metadata.
    pub custom_metadata: BTreeMap<String, String>,
}

/// A KV mount: its path and engine version.
#[derive(Debug, Clone)]
pub struct KvMount {
    /// Mount path without slashes, such as `secret`.
    pub path: String,
    /// 1 or 2.
    pub version: u8,
}

impl MountKind {
    /// Interprets the `data` object of `sys/internal/ui/mounts/MOUNT`.
    pub fn from_data(data: &Value) -> MountKind {
        let kind = data.get("type").and_then(Value::as_str).unwrap_or_default();
        if kind != "kv" {
            return MountKind::Other(kind.to_string());
        }
        // A KV mount created without options is version 1.
        let version = data
            .pointer("/options/version")
            .and_then(Value::as_str)
            .unwrap_or("1");
        MountKind::Kv(if version == "2" { 2 } else { 1 })
    }
}

impl KvMetadata {
    /// Interprets the `data` object of a metadata reply.
    pub fn from_data(data: &Value) -> KvMetadata {
        parse_metadata(data)
    }
}

impl KvRead {
    /// Interprets the `data.metadata` object of a 404 reply to a version read:
    /// a deleted or destroyed version, or nothing at all.
    pub fn from_not_found(metadata: Option<&Value>) -> KvRead {
        read_gone(metadata)
    }
}

impl KvMount {
    /// API path of the values of `path` (version 2: `MOUNT/data/PATH`).
    pub fn data_path(&self, path: &str) -> String {
        match self.version {
            1 => format!("{}/{path}", self.path),
            _ => format!("{}/data/{path}", self.path),
        }
    }

    /// API path of the metadata of `path` (version 2 only).
    pub fn metadata_path(&self, path: &str) -> String {
        format!("{}/metadata/{path}", self.path)
    }

    /// API path that LIST uses for the keys under `folder`, with the
    /// trailing slash that policies must match.
    pub fn list_path(&self, folder: &str) -> String {
        let folder = folder.trim_end_matches('/');
        match (self.version, folder.is_empty()) {
            (1, true) => format!("{}/", self.path),
            (1, false) => format!("{}/{folder}/", self.path),
            (_, true) => format!("{}/metadata/", self.path),
            (_, false) => format!("{}/metadata/{folder}/", self.path),
        }
    }

    fn missing(&self, reply: &Reply) -> VaultError {
        VaultError::MountNotFound {
            mount: self.path.clone(),
            kv_version: self.version,
            message: reply.errors(),
        }
    }
}

/// Engine that the server reports for a mount.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MountKind {
    /// A KV engine of this version.
    Kv(u8),
    /// Another secrets engine, such as `pki`.
    Other(String),
}

impl VaultClient {
    /// Queries the engine mounted at `mount` through
    /// `sys/internal/ui/mounts/MOUNT`, which any token with a policy on some
    /// path of the mount may call. Returns `None` when the server does not
    /// report it, such as for a token without any policy on the mount.
    pub fn mount_kind(&self, mount: &str) -> Result<Option<MountKind>, VaultError> {
        let path = format!("sys/internal/ui/mounts/{}", mount.trim_matches('/'));
        let reply = match self.raw(&Method::GET, &path, None) {
            Ok(reply) => reply,
            Err(VaultError::Transport { .. }) | Err(VaultError::InvalidResponse { .. }) => {
                return Ok(None);
            }
            Err(e) => return Err(e),
        };
        if reply.status != 200 {
            return Ok(None);
        }
        Ok(reply.body.get("data").map(MountKind::from_data))
    }

    /// Reads version `version` (the newest when `None`) of a KV v2 secret.
    pub fn kv2_read(
        &self,
        mount: &KvMount,
        path: &str,
        version: Option<i64>,
    ) -> Result<KvRead, VaultError> {
        let api_path = match version {
            Some(v) => format!("{}?version={v}", mount.data_path(path)),
            None => mount.data_path(path),
        };
        let call = Call {
            method: Method::GET,
            path: &api_path,
            capability: "read",
            body: None,
        };
        let reply = self.send(&call)?;
        if reply.is_missing_route() {
            return Err(mount.missing(&reply));
        }
        let metadata = reply.body.pointer("/data/metadata").cloned();
        if reply.status == 404 {
            return Ok(read_gone(metadata.as_ref()));
        }
        expect_ok(&call, &reply)?;
        let data = reply
            .body
            .pointer("/data/data")
            .and_then(Value::as_object)
            .cloned()
            .ok_or_else(|| invalid(&call, "the reply has no data.data object"))?;
        let metadata = metadata.unwrap_or(Value::Null);
        Ok(KvRead::Found(KvSecret {
            data,
            version: metadata.get("version").and_then(Value::as_i64).unwrap_or(0),
            custom_metadata: string_map(metadata.get("custom_metadata")),
        }))
    }

    /// Writes a new version of a KV v2 secret, based on version `cas` (0 when
    /// the secret must not exist yet). Returns the new version number.
    pub fn kv2_write(
        &self,
        mount: &KvMount,
        path: &str,
        data: &KvData,
        cas: i64,
    ) -> Result<i64, VaultError> {
        let api_path = mount.data_path(path);
        let body = json!({ "options": { "cas": cas }, "data": data });
        let call = Call {
            method: Method::POST,
            path: &api_path,
            capability: if cas == 0 { "create" } else { "update" },
            body: Some(&body),
        };
        let reply = self.send(&call)?;
        if reply.is_missing_route() {
            return Err(mount.missing(&reply));
        }
        if reply.status == 400 && reply.errors().contains("check-and-set") {
            return Err(VaultError::CasConflict {
                path: api_path,
                expected: cas,
            });
        }
        expect_ok(&call, &reply)?;
        reply
            .body
            .pointer("/data/version")
            .and_then(Value::as_i64)
            .ok_or_else(|| invalid(&call, "the reply has no data.version"))
    }

    /// Reads the metadata of a KV v2 secret. Returns `None` when it does not exist.
    pub fn kv2_metadata(
        &self,
        mount: &KvMount,
        path: &str,
    ) -> Result<Option<KvMetadata>, VaultError> {
        let api_path = mount.metadata_path(path);
        let call = Call {
            method: Method::GET,
            path: &api_path,
            capability: "read",
            body: None,
        };
        let reply = self.send(&call)?;
        if reply.is_missing_route() {
            return Err(mount.missing(&reply));
        }
        if reply.status == 404 {
            return Ok(None);
        }
        expect_ok(&call, &reply)?;
        let data = reply
            .body
            .get("data")
            .ok_or_else(|| invalid(&call, "the reply has no data"))?;
        Ok(Some(parse_metadata(data)))
    }

    /// Sets the custom metadata of a KV v2 secret. `exists` is whether its
    /// metadata entry exists already, which decides the capability it needs.
    pub fn kv2_write_custom_metadata(
        &self,
        mount: &KvMount,
        path: &str,
        custom: &BTreeMap<String, String>,
        exists: bool,
    ) -> Result<(), VaultError> {
        let api_path = mount.metadata_path(path);
        let body = json!({ "custom_metadata": custom });
        let capability = if exists { "update" } else { "create" };
        self.expect_success(mount, Method::POST, &api_path, capability, Some(&body))
    }

    /// Lists the keys directly under `folder`. Sub-folder keys end with `/`.
    pub fn kv_list(&self, mount: &KvMount, folder: &str) -> Result<Vec<String>, VaultError> {
        let api_path = mount.list_path(folder);
        let call = Call {
            method: list_method(),
            path: &api_path,
            capability: "list",
            body: None,
        };
        let reply = self.send(&call)?;
        if reply.is_missing_route() {
            return Err(mount.missing(&reply));
        }
        if reply.status == 404 {
            return Ok(Vec::new());
        }
        expect_ok(&call, &reply)?;
        let keys = reply
            .body
            .pointer("/data/keys")
            .and_then(Value::as_array)
            .ok_or_else(|| invalid(&call, "the reply has no data.keys"))?;
        Ok(keys
            .iter()
            .filter_map(Value::as_str)
            .map(String::from)
            .collect())
    }

    /// Soft-deletes the newest version of a KV v2 secret.
    pub fn kv2_delete_latest(&self, mount: &KvMount, path: &str) -> Result<(), VaultError> {
        self.expect_success(
            mount,
            Method::DELETE,
            &mount.data_path(path),
            "delete",
            None,
        )
    }

    /// Destroys the values of `versions` of a KV v2 secret for good.
    pub fn kv2_destroy(
        &self,
        mount: &KvMount,
        path: &str,
        versions: &[i64],
    ) -> Result<(), VaultError> {
        let api_path = format!("{}/destroy/{path}", mount.path);
        let body = json!({ "versions": versions });
        self.expect_success(mount, Method::POST, &api_path, "update", Some(&body))
    }

    /// Reads a KV v1 secret. Returns `None` when it does not exist.
    pub fn kv1_read(&self, mount: &KvMount, path: &str) -> Result<Option<KvData>, VaultError> {
        let api_path = mount.data_path(path);
        let call = Call {
            method: Method::GET,
            path: &api_path,
            capability: "read",
            body: None,
        };
        let reply = self.send(&call)?;
        if reply.is_missing_route() {
            return Err(mount.missing(&reply));
        }
        if reply.status == 404 {
            return Ok(None);
        }
        expect_ok(&call, &reply)?;
        reply
            .body
            .get("data")
            .and_then(Value::as_object)
            .cloned()
            .map(Some)
            .ok_or_else(|| invalid(&call, "the reply has no data object"))
    }

    /// Writes a KV v1 secret, replacing what was there.
    pub fn kv1_write(
        &self,
        mount: &KvMount,
        path: &str,
        data: &KvData,
        exists: bool,
    ) -> Result<(), VaultError> {
        let body = Value::Object(data.clone());
        let capability = if exists { "update" } else { "create" };
        self.expect_success(
            mount,
            Method::POST,
            &mount.data_path(path),
            capability,
            Some(&body),
        )
    }

    /// Deletes a KV v1 secret.
    pub fn kv1_delete(&self, mount: &KvMount, path: &str) -> Result<(), VaultError> {
        self.expect_success(
            mount,
            Method::DELETE,
            &mount.data_path(path),
            "delete",
            None,
        )
    }

    fn expect_success(
        &self,
        mount: &KvMount,
        method: Method,
        path: &str,
        capability: &str,
        body: Option<&Value>,
    ) -> Result<(), VaultError> {
        let call = Call {
            method,
            path,
            capability,
            body,
        };
        let reply = self.send(&call)?;
        if reply.is_missing_route() {
            return Err(mount.missing(&reply));
        }
        expect_ok(&call, &reply)
    }
}

/// Interprets the metadata of a 404 reply to a version read.
fn read_gone(metadata: Option<&Value>) -> KvRead {
    let Some(metadata) = metadata.filter(|m| m.is_object()) else {
        return KvRead::Missing;
    };
    let version = metadata.get("version").and_then(Value::as_i64).unwrap_or(0);
    if metadata.get("destroyed").and_then(Value::as_bool) == Some(true) {
        return KvRead::Destroyed { version };
    }
    match metadata.get("deletion_time").and_then(Value::as_str) {
        Some(time) if !time.is_empty() => KvRead::Deleted {
            version,
            deleted: time.to_string(),
        },
        _ => KvRead::Missing,
    }
}

fn parse_metadata(data: &Value) -> KvMetadata {
    let text = |v: &Value, key: &str| {
        v.get(key)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string()
    };
    let mut versions = BTreeMap::new();
    if let Some(map) = data.get("versions").and_then(Value::as_object) {
        for (number, version) in map {
            let Ok(number) = number.parse::<i64>() else {
                continue;
            };
            let deleted = text(version, "deletion_time");
            versions.insert(
                number,
                VersionMetadata {
                    created: text(version, "created_time"),
                    deleted: (!deleted.is_empty()).then_some(deleted),
                    destroyed: version
                        .get("destroyed")
                        .and_then(Value::as_bool)
                        .unwrap_or(false),
                },
            );
        }
    }
    KvMetadata {
        current_version: data
            .get("current_version")
            .and_then(Value::as_i64)
            .unwrap_or(0),
        updated: text(data, "updated_time"),
        versions,
        custom_metadata: string_map(data.get("custom_metadata")),
    }
}

fn string_map(value: Option<&Value>) -> BTreeMap<String, String> {
    value
        .and_then(Value::as_object)
        .map(|m| {
            m.iter()
                .filter_map(|(k, v)| Some((k.clone(), v.as_str()?.to_string())))
                .collect()
        })
        .unwrap_or_default()
}

fn expect_ok(call: &Call<'_>, reply: &Reply) -> Result<(), VaultError> {
    if (200..300).contains(&reply.status) {
        return Ok(());
    }
    Err(VaultError::Service {
        method: call.method.to_string(),
        path: call.path.to_string(),
        status: reply.status,
        message: reply.errors(),
    })
}

fn invalid(call: &Call<'_>, reason: &str) -> VaultError {
    VaultError::InvalidResponse {
        method: call.method.to_string(),
        path: call.path.to_string(),
        reason: reason.to_string(),
    }
}
