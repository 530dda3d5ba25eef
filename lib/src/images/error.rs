use std::path::PathBuf;

use super::hashing::FileStat;
use crate::error::{Classify, ErrorClass};
use crate::store::StoreError;

/// Errors of the image registry, the hashing engine, Glance and manifests.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ImageError {
    /// No image is registered under this name.
    #[error("image \"{0}\" is not registered")]
    NotFound(String),
    /// The name is registered with other digests.
    #[error("image \"{name}\" is already registered with {algorithm} {registered}")]
    AlreadyRegistered {
        /// Image name.
        name: String,
        /// An algorithm whose digest differs.
        algorithm: String,
        /// The registered digest of that algorithm.
        registered: String,
    },
    /// Input was rejected. `subject` names the value, file or line.
    #[error("{subject}: {message}")]
    Invalid {
        /// The name, value, file or line concerned.
        subject: String,
        /// The problem and how to fix it.
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
    /// The file changed while it was hashed, so no digest describes it.
    #[error(
        "{} changed while it was hashed ({read} bytes read); before: {before}; after: {after}",
        path.display()
    )]
    ChangedWhileHashing {
        /// The file.
        path: PathBuf,
        /// Attributes when it was opened.
        before: Box<FileStat>,
        /// Attributes after the last read.
        after: Box<FileStat>,
        /// Number of bytes read.
        read: u64,
    },
    /// A stored entry does not match its seal: the database was edited.
    #[error("registry entry of image \"{0}\" was modified outside micadoctl")]
    Tampered(String),
    /// An HTTP request to Glance or Keystone failed.
    #[error("{service} request {url} failed: {message}")]
    Http {
        /// `Glance` or `Keystone`.
        service: &'static str,
        /// The URL requested, without credentials.
        url: String,
        /// Description of the failure.
        message: String,
    },
    /// Glance does not know the image.
    #[error("Glance has no image with ID \"{0}\"")]
    GlanceImageNotFound(String),
    /// Glance has no usable hash for the image.
    #[error("{0}")]
    GlanceNoHash(String),
    /// The manifest was edited after it was written.
    #[error("manifest {}: {message}", path.display())]
    ManifestTampered {
        /// The manifest file.
        path: PathBuf,
        /// Description of the mismatch.
        message: String,
    },
    /// The store reported an error.
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<rusqlite::Error> for ImageError {
    fn from(e: rusqlite::Error) -> Self {
        ImageError::Store(StoreError::Database(e))
    }
}

impl ImageError {
    pub(crate) fn invalid(subject: impl Into<String>, message: impl Into<String>) -> Self {
        ImageError::Invalid {
            subject: subject.into(),
            message: message.into(),
        }
    }

    pub(crate) fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        ImageError::Io {
            path: path.into(),
            source,
        }
    }
}

impl Classify for ImageError {
    fn class(&self) -> ErrorClass {
        match self {
            ImageError::NotFound(_) | ImageError::GlanceImageNotFound(_) => ErrorClass::NotFound,
            ImageError::AlreadyRegistered { .. } => ErrorClass::AlreadyExists,
            ImageError::Invalid { .. } => ErrorClass::InputRejected,
            ImageError::Io { source, .. } => match source.kind() {
                std::io::ErrorKind::NotFound => ErrorClass::NotFound,
                std::io::ErrorKind::PermissionDenied => ErrorClass::Locked,
                _ => ErrorClass::Failure,
            },
            ImageError::ChangedWhileHashing { .. } | ImageError::Http { .. } => ErrorClass::Failure,
            ImageError::GlanceNoHash(_) => ErrorClass::VerificationFailed,
            ImageError::Tampered(_) | ImageError::ManifestTampered { .. } => {
                ErrorClass::VerificationFailed
            }
            ImageError::Store(e) => e.class(),
        }
    }

    fn hint(&self) -> Option<String> {
        match self {
            ImageError::NotFound(_) => {
                Some("list the registered images with `micadoctl image list`".into())
            }
            ImageError::AlreadyRegistered { name, .. } => Some(format!(
                "add --replace to register the new digest under \"{name}\", or choose another name"
            )),
            ImageError::ChangedWhileHashing { .. } => {
                Some("hash the file when nothing writes to it, or hash a copy or a snapshot".into())
            }
            ImageError::Tampered(name) => Some(format!(
                "check the audit log with `micadoctl audit verify`, then register \"{name}\" again from a trusted source"
            )),
            ImageError::ManifestTampered { .. } => {
                Some("create the manifest again from a trusted state of the tree".into())
            }
            ImageError::Store(e) => e.hint(),
            _ => None,
        }
    }
}
