//! ICMP and ICMPv6 type names, which nft and iptables spell differently.
//!
//! A policy may use the nft name, the iptables name or the number of a
//! type. The plan keeps the nft name (or the number when nft has no name),
//! and the iptables renderer translates it, so one policy renders valid
//! rules for both targets.

use super::ports::Protocol;

/// One type: its number, its nft name and its iptables name.
struct IcmpType {
    number: u8,
    nft: &'static str,
    iptables: Option<&'static str>,
}

const fn icmp_type(number: u8, nft: &'static str, iptables: Option<&'static str>) -> IcmpType {
    IcmpType {
        number,
        nft,
        iptables,
    }
}

/// ICMP types as `nft describe icmp type` and `iptables -p icmp -h` of
/// nftables 1.0.6 and iptables 1.8.9 list them.
const ICMP: &[IcmpType] = &[
    icmp_type(0, "echo-reply", Some("echo-reply")),
    icmp_type(
        3,
        "destination-unreachable",
        Some("destination-unreachable"),
    ),
    icmp_type(4, "source-quench", Some("source-quench")),
    icmp_type(5, "redirect", Some("redirect")),
    icmp_type(8, "echo-request", Some("echo-request")),
    icmp_type(9, "router-advertisement", Some("router-advertisement")),
    icmp_type(10, "router-solicitation", Some("router-solicitation")),
    icmp_type(11, "time-exceeded", Some("time-exceeded")),
    icmp_type(12, "parameter-problem", Some("parameter-problem")),
    icmp_type(13, "timestamp-request", Some("timestamp-request")),
    icmp_type(14, "timestamp-reply", Some("timestamp-reply")),
    icmp_type(15, "info-request", None),
    icmp_type(16, "info-reply", None),
    icmp_type(17, "address-mask-request", Some("address-mask-request")),
    icmp_type(18, "address-mask-reply", Some("address-mask-reply")),
];

/// ICMPv6 types as `nft describe icmpv6 type` and `ip6tables -p ipv6-icmp
/// -h` of the same versions list them.
const ICMPV6: &[IcmpType] = &[
    icmp_type(
        1,
        "destination-unreachable",
        Some("destination-unreachable"),
    ),
    icmp_type(2, "packet-too-big", Some("packet-too-big")),
    icmp_type(3, "time-exceeded", Some("time-exceeded")),
    icmp_type(4, "parameter-problem", Some("parameter-problem")),
    icmp_type(128, "echo-request", Some("echo-request")),
    icmp_type(129, "echo-reply", Some("echo-reply")),
    icmp_type(130, "mld-listener-query", None),
    icmp_type(131, "mld-listener-report", None),
    icmp_type(132, "mld-listener-done", None),
    icmp_type(133, "nd-router-solicit", Some("router-solicitation")),
    icmp_type(134, "nd-router-advert", Some("router-advertisement")),
    icmp_type(135, "nd-neighbor-solicit", Some("neighbour-solicitation")),
    icmp_type(136, "nd-neighbor-advert", Some("neighbour-advertisement")),
    icmp_type(137, "nd-redirect", Some("redirect")),
    icmp_type(138, "router-renumbering", None),
    icmp_type(141, "ind-neighbor-solicit", None),
    icmp_type(142, "ind-neighbor-advert", None),
    icmp_type(143, "mld2-listener-report", None),
];

fn table(protocol: Protocol) -> &'static [IcmpType] {
    match protocol {
        Protocol::Icmpv6 => ICMPV6,
        _ => ICMP,
    }
}

/// Returns the type written as `text` (an nft name, an iptables name or a
/// number from 0 to 255) in the form the plan keeps: the nft name, or the
/// number when nft has no name for it.
pub fn canonical(protocol: Protocol, text: &str) -> Result<String, String> {
    let types = table(protocol);
    if let Ok(number) = text.parse::<u8>() {
        let known = types.iter().find(|kind| kind.number == number);
        return Ok(known.map_or_else(|| number.to_string(), |kind| kind.nft.to_string()));
    }
    let known = types
        .iter()
        .find(|kind| kind.nft == text || kind.iptables == Some(text));
    match known {
        Some(kind) => Ok(kind.nft.to_string()),
        None => {
            let names: Vec<&str> = types.iter().map(|kind| kind.nft).collect();
            Err(format!(
                "unknown {protocol} type; write a number from 0 to 255 or one of: {}",
                names.join(", ")
            ))
        }
    }
}

/// Returns the iptables spelling of a type that [`canonical`] returned.
pub fn iptables_name(protocol: Protocol, canonical: &str) -> String {
    let known = table(protocol).iter().find(|kind| kind.nft == canonical);
    match known {
        Some(kind) => kind
            .iptables
            .map_or_else(|| kind.number.to_string(), str::to_string),
        None => canonical.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_of_both_tools_accepted() {
        let nft = canonical(Protocol::Icmpv6, "nd-neighbor-solicit").unwrap();
        let iptables = canonical(Protocol::Icmpv6, "neighbour-solicitation").unwrap();
        let number = canonical(Protocol::Icmpv6, "135").unwrap();
        assert_eq!(nft, "nd-neighbor-solicit");
        assert_eq!(iptables, nft);
        assert_eq!(number, nft);
        assert_eq!(
            iptables_name(Protocol::Icmpv6, &nft),
            "neighbour-solicitation"
        );
    }

    #[test]
    fn type_without_iptables_name_numbered() {
        let kind = canonical(Protocol::Icmpv6, "mld-listener-query").unwrap();
        assert_eq!(iptables_name(Protocol::Icmpv6, &kind), "130");
        assert_eq!(canonical(Protocol::Icmp, "200").unwrap(), "200");
        assert_eq!(iptables_name(Protocol::Icmp, "200"), "200");
    }

    #[test]
    fn unknown_name_rejected() {
        let err = canonical(Protocol::Icmp, "echo-requestx").unwrap_err();
        assert!(err.contains("echo-request"), "{err}");
        assert!(canonical(Protocol::Icmp, "256").is_err());
    }
}
