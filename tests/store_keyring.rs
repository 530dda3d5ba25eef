//! `unlock` and `lock`: the data key cached in the kernel keyring (keyutils).
//!
//! The cached key lives in the session keyring, which the micadoctl processes
//! inherit from this test process. Run the tests inside `keyctl session -`
//! (as scripts/test does): a process outside a login session has no session
//! keyring of its own, and the kernel then hands it the user's default one,
//! which every process of the user shares.

mod common;
mod store_support;

use std::process::{Command, Output};
use std::time::Duration;

use common::TestHome;
use store_support::*;

const LOCKED: i32 = 7;

/// Fails unless this process has a session keyring of its own.
fn require_session_keyring() {
    common::require("keyctl", "keyutils");
    let output = Command::new("keyctl")
        .args(["rdescribe", "@s"])
        .output()
        .expect("run keyctl rdescribe @s");
    // The format is type;uid;gid;permissions;description.
    let text = stdout(&output);
    let description = text.trim_end().splitn(5, ';').nth(4).unwrap_or("");
    assert!(
        output.status.success() && !description.starts_with("_uid_ses."),
        "this test needs a session keyring of its own, but the test process has {:?}; \
         run the tests inside `keyctl session -` (from the keyutils package), as scripts/test does",
        if description.is_empty() {
            stderr(&output)
        } else {
            description.to_string()
        }
    );
}

/// A store with one credential whose identity file has been moved out of the
/// home, so that only the keyring (or `--identity`) can open it.
struct KeyringStore {
    home: TestHome,
    identity: std::path::PathBuf,
    _keys: tempfile::TempDir,
}

impl KeyringStore {
    fn new() -> Self {
        let home = TestHome::initialised();
        set_ec2(&home, "aws", "AKIAKEYRING", "keyring-secret");
        let keys = tempfile::tempdir().unwrap();
        let identity = keys.path().join("identity.txt");
        std::fs::rename(home.identity(), &identity).unwrap();
        KeyringStore {
            home,
            identity,
            _keys: keys,
        }
    }

    /// Runs micadoctl with the moved identity given explicitly.
    fn with_identity(&self, args: &[&str]) -> Output {
        self.home
            .cmd()
            .arg("--identity")
            .arg(&self.identity)
            .args(args)
            .output()
            .unwrap()
    }

    /// Reads the credential with no identity and no passphrase.
    fn get(&self) -> Output {
        self.home.run(
            &["--no-input", "cred", "get", "aws", "--field", "secretkey"],
            "",
        )
    }

    /// Returns the keyring state that `status` reports.
    fn keyring_state(&self) -> serde_json::Value {
        let output = self.home.run(&["status", "--output", "json"], "");
        assert_ok(&output, "status");
        json(&output)["keyring"].clone()
    }
}

impl Drop for KeyringStore {
    fn drop(&mut self) {
        // Leave no key behind in the session keyring, also when a test fails.
        let _ = self.home.run(&["lock"], "");
    }
}

#[test]
fn unlock_caches_key_until_lock() {
    require_session_keyring();
    let store = KeyringStore::new();
    assert_exit(&store.get(), LOCKED, "cred get before unlock");
    assert_eq!(
        store.keyring_state()["state"],
        "not-cached",
        "keyring before unlock"
    );

    assert_ok(
        &store.with_identity(&["unlock", "--ttl", "1m"]),
        "unlock --ttl 1m",
    );

    let output = store.get();
    assert_ok(&output, "cred get after unlock");
    assert_eq!(stdout(&output), "keyring-secret\n");
    set_ec2(&store.home, "gcp", "AKIAKEYRING", "keyring-write");
    let state = store.keyring_state();
    assert_eq!(state["state"], "cached", "keyring after unlock");
    assert!(state["expires"].is_string(), "expiry in status: {state}");

    let output = store.home.run(&["lock", "--output", "json"], "");
    assert_ok(&output, "lock");
    assert_eq!(json(&output)["changed"], true, "lock removed a key");
    assert_exit(&store.get(), LOCKED, "cred get after lock");
    assert_eq!(
        store.keyring_state()["state"],
        "not-cached",
        "keyring after lock"
    );
    let output = store.home.run(&["lock", "--output", "json"], "");
    assert_eq!(json(&output)["changed"], false, "second lock");
}

#[test]
fn cached_key_expires() {
    require_session_keyring();
    let store = KeyringStore::new();

    assert_ok(
        &store.with_identity(&["unlock", "--ttl", "2s"]),
        "unlock --ttl 2s",
    );
    assert_ok(&store.get(), "cred get within the ttl");
    std::thread::sleep(Duration::from_millis(3000));

    let output = store.get();
    assert_exit(&output, LOCKED, "cred get after the ttl");
    assert!(
        stderr(&output).contains("micadoctl unlock"),
        "the message names unlock: {}",
        stderr(&output)
    );
    assert_eq!(
        store.keyring_state()["state"],
        "not-cached",
        "keyring after the ttl"
    );
}

#[test]
fn cached_key_stops_working_after_rekey() {
    require_session_keyring();
    let store = KeyringStore::new();
    assert_ok(&store.with_identity(&["unlock", "--ttl", "1m"]), "unlock");

    assert_ok(&store.with_identity(&["store", "rekey"]), "store rekey");

    assert_exit(
        &store.get(),
        LOCKED,
        "cred get with the key cached before the rekey",
    );
}

#[test]
fn unlock_without_usable_keyring_fails() {
    common::require("keyctl", "keyutils");
    let home = TestHome::initialised();

    // A new session keyring that denies every access simulates a process
    // whose keyring cannot be used.
    let output = Command::new("keyctl")
        .args(["session", "-", "sh", "-c"])
        .arg("keyctl setperm @s 0 && exec \"$0\" \"$@\"")
        .arg(common::bin())
        .arg("--home")
        .arg(home.path())
        .args(["unlock", "--ttl", "1m"])
        .env_remove("MICADOCTL_IDENTITY")
        .output()
        .unwrap();

    assert_exit(&output, LOCKED, "unlock with an unusable session keyring");
    let message = stderr(&output);
    assert!(
        message.contains("keyctl session -"),
        "names keyctl session -: {message}"
    );
    for method in ["--identity", "--passphrase-file"] {
        assert!(message.contains(method), "names {method}: {message}");
    }
    assert_ok(
        &home.run(&["audit", "verify"], ""),
        "audit verify with identity.txt",
    );
}
