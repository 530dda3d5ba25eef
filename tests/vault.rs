//! The `cred` commands against a real OpenBao server (`bao server -dev`),
//! through `--backend vault`.

mod common;
mod vault_support;

use std::process::{Command, Output, Stdio};
use std::time::Duration;

use common::{TestHome, stderr, stdout};
use serde_json::{Value, json};
use vault_support::Bao;

const NOT_FOUND: i32 = 4;
const INPUT_REJECTED: i32 = 6;
const LOCKED: i32 = 7;
const INTERRUPTED: i32 = 8;

const EC2: &str = "accesskey: AKIAEXAMPLE\nsecretkey: vault-secret-1\n";

/// Builds a micadoctl command for `home` that talks to `bao` with `token`.
fn cmd(home: &TestHome, bao: &Bao, token: &str) -> Command {
    let mut command = home.cmd();
    command
        .env("VAULT_ADDR", &bao.address)
        .env("VAULT_TOKEN", token)
        .env_remove("VAULT_NAMESPACE")
        .env_remove("VAULT_CACERT");
    command
}

/// Runs micadoctl with `args` and `stdin` against `bao`.
fn run_as(home: &TestHome, bao: &Bao, token: &str, args: &[&str], stdin: &str) -> Output {
    run_command(cmd(home, bao, token), args, stdin)
}

fn run_command(mut command: Command, args: &[&str], stdin: &str) -> Output {
    use std::io::Write;

    let mut child = command
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start micadoctl");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes())
        .expect("write stdin");
    child.wait_with_output().expect("wait for micadoctl")
}

/// Runs `cred --backend vault ARGS --output json` with the root token and
/// asserts success.
fn vault_json(home: &TestHome, bao: &Bao, args: &[&str], stdin: &str) -> Value {
    let mut all = vec!["--output", "json", "cred", "--backend", "vault"];
    all.extend_from_slice(args);
    let output = run_as(home, bao, &bao.root_token, &all, stdin);
    assert_success(&output, args);
    serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("stdout of {args:?} is not JSON ({e}): {}", stdout(&output)))
}

fn vault_cred(home: &TestHome, bao: &Bao, token: &str, args: &[&str], stdin: &str) -> Output {
    let mut all = vec!["cred", "--backend", "vault"];
    all.extend_from_slice(args);
    run_as(home, bao, token, &all, stdin)
}

fn assert_success(output: &Output, action: &[&str]) {
    assert!(
        output.status.success(),
        "micadoctl {action:?} failed with {:?}: {}",
        output.status.code(),
        stderr(output)
    );
}

fn assert_exit(output: &Output, code: i32, action: &str) {
    assert_eq!(
        output.status.code(),
        Some(code),
        "{action}: stdout {} stderr {}",
        stdout(output),
        stderr(output)
    );
}

fn audit_records(home: &TestHome, bao: &Bao) -> Vec<Value> {
    let output = run_as(home, bao, &bao.root_token, &["audit", "export"], "");
    assert_success(&output, &["audit", "export"]);
    stdout(&output)
        .lines()
        .map(|line| serde_json::from_str(line).expect("an audit line is JSON"))
        .collect()
}

#[test]
fn kv2_set_get_list_history() {
    let bao = Bao::start();
    let home = TestHome::initialised();

    let set = vault_json(
        &home,
        &bao,
        &["set", "aws", "--type", "ec2", "--from-file", "-"],
        EC2,
    );
    assert_eq!(set["changed"], true);
    assert_eq!(set["version"], 1);
    let stored = bao.kv2_data("micado/credentials/aws");
    assert_eq!(
        stored["accesskey"], "AKIAEXAMPLE",
        "values are plain keys in Vault"
    );
    assert_eq!(stored["secretkey"], "vault-secret-1");
    let metadata = bao.api_ok("GET", "secret/metadata/micado/credentials/aws", None);
    assert_eq!(metadata["data"]["custom_metadata"]["micadoctl-type"], "ec2");

    let again = vault_json(&home, &bao, &["set", "aws", "--from-file", "-"], EC2);
    assert_eq!(again["changed"], false, "same values write no version");
    assert_eq!(again["version"], 1);

    let got = vault_json(&home, &bao, &["get", "aws"], "");
    assert_eq!(got["type"], "ec2");
    assert_eq!(got["fields"]["secretkey"], "vault-secret-1");
    let field = vault_cred(
        &home,
        &bao,
        &bao.root_token,
        &["get", "aws", "--field", "accesskey"],
        "",
    );
    assert_eq!(stdout(&field), "AKIAEXAMPLE\n");

    vault_json(
        &home,
        &bao,
        &["set", "aws", "--from-file", "-"],
        "accesskey: AK2\nsecretkey: vault-secret-2\n",
    );
    let list = vault_json(&home, &bao, &["list"], "");
    let entries = list["credentials"].as_array().expect("a list");
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0]["name"], "aws");
    assert_eq!(entries[0]["type"], "ec2");
    assert_eq!(entries[0]["version"], 2);
    assert_eq!(entries[0]["versions"], 2);

    let history = vault_json(&home, &bao, &["history", "aws"], "");
    let versions = history["versions"].as_array().expect("versions");
    assert_eq!(versions.len(), 2);
    assert_eq!(versions[0]["state"], "previous");
    assert_eq!(versions[1]["state"], "current");
    assert!(
        versions[0]["created"]
            .as_str()
            .is_some_and(|t| t.starts_with("20"))
    );

    let old = vault_json(&home, &bao, &["get", "aws", "--version", "1"], "");
    assert_eq!(old["fields"]["secretkey"], "vault-secret-1");
}

#[test]
fn kv2_rollback_delete_destroy() {
    let bao = Bao::start();
    let home = TestHome::initialised();
    vault_json(
        &home,
        &bao,
        &["set", "aws", "--type", "ec2", "--from-file", "-"],
        EC2,
    );
    vault_json(
        &home,
        &bao,
        &["set", "aws", "--from-file", "-"],
        "accesskey: AK2\nsecretkey: s2\n",
    );

    let rollback = vault_json(&home, &bao, &["rollback", "aws", "--to-version", "1"], "");
    assert_eq!(rollback["changed"], true);
    assert_eq!(rollback["version"], 3, "a rollback writes a new version");
    assert_eq!(
        bao.kv2_data("micado/credentials/aws")["secretkey"],
        "vault-secret-1"
    );
    let rerun = vault_json(&home, &bao, &["rollback", "aws", "--to-version", "1"], "");
    assert_eq!(rerun["changed"], false);

    let deleted = vault_json(&home, &bao, &["delete", "aws"], "");
    assert_eq!(deleted["changed"], true);
    let metadata = bao.api_ok("GET", "secret/metadata/micado/credentials/aws", None);
    assert_ne!(
        metadata["data"]["versions"]["3"]["deletion_time"], "",
        "the delete is a soft delete of the newest version"
    );
    assert_eq!(metadata["data"]["versions"]["1"]["destroyed"], false);
    let get = vault_cred(&home, &bao, &bao.root_token, &["get", "aws"], "");
    assert_exit(&get, NOT_FOUND, "get after delete");
    let list = vault_json(&home, &bao, &["list"], "");
    assert_eq!(
        list["credentials"],
        json!([]),
        "a deleted credential is not listed"
    );
    let history = vault_json(&home, &bao, &["history", "aws"], "");
    assert_eq!(history["versions"][2]["state"], "deleted");
    assert!(
        history["versions"][2]["deleted"].is_string(),
        "history shows the deletion time"
    );
    let twice = vault_cred(&home, &bao, &bao.root_token, &["delete", "aws"], "");
    assert_exit(&twice, NOT_FOUND, "second delete");
    let if_exists = vault_json(&home, &bao, &["delete", "aws", "--if-exists"], "");
    assert_eq!(if_exists["changed"], false);

    let destroyed = vault_json(&home, &bao, &["delete", "aws", "--destroy"], "");
    assert_eq!(destroyed["changed"], true);
    let metadata = bao.api_ok("GET", "secret/metadata/micado/credentials/aws", None);
    for version in ["1", "2", "3"] {
        assert_eq!(
            metadata["data"]["versions"][version]["destroyed"], true,
            "version {version}"
        );
    }
    let again = vault_json(
        &home,
        &bao,
        &["delete", "aws", "--destroy", "--if-exists"],
        "",
    );
    assert_eq!(again["changed"], false);
}

#[test]
fn set_merge_keeps_other_fields() {
    let bao = Bao::start();
    let home = TestHome::initialised();
    vault_json(
        &home,
        &bao,
        &["set", "aws", "--type", "ec2", "--from-file", "-"],
        EC2,
    );

    let merged = vault_json(
        &home,
        &bao,
        &["set", "aws", "--merge", "--from-file", "-"],
        "secretkey: rotated\n",
    );
    assert_eq!(merged["version"], 2);
    let stored = bao.kv2_data("micado/credentials/aws");
    assert_eq!(
        stored["accesskey"], "AKIAEXAMPLE",
        "the field not given is kept"
    );
    assert_eq!(stored["secretkey"], "rotated");

    let without_merge = vault_cred(
        &home,
        &bao,
        &bao.root_token,
        &["set", "aws", "--from-file", "-"],
        "secretkey: x\n",
    );
    assert_exit(
        &without_merge,
        INPUT_REJECTED,
        "an ec2 credential without accesskey",
    );
    assert_eq!(
        bao.kv2_data("micado/credentials/aws")["secretkey"],
        "rotated"
    );
}

#[test]
fn concurrent_writer_gets_conflict() {
    let bao = Bao::start();
    let home = TestHome::initialised();
    vault_json(
        &home,
        &bao,
        &["set", "aws", "--type", "ec2", "--from-file", "-"],
        EC2,
    );

    // The rotation reads version 1, then verifies for a second; meanwhile
    // another writer stores version 2. The rotation's write, based on
    // version 1, must fail instead of overwriting version 2.
    let mut rotate = cmd(&home, &bao, &bao.root_token);
    rotate
        .args([
            "cred",
            "--backend",
            "vault",
            "rotate",
            "aws",
            "--from-file",
            "-",
        ])
        .args(["--verify-cmd", "sleep 1.5"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut rotation = rotate.spawn().expect("start the rotation");
    {
        use std::io::Write;
        let mut stdin = rotation.stdin.take().expect("stdin");
        stdin
            .write_all(b"accesskey: AK-ROTATED\nsecretkey: from-rotation\n")
            .expect("write");
    }
    std::thread::sleep(Duration::from_millis(700));
    let other = vault_json(
        &home,
        &bao,
        &["set", "aws", "--from-file", "-"],
        "accesskey: AK-OTHER\nsecretkey: from-other\n",
    );
    assert_eq!(other["version"], 2);
    let rotation = rotation.wait_with_output().expect("wait for the rotation");

    assert_exit(
        &rotation,
        INTERRUPTED,
        "the rotation that lost the check-and-set",
    );
    let message = stderr(&rotation);
    assert!(message.contains("conflict"), "{message}");
    assert!(
        message.contains("secret/data/micado/credentials/aws"),
        "{message}"
    );
    assert!(message.contains("expected version 1"), "{message}");
    let stored = bao.kv2_data("micado/credentials/aws");
    assert_eq!(
        stored["secretkey"], "from-other",
        "the other writer's version is not lost"
    );
    let metadata = bao.api_ok("GET", "secret/metadata/micado/credentials/aws", None);
    assert_eq!(metadata["data"]["current_version"], 2);
}

#[test]
fn parallel_writers_lose_no_update() {
    let bao = Bao::start();
    let home = TestHome::initialised();
    vault_json(
        &home,
        &bao,
        &["set", "db", "--type", "generic", "--from-file", "-"],
        "password: p0\n",
    );

    let writers: Vec<_> = (1..=6)
        .map(|i| {
            let mut command = cmd(&home, &bao, &bao.root_token);
            command
                .args([
                    "--output",
                    "json",
                    "cred",
                    "--backend",
                    "vault",
                    "set",
                    "db",
                    "--from-file",
                    "-",
                ])
                .stdin(Stdio::piped())
                .stdout(Stdio::piped())
                .stderr(Stdio::piped());
            let mut child = command.spawn().expect("start a writer");
            use std::io::Write;
            child
                .stdin
                .take()
                .expect("stdin")
                .write_all(format!("password: p{i}\n").as_bytes())
                .expect("write");
            child
        })
        .collect();
    let mut versions = Vec::new();
    for child in writers {
        let output = child.wait_with_output().expect("wait for a writer");
        match output.status.code() {
            Some(0) => {
                let doc: Value = serde_json::from_slice(&output.stdout).expect("JSON");
                versions.push(doc["version"].as_i64().expect("a version"));
            }
            Some(INTERRUPTED) => {
                assert!(stderr(&output).contains("conflict"), "{}", stderr(&output))
            }
            other => panic!("writer exited with {other:?}: {}", stderr(&output)),
        }
    }
    versions.sort_unstable();
    let count = versions.len();
    versions.dedup();
    assert_eq!(
        versions.len(),
        count,
        "two writers got the same version: {versions:?}"
    );
    let metadata = bao.api_ok("GET", "secret/metadata/micado/credentials/db", None);
    assert_eq!(
        metadata["data"]["current_version"].as_i64(),
        Some(1 + count as i64),
        "every successful write is a version of its own"
    );
}

#[test]
fn read_only_token_explains_403() {
    let bao = Bao::start();
    let home = TestHome::initialised();
    vault_json(
        &home,
        &bao,
        &["set", "aws", "--type", "ec2", "--from-file", "-"],
        EC2,
    );
    bao.put_policy(
        "reader",
        r#"path "secret/data/micado/credentials/*" { capabilities = ["read"] }
path "secret/metadata/micado/credentials/*" { capabilities = ["read"] }"#,
    );
    let reader = bao.create_token(&["reader"], "1h", true);

    let get = vault_cred(
        &home,
        &bao,
        &reader,
        &["get", "aws", "--field", "accesskey"],
        "",
    );
    assert_success(&get, &["get with the read-only token"]);

    let write = vault_cred(
        &home,
        &bao,
        &reader,
        &["set", "aws", "--from-file", "-"],
        "accesskey: A\nsecretkey: never-written\n",
    );
    assert_exit(&write, LOCKED, "write with a read-only token");
    let message = stderr(&write);
    assert!(
        message.contains("POST secret/data/micado/credentials/aws"),
        "{message}"
    );
    assert!(message.contains("\"update\" capability"), "{message}");
    assert!(
        message.contains("permission denied"),
        "the service's own message: {message}"
    );
    let stanza = "path \"secret/data/micado/credentials/aws\" {\n  capabilities = [\"update\"]\n}";
    assert!(message.contains(stanza), "policy stanza missing: {message}");
    assert!(
        !message.contains(&reader),
        "the token leaked into the error"
    );
    assert!(
        !message.contains("never-written"),
        "a value leaked into the error"
    );

    let list = vault_cred(&home, &bao, &reader, &["list"], "");
    assert_exit(&list, LOCKED, "list without the list capability");
    let message = stderr(&list);
    assert!(
        message.contains("LIST secret/metadata/micado/credentials/"),
        "{message}"
    );
    assert!(message.contains("\"list\" capability"), "{message}");

    // The printed stanzas are enough: with them added, both calls succeed.
    bao.put_policy(
        "reader",
        r#"path "secret/data/micado/credentials/*" { capabilities = ["read"] }
path "secret/metadata/micado/credentials/*" { capabilities = ["read"] }
path "secret/data/micado/credentials/aws" { capabilities = ["read", "update"] }
path "secret/metadata/micado/credentials/" { capabilities = ["list"] }"#,
    );
    let list = vault_cred(&home, &bao, &reader, &["list"], "");
    assert_success(&list, &["list after the list stanza was added"]);
    let write = vault_cred(
        &home,
        &bao,
        &reader,
        &["set", "aws", "--from-file", "-"],
        "accesskey: A\nsecretkey: now-written\n",
    );
    assert_success(&write, &["set after the update stanza was added"]);

    let failures: Vec<Value> = audit_records(&home, &bao)
        .into_iter()
        .filter(|r| r["action"] == "cred.set" && r["outcome"] == "failure")
        .collect();
    assert_eq!(
        failures.len(),
        1,
        "the denied write is in the local audit log"
    );
    assert_eq!(
        failures[0]["detail"]["path"],
        "secret/data/micado/credentials/aws"
    );
    assert_eq!(failures[0]["detail"]["error"], "permission denied");
}

#[test]
fn token_without_list_on_metadata() {
    let bao = Bao::start();
    let home = TestHome::initialised();
    bao.put_policy(
        "writer",
        r#"path "secret/data/micado/credentials/*" { capabilities = ["create", "read", "update"] }
path "secret/metadata/micado/credentials/*" { capabilities = ["create", "read", "update"] }"#,
    );
    let writer = bao.create_token(&["writer"], "1h", true);
    let set = vault_cred(
        &home,
        &bao,
        &writer,
        &["set", "db", "--type", "generic", "--from-file", "-"],
        "password: x\n",
    );
    assert_success(&set, &["set with create on data and update on metadata"]);
    let history = vault_cred(&home, &bao, &writer, &["history", "db"], "");
    assert_success(&history, &["history with read on metadata"]);

    let list = vault_cred(&home, &bao, &writer, &["list"], "");
    assert_exit(&list, LOCKED, "list without list on the metadata folder");
    let message = stderr(&list);
    assert!(
        message.contains(
            "path \"secret/metadata/micado/credentials/\" {\n  capabilities = [\"list\"]\n}"
        ),
        "{message}"
    );
}

#[test]
fn expired_token_is_rejected() {
    let bao = Bao::start();
    let home = TestHome::initialised();
    vault_json(
        &home,
        &bao,
        &["set", "aws", "--type", "ec2", "--from-file", "-"],
        EC2,
    );
    let short = bao.create_token(&["default"], "1s", false);
    std::thread::sleep(Duration::from_millis(2200));

    let get = vault_cred(&home, &bao, &short, &["get", "aws"], "");
    assert_exit(&get, LOCKED, "get with an expired token");
    let message = stderr(&get);
    assert!(message.contains("expired, revoked or invalid"), "{message}");
    assert!(message.contains("micadoctl login vault"), "{message}");
    assert!(
        message.contains("replace VAULT_TOKEN"),
        "the hint names the variable that holds the token: {message}"
    );
    assert!(!message.contains(&short), "the token leaked into the error");
}

#[test]
fn token_from_environment_loses_surrounding_whitespace() {
    let bao = Bao::start();
    let home = TestHome::initialised();
    vault_json(
        &home,
        &bao,
        &["set", "aws", "--type", "ec2", "--from-file", "-"],
        EC2,
    );

    // As written by `VAULT_TOKEN="$(cat file)"` from a file without the
    // trailing newline stripped, or by a copy and paste.
    let token = format!(" {}\n", bao.root_token);
    let get = vault_cred(
        &home,
        &bao,
        &token,
        &["get", "aws", "--field", "accesskey"],
        "",
    );
    assert_success(&get, &["get", "aws"]);
    assert_eq!(stdout(&get).trim(), "AKIAEXAMPLE");
}

#[test]
fn exec_renews_short_token() {
    let bao = Bao::start();
    let home = TestHome::initialised();
    vault_json(
        &home,
        &bao,
        &["set", "aws", "--type", "ec2", "--from-file", "-"],
        EC2,
    );
    bao.put_policy(
        "reader",
        r#"path "secret/data/micado/credentials/*" { capabilities = ["read"] }"#,
    );
    let short = bao.create_token(&["reader"], "3s", true);

    // The command runs for 5 s, longer than the token's 3 s TTL, and then
    // checks with the real bao CLI that the token in its environment is
    // still valid.
    let bao_cli = vault_support::bao_binary();
    let script = "sleep 5 && \"$BAO_CLI\" token lookup >/dev/null && echo token-still-valid";
    let mut command = cmd(&home, &bao, &short);
    command
        .env("BAO_CLI", &bao_cli)
        .env("BAO_ADDR", &bao.address)
        .env("BAO_TOKEN", &short);
    let output = run_command(
        command,
        &[
            "cred",
            "--backend",
            "vault",
            "exec",
            "aws",
            "--",
            "sh",
            "-c",
            script,
        ],
        "",
    );
    assert_success(&output, &["exec with a 3 s token"]);
    assert!(
        stdout(&output).contains("token-still-valid"),
        "{}",
        stderr(&output)
    );
    let (status, _) = bao.api_as(&short, "GET", "auth/token/lookup-self", None);
    assert_eq!(status, 200, "the token outlived its first TTL");

    // Without micadoctl renewing it, a token like it expires.
    let unattended = bao.create_token(&["reader"], "3s", true);
    std::thread::sleep(Duration::from_millis(4000));
    let (status, _) = bao.api_as(&unattended, "GET", "auth/token/lookup-self", None);
    assert_eq!(status, 403, "a 3 s token expires when nobody renews it");
}

#[test]
fn exec_warns_about_unrenewable_token() {
    let bao = Bao::start();
    let home = TestHome::initialised();
    vault_json(
        &home,
        &bao,
        &["set", "aws", "--type", "ec2", "--from-file", "-"],
        EC2,
    );
    let fixed = bao.create_token(&["root"], "10m", false);

    let output = vault_cred(
        &home,
        &bao,
        &fixed,
        &[
            "exec",
            "aws",
            "--",
            "sh",
            "-c",
            "echo \"$AWS_ACCESS_KEY_ID\"",
        ],
        "",
    );
    assert_success(&output, &["exec with an unrenewable token"]);
    assert_eq!(stdout(&output), "AKIAEXAMPLE\n");
    let warning = stderr(&output);
    assert!(warning.contains("cannot be renewed"), "{warning}");
}

#[test]
fn rotate_and_export_through_vault() {
    let bao = Bao::start();
    let home = TestHome::initialised();
    vault_json(
        &home,
        &bao,
        &["set", "aws", "--type", "ec2", "--from-file", "-"],
        EC2,
    );

    let failed = vault_cred(
        &home,
        &bao,
        &bao.root_token,
        &[
            "rotate",
            "aws",
            "--from-file",
            "-",
            "--verify-cmd",
            "test \"$AWS_SECRET_ACCESS_KEY\" = other",
        ],
        "accesskey: AK2\nsecretkey: rotated\n",
    );
    assert_exit(&failed, 3, "a failed verification");
    assert!(
        !stderr(&failed).contains("rotated"),
        "a staged value leaked: {}",
        stderr(&failed)
    );
    assert_eq!(
        bao.kv2_data("micado/credentials/aws")["secretkey"],
        "vault-secret-1"
    );

    let rotated = vault_json(
        &home,
        &bao,
        &[
            "rotate",
            "aws",
            "--from-file",
            "-",
            "--verify-cmd",
            "test \"$AWS_SECRET_ACCESS_KEY\" = rotated",
        ],
        "accesskey: AK2\nsecretkey: rotated\n",
    );
    assert_eq!(rotated["result"], "promoted");
    assert_eq!(rotated["verified"], true);
    assert_eq!(rotated["version"], 2);
    assert_eq!(
        bao.kv2_data("micado/credentials/aws")["secretkey"],
        "rotated"
    );

    let export = vault_cred(
        &home,
        &bao,
        &bao.root_token,
        &["export", "--format", "json"],
        "",
    );
    assert_success(&export, &["export"]);
    assert!(stdout(&export).contains("rotated"), "{}", stdout(&export));

    let import = vault_json(
        &home,
        &bao,
        &[
            "import",
            common::data("filled-credentials-cloud-api.yml")
                .to_str()
                .unwrap(),
        ],
        "",
    );
    assert_eq!(import["changed"], true);
    let list = vault_json(&home, &bao, &["list"], "");
    assert!(list["credentials"].as_array().unwrap().len() > 2, "{list}");
    let rerun = vault_json(
        &home,
        &bao,
        &[
            "import",
            common::data("filled-credentials-cloud-api.yml")
                .to_str()
                .unwrap(),
        ],
        "",
    );
    assert_eq!(rerun["changed"], false, "a second import changes nothing");
}

#[test]
fn audit_records_vault_reads_and_changes() {
    let bao = Bao::start();
    let home = TestHome::initialised();
    vault_json(
        &home,
        &bao,
        &["set", "aws", "--type", "ec2", "--from-file", "-"],
        EC2,
    );
    vault_json(&home, &bao, &["get", "aws"], "");
    vault_json(&home, &bao, &["delete", "aws"], "");

    let records = audit_records(&home, &bao);
    let actions: Vec<&str> = records
        .iter()
        .filter_map(|r| r["action"].as_str())
        .collect();
    for action in ["cred.set", "cred.get", "cred.delete"] {
        assert!(
            actions.contains(&action),
            "{action} missing from {actions:?}"
        );
    }
    for record in records
        .iter()
        .filter(|r| r["action"].as_str().is_some_and(|a| a.starts_with("cred.")))
    {
        assert_eq!(record["detail"]["backend"], "vault");
        assert_eq!(
            record["detail"]["path"],
            "secret/data/micado/credentials/aws"
        );
        assert_eq!(record["detail"]["address"], bao.address.as_str());
        assert!(record["os_user"].is_string());
    }
    let text = serde_json::to_string(&records).unwrap();
    assert!(
        !text.contains("vault-secret-1"),
        "a value leaked into the audit log"
    );
    assert!(
        !text.contains(&bao.root_token),
        "the token leaked into the audit log"
    );
    let verify = run_as(&home, &bao, &bao.root_token, &["audit", "verify"], "");
    assert_success(&verify, &["audit verify"]);
    let database = std::fs::read(home.database()).unwrap();
    let needle = bao.root_token.as_bytes();
    assert!(
        !database.windows(needle.len()).any(|w| w == needle),
        "the token is in the database"
    );
}

#[test]
fn missing_mount_is_explained() {
    let bao = Bao::start();
    let home = TestHome::initialised();
    let output = vault_cred(
        &home,
        &bao,
        &bao.root_token,
        &["--mount", "nomount", "get", "aws"],
        "",
    );
    assert_exit(&output, NOT_FOUND, "a missing mount");
    let message = stderr(&output);
    assert!(
        message.contains("no secrets engine is mounted at \"nomount\""),
        "{message}"
    );
    assert!(
        message.contains("secrets enable -path=nomount -version=2 kv"),
        "{message}"
    );
    assert!(
        message.contains("no handler for route"),
        "the service's own message: {message}"
    );
}

#[test]
fn path_settings_cannot_leave_the_mount() {
    let bao = Bao::start();
    let home = TestHome::initialised();

    // secret/data/../../sys/policies/acl/NAME would reach the policy API.
    let set = vault_cred(
        &home,
        &bao,
        &bao.root_token,
        &[
            "--path-prefix",
            "../../sys/policies/acl",
            "set",
            "escaped",
            "--type",
            "generic",
            "--from-file",
            "-",
        ],
        "policy: x\n",
    );
    assert_exit(&set, INPUT_REJECTED, "a path prefix with ..");
    assert!(
        stderr(&set).contains("invalid Vault path prefix \"../../sys/policies/acl\""),
        "{}",
        stderr(&set)
    );
    let (status, _) = bao.api("GET", "sys/policies/acl/escaped", None);
    assert_eq!(status, 404, "the policy API was reached");

    let get = vault_cred(
        &home,
        &bao,
        &bao.root_token,
        &["--mount", "../sys", "get", "x"],
        "",
    );
    assert_exit(&get, INPUT_REJECTED, "a mount with ..");
    assert!(
        stderr(&get).contains("invalid Vault mount \"../sys\""),
        "{}",
        stderr(&get)
    );
}

#[test]
fn failed_import_names_what_was_written() {
    let bao = Bao::start();
    let home = TestHome::initialised();
    bao.put_policy(
        "ec2-only",
        r#"path "secret/data/micado/credentials/part-ec2" { capabilities = ["create", "update", "read"] }
path "secret/metadata/micado/credentials/*" { capabilities = ["create", "update", "read"] }"#,
    );
    let token = bao.create_token(&["ec2-only"], "1h", false);
    let file = "resource:\n- type: ec2\n  auth_data:\n    accesskey: AK\n    secretkey: SK\n- type: cloudsigma\n  auth_data:\n    email: a@example.org\n    password: pw\n";

    let import = vault_cred(
        &home,
        &bao,
        &token,
        &["import", "--prefix", "part", "-"],
        file,
    );
    assert_exit(&import, LOCKED, "an import that may write only one entry");
    assert!(
        stderr(&import).contains("written to Vault before the error: part-ec2;"),
        "{}",
        stderr(&import)
    );
}

#[test]
fn plain_http_elsewhere_is_rejected() {
    let bao = Bao::start();
    let home = TestHome::initialised();
    let mut command = cmd(&home, &bao, &bao.root_token);
    // A documentation address: the command must reject it before connecting.
    command.env("VAULT_ADDR", "http://192.0.2.10:8200");
    let output = run_command(command, &["cred", "--backend", "vault", "list"], "");
    assert_exit(&output, INPUT_REJECTED, "plain http to another host");
    assert!(
        stderr(&output).contains("--insecure-http"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn namespace_setting_and_path() {
    let bao = Bao::start();
    let home = TestHome::initialised();
    bao.api_ok("POST", "sys/namespaces/team-a", Some(json!({})));
    let (status, body) = bao.api_in(
        Some("team-a"),
        &bao.root_token,
        "POST",
        "sys/mounts/secret",
        Some(json!({ "type": "kv", "options": { "version": "2" } })),
    );
    assert!(
        (200..300).contains(&status),
        "enable kv in team-a: {status} {body}"
    );

    let mut command = cmd(&home, &bao, &bao.root_token);
    command.env("VAULT_NAMESPACE", "team-a");
    let set = run_command(
        command,
        &[
            "cred",
            "--backend",
            "vault",
            "set",
            "db",
            "--type",
            "generic",
            "--from-file",
            "-",
        ],
        "password: in-team-a\n",
    );
    assert_success(&set, &["set in namespace team-a"]);
    let in_path = vault_json(&home, &bao, &["--mount", "team-a/secret", "get", "db"], "");
    assert_eq!(
        in_path["fields"]["password"], "in-team-a",
        "the namespace in the mount path reaches the same secret"
    );
    let root = vault_cred(&home, &bao, &bao.root_token, &["get", "db"], "");
    assert_exit(
        &root,
        NOT_FOUND,
        "the root namespace has no such credential",
    );

    let mut command = cmd(&home, &bao, &bao.root_token);
    command.env("VAULT_NAMESPACE", "team-a");
    let conflict = run_command(
        command,
        &[
            "cred",
            "--backend",
            "vault",
            "--mount",
            "team-b/secret",
            "list",
        ],
        "",
    );
    assert_exit(
        &conflict,
        INPUT_REJECTED,
        "namespace setting and path disagree",
    );
    let message = stderr(&conflict);
    assert!(message.contains("\"team-a\""), "{message}");
    assert!(message.contains("\"team-b\""), "{message}");
}

/// Enables KV version 1 at `spm/`, as the Security Policy Manager used it.
fn enable_spm_mount(bao: &Bao) {
    bao.api_ok(
        "POST",
        "sys/mounts/spm",
        Some(json!({ "type": "kv", "options": { "version": "1" } })),
    );
}

#[test]
fn spm_layout_reads_and_writes_kv1() {
    let bao = Bao::start();
    let home = TestHome::initialised();
    enable_spm_mount(&bao);
    bao.api_ok(
        "POST",
        "spm/app-db",
        Some(json!({ "secret_value": "spm-password" })),
    );
    let spm = ["--layout", "spm", "--mount", "spm"];

    let got = vault_json(
        &home,
        &bao,
        &[&spm[..], &["get", "app-db", "--field", "secret_value"]].concat(),
        "",
    );
    assert_eq!(got["value"], "spm-password");
    let set = vault_json(
        &home,
        &bao,
        &[
            &spm[..],
            &["set", "api-key", "--type", "generic", "--from-file", "-"],
        ]
        .concat(),
        "secret_value: spm-api\n",
    );
    assert_eq!(set["changed"], true);
    let raw = bao.api_ok("GET", "spm/api-key", None);
    assert_eq!(
        raw["data"],
        json!({ "secret_value": "spm-api" }),
        "KV version 1 with one field"
    );
    let list = vault_json(&home, &bao, &[&spm[..], &["list"]].concat(), "");
    let names: Vec<&str> = list["credentials"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|c| c["name"].as_str())
        .collect();
    assert_eq!(names, ["api-key", "app-db"]);

    let typed = vault_cred(
        &home,
        &bao,
        &bao.root_token,
        &[
            &spm[..],
            &["set", "aws", "--type", "ec2", "--from-file", "-"],
        ]
        .concat(),
        EC2,
    );
    assert_exit(
        &typed,
        INPUT_REJECTED,
        "a typed credential in the spm layout",
    );
    assert!(
        stderr(&typed).contains("secret_value"),
        "{}",
        stderr(&typed)
    );
    let rollback = vault_cred(
        &home,
        &bao,
        &bao.root_token,
        &[&spm[..], &["rollback", "app-db", "--to-version", "1"]].concat(),
        "",
    );
    assert!(!rollback.status.success());
    assert!(
        stderr(&rollback).contains("keeps no versions"),
        "{}",
        stderr(&rollback)
    );

    let deleted = vault_json(
        &home,
        &bao,
        &[&spm[..], &["delete", "api-key"]].concat(),
        "",
    );
    assert_eq!(deleted["changed"], true);
    let (status, _) = bao.api("GET", "spm/api-key", None);
    assert_eq!(status, 404);
}

#[test]
fn import_from_vault_spm() {
    let bao = Bao::start();
    let home = TestHome::initialised();
    enable_spm_mount(&bao);
    bao.api_ok(
        "POST",
        "spm/app-db",
        Some(json!({ "secret_value": "spm-password" })),
    );
    bao.api_ok(
        "POST",
        "spm/tls-key",
        Some(json!({ "secret_value": "-----BEGIN KEY-----" })),
    );

    let import = |backend: &str| {
        let output = run_as(
            &home,
            &bao,
            &bao.root_token,
            &[
                "--output",
                "json",
                "cred",
                "--backend",
                backend,
                "import",
                "--from-vault-spm",
                "--spm-mount",
                "spm",
            ],
            "",
        );
        assert_success(&output, &["import --from-vault-spm", backend]);
        serde_json::from_slice::<Value>(&output.stdout).expect("JSON")
    };
    let local = import("local");
    assert_eq!(local["changed"], true);
    assert_eq!(local["copied"].as_array().unwrap().len(), 2);
    let got = common::run_json(
        &home,
        &["cred", "get", "app-db", "--field", "secret_value"],
        "",
    );
    assert_eq!(got["value"], "spm-password");
    assert_eq!(import("local")["changed"], false, "a rerun changes nothing");

    let into_vault = import("vault");
    assert_eq!(into_vault["changed"], true);
    assert_eq!(
        bao.kv2_data("micado/credentials/tls-key")["secret_value"],
        "-----BEGIN KEY-----"
    );
}

#[test]
fn migrate_both_ways() {
    let bao = Bao::start();
    let home = TestHome::initialised();
    common::run_json(
        &home,
        &["cred", "set", "aws", "--type", "ec2", "--from-file", "-"],
        EC2,
    );
    common::run_json(
        &home,
        &["cred", "set", "db", "--type", "generic", "--from-file", "-"],
        "password: local-db\n",
    );

    let migrate = |from: &str, to: &str| {
        let output = run_as(
            &home,
            &bao,
            &bao.root_token,
            &[
                "--output", "json", "cred", "migrate", "--from", from, "--to", to,
            ],
            "",
        );
        assert_success(&output, &["migrate", from, to]);
        serde_json::from_slice::<Value>(&output.stdout).expect("JSON")
    };
    let first = migrate("local", "vault");
    assert_eq!(first["changed"], true);
    let copied = first["copied"].as_array().unwrap();
    assert_eq!(copied.len(), 2);
    assert!(copied.iter().all(|c| c["changed"] == true));
    assert_eq!(
        bao.kv2_data("micado/credentials/db")["password"],
        "local-db"
    );
    let metadata = bao.api_ok("GET", "secret/metadata/micado/credentials/aws", None);
    assert_eq!(metadata["data"]["custom_metadata"]["micadoctl-type"], "ec2");
    assert_eq!(
        migrate("local", "vault")["changed"],
        false,
        "a rerun changes nothing"
    );

    vault_json(
        &home,
        &bao,
        &["set", "db", "--from-file", "-"],
        "password: changed-in-vault\n",
    );
    let back = migrate("vault", "local");
    assert_eq!(back["changed"], true);
    let db = back["copied"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "db")
        .cloned()
        .unwrap();
    assert_eq!(db["changed"], true);
    assert_eq!(db["source_version"], 2);
    let got = common::run_json(&home, &["cred", "get", "db", "--field", "password"], "");
    assert_eq!(got["value"], "changed-in-vault");
    assert_eq!(
        migrate("vault", "local")["changed"],
        false,
        "a rerun changes nothing"
    );
}

#[test]
fn config_chooses_vault_backend() {
    let bao = Bao::start();
    let home = TestHome::initialised();
    let config = home.path().join("config.toml");
    let mut text = std::fs::read_to_string(&config).unwrap();
    text = text.replace(
        "credentials_backend = \"local\"",
        "credentials_backend = \"vault\"",
    );
    text.push_str(&format!(
        "\n[store.vault]\naddress = \"{}\"\nprefix = \"team/creds\"\n",
        bao.address
    ));
    std::fs::write(&config, text).unwrap();

    let mut command = cmd(&home, &bao, &bao.root_token);
    command.env_remove("VAULT_ADDR");
    let set = run_command(
        command,
        &["cred", "set", "db", "--type", "generic", "--from-file", "-"],
        "password: via-config\n",
    );
    assert_success(&set, &["set with the backend from config.toml"]);
    assert_eq!(bao.kv2_data("team/creds/db")["password"], "via-config");

    let mut command = cmd(&home, &bao, &bao.root_token);
    command.env_remove("VAULT_ADDR");
    let status = run_command(command, &["--output", "json", "status"], "");
    assert_success(&status, &["status"]);
    let doc: Value = serde_json::from_slice(&status.stdout).unwrap();
    assert_eq!(doc["vault"]["address"], bao.address.as_str());
    assert_eq!(doc["vault"]["token"]["policies"], json!(["root"]));
    assert_eq!(doc["vault"]["token_source"], "VAULT_TOKEN");
}

/// Runs `script` with `sh -c` inside a session keyring of its own, with
/// micadoctl as `$M`.
fn in_session(home: &TestHome, bao: &Bao, script: &str, stdin: &str) -> Output {
    in_session_with(home, bao, script, stdin, &[])
}

fn in_session_with(
    home: &TestHome,
    bao: &Bao,
    script: &str,
    stdin: &str,
    env: &[(&str, &std::path::Path)],
) -> Output {
    common::require("keyctl", "keyutils");
    let mut command = Command::new("keyctl");
    command.envs(env.iter().copied());
    command
        .args(["session", "-", "sh", "-c", script])
        .env("M", common::bin())
        .env("HOME_DIR", home.path())
        .env("VAULT_ADDR", &bao.address)
        .env_remove("VAULT_TOKEN")
        .env_remove("VAULT_NAMESPACE")
        .env_remove("MICADOCTL_HOME")
        .env("NO_COLOR", "1");
    run_command(command, &[], stdin)
}

#[test]
fn login_token_status_logout() {
    let bao = Bao::start();
    let home = TestHome::initialised();
    vault_json(
        &home,
        &bao,
        &["set", "aws", "--type", "ec2", "--from-file", "-"],
        EC2,
    );
    bao.put_policy(
        "reader",
        r#"path "secret/data/micado/credentials/*" { capabilities = ["read"] }"#,
    );
    let token = bao.create_token(&["reader"], "1h", true);
    let config = home.path().join("config.toml");
    let text = std::fs::read_to_string(&config).unwrap();
    std::fs::write(
        &config,
        text.replace(
            "credentials_backend = \"local\"",
            "credentials_backend = \"vault\"",
        ),
    )
    .unwrap();
    let token_file = home.path().join("token.txt");
    std::fs::write(&token_file, format!("{token}\n")).unwrap();

    let script = r#"set -e
"$M" --home "$HOME_DIR" login vault --token-file "$TOKEN_FILE"
echo ---
"$M" --home "$HOME_DIR" cred --backend vault get aws --field accesskey
"$M" --home "$HOME_DIR" --output json status > "$HOME_DIR/status.json"
"$M" --home "$HOME_DIR" logout vault
echo ---
"$M" --home "$HOME_DIR" cred --backend vault get aws || echo "exit=$?"
"#;
    let output = in_session_with(&home, &bao, script, "", &[("TOKEN_FILE", &token_file)]);
    assert_success(&output, &["login, get, logout"]);
    let text = stdout(&output);
    let parts: Vec<&str> = text.split("---\n").collect();
    assert!(parts[0].contains("token ttl:"), "{text}");
    assert!(
        parts[0].contains("reader"),
        "login shows the policies: {text}"
    );
    assert_eq!(parts[1].lines().next(), Some("AKIAEXAMPLE"), "{text}");
    assert!(parts[1].contains("dropped the cached token"), "{text}");
    assert!(parts[2].contains(&format!("exit={LOCKED}")), "{text}");
    let status: Value =
        serde_json::from_slice(&std::fs::read(home.path().join("status.json")).unwrap()).unwrap();
    assert_eq!(status["vault"]["token_source"], "keyring", "{status}");
    let ttl = status["vault"]["token"]["ttl_seconds"].as_u64().unwrap();
    assert!(
        ttl > 3000 && ttl <= 3600,
        "status shows the token's TTL: {ttl}"
    );
    assert!(
        status["vault"]["token"]["policies"]
            .as_array()
            .unwrap()
            .contains(&json!("reader")),
        "{status}"
    );
    assert!(
        stderr(&output).contains("no Vault token"),
        "{}",
        stderr(&output)
    );
    assert!(!text.contains(&token), "the token was printed");
    assert!(!stderr(&output).contains(&token), "the token was printed");
}

#[test]
fn login_warns_when_vault_token_is_set() {
    let bao = Bao::start();
    let home = TestHome::initialised();
    let script = r#"VAULT_TOKEN=other-token "$M" --home "$HOME_DIR" login vault --token-file -"#;
    let output = in_session(&home, &bao, script, &format!("{}\n", bao.root_token));
    assert_success(&output, &["login", "vault"]);
    assert!(
        stderr(&output).contains("VAULT_TOKEN is set"),
        "the login is not used while VAULT_TOKEN is set: {}",
        stderr(&output)
    );
}

#[test]
fn login_userpass() {
    let bao = Bao::start();
    let home = TestHome::initialised();
    bao.api_ok(
        "POST",
        "sys/auth/userpass",
        Some(json!({ "type": "userpass" })),
    );
    bao.put_policy(
        "reader",
        r#"path "secret/data/micado/credentials/*" { capabilities = ["read"] }"#,
    );
    bao.api_ok(
        "POST",
        "auth/userpass/users/alice",
        Some(
            json!({ "password": "alice-password", "token_policies": "reader", "token_ttl": "1h" }),
        ),
    );

    let script = r#""$M" --home "$HOME_DIR" --output json login vault --method userpass --username alice --password-file - &&
"$M" --home "$HOME_DIR" login vault --method userpass --username alice --password-file "$EMPTY_FILE"; echo "empty=$?""#;
    let empty = home.path().join("empty.txt");
    std::fs::write(&empty, "").unwrap();
    let output = in_session_with(
        &home,
        &bao,
        script,
        "alice-password\n",
        &[("EMPTY_FILE", &empty)],
    );
    let text = stdout(&output);
    let json_end = text.rfind('}').expect("a JSON document");
    let doc: Value =
        serde_json::from_str(&text[..=json_end]).unwrap_or_else(|e| panic!("{e}: {text}"));
    assert_eq!(doc["token"]["display_name"], "userpass-alice", "{text}");
    assert!(
        doc["token"]["policies"]
            .as_array()
            .unwrap()
            .contains(&json!("reader"))
    );
    assert!(
        text.contains("empty=6"),
        "an empty password file is rejected: {text}"
    );

    let wrong = in_session(
        &home,
        &bao,
        r#""$M" --home "$HOME_DIR" login vault --method userpass --username alice --password-file -"#,
        "wrong-password\n",
    );
    assert_exit(&wrong, LOCKED, "a wrong password");
    assert!(
        stderr(&wrong).contains("invalid username or password"),
        "{}",
        stderr(&wrong)
    );
    assert!(!stderr(&wrong).contains("wrong-password"));
    assert!(
        stderr(&wrong).contains("userpass login as \"alice\" at auth/userpass was rejected"),
        "a wrong password is not reported as a rejected token: {}",
        stderr(&wrong)
    );

    let traversal = in_session(
        &home,
        &bao,
        r#""$M" --home "$HOME_DIR" login vault --method userpass --username ../../../sys/mounts --password-file -"#,
        "alice-password\n",
    );
    assert_exit(&traversal, INPUT_REJECTED, "a user name with slashes");
    assert!(
        stderr(&traversal).contains("user name \"../../../sys/mounts\""),
        "{}",
        stderr(&traversal)
    );
}

#[test]
fn tls_needs_the_ca() {
    common::require("openssl", "openssl");
    let dir = tempfile::tempdir().unwrap();
    let path = |name: &str| dir.path().join(name).to_str().unwrap().to_string();
    let openssl = |args: &[&str]| {
        let output = Command::new("openssl")
            .args(args)
            .output()
            .expect("run openssl");
        assert!(
            output.status.success(),
            "openssl {args:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    };
    openssl(&[
        "req",
        "-x509",
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:P-256",
        "-nodes",
        "-keyout",
        &path("ca.key"),
        "-out",
        &path("ca.pem"),
        "-days",
        "2",
        "-subj",
        "/CN=micadoctl test CA",
        "-addext",
        "basicConstraints=critical,CA:TRUE",
        "-addext",
        "keyUsage=critical,keyCertSign,cRLSign",
    ]);
    openssl(&[
        "req",
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:P-256",
        "-nodes",
        "-keyout",
        &path("server.key"),
        "-out",
        &path("server.csr"),
        "-subj",
        "/CN=127.0.0.1",
    ]);
    std::fs::write(
        path("ext.cnf"),
        "subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\nbasicConstraints=CA:FALSE\n",
    )
    .unwrap();
    openssl(&[
        "x509",
        "-req",
        "-in",
        &path("server.csr"),
        "-CA",
        &path("ca.pem"),
        "-CAkey",
        &path("ca.key"),
        "-CAcreateserial",
        "-out",
        &path("server.pem"),
        "-days",
        "2",
        "-extfile",
        &path("ext.cnf"),
    ]);

    let tls_port = vault_support::free_port();
    let config = format!(
        "listener \"tcp\" {{\n  address = \"127.0.0.1:{tls_port}\"\n  tls_cert_file = \"{}\"\n  tls_key_file = \"{}\"\n}}\n",
        path("server.pem"),
        path("server.key")
    );
    let bao = Bao::start_with_config(Some((&config, tls_port)));
    let https = bao.tls_address.clone().unwrap();
    let home = TestHome::initialised();

    let mut command = cmd(&home, &bao, &bao.root_token);
    command.env("VAULT_ADDR", &https);
    let untrusted = run_command(command, &["cred", "--backend", "vault", "list"], "");
    assert_exit(&untrusted, 1, "https without the CA");
    let message = stderr(&untrusted);
    assert!(message.contains("cannot reach Vault"), "{message}");
    assert!(message.to_lowercase().contains("certificate"), "{message}");
    assert!(
        !message.contains(&bao.root_token),
        "the token leaked into the error"
    );

    let mut command = cmd(&home, &bao, &bao.root_token);
    command
        .env("VAULT_ADDR", &https)
        .env("VAULT_CACERT", path("ca.pem"));
    let set = run_command(
        command,
        &[
            "cred",
            "--backend",
            "vault",
            "set",
            "db",
            "--type",
            "generic",
            "--from-file",
            "-",
        ],
        "password: over-tls\n",
    );
    assert_success(&set, &["set over TLS with VAULT_CACERT"]);
    assert_eq!(
        bao.kv2_data("micado/credentials/db")["password"],
        "over-tls"
    );

    let mut command = cmd(&home, &bao, &bao.root_token);
    command
        .env("VAULT_ADDR", &https)
        .env("VAULT_CACERT", path("ext.cnf"));
    let bad_ca = run_command(command, &["cred", "--backend", "vault", "list"], "");
    assert_exit(&bad_ca, INPUT_REJECTED, "a CA file without a certificate");
    assert!(stderr(&bad_ca).contains("ext.cnf"), "{}", stderr(&bad_ca));
}

#[test]
fn local_set_merge_and_destroy() {
    let home = TestHome::initialised();
    common::run_json(
        &home,
        &["cred", "set", "aws", "--type", "ec2", "--from-file", "-"],
        EC2,
    );

    let merged = common::run_json(
        &home,
        &["cred", "set", "aws", "--merge", "--from-file", "-"],
        "secretkey: merged-locally\n",
    );
    assert_eq!(merged["changed"], true);
    assert_eq!(merged["version"], 2);
    let got = common::run_json(&home, &["cred", "get", "aws"], "");
    assert_eq!(
        got["fields"]["accesskey"], "AKIAEXAMPLE",
        "the field not given is kept"
    );
    assert_eq!(got["fields"]["secretkey"], "merged-locally");
    let again = common::run_json(
        &home,
        &["cred", "set", "aws", "--merge", "--from-file", "-"],
        "secretkey: merged-locally\n",
    );
    assert_eq!(
        again["changed"], false,
        "a rerun of the merge changes nothing"
    );

    let deleted = common::run_json(&home, &["cred", "delete", "aws", "--destroy"], "");
    assert_eq!(deleted["changed"], true);
    let list = common::run_json(&home, &["cred", "list"], "");
    assert_eq!(list["credentials"], json!([]));

    let same = home.run(&["cred", "migrate", "--from", "local", "--to", "local"], "");
    assert_exit(&same, 2, "migrate to the same backend");
}

#[test]
fn layout_and_mount_version_must_match() {
    let bao = Bao::start();
    let home = TestHome::initialised();
    enable_spm_mount(&bao);

    let kv2_on_v1 = vault_cred(
        &home,
        &bao,
        &bao.root_token,
        &[
            "--mount",
            "spm",
            "set",
            "db",
            "--type",
            "generic",
            "--from-file",
            "-",
        ],
        "password: x\n",
    );
    assert_exit(
        &kv2_on_v1,
        INPUT_REJECTED,
        "the kv2 layout on a KV version 1 mount",
    );
    let message = stderr(&kv2_on_v1);
    assert!(message.contains("\"spm\" is KV version 1"), "{message}");
    assert!(message.contains("--layout spm"), "{message}");
    let (status, body) = bao.api("LIST", "spm/", None);
    assert_eq!(
        status, 404,
        "nothing was written to the KV version 1 mount: {body}"
    );

    let spm_on_v2 = vault_cred(
        &home,
        &bao,
        &bao.root_token,
        &["--layout", "spm", "--mount", "secret", "list"],
        "",
    );
    assert_exit(
        &spm_on_v2,
        INPUT_REJECTED,
        "the spm layout on a KV version 2 mount",
    );
    assert!(
        stderr(&spm_on_v2).contains("KV version 2"),
        "{}",
        stderr(&spm_on_v2)
    );
}
