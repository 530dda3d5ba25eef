//! Feeds arbitrary text to the Vault client's own parsers: server addresses,
//! mount paths with a namespace, and the JSON replies it interprets (KV
//! metadata, a 404 version read, a token lookup, a mount description). The
//! first byte selects the parser.

#![no_main]

use libfuzzer_sys::fuzz_target;
use micado_security::clients::vault::kv::{KvMetadata, KvRead, MountKind};
use micado_security::clients::vault::token::TokenInfo;
use micado_security::clients::vault::validate_address;
use micado_security::credentials::vault::split_mount;

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    match selector % 4 {
        0 => {
            if let Ok(address) = validate_address(text, selector & 0x80 != 0) {
                assert!(!address.ends_with('/'), "{address:?} keeps a trailing slash");
                assert!(
                    address.starts_with("http://") || address.starts_with("https://"),
                    "{address:?} was accepted with another scheme"
                );
            }
        }
        1 => {
            let (mount, namespace) = text.split_once('\n').unwrap_or((text, ""));
            let namespace = (!namespace.is_empty()).then_some(namespace);
            if let Ok((_, mount)) = split_mount(mount, namespace) {
                assert!(!mount.contains('/'), "mount {mount:?} contains a slash");
            }
        }
        _ => {
            let Ok(value) = serde_json::from_str::<serde_json::Value>(text) else {
                return;
            };
            let metadata = KvMetadata::from_data(&value);
            assert!(metadata.versions.keys().all(|_| true));
            let _ = KvRead::from_not_found(value.get("metadata"));
            if let MountKind::Kv(version) = MountKind::from_data(&value) {
                assert!(version == 1 || version == 2, "KV version {version}");
            }
            if let Some(info) = TokenInfo::from_lookup(&value) {
                assert_eq!(info.ttl().is_none(), info.ttl_seconds == 0);
            }
        }
    }
});
