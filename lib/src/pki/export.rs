//! Files for strongSwan: the `swanctl` directory layout, the legacy
//! `ipsec.d` layout, and the key-then-certificate bundle that MiCADO's
//! worker cloud-init splits.
//!
//! Every file is written atomically with mode 0600 and every directory is
//! created with mode 0700, as for everything micadoctl writes. charon runs
//! as root, so it reads them.

use std::path::{Path, PathBuf};

use serde::Serialize;
use zeroize::Zeroizing;

use super::build::pem;
use super::keys;
use super::records::{CaRow, CertRow};
use super::{Pki, PkiError, Profile};
use crate::audit::AuditEvent;
use crate::fsutil;

/// Everything needed to write one certificate's files.
pub struct Material {
    /// Certificate name.
    pub name: String,
    /// Profile of the certificate.
    pub profile: Profile,
    /// CA name.
    pub ca_name: String,
    /// CA certificate, PEM.
    pub ca_pem: String,
    /// The certificate, PEM.
    pub cert_pem: String,
    /// The private key, PKCS#8 PEM; `None` for a certificate signed from a request.
    pub key_pem: Option<Zeroizing<String>>,
    /// The latest CRL, DER, when one was made.
    pub crl_der: Option<Vec<u8>>,
    /// Whether that CRL misses a later revocation or is past its nextUpdate.
    pub crl_outdated: bool,
}

/// One written file.
#[derive(Debug, Clone, Serialize)]
pub struct WrittenFile {
    /// Path of the file.
    pub path: PathBuf,
    /// False when the file already had this content.
    pub changed: bool,
}

impl Pki<'_> {
    /// Reads a certificate with its key, the CA and the latest CRL for
    /// export; records the read of the key in the audit log.
    pub fn export_material(
        &mut self,
        name_or_serial: &str,
        format: &str,
    ) -> Result<Material, PkiError> {
        let now = self.clock();
        self.store().write(|tx| {
            let ca = CaRow::load(tx)?.ok_or(PkiError::NoCa)?;
            let row = CertRow::find(tx, name_or_serial)?
                .ok_or_else(|| PkiError::NotFound(name_or_serial.into()))?;
            let key_pem = match row.key_id {
                Some(id) => {
                    let key = keys::load(tx, id, &format!("certificate \"{}\"", row.name))?;
                    check_key_matches(&row, &key)?;
                    Some(Zeroizing::new(key.serialize_pem()))
                }
                None => None,
            };
            tx.audit(
                &AuditEvent::new("ca.export", &super::object(&row.name)).with_detail(
                    serde_json::json!({
                        "serial": row.serial, "format": format, "private_key": key_pem.is_some(),
                    }),
                ),
            )?;
            Ok(Material {
                name: row.name.clone(),
                profile: row.profile()?,
                ca_name: ca.name.clone(),
                ca_pem: pem("CERTIFICATE", &ca.cert_der),
                cert_pem: row.pem(),
                key_pem,
                crl_der: ca.crl_der.clone(),
                crl_outdated: crl_outdated(&ca, now)?,
            })
        })
    }
}

fn crl_outdated(ca: &CaRow, now: time::OffsetDateTime) -> Result<bool, PkiError> {
    let expired = match &ca.crl_next_update {
        Some(next_update) => super::build::parse_rfc3339(next_update)? <= now,
        None => false,
    };
    Ok(ca.crl_der.is_some() && (ca.crl_stale || expired))
}

/// Refuses a key row that does not belong to the certificate, which only an
/// edit of the database outside micadoctl can cause.
fn check_key_matches(row: &CertRow, key: &rcgen::KeyPair) -> Result<(), PkiError> {
    use rcgen::PublicKeyData;

    let label = format!("certificate \"{}\"", row.name);
    let cert = super::build::parse_certificate(&row.cert_der, &label)?;
    if cert.public_key().raw != key.subject_public_key_info().as_slice() {
        return Err(PkiError::Damaged(format!(
            "private key of {label}, which does not match the certificate"
        )));
    }
    Ok(())
}

/// Returns a file name stem for `name`: characters outside `[A-Za-z0-9._-]` become `_`.
pub fn file_stem(name: &str) -> String {
    name.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-') {
                c
            } else {
                '_'
            }
        })
        .collect()
}

/// Returns the stem MiCADO's legacy layout uses: `master` for the master, `node` for a worker.
pub fn legacy_stem(profile: Profile, name: &str) -> String {
    match profile {
        Profile::Master => "master".into(),
        Profile::Worker => "node".into(),
        _ => file_stem(name),
    }
}

/// Writes the `swanctl` layout into `dir`: `x509ca/CA.pem`, `x509/NAME.pem`,
/// `private/NAME.pem` and, when a CRL exists, `x509crl/CA.crl`.
pub fn write_swanctl(dir: &Path, material: &Material) -> Result<Vec<WrittenFile>, PkiError> {
    let ca = file_stem(&material.ca_name);
    let name = file_stem(&material.name);
    let mut files = vec![
        (
            dir.join("x509ca").join(format!("{ca}.pem")),
            material.ca_pem.as_bytes(),
        ),
        (
            dir.join("x509").join(format!("{name}.pem")),
            material.cert_pem.as_bytes(),
        ),
    ];
    if let Some(key) = &material.key_pem {
        files.push((
            dir.join("private").join(format!("{name}.pem")),
            key.as_bytes(),
        ));
    }
    if let Some(crl) = &material.crl_der {
        files.push((dir.join("x509crl").join(format!("{ca}.crl")), crl));
    }
    write_all(&files)
}

/// Writes MiCADO's `/etc/ipsec.d` layout into `dir`: `cacerts/master.pem`,
/// `certs/STEM.crt`, `private/STEM.key` and, when a CRL exists, `crls/CA.crl`.
pub fn write_ipsec_d(dir: &Path, material: &Material) -> Result<Vec<WrittenFile>, PkiError> {
    let stem = legacy_stem(material.profile, &material.name);
    let mut files = vec![
        (
            dir.join("cacerts").join("master.pem"),
            material.ca_pem.as_bytes(),
        ),
        (
            dir.join("certs").join(format!("{stem}.crt")),
            material.cert_pem.as_bytes(),
        ),
    ];
    if let Some(key) = &material.key_pem {
        files.push((
            dir.join("private").join(format!("{stem}.key")),
            key.as_bytes(),
        ));
    }
    if let Some(crl) = &material.crl_der {
        let ca = file_stem(&material.ca_name);
        files.push((dir.join("crls").join(format!("{ca}.crl")), crl));
    }
    write_all(&files)
}

/// Returns the private key followed by the certificate, the text MiCADO's
/// worker cloud-init receives and splits at the first `-----END` line.
pub fn pem_bundle(material: &Material) -> Result<Zeroizing<String>, PkiError> {
    let key = material
        .key_pem
        .as_ref()
        .ok_or_else(|| PkiError::NoPrivateKey(material.name.clone()))?;
    let mut bundle = Zeroizing::new(String::with_capacity(key.len() + material.cert_pem.len()));
    bundle.push_str(key);
    bundle.push_str(&material.cert_pem);
    Ok(bundle)
}

fn write_all(files: &[(PathBuf, &[u8])]) -> Result<Vec<WrittenFile>, PkiError> {
    let mut written = Vec::new();
    for (path, contents) in files {
        let parent = path.parent().expect("export paths have a directory");
        fsutil::create_private_dir(parent).map_err(|e| PkiError::io(parent, e))?;
        let same = std::fs::read(path).is_ok_and(|old| Zeroizing::new(old).as_slice() == *contents);
        if !same {
            fsutil::write_private_atomic(path, contents).map_err(|e| PkiError::io(path, e))?;
        }
        written.push(WrittenFile {
            path: path.clone(),
            changed: !same,
        });
    }
    Ok(written)
}
