//! Reading and replacing descriptor files.

use std::fs;
use std::io::{Read, Write};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use zeroize::Zeroizing;

use super::SecretError;

/// Largest descriptor accepted. An ADT with ten thousand sealed values is
/// about 2 MiB; the limit keeps a wrong file (a disk image) from being read.
pub const MAX_DESCRIPTOR_BYTES: u64 = 64 * 1024 * 1024;

/// Reads a descriptor as UTF-8 text into memory that is wiped after use.
pub fn read_descriptor(path: &Path) -> Result<Zeroizing<String>, SecretError> {
    let file = fs::File::open(path).map_err(|e| SecretError::io(path, e))?;
    let mut bytes = Zeroizing::new(Vec::new());
    file.take(MAX_DESCRIPTOR_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| SecretError::io(path, e))?;
    if bytes.len() as u64 > MAX_DESCRIPTOR_BYTES {
        return Err(SecretError::invalid(
            path.display().to_string(),
            "the file is larger than 64 MiB; it is not an application description",
        ));
    }
    match std::str::from_utf8(&bytes) {
        Ok(text) => Ok(Zeroizing::new(text.to_string())),
        Err(e) => Err(SecretError::invalid(
            path.display().to_string(),
            format!(
                "not UTF-8 text (invalid byte at offset {})",
                e.valid_up_to()
            ),
        )),
    }
}

/// Replaces `path` atomically: a temporary file in the same directory with
/// `mode`, fsync, rename, fsync of the directory. A failure leaves the old
/// file as it was. When `path` is a symbolic link, the file it points to is
/// replaced and the link stays.
pub fn replace_file(path: &Path, contents: &[u8], mode: u32) -> Result<(), SecretError> {
    let resolved = resolve_symlink(path)?;
    let path = resolved.as_path();
    let io = |e| SecretError::io(path, e);
    let dir = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let mut tmp = tempfile::Builder::new()
        .prefix(".micadoctl-")
        .permissions(fs::Permissions::from_mode(mode))
        .tempfile_in(dir)
        .map_err(io)?;
    tmp.write_all(contents).map_err(io)?;
    tmp.as_file().sync_all().map_err(io)?;
    tmp.persist(path).map_err(|e| io(e.error))?;
    fs::File::open(dir).and_then(|d| d.sync_all()).map_err(io)
}

/// Returns the file a symbolic link points to, following every link, or
/// `path` itself when it is not a link or does not exist yet. Renaming onto
/// the link would replace the link and leave the target unchanged.
fn resolve_symlink(path: &Path) -> Result<PathBuf, SecretError> {
    match fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => {
            fs::canonicalize(path).map_err(|e| SecretError::io(path, e))
        }
        _ => Ok(path.to_path_buf()),
    }
}

/// Returns the permission bits of an existing file, or 0600.
pub fn mode_of(path: &Path) -> u32 {
    fs::metadata(path).map_or(0o600, |m| m.permissions().mode() & 0o7777)
}
