//! Helpers shared by the account tests: a store with cheap hash parameters
//! and short commands for adding and verifying accounts.

#![allow(
    dead_code,
    reason = "each test binary uses a different part of this module"
)]

use std::io::Write;
use std::path::PathBuf;
use std::process::Output;

use crate::common::{self, TestHome};

/// argon2id with 64 KiB and one pass, bcrypt cost 4 and 1000 SHA-crypt
/// rounds: enough to exercise every code path in a fraction of the time of
/// the defaults. One test in `users.rs` runs the defaults.
pub const CHEAP_PARAMS: &str = "\
[users]
argon2_memory_kib = 64
argon2_iterations = 1
argon2_parallelism = 1
bcrypt_cost = 4
sha_crypt_rounds = 1000
";

/// Creates an initialised store whose config sets the cheap parameters and
/// any `extra` lines of the `[users]` table.
pub fn home_with(extra: &str) -> TestHome {
    let home = TestHome::initialised();
    let mut config = std::fs::OpenOptions::new()
        .append(true)
        .open(home.path().join("config.toml"))
        .expect("open config.toml");
    write!(config, "\n{CHEAP_PARAMS}{extra}").expect("write config.toml");
    home
}

/// Creates an initialised store with the cheap parameters.
pub fn home() -> TestHome {
    home_with("")
}

/// Runs `user add NAME --password-stdin ARGS...` with `password`.
pub fn add(home: &TestHome, name: &str, password: &str, args: &[&str]) -> Output {
    let mut all = vec!["--output", "json", "user", "add", name, "--password-stdin"];
    all.extend_from_slice(args);
    home.run(&all, &format!("{password}\n"))
}

/// Adds an account and asserts that it worked.
pub fn add_ok(home: &TestHome, name: &str, password: &str, args: &[&str]) {
    let output = add(home, name, password, args);
    assert_exit(&output, 0, &format!("user add {name}"));
}

/// Runs `user verify NAME` with `password` on stdin, with the lockout clock
/// at `now` when given.
pub fn verify_at(home: &TestHome, name: &str, password: &str, now: Option<&str>) -> Output {
    use std::process::Stdio;

    let mut command = home.cmd();
    command.args(["--output", "json", "user", "verify", name]);
    if let Some(now) = now {
        command.env("MICADOCTL_TEST_NOW", now);
    }
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start micadoctl");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(format!("{password}\n").as_bytes())
        .expect("write stdin");
    child.wait_with_output().expect("wait for micadoctl")
}

/// Runs `user verify NAME` and returns its exit code.
pub fn verify(home: &TestHome, name: &str, password: &str) -> i32 {
    verify_at(home, name, password, None)
        .status
        .code()
        .expect("micadoctl exited normally")
}

/// Asserts the exit code of a run, showing stderr on failure.
pub fn assert_exit(output: &Output, expected: i32, command: &str) {
    assert_eq!(
        output.status.code(),
        Some(expected),
        "exit code of {command}; stdout: {}; stderr: {}",
        common::stdout(output),
        common::stderr(output)
    );
}

/// Parses stdout as JSON.
pub fn json(output: &Output) -> serde_json::Value {
    serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not JSON ({e}): {}\nstderr: {}",
            common::stdout(output),
            common::stderr(output)
        )
    })
}

/// Returns the bytes of the database and its WAL, to search for leaks.
pub fn database_bytes(home: &TestHome) -> Vec<u8> {
    let mut bytes = std::fs::read(home.database()).expect("read the database");
    let wal: PathBuf = home.path().join("micadoctl.db-wal");
    if let Ok(more) = std::fs::read(wal) {
        bytes.extend(more);
    }
    bytes
}

/// Returns whether `needle` occurs in `haystack`.
pub fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|window| window == needle.as_bytes())
}

/// Reads one column of one account straight from the database.
pub fn column(home: &TestHome, name: &str, column: &str) -> rusqlite::types::Value {
    let conn = rusqlite::Connection::open(home.database()).expect("open the database");
    conn.query_row(
        &format!("SELECT {column} FROM users WHERE name = ?1"),
        [name],
        |row| row.get(0),
    )
    .expect("read the column")
}
