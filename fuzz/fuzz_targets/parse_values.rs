//! Feeds arbitrary text to `parse_values`, as `micadoctl cred set --from-file`
//! does. The first byte picks the `--type` option, or none.

#![no_main]

use libfuzzer_sys::fuzz_target;
use micado_security::credentials::ALL_TYPES;
use micado_security::credentials::files::parse_values;
use micado_security::credentials::types::check_field_name;

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let kind = ALL_TYPES.get(usize::from(selector)).copied();
    let Ok(record) = parse_values(text, "fuzz.yml", kind) else {
        return;
    };
    if let Some(kind) = kind {
        assert_eq!(record.kind, kind, "parse_values ignored the requested type");
    }
    for name in record.fields.names() {
        if let Err(message) = check_field_name(name) {
            panic!("parse_values returned an invalid field name {name:?}: {message}");
        }
    }
});
