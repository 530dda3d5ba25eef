//! The tamper-evident audit log.
//!
//! Each record stores the SHA-256 hash of the previous record and its own hash
//! over its fields, plus an HMAC-SHA256 of that hash under a key derived from the
//! data key. The `meta` table keeps the sequence number and hash of the newest
//! record (the head) with its own HMAC, so removing records from the end is
//! detected as well as editing, removing or reordering records in the middle.
//! Records never contain secret values.

use rusqlite::{Connection, OptionalExtension, Transaction, params};
use serde::Serialize;
use zeroize::Zeroizing;

use crate::crypto::{self, DataKey};
use crate::error::{Classify, ErrorClass};
use crate::store::{Actor, StoreError, now_rfc3339};

const GENESIS_HASH: [u8; 32] = [0; 32];

/// The HMAC key of the audit log, derived from the data key.
pub struct AuditKey(Zeroizing<[u8; 32]>);

impl AuditKey {
    /// Derives the audit key from the data key.
    pub fn derive(key: &DataKey) -> Self {
        AuditKey(key.derive("micadoctl audit hmac v1"))
    }

    fn mac(&self, message: &[u8]) -> [u8; 32] {
        crypto::hmac_sha256(self.0.as_ref(), message)
    }

    fn verify(&self, message: &[u8], tag: &[u8]) -> bool {
        crypto::verify_hmac_sha256(self.0.as_ref(), message, tag)
    }
}

/// Event to be appended as one record.
#[derive(Debug, Clone)]
pub struct AuditEvent {
    action: String,
    object: String,
    outcome: String,
    detail: serde_json::Value,
}

impl AuditEvent {
    /// Creates a successful `action` (such as `cred.get`) on `object` (such as `credential/aws`).
    pub fn new(action: &str, object: &str) -> Self {
        AuditEvent {
            action: action.to_string(),
            object: object.to_string(),
            outcome: "success".into(),
            detail: serde_json::Value::Object(Default::default()),
        }
    }

    /// Sets the outcome, such as `unchanged` or `failure`.
    pub fn with_outcome(mut self, outcome: &str) -> Self {
        self.outcome = outcome.to_string();
        self
    }

    /// Sets non-secret details, such as a version number.
    pub fn with_detail(mut self, detail: serde_json::Value) -> Self {
        self.detail = detail;
        self
    }
}

/// One stored audit record.
#[derive(Debug, Clone, Serialize)]
pub struct AuditRecord {
    /// Position in the log, starting at 1.
    pub seq: i64,
    /// UTC time in RFC 3339.
    pub time: String,
    /// Effective OS user.
    pub os_user: String,
    /// `SUDO_USER` when run under sudo.
    pub sudo_user: Option<String>,
    /// Host name.
    pub host: String,
    /// The micadoctl command.
    pub command: String,
    /// The action, such as `cred.set`.
    pub action: String,
    /// The object acted on, such as `credential/aws`.
    pub object: String,
    /// `success`, `unchanged` or `failure`.
    pub outcome: String,
    /// Non-secret details as JSON.
    pub detail: serde_json::Value,
    /// Hash of the previous record, hex.
    pub prev_hash: String,
    /// Hash of this record, hex.
    pub hash: String,
    /// HMAC of the hash, hex.
    pub mac: String,
}

/// Errors of the audit log.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum AuditError {
    /// A record fails verification; `seq` is the first bad one.
    #[error("audit record {seq} fails verification: {reason}")]
    Broken {
        /// Sequence number of the first bad record.
        seq: i64,
        /// Problem found in the record.
        reason: String,
    },
    /// The store reported an error.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// An invalid filter value.
    #[error("invalid {what} \"{value}\": {reason}")]
    InvalidFilter {
        /// Which filter.
        what: &'static str,
        /// The value given.
        value: String,
        /// Reason for the rejection.
        reason: String,
    },
}

impl From<rusqlite::Error> for AuditError {
    fn from(e: rusqlite::Error) -> Self {
        AuditError::Store(StoreError::Database(e))
    }
}

impl Classify for AuditError {
    fn class(&self) -> ErrorClass {
        match self {
            AuditError::Broken { .. } => ErrorClass::VerificationFailed,
            AuditError::Store(e) => e.class(),
            AuditError::InvalidFilter { .. } => ErrorClass::Usage,
        }
    }

    fn hint(&self) -> Option<String> {
        match self {
            AuditError::Broken { .. } => Some(
                "the log was edited outside micadoctl; compare it with a backup or an exported copy"
                    .into(),
            ),
            AuditError::Store(e) => e.hint(),
            _ => None,
        }
    }
}

/// Appends one record for `event` inside `tx` and moves the head to it.
pub fn append(
    tx: &Transaction<'_>,
    key: &AuditKey,
    actor: &Actor,
    event: &AuditEvent,
) -> Result<i64, StoreError> {
    let (last_seq, last_hash): (i64, Vec<u8>) = tx
        .query_row(
            "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1",
            [],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .optional()?
        .unwrap_or((0, GENESIS_HASH.to_vec()));
    check_tail(tx, key, last_seq, &last_hash)?;
    insert(tx, key, actor, event, last_seq, last_hash)
}

/// Appends the first record of a new store's log, which `init` writes in the
/// transaction that creates the store.
pub fn append_first(
    tx: &Transaction<'_>,
    key: &AuditKey,
    actor: &Actor,
    event: &AuditEvent,
) -> Result<i64, StoreError> {
    insert(tx, key, actor, event, 0, GENESIS_HASH.to_vec())
}

fn insert(
    tx: &Transaction<'_>,
    key: &AuditKey,
    actor: &Actor,
    event: &AuditEvent,
    last_seq: i64,
    last_hash: Vec<u8>,
) -> Result<i64, StoreError> {
    let mut record = AuditRecord {
        seq: last_seq + 1,
        time: now_rfc3339(),
        os_user: actor.os_user.clone(),
        sudo_user: actor.sudo_user.clone(),
        host: actor.host.clone(),
        command: actor.command.clone(),
        action: event.action.clone(),
        object: event.object.clone(),
        outcome: event.outcome.clone(),
        detail: event.detail.clone(),
        prev_hash: hex::encode(&last_hash),
        hash: String::new(),
        mac: String::new(),
    };
    let hash = record_hash(&last_hash, &record);
    let mac = key.mac(&hash);
    record.hash = hex::encode(hash);

    tx.execute(
        "INSERT INTO audit (seq, time, os_user, sudo_user, host, command, action, object, outcome,
                            detail, prev_hash, hash, mac)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
        params![
            record.seq,
            record.time,
            record.os_user,
            record.sudo_user,
            record.host,
            record.command,
            record.action,
            record.object,
            record.outcome,
            record.detail.to_string(),
            last_hash,
            hash.to_vec(),
            mac.to_vec(),
        ],
    )?;
    write_head(tx, key, record.seq, &hash)?;
    Ok(record.seq)
}

/// Hashes a record's fields, chained to the previous record's hash.
fn record_hash(prev_hash: &[u8], record: &AuditRecord) -> [u8; 32] {
    let fields = serde_json::json!([
        record.seq,
        record.time,
        record.os_user,
        record.sudo_user,
        record.host,
        record.command,
        record.action,
        record.object,
        record.outcome,
        record.detail.to_string(),
    ]);
    let mut message = prev_hash.to_vec();
    message.extend_from_slice(fields.to_string().as_bytes());
    crypto::sha256(&message)
}

fn head_message(seq: i64, hash: &[u8]) -> Vec<u8> {
    let mut message = b"audit head".to_vec();
    message.extend_from_slice(&seq.to_be_bytes());
    message.extend_from_slice(hash);
    message
}

fn write_head(conn: &Connection, key: &AuditKey, seq: i64, hash: &[u8]) -> Result<(), StoreError> {
    let message = head_message(seq, hash);
    crate::store::write_meta(conn, "audit_head", &message)?;
    crate::store::write_meta(conn, "audit_head_mac", &key.mac(&message))
}

/// Result of a successful [`verify`].
#[derive(Debug, Clone, Serialize)]
pub struct VerifyReport {
    /// Number of records checked.
    pub records: i64,
    /// Hash of the newest record, hex.
    pub head: String,
}

/// Checks the whole log: sequence, chain, hashes, MACs and head.
pub fn verify(conn: &Connection, key: &AuditKey) -> Result<VerifyReport, AuditError> {
    let mut stmt = conn.prepare(&format!("{SELECT_RECORD} ORDER BY seq"))?;
    let mut rows = stmt.query([])?;
    let mut expected_seq = 1;
    let mut prev_hash = GENESIS_HASH.to_vec();

    while let Some(row) = rows.next()? {
        let (record, stored_prev, stored_hash, stored_mac) = read_row(row)?;
        let broken = |reason: &str| AuditError::Broken {
            seq: expected_seq,
            reason: reason.to_string(),
        };
        if record.seq != expected_seq {
            return Err(broken(&format!(
                "the next record found is {}, so records are missing or out of order",
                record.seq
            )));
        }
        if stored_prev != prev_hash {
            return Err(broken(
                "it does not link to the previous record (removed or reordered records)",
            ));
        }
        let hash = record_hash(&prev_hash, &record);
        if stored_hash != hash {
            return Err(broken("its contents were altered"));
        }
        if !key.verify(&hash, &stored_mac) {
            return Err(broken(
                "its MAC is invalid (rewritten without the store key)",
            ));
        }
        prev_hash = stored_hash;
        expected_seq += 1;
    }
    let last_seq = expected_seq - 1;
    verify_head(conn, key, last_seq, &prev_hash)?;
    Ok(VerifyReport {
        records: last_seq,
        head: hex::encode(prev_hash),
    })
}

/// Checks that the newest record is the one the head names before a record is
/// chained to it. Without this, records deleted from the end (or the whole log)
/// would be hidden by the next command, which would chain onto what is left and
/// write a new valid head.
fn check_tail(
    tx: &Transaction<'_>,
    key: &AuditKey,
    last_seq: i64,
    last_hash: &[u8],
) -> Result<(), StoreError> {
    verify_head(tx, key, last_seq, last_hash).map_err(|e| match e {
        AuditError::Store(e) => e,
        other => StoreError::AuditTailBroken(other.to_string()),
    })
}

fn verify_head(
    conn: &Connection,
    key: &AuditKey,
    last_seq: i64,
    last_hash: &[u8],
) -> Result<(), AuditError> {
    let head = crate::store::meta(conn, "audit_head")?;
    let head_mac = crate::store::meta(conn, "audit_head_mac")?;
    let (Some(head), Some(head_mac)) = (head, head_mac) else {
        return Err(AuditError::Broken {
            seq: last_seq.max(1),
            reason: "the log head is missing".into(),
        });
    };
    if !key.verify(&head, &head_mac) {
        return Err(AuditError::Broken {
            seq: last_seq + 1,
            reason: "the log head MAC is invalid".into(),
        });
    }
    if head == head_message(last_seq, last_hash) {
        return Ok(());
    }
    let (seq, reason) = match head_seq(&head) {
        Some(head_seq) if head_seq > last_seq => (
            last_seq + 1,
            format!(
                "the log ends at record {last_seq} but the head names record {head_seq}, \
                 so records were removed from the end"
            ),
        ),
        // The head has a valid MAC, so micadoctl wrote it, but for an older log.
        Some(head_seq) if head_seq < last_seq => (
            head_seq + 1,
            format!(
                "the head names record {head_seq} as the newest, so an older head was \
                 written back over the current one"
            ),
        ),
        _ => (
            last_seq,
            "it is not the record that the log head names".to_string(),
        ),
    };
    Err(AuditError::Broken { seq, reason })
}

/// Reads the sequence number from a message built by [`head_message`].
fn head_seq(head: &[u8]) -> Option<i64> {
    let rest = head.strip_prefix(b"audit head".as_slice())?;
    let seq: [u8; 8] = rest.get(..8)?.try_into().ok()?;
    Some(i64::from_be_bytes(seq))
}

/// Verifies the log under `old` and re-authenticates every record and the head
/// under `new`, as `store rekey` needs.
pub fn reauthenticate(
    tx: &Transaction<'_>,
    old: &AuditKey,
    new: &AuditKey,
) -> Result<(), AuditError> {
    verify(tx, old)?;
    let hashes: Vec<(i64, Vec<u8>)> = {
        let mut stmt = tx.prepare("SELECT seq, hash FROM audit ORDER BY seq")?;
        stmt.query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?
            .collect::<Result<_, _>>()?
    };
    for (seq, hash) in &hashes {
        tx.execute(
            "UPDATE audit SET mac = ?1 WHERE seq = ?2",
            params![new.mac(hash).to_vec(), seq],
        )?;
    }
    let (seq, hash) = hashes.last().cloned().unwrap_or((0, GENESIS_HASH.to_vec()));
    write_head(tx, new, seq, &hash)?;
    Ok(())
}

/// Filters for [`list`]. Empty fields match everything.
#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    /// Records at or after this RFC 3339 time.
    pub since: Option<String>,
    /// Records before this RFC 3339 time.
    pub until: Option<String>,
    /// Object, exact or ending in `*` for a prefix (`credential/*`).
    pub object: Option<String>,
    /// Action, exact or ending in `*` for a prefix (`cred.*`).
    pub action: Option<String>,
    /// Only the newest N records.
    pub limit: Option<u32>,
}

const SELECT_RECORD: &str = "SELECT seq, time, os_user, sudo_user, host, command, action, object, \
    outcome, detail, prev_hash, hash, mac FROM audit";

/// Lists records matching `filter`, oldest first.
pub fn list(conn: &Connection, filter: &AuditFilter) -> Result<Vec<AuditRecord>, AuditError> {
    let since = filter
        .since
        .as_deref()
        .map(|t| normalise_time("--since", t))
        .transpose()?;
    let until = filter
        .until
        .as_deref()
        .map(|t| normalise_time("--until", t))
        .transpose()?;
    if let (Some(since), Some(until)) = (&since, &until)
        && since >= until
    {
        return Err(AuditError::InvalidFilter {
            what: "--until",
            value: filter.until.clone().unwrap_or_default(),
            reason: format!("it is not later than --since ({since}), so no record can match"),
        });
    }
    let sql = format!(
        "SELECT * FROM ({SELECT_RECORD}
           WHERE (?1 IS NULL OR time >= ?1) AND (?2 IS NULL OR time < ?2)
             AND (?3 IS NULL OR object GLOB ?3) AND (?4 IS NULL OR action GLOB ?4)
           ORDER BY seq DESC LIMIT ?5) ORDER BY seq"
    );
    let limit = filter.limit.map(i64::from).unwrap_or(-1);
    let mut stmt = conn.prepare(&sql)?;
    let mut rows = stmt.query(params![
        since,
        until,
        filter.object.as_deref().map(to_glob),
        filter.action.as_deref().map(to_glob),
        limit
    ])?;
    let mut records = Vec::new();
    while let Some(row) = rows.next()? {
        records.push(read_row(row)?.0);
    }
    Ok(records)
}

/// Turns a filter value into a GLOB pattern: a trailing `*` is a prefix match and
/// every other GLOB character is matched literally.
fn to_glob(value: &str) -> String {
    let (body, prefix) = match value.strip_suffix('*') {
        Some(body) => (body, true),
        None => (value, false),
    };
    let mut glob = String::new();
    for c in body.chars() {
        match c {
            '*' | '?' | '[' | ']' => glob.push_str(&format!("[{c}]")),
            c => glob.push(c),
        }
    }
    if prefix {
        glob.push('*');
    }
    glob
}

/// Accepts RFC 3339 times and durations back from now (`15m`, `2h`, `7d`), and
/// returns RFC 3339 in UTC, which compares correctly as text.
fn normalise_time(what: &'static str, value: &str) -> Result<String, AuditError> {
    use time::format_description::well_known::Rfc3339;

    let invalid = |reason: String| AuditError::InvalidFilter {
        what,
        value: value.to_string(),
        reason,
    };
    if let Ok(duration) = humantime::parse_duration(value) {
        let too_far =
            || invalid("the duration reaches back before year 1; give a shorter one".into());
        let duration = time::Duration::try_from(duration).map_err(|_| too_far())?;
        let at = time::OffsetDateTime::now_utc()
            .checked_sub(duration)
            .filter(|at| at.year() >= 1)
            .ok_or_else(too_far)?;
        return at
            .replace_nanosecond(0)
            .unwrap_or(at)
            .format(&Rfc3339)
            .map_err(|e| invalid(e.to_string()));
    }
    let at = time::OffsetDateTime::parse(value, &Rfc3339).map_err(|_| {
        invalid(
            "expected an RFC 3339 time (2026-01-31T12:00:00Z) or a duration (15m, 2h, 7d)".into(),
        )
    })?;
    at.to_offset(time::UtcOffset::UTC)
        .format(&Rfc3339)
        .map_err(|e| invalid(e.to_string()))
}

type RowParts = (AuditRecord, Vec<u8>, Vec<u8>, Vec<u8>);

fn read_row(row: &rusqlite::Row<'_>) -> Result<RowParts, rusqlite::Error> {
    let detail_text: String = row.get(9)?;
    let prev_hash: Vec<u8> = row.get(10)?;
    let hash: Vec<u8> = row.get(11)?;
    let mac: Vec<u8> = row.get(12)?;
    let record = AuditRecord {
        seq: row.get(0)?,
        time: row.get(1)?,
        os_user: row.get(2)?,
        sudo_user: row.get(3)?,
        host: row.get(4)?,
        command: row.get(5)?,
        action: row.get(6)?,
        object: row.get(7)?,
        outcome: row.get(8)?,
        detail: serde_json::from_str(&detail_text)
            .unwrap_or(serde_json::Value::String(detail_text)),
        prev_hash: hex::encode(&prev_hash),
        hash: hex::encode(&hash),
        mac: hex::encode(&mac),
    };
    Ok((record, prev_hash, hash, mac))
}
