//! The store at rest: file modes, what the database files contain, tampering
//! with sealed values, unlocking, recovery keys, rekeying and backups.
//!
//! Every test runs the real binary on its own state home and breaks only that
//! home, reaching into the SQLite file with rusqlite where a test plays an
//! attacker who can write to the state directory.

mod common;
mod store_support;

use std::process::Stdio;
use std::time::{Duration, Instant};

use common::TestHome;
use nix::sys::signal::{Signal, kill};
use nix::unistd::Pid;
use store_support::*;

// Exit codes of the command-line contract.
const FAILURE: i32 = 1;
const USAGE: i32 = 2;
const VERIFICATION_FAILED: i32 = 3;
const NOT_FOUND: i32 = 4;
const ALREADY_EXISTS: i32 = 5;
const INPUT_REJECTED: i32 = 6;
const LOCKED: i32 = 7;
const INTERRUPTED: i32 = 8;

// ---- init and file modes ----

#[test]
fn init_creates_private_files() {
    let base = tempfile::tempdir().unwrap();
    let home = base.path().join("state/home");

    let output = with_open_umask(&home).arg("init").output().unwrap();

    assert_ok(&output, "init");
    assert_eq!(mode(&home), 0o700, "mode of the state home");
    for name in ["micadoctl.db", "identity.txt", "config.toml", ".lock"] {
        assert_eq!(mode(&home.join(name)), 0o600, "mode of {name}");
    }
}

#[test]
fn wal_and_shm_are_private() {
    let base = tempfile::tempdir().unwrap();
    let home = base.path().join("home");
    assert_ok(
        &with_open_umask(&home).arg("init").output().unwrap(),
        "init",
    );
    let input = base.path().join("ec2.yml");
    std::fs::write(&input, ec2("AKIAMODES", "mode-secret")).unwrap();

    // The -wal and -shm files exist only while a connection is open, so stop
    // a writer while it has them open and look at them then.
    let wal = home.join("micadoctl.db-wal");
    let shm = home.join("micadoctl.db-shm");
    let mut seen = None;
    for attempt in 0..30 {
        let mut child = with_open_umask(&home)
            .args(["cred", "set", &format!("modes-{attempt}"), "--type", "ec2"])
            .arg("--from-file")
            .arg(&input)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let deadline = Instant::now() + Duration::from_secs(5);
        let exited = loop {
            if wal.exists() && shm.exists() {
                break false;
            }
            if child.try_wait().unwrap().is_some() || Instant::now() > deadline {
                break true;
            }
            std::thread::sleep(Duration::from_micros(200));
        };
        if !exited {
            let pid = Pid::from_raw(child.id() as i32);
            kill(pid, Signal::SIGSTOP).unwrap();
            if wal.exists() && shm.exists() {
                seen = Some((mode(&wal), mode(&shm)));
            }
            kill(pid, Signal::SIGCONT).unwrap();
        }
        assert!(child.wait().unwrap().success(), "cred set modes-{attempt}");
        if seen.is_some() {
            break;
        }
    }

    let (wal_mode, shm_mode) = seen.expect("a writer was caught with its -wal and -shm open");
    assert_eq!(wal_mode, 0o600, "mode of micadoctl.db-wal");
    assert_eq!(shm_mode, 0o600, "mode of micadoctl.db-shm");
}

#[test]
fn second_init_changes_nothing() {
    let home = TestHome::initialised();
    let identity = std::fs::read(home.identity()).unwrap();
    let config = std::fs::read(home.path().join("config.toml")).unwrap();

    let output = home.run(&["init", "--output", "json"], "");

    assert_ok(&output, "second init");
    assert_eq!(json(&output)["changed"], false, "changed");
    assert_eq!(
        std::fs::read(home.identity()).unwrap(),
        identity,
        "identity.txt after the second init"
    );
    assert_eq!(
        std::fs::read(home.path().join("config.toml")).unwrap(),
        config,
        "config.toml after the second init"
    );
    let wraps: i64 = open_db(&home)
        .query_row("SELECT count(*) FROM key_wraps", [], |row| row.get(0))
        .unwrap();
    assert_eq!(wraps, 1, "wrapped keys after the second init");
}

#[test]
fn init_appends_to_existing_identity() {
    let keys = tempfile::tempdir().unwrap();
    let path = keys.path().join("identity.txt");
    let old_recipient = age_keygen(&path);
    let old_text = std::fs::read_to_string(&path).unwrap();
    let home = TestHome::empty();

    let output = home
        .cmd()
        .args(["init", "--output", "json", "--identity-file"])
        .arg(&path)
        .output()
        .unwrap();

    assert_ok(&output, "init --identity-file");
    let report = json(&output);
    assert_eq!(report["changed"], true, "changed");
    assert_eq!(report["appended_to_existing"], true, "appended_to_existing");
    let new_text = std::fs::read_to_string(&path).unwrap();
    assert!(
        new_text.starts_with(&old_text),
        "the old lines are kept in front:\n{new_text}"
    );
    assert_eq!(
        new_text.matches("AGE-SECRET-KEY-1").count(),
        2,
        "identities in the file"
    );
    let recipients = recipients_of(&path);
    assert_eq!(recipients.first(), Some(&old_recipient), "first identity");
    assert_eq!(
        recipients.get(1).map(String::as_str),
        report["recipient"].as_str(),
        "the appended identity is the store's recipient"
    );
    assert_eq!(mode(&path), 0o600, "mode of the identity file");
    assert!(
        !home.identity().exists(),
        "no identity.txt is written in the home"
    );
    set_ec2(&home, "aws", "AKIAAPPEND", "append-secret");
    assert_eq!(field(&home, "aws", "secretkey"), "append-secret");
}

// ---- plain text in the database files ----

const SCAN_ACCESS_KEY: &str = "AKIAPLAINSCAN4TQ7";
const SCAN_SECRET_V1: &str = "plainscan-secret-v1-7Hq2Lm";
const SCAN_SECRET_V2: &str = "plainscan-secret-v2-9Zx4Pw";
const SCAN_KEY_LINES: [&str; 4] = [
    "-----BEGIN PLAINSCAN KEY-----",
    "plainscan-line-one-3c9a0e",
    "plainscan-line-two-5d1e7b",
    "-----END PLAINSCAN KEY-----",
];

/// Sets two versions of an ec2 credential and a generic one with a
/// multi-line value, then reads them, so that every kind of write happened.
fn write_scan_values(home: &TestHome) {
    set_ec2(home, "scan-ec2", SCAN_ACCESS_KEY, SCAN_SECRET_V1);
    set_ec2(home, "scan-ec2", SCAN_ACCESS_KEY, SCAN_SECRET_V2);
    let mut yaml = String::from("private_key: |\n");
    for line in SCAN_KEY_LINES {
        yaml.push_str(&format!("  {line}\n"));
    }
    let output = home.run(
        &[
            "cred",
            "set",
            "scan-generic",
            "--type",
            "generic",
            "--from-file",
            "-",
        ],
        &yaml,
    );
    assert_ok(&output, "cred set scan-generic");
    assert_eq!(
        field(home, "scan-generic", "private_key"),
        format!("{}\n", SCAN_KEY_LINES.join("\n")),
        "the multi-line value reads back unchanged"
    );
}

/// Lists every secret value of [`write_scan_values`], whole and line by line.
fn scan_values() -> Vec<String> {
    let mut values = vec![
        SCAN_ACCESS_KEY.to_string(),
        SCAN_SECRET_V1.to_string(),
        SCAN_SECRET_V2.to_string(),
        SCAN_KEY_LINES.join("\n"),
    ];
    values.extend(SCAN_KEY_LINES[1..3].iter().map(|line| line.to_string()));
    values
}

/// Asserts that no file of the home contains a secret value.
fn assert_no_plain_values(home: &TestHome, when: &str) {
    for entry in std::fs::read_dir(home.path()).unwrap() {
        let path = entry.unwrap().path();
        let bytes = std::fs::read(&path).unwrap();
        for value in scan_values() {
            assert!(
                !contains_bytes(&bytes, value.as_bytes()),
                "{} contains {value:?} {when}",
                path.display()
            );
        }
    }
}

#[test]
fn database_files_hold_no_plain_values() {
    let home = TestHome::initialised();

    // A reader that keeps its snapshot open stops every checkpoint, so the new
    // pages stay in micadoctl.db-wal while the values are written.
    let reader = open_db(&home);
    reader.execute_batch("BEGIN").unwrap();
    let _: i64 = reader
        .query_row("SELECT count(*) FROM audit", [], |row| row.get(0))
        .unwrap();
    write_scan_values(&home);

    let wal = std::fs::read(home.path().join("micadoctl.db-wal")).expect("read the WAL");
    assert!(
        contains_bytes(&wal, b"scan-generic"),
        "the WAL holds the new rows before any checkpoint"
    );
    assert_no_plain_values(&home, "while the WAL is not checkpointed");

    reader.execute_batch("COMMIT").unwrap();
    drop(reader);
    assert_ok(&home.run(&["cred", "list"], ""), "cred list");
    let database = std::fs::read(home.database()).unwrap();
    assert!(
        contains_bytes(&database, b"scan-generic"),
        "the checkpoint moved the new rows into micadoctl.db"
    );
    assert_no_plain_values(&home, "after the checkpoint");
}

// ---- tampering with sealed values ----

#[test]
fn tampered_ciphertext_fails() {
    let home = TestHome::initialised();
    set_ec2(&home, "aws", "AKIATAMPER", "tamper-secret");
    set_ec2(&home, "other", "AKIAOTHER", "other-secret");
    let original = sealed(&home, "aws", 1);
    // The format byte, the nonce, the first ciphertext byte and the last tag byte.
    let positions = [0, 1, 25, original.len() - 1];

    for position in positions {
        let mut flipped = original.clone();
        flipped[position] ^= 0x01;
        write_sealed(&home, "aws", 1, &flipped);

        let output = home.run(&["cred", "get", "aws"], "");

        assert_exit(
            &output,
            VERIFICATION_FAILED,
            &format!("byte {position} flipped"),
        );
        let message = stderr(&output);
        assert!(
            message.contains("\"aws\""),
            "byte {position}: stderr names the credential: {message}"
        );
        assert!(
            message.contains("version 1"),
            "byte {position}: stderr names the version: {message}"
        );
        assert!(
            !stdout(&output).contains("tamper-secret"),
            "byte {position}: no value on stdout"
        );
    }

    write_sealed(&home, "aws", 1, &original);
    assert_eq!(field(&home, "aws", "secretkey"), "tamper-secret");
    assert_eq!(field(&home, "other", "secretkey"), "other-secret");
    assert_ok(&home.run(&["audit", "verify"], ""), "audit verify");
}

#[test]
fn moved_ciphertext_fails() {
    let home = TestHome::initialised();
    set_ec2(&home, "aws", "AKIAMOVED1", "moved-secret-1");
    set_ec2(&home, "aws", "AKIAMOVED2", "moved-secret-2");
    set_ec2(&home, "gcp", "AKIAGCP", "gcp-secret");

    // Another credential's value in this row.
    let aws_v2 = sealed(&home, "aws", 2);
    write_sealed(&home, "aws", 2, &sealed(&home, "gcp", 1));
    let output = home.run(&["cred", "get", "aws"], "");
    assert_exit(&output, VERIFICATION_FAILED, "gcp's value in aws version 2");
    assert!(
        stderr(&output).contains("\"aws\" version 2"),
        "stderr names the row: {}",
        stderr(&output)
    );

    // An older version of the same credential in this row.
    write_sealed(&home, "aws", 2, &sealed(&home, "aws", 1));
    let output = home.run(&["cred", "get", "aws"], "");
    assert_exit(
        &output,
        VERIFICATION_FAILED,
        "version 1's value in version 2",
    );
    assert!(
        stderr(&output).contains("\"aws\" version 2"),
        "stderr names the row: {}",
        stderr(&output)
    );

    assert_eq!(field(&home, "gcp", "secretkey"), "gcp-secret");
    write_sealed(&home, "aws", 2, &aws_v2);
    assert_eq!(field(&home, "aws", "secretkey"), "moved-secret-2");
}

#[test]
fn rekey_with_tampered_row_changes_nothing() {
    let home = TestHome::initialised();
    set_ec2(&home, "intact", "AKIAINTACT", "intact-secret");
    set_ec2(&home, "broken", "AKIABROKEN", "broken-secret");
    let mut flipped = sealed(&home, "broken", 1);
    flipped[30] ^= 0x80;
    write_sealed(&home, "broken", 1, &flipped);
    let intact_before = sealed(&home, "intact", 1);
    let wraps_before = wrapped_keys(&home);

    let output = home.run(&["store", "rekey"], "");

    assert_exit(&output, VERIFICATION_FAILED, "store rekey");
    assert!(
        stderr(&output).contains("\"broken\""),
        "stderr names the bad row: {}",
        stderr(&output)
    );
    assert_eq!(sealed(&home, "intact", 1), intact_before, "intact row");
    assert_eq!(wrapped_keys(&home), wraps_before, "wrapped keys");
    assert_eq!(field(&home, "intact", "secretkey"), "intact-secret");
    assert_ok(&home.run(&["audit", "verify"], ""), "audit verify");
}

/// Reads the wrapped copies of the data key, in table order.
fn wrapped_keys(home: &TestHome) -> Vec<Vec<u8>> {
    let db = open_db(home);
    let mut stmt = db
        .prepare("SELECT wrapped FROM key_wraps ORDER BY id")
        .unwrap();
    stmt.query_map([], |row| row.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

// ---- unlocking ----

/// Asserts that a locked-store error lists every way to unlock.
fn assert_lists_unlock_methods(message: &str, what: &str) {
    for method in ["--identity", "micadoctl unlock", "--passphrase-file"] {
        assert!(
            message.contains(method),
            "{what}: the message names {method}: {message}"
        );
    }
}

#[test]
fn missing_identity_locks_store() {
    let home = TestHome::initialised();
    set_ec2(&home, "aws", "AKIALOCKED", "locked-secret");
    let recipient = age_keygen(&home.path().join("other.txt"));
    let moved = tempfile::tempdir().unwrap();
    std::fs::rename(home.identity(), moved.path().join("identity.txt")).unwrap();
    let backup = moved
        .path()
        .join("backup.db")
        .to_string_lossy()
        .into_owned();

    let needs_key: [&[&str]; 7] = [
        &["cred", "get", "aws"],
        &["cred", "set", "aws", "--type", "ec2", "--from-file", "-"],
        &["cred", "export", "--format", "json"],
        &["audit", "verify"],
        &["store", "rekey"],
        &["store", "backup", &backup],
        &["store", "add-recipient", &recipient],
    ];
    for args in needs_key {
        let mut all = vec!["--no-input"];
        all.extend_from_slice(args);
        // Only `cred set` reads stdin; a command that exits without reading it
        // must not get any, or writing it could fail with a broken pipe.
        let input = if args[1] == "set" {
            ec2("AKIANEW", "new-secret")
        } else {
            String::new()
        };
        let output = home.run(&all, &input);
        assert_exit(&output, LOCKED, &args.join(" "));
        assert_lists_unlock_methods(&stderr(&output), &args.join(" "));
        assert!(
            !stdout(&output).contains("locked-secret"),
            "{}: no value on stdout",
            args.join(" ")
        );
    }

    for args in [&["cred", "list"][..], &["status"], &["audit", "list"]] {
        assert_ok(&home.run(args, ""), &args.join(" "));
    }
    std::fs::rename(moved.path().join("identity.txt"), home.identity()).unwrap();
    assert_eq!(field(&home, "aws", "secretkey"), "locked-secret");
}

#[test]
fn wrong_identity_locks_store() {
    let home = TestHome::initialised();
    set_ec2(&home, "aws", "AKIAWRONG", "wrong-secret");
    let wrong = home.path().join("wrong.txt");
    age_keygen(&wrong);

    let output = home
        .cmd()
        .arg("--identity")
        .arg(&wrong)
        .args(["cred", "get", "aws"])
        .output()
        .unwrap();
    assert_exit(&output, LOCKED, "cred get --identity wrong.txt");
    assert!(
        stderr(&output).contains("wrong.txt"),
        "stderr names the identity file: {}",
        stderr(&output)
    );
    assert_lists_unlock_methods(&stderr(&output), "--identity wrong.txt");

    let output = home
        .cmd()
        .env("MICADOCTL_IDENTITY", &wrong)
        .args(["cred", "get", "aws"])
        .output()
        .unwrap();
    assert_exit(
        &output,
        LOCKED,
        "cred get with MICADOCTL_IDENTITY=wrong.txt",
    );
}

#[test]
fn recovery_identity_opens_store() {
    common::require("age", "age");
    let home = TestHome::initialised();
    set_ec2(&home, "aws", "AKIARECOVER", "recovery-secret");
    let keys = tempfile::tempdir().unwrap();
    let recovery = keys.path().join("recovery.txt");
    let recipient = age_keygen(&recovery);

    let output = home.run(
        &["store", "add-recipient", &recipient, "--output", "json"],
        "",
    );
    assert_ok(&output, "store add-recipient");
    assert_eq!(json(&output)["changed"], true, "first add-recipient");
    let output = home.run(
        &["store", "add-recipient", &recipient, "--output", "json"],
        "",
    );
    assert_ok(&output, "store add-recipient again");
    assert_eq!(json(&output)["changed"], false, "second add-recipient");

    std::fs::remove_file(home.identity()).unwrap();
    assert_exit(
        &home.run(&["cred", "get", "aws"], ""),
        LOCKED,
        "cred get without identity.txt",
    );
    let output = home
        .cmd()
        .arg("--identity")
        .arg(&recovery)
        .args(["cred", "get", "aws", "--field", "secretkey"])
        .output()
        .unwrap();
    assert_ok(&output, "cred get --identity recovery.txt");
    assert_eq!(stdout(&output), "recovery-secret\n");

    // The age CLI unwraps the recovery copy of the data key on its own.
    let wrapped: Vec<u8> = open_db(&home)
        .query_row(
            "SELECT wrapped FROM key_wraps WHERE recipient = ?1",
            [&recipient],
            |row| row.get(0),
        )
        .unwrap();
    let wrapped_file = keys.path().join("wrapped.age");
    std::fs::write(&wrapped_file, wrapped).unwrap();
    let output = std::process::Command::new("age")
        .arg("--decrypt")
        .arg("--identity")
        .arg(&recovery)
        .arg(&wrapped_file)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "age --decrypt: {}",
        stderr(&output)
    );
    assert_eq!(output.stdout.len(), 32, "length of the unwrapped data key");
}

const PASSPHRASE: &str = "correct horse battery staple 42";

/// Writes the passphrase file and a wrong one into `dir`.
fn passphrase_files(dir: &std::path::Path) -> (std::path::PathBuf, std::path::PathBuf) {
    let right = dir.join("passphrase");
    let wrong = dir.join("wrong-passphrase");
    std::fs::write(&right, format!("{PASSPHRASE}\n")).unwrap();
    std::fs::write(&wrong, "incorrect mule battery staple\n").unwrap();
    (right, wrong)
}

#[test]
fn passphrase_store_unlocks_with_passphrase() {
    let files = tempfile::tempdir().unwrap();
    let (right, wrong) = passphrase_files(files.path());
    let home = TestHome::empty();

    let output = home
        .cmd()
        .args([
            "init",
            "--passphrase",
            "--output",
            "json",
            "--passphrase-file",
        ])
        .arg(&right)
        .output()
        .unwrap();
    assert_ok(&output, "init --passphrase");
    assert_eq!(
        json(&output)["passphrase"],
        true,
        "passphrase in the report"
    );
    assert!(!home.identity().exists(), "no identity file is written");

    let set = |passphrase_file: Option<&std::path::Path>| {
        let mut command = home.cmd();
        command.arg("--no-input");
        if let Some(path) = passphrase_file {
            command.arg("--passphrase-file").arg(path);
        }
        let mut child = command
            .args(["cred", "set", "aws", "--type", "ec2", "--from-file", "-"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        use std::io::Write;
        let input = ec2("AKIAPASS", "passphrase-secret");
        child
            .stdin
            .take()
            .unwrap()
            .write_all(input.as_bytes())
            .unwrap();
        child.wait_with_output().unwrap()
    };

    assert_ok(&set(Some(&right)), "cred set with the passphrase");
    let listed = json(&home.run(&["cred", "list", "--output", "json"], ""));
    assert_eq!(
        listed["credentials"][0]["name"], "aws",
        "the credential landed"
    );

    let output = set(Some(&wrong));
    assert_exit(&output, LOCKED, "cred set with a wrong passphrase");
    assert!(
        !stderr(&output).contains("incorrect mule"),
        "the passphrase is not echoed: {}",
        stderr(&output)
    );

    let output = set(None);
    assert_exit(&output, LOCKED, "cred set without a passphrase");
    assert_lists_unlock_methods(&stderr(&output), "no passphrase");
}

// ---- rekey ----

#[test]
fn rekey_reseals_every_value() {
    let home = TestHome::initialised();
    set_ec2(&home, "aws", "AKIAREKEY1", "rekey-secret-1");
    set_ec2(&home, "aws", "AKIAREKEY2", "rekey-secret-2");
    set_ec2(&home, "gcp", "AKIAREKEYG", "rekey-secret-g");
    let before = copy_home(&home);
    let rows = [("aws", 1), ("aws", 2), ("gcp", 1)];

    let output = home.run(&["store", "rekey", "--output", "json"], "");

    assert_ok(&output, "store rekey");
    assert_eq!(json(&output)["resealed"], 3, "resealed values");
    assert_eq!(json(&output)["rewrapped"], 1, "rewrapped keys");
    for (name, version) in rows {
        assert_ne!(
            sealed(&home, name, version),
            sealed(&before, name, version),
            "{name} version {version} is sealed anew"
        );
    }
    assert_ne!(wrapped_keys(&home), wrapped_keys(&before), "wrapped key");
    let output = home.run(
        &[
            "cred",
            "get",
            "aws",
            "--version",
            "1",
            "--field",
            "secretkey",
        ],
        "",
    );
    assert_eq!(stdout(&output), "rekey-secret-1\n", "aws version 1");
    assert_eq!(field(&home, "aws", "secretkey"), "rekey-secret-2");
    assert_eq!(field(&home, "gcp", "secretkey"), "rekey-secret-g");
    assert_ok(&home.run(&["audit", "verify"], ""), "audit verify");

    // The copy taken before the rekey still opens its own values, but its data
    // key does not open the values sealed after the rekey.
    let old_key = |args: &[&str]| {
        before
            .cmd()
            .arg("--identity")
            .arg(home.identity())
            .args(args)
            .output()
            .unwrap()
    };
    assert_ok(
        &old_key(&["cred", "get", "gcp"]),
        "old copy before the swap",
    );
    for (name, version) in rows {
        write_sealed(&before, name, version, &sealed(&home, name, version));
    }
    for (name, version) in rows {
        let output = old_key(&["cred", "get", name, "--version", &version.to_string()]);
        assert_exit(
            &output,
            VERIFICATION_FAILED,
            &format!("old key on new {name} version {version}"),
        );
    }
}

#[test]
fn rekey_needs_passphrase() {
    let files = tempfile::tempdir().unwrap();
    let (right, wrong) = passphrase_files(files.path());
    let recovery = files.path().join("recovery.txt");
    let recipient = age_keygen(&recovery);
    let home = TestHome::empty();
    let output = home
        .cmd()
        .args([
            "init",
            "--passphrase",
            "--recipient",
            &recipient,
            "--passphrase-file",
        ])
        .arg(&right)
        .output()
        .unwrap();
    assert_ok(&output, "init --passphrase --recipient");
    let with_recovery = || {
        let mut command = home.cmd();
        command.arg("--no-input").arg("--identity").arg(&recovery);
        command
    };
    let output = with_recovery()
        .args(["cred", "set", "aws", "--type", "ec2", "--value"])
        .args(["accesskey=AKIAPHRASE", "--value", "secretkey=phrase-secret"])
        .arg("--insecure-argv")
        .output()
        .unwrap();
    assert_ok(&output, "cred set");

    let output = with_recovery().args(["store", "rekey"]).output().unwrap();
    assert_exit(&output, LOCKED, "store rekey without the passphrase");
    assert!(
        stderr(&output).contains("passphrase"),
        "stderr asks for the passphrase: {}",
        stderr(&output)
    );
    let output = with_recovery()
        .arg("--passphrase-file")
        .arg(&wrong)
        .args(["store", "rekey"])
        .output()
        .unwrap();
    assert_exit(&output, LOCKED, "store rekey with a wrong passphrase");

    let output = with_recovery()
        .arg("--passphrase-file")
        .arg(&right)
        .args(["store", "rekey"])
        .output()
        .unwrap();
    assert_ok(&output, "store rekey with the passphrase");
    let output = home
        .cmd()
        .arg("--passphrase-file")
        .arg(&right)
        .args(["cred", "get", "aws", "--field", "secretkey"])
        .output()
        .unwrap();
    assert_ok(&output, "cred get with the passphrase after the rekey");
    assert_eq!(stdout(&output), "phrase-secret\n");
}

// ---- backup ----

#[test]
fn backup_opens_with_identity() {
    let home = TestHome::initialised();
    set_ec2(&home, "aws", "AKIABACKUP", "backup-secret");
    set_ec2(&home, "gcp", "AKIABACKUPG", "backup-secret-g");
    let target = tempfile::tempdir().unwrap();
    let file = target.path().join("micadoctl-backup.db");

    let output = with_open_umask(home.path())
        .args(["store", "backup"])
        .arg(&file)
        .output()
        .unwrap();

    assert_ok(&output, "store backup");
    assert_eq!(mode(&file), 0o600, "mode of the backup");
    let bytes = std::fs::read(&file).unwrap();
    assert!(bytes.starts_with(b"SQLite format 3\0"), "an SQLite file");
    for value in ["AKIABACKUP", "backup-secret"] {
        assert!(
            !contains_bytes(&bytes, value.as_bytes()),
            "{value} in the backup"
        );
    }

    let restored = TestHome::empty();
    std::fs::copy(&file, restored.database()).unwrap();
    let run = |args: &[&str]| {
        restored
            .cmd()
            .arg("--identity")
            .arg(home.identity())
            .args(args)
            .output()
            .unwrap()
    };
    let listed = json(&run(&["cred", "list", "--output", "json"]));
    let names: Vec<&str> = listed["credentials"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["aws", "gcp"], "credentials in the backup");
    let output = run(&["cred", "get", "gcp", "--field", "secretkey"]);
    assert_eq!(stdout(&output), "backup-secret-g\n", "gcp from the backup");
    assert_ok(&run(&["audit", "verify"]), "audit verify on the backup");
}

#[test]
fn backup_to_existing_file_fails() {
    let home = TestHome::initialised();
    let file = home.path().join("existing.db");
    std::fs::write(&file, "keep me").unwrap();

    let output = home
        .cmd()
        .args(["store", "backup"])
        .arg(&file)
        .output()
        .unwrap();

    assert_exit(
        &output,
        ALREADY_EXISTS,
        "store backup onto an existing file",
    );
    assert_eq!(
        std::fs::read(&file).unwrap(),
        b"keep me",
        "the file is kept"
    );
    assert!(
        stderr(&output).contains("new file name"),
        "the hint asks for a new file name: {}",
        stderr(&output)
    );
}

#[test]
fn backup_to_directory_fails() {
    let home = TestHome::initialised();
    let target = tempfile::tempdir().unwrap();

    let output = home
        .cmd()
        .args(["store", "backup"])
        .arg(target.path())
        .output()
        .unwrap();

    assert_exit(&output, ALREADY_EXISTS, "store backup onto a directory");
    let message = stderr(&output);
    assert!(
        message.contains(&target.path().display().to_string()),
        "stderr names the directory: {message}"
    );
    assert!(
        message.contains("new file name"),
        "the hint asks for a new file name: {message}"
    );
    assert_eq!(
        std::fs::read_dir(target.path()).unwrap().count(),
        0,
        "nothing is written into the directory"
    );
}

// ---- file problems ----

/// Asserts that `message` contains `needle`, ignoring case.
fn assert_mentions(message: &str, needle: &str, what: &str) {
    assert!(
        message.to_lowercase().contains(&needle.to_lowercase()),
        "{what}: the message contains {needle:?}: {message}"
    );
}

#[test]
fn unreadable_home_is_permission_denied() {
    let home = TestHome::initialised();
    set_mode(home.path(), 0o000);

    let output = unprivileged_cmd(home.path())
        .args(["cred", "list"])
        .output()
        .unwrap();
    set_mode(home.path(), 0o700);

    assert_exit(&output, LOCKED, "cred list in an unreadable home");
    let message = stderr(&output);
    assert_mentions(&message, "permission denied", "unreadable home");
    assert_mentions(
        &message,
        &home.path().display().to_string(),
        "unreadable home",
    );
}

#[test]
fn missing_identity_file_is_not_found() {
    let home = TestHome::initialised();
    let missing = home.path().join("no-such-identity.txt");

    let output = home
        .cmd()
        .arg("--identity")
        .arg(&missing)
        .args(["cred", "list"])
        .output()
        .unwrap();
    assert_ok(&output, "cred list needs no identity");

    let output = home
        .cmd()
        .arg("--identity")
        .arg(&missing)
        .args(["audit", "verify"])
        .output()
        .unwrap();

    assert_exit(&output, NOT_FOUND, "--identity naming a missing file");
    let message = stderr(&output);
    assert_mentions(&message, &missing.display().to_string(), "missing identity");
    assert!(
        message.contains("hint:") && message.contains("--identity"),
        "a hint names --identity: {message}"
    );
}

#[test]
fn unreadable_identity_file_is_permission_denied() {
    let home = TestHome::initialised();
    hand_over(home.path());
    let identity = home.path().join("write-only.txt");
    std::fs::copy(home.identity(), &identity).unwrap();
    set_mode(&identity, 0o200);

    let output = unprivileged_cmd(home.path())
        .arg("--identity")
        .arg(&identity)
        .args(["audit", "verify"])
        .output()
        .unwrap();

    assert_exit(&output, LOCKED, "--identity naming an unreadable file");
    let message = stderr(&output);
    assert_mentions(&message, "permission denied", "unreadable identity");
    assert_mentions(
        &message,
        &identity.display().to_string(),
        "unreadable identity",
    );
}

#[test]
fn read_only_database_is_permission_denied() {
    let home = TestHome::initialised();
    set_ec2(&home, "aws", "AKIAREADONLY", "read-only-secret");
    hand_over(home.path());
    set_mode(&home.database(), 0o400);

    let list = unprivileged_cmd(home.path())
        .args(["cred", "list"])
        .output()
        .unwrap();
    let get = unprivileged_cmd(home.path())
        .args(["cred", "get", "aws"])
        .output()
        .unwrap();
    set_mode(&home.database(), 0o600);

    assert_ok(&list, "cred list on a read-only database");
    assert_exit(&get, LOCKED, "cred get, which writes an audit record");
    let message = stderr(&get);
    assert_mentions(
        &message,
        &home.database().display().to_string(),
        "read-only",
    );
    assert_mentions(&message, "read-only", "read-only");
    assert!(
        !stdout(&get).contains("read-only-secret"),
        "no value without its audit record"
    );
}

#[test]
fn damaged_database_names_file() {
    let home = TestHome::initialised();
    set_ec2(&home, "aws", "AKIADAMAGED", "damaged-secret");
    let intact = std::fs::read(home.database()).unwrap();
    let not_sqlite = {
        let mut bytes = intact.clone();
        bytes[..16].copy_from_slice(b"not a database!\0");
        bytes
    };
    // Cut after the schema pages, so SQLite opens the file and finds
    // pages missing later.
    let truncated = intact[..intact.len() / 2].to_vec();

    for (case, bytes) in [("header", not_sqlite), ("truncated", truncated)] {
        std::fs::write(home.database(), &bytes).unwrap();
        for args in [&["status"][..], &["cred", "get", "aws"]] {
            let what = format!("{} with a damaged {case}", args.join(" "));
            let output = home.run(args, "");
            assert_exit(&output, FAILURE, &what);
            let message = stderr(&output);
            assert_mentions(&message, "micadoctl.db", &what);
            assert_mentions(&message, "store backup", &what);
            assert_mentions(&message, "audit verify", &what);
        }
    }
    let output = home.run(&["status"], "");
    assert_mentions(
        &stderr(&output),
        &home.database().display().to_string(),
        "status names the full path",
    );
}

#[test]
fn busy_database_times_out() {
    let home = TestHome::initialised();
    let holder = open_db(&home);
    holder.execute_batch("BEGIN IMMEDIATE").unwrap();

    let started = Instant::now();
    let output = home.run(
        &["cred", "set", "aws", "--type", "ec2", "--from-file", "-"],
        &ec2("AKIABUSY", "busy-secret"),
    );
    let waited = started.elapsed();
    holder.execute_batch("ROLLBACK").unwrap();

    assert_exit(&output, INTERRUPTED, "cred set behind a held write lock");
    assert!(
        waited >= Duration::from_secs(59),
        "micadoctl waited {waited:?} before giving up"
    );
    let message = stderr(&output);
    assert_mentions(&message, "waited 60 s", "busy");
    assert_mentions(&message, "write lock", "busy");
    assert_mentions(&message, &home.database().display().to_string(), "busy");
    let listed = json(&home.run(&["cred", "list", "--output", "json"], ""));
    assert_eq!(
        listed["credentials"],
        serde_json::json!([]),
        "nothing stored"
    );
}

#[test]
fn exposed_identity_file_is_rejected() {
    let home = TestHome::initialised();
    set_ec2(&home, "aws", "AKIAEXPOSED", "exposed-secret");
    let identity = home.identity();

    for exposed in [0o640, 0o604, 0o620, 0o602] {
        set_mode(&identity, exposed);
        let output = home.run(&["cred", "get", "aws"], "");
        assert_exit(
            &output,
            LOCKED,
            &format!("identity.txt with mode {exposed:o}"),
        );
        assert!(
            stderr(&output).contains(&format!("chmod 600 {}", identity.display())),
            "mode {exposed:o}: the hint gives the chmod: {}",
            stderr(&output)
        );
        assert!(
            !stdout(&output).contains("exposed-secret"),
            "mode {exposed:o}: no value on stdout"
        );
    }
    set_mode(&identity, 0o600);
    assert_eq!(field(&home, "aws", "secretkey"), "exposed-secret");

    let keys = tempfile::tempdir().unwrap();
    let copy = keys.path().join("copy.txt");
    std::fs::copy(&identity, &copy).unwrap();
    set_mode(&copy, 0o644);
    let with_copy = || {
        home.cmd()
            .arg("--identity")
            .arg(&copy)
            .args(["cred", "get", "aws", "--field", "secretkey"])
            .output()
            .unwrap()
    };
    let output = with_copy();
    assert_exit(&output, LOCKED, "--identity with mode 644");
    assert!(
        stderr(&output).contains(&format!("chmod 600 {}", copy.display())),
        "the hint gives the chmod: {}",
        stderr(&output)
    );

    // Only the mode counts: root may use a private file of another user.
    set_mode(&copy, 0o600);
    hand_over(&copy);
    let output = with_copy();
    assert_ok(&output, "--identity with mode 600");
    assert_eq!(stdout(&output), "exposed-secret\n");
}

#[test]
fn rejected_init_leaves_no_home() {
    let base = tempfile::tempdir().unwrap();
    let not_age = base.path().join("not-age.txt");
    std::fs::write(&not_age, "this is not an age identity\n").unwrap();
    set_mode(&not_age, 0o600);
    let short = base.path().join("short.txt");
    std::fs::write(&short, "seven77\n").unwrap();
    let minimum = base.path().join("minimum.txt");
    std::fs::write(&minimum, "eight888\n").unwrap();

    let cases: [(&str, Vec<std::ffi::OsString>); 3] = [
        (
            "bad-recipient",
            vec!["--recipient".into(), "age1notarecipient".into()],
        ),
        (
            "not-age",
            vec!["--identity-file".into(), not_age.clone().into_os_string()],
        ),
        (
            "short-passphrase",
            vec![
                "--passphrase".into(),
                "--passphrase-file".into(),
                short.clone().into_os_string(),
            ],
        ),
    ];
    for (case, args) in cases {
        let home = base.path().join(case);
        let output = cmd_at(&home).arg("init").args(&args).output().unwrap();
        assert_exit(&output, INPUT_REJECTED, &format!("init with {case}"));
        assert!(
            !home.exists(),
            "{case}: init left {} behind",
            home.display()
        );
    }
    assert_eq!(
        std::fs::read_to_string(&not_age).unwrap(),
        "this is not an age identity\n",
        "the rejected identity file is unchanged"
    );
    let output = cmd_at(&base.path().join("short-passphrase"))
        .args(["init", "--passphrase", "--passphrase-file"])
        .arg(&short)
        .output()
        .unwrap();
    assert_mentions(&stderr(&output), "minimum of 8", "short passphrase");

    let output = cmd_at(&base.path().join("minimum"))
        .args(["init", "--passphrase", "--passphrase-file"])
        .arg(&minimum)
        .output()
        .unwrap();
    assert_ok(&output, "init with an 8-character passphrase");
}

#[test]
fn unknown_profile_lists_profiles() {
    let home = TestHome::initialised();
    let config = home.path().join("config.toml");

    let output = home.run(&["--profile", "prod", "cred", "list"], "");
    assert_exit(&output, USAGE, "--profile without profiles");
    let message = stderr(&output);
    assert_mentions(&message, "\"prod\"", "no profiles");
    assert_mentions(&message, &config.display().to_string(), "no profiles");
    assert_mentions(&message, "defines no profiles", "no profiles");

    let mut text = std::fs::read_to_string(&config).unwrap();
    text.push_str("\n[profiles.staging]\n\n[profiles.ci]\ncredentials_backend = \"local\"\n");
    std::fs::write(&config, text).unwrap();
    let output = home.run(&["--profile", "prod", "cred", "list"], "");
    assert_exit(&output, USAGE, "--profile naming an undefined profile");
    let message = stderr(&output);
    assert_mentions(&message, &config.display().to_string(), "undefined profile");
    assert_mentions(&message, "which defines ci, staging", "undefined profile");

    assert_ok(
        &home.run(&["--profile", "staging", "cred", "list"], ""),
        "--profile staging",
    );
}

// ---- secrets in argv ----

#[test]
fn value_in_argv_is_rejected() {
    let home = TestHome::initialised();
    let secret = "argv-secret-Vb81Qe";

    for format in ["text", "json"] {
        let output = home.run(
            &[
                "--output",
                format,
                "cred",
                "set",
                "aws",
                "--type",
                "ec2",
                "--value",
                "accesskey=AKIAARGV",
                "--value",
                &format!("secretkey={secret}"),
            ],
            "",
        );
        assert_exit(
            &output,
            INPUT_REJECTED,
            &format!("--value with --output {format}"),
        );
        assert!(
            !stderr(&output).contains(secret),
            "{format}: secret on stderr"
        );
        assert!(
            !stdout(&output).contains(secret),
            "{format}: secret on stdout"
        );
    }
    let listed = json(&home.run(&["cred", "list", "--output", "json"], ""));
    assert_eq!(
        listed["credentials"],
        serde_json::json!([]),
        "nothing stored"
    );

    let malformed = "argv-no-equals-Kd03Rz";
    let output = home.run(
        &[
            "cred",
            "set",
            "aws",
            "--type",
            "ec2",
            "--insecure-argv",
            "--value",
            malformed,
        ],
        "",
    );
    assert_exit(&output, INPUT_REJECTED, "--value without '='");
    assert!(
        !stderr(&output).contains(malformed),
        "malformed value on stderr"
    );

    let output = home.run(
        &[
            "cred",
            "set",
            "aws",
            "--type",
            "ec2",
            "--insecure-argv",
            "--value",
            "accesskey=AKIAARGV",
            "--value",
            &format!("secretkey={secret}"),
        ],
        "",
    );
    assert_ok(&output, "--value with --insecure-argv");
    assert_eq!(field(&home, "aws", "secretkey"), secret);
}
