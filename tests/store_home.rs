//! State home resolution without `--home`: `MICADOCTL_HOME`, then
//! `$XDG_DATA_HOME/micadoctl` or `~/.local/share/micadoctl` for an ordinary
//! user, and `/var/lib/micadoctl` for root.

mod common;
mod store_support;

use std::path::Path;
use std::process::Command;

use store_support::*;

/// A micadoctl command that runs as an ordinary user (nobody, when the tests
/// run as root) with no micadoctl settings and the given environment.
fn ordinary_user(env: &[(&str, &Path)]) -> Command {
    let mut command = if nix::unistd::geteuid().is_root() {
        common::require("setpriv", "util-linux");
        let mut command = Command::new("setpriv");
        command.args(["--reuid=nobody", "--regid=nogroup", "--clear-groups"]);
        command.arg(common::bin());
        command
    } else {
        Command::new(common::bin())
    };
    for name in [
        "MICADOCTL_HOME",
        "MICADOCTL_IDENTITY",
        "XDG_DATA_HOME",
        "HOME",
    ] {
        command.env_remove(name);
    }
    for (name, value) in env {
        command.env(name, value);
    }
    command.env("NO_COLOR", "1");
    command
}

fn owned_tempdir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("create a temporary directory");
    hand_over(dir.path());
    dir
}

#[test]
fn xdg_data_home_used() {
    let dir = owned_tempdir();

    let output = ordinary_user(&[("XDG_DATA_HOME", dir.path())])
        .arg("init")
        .output()
        .unwrap();

    assert_ok(&output, "init under XDG_DATA_HOME");
    assert!(dir.path().join("micadoctl/micadoctl.db").is_file());
    assert!(dir.path().join("micadoctl/identity.txt").is_file());
}

#[test]
fn home_local_share_used() {
    let dir = owned_tempdir();

    let output = ordinary_user(&[("HOME", dir.path())])
        .arg("init")
        .output()
        .unwrap();

    assert_ok(&output, "init under HOME");
    assert!(
        dir.path()
            .join(".local/share/micadoctl/micadoctl.db")
            .is_file()
    );
}

#[test]
fn micadoctl_home_wins() {
    let dir = owned_tempdir();
    let chosen = dir.path().join("chosen");

    let output = ordinary_user(&[("XDG_DATA_HOME", dir.path()), ("MICADOCTL_HOME", &chosen)])
        .arg("init")
        .output()
        .unwrap();

    assert_ok(&output, "init under MICADOCTL_HOME");
    assert!(chosen.join("micadoctl.db").is_file());
    assert!(!dir.path().join("micadoctl").exists());
}

#[test]
fn root_default_is_var_lib() {
    if !nix::unistd::geteuid().is_root() {
        return;
    }
    // `status` only reads, so it names the default without creating it.
    let output = Command::new(common::bin())
        .env_remove("MICADOCTL_HOME")
        .args(["status"])
        .output()
        .unwrap();

    if !Path::new("/var/lib/micadoctl/micadoctl.db").exists() {
        assert_exit(&output, 4, "status without a store");
        assert!(
            stderr(&output).contains("/var/lib/micadoctl"),
            "{}",
            stderr(&output)
        );
    }
}
