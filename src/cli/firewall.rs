use std::path::PathBuf;

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
