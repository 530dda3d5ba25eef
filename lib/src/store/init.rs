//! Creating a store: the state home, the identity file, the database and
//! `config.toml`.

use std::path::{Path, PathBuf};

use age::secrecy::SecretString;
use rusqlite::{OpenFlags, TransactionBehavior, params};
use zeroize::Zeroizing;

use super::keys::{self, WrapKind};
use super::{
    Actor, Config, Home, MIN_PASSPHRASE_CHARS, Store, StoreConfig, StoreError, connect, exists,
    is_initialised, lock_home, now_rfc3339, schema, write_meta,
};
use crate::audit::{self, AuditEvent, AuditKey};
use crate::crypto::{self, DataKey};

impl Store {
    /// Creates the store in `home`, or reports `changed: false` when it exists.
    ///
    /// The options are checked before anything is created, so rejected
    /// options leave no state home behind.
    pub fn init(home: &Home, options: InitOptions, actor: Actor) -> Result<InitReport, StoreError> {
        check_init_options(home, &options)?;
        crate::fsutil::create_private_dir(home.dir()).map_err(|e| StoreError::io(home.dir(), e))?;
        let _lock = lock_home(home)?;

        if is_initialised(home)? {
            return existing_init_report(home);
        }

        let key = DataKey::generate();
        let now = now_rfc3339();
        let mut report = InitReport {
            changed: true,
            home: home.dir().to_path_buf(),
            database: home.database(),
            identity_file: None,
            appended_to_existing: false,
            recipient: None,
            passphrase: options.passphrase.is_some(),
        };
        let mut wraps = Vec::new();
        if let Some(passphrase) = &options.passphrase {
            wraps.push((
                WrapKind::Scrypt,
                "passphrase".to_string(),
                keys::wrap_to_passphrase(&key, passphrase),
            ));
        } else {
            let path = options
                .identity_file
                .clone()
                .unwrap_or_else(|| home.default_identity());
            let (recipient, appended) = add_identity(&path, &now)?;
            wraps.push((
                WrapKind::X25519,
                recipient.to_string(),
                keys::wrap_to_recipient(&key, &recipient),
            ));
            report.identity_file = Some(path);
            report.appended_to_existing = appended;
            report.recipient = Some(recipient.to_string());
        }
        for text in &options.recipients {
            let recipient = keys::parse_recipient(text)?;
            wraps.push((
                WrapKind::X25519,
                recipient.to_string(),
                keys::wrap_to_recipient(&key, &recipient),
            ));
        }

        create_database(home, &key, &wraps, &now, actor)?;
        write_config(home, report.identity_file.as_deref())?;
        Ok(report)
    }
}

/// Options of [`Store::init`].
#[derive(Default)]
pub struct InitOptions {
    /// Identity file to write. The default is `identity.txt` in the state home.
    pub identity_file: Option<PathBuf>,
    /// Protect the store with this passphrase instead of an identity file.
    pub passphrase: Option<SecretString>,
    /// Further recipients that can open the store (recovery keys).
    pub recipients: Vec<String>,
}

/// Result of [`Store::init`].
#[derive(Debug, Clone, serde::Serialize)]
pub struct InitReport {
    /// False when the store existed already and nothing was written.
    pub changed: bool,
    /// The state home.
    pub home: PathBuf,
    /// The database file.
    pub database: PathBuf,
    /// The identity file that opens the store, when one was written or configured.
    pub identity_file: Option<PathBuf>,
    /// Whether the new identity was appended to an identity file that existed.
    pub appended_to_existing: bool,
    /// The recipient of the new identity.
    pub recipient: Option<String>,
    /// Whether the store is protected by a passphrase.
    pub passphrase: bool,
}

/// Checks the options of [`Store::init`] without writing anything.
fn check_init_options(home: &Home, options: &InitOptions) -> Result<(), StoreError> {
    use age::secrecy::ExposeSecret;

    if let Some(passphrase) = &options.passphrase {
        let length = passphrase.expose_secret().chars().count();
        if length < MIN_PASSPHRASE_CHARS {
            return Err(StoreError::PassphraseTooShort {
                length,
                minimum: MIN_PASSPHRASE_CHARS,
            });
        }
    }
    for recipient in &options.recipients {
        keys::parse_recipient(recipient)?;
    }
    if options.passphrase.is_none() {
        let path = options
            .identity_file
            .clone()
            .unwrap_or_else(|| home.default_identity());
        // A new identity is appended only to a valid, private identity file.
        if exists(&path)? {
            keys::read_identity_file(&path)?;
        }
    }
    Ok(())
}

fn existing_init_report(home: &Home) -> Result<InitReport, StoreError> {
    let conn = connect(&home.database(), OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    let passphrase: bool = conn.query_row(
        "SELECT count(*) > 0 FROM key_wraps WHERE kind = 'scrypt'",
        [],
        |row| row.get(0),
    )?;
    let identity_file = home.load_config()?.store.identity_file;
    Ok(InitReport {
        changed: false,
        home: home.dir().to_path_buf(),
        database: home.database(),
        identity_file,
        appended_to_existing: false,
        recipient: None,
        passphrase,
    })
}

/// Appends a new identity to `path` (creating it 0600); returns its recipient and
/// whether the file existed.
fn add_identity(path: &Path, now: &str) -> Result<(age::x25519::Recipient, bool), StoreError> {
    use age::secrecy::ExposeSecret;

    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        crate::fsutil::create_private_dir(parent).map_err(|e| StoreError::io(parent, e))?;
    }
    let existed = path.exists();
    if existed {
        // Refuse to append to something that is not an identity file.
        keys::read_identity_file(path)?;
    }
    let identity = keys::generate_identity(now);
    let mut text = identity.file_text.expose_secret().to_string();
    if existed {
        text.insert(0, '\n');
    }
    let text = Zeroizing::new(text);
    crate::fsutil::append_private(path, text.as_bytes()).map_err(|e| StoreError::io(path, e))?;
    Ok((identity.recipient, existed))
}

fn create_database(
    home: &Home,
    key: &DataKey,
    wraps: &[(WrapKind, String, Vec<u8>)],
    now: &str,
    actor: Actor,
) -> Result<(), StoreError> {
    let path = home.database();
    // Create the file first so SQLite inherits mode 0600 for it and its WAL.
    crate::fsutil::open_private(&path).map_err(|e| StoreError::io(&path, e))?;
    let mut conn = connect(&path, OpenFlags::SQLITE_OPEN_READ_WRITE)?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    schema::migrate(&mut conn)?;

    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    write_meta(&tx, "store_id", crypto::random_hex(16).as_bytes())?;
    write_meta(&tx, "created", now.as_bytes())?;
    write_meta(&tx, "key_check", &key.check_value())?;
    for (kind, recipient, wrapped) in wraps {
        tx.execute(
            "INSERT INTO key_wraps (kind, recipient, wrapped, created) VALUES (?1, ?2, ?3, ?4)",
            params![kind.as_str(), recipient, wrapped, now],
        )?;
    }
    // The only record that may start a new chain: any other command finding no
    // log and no head has found a deleted log.
    audit::append_first(
        &tx,
        &AuditKey::derive(key),
        &actor,
        &AuditEvent::new("store.init", "store"),
    )?;
    tx.commit()?;
    Ok(())
}

fn write_config(home: &Home, identity_file: Option<&Path>) -> Result<(), StoreError> {
    let path = home.config_file();
    if path.exists() {
        return Ok(());
    }
    let config = Config {
        store: StoreConfig {
            identity_file: identity_file.map(Path::to_path_buf),
            credentials_backend: Some("local".into()),
            vault: None,
        },
        ..Config::default()
    };
    let text = format!(
        "# micadoctl configuration; see `micadoctl --help`.\n{}",
        toml::to_string_pretty(&config).expect("the configuration serialises")
    );
    crate::fsutil::write_private_atomic(&path, text.as_bytes())
        .map_err(|e| StoreError::io(&path, e))
}
