//! Private keys: generation, sealing into `pki_keys` and loading back.
//!
//! A key is stored only as its PKCS#8 DER, sealed under the data key with the
//! row identity (`pki_keys`, id, algorithm) as associated data.

use rcgen::{KeyPair, PKCS_ECDSA_P256_SHA256, PKCS_ED25519, PKCS_RSA_SHA256, SignatureAlgorithm};
use rusqlite::{OptionalExtension, params};
use zeroize::Zeroizing;

use super::PkiError;
use crate::store::{WriteTx, now_rfc3339};

/// Bits of a generated RSA key.
const RSA_BITS: usize = 3072;

/// Key algorithms for the CA and for leaf certificates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum KeyAlgorithm {
    /// ECDSA over NIST P-256 with SHA-256, the default.
    EcdsaP256,
    /// Ed25519.
    Ed25519,
    /// RSA with 3072-bit keys and PKCS#1 v1.5 SHA-256 signatures.
    Rsa3072,
}

impl KeyAlgorithm {
    /// All algorithms, in the order help texts list them.
    pub const ALL: [KeyAlgorithm; 3] = [
        KeyAlgorithm::EcdsaP256,
        KeyAlgorithm::Ed25519,
        KeyAlgorithm::Rsa3072,
    ];

    /// Returns the name used on the command line and in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            KeyAlgorithm::EcdsaP256 => "ecdsa-p256",
            KeyAlgorithm::Ed25519 => "ed25519",
            KeyAlgorithm::Rsa3072 => "rsa-3072",
        }
    }

    /// Parses a name from [`KeyAlgorithm::as_str`].
    pub fn parse(name: &str) -> Option<KeyAlgorithm> {
        Self::ALL.into_iter().find(|a| a.as_str() == name)
    }

    fn signature_algorithm(self) -> &'static SignatureAlgorithm {
        match self {
            KeyAlgorithm::EcdsaP256 => &PKCS_ECDSA_P256_SHA256,
            KeyAlgorithm::Ed25519 => &PKCS_ED25519,
            KeyAlgorithm::Rsa3072 => &PKCS_RSA_SHA256,
        }
    }
}

/// A key pair whose PKCS#8 copy inside rcgen is zeroized on drop.
///
/// NOTE: ring keeps its own parsed copy of the key, which it does not zeroize.
pub(crate) type Key = Zeroizing<KeyPair>;

/// Generates a new key.
pub(crate) fn generate(algorithm: KeyAlgorithm) -> Result<Key, PkiError> {
    let pair = match algorithm {
        // ring signs with RSA keys but cannot generate them.
        KeyAlgorithm::Rsa3072 => {
            let pkcs8 = generate_rsa_pkcs8()?;
            from_pkcs8(&pkcs8, algorithm)?
        }
        _ => KeyPair::generate_for(algorithm.signature_algorithm())
            .map_err(|e| PkiError::signing("key", e))?,
    };
    Ok(Zeroizing::new(pair))
}

fn generate_rsa_pkcs8() -> Result<Zeroizing<Vec<u8>>, PkiError> {
    use rsa::pkcs8::EncodePrivateKey;

    let mut rng = rsa::rand_core::OsRng;
    let key = rsa::RsaPrivateKey::new(&mut rng, RSA_BITS).map_err(|e| PkiError::Signing {
        what: "RSA key",
        message: e.to_string(),
    })?;
    let document = key.to_pkcs8_der().map_err(|e| PkiError::Signing {
        what: "RSA key",
        message: e.to_string(),
    })?;
    Ok(Zeroizing::new(document.as_bytes().to_vec()))
}

fn from_pkcs8(pkcs8: &[u8], algorithm: KeyAlgorithm) -> Result<KeyPair, PkiError> {
    let der = rustls_pki_types::PrivatePkcs8KeyDer::from(pkcs8);
    KeyPair::from_pkcs8_der_and_sign_algo(&der, algorithm.signature_algorithm())
        .map_err(|_| PkiError::Damaged(format!("{} private key", algorithm.as_str())))
}

fn row(id: i64, algorithm: KeyAlgorithm) -> [String; 3] {
    ["pki_keys".into(), id.to_string(), algorithm.as_str().into()]
}

/// Seals `key` into a new `pki_keys` row and returns its id.
pub(crate) fn insert(
    tx: &WriteTx<'_>,
    key: &KeyPair,
    algorithm: KeyAlgorithm,
) -> Result<i64, PkiError> {
    let id: i64 = tx.query_row("SELECT coalesce(max(id), 0) + 1 FROM pki_keys", [], |r| {
        r.get(0)
    })?;
    let row = row(id, algorithm);
    let pkcs8 = Zeroizing::new(key.serialize_der());
    let sealed = tx.seal(&[&row[0], &row[1], &row[2]], &pkcs8);
    tx.execute(
        "INSERT INTO pki_keys (id, algorithm, sealed, created) VALUES (?1, ?2, ?3, ?4)",
        params![id, algorithm.as_str(), sealed, now_rfc3339()],
    )?;
    Ok(id)
}

/// Opens the key in row `id`; `label` names its owner in errors.
pub(crate) fn load(tx: &WriteTx<'_>, id: i64, label: &str) -> Result<Key, PkiError> {
    let (name, sealed): (String, Vec<u8>) = tx
        .query_row(
            "SELECT algorithm, sealed FROM pki_keys WHERE id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?
        .ok_or_else(|| PkiError::Damaged(format!("private key of {label}")))?;
    let algorithm = KeyAlgorithm::parse(&name)
        .ok_or_else(|| PkiError::Damaged(format!("key algorithm of {label}")))?;
    let row = row(id, algorithm);
    let pkcs8 = tx.open(
        &[&row[0], &row[1], &row[2]],
        &sealed,
        &format!("private key of {label}"),
    )?;
    Ok(Zeroizing::new(from_pkcs8(&pkcs8, algorithm)?))
}

/// Returns the algorithm of the key in row `id`.
pub(crate) fn algorithm(conn: &rusqlite::Connection, id: i64) -> Result<KeyAlgorithm, PkiError> {
    let name: String =
        conn.query_row("SELECT algorithm FROM pki_keys WHERE id = ?1", [id], |r| {
            r.get(0)
        })?;
    KeyAlgorithm::parse(&name)
        .ok_or_else(|| PkiError::Damaged(format!("key algorithm of key {id}")))
}
