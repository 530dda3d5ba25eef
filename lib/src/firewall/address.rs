//! Source addresses: strict parsing, routing to their family, and merging of
//! overlapping networks.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use ipnet::{IpNet, Ipv4Net, Ipv6Net};
use serde::Serialize;

/// An address family of the rendered rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Family {
    /// IPv4.
    Ipv4,
    /// IPv6.
    Ipv6,
}

impl Family {
    /// Both families, IPv4 first.
    pub const ALL: [Family; 2] = [Family::Ipv4, Family::Ipv6];

    /// Returns `ipv4` or `ipv6`.
    pub fn name(self) -> &'static str {
        match self {
            Family::Ipv4 => "ipv4",
            Family::Ipv6 => "ipv6",
        }
    }
}

/// One parsed entry of a source list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SourceEntry {
    /// Every address of both families.
    Any,
    /// One network; a single address has the full prefix length.
    Net(IpNet),
}

/// The outcome of parsing one source entry: the entry, and a note when host
/// bits were cleared.
#[derive(Debug)]
pub struct ParsedSource {
    /// The entry.
    pub entry: SourceEntry,
    /// Set when the entry had host bits set, such as `192.0.2.7/24`.
    pub normalised_from: Option<String>,
}

/// Parses `any`, an IPv4 or IPv6 address, or a network in prefix notation.
///
/// The error text explains the problem without repeating the value, which
/// the caller shows with the field it came from.
pub fn parse_source(text: &str) -> Result<ParsedSource, String> {
    if text == "any" {
        return Ok(ParsedSource {
            entry: SourceEntry::Any,
            normalised_from: None,
        });
    }
    let (address, prefix) = match text.split_once('/') {
        Some((address, prefix)) => (address, Some(prefix)),
        None => (text, None),
    };
    let address = parse_address(address)?;
    let prefix_len = match prefix {
        Some(prefix) => parse_prefix_len(prefix, address)?,
        None => max_prefix_len(address),
    };
    reject_ipv4_mapped(address, prefix_len)?;
    let net = IpNet::new(address, prefix_len).expect("prefix length checked against the family");
    let truncated = net.trunc();
    let normalised_from = (truncated != net).then(|| text.to_string());
    Ok(ParsedSource {
        entry: SourceEntry::Net(truncated),
        normalised_from,
    })
}

fn parse_address(text: &str) -> Result<IpAddr, String> {
    if let Ok(v4) = text.parse::<Ipv4Addr>() {
        return Ok(IpAddr::V4(v4));
    }
    if let Ok(v6) = text.parse::<Ipv6Addr>() {
        return Ok(IpAddr::V6(v6));
    }
    let hint = if text.contains(':') {
        "an IPv6 address has eight groups of hex digits, or fewer with one ::"
    } else if text.chars().all(|c| c.is_ascii_digit() || c == '.') {
        "an IPv4 address has four decimal numbers of 0-255 without leading zeros, such as 10.1.2.0"
    } else {
        "write an IPv4 or IPv6 address or network (192.0.2.0/24, 2001:db8::/32), `any`, or the name of a list under `addresses`"
    };
    Err(format!("not an IP address or network; {hint}"))
}

/// Rejects networks inside `::ffff:0:0/96`. The kernel filters an IPv4 packet
/// by its IPv4 source, so an IPv4-mapped source in the IPv6 rules would
/// never match the host it names.
fn reject_ipv4_mapped(address: IpAddr, prefix_len: u8) -> Result<(), String> {
    let IpAddr::V6(v6) = address else {
        return Ok(());
    };
    let Some(v4) = v6.to_ipv4_mapped() else {
        return Ok(());
    };
    if prefix_len < 96 {
        return Ok(());
    }
    let suggestion = match prefix_len {
        128 => v4.to_string(),
        _ => format!("{v4}/{}", prefix_len - 96),
    };
    Err(format!(
        "an IPv4-mapped IPv6 address never matches, because IPv4 packets carry their IPv4 source; write {suggestion}"
    ))
}

fn parse_prefix_len(text: &str, address: IpAddr) -> Result<u8, String> {
    let max = max_prefix_len(address);
    if text.contains('.') || text.contains(':') {
        return Err(format!(
            "the netmask is written as an address; write the prefix length instead, such as /{}",
            if address.is_ipv4() { 24 } else { 64 }
        ));
    }
    let valid_digits = !text.is_empty()
        && text.len() <= 3
        && text.bytes().all(|b| b.is_ascii_digit())
        && !(text.len() > 1 && text.starts_with('0'));
    match text.parse::<u8>() {
        Ok(len) if valid_digits && len <= max => Ok(len),
        _ => Err(format!(
            "the prefix length must be a number from 0 to {max} for an {} network",
            if address.is_ipv4() { "IPv4" } else { "IPv6" }
        )),
    }
}

fn max_prefix_len(address: IpAddr) -> u8 {
    if address.is_ipv4() { 32 } else { 128 }
}

/// Source networks of one rule, split by family, merged and sorted.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Sources {
    /// Every address of both families.
    pub any: bool,
    /// IPv4 networks.
    pub v4: Vec<Ipv4Net>,
    /// IPv6 networks.
    pub v6: Vec<Ipv6Net>,
}

/// A merge of networks, such as two halves into one, or a network into one
/// that contains it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Merge {
    /// The networks as written.
    pub from: Vec<String>,
    /// The network that replaces them.
    pub into: String,
}

impl Sources {
    /// Sources that match every address.
    pub fn any() -> Self {
        Sources {
            any: true,
            ..Sources::default()
        }
    }

    /// Builds the merged sources of `entries` and lists the merges.
    pub fn from_entries(entries: &[SourceEntry]) -> (Sources, Vec<Merge>) {
        if entries.contains(&SourceEntry::Any) {
            return (Sources::any(), Vec::new());
        }
        let mut v4 = Vec::new();
        let mut v6 = Vec::new();
        for entry in entries {
            match entry {
                SourceEntry::Net(IpNet::V4(net)) => v4.push(*net),
                SourceEntry::Net(IpNet::V6(net)) => v6.push(*net),
                SourceEntry::Any => unreachable!("handled above"),
            }
        }
        let (v4, mut merges) = merge_networks(v4, Ipv4Net::aggregate);
        let (v6, merges_v6) = merge_networks(v6, Ipv6Net::aggregate);
        merges.extend(merges_v6);
        (Sources { any: false, v4, v6 }, merges)
    }

    /// Returns whether the sources contain networks of `family`.
    pub fn has(&self, family: Family) -> bool {
        self.any
            || match family {
                Family::Ipv4 => !self.v4.is_empty(),
                Family::Ipv6 => !self.v6.is_empty(),
            }
    }

    /// Returns the networks of `family` as text, or `None` for any address.
    pub fn texts(&self, family: Family) -> Option<Vec<String>> {
        if self.any {
            return None;
        }
        Some(match family {
            Family::Ipv4 => self.v4.iter().map(net_text_v4).collect(),
            Family::Ipv6 => self.v6.iter().map(net_text_v6).collect(),
        })
    }

    /// Returns whether every address of `other` in `family` is also in these
    /// sources.
    pub fn covers(&self, other: &Sources, family: Family) -> bool {
        if self.any {
            return true;
        }
        if other.any {
            return false;
        }
        match family {
            Family::Ipv4 => other
                .v4
                .iter()
                .all(|net| self.v4.iter().any(|outer| outer.contains(net))),
            Family::Ipv6 => other
                .v6
                .iter()
                .all(|net| self.v6.iter().any(|outer| outer.contains(net))),
        }
    }
}

/// Writes a network without the prefix length when it is one address.
fn net_text_v4(net: &Ipv4Net) -> String {
    if net.prefix_len() == 32 {
        net.addr().to_string()
    } else {
        net.to_string()
    }
}

fn net_text_v6(net: &Ipv6Net) -> String {
    if net.prefix_len() == 128 {
        net.addr().to_string()
    } else {
        net.to_string()
    }
}

/// Aggregates `nets` with `aggregate` and reports, for each resulting
/// network, the inputs it replaced when it is not simply one of them.
fn merge_networks<N>(nets: Vec<N>, aggregate: fn(&Vec<N>) -> Vec<N>) -> (Vec<N>, Vec<Merge>)
where
    N: Copy + Ord + std::fmt::Display + NetContains,
{
    let merged = aggregate(&nets);
    if merged.len() == nets.len() {
        return (merged, Vec::new());
    }
    let mut sorted = nets;
    sorted.sort();
    let mut merges = Vec::new();
    let mut inputs = sorted.into_iter().peekable();
    for outer in &merged {
        let mut from = Vec::new();
        while let Some(net) = inputs.next_if(|net| outer.contains_net(net)) {
            from.push(net.to_string());
        }
        if from.len() > 1 {
            merges.push(Merge {
                from,
                into: outer.to_string(),
            });
        }
    }
    (merged, merges)
}

/// Containment, implemented by both network types for [`merge_networks`].
trait NetContains {
    fn contains_net(&self, other: &Self) -> bool;
}

impl NetContains for Ipv4Net {
    fn contains_net(&self, other: &Self) -> bool {
        self.contains(other)
    }
}

impl NetContains for Ipv6Net {
    fn contains_net(&self, other: &Self) -> bool {
        self.contains(other)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn net(text: &str) -> SourceEntry {
        parse_source(text).unwrap().entry
    }

    #[test]
    fn malformed_addresses_rejected() {
        for text in [
            "10.1.2",
            "10.1.2.3.4",
            "010.1.2.3",
            "256.1.1.1",
            "2001:db8:::1",
            "2001:db8::/255.255.0.0",
            "10.0.0.0/255.0.0.0",
            "10.0.0.0/33",
            "2001:db8::/129",
            "10.0.0.0/",
            "10.0.0.0/08",
            "10.0.0.0/-1",
            "any4",
            "",
            "::ffff:192.0.2.1",
            "::ffff:192.0.2.0/120",
        ] {
            assert!(parse_source(text).is_err(), "{text:?} accepted");
        }
    }

    #[test]
    fn dotted_ipv6_mask_named() {
        let err = parse_source("2001:db8::/ffff:ffff::").unwrap_err();
        assert!(err.contains("prefix length"), "{err}");
    }

    #[test]
    fn ipv4_mapped_names_ipv4_form() {
        let err = parse_source("::ffff:192.0.2.1").unwrap_err();
        assert!(err.contains("write 192.0.2.1"), "{err}");
        let err = parse_source("::ffff:192.0.2.0/120").unwrap_err();
        assert!(err.contains("write 192.0.2.0/24"), "{err}");
        assert!(parse_source("::/0").is_ok());
    }

    #[test]
    fn host_bits_normalised() {
        let parsed = parse_source("192.0.2.7/24").unwrap();
        assert_eq!(parsed.entry, net("192.0.2.0/24"));
        assert_eq!(parsed.normalised_from.as_deref(), Some("192.0.2.7/24"));
        assert!(
            parse_source("192.0.2.0/24")
                .unwrap()
                .normalised_from
                .is_none()
        );
    }

    #[test]
    fn families_routed() {
        let entries = [net("192.0.2.0/24"), net("2001:db8::/32")];
        let (sources, merges) = Sources::from_entries(&entries);
        assert_eq!(sources.texts(Family::Ipv4).unwrap(), ["192.0.2.0/24"]);
        assert_eq!(sources.texts(Family::Ipv6).unwrap(), ["2001:db8::/32"]);
        assert!(merges.is_empty());
    }

    #[test]
    fn overlapping_merged_and_reported() {
        let entries = [
            net("192.0.2.0/25"),
            net("192.0.2.128/25"),
            net("198.51.100.0/24"),
            net("198.51.100.9"),
            net("203.0.113.5"),
        ];
        let (sources, merges) = Sources::from_entries(&entries);
        assert_eq!(
            sources.texts(Family::Ipv4).unwrap(),
            ["192.0.2.0/24", "198.51.100.0/24", "203.0.113.5"]
        );
        assert_eq!(merges.len(), 2);
        assert_eq!(merges[0].from, ["192.0.2.0/25", "192.0.2.128/25"]);
        assert_eq!(merges[0].into, "192.0.2.0/24");
        assert_eq!(merges[1].from, ["198.51.100.0/24", "198.51.100.9/32"]);
    }

    #[test]
    fn any_covers_everything() {
        let (narrow, _) = Sources::from_entries(&[net("192.0.2.0/24")]);
        assert!(Sources::any().covers(&narrow, Family::Ipv4));
        assert!(!narrow.covers(&Sources::any(), Family::Ipv4));
        let (wide, _) = Sources::from_entries(&[net("192.0.0.0/16")]);
        assert!(wide.covers(&narrow, Family::Ipv4));
        assert!(!narrow.covers(&wide, Family::Ipv4));
    }
}
