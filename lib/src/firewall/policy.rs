//! The policy model: what a policy file declares once its preset is applied.

use serde::Serialize;

use super::address::{Family, SourceEntry};
use super::ports::{PortSpec, Protocol};

/// Source of a declaration: a line of the policy file, or a preset.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Origin {
    /// Line in the policy file, counted from 1, or 0 for an entry of the preset.
    pub line: usize,
    /// Field path, such as `management[0]`, or `preset micado-k3s` for a
    /// preset entry.
    pub field: String,
}

impl Origin {
    /// Builds the origin of an entry that the preset declared.
    pub fn preset(preset: Preset, entry: &str) -> Self {
        Origin {
            line: 0,
            field: format!("preset {}: {entry}", preset.name()),
        }
    }

    /// Describes the origin for messages: `line 7 (management[0])`.
    pub fn describe(&self) -> String {
        if self.line == 0 {
            self.field.clone()
        } else {
            format!("line {} ({})", self.line, self.field)
        }
    }
}

/// The presets: MiCADO's master port sets, or nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Preset {
    /// MiCADO v0.11: kubeadm, flannel, IPsec.
    #[serde(rename = "micado-kubeadm")]
    MicadoKubeadm,
    /// MiCADO v0.12: k3s, WireGuard.
    #[serde(rename = "micado-k3s")]
    MicadoK3s,
    /// Nothing but the fixed base rules.
    #[serde(rename = "none")]
    None,
}

impl Preset {
    /// All presets, in the order the help lists them.
    pub const ALL: [Preset; 3] = [Preset::MicadoKubeadm, Preset::MicadoK3s, Preset::None];

    /// Parses a preset name.
    pub fn parse(text: &str) -> Option<Preset> {
        Preset::ALL.into_iter().find(|preset| preset.name() == text)
    }

    /// Returns the name used in policy files.
    pub fn name(self) -> &'static str {
        match self {
            Preset::MicadoKubeadm => "micado-kubeadm",
            Preset::MicadoK3s => "micado-k3s",
            Preset::None => "none",
        }
    }
}

/// Action applied to a matching packet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Action {
    /// Let the packet in.
    Accept,
    /// Discard it silently.
    Drop,
    /// Discard it and reply with an ICMP error (a TCP reset for TCP in
    /// nftables).
    Reject,
}

impl Action {
    /// Parses `accept`, `drop` or `reject`.
    pub fn parse(text: &str) -> Option<Action> {
        Some(match text {
            "accept" => Action::Accept,
            "drop" => Action::Drop,
            "reject" => Action::Reject,
            _ => return None,
        })
    }

    /// Returns the lower-case name.
    pub fn name(self) -> &'static str {
        match self {
            Action::Accept => "accept",
            Action::Drop => "drop",
            Action::Reject => "reject",
        }
    }
}

/// A source list entry with the place it was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceItem {
    /// The parsed entry.
    pub entry: SourceEntry,
    /// Location where the entry was written.
    pub origin: Origin,
    /// The name of the address list it came from, if any.
    pub list: Option<String>,
}

/// A service reachable on some ports from some sources.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Service {
    /// Name, unique within its section.
    pub name: String,
    /// Protocol and ports.
    pub port: PortSpec,
    /// Allowed sources, or `None` for a cluster service that uses the cluster's
    /// sources.
    pub allow: Option<Vec<SourceItem>>,
    /// Restricts the service to one family.
    pub family: Option<Family>,
    /// Comment carried into the rendered rule.
    pub comment: Option<String>,
    /// Source of the declaration.
    pub origin: Origin,
}

/// Worker-facing services and the networks they are reachable from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cluster {
    /// The cluster's networks, which reach every cluster service.
    pub sources: Vec<SourceItem>,
    /// Networks whose new connections are accepted to every port, such as
    /// MiCADO's VPN network.
    pub trusted_networks: Vec<SourceItem>,
    /// The services.
    pub services: Vec<Service>,
}

/// An interface name, with a trailing `+` matching every name that starts
/// with the rest (iptables notation).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Interface(pub String);

impl Interface {
    /// Returns the name without the `+` wildcard and whether it had one.
    pub fn prefix(&self) -> (&str, bool) {
        match self.0.strip_suffix('+') {
            Some(prefix) => (prefix, true),
            None => (&self.0, false),
        }
    }
}

/// ICMP handling beyond what both families always need (neighbour
/// discovery, and the error types that path MTU discovery and connection
/// errors rely on).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Icmp {
    /// Action applied to echo requests (ping) of both families.
    pub echo_request: Action,
    /// Source of that declaration.
    pub origin: Origin,
}

/// A rate such as `10/minute`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Rate {
    /// Packets per unit.
    pub count: u32,
    /// `second`, `minute`, `hour` or `day`.
    pub unit: &'static str,
}

/// Logging of new connections that the final verdict discards.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Log {
    /// Prefix of each kernel log line.
    pub prefix: String,
    /// Syslog level name: emerg, alert, crit, err, warn, notice, info, debug.
    pub level: &'static str,
    /// At most this many lines.
    pub rate: Rate,
    /// Source of the declaration.
    pub origin: Origin,
}

/// Syslog level names with their numbers, as nftables names them.
pub const LOG_LEVELS: [(&str, u8); 8] = [
    ("emerg", 0),
    ("alert", 1),
    ("crit", 2),
    ("err", 3),
    ("warn", 4),
    ("notice", 5),
    ("info", 6),
    ("debug", 7),
];

/// An extra rule, rendered after the services in the declared order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExtraRule {
    /// Name for reports, or `rules[N]` when the file gives none.
    pub name: String,
    /// Verdict.
    pub action: Action,
    /// Protocol and ports. `None` matches every protocol.
    pub port: Option<PortSpec>,
    /// ICMP or ICMPv6 type name, checked by the kernel tools.
    pub icmp_type: Option<String>,
    /// Sources. `None` matches every source.
    pub from: Option<Vec<SourceItem>>,
    /// Input interfaces. An empty list matches every interface.
    pub interfaces: Vec<Interface>,
    /// Restricts the rule to one family.
    pub family: Option<Family>,
    /// Comment carried into the rendered rule.
    pub comment: Option<String>,
    /// Source of the declaration.
    pub origin: Origin,
}

/// A complete policy: the preset with the file's changes applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Policy {
    /// The preset it started from.
    pub preset: Preset,
    /// Management services.
    pub management: Vec<Service>,
    /// Cluster networks and services.
    pub cluster: Cluster,
    /// Interfaces whose traffic is accepted. Loopback traffic is always accepted.
    pub trusted_interfaces: Vec<Interface>,
    /// Source of the `trusted_interfaces` declaration.
    pub trusted_interfaces_origin: Origin,
    /// ICMP handling.
    pub icmp: Icmp,
    /// Logging, when enabled.
    pub log: Option<Log>,
    /// Verdict for everything no rule accepted: reject or drop.
    pub final_action: Action,
    /// Extra rules, in order.
    pub rules: Vec<ExtraRule>,
    /// Warnings about adjusted input, such as host bits cleared.
    pub warnings: Vec<String>,
}

impl Policy {
    /// Builds a service of a preset.
    pub(crate) fn preset_service(
        preset: Preset,
        name: &str,
        port: &str,
        family: Option<Family>,
    ) -> Service {
        Service {
            name: name.to_string(),
            port: super::ports::parse_port_spec(port).expect("preset ports are valid"),
            allow: None,
            family,
            comment: None,
            origin: Origin::preset(preset, name),
        }
    }

    /// Returns the protocols of `spec` that exist in `family`: ICMP only in
    /// IPv4, ICMPv6 only in IPv6.
    pub fn protocol_in_family(protocol: Protocol, family: Family) -> bool {
        !matches!(
            (protocol, family),
            (Protocol::Icmp, Family::Ipv6) | (Protocol::Icmpv6, Family::Ipv4)
        )
    }
}
