//! Exit codes shared by every command, and the mapping from errors to them.

use micado_security::audit::AuditError;
use micado_security::clients::credman::CredmanError;
use micado_security::clients::vault::VaultError;
use micado_security::credentials::CredentialError;
use micado_security::firewall::FirewallError;
use micado_security::images::ImageError;
use micado_security::pki::PkiError;
use micado_security::secrets::SecretError;
use micado_security::store::StoreError;
use micado_security::users::UserError;
use micado_security::{Classify, ErrorClass};

use crate::output::Output;

/// Any other error.
pub const FAILURE: i32 = 1;
/// Invalid usage.
pub const USAGE: i32 = 2;
/// Verification failed: password, hash, MAC, signature, chain.
pub const VERIFICATION_FAILED: i32 = 3;
/// Not found.
pub const NOT_FOUND: i32 = 4;
/// Already exists.
pub const ALREADY_EXISTS: i32 = 5;
/// Input rejected.
pub const INPUT_REJECTED: i32 = 6;
/// Permission denied or locked store.
pub const LOCKED: i32 = 7;
/// Interrupted or rolled back.
pub const INTERRUPTED: i32 = 8;

/// An error raised by the CLI itself, with its class and an optional hint.
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct CliError {
    message: String,
    class: ErrorClass,
    hint: Option<String>,
}

impl CliError {
    /// Creates an error of `class`.
    pub fn new(class: ErrorClass, message: impl Into<String>) -> Self {
        CliError {
            message: message.into(),
            class,
            hint: None,
        }
    }

    /// Adds a hint line.
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
}

impl Classify for CliError {
    fn class(&self) -> ErrorClass {
        self.class
    }

    fn hint(&self) -> Option<String> {
        self.hint.clone()
    }
}

fn code_of(class: ErrorClass) -> i32 {
    match class {
        ErrorClass::Usage => USAGE,
        ErrorClass::VerificationFailed => VERIFICATION_FAILED,
        ErrorClass::NotFound => NOT_FOUND,
        ErrorClass::AlreadyExists => ALREADY_EXISTS,
        ErrorClass::InputRejected => INPUT_REJECTED,
        ErrorClass::Locked => LOCKED,
        ErrorClass::Interrupted => INTERRUPTED,
        _ => FAILURE,
    }
}

fn classify(error: &anyhow::Error) -> Option<(ErrorClass, Option<String>)> {
    fn pair(e: &dyn Classify) -> (ErrorClass, Option<String>) {
        (e.class(), e.hint())
    }
    error.chain().find_map(|cause| {
        if let Some(e) = cause.downcast_ref::<CliError>() {
            Some(pair(e))
        } else if let Some(e) = cause.downcast_ref::<CredentialError>() {
            Some(pair(e))
        } else if let Some(e) = cause.downcast_ref::<PkiError>() {
            Some(pair(e))
        } else if let Some(e) = cause.downcast_ref::<FirewallError>() {
            Some(pair(e))
        } else if let Some(e) = cause.downcast_ref::<ImageError>() {
            Some(pair(e))
        } else if let Some(e) = cause.downcast_ref::<SecretError>() {
            Some(pair(e))
        } else if let Some(e) = cause.downcast_ref::<StoreError>() {
            Some(pair(e))
        } else if let Some(e) = cause.downcast_ref::<VaultError>() {
            Some(pair(e))
        } else if let Some(e) = cause.downcast_ref::<UserError>() {
            Some(pair(e))
        } else if let Some(e) = cause.downcast_ref::<CredmanError>() {
            Some(pair(e))
        } else {
            cause.downcast_ref::<AuditError>().map(|e| pair(e))
        }
    })
}

/// Prints `error` and returns its exit code.
pub fn report(error: &anyhow::Error, out: &Output) -> i32 {
    let (class, hint) = classify(error).unwrap_or((ErrorClass::Failure, None));
    let code = code_of(class);
    let mut message = String::new();
    for cause in error.chain() {
        let text = cause.to_string();
        // Errors that print their source in their own message would repeat it.
        if message.ends_with(&text) {
            continue;
        }
        if !message.is_empty() {
            message.push_str(": ");
        }
        message.push_str(&text);
    }
    out.error(&message, hint.as_deref(), code);
    code
}

/// Prints a command-line parsing error and exits 2, or prints help or the
/// version and exits 0. With `--output json` anywhere in the arguments, a
/// usage error also prints a JSON error document on stdout.
pub fn usage_error(error: clap::Error) -> ! {
    use clap::error::ErrorKind;

    let is_display = matches!(
        error.kind(),
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion
    ) || error.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand;
    if is_display || !json_requested(std::env::args()) {
        error.exit();
    }
    let _ = error.print();
    // The first line of clap's text names the argument and the value, such as
    // "unexpected argument '--bogus' found"; the rest is usage and tips.
    let rendered = error.render().to_string();
    let first_line = rendered.lines().next().unwrap_or_default();
    let message = first_line
        .strip_prefix("error: ")
        .unwrap_or(first_line)
        .trim();
    let doc = serde_json::json!({ "error": { "message": message, "hint": "see `micadoctl --help`", "exit_code": USAGE } });
    println!("{doc:#}");
    std::process::exit(USAGE);
}

/// Returns whether the raw arguments ask for JSON output, checked before
/// parsing succeeds.
fn json_requested(args: impl Iterator<Item = String>) -> bool {
    let args: Vec<String> = args.collect();
    args.windows(2)
        .any(|pair| matches!(pair[0].as_str(), "--output" | "-o") && pair[1] == "json")
        || args
            .iter()
            .any(|a| matches!(a.as_str(), "--output=json" | "-ojson" | "-o=json"))
}
