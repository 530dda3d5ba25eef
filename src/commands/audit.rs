//! The `audit` group.

use std::io::Write;

use micado_security::audit::{self, AuditFilter, AuditRecord};
use serde_json::json;
use tabled::Tabled;

use super::Context;
use crate::cli::{AuditCommand, AuditFilterArgs};
use crate::output::table;

pub fn run(ctx: &Context<'_>, command: AuditCommand) -> anyhow::Result<i32> {
    match command {
        AuditCommand::List(filter) => list(ctx, &filter),
        AuditCommand::Verify => verify(ctx),
        AuditCommand::Export { filter, out } => export(ctx, &filter, out.as_deref()),
    }
}

fn to_filter(args: &AuditFilterArgs) -> AuditFilter {
    AuditFilter {
        since: args.since.clone(),
        until: args.until.clone(),
        object: args.object.clone(),
        action: args.action.clone(),
        limit: args.limit,
    }
}

#[derive(Tabled)]
struct Row {
    #[tabled(rename = "SEQ")]
    seq: i64,
    #[tabled(rename = "TIME")]
    time: String,
    #[tabled(rename = "USER")]
    user: String,
    #[tabled(rename = "ACTION")]
    action: String,
    #[tabled(rename = "OBJECT")]
    object: String,
    #[tabled(rename = "OUTCOME")]
    outcome: String,
}

fn row(r: &AuditRecord) -> Row {
    let user = match &r.sudo_user {
        Some(sudo) => format!("{} (sudo {sudo})", r.os_user),
        None => r.os_user.clone(),
    };
    Row {
        seq: r.seq,
        time: escape_controls(&r.time),
        user: escape_controls(&user),
        action: escape_controls(&r.action),
        object: escape_controls(&r.object),
        outcome: escape_controls(&r.outcome),
    }
}

/// Escapes control characters, because fields such as `SUDO_USER` come from
/// the environment of the user who ran the command and could otherwise fake table
/// lines or send terminal escape sequences.
fn escape_controls(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_control() {
                c.escape_default().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

fn list(ctx: &Context<'_>, filter: &AuditFilterArgs) -> anyhow::Result<i32> {
    let store = ctx.open("audit list")?;
    let records = audit::list(store.conn(), &to_filter(filter))?;
    ctx.out.result(&json!({ "records": records }), || {
        let rows: Vec<Row> = records.iter().map(row).collect();
        table(&rows)
    });
    Ok(0)
}

fn verify(ctx: &Context<'_>) -> anyhow::Result<i32> {
    let mut store = ctx.open_unlocked("audit verify")?;
    let report = store.verify_audit()?;
    ctx.out.result(
        &json!({ "valid": true, "records": report.records, "head": report.head }),
        || {
            format!(
                "audit log intact: {} {}, head {}\n",
                report.records,
                if report.records == 1 {
                    "record"
                } else {
                    "records"
                },
                report.head
            )
        },
    );
    Ok(0)
}

fn export(
    ctx: &Context<'_>,
    filter: &AuditFilterArgs,
    out: Option<&std::path::Path>,
) -> anyhow::Result<i32> {
    let store = ctx.open("audit export")?;
    let records = audit::list(store.conn(), &to_filter(filter))?;
    let mut lines = Vec::new();
    for record in &records {
        serde_json::to_writer(&mut lines, record)?;
        lines.write_all(b"\n")?;
    }
    match out {
        Some(path) => {
            micado_security::fsutil::write_private_atomic(path, &lines)
                .map_err(|e| anyhow::anyhow!("cannot write {}: {e}", path.display()))?;
            let doc = json!({ "changed": true, "file": path, "count": records.len() });
            ctx.out.result(&doc, || {
                format!("{} records written to {}\n", records.len(), path.display())
            });
        }
        None => ctx.out.raw(&lines),
    }
    Ok(0)
}
