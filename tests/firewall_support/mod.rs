//! Network namespaces for the packet filter tests: a "master" namespace
//! where micadoctl applies rules and a "client" namespace joined to it by a
//! veth pair carrying documentation addresses only.
//!
//! Names start with `mctfw` (namespaces) or `mf` (interfaces) and carry the
//! test process's id, so parallel tests and other suites never collide. The
//! namespaces are deleted on drop, also when a test fails.

use std::path::Path;
use std::process::{Child, Command, Output, Stdio};

use crate::common::{TestHome, bin, require};

/// Fails the test unless it runs as root with the tools it needs.
pub fn require_root_tools() {
    assert!(
        nix::unistd::geteuid().is_root(),
        "the packet filter tests create network namespaces and need root; run them as root (scripts/test does)"
    );
    require("ip", "iproute2");
    require("nft", "nftables");
    require("iptables-restore", "iptables");
    require("socat", "socat");
}

/// A network namespace, deleted on drop.
pub struct Netns {
    /// The namespace name.
    pub name: String,
}

impl Netns {
    /// Creates namespace `mctfw<pid><tag>` with its loopback up.
    pub fn new(tag: &str) -> Netns {
        let name = format!("mctfw{}{tag}", std::process::id());
        run_ok("ip", &["netns", "add", &name]);
        let netns = Netns { name };
        netns.run_ok("ip", &["link", "set", "lo", "up"]);
        netns
    }

    /// Builds `ip netns exec NAME program`.
    pub fn command(&self, program: &str) -> Command {
        let mut command = Command::new("ip");
        command.args(["netns", "exec", &self.name, program]);
        command
    }

    /// Runs a program inside the namespace.
    pub fn run(&self, program: &str, args: &[&str]) -> Output {
        self.command(program)
            .args(args)
            .output()
            .expect("run ip netns exec")
    }

    /// Runs a program inside the namespace and fails the test unless it succeeds.
    pub fn run_ok(&self, program: &str, args: &[&str]) -> String {
        let output = self.run(program, args);
        assert!(
            output.status.success(),
            "{program} {args:?} in {} failed: {}",
            self.name,
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8_lossy(&output.stdout).into_owned()
    }

    /// Runs micadoctl with `home` inside the namespace.
    pub fn micadoctl(&self, home: &TestHome, args: &[&str]) -> Output {
        let binary = bin();
        self.command(binary.to_str().unwrap())
            .env_remove("MICADOCTL_HOME")
            .env_remove("MICADOCTL_IDENTITY")
            .env_remove("MICADOCTL_PASSPHRASE_FILE")
            .env_remove("MICADOCTL_PROFILE")
            .env("NO_COLOR", "1")
            .arg("--home")
            .arg(home.path())
            .args(args)
            .stdin(Stdio::null())
            .output()
            .expect("run micadoctl in the namespace")
    }
}

impl Drop for Netns {
    fn drop(&mut self) {
        let _ = Command::new("ip")
            .args(["netns", "del", &self.name])
            .output();
    }
}

fn run_ok(program: &str, args: &[&str]) {
    let output = Command::new(program)
        .args(args)
        .output()
        .unwrap_or_else(|e| {
            panic!("cannot run {program}: {e}; install iproute2 (scripts/test does)")
        });
    assert!(
        output.status.success(),
        "{program} {args:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// Addresses of the master and the client on their shared link. The
/// client's `allowed` addresses are in the test policies' allow lists, the
/// `other` ones are not.
pub mod addr {
    pub const MASTER_ALLOWED_V4: &str = "203.0.113.1";
    pub const CLIENT_ALLOWED_V4: &str = "203.0.113.10";
    pub const MASTER_OTHER_V4: &str = "198.51.100.1";
    pub const CLIENT_OTHER_V4: &str = "198.51.100.10";
    pub const MASTER_ALLOWED_V6: &str = "2001:db8:1::1";
    pub const CLIENT_ALLOWED_V6: &str = "2001:db8:1::10";
    pub const MASTER_OTHER_V6: &str = "2001:db8:2::1";
    pub const CLIENT_OTHER_V6: &str = "2001:db8:2::10";
}

/// A master and a client namespace joined by a veth pair.
pub struct Link {
    /// Where rules are applied and the server listens.
    pub master: Netns,
    /// Where connections come from.
    pub client: Netns,
    server: Option<Child>,
}

impl Link {
    /// Creates both namespaces and the veth pair with its addresses.
    pub fn new(tag: &str) -> Link {
        let master = Netns::new(&format!("{tag}m"));
        let client = Netns::new(&format!("{tag}c"));
        let master_if = format!("mf{}{tag}m", std::process::id());
        let client_if = format!("mf{}{tag}c", std::process::id());
        assert!(
            master_if.len() <= 15,
            "interface name {master_if} is too long"
        );
        master.run_ok(
            "ip",
            &[
                "link",
                "add",
                &master_if,
                "type",
                "veth",
                "peer",
                "name",
                &client_if,
                "netns",
                &client.name,
            ],
        );
        for (netns, interface, addresses) in [
            (
                &master,
                &master_if,
                [
                    addr::MASTER_ALLOWED_V4,
                    addr::MASTER_OTHER_V4,
                    addr::MASTER_ALLOWED_V6,
                    addr::MASTER_OTHER_V6,
                ],
            ),
            (
                &client,
                &client_if,
                [
                    addr::CLIENT_ALLOWED_V4,
                    addr::CLIENT_OTHER_V4,
                    addr::CLIENT_ALLOWED_V6,
                    addr::CLIENT_OTHER_V6,
                ],
            ),
        ] {
            for address in addresses {
                let prefix = if address.contains(':') { "64" } else { "24" };
                let with_prefix = format!("{address}/{prefix}");
                let mut args = vec!["addr", "add", &with_prefix, "dev", interface.as_str()];
                if address.contains(':') {
                    // Skips duplicate address detection, which would delay
                    // the first IPv6 connection by a second or two.
                    args.push("nodad");
                }
                netns.run_ok("ip", &args);
            }
            netns.run_ok("ip", &["link", "set", interface, "up"]);
        }
        Link {
            master,
            client,
            server: None,
        }
    }

    /// Starts an echo server on `port` (IPv4 and IPv6) in the master namespace.
    pub fn start_echo_server(&mut self, port: u16) {
        let listen = format!("TCP6-LISTEN:{port},ipv6only=0,reuseaddr,fork");
        let child = self
            .master
            .command("socat")
            .args([listen.as_str(), "PIPE"])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start socat");
        self.server = Some(child);
        for _ in 0..50 {
            let listening = self.master.run_ok("ss", &["-ltnH"]);
            if listening.contains(&format!(":{port}")) {
                return;
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        panic!("the echo server did not start listening on port {port}");
    }

    /// Connects from `source` to `target` port `port`, sends a line and
    /// returns whether it came back.
    pub fn echo(&self, source: &str, target: &str, port: u16) -> bool {
        let (family, target, source) = if target.contains(':') {
            ("TCP6", format!("[{target}]"), format!("[{source}]"))
        } else {
            ("TCP4", target.to_string(), source.to_string())
        };
        let address = format!("{family}:{target}:{port},bind={source},connect-timeout=2");
        let output = self
            .client
            .command("socat")
            .args(["-T", "3", "-", &address])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .and_then(|mut child| {
                use std::io::Write;
                child.stdin.take().unwrap().write_all(b"hello\n")?;
                child.wait_with_output()
            })
            .expect("run socat");
        String::from_utf8_lossy(&output.stdout) == "hello\n"
    }

    /// Opens a connection that stays open, for tests of established
    /// connections.
    pub fn connect(&self, source: &str, target: &str, port: u16) -> Connection {
        let address = format!("TCP4:{target}:{port},bind={source},connect-timeout=2");
        let child = self
            .client
            .command("socat")
            .args(["-T", "10", "-", &address])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("run socat");
        Connection { child }
    }
}

impl Drop for Link {
    fn drop(&mut self) {
        if let Some(mut server) = self.server.take() {
            let _ = server.kill();
            let _ = server.wait();
        }
    }
}

/// A client connection driven line by line.
pub struct Connection {
    child: Child,
}

impl Connection {
    /// Sends `line` and returns whether the server echoed it back.
    pub fn round_trip(&mut self, line: &str) -> bool {
        use std::io::{BufRead, BufReader, Write};

        let stdin = self.child.stdin.as_mut().unwrap();
        if stdin.write_all(format!("{line}\n").as_bytes()).is_err() || stdin.flush().is_err() {
            return false;
        }
        let stdout = self.child.stdout.as_mut().unwrap();
        let mut reply = String::new();
        // One byte at a time, so that the reader keeps nothing buffered
        // between round trips.
        let mut reader = BufReader::with_capacity(1, stdout);
        reader.read_line(&mut reply).is_ok() && reply == format!("{line}\n")
    }
}

impl Drop for Connection {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Writes `text` as `name` in the test home and returns its path.
pub fn policy_file(home: &TestHome, name: &str, text: &str) -> std::path::PathBuf {
    let path = home.path().join(name);
    std::fs::write(&path, text).unwrap();
    path
}

/// Returns the path as text.
pub fn text(path: &Path) -> &str {
    path.to_str().unwrap()
}
