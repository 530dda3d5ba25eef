//! A small client for the Secret calls of the Kubernetes API: read, create or
//! update with server-side apply, and delete.
//!
//! Server-side apply is a `PATCH` with `Content-Type:
//! application/apply-patch+yaml` and a `fieldManager`. The API server merges
//! the fields this manager sets. It reports a conflict (409) when another
//! manager owns one of them, unless `force=true`. Errors come back as `Status`
//! objects whose `reason` and `message` are passed on.

use std::sync::Arc;
use std::time::Duration;

use reqwest::StatusCode;
use reqwest::blocking::{Client, RequestBuilder, Response};
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer, ServerName, UnixTime};
use rustls::{DigitallySignedStruct, SignatureScheme};
use serde_json::Value;

use super::kubeconfig::ClusterAccess;
use crate::error::{Classify, ErrorClass};

/// The field manager that owns what micadoctl applies.
pub const FIELD_MANAGER: &str = "micadoctl";

const TIMEOUT: Duration = Duration::from_secs(30);

/// Errors of the Kubernetes client.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum KubeError {
    /// The kubeconfig cannot be used.
    #[error("kubeconfig {}: {message}", path.display())]
    Config {
        /// The kubeconfig file.
        path: std::path::PathBuf,
        /// Problem description.
        message: String,
    },
    /// The API server cannot be reached or the TLS handshake failed.
    #[error("cannot reach the Kubernetes API at {server}: {message}")]
    Connect {
        /// The server URL.
        server: String,
        /// The error.
        message: String,
    },
    /// 401: the credentials were not accepted.
    #[error(
        "the Kubernetes API at {server} rejected the credentials of the kubeconfig (401 Unauthorized): {message}"
    )]
    Unauthorized {
        /// The server URL.
        server: String,
        /// The Status message.
        message: String,
    },
    /// 403: the user may not do this.
    #[error(
        "Kubernetes denied \"{verb}\" on secrets in namespace \"{namespace}\" (403 Forbidden): {message}"
    )]
    Forbidden {
        /// The API verb: get, patch or delete.
        verb: String,
        /// The namespace.
        namespace: String,
        /// The Status message.
        message: String,
    },
    /// 404 from a write: the namespace does not exist.
    #[error(
        "namespace \"{namespace}\" not found when trying \"{verb}\" on secret \"{name}\": {message}"
    )]
    NotFound {
        /// The API verb.
        verb: String,
        /// The namespace.
        namespace: String,
        /// The Secret.
        name: String,
        /// The Status message.
        message: String,
    },
    /// 409: another field manager owns a field, or the object changed.
    #[error("conflict on secret \"{name}\" in namespace \"{namespace}\" (409 Conflict): {message}")]
    Conflict {
        /// The Secret.
        name: String,
        /// The namespace.
        namespace: String,
        /// The Status message.
        message: String,
        /// Whether other field managers own fields (rather than a changed object).
        field_managers: bool,
    },
    /// Any other error status.
    #[error(
        "Kubernetes API {verb} of secret \"{name}\" in namespace \"{namespace}\" failed with {code} {reason}: {message}"
    )]
    Status {
        /// The API verb.
        verb: String,
        /// The namespace.
        namespace: String,
        /// The Secret.
        name: String,
        /// HTTP status code.
        code: u16,
        /// The Status reason.
        reason: String,
        /// The Status message.
        message: String,
    },
}

impl Classify for KubeError {
    fn class(&self) -> ErrorClass {
        match self {
            KubeError::Config { .. } => ErrorClass::InputRejected,
            KubeError::Unauthorized { .. } | KubeError::Forbidden { .. } => ErrorClass::Locked,
            KubeError::NotFound { .. } => ErrorClass::NotFound,
            KubeError::Conflict {
                field_managers: true,
                ..
            } => ErrorClass::AlreadyExists,
            KubeError::Conflict { .. } => ErrorClass::Interrupted,
            _ => ErrorClass::Failure,
        }
    }

    fn hint(&self) -> Option<String> {
        match self {
            KubeError::Forbidden { namespace, .. } => Some(format!(
                "grant the user get, patch and delete on secrets in \"{namespace}\", for example with `kubectl create role micadoctl-secrets --verb=get,patch,delete --resource=secrets -n {namespace}` and a rolebinding"
            )),
            KubeError::NotFound { namespace, .. } => Some(format!(
                "create it first (`kubectl create namespace {namespace}`) or choose another with --namespace"
            )),
            KubeError::Conflict { field_managers: true, .. } => Some(
                "another field manager owns these fields; rerun with --force-conflicts to take them over".into(),
            ),
            KubeError::Conflict { .. } => {
                Some("the Secret kept changing while it was applied; run the command again".into())
            }
            _ => None,
        }
    }
}

/// A connection to one API server.
pub struct KubeClient {
    client: Client,
    server: String,
    token: Option<zeroize::Zeroizing<String>>,
}

/// Result of reading a Secret.
pub enum Live {
    /// The object as the API server returned it.
    Found(Value),
    /// 404.
    Missing,
}

impl KubeClient {
    /// Builds a client from the kubeconfig settings.
    pub fn new(access: &ClusterAccess) -> Result<Self, KubeError> {
        let connect_error = |message: String| KubeError::Connect {
            server: access.server.clone(),
            message,
        };
        let tls = tls_config(access).map_err(connect_error)?;
        let client = Client::builder()
            .tls_backend_preconfigured(tls)
            .timeout(TIMEOUT)
            .user_agent(concat!("micadoctl/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| connect_error(e.to_string()))?;
        Ok(KubeClient {
            client,
            server: access.server.clone(),
            token: access.token.clone(),
        })
    }

    fn secret_url(&self, namespace: &str, name: &str) -> String {
        format!(
            "{}/api/v1/namespaces/{namespace}/secrets/{name}",
            self.server
        )
    }

    fn send(&self, request: RequestBuilder) -> Result<Response, KubeError> {
        let request = match &self.token {
            Some(token) => request.bearer_auth(token.as_str()),
            None => request,
        };
        request.send().map_err(|e| KubeError::Connect {
            server: self.server.clone(),
            message: error_chain(&e),
        })
    }

    /// Reads a Secret.
    pub fn get(&self, namespace: &str, name: &str) -> Result<Live, KubeError> {
        let response = self.send(self.client.get(self.secret_url(namespace, name)))?;
        // A missing namespace also returns 404 here. The write that follows
        // reports it.
        if response.status() == StatusCode::NOT_FOUND {
            return Ok(Live::Missing);
        }
        let value = self.json_or_error(response, "get", namespace, name)?;
        Ok(Live::Found(value))
    }

    /// Creates or updates a Secret with server-side apply; returns the object.
    pub fn apply(
        &self,
        namespace: &str,
        name: &str,
        object: &Value,
        force: bool,
    ) -> Result<Value, KubeError> {
        let body = serde_json::to_vec(object).expect("a JSON value serialises");
        let request = self
            .client
            .patch(self.secret_url(namespace, name))
            .query(&[
                ("fieldManager", FIELD_MANAGER),
                ("force", if force { "true" } else { "false" }),
            ])
            .header("Content-Type", "application/apply-patch+yaml")
            .header("Accept", "application/json")
            .body(body);
        let response = self.send(request)?;
        self.json_or_error(response, "patch", namespace, name)
    }

    /// Deletes a Secret if its UID and resourceVersion are still `uid` and
    /// `resource_version`.
    pub fn delete(
        &self,
        namespace: &str,
        name: &str,
        uid: &str,
        resource_version: &str,
    ) -> Result<(), KubeError> {
        let options = serde_json::json!({
            "apiVersion": "v1",
            "kind": "DeleteOptions",
            "preconditions": { "uid": uid, "resourceVersion": resource_version },
        });
        let request = self
            .client
            .delete(self.secret_url(namespace, name))
            .header("Content-Type", "application/json")
            .body(serde_json::to_vec(&options).expect("a JSON value serialises"));
        let response = self.send(request)?;
        self.json_or_error(response, "delete", namespace, name)
            .map(|_| ())
    }

    fn json_or_error(
        &self,
        response: Response,
        verb: &str,
        namespace: &str,
        name: &str,
    ) -> Result<Value, KubeError> {
        let code = response.status();
        if code.is_success() {
            return response.json().map_err(|e| KubeError::Connect {
                server: self.server.clone(),
                message: format!("the response to {verb} is not JSON: {e}"),
            });
        }
        let status = read_status(response);
        let message = status.message.clone();
        Err(match code {
            StatusCode::UNAUTHORIZED => KubeError::Unauthorized {
                server: self.server.clone(),
                message,
            },
            StatusCode::FORBIDDEN => KubeError::Forbidden {
                verb: verb.into(),
                namespace: namespace.into(),
                message,
            },
            StatusCode::NOT_FOUND => KubeError::NotFound {
                verb: verb.into(),
                namespace: namespace.into(),
                name: name.into(),
                message,
            },
            StatusCode::CONFLICT => KubeError::Conflict {
                name: name.into(),
                namespace: namespace.into(),
                message,
                field_managers: status.field_manager_conflict,
            },
            _ => KubeError::Status {
                verb: verb.into(),
                namespace: namespace.into(),
                name: name.into(),
                code: code.as_u16(),
                reason: status.reason,
                message,
            },
        })
    }
}

/// The parts of a `Status` object that errors report.
struct Status {
    reason: String,
    message: String,
    field_manager_conflict: bool,
}

fn read_status(response: Response) -> Status {
    let code = response.status();
    let value: Value = response.json().unwrap_or(Value::Null);
    let is_status = value["kind"] == "Status";
    let text = |field: &str| value[field].as_str().unwrap_or_default().to_string();
    let field_manager_conflict = value["details"]["causes"]
        .as_array()
        .is_some_and(|causes| causes.iter().any(|c| c["type"] == "FieldManagerConflict"));
    Status {
        reason: if is_status {
            text("reason")
        } else {
            String::new()
        },
        message: if is_status && !text("message").is_empty() {
            text("message")
        } else {
            code.canonical_reason().unwrap_or("error").to_string()
        },
        field_manager_conflict,
    }
}

fn error_chain(error: &dyn std::error::Error) -> String {
    let mut message = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        let text = cause.to_string();
        if !message.contains(&text) {
            message.push_str(": ");
            message.push_str(&text);
        }
        source = cause.source();
    }
    message
}

/// Builds the TLS settings: the kubeconfig's CA as the only trust anchor, the
/// client certificate when there is one, and ring as the crypto provider.
fn tls_config(access: &ClusterAccess) -> Result<rustls::ClientConfig, String> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let builder = rustls::ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .map_err(|e| e.to_string())?;

    let builder = if access.insecure_skip_tls_verify {
        builder
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(AcceptAnyServer(provider)))
    } else {
        let ca = access.ca_pem.as_ref().ok_or(
            "the cluster has no certificate-authority or certificate-authority-data; add the CA that signs the API server certificate",
        )?;
        let mut roots = rustls::RootCertStore::empty();
        for certificate in CertificateDer::pem_slice_iter(ca) {
            let certificate = certificate.map_err(|e| format!("invalid CA certificate: {e}"))?;
            roots
                .add(certificate)
                .map_err(|e| format!("invalid CA certificate: {e}"))?;
        }
        if roots.is_empty() {
            return Err("the certificate-authority contains no PEM certificate".into());
        }
        match &access.tls_server_name {
            None => builder.with_root_certificates(roots),
            Some(name) => {
                let name = ServerName::try_from(name.clone())
                    .map_err(|_| format!("tls-server-name \"{name}\" is not a valid name"))?;
                let inner = rustls::client::WebPkiServerVerifier::builder_with_provider(
                    Arc::new(roots),
                    provider.clone(),
                )
                .build()
                .map_err(|e| e.to_string())?;
                builder
                    .dangerous()
                    .with_custom_certificate_verifier(Arc::new(FixedServerName { inner, name }))
            }
        }
    };

    let mut config = match &access.client_identity {
        Some((certificate, key)) => {
            let chain = CertificateDer::pem_slice_iter(certificate)
                .collect::<Result<Vec<_>, _>>()
                .map_err(|e| format!("invalid client-certificate: {e}"))?;
            let key = PrivateKeyDer::from_pem_slice(key)
                .map_err(|_| "invalid client-key: expected a PEM private key".to_string())?;
            builder
                .with_client_auth_cert(chain, key)
                .map_err(|e| format!("client certificate and key do not fit: {e}"))?
        }
        None => builder.with_no_client_auth(),
    };
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(config)
}

/// Checks the server certificate against the kubeconfig's `tls-server-name`
/// instead of the host of the server URL.
#[derive(Debug)]
struct FixedServerName {
    inner: Arc<rustls::client::WebPkiServerVerifier>,
    name: ServerName<'static>,
}

impl ServerCertVerifier for FixedServerName {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        self.inner
            .verify_server_cert(end_entity, intermediates, &self.name, ocsp_response, now)
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.inner.supported_verify_schemes()
    }
}

/// Accepts any server certificate, for a kubeconfig that sets
/// `insecure-skip-tls-verify: true`. Signatures are still checked, so the
/// handshake itself is sound; only the server's identity is not.
#[derive(Debug)]
struct AcceptAnyServer(Arc<rustls::crypto::CryptoProvider>);

impl ServerCertVerifier for AcceptAnyServer {
    fn verify_server_cert(
        &self,
        _end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp_response: &[u8],
        _now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}
