use std::path::PathBuf;

use clap::{Args, Subcommand, ValueEnum};

/// Services of `login`.
#[derive(Debug, Subcommand)]
pub enum LoginCommand {
    /// Log in to Vault or OpenBao and cache the token in the kernel keyring
    #[command(
        after_help = "The token is checked with auth/token/lookup-self and cached in the session keyring
until it expires (at most 7 days). The `cred` commands use it when VAULT_TOKEN is not
set. Without a login session (cron, CI), run the commands inside `keyctl session -`.
The address comes from VAULT_ADDR or vault.address in config.toml.

Examples:
  micadoctl login vault                                  # prompts for the token
  micadoctl login vault --token-file /run/secrets/vault-token
  micadoctl login vault --method userpass --username alice
  micadoctl login vault --method userpass --username ci --password-file pw.txt"
    )]
    Vault(VaultLoginArgs),
}

/// Services of `logout`.
#[derive(Debug, Subcommand)]
pub enum LogoutCommand {
    /// Drop the Vault token cached by `login vault`
    #[command(after_help = "Examples:
  micadoctl logout vault")]
    Vault {
        /// Also revoke the token on the server
        #[arg(long)]
        revoke: bool,
    },
}

/// Login methods of `login vault`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LoginMethod {
    /// An existing token, from a prompt, --token-file or stdin
    Token,
    /// The userpass auth method: user name and password
    Userpass,
}

/// Arguments of `login vault`.
#[derive(Debug, Args)]
pub struct VaultLoginArgs {
    /// How to get the token
    #[arg(long, value_enum, default_value_t = LoginMethod::Token)]
    pub method: LoginMethod,

    /// Read the token from this file (- for stdin); --method token
    #[arg(long, value_name = "FILE", conflicts_with_all = ["username", "password_file"])]
    pub token_file: Option<PathBuf>,

    /// User name; --method userpass
    #[arg(long, value_name = "NAME")]
    pub username: Option<String>,

    /// Read the password from this file (- for stdin); --method userpass
    #[arg(long, value_name = "FILE")]
    pub password_file: Option<PathBuf>,

    /// Mount path of the userpass auth method
    #[arg(long, value_name = "PATH", default_value = "userpass")]
    pub auth_mount: String,

    /// Allow plain http to a Vault address that is not a loopback address
    #[arg(long)]
    pub insecure_http: bool,
}
