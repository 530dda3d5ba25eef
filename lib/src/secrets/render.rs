//! Kubernetes Secret manifests from the values of a descriptor.
//!
//! MiCADO's deployer puts the `text_secrets` of every secret-distribution
//! policy into one Secret, `micado.appsecret` in namespace `default`. The
//! `per-app` layout makes one Secret per policy target instead. The TLS key
//! of a network-security policy becomes a `kubernetes.io/tls` Secret with the
//! policy's certificate.

use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use serde_json::{Map, Value, json};
use zeroize::Zeroizing;

use super::SecretError;
use super::select::{NETWORK_POLICY_PREFIX, SECRET_POLICY};
use super::yaml::{self, Leaf, Segment, ValueKind};

/// Name of the Secret that MiCADO's deployer creates.
pub const MICADO_SECRET: &str = "micado.appsecret";

/// Namespace of `micado.appsecret`.
pub const DEFAULT_NAMESPACE: &str = "default";

/// Largest total size of a Secret's data that the API server accepts (1 MiB).
pub const MAX_SECRET_BYTES: usize = 1024 * 1024;

/// Label on every Secret micadoctl renders.
pub const MANAGED_BY_LABEL: (&str, &str) = ("app.kubernetes.io/managed-by", "micadoctl");

/// Grouping of values into Secrets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// Every `text_secrets` key in `micado.appsecret`.
    Micado,
    /// One Secret per policy target, named `TARGET.appsecret`.
    PerApp,
}

/// The type of a Secret.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SecretType {
    /// `Opaque`: any keys.
    Opaque,
    /// `kubernetes.io/tls`: `tls.crt` and `tls.key`.
    Tls,
}

impl SecretType {
    /// Returns the `type` field of the manifest.
    pub fn as_str(self) -> &'static str {
        match self {
            SecretType::Opaque => "Opaque",
            SecretType::Tls => "kubernetes.io/tls",
        }
    }
}

/// One Secret to create.
pub struct SecretManifest {
    /// Object name.
    pub name: String,
    /// Namespace.
    pub namespace: String,
    /// Type.
    pub kind: SecretType,
    /// Keys and values, in the order of the descriptor.
    pub data: Vec<(String, Zeroizing<String>)>,
}

impl SecretManifest {
    /// Builds the object as the API expects it, with `data` in base64 and
    /// `annotations` added to the metadata.
    ///
    /// NOTE: the JSON value is not wiped from memory when dropped, unlike
    /// the values in `data`.
    pub fn to_object(&self, annotations: &[(&str, &str)]) -> Value {
        let mut data = Map::new();
        for (key, value) in &self.data {
            data.insert(key.clone(), Value::String(BASE64.encode(value.as_bytes())));
        }
        let mut metadata = json!({
            "name": self.name,
            "namespace": self.namespace,
            "labels": { MANAGED_BY_LABEL.0: MANAGED_BY_LABEL.1 },
        });
        if !annotations.is_empty() {
            let map: Map<String, Value> = annotations
                .iter()
                .map(|(k, v)| (k.to_string(), Value::String(v.to_string())))
                .collect();
            metadata["annotations"] = Value::Object(map);
        }
        json!({
            "apiVersion": "v1",
            "kind": "Secret",
            "metadata": metadata,
            "type": self.kind.as_str(),
            "data": data,
        })
    }

    /// Renders the manifest as YAML; keys are quoted, so that a key such as
    /// `true` or `123` stays a string.
    pub fn to_yaml(&self) -> Zeroizing<String> {
        let mut out = String::new();
        out.push_str("apiVersion: v1\nkind: Secret\nmetadata:\n");
        out.push_str(&format!("  name: {}\n", self.name));
        out.push_str(&format!("  namespace: {}\n", self.namespace));
        out.push_str("  labels:\n");
        out.push_str(&format!(
            "    {}: {}\n",
            MANAGED_BY_LABEL.0, MANAGED_BY_LABEL.1
        ));
        out.push_str(&format!("type: {}\n", self.kind.as_str()));
        if self.data.is_empty() {
            out.push_str("data: {}\n");
        } else {
            out.push_str("data:\n");
        }
        for (key, value) in &self.data {
            let quoted = serde_json::to_string(key).expect("a string serialises");
            let encoded = BASE64.encode(value.as_bytes());
            // An empty plain value would read as null.
            let encoded = if encoded.is_empty() {
                "\"\"".to_string()
            } else {
                encoded
            };
            out.push_str(&format!("  {quoted}: {encoded}\n"));
        }
        Zeroizing::new(out)
    }
}

/// Reads the value of a stored application secret by name.
pub type StoreLookup<'a> = dyn Fn(&str) -> Result<Zeroizing<String>, SecretError> + 'a;

/// Options of [`render`].
pub struct RenderOptions<'a> {
    /// Grouping of values.
    pub layout: Layout,
    /// Namespace; `default` when `None`.
    pub namespace: Option<&'a str>,
    /// Looks up a value written `STORE[NAME]`; `None` rejects such values.
    pub store: Option<&'a StoreLookup<'a>>,
}

/// A policy found in the descriptor.
struct Policy {
    document: usize,
    prefix: Vec<Segment>,
    name: String,
    kind: String,
}

/// Builds the Secrets from a plain (unsealed) descriptor.
pub fn render(
    text: &str,
    subject: &str,
    options: &RenderOptions<'_>,
) -> Result<Vec<SecretManifest>, SecretError> {
    let stream = yaml::parse(text).map_err(|e| SecretError::invalid(subject, e.to_string()))?;
    let namespace = options.namespace.unwrap_or(DEFAULT_NAMESPACE).to_string();
    check_object_name(&namespace, "namespace")?;
    let mut manifests: Vec<SecretManifest> = Vec::new();

    for policy in policies(&stream.leaves) {
        if policy.kind == SECRET_POLICY {
            let values = text_secrets(&stream.leaves, &policy, options, subject)?;
            let names = match options.layout {
                Layout::Micado => vec![MICADO_SECRET.to_string()],
                Layout::PerApp => targets(&stream.leaves, &policy)?
                    .into_iter()
                    .map(|target| format!("{target}.appsecret"))
                    .collect(),
            };
            for name in names {
                add_values(&mut manifests, &name, &namespace, &values)?;
            }
        } else if policy.kind.starts_with(NETWORK_POLICY_PREFIX)
            && let Some(manifest) = tls_secret(&stream.leaves, &policy, &namespace, subject)?
        {
            // Two Secrets of one name would overwrite each other when applied.
            if manifests.iter().any(|m| m.name == manifest.name) {
                return Err(SecretError::invalid(
                    format!("{subject}: policy \"{}\"", policy.name),
                    format!(
                        "another network policy also makes the Secret \"{}\"; give the policies different names",
                        manifest.name
                    ),
                ));
            }
            manifests.push(manifest);
        }
    }
    for manifest in &manifests {
        check_size(manifest)?;
    }
    Ok(manifests)
}

fn policies(leaves: &[Leaf]) -> Vec<Policy> {
    let root = [
        Segment::Key("topology_template".into()),
        Segment::Key("policies".into()),
    ];
    leaves
        .iter()
        .filter(|leaf| leaf.path.starts_with(&root))
        .filter(|leaf| matches!(leaf.path.0.last(), Some(Segment::Key(k)) if k == "type"))
        .filter_map(|leaf| {
            let prefix = leaf.path.0[..leaf.path.0.len() - 1].to_vec();
            let name = match prefix.last() {
                Some(Segment::Key(name)) => name.clone(),
                _ => return None,
            };
            Some(Policy {
                document: leaf.document,
                prefix,
                name,
                kind: leaf.value.to_string(),
            })
        })
        .collect()
}

fn child<'l>(leaves: &'l [Leaf], policy: &Policy, field: &[&str]) -> Vec<&'l Leaf> {
    let mut prefix = policy.prefix.clone();
    prefix.extend(field.iter().map(|f| Segment::Key(f.to_string())));
    leaves
        .iter()
        .filter(|leaf| leaf.document == policy.document && leaf.path.starts_with(&prefix))
        .collect()
}

fn text_secrets(
    leaves: &[Leaf],
    policy: &Policy,
    options: &RenderOptions<'_>,
    subject: &str,
) -> Result<Vec<(String, Zeroizing<String>)>, SecretError> {
    let depth = policy.prefix.len() + 2;
    let mut values = Vec::new();
    for leaf in child(leaves, policy, &["properties", "text_secrets"]) {
        let key = match leaf.path.0.get(depth) {
            Some(Segment::Key(key)) if leaf.path.0.len() == depth + 1 => key.clone(),
            _ => {
                return Err(SecretError::invalid(
                    format!("{subject}: {}", leaf.path),
                    "each text_secrets entry must be a key with a text value",
                ));
            }
        };
        check_key(&key, &leaf.path.to_string())?;
        let value = value_of(leaf, options, subject)?;
        values.push((key, value));
    }
    Ok(values)
}

/// Returns the value of a leaf, reading `STORE[NAME]` from the store.
fn value_of(
    leaf: &Leaf,
    options: &RenderOptions<'_>,
    subject: &str,
) -> Result<Zeroizing<String>, SecretError> {
    let place = format!("{subject}: {}", leaf.path);
    match leaf.kind {
        ValueKind::Alias => {
            return Err(SecretError::invalid(
                place,
                "the value is an alias; write the value out",
            ));
        }
        ValueKind::Empty => return Ok(Zeroizing::new(String::new())),
        ValueKind::Scalar(_) => {}
    }
    if super::envelope::is_token(leaf) {
        return Err(SecretError::invalid(
            place,
            "the value is still sealed; its file has no micadoctl_sealed block",
        ));
    }
    let reference = leaf
        .value
        .strip_prefix("STORE[")
        .and_then(|rest| rest.strip_suffix(']'));
    match (reference, options.store) {
        (Some(name), Some(lookup)) => lookup(name).map_err(|e| match e {
            SecretError::NotFound(what) => SecretError::NotFound(format!("{place}: {what}")),
            other => other,
        }),
        (Some(_), None) => Err(SecretError::invalid(
            place,
            "the value refers to the store (STORE[...]); add --from-store",
        )),
        (None, _) => Ok(leaf.value.clone()),
    }
}

fn targets(leaves: &[Leaf], policy: &Policy) -> Result<Vec<String>, SecretError> {
    let targets: Vec<String> = child(leaves, policy, &["targets"])
        .iter()
        .filter(|leaf| leaf.is_scalar())
        .map(|leaf| leaf.value.to_string())
        .collect();
    if targets.is_empty() {
        return Err(SecretError::invalid(
            format!("policy \"{}\"", policy.name),
            "it has no targets, which the per-app layout names its Secrets after; add targets or use --layout micado",
        ));
    }
    for target in &targets {
        check_object_name(&format!("{target}.appsecret"), "Secret name")?;
    }
    Ok(targets)
}

fn add_values(
    manifests: &mut Vec<SecretManifest>,
    name: &str,
    namespace: &str,
    values: &[(String, Zeroizing<String>)],
) -> Result<(), SecretError> {
    let position = match manifests.iter().position(|m| m.name == name) {
        Some(position) => position,
        None => {
            manifests.push(SecretManifest {
                name: name.to_string(),
                namespace: namespace.to_string(),
                kind: SecretType::Opaque,
                data: Vec::new(),
            });
            manifests.len() - 1
        }
    };
    let manifest = &mut manifests[position];
    for (key, value) in values {
        match manifest.data.iter().find(|(k, _)| k == key) {
            Some((_, existing)) if existing == value => {}
            Some(_) => {
                return Err(SecretError::invalid(
                    format!("Secret \"{name}\""),
                    format!("key \"{key}\" is set twice with different values; rename one of them"),
                ));
            }
            None => manifest.data.push((key.clone(), value.clone())),
        }
    }
    Ok(())
}

fn tls_secret(
    leaves: &[Leaf],
    policy: &Policy,
    namespace: &str,
    subject: &str,
) -> Result<Option<SecretManifest>, SecretError> {
    let field = |name: &str| {
        child(leaves, policy, &["properties", name])
            .into_iter()
            .find(|leaf| leaf.is_scalar())
    };
    let Some(key) = field("encryption_key") else {
        return Ok(None);
    };
    let certificate = field("encryption_cert").ok_or_else(|| {
        SecretError::invalid(
            format!("{subject}: policy \"{}\"", policy.name),
            "it has an encryption_key but no encryption_cert; a kubernetes.io/tls Secret needs both",
        )
    })?;
    let options = RenderOptions {
        layout: Layout::Micado,
        namespace: None,
        store: None,
    };
    let name = format!("{}-tls", policy.name.to_lowercase().replace('_', "-"));
    check_object_name(&name, "Secret name")?;
    Ok(Some(SecretManifest {
        name,
        namespace: namespace.to_string(),
        kind: SecretType::Tls,
        data: vec![
            ("tls.crt".into(), value_of(certificate, &options, subject)?),
            ("tls.key".into(), value_of(key, &options, subject)?),
        ],
    }))
}

/// Checks a data key against the API's rule: `[-._a-zA-Z0-9]+`, at most 253
/// characters, not `.` or `..`.
pub fn check_key(key: &str, place: &str) -> Result<(), SecretError> {
    let valid = !key.is_empty()
        && key.len() <= 253
        && key != "."
        && key != ".."
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '_'));
    if valid {
        return Ok(());
    }
    Err(SecretError::invalid(
        format!("key \"{}\" at {place}", key.escape_debug()),
        "Kubernetes Secret keys must be 1-253 characters of [-._a-zA-Z0-9], not \".\" or \"..\"; rename it",
    ))
}

/// Checks a name against the DNS subdomain rule of the API: lower-case
/// letters, digits, `-` and `.`, starting and ending with a letter or digit,
/// at most 253 characters.
pub fn check_object_name(name: &str, what: &str) -> Result<(), SecretError> {
    let edge_ok = |c: Option<char>| c.is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit());
    let valid = name.len() <= 253
        && edge_ok(name.chars().next())
        && edge_ok(name.chars().last())
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '-' | '.'));
    if valid {
        return Ok(());
    }
    Err(SecretError::invalid(
        format!("{what} \"{}\"", name.escape_debug()),
        "Kubernetes names must be lower-case letters, digits, '-' and '.', start and end with a letter or digit, and be at most 253 characters",
    ))
}

fn check_size(manifest: &SecretManifest) -> Result<(), SecretError> {
    let size: usize = manifest.data.iter().map(|(_, v)| v.len()).sum();
    if size > MAX_SECRET_BYTES {
        return Err(SecretError::invalid(
            format!("Secret \"{}\"", manifest.name),
            format!(
                "its values have {size} bytes; Kubernetes accepts at most 1 MiB (1048576 bytes) per Secret; use --layout per-app or split the values"
            ),
        ));
    }
    Ok(())
}
