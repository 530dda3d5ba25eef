//! A small Kubernetes API server for the tests: HTTPS on 127.0.0.1 with a CA
//! made by rcgen, client certificates or bearer tokens, and the Secret calls
//! that `secret apply` and `delete-applied` make.
//!
//! It follows the API's rules for these calls. Paths are
//! `/api/v1/namespaces/{ns}/secrets/{name}`. Server-side apply is a `PATCH`
//! with `Content-Type: application/apply-patch+yaml` and a `fieldManager`.
//! Fields are owned per manager, and a change to another manager's field is
//! a 409 conflict unless `force=true`. A `resourceVersion` in the applied
//! object is a precondition, and so are the `DeleteOptions` of a `DELETE`.
//! Errors are `Status` objects with `reason` and `code`.

#![allow(
    dead_code,
    reason = "each test binary uses a different part of this module"
)]

use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use rcgen::{BasicConstraints, CertificateParams, CertifiedIssuer, IsCa, KeyPair};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use serde_json::{Value, json};

/// User name the server gives a client certificate.
pub const CERT_USER: &str = "micadoctl-test";
/// The bearer token the server accepts.
pub const TOKEN: &str = "test-token-0123456789";
/// User name of the bearer token.
pub const TOKEN_USER: &str = "system:serviceaccount:default:deployer";

/// One request as the server saw it.
#[derive(Debug, Clone)]
pub struct Seen {
    /// HTTP method.
    pub method: String,
    /// Path without the query.
    pub path: String,
    /// Query parameters.
    pub query: BTreeMap<String, String>,
    /// Content-Type header.
    pub content_type: Option<String>,
    /// HTTP status of the response.
    pub status: u16,
}

struct Object {
    value: Value,
    /// Owners of each field path (".data.KEY", ".type", ".metadata.labels.K").
    owners: BTreeMap<String, BTreeSet<String>>,
    /// Operation of each manager: "Apply" or "Update".
    operations: BTreeMap<String, String>,
}

#[derive(Default)]
struct State {
    namespaces: BTreeSet<String>,
    forbidden: BTreeSet<String>,
    objects: BTreeMap<(String, String), Object>,
    next_version: u64,
    next_uid: u64,
    seen: Vec<Seen>,
    /// Changes the named object just before the next PATCH of it is handled,
    /// as another client would, this many times.
    concurrent_changes: BTreeMap<(String, String), usize>,
}

/// Certificates and keys made for one server.
pub struct Pki {
    /// PEM of the CA.
    pub ca_pem: String,
    /// PEM of a client certificate signed by the CA.
    pub client_cert_pem: String,
    /// PEM of its key.
    pub client_key_pem: String,
    server_cert_pem: String,
    server_key_pem: String,
}

impl Pki {
    fn new() -> Pki {
        let mut ca_params = CertificateParams::new(Vec::<String>::new()).unwrap();
        ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        ca_params
            .distinguished_name
            .push(rcgen::DnType::CommonName, "test kubernetes CA");
        let ca = CertifiedIssuer::self_signed(ca_params, KeyPair::generate().unwrap()).unwrap();

        let server_key = KeyPair::generate().unwrap();
        let server_params =
            CertificateParams::new(vec!["127.0.0.1".to_string(), "localhost".to_string()]).unwrap();
        let server_cert = server_params.signed_by(&server_key, &ca).unwrap();

        let client_key = KeyPair::generate().unwrap();
        let mut client_params = CertificateParams::new(Vec::<String>::new()).unwrap();
        client_params
            .distinguished_name
            .push(rcgen::DnType::CommonName, CERT_USER);
        let client_cert = client_params.signed_by(&client_key, &ca).unwrap();

        Pki {
            ca_pem: ca.pem(),
            client_cert_pem: client_cert.pem(),
            client_key_pem: client_key.serialize_pem(),
            server_cert_pem: server_cert.pem(),
            server_key_pem: server_key.serialize_pem(),
        }
    }
}

/// A running test API server; stopped when dropped.
pub struct KubeServer {
    /// Where it listens.
    pub addr: SocketAddr,
    /// Its certificates.
    pub pki: Pki,
    state: Arc<Mutex<State>>,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl KubeServer {
    /// Starts a server with namespaces `default` and `shop`.
    pub fn start() -> KubeServer {
        let pki = Pki::new();
        let config = Arc::new(server_config(&pki));
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        let state = Arc::new(Mutex::new(State {
            namespaces: ["default", "shop", "locked"].map(String::from).into(),
            next_version: 100,
            ..State::default()
        }));
        let stop = Arc::new(AtomicBool::new(false));
        let thread = {
            let (state, stop) = (Arc::clone(&state), Arc::clone(&stop));
            std::thread::spawn(move || {
                for stream in listener.incoming() {
                    if stop.load(Ordering::SeqCst) {
                        break;
                    }
                    let Ok(stream) = stream else { continue };
                    let (config, state) = (Arc::clone(&config), Arc::clone(&state));
                    std::thread::spawn(move || serve_connection(stream, config, state));
                }
            })
        };
        KubeServer {
            addr,
            pki,
            state,
            stop,
            thread: Some(thread),
        }
    }

    /// Returns the server URL.
    pub fn url(&self) -> String {
        format!("https://{}", self.addr)
    }

    /// Makes every request in `namespace` fail with 403 Forbidden.
    pub fn forbid(&self, namespace: &str) {
        self.state
            .lock()
            .unwrap()
            .forbidden
            .insert(namespace.into());
    }

    /// Creates a Secret as another field manager (such as kubectl) would.
    pub fn seed(&self, namespace: &str, name: &str, data: &[(&str, &str)], manager: &str) {
        let mut state = self.state.lock().unwrap();
        let encoded: serde_json::Map<String, Value> = data
            .iter()
            .map(|(k, v)| (k.to_string(), Value::String(BASE64.encode(v))))
            .collect();
        let applied = json!({
            "apiVersion": "v1", "kind": "Secret",
            "metadata": { "name": name, "namespace": namespace },
            "type": "Opaque", "data": encoded,
        });
        let object = new_object(&mut state, namespace, name);
        let mut object = object;
        merge(&mut object, &applied, manager, "Update", true);
        state
            .objects
            .insert((namespace.into(), name.into()), object);
    }

    /// Makes the next `count` PATCH requests of a Secret find it changed
    /// since it was read.
    pub fn change_before_patch(&self, namespace: &str, name: &str, count: usize) {
        self.state
            .lock()
            .unwrap()
            .concurrent_changes
            .insert((namespace.into(), name.into()), count);
    }

    /// Returns a Secret as a GET would, or `None`.
    pub fn object(&self, namespace: &str, name: &str) -> Option<Value> {
        let state = self.state.lock().unwrap();
        state
            .objects
            .get(&(namespace.into(), name.into()))
            .map(rendered)
    }

    /// Returns the decoded data of a Secret.
    pub fn data(&self, namespace: &str, name: &str) -> BTreeMap<String, String> {
        let object = self.object(namespace, name).expect("the Secret exists");
        object["data"]
            .as_object()
            .map(|map| {
                map.iter()
                    .map(|(k, v)| {
                        let bytes = BASE64.decode(v.as_str().unwrap()).unwrap();
                        (k.clone(), String::from_utf8(bytes).unwrap())
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Returns the requests seen so far.
    pub fn seen(&self) -> Vec<Seen> {
        self.state.lock().unwrap().seen.clone()
    }

    /// Writes a kubeconfig for this server into `dir` and returns its path.
    /// `auth` is "cert", "token" or "cert-files"; `insecure` replaces the CA
    /// with `insecure-skip-tls-verify: true`.
    pub fn kubeconfig(
        &self,
        dir: &std::path::Path,
        auth: &str,
        insecure: bool,
    ) -> std::path::PathBuf {
        let b64 = |text: &str| BASE64.encode(text);
        let cluster = if insecure {
            "    insecure-skip-tls-verify: true\n".to_string()
        } else {
            format!(
                "    certificate-authority-data: {}\n",
                b64(&self.pki.ca_pem)
            )
        };
        let user = match auth {
            "cert" => format!(
                "    client-certificate-data: {}\n    client-key-data: {}\n",
                b64(&self.pki.client_cert_pem),
                b64(&self.pki.client_key_pem)
            ),
            "cert-files" => {
                std::fs::write(dir.join("client.crt"), &self.pki.client_cert_pem).unwrap();
                std::fs::write(dir.join("client.key"), &self.pki.client_key_pem).unwrap();
                "    client-certificate: client.crt\n    client-key: client.key\n".to_string()
            }
            _ => format!("    token: {TOKEN}\n"),
        };
        let text = format!(
            "apiVersion: v1\nkind: Config\nclusters:\n- name: test\n  cluster:\n    server: {}\n{cluster}users:\n- name: tester\n  user:\n{user}contexts:\n- name: test\n  context:\n    cluster: test\n    user: tester\n- name: other\n  context:\n    cluster: test\n    user: nobody\ncurrent-context: test\n",
            self.url()
        );
        let path = dir.join(format!("kubeconfig-{auth}"));
        std::fs::write(&path, text).unwrap();
        path
    }
}

impl Drop for KubeServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        let _ = TcpStream::connect(self.addr);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn server_config(pki: &Pki) -> rustls::ServerConfig {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut roots = rustls::RootCertStore::empty();
    roots
        .add(CertificateDer::from_pem_slice(pki.ca_pem.as_bytes()).unwrap())
        .unwrap();
    let verifier = rustls::server::WebPkiClientVerifier::builder_with_provider(
        Arc::new(roots),
        provider.clone(),
    )
    .allow_unauthenticated()
    .build()
    .unwrap();
    let chain = vec![CertificateDer::from_pem_slice(pki.server_cert_pem.as_bytes()).unwrap()];
    let key = PrivateKeyDer::from_pem_slice(pki.server_key_pem.as_bytes()).unwrap();
    rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_client_cert_verifier(verifier)
        .with_single_cert(chain, key)
        .unwrap()
}

struct Request {
    method: String,
    path: String,
    query: BTreeMap<String, String>,
    headers: BTreeMap<String, String>,
    body: Vec<u8>,
}

fn serve_connection(
    stream: TcpStream,
    config: Arc<rustls::ServerConfig>,
    state: Arc<Mutex<State>>,
) {
    let Ok(connection) = rustls::ServerConnection::new(config) else {
        return;
    };
    let mut tls = rustls::StreamOwned::new(connection, stream);
    let Some(request) = read_request(&mut tls) else {
        return;
    };

    let user = if tls.conn.peer_certificates().is_some_and(|c| !c.is_empty()) {
        Some(CERT_USER)
    } else if request.headers.get("authorization").map(String::as_str)
        == Some(&format!("Bearer {TOKEN}"))
    {
        Some(TOKEN_USER)
    } else {
        None
    };
    let (status, body) = handle(&state, &request, user);

    state.lock().unwrap().seen.push(Seen {
        method: request.method.clone(),
        path: request.path.clone(),
        query: request.query.clone(),
        content_type: request.headers.get("content-type").cloned(),
        status,
    });

    let body = serde_json::to_vec(&body).unwrap();
    let head = format!(
        "HTTP/1.1 {status} {}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        reason_phrase(status),
        body.len()
    );
    let _ = tls.write_all(head.as_bytes());
    let _ = tls.write_all(&body);
    let _ = tls.flush();
    tls.conn.send_close_notify();
    let _ = tls.flush();
}

fn read_request(stream: &mut impl Read) -> Option<Request> {
    let mut reader = BufReader::new(stream);
    let mut line = String::new();
    reader.read_line(&mut line).ok()?;

    let mut parts = line.split_whitespace();
    let method = parts.next()?.to_string();
    let target = parts.next()?.to_string();
    let mut headers = BTreeMap::new();
    loop {
        let mut header = String::new();
        reader.read_line(&mut header).ok()?;
        let header = header.trim_end();
        if header.is_empty() {
            break;
        }
        let (name, value) = header.split_once(':')?;
        headers.insert(name.trim().to_ascii_lowercase(), value.trim().to_string());
    }

    let length: usize = headers
        .get("content-length")
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    let mut body = vec![0; length];
    reader.read_exact(&mut body).ok()?;

    let (path, query_text) = target.split_once('?').unwrap_or((&target, ""));
    let query = query_text
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    Some(Request {
        method,
        path: path.to_string(),
        query,
        headers,
        body,
    })
}

fn reason_phrase(code: u16) -> &'static str {
    match code {
        200 => "OK",
        201 => "Created",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        409 => "Conflict",
        415 => "Unsupported Media Type",
        422 => "Unprocessable Entity",
        _ => "Error",
    }
}

/// Builds a `Status` object, as the API server returns for errors.
fn status(code: u16, reason: &str, message: &str, details: Value) -> (u16, Value) {
    (
        code,
        json!({
            "kind": "Status", "apiVersion": "v1", "metadata": {},
            "status": if code < 400 { "Success" } else { "Failure" },
            "message": message, "reason": reason, "details": details, "code": code,
        }),
    )
}

fn verb_of(method: &str) -> &'static str {
    match method {
        "GET" => "get",
        "PATCH" => "patch",
        "DELETE" => "delete",
        _ => "unknown",
    }
}

fn handle(state: &Mutex<State>, request: &Request, user: Option<&str>) -> (u16, Value) {
    let Some(user) = user else {
        return status(401, "Unauthorized", "Unauthorized", json!({}));
    };
    let segments: Vec<&str> = request.path.trim_matches('/').split('/').collect();
    let ["api", "v1", "namespaces", namespace, "secrets", name] = segments.as_slice() else {
        return status(
            404,
            "NotFound",
            "the server could not find the requested resource",
            json!({}),
        );
    };
    let (namespace, name) = (namespace.to_string(), name.to_string());
    let mut state = state.lock().unwrap();
    let verb = verb_of(&request.method);
    if state.forbidden.contains(&namespace) {
        let message = format!(
            "secrets \"{name}\" is forbidden: User \"{user}\" cannot {verb} resource \"secrets\" in API group \"\" in the namespace \"{namespace}\""
        );
        return status(
            403,
            "Forbidden",
            &message,
            json!({ "name": name, "kind": "secrets" }),
        );
    }
    if !state.namespaces.contains(&namespace) {
        let message = format!("namespaces \"{namespace}\" not found");
        return status(
            404,
            "NotFound",
            &message,
            json!({ "name": namespace, "kind": "namespaces" }),
        );
    }
    match request.method.as_str() {
        "GET" => get(&state, &namespace, &name),
        "PATCH" => patch(&mut state, request, &namespace, &name),
        "DELETE" => delete(&mut state, request, &namespace, &name),
        _ => status(
            405,
            "MethodNotAllowed",
            "the server does not allow this method",
            json!({}),
        ),
    }
}

fn not_found(name: &str) -> (u16, Value) {
    status(
        404,
        "NotFound",
        &format!("secrets \"{name}\" not found"),
        json!({ "name": name, "kind": "secrets" }),
    )
}

fn get(state: &State, namespace: &str, name: &str) -> (u16, Value) {
    match state.objects.get(&(namespace.into(), name.into())) {
        Some(object) => (200, rendered(object)),
        None => not_found(name),
    }
}

fn new_object(state: &mut State, namespace: &str, name: &str) -> Object {
    state.next_uid += 1;
    state.next_version += 1;
    Object {
        value: json!({
            "apiVersion": "v1", "kind": "Secret",
            "metadata": {
                "name": name, "namespace": namespace,
                "uid": format!("00000000-0000-4000-8000-{:012}", state.next_uid),
                "resourceVersion": state.next_version.to_string(),
                "creationTimestamp": "2026-12-04T12:00:00Z",
            },
            "type": "Opaque",
        }),
        owners: BTreeMap::new(),
        operations: BTreeMap::new(),
    }
}

fn patch(state: &mut State, request: &Request, namespace: &str, name: &str) -> (u16, Value) {
    let content_type = request.headers.get("content-type").map(String::as_str);
    if content_type != Some("application/apply-patch+yaml") {
        let message = format!(
            "the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml (got {content_type:?})"
        );
        return status(415, "UnsupportedMediaType", &message, json!({}));
    }
    let Some(manager) = request.query.get("fieldManager").filter(|m| !m.is_empty()) else {
        return status(
            400,
            "BadRequest",
            "PATCH requests of type apply must specify a fieldManager",
            json!({}),
        );
    };
    let force = request.query.get("force").map(String::as_str) == Some("true");
    let applied: Value = match serde_json::from_slice(&request.body) {
        Ok(value) => value,
        Err(e) => {
            return status(
                400,
                "BadRequest",
                &format!("error decoding YAML: {e}"),
                json!({}),
            );
        }
    };
    if let Err(message) = validate(&applied, namespace, name) {
        return status(
            422,
            "Invalid",
            &message,
            json!({ "name": name, "kind": "Secret" }),
        );
    }

    let key = (namespace.to_string(), name.to_string());
    if let Some(count) = state.concurrent_changes.get_mut(&key).filter(|c| **c > 0) {
        *count -= 1;
        state.next_version += 1;
        let version = state.next_version.to_string();
        if let Some(object) = state.objects.get_mut(&key) {
            object.value["metadata"]["resourceVersion"] = json!(version);
        }
    }

    let exists = state.objects.contains_key(&key);
    if let Some(wanted) = applied["metadata"]["resourceVersion"].as_str() {
        let current = state
            .objects
            .get(&key)
            .map(|o| o.value["metadata"]["resourceVersion"].clone());
        if current.as_ref().and_then(|v| v.as_str()) != Some(wanted) {
            let message = format!(
                "Operation cannot be fulfilled on secrets \"{name}\": the object has been modified; please apply your changes to the latest version and try again"
            );
            return status(
                409,
                "Conflict",
                &message,
                json!({ "name": name, "kind": "secrets" }),
            );
        }
    }
    let mut object = match state.objects.remove(&key) {
        Some(object) => object,
        None => new_object(state, namespace, name),
    };
    let conflicts = conflicts_of(&object, &applied, manager);
    if !conflicts.is_empty() && !force {
        let restore = exists.then_some(object);
        if let Some(object) = restore {
            state.objects.insert(key, object);
        }
        let causes: Vec<Value> = conflicts
            .iter()
            .map(|(field, other)| json!({ "type": "FieldManagerConflict", "message": format!("conflict with \"{other}\""), "field": field }))
            .collect();
        let message = format!(
            "Apply failed with {} conflict{}: {}",
            conflicts.len(),
            if conflicts.len() == 1 { "" } else { "s" },
            conflicts
                .iter()
                .map(|(field, other)| format!("conflict with \"{other}\": {field}"))
                .collect::<Vec<_>>()
                .join("; ")
        );
        return status(
            409,
            "Conflict",
            &message,
            json!({ "name": name, "kind": "secrets", "causes": causes }),
        );
    }
    let before = object.value.clone();
    merge(&mut object, &applied, manager, "Apply", force);
    if object.value != before {
        state.next_version += 1;
        object.value["metadata"]["resourceVersion"] = json!(state.next_version.to_string());
    }
    let body = rendered(&object);
    state.objects.insert(key, object);
    (if exists { 200 } else { 201 }, body)
}

fn validate(applied: &Value, namespace: &str, name: &str) -> Result<(), String> {
    if applied["apiVersion"] != "v1" || applied["kind"] != "Secret" {
        return Err("apiVersion must be v1 and kind Secret".into());
    }
    if applied["metadata"]["name"] != name {
        return Err("metadata.name does not match the name in the URL".into());
    }
    if !applied["metadata"]["namespace"].is_null() && applied["metadata"]["namespace"] != namespace
    {
        return Err(
            "the namespace of the provided object does not match the namespace sent on the request"
                .into(),
        );
    }
    let mut size = 0;
    for (key, value) in applied["data"].as_object().into_iter().flatten() {
        let valid_key = !key.is_empty()
            && key.len() <= 253
            && key != "."
            && key != ".."
            && key
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '_'));
        if !valid_key {
            return Err(format!(
                "data[{key}]: Invalid value: a valid config key must consist of alphanumeric characters, '-', '_' or '.'"
            ));
        }
        let Some(bytes) = value.as_str().and_then(|v| BASE64.decode(v).ok()) else {
            return Err(format!("data[{key}]: illegal base64 data"));
        };
        size += bytes.len();
    }
    if size > 1024 * 1024 {
        return Err("data: Too long: must have at most 1048576 bytes".into());
    }
    Ok(())
}

/// Lists the fields an apply sets, with their values.
fn fields_of(applied: &Value) -> Vec<(String, Value)> {
    let mut fields = vec![(".type".to_string(), applied["type"].clone())];
    for (key, value) in applied["data"].as_object().into_iter().flatten() {
        fields.push((format!(".data.{key}"), value.clone()));
    }
    for section in ["labels", "annotations"] {
        for (key, value) in applied["metadata"][section]
            .as_object()
            .into_iter()
            .flatten()
        {
            fields.push((format!(".metadata.{section}.{key}"), value.clone()));
        }
    }
    fields
}

fn field_value<'v>(object: &'v Value, field: &str) -> &'v Value {
    if field == ".type" {
        return &object["type"];
    }
    if let Some(key) = field.strip_prefix(".data.") {
        return &object["data"][key];
    }
    let rest = field.strip_prefix(".metadata.").unwrap();
    let (section, key) = rest.split_once('.').unwrap();
    &object["metadata"][section][key]
}

fn conflicts_of(object: &Object, applied: &Value, manager: &str) -> Vec<(String, String)> {
    let mut conflicts = Vec::new();
    for (field, value) in fields_of(applied) {
        let Some(owners) = object.owners.get(&field) else {
            continue;
        };
        let others: Vec<&String> = owners.iter().filter(|o| *o != manager).collect();
        if let Some(other) = others.first()
            && *field_value(&object.value, &field) != value
        {
            conflicts.push((field, other.to_string()));
        }
    }
    conflicts
}

/// Applies the fields of `applied` for `manager`: sets them, records the
/// ownership, and removes fields the manager owned alone and no longer sets.
fn merge(object: &mut Object, applied: &Value, manager: &str, operation: &str, force: bool) {
    let fields = fields_of(applied);
    let set: BTreeSet<&String> = fields.iter().map(|(f, _)| f).collect();
    let stale: Vec<String> = object
        .owners
        .iter()
        .filter(|(field, owners)| {
            !set.contains(field) && owners.len() == 1 && owners.contains(manager)
        })
        .map(|(field, _)| field.clone())
        .collect();
    for field in stale {
        object.owners.remove(&field);
        remove_field(&mut object.value, &field);
    }
    for (field, value) in fields {
        write_field(&mut object.value, &field, value);
        let owners = object.owners.entry(field).or_default();
        if force {
            owners.clear();
        }
        owners.insert(manager.to_string());
    }
    object
        .operations
        .insert(manager.to_string(), operation.to_string());
}

fn write_field(object: &mut Value, field: &str, value: Value) {
    if field == ".type" {
        object["type"] = value;
    } else if let Some(key) = field.strip_prefix(".data.") {
        object["data"][key] = value;
    } else {
        let rest = field.strip_prefix(".metadata.").unwrap();
        let (section, key) = rest.split_once('.').unwrap();
        object["metadata"][section][key] = value;
    }
}

fn remove_field(object: &mut Value, field: &str) {
    if let Some(key) = field.strip_prefix(".data.") {
        if let Some(map) = object["data"].as_object_mut() {
            map.remove(key);
        }
    } else if let Some(rest) = field.strip_prefix(".metadata.") {
        let (section, key) = rest.split_once('.').unwrap();
        if let Some(map) = object["metadata"][section].as_object_mut() {
            map.remove(key);
        }
    }
}

/// Returns the object with `managedFields` built from the ownership records.
fn rendered(object: &Object) -> Value {
    let mut value = object.value.clone();
    let mut entries = Vec::new();
    for (manager, operation) in &object.operations {
        let mut fields = json!({});
        for (field, owners) in &object.owners {
            if !owners.contains(manager) {
                continue;
            }
            if field == ".type" {
                fields["f:type"] = json!({});
            } else if let Some(key) = field.strip_prefix(".data.") {
                fields["f:data"][format!("f:{key}")] = json!({});
            } else if let Some(rest) = field.strip_prefix(".metadata.") {
                let (section, key) = rest.split_once('.').unwrap();
                fields["f:metadata"][format!("f:{section}")][format!("f:{key}")] = json!({});
            }
        }
        entries.push(json!({
            "manager": manager, "operation": operation, "apiVersion": "v1",
            "time": "2026-12-04T12:00:00Z", "fieldsType": "FieldsV1", "fieldsV1": fields,
        }));
    }
    value["metadata"]["managedFields"] = Value::Array(entries);
    value
}

fn delete(state: &mut State, request: &Request, namespace: &str, name: &str) -> (u16, Value) {
    let key = (namespace.to_string(), name.to_string());
    let Some(object) = state.objects.get(&key) else {
        return not_found(name);
    };

    let options: Value = serde_json::from_slice(&request.body).unwrap_or(Value::Null);
    let uid = &object.value["metadata"]["uid"];
    let version = &object.value["metadata"]["resourceVersion"];
    let wanted_uid = &options["preconditions"]["uid"];
    let wanted_version = &options["preconditions"]["resourceVersion"];
    if !wanted_uid.is_null() && wanted_uid != uid {
        let message = format!(
            "Precondition failed: UID in precondition: {wanted_uid}, UID in object meta: {uid}"
        );
        return status(
            409,
            "Conflict",
            &message,
            json!({ "name": name, "kind": "secrets" }),
        );
    }
    if !wanted_version.is_null() && wanted_version != version {
        let message = format!(
            "Precondition failed: ResourceVersion in precondition: {wanted_version}, ResourceVersion in object meta: {version}"
        );
        return status(
            409,
            "Conflict",
            &message,
            json!({ "name": name, "kind": "secrets" }),
        );
    }

    let uid = uid.clone();
    state.objects.remove(&key);
    status(
        200,
        "",
        "",
        json!({ "name": name, "kind": "secrets", "uid": uid }),
    )
}
