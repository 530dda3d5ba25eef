//! Feeds arbitrary text to the `--san` checks and the serial parser, and
//! checks what they accept: DNS names within the RFC 1035 limits with a
//! wildcard only as the whole leftmost label, and serials that print back
//! to themselves.

#![no_main]

use libfuzzer_sys::fuzz_target;
use micado_security::pki::san::{MAX_LABEL_LEN, MAX_NAME_LEN, SanOptions, SubjectAltNames};
use micado_security::pki::serial::Serial;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let values: Vec<String> = text.split('\n').map(str::to_string).collect();
    if let Ok(sans) = SubjectAltNames::parse(&values, SanOptions::default()) {
        for name in &sans.dns {
            assert!(name.len() <= MAX_NAME_LEN, "{name:?}");
            assert!(!name.contains('%'), "{name:?}");
            assert!(!name.contains('/'), "{name:?}");
            for (index, label) in name.split('.').enumerate() {
                assert!(!label.is_empty(), "{name:?}");
                assert!(label.len() <= MAX_LABEL_LEN, "{name:?}");
                assert!(index == 0 || !label.contains('*'), "{name:?}");
            }
        }
    }
    if let Some(serial) = Serial::parse_hex(text) {
        assert_eq!(Serial::parse_hex(&serial.to_string()), Some(serial.clone()));
        assert!(serial.der_content().len() <= 21);
    }
});
