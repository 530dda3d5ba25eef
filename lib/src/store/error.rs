use std::path::PathBuf;

use crate::error::{Classify, ErrorClass};

/// Errors of the store: opening, unlocking, keys and the database.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    /// Neither `--home`, `MICADOCTL_HOME`, `XDG_DATA_HOME` nor `HOME` is set.
    #[error("cannot find a state home: set --home, MICADOCTL_HOME or HOME")]
    NoHome,
    /// The store has not been initialised.
    #[error("no store in {0}")]
    NotInitialised(PathBuf),
    /// A file operation failed. The message is the path alone, because the
    /// I/O error is the `source` and printing both would repeat it.
    #[error("{}", path.display())]
    Io {
        /// The file or directory.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// The database reported an error.
    #[error("database error: {0}")]
    Database(#[from] rusqlite::Error),
    /// The database was written by a newer micadoctl.
    #[error("store schema version {found} is newer than this micadoctl supports ({supported})")]
    SchemaTooNew {
        /// Version in the database.
        found: i64,
        /// Newest version this build knows.
        supported: i64,
    },
    /// `config.toml` could not be parsed.
    #[error("invalid configuration in {}: {message}", path.display())]
    InvalidConfig {
        /// The configuration file.
        path: PathBuf,
        /// The parser's message.
        message: String,
    },
    /// `--profile` names a profile that `config.toml` does not define.
    #[error("profile \"{0}\" is not defined in config.toml")]
    UnknownProfile(String),
    /// An identity file could not be read or parsed.
    #[error("cannot read identity file {}: {reason}", path.display())]
    InvalidIdentityFile {
        /// The file.
        path: PathBuf,
        /// What went wrong.
        reason: String,
    },
    /// A recipient string is not a valid age X25519 recipient.
    #[error("invalid age recipient \"{recipient}\": {reason}")]
    InvalidRecipient {
        /// The rejected text.
        recipient: String,
        /// The parser's message.
        reason: String,
    },
    /// The recipient is already in the store.
    #[error("recipient {0} can already open the store")]
    RecipientExists(String),
    /// An explicitly given identity does not open the store.
    #[error("identity file {} does not match any recipient of the store", .0.display())]
    IdentityMismatch(PathBuf),
    /// A passphrase did not open the store.
    #[error("the passphrase does not open the store")]
    WrongPassphrase,
    /// No unlock method worked; the list says what was tried.
    #[error("the store is locked: {}", .0.join("; "))]
    Locked(Vec<String>),
    /// The operation needs a passphrase that was not given.
    #[error("{0}")]
    PassphraseRequired(String),
    /// The OS keyring cannot be used.
    #[error("{0}")]
    Keyring(String),
    /// `store rekey` found an audit log that fails verification and left the
    /// store as it was, because re-signing the log would hide the edit.
    #[error("the store was not rekeyed because the audit log fails verification: {0}")]
    AuditBroken(String),
    /// A sealed value failed authentication.
    #[error("{0} failed to decrypt: the stored value was altered or moved from another row")]
    Tampered(String),
}

impl StoreError {
    pub(crate) fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        StoreError::Io {
            path: path.into(),
            source,
        }
    }
}

impl Classify for StoreError {
    fn class(&self) -> ErrorClass {
        match self {
            StoreError::NotInitialised(_) => ErrorClass::NotFound,
            StoreError::UnknownProfile(_) => ErrorClass::Usage,
            StoreError::InvalidConfig { .. }
            | StoreError::InvalidRecipient { .. }
            | StoreError::InvalidIdentityFile { .. } => ErrorClass::InputRejected,
            StoreError::RecipientExists(_) => ErrorClass::AlreadyExists,
            StoreError::Io { source, .. } if source.kind() == std::io::ErrorKind::AlreadyExists => {
                ErrorClass::AlreadyExists
            }
            StoreError::IdentityMismatch(_)
            | StoreError::WrongPassphrase
            | StoreError::Locked(_)
            | StoreError::PassphraseRequired(_)
            | StoreError::Keyring(_) => ErrorClass::Locked,
            StoreError::Tampered(_) | StoreError::AuditBroken(_) => ErrorClass::VerificationFailed,
            StoreError::Database(e) if is_busy(e) => ErrorClass::Interrupted,
            _ => ErrorClass::Failure,
        }
    }

    fn hint(&self) -> Option<String> {
        match self {
            StoreError::NotInitialised(_) => Some("run `micadoctl init` first".into()),
            StoreError::Locked(_) => Some(
                "unlock with --identity FILE (or MICADOCTL_IDENTITY), `micadoctl unlock`, \
                 or a passphrase from --passphrase-file (or MICADOCTL_PASSPHRASE_FILE) or a terminal prompt"
                    .into(),
            ),
            StoreError::IdentityMismatch(_) => Some(
                "give an identity whose recipient `micadoctl status` lists, or leave out --identity \
                 and MICADOCTL_IDENTITY to unlock with the configured identity file, \
                 `micadoctl unlock` or --passphrase-file"
                    .into(),
            ),
            StoreError::Keyring(_) => Some(
                "without a keyring, unlock each command with --identity FILE \
                 (or MICADOCTL_IDENTITY) or --passphrase-file FILE (or MICADOCTL_PASSPHRASE_FILE)"
                    .into(),
            ),
            StoreError::AuditBroken(_) => Some(
                "restore the store from a backup, check it with `micadoctl audit verify`, \
                 then run the rekey again"
                    .into(),
            ),
            StoreError::SchemaTooNew { .. } => Some("upgrade micadoctl".into()),
            StoreError::Tampered(_) => Some(
                "restore the store from a backup and run `micadoctl audit verify`".into(),
            ),
            _ => None,
        }
    }
}

fn is_busy(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked)
    )
}
