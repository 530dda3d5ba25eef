//! Two strongSwan peers in network namespaces, configured only with what
//! `ca export --format swanctl` and `ca config` write. The IKE SA must come
//! up with both certificates. A revoked certificate and a certificate of
//! another CA must be rejected, and packets must cross the IPsec SA.
//!
//! Needs root (namespaces, veth, tmpfs mounts). Each charon runs in its own
//! network namespace and, through `unshare --mount`, with a private `/run`,
//! because charon writes its pid file to the fixed path /var/run/charon.pid.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::{TestHome, require, run_json, stderr, stdout};

const MASTER_ADDRESS: &str = "192.0.2.1";
const WORKER_ADDRESS: &str = "192.0.2.2";
/// Inner addresses of the tunnel-mode data path test.
const MASTER_INNER: &str = "198.51.100.1";
const WORKER_INNER: &str = "198.51.100.2";

const CHARON: &str = "/usr/lib/ipsec/charon";

/// Plugins charon loads: crypto (openssl, gcm), certificates and
/// revocation, the kernel interface, sockets and the vici control socket.
const PLUGINS: &str = "random nonce openssl pem pkcs1 pkcs8 x509 revocation constraints pubkey \
                       gcm aes sha1 sha2 hmac kdf kernel-netlink socket-default vici";

fn run(program: &str, args: &[&str]) -> std::process::Output {
    Command::new(program)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {program}: {e}"))
}

fn check(program: &str, args: &[&str]) -> String {
    let output = run(program, args);
    assert!(
        output.status.success(),
        "{program} {args:?} failed: {}{}",
        stdout(&output),
        stderr(&output)
    );
    stdout(&output)
}

/// Two namespaces joined by a veth pair; deleted on drop.
struct Network {
    master: String,
    worker: String,
}

impl Network {
    fn create(tag: &str) -> Network {
        let prefix = format!("mctpki{}{tag}", std::process::id());
        let network = Network {
            master: format!("{prefix}a"),
            worker: format!("{prefix}b"),
        };
        for ns in [&network.master, &network.worker] {
            let output = run("ip", &["netns", "add", ns]);
            assert!(
                output.status.success(),
                "cannot create network namespace {ns} (the test must run as root): {}",
                stderr(&output)
            );
        }
        check(
            "ip",
            &[
                "link",
                "add",
                &network.master,
                "type",
                "veth",
                "peer",
                "name",
                &network.worker,
            ],
        );
        network.setup(&network.master, MASTER_ADDRESS, MASTER_INNER);
        network.setup(&network.worker, WORKER_ADDRESS, WORKER_INNER);
        network
    }

    /// Moves the veth end named like `ns` into `ns` and gives it `address`;
    /// `inner` goes on the loopback device for the tunnel test.
    fn setup(&self, ns: &str, address: &str, inner: &str) {
        check("ip", &["link", "set", ns, "netns", ns]);
        check(
            "ip",
            &["-n", ns, "addr", "add", &format!("{address}/24"), "dev", ns],
        );
        check(
            "ip",
            &["-n", ns, "addr", "add", &format!("{inner}/32"), "dev", "lo"],
        );
        check("ip", &["-n", ns, "link", "set", ns, "up"]);
        check("ip", &["-n", ns, "link", "set", "lo", "up"]);
    }

    /// Returns whether the kernel accepts an ESP SA, probed in the master's namespace.
    fn kernel_has_esp(&self) -> bool {
        let output = run(
            "ip",
            &[
                "-n",
                &self.master,
                "xfrm",
                "state",
                "add",
                "src",
                MASTER_ADDRESS,
                "dst",
                WORKER_ADDRESS,
                "proto",
                "esp",
                "spi",
                "0x4d430001",
                "mode",
                "transport",
                "enc",
                "cbc(aes)",
                "0x000102030405060708090a0b0c0d0e0f",
                "auth",
                "hmac(sha256)",
                "0x000102030405060708090a0b0c0d0e0f000102030405060708090a0b0c0d0e0f",
            ],
        );
        if output.status.success() {
            check("ip", &["-n", &self.master, "xfrm", "state", "flush"]);
        }
        output.status.success()
    }
}

impl Drop for Network {
    fn drop(&mut self) {
        // Deleting a namespace removes its end of the veth pair and with it the peer.
        for ns in [&self.master, &self.worker] {
            let _ = run("ip", &["netns", "del", ns]);
        }
    }
}

/// One charon with its own strongswan.conf, vici socket and log; stopped on drop.
struct Charon {
    dir: PathBuf,
    ns: String,
    child: Option<Child>,
}

impl Charon {
    fn start(dir: &Path, ns: &str, userspace_ipsec: bool) -> Charon {
        let plugins = if userspace_ipsec {
            // kernel-libipsec must come before kernel-netlink to carry ESP in user space.
            PLUGINS.replace("kernel-netlink", "kernel-libipsec kernel-netlink")
        } else {
            PLUGINS.to_string()
        };
        let conf = format!(
            "charon {{\n    load_modular = no\n    load = {plugins}\n    install_routes = {routes}\n    \
             plugins {{\n        vici {{\n            socket = unix://{socket}\n        }}\n    }}\n    \
             filelog {{\n        log {{\n            path = {log}\n            flush_line = yes\n            default = 1\n            ike = 2\n            cfg = 2\n        }}\n    }}\n}}\n",
            routes = if userspace_ipsec { "yes" } else { "no" },
            socket = dir.join("charon.vici").display(),
            log = dir.join("charon.log").display(),
        );
        std::fs::write(dir.join("strongswan.conf"), conf).unwrap();
        let child = Command::new("ip")
            .args(["netns", "exec", ns, "unshare", "--mount", "sh", "-c"])
            .arg(format!("mount -t tmpfs tmpfs /run && exec {CHARON}"))
            .env("STRONGSWAN_CONF", dir.join("strongswan.conf"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start charon in {ns}: {e}"));
        let charon = Charon {
            dir: dir.to_path_buf(),
            ns: ns.to_string(),
            child: Some(child),
        };
        charon.wait_for_socket();
        charon
    }

    fn wait_for_socket(&self) {
        let socket = self.dir.join("charon.vici");
        let start = Instant::now();
        while !socket.exists() {
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "charon in {} did not open {} within 10 s; log:\n{}",
                self.ns,
                socket.display(),
                self.log()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn log(&self) -> String {
        std::fs::read_to_string(self.dir.join("charon.log")).unwrap_or_default()
    }

    fn swanctl(&self, args: &[&str]) -> std::process::Output {
        let uri = format!("unix://{}", self.dir.join("charon.vici").display());
        Command::new("ip")
            .args(["netns", "exec", &self.ns, "swanctl"])
            .args(args)
            .args(["--uri", &uri])
            .env("STRONGSWAN_CONF", self.dir.join("strongswan.conf"))
            .output()
            .expect("run swanctl")
    }

    fn load_all(&self) {
        let conf = self.dir.join("swanctl/swanctl.conf");
        let output = self.swanctl(&["--load-all", "--file", conf.to_str().unwrap()]);
        assert!(
            output.status.success(),
            "swanctl --load-all in {}: {}{}",
            self.ns,
            stdout(&output),
            stderr(&output)
        );
    }

    fn list_sas(&self) -> String {
        stdout(&self.swanctl(&["--list-sas"]))
    }

    /// Waits until `--list-sas` contains `text`; returns the listing.
    fn wait_for_sa(&self, text: &str) -> String {
        let start = Instant::now();
        loop {
            let sas = self.list_sas();
            if sas.contains(text) {
                return sas;
            }
            assert!(
                start.elapsed() < Duration::from_secs(15),
                "no \"{text}\" in the SAs of {} after 15 s:\n{sas}\nlog:\n{}",
                self.ns,
                self.log()
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

impl Drop for Charon {
    fn drop(&mut self) {
        // `ip netns exec`, unshare and sh all exec, so the child's pid is charon's.
        if let Some(mut child) = self.child.take() {
            let pid = nix::unistd::Pid::from_raw(child.id() as i32);
            let _ = nix::sys::signal::kill(pid, nix::sys::signal::Signal::SIGTERM);
            let start = Instant::now();
            while start.elapsed() < Duration::from_secs(5) {
                if let Ok(Some(_)) = child.try_wait() {
                    return;
                }
                std::thread::sleep(Duration::from_millis(50));
            }
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

fn require_tools() {
    require("ip", "iproute2");
    require("unshare", "util-linux");
    require("swanctl", "strongswan-swanctl");
    require("ping", "iputils-ping");
    assert!(
        Path::new(CHARON).is_file(),
        "{CHARON} is not installed; run scripts/test, or `apt-get install strongswan-charon libstrongswan-standard-plugins`"
    );
}

/// Exports `name` into `dir/swanctl` and writes the configuration of `ca config ARGS` there.
fn prepare_peer(home: &TestHome, dir: &Path, name: &str, config: &[&str]) {
    let swanctl = dir.join("swanctl");
    std::fs::create_dir_all(&swanctl).unwrap();
    run_json(
        home,
        &[
            "ca",
            "export",
            name,
            "--format",
            "swanctl",
            swanctl.to_str().unwrap(),
        ],
        "",
    );
    let mut args = vec!["ca", "config"];
    args.extend_from_slice(config);
    let conf = swanctl.join("swanctl.conf");
    args.extend_from_slice(&["--out", conf.to_str().unwrap()]);
    run_json(home, &args, "");
}

fn issue(home: &TestHome, args: &[&str]) -> String {
    let mut all = vec!["ca", "issue"];
    all.extend_from_slice(args);
    let doc = run_json(home, &all, "");
    doc["certificate"]["sans"][0].as_str().unwrap().to_string()
}

#[test]
fn ike_sa_authenticates_and_revocation_blocks() {
    require_tools();
    let home = TestHome::initialised();
    run_json(&home, &["ca", "init"], "");
    let master_id = issue(&home, &["master", "--cert-profile", "master"]);
    let worker_id = issue(&home, &["worker"]);
    let scratch = tempfile::tempdir().unwrap();
    let (master_dir, worker_dir) = (scratch.path().join("master"), scratch.path().join("worker"));
    prepare_peer(
        &home,
        &master_dir,
        "master",
        &["master", "--master-address", MASTER_ADDRESS],
    );
    prepare_peer(
        &home,
        &worker_dir,
        "worker",
        &["worker", "--master-address", MASTER_ADDRESS],
    );

    let network = Network::create("i");
    let master = Charon::start(&master_dir, &network.master, false);
    let worker = Charon::start(&worker_dir, &network.worker, false);
    master.load_all();
    worker.load_all();

    let sas = master.wait_for_sa("ESTABLISHED");
    assert!(
        sas.contains(&format!("local  '{master_id}' @ {MASTER_ADDRESS}")),
        "{sas}"
    );
    assert!(
        sas.contains(&format!("remote '{worker_id}' @ {WORKER_ADDRESS}")),
        "{sas}"
    );
    let sas = worker.wait_for_sa("ESTABLISHED");
    assert!(
        sas.contains(&format!("local  '{worker_id}' @ {WORKER_ADDRESS}")),
        "{sas}"
    );
    assert!(
        sas.contains(&format!("remote '{master_id}' @ {MASTER_ADDRESS}")),
        "{sas}"
    );
    assert!(
        sas.contains("AES_GCM_16-256/PRF_HMAC_SHA2_384/ECP_384"),
        "{sas}"
    );
    assert!(
        master
            .log()
            .contains(&format!("authentication of '{worker_id}' with ECDSA")),
        "{}",
        master.log()
    );

    // Revoke the worker, publish the CRL to the master, and try again.
    run_json(
        &home,
        &["ca", "revoke", "worker", "--reason", "key-compromise"],
        "",
    );
    run_json(&home, &["ca", "crl"], "");
    prepare_peer(
        &home,
        &master_dir,
        "master",
        &["master", "--master-address", MASTER_ADDRESS],
    );
    assert!(master_dir.join("swanctl/x509crl/micado.crl").is_file());
    let loaded = master.swanctl(&[
        "--load-creds",
        "--file",
        master_dir.join("swanctl/swanctl.conf").to_str().unwrap(),
    ]);
    assert!(
        stdout(&loaded).contains("micado.crl"),
        "{}",
        stdout(&loaded)
    );
    let terminated = worker.swanctl(&["--terminate", "--ike", "iptunnel"]);
    assert!(terminated.status.success(), "{}", stderr(&terminated));
    let initiated = worker.swanctl(&["--initiate", "--ike", "iptunnel", "--timeout", "10"]);
    assert!(
        !initiated.status.success(),
        "a revoked worker was accepted: {}",
        stdout(&initiated)
    );
    assert!(
        stdout(&initiated).contains("AUTHENTICATION_FAILED"),
        "{}",
        stdout(&initiated)
    );
    assert!(
        master.log().contains("certificate was revoked"),
        "{}",
        master.log()
    );
    assert!(
        !master.list_sas().contains("ESTABLISHED"),
        "{}",
        master.list_sas()
    );

    // A certificate from another CA, with the name the master expects.
    let other = TestHome::initialised();
    run_json(&other, &["ca", "init", "--name", "micado"], "");
    issue(&other, &["worker", "--san", &worker_id]);
    prepare_peer(
        &other,
        &worker_dir,
        "worker",
        &[
            "worker",
            "--master-address",
            MASTER_ADDRESS,
            "--remote-id",
            &master_id,
        ],
    );
    let reloaded = worker.swanctl(&[
        "--load-all",
        "--file",
        worker_dir.join("swanctl/swanctl.conf").to_str().unwrap(),
    ]);
    assert!(reloaded.status.success(), "{}", stderr(&reloaded));
    let initiated = worker.swanctl(&["--initiate", "--ike", "iptunnel", "--timeout", "10"]);
    assert!(
        !initiated.status.success(),
        "a foreign CA was accepted: {}",
        stdout(&initiated)
    );
    assert!(
        !master.list_sas().contains("ESTABLISHED"),
        "{}",
        master.list_sas()
    );
    assert!(
        master.log().contains("no trusted") || master.log().contains("no issuer certificate found"),
        "{}",
        master.log()
    );
}

#[test]
fn packets_cross_ipsec_sa() {
    require_tools();
    let home = TestHome::initialised();
    run_json(&home, &["ca", "init"], "");
    issue(&home, &["master", "--cert-profile", "master"]);
    issue(&home, &["worker"]);
    let scratch = tempfile::tempdir().unwrap();
    let (master_dir, worker_dir) = (scratch.path().join("master"), scratch.path().join("worker"));
    let network = Network::create("d");

    if network.kernel_has_esp() {
        println!("data path: kernel ESP in transport mode");
        prepare_peer(
            &home,
            &master_dir,
            "master",
            &["master", "--master-address", MASTER_ADDRESS],
        );
        prepare_peer(
            &home,
            &worker_dir,
            "worker",
            &["worker", "--master-address", MASTER_ADDRESS],
        );
        let master = Charon::start(&master_dir, &network.master, false);
        let worker = Charon::start(&worker_dir, &network.worker, false);
        master.load_all();
        worker.load_all();
        worker.wait_for_sa("INSTALLED, TRANSPORT");
        check(
            "ip",
            &[
                "netns",
                "exec",
                &network.worker,
                "ping",
                "-c",
                "3",
                "-W",
                "2",
                MASTER_ADDRESS,
            ],
        );
        let states = check("ip", &["-n", &network.master, "-s", "xfrm", "state"]);
        assert!(states.contains("proto esp"), "{states}");
        assert!(
            !states.contains(" 0(bytes), 0(packets)"),
            "no ESP traffic counted:\n{states}"
        );
    } else {
        println!("data path: kernel has no ESP; kernel-libipsec in tunnel mode over TUN");
        let tunnel = |local: &str, remote: &str| {
            vec![
                "--mode".to_string(),
                "tunnel".into(),
                "--local-ts".into(),
                format!("{local}/32"),
                "--remote-ts".into(),
                format!("{remote}/32"),
            ]
        };
        let master_args = [
            vec![
                "master".to_string(),
                "--master-address".into(),
                MASTER_ADDRESS.into(),
            ],
            tunnel(MASTER_INNER, WORKER_INNER),
        ]
        .concat();
        let worker_args = [
            vec![
                "worker".to_string(),
                "--master-address".into(),
                MASTER_ADDRESS.into(),
            ],
            tunnel(WORKER_INNER, MASTER_INNER),
        ]
        .concat();
        prepare_peer(&home, &master_dir, "master", &as_strs(&master_args));
        prepare_peer(&home, &worker_dir, "worker", &as_strs(&worker_args));
        let master = Charon::start(&master_dir, &network.master, true);
        let worker = Charon::start(&worker_dir, &network.worker, true);
        master.load_all();
        worker.load_all();
        worker.wait_for_sa("INSTALLED, TUNNEL");
        let ping = check(
            "ip",
            &[
                "netns",
                "exec",
                &network.worker,
                "ping",
                "-c",
                "3",
                "-W",
                "2",
                "-I",
                WORKER_INNER,
                MASTER_INNER,
            ],
        );
        assert!(ping.contains("3 received"), "{ping}");
        let sas = master.list_sas();
        assert!(sas.contains("ESP:AES_GCM_16-256"), "{sas}");
        assert!(
            sas.contains("3 packets"),
            "the ping did not go through the SA:\n{sas}"
        );
    }
}

fn as_strs(values: &[String]) -> Vec<&str> {
    values.iter().map(String::as_str).collect()
}
