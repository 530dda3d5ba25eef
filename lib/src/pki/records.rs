//! Rows of `pki_ca` and `pki_certs`, and the views shown to callers.

use rusqlite::{Connection, OptionalExtension, Row, params};
use serde::Serialize;
use time::OffsetDateTime;

use super::build::{self, fingerprint, parse_certificate, parse_rfc3339, rfc3339, to_offset};
use super::keys::{self, Key, KeyAlgorithm};
use super::san::{SanOptions, SubjectAltNames};
use super::serial::Serial;
use super::{IssueRequest, KeyAlgorithm as Algorithm, PkiError, Profile};
use crate::store::{WriteTx, now_rfc3339};

/// The CA as `ca init` and `ca show` report it.
#[derive(Debug, Clone, Serialize)]
pub struct CaInfo {
    /// Subject common name.
    pub name: String,
    /// Key algorithm.
    pub algorithm: KeyAlgorithm,
    /// Serial in upper-case hex.
    pub serial: String,
    /// Subject distinguished name.
    pub subject: String,
    /// NotBefore, RFC 3339.
    pub not_before: String,
    /// NotAfter, RFC 3339.
    pub not_after: String,
    /// SHA-256 fingerprint of the DER certificate.
    pub fingerprint_sha256: String,
    /// Number of the latest CRL, 0 before the first.
    pub crl_number: i64,
}

/// State of a certificate at a given time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// Within its validity and not revoked.
    Valid,
    /// Past NotAfter and not revoked.
    Expired,
    /// Revoked (whether or not it has expired since).
    Revoked,
}

impl Status {
    /// Returns the name shown in lists.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Valid => "valid",
            Status::Expired => "expired",
            Status::Revoked => "revoked",
        }
    }
}

/// A certificate as `ca list` and `ca show` report it.
#[derive(Debug, Clone, Serialize)]
pub struct CertificateInfo {
    /// Serial in upper-case hex.
    pub serial: String,
    /// Name in the store.
    pub name: String,
    /// Profile it was issued with.
    pub profile: String,
    /// Subject alternative names: DNS names, then IP addresses.
    pub sans: Vec<String>,
    /// Subject distinguished name.
    pub subject: String,
    /// Issuer distinguished name.
    pub issuer: String,
    /// NotBefore, RFC 3339.
    pub not_before: String,
    /// NotAfter, RFC 3339.
    pub not_after: String,
    /// Status now.
    pub status: Status,
    /// Revocation time, RFC 3339.
    pub revoked: Option<String>,
    /// Revocation reason.
    pub revocation_reason: Option<String>,
    /// Algorithm of the key, when the key is in the store.
    pub key_algorithm: Option<KeyAlgorithm>,
    /// Whether the private key is in the store (false for a certificate signed from a request).
    pub key_in_store: bool,
    /// When it was issued, RFC 3339.
    pub issued: String,
    /// SHA-256 fingerprint of the DER certificate.
    pub fingerprint_sha256: String,
}

/// The `pki_ca` row.
pub(crate) struct CaRow {
    pub name: String,
    pub key_id: i64,
    pub cert_der: Vec<u8>,
    pub crl_number: i64,
    pub crl_der: Option<Vec<u8>>,
    pub crl_next_update: Option<String>,
    pub crl_stale: bool,
}

impl CaRow {
    pub fn load(conn: &Connection) -> Result<Option<CaRow>, PkiError> {
        Ok(conn
            .query_row(
                "SELECT name, key_id, cert_der, crl_number, crl_der, crl_next_update, crl_stale
                 FROM pki_ca WHERE id = 1",
                [],
                |r| {
                    Ok(CaRow {
                        name: r.get(0)?,
                        key_id: r.get(1)?,
                        cert_der: r.get(2)?,
                        crl_number: r.get(3)?,
                        crl_der: r.get(4)?,
                        crl_next_update: r.get(5)?,
                        crl_stale: r.get::<_, i64>(6)? != 0,
                    })
                },
            )
            .optional()?)
    }

    pub fn insert(
        tx: &WriteTx<'_>,
        name: &str,
        key_id: i64,
        cert_der: &[u8],
    ) -> Result<CaRow, PkiError> {
        tx.execute(
            "INSERT INTO pki_ca (id, name, key_id, cert_der, created) VALUES (1, ?1, ?2, ?3, ?4)",
            params![name, key_id, cert_der, now_rfc3339()],
        )?;
        Ok(CaRow::load(tx)?.expect("the row was just inserted"))
    }

    pub fn key(&self, tx: &WriteTx<'_>) -> Result<Key, PkiError> {
        keys::load(tx, self.key_id, "the CA")
    }

    pub fn issuer<'k>(
        &self,
        key: &'k rcgen::KeyPair,
    ) -> Result<rcgen::Issuer<'static, &'k rcgen::KeyPair>, PkiError> {
        rcgen::Issuer::from_ca_cert_der(&self.cert_der.as_slice().into(), key)
            .map_err(|_| PkiError::Damaged("CA certificate".into()))
    }

    pub fn not_after(&self) -> Result<OffsetDateTime, PkiError> {
        let cert = parse_certificate(&self.cert_der, "CA certificate")?;
        Ok(to_offset(cert.validity().not_after))
    }

    pub fn info(&self) -> Result<CaInfo, PkiError> {
        // The algorithm comes from the certificate's public key, so the
        // sealed key is not opened.
        let cert = parse_certificate(&self.cert_der, "CA certificate")?;
        let serial = Serial::from_der_content(cert.raw_serial())
            .ok_or_else(|| PkiError::Damaged("CA certificate serial".into()))?;
        Ok(CaInfo {
            name: self.name.clone(),
            algorithm: algorithm_of(&cert)?,
            serial: serial.to_string(),
            subject: cert.subject().to_string(),
            not_before: rfc3339(to_offset(cert.validity().not_before)),
            not_after: rfc3339(to_offset(cert.validity().not_after)),
            fingerprint_sha256: fingerprint(&self.cert_der),
            crl_number: self.crl_number,
        })
    }
}

fn algorithm_of(
    cert: &x509_parser::certificate::X509Certificate<'_>,
) -> Result<Algorithm, PkiError> {
    use x509_parser::oid_registry::{
        OID_KEY_TYPE_EC_PUBLIC_KEY, OID_PKCS1_RSAENCRYPTION, OID_SIG_ED25519,
    };

    let oid = &cert.public_key().algorithm.algorithm;
    if *oid == OID_KEY_TYPE_EC_PUBLIC_KEY {
        Ok(Algorithm::EcdsaP256)
    } else if *oid == OID_SIG_ED25519 {
        Ok(Algorithm::Ed25519)
    } else if *oid == OID_PKCS1_RSAENCRYPTION {
        Ok(Algorithm::Rsa3072)
    } else {
        Err(PkiError::Damaged(format!("key algorithm {oid}")))
    }
}

/// One `pki_certs` row.
#[derive(Debug, Clone)]
pub(crate) struct CertRow {
    pub serial: String,
    pub name: String,
    pub profile: String,
    pub sans_json: String,
    pub key_id: Option<i64>,
    pub not_before: String,
    pub not_after: String,
    pub cert_der: Vec<u8>,
    pub issued: String,
    pub revoked: Option<String>,
    pub revocation_reason: Option<String>,
}

const CERT_COLUMNS: &str = "serial, name, profile, sans, key_id, not_before, not_after, cert_der, issued, revoked, revocation_reason";

impl CertRow {
    fn from_row(r: &Row<'_>) -> rusqlite::Result<CertRow> {
        Ok(CertRow {
            serial: r.get(0)?,
            name: r.get(1)?,
            profile: r.get(2)?,
            sans_json: r.get(3)?,
            key_id: r.get(4)?,
            not_before: r.get(5)?,
            not_after: r.get(6)?,
            cert_der: r.get(7)?,
            issued: r.get(8)?,
            revoked: r.get(9)?,
            revocation_reason: r.get(10)?,
        })
    }

    pub fn insert(
        tx: &WriteTx<'_>,
        serial: &Serial,
        request: &IssueRequest,
        sans: &SubjectAltNames,
        key_id: Option<i64>,
        cert_der: &[u8],
    ) -> Result<CertRow, PkiError> {
        let cert = parse_certificate(cert_der, "new certificate")?;
        let sans_json = serde_json::to_string(sans).expect("names serialise");
        tx.execute(
            &format!(
                "INSERT INTO pki_certs ({CERT_COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, NULL, NULL)"
            ),
            params![
                serial.to_string(),
                request.name,
                request.profile.as_str(),
                sans_json,
                key_id,
                rfc3339(to_offset(cert.validity().not_before)),
                rfc3339(to_offset(cert.validity().not_after)),
                cert_der,
                now_rfc3339(),
            ],
        )?;
        Ok(CertRow::by_serial(tx, &serial.to_string())?.expect("the row was just inserted"))
    }

    pub fn by_serial(conn: &Connection, serial: &str) -> Result<Option<CertRow>, PkiError> {
        Ok(conn
            .query_row(
                &format!("SELECT {CERT_COLUMNS} FROM pki_certs WHERE serial = ?1"),
                [serial],
                CertRow::from_row,
            )
            .optional()?)
    }

    /// Returns the newest certificate named `name`.
    pub fn newest_by_name(conn: &Connection, name: &str) -> Result<Option<CertRow>, PkiError> {
        Ok(conn
            .query_row(
                &format!(
                    "SELECT {CERT_COLUMNS} FROM pki_certs WHERE name = ?1 ORDER BY rowid DESC LIMIT 1"
                ),
                [name],
                CertRow::from_row,
            )
            .optional()?)
    }

    /// Finds a certificate by serial (hex, any case, `:` allowed), else by name.
    pub fn find(conn: &Connection, name_or_serial: &str) -> Result<Option<CertRow>, PkiError> {
        if let Some(serial) = Serial::parse_hex(name_or_serial)
            && let Some(row) = CertRow::by_serial(conn, &serial.to_string())?
        {
            return Ok(Some(row));
        }
        CertRow::newest_by_name(conn, name_or_serial)
    }

    pub fn all(conn: &Connection) -> Result<Vec<CertRow>, PkiError> {
        let mut stmt = conn.prepare(&format!(
            "SELECT {CERT_COLUMNS} FROM pki_certs ORDER BY rowid DESC"
        ))?;
        let rows = stmt.query_map([], CertRow::from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Returns every revoked certificate, expired ones included.
    pub fn revoked(conn: &Connection) -> Result<Vec<CertRow>, PkiError> {
        let mut stmt = conn.prepare(&format!(
            "SELECT {CERT_COLUMNS} FROM pki_certs WHERE revoked IS NOT NULL ORDER BY rowid"
        ))?;
        let rows = stmt.query_map([], CertRow::from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    pub fn not_after_time(&self) -> Result<OffsetDateTime, PkiError> {
        parse_rfc3339(&self.not_after)
    }

    pub fn status(&self, now: OffsetDateTime) -> Status {
        if self.revoked.is_some() {
            Status::Revoked
        } else if self.not_after_time().is_ok_and(|t| t < now) {
            Status::Expired
        } else {
            Status::Valid
        }
    }

    pub fn sans(&self) -> Result<SubjectAltNames, PkiError> {
        serde_json::from_str(&self.sans_json)
            .map_err(|_| PkiError::Damaged(format!("names of certificate \"{}\"", self.name)))
    }

    pub fn profile(&self) -> Result<Profile, PkiError> {
        Profile::parse(&self.profile)
            .ok_or_else(|| PkiError::Damaged(format!("profile of certificate \"{}\"", self.name)))
    }

    /// Builds the request that renews this certificate; only the name and
    /// profile of it are used.
    pub fn renewal_request(&self) -> Result<IssueRequest, PkiError> {
        Ok(IssueRequest {
            name: self.name.clone(),
            profile: self.profile()?,
            sans: self.sans()?.texts(),
            san_options: SanOptions::default(),
            validity: time::Duration::ZERO,
            backdate: time::Duration::ZERO,
            algorithm: Algorithm::EcdsaP256,
            csr: None,
            if_missing: false,
        })
    }

    pub fn info(
        &self,
        now: OffsetDateTime,
        conn: &Connection,
    ) -> Result<CertificateInfo, PkiError> {
        let label = format!("certificate \"{}\"", self.name);
        let cert = parse_certificate(&self.cert_der, &label)?;
        let key_algorithm = match self.key_id {
            Some(id) => Some(keys::algorithm(conn, id)?),
            None => None,
        };
        Ok(CertificateInfo {
            serial: self.serial.clone(),
            name: self.name.clone(),
            profile: self.profile.clone(),
            sans: self.sans()?.texts(),
            subject: cert.subject().to_string(),
            issuer: cert.issuer().to_string(),
            not_before: self.not_before.clone(),
            not_after: self.not_after.clone(),
            status: self.status(now),
            revoked: self.revoked.clone(),
            revocation_reason: self.revocation_reason.clone(),
            key_algorithm,
            key_in_store: self.key_id.is_some(),
            issued: self.issued.clone(),
            fingerprint_sha256: fingerprint(&self.cert_der),
        })
    }

    pub fn pem(&self) -> String {
        build::pem("CERTIFICATE", &self.cert_der)
    }
}

/// Returns whether a certificate with `serial` exists.
pub(crate) fn serial_exists(conn: &Connection, serial: &Serial) -> Result<bool, PkiError> {
    Ok(conn.query_row(
        "SELECT count(*) > 0 FROM pki_certs WHERE serial = ?1",
        [serial.to_string()],
        |r| r.get(0),
    )?)
}
