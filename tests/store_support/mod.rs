//! Helpers shared by the store, audit, concurrency and keyring tests: running
//! micadoctl on a test home, reading its output, and reaching into the database
//! behind its back to break it.

#![allow(
    dead_code,
    reason = "each test binary uses a different part of this module"
)]

use std::io::Write;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::{Child, Command, Output, Stdio};

use crate::common::{self, TestHome};

/// Returns the exit code of a run, or `None` when a signal ended it.
pub fn code(output: &Output) -> Option<i32> {
    output.status.code()
}

/// Returns the stderr of a run as text.
pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Returns the stdout of a run as text.
pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Panics with micadoctl's stderr unless the run exited with 0.
pub fn assert_ok(output: &Output, what: &str) {
    assert!(
        output.status.success(),
        "{what} exited with {:?}: {}",
        code(output),
        stderr(output)
    );
}

/// Panics with micadoctl's stderr unless the run exited with `expected`.
pub fn assert_exit(output: &Output, expected: i32, what: &str) {
    assert_eq!(
        code(output),
        Some(expected),
        "exit code of {what}; stderr: {}",
        stderr(output)
    );
}

/// Parses stdout as one JSON document.
pub fn json(output: &Output) -> serde_json::Value {
    serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not JSON ({e}): {}\nstderr: {}",
            stdout(output),
            stderr(output)
        )
    })
}

/// Formats an ec2 credential as YAML.
pub fn ec2(accesskey: &str, secretkey: &str) -> String {
    format!("accesskey: {accesskey}\nsecretkey: {secretkey}\n")
}

/// Stores an ec2 credential, panicking unless micadoctl accepts it.
pub fn set_ec2(home: &TestHome, name: &str, accesskey: &str, secretkey: &str) {
    let output = home.run(
        &["cred", "set", name, "--type", "ec2", "--from-file", "-"],
        &ec2(accesskey, secretkey),
    );
    assert_ok(&output, &format!("cred set {name}"));
}

/// Starts `cred set NAME` with an ec2 value on stdin, without waiting for it.
pub fn spawn_set(home: &TestHome, name: &str, secretkey: &str) -> Child {
    let mut child = home
        .cmd()
        .args(["cred", "set", name, "--type", "ec2", "--from-file", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start micadoctl");
    let input = ec2("AKIACONCURRENT", secretkey);
    // A writer killed before it reads its input has closed the pipe, so a
    // failed write is expected then.
    let _ = child.stdin.take().unwrap().write_all(input.as_bytes());
    child
}

/// Reads one field of the current version of a credential.
pub fn field(home: &TestHome, name: &str, field: &str) -> String {
    let output = home.run(
        &["cred", "get", name, "--field", field, "--output", "json"],
        "",
    );
    assert_ok(&output, &format!("cred get {name}"));
    json(&output)["value"]
        .as_str()
        .expect("the value is a string")
        .to_string()
}

/// Opens the store database directly, bypassing micadoctl.
pub fn open_db(home: &TestHome) -> rusqlite::Connection {
    rusqlite::Connection::open(home.database()).expect("open the store database")
}

/// Reads the `sealed` blob of one credential version.
pub fn sealed(home: &TestHome, name: &str, version: i64) -> Vec<u8> {
    open_db(home)
        .query_row(
            "SELECT sealed FROM credential_versions WHERE name = ?1 AND version = ?2",
            rusqlite::params![name, version],
            |row| row.get(0),
        )
        .expect("the credential version exists")
}

/// Replaces the `sealed` blob of one credential version.
pub fn write_sealed(home: &TestHome, name: &str, version: i64, blob: &[u8]) {
    let changed = open_db(home)
        .execute(
            "UPDATE credential_versions SET sealed = ?3 WHERE name = ?1 AND version = ?2",
            rusqlite::params![name, version, blob],
        )
        .expect("update the sealed value");
    assert_eq!(changed, 1, "rows updated for {name} version {version}");
}

/// Copies a store's files into a new home, so that a test can break the copy
/// and keep the original. Run it only while no micadoctl process is running.
pub fn copy_home(home: &TestHome) -> TestHome {
    let copy = TestHome::empty();
    for entry in std::fs::read_dir(home.path()).expect("list the home") {
        let entry = entry.expect("read a directory entry");
        if entry.file_type().expect("file type").is_file() {
            std::fs::copy(entry.path(), copy.path().join(entry.file_name()))
                .expect("copy a store file");
        }
    }
    copy
}

/// Runs `age-keygen -o path` and returns the new identity's recipient.
pub fn age_keygen(path: &Path) -> String {
    common::require("age-keygen", "age");
    let output = Command::new("age-keygen")
        .arg("-o")
        .arg(path)
        .output()
        .expect("run age-keygen");
    assert!(output.status.success(), "age-keygen: {}", stderr(&output));
    recipients_of(path)
        .pop()
        .expect("age-keygen wrote an identity")
}

/// Lists the recipients of the identities in an age identity file, in file order.
pub fn recipients_of(path: &Path) -> Vec<String> {
    common::require("age-keygen", "age");
    let output = Command::new("age-keygen")
        .arg("-y")
        .arg(path)
        .output()
        .expect("run age-keygen -y");
    assert!(
        output.status.success(),
        "age-keygen -y: {}",
        stderr(&output)
    );
    stdout(&output).lines().map(str::to_string).collect()
}

/// Returns the permission bits of a file or directory.
pub fn mode(path: &Path) -> u32 {
    std::fs::metadata(path)
        .unwrap_or_else(|e| panic!("stat {}: {e}", path.display()))
        .permissions()
        .mode()
        & 0o7777
}

/// Returns whether `needle` occurs anywhere in `haystack`.
pub fn contains_bytes(haystack: &[u8], needle: &[u8]) -> bool {
    !needle.is_empty() && haystack.windows(needle.len()).any(|w| w == needle)
}

/// Builds a micadoctl command on `home` that runs under umask 000, so that any
/// file it creates without an explicit mode would be readable by everyone.
pub fn with_open_umask(home: &Path) -> Command {
    let mut command = Command::new("sh");
    command
        .arg("-c")
        .arg("umask 000 && exec \"$0\" \"$@\"")
        .arg(common::bin())
        .arg("--home")
        .arg(home)
        .env_remove("MICADOCTL_HOME")
        .env_remove("MICADOCTL_IDENTITY")
        .env_remove("MICADOCTL_PASSPHRASE_FILE")
        .env_remove("MICADOCTL_PROFILE");
    command
}

/// Parses the sequence number in the first "audit record N" of micadoctl's stderr.
pub fn reported_seq(stderr: &str) -> Option<i64> {
    let (_, rest) = stderr.split_once("audit record ")?;
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

/// Builds a micadoctl command on a state home that need not exist yet.
pub fn cmd_at(home: &Path) -> Command {
    let mut command = Command::new(common::bin());
    command
        .env_remove("MICADOCTL_HOME")
        .env_remove("MICADOCTL_IDENTITY")
        .env_remove("MICADOCTL_PASSPHRASE_FILE")
        .env_remove("MICADOCTL_PROFILE")
        .env("NO_COLOR", "1")
        .arg("--home")
        .arg(home);
    command
}

/// Builds a micadoctl command on `home` that file modes apply to: as the user
/// nobody (through `setpriv`) when the tests run as root, whom modes do not
/// restrict, and as the current user otherwise.
pub fn unprivileged_cmd(home: &Path) -> Command {
    let mut command = if nix::unistd::geteuid().is_root() {
        common::require("setpriv", "util-linux");
        let mut command = Command::new("setpriv");
        command
            .args(["--reuid=nobody", "--regid=nogroup", "--clear-groups"])
            .arg(common::bin());
        command
    } else {
        Command::new(common::bin())
    };
    command
        .env_remove("MICADOCTL_HOME")
        .env_remove("MICADOCTL_IDENTITY")
        .env_remove("MICADOCTL_PASSPHRASE_FILE")
        .env_remove("MICADOCTL_PROFILE")
        .env("NO_COLOR", "1")
        .arg("--home")
        .arg(home);
    command
}

/// Gives `path` and everything below it to the user that [`unprivileged_cmd`]
/// runs as; nothing to do when that is the current user.
pub fn hand_over(path: &Path) {
    if !nix::unistd::geteuid().is_root() {
        return;
    }
    let output = Command::new("chown")
        .arg("-R")
        .arg("nobody:nogroup")
        .arg(path)
        .output()
        .expect("run chown");
    assert!(output.status.success(), "chown: {}", stderr(&output));
}

/// Sets the permission bits of a file or directory.
pub fn set_mode(path: &Path, mode: u32) {
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))
        .unwrap_or_else(|e| panic!("chmod {mode:o} {}: {e}", path.display()));
}
