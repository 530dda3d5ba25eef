//! Verification of a password against the store, with lockout and re-hashing.
//!
//! The hash is computed outside the write transaction, so that concurrent
//! verifications do not queue behind each other's argon2 work. The counter
//! and the lockout are then updated in one transaction that reads them anew.

use rusqlite::{OptionalExtension, params};
use time::OffsetDateTime;
use zeroize::Zeroizing;

use super::hashing::{self, Scheme};
use super::local::{LocalAccounts, seal_hash};
use super::lockout::{format_time, parse_time};
use super::{Password, UserError, Verdict, Verification, check_user_name, object};
use crate::audit::AuditEvent;
use crate::store::WriteTx;

/// A replacement hash computed after the old one verified.
struct Rehash {
    scheme: Scheme,
    hash: Zeroizing<String>,
    /// The sealed value it replaces; a password changed meanwhile is kept.
    replaces: Vec<u8>,
}

/// Verifies `password` for `name`. An unknown name costs one argon2id hash
/// with the configured parameters, as a known one does.
pub(super) fn verify(
    accounts: &mut LocalAccounts<'_>,
    name: &str,
    password: &Password,
) -> Result<Verification, UserError> {
    check_user_name(name)?;
    let settings = accounts.settings().clone();

    let Some(stored) = accounts.load_for_verify(name)? else {
        let _ = hashing::verify(password, &hashing::decoy_hash(&settings.params));
        return record_unknown(accounts, name);
    };
    if stored.disabled || stored.lockout_end.is_some() {
        return record(accounts, name, None, None);
    }

    let accepted = hashing::verify(password, &stored.hash).map_err(|message| {
        UserError::invalid(format!("stored password hash of user \"{name}\""), message)
    })?;
    let rehash = if accepted && hashing::needs_rehash(&stored.hash, &settings.params) {
        // A password the configured scheme cannot take (bcrypt and 73 bytes)
        // keeps its old hash.
        hashing::hash(password, settings.scheme, &settings.params)
            .ok()
            .map(|new| Rehash {
                scheme: settings.scheme,
                hash: Zeroizing::new(new),
                replaces: stored.sealed,
            })
    } else {
        None
    };
    record(accounts, name, Some(accepted), rehash)
}

fn record_unknown(accounts: &mut LocalAccounts<'_>, name: &str) -> Result<Verification, UserError> {
    accounts.store().write(|tx| {
        tx.audit(
            &AuditEvent::new("user.verify", &object(name))
                .with_outcome("failure")
                .with_detail(serde_json::json!({ "reason": "unknown user" })),
        )?;
        Ok(verification(name, Verdict::Rejected, None, None))
    })
}

/// Columns of the lockout state, read inside the write transaction.
struct LockState {
    disabled: bool,
    failures: i64,
    locked_until: Option<OffsetDateTime>,
    password: Vec<u8>,
}

fn read_lock_state(tx: &WriteTx<'_>, name: &str) -> Result<Option<LockState>, UserError> {
    Ok(tx
        .query_row(
            "SELECT disabled, failures, locked_until, password FROM users WHERE name = ?1",
            [name],
            |row| {
                let until: Option<String> = row.get(2)?;
                Ok(LockState {
                    disabled: row.get(0)?,
                    failures: row.get(1)?,
                    locked_until: until.as_deref().and_then(parse_time),
                    password: row.get(3)?,
                })
            },
        )
        .optional()?)
}

/// Records the outcome: `accepted` is `None` when the account was locked
/// before the password was checked.
fn record(
    accounts: &mut LocalAccounts<'_>,
    name: &str,
    accepted: Option<bool>,
    rehash: Option<Rehash>,
) -> Result<Verification, UserError> {
    let now = accounts.clock_now();
    let policy = accounts.settings().lockout;
    accounts.store().write(|tx| {
        let Some(state) = read_lock_state(tx, name)? else {
            return record_deleted(tx, name);
        };
        let running_lockout = state.locked_until.filter(|until| *until > now);
        if state.disabled || running_lockout.is_some() || accepted.is_none() {
            let until = running_lockout.map(format_time);
            tx.audit(
                &AuditEvent::new("user.verify", &object(name))
                    .with_outcome("locked")
                    .with_detail(serde_json::json!({
                        "disabled": state.disabled, "locked_until": until
                    })),
            )?;
            return Ok(verification(name, Verdict::Locked, until, None));
        }

        if accepted == Some(true) {
            return record_success(tx, name, &state, rehash);
        }

        // A lockout that has ended starts the count again.
        let previous = if state.locked_until.is_some() {
            0
        } else {
            state.failures
        };
        let failures = previous + 1;
        let until = policy
            .locked_until(u32::try_from(failures).unwrap_or(u32::MAX), now)
            .map(format_time);
        tx.execute(
            "UPDATE users SET failures = ?2, locked_until = ?3 WHERE name = ?1",
            params![name, failures, until],
        )?;
        tx.audit(
            &AuditEvent::new("user.verify", &object(name))
                .with_outcome("failure")
                .with_detail(serde_json::json!({ "failures": failures, "locked_until": until })),
        )?;
        Ok(verification(name, Verdict::Rejected, until, None))
    })
}

fn record_success(
    tx: &WriteTx<'_>,
    name: &str,
    state: &LockState,
    rehash: Option<Rehash>,
) -> Result<Verification, UserError> {
    tx.execute(
        "UPDATE users SET failures = 0, locked_until = NULL WHERE name = ?1",
        [name],
    )?;
    let rehash = rehash.filter(|r| r.replaces == state.password);
    if let Some(rehash) = &rehash {
        tx.execute(
            "UPDATE users SET scheme = ?2, password = ?3 WHERE name = ?1",
            params![
                name,
                rehash.scheme.as_str(),
                seal_hash(tx, name, &rehash.hash)
            ],
        )?;
    }
    let rehashed_to = rehash.map(|r| r.scheme);
    tx.audit(
        &AuditEvent::new("user.verify", &object(name))
            .with_detail(serde_json::json!({ "rehashed_to": rehashed_to.map(Scheme::as_str) })),
    )?;
    Ok(verification(name, Verdict::Accepted, None, rehashed_to))
}

/// Records a rejection for an account deleted between reading its hash and
/// recording the result.
fn record_deleted(tx: &WriteTx<'_>, name: &str) -> Result<Verification, UserError> {
    tx.audit(
        &AuditEvent::new("user.verify", &object(name))
            .with_outcome("failure")
            .with_detail(serde_json::json!({ "reason": "unknown user" })),
    )?;
    Ok(verification(name, Verdict::Rejected, None, None))
}

fn verification(
    name: &str,
    verdict: Verdict,
    locked_until: Option<String>,
    rehashed_to: Option<Scheme>,
) -> Verification {
    Verification {
        name: name.into(),
        verdict,
        locked_until,
        rehashed_to,
    }
}
