//! Roles of web access accounts: `user` and `admin` are built in, more can
//! be defined, and a role that an account has cannot be deleted.

use rusqlite::params;
use serde::Serialize;

use super::local::LocalAccounts;
use super::{BUILTIN_ROLES, UserError, check_role_name};
use crate::audit::AuditEvent;

/// One role of `role list`.
#[derive(Debug, Clone, Serialize)]
pub struct RoleInfo {
    /// Role name.
    pub name: String,
    /// Whether it is `user` or `admin`, which cannot be deleted.
    pub builtin: bool,
    /// Number of accounts that have it.
    pub users: i64,
}

impl LocalAccounts<'_> {
    /// Defines a role. With `if_absent`, an existing one is `false`.
    pub fn add_role(&mut self, name: &str, if_absent: bool) -> Result<bool, UserError> {
        check_role_name(name)?;
        let now = super::lockout::format_time(self.clock_now());
        self.store.write(|tx| {
            let inserted = tx.execute(
                "INSERT INTO roles (name, builtin, created) VALUES (?1, 0, ?2) ON CONFLICT DO NOTHING",
                params![name, now],
            )?;
            if inserted == 0 {
                if !if_absent {
                    return Err(UserError::RoleExists(name.into()));
                }
                tx.audit(&AuditEvent::new("role.add", &role_object(name)).with_outcome("unchanged"))?;
                return Ok(false);
            }
            tx.audit(&AuditEvent::new("role.add", &role_object(name)))?;
            Ok(true)
        })
    }

    /// Lists the roles with how many accounts have each; needs no unlock.
    pub fn list_roles(&self) -> Result<Vec<RoleInfo>, UserError> {
        let mut stmt = self.store.conn().prepare(
            "SELECT r.name, r.builtin, (SELECT count(*) FROM user_roles m WHERE m.role = r.name)
             FROM roles r ORDER BY r.name",
        )?;
        let rows = stmt.query_map([], |row| {
            Ok(RoleInfo {
                name: row.get(0)?,
                builtin: row.get(1)?,
                users: row.get(2)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Deletes a role that no account has. With `if_exists`, a missing one is
    /// `false`.
    pub fn delete_role(&mut self, name: &str, if_exists: bool) -> Result<bool, UserError> {
        if BUILTIN_ROLES.contains(&name) {
            return Err(UserError::BuiltinRole(name.into()));
        }
        self.store.write(|tx| {
            let holders: (i64, Option<String>) = tx.query_row(
                "SELECT count(*), min(user) FROM user_roles WHERE role = ?1",
                [name],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )?;
            if let (count @ 1.., Some(first)) = holders {
                return Err(UserError::RoleInUse {
                    role: name.into(),
                    count,
                    first,
                });
            }
            let deleted = tx.execute("DELETE FROM roles WHERE name = ?1", [name])?;
            if deleted == 0 {
                return if if_exists {
                    Ok(false)
                } else {
                    Err(UserError::RoleNotFound(name.into()))
                };
            }
            tx.audit(&AuditEvent::new("role.delete", &role_object(name)))?;
            Ok(true)
        })
    }
}

fn role_object(name: &str) -> String {
    format!("role/{name}")
}
