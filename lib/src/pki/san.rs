//! Subject alternative names: checking `--san` values and sorting them into
//! dNSName and iPAddress entries.

use std::net::IpAddr;

use super::PkiError;

/// Maximum length of a DNS name in bytes, without a trailing dot (RFC 1035).
pub const MAX_NAME_LEN: usize = 253;

/// Maximum length of one DNS label in bytes (RFC 1035).
pub const MAX_LABEL_LEN: usize = 63;

/// Maximum length of the subject common name (RFC 5280 ub-common-name).
pub const MAX_COMMON_NAME_LEN: usize = 64;

/// Options that change which names are accepted and how they are written.
#[derive(Debug, Clone, Copy, Default)]
pub struct SanOptions {
    /// Accept a wildcard directly under a single label, such as `*.test`.
    pub allow_broad_wildcard: bool,
    /// Also write each IP address as a dNSName, for Windows IKEv2 clients
    /// that compare the peer address with dNSName entries only.
    pub windows_ike_compat: bool,
}

/// The subject alternative names of one certificate, sorted by type.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct SubjectAltNames {
    /// dNSName entries, lower case, in the order given.
    pub dns: Vec<String>,
    /// iPAddress entries, in the order given.
    pub ip: Vec<IpAddr>,
}

impl SubjectAltNames {
    /// Checks and sorts `values`; duplicates are dropped.
    pub fn parse(values: &[String], options: SanOptions) -> Result<SubjectAltNames, PkiError> {
        SubjectAltNames::parse_labelled(values, options, "--san")
    }

    /// Checks and sorts `values` like [`SubjectAltNames::parse`]; errors
    /// name each value after `label` instead of `--san`.
    pub fn parse_labelled(
        values: &[String],
        options: SanOptions,
        label: &str,
    ) -> Result<SubjectAltNames, PkiError> {
        let mut sans = SubjectAltNames::default();
        for value in values {
            match parse_one(value, options, label)? {
                Entry::Ip(ip) => {
                    if !sans.ip.contains(&ip) {
                        sans.ip.push(ip);
                    }
                    if options.windows_ike_compat {
                        sans.push_dns(ip.to_string());
                    }
                }
                Entry::Dns(name) => sans.push_dns(name),
            }
        }
        Ok(sans)
    }

    fn push_dns(&mut self, name: String) {
        if !self.dns.contains(&name) {
            self.dns.push(name);
        }
    }

    /// Returns whether there is no name at all.
    pub fn is_empty(&self) -> bool {
        self.dns.is_empty() && self.ip.is_empty()
    }

    /// Returns every name as text: DNS names first, then addresses.
    pub fn texts(&self) -> Vec<String> {
        let mut out = self.dns.clone();
        out.extend(self.ip.iter().map(|ip| ip.to_string()));
        out
    }

    /// Returns the common name: the first name that fits in 64 bytes, so that
    /// a longer name is kept whole in the SAN and never cut into the CN.
    pub fn common_name(&self) -> Option<String> {
        self.texts()
            .into_iter()
            .find(|name| name.len() <= MAX_COMMON_NAME_LEN)
    }

    /// Returns the first name, used as the IKE identity.
    pub fn first(&self) -> Option<String> {
        self.texts().into_iter().next()
    }
}

enum Entry {
    Ip(IpAddr),
    Dns(String),
}

fn parse_one(value: &str, options: SanOptions, label: &str) -> Result<Entry, PkiError> {
    let subject = || format!("{label} \"{}\"", value.escape_debug());
    if value.contains('%') {
        return Err(PkiError::invalid(
            subject(),
            "an address with a zone id names an interface of one host and cannot be certified; \
             remove the part from '%' on",
        ));
    }
    if value.contains('/') {
        return Err(PkiError::invalid(
            subject(),
            "a prefix length is not an address; give the host address without '/'",
        ));
    }
    if let Ok(ip) = value.parse::<IpAddr>() {
        check_address(ip).map_err(|message| PkiError::invalid(subject(), message))?;
        return Ok(Entry::Ip(ip));
    }
    check_dns_name(value, options)
        .map(Entry::Dns)
        .map_err(|message| PkiError::invalid(subject(), message))
}

/// Rejects addresses that no peer presents as its own.
fn check_address(ip: IpAddr) -> Result<(), String> {
    if ip.is_unspecified() {
        return Err(
            "the unspecified address is no host's address; give the address peers connect to"
                .into(),
        );
    }
    if let IpAddr::V6(v6) = ip
        && let Some(v4) = v6.to_ipv4_mapped()
    {
        // The iPAddress entry would hold 16 octets, which never match the
        // 4 octets of an IPv4 peer.
        return Err(format!(
            "an IPv4-mapped IPv6 address does not match the IPv4 peer; give it as {v4}"
        ));
    }
    Ok(())
}

/// Checks a DNS name and returns it in lower case without a trailing dot.
fn check_dns_name(value: &str, options: SanOptions) -> Result<String, String> {
    let name = value
        .strip_suffix('.')
        .unwrap_or(value)
        .to_ascii_lowercase();
    if name.is_empty() {
        return Err("the name is empty".into());
    }
    if !name.is_ascii() {
        return Err(
            "the name is not ASCII; write an internationalised name in its xn-- form".into(),
        );
    }
    if name.len() > MAX_NAME_LEN {
        return Err(format!(
            "the name is {} bytes long; the maximum is {MAX_NAME_LEN}",
            name.len()
        ));
    }
    let labels: Vec<&str> = name.split('.').collect();
    for (index, label) in labels.iter().enumerate() {
        check_label(label, index)?;
    }
    if labels
        .last()
        .is_some_and(|l| l.bytes().all(|b| b.is_ascii_digit()))
    {
        return Err(
            "the last label is all digits, so this is neither a host name nor an IP address".into(),
        );
    }
    if labels[0] == "*" {
        check_wildcard(&labels, options)?;
    }
    Ok(name)
}

fn check_label(label: &str, index: usize) -> Result<(), String> {
    if label.is_empty() {
        return Err("the name has an empty label (two dots in a row, or a leading dot)".into());
    }
    if label.len() > MAX_LABEL_LEN {
        return Err(format!(
            "label \"{label}\" is {} bytes long; the maximum is {MAX_LABEL_LEN}",
            label.len()
        ));
    }
    if label == "*" && index == 0 {
        return Ok(());
    }
    if label.contains('*') {
        return Err(format!(
            "label \"{label}\" contains '*'; a wildcard must be the whole leftmost label, as in *.example.org"
        ));
    }
    if let Some(c) = label
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || *c == '-'))
    {
        return Err(format!(
            "label \"{label}\" contains {}; allowed are letters, digits and '-'",
            crate::names::describe_char(c)
        ));
    }
    if label.starts_with('-') || label.ends_with('-') {
        return Err(format!(
            "label \"{label}\" starts or ends with '-', which host names may not"
        ));
    }
    Ok(())
}

fn check_wildcard(labels: &[&str], options: SanOptions) -> Result<(), String> {
    match labels.len() {
        1 => Err("a wildcard alone matches every name; add the domain, as in *.example.org".into()),
        2 if !options.allow_broad_wildcard => Err(format!(
            "*.{} covers every name under a single label; \
             add --allow-broad-wildcard if that is intended",
            labels[1]
        )),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(values: &[&str]) -> Result<SubjectAltNames, PkiError> {
        let values: Vec<String> = values.iter().map(|v| v.to_string()).collect();
        SubjectAltNames::parse(&values, SanOptions::default())
    }

    fn rejected(value: &str) -> String {
        match parse(&[value]) {
            Err(PkiError::Invalid { subject, message }) => format!("{subject}: {message}"),
            other => panic!("{value} was not rejected: {other:?}"),
        }
    }

    #[test]
    fn addresses_and_names_are_sorted_by_type() {
        let sans = parse(&["Host.Example.org", "192.0.2.10", "2001:db8::1", "b.example"]).unwrap();
        assert_eq!(sans.dns, ["host.example.org", "b.example"]);
        assert_eq!(sans.ip.len(), 2);
        assert_eq!(sans.ip[0].to_string(), "192.0.2.10");
        assert_eq!(sans.ip[1].to_string(), "2001:db8::1");
    }

    #[test]
    fn duplicates_are_dropped() {
        let sans = parse(&["a.example", "A.example.", "192.0.2.1", "192.0.2.1"]).unwrap();
        assert_eq!(sans.dns, ["a.example"]);
        assert_eq!(sans.ip.len(), 1);
    }

    #[test]
    fn zone_id_is_rejected() {
        let message = rejected("fe80::1%eth0");
        assert!(message.contains("fe80::1%eth0"), "{message}");
        assert!(message.contains("zone id"), "{message}");
    }

    #[test]
    fn prefix_is_rejected() {
        let message = rejected("192.0.2.10/24");
        assert!(message.contains("192.0.2.10/24"), "{message}");
        assert!(message.contains("prefix"), "{message}");
    }

    #[test]
    fn unusable_addresses_are_rejected() {
        let message = rejected("::ffff:192.0.2.1");
        assert!(message.contains("::ffff:192.0.2.1"), "{message}");
        assert!(message.contains("give it as 192.0.2.1"), "{message}");
        assert!(rejected("0.0.0.0").contains("unspecified"));
        assert!(rejected("::").contains("unspecified"));
        assert!(parse(&["::1", "2001:db8::ffff:192.0.2.1"]).is_ok());
    }

    #[test]
    fn long_label_is_rejected() {
        let label = "a".repeat(64);
        let message = rejected(&format!("{label}.example"));
        assert!(message.contains("64 bytes"), "{message}");
        assert!(parse(&[&format!("{}.example", "a".repeat(63))]).is_ok());
    }

    #[test]
    fn long_name_is_rejected() {
        let name = vec!["a".repeat(50); 5].join(".") + ".org";
        assert_eq!(name.len(), 258);
        let message = rejected(&name);
        assert!(message.contains("258 bytes"), "{message}");
        let fits = vec!["a".repeat(62); 4].join(".");
        assert_eq!(fits.len(), 251);
        assert!(parse(&[&fits]).is_ok());
    }

    #[test]
    fn wildcard_rules() {
        assert!(parse(&["*.workernode.micado"]).is_ok());
        assert!(rejected("*.test").contains("--allow-broad-wildcard"));
        assert!(rejected("*").contains("wildcard alone"));
        assert!(rejected("f*o.example.org").contains("whole leftmost label"));
        assert!(rejected("a.*.example.org").contains("whole leftmost label"));
        let broad = SanOptions {
            allow_broad_wildcard: true,
            ..SanOptions::default()
        };
        assert!(SubjectAltNames::parse(&["*.test".into()], broad).is_ok());
    }

    #[test]
    fn bad_characters_are_named() {
        assert!(rejected("a b.example").contains("space"));
        assert!(rejected("-a.example").contains("'-'"));
        assert!(rejected("a..example").contains("empty label"));
        assert!(rejected("192.0.2.300").contains("all digits"));
        assert!(rejected("bücher.example").contains("xn--"));
    }

    #[test]
    fn windows_compat_adds_addresses_as_names() {
        let options = SanOptions {
            windows_ike_compat: true,
            ..SanOptions::default()
        };
        let sans = SubjectAltNames::parse(&["192.0.2.7".into()], options).unwrap();
        assert_eq!(sans.dns, ["192.0.2.7"]);
        assert_eq!(sans.ip.len(), 1);
    }

    #[test]
    fn long_name_stays_out_of_common_name() {
        let long = format!("{}.workernode.micado", "a".repeat(60));
        let sans = parse(&[&long]).unwrap();
        assert_eq!(sans.common_name(), None);
        let sans = parse(&[&long, "192.0.2.1"]).unwrap();
        assert_eq!(sans.common_name().as_deref(), Some("192.0.2.1"));
    }
}
