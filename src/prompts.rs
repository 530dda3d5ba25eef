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

/// Reads a whole file, or stdin for `-`, into memory that is wiped after use.
pub fn read_input(path: &Path) -> anyhow::Result<Zeroizing<String>> {
    let mut text = Zeroizing::new(String::new());
    if path == Path::new("-") {
        std::io::stdin()
            .read_to_string(&mut text)
            .context("cannot read stdin")?;
    } else {
        let mut file = std::fs::File::open(path).map_err(|e| {
            let class = if e.kind() == std::io::ErrorKind::NotFound {
                ErrorClass::NotFound
            } else {
                ErrorClass::Failure
            };
            CliError::new(class, format!("cannot read {}: {e}", path.display()))
        })?;
        file.read_to_string(&mut text)
            .with_context(|| format!("cannot read {}", path.display()))?;
    }
    Ok(text)
}

/// Reads a passphrase: the first line of a file, without its line ending.
pub fn read_passphrase_file(path: &Path) -> anyhow::Result<SecretString> {
    let text = read_input(path)?;
    let line = text.lines().next().unwrap_or("");
    if line.is_empty() {
        return Err(CliError::new(
            ErrorClass::InputRejected,
            format!("passphrase file {} is empty", path.display()),
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
