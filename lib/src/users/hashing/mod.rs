//! Password hashes: argon2id for new passwords, bcrypt and SHA-crypt for
//! accounts a web server checks itself, and the schemes that existing
//! deployments contain, for verification only.

pub mod apr1;
pub mod werkzeug;

use argon2::{Algorithm, Argon2, Params, PasswordHash, PasswordHasher, PasswordVerifier, Version};
use password_hash::SaltString;
use serde::{Deserialize, Serialize};

use super::password::Password;

/// bcrypt reads at most this many bytes of a password and ignores the rest.
pub const BCRYPT_MAX_BYTES: usize = 72;

/// A password hash scheme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Scheme {
    /// Argon2id in a PHC string (`$argon2id$v=19$m=...`); also accepts
    /// argon2i and argon2d hashes when verifying.
    Argon2id,
    /// bcrypt `$2a$`, `$2b$` or `$2y$`.
    Bcrypt,
    /// SHA-crypt with SHA-256, `$5$`.
    Sha256Crypt,
    /// SHA-crypt with SHA-512, `$6$`.
    Sha512Crypt,
    /// Apache's MD5-crypt variant, `$apr1$`.
    Apr1,
    /// Werkzeug `pbkdf2:sha256:N$salt$hex`.
    Pbkdf2Sha256,
    /// Werkzeug `pbkdf2:sha512:N$salt$hex`.
    Pbkdf2Sha512,
    /// Werkzeug `scrypt:n:r:p$salt$hex`.
    Scrypt,
}

/// Schemes that `user add --scheme` can choose for a new password.
pub const NEW_PASSWORD_SCHEMES: [Scheme; 3] =
    [Scheme::Argon2id, Scheme::Bcrypt, Scheme::Sha512Crypt];

impl Scheme {
    /// Returns the scheme's name as the CLI and JSON output spell it.
    pub fn as_str(self) -> &'static str {
        match self {
            Scheme::Argon2id => "argon2id",
            Scheme::Bcrypt => "bcrypt",
            Scheme::Sha256Crypt => "sha256-crypt",
            Scheme::Sha512Crypt => "sha512-crypt",
            Scheme::Apr1 => "apr1",
            Scheme::Pbkdf2Sha256 => "pbkdf2-sha256",
            Scheme::Pbkdf2Sha512 => "pbkdf2-sha512",
            Scheme::Scrypt => "scrypt",
        }
    }

    /// Parses a scheme name as [`Scheme::as_str`] writes it.
    pub fn parse(name: &str) -> Option<Scheme> {
        [
            Scheme::Argon2id,
            Scheme::Bcrypt,
            Scheme::Sha256Crypt,
            Scheme::Sha512Crypt,
            Scheme::Apr1,
            Scheme::Pbkdf2Sha256,
            Scheme::Pbkdf2Sha512,
            Scheme::Scrypt,
        ]
        .into_iter()
        .find(|scheme| scheme.as_str() == name)
    }

    /// Recognises the scheme of a stored hash by its prefix.
    pub fn detect(hash: &str) -> Option<Scheme> {
        let scheme = if hash.starts_with("$argon2") {
            Scheme::Argon2id
        } else if ["$2a$", "$2b$", "$2y$"].iter().any(|p| hash.starts_with(p)) {
            Scheme::Bcrypt
        } else if hash.starts_with("$5$") {
            Scheme::Sha256Crypt
        } else if hash.starts_with("$6$") {
            Scheme::Sha512Crypt
        } else if hash.starts_with(apr1::PREFIX) {
            Scheme::Apr1
        } else if hash.starts_with("pbkdf2:sha256:") {
            Scheme::Pbkdf2Sha256
        } else if hash.starts_with("pbkdf2:sha512:") {
            Scheme::Pbkdf2Sha512
        } else if hash.starts_with("scrypt:") || hash.starts_with("scrypt$") {
            Scheme::Scrypt
        } else {
            return None;
        };
        Some(scheme)
    }

    /// Returns whether nginx and Apache `auth_basic` can check this scheme,
    /// and so whether `user export --htpasswd` can write it.
    pub fn web_server_can_check(self) -> bool {
        matches!(
            self,
            Scheme::Bcrypt | Scheme::Sha256Crypt | Scheme::Sha512Crypt | Scheme::Apr1
        )
    }
}

/// Cost parameters of new hashes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HashParams {
    /// Argon2 memory in KiB.
    pub argon2_memory_kib: u32,
    /// Argon2 iterations.
    pub argon2_iterations: u32,
    /// Argon2 lanes.
    pub argon2_parallelism: u32,
    /// bcrypt cost (log2 of the rounds).
    pub bcrypt_cost: u32,
    /// SHA-crypt rounds.
    pub sha_crypt_rounds: u32,
}

impl Default for HashParams {
    /// 64 MiB, 3 iterations and 4 lanes for argon2id; bcrypt cost 12;
    /// 656,000 SHA-crypt rounds, the default of passlib 1.7.
    fn default() -> Self {
        HashParams {
            argon2_memory_kib: 64 * 1024,
            argon2_iterations: 3,
            argon2_parallelism: 4,
            bcrypt_cost: 12,
            sha_crypt_rounds: 656_000,
        }
    }
}

impl HashParams {
    /// Checks the parameters against the limits of each algorithm.
    pub fn validate(&self) -> Result<(), String> {
        self.argon2_params()?;
        if !(4..=31).contains(&self.bcrypt_cost) {
            return Err(format!(
                "bcrypt_cost {} is outside 4 to 31",
                self.bcrypt_cost
            ));
        }
        if !(1000..=999_999_999).contains(&self.sha_crypt_rounds) {
            return Err(format!(
                "sha_crypt_rounds {} is outside 1000 to 999999999",
                self.sha_crypt_rounds
            ));
        }
        Ok(())
    }

    fn argon2_params(&self) -> Result<Params, String> {
        Params::new(
            self.argon2_memory_kib,
            self.argon2_iterations,
            self.argon2_parallelism,
            None,
        )
        .map_err(|e| {
            format!(
                "invalid argon2 parameters m={} KiB, t={}, p={}: {e}",
                self.argon2_memory_kib, self.argon2_iterations, self.argon2_parallelism
            )
        })
    }

    fn argon2(&self) -> Argon2<'static> {
        let params = self
            .argon2_params()
            .expect("hash parameters are validated when the configuration is read");
        Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
    }
}

/// Reason a password cannot be hashed with a scheme.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HashError {
    /// The scheme cannot represent this password.
    #[error("{0}")]
    Unsuitable(String),
    /// The scheme is only accepted for verification.
    #[error("{} is accepted for verification only; choose argon2id, bcrypt or sha512-crypt", .0.as_str())]
    VerifyOnly(Scheme),
}

/// Hashes `password` with `scheme`.
pub fn hash(password: &Password, scheme: Scheme, params: &HashParams) -> Result<String, HashError> {
    match scheme {
        Scheme::Argon2id => {
            let salt = random_salt();
            let hash = params
                .argon2()
                .hash_password(password.as_bytes(), &salt)
                .expect("argon2 hashes with validated parameters and a 16-byte salt");
            Ok(hash.to_string())
        }
        Scheme::Bcrypt => {
            check_bcrypt(password)?;
            // check_bcrypt has made sure that nothing would be cut off.
            let parts = bcrypt::hash_with_result(password.as_bytes(), params.bcrypt_cost)
                .map_err(|e| HashError::Unsuitable(format!("bcrypt failed: {e}")))?;
            Ok(parts.format_for_version(bcrypt::Version::TwoY))
        }
        Scheme::Sha512Crypt => {
            let rounds = sha_crypt::Sha512Params::new(params.sha_crypt_rounds as usize)
                .map_err(|e| HashError::Unsuitable(format!("invalid SHA-crypt rounds: {e:?}")))?;
            sha_crypt::sha512_simple(password.expose(), &rounds)
                .map_err(|e| HashError::Unsuitable(format!("SHA-crypt failed: {e:?}")))
        }
        other => Err(HashError::VerifyOnly(other)),
    }
}

/// bcrypt silently ignores bytes after the 72nd and stops at a NUL byte, so
/// such passwords are rejected instead of being hashed partly.
pub fn check_bcrypt(password: &Password) -> Result<(), HashError> {
    let len = password.as_bytes().len();
    if len > BCRYPT_MAX_BYTES {
        return Err(HashError::Unsuitable(format!(
            "bcrypt uses at most {BCRYPT_MAX_BYTES} bytes of a password and this one has {len}; \
             choose argon2id or sha512-crypt, or a shorter password"
        )));
    }
    if password.as_bytes().contains(&0) {
        return Err(HashError::Unsuitable(
            "bcrypt ends a password at a NUL byte and this one contains one; \
             choose argon2id or sha512-crypt"
                .into(),
        ));
    }
    Ok(())
}

fn random_salt() -> SaltString {
    let mut bytes = [0u8; 16];
    crate::crypto::fill_random(&mut bytes);
    SaltString::encode_b64(&bytes).expect("16 bytes encode as a salt")
}

/// Checks `password` against a stored hash of any supported scheme. The error
/// describes why the hash cannot be used (unknown scheme or malformed).
pub fn verify(password: &Password, hash: &str) -> Result<bool, String> {
    let scheme = Scheme::detect(hash).ok_or("the stored hash has an unknown scheme")?;
    let bytes = password.as_bytes();
    match scheme {
        Scheme::Argon2id => {
            let parsed =
                PasswordHash::new(hash).map_err(|e| format!("malformed argon2 hash: {e}"))?;
            if parsed.hash.is_none() || parsed.salt.is_none() {
                return Err("malformed argon2 hash: the salt or the hash value is missing".into());
            }
            match Argon2::default().verify_password(bytes, &parsed) {
                Ok(()) => Ok(true),
                Err(password_hash::Error::Password) => Ok(false),
                Err(e) => Err(format!("argon2 hash cannot be checked: {e}")),
            }
        }
        Scheme::Bcrypt => {
            let parsed =
                bcrypt::verify(bytes, hash).map_err(|e| format!("malformed bcrypt hash: {e}"))?;
            // bcrypt would match a longer password on its first 72 bytes, or
            // on the part before a NUL byte: such a password never matches.
            Ok(parsed && check_bcrypt(password).is_ok())
        }
        Scheme::Sha256Crypt => sha_crypt_result(sha_crypt::sha256_check(password.expose(), hash)),
        Scheme::Sha512Crypt => sha_crypt_result(sha_crypt::sha512_check(password.expose(), hash)),
        Scheme::Apr1 => apr1::verify(bytes, hash).ok_or_else(|| "malformed apr1 hash".into()),
        Scheme::Pbkdf2Sha256 | Scheme::Pbkdf2Sha512 | Scheme::Scrypt => {
            werkzeug::verify(bytes, hash)
        }
    }
}

/// Maps the result of `sha_crypt`'s check functions. NOTE: sha-crypt 0.5.0
/// does not export its `CheckError` type, so the mismatch variant is
/// distinguished from a format error by its `Debug` name.
fn sha_crypt_result<E: std::fmt::Debug>(result: Result<(), E>) -> Result<bool, String> {
    match result {
        Ok(()) => Ok(true),
        Err(e) => {
            let text = format!("{e:?}");
            if text == "HashMismatch" {
                Ok(false)
            } else {
                Err(format!("malformed SHA-crypt hash: {text}"))
            }
        }
    }
}

/// The largest argon2 memory cost an imported hash may ask for, in KiB (1 GiB).
const MAX_IMPORTED_ARGON2_MEMORY_KIB: u32 = 1 << 20;

/// The largest argon2 iteration count an imported hash may ask for.
const MAX_IMPORTED_ARGON2_ITERATIONS: u32 = 64;

/// The largest bcrypt cost an imported hash may ask for. Cost 12 takes about
/// 250 ms here, so cost 16 takes about 4 s per verification.
const MAX_IMPORTED_BCRYPT_COST: u32 = 16;

/// The largest SHA-crypt round count an imported hash may ask for, about 15
/// times the passlib default.
const MAX_IMPORTED_SHA_CRYPT_ROUNDS: u64 = 10_000_000;

/// Checks that `hash` is a well-formed hash of a supported scheme, for
/// imports, without the cost of computing it.
///
/// Hashes whose cost parameters exceed the `MAX_IMPORTED_*` limits are
/// rejected, because every later verification would pay that cost: an
/// imported argon2 hash with a 4 GiB memory cost would make `user verify`
/// allocate 4 GiB.
pub fn check_importable(hash: &str) -> Result<Scheme, String> {
    let scheme = Scheme::detect(hash).ok_or_else(|| {
        "unknown hash scheme; supported are argon2, bcrypt, $5$, $6$, $apr1$ and Werkzeug pbkdf2 and scrypt"
            .to_string()
    })?;
    match scheme {
        Scheme::Argon2id => {
            let parsed =
                PasswordHash::new(hash).map_err(|e| format!("malformed argon2 hash: {e}"))?;
            let params =
                Params::try_from(&parsed).map_err(|e| format!("invalid argon2 parameters: {e}"))?;
            if parsed.hash.is_none() || parsed.salt.is_none() {
                return Err("malformed argon2 hash: the salt or the hash value is missing".into());
            }
            check_argon2_cost(&params)?;
        }
        Scheme::Bcrypt => {
            let parts = hash
                .parse::<bcrypt::HashParts>()
                .map_err(|e| format!("malformed bcrypt hash: {e}"))?;
            if parts.get_cost() > MAX_IMPORTED_BCRYPT_COST {
                return Err(format!(
                    "bcrypt cost {} is above the import limit of {MAX_IMPORTED_BCRYPT_COST}; \
                     reset this account's password after the import instead",
                    parts.get_cost()
                ));
            }
        }
        Scheme::Sha256Crypt => check_sha_crypt(hash, 43)?,
        Scheme::Sha512Crypt => check_sha_crypt(hash, 86)?,
        Scheme::Apr1 => {
            apr1::parse(hash).ok_or("malformed apr1 hash")?;
        }
        Scheme::Pbkdf2Sha256 | Scheme::Pbkdf2Sha512 | Scheme::Scrypt => {
            werkzeug::check_format(hash)?
        }
    }
    Ok(scheme)
}

/// Rejects argon2 parameters above the import limits.
fn check_argon2_cost(params: &Params) -> Result<(), String> {
    if params.m_cost() > MAX_IMPORTED_ARGON2_MEMORY_KIB {
        return Err(format!(
            "argon2 memory cost {} KiB is above the import limit of {MAX_IMPORTED_ARGON2_MEMORY_KIB} KiB; \
             reset this account's password after the import instead",
            params.m_cost()
        ));
    }
    if params.t_cost() > MAX_IMPORTED_ARGON2_ITERATIONS {
        return Err(format!(
            "argon2 iteration count {} is above the import limit of {MAX_IMPORTED_ARGON2_ITERATIONS}; \
             reset this account's password after the import instead",
            params.t_cost()
        ));
    }
    Ok(())
}

/// Checks the form `$5$[rounds=N$]SALT$HASH` (or `$6$`), where HASH has
/// `hash_len` characters of the crypt base64 alphabet.
fn check_sha_crypt(hash: &str, hash_len: usize) -> Result<(), String> {
    let parts: Vec<&str> = hash.split('$').skip(2).collect();
    let (rounds, salt, encoded) = match parts.as_slice() {
        [rounds, salt, encoded] => (Some(*rounds), *salt, *encoded),
        [salt, encoded] => (None, *salt, *encoded),
        _ => return Err("malformed SHA-crypt hash: expected $ID$[rounds=N$]SALT$HASH".into()),
    };
    if let Some(rounds) = rounds {
        let count = rounds
            .strip_prefix("rounds=")
            .and_then(|n| n.parse::<u64>().ok());
        if !count.is_some_and(|n| (1000..=999_999_999).contains(&n)) {
            return Err(format!("malformed SHA-crypt hash: invalid \"{rounds}\""));
        }
        if count.is_some_and(|n| n > MAX_IMPORTED_SHA_CRYPT_ROUNDS) {
            return Err(format!(
                "SHA-crypt \"{rounds}\" is above the import limit of {MAX_IMPORTED_SHA_CRYPT_ROUNDS}; \
                 reset this account's password after the import instead"
            ));
        }
    }
    let is_crypt64 = |c: char| c.is_ascii_alphanumeric() || c == '.' || c == '/';
    if salt.is_empty() || encoded.len() != hash_len || !encoded.chars().all(is_crypt64) {
        return Err("malformed SHA-crypt hash: wrong salt or hash length".into());
    }
    Ok(())
}

/// Returns whether a hash that just verified should be replaced by a new
/// hash with `scheme` and `params`.
///
/// Werkzeug, apr1 and `$5$` hashes are always replaced. argon2 hashes are
/// replaced when their parameters differ from the configured ones. bcrypt and
/// `$6$` hashes are kept, because they were chosen for a web server that
/// checks them itself.
pub fn needs_rehash(hash: &str, params: &HashParams) -> bool {
    match Scheme::detect(hash) {
        Some(Scheme::Argon2id) => PasswordHash::new(hash).is_ok_and(|parsed| {
            let stored = Params::try_from(&parsed).ok();
            let same_cost = stored.is_some_and(|p| {
                (p.m_cost(), p.t_cost(), p.p_cost())
                    == (
                        params.argon2_memory_kib,
                        params.argon2_iterations,
                        params.argon2_parallelism,
                    )
            });
            parsed.algorithm.as_str() != "argon2id" || !same_cost
        }),
        Some(Scheme::Bcrypt | Scheme::Sha512Crypt) => false,
        _ => true,
    }
}

/// Builds an argon2id hash with `params` that no password matches, to verify
/// against when the account does not exist: the work is the same as for a
/// real account, so the response time does not reveal which names exist.
pub fn decoy_hash(params: &HashParams) -> String {
    use base64::Engine;

    let encode = |bytes: &[u8]| base64::engine::general_purpose::STANDARD_NO_PAD.encode(bytes);
    format!(
        "$argon2id$v=19$m={},t={},p={}${}${}",
        params.argon2_memory_kib,
        params.argon2_iterations,
        params.argon2_parallelism,
        encode(&random_bytes::<16>()),
        encode(&random_bytes::<32>()),
    )
}

fn random_bytes<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    crate::crypto::fill_random(&mut bytes);
    bytes
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cheap() -> HashParams {
        HashParams {
            argon2_memory_kib: 64,
            argon2_iterations: 1,
            argon2_parallelism: 1,
            bcrypt_cost: 4,
            sha_crypt_rounds: 1000,
        }
    }

    fn password(text: &str) -> Password {
        Password::new(text).unwrap()
    }

    #[test]
    fn new_schemes_round_trip() {
        for scheme in NEW_PASSWORD_SCHEMES {
            let hash = hash(&password("pass:word-1"), scheme, &cheap()).unwrap();
            assert_eq!(Scheme::detect(&hash), Some(scheme), "{hash}");
            assert_eq!(verify(&password("pass:word-1"), &hash), Ok(true), "{hash}");
            assert_eq!(verify(&password("pass:word-2"), &hash), Ok(false), "{hash}");
        }
    }

    #[test]
    fn bcrypt_is_written_as_2y() {
        let hash = hash(&password("password1"), Scheme::Bcrypt, &cheap()).unwrap();
        assert!(hash.starts_with("$2y$04$"), "{hash}");
    }

    #[test]
    fn bcrypt_rejects_73_bytes_and_nul() {
        let long = password(&"a".repeat(73));
        assert!(matches!(
            hash(&long, Scheme::Bcrypt, &cheap()),
            Err(HashError::Unsuitable(_))
        ));
        let exact = password(&"a".repeat(72));
        let stored = hash(&exact, Scheme::Bcrypt, &cheap()).unwrap();
        assert_eq!(verify(&exact, &stored), Ok(true));
        assert_eq!(verify(&password(&"a".repeat(73)), &stored), Ok(false));
        let nul = password("pass\0word");
        assert!(matches!(
            hash(&nul, Scheme::Bcrypt, &cheap()),
            Err(HashError::Unsuitable(_))
        ));
    }

    #[test]
    fn argon2id_defaults_in_phc_string() {
        let hash = hash(
            &password("password1"),
            Scheme::Argon2id,
            &HashParams::default(),
        )
        .unwrap();
        assert!(
            hash.starts_with("$argon2id$v=19$m=65536,t=3,p=4$"),
            "{hash}"
        );
    }

    #[test]
    fn rehash_policy() {
        let params = cheap();
        let current = hash(&password("password1"), Scheme::Argon2id, &params).unwrap();
        assert!(!needs_rehash(&current, &params));
        let stronger = HashParams {
            argon2_iterations: 2,
            ..cheap()
        };
        assert!(needs_rehash(&current, &stronger));
        assert!(needs_rehash("pbkdf2:sha256:1000$a$00", &params));
        assert!(needs_rehash("$apr1$ab$XGQkwTNY8GUCKcf2sMEmd.", &params));
        assert!(!needs_rehash(
            "$2y$04$abcdefghijklmnopqrstuu5Ue1tVv.VQhXu4UFL0Fz3eMgiUqqUW.",
            &params
        ));
    }

    #[test]
    fn decoy_never_verifies() {
        let decoy = decoy_hash(&cheap());
        assert_eq!(verify(&password("password1"), &decoy), Ok(false));
        // Same parameters as a real hash, so the same work.
        let real = hash(&password("password1"), Scheme::Argon2id, &cheap()).unwrap();
        let parameters = |h: &str| h.split('$').take(4).collect::<Vec<_>>().join("$");
        assert_eq!(parameters(&decoy), parameters(&real));
        assert_eq!(decoy.len(), real.len());
    }

    #[test]
    fn sha256_crypt_vector() {
        // From the SHA-crypt specification by Ulrich Drepper.
        let hash = "$5$rounds=5000$toolongsaltstrin$Un/5jzAHMgOGZ5.mWJpuVolil07guHPvOW8mGRcvxa5";
        assert_eq!(verify(&password("This is just a test"), hash), Ok(true));
    }

    #[test]
    fn importable_rejects_unknown() {
        assert!(check_importable("plain$$admin").is_err());
        assert!(check_importable("$argon2id$v=19$broken").is_err());
        assert_eq!(
            check_importable("$apr1$ab$XGQkwTNY8GUCKcf2sMEmd."),
            Ok(Scheme::Apr1)
        );
    }
}

#[cfg(test)]
mod import_limit_tests {
    use super::*;

    const ARGON2_SALT: &str = "c2FsdHNhbHRzYWx0c2FsdA";
    const ARGON2_VALUE: &str = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

    fn argon2_hash(m_cost: u32, t_cost: u32) -> String {
        format!("$argon2id$v=19$m={m_cost},t={t_cost},p=4${ARGON2_SALT}${ARGON2_VALUE}")
    }

    fn bcrypt_hash(cost: u32) -> String {
        format!("$2b${cost:02}$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy")
    }

    fn sha512_crypt_hash(rounds: u64) -> String {
        format!("$6$rounds={rounds}$saltsalt${}", "a".repeat(86))
    }

    #[test]
    fn import_accepts_costs_at_limits() {
        assert!(check_importable(&argon2_hash(MAX_IMPORTED_ARGON2_MEMORY_KIB, 3)).is_ok());
        assert!(check_importable(&argon2_hash(65_536, MAX_IMPORTED_ARGON2_ITERATIONS)).is_ok());
        assert!(check_importable(&bcrypt_hash(MAX_IMPORTED_BCRYPT_COST)).is_ok());
        assert!(check_importable(&sha512_crypt_hash(MAX_IMPORTED_SHA_CRYPT_ROUNDS)).is_ok());
    }

    #[test]
    fn import_rejects_argon2_memory_above_limit() {
        let error = check_importable(&argon2_hash(4 << 20, 3)).unwrap_err();

        assert!(error.contains("memory cost 4194304 KiB"), "{error}");
        assert!(error.contains("reset this account's password"), "{error}");
    }

    #[test]
    fn import_rejects_argon2_iterations_above_limit() {
        let error = check_importable(&argon2_hash(65_536, 1000)).unwrap_err();

        assert!(error.contains("iteration count 1000"), "{error}");
    }

    #[test]
    fn import_rejects_bcrypt_cost_above_limit() {
        let error = check_importable(&bcrypt_hash(31)).unwrap_err();

        assert!(error.contains("bcrypt cost 31"), "{error}");
    }

    #[test]
    fn import_rejects_sha_crypt_rounds_above_limit() {
        let error = check_importable(&sha512_crypt_hash(999_999_999)).unwrap_err();

        assert!(error.contains("rounds=999999999"), "{error}");
        assert!(error.contains("import limit"), "{error}");
    }
}
