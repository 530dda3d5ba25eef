//! Credential input through the CLI: values are stored as the text written in
//! the file, parser errors never show a value, and sizes, generic field names
//! and credential names are checked before anything is stored.

mod common;

use common::{TestHome, run_json, stderr, stdout};
use serde_json::Value;

/// Values that a YAML loader applying a schema would turn into numbers,
/// booleans or nulls, and so change.
const TRICKY: [&str; 20] = [
    "0o17",
    "0123",
    "1.10",
    "0x1F",
    "+12",
    "1e3",
    ".NaN",
    "-0",
    "true",
    "yes",
    "False",
    "0b101",
    "1_000",
    ".inf",
    "12:30:00",
    "2001-12-14",
    "00",
    "007",
    "-1.50",
    "987654321987654321987654321987",
];

/// A value that must never appear in any output.
const SECRET: &str = "LEAKsecret7Q";

fn fields(home: &TestHome, name: &str) -> Value {
    run_json(home, &["cred", "get", name], "")["fields"].clone()
}

fn set_generic(home: &TestHome, name: &str, values: &str) -> Value {
    run_json(
        home,
        &["cred", "set", name, "--type", "generic", "--from-file", "-"],
        values,
    )
}

/// Runs `cred set x --type TYPE --from-file -`, expects exit 6 with nothing
/// stored, and returns stderr.
fn set_rejected(home: &TestHome, kind: &str, values: &str) -> String {
    let output = home.run(
        &["cred", "set", "x", "--type", kind, "--from-file", "-"],
        values,
    );
    assert_eq!(output.status.code(), Some(6), "{}", stderr(&output));
    let list = run_json(home, &["cred", "list"], "");
    assert_eq!(list["credentials"], Value::Array(Vec::new()), "{list}");
    stderr(&output)
}

/// Fields `f0`, `f1`, ... with the tricky values, each written by `render`.
fn tricky_document(render: impl Fn(&str) -> String) -> String {
    TRICKY
        .iter()
        .enumerate()
        .map(|(index, value)| format!("f{index}: {}\n", render(value)))
        .collect()
}

fn assert_tricky_stored(home: &TestHome, name: &str) {
    let stored = fields(home, name);
    for (index, value) in TRICKY.iter().enumerate() {
        assert_eq!(stored[format!("f{index}")], *value, "{name}: {stored}");
    }
}

// Values are stored as written

#[test]
fn set_keeps_plain_scalars() {
    let home = TestHome::initialised();
    set_generic(&home, "plain", &tricky_document(|v| v.to_string()));
    assert_tricky_stored(&home, "plain");
}

#[test]
fn set_keeps_quoted_scalars() {
    let home = TestHome::initialised();
    set_generic(&home, "single", &tricky_document(|v| format!("'{v}'")));
    assert_tricky_stored(&home, "single");
    set_generic(&home, "double", &tricky_document(|v| format!("\"{v}\"")));
    assert_tricky_stored(&home, "double");
}

#[test]
fn set_keeps_block_scalars() {
    let home = TestHome::initialised();
    set_generic(&home, "literal", &tricky_document(|v| format!("|-\n  {v}")));
    assert_tricky_stored(&home, "literal");
    set_generic(&home, "folded", &tricky_document(|v| format!(">-\n  {v}")));
    assert_tricky_stored(&home, "folded");
}

#[test]
fn set_applies_yaml_escapes() {
    let home = TestHome::initialised();
    let values = "single: 'it''s'\n\
        double: \"tab\\tnew\\nline \\u00e9\"\n\
        literal: |\n  one\n  two\n\
        folded: >\n  one\n  two\n\
        multi: first\n  second\n";
    set_generic(&home, "escapes", values);
    let stored = fields(&home, "escapes");
    assert_eq!(stored["single"], "it's");
    assert_eq!(stored["double"], "tab\tnew\nline \u{e9}");
    assert_eq!(stored["literal"], "one\ntwo\n");
    assert_eq!(stored["folded"], "one two\n");
    assert_eq!(stored["multi"], "first second");
}

#[test]
fn set_typed_field_keeps_text() {
    let home = TestHome::initialised();
    run_json(
        &home,
        &[
            "cred",
            "set",
            "cs",
            "--type",
            "cloudsigma",
            "--from-file",
            "-",
        ],
        "email: ops@example.org\npassword: 0o17\n",
    );
    let output = home.run(&["cred", "get", "cs", "--field", "password"], "");
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(stdout(&output), "0o17\n");
}

#[test]
fn set_json_keeps_number_text() {
    let home = TestHome::initialised();
    let json =
        r#"{"client_id": 99, "ratio": 1.50, "flag": true, "big": 987654321987654321987654321987}"#;
    set_generic(&home, "json", json);
    let stored = fields(&home, "json");
    assert_eq!(stored["client_id"], "99");
    assert_eq!(stored["ratio"], "1.50");
    assert_eq!(stored["flag"], "true");
    assert_eq!(stored["big"], "987654321987654321987654321987");
}

#[test]
fn import_keeps_scalar_text() {
    let home = TestHome::initialised();
    let file = "resource:\n\
        - type: ec2\n  auth_data:\n    accesskey: 0x1F\n    secretkey: 0123\n    region: 1.10\n\
        - type: cloudsigma\n  auth_data:\n    email: '007'\n    password: 1e3\n";
    run_json(&home, &["cred", "import", "-"], file);
    let ec2 = fields(&home, "ec2");
    assert_eq!(ec2["accesskey"], "0x1F");
    assert_eq!(ec2["secretkey"], "0123");
    assert_eq!(ec2["region"], "1.10");
    let cloudsigma = fields(&home, "cloudsigma");
    assert_eq!(cloudsigma["email"], "007");
    assert_eq!(cloudsigma["password"], "1e3");
}

#[test]
fn import_gce_json_keeps_numbers() {
    let home = TestHome::initialised();
    let json = r#"{"type": "service_account", "project_id": "p-1", "private_key_id": "k1",
        "private_key": "-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n",
        "client_email": "sa@p-1.iam.example", "client_id": 113456789012345678901,
        "universe_domain": 1.50}"#;
    run_json(&home, &["cred", "import", "-"], json);
    let gce = fields(&home, "gce");
    assert_eq!(gce["client_id"], "113456789012345678901");
    assert_eq!(gce["universe_domain"], "1.50");
    assert_eq!(
        gce["private_key"],
        "-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n"
    );
}

#[test]
fn import_alias_and_nulls() {
    let home = TestHome::initialised();
    let file = "pre_authentication:\n\
        - type: openid\n  auth_data: &OPENID\n    url: https://idp.example.org/token\n    refresh_token: 0123\n\
        resource:\n\
        - type: nova\n  auth_data:\n    username: ~\n    password: ''\n    identity_provider: egi.eu\n    access_token: *OPENID\n";
    let result = run_json(&home, &["cred", "import", "-"], file);
    let nova = fields(&home, "nova");
    assert_eq!(nova["access_token.url"], "https://idp.example.org/token");
    assert_eq!(nova["access_token.refresh_token"], "0123");
    assert!(nova.get("username").is_none(), "{nova}");
    assert!(nova.get("password").is_none(), "{nova}");
    let reported = result.to_string();
    assert!(reported.contains("nova.username"), "{reported}");
    assert!(reported.contains("nova.password"), "{reported}");
}

#[test]
fn import_merge_key_fields() {
    let home = TestHome::initialised();
    let file = "resource:\n\
        - type: ec2\n  auth_data: &BASE\n    accesskey: AKIA1\n    secretkey: first\n    region: eu-west-1\n\
        - type: ec2\n  auth_data:\n    <<: *BASE\n    secretkey: second\n";
    run_json(&home, &["cred", "import", "-"], file);
    let merged = fields(&home, "ec2-2");
    assert_eq!(merged["accesskey"], "AKIA1");
    assert_eq!(merged["secretkey"], "second");
    assert_eq!(merged["region"], "eu-west-1");
}

#[test]
fn export_micado_quotes_values() {
    let home = TestHome::initialised();
    let values = "accesskey: yes\nsecretkey: 1_000\nregion: '12:30'\nendpoint: \"tab\\there\"\n";
    run_json(
        &home,
        &["cred", "set", "aws", "--type", "ec2", "--from-file", "-"],
        values,
    );
    let output = home.run(&["cred", "export", "--format", "micado"], "");
    assert!(output.status.success(), "{}", stderr(&output));
    let exported = stdout(&output);

    // A YAML 1.1 reader such as MiCADO's takes plain yes, 1_000 and 12:30
    // as a boolean and numbers.
    assert!(exported.contains("accesskey: \"yes\"\n"), "{exported}");
    assert!(exported.contains("secretkey: \"1_000\"\n"), "{exported}");
    assert!(exported.contains("region: \"12:30\"\n"), "{exported}");
    assert!(
        exported.contains("endpoint: \"tab\\there\"\n"),
        "{exported}"
    );

    let fresh = TestHome::initialised();
    run_json(&fresh, &["cred", "import", "-"], &exported);
    assert_eq!(fields(&fresh, "ec2"), fields(&home, "aws"));
}

#[test]
fn set_tagged_value_rejected() {
    let home = TestHome::initialised();
    for tagged in [
        "!!int 0123",
        "!!binary TEVBS3NlY3JldDdR",
        "!vault LEAKsecret7Q",
    ] {
        let values = format!("accesskey: AKIA1\nsecretkey: {tagged}\n");
        let message = set_rejected(&home, "ec2", &values);
        assert!(message.contains("\"secretkey\""), "{message}");
        assert!(message.contains("remove the tag"), "{message}");
        assert!(!message.contains(SECRET), "{message}");
        assert!(!message.contains("TEVBS3NlY3JldDdR"), "{message}");
    }
}

// Parser errors hide values

/// Malformed value documents for `cred set --type ec2`, each with SECRET in it.
fn malformed_values() -> Vec<String> {
    let s = SECRET;
    vec![
        format!("accesskey: AKIA1\nsecretkey: \"{s}\n"),
        format!("accesskey: AKIA1\nsecretkey: '{s}\n"),
        format!("accesskey: AKIA1\nsecretkey: \"{s}\\q\"\n"),
        format!("accesskey: AKIA1\n  secretkey: {s}\n"),
        format!("accesskey: AKIA1\nsecretkey: x\n   bad: {s}\n"),
        format!("accesskey: AKIA1\nsecretkey: {s}: x\n"),
        format!("accesskey: AKIA1\nsecretkey:\n\t{s}\n"),
        format!("accesskey: AKIA1\n\tsecretkey: {s}\n"),
        format!("accesskey: AKIA1\nsecretkey: {s}\nsecretkey: {s}\n"),
        format!("accesskey: AKIA1\nsecretkey: [{s}\n"),
        format!("accesskey: AKIA1\nsecretkey: {{{s}\n"),
        format!("accesskey: AKIA1\nsecretkey: [{s}]\n"),
        format!("accesskey: AKIA1\nsecretkey: @{s}\n"),
        format!("accesskey: AKIA1\nsecretkey: `{s}\n"),
        format!("accesskey: AKIA1\nsecretkey: *{s}\n"),
        format!("accesskey: AKIA1\nsecretkey: !!int {s}\n"),
        format!("accesskey: AKIA1\nsecretkey: !!float {s}\n"),
        format!("accesskey: AKIA1\nsecretkey: !!bool {s}\n"),
        format!("accesskey: AKIA1\nsecretkey: !!null {s}\n"),
        format!("accesskey: AKIA1\nsecretkey: !!binary {s}\n"),
        format!("accesskey: AKIA1\nsecretkey: !{s} x\n"),
        format!("accesskey: AKIA1\nsecretkey: {s}\n---\nother: x\n"),
        format!("accesskey: AKIA1\nsecretkey: {s}\u{1}\n"),
        format!("accesskey: AKIA1\nsecretkey: {s}{}\n", "x".repeat(70_000)),
        format!("{{\"accesskey\": \"AKIA1\", \"secretkey\": \"{s}\",}}"),
        format!("{{\"accesskey\": \"AKIA1\" \"secretkey\": \"{s}\"}}"),
        format!("[\"{s}\"]"),
        s.to_string(),
        "accesskey: AKIA1\nsecretkey: 987654321987654321987654321987\n".to_string(),
    ]
}

/// Runs `args` with `stdin`, in text and JSON output, and asserts that neither
/// stdout nor stderr contains `secret`.
fn assert_hidden(home: &TestHome, args: &[&str], stdin: &str, secret: &str) {
    let mut json = vec!["--output", "json"];
    json.extend_from_slice(args);
    for run in [args.to_vec(), json] {
        let output = home.run(&run, stdin);
        let printed = format!("{}{}", stdout(&output), stderr(&output));
        assert!(
            !printed.contains(secret),
            "micadoctl {run:?} printed the value for input {stdin:?}: {printed}"
        );
    }
}

#[test]
fn set_errors_hide_values() {
    let home = TestHome::initialised();
    let args = ["cred", "set", "x", "--type", "ec2", "--from-file", "-"];
    for values in malformed_values() {
        assert_hidden(&home, &args, &values, SECRET);
        assert_hidden(&home, &args, &values, "987654321987654321987654321987");
    }
}

#[test]
fn set_errors_hide_values_from_file() {
    let home = TestHome::initialised();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("values.yml");
    let path_text = path.to_str().unwrap();
    let args = [
        "cred",
        "set",
        "x",
        "--type",
        "generic",
        "--from-file",
        path_text,
    ];
    for values in malformed_values() {
        std::fs::write(&path, &values).unwrap();
        assert_hidden(&home, &args, "", SECRET);
    }
}

#[test]
fn import_errors_hide_values() {
    let home = TestHome::initialised();
    for values in malformed_values() {
        let indented: String = values.lines().map(|line| format!("    {line}\n")).collect();
        let file = format!("resource:\n- type: ec2\n  auth_data:\n{indented}");
        assert_hidden(&home, &["cred", "import", "-"], &file, SECRET);
        assert_hidden(&home, &["cred", "import", "-"], &values, SECRET);
    }
    let misindented = format!(
        "resource:\n- type: ec2\n  auth_data:\n  accesskey: AKIA1\n  secretkey: {SECRET}\n"
    );
    assert_hidden(&home, &["cred", "import", "-"], &misindented, SECRET);
}

#[test]
fn binary_input_hides_values() {
    let home = TestHome::initialised();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("garbage.yml");
    let mut bytes = b"accesskey: AKIA1\nsecretkey: ".to_vec();
    bytes.extend_from_slice(SECRET.as_bytes());
    bytes.extend_from_slice(&[0xff, 0xfe, 0x00, 0x80, b'\n']);
    std::fs::write(&path, &bytes).unwrap();
    let path_text = path.to_str().unwrap();
    for args in [
        vec![
            "cred",
            "set",
            "x",
            "--type",
            "ec2",
            "--from-file",
            path_text,
        ],
        vec!["cred", "import", path_text],
    ] {
        assert_hidden(&home, &args, "", SECRET);
        let output = home.run(&args, "");
        assert!(!output.status.success(), "{}", stderr(&output));
    }
}

#[test]
fn parse_error_gives_position() {
    let home = TestHome::initialised();
    let values = format!("accesskey: AKIA1\nsecretkey: \"{SECRET}\n");
    let message = set_rejected(&home, "ec2", &values);
    assert!(message.contains("line 2"), "{message}");
    assert!(message.contains("YAML"), "{message}");
    let duplicate = format!("accesskey: AKIA1\nsecretkey: {SECRET}\nsecretkey: x\n");
    let message = set_rejected(&home, "ec2", &duplicate);
    assert!(message.contains("duplicate key \"secretkey\""), "{message}");
    assert!(message.contains("line 3"), "{message}");
}

// Sizes

#[test]
fn set_value_over_64k_rejected() {
    let home = TestHome::initialised();
    let value = format!("{SECRET}{}", "v".repeat(64 * 1024));
    let message = set_rejected(&home, "generic", &format!("token: {value}\n"));
    assert!(message.contains("\"token\""), "{message}");
    assert!(message.contains("65536 bytes"), "{message}");
    assert!(!message.contains(SECRET), "{message}");
}

#[test]
fn set_large_values_rejected() {
    let home = TestHome::initialised();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("values.yml");
    let path_text = path.to_str().unwrap();
    let args = [
        "cred",
        "set",
        "x",
        "--type",
        "generic",
        "--from-file",
        path_text,
    ];

    for size in [900 * 1024, 10 * 1024 * 1024] {
        let value = format!("{SECRET}{}", "v".repeat(size));
        std::fs::write(&path, format!("token: {value}\n")).unwrap();
        let output = home.run(&args, "");
        let message = stderr(&output);
        assert_eq!(output.status.code(), Some(6), "{size}: {message}");
        assert!(message.len() < 1000, "{size}: {} bytes", message.len());
        assert!(!message.contains(SECRET), "{size}: {message}");
    }

    // Below the CLI's limit on input files, validation names the field.
    std::fs::write(&path, format!("token: {}\n", "v".repeat(900 * 1024))).unwrap();
    let message = stderr(&home.run(&args, ""));
    assert!(message.contains("\"token\""), "{message}");
    assert!(message.contains("65536 bytes"), "{message}");

    let list = run_json(&home, &["cred", "list"], "");
    assert_eq!(list["credentials"], Value::Array(Vec::new()), "{list}");
}

#[test]
fn set_record_over_256k_rejected() {
    let home = TestHome::initialised();
    let value = "v".repeat(60 * 1024);
    let values: String = (0..5).map(|i| format!("f{i}: {value}\n")).collect();
    let message = set_rejected(&home, "generic", &values);
    assert!(message.contains("262144 bytes"), "{message}");
}

#[test]
fn set_value_at_64k_accepted() {
    let home = TestHome::initialised();
    let value = "v".repeat(64 * 1024);
    let result = set_generic(&home, "big", &format!("token: {value}\n"));
    assert_eq!(result["changed"], true);
}

// Generic field names and environment variables

#[test]
fn generic_reserved_variables_rejected() {
    let home = TestHome::initialised();
    let cases = [
        ("path", "PATH"),
        ("ld_preload", "LD_PRELOAD"),
        ("ld.library.path", "LD_LIBRARY_PATH"),
        ("micadoctl_credential", "MICADOCTL_CREDENTIAL"),
        ("bash_env", "BASH_ENV"),
        ("home", "HOME"),
        ("dyld_insert_libraries", "DYLD_INSERT_LIBRARIES"),
    ];
    for (field, variable) in cases {
        let message = set_rejected(&home, "generic", &format!("token: t\n{field}: x\n"));
        assert!(message.contains(&format!("\"{field}\"")), "{message}");
        assert!(message.contains(variable), "{message}");
    }
}

#[test]
fn generic_variable_collision_rejected() {
    let home = TestHome::initialised();
    let message = set_rejected(&home, "generic", "a.b: one\na_b: two\n");
    assert!(message.contains("\"a.b\""), "{message}");
    assert!(message.contains("\"a_b\""), "{message}");
    assert!(message.contains("A_B"), "{message}");
}

#[test]
fn import_reserved_registry_field_rejected() {
    let home = TestHome::initialised();
    let file = "configs:\n  registry.example.org:\n    auth:\n      username: u\n      password: p\n    path: /x\n";
    let output = home.run(&["cred", "import", "-"], file);
    assert_eq!(output.status.code(), Some(6), "{}", stderr(&output));
    assert!(stderr(&output).contains("PATH"), "{}", stderr(&output));
}

// Names

#[test]
fn names_rejected() {
    let home = TestHome::initialised();
    let cases = [
        ("-x", "starts with '-'"),
        (".", "only of dots"),
        ("..", "only of dots"),
        ("\u{fc}n\u{ef}", "ASCII letters"),
    ];
    for (name, named) in cases {
        let output = home.run(
            &[
                "cred",
                "set",
                "--type",
                "ec2",
                "--from-file",
                "-",
                "--",
                name,
            ],
            "accesskey: A\nsecretkey: B\n",
        );
        assert_eq!(
            output.status.code(),
            Some(6),
            "{name:?}: {}",
            stderr(&output)
        );
        assert!(
            stderr(&output).contains(named),
            "{name:?}: {}",
            stderr(&output)
        );
    }
    let list = run_json(&home, &["cred", "list"], "");
    assert_eq!(list["credentials"], Value::Array(Vec::new()), "{list}");
}

#[test]
fn import_invalid_prefix_rejected() {
    let home = TestHome::initialised();
    let file = "resource:\n- type: ec2\n  auth_data: {accesskey: A, secretkey: B}\n";
    for prefix in ["", "-p", "..", "a b"] {
        let option = format!("--prefix={prefix}");
        let output = home.run(&["cred", "import", &option, "-"], file);
        assert_eq!(
            output.status.code(),
            Some(6),
            "{prefix:?}: {}",
            stderr(&output)
        );
        assert!(stderr(&output).contains("prefix"), "{}", stderr(&output));
    }
    let list = run_json(&home, &["cred", "list"], "");
    assert_eq!(list["credentials"], Value::Array(Vec::new()), "{list}");
}

#[test]
fn export_gce_json_of_ec2_message() {
    let home = TestHome::initialised();
    run_json(
        &home,
        &["cred", "set", "aws", "--type", "ec2", "--from-file", "-"],
        "accesskey: A\nsecretkey: B\n",
    );
    let output = home.run(&["cred", "export", "--format", "gce-json", "aws"], "");
    assert!(!output.status.success());
    let message = stderr(&output);
    assert!(!message.contains("a ec2"), "{message}");
    assert!(message.contains("type ec2"), "{message}");
}
