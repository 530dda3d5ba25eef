//! `ca` commands checked against OpenSSL and strongSwan's `pki`: every
//! certificate and CRL micadoctl makes must be read and accepted by both.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{TestHome, require, run_json, stderr, stdout};

fn openssl(args: &[&str]) -> std::process::Output {
    require("openssl", "openssl");
    Command::new("openssl")
        .args(args)
        .output()
        .expect("run openssl")
}

fn strongswan_pki(args: &[&str]) -> std::process::Output {
    require("pki", "strongswan-pki libstrongswan-standard-plugins");
    Command::new("pki").args(args).output().expect("run pki")
}

fn text(output: &std::process::Output) -> String {
    format!("{}{}", stdout(output), stderr(output))
}

/// A home with a CA, and a scratch directory for files.
struct Ca {
    home: TestHome,
    files: tempfile::TempDir,
}

impl Ca {
    fn new(args: &[&str]) -> Ca {
        let home = TestHome::initialised();
        let mut init = vec!["ca", "init"];
        init.extend_from_slice(args);
        run_json(&home, &init, "");
        Ca {
            home,
            files: tempfile::tempdir().unwrap(),
        }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.files.path().join(name)
    }

    /// Writes the CA certificate in PEM and returns its path.
    fn ca_pem(&self) -> PathBuf {
        self.write("ca.pem", &["ca", "show", "--pem"])
    }

    /// Writes a certificate in PEM and returns its path.
    fn cert_pem(&self, name: &str) -> PathBuf {
        self.write(&format!("{name}.pem"), &["ca", "show", name, "--pem"])
    }

    fn write(&self, file: &str, args: &[&str]) -> PathBuf {
        let output = self.home.run(args, "");
        assert!(output.status.success(), "{args:?}: {}", stderr(&output));
        let path = self.path(file);
        std::fs::write(&path, &output.stdout).unwrap();
        path
    }

    /// Signs a CRL and returns the paths of its DER and PEM forms.
    fn crl(&self) -> (PathBuf, PathBuf) {
        let der = self.path("crl.der");
        let pem = self.path("crl.pem");
        run_json(
            &self.home,
            &["ca", "crl", "--out", der.to_str().unwrap()],
            "",
        );
        run_json(
            &self.home,
            &[
                "ca",
                "crl",
                "--format",
                "pem",
                "--out",
                pem.to_str().unwrap(),
            ],
            "",
        );
        (der, pem)
    }

    fn issue(&self, args: &[&str]) -> serde_json::Value {
        let mut all = vec!["ca", "issue"];
        all.extend_from_slice(args);
        run_json(&self.home, &all, "")
    }
}

fn assert_openssl_verifies(ca: &Path, cert: &Path) {
    let output = openssl(&[
        "verify",
        "-CAfile",
        ca.to_str().unwrap(),
        cert.to_str().unwrap(),
    ]);
    assert!(output.status.success(), "openssl verify: {}", text(&output));
}

fn assert_pki_verifies(ca: &Path, cert: &Path) {
    let output = strongswan_pki(&[
        "--verify",
        "--in",
        cert.to_str().unwrap(),
        "--cacert",
        ca.to_str().unwrap(),
    ]);
    assert!(output.status.success(), "pki --verify: {}", text(&output));
    assert!(
        text(&output).contains("certificate trusted"),
        "{}",
        text(&output)
    );
}

fn x509_text(cert: &Path) -> String {
    let output = openssl(&["x509", "-in", cert.to_str().unwrap(), "-noout", "-text"]);
    assert!(output.status.success(), "{}", text(&output));
    stdout(&output)
}

#[test]
fn ca_init_makes_constrained_root() {
    let ca = Ca::new(&[]);
    let pem = ca.ca_pem();
    let text = x509_text(&pem);
    assert!(
        text.contains("X509v3 Basic Constraints: critical"),
        "{text}"
    );
    assert!(text.contains("CA:TRUE, pathlen:0"), "{text}");
    assert!(text.contains("Certificate Sign, CRL Sign"), "{text}");
    assert!(text.contains("X509v3 Subject Key Identifier"), "{text}");
    assert!(text.contains("X509v3 Authority Key Identifier"), "{text}");
    assert!(text.contains("Subject: CN = micado"), "{text}");
    assert!(text.contains("NIST CURVE: P-256"), "{text}");
    assert_openssl_verifies(&pem, &pem);

    let print = strongswan_pki(&["--print", "--in", pem.to_str().unwrap()]);
    assert!(print.status.success(), "{}", crate::text(&print));
    assert!(
        stdout(&print).contains("CA pathlen:0")
            || stdout(&print).contains("pathlen: 0")
            || stdout(&print).contains("CA"),
        "{}",
        stdout(&print)
    );
}

#[test]
fn ca_init_if_missing_reruns() {
    let ca = Ca::new(&[]);
    let again = ca.home.run(&["ca", "init"], "");
    assert_eq!(again.status.code(), Some(5), "{}", stderr(&again));
    let doc = run_json(&ca.home, &["ca", "init", "--if-missing"], "");
    assert_eq!(doc["changed"], false);
    assert_eq!(doc["ca"]["name"], "micado");
}

#[test]
fn issued_certificates_pass_openssl_and_pki() {
    let ca = Ca::new(&[]);
    let master = ca.issue(&[
        "master",
        "--cert-profile",
        "master",
        "--san",
        "masternode.micado",
        "--san",
        "192.0.2.10",
        "--san",
        "2001:db8::10",
    ]);
    assert_eq!(master["changed"], true);
    ca.issue(&["worker-1", "--cert-profile", "worker"]);
    ca.issue(&[
        "web",
        "--cert-profile",
        "server",
        "--san",
        "web.example.org",
    ]);
    let pem = ca.ca_pem();
    for name in ["master", "worker-1", "web"] {
        let cert = ca.cert_pem(name);
        assert_openssl_verifies(&pem, &cert);
        assert_pki_verifies(&pem, &cert);
        let print = strongswan_pki(&["--print", "--in", cert.to_str().unwrap()]);
        assert!(print.status.success(), "{name}: {}", text(&print));
    }

    let text = x509_text(&ca.cert_pem("master"));
    assert!(
        text.contains(
            "DNS:masternode.micado, IP Address:192.0.2.10, IP Address:2001:DB8:0:0:0:0:0:10"
        ),
        "{text}"
    );
    assert!(
        text.contains("TLS Web Server Authentication, TLS Web Client Authentication"),
        "{text}"
    );
    assert!(text.contains("Subject: CN = masternode.micado"), "{text}");
    assert!(text.contains("CA:FALSE"), "{text}");
    assert!(text.contains("X509v3 Authority Key Identifier"), "{text}");
}

#[test]
fn worker_profile_names_follow_micado() {
    let ca = Ca::new(&[]);
    let doc = ca.issue(&["worker-1"]);
    let sans = doc["certificate"]["sans"].as_array().unwrap();
    assert_eq!(sans.len(), 1);
    let name = sans[0].as_str().unwrap();
    let (label, domain) = name.split_once('.').unwrap();
    assert_eq!(domain, "workernode.micado");
    assert_eq!(label.len(), 16);
    assert!(label.chars().all(|c| c.is_ascii_hexdigit()), "{name}");

    let doc = ca.issue(&["master", "--cert-profile", "master"]);
    assert_eq!(doc["certificate"]["sans"][0], "masternode.micado");
}

#[test]
fn validity_is_backdated_and_counted_from_issue() {
    let ca = Ca::new(&[]);
    let doc = ca.issue(&["w", "--validity", "10d"]);
    let not_before = time::OffsetDateTime::parse(
        doc["certificate"]["not_before"].as_str().unwrap(),
        &time::format_description::well_known::Rfc3339,
    )
    .unwrap();
    let not_after = time::OffsetDateTime::parse(
        doc["certificate"]["not_after"].as_str().unwrap(),
        &time::format_description::well_known::Rfc3339,
    )
    .unwrap();
    assert_eq!(
        not_after - not_before,
        time::Duration::days(10) + time::Duration::minutes(5)
    );
    let now = time::OffsetDateTime::now_utc();
    assert!((not_before - (now - time::Duration::minutes(5))).abs() < time::Duration::minutes(1));

    let doc = ca.issue(&["x", "--validity", "10d", "--backdate", "0s"]);
    let not_before = time::OffsetDateTime::parse(
        doc["certificate"]["not_before"].as_str().unwrap(),
        &time::format_description::well_known::Rfc3339,
    )
    .unwrap();
    assert!((not_before - now).abs() < time::Duration::minutes(1));
}

#[test]
fn revoked_certificate_fails_crl_check() {
    let ca = Ca::new(&[]);
    ca.issue(&["worker-1"]);
    let ca_pem = ca.ca_pem();
    let cert = ca.cert_pem("worker-1");

    let (der, pem) = ca.crl();
    let chain = ca.path("chain.pem");
    let chain_text =
        std::fs::read_to_string(&ca_pem).unwrap() + &std::fs::read_to_string(&pem).unwrap();
    std::fs::write(&chain, chain_text).unwrap();
    let ok = openssl(&[
        "verify",
        "-crl_check",
        "-CAfile",
        chain.to_str().unwrap(),
        cert.to_str().unwrap(),
    ]);
    assert!(ok.status.success(), "before revoke: {}", text(&ok));

    let revoke = run_json(
        &ca.home,
        &["ca", "revoke", "worker-1", "--reason", "key-compromise"],
        "",
    );
    assert_eq!(revoke["changed"], true);
    assert_eq!(revoke["certificate"]["status"], "revoked");
    let again = run_json(&ca.home, &["ca", "revoke", "worker-1"], "");
    assert_eq!(again["changed"], false);

    let (der, pem) = {
        let _ = (der, pem);
        ca.crl()
    };
    let chain_text =
        std::fs::read_to_string(&ca_pem).unwrap() + &std::fs::read_to_string(&pem).unwrap();
    std::fs::write(&chain, chain_text).unwrap();
    let bad = openssl(&[
        "verify",
        "-crl_check",
        "-CAfile",
        chain.to_str().unwrap(),
        cert.to_str().unwrap(),
    ]);
    assert!(!bad.status.success(), "after revoke: {}", text(&bad));
    assert!(text(&bad).contains("certificate revoked"), "{}", text(&bad));

    let crl_text = openssl(&[
        "crl",
        "-inform",
        "DER",
        "-in",
        der.to_str().unwrap(),
        "-noout",
        "-text",
    ]);
    assert!(crl_text.status.success(), "{}", text(&crl_text));
    let crl_text = stdout(&crl_text);
    assert!(crl_text.contains("X509v3 CRL Number"), "{crl_text}");
    assert!(
        crl_text.contains("X509v3 Authority Key Identifier"),
        "{crl_text}"
    );
    assert!(crl_text.contains("Key Compromise"), "{crl_text}");
    let serial = revoke["certificate"]["serial"].as_str().unwrap();
    assert!(
        crl_text.contains(&format!("Serial Number: {serial}")),
        "{crl_text}"
    );

    let verified = strongswan_pki(&[
        "--verify",
        "--in",
        cert.to_str().unwrap(),
        "--cacert",
        ca_pem.to_str().unwrap(),
        "--crl",
        der.to_str().unwrap(),
    ]);
    assert!(!verified.status.success(), "{}", text(&verified));
    assert!(
        text(&verified).contains("certificate was revoked"),
        "{}",
        text(&verified)
    );
    let print = strongswan_pki(&["--print", "--type", "crl", "--in", der.to_str().unwrap()]);
    assert!(print.status.success(), "{}", text(&print));
    assert!(
        stdout(&print).contains("1 revoked certificate"),
        "{}",
        stdout(&print)
    );
}

#[test]
fn crl_next_update_is_fifteen_days() {
    let ca = Ca::new(&[]);
    let first = run_json(&ca.home, &["ca", "crl"], "");
    assert_eq!(first["changed"], true);
    assert_eq!(first["crl_number"], 1);
    assert!(
        first["pem"]
            .as_str()
            .unwrap()
            .starts_with("-----BEGIN X509 CRL-----")
    );
    let next = time::OffsetDateTime::parse(
        first["next_update"].as_str().unwrap(),
        &time::format_description::well_known::Rfc3339,
    )
    .unwrap();
    let expected = time::OffsetDateTime::now_utc() + time::Duration::days(15);
    assert!((next - expected).abs() < time::Duration::minutes(1));

    let kept = run_json(&ca.home, &["ca", "crl", "--renew-if-within", "5d"], "");
    assert_eq!(kept["changed"], false);
    assert_eq!(kept["crl_number"], 1);
    let renewed = run_json(&ca.home, &["ca", "crl", "--renew-if-within", "16d"], "");
    assert_eq!(renewed["changed"], true);
    assert_eq!(renewed["crl_number"], 2);

    ca.issue(&["w"]);
    run_json(&ca.home, &["ca", "revoke", "w"], "");
    let after_revoke = run_json(&ca.home, &["ca", "crl", "--renew-if-within", "5d"], "");
    assert_eq!(
        after_revoke["changed"], true,
        "a revocation makes the stored CRL stale"
    );
    assert_eq!(after_revoke["revoked"], 1);
}

#[test]
fn issue_if_missing_keeps_certificate() {
    let ca = Ca::new(&[]);
    let first = ca.issue(&["worker-1"]);
    let again = ca.home.run(&["ca", "issue", "worker-1"], "");
    assert_eq!(again.status.code(), Some(5), "{}", stderr(&again));
    assert!(
        stderr(&again).contains("--if-missing"),
        "{}",
        stderr(&again)
    );
    let rerun = ca.issue(&["worker-1", "--if-missing"]);
    assert_eq!(rerun["changed"], false);
    assert_eq!(
        rerun["certificate"]["serial"],
        first["certificate"]["serial"]
    );
}

#[test]
fn bad_names_are_rejected_naming_value() {
    let ca = Ca::new(&[]);
    let long_label = format!("{}.example.org", "a".repeat(64));
    let long_name = [&"a".repeat(60)[..]; 5].join(".");
    let cases: Vec<(&str, &str)> = vec![
        ("fe80::1%eth0", "zone id"),
        ("192.0.2.10/24", "prefix"),
        (&long_label, "64 bytes"),
        (&long_name, "304 bytes"),
        ("*.test", "--allow-broad-wildcard"),
        ("a*.example.org", "wildcard"),
    ];
    for (value, expected) in cases {
        let output = ca.home.run(&["ca", "issue", "w", "--san", value], "");
        assert_eq!(
            output.status.code(),
            Some(6),
            "{value}: {}",
            stderr(&output)
        );
        let message = stderr(&output);
        assert!(message.contains(value), "{value}: {message}");
        assert!(message.contains(expected), "{value}: {message}");
    }
    let list = run_json(&ca.home, &["ca", "list"], "");
    assert_eq!(
        list["certificates"].as_array().unwrap().len(),
        0,
        "nothing was stored"
    );

    let broad = ca.issue(&["w", "--san", "*.test", "--allow-broad-wildcard"]);
    assert_eq!(broad["certificate"]["sans"][0], "*.test");
}

#[test]
fn long_name_kept_out_of_common_name() {
    let ca = Ca::new(&[]);
    let long = format!("{}.workernode.micado", "b".repeat(63));
    ca.issue(&["w", "--san", &long]);
    let cert = ca.cert_pem("w");
    let text = x509_text(&cert);
    assert!(text.contains(&format!("DNS:{long}")), "{text}");
    let subject = text
        .lines()
        .find(|l| l.trim_start().starts_with("Subject:"))
        .unwrap();
    assert_eq!(subject.trim(), "Subject:", "{text}");
    assert!(
        text.contains("X509v3 Subject Alternative Name: critical"),
        "{text}"
    );
    assert_openssl_verifies(&ca.ca_pem(), &cert);
    assert_pki_verifies(&ca.ca_pem(), &cert);
}

#[test]
fn windows_compat_writes_ip_as_dns() {
    let ca = Ca::new(&[]);
    ca.issue(&["w", "--san", "192.0.2.7", "--windows-ike-compat"]);
    let text = x509_text(&ca.cert_pem("w"));
    assert!(
        text.contains("DNS:192.0.2.7, IP Address:192.0.2.7"),
        "{text}"
    );
}

#[test]
fn ed25519_chain_verifies() {
    let ca = Ca::new(&["--key", "ed25519"]);
    ca.issue(&["w", "--key", "ed25519"]);
    let cert = ca.cert_pem("w");
    assert!(x509_text(&cert).contains("ED25519"));
    assert_openssl_verifies(&ca.ca_pem(), &cert);
    assert_pki_verifies(&ca.ca_pem(), &cert);
    let (der, _) = ca.crl();
    let crl = openssl(&[
        "crl",
        "-inform",
        "DER",
        "-in",
        der.to_str().unwrap(),
        "-noout",
    ]);
    assert!(crl.status.success(), "{}", text(&crl));
}

#[test]
fn rsa_3072_chain_verifies() {
    let ca = Ca::new(&["--key", "rsa-3072"]);
    ca.issue(&["w", "--key", "rsa-3072"]);
    let cert = ca.cert_pem("w");
    let text = x509_text(&cert);
    assert!(text.contains("Public-Key: (3072 bit)"), "{text}");
    assert!(text.contains("sha256WithRSAEncryption"), "{text}");
    assert_openssl_verifies(&ca.ca_pem(), &cert);
    assert_pki_verifies(&ca.ca_pem(), &cert);
}

#[test]
fn csr_key_never_enters_store() {
    let ca = Ca::new(&[]);
    let key = ca.path("worker.key");
    let csr = ca.path("worker.csr");
    let made = openssl(&[
        "req",
        "-new",
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:P-256",
        "-nodes",
        "-keyout",
        key.to_str().unwrap(),
        "-out",
        csr.to_str().unwrap(),
        "-subj",
        "/CN=ignored",
        "-addext",
        "subjectAltName=DNS:abc.workernode.micado",
    ]);
    assert!(made.status.success(), "{}", text(&made));
    let doc = ca.issue(&["w", "--csr", csr.to_str().unwrap()]);
    assert_eq!(doc["certificate"]["key_in_store"], false);
    assert_eq!(doc["certificate"]["sans"][0], "abc.workernode.micado");
    let cert = ca.cert_pem("w");
    assert_openssl_verifies(&ca.ca_pem(), &cert);

    let cert_key = openssl(&["x509", "-in", cert.to_str().unwrap(), "-noout", "-pubkey"]);
    let csr_key = openssl(&["req", "-in", csr.to_str().unwrap(), "-noout", "-pubkey"]);
    assert_eq!(stdout(&cert_key), stdout(&csr_key));

    let export = ca
        .home
        .run(&["ca", "export", "w", "--format", "pem-bundle"], "");
    assert_eq!(export.status.code(), Some(4), "{}", stderr(&export));

    std::fs::write(
        &csr,
        "-----BEGIN CERTIFICATE REQUEST-----\nAAAA\n-----END CERTIFICATE REQUEST-----\n",
    )
    .unwrap();
    let bad = ca
        .home
        .run(&["ca", "issue", "x", "--csr", csr.to_str().unwrap()], "");
    assert_eq!(bad.status.code(), Some(6), "{}", stderr(&bad));
    assert!(
        stderr(&bad).contains(csr.to_str().unwrap()),
        "{}",
        stderr(&bad)
    );
}

#[test]
fn renew_keeps_key_and_supersedes() {
    let ca = Ca::new(&[]);
    let first = ca.issue(&["w", "--san", "w.workernode.micado"]);
    let first_key = public_key(&ca, "w");

    let kept = run_json(
        &ca.home,
        &["ca", "renew", "w", "--if-expires-within", "30d"],
        "",
    );
    assert_eq!(kept["changed"], false);

    let renewed = run_json(&ca.home, &["ca", "renew", "w"], "");
    assert_eq!(renewed["changed"], true);
    assert_eq!(renewed["superseded"], first["certificate"]["serial"]);
    assert_ne!(
        renewed["certificate"]["serial"],
        first["certificate"]["serial"]
    );
    assert_eq!(renewed["certificate"]["sans"], first["certificate"]["sans"]);
    assert_eq!(public_key(&ca, "w"), first_key);
    let old = run_json(
        &ca.home,
        &[
            "ca",
            "show",
            first["certificate"]["serial"].as_str().unwrap(),
        ],
        "",
    );
    assert_eq!(old["status"], "revoked");
    assert_eq!(old["revocation_reason"], "superseded");

    run_json(&ca.home, &["ca", "renew", "w", "--rekey"], "");
    assert_ne!(public_key(&ca, "w"), first_key);
    assert_openssl_verifies(&ca.ca_pem(), &ca.cert_pem("w"));

    let (der, _) = ca.crl();
    let crl = openssl(&[
        "crl",
        "-inform",
        "DER",
        "-in",
        der.to_str().unwrap(),
        "-noout",
        "-text",
    ]);
    assert_eq!(
        stdout(&crl).matches("Superseded").count(),
        2,
        "{}",
        stdout(&crl)
    );
}

fn public_key(ca: &Ca, name: &str) -> String {
    let cert = ca.cert_pem(name);
    stdout(&openssl(&[
        "x509",
        "-in",
        cert.to_str().unwrap(),
        "-noout",
        "-pubkey",
    ]))
}

#[test]
fn list_filters_expiring() {
    let ca = Ca::new(&[]);
    ca.issue(&["soon", "--validity", "10d"]);
    ca.issue(&["later", "--validity", "100d"]);
    let all = run_json(&ca.home, &["ca", "list"], "");
    assert_eq!(all["certificates"].as_array().unwrap().len(), 2);
    let expiring = run_json(&ca.home, &["ca", "list", "--expiring-within", "30d"], "");
    let names: Vec<&str> = expiring["certificates"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["soon"]);
    let table = ca.home.run(&["ca", "list"], "");
    let table = stdout(&table);
    assert!(table.starts_with("SERIAL"), "{table}");
    assert!(table.contains("soon"), "{table}");
    assert!(table.contains("valid"), "{table}");
}

#[test]
fn export_swanctl_layout_and_modes() {
    use std::os::unix::fs::PermissionsExt;

    let ca = Ca::new(&[]);
    ca.issue(&["master", "--cert-profile", "master"]);
    ca.crl();
    let dir = ca.path("swanctl");
    let doc = run_json(
        &ca.home,
        &[
            "ca",
            "export",
            "master",
            "--format",
            "swanctl",
            dir.to_str().unwrap(),
        ],
        "",
    );
    assert_eq!(doc["changed"], true);
    for file in [
        "x509ca/micado.pem",
        "x509/master.pem",
        "private/master.pem",
        "x509crl/micado.crl",
    ] {
        let path = dir.join(file);
        let mode = std::fs::metadata(&path)
            .unwrap_or_else(|e| panic!("{file}: {e}"))
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600, "{file}");
    }
    let key = dir.join("private/master.pem");
    let key_pub = openssl(&["pkey", "-in", key.to_str().unwrap(), "-pubout"]);
    let cert_pub = openssl(&[
        "x509",
        "-in",
        dir.join("x509/master.pem").to_str().unwrap(),
        "-noout",
        "-pubkey",
    ]);
    assert_eq!(stdout(&key_pub), stdout(&cert_pub));
    let again = run_json(
        &ca.home,
        &[
            "ca",
            "export",
            "master",
            "--format",
            "swanctl",
            dir.to_str().unwrap(),
        ],
        "",
    );
    assert_eq!(again["changed"], false);
}

#[test]
fn export_ipsec_d_uses_micado_names() {
    let ca = Ca::new(&[]);
    ca.issue(&["master", "--cert-profile", "master"]);
    ca.issue(&["worker-1"]);
    let dir = ca.path("ipsec.d");
    run_json(
        &ca.home,
        &[
            "ca",
            "export",
            "master",
            "--format",
            "ipsec.d",
            dir.to_str().unwrap(),
        ],
        "",
    );
    run_json(
        &ca.home,
        &[
            "ca",
            "export",
            "worker-1",
            "--format",
            "ipsec.d",
            dir.to_str().unwrap(),
        ],
        "",
    );
    for file in [
        "cacerts/master.pem",
        "certs/master.crt",
        "private/master.key",
        "certs/node.crt",
        "private/node.key",
    ] {
        assert!(dir.join(file).is_file(), "{file}");
    }
    assert_openssl_verifies(&dir.join("cacerts/master.pem"), &dir.join("certs/node.crt"));
}

/// The worker cloud-init of MiCADO v0.11 splits the bundle with this awk
/// program after joining it into one line of words.
#[test]
fn pem_bundle_splits_like_micado() {
    let ca = Ca::new(&[]);
    ca.issue(&["worker-1"]);
    let output = ca
        .home
        .run(&["ca", "export", "worker-1", "--format", "pem-bundle"], "");
    assert!(output.status.success(), "{}", stderr(&output));
    let bundle = stdout(&output);
    assert!(
        bundle.starts_with("-----BEGIN PRIVATE KEY-----"),
        "{bundle}"
    );
    assert!(bundle.contains("-----BEGIN CERTIFICATE-----"));

    let dir = ca.path("split");
    std::fs::create_dir_all(&dir).unwrap();
    let script = format!(
        "awk 'BEGIN {{ of=\"{0}/node.key\" }} {{ print >of }} /^-----END/ {{ of=\"{0}/node.crt\" }}'",
        dir.display()
    );
    let mut child = Command::new("sh")
        .args(["-c", &script])
        .stdin(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(bundle.as_bytes())
        .unwrap();
    assert!(child.wait().unwrap().success());
    let key = openssl(&[
        "pkey",
        "-in",
        dir.join("node.key").to_str().unwrap(),
        "-pubout",
    ]);
    assert!(key.status.success(), "{}", text(&key));
    let cert = openssl(&[
        "x509",
        "-in",
        dir.join("node.crt").to_str().unwrap(),
        "-noout",
        "-pubkey",
    ]);
    assert_eq!(stdout(&key), stdout(&cert));
}

#[test]
fn private_keys_stay_out_of_outputs() {
    let ca = Ca::new(&[]);
    ca.issue(&["worker-1"]);
    let bundle = stdout(
        &ca.home
            .run(&["ca", "export", "worker-1", "--format", "pem-bundle"], ""),
    );
    let key_body: String = bundle
        .lines()
        .skip(1)
        .take_while(|l| !l.starts_with("-----END"))
        .collect();
    assert!(key_body.len() > 40);

    let mut seen = String::new();
    for args in [
        vec!["ca", "list"],
        vec!["ca", "show", "worker-1"],
        vec!["--output", "json", "ca", "show", "worker-1", "--pem"],
        vec!["audit", "export"],
        vec!["ca", "revoke", "worker-1"],
        vec!["ca", "issue", "bad", "--san", "fe80::1%eth0"],
    ] {
        let output = ca.home.run(&args, "");
        seen.push_str(&text(&output));
    }
    for line in bundle
        .lines()
        .skip(1)
        .take_while(|l| !l.starts_with("-----END"))
    {
        assert!(!seen.contains(line), "key material in output");
    }
    let database = std::fs::read(ca.home.database()).unwrap();
    assert!(!String::from_utf8_lossy(&database).contains("PRIVATE KEY"));
    let scalar = private_scalar(&ca, &bundle);
    assert_eq!(scalar.len(), 32);
    assert!(
        !database
            .windows(scalar.len())
            .any(|w| w == scalar.as_slice()),
        "the private scalar is in the database unencrypted"
    );
}

/// Returns the private scalar of the P-256 key at the start of `bundle`.
fn private_scalar(ca: &Ca, bundle: &str) -> Vec<u8> {
    let path = ca.path("bundle.pem");
    std::fs::write(&path, bundle).unwrap();
    let output = openssl(&["pkey", "-in", path.to_str().unwrap(), "-noout", "-text"]);
    let text = stdout(&output);
    let hex: String = text
        .lines()
        .skip_while(|l| !l.starts_with("priv:"))
        .skip(1)
        .take_while(|l| l.starts_with(' '))
        .flat_map(|l| l.trim().split(':'))
        .collect();
    let mut bytes: Vec<u8> = (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap())
        .collect();
    // openssl prints a leading 00 when the top bit is set.
    if bytes.len() == 33 {
        bytes.remove(0);
    }
    bytes
}

#[test]
fn audit_records_every_change() {
    let ca = Ca::new(&[]);
    ca.issue(&["w"]);
    run_json(&ca.home, &["ca", "renew", "w"], "");
    run_json(&ca.home, &["ca", "revoke", "w"], "");
    run_json(&ca.home, &["ca", "crl"], "");
    let output = ca.home.run(&["audit", "export"], "");
    let log = stdout(&output);
    for action in ["ca.init", "ca.issue", "ca.renew", "ca.revoke", "ca.crl"] {
        assert!(
            log.contains(&format!("\"{action}\"")),
            "{action} missing: {log}"
        );
    }
    let verify = ca.home.run(&["audit", "verify"], "");
    assert!(verify.status.success(), "{}", stderr(&verify));
}

#[test]
fn config_legacy_matches_micado_master() {
    let ca = Ca::new(&[]);
    ca.issue(&["master", "--cert-profile", "master"]);
    let output = ca.home.run(
        &[
            "ca",
            "config",
            "master",
            "--master-address",
            "192.0.2.10",
            "--legacy",
        ],
        "",
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let rendered = stdout(&output);
    let fixture = std::fs::read_to_string(common::data("ipsec-master.conf")).unwrap();
    let fixture = fixture.replace("{{ ansible_default_ipv4.address }}", "192.0.2.10");
    for line in fixture.lines().filter(|l| !l.trim().is_empty()) {
        assert!(
            rendered.lines().any(|r| r == line),
            "missing line {line:?} in\n{rendered}"
        );
    }
}

#[test]
fn config_swanctl_names_identities() {
    let ca = Ca::new(&[]);
    ca.issue(&["master", "--cert-profile", "master"]);
    let worker = ca.issue(&["worker"]);
    let worker_id = worker["certificate"]["sans"][0]
        .as_str()
        .unwrap()
        .to_string();
    let master = stdout(&ca.home.run(
        &["ca", "config", "master", "--master-address", "192.0.2.10"],
        "",
    ));
    assert!(master.contains("local_addrs = 192.0.2.10"), "{master}");
    assert!(master.contains("id = masternode.micado"), "{master}");
    assert!(master.contains("id = *.workernode.micado"), "{master}");
    assert!(master.contains("mode = transport"), "{master}");
    assert!(
        master.contains("proposals = aes256gcm16-prfsha384-ecp384"),
        "{master}"
    );
    assert!(master.contains("certs = master.pem"), "{master}");
    assert!(master.contains("cacerts = micado.pem"), "{master}");
    let worker = stdout(&ca.home.run(
        &["ca", "config", "worker", "--master-address", "192.0.2.10"],
        "",
    ));
    assert!(worker.contains("remote_addrs = 192.0.2.10"), "{worker}");
    assert!(worker.contains(&format!("id = {worker_id}")), "{worker}");
    assert!(worker.contains("id = masternode.micado"), "{worker}");
    assert!(worker.contains("start_action = start"), "{worker}");

    let bad = ca.home.run(
        &["ca", "config", "worker", "--master-address", "192.0.2.10 }"],
        "",
    );
    assert_eq!(bad.status.code(), Some(6), "{}", stderr(&bad));
}

#[test]
fn commands_without_ca_say_so() {
    let home = TestHome::initialised();
    let output = home.run(&["ca", "issue", "w"], "");
    assert_eq!(output.status.code(), Some(4), "{}", stderr(&output));
    assert!(stderr(&output).contains("ca init"), "{}", stderr(&output));
}

#[test]
fn issue_count_makes_batch() {
    let ca = Ca::new(&[]);
    let doc = ca.issue(&["batch", "--count", "20"]);
    assert_eq!(doc["changed"], true);
    let certificates = doc["certificates"].as_array().unwrap();
    assert_eq!(certificates.len(), 20);
    let mut names: Vec<&str> = certificates
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    names.sort();
    names.dedup();
    assert_eq!(names.len(), 20);
    assert!(names.contains(&"batch-1"));
    assert!(names.contains(&"batch-20"));
    for name in ["batch-1", "batch-20"] {
        assert_openssl_verifies(&ca.ca_pem(), &ca.cert_pem(name));
    }
    let rerun = ca.issue(&["batch", "--count", "20", "--if-missing"]);
    assert_eq!(rerun["changed"], false);

    let clash = ca.home.run(&["ca", "issue", "batch", "--count", "21"], "");
    assert_eq!(clash.status.code(), Some(5), "{}", stderr(&clash));
    let list = run_json(&ca.home, &["ca", "list"], "");
    assert_eq!(
        list["certificates"].as_array().unwrap().len(),
        20,
        "a failed batch stores nothing"
    );
}

#[test]
fn validity_beyond_ca_rejected() {
    let ca = Ca::new(&["--validity", "30d"]);
    let output = ca.home.run(&["ca", "issue", "w", "--validity", "397d"], "");
    assert_eq!(output.status.code(), Some(6), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("--validity"),
        "{}",
        stderr(&output)
    );
    assert!(
        stderr(&output).contains("outlive the CA"),
        "{}",
        stderr(&output)
    );
    ca.issue(&["w", "--validity", "20d"]);
}

/// The worker side of MiCADO v0.11: the `ipsec.conf` its cloud-init writes.
#[test]
fn config_legacy_matches_micado_worker() {
    let ca = Ca::new(&[]);
    ca.issue(&["master", "--cert-profile", "master"]);
    ca.issue(&["worker-1"]);
    let output = ca.home.run(
        &[
            "ca",
            "config",
            "worker",
            "--name",
            "worker-1",
            "--master-address",
            "192.0.2.10",
            "--legacy",
        ],
        "",
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let rendered = stdout(&output);
    let cloud_init = std::fs::read_to_string(common::data("cloud-init-worker.yaml.j2")).unwrap();
    let conn: Vec<String> = cloud_init
        .lines()
        .skip_while(|l| !l.contains("conn iptunnel"))
        .skip(1)
        .take_while(|l| l.starts_with("       "))
        .map(|l| {
            l.trim()
                .replace("{{ ansible_default_ipv4.address }}", "192.0.2.10")
        })
        .collect();
    assert!(conn.len() >= 10, "{conn:?}");
    for line in &conn {
        if line == "left=local" {
            // MiCADO's `local` is not one of ipsec.conf's special values such as
            // %defaultroute, which micadoctl writes instead.
            assert!(rendered.contains("left=%defaultroute"), "{rendered}");
            continue;
        }
        assert!(
            rendered.lines().any(|r| r.trim() == line),
            "missing {line:?} in\n{rendered}"
        );
    }
}

#[test]
fn crl_to_stdout_is_der() {
    let ca = Ca::new(&[]);
    let output = ca.home.run(&["ca", "crl"], "");
    assert!(output.status.success(), "{}", stderr(&output));
    let path = ca.path("stdout.crl");
    std::fs::write(&path, &output.stdout).unwrap();
    let parsed = openssl(&[
        "crl",
        "-inform",
        "DER",
        "-in",
        path.to_str().unwrap(),
        "-noout",
    ]);
    assert!(parsed.status.success(), "{}", text(&parsed));
}

#[test]
fn show_ca_reports_details() {
    let ca = Ca::new(&["--name", "micado-prod"]);
    let doc = run_json(&ca.home, &["ca", "show"], "");
    assert_eq!(doc["name"], "micado-prod");
    assert_eq!(doc["algorithm"], "ecdsa-p256");
    assert_eq!(doc["subject"], "CN=micado-prod");
    assert_eq!(doc["crl_number"], 0);
    let text = stdout(&ca.home.run(&["ca", "show"], ""));
    assert!(text.contains("CA:           micado-prod"), "{text}");
}

/// Ansible may run the same task for many hosts at once: one certificate
/// is issued and every other run returns it unchanged.
#[test]
fn concurrent_if_missing_issues_once() {
    let ca = Ca::new(&[]);
    let children: Vec<_> = (0..8)
        .map(|_| {
            ca.home
                .cmd()
                .args(["--output", "json", "ca", "issue", "shared", "--if-missing"])
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let mut changed = 0;
    let mut serials = Vec::new();
    for child in children {
        let output = child.wait_with_output().unwrap();
        assert!(output.status.success(), "{}", stderr(&output));
        let doc: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
        if doc["changed"] == true {
            changed += 1;
        }
        serials.push(doc["certificate"]["serial"].as_str().unwrap().to_string());
    }
    assert_eq!(changed, 1);
    serials.dedup();
    assert_eq!(serials.len(), 1, "{serials:?}");
}

/// Asserts that `args` fail with exit 6 and a message naming `option`.
fn assert_rejected(home: &TestHome, args: &[&str], option: &str) {
    let output = home.run(args, "");
    let message = stderr(&output);
    assert_eq!(output.status.code(), Some(6), "{args:?}: {message}");
    assert!(message.contains(option), "{args:?}: {message}");
    assert!(!message.contains("panicked"), "{args:?}: {message}");
}

#[test]
fn durations_past_9999_rejected() {
    let fresh = TestHome::initialised();
    assert_rejected(&fresh, &["ca", "init", "--validity", "9000y"], "9999");
    assert_rejected(&fresh, &["ca", "init", "--validity", "0s"], "--validity");
    let show = fresh.run(&["ca", "show"], "");
    assert_eq!(show.status.code(), Some(4), "no CA was stored");

    let ca = Ca::new(&[]);
    ca.issue(&["w"]);
    ca.crl();
    let huge = "99999999999y";
    assert_rejected(
        &ca.home,
        &["ca", "issue", "x", "--validity", "9000y"],
        "--validity",
    );
    assert_rejected(
        &ca.home,
        &["ca", "renew", "w", "--validity", "9000y"],
        "--validity",
    );
    assert_rejected(
        &ca.home,
        &["ca", "renew", "w", "--if-expires-within", huge],
        "--if-expires-within",
    );
    assert_rejected(
        &ca.home,
        &["ca", "list", "--expiring-within", huge],
        "--expiring-within",
    );
    assert_rejected(
        &ca.home,
        &["ca", "crl", "--renew-if-within", huge],
        "--renew-if-within",
    );
    let list = run_json(&ca.home, &["ca", "list"], "");
    assert_eq!(list["certificates"].as_array().unwrap().len(), 1);
    assert_eq!(list["certificates"][0]["status"], "valid");
}

/// Writes a request for a new key made by `openssl req -newkey` with `key_options`.
fn openssl_csr(ca: &Ca, stem: &str, key_options: &[&str]) -> PathBuf {
    let key = ca.path(&format!("{stem}.key"));
    let csr = ca.path(&format!("{stem}.csr"));
    let mut args = vec!["req", "-new", "-nodes", "-subj", "/CN=ignored"];
    args.extend_from_slice(key_options);
    args.extend_from_slice(&["-keyout", key.to_str().unwrap()]);
    args.extend_from_slice(&["-out", csr.to_str().unwrap()]);
    let made = openssl(&args);
    assert!(made.status.success(), "{}", text(&made));
    csr
}

#[test]
fn csr_key_type_is_checked() {
    let ca = Ca::new(&[]);
    let p384 = openssl_csr(
        &ca,
        "p384",
        &["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-384"],
    );
    ca.issue(&["p384", "--csr", p384.to_str().unwrap()]);
    let cert = ca.cert_pem("p384");
    let details = x509_text(&cert);
    assert!(details.contains("secp384r1"), "{details}");
    assert_openssl_verifies(&ca.ca_pem(), &cert);
    assert_pki_verifies(&ca.ca_pem(), &cert);

    let rsa_1024 = openssl_csr(&ca, "rsa1024", &["-newkey", "rsa:1024"]);
    let secp256k1 = openssl_csr(
        &ca,
        "k1",
        &["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:secp256k1"],
    );
    for (csr, expected) in [
        (&rsa_1024, "RSA with 1024 bits"),
        (&secp256k1, "curve 1.3.132.0.10"),
    ] {
        let path = csr.to_str().unwrap();
        let output = ca.home.run(&["ca", "issue", "bad", "--csr", path], "");
        let message = stderr(&output);
        assert_eq!(output.status.code(), Some(6), "{message}");
        assert!(message.contains(path), "{message}");
        assert!(message.contains(expected), "{message}");
        assert!(!message.contains("signature"), "{message}");
    }
    let list = run_json(&ca.home, &["ca", "list"], "");
    assert_eq!(list["certificates"].as_array().unwrap().len(), 1);
}

#[test]
fn renew_of_revoked_needs_rekey() {
    let ca = Ca::new(&[]);
    ca.issue(&["w"]);
    let compromised_key = public_key(&ca, "w");
    run_json(
        &ca.home,
        &["ca", "revoke", "w", "--reason", "key-compromise"],
        "",
    );

    for args in [
        &["ca", "renew", "w"][..],
        &["ca", "renew", "w", "--if-expires-within", "30d"][..],
    ] {
        let output = ca.home.run(args, "");
        let message = stderr(&output);
        assert_eq!(output.status.code(), Some(6), "{args:?}: {message}");
        assert!(message.contains("key-compromise"), "{message}");
        assert!(message.contains("--rekey"), "{message}");
    }
    let list = run_json(&ca.home, &["ca", "list"], "");
    assert_eq!(list["certificates"].as_array().unwrap().len(), 1);

    let renewed = run_json(&ca.home, &["ca", "renew", "w", "--rekey"], "");
    assert_eq!(renewed["changed"], true);
    assert_eq!(renewed["certificate"]["status"], "valid");
    assert_ne!(public_key(&ca, "w"), compromised_key);
}

#[test]
fn backdated_leaf_chain_verifies_at_start() {
    let ca = Ca::new(&[]);
    let doc = ca.issue(&["w", "--backdate", "1d"]);
    let not_before = time::OffsetDateTime::parse(
        doc["certificate"]["not_before"].as_str().unwrap(),
        &time::format_description::well_known::Rfc3339,
    )
    .unwrap();
    let at = (not_before.unix_timestamp() + 60).to_string();
    let output = openssl(&[
        "verify",
        "-attime",
        &at,
        "-CAfile",
        ca.ca_pem().to_str().unwrap(),
        ca.cert_pem("w").to_str().unwrap(),
    ]);
    assert!(output.status.success(), "{}", text(&output));
}

#[test]
fn names_without_san_blame_source() {
    let ca = Ca::new(&[]);
    let output = ca
        .home
        .run(&["ca", "issue", "web_1", "--cert-profile", "server"], "");
    let message = stderr(&output);
    assert_eq!(output.status.code(), Some(6), "{message}");
    assert!(message.contains("default DNS name \"web_1\""), "{message}");
    assert!(!message.contains("--san \"web_1\""), "{message}");

    let csr = openssl_csr(
        &ca,
        "badsan",
        &[
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:P-256",
            "-addext",
            "subjectAltName=DNS:bad..example",
        ],
    );
    let path = csr.to_str().unwrap();
    let output = ca.home.run(&["ca", "issue", "w", "--csr", path], "");
    let message = stderr(&output);
    assert_eq!(output.status.code(), Some(6), "{message}");
    assert!(message.contains(path), "{message}");
    assert!(!message.contains("--san \"bad..example\""), "{message}");
}

#[test]
fn export_warns_about_outdated_crl() {
    let ca = Ca::new(&[]);
    ca.issue(&["w"]);
    ca.issue(&["x"]);
    ca.crl();
    let dir = ca.path("swanctl");
    let dir = dir.to_str().unwrap();
    let export = ["ca", "export", "w", "--format", "swanctl", dir];

    let current = ca.home.run(&export, "");
    assert!(current.status.success(), "{}", stderr(&current));
    assert!(!stderr(&current).contains("ca crl"), "{}", stderr(&current));

    run_json(&ca.home, &["ca", "revoke", "x"], "");
    let outdated = ca.home.run(&export, "");
    assert!(outdated.status.success(), "{}", stderr(&outdated));
    assert!(
        stderr(&outdated).contains("misses a later revocation"),
        "{}",
        stderr(&outdated)
    );
}
