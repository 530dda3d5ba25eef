//! Comparing a tree's scan with its manifest.

use std::collections::BTreeMap;

use serde::Serialize;

use super::{Entry, Manifest, RawPath};

/// Exit status bit for added entries.
pub const ADDED_BIT: i32 = 16;
/// Exit status bit for removed entries.
pub const REMOVED_BIT: i32 = 32;
/// Exit status bit for changed entries.
pub const CHANGED_BIT: i32 = 64;

/// One attribute that differs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AttributeChange {
    /// `type`, `mode`, `uid`, `gid`, `size`, `mtime`, `content`, `target`,
    /// `hardlink`, `rdev` or `mount_point`.
    pub attribute: &'static str,
    /// The value in the manifest.
    pub old: String,
    /// The value found now.
    pub new: String,
}

/// An entry whose attributes differ.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChangedEntry {
    /// Path relative to the root.
    pub path: RawPath,
    /// The attributes that differ.
    pub changes: Vec<AttributeChange>,
}

/// Differences between a manifest and the tree.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct CheckReport {
    /// Paths in the tree but not in the manifest.
    pub added: Vec<RawPath>,
    /// Paths in the manifest but not in the tree.
    pub removed: Vec<RawPath>,
    /// Paths in both whose attributes differ.
    pub changed: Vec<ChangedEntry>,
}

impl CheckReport {
    /// Returns the exit status: 16 when entries were added, 32 when removed,
    /// 64 when changed, combined with OR; 0 when the tree matches.
    pub fn exit_bits(&self) -> i32 {
        let mut bits = 0;
        if !self.added.is_empty() {
            bits |= ADDED_BIT;
        }
        if !self.removed.is_empty() {
            bits |= REMOVED_BIT;
        }
        if !self.changed.is_empty() {
            bits |= CHANGED_BIT;
        }
        bits
    }
}

/// Compares the `baseline` manifest with a `current` scan of the tree.
pub fn compare(baseline: &Manifest, current: &Manifest) -> CheckReport {
    let old = by_path(baseline);
    let new = by_path(current);
    let mut report = CheckReport::default();
    for (path, entry) in &new {
        match old.get(path) {
            None => report.added.push((*path).clone()),
            Some(before) => {
                let changes = attribute_changes(before, entry, &old, &new);
                if !changes.is_empty() {
                    report.changed.push(ChangedEntry {
                        path: (*path).clone(),
                        changes,
                    });
                }
            }
        }
    }
    report.removed = old
        .keys()
        .filter(|path| !new.contains_key(*path))
        .map(|path| (*path).clone())
        .collect();
    report
}

fn by_path(manifest: &Manifest) -> BTreeMap<&RawPath, &Entry> {
    manifest.entries.iter().map(|e| (&e.path, e)).collect()
}

/// Returns the content digest of a file, through its hard link when it has one.
fn content_of<'a>(entry: &'a Entry, all: &BTreeMap<&RawPath, &'a Entry>) -> Option<&'a str> {
    match &entry.hardlink {
        Some(first) => all.get(first).and_then(|e| e.content.as_deref()),
        None => entry.content.as_deref(),
    }
}

fn attribute_changes(
    old: &Entry,
    new: &Entry,
    old_all: &BTreeMap<&RawPath, &Entry>,
    new_all: &BTreeMap<&RawPath, &Entry>,
) -> Vec<AttributeChange> {
    let show = |value: Option<String>| value.unwrap_or_else(|| "-".into());
    let raw = |value: &Option<RawPath>| value.as_ref().map(RawPath::display);
    let candidates: [(&'static str, String, String); 11] = [
        ("type", old.kind.as_str().into(), new.kind.as_str().into()),
        ("mode", old.mode.clone(), new.mode.clone()),
        ("uid", old.uid.to_string(), new.uid.to_string()),
        ("gid", old.gid.to_string(), new.gid.to_string()),
        (
            "size",
            show(old.size.map(|s| s.to_string())),
            show(new.size.map(|s| s.to_string())),
        ),
        ("mtime", old.mtime_ns.to_string(), new.mtime_ns.to_string()),
        (
            "content",
            show(content_of(old, old_all).map(str::to_string)),
            show(content_of(new, new_all).map(str::to_string)),
        ),
        ("target", show(raw(&old.target)), show(raw(&new.target))),
        (
            "hardlink",
            show(raw(&old.hardlink)),
            show(raw(&new.hardlink)),
        ),
        (
            "rdev",
            show(old.rdev.map(|r| r.to_string())),
            show(new.rdev.map(|r| r.to_string())),
        ),
        (
            "mount_point",
            old.mount_point.to_string(),
            new.mount_point.to_string(),
        ),
    ];
    candidates
        .into_iter()
        .filter(|(_, before, after)| before != after)
        .map(|(attribute, old, new)| AttributeChange {
            attribute,
            old,
            new,
        })
        .collect()
}
