use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, Subcommand, ValueEnum};

/// Commands of `ca`.
#[derive(Debug, Subcommand)]
pub enum CaCommand {
    /// Create the root CA; its private key is kept only encrypted in the store
    #[command(
        after_help = "The CA certificate has basicConstraints CA:TRUE, pathlen:0 (critical),
keyUsage keyCertSign and cRLSign, and subject and authority key identifiers.

Examples:
  micadoctl ca init
  micadoctl ca init --if-missing --output json
  micadoctl ca init --key ed25519 --validity 5y --name micado-prod"
    )]
    Init(InitArgs),

    /// Issue a certificate with a new key, or for a certificate signing request
    #[command(
        after_help = "IP literals become iPAddress names and other values dNSName names. NotBefore
lies --backdate before the issue time; NotAfter is --validity after it. Profile
master names the certificate masternode.micado and profile worker
<random hex>.workernode.micado unless --san is given; server and client use NAME.

Examples:
  micadoctl ca issue master --cert-profile master --san masternode.micado --san 192.0.2.10
  micadoctl ca issue worker-1 --cert-profile worker --if-missing --output json
  micadoctl ca issue worker-2 --cert-profile worker --csr worker-2.csr
  micadoctl ca issue batch --cert-profile worker --count 100 --output json
  micadoctl ca issue web --cert-profile server --san web.example.org --san 2001:db8::10"
    )]
    Issue(IssueArgs),

    /// List certificates with their expiry and status
    #[command(after_help = "Examples:
  micadoctl ca list
  micadoctl ca list --expiring-within 30d --output json")]
    List {
        /// Only valid certificates whose NotAfter is within this time, such as 30d
        #[arg(long, value_name = "DURATION", value_parser = humantime::parse_duration)]
        expiring_within: Option<Duration>,
    },

    /// Show the CA, or one certificate by name or serial
    #[command(
        after_help = "Without NAME|SERIAL, shows the CA. A NAME shows the newest certificate of that name.

Examples:
  micadoctl ca show master
  micadoctl ca show 5F3A09C2D1E8B47A96C0D2E4F6A8B0C1 --output json
  micadoctl ca show master --pem > master.pem
  micadoctl ca show --pem > ca.pem"
    )]
    Show {
        /// Certificate name or serial (hex); the CA when omitted
        name_or_serial: Option<String>,
        /// Print the certificate in PEM instead of its details
        #[arg(long)]
        pem: bool,
    },

    /// Revoke a certificate; the next `ca crl` lists it
    #[command(
        after_help = "Revoking a certificate that is revoked already changes nothing and succeeds.

Examples:
  micadoctl ca revoke worker-1
  micadoctl ca revoke 5F3A09C2D1E8B47A96C0D2E4F6A8B0C1 --reason key-compromise
  micadoctl ca revoke worker-1 && micadoctl ca crl --out /etc/swanctl/x509crl/micado.crl"
    )]
    Revoke {
        /// Certificate name or serial (hex)
        name_or_serial: String,
        /// Revocation reason written into the CRL
        #[arg(long, value_enum, default_value_t = ReasonArg::Unspecified)]
        reason: ReasonArg,
    },

    /// Sign a CRL listing every revoked certificate, valid for 15 days
    #[command(
        after_help = "Without --out, the CRL is written to stdout (with --output json, as PEM in the document).

Examples:
  micadoctl ca crl --out /etc/swanctl/x509crl/micado.crl
  micadoctl ca crl --format pem > micado.crl.pem
  micadoctl ca crl --renew-if-within 5d --out /etc/swanctl/x509crl/micado.crl   # from cron"
    )]
    Crl(CrlArgs),

    /// Issue a new certificate with the same names and revoke the old one as superseded
    #[command(after_help = "The key is kept unless --rekey is given.

Examples:
  micadoctl ca renew master
  micadoctl ca renew worker-1 --if-expires-within 30d --output json
  micadoctl ca renew worker-1 --rekey")]
    Renew(RenewArgs),

    /// Write a certificate, its key, the CA and the CRL in strongSwan's layouts
    #[command(after_help = "Formats:
  swanctl     DIR/x509ca/CA.pem, DIR/x509/NAME.pem, DIR/private/NAME.pem, DIR/x509crl/CA.crl
  ipsec.d     DIR/cacerts/master.pem, DIR/certs/STEM.crt, DIR/private/STEM.key, DIR/crls/CA.crl
              (STEM is master for the master profile and node for a worker, as MiCADO names them)
  pem-bundle  the private key, then the certificate, as one text on stdout or in --out FILE
Files are written with mode 0600 and directories with mode 0700. The CRL file is
written when `ca crl` has made one.

Examples:
  micadoctl ca export master --format swanctl /etc/swanctl
  micadoctl ca export worker-1 --format ipsec.d /etc/ipsec.d
  micadoctl ca export worker-1 --format pem-bundle --out /run/micado/worker-1.pem")]
    Export(ExportArgs),

    /// Render the strongSwan configuration of the master or a worker
    #[command(
        after_help = "The swanctl.conf connection uses IKEv2, transport mode between the two hosts,
certificate authentication, identities that are names in the certificates and
the proposals aes256gcm16-prfsha384-ecp384 (IKE) and aes256gcm16-ecp384 (ESP).

Examples:
  micadoctl ca config master --master-address 192.0.2.10 > /etc/swanctl/conf.d/micado.conf
  micadoctl ca config worker --master-address 192.0.2.10 --name worker-1
  micadoctl ca config master --master-address 192.0.2.10 --legacy > /etc/ipsec.conf"
    )]
    Config(ConfigArgs),
}

/// Key algorithms.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum KeyArg {
    /// ECDSA with NIST P-256
    #[value(name = "ecdsa-p256")]
    EcdsaP256,
    /// Ed25519
    Ed25519,
    /// RSA with 3072-bit keys
    #[value(name = "rsa-3072")]
    Rsa3072,
}

/// Arguments of `ca init`.
#[derive(Debug, Args)]
pub struct InitArgs {
    /// Key algorithm of the CA
    #[arg(long, value_enum, default_value_t = KeyArg::EcdsaP256)]
    pub key: KeyArg,
    /// Lifetime of the CA certificate, such as 10y
    #[arg(long, value_name = "DURATION", default_value = "10y", value_parser = humantime::parse_duration)]
    pub validity: Duration,
    /// Subject common name of the CA
    #[arg(long, value_name = "NAME", default_value = "micado")]
    pub name: String,
    /// Succeed with changed: false when the CA exists already
    #[arg(long)]
    pub if_missing: bool,
}

/// Certificate profiles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ProfileArg {
    /// MiCADO master: masternode.micado; serverAuth and clientAuth
    Master,
    /// MiCADO worker: <random hex>.workernode.micado; serverAuth and clientAuth
    Worker,
    /// TLS server: serverAuth
    Server,
    /// TLS client: clientAuth
    Client,
}

/// Arguments of `ca issue`.
#[derive(Debug, Args)]
pub struct IssueArgs {
    /// Name of the certificate in the store
    pub name: String,
    /// Certificate profile (the global --profile selects a config.toml profile)
    #[arg(long, value_enum, value_name = "PROFILE", default_value_t = ProfileArg::Worker)]
    pub cert_profile: ProfileArg,
    /// Subject alternative name: a DNS name or an IP address (repeatable)
    #[arg(long, value_name = "VALUE")]
    pub san: Vec<String>,
    /// Time from now to NotAfter, such as 397d
    #[arg(long, value_name = "DURATION", default_value = "397d", value_parser = humantime::parse_duration)]
    pub validity: Duration,
    /// How far NotBefore lies before now, for peers whose clocks lag
    #[arg(long, value_name = "DURATION", default_value = "5m", value_parser = humantime::parse_duration)]
    pub backdate: Duration,
    /// Key algorithm of a new key
    #[arg(long, value_enum, default_value_t = KeyArg::EcdsaP256, conflicts_with = "csr")]
    pub key: KeyArg,
    /// Certify the key of this PKCS#10 request (PEM or DER) instead of making a key
    #[arg(long, value_name = "FILE")]
    pub csr: Option<PathBuf>,
    /// Succeed with changed: false when a valid certificate of this name exists
    #[arg(long)]
    pub if_missing: bool,
    /// Issue N certificates named NAME-1 to NAME-N in one transaction, each with the profile's default names
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=100_000), conflicts_with_all = ["csr", "san"])]
    pub count: Option<u32>,
    /// Accept a wildcard directly under one label, such as *.test
    #[arg(long)]
    pub allow_broad_wildcard: bool,
    /// Also write IP addresses as dNSName entries, for Windows IKEv2 clients
    #[arg(long)]
    pub windows_ike_compat: bool,
}

/// Revocation reasons.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReasonArg {
    /// No reason given
    Unspecified,
    /// The private key was or may have been disclosed
    KeyCompromise,
    /// The CA key was or may have been disclosed
    CaCompromise,
    /// The subject's name or affiliation changed
    AffiliationChanged,
    /// A newer certificate replaces it
    Superseded,
    /// The host is no longer in service
    CessationOfOperation,
    /// The subject may no longer use it
    PrivilegeWithdrawn,
}

/// CRL encodings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CrlFormatArg {
    /// DER, as strongSwan's x509crl directory reads it
    Der,
    /// PEM
    Pem,
}

/// Arguments of `ca crl`.
#[derive(Debug, Args)]
pub struct CrlArgs {
    /// File to write the CRL to (mode 0600) instead of stdout
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Encoding of the CRL
    #[arg(long, value_enum, default_value_t = CrlFormatArg::Der)]
    pub format: CrlFormatArg,
    /// Keep the stored CRL (changed: false) unless a revocation happened since or its nextUpdate is within this time
    #[arg(long, value_name = "DURATION", value_parser = humantime::parse_duration)]
    pub renew_if_within: Option<Duration>,
}

/// Arguments of `ca renew`.
#[derive(Debug, Args)]
pub struct RenewArgs {
    /// Name of the certificate
    pub name: String,
    /// Renew only when the certificate expires within this time, such as 30d
    #[arg(long, value_name = "DURATION", value_parser = humantime::parse_duration)]
    pub if_expires_within: Option<Duration>,
    /// Make a new key instead of keeping the old one
    #[arg(long)]
    pub rekey: bool,
    /// Time from now to NotAfter of the new certificate
    #[arg(long, value_name = "DURATION", default_value = "397d", value_parser = humantime::parse_duration)]
    pub validity: Duration,
    /// How far NotBefore lies before now
    #[arg(long, value_name = "DURATION", default_value = "5m", value_parser = humantime::parse_duration)]
    pub backdate: Duration,
}

/// Export layouts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormatArg {
    /// swanctl's directories: x509ca, x509, private, x509crl
    Swanctl,
    /// The legacy /etc/ipsec.d directories: cacerts, certs, private, crls
    #[value(name = "ipsec.d")]
    IpsecD,
    /// The private key then the certificate in one text
    PemBundle,
}

/// Arguments of `ca export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Certificate name or serial (hex)
    pub name_or_serial: String,
    /// Layout to write
    #[arg(long, value_enum)]
    pub format: ExportFormatArg,
    /// Directory to write into (swanctl and ipsec.d)
    pub dir: Option<PathBuf>,
    /// File for pem-bundle (mode 0600) instead of stdout
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

/// Sides of the connection.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RoleArg {
    /// The master, which accepts every worker of this CA
    Master,
    /// A worker, which connects to the master
    Worker,
}

/// IPsec modes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ModeArg {
    /// Transport mode between the two hosts
    Transport,
    /// Tunnel mode between --local-ts and --remote-ts
    Tunnel,
}

/// Arguments of `ca config`.
#[derive(Debug, Args)]
pub struct ConfigArgs {
    /// The side to render
    #[arg(value_enum)]
    pub role: RoleArg,
    /// Address or host name of the master
    #[arg(long, value_name = "ADDRESS")]
    pub master_address: String,
    /// Name of this peer's certificate in the store [default: master for the master, worker for a worker]
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    /// Identity expected from the peer [default: the master's name, or *.workernode.micado on the master]
    #[arg(long, value_name = "ID")]
    pub remote_id: Option<String>,
    /// IPsec mode of the child SA
    #[arg(long, value_enum, default_value_t = ModeArg::Transport)]
    pub mode: ModeArg,
    /// Local subnet of a tunnel, such as 198.51.100.1/32
    #[arg(long, value_name = "CIDR", required_if_eq("mode", "tunnel"))]
    pub local_ts: Option<String>,
    /// Remote subnet of a tunnel
    #[arg(long, value_name = "CIDR", required_if_eq("mode", "tunnel"))]
    pub remote_ts: Option<String>,
    /// Render the legacy ipsec.conf instead of swanctl.conf
    #[arg(long)]
    pub legacy: bool,
    /// File to write (mode 0600) instead of stdout
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}
