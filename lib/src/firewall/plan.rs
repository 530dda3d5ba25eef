//! The ordered rule list that both renderers write: the policy's
//! declarations with merged sources, routed to their families, and the
//! shadowing found between them.

use serde::Serialize;

use super::address::{Family, Merge, Sources};
use super::policy::{Action, Interface, Log, Origin, Policy, Service, SourceItem};
use super::ports::{PortSpec, Protocol};

/// One declared rule.
#[derive(Debug, Clone, Serialize)]
pub struct Rule {
    /// The declaration's label, such as `management ssh`.
    pub label: String,
    /// The place of the declaration.
    pub origin: Origin,
    /// The families it is rendered for; empty when it matches no family.
    pub families: Vec<Family>,
    /// Allowed or matched sources.
    #[serde(skip)]
    pub sources: Sources,
    /// Name of the source list, when all sources come from one: an address
    /// list, `cluster` for the cluster's sources, or `trusted`.
    pub source_list: Option<String>,
    /// Protocol and ports; `None` matches every protocol.
    pub port: Option<PortSpec>,
    /// ICMP or ICMPv6 type.
    pub icmp_type: Option<String>,
    /// Input interfaces; empty matches every interface.
    pub interfaces: Vec<Interface>,
    /// Verdict.
    pub action: Action,
    /// Comment for the rendered rule.
    pub comment: String,
}

/// Label of the rule that accepts the trusted interfaces.
const TRUSTED_INTERFACES: &str = "trusted interfaces";

impl Rule {
    /// Returns whether this is the rule that accepts the trusted interfaces.
    pub fn is_trusted_interfaces(&self) -> bool {
        self.label == TRUSTED_INTERFACES
    }
}

/// A rule that can never match because an earlier rule matches everything
/// it matches.
#[derive(Debug, Clone, Serialize)]
pub struct Shadow {
    /// The rule that never matches.
    pub rule: String,
    /// The place of the declaration.
    pub rule_origin: Origin,
    /// The earlier rule that covers it.
    pub by: String,
    /// The place of that declaration.
    pub by_origin: Origin,
    /// The families in which it is covered.
    pub families: Vec<Family>,
}

/// Networks merged in one rule's sources.
#[derive(Debug, Clone, Serialize)]
pub struct RuleMerge {
    /// The rule.
    pub rule: String,
    /// The merge.
    #[serde(flatten)]
    pub merge: Merge,
}

/// The rules in their final order, with what was found while building them.
#[derive(Debug, Clone)]
pub struct Plan {
    /// Declared rules in order.
    pub rules: Vec<Rule>,
    /// Interfaces whose traffic is accepted, loopback excluded (it is part
    /// of the fixed rules).
    pub trusted_interfaces: Vec<Interface>,
    /// Logging of discarded new connections.
    pub log: Option<Log>,
    /// The final verdict.
    pub final_action: Action,
    /// Networks merged.
    pub merges: Vec<RuleMerge>,
    /// Rules that never match.
    pub shadows: Vec<Shadow>,
    /// Rules left out of a family or out entirely, and other notes.
    pub notes: Vec<String>,
}

impl Plan {
    /// Builds the ordered rules of `policy`.
    pub fn build(policy: &Policy) -> Plan {
        let mut builder = Builder::default();
        let trusted_interfaces: Vec<Interface> = policy
            .trusted_interfaces
            .iter()
            .filter(|interface| interface.0 != "lo")
            .cloned()
            .collect();
        if !trusted_interfaces.is_empty() {
            builder.push(RuleSpec {
                label: TRUSTED_INTERFACES.into(),
                origin: policy.trusted_interfaces_origin.clone(),
                family: None,
                sources: None,
                port: None,
                icmp_type: None,
                interfaces: trusted_interfaces.clone(),
                action: Action::Accept,
                comment: None,
                source_list: None,
            });
        }
        if let Some(first) = policy.cluster.trusted_networks.first() {
            builder.push(RuleSpec {
                label: "cluster trusted networks".into(),
                origin: first.origin.clone(),
                family: None,
                sources: Some(&policy.cluster.trusted_networks),
                port: None,
                icmp_type: None,
                interfaces: Vec::new(),
                action: Action::Accept,
                comment: None,
                source_list: Some("trusted".into()),
            });
        }
        for service in &policy.management {
            builder.push_service("management", service, &[]);
        }
        for service in &policy.cluster.services {
            builder.push_service("cluster", service, &policy.cluster.sources);
        }
        for rule in &policy.rules {
            builder.push(RuleSpec {
                label: format!("rule {}", rule.name),
                origin: rule.origin.clone(),
                family: rule.family,
                sources: rule.from.as_deref(),
                port: rule.port.clone(),
                icmp_type: rule.icmp_type.clone(),
                interfaces: rule.interfaces.clone(),
                action: rule.action,
                comment: rule.comment.clone(),
                source_list: rule.from.as_deref().and_then(common_list),
            });
        }
        builder.push_echo(policy);

        let shadows = find_shadows(&builder.rules);
        Plan {
            rules: builder.rules,
            trusted_interfaces,
            log: policy.log.clone(),
            final_action: policy.final_action,
            merges: builder.merges,
            shadows,
            notes: builder.notes,
        }
    }
}

struct RuleSpec<'p> {
    label: String,
    source_list: Option<String>,
    origin: Origin,
    family: Option<Family>,
    sources: Option<&'p [SourceItem]>,
    port: Option<PortSpec>,
    icmp_type: Option<String>,
    interfaces: Vec<Interface>,
    action: Action,
    comment: Option<String>,
}

#[derive(Default)]
struct Builder {
    rules: Vec<Rule>,
    merges: Vec<RuleMerge>,
    notes: Vec<String>,
}

impl Builder {
    fn push_service(&mut self, section: &str, service: &Service, default_sources: &[SourceItem]) {
        let sources = service.allow.as_deref().unwrap_or(default_sources);
        let source_list = match &service.allow {
            None => Some("cluster".to_string()),
            Some(items) => common_list(items),
        };
        if sources.is_empty() {
            self.notes.push(format!(
                "{section} {} ({}) is left out: cluster.sources is empty, so no source may reach it",
                service.name,
                service.origin.describe()
            ));
            return;
        }
        self.push(RuleSpec {
            label: format!("{section} {}", service.name),
            origin: service.origin.clone(),
            family: service.family,
            sources: Some(sources),
            port: Some(service.port.clone()),
            icmp_type: None,
            interfaces: Vec::new(),
            action: Action::Accept,
            comment: service.comment.clone(),
            source_list,
        });
    }

    fn push_echo(&mut self, policy: &Policy) {
        for (family, protocol) in [
            (Family::Ipv4, Protocol::Icmp),
            (Family::Ipv6, Protocol::Icmpv6),
        ] {
            self.push(RuleSpec {
                label: format!("{} echo-request", protocol.name()),
                origin: policy.icmp.origin.clone(),
                family: Some(family),
                sources: None,
                port: Some(PortSpec {
                    protocol,
                    ports: Vec::new(),
                }),
                icmp_type: Some("echo-request".into()),
                interfaces: Vec::new(),
                action: policy.icmp.echo_request,
                comment: None,
                source_list: None,
            });
        }
    }

    fn push(&mut self, spec: RuleSpec<'_>) {
        let sources = match spec.sources {
            Some(items) => {
                let entries: Vec<_> = items.iter().map(|item| item.entry.clone()).collect();
                let (sources, merges) = Sources::from_entries(&entries);
                self.merges
                    .extend(merges.into_iter().map(|merge| RuleMerge {
                        rule: spec.label.clone(),
                        merge,
                    }));
                sources
            }
            None => Sources::any(),
        };
        let families: Vec<Family> = Family::ALL
            .into_iter()
            .filter(|family| spec.family.is_none_or(|only| only == *family))
            .filter(|family| sources.has(*family))
            .filter(|family| {
                spec.port
                    .as_ref()
                    .is_none_or(|port| Policy::protocol_in_family(port.protocol, *family))
            })
            .collect();
        if families.is_empty() {
            self.notes.push(format!(
                "{} ({}) matches no address family (its sources, family and protocol exclude each other); it is left out",
                spec.label,
                spec.origin.describe()
            ));
        }
        let comment = spec.comment.unwrap_or_else(|| spec.label.clone());
        self.rules.push(Rule {
            label: spec.label,
            origin: spec.origin,
            families,
            sources,
            source_list: spec.source_list,
            port: spec.port,
            icmp_type: spec.icmp_type,
            interfaces: spec.interfaces,
            action: spec.action,
            comment,
        });
    }
}

/// Returns the address list that every item came from, if they share one.
fn common_list(items: &[SourceItem]) -> Option<String> {
    let first = items.first()?.list.clone()?;
    items
        .iter()
        .all(|item| item.list.as_deref() == Some(first.as_str()))
        .then_some(first)
}

/// Returns whether `outer` matches every packet of `inner` in `family`.
fn covers(outer: &Rule, inner: &Rule, family: Family) -> bool {
    let ports = match (&outer.port, &inner.port) {
        (None, _) => true,
        (Some(_), None) => false,
        (Some(outer), Some(inner)) => outer.covers(inner),
    };
    let icmp_type = outer.icmp_type.is_none() || outer.icmp_type == inner.icmp_type;
    let interfaces = outer.interfaces.is_empty()
        || (!inner.interfaces.is_empty()
            && inner
                .interfaces
                .iter()
                .all(|interface| outer.interfaces.contains(interface)));
    outer.families.contains(&family)
        && outer.sources.covers(&inner.sources, family)
        && ports
        && icmp_type
        && interfaces
}

fn find_shadows(rules: &[Rule]) -> Vec<Shadow> {
    let mut shadows = Vec::new();
    for (index, rule) in rules.iter().enumerate() {
        for earlier in &rules[..index] {
            let families: Vec<Family> = rule
                .families
                .iter()
                .copied()
                .filter(|family| covers(earlier, rule, *family))
                .collect();
            if !families.is_empty() {
                shadows.push(Shadow {
                    rule: rule.label.clone(),
                    rule_origin: rule.origin.clone(),
                    by: earlier.label.clone(),
                    by_origin: earlier.origin.clone(),
                    families,
                });
                break;
            }
        }
    }
    shadows
}

impl Shadow {
    /// Describes the shadowing in one sentence.
    pub fn describe(&self) -> String {
        let families: Vec<&str> = self.families.iter().map(|f| f.name()).collect();
        format!(
            "{} ({}) never matches in {}: {} ({}) comes first and matches all its packets",
            self.rule,
            self.rule_origin.describe(),
            families.join(" and "),
            self.by,
            self.by_origin.describe()
        )
    }
}

impl RuleMerge {
    /// Describes the merge in one sentence.
    pub fn describe(&self) -> String {
        format!(
            "{}: {} merged into {}",
            self.rule,
            self.merge.from.join(", "),
            self.merge.into
        )
    }
}

/// Describes the final rule order in words, one numbered line per rule.
pub fn explain(plan: &Plan) -> Vec<String> {
    let mut lines = vec![
        "accept packets of established and related connections".to_string(),
        "drop packets that conntrack marks invalid".to_string(),
        "accept everything on the loopback interface lo".to_string(),
        "accept ICMPv6 neighbour and router discovery (hop limit 255)".to_string(),
        "accept ICMP and ICMPv6 errors: destination unreachable, packet too big, time exceeded, parameter problem".to_string(),
    ];
    for rule in &plan.rules {
        if rule.families.is_empty() {
            continue;
        }
        lines.push(describe_rule(rule));
    }
    if let Some(log) = &plan.log {
        lines.push(format!(
            "log new connections that reach this point, at most {}/{}, with prefix \"{}\"",
            log.rate.count,
            log.rate.unit,
            log.prefix.escape_debug()
        ));
    }
    lines.push(format!("{} everything else", plan.final_action.name()));
    lines
        .into_iter()
        .enumerate()
        .map(|(index, line)| format!("{:>3}. {line}", index + 1))
        .collect()
}

fn describe_rule(rule: &Rule) -> String {
    let mut text = rule.action.name().to_string();
    match (&rule.port, &rule.icmp_type) {
        (Some(port), Some(icmp_type)) => text.push_str(&format!(" {} {icmp_type}", port.protocol)),
        (Some(port), None) if port.ports.is_empty() => {
            text.push_str(&format!(" {}", port.protocol))
        }
        (Some(port), None) => text.push_str(&format!(" {port}")),
        (None, _) => text.push_str(" everything"),
    }
    if !rule.interfaces.is_empty() {
        let names: Vec<&str> = rule.interfaces.iter().map(|i| i.0.as_str()).collect();
        text.push_str(&format!(" on {}", names.join(", ")));
    }
    if rule.sources.any {
        if rule.families.len() == 1 {
            text.push_str(&format!(" from any {} source", rule.families[0].name()));
        } else {
            text.push_str(" from any source");
        }
    } else {
        let mut networks = Vec::new();
        for family in &rule.families {
            networks.extend(rule.sources.texts(*family).unwrap_or_default());
        }
        text.push_str(&format!(" from {}", summarise(&networks)));
    }
    format!("{text} ({}, {})", rule.label, rule.origin.describe())
}

/// Lists up to five networks, then how many more.
fn summarise(networks: &[String]) -> String {
    const SHOWN: usize = 5;
    if networks.len() <= SHOWN {
        return networks.join(", ");
    }
    format!(
        "{} and {} more",
        networks[..SHOWN].join(", "),
        networks.len() - SHOWN
    )
}
