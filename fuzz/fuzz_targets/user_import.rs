//! Fuzzes the parsers of imported accounts: hash strings of every supported
//! scheme (parsed, not computed) and provisioning files (CSV or YAML).

#![no_main]

use libfuzzer_sys::fuzz_target;
use micado_security::users::{hashing, import};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let _ = hashing::check_importable(text);
    // apr1 costs 1000 MD5 rounds whatever the input, so it is computed too.
    let _ = hashing::apr1::verify(b"password", text);
    let _ = import::read_provisioning(std::path::Path::new("fuzz-input"), text);
});
