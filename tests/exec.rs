//! `cred exec`: the environment each credential type gets, exit codes, the
//! private file for Google keys and its removal, signal forwarding, and secrets
//! kept out of process arguments and messages.

mod common;

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read};
use std::path::PathBuf;
use std::process::{Child, ChildStdout, Command, Output, Stdio};
use std::time::{Duration, Instant};

use common::{TestHome, data, stderr, stdout};
use nix::sys::signal::{Signal, kill};
use nix::unistd::Pid;
use serde_json::Value;

const EC2_SECRET: &str = "exec/Secret+Key/0a1b2c3d";

const PEM: &str = "-----BEGIN PRIVATE KEY-----\n\
    MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7\n\
    q2VzdCBkYXRhIGZvciBhIHRlc3Q=\n\
    -----END PRIVATE KEY-----\n";

/// A state home plus a private runtime directory that `cred exec` puts its
/// temporary files in, so a test can check that nothing is left behind.
struct ExecHome {
    home: TestHome,
    runtime: tempfile::TempDir,
}

impl ExecHome {
    fn new() -> Self {
        ExecHome {
            home: TestHome::initialised(),
            runtime: tempfile::tempdir().expect("create a runtime directory"),
        }
    }

    /// Builds a micadoctl command that inherits only PATH, so that the command
    /// gets no variable of the test's own environment.
    fn cmd(&self) -> Command {
        let mut command = self.home.cmd();
        command
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("NO_COLOR", "1")
            .env("XDG_RUNTIME_DIR", self.runtime.path());
        command
    }

    /// Stores `values` (YAML or JSON) as credential `name` of type `kind`.
    fn set(&self, name: &str, kind: &str, values: &str) {
        let output = self.home.run(
            &["cred", "set", name, "--type", kind, "--from-file", "-"],
            values,
        );
        assert!(output.status.success(), "set {name}: {}", stderr(&output));
    }

    fn exec(&self, name: &str, command: &[&str]) -> Output {
        self.cmd()
            .args(["cred", "exec", name, "--"])
            .args(command)
            .stdin(Stdio::null())
            .output()
            .expect("run micadoctl")
    }

    /// Returns the environment that `cred exec NAME` gives a command, byte for byte.
    fn env_of(&self, name: &str) -> BTreeMap<String, Vec<u8>> {
        self.env_with(name, &[])
    }

    /// Like [`ExecHome::env_of`], with `inherited` variables set for micadoctl.
    fn env_with(&self, name: &str, inherited: &[(&str, &str)]) -> BTreeMap<String, Vec<u8>> {
        let output = self
            .cmd()
            .envs(inherited.iter().copied())
            .args(["cred", "exec", name, "--", "env", "-0"])
            .output()
            .expect("run micadoctl");
        assert!(output.status.success(), "exec {name}: {}", stderr(&output));
        parse_env(&output.stdout)
    }

    /// Names of the entries left in the runtime directory.
    fn leftovers(&self) -> Vec<PathBuf> {
        std::fs::read_dir(self.runtime.path())
            .expect("read the runtime directory")
            .map(|entry| entry.expect("read an entry").path())
            .collect()
    }
}

fn parse_env(bytes: &[u8]) -> BTreeMap<String, Vec<u8>> {
    bytes
        .split(|b| *b == 0)
        .filter(|entry| !entry.is_empty())
        .map(|entry| {
            let at = entry.iter().position(|b| *b == b'=').expect("NAME=VALUE");
            let name = String::from_utf8(entry[..at].to_vec()).expect("names are UTF-8");
            (name, entry[at + 1..].to_vec())
        })
        .collect()
}

fn var<'a>(env: &'a BTreeMap<String, Vec<u8>>, name: &str) -> &'a str {
    let value = env
        .get(name)
        .unwrap_or_else(|| panic!("{name} is not set; the command got {:?}", env.keys()));
    std::str::from_utf8(value).expect("values are UTF-8")
}

fn ec2_home() -> ExecHome {
    let home = ExecHome::new();
    home.set(
        "aws",
        "ec2",
        &format!("accesskey: AKIAEXEC01\nsecretkey: {EC2_SECRET}\n"),
    );
    home
}

fn gce_home() -> ExecHome {
    let home = ExecHome::new();
    let file = data("sample-credentials-gce.json");
    let output = home
        .home
        .run(&["cred", "import", file.to_str().unwrap()], "");
    assert!(output.status.success(), "{}", stderr(&output));
    home
}

fn original_gce() -> Value {
    let text = std::fs::read_to_string(data("sample-credentials-gce.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

// Environment per type

#[test]
fn ec2_environment() {
    let home = ec2_home();
    let env = home.env_of("aws");
    assert_eq!(var(&env, "AWS_ACCESS_KEY_ID"), "AKIAEXEC01");
    assert_eq!(var(&env, "AWS_SECRET_ACCESS_KEY"), EC2_SECRET);
    assert_eq!(var(&env, "MICADOCTL_CREDENTIAL"), "aws");
    assert!(!env.contains_key("AWS_SESSION_TOKEN"));
}

#[test]
fn ec2_optional_fields() {
    let home = ExecHome::new();
    let values = "accesskey: A\nsecretkey: S\nsession_token: T\n\
        region: eu-west-1\nendpoint: http://127.0.0.1:9000\n";
    home.set("aws", "ec2", values);
    let env = home.env_of("aws");
    assert_eq!(var(&env, "AWS_SESSION_TOKEN"), "T");
    assert_eq!(var(&env, "AWS_REGION"), "eu-west-1");
    assert_eq!(var(&env, "AWS_DEFAULT_REGION"), "eu-west-1");
    assert_eq!(var(&env, "AWS_ENDPOINT_URL"), "http://127.0.0.1:9000");
}

#[test]
fn ec2_drops_stale_session_token() {
    let home = ec2_home();
    let inherited = [
        ("AWS_SESSION_TOKEN", "stale-token-of-another-key"),
        ("AWS_SECURITY_TOKEN", "stale-token-of-another-key"),
        ("AWS_ACCESS_KEY_ID", "STALEKEY"),
    ];
    let env = home.env_with("aws", &inherited);
    assert_eq!(var(&env, "AWS_ACCESS_KEY_ID"), "AKIAEXEC01");
    assert!(
        !env.contains_key("AWS_SESSION_TOKEN"),
        "a session token of other keys reached the command"
    );
    assert!(!env.contains_key("AWS_SECURITY_TOKEN"));
}

#[test]
fn nova_password_environment() {
    let home = ExecHome::new();
    let values = "username: demo\npassword: nova-pw-77\ndomain_name: Default\n\
        auth_url: https://keystone.example:5000/v3\nproject_name: micado\n";
    home.set("os", "nova", values);
    let env = home.env_of("os");
    assert_eq!(var(&env, "OS_AUTH_TYPE"), "v3password");
    assert_eq!(var(&env, "OS_USERNAME"), "demo");
    assert_eq!(var(&env, "OS_PASSWORD"), "nova-pw-77");
    assert_eq!(var(&env, "OS_USER_DOMAIN_NAME"), "Default");
    assert_eq!(var(&env, "OS_AUTH_URL"), "https://keystone.example:5000/v3");
    assert_eq!(var(&env, "OS_PROJECT_NAME"), "micado");
    assert_eq!(var(&env, "OS_IDENTITY_API_VERSION"), "3");
}

#[test]
fn nova_app_credential_environment() {
    let home = ExecHome::new();
    let values = "application_credential_id: appcred-id-1\n\
        application_credential_secret: appcred-secret-2\n\
        auth_url: https://keystone.example:5000/v3\n";
    home.set("os", "nova", values);
    let env = home.env_of("os");
    assert_eq!(var(&env, "OS_AUTH_TYPE"), "v3applicationcredential");
    assert_eq!(var(&env, "OS_APPLICATION_CREDENTIAL_ID"), "appcred-id-1");
    assert_eq!(
        var(&env, "OS_APPLICATION_CREDENTIAL_SECRET"),
        "appcred-secret-2"
    );
    assert!(!env.contains_key("OS_PASSWORD"));
    assert!(!env.contains_key("OS_USERNAME"));
}

#[test]
fn nova_openid_alias_environment() {
    let home = ExecHome::new();
    let file = data("filled-credentials-cloud-api.yml");
    let output = home
        .home
        .run(&["cred", "import", file.to_str().unwrap()], "");
    assert!(output.status.success(), "{}", stderr(&output));
    let env = home.env_of("nova");
    assert_eq!(var(&env, "OS_AUTH_TYPE"), "v3oidcaccesstoken");
    assert_eq!(var(&env, "OS_IDENTITY_PROVIDER"), "egi.eu");
    assert_eq!(var(&env, "OIDC_TOKEN_URL"), "https://idp.example.org/token");
    assert_eq!(var(&env, "OIDC_REFRESH_TOKEN"), "fake-refresh-token-7f3a");
}

#[test]
fn azure_environment() {
    let home = ExecHome::new();
    let values = "subscription_id: sub-1\nclient_id: client-2\n\
        client_secret: azure-secret-3\ntenant_id: tenant-4\n";
    home.set("az", "azure", values);
    let env = home.env_of("az");
    for prefix in ["AZURE", "ARM"] {
        assert_eq!(var(&env, &format!("{prefix}_SUBSCRIPTION_ID")), "sub-1");
        assert_eq!(var(&env, &format!("{prefix}_CLIENT_ID")), "client-2");
        assert_eq!(
            var(&env, &format!("{prefix}_CLIENT_SECRET")),
            "azure-secret-3"
        );
        assert_eq!(var(&env, &format!("{prefix}_TENANT_ID")), "tenant-4");
    }
}

#[test]
fn generic_environment() {
    let home = ExecHome::new();
    home.set("db", "generic", "db.password: generic-pw-5\napi-key: k6\n");
    let env = home.env_of("db");
    assert_eq!(var(&env, "DB_PASSWORD"), "generic-pw-5");
    assert_eq!(var(&env, "API_KEY"), "k6");
    assert_eq!(var(&env, "MICADOCTL_CREDENTIAL"), "db");
}

// Exit codes and errors

#[test]
fn exit_code_passed_through() {
    let home = ec2_home();
    for code in [0, 7, 1, 255] {
        let output = home.exec("aws", &["sh", "-c", &format!("exit {code}")]);
        assert_eq!(output.status.code(), Some(code), "{}", stderr(&output));
    }
}

#[test]
fn killed_command_exit_code() {
    let home = ec2_home();
    let output = home.exec("aws", &["sh", "-c", "kill -TERM $$"]);
    assert_eq!(output.status.code(), Some(128 + 15), "{}", stderr(&output));
}

#[test]
fn missing_program_reported() {
    let home = ec2_home();
    let output = home.exec("aws", &["no-such-program-4f1e"]);
    let message = stderr(&output);
    assert!(!output.status.success());
    assert!(message.contains("\"no-such-program-4f1e\""), "{message}");
    assert_eq!(
        message.matches("No such file or directory").count(),
        1,
        "{message}"
    );
    assert!(!message.contains(EC2_SECRET), "{message}");
    assert!(!stdout(&output).contains(EC2_SECRET));
    assert!(home.leftovers().is_empty(), "{:?}", home.leftovers());
}

#[test]
fn unknown_credential_not_found() {
    let home = ExecHome::new();
    let output = home.exec("missing", &["true"]);
    assert_eq!(output.status.code(), Some(4), "{}", stderr(&output));
}

// Values byte for byte

#[test]
fn multiline_value_unchanged() {
    let home = ExecHome::new();
    let awkward = "  quote' \"double\" $HOME `cmd` \\back\\slash\ttab é ✓ trailing  ";
    let values =
        serde_json::json!({ "tls.key": PEM, "awkward": awkward, "blank.lines": "a\n\n\nb\n\n" });
    home.set("tls", "generic", &values.to_string());
    let env = home.env_of("tls");
    assert_eq!(env.get("TLS_KEY").map(Vec::as_slice), Some(PEM.as_bytes()));
    assert_eq!(
        env.get("AWKWARD").map(Vec::as_slice),
        Some(awkward.as_bytes())
    );
    assert_eq!(
        env.get("BLANK_LINES").map(Vec::as_slice),
        Some(&b"a\n\n\nb\n\n"[..])
    );
}

// The Google key file

/// Output of a command that prints the key file's path, its mode, its
/// directory's mode, then the file.
struct KeyFileReport {
    path: PathBuf,
    mode: String,
    dir_mode: String,
    contents: String,
}

const REPORT_KEY_FILE: &str = r#"f="$GOOGLE_APPLICATION_CREDENTIALS"
printf '%s\n' "$f"
stat -c %a "$f"
stat -c %a "${f%/*}"
cat "$f""#;

fn parse_report(text: &str) -> KeyFileReport {
    let mut lines = text.splitn(4, '\n');
    let mut next = || lines.next().expect("the report has four parts").to_string();
    KeyFileReport {
        path: PathBuf::from(next()),
        mode: next(),
        dir_mode: next(),
        contents: next(),
    }
}

#[test]
fn gce_key_file_private() {
    let home = gce_home();
    let output = home.exec("gce", &["sh", "-c", REPORT_KEY_FILE]);
    assert!(output.status.success(), "{}", stderr(&output));
    let report = parse_report(&stdout(&output));
    assert!(
        report.path.starts_with(home.runtime.path()),
        "{:?} is not under XDG_RUNTIME_DIR",
        report.path
    );
    assert_eq!(report.mode, "600");
    assert_eq!(report.dir_mode, "700");
}

#[test]
fn gce_key_file_matches_stored() {
    let home = gce_home();
    let output = home.exec("gce", &["sh", "-c", REPORT_KEY_FILE]);
    assert!(output.status.success(), "{}", stderr(&output));
    let report = parse_report(&stdout(&output));
    let written: Value = serde_json::from_str(&report.contents).expect("the key file is JSON");
    let original = original_gce();
    assert_eq!(written, original);
    assert_eq!(written["private_key"], original["private_key"]);
}

#[test]
fn gce_project_variables() {
    let home = gce_home();
    let env = home.env_of("gce");
    assert_eq!(var(&env, "GOOGLE_CLOUD_PROJECT"), "my-project");
    assert_eq!(var(&env, "CLOUDSDK_CORE_PROJECT"), "my-project");
}

#[test]
fn key_file_in_dev_shm_by_default() {
    let home = gce_home();
    let output = home
        .cmd()
        .env_remove("XDG_RUNTIME_DIR")
        .args(["cred", "exec", "gce", "--", "sh", "-c", REPORT_KEY_FILE])
        .output()
        .expect("run micadoctl");
    assert!(output.status.success(), "{}", stderr(&output));
    let report = parse_report(&stdout(&output));
    assert!(report.path.starts_with("/dev/shm"), "{:?}", report.path);
    assert_eq!(report.mode, "600");
    assert!(
        !report.path.parent().unwrap().exists(),
        "its directory is left"
    );
}

/// Runs `script` after the key file report and checks the exit code and that
/// the file and its directory are gone afterwards.
fn assert_key_file_removed(script: &str, expected_code: i32) {
    let home = gce_home();
    let full = format!("{REPORT_KEY_FILE}\n{script}");
    let output = home.exec("gce", &["sh", "-c", &full]);
    assert_eq!(
        output.status.code(),
        Some(expected_code),
        "{}",
        stderr(&output)
    );
    let report = parse_report(&stdout(&output));
    assert!(!report.path.exists(), "{:?} is left", report.path);
    assert!(
        !report.path.parent().unwrap().exists(),
        "its directory is left"
    );
    assert!(home.leftovers().is_empty(), "{:?}", home.leftovers());
}

#[test]
fn key_file_removed_after_success() {
    assert_key_file_removed("exit 0", 0);
}

#[test]
fn key_file_removed_after_failure() {
    assert_key_file_removed("exit 1", 1);
}

#[test]
fn key_file_removed_after_kill() {
    assert_key_file_removed("kill -KILL $$", 128 + 9);
}

// Signals

/// Builds a command that reports the key file's path, then waits up to 10 s for
/// `signal` and exits with `code` when it arrives (99 when it never does).
fn trap_script(signal: &str, code: i32) -> String {
    format!(
        r#"trap 'echo got-{signal}; exit {code}' {signal}
echo "ready $GOOGLE_APPLICATION_CREDENTIALS"
i=0
while [ $i -lt 100 ]; do sleep 0.1; i=$((i+1)); done
exit 99"#
    )
}

/// Starts `cred exec NAME -- COMMAND` with stdout piped and waits until the
/// command prints a line starting with `ready`. Returns the process, the rest
/// of its stdout and that line.
fn start_until_ready(
    home: &ExecHome,
    name: &str,
    command: &[&str],
) -> (Child, BufReader<ChildStdout>, String) {
    let mut child = home
        .cmd()
        .args(["cred", "exec", name, "--"])
        .args(command)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start micadoctl");
    let mut reader = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    reader.read_line(&mut line).expect("read the ready line");
    assert!(
        line.starts_with("ready"),
        "expected a ready line, got {line:?}"
    );
    (child, reader, line.trim_end().to_string())
}

fn assert_signal_forwarded(signal: Signal, name: &str, code: i32) {
    let home = gce_home();
    let script = trap_script(name, code);
    let (mut child, mut reader, ready) = start_until_ready(&home, "gce", &["sh", "-c", &script]);
    let key_file = PathBuf::from(ready.trim_start_matches("ready "));
    assert!(
        key_file.is_file(),
        "{key_file:?} missing while the command runs"
    );

    kill(Pid::from_raw(child.id() as i32), signal).expect("signal micadoctl");
    let mut rest = String::new();
    reader.read_to_string(&mut rest).expect("read stdout");
    let status = child.wait().expect("wait for micadoctl");
    let mut errors = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut errors)
        .unwrap();

    assert!(
        rest.contains(&format!("got-{name}")),
        "the command did not get {signal}: {errors}"
    );
    assert_eq!(status.code(), Some(code), "{errors}");
    assert!(!key_file.exists(), "{key_file:?} is left");
    assert!(home.leftovers().is_empty(), "{:?}", home.leftovers());
}

#[test]
fn sigterm_forwarded() {
    assert_signal_forwarded(Signal::SIGTERM, "TERM", 42);
}

#[test]
fn sigusr1_forwarded() {
    assert_signal_forwarded(Signal::SIGUSR1, "USR1", 43);
}

#[test]
fn sigint_forwarded() {
    assert_signal_forwarded(Signal::SIGINT, "INT", 45);
}

#[test]
fn sighup_forwarded() {
    assert_signal_forwarded(Signal::SIGHUP, "HUP", 44);
}

// Secrets outside the environment

fn read_proc(pid: u32, file: &str) -> Vec<u8> {
    std::fs::read(format!("/proc/{pid}/{file}")).unwrap_or_default()
}

/// Finds a child of `parent` named `comm`, waiting up to 5 s for it to start.
fn find_child(parent: u32, comm: &str) -> u32 {
    let deadline = Instant::now() + Duration::from_secs(5);
    while Instant::now() < deadline {
        for entry in std::fs::read_dir("/proc").unwrap().flatten() {
            let Ok(pid) = entry.file_name().to_string_lossy().parse::<u32>() else {
                continue;
            };
            let stat = String::from_utf8_lossy(&read_proc(pid, "stat")).into_owned();
            // stat is "pid (comm) state ppid ...", and comm may contain spaces.
            let Some((head, tail)) = stat.rsplit_once(") ") else {
                continue;
            };
            let ppid = tail.split(' ').nth(1).and_then(|p| p.parse::<u32>().ok());
            if ppid == Some(parent) && head.ends_with(&format!("({comm}")) {
                return pid;
            }
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    panic!("no child {comm} of process {parent} appeared");
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|window| window == needle.as_bytes())
}

#[test]
fn argv_holds_no_secret() {
    let home = ec2_home();
    let mut micadoctl = home
        .cmd()
        .args(["cred", "exec", "aws", "--", "sleep", "5"])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start micadoctl");
    let sleep = find_child(micadoctl.id(), "sleep");

    let parent_cmdline = read_proc(micadoctl.id(), "cmdline");
    let child_cmdline = read_proc(sleep, "cmdline");
    let child_environ = read_proc(sleep, "environ");
    kill(Pid::from_raw(micadoctl.id() as i32), Signal::SIGTERM).expect("signal micadoctl");
    let status = micadoctl.wait().expect("wait for micadoctl");
    let mut errors = String::new();
    micadoctl
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut errors)
        .unwrap();

    assert!(
        contains(&child_environ, EC2_SECRET),
        "the wrong process was read"
    );
    assert!(
        !contains(&parent_cmdline, EC2_SECRET),
        "micadoctl argv shows the secret"
    );
    assert!(
        !contains(&child_cmdline, EC2_SECRET),
        "command argv shows the secret"
    );
    assert_eq!(status.code(), Some(128 + 15), "{errors}");
    assert!(!errors.contains(EC2_SECRET), "{errors}");
}

#[test]
fn nothing_left_after_exec() {
    let home = ec2_home();
    let output = home.exec("aws", &["true"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(home.leftovers().is_empty(), "{:?}", home.leftovers());
}
