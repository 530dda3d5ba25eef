//! `firewall apply`, `confirm`, `rollback`, `diff` and the watchdog process
//! that rolls back an unconfirmed apply.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use micado_security::audit::AuditEvent;
use micado_security::firewall::apply::{self, ApplyOutcome, ConfirmOutcome, RollbackOutcome};
use micado_security::firewall::{FirewallError, Rendering};
use micado_security::fsutil;
use micado_security::store::Store;
use serde::{Deserialize, Serialize};
use serde_json::json;

use super::{backend_of, format_of, load, render_plan};
use crate::cli::PolicyArgs;
use crate::commands::{Context, changed_text};

/// Audit records that the watchdog could not write, because it could not
/// unlock the store; the next apply, confirm or rollback writes them.
const DEFERRED_AUDIT: &str = "unaudited.jsonl";

#[derive(Serialize, Deserialize)]
struct DeferredEvent {
    action: String,
    object: String,
    outcome: String,
    detail: serde_json::Value,
}

fn object(format: micado_security::firewall::Format) -> String {
    format!("firewall/{}", format.name())
}

pub fn apply(
    ctx: &Context<'_>,
    args: &PolicyArgs,
    confirm_within: Option<Duration>,
) -> anyhow::Result<i32> {
    // The store is unlocked first, so that an apply that cannot be audited
    // never touches the rules.
    let mut store = ctx.open_unlocked("firewall apply")?;
    let home = store.home().dir().to_path_buf();
    write_deferred(&mut store, &home)?;

    let (_, plan) = load(ctx, &args.policy, args.strict)?;
    let rendering = render_plan(ctx, &plan, format_of(args.format), args.strict)?;
    let outcome = apply::apply(&home, &rendering, backend_of(args.backend), confirm_within)?;
    if let Some(id) = &outcome.pending_id {
        start_watchdog(ctx, &home, id)?;
    }

    let event = AuditEvent::new("firewall.apply", &object(outcome.format))
        .with_outcome(if outcome.changed {
            "success"
        } else {
            "unchanged"
        })
        .with_detail(apply_detail(&outcome, &rendering, &args.policy));
    if let Err(error) = store.write(|tx| tx.audit(&event)) {
        if outcome.changed {
            apply::rollback(&home)?;
        }
        return Err(anyhow::Error::from(error)
            .context("the apply could not be audited and was rolled back"));
    }
    print_apply(ctx, &outcome);
    Ok(0)
}

fn apply_detail(outcome: &ApplyOutcome, rendering: &Rendering, policy: &Path) -> serde_json::Value {
    json!({
        "policy": policy,
        "format": outcome.format,
        "backend": outcome.backend,
        "netns": outcome.netns,
        "pending_id": outcome.pending_id,
        "rollback_at": outcome.rollback_at,
        "files": rendering.files.iter().map(|file| &file.name).collect::<Vec<_>>(),
    })
}

fn print_apply(ctx: &Context<'_>, outcome: &ApplyOutcome) {
    ctx.out.result(outcome, || {
        let backend = outcome
            .backend
            .as_deref()
            .map(|backend| format!(" with the iptables backend {backend}"))
            .unwrap_or_default();
        let mut text = format!(
            "{}: {} rules{backend}\n",
            changed_text(outcome.changed),
            outcome.format.name()
        );
        if !outcome.changed {
            text.push_str("the running rules already match the policy; nothing was loaded\n");
        }
        if let Some(at) = outcome.rollback_at {
            let left = at.saturating_sub(now_secs_rounded_up());
            text.push_str(&format!(
                "pending: run `micadoctl firewall confirm` within {left}s, or the previous rules come back\n"
            ));
        }
        text
    });
}

/// Returns the current time in seconds since the Unix epoch, rounded up
/// like `rollback_at`, so that a 60 s window reads as 60 s.
fn now_secs_rounded_up() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |elapsed| {
            u64::try_from(elapsed.as_millis())
                .unwrap_or(u64::MAX)
                .div_ceil(1000)
        })
}

/// Starts `micadoctl firewall watchdog` in its own process group, so that
/// it outlives this process and a Ctrl-C in the terminal does not stop it.
/// It inherits this process's network namespace and environment.
fn start_watchdog(ctx: &Context<'_>, home: &Path, id: &str) -> anyhow::Result<()> {
    use std::os::unix::fs::OpenOptionsExt;
    use std::os::unix::process::CommandExt;

    let log_path = apply::state_dir(home).join("watchdog.log");
    let log = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .mode(0o600)
        .open(&log_path)
        .map_err(|e| FirewallError::Io {
            path: log_path.clone(),
            source: e,
        })?;
    let mut command = Command::new(std::env::current_exe()?);
    command.arg("--home").arg(home).arg("--no-input");
    if let Some(identity) = &ctx.global.identity {
        command.arg("--identity").arg(identity);
    }
    if let Some(file) = &ctx.global.passphrase_file {
        command.arg("--passphrase-file").arg(file);
    }
    command
        .args(["firewall", "watchdog", "--id", id])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(log)
        .process_group(0)
        .spawn()
        .map_err(|e| anyhow::anyhow!("cannot start the rollback watchdog: {e}"))?;
    Ok(())
}

pub fn watchdog(ctx: &Context<'_>, id: &str) -> anyhow::Result<i32> {
    let home = ctx.home()?.dir().to_path_buf();
    let Some(outcome) = apply::rollback_if_unconfirmed(&home, id)? else {
        return Ok(0);
    };
    eprintln!(
        "{}: apply {id} was not confirmed in time; restored the rules saved at {}",
        micado_security::store::now_rfc3339(),
        outcome.saved_at
    );
    let event = rollback_event(&outcome, "automatic");
    let audited = ctx
        .open_unlocked("firewall watchdog")
        .and_then(|mut store| Ok(store.write(|tx| tx.audit(&event))?));
    if let Err(error) = audited {
        eprintln!(
            "cannot write the audit record now ({error:#}); the next firewall apply, confirm or rollback writes it"
        );
        defer(&home, &outcome, "automatic")?;
    }
    Ok(0)
}

fn rollback_event(outcome: &RollbackOutcome, trigger: &str) -> AuditEvent {
    AuditEvent::new("firewall.rollback", &object(outcome.format))
        .with_outcome(trigger)
        .with_detail(
            json!({ "saved_at": outcome.saved_at, "ended_pending": outcome.ended_pending }),
        )
}

fn defer(home: &Path, outcome: &RollbackOutcome, trigger: &str) -> anyhow::Result<()> {
    let event = DeferredEvent {
        action: "firewall.rollback".into(),
        object: object(outcome.format),
        outcome: trigger.into(),
        detail: json!({ "saved_at": outcome.saved_at, "ended_pending": outcome.ended_pending, "deferred": true }),
    };
    let mut line = serde_json::to_string(&event)?;
    line.push('\n');
    let path = apply::state_dir(home).join(DEFERRED_AUDIT);
    fsutil::append_private(&path, line.as_bytes())
        .map_err(|e| anyhow::anyhow!("cannot write {}: {e}", path.display()))
}

/// Writes the audit records that the watchdog deferred, then removes them.
fn write_deferred(store: &mut Store, home: &Path) -> anyhow::Result<()> {
    let path = apply::state_dir(home).join(DEFERRED_AUDIT);
    let Ok(text) = std::fs::read_to_string(&path) else {
        return Ok(());
    };
    let events: Vec<DeferredEvent> = text
        .lines()
        .filter_map(|line| serde_json::from_str(line).ok())
        .collect();
    store.write(|tx| {
        for event in &events {
            let record = AuditEvent::new(&event.action, &event.object)
                .with_outcome(&event.outcome)
                .with_detail(event.detail.clone());
            tx.audit(&record)?;
        }
        Ok::<_, micado_security::store::StoreError>(())
    })?;
    std::fs::remove_file(&path)
        .map_err(|e| anyhow::anyhow!("cannot remove {}: {e}", path.display()))
}

pub fn confirm(ctx: &Context<'_>) -> anyhow::Result<i32> {
    let mut store = ctx.open_unlocked("firewall confirm")?;
    let home = store.home().dir().to_path_buf();
    write_deferred(&mut store, &home)?;
    let confirmed = match apply::confirm(&home)? {
        ConfirmOutcome::Confirmed(id) => Some(id),
        ConfirmOutcome::NothingPending => None,
        ConfirmOutcome::Overdue { id, rollback } => {
            store.write(|tx| tx.audit(&rollback_event(&rollback, "overdue")))?;
            return Err(FirewallError::RolledBack(format!(
                "apply {id} was confirmed after its deadline, and its rollback process had stopped, so the rules saved at {} were restored now; apply the policy again",
                rollback.saved_at
            ))
            .into());
        }
    };
    if let Some(id) = &confirmed {
        let event = AuditEvent::new("firewall.confirm", "firewall")
            .with_detail(json!({ "pending_id": id }));
        store.write(|tx| tx.audit(&event))?;
    }
    ctx.out.result(
        &json!({ "changed": confirmed.is_some(), "confirmed": confirmed }),
        || match &confirmed {
            Some(id) => format!("changed: confirmed apply {id}; its rules stay\n"),
            None => "unchanged: no apply waits for confirmation\n".into(),
        },
    );
    Ok(0)
}

pub fn rollback(ctx: &Context<'_>) -> anyhow::Result<i32> {
    let mut store = ctx.open_unlocked("firewall rollback")?;
    let home = store.home().dir().to_path_buf();
    write_deferred(&mut store, &home)?;
    let outcome = apply::rollback(&home)?;
    let event = rollback_event(&outcome, "manual");
    store.write(|tx| tx.audit(&event))?;
    ctx.out.result(&outcome, || {
        format!(
            "{}: restored the {} rules saved at {}\n",
            changed_text(outcome.changed),
            outcome.format.name(),
            outcome.saved_at
        )
    });
    Ok(0)
}

pub fn diff(ctx: &Context<'_>, args: &PolicyArgs) -> anyhow::Result<i32> {
    let home = ctx.home()?.dir().to_path_buf();
    let (_, plan) = load(ctx, &args.policy, args.strict)?;
    let rendering = render_plan(ctx, &plan, format_of(args.format), args.strict)?;
    let report = apply::diff(&home, &rendering, backend_of(args.backend))?;
    if report.drift && report.changes {
        ctx.out.note(
            "the running rules differ from what micadoctl applied last (or it never applied here)",
        );
    }
    ctx.out.result(&report, || {
        if report.changes {
            report.diff.clone()
        } else {
            "no changes: the running rules match the policy\n".into()
        }
    });
    Ok(0)
}
