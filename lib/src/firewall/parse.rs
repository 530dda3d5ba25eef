//! Reading a policy file: strict YAML with the line of every value.
//!
//! The file is read with the credential reader's YAML tree, which keeps
//! every scalar as written and records its line, so that an error names the
//! file, the line, the field and the value. Unknown keys are errors, because
//! a misspelt key would otherwise leave a port open or closed unnoticed.

use std::collections::BTreeMap;
use std::path::Path;

use crate::credentials::files::yaml::{self, Node, NodeValue};

use super::address::{Family, SourceEntry, parse_source};
use super::error::FirewallError;
use super::icmp;
use super::policy::{
    Action, ExtraRule, Interface, LOG_LEVELS, Log, Origin, Policy, Preset, Rate, Service,
    SourceItem,
};
use super::ports::{PortSpec, Protocol, parse_port_spec};
use super::preset;

/// Maximum length of a Linux interface name (IFNAMSIZ less the final NUL).
pub const MAX_INTERFACE_NAME: usize = 15;

const TOP_KEYS: &[&str] = &[
    "preset",
    "addresses",
    "management",
    "cluster",
    "trusted_interfaces",
    "icmp",
    "log",
    "final",
    "rules",
];
const SERVICE_KEYS: &[&str] = &["name", "port", "allow", "family", "comment", "enabled"];
const CLUSTER_KEYS: &[&str] = &["sources", "trusted_networks", "services"];
const ICMP_KEYS: &[&str] = &["echo_request"];
const LOG_KEYS: &[&str] = &["enabled", "prefix", "level", "rate"];
const RULE_KEYS: &[&str] = &[
    "name",
    "action",
    "port",
    "proto",
    "icmp_type",
    "from",
    "interfaces",
    "family",
    "comment",
];

/// Reads the policy in `text`, which came from `file`. With `strict`,
/// networks with host bits set are rejected instead of normalised.
pub fn parse_policy(file: &Path, text: &str, strict: bool) -> Result<Policy, FirewallError> {
    let root = yaml::parse(text).map_err(|message| FirewallError::Policy {
        file: file.to_path_buf(),
        line: 0,
        field: String::new(),
        message,
    })?;
    let mut reader = Reader {
        file,
        strict,
        warnings: Vec::new(),
        addresses: BTreeMap::new(),
    };
    let mut policy = reader.read(&root)?;
    policy.warnings = reader.warnings;
    Ok(policy)
}

struct Reader<'a> {
    file: &'a Path,
    strict: bool,
    warnings: Vec<String>,
    addresses: BTreeMap<String, Vec<SourceEntry>>,
}

type Entries<'n> = Vec<(&'n str, &'n Node)>;

impl Reader<'_> {
    fn fail(&self, line: usize, field: &str, message: impl Into<String>) -> FirewallError {
        FirewallError::Policy {
            file: self.file.to_path_buf(),
            line,
            field: field.to_string(),
            message: message.into(),
        }
    }

    fn invalid(&self, node: &Node, field: &str, reason: &str) -> FirewallError {
        let value = node.as_text().unwrap_or("");
        self.fail(
            node.line,
            field,
            format!("invalid value \"{}\": {reason}", value.escape_debug()),
        )
    }

    fn read(&mut self, root: &Node) -> Result<Policy, FirewallError> {
        if matches!(root.value, NodeValue::Null) {
            return Err(self.fail(
                0,
                "",
                "the policy is empty; start from `micadoctl firewall init-policy`",
            ));
        }
        let top = self.mapping(root, "", TOP_KEYS)?;
        let preset_node = find(&top, "preset").ok_or_else(|| {
            self.fail(
                root.line,
                "preset",
                "missing field; write `preset: micado-kubeadm`, `micado-k3s` or `none`",
            )
        })?;
        let preset_name = self.text(preset_node, "preset")?;
        let preset = Preset::parse(preset_name).ok_or_else(|| {
            self.invalid(
                preset_node,
                "preset",
                "expected micado-kubeadm, micado-k3s or none",
            )
        })?;
        let mut policy = preset::base(preset);

        if let Some(node) = find(&top, "addresses") {
            self.read_addresses(node)?;
        }
        if let Some(node) = find(&top, "management") {
            let entries = self.list(node, "management")?;
            self.merge_services(&mut policy.management, &entries, "management", true)?;
        }
        if let Some(node) = find(&top, "cluster") {
            self.read_cluster(node, &mut policy)?;
        }
        if let Some(node) = find(&top, "trusted_interfaces") {
            policy.trusted_interfaces = self.interfaces(node, "trusted_interfaces")?;
            policy.trusted_interfaces_origin = origin(node, "trusted_interfaces");
        }
        if let Some(node) = find(&top, "icmp") {
            let icmp = self.mapping(node, "icmp", ICMP_KEYS)?;
            if let Some(value) = find(&icmp, "echo_request") {
                policy.icmp.echo_request = self.action(value, "icmp.echo_request")?;
                policy.icmp.origin = origin(value, "icmp.echo_request");
            }
        }
        if let Some(node) = find(&top, "log") {
            policy.log = self.read_log(node, policy.log.take())?;
        }
        if let Some(node) = find(&top, "final") {
            policy.final_action = match self.action(node, "final")? {
                Action::Accept => {
                    return Err(self.invalid(
                        node,
                        "final",
                        "the final verdict must be reject or drop",
                    ));
                }
                action => action,
            };
        }
        if let Some(node) = find(&top, "rules") {
            for (index, item) in self.list(node, "rules")?.into_iter().enumerate() {
                let rule = self.read_rule(item, &format!("rules[{index}]"))?;
                policy.rules.push(rule);
            }
        }
        Ok(policy)
    }

    fn mapping<'n>(
        &self,
        node: &'n Node,
        field: &str,
        allowed: &[&str],
    ) -> Result<Entries<'n>, FirewallError> {
        let NodeValue::Mapping(entries) = &node.value else {
            let subject = if field.is_empty() {
                "the policy"
            } else {
                "this field"
            };
            return Err(self.fail(
                node.line,
                field,
                format!("{subject} must be a mapping of keys to values"),
            ));
        };
        let mut result = Vec::with_capacity(entries.len());
        for (key, value) in entries {
            if !allowed.contains(&key.as_str()) {
                return Err(self.fail(
                    value.line,
                    &join(field, key),
                    format!(
                        "unknown key \"{}\"; expected one of: {}",
                        key.escape_debug(),
                        allowed.join(", ")
                    ),
                ));
            }
            result.push((key.as_str(), value.as_ref()));
        }
        Ok(result)
    }

    fn list<'n>(&self, node: &'n Node, field: &str) -> Result<Vec<&'n Node>, FirewallError> {
        match &node.value {
            NodeValue::Sequence(items) => Ok(items.iter().map(AsRef::as_ref).collect()),
            NodeValue::Null => Ok(Vec::new()),
            _ => Err(self.fail(
                node.line,
                field,
                "this field must be a list, such as [a, b]",
            )),
        }
    }

    fn text<'n>(&self, node: &'n Node, field: &str) -> Result<&'n str, FirewallError> {
        node.as_text().ok_or_else(|| {
            self.fail(
                node.line,
                field,
                "this field must be a single value, not empty, a list or a mapping",
            )
        })
    }

    fn action(&self, node: &Node, field: &str) -> Result<Action, FirewallError> {
        Action::parse(self.text(node, field)?)
            .ok_or_else(|| self.invalid(node, field, "expected accept, drop or reject"))
    }

    fn boolean(&self, node: &Node, field: &str) -> Result<bool, FirewallError> {
        match self.text(node, field)? {
            "true" => Ok(true),
            "false" => Ok(false),
            _ => Err(self.invalid(node, field, "expected true or false")),
        }
    }

    fn read_addresses(&mut self, node: &Node) -> Result<(), FirewallError> {
        let NodeValue::Mapping(entries) = &node.value else {
            return Err(self.fail(
                node.line,
                "addresses",
                "this field must map list names to address lists",
            ));
        };
        for (name, list) in entries {
            let field = join("addresses", name);
            let valid_name = !name.is_empty()
                && name.len() <= 64
                && name
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
                && name != "any"
                && parse_source(name).is_err();
            if !valid_name {
                return Err(self.fail(
                    list.line,
                    &field,
                    format!(
                        "invalid list name \"{}\"; use letters, digits, - and _ (not `any` and not an address)",
                        name.escape_debug()
                    ),
                ));
            }
            let mut items = Vec::new();
            for (index, item) in self.list(list, &field)?.into_iter().enumerate() {
                let item_field = format!("{field}[{index}]");
                let text = self.text(item, &item_field)?;
                if self.addresses.contains_key(text) {
                    return Err(self.invalid(
                        item,
                        &item_field,
                        "address lists cannot refer to other lists",
                    ));
                }
                items.push(self.source(item, &item_field)?.entry);
            }
            self.addresses.insert(name.clone(), items);
        }
        Ok(())
    }

    /// Reads a list of sources: addresses, networks, `any` or list names.
    fn sources(&mut self, node: &Node, field: &str) -> Result<Vec<SourceItem>, FirewallError> {
        let mut items = Vec::new();
        for (index, item) in self.list(node, field)?.into_iter().enumerate() {
            let item_field = format!("{field}[{index}]");
            let text = self.text(item, &item_field)?;
            if let Some(named) = self.addresses.get(text) {
                items.extend(named.iter().map(|entry| SourceItem {
                    entry: entry.clone(),
                    origin: origin(item, &item_field),
                    list: Some(text.to_string()),
                }));
                continue;
            }
            items.push(self.source(item, &item_field)?);
        }
        if items.is_empty() {
            return Err(self.fail(
                node.line,
                field,
                "the source list is empty; list addresses or networks, or write [any]",
            ));
        }
        Ok(items)
    }

    fn source(&mut self, node: &Node, field: &str) -> Result<SourceItem, FirewallError> {
        let text = self.text(node, field)?;
        let parsed = parse_source(text).map_err(|reason| self.invalid(node, field, &reason))?;
        if let (Some(written), SourceEntry::Net(net)) = (&parsed.normalised_from, &parsed.entry) {
            if self.strict {
                return Err(self.invalid(
                    node,
                    field,
                    &format!("host bits are set (--strict); write {net}"),
                ));
            }
            self.warnings.push(format!(
                "{}:{}, field {field}: \"{written}\" has host bits set; using {net}",
                self.file.display(),
                node.line
            ));
        }
        Ok(SourceItem {
            entry: parsed.entry,
            origin: origin(node, field),
            list: None,
        })
    }

    fn port(&self, node: &Node, field: &str) -> Result<PortSpec, FirewallError> {
        if let NodeValue::Sequence(items) = &node.value {
            let mut combined: Option<PortSpec> = None;
            for (index, item) in items.iter().enumerate() {
                let item_field = format!("{field}[{index}]");
                let text = self.text(item, &item_field)?;
                let spec = parse_port_spec(text)
                    .map_err(|reason| self.invalid(item, &item_field, &reason))?;
                combined = Some(match combined {
                    None => spec,
                    Some(previous)
                        if previous.protocol == spec.protocol && spec.protocol.has_ports() =>
                    {
                        let joined = format!(
                            "[{}]/{}",
                            previous
                                .ports
                                .iter()
                                .chain(&spec.ports)
                                .map(ToString::to_string)
                                .collect::<Vec<_>>()
                                .join(", "),
                            spec.protocol
                        );
                        parse_port_spec(&joined).expect("joined from valid ranges")
                    }
                    Some(_) => {
                        return Err(self.invalid(
                            item,
                            &item_field,
                            "every entry of a port list needs the same protocol, tcp or udp",
                        ));
                    }
                });
            }
            return combined.ok_or_else(|| self.fail(node.line, field, "the port list is empty"));
        }
        let text = self.text(node, field)?;
        parse_port_spec(text).map_err(|reason| self.invalid(node, field, &reason))
    }

    fn family(&self, node: &Node, field: &str) -> Result<Option<Family>, FirewallError> {
        match self.text(node, field)? {
            "ipv4" => Ok(Some(Family::Ipv4)),
            "ipv6" => Ok(Some(Family::Ipv6)),
            "both" => Ok(None),
            _ => Err(self.invalid(node, field, "expected ipv4, ipv6 or both")),
        }
    }

    fn comment(&self, node: &Node, field: &str) -> Result<String, FirewallError> {
        let text = self.text(node, field)?;
        if text.chars().any(char::is_control) {
            return Err(self.invalid(
                node,
                field,
                "the text cannot contain control characters such as newlines",
            ));
        }
        Ok(text.to_string())
    }

    fn interfaces(&self, node: &Node, field: &str) -> Result<Vec<Interface>, FirewallError> {
        let mut interfaces = Vec::new();
        for (index, item) in self.list(node, field)?.into_iter().enumerate() {
            let item_field = format!("{field}[{index}]");
            let name = self.text(item, &item_field)?;
            check_interface(name).map_err(|reason| self.invalid(item, &item_field, &reason))?;
            let interface = Interface(name.to_string());
            if !interfaces.contains(&interface) {
                interfaces.push(interface);
            }
        }
        Ok(interfaces)
    }

    /// Applies the entries of a `management` or `cluster.services` list to
    /// the preset's services: an entry with a preset name changes that
    /// service, `enabled: false` removes it, and new names are appended.
    fn merge_services(
        &mut self,
        services: &mut Vec<Service>,
        entries: &[&Node],
        section: &str,
        needs_allow: bool,
    ) -> Result<(), FirewallError> {
        let mut seen = Vec::new();
        for (index, entry) in entries.iter().enumerate() {
            let field = format!("{section}[{index}]");
            let keys = self.mapping(entry, &field, SERVICE_KEYS)?;
            let name_node = find(&keys, "name").ok_or_else(|| {
                self.fail(
                    entry.line,
                    &join(&field, "name"),
                    "missing field; every service needs a name",
                )
            })?;
            let name = self.text(name_node, &join(&field, "name"))?.to_string();
            if !valid_name(&name) {
                return Err(self.invalid(
                    name_node,
                    &join(&field, "name"),
                    "use 1 to 64 letters, digits, -, _ or .",
                ));
            }
            if seen.contains(&name) {
                return Err(self.invalid(
                    name_node,
                    &join(&field, "name"),
                    &format!("the name is used twice in {section}"),
                ));
            }
            seen.push(name.clone());

            let position = services.iter().position(|service| service.name == name);
            if let Some(node) = find(&keys, "enabled")
                && !self.boolean(node, &join(&field, "enabled"))?
            {
                // A misspelt name would otherwise leave the preset's port open.
                let Some(position) = position else {
                    return Err(self.invalid(
                        name_node,
                        &join(&field, "name"),
                        &format!(
                            "`enabled: false` removes a preset service, but the preset has no {section} service of this name{}",
                            service_names(services)
                        ),
                    ));
                };
                services.remove(position);
                continue;
            }
            let mut service = match position {
                Some(position) => services[position].clone(),
                None => {
                    let port = find(&keys, "port").ok_or_else(|| {
                        self.fail(entry.line, &join(&field, "port"), format!("missing field; service \"{name}\" is not in the preset, so it needs a port such as 443/tcp"))
                    })?;
                    Service {
                        name: name.clone(),
                        port: self.port(port, &join(&field, "port"))?,
                        allow: None,
                        family: None,
                        comment: None,
                        origin: origin(entry, &field),
                    }
                }
            };
            service.origin = origin(entry, &field);
            self.apply_service_keys(&mut service, &keys, &field)?;
            if needs_allow && service.allow.is_none() {
                return Err(self.fail(entry.line, &join(&field, "allow"), format!("missing field; list the sources allowed to reach \"{name}\", or write [any]")));
            }
            match position {
                Some(position) => services[position] = service,
                None => services.push(service),
            }
        }
        Ok(())
    }

    fn apply_service_keys(
        &mut self,
        service: &mut Service,
        keys: &Entries<'_>,
        field: &str,
    ) -> Result<(), FirewallError> {
        if let Some(node) = find(keys, "port") {
            service.port = self.port(node, &join(field, "port"))?;
        }
        if let Some(node) = find(keys, "allow") {
            service.allow = Some(self.sources(node, &join(field, "allow"))?);
        }
        if let Some(node) = find(keys, "family") {
            service.family = self.family(node, &join(field, "family"))?;
        }
        if let Some(node) = find(keys, "comment") {
            service.comment = Some(self.comment(node, &join(field, "comment"))?);
        }
        Ok(())
    }

    fn read_cluster(&mut self, node: &Node, policy: &mut Policy) -> Result<(), FirewallError> {
        let keys = self.mapping(node, "cluster", CLUSTER_KEYS)?;
        if let Some(node) = find(&keys, "sources") {
            policy.cluster.sources = self.sources(node, "cluster.sources")?;
        }
        if let Some(node) = find(&keys, "trusted_networks") {
            policy.cluster.trusted_networks = match &node.value {
                NodeValue::Sequence(items) if items.is_empty() => Vec::new(),
                _ => self.sources(node, "cluster.trusted_networks")?,
            };
        }
        if let Some(node) = find(&keys, "services") {
            let entries = self.list(node, "cluster.services")?;
            self.merge_services(
                &mut policy.cluster.services,
                &entries,
                "cluster.services",
                false,
            )?;
        }
        Ok(())
    }

    fn read_log(&self, node: &Node, preset: Option<Log>) -> Result<Option<Log>, FirewallError> {
        let keys = self.mapping(node, "log", LOG_KEYS)?;
        if let Some(enabled) = find(&keys, "enabled")
            && !self.boolean(enabled, "log.enabled")?
        {
            return Ok(None);
        }
        let mut log =
            preset.unwrap_or_else(|| preset::base(Preset::None).log.expect("the base logs"));
        log.origin = origin(node, "log");
        if let Some(value) = find(&keys, "prefix") {
            log.prefix = self.comment(value, "log.prefix")?;
        }
        if let Some(value) = find(&keys, "level") {
            let text = self.text(value, "log.level")?;
            log.level = LOG_LEVELS
                .iter()
                .find(|(name, _)| *name == text)
                .map(|(name, _)| *name)
                .ok_or_else(|| {
                    self.invalid(
                        value,
                        "log.level",
                        "expected emerg, alert, crit, err, warn, notice, info or debug",
                    )
                })?;
        }
        if let Some(value) = find(&keys, "rate") {
            log.rate = self.rate(value, "log.rate")?;
        }
        Ok(Some(log))
    }

    fn rate(&self, node: &Node, field: &str) -> Result<Rate, FirewallError> {
        let text = self.text(node, field)?;
        let invalid = || {
            self.invalid(node, field, "expected COUNT/UNIT such as 10/minute, with a count from 1 to 10000 and a unit of second, minute, hour or day")
        };
        let (count, unit) = text.split_once('/').ok_or_else(invalid)?;
        let count: u32 = count
            .parse()
            .ok()
            .filter(|count: &u32| (1..=10_000).contains(count))
            .ok_or_else(invalid)?;
        let unit = ["second", "minute", "hour", "day"]
            .into_iter()
            .find(|name| *name == unit)
            .ok_or_else(invalid)?;
        Ok(Rate { count, unit })
    }

    fn read_rule(&mut self, node: &Node, field: &str) -> Result<ExtraRule, FirewallError> {
        let keys = self.mapping(node, field, RULE_KEYS)?;
        let action_node = find(&keys, "action").ok_or_else(|| {
            self.fail(
                node.line,
                &join(field, "action"),
                "missing field; write accept, drop or reject",
            )
        })?;
        let mut rule = ExtraRule {
            name: field.to_string(),
            action: self.action(action_node, &join(field, "action"))?,
            port: None,
            icmp_type: None,
            from: None,
            interfaces: Vec::new(),
            family: None,
            comment: None,
            origin: origin(node, field),
        };

        if let Some(value) = find(&keys, "name") {
            let name = self.text(value, &join(field, "name"))?;
            if !valid_name(name) {
                return Err(self.invalid(
                    value,
                    &join(field, "name"),
                    "use 1 to 64 letters, digits, -, _ or .",
                ));
            }
            rule.name = name.to_string();
        }

        if let Some(value) = find(&keys, "port") {
            rule.port = Some(self.port(value, &join(field, "port"))?);
        }

        if let Some(value) = find(&keys, "proto") {
            let protocol =
                Protocol::parse(self.text(value, &join(field, "proto"))?).ok_or_else(|| {
                    self.invalid(
                        value,
                        &join(field, "proto"),
                        "expected tcp, udp, icmp, icmpv6, esp or ah",
                    )
                })?;
            match &rule.port {
                Some(spec) if spec.protocol != protocol => {
                    return Err(self.invalid(
                        value,
                        &join(field, "proto"),
                        &format!("the port gives protocol {}", spec.protocol),
                    ));
                }
                Some(_) => {}
                None => {
                    rule.port = Some(PortSpec {
                        protocol,
                        ports: Vec::new(),
                    })
                }
            }
        }

        if let Some(value) = find(&keys, "icmp_type") {
            let field = join(field, "icmp_type");
            let text = self.text(value, &field)?;
            let protocol = match rule.port.as_ref().map(|p| p.protocol) {
                Some(protocol @ (Protocol::Icmp | Protocol::Icmpv6)) => protocol,
                _ => {
                    return Err(self.invalid(
                        value,
                        &field,
                        "an ICMP type needs proto: icmp or proto: icmpv6",
                    ));
                }
            };
            if text.is_empty()
                || text.len() > 32
                || !text
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            {
                return Err(self.invalid(
                    value,
                    &field,
                    "an ICMP type is a name such as echo-request",
                ));
            }
            let kind = icmp::canonical(protocol, text)
                .map_err(|reason| self.invalid(value, &field, &reason))?;
            rule.icmp_type = Some(kind);
        }

        if let Some(value) = find(&keys, "from") {
            rule.from = Some(self.sources(value, &join(field, "from"))?);
        }

        if let Some(value) = find(&keys, "interfaces") {
            rule.interfaces = self.interfaces(value, &join(field, "interfaces"))?;
        }

        if let Some(value) = find(&keys, "family") {
            rule.family = self.family(value, &join(field, "family"))?;
        }

        if let Some(value) = find(&keys, "comment") {
            rule.comment = Some(self.comment(value, &join(field, "comment"))?);
        }

        Ok(rule)
    }
}

fn find<'n>(entries: &Entries<'n>, key: &str) -> Option<&'n Node> {
    entries
        .iter()
        .find(|(name, _)| *name == key)
        .map(|(_, node)| *node)
}

/// Lists the names of `services` for an error message, or nothing when
/// there are none.
fn service_names(services: &[Service]) -> String {
    if services.is_empty() {
        return String::new();
    }
    let names: Vec<&str> = services
        .iter()
        .map(|service| service.name.as_str())
        .collect();
    format!("; expected one of: {}", names.join(", "))
}

fn join(parent: &str, key: &str) -> String {
    if parent.is_empty() {
        key.to_string()
    } else {
        format!("{parent}.{key}")
    }
}

fn origin(node: &Node, field: &str) -> Origin {
    Origin {
        line: node.line,
        field: field.to_string(),
    }
}

fn valid_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 64
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
}

/// Checks an interface name as Linux does, allowing a trailing `+`
/// wildcard.
pub fn check_interface(name: &str) -> Result<(), String> {
    let bare = name.strip_suffix('+').unwrap_or(name);
    if name.len() > MAX_INTERFACE_NAME {
        return Err(format!(
            "interface names have at most {MAX_INTERFACE_NAME} bytes; this one has {}",
            name.len()
        ));
    }
    if bare.is_empty() {
        return Err(
            "the interface name is empty; a + wildcard needs a prefix, such as veth+".into(),
        );
    }
    if bare == "." || bare == ".." {
        return Err("Linux does not allow . or .. as an interface name".into());
    }
    if bare.chars().any(|c| {
        c == '/'
            || c == ':'
            || c == '"'
            || c == '+'
            || c == '*'
            || c == '\\'
            || c.is_whitespace()
            || c.is_control()
    }) {
        return Err("interface names cannot contain /, :, quotes, *, \\, spaces or control characters; a trailing + matches every name that starts with the rest".into());
    }
    Ok(())
}
