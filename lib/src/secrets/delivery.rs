//! Sending rendered Secrets to a cluster, and removing what was sent.
//!
//! Each Secret is read first. When the live object already has the values,
//! type and labels micadoctl applies (and no key micadoctl applied earlier
//! and no longer has), nothing is sent. Otherwise it is applied with the
//! `resourceVersion` that was read, so a change made in between fails with a
//! conflict and is read again, up to [`MAX_ATTEMPTS`] times.
//!
//! A Secret that apply creates gets the annotation [`CREATED_ANNOTATION`];
//! `delete-applied` deletes only Secrets that carry it, so a Secret that
//! existed before micadoctl touched it is never deleted.

use serde::Serialize;
use serde_json::Value;

use super::SecretError;
use super::render::SecretManifest;
use crate::clients::kubernetes::{FIELD_MANAGER, KubeClient, KubeError, Live};

/// Annotation on Secrets that `secret apply` created.
pub const CREATED_ANNOTATION: &str = "micadoctl/created-by-apply";

/// Attempts of one apply when the object keeps changing.
pub const MAX_ATTEMPTS: usize = 3;

/// Result of applying one Secret.
#[derive(Debug, Clone, Serialize)]
pub struct Applied {
    /// Namespace.
    pub namespace: String,
    /// Name.
    pub name: String,
    /// False when the live object already matched.
    pub changed: bool,
    /// True when this apply created the object.
    pub created: bool,
}

/// Result of deleting one Secret.
#[derive(Debug, Clone, Serialize)]
pub struct Deleted {
    /// Namespace.
    pub namespace: String,
    /// Name.
    pub name: String,
    /// Whether it was deleted.
    pub deleted: bool,
    /// Reason it was kept, when it was not deleted.
    pub skipped: Option<String>,
}

/// Applies every manifest; `force` takes over fields other managers own.
pub fn apply(
    client: &KubeClient,
    manifests: &[SecretManifest],
    force: bool,
) -> Result<Vec<Applied>, SecretError> {
    manifests
        .iter()
        .map(|manifest| apply_one(client, manifest, force))
        .collect()
}

fn apply_one(
    client: &KubeClient,
    manifest: &SecretManifest,
    force: bool,
) -> Result<Applied, SecretError> {
    let (namespace, name) = (manifest.namespace.as_str(), manifest.name.as_str());
    let mut attempt = 0;
    loop {
        attempt += 1;
        let live = client.get(namespace, name)?;
        let marked = match &live {
            Live::Missing => true,
            Live::Found(object) => object["metadata"]["annotations"][CREATED_ANNOTATION] == "true",
        };
        let annotations: &[(&str, &str)] = if marked {
            &[(CREATED_ANNOTATION, "true")]
        } else {
            &[]
        };
        let mut desired = manifest.to_object(annotations);
        let result = |changed| Applied {
            namespace: namespace.to_string(),
            name: name.to_string(),
            changed,
            created: matches!(live, Live::Missing),
        };
        if let Live::Found(object) = &live {
            if matches_live(object, &desired) {
                return Ok(result(false));
            }
            desired["metadata"]["resourceVersion"] = object["metadata"]["resourceVersion"].clone();
        }
        match client.apply(namespace, name, &desired, force) {
            Ok(_) => return Ok(result(true)),
            Err(KubeError::Conflict {
                field_managers: false,
                ..
            }) if attempt < MAX_ATTEMPTS => continue,
            Err(error) => return Err(error.into()),
        }
    }
}

/// Returns whether the live object already has what `desired` sets: type,
/// labels, annotations and data, and no data key that micadoctl owns but no
/// longer sets.
fn matches_live(live: &Value, desired: &Value) -> bool {
    let contains = |field: &str| {
        desired["metadata"][field]
            .as_object()
            .is_none_or(|map| map.iter().all(|(k, v)| live["metadata"][field][k] == *v))
    };
    let data = desired["data"].as_object();
    let same_data = data.is_none_or(|map| map.iter().all(|(k, v)| live["data"][k] == *v));
    let owned = owned_data_keys(live);
    let no_stale_key = owned
        .iter()
        .all(|key| data.is_some_and(|map| map.contains_key(key)));
    live["type"] == desired["type"]
        && contains("labels")
        && contains("annotations")
        && same_data
        && no_stale_key
}

/// Lists the data keys that micadoctl's apply owns, from `managedFields`.
fn owned_data_keys(live: &Value) -> Vec<String> {
    let Some(entries) = live["metadata"]["managedFields"].as_array() else {
        return Vec::new();
    };
    entries
        .iter()
        .filter(|entry| entry["manager"] == FIELD_MANAGER && entry["operation"] == "Apply")
        .filter_map(|entry| entry["fieldsV1"]["f:data"].as_object())
        .flat_map(|fields| fields.keys())
        .filter_map(|key| key.strip_prefix("f:").map(str::to_string))
        .collect()
}

/// Deletes the Secrets of `manifests` that `apply` created.
pub fn delete_applied(
    client: &KubeClient,
    manifests: &[SecretManifest],
) -> Result<Vec<Deleted>, SecretError> {
    let mut results = Vec::new();
    for manifest in manifests {
        let (namespace, name) = (manifest.namespace.as_str(), manifest.name.as_str());
        let result = |deleted, skipped: Option<&str>| Deleted {
            namespace: namespace.to_string(),
            name: name.to_string(),
            deleted,
            skipped: skipped.map(str::to_string),
        };
        let object = match client.get(namespace, name)? {
            Live::Missing => {
                results.push(result(false, Some("it does not exist")));
                continue;
            }
            Live::Found(object) => object,
        };
        if object["metadata"]["annotations"][CREATED_ANNOTATION] != "true" {
            results.push(result(
                false,
                Some("it existed before micadoctl applied it"),
            ));
            continue;
        }
        let uid = object["metadata"]["uid"].as_str().unwrap_or_default();
        let version = object["metadata"]["resourceVersion"]
            .as_str()
            .unwrap_or_default();
        client.delete(namespace, name, uid, version)?;
        results.push(result(true, None));
    }
    Ok(results)
}
