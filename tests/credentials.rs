//! Cloud credentials through the CLI: import and export of MiCADO's files,
//! set/get/list/history/delete, rotation with its crash recovery, rollback, and
//! secrets kept out of output, the audit log and the store's files.

mod common;

use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::Output;

use common::{TestHome, data, run_json, stderr, stdout};
use serde_json::Value;

const FILLED: &str = "filled-credentials-cloud-api.yml";

/// Secret values of the filled MiCADO file.
const FILLED_SECRETS: [&str; 3] = [
    "fake/Secret+Key/ForTests/0123456789abcdef",
    "fake-refresh-token-7f3a",
    "fake-azure-client-secret",
];

fn path_arg(path: &Path) -> &str {
    path.to_str().expect("temporary paths are UTF-8")
}

/// Writes `text` to `name` in a new temporary directory, kept alive by the
/// returned handle.
fn input_file(name: &str, text: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("create a temporary directory");
    let path = dir.path().join(name);
    std::fs::write(&path, text).expect("write the input file");
    (dir, path)
}

fn import_filled(home: &TestHome) -> Value {
    let file = data(FILLED);
    run_json(home, &["cred", "import", path_arg(&file)], "")
}

fn imported_names(result: &Value) -> Vec<String> {
    result["imported"]
        .as_array()
        .expect("imported is a list")
        .iter()
        .map(|entry| entry["name"].as_str().expect("name is text").to_string())
        .collect()
}

fn listed_names(home: &TestHome) -> Vec<String> {
    let list = run_json(home, &["cred", "list"], "");
    list["credentials"]
        .as_array()
        .expect("credentials is a list")
        .iter()
        .map(|c| c["name"].as_str().expect("name is text").to_string())
        .collect()
}

fn fields(home: &TestHome, name: &str) -> Value {
    run_json(home, &["cred", "get", name], "")["fields"].clone()
}

fn field(home: &TestHome, name: &str, field: &str) -> String {
    let output = home.run(&["cred", "get", name, "--field", field], "");
    assert!(output.status.success(), "{}", stderr(&output));
    stdout(&output).trim_end_matches('\n').to_string()
}

fn set_ec2(home: &TestHome, name: &str, accesskey: &str, secretkey: &str) -> Value {
    let values = format!("accesskey: {accesskey}\nsecretkey: {secretkey}\n");
    run_json(
        home,
        &["cred", "set", name, "--type", "ec2", "--from-file", "-"],
        &values,
    )
}

fn history_states(home: &TestHome, name: &str) -> Vec<(i64, String)> {
    let history = run_json(home, &["cred", "history", name], "");
    history["versions"]
        .as_array()
        .expect("versions is a list")
        .iter()
        .map(|v| {
            let version = v["version"].as_i64().expect("version is a number");
            (version, v["state"].as_str().expect("state is text").into())
        })
        .collect()
}

fn pending_rotation(home: &TestHome, name: &str) -> Value {
    let list = run_json(home, &["cred", "list"], "");
    let entry = list["credentials"]
        .as_array()
        .expect("credentials is a list")
        .iter()
        .find(|c| c["name"] == name)
        .unwrap_or_else(|| panic!("{name} is not listed: {list}"))
        .clone();
    entry["pending_rotation"].clone()
}

// Import

#[test]
fn import_names_filled_entries() {
    let home = TestHome::initialised();
    let result = import_filled(&home);
    assert_eq!(imported_names(&result), ["openid", "ec2", "nova", "azure"]);
    assert_eq!(result["changed"], true);
    assert_eq!(listed_names(&home), ["azure", "ec2", "nova", "openid"]);
}

#[test]
fn import_reports_skipped_entries() {
    let home = TestHome::initialised();
    let result = import_filled(&home);
    let skipped: Vec<&str> = result["skipped"]
        .as_array()
        .expect("skipped is a list")
        .iter()
        .map(|s| s.as_str().expect("skipped entries are text"))
        .collect();
    for kind in ["cloudsigma", "cloudbroker", "oci"] {
        assert!(
            skipped.iter().any(|s| s.starts_with(kind)),
            "{kind} not in {skipped:?}"
        );
    }
    assert_eq!(skipped.len(), 3, "{skipped:?}");
    assert!(!listed_names(&home).contains(&"cloudsigma".to_string()));
}

#[test]
fn import_reports_empty_fields() {
    let home = TestHome::initialised();
    let result = import_filled(&home);
    let empty = &result["empty_fields"];
    for field in [
        "nova.username",
        "nova.password",
        "nova.domain_name",
        "nova.application_credential_id",
        "nova.application_credential_secret",
    ] {
        assert!(
            empty.as_array().unwrap().iter().any(|f| f == field),
            "{field} not in {empty}"
        );
    }
    assert!(fields(&home, "nova").get("username").is_none());
}

#[test]
fn import_resolves_openid_alias() {
    let home = TestHome::initialised();
    import_filled(&home);
    let nova = fields(&home, "nova");
    assert_eq!(nova["access_token.url"], "https://idp.example.org/token");
    assert_eq!(
        nova["access_token.refresh_token"],
        "fake-refresh-token-7f3a"
    );
    assert_eq!(nova["identity_provider"], "egi.eu");
    assert_eq!(
        field(&home, "openid", "url"),
        "https://idp.example.org/token"
    );
}

#[test]
fn import_twice_unchanged() {
    let home = TestHome::initialised();
    import_filled(&home);
    let again = import_filled(&home);
    assert_eq!(again["changed"], false);
    for entry in again["imported"].as_array().unwrap() {
        assert_eq!(entry["changed"], false, "{entry}");
        assert_eq!(entry["version"], 1, "{entry}");
    }
}

#[test]
fn import_prefix_names() {
    let home = TestHome::initialised();
    let file = data(FILLED);
    let result = run_json(
        &home,
        &["cred", "import", "--prefix", "prod", path_arg(&file)],
        "",
    );
    assert_eq!(
        imported_names(&result),
        ["prod-openid", "prod-ec2", "prod-nova", "prod-azure"]
    );
    assert_eq!(field(&home, "prod-ec2", "accesskey"), "AKIAFAKEACCESSKEY01");
}

#[test]
fn import_repeated_type_numbered() {
    let home = TestHome::initialised();
    let text = "resource:\n\
        - type: ec2\n  auth_data: {accesskey: FIRSTKEY, secretkey: first-secret}\n\
        - type: ec2\n  auth_data: {accesskey: SECONDKEY, secretkey: second-secret}\n";
    let result = run_json(&home, &["cred", "import", "-"], text);
    assert_eq!(imported_names(&result), ["ec2", "ec2-2"]);
    assert_eq!(field(&home, "ec2", "accesskey"), "FIRSTKEY");
    assert_eq!(field(&home, "ec2-2", "accesskey"), "SECONDKEY");
}

#[test]
fn import_missing_field_imports_nothing() {
    let home = TestHome::initialised();
    let text = "pre_authentication:\n\
        - type: openid\n  auth_data: {url: 'https://idp.example.org/token', refresh_token: valid-token}\n\
        resource:\n\
        - type: ec2\n  auth_data: {accesskey: ONLYKEY}\n";
    let output = home.run(&["cred", "import", "-"], text);
    assert_eq!(output.status.code(), Some(6), "{}", stderr(&output));
    assert!(stderr(&output).contains("\"ec2\""), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("\"secretkey\""),
        "{}",
        stderr(&output)
    );
    assert!(
        listed_names(&home).is_empty(),
        "the valid openid entry was stored"
    );
}

#[test]
fn import_unfilled_sample_rejected() {
    let home = TestHome::initialised();
    let file = data("sample-credentials-cloud-api.yml");
    let output = home.run(&["cred", "import", path_arg(&file)], "");
    assert_eq!(output.status.code(), Some(6), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("nothing to import"),
        "{}",
        stderr(&output)
    );
    assert!(listed_names(&home).is_empty());
}

#[test]
fn import_malformed_yaml_rejected() {
    let home = TestHome::initialised();
    let text = "resource:\n- type: ec2\n  auth_data:\n    accesskey: [unclosed\n";
    let output = home.run(&["cred", "import", "-"], text);
    assert_eq!(output.status.code(), Some(6), "{}", stderr(&output));
    assert!(stderr(&output).contains("YAML"), "{}", stderr(&output));
    assert!(listed_names(&home).is_empty());
}

#[test]
fn import_gce_json() {
    let home = TestHome::initialised();
    let file = data("sample-credentials-gce.json");
    let result = run_json(&home, &["cred", "import", path_arg(&file)], "");
    assert_eq!(imported_names(&result), ["gce"]);
    assert_eq!(result["imported"][0]["type"], "gce");
    let original: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(fields(&home, "gce"), original);
}

#[test]
fn import_registries_generic() {
    let home = TestHome::initialised();
    let file = data("sample-credentials-registries.yml");
    let result = run_json(&home, &["cred", "import", path_arg(&file)], "");
    assert_eq!(imported_names(&result), ["registry-1.docker.io"]);
    assert_eq!(result["imported"][0]["type"], "generic");
    let stored = fields(&home, "registry-1.docker.io");
    assert_eq!(stored["auth.username"], "USERNAME");
    assert_eq!(stored["auth.password"], "PASSWORD");
}

#[test]
fn import_reads_stdin() {
    let home = TestHome::initialised();
    let text = std::fs::read_to_string(data(FILLED)).unwrap();
    let result = run_json(&home, &["cred", "import", "-"], &text);
    assert_eq!(imported_names(&result), ["openid", "ec2", "nova", "azure"]);
}

// Export

#[test]
fn export_micado_round_trips() {
    let home = TestHome::initialised();
    import_filled(&home);
    let output = home.run(&["cred", "export", "--format", "micado"], "");
    assert!(output.status.success(), "{}", stderr(&output));

    let again = run_json(&home, &["cred", "import", "-"], &stdout(&output));
    assert_eq!(again["changed"], false);
    let mut names = imported_names(&again);
    names.sort();
    assert_eq!(names, ["azure", "ec2", "nova", "openid"]);

    let fresh = TestHome::initialised();
    run_json(&fresh, &["cred", "import", "-"], &stdout(&output));
    for name in ["openid", "ec2", "nova", "azure"] {
        assert_eq!(fields(&fresh, name), fields(&home, name), "{name}");
    }
}

#[test]
fn export_micado_keeps_repeat_order() {
    let home = TestHome::initialised();
    let mut text = String::from("resource:\n");
    for n in 1..=11 {
        text.push_str(&format!(
            "- type: ec2\n  auth_data: {{accesskey: KEY{n}, secretkey: secret-{n}}}\n"
        ));
    }
    run_json(&home, &["cred", "import", "-"], &text);
    let output = home.run(&["cred", "export", "--format", "micado"], "");
    assert!(output.status.success(), "{}", stderr(&output));

    let again = run_json(&home, &["cred", "import", "-"], &stdout(&output));
    assert_eq!(again["changed"], false, "{again}");
    assert_eq!(field(&home, "ec2-2", "accesskey"), "KEY2");
    assert_eq!(field(&home, "ec2-10", "accesskey"), "KEY10");
}

#[test]
fn export_json_lists_fields() {
    let home = TestHome::initialised();
    import_filled(&home);
    let output = home.run(&["cred", "export", "--format", "json"], "");
    assert!(output.status.success(), "{}", stderr(&output));
    let document: Value = serde_json::from_slice(&output.stdout).expect("export is JSON");
    let list = document["credentials"]
        .as_array()
        .expect("credentials is a list");
    assert_eq!(list.len(), 4);
    let ec2 = list
        .iter()
        .find(|c| c["name"] == "ec2")
        .expect("ec2 exported");
    assert_eq!(ec2["type"], "ec2");
    assert_eq!(ec2["version"], 1);
    assert_eq!(ec2["fields"], fields(&home, "ec2"));
}

#[test]
fn export_gce_json_matches_original() {
    let home = TestHome::initialised();
    let file = data("sample-credentials-gce.json");
    run_json(&home, &["cred", "import", path_arg(&file)], "");
    let output = home.run(&["cred", "export", "gce", "--format", "gce-json"], "");
    assert!(output.status.success(), "{}", stderr(&output));
    let exported: Value = serde_json::from_slice(&output.stdout).expect("export is JSON");
    let original: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(exported, original);
}

#[test]
fn export_out_file_private() {
    let home = TestHome::initialised();
    import_filled(&home);
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("credentials-cloud-api.yml");
    let result = run_json(&home, &["cred", "export", "--out", path_arg(&out)], "");
    assert_eq!(result["changed"], true);
    let mode = std::fs::metadata(&out).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "mode {mode:o}");
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(
        text.contains(FILLED_SECRETS[0]),
        "{out:?} lacks the ec2 secret key"
    );
}

#[test]
fn export_out_replaces_open_mode() {
    let home = TestHome::initialised();
    import_filled(&home);
    let (_dir, out) = input_file("credentials-cloud-api.yml", "old contents\n");
    std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o644)).unwrap();
    run_json(&home, &["cred", "export", "--out", path_arg(&out)], "");
    let mode = std::fs::metadata(&out).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "mode {mode:o}");
}

#[test]
fn export_out_rerun_unchanged() {
    let home = TestHome::initialised();
    import_filled(&home);
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("credentials-cloud-api.yml");
    run_json(&home, &["cred", "export", "--out", path_arg(&out)], "");
    let again = run_json(&home, &["cred", "export", "--out", path_arg(&out)], "");
    assert_eq!(again["changed"], false);

    set_ec2(&home, "ec2", "AKIANEW", "changed-secret");
    let changed = run_json(&home, &["cred", "export", "--out", path_arg(&out)], "");
    assert_eq!(changed["changed"], true);
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(text.contains("changed-secret"), "{out:?} was not rewritten");
}

#[test]
fn export_out_relative_path() {
    let home = TestHome::initialised();
    import_filled(&home);
    let dir = tempfile::tempdir().unwrap();
    let output = home
        .cmd()
        .current_dir(dir.path())
        .args(["cred", "export", "--out", "credentials-cloud-api.yml"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(dir.path().join("credentials-cloud-api.yml").is_file());
}

// set, get, list, history, delete

/// Runs `cred set x --type TYPE --from-file -` with `values` and returns the
/// exit code and stderr.
fn set_rejected(kind: &str, values: &str) -> (Option<i32>, String) {
    let home = TestHome::initialised();
    let output = home.run(
        &["cred", "set", "x", "--type", kind, "--from-file", "-"],
        values,
    );
    let listed = listed_names(&home);
    assert!(
        listed.is_empty(),
        "a rejected record was stored: {listed:?}"
    );
    (output.status.code(), stderr(&output))
}

#[test]
fn set_ec2_missing_secretkey() {
    let (code, message) = set_rejected("ec2", "accesskey: AKIA1\n");
    assert_eq!(code, Some(6), "{message}");
    assert!(message.contains("\"secretkey\""), "{message}");
}

#[test]
fn set_nova_incomplete_method() {
    let (code, message) = set_rejected("nova", "username: demo\nauth_url: https://k.example/v3\n");
    assert_eq!(code, Some(6), "{message}");
    assert!(message.contains("\"password\""), "{message}");
}

#[test]
fn set_nova_two_methods() {
    let values = "username: demo\npassword: pw\n\
        application_credential_id: id1\napplication_credential_secret: s1\n";
    let (code, message) = set_rejected("nova", values);
    assert_eq!(code, Some(6), "{message}");
    assert!(message.contains("password"), "{message}");
    assert!(message.contains("application-credential"), "{message}");
}

#[test]
fn set_azure_partial_principal() {
    let (code, message) = set_rejected("azure", "subscription_id: sub-1\nclient_secret: cs\n");
    assert_eq!(code, Some(6), "{message}");
    assert!(message.contains("\"client_id\""), "{message}");
    assert!(message.contains("\"tenant_id\""), "{message}");
}

#[test]
fn set_azure_managed_identity() {
    let home = TestHome::initialised();
    let result = run_json(
        &home,
        &["cred", "set", "az", "--type", "azure", "--from-file", "-"],
        "subscription_id: sub-1\n",
    );
    assert_eq!(result["changed"], true);
}

#[test]
fn set_unknown_field() {
    let (code, message) = set_rejected("ec2", "accesskey: A\nsecretkey: B\nsecret_key: C\n");
    assert_eq!(code, Some(6), "{message}");
    assert!(message.contains("\"secret_key\""), "{message}");
}

#[test]
fn set_generic_bad_field_name() {
    let (code, message) = set_rejected("generic", "\"db password\": pw\n");
    assert_eq!(code, Some(6), "{message}");
    assert!(message.contains("\"db password\""), "{message}");
    assert!(message.contains("a space"), "{message}");
}

#[test]
fn set_without_values_fails() {
    let home = TestHome::initialised();
    let output = home.run(&["cred", "set", "x", "--type", "ec2"], "");
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("--from-file"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn get_field_prints_value() {
    let home = TestHome::initialised();
    set_ec2(&home, "aws", "AKIA1", "secret-one");
    let output = home.run(&["cred", "get", "aws", "--field", "secretkey"], "");
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(stdout(&output), "secret-one\n");
}

#[test]
fn get_older_version() {
    let home = TestHome::initialised();
    set_ec2(&home, "aws", "AKIA1", "secret-one");
    let second = set_ec2(&home, "aws", "AKIA2", "secret-two");
    assert_eq!(second["version"], 2);

    let old = run_json(&home, &["cred", "get", "aws", "--version", "1"], "");
    assert_eq!(old["version"], 1);
    assert_eq!(old["fields"]["secretkey"], "secret-one");
    assert_eq!(field(&home, "aws", "secretkey"), "secret-two");
}

#[test]
fn get_unknown_name_not_found() {
    let home = TestHome::initialised();
    let output = home.run(&["cred", "get", "missing"], "");
    assert_eq!(output.status.code(), Some(4), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("\"missing\""),
        "{}",
        stderr(&output)
    );
}

#[test]
fn get_unknown_version_not_found() {
    let home = TestHome::initialised();
    set_ec2(&home, "aws", "AKIA1", "secret-one");
    let output = home.run(&["cred", "get", "aws", "--version", "7"], "");
    assert_eq!(output.status.code(), Some(4), "{}", stderr(&output));
    assert!(stderr(&output).contains('7'), "{}", stderr(&output));
}

#[test]
fn get_unknown_field_not_found() {
    let home = TestHome::initialised();
    set_ec2(&home, "aws", "AKIA1", "secret-one");
    let output = home.run(&["cred", "get", "aws", "--field", "region"], "");
    assert_eq!(output.status.code(), Some(4), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("\"region\""),
        "{}",
        stderr(&output)
    );
}

#[test]
fn set_identical_unchanged() {
    let home = TestHome::initialised();
    let first = set_ec2(&home, "aws", "AKIA1", "secret-one");
    assert_eq!(first["changed"], true);
    let again = set_ec2(&home, "aws", "AKIA1", "secret-one");
    assert_eq!(again["changed"], false);
    assert_eq!(again["version"], 1);
    assert_eq!(history_states(&home, "aws"), [(1, "current".to_string())]);
}

#[test]
fn history_lists_states() {
    let home = TestHome::initialised();
    set_ec2(&home, "aws", "AKIA1", "secret-one");
    set_ec2(&home, "aws", "AKIA2", "secret-two");
    let expected = [(1, "previous".to_string()), (2, "current".to_string())];
    assert_eq!(history_states(&home, "aws"), expected);
}

#[test]
fn delete_removes_all_versions() {
    let home = TestHome::initialised();
    set_ec2(&home, "aws", "AKIA1", "secret-one");
    set_ec2(&home, "aws", "AKIA2", "secret-two");
    let result = run_json(&home, &["cred", "delete", "aws"], "");
    assert_eq!(result["changed"], true);
    let get = home.run(&["cred", "get", "aws", "--version", "1"], "");
    assert_eq!(get.status.code(), Some(4), "{}", stderr(&get));
    let history = home.run(&["cred", "history", "aws"], "");
    assert_eq!(history.status.code(), Some(4), "{}", stderr(&history));
}

#[test]
fn delete_missing_not_found() {
    let home = TestHome::initialised();
    let output = home.run(&["cred", "delete", "missing"], "");
    assert_eq!(output.status.code(), Some(4), "{}", stderr(&output));
}

#[test]
fn delete_if_exists_missing() {
    let home = TestHome::initialised();
    let result = run_json(&home, &["cred", "delete", "missing", "--if-exists"], "");
    assert_eq!(result["changed"], false);
}

#[test]
fn name_rules_rejected() {
    let long = "a".repeat(65);
    let cases = [
        ("a:b", "':'"),
        ("a b", "a space"),
        ("a\tb", "U+0009"),
        (long.as_str(), "65"),
    ];
    let home = TestHome::initialised();
    for (name, named) in cases {
        let output = home.run(
            &["cred", "set", name, "--type", "ec2", "--from-file", "-"],
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
    assert!(listed_names(&home).is_empty());
}

#[test]
fn name_of_64_accepted() {
    let home = TestHome::initialised();
    let name = "a".repeat(64);
    let result = set_ec2(&home, &name, "AKIA1", "secret-one");
    assert_eq!(result["changed"], true);
}

// Rotation and rollback

/// A home with `aws` at version 1 (OLDKEY) and a file with new values (NEWKEY).
fn rotation_setup() -> (TestHome, tempfile::TempDir, PathBuf) {
    let home = TestHome::initialised();
    set_ec2(&home, "aws", "OLDKEY", "old-secret-5e1f");
    let (dir, new) = input_file("new.yml", "accesskey: NEWKEY\nsecretkey: new-secret-9b2c\n");
    (home, dir, new)
}

/// Runs a rotation whose verify command kills micadoctl with SIGKILL, so the
/// staged version stays pending. Returns the runtime directory given to
/// micadoctl, which keeps the private directory the killed process left.
fn crash_rotation(home: &TestHome, new: &Path) -> tempfile::TempDir {
    let runtime = tempfile::tempdir().unwrap();
    // The verify command runs under /bin/sh, whose parent is micadoctl.
    let output = home
        .cmd()
        .env("XDG_RUNTIME_DIR", runtime.path())
        .args(["cred", "rotate", "aws", "--from-file", path_arg(new)])
        .args(["--verify-cmd", "kill -9 $PPID"])
        .output()
        .unwrap();
    assert_eq!(output.status.signal(), Some(9), "{}", stderr(&output));
    runtime
}

#[test]
fn rotate_promotes_new_values() {
    let (home, _dir, new) = rotation_setup();
    let result = run_json(
        &home,
        &["cred", "rotate", "aws", "--from-file", path_arg(&new)],
        "",
    );
    assert_eq!(result["changed"], true);
    assert_eq!(result["result"], "promoted");
    assert_eq!(result["version"], 2);
    assert_eq!(result["previous"], 1);
    let expected = [(1, "previous".to_string()), (2, "current".to_string())];
    assert_eq!(history_states(&home, "aws"), expected);
    assert_eq!(field(&home, "aws", "accesskey"), "NEWKEY");
}

#[test]
fn rotate_verify_sees_staged_values() {
    let (home, _dir, new) = rotation_setup();
    let verify =
        r#"test "$AWS_ACCESS_KEY_ID" = NEWKEY && test "$AWS_SECRET_ACCESS_KEY" = new-secret-9b2c"#;
    let result = run_json(
        &home,
        &[
            "cred",
            "rotate",
            "aws",
            "--from-file",
            path_arg(&new),
            "--verify-cmd",
            verify,
        ],
        "",
    );
    assert_eq!(result["verified"], true);
    assert_eq!(result["result"], "promoted");
    assert_eq!(field(&home, "aws", "accesskey"), "NEWKEY");
}

#[test]
fn rotate_failed_verify_keeps_old() {
    let (home, _dir, new) = rotation_setup();
    let output = home.run(
        &["cred", "rotate", "aws", "--from-file", path_arg(&new)]
            .into_iter()
            .chain(["--verify-cmd", r#"test "$AWS_ACCESS_KEY_ID" = OLDKEY"#])
            .collect::<Vec<_>>(),
        "",
    );
    assert_eq!(output.status.code(), Some(3), "{}", stderr(&output));
    assert_eq!(history_states(&home, "aws"), [(1, "current".to_string())]);
    assert_eq!(pending_rotation(&home, "aws"), Value::Null);
    assert_eq!(field(&home, "aws", "accesskey"), "OLDKEY");
    assert_eq!(field(&home, "aws", "secretkey"), "old-secret-5e1f");
}

#[test]
fn rotate_verify_stdout_kept_off_stdout() {
    let (home, _dir, new) = rotation_setup();
    let output = home.run(
        &[
            "--output",
            "json",
            "cred",
            "rotate",
            "aws",
            "--from-file",
            path_arg(&new),
        ]
        .into_iter()
        .chain(["--verify-cmd", "echo verify-output"])
        .collect::<Vec<_>>(),
        "",
    );
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        serde_json::from_slice::<Value>(&output.stdout).is_ok(),
        "{}",
        stdout(&output)
    );
    assert!(
        stderr(&output).contains("verify-output"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn rotate_crash_leaves_pending() {
    let (home, _dir, new) = rotation_setup();
    let _runtime = crash_rotation(&home, &new);

    assert_eq!(pending_rotation(&home, "aws"), 2);
    assert_eq!(field(&home, "aws", "accesskey"), "OLDKEY");
    let exec = home.run(
        &[
            "cred",
            "exec",
            "aws",
            "--",
            "sh",
            "-c",
            "printf %s \"$AWS_ACCESS_KEY_ID\"",
        ],
        "",
    );
    assert_eq!(stdout(&exec), "OLDKEY", "exec used the staged values");
    let states = history_states(&home, "aws");
    assert_eq!(
        states,
        [(1, "current".to_string()), (2, "staged".to_string())]
    );
}

#[test]
fn rotate_pending_blocks_set() {
    let (home, _dir, new) = rotation_setup();
    let _runtime = crash_rotation(&home, &new);

    let output = home.run(
        &["cred", "set", "aws", "--type", "ec2", "--from-file", "-"],
        "accesskey: OTHERKEY\nsecretkey: other-secret\n",
    );
    assert!(!output.status.success());
    assert!(stderr(&output).contains("pending"), "{}", stderr(&output));
    assert!(stderr(&output).contains("--abort"), "{}", stderr(&output));
    assert_eq!(field(&home, "aws", "accesskey"), "OLDKEY");
}

#[test]
fn rotate_pending_blocks_rollback() {
    let (home, _dir, new) = rotation_setup();
    set_ec2(&home, "aws", "MIDKEY", "mid-secret");
    let _runtime = crash_rotation(&home, &new);

    let output = home.run(&["cred", "rollback", "aws", "--to-version", "1"], "");
    assert!(!output.status.success());
    assert!(stderr(&output).contains("pending"), "{}", stderr(&output));
    assert_eq!(field(&home, "aws", "accesskey"), "MIDKEY");
}

#[test]
fn rotate_resumes_after_crash() {
    let (home, _dir, new) = rotation_setup();
    let _runtime = crash_rotation(&home, &new);

    let result = run_json(
        &home,
        &["cred", "rotate", "aws", "--verify-cmd", "true"],
        "",
    );
    assert_eq!(result["resumed"], true);
    assert_eq!(result["verified"], true);
    assert_eq!(result["version"], 2);
    assert_eq!(pending_rotation(&home, "aws"), Value::Null);
    assert_eq!(field(&home, "aws", "accesskey"), "NEWKEY");
    let expected = [(1, "previous".to_string()), (2, "current".to_string())];
    assert_eq!(history_states(&home, "aws"), expected);
}

#[test]
fn rotate_abort_discards() {
    let (home, _dir, new) = rotation_setup();
    let _runtime = crash_rotation(&home, &new);

    let result = run_json(&home, &["cred", "rotate", "aws", "--abort"], "");
    assert_eq!(result["result"], "aborted");
    assert_eq!(result["changed"], true);
    assert_eq!(pending_rotation(&home, "aws"), Value::Null);
    assert_eq!(history_states(&home, "aws"), [(1, "current".to_string())]);
    assert_eq!(field(&home, "aws", "accesskey"), "OLDKEY");
}

#[test]
fn rotate_abort_without_pending() {
    let (home, _dir, _new) = rotation_setup();
    let output = home.run(&["cred", "rotate", "aws", "--abort"], "");
    assert_eq!(output.status.code(), Some(4), "{}", stderr(&output));
}

#[test]
fn rotate_type_change_rejected() {
    let (home, _dir, _new) = rotation_setup();
    let output = home.run(
        &["cred", "rotate", "aws", "--from-file", "-"],
        "type: azure\nauth_data:\n  subscription_id: sub-1\n",
    );
    assert_eq!(output.status.code(), Some(6), "{}", stderr(&output));
    assert_eq!(history_states(&home, "aws"), [(1, "current".to_string())]);
}

/// A home where `aws` was rotated: version 1 OLDKEY, version 2 NEWKEY.
fn rotated() -> TestHome {
    let (home, _dir, new) = rotation_setup();
    run_json(
        &home,
        &["cred", "rotate", "aws", "--from-file", path_arg(&new)],
        "",
    );
    home
}

#[test]
fn rollback_restores_old_values() {
    let home = rotated();
    let result = run_json(&home, &["cred", "rollback", "aws", "--to-version", "1"], "");
    assert_eq!(result["changed"], true);
    assert_eq!(result["version"], 3);
    assert_eq!(field(&home, "aws", "accesskey"), "OLDKEY");
    assert_eq!(field(&home, "aws", "secretkey"), "old-secret-5e1f");
    let states = history_states(&home, "aws");
    assert_eq!(
        states.last(),
        Some(&(3, "current".to_string())),
        "{states:?}"
    );
}

#[test]
fn rollback_to_current_unchanged() {
    let home = rotated();
    let result = run_json(&home, &["cred", "rollback", "aws", "--to-version", "2"], "");
    assert_eq!(result["changed"], false);
    assert_eq!(result["version"], 2);
    assert_eq!(history_states(&home, "aws").len(), 2);
}

#[test]
fn rollback_rerun_unchanged() {
    let home = rotated();
    run_json(&home, &["cred", "rollback", "aws", "--to-version", "1"], "");
    let again = run_json(&home, &["cred", "rollback", "aws", "--to-version", "1"], "");
    assert_eq!(again["changed"], false);
    assert_eq!(again["version"], 3);
    assert_eq!(history_states(&home, "aws").len(), 3);
}

#[test]
fn rollback_unknown_version() {
    let home = rotated();
    let output = home.run(&["cred", "rollback", "aws", "--to-version", "9"], "");
    assert_eq!(output.status.code(), Some(4), "{}", stderr(&output));
}

// Secrets stay secret

/// Asserts that no `secrets` value appears in the output of a command.
fn assert_no_secret(what: &str, output: &Output, secrets: &[&str]) {
    for secret in secrets {
        assert!(
            !stdout(output).contains(secret),
            "{what}: stdout shows {secret}"
        );
        assert!(
            !stderr(output).contains(secret),
            "{what}: stderr shows {secret}"
        );
    }
}

#[test]
fn failed_rotate_hides_secrets() {
    let (home, _dir, new) = rotation_setup();
    for format in ["text", "json"] {
        let output = home.run(
            &[
                "--output",
                format,
                "cred",
                "rotate",
                "aws",
                "--from-file",
                path_arg(&new),
            ]
            .into_iter()
            .chain(["--verify-cmd", "exit 1"])
            .collect::<Vec<_>>(),
            "",
        );
        assert_eq!(output.status.code(), Some(3), "{}", stderr(&output));
        assert_no_secret(format, &output, &["old-secret-5e1f", "new-secret-9b2c"]);
    }
}

#[test]
fn rejected_set_hides_secrets() {
    let secret = "leak-check-4d7a91";
    let cases = [
        (
            "ec2",
            format!("accesskey: A\nsecretkey: {secret}\nsecret_key: x\n"),
        ),
        ("ec2", format!("secretkey: {secret}\n")),
        (
            "nova",
            format!(
                "username: u\npassword: {secret}\napplication_credential_id: i\napplication_credential_secret: s\n"
            ),
        ),
        (
            "azure",
            format!("subscription_id: s\nclient_secret: {secret}\n"),
        ),
        ("generic", format!("\"bad name\": {secret}\n")),
        ("ec2", format!("accesskey: A\nsecretkey: [{secret}]\n")),
        ("ec2", format!("accesskey: A\nsecretkey: \"{secret}\n")),
    ];
    let home = TestHome::initialised();
    for (kind, values) in &cases {
        for format in ["text", "json"] {
            let output = home.run(
                &[
                    "--output",
                    format,
                    "cred",
                    "set",
                    "x",
                    "--type",
                    kind,
                    "--from-file",
                    "-",
                ],
                values,
            );
            assert_eq!(
                output.status.code(),
                Some(6),
                "{values:?}: {}",
                stderr(&output)
            );
            assert_no_secret(&format!("{kind} {values:?}"), &output, &[secret]);
        }
    }
}

#[test]
fn rejected_import_hides_secrets() {
    let secret = "leak-check-import-55e0";
    let text = format!(
        "resource:\n- type: ec2\n  auth_data: {{accesskey: A, secretkey: {secret}}}\n\
         - type: azure\n  auth_data: {{client_secret: {secret}}}\n"
    );
    let home = TestHome::initialised();
    let output = home.run(&["cred", "import", "-"], &text);
    assert_eq!(output.status.code(), Some(6), "{}", stderr(&output));
    assert_no_secret("import", &output, &[secret]);
}

#[test]
fn list_and_history_hide_secrets() {
    let home = TestHome::initialised();
    import_filled(&home);
    let commands: [&[&str]; 2] = [&["cred", "list"], &["cred", "history", "ec2"]];
    for args in commands {
        for format in ["text", "json"] {
            let mut all = vec!["--output", format];
            all.extend_from_slice(args);
            let output = home.run(&all, "");
            assert!(output.status.success(), "{}", stderr(&output));
            assert_no_secret(&format!("{args:?}"), &output, &FILLED_SECRETS);
        }
    }
}

#[test]
fn audit_export_hides_secrets() {
    let home = TestHome::initialised();
    import_filled(&home);
    let (_dir, new) = input_file(
        "new.yml",
        "accesskey: NEWKEY\nsecretkey: rotated-secret-c3\n",
    );
    run_json(&home, &["cred", "get", "ec2"], "");
    run_json(
        &home,
        &["cred", "rotate", "ec2", "--from-file", path_arg(&new)],
        "",
    );
    run_json(&home, &["cred", "rollback", "ec2", "--to-version", "1"], "");
    let export = home.run(&["cred", "export", "--format", "json"], "");
    assert!(export.status.success(), "{}", stderr(&export));
    let exec = home.run(&["cred", "exec", "azure", "--", "true"], "");
    assert!(exec.status.success(), "{}", stderr(&exec));

    let output = home.run(&["audit", "export"], "");
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stdout(&output).contains("credential/ec2"),
        "{}",
        stdout(&output)
    );
    let mut secrets = FILLED_SECRETS.to_vec();
    secrets.push("rotated-secret-c3");
    assert_no_secret("audit export", &output, &secrets);
}

#[test]
fn store_files_hide_secrets() {
    let home = TestHome::initialised();
    import_filled(&home);
    let file = data("sample-credentials-gce.json");
    run_json(&home, &["cred", "import", path_arg(&file)], "");

    let mut secrets: Vec<&str> = FILLED_SECRETS.to_vec();
    secrets.push("MyPriVaTe");
    for entry in std::fs::read_dir(home.path()).unwrap() {
        let path = entry.unwrap().path();
        if !path.is_file() {
            continue;
        }
        let bytes = std::fs::read(&path).unwrap();
        for secret in &secrets {
            let found = bytes.windows(secret.len()).any(|w| w == secret.as_bytes());
            assert!(!found, "{} holds {secret} in plain text", path.display());
        }
    }
}

#[test]
fn argv_value_rejected() {
    let home = TestHome::initialised();
    let secret = "argv-secret-0b77";
    let value = format!("secretkey={secret}");
    let args = [
        "cred",
        "set",
        "aws",
        "--type",
        "ec2",
        "--value",
        "accesskey=A",
        "--value",
        &value,
    ];
    let output = home.run(&args, "");
    assert_eq!(output.status.code(), Some(6), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("--insecure-argv"),
        "{}",
        stderr(&output)
    );
    assert_no_secret("--value", &output, &[secret]);
    assert!(listed_names(&home).is_empty());
}

#[test]
fn argv_value_with_insecure_flag() {
    let home = TestHome::initialised();
    let args = [
        "cred",
        "set",
        "aws",
        "--type",
        "ec2",
        "--insecure-argv",
        "--value",
        "accesskey=A",
        "--value",
        "secretkey=B",
    ];
    let output = home.run(&args, "");
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(field(&home, "aws", "secretkey"), "B");
}
