//! The `audit` group.

use std::io::Write;

use micado_security::audit::{self, AuditFilter, AuditKey, AuditRecord};
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
struct Row<'a> {
    #[tabled(rename = "SEQ")]
    seq: i64,
    #[tabled(rename = "TIME")]
    time: &'a str,
    #[tabled(rename = "USER")]
    user: String,
    #[tabled(rename = "ACTION")]
    action: &'a str,
    #[tabled(rename = "OBJECT")]
    object: &'a str,
    #[tabled(rename = "OUTCOME")]
    outcome: &'a str,
}

fn row(r: &AuditRecord) -> Row<'_> {
    let user = match &r.sudo_user {
        Some(sudo) => format!("{} (sudo {sudo})", r.os_user),
        None => r.os_user.clone(),
    };
    Row {
        seq: r.seq,
        time: &r.time,
        user,
        action: &r.action,
        object: &r.object,
        outcome: &r.outcome,
    }
}

fn list(ctx: &Context<'_>, filter: &AuditFilterArgs) -> anyhow::Result<i32> {
    let store = ctx.open("audit list")?;
    let records = audit::list(store.conn(), &to_filter(filter))?;
    ctx.out.result(&json!({ "records": records }), || {
        let rows: Vec<Row<'_>> = records.iter().map(row).collect();
        table(&rows)
    });
    Ok(0)
}

fn verify(ctx: &Context<'_>) -> anyhow::Result<i32> {
    let store = ctx.open_unlocked("audit verify")?;
    let report = audit::verify(store.conn(), &AuditKey::derive(store.data_key()?))?;
    ctx.out.result(
        &json!({ "valid": true, "records": report.records, "head": report.head }),
        || {
            format!(
                "audit log intact: {} records, head {}\n",
                report.records, report.head
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
