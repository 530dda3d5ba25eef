//! Certificate serial numbers.
//!
//! RFC 5280 section 4.1.2.2 requires a positive integer of at most 20 octets
//! in DER. A serial here is 16 random bytes read as an unsigned big-endian
//! number: leading zero bytes are dropped (DER is minimal) and a 0x00 byte is
//! put in front when the top bit is set (DER integers are signed), so the
//! encoded content has 1 to 17 octets.

use std::fmt;

use crate::crypto;

/// Number of random bytes in a new serial.
pub const RANDOM_BYTES: usize = 16;

/// Maximum length of a serial's DER content, from RFC 5280.
pub const MAX_DER_OCTETS: usize = 20;

/// A positive certificate serial number, stored as its minimal unsigned magnitude.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Serial(Vec<u8>);

impl Serial {
    /// Draws a new random serial; never zero.
    pub fn random() -> Serial {
        loop {
            let mut bytes = [0u8; RANDOM_BYTES];
            crypto::fill_random(&mut bytes);
            if let Some(serial) = Serial::from_random_bytes(bytes) {
                return serial;
            }
        }
    }

    /// Reads 16 bytes as an unsigned number; `None` when they are all zero,
    /// because zero is not a positive serial.
    pub fn from_random_bytes(bytes: [u8; RANDOM_BYTES]) -> Option<Serial> {
        let first = bytes.iter().position(|b| *b != 0)?;
        Some(Serial(bytes[first..].to_vec()))
    }

    /// Returns the minimal unsigned magnitude, without a sign octet.
    pub fn magnitude(&self) -> &[u8] {
        &self.0
    }

    /// Returns the content octets of the DER INTEGER: the magnitude with a
    /// 0x00 in front when its top bit is set.
    pub fn der_content(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.0.len() + 1);
        if self.0[0] & 0x80 != 0 {
            out.push(0);
        }
        out.extend_from_slice(&self.0);
        out
    }

    /// Parses the content octets of a DER INTEGER as found in a certificate;
    /// `None` unless it is positive and minimally encoded.
    pub fn from_der_content(content: &[u8]) -> Option<Serial> {
        let (first, rest) = content.split_first()?;
        if *first & 0x80 != 0 {
            return None;
        }
        if *first == 0 {
            // A leading zero is allowed only to clear the sign bit of the next octet.
            let next = rest.first()?;
            return (next & 0x80 != 0).then(|| Serial(rest.to_vec()));
        }
        Some(Serial(content.to_vec()))
    }

    /// Parses upper- or lower-case hex, with or without `:` separators, as
    /// `openssl` and `pki --print` show serials.
    pub fn parse_hex(text: &str) -> Option<Serial> {
        let digits: String = text.chars().filter(|c| *c != ':').collect();
        if digits.is_empty() || digits.len() > 2 * MAX_DER_OCTETS {
            return None;
        }
        let padded = if digits.len() % 2 == 1 {
            format!("0{digits}")
        } else {
            digits
        };
        let bytes = hex::decode(padded).ok()?;
        let first = bytes.iter().position(|b| *b != 0)?;
        Some(Serial(bytes[first..].to_vec()))
    }
}

impl fmt::Display for Serial {
    /// Writes upper-case hex of the magnitude, as `openssl x509 -serial` does.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&hex::encode_upper(&self.0))
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    /// Checks every rule of a serial's DER content.
    fn assert_valid_der(serial: &Serial) {
        let content = serial.der_content();
        assert!(!content.is_empty());
        assert!(content.len() <= MAX_DER_OCTETS, "{} octets", content.len());
        assert_eq!(content[0] & 0x80, 0, "negative: {content:02x?}");
        if content[0] == 0 {
            assert!(content.len() > 1, "zero serial");
            assert_ne!(content[1] & 0x80, 0, "not minimal: {content:02x?}");
        }
        assert_eq!(Serial::from_der_content(&content).as_ref(), Some(serial));
    }

    /// 16 bytes, often with the first bytes forced to 0x00 or to 0x80 and
    /// above, where sign and minimality mistakes happen.
    fn serial_bytes() -> impl Strategy<Value = [u8; RANDOM_BYTES]> {
        let prefix = prop_oneof![
            Just(Vec::new()),
            Just(vec![0x00]),
            Just(vec![0x00, 0x00]),
            Just(vec![0x00, 0x80]),
            Just(vec![0x80]),
            (0x80u8..=0xff).prop_map(|b| vec![b]),
            Just(vec![0x00; RANDOM_BYTES - 1]),
        ];
        (prefix, any::<[u8; RANDOM_BYTES]>()).prop_map(|(prefix, mut bytes)| {
            bytes[..prefix.len()].copy_from_slice(&prefix);
            bytes
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(100_000))]

        #[test]
        fn serial_der_rules_hold(bytes in serial_bytes()) {
            match Serial::from_random_bytes(bytes) {
                Some(serial) => {
                    assert_valid_der(&serial);
                    prop_assert_eq!(Serial::parse_hex(&serial.to_string()), Some(serial));
                }
                None => prop_assert!(bytes.iter().all(|b| *b == 0)),
            }
        }
    }

    #[test]
    fn random_serials_are_distinct_and_valid() {
        let mut seen = std::collections::HashSet::new();
        for _ in 0..100_000 {
            let serial = Serial::random();
            assert_valid_der(&serial);
            assert!(seen.insert(serial), "duplicate serial");
        }
    }

    #[test]
    fn high_bit_gets_sign_octet() {
        let mut bytes = [0x11; RANDOM_BYTES];
        bytes[0] = 0x80;
        let serial = Serial::from_random_bytes(bytes).unwrap();
        assert_eq!(serial.der_content().len(), 17);
        assert_eq!(serial.der_content()[0], 0);
    }

    #[test]
    fn leading_zeros_are_dropped() {
        let mut bytes = [0x7f; RANDOM_BYTES];
        bytes[0] = 0;
        bytes[1] = 0;
        let serial = Serial::from_random_bytes(bytes).unwrap();
        assert_eq!(serial.der_content().len(), 14);
    }

    #[test]
    fn all_zero_is_rejected() {
        assert_eq!(Serial::from_random_bytes([0; RANDOM_BYTES]), None);
    }

    #[test]
    fn non_minimal_der_is_rejected() {
        assert_eq!(Serial::from_der_content(&[0x00, 0x01]), None);
        assert_eq!(Serial::from_der_content(&[0x80]), None);
        assert_eq!(Serial::from_der_content(&[0x00]), None);
    }

    #[test]
    fn hex_accepts_colons_and_case() {
        let serial = Serial::parse_hex("0a:bc:DE").unwrap();
        assert_eq!(serial.to_string(), "0ABCDE");
        assert_eq!(Serial::parse_hex("zz"), None);
        assert_eq!(Serial::parse_hex("00"), None);
    }
}
