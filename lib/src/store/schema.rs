//! The database schema and its migrations.
//!
//! The schema version is SQLite's `user_version`. Each migration runs in the
//! transaction that raises the version, so a crash never leaves half a schema.

use rusqlite::Connection;

use super::StoreError;

/// Migrations in order; migration `i` brings the schema to version `i + 1`.
const MIGRATIONS: &[&str] = &[
    r#"
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value BLOB NOT NULL
) STRICT;

-- The data key wrapped with age, once per recipient.
CREATE TABLE key_wraps (
    id        INTEGER PRIMARY KEY,
    kind      TEXT NOT NULL CHECK (kind IN ('x25519', 'scrypt')),
    recipient TEXT NOT NULL,
    wrapped   BLOB NOT NULL,
    created   TEXT NOT NULL,
    UNIQUE (kind, recipient)
) STRICT;

-- head: the current version and type, sealed with the row's name, so that
-- moving current_version outside micadoctl is detected on the next read.
CREATE TABLE credentials (
    name            TEXT PRIMARY KEY,
    type            TEXT NOT NULL,
    current_version INTEGER NOT NULL,
    head            BLOB NOT NULL DEFAULT X'',
    created         TEXT NOT NULL,
    updated         TEXT NOT NULL
) STRICT;

-- state: current, previous (older, kept for rollback) or staged (a rotation
-- that has not been promoted yet).
CREATE TABLE credential_versions (
    name    TEXT NOT NULL REFERENCES credentials (name) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    type    TEXT NOT NULL,
    state   TEXT NOT NULL CHECK (state IN ('current', 'previous', 'staged')),
    sealed  BLOB NOT NULL,
    created TEXT NOT NULL,
    PRIMARY KEY (name, version)
) STRICT;

-- At most one rotation in progress per credential. sealed holds the staged
-- version and the verification command, so neither can be swapped unnoticed.
CREATE TABLE rotations (
    name           TEXT PRIMARY KEY REFERENCES credentials (name) ON DELETE CASCADE,
    staged_version INTEGER NOT NULL,
    sealed         BLOB NOT NULL,
    started        TEXT NOT NULL
) STRICT;

CREATE TABLE audit (
    seq       INTEGER PRIMARY KEY,
    time      TEXT NOT NULL,
    os_user   TEXT NOT NULL,
    sudo_user TEXT,
    host      TEXT NOT NULL,
    command   TEXT NOT NULL,
    action    TEXT NOT NULL,
    object    TEXT NOT NULL,
    outcome   TEXT NOT NULL,
    detail    TEXT NOT NULL,
    prev_hash BLOB NOT NULL,
    hash      BLOB NOT NULL,
    mac       BLOB NOT NULL
) STRICT;
CREATE INDEX audit_object ON audit (object);
CREATE INDEX audit_time ON audit (time);
"#,
    r#"
-- Private keys of the CA and of leaf certificates: PKCS#8 DER sealed with
-- the row identity (pki_keys, id, algorithm).
CREATE TABLE pki_keys (
    id        INTEGER PRIMARY KEY,
    algorithm TEXT NOT NULL CHECK (algorithm IN ('ecdsa-p256', 'ed25519', 'rsa-3072')),
    sealed    BLOB NOT NULL,
    created   TEXT NOT NULL
) STRICT;

-- The one certificate authority of the store and its latest CRL. crl_stale
-- is 1 when a revocation happened after that CRL was made.
CREATE TABLE pki_ca (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    name            TEXT NOT NULL,
    key_id          INTEGER NOT NULL REFERENCES pki_keys (id),
    cert_der        BLOB NOT NULL,
    crl_number      INTEGER NOT NULL DEFAULT 0,
    crl_der         BLOB,
    crl_next_update TEXT,
    crl_stale       INTEGER NOT NULL DEFAULT 1,
    created         TEXT NOT NULL
) STRICT;

-- Issued certificates. serial is upper-case hex of the positive serial; times
-- are RFC 3339 in UTC, so they sort as text. key_id is NULL for a
-- certificate signed from a request whose key stayed with the requester.
CREATE TABLE pki_certs (
    serial            TEXT PRIMARY KEY,
    name              TEXT NOT NULL,
    profile           TEXT NOT NULL,
    sans              TEXT NOT NULL,
    key_id            INTEGER REFERENCES pki_keys (id),
    not_before        TEXT NOT NULL,
    not_after         TEXT NOT NULL,
    cert_der          BLOB NOT NULL,
    issued            TEXT NOT NULL,
    revoked           TEXT,
    revocation_reason TEXT
) STRICT;
CREATE INDEX pki_certs_name ON pki_certs (name);
CREATE INDEX pki_certs_not_after ON pki_certs (not_after);
"#,
    r#"
-- Roles that web access accounts can have; user and admin are built in.
CREATE TABLE roles (
    name    TEXT PRIMARY KEY,
    builtin INTEGER NOT NULL CHECK (builtin IN (0, 1)),
    created TEXT NOT NULL
) STRICT;
INSERT INTO roles (name, builtin, created) VALUES
    ('admin', 1, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    ('user', 1, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));

-- Web access accounts. password is the hash string sealed with the row's
-- name, so a hash copied from another account does not open. failures and
-- locked_until carry the lockout after failed verifications; disabled is
-- the lock set by `user lock`.
CREATE TABLE users (
    name             TEXT PRIMARY KEY,
    email            TEXT,
    kind             TEXT NOT NULL CHECK (kind IN ('human', 'machine')),
    disabled         INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    scheme           TEXT NOT NULL,
    password         BLOB NOT NULL,
    failures         INTEGER NOT NULL DEFAULT 0,
    locked_until     TEXT,
    created          TEXT NOT NULL,
    password_changed TEXT NOT NULL
) STRICT;

CREATE TABLE user_roles (
    user TEXT NOT NULL REFERENCES users (name) ON DELETE CASCADE,
    role TEXT NOT NULL REFERENCES roles (name),
    PRIMARY KEY (user, role)
) STRICT;
CREATE INDEX user_roles_role ON user_roles (role);
"#,
    r#"
-- Trusted image digests, lower-case hex. sealed covers the digests, size and
-- source under the data key with the name as associated data, so an entry
-- edited outside micadoctl fails verification.
CREATE TABLE images (
    name    TEXT PRIMARY KEY,
    sha256  TEXT,
    sha384  TEXT,
    sha512  TEXT,
    blake3  TEXT,
    size    INTEGER,
    source  TEXT NOT NULL,
    sealed  BLOB NOT NULL,
    created TEXT NOT NULL,
    updated TEXT NOT NULL,
    CHECK (coalesce(sha256, sha384, sha512, blake3) IS NOT NULL)
) STRICT;
CREATE INDEX images_sha256 ON images (sha256);
"#,
    r#"
-- Application secrets: one sealed value per name. version counts changes
-- and is part of the sealed value's row identity.
CREATE TABLE app_secrets (
    name    TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    sealed  BLOB NOT NULL,
    created TEXT NOT NULL,
    updated TEXT NOT NULL
) STRICT;

-- Keys of the Kubernetes API server's EncryptionConfiguration. The key with
-- the lowest position is first, so it encrypts; the others only decrypt.
-- provider and position are part of the sealed key's row identity.
CREATE TABLE encryption_keys (
    name     TEXT PRIMARY KEY,
    provider TEXT NOT NULL CHECK (provider IN ('aescbc', 'secretbox')),
    position INTEGER NOT NULL UNIQUE,
    sealed   BLOB NOT NULL,
    created  TEXT NOT NULL
) STRICT;
"#,
];

/// The schema version this build creates and understands.
pub const CURRENT_VERSION: i64 = MIGRATIONS.len() as i64;

/// Brings the schema of `conn` to [`CURRENT_VERSION`].
pub fn migrate(conn: &mut Connection) -> Result<(), StoreError> {
    // Most opens find the schema current; only take the write lock when not.
    if read_version(conn)? == CURRENT_VERSION {
        return Ok(());
    }
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    let version = read_version(&tx)?;
    if version > CURRENT_VERSION {
        return Err(StoreError::SchemaTooNew {
            found: version,
            supported: CURRENT_VERSION,
        });
    }
    for (index, sql) in MIGRATIONS.iter().enumerate().skip(version as usize) {
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", index as i64 + 1)?;
    }
    tx.commit()?;
    Ok(())
}

/// Reads the schema version of an open database.
pub fn read_version(conn: &Connection) -> Result<i64, StoreError> {
    Ok(conn.pragma_query_value(None, "user_version", |row| row.get(0))?)
}
