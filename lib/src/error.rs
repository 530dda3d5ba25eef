//! Error classes shared by every domain error of the library.
//!
//! Each domain has its own `thiserror` enum; [`Classify`] maps every variant to
//! one [`ErrorClass`], which the command-line program turns into its exit code.

/// The kind of failure, independent of the domain that reported it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorClass {
    /// Any failure without a more specific class (I/O, database, a child process).
    Failure,
    /// Invalid combination of options or arguments.
    Usage,
    /// A MAC, password, hash, signature or chain did not verify.
    VerificationFailed,
    /// The named object does not exist.
    NotFound,
    /// The named object exists already.
    AlreadyExists,
    /// The input was read but rejected as invalid.
    InputRejected,
    /// Permission denied, or the store could not be unlocked.
    Locked,
    /// The operation was interrupted or rolled back.
    Interrupted,
}

/// Implemented by every error type of the library.
pub trait Classify {
    /// Returns the class of this error.
    fn class(&self) -> ErrorClass;

    /// Returns a suggestion for the user, when there is a useful one.
    fn hint(&self) -> Option<String> {
        None
    }
}
