//! Feeds arbitrary text to `secret seal` and checks the round trip: sealing
//! either rejects the text, or unsealing gives it back byte for byte.

#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use micado_security::secrets::keys::{self, Identity};
use micado_security::secrets::{self, SealRequest, SecretError};

/// A fixed identity made for this target only, so that each input costs no
/// key generation. It protects nothing.
const IDENTITY: &str = "AGE-SECRET-KEY-1QK053CLQAXQ2GLZPH0GUUY43MC7SXRU3HPCX6YV3Q9Q350PHMQES75XFTK";

static RECIPIENT: LazyLock<String> = LazyLock::new(|| {
    let identity: age::x25519::Identity = IDENTITY.parse().expect("a valid identity");
    identity.to_public().to_string()
});

fn identities() -> Result<Vec<Identity>, SecretError> {
    let identity: age::x25519::Identity = IDENTITY.parse().expect("a valid identity");
    Ok(vec![Box::new(identity)])
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let request = SealRequest {
        recipients: vec![RECIPIENT.clone()],
        paths: vec!["*".to_string()],
    };
    let Ok(sealed) = secrets::seal(text, "fuzz.yaml", &request, &identities) else {
        return;
    };
    let opened = secrets::unseal(&sealed.text, "fuzz.yaml", &identities, true)
        .expect("a file micadoctl sealed unseals");
    assert_eq!(opened.text.as_str(), text, "the round trip changed the file");
    let _ = keys::parse_recipient(text);
});
