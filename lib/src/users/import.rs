//! Import of accounts from a MiCADO Credential Manager: its SQLite database,
//! its first-admin CSV and the `authentication:` block of MiCADO's
//! `credentials-micado.yml`.

use std::path::Path;

use rusqlite::{Connection, OpenFlags, OptionalExtension};
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use zeroize::Zeroizing;

use super::hashing::{self, Scheme};
use super::local::{LocalAccounts, check_roles_exist, insert_roles, seal_hash, user_exists};
use super::lockout::format_time;
use super::{Kind, Password, UserError, check_email, check_user_name, object};
use crate::audit::AuditEvent;

/// Role numbers of the Credential Manager's `user.role` column.
const CREDMAN_USER_ROLE: i64 = 0;
const CREDMAN_ADMIN_ROLE: i64 = 2;
/// Header of the Credential Manager's provisioning CSV.
const CSV_HEADER: [&str; 3] = ["Username", "Email", "Password"];
/// Defaults of the `authentication:` block, as MiCADO's sample file states them.
const DEFAULT_ADMIN_NAME: &str = "admin";
const DEFAULT_ADMIN_EMAIL: &str = "root@micado-master";

/// The secret of an imported account.
pub enum ImportedSecret {
    /// A hash to keep as it is.
    Hash(Zeroizing<String>),
    /// A plain-text password to hash with the configured scheme.
    Password(Password),
}

/// One account read from an import file.
pub struct ImportedUser {
    /// Location in the input, such as `credential.db user id 2`.
    pub source: String,
    /// Account name.
    pub name: String,
    /// E-mail address.
    pub email: Option<String>,
    /// Roles.
    pub roles: Vec<String>,
    /// Hash or password.
    pub secret: ImportedSecret,
    /// Consecutive failures carried over.
    pub failures: i64,
    /// Start of a lockout carried over (the Credential Manager stores its start).
    pub lock_started: Option<OffsetDateTime>,
}

/// An account an import left alone.
#[derive(Debug, Clone, Serialize)]
pub struct Skipped {
    /// Account name.
    pub name: String,
    /// Why.
    pub reason: String,
}

/// Result of an import.
#[derive(Debug, Clone, Serialize)]
pub struct ImportReport {
    /// Whether any account was added.
    pub changed: bool,
    /// Accounts added.
    pub imported: Vec<String>,
    /// Accounts left alone, with the reason.
    pub skipped: Vec<Skipped>,
}

fn invalid(source: &str, message: impl Into<String>) -> UserError {
    UserError::invalid(source.to_string(), message)
}

/// Reads the accounts of a Credential Manager database.
///
/// The `access_log` row of an account gives its failure count and lock: its
/// `lock_status` is `1` for unlocked and `0` for locked, as the Credential
/// Manager's model defines it, and `lock_start_time` is when the lock began.
pub fn read_credman_db(path: &Path) -> Result<Vec<ImportedUser>, UserError> {
    let file = path.display().to_string();
    // Opening read-only keeps the service's database untouched, also its WAL.
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .map_err(|e| open_error(path, e))?;
    let mut stmt = conn
        .prepare("SELECT id, username, email, password_hash, role FROM user ORDER BY id")
        .map_err(|e| {
            invalid(
                &file,
                format!("not a Credential Manager database (table user with id, username, email, password_hash, role): {e}"),
            )
        })?;
    let rows = stmt.query_map([], |row| {
        Ok((
            row.get::<_, i64>(0)?,
            row.get::<_, Option<String>>(1)?,
            row.get::<_, Option<String>>(2)?,
            row.get::<_, Option<String>>(3)?,
            row.get::<_, Option<i64>>(4)?,
        ))
    })?;
    let mut users = Vec::new();
    for row in rows {
        // rusqlite's message names the column and the type found, not the value.
        let (id, name, email, hash, role) =
            row.map_err(|e| invalid(&file, format!("unexpected value in table user: {e}")))?;
        let source = format!("{file} user id {id}");
        let name = name.ok_or_else(|| invalid(&source, "the username is empty"))?;
        let hash = hash.ok_or_else(|| invalid(&source, "the password_hash is empty"))?;
        let role = match role.unwrap_or(CREDMAN_USER_ROLE) {
            CREDMAN_USER_ROLE => "user",
            CREDMAN_ADMIN_ROLE => "admin",
            other => {
                return Err(invalid(
                    &source,
                    format!(
                        "unknown role number {other}; the Credential Manager uses 0 for user and 2 for admin"
                    ),
                ));
            }
        };
        let (failures, lock_started) = read_access_log(&conn, id, &source)?;
        users.push(ImportedUser {
            source,
            name,
            email: email.filter(|e| !e.is_empty()),
            roles: vec![role.to_string()],
            secret: ImportedSecret::Hash(Zeroizing::new(hash)),
            failures,
            lock_started,
        });
    }
    Ok(users)
}

fn open_error(path: &Path, e: rusqlite::Error) -> UserError {
    if let Err(io) = std::fs::metadata(path) {
        return UserError::Io {
            path: path.to_path_buf(),
            source: io,
        };
    }
    invalid(
        &path.display().to_string(),
        format!("cannot open it as SQLite: {e}"),
    )
}

fn read_access_log(
    conn: &Connection,
    user_id: i64,
    source: &str,
) -> Result<(i64, Option<OffsetDateTime>), UserError> {
    let has_table: bool = conn.query_row(
        "SELECT count(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = 'access_log'",
        [],
        |row| row.get(0),
    )?;
    if !has_table {
        return Ok((0, None));
    }
    let row: Option<(Option<bool>, Option<String>, Option<i64>)> = conn
        .query_row(
            "SELECT lock_status, lock_start_time, no_fails FROM access_log WHERE user_id = ?1 ORDER BY id LIMIT 1",
            [user_id],
            |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
        )
        .optional()
        .map_err(|e| invalid(source, format!("unexpected value in table access_log: {e}")))?;
    let Some((unlocked, start, failures)) = row else {
        return Ok((0, None));
    };
    let failures = failures.unwrap_or(0).max(0);
    if unlocked.unwrap_or(true) {
        return Ok((failures, None));
    }
    let start = start
        .as_deref()
        .and_then(parse_python_datetime)
        .ok_or_else(|| {
            invalid(
                source,
                "the access_log row is locked but has no valid lock_start_time",
            )
        })?;
    Ok((failures, Some(start)))
}

/// Parses SQLAlchemy's `YYYY-MM-DD HH:MM:SS[.ffffff]`. The Credential Manager
/// writes the server's local time without a zone; it is read as UTC.
fn parse_python_datetime(text: &str) -> Option<OffsetDateTime> {
    let format = time::macros::format_description!(
        "[year]-[month]-[day] [hour]:[minute]:[second][optional [.[subsecond]]]"
    );
    time::PrimitiveDateTime::parse(text.trim(), &format)
        .ok()
        .map(|t| t.assume_utc())
}

/// Reads a provisioning file: the Credential Manager's CSV with the header
/// `Username,Email,Password`, or a YAML file with an `authentication:` block.
pub fn read_provisioning(path: &Path, text: &str) -> Result<Vec<ImportedUser>, UserError> {
    let first_line = text
        .lines()
        .next()
        .unwrap_or("")
        .trim()
        .trim_start_matches('\u{feff}');
    let header: Vec<&str> = first_line.split(',').map(str::trim).collect();
    if header.len() == 3
        && header
            .iter()
            .zip(CSV_HEADER)
            .all(|(a, b)| a.eq_ignore_ascii_case(b))
    {
        read_csv(path, text)
    } else {
        read_authentication_yaml(path, text)
    }
}

fn read_csv(path: &Path, text: &str) -> Result<Vec<ImportedUser>, UserError> {
    let file = path.display().to_string();
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::Headers)
        .from_reader(text.as_bytes());
    let mut users = Vec::new();
    for (index, record) in reader.records().enumerate() {
        // Line 1 is the header.
        let source = format!("{file} line {}", index + 2);
        let record = record.map_err(|e| invalid(&source, format!("invalid CSV: {e}")))?;
        if record.len() != 3 {
            return Err(invalid(
                &source,
                format!(
                    "expected 3 fields (Username,Email,Password), found {}",
                    record.len()
                ),
            ));
        }
        let password = Password::new(&record[2])
            .map_err(|m| invalid(&format!("{source} field Password"), m))?;
        users.push(ImportedUser {
            name: record[0].trim().to_string(),
            email: Some(record[1].trim().to_string()).filter(|e| !e.is_empty()),
            roles: vec!["admin".into()],
            secret: ImportedSecret::Password(password),
            failures: 0,
            lock_started: None,
            source,
        });
    }
    Ok(users)
}

#[derive(Deserialize)]
struct MicadoCredentials {
    authentication: Option<Authentication>,
}

#[derive(Deserialize)]
struct Authentication {
    username: Option<String>,
    email: Option<String>,
    password: Option<String>,
}

fn read_authentication_yaml(path: &Path, text: &str) -> Result<Vec<ImportedUser>, UserError> {
    let file = path.display().to_string();
    let parsed: MicadoCredentials =
        yaml_serde::from_str(text).map_err(|e| invalid(&file, yaml_error_message(&e)))?;
    let auth = parsed
        .authentication
        .ok_or_else(|| invalid(&file, "there is no authentication: block"))?;
    // MiCADO's defaults for missing fields, except the password "admin",
    // which is shorter than the 8 bytes every password needs.
    let password_text = auth.password.ok_or_else(|| {
        invalid(
            &format!("{file} field authentication.password"),
            "missing; MiCADO would use \"admin\", which is too short",
        )
    })?;
    let password = Password::new(&password_text)
        .map_err(|m| invalid(&format!("{file} field authentication.password"), m))?;
    Ok(vec![ImportedUser {
        source: format!("{file} authentication"),
        name: auth.username.unwrap_or_else(|| DEFAULT_ADMIN_NAME.into()),
        email: Some(auth.email.unwrap_or_else(|| DEFAULT_ADMIN_EMAIL.into())),
        roles: vec!["admin".into()],
        secret: ImportedSecret::Password(password),
        failures: 0,
        lock_started: None,
    }])
}

/// Describes a YAML error by its position only, because the parser's message
/// can quote a scalar of the file, such as a password or a CSV line.
fn yaml_error_message(error: &yaml_serde::Error) -> String {
    let position = error.location().map_or(String::new(), |location| {
        format!(
            " (YAML error at line {} column {})",
            location.line(),
            location.column()
        )
    });
    format!(
        "neither a CSV whose first line is Username,Email,Password nor YAML with an \
         authentication: block of text fields{position}"
    )
}

/// A checked account, ready to be written.
struct Prepared {
    name: String,
    email: Option<String>,
    roles: Vec<String>,
    scheme: Scheme,
    hash: Zeroizing<String>,
    failures: i64,
    locked_until: Option<String>,
    source: String,
}

impl LocalAccounts<'_> {
    /// Imports accounts in one transaction: all land, or none when one is
    /// invalid. Accounts whose name exists already are skipped.
    pub fn import(&mut self, users: Vec<ImportedUser>) -> Result<ImportReport, UserError> {
        let mut prepared = Vec::new();
        let mut seen = std::collections::BTreeSet::new();
        for user in users {
            if !seen.insert(user.name.clone()) {
                return Err(invalid(
                    &user.source,
                    format!("user \"{}\" appears twice", user.name),
                ));
            }
            prepared.push(self.prepare(user)?);
        }

        self.store().write(|tx| {
            let mut report = ImportReport {
                changed: false,
                imported: Vec::new(),
                skipped: Vec::new(),
            };
            for user in &prepared {
                if user_exists(tx, &user.name)? {
                    report.skipped.push(Skipped {
                        name: user.name.clone(),
                        reason: "a user with this name exists".into(),
                    });
                    continue;
                }
                check_roles_exist(tx, &user.roles)?;
                tx.execute(
                    "INSERT INTO users (name, email, kind, scheme, password, failures, locked_until, created, password_changed)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
                    rusqlite::params![
                        user.name,
                        user.email,
                        Kind::Human.as_str(),
                        user.scheme.as_str(),
                        seal_hash(tx, &user.name, &user.hash),
                        user.failures,
                        user.locked_until,
                        crate::store::now_rfc3339()
                    ],
                )?;
                insert_roles(tx, &user.name, &user.roles)?;
                tx.audit(&AuditEvent::new("user.import", &object(&user.name)).with_detail(
                    serde_json::json!({ "source": user.source, "scheme": user.scheme.as_str(), "roles": user.roles }),
                ))?;
                report.imported.push(user.name.clone());
            }
            report.changed = !report.imported.is_empty();
            Ok(report)
        })
    }

    fn prepare(&self, user: ImportedUser) -> Result<Prepared, UserError> {
        check_user_name(&user.name).map_err(|e| invalid(&user.source, e.to_string()))?;
        if let Some(email) = &user.email {
            check_email(email).map_err(|e| invalid(&user.source, e.to_string()))?;
        }
        let (scheme, hash) = match user.secret {
            ImportedSecret::Hash(hash) => {
                let scheme = hashing::check_importable(&hash)
                    .map_err(|m| invalid(&format!("{} password_hash", user.source), m))?;
                (scheme, hash)
            }
            ImportedSecret::Password(password) => {
                let scheme = self.settings().scheme;
                (scheme, Zeroizing::new(self.hash(&password, scheme)?))
            }
        };
        let locked_until = user
            .lock_started
            .map(|start| format_time(start + self.settings().lockout.duration));
        Ok(Prepared {
            name: user.name,
            email: user.email,
            roles: user.roles,
            scheme,
            hash,
            failures: user.failures,
            locked_until,
            source: user.source,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_sqlalchemy_datetimes() {
        let t = parse_python_datetime("2026-12-04 17:51:22.123456").unwrap();
        assert_eq!(t.unix_timestamp(), 1_796_406_682);
        assert!(parse_python_datetime("2026-12-04 17:51:22").is_some());
        assert!(parse_python_datetime("yesterday").is_none());
    }

    #[test]
    fn csv_header_detected() {
        let users = read_provisioning(
            Path::new("admins.csv"),
            "Username,Email,Password\nops,ops@example.org,\"a,b:c-long\"\n",
        )
        .unwrap();
        assert_eq!(users.len(), 1);
        assert_eq!(users[0].name, "ops");
        let ImportedSecret::Password(password) = &users[0].secret else {
            panic!("expected a password")
        };
        assert_eq!(password.expose(), "a,b:c-long");
    }

    #[test]
    fn yaml_passwords_keep_their_text() {
        for (written, expected) in [
            ("00123456789", "00123456789"),
            ("0x1F0x1F0x1F", "0x1F0x1F0x1F"),
            ("\"yes-it-is\"", "yes-it-is"),
            ("'p:ss word #1'", "p:ss word #1"),
        ] {
            let text = format!("authentication:\n  password: {written}\n");
            let users = read_provisioning(Path::new("micado.yml"), &text).unwrap();
            let ImportedSecret::Password(password) = &users[0].secret else {
                panic!("expected a password")
            };
            assert_eq!(password.expose(), expected, "{written}");
        }
    }

    #[test]
    fn yaml_short_password_names_field() {
        let text = "authentication:\n  username: admin\n  password: admin\n";
        let error = read_provisioning(Path::new("micado.yml"), text)
            .err()
            .unwrap()
            .to_string();
        assert!(error.contains("authentication.password"), "{error}");
        assert!(error.contains("minimum is 8"), "{error}");
    }
}
