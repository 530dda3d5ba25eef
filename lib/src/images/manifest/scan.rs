//! Walking a tree and hashing its regular files in parallel.

use std::collections::HashMap;
use std::fs::{File, Metadata, OpenOptions};
use std::os::unix::fs::{FileTypeExt, MetadataExt, OpenOptionsExt};
use std::path::{Path, PathBuf};

use globset::{Glob, GlobSet, GlobSetBuilder};
use rayon::prelude::*;

use super::{Entry, EntryKind, Manifest, RawPath, ScanOptions};
use crate::images::ImageError;
use crate::images::hashing::{self, FileStat, Threads};

/// A regular file found by the walk, to be hashed.
struct PendingFile {
    index: usize,
    path: PathBuf,
    dev: u64,
    ino: u64,
}

/// Scans the tree under `root` and returns its manifest.
pub fn scan(root: &Path, options: &ScanOptions) -> Result<Manifest, ImageError> {
    let root_metadata = std::fs::symlink_metadata(root).map_err(|e| ImageError::io(root, e))?;
    if !root_metadata.is_dir() {
        return Err(ImageError::invalid(
            root.display().to_string(),
            "the root of a manifest must be a directory (symbolic links are not followed)",
        ));
    }
    let excludes = exclude_set(&options.excludes)?;
    let (mut entries, locations) = walk(root, &root_metadata, options, &excludes)?;

    let pending = mark_hard_links(&mut entries, &locations);
    let hashed: Vec<(usize, HashedFile)> = pending
        .par_iter()
        .map(|file| hash_entry(file, options).map(|hashed| (file.index, hashed)))
        .collect::<Result<_, _>>()?;
    for (index, file) in hashed {
        // The size and mtime of the hashed state, in case the file changed
        // between the walk and the hashing.
        let entry = &mut entries[index];
        entry.content = Some(file.digest);
        entry.size = Some(file.size);
        entry.mtime_ns = file.mtime_ns;
    }
    Ok(Manifest {
        root: root.display().to_string(),
        options: options.clone(),
        entries,
    })
}

/// Checks whether a scan with these exclude patterns leaves out `relative`,
/// a path inside the root: it or one of its parent directories matches.
pub fn is_excluded(relative: &Path, patterns: &[String]) -> Result<bool, ImageError> {
    let excludes = exclude_set(patterns)?;
    Ok(relative
        .ancestors()
        .any(|path| !path.as_os_str().is_empty() && excludes.is_match(path)))
}

fn exclude_set(patterns: &[String]) -> Result<GlobSet, ImageError> {
    let mut builder = GlobSetBuilder::new();
    for pattern in patterns {
        let trimmed = pattern.trim_start_matches('/');
        let glob = Glob::new(trimmed).map_err(|e| {
            ImageError::invalid(
                format!("exclude pattern \"{pattern}\""),
                e.kind().to_string(),
            )
        })?;
        builder.add(glob);
    }
    builder
        .build()
        .map_err(|e| ImageError::invalid("exclude patterns", e.to_string()))
}

/// The location and file identity of a regular file, for hard links.
struct Location {
    path: PathBuf,
    dev: u64,
    ino: u64,
    nlink: u64,
}

/// Walks the tree without following links. Returns the entries sorted by
/// path and, for each regular file, its location.
fn walk(
    root: &Path,
    root_metadata: &Metadata,
    options: &ScanOptions,
    excludes: &GlobSet,
) -> Result<(Vec<Entry>, Vec<Option<Location>>), ImageError> {
    let walker = walkdir::WalkDir::new(root)
        .follow_links(false)
        .same_file_system(!options.cross_file_systems)
        .into_iter()
        .filter_entry(|entry| {
            let relative = entry.path().strip_prefix(root).unwrap_or(entry.path());
            relative.as_os_str().is_empty() || !excludes.is_match(relative)
        });

    let mut found: Vec<(Entry, Option<Location>)> = Vec::new();
    for item in walker {
        let item = item.map_err(walk_error)?;
        let metadata = item.metadata().map_err(walk_error)?;
        let relative = item.path().strip_prefix(root).unwrap_or(item.path());
        let path = if relative.as_os_str().is_empty() {
            RawPath(b".".to_vec())
        } else {
            RawPath::from_os(relative.as_os_str().to_os_string())
        };
        let entry = describe(item.path(), path, &metadata, root_metadata, options)?;
        let location = (entry.kind == EntryKind::File).then(|| Location {
            path: item.path().to_path_buf(),
            dev: metadata.dev(),
            ino: metadata.ino(),
            nlink: metadata.nlink(),
        });
        found.push((entry, location));
    }
    found.sort_by(|a, b| a.0.path.cmp(&b.0.path));
    Ok(found.into_iter().unzip())
}

fn walk_error(error: walkdir::Error) -> ImageError {
    let path = error.path().map(Path::to_path_buf).unwrap_or_default();
    let source = error
        .into_io_error()
        .unwrap_or_else(|| std::io::Error::other("file system loop"));
    ImageError::io(path, source)
}

/// Describes one entry from its metadata, reading a symbolic link's target.
fn describe(
    full: &Path,
    path: RawPath,
    metadata: &Metadata,
    root_metadata: &Metadata,
    options: &ScanOptions,
) -> Result<Entry, ImageError> {
    let file_type = metadata.file_type();
    let kind = if file_type.is_file() {
        EntryKind::File
    } else if file_type.is_dir() {
        EntryKind::Dir
    } else if file_type.is_symlink() {
        EntryKind::Symlink
    } else if file_type.is_fifo() {
        EntryKind::Fifo
    } else if file_type.is_socket() {
        EntryKind::Socket
    } else if file_type.is_char_device() {
        EntryKind::Char
    } else {
        EntryKind::Block
    };
    let target = match kind {
        EntryKind::Symlink => {
            let target = std::fs::read_link(full).map_err(|e| ImageError::io(full, e))?;
            Some(RawPath::from_os(target.into_os_string()))
        }
        _ => None,
    };
    Ok(Entry {
        path,
        kind,
        mode: format!("{:04o}", metadata.mode() & 0o7777),
        uid: metadata.uid(),
        gid: metadata.gid(),
        size: matches!(kind, EntryKind::File | EntryKind::Symlink).then(|| metadata.size()),
        mtime_ns: mtime_ns(metadata),
        content: None,
        target,
        hardlink: None,
        rdev: matches!(kind, EntryKind::Char | EntryKind::Block).then(|| metadata.rdev()),
        mount_point: kind == EntryKind::Dir
            && !options.cross_file_systems
            && metadata.dev() != root_metadata.dev(),
    })
}

/// Points every later path of a hard-linked file at its first path and
/// returns the files whose content must be hashed (one per inode).
fn mark_hard_links(entries: &mut [Entry], locations: &[Option<Location>]) -> Vec<PendingFile> {
    let mut first_path: HashMap<(u64, u64), RawPath> = HashMap::new();
    let mut pending = Vec::new();
    for (index, location) in locations.iter().enumerate() {
        let Some(location) = location else {
            continue;
        };
        if location.nlink > 1 {
            let key = (location.dev, location.ino);
            if let Some(first) = first_path.get(&key) {
                entries[index].hardlink = Some(first.clone());
                continue;
            }
            first_path.insert(key, entries[index].path.clone());
        }
        pending.push(PendingFile {
            index,
            path: location.path.clone(),
            dev: location.dev,
            ino: location.ino,
        });
    }
    pending
}

/// The content digest of a regular file with the size and mtime it had.
struct HashedFile {
    digest: String,
    size: u64,
    mtime_ns: i128,
}

/// Hashes one regular file. It is opened without following a symbolic link
/// and without blocking on a FIFO, in case it was replaced after the walk,
/// and must still be the file the walk found.
fn hash_entry(file: &PendingFile, options: &ScanOptions) -> Result<HashedFile, ImageError> {
    let mut opened: File = OpenOptions::new()
        .read(true)
        .custom_flags(libc_flags())
        .open(&file.path)
        .map_err(|e| ImageError::io(&file.path, e))?;
    let metadata = opened
        .metadata()
        .map_err(|e| ImageError::io(&file.path, e))?;
    if !metadata.is_file() || metadata.dev() != file.dev || metadata.ino() != file.ino {
        let now = FileStat::of(&metadata);
        let mut before = now;
        before.ino = file.ino;
        before.dev = file.dev;
        return Err(ImageError::ChangedWhileHashing {
            path: file.path.clone(),
            before: Box::new(before),
            after: Box::new(now),
            read: 0,
        });
    }
    // This runs as a rayon task, so it must not wait for threads that use rayon.
    let hashed = hashing::hash_open_file(
        &file.path,
        &mut opened,
        &metadata,
        &[options.algorithm],
        Threads::CallingThread,
        &|_| {},
    )?;
    Ok(HashedFile {
        digest: hashed
            .digests
            .into_values()
            .next()
            .expect("one algorithm gives one digest"),
        size: hashed.size,
        mtime_ns: mtime_ns(&metadata),
    })
}

fn mtime_ns(metadata: &Metadata) -> i128 {
    i128::from(metadata.mtime()) * 1_000_000_000 + i128::from(metadata.mtime_nsec())
}

/// Returns `O_NOFOLLOW | O_NONBLOCK`, so `open` fails on a symbolic link and does
/// not wait for a writer on a FIFO.
fn libc_flags() -> i32 {
    use nix::fcntl::OFlag;
    (OFlag::O_NOFOLLOW | OFlag::O_NONBLOCK).bits()
}
