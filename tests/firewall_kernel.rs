//! The packet filter on the real kernel, inside network namespaces that the
//! tests create: `firewall check` with nft and iptables-restore, `apply`,
//! `confirm`, `rollback` and `diff`, and traffic over a veth pair that shows
//! what the applied rules let through.
//!
//! micadoctl runs inside the namespaces (`ip netns exec`), so nothing here
//! reads or changes the host's own rules.

mod common;
mod firewall_support;

use std::time::{Duration, Instant};

use common::{TestHome, data, stderr, stdout};
use firewall_support::{Link, Netns, addr, policy_file, require_root_tools, text};

const PORT: u16 = 2222;

/// Management on PORT from the "allowed" client addresses only.
fn allow_policy() -> String {
    format!(
        "preset: none
management:
  - name: admin
    port: {PORT}/tcp
    allow: [203.0.113.0/24, 2001:db8:1::/64]
log: {{prefix: \"mctfw drop: \", rate: 100/minute}}
"
    )
}

/// Management on PORT from a network the client is not in.
fn other_policy() -> String {
    format!(
        "preset: none
management:
  - name: admin
    port: {PORT}/tcp
    allow: [192.0.2.0/24]
"
    )
}

fn assert_ok(output: &std::process::Output, step: &str) -> String {
    assert!(
        output.status.success(),
        "{step} failed ({:?}): {}",
        output.status.code(),
        stderr(output)
    );
    stdout(output)
}

#[test]
fn check_accepts_presets() {
    require_root_tools();
    let netns = Netns::new("k");
    let home = TestHome::empty();
    for preset in ["kubeadm", "k3s"] {
        let policy = data(&format!("firewall/preset-{preset}.yml"));
        for args in [
            vec!["--format", "nft"],
            vec!["--format", "iptables"],
            vec!["--format", "iptables", "--backend", "legacy"],
        ] {
            let mut command = vec!["firewall", "check", text(&policy)];
            command.extend(&args);
            let output = netns.micadoctl(&home, &command);
            let printed = assert_ok(&output, &format!("check {preset} {args:?}"));
            assert!(printed.starts_with("valid: "), "{printed}");
        }
    }
    let iptables = netns.micadoctl(
        &home,
        &[
            "--output",
            "json",
            "firewall",
            "check",
            text(&data("firewall/restricted.yml")),
            "--format",
            "iptables",
        ],
    );
    let report: serde_json::Value =
        serde_json::from_str(&assert_ok(&iptables, "check --output json")).unwrap();
    assert_eq!(report["backend"], "nf_tables");
    assert_eq!(report["commands"].as_array().unwrap().len(), 2);
}

#[test]
fn check_rejection_names_policy_line() {
    require_root_tools();
    let netns = Netns::new("e");
    let home = TestHome::empty();
    let policy = policy_file(
        &home,
        "typo.yml",
        "preset: none\nrules:\n  - {action: accept, proto: icmp, icmp_type: echo-requestx}\n",
    );
    for format in ["nft", "iptables"] {
        let output = netns.micadoctl(
            &home,
            &["firewall", "check", text(&policy), "--format", format],
        );
        assert_eq!(
            output.status.code(),
            Some(6),
            "{format}: {}",
            stderr(&output)
        );
        // The type is checked while parsing, before any tool runs.
        let message = stderr(&output);
        assert!(
            message.contains("typo.yml:3, field rules[0].icmp_type"),
            "{format}: {message}"
        );
        assert!(message.contains("\"echo-requestx\""), "{format}: {message}");
    }
}

#[test]
fn traffic_filtered_as_declared() {
    require_root_tools();
    for format in ["nft", "iptables"] {
        let mut link = Link::new(if format == "nft" { "n" } else { "i" });
        link.start_echo_server(PORT);
        let home = TestHome::initialised();
        let policy = policy_file(&home, "allow.yml", &allow_policy());

        assert!(
            link.echo(addr::CLIENT_OTHER_V4, addr::MASTER_OTHER_V4, PORT),
            "{format}: no connection before apply"
        );
        let output = link.master.micadoctl(
            &home,
            &[
                "firewall",
                "apply",
                text(&policy),
                "--format",
                format,
                "--no-confirm",
            ],
        );
        let printed = assert_ok(&output, "apply");
        if format == "iptables" {
            assert!(printed.contains("iptables backend nf_tables"), "{printed}");
        }

        assert!(
            link.echo(addr::CLIENT_ALLOWED_V4, addr::MASTER_ALLOWED_V4, PORT),
            "{format}: allowed IPv4 source rejected"
        );
        assert!(
            !link.echo(addr::CLIENT_OTHER_V4, addr::MASTER_OTHER_V4, PORT),
            "{format}: other IPv4 source let through"
        );
        // IPv6 needs neighbour discovery through the filter in both directions.
        assert!(
            link.echo(addr::CLIENT_ALLOWED_V6, addr::MASTER_ALLOWED_V6, PORT),
            "{format}: allowed IPv6 source rejected"
        );
        assert!(
            !link.echo(addr::CLIENT_OTHER_V6, addr::MASTER_OTHER_V6, PORT),
            "{format}: other IPv6 source let through"
        );
        let neighbours = link.master.run_ok("ip", &["-6", "neigh", "show"]);
        assert!(
            neighbours.contains(addr::CLIENT_ALLOWED_V6),
            "{format}: no IPv6 neighbour entry: {neighbours}"
        );

        assert!(
            logged_packets(&link.master, format) > 0,
            "{format}: the log rule did not count the dropped connection"
        );
    }
}

/// Returns the packets the log rule counted.
fn logged_packets(master: &Netns, format: &str) -> u64 {
    let (listing, marker) = if format == "nft" {
        (
            master.run_ok("nft", &["list", "chain", "inet", "micado", "input"]),
            "log prefix",
        )
    } else {
        (
            master.run_ok("iptables", &["-L", "FILTERS", "-v", "-x", "-n"]),
            "LOG",
        )
    };
    let line = listing
        .lines()
        .find(|line| line.contains(marker))
        .unwrap_or_else(|| panic!("no log rule in {listing}"));
    let words: Vec<&str> = line.split_whitespace().collect();
    let count = if format == "nft" {
        words
            .iter()
            .position(|w| *w == "packets")
            .map(|i| words[i + 1])
    } else {
        words.first().copied()
    };
    count
        .and_then(|c| c.parse().ok())
        .unwrap_or_else(|| panic!("no packet count in {line}"))
}

#[test]
fn established_connection_survives_reapply() {
    require_root_tools();
    for format in ["nft", "iptables"] {
        let mut link = Link::new(if format == "nft" { "sn" } else { "si" });
        link.start_echo_server(PORT);
        let home = TestHome::initialised();
        let allow = policy_file(&home, "allow.yml", &allow_policy());
        let other = policy_file(&home, "other.yml", &other_policy());
        assert_ok(
            &link.master.micadoctl(
                &home,
                &[
                    "firewall",
                    "apply",
                    text(&allow),
                    "--format",
                    format,
                    "--no-confirm",
                ],
            ),
            "apply",
        );

        let mut connection = link.connect(addr::CLIENT_ALLOWED_V4, addr::MASTER_ALLOWED_V4, PORT);
        assert!(
            connection.round_trip("before"),
            "{format}: first round trip failed"
        );
        let output = link.master.micadoctl(
            &home,
            &[
                "--output",
                "json",
                "firewall",
                "apply",
                text(&other),
                "--format",
                format,
                "--no-confirm",
            ],
        );
        let result: serde_json::Value =
            serde_json::from_str(&assert_ok(&output, "re-apply")).unwrap();
        assert_eq!(result["changed"], true);

        assert!(
            connection.round_trip("after"),
            "{format}: the established connection was cut by the re-apply"
        );
        assert!(
            !link.echo(addr::CLIENT_ALLOWED_V4, addr::MASTER_ALLOWED_V4, PORT),
            "{format}: new connection let through after the re-apply"
        );
    }
}

#[test]
fn apply_twice_unchanged_and_diff() {
    require_root_tools();
    let netns = Netns::new("u");
    let home = TestHome::initialised();
    let allow = policy_file(&home, "allow.yml", &allow_policy());
    let other = policy_file(&home, "other.yml", &other_policy());
    for format in ["nft", "iptables"] {
        let apply = |policy: &std::path::Path| {
            let output = netns.micadoctl(
                &home,
                &[
                    "--output",
                    "json",
                    "firewall",
                    "apply",
                    text(policy),
                    "--format",
                    format,
                    "--no-confirm",
                ],
            );
            let result: serde_json::Value =
                serde_json::from_str(&assert_ok(&output, "apply")).unwrap();
            result["changed"].as_bool().unwrap()
        };
        let diff = |policy: &std::path::Path| {
            let output = netns.micadoctl(
                &home,
                &[
                    "--output",
                    "json",
                    "firewall",
                    "diff",
                    text(policy),
                    "--format",
                    format,
                ],
            );
            serde_json::from_str::<serde_json::Value>(&assert_ok(&output, "diff")).unwrap()
        };
        assert!(apply(&allow), "{format}: first apply");
        assert!(!apply(&allow), "{format}: second apply reloaded");
        assert_eq!(diff(&allow)["changes"], false, "{format}");

        let report = diff(&other);
        assert_eq!(report["changes"], true, "{format}");
        assert!(
            report["diff"].as_str().unwrap().contains("192.0.2.0/24"),
            "{format}: {report}"
        );

        // A change made outside micadoctl makes the next apply reload.
        match format {
            "nft" => netns.run_ok(
                "nft",
                &[
                    "add", "rule", "inet", "micado", "input", "tcp", "dport", "9", "accept",
                ],
            ),
            _ => netns.run_ok(
                "iptables",
                &["-I", "FILTERS", "-p", "tcp", "--dport", "9", "-j", "ACCEPT"],
            ),
        };
        assert_eq!(diff(&allow)["drift"], true, "{format}");
        assert!(
            apply(&allow),
            "{format}: apply after a change outside micadoctl"
        );
        let rules = match format {
            "nft" => netns.run_ok("nft", &["list", "table", "inet", "micado"]),
            _ => netns.run_ok("iptables-save", &["-t", "filter"]),
        };
        assert!(!rules.contains("dport 9 "), "{format}: {rules}");
        assert_ok(
            &netns.micadoctl(&home, &["firewall", "rollback"]),
            "rollback",
        );
    }
}

#[test]
fn iptables_apply_keeps_other_chains() {
    require_root_tools();
    let netns = Netns::new("d");
    let home = TestHome::initialised();
    let allow = policy_file(&home, "allow.yml", &allow_policy());
    netns.run_ok("iptables", &["-N", "KUBE-FIREWALL"]);
    netns.run_ok("iptables", &["-A", "INPUT", "-j", "KUBE-FIREWALL"]);
    netns.run_ok("iptables", &["-N", "DOCKER"]);
    netns.run_ok(
        "iptables",
        &[
            "-A", "DOCKER", "-p", "tcp", "--dport", "8080", "-j", "ACCEPT",
        ],
    );
    for _ in 0..2 {
        assert_ok(
            &netns.micadoctl(
                &home,
                &[
                    "firewall",
                    "apply",
                    text(&allow),
                    "--format",
                    "iptables",
                    "--no-confirm",
                ],
            ),
            "apply",
        );
    }
    let saved = netns.run_ok("iptables-save", &["-t", "filter"]);
    assert!(saved.contains("-A INPUT -j KUBE-FIREWALL"), "{saved}");
    assert!(
        saved.contains("-A DOCKER -p tcp -m tcp --dport 8080 -j ACCEPT"),
        "{saved}"
    );
    assert_eq!(saved.matches("-A INPUT -j FILTERS").count(), 1, "{saved}");

    assert_ok(
        &netns.micadoctl(&home, &["firewall", "rollback"]),
        "rollback",
    );
    let restored = netns.run_ok("iptables-save", &["-t", "filter"]);
    assert!(restored.contains("-A INPUT -j KUBE-FIREWALL"), "{restored}");
    assert!(restored.contains("--dport 8080"), "{restored}");
    assert!(!restored.contains("FILTERS"), "{restored}");
    assert!(restored.contains(":INPUT ACCEPT"), "{restored}");
}

/// Waits up to `limit` for `done`.
fn wait_for(limit: Duration, mut done: impl FnMut() -> bool) -> bool {
    let start = Instant::now();
    while start.elapsed() < limit {
        if done() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    done()
}

fn has_owned_rules(netns: &Netns, format: &str) -> bool {
    match format {
        "nft" => netns
            .run("nft", &["list", "table", "inet", "micado"])
            .status
            .success(),
        _ => netns
            .run_ok("iptables-save", &["-t", "filter"])
            .contains(":FILTERS"),
    }
}

#[test]
fn unconfirmed_apply_rolls_back() {
    require_root_tools();
    let mut link = Link::new("r");
    link.start_echo_server(PORT);
    let home = TestHome::initialised();
    let other = policy_file(&home, "other.yml", &other_policy());
    for format in ["nft", "iptables"] {
        // This policy would lock the client out, as a mistake would. The
        // window leaves time to test the traffic on a busy machine first.
        let output = link.master.micadoctl(
            &home,
            &[
                "firewall",
                "apply",
                text(&other),
                "--format",
                format,
                "--confirm-within",
                "3s",
            ],
        );
        let printed = assert_ok(&output, "apply");
        assert!(printed.contains("firewall confirm"), "{printed}");
        assert!(
            has_owned_rules(&link.master, format),
            "{format}: rules not applied"
        );
        assert!(
            !link.echo(addr::CLIENT_ALLOWED_V4, addr::MASTER_ALLOWED_V4, PORT),
            "{format}: policy not in force"
        );

        assert!(
            wait_for(Duration::from_secs(8), || !has_owned_rules(
                &link.master,
                format
            )),
            "{format}: the unconfirmed apply was not rolled back"
        );
        assert!(
            link.echo(addr::CLIENT_ALLOWED_V4, addr::MASTER_ALLOWED_V4, PORT),
            "{format}: traffic not restored"
        );

        let late = link.master.micadoctl(&home, &["firewall", "confirm"]);
        assert_eq!(late.status.code(), Some(8), "{format}: {}", stderr(&late));
        assert!(
            stderr(&late).contains("was rolled back"),
            "{}",
            stderr(&late)
        );
    }
    // The watchdog writes its audit record after it restored the rules, so
    // the record of the second rollback can lag behind the late confirm.
    let list_audit = || {
        let output = link
            .master
            .micadoctl(&home, &["--output", "json", "audit", "list"]);
        assert_ok(&output, "audit list")
    };
    wait_for(Duration::from_secs(5), || {
        list_audit().matches("\"automatic\"").count() == 2
    });
    let audit = list_audit();
    assert_eq!(audit.matches("\"firewall.rollback\"").count(), 2, "{audit}");
    assert_eq!(audit.matches("\"automatic\"").count(), 2, "{audit}");
    assert_ok(
        &link.master.micadoctl(&home, &["audit", "verify"]),
        "audit verify",
    );
}

#[test]
fn confirmed_apply_stays() {
    require_root_tools();
    let netns = Netns::new("c");
    let home = TestHome::initialised();
    let allow = policy_file(&home, "allow.yml", &allow_policy());
    for format in ["nft", "iptables"] {
        assert_ok(
            &netns.micadoctl(
                &home,
                &[
                    "firewall",
                    "apply",
                    text(&allow),
                    "--format",
                    format,
                    "--confirm-within",
                    "1s",
                ],
            ),
            "apply",
        );
        let output = netns.micadoctl(&home, &["--output", "json", "firewall", "confirm"]);
        let result: serde_json::Value =
            serde_json::from_str(&assert_ok(&output, "confirm")).unwrap();
        assert_eq!(result["changed"], true);
        std::thread::sleep(Duration::from_millis(2500));
        assert!(
            has_owned_rules(&netns, format),
            "{format}: a confirmed apply was rolled back"
        );

        let again = netns.micadoctl(&home, &["--output", "json", "firewall", "confirm"]);
        let result: serde_json::Value =
            serde_json::from_str(&assert_ok(&again, "second confirm")).unwrap();
        assert_eq!(result["changed"], false);

        assert_ok(
            &netns.micadoctl(&home, &["firewall", "rollback"]),
            "rollback",
        );
        assert!(
            !has_owned_rules(&netns, format),
            "{format}: rollback left the rules"
        );
        let again = netns.micadoctl(&home, &["--output", "json", "firewall", "rollback"]);
        let result: serde_json::Value =
            serde_json::from_str(&assert_ok(&again, "second rollback")).unwrap();
        assert_eq!(
            result["changed"], false,
            "{format}: a second rollback reloaded"
        );
    }
    let audit = assert_ok(
        &netns.micadoctl(&home, &["--output", "json", "audit", "list"]),
        "audit list",
    );
    assert_eq!(audit.matches("\"firewall.apply\"").count(), 2, "{audit}");
    assert_eq!(audit.matches("\"firewall.confirm\"").count(), 2, "{audit}");
    assert_eq!(audit.matches("\"manual\"").count(), 4, "{audit}");
}

#[test]
fn state_of_other_namespace_untouched() {
    require_root_tools();
    let first = Netns::new("x");
    let second = Netns::new("y");
    let home = TestHome::initialised();
    let allow = policy_file(&home, "allow.yml", &allow_policy());
    assert_ok(
        &first.micadoctl(
            &home,
            &["firewall", "apply", text(&allow), "--confirm-within", "30s"],
        ),
        "apply",
    );

    for command in ["rollback", "confirm"] {
        let output = second.micadoctl(&home, &["firewall", command]);
        assert_eq!(
            output.status.code(),
            Some(2),
            "{command}: {}",
            stderr(&output)
        );
        assert!(
            stderr(&output).contains("network namespace"),
            "{}",
            stderr(&output)
        );
    }
    assert!(
        has_owned_rules(&first, "nft"),
        "the rules of the first namespace changed"
    );
    assert_ok(
        &first.micadoctl(&home, &["firewall", "rollback"]),
        "rollback in the first namespace",
    );
    assert!(!has_owned_rules(&first, "nft"));
}

#[test]
fn apply_without_store_changes_nothing() {
    require_root_tools();
    let netns = Netns::new("l");
    let home = TestHome::empty();
    let allow = policy_file(&home, "allow.yml", &allow_policy());
    let output = netns.micadoctl(&home, &["firewall", "apply", text(&allow), "--no-confirm"]);
    assert!(!output.status.success(), "apply without a store succeeded");
    assert!(
        !has_owned_rules(&netns, "nft"),
        "rules were loaded although the apply could not be audited"
    );
}

#[test]
fn check_accepts_awkward_text() {
    require_root_tools();
    let netns = Netns::new("w");
    let home = TestHome::empty();
    let long = "x".repeat(300);
    let policy = policy_file(
        &home,
        "awkward.yml",
        &format!(
            "preset: none
log: {{prefix: 'drop \"$HOME\" é: '}}
management:
  - name: ssh
    port: 22/tcp
    allow: [any]
    comment: 'a \"quoted\" $value, a \\\\ backslash, é and {{braces}}'
  - name: web
    port: 443/tcp
    allow: [any]
    comment: '{long}'
"
        ),
    );
    for format in ["nft", "iptables"] {
        let output = netns.micadoctl(
            &home,
            &["firewall", "check", text(&policy), "--format", format],
        );
        assert_ok(&output, &format!("check {format}"));
        assert!(
            stderr(&output).contains("adjusted: "),
            "{format}: {}",
            stderr(&output)
        );
    }
}

#[test]
fn rollback_audited_later_without_key() {
    require_root_tools();
    let netns = Netns::new("a");
    let home = TestHome::initialised();
    let allow = policy_file(&home, "allow.yml", &allow_policy());
    let identity = home.path().join("copy-identity.txt");
    std::fs::copy(home.identity(), &identity).unwrap();

    let output = netns.micadoctl(
        &home,
        &[
            "--identity",
            text(&identity),
            "firewall",
            "apply",
            text(&allow),
            "--confirm-within",
            "1s",
        ],
    );
    assert_ok(&output, "apply");
    // The watchdog was started with this identity file and cannot unlock
    // the store once it is gone.
    std::fs::remove_file(&identity).unwrap();
    assert!(
        wait_for(Duration::from_secs(8), || !has_owned_rules(&netns, "nft")),
        "the unconfirmed apply was not rolled back"
    );
    assert!(
        wait_for(Duration::from_secs(5), || home
            .path()
            .join("firewall/unaudited.jsonl")
            .exists()),
        "the watchdog did not defer its audit record"
    );

    let late = netns.micadoctl(&home, &["firewall", "confirm"]);
    assert_eq!(late.status.code(), Some(8), "{}", stderr(&late));
    assert!(!home.path().join("firewall/unaudited.jsonl").exists());
    let audit = assert_ok(
        &netns.micadoctl(&home, &["--output", "json", "audit", "list"]),
        "audit list",
    );
    assert_eq!(audit.matches("\"automatic\"").count(), 1, "{audit}");
    assert!(audit.contains("\"deferred\": true"), "{audit}");
}

#[test]
fn pending_apply_window_and_log_private() {
    use std::os::unix::fs::PermissionsExt;

    require_root_tools();
    let netns = Netns::new("w");
    let home = TestHome::initialised();
    let allow = policy_file(&home, "allow.yml", &allow_policy());
    let output = netns.micadoctl(
        &home,
        &["firewall", "apply", text(&allow), "--confirm-within", "60s"],
    );
    let printed = assert_ok(&output, "apply");
    assert!(
        printed.contains("within 60s"),
        "a 60 s window was printed as another number: {printed}"
    );
    let log = home.path().join("firewall/watchdog.log");
    let mode = std::fs::metadata(&log).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600, "{} has mode {mode:o}", log.display());
    assert_ok(&netns.micadoctl(&home, &["firewall", "confirm"]), "confirm");
}

#[test]
fn failed_iptables_apply_changes_nothing() {
    require_root_tools();
    let netns = Netns::new("f");
    let home = TestHome::initialised();
    let policy = policy_file(&home, "allow.yml", &allow_policy());
    // A base chain named FILTERS in the ip6 filter table, as another nft
    // user could leave, makes ip6tables-restore fail after rules.v4 loaded.
    netns.run_ok(
        "nft",
        &["add table ip6 filter; add chain ip6 filter FILTERS { type filter hook input priority 5; }"],
    );
    let before = netns.run_ok("iptables", &["-S"]);

    let output = netns.micadoctl(
        &home,
        &[
            "firewall",
            "apply",
            text(&policy),
            "--format",
            "iptables",
            "--no-confirm",
        ],
    );
    assert!(!output.status.success(), "the rejected apply succeeded");
    assert!(
        stderr(&output).contains("ip6tables-restore"),
        "{}",
        stderr(&output)
    );

    let after = netns.run_ok("iptables", &["-S"]);
    assert_eq!(before, after, "a failed apply left IPv4 rules changed");
}

#[test]
fn check_accepts_icmp_names_of_both_tools() {
    require_root_tools();
    let netns = Netns::new("i");
    let home = TestHome::empty();
    let policy = policy_file(
        &home,
        "icmp.yml",
        "preset: none
rules:
  - {action: drop, proto: icmpv6, icmp_type: nd-neighbor-solicit, from: [2001:db8:9::/48]}
  - {action: drop, proto: icmpv6, icmp_type: neighbour-advertisement, from: [2001:db8:9::/48]}
  - {action: drop, proto: icmpv6, icmp_type: mld-listener-query}
  - {action: drop, proto: icmp, icmp_type: 13}
",
    );
    for format in ["nft", "iptables"] {
        let output = netns.micadoctl(
            &home,
            &["firewall", "check", text(&policy), "--format", format],
        );
        assert_ok(&output, &format!("check --format {format}"));
    }
}

/// Returns the process id of the watchdog of pending apply `id`, which
/// this test's apply started.
fn watchdog_pid(id: &str) -> Option<i32> {
    let needle = format!("watchdog\0--id\0{id}\0");
    std::fs::read_dir("/proc")
        .ok()?
        .flatten()
        .find_map(|entry| {
            let pid: i32 = entry.file_name().to_str()?.parse().ok()?;
            let cmdline = std::fs::read(entry.path().join("cmdline")).ok()?;
            String::from_utf8_lossy(&cmdline)
                .contains(&needle)
                .then_some(pid)
        })
}

#[test]
fn late_confirm_rolls_back() {
    require_root_tools();
    let netns = Netns::new("o");
    let home = TestHome::initialised();
    let allow = policy_file(&home, "allow.yml", &allow_policy());
    let output = netns.micadoctl(
        &home,
        &[
            "--output",
            "json",
            "firewall",
            "apply",
            text(&allow),
            "--confirm-within",
            "1s",
        ],
    );
    let result: serde_json::Value = serde_json::from_str(&assert_ok(&output, "apply")).unwrap();
    let id = result["pending_id"].as_str().unwrap().to_string();
    let pid = watchdog_pid(&id).expect("the watchdog of the apply is running");
    nix::sys::signal::kill(
        nix::unistd::Pid::from_raw(pid),
        nix::sys::signal::Signal::SIGKILL,
    )
    .unwrap();
    std::thread::sleep(Duration::from_millis(1500));
    assert!(
        has_owned_rules(&netns, "nft"),
        "the rules went without their watchdog"
    );

    let late = netns.micadoctl(&home, &["firewall", "confirm"]);
    assert_eq!(late.status.code(), Some(8), "{}", stderr(&late));
    assert!(
        stderr(&late).contains("after its deadline"),
        "{}",
        stderr(&late)
    );
    assert!(
        !has_owned_rules(&netns, "nft"),
        "a confirmation after the deadline kept the rules"
    );
    let audit = assert_ok(
        &netns.micadoctl(&home, &["--output", "json", "audit", "list"]),
        "audit list",
    );
    assert_eq!(audit.matches("\"overdue\"").count(), 1, "{audit}");
}
