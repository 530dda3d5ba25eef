use std::path::PathBuf;

use crate::error::{Classify, ErrorClass};
use crate::store::StoreError;

/// Errors of the certificate authority functions.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum PkiError {
    /// `ca init` has not run in this store.
    #[error("the store has no certificate authority")]
    NoCa,
    /// `ca init` ran already and `--if-missing` was not given.
    #[error("the store already has the certificate authority \"{0}\"")]
    CaExists(String),
    /// No certificate has this name or serial.
    #[error("no certificate named or with serial \"{0}\"")]
    NotFound(String),
    /// A valid certificate with this name exists and `--if-missing` was not given.
    #[error("certificate \"{name}\" exists (serial {serial}) and is valid until {not_after}")]
    CertificateExists {
        /// Certificate name.
        name: String,
        /// Serial of the existing certificate.
        serial: String,
        /// Its NotAfter time.
        not_after: String,
    },
    /// The private key of a certificate signed from a CSR is not in the store.
    #[error(
        "certificate \"{0}\" was signed from a certificate signing request, so its private key is not in the store"
    )]
    NoPrivateKey(String),
    /// An input value was rejected. `subject` names the value.
    #[error("{subject}: {message}")]
    Invalid {
        /// The option, value or file concerned.
        subject: String,
        /// The problem and how to fix it.
        message: String,
    },
    /// Stored certificate data does not parse or does not match its key.
    #[error("stored {0} is damaged")]
    Damaged(String),
    /// A file could not be read or written.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file or directory.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// Building or signing a certificate failed.
    #[error("cannot create the {what}: {message}")]
    Signing {
        /// The object being created, such as `certificate` or `CRL`.
        what: &'static str,
        /// The library's message.
        message: String,
    },
    /// The store reported an error.
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<rusqlite::Error> for PkiError {
    fn from(e: rusqlite::Error) -> Self {
        PkiError::Store(StoreError::Database(e))
    }
}

impl PkiError {
    pub(crate) fn invalid(subject: impl Into<String>, message: impl Into<String>) -> Self {
        PkiError::Invalid {
            subject: subject.into(),
            message: message.into(),
        }
    }

    pub(crate) fn io(path: &std::path::Path, source: std::io::Error) -> Self {
        PkiError::Io {
            path: path.to_path_buf(),
            source,
        }
    }

    pub(crate) fn signing(what: &'static str, error: rcgen::Error) -> Self {
        PkiError::Signing {
            what,
            message: error.to_string(),
        }
    }
}

impl Classify for PkiError {
    fn class(&self) -> ErrorClass {
        match self {
            PkiError::NoCa | PkiError::NotFound(_) | PkiError::NoPrivateKey(_) => {
                ErrorClass::NotFound
            }
            PkiError::CaExists(_) | PkiError::CertificateExists { .. } => ErrorClass::AlreadyExists,
            PkiError::Invalid { .. } => ErrorClass::InputRejected,
            PkiError::Damaged(_) => ErrorClass::VerificationFailed,
            PkiError::Io { source, .. } if source.kind() == std::io::ErrorKind::NotFound => {
                ErrorClass::NotFound
            }
            PkiError::Io { source, .. }
                if source.kind() == std::io::ErrorKind::PermissionDenied =>
            {
                ErrorClass::Locked
            }
            PkiError::Io { .. } | PkiError::Signing { .. } => ErrorClass::Failure,
            PkiError::Store(e) => e.class(),
        }
    }

    fn hint(&self) -> Option<String> {
        match self {
            PkiError::NoCa => Some("create one with `micadoctl ca init`".into()),
            PkiError::CaExists(_) => {
                Some("add --if-missing to accept the existing certificate authority".into())
            }
            PkiError::NotFound(_) => Some("list the certificates with `micadoctl ca list`".into()),
            PkiError::CertificateExists { name, .. } => Some(format!(
                "add --if-missing to keep it, or replace it with `micadoctl ca renew {name}`"
            )),
            PkiError::NoPrivateKey(name) => Some(format!(
                "the key stays with the requester: get the certificate with `micadoctl ca show {name} --pem`, \
                 or replace it with `micadoctl ca revoke {name}` and `micadoctl ca issue {name} --csr FILE`"
            )),
            PkiError::Store(e) => e.hint(),
            _ => None,
        }
    }
}
