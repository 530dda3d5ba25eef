//! Wrapping the data key with age, and identity files.

use std::io::{Read, Write};
use std::path::Path;
use std::str::FromStr;

use age::secrecy::{ExposeSecret, SecretString};

use super::StoreError;
use crate::crypto::DataKey;

/// Kind of key that opens a wrapped copy of the data key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WrapKind {
    /// An age X25519 recipient (`age1...`).
    X25519,
    /// An age scrypt passphrase.
    Scrypt,
}

impl WrapKind {
    /// Returns the name stored in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            WrapKind::X25519 => "x25519",
            WrapKind::Scrypt => "scrypt",
        }
    }
}

/// Parses and checks an age X25519 recipient string.
pub fn parse_recipient(text: &str) -> Result<age::x25519::Recipient, StoreError> {
    let text = text.trim();
    age::x25519::Recipient::from_str(text).map_err(|reason| {
        let reason = if text.starts_with("ssh-") {
            "SSH keys are not supported; give an age X25519 recipient (age1...), as age-keygen prints".to_string()
        } else if !text.starts_with("age1") {
            "expected an age X25519 recipient, which starts with age1".to_string()
        } else {
            reason.to_string()
        };
        StoreError::InvalidRecipient { recipient: text.to_string(), reason }
    })
}

/// Wraps the data key to one X25519 recipient.
pub fn wrap_to_recipient(key: &DataKey, recipient: &age::x25519::Recipient) -> Vec<u8> {
    let recipients = [recipient as &dyn age::Recipient];
    let encryptor = age::Encryptor::with_recipients(recipients.into_iter())
        .expect("one X25519 recipient is a valid recipient set");
    encrypt_with(encryptor, key)
}

/// Wraps the data key with a passphrase (age scrypt, about one second of work).
pub fn wrap_to_passphrase(key: &DataKey, passphrase: &SecretString) -> Vec<u8> {
    let encryptor = age::Encryptor::with_user_passphrase(passphrase.clone());
    encrypt_with(encryptor, key)
}

fn encrypt_with(encryptor: age::Encryptor, key: &DataKey) -> Vec<u8> {
    let mut wrapped = Vec::new();
    let mut writer = encryptor
        .wrap_output(&mut wrapped)
        .expect("writing to memory does not fail");
    writer
        .write_all(key.expose())
        .expect("writing to memory does not fail");
    writer.finish().expect("writing to memory does not fail");
    wrapped
}

/// Tries to unwrap `wrapped` with `identities`; `None` when none of them fits.
pub fn unwrap_with(
    wrapped: &[u8],
    identities: &[Box<dyn age::Identity + Send + Sync>],
) -> Option<DataKey> {
    let decryptor = age::Decryptor::new(wrapped).ok()?;
    if decryptor.is_scrypt() {
        return None;
    }
    let mut reader = decryptor
        .decrypt(identities.iter().map(|i| i.as_ref() as &dyn age::Identity))
        .ok()?;
    read_key(&mut reader)
}

/// Tries to unwrap an scrypt-wrapped copy with `passphrase`.
pub fn unwrap_with_passphrase(wrapped: &[u8], passphrase: &SecretString) -> Option<DataKey> {
    let decryptor = age::Decryptor::new(wrapped).ok()?;
    if !decryptor.is_scrypt() {
        return None;
    }
    let mut identity = age::scrypt::Identity::new(passphrase.clone());
    // The wrap was made by this program, but a database edited by someone else
    // could demand an absurd work factor; cap it near twice the default.
    identity.set_max_work_factor(22);
    let mut reader = decryptor
        .decrypt(std::iter::once(&identity as &dyn age::Identity))
        .ok()?;
    read_key(&mut reader)
}

fn read_key(reader: &mut impl Read) -> Option<DataKey> {
    let mut bytes = zeroize::Zeroizing::new(Vec::new());
    reader.read_to_end(&mut bytes).ok()?;
    DataKey::from_slice(&bytes)
}

/// Reads the identities in an age identity file.
///
/// Like ssh with private keys, this rejects a regular file that group or
/// others can read or write. The owner is not checked, so root can use an
/// identity file that belongs to another user.
pub fn read_identity_file(
    path: &Path,
) -> Result<Vec<Box<dyn age::Identity + Send + Sync>>, StoreError> {
    check_identity_mode(path)?;
    let file = age::IdentityFile::from_file(path.to_string_lossy().into_owned()).map_err(|e| {
        match e.kind() {
            std::io::ErrorKind::NotFound => StoreError::IdentityFileNotFound(path.to_path_buf()),
            std::io::ErrorKind::PermissionDenied => StoreError::io(path, e),
            _ => StoreError::InvalidIdentityFile {
                path: path.to_path_buf(),
                reason: identity_problem(path),
            },
        }
    })?;
    file.into_identities()
        .map_err(|e| StoreError::InvalidIdentityFile {
            path: path.to_path_buf(),
            reason: e.to_string(),
        })
}

/// Describes why an identity file does not parse, without repeating the path
/// and without showing its contents.
fn identity_problem(path: &Path) -> String {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let first = text
        .lines()
        .map(str::trim)
        .find(|line| !line.is_empty() && !line.starts_with('#'))
        .unwrap_or("");
    if first.starts_with("age1") {
        "it contains a recipient (a public key, age1...), not an identity (AGE-SECRET-KEY-1...)"
            .into()
    } else {
        "it is not an age identity file: each line must be a comment or an AGE-SECRET-KEY-1... key"
            .into()
    }
}

fn check_identity_mode(path: &Path) -> Result<(), StoreError> {
    use std::os::unix::fs::PermissionsExt;

    let metadata = std::fs::metadata(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => StoreError::IdentityFileNotFound(path.to_path_buf()),
        _ => StoreError::io(path, e),
    })?;
    // The mode of a pipe (such as `--identity <(...)`) or a terminal does not
    // show who can read the key, so only regular files are checked.
    let mode = metadata.permissions().mode() & 0o7777;
    if metadata.is_file() && mode & 0o077 != 0 {
        return Err(StoreError::IdentityFileExposed {
            path: path.to_path_buf(),
            mode,
        });
    }
    Ok(())
}

/// A newly generated identity, rendered as the lines appended to an identity file.
pub struct NewIdentity {
    /// The public recipient (`age1...`).
    pub recipient: age::x25519::Recipient,
    /// The lines to append: a comment with the creation time and recipient, and
    /// the secret key.
    pub file_text: SecretString,
}

/// Generates a new X25519 identity.
pub fn generate_identity(created: &str) -> NewIdentity {
    let identity = age::x25519::Identity::generate();
    let recipient = identity.to_public();
    let text = format!(
        "# created: {created} by micadoctl\n# public key: {recipient}\n{}\n",
        identity.to_string().expose_secret()
    );
    NewIdentity {
        recipient,
        file_text: SecretString::from(text),
    }
}
