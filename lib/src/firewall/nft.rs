//! The nftables renderer: one `table inet micado` with typed interval sets
//! and one input chain.
//!
//! The file starts by declaring and deleting the table, so that `nft -f`
//! replaces the whole table in one transaction and touches no other table.

use std::collections::{BTreeMap, BTreeSet};

use super::address::Family;
use super::error::FirewallError;
use super::limits::{self, Adjuster};
use super::plan::{Plan, Rule};
use super::policy::{Action, Interface, LOG_LEVELS};
use super::ports::{PortSpec, Protocol};
use super::render::{Lines, RenderedFile};

/// The table that micadoctl owns.
pub const TABLE: &str = "micado";

/// Renders `plan` as an nft script.
pub fn render(plan: &Plan, adjuster: &mut Adjuster) -> Result<RenderedFile, FirewallError> {
    let mut lines = Lines::default();
    lines.fixed("# Rendered by micadoctl firewall render; the policy file is the source.");
    lines.fixed(format!("table inet {TABLE}"));
    lines.fixed(format!("delete table inet {TABLE}"));
    lines.fixed(format!("table inet {TABLE} {{"));

    let mut names = SetNames::default();
    let mut rule_sets = Vec::with_capacity(plan.rules.len());
    for rule in &plan.rules {
        rule_sets.push(write_sets(&mut lines, rule, &mut names, adjuster)?);
    }

    lines.fixed("\tchain input {");
    lines.fixed("\t\ttype filter hook input priority filter; policy drop;");
    lines.fixed("\t\tct state established,related accept");
    lines.fixed("\t\tct state invalid drop");
    lines.fixed("\t\tiifname \"lo\" accept");
    lines.fixed(
        "\t\ticmpv6 type { nd-router-solicit, nd-router-advert, nd-neighbor-solicit, nd-neighbor-advert } ip6 hoplimit 255 accept",
    );
    lines.fixed(
        "\t\ticmpv6 type { destination-unreachable, packet-too-big, time-exceeded, parameter-problem } accept",
    );
    lines.fixed(
        "\t\ticmp type { destination-unreachable, time-exceeded, parameter-problem } accept",
    );
    for (rule, sets) in plan.rules.iter().zip(&rule_sets) {
        write_rule(&mut lines, rule, sets, adjuster)?;
    }
    if let Some(log) = &plan.log {
        let prefix = adjuster.nft_log_prefix(&log.prefix, limits::NFT_LOG_PREFIX)?;
        let level = LOG_LEVELS
            .iter()
            .find(|(name, _)| *name == log.level)
            .map_or("warn", |(name, _)| name);
        lines.from(
            format!(
                "\t\tct state new limit rate {}/{} counter log prefix \"{prefix}\" level {level}",
                log.rate.count, log.rate.unit
            ),
            &log.origin,
        );
    }
    lines.fixed(format!("\t\t{}", verdict(plan.final_action)));
    lines.fixed("\t}");
    lines.fixed("}");
    Ok(lines.finish("micado.nft", None))
}

/// Sets written so far: names in use, and the set of each element list so
/// that rules with the same sources share one set.
#[derive(Default)]
struct SetNames {
    used: BTreeSet<String>,
    by_content: BTreeMap<(Family, Vec<String>), String>,
}

impl SetNames {
    /// Returns the name of an existing set with these elements.
    fn existing(&self, family: Family, networks: &[String]) -> Option<String> {
        self.by_content.get(&(family, networks.to_vec())).cloned()
    }

    fn allocate(
        &mut self,
        rule: &Rule,
        family: Family,
        networks: &[String],
        adjuster: &mut Adjuster,
    ) -> Result<String, FirewallError> {
        let suffix = match family {
            Family::Ipv4 => "_v4",
            Family::Ipv6 => "_v6",
        };
        let base = match &rule.source_list {
            Some(list) => ascii_name(list),
            None => set_base_name(&rule.label),
        };
        let mut name = format!("{base}{suffix}");
        if name.len() > limits::NFT_NAME {
            let keep = limits::NFT_NAME - suffix.len();
            name = format!("{}{suffix}", &base[..keep]);
            adjuster.adjust(format!(
                "the set name of {} was shortened to {name}, because kernels before 4.16 accept at most {} bytes",
                rule.label,
                limits::NFT_NAME
            ))?;
        }
        let mut unique = name.clone();
        let mut counter = 2;
        while self.used.contains(&unique) {
            let tag = format!("_{counter}");
            let keep = (limits::NFT_NAME - suffix.len() - tag.len()).min(name.len() - suffix.len());
            unique = format!("{}{tag}{suffix}", &name[..keep]);
            counter += 1;
        }
        self.used.insert(unique.clone());
        self.by_content
            .insert((family, networks.to_vec()), unique.clone());
        Ok(unique)
    }
}

/// Derives an ASCII set name from a rule label: `management ssh` becomes
/// `m_ssh` and an unnamed extra rule `rules[3]` becomes `r3`.
fn set_base_name(label: &str) -> String {
    let (section, name) = label.split_once(' ').unwrap_or(("", label));
    if let Some(index) = name
        .strip_prefix("rules[")
        .and_then(|rest| rest.strip_suffix(']'))
    {
        return format!("r{index}");
    }
    let prefix = match section {
        "management" => "m_",
        "cluster" => "c_",
        "rule" => "r_",
        _ => "",
    };
    format!("{prefix}{}", ascii_name(name))
}

/// Replaces every character but ASCII letters and digits with `_`.
fn ascii_name(name: &str) -> String {
    name.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .collect()
}

/// The sets of one rule: one name per family with networks.
struct RuleSets {
    v4: Option<String>,
    v6: Option<String>,
}

fn write_sets(
    lines: &mut Lines,
    rule: &Rule,
    names: &mut SetNames,
    adjuster: &mut Adjuster,
) -> Result<RuleSets, FirewallError> {
    let mut sets = RuleSets { v4: None, v6: None };
    if rule.sources.any {
        return Ok(sets);
    }
    for family in rule.families.iter().copied() {
        let networks = rule.sources.texts(family).unwrap_or_default();
        if let Some(name) = names.existing(family, &networks) {
            match family {
                Family::Ipv4 => sets.v4 = Some(name),
                Family::Ipv6 => sets.v6 = Some(name),
            }
            continue;
        }
        let name = names.allocate(rule, family, &networks, adjuster)?;
        let (kind, has_prefixes) = match family {
            Family::Ipv4 => (
                "ipv4_addr",
                rule.sources.v4.iter().any(|net| net.prefix_len() < 32),
            ),
            Family::Ipv6 => (
                "ipv6_addr",
                rule.sources.v6.iter().any(|net| net.prefix_len() < 128),
            ),
        };
        lines.from(format!("\tset {name} {{"), &rule.origin);
        lines.from(format!("\t\ttype {kind}"), &rule.origin);
        if has_prefixes {
            lines.from("\t\tflags interval", &rule.origin);
        }
        lines.from("\t\telements = {", &rule.origin);
        let last = networks.len() - 1;
        for (index, network) in networks.iter().enumerate() {
            let comma = if index == last { "" } else { "," };
            lines.from(format!("\t\t\t{network}{comma}"), &rule.origin);
        }
        lines.from("\t\t}", &rule.origin);
        lines.from("\t}", &rule.origin);
        lines.fixed("");
        match family {
            Family::Ipv4 => sets.v4 = Some(name),
            Family::Ipv6 => sets.v6 = Some(name),
        }
    }
    Ok(sets)
}

fn write_rule(
    lines: &mut Lines,
    rule: &Rule,
    sets: &RuleSets,
    adjuster: &mut Adjuster,
) -> Result<(), FirewallError> {
    if rule.families.is_empty() {
        return Ok(());
    }
    let comment = adjuster.nft_text(
        &format!("the nft comment of {}", rule.label),
        &rule.comment,
        limits::NFT_COMMENT,
    )?;
    let tail = format!(
        "{}{} comment \"{comment}\"",
        port_match(rule.port.as_ref(), rule.icmp_type.as_deref()),
        verdict(rule.action)
    );
    let selectors: Vec<String> = if rule.sources.any {
        if rule.families.len() == Family::ALL.len() {
            vec![String::new()]
        } else {
            vec![format!("meta nfproto {} ", rule.families[0].name())]
        }
    } else {
        rule.families
            .iter()
            .map(|family| match family {
                Family::Ipv4 => format!("ip saddr @{} ", sets.v4.as_deref().expect("set written")),
                Family::Ipv6 => format!("ip6 saddr @{} ", sets.v6.as_deref().expect("set written")),
            })
            .collect()
    };
    let interfaces: Vec<String> = if rule.interfaces.is_empty() {
        vec![String::new()]
    } else {
        rule.interfaces.iter().map(interface_match).collect()
    };
    for interface in &interfaces {
        for selector in &selectors {
            lines.from(format!("\t\t{interface}{selector}{tail}"), &rule.origin);
        }
    }
    Ok(())
}

fn interface_match(interface: &Interface) -> String {
    match interface.prefix() {
        (prefix, true) => format!("iifname \"{prefix}*\" "),
        (name, false) => format!("iifname \"{name}\" "),
    }
}

fn port_match(port: Option<&PortSpec>, icmp_type: Option<&str>) -> String {
    let Some(port) = port else {
        return String::new();
    };
    match (port.protocol, icmp_type) {
        (Protocol::Icmp, Some(kind)) => format!("icmp type {kind} "),
        (Protocol::Icmpv6, Some(kind)) => format!("icmpv6 type {kind} "),
        (Protocol::Icmpv6, None) => "meta l4proto ipv6-icmp ".into(),
        (protocol, _) if port.ports.is_empty() => format!("meta l4proto {protocol} "),
        (protocol, _) => {
            let ports: Vec<String> = port.ports.iter().map(ToString::to_string).collect();
            if ports.len() == 1 {
                format!("{protocol} dport {} ", ports[0])
            } else {
                format!("{protocol} dport {{ {} }} ", ports.join(", "))
            }
        }
    }
}

fn verdict(action: Action) -> &'static str {
    match action {
        Action::Accept => "accept",
        Action::Drop => "drop",
        Action::Reject => "reject with icmpx admin-prohibited",
    }
}
