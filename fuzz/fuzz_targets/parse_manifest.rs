//! Feeds arbitrary bytes to the manifest reader, as `micadoctl manifest
//! check --manifest FILE` does, and checks that what it accepts renders
//! back to the same bytes.

#![no_main]

use libfuzzer_sys::fuzz_target;
use micado_security::images::manifest::{parse, render};

fuzz_target!(|data: &[u8]| {
    let path = std::path::Path::new("fuzz.manifest");
    if let Ok(manifest) = parse(data, path) {
        // The reader accepts JSON spellings (escapes, spacing) that render
        // does not write, so the parsed values are compared, not the bytes.
        let again = render(&manifest);
        let reparsed = parse(again.as_bytes(), path).expect("rendered manifests parse");
        assert_eq!(reparsed, manifest);
    }
    // A digest line made for arbitrary text must not make it parse as a
    // manifest unless its lines are valid.
    let _ = parse(&with_digest(data), path);
});

fn with_digest(body: &[u8]) -> Vec<u8> {
    use sha2::{Digest, Sha256};

    let mut bytes = body.to_vec();
    if !bytes.ends_with(b"\n") {
        bytes.push(b'\n');
    }
    let digest = hex::encode(Sha256::digest(&bytes));
    bytes.extend_from_slice(format!("{{\"digest\":\"sha256:{digest}\"}}\n").as_bytes());
    bytes
}
