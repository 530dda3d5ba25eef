//! Reading secrets: terminal prompts, files and stdin. Prompts appear only when
//! stdin is a terminal and `--no-input` is not set.

use std::io::{IsTerminal, Read};
use std::path::Path;

use anyhow::Context;
use micado_security::ErrorClass;
use micado_security::crypto::SecretString;
use zeroize::Zeroizing;

use crate::exit::CliError;

/// Returns whether prompting is allowed.
pub fn can_prompt(no_input: bool) -> bool {
    !no_input && std::io::stdin().is_terminal()
}

/// Largest input file accepted. Credential files are a few kilobytes; the
/// limit keeps a wrong file (a disk image, a log) from being parsed at all.
const MAX_INPUT_BYTES: u64 = 1024 * 1024;

/// Reads a whole file, or stdin for `-`, into memory that is wiped after use.
/// The input must be UTF-8 text of at most 1 MiB.
pub fn read_input(path: &Path) -> anyhow::Result<Zeroizing<String>> {
    let label = if path == Path::new("-") {
        "stdin".to_string()
    } else {
        path.display().to_string()
    };
    let mut bytes = Zeroizing::new(Vec::new());
    let read = if path == Path::new("-") {
        std::io::stdin()
            .lock()
            .take(MAX_INPUT_BYTES + 1)
            .read_to_end(&mut bytes)
    } else {
        let file = std::fs::File::open(path).map_err(|e| open_error(path, e))?;
        file.take(MAX_INPUT_BYTES + 1).read_to_end(&mut bytes)
    };
    read.map_err(|e| open_error(path, e))?;
    if bytes.len() as u64 > MAX_INPUT_BYTES {
        return Err(CliError::new(
            ErrorClass::InputRejected,
            format!("{label} is larger than 1 MiB; it is not a credential file"),
        )
        .into());
    }
    match std::str::from_utf8(&bytes) {
        Ok(text) => Ok(Zeroizing::new(text.to_string())),
        Err(e) => Err(CliError::new(
            ErrorClass::InputRejected,
            format!(
                "{label} is not UTF-8 text (invalid byte at offset {})",
                e.valid_up_to()
            ),
        )
        .into()),
    }
}

fn open_error(path: &Path, e: std::io::Error) -> anyhow::Error {
    let class = match e.kind() {
        std::io::ErrorKind::NotFound => ErrorClass::NotFound,
        std::io::ErrorKind::PermissionDenied => ErrorClass::Locked,
        std::io::ErrorKind::IsADirectory => ErrorClass::InputRejected,
        _ => ErrorClass::Failure,
    };
    CliError::new(class, format!("cannot read {}: {e}", path.display())).into()
}

/// Reads a passphrase: the first line of a file, without its line ending.
pub fn read_passphrase_file(path: &Path) -> anyhow::Result<SecretString> {
    let text = read_input(path)?;
    let line = text.lines().next().unwrap_or("");
    if line.is_empty() {
        let what = if text.is_empty() {
            "is empty"
        } else {
            "has an empty first line"
        };
        return Err(CliError::new(
            ErrorClass::InputRejected,
            format!(
                "passphrase file {} {what}; the passphrase is its first line",
                path.display()
            ),
        )
        .into());
    }
    Ok(SecretString::from(line.to_string()))
}

/// Prompts for a hidden value.
pub fn hidden(prompt: &str) -> anyhow::Result<Zeroizing<String>> {
    let value = dialoguer::Password::new()
        .with_prompt(prompt)
        .allow_empty_password(false)
        .interact()
        .context("cannot read from the terminal")?;
    Ok(Zeroizing::new(value))
}

/// Prompts for a new passphrase twice.
pub fn new_passphrase() -> anyhow::Result<SecretString> {
    let value = dialoguer::Password::new()
        .with_prompt("New store passphrase")
        .with_confirmation("Repeat the passphrase", "the passphrases do not match")
        .interact()
        .context("cannot read from the terminal")?;
    Ok(SecretString::from(value))
}

/// Prompts for a new password twice.
pub fn new_password(prompt: &str) -> anyhow::Result<Zeroizing<String>> {
    let value = dialoguer::Password::new()
        .with_prompt(prompt)
        .with_confirmation("Repeat the password", "the passwords do not match")
        .interact()
        .context("cannot read from the terminal")?;
    Ok(Zeroizing::new(value))
}

/// Prompts for a visible value.
pub fn visible(prompt: &str) -> anyhow::Result<String> {
    dialoguer::Input::new()
        .with_prompt(prompt)
        .interact_text()
        .context("cannot read from the terminal")
}

/// Lets the user pick one of `items`; returns its index.
pub fn select(prompt: &str, items: &[&str]) -> anyhow::Result<usize> {
    dialoguer::Select::new()
        .with_prompt(prompt)
        .items(items)
        .default(0)
        .interact()
        .context("cannot read from the terminal")
}
