//! Hashes from and for real web-server tools: hashes made by Apache's
//! `htpasswd` and `openssl passwd` verify in micadoctl, and the file that
//! `user export --htpasswd` writes is checked by `htpasswd -v` and by a real
//! nginx serving a page under `auth_basic` on 127.0.0.1.

mod common;
mod users_support;

use std::net::{TcpListener, TcpStream};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::{TestHome, require, run_json, stderr, stdout};
use users_support::{add_ok, assert_exit, home, json, verify};

/// Accounts, schemes and passwords written to the exported file.
const EXPORTED: [(&str, &str, &str); 3] = [
    ("alice", "bcrypt", "pa:ss-word1"),
    ("bob", "sha512-crypt", "密码安全测试用户名称验证"),
    ("colon", "bcrypt", "a:b:c:d:e:f"),
];

/// Runs a tool and returns its stdout, failing with its stderr.
fn tool(program: &str, args: &[&str]) -> String {
    let output = Command::new(program)
        .args(args)
        .output()
        .expect("run the tool");
    assert!(
        output.status.success(),
        "{program} {args:?}: {}",
        stderr(&output)
    );
    stdout(&output).trim().to_string()
}

/// Writes a Credential Manager database whose hashes come from real tools.
fn credman_db_with_tool_hashes(dir: &Path) -> PathBuf {
    let erin = tool("htpasswd", &["-nbB", "-C", "4", "erin", "Erin-pass:1"]);
    let frank = tool("htpasswd", &["-nbm", "frank", "Frank-pass-1"]);
    let grace = tool("openssl", &["passwd", "-5", "Grace-pass-1"]);
    let heidi = tool("openssl", &["passwd", "-6", "Heidi-pass-1"]);
    let hashes = [
        ("erin", erin.split_once(':').unwrap().1.to_string()),
        ("frank", frank.split_once(':').unwrap().1.to_string()),
        ("grace", grace),
        ("heidi", heidi),
    ];

    let path = dir.join("tools.db");
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute_batch(
        "CREATE TABLE user (id INTEGER PRIMARY KEY, username VARCHAR(64), email VARCHAR(120),
                            password_hash VARCHAR(256), role INTEGER);",
    )
    .unwrap();
    for (name, hash) in hashes {
        conn.execute(
            "INSERT INTO user (username, email, password_hash, role) VALUES (?1, '', ?2, 0)",
            [name, hash.as_str()],
        )
        .unwrap();
    }
    path
}

/// Builds a store with exportable, non-exportable and locked accounts.
fn exported_home() -> (TestHome, PathBuf) {
    require("htpasswd", "apache2-utils");
    require("openssl", "openssl");
    let home = home();
    for (name, scheme, password) in EXPORTED {
        add_ok(&home, name, password, &["--scheme", scheme]);
    }
    add_ok(&home, "carol", "Carol-pass-1", &[]);
    add_ok(&home, "dave", "Dave-pass-1", &["--scheme", "bcrypt"]);
    run_json(&home, &["user", "lock", "dave"], "");
    let db = credman_db_with_tool_hashes(home.path());
    let import = home.run(
        &["user", "import", "--credman-db", db.to_str().unwrap()],
        "",
    );
    assert_exit(&import, 0, "import tool hashes");

    let file = home.path().join("htpasswd");
    let output = home.run(
        &[
            "-o",
            "json",
            "user",
            "export",
            "--htpasswd",
            file.to_str().unwrap(),
        ],
        "",
    );
    assert_exit(&output, 0, "export");
    let report = json(&output);
    assert_eq!(
        report["exported"],
        serde_json::json!(["alice", "bob", "colon", "erin", "frank", "grace", "heidi"])
    );
    let skipped: Vec<&str> = report["skipped"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert_eq!(skipped, ["carol", "dave"]);
    assert!(
        report["skipped"][0]["reason"]
            .as_str()
            .unwrap()
            .contains("argon2id")
    );
    assert!(
        report["skipped"][1]["reason"]
            .as_str()
            .unwrap()
            .contains("user lock")
    );
    (home, file)
}

/// Returns the accounts of the exported file with their passwords.
fn all_exported() -> Vec<(&'static str, &'static str)> {
    let mut accounts: Vec<(&str, &str)> = EXPORTED.iter().map(|(n, _, p)| (*n, *p)).collect();
    accounts.extend([
        ("erin", "Erin-pass:1"),
        ("frank", "Frank-pass-1"),
        ("grace", "Grace-pass-1"),
        ("heidi", "Heidi-pass-1"),
    ]);
    accounts
}

#[test]
fn tool_hashes_verify_in_micadoctl() {
    require("htpasswd", "apache2-utils");
    require("openssl", "openssl");
    let home = home();
    let db = credman_db_with_tool_hashes(home.path());
    assert_exit(
        &home.run(
            &["user", "import", "--credman-db", db.to_str().unwrap()],
            "",
        ),
        0,
        "import",
    );

    let schemes = [
        ("erin", "bcrypt"),
        ("frank", "apr1"),
        ("grace", "sha256-crypt"),
        ("heidi", "sha512-crypt"),
    ];
    for (name, scheme) in schemes {
        assert_eq!(
            run_json(&home, &["user", "show", name], "")["scheme"],
            scheme,
            "{name}"
        );
    }
    for (name, password) in all_exported().into_iter().skip(EXPORTED.len()) {
        assert_eq!(
            verify(&home, name, "Wrong-pass-1"),
            3,
            "{name} wrong password"
        );
        assert_eq!(verify(&home, name, password), 0, "{name}");
    }
    // apr1 and $5$ are re-hashed; bcrypt and $6$ stay for web servers.
    let after: Vec<String> = ["erin", "frank", "grace", "heidi"]
        .iter()
        .map(|name| {
            run_json(&home, &["user", "show", name], "")["scheme"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(after, ["bcrypt", "argon2id", "argon2id", "sha512-crypt"]);
}

#[test]
fn exported_file_passes_htpasswd_verify() {
    let (_home, file) = exported_home();
    let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(
        text.lines().any(|l| l.starts_with("alice:$2y$04$")),
        "{text}"
    );
    assert!(!text.contains("carol"), "{text}");

    let path = file.to_str().unwrap();
    for (name, password) in all_exported() {
        let right = Command::new("htpasswd")
            .args(["-vb", path, name, password])
            .output()
            .unwrap();
        assert!(
            right.status.success(),
            "htpasswd -v {name}: {}",
            stderr(&right)
        );
        let wrong = Command::new("htpasswd")
            .args(["-vb", path, name, "Wrong-pass-1"])
            .output()
            .unwrap();
        assert!(
            !wrong.status.success(),
            "htpasswd -v {name} accepted a wrong password"
        );
    }
}

/// An nginx started for one test, stopped by its PID when dropped.
struct Nginx {
    child: Child,
    port: u16,
    dir: tempfile::TempDir,
}

impl Nginx {
    fn start(htpasswd: &Path) -> Nginx {
        require("nginx", "nginx");
        let dir = tempfile::Builder::new()
            .prefix(&format!("micadoctl-users-nginx-{}-", std::process::id()))
            .tempdir()
            .unwrap();
        std::fs::create_dir(dir.path().join("www")).unwrap();
        std::fs::write(dir.path().join("www/index.html"), "protected page\n").unwrap();
        let port = free_port();
        let d = dir.path().display();
        // master_process off: one process, the test's own user, reads the
        // 0600 htpasswd file; daemon off keeps it under the test's control.
        let config = format!(
            "daemon off;
master_process off;
pid {d}/nginx.pid;
error_log {d}/error.log;
events {{}}
http {{
    access_log {d}/access.log;
    client_body_temp_path {d}/body;
    proxy_temp_path {d}/proxy;
    fastcgi_temp_path {d}/fastcgi;
    uwsgi_temp_path {d}/uwsgi;
    scgi_temp_path {d}/scgi;
    server {{
        listen 127.0.0.1:{port};
        root {d}/www;
        location / {{
            auth_basic \"micadoctl test\";
            auth_basic_user_file {};
        }}
    }}
}}
",
            htpasswd.display()
        );
        let config_path = dir.path().join("nginx.conf");
        std::fs::write(&config_path, config).unwrap();
        let child = Command::new("nginx")
            .arg("-p")
            .arg(dir.path())
            .arg("-e")
            .arg(dir.path().join("error.log"))
            .arg("-c")
            .arg(&config_path)
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start nginx");
        let nginx = Nginx { child, port, dir };
        nginx.wait_ready();
        nginx
    }

    fn wait_ready(&self) {
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if TcpStream::connect(("127.0.0.1", self.port)).is_ok() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let log = std::fs::read_to_string(self.dir.path().join("error.log")).unwrap_or_default();
        panic!(
            "nginx did not listen on 127.0.0.1:{} within 10 s: {log}",
            self.port
        );
    }

    /// Returns the HTTP status of a GET with basic auth, fetched with curl.
    fn status(&self, user: &str, password: &str) -> String {
        let url = format!("http://127.0.0.1:{}/index.html", self.port);
        let output = Command::new("curl")
            .args([
                "--silent",
                "--output",
                "/dev/null",
                "--write-out",
                "%{http_code}",
                "--noproxy",
                "*",
            ])
            .args(["--user", &format!("{user}:{password}"), &url])
            .output()
            .expect("run curl");
        stdout(&output)
    }
}

impl Drop for Nginx {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

#[test]
fn nginx_auth_basic_accepts_exported_file() {
    require("curl", "curl");
    let (_home, file) = exported_home();
    let nginx = Nginx::start(&file);
    for (name, password) in all_exported() {
        assert_eq!(
            nginx.status(name, password),
            "200",
            "{name} with the right password"
        );
        assert_eq!(
            nginx.status(name, "Wrong-pass-1"),
            "401",
            "{name} with a wrong password"
        );
    }
    assert_eq!(
        nginx.status("carol", "Carol-pass-1"),
        "401",
        "an argon2id account is not exported"
    );
    assert_eq!(
        nginx.status("dave", "Dave-pass-1"),
        "401",
        "a locked account is not exported"
    );
}

#[test]
fn export_writes_through_links() {
    let home = home();
    add_ok(&home, "alice", "Alice-pass-1", &["--scheme", "bcrypt"]);
    let target = home.path().join("target-htpasswd");
    std::fs::write(&target, "old contents\n").unwrap();
    let to_file = home.path().join("link-to-file");
    std::os::unix::fs::symlink(&target, &to_file).unwrap();
    // A link to a device stands for /dev/stdout, which is a link as well.
    let to_device = home.path().join("link-to-device");
    std::os::unix::fs::symlink("/dev/null", &to_device).unwrap();

    for link in [&to_file, &to_device] {
        let output = home.run(
            &["user", "export", "--htpasswd", link.to_str().unwrap()],
            "",
        );
        assert_exit(&output, 0, "export through a link");
        let kind = std::fs::symlink_metadata(link).unwrap().file_type();
        assert!(kind.is_symlink(), "{} was replaced", link.display());
    }
    let written = std::fs::read_to_string(&target).unwrap();
    assert!(written.starts_with("alice:$2y$"), "{written}");
}
