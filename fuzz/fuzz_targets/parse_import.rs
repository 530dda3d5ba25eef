//! Feeds arbitrary text to `parse_import` with format detection, as
//! `micadoctl cred import FILE` does, and checks the names it generates.

#![no_main]

use libfuzzer_sys::fuzz_target;
use micado_security::credentials::files::{ImportFormat, parse_import};
use micado_security::names::check_name;

fuzz_target!(|data: &[u8]| {
    // The parser takes text because the CLI already fails on a file that is
    // not UTF-8 when it reads it.
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for prefix in [None, Some("site")] {
        let Ok(plan) = parse_import(text, "fuzz.yml", ImportFormat::Auto, prefix) else {
            continue;
        };
        for (name, record) in &plan.records {
            // Imported records are stored under these names, so each one must
            // be a valid credential name and a valid record.
            if let Err(message) = check_name(name) {
                panic!("parse_import generated an invalid name {name:?}: {message}");
            }
            if let Err(message) = record.validate() {
                panic!("parse_import returned an invalid record {name:?}: {message}");
            }
        }
    }
});
