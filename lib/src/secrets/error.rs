use std::path::PathBuf;

use crate::error::{Classify, ErrorClass};
use crate::store::StoreError;

/// Errors of the application secret functions.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SecretError {
    /// The descriptor is not YAML that can be sealed.
    #[error("{subject}: {message}")]
    Invalid {
        /// The file, value or option concerned.
        subject: String,
        /// Problem and how to fix it.
        message: String,
    },
    /// A recipient string is not an age X25519 or SSH public key.
    #[error("invalid recipient \"{recipient}\": {reason}")]
    InvalidRecipient {
        /// The recipient as given.
        recipient: String,
        /// Reason for the rejection.
        reason: String,
    },
    /// An identity file cannot be used.
    #[error("identity file {}: {reason}", path.display())]
    InvalidIdentity {
        /// The identity file.
        path: PathBuf,
        /// Reason for the rejection.
        reason: String,
    },
    /// None of the identities can unwrap the data key.
    #[error("none of the identities ({tried}) is a recipient of {subject}")]
    NoMatchingIdentity {
        /// The sealed file.
        subject: String,
        /// The identity files tried.
        tried: String,
    },
    /// No identity was given or configured.
    #[error("no identity to open {0}")]
    NoIdentity(String),
    /// The MAC does not match: a value, a path or the metadata was edited.
    #[error("{subject}: {what} does not match the MAC; the file was changed after it was sealed")]
    MacMismatch {
        /// The sealed file.
        subject: String,
        /// The first path that does not match, or the metadata.
        what: String,
    },
    /// A sealed value does not open with the data key and its path.
    #[error("{subject}: sealed {path} does not decrypt; it was altered or moved")]
    ValueTampered {
        /// The sealed file.
        subject: String,
        /// The value, written `value PATH (line N)`.
        path: String,
    },
    /// The requested object does not exist.
    #[error("{0} not found")]
    NotFound(String),
    /// A file could not be read or written.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// The Kubernetes API rejected or failed a request.
    #[error(transparent)]
    Kubernetes(Box<crate::clients::kubernetes::KubeError>),
    /// The store reported an error.
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<crate::clients::kubernetes::KubeError> for SecretError {
    fn from(e: crate::clients::kubernetes::KubeError) -> Self {
        SecretError::Kubernetes(Box::new(e))
    }
}

impl From<rusqlite::Error> for SecretError {
    fn from(e: rusqlite::Error) -> Self {
        SecretError::Store(StoreError::Database(e))
    }
}

impl SecretError {
    pub(crate) fn invalid(subject: impl Into<String>, message: impl Into<String>) -> Self {
        SecretError::Invalid {
            subject: subject.into(),
            message: message.into(),
        }
    }

    pub(crate) fn io(path: &std::path::Path, source: std::io::Error) -> Self {
        SecretError::Io {
            path: path.to_path_buf(),
            source,
        }
    }
}

impl Classify for SecretError {
    fn class(&self) -> ErrorClass {
        match self {
            SecretError::Invalid { .. } | SecretError::InvalidRecipient { .. } => {
                ErrorClass::InputRejected
            }
            SecretError::InvalidIdentity { .. } => ErrorClass::InputRejected,
            SecretError::NoMatchingIdentity { .. } | SecretError::NoIdentity(_) => {
                ErrorClass::Locked
            }
            SecretError::MacMismatch { .. } | SecretError::ValueTampered { .. } => {
                ErrorClass::VerificationFailed
            }
            SecretError::NotFound(_) => ErrorClass::NotFound,
            SecretError::Io { source, .. } if source.kind() == std::io::ErrorKind::NotFound => {
                ErrorClass::NotFound
            }
            SecretError::Io { source, .. }
                if source.kind() == std::io::ErrorKind::PermissionDenied =>
            {
                ErrorClass::Locked
            }
            SecretError::Io { .. } => ErrorClass::Failure,
            SecretError::Kubernetes(e) => e.class(),
            SecretError::Store(e) => e.class(),
        }
    }

    fn hint(&self) -> Option<String> {
        match self {
            SecretError::NoMatchingIdentity { .. } | SecretError::NoIdentity(_) => Some(
                "give an identity that the file was sealed for with --identity FILE or MICADOCTL_IDENTITY"
                    .into(),
            ),
            SecretError::MacMismatch { .. } => Some(
                "restore the file from version control; to approve plain edits, unseal with the old file and seal again"
                    .into(),
            ),
            SecretError::Kubernetes(e) => e.hint(),
            SecretError::Store(e) => e.hint(),
            _ => None,
        }
    }
}
