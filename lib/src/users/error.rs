use std::path::PathBuf;

use crate::clients::credman::CredmanError;
use crate::error::{Classify, ErrorClass};
use crate::store::StoreError;

/// Errors of web access accounts.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum UserError {
    /// No account has this name.
    #[error("user \"{0}\" not found")]
    NotFound(String),
    /// An account with this name exists already.
    #[error("user \"{0}\" already exists")]
    Exists(String),
    /// No role has this name.
    #[error("role \"{0}\" not found")]
    RoleNotFound(String),
    /// A role with this name exists already.
    #[error("role \"{0}\" already exists")]
    RoleExists(String),
    /// The role is still given to accounts.
    #[error("role \"{role}\" is given to {count} user(s), first \"{first}\"")]
    RoleInUse {
        /// The role.
        role: String,
        /// How many accounts have it.
        count: i64,
        /// The first of them by name.
        first: String,
    },
    /// `user` and `admin` cannot be deleted.
    #[error("role \"{0}\" is built in and cannot be deleted")]
    BuiltinRole(String),
    /// A value was rejected: `subject` names it, `message` gives the reason.
    #[error("invalid {subject}: {message}")]
    Invalid {
        /// Rejected value and its kind, such as `user name "a:b"`.
        subject: String,
        /// Why.
        message: String,
    },
    /// An input file could not be read.
    #[error("cannot read {}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// An output file could not be written.
    #[error("cannot write {}", path.display())]
    Write {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// The operation does not exist for this backend.
    #[error("{operation} is not supported by the {backend} backend")]
    Unsupported {
        /// The operation, such as `user lock`.
        operation: String,
        /// The backend, such as `credman`.
        backend: &'static str,
    },
    /// The Credential Manager reported an error.
    #[error(transparent)]
    Credman(#[from] CredmanError),
    /// The store reported an error.
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<rusqlite::Error> for UserError {
    fn from(e: rusqlite::Error) -> Self {
        UserError::Store(StoreError::Database(e))
    }
}

impl UserError {
    pub(crate) fn invalid(subject: impl Into<String>, message: impl Into<String>) -> Self {
        UserError::Invalid {
            subject: subject.into(),
            message: message.into(),
        }
    }
}

impl Classify for UserError {
    fn class(&self) -> ErrorClass {
        match self {
            UserError::NotFound(_) | UserError::RoleNotFound(_) => ErrorClass::NotFound,
            UserError::Exists(_) | UserError::RoleExists(_) => ErrorClass::AlreadyExists,
            UserError::RoleInUse { .. } | UserError::BuiltinRole(_) | UserError::Invalid { .. } => {
                ErrorClass::InputRejected
            }
            UserError::Io { source, .. } | UserError::Write { source, .. } => match source.kind() {
                std::io::ErrorKind::NotFound => ErrorClass::NotFound,
                std::io::ErrorKind::PermissionDenied => ErrorClass::Locked,
                _ => ErrorClass::Failure,
            },
            UserError::Unsupported { .. } => ErrorClass::Usage,
            UserError::Credman(e) => e.class(),
            UserError::Store(e) => e.class(),
        }
    }

    fn hint(&self) -> Option<String> {
        match self {
            UserError::NotFound(_) => Some("list the accounts with `micadoctl user list`".into()),
            UserError::Exists(_) => {
                Some("add --if-absent to accept an existing account, or choose another name".into())
            }
            UserError::RoleNotFound(_) => Some(
                "list the roles with `micadoctl role list`, or define one with `micadoctl role add NAME`"
                    .into(),
            ),
            UserError::RoleInUse { role, .. } => Some(format!(
                "remove it from every user first with `micadoctl user role NAME --remove {role}`"
            )),
            UserError::Unsupported { .. } => {
                Some("run it with the local backend (`--backend local`)".into())
            }
            UserError::Credman(e) => e.hint(),
            UserError::Store(e) => e.hint(),
            _ => None,
        }
    }
}
