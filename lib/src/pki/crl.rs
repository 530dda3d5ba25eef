//! Certificate revocation lists.

use rcgen::{CertificateRevocationListParams, KeyIdMethod, RevokedCertParams, SerialNumber};
use rusqlite::params;
use serde::Serialize;
use time::OffsetDateTime;

use super::build::{self, parse_rfc3339, rfc3339};
use super::records::{CaRow, CertRow};
use super::serial::Serial;
use super::{Pki, PkiError};
use crate::audit::AuditEvent;
use crate::store::WriteTx;

/// Time from a CRL's thisUpdate to its nextUpdate.
pub const CRL_LIFETIME: time::Duration = time::Duration::days(15);

/// Encoding of a written CRL.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum CrlFormat {
    /// DER, as strongSwan's `x509crl/` directory and most tools read it.
    Der,
    /// PEM (`-----BEGIN X509 CRL-----`).
    Pem,
}

/// Reasons a certificate can be revoked for (RFC 5280 section 5.3.1), less
/// the ones for attribute authorities and holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum RevocationReason {
    /// No reason given.
    Unspecified,
    /// The private key was or may have been disclosed.
    KeyCompromise,
    /// The CA key was or may have been disclosed.
    CaCompromise,
    /// The subject's name or affiliation changed.
    AffiliationChanged,
    /// A newer certificate replaces it.
    Superseded,
    /// The host is no longer in service.
    CessationOfOperation,
    /// The subject may no longer use it.
    PrivilegeWithdrawn,
}

impl RevocationReason {
    /// All reasons, in the order help texts list them.
    pub const ALL: [RevocationReason; 7] = [
        RevocationReason::Unspecified,
        RevocationReason::KeyCompromise,
        RevocationReason::CaCompromise,
        RevocationReason::AffiliationChanged,
        RevocationReason::Superseded,
        RevocationReason::CessationOfOperation,
        RevocationReason::PrivilegeWithdrawn,
    ];

    /// Returns the name used on the command line and in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            RevocationReason::Unspecified => "unspecified",
            RevocationReason::KeyCompromise => "key-compromise",
            RevocationReason::CaCompromise => "ca-compromise",
            RevocationReason::AffiliationChanged => "affiliation-changed",
            RevocationReason::Superseded => "superseded",
            RevocationReason::CessationOfOperation => "cessation-of-operation",
            RevocationReason::PrivilegeWithdrawn => "privilege-withdrawn",
        }
    }

    /// Parses a name from [`RevocationReason::as_str`].
    pub fn parse(name: &str) -> Option<RevocationReason> {
        Self::ALL.into_iter().find(|r| r.as_str() == name)
    }

    fn code(self) -> rcgen::RevocationReason {
        match self {
            RevocationReason::Unspecified => rcgen::RevocationReason::Unspecified,
            RevocationReason::KeyCompromise => rcgen::RevocationReason::KeyCompromise,
            RevocationReason::CaCompromise => rcgen::RevocationReason::CaCompromise,
            RevocationReason::AffiliationChanged => rcgen::RevocationReason::AffiliationChanged,
            RevocationReason::Superseded => rcgen::RevocationReason::Superseded,
            RevocationReason::CessationOfOperation => rcgen::RevocationReason::CessationOfOperation,
            RevocationReason::PrivilegeWithdrawn => rcgen::RevocationReason::PrivilegeWithdrawn,
        }
    }
}

/// Result of `ca crl`.
#[derive(Debug, Clone, Serialize)]
pub struct CrlOutcome {
    /// False when the stored CRL was returned unchanged.
    pub changed: bool,
    /// The CRL number.
    pub crl_number: i64,
    /// nextUpdate, RFC 3339.
    pub next_update: String,
    /// Number of revoked certificates listed.
    pub revoked: usize,
    /// The CRL in DER.
    #[serde(skip)]
    pub der: Vec<u8>,
}

impl CrlOutcome {
    /// Returns the CRL encoded as `format`.
    pub fn encode(&self, format: CrlFormat) -> Vec<u8> {
        match format {
            CrlFormat::Der => self.der.clone(),
            CrlFormat::Pem => build::pem("X509 CRL", &self.der).into_bytes(),
        }
    }
}

impl Pki<'_> {
    /// Signs a new CRL with every revoked certificate, expired ones included.
    ///
    /// With `renew_if_within`, the stored CRL is returned unchanged when no
    /// revocation happened since it was made and its nextUpdate is further
    /// away than that.
    pub fn crl(&mut self, renew_if_within: Option<time::Duration>) -> Result<CrlOutcome, PkiError> {
        let now = self.clock();
        self.store().write(|tx| {
            let ca = CaRow::load(tx)?.ok_or(PkiError::NoCa)?;
            if let Some(window) = renew_if_within
                && let Some(stored) = current_crl(tx, &ca, now, window)?
            {
                return Ok(stored);
            }
            make_crl(tx, &ca, now)
        })
    }

    /// Returns the latest stored CRL without signing a new one, if there is one.
    pub fn latest_crl(&self) -> Result<Option<Vec<u8>>, PkiError> {
        let ca = CaRow::load(self.store.conn())?.ok_or(PkiError::NoCa)?;
        Ok(ca.crl_der)
    }
}

/// Returns the stored CRL when it is still current.
fn current_crl(
    tx: &WriteTx<'_>,
    ca: &CaRow,
    now: OffsetDateTime,
    window: time::Duration,
) -> Result<Option<CrlOutcome>, PkiError> {
    let (Some(der), Some(next_update)) = (&ca.crl_der, &ca.crl_next_update) else {
        return Ok(None);
    };
    if ca.crl_stale
        || parse_rfc3339(next_update)? <= build::checked_add(now, window, "--renew-if-within")?
    {
        return Ok(None);
    }
    Ok(Some(CrlOutcome {
        changed: false,
        crl_number: ca.crl_number,
        next_update: next_update.clone(),
        revoked: CertRow::revoked(tx)?.len(),
        der: der.clone(),
    }))
}

fn make_crl(tx: &WriteTx<'_>, ca: &CaRow, now: OffsetDateTime) -> Result<CrlOutcome, PkiError> {
    let revoked = revoked_entries(tx)?;
    let number = ca.crl_number + 1;
    let ca_cert = build::parse_certificate(&ca.cert_der, "CA certificate")?;
    let key_id = subject_key_id(&ca_cert)?;
    let params = CertificateRevocationListParams {
        this_update: now,
        next_update: now + CRL_LIFETIME,
        crl_number: SerialNumber::from_slice(&number.to_be_bytes()),
        issuing_distribution_point: None,
        revoked_certs: revoked,
        key_identifier_method: KeyIdMethod::PreSpecified(key_id),
    };

    let key = ca.key(tx)?;
    let issuer = ca.issuer(&key)?;
    let crl = params
        .signed_by(&issuer)
        .map_err(|e| PkiError::signing("CRL", e))?;
    let der = crl.der().to_vec();

    let next_update = rfc3339(params.next_update);
    tx.execute(
        "UPDATE pki_ca SET crl_number = ?1, crl_der = ?2, crl_next_update = ?3, crl_stale = 0 WHERE id = 1",
        params![number, der, next_update],
    )?;
    let count = params.revoked_certs.len();
    tx.audit(
        &AuditEvent::new("ca.crl", &format!("ca/{}", ca.name)).with_detail(serde_json::json!({
            "crl_number": number, "revoked": count, "next_update": next_update,
        })),
    )?;
    Ok(CrlOutcome {
        changed: true,
        crl_number: number,
        next_update,
        revoked: count,
        der,
    })
}

fn revoked_entries(tx: &WriteTx<'_>) -> Result<Vec<RevokedCertParams>, PkiError> {
    let mut entries = Vec::new();
    for row in CertRow::revoked(tx)? {
        let serial = Serial::parse_hex(&row.serial)
            .ok_or_else(|| PkiError::Damaged(format!("serial \"{}\"", row.serial)))?;
        let time = parse_rfc3339(row.revoked.as_deref().unwrap_or_default())?;
        let reason = row
            .revocation_reason
            .as_deref()
            .and_then(RevocationReason::parse)
            .unwrap_or(RevocationReason::Unspecified);
        entries.push(RevokedCertParams {
            serial_number: SerialNumber::from_slice(&serial.der_content()),
            revocation_time: time,
            // RFC 5280 section 5.3.1: the reason code SHOULD be absent instead of unspecified (0).
            reason_code: (reason != RevocationReason::Unspecified).then(|| reason.code()),
            invalidity_date: None,
        });
    }
    Ok(entries)
}

/// Returns the CA's subject key identifier, which the CRL's authority key
/// identifier must repeat.
fn subject_key_id(
    cert: &x509_parser::certificate::X509Certificate<'_>,
) -> Result<Vec<u8>, PkiError> {
    use x509_parser::extensions::ParsedExtension;

    cert.extensions()
        .iter()
        .find_map(|ext| match ext.parsed_extension() {
            ParsedExtension::SubjectKeyIdentifier(id) => Some(id.0.to_vec()),
            _ => None,
        })
        .ok_or_else(|| PkiError::Damaged("CA subject key identifier".into()))
}
