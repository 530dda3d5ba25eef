//! The hashing engine through `micadoctl image hash`, checked against the
//! coreutils `sha256sum` and `sha512sum` and the `b3sum` of the BLAKE3
//! project, and its detection of files that change while they are read.

mod common;

use std::fs::{File, OpenOptions};
use std::io::{Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::{TestHome, bin, require, stderr, stdout};

/// Size of one read of the engine (`hashing::BUFFER_SIZE`).
const BUFFER: usize = 4 << 20;

/// Returns `len` bytes of a fixed pattern that does not repeat with the buffer size.
fn pattern(len: usize) -> Vec<u8> {
    (0..len).map(|i| (i * 7 % 253) as u8).collect()
}

fn write_file(dir: &Path, name: &str, data: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, data).unwrap();
    path
}

/// Runs a coreutils-style tool on `path`; returns the first word of its output.
fn tool_digest(program: &str, path: &Path) -> String {
    let output = Command::new(program).arg(path).output().unwrap();
    assert!(
        output.status.success(),
        "{program} failed: {}",
        stderr(&output)
    );
    stdout(&output)
        .split_whitespace()
        .next()
        .unwrap()
        .to_string()
}

/// Hashes `path` with micadoctl (all three algorithms in one pass).
fn micadoctl_digests(path: &Path) -> serde_json::Value {
    let home = TestHome::empty();
    let output = home
        .cmd()
        .args([
            "--output",
            "json",
            "image",
            "hash",
            "--algo",
            "sha256,sha512,blake3",
        ])
        .arg(path)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "image hash failed: {}",
        stderr(&output)
    );
    let doc: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    doc["files"][0].clone()
}

fn assert_same_as_tools(path: &Path) {
    require("sha256sum", "coreutils");
    require("sha512sum", "coreutils");
    require("b3sum", "b3sum");
    let ours = micadoctl_digests(path);
    let size = std::fs::metadata(path).unwrap().len();
    assert_eq!(ours["size"], size, "size of {}", path.display());
    for (algorithm, tool) in [
        ("sha256", "sha256sum"),
        ("sha512", "sha512sum"),
        ("blake3", "b3sum"),
    ] {
        assert_eq!(
            ours["digests"][algorithm].as_str().unwrap(),
            tool_digest(tool, path),
            "{algorithm} of {} ({size} bytes) differs from {tool}",
            path.display()
        );
    }
}

#[test]
fn empty_file_matches_tools() {
    let dir = tempfile::tempdir().unwrap();
    assert_same_as_tools(&write_file(dir.path(), "empty", b""));
}

#[test]
fn one_buffer_matches_tools() {
    let dir = tempfile::tempdir().unwrap();
    assert_same_as_tools(&write_file(dir.path(), "one", &pattern(BUFFER)));
}

#[test]
fn buffer_plus_one_matches_tools() {
    let dir = tempfile::tempdir().unwrap();
    assert_same_as_tools(&write_file(dir.path(), "one-more", &pattern(BUFFER + 1)));
}

#[test]
fn several_buffers_match_tools() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_file(dir.path(), "several", &pattern(3 * BUFFER + 4097));
    assert_same_as_tools(&path);
}

/// A 512 MiB file that is one hole between two short pieces of data.
#[test]
fn sparse_file_matches_tools() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sparse");
    let mut file = File::create(&path).unwrap();
    file.write_all(b"start of a sparse disk image").unwrap();
    file.seek(SeekFrom::Start(512 << 20)).unwrap();
    file.write_all(b"end after a large hole").unwrap();
    drop(file);
    let metadata = std::fs::metadata(&path).unwrap();
    assert!(
        std::os::unix::fs::MetadataExt::blocks(&metadata) * 512 < 1 << 20,
        "the test file system did not keep the file sparse"
    );
    assert_same_as_tools(&path);
}

#[test]
fn stdin_matches_sha256sum() {
    require("sha256sum", "coreutils");
    let dir = tempfile::tempdir().unwrap();
    let path = write_file(dir.path(), "piped", &pattern(BUFFER * 2 + 3));
    let home = TestHome::empty();
    let output = home
        .cmd()
        .args(["image", "hash", "-"])
        .stdin(File::open(&path).unwrap())
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(
        stdout(&output),
        format!("{}  -\n", tool_digest("sha256sum", &path))
    );
    // stderr is not a terminal, so no progress bar is drawn.
    assert_eq!(stderr(&output), "");
}

#[test]
fn directory_rejected() {
    let dir = tempfile::tempdir().unwrap();
    let home = TestHome::empty();
    let output = home
        .cmd()
        .args(["image", "hash"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("directory"), "{}", stderr(&output));
}

#[test]
fn fifo_rejected_without_blocking() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("image.fifo");
    let made = Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success(), "mkfifo failed");
    let home = TestHome::empty();
    let mut child = home
        .cmd()
        .args(["image", "hash"])
        .arg(&fifo)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();

    // Opening a FIFO that no process writes to blocks a plain open forever.
    let deadline = Instant::now() + Duration::from_secs(10);
    while child.try_wait().unwrap().is_none() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    if child.try_wait().unwrap().is_none() {
        child.kill().unwrap();
        panic!("image hash of a FIFO without a writer did not return");
    }
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(6), "{}", stderr(&output));
    assert_eq!(stdout(&output), "");
    assert!(stderr(&output).contains("FIFO"), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("image.fifo"),
        "{}",
        stderr(&output)
    );
}

/// A micadoctl process that stops after its first read of a file until the
/// test removes the marker file (a hook of debug builds).
struct PausedHash {
    child: Child,
    marker: PathBuf,
}

impl PausedHash {
    fn start(home: &TestHome, args: &[&str], marker: PathBuf) -> Self {
        let child = home
            .cmd()
            .args(args)
            .env("MICADOCTL_TEST_PAUSE_FILE", &marker)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start micadoctl");
        let started = Instant::now();
        while !marker.exists() {
            assert!(
                started.elapsed() < Duration::from_secs(60),
                "micadoctl did not pause after its first read"
            );
            std::thread::sleep(Duration::from_millis(5));
        }
        PausedHash { child, marker }
    }

    fn resume(self) -> std::process::Output {
        std::fs::remove_file(&self.marker).unwrap();
        self.child.wait_with_output().unwrap()
    }
}

fn race_file(dir: &Path) -> PathBuf {
    write_file(dir, "changing.img", &pattern(3 * BUFFER))
}

#[test]
fn append_during_hash_fails() {
    let dir = tempfile::tempdir().unwrap();
    let path = race_file(dir.path());
    let home = TestHome::empty();
    let paused = PausedHash::start(
        &home,
        &["image", "hash", path.to_str().unwrap()],
        dir.path().join("paused"),
    );
    let mut file = OpenOptions::new().append(true).open(&path).unwrap();
    file.write_all(b"appended while hashing").unwrap();
    drop(file);
    let output = paused.resume();

    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(
        stdout(&output).is_empty(),
        "a digest was printed: {}",
        stdout(&output)
    );
    let message = stderr(&output);
    assert!(message.contains("changed while it was hashed"), "{message}");
    assert!(
        message.contains(&format!("before: size {}", 3 * BUFFER)),
        "{message}"
    );
    assert!(
        message.contains(&format!("after: size {}", 3 * BUFFER + 22)),
        "{message}"
    );
}

#[test]
fn truncate_during_hash_fails() {
    let dir = tempfile::tempdir().unwrap();
    let path = race_file(dir.path());
    let home = TestHome::empty();
    let paused = PausedHash::start(
        &home,
        &["image", "hash", path.to_str().unwrap()],
        dir.path().join("paused"),
    );
    OpenOptions::new()
        .write(true)
        .open(&path)
        .unwrap()
        .set_len(1 << 20)
        .unwrap();
    let output = paused.resume();

    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(
        stdout(&output).is_empty(),
        "a digest was printed: {}",
        stdout(&output)
    );
    let message = stderr(&output);
    assert!(message.contains("changed while it was hashed"), "{message}");
    assert!(
        message.contains(&format!("({} bytes read)", BUFFER)),
        "{message}"
    );
    assert!(message.contains("after: size 1048576"), "{message}");
}

#[test]
fn replace_during_hash_fails() {
    let dir = tempfile::tempdir().unwrap();
    let path = race_file(dir.path());
    let other = write_file(dir.path(), "other.img", &pattern(3 * BUFFER));
    let home = TestHome::empty();
    let paused = PausedHash::start(
        &home,
        &["image", "hash", path.to_str().unwrap()],
        dir.path().join("paused"),
    );
    std::fs::rename(&other, &path).unwrap();
    let output = paused.resume();

    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("changed while it was hashed"),
        "{}",
        stderr(&output)
    );
    assert!(stderr(&output).contains("inode"), "{}", stderr(&output));
}

#[test]
fn register_of_changing_file_stores_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = race_file(dir.path());
    let home = TestHome::initialised();
    let paused = PausedHash::start(
        &home,
        &["image", "register", "changing", path.to_str().unwrap()],
        dir.path().join("paused"),
    );
    OpenOptions::new()
        .append(true)
        .open(&path)
        .unwrap()
        .write_all(b"x")
        .unwrap();
    let output = paused.resume();

    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let list = Command::new(bin())
        .args(["--output", "json", "--home"])
        .arg(home.path())
        .args(["image", "list"])
        .output()
        .unwrap();
    let doc: serde_json::Value = serde_json::from_slice(&list.stdout).unwrap();
    assert_eq!(doc["images"], serde_json::json!([]));
}

/// The output of `image hash` is what `sha256sum -c` checks, escaped names
/// and the `--tag` form of several algorithms included.
#[test]
fn output_checks_with_sha256sum() {
    require("sha256sum", "coreutils");
    let dir = tempfile::tempdir().unwrap();
    write_file(dir.path(), "back\\slash.img", b"odd name");
    write_file(dir.path(), "plain.img", b"plain name");
    let home = TestHome::empty();
    for algo in ["sha256", "sha256,blake3"] {
        let output = home
            .cmd()
            .current_dir(dir.path())
            .args([
                "image",
                "hash",
                "--algo",
                algo,
                "back\\slash.img",
                "plain.img",
            ])
            .output()
            .unwrap();
        assert!(output.status.success(), "{}", stderr(&output));
        let sha256_lines: String = stdout(&output)
            .lines()
            .filter(|l| !l.contains("BLAKE3"))
            .map(|l| format!("{l}\n"))
            .collect();
        std::fs::write(dir.path().join("SUMS"), &sha256_lines).unwrap();
        let check = Command::new("sha256sum")
            .current_dir(dir.path())
            .args(["--strict", "-c", "SUMS"])
            .output()
            .unwrap();
        assert!(check.status.success(), "{sha256_lines}{}", stderr(&check));
        assert_eq!(
            stdout(&check).matches(": OK").count(),
            2,
            "{}",
            stdout(&check)
        );
    }
}

/// On a terminal, a progress bar shows bytes, throughput and the time left.
/// util-linux `script` gives micadoctl a pseudo-terminal and logs what it
/// draws; the pause after the first read keeps the bar on screen until the
/// log shows it.
#[test]
fn progress_bar_on_terminal() {
    require("script", "util-linux");
    let dir = tempfile::tempdir().unwrap();
    let path = race_file(dir.path());
    let log = dir.path().join("terminal.log");
    let marker = dir.path().join("paused");
    let home = TestHome::empty();
    let command = format!(
        "{} --home {} image hash {}",
        bin().display(),
        home.path().display(),
        path.display()
    );
    let child = Command::new("script")
        .args(["--quiet", "--flush", "--return", "--command", &command])
        .arg(&log)
        .env("MICADOCTL_TEST_PAUSE_FILE", &marker)
        .env_remove("NO_COLOR")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();

    let started = Instant::now();
    let drawn = loop {
        // The bar is first drawn at 0 bytes; wait for the pause after the
        // first read and for a redraw that shows it.
        let text = std::fs::read_to_string(&log).unwrap_or_default();
        let first_read_shown = marker.exists() && text.contains("4.00 MiB/12.00 MiB");
        if first_read_shown || started.elapsed() > Duration::from_secs(60) {
            break text;
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    std::fs::remove_file(&marker).unwrap();
    let output = child.wait_with_output().unwrap();

    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        drawn.contains("4.00 MiB/12.00 MiB"),
        "no progress drawn: {drawn:?}"
    );
    assert!(drawn.contains("ETA"), "no time left drawn: {drawn:?}");
    assert!(drawn.contains("iB/s"), "no throughput drawn: {drawn:?}");
}
