//! The audit log. `audit verify` accepts a log that only micadoctl wrote, and
//! names the first bad record of a log edited behind its back. `audit list`
//! filters records, and `audit export` writes JSON lines without secret values.

mod common;
mod store_support;

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use common::TestHome;
use rusqlite::types::Value;
use store_support::*;

const VERIFICATION_FAILED: i32 = 3;

/// Creates a store whose log contains eight records:
/// 1 store.init, 2 cred.set a, 3 cred.set b, 4 cred.get a, 5 cred.set c,
/// 6 cred.get b, 7 cred.delete c, 8 cred.set a (version 2).
fn audited_home() -> TestHome {
    let home = TestHome::initialised();
    set_ec2(&home, "a", "AKIAAUDITA", "audit-secret-a1");
    set_ec2(&home, "b", "AKIAAUDITB", "audit-secret-b");
    field(&home, "a", "secretkey");
    set_ec2(&home, "c", "AKIAAUDITC", "audit-secret-c");
    field(&home, "b", "secretkey");
    assert_ok(&home.run(&["cred", "delete", "c"], ""), "cred delete c");
    set_ec2(&home, "a", "AKIAAUDITA", "audit-secret-a2");
    assert_eq!(record_count(&home), 8, "records written by audited_home");
    home
}

fn record_count(home: &TestHome) -> i64 {
    open_db(home)
        .query_row("SELECT count(*) FROM audit", [], |row| row.get(0))
        .unwrap()
}

/// Runs `audit verify` and asserts that it fails naming record `seq`.
fn assert_verify_names(home: &TestHome, seq: i64, what: &str) {
    let output = home.run(&["audit", "verify"], "");
    assert_exit(&output, VERIFICATION_FAILED, what);
    assert_eq!(
        reported_seq(&stderr(&output)),
        Some(seq),
        "{what}: first bad record in: {}",
        stderr(&output)
    );
}

/// Returns a different value of the same SQL type, so that only the contents change.
fn altered(value: Value) -> Value {
    match value {
        Value::Null => Value::Text("mallory".into()),
        Value::Integer(n) => Value::Integer(n + 1),
        Value::Real(x) => Value::Real(x + 1.0),
        Value::Text(text) if text.starts_with('{') => Value::Text(r#"{"version":9}"#.into()),
        Value::Text(text) => Value::Text(format!("{text}x")),
        Value::Blob(mut bytes) => {
            bytes[0] ^= 0x01;
            Value::Blob(bytes)
        }
    }
}

#[test]
fn audit_verify_passes_after_many_operations() {
    let home = TestHome::initialised();
    let recovery = home.path().join("recovery.txt");
    let recipient = age_keygen(&recovery);
    let backup = home.path().join("backup.db");

    for i in 0..10 {
        set_ec2(
            &home,
            &format!("cred-{i}"),
            "AKIAMANY",
            &format!("many-{i}"),
        );
    }
    for i in 0..10 {
        field(&home, &format!("cred-{i}"), "secretkey");
    }
    for i in 0..4 {
        set_ec2(
            &home,
            &format!("cred-{i}"),
            "AKIAMANY",
            &format!("many-{i}-v2"),
        );
    }
    let steps: [&[&str]; 6] = [
        &["cred", "rollback", "cred-0", "--to-version", "1"],
        &["cred", "delete", "cred-9"],
        &["cred", "export", "--format", "json"],
        &["store", "add-recipient", &recipient],
        &["store", "backup", backup.to_str().unwrap()],
        &["store", "rekey"],
    ];
    for args in steps {
        assert_ok(&home.run(args, ""), &args.join(" "));
    }
    // Records after the rekey carry MACs under the new key.
    for i in 0..4 {
        set_ec2(
            &home,
            &format!("cred-{i}"),
            "AKIAMANY",
            &format!("many-{i}-v3"),
        );
    }

    let output = home.run(&["audit", "verify", "--output", "json"], "");

    assert_ok(&output, "audit verify");
    let report = json(&output);
    assert_eq!(report["valid"], true, "valid");
    assert_eq!(report["records"], record_count(&home), "records checked");
    assert!(
        record_count(&home) >= 40,
        "records: {}",
        record_count(&home)
    );
}

#[test]
fn edited_field_fails() {
    let home = audited_home();
    let columns = [
        "time",
        "os_user",
        "sudo_user",
        "host",
        "command",
        "action",
        "object",
        "outcome",
        "detail",
        "prev_hash",
        "hash",
        "mac",
    ];

    for seq in [4, 8] {
        for column in columns {
            let copy = copy_home(&home);
            let db = open_db(&copy);
            let sql = format!("SELECT {column} FROM audit WHERE seq = ?1");
            let value: Value = db.query_row(&sql, [seq], |row| row.get(0)).unwrap();
            let sql = format!("UPDATE audit SET {column} = ?1 WHERE seq = ?2");
            db.execute(&sql, rusqlite::params![altered(value), seq])
                .unwrap();
            drop(db);

            assert_verify_names(&copy, seq, &format!("{column} of record {seq} edited"));
        }
    }
}

#[test]
fn deleted_middle_record_fails() {
    let home = audited_home();
    open_db(&home)
        .execute("DELETE FROM audit WHERE seq = 4", [])
        .unwrap();

    assert_verify_names(&home, 4, "record 4 deleted");
}

#[test]
fn renumbered_records_fail() {
    let home = audited_home();
    let db = open_db(&home);
    db.execute("DELETE FROM audit WHERE seq = 4", []).unwrap();
    for seq in 5..=8 {
        db.execute("UPDATE audit SET seq = ?1 WHERE seq = ?2", [seq - 1, seq])
            .unwrap();
    }
    drop(db);

    assert_verify_names(&home, 4, "record 4 deleted and the rest renumbered");
}

#[test]
fn deleted_last_record_fails() {
    let home = audited_home();
    open_db(&home)
        .execute("DELETE FROM audit WHERE seq = 8", [])
        .unwrap();

    assert_verify_names(&home, 8, "record 8 deleted");
}

#[test]
fn swapped_records_fail() {
    let home = audited_home();
    let columns = "time, os_user, sudo_user, host, command, action, object, outcome, \
                   detail, prev_hash, hash, mac";
    let db = open_db(&home);
    db.execute_batch(&format!(
        "CREATE TEMP TABLE saved AS SELECT * FROM audit WHERE seq IN (3, 5);
         UPDATE audit SET ({columns}) = (SELECT {columns} FROM saved WHERE saved.seq = 8 - audit.seq)
         WHERE seq IN (3, 5);"
    ))
    .unwrap();
    drop(db);

    assert_verify_names(&home, 3, "records 3 and 5 swapped");
}

#[test]
fn rewritten_head_fails() {
    let home = audited_home();

    let copy = copy_home(&home);
    open_db(&copy)
        .execute(
            "UPDATE meta SET value = randomblob(length(value)) WHERE key = 'audit_head'",
            [],
        )
        .unwrap();
    let output = copy.run(&["audit", "verify"], "");
    assert_exit(&output, VERIFICATION_FAILED, "random audit_head");
    assert!(
        stderr(&output).contains("head"),
        "stderr names the log head: {}",
        stderr(&output)
    );

    let copy = copy_home(&home);
    open_db(&copy)
        .execute("DELETE FROM meta WHERE key = 'audit_head'", [])
        .unwrap();
    let output = copy.run(&["audit", "verify"], "");
    assert_exit(&output, VERIFICATION_FAILED, "audit_head deleted");
    assert!(
        stderr(&output).contains("head"),
        "stderr names the log head: {}",
        stderr(&output)
    );
}

#[test]
fn replayed_older_head_fails() {
    let home = TestHome::initialised();
    set_ec2(&home, "a", "AKIAREPLAY", "replay-secret-1");
    set_ec2(&home, "b", "AKIAREPLAY", "replay-secret-2");
    let saved = head(&home);
    set_ec2(&home, "a", "AKIAREPLAY", "replay-secret-3");
    set_ec2(&home, "b", "AKIAREPLAY", "replay-secret-4");

    // A head and MAC that micadoctl itself wrote, but for record 3 of 5.
    let db = open_db(&home);
    for (key, value) in [("audit_head", &saved.0), ("audit_head_mac", &saved.1)] {
        db.execute(
            "UPDATE meta SET value = ?2 WHERE key = ?1",
            rusqlite::params![key, value],
        )
        .unwrap();
    }
    drop(db);

    assert_verify_names(
        &home,
        4,
        "head of record 3 written back over the head of record 5",
    );
}

/// Reads the log head and its MAC from the `meta` table.
fn head(home: &TestHome) -> (Vec<u8>, Vec<u8>) {
    let db = open_db(home);
    let read = |key: &str| -> Vec<u8> {
        db.query_row("SELECT value FROM meta WHERE key = ?1", [key], |row| {
            row.get(0)
        })
        .unwrap()
    };
    (read("audit_head"), read("audit_head_mac"))
}

#[test]
fn rekey_keeps_edited_log_detectable() {
    let home = audited_home();
    open_db(&home)
        .execute("UPDATE audit SET object = 'credential/z' WHERE seq = 4", [])
        .unwrap();

    let output = home.run(&["store", "rekey"], "");

    // A rekey that re-signed the edited log would hide the edit for good.
    assert_exit(
        &output,
        VERIFICATION_FAILED,
        "store rekey over an edited log",
    );
    assert_eq!(
        reported_seq(&stderr(&output)),
        Some(4),
        "the rekey names the edited record: {}",
        stderr(&output)
    );
    assert_verify_names(&home, 4, "record 4 edited, after the failed rekey");
}

#[test]
fn export_writes_json_lines_without_values() {
    let home = audited_home();
    let secrets = [
        "audit-secret-a1",
        "audit-secret-a2",
        "audit-secret-b",
        "AKIAAUDITA",
    ];

    let output = home.run(&["audit", "export"], "");

    assert_ok(&output, "audit export");
    let text = stdout(&output);
    let records: Vec<serde_json::Value> = text
        .lines()
        .map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("not JSON ({e}): {line}")))
        .collect();
    let seqs: Vec<i64> = records.iter().map(|r| r["seq"].as_i64().unwrap()).collect();
    assert_eq!(seqs, (1..=8).collect::<Vec<_>>(), "exported records");
    for key in [
        "time",
        "os_user",
        "host",
        "command",
        "action",
        "object",
        "outcome",
        "detail",
        "prev_hash",
        "hash",
        "mac",
    ] {
        assert!(
            records.iter().all(|r| r.get(key).is_some()),
            "every record has {key}"
        );
    }
    for secret in secrets {
        assert!(!text.contains(secret), "{secret} in the export");
    }

    let file = home.path().join("audit.jsonl");
    let output = with_open_umask(home.path())
        .args(["audit", "export", "--out"])
        .arg(&file)
        .output()
        .unwrap();
    assert_ok(&output, "audit export --out");
    assert_eq!(mode(&file), 0o600, "mode of the export file");
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        text,
        "file and stdout"
    );
}

/// The fields of one `audit list` record that the filters look at.
struct Listed {
    seq: i64,
    time: String,
    action: String,
    object: String,
}

/// Runs `audit list --output json` with `filters`.
fn list(home: &TestHome, filters: &[&str]) -> Vec<Listed> {
    let mut args = vec!["audit", "list", "--output", "json"];
    args.extend_from_slice(filters);
    let output = home.run(&args, "");
    assert_ok(&output, &args.join(" "));
    json(&output)["records"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| Listed {
            seq: r["seq"].as_i64().unwrap(),
            time: r["time"].as_str().unwrap().to_string(),
            action: r["action"].as_str().unwrap().to_string(),
            object: r["object"].as_str().unwrap().to_string(),
        })
        .collect()
}

fn seqs(records: &[Listed]) -> Vec<i64> {
    records.iter().map(|r| r.seq).collect()
}

#[test]
fn list_filters_by_object_action_and_limit() {
    let home = audited_home();
    let all = list(&home, &[]);
    let expect = |keep: &dyn Fn(&Listed) -> bool| -> Vec<i64> {
        all.iter().filter(|r| keep(r)).map(|r| r.seq).collect()
    };
    assert_eq!(seqs(&all), (1..=8).collect::<Vec<_>>(), "unfiltered");

    let cases: [(&[&str], Vec<i64>); 6] = [
        (
            &["--object", "credential/a"],
            expect(&|r| r.object == "credential/a"),
        ),
        (
            &["--object", "credential/*"],
            expect(&|r| r.object.starts_with("credential/")),
        ),
        (
            &["--action", "cred.get"],
            expect(&|r| r.action == "cred.get"),
        ),
        (
            &["--action", "cred.*"],
            expect(&|r| r.action.starts_with("cred.")),
        ),
        (&["--limit", "3"], vec![6, 7, 8]),
        (&["--action", "cred.set", "--limit", "2"], vec![5, 8]),
    ];
    for (filters, expected) in cases {
        assert!(!expected.is_empty(), "{filters:?} matches something");
        assert_eq!(seqs(&list(&home, filters)), expected, "{filters:?}");
    }
    assert_eq!(
        seqs(&list(&home, &["--object", "credential/a"])),
        vec![2, 4, 8],
        "records of credential/a"
    );
}

#[test]
fn list_filters_by_time() {
    let home = audited_home();
    // Start the next records in a later second than every record so far.
    let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap();
    std::thread::sleep(Duration::from_nanos(
        1_000_000_000 - u64::from(now.subsec_nanos()),
    ));
    set_ec2(&home, "late", "AKIALATE", "late-secret");
    field(&home, "late", "secretkey");

    let all = list(&home, &[]);
    let since = all.last().unwrap().time.clone();
    let expected: Vec<i64> = all
        .iter()
        .filter(|r| r.time >= since)
        .map(|r| r.seq)
        .collect();
    assert!(expected.len() < all.len(), "the time splits the log");
    assert_eq!(
        seqs(&list(&home, &["--since", &since])),
        expected,
        "--since {since}"
    );
    let earlier: Vec<i64> = all
        .iter()
        .filter(|r| r.time < since)
        .map(|r| r.seq)
        .collect();
    assert_eq!(
        seqs(&list(&home, &["--until", &since])),
        earlier,
        "--until {since}"
    );

    assert_eq!(
        seqs(&list(&home, &["--since", "1h"])),
        seqs(&all),
        "--since 1h"
    );
    assert_eq!(
        seqs(&list(&home, &["--since", "2999-01-01T00:00:00Z"])),
        Vec::<i64>::new(),
        "--since a future time"
    );
    let output = home.run(&["audit", "list", "--since", "yesterday-ish"], "");
    assert_exit(&output, 2, "--since with an invalid time");
}
