//! Running the kernel's tools: `nft`, `iptables-restore` and
//! `iptables-save` (and their IPv6 and backend variants).

use std::io::Write;
use std::process::{Command, Stdio};

use serde::{Deserialize, Serialize};

use super::address::Family;
use super::error::FirewallError;

/// The iptables implementation to run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Backend {
    /// `iptables-restore` as installed; its `--version` names the backend.
    Auto,
    /// `iptables-legacy-restore`: the x_tables kernel interface.
    Legacy,
    /// `iptables-nft-restore`: iptables rules stored in nf_tables.
    Nft,
}

impl Backend {
    fn infix(self) -> &'static str {
        match self {
            Backend::Auto => "",
            Backend::Legacy => "-legacy",
            Backend::Nft => "-nft",
        }
    }

    /// Returns the program name of `tool` (`restore` or `save`) for `family`.
    pub fn program(self, family: Family, tool: &str) -> String {
        let base = match family {
            Family::Ipv4 => "iptables",
            Family::Ipv6 => "ip6tables",
        };
        format!("{base}{}-{tool}", self.infix())
    }

    /// Returns `legacy` or `nf_tables`, as the installed tool reports it.
    pub fn describe(self) -> Result<String, FirewallError> {
        let program = self.program(Family::Ipv4, "restore");
        let output = run(&program, &["--version"], None)?;
        let text = format!("{}{}", output.stdout, output.stderr);
        // The version line ends with the backend in brackets:
        // "iptables-restore v1.8.9 (nf_tables)".
        let backend = text
            .rsplit_once('(')
            .and_then(|(_, rest)| rest.split_once(')'))
            .map(|(name, _)| name.trim().to_string());
        Ok(backend.unwrap_or_else(|| "legacy".to_string()))
    }
}

/// The outcome of a finished tool.
#[derive(Debug)]
pub struct ToolOutput {
    /// Whether it exited with status 0.
    pub success: bool,
    /// Its standard output.
    pub stdout: String,
    /// Its standard error.
    pub stderr: String,
}

/// Runs `program` with `args`, feeding `input` on stdin.
pub fn run(program: &str, args: &[&str], input: Option<&str>) -> Result<ToolOutput, FirewallError> {
    let mut child = Command::new(program)
        .args(args)
        .stdin(if input.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| spawn_error(program, e))?;
    if let Some(input) = input {
        let mut stdin = child.stdin.take().expect("stdin is piped");
        // A tool that rejects its input early may close stdin, so a write
        // error is ignored: the exit status and message report the reason.
        let _ = stdin.write_all(input.as_bytes());
    }
    let output = child.wait_with_output().map_err(|e| FirewallError::Tool {
        tool: program.to_string(),
        message: e.to_string(),
    })?;
    Ok(ToolOutput {
        success: output.status.success(),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    })
}

/// Runs `program` and fails with its message unless it succeeds.
pub fn run_ok(program: &str, args: &[&str], input: Option<&str>) -> Result<String, FirewallError> {
    let output = run(program, args, input)?;
    if !output.success {
        return Err(FirewallError::Tool {
            tool: format!("{program} {}", args.join(" ")),
            message: output.stderr.trim().to_string(),
        });
    }
    Ok(output.stdout)
}

fn spawn_error(program: &str, error: std::io::Error) -> FirewallError {
    if error.kind() == std::io::ErrorKind::NotFound {
        let package = if program.starts_with("nft") {
            "nftables"
        } else {
            "iptables"
        };
        return FirewallError::ToolMissing {
            tool: program.to_string(),
            package: package.to_string(),
        };
    }
    FirewallError::Tool {
        tool: program.to_string(),
        message: error.to_string(),
    }
}

/// Finds the line number in a tool's error message: nft writes
/// `/dev/stdin:12:3-20: Error: ...`, iptables-restore (nf_tables) writes
/// `Error occurred at line: 12` and the legacy one `line 12 failed`.
pub fn error_line(message: &str) -> Option<usize> {
    for line in message.lines() {
        if let Some(rest) = line.strip_prefix("/dev/stdin:") {
            return rest.split(':').next()?.parse().ok();
        }
        for marker in ["line: ", "line "] {
            if let Some((_, rest)) = line.split_once(marker) {
                let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
                if let Ok(number) = digits.parse() {
                    return Some(number);
                }
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_lines_found() {
        assert_eq!(
            error_line("/dev/stdin:22:31-41: Error: Could not parse ICMP type\n\t\tx\n"),
            Some(22)
        );
        assert_eq!(
            error_line(
                "iptables-restore v1.8.9 (nf_tables): unknown\nError occurred at line: 25\n"
            ),
            Some(25)
        );
        assert_eq!(error_line("iptables-restore: line 7 failed\n"), Some(7));
        assert_eq!(error_line("something else\n"), None);
    }

    #[test]
    fn program_names() {
        assert_eq!(
            Backend::Auto.program(Family::Ipv4, "restore"),
            "iptables-restore"
        );
        assert_eq!(
            Backend::Legacy.program(Family::Ipv6, "save"),
            "ip6tables-legacy-save"
        );
        assert_eq!(
            Backend::Nft.program(Family::Ipv4, "save"),
            "iptables-nft-save"
        );
    }
}
