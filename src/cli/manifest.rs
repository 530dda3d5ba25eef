use std::path::PathBuf;

use clap::{Args, Subcommand};

/// Commands of `manifest`.
#[derive(Debug, Subcommand)]
pub enum ManifestCommand {
    /// Record a baseline of every entry under a directory
    #[command(
        after_help = "Every entry is recorded with its path, type, mode, owner, group, size, mtime,
the content digest of a regular file and the target of a symbolic link. Symbolic
links are never followed; FIFOs, sockets and devices are recorded but never
opened; hard links share one content entry. The scan stays on ROOT's file system
unless --cross-file-systems is given. The manifest ends with its own digest, so an
edited manifest is detected; register it with `image register` to detect a
replaced one.

Examples:
  micadoctl manifest create / --exclude 'proc/**' --exclude 'var/log/**' --exclude var/lib/micadoctl --out /var/lib/micadoctl/root.manifest
  micadoctl manifest create /usr --algo blake3 --out usr.manifest"
    )]
    Create(CreateArgs),

    /// Compare a directory with its baseline
    #[command(
        after_help = "Exit codes: 0 when the tree matches, otherwise the sum of 16 (entries added),
32 (entries removed) and 64 (entries changed); 3 when the manifest was edited.
The tree is scanned with the algorithm, excludes and file system setting recorded
in the manifest.

Examples:
  micadoctl manifest check / --manifest /var/lib/micadoctl/root.manifest
  micadoctl manifest check /mnt/image-root --manifest usr.manifest --output json"
    )]
    Check {
        /// Directory to check
        root: PathBuf,
        /// Manifest written by `manifest create`
        #[arg(long, value_name = "FILE")]
        manifest: PathBuf,
    },
}

/// Arguments of `manifest create`.
#[derive(Debug, Args)]
pub struct CreateArgs {
    /// Directory to record
    pub root: PathBuf,

    /// Write the manifest to this file (mode 0600) instead of stdout
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,

    /// Leave out paths (relative to ROOT) that match this glob, with everything below them (repeatable)
    #[arg(long, value_name = "GLOB")]
    pub exclude: Vec<String>,

    /// Content digest algorithm: sha256, sha384, sha512 or blake3
    #[arg(long, value_parser = super::image::parse_algorithm, default_value = "sha256")]
    pub algo: micado_security::images::Algorithm,

    /// Enter directories where other file systems are mounted
    #[arg(long)]
    pub cross_file_systems: bool,
}
