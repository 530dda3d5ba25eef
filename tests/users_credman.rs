//! The `user` commands against a MiCADO Credential Manager: the client runs
//! against the stand-in in `credman_server`, which follows the service's
//! protocol.

mod common;
mod credman_server;
mod users_support;

use common::{TestHome, run_json, stderr, stdout};
use credman_server::CredmanServer;
use users_support::{assert_exit, contains, home, home_with, json};

fn credman(
    home: &TestHome,
    server: &CredmanServer,
    args: &[&str],
    stdin: &str,
) -> std::process::Output {
    let api = server.api();
    let mut all = vec!["-o", "json", "user", "--backend", "credman", "--api", &api];
    all.extend_from_slice(args);
    home.run(&all, stdin)
}

fn verify_code(home: &TestHome, server: &CredmanServer, name: &str, password: &str) -> i32 {
    credman(home, server, &["verify", name], &format!("{password}\n"))
        .status
        .code()
        .unwrap()
}

#[test]
fn add_list_verify_delete() {
    let (home, server) = (home(), CredmanServer::start());
    let add = credman(
        &home,
        &server,
        &[
            "add",
            "alice",
            "--email",
            "alice@example.org",
            "--password-stdin",
        ],
        "Alice1234\n",
    );
    assert_exit(&add, 0, "add");
    assert_eq!(json(&add)["changed"], true);
    assert_eq!(server.account("alice").unwrap().password, "Alice1234");
    assert_eq!(server.account("alice").unwrap().email, "alice@example.org");

    let list = credman(&home, &server, &["list"], "");
    assert_exit(&list, 0, "list");
    let users = json(&list)["users"].clone();
    assert_eq!(users[0]["name"], "alice");
    assert_eq!(users[0]["roles"], serde_json::json!(["user"]));
    assert_eq!(users[0]["email"], "alice@example.org");

    assert_eq!(verify_code(&home, &server, "alice", "Alice1234"), 0);
    assert_eq!(verify_code(&home, &server, "alice", "Wrong1234"), 3);
    assert_eq!(verify_code(&home, &server, "nobody", "Alice1234"), 3);

    let show = credman(&home, &server, &["show", "alice"], "");
    assert_eq!(json(&show)["locked"], false);
    assert_exit(
        &credman(&home, &server, &["show", "nobody"], ""),
        4,
        "show unknown",
    );

    assert_eq!(
        json(&credman(&home, &server, &["delete", "alice"], ""))["changed"],
        true
    );
    assert!(server.account("alice").is_none());
    assert_exit(
        &credman(&home, &server, &["delete", "alice"], ""),
        4,
        "delete twice",
    );
    assert_eq!(
        json(&credman(
            &home,
            &server,
            &["delete", "alice", "--if-exists"],
            ""
        ))["changed"],
        false
    );
}

#[test]
fn requests_follow_protocol() {
    let (home, server) = (home(), CredmanServer::start());
    credman(
        &home,
        &server,
        &["add", "alice", "--password-stdin"],
        "Alice1234\n",
    );
    credman(
        &home,
        &server,
        &["role", "alice", "--add", "admin", "--remove", "user"],
        "",
    );
    credman(&home, &server, &["verify", "alice"], "Alice1234\n");
    credman(&home, &server, &["list"], "");

    let requests = server.requests();
    let find = |path: &str| {
        requests
            .iter()
            .find(|r| r.path == path)
            .unwrap_or_else(|| panic!("no request to {path}"))
    };
    let add = find("/v1.1/adduser");
    assert_eq!(add.method, "POST");
    assert_eq!(
        add.content_type.as_deref(),
        Some("application/x-www-form-urlencoded")
    );
    assert!(add.body.contains("username=alice"), "{}", add.body);
    let get_role = find("/v1.1/getrole");
    assert_eq!(get_role.method, "GET");
    // The stand-in ignores a GET body, so the query string must carry the name.
    assert_eq!(get_role.query, "username=alice");
    assert_eq!(find("/v1.1/changerole").method, "PUT");
    assert!(find("/v1.1/changerole").body.contains("newrole=admin"));
    assert_eq!(find("/v1.1/verify").method, "POST");
    assert_eq!(server.account("alice").unwrap().role, "admin");
}

#[test]
fn non_alphanumeric_password_rejected_before_sending() {
    let (home, server) = (home(), CredmanServer::start());
    let output = credman(
        &home,
        &server,
        &["add", "alice", "--password-stdin"],
        "pa:ss-word1\n",
    );
    assert_exit(&output, 6, "add with punctuation");
    assert!(
        stderr(&output).contains("only ASCII letters and digits"),
        "{}",
        stderr(&output)
    );
    assert!(
        server.requests().iter().all(|r| r.path != "/v1.1/adduser"),
        "nothing was sent"
    );
}

#[test]
fn machine_account_gets_long_generated_password() {
    let (home, server) = (home(), CredmanServer::start());
    let output = credman(&home, &server, &["add", "prometheus", "--machine"], "");
    assert_exit(&output, 0, "add --machine");
    let password = json(&output)["password"].as_str().unwrap().to_string();
    assert_eq!(
        password.len(),
        33,
        "more than the service's own 8 to 16 characters"
    );
    assert!(password.chars().all(|c| c.is_ascii_alphanumeric()));
    assert_eq!(server.account("prometheus").unwrap().password, password);
    assert_eq!(verify_code(&home, &server, "prometheus", &password), 0);
}

#[test]
fn add_existing_user() {
    let (home, server) = (home(), CredmanServer::start());
    credman(
        &home,
        &server,
        &["add", "alice", "--password-stdin"],
        "Alice1234\n",
    );
    let again = credman(
        &home,
        &server,
        &["add", "alice", "--password-stdin"],
        "Other1234\n",
    );
    assert_exit(&again, 5, "add twice");
    assert!(
        stderr(&again).contains("This user existed!"),
        "{}",
        stderr(&again)
    );
    let rerun = credman(
        &home,
        &server,
        &["add", "alice", "--password-stdin", "--if-absent"],
        "Other1234\n",
    );
    assert_exit(&rerun, 0, "add --if-absent");
    assert_eq!(json(&rerun)["changed"], false);
    assert_eq!(server.account("alice").unwrap().password, "Alice1234");
}

#[test]
fn locked_account_fails_with_right_password() {
    let (home, server) = (home(), CredmanServer::start());
    credman(
        &home,
        &server,
        &["add", "alice", "--password-stdin"],
        "Alice1234\n",
    );
    for attempt in 1..=5 {
        assert_eq!(
            verify_code(&home, &server, "alice", "Wrong1234"),
            3,
            "failure {attempt}"
        );
    }
    // The service locks on the failure after the fifth.
    assert_eq!(verify_code(&home, &server, "alice", "Wrong1234"), 7);
    let locked = credman(&home, &server, &["verify", "alice"], "Alice1234\n");
    assert_exit(&locked, 7, "right password while locked");
    assert_eq!(json(&locked)["verdict"], "locked");
    let list = credman(&home, &server, &["list"], "");
    assert_eq!(json(&list)["users"][0]["locked"], true);
}

#[test]
fn passwd_change_and_reset() {
    let (home, server) = (home(), CredmanServer::start());
    credman(
        &home,
        &server,
        &["add", "alice", "--password-stdin"],
        "Alice1234\n",
    );
    let old = home.path().join("old.txt");
    std::fs::write(&old, "Alice1234\n").unwrap();

    let change = credman(
        &home,
        &server,
        &[
            "passwd",
            "alice",
            "--password-stdin",
            "--old-password-file",
            old.to_str().unwrap(),
        ],
        "Newpass5678\n",
    );
    assert_exit(&change, 0, "changepwd");
    assert_eq!(server.account("alice").unwrap().password, "Newpass5678");

    let wrong_old = credman(
        &home,
        &server,
        &[
            "passwd",
            "alice",
            "--password-stdin",
            "--old-password-file",
            old.to_str().unwrap(),
        ],
        "Third9999x\n",
    );
    assert_exit(&wrong_old, 3, "changepwd with a wrong old password");
    assert!(
        stderr(&wrong_old).contains("check your password"),
        "{}",
        stderr(&wrong_old)
    );

    let without_old = credman(
        &home,
        &server,
        &["passwd", "alice", "--password-stdin"],
        "Third9999x\n",
    );
    assert_exit(&without_old, 6, "changepwd without the old password");
    assert!(
        stderr(&without_old).contains("--old-password-file"),
        "{}",
        stderr(&without_old)
    );

    let reset = credman(&home, &server, &["passwd", "alice", "--generate"], "");
    assert_exit(&reset, 0, "resetpwd");
    let generated = json(&reset)["password"].as_str().unwrap().to_string();
    assert_eq!(server.account("alice").unwrap().password, generated);
    assert_eq!(verify_code(&home, &server, "alice", &generated), 0);

    let unknown = credman(&home, &server, &["passwd", "nobody", "--generate"], "");
    assert_exit(&unknown, 4, "resetpwd of an unknown user");
}

#[test]
fn roles_map_to_one_role() {
    let (home, server) = (home(), CredmanServer::start());
    credman(
        &home,
        &server,
        &["add", "alice", "--password-stdin"],
        "Alice1234\n",
    );
    let promote = credman(
        &home,
        &server,
        &["role", "alice", "--add", "admin", "--remove", "user"],
        "",
    );
    assert_exit(&promote, 0, "promote");
    assert_eq!(json(&promote)["changed"], true);
    assert_eq!(json(&promote)["roles"], serde_json::json!(["admin"]));
    let again = credman(
        &home,
        &server,
        &["role", "alice", "--add", "admin", "--remove", "user"],
        "",
    );
    assert_eq!(json(&again)["changed"], false);

    let two = credman(&home, &server, &["role", "alice", "--add", "user"], "");
    assert_exit(&two, 6, "two roles");
    assert!(
        stderr(&two).contains("exactly one role"),
        "{}",
        stderr(&two)
    );
    let other = credman(
        &home,
        &server,
        &["role", "alice", "--add", "operator", "--remove", "admin"],
        "",
    );
    assert_exit(&other, 6, "a role the service does not have");
    assert_exit(
        &credman(&home, &server, &["role", "nobody", "--add", "admin"], ""),
        4,
        "unknown user",
    );

    let admin = credman(
        &home,
        &server,
        &["add", "root2", "--role", "admin", "--password-stdin"],
        "Root12345\n",
    );
    assert_exit(&admin, 0, "add an admin");
    assert_eq!(server.account("root2").unwrap().role, "admin");
}

#[test]
fn server_fault_and_unreachable_service() {
    let (home, server) = (home(), CredmanServer::start());
    let fault = credman(
        &home,
        &server,
        &["add", "fault", "--password-stdin"],
        "Fault1234\n",
    );
    assert_exit(&fault, 1, "HTML error page");
    assert!(stderr(&fault).contains("HTTP 500"), "{}", stderr(&fault));
    assert!(
        stderr(&fault).contains("Internal Server Error"),
        "{}",
        stderr(&fault)
    );
    assert!(
        !stderr(&fault).contains("<h1>"),
        "tags are stripped: {}",
        stderr(&fault)
    );

    // A port that was free a moment ago has nothing listening.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let api = format!("http://127.0.0.1:{port}/v1.1/");
    let output = home.run(&["user", "--backend", "credman", "--api", &api, "list"], "");
    assert_exit(&output, 1, "connection refused");
    assert!(
        stderr(&output).contains(&format!("127.0.0.1:{port}/v1.1/listusers")),
        "{}",
        stderr(&output)
    );
    assert!(stderr(&output).contains("hint:"), "{}", stderr(&output));

    let bad_url = home.run(
        &["user", "--backend", "credman", "--api", "ftp://x/", "list"],
        "",
    );
    assert_exit(&bad_url, 2, "non-HTTP URL");
    let no_url = home.run(&["user", "--backend", "credman", "list"], "");
    assert_exit(&no_url, 2, "no URL");
    assert!(stderr(&no_url).contains("--api"), "{}", stderr(&no_url));
}

#[test]
fn lock_is_not_supported() {
    let (home, server) = (home(), CredmanServer::start());
    let output = credman(&home, &server, &["lock", "alice"], "");
    assert_exit(&output, 2, "lock on credman");
    assert!(
        stderr(&output).contains("not supported by the credman backend"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn backend_from_config() {
    let server = CredmanServer::start();
    let home = home_with(&format!(
        "backend = \"credman\"\ncredman_api = \"{}\"\n",
        server.api()
    ));
    let add = home.run(&["user", "add", "alice", "--password-stdin"], "Alice1234\n");
    assert_exit(&add, 0, "add through the configured backend");
    assert!(server.account("alice").is_some());
    // --backend local overrides the configuration.
    let local = run_json(&home, &["user", "list", "--backend", "local"], "");
    assert_eq!(local["users"].as_array().unwrap().len(), 0);
}

#[test]
fn credman_operations_are_audited_without_passwords() {
    let (home, server) = (home(), CredmanServer::start());
    credman(
        &home,
        &server,
        &["add", "alice", "--password-stdin"],
        "Secret4242\n",
    );
    credman(&home, &server, &["verify", "alice"], "Secret4242\n");
    credman(&home, &server, &["verify", "alice"], "Wrong4242x\n");
    let export = home.run(&["audit", "export"], "");
    let text = stdout(&export);
    let records: Vec<&str> = text.lines().filter(|l| l.contains("user/alice")).collect();
    assert_eq!(records.len(), 3, "{text}");
    assert!(
        records[0].contains("user.add") && records[0].contains("credman"),
        "{}",
        records[0]
    );
    assert!(records[1].contains("\"success\""), "{}", records[1]);
    assert!(records[2].contains("\"failure\""), "{}", records[2]);
    assert!(!contains(text.as_bytes(), "Secret4242"));
    assert!(!contains(
        &users_support::database_bytes(&home),
        "Secret4242"
    ));
}
