//! Compares `check_name` with a direct reading of its rule: 1 to 64 bytes
//! from `[A-Za-z0-9._-]`, not starting with '-' and not made only of dots.

#![no_main]

use libfuzzer_sys::fuzz_target;
use micado_security::names::{MAX_NAME_LEN, check_name};

fuzz_target!(|data: &[u8]| {
    let Ok(name) = std::str::from_utf8(data) else {
        return;
    };
    let expected = !name.is_empty()
        && name.len() <= MAX_NAME_LEN
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'))
        && !name.starts_with('-')
        && !name.bytes().all(|b| b == b'.');
    match check_name(name) {
        Ok(()) => assert!(expected, "check_name accepted {name:?}"),
        Err(message) => {
            assert!(!expected, "check_name rejected {name:?}: {message}");
            assert!(
                !message.is_empty(),
                "check_name gave an empty message for {name:?}"
            );
        }
    }
});
