//! Moving accounts from a MiCADO Credential Manager: its SQLite database
//! (Werkzeug hashes, roles, lock rows) and its provisioning files.

mod common;
mod users_support;

use std::path::{Path, PathBuf};

use common::{TestHome, data, run_json, stderr};
use users_support::{assert_exit, column, home, json, verify, verify_at};

/// The accounts of `tests/data/credman-credential.db` and their passwords.
const CREDMAN_USERS: [(&str, &str); 3] = [
    ("admin", "admin"),
    ("alice", "S3cure-pass"),
    ("bob", "correct horse battery"),
];

fn import_db(home: &TestHome, path: &Path) -> std::process::Output {
    home.run(
        &[
            "-o",
            "json",
            "user",
            "import",
            "--credman-db",
            path.to_str().unwrap(),
        ],
        "",
    )
}

/// Copies the fixture database into the test home, to change it there.
fn copy_of_fixture(home: &TestHome) -> PathBuf {
    let copy = home.path().join("credential.db");
    std::fs::copy(data("credman-credential.db"), &copy).unwrap();
    copy
}

#[test]
fn credman_db_users_verify_after_import() {
    let home = home();
    let fixture = data("credman-credential.db");
    let before = std::fs::read(&fixture).unwrap();

    let output = import_db(&home, &fixture);
    assert_exit(&output, 0, "import");
    let report = json(&output);
    assert_eq!(report["changed"], true);
    assert_eq!(
        report["imported"],
        serde_json::json!(["admin", "alice", "bob"])
    );
    assert_eq!(
        std::fs::read(&fixture).unwrap(),
        before,
        "the source database is unchanged"
    );

    let admin = run_json(&home, &["user", "show", "admin"], "");
    assert_eq!(admin["roles"], serde_json::json!(["admin"]));
    assert_eq!(admin["email"], "root@micado-master");
    assert_eq!(admin["scheme"], "pbkdf2-sha256");
    let alice = run_json(&home, &["user", "show", "alice"], "");
    assert_eq!(alice["roles"], serde_json::json!(["user"]));
    // access_log: lock_status 1 means unlocked, with 2 failures so far.
    assert_eq!(alice["failures"], 2);
    assert_eq!(alice["locked"], false);
    assert_eq!(
        run_json(&home, &["user", "show", "bob"], "")["scheme"],
        "scrypt"
    );

    for (name, password) in CREDMAN_USERS {
        assert_eq!(
            verify(&home, name, "wrong-password"),
            3,
            "{name} wrong password"
        );
        let output = verify_at(&home, name, password, None);
        assert_exit(&output, 0, &format!("verify {name}"));
        assert_eq!(json(&output)["rehashed_to"], "argon2id", "{name}");
        // The new hash verifies the same password.
        assert_eq!(verify(&home, name, password), 0, "{name} after re-hash");
        assert_eq!(
            run_json(&home, &["user", "show", name], "")["scheme"],
            "argon2id"
        );
    }
}

#[test]
fn credman_import_rerun_skips_existing() {
    let home = home();
    let fixture = data("credman-credential.db");
    assert_exit(&import_db(&home, &fixture), 0, "first import");
    let again = import_db(&home, &fixture);
    assert_exit(&again, 0, "second import");
    let report = json(&again);
    assert_eq!(report["changed"], false);
    assert_eq!(report["skipped"].as_array().unwrap().len(), 3);
    assert!(
        report["skipped"][0]["reason"]
            .as_str()
            .unwrap()
            .contains("exists")
    );
}

#[test]
fn credman_lock_row_carries_over() {
    let home = home();
    let copy = copy_of_fixture(&home);
    let conn = rusqlite::Connection::open(&copy).unwrap();
    // The Credential Manager stores False in lock_status for a locked account.
    conn.execute(
        "UPDATE access_log SET lock_status = 0, lock_start_time = '2030-01-01 00:00:00.000000', no_fails = 6 WHERE user_id = 2",
        [],
    )
    .unwrap();
    drop(conn);

    assert_exit(&import_db(&home, &copy), 0, "import");
    let locked = verify_at(&home, "alice", "S3cure-pass", Some("2030-01-01T00:04:00Z"));
    assert_exit(&locked, 7, "locked alice");
    let later = verify_at(&home, "alice", "S3cure-pass", Some("2030-01-01T00:05:01Z"));
    assert_exit(&later, 0, "alice after the lockout");
}

#[test]
fn credman_bad_rows_change_nothing() {
    let home = home();
    let copy = copy_of_fixture(&home);
    let conn = rusqlite::Connection::open(&copy).unwrap();
    conn.execute("UPDATE user SET role = 1 WHERE username = 'bob'", [])
        .unwrap();
    drop(conn);
    let output = import_db(&home, &copy);
    assert_exit(&output, 6, "unknown role number");
    assert!(stderr(&output).contains("user id 3"), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("role number 1"),
        "{}",
        stderr(&output)
    );

    let conn = rusqlite::Connection::open(&copy).unwrap();
    conn.execute(
        "UPDATE user SET role = 0, password_hash = 'plain$$admin' WHERE username = 'bob'",
        [],
    )
    .unwrap();
    drop(conn);
    let output = import_db(&home, &copy);
    assert_exit(&output, 6, "unknown hash scheme");
    assert!(
        stderr(&output).contains("unknown hash scheme"),
        "{}",
        stderr(&output)
    );
    assert!(
        !stderr(&output).contains("plain$$admin"),
        "the hash is not printed"
    );

    let conn = rusqlite::Connection::open(&copy).unwrap();
    conn.execute(
        "UPDATE user SET password_hash = 'x', username = 'bad name' WHERE id = 3",
        [],
    )
    .unwrap();
    drop(conn);
    assert_exit(&import_db(&home, &copy), 6, "invalid user name");

    let list = run_json(&home, &["user", "list"], "");
    assert_eq!(
        list["users"].as_array().unwrap().len(),
        0,
        "nothing was imported"
    );
}

#[test]
fn credman_db_that_is_not_one() {
    let home = home();
    let text = home.path().join("notes.db");
    std::fs::write(&text, "this is not SQLite").unwrap();
    let output = import_db(&home, &text);
    assert_exit(&output, 6, "text file");
    assert!(stderr(&output).contains("notes.db"), "{}", stderr(&output));

    let other = home.path().join("other.db");
    rusqlite::Connection::open(&other)
        .unwrap()
        .execute("CREATE TABLE t (x)", [])
        .unwrap();
    let output = import_db(&home, &other);
    assert_exit(&output, 6, "SQLite without a user table");
    assert!(
        stderr(&output).contains("not a Credential Manager database"),
        "{}",
        stderr(&output)
    );

    let missing = import_db(&home, &home.path().join("missing.db"));
    assert_exit(&missing, 4, "missing file");
}

#[test]
fn provisioning_csv_imports_admins() {
    let home = home();
    let csv = home.path().join("admins.csv");
    std::fs::write(
        &csv,
        "Username,Email,Password\nops,ops@example.org,\"Ops,pass:1\"\nroot2,root2@example.org,Another-pass-2\n",
    )
    .unwrap();
    let output = home.run(
        &[
            "-o",
            "json",
            "user",
            "import",
            "--provisioning",
            csv.to_str().unwrap(),
        ],
        "",
    );
    assert_exit(&output, 0, "CSV import");
    assert_eq!(
        json(&output)["imported"],
        serde_json::json!(["ops", "root2"])
    );
    assert_eq!(verify(&home, "ops", "Ops,pass:1"), 0);
    assert_eq!(verify(&home, "root2", "Another-pass-2"), 0);
    assert_eq!(
        run_json(&home, &["user", "show", "ops"], "")["roles"],
        serde_json::json!(["admin"])
    );
    assert_eq!(
        column(&home, "ops", "scheme"),
        rusqlite::types::Value::Text("argon2id".into())
    );
}

#[test]
fn provisioning_csv_errors_name_line() {
    let home = home();
    let csv = home.path().join("admins.csv");
    std::fs::write(
        &csv,
        "Username,Email,Password\nops,ops@example.org,Long-enough-1\nshort,s@example.org,admin\n",
    )
    .unwrap();
    let output = home.run(
        &["user", "import", "--provisioning", csv.to_str().unwrap()],
        "",
    );
    assert_exit(&output, 6, "short password");
    assert!(
        stderr(&output).contains("admins.csv line 3 field Password"),
        "{}",
        stderr(&output)
    );
    assert_eq!(
        run_json(&home, &["user", "list"], "")["users"]
            .as_array()
            .unwrap()
            .len(),
        0
    );
}

#[test]
fn micado_sample_credentials_yaml() {
    let home = home();
    // MiCADO's sample sets the password "admin", shorter than 8 bytes.
    let sample = data("sample-credentials-micado.yml");
    let output = home.run(
        &["user", "import", "--provisioning", sample.to_str().unwrap()],
        "",
    );
    assert_exit(&output, 6, "sample with password admin");
    assert!(
        stderr(&output).contains("authentication.password"),
        "{}",
        stderr(&output)
    );
    assert!(
        stderr(&output).contains("minimum is 8"),
        "{}",
        stderr(&output)
    );

    let filled = home.path().join("credentials-micado.yml");
    let text = std::fs::read_to_string(&sample)
        .unwrap()
        .replace("password: admin", "password: Adm1n-long-pass");
    std::fs::write(&filled, text).unwrap();
    let output = home.run(
        &[
            "-o",
            "json",
            "user",
            "import",
            "--provisioning",
            filled.to_str().unwrap(),
        ],
        "",
    );
    assert_exit(&output, 0, "filled sample");
    let admin = run_json(&home, &["user", "show", "admin"], "");
    assert_eq!(admin["email"], "root@micado-master");
    assert_eq!(admin["roles"], serde_json::json!(["admin"]));
    assert_eq!(verify(&home, "admin", "Adm1n-long-pass"), 0);

    let no_block = home.path().join("other.yml");
    std::fs::write(&no_block, "tls:\n  provision_method: self-signed\n").unwrap();
    let output = home.run(
        &[
            "user",
            "import",
            "--provisioning",
            no_block.to_str().unwrap(),
        ],
        "",
    );
    assert_exit(&output, 6, "YAML without authentication");
    assert!(
        stderr(&output).contains("no authentication: block"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn import_needs_one_source() {
    let home = home();
    assert_exit(&home.run(&["user", "import"], ""), 2, "no source");
    let output = home.run(
        &[
            "user",
            "import",
            "--credman-db",
            "a.db",
            "--provisioning",
            "b.csv",
        ],
        "",
    );
    assert_exit(&output, 2, "two sources");
}

#[test]
fn import_with_credman_backend_is_usage_error() {
    let home = home();
    let output = home.run(
        &[
            "user",
            "import",
            "--backend",
            "credman",
            "--api",
            "http://127.0.0.1:9/v1.1/",
            "--credman-db",
            "a.db",
        ],
        "",
    );
    assert_exit(&output, 2, "import on credman");
}

#[test]
fn provisioning_errors_hide_passwords() {
    let home = home();
    let cases = [
        (
            "no-header.csv",
            "ops,ops@example.org,Hidden-pass-1\n",
            "Hidden-pass-1",
        ),
        (
            "semicolons.csv",
            "Username;Email;Password\nops;o@example.org;Hidden-pass-2\n",
            "Hidden-pass-2",
        ),
        (
            "scalar.yml",
            "authentication: Hidden-pass-3\n",
            "Hidden-pass-3",
        ),
    ];
    for (file, text, password) in cases {
        let path = home.path().join(file);
        std::fs::write(&path, text).unwrap();
        let output = home.run(
            &[
                "-o",
                "json",
                "user",
                "import",
                "--provisioning",
                path.to_str().unwrap(),
            ],
            "",
        );
        assert_exit(&output, 6, file);
        assert!(stderr(&output).contains(file), "{}", stderr(&output));
        assert!(
            !stderr(&output).contains(password),
            "{file}: {}",
            stderr(&output)
        );
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert!(!stdout.contains(password), "{file}: {stdout}");
    }
}

#[test]
fn credman_wrong_column_types_rejected() {
    let home = home();
    for (column, value) in [("role", "'admin'"), ("password_hash", "X'00ff'")] {
        let copy = copy_of_fixture(&home);
        let conn = rusqlite::Connection::open(&copy).unwrap();
        conn.execute(
            &format!("UPDATE user SET {column} = {value} WHERE username = 'bob'"),
            [],
        )
        .unwrap();
        drop(conn);
        let output = import_db(&home, &copy);
        assert_exit(&output, 6, column);
        assert!(
            stderr(&output).contains("credential.db"),
            "{}",
            stderr(&output)
        );
        assert!(stderr(&output).contains(column), "{}", stderr(&output));
    }
    let list = run_json(&home, &["user", "list"], "");
    assert_eq!(list["users"].as_array().unwrap().len(), 0);
}
