//! Parses arbitrary text as a packet filter policy and renders every policy
//! it accepts in both formats. The parser must return an error instead of
//! panicking, and rendering an accepted policy must succeed, give the same
//! bytes twice and trace every line to an origin entry.

#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use micado_security::firewall::{Format, Plan, parse_policy, render};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(policy) = parse_policy(Path::new("fuzz.yml"), text, false) else {
        return;
    };
    let plan = Plan::build(&policy);
    for format in [Format::Nft, Format::Iptables] {
        let first = render(&plan, format, false).expect("an accepted policy renders");
        let second = render(&plan, format, false).expect("an accepted policy renders");
        for (a, b) in first.files.iter().zip(&second.files) {
            assert_eq!(a.text, b.text, "rendering is not deterministic");
            assert_eq!(a.origins.len(), a.text.lines().count(), "a line has no origin entry");
        }
    }
});
