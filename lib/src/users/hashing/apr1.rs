//! Apache's `$apr1$` password hash: MD5-crypt with its own magic string, as
//! `htpasswd -m` writes it.
//!
//! No maintained RustCrypto crate implements it, so it is written here over
//! the `md-5` crate, following the MD5-crypt algorithm of FreeBSD that Apache
//! APR uses. It is only ever used to verify imported hashes: new hashes use a
//! stronger scheme.

use md5::{Digest, Md5};
use subtle::ConstantTimeEq;

/// Prefix of an apr1 hash.
pub const PREFIX: &str = "$apr1$";

const ROUNDS: usize = 1000;
const MAX_SALT_LEN: usize = 8;
const ITOA64: &[u8; 64] = b"./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/// Checks `password` against an `$apr1$salt$hash` string; `None` when the
/// string is not a well-formed apr1 hash.
pub fn verify(password: &[u8], hash: &str) -> Option<bool> {
    let (salt, encoded) = parse(hash)?;
    let computed = hash_with_salt(password, salt.as_bytes());
    let expected = format!("{PREFIX}{salt}${encoded}");
    Some(computed.as_bytes().ct_eq(expected.as_bytes()).into())
}

/// Splits a well-formed `$apr1$salt$hash` string into salt and hash.
pub fn parse(hash: &str) -> Option<(&str, &str)> {
    let rest = hash.strip_prefix(PREFIX)?;
    let (salt, encoded) = rest.split_once('$')?;
    if salt.len() > MAX_SALT_LEN || encoded.len() != 22 || !encoded.bytes().all(is_itoa64) {
        return None;
    }
    Some((salt, encoded))
}

/// Computes the full `$apr1$salt$hash` string for `password` and `salt`.
pub fn hash_with_salt(password: &[u8], salt: &[u8]) -> String {
    let digest = digest(password, salt);
    let mut out = String::from(PREFIX);
    out.push_str(&String::from_utf8_lossy(salt));
    out.push('$');

    // The digest bytes go out in this fixed, interleaved order.
    for [a, b, c] in [[0, 6, 12], [1, 7, 13], [2, 8, 14], [3, 9, 15], [4, 10, 5]] {
        let value = u32::from(digest[a]) << 16 | u32::from(digest[b]) << 8 | u32::from(digest[c]);
        push_base64(&mut out, value, 4);
    }
    push_base64(&mut out, u32::from(digest[11]), 2);
    out
}

fn digest(password: &[u8], salt: &[u8]) -> [u8; 16] {
    let alternate: [u8; 16] = Md5::new()
        .chain_update(password)
        .chain_update(salt)
        .chain_update(password)
        .finalize()
        .into();

    let mut context = Md5::new()
        .chain_update(password)
        .chain_update(PREFIX)
        .chain_update(salt);
    let mut remaining = password.len();
    while remaining > 0 {
        let count = remaining.min(alternate.len());
        context.update(&alternate[..count]);
        remaining -= count;
    }
    // Each bit of the length adds a zero byte (set) or the first password byte (clear).
    let mut length = password.len();
    while length > 0 {
        if length & 1 == 1 {
            context.update([0u8]);
        } else {
            context.update(&password[..1]);
        }
        length >>= 1;
    }
    let mut result: [u8; 16] = context.finalize().into();

    for round in 0..ROUNDS {
        let mut context = Md5::new();
        if round % 2 == 1 {
            context.update(password);
        } else {
            context.update(result);
        }
        if round % 3 != 0 {
            context.update(salt);
        }
        if round % 7 != 0 {
            context.update(password);
        }
        if round % 2 == 1 {
            context.update(result);
        } else {
            context.update(password);
        }
        result = context.finalize().into();
    }
    result
}

fn push_base64(out: &mut String, mut value: u32, count: usize) {
    for _ in 0..count {
        out.push(char::from(ITOA64[(value & 0x3f) as usize]));
        value >>= 6;
    }
}

fn is_itoa64(byte: u8) -> bool {
    ITOA64.contains(&byte)
}

#[cfg(test)]
mod tests {
    use super::*;

    // Vectors made with `openssl passwd -apr1 -salt SALT PASSWORD` (OpenSSL 3.0).
    const VECTORS: [(&str, &str); 3] = [
        ("password", "$apr1$saltsalt$yAAkm4libquA.ZWLHbSBq/"),
        (
            "correct horse battery",
            "$apr1$r31....$NdxewihYSeaZi2U9NsWnM.",
        ),
        ("a:b-with-colon", "$apr1$ab$XGQkwTNY8GUCKcf2sMEmd."),
    ];

    #[test]
    fn matches_openssl_vectors() {
        for (password, hash) in VECTORS {
            assert_eq!(verify(password.as_bytes(), hash), Some(true), "{hash}");
            assert_eq!(verify(b"wrong password", hash), Some(false), "{hash}");
        }
    }

    #[test]
    fn rejects_malformed() {
        assert_eq!(verify(b"password", "$apr1$saltsalt"), None);
        assert_eq!(
            verify(b"password", "$apr1$toolongsalt$yAAkm4libquA.ZWLHbSBq/"),
            None
        );
        assert_eq!(verify(b"password", "$apr1$saltsalt$short"), None);
        assert_eq!(
            verify(b"password", "$1$saltsalt$yAAkm4libquA.ZWLHbSBq/"),
            None
        );
    }
}
