use std::path::PathBuf;

use crate::error::{Classify, ErrorClass};
use crate::store::StoreError;

/// Errors of the credential functions.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum CredentialError {
    /// No credential has this name.
    #[error("credential \"{0}\" not found")]
    NotFound(String),
    /// The credential has no such version.
    #[error("credential \"{name}\" has no version {version}")]
    VersionNotFound {
        /// Credential name.
        name: String,
        /// Requested version.
        version: i64,
    },
    /// The credential has no such field.
    #[error("credential \"{name}\" has no field \"{field}\"; it has {available}")]
    FieldNotFound {
        /// Credential name.
        name: String,
        /// Requested field.
        field: String,
        /// The fields it has, comma separated.
        available: String,
    },
    /// Values or names were rejected. `subject` names the input.
    #[error("{subject}: {message}")]
    Invalid {
        /// The name, entry or file concerned.
        subject: String,
        /// Problem and how to fix it.
        message: String,
    },
    /// A file could not be read or written.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// A rotation is staged but not promoted.
    #[error("a rotation of credential \"{name}\" to version {version} is pending since {started}")]
    RotationPending {
        /// Credential name.
        name: String,
        /// The staged version.
        version: i64,
        /// When it was staged.
        started: String,
    },
    /// `--abort` or a resume was asked for, but nothing is staged.
    #[error("credential \"{0}\" has no pending rotation")]
    NoRotation(String),
    /// The verification command rejected the staged values.
    #[error(
        "verification command {outcome} for the staged version {version} of credential \"{name}\"; the staged version was discarded"
    )]
    VerifyFailed {
        /// Credential name.
        name: String,
        /// The version that was discarded.
        version: i64,
        /// End of the command, such as `exited with status 1`.
        outcome: String,
    },
    /// micadoctl was asked to stop while the verification command ran; the
    /// staged version is kept for a resume.
    #[error(
        "rotation of credential \"{name}\" to version {version} was interrupted by signal {signal} during verification"
    )]
    Interrupted {
        /// Credential name.
        name: String,
        /// The staged version, still pending.
        version: i64,
        /// The signal micadoctl received.
        signal: i32,
    },
    /// The command for `exec` could not be started.
    #[error("cannot run \"{program}\": {source}")]
    Spawn {
        /// The program name.
        program: String,
        /// The underlying error.
        source: std::io::Error,
    },
    /// The version was soft-deleted or destroyed in Vault.
    #[error("version {version} of credential \"{name}\" was {state}")]
    VersionDeleted {
        /// Credential name.
        name: String,
        /// The version.
        version: i64,
        /// `deleted at TIME` or `destroyed`.
        state: String,
    },
    /// The store reported an error.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// Vault or OpenBao reported an error.
    #[error(transparent)]
    Vault(#[from] crate::clients::vault::VaultError),
}

impl From<rusqlite::Error> for CredentialError {
    fn from(e: rusqlite::Error) -> Self {
        CredentialError::Store(StoreError::Database(e))
    }
}

impl CredentialError {
    pub(crate) fn invalid(subject: impl Into<String>, message: impl Into<String>) -> Self {
        CredentialError::Invalid {
            subject: subject.into(),
            message: message.into(),
        }
    }
}

impl Classify for CredentialError {
    fn class(&self) -> ErrorClass {
        match self {
            CredentialError::NotFound(_)
            | CredentialError::VersionNotFound { .. }
            | CredentialError::FieldNotFound { .. }
            | CredentialError::NoRotation(_)
            | CredentialError::VersionDeleted { .. } => ErrorClass::NotFound,
            CredentialError::Invalid { .. } => ErrorClass::InputRejected,
            CredentialError::Io { source, .. } if source.kind() == std::io::ErrorKind::NotFound => {
                ErrorClass::NotFound
            }
            CredentialError::Io { .. } => ErrorClass::Failure,
            CredentialError::RotationPending { .. } => ErrorClass::AlreadyExists,
            CredentialError::VerifyFailed { .. } => ErrorClass::VerificationFailed,
            CredentialError::Interrupted { .. } => ErrorClass::Interrupted,
            CredentialError::Spawn { .. } => ErrorClass::NotFound,
            CredentialError::Store(e) => e.class(),
            CredentialError::Vault(e) => e.class(),
        }
    }

    fn hint(&self) -> Option<String> {
        match self {
            CredentialError::NotFound(_) => {
                Some("list the stored credentials with `micadoctl cred list`".into())
            }
            CredentialError::VersionNotFound { name, .. } => Some(format!(
                "list the versions with `micadoctl cred history {name}`"
            )),
            CredentialError::RotationPending { name, .. } => Some(format!(
                "finish it with `micadoctl cred rotate {name}` or discard it with `micadoctl cred rotate {name} --abort`"
            )),
            CredentialError::Interrupted { name, .. } => Some(format!(
                "resume with `micadoctl cred rotate {name}` or discard with `micadoctl cred rotate {name} --abort`"
            )),
            // A destroyed version's values are gone, so only a soft-deleted
            // one can be restored.
            CredentialError::VersionDeleted { name, state, .. } if state == "destroyed" => Some(
                format!("list the versions with `micadoctl cred history {name}`"),
            ),
            CredentialError::VersionDeleted { name, .. } => Some(format!(
                "list the versions with `micadoctl cred history {name}`; `bao kv undelete` restores a deleted version"
            )),
            CredentialError::Store(e) => e.hint(),
            CredentialError::Vault(e) => e.hint(),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn destroyed_version_hint_offers_no_undelete() {
        let destroyed = CredentialError::VersionDeleted {
            name: "aws".into(),
            version: 1,
            state: "destroyed".into(),
        };
        let hint = destroyed.hint().unwrap();
        assert!(!hint.contains("undelete"), "{hint}");

        let deleted = CredentialError::VersionDeleted {
            name: "aws".into(),
            version: 1,
            state: "deleted at 2026-01-01T00:00:00Z".into(),
        };
        assert!(deleted.hint().unwrap().contains("bao kv undelete"));
    }
}
