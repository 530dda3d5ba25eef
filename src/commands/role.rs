//! The `role` group.

use serde_json::json;
use tabled::Tabled;

use super::user::local_accounts;
use super::{Context, changed_text};
use crate::cli::RoleCommand;
use crate::output::table;

pub fn run(ctx: &Context<'_>, command: RoleCommand) -> anyhow::Result<i32> {
    match command {
        RoleCommand::Add { name, if_absent } => {
            let mut store = ctx.open_unlocked("role add")?;
            let changed = local_accounts(&mut store)?.add_role(&name, if_absent)?;
            ctx.out
                .result(&json!({ "name": name, "changed": changed }), || {
                    format!("{}: role \"{name}\"\n", changed_text(changed))
                });
        }
        RoleCommand::List => {
            let mut store = ctx.open("role list")?;
            let roles = local_accounts(&mut store)?.list_roles()?;
            ctx.out.result(&json!({ "roles": roles }), || {
                let rows: Vec<RoleRow> = roles
                    .iter()
                    .map(|r| RoleRow {
                        name: r.name.clone(),
                        builtin: if r.builtin { "yes" } else { "no" },
                        users: r.users,
                    })
                    .collect();
                table(&rows)
            });
        }
        RoleCommand::Delete { name, if_exists } => {
            let mut store = ctx.open_unlocked("role delete")?;
            let changed = local_accounts(&mut store)?.delete_role(&name, if_exists)?;
            ctx.out
                .result(&json!({ "name": name, "changed": changed }), || {
                    if changed {
                        format!("deleted role \"{name}\"\n")
                    } else {
                        format!("role \"{name}\" does not exist\n")
                    }
                });
        }
    }
    Ok(0)
}

#[derive(Tabled)]
struct RoleRow {
    #[tabled(rename = "NAME")]
    name: String,
    #[tabled(rename = "BUILTIN")]
    builtin: &'static str,
    #[tabled(rename = "USERS")]
    users: i64,
}
