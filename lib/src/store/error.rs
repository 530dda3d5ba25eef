use std::path::{Path, PathBuf};

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
    /// SQLite opened the database read-only, because this user may not write
    /// the file.
    #[error("database {} is read-only for this user", .0.display())]
    ReadOnlyDatabase(PathBuf),
    /// The database file is not an SQLite database or is corrupt.
    #[error("database {} is damaged: {reason}", path.display())]
    DamagedDatabase {
        /// The database file.
        path: PathBuf,
        /// SQLite's message, such as "database disk image is malformed".
        reason: String,
    },
    /// The busy timeout ran out while another connection held the write lock.
    #[error(
        "waited {} s for another micadoctl command holding the write lock of {}, and gave up without changing anything",
        .seconds, .path.display()
    )]
    Busy {
        /// The database file.
        path: PathBuf,
        /// How long the command waited.
        seconds: u64,
    },
    /// Another command (`store rekey`) replaced the data key after this one
    /// unlocked the store, and the new key could not be unwrapped with the
    /// unlock method this command used.
    #[error(
        "another micadoctl command replaced the store key while this one waited for the write lock, so nothing was changed"
    )]
    KeyReplaced,
    /// The database was written by a newer micadoctl.
    #[error("store schema version {found} is newer than this micadoctl supports ({supported})")]
    SchemaTooNew {
        /// Version in the database.
        found: i64,
        /// Newest version this build supports.
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
    #[error("profile \"{name}\" is not defined in {}, which {}", path.display(), defined_text(.defined))]
    UnknownProfile {
        /// The requested profile.
        name: String,
        /// The configuration file.
        path: PathBuf,
        /// The profiles the file defines.
        defined: Vec<String>,
    },
    /// An identity file given explicitly does not exist.
    #[error("identity file {} not found", .0.display())]
    IdentityFileNotFound(PathBuf),
    /// An identity file can be read or written by group or others.
    #[error(
        "identity file {} has mode {mode:04o}, which gives group or others access to the private key",
        path.display()
    )]
    IdentityFileExposed {
        /// The file.
        path: PathBuf,
        /// Its permission bits.
        mode: u32,
    },
    /// An identity file could not be parsed.
    #[error("cannot read identity file {}: {reason}", path.display())]
    InvalidIdentityFile {
        /// The file.
        path: PathBuf,
        /// Description of the problem.
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
    /// A new passphrase is shorter than [`MIN_PASSPHRASE_CHARS`](super::MIN_PASSPHRASE_CHARS).
    #[error("the passphrase has {length} characters, fewer than the minimum of {minimum}")]
    PassphraseTooShort {
        /// Characters in the rejected passphrase.
        length: usize,
        /// The minimum.
        minimum: usize,
    },
    /// No unlock method worked. The list contains what was tried.
    #[error("the store is locked: {}", .0.join("; "))]
    Locked(Vec<String>),
    /// The operation needs a passphrase that was not given.
    #[error("{0}")]
    PassphraseRequired(String),
    /// The OS keyring cannot be used.
    #[error("{0}")]
    Keyring(String),
    /// A key cache lifetime is zero or longer than [`keycache::MAX_TTL`](super::keycache::MAX_TTL).
    #[error("{}", ttl_message(*.0))]
    InvalidTtl(std::time::Duration),
    /// `store backup` was given a path that exists (a file or a directory).
    #[error("backup target {} exists already", .0.display())]
    BackupExists(PathBuf),
    /// `store rekey` found an audit log that fails verification and left the
    /// store as it was, because re-signing the log would hide the edit.
    #[error("the store was not rekeyed because the audit log fails verification: {0}")]
    AuditBroken(String),
    /// The end of the audit log does not match its head, so no record can be
    /// chained to it; the command changed nothing.
    #[error("the audit log fails verification, so this command changed nothing: {0}")]
    AuditTailBroken(String),
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

    /// Names the database file in a database error whose cause is the file
    /// itself (read-only, damaged, locked by another command); other errors
    /// are returned unchanged.
    pub(crate) fn at_database(self, path: &Path, busy_timeout: std::time::Duration) -> Self {
        let StoreError::Database(e) = self else {
            return self;
        };
        match e.sqlite_error_code() {
            Some(rusqlite::ErrorCode::ReadOnly) => StoreError::ReadOnlyDatabase(path.to_path_buf()),
            Some(rusqlite::ErrorCode::NotADatabase | rusqlite::ErrorCode::DatabaseCorrupt) => {
                StoreError::DamagedDatabase {
                    path: path.to_path_buf(),
                    reason: sqlite_message(&e),
                }
            }
            _ if is_busy(&e) => StoreError::Busy {
                path: path.to_path_buf(),
                seconds: busy_timeout.as_secs(),
            },
            _ => StoreError::Database(e),
        }
    }
}

fn sqlite_message(e: &rusqlite::Error) -> String {
    match e {
        rusqlite::Error::SqliteFailure(_, Some(message)) => message.clone(),
        rusqlite::Error::SqliteFailure(code, None) => code.to_string(),
        other => other.to_string(),
    }
}

fn ttl_message(ttl: std::time::Duration) -> String {
    if ttl.is_zero() {
        return "the key cache lifetime must be longer than zero".into();
    }
    let max_days = super::keycache::MAX_TTL.as_secs() / (24 * 60 * 60);
    format!(
        "the key cache lifetime {} is longer than the maximum of {max_days} days",
        humantime::format_duration(ttl)
    )
}

fn defined_text(defined: &[String]) -> String {
    if defined.is_empty() {
        "defines no profiles".into()
    } else {
        format!("defines {}", defined.join(", "))
    }
}

impl Classify for StoreError {
    fn class(&self) -> ErrorClass {
        match self {
            StoreError::NotInitialised(_) | StoreError::IdentityFileNotFound(_) => {
                ErrorClass::NotFound
            }
            StoreError::UnknownProfile { .. } | StoreError::InvalidTtl(_) => ErrorClass::Usage,
            StoreError::InvalidConfig { .. }
            | StoreError::InvalidRecipient { .. }
            | StoreError::InvalidIdentityFile { .. }
            | StoreError::PassphraseTooShort { .. } => ErrorClass::InputRejected,
            StoreError::RecipientExists(_) | StoreError::BackupExists(_) => {
                ErrorClass::AlreadyExists
            }
            StoreError::Io { source, .. } => io_class(source),
            StoreError::IdentityMismatch(_)
            | StoreError::IdentityFileExposed { .. }
            | StoreError::WrongPassphrase
            | StoreError::Locked(_)
            | StoreError::PassphraseRequired(_)
            | StoreError::Keyring(_)
            | StoreError::ReadOnlyDatabase(_) => ErrorClass::Locked,
            StoreError::Tampered(_)
            | StoreError::AuditBroken(_)
            | StoreError::AuditTailBroken(_) => ErrorClass::VerificationFailed,
            StoreError::Busy { .. } | StoreError::KeyReplaced => ErrorClass::Interrupted,
            StoreError::Database(e) if is_busy(e) => ErrorClass::Interrupted,
            StoreError::Database(e)
                if e.sqlite_error_code() == Some(rusqlite::ErrorCode::ReadOnly) =>
            {
                ErrorClass::Locked
            }
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
            StoreError::IdentityFileNotFound(_) => Some(
                "check the path given with --identity (or MICADOCTL_IDENTITY). Without either, \
                 micadoctl uses the identity file named in config.toml, the key cached by \
                 `micadoctl unlock` or a passphrase"
                    .into(),
            ),
            StoreError::IdentityFileExposed { path, .. } => Some(format!(
                "run `chmod 600 {}`: a private key must be readable and writable by its owner only",
                path.display()
            )),
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
            StoreError::AuditTailBroken(_) => Some(
                "records were removed from the end of the log; compare it with an exported copy \
                 or restore the store from a backup"
                    .into(),
            ),
            StoreError::InvalidConfig { .. } => Some(
                "config.toml takes [store] with identity_file, credentials_backend = \"local\" or \
                 \"vault\" and a [store.vault] table, [profiles.NAME] tables with the same keys, \
                 and [users] (see `micadoctl user --help`)"
                    .into(),
            ),
            StoreError::SchemaTooNew { .. } => Some("upgrade micadoctl".into()),
            StoreError::Tampered(_) => Some(
                "restore the store from a backup and run `micadoctl audit verify`".into(),
            ),
            StoreError::ReadOnlyDatabase(path) => Some(format!(
                "run micadoctl as the user that owns {}, or give that user write access to the file and its directory",
                path.display()
            )),
            StoreError::DamagedDatabase { .. } => Some(DAMAGED_HINT.into()),
            StoreError::Database(e)
                if matches!(
                    e.sqlite_error_code(),
                    Some(rusqlite::ErrorCode::NotADatabase | rusqlite::ErrorCode::DatabaseCorrupt)
                ) =>
            {
                Some(format!("micadoctl.db in the state home is damaged: {DAMAGED_HINT}"))
            }
            StoreError::Busy { .. } => {
                Some("run the command again when the other micadoctl command has finished".into())
            }
            StoreError::KeyReplaced => Some(
                "run the command again; a key cached by `micadoctl unlock` before the key was \
                 replaced no longer opens the store, so run `micadoctl unlock` again if you rely on it"
                    .into(),
            ),
            StoreError::InvalidTtl(_) => Some(
                "give a --ttl such as 8h, and run `micadoctl unlock` again when it runs out".into(),
            ),
            StoreError::BackupExists(_) => Some(
                "give a new file name: `store backup` never overwrites a file".into(),
            ),
            StoreError::Io { path, source } if io_class(source) == ErrorClass::Locked => {
                Some(format!(
                    "run micadoctl as a user that can access {}, or change the permissions of that path",
                    path.display()
                ))
            }
            _ => None,
        }
    }
}

const DAMAGED_HINT: &str = "restore it from a copy written by `micadoctl store backup`, \
     then check the restored store with `micadoctl audit verify`";

fn io_class(source: &std::io::Error) -> ErrorClass {
    match source.kind() {
        std::io::ErrorKind::AlreadyExists => ErrorClass::AlreadyExists,
        std::io::ErrorKind::PermissionDenied => ErrorClass::Locked,
        _ => ErrorClass::Failure,
    }
}

fn is_busy(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked)
    )
}
