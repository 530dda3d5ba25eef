//! Credential backends: the local store or a Vault/OpenBao server.
//!
//! [`CredentialBackend`] is the set of operations that every `cred` command
//! uses, so each command works the same on either backend. Both backends
//! hold the local [`Store`], because every read of a value and every change
//! is recorded in its audit log, also when the values live in Vault.

use std::ffi::{OsStr, OsString};

use super::{
    ChangeOutcome, CredentialError, CredentialSummary, CredentialType, Credentials, Record,
    RotateOutcome, RotationRequest, VersionInfo, Versioned,
};
use crate::store::Store;

/// Mode of `set`: how new values combine with the stored ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SetMode {
    /// The new values replace every field.
    #[default]
    Replace,
    /// Fields that the new values do not set keep their stored values.
    Merge,
}

/// Options of `delete`.
#[derive(Debug, Clone, Copy, Default)]
pub struct DeleteOptions {
    /// A missing credential is `changed: false` instead of an error.
    pub if_exists: bool,
    /// Destroy every version's values for good (Vault KV version 2). The
    /// local store always removes every version.
    pub destroy: bool,
}

/// The operations of the `cred` commands, implemented by the local store and
/// by the Vault backend.
pub trait CredentialBackend {
    /// Names the backend in messages, such as `the local store`.
    fn describe(&self) -> String;

    /// Returns the local store, which records the audit trail.
    fn store(&mut self) -> &mut Store;

    /// Returns the type of `name` without reading any value, or `None` when it
    /// does not exist.
    fn kind_of(&mut self, name: &str) -> Result<Option<CredentialType>, CredentialError>;

    /// Stores `record` as the new current version of `name`; `changed: false`
    /// when the current version contains the same type and values.
    fn set(
        &mut self,
        name: &str,
        record: &Record,
        mode: SetMode,
    ) -> Result<ChangeOutcome, CredentialError>;

    /// Stores several records (one transaction in the local store; one write
    /// each in Vault, which has no transactions across secrets).
    fn set_many(
        &mut self,
        records: &[(String, Record)],
    ) -> Result<Vec<ChangeOutcome>, CredentialError>;

    /// Reads version `version` of `name` (the current one when `None`).
    fn get(&mut self, name: &str, version: Option<i64>) -> Result<Versioned, CredentialError>;

    /// Lists credentials without reading any value.
    fn list(&mut self) -> Result<Vec<CredentialSummary>, CredentialError>;

    /// Lists the versions of `name` without reading any value.
    fn history(&mut self, name: &str) -> Result<Vec<VersionInfo>, CredentialError>;

    /// Deletes `name`; returns whether anything changed.
    fn delete(&mut self, name: &str, options: DeleteOptions) -> Result<bool, CredentialError>;

    /// Makes the values of version `to` current again, as a new version.
    fn rollback(&mut self, name: &str, to: i64) -> Result<ChangeOutcome, CredentialError>;

    /// Reads the current version of each of `names` (every credential when
    /// empty), for export and migration.
    fn read_all(&mut self, names: &[String]) -> Result<Vec<Versioned>, CredentialError>;

    /// Rotates `name`: stage, verify, promote (or resume, or abort).
    fn rotate(
        &mut self,
        name: &str,
        request: RotationRequest,
    ) -> Result<RotateOutcome, CredentialError>;

    /// Runs `program` with the current version of `name` in its environment
    /// and returns its exit code.
    fn exec(
        &mut self,
        name: &str,
        program: &OsStr,
        args: &[OsString],
    ) -> Result<i32, CredentialError>;
}

/// The local encrypted store as a backend.
pub struct LocalBackend {
    store: Store,
}

impl LocalBackend {
    /// Uses `store`; reading values and changes need it unlocked.
    pub fn new(store: Store) -> Self {
        LocalBackend { store }
    }

    fn credentials(&mut self) -> Credentials<'_> {
        Credentials::new(&mut self.store)
    }
}

impl CredentialBackend for LocalBackend {
    fn describe(&self) -> String {
        format!("the local store in {}", self.store.home().dir().display())
    }

    fn store(&mut self) -> &mut Store {
        &mut self.store
    }

    fn kind_of(&mut self, name: &str) -> Result<Option<CredentialType>, CredentialError> {
        let found = self
            .credentials()
            .list()?
            .into_iter()
            .find(|c| c.name == name);
        Ok(found.and_then(|c| CredentialType::parse(&c.kind)))
    }

    fn set(
        &mut self,
        name: &str,
        record: &Record,
        mode: SetMode,
    ) -> Result<ChangeOutcome, CredentialError> {
        match mode {
            SetMode::Replace => self.credentials().set(name, record),
            SetMode::Merge => self.credentials().set_merged(name, record),
        }
    }

    fn set_many(
        &mut self,
        records: &[(String, Record)],
    ) -> Result<Vec<ChangeOutcome>, CredentialError> {
        self.credentials().set_many(records)
    }

    fn get(&mut self, name: &str, version: Option<i64>) -> Result<Versioned, CredentialError> {
        self.credentials().get(name, version)
    }

    fn list(&mut self) -> Result<Vec<CredentialSummary>, CredentialError> {
        self.credentials().list()
    }

    fn history(&mut self, name: &str) -> Result<Vec<VersionInfo>, CredentialError> {
        self.credentials().history(name)
    }

    fn delete(&mut self, name: &str, options: DeleteOptions) -> Result<bool, CredentialError> {
        self.credentials().delete(name, options.if_exists)
    }

    fn rollback(&mut self, name: &str, to: i64) -> Result<ChangeOutcome, CredentialError> {
        self.credentials().rollback(name, to)
    }

    fn read_all(&mut self, names: &[String]) -> Result<Vec<Versioned>, CredentialError> {
        self.credentials().read_all(names)
    }

    fn rotate(
        &mut self,
        name: &str,
        request: RotationRequest,
    ) -> Result<RotateOutcome, CredentialError> {
        self.credentials().rotate(name, request)
    }

    fn exec(
        &mut self,
        name: &str,
        program: &OsStr,
        args: &[OsString],
    ) -> Result<i32, CredentialError> {
        self.credentials().exec(name, program, args)
    }
}

/// One credential copied by [`copy_all`].
#[derive(Debug, Clone, serde::Serialize)]
pub struct CopiedCredential {
    /// Name.
    pub name: String,
    /// Type.
    #[serde(rename = "type")]
    pub kind: String,
    /// The version that was read from the source.
    pub source_version: i64,
    /// The current version in the target afterwards.
    pub target_version: i64,
    /// False when the target already held these values.
    pub changed: bool,
}

/// Copies the current version of every credential of `source` (or of
/// `names`) into `target`. A rerun finds the same values and changes nothing.
pub fn copy_all(
    source: &mut dyn CredentialBackend,
    target: &mut dyn CredentialBackend,
    names: &[String],
) -> Result<Vec<CopiedCredential>, CredentialError> {
    let credentials = source.read_all(names)?;
    let records: Vec<(String, Record)> = credentials
        .iter()
        .map(|c| (c.name.clone(), c.record.clone()))
        .collect();
    let outcomes = target.set_many(&records)?;
    Ok(credentials
        .iter()
        .zip(outcomes)
        .map(|(source, outcome)| CopiedCredential {
            name: source.name.clone(),
            kind: source.record.kind.as_str().to_string(),
            source_version: source.version,
            target_version: outcome.version,
            changed: outcome.changed,
        })
        .collect())
}
