//! TLS settings: rustls on ring, trusting the system roots plus an optional
//! CA file, as the vault CLI does with `VAULT_CACERT`.

use std::path::Path;
use std::sync::Arc;

use rustls::RootCertStore;
use rustls_pki_types::CertificateDer;
use rustls_pki_types::pem::PemObject;

use super::VaultError;

/// Builds the client configuration.
pub(super) fn client_config(ca_file: Option<&Path>) -> Result<rustls::ClientConfig, VaultError> {
    let mut roots = RootCertStore::empty();
    // Certificates that rustls cannot parse are skipped, as browsers skip
    // them: one odd system certificate must not stop every connection.
    let system = rustls_native_certs::load_native_certs();
    roots.add_parsable_certificates(system.certs);
    if let Some(path) = ca_file {
        add_ca_file(&mut roots, path)?;
    }
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .expect("ring supports the default protocol versions")
        .with_root_certificates(roots)
        .with_no_client_auth();
    Ok(config)
}

fn add_ca_file(roots: &mut RootCertStore, path: &Path) -> Result<(), VaultError> {
    let ca_error = |reason: String| VaultError::CaFile {
        path: path.to_path_buf(),
        reason,
    };
    let text = std::fs::read(path).map_err(|e| ca_error(e.to_string()))?;
    let certs: Vec<CertificateDer<'static>> = CertificateDer::pem_slice_iter(&text)
        .collect::<Result<_, _>>()
        .map_err(|e| ca_error(format!("not a PEM certificate file: {e}")))?;
    if certs.is_empty() {
        return Err(ca_error(
            "contains no PEM certificate (-----BEGIN CERTIFICATE-----)".into(),
        ));
    }
    for cert in certs {
        roots
            .add(cert)
            .map_err(|e| ca_error(format!("invalid certificate: {e}")))?;
    }
    Ok(())
}
