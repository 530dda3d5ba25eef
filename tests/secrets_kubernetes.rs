//! `secret render`, `apply` and `delete-applied` against the in-suite
//! Kubernetes API server (HTTPS on 127.0.0.1 with a test CA).

mod common;
mod kube_support;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Output;

use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use common::{TestHome, data, stderr, stdout};
use kube_support::KubeServer;
use serde::Deserialize;

/// The Secret fields the API defines (core/v1 Secret), and nothing else.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct Secret {
    api_version: String,
    kind: String,
    metadata: ObjectMeta,
    #[serde(rename = "type")]
    secret_type: String,
    data: BTreeMap<String, String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ObjectMeta {
    name: String,
    namespace: String,
    labels: BTreeMap<String, String>,
}

fn is_dns_subdomain(name: &str) -> bool {
    let edge = |c: Option<char>| c.is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit());
    name.len() <= 253
        && edge(name.chars().next())
        && edge(name.chars().last())
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '.')
}

/// Parses rendered manifests and checks each against the Secret schema:
/// fields, types, name and key patterns, base64 values and the size limit.
fn parse_manifests(text: &str) -> Vec<(Secret, BTreeMap<String, String>)> {
    let mut secrets = Vec::new();
    for document in yaml_serde::Deserializer::from_str(text) {
        let secret = Secret::deserialize(document).expect("a manifest matches the Secret schema");
        assert_eq!(secret.api_version, "v1");
        assert_eq!(secret.kind, "Secret");
        assert!(
            ["Opaque", "kubernetes.io/tls"].contains(&secret.secret_type.as_str()),
            "type {}",
            secret.secret_type
        );
        assert!(
            is_dns_subdomain(&secret.metadata.name),
            "{}",
            secret.metadata.name
        );
        assert!(is_dns_subdomain(&secret.metadata.namespace));
        assert_eq!(
            secret.metadata.labels["app.kubernetes.io/managed-by"],
            "micadoctl"
        );
        let mut decoded = BTreeMap::new();
        let mut size = 0;
        for (key, value) in &secret.data {
            assert!(
                key.chars()
                    .all(|c| c.is_ascii_alphanumeric() || "-._".contains(c)),
                "key {key}"
            );
            let bytes = BASE64.decode(value).expect("data values are base64");
            size += bytes.len();
            decoded.insert(key.clone(), String::from_utf8(bytes).unwrap());
        }
        assert!(size <= 1024 * 1024);
        if secret.secret_type == "kubernetes.io/tls" {
            let keys: Vec<&String> = secret.data.keys().collect();
            assert_eq!(keys, ["tls.crt", "tls.key"]);
        }
        secrets.push((secret, decoded));
    }
    secrets
}

fn run(home: &TestHome, args: &[&str]) -> Output {
    home.run(args, "")
}

fn assert_code(output: &Output, code: i32, what: &str) {
    assert_eq!(
        output.status.code(),
        Some(code),
        "{what}: stdout {} stderr {}",
        stdout(output),
        stderr(output)
    );
}

fn json(output: &Output) -> serde_json::Value {
    serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {} {}", stdout(output), stderr(output)))
}

fn copy(dir: &Path, name: &str) -> PathBuf {
    let target = dir.join(Path::new(name).file_name().unwrap());
    std::fs::copy(data(name), &target).unwrap();
    target
}

#[test]
fn render_matches_secret_schema() {
    let home = TestHome::empty();
    let output = run(
        &home,
        &[
            "secret",
            "render",
            data("secrets/adt-secrets.yaml").to_str().unwrap(),
        ],
    );
    assert_code(&output, 0, "render");
    let secrets = parse_manifests(&stdout(&output));
    assert_eq!(secrets.len(), 1);
    let (secret, values) = &secrets[0];
    assert_eq!(secret.metadata.name, "micado.appsecret");
    assert_eq!(secret.metadata.namespace, "default");
    assert_eq!(secret.secret_type, "Opaque");
    assert_eq!(values["DB_PASSWORD"], "s3cr3t-Passw0rd!");
    assert_eq!(values["HEX_KEY"], "0x1F2E3D4C");
    assert_eq!(values["ACCOUNT_ID"], "123456789012345678901234567890");
    assert_eq!(
        values["TLS_BUNDLE"],
        "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUNotARealCertificateAtAll0wCgYIKoZIzj0EAwIw\n-----END CERTIFICATE-----\n"
    );
    assert_eq!(values["FOLDED_NOTE"], "a long note that spans two lines");
    assert_eq!(values["EMPTY_VALUE"], "");
    let keys: Vec<&String> = secret.data.keys().collect();
    assert_eq!(keys.len(), 7);

    let output = run(
        &home,
        &[
            "secret",
            "render",
            data("adt-nginx-firewall-ec2.yaml").to_str().unwrap(),
        ],
    );
    assert_code(&output, 0, "render of the fixture");
    let secrets = parse_manifests(&stdout(&output));
    assert_eq!(secrets.len(), 1);
    let (secret, values) = &secrets[0];
    assert_eq!(secret.secret_type, "kubernetes.io/tls");
    assert_eq!(secret.metadata.name, "network-tls");
    assert!(values["tls.key"].starts_with("-----BEGIN PRIVATE KEY-----\nMIIJRAIBADANBgkqhkiG9w0BAQEFAASCCS4wggkqAgEAAoICAQC/6qDAvuUpMHz3\n"));
    assert!(values["tls.key"].ends_with("-----END PRIVATE KEY-----\n"));
    assert!(values["tls.crt"].starts_with("-----BEGIN CERTIFICATE-----\n"));
}

#[test]
fn render_layouts_and_namespace() {
    let home = TestHome::empty();
    let file = data("secrets/adt-secrets.yaml");
    let output = run(
        &home,
        &[
            "secret",
            "render",
            file.to_str().unwrap(),
            "--layout",
            "per-app",
            "--namespace",
            "shop",
        ],
    );
    assert_code(&output, 0, "per-app");
    let secrets = parse_manifests(&stdout(&output));
    assert_eq!(secrets.len(), 1);
    assert_eq!(secrets[0].0.metadata.name, "webapp.appsecret");
    assert_eq!(secrets[0].0.metadata.namespace, "shop");

    let output = run(
        &home,
        &[
            "--output",
            "json",
            "secret",
            "render",
            file.to_str().unwrap(),
        ],
    );
    assert_code(&output, 0, "json");
    let result = json(&output);
    assert_eq!(result["secrets"][0]["metadata"]["name"], "micado.appsecret");
    assert_eq!(
        result["secrets"][0]["data"]["HEX_KEY"],
        BASE64.encode("0x1F2E3D4C")
    );
}

#[test]
fn render_rejects_invalid_input() {
    let home = TestHome::empty();
    let dir = tempfile::tempdir().unwrap();
    let policy = |secrets: &str| {
        format!(
            "topology_template:\n  policies:\n  - secret:\n      type: tosca.policies.Security.MiCADO.Secret.KubernetesSecretDistribution\n      properties:\n        text_secrets:\n{secrets}"
        )
    };
    let cases = [
        (
            "bad-key.yaml",
            policy("          \"bad key!\": hunter2\n"),
            "bad key!",
        ),
        (
            "big.yaml",
            policy(&format!(
                "          big: {}\n          big2: {}\n",
                "a".repeat(600_000),
                "b".repeat(600_000)
            )),
            "1 MiB",
        ),
        ("bad-namespace.yaml", policy("          ok: v\n"), "Shop_1"),
        (
            "store.yaml",
            policy("          ref: STORE[db]\n"),
            "--from-store",
        ),
        (
            "duplicate-key.yaml",
            policy("          same: hunter2-a\n          same: hunter2-b\n"),
            "key \"same\" is set twice with different values; rename",
        ),
    ];
    for (name, text, expected) in cases {
        let file = dir.path().join(name);
        std::fs::write(&file, text).unwrap();
        let mut args = vec!["secret", "render", file.to_str().unwrap()];
        if name == "bad-namespace.yaml" {
            args.extend(["--namespace", "Shop_1"]);
        }
        let output = run(&home, &args);
        assert_code(&output, 6, name);
        assert!(
            stderr(&output).contains(expected),
            "{name}: {}",
            stderr(&output)
        );
        assert!(!stderr(&output).contains("hunter2"));
        assert!(stdout(&output).is_empty(), "{name} printed a manifest");
    }

    let file = dir.path().join("no-targets.yaml");
    std::fs::write(&file, policy("          ok: v\n")).unwrap();
    let output = run(
        &home,
        &[
            "secret",
            "render",
            file.to_str().unwrap(),
            "--layout",
            "per-app",
        ],
    );
    assert_code(&output, 6, "per-app without targets");
    assert!(stderr(&output).contains("targets"), "{}", stderr(&output));
}

#[test]
fn render_rejects_two_tls_secrets_of_one_name() {
    let home = TestHome::empty();
    let dir = tempfile::tempdir().unwrap();
    let network = |key: &str| {
        format!(
            "  - network:\n      type: tosca.policies.Security.MiCADO.Network.HttpProxy\n      properties:\n        encryption_key: {key}\n        encryption_cert: CERT\n"
        )
    };
    let text = format!(
        "topology_template:\n  policies:\n{}{}",
        network("hunter2-first"),
        network("hunter2-second")
    );
    let file = dir.path().join("two-networks.yaml");
    std::fs::write(&file, text).unwrap();

    let output = run(&home, &["secret", "render", file.to_str().unwrap()]);
    assert_code(&output, 6, "two network policies named alike");
    let message = stderr(&output);
    assert!(message.contains("network-tls"), "{message}");
    assert!(message.contains("network"), "{message}");
    assert!(!message.contains("hunter2"), "{message}");
    assert!(stdout(&output).is_empty(), "printed a manifest");
}

#[test]
fn render_names_missing_store_reference() {
    let home = TestHome::initialised();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("adt.yaml");
    std::fs::write(
        &file,
        "topology_template:\n  policies:\n  - secret:\n      type: tosca.policies.Security.MiCADO.Secret.KubernetesSecretDistribution\n      properties:\n        text_secrets:\n          ref: STORE[nosuch]\n",
    )
    .unwrap();

    let output = run(
        &home,
        &["secret", "render", file.to_str().unwrap(), "--from-store"],
    );
    assert_code(&output, 4, "missing stored secret");
    let message = stderr(&output);
    assert!(message.contains("text_secrets.ref"), "{message}");
    assert!(message.contains("\"nosuch\" not found"), "{message}");
    assert!(stdout(&output).is_empty(), "printed a manifest");
}

#[test]
fn render_sealed_file_and_store_reference() {
    let home = TestHome::initialised();
    let identity_text = std::fs::read_to_string(home.identity()).unwrap();
    let recipient = identity_text
        .lines()
        .find_map(|l| l.strip_prefix("# public key: "))
        .unwrap()
        .to_string();
    let dir = tempfile::tempdir().unwrap();
    let file = copy(dir.path(), "secrets/adt-secrets.yaml");
    let text = std::fs::read_to_string(&file).unwrap().replace(
        "API_TOKEN: 'ghp_0123456789abcdefABCDEF'",
        "API_TOKEN: STORE[api-token]",
    );
    std::fs::write(&file, text).unwrap();
    assert_code(
        &run(
            &home,
            &[
                "secret",
                "seal",
                file.to_str().unwrap(),
                "--recipient",
                &recipient,
            ],
        ),
        0,
        "seal",
    );
    let output = home.run(
        &["secret", "set", "api-token", "--from-file", "-"],
        "from-the-store",
    );
    assert_code(&output, 0, "secret set");

    let output = run(
        &home,
        &["secret", "render", file.to_str().unwrap(), "--from-store"],
    );
    assert_code(&output, 0, "render");
    let secrets = parse_manifests(&stdout(&output));
    assert_eq!(secrets[0].1["API_TOKEN"], "from-the-store");
    assert_eq!(secrets[0].1["DB_PASSWORD"], "s3cr3t-Passw0rd!");

    let output = run(&home, &["audit", "list", "--output", "json"]);
    assert!(stdout(&output).contains("app-secret/api-token"));

    let output = run(&home, &["secret", "render", file.to_str().unwrap()]);
    assert_code(&output, 6, "render without --from-store");
}

/// A state home, a kubeconfig for `server` and a copy of adt-secrets.yaml.
struct Cluster {
    home: TestHome,
    dir: tempfile::TempDir,
    server: KubeServer,
}

impl Cluster {
    fn new() -> Cluster {
        Cluster {
            home: TestHome::empty(),
            dir: tempfile::tempdir().unwrap(),
            server: KubeServer::start(),
        }
    }

    fn kubeconfig(&self, auth: &str) -> PathBuf {
        self.server.kubeconfig(self.dir.path(), auth, false)
    }

    fn descriptor(&self) -> PathBuf {
        copy(self.dir.path(), "secrets/adt-secrets.yaml")
    }

    fn run(&self, command: &str, file: &Path, kubeconfig: &Path, extra: &[&str]) -> Output {
        let mut args = vec![
            "--output",
            "json",
            "secret",
            command,
            file.to_str().unwrap(),
            "--kubeconfig",
            kubeconfig.to_str().unwrap(),
        ];
        args.extend_from_slice(extra);
        self.home.run(&args, "")
    }
}

#[test]
fn apply_creates_then_reports_unchanged() {
    let cluster = Cluster::new();
    let file = cluster.descriptor();
    let kubeconfig = cluster.kubeconfig("cert");

    let output = cluster.run("apply", &file, &kubeconfig, &[]);
    assert_code(&output, 0, "first apply");
    let result = json(&output);
    assert_eq!(result["changed"], true);
    assert_eq!(result["secrets"][0]["created"], true);
    assert_eq!(result["context"], "test");
    let values = cluster.server.data("default", "micado.appsecret");
    assert_eq!(values["DB_PASSWORD"], "s3cr3t-Passw0rd!");
    assert_eq!(values["FOLDED_NOTE"], "a long note that spans two lines");
    let object = cluster
        .server
        .object("default", "micado.appsecret")
        .unwrap();
    assert_eq!(
        object["metadata"]["annotations"]["micadoctl/created-by-apply"],
        "true"
    );
    assert_eq!(
        object["metadata"]["labels"]["app.kubernetes.io/managed-by"],
        "micadoctl"
    );

    let patches: Vec<_> = cluster
        .server
        .seen()
        .into_iter()
        .filter(|s| s.method == "PATCH")
        .collect();
    assert_eq!(patches.len(), 1);
    assert_eq!(
        patches[0].path,
        "/api/v1/namespaces/default/secrets/micado.appsecret"
    );
    assert_eq!(
        patches[0].content_type.as_deref(),
        Some("application/apply-patch+yaml")
    );
    assert_eq!(patches[0].query["fieldManager"], "micadoctl");
    assert_eq!(patches[0].query["force"], "false");
    assert_eq!(patches[0].status, 201);

    let output = cluster.run("apply", &file, &kubeconfig, &[]);
    assert_code(&output, 0, "second apply");
    assert_eq!(json(&output)["changed"], false);
    let patches = cluster
        .server
        .seen()
        .iter()
        .filter(|s| s.method == "PATCH")
        .count();
    assert_eq!(patches, 1, "an unchanged Secret was sent again");

    // A removed key is removed from the Secret, which is a change.
    let text = std::fs::read_to_string(&file)
        .unwrap()
        .replace("            HEX_KEY: \"0x1F2E3D4C\"\n", "");
    std::fs::write(&file, text).unwrap();
    let output = cluster.run("apply", &file, &kubeconfig, &[]);
    assert_code(&output, 0, "apply without HEX_KEY");
    assert_eq!(json(&output)["changed"], true);
    assert!(
        !cluster
            .server
            .data("default", "micado.appsecret")
            .contains_key("HEX_KEY")
    );
}

#[test]
fn apply_with_token_and_certificate_files() {
    let cluster = Cluster::new();
    let file = cluster.descriptor();
    for auth in ["token", "cert-files"] {
        let output = cluster.run(
            "apply",
            &file,
            &cluster.kubeconfig(auth),
            &["--namespace", "shop"],
        );
        assert_code(&output, 0, auth);
    }
    assert_eq!(
        cluster.server.data("shop", "micado.appsecret")["API_TOKEN"],
        "ghp_0123456789abcdefABCDEF"
    );

    let insecure = cluster.server.kubeconfig(cluster.dir.path(), "token", true);
    let output = cluster.run("apply", &file, &insecure, &["--namespace", "shop"]);
    assert_code(&output, 0, "insecure-skip-tls-verify");
    assert_eq!(json(&output)["changed"], false);
}

#[test]
fn apply_rejects_bad_trust_and_credentials() {
    let cluster = Cluster::new();
    let file = cluster.descriptor();

    let other = KubeServer::start();
    let kubeconfig = cluster.kubeconfig("cert");
    let text = std::fs::read_to_string(&kubeconfig).unwrap();
    let wrong_ca = cluster.dir.path().join("kubeconfig-wrong-ca");
    let ca_line = text
        .lines()
        .find(|l| l.contains("certificate-authority-data"))
        .unwrap();
    std::fs::write(
        &wrong_ca,
        text.replace(
            ca_line,
            &format!(
                "    certificate-authority-data: {}",
                BASE64.encode(&other.pki.ca_pem)
            ),
        ),
    )
    .unwrap();
    let output = cluster.run("apply", &file, &wrong_ca, &[]);
    assert_code(&output, 1, "server certificate from another CA");
    assert!(
        stderr(&output).contains("cannot reach the Kubernetes API"),
        "{}",
        stderr(&output)
    );

    let token = cluster.kubeconfig("token");
    let bad_token = cluster.dir.path().join("kubeconfig-bad-token");
    std::fs::write(
        &bad_token,
        std::fs::read_to_string(&token)
            .unwrap()
            .replace(kube_support::TOKEN, "wrong-token"),
    )
    .unwrap();
    let output = cluster.run("apply", &file, &bad_token, &[]);
    assert_code(&output, 7, "wrong token");
    assert!(stderr(&output).contains("401"), "{}", stderr(&output));

    let output = cluster.run("apply", &file, &kubeconfig, &["--context", "other"]);
    assert_code(&output, 6, "context with an undefined user");
    assert!(
        stderr(&output).contains("user \"nobody\""),
        "{}",
        stderr(&output)
    );
    let output = cluster.run("apply", &file, &kubeconfig, &["--context", "missing"]);
    assert_code(&output, 6, "missing context");
    assert!(
        cluster
            .server
            .object("default", "micado.appsecret")
            .is_none()
    );
}

#[test]
fn apply_rejects_odd_kubeconfig_fields() {
    let cluster = Cluster::new();
    let file = cluster.descriptor();
    let kubeconfig = |name: &str, cluster_fields: &str, user_fields: &str| {
        let text = format!(
            "apiVersion: v1\nkind: Config\nclusters:\n- name: c\n  cluster:\n{cluster_fields}users:\n- name: u\n  user:\n{user_fields}contexts:\n- name: x\n  context:\n    cluster: c\n    user: u\ncurrent-context: x\n"
        );
        let path = cluster.dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        path
    };
    let trusted = "    insecure-skip-tls-verify: true\n";
    let token = "    token: hunter2-token\n";
    let cases = [
        (
            kubeconfig("no-server", trusted, token),
            "missing field `server`",
        ),
        (
            kubeconfig(
                "not-a-url",
                &format!("    server: not a url\n{trusted}"),
                token,
            ),
            "server \"not a url\"",
        ),
        (
            kubeconfig(
                "plain-http",
                &format!("    server: http://127.0.0.1:1\n{trusted}"),
                token,
            ),
            "https",
        ),
        (
            kubeconfig(
                "exec-plugin",
                &format!("    server: https://127.0.0.1:1\n{trusted}"),
                "    exec:\n      command: aws\n",
            ),
            "exec",
        ),
        (
            kubeconfig(
                "auth-provider",
                &format!("    server: https://127.0.0.1:1\n{trusted}"),
                "    auth-provider:\n      name: gcp\n",
            ),
            "auth-provider",
        ),
        (
            kubeconfig(
                "string-flag",
                "    server: https://127.0.0.1:1\n    insecure-skip-tls-verify: \"yes\"\n",
                token,
            ),
            "expected a boolean",
        ),
    ];
    for (path, expected) in cases {
        let output = cluster.run("apply", &file, &path, &[]);
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        assert_code(&output, 6, &name);
        let message = stderr(&output);
        assert!(message.contains(expected), "{name}: {message}");
        assert!(!message.contains("hunter2"), "{name}: {message}");
    }
}

#[test]
fn apply_conflict_with_other_manager() {
    let cluster = Cluster::new();
    let file = cluster.descriptor();
    let kubeconfig = cluster.kubeconfig("cert");
    cluster.server.seed(
        "default",
        "micado.appsecret",
        &[("DB_PASSWORD", "old-value"), ("OTHER", "kept")],
        "kubectl",
    );

    let output = cluster.run("apply", &file, &kubeconfig, &[]);
    assert_code(&output, 5, "conflict");
    let message = stderr(&output);
    assert!(message.contains("409"), "{message}");
    assert!(message.contains("kubectl"), "{message}");
    assert!(message.contains(".data.DB_PASSWORD"), "{message}");
    assert!(message.contains("--force-conflicts"), "{message}");
    assert_eq!(
        cluster.server.data("default", "micado.appsecret")["DB_PASSWORD"],
        "old-value"
    );

    let output = cluster.run("apply", &file, &kubeconfig, &["--force-conflicts"]);
    assert_code(&output, 0, "forced");
    let result = json(&output);
    assert_eq!(result["secrets"][0]["created"], false);
    let values = cluster.server.data("default", "micado.appsecret");
    assert_eq!(values["DB_PASSWORD"], "s3cr3t-Passw0rd!");
    assert_eq!(
        values["OTHER"], "kept",
        "a field of another manager was removed"
    );

    // The Secret existed before, so delete-applied leaves it.
    let output = cluster.run("delete-applied", &file, &kubeconfig, &[]);
    assert_code(&output, 0, "delete-applied");
    assert_eq!(json(&output)["changed"], false);
    assert!(
        cluster
            .server
            .object("default", "micado.appsecret")
            .is_some()
    );
}

#[test]
fn apply_retries_resource_version_conflict() {
    let cluster = Cluster::new();
    let file = cluster.descriptor();
    let kubeconfig = cluster.kubeconfig("cert");
    assert_code(&cluster.run("apply", &file, &kubeconfig, &[]), 0, "create");
    let text = std::fs::read_to_string(&file)
        .unwrap()
        .replace("s3cr3t-Passw0rd!", "n3w-Passw0rd!");
    std::fs::write(&file, text).unwrap();

    cluster
        .server
        .change_before_patch("default", "micado.appsecret", 1);
    let output = cluster.run("apply", &file, &kubeconfig, &[]);
    assert_code(&output, 0, "apply after one concurrent change");
    let statuses: Vec<u16> = cluster
        .server
        .seen()
        .iter()
        .filter(|s| s.method == "PATCH")
        .map(|s| s.status)
        .collect();
    assert_eq!(statuses, [201, 409, 200]);
    assert_eq!(
        cluster.server.data("default", "micado.appsecret")["DB_PASSWORD"],
        "n3w-Passw0rd!"
    );

    let text = std::fs::read_to_string(&file)
        .unwrap()
        .replace("n3w-Passw0rd!", "third-Passw0rd!");
    std::fs::write(&file, text).unwrap();
    cluster
        .server
        .change_before_patch("default", "micado.appsecret", 10);
    let output = cluster.run("apply", &file, &kubeconfig, &[]);
    assert_code(&output, 8, "an object that keeps changing");
    assert!(
        stderr(&output).contains("has been modified"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn apply_forbidden_and_missing_namespace() {
    let cluster = Cluster::new();
    let file = cluster.descriptor();
    let kubeconfig = cluster.kubeconfig("token");
    cluster.server.forbid("locked");

    let output = cluster.run("apply", &file, &kubeconfig, &["--namespace", "locked"]);
    assert_code(&output, 7, "forbidden namespace");
    let message = stderr(&output);
    assert!(message.contains("namespace \"locked\""), "{message}");
    assert!(message.contains("403"), "{message}");
    assert!(message.contains("\"get\""), "{message}");
    assert!(message.contains(kube_support::TOKEN_USER), "{message}");
    assert!(message.contains("kubectl create role"), "{message}");

    let output = cluster.run("apply", &file, &kubeconfig, &["--namespace", "nosuch"]);
    assert_code(&output, 4, "missing namespace");
    let message = stderr(&output);
    assert!(
        message.contains("namespace \"nosuch\" not found"),
        "{message}"
    );
    assert!(message.contains("\"patch\""), "{message}");
}

#[test]
fn delete_applied_removes_what_apply_created() {
    let cluster = Cluster::new();
    let file = copy(cluster.dir.path(), "adt-nginx-firewall-ec2.yaml");
    let secrets_file = cluster.descriptor();
    let kubeconfig = cluster.kubeconfig("cert");
    assert_code(
        &cluster.run("apply", &file, &kubeconfig, &[]),
        0,
        "apply the TLS Secret",
    );
    assert_code(
        &cluster.run("apply", &secrets_file, &kubeconfig, &[]),
        0,
        "apply the app secret",
    );
    let tls = cluster.server.object("default", "network-tls").unwrap();
    assert_eq!(tls["type"], "kubernetes.io/tls");

    let output = cluster.run("delete-applied", &file, &kubeconfig, &[]);
    assert_code(&output, 0, "delete-applied");
    let result = json(&output);
    assert_eq!(result["changed"], true);
    assert_eq!(result["secrets"][0]["deleted"], true);
    assert!(cluster.server.object("default", "network-tls").is_none());
    assert!(
        cluster
            .server
            .object("default", "micado.appsecret")
            .is_some(),
        "another descriptor's Secret was deleted"
    );
    let deletes: Vec<_> = cluster
        .server
        .seen()
        .into_iter()
        .filter(|s| s.method == "DELETE")
        .collect();
    assert_eq!(deletes.len(), 1);
    assert_eq!(
        deletes[0].path,
        "/api/v1/namespaces/default/secrets/network-tls"
    );

    let output = cluster.run("delete-applied", &file, &kubeconfig, &[]);
    assert_code(&output, 0, "second delete-applied");
    assert_eq!(json(&output)["changed"], false);
}

#[test]
fn apply_output_has_no_secret() {
    let cluster = Cluster::new();
    let file = cluster.descriptor();
    let kubeconfig = cluster.kubeconfig("cert");
    cluster.server.seed(
        "default",
        "micado.appsecret",
        &[("DB_PASSWORD", "old-value")],
        "kubectl",
    );
    let outputs = [
        cluster.run("apply", &file, &kubeconfig, &[]),
        cluster.run("apply", &file, &kubeconfig, &["--force-conflicts"]),
    ];
    for output in outputs {
        for value in [
            "s3cr3t-Passw0rd!",
            "ghp_0123456789abcdefABCDEF",
            BASE64.encode("s3cr3t-Passw0rd!").as_str(),
        ] {
            assert!(!stdout(&output).contains(value), "{value} on stdout");
            assert!(!stderr(&output).contains(value), "{value} on stderr");
        }
    }
}
