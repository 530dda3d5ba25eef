//! The committed shell completions and man pages must match what the built
//! binary generates, and every man page must be valid roff.
//!
//! `scripts/gen-docs` regenerates the committed files. These tests generate
//! them again into a temporary directory and compare file by file.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Completion script file names in `completions/`, by shell.
const COMPLETIONS: [(&str, &str); 5] = [
    ("bash", "micadoctl.bash"),
    ("zsh", "_micadoctl"),
    ("fish", "micadoctl.fish"),
    ("elvish", "micadoctl.elv"),
    ("powershell", "_micadoctl.ps1"),
];

const GROFF_INSTALL: &str = "apt-get install man-db groff-base";

fn micadoctl() -> Command {
    Command::new(env!("CARGO_BIN_EXE_micadoctl"))
}

fn repository() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn completions_match_committed_copies() {
    let generated = tempfile::tempdir().expect("create a temporary directory");
    for (shell, file) in COMPLETIONS {
        let output = micadoctl()
            .args(["completions", shell])
            .output()
            .expect("run micadoctl completions");
        assert!(
            output.status.success(),
            "micadoctl completions {shell} failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        std::fs::write(generated.path().join(file), &output.stdout).expect("write completion");
    }

    let problems = compare_directories(generated.path(), &repository().join("completions"));
    assert!(
        problems.is_empty(),
        "completions/ is out of date; run scripts/gen-docs and commit the result:\n{}",
        problems.join("\n")
    );
}

#[test]
fn man_pages_match_committed_copies() {
    let generated = generate_man_pages();
    let problems = compare_directories(generated.path(), &repository().join("man"));
    assert!(
        problems.is_empty(),
        "man/ is out of date; run scripts/gen-docs and commit the result:\n{}",
        problems.join("\n")
    );
}

#[test]
fn man_pages_render_without_warnings() {
    let generated = generate_man_pages();
    let pages = file_names(generated.path());
    assert!(
        pages.contains("micadoctl.1"),
        "no micadoctl.1 among {pages:?}"
    );
    assert!(
        pages.contains("micadoctl-cred.1"),
        "no micadoctl-cred.1 among {pages:?}"
    );

    for page in &pages {
        let path = generated.path().join(page);
        // -ww enables all warnings; -P-cbou makes grotty print plain text
        // without overstriking, so the headings can be searched.
        let output = Command::new("groff")
            .args(["-man", "-Tutf8", "-ww", "-P-cbou"])
            .arg(&path)
            .output()
            .unwrap_or_else(|e| {
                panic!("cannot run groff ({e}); install it with `{GROFF_INSTALL}`")
            });
        let stderr = String::from_utf8_lossy(&output.stderr);
        let text = String::from_utf8_lossy(&output.stdout);
        assert!(output.status.success(), "groff failed on {page}: {stderr}");
        assert!(stderr.is_empty(), "groff warns about {page}:\n{stderr}");
        assert!(
            text.contains("SYNOPSIS"),
            "{page} renders without a SYNOPSIS:\n{text}"
        );
    }
}

#[test]
fn man_pages_open_with_man() {
    let generated = generate_man_pages();
    let page = generated.path().join("micadoctl-cred.1");
    let output = Command::new("man")
        .arg("-l")
        .arg(&page)
        .env("MANPAGER", "cat")
        .env("MANWIDTH", "100")
        .output()
        .unwrap_or_else(|e| panic!("cannot run man ({e}); install it with `{GROFF_INSTALL}`"));
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "man -l micadoctl-cred.1 failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        text.contains("micadoctl cred set"),
        "no `cred set` section:\n{text}"
    );
    assert!(
        text.contains("--insecure-argv"),
        "no `cred set` options:\n{text}"
    );
}

/// Runs the hidden `micadoctl manpages DIR` into a new temporary directory.
fn generate_man_pages() -> tempfile::TempDir {
    let generated = tempfile::tempdir().expect("create a temporary directory");
    let output = micadoctl()
        .arg("manpages")
        .arg(generated.path())
        .output()
        .expect("run micadoctl manpages");
    assert!(
        output.status.success(),
        "micadoctl manpages failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    generated
}

/// Lists each file that is stale, missing from `committed` or only in
/// `committed`, with its path relative to the repository.
fn compare_directories(generated: &Path, committed: &Path) -> Vec<String> {
    let relative = committed.strip_prefix(repository()).unwrap_or(committed);
    let expected = file_names(generated);
    let present = file_names(committed);
    let mut problems = Vec::new();

    for name in &expected {
        let path = relative.join(name);
        if !present.contains(name) {
            problems.push(format!("  missing: {}", path.display()));
            continue;
        }
        let new = std::fs::read(generated.join(name)).expect("read the generated file");
        let old = std::fs::read(committed.join(name)).expect("read the committed file");
        if new != old {
            problems.push(format!("  stale:   {}", path.display()));
        }
    }
    for name in present.difference(&expected) {
        problems.push(format!(
            "  extra:   {} (no command generates it)",
            relative.join(name).display()
        ));
    }
    problems
}

/// File names in `dir`; an absent directory has none.
fn file_names(dir: &Path) -> BTreeSet<String> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return BTreeSet::new();
    };
    entries
        .map(|entry| entry.expect("read a directory entry"))
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .collect()
}
