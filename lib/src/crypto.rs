//! Shared primitives: the data key, sealing with an AEAD, MACs and random tokens.

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use hmac::{Hmac, Mac};
use sha2::Sha256;
use zeroize::{Zeroize, ZeroizeOnDrop, Zeroizing};

/// Length of the data key in bytes.
pub const DATA_KEY_LEN: usize = 32;

/// Format byte at the start of every sealed value, so the format can change later.
const SEALED_FORMAT_V1: u8 = 1;
const NONCE_LEN: usize = 24;

/// The random 256-bit key that seals every secret value of a store.
///
/// It has no `Debug` or `Display` and is wiped from memory when dropped.
#[derive(Clone, Zeroize, ZeroizeOnDrop)]
pub struct DataKey([u8; DATA_KEY_LEN]);

impl DataKey {
    /// Generates a new key from the operating system's random source.
    pub fn generate() -> Self {
        let mut key = [0u8; DATA_KEY_LEN];
        fill_random(&mut key);
        Self(key)
    }

    /// Builds a key from its raw bytes, as unwrapped from age or the keyring.
    pub fn from_slice(bytes: &[u8]) -> Option<Self> {
        let key: [u8; DATA_KEY_LEN] = bytes.try_into().ok()?;
        Some(Self(key))
    }

    /// Exposes the raw bytes, for wrapping the key with age or caching it.
    pub fn expose(&self) -> &[u8; DATA_KEY_LEN] {
        &self.0
    }

    /// Derives a subkey for one purpose with HKDF-SHA256.
    pub fn derive(&self, purpose: &str) -> Zeroizing<[u8; 32]> {
        let hkdf = hkdf::Hkdf::<Sha256>::new(None, &self.0);
        let mut out = Zeroizing::new([0u8; 32]);
        hkdf.expand(purpose.as_bytes(), out.as_mut())
            .expect("32 bytes is a valid HKDF-SHA256 output length");
        out
    }

    /// Computes the key check value stored beside the wrapped key, which distinguishes a
    /// stale cached key from the current one without decrypting anything.
    pub fn check_value(&self) -> [u8; 32] {
        hmac_sha256(self.derive("micadoctl key check v1").as_ref(), b"key check")
    }
}

/// Error returned when a sealed value does not open.
#[derive(Debug, thiserror::Error)]
#[error("authentication failed")]
pub struct OpenError;

/// Seals `plaintext` under `key` with XChaCha20-Poly1305 and a random nonce,
/// binding it to `associated_data` (the identity of the row that stores it).
pub fn seal(key: &DataKey, associated_data: &[u8], plaintext: &[u8]) -> Vec<u8> {
    let cipher = XChaCha20Poly1305::new(key.expose().into());
    let mut nonce = [0u8; NONCE_LEN];
    fill_random(&mut nonce);
    let payload = Payload {
        msg: plaintext,
        aad: associated_data,
    };
    let ciphertext = cipher
        .encrypt(XNonce::from_slice(&nonce), payload)
        .expect("XChaCha20-Poly1305 encryption does not fail for in-memory buffers");

    let mut sealed = Vec::with_capacity(1 + NONCE_LEN + ciphertext.len());
    sealed.push(SEALED_FORMAT_V1);
    sealed.extend_from_slice(&nonce);
    sealed.extend_from_slice(&ciphertext);
    sealed
}

/// Opens a value made by [`seal`] with the same key and associated data.
pub fn open(
    key: &DataKey,
    associated_data: &[u8],
    sealed: &[u8],
) -> Result<Zeroizing<Vec<u8>>, OpenError> {
    if sealed.len() < 1 + NONCE_LEN || sealed[0] != SEALED_FORMAT_V1 {
        return Err(OpenError);
    }
    let (nonce, ciphertext) = sealed[1..].split_at(NONCE_LEN);
    let cipher = XChaCha20Poly1305::new(key.expose().into());
    let payload = Payload {
        msg: ciphertext,
        aad: associated_data,
    };
    cipher
        .decrypt(XNonce::from_slice(nonce), payload)
        .map(Zeroizing::new)
        .map_err(|_| OpenError)
}

/// Builds associated data from parts, each prefixed by its length, so that no
/// two different part lists encode to the same bytes.
pub fn associated_data(parts: &[&str]) -> Vec<u8> {
    let mut out = b"micadoctl v1".to_vec();
    for part in parts {
        out.extend_from_slice(&(part.len() as u32).to_be_bytes());
        out.extend_from_slice(part.as_bytes());
    }
    out
}

/// Computes HMAC-SHA256 of `message` under `key`.
pub fn hmac_sha256(key: &[u8], message: &[u8]) -> [u8; 32] {
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(key).expect("HMAC accepts any key length");
    mac.update(message);
    mac.finalize().into_bytes().into()
}

/// Checks an HMAC-SHA256 tag in constant time.
pub fn verify_hmac_sha256(key: &[u8], message: &[u8], tag: &[u8]) -> bool {
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(key).expect("HMAC accepts any key length");
    mac.update(message);
    mac.verify_slice(tag).is_ok()
}

/// Computes SHA-256 of `data`.
pub fn sha256(data: &[u8]) -> [u8; 32] {
    use sha2::Digest;
    Sha256::digest(data).into()
}

/// Fills `buf` from the operating system's random source.
pub fn fill_random(buf: &mut [u8]) {
    getrandom::fill(buf).expect("the operating system random source is available");
}

/// Returns `len` random bytes as lower-case hex.
pub fn random_hex(len: usize) -> String {
    let mut bytes = vec![0u8; len];
    fill_random(&mut bytes);
    hex::encode(bytes)
}

/// Secret strings (passphrases), as the age crate takes them.
pub use age::secrecy::{ExposeSecret, SecretString};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seal_round_trip() {
        let key = DataKey::generate();
        let ad = associated_data(&["credential_versions", "aws", "1"]);
        let sealed = seal(&key, &ad, b"secret");
        assert_eq!(open(&key, &ad, &sealed).unwrap().as_slice(), b"secret");
    }

    #[test]
    fn open_rejects_other_row() {
        let key = DataKey::generate();
        let sealed = seal(&key, &associated_data(&["t", "a", "1"]), b"secret");
        assert!(open(&key, &associated_data(&["t", "a", "2"]), &sealed).is_err());
        assert!(open(&key, &associated_data(&["t", "b", "1"]), &sealed).is_err());
    }

    #[test]
    fn open_rejects_flipped_byte() {
        let key = DataKey::generate();
        let ad = associated_data(&["t", "a", "1"]);
        let sealed = seal(&key, &ad, b"secret");
        for i in 0..sealed.len() {
            let mut bad = sealed.clone();
            bad[i] ^= 1;
            assert!(open(&key, &ad, &bad).is_err(), "byte {i}");
        }
    }

    #[test]
    fn associated_data_is_unambiguous() {
        assert_ne!(associated_data(&["ab", "c"]), associated_data(&["a", "bc"]));
    }
}
