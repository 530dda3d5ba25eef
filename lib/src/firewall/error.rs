use std::path::PathBuf;

use crate::error::{Classify, ErrorClass};
use crate::store::StoreError;

/// Errors of the packet filter functions.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum FirewallError {
    /// The policy file is not valid. `line` is 0 when the problem concerns
    /// the whole file.
    #[error("{}{}: {message}", file.display(), at_line(*line, field))]
    Policy {
        /// The policy file.
        file: PathBuf,
        /// Line of the offending value, from 1.
        line: usize,
        /// Path of the field, such as `management[0].allow[1]`.
        field: String,
        /// Problem, value and fix.
        message: String,
    },
    /// A rendered name, comment or prefix exceeds a limit of the target and
    /// `--strict` forbids adjusting it.
    #[error("{0}")]
    Limit(String),
    /// A kernel tool rejected the rendered rules.
    #[error("{tool} rejected the rendered rules: {message}")]
    Rejected {
        /// The tool, such as `nft`.
        tool: String,
        /// The tool's message, with the policy line it came from.
        message: String,
    },
    /// A kernel tool is not installed.
    #[error("{tool} not found; install the Debian package {package}")]
    ToolMissing {
        /// The program.
        tool: String,
        /// The package that ships it.
        package: String,
    },
    /// A kernel tool failed for another reason than the rules.
    #[error("{tool} failed: {message}")]
    Tool {
        /// The command line, such as `nft -f -`.
        tool: String,
        /// Its message.
        message: String,
    },
    /// Nothing was saved to roll back to, or nothing waits for a confirmation.
    #[error("{0}")]
    NothingPending(String),
    /// The saved state belongs to another network namespace.
    #[error(
        "the saved packet filter state belongs to network namespace {recorded}, but this process runs in {current}"
    )]
    OtherNamespace {
        /// The namespace recorded by `apply`.
        recorded: String,
        /// The namespace of this process.
        current: String,
    },
    /// The apply was rolled back.
    #[error("{0}")]
    RolledBack(String),
    /// A file could not be read or written.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// The store reported an error.
    #[error(transparent)]
    Store(#[from] StoreError),
}

fn at_line(line: usize, field: &str) -> String {
    match (line, field.is_empty()) {
        (0, true) => String::new(),
        (0, false) => format!(", field {field}"),
        (_, true) => format!(":{line}"),
        (_, false) => format!(":{line}, field {field}"),
    }
}

impl FirewallError {
    pub(crate) fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        FirewallError::Io {
            path: path.into(),
            source,
        }
    }
}

fn io_class(source: &std::io::Error) -> ErrorClass {
    match source.kind() {
        std::io::ErrorKind::NotFound => ErrorClass::NotFound,
        std::io::ErrorKind::AlreadyExists => ErrorClass::AlreadyExists,
        std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem => {
            ErrorClass::Locked
        }
        _ => ErrorClass::Failure,
    }
}

impl From<rusqlite::Error> for FirewallError {
    fn from(e: rusqlite::Error) -> Self {
        FirewallError::Store(StoreError::Database(e))
    }
}

impl Classify for FirewallError {
    fn class(&self) -> ErrorClass {
        match self {
            FirewallError::Policy { .. }
            | FirewallError::Limit(_)
            | FirewallError::Rejected { .. } => ErrorClass::InputRejected,
            FirewallError::NothingPending(_) => ErrorClass::NotFound,
            FirewallError::OtherNamespace { .. } => ErrorClass::Usage,
            FirewallError::RolledBack(_) => ErrorClass::Interrupted,
            FirewallError::Store(e) => e.class(),
            FirewallError::Io { source, .. } => io_class(source),
            FirewallError::ToolMissing { .. } | FirewallError::Tool { .. } => ErrorClass::Failure,
        }
    }

    fn hint(&self) -> Option<String> {
        match self {
            FirewallError::ToolMissing { .. } => {
                Some("scripts/test installs nftables and iptables on Debian".into())
            }
            FirewallError::OtherNamespace { .. } => Some(
                "run confirm or rollback in the network namespace where apply ran (ip netns exec NAME micadoctl ...)"
                    .into(),
            ),
            FirewallError::Limit(_) => Some("shorten the value, or drop --strict to let micadoctl adjust it".into()),
            FirewallError::Store(e) => e.hint(),
            _ => None,
        }
    }
}
