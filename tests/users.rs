//! Local web access accounts through the CLI: adding, listing, changing,
//! verifying and locking accounts, and the edge cases of names and passwords.

mod common;
mod users_support;

use std::os::unix::fs::PermissionsExt;

use common::{TestHome, run_json, stderr, stdout};
use users_support::{
    add, add_ok, assert_exit, contains, database_bytes, home, home_with, json, verify, verify_at,
};

const PASSWORD: &str = "S3cure-pass";

#[test]
fn add_list_show_round_trip() {
    let home = home();
    add_ok(
        &home,
        "alice",
        PASSWORD,
        &["--email", "alice@example.org", "--role", "admin"],
    );
    add_ok(&home, "bob", PASSWORD, &[]);

    let list = run_json(&home, &["user", "list"], "");
    let users = list["users"].as_array().unwrap();
    assert_eq!(users.len(), 2);
    assert_eq!(users[0]["name"], "alice");
    assert_eq!(users[0]["roles"], serde_json::json!(["admin"]));
    assert_eq!(users[1]["roles"], serde_json::json!(["user"]));

    let show = run_json(&home, &["user", "show", "alice"], "");
    assert_eq!(show["email"], "alice@example.org");
    assert_eq!(show["kind"], "human");
    assert_eq!(show["scheme"], "argon2id");
    assert_eq!(show["locked"], false);
    assert_eq!(show["failures"], 0);
}

#[test]
fn add_twice_needs_if_absent() {
    let home = home();
    add_ok(&home, "alice", PASSWORD, &[]);

    let again = add(&home, "alice", "Other-pass-1", &[]);
    assert_exit(&again, 5, "second add");
    assert!(
        stderr(&again).contains("already exists"),
        "{}",
        stderr(&again)
    );

    let rerun = add(&home, "alice", "Other-pass-1", &["--if-absent"]);
    assert_exit(&rerun, 0, "add --if-absent");
    assert_eq!(json(&rerun)["changed"], false);
    // The existing password is kept.
    assert_eq!(verify(&home, "alice", PASSWORD), 0);
    assert_eq!(verify(&home, "alice", "Other-pass-1"), 3);
}

#[test]
fn bad_names_rejected_with_character() {
    let home = home();
    let cases = [
        ("a:b", "':' (U+003A)"),
        ("a b", "a space"),
        ("a\tb", "U+0009"),
        ("ünï", "U+00FC"),
        ("a/b", "'/'"),
    ];
    for (name, described) in cases {
        let output = add(&home, name, PASSWORD, &[]);
        assert_exit(&output, 6, &format!("add {name:?}"));
        assert!(
            stderr(&output).contains(described),
            "{name:?}: {}",
            stderr(&output)
        );
    }
    let too_long = "a".repeat(65);
    assert_exit(&add(&home, &too_long, PASSWORD, &[]), 6, "65-byte name");
    add_ok(&home, &"a".repeat(64), PASSWORD, &[]);

    let list = run_json(&home, &["user", "list"], "");
    assert_eq!(list["users"].as_array().unwrap().len(), 1);
}

#[test]
fn composed_and_decomposed_verify_same() {
    let home = home();
    let composed = "caf\u{e9}-na\u{ef}ve";
    let decomposed = "cafe\u{301}-nai\u{308}ve";
    assert_ne!(composed, decomposed);
    add_ok(&home, "alice", composed, &[]);
    assert_eq!(verify(&home, "alice", decomposed), 0);
    assert_eq!(verify(&home, "alice", composed), 0);

    add_ok(&home, "bob", decomposed, &["--scheme", "bcrypt"]);
    assert_eq!(verify(&home, "bob", composed), 0);
}

#[test]
fn bcrypt_rejects_73_bytes_and_nul() {
    let home = home();
    let long = "x".repeat(73);
    let output = add(&home, "alice", &long, &["--scheme", "bcrypt"]);
    assert_exit(&output, 6, "bcrypt with 73 bytes");
    assert!(
        stderr(&output).contains("at most 72 bytes"),
        "{}",
        stderr(&output)
    );
    assert!(
        !stderr(&output).contains(&long),
        "the password is not echoed"
    );

    let nul = add(&home, "alice", "pass\0word-1", &["--scheme", "bcrypt"]);
    assert_exit(&nul, 6, "bcrypt with a NUL byte");
    assert!(stderr(&nul).contains("NUL"), "{}", stderr(&nul));

    let exact = "y".repeat(72);
    add_ok(&home, "alice", &exact, &["--scheme", "bcrypt"]);
    assert_eq!(verify(&home, "alice", &exact), 0);
    // A password that differs only after byte 72 is not the same password.
    assert_eq!(verify(&home, "alice", &format!("{exact}z")), 3);

    // argon2id takes the 73-byte password whole.
    add_ok(&home, "bob", &long, &[]);
    assert_eq!(verify(&home, "bob", &long), 0);
    assert_eq!(verify(&home, "bob", &"x".repeat(72)), 3);
}

#[test]
fn cjk_password_of_30_characters() {
    let home = home();
    let password: String = "密码安全测试用户名称验证字符"
        .chars()
        .cycle()
        .take(30)
        .collect();
    assert_eq!(password.chars().count(), 30);
    assert_eq!(password.len(), 90);

    add_ok(&home, "alice", &password, &[]);
    assert_eq!(verify(&home, "alice", &password), 0);
    let shorter: String = password.chars().take(29).collect();
    assert_eq!(verify(&home, "alice", &shorter), 3);

    add_ok(&home, "carol", &password, &["--scheme", "sha512-crypt"]);
    assert_eq!(verify(&home, "carol", &password), 0);
    // 90 bytes are more than bcrypt can take.
    assert_exit(
        &add(&home, "dave", &password, &["--scheme", "bcrypt"]),
        6,
        "bcrypt CJK",
    );
}

#[test]
fn password_with_colon_verifies() {
    let home = home();
    for scheme in ["argon2id", "bcrypt", "sha512-crypt"] {
        let name = format!("user-{scheme}");
        add_ok(&home, &name, "pa:ss:word", &["--scheme", scheme]);
        assert_eq!(verify(&home, &name, "pa:ss:word"), 0, "{scheme}");
        assert_eq!(verify(&home, &name, "pa:ss"), 3, "{scheme}");
    }
}

#[test]
fn password_length_limits() {
    let home = home();
    let short = add(&home, "alice", "1234567", &[]);
    assert_exit(&short, 6, "7-byte password");
    assert!(
        stderr(&short).contains("minimum is 8"),
        "{}",
        stderr(&short)
    );
    let long = add(&home, "alice", &"p".repeat(4097), &[]);
    assert_exit(&long, 6, "4097-byte password");
    add_ok(&home, "alice", &"p".repeat(4096), &[]);
    assert_eq!(verify(&home, "alice", &"p".repeat(4096)), 0);
}

#[test]
fn unknown_user_is_rejected_and_audited() {
    let home = home();
    add_ok(&home, "alice", PASSWORD, &[]);
    let output = verify_at(&home, "nobody", PASSWORD, None);
    assert_exit(&output, 3, "verify unknown user");
    assert_eq!(json(&output)["verdict"], "rejected");

    let export = home.run(&["audit", "export"], "");
    let text = stdout(&export);
    let record = text
        .lines()
        .find(|line| line.contains("user/nobody"))
        .expect("an audit record for the unknown user");
    assert!(record.contains("\"failure\""), "{record}");
    assert!(record.contains("unknown user"), "{record}");
}

#[test]
fn lockout_after_five_failures() {
    let home = home();
    add_ok(&home, "alice", PASSWORD, &[]);
    let start = "2030-01-01T00:00:00Z";
    for attempt in 1..=4 {
        let output = verify_at(&home, "alice", "wrong-password", Some(start));
        assert_exit(&output, 3, &format!("failure {attempt}"));
    }
    let fifth = verify_at(&home, "alice", "wrong-password", Some(start));
    assert_exit(&fifth, 3, "fifth failure");
    assert_eq!(json(&fifth)["locked_until"], "2030-01-01T00:05:00Z");

    // Locked: the right password fails with its own exit code.
    let locked = verify_at(&home, "alice", PASSWORD, Some("2030-01-01T00:04:59Z"));
    assert_exit(&locked, 7, "right password while locked");
    assert_eq!(json(&locked)["verdict"], "locked");

    // After five minutes the right password works and resets the counter.
    let later = verify_at(&home, "alice", PASSWORD, Some("2030-01-01T00:05:01Z"));
    assert_exit(&later, 0, "right password after the lockout");
    let show = run_json(&home, &["user", "show", "alice"], "");
    assert_eq!(show["failures"], 0);
}

#[test]
fn success_resets_failure_count() {
    let home = home();
    add_ok(&home, "alice", PASSWORD, &[]);
    let now = Some("2030-01-01T00:00:00Z");
    for _ in 0..4 {
        assert_exit(
            &verify_at(&home, "alice", "wrong-password", now),
            3,
            "failure",
        );
    }
    assert_exit(&verify_at(&home, "alice", PASSWORD, now), 0, "success");
    for _ in 0..4 {
        assert_exit(
            &verify_at(&home, "alice", "wrong-password", now),
            3,
            "failure",
        );
    }
    // Four failures after the reset do not lock.
    assert_exit(&verify_at(&home, "alice", PASSWORD, now), 0, "not locked");
}

#[test]
fn lockout_settings_from_config() {
    let home = home_with("lockout_failures = 2\nlockout_duration = \"1h\"\n");
    add_ok(&home, "alice", PASSWORD, &[]);
    let now = Some("2030-01-01T00:00:00Z");
    assert_exit(
        &verify_at(&home, "alice", "wrong-password", now),
        3,
        "first",
    );
    let second = verify_at(&home, "alice", "wrong-password", now);
    assert_eq!(json(&second)["locked_until"], "2030-01-01T01:00:00Z");
    let locked = verify_at(&home, "alice", PASSWORD, Some("2030-01-01T00:59:00Z"));
    assert_exit(&locked, 7, "within the hour");
}

#[test]
fn lock_and_unlock() {
    let home = home();
    add_ok(&home, "alice", PASSWORD, &[]);
    let lock = run_json(&home, &["user", "lock", "alice"], "");
    assert_eq!(lock["changed"], true);
    assert_eq!(
        run_json(&home, &["user", "lock", "alice"], "")["changed"],
        false
    );
    assert_eq!(verify(&home, "alice", PASSWORD), 7);
    assert_eq!(
        run_json(&home, &["user", "show", "alice"], "")["disabled"],
        true
    );

    assert_eq!(
        run_json(&home, &["user", "unlock", "alice"], "")["changed"],
        true
    );
    assert_eq!(
        run_json(&home, &["user", "unlock", "alice"], "")["changed"],
        false
    );
    assert_eq!(verify(&home, "alice", PASSWORD), 0);
    assert_exit(
        &home.run(&["user", "lock", "nobody"], ""),
        4,
        "lock unknown",
    );
}

#[test]
fn unlock_ends_lockout() {
    let home = home();
    add_ok(&home, "alice", PASSWORD, &[]);
    for _ in 0..5 {
        verify(&home, "alice", "wrong-password");
    }
    assert_eq!(verify(&home, "alice", PASSWORD), 7);
    assert_eq!(
        run_json(&home, &["user", "unlock", "alice"], "")["changed"],
        true
    );
    assert_eq!(verify(&home, "alice", PASSWORD), 0);
}

#[test]
fn passwd_changes_and_reports_changed() {
    let home = home();
    add_ok(&home, "alice", PASSWORD, &[]);
    let change = home.run(
        &["-o", "json", "user", "passwd", "alice", "--password-stdin"],
        "New-pass-42\n",
    );
    assert_exit(&change, 0, "passwd");
    assert_eq!(json(&change)["changed"], true);
    assert_eq!(verify(&home, "alice", PASSWORD), 3);
    assert_eq!(verify(&home, "alice", "New-pass-42"), 0);

    let same = home.run(
        &[
            "-o",
            "json",
            "user",
            "passwd",
            "alice",
            "--password-stdin",
            "--if-changed",
        ],
        "New-pass-42\n",
    );
    assert_eq!(json(&same)["changed"], false);
    let without_flag = home.run(
        &["-o", "json", "user", "passwd", "alice", "--password-stdin"],
        "New-pass-42\n",
    );
    assert_eq!(json(&without_flag)["changed"], true);
    let other = home.run(
        &[
            "-o",
            "json",
            "user",
            "passwd",
            "alice",
            "--password-stdin",
            "--if-changed",
        ],
        "Third-pass-3\n",
    );
    assert_eq!(json(&other)["changed"], true);
    assert_eq!(verify(&home, "alice", "Third-pass-3"), 0);

    let missing = home.run(
        &["user", "passwd", "nobody", "--password-stdin"],
        "New-pass-42\n",
    );
    assert_exit(&missing, 4, "passwd unknown user");
}

#[test]
fn roles_add_remove_and_delete() {
    let home = home();
    add_ok(&home, "alice", PASSWORD, &[]);
    let unknown = home.run(&["user", "role", "alice", "--add", "operator"], "");
    assert_exit(&unknown, 4, "unknown role");
    assert!(
        stderr(&unknown).contains("role \"operator\" not found"),
        "{}",
        stderr(&unknown)
    );

    assert_eq!(
        run_json(&home, &["role", "add", "operator"], "")["changed"],
        true
    );
    assert_exit(
        &home.run(&["role", "add", "operator"], ""),
        5,
        "role add twice",
    );
    assert_eq!(
        run_json(&home, &["role", "add", "operator", "--if-absent"], "")["changed"],
        false
    );

    let change = run_json(
        &home,
        &[
            "user", "role", "alice", "--add", "operator", "--add", "admin", "--remove", "user",
        ],
        "",
    );
    assert_eq!(change["changed"], true);
    assert_eq!(change["roles"], serde_json::json!(["admin", "operator"]));
    let again = run_json(&home, &["user", "role", "alice", "--add", "operator"], "");
    assert_eq!(again["changed"], false);

    let in_use = home.run(&["role", "delete", "operator"], "");
    assert_exit(&in_use, 6, "delete a role in use");
    assert!(stderr(&in_use).contains("alice"), "{}", stderr(&in_use));
    assert_exit(
        &home.run(&["role", "delete", "admin"], ""),
        6,
        "delete a built-in role",
    );

    let roles = run_json(&home, &["role", "list"], "");
    let names: Vec<&str> = roles["roles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["admin", "operator", "user"]);
    assert_eq!(roles["roles"][1]["users"], 1);

    run_json(
        &home,
        &["user", "role", "alice", "--remove", "operator"],
        "",
    );
    assert_eq!(
        run_json(&home, &["role", "delete", "operator"], "")["changed"],
        true
    );
    assert_eq!(
        run_json(&home, &["role", "delete", "operator", "--if-exists"], "")["changed"],
        false
    );
    assert_exit(
        &home.run(&["role", "add", "a:b"], ""),
        6,
        "role name with a colon",
    );
}

#[test]
fn delete_user() {
    let home = home();
    add_ok(&home, "alice", PASSWORD, &["--role", "admin"]);
    assert_eq!(
        run_json(&home, &["user", "delete", "alice"], "")["changed"],
        true
    );
    assert_exit(
        &home.run(&["user", "delete", "alice"], ""),
        4,
        "delete twice",
    );
    assert_eq!(
        run_json(&home, &["user", "delete", "alice", "--if-exists"], "")["changed"],
        false
    );
    assert_eq!(verify(&home, "alice", PASSWORD), 3);
    let roles = run_json(&home, &["role", "list"], "");
    assert_eq!(
        roles["roles"][0]["users"], 0,
        "role rows go with the account"
    );
}

#[test]
fn machine_password_shown_once() {
    let home = home();
    let output = home.run(
        &["-o", "json", "user", "add", "prometheus", "--machine"],
        "",
    );
    assert_exit(&output, 0, "add --machine");
    let password = json(&output)["password"].as_str().unwrap().to_string();
    // 32 characters of base64 carry 192 bits.
    assert_eq!(password.len(), 32);
    assert_eq!(verify(&home, "prometheus", &password), 0);
    assert_eq!(
        run_json(&home, &["user", "show", "prometheus"], "")["kind"],
        "machine"
    );

    // A rerun with --if-absent shows no password.
    let rerun = home.run(
        &[
            "-o",
            "json",
            "user",
            "add",
            "prometheus",
            "--machine",
            "--if-absent",
        ],
        "",
    );
    assert_eq!(json(&rerun)["changed"], false);
    assert!(json(&rerun).get("password").is_none());
    assert!(!stdout(&home.run(&["user", "show", "prometheus"], "")).contains(&password));

    let file = home.path().join("grafana.secret");
    let to_file = home.run(
        &[
            "-o",
            "json",
            "user",
            "add",
            "grafana",
            "--machine",
            "--password-file",
            file.to_str().unwrap(),
        ],
        "",
    );
    assert_exit(&to_file, 0, "add --machine --password-file");
    let written = std::fs::read_to_string(&file).unwrap();
    let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    assert!(
        !stdout(&to_file).contains(written.trim()),
        "the password is not on stdout"
    );
    assert_eq!(verify(&home, "grafana", written.trim()), 0);
}

#[test]
fn passwd_generate_for_machine() {
    let home = home();
    home.run(&["user", "add", "bot", "--machine"], "");
    let output = home.run(&["-o", "json", "user", "passwd", "bot", "--generate"], "");
    assert_exit(&output, 0, "passwd --generate");
    let password = json(&output)["password"].as_str().unwrap().to_string();
    assert_eq!(verify(&home, "bot", &password), 0);
}

#[test]
fn password_not_taken_from_argv_or_missing() {
    let home = home();
    let output = home.run(&["--no-input", "user", "add", "alice"], "");
    // stdin is not a terminal and no source was given.
    assert_exit(&output, 2, "add without a password");
    assert!(
        stderr(&output).contains("--password-stdin"),
        "{}",
        stderr(&output)
    );
    let argv = home.run(&["user", "add", "alice", "--password", "S3cure-pass"], "");
    assert_exit(&argv, 2, "password in argv");
}

#[test]
fn secrets_never_leak() {
    let home = home();
    let secret = "Unique-Secret-9f3b2";
    let mut outputs = vec![
        add(&home, "alice", secret, &[]),
        add(&home, "bob", secret, &["--scheme", "bcrypt"]),
        verify_at(&home, "alice", secret, None),
        verify_at(&home, "alice", &format!("{secret}-wrong"), None),
        verify_at(&home, "nobody", secret, None),
        add(&home, "a:b", secret, &[]),
        home.run(
            &[
                "-o",
                "json",
                "user",
                "passwd",
                "alice",
                "--password-stdin",
                "--if-changed",
            ],
            &format!("{secret}\n"),
        ),
        home.run(
            &[
                "user",
                "export",
                "--htpasswd",
                home.path().join("h").to_str().unwrap(),
            ],
            "",
        ),
        home.run(&["-o", "json", "user", "list"], ""),
        home.run(&["-o", "json", "user", "show", "alice"], ""),
    ];
    outputs.push(home.run(&["audit", "export"], ""));
    for output in &outputs {
        assert!(
            !contains(&output.stdout, secret),
            "stdout: {}",
            stdout(output)
        );
        assert!(
            !contains(&output.stderr, secret),
            "stderr: {}",
            stderr(output)
        );
    }
    assert!(
        !contains(&database_bytes(&home), secret),
        "the database holds the password"
    );
    // The hash is sealed too: no bcrypt or argon2 string in the database.
    assert!(!contains(&database_bytes(&home), "$argon2id$"));
    assert!(!contains(&database_bytes(&home), "$2y$"));
}

#[test]
fn hash_copied_to_other_account_does_not_open() {
    let home = home();
    add_ok(&home, "alice", PASSWORD, &[]);
    add_ok(&home, "mallory", "Mallory-pass-1", &[]);
    let conn = rusqlite::Connection::open(home.database()).unwrap();
    conn.execute(
        "UPDATE users SET password = (SELECT password FROM users WHERE name = 'mallory') WHERE name = 'alice'",
        [],
    )
    .unwrap();
    drop(conn);
    let output = verify_at(&home, "alice", "Mallory-pass-1", None);
    assert_exit(&output, 3, "verify with a moved hash");
    assert!(
        stderr(&output).contains("password hash of user \"alice\""),
        "{}",
        stderr(&output)
    );
}

#[test]
fn argon2id_defaults_and_rehash_on_new_parameters() {
    // This store uses the default parameters: m=64 MiB, t=3, p=4.
    let home = TestHome::initialised();
    add_ok(&home, "alice", PASSWORD, &[]);
    assert_eq!(verify(&home, "alice", PASSWORD), 0);
    assert_eq!(verify(&home, "alice", "wrong-password"), 3);

    // Cheaper parameters in the configuration re-hash at the next success.
    let config = home.path().join("config.toml");
    let mut text = std::fs::read_to_string(&config).unwrap();
    text.push_str(&format!("\n{}", users_support::CHEAP_PARAMS));
    std::fs::write(&config, text).unwrap();
    let output = verify_at(&home, "alice", PASSWORD, None);
    assert_eq!(json(&output)["rehashed_to"], "argon2id");
    let again = verify_at(&home, "alice", PASSWORD, None);
    assert_eq!(json(&again)["rehashed_to"], serde_json::Value::Null);
}

#[test]
fn invalid_config_is_rejected() {
    let home = TestHome::initialised();
    let config = home.path().join("config.toml");
    let mut text = std::fs::read_to_string(&config).unwrap();
    text.push_str("\n[users]\nargon2_memory_kib = 1\n");
    std::fs::write(&config, text).unwrap();

    let output = add(&home, "alice", PASSWORD, &[]);
    assert_exit(&output, 6, "memory below the minimum");
    assert!(
        stderr(&output).contains("config.toml"),
        "{}",
        stderr(&output)
    );
    assert!(stderr(&output).contains("argon2"), "{}", stderr(&output));
    assert!(json(&output).get("error").is_some());
}

#[test]
fn concurrent_adds_all_land() {
    use std::process::Stdio;

    let home = home();
    let children: Vec<_> = (0..20)
        .map(|i| {
            let mut child = home
                .cmd()
                .args(["user", "add", &format!("user{i:02}"), "--password-stdin"])
                .stdin(Stdio::piped())
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .expect("start micadoctl");
            use std::io::Write;
            child
                .stdin
                .take()
                .unwrap()
                .write_all(b"Parallel-pass-1\n")
                .unwrap();
            child
        })
        .collect();
    for (i, child) in children.into_iter().enumerate() {
        let output = child.wait_with_output().unwrap();
        assert_exit(&output, 0, &format!("concurrent add {i}"));
    }
    let list = run_json(&home, &["user", "list"], "");
    assert_eq!(list["users"].as_array().unwrap().len(), 20);
    assert_eq!(verify(&home, "user13", "Parallel-pass-1"), 0);
    let audit = home.run(&["audit", "verify"], "");
    assert_exit(&audit, 0, "audit verify");
}

#[test]
fn accounts_verify_after_store_rekey() {
    let home = home();
    add_ok(&home, "alice", PASSWORD, &[]);

    run_json(&home, &["store", "rekey"], "");

    assert_eq!(verify(&home, "alice", PASSWORD), 0);
    assert_eq!(verify(&home, "alice", "wrong-password"), 3);
}

#[test]
fn machine_password_file_failure_adds_nothing() {
    let home = home();
    let missing = home.path().join("missing-dir").join("bot.secret");
    let output = home.run(
        &[
            "user",
            "add",
            "bot",
            "--machine",
            "--password-file",
            missing.to_str().unwrap(),
        ],
        "",
    );
    assert_exit(&output, 1, "add --machine with an unwritable password file");
    assert!(
        stderr(&output).contains("bot.secret"),
        "{}",
        stderr(&output)
    );
    assert_exit(
        &home.run(&["user", "show", "bot"], ""),
        4,
        "show after failure",
    );

    home.run(&["user", "add", "bot", "--machine"], "");
    let before = run_json(&home, &["user", "show", "bot"], "")["password_changed"].clone();
    let rotate = home.run(
        &[
            "user",
            "passwd",
            "bot",
            "--generate",
            "--password-file",
            home.path().to_str().unwrap(),
        ],
        "",
    );
    assert_exit(&rotate, 1, "passwd --generate into a directory");
    let after = run_json(&home, &["user", "show", "bot"], "")["password_changed"].clone();
    assert_eq!(before, after, "the password stayed");
}

#[test]
fn machine_password_file_through_link() {
    let home = home();
    let target = home.path().join("bot.secret");
    let link = home.path().join("bot.link");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    std::fs::write(&target, "old\n").unwrap();
    let output = home.run(
        &[
            "user",
            "add",
            "bot",
            "--machine",
            "--password-file",
            link.to_str().unwrap(),
        ],
        "",
    );
    assert_exit(&output, 0, "add --machine through a link");
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    let written = std::fs::read_to_string(&target).unwrap();
    assert_eq!(verify(&home, "bot", written.trim()), 0);
}
