//! `firewall render`, `init-policy` and policy parsing through the CLI:
//! golden files of both presets in both formats, equivalence with MiCADO's
//! templates, strict input errors, merges, shadowing and target limits.
//!
//! Refresh the golden files with `MICADOCTL_UPDATE_GOLDEN=1 cargo test --test
//! firewall_render` and review the diff.

mod common;

use std::collections::BTreeSet;
use std::path::Path;

use common::{TestHome, data, stderr, stdout};

const PRESETS: [&str; 2] = ["kubeadm", "k3s"];

fn render_nft(home: &TestHome, policy: &Path) -> String {
    let output = home.run(&["firewall", "render", policy.to_str().unwrap()], "");
    assert!(
        output.status.success(),
        "render failed: {}",
        stderr(&output)
    );
    stdout(&output)
}

fn render_iptables(home: &TestHome, policy: &Path) -> (String, String) {
    let dir = home.path().join("rules");
    let output = home.run(
        &[
            "firewall",
            "render",
            policy.to_str().unwrap(),
            "--format",
            "iptables",
            "--out",
            dir.to_str().unwrap(),
        ],
        "",
    );
    assert!(
        output.status.success(),
        "render failed: {}",
        stderr(&output)
    );
    let read = |name: &str| std::fs::read_to_string(dir.join(name)).unwrap();
    (read("rules.v4"), read("rules.v6"))
}

/// Compares `actual` with the golden file `name`, or rewrites the golden
/// file when MICADOCTL_UPDATE_GOLDEN is set.
fn assert_golden(name: &str, actual: &str) {
    let path = data("firewall/golden").join(name);
    if std::env::var_os("MICADOCTL_UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "cannot read golden file {}: {e}; create it with MICADOCTL_UPDATE_GOLDEN=1",
            path.display()
        )
    });
    assert!(
        expected == actual,
        "{name} differs from the golden file; if the change is intended, run with MICADOCTL_UPDATE_GOLDEN=1\n--- expected\n{expected}\n--- actual\n{actual}"
    );
}

#[test]
fn golden_files_of_presets() {
    let home = TestHome::empty();
    for preset in PRESETS {
        let policy = data(&format!("firewall/preset-{preset}.yml"));
        assert_golden(&format!("{preset}.nft"), &render_nft(&home, &policy));
        let (v4, v6) = render_iptables(&home, &policy);
        assert_golden(&format!("{preset}.rules.v4"), &v4);
        assert_golden(&format!("{preset}.rules.v6"), &v6);
    }
}

#[test]
fn golden_files_of_restricted_policy() {
    let home = TestHome::empty();
    let policy = data("firewall/restricted.yml");
    assert_golden("restricted.nft", &render_nft(&home, &policy));
    let (v4, v6) = render_iptables(&home, &policy);
    assert_golden("restricted.rules.v4", &v4);
    assert_golden("restricted.rules.v6", &v6);
}

#[test]
fn rendering_is_deterministic() {
    let home = TestHome::empty();
    let policy = data("firewall/restricted.yml");
    assert_eq!(render_nft(&home, &policy), render_nft(&home, &policy));
    let first = render_iptables(&home, &policy);
    assert_eq!(first, render_iptables(&home, &policy));
}

/// Collects the ports a restore file accepts from every source, as
/// (protocol, port) pairs. Protocols without ports have port 0.
fn open_ports(rules: &str) -> BTreeSet<(String, u16)> {
    let mut open = BTreeSet::new();
    for line in rules.lines() {
        let words: Vec<&str> = line.split_whitespace().collect();
        let restricted = words
            .iter()
            .any(|w| matches!(*w, "-s" | "-d" | "-i" | "-o"));
        if words.first() != Some(&"-A") || words.get(1) != Some(&"FILTERS") || restricted {
            continue;
        }
        if !line.ends_with("-j ACCEPT") && !line.contains("--jump ACCEPT") {
            continue;
        }
        let value = |flag: &str| {
            words
                .iter()
                .position(|w| *w == flag)
                .and_then(|i| words.get(i + 1))
                .copied()
        };
        let protocol = match value("-p").or_else(|| value("--protocol")) {
            Some("50") => "esp",
            Some("51") => "ah",
            Some(protocol) => protocol,
            None => continue,
        };
        if !matches!(protocol, "tcp" | "udp" | "esp" | "ah") {
            continue;
        }
        let ports = value("--dport").or_else(|| value("--dports"));
        let Some(ports) = ports else {
            open.insert((protocol.to_string(), 0));
            continue;
        };
        for part in ports.split(',') {
            let (first, last) = part.split_once(':').unwrap_or((part, part));
            for port in first.parse::<u16>().unwrap()..=last.parse::<u16>().unwrap() {
                open.insert((protocol.to_string(), port));
            }
        }
    }
    open
}

#[test]
fn presets_open_template_ports() {
    let home = TestHome::empty();
    for preset in PRESETS {
        let (v4, v6) = render_iptables(&home, &data(&format!("firewall/preset-{preset}.yml")));
        for (family, rendered) in [("iptables", v4), ("ip6tables", v6)] {
            let template = std::fs::read_to_string(data(&format!("{family}-{preset}.conf.j2")))
                .unwrap()
                .replace("{{ web_listening_port }}", "443");
            let expected = open_ports(&template);
            assert!(
                !expected.is_empty(),
                "no ports found in the {family}-{preset} template"
            );
            assert_eq!(open_ports(&rendered), expected, "{family} {preset}");
        }
    }
}

#[test]
fn presets_keep_template_shape() {
    let home = TestHome::empty();
    for preset in PRESETS {
        let (v4, v6) = render_iptables(&home, &data(&format!("firewall/preset-{preset}.yml")));
        for rules in [&v4, &v6] {
            assert!(rules.contains(":FILTERS - [0:0]"));
            assert!(rules.contains("-A DOCKER-USER -j FILTERS"));
            assert!(rules.contains("-A INPUT -j FILTERS"));
            assert!(rules.contains("--log-prefix \"FILTERS DROP: \""));
            assert!(rules.contains("-A FILTERS -i cni0 "));
            assert!(rules.contains("-A FILTERS -o cni0 "));
        }
        assert!(v4.contains("-A FILTERS -s 172.27.0.0/16 "));
        assert!(!v6.contains("172.27."), "an IPv4 network reached rules.v6");
        assert!(v6.contains("--icmpv6-type neighbour-solicitation"));
    }
}

fn write_policy(home: &TestHome, text: &str) -> std::path::PathBuf {
    let path = home.path().join("policy.yml");
    std::fs::write(&path, text).unwrap();
    path
}

fn render_err(home: &TestHome, text: &str, extra: &[&str]) -> (i32, String) {
    let path = write_policy(home, text);
    let mut args = vec!["firewall", "render", path.to_str().unwrap()];
    args.extend_from_slice(extra);
    let output = home.run(&args, "");
    (output.status.code().unwrap(), stderr(&output))
}

#[test]
fn invalid_input_names_line_field_value() {
    let home = TestHome::empty();
    let cases = [
        (
            "preset: none\nmanagement:\n  - name: ssh\n    port: 22/tcp\n    allow: [10.1.2]\n",
            ":5, field management[0].allow[0]",
            "\"10.1.2\"",
        ),
        (
            "preset: none\nmanagement:\n  - name: ssh\n    port: 22/tcp\n    allow: [\"2001:db8::/255.255.0.0\"]\n",
            "management[0].allow[0]",
            "prefix length",
        ),
        (
            "preset: none\nmanagement:\n  - name: x\n    port: 0/tcp\n    allow: [any]\n",
            ":4, field management[0].port",
            "\"0/tcp\"",
        ),
        (
            "preset: none\nmanagement:\n  - name: x\n    port: 65536/tcp\n    allow: [any]\n",
            "management[0].port",
            "1 to 65535",
        ),
        (
            "preset: none\nmanagement:\n  - name: x\n    port: 9000-8000/tcp\n    allow: [any]\n",
            "management[0].port",
            "starts above its end",
        ),
        (
            "preset: none\ntrusted_interfaces: [averyveryverylongname0]\n",
            ":2, field trusted_interfaces[0]",
            "at most 15 bytes",
        ),
        (
            "preset: none\nmanagment: []\n",
            ":2, field managment",
            "unknown key",
        ),
        (
            "preset: none\nmanagement:\n  - name: ssh\n    port: 22/tcp\n    allow: [any]\n    alow: [any]\n",
            ":6, field management[0].alow",
            "unknown key",
        ),
        ("preset: micado\n", ":1, field preset", "\"micado\""),
        ("management: []\n", "field preset", "missing"),
        (
            "preset: none\nmanagement:\n  - name: ssh\n    port: 22/tcp\n    allow: [\"::ffff:192.0.2.1\"]\n",
            ":5, field management[0].allow[0]",
            "write 192.0.2.1",
        ),
        (
            "preset: micado-k3s\nmanagement:\n  - name: sshh\n    enabled: false\n",
            ":3, field management[0].name",
            "expected one of: ssh, web",
        ),
        (
            "preset: micado-kubeadm\ncluster:\n  services:\n    - name: etcdx\n      enabled: false\n",
            ":4, field cluster.services[0].name",
            "\"etcdx\"",
        ),
        (
            "preset: none\nlog: {prefix: \"a\\tb\"}\n",
            ":2, field log.prefix",
            "the text cannot contain control characters",
        ),
        (
            "preset: none\nrules:\n  - {action: drop, proto: icmp, icmp_type: echo-requestx}\n",
            ":3, field rules[0].icmp_type",
            "unknown icmp type",
        ),
        (
            "preset: none\ntrusted_interfaces: [\"..\"]\n",
            ":2, field trusted_interfaces[0]",
            "does not allow . or ..",
        ),
    ];
    for (text, place, detail) in cases {
        let (code, message) = render_err(&home, text, &[]);
        assert_eq!(code, 6, "{text}: {message}");
        assert!(message.contains("policy.yml"), "{text}: {message}");
        assert!(
            message.contains(place),
            "{text}: expected {place:?} in {message}"
        );
        assert!(
            message.contains(detail),
            "{text}: expected {detail:?} in {message}"
        );
    }
}

#[test]
fn host_bits_warned_or_rejected() {
    let home = TestHome::empty();
    let text =
        "preset: none\nmanagement:\n  - name: ssh\n    port: 22/tcp\n    allow: [192.0.2.7/24]\n";
    let path = write_policy(&home, text);
    let output = home.run(&["firewall", "render", path.to_str().unwrap()], "");
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stderr(&output).contains("host bits"), "{}", stderr(&output));
    assert!(stdout(&output).contains("192.0.2.0/24"));
    assert!(!stdout(&output).contains("192.0.2.7"));

    let (code, message) = render_err(&home, text, &["--strict"]);
    assert_eq!(code, 6, "{message}");
    assert!(
        message.contains(":5, field management[0].allow[0]"),
        "{message}"
    );
}

#[test]
fn families_routed_and_merges_reported() {
    let home = TestHome::empty();
    let text = "preset: none
management:
  - name: ssh
    port: 22/tcp
    allow: [192.0.2.0/25, 192.0.2.128/25, 192.0.2.9]
  - name: admin6
    port: 8443/tcp
    allow: [2001:db8::/32]
";
    let path = write_policy(&home, text);
    let output = home.run(
        &[
            "firewall",
            "render",
            path.to_str().unwrap(),
            "--format",
            "iptables",
            "--out",
            home.path().join("out").to_str().unwrap(),
        ],
        "",
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let message = stderr(&output);
    assert!(
        message.contains("192.0.2.0/25, 192.0.2.9/32, 192.0.2.128/25 merged into 192.0.2.0/24"),
        "{message}"
    );
    let v4 = std::fs::read_to_string(home.path().join("out/rules.v4")).unwrap();
    let v6 = std::fs::read_to_string(home.path().join("out/rules.v6")).unwrap();
    assert!(
        v4.contains("-s 192.0.2.0/24 -p tcp -m tcp --dport 22 "),
        "{v4}"
    );
    assert!(!v4.contains("8443"), "an IPv6-only rule reached rules.v4");
    assert!(
        v6.contains("-s 2001:db8::/32 -p tcp -m tcp --dport 8443 "),
        "{v6}"
    );
    assert!(
        !v6.contains("--dport 22 "),
        "an IPv4-only rule reached rules.v6"
    );

    let nft = render_nft(&home, &path);
    assert!(
        nft.contains("ip saddr @m_ssh_v4 tcp dport 22 accept"),
        "{nft}"
    );
    assert!(!nft.contains("m_ssh_v6"), "{nft}");
    assert!(nft.contains("type ipv6_addr\n\t\tflags interval"), "{nft}");
}

#[test]
fn shadowed_rule_named() {
    let home = TestHome::empty();
    let text = "preset: none
management:
  - name: web
    port: \"[80, 443]/tcp\"
    allow: [any]
rules:
  - {name: block-scanner, action: drop, port: 443/tcp, from: [198.51.100.0/24]}
";
    let path = write_policy(&home, text);
    let output = home.run(
        &["firewall", "render", path.to_str().unwrap(), "--explain"],
        "",
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let message = stderr(&output);
    assert!(
        message.contains("shadowed: rule block-scanner (line 7 (rules[0])) never matches in ipv4"),
        "{message}"
    );
    assert!(
        message.contains("management web (line 3 (management[0]))"),
        "{message}"
    );
    let explained = stdout(&output);
    assert!(
        explained.contains("drop 443/tcp from 198.51.100.0/24 (rule block-scanner"),
        "{explained}"
    );
    assert!(explained.contains("reject everything else"), "{explained}");
}

#[test]
fn limits_adjusted_and_reported() {
    let home = TestHome::empty();
    let prefix = "a prefix far longer than 29 bytes: ";
    let text = format!(
        "preset: none\nlog: {{prefix: \"{prefix}\"}}\nmanagement:\n  - name: ssh\n    port: 22/tcp\n    allow: [any]\n    comment: 'say \"hi\"'\n"
    );
    let path = write_policy(&home, &text);
    let out = home.path().join("out");
    let output = home.run(
        &[
            "firewall",
            "render",
            path.to_str().unwrap(),
            "--format",
            "iptables",
            "--out",
            out.to_str().unwrap(),
        ],
        "",
    );
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("the iptables log prefix"),
        "{}",
        stderr(&output)
    );
    let v4 = std::fs::read_to_string(out.join("rules.v4")).unwrap();
    assert!(
        v4.contains("--log-prefix \"a prefix far longer than 29 b\""),
        "{v4}"
    );
    assert!(v4.contains(r#"--comment "say \"hi\"""#), "{v4}");

    let nft = home.run(&["firewall", "render", path.to_str().unwrap()], "");
    assert!(stderr(&nft).contains("double quotes"), "{}", stderr(&nft));
    assert!(
        stdout(&nft).contains("comment \"say 'hi'\""),
        "{}",
        stdout(&nft)
    );
    assert!(stdout(&nft).contains(&format!("log prefix \"{prefix}\"")));

    let (code, message) = render_err(
        &home,
        &text,
        &[
            "--format",
            "iptables",
            "--out",
            out.to_str().unwrap(),
            "--strict",
        ],
    );
    assert_eq!(code, 6, "{message}");
    assert!(message.contains("--strict"), "{message}");
}

#[test]
fn multiport_split_at_fifteen() {
    let home = TestHome::empty();
    let ports: Vec<String> = (1..=20).map(|n| (9000 + n * 2).to_string()).collect();
    let text = format!(
        "preset: none\nmanagement:\n  - name: many\n    port: \"[{}]/tcp\"\n    allow: [any]\n",
        ports.join(", ")
    );
    let path = write_policy(&home, &text);
    let (v4, _) = render_iptables(&home, &path);
    let groups: Vec<&str> = v4.lines().filter(|l| l.contains("--dports")).collect();
    assert_eq!(groups.len(), 2, "{v4}");
    let first: Vec<&str> = groups[0]
        .split("--dports ")
        .nth(1)
        .unwrap()
        .split(' ')
        .next()
        .unwrap()
        .split(',')
        .collect();
    assert_eq!(first.len(), 15);
}

#[test]
fn init_policy_renders() {
    let home = TestHome::empty();
    for preset in ["micado-kubeadm", "micado-k3s", "none"] {
        let path = home.path().join(format!("{preset}.yml"));
        let output = home.run(
            &[
                "firewall",
                "init-policy",
                "--preset",
                preset,
                "--out",
                path.to_str().unwrap(),
            ],
            "",
        );
        assert!(output.status.success(), "{}", stderr(&output));
        let nft = render_nft(&home, &path);
        assert!(nft.contains("table inet micado {"));
        assert!(
            nft.contains("ip saddr @admins_v4 tcp dport 22 accept"),
            "{preset}: {nft}"
        );

        let again = home.run(
            &[
                "firewall",
                "init-policy",
                "--preset",
                preset,
                "--out",
                path.to_str().unwrap(),
            ],
            "",
        );
        assert_eq!(again.status.code(), Some(5), "{}", stderr(&again));
    }
}

#[test]
fn preset_entries_changed_and_removed() {
    let home = TestHome::empty();
    let text = "preset: micado-kubeadm
addresses:
  admins: [203.0.113.0/24]
management:
  - name: ssh
    allow: [admins]
cluster:
  sources: [192.0.2.0/24]
  services:
    - name: etcd
      enabled: false
    - name: metrics
      port: 9100/tcp
trusted_interfaces: [lo, veth+]
";
    let path = write_policy(&home, text);
    let (v4, v6) = render_iptables(&home, &path);
    assert!(
        v4.contains("-s 203.0.113.0/24 -p tcp -m tcp --dport 22 "),
        "{v4}"
    );
    assert!(
        !v4.contains("-A FILTERS -p tcp -m tcp --dport 22 "),
        "ssh still open to any source: {v4}"
    );
    assert!(
        !v6.contains("--dport 22 "),
        "ssh reached IPv6 although admins has no IPv6 network: {v6}"
    );
    assert!(
        !v4.contains("2379"),
        "a removed preset service is still open: {v4}"
    );
    assert!(
        v4.contains("-s 192.0.2.0/24 -p tcp -m tcp --dport 9100 "),
        "{v4}"
    );
    assert!(
        v4.contains("-s 192.0.2.0/24 -p tcp -m tcp --dport 6443 "),
        "{v4}"
    );
    assert!(v4.contains("-i veth+ "), "{v4}");
    let nft = render_nft(&home, &path);
    assert!(nft.contains("iifname \"veth*\" accept"), "{nft}");
    assert!(
        nft.contains("ip saddr @cluster_v4 tcp dport 6443 accept"),
        "{nft}"
    );

    let (code, message) = render_err(&home, "preset: none\ntrusted_interfaces: [\"+\"]\n", &[]);
    assert_eq!(code, 6, "{message}");
    let (code, message) = render_err(
        &home,
        "preset: none\nmanagement:\n  - name: new\n    allow: [any]\n",
        &[],
    );
    assert_eq!(code, 6, "{message}");
    assert!(message.contains("needs a port"), "{message}");
}

#[test]
fn render_keeps_mode_of_existing_dir() {
    use std::os::unix::fs::PermissionsExt;

    let home = TestHome::empty();
    let dir = home.path().join("etc-iptables");
    std::fs::create_dir(&dir).unwrap();
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    let policy = data("firewall/preset-k3s.yml");
    let args = [
        "firewall",
        "render",
        policy.to_str().unwrap(),
        "--format",
        "iptables",
        "--out",
        dir.to_str().unwrap(),
    ];
    let output = home.run(&args, "");
    assert!(output.status.success(), "{}", stderr(&output));
    let mode = std::fs::metadata(&dir).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o755);

    let mut json_args = vec!["--output", "json"];
    json_args.extend(args);
    let again = home.run(&json_args, "");
    let result: serde_json::Value = serde_json::from_str(&stdout(&again)).unwrap();
    assert_eq!(
        result["changed"], false,
        "an identical render rewrote the files"
    );
}

#[test]
fn file_errors_have_exit_codes() {
    let home = TestHome::empty();
    let path = home.path().join("latin1.yml");
    std::fs::write(&path, b"preset: none\n# caf\xe9\n").unwrap();
    let output = home.run(&["firewall", "render", path.to_str().unwrap()], "");
    assert_eq!(output.status.code(), Some(6), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("latin1.yml:2"),
        "{}",
        stderr(&output)
    );
    assert!(stderr(&output).contains("not UTF-8"), "{}", stderr(&output));

    let missing = home.path().join("missing.yml");
    let output = home.run(&["firewall", "render", missing.to_str().unwrap()], "");
    assert_eq!(output.status.code(), Some(4), "{}", stderr(&output));

    let policy = write_policy(&home, "preset: none\n");
    let no_dir = home.path().join("no-such-dir/micado.nft");
    let output = home.run(
        &[
            "firewall",
            "render",
            policy.to_str().unwrap(),
            "--out",
            no_dir.to_str().unwrap(),
        ],
        "",
    );
    assert_eq!(output.status.code(), Some(4), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("cannot write"),
        "{}",
        stderr(&output)
    );

    let output = home.run(
        &[
            "firewall",
            "render",
            policy.to_str().unwrap(),
            "--format",
            "iptables",
            "--out",
            policy.to_str().unwrap(),
        ],
        "",
    );
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("is not a directory"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn icmp_type_spelt_per_target() {
    let home = TestHome::empty();
    let path = write_policy(
        &home,
        "preset: none\nrules:\n  - {action: drop, proto: icmpv6, icmp_type: neighbour-solicitation}\n  - {action: drop, proto: icmpv6, icmp_type: mld-listener-query}\n",
    );
    let nft = render_nft(&home, &path);
    assert!(
        nft.contains("icmpv6 type nd-neighbor-solicit drop"),
        "{nft}"
    );
    assert!(nft.contains("icmpv6 type mld-listener-query drop"), "{nft}");
    let (_, v6) = render_iptables(&home, &path);
    assert!(v6.contains("--icmpv6-type neighbour-solicitation "), "{v6}");
    assert!(v6.contains("--icmpv6-type 130 "), "{v6}");
}
