//! Checking rendered rules with the kernel's own tools, without loading
//! them: `nft -c -f -` and `iptables-restore --test --noflush`.

use std::path::Path;

use serde::Serialize;

use super::address::Family;
use super::error::FirewallError;
use super::render::{Format, RenderedFile, Rendering};
use super::tools::{self, Backend};

/// Record of what a successful check ran.
#[derive(Debug, Clone, Serialize)]
pub struct CheckReport {
    /// The format checked.
    pub format: Format,
    /// The commands that accepted the rules.
    pub commands: Vec<String>,
    /// The iptables backend, for the iptables format.
    pub backend: Option<String>,
}

/// Checks every file of `rendering` with its tool. A rejection names the
/// rendered line and the policy line it came from.
pub fn check(
    rendering: &Rendering,
    backend: Backend,
    policy_file: &Path,
) -> Result<CheckReport, FirewallError> {
    let mut commands = Vec::new();
    for file in &rendering.files {
        let (program, args) = command_for(file, rendering.format, backend);
        let output = tools::run(&program, &args, Some(&file.text))?;
        if !output.success {
            return Err(FirewallError::Rejected {
                tool: program,
                message: locate(file, &output.stderr, policy_file),
            });
        }
        commands.push(format!("{program} {}", args.join(" ")));
    }
    let backend = match rendering.format {
        Format::Nft => None,
        Format::Iptables => Some(backend.describe()?),
    };
    Ok(CheckReport {
        format: rendering.format,
        commands,
        backend,
    })
}

fn command_for(
    file: &RenderedFile,
    format: Format,
    backend: Backend,
) -> (String, Vec<&'static str>) {
    match format {
        Format::Nft => ("nft".into(), vec!["-c", "-f", "-"]),
        Format::Iptables => {
            let family = file.family.unwrap_or(Family::Ipv4);
            (
                backend.program(family, "restore"),
                vec!["--test", "--noflush"],
            )
        }
    }
}

/// Puts the policy line next to the tool's message.
pub fn locate(file: &RenderedFile, message: &str, policy_file: &Path) -> String {
    let message = message.trim();
    let Some(line) = tools::error_line(message) else {
        return format!("{}: {message}", file.name);
    };
    match file.origin_of(line) {
        Some(origin) if origin.line > 0 => format!(
            "{} line {line}, rendered from {}:{} ({}): {message}",
            file.name,
            policy_file.display(),
            origin.line,
            origin.field
        ),
        Some(origin) => format!(
            "{} line {line}, rendered from {}: {message}",
            file.name, origin.field
        ),
        None => format!(
            "{} line {line}, a fixed line of micadoctl (not from the policy): {message}",
            file.name
        ),
    }
}
