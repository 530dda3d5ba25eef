//! Rotation: stage new values, optionally prove them with a command, promote.
//!
//! Each step is its own transaction and the `rotations` table records a staged
//! version, so a process killed between the steps leaves a pending rotation that
//! the next `rotate` resumes (or `--abort` discards). The current version stays
//! in use until the promotion commits.

use std::ffi::OsString;

use rusqlite::{OptionalExtension, params};
use serde::Serialize;

use super::exec::{self, Stdout};
use super::{
    CredentialError, Credentials, Record, WriteTx, checked_current_version, insert_version,
    make_current, object,
};
use crate::audit::AuditEvent;
use crate::store::{StoreError, now_rfc3339};

/// Request to `rotate`: new values, a verification command, or an abort.
#[derive(Debug, Default)]
pub struct RotationRequest {
    /// New values to stage. `None` resumes a pending rotation.
    pub values: Option<Record>,
    /// Shell command run with the staged credential in its environment; a
    /// non-zero exit rolls the rotation back.
    pub verify_command: Option<String>,
    /// Discard a pending rotation instead.
    pub abort: bool,
}

/// Result of `rotate`.
#[derive(Debug, Clone, Serialize)]
pub struct RotateOutcome {
    /// Credential name.
    pub name: String,
    /// Always true: a rotation either changes the store or fails.
    pub changed: bool,
    /// `promoted` or `aborted`.
    pub result: &'static str,
    /// The version that became current, or that was discarded.
    pub version: i64,
    /// The version that was current before.
    pub previous: i64,
    /// Whether an interrupted rotation was resumed.
    pub resumed: bool,
    /// Whether a verification command ran and passed.
    pub verified: bool,
}

struct Pending {
    version: i64,
    verify_command: Option<String>,
    started: String,
}

/// The sealed part of a `rotations` row.
#[derive(Serialize, serde::Deserialize)]
struct SealedRotation {
    staged_version: i64,
    verify_command: Option<String>,
}

fn rotation_row(name: &str) -> [&str; 2] {
    ["rotations", name]
}

pub(super) fn pending(tx: &WriteTx<'_>, name: &str) -> Result<Option<i64>, CredentialError> {
    Ok(read_pending(tx, name)?.map(|p| p.version))
}

/// Reads the pending rotation of `name`, checking the plain staged version
/// against the sealed copy.
fn read_pending(tx: &WriteTx<'_>, name: &str) -> Result<Option<Pending>, CredentialError> {
    let row: Option<(i64, Vec<u8>, String)> = tx
        .query_row(
            "SELECT staged_version, sealed, started FROM rotations WHERE name = ?1",
            [name],
            |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
        )
        .optional()?;
    let label = format!("pending rotation of credential \"{name}\"");
    let Some((version, sealed, started)) = row else {
        // A staged version without its rotation row means the row was deleted
        // outside micadoctl, which would hide the rotation from resume and abort.
        let orphans: i64 = tx.query_row(
            "SELECT count(*) FROM credential_versions WHERE name = ?1 AND state = 'staged'",
            [name],
            |row| row.get(0),
        )?;
        if orphans > 0 {
            return Err(StoreError::Tampered(label).into());
        }
        return Ok(None);
    };
    let opened = tx.open(&rotation_row(name), &sealed, &label)?;
    let rotation: SealedRotation =
        serde_json::from_slice(&opened).map_err(|_| StoreError::Tampered(label.clone()))?;
    if rotation.staged_version != version {
        return Err(StoreError::Tampered(label).into());
    }
    Ok(Some(Pending {
        version,
        verify_command: rotation.verify_command,
        started,
    }))
}

pub(super) fn pending_error(
    tx: &WriteTx<'_>,
    name: &str,
) -> Result<CredentialError, CredentialError> {
    let p = read_pending(tx, name)?.ok_or_else(|| CredentialError::NoRotation(name.into()))?;
    Ok(CredentialError::RotationPending {
        name: name.into(),
        version: p.version,
        started: p.started,
    })
}

fn discard(
    tx: &WriteTx<'_>,
    name: &str,
    version: i64,
    reason: &str,
) -> Result<(), CredentialError> {
    tx.tx
        .execute("DELETE FROM rotations WHERE name = ?1", [name])?;
    tx.tx.execute(
        "DELETE FROM credential_versions WHERE name = ?1 AND version = ?2 AND state = 'staged'",
        params![name, version],
    )?;
    tx.audit(
        &AuditEvent::new("cred.rotate.abort", &object(name))
            .with_detail(serde_json::json!({ "version": version, "reason": reason })),
    )?;
    Ok(())
}

impl Credentials<'_> {
    /// Rotates `name` as `request` describes: stage, resume or abort.
    pub fn rotate(
        &mut self,
        name: &str,
        request: RotationRequest,
    ) -> Result<RotateOutcome, CredentialError> {
        if request.abort {
            return self.abort_rotation(name);
        }
        if let Some(values) = &request.values {
            super::validate(name, values)?;
        }
        if request
            .verify_command
            .as_deref()
            .is_some_and(|c| c.trim().is_empty())
        {
            return Err(CredentialError::invalid(
                "--verify-cmd",
                "the verification command is empty; give a command or leave the option out",
            ));
        }
        let (staged, previous, resumed, verify_command) = self.stage(name, &request)?;

        let verified = match &verify_command {
            Some(command) => {
                self.verify(name, staged, command)?;
                true
            }
            None => false,
        };
        self.promote(name, staged, verified)?;
        Ok(RotateOutcome {
            name: name.into(),
            changed: true,
            result: "promoted",
            version: staged,
            previous,
            resumed,
            verified,
        })
    }

    fn abort_rotation(&mut self, name: &str) -> Result<RotateOutcome, CredentialError> {
        self.store().write(|tx| {
            let current = checked_current_version(tx, name)?
                .ok_or_else(|| CredentialError::NotFound(name.into()))?;
            let p =
                read_pending(tx, name)?.ok_or_else(|| CredentialError::NoRotation(name.into()))?;
            discard(tx, name, p.version, "aborted")?;
            Ok(RotateOutcome {
                name: name.into(),
                changed: true,
                result: "aborted",
                version: p.version,
                previous: current,
                resumed: false,
                verified: false,
            })
        })
    }

    /// Stages new values, or picks up the pending ones; returns the staged
    /// version, the current version, whether it resumed, and the command to run.
    fn stage(
        &mut self,
        name: &str,
        request: &RotationRequest,
    ) -> Result<(i64, i64, bool, Option<String>), CredentialError> {
        self.store().write(|tx| {
            let current = checked_current_version(tx, name)?.ok_or_else(|| CredentialError::NotFound(name.into()))?;
            let pending = read_pending(tx, name)?;
            let Some(values) = &request.values else {
                let p = pending.ok_or_else(|| CredentialError::NoRotation(name.into()))?;
                let command = request.verify_command.clone().or(p.verify_command);
                tx.audit(&AuditEvent::new("cred.rotate.resume", &object(name))
                    .with_detail(serde_json::json!({ "version": p.version })))?;
                return Ok((p.version, current, true, command));
            };
            let current_kind: String = tx.tx.query_row("SELECT type FROM credentials WHERE name = ?1", [name], |r| r.get(0))?;
            if current_kind != values.kind.as_str() {
                return Err(CredentialError::invalid(
                    format!("credential \"{name}\""),
                    format!("new values are of type {} but the credential is {current_kind}; delete and set it to change the type", values.kind),
                ));
            }
            if pending.is_some() {
                // Replacing staged values silently would lose them; the user
                // resumes or aborts first, as `cred set` requires too.
                return Err(pending_error(tx, name)?);
            }
            let staged = insert_version(tx, name, values, "staged")?;
            let sealed_rotation = SealedRotation { staged_version: staged, verify_command: request.verify_command.clone() };
            let plaintext = serde_json::to_vec(&sealed_rotation).expect("a rotation serialises");
            tx.tx.execute(
                "INSERT INTO rotations (name, staged_version, sealed, started) VALUES (?1, ?2, ?3, ?4)",
                params![name, staged, tx.seal(&rotation_row(name), &plaintext), now_rfc3339()],
            )?;
            tx.audit(&AuditEvent::new("cred.rotate.stage", &object(name))
                .with_detail(serde_json::json!({ "version": staged, "previous": current })))?;
            Ok((staged, current, false, request.verify_command.clone()))
        })
    }

    /// Runs the verification command with the staged values. A failure
    /// discards the staged version; an interruption of micadoctl itself keeps
    /// it for a resume.
    fn verify(&mut self, name: &str, staged: i64, command: &str) -> Result<(), CredentialError> {
        let versioned = self.read(
            name,
            Some(staged),
            "cred.rotate.verify-start",
            Default::default(),
        )?;
        let injection = exec::injection(name, &versioned.record)?;
        drop(versioned);
        let args = [OsString::from("-c"), OsString::from(command)];
        let outcome = exec::run(&injection, "/bin/sh".as_ref(), &args, Stdout::ToStderr)?;
        let code = outcome.code;
        if let Some(signal) = outcome.interrupted_by {
            self.store().write(|tx| {
                tx.audit(
                    &AuditEvent::new("cred.rotate.verify", &object(name))
                        .with_outcome("interrupted")
                        .with_detail(serde_json::json!({ "version": staged, "signal": signal, "exit_code": code })),
                )
            })?;
            return Err(CredentialError::Interrupted {
                name: name.into(),
                version: staged,
                signal,
            });
        }
        if code == 0 {
            return Ok(());
        }
        self.store().write(|tx| {
            tx.audit(
                &AuditEvent::new("cred.rotate.verify", &object(name))
                    .with_outcome("failure")
                    .with_detail(serde_json::json!({ "version": staged, "exit_code": code })),
            )?;
            discard(tx, name, staged, "verification command failed")
        })?;
        let outcome = if code > 128 {
            format!("was killed by signal {}", code - 128)
        } else {
            format!("exited with status {code}")
        };
        Err(CredentialError::VerifyFailed {
            name: name.into(),
            version: staged,
            outcome,
        })
    }

    fn promote(&mut self, name: &str, staged: i64, verified: bool) -> Result<(), CredentialError> {
        self.store().write(|tx| {
            if verified {
                tx.audit(
                    &AuditEvent::new("cred.rotate.verify", &object(name))
                        .with_detail(serde_json::json!({ "version": staged, "exit_code": 0 })),
                )?;
            }
            let p =
                read_pending(tx, name)?.ok_or_else(|| CredentialError::NoRotation(name.into()))?;
            if p.version != staged {
                return Err(CredentialError::NoRotation(name.into()));
            }
            let kind: String = tx.tx.query_row(
                "SELECT type FROM credential_versions WHERE name = ?1 AND version = ?2",
                params![name, staged],
                |r| r.get(0),
            )?;
            make_current(tx, name, staged, &kind)?;
            tx.tx
                .execute("DELETE FROM rotations WHERE name = ?1", [name])?;
            tx.audit(
                &AuditEvent::new("cred.rotate.promote", &object(name))
                    .with_detail(serde_json::json!({ "version": staged })),
            )?;
            Ok(())
        })
    }

    /// Runs `program` with the current version of `name` in its environment and
    /// returns its exit code.
    pub fn exec(
        &mut self,
        name: &str,
        program: &std::ffi::OsStr,
        args: &[OsString],
    ) -> Result<i32, CredentialError> {
        let mut detail = serde_json::Map::new();
        detail.insert(
            "program".into(),
            program.to_string_lossy().into_owned().into(),
        );
        let versioned = self.read(name, None, "cred.exec", detail)?;
        let injection = exec::injection(name, &versioned.record)?;
        drop(versioned);
        Ok(exec::run(&injection, program, args, Stdout::Inherit)?.code)
    }
}
