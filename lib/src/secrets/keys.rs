//! Recipients and identities of sealed descriptors: age X25519 keys and SSH
//! keys, and wrapping the data key to them as an armored age file.

use std::io::{Read, Write};
use std::path::Path;
use std::str::FromStr;

use age::armor::{ArmoredReader, ArmoredWriter, Format};

use super::SecretError;
use crate::crypto::DataKey;

/// An age identity that can unwrap a data key.
pub type Identity = Box<dyn age::Identity + Send + Sync>;

/// A parsed recipient and its canonical text.
pub struct Recipient {
    /// `age1...`, or the SSH key type and key without the comment.
    pub text: String,
    key: Box<dyn age::Recipient + Send>,
}

/// Parses an age X25519 recipient (`age1...`) or an SSH public key
/// (`ssh-ed25519 ...`, `ssh-rsa ...`); an SSH key's comment is dropped.
pub fn parse_recipient(text: &str) -> Result<Recipient, SecretError> {
    let trimmed = text.trim();
    let invalid = |reason: String| SecretError::InvalidRecipient {
        recipient: trimmed.to_string(),
        reason,
    };
    if trimmed.starts_with("ssh-") {
        let without_comment: String = trimmed
            .split_whitespace()
            .take(2)
            .collect::<Vec<_>>()
            .join(" ");
        let key =
            age::ssh::Recipient::from_str(&without_comment).map_err(|e| invalid(ssh_problem(e)))?;
        return Ok(Recipient {
            text: key.to_string(),
            key: Box::new(key),
        });
    }
    if !trimmed.starts_with("age1") {
        return Err(invalid(
            "expected an age X25519 recipient (age1..., as age-keygen prints) or an SSH public key"
                .into(),
        ));
    }
    let key = age::x25519::Recipient::from_str(trimmed).map_err(|e| invalid(e.to_string()))?;
    Ok(Recipient {
        text: key.to_string(),
        key: Box::new(key),
    })
}

fn ssh_problem(error: age::ssh::ParseRecipientKeyError) -> String {
    use age::ssh::ParseRecipientKeyError as E;

    let problem = match error {
        E::Invalid(message) => message.to_string(),
        E::RsaModulusTooLarge => "the RSA key is larger than age supports".into(),
        E::RsaModulusTooSmall => "the RSA key is shorter than 2048 bits".into(),
        E::Unsupported(kind) => format!("SSH keys of type {kind} are not supported"),
        _ => "this SSH key type is not supported".into(),
    };
    format!("{problem}; give an ssh-ed25519 or ssh-rsa public key, as in ~/.ssh/id_ed25519.pub")
}

/// Wraps `key` to every recipient as one ASCII-armored age file.
pub fn wrap(key: &DataKey, recipients: &[Recipient]) -> String {
    let keys = recipients
        .iter()
        .map(|r| r.key.as_ref() as &dyn age::Recipient);
    let encryptor = age::Encryptor::with_recipients(keys)
        .expect("X25519 and SSH recipients combine into one age file");
    let mut armored = Vec::new();
    let output = ArmoredWriter::wrap_output(&mut armored, Format::AsciiArmor)
        .expect("writing to memory does not fail");
    let mut writer = encryptor
        .wrap_output(output)
        .expect("writing to memory does not fail");
    writer
        .write_all(key.expose())
        .expect("writing to memory does not fail");
    writer
        .finish()
        .and_then(|armor| armor.finish())
        .expect("writing to memory does not fail");
    String::from_utf8(armored).expect("age armor is ASCII")
}

/// Unwraps the data key from an armored age file; `None` when no identity fits.
pub fn unwrap(armored: &str, identities: &[Identity]) -> Option<DataKey> {
    let decryptor = age::Decryptor::new(ArmoredReader::new(armored.as_bytes())).ok()?;
    if decryptor.is_scrypt() {
        return None;
    }
    let mut reader = decryptor
        .decrypt(identities.iter().map(|i| i.as_ref() as &dyn age::Identity))
        .ok()?;
    let mut bytes = zeroize::Zeroizing::new(Vec::new());
    reader.read_to_end(&mut bytes).ok()?;
    DataKey::from_slice(&bytes)
}

/// Reads an age identity file (`AGE-SECRET-KEY-1...` lines) or an unencrypted
/// OpenSSH private key. Like ssh, it rejects a regular file that group or
/// others can read.
pub fn read_identity_file(path: &Path) -> Result<Vec<Identity>, SecretError> {
    let invalid = |reason: &str| SecretError::InvalidIdentity {
        path: path.to_path_buf(),
        reason: reason.to_string(),
    };
    check_mode(path)?;
    let bytes = zeroize::Zeroizing::new(std::fs::read(path).map_err(|e| SecretError::io(path, e))?);
    if bytes.starts_with(b"-----BEGIN OPENSSH PRIVATE KEY-----") {
        let identity = age::ssh::Identity::from_buffer(&bytes[..], None)
            .map_err(|_| invalid("it is not a valid OpenSSH private key"))?;
        return match identity {
            age::ssh::Identity::Unencrypted(_) => Ok(vec![Box::new(identity)]),
            age::ssh::Identity::Encrypted(_) => Err(invalid(
                "the SSH key is protected by a passphrase; give an unencrypted copy in a private file or an age identity",
            )),
            age::ssh::Identity::Unsupported(_) => {
                Err(invalid("this SSH key type is not supported"))
            }
        };
    }
    let file = age::IdentityFile::from_buffer(&bytes[..]).map_err(|_| {
        invalid("it is not an age identity file or an OpenSSH private key: each line must be a comment or an AGE-SECRET-KEY-1... key")
    })?;
    let identities = file
        .into_identities()
        .map_err(|e| invalid(&e.to_string()))?;
    if identities.is_empty() {
        return Err(invalid("it contains no identity"));
    }
    Ok(identities)
}

fn check_mode(path: &Path) -> Result<(), SecretError> {
    use std::os::unix::fs::PermissionsExt;

    let metadata = std::fs::metadata(path).map_err(|e| SecretError::io(path, e))?;
    let mode = metadata.permissions().mode() & 0o7777;
    if metadata.is_file() && mode & 0o077 != 0 {
        return Err(SecretError::InvalidIdentity {
            path: path.to_path_buf(),
            reason: format!(
                "other users can read it (mode {mode:04o}); run `chmod 600 {}`",
                path.display()
            ),
        });
    }
    Ok(())
}
