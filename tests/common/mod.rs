//! Helpers shared by the integration tests: a fresh state home per test and a
//! command builder that points micadoctl at it.

#![allow(
    dead_code,
    reason = "each test binary uses a different part of this module"
)]

use std::path::{Path, PathBuf};
use std::process::Command;

/// Path of the micadoctl binary built for the tests.
pub fn bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_micadoctl"))
}

/// A temporary state home, removed when dropped.
pub struct TestHome {
    /// Keeps the directory alive.
    pub dir: tempfile::TempDir,
}

impl TestHome {
    /// Creates an empty directory in which `init` has not run.
    pub fn empty() -> Self {
        TestHome {
            dir: tempfile::tempdir().expect("create a temporary directory"),
        }
    }

    /// Creates a directory with an initialised store and its default identity file.
    pub fn initialised() -> Self {
        let home = Self::empty();
        let output = home.cmd().arg("init").output().expect("run micadoctl init");
        assert!(
            output.status.success(),
            "init failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        home
    }

    /// Returns the state home directory.
    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Returns the database file.
    pub fn database(&self) -> PathBuf {
        self.path().join("micadoctl.db")
    }

    /// Returns the identity file `init` wrote.
    pub fn identity(&self) -> PathBuf {
        self.path().join("identity.txt")
    }

    /// Builds a micadoctl command with `--home` set and no inherited micadoctl settings.
    pub fn cmd(&self) -> Command {
        let mut command = Command::new(bin());
        command
            .env_remove("MICADOCTL_HOME")
            .env_remove("MICADOCTL_IDENTITY")
            .env_remove("MICADOCTL_PASSPHRASE_FILE")
            .env_remove("MICADOCTL_PROFILE")
            .env("NO_COLOR", "1")
            .arg("--home")
            .arg(self.path());
        command
    }

    /// Runs micadoctl with `args` and `stdin`, returning the output.
    pub fn run(&self, args: &[&str], stdin: &str) -> std::process::Output {
        use std::io::Write;
        use std::process::Stdio;

        let mut child = self
            .cmd()
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start micadoctl");
        child
            .stdin
            .take()
            .unwrap()
            .write_all(stdin.as_bytes())
            .expect("write stdin");
        child.wait_with_output().expect("wait for micadoctl")
    }
}

/// Path of a fixture file shipped with the tests.
pub fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
}

/// Fails with the install step when `program` is not on PATH.
pub fn require(program: &str, package: &str) {
    let found = std::env::var_os("PATH")
        .map(|paths| std::env::split_paths(&paths).any(|dir| dir.join(program).is_file()))
        .unwrap_or(false);
    assert!(
        found,
        "{program} is not installed; run scripts/test, or `apt-get install {package}`"
    );
}

/// Returns the standard output of a finished command as text.
pub fn stdout(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Returns the standard error of a finished command as text.
pub fn stderr(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Runs micadoctl with `--output json`, asserts success and parses stdout.
pub fn run_json(home: &TestHome, args: &[&str], stdin: &str) -> serde_json::Value {
    let mut all = vec!["--output", "json"];
    all.extend_from_slice(args);
    let output = home.run(&all, stdin);
    assert!(
        output.status.success(),
        "micadoctl {args:?} failed with {:?}: {}",
        output.status.code(),
        stderr(&output)
    );
    serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("stdout of {args:?} is not JSON ({e}): {}", stdout(&output)))
}
