use std::ffi::OsString;
use std::path::PathBuf;

use clap::{Args, Subcommand, ValueEnum};

const EXEC_HELP: &str = "\
Environment by type:
  ec2          AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN,
               AWS_REGION and AWS_DEFAULT_REGION, AWS_ENDPOINT_URL; an inherited
               AWS_SESSION_TOKEN or AWS_SECURITY_TOKEN is removed unless the
               credential has its own session_token
  nova         OS_AUTH_URL, OS_REGION_NAME, OS_PROJECT_ID, OS_PROJECT_NAME,
               OS_PROJECT_DOMAIN_NAME, OS_USER_DOMAIN_NAME, OS_INTERFACE,
               OS_IDENTITY_API_VERSION=3 and OS_AUTH_TYPE with
               password:      OS_USERNAME, OS_PASSWORD (v3password)
               app. cred.:    OS_APPLICATION_CREDENTIAL_ID, OS_APPLICATION_CREDENTIAL_SECRET
               OIDC:          OS_IDENTITY_PROVIDER, OS_PROTOCOL, OS_ACCESS_TOKEN, or
                              OIDC_TOKEN_URL and OIDC_REFRESH_TOKEN for a refresh token
  azure        AZURE_SUBSCRIPTION_ID, AZURE_CLIENT_ID, AZURE_CLIENT_SECRET,
               AZURE_TENANT_ID, and the same as ARM_* for Terraform
  gce          GOOGLE_APPLICATION_CREDENTIALS (path of a 0600 temporary JSON file),
               GOOGLE_CLOUD_PROJECT, CLOUDSDK_CORE_PROJECT
  oci          OCI_CLI_TENANCY, OCI_CLI_USER, OCI_CLI_FINGERPRINT, OCI_CLI_REGION,
               OCI_CLI_PASSPHRASE, OCI_CLI_KEY_FILE (0600 temporary file)
  cloudsigma   CLOUDSIGMA_EMAIL, CLOUDSIGMA_PASSWORD, CLOUDSIGMA_REGION, CLOUDSIGMA_ENDPOINT
  cloudbroker  CLOUDBROKER_EMAIL, CLOUDBROKER_PASSWORD, CLOUDBROKER_URL
  openid       OIDC_TOKEN_URL, OIDC_REFRESH_TOKEN, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET
  generic      each field in upper case, other characters as '_' (db.password: DB_PASSWORD)
Every type also sets MICADOCTL_CREDENTIAL to the credential name.

Temporary files live in a 0700 directory under $XDG_RUNTIME_DIR or /dev/shm and are
removed when COMMAND ends, also when it fails or is killed. Signals sent to micadoctl
(SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGUSR1, SIGUSR2) are passed on to COMMAND.
The exit code is COMMAND's, or 128+N when signal N ended it; 127 when COMMAND
is not found and 126 when it cannot be run.

Examples:
  micadoctl cred exec ec2 -- aws ec2 describe-instances
  micadoctl cred exec gce -- gcloud compute instances list
  micadoctl cred exec nova -- sh -c 'openstack server list'";

/// The fields of each credential type, shown by `cred set --help`.
macro_rules! types_help {
    () => {
        "\
Types and fields (a field in [ ] is optional):
  ec2          accesskey, secretkey, [session_token, region, endpoint]
  nova         one of: username, password, [domain_name]
                       application_credential_id, application_credential_secret
                       identity_provider, access_token, [protocol]
               and [auth_url, region_name, project_id, project_name,
               project_domain_name, user_domain_name, interface]
  azure        subscription_id, [client_id, client_secret, tenant_id: all or none]
  gce          the service-account JSON key: type, project_id, private_key_id,
               private_key, client_email, ...
  oci          tenancy_ocid, user_ocid, fingerprint, [private_key, pass_phrase, region,
               compartment_ocid]
  cloudsigma   email, password, [region, endpoint]
  cloudbroker  email, password, [url]
  openid       url, refresh_token, [client_id, client_secret]
  generic      any field names of [A-Za-z0-9_.-]"
    };
}

/// Value sources of `cred set`, shown in its short and long help.
macro_rules! set_sources {
    () => {
        "\
Values come from a terminal prompt, from --from-file (JSON or YAML, - for stdin),
or, with --insecure-argv, from --value."
    };
}

macro_rules! set_examples {
    () => {
        "\
Examples:
  micadoctl cred set aws --type ec2 --from-file aws.yml
  sops -d aws.enc.yml | micadoctl cred set aws --type ec2 --from-file -
  micadoctl cred set gce --from-file credentials-gce.json
  echo 'secretkey: NEW' | micadoctl cred --backend vault set aws --merge --from-file -"
    };
}

/// The `cred` group: where the credentials are, and the command.
#[derive(Debug, Args)]
pub struct CredArgs {
    /// Backend of the credentials.
    #[command(flatten)]
    pub backend: BackendArgs,

    /// The command.
    #[command(subcommand)]
    pub command: CredCommand,
}

/// Backends of the `cred` commands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum BackendKind {
    /// The encrypted local store
    Local,
    /// HashiCorp Vault or OpenBao (VAULT_ADDR, VAULT_TOKEN or `micadoctl login vault`)
    Vault,
}

/// Layouts of the Vault backend.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LayoutArg {
    /// KV version 2, one secret per credential at MOUNT/data/PREFIX/NAME
    Kv2,
    /// MiCADO Security Policy Manager: KV version 1 at MOUNT/NAME, field secret_value
    Spm,
}

/// Options that choose the backend, valid before or after the `cred` command.
#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Backend options")]
pub struct BackendArgs {
    /// Backend of the credentials [default: credentials_backend in config.toml, else local]
    #[arg(long, global = true, value_enum, value_name = "BACKEND")]
    pub backend: Option<BackendKind>,

    /// Vault layout [default: vault.layout in config.toml, else kv2]
    #[arg(long, global = true, value_enum, value_name = "LAYOUT")]
    pub layout: Option<LayoutArg>,

    /// Vault KV mount, optionally after a namespace (team-a/secret) [default: secret]
    #[arg(long, global = true, value_name = "PATH")]
    pub mount: Option<String>,

    /// Folder under the Vault mount [default: micado/credentials]
    #[arg(long, global = true, value_name = "PATH")]
    pub path_prefix: Option<String>,

    /// Allow plain http to a Vault address that is not a loopback address
    #[arg(long, global = true)]
    pub insecure_http: bool,
}

/// Commands of `cred`.
#[derive(Debug, Subcommand)]
pub enum CredCommand {
    /// Store a new version of a credential
    #[command(after_help = concat!(set_sources!(), "\n\n", set_examples!()))]
    #[command(after_long_help = concat!(set_sources!(), "\n\n", types_help!(), "\n\n", set_examples!()))]
    Set(SetArgs),

    /// Print a credential's values
    #[command(after_help = "Examples:
  micadoctl cred get aws
  micadoctl cred get aws --field secretkey
  micadoctl cred get aws --version 2 --output json")]
    Get {
        /// Credential name
        name: String,
        /// Print only this field's value
        #[arg(long, value_name = "FIELD")]
        field: Option<String>,
        /// Read this version instead of the current one (`cred history NAME` lists them)
        #[arg(long, value_name = "N")]
        version: Option<i64>,
    },

    /// List credentials (names and metadata, no values)
    #[command(after_help = "Examples:
  micadoctl cred list
  micadoctl cred list --output json")]
    List,

    /// List the versions of a credential
    #[command(after_help = "Examples:
  micadoctl cred history aws")]
    History {
        /// Credential name
        name: String,
    },

    /// Delete a credential with all its versions
    #[command(
        after_help = "In the local store every version is removed. In Vault (KV version 2) the newest
version is soft-deleted: `bao kv undelete` restores it, and older versions stay for
`cred rollback`; --destroy destroys the values of every version for good.

Examples:
  micadoctl cred delete aws
  micadoctl cred delete aws --if-exists
  micadoctl cred --backend vault delete aws --destroy"
    )]
    Delete {
        /// Credential name
        name: String,
        /// Succeed with changed: false when it does not exist
        #[arg(long)]
        if_exists: bool,
        /// Vault: destroy every version's values instead of a soft delete
        #[arg(long)]
        destroy: bool,
    },

    /// Copy every credential from one backend to another
    #[command(
        after_help = "The current version of each credential is written to the target as a new version
when the target does not hold the same values already, so a rerun changes nothing.

Examples:
  micadoctl cred migrate --from local --to vault
  micadoctl cred migrate --from vault --to local aws gce"
    )]
    Migrate {
        /// Backend to read from
        #[arg(long, value_enum)]
        from: BackendKind,
        /// Backend to write to
        #[arg(long, value_enum)]
        to: BackendKind,
        /// Credentials to copy [default: all]
        names: Vec<String>,
    },

    /// Import MiCADO's credentials-cloud-api.yml, a GCE service-account JSON or a registries.yaml
    #[command(
        after_help = "Entries are named after their type (ec2, nova, ...), with -2, -3 for repeats,
after PREFIX- when --prefix is given. Entries whose fields are all empty are skipped;
empty fields are reported. Everything is imported in one transaction, or nothing.
--from-vault-spm copies the secrets of MiCADO's Security Policy Manager (KV version 1
at MOUNT/NAME, field secret_value) into the current backend as generic credentials.

Examples:
  micadoctl cred import credentials-cloud-api.yml
  micadoctl cred import credentials-gce.json
  micadoctl cred import --prefix prod credentials-cloud-api.yml
  micadoctl cred import --from-vault-spm --spm-mount secret"
    )]
    Import {
        /// File to import (- for stdin)
        #[arg(
            required_unless_present = "from_vault_spm",
            conflicts_with = "from_vault_spm"
        )]
        file: Option<PathBuf>,
        /// Copy the Security Policy Manager's secrets from Vault instead of reading a file
        #[arg(long)]
        from_vault_spm: bool,
        /// KV version 1 mount of the Security Policy Manager's secrets
        #[arg(
            long,
            value_name = "PATH",
            default_value = "secret",
            requires = "from_vault_spm"
        )]
        spm_mount: String,
        /// Name entries PREFIX-TYPE instead of TYPE
        #[arg(long)]
        prefix: Option<String>,
        /// File format
        #[arg(long, value_enum, default_value_t = ImportFormatArg::Auto)]
        format: ImportFormatArg,
    },

    /// Write credentials back in MiCADO's or another format
    #[command(after_help = "Examples:
  micadoctl cred export --format micado --out credentials-cloud-api.yml
  micadoctl cred export gce --format gce-json --out credentials-gce.json
  micadoctl cred export --format json")]
    Export {
        /// Credentials to export [default: all]
        names: Vec<String>,
        /// Output format
        #[arg(long, value_enum, default_value_t = ExportFormat::Micado)]
        format: ExportFormat,
        /// Write to this file (mode 0600) instead of stdout
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },

    /// Replace a credential's values: stage, verify, promote
    #[command(
        after_help = "The new version is staged, proven with --verify-cmd (run by /bin/sh with the
staged credential in its environment, its stdout sent to stderr), then promoted.
A failed verification discards the staged version. When micadoctl is interrupted,
the next `cred rotate NAME` without new values resumes the rotation, and
`cred rotate NAME --abort` discards it. The old version stays for `cred rollback`.

Examples:
  micadoctl cred rotate aws --from-file new-aws.yml --verify-cmd 'aws sts get-caller-identity'
  micadoctl cred rotate aws            # resume an interrupted rotation
  micadoctl cred rotate aws --abort"
    )]
    Rotate(RotateArgs),

    /// Make an older version current again
    #[command(after_help = "The values of version N become a new current version.

Examples:
  micadoctl cred rollback aws --to-version 2")]
    Rollback {
        /// Credential name
        name: String,
        /// Version to restore
        #[arg(long, value_name = "N")]
        to_version: i64,
    },

    /// Run a command with a credential in its environment
    #[command(after_help = EXEC_HELP)]
    Exec {
        /// Credential name
        name: String,
        /// Command and its arguments
        #[arg(required = true, last = true, value_name = "COMMAND")]
        command: Vec<OsString>,
    },
}

/// Sources of new values.
#[derive(Debug, Args)]
pub struct ValueSource {
    /// Read values from a JSON or YAML file (- for stdin)
    #[arg(long, value_name = "FILE")]
    pub from_file: Option<PathBuf>,

    /// Field value on the command line (repeatable; needs --insecure-argv)
    #[arg(long, value_name = "FIELD=VALUE")]
    pub value: Vec<String>,

    /// Accept secret values in argv, where other users can read them
    #[arg(long)]
    pub insecure_argv: bool,
}

/// Arguments of `cred set`.
#[derive(Debug, Args)]
pub struct SetArgs {
    /// Credential name: 1-64 characters of [A-Za-z0-9._-], not starting with '-'
    pub name: String,

    /// Credential type [default: from the file, when it names one]
    #[arg(long = "type", short = 't', value_name = "TYPE", value_parser = type_names())]
    pub kind: Option<String>,

    /// Values
    #[command(flatten)]
    pub source: ValueSource,

    /// Keep the stored fields that the new values do not set
    #[arg(long)]
    pub merge: bool,
}

/// Arguments of `cred rotate`.
#[derive(Debug, Args)]
pub struct RotateArgs {
    /// Credential name
    pub name: String,

    /// Values
    #[command(flatten)]
    pub source: ValueSource,

    /// Shell command that must succeed with the staged values before they are promoted
    #[arg(long, value_name = "COMMAND")]
    pub verify_cmd: Option<String>,

    /// Discard a pending rotation
    #[arg(long, conflicts_with_all = ["verify_cmd", "from_file", "value"])]
    pub abort: bool,
}

fn type_names() -> clap::builder::PossibleValuesParser {
    clap::builder::PossibleValuesParser::new(
        micado_security::credentials::ALL_TYPES
            .iter()
            .map(|t| t.as_str()),
    )
}

/// Formats of `cred import`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ImportFormatArg {
    /// Decide from the contents
    Auto,
    /// MiCADO's credentials-cloud-api.yml
    Micado,
    /// Google service-account JSON key
    GceJson,
    /// k3s registries.yaml (generic credentials named after the registry)
    Registries,
}

/// Formats of `cred export`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// MiCADO's credentials-cloud-api.yml
    Micado,
    /// One JSON document with every credential
    Json,
    /// The service-account JSON key of one gce credential
    GceJson,
}
