//! The embedded state store: one SQLite database in WAL mode, envelope
//! encryption under a data key wrapped with age, unlocking and file locking.

mod error;
pub mod home;
mod init;
pub mod keycache;
pub mod keys;
mod rekey;
pub mod schema;
mod unlock;

use std::fs::File;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use age::secrecy::SecretString;
use rusqlite::{
    Connection, OpenFlags, OptionalExtension, Transaction, TransactionBehavior, params,
};
use zeroize::Zeroizing;

use crate::audit::{self, AuditEvent, AuditKey};
use crate::crypto::{self, DataKey};
pub use error::StoreError;
pub use home::{Config, Home, StoreConfig, VaultConfig};
pub use init::{InitOptions, InitReport};
use keys::WrapKind;
pub use rekey::RekeyReport;
use unlock::{KeySource, Unlocked, read_wraps, unwrap_any, unwrap_passphrase};

/// How long a command waits for another one that holds the write lock.
const BUSY_TIMEOUT: Duration = Duration::from_secs(60);

/// Minimum number of characters in a new store passphrase. The passphrase
/// protects a copy of the data key that anyone with the database can attack
/// offline, slowed only by scrypt.
pub const MIN_PASSPHRASE_CHARS: usize = 8;

/// Actor of a command: the user, host and command that every audit record carries.
#[derive(Debug, Clone)]
pub struct Actor {
    /// Name of the effective OS user (or its numeric id).
    pub os_user: String,
    /// `SUDO_USER`, when the command runs under sudo.
    pub sudo_user: Option<String>,
    /// Host name.
    pub host: String,
    /// The command, such as `cred set`.
    pub command: String,
}

impl Actor {
    /// Describes the current process running `command`.
    pub fn current(command: &str) -> Self {
        let uid = nix::unistd::geteuid();
        let os_user = nix::unistd::User::from_uid(uid)
            .ok()
            .flatten()
            .map(|u| u.name)
            .unwrap_or_else(|| uid.to_string());
        Actor {
            os_user,
            sudo_user: std::env::var("SUDO_USER").ok().filter(|s| !s.is_empty()),
            host: hostname::get()
                .map(|h| h.to_string_lossy().into_owned())
                .unwrap_or_else(|_| "unknown".into()),
            command: command.to_string(),
        }
    }
}

/// The way the store was unlocked.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum UnlockMethod {
    /// An age identity file.
    Identity(PathBuf),
    /// The data key cached in the OS keyring.
    Keyring,
    /// An age scrypt passphrase.
    Passphrase,
}

/// Sources of a key that opens the store, in the order they are tried.
#[derive(Default)]
pub struct UnlockOptions<'a> {
    /// Identity files given explicitly (`--identity`, `MICADOCTL_IDENTITY`).
    /// When any is given and none fits, unlocking fails without trying more.
    pub identity_files: Vec<PathBuf>,
    /// Whether to try the key cached in the OS keyring.
    pub use_keyring: bool,
    /// Supplies a passphrase (from a file or a prompt) when it is needed.
    pub passphrase: Option<&'a dyn Fn() -> Option<SecretString>>,
}

/// One recipient that can open the store.
#[derive(Debug, Clone, serde::Serialize)]
pub struct RecipientInfo {
    /// `x25519` or `scrypt`.
    pub kind: String,
    /// The `age1...` recipient, or `passphrase`.
    pub recipient: String,
    /// When it was added.
    pub created: String,
}

/// An open store. Reading names and metadata needs no key; reading or changing
/// a secret value needs the store unlocked with [`Store::unlock`].
pub struct Store {
    home: Home,
    config: StoreConfig,
    conn: Connection,
    /// Whether SQLite opened the database read-only, because this user may
    /// not write it.
    read_only: bool,
    store_id: String,
    unlocked: Option<Unlocked>,
    unlocked_by: Option<UnlockMethod>,
    actor: Actor,
}

impl Store {
    /// Opens the store in `home` without unlocking it.
    pub fn open(home: &Home, profile: Option<&str>, actor: Actor) -> Result<Store, StoreError> {
        Self::open_database(home, profile, actor)
            .map_err(|e| e.at_database(&home.database(), BUSY_TIMEOUT))
    }

    fn open_database(
        home: &Home,
        profile: Option<&str>,
        actor: Actor,
    ) -> Result<Store, StoreError> {
        if !is_initialised(home)? {
            return Err(StoreError::NotInitialised(home.dir().to_path_buf()));
        }
        let config = home.load_config()?.effective(profile)?;
        if let Some(backend) = config
            .credentials_backend
            .as_deref()
            .filter(|b| !matches!(*b, "local" | "vault"))
        {
            return Err(StoreError::InvalidConfig {
                path: home.config_file(),
                message: format!(
                    "credentials_backend \"{backend}\" is not supported; use \"local\" or \"vault\""
                ),
            });
        }
        let mut conn = connect(&home.database(), OpenFlags::SQLITE_OPEN_READ_WRITE)?;
        // SQLite falls back to read-only when the file is not writable.
        let read_only = conn.is_readonly(rusqlite::MAIN_DB)?;
        schema::migrate(&mut conn)?;
        let store_id = read_meta_text(&conn, "store_id")?
            .ok_or_else(|| StoreError::NotInitialised(home.dir().to_path_buf()))?;
        Ok(Store {
            home: home.clone(),
            config,
            conn,
            read_only,
            store_id,
            unlocked: None,
            unlocked_by: None,
            actor,
        })
    }

    /// Returns the state home.
    pub fn home(&self) -> &Home {
        &self.home
    }

    /// Returns the settings in effect (top level, or the selected profile).
    pub fn config(&self) -> &StoreConfig {
        &self.config
    }

    /// Returns the random identifier of this store, which names its keyring entry.
    pub fn id(&self) -> &str {
        &self.store_id
    }

    /// Returns the database connection, for queries that touch no secret.
    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    /// Returns how the store was unlocked, if it was.
    pub fn unlocked_by(&self) -> Option<&UnlockMethod> {
        self.unlocked_by.as_ref()
    }

    /// Unlocks the store: explicit identity files, then the configured identity
    /// file, then the OS keyring, then a passphrase.
    pub fn unlock(&mut self, options: &UnlockOptions<'_>) -> Result<&UnlockMethod, StoreError> {
        let wraps = read_wraps(&self.conn)?;
        let mut tried = Vec::new();

        if !options.identity_files.is_empty() {
            for path in &options.identity_files {
                let identities = keys::read_identity_file(path)?;
                if let Some(key) = unwrap_any(&wraps, &identities) {
                    let source = KeySource::Identities(identities);
                    return Ok(self.set_key(key, source, UnlockMethod::Identity(path.clone())));
                }
            }
            let path = options.identity_files.last().cloned().unwrap_or_default();
            return Err(StoreError::IdentityMismatch(path));
        }

        match self.config.identity_file.clone() {
            Some(path) if exists(&path)? => {
                let identities = keys::read_identity_file(&path)?;
                if let Some(key) = unwrap_any(&wraps, &identities) {
                    let source = KeySource::Identities(identities);
                    return Ok(self.set_key(key, source, UnlockMethod::Identity(path)));
                }
                tried.push(format!("identity file {} does not match", path.display()));
            }
            Some(path) => tried.push(format!("identity file {} is missing", path.display())),
            None => tried.push("no identity file is configured".into()),
        }

        if options.use_keyring {
            match self.cached_key() {
                Ok(Some(key)) => {
                    return Ok(self.set_key(key, KeySource::Keyring, UnlockMethod::Keyring));
                }
                Ok(None) => tried.push("no key is cached in the keyring".into()),
                Err(e) => tried.push(e.to_string()),
            }
        }

        let has_passphrase = wraps.iter().any(|(kind, _)| *kind == WrapKind::Scrypt);
        match (has_passphrase, options.passphrase.and_then(|get| get())) {
            (true, Some(passphrase)) => {
                let key =
                    unwrap_passphrase(&wraps, &passphrase).ok_or(StoreError::WrongPassphrase)?;
                let source = KeySource::Passphrase(passphrase);
                return Ok(self.set_key(key, source, UnlockMethod::Passphrase));
            }
            (true, None) => tried.push("no passphrase was given".into()),
            (false, _) => tried.push("the store has no passphrase".into()),
        }
        Err(StoreError::Locked(tried))
    }

    fn set_key(&mut self, key: DataKey, source: KeySource, method: UnlockMethod) -> &UnlockMethod {
        self.unlocked = Some(Unlocked { key, source });
        self.unlocked_by.insert(method)
    }

    fn cached_key(&self) -> Result<Option<DataKey>, StoreError> {
        let cached = keycache::load(&self.store_id).map_err(|e| StoreError::Keyring(e.0))?;
        let expected = self.key_check()?;
        // A key cached before `store rekey` no longer opens anything.
        Ok(cached
            .map(|(key, _)| key)
            .filter(|key| key.check_value().as_slice() == expected.as_slice()))
    }

    /// Caches the data key in the OS keyring for `ttl`; returns the expiry.
    ///
    /// `ttl` must be longer than zero and at most [`keycache::MAX_TTL`].
    pub fn cache_key(&mut self, ttl: Duration) -> Result<SystemTime, StoreError> {
        if ttl.is_zero() || ttl > keycache::MAX_TTL {
            return Err(StoreError::InvalidTtl(ttl));
        }
        let unlocked = self.unlocked.as_mut().ok_or_else(not_unlocked)?;
        // Cache the key that is current now, not one a rekey replaced since.
        unlocked.refresh(&self.conn)?;
        keycache::store(&self.store_id, &unlocked.key, ttl).map_err(|e| StoreError::Keyring(e.0))
    }

    /// Drops the data key from the OS keyring; returns whether one was cached.
    pub fn forget_cached_key(&self) -> Result<bool, StoreError> {
        keycache::remove(&self.store_id).map_err(|e| StoreError::Keyring(e.0))
    }

    /// Returns the expiry of the key cached in the keyring, if a valid one is.
    pub fn cached_key_expiry(&self) -> Result<Option<SystemTime>, StoreError> {
        let cached = keycache::load(&self.store_id).map_err(|e| StoreError::Keyring(e.0))?;
        Ok(cached.map(|(_, expires)| expires))
    }

    /// Returns the data key, or [`StoreError::Locked`] when the store is not
    /// unlocked.
    ///
    /// This is the key that [`Store::unlock`] unwrapped. A write transaction
    /// replaces it with the current key when `store rekey` replaced it since.
    pub fn data_key(&self) -> Result<&DataKey, StoreError> {
        self.unlocked
            .as_ref()
            .map(|unlocked| &unlocked.key)
            .ok_or_else(not_unlocked)
    }

    /// Runs `work` in one write transaction (taken at once, so concurrent
    /// commands queue instead of failing) and commits when it returns `Ok`.
    ///
    /// When another command replaced the data key while this one waited for
    /// the lock, the new key is unwrapped with the identities or passphrase
    /// that unlocked the store, or [`StoreError::KeyReplaced`] is returned
    /// when the store was unlocked from the keyring.
    pub fn write<T, E>(&mut self, work: impl FnOnce(&WriteTx<'_>) -> Result<T, E>) -> Result<T, E>
    where
        E: From<StoreError>,
    {
        let database = self.home.database();
        let at_database = |e: StoreError| e.at_database(&database, BUSY_TIMEOUT);
        if self.read_only {
            return Err(StoreError::ReadOnlyDatabase(database).into());
        }
        let unlocked = self.unlocked.as_mut().ok_or_else(not_unlocked)?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|e| at_database(e.into()))?;
        unlocked.refresh(&tx).map_err(at_database)?;

        let write = WriteTx {
            tx,
            key: &unlocked.key,
            audit_key: AuditKey::derive(&unlocked.key),
            actor: &self.actor,
        };
        let value = work(&write)?;
        write.tx.commit().map_err(|e| at_database(e.into()))?;
        Ok(value)
    }

    /// Verifies the audit log in one read transaction, with the key that
    /// matches that snapshot, so that a `store rekey` committing meanwhile
    /// cannot make an intact log look broken.
    pub fn verify_audit(&mut self) -> Result<audit::VerifyReport, audit::AuditError> {
        let unlocked = self.unlocked.as_mut().ok_or_else(not_unlocked)?;
        let tx = self.conn.transaction().map_err(StoreError::from)?;
        unlocked.refresh(&tx)?;
        audit::verify(&tx, &AuditKey::derive(&unlocked.key))
    }

    fn key_check(&self) -> Result<Vec<u8>, StoreError> {
        read_meta(&self.conn, "key_check")?
            .ok_or_else(|| StoreError::NotInitialised(self.home.dir().to_path_buf()))
    }

    /// Lists who can open the store.
    pub fn recipients(&self) -> Result<Vec<RecipientInfo>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT kind, recipient, created FROM key_wraps ORDER BY id")?;
        let rows = stmt.query_map([], |row| {
            Ok(RecipientInfo {
                kind: row.get(0)?,
                recipient: row.get(1)?,
                created: row.get(2)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Adds an X25519 recipient (an offline recovery key). Returns `false` when
    /// it could open the store already.
    pub fn add_recipient(&mut self, recipient: &str) -> Result<bool, StoreError> {
        let parsed = keys::parse_recipient(recipient)?;
        let text = parsed.to_string();
        self.write(|tx| {
            let exists: Option<i64> = tx
                .tx
                .query_row(
                    "SELECT id FROM key_wraps WHERE kind = 'x25519' AND recipient = ?1",
                    [&text],
                    |row| row.get(0),
                )
                .optional()?;
            if exists.is_some() {
                return Ok(false);
            }
            let wrapped = keys::wrap_to_recipient(tx.key, &parsed);
            tx.tx.execute(
                "INSERT INTO key_wraps (kind, recipient, wrapped, created) VALUES ('x25519', ?1, ?2, ?3)",
                params![text, wrapped, now_rfc3339()],
            )?;
            tx.audit(&AuditEvent::new("store.add-recipient", &format!("recipient/{text}")))?;
            Ok(true)
        })
    }

    /// Counts rows of the main tables, for `status`.
    pub fn counts(&self) -> Result<Vec<(String, i64)>, StoreError> {
        let mut counts = Vec::new();
        for table in ["credentials", "credential_versions", "audit", "key_wraps"] {
            let n: i64 =
                self.conn
                    .query_row(&format!("SELECT count(*) FROM {table}"), [], |row| {
                        row.get(0)
                    })?;
            counts.push((table.to_string(), n));
        }
        Ok(counts)
    }

    /// The schema version of the database.
    pub fn schema_version(&self) -> Result<i64, StoreError> {
        schema::read_version(&self.conn)
    }
}

/// An open write transaction with the data key and the audit log at hand.
pub struct WriteTx<'a> {
    /// The transaction; commit happens in [`Store::write`].
    pub tx: Transaction<'a>,
    key: &'a DataKey,
    audit_key: AuditKey,
    actor: &'a Actor,
}

impl std::ops::Deref for WriteTx<'_> {
    type Target = Connection;

    fn deref(&self) -> &Connection {
        &self.tx
    }
}

impl WriteTx<'_> {
    /// Seals `plaintext` for the row identified by `row` (table, name, version).
    pub fn seal(&self, row: &[&str], plaintext: &[u8]) -> Vec<u8> {
        crypto::seal(self.key, &crypto::associated_data(row), plaintext)
    }

    /// Opens a value sealed for `row`; `label` names the row in the error.
    pub fn open(
        &self,
        row: &[&str],
        sealed: &[u8],
        label: &str,
    ) -> Result<Zeroizing<Vec<u8>>, StoreError> {
        open_sealed(self.key, row, sealed, label)
    }

    /// Appends an audit record in this transaction.
    pub fn audit(&self, event: &AuditEvent) -> Result<i64, StoreError> {
        audit::append(&self.tx, &self.audit_key, self.actor, event)
    }
}

/// Opens a sealed value, naming the row in the error when it does not open.
pub fn open_sealed(
    key: &DataKey,
    row: &[&str],
    sealed: &[u8],
    label: &str,
) -> Result<Zeroizing<Vec<u8>>, StoreError> {
    crypto::open(key, &crypto::associated_data(row), sealed)
        .map_err(|_| StoreError::Tampered(label.to_string()))
}

fn not_unlocked() -> StoreError {
    StoreError::Locked(vec!["the store was not unlocked".into()])
}

/// Returns whether `path` exists. Unlike [`Path::exists`], it reports a
/// directory that cannot be searched as an error, not as a missing file.
fn exists(path: &Path) -> Result<bool, StoreError> {
    path.try_exists().map_err(|e| StoreError::io(path, e))
}

fn lock_home(home: &Home) -> Result<File, StoreError> {
    let path = home.lock_file();
    let file = crate::fsutil::open_private(&path).map_err(|e| StoreError::io(&path, e))?;
    file.lock().map_err(|e| StoreError::io(&path, e))?;
    Ok(file)
}

fn is_initialised(home: &Home) -> Result<bool, StoreError> {
    let path = home.database();
    if !exists(&path)? {
        return Ok(false);
    }
    let conn = connect(&path, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    let has_meta: bool = conn.query_row(
        "SELECT count(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = 'meta'",
        [],
        |row| row.get(0),
    )?;
    Ok(has_meta && read_meta(&conn, "key_check")?.is_some())
}

fn connect(path: &Path, flags: OpenFlags) -> Result<Connection, StoreError> {
    let conn = Connection::open_with_flags(path, flags | OpenFlags::SQLITE_OPEN_NO_MUTEX)
        .map_err(|e| open_error(path, e))?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    if !flags.contains(OpenFlags::SQLITE_OPEN_READ_ONLY) {
        // FULL syncs the WAL on every commit: a committed change survives a
        // power loss, which matters more here than write throughput.
        conn.pragma_update(None, "synchronous", "FULL")?;
    }
    Ok(conn)
}

/// Replaces SQLite's "unable to open database file" with the I/O error behind
/// it, such as a permission denied, when opening the file shows one.
fn open_error(path: &Path, e: rusqlite::Error) -> StoreError {
    if e.sqlite_error_code() == Some(rusqlite::ErrorCode::CannotOpen)
        && let Err(io) = File::open(path)
    {
        return StoreError::io(path, io);
    }
    StoreError::Database(e)
}

pub(crate) fn read_meta(conn: &Connection, key: &str) -> Result<Option<Vec<u8>>, StoreError> {
    Ok(conn
        .query_row("SELECT value FROM meta WHERE key = ?1", [key], |row| {
            row.get(0)
        })
        .optional()?)
}

fn read_meta_text(conn: &Connection, key: &str) -> Result<Option<String>, StoreError> {
    Ok(read_meta(conn, key)?.map(|v| String::from_utf8_lossy(&v).into_owned()))
}

/// Writes one value of the `meta` table.
pub(crate) fn write_meta(conn: &Connection, key: &str, value: &[u8]) -> Result<(), StoreError> {
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = ?2",
        params![key, value],
    )?;
    Ok(())
}

/// Reads one value of the `meta` table.
pub(crate) fn meta(conn: &Connection, key: &str) -> Result<Option<Vec<u8>>, StoreError> {
    read_meta(conn, key)
}

/// Returns the current time in RFC 3339 with UTC offset and seconds precision.
pub fn now_rfc3339() -> String {
    let now = time::OffsetDateTime::now_utc()
        .replace_nanosecond(0)
        .expect("0 is a valid nanosecond");
    now.format(&time::format_description::well_known::Rfc3339)
        .expect("the current time formats as RFC 3339")
}

impl Store {
    /// Writes a consistent copy of the database to `path` (mode 0600; the file
    /// must not exist). The copy is as encrypted as the store itself.
    pub fn backup(&mut self, path: &Path) -> Result<(), StoreError> {
        use std::os::unix::fs::OpenOptionsExt;

        std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(path)
            .map_err(|e| match e.kind() {
                std::io::ErrorKind::AlreadyExists => StoreError::BackupExists(path.to_path_buf()),
                _ => StoreError::io(path, e),
            })?;
        let result = self
            .write(|tx| {
                tx.audit(
                    &AuditEvent::new("store.backup", "store")
                        .with_detail(serde_json::json!({ "file": path })),
                )
            })
            .and_then(|_| {
                self.conn
                    .execute("VACUUM INTO ?1", [path.to_string_lossy()])
                    .map_err(StoreError::from)
            });
        if result.is_err() {
            let _ = std::fs::remove_file(path);
        }
        result.map(|_| ())
    }
}
