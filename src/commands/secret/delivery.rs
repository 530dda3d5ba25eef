//! `secret render`, `apply` and `delete-applied`.

use std::cell::RefCell;

use micado_security::ErrorClass;
use micado_security::clients::kubeconfig;
use micado_security::clients::kubernetes::KubeClient;
use micado_security::secrets::files::read_descriptor;
use micado_security::secrets::render::{self, Layout, RenderOptions, SecretManifest};
use micado_security::secrets::stored::AppSecrets;
use micado_security::secrets::{self, SecretError, delivery, envelope};
use serde_json::json;
use zeroize::Zeroizing;

use super::identity_source;
use crate::cli::secret::LayoutArg;
use crate::cli::{ApplyArgs, RenderArgs, RenderSource};
use crate::commands::{Context, changed_text};
use crate::exit::CliError;

pub fn render(ctx: &Context<'_>, args: RenderArgs) -> anyhow::Result<i32> {
    let manifests = build(ctx, &args.source, "secret render")?;
    if ctx.out.is_json() {
        let objects: Vec<_> = manifests.iter().map(|m| m.to_object(&[])).collect();
        ctx.out.result(&json!({ "secrets": objects }), String::new);
        return Ok(0);
    }
    let mut text = Zeroizing::new(String::new());
    for manifest in &manifests {
        text.push_str("---\n");
        text.push_str(&manifest.to_yaml());
    }
    ctx.out.raw(text.as_bytes());
    Ok(0)
}

pub fn apply(ctx: &Context<'_>, args: ApplyArgs) -> anyhow::Result<i32> {
    let manifests = build(ctx, &args.source, "secret apply")?;
    let (client, context) = connect(&args)?;
    let applied = delivery::apply(&client, &manifests, args.force_conflicts)?;
    let changed = applied.iter().any(|a| a.changed);
    ctx.out.result(
        &json!({ "changed": changed, "context": context, "secrets": applied }),
        || {
            applied
                .iter()
                .map(|a| {
                    let state = if a.created {
                        "created"
                    } else {
                        changed_text(a.changed)
                    };
                    format!("{state}: secret {}/{}\n", a.namespace, a.name)
                })
                .collect()
        },
    );
    Ok(0)
}

pub fn delete_applied(ctx: &Context<'_>, args: ApplyArgs) -> anyhow::Result<i32> {
    let manifests = build(ctx, &args.source, "secret delete-applied")?;
    let (client, context) = connect(&args)?;
    let deleted = delivery::delete_applied(&client, &manifests)?;
    let changed = deleted.iter().any(|d| d.deleted);
    ctx.out.result(
        &json!({ "changed": changed, "context": context, "secrets": deleted }),
        || {
            deleted
                .iter()
                .map(|d| match &d.skipped {
                    None => format!("deleted: secret {}/{}\n", d.namespace, d.name),
                    Some(why) => format!("kept: secret {}/{} ({why})\n", d.namespace, d.name),
                })
                .collect()
        },
    );
    Ok(0)
}

fn connect(args: &ApplyArgs) -> anyhow::Result<(KubeClient, String)> {
    let path = kubeconfig::default_path(args.kubeconfig.as_deref()).ok_or_else(|| {
        CliError::new(
            ErrorClass::Usage,
            "no kubeconfig: give --kubeconfig PATH or set KUBECONFIG",
        )
    })?;
    let access = kubeconfig::load(&path, args.context.as_deref()).map_err(SecretError::from)?;
    let client = KubeClient::new(&access).map_err(SecretError::from)?;
    Ok((client, access.context))
}

/// Reads the descriptor (unsealing it when it is sealed) and renders its Secrets.
fn build(
    ctx: &Context<'_>,
    source: &RenderSource,
    command: &str,
) -> anyhow::Result<Vec<SecretManifest>> {
    let text = read_descriptor(&source.file)?;
    let subject = source.file.display().to_string();
    let plain = match envelope::split(&text, &subject)? {
        Some(_) => {
            let identities = identity_source(ctx);
            secrets::unseal(&text, &subject, &identities, true)?.text
        }
        None => text,
    };

    let store = if source.from_store {
        Some(RefCell::new(ctx.open_unlocked(command)?))
    } else {
        None
    };
    let lookup = |name: &str| -> Result<Zeroizing<String>, SecretError> {
        let store = store.as_ref().expect("the store is open with --from-store");
        AppSecrets::new(&mut store.borrow_mut()).get(name)
    };
    let options = RenderOptions {
        layout: match source.layout {
            LayoutArg::Micado => Layout::Micado,
            LayoutArg::PerApp => Layout::PerApp,
        },
        namespace: source.namespace.as_deref(),
        store: source.from_store.then_some(&lookup as &dyn Fn(&str) -> _),
    };
    Ok(render::render(&plain, &subject, &options)?)
}
