//! The running rules that micadoctl owns: reading them, and the scripts
//! that load new rules or restore saved ones.
//!
//! For nftables that is the `inet micado` table. For iptables it is, per
//! family, the policies of the three built-in chains, the `FILTERS` and
//! `DOCKER-USER` chains and the jump from `INPUT` to `FILTERS`. Every other
//! chain is left alone.

use serde::{Deserialize, Serialize};

use super::address::Family;
use super::error::FirewallError;
use super::iptables::{CHAIN, DOCKER_USER, INPUT_JUMP};
use super::nft::TABLE;
use super::tools::{self, Backend};

/// Reads the `inet micado` table without counters; `None` when it does
/// not exist.
pub fn nft_table() -> Result<Option<String>, FirewallError> {
    let output = tools::run("nft", &["-s", "list", "table", "inet", TABLE], None)?;
    if output.success {
        return Ok(Some(output.stdout));
    }
    if output.stderr.contains("No such file or directory") {
        return Ok(None);
    }
    Err(FirewallError::Tool {
        tool: format!("nft -s list table inet {TABLE}"),
        message: output.stderr.trim().to_string(),
    })
}

/// Builds the script that replaces the table with `listing`, or deletes it
/// when `listing` is `None`. Declaring the table first makes the delete succeed
/// when it does not exist, and nft runs the whole script as one
/// transaction.
pub fn nft_restore_script(listing: Option<&str>) -> String {
    let mut script = format!("table inet {TABLE}\ndelete table inet {TABLE}\n");
    if let Some(listing) = listing {
        script.push_str(listing);
    }
    script
}

/// The parts of one family's filter table that micadoctl owns.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OwnedChains {
    /// Policies of INPUT, FORWARD and OUTPUT, in that order.
    pub policies: Vec<(String, String)>,
    /// The rules of FILTERS, `None` when the chain does not exist.
    pub filters: Option<Vec<String>>,
    /// The rules of DOCKER-USER, `None` when the chain does not exist.
    pub docker_user: Option<Vec<String>>,
    /// Whether INPUT jumps to FILTERS.
    pub input_jump: bool,
}

impl OwnedChains {
    /// Reads them with `iptables-save` (or its variant) for `family`.
    pub fn read(backend: Backend, family: Family) -> Result<OwnedChains, FirewallError> {
        let program = backend.program(family, "save");
        let text = tools::run_ok(&program, &["-t", "filter"], None)?;
        Ok(OwnedChains::parse(&text))
    }

    /// Parses `iptables-save -t filter` output.
    pub fn parse(text: &str) -> OwnedChains {
        let mut chains = OwnedChains::default();
        let filters_rule = format!("-A {CHAIN} ");
        let docker_rule = format!("-A {DOCKER_USER} ");
        for line in text.lines() {
            if let Some(declaration) = line.strip_prefix(':') {
                let mut words = declaration.split_whitespace();
                let (Some(name), Some(policy)) = (words.next(), words.next()) else {
                    continue;
                };
                match name {
                    "INPUT" | "FORWARD" | "OUTPUT" => {
                        chains.policies.push((name.to_string(), policy.to_string()));
                    }
                    _ if name == CHAIN => chains.filters = Some(Vec::new()),
                    _ if name == DOCKER_USER => chains.docker_user = Some(Vec::new()),
                    _ => {}
                }
            } else if line.starts_with(&filters_rule) {
                chains
                    .filters
                    .get_or_insert_with(Vec::new)
                    .push(line.to_string());
            } else if line.starts_with(&docker_rule) {
                chains
                    .docker_user
                    .get_or_insert_with(Vec::new)
                    .push(line.to_string());
            } else if line == INPUT_JUMP {
                chains.input_jump = true;
            }
        }
        chains
    }

    /// Text that changes whenever an owned part changes, for comparing the
    /// running rules with the ones applied last.
    pub fn fingerprint(&self) -> String {
        serde_json::to_string(self).expect("owned chains serialise")
    }

    /// Builds the `iptables-restore --noflush` input that restores these
    /// chains over the `current` ones.
    pub fn restore_script(&self, current: &OwnedChains) -> String {
        let mut script = String::from("*filter\n");
        for (chain, policy) in &self.policies {
            script.push_str(&format!(":{chain} {policy} [0:0]\n"));
        }
        // Declaring a user chain creates it, or flushes it when it exists.
        script.push_str(&format!(":{CHAIN} - [0:0]\n"));
        script.push_str(&format!(":{DOCKER_USER} - [0:0]\n"));
        if current.input_jump && !self.input_jump {
            script.push_str(&format!("-D INPUT -j {CHAIN}\n"));
        }
        if !current.input_jump && self.input_jump {
            script.push_str(&format!("{INPUT_JUMP}\n"));
        }
        match &self.docker_user {
            Some(rules) => push_lines(&mut script, rules),
            None => script.push_str(&format!("-X {DOCKER_USER}\n")),
        }
        match &self.filters {
            Some(rules) => push_lines(&mut script, rules),
            None if self.input_jump => {}
            None => script.push_str(&format!("-X {CHAIN}\n")),
        }
        script.push_str("COMMIT\n");
        script
    }
}

fn push_lines(script: &mut String, lines: &[String]) {
    for line in lines {
        script.push_str(line);
        script.push('\n');
    }
}

/// Removes the INPUT jump from a rendered file when INPUT already has it,
/// because `--noflush` keeps INPUT's rules and the jump would repeat.
pub fn without_existing_jump(rendered: &str, current: &OwnedChains) -> String {
    if !current.input_jump {
        return rendered.to_string();
    }
    rendered
        .lines()
        .filter(|line| *line != INPUT_JUMP)
        .map(|line| format!("{line}\n"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAVED: &str = "# Generated by iptables-save v1.8.9 (nf_tables)
*filter
:INPUT DROP [10:600]
:FORWARD DROP [0:0]
:OUTPUT ACCEPT [5:300]
:DOCKER-USER - [0:0]
:FILTERS - [0:0]
:KUBE-FIREWALL - [0:0]
-A INPUT -j KUBE-FIREWALL
-A INPUT -j FILTERS
-A DOCKER-USER -j FILTERS
-A FILTERS -i lo -j ACCEPT
-A KUBE-FIREWALL -j DROP
COMMIT
";

    #[test]
    fn owned_chains_parsed() {
        let chains = OwnedChains::parse(SAVED);
        assert_eq!(
            chains.policies[0],
            ("INPUT".to_string(), "DROP".to_string())
        );
        assert_eq!(
            chains.filters.as_deref(),
            Some(&["-A FILTERS -i lo -j ACCEPT".to_string()][..])
        );
        assert_eq!(chains.docker_user.as_ref().unwrap().len(), 1);
        assert!(chains.input_jump);
    }

    #[test]
    fn restore_removes_what_was_absent() {
        let before = OwnedChains::parse(
            "*filter\n:INPUT ACCEPT [0:0]\n:FORWARD ACCEPT [0:0]\n:OUTPUT ACCEPT [0:0]\nCOMMIT\n",
        );
        let now = OwnedChains::parse(SAVED);
        let script = before.restore_script(&now);
        assert!(script.contains(":INPUT ACCEPT [0:0]"));
        assert!(script.contains("-D INPUT -j FILTERS"));
        assert!(script.contains("-X FILTERS"));
        assert!(script.contains("-X DOCKER-USER"));
        assert!(!script.contains("KUBE"), "{script}");
    }

    #[test]
    fn existing_jump_left_out() {
        let now = OwnedChains::parse(SAVED);
        let rendered = format!("*filter\n{INPUT_JUMP}\n-A DOCKER-USER -j FILTERS\nCOMMIT\n");
        let script = without_existing_jump(&rendered, &now);
        assert!(!script.contains(INPUT_JUMP));
        assert!(script.contains("-A DOCKER-USER -j FILTERS"));
    }
}
