//! `secret set`, `get`, `list`, `delete` and `encryption-config`.

use std::path::Path;

use micado_security::ErrorClass;
use micado_security::secrets::encryption::{self, KeyAction, Provider};
use micado_security::secrets::files::{read_descriptor, replace_file};
use micado_security::secrets::stored::{AppSecrets, SecretSummary};
use serde_json::json;
use tabled::Tabled;

use crate::cli::{EncryptionConfigArgs, ProviderArg};
use crate::commands::{Context, changed_text};
use crate::exit::CliError;
use crate::output::table;
use crate::prompts;

pub fn set(ctx: &Context<'_>, name: &str, from_file: Option<&Path>) -> anyhow::Result<i32> {
    let value = match from_file {
        Some(path) => prompts::read_input(path)?,
        None => {
            ctx.require_prompt("the secret value", "--from-file FILE (- for stdin)")?;
            prompts::hidden(&format!("Value of {name}"))?
        }
    };
    let mut store = ctx.open_unlocked("secret set")?;
    let outcome = AppSecrets::new(&mut store).set(name, &value)?;
    ctx.out.result(&outcome, || {
        format!(
            "{}: application secret \"{}\" version {}\n",
            changed_text(outcome.changed),
            outcome.name,
            outcome.version
        )
    });
    Ok(0)
}

pub fn get(ctx: &Context<'_>, name: &str) -> anyhow::Result<i32> {
    let mut store = ctx.open_unlocked("secret get")?;
    let value = AppSecrets::new(&mut store).get(name)?;
    if ctx.out.is_json() {
        ctx.out.result(
            &json!({ "name": name, "value": value.as_str() }),
            String::new,
        );
    } else {
        ctx.out.raw(value.as_bytes());
    }
    Ok(0)
}

#[derive(Tabled)]
struct Row {
    #[tabled(rename = "NAME")]
    name: String,
    #[tabled(rename = "VERSION")]
    version: i64,
    #[tabled(rename = "UPDATED")]
    updated: String,
}

pub fn list(ctx: &Context<'_>) -> anyhow::Result<i32> {
    let mut store = ctx.open("secret list")?;
    let secrets: Vec<SecretSummary> = AppSecrets::new(&mut store).list()?;
    ctx.out.result(&json!({ "secrets": secrets }), || {
        let rows: Vec<Row> = secrets
            .iter()
            .map(|s| Row {
                name: s.name.clone(),
                version: s.version,
                updated: s.updated.clone(),
            })
            .collect();
        table(&rows)
    });
    Ok(0)
}

pub fn delete(ctx: &Context<'_>, name: &str, if_exists: bool) -> anyhow::Result<i32> {
    let mut store = ctx.open_unlocked("secret delete")?;
    let existed = AppSecrets::new(&mut store).delete(name)?;
    if !existed && !if_exists {
        return Err(CliError::new(
            ErrorClass::NotFound,
            format!("application secret \"{name}\" not found"),
        )
        .hint("list them with `micadoctl secret list`, or add --if-exists")
        .into());
    }
    ctx.out
        .result(&json!({ "name": name, "changed": existed }), || {
            format!(
                "{}: application secret \"{name}\"\n",
                if existed { "deleted" } else { "unchanged" }
            )
        });
    Ok(0)
}

const ROTATION_STEPS: &str = "\
next steps:
  1. copy the file to every control-plane node and restart the API servers
     (kube-apiserver --encryption-provider-config=FILE)
  2. rewrite every Secret so that it is encrypted with the new key:
     kubectl get secrets --all-namespaces -o json | kubectl replace -f -
  3. drop the old key: micadoctl secret encryption-config --prune --out FILE,
     then copy the file and restart the API servers again";

pub fn encryption_config(ctx: &Context<'_>, args: EncryptionConfigArgs) -> anyhow::Result<i32> {
    let provider = match args.provider {
        ProviderArg::Aescbc => Provider::Aescbc,
        ProviderArg::Secretbox => Provider::Secretbox,
    };
    let action = if args.rotate {
        KeyAction::Rotate
    } else if args.prune {
        KeyAction::Prune
    } else {
        KeyAction::Keep
    };
    let mut store = ctx.open_unlocked("secret encryption-config")?;
    let config = encryption::encryption_config(&mut store, provider, action)?;

    let unchanged = match read_descriptor(&args.out) {
        Ok(existing) => existing.as_str() == config.yaml.as_str(),
        Err(_) => false,
    };
    if !unchanged {
        replace_file(&args.out, config.yaml.as_bytes(), 0o600)?;
    }
    if args.rotate {
        ctx.out.note(ROTATION_STEPS);
    }
    let result = json!({
        "file": args.out,
        "changed": !unchanged,
        "keys": config.keys,
        "generated": config.generated,
        "pruned": config.pruned,
    });
    ctx.out.result(&result, || {
        let first = &config.keys[0];
        format!(
            "{}: {} ({} keys; {} {} encrypts)\n",
            changed_text(!unchanged),
            args.out.display(),
            config.keys.len(),
            first.provider,
            first.name
        )
    });
    Ok(0)
}
