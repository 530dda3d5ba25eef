use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, Subcommand, ValueEnum};

/// Commands of `firewall`.
#[derive(Debug, Subcommand)]
pub enum FirewallCommand {
    /// Write a commented starting policy for a preset
    #[command(after_help = "Examples:
  micadoctl firewall init-policy --preset micado-k3s --out /etc/micadoctl/firewall.yml
  micadoctl firewall init-policy --preset none")]
    InitPolicy {
        /// Preset the policy starts from
        #[arg(long, value_enum, default_value_t = PresetArg::MicadoK3s)]
        preset: PresetArg,
        /// File to create (must not exist) [default: stdout]
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },

    /// Render a policy as an nftables table or iptables-restore files
    #[command(
        after_help = "Warnings list networks that were merged, names, comments and prefixes adjusted
to fit the target, and rules that can never match because an earlier rule covers them.
The same policy always renders byte-identical files.

Examples:
  micadoctl firewall render policy.yml
  micadoctl firewall render policy.yml --explain
  micadoctl firewall render policy.yml --format iptables --out /etc/iptables"
    )]
    Render {
        /// The policy file (YAML)
        policy: PathBuf,
        /// Output format
        #[arg(long, value_enum, default_value_t = FormatArg::Nft)]
        format: FormatArg,
        /// File for nft [default: stdout]; directory for iptables (rules.v4 and rules.v6)
        #[arg(long, value_name = "PATH")]
        out: Option<PathBuf>,
        /// Print the final rule order in words instead of the rules
        #[arg(long)]
        explain: bool,
        /// Reject networks with host bits set and any adjustment to the target's limits
        #[arg(long)]
        strict: bool,
    },

    /// Check the rendered rules with nft -c or iptables-restore --test
    #[command(
        after_help = "Nothing is loaded. A rejection names the rendered line and the policy line it
came from. The tools need CAP_NET_ADMIN (run as root).

Examples:
  micadoctl firewall check policy.yml
  micadoctl firewall check policy.yml --format iptables --backend legacy"
    )]
    Check(PolicyArgs),

    /// Show what apply would change in the running rules
    #[command(
        after_help = "Against the rules micadoctl applied last, or against the running rules when
they were changed since. JSON output has `changes` (true when apply would load rules).

Examples:
  micadoctl firewall diff policy.yml
  micadoctl firewall diff policy.yml --format iptables"
    )]
    Diff(PolicyArgs),

    /// Apply a policy atomically; roll back unless confirmed in time
    #[command(
        after_help = "The running rules are saved first. Unless `firewall confirm` runs within the
confirmation window, a background process restores the saved rules. Only the
table inet micado (nft) or the FILTERS chain and its jumps (iptables) are
replaced. When the running rules already match, nothing is reloaded (changed: false).

Examples:
  micadoctl firewall apply policy.yml && micadoctl firewall confirm
  micadoctl firewall apply policy.yml --confirm-within 5m
  micadoctl firewall apply policy.yml --format iptables --backend nft --no-confirm"
    )]
    Apply {
        /// Policy, format and backend
        #[command(flatten)]
        policy: PolicyArgs,
        /// Roll back unless `firewall confirm` runs within this time: seconds, or a duration such as 30s or 5m
        #[arg(long, value_name = "DURATION", default_value = "60s", value_parser = parse_window)]
        confirm_within: Duration,
        /// Keep the new rules without waiting for a confirmation
        #[arg(long, conflicts_with = "confirm_within")]
        no_confirm: bool,
    },

    /// Keep the rules of a pending apply and stop its rollback
    #[command(after_help = "Examples:
  micadoctl firewall confirm")]
    Confirm,

    /// Restore the rules saved by the last apply
    #[command(
        after_help = "Works while an apply waits for confirmation and after it was confirmed.

Examples:
  micadoctl firewall rollback"
    )]
    Rollback,

    /// Roll back a pending apply when its window ends (started by apply)
    #[command(hide = true)]
    Watchdog {
        /// The apply to watch
        #[arg(long)]
        id: String,
    },
}

/// Parses a confirmation window: plain seconds (`60`) or a humantime
/// duration (`60s`, `5m`).
fn parse_window(text: &str) -> Result<Duration, String> {
    if !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()) {
        return text
            .parse()
            .map(Duration::from_secs)
            .map_err(|e| format!("invalid number of seconds: {e}"));
    }
    humantime::parse_duration(text).map_err(|e| e.to_string())
}

/// The policy file and how to render and load it.
#[derive(Debug, Clone, Args)]
pub struct PolicyArgs {
    /// The policy file (YAML)
    pub policy: PathBuf,
    /// Rule format
    #[arg(long, value_enum, default_value_t = FormatArg::Nft)]
    pub format: FormatArg,
    /// iptables implementation; auto uses iptables-restore as installed
    #[arg(long, value_enum, default_value_t = BackendArg::Auto)]
    pub backend: BackendArg,
    /// Reject networks with host bits set and any adjustment to the target's limits
    #[arg(long)]
    pub strict: bool,
}

/// Rule formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    /// One nftables table inet micado
    Nft,
    /// rules.v4 and rules.v6 for iptables-restore and ip6tables-restore
    Iptables,
}

/// iptables implementations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum BackendArg {
    /// iptables-restore as installed
    Auto,
    /// iptables-legacy-restore (x_tables)
    Legacy,
    /// iptables-nft-restore (nf_tables)
    Nft,
}

/// Presets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PresetArg {
    /// MiCADO v0.11 master: kubeadm, flannel, IPsec
    MicadoKubeadm,
    /// MiCADO v0.12 master: k3s, WireGuard
    MicadoK3s,
    /// Only the fixed base rules
    None,
}
