//! Export of accounts to an htpasswd file for nginx or Apache basic auth.

use std::path::Path;

use rusqlite::params;
use serde::Serialize;
use zeroize::Zeroizing;

use super::import::Skipped;
use super::local::{LocalAccounts, open_hash_in};
use super::{Scheme, UserError};
use crate::audit::AuditEvent;

/// Result of `user export --htpasswd`.
#[derive(Debug, Clone, Serialize)]
pub struct HtpasswdExport {
    /// The file written.
    pub file: String,
    /// Accounts written to it.
    pub exported: Vec<String>,
    /// Accounts left out, with the reason.
    pub skipped: Vec<Skipped>,
}

impl LocalAccounts<'_> {
    /// Writes every account whose hash a web server can check to `path`
    /// (see [`super::OutputFile`] for links and devices). bcrypt hashes are written as `$2y$`,
    /// the prefix Apache and nginx both read. Accounts locked with
    /// `user lock` are left out, because a web server cannot see the lock.
    pub fn export_htpasswd(&mut self, path: &Path) -> Result<HtpasswdExport, UserError> {
        let file = path.display().to_string();
        let write_error = |source| UserError::Write {
            path: path.to_path_buf(),
            source,
        };
        let output = super::OutputFile::create(path).map_err(write_error)?;
        self.store().write(|tx| {
            let mut stmt = tx.prepare("SELECT name, scheme, password, disabled FROM users ORDER BY name")?;
            let mut rows = stmt.query(params![])?;
            let mut text = Zeroizing::new(String::new());
            let mut export = HtpasswdExport {
                file: file.clone(),
                exported: Vec::new(),
                skipped: Vec::new(),
            };
            while let Some(row) = rows.next()? {
                let name: String = row.get(0)?;
                let scheme_name: String = row.get(1)?;
                let sealed: Vec<u8> = row.get(2)?;
                let disabled: bool = row.get(3)?;
                let scheme = Scheme::parse(&scheme_name);
                if disabled {
                    export.skipped.push(skip(&name, "locked with `user lock`".into()));
                    continue;
                }
                if !scheme.is_some_and(Scheme::web_server_can_check) {
                    let reason = format!(
                        "{scheme_name} cannot be checked by a web server; set a bcrypt or sha512-crypt password with `micadoctl user passwd {name} --scheme bcrypt`"
                    );
                    export.skipped.push(skip(&name, reason));
                    continue;
                }
                let hash = open_hash_in(tx, &name, &sealed)?;
                text.push_str(&name);
                text.push(':');
                text.push_str(&web_server_form(&hash));
                text.push('\n');
                export.exported.push(name);
            }
            output.write(text.as_bytes()).map_err(write_error)?;
            tx.audit(&AuditEvent::new("user.export", "users").with_detail(serde_json::json!({
                "file": file, "exported": export.exported, "skipped": export.skipped.len()
            })))?;
            Ok(export)
        })
    }
}

fn skip(name: &str, reason: String) -> Skipped {
    Skipped {
        name: name.to_string(),
        reason,
    }
}

/// Rewrites `$2a$` and `$2b$` as `$2y$`: the same algorithm for hashes that
/// a correct implementation wrote, under the prefix Apache accepts.
fn web_server_form(hash: &str) -> String {
    for prefix in ["$2a$", "$2b$"] {
        if let Some(rest) = hash.strip_prefix(prefix) {
            return format!("$2y${rest}");
        }
    }
    hash.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bcrypt_prefix_becomes_2y() {
        assert_eq!(web_server_form("$2b$04$abc"), "$2y$04$abc");
        assert_eq!(web_server_form("$2a$04$abc"), "$2y$04$abc");
        assert_eq!(web_server_form("$6$rounds=1000$s$h"), "$6$rounds=1000$s$h");
    }
}
