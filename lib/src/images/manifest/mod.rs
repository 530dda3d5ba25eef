//! File-tree manifests: a baseline of every entry under a root, and the
//! check of a tree against it, as AIDE does.
//!
//! Each entry records its path relative to the root, type, permission bits,
//! owner, group, size, mtime, the content digest of a regular file and the
//! target of a symbolic link. Symbolic links are never followed; FIFOs,
//! sockets and devices are recorded but never opened; hard links share the
//! content entry of their first path. The scan stays on the root's file
//! system unless `cross_file_systems` is set, and hashes files in parallel.

mod diff;
mod file;
mod scan;

use std::ffi::OsString;
use std::os::unix::ffi::{OsStrExt, OsStringExt};

use serde::{Deserialize, Serialize};

pub use diff::{AttributeChange, ChangedEntry, CheckReport, compare};
pub use file::{parse, render};
pub use scan::{is_excluded, scan};

use super::hashing::Algorithm;

/// Name in the header that identifies a manifest file.
pub const FORMAT_NAME: &str = "micadoctl-manifest";

/// Version of the manifest format.
pub const FORMAT_VERSION: u32 = 1;

/// Scan settings, stored in the manifest so that a check scans the same way.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScanOptions {
    /// Algorithm of the content digests.
    pub algorithm: Algorithm,
    /// Glob patterns of paths (relative to the root) left out, with what is below them.
    pub excludes: Vec<String>,
    /// Whether the scan crosses into other file systems.
    pub cross_file_systems: bool,
}

/// The type of an entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntryKind {
    /// A regular file.
    File,
    /// A directory.
    Dir,
    /// A symbolic link.
    Symlink,
    /// A named pipe.
    Fifo,
    /// A Unix domain socket.
    Socket,
    /// A character device.
    Char,
    /// A block device.
    Block,
}

impl EntryKind {
    /// Returns the name used in manifests and reports.
    pub fn as_str(self) -> &'static str {
        match self {
            EntryKind::File => "file",
            EntryKind::Dir => "dir",
            EntryKind::Symlink => "symlink",
            EntryKind::Fifo => "fifo",
            EntryKind::Socket => "socket",
            EntryKind::Char => "char",
            EntryKind::Block => "block",
        }
    }
}

/// A path or link target as raw bytes. It is written as a JSON string when
/// it is UTF-8 and as `{"hex": ...}` otherwise, so that no name is lost.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct RawPath(pub Vec<u8>);

impl RawPath {
    /// Builds it from an OS string.
    pub fn from_os(os: OsString) -> Self {
        RawPath(os.into_vec())
    }

    /// Returns it as an OS string.
    pub fn as_os(&self) -> &std::ffi::OsStr {
        std::ffi::OsStr::from_bytes(&self.0)
    }

    /// Formats it for one line of text: a backslash, a control character or
    /// a byte of invalid UTF-8 is escaped (`\\`, `\n`, `\xff`), so that no
    /// name spans lines and two different names never look the same.
    pub fn display(&self) -> String {
        let mut text = String::with_capacity(self.0.len());
        for chunk in self.0.utf8_chunks() {
            for c in chunk.valid().chars() {
                if c == '\\' || c.is_control() {
                    text.extend(c.escape_default());
                } else {
                    text.push(c);
                }
            }
            for byte in chunk.invalid() {
                text.push_str(&format!("\\x{byte:02x}"));
            }
        }
        text
    }
}

impl Serialize for RawPath {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match std::str::from_utf8(&self.0) {
            Ok(text) => serializer.serialize_str(text),
            Err(_) => {
                use serde::ser::SerializeMap;
                let mut map = serializer.serialize_map(Some(1))?;
                map.serialize_entry("hex", &hex::encode(&self.0))?;
                map.end()
            }
        }
    }
}

impl<'de> Deserialize<'de> for RawPath {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Form {
            Text(String),
            Hex { hex: String },
        }
        match Form::deserialize(deserializer)? {
            Form::Text(text) => Ok(RawPath(text.into_bytes())),
            Form::Hex { hex } => hex::decode(hex)
                .map(RawPath)
                .map_err(|e| serde::de::Error::custom(format!("invalid hex path: {e}"))),
        }
    }
}

/// One entry of a manifest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// Path relative to the root; `.` is the root itself.
    pub path: RawPath,
    /// Type.
    #[serde(rename = "type")]
    pub kind: EntryKind,
    /// Permission bits with set-user-ID, set-group-ID and sticky, in octal.
    pub mode: String,
    /// Owner's user ID.
    pub uid: u32,
    /// Group ID.
    pub gid: u32,
    /// Size in bytes (regular files and symbolic links).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<u64>,
    /// Modification time in nanoseconds since the epoch.
    pub mtime_ns: i128,
    /// Content digest of a regular file (absent on the later paths of a hard link).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
    /// Target of a symbolic link.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<RawPath>,
    /// For a hard link, the first path of the same file, whose entry has the content digest.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hardlink: Option<RawPath>,
    /// Device number of a character or block device.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rdev: Option<u64>,
    /// Set on a directory where another file system is mounted, which the
    /// scan did not enter.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub mount_point: bool,
}

/// A manifest: how the tree was scanned and its entries, sorted by path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Manifest {
    /// The root as given when the manifest was created (for information).
    pub root: String,
    /// Scan settings.
    pub options: ScanOptions,
    /// Entries sorted by the bytes of their paths.
    pub entries: Vec<Entry>,
}
