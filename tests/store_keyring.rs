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

/// Returns the store id that names the store's key in the kernel keyring.
fn key_description(home: &TestHome) -> String {
    let output = home.run(&["status", "--output", "json"], "");
    assert_ok(&output, "status");
    let id = json(&output)["store_id"].as_str().unwrap().to_string();
    format!("micadoctl:data-key:{id}")
}

/// Returns the lines of /proc/keys that describe the key named `description`.
/// The columns are: id, flags, usage, timeout, permissions, uid, gid, type and
/// description.
fn proc_keys(description: &str) -> Vec<String> {
    std::fs::read_to_string("/proc/keys")
        .expect("read /proc/keys")
        .lines()
        .filter(|line| line.contains(&format!(" {description}:")))
        .map(str::to_string)
        .collect()
}

#[test]
fn unlock_caches_in_session_keyring_only() {
    require_session_keyring();
    let store = KeyringStore::new();
    let description = key_description(&store.home);

    assert_ok(
        &store.with_identity(&["unlock", "--ttl", "1m"]),
        "unlock --ttl 1m",
    );

    let lines = proc_keys(&description);
    assert_eq!(lines.len(), 1, "keys for this store: {lines:?}");
    let columns: Vec<&str> = lines[0].split_whitespace().collect();
    assert_ne!(columns[3], "perm", "the key has a timeout: {}", lines[0]);
    // Possessor: view, read, write, search, setattr, but not link; the user
    // outside the session: view only; group and others: nothing.
    assert_eq!(columns[4], "2f010000", "permissions: {}", lines[0]);
    let output = Command::new("keyctl")
        .args(["search", "@s", "user", &description])
        .output()
        .unwrap();
    assert_ok(&output, "keyctl search @s");

    // A new session of the same user must not reach the key.
    let output = Command::new("keyctl")
        .args(["session", "-"])
        .arg(common::bin())
        .arg("--home")
        .arg(store.home.path())
        .args(["--no-input", "cred", "get", "aws"])
        .env_remove("MICADOCTL_IDENTITY")
        .output()
        .unwrap();
    assert_exit(&output, LOCKED, "cred get from a new session keyring");
    assert!(
        !stdout(&output).contains("keyring-secret"),
        "no value from a new session"
    );
    assert_ok(&store.get(), "cred get in the session that unlocked");
}

#[test]
fn failed_unlock_leaves_no_key() {
    common::require("keyctl", "keyutils");
    let home = TestHome::initialised();
    let description = key_description(&home);

    // A key with the store's description that this session may update but
    // not search or change otherwise: adding the data key succeeds (it
    // replaces the payload), and setting its timeout then fails.
    let script = r#"
key=$(keyctl add user "$DESCRIPTION" placeholder @s) || exit 90
keyctl setperm "$key" 0x05010000 || exit 91
"$0" "$@"
echo "exit=$?"
for _ in $(seq 50); do
    grep -q " $DESCRIPTION:" /proc/keys || exit 0
    sleep 0.1
done
grep " $DESCRIPTION:" /proc/keys
exit 1
"#;
    let output = Command::new("keyctl")
        .args(["session", "-", "sh", "-c", script])
        .arg(common::bin())
        .arg("--home")
        .arg(home.path())
        .args(["unlock", "--ttl", "1m"])
        .env("DESCRIPTION", &description)
        .env_remove("MICADOCTL_IDENTITY")
        .output()
        .unwrap();

    let text = stdout(&output);
    assert!(
        text.contains(&format!("exit={LOCKED}")),
        "unlock exits {LOCKED}: {text}\nstderr: {}",
        stderr(&output)
    );
    assert!(
        output.status.success(),
        "the key is gone from the session keyring, but /proc/keys lists: {text}"
    );
    assert!(
        stderr(&output).contains("timeout"),
        "the message names the failed step: {}",
        stderr(&output)
    );
    assert_eq!(proc_keys(&description), Vec::<String>::new(), "keys left");
}

#[test]
fn unlock_rejects_ttl_beyond_maximum() {
    require_session_keyring();
    let store = KeyringStore::new();

    for ttl in ["8d", "99999d", "0s"] {
        let output = store.with_identity(&["unlock", "--ttl", ttl]);
        assert_exit(&output, 2, &format!("unlock --ttl {ttl}"));
        assert_eq!(
            store.keyring_state()["state"],
            "not-cached",
            "keyring after --ttl {ttl}"
        );
    }
    let output = store.with_identity(&["unlock", "--ttl", "8d"]);
    assert!(
        stderr(&output).contains("maximum of 7 days"),
        "the message names the maximum: {}",
        stderr(&output)
    );

    assert_ok(
        &store.with_identity(&["unlock", "--ttl", "7d"]),
        "unlock --ttl 7d",
    );
    let lines = proc_keys(&key_description(&store.home));
    assert_eq!(lines.len(), 1, "keys for this store: {lines:?}");
    let timeout = lines[0].split_whitespace().nth(3).unwrap().to_string();
    assert!(
        timeout == "1w" || timeout == "6d",
        "kernel timeout of a 7-day key: {}",
        lines[0]
    );
}

#[test]
fn keyring_writers_during_rekey_never_lose_values() {
    require_session_keyring();
    let store = KeyringStore::new();
    assert_ok(&store.with_identity(&["unlock", "--ttl", "5m"]), "unlock");
    // Values to reseal make the rekey hold the write lock long enough for
    // writers started with it to unlock first and then queue behind it.
    for i in 0..30 {
        set_ec2(&store.home, &format!("seed-{i:02}"), "AKIASEED", "seed");
    }
    let mut landed = Vec::new();
    let mut interrupted = 0;

    for round in 0..4 {
        assert_ok(&store.with_identity(&["unlock", "--ttl", "5m"]), "unlock");
        let rekey = store
            .home
            .cmd()
            .arg("--identity")
            .arg(&store.identity)
            .args(["store", "rekey"])
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let writers: Vec<_> = (0..10)
            .map(|i| {
                let name = format!("race-{round}-{i}");
                let secret = format!("race-secret-{round}-{i}");
                let child = spawn_set(&store.home, &name, &secret);
                (name, secret, child)
            })
            .collect();
        assert_ok(
            &rekey.wait_with_output().unwrap(),
            &format!("store rekey in round {round}"),
        );

        for (name, secret, child) in writers {
            let output = child.wait_with_output().unwrap();
            match code(&output) {
                Some(0) => landed.push((name, secret)),
                // Unlocked from the keyring before the rekey replaced the key:
                // the rekey removed the cached key, so nothing can unwrap the
                // new one.
                Some(8) => {
                    interrupted += 1;
                    assert!(
                        stderr(&output).contains("run the command again"),
                        "{name}: the message says what to do: {}",
                        stderr(&output)
                    );
                }
                // Started after the rekey removed the cached key.
                Some(LOCKED) => {}
                other => panic!("cred set {name} exited {other:?}: {}", stderr(&output)),
            }
        }
    }

    for (name, secret) in &landed {
        let output = store.with_identity(&["cred", "get", name, "--field", "secretkey"]);
        assert_ok(&output, &format!("cred get {name}"));
        assert_eq!(stdout(&output), format!("{secret}\n"), "value of {name}");
    }
    assert_ok(&store.with_identity(&["audit", "verify"]), "audit verify");
    assert!(
        interrupted > 0,
        "no writer unlocked before a rekey and wrote after it ({} landed), so the race was not exercised",
        landed.len()
    );
}
