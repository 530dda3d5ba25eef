//! After changing help texts or messages, rerun `TRYCMD=overwrite cargo test --test cli` and `scripts/gen-docs`.
//!
//! CLI behaviour as data: the cases under `tests/cmd/` record each command's
//! arguments, output and exit code, and trycmd runs them against the built
//! binary. A `*.trycmd` file contains one or more commands. When a case has an
//! `.in/` directory, its commands run in one copy of that directory, so
//! `MICADOCTL_HOME=home` puts the store there and later commands reuse it.
//!
//! Run one file with `cargo test --test cli -- cli_cases trycmd=NAME`.

use std::process::Command;

/// Variables of the calling shell that change which store micadoctl opens,
/// how it unlocks it, or how wide and colourful its output is. The cases run
/// without them, so they pass the same way on every machine.
const HOST_VARIABLES: [&str; 7] = [
    "MICADOCTL_HOME",
    "MICADOCTL_IDENTITY",
    "MICADOCTL_PASSPHRASE_FILE",
    "MICADOCTL_PROFILE",
    "COLUMNS",
    "CLICOLOR",
    "CLICOLOR_FORCE",
];

/// Set in the child process that runs the cases without `HOST_VARIABLES`.
const CLEAN_ENVIRONMENT: &str = "MICADOCTL_TEST_CLEAN_ENVIRONMENT";

#[test]
fn cli_cases() {
    if std::env::var_os(CLEAN_ENVIRONMENT).is_none() {
        rerun_without_host_variables();
        return;
    }
    trycmd::TestCases::new()
        .register_bin(
            "micadoctl",
            std::path::Path::new(env!("CARGO_BIN_EXE_micadoctl")),
        )
        .default_bin_name("micadoctl")
        .env("NO_COLOR", "1")
        .case("tests/cmd/*.toml")
        .case("tests/cmd/*.trycmd");
}

/// Runs this test again in a child process whose environment lacks
/// `HOST_VARIABLES`. A test cannot remove variables from its own process
/// without `unsafe`, which the workspace forbids.
fn rerun_without_host_variables() {
    let mut command = Command::new(std::env::current_exe().expect("path of the test binary"));
    command
        .args(["cli_cases", "--exact", "--nocapture", "--test-threads=1"])
        .args(std::env::args().filter(|a| a.starts_with("trycmd=")))
        .env(CLEAN_ENVIRONMENT, "1");
    for name in HOST_VARIABLES {
        command.env_remove(name);
    }

    let output = command.output().expect("run the test binary again");
    assert!(
        output.status.success(),
        "CLI cases failed ({}); rerun with TRYCMD=overwrite to update them \
         after an intended change\n--- stdout\n{}\n--- stderr\n{}",
        output.status,
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr),
    );
}
