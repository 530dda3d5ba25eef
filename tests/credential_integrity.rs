//! Credential metadata that lives outside the sealed values (the current
//! version pointer, a pending rotation), interrupted rotations, and the input
//! and output rules around them.

mod common;

use std::process::{Command, Output, Stdio};
use std::time::Duration;

use common::{TestHome, stderr};

fn set_ec2(home: &TestHome, name: &str, accesskey: &str) {
    let values = format!("accesskey: {accesskey}\nsecretkey: secret-of-{accesskey}\n");
    let output = home.run(
        &["cred", "set", name, "--type", "ec2", "--from-file", "-"],
        &values,
    );
    assert!(
        output.status.success(),
        "cred set failed: {}",
        stderr(&output)
    );
}

fn accesskey(home: &TestHome, name: &str) -> Output {
    home.run(&["cred", "get", name, "--field", "accesskey"], "")
}

fn sql(home: &TestHome, statement: &str) {
    let conn = rusqlite::Connection::open(home.database()).expect("open the database");
    conn.execute_batch(statement).expect("run the statement");
}

fn values_file(dir: &tempfile::TempDir, accesskey: &str) -> String {
    let path = dir.path().join(format!("{accesskey}.yml"));
    std::fs::write(
        &path,
        format!("accesskey: {accesskey}\nsecretkey: secret-of-{accesskey}\n"),
    )
    .expect("write values");
    path.to_str().unwrap().to_string()
}

#[test]
fn moved_version_pointer_detected() {
    let home = TestHome::initialised();
    set_ec2(&home, "aws", "AKIAOLD");
    set_ec2(&home, "aws", "AKIANEW");

    sql(
        &home,
        "UPDATE credentials SET current_version = 1 WHERE name = 'aws'",
    );
    let output = accesskey(&home, "aws");

    assert_eq!(output.status.code(), Some(3), "{}", stderr(&output));
    assert!(stderr(&output).contains("\"aws\""), "{}", stderr(&output));
    assert!(!String::from_utf8_lossy(&output.stdout).contains("AKIAOLD"));
}

#[test]
fn altered_rotation_detected() {
    let home = TestHome::initialised();
    set_ec2(&home, "aws", "AKIAOLD");
    let dir = tempfile::tempdir().unwrap();
    let new = values_file(&dir, "AKIANEW");
    let crashed = home.run(
        &[
            "cred",
            "rotate",
            "aws",
            "--from-file",
            &new,
            "--verify-cmd",
            "kill -9 $PPID",
        ],
        "",
    );
    assert_eq!(crashed.status.signal_or_code(), "signal 9");

    // The verification command is sealed, so the row cannot be pointed at
    // another command or another staged version without detection.
    let conn = rusqlite::Connection::open(home.database()).expect("open the database");
    let sealed: Vec<u8> = conn
        .query_row(
            "SELECT sealed FROM rotations WHERE name = 'aws'",
            [],
            |row| row.get(0),
        )
        .expect("read the rotation");
    let mut altered = sealed.clone();
    *altered.last_mut().unwrap() ^= 1;
    conn.execute("UPDATE rotations SET sealed = ?1", [&altered])
        .unwrap();
    let resumed = home.run(&["cred", "rotate", "aws"], "");

    assert_eq!(resumed.status.code(), Some(3), "{}", stderr(&resumed));
    assert!(
        stderr(&resumed).contains("pending rotation"),
        "{}",
        stderr(&resumed)
    );
    conn.execute(
        "UPDATE rotations SET sealed = ?1, staged_version = 1",
        [&sealed],
    )
    .unwrap();
    let redirected = home.run(&["cred", "rotate", "aws"], "");
    assert_eq!(redirected.status.code(), Some(3), "{}", stderr(&redirected));
    assert_eq!(
        String::from_utf8_lossy(&accesskey(&home, "aws").stdout).trim(),
        "AKIAOLD"
    );
}

#[test]
fn empty_verify_command_rejected() {
    let home = TestHome::initialised();
    set_ec2(&home, "aws", "AKIAOLD");
    let dir = tempfile::tempdir().unwrap();
    let new = values_file(&dir, "AKIANEW");

    let output = home.run(
        &[
            "cred",
            "rotate",
            "aws",
            "--from-file",
            &new,
            "--verify-cmd",
            " ",
        ],
        "",
    );

    assert_eq!(output.status.code(), Some(6), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("--verify-cmd"),
        "{}",
        stderr(&output)
    );
    assert_eq!(
        String::from_utf8_lossy(&accesskey(&home, "aws").stdout).trim(),
        "AKIAOLD"
    );
}

#[test]
fn interrupted_verification_stays_pending() {
    let home = TestHome::initialised();
    set_ec2(&home, "aws", "AKIAOLD");
    let dir = tempfile::tempdir().unwrap();
    let new = values_file(&dir, "AKIANEW");
    let started = dir.path().join("started");
    let verify = format!("touch {}; exec sleep 30", started.display());

    let child = home
        .cmd()
        .args([
            "cred",
            "rotate",
            "aws",
            "--from-file",
            &new,
            "--verify-cmd",
            &verify,
        ])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start micadoctl");
    wait_for(&started);
    let pid = nix::unistd::Pid::from_raw(child.id() as i32);
    nix::sys::signal::kill(pid, nix::sys::signal::Signal::SIGTERM).expect("send SIGTERM");
    let output = child.wait_with_output().expect("wait for micadoctl");

    assert_eq!(output.status.code(), Some(8), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("cred rotate aws"),
        "{}",
        stderr(&output)
    );
    let listed = home.run(&["--output", "json", "cred", "list"], "");
    let listed: serde_json::Value = serde_json::from_slice(&listed.stdout).unwrap();
    assert_eq!(listed["credentials"][0]["pending_rotation"], 2);
    let resumed = home.run(&["cred", "rotate", "aws", "--verify-cmd", "true"], "");
    assert!(resumed.status.success(), "{}", stderr(&resumed));
    assert_eq!(
        String::from_utf8_lossy(&accesskey(&home, "aws").stdout).trim(),
        "AKIANEW"
    );
}

fn wait_for(path: &std::path::Path) {
    for _ in 0..200 {
        if path.exists() {
            return;
        }
        std::thread::sleep(Duration::from_millis(25));
    }
    panic!("{} was not created within 5 s", path.display());
}

#[test]
fn set_with_other_type_rejected() {
    let home = TestHome::initialised();
    set_ec2(&home, "aws", "AKIAOLD");

    let output = home.run(
        &[
            "cred",
            "set",
            "aws",
            "--type",
            "generic",
            "--from-file",
            "-",
        ],
        "token: abc\n",
    );

    assert_eq!(output.status.code(), Some(6), "{}", stderr(&output));
    assert!(stderr(&output).contains("ec2"), "{}", stderr(&output));
    assert_eq!(
        String::from_utf8_lossy(&accesskey(&home, "aws").stdout).trim(),
        "AKIAOLD"
    );
}

#[test]
fn set_keeps_stored_type() {
    let home = TestHome::initialised();
    set_ec2(&home, "aws", "AKIAOLD");

    let output = home.run(
        &["cred", "set", "aws", "--from-file", "-"],
        "accesskey: AKIANEW\nsecretkey: s\n",
    );

    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(
        String::from_utf8_lossy(&accesskey(&home, "aws").stdout).trim(),
        "AKIANEW"
    );
}

#[test]
fn audit_list_escapes_control_characters() {
    let home = TestHome::initialised();
    set_ec2(&home, "aws", "AKIAOLD");
    let forged = "bob\n99  2026-01-01T00:00:00Z  root  store.rekey\u{1b}[31m";
    let output = home
        .cmd()
        .env("SUDO_USER", forged)
        .args(["cred", "get", "aws"])
        .output()
        .unwrap();
    assert!(output.status.success());

    let listed = home.run(&["audit", "list", "--limit", "1"], "");
    let text = String::from_utf8_lossy(&listed.stdout);

    assert_eq!(text.lines().count(), 2, "{text}");
    assert!(!text.contains('\u{1b}'), "{text}");
    assert!(text.contains("bob\\n99"), "{text}");
}

#[test]
fn audit_since_out_of_range_rejected() {
    let home = TestHome::initialised();

    for since in ["99999999999d", "18446744073709551615s"] {
        let output = home.run(&["audit", "list", "--since", since], "");
        assert_eq!(
            output.status.code(),
            Some(2),
            "{since}: {}",
            stderr(&output)
        );
        assert!(
            !stderr(&output).contains("panicked"),
            "{since}: {}",
            stderr(&output)
        );
    }
}

#[test]
fn exec_audit_names_program() {
    let home = TestHome::initialised();
    set_ec2(&home, "aws", "AKIAOLD");
    let output = home.run(&["cred", "exec", "aws", "--", "true"], "");
    assert!(output.status.success());

    let listed = home.run(
        &["--output", "json", "audit", "list", "--action", "cred.exec"],
        "",
    );
    let listed: serde_json::Value = serde_json::from_slice(&listed.stdout).unwrap();

    assert_eq!(listed["records"][0]["detail"]["program"], "true");
}

#[test]
fn usage_error_prints_json() {
    let output = Command::new(common::bin())
        .args(["--output", "json", "cred", "get"])
        .output()
        .unwrap();

    assert_eq!(output.status.code(), Some(2));
    let doc: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON on stdout");
    assert_eq!(doc["error"]["exit_code"], 2);
}

#[test]
fn oversized_input_rejected() {
    let home = TestHome::initialised();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.yml");
    let big = format!("accesskey: A\nsecretkey: {}\n", "x".repeat(2 * 1024 * 1024));
    std::fs::write(&path, big).unwrap();

    let output = home.run(
        &[
            "cred",
            "set",
            "aws",
            "--type",
            "ec2",
            "--from-file",
            path.to_str().unwrap(),
        ],
        "",
    );

    assert_eq!(output.status.code(), Some(6), "{}", stderr(&output));
    assert!(stderr(&output).contains("1 MiB"), "{}", stderr(&output));
}

#[test]
fn binary_input_rejected() {
    let home = TestHome::initialised();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("garbage.bin");
    std::fs::write(&path, [0xff, 0xfe, 0x00, 0x81, 0x41]).unwrap();

    let output = home.run(&["cred", "import", path.to_str().unwrap()], "");

    assert_eq!(output.status.code(), Some(6), "{}", stderr(&output));
    assert!(stderr(&output).contains("UTF-8"), "{}", stderr(&output));
}

trait SignalOrCode {
    fn signal_or_code(&self) -> String;
}

impl SignalOrCode for std::process::ExitStatus {
    fn signal_or_code(&self) -> String {
        use std::os::unix::process::ExitStatusExt;
        match self.signal() {
            Some(signal) => format!("signal {signal}"),
            None => format!("code {:?}", self.code()),
        }
    }
}

#[test]
fn deleted_audit_tail_blocks_writes() {
    let home = TestHome::initialised();
    set_ec2(&home, "aws", "AKIAOLD");
    sql(
        &home,
        "DELETE FROM audit WHERE seq = (SELECT max(seq) FROM audit)",
    );

    let write = home.run(
        &["cred", "set", "aws", "--from-file", "-"],
        "accesskey: AKIANEW\nsecretkey: s\n",
    );
    let verify = home.run(&["audit", "verify"], "");

    assert_eq!(write.status.code(), Some(3), "{}", stderr(&write));
    assert!(stderr(&write).contains("audit log"), "{}", stderr(&write));
    assert_eq!(verify.status.code(), Some(3), "{}", stderr(&verify));
    assert_eq!(
        String::from_utf8_lossy(&home.run(&["cred", "history", "aws"], "").stdout)
            .lines()
            .count(),
        2
    );
}

#[test]
fn deleted_audit_log_blocks_writes() {
    let home = TestHome::initialised();
    set_ec2(&home, "aws", "AKIAOLD");
    sql(
        &home,
        "DELETE FROM audit; DELETE FROM meta WHERE key LIKE 'audit_head%'",
    );

    let read = accesskey(&home, "aws");
    let verify = home.run(&["audit", "verify"], "");

    assert_eq!(read.status.code(), Some(3), "{}", stderr(&read));
    assert_eq!(verify.status.code(), Some(3), "{}", stderr(&verify));
}

#[test]
fn nul_and_empty_values_rejected() {
    let home = TestHome::initialised();
    let nul = home.run(
        &["cred", "set", "g", "--type", "generic", "--from-file", "-"],
        "v: \"a\\u0000b\"\n",
    );
    let empty = home.run(
        &[
            "cred",
            "set",
            "aws",
            "--type",
            "ec2",
            "--value",
            "accesskey=",
            "--value",
            "secretkey=s",
            "--insecure-argv",
        ],
        "",
    );

    assert_eq!(nul.status.code(), Some(6), "{}", stderr(&nul));
    assert!(stderr(&nul).contains("NUL"), "{}", stderr(&nul));
    assert_eq!(empty.status.code(), Some(6), "{}", stderr(&empty));
    assert!(
        stderr(&empty).contains("\"accesskey\" is empty"),
        "{}",
        stderr(&empty)
    );
}

#[test]
fn code_loading_variables_rejected() {
    let home = TestHome::initialised();
    for field in [
        "gconv_path",
        "node_options",
        "pythonpath",
        "git_ssh_command",
    ] {
        let output = home.run(
            &["cred", "set", "g", "--type", "generic", "--from-file", "-"],
            &format!("{field}: /tmp/x\n"),
        );
        assert_eq!(
            output.status.code(),
            Some(6),
            "{field}: {}",
            stderr(&output)
        );
    }
}

#[test]
fn rotation_while_pending_refused() {
    let home = TestHome::initialised();
    set_ec2(&home, "aws", "AKIAOLD");
    let dir = tempfile::tempdir().unwrap();
    let first = values_file(&dir, "AKIAFIRST");
    let second = values_file(&dir, "AKIASECOND");
    let crashed = home.run(
        &[
            "cred",
            "rotate",
            "aws",
            "--from-file",
            &first,
            "--verify-cmd",
            "kill -9 $PPID",
        ],
        "",
    );
    assert_eq!(crashed.status.signal_or_code(), "signal 9");

    let refused = home.run(&["cred", "rotate", "aws", "--from-file", &second], "");

    assert_eq!(refused.status.code(), Some(5), "{}", stderr(&refused));
    assert!(stderr(&refused).contains("--abort"), "{}", stderr(&refused));
    let resumed = home.run(&["cred", "rotate", "aws", "--verify-cmd", "true"], "");
    assert!(resumed.status.success(), "{}", stderr(&resumed));
    assert_eq!(
        String::from_utf8_lossy(&accesskey(&home, "aws").stdout).trim(),
        "AKIAFIRST"
    );
}

#[test]
fn exec_drops_inherited_login_variables() {
    let home = TestHome::initialised();
    let output = home.run(
        &["cred", "set", "os", "--type", "nova", "--from-file", "-"],
        "application_credential_id: id1\napplication_credential_secret: s1\n",
    );
    assert!(output.status.success(), "{}", stderr(&output));

    let env = home
        .cmd()
        .env("OS_CLOUD", "prod")
        .env("OS_PASSWORD", "inherited")
        .env("OS_AUTH_URL", "https://keystone.example.org/v3")
        .env("MICADOCTL_PASSPHRASE_FILE", "/nonexistent")
        .args(["cred", "exec", "os", "--", "env"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&env.stdout);

    assert!(env.status.success(), "{}", stderr(&env));
    assert!(!text.contains("OS_CLOUD="), "{text}");
    assert!(!text.contains("OS_PASSWORD="), "{text}");
    assert!(!text.contains("MICADOCTL_PASSPHRASE_FILE="), "{text}");
    assert!(
        text.contains("OS_AUTH_URL=https://keystone.example.org/v3"),
        "{text}"
    );
    assert!(text.contains("OS_APPLICATION_CREDENTIAL_ID=id1"), "{text}");
    assert!(text.contains("MICADOCTL_CREDENTIAL=os"), "{text}");
}

#[test]
fn export_of_generic_only_rejected() {
    let home = TestHome::initialised();
    let output = home.run(
        &["cred", "set", "g", "--type", "generic", "--from-file", "-"],
        "token: abc\n",
    );
    assert!(output.status.success());

    let export = home.run(&["cred", "export", "g"], "");

    assert_eq!(export.status.code(), Some(6), "{}", stderr(&export));
    assert!(
        stderr(&export).contains("--format json"),
        "{}",
        stderr(&export)
    );
}

#[test]
fn export_names_once() {
    let home = TestHome::initialised();
    set_ec2(&home, "aws", "AKIAOLD");

    let export = home.run(&["cred", "export", "aws", "aws"], "");
    let text = String::from_utf8_lossy(&export.stdout);

    assert!(export.status.success(), "{}", stderr(&export));
    assert_eq!(text.matches("accesskey:").count(), 1, "{text}");
}

#[test]
fn usage_error_json_names_argument() {
    let output = Command::new(common::bin())
        .args(["--output", "json", "cred", "list", "--bogus"])
        .output()
        .unwrap();

    let doc: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON on stdout");
    assert!(
        doc["error"]["message"]
            .as_str()
            .unwrap()
            .contains("--bogus"),
        "{doc}"
    );
}

#[test]
fn unlock_refuses_shared_keyring() {
    common::require("keyctl", "keyutils");
    let home = TestHome::initialised();

    // A session keyring named like the user's default one represents a
    // process that has no login session.
    let output = Command::new("keyctl")
        .args(["session", "_uid_ses.micadoctl-test"])
        .arg(common::bin())
        .arg("--home")
        .arg(home.path())
        .args(["unlock", "--ttl", "1m"])
        .output()
        .unwrap();

    assert_eq!(output.status.code(), Some(7), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("keyctl session -"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn deleted_rotation_row_detected() {
    let home = TestHome::initialised();
    set_ec2(&home, "aws", "AKIAOLD");
    let dir = tempfile::tempdir().unwrap();
    let new = values_file(&dir, "AKIANEW");
    let crashed = home.run(
        &[
            "cred",
            "rotate",
            "aws",
            "--from-file",
            &new,
            "--verify-cmd",
            "kill -9 $PPID",
        ],
        "",
    );
    assert_eq!(crashed.status.signal_or_code(), "signal 9");
    sql(&home, "DELETE FROM rotations");

    let abort = home.run(&["cred", "rotate", "aws", "--abort"], "");

    assert_eq!(abort.status.code(), Some(3), "{}", stderr(&abort));
    assert!(
        stderr(&abort).contains("pending rotation"),
        "{}",
        stderr(&abort)
    );
}

#[test]
fn public_key_as_identity_explained() {
    let home = TestHome::initialised();
    let dir = tempfile::tempdir().unwrap();
    let public = dir.path().join("public.txt");
    std::fs::write(
        &public,
        "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p\n",
    )
    .unwrap();
    std::fs::set_permissions(&public, std::os::unix::fs::PermissionsExt::from_mode(0o600)).unwrap();

    let output = home.run(
        &["--identity", public.to_str().unwrap(), "audit", "verify"],
        "",
    );

    assert_eq!(output.status.code(), Some(6), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("recipient (a public key"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn ssh_recipient_explained() {
    let home = TestHome::initialised();

    let output = home.run(&["store", "add-recipient", "ssh-ed25519 AAAAC3Nza"], "");

    assert_eq!(output.status.code(), Some(6), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("SSH keys are not supported"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn audit_until_before_since_rejected() {
    let home = TestHome::initialised();

    let output = home.run(&["audit", "list", "--since", "1m", "--until", "2h"], "");

    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    assert!(stderr(&output).contains("--until"), "{}", stderr(&output));
}
