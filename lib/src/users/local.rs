//! The local backend: accounts in the store.

use std::collections::BTreeMap;

use rusqlite::{Connection, OptionalExtension, params};
use time::OffsetDateTime;
use zeroize::Zeroizing;

use super::hashing::{self, HashParams, Scheme};
use super::lockout::{Clock, LockoutPolicy, format_time, parse_time};
use super::{
    AccountBackend, ChangeOutcome, Kind, NewPassword, NewUser, Password, PasswordChange,
    RolesOutcome, UserError, UserInfo, Verification, check_email, check_user_name, object,
};
use crate::audit::AuditEvent;
use crate::store::{Store, StoreError, WriteTx, open_sealed};

/// Settings of the local backend, from the `[users]` table of `config.toml`.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Cost parameters of new hashes.
    pub params: HashParams,
    /// Scheme of new passwords.
    pub scheme: Scheme,
    /// Lockout after failed verifications.
    pub lockout: LockoutPolicy,
}

impl Settings {
    /// Reads the settings from the configuration of `store`'s state home.
    pub fn load(store: &Store) -> Result<Settings, UserError> {
        let home = store.home();
        let config = home.load_config()?.users;
        let invalid = |message: String| StoreError::InvalidConfig {
            path: home.config_file(),
            message: format!("[users] {message}"),
        };
        Ok(Settings {
            params: config.hash_params().map_err(invalid)?,
            scheme: config.default_scheme().map_err(invalid)?,
            lockout: config.lockout().map_err(invalid)?,
        })
    }
}

/// Accounts kept in the store.
pub struct LocalAccounts<'a> {
    pub(super) store: &'a mut Store,
    settings: Settings,
    clock: Box<dyn Clock + 'a>,
}

/// The stored columns of one account.
struct Row {
    name: String,
    email: Option<String>,
    kind: String,
    disabled: bool,
    scheme: String,
    password: Vec<u8>,
    failures: i64,
    locked_until: Option<String>,
    created: String,
    password_changed: String,
}

const ROW_COLUMNS: &str = "name, email, kind, disabled, scheme, password, failures, locked_until, created, password_changed";

impl Row {
    fn read(row: &rusqlite::Row<'_>) -> rusqlite::Result<Row> {
        Ok(Row {
            name: row.get(0)?,
            email: row.get(1)?,
            kind: row.get(2)?,
            disabled: row.get(3)?,
            scheme: row.get(4)?,
            password: row.get(5)?,
            failures: row.get(6)?,
            locked_until: row.get(7)?,
            created: row.get(8)?,
            password_changed: row.get(9)?,
        })
    }

    /// Returns the end of a lockout that is still running at `now`.
    fn lockout_end(&self, now: OffsetDateTime) -> Option<OffsetDateTime> {
        self.locked_until
            .as_deref()
            .and_then(parse_time)
            .filter(|until| *until > now)
    }

    fn info(self, roles: Vec<String>, now: OffsetDateTime) -> UserInfo {
        let lockout_end = self.lockout_end(now);
        UserInfo {
            locked: self.disabled || lockout_end.is_some(),
            locked_until: lockout_end.map(format_time),
            name: self.name,
            email: self.email,
            roles,
            kind: Some(Kind::parse(&self.kind)),
            disabled: self.disabled,
            failures: Some(self.failures),
            scheme: Scheme::parse(&self.scheme),
            created: Some(self.created),
            password_changed: Some(self.password_changed),
        }
    }
}

impl<'a> LocalAccounts<'a> {
    /// Uses the accounts in `store`. Reading the list needs no unlock; every
    /// change, every verification and every export does.
    pub fn new(store: &'a mut Store, settings: Settings, clock: Box<dyn Clock + 'a>) -> Self {
        LocalAccounts {
            store,
            settings,
            clock,
        }
    }

    fn now(&self) -> OffsetDateTime {
        self.clock.now()
    }

    fn now_text(&self) -> String {
        format_time(self.now())
    }

    /// Hashes `password` with `scheme` and the configured parameters.
    pub(super) fn hash(&self, password: &Password, scheme: Scheme) -> Result<String, UserError> {
        hashing::hash(password, scheme, &self.settings.params).map_err(|e| {
            UserError::invalid(format!("password for {}", scheme.as_str()), e.to_string())
        })
    }

    /// Returns the settings in use.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    pub(super) fn store(&mut self) -> &mut Store {
        self.store
    }

    fn exists(&self, name: &str) -> Result<bool, UserError> {
        Ok(load_row(self.store.conn(), name)?.is_some())
    }

    /// Opens the stored hash of `row` with the data key.
    fn open_hash(&self, row: &Row) -> Result<Zeroizing<String>, UserError> {
        open_hash(self.store.data_key()?, &row.name, &row.password)
    }
}

impl AccountBackend for LocalAccounts<'_> {
    fn backend_name(&self) -> &'static str {
        "local"
    }

    fn add(&mut self, request: NewUser) -> Result<ChangeOutcome, UserError> {
        check_user_name(&request.name)?;
        if let Some(email) = &request.email {
            check_email(email)?;
        }
        let mut roles = request.roles.clone();
        if roles.is_empty() {
            roles.push("user".into());
        }
        roles.sort();
        roles.dedup();

        // An existing account is reported before the slow hash is computed.
        if request.if_absent && self.exists(&request.name)? {
            return self.store.write(|tx| {
                tx.audit(
                    &AuditEvent::new("user.add", &object(&request.name)).with_outcome("unchanged"),
                )?;
                Ok(unchanged(&request.name))
            });
        }
        let scheme = request.scheme.unwrap_or(self.settings.scheme);
        let (password, generated) = resolve_password(request.password);
        let hash = Zeroizing::new(self.hash(&password, scheme)?);
        let now = self.now_text();

        self.store.write(|tx| {
            if load_row(tx, &request.name)?.is_some() {
                if !request.if_absent {
                    return Err(UserError::Exists(request.name.clone()));
                }
                tx.audit(
                    &AuditEvent::new("user.add", &object(&request.name)).with_outcome("unchanged"),
                )?;
                return Ok(unchanged(&request.name));
            }
            check_roles_exist(tx, &roles)?;
            tx.execute(
                "INSERT INTO users (name, email, kind, scheme, password, created, password_changed)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
                params![
                    request.name,
                    request.email,
                    request.kind.as_str(),
                    scheme.as_str(),
                    seal_hash(tx, &request.name, &hash),
                    now
                ],
            )?;
            insert_roles(tx, &request.name, &roles)?;
            tx.audit(
                &AuditEvent::new("user.add", &object(&request.name)).with_detail(
                    serde_json::json!({
                        "kind": request.kind.as_str(), "roles": roles, "scheme": scheme.as_str()
                    }),
                ),
            )?;
            Ok(ChangeOutcome {
                name: request.name.clone(),
                changed: true,
                generated,
            })
        })
    }

    fn list(&mut self) -> Result<Vec<UserInfo>, UserError> {
        let now = self.now();
        let conn = self.store.conn();
        let mut roles = all_roles(conn)?;
        let mut stmt = conn.prepare(&format!("SELECT {ROW_COLUMNS} FROM users ORDER BY name"))?;
        let rows = stmt.query_map([], Row::read)?;
        let mut users = Vec::new();
        for row in rows {
            let row = row?;
            let user_roles = roles.remove(&row.name).unwrap_or_default();
            users.push(row.info(user_roles, now));
        }
        Ok(users)
    }

    fn show(&mut self, name: &str) -> Result<UserInfo, UserError> {
        let conn = self.store.conn();
        let row = load_row(conn, name)?.ok_or_else(|| UserError::NotFound(name.into()))?;
        let roles = roles_of(conn, name)?;
        Ok(row.info(roles, self.now()))
    }

    fn set_password(
        &mut self,
        name: &str,
        change: PasswordChange,
    ) -> Result<ChangeOutcome, UserError> {
        let row =
            load_row(self.store.conn(), name)?.ok_or_else(|| UserError::NotFound(name.into()))?;
        let current_hash = self.open_hash(&row)?;
        let (password, generated) = resolve_password(change.new);

        if change.if_changed
            && generated.is_none()
            && hashing::verify(&password, &current_hash).unwrap_or(false)
        {
            return self.store.write(|tx| {
                tx.audit(&AuditEvent::new("user.passwd", &object(name)).with_outcome("unchanged"))?;
                Ok(unchanged(name))
            });
        }
        // A password keeps its scheme unless another is chosen or the
        // scheme is one that new passwords no longer use.
        let scheme = change.scheme.unwrap_or_else(|| {
            Scheme::parse(&row.scheme)
                .filter(|s| hashing::NEW_PASSWORD_SCHEMES.contains(s))
                .unwrap_or(self.settings.scheme)
        });
        let hash = Zeroizing::new(self.hash(&password, scheme)?);
        let now = self.now_text();
        self.store.write(|tx| {
            let updated = tx.execute(
                "UPDATE users SET scheme = ?2, password = ?3, password_changed = ?4,
                        failures = 0, locked_until = NULL
                 WHERE name = ?1",
                params![name, scheme.as_str(), seal_hash(tx, name, &hash), now],
            )?;
            if updated == 0 {
                return Err(UserError::NotFound(name.into()));
            }
            tx.audit(
                &AuditEvent::new("user.passwd", &object(name))
                    .with_detail(serde_json::json!({ "scheme": scheme.as_str() })),
            )?;
            Ok(ChangeOutcome {
                name: name.into(),
                changed: true,
                generated,
            })
        })
    }

    fn change_roles(
        &mut self,
        name: &str,
        add: &[String],
        remove: &[String],
    ) -> Result<RolesOutcome, UserError> {
        self.store.write(|tx| {
            if load_row(tx, name)?.is_none() {
                return Err(UserError::NotFound(name.into()));
            }
            check_roles_exist(tx, add)?;
            let before = roles_of(tx, name)?;
            for role in remove {
                tx.execute(
                    "DELETE FROM user_roles WHERE user = ?1 AND role = ?2",
                    params![name, role],
                )?;
            }
            insert_roles(tx, name, add)?;
            let after = roles_of(tx, name)?;
            let changed = before != after;
            let event = AuditEvent::new("user.role", &object(name))
                .with_detail(serde_json::json!({ "before": before, "after": after }));
            tx.audit(&if changed {
                event
            } else {
                event.with_outcome("unchanged")
            })?;
            Ok(RolesOutcome {
                name: name.into(),
                changed,
                roles: after,
            })
        })
    }

    fn set_locked(&mut self, name: &str, locked: bool) -> Result<bool, UserError> {
        let action = if locked { "user.lock" } else { "user.unlock" };
        let now = self.now();
        self.store.write(|tx| {
            let row = load_row(tx, name)?.ok_or_else(|| UserError::NotFound(name.into()))?;
            // Unlocking also ends a lockout after failures.
            let changed = if locked {
                !row.disabled
            } else {
                row.disabled || row.failures != 0 || row.lockout_end(now).is_some()
            };
            if changed {
                if locked {
                    tx.execute("UPDATE users SET disabled = 1 WHERE name = ?1", [name])?;
                } else {
                    tx.execute(
                        "UPDATE users SET disabled = 0, failures = 0, locked_until = NULL WHERE name = ?1",
                        [name],
                    )?;
                }
            }
            let event = AuditEvent::new(action, &object(name));
            tx.audit(&if changed { event } else { event.with_outcome("unchanged") })?;
            Ok(changed)
        })
    }

    fn delete(&mut self, name: &str, if_exists: bool) -> Result<bool, UserError> {
        self.store.write(|tx| {
            let deleted = tx.execute("DELETE FROM users WHERE name = ?1", [name])?;
            if deleted == 0 {
                return if if_exists {
                    Ok(false)
                } else {
                    Err(UserError::NotFound(name.into()))
                };
            }
            tx.audit(&AuditEvent::new("user.delete", &object(name)))?;
            Ok(true)
        })
    }

    fn verify(&mut self, name: &str, password: &Password) -> Result<Verification, UserError> {
        super::local_verify::verify(self, name, password)
    }
}

impl LocalAccounts<'_> {
    /// Loads an account and its opened hash, for verification.
    pub(super) fn load_for_verify(&self, name: &str) -> Result<Option<StoredPassword>, UserError> {
        let Some(row) = load_row(self.store.conn(), name)? else {
            return Ok(None);
        };
        Ok(Some(StoredPassword {
            hash: self.open_hash(&row)?,
            lockout_end: row.lockout_end(self.now()),
            disabled: row.disabled,
            sealed: row.password,
        }))
    }

    pub(super) fn clock_now(&self) -> OffsetDateTime {
        self.now()
    }
}

/// The password state of one account, as verification needs it.
pub(super) struct StoredPassword {
    /// The sealed hash as stored, to detect a change before re-hashing.
    pub sealed: Vec<u8>,
    /// The opened hash.
    pub hash: Zeroizing<String>,
    /// Locked by `user lock`.
    pub disabled: bool,
    /// End of a running lockout.
    pub lockout_end: Option<OffsetDateTime>,
}

fn unchanged(name: &str) -> ChangeOutcome {
    ChangeOutcome {
        name: name.into(),
        changed: false,
        generated: None,
    }
}

/// Returns the password to hash, and the generated one to show once.
fn resolve_password(password: NewPassword) -> (Password, Option<Password>) {
    match password {
        NewPassword::Given(password) => (password, None),
        NewPassword::Generate => {
            let generated = Password::generate();
            (generated.clone(), Some(generated))
        }
    }
}

fn password_row(name: &str) -> [&str; 3] {
    ["users", name, "password"]
}

/// Seals a hash string for the account `name`.
pub(super) fn seal_hash(tx: &WriteTx<'_>, name: &str, hash: &str) -> Vec<u8> {
    tx.seal(&password_row(name), hash.as_bytes())
}

/// Opens the sealed hash of the account `name`.
pub(super) fn open_hash(
    key: &crate::crypto::DataKey,
    name: &str,
    sealed: &[u8],
) -> Result<Zeroizing<String>, UserError> {
    let label = format!("password hash of user \"{name}\"");
    let opened = open_sealed(key, &password_row(name), sealed, &label)?;
    String::from_utf8(opened.to_vec())
        .map(Zeroizing::new)
        .map_err(|_| StoreError::Tampered(label).into())
}

/// Opens the sealed hash of the account `name` inside a write transaction.
pub(super) fn open_hash_in(
    tx: &WriteTx<'_>,
    name: &str,
    sealed: &[u8],
) -> Result<Zeroizing<String>, UserError> {
    let label = format!("password hash of user \"{name}\"");
    let opened = tx.open(&password_row(name), sealed, &label)?;
    String::from_utf8(opened.to_vec())
        .map(Zeroizing::new)
        .map_err(|_| StoreError::Tampered(label).into())
}

fn load_row(conn: &Connection, name: &str) -> Result<Option<Row>, UserError> {
    Ok(conn
        .query_row(
            &format!("SELECT {ROW_COLUMNS} FROM users WHERE name = ?1"),
            [name],
            Row::read,
        )
        .optional()?)
}

pub(super) fn roles_of(conn: &Connection, name: &str) -> Result<Vec<String>, UserError> {
    let mut stmt = conn.prepare("SELECT role FROM user_roles WHERE user = ?1 ORDER BY role")?;
    let rows = stmt.query_map([name], |row| row.get(0))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

fn all_roles(conn: &Connection) -> Result<BTreeMap<String, Vec<String>>, UserError> {
    let mut stmt = conn.prepare("SELECT user, role FROM user_roles ORDER BY user, role")?;
    let mut rows = stmt.query([])?;
    let mut roles: BTreeMap<String, Vec<String>> = BTreeMap::new();
    while let Some(row) = rows.next()? {
        roles.entry(row.get(0)?).or_default().push(row.get(1)?);
    }
    Ok(roles)
}

pub(super) fn check_roles_exist(conn: &Connection, roles: &[String]) -> Result<(), UserError> {
    for role in roles {
        let exists: bool = conn.query_row(
            "SELECT count(*) > 0 FROM roles WHERE name = ?1",
            [role],
            |row| row.get(0),
        )?;
        if !exists {
            return Err(UserError::RoleNotFound(role.clone()));
        }
    }
    Ok(())
}

pub(super) fn insert_roles(
    conn: &Connection,
    name: &str,
    roles: &[String],
) -> Result<(), UserError> {
    for role in roles {
        conn.execute(
            "INSERT INTO user_roles (user, role) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
            params![name, role],
        )?;
    }
    Ok(())
}

pub(super) fn user_exists(conn: &Connection, name: &str) -> Result<bool, UserError> {
    Ok(load_row(conn, name)?.is_some())
}
