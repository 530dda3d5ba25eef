//! Many micadoctl processes on one store: concurrent writers all land, and
//! writers killed with SIGKILL at any moment leave a store that opens, reads
//! and verifies.

mod common;
mod store_support;

use std::collections::BTreeSet;
use std::process::{Child, Stdio};
use std::time::Duration;

use common::TestHome;
use nix::sys::signal::{Signal, kill};
use nix::unistd::Pid;
use store_support::*;

/// Lists the names of the stored credentials with `cred list`.
fn listed_names(home: &TestHome) -> Vec<String> {
    let output = home.run(&["cred", "list", "--output", "json"], "");
    assert_ok(&output, "cred list");
    json(&output)["credentials"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap().to_string())
        .collect()
}

/// Lists the version numbers and states of a credential with `cred history`.
fn history(home: &TestHome, name: &str) -> Vec<(i64, String)> {
    let output = home.run(&["cred", "history", name, "--output", "json"], "");
    assert_ok(&output, &format!("cred history {name}"));
    json(&output)["versions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| {
            (
                v["version"].as_i64().unwrap(),
                v["state"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// Reads the secretkey of one version of a credential.
fn secret_of_version(home: &TestHome, name: &str, version: i64) -> String {
    let version = version.to_string();
    let output = home.run(
        &[
            "cred",
            "get",
            name,
            "--version",
            &version,
            "--field",
            "secretkey",
        ],
        "",
    );
    assert_ok(&output, &format!("cred get {name} --version {version}"));
    stdout(&output).trim_end().to_string()
}

#[test]
fn concurrent_writers_all_land() {
    let home = TestHome::initialised();
    let mut children = Vec::new();
    for i in 0..16 {
        let name = format!("distinct-{i:02}");
        children.push((
            name.clone(),
            spawn_set(&home, &name, &format!("distinct-secret-{i}")),
        ));
        children.push((
            "shared".to_string(),
            spawn_set(&home, "shared", &format!("shared-secret-{i}")),
        ));
    }

    for (name, child) in children {
        let output = child.wait_with_output().unwrap();
        assert_ok(&output, &format!("concurrent cred set {name}"));
    }

    let mut expected: Vec<String> = (0..16).map(|i| format!("distinct-{i:02}")).collect();
    expected.push("shared".into());
    assert_eq!(listed_names(&home), expected, "stored credentials");
    for i in 0..16 {
        let name = format!("distinct-{i:02}");
        assert_eq!(
            field(&home, &name, "secretkey"),
            format!("distinct-secret-{i}")
        );
    }
    let versions = history(&home, "shared");
    let numbers: Vec<i64> = versions.iter().map(|v| v.0).collect();
    assert_eq!(numbers, (1..=16).collect::<Vec<_>>(), "versions of shared");
    let current = versions.iter().filter(|v| v.1 == "current").count();
    assert_eq!(current, 1, "current versions of shared");
    let secrets: BTreeSet<String> = numbers
        .iter()
        .map(|&v| secret_of_version(&home, "shared", v))
        .collect();
    let written: BTreeSet<String> = (0..16).map(|i| format!("shared-secret-{i}")).collect();
    assert_eq!(secrets, written, "every value written to shared is kept");

    let output = home.run(&["audit", "verify"], "");
    assert_ok(&output, "audit verify");
    let output = home.run(
        &["audit", "list", "--action", "cred.set", "--output", "json"],
        "",
    );
    assert_eq!(
        json(&output)["records"].as_array().unwrap().len(),
        32,
        "cred.set records"
    );
}

#[test]
fn killed_writers_leave_store_intact() {
    let home = TestHome::initialised();
    for name in ["seed-a", "seed-b"] {
        set_ec2(&home, name, "AKIASEED", &format!("crash-{name}"));
    }
    // Delays before SIGKILL from 0 to 90 ms span the life of a writer: one
    // debug-build `cred set` took about 35 ms on an idle 2-core machine, and
    // several at once take longer because they queue for the write lock.
    let delays_ms = [0, 2, 5, 9, 14, 20, 28, 40, 60, 90];
    let mut killed = 0;
    let mut finished = 0;

    for (round, delay) in delays_ms.into_iter().enumerate() {
        let mut children = Vec::new();
        for i in 0..5 {
            let name = ["seed-a", "seed-b", "crash-c"][i % 3];
            children.push(spawn_set(&home, name, &format!("crash-{name}-{round}-{i}")));
        }
        if round % 3 == 2 {
            children.push(
                home.cmd()
                    .args(["store", "rekey"])
                    .stdout(Stdio::null())
                    .stderr(Stdio::null())
                    .spawn()
                    .unwrap(),
            );
        }
        std::thread::sleep(Duration::from_millis(delay));
        for child in &mut children {
            if child.try_wait().unwrap().is_none() {
                kill(Pid::from_raw(child.id() as i32), Signal::SIGKILL).unwrap();
            }
        }
        for child in children {
            match code(&child.wait_with_output().unwrap()) {
                None => killed += 1,
                Some(_) => finished += 1,
            }
        }
    }
    assert!(killed > 0, "some writers were killed ({finished} finished)");

    let output = home.run(&["audit", "verify"], "");
    assert_ok(&output, "audit verify after the kills");
    let integrity: String = open_db(&home)
        .query_row("PRAGMA integrity_check", [], |row| row.get(0))
        .unwrap();
    assert_eq!(integrity, "ok", "SQLite integrity check");
    for name in listed_names(&home) {
        for (version, _) in history(&home, &name) {
            let secret = secret_of_version(&home, &name, version);
            assert!(
                secret.starts_with(&format!("crash-{name}")),
                "{name} version {version} holds its own value, not {secret:?}"
            );
        }
    }
    set_ec2(&home, "after", "AKIAAFTER", "after-secret");
    assert_ok(
        &home.run(&["audit", "verify"], ""),
        "audit verify after a new write",
    );
}

/// Starts `store rekey` without waiting for it.
fn spawn_rekey(home: &TestHome) -> Child {
    home.cmd()
        .args(["store", "rekey"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start micadoctl store rekey")
}

/// Stores enough values that a rekey holds the write lock long enough for
/// writers started with it to unlock first and then queue behind it.
fn seed_values(home: &TestHome, count: usize) {
    for i in 0..count {
        set_ec2(
            home,
            &format!("seed-{i:02}"),
            "AKIASEED",
            &format!("seed-{i}"),
        );
    }
}

#[test]
fn rekey_during_writes_keeps_every_value() {
    let home = TestHome::initialised();
    seed_values(&home, 30);
    let mut landed = Vec::new();

    for round in 0..4 {
        let rekey = spawn_rekey(&home);
        let writers: Vec<_> = (0..10)
            .map(|i| {
                let name = format!("race-{round}-{i}");
                let secret = format!("race-secret-{round}-{i}");
                let child = spawn_set(&home, &name, &secret);
                (name, secret, child)
            })
            .collect();

        assert_ok(
            &rekey.wait_with_output().unwrap(),
            &format!("store rekey in round {round}"),
        );
        // Writers unlock with the identity file, which also unwraps the key
        // that a rekey put in place while they waited.
        for (name, secret, child) in writers {
            let output = child.wait_with_output().unwrap();
            assert_ok(&output, &format!("cred set {name} during a rekey"));
            landed.push((name, secret));
        }
    }

    for (name, secret) in &landed {
        assert_eq!(&field(&home, name, "secretkey"), secret, "value of {name}");
    }
    assert_eq!(field(&home, "seed-29", "secretkey"), "seed-29");
    assert_ok(&home.run(&["audit", "verify"], ""), "audit verify");
}

#[test]
fn concurrent_rekeys_all_succeed() {
    let home = TestHome::initialised();
    seed_values(&home, 10);

    for round in 0..4 {
        let rekeys = [spawn_rekey(&home), spawn_rekey(&home)];
        for rekey in rekeys {
            let output = rekey.wait_with_output().unwrap();
            assert_ok(&output, &format!("concurrent store rekey in round {round}"));
        }
    }

    for i in 0..10 {
        let name = format!("seed-{i:02}");
        assert_eq!(field(&home, &name, "secretkey"), format!("seed-{i}"));
    }
    assert_ok(&home.run(&["audit", "verify"], ""), "audit verify");
    let output = home.run(
        &[
            "audit",
            "list",
            "--action",
            "store.rekey",
            "--output",
            "json",
        ],
        "",
    );
    assert_eq!(
        json(&output)["records"].as_array().unwrap().len(),
        8,
        "store.rekey records"
    );
}
