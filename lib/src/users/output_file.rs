//! Files that account commands write on request: htpasswd exports and
//! generated passwords.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use tempfile::NamedTempFile;

/// An output file prepared before the change whose result it receives, so
/// that a missing directory or a directory in its place fails before anything
/// changes.
///
/// A new or regular file is replaced atomically by a file with mode 0600. A
/// symbolic link is followed, and its target is replaced. A file that is not
/// regular, such as the device behind `/dev/stdout` or a pipe, is written in
/// place: replacing it would put a regular file where the device was.
pub struct OutputFile {
    target: Target,
}

enum Target {
    /// A temporary file in the destination's directory, renamed over it.
    Replace {
        temporary: NamedTempFile,
        destination: PathBuf,
        directory: PathBuf,
    },
    /// A device or pipe, open for writing.
    InPlace(File),
}

impl OutputFile {
    /// Prepares `path` for writing.
    pub fn create(path: &Path) -> io::Result<OutputFile> {
        let is_link = fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
        let target = match fs::metadata(path) {
            Ok(meta) if meta.is_dir() => {
                return Err(io::Error::new(
                    io::ErrorKind::IsADirectory,
                    "it is a directory; give a file name",
                ));
            }
            Ok(meta) if !meta.is_file() => {
                Target::InPlace(OpenOptions::new().write(true).open(path)?)
            }
            Ok(_) if is_link => replace(&fs::canonicalize(path)?)?,
            _ => replace(path)?,
        };
        Ok(OutputFile { target })
    }

    /// Writes `contents` and puts the file in place.
    pub fn write(self, contents: &[u8]) -> io::Result<()> {
        match self.target {
            Target::InPlace(mut file) => {
                file.write_all(contents)?;
                file.flush()
            }
            Target::Replace {
                mut temporary,
                destination,
                directory,
            } => {
                temporary.write_all(contents)?;
                temporary.as_file().sync_all()?;
                temporary.persist(&destination).map_err(|e| e.error)?;
                File::open(directory)?.sync_all()
            }
        }
    }
}

fn replace(destination: &Path) -> io::Result<Target> {
    // A bare file name has the empty path as parent, which cannot be opened.
    let directory = match destination.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let temporary = tempfile::Builder::new()
        .prefix(".micadoctl-")
        .permissions(fs::Permissions::from_mode(0o600))
        .tempfile_in(&directory)
        .map_err(|e| match e.raw_os_error() {
            // The error names the random temporary file; the caller names the destination.
            Some(code) => io::Error::from_raw_os_error(code),
            None => io::Error::new(e.kind(), e.kind().to_string()),
        })?;
    Ok(Target::Replace {
        temporary,
        destination: destination.to_path_buf(),
        directory,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn link_to_file_keeps_link() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("target");
        fs::write(&target, "old").unwrap();
        let link = dir.path().join("link");
        std::os::unix::fs::symlink(&target, &link).unwrap();

        OutputFile::create(&link).unwrap().write(b"new").unwrap();
        assert!(
            fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(fs::read_to_string(&target).unwrap(), "new");
        let mode = fs::metadata(&target).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }

    #[test]
    fn directory_and_missing_parent_fail_early() {
        let dir = tempfile::tempdir().unwrap();
        assert!(OutputFile::create(dir.path()).is_err());
        assert!(OutputFile::create(&dir.path().join("missing/file")).is_err());
    }
}
