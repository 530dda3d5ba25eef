//! `secret seal`, `unseal` and `recipients` on MiCADO's fixture ADT and a
//! corpus of hard YAML, with the real `age`, `age-keygen` and `ssh-keygen`.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use common::{TestHome, data, require, stderr, stdout};
use micado_security::crypto::{self, DataKey};
use micado_security::secrets::{envelope, yaml};

const PEM_LINE: &str = "MIIJRAIBADANBgkqhkiG9w0BAQEFAASCCS4wggkqAgEAAoICAQC/6qDAvuUpMHz3";

/// A temporary directory with age and SSH identities.
struct Keys {
    dir: tempfile::TempDir,
    age_recipient: String,
    ssh_recipient: String,
}

impl Keys {
    fn new() -> Keys {
        require("age-keygen", "age");
        require("ssh-keygen", "openssh-client");
        let dir = tempfile::tempdir().unwrap();
        let age_id = dir.path().join("age.txt");
        let output = Command::new("age-keygen")
            .arg("-o")
            .arg(&age_id)
            .output()
            .unwrap();
        assert!(output.status.success(), "age-keygen: {}", stderr(&output));
        let output = Command::new("age-keygen")
            .arg("-y")
            .arg(&age_id)
            .output()
            .unwrap();
        let age_recipient = stdout(&output).trim().to_string();

        let ssh_id = dir.path().join("id_ed25519");
        let output = Command::new("ssh-keygen")
            .args([
                "-q",
                "-t",
                "ed25519",
                "-N",
                "",
                "-C",
                "ops@example.org",
                "-f",
            ])
            .arg(&ssh_id)
            .output()
            .unwrap();
        assert!(output.status.success(), "ssh-keygen: {}", stderr(&output));
        let ssh_recipient = std::fs::read_to_string(ssh_id.with_extension("pub"))
            .unwrap()
            .trim()
            .to_string();
        Keys {
            dir,
            age_recipient,
            ssh_recipient,
        }
    }

    fn age_identity(&self) -> PathBuf {
        self.dir.path().join("age.txt")
    }

    fn ssh_identity(&self) -> PathBuf {
        self.dir.path().join("id_ed25519")
    }

    /// Makes another age identity and returns its file and recipient.
    fn another(&self, name: &str) -> (PathBuf, String) {
        let path = self.dir.path().join(name);
        Command::new("age-keygen")
            .arg("-o")
            .arg(&path)
            .output()
            .unwrap();
        let output = Command::new("age-keygen")
            .arg("-y")
            .arg(&path)
            .output()
            .unwrap();
        (path, stdout(&output).trim().to_string())
    }
}

/// Copies a test data file into `dir`.
fn copy_data(dir: &Path, name: &str) -> PathBuf {
    let target = dir.join(Path::new(name).file_name().unwrap());
    std::fs::copy(data(name), &target).unwrap();
    target
}

fn run(home: &TestHome, args: &[&str]) -> Output {
    home.run(args, "")
}

fn seal(home: &TestHome, file: &Path, recipients: &[&str]) -> Output {
    let mut args = vec!["secret", "seal", file.to_str().unwrap()];
    for recipient in recipients {
        args.push("--recipient");
        args.push(recipient);
    }
    run(home, &args)
}

fn unseal_to_stdout(home: &TestHome, file: &Path, identity: &Path) -> Output {
    run(
        home,
        &[
            "--identity",
            identity.to_str().unwrap(),
            "secret",
            "unseal",
            file.to_str().unwrap(),
            "--out",
            "-",
        ],
    )
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

#[test]
fn fixture_two_recipients_round_trip() {
    let keys = Keys::new();
    let home = TestHome::empty();
    let file = copy_data(keys.dir.path(), "adt-nginx-firewall-ec2.yaml");
    let original = std::fs::read(&file).unwrap();

    let output = seal(&home, &file, &[&keys.age_recipient, &keys.ssh_recipient]);
    assert_code(&output, 0, "seal");
    let sealed = std::fs::read_to_string(&file).unwrap();
    assert!(
        !sealed.contains(PEM_LINE),
        "the TLS key is still in the file"
    );
    assert!(!sealed.contains("BEGIN PRIVATE KEY"));
    assert!(
        sealed.contains("-----BEGIN CERTIFICATE-----"),
        "the certificate is not a secret"
    );
    assert!(sealed.contains("encryption_key: ENC[v1,"));

    for identity in [keys.age_identity(), keys.ssh_identity()] {
        let output = unseal_to_stdout(&home, &file, &identity);
        assert_code(&output, 0, "unseal");
        assert_eq!(
            output.stdout,
            original,
            "unsealed with {}",
            identity.display()
        );
    }

    let output = run(
        &home,
        &[
            "--identity",
            keys.ssh_identity().to_str().unwrap(),
            "secret",
            "unseal",
            file.to_str().unwrap(),
        ],
    );
    assert_code(&output, 0, "unseal in place");
    assert_eq!(std::fs::read(&file).unwrap(), original);
}

#[test]
fn corpus_round_trips_byte_for_byte() {
    let keys = Keys::new();
    let home = TestHome::empty();
    let names = [
        "secrets/adt-secrets.yaml",
        "secrets/comments-everywhere.yaml",
        "secrets/anchors-merge.yaml",
        "secrets/scalars.yaml",
        "secrets/crlf.yaml",
        "secrets/two-documents.yaml",
        "secrets/no-final-newline.yaml",
        "secrets/flow-root.yaml",
    ];
    for name in names {
        let file = copy_data(keys.dir.path(), name);
        let original = std::fs::read(&file).unwrap();
        let output = seal(&home, &file, &[&keys.age_recipient]);
        assert_code(&output, 0, name);
        let sealed = std::fs::read(&file).unwrap();
        assert_ne!(sealed, original, "{name} was not sealed");

        let output = unseal_to_stdout(&home, &file, &keys.age_identity());
        assert_code(&output, 0, name);
        assert_eq!(
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&original),
            "{name}"
        );
    }
}

#[test]
fn sealed_file_keeps_layout() {
    let keys = Keys::new();
    let home = TestHome::empty();
    let file = copy_data(keys.dir.path(), "secrets/comments-everywhere.yaml");
    let original = std::fs::read_to_string(&file).unwrap();
    assert_code(&seal(&home, &file, &[&keys.age_recipient]), 0, "seal");
    let sealed = std::fs::read_to_string(&file).unwrap();

    // Every line that held no secret is unchanged, at the same place.
    // The header comment of a block scalar is sealed with the scalar.
    let secret_lines = [15, 16, 17, 18, 24];
    for (number, line) in original.lines().enumerate() {
        let line_number = number + 1;
        if secret_lines.contains(&line_number) || line.starts_with("            ") {
            continue;
        }
        assert!(sealed.contains(line), "line {line_number} changed: {line}");
    }
    assert!(sealed.contains("          first: ENC[v1,"));
    assert!(sealed.contains("] # after a plain value\n"));
    assert!(sealed.contains("          fourth: ENC[v1,"));
    assert!(sealed.contains("\n          fifth:\n            ENC[v1,"));
    assert!(sealed.starts_with("# leading comment\n%YAML 1.2\n---\n"));
    assert!(sealed.contains("\n# final comment\nmicadoctl_sealed:\n"));
}

#[test]
fn crlf_file_gets_crlf_metadata() {
    let keys = Keys::new();
    let home = TestHome::empty();
    let file = copy_data(keys.dir.path(), "secrets/crlf.yaml");
    assert_code(&seal(&home, &file, &[&keys.age_recipient]), 0, "seal");
    let sealed = std::fs::read_to_string(&file).unwrap();
    assert!(sealed.contains("micadoctl_sealed:\r\n  version: 1\r\n"));
    assert!(
        !sealed.replace("\r\n", "").contains('\n'),
        "a bare LF was added"
    );
}

#[test]
fn reseal_unchanged_and_new_value() {
    let keys = Keys::new();
    let home = TestHome::empty();
    let file = copy_data(keys.dir.path(), "secrets/adt-secrets.yaml");
    assert_code(&seal(&home, &file, &[&keys.age_recipient]), 0, "seal");
    let sealed = std::fs::read_to_string(&file).unwrap();

    let identity = keys.age_identity();
    let reseal = |extra: &[&str]| {
        let mut args = vec![
            "--output",
            "json",
            "--identity",
            identity.to_str().unwrap(),
            "secret",
            "seal",
            file.to_str().unwrap(),
        ];
        args.extend_from_slice(extra);
        run(&home, &args)
    };
    let output = reseal(&["--recipient", &keys.age_recipient]);
    assert_code(&output, 0, "reseal");
    let result: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(result["changed"], false);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), sealed);

    // A new plain secret is sealed with the existing data key.
    let edited = sealed.replace(
        "            EMPTY_VALUE:",
        "            NEW_SECRET: brand-new-value\n            EMPTY_VALUE:",
    );
    std::fs::write(&file, &edited).unwrap();
    let output = reseal(&[]);
    assert_code(&output, 0, "reseal with a new value");
    let result: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(result["changed"], true);
    assert_eq!(result["sealed_now"].as_array().unwrap().len(), 1);
    let resealed = std::fs::read_to_string(&file).unwrap();
    assert!(!resealed.contains("brand-new-value"));
    let data_key =
        |text: &str| text[text.find("data_key:").unwrap()..text.find("tags:").unwrap()].to_string();
    assert_eq!(
        data_key(&resealed),
        data_key(&sealed),
        "the data key changed"
    );
    let token_line = sealed
        .lines()
        .find(|l| l.contains("DB_PASSWORD: ENC"))
        .unwrap();
    assert!(
        resealed.contains(token_line),
        "an existing token was sealed again"
    );

    let output = unseal_to_stdout(&home, &file, &identity);
    assert_code(&output, 0, "unseal");
    let expected = std::fs::read_to_string(data("secrets/adt-secrets.yaml"))
        .unwrap()
        .replace(
            "            EMPTY_VALUE:",
            "            NEW_SECRET: brand-new-value\n            EMPTY_VALUE:",
        );
    assert_eq!(stdout(&output), expected);

    let output = reseal(&["--recipient", &keys.ssh_recipient]);
    assert_code(&output, 6, "reseal for other recipients");
    assert!(
        stderr(&output).contains("secret recipients"),
        "{}",
        stderr(&output)
    );
}

/// Seals a copy of adt-secrets.yaml, applies `edit` to the sealed text and
/// returns the unseal output.
fn unseal_after_edit(keys: &Keys, edit: impl Fn(&str) -> String) -> (Output, String, String) {
    let home = TestHome::empty();
    let file = copy_data(keys.dir.path(), "secrets/adt-secrets.yaml");
    assert_code(&seal(&home, &file, &[&keys.age_recipient]), 0, "seal");
    let sealed = std::fs::read_to_string(&file).unwrap();
    let edited = edit(&sealed);
    assert_ne!(edited, sealed, "the edit changed nothing");
    std::fs::write(&file, &edited).unwrap();
    let output = run(
        &home,
        &[
            "--identity",
            keys.age_identity().to_str().unwrap(),
            "secret",
            "unseal",
            file.to_str().unwrap(),
        ],
    );
    let after = std::fs::read_to_string(&file).unwrap();
    assert_eq!(after, edited, "a failed unseal changed the file");
    (output, edited, sealed)
}

/// A change made to a sealed file.
type Edit = Box<dyn Fn(&str) -> String>;

#[test]
fn mac_detects_each_kind_of_edit() {
    let keys = Keys::new();
    let other_recipient = keys.another("other.txt").1;
    let cases: Vec<(&str, Edit, &str)> = vec![
        (
            "plain value",
            Box::new(|t: &str| t.replace("example/webapp:2.4", "evil/webapp:2.4")),
            "topology_template.node_templates.webapp.properties.image",
        ),
        (
            "plain value quoting",
            Box::new(|t: &str| t.replace("value: webapp", "value: 'webapp'")),
            "env[0].value",
        ),
        (
            "added key",
            Box::new(|t: &str| {
                t.replace("        image:", "        command: [sh]\n        image:")
            }),
            "properties.command[0]",
        ),
        (
            "removed plain value",
            Box::new(|t: &str| t.replace("        - name: DB_USER\n          value: webapp\n", "")),
            "env[0]",
        ),
        (
            "recipient added",
            Box::new(move |t: &str| {
                t.replace(
                    "  recipients:\n",
                    &format!("  recipients:\n    - \"{other_recipient}\"\n"),
                )
            }),
            "micadoctl_sealed metadata",
        ),
        (
            "paths changed",
            Box::new(|t: &str| t.replace("  paths: []", "  paths:\n    - \"x\"")),
            "micadoctl_sealed metadata",
        ),
        (
            "mac replaced",
            Box::new(|t: &str| {
                let start = t.find("  mac: ").unwrap();
                format!("{}  mac: {}\n", &t[..start], "A".repeat(43) + "=")
            }),
            "micadoctl_sealed metadata",
        ),
    ];
    for (name, edit, path) in cases {
        let (output, _, _) = unseal_after_edit(&keys, edit);
        assert_code(&output, 3, name);
        let message = stderr(&output);
        assert!(
            message.contains("does not match the MAC"),
            "{name}: {message}"
        );
        assert!(
            message.contains(path),
            "{name}: expected {path} in {message}"
        );
    }
}

#[test]
fn sealed_value_edits_fail() {
    let keys = Keys::new();

    // One character of a token changed.
    let (output, _, _) = unseal_after_edit(&keys, |t| {
        let at = t.find("API_TOKEN: ENC[v1,").unwrap() + "API_TOKEN: ENC[v1,".len() + 10;
        let mut bytes = t.as_bytes().to_vec();
        bytes[at] = if bytes[at] == b'A' { b'B' } else { b'A' };
        String::from_utf8(bytes).unwrap()
    });
    assert_code(&output, 3, "token byte changed");
    assert!(stderr(&output).contains("API_TOKEN"), "{}", stderr(&output));

    // Two tokens swapped between keys.
    let (output, _, _) = unseal_after_edit(&keys, |t| {
        let token = |key: &str| {
            let line = t.lines().find(|l| l.trim_start().starts_with(key)).unwrap();
            line[line.find("ENC[").unwrap()..line.find(']').unwrap() + 1].to_string()
        };
        let (a, b) = (token("API_TOKEN:"), token("HEX_KEY:"));
        t.replace(&a, "SWAP").replace(&b, &a).replace("SWAP", &b)
    });
    assert_code(&output, 3, "tokens swapped");
    assert!(stderr(&output).contains("API_TOKEN"), "{}", stderr(&output));

    // A sealed value replaced by a plain one.
    let (output, _, _) = unseal_after_edit(&keys, |t| {
        let line = t.lines().find(|l| l.contains("HEX_KEY: ENC")).unwrap();
        t.replace(line, "            HEX_KEY: plain-now")
    });
    assert_code(&output, 3, "token replaced by a plain value");
    assert!(stderr(&output).contains("HEX_KEY"), "{}", stderr(&output));
}

#[test]
fn unauthenticated_prints_with_warning() {
    let keys = Keys::new();
    let home = TestHome::empty();
    let file = copy_data(keys.dir.path(), "secrets/adt-secrets.yaml");
    assert_code(&seal(&home, &file, &[&keys.age_recipient]), 0, "seal");
    let sealed = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, sealed.replace("example/webapp:2.4", "evil/webapp:9")).unwrap();
    let identity = keys.age_identity();
    let base = [
        "--identity",
        identity.to_str().unwrap(),
        "secret",
        "unseal",
        file.to_str().unwrap(),
        "--unauthenticated",
    ];

    let output = run(&home, &base);
    assert_code(&output, 2, "--unauthenticated without --out -");

    let mut args = base.to_vec();
    args.extend(["--out", "-"]);
    let output = run(&home, &args);
    assert_code(&output, 0, "--unauthenticated --out -");
    assert!(stdout(&output).contains("evil/webapp:9"));
    assert!(stdout(&output).contains("DB_PASSWORD: \"s3cr3t-Passw0rd!\""));
    let message = stderr(&output);
    assert!(message.contains("warning:"), "{message}");
    assert!(message.contains("properties.image"), "{message}");
}

#[test]
fn age_cli_decrypts_wrapped_data_key() {
    require("age", "age");
    let keys = Keys::new();
    let home = TestHome::empty();
    let file = copy_data(keys.dir.path(), "secrets/adt-secrets.yaml");
    assert_code(
        &seal(&home, &file, &[&keys.age_recipient, &keys.ssh_recipient]),
        0,
        "seal",
    );
    let sealed = std::fs::read_to_string(&file).unwrap();
    let split = envelope::split(&sealed, "adt").unwrap().unwrap();
    let stanza = keys.dir.path().join("data_key.age");
    std::fs::write(&stanza, &split.metadata.data_key).unwrap();

    let mut data_keys = Vec::new();
    for identity in [keys.age_identity(), keys.ssh_identity()] {
        let output = Command::new("age")
            .arg("-d")
            .arg("-i")
            .arg(&identity)
            .arg(&stanza)
            .output()
            .unwrap();
        assert!(output.status.success(), "age -d: {}", stderr(&output));
        assert_eq!(output.stdout.len(), 32, "the data key is 32 bytes");
        data_keys.push(output.stdout);
    }
    assert_eq!(data_keys[0], data_keys[1]);

    // The key from the age CLI opens a value bound to its path.
    let key = DataKey::from_slice(&data_keys[0]).unwrap();
    let stream = yaml::parse(split.body).unwrap();
    let leaf = stream
        .leaves
        .iter()
        .find(|l| l.path.to_string().ends_with("text_secrets.DB_PASSWORD"))
        .unwrap();
    let payload = envelope::token_payload(&leaf.value).unwrap();
    let path = leaf.path.to_string();
    let opened = crypto::open(&key, &envelope::value_associated_data(0, &path), &payload).unwrap();
    assert_eq!(opened.as_slice(), b"\"s3cr3t-Passw0rd!\"");
    let elsewhere = envelope::value_associated_data(0, "topology_template.policies[0]");
    assert!(crypto::open(&key, &elsewhere, &payload).is_err());
}

#[test]
fn recipients_rekey_and_remove() {
    let keys = Keys::new();
    let home = TestHome::empty();
    let (new_identity, new_recipient) = keys.another("new.txt");
    let file = copy_data(keys.dir.path(), "secrets/adt-secrets.yaml");
    let original = std::fs::read(&file).unwrap();
    assert_code(
        &seal(&home, &file, &[&keys.age_recipient, &keys.ssh_recipient]),
        0,
        "seal",
    );
    let before = std::fs::read_to_string(&file).unwrap();
    let identity = keys.age_identity();

    let output = run(
        &home,
        &[
            "--output",
            "json",
            "--identity",
            identity.to_str().unwrap(),
            "secret",
            "recipients",
            file.to_str().unwrap(),
            "--add",
            &new_recipient,
            "--remove",
            &keys.ssh_recipient,
        ],
    );
    assert_code(&output, 0, "recipients");
    let result: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(result["changed"], true);
    assert_eq!(result["recipients"].as_array().unwrap().len(), 2);
    let after = std::fs::read_to_string(&file).unwrap();
    let token = |text: &str| {
        text.lines()
            .find(|l| l.contains("DB_PASSWORD: ENC"))
            .unwrap()
            .to_string()
    };
    assert_ne!(
        token(&before),
        token(&after),
        "values were not sealed again"
    );

    let output = unseal_to_stdout(&home, &file, &keys.ssh_identity());
    assert_code(&output, 7, "removed recipient");
    assert!(!stdout(&output).contains("s3cr3t"));
    for identity in [&new_identity, &keys.age_identity()] {
        let output = unseal_to_stdout(&home, &file, identity);
        assert_code(&output, 0, "remaining recipient");
        assert_eq!(output.stdout, original);
    }

    // The removed recipient's old copy does not open the new file's values.
    let old_split = envelope::split(&before, "old").unwrap().unwrap();
    let new_split = envelope::split(&after, "new").unwrap().unwrap();
    assert_ne!(old_split.metadata.data_key, new_split.metadata.data_key);

    // A failing change leaves the file as it was.
    let output = run(
        &home,
        &[
            "--identity",
            identity.to_str().unwrap(),
            "secret",
            "recipients",
            file.to_str().unwrap(),
            "--add",
            "age1notavalidrecipient",
        ],
    );
    assert_code(&output, 6, "invalid recipient");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), after);
    let output = run(
        &home,
        &[
            "--identity",
            identity.to_str().unwrap(),
            "secret",
            "recipients",
            file.to_str().unwrap(),
            "--remove",
            &new_recipient,
            "--remove",
            &keys.age_recipient,
        ],
    );
    assert_code(&output, 6, "removing every recipient");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), after);
    let leftovers: Vec<_> = std::fs::read_dir(keys.dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().starts_with(".micadoctl-"))
        .collect();
    assert!(leftovers.is_empty(), "temporary files left behind");
}

#[test]
fn alias_under_selection_rejected() {
    let keys = Keys::new();
    let home = TestHome::empty();
    let file = keys.dir.path().join("alias.yaml");
    let text = "shared: &S\n  password: hunter2-secret\ntopology_template:\n  policies:\n  - secret:\n      type: tosca.policies.Security.MiCADO.Secret.KubernetesSecretDistribution\n      properties:\n        text_secrets: *S\n";
    std::fs::write(&file, text).unwrap();
    let output = seal(&home, &file, &[&keys.age_recipient]);
    assert_code(&output, 6, "alias");
    let message = stderr(&output);
    assert!(message.contains("text_secrets"), "{message}");
    assert!(message.contains("alias"), "{message}");
    assert!(!message.contains("hunter2"), "{message}");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), text);
}

#[test]
fn extra_paths_and_errors() {
    let keys = Keys::new();
    let home = TestHome::empty();
    let file = copy_data(keys.dir.path(), "secrets/adt-secrets.yaml");
    let output = run(
        &home,
        &[
            "secret",
            "seal",
            file.to_str().unwrap(),
            "--recipient",
            &keys.age_recipient,
            "--path",
            "topology_template.node_templates.webapp.properties.env[*].value",
        ],
    );
    assert_code(&output, 0, "seal with --path");
    let sealed = std::fs::read_to_string(&file).unwrap();
    assert!(sealed.contains("          value: ENC[v1,"));
    assert!(
        sealed
            .contains("    - \"topology_template.node_templates.webapp.properties.env[*].value\"")
    );

    let other = copy_data(keys.dir.path(), "secrets/scalars.yaml");
    let output = run(
        &home,
        &[
            "secret",
            "seal",
            other.to_str().unwrap(),
            "--recipient",
            &keys.age_recipient,
            "--path",
            "no.such.key",
        ],
    );
    assert_code(&output, 6, "--path that selects nothing");
    assert!(stderr(&output).contains("no.such.key"));

    let plain = keys.dir.path().join("plain.yaml");
    std::fs::write(&plain, "a: b\n").unwrap();
    let output = run(
        &home,
        &[
            "--identity",
            keys.age_identity().to_str().unwrap(),
            "secret",
            "unseal",
            plain.to_str().unwrap(),
        ],
    );
    assert_code(&output, 6, "unseal of a plain file");
    let output = seal(&home, &plain, &[]);
    assert_code(&output, 6, "seal without recipients");
    let output = seal(&home, &plain, &["ssh-dss AAAAB3NzaC1kc3MAAACBAP"]);
    assert_code(&output, 6, "unsupported recipient");
    let broken = keys.dir.path().join("broken.yaml");
    std::fs::write(&broken, "a: \"unterminated SECRETVALUE\n").unwrap();
    let output = seal(&home, &broken, &[&keys.age_recipient]);
    assert_code(&output, 6, "invalid YAML");
    assert!(stderr(&output).contains("line 1"), "{}", stderr(&output));
    assert!(!stderr(&output).contains("SECRETVALUE"));
}

#[test]
fn store_identity_unseals() {
    let home = TestHome::initialised();
    let identity_text = std::fs::read_to_string(home.identity()).unwrap();
    let recipient = identity_text
        .lines()
        .find_map(|l| l.strip_prefix("# public key: "))
        .unwrap()
        .to_string();
    let dir = tempfile::tempdir().unwrap();
    let file = copy_data(dir.path(), "secrets/adt-secrets.yaml");
    let original = std::fs::read(&file).unwrap();
    assert_code(&seal(&home, &file, &[&recipient]), 0, "seal");
    let output = run(
        &home,
        &["secret", "unseal", file.to_str().unwrap(), "--out", "-"],
    );
    assert_code(&output, 0, "unseal with the store identity");
    assert_eq!(output.stdout, original);

    // MICADOCTL_IDENTITY names the identity file like --identity.
    let keys = Keys::new();
    let other = copy_data(keys.dir.path(), "secrets/adt-secrets.yaml");
    assert_code(
        &seal(&home, &other, &[&keys.age_recipient]),
        0,
        "seal for another key",
    );
    let output = home
        .cmd()
        .env("MICADOCTL_IDENTITY", keys.age_identity())
        .args(["secret", "unseal", other.to_str().unwrap(), "--out", "-"])
        .output()
        .unwrap();
    assert_code(&output, 0, "unseal with MICADOCTL_IDENTITY");
    assert_eq!(output.stdout, original);

    let output = unseal_to_stdout(&home, &file, &keys.age_identity());
    assert_code(&output, 7, "an identity that is not a recipient");
    assert!(
        stderr(&output).contains("is a recipient"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn secrets_stay_out_of_output() {
    let keys = Keys::new();
    let home = TestHome::empty();
    let file = copy_data(keys.dir.path(), "secrets/adt-secrets.yaml");
    let values = [
        "s3cr3t-Passw0rd!",
        "ghp_0123456789abcdefABCDEF",
        "0x1F2E3D4C",
        "NotARealCertificate",
    ];
    let mut outputs = vec![seal(&home, &file, &[&keys.age_recipient])];
    let sealed = std::fs::read_to_string(&file).unwrap();
    for value in values {
        assert!(!sealed.contains(value), "{value} is in the sealed file");
    }
    std::fs::write(&file, sealed.replace("example/webapp", "evil/webapp")).unwrap();
    let identity = keys.age_identity();
    outputs.push(run(
        &home,
        &[
            "--identity",
            identity.to_str().unwrap(),
            "secret",
            "unseal",
            file.to_str().unwrap(),
        ],
    ));
    outputs.push(run(
        &home,
        &[
            "-o",
            "json",
            "--identity",
            identity.to_str().unwrap(),
            "secret",
            "seal",
            file.to_str().unwrap(),
        ],
    ));
    for output in outputs {
        for value in values {
            assert!(!stdout(&output).contains(value), "{value} on stdout");
            assert!(!stderr(&output).contains(value), "{value} on stderr");
        }
    }
}

#[test]
fn unsealed_file_is_private() {
    use std::os::unix::fs::PermissionsExt;

    let keys = Keys::new();
    let home = TestHome::empty();
    let file = copy_data(keys.dir.path(), "secrets/adt-secrets.yaml");
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
    assert_code(&seal(&home, &file, &[&keys.age_recipient]), 0, "seal");
    let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o644, "sealing keeps the mode");
    let output = run(
        &home,
        &[
            "--identity",
            keys.age_identity().to_str().unwrap(),
            "secret",
            "unseal",
            file.to_str().unwrap(),
        ],
    );
    assert_code(&output, 0, "unseal");
    let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "the plain file holds secrets");
}

#[test]
fn text_after_metadata_rejected() {
    let keys = Keys::new();
    let (output, _, _) =
        unseal_after_edit(&keys, |t| format!("{t}extra_key: appended after sealing\n"));
    assert_code(&output, 3, "text after the block");
    let message = stderr(&output);
    assert!(message.contains("text follows it"), "{message}");

    let (output, _, _) = unseal_after_edit(&keys, |t| {
        t.replace("  version: 1\n", "  version: 1\n  # a comment\n")
    });
    assert_code(&output, 3, "comment inside the block");
}

#[test]
fn seal_through_symlink_writes_target() {
    let keys = Keys::new();
    let home = TestHome::empty();
    let target = copy_data(keys.dir.path(), "secrets/adt-secrets.yaml");
    let original = std::fs::read_to_string(&target).unwrap();
    let link = keys.dir.path().join("link.yaml");
    std::os::unix::fs::symlink(&target, &link).unwrap();

    assert_code(&seal(&home, &link, &[&keys.age_recipient]), 0, "seal");
    let meta = std::fs::symlink_metadata(&link).unwrap();
    assert!(meta.file_type().is_symlink(), "the link was replaced");
    let sealed = std::fs::read_to_string(&target).unwrap();
    assert!(
        sealed.contains(envelope::BLOCK_KEY),
        "the target is still plain"
    );

    let output = run(
        &home,
        &[
            "--identity",
            keys.age_identity().to_str().unwrap(),
            "secret",
            "unseal",
            link.to_str().unwrap(),
        ],
    );
    assert_code(&output, 0, "unseal");
    let meta = std::fs::symlink_metadata(&link).unwrap();
    assert!(meta.file_type().is_symlink(), "unseal replaced the link");
    assert_eq!(std::fs::read_to_string(&target).unwrap(), original);
}

#[test]
fn reseal_names_altered_token() {
    let keys = Keys::new();
    let home = TestHome::empty();
    let file = copy_data(keys.dir.path(), "secrets/adt-secrets.yaml");
    assert_code(&seal(&home, &file, &[&keys.age_recipient]), 0, "seal");
    let sealed = std::fs::read_to_string(&file).unwrap();
    let at = sealed.find("API_TOKEN: ENC[v1,").unwrap() + "API_TOKEN: ENC[v1,".len() + 10;
    let mut bytes = sealed.into_bytes();
    bytes[at] = if bytes[at] == b'A' { b'B' } else { b'A' };
    std::fs::write(&file, &bytes).unwrap();

    let output = run(
        &home,
        &[
            "--identity",
            keys.age_identity().to_str().unwrap(),
            "secret",
            "seal",
            file.to_str().unwrap(),
        ],
    );
    assert_code(&output, 3, "seal of an altered token");
    let message = stderr(&output);
    assert!(message.contains("sealed value "), "{message}");
    assert!(message.contains("API_TOKEN"), "{message}");
    assert!(!message.contains("at value"), "{message}");
    assert_eq!(std::fs::read(&file).unwrap(), bytes, "the file changed");
}

#[test]
fn recipients_rerun_changes_nothing() {
    let keys = Keys::new();
    let home = TestHome::empty();
    let file = copy_data(keys.dir.path(), "secrets/adt-secrets.yaml");
    assert_code(
        &seal(&home, &file, &[&keys.age_recipient, &keys.ssh_recipient]),
        0,
        "seal",
    );
    let identity = keys.age_identity();
    let recipients = |flag: &str, recipient: &str| {
        let output = run(
            &home,
            &[
                "--output",
                "json",
                "--identity",
                identity.to_str().unwrap(),
                "secret",
                "recipients",
                file.to_str().unwrap(),
                flag,
                recipient,
            ],
        );
        assert_code(&output, 0, &format!("recipients {flag}"));
        let result: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
        result["changed"].as_bool().unwrap()
    };

    assert!(recipients("--remove", &keys.ssh_recipient), "first removal");
    let removed = std::fs::read(&file).unwrap();
    assert!(
        !recipients("--remove", &keys.ssh_recipient),
        "second removal"
    );
    assert_eq!(std::fs::read(&file).unwrap(), removed, "second removal");
    assert!(
        !recipients("--add", &keys.age_recipient),
        "present recipient"
    );
    assert_eq!(std::fs::read(&file).unwrap(), removed, "present recipient");
}
