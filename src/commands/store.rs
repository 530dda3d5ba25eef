//! `init`, `status`, `unlock`, `lock` and the `store` group.

use std::time::SystemTime;

use micado_security::ErrorClass;
use micado_security::store::{Actor, InitOptions, Store};
use serde_json::json;

use super::{Context, changed_text};
use crate::cli::{InitArgs, StoreCommand, UnlockArgs};
use crate::exit::CliError;
use crate::prompts;

pub fn init(ctx: &Context<'_>, args: InitArgs) -> anyhow::Result<i32> {
    let home = ctx.home()?;
    let passphrase = if args.passphrase {
        Some(new_passphrase(ctx)?)
    } else {
        None
    };
    let options = InitOptions {
        identity_file: args.identity_file,
        passphrase,
        recipients: args.recipient,
    };
    let report = Store::init(&home, options, Actor::current("init"))?;

    ctx.out.result(&report, || {
        let mut text = if report.changed {
            format!("created store in {}\n", report.home.display())
        } else {
            format!(
                "store in {} exists already; nothing changed\n",
                report.home.display()
            )
        };
        if let Some(path) = &report.identity_file {
            text.push_str(&format!("identity: {}\n", path.display()));
        }
        if let Some(recipient) = &report.recipient {
            text.push_str(&format!("recipient: {recipient}\n"));
        }
        text
    });
    if report.changed {
        if let Some(path) = &report.identity_file {
            let appended = if report.appended_to_existing {
                " (appended to the existing file)"
            } else {
                ""
            };
            ctx.out.warn(&format!(
                "back up the identity file {}{appended}: without it (or a recovery recipient) the store cannot be opened",
                path.display()
            ));
        } else {
            ctx.out.warn("remember the passphrase: without it (or a recovery recipient) the store cannot be opened");
        }
    }
    Ok(0)
}

fn new_passphrase(ctx: &Context<'_>) -> anyhow::Result<micado_security::crypto::SecretString> {
    if let Some(path) = &ctx.global.passphrase_file {
        return ctx.read_passphrase_file(path);
    }
    ctx.require_prompt("a passphrase", "--passphrase-file FILE")?;
    prompts::new_passphrase()
}

pub fn status(ctx: &Context<'_>) -> anyhow::Result<i32> {
    let store = ctx.open("status")?;
    let keyring = match store.cached_key_expiry() {
        Ok(Some(expires)) => json!({ "state": "cached", "expires": rfc3339(expires) }),
        Ok(None) => json!({ "state": "not-cached" }),
        Err(e) => json!({ "state": "unavailable", "reason": e.to_string() }),
    };
    let config = store
        .home()
        .load_config()?
        .effective(ctx.global.profile.as_deref())?;
    let identity = config
        .identity_file
        .as_ref()
        .map(|p| json!({ "path": p, "present": p.exists() }));
    let counts: serde_json::Map<String, serde_json::Value> = store
        .counts()?
        .into_iter()
        .map(|(table, n)| (table, n.into()))
        .collect();
    let recipients = store.recipients()?;
    let vault = (config.credentials_backend.as_deref() == Some("vault"))
        .then(|| super::vault::status_section(config.vault.as_ref()));
    let report = json!({
        "home": store.home().dir(),
        "database": store.home().database(),
        "store_id": store.id(),
        "schema_version": store.schema_version()?,
        "keyring": keyring,
        "identity_file": identity,
        "recipients": recipients,
        "counts": counts,
    });
    let mut report = report;
    if let Some(vault) = &vault {
        report["vault"] = vault.clone();
    }
    ctx.out.result(&report, || {
        let mut text = format!("home:                {}\n", store.home().dir().display());
        text.push_str(&format!(
            "schema version:      {}\n",
            report["schema_version"]
        ));
        text.push_str(&format!(
            "keyring:             {}\n",
            keyring_text(&report["keyring"])
        ));
        if let Some(path) = &config.identity_file {
            let state = if path.exists() { "" } else { " (missing)" };
            text.push_str(&format!("identity file:       {}{state}\n", path.display()));
        }
        for r in &recipients {
            text.push_str(&format!(
                "recipient:           {} {}\n",
                r.kind, r.recipient
            ));
        }
        for (table, n) in &counts {
            text.push_str(&format!(
                "{:<21}{n}\n",
                format!("{}:", table.replace('_', " "))
            ));
        }
        if let Some(vault) = &vault {
            text.push_str(&vault_status_text(vault));
        }
        text
    });
    Ok(0)
}

fn keyring_text(keyring: &serde_json::Value) -> String {
    match keyring["state"].as_str() {
        Some("cached") => format!(
            "key cached until {}",
            keyring["expires"].as_str().unwrap_or("?")
        ),
        Some("not-cached") => "no key cached".into(),
        _ => format!(
            "unavailable ({})",
            keyring["reason"].as_str().unwrap_or("?")
        ),
    }
}

pub fn unlock(ctx: &Context<'_>, args: UnlockArgs) -> anyhow::Result<i32> {
    if args.ttl.is_zero() {
        return Err(CliError::new(ErrorClass::Usage, "--ttl must be longer than zero").into());
    }
    let mut store = ctx.open("unlock")?;
    ctx.unlock(&mut store, false)?;
    let expires = store.cache_key(args.ttl)?;
    let report = json!({ "changed": true, "expires": rfc3339(expires) });
    ctx.out.result(&report, || {
        format!(
            "store key cached in the kernel keyring until {}\n",
            rfc3339(expires)
        )
    });
    Ok(0)
}

pub fn lock(ctx: &Context<'_>) -> anyhow::Result<i32> {
    let store = ctx.open("lock")?;
    let changed = store.forget_cached_key()?;
    ctx.out.result(&json!({ "changed": changed }), || {
        if changed {
            "cached store key removed\n".into()
        } else {
            "no store key was cached\n".into()
        }
    });
    Ok(0)
}

pub fn run(ctx: &Context<'_>, command: StoreCommand) -> anyhow::Result<i32> {
    match command {
        StoreCommand::AddRecipient { recipient } => {
            let mut store = ctx.open_unlocked("store add-recipient")?;
            let changed = store.add_recipient(&recipient)?;
            ctx.out.result(
                &json!({ "changed": changed, "recipient": recipient }),
                || {
                    format!(
                        "{}: {recipient} can open the store\n",
                        changed_text(changed)
                    )
                },
            );
        }
        StoreCommand::Rekey => {
            let mut store = ctx.open_unlocked("store rekey")?;
            let has_passphrase = store.recipients()?.iter().any(|r| r.kind == "scrypt");
            let passphrase = if has_passphrase {
                ctx.passphrase()?
            } else {
                None
            };
            let report = store.rekey(passphrase.as_ref())?;
            let doc = json!({
                "changed": true,
                "resealed": report.resealed,
                "rewrapped": report.rewrapped,
                "dropped_cached_key": report.dropped_cached_key,
            });
            ctx.out.result(&doc, || {
                format!(
                    "new data key: credential versions re-encrypted: {}, recipients rewrapped: {}\n",
                    report.resealed, report.rewrapped
                )
            });
            if report.dropped_cached_key {
                ctx.out.note("the key cached by `micadoctl unlock` was the old one and is removed; run `micadoctl unlock` again");
            }
        }
        StoreCommand::Backup { file } => {
            let mut store = ctx.open_unlocked("store backup")?;
            store.backup(&file)?;
            ctx.out
                .result(&json!({ "changed": true, "file": file }), || {
                    format!("backup written to {}\n", file.display())
                });
        }
    }
    Ok(0)
}

/// Formats a time as RFC 3339 in UTC, seconds precision.
fn vault_status_text(vault: &serde_json::Value) -> String {
    if let Some(error) = vault["error"].as_str() {
        return format!("vault:               {error}\n");
    }
    let token = &vault["token"];
    let ttl = match token["ttl_seconds"].as_u64() {
        Some(0) | None => "never expires".to_string(),
        Some(seconds) => format!(
            "{seconds}s{}",
            if token["renewable"] == true {
                " (renewable)"
            } else {
                ""
            }
        ),
    };
    let policies: Vec<&str> = token["policies"]
        .as_array()
        .map(|a| a.iter().filter_map(|p| p.as_str()).collect())
        .unwrap_or_default();
    format!(
        "vault address:       {}\nvault token:         {} from {}\ntoken ttl:           {ttl}\ntoken policies:      {}\n",
        vault["address"].as_str().unwrap_or_default(),
        token["display_name"].as_str().unwrap_or_default(),
        vault["token_source"].as_str().unwrap_or_default(),
        policies.join(", ")
    )
}

pub fn rfc3339(at: SystemTime) -> String {
    let at = time::OffsetDateTime::from(at);
    let at = at.replace_nanosecond(0).unwrap_or(at);
    at.format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}
