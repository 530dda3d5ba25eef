//! Account passwords: NFC normalisation, length limits and generation.

use std::fmt;

use unicode_normalization::UnicodeNormalization;
use zeroize::Zeroizing;

/// Minimum length of a password in bytes, after NFC normalisation.
pub const MIN_PASSWORD_BYTES: usize = 8;
/// Maximum length of a password in bytes, after NFC normalisation. The limit
/// keeps a hash request from costing more than the hash itself.
pub const MAX_PASSWORD_BYTES: usize = 4096;

/// Random bytes in a generated password: 24 bytes are 192 bits of entropy.
const GENERATED_BYTES: usize = 24;

/// A password in Unicode normalisation form C, wiped from memory on drop.
///
/// Normalising first makes a password typed with a composed character (é as
/// U+00E9) and one typed decomposed (e + U+0301) hash and verify the same.
/// `Debug` prints no part of the value.
#[derive(Clone)]
pub struct Password(Zeroizing<String>);

impl Password {
    /// Normalises `text` to NFC and checks its length (8 to 4096 bytes).
    pub fn new(text: &str) -> Result<Self, String> {
        let normalised = Zeroizing::new(text.nfc().collect::<String>());
        let len = normalised.len();
        if len < MIN_PASSWORD_BYTES {
            return Err(format!(
                "the password has {len} bytes; the minimum is {MIN_PASSWORD_BYTES}"
            ));
        }
        if len > MAX_PASSWORD_BYTES {
            return Err(format!(
                "the password has {len} bytes; the maximum is {MAX_PASSWORD_BYTES}"
            ));
        }
        Ok(Password(normalised))
    }

    /// Normalises `text` to NFC without checking its length, for verifying a
    /// password against a hash that an older policy accepted.
    pub fn for_verification(text: &str) -> Self {
        Password(Zeroizing::new(text.nfc().collect()))
    }

    /// Generates a password of 192 random bits, written as 32 characters of
    /// URL-safe base64 (letters, digits, `-` and `_`).
    pub fn generate() -> Self {
        use base64::Engine;

        let mut bytes = Zeroizing::new([0u8; GENERATED_BYTES]);
        crate::crypto::fill_random(bytes.as_mut());
        let text = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes.as_slice());
        Password(Zeroizing::new(text))
    }

    /// Generates a password of 192 random bits made of ASCII letters and
    /// digits only, which the Credential Manager's `adduser` requires.
    pub fn generate_alphanumeric() -> Self {
        const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        // 33 characters of a 62-letter alphabet carry 196 bits.
        const LENGTH: usize = 33;

        let mut text = Zeroizing::new(String::with_capacity(LENGTH));
        let mut byte = [0u8; 1];
        while text.len() < LENGTH {
            crate::crypto::fill_random(&mut byte);
            // Rejecting bytes of 248 and above keeps every letter equally likely.
            if usize::from(byte[0]) < ALPHABET.len() * 4 {
                text.push(char::from(ALPHABET[usize::from(byte[0]) % ALPHABET.len()]));
            }
        }
        Password(text)
    }

    /// Exposes the normalised text.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// Returns the normalised text as bytes.
    pub fn as_bytes(&self) -> &[u8] {
        self.0.as_bytes()
    }
}

impl fmt::Debug for Password {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Password(..)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn composed_and_decomposed_match() {
        let composed = Password::new("caf\u{e9}-caf\u{e9}").unwrap();
        let decomposed = Password::new("cafe\u{301}-cafe\u{301}").unwrap();
        assert_eq!(composed.expose(), decomposed.expose());
    }

    #[test]
    fn length_limits_are_bytes() {
        assert!(Password::new("1234567").is_err());
        assert!(Password::new("12345678").is_ok());
        assert!(Password::new(&"a".repeat(4096)).is_ok());
        assert!(Password::new(&"a".repeat(4097)).is_err());
        // Three CJK characters are 9 bytes of UTF-8.
        assert!(Password::new("\u{5bc6}\u{7801}\u{5b57}").is_ok());
    }

    #[test]
    fn debug_hides_value() {
        let password = Password::new("hunter2-hunter2").unwrap();
        assert!(!format!("{password:?}").contains("hunter2"));
    }

    #[test]
    fn generated_passwords_differ() {
        let a = Password::generate();
        let b = Password::generate();
        assert_eq!(a.expose().len(), 32);
        assert_ne!(a.expose(), b.expose());
        let c = Password::generate_alphanumeric();
        assert_eq!(c.expose().len(), 33);
        assert!(c.expose().chars().all(|ch| ch.is_ascii_alphanumeric()));
    }
}
