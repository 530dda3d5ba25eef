use std::path::PathBuf;

use clap::{Args, Subcommand, ValueEnum};

const SEAL_HELP: &str = "\
Selected by default: every value under text_secrets of
tosca.policies.Security.MiCADO.Secret.KubernetesSecretDistribution policies, and the
encryption_key of tosca.policies.Security.MiCADO.Network.* policies. Each selected value
is replaced in place by ENC[v1,...]; comments, key order, indentation and quoting of the
rest of the file stay byte for byte. The data key is wrapped to each recipient in a
micadoctl_sealed block at the end of the file, and one MAC covers every value, sealed or
not, with its path, and the recipient list.

Sealing a sealed file seals new plain values at selected paths with its existing data key
(this needs an identity) and reports changed: false when there is nothing to seal.

Path patterns: keys separated by dots, [N] for a list position, * or [*] for any key or
position, [\"key\"] for a key with dots or spaces.

Examples:
  micadoctl secret seal adt.yaml --recipient age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p
  micadoctl secret seal adt.yaml --recipient \"$(cat ~/.ssh/id_ed25519.pub)\" --recipient age1...
  micadoctl secret seal adt.yaml --recipient age1... --path 'topology_template.node_templates.db.properties.env[*].value'";

const UNSEAL_HELP: &str = "\
The MAC over the whole file is checked first: an edit to a sealed value, to a plain value
or to the recipient list fails with exit code 3 and names the first path that does not
match. The identity comes from --identity, MICADOCTL_IDENTITY, or the identity file of the
store.

Examples:
  micadoctl secret unseal adt.yaml
  micadoctl secret unseal adt.yaml --out - | less
  micadoctl secret unseal adt.yaml --identity ~/.ssh/id_ed25519 --out adt.plain.yaml";

const RECIPIENTS_HELP: &str = "\
Every change re-keys the file: a new data key, every value sealed again, so a removed
recipient cannot read a later version. The file is replaced atomically. Without --add or
--remove the recipients are listed.

Examples:
  micadoctl secret recipients adt.yaml
  micadoctl secret recipients adt.yaml --add age1... --remove age1...
  micadoctl secret recipients adt.yaml --add \"$(cat colleague_ed25519.pub)\"";

/// Commands of `secret`.
#[derive(Debug, Subcommand)]
pub enum SecretCommand {
    /// Seal the secret values of an application description in place
    #[command(after_help = SEAL_HELP)]
    Seal(SealArgs),

    /// Restore the original application description after checking its MAC
    #[command(after_help = UNSEAL_HELP)]
    Unseal(UnsealArgs),

    /// List or change who can unseal a file; every change re-keys it
    #[command(after_help = RECIPIENTS_HELP)]
    Recipients(RecipientsArgs),

    /// Print Kubernetes Secret manifests from the values of a description
    #[command(after_help = "\
Layouts: micado puts every text_secrets key into the Secret micado.appsecret in namespace
default, as MiCADO's deployer does; per-app makes one Secret per policy target. The TLS key
of a network-security policy becomes a kubernetes.io/tls Secret with its certificate.
A value written STORE[NAME] is read from the store with --from-store.

Examples:
  micadoctl secret render adt.yaml
  micadoctl secret render adt.yaml --layout per-app --namespace shop
  micadoctl secret render adt.yaml --from-store | kubectl apply -f -")]
    Render(RenderArgs),

    /// Create or update the Secrets of a description through the Kubernetes API
    #[command(after_help = "\
The Secrets are sent with server-side apply (field manager micadoctl). An object that
already has the same contents is not changed, and then changed is false.

Examples:
  micadoctl secret apply adt.yaml
  micadoctl secret apply adt.yaml --kubeconfig /etc/rancher/k3s/k3s.yaml --context default")]
    Apply(ApplyArgs),

    /// Delete the Secrets that `secret apply` created for a description
    #[command(after_help = "\
Only Secrets that apply created are deleted; a Secret that existed before is left alone.

Examples:
  micadoctl secret delete-applied adt.yaml")]
    DeleteApplied(ApplyArgs),

    /// Write the EncryptionConfiguration that makes the API server encrypt Secrets at rest
    #[command(after_help = "\
The key (32 random bytes) is generated once and kept sealed in the store; a rerun writes
the same file. --rotate adds a new first key and keeps the old ones for reading;
--prune drops every key but the first after all Secrets were rewritten.
Give the file to the API server with --encryption-provider-config (k3s: --secrets-encryption
manages its own file).

Examples:
  micadoctl secret encryption-config --out /etc/kubernetes/encryption.yaml
  micadoctl secret encryption-config --provider secretbox --rotate --out encryption.yaml")]
    EncryptionConfig(EncryptionConfigArgs),

    /// Store an application secret in the encrypted store
    #[command(after_help = "\
The value comes from a prompt, --from-file FILE (the whole file) or --from-file - (stdin).

Examples:
  micadoctl secret set db-password
  printf %s \"$PASSWORD\" | micadoctl secret set db-password --from-file -")]
    Set {
        /// Secret name: 1-64 characters of [A-Za-z0-9._-]
        name: String,
        /// Read the value from this file (- for stdin)
        #[arg(long, value_name = "FILE")]
        from_file: Option<PathBuf>,
    },

    /// Print an application secret from the store
    #[command(after_help = "Examples:
  micadoctl secret get db-password")]
    Get {
        /// Secret name
        name: String,
    },

    /// List the application secrets in the store (names, no values)
    #[command(after_help = "Examples:
  micadoctl secret list --output json")]
    List,

    /// Delete an application secret from the store
    #[command(after_help = "Examples:
  micadoctl secret delete db-password --if-exists")]
    Delete {
        /// Secret name
        name: String,
        /// Succeed with changed: false when it does not exist
        #[arg(long)]
        if_exists: bool,
    },
}

/// Arguments of `secret seal`.
#[derive(Debug, Args)]
pub struct SealArgs {
    /// Application description (YAML) to seal in place
    pub file: PathBuf,

    /// Recipient: an age X25519 key (age1...) or an SSH public key (repeatable)
    #[arg(long, short = 'r', value_name = "RECIPIENT")]
    pub recipient: Vec<String>,

    /// Also seal the values under this path pattern (repeatable)
    #[arg(long, value_name = "PATTERN")]
    pub path: Vec<String>,
}

/// Arguments of `secret unseal`.
#[derive(Debug, Args)]
pub struct UnsealArgs {
    /// Sealed application description
    pub file: PathBuf,

    /// Write the result here (- for stdout) instead of replacing FILE
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,

    /// Print even when the MAC does not match (only with --out -); every value must still decrypt
    #[arg(long)]
    pub unauthenticated: bool,
}

/// Arguments of `secret recipients`.
#[derive(Debug, Args)]
pub struct RecipientsArgs {
    /// Sealed application description
    pub file: PathBuf,

    /// Recipient to add (repeatable)
    #[arg(long, value_name = "RECIPIENT")]
    pub add: Vec<String>,

    /// Recipient to remove (repeatable)
    #[arg(long, value_name = "RECIPIENT")]
    pub remove: Vec<String>,
}

/// Layouts of rendered Secrets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LayoutArg {
    /// Every text_secrets key in micado.appsecret, as MiCADO's deployer does
    Micado,
    /// One Secret per policy target
    PerApp,
}

/// Selection of the Secrets to render, shared by render, apply and delete-applied.
#[derive(Debug, Args)]
pub struct RenderSource {
    /// Application description, sealed or plain
    pub file: PathBuf,

    /// Grouping of values into Secrets
    #[arg(long, value_enum, default_value_t = LayoutArg::Micado)]
    pub layout: LayoutArg,

    /// Namespace of the Secrets [default: default]
    #[arg(long, value_name = "NS")]
    pub namespace: Option<String>,

    /// Read values written STORE[NAME] from the store
    #[arg(long)]
    pub from_store: bool,
}

/// Arguments of `secret render`.
#[derive(Debug, Args)]
pub struct RenderArgs {
    /// Secrets to render
    #[command(flatten)]
    pub source: RenderSource,
}

/// Arguments of `secret apply` and `secret delete-applied`.
#[derive(Debug, Args)]
pub struct ApplyArgs {
    /// Secrets to send
    #[command(flatten)]
    pub source: RenderSource,

    /// kubeconfig file [default: $KUBECONFIG, else ~/.kube/config]
    #[arg(long, value_name = "PATH")]
    pub kubeconfig: Option<PathBuf>,

    /// Context of the kubeconfig to use [default: its current-context]
    #[arg(long, value_name = "NAME")]
    pub context: Option<String>,

    /// Take over fields of the Secrets that other field managers own (apply only)
    #[arg(long)]
    pub force_conflicts: bool,
}

/// Providers of the EncryptionConfiguration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ProviderArg {
    /// AES-CBC with PKCS#7 padding, 32-byte key
    Aescbc,
    /// XSalsa20 and Poly1305, 32-byte key
    Secretbox,
}

/// Arguments of `secret encryption-config`.
#[derive(Debug, Args)]
pub struct EncryptionConfigArgs {
    /// Provider of a new key
    #[arg(long, value_enum, default_value_t = ProviderArg::Aescbc)]
    pub provider: ProviderArg,

    /// File to write (mode 0600)
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,

    /// Add a new first key and keep the old ones for reading
    #[arg(long, conflicts_with = "prune")]
    pub rotate: bool,

    /// Drop every key but the first (after all Secrets were rewritten)
    #[arg(long)]
    pub prune: bool,
}
