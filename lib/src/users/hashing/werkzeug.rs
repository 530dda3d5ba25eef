//! Werkzeug's password hashes, as the MiCADO Credential Manager stores them:
//! `METHOD$SALT$HEX`, with METHOD `pbkdf2:sha256:ITERATIONS`,
//! `pbkdf2:sha512:ITERATIONS` or `scrypt:N:R:P`.
//!
//! Werkzeug (`werkzeug.security`) feeds the password and the salt as UTF-8
//! bytes to Python's `hashlib.pbkdf2_hmac` or `hashlib.scrypt`. It stores the
//! derived key as lower-case hex: 32 bytes for pbkdf2 with SHA-256, and 64
//! bytes for SHA-512 and for scrypt.

use subtle::ConstantTimeEq;

/// Upper bound on the pbkdf2 iterations accepted from a stored hash, so that a
/// crafted hash cannot make one verification run for hours.
const MAX_PBKDF2_ITERATIONS: u32 = 100_000_000;
/// Upper bound on scrypt's N·r·p·128 bytes of memory from a stored hash.
const MAX_SCRYPT_MEMORY: u64 = 1 << 30;
/// scrypt parameters of a bare `scrypt` method, Werkzeug's defaults.
const DEFAULT_SCRYPT: (u64, u32, u32) = (32768, 8, 1);
/// Length of Werkzeug's scrypt output.
const SCRYPT_KEY_LEN: usize = 64;

/// A parsed Werkzeug hash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Method {
    /// PBKDF2-HMAC-SHA256 with this many iterations.
    Pbkdf2Sha256(u32),
    /// PBKDF2-HMAC-SHA512 with this many iterations.
    Pbkdf2Sha512(u32),
    /// scrypt with N, r and p.
    Scrypt(u64, u32, u32),
}

/// Returns whether `hash` looks like a Werkzeug hash (by its method prefix).
pub fn is_werkzeug(hash: &str) -> bool {
    hash.starts_with("pbkdf2:") || hash.starts_with("scrypt:") || hash.starts_with("scrypt$")
}

/// Parses the method part. The error describes what is wrong with it.
pub fn parse_method(method: &str) -> Result<Method, String> {
    let parts: Vec<&str> = method.split(':').collect();
    match parts.as_slice() {
        ["pbkdf2", digest, iterations] => {
            let iterations: u32 = iterations
                .parse()
                .ok()
                .filter(|n| (1..=MAX_PBKDF2_ITERATIONS).contains(n))
                .ok_or_else(|| format!("invalid pbkdf2 iteration count \"{iterations}\""))?;
            match *digest {
                "sha256" => Ok(Method::Pbkdf2Sha256(iterations)),
                "sha512" => Ok(Method::Pbkdf2Sha512(iterations)),
                other => Err(format!("unsupported pbkdf2 digest \"{other}\"")),
            }
        }
        ["pbkdf2", ..] => Err(
            "a pbkdf2 method needs a digest and an iteration count, as in pbkdf2:sha256:600000"
                .into(),
        ),
        ["scrypt"] => Ok(Method::Scrypt(
            DEFAULT_SCRYPT.0,
            DEFAULT_SCRYPT.1,
            DEFAULT_SCRYPT.2,
        )),
        ["scrypt", n, r, p] => {
            let parsed = (n.parse::<u64>(), r.parse::<u32>(), p.parse::<u32>());
            let (Ok(n), Ok(r), Ok(p)) = parsed else {
                return Err(format!("invalid scrypt parameters \"{method}\""));
            };
            check_scrypt(n, r, p)?;
            Ok(Method::Scrypt(n, r, p))
        }
        _ => Err(format!("unsupported Werkzeug method \"{method}\"")),
    }
}

fn check_scrypt(n: u64, r: u32, p: u32) -> Result<(), String> {
    if n < 2 || !n.is_power_of_two() || r == 0 || p == 0 {
        return Err(format!(
            "invalid scrypt parameters n={n} r={r} p={p}: n must be a power of two"
        ));
    }
    let memory = 128u64
        .saturating_mul(n)
        .saturating_mul(u64::from(r))
        .saturating_mul(u64::from(p));
    if memory > MAX_SCRYPT_MEMORY {
        return Err(format!(
            "scrypt parameters n={n} r={r} p={p} need more than 1 GiB of memory"
        ));
    }
    Ok(())
}

/// A Werkzeug hash split into its parts.
struct Parsed<'a> {
    method: Method,
    salt: &'a str,
    key: Vec<u8>,
}

/// Splits and checks a Werkzeug hash without computing anything.
fn parse(hash: &str) -> Result<Parsed<'_>, String> {
    let mut parts = hash.splitn(3, '$');
    let (Some(method), Some(salt), Some(hex_key)) = (parts.next(), parts.next(), parts.next())
    else {
        return Err("a Werkzeug hash has the form METHOD$SALT$HEX".into());
    };
    let method = parse_method(method)?;
    let key = hex::decode(hex_key).map_err(|_| "the derived key is not hex".to_string())?;
    if key.is_empty() {
        return Err("the derived key is empty".into());
    }
    if matches!(method, Method::Scrypt(..)) && key.len() != SCRYPT_KEY_LEN {
        return Err(format!(
            "a Werkzeug scrypt key has {SCRYPT_KEY_LEN} bytes, this one {}",
            key.len()
        ));
    }
    Ok(Parsed { method, salt, key })
}

/// Checks that `hash` is a well-formed Werkzeug hash.
pub fn check_format(hash: &str) -> Result<(), String> {
    parse(hash).map(|_| ())
}

/// Checks `password` against a Werkzeug hash. The error describes a hash that
/// cannot be parsed.
pub fn verify(password: &[u8], hash: &str) -> Result<bool, String> {
    let parsed = parse(hash)?;
    let computed = derive(
        &parsed.method,
        password,
        parsed.salt.as_bytes(),
        parsed.key.len(),
    )?;
    Ok(computed.ct_eq(&parsed.key).into())
}

fn derive(method: &Method, password: &[u8], salt: &[u8], len: usize) -> Result<Vec<u8>, String> {
    let mut out = vec![0u8; len];
    match *method {
        Method::Pbkdf2Sha256(iterations) => {
            pbkdf2::pbkdf2_hmac::<sha2::Sha256>(password, salt, iterations, &mut out);
        }
        Method::Pbkdf2Sha512(iterations) => {
            pbkdf2::pbkdf2_hmac::<sha2::Sha512>(password, salt, iterations, &mut out);
        }
        Method::Scrypt(n, r, p) => {
            let log_n = n.trailing_zeros() as u8;
            let params = scrypt::Params::new(log_n, r, p, len)
                .map_err(|e| format!("invalid scrypt parameters: {e}"))?;
            scrypt::scrypt(password, salt, &params, &mut out)
                .map_err(|e| format!("scrypt failed: {e}"))?;
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    // The admin and bob rows of a Credential Manager database made by
    // Werkzeug 3.0 (tests/data/credman-credential.db).
    const ADMIN: &str = "pbkdf2:sha256:50000$58ti6Hb5$6bc6979e0e33032b2ff87cb5cab9aa236b3fe8df3f70f523077ae26b3a1fe181";
    const BOB: &str = "scrypt:32768:8:1$tYjxee7Qw4cH6UWd$b989af0bfcbd922e80e701f26e0c645dbae01551956ce217d099fa0367692bb302f003ee1e513d8d32e0a03ae1998c9a631ba09ac989910985d2d067d09da414";

    #[test]
    fn verifies_pbkdf2_sha256() {
        assert_eq!(verify(b"admin", ADMIN), Ok(true));
        assert_eq!(verify(b"Admin", ADMIN), Ok(false));
    }

    #[test]
    fn verifies_scrypt() {
        assert_eq!(verify(b"correct horse battery", BOB), Ok(true));
        assert_eq!(verify(b"correct horse battery ", BOB), Ok(false));
    }

    #[test]
    fn verifies_pbkdf2_sha512() {
        let mut key = [0u8; 64];
        pbkdf2::pbkdf2_hmac::<sha2::Sha512>(b"s3cret-pass", b"NaCl", 1000, &mut key);
        let hash = format!("pbkdf2:sha512:1000$NaCl${}", hex::encode(key));
        assert_eq!(verify(b"s3cret-pass", &hash), Ok(true));
        assert_eq!(verify(b"s3cret-pasS", &hash), Ok(false));
    }

    #[test]
    fn rejects_malformed() {
        for hash in [
            "pbkdf2:sha256$salt$00",
            "pbkdf2:md5:1000$salt$00",
            "pbkdf2:sha256:0$salt$00",
            "pbkdf2:sha256:1000$salt$zz",
            "pbkdf2:sha256:1000$salt",
            "scrypt:1000:8:1$salt$00",
            "scrypt:1048576:64:64$salt$00",
        ] {
            assert!(verify(b"password", hash).is_err(), "{hash}");
        }
    }
}
