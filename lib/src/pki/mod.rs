//! The certificate authority that secures master-worker traffic: a root CA
//! kept in the store, leaf certificates for strongSwan peers, revocation,
//! CRLs, renewal, and the files and configuration strongSwan reads.
//!
//! Every private key (the CA's and each leaf's) is stored only sealed under
//! the data key. Certificates, serials and revocation state are plain rows,
//! readable without unlocking. Every issue, revocation, renewal, CRL and
//! export appends an audit record in the same transaction.

mod build;
pub mod config;
mod crl;
mod error;
pub mod export;
mod keys;
mod records;
pub mod san;
pub mod serial;

use rusqlite::params;
use serde::Serialize;
use time::OffsetDateTime;

use crate::audit::AuditEvent;
use crate::store::{Store, WriteTx};
pub use crl::{CrlFormat, CrlOutcome, RevocationReason};
pub use error::PkiError;
pub use keys::KeyAlgorithm;
pub use records::{CaInfo, CertificateInfo, Status};
use records::{CaRow, CertRow};
use san::{SanOptions, SubjectAltNames};
use serial::Serial;

/// Default name (subject CN) of the CA, as MiCADO's Vault mount named it.
pub const DEFAULT_CA_NAME: &str = "micado";

/// The master's name in MiCADO.
pub const MASTER_NAME: &str = "masternode.micado";

/// The domain under which MiCADO names its workers.
pub const WORKER_DOMAIN: &str = "workernode.micado";

/// Maximum `--backdate` of a leaf. The CA's NotBefore lies this far before
/// its creation, so a leaf's backdated validity starts inside the CA's.
pub const MAX_BACKDATE: time::Duration = time::Duration::days(1);

/// How many times a colliding random serial is drawn again. With 128 random
/// bits a single collision is already improbable.
const SERIAL_ATTEMPTS: usize = 8;

/// Purpose of a leaf certificate, which sets its default names and extended key usages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Profile {
    /// The MiCADO master: `masternode.micado` unless names are given;
    /// serverAuth and clientAuth.
    Master,
    /// A MiCADO worker: `<random hex>.workernode.micado` unless names are
    /// given; serverAuth and clientAuth.
    Worker,
    /// A TLS server: serverAuth.
    Server,
    /// A TLS client: clientAuth.
    Client,
}

impl Profile {
    /// Returns the name used on the command line and in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            Profile::Master => "master",
            Profile::Worker => "worker",
            Profile::Server => "server",
            Profile::Client => "client",
        }
    }

    /// Parses a name from [`Profile::as_str`].
    pub fn parse(name: &str) -> Option<Profile> {
        [
            Profile::Master,
            Profile::Worker,
            Profile::Server,
            Profile::Client,
        ]
        .into_iter()
        .find(|p| p.as_str() == name)
    }

    /// Returns the names used when none are given, or `None` when the
    /// profile needs them.
    fn default_names(self, name: &str) -> Option<Vec<String>> {
        match self {
            Profile::Master => Some(vec![MASTER_NAME.into()]),
            Profile::Worker => Some(vec![format!(
                "{}.{WORKER_DOMAIN}",
                crate::crypto::random_hex(8)
            )]),
            Profile::Server | Profile::Client => Some(vec![name.to_string()]),
        }
    }
}

/// Settings of `ca init`.
#[derive(Debug, Clone)]
pub struct CaRequest {
    /// Subject common name of the CA.
    pub name: String,
    /// Key algorithm.
    pub algorithm: KeyAlgorithm,
    /// Time from now to NotAfter.
    pub validity: time::Duration,
    /// Whether an existing CA is returned unchanged instead of an error.
    pub if_missing: bool,
}

/// Result of `ca init`.
#[derive(Debug, Clone, Serialize)]
pub struct CaOutcome {
    /// False when the CA existed already.
    pub changed: bool,
    /// The CA.
    pub ca: CaInfo,
}

/// Settings of `ca issue`.
#[derive(Debug, Clone)]
pub struct IssueRequest {
    /// Name of the certificate in the store.
    pub name: String,
    /// Profile.
    pub profile: Profile,
    /// `--san` values; empty for the profile's defaults.
    pub sans: Vec<String>,
    /// Options for checking and writing SANs.
    pub san_options: SanOptions,
    /// Time from the issue time to NotAfter.
    pub validity: time::Duration,
    /// How far NotBefore lies before the issue time.
    pub backdate: time::Duration,
    /// Algorithm of a new key.
    pub algorithm: KeyAlgorithm,
    /// A PKCS#10 request (PEM or DER) whose key is certified instead of a
    /// new one, with the file name for errors.
    pub csr: Option<(Vec<u8>, String)>,
    /// Whether an existing valid certificate of this name is returned unchanged.
    pub if_missing: bool,
}

/// Result of `ca issue` and `ca renew`.
#[derive(Debug, Clone, Serialize)]
pub struct IssueOutcome {
    /// False when an existing certificate was returned.
    pub changed: bool,
    /// The certificate.
    pub certificate: CertificateInfo,
    /// Serial of the certificate that a renewal superseded and revoked.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub superseded: Option<String>,
}

/// Result of `ca revoke`.
#[derive(Debug, Clone, Serialize)]
pub struct RevokeOutcome {
    /// False when the certificate was revoked already.
    pub changed: bool,
    /// The certificate after the change.
    pub certificate: CertificateInfo,
}

/// Certificate functions over an open store.
pub struct Pki<'a> {
    store: &'a mut Store,
    now: Option<OffsetDateTime>,
}

impl<'a> Pki<'a> {
    /// Uses `store`; signing, revoking and exporting need it unlocked.
    pub fn new(store: &'a mut Store) -> Self {
        Pki { store, now: None }
    }

    /// Uses `now` as the current time instead of the system clock.
    pub fn at(mut self, now: OffsetDateTime) -> Self {
        self.now = Some(now);
        self
    }

    fn now(&self) -> OffsetDateTime {
        self.now.unwrap_or_else(OffsetDateTime::now_utc)
    }

    /// Creates the root CA.
    pub fn init(&mut self, request: &CaRequest) -> Result<CaOutcome, PkiError> {
        check_ca_name(&request.name)?;
        if request.validity <= time::Duration::ZERO {
            return Err(PkiError::invalid("--validity", "must be longer than zero"));
        }
        let now = self.now();
        if let Some(row) = CaRow::load(self.store.conn())? {
            if !request.if_missing {
                return Err(PkiError::CaExists(row.name));
            }
            return Ok(CaOutcome {
                changed: false,
                ca: row.info()?,
            });
        }
        // The key is made outside the transaction: RSA generation takes a
        // while and needs no lock.
        let key = keys::generate(request.algorithm)?;
        let serial = Serial::random();
        let params = build::ca_params(&request.name, &serial, now, request.validity)?;
        let cert = params
            .self_signed(&*key)
            .map_err(|e| PkiError::signing("CA certificate", e))?;
        self.store.write(|tx| {
            if let Some(row) = CaRow::load(tx)? {
                return Err(PkiError::CaExists(row.name));
            }
            let key_id = keys::insert(tx, &key, request.algorithm)?;
            let row = CaRow::insert(tx, &request.name, key_id, cert.der())?;
            tx.audit(
                &AuditEvent::new("ca.init", &format!("ca/{}", request.name)).with_detail(
                    serde_json::json!({
                        "serial": serial.to_string(),
                        "algorithm": request.algorithm.as_str(),
                    }),
                ),
            )?;
            Ok(CaOutcome {
                changed: true,
                ca: row.info()?,
            })
        })
    }

    /// Returns the CA; needs no unlock.
    pub fn ca(&self) -> Result<CaInfo, PkiError> {
        CaRow::load(self.store.conn())?
            .ok_or(PkiError::NoCa)?
            .info()
    }

    /// Returns the CA certificate in PEM; needs no unlock.
    pub fn ca_pem(&self) -> Result<String, PkiError> {
        let row = CaRow::load(self.store.conn())?.ok_or(PkiError::NoCa)?;
        Ok(build::pem("CERTIFICATE", &row.cert_der))
    }

    /// Issues a leaf certificate.
    pub fn issue(&mut self, request: &IssueRequest) -> Result<IssueOutcome, PkiError> {
        let now = self.now();
        let prepared = Prepared::new(request)?;
        self.store.write(|tx| issue_in(tx, &prepared, now))
    }

    /// Issues several certificates in one transaction: all are stored, or
    /// none when one fails. Keys are made before the transaction starts.
    pub fn issue_many(&mut self, requests: &[IssueRequest]) -> Result<Vec<IssueOutcome>, PkiError> {
        let now = self.now();
        let prepared = requests
            .iter()
            .map(Prepared::new)
            .collect::<Result<Vec<_>, _>>()?;
        self.store
            .write(|tx| prepared.iter().map(|one| issue_in(tx, one, now)).collect())
    }

    /// Lists certificates, newest first; with `expiring_within`, only valid
    /// ones whose NotAfter is that close. Needs no unlock.
    pub fn list(
        &self,
        expiring_within: Option<time::Duration>,
    ) -> Result<Vec<CertificateInfo>, PkiError> {
        let now = self.now();
        let horizon = expiring_within
            .map(|window| build::checked_add(now, window, "--expiring-within"))
            .transpose()?;
        let conn = self.store.conn();
        let mut out = Vec::new();
        for row in CertRow::all(conn)? {
            let expiring = match horizon {
                Some(horizon) => {
                    row.status(now) == Status::Valid && row.not_after_time()? <= horizon
                }
                None => true,
            };
            if expiring {
                out.push(row.info(now, conn)?);
            }
        }
        Ok(out)
    }

    /// Returns the certificate with this serial, or the newest one with this
    /// name. Needs no unlock.
    pub fn show(&self, name_or_serial: &str) -> Result<(CertificateInfo, String), PkiError> {
        let conn = self.store.conn();
        let row = CertRow::find(conn, name_or_serial)?
            .ok_or_else(|| PkiError::NotFound(name_or_serial.into()))?;
        let pem = build::pem("CERTIFICATE", &row.cert_der);
        Ok((row.info(self.now(), conn)?, pem))
    }

    /// Revokes a certificate. A certificate that is revoked already is
    /// returned with `changed: false`.
    pub fn revoke(
        &mut self,
        name_or_serial: &str,
        reason: RevocationReason,
    ) -> Result<RevokeOutcome, PkiError> {
        let now = self.now();
        self.store.write(|tx| {
            CaRow::load(tx)?.ok_or(PkiError::NoCa)?;
            let row = CertRow::find(tx, name_or_serial)?
                .ok_or_else(|| PkiError::NotFound(name_or_serial.into()))?;
            if row.revoked.is_some() {
                return Ok(RevokeOutcome {
                    changed: false,
                    certificate: row.info(now, tx)?,
                });
            }
            revoke_in(tx, &row, reason, now)?;
            let row = CertRow::by_serial(tx, &row.serial)?.expect("the row was just updated");
            Ok(RevokeOutcome {
                changed: true,
                certificate: row.info(now, tx)?,
            })
        })
    }

    /// Issues a new certificate for `name` with the same names and profile,
    /// and revokes the one it replaces with reason superseded.
    ///
    /// With `if_expires_within`, a valid certificate that expires later than
    /// that is returned with `changed: false`. The key is kept unless `rekey`.
    pub fn renew(
        &mut self,
        name: &str,
        if_expires_within: Option<time::Duration>,
        rekey: bool,
        validity: time::Duration,
        backdate: time::Duration,
    ) -> Result<IssueOutcome, PkiError> {
        let now = self.now();
        let validity = checked_validity(validity, backdate)?;
        let horizon = if_expires_within
            .map(|window| build::checked_add(now, window, "--if-expires-within"))
            .transpose()?;
        let current = CertRow::newest_by_name(self.store.conn(), name)?
            .ok_or_else(|| PkiError::NotFound(name.into()))?;
        let new_key = match (rekey, current.key_id) {
            (_, None) => return Err(PkiError::NoPrivateKey(name.into())),
            (true, Some(id)) => Some(keys::generate(keys::algorithm(self.store.conn(), id)?)?),
            (false, Some(_)) => None,
        };
        self.store.write(|tx| {
            let ca = CaRow::load(tx)?.ok_or(PkiError::NoCa)?;
            let current = CertRow::newest_by_name(tx, name)?
                .ok_or_else(|| PkiError::NotFound(name.into()))?;
            if let Some(horizon) = horizon
                && current.status(now) == Status::Valid
                && current.not_after_time()? > horizon
            {
                audit_renew(tx, &current, None, "unchanged")?;
                return Ok(IssueOutcome {
                    changed: false,
                    certificate: current.info(now, tx)?,
                    superseded: None,
                });
            }
            // A revoked certificate's key may be compromised, and keeping it
            // would also bring back a host that was taken out of service.
            if let Some(reason) = &current.revocation_reason
                && !rekey
            {
                return Err(PkiError::invalid(
                    format!("certificate \"{name}\""),
                    format!(
                        "is revoked ({reason}), so its key is not certified again; \
                         add --rekey to renew it with a new key"
                    ),
                ));
            }
            let old_key_id = current
                .key_id
                .ok_or_else(|| PkiError::NoPrivateKey(name.into()))?;
            let (key, key_id) = match &new_key {
                Some(key) => {
                    let algorithm = keys::algorithm(tx, old_key_id)?;
                    (None, keys::insert(tx, key, algorithm)?)
                }
                None => (
                    Some(keys::load(
                        tx,
                        old_key_id,
                        &format!("certificate \"{name}\""),
                    )?),
                    old_key_id,
                ),
            };
            let key = key.as_ref().or(new_key.as_ref()).expect("one key is set");
            let request = current.renewal_request()?;
            let signer = Signer {
                ca: &ca,
                now,
                validity,
            };
            let row = signer.sign_key(tx, &request, &current.sans()?, key, Some(key_id))?;
            let superseded = if current.revoked.is_none() {
                revoke_in(tx, &current, RevocationReason::Superseded, now)?;
                Some(current.serial.clone())
            } else {
                None
            };
            audit_renew(tx, &row, Some(&current.serial), "success")?;
            Ok(IssueOutcome {
                changed: true,
                certificate: row.info(now, tx)?,
                superseded,
            })
        })
    }

    pub(crate) fn store(&mut self) -> &mut Store {
        self.store
    }

    pub(crate) fn clock(&self) -> OffsetDateTime {
        self.now()
    }
}

/// A checked issue request with its names, its new key or its parsed CSR.
struct Prepared<'r> {
    request: &'r IssueRequest,
    sans: SubjectAltNames,
    validity: (time::Duration, time::Duration),
    key: Option<keys::Key>,
    csr: Option<build::Csr>,
}

impl<'r> Prepared<'r> {
    fn new(request: &'r IssueRequest) -> Result<Prepared<'r>, PkiError> {
        check_cert_name(&request.name)?;
        let csr = match &request.csr {
            Some((data, label)) => Some(build::parse_csr(data, label)?),
            None => None,
        };
        let sans = requested_sans(request, csr.as_ref())?;
        let validity = checked_validity(request.validity, request.backdate)?;
        let key = match csr {
            Some(_) => None,
            None => Some(keys::generate(request.algorithm)?),
        };
        Ok(Prepared {
            request,
            sans,
            validity,
            key,
            csr,
        })
    }
}

/// Signs one prepared request, or returns the valid certificate of that
/// name when the request allows it.
fn issue_in(
    tx: &WriteTx<'_>,
    prepared: &Prepared<'_>,
    now: OffsetDateTime,
) -> Result<IssueOutcome, PkiError> {
    let request = prepared.request;
    let ca = CaRow::load(tx)?.ok_or(PkiError::NoCa)?;
    if let Some(existing) = CertRow::newest_by_name(tx, &request.name)?
        && existing.status(now) == Status::Valid
    {
        if !request.if_missing {
            return Err(PkiError::CertificateExists {
                name: existing.name.clone(),
                serial: existing.serial.clone(),
                not_after: existing.not_after.clone(),
            });
        }
        audit_issue(tx, &existing, "unchanged")?;
        return Ok(IssueOutcome {
            changed: false,
            certificate: existing.info(now, tx)?,
            superseded: None,
        });
    }

    let signer = Signer {
        ca: &ca,
        now,
        validity: prepared.validity,
    };
    let row = match (&prepared.key, &prepared.csr) {
        (Some(key), _) => {
            let key_id = keys::insert(tx, key, request.algorithm)?;
            signer.sign_key(tx, request, &prepared.sans, key, Some(key_id))?
        }
        (None, Some(csr)) => signer.sign_csr(tx, request, &prepared.sans, csr)?,
        (None, None) => unreachable!("a key is generated when no request is given"),
    };
    audit_issue(tx, &row, "success")?;
    Ok(IssueOutcome {
        changed: true,
        certificate: row.info(now, tx)?,
        superseded: None,
    })
}

/// Signs leaf certificates with the CA key.
struct Signer<'c> {
    ca: &'c CaRow,
    now: OffsetDateTime,
    validity: (time::Duration, time::Duration),
}

impl Signer<'_> {
    fn sign_key(
        &self,
        tx: &WriteTx<'_>,
        request: &IssueRequest,
        sans: &SubjectAltNames,
        key: &rcgen::KeyPair,
        key_id: Option<i64>,
    ) -> Result<CertRow, PkiError> {
        let ca_key = self.ca.key(tx)?;
        let issuer = self.ca.issuer(&ca_key)?;
        let (serial, params) = self.params(tx, request, sans)?;
        let cert = params
            .signed_by(key, &issuer)
            .map_err(|e| PkiError::signing("certificate", e))?;
        CertRow::insert(tx, &serial, request, sans, key_id, cert.der())
    }

    fn sign_csr(
        &self,
        tx: &WriteTx<'_>,
        request: &IssueRequest,
        sans: &SubjectAltNames,
        csr: &build::Csr,
    ) -> Result<CertRow, PkiError> {
        let ca_key = self.ca.key(tx)?;
        let issuer = self.ca.issuer(&ca_key)?;
        let (serial, params) = self.params(tx, request, sans)?;
        // Only the request's public key is used: names, usages and validity
        // come from this CA's checks and profile, never from the request.
        let cert = params
            .signed_by(&csr.public_key, &issuer)
            .map_err(|e| PkiError::signing("certificate", e))?;
        CertRow::insert(tx, &serial, request, sans, None, cert.der())
    }

    fn params(
        &self,
        tx: &WriteTx<'_>,
        request: &IssueRequest,
        sans: &SubjectAltNames,
    ) -> Result<(Serial, rcgen::CertificateParams), PkiError> {
        let ca_not_after = self.ca.not_after()?;
        if build::checked_add(self.now, self.validity.0, "--validity")? > ca_not_after {
            return Err(PkiError::invalid(
                "--validity",
                format!(
                    "the certificate would outlive the CA, which is valid until {}; give a shorter --validity",
                    build::rfc3339(ca_not_after)
                ),
            ));
        }
        let serial = unused_serial(tx)?;
        let validity = build::Validity {
            now: self.now,
            length: self.validity.0,
            backdate: self.validity.1,
        };
        let params = build::leaf_params(sans, request.profile, &serial, validity)?;
        Ok((serial, params))
    }
}

/// Draws random serials until one is not in the database.
fn unused_serial(conn: &rusqlite::Connection) -> Result<Serial, PkiError> {
    for _ in 0..SERIAL_ATTEMPTS {
        let serial = Serial::random();
        if !records::serial_exists(conn, &serial)? {
            return Ok(serial);
        }
    }
    Err(PkiError::Signing {
        what: "serial number",
        message: format!("{SERIAL_ATTEMPTS} random serials were all in use"),
    })
}

fn revoke_in(
    tx: &WriteTx<'_>,
    row: &CertRow,
    reason: RevocationReason,
    now: OffsetDateTime,
) -> Result<(), PkiError> {
    tx.execute(
        "UPDATE pki_certs SET revoked = ?1, revocation_reason = ?2 WHERE serial = ?3",
        params![build::rfc3339(now), reason.as_str(), row.serial],
    )?;
    tx.execute("UPDATE pki_ca SET crl_stale = 1", [])?;
    tx.audit(
        &AuditEvent::new("ca.revoke", &object(&row.name)).with_detail(serde_json::json!({
            "serial": row.serial, "reason": reason.as_str(),
        })),
    )?;
    Ok(())
}

fn audit_issue(tx: &WriteTx<'_>, row: &CertRow, outcome: &str) -> Result<(), PkiError> {
    tx.audit(
        &AuditEvent::new("ca.issue", &object(&row.name))
            .with_outcome(outcome)
            .with_detail(serde_json::json!({
                "serial": row.serial, "profile": row.profile, "not_after": row.not_after,
                "from_request": row.key_id.is_none(),
            })),
    )?;
    Ok(())
}

fn audit_renew(
    tx: &WriteTx<'_>,
    row: &CertRow,
    superseded: Option<&str>,
    outcome: &str,
) -> Result<(), PkiError> {
    tx.audit(
        &AuditEvent::new("ca.renew", &object(&row.name))
            .with_outcome(outcome)
            .with_detail(serde_json::json!({
                "serial": row.serial, "superseded": superseded, "not_after": row.not_after,
            })),
    )?;
    Ok(())
}

/// Returns the audit object of a certificate.
fn object(name: &str) -> String {
    format!("certificate/{name}")
}

/// Returns the checked names of a new certificate: `--san` values, else the
/// request's names, else the profile's defaults.
fn requested_sans(
    request: &IssueRequest,
    csr: Option<&build::Csr>,
) -> Result<SubjectAltNames, PkiError> {
    if !request.sans.is_empty() {
        return SubjectAltNames::parse(&request.sans, request.san_options);
    }

    // A name taken from the request or from NAME is reported with where it
    // came from, since the user gave no --san.
    let (values, label, hint) = match csr.map(csr_names) {
        Some(names) if !names.is_empty() => {
            let file = request.csr.as_ref().map_or("", |(_, file)| file.as_str());
            (
                names,
                format!("{file}: subject alternative name"),
                "give valid names with --san".to_string(),
            )
        }
        _ => (
            request
                .profile
                .default_names(&request.name)
                .unwrap_or_default(),
            "default DNS name".to_string(),
            format!(
                "NAME is the DNS name of profile {} when no --san is given, so give valid names with --san",
                request.profile.as_str()
            ),
        ),
    };
    SubjectAltNames::parse_labelled(&values, request.san_options, &label).map_err(|e| match e {
        PkiError::Invalid { subject, message } => {
            PkiError::invalid(subject, format!("{message}; {hint}"))
        }
        other => other,
    })
}

fn csr_names(csr: &build::Csr) -> Vec<String> {
    csr.params
        .params
        .subject_alt_names
        .iter()
        .filter_map(|san| match san {
            rcgen::SanType::DnsName(name) => Some(name.as_str().to_string()),
            rcgen::SanType::IpAddress(ip) => Some(ip.to_string()),
            _ => None,
        })
        .collect()
}

fn checked_validity(
    length: time::Duration,
    backdate: time::Duration,
) -> Result<(time::Duration, time::Duration), PkiError> {
    if length <= time::Duration::ZERO {
        return Err(PkiError::invalid("--validity", "must be longer than zero"));
    }
    if backdate < time::Duration::ZERO || backdate > MAX_BACKDATE {
        return Err(PkiError::invalid(
            "--backdate",
            "must be between 0 and 1 day; it only covers clocks that lag",
        ));
    }
    Ok((length, backdate))
}

fn check_cert_name(name: &str) -> Result<(), PkiError> {
    crate::names::check_name(name).map_err(|m| {
        PkiError::invalid(format!("certificate name \"{}\"", name.escape_debug()), m)
    })?;
    if Serial::parse_hex(name).is_some() && name.len() >= 2 * serial::RANDOM_BYTES {
        return Err(PkiError::invalid(
            format!("certificate name \"{name}\""),
            "the name looks like a serial number, which `ca show` and `ca revoke` also accept; choose another name",
        ));
    }
    Ok(())
}

fn check_ca_name(name: &str) -> Result<(), PkiError> {
    if name.is_empty() || name.len() > san::MAX_COMMON_NAME_LEN {
        return Err(PkiError::invalid(
            format!("CA name \"{}\"", name.escape_debug()),
            format!("use 1 to {} bytes", san::MAX_COMMON_NAME_LEN),
        ));
    }
    if name.chars().any(char::is_control) {
        return Err(PkiError::invalid(
            format!("CA name \"{}\"", name.escape_debug()),
            "contains a control character",
        ));
    }
    Ok(())
}
