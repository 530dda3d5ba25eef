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
    params.not_before = now;
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

/// Decodes a certificate signing request from PEM or DER and checks its
/// signature. `label` names the file in errors.
pub(crate) fn parse_csr(
    data: &[u8],
    label: &str,
) -> Result<rcgen::CertificateSigningRequestParams, PkiError> {
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
    rcgen::CertificateSigningRequestParams::from_der(&der.into()).map_err(|e| {
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
    })
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
