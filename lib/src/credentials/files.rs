//! Reading and writing credential files: MiCADO's `credentials-cloud-api.yml`,
//! Google service-account JSON, k3s `registries.yaml`, and value documents for
//! `cred set --from-file`.
//!
//! YAML is parsed with `yaml_serde`, which resolves anchors and aliases; JSON is
//! read as YAML, of which it is a subset.
//! NOTE: the parsed document tree keeps values in ordinary strings, which are
//! not wiped from memory; the typed records built from it are.

use std::collections::BTreeMap;

use yaml_serde::Value;
use zeroize::Zeroizing;

use super::{CredentialError, CredentialType, Fields, Record, Versioned};

/// Records read from a file, ready for [`super::Credentials::set_many`].
#[derive(Debug, Default)]
pub struct ImportPlan {
    /// The records with their generated names.
    pub records: Vec<(String, Record)>,
    /// Fields that were present but empty, as `name.field`.
    pub empty_fields: Vec<String>,
    /// Names of entries skipped because every field was empty.
    pub skipped: Vec<String>,
}

/// The kinds of file [`parse_import`] accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportFormat {
    /// Decide from the contents.
    Auto,
    /// MiCADO's `credentials-cloud-api.yml`.
    Micado,
    /// A Google service-account JSON key.
    GceJson,
    /// k3s `registries.yaml` (registry logins, stored as generic credentials).
    Registries,
}

/// Parses a credential file. `source` names the file in messages.
pub fn parse_import(
    text: &str,
    source: &str,
    format: ImportFormat,
    prefix: Option<&str>,
) -> Result<ImportPlan, CredentialError> {
    let document = parse_document(text, source)?;
    let format = match format {
        ImportFormat::Auto => detect_format(&document, source)?,
        other => other,
    };
    let mut namer = Namer::new(prefix);
    let mut plan = ImportPlan::default();
    match format {
        ImportFormat::Micado => import_micado(&document, source, &mut namer, &mut plan)?,
        ImportFormat::GceJson => {
            let (fields, empty) = flatten_entry(&document, source)?;
            let name = namer.next("gce");
            plan.empty_fields
                .extend(empty.into_iter().map(|f| format!("{name}.{f}")));
            plan.records.push((
                name,
                Record {
                    kind: CredentialType::Gce,
                    fields,
                },
            ));
        }
        ImportFormat::Registries => import_registries(&document, source, &mut plan)?,
        ImportFormat::Auto => unreachable!("resolved above"),
    }
    for (name, record) in &plan.records {
        record
            .validate()
            .map_err(|m| CredentialError::invalid(format!("{source}: entry \"{name}\""), m))?;
    }
    Ok(plan)
}

fn parse_document(text: &str, source: &str) -> Result<Value, CredentialError> {
    yaml_serde::from_str(text)
        .map_err(|e| CredentialError::invalid(source, format!("not valid YAML or JSON: {e}")))
}

fn detect_format(document: &Value, source: &str) -> Result<ImportFormat, CredentialError> {
    let Value::Mapping(map) = document else {
        return Err(CredentialError::invalid(
            source,
            "expected a mapping at the top level",
        ));
    };
    let has = |key: &str| map.contains_key(key);
    if has("resource") || has("pre_authentication") {
        Ok(ImportFormat::Micado)
    } else if map.get("type").and_then(Value::as_str) == Some("service_account") {
        Ok(ImportFormat::GceJson)
    } else if has("configs") || has("mirrors") {
        Ok(ImportFormat::Registries)
    } else {
        Err(CredentialError::invalid(
            source,
            "unknown format: expected MiCADO's credentials-cloud-api.yml (resource, pre_authentication), \
             a Google service-account JSON key or a k3s registries.yaml (configs)",
        ))
    }
}

/// Gives each entry its type as name, with `-2`, `-3` for repeats, after an
/// optional `PREFIX-`.
struct Namer<'a> {
    prefix: Option<&'a str>,
    counts: BTreeMap<String, usize>,
}

impl<'a> Namer<'a> {
    fn new(prefix: Option<&'a str>) -> Self {
        Namer {
            prefix,
            counts: BTreeMap::new(),
        }
    }

    fn next(&mut self, kind: &str) -> String {
        let count = self.counts.entry(kind.to_string()).or_insert(0);
        *count += 1;
        let base = match self.prefix {
            Some(prefix) => format!("{prefix}-{kind}"),
            None => kind.to_string(),
        };
        if *count == 1 {
            base
        } else {
            format!("{base}-{count}")
        }
    }
}

fn import_micado(
    document: &Value,
    source: &str,
    namer: &mut Namer<'_>,
    plan: &mut ImportPlan,
) -> Result<(), CredentialError> {
    let Value::Mapping(map) = document else {
        return Err(CredentialError::invalid(
            source,
            "expected a mapping at the top level",
        ));
    };
    for (key, _) in map {
        let key = key.as_str().unwrap_or("");
        if key != "resource" && key != "pre_authentication" {
            return Err(CredentialError::invalid(
                source,
                format!(
                    "unknown top-level key \"{key}\"; expected resource and pre_authentication"
                ),
            ));
        }
    }
    for section in ["pre_authentication", "resource"] {
        let entries = match map.get(section) {
            None | Some(Value::Null) => continue,
            Some(Value::Sequence(entries)) => entries,
            Some(_) => {
                return Err(CredentialError::invalid(
                    source,
                    format!("\"{section}\" must be a list"),
                ));
            }
        };
        for (index, entry) in entries.iter().enumerate() {
            import_micado_entry(entry, &format!("{source}: {section}[{index}]"), namer, plan)?;
        }
    }
    Ok(())
}

fn import_micado_entry(
    entry: &Value,
    at: &str,
    namer: &mut Namer<'_>,
    plan: &mut ImportPlan,
) -> Result<(), CredentialError> {
    let type_name = entry
        .get("type")
        .and_then(Value::as_str)
        .ok_or_else(|| CredentialError::invalid(at, "entry has no \"type\""))?;
    let kind = CredentialType::parse(type_name)
        .filter(|k| *k != CredentialType::Generic)
        .ok_or_else(|| {
            CredentialError::invalid(
                at,
                format!(
                    "unknown credential type \"{type_name}\"; known types are {}",
                    type_list()
                ),
            )
        })?;
    if let Value::Mapping(map) = entry
        && let Some((key, _)) = map
            .iter()
            .find(|(k, _)| !matches!(k.as_str(), Some("type" | "auth_data")))
    {
        return Err(CredentialError::invalid(
            at,
            format!(
                "unknown key \"{}\"; expected type and auth_data",
                key.as_str().unwrap_or("?")
            ),
        ));
    }
    let auth_data = entry.get("auth_data").unwrap_or(&Value::Null);
    let (fields, empty) = flatten_entry(auth_data, at)?;
    let name = namer.next(kind.as_str());
    if fields.is_empty() {
        plan.skipped.push(name);
        return Ok(());
    }
    plan.empty_fields
        .extend(empty.into_iter().map(|f| format!("{name}.{f}")));
    plan.records.push((name, Record { kind, fields }));
    Ok(())
}

fn import_registries(
    document: &Value,
    source: &str,
    plan: &mut ImportPlan,
) -> Result<(), CredentialError> {
    let Some(Value::Mapping(configs)) = document.get("configs") else {
        return Ok(());
    };
    for (host, config) in configs {
        let host = host
            .as_str()
            .ok_or_else(|| CredentialError::invalid(source, "registry names must be strings"))?;
        let at = format!("{source}: configs.{host}");
        // A registry with a port (`registry.local:5000`) is named `registry.local_5000`.
        let name = host.replace(':', "_");
        crate::names::check_name(&name).map_err(|m| {
            CredentialError::invalid(
                &at,
                format!("registry name cannot be a credential name: {m}"),
            )
        })?;
        let (fields, empty) = flatten_entry(config, &at)?;
        if fields.is_empty() {
            plan.skipped.push(name);
            continue;
        }
        plan.empty_fields
            .extend(empty.into_iter().map(|f| format!("{name}.{f}")));
        plan.records.push((
            name,
            Record {
                kind: CredentialType::Generic,
                fields,
            },
        ));
    }
    Ok(())
}

fn type_list() -> String {
    super::ALL_TYPES
        .iter()
        .filter(|t| **t != CredentialType::Generic)
        .map(|t| t.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Flattens a mapping into fields; nested mappings become dotted names
/// (`access_token.url`). Returns the fields and the names of empty ones.
fn flatten_entry(value: &Value, at: &str) -> Result<(Fields, Vec<String>), CredentialError> {
    let mut fields = Fields::new();
    let mut empty = Vec::new();
    match value {
        Value::Null => {}
        Value::Mapping(_) => flatten(value, "", at, &mut fields, &mut empty)?,
        _ => {
            return Err(CredentialError::invalid(
                at,
                "expected a mapping of field names to values",
            ));
        }
    }
    Ok((fields, empty))
}

fn flatten(
    value: &Value,
    path: &str,
    at: &str,
    fields: &mut Fields,
    empty: &mut Vec<String>,
) -> Result<(), CredentialError> {
    match value {
        Value::Mapping(map) => {
            for (key, child) in map {
                let key = scalar_text(key)
                    .ok_or_else(|| CredentialError::invalid(at, "field names must be strings"))?;
                let child_path = if path.is_empty() {
                    key
                } else {
                    format!("{path}.{key}")
                };
                super::types::check_field_name(&child_path)
                    .map_err(|m| CredentialError::invalid(at, m))?;
                flatten(child, &child_path, at, fields, empty)?;
            }
        }
        Value::Null => empty.push(path.to_string()),
        Value::String(s) if s.is_empty() => empty.push(path.to_string()),
        Value::Sequence(_) => {
            return Err(CredentialError::invalid(
                at,
                format!("field \"{path}\" is a list; only text values are supported"),
            ));
        }
        Value::Tagged(tagged) => flatten(&tagged.value, path, at, fields, empty)?,
        scalar => {
            let text = scalar_text(scalar).expect("strings, numbers and booleans are scalars");
            fields.insert(path, Zeroizing::new(text));
        }
    }
    Ok(())
}

fn scalar_text(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// Parses the values for `cred set --from-file`: a flat or nested mapping of
/// fields, or a MiCADO entry (`type` and `auth_data`). The type comes from
/// `kind` or, failing that, from the entry.
pub fn parse_values(
    text: &str,
    source: &str,
    kind: Option<CredentialType>,
) -> Result<Record, CredentialError> {
    let document = parse_document(text, source)?;
    let entry_type = match (&document, document.get("auth_data")) {
        (Value::Mapping(_), Some(_)) => document
            .get("type")
            .and_then(Value::as_str)
            .map(str::to_string),
        _ => None,
    };
    let body = if entry_type.is_some() {
        document.get("auth_data").unwrap_or(&Value::Null)
    } else {
        &document
    };
    let kind = match (kind, entry_type.as_deref()) {
        (Some(kind), _) => kind,
        (None, Some(name)) => CredentialType::parse(name).ok_or_else(|| {
            CredentialError::invalid(source, format!("unknown credential type \"{name}\""))
        })?,
        (None, None) if document.get("type").and_then(Value::as_str) == Some("service_account") => {
            CredentialType::Gce
        }
        (None, None) => {
            return Err(CredentialError::invalid(
                source,
                "no credential type: give --type",
            ));
        }
    };
    let (fields, empty) = flatten_entry(body, source)?;
    if let Some(field) = empty.first() {
        return Err(CredentialError::invalid(
            source,
            format!("field \"{field}\" is empty; remove it or give a value"),
        ));
    }
    Ok(Record { kind, fields })
}

/// Writes records in MiCADO's `credentials-cloud-api.yml` format. Google and
/// generic credentials have no place in it; their names are returned apart.
pub fn export_micado(credentials: &[Versioned]) -> (Zeroizing<String>, Vec<String>) {
    let mut pre_authentication = Vec::new();
    let mut resource = Vec::new();
    let mut skipped = Vec::new();
    for credential in in_import_order(credentials) {
        let record = &credential.record;
        let list = match record.kind {
            CredentialType::Openid => &mut pre_authentication,
            CredentialType::Gce | CredentialType::Generic => {
                skipped.push(credential.name.clone());
                continue;
            }
            _ => &mut resource,
        };
        let mut entry = yaml_serde::Mapping::new();
        entry.insert("type".into(), record.kind.as_str().into());
        entry.insert("auth_data".into(), unflatten(&record.fields));
        list.push(Value::Mapping(entry));
    }
    let mut document = yaml_serde::Mapping::new();
    if !pre_authentication.is_empty() {
        document.insert(
            "pre_authentication".into(),
            Value::Sequence(pre_authentication),
        );
    }
    document.insert("resource".into(), Value::Sequence(resource));
    let text = yaml_serde::to_string(&Value::Mapping(document)).expect("a YAML tree serialises");
    (Zeroizing::new(text), skipped)
}

/// Orders credentials so that repeats of a name come in their numbered order
/// (`ec2`, `ec2-2`, ..., `ec2-10`), the order in which [`parse_import`] names
/// them again. Name order would put `ec2-10` before `ec2-2`, and a re-import
/// would then store its values as `ec2-2`. Other credentials keep their order.
fn in_import_order(credentials: &[Versioned]) -> Vec<&Versioned> {
    let mut first_seen: BTreeMap<&str, usize> = BTreeMap::new();
    let mut keyed: Vec<(usize, u64, &Versioned)> = credentials
        .iter()
        .enumerate()
        .map(|(index, credential)| {
            let (base, repeat) = split_repeat(&credential.name);
            let group = *first_seen.entry(base).or_insert(index);
            (group, repeat, credential)
        })
        .collect();
    keyed.sort_by_key(|(group, repeat, _)| (*group, *repeat));
    keyed
        .into_iter()
        .map(|(_, _, credential)| credential)
        .collect()
}

/// Splits `ec2-3` into `("ec2", 3)`; a name without a repeat number is 1.
fn split_repeat(name: &str) -> (&str, u64) {
    let repeat = name
        .rsplit_once('-')
        .and_then(|(base, n)| Some((base, n.parse::<u64>().ok()?)))
        .filter(|(_, n)| *n >= 2);
    repeat.unwrap_or((name, 1))
}

fn unflatten(fields: &Fields) -> Value {
    let mut root = yaml_serde::Mapping::new();
    for (name, value) in fields.iter() {
        let mut map = &mut root;
        let mut parts = name.split('.').peekable();
        while let Some(part) = parts.next() {
            if parts.peek().is_none() {
                map.insert(part.into(), value.into());
                break;
            }
            let child = map
                .entry(part.into())
                .or_insert_with(|| Value::Mapping(Default::default()));
            if !child.is_mapping() {
                *child = Value::Mapping(Default::default());
            }
            map = child.as_mapping_mut().expect("just made a mapping");
        }
    }
    Value::Mapping(root)
}

/// Renders a Google credential as the service-account JSON key file.
pub fn gce_json(record: &Record) -> Result<Zeroizing<String>, CredentialError> {
    if record.kind != CredentialType::Gce {
        return Err(CredentialError::invalid(
            "export",
            format!(
                "a {} credential is not a Google service-account key",
                record.kind
            ),
        ));
    }
    let map: serde_json::Map<String, serde_json::Value> = record
        .fields
        .iter()
        .map(|(k, v)| (k.to_string(), serde_json::Value::String(v.to_string())))
        .collect();
    let mut text = serde_json::to_string_pretty(&map).expect("a JSON map serialises");
    text.push('\n');
    Ok(Zeroizing::new(text))
}

/// Writes credentials as one JSON document: `{"credentials": [{name, type,
/// version, fields}]}`.
pub fn export_json(credentials: &[Versioned]) -> Zeroizing<String> {
    let list: Vec<serde_json::Value> = credentials
        .iter()
        .map(|c| {
            let fields: serde_json::Map<String, serde_json::Value> =
                c.record.fields.iter().map(|(k, v)| (k.to_string(), v.into())).collect();
            serde_json::json!({ "name": c.name, "type": c.record.kind.as_str(), "version": c.version, "fields": fields })
        })
        .collect();
    let mut text = serde_json::to_string_pretty(&serde_json::json!({ "credentials": list }))
        .expect("JSON serialises");
    text.push('\n');
    Zeroizing::new(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = include_str!("../../../tests/data/filled-credentials-cloud-api.yml");

    #[test]
    fn imports_filled_sample() {
        let plan = parse_import(SAMPLE, "sample", ImportFormat::Auto, None).unwrap();
        let names: Vec<&str> = plan.records.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["openid", "ec2", "nova", "azure"]);
        let nova = &plan.records[2].1;
        assert_eq!(
            nova.fields.get("access_token.url"),
            Some("https://idp.example.org/token")
        );
        assert!(plan.skipped.iter().any(|s| s.starts_with("cloudsigma")));
        assert!(
            plan.empty_fields
                .contains(&"nova.application_credential_id".to_string())
        );
    }

    #[test]
    fn names_repeats_and_prefix() {
        let text = "resource:\n- type: ec2\n  auth_data: {accesskey: a, secretkey: b}\n- type: ec2\n  auth_data: {accesskey: c, secretkey: d}\n";
        let plan = parse_import(text, "f", ImportFormat::Auto, None).unwrap();
        assert_eq!(plan.records[1].0, "ec2-2");
        let plan = parse_import(text, "f", ImportFormat::Auto, Some("prod")).unwrap();
        assert_eq!(plan.records[0].0, "prod-ec2");
        assert_eq!(plan.records[1].0, "prod-ec2-2");
    }

    #[test]
    fn rejects_missing_required_field() {
        let text = "resource:\n- type: ec2\n  auth_data: {accesskey: a}\n";
        let err = parse_import(text, "f", ImportFormat::Auto, None)
            .unwrap_err()
            .to_string();
        assert!(err.contains("\"secretkey\""), "{err}");
        assert!(err.contains("ec2"), "{err}");
    }

    #[test]
    fn export_round_trips() {
        let plan = parse_import(SAMPLE, "sample", ImportFormat::Auto, None).unwrap();
        let versioned: Vec<Versioned> = plan
            .records
            .iter()
            .map(|(name, record)| Versioned {
                name: name.clone(),
                version: 1,
                record: record.clone(),
            })
            .collect();
        let (text, skipped) = export_micado(&versioned);
        assert!(skipped.is_empty());
        let again = parse_import(&text, "export", ImportFormat::Auto, None).unwrap();
        assert_eq!(again.records, plan.records);
    }
}
