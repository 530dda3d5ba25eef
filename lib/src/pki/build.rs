//! Certificate parameters for the CA and for leaf certificates, and reading
//! certificates and requests back.

use rcgen::{
    BasicConstraints, CertificateParams, DistinguishedName, DnType, ExtendedKeyUsagePurpose, IsCa,
    KeyUsagePurpose, SanType, SerialNumber,
};
use time::OffsetDateTime;
use x509_parser::prelude::{FromDer, X509Certificate};

use super::san::SubjectAltNames;
use super::serial::Serial;
use super::{PkiError, Profile};

/// Returns `time + duration`, or an error naming `option` when the sum lies
/// past the year 9999, the last year an X.509 time (and the `time` crate) can hold.
pub(crate) fn checked_add(
    time: OffsetDateTime,
    duration: time::Duration,
    option: &str,
) -> Result<OffsetDateTime, PkiError> {
    time.checked_add(duration).ok_or_else(|| {
        PkiError::invalid(
            option,
            "reaches past the year 9999, the last year a certificate time can hold; \
             give a shorter duration",
        )
    })
}

/// Builds the parameters of a root CA named `name`.
pub(crate) fn ca_params(
    name: &str,
    serial: &Serial,
    now: OffsetDateTime,
    validity: time::Duration,
) -> Result<CertificateParams, PkiError> {
    let mut params = CertificateParams::default();
    params.distinguished_name = DistinguishedName::new();
    params.distinguished_name.push(DnType::CommonName, name);
    params.serial_number = Some(SerialNumber::from_slice(&serial.der_content()));
    params.not_before = now - super::MAX_BACKDATE;
    params.not_after = checked_add(now, validity, "--validity")?;
    params.is_ca = IsCa::Ca(BasicConstraints::Constrained(0));
    params.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign];
    params.use_authority_key_identifier_extension = true;
    Ok(params)
}

/// Validity of a leaf certificate.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Validity {
    /// The real issue time; NotAfter is counted from here.
    pub now: OffsetDateTime,
    /// How far NotBefore lies before `now`, for peers whose clocks lag.
    pub backdate: time::Duration,
    /// Length from `now` to NotAfter.
    pub length: time::Duration,
}

/// Builds the parameters of a leaf certificate.
pub(crate) fn leaf_params(
    sans: &SubjectAltNames,
    profile: Profile,
    serial: &Serial,
    validity: Validity,
) -> Result<CertificateParams, PkiError> {
    let mut params = CertificateParams::default();
    params.distinguished_name = DistinguishedName::new();
    if let Some(common_name) = sans.common_name() {
        params
            .distinguished_name
            .push(DnType::CommonName, common_name);
    }
    params.subject_alt_names = san_entries(sans)?;
    params.serial_number = Some(SerialNumber::from_slice(&serial.der_content()));
    params.not_before = validity.now - validity.backdate;
    params.not_after = checked_add(validity.now, validity.length, "--validity")?;
    params.is_ca = IsCa::ExplicitNoCa;
    params.key_usages = vec![KeyUsagePurpose::DigitalSignature];
    params.extended_key_usages = profile.extended_key_usages();
    params.use_authority_key_identifier_extension = true;
    Ok(params)
}

fn san_entries(sans: &SubjectAltNames) -> Result<Vec<SanType>, PkiError> {
    let mut entries = Vec::new();
    for name in &sans.dns {
        let ia5 = name
            .as_str()
            .try_into()
            .map_err(|_| PkiError::invalid(format!("--san \"{name}\""), "not an IA5 string"))?;
        entries.push(SanType::DnsName(ia5));
    }
    entries.extend(sans.ip.iter().copied().map(SanType::IpAddress));
    Ok(entries)
}

impl Profile {
    fn extended_key_usages(self) -> Vec<ExtendedKeyUsagePurpose> {
        match self {
            Profile::Server => vec![ExtendedKeyUsagePurpose::ServerAuth],
            Profile::Client => vec![ExtendedKeyUsagePurpose::ClientAuth],
            // IKE peers act as both initiator and responder.
            Profile::Master | Profile::Worker => vec![
                ExtendedKeyUsagePurpose::ServerAuth,
                ExtendedKeyUsagePurpose::ClientAuth,
            ],
        }
    }
}

/// Parses stored DER; `label` names the certificate in errors.
pub(crate) fn parse_certificate<'a>(
    der: &'a [u8],
    label: &str,
) -> Result<X509Certificate<'a>, PkiError> {
    X509Certificate::from_der(der)
        .map(|(_, cert)| cert)
        .map_err(|_| PkiError::Damaged(label.to_string()))
}

/// Converts an ASN.1 time to `OffsetDateTime`.
pub(crate) fn to_offset(time: x509_parser::time::ASN1Time) -> OffsetDateTime {
    time.to_datetime()
}

/// Formats a time as RFC 3339 in UTC with seconds precision.
pub(crate) fn rfc3339(time: OffsetDateTime) -> String {
    time.to_offset(time::UtcOffset::UTC)
        .replace_nanosecond(0)
        .expect("0 is a valid nanosecond")
        .format(&time::format_description::well_known::Rfc3339)
        .expect("a certificate time formats as RFC 3339")
}

/// Parses a time written by [`rfc3339`].
pub(crate) fn parse_rfc3339(text: &str) -> Result<OffsetDateTime, PkiError> {
    OffsetDateTime::parse(text, &time::format_description::well_known::Rfc3339)
        .map_err(|_| PkiError::Damaged(format!("time \"{text}\"")))
}

/// Returns the SHA-256 fingerprint as colon-separated upper-case hex.
pub(crate) fn fingerprint(der: &[u8]) -> String {
    crate::crypto::sha256(der)
        .iter()
        .map(|b| format!("{b:02X}"))
        .collect::<Vec<_>>()
        .join(":")
}

/// Wraps DER in PEM with the given label.
pub(crate) fn pem(label: &str, der: &[u8]) -> String {
    use base64::Engine;

    let text = base64::engine::general_purpose::STANDARD.encode(der);
    let mut out = format!("-----BEGIN {label}-----\n");
    for line in text.as_bytes().chunks(64) {
        out.push_str(std::str::from_utf8(line).expect("base64 is ASCII"));
        out.push('\n');
    }
    out.push_str(&format!("-----END {label}-----\n"));
    out
}

/// A certificate signing request: its fields, and its public key exactly as
/// the request encodes it.
pub(crate) struct Csr {
    /// Subject, names and extensions of the request.
    pub params: rcgen::CertificateSigningRequestParams,
    /// The requester's public key, certified as it is.
    pub public_key: rcgen::SubjectPublicKeyInfo,
}

/// Decodes a certificate signing request from PEM or DER, checks its key
/// type and its signature. `label` names the file in errors.
pub(crate) fn parse_csr(data: &[u8], label: &str) -> Result<Csr, PkiError> {
    let der = match std::str::from_utf8(data) {
        Ok(text) if text.contains("-----BEGIN") => pem_body(text, "CERTIFICATE REQUEST")
            .ok_or_else(|| {
                PkiError::invalid(
                    label,
                    "no \"-----BEGIN CERTIFICATE REQUEST-----\" block; give a PKCS#10 request in PEM or DER",
                )
            })?,
        _ => data.to_vec(),
    };
    // The key is checked first, because ring rejects the signature of an
    // unsupported key and that message would send the user the wrong way.
    let public_key = csr_public_key(&der, label)?;
    let params = rcgen::CertificateSigningRequestParams::from_der(&der.into()).map_err(|e| {
        let message = match e {
            rcgen::Error::InvalidCertificationRequestSignature => {
                "the request's signature does not verify; make the request again".to_string()
            }
            rcgen::Error::UnsupportedExtension => {
                "the request asks for an extension micadoctl does not sign; \
                 make it with subject alternative names, key usage and extended key usage only"
                    .to_string()
            }
            other => format!("not a PKCS#10 certificate signing request ({other})"),
        };
        PkiError::invalid(label, message)
    })?;
    Ok(Csr { params, public_key })
}

/// Returns the request's public key after checking its type.
///
/// rcgen derives the key type of a request from its signature algorithm, so
/// a P-384 key signed with ecdsa-with-SHA256 would be certified under the
/// P-256 curve identifier. The key is therefore read from the request's own
/// SubjectPublicKeyInfo.
fn csr_public_key(der: &[u8], label: &str) -> Result<rcgen::SubjectPublicKeyInfo, PkiError> {
    use x509_parser::certification_request::X509CertificationRequest;

    let Ok((_, request)) = X509CertificationRequest::from_der(der) else {
        return Err(PkiError::invalid(
            label,
            "not a PKCS#10 certificate signing request; give one in PEM or DER",
        ));
    };
    let spki = &request.certification_request_info.subject_pki;
    let unsupported = |key: String| {
        PkiError::invalid(
            label,
            format!(
                "the request's key is {key}; micadoctl certifies ECDSA P-256 or P-384, Ed25519 \
                 and RSA keys of 2048 to 8192 bits, so make a new request with one of them"
            ),
        )
    };
    if let Some(key) = unsupported_key(spki) {
        return Err(unsupported(key));
    }
    rcgen::SubjectPublicKeyInfo::from_der(spki.raw)
        .map_err(|_| unsupported(format!("of algorithm {}", spki.algorithm.algorithm)))
}

/// Describes the key when its type is not one this CA certifies.
fn unsupported_key(spki: &x509_parser::x509::SubjectPublicKeyInfo<'_>) -> Option<String> {
    use x509_parser::oid_registry::{
        OID_EC_P256, OID_KEY_TYPE_EC_PUBLIC_KEY, OID_NIST_EC_P384, OID_PKCS1_RSAENCRYPTION,
        OID_SIG_ED25519,
    };
    use x509_parser::public_key::PublicKey;

    let algorithm = &spki.algorithm.algorithm;
    if *algorithm == OID_SIG_ED25519 {
        return None;
    }
    if *algorithm == OID_KEY_TYPE_EC_PUBLIC_KEY {
        let curve = spki
            .algorithm
            .parameters
            .as_ref()
            .and_then(|p| p.as_oid().ok());
        return match curve {
            Some(curve) if curve == OID_EC_P256 || curve == OID_NIST_EC_P384 => None,
            Some(curve) => Some(format!("ECDSA on curve {curve}")),
            None => Some("ECDSA without a named curve".into()),
        };
    }
    if *algorithm == OID_PKCS1_RSAENCRYPTION {
        let bits = match spki.parsed() {
            Ok(PublicKey::RSA(rsa)) => rsa.key_size(),
            _ => 0,
        };
        return (!(2048..=8192).contains(&bits)).then(|| format!("RSA with {bits} bits"));
    }
    Some(format!("of algorithm {algorithm}"))
}

fn pem_body(text: &str, label: &str) -> Option<Vec<u8>> {
    use base64::Engine;

    let begin = format!("-----BEGIN {label}-----");
    let end = format!("-----END {label}-----");
    let start = text.find(&begin)? + begin.len();
    let stop = start + text[start..].find(&end)?;
    let body: String = text[start..stop].split_whitespace().collect();
    base64::engine::general_purpose::STANDARD.decode(body).ok()
}
