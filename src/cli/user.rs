use std::path::PathBuf;

use clap::{ArgGroup, Args, Subcommand, ValueEnum};

/// Arguments of the `user` group: the backend and the command.
#[derive(Debug, Args)]
pub struct UserArgs {
    /// Backend
    #[command(flatten)]
    pub backend: BackendArgs,

    /// The command to run.
    #[command(subcommand)]
    pub command: UserCommand,
}

/// Backend that stores the accounts.
#[derive(Debug, Args)]
pub struct BackendArgs {
    /// Account backend [default: backend in config.toml, else local]
    #[arg(long, global = true, value_enum, value_name = "BACKEND")]
    pub backend: Option<BackendArg>,

    /// Credential Manager API base URL, such as http://credman:5001/v1.1/ [default: credman_api in config.toml]
    #[arg(long, global = true, value_name = "URL")]
    pub api: Option<String>,
}

/// Backends of `user`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum BackendArg {
    /// The encrypted store
    Local,
    /// A MiCADO Credential Manager over its REST API
    Credman,
}

/// Hash schemes for new passwords.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SchemeArg {
    /// argon2id PHC string (the default)
    Argon2id,
    /// bcrypt, written as $2y$; at most 72 bytes, no NUL byte
    Bcrypt,
    /// SHA-crypt with SHA-512, $6$
    Sha512Crypt,
}

/// Password sources of commands that set a password.
#[derive(Debug, Args)]
pub struct PasswordSource {
    /// Read the password from the first line of stdin
    #[arg(long, conflicts_with = "password_file")]
    pub password_stdin: bool,

    /// Read the password from the first line of FILE
    #[arg(long, value_name = "FILE")]
    pub password_file: Option<PathBuf>,
}

/// Commands of `user`.
#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Create an account
    #[command(after_help = "\
Names are 1-64 characters of [A-Za-z0-9._-]. Passwords are normalised to Unicode NFC and
must have 8 to 4096 bytes; they come from a prompt, --password-stdin or --password-file,
never from the command line. A machine account gets a generated password of 192 bits,
shown once on stdout, or written to --password-file (mode 0600, a new file).

Examples:
  micadoctl user add alice --email alice@example.org --role admin
  printf '%s\\n' \"$PASSWORD\" | micadoctl user add alice --password-stdin --if-absent
  micadoctl user add prometheus --machine --role metrics --password-file /run/secrets/prometheus
  micadoctl user add proxy-user --scheme bcrypt --password-file pw.txt")]
    Add(AddArgs),

    /// List accounts (no password hashes)
    #[command(after_help = "Examples:
  micadoctl user list
  micadoctl user list --output json
  micadoctl user list --backend credman --api http://credman:5001/v1.1/")]
    List,

    /// Show one account
    #[command(after_help = "Examples:
  micadoctl user show alice
  micadoctl user show alice --output json")]
    Show {
        /// Account name
        name: String,
    },

    /// Set a new password
    #[command(after_help = "\
With --if-changed, giving the current password again reports changed: false.
The Credential Manager backend needs the current password (--old-password-file)
or --generate, which lets the service choose the new password.

Examples:
  micadoctl user passwd alice
  micadoctl user passwd alice --password-file new.txt --if-changed
  micadoctl user passwd prometheus --generate --password-file /run/secrets/prometheus")]
    Passwd(PasswdArgs),

    /// Add or remove roles of an account
    #[command(after_help = "Examples:
  micadoctl user role alice --add admin
  micadoctl user role alice --add operator --remove user")]
    Role {
        /// Account name
        name: String,
        /// Role to add (repeatable)
        #[arg(long, value_name = "ROLE")]
        add: Vec<String>,
        /// Role to remove (repeatable)
        #[arg(long, value_name = "ROLE")]
        remove: Vec<String>,
    },

    /// Lock an account: verification fails until `user unlock`
    #[command(after_help = "Examples:
  micadoctl user lock mallory")]
    Lock {
        /// Account name
        name: String,
    },

    /// Unlock an account, also one locked after failed verifications
    #[command(after_help = "Examples:
  micadoctl user unlock alice")]
    Unlock {
        /// Account name
        name: String,
    },

    /// Delete an account
    #[command(after_help = "Examples:
  micadoctl user delete bob
  micadoctl user delete bob --if-exists")]
    Delete {
        /// Account name
        name: String,
        /// Succeed with changed: false when it does not exist
        #[arg(long)]
        if_exists: bool,
    },

    /// Check a password: exit 0 accepted, 3 rejected, 7 locked
    #[command(after_help = "\
The password is read from the first line of stdin, from --password-file, or from a
prompt on a terminal. After consecutive failures (lockout_failures, default 5) the
account is locked for lockout_duration (default 5m), and a locked account is rejected
with exit 7 even with the right password. An accepted password in an older scheme is
re-hashed with the configured one.

Examples:
  printf '%s\\n' \"$PASSWORD\" | micadoctl user verify alice
  micadoctl user verify alice --password-file pw.txt --output json")]
    Verify {
        /// Account name
        name: String,
        /// Read the password from the first line of FILE instead of stdin
        #[arg(long, value_name = "FILE")]
        password_file: Option<PathBuf>,
    },

    /// Import accounts from a Credential Manager database or provisioning file
    #[command(
        group(ArgGroup::new("source").required(true).args(["credman_db", "provisioning"])),
        after_help = "\
--credman-db reads the Credential Manager's SQLite database (table user: role 0 is user,
2 is admin) and keeps its Werkzeug hashes, which are re-hashed at the next successful
verification. --provisioning reads the Username,Email,Password CSV or the
authentication: block of MiCADO's credentials-micado.yml; those accounts get the role
admin. Accounts that exist already are skipped; everything else lands in one
transaction, or nothing does.

Examples:
  micadoctl user import --credman-db /var/lib/micado/credman/credential.db
  micadoctl user import --provisioning credentials-micado.yml"
    )]
    Import {
        /// Credential Manager SQLite database
        #[arg(long, value_name = "FILE")]
        credman_db: Option<PathBuf>,
        /// Username,Email,Password CSV or credentials-micado.yml
        #[arg(long, value_name = "FILE")]
        provisioning: Option<PathBuf>,
    },

    /// Write an htpasswd file for nginx or Apache basic auth
    #[command(after_help = "\
Accounts whose hash a web server can check (bcrypt as $2y$, SHA-crypt, apr1) are
written; the others, and accounts locked with `user lock`, are listed as skipped.

Examples:
  micadoctl user export --htpasswd /etc/nginx/htpasswd")]
    Export {
        /// File to write (mode 0600, replaced atomically)
        #[arg(long, value_name = "FILE", required = true)]
        htpasswd: PathBuf,
    },
}

/// Arguments of `user add`.
#[derive(Debug, Args)]
pub struct AddArgs {
    /// Account name: 1-64 characters of [A-Za-z0-9._-]
    pub name: String,

    /// E-mail address
    #[arg(long, value_name = "EMAIL")]
    pub email: Option<String>,

    /// Role (repeatable) [default: user]
    #[arg(long, value_name = "ROLE")]
    pub role: Vec<String>,

    /// A machine account with a generated password
    #[arg(long, conflicts_with = "password_stdin")]
    pub machine: bool,

    /// Hash scheme [default: scheme in config.toml, else argon2id]
    #[arg(long, value_enum, value_name = "SCHEME")]
    pub scheme: Option<SchemeArg>,

    /// Succeed with changed: false when the account exists
    #[arg(long)]
    pub if_absent: bool,

    /// Password source
    #[command(flatten)]
    pub password: PasswordSource,
}

/// Arguments of `user passwd`.
#[derive(Debug, Args)]
pub struct PasswdArgs {
    /// Account name
    pub name: String,

    /// Generate a password and show it once (on stdout, or in --password-file)
    #[arg(long, conflicts_with = "password_stdin")]
    pub generate: bool,

    /// Hash scheme [default: the account's own, else the configured one]
    #[arg(long, value_enum, value_name = "SCHEME")]
    pub scheme: Option<SchemeArg>,

    /// Report changed: false when the new password is the current one
    #[arg(long)]
    pub if_changed: bool,

    /// Current password, first line of FILE (Credential Manager backend)
    #[arg(long, value_name = "FILE")]
    pub old_password_file: Option<PathBuf>,

    /// Password source
    #[command(flatten)]
    pub password: PasswordSource,
}

/// Commands of `role`.
#[derive(Debug, Subcommand)]
pub enum RoleCommand {
    /// Define a role
    #[command(after_help = "Examples:
  micadoctl role add operator
  micadoctl role add operator --if-absent")]
    Add {
        /// Role name: 1-64 characters of [A-Za-z0-9._-]
        name: String,
        /// Succeed with changed: false when it exists
        #[arg(long)]
        if_absent: bool,
    },

    /// List roles with the number of accounts that have each
    #[command(after_help = "Examples:
  micadoctl role list")]
    List,

    /// Delete a role that no account has (user and admin cannot be deleted)
    #[command(after_help = "Examples:
  micadoctl role delete operator
  micadoctl role delete operator --if-exists")]
    Delete {
        /// Role name
        name: String,
        /// Succeed with changed: false when it does not exist
        #[arg(long)]
        if_exists: bool,
    },
}
