//! Port specifications: `443/tcp`, `8000-8100/tcp`, `[80, 443]/tcp`, `esp`.

use std::fmt;

use serde::Serialize;

/// A transport or IP protocol that a rule matches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Protocol {
    /// TCP, with ports.
    Tcp,
    /// UDP, with ports.
    Udp,
    /// IPsec Encapsulating Security Payload (IP protocol 50).
    Esp,
    /// IPsec Authentication Header (IP protocol 51).
    Ah,
    /// ICMP for IPv4.
    Icmp,
    /// ICMP for IPv6.
    Icmpv6,
}

impl Protocol {
    /// Parses the protocol name used in policies.
    pub fn parse(text: &str) -> Option<Protocol> {
        Some(match text {
            "tcp" => Protocol::Tcp,
            "udp" => Protocol::Udp,
            "esp" => Protocol::Esp,
            "ah" => Protocol::Ah,
            "icmp" => Protocol::Icmp,
            "icmpv6" => Protocol::Icmpv6,
            _ => return None,
        })
    }

    /// Returns the name, as nftables and iptables write it.
    pub fn name(self) -> &'static str {
        match self {
            Protocol::Tcp => "tcp",
            Protocol::Udp => "udp",
            Protocol::Esp => "esp",
            Protocol::Ah => "ah",
            Protocol::Icmp => "icmp",
            Protocol::Icmpv6 => "icmpv6",
        }
    }

    /// Returns whether rules of this protocol can match ports.
    pub fn has_ports(self) -> bool {
        matches!(self, Protocol::Tcp | Protocol::Udp)
    }
}

impl fmt::Display for Protocol {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// An inclusive range of ports; a single port has `first == last`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct PortRange {
    /// First port.
    pub first: u16,
    /// Last port.
    pub last: u16,
}

impl PortRange {
    /// Returns whether every port of `other` is in this range.
    pub fn contains(&self, other: &PortRange) -> bool {
        self.first <= other.first && other.last <= self.last
    }
}

impl fmt::Display for PortRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.first == self.last {
            write!(f, "{}", self.first)
        } else {
            write!(f, "{}-{}", self.first, self.last)
        }
    }
}

/// A protocol with the ports it matches; no ports means every port (and
/// protocols without ports).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PortSpec {
    /// The protocol.
    pub protocol: Protocol,
    /// Sorted, non-overlapping port ranges.
    pub ports: Vec<PortRange>,
}

impl PortSpec {
    /// Returns whether every port this spec matches is matched by `self`.
    pub fn covers(&self, other: &PortSpec) -> bool {
        if self.protocol != other.protocol {
            return false;
        }
        if self.ports.is_empty() {
            return true;
        }
        !other.ports.is_empty()
            && other
                .ports
                .iter()
                .all(|inner| self.ports.iter().any(|outer| outer.contains(inner)))
    }
}

impl fmt::Display for PortSpec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.ports.as_slice() {
            [] => write!(f, "{}", self.protocol),
            [one] => write!(f, "{one}/{}", self.protocol),
            many => {
                let list: Vec<String> = many.iter().map(PortRange::to_string).collect();
                write!(f, "[{}]/{}", list.join(", "), self.protocol)
            }
        }
    }
}

/// Parses `443/tcp`, `8000-8100/tcp`, `[80, 443]/udp`, `esp` or `ah`.
pub fn parse_port_spec(text: &str) -> Result<PortSpec, String> {
    let text = text.trim();
    let Some((ports, protocol)) = text.rsplit_once('/') else {
        return match Protocol::parse(text) {
            Some(protocol) if !protocol.has_ports() => Ok(PortSpec {
                protocol,
                ports: Vec::new(),
            }),
            _ => Err(
                "expected PORT/PROTOCOL such as 443/tcp, 8000-8100/tcp, \"[80, 443]/tcp\", or esp or ah".into(),
            ),
        };
    };
    let protocol = match Protocol::parse(protocol.trim()) {
        Some(protocol) if protocol.has_ports() => protocol,
        _ => return Err("the protocol after / must be tcp or udp".into()),
    };
    let ports = ports.trim();
    let list = match ports.strip_prefix('[').and_then(|p| p.strip_suffix(']')) {
        Some(inner) => inner.split(',').map(str::trim).collect::<Vec<_>>(),
        None => vec![ports],
    };
    let mut ranges = list
        .into_iter()
        .map(parse_range)
        .collect::<Result<Vec<_>, _>>()?;
    ranges.sort();
    Ok(PortSpec {
        protocol,
        ports: merge_ranges(ranges),
    })
}

fn parse_range(text: &str) -> Result<PortRange, String> {
    let (first, last) = match text.split_once('-') {
        Some((first, last)) => (parse_port(first.trim())?, parse_port(last.trim())?),
        None => {
            let port = parse_port(text)?;
            (port, port)
        }
    };
    if first > last {
        return Err(format!(
            "the range {first}-{last} starts above its end; write {last}-{first}"
        ));
    }
    Ok(PortRange { first, last })
}

fn parse_port(text: &str) -> Result<u16, String> {
    let digits = !text.is_empty() && text.len() <= 5 && text.bytes().all(|b| b.is_ascii_digit());
    match text.parse::<u32>() {
        Ok(port) if digits && (1..=65535).contains(&port) => {
            Ok(u16::try_from(port).expect("checked range"))
        }
        _ => Err(format!(
            "\"{}\" is not a port; ports are numbers from 1 to 65535",
            text.escape_debug()
        )),
    }
}

/// Joins overlapping and adjacent ranges of a sorted list.
fn merge_ranges(ranges: Vec<PortRange>) -> Vec<PortRange> {
    let mut merged: Vec<PortRange> = Vec::with_capacity(ranges.len());
    for range in ranges {
        match merged.last_mut() {
            Some(last) if u32::from(range.first) <= u32::from(last.last) + 1 => {
                last.last = last.last.max(range.last);
            }
            _ => merged.push(range),
        }
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_parsed() {
        assert_eq!(parse_port_spec("443/tcp").unwrap().to_string(), "443/tcp");
        assert_eq!(parse_port_spec("500/udp").unwrap().to_string(), "500/udp");
        assert_eq!(
            parse_port_spec("8000-8100/tcp").unwrap().to_string(),
            "8000-8100/tcp"
        );
        assert_eq!(
            parse_port_spec("[443, 80]/tcp").unwrap().to_string(),
            "[80, 443]/tcp"
        );
        assert_eq!(parse_port_spec("esp").unwrap().to_string(), "esp");
        assert_eq!(parse_port_spec("ah").unwrap().ports, []);
    }

    #[test]
    fn adjacent_ranges_joined() {
        let spec = parse_port_spec("[2379, 2380, 10-20, 15-30]/tcp").unwrap();
        assert_eq!(spec.to_string(), "[10-30, 2379-2380]/tcp");
    }

    #[test]
    fn invalid_ports_rejected() {
        for text in [
            "0/tcp",
            "65536/tcp",
            "100-10/tcp",
            "22",
            "22/sctp",
            "esp/tcp",
            "tcp",
            "/tcp",
            "[]/tcp",
            "[80,]/tcp",
            "-1/tcp",
            "+22/tcp",
            "99999999999/tcp",
        ] {
            assert!(parse_port_spec(text).is_err(), "{text:?} accepted");
        }
        let err = parse_port_spec("100-10/tcp").unwrap_err();
        assert!(err.contains("starts above its end"), "{err}");
    }

    #[test]
    fn coverage() {
        let wide = parse_port_spec("1-1000/tcp").unwrap();
        let narrow = parse_port_spec("[22, 443]/tcp").unwrap();
        assert!(wide.covers(&narrow));
        assert!(!narrow.covers(&wide));
        assert!(!wide.covers(&parse_port_spec("22/udp").unwrap()));
        let all_tcp = PortSpec {
            protocol: Protocol::Tcp,
            ports: Vec::new(),
        };
        assert!(all_tcp.covers(&narrow));
        assert!(!narrow.covers(&all_tcp));
    }
}
