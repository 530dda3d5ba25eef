use std::path::PathBuf;

use clap::{Args, Subcommand, ValueEnum};

const VERIFY_HELP: &str = "\
Exit codes: 0 the digests match, 3 they differ (both are printed), 4 the name is not
registered (or, with --any, no registered image has the file's digests).

With --glance, the image record of the OpenStack Image API v2 is read
(GET /v2/images/IMAGE_ID) and its os_hash_algo/os_hash_value are compared with the
registry, without downloading the image. The token comes from OS_TOKEN (with
--glance-url or OS_IMAGE_URL), or from the nova credential of the store through
Keystone v3, whose catalog names the image endpoint. When the registry lacks Glance's
algorithm, --file FILE computes it locally after checking FILE against the registry.
--download hashes GET /v2/images/IMAGE_ID/file instead of trusting the record.
The legacy MD5 checksum is used only with --allow-md5.

Examples:
  micadoctl image verify ubuntu-22.04 /var/lib/images/ubuntu-22.04.qcow2
  micadoctl image verify --any /var/lib/images/unknown.qcow2
  micadoctl image verify ubuntu-22.04 --glance 66d7043a-bf24-48a4-9cd7-f4cc7403ffa9
  micadoctl image verify ubuntu-22.04 --glance 66d7043a-bf24-48a4-9cd7-f4cc7403ffa9 --download";

/// Commands of `image`.
#[derive(Debug, Subcommand)]
pub enum ImageCommand {
    /// Register the trusted digests of an image, from its file or as published
    #[command(
        after_help = "With FILE, the file is read once and SHA-256, SHA-512 and BLAKE3 are computed in the
same pass (--algo chooses others). Without FILE, give the published digests.
Registering other digests under an existing name needs --replace; digests of
algorithms the entry lacks are added when those it has agree.

Examples:
  micadoctl image register ubuntu-22.04 /var/lib/images/ubuntu-22.04.qcow2
  micadoctl image register ubuntu-22.04 --sha256 98e168704309d65a5bfa74650f553f2da732fcfd5e035dd29ba3e4fa6f50051b
  micadoctl image register ubuntu-22.04 new.qcow2 --replace"
    )]
    Register(RegisterArgs),

    /// List the registered images
    #[command(after_help = "Examples:
  micadoctl image list
  micadoctl image list --output json")]
    List,

    /// Show the digests, size and source of a registered image
    #[command(after_help = "Examples:
  micadoctl image show ubuntu-22.04")]
    Show {
        /// Image name
        name: String,
    },

    /// Compare a file or Glance's record with the registry
    #[command(after_help = VERIFY_HELP)]
    Verify(VerifyArgs),

    /// Remove an image from the registry
    #[command(after_help = "Examples:
  micadoctl image remove ubuntu-20.04
  micadoctl image remove ubuntu-20.04 --if-exists")]
    Remove {
        /// Image name
        name: String,
        /// Succeed with changed: false when it is not registered
        #[arg(long)]
        if_exists: bool,
    },

    /// Import a MiCADO IIVR list or sha256sum/sha512sum output
    #[command(
        after_help = "IIVR lists have one NAME;SHA256 per line. GNU lists are what sha256sum or
sha512sum print (also with --tag), file names escaped with a leading backslash
included. Malformed lines are reported with their line numbers; the other lines are
imported in one transaction.

Examples:
  micadoctl image import iivr-hashes.txt
  sha256sum /var/lib/images/*.qcow2 | micadoctl image import -
  micadoctl image import SHA512SUMS --replace"
    )]
    Import {
        /// List to import (- for stdin)
        file: PathBuf,
        /// List format
        #[arg(long, value_enum, default_value_t = ImageImportFormat::Auto)]
        format: ImageImportFormat,
        /// Replace the digests of names that are registered with other digests
        #[arg(long)]
        replace: bool,
    },

    /// Write the registry as an IIVR list, sha256sum/sha512sum lines or JSON
    #[command(after_help = "Examples:
  micadoctl image export --format sha256sum > SHA256SUMS && sha256sum -c SHA256SUMS
  micadoctl image export --format iivr --out iivr-hashes.txt
  micadoctl image export --format json")]
    Export {
        /// Output format
        #[arg(long, value_enum, default_value_t = ImageExportFormat::Json)]
        format: ImageExportFormat,
        /// Write to this file (mode 0600) instead of stdout
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },

    /// Print the digests of files without storing anything
    #[command(after_help = "Examples:
  micadoctl image hash ubuntu-22.04.qcow2
  micadoctl image hash --algo sha256,sha384 ubuntu-22.04.qcow2
  curl -s https://example.org/image.qcow2 | micadoctl image hash -")]
    Hash {
        /// Files to hash (- for stdin)
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Algorithms, comma separated: sha256, sha384, sha512, blake3
        #[arg(long, value_delimiter = ',', value_parser = parse_algorithm, default_value = "sha256")]
        algo: Vec<micado_security::images::Algorithm>,
    },
}

/// Arguments of `image register`.
#[derive(Debug, Args)]
pub struct RegisterArgs {
    /// Image name: 1-255 bytes without control characters, not starting with '-'
    pub name: String,

    /// Image file to hash
    #[arg(required_unless_present_any = ["sha256", "sha384", "sha512", "blake3"])]
    pub file: Option<PathBuf>,

    /// Algorithms to compute from FILE, comma separated [default: sha256,sha512,blake3]
    // NOTE: clap 4.6 lets `--algo` with a published digest pass despite
    // `requires = "file"`, so the conflicts reject that mix.
    #[arg(
        long,
        value_delimiter = ',',
        value_parser = parse_algorithm,
        requires = "file",
        conflicts_with_all = ["sha256", "sha384", "sha512", "blake3"]
    )]
    pub algo: Vec<micado_security::images::Algorithm>,

    /// Published SHA-256 digest (64 hexadecimal digits)
    #[arg(long, value_name = "HEX", conflicts_with = "file")]
    pub sha256: Option<String>,

    /// Published SHA-384 digest (96 hexadecimal digits)
    #[arg(long, value_name = "HEX", conflicts_with = "file")]
    pub sha384: Option<String>,

    /// Published SHA-512 digest (128 hexadecimal digits)
    #[arg(long, value_name = "HEX", conflicts_with = "file")]
    pub sha512: Option<String>,

    /// Published BLAKE3 digest (64 hexadecimal digits)
    #[arg(long, value_name = "HEX", conflicts_with = "file")]
    pub blake3: Option<String>,

    /// Replace other digests registered under NAME
    #[arg(long)]
    pub replace: bool,
}

/// Arguments of `image verify`.
#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// Registered image name
    #[arg(required_unless_present = "any")]
    pub name: Option<String>,

    /// Image file to compare with the registry
    #[arg(conflicts_with_all = ["glance", "any"])]
    pub file: Option<PathBuf>,

    /// Look FILE's digests up among all registered images
    #[arg(long, value_name = "FILE", conflicts_with_all = ["name", "glance"])]
    pub any: Option<PathBuf>,

    /// Compare with the hash that OpenStack Glance holds for this image ID
    #[arg(long, value_name = "IMAGE_ID")]
    pub glance: Option<String>,

    /// Local copy of the image, to compute an algorithm the registry lacks (with --glance)
    #[arg(
        long = "file",
        value_name = "FILE",
        requires = "glance",
        id = "local_file"
    )]
    pub local_file: Option<PathBuf>,

    /// Download the image data from Glance and hash it (with --glance)
    #[arg(long, requires = "glance")]
    pub download: bool,

    /// Accept Glance's legacy MD5 checksum when it has no os_hash_value (with --glance)
    #[arg(long, requires = "glance")]
    pub allow_md5: bool,

    /// Image API endpoint, such as https://glance.example.org:9292 [default: from the Keystone catalog]
    #[arg(long, value_name = "URL", env = "OS_IMAGE_URL", hide_env_values = true)]
    pub glance_url: Option<String>,

    /// Credential of type nova that authenticates with Keystone when OS_TOKEN is not set
    #[arg(long, value_name = "NAME", default_value = "nova", requires = "glance")]
    pub credential: String,
}

pub(super) fn parse_algorithm(name: &str) -> Result<micado_security::images::Algorithm, String> {
    use micado_security::images::Algorithm;

    match Algorithm::parse(name) {
        Some(Algorithm::Md5) | None => Err(format!(
            "unknown algorithm \"{name}\"; choose sha256, sha384, sha512 or blake3"
        )),
        Some(algorithm) => Ok(algorithm),
    }
}

/// Formats of `image import`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ImageImportFormat {
    /// Decide from the first entry
    Auto,
    /// MiCADO IIVR list: NAME;SHA256 per line
    Iivr,
    /// Output of sha256sum, sha512sum (or with --tag)
    Sha256sum,
}

/// Formats of `image export`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ImageExportFormat {
    /// One JSON document with every entry
    Json,
    /// MiCADO IIVR list: NAME;SHA256 per line
    Iivr,
    /// Lines that `sha256sum -c` checks
    Sha256sum,
    /// Lines that `sha512sum -c` checks
    Sha512sum,
}
