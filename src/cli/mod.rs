//! The command-line definition: one clap type per command group.

mod audit;
pub mod ca;
mod cred;
mod firewall;
mod image;
mod manifest;
pub mod secret;
mod store;
pub mod user;
mod vault;

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

pub use audit::{AuditCommand, AuditFilterArgs};
pub use cred::{
    BackendArgs, BackendKind, CredArgs, CredCommand, ExportFormat, ImportFormatArg, LayoutArg,
    RotateArgs, SetArgs, ValueSource,
};
pub use firewall::{BackendArg, FirewallCommand, FormatArg, PolicyArgs, PresetArg};
pub use image::{ImageCommand, ImageExportFormat, ImageImportFormat, RegisterArgs, VerifyArgs};
pub use manifest::{CreateArgs, ManifestCommand};
pub use secret::{
    ApplyArgs, EncryptionConfigArgs, ProviderArg, RecipientsArgs, RenderArgs, RenderSource,
    SealArgs, SecretCommand, UnsealArgs,
};
pub use store::StoreCommand;
pub use user::{
    AddArgs, PasswdArgs, PasswordSource, RoleCommand, SchemeArg, UserArgs, UserCommand,
};
pub use vault::{LoginCommand, LoginMethod, LogoutCommand, VaultLoginArgs};

const AFTER_HELP: &str = "\
Exit codes:
  0  success, or nothing to change     5  already exists
  1  error                             6  input rejected
  2  usage                             7  permission denied or locked store
  3  verification failed               8  interrupted or rolled back
  4  not found

Examples:
  micadoctl init
  micadoctl cred import credentials-cloud-api.yml
  micadoctl cred exec ec2 -- aws ec2 describe-instances
  micadoctl ca issue worker-1 --cert-profile worker --if-missing
  micadoctl audit verify";

/// Security toolkit for MiCADO cloud orchestration clusters.
#[derive(Debug, Parser)]
#[command(name = "micadoctl", version, about, max_term_width = 100, after_help = AFTER_HELP)]
pub struct Cli {
    /// Options shared by every command.
    #[command(flatten)]
    pub global: GlobalArgs,

    /// The command to run.
    #[command(subcommand)]
    pub command: Command,
}

/// Options shared by every command.
#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]
    #[arg(
        long,
        global = true,
        env = "MICADOCTL_HOME",
        hide_env_values = true,
        value_parser = path_allowing_empty,
        value_name = "DIR"
    )]
    pub home: Option<PathBuf>,

    /// Profile from config.toml whose settings apply
    #[arg(
        long,
        global = true,
        env = "MICADOCTL_PROFILE",
        hide_env_values = true,
        value_parser = clap::builder::StringValueParser::new(),
        value_name = "NAME"
    )]
    pub profile: Option<String>,

    /// Output format of the result on stdout
    #[arg(
        long,
        short = 'o',
        global = true,
        value_enum,
        value_name = "FORMAT",
        default_value_t = OutputFormat::Text
    )]
    pub output: OutputFormat,

    /// Print less: no notes, no warnings (repeatable)
    #[arg(long, short = 'q', global = true, action = clap::ArgAction::Count)]
    pub quiet: u8,

    /// Print more detail on stderr (repeatable)
    #[arg(long, short = 'v', global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,

    /// Never prompt; fail when input would be needed
    #[arg(long, global = true)]
    pub no_input: bool,

    /// When to use colour on stderr
    #[arg(
        long,
        global = true,
        value_enum,
        value_name = "WHEN",
        default_value_t = ColorChoice::Auto
    )]
    pub color: ColorChoice,

    /// age identity file that unlocks the store
    #[arg(
        long,
        short = 'i',
        global = true,
        env = "MICADOCTL_IDENTITY",
        hide_env_values = true,
        value_parser = path_allowing_empty,
        value_name = "FILE"
    )]
    pub identity: Option<PathBuf>,

    /// File whose first line is the store passphrase
    #[arg(
        long,
        global = true,
        env = "MICADOCTL_PASSPHRASE_FILE",
        hide_env_values = true,
        value_parser = path_allowing_empty,
        value_name = "FILE"
    )]
    pub passphrase_file: Option<PathBuf>,
}

/// Parses a path option, accepting an empty value so that an empty environment
/// variable counts as unset instead of a usage error.
fn path_allowing_empty(value: &str) -> Result<PathBuf, std::convert::Infallible> {
    Ok(PathBuf::from(value))
}

impl GlobalArgs {
    /// Treats an option set to an empty value (such as `MICADOCTL_IDENTITY=`) as
    /// not set, as shells and the state home resolution do.
    pub fn drop_empty_values(&mut self) {
        let empty_path = |p: &Option<PathBuf>| p.as_ref().is_some_and(|p| p.as_os_str().is_empty());
        if empty_path(&self.home) {
            self.home = None;
        }
        if empty_path(&self.identity) {
            self.identity = None;
        }
        if empty_path(&self.passphrase_file) {
            self.passphrase_file = None;
        }
        if self.profile.as_deref() == Some("") {
            self.profile = None;
        }
    }
}

/// Output format of results.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// Text for people: lines and tables
    Text,
    /// One JSON document with stable field names
    Json,
}

/// When to use colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// Colour when stderr is a terminal and NO_COLOR is unset
    Auto,
    /// Always colour
    Always,
    /// Never colour
    Never,
}

/// The command groups.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create the state home, the encrypted store and an identity
    #[command(after_help = "Examples:
  micadoctl init
  micadoctl --home /srv/micadoctl init --identity-file /root/.config/micadoctl/identity.txt
  micadoctl init --passphrase --passphrase-file /run/secrets/store-passphrase
  micadoctl init --recipient age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p")]
    Init(InitArgs),

    /// Show the store: home, schema, lock state, recipients and record counts
    #[command(after_help = "Examples:
  micadoctl status
  micadoctl status --output json")]
    Status,

    /// Cache the store key in the kernel keyring for a limited time
    #[command(
        after_help = "The key is cached in the session keyring (Linux keyutils) and expires by itself.
Without a session keyring (cron, CI), run the commands inside `keyctl session -`.

Examples:
  micadoctl unlock --ttl 30m
  micadoctl cred get ec2 --field secretkey && micadoctl lock"
    )]
    Unlock(UnlockArgs),

    /// Drop the store key cached by `unlock`
    #[command(after_help = "Examples:
  micadoctl lock")]
    Lock,

    /// Web access accounts: users, roles, password verification and lockout
    #[command(
        after_help = "Settings in the [users] table of config.toml (defaults shown):
  backend = \"local\"            local (the store) or credman
  credman_api = \"http://credman:5001/v1.1/\"   Credential Manager API URL; no default
  scheme = \"argon2id\"          scheme of new passwords: argon2id, bcrypt or sha512-crypt
  argon2_memory_kib = 65536    argon2_iterations = 3    argon2_parallelism = 4
  bcrypt_cost = 12             sha_crypt_rounds = 656000
  lockout_failures = 5         consecutive failures that lock an account (0: never)
  lockout_duration = \"5m\"      how long the lockout lasts

Examples:
  micadoctl user add alice --email alice@example.org --role admin
  printf '%s\\n' \"$PASSWORD\" | micadoctl user verify alice
  micadoctl user import --credman-db credential.db
  micadoctl user export --htpasswd /etc/nginx/htpasswd
  micadoctl user list --backend credman --api http://credman:5001/v1.1/"
    )]
    User(UserArgs),

    /// Roles of web access accounts
    #[command(
        subcommand,
        after_help = "Examples:
  micadoctl role add operator
  micadoctl role list
  micadoctl role delete operator"
    )]
    Role(RoleCommand),

    /// Cloud credentials: encrypted, versioned, audited, injected per use
    #[command(after_help = "Examples:
  micadoctl cred import credentials-cloud-api.yml
  micadoctl cred list
  micadoctl cred get ec2 --field secretkey
  micadoctl cred exec ec2 -- aws ec2 describe-instances
  micadoctl cred export --format micado --out credentials-cloud-api.yml
  micadoctl cred --backend vault list")]
    Cred(CredArgs),

    /// The certificate authority for master-worker IPsec: certificates, CRLs, strongSwan files
    #[command(
        subcommand,
        after_help = "Examples:
  micadoctl ca init
  micadoctl ca issue master --cert-profile master --san masternode.micado --san 192.0.2.10
  micadoctl ca issue worker-1 --cert-profile worker --if-missing
  micadoctl ca export worker-1 --format swanctl /etc/swanctl
  micadoctl ca revoke worker-1 && micadoctl ca crl --out /etc/swanctl/x509crl/micado.crl"
    )]
    Ca(ca::CaCommand),

    /// Master node packet filter: policy, nftables and iptables rules, safe apply
    #[command(
        subcommand,
        after_help = "Examples:
  micadoctl firewall init-policy --preset micado-k3s --out firewall.yml
  micadoctl firewall render firewall.yml --explain
  micadoctl firewall check firewall.yml
  micadoctl firewall apply firewall.yml && micadoctl firewall confirm"
    )]
    Firewall(FirewallCommand),

    /// Image integrity: registry of trusted image digests, verification, Glance check
    #[command(
        subcommand,
        after_help = "Examples:
  micadoctl image register ubuntu-22.04 /var/lib/images/ubuntu-22.04.qcow2
  micadoctl image verify ubuntu-22.04 /var/lib/images/ubuntu-22.04.qcow2
  micadoctl image verify ubuntu-22.04 --glance 66d7043a-bf24-48a4-9cd7-f4cc7403ffa9
  micadoctl image import iivr-hashes.txt
  micadoctl image hash --algo sha256,blake3 disk.raw"
    )]
    Image(ImageCommand),

    /// File-tree baselines: record a directory, check it later
    #[command(
        subcommand,
        after_help = "Examples:
  micadoctl manifest create /usr --out /root/usr.manifest
  micadoctl manifest check /usr --manifest /root/usr.manifest"
    )]
    Manifest(ManifestCommand),

    /// Application secrets: sealed descriptors and Kubernetes Secrets
    #[command(
        subcommand,
        after_help = "Examples:
  micadoctl secret seal adt.yaml --recipient age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p
  micadoctl secret unseal adt.yaml --out - | less
  micadoctl secret render adt.yaml
  micadoctl secret apply adt.yaml --kubeconfig /etc/rancher/k3s/k3s.yaml"
    )]
    Secret(SecretCommand),

    /// The tamper-evident audit log
    #[command(
        subcommand,
        after_help = "Examples:
  micadoctl audit list --since 24h
  micadoctl audit verify
  micadoctl audit export --since 1h --out audit.jsonl"
    )]
    Audit(AuditCommand),

    /// Keys and recipients of the store
    #[command(
        subcommand,
        after_help = "Examples:
  micadoctl store add-recipient age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p
  micadoctl store rekey
  micadoctl store backup /var/backups/micadoctl.db"
    )]
    Store(StoreCommand),

    /// Log in to a service and cache its token in the kernel keyring
    #[command(
        subcommand,
        after_help = "Examples:
  micadoctl login vault
  micadoctl login vault --method userpass --username alice"
    )]
    Login(LoginCommand),

    /// Drop a token cached by `login`
    #[command(
        subcommand,
        after_help = "Examples:
  micadoctl logout vault
  micadoctl logout vault --revoke"
    )]
    Logout(LogoutCommand),

    /// Print a shell completion script
    #[command(after_help = "Examples:
  micadoctl completions bash > /etc/bash_completion.d/micadoctl
  micadoctl completions zsh > \"${fpath[1]}/_micadoctl\"
  micadoctl completions fish > ~/.config/fish/completions/micadoctl.fish")]
    Completions {
        /// Shell to generate the script for
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },

    /// Write the man pages into a directory
    #[command(hide = true)]
    Manpages {
        /// Directory to write into
        dir: PathBuf,
    },
}

/// Arguments of `init`.
#[derive(Debug, Args)]
pub struct InitArgs {
    /// Identity file to create or append to [default: identity.txt in the state home]
    #[arg(long, value_name = "FILE", conflicts_with = "passphrase")]
    pub identity_file: Option<PathBuf>,

    /// Protect the store with a passphrase (age scrypt) instead of an identity file
    #[arg(long)]
    pub passphrase: bool,

    /// Extra age recipient that can open the store, such as an offline recovery key (repeatable)
    #[arg(long, value_name = "AGE_RECIPIENT")]
    pub recipient: Vec<String>,
}

/// Arguments of `unlock`.
#[derive(Debug, Args)]
pub struct UnlockArgs {
    /// How long the key stays cached: a duration such as 15m, 1h or 8h
    #[arg(
        long,
        value_name = "DURATION",
        default_value = "15m",
        value_parser = humantime::parse_duration
    )]
    pub ttl: std::time::Duration,
}
