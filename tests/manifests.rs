//! File-tree manifests of a tree with a symbolic link loop, a dangling link,
//! a FIFO, a socket, a hard-linked pair and a sparse file. After each kind
//! of change, a check must report exactly that change.

mod common;

use std::collections::BTreeMap;
use std::fs::{File, OpenOptions};
use std::io::{Seek, SeekFrom, Write};
use std::os::unix::fs::{MetadataExt, PermissionsExt, symlink};
use std::path::{Path, PathBuf};
use std::process::Command;

use common::{TestHome, stderr, stdout};
use serde_json::Value;

/// Size of the hole in the sparse file of the test tree.
const HOLE: u64 = 64 << 20;

/// A test tree and the manifest made of it before any change.
struct Tree {
    dir: tempfile::TempDir,
    home: TestHome,
}

impl Tree {
    fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("root");
        build_tree(&root);
        let tree = Tree {
            dir,
            home: TestHome::empty(),
        };
        let output = tree.micadoctl(&["manifest", "create", "root", "--out", "baseline"]);
        assert!(
            output.status.success(),
            "create failed: {}",
            stderr(&output)
        );
        tree
    }

    fn root(&self) -> PathBuf {
        self.dir.path().join("root")
    }

    fn path(&self, relative: &str) -> PathBuf {
        self.root().join(relative)
    }

    fn micadoctl(&self, args: &[&str]) -> std::process::Output {
        self.home
            .cmd()
            .current_dir(self.dir.path())
            .args(args)
            .output()
            .unwrap()
    }

    /// Runs `manifest check` with JSON output; returns the exit code and document.
    fn check(&self) -> (i32, Value) {
        let output = self.micadoctl(&[
            "--output",
            "json",
            "manifest",
            "check",
            "root",
            "--manifest",
            "baseline",
        ]);
        let doc = serde_json::from_slice(&output.stdout)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}{}", stdout(&output), stderr(&output)));
        (output.status.code().unwrap(), doc)
    }

    /// Runs `change` and then sets the mtime of `keep` (and of their
    /// directories) back, so that only the change under test remains.
    fn change_keeping_mtimes(&self, keep: &[&str], change: impl FnOnce()) {
        let mut paths: Vec<PathBuf> = Vec::new();
        for relative in keep {
            let path = self.path(relative);
            paths.push(path.parent().unwrap().to_path_buf());
            paths.push(path);
        }
        let saved: Vec<(PathBuf, Option<(i64, i64)>)> = paths
            .into_iter()
            .map(|p| {
                let mtime = std::fs::symlink_metadata(&p)
                    .ok()
                    .map(|m| (m.mtime(), m.mtime_nsec()));
                (p, mtime)
            })
            .collect();
        change();
        for (path, mtime) in saved {
            if let Some((seconds, nanos)) = mtime
                && std::fs::symlink_metadata(&path).is_ok()
            {
                set_mtime(&path, seconds, nanos);
            }
        }
    }
}

/// Sets the mtime of `path` without following a symbolic link, with touch(1).
fn set_mtime(path: &Path, seconds: i64, nanos: i64) {
    let status = Command::new("touch")
        .args(["-h", "-m", "-d", &format!("@{seconds}.{nanos:09}")])
        .arg(path)
        .status()
        .unwrap();
    assert!(status.success(), "touch -h failed on {}", path.display());
}

fn build_tree(root: &Path) {
    for dir in ["etc", "bin", "links", "special", "data"] {
        std::fs::create_dir_all(root.join(dir)).unwrap();
    }
    std::fs::write(root.join("etc/config"), "setting=1\n").unwrap();
    std::fs::write(root.join("etc/other"), "other file\n").unwrap();
    std::fs::write(root.join("bin/tool"), "#!/bin/sh\necho tool\n").unwrap();
    std::fs::set_permissions(
        root.join("bin/tool"),
        std::fs::Permissions::from_mode(0o755),
    )
    .unwrap();

    std::fs::write(root.join("links/hard1"), "shared content\n").unwrap();
    std::fs::hard_link(root.join("links/hard1"), root.join("links/hard2")).unwrap();
    symlink("nowhere", root.join("links/dangling")).unwrap();
    symlink("loop2", root.join("links/loop1")).unwrap();
    symlink("loop1", root.join("links/loop2")).unwrap();
    symlink("../etc/config", root.join("links/to-config")).unwrap();
    symlink("../etc", root.join("links/to-etc")).unwrap();

    let status = Command::new("mkfifo")
        .arg(root.join("special/fifo"))
        .status()
        .unwrap();
    assert!(status.success(), "mkfifo failed");
    // The listener is dropped at once; the socket file stays.
    std::os::unix::net::UnixListener::bind(root.join("special/socket")).unwrap();

    let mut sparse = File::create(root.join("data/sparse")).unwrap();
    sparse.write_all(b"head").unwrap();
    sparse.seek(SeekFrom::Start(HOLE)).unwrap();
    sparse.write_all(b"tail").unwrap();
}

fn paths(list: &Value) -> Vec<String> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap().to_string())
        .collect()
}

/// Returns the changed entries as path -> attribute names.
fn changed(doc: &Value) -> BTreeMap<String, Vec<String>> {
    doc["changed"]
        .as_array()
        .unwrap()
        .iter()
        .map(|entry| {
            let attributes = entry["changes"]
                .as_array()
                .unwrap()
                .iter()
                .map(|c| c["attribute"].as_str().unwrap().to_string())
                .collect();
            (entry["path"].as_str().unwrap().to_string(), attributes)
        })
        .collect()
}

fn expect_only_changed(tree: &Tree, path: &str, attributes: &[&str]) {
    let (code, doc) = tree.check();
    assert_eq!(code, 64, "{doc:#}");
    assert_eq!(paths(&doc["added"]), Vec::<String>::new(), "{doc:#}");
    assert_eq!(paths(&doc["removed"]), Vec::<String>::new(), "{doc:#}");
    let expected = BTreeMap::from([(
        path.to_string(),
        attributes.iter().map(|a| a.to_string()).collect::<Vec<_>>(),
    )]);
    assert_eq!(changed(&doc), expected, "{doc:#}");
}

#[test]
fn unchanged_tree_exit_0() {
    let tree = Tree::new();
    let (code, doc) = tree.check();
    assert_eq!(code, 0, "{doc:#}");
    assert_eq!(doc["added"], serde_json::json!([]));
    assert_eq!(doc["removed"], serde_json::json!([]));
    assert_eq!(doc["changed"], serde_json::json!([]));
}

#[test]
fn baseline_records_every_kind() {
    let tree = Tree::new();
    let text = std::fs::read_to_string(tree.dir.path().join("baseline")).unwrap();
    let entries: BTreeMap<String, Value> = text
        .lines()
        .skip(1)
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .filter(|v| v.get("path").is_some())
        .map(|v| (v["path"].as_str().unwrap().to_string(), v))
        .collect();

    assert_eq!(entries["special/fifo"]["type"], "fifo");
    assert_eq!(entries["special/socket"]["type"], "socket");
    assert_eq!(entries["links/loop1"]["target"], "loop2");
    assert_eq!(entries["links/dangling"]["target"], "nowhere");
    assert_eq!(entries["links/to-etc"]["type"], "symlink");
    assert!(
        !entries.keys().any(|p| p.starts_with("links/to-etc/")),
        "a symbolic link to a directory was followed"
    );
    assert!(entries["links/hard1"]["content"].is_string());
    assert_eq!(entries["links/hard2"]["hardlink"], "links/hard1");
    assert!(entries["links/hard2"].get("content").is_none());
    assert_eq!(entries["data/sparse"]["size"], HOLE + 4);
    assert_eq!(entries["bin/tool"]["mode"], "0755");
    assert_eq!(entries["."]["type"], "dir");
}

#[test]
fn rerun_create_unchanged() {
    let tree = Tree::new();
    let output = tree.micadoctl(&[
        "--output", "json", "manifest", "create", "root", "--out", "baseline",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let doc: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(doc["changed"], false);
    let mode = std::fs::metadata(tree.dir.path().join("baseline"))
        .unwrap()
        .mode();
    assert_eq!(mode & 0o777, 0o600);
}

#[test]
fn content_change_found() {
    let tree = Tree::new();
    tree.change_keeping_mtimes(&["etc/config"], || {
        std::fs::write(tree.path("etc/config"), "setting=2\n").unwrap();
    });
    expect_only_changed(&tree, "etc/config", &["content"]);
}

#[test]
fn mode_change_found() {
    let tree = Tree::new();
    std::fs::set_permissions(
        tree.path("etc/other"),
        std::fs::Permissions::from_mode(0o600),
    )
    .unwrap();
    expect_only_changed(&tree, "etc/other", &["mode"]);
}

#[test]
fn owner_change_found() {
    let tree = Tree::new();
    std::os::unix::fs::chown(tree.path("bin/tool"), Some(4321), None).unwrap();
    expect_only_changed(&tree, "bin/tool", &["uid"]);
}

#[test]
fn mtime_change_found() {
    let tree = Tree::new();
    set_mtime(&tree.path("etc/other"), 1_000_000_000, 0);
    expect_only_changed(&tree, "etc/other", &["mtime"]);
}

#[test]
fn added_file_found() {
    let tree = Tree::new();
    tree.change_keeping_mtimes(&["etc/config"], || {
        std::fs::write(tree.path("etc/new"), "planted\n").unwrap();
    });
    let (code, doc) = tree.check();
    assert_eq!(code, 16, "{doc:#}");
    assert_eq!(paths(&doc["added"]), ["etc/new"]);
    assert_eq!(paths(&doc["removed"]), Vec::<String>::new());
    assert!(changed(&doc).is_empty(), "{doc:#}");
}

#[test]
fn removed_file_found() {
    let tree = Tree::new();
    tree.change_keeping_mtimes(&["etc/other"], || {
        std::fs::remove_file(tree.path("etc/other")).unwrap();
    });
    let (code, doc) = tree.check();
    assert_eq!(code, 32, "{doc:#}");
    assert_eq!(paths(&doc["removed"]), ["etc/other"]);
    assert_eq!(paths(&doc["added"]), Vec::<String>::new());
    assert!(changed(&doc).is_empty(), "{doc:#}");
}

#[test]
fn symlink_retarget_found() {
    let tree = Tree::new();
    tree.change_keeping_mtimes(&["links/to-config"], || {
        let link = tree.path("links/to-config");
        std::fs::remove_file(&link).unwrap();
        // Same length as the old target, so only the target differs.
        symlink("../etc/conf1g", &link).unwrap();
    });
    expect_only_changed(&tree, "links/to-config", &["target"]);
}

#[test]
fn broken_hard_link_found() {
    let tree = Tree::new();
    tree.change_keeping_mtimes(&["links/hard2"], || {
        let copy = tree.path("links/copy");
        std::fs::copy(tree.path("links/hard1"), &copy).unwrap();
        std::fs::rename(&copy, tree.path("links/hard2")).unwrap();
    });
    expect_only_changed(&tree, "links/hard2", &["hardlink"]);
}

#[test]
fn fifo_replaced_by_file_found() {
    let tree = Tree::new();
    tree.change_keeping_mtimes(&["special/fifo"], || {
        let fifo = tree.path("special/fifo");
        std::fs::remove_file(&fifo).unwrap();
        File::create(&fifo).unwrap();
        std::fs::set_permissions(&fifo, std::fs::Permissions::from_mode(0o644)).unwrap();
    });
    expect_only_changed(&tree, "special/fifo", &["type", "size", "content"]);
}

#[test]
fn sparse_file_growth_found() {
    let tree = Tree::new();
    tree.change_keeping_mtimes(&["data/sparse"], || {
        let mut file = OpenOptions::new()
            .append(true)
            .open(tree.path("data/sparse"))
            .unwrap();
        file.write_all(b"more").unwrap();
    });
    expect_only_changed(&tree, "data/sparse", &["size", "content"]);
}

#[test]
fn combined_changes_or_bits() {
    let tree = Tree::new();
    std::fs::write(tree.path("etc/new"), "planted\n").unwrap();
    std::fs::remove_file(tree.path("etc/other")).unwrap();
    let (code, doc) = tree.check();
    assert_eq!(code, 16 | 32 | 64, "{doc:#}");
    assert_eq!(paths(&doc["added"]), ["etc/new"]);
    assert_eq!(paths(&doc["removed"]), ["etc/other"]);
    // Adding and removing a file changes its directory's mtime.
    assert_eq!(changed(&doc)["etc"], ["mtime"]);
}

#[test]
fn edited_manifest_rejected() {
    let tree = Tree::new();
    let baseline = tree.dir.path().join("baseline");
    let text = std::fs::read_to_string(&baseline).unwrap();
    std::fs::write(&baseline, text.replace("\"0755\"", "\"0777\"")).unwrap();
    let output = tree.micadoctl(&["manifest", "check", "root", "--manifest", "baseline"]);
    assert_eq!(output.status.code(), Some(3), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("edited after it was written"),
        "{}",
        stderr(&output)
    );

    let truncated: String = text.lines().take(3).map(|l| format!("{l}\n")).collect();
    std::fs::write(&baseline, truncated).unwrap();
    let output = tree.micadoctl(&["manifest", "check", "root", "--manifest", "baseline"]);
    assert_eq!(output.status.code(), Some(3), "{}", stderr(&output));
}

#[test]
fn excluded_paths_left_out() {
    let tree = Tree::new();
    let output = tree.micadoctl(&[
        "manifest",
        "create",
        "root",
        "--exclude",
        "special",
        "--exclude",
        "data/*",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    let entries: String = text.lines().skip(1).collect::<Vec<_>>().join("\n");
    assert!(!entries.contains("\"path\":\"special"), "{text}");
    assert!(!entries.contains("\"path\":\"data/sparse\""), "{text}");
    assert!(entries.contains("\"path\":\"data\""), "{text}");
}

#[test]
fn invalid_exclude_rejected() {
    let tree = Tree::new();
    let output = tree.micadoctl(&["manifest", "create", "root", "--exclude", "a[b"]);
    assert_eq!(output.status.code(), Some(6), "{}", stderr(&output));
    assert!(stderr(&output).contains("a[b"), "{}", stderr(&output));
}

/// /dev has devices (never opened: reading /dev/zero would never end) and
/// other file systems mounted on /dev/pts and /dev/shm.
#[test]
fn dev_stays_on_one_file_system() {
    let home = TestHome::empty();
    let output = home
        .cmd()
        .args(["manifest", "create", "/dev"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    let entries: Vec<Value> = stdout(&output)
        .lines()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .filter(|v| v.get("path").is_some())
        .collect();
    let by_path: BTreeMap<&str, &Value> = entries
        .iter()
        .map(|v| (v["path"].as_str().unwrap(), v))
        .collect();
    assert_eq!(by_path["zero"]["type"], "char");
    assert!(by_path["zero"].get("content").is_none());
    assert_eq!(by_path["pts"]["mount_point"], true);
    assert!(
        !by_path.keys().any(|p| p.starts_with("pts/")),
        "entered /dev/pts"
    );
}

/// Several files larger than one read buffer, hashed with BLAKE3 (which
/// splits large inputs across rayon threads) by parallel manifest tasks.
/// A rayon task that waited for threads using rayon left the scan stuck.
#[test]
fn blake3_large_files_finish() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("root");
    std::fs::create_dir(&root).unwrap();
    for index in 0..6 {
        let data: Vec<u8> = (0..(6 << 20))
            .map(|i: usize| (i * 31 + index) as u8)
            .collect();
        std::fs::write(root.join(format!("large-{index}.img")), data).unwrap();
    }
    let home = TestHome::empty();
    let mut child = home
        .cmd()
        .args(["manifest", "create", "--algo", "blake3"])
        .arg(&root)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();

    let started = std::time::Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break Some(status);
        }
        if started.elapsed() > std::time::Duration::from_secs(120) {
            child.kill().unwrap();
            child.wait().unwrap();
            break None;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    let status = status.expect("manifest create did not finish within 120 s");
    assert!(status.success());
}

#[test]
fn manifest_inside_tree_rejected() {
    let tree = Tree::new();
    let output = tree.micadoctl(&[
        "manifest",
        "create",
        "root",
        "--out",
        "root/data/own.manifest",
    ]);
    assert_eq!(output.status.code(), Some(6), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("own.manifest"),
        "{}",
        stderr(&output)
    );
    assert!(stderr(&output).contains("--exclude"), "{}", stderr(&output));
    assert!(!tree.path("data/own.manifest").exists());
}

#[test]
fn manifest_in_excluded_dir_checks_clean() {
    let tree = Tree::new();
    std::fs::create_dir(tree.path("state")).unwrap();
    let output = tree.micadoctl(&[
        "manifest",
        "create",
        "root",
        "--exclude",
        "state",
        "--out",
        "root/state/own.manifest",
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let check = tree.micadoctl(&[
        "manifest",
        "check",
        "root",
        "--manifest",
        "root/state/own.manifest",
    ]);
    assert_eq!(check.status.code(), Some(0), "{}", stdout(&check));
}

#[test]
fn invalid_utf8_target_change_found() {
    use std::os::unix::ffi::OsStrExt;

    let tree = Tree::new();
    let link = tree.path("links/raw-target");
    symlink(std::ffi::OsStr::from_bytes(b"old\xff"), &link).unwrap();
    let output = tree.micadoctl(&["manifest", "create", "root", "--out", "baseline"]);
    assert!(output.status.success(), "{}", stderr(&output));

    // Both targets read as "old\u{FFFD}" when invalid UTF-8 is replaced.
    tree.change_keeping_mtimes(&["links"], || {
        std::fs::remove_file(&link).unwrap();
        symlink(std::ffi::OsStr::from_bytes(b"old\xfe"), &link).unwrap();
    });
    let (code, doc) = tree.check();
    assert_eq!(code, 64, "{doc:#}");
    let changes = changed(&doc);
    assert!(
        changes["links/raw-target"].contains(&"target".to_string()),
        "{doc:#}"
    );
}

#[test]
fn newline_in_path_escaped_in_text() {
    let tree = Tree::new();
    let name = tree.path("data/two\nlines");
    std::fs::write(&name, "x").unwrap();
    let output = tree.micadoctl(&["manifest", "check", "root", "--manifest", "baseline"]);
    assert_eq!(output.status.code(), Some(16 | 64), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(text.contains("added    data/two\\nlines\n"), "{text}");
    assert!(!text.lines().any(|l| l == "lines"), "{text}");
}
