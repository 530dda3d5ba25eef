use std::path::PathBuf;

use clap::{Args, Subcommand};

/// Commands of `audit`.
#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// List audit records, oldest first
    #[command(after_help = "Examples:
  micadoctl audit list --since 24h
  micadoctl audit list --object 'credential/*' --action cred.get
  micadoctl audit list --limit 20 --output json")]
    List(AuditFilterArgs),

    /// Check the hash chain and MACs of the whole log
    #[command(
        after_help = "When the log was edited, records removed or reordered, the command exits with
code 3 and names the first record whose hash or MAC does not match.

Examples:
  micadoctl audit verify"
    )]
    Verify,

    /// Write audit records as JSON lines, for a SIEM
    #[command(after_help = "Examples:
  micadoctl audit export --out audit.jsonl
  micadoctl audit export --since 1h | logger -t micadoctl")]
    Export {
        /// Filters
        #[command(flatten)]
        filter: AuditFilterArgs,
        /// Write to this file (mode 0600) instead of stdout
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
}

/// Filters shared by `audit list` and `audit export`.
#[derive(Debug, Clone, Args)]
pub struct AuditFilterArgs {
    /// Records at or after this time: RFC 3339 or a duration back from now (15m, 2h, 7d)
    #[arg(long, value_name = "TIME")]
    pub since: Option<String>,
    /// Records before this time: RFC 3339 or a duration back from now
    #[arg(long, value_name = "TIME")]
    pub until: Option<String>,
    /// Object, exact or with a trailing * (credential/*)
    #[arg(long, value_name = "OBJECT")]
    pub object: Option<String>,
    /// Action, exact or with a trailing * (cred.*)
    #[arg(long, value_name = "ACTION")]
    pub action: Option<String>,
    /// Only the newest N records
    #[arg(long, value_name = "N")]
    pub limit: Option<u32>,
}
