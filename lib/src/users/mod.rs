//! Web access accounts: the users that the master node's web front end lets
//! in, with roles, password hashes, verification and lockout.
//!
//! Two backends implement [`AccountBackend`]: [`LocalAccounts`] keeps the
//! accounts in the store, and [`CredmanAccounts`] drives a MiCADO Credential
//! Manager over its REST API. Both append an audit record to the store for
//! every change and every verification, never with a password in it.
//!
//! In the store, each password hash is sealed with the account's name as
//! associated data, so a hash copied from one account to another (to log in
//! with a known password) does not open.

mod config;
mod credman;
mod error;
pub mod hashing;
mod htpasswd;
pub mod import;
mod local;
mod local_verify;
pub mod lockout;
mod output_file;
mod password;
mod roles;

use serde::Serialize;

pub use config::UsersConfig;
pub use credman::CredmanAccounts;
pub use error::UserError;
pub use hashing::Scheme;
pub use htpasswd::HtpasswdExport;
pub use local::{LocalAccounts, Settings};
pub use lockout::{Clock, FixedClock, LockoutPolicy, SystemClock};
pub use output_file::OutputFile;
pub use password::{MAX_PASSWORD_BYTES, MIN_PASSWORD_BYTES, Password};
pub use roles::RoleInfo;

/// Roles that exist in every store and cannot be deleted.
pub const BUILTIN_ROLES: [&str; 2] = ["admin", "user"];

/// Whether an account belongs to a person or to a program.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// A person who logs in with a form.
    Human,
    /// A program that uses HTTP Basic with a generated password.
    Machine,
}

impl Kind {
    /// Returns the name stored and shown.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Human => "human",
            Kind::Machine => "machine",
        }
    }

    fn parse(text: &str) -> Kind {
        if text == "machine" {
            Kind::Machine
        } else {
            Kind::Human
        }
    }
}

/// The password of a new account or a password change.
#[derive(Debug, Clone)]
pub enum NewPassword {
    /// A password the user gave.
    Given(Password),
    /// Generate one with at least 128 bits of entropy and return it once.
    Generate,
}

/// A request to create an account.
#[derive(Debug, Clone)]
pub struct NewUser {
    /// Account name.
    pub name: String,
    /// E-mail address.
    pub email: Option<String>,
    /// Roles; `user` when empty.
    pub roles: Vec<String>,
    /// Human or machine.
    pub kind: Kind,
    /// Hash scheme; the configured one when `None`.
    pub scheme: Option<Scheme>,
    /// The password.
    pub password: NewPassword,
    /// Report `changed: false` instead of an error when the account exists.
    pub if_absent: bool,
}

/// A request to change a password.
#[derive(Debug, Clone)]
pub struct PasswordChange {
    /// The new password.
    pub new: NewPassword,
    /// The current password, which the Credential Manager requires.
    pub old: Option<Password>,
    /// Hash scheme; the account's own (or the configured one) when `None`.
    pub scheme: Option<Scheme>,
    /// Report `changed: false` when the new password is the current one.
    pub if_changed: bool,
}

/// Result of a change that may have generated a password.
#[derive(Debug)]
pub struct ChangeOutcome {
    /// Account name.
    pub name: String,
    /// Whether anything changed.
    pub changed: bool,
    /// The generated password, to be shown once.
    pub generated: Option<Password>,
}

/// Result of `user role`.
#[derive(Debug, Clone, Serialize)]
pub struct RolesOutcome {
    /// Account name.
    pub name: String,
    /// Whether the roles changed.
    pub changed: bool,
    /// The roles after the change.
    pub roles: Vec<String>,
}

/// An account as `user list` and `user show` print it. Fields a backend does
/// not know are `None`.
#[derive(Debug, Clone, Serialize)]
pub struct UserInfo {
    /// Account name.
    pub name: String,
    /// E-mail address.
    pub email: Option<String>,
    /// Roles, sorted.
    pub roles: Vec<String>,
    /// `human` or `machine`.
    pub kind: Option<Kind>,
    /// Locked by `user lock`.
    pub disabled: bool,
    /// Locked now: by `user lock` or by the lockout after failures.
    pub locked: bool,
    /// End of the current lockout, RFC 3339.
    pub locked_until: Option<String>,
    /// Consecutive failed verifications.
    pub failures: Option<i64>,
    /// Scheme of the stored hash.
    pub scheme: Option<Scheme>,
    /// Creation time, RFC 3339.
    pub created: Option<String>,
    /// Last password change, RFC 3339.
    pub password_changed: Option<String>,
}

/// Outcome of a verification.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    /// The password is right and the account is not locked.
    Accepted,
    /// Wrong password or unknown account.
    Rejected,
    /// The account is locked; the password was not checked.
    Locked,
}

/// Result of `user verify`.
#[derive(Debug, Clone, Serialize)]
pub struct Verification {
    /// Account name.
    pub name: String,
    /// The outcome.
    pub verdict: Verdict,
    /// End of the lockout, when locked by failures.
    pub locked_until: Option<String>,
    /// The scheme the hash was replaced with after an accepted verification.
    pub rehashed_to: Option<Scheme>,
}

/// The operations of `micadoctl user`, over one backend.
pub trait AccountBackend {
    /// Returns the backend's name, `local` or `credman`.
    fn backend_name(&self) -> &'static str;
    /// Creates an account.
    fn add(&mut self, request: NewUser) -> Result<ChangeOutcome, UserError>;
    /// Lists every account.
    fn list(&mut self) -> Result<Vec<UserInfo>, UserError>;
    /// Shows one account.
    fn show(&mut self, name: &str) -> Result<UserInfo, UserError>;
    /// Changes a password.
    fn set_password(
        &mut self,
        name: &str,
        change: PasswordChange,
    ) -> Result<ChangeOutcome, UserError>;
    /// Adds and removes roles.
    fn change_roles(
        &mut self,
        name: &str,
        add: &[String],
        remove: &[String],
    ) -> Result<RolesOutcome, UserError>;
    /// Locks (`true`) or unlocks an account; returns whether it changed.
    fn set_locked(&mut self, name: &str, locked: bool) -> Result<bool, UserError>;
    /// Deletes an account; with `if_exists`, a missing one is `false`.
    fn delete(&mut self, name: &str, if_exists: bool) -> Result<bool, UserError>;
    /// Checks a password.
    fn verify(&mut self, name: &str, password: &Password) -> Result<Verification, UserError>;
}

/// Checks an account name: 1 to 64 bytes of `[A-Za-z0-9._-]`.
pub fn check_user_name(name: &str) -> Result<(), UserError> {
    crate::names::check_name(name).map_err(|message| {
        UserError::invalid(format!("user name \"{}\"", name.escape_debug()), message)
    })
}

/// Checks a role name with the same rules as account names.
pub fn check_role_name(name: &str) -> Result<(), UserError> {
    crate::names::check_name(name).map_err(|message| {
        UserError::invalid(format!("role name \"{}\"", name.escape_debug()), message)
    })
}

/// Checks an e-mail address loosely: one `@`, no spaces or control characters.
pub fn check_email(email: &str) -> Result<(), UserError> {
    let subject = || format!("e-mail address \"{}\"", email.escape_debug());
    if let Some(c) = email.chars().find(|c| c.is_whitespace() || c.is_control()) {
        return Err(UserError::invalid(
            subject(),
            format!("it contains {}", crate::names::describe_char(c)),
        ));
    }
    if email.len() > 254 || email.matches('@').count() != 1 || email.starts_with('@') {
        return Err(UserError::invalid(
            subject(),
            "write it as NAME@DOMAIN with at most 254 bytes",
        ));
    }
    Ok(())
}

/// Returns the audit object of an account.
pub(crate) fn object(name: &str) -> String {
    format!("user/{name}")
}
