//! The iptables renderer: `rules.v4` and `rules.v6` in MiCADO's shape, a
//! `FILTERS` chain that `INPUT` and Docker's `DOCKER-USER` jump to.
//!
//! The files are meant for `iptables-restore --noflush`, which keeps every
//! other chain (Docker's, Kubernetes') and flushes only the user chains the
//! file declares. `--noflush` cannot test whether a jump exists, so loading
//! a file twice by hand appends the two jumps twice. `firewall apply` leaves
//! out a jump that is already there.

use super::address::Family;
use super::error::FirewallError;
use super::icmp;
use super::limits::{self, Adjuster, iptables_quote};
use super::plan::{Plan, Rule};
use super::policy::{Action, Interface, LOG_LEVELS};
use super::ports::{PortRange, PortSpec, Protocol};
use super::render::{Lines, RenderedFile};

/// The chain that micadoctl owns.
pub const CHAIN: &str = "FILTERS";
/// Docker's chain for user rules on forwarded traffic.
pub const DOCKER_USER: &str = "DOCKER-USER";
/// The jump from `INPUT`.
pub const INPUT_JUMP: &str = "-A INPUT -j FILTERS";
/// The jump from `DOCKER-USER`.
pub const DOCKER_USER_JUMP: &str = "-A DOCKER-USER -j FILTERS";
/// Maximum number of ports in one `multiport` match. A range counts twice.
pub const MULTIPORT_MAX: usize = 15;

/// Renders the file of `family`.
pub fn render(
    plan: &Plan,
    family: Family,
    adjuster: &mut Adjuster,
) -> Result<RenderedFile, FirewallError> {
    let mut lines = Lines::default();
    let restore = match family {
        Family::Ipv4 => "iptables-restore",
        Family::Ipv6 => "ip6tables-restore",
    };
    lines.fixed(format!(
        "# Rendered by micadoctl firewall render; the policy file is the source. Load with {restore} --noflush."
    ));
    lines.fixed("*filter");
    lines.fixed(":INPUT DROP [0:0]");
    lines.fixed(":FORWARD DROP [0:0]");
    lines.fixed(":OUTPUT ACCEPT [0:0]");
    lines.fixed(format!(":{CHAIN} - [0:0]"));
    lines.fixed(format!(":{DOCKER_USER} - [0:0]"));
    lines.fixed(INPUT_JUMP);
    lines.fixed(DOCKER_USER_JUMP);
    write_fixed_rules(&mut lines, family);
    for rule in &plan.rules {
        if rule.families.contains(&family) {
            write_rule(&mut lines, rule, family, adjuster)?;
        }
        if rule.is_trusted_interfaces() {
            // Traffic that Docker forwards to pods leaves through a trusted
            // interface. FILTERS receives it when DOCKER-USER jumps here.
            for interface in &rule.interfaces {
                lines.from(
                    format!(
                        "-A {CHAIN} -o {} -m conntrack --ctstate NEW -j ACCEPT",
                        interface_name(interface)
                    ),
                    &rule.origin,
                );
            }
        }
    }
    if let Some(log) = &plan.log {
        let prefix = adjuster.fit(
            "the iptables log prefix",
            &log.prefix,
            limits::IPTABLES_LOG_PREFIX,
        )?;
        let level = LOG_LEVELS
            .iter()
            .find(|(name, _)| *name == log.level)
            .map_or(4, |(_, number)| *number);
        lines.from(
            format!(
                "-A {CHAIN} -m conntrack --ctstate NEW -m limit --limit {}/{} -j LOG --log-prefix {} --log-level {level}",
                log.rate.count,
                log.rate.unit,
                iptables_quote(&prefix)
            ),
            &log.origin,
        );
    }
    lines.fixed(format!("-A {CHAIN} {}", verdict(plan.final_action, family)));
    lines.fixed("COMMIT");
    let name = match family {
        Family::Ipv4 => "rules.v4",
        Family::Ipv6 => "rules.v6",
    };
    Ok(lines.finish(name, Some(family)))
}

fn write_fixed_rules(lines: &mut Lines, family: Family) {
    lines.fixed(format!(
        "-A {CHAIN} -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT"
    ));
    lines.fixed(format!("-A {CHAIN} -m conntrack --ctstate INVALID -j DROP"));
    lines.fixed(format!("-A {CHAIN} -i lo -j ACCEPT"));
    match family {
        Family::Ipv4 => {
            for kind in [
                "destination-unreachable",
                "time-exceeded",
                "parameter-problem",
            ] {
                lines.fixed(format!(
                    "-A {CHAIN} -p icmp -m icmp --icmp-type {kind} -j ACCEPT"
                ));
            }
        }
        Family::Ipv6 => {
            for kind in [
                "router-solicitation",
                "router-advertisement",
                "neighbour-solicitation",
                "neighbour-advertisement",
            ] {
                lines.fixed(format!(
                    "-A {CHAIN} -p ipv6-icmp -m icmp6 --icmpv6-type {kind} -m hl --hl-eq 255 -j ACCEPT"
                ));
            }
            for kind in [
                "destination-unreachable",
                "packet-too-big",
                "time-exceeded",
                "parameter-problem",
            ] {
                lines.fixed(format!(
                    "-A {CHAIN} -p ipv6-icmp -m icmp6 --icmpv6-type {kind} -j ACCEPT"
                ));
            }
        }
    }
}

fn write_rule(
    lines: &mut Lines,
    rule: &Rule,
    family: Family,
    adjuster: &mut Adjuster,
) -> Result<(), FirewallError> {
    let comment = adjuster.fit(
        &format!("the iptables comment of {}", rule.label),
        &rule.comment,
        limits::IPTABLES_COMMENT,
    )?;
    let tail = format!(
        "-m conntrack --ctstate NEW -m comment --comment {} {}",
        iptables_quote(&comment),
        verdict(rule.action, family)
    );
    let sources: Vec<String> = match rule.sources.texts(family) {
        None => vec![String::new()],
        Some(networks) => networks
            .into_iter()
            .map(|net| format!("-s {net} "))
            .collect(),
    };
    let interfaces: Vec<String> = if rule.interfaces.is_empty() {
        vec![String::new()]
    } else {
        rule.interfaces
            .iter()
            .map(|interface| format!("-i {} ", interface_name(interface)))
            .collect()
    };
    let matches = protocol_matches(rule.port.as_ref(), rule.icmp_type.as_deref());
    for interface in &interfaces {
        for source in &sources {
            for protocol in &matches {
                lines.from(
                    format!("-A {CHAIN} {interface}{source}{protocol}{tail}"),
                    &rule.origin,
                );
            }
        }
    }
    Ok(())
}

fn interface_name(interface: &Interface) -> &str {
    &interface.0
}

/// Returns the protocol matches of a rule, one per multiport group.
fn protocol_matches(port: Option<&PortSpec>, icmp_type: Option<&str>) -> Vec<String> {
    let Some(port) = port else {
        return vec![String::new()];
    };
    match (port.protocol, icmp_type) {
        (Protocol::Icmp, Some(kind)) => vec![format!(
            "-p icmp -m icmp --icmp-type {} ",
            icmp::iptables_name(Protocol::Icmp, kind)
        )],
        (Protocol::Icmpv6, Some(kind)) => vec![format!(
            "-p ipv6-icmp -m icmp6 --icmpv6-type {} ",
            icmp::iptables_name(Protocol::Icmpv6, kind)
        )],
        (Protocol::Icmpv6, None) => vec!["-p ipv6-icmp ".into()],
        (protocol, _) if port.ports.is_empty() => vec![format!("-p {protocol} ")],
        (protocol, _) => port_groups(&port.ports)
            .into_iter()
            .map(|group| match group.as_slice() {
                [single] => format!(
                    "-p {protocol} -m {protocol} --dport {} ",
                    range_text(single)
                ),
                many => {
                    let list: Vec<String> = many.iter().map(range_text).collect();
                    format!("-p {protocol} -m multiport --dports {} ", list.join(","))
                }
            })
            .collect(),
    }
}

fn range_text(range: &PortRange) -> String {
    if range.first == range.last {
        range.first.to_string()
    } else {
        format!("{}:{}", range.first, range.last)
    }
}

/// Splits ranges into groups that one multiport match takes: at most 15
/// ports, a range counting as two.
fn port_groups(ranges: &[PortRange]) -> Vec<Vec<PortRange>> {
    let mut groups: Vec<Vec<PortRange>> = Vec::new();
    let mut used = MULTIPORT_MAX;
    for range in ranges {
        let weight = if range.first == range.last { 1 } else { 2 };
        if used + weight > MULTIPORT_MAX {
            groups.push(Vec::new());
            used = 0;
        }
        groups.last_mut().expect("pushed above").push(*range);
        used += weight;
    }
    groups
}

fn verdict(action: Action, family: Family) -> &'static str {
    match (action, family) {
        (Action::Accept, _) => "-j ACCEPT",
        (Action::Drop, _) => "-j DROP",
        (Action::Reject, Family::Ipv4) => "-j REJECT --reject-with icmp-host-prohibited",
        (Action::Reject, Family::Ipv6) => "-j REJECT --reject-with icmp6-adm-prohibited",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ports(list: &[(u16, u16)]) -> Vec<PortRange> {
        list.iter()
            .map(|&(first, last)| PortRange { first, last })
            .collect()
    }

    #[test]
    fn multiport_groups_of_fifteen() {
        let singles: Vec<(u16, u16)> = (1..=16).map(|p| (p * 10, p * 10)).collect();
        let groups = port_groups(&ports(&singles));
        assert_eq!(groups.len(), 2);
        assert_eq!(groups[0].len(), 15);
        assert_eq!(groups[1].len(), 1);
    }

    #[test]
    fn ranges_count_twice() {
        let ranges: Vec<(u16, u16)> = (1..=8).map(|p| (p * 100, p * 100 + 5)).collect();
        let groups = port_groups(&ports(&ranges));
        assert_eq!(groups.iter().map(Vec::len).collect::<Vec<_>>(), [7, 1]);
    }
}
