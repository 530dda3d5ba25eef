//! `secret set`, `get`, `list`, `delete` and `encryption-config`: values and
//! keys sealed in the store, audited, and never shown where they should not be.

mod common;

use std::collections::BTreeMap;
use std::process::Output;

use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use common::{TestHome, run_json, stderr, stdout};
use serde::Deserialize;

fn assert_code(output: &Output, code: i32, what: &str) {
    assert_eq!(
        output.status.code(),
        Some(code),
        "{what}: stdout {} stderr {}",
        stdout(output),
        stderr(output)
    );
}

/// Returns everything a copy of the state home reveals: the database, its
/// write-ahead log and the audit export.
fn at_rest(home: &TestHome) -> Vec<u8> {
    let mut bytes = Vec::new();
    for name in ["micadoctl.db", "micadoctl.db-wal"] {
        if let Ok(content) = std::fs::read(home.path().join(name)) {
            bytes.extend(content);
        }
    }
    bytes.extend(home.run(&["audit", "export"], "").stdout);
    bytes
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

#[test]
fn set_get_list_delete() {
    let home = TestHome::initialised();
    let value = "multi-line\nsecret value with spaces ✓\n";

    let result = run_json(
        &home,
        &["secret", "set", "db-password", "--from-file", "-"],
        value,
    );
    assert_eq!(result["changed"], true);
    assert_eq!(result["version"], 1);
    let result = run_json(
        &home,
        &["secret", "set", "db-password", "--from-file", "-"],
        value,
    );
    assert_eq!(result["changed"], false);
    assert_eq!(result["version"], 1);
    let result = run_json(
        &home,
        &["secret", "set", "db-password", "--from-file", "-"],
        "second",
    );
    assert_eq!(result["changed"], true);
    assert_eq!(result["version"], 2);
    run_json(
        &home,
        &["secret", "set", "api-token", "--from-file", "-"],
        value,
    );

    let output = home.run(&["secret", "get", "api-token"], "");
    assert_code(&output, 0, "get");
    assert_eq!(
        output.stdout,
        value.as_bytes(),
        "the value is printed exactly"
    );
    let result = run_json(&home, &["secret", "get", "db-password"], "");
    assert_eq!(result["value"], "second");

    let output = home.run(&["--output", "json", "secret", "list"], "");
    assert_code(&output, 0, "list");
    assert!(!stdout(&output).contains("second"));
    let result: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let names: Vec<&str> = result["secrets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["api-token", "db-password"]);

    let result = run_json(&home, &["secret", "delete", "db-password"], "");
    assert_eq!(result["changed"], true);
    let output = home.run(&["secret", "delete", "db-password"], "");
    assert_code(&output, 4, "delete of a missing secret");
    let result = run_json(
        &home,
        &["secret", "delete", "db-password", "--if-exists"],
        "",
    );
    assert_eq!(result["changed"], false);
    let output = home.run(&["secret", "get", "db-password"], "");
    assert_code(&output, 4, "get of a deleted secret");

    let output = home.run(&["audit", "list", "--output", "json"], "");
    let audit = stdout(&output);
    for action in ["secret.set", "secret.get", "secret.delete"] {
        assert!(audit.contains(action), "no {action} record");
    }
    assert_code(&home.run(&["audit", "verify"], ""), 0, "audit verify");

    let stored = at_rest(&home);
    assert!(!contains(&stored, b"secret value with spaces"));
    assert!(!contains(&stored, b"second"));
}

#[test]
fn set_rejects_bad_input() {
    let home = TestHome::initialised();
    let output = home.run(&["secret", "set", "db-password"], "");
    assert_code(&output, 2, "no value and no terminal");
    assert!(
        stderr(&output).contains("--from-file"),
        "{}",
        stderr(&output)
    );
    let output = home.run(&["secret", "set", "bad name", "--from-file", "-"], "v");
    assert_code(&output, 6, "invalid name");
    let output = home.run(&["secret", "list"], "");
    assert_code(&output, 0, "list");
    assert!(!stdout(&output).contains("bad"));
}

#[test]
fn secrets_survive_store_rekey() {
    let home = TestHome::initialised();
    run_json(
        &home,
        &["secret", "set", "kept", "--from-file", "-"],
        "kept-value",
    );
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("encryption.yaml");
    let first = run_json(
        &home,
        &[
            "secret",
            "encryption-config",
            "--out",
            out.to_str().unwrap(),
        ],
        "",
    );
    assert_eq!(first["changed"], true);
    let before = std::fs::read(&out).unwrap();

    assert_code(&home.run(&["store", "rekey"], ""), 0, "store rekey");
    let output = home.run(&["secret", "get", "kept"], "");
    assert_code(&output, 0, "get after rekey");
    assert_eq!(stdout(&output), "kept-value");
    let again = run_json(
        &home,
        &[
            "secret",
            "encryption-config",
            "--out",
            out.to_str().unwrap(),
        ],
        "",
    );
    assert_eq!(again["changed"], false);
    assert_eq!(std::fs::read(&out).unwrap(), before);
}

/// The fields of `apiserver.config.k8s.io/v1` EncryptionConfiguration that
/// micadoctl writes.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct EncryptionConfiguration {
    api_version: String,
    kind: String,
    resources: Vec<ResourceConfiguration>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ResourceConfiguration {
    resources: Vec<String>,
    providers: Vec<BTreeMap<String, ProviderConfiguration>>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct ProviderConfiguration {
    #[serde(default)]
    keys: Vec<Key>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Key {
    name: String,
    secret: String,
}

/// Parses the configuration and returns (provider, key name, key bytes) in
/// order, checking the fixed parts.
fn read_config(path: &std::path::Path) -> Vec<(String, String, Vec<u8>)> {
    let text = std::fs::read_to_string(path).unwrap();
    let config: EncryptionConfiguration = yaml_serde::from_str(&text).unwrap();
    assert_eq!(config.api_version, "apiserver.config.k8s.io/v1");
    assert_eq!(config.kind, "EncryptionConfiguration");
    assert_eq!(config.resources.len(), 1);
    assert_eq!(config.resources[0].resources, ["secrets"]);
    let providers = &config.resources[0].providers;
    let last = providers.last().unwrap();
    assert!(last.contains_key("identity"), "identity must come last");
    let mut keys = Vec::new();
    for provider in &providers[..providers.len() - 1] {
        assert_eq!(provider.len(), 1);
        let (name, settings) = provider.iter().next().unwrap();
        assert!(["aescbc", "secretbox"].contains(&name.as_str()), "{name}");
        for key in &settings.keys {
            let bytes = BASE64.decode(&key.secret).unwrap();
            assert_eq!(bytes.len(), 32, "key {} is 32 bytes", key.name);
            keys.push((name.clone(), key.name.clone(), bytes));
        }
    }
    keys
}

#[test]
fn encryption_config_rotation() {
    use std::os::unix::fs::PermissionsExt;

    let home = TestHome::initialised();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("encryption.yaml");
    let path = out.to_str().unwrap();

    let result = run_json(&home, &["secret", "encryption-config", "--out", path], "");
    assert_eq!(result["changed"], true);
    assert_eq!(result["generated"], "key1");
    assert_eq!(
        std::fs::metadata(&out).unwrap().permissions().mode() & 0o777,
        0o600
    );
    let keys = read_config(&out);
    assert_eq!(keys.len(), 1);
    assert_eq!((keys[0].0.as_str(), keys[0].1.as_str()), ("aescbc", "key1"));
    let first_key = keys[0].2.clone();

    let result = run_json(&home, &["secret", "encryption-config", "--out", path], "");
    assert_eq!(result["changed"], false);
    assert_eq!(read_config(&out)[0].2, first_key);

    let output = home.run(
        &[
            "secret",
            "encryption-config",
            "--provider",
            "secretbox",
            "--out",
            path,
        ],
        "",
    );
    assert_code(&output, 6, "provider change without --rotate");
    assert!(stderr(&output).contains("--rotate"), "{}", stderr(&output));

    let output = home.run(
        &[
            "--output",
            "json",
            "secret",
            "encryption-config",
            "--provider",
            "secretbox",
            "--rotate",
            "--out",
            path,
        ],
        "",
    );
    assert_code(&output, 0, "rotate");
    let message = stderr(&output);
    for step in ["restart", "kubectl replace", "--prune"] {
        assert!(message.contains(step), "no step {step}: {message}");
    }
    let keys = read_config(&out);
    let order: Vec<(&str, &str)> = keys.iter().map(|k| (k.0.as_str(), k.1.as_str())).collect();
    assert_eq!(order, [("secretbox", "key2"), ("aescbc", "key1")]);
    assert_eq!(keys[1].2, first_key, "the old key is kept for reading");
    assert_ne!(keys[0].2, first_key);

    run_json(
        &home,
        &[
            "secret",
            "encryption-config",
            "--provider",
            "secretbox",
            "--rotate",
            "--out",
            path,
        ],
        "",
    );
    let keys = read_config(&out);
    let order: Vec<(&str, &str)> = keys.iter().map(|k| (k.0.as_str(), k.1.as_str())).collect();
    assert_eq!(
        order,
        [
            ("secretbox", "key3"),
            ("secretbox", "key2"),
            ("aescbc", "key1")
        ]
    );
    let text = std::fs::read_to_string(&out).unwrap();
    assert_eq!(
        text.matches("- secretbox:").count(),
        1,
        "keys of one provider share its entry"
    );

    let result = run_json(
        &home,
        &[
            "secret",
            "encryption-config",
            "--provider",
            "secretbox",
            "--prune",
            "--out",
            path,
        ],
        "",
    );
    assert_eq!(result["pruned"].as_array().unwrap().len(), 2);
    let keys = read_config(&out);
    assert_eq!(keys.len(), 1);
    assert_eq!(keys[0].1, "key3");
    let result = run_json(
        &home,
        &[
            "secret",
            "encryption-config",
            "--provider",
            "secretbox",
            "--rotate",
            "--out",
            path,
        ],
        "",
    );
    assert_eq!(
        result["generated"], "key4",
        "a pruned key's name is not used again"
    );

    let stored = at_rest(&home);
    for (_, _, key) in read_config(&out) {
        assert!(!contains(&stored, &key));
        assert!(!contains(&stored, BASE64.encode(&key).as_bytes()));
    }
    assert_code(&home.run(&["audit", "verify"], ""), 0, "audit verify");
}
