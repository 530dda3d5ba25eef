//! Credentials kept in Vault or OpenBao.
//!
//! In the default layout (`kv2`) each credential is one KV version 2 secret
//! at `MOUNT/data/PREFIX/NAME` whose keys are the credential's fields, so that
//! `bao kv get` and other tools read them as they are. The type is the custom
//! metadata `micadoctl-type` of the secret; a secret without it reads as a
//! `generic` credential. Every write carries the version it was based on
//! (check-and-set), so two writers cannot overwrite each other unnoticed.
//!
//! The `spm` layout reads and writes what MiCADO's Security Policy Manager
//! kept: KV version 1 at `MOUNT/NAME` with the single field `secret_value`,
//! without versions.
//!
//! Each read of values and each change appends a record to the local audit
//! log (user, API path, outcome), besides whatever audit device the server has.

use std::collections::BTreeMap;
use std::ffi::{OsStr, OsString};
use std::sync::Arc;
use std::sync::mpsc::{self, RecvTimeoutError};
use std::time::Duration;

use serde_json::{Value, json};
use zeroize::Zeroizing;

use super::backend::{CredentialBackend, DeleteOptions, SetMode};
use super::exec::{self, Injection, Stdout};
use super::{
    ChangeOutcome, CredentialError, CredentialSummary, CredentialType, Fields, Record,
    RotateOutcome, RotationRequest, VersionInfo, Versioned, check_name, merge_fields, object,
    validate,
};
use crate::audit::AuditEvent;
use crate::clients::vault::kv::{KvData, KvMount, KvRead, KvSecret, MountKind};
use crate::clients::vault::token::TokenInfo;
use crate::clients::vault::{VaultClient, VaultError};

/// Key of the custom metadata that contains a credential's type.
pub const TYPE_METADATA_KEY: &str = "micadoctl-type";
/// The one field of the Security Policy Manager layout.
pub const SPM_FIELD: &str = "secret_value";
/// Default KV mount.
pub const DEFAULT_MOUNT: &str = "secret";
/// Default folder under the mount.
pub const DEFAULT_PREFIX: &str = "micado/credentials";

/// Layout of the credentials in Vault.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VaultLayout {
    /// KV version 2, one secret per credential under a prefix.
    Kv2,
    /// MiCADO Security Policy Manager: KV version 1, `MOUNT/NAME`, field `secret_value`.
    Spm,
}

impl VaultLayout {
    /// Parses `kv2` or `spm`.
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "kv2" => Some(VaultLayout::Kv2),
            "spm" => Some(VaultLayout::Spm),
            _ => None,
        }
    }
}

/// Location of the credentials: mount, folder and layout.
#[derive(Debug, Clone)]
pub struct VaultLocation {
    /// Mount path without namespace, such as `secret`.
    pub mount: String,
    /// Folder under the mount (ignored by the `spm` layout).
    pub prefix: String,
    /// The layout.
    pub layout: VaultLayout,
}

/// Splits a mount setting such as `team-a/secret` into its namespace
/// (`team-a`) and mount (`secret`): the last path segment is the mount and
/// everything before it the namespace. Fails when `namespace` is also set and
/// the two disagree; the path may name a child of the setting.
///
/// NOTE: mounts whose own path contains `/` cannot be written this way.
pub fn split_mount(
    mount_setting: &str,
    namespace: Option<&str>,
) -> Result<(Option<String>, String), VaultError> {
    check_path_setting("mount", mount_setting)?;
    if let Some(namespace) = namespace {
        check_path_setting("namespace", namespace)?;
    }
    let trimmed = mount_setting.trim_matches('/');
    if trimmed.is_empty() {
        return Err(VaultError::InvalidPathSetting {
            setting: "mount".into(),
            value: mount_setting.into(),
            reason: "it is empty; give the mount path of a KV engine, such as secret".into(),
        });
    }
    let namespace = namespace
        .map(|n| n.trim_matches('/'))
        .filter(|n| !n.is_empty());
    let Some((in_path, mount)) = trimmed.rsplit_once('/') else {
        return Ok((namespace.map(String::from), trimmed.to_string()));
    };
    let Some(setting) = namespace else {
        return Ok((Some(in_path.to_string()), mount.to_string()));
    };
    if in_path == setting || in_path.starts_with(&format!("{setting}/")) {
        return Ok((Some(in_path.to_string()), mount.to_string()));
    }
    Err(VaultError::NamespaceConflict {
        setting: setting.to_string(),
        in_path: in_path.to_string(),
        mount: mount_setting.to_string(),
    })
}

/// Rejects a mount, namespace or folder setting (`setting` names which) whose
/// segments `.` or `..` would move the API path out of the mount, or whose
/// characters a URL path cannot carry as written.
pub fn check_path_setting(setting: &str, value: &str) -> Result<(), VaultError> {
    let invalid = |reason: String| VaultError::InvalidPathSetting {
        setting: setting.to_string(),
        value: value.escape_debug().to_string(),
        reason,
    };
    let inner = value.trim_matches('/');
    if inner
        .split('/')
        .any(|segment| segment == "." || segment == "..")
    {
        return Err(invalid(
            "it contains a . or .. segment; give the path from the mount down".into(),
        ));
    }
    if inner.contains("//") {
        return Err(invalid("it contains an empty segment (//)".into()));
    }
    if let Some(c) = value
        .chars()
        .find(|c| matches!(c, '?' | '#' | '%' | '\\') || c.is_control() || c.is_whitespace())
    {
        return Err(invalid(format!(
            "it contains {}, which cannot be part of an API path",
            crate::names::describe_char(c)
        )));
    }
    Ok(())
}

/// Receives warnings that the library cannot print itself, such as a token
/// that cannot be renewed or a failed renewal while a command runs.
pub type NoticeSink = Arc<dyn Fn(&str) + Send + Sync>;

/// Credentials in Vault or OpenBao, with the local store for the audit log.
pub struct VaultBackend {
    store: crate::store::Store,
    client: VaultClient,
    location: VaultLocation,
    mount: KvMount,
    notices: NoticeSink,
    /// Whether the mount's engine and version were checked.
    mount_checked: std::cell::Cell<bool>,
}

impl VaultBackend {
    /// Uses `client` (with its token set) for the credentials at `location`,
    /// and `store` for the audit records, which need it unlocked.
    pub fn new(store: crate::store::Store, client: VaultClient, location: VaultLocation) -> Self {
        let version = match location.layout {
            VaultLayout::Kv2 => 2,
            VaultLayout::Spm => 1,
        };
        let mount = KvMount {
            path: location.mount.trim_matches('/').to_string(),
            version,
        };
        VaultBackend {
            store,
            client,
            location,
            mount,
            notices: Arc::new(|_| {}),
            mount_checked: std::cell::Cell::new(false),
        }
    }

    /// Sends warnings to `sink`.
    pub fn with_notices(mut self, sink: NoticeSink) -> Self {
        self.notices = sink;
        self
    }

    /// Returns the client.
    pub fn client(&self) -> &VaultClient {
        &self.client
    }

    /// Returns the location.
    pub fn location(&self) -> &VaultLocation {
        &self.location
    }

    /// Checks once that the mount is a KV engine of the layout's version,
    /// because a KV version 1 mount would store a version 2 write as an odd
    /// secret at `MOUNT/data/...` instead of rejecting it. When the server
    /// does not tell, the check is skipped.
    fn check_mount(&self) -> Result<(), CredentialError> {
        if self.mount_checked.get() {
            return Ok(());
        }
        let found = match self.client.mount_kind(&self.mount.path)? {
            None => None,
            Some(MountKind::Kv(version)) if version == self.mount.version => None,
            Some(MountKind::Kv(version)) => Some(format!("KV version {version}")),
            Some(MountKind::Other(kind)) => Some(format!("a {kind} engine")),
        };
        if let Some(found) = found {
            let layout = match self.location.layout {
                VaultLayout::Kv2 => "kv2",
                VaultLayout::Spm => "spm",
            };
            return Err(VaultError::WrongMountKind {
                mount: self.mount.path.clone(),
                found,
                layout: layout.into(),
                expected: self.mount.version,
            }
            .into());
        }
        self.mount_checked.set(true);
        Ok(())
    }

    /// Names the credentials that a failed `set_many` had already written,
    /// because Vault has no transaction across secrets to undo them.
    fn report_partial_write(&self, outcomes: &[ChangeOutcome]) {
        let written: Vec<&str> = outcomes
            .iter()
            .filter(|outcome| outcome.changed)
            .map(|outcome| outcome.name.as_str())
            .collect();
        if !written.is_empty() {
            (self.notices)(&format!(
                "written to Vault before the error: {}; a rerun after the fix leaves them unchanged",
                written.join(", ")
            ));
        }
    }

    /// Returns the secret path of `name` under the mount.
    fn secret_path(&self, name: &str) -> String {
        let prefix = self.location.prefix.trim_matches('/');
        if self.location.layout == VaultLayout::Spm || prefix.is_empty() {
            name.to_string()
        } else {
            format!("{prefix}/{name}")
        }
    }

    fn data_path(&self, name: &str) -> String {
        self.mount.data_path(&self.secret_path(name))
    }

    fn folder(&self) -> String {
        match self.location.layout {
            VaultLayout::Spm => String::new(),
            VaultLayout::Kv2 => self.location.prefix.trim_matches('/').to_string(),
        }
    }

    /// Appends a local audit record for an operation on `name` through `path`,
    /// with the outcome of `result`, and returns `result`.
    fn audited<T>(
        &mut self,
        action: &str,
        name: &str,
        path: &str,
        detail: serde_json::Value,
        result: Result<T, CredentialError>,
    ) -> Result<T, CredentialError> {
        let mut detail = match detail {
            Value::Object(map) => map,
            _ => serde_json::Map::new(),
        };
        detail.insert("backend".into(), "vault".into());
        detail.insert("address".into(), self.client.address().into());
        detail.insert("path".into(), path.into());
        let outcome = match &result {
            Ok(_) => "success",
            Err(e) => {
                detail.insert("error".into(), error_kind(e).into());
                "failure"
            }
        };
        let event = AuditEvent::new(action, &object(name))
            .with_outcome(outcome)
            .with_detail(Value::Object(detail));
        self.store.write(|tx| tx.audit(&event))?;
        result
    }

    fn audited_unchanged(
        &mut self,
        name: &str,
        path: &str,
        version: i64,
    ) -> Result<(), CredentialError> {
        let event = AuditEvent::new("cred.set", &object(name))
            .with_outcome("unchanged")
            .with_detail(json!({
                "backend": "vault", "address": self.client.address(), "path": path, "version": version
            }));
        self.store.write(|tx| tx.audit(&event))?;
        Ok(())
    }

    /// Reads the current version of `name`: its record and version, or
    /// `None` with the version a write must be based on.
    fn read_current(&self, name: &str) -> Result<Current, CredentialError> {
        self.check_mount()?;
        match self.location.layout {
            VaultLayout::Kv2 => {
                let read = self
                    .client
                    .kv2_read(&self.mount, &self.secret_path(name), None)?;
                Ok(match read {
                    KvRead::Found(secret) => Current::Found {
                        version: secret.version,
                        record: kv2_record(name, &secret)?,
                        typed: secret.custom_metadata.contains_key(TYPE_METADATA_KEY),
                    },
                    KvRead::Missing => Current::Absent { cas: 0 },
                    KvRead::Deleted { version, .. } | KvRead::Destroyed { version } => {
                        Current::Absent { cas: version }
                    }
                })
            }
            VaultLayout::Spm => {
                let read = self.client.kv1_read(&self.mount, &self.secret_path(name))?;
                Ok(match read {
                    Some(data) => Current::Found {
                        version: 1,
                        record: spm_record(name, &data)?,
                        typed: true,
                    },
                    None => Current::Absent { cas: 0 },
                })
            }
        }
    }

    /// Writes `record` as the next version after `cas`; returns the new version.
    fn write(
        &self,
        name: &str,
        record: &Record,
        cas: i64,
        typed: bool,
    ) -> Result<i64, CredentialError> {
        let path = self.secret_path(name);
        let data = record_data(record);
        match self.location.layout {
            VaultLayout::Kv2 => {
                if !typed {
                    let custom = BTreeMap::from([(
                        TYPE_METADATA_KEY.to_string(),
                        record.kind.as_str().to_string(),
                    )]);
                    self.client
                        .kv2_write_custom_metadata(&self.mount, &path, &custom, cas > 0)?;
                }
                Ok(self.client.kv2_write(&self.mount, &path, &data, cas)?)
            }
            VaultLayout::Spm => {
                self.client.kv1_write(&self.mount, &path, &data, cas > 0)?;
                Ok(1)
            }
        }
    }

    fn set_one(
        &mut self,
        name: &str,
        record: &Record,
        mode: SetMode,
    ) -> Result<ChangeOutcome, CredentialError> {
        check_name(name)?;
        self.check_layout(name, record)?;
        let path = self.data_path(name);
        let current = self.read_current(name);
        let current = self.fail_audited("cred.set", name, &path, current)?;
        let (cas, stored, typed) = match current {
            Current::Found {
                version,
                record,
                typed,
            } => (version, Some(record), typed),
            Current::Absent { cas } => (cas, None, false),
        };
        let new = match (&stored, mode) {
            (Some(stored), SetMode::Merge) => merge_fields(stored, record),
            _ => record.clone(),
        };
        validate(name, &new)?;
        if let Some(stored) = &stored {
            check_same_type(name, stored, &new)?;
            if *stored == new {
                self.audited_unchanged(name, &path, cas)?;
                return Ok(ChangeOutcome {
                    name: name.into(),
                    changed: false,
                    version: cas,
                });
            }
        }
        let written = self.write(name, &new, cas, typed && stored.is_some());
        let detail = json!({ "type": new.kind.as_str(), "cas": cas });
        let version = self.audited("cred.set", name, &path, detail, written)?;
        Ok(ChangeOutcome {
            name: name.into(),
            changed: true,
            version,
        })
    }

    /// Records a failed step before any change in the audit log, then returns it.
    fn fail_audited<T>(
        &mut self,
        action: &str,
        name: &str,
        path: &str,
        result: Result<T, CredentialError>,
    ) -> Result<T, CredentialError> {
        match result {
            Ok(value) => Ok(value),
            Err(e) => self.audited(action, name, path, json!({}), Err(e)),
        }
    }

    fn check_layout(&self, name: &str, record: &Record) -> Result<(), CredentialError> {
        if self.location.layout != VaultLayout::Spm {
            return Ok(());
        }
        let only_secret_value =
            record.kind == CredentialType::Generic && record.fields.names().eq([SPM_FIELD]);
        if only_secret_value {
            return Ok(());
        }
        Err(CredentialError::invalid(
            format!("credential \"{name}\""),
            format!(
                "the spm layout stores one generic field, {SPM_FIELD}; give --type generic with only that field"
            ),
        ))
    }

    fn read_version(
        &mut self,
        name: &str,
        version: Option<i64>,
        action: &str,
    ) -> Result<Versioned, CredentialError> {
        let path = self.data_path(name);
        let result = self.read_version_unaudited(name, version);
        let detail = match &result {
            Ok(v) => json!({ "version": v.version }),
            Err(_) => json!({ "version": version }),
        };
        self.audited(action, name, &path, detail, result)
    }

    fn read_version_unaudited(
        &self,
        name: &str,
        version: Option<i64>,
    ) -> Result<Versioned, CredentialError> {
        self.check_mount()?;
        check_name(name)?;
        if self.location.layout == VaultLayout::Spm {
            if version.is_some_and(|v| v != 1) {
                return Err(CredentialError::VersionNotFound {
                    name: name.into(),
                    version: version.unwrap_or(1),
                });
            }
            return match self.read_current(name)? {
                Current::Found {
                    version, record, ..
                } => Ok(Versioned {
                    name: name.into(),
                    version,
                    record,
                }),
                Current::Absent { .. } => Err(CredentialError::NotFound(name.into())),
            };
        }
        let read = self
            .client
            .kv2_read(&self.mount, &self.secret_path(name), version)?;
        match read {
            KvRead::Found(secret) => Ok(Versioned {
                name: name.into(),
                version: secret.version,
                record: kv2_record(name, &secret)?,
            }),
            KvRead::Missing => match version {
                Some(v)
                    if self
                        .client
                        .kv2_metadata(&self.mount, &self.secret_path(name))?
                        .is_some() =>
                {
                    Err(CredentialError::VersionNotFound {
                        name: name.into(),
                        version: v,
                    })
                }
                _ => Err(CredentialError::NotFound(name.into())),
            },
            KvRead::Deleted {
                version: v,
                deleted,
            } if version.is_some() => Err(CredentialError::VersionDeleted {
                name: name.into(),
                version: v,
                state: format!("deleted at {deleted}"),
            }),
            KvRead::Destroyed { version: v } if version.is_some() => {
                Err(CredentialError::VersionDeleted {
                    name: name.into(),
                    version: v,
                    state: "destroyed".into(),
                })
            }
            KvRead::Deleted { .. } | KvRead::Destroyed { .. } => {
                Err(CredentialError::NotFound(name.into()))
            }
        }
    }

    fn list_kv2(&mut self) -> Result<Vec<CredentialSummary>, CredentialError> {
        self.check_mount()?;
        let keys = self.client.kv_list(&self.mount, &self.folder())?;
        let mut summaries = Vec::new();
        for key in keys.iter().filter(|k| !k.ends_with('/')) {
            let Some(metadata) = self
                .client
                .kv2_metadata(&self.mount, &self.secret_path(key))?
            else {
                continue;
            };
            let current = metadata.versions.get(&metadata.current_version);
            // A credential whose newest version is deleted or destroyed is
            // gone for `list`, as after a local `cred delete`.
            if current.is_none_or(|v| v.deleted.is_some() || v.destroyed) {
                continue;
            }
            summaries.push(CredentialSummary {
                name: key.clone(),
                kind: metadata_kind(&metadata.custom_metadata),
                version: metadata.current_version,
                versions: metadata.versions.values().filter(|v| !v.destroyed).count() as i64,
                pending_rotation: None,
                updated: metadata.updated.clone(),
            });
        }
        Ok(summaries)
    }

    fn list_spm(&mut self) -> Result<Vec<CredentialSummary>, CredentialError> {
        self.check_mount()?;
        let keys = self.client.kv_list(&self.mount, "")?;
        Ok(keys
            .into_iter()
            .filter(|k| !k.ends_with('/'))
            .map(|name| CredentialSummary {
                name,
                kind: CredentialType::Generic.as_str().into(),
                version: 1,
                versions: 1,
                pending_rotation: None,
                updated: "unknown".into(),
            })
            .collect())
    }

    fn delete_kv2(&mut self, name: &str, options: DeleteOptions) -> Result<bool, CredentialError> {
        self.check_mount()?;
        let path = self.secret_path(name);
        let Some(metadata) = self.client.kv2_metadata(&self.mount, &path)? else {
            return missing(name, options.if_exists);
        };
        if options.destroy {
            let alive: Vec<i64> = metadata
                .versions
                .iter()
                .filter(|(_, v)| !v.destroyed)
                .map(|(n, _)| *n)
                .collect();
            if alive.is_empty() {
                return missing(name, options.if_exists);
            }
            let api_path = format!("{}/destroy/{path}", self.mount.path);
            let result = self
                .client
                .kv2_destroy(&self.mount, &path, &alive)
                .map_err(Into::into);
            self.audited(
                "cred.destroy",
                name,
                &api_path,
                json!({ "versions": alive }),
                result,
            )?;
            return Ok(true);
        }
        let current = metadata.versions.get(&metadata.current_version);
        if current.is_none_or(|v| v.deleted.is_some() || v.destroyed) {
            return missing(name, options.if_exists);
        }
        let api_path = self.mount.data_path(&path);
        let result = self
            .client
            .kv2_delete_latest(&self.mount, &path)
            .map_err(Into::into);
        let detail = json!({ "version": metadata.current_version });
        self.audited("cred.delete", name, &api_path, detail, result)?;
        Ok(true)
    }

    fn delete_spm(&mut self, name: &str, options: DeleteOptions) -> Result<bool, CredentialError> {
        self.check_mount()?;
        let path = self.secret_path(name);
        if self.client.kv1_read(&self.mount, &path)?.is_none() {
            return missing(name, options.if_exists);
        }
        let api_path = self.mount.data_path(&path);
        let result = self
            .client
            .kv1_delete(&self.mount, &path)
            .map_err(Into::into);
        self.audited("cred.delete", name, &api_path, json!({}), result)?;
        Ok(true)
    }

    /// Runs `program` with `injection` while a thread renews the token when
    /// it would expire during the run.
    fn run_with_token_kept(
        &self,
        injection: &Injection,
        program: &OsStr,
        args: &[OsString],
        stdout: Stdout,
    ) -> Result<exec::RunOutcome, CredentialError> {
        // A token whose policies do not allow lookup-self still reads values,
        // so the command runs, only without renewal.
        let renewer = match self.client.lookup_self() {
            Ok(info) => self.start_renewer(&info),
            Err(e) => {
                (self.notices)(&format!(
                    "cannot look up the Vault token ({e}); it is not renewed while the command runs"
                ));
                None
            }
        };
        let outcome = exec::run(injection, program, args, stdout);
        if let Some((stop, handle)) = renewer {
            drop(stop);
            let _ = handle.join();
        }
        outcome
    }

    /// Starts renewing a token that expires; warns instead when it cannot be
    /// renewed. Dropping the returned sender stops the thread.
    fn start_renewer(
        &self,
        info: &TokenInfo,
    ) -> Option<(mpsc::Sender<()>, std::thread::JoinHandle<()>)> {
        let ttl = info.ttl()?;
        if !info.renewable {
            (self.notices)(&format!(
                "the Vault token expires in {}s and cannot be renewed; a command that runs longer outlives it",
                ttl.as_secs()
            ));
            return None;
        }
        let increment = Duration::from_secs(info.creation_ttl_seconds.max(info.ttl_seconds));
        let client = self.client.clone();
        let notices = Arc::clone(&self.notices);
        let (stop, stopped) = mpsc::channel::<()>();
        let handle =
            std::thread::spawn(move || keep_renewing(&client, ttl, increment, &stopped, &*notices));
        Some((stop, handle))
    }

    fn rotate_kv(
        &mut self,
        name: &str,
        request: RotationRequest,
    ) -> Result<RotateOutcome, CredentialError> {
        if request.abort {
            return Err(CredentialError::NoRotation(name.into()));
        }
        let values = request
            .values
            .ok_or_else(|| CredentialError::NoRotation(name.into()))?;
        check_name(name)?;
        self.check_layout(name, &values)?;
        validate(name, &values)?;
        let path = self.data_path(name);
        let (previous, stored) = match self.read_current(name)? {
            Current::Found {
                version, record, ..
            } => (version, record),
            Current::Absent { .. } => return Err(CredentialError::NotFound(name.into())),
        };
        check_same_type(name, &stored, &values)?;
        let verified = match request.verify_command.as_deref() {
            Some(command) => {
                self.verify_staged(name, &path, previous, &values, command)?;
                true
            }
            None => false,
        };
        let written = self.write(name, &values, previous, true);
        let detail = json!({ "previous": previous, "verified": verified });
        let version = self.audited("cred.rotate.promote", name, &path, detail, written)?;
        Ok(RotateOutcome {
            name: name.into(),
            changed: true,
            result: "promoted",
            version,
            previous,
            resumed: false,
            verified,
        })
    }

    /// Runs the verification command with the new values, which exist only in
    /// memory until it succeeds.
    fn verify_staged(
        &mut self,
        name: &str,
        path: &str,
        previous: i64,
        values: &Record,
        command: &str,
    ) -> Result<(), CredentialError> {
        if command.trim().is_empty() {
            return Err(CredentialError::invalid(
                "--verify-cmd",
                "the verification command is empty; give a command or leave the option out",
            ));
        }
        let injection = exec::injection(name, values)?;
        let args = [OsString::from("-c"), OsString::from(command)];
        let outcome =
            self.run_with_token_kept(&injection, "/bin/sh".as_ref(), &args, Stdout::ToStderr)?;
        let staged = previous + 1;
        let result = match (outcome.interrupted_by, outcome.code) {
            (Some(signal), _) => Err(VaultError::RotationInterrupted {
                name: name.into(),
                signal,
            }
            .into()),
            (None, 0) => Ok(()),
            (None, code) => Err(CredentialError::VerifyFailed {
                name: name.into(),
                version: staged,
                outcome: if code > 128 {
                    format!("was killed by signal {}", code - 128)
                } else {
                    format!("exited with status {code}")
                },
            }),
        };
        let detail = json!({ "exit_code": outcome.code });
        self.audited("cred.rotate.verify", name, path, detail, result)
    }
}

/// The current version as read before a change.
enum Current {
    Found {
        version: i64,
        record: Record,
        /// Whether the secret's custom metadata names its type.
        typed: bool,
    },
    /// No readable version; `cas` is the version a write must be based on.
    Absent { cas: i64 },
}

fn keep_renewing(
    client: &VaultClient,
    ttl: Duration,
    increment: Duration,
    stopped: &mpsc::Receiver<()>,
    notices: &(dyn Fn(&str) + Send + Sync),
) {
    // Renewing at a third of the TTL leaves two more tries before expiry.
    let mut interval = (ttl / 3).max(Duration::from_millis(500));
    loop {
        match stopped.recv_timeout(interval) {
            Err(RecvTimeoutError::Timeout) => {}
            _ => return,
        }
        match client.renew_self(increment) {
            Ok(new_ttl) => interval = (new_ttl / 3).max(Duration::from_millis(500)),
            Err(e) => {
                notices(&format!("renewing the Vault token failed: {e}"));
                return;
            }
        }
    }
}

fn missing(name: &str, if_exists: bool) -> Result<bool, CredentialError> {
    if if_exists {
        Ok(false)
    } else {
        Err(CredentialError::NotFound(name.into()))
    }
}

fn check_same_type(name: &str, stored: &Record, new: &Record) -> Result<(), CredentialError> {
    if stored.kind == new.kind {
        return Ok(());
    }
    Err(CredentialError::invalid(
        format!("credential \"{name}\""),
        format!(
            "it is of type {} and the new values are {}; delete it first or choose another name",
            stored.kind, new.kind
        ),
    ))
}

/// Names the kind of a failure in an audit record, without any value.
fn error_kind(error: &CredentialError) -> &'static str {
    match error {
        CredentialError::Vault(VaultError::PermissionDenied { .. }) => "permission denied",
        CredentialError::Vault(VaultError::TokenRejected { .. }) => "token rejected",
        CredentialError::Vault(VaultError::CasConflict { .. }) => "check-and-set conflict",
        CredentialError::Vault(VaultError::MountNotFound { .. }) => "mount not found",
        CredentialError::Vault(VaultError::Transport { .. }) => "server unreachable",
        CredentialError::NotFound(_) | CredentialError::VersionNotFound { .. } => "not found",
        CredentialError::VerifyFailed { .. } => "verification failed",
        _ => "error",
    }
}

fn metadata_kind(custom: &BTreeMap<String, String>) -> String {
    custom
        .get(TYPE_METADATA_KEY)
        .and_then(|k| CredentialType::parse(k))
        .unwrap_or(CredentialType::Generic)
        .as_str()
        .to_string()
}

/// Turns the values of a KV secret into fields. Numbers and booleans keep
/// their JSON text; nested values are rejected, naming the field.
fn kv_fields(name: &str, data: &KvData) -> Result<Fields, CredentialError> {
    let mut fields = Fields::new();
    for (key, value) in data {
        let text = match value {
            Value::String(s) => Zeroizing::new(s.clone()),
            Value::Number(n) => Zeroizing::new(n.to_string()),
            Value::Bool(b) => Zeroizing::new(b.to_string()),
            Value::Null => continue,
            Value::Array(_) | Value::Object(_) => {
                return Err(CredentialError::invalid(
                    format!("credential \"{name}\" in Vault"),
                    format!(
                        "field \"{key}\" holds a JSON list or object; micadoctl reads text values only"
                    ),
                ));
            }
        };
        fields.insert(key, text);
    }
    Ok(fields)
}

fn kv2_record(name: &str, secret: &KvSecret) -> Result<Record, CredentialError> {
    let kind = secret
        .custom_metadata
        .get(TYPE_METADATA_KEY)
        .map(|k| {
            CredentialType::parse(k).ok_or_else(|| {
                CredentialError::invalid(
                    format!("credential \"{name}\" in Vault"),
                    format!("custom metadata {TYPE_METADATA_KEY} names the unknown type \"{k}\""),
                )
            })
        })
        .transpose()?
        .unwrap_or(CredentialType::Generic);
    Ok(Record {
        kind,
        fields: kv_fields(name, &secret.data)?,
    })
}

fn spm_record(name: &str, data: &KvData) -> Result<Record, CredentialError> {
    let value = data.get(SPM_FIELD).ok_or_else(|| {
        CredentialError::invalid(
            format!("secret \"{name}\" in the spm layout"),
            format!("it has no field {SPM_FIELD}"),
        )
    })?;
    let mut only = KvData::new();
    only.insert(SPM_FIELD.into(), value.clone());
    Ok(Record {
        kind: CredentialType::Generic,
        fields: kv_fields(name, &only)?,
    })
}

fn record_data(record: &Record) -> KvData {
    record
        .fields
        .iter()
        .map(|(k, v)| (k.to_string(), Value::String(v.to_string())))
        .collect()
}

impl CredentialBackend for VaultBackend {
    fn describe(&self) -> String {
        let layout = match self.location.layout {
            VaultLayout::Kv2 => "KV version 2",
            VaultLayout::Spm => "the spm layout, KV version 1",
        };
        format!(
            "Vault at {} ({}/{} in {layout})",
            self.client.address(),
            self.mount.path,
            self.folder()
        )
    }

    fn store(&mut self) -> &mut crate::store::Store {
        &mut self.store
    }

    fn kind_of(&mut self, name: &str) -> Result<Option<CredentialType>, CredentialError> {
        self.check_mount()?;
        check_name(name)?;
        if self.location.layout == VaultLayout::Spm {
            return Ok(Some(CredentialType::Generic));
        }
        let metadata = self
            .client
            .kv2_metadata(&self.mount, &self.secret_path(name))?;
        Ok(metadata.map(|m| {
            CredentialType::parse(&metadata_kind(&m.custom_metadata))
                .unwrap_or(CredentialType::Generic)
        }))
    }

    fn set(
        &mut self,
        name: &str,
        record: &Record,
        mode: SetMode,
    ) -> Result<ChangeOutcome, CredentialError> {
        self.set_one(name, record, mode)
    }

    fn set_many(
        &mut self,
        records: &[(String, Record)],
    ) -> Result<Vec<ChangeOutcome>, CredentialError> {
        for (name, record) in records {
            check_name(name)?;
            self.check_layout(name, record)?;
            validate(name, record)?;
        }
        let mut outcomes = Vec::with_capacity(records.len());
        for (name, record) in records {
            match self.set_one(name, record, SetMode::Replace) {
                Ok(outcome) => outcomes.push(outcome),
                Err(error) => {
                    self.report_partial_write(&outcomes);
                    return Err(error);
                }
            }
        }
        Ok(outcomes)
    }

    fn get(&mut self, name: &str, version: Option<i64>) -> Result<Versioned, CredentialError> {
        self.read_version(name, version, "cred.get")
    }

    fn list(&mut self) -> Result<Vec<CredentialSummary>, CredentialError> {
        match self.location.layout {
            VaultLayout::Kv2 => self.list_kv2(),
            VaultLayout::Spm => self.list_spm(),
        }
    }

    fn history(&mut self, name: &str) -> Result<Vec<VersionInfo>, CredentialError> {
        self.check_mount()?;
        check_name(name)?;
        if self.location.layout == VaultLayout::Spm {
            let current = self.read_current(name)?;
            if matches!(current, Current::Absent { .. }) {
                return Err(CredentialError::NotFound(name.into()));
            }
            return Ok(vec![VersionInfo {
                version: 1,
                state: "current".into(),
                kind: CredentialType::Generic.as_str().into(),
                created: "unknown".into(),
                deleted: None,
            }]);
        }
        let metadata = self
            .client
            .kv2_metadata(&self.mount, &self.secret_path(name))?
            .ok_or_else(|| CredentialError::NotFound(name.into()))?;
        let kind = metadata_kind(&metadata.custom_metadata);
        Ok(metadata
            .versions
            .iter()
            .map(|(number, v)| VersionInfo {
                version: *number,
                state: if v.destroyed {
                    "destroyed"
                } else if v.deleted.is_some() {
                    "deleted"
                } else if *number == metadata.current_version {
                    "current"
                } else {
                    "previous"
                }
                .into(),
                kind: kind.clone(),
                created: v.created.clone(),
                deleted: v.deleted.clone(),
            })
            .collect())
    }

    fn delete(&mut self, name: &str, options: DeleteOptions) -> Result<bool, CredentialError> {
        check_name(name)?;
        match self.location.layout {
            VaultLayout::Kv2 => self.delete_kv2(name, options),
            VaultLayout::Spm => self.delete_spm(name, options),
        }
    }

    fn rollback(&mut self, name: &str, to: i64) -> Result<ChangeOutcome, CredentialError> {
        if self.location.layout == VaultLayout::Spm {
            return Err(VaultError::Unsupported(
                "the spm layout (KV version 1) keeps no versions to roll back to".into(),
            )
            .into());
        }
        let path = self.data_path(name);
        let target = self.read_version_unaudited(name, Some(to));
        let target = self.fail_audited("cred.rollback", name, &path, target)?;
        let (cas, current) = match self.read_current(name)? {
            Current::Found {
                version, record, ..
            } => (version, Some(record)),
            Current::Absent { cas } => (cas, None),
        };
        if current.as_ref() == Some(&target.record) {
            self.audited_unchanged(name, &path, cas)?;
            return Ok(ChangeOutcome {
                name: name.into(),
                changed: false,
                version: cas,
            });
        }
        let written = self.write(name, &target.record, cas, true);
        let detail = json!({ "from": cas, "to": to });
        let version = self.audited("cred.rollback", name, &path, detail, written)?;
        Ok(ChangeOutcome {
            name: name.into(),
            changed: true,
            version,
        })
    }

    fn read_all(&mut self, names: &[String]) -> Result<Vec<Versioned>, CredentialError> {
        let names: Vec<String> = if names.is_empty() {
            self.list()?.into_iter().map(|c| c.name).collect()
        } else {
            names.to_vec()
        };
        names
            .iter()
            .map(|name| self.read_version(name, None, "cred.export"))
            .collect()
    }

    fn rotate(
        &mut self,
        name: &str,
        request: RotationRequest,
    ) -> Result<RotateOutcome, CredentialError> {
        self.rotate_kv(name, request)
    }

    fn exec(
        &mut self,
        name: &str,
        program: &OsStr,
        args: &[OsString],
    ) -> Result<i32, CredentialError> {
        let versioned = self.read_version(name, None, "cred.exec")?;
        let injection = exec::injection(name, &versioned.record)?;
        drop(versioned);
        Ok(self
            .run_with_token_kept(&injection, program, args, Stdout::Inherit)?
            .code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_settings_stay_inside_the_mount() {
        for mount in [
            "../sys",
            "secret/..",
            "./secret",
            "team-a//secret",
            "sec ret",
            "se%2Fcret",
        ] {
            assert!(
                matches!(
                    split_mount(mount, None),
                    Err(VaultError::InvalidPathSetting { .. })
                ),
                "mount {mount:?} was accepted"
            );
        }
        assert!(split_mount("secret", Some("../root")).is_err());
        assert!(split_mount("", None).is_err());
        assert!(split_mount("/", Some("team-a")).is_err());
        assert!(check_path_setting("path prefix", "../../sys/policies/acl").is_err());
        assert!(check_path_setting("path prefix", "/micado/credentials/").is_ok());
        assert!(check_path_setting("path prefix", "").is_ok());
    }

    #[test]
    fn mount_without_namespace() {
        let (ns, mount) = split_mount("secret", None).unwrap();
        assert_eq!(ns, None);
        assert_eq!(mount, "secret");
    }

    #[test]
    fn mount_with_namespace_in_path() {
        let (ns, mount) = split_mount("team-a/secret/", None).unwrap();
        assert_eq!(ns.as_deref(), Some("team-a"));
        assert_eq!(mount, "secret");
    }

    #[test]
    fn mount_namespace_agreeing_or_child() {
        let (ns, _) = split_mount("team-a/secret", Some("team-a")).unwrap();
        assert_eq!(ns.as_deref(), Some("team-a"));
        let (ns, _) = split_mount("team-a/dev/secret", Some("team-a/")).unwrap();
        assert_eq!(ns.as_deref(), Some("team-a/dev"));
    }

    #[test]
    fn mount_namespace_conflict_names_both() {
        let error = split_mount("team-b/secret", Some("team-a")).unwrap_err();
        let text = error.to_string();
        assert!(text.contains("\"team-a\""), "{text}");
        assert!(text.contains("\"team-b\""), "{text}");
        assert!(matches!(error, VaultError::NamespaceConflict { .. }));
    }

    #[test]
    fn kv_fields_reject_nested_values() {
        let data: KvData =
            serde_json::from_str(r#"{"a": "x", "n": 5, "b": true, "o": {"k": 1}}"#).unwrap();
        let error = kv_fields("c", &data).unwrap_err().to_string();
        assert!(error.contains("field \"o\""), "{error}");
    }

    #[test]
    fn kv_fields_keep_number_text() {
        let data: KvData = serde_json::from_str(r#"{"n": 5, "b": true}"#).unwrap();
        let fields = kv_fields("c", &data).unwrap();
        assert_eq!(fields.get("n"), Some("5"));
        assert_eq!(fields.get("b"), Some("true"));
    }
}
