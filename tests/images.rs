//! The image hash registry: register, verify, replace, import and export,
//! with the exit codes and `changed` flags of the scripting contract.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{TestHome, data, require, run_json, stderr, stdout};
use serde_json::Value;

const UBUNTU_SHA256: &str = "98e168704309d65a5bfa74650f553f2da732fcfd5e035dd29ba3e4fa6f50051b";
const NOTES_SHA256: &str = "02031ad43caf79e53291eb043ac2edc61f141183e5932e0c06d44e2899682291";

fn image_file(dir: &Path, name: &str, contents: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, contents).unwrap();
    path
}

fn sha256_of(path: &Path) -> String {
    require("sha256sum", "coreutils");
    let output = Command::new("sha256sum").arg(path).output().unwrap();
    // sha256sum starts the line with '\\' when the file name has escapes.
    let first = stdout(&output)
        .split_whitespace()
        .next()
        .unwrap()
        .to_string();
    first.trim_start_matches('\\').to_string()
}

fn audit_records(home: &TestHome) -> Vec<Value> {
    let output = home.run(&["audit", "export"], "");
    assert!(output.status.success(), "{}", stderr(&output));
    stdout(&output)
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect()
}

#[test]
fn register_file_then_verify() {
    let home = TestHome::initialised();
    let dir = tempfile::tempdir().unwrap();
    let path = image_file(dir.path(), "disk.img", b"a small disk image");
    let file = path.to_str().unwrap();

    let registered = run_json(&home, &["image", "register", "disk", file], "");
    assert_eq!(registered["changed"], true);
    let shown = run_json(&home, &["image", "show", "disk"], "");
    assert_eq!(shown["digests"]["sha256"], sha256_of(&path));
    assert_eq!(shown["size"], 18);
    for algorithm in ["sha256", "sha512", "blake3"] {
        assert!(
            shown["digests"][algorithm].is_string(),
            "{algorithm} missing: {shown}"
        );
    }

    let verified = home.run(&["image", "verify", "disk", file], "");
    assert_eq!(verified.status.code(), Some(0), "{}", stderr(&verified));
    assert!(stdout(&verified).starts_with("match: image \"disk\""));
}

#[test]
fn modified_file_mismatch_exit_3() {
    let home = TestHome::initialised();
    let dir = tempfile::tempdir().unwrap();
    let path = image_file(dir.path(), "disk.img", b"original contents");
    let file = path.to_str().unwrap();
    run_json(
        &home,
        &["image", "register", "disk", "--algo", "sha256", file],
        "",
    );
    let registered = sha256_of(&path);

    std::fs::write(&path, b"modified contents").unwrap();
    let output = home.run(&["image", "verify", "disk", file], "");

    assert_eq!(output.status.code(), Some(3), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(text.starts_with("MISMATCH"), "{text}");
    assert!(
        text.contains(&registered),
        "registered digest missing: {text}"
    );
    assert!(
        text.contains(&sha256_of(&path)),
        "computed digest missing: {text}"
    );
    let last = audit_records(&home).pop().unwrap();
    assert_eq!(last["action"], "image.verify");
    assert_eq!(last["outcome"], "failure");
}

#[test]
fn unknown_name_exit_4() {
    let home = TestHome::initialised();
    let dir = tempfile::tempdir().unwrap();
    let path = image_file(dir.path(), "disk.img", b"data");
    let output = home.run(&["image", "verify", "nothing", path.to_str().unwrap()], "");
    assert_eq!(output.status.code(), Some(4));
    assert!(stderr(&output).contains("\"nothing\" is not registered"));
}

#[test]
fn published_digest_rerun_unchanged() {
    let home = TestHome::initialised();
    let args = ["image", "register", "ubuntu", "--sha256", UBUNTU_SHA256];
    assert_eq!(run_json(&home, &args, "")["changed"], true);
    assert_eq!(run_json(&home, &args, "")["changed"], false);
    let upper = UBUNTU_SHA256.to_uppercase();
    let again = run_json(
        &home,
        &["image", "register", "ubuntu", "--sha256", &upper],
        "",
    );
    assert_eq!(again["changed"], false);
}

#[test]
fn published_digest_printed_normalised() {
    let home = TestHome::initialised();
    let padded = format!(" {} ", UBUNTU_SHA256.to_uppercase());
    let output = home.run(&["image", "register", "ubuntu", "--sha256", &padded], "");
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(
        stdout(&output),
        format!("registered: image \"ubuntu\"\n  sha256 {UBUNTU_SHA256}\n")
    );
}

#[test]
fn algo_without_file_rejected() {
    let home = TestHome::initialised();
    let output = home.run(
        &[
            "image",
            "register",
            "ubuntu",
            "--sha256",
            UBUNTU_SHA256,
            "--algo",
            "sha512",
        ],
        "",
    );
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    assert!(stderr(&output).contains("--algo"), "{}", stderr(&output));
    let shown = home.run(&["image", "show", "ubuntu"], "");
    assert_eq!(shown.status.code(), Some(4), "{}", stderr(&shown));
}

#[test]
fn other_digest_needs_replace() {
    let home = TestHome::initialised();
    run_json(
        &home,
        &["image", "register", "ubuntu", "--sha256", UBUNTU_SHA256],
        "",
    );

    let refused = home.run(
        &["image", "register", "ubuntu", "--sha256", NOTES_SHA256],
        "",
    );
    assert_eq!(refused.status.code(), Some(5), "{}", stderr(&refused));
    assert!(stderr(&refused).contains("--replace"));
    let shown = run_json(&home, &["image", "show", "ubuntu"], "");
    assert_eq!(shown["digests"]["sha256"], UBUNTU_SHA256);

    let replaced = run_json(
        &home,
        &[
            "image",
            "register",
            "ubuntu",
            "--sha256",
            NOTES_SHA256,
            "--replace",
        ],
        "",
    );
    assert_eq!(replaced["changed"], true);
    assert_eq!(replaced["replaced"]["sha256"], UBUNTU_SHA256);
    let record = audit_records(&home)
        .into_iter()
        .find(|r| r["action"] == "image.replace")
        .expect("an image.replace record");
    assert_eq!(record["detail"]["old"]["digests"]["sha256"], UBUNTU_SHA256);
    assert_eq!(record["detail"]["new"]["digests"]["sha256"], NOTES_SHA256);
}

#[test]
fn file_adds_missing_algorithms() {
    let home = TestHome::initialised();
    let dir = tempfile::tempdir().unwrap();
    let path = image_file(dir.path(), "disk.img", b"published image");
    let sha256 = sha256_of(&path);
    run_json(
        &home,
        &["image", "register", "disk", "--sha256", &sha256],
        "",
    );

    let merged = run_json(
        &home,
        &["image", "register", "disk", path.to_str().unwrap()],
        "",
    );
    assert_eq!(merged["changed"], true);
    let shown = run_json(&home, &["image", "show", "disk"], "");
    assert!(shown["digests"]["blake3"].is_string(), "{shown}");
    assert_eq!(shown["size"], 15);
}

#[test]
fn invalid_digest_rejected() {
    let home = TestHome::initialised();
    let short = home.run(&["image", "register", "x", "--sha256", "abc123"], "");
    assert_eq!(short.status.code(), Some(6));
    assert!(
        stderr(&short).contains("64 hexadecimal digits"),
        "{}",
        stderr(&short)
    );
    let not_hex = "z".repeat(128);
    let bad = home.run(&["image", "register", "x", "--sha512", &not_hex], "");
    assert_eq!(bad.status.code(), Some(6));
    assert!(stderr(&bad).contains("'z'"), "{}", stderr(&bad));
    let list = run_json(&home, &["image", "list"], "");
    assert_eq!(list["images"], serde_json::json!([]));
}

#[test]
fn invalid_name_rejected() {
    let home = TestHome::initialised();
    let output = home.run(
        &["image", "register", "tab\there", "--sha256", UBUNTU_SHA256],
        "",
    );
    assert_eq!(output.status.code(), Some(6));
    assert!(stderr(&output).contains("control"), "{}", stderr(&output));
}

#[test]
fn long_name_shortened_in_message() {
    let home = TestHome::initialised();
    let dir = tempfile::tempdir().unwrap();
    let list = dir.path().join("long.txt");
    let long_name = "x".repeat(100_000);
    std::fs::write(
        &list,
        format!("{long_name};{UBUNTU_SHA256}\nubuntu;{UBUNTU_SHA256}\n"),
    )
    .unwrap();
    let output = home.run(&["image", "import", list.to_str().unwrap()], "");
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let message = stderr(&output);
    assert!(message.contains("line 1:"), "{message}");
    assert!(message.contains("100000 bytes long"), "{message}");
    assert!(message.len() < 1000, "message of {} bytes", message.len());
}

#[test]
fn iivr_import_reports_line_2() {
    let home = TestHome::initialised();
    let fixture = data("iivr-hashes.txt");
    let output = home.run(
        &[
            "--output",
            "json",
            "image",
            "import",
            fixture.to_str().unwrap(),
        ],
        "",
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(stderr(&output).contains("line 2:"), "{}", stderr(&output));
    let doc: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(doc["changed"], true);
    assert_eq!(doc["rejected"][0]["line"], 2);
    assert_eq!(doc["imported"].as_array().unwrap().len(), 2);

    let shown = run_json(&home, &["image", "show", "ubuntu"], "");
    assert_eq!(shown["digests"]["sha256"], UBUNTU_SHA256);
    let rerun = run_json(&home, &["image", "import", fixture.to_str().unwrap()], "");
    assert_eq!(rerun["changed"], false);
}

#[test]
fn iivr_export_matches_good_lines() {
    let home = TestHome::initialised();
    run_json(
        &home,
        &["image", "import", data("iivr-hashes.txt").to_str().unwrap()],
        "",
    );
    let output = home.run(&["image", "export", "--format", "iivr"], "");
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(
        stdout(&output),
        format!("notes.txt;{NOTES_SHA256}\nubuntu;{UBUNTU_SHA256}\n")
    );
}

#[test]
fn empty_list_rejected() {
    let home = TestHome::initialised();
    let output = home.run(&["image", "import", "-"], "scratch;has\n");
    assert_eq!(output.status.code(), Some(6));
    assert!(
        stderr(&output).contains("stdin line 1"),
        "{}",
        stderr(&output)
    );
}

/// Names with a backslash make sha256sum escape the line; the import must
/// read them back and the export must write what `sha256sum -c` accepts.
#[test]
fn sha256sum_round_trip() {
    require("sha256sum", "coreutils");
    let home = TestHome::initialised();
    let dir = tempfile::tempdir().unwrap();
    image_file(dir.path(), "plain.img", b"plain");
    image_file(dir.path(), "back\\slash.img", b"odd name");
    image_file(dir.path(), "with space.img", b"spaced");
    let sums = Command::new("sha256sum")
        .current_dir(dir.path())
        .args(["plain.img", "back\\slash.img", "with space.img"])
        .output()
        .unwrap();
    let listing = stdout(&sums);
    let escaped = listing.lines().find(|l| l.contains("slash")).unwrap();
    assert!(escaped.starts_with('\\'), "{listing}");
    assert!(escaped.ends_with("  back\\\\slash.img"), "{listing}");

    let imported = run_json(&home, &["image", "import", "-"], &listing);
    assert_eq!(imported["imported"].as_array().unwrap().len(), 3);
    let odd = run_json(&home, &["image", "show", "back\\slash.img"], "");
    assert_eq!(
        odd["digests"]["sha256"],
        sha256_of(&dir.path().join("back\\slash.img"))
    );

    let out = dir.path().join("SHA256SUMS");
    let export = run_json(
        &home,
        &[
            "image",
            "export",
            "--format",
            "sha256sum",
            "--out",
            out.to_str().unwrap(),
        ],
        "",
    );
    assert_eq!(export["changed"], true);
    let check = Command::new("sha256sum")
        .current_dir(dir.path())
        .args(["--strict", "-c", "SHA256SUMS"])
        .output()
        .unwrap();
    assert!(
        check.status.success(),
        "sha256sum -c: {}{}",
        stdout(&check),
        stderr(&check)
    );
    assert_eq!(
        stdout(&check).matches(": OK").count(),
        3,
        "{}",
        stdout(&check)
    );
    let rerun = run_json(
        &home,
        &[
            "image",
            "export",
            "--format",
            "sha256sum",
            "--out",
            out.to_str().unwrap(),
        ],
        "",
    );
    assert_eq!(rerun["changed"], false);
}

#[test]
fn sha512sum_import_and_verify() {
    require("sha512sum", "coreutils");
    let home = TestHome::initialised();
    let dir = tempfile::tempdir().unwrap();
    let path = image_file(dir.path(), "big.img", b"sha512 listed image");
    let sums = Command::new("sha512sum").arg(&path).output().unwrap();
    run_json(&home, &["image", "import", "-"], &stdout(&sums));
    let name = path.to_str().unwrap();

    let shown = run_json(&home, &["image", "show", name], "");
    assert!(shown["digests"]["sha512"].is_string(), "{shown}");
    let verified = home.run(&["image", "verify", name, name], "");
    assert_eq!(verified.status.code(), Some(0), "{}", stderr(&verified));
}

#[test]
fn json_export_lists_entries() {
    let home = TestHome::initialised();
    run_json(
        &home,
        &["image", "register", "ubuntu", "--sha256", UBUNTU_SHA256],
        "",
    );
    let output = home.run(&["image", "export", "--format", "json"], "");
    let doc: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(doc["images"][0]["name"], "ubuntu");
    assert_eq!(doc["images"][0]["digests"]["sha256"], UBUNTU_SHA256);
    assert_eq!(doc["images"][0]["source"], "published");
}

#[test]
fn verify_any_finds_name() {
    let home = TestHome::initialised();
    let dir = tempfile::tempdir().unwrap();
    let known = image_file(dir.path(), "known.img", b"known image");
    let unknown = image_file(dir.path(), "unknown.img", b"unknown image");
    run_json(
        &home,
        &["image", "register", "known", known.to_str().unwrap()],
        "",
    );
    run_json(
        &home,
        &["image", "register", "ubuntu", "--sha256", UBUNTU_SHA256],
        "",
    );

    let found = run_json(
        &home,
        &["image", "verify", "--any", known.to_str().unwrap()],
        "",
    );
    assert_eq!(found["match"], true);
    assert_eq!(found["images"], serde_json::json!(["known"]));
    let missing = home.run(&["image", "verify", "--any", unknown.to_str().unwrap()], "");
    assert_eq!(missing.status.code(), Some(4), "{}", stderr(&missing));
    assert!(stdout(&missing).starts_with("unknown:"));
}

#[test]
fn edited_entry_detected() {
    let home = TestHome::initialised();
    let dir = tempfile::tempdir().unwrap();
    let trusted = image_file(dir.path(), "trusted.img", b"trusted");
    let evil = image_file(dir.path(), "evil.img", b"modified");
    run_json(
        &home,
        &[
            "image",
            "register",
            "disk",
            "--algo",
            "sha256",
            trusted.to_str().unwrap(),
        ],
        "",
    );

    // Point the registry at the modified image, as someone who can write
    // the database but has no key could.
    let conn = rusqlite::Connection::open(home.database()).unwrap();
    conn.execute(
        "UPDATE images SET sha256 = ?1, size = 8",
        [sha256_of(&evil)],
    )
    .unwrap();
    let output = home.run(&["image", "verify", "disk", evil.to_str().unwrap()], "");

    assert_eq!(output.status.code(), Some(3), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("modified outside micadoctl"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn remove_if_exists() {
    let home = TestHome::initialised();
    run_json(
        &home,
        &["image", "register", "ubuntu", "--sha256", UBUNTU_SHA256],
        "",
    );
    assert_eq!(
        run_json(&home, &["image", "remove", "ubuntu"], "")["changed"],
        true
    );
    let again = home.run(&["image", "remove", "ubuntu"], "");
    assert_eq!(again.status.code(), Some(4));
    let tolerant = run_json(&home, &["image", "remove", "ubuntu", "--if-exists"], "");
    assert_eq!(tolerant["changed"], false);
}

#[test]
fn list_needs_no_unlock() {
    let home = TestHome::initialised();
    run_json(
        &home,
        &["image", "register", "ubuntu", "--sha256", UBUNTU_SHA256],
        "",
    );
    std::fs::remove_file(home.identity()).unwrap();
    let list = run_json(&home, &["image", "list"], "");
    assert_eq!(list["images"][0]["name"], "ubuntu");
    let locked = home.run(&["image", "register", "x", "--sha256", UBUNTU_SHA256], "");
    assert_eq!(locked.status.code(), Some(7));
}

#[test]
fn rekey_keeps_entries_verifiable() {
    let home = TestHome::initialised();
    let dir = tempfile::tempdir().unwrap();
    let path = image_file(dir.path(), "disk.img", b"image before rekey");
    run_json(
        &home,
        &["image", "register", "disk", path.to_str().unwrap()],
        "",
    );
    let rekey = home.run(&["store", "rekey"], "");
    assert!(rekey.status.success(), "{}", stderr(&rekey));
    let verified = home.run(&["image", "verify", "disk", path.to_str().unwrap()], "");
    assert_eq!(verified.status.code(), Some(0), "{}", stderr(&verified));
}
