//! The `secret` group: sealed descriptors, Kubernetes Secrets and the
//! application secrets of the store.

use std::path::{Path, PathBuf};

use micado_security::ErrorClass;
use micado_security::secrets::files::{mode_of, read_descriptor, replace_file};
use micado_security::secrets::keys::{self, Identity};
use micado_security::secrets::{self, SealRequest, SecretError};
use micado_security::store::Home;
use serde_json::json;

use super::{Context, changed_text};
use crate::cli::{RecipientsArgs, SealArgs, SecretCommand, UnsealArgs};
use crate::exit::CliError;

mod delivery;
mod stored;

pub fn run(ctx: &Context<'_>, command: SecretCommand) -> anyhow::Result<i32> {
    match command {
        SecretCommand::Seal(args) => seal(ctx, args),
        SecretCommand::Unseal(args) => unseal(ctx, args),
        SecretCommand::Recipients(args) => recipients(ctx, args),
        SecretCommand::Render(args) => delivery::render(ctx, args),
        SecretCommand::Apply(args) => delivery::apply(ctx, args),
        SecretCommand::DeleteApplied(args) => delivery::delete_applied(ctx, args),
        SecretCommand::EncryptionConfig(args) => stored::encryption_config(ctx, args),
        SecretCommand::Set { name, from_file } => stored::set(ctx, &name, from_file.as_deref()),
        SecretCommand::Get { name } => stored::get(ctx, &name),
        SecretCommand::List => stored::list(ctx),
        SecretCommand::Delete { name, if_exists } => stored::delete(ctx, &name, if_exists),
    }
}

fn seal(ctx: &Context<'_>, args: SealArgs) -> anyhow::Result<i32> {
    let text = read_descriptor(&args.file)?;
    let subject = args.file.display().to_string();
    let request = SealRequest {
        recipients: args.recipient,
        paths: args.path,
    };
    let identities = identity_source(ctx);
    let outcome = secrets::seal(&text, &subject, &request, &identities)?;
    if let Some(what) = &outcome.approved_edit {
        ctx.out.warn(&format!(
            "{what} changed since the file was last sealed; the new MAC approves the change"
        ));
    }
    if outcome.changed {
        replace_file(&args.file, outcome.text.as_bytes(), mode_of(&args.file))?;
    }
    if outcome.sealed_values == 0 {
        ctx.out.warn(&format!(
            "{subject} has no value to seal: no text_secrets, no encryption_key and no --path matched; only the MAC protects it"
        ));
    }

    let result = json!({
        "file": args.file,
        "changed": outcome.changed,
        "sealed_now": outcome.newly_sealed,
        "sealed_values": outcome.sealed_values,
        "recipients": outcome.recipients,
    });
    ctx.out.result(&result, || {
        format!(
            "{}: {subject}: {} sealed values ({} sealed now), recipients: {}\n",
            changed_text(outcome.changed),
            outcome.sealed_values,
            outcome.newly_sealed.len(),
            outcome.recipients.len()
        )
    });
    Ok(0)
}

fn unseal(ctx: &Context<'_>, args: UnsealArgs) -> anyhow::Result<i32> {
    let to_stdout = args.out.as_deref() == Some(Path::new("-"));
    if args.unauthenticated && !to_stdout {
        return Err(CliError::new(
            ErrorClass::Usage,
            "--unauthenticated only prints to stdout; add --out -",
        )
        .hint("a file written without a MAC check could carry someone else's edits")
        .into());
    }
    let text = read_descriptor(&args.file)?;
    let subject = args.file.display().to_string();
    let identities = identity_source(ctx);
    let outcome = secrets::unseal(&text, &subject, &identities, !args.unauthenticated)?;
    if let Some(what) = &outcome.mac_problem {
        ctx.out.warn(&format!(
            "{what} does not match the MAC: the output below was changed after sealing and is not authenticated"
        ));
    } else if args.unauthenticated {
        ctx.out
            .warn("--unauthenticated was given, but the MAC matches");
    }

    if to_stdout {
        ctx.out.raw(outcome.text.as_bytes());
        return Ok(0);
    }
    let destination = args.out.clone().unwrap_or_else(|| args.file.clone());
    // The plain file contains the secrets, so it is private whatever the
    // sealed file's mode was.
    replace_file(&destination, outcome.text.as_bytes(), 0o600)?;
    let result = json!({
        "file": destination,
        "changed": true,
        "values": outcome.values,
    });
    ctx.out.result(&result, || {
        format!(
            "unsealed {} values into {} (mode 0600)\n",
            outcome.values,
            destination.display()
        )
    });
    Ok(0)
}

fn recipients(ctx: &Context<'_>, args: RecipientsArgs) -> anyhow::Result<i32> {
    let text = read_descriptor(&args.file)?;
    let subject = args.file.display().to_string();
    if args.add.is_empty() && args.remove.is_empty() {
        let split = secrets::envelope::split(&text, &subject)?.ok_or_else(|| {
            CliError::new(
                ErrorClass::InputRejected,
                format!("{subject} is not sealed"),
            )
        })?;
        let list = split.metadata.recipients;
        ctx.out
            .result(&json!({ "file": args.file, "recipients": list }), || {
                list.iter().map(|r| format!("{r}\n")).collect()
            });
        return Ok(0);
    }
    let identities = identity_source(ctx);
    let outcome =
        secrets::change_recipients(&text, &subject, &identities, &args.add, &args.remove)?;
    if outcome.changed {
        replace_file(&args.file, outcome.text.as_bytes(), mode_of(&args.file))?;
    }
    let result = json!({
        "file": args.file,
        "changed": outcome.changed,
        "recipients": outcome.recipients,
        "values": outcome.values,
    });
    ctx.out.result(&result, || {
        if !outcome.changed {
            return format!(
                "unchanged: {subject}: recipients: {}\n",
                outcome.recipients.len()
            );
        }
        format!(
            "changed: {subject}: new data key, {} values sealed again, recipients: {}\n",
            outcome.values,
            outcome.recipients.len()
        )
    });
    Ok(0)
}

/// Returns the source of identities: `--identity` or `MICADOCTL_IDENTITY`,
/// else the identity file of the store.
pub(super) fn identity_source<'a>(
    ctx: &'a Context<'a>,
) -> impl Fn() -> Result<Vec<Identity>, SecretError> + 'a {
    move || {
        let path = match &ctx.global.identity {
            Some(path) => path.clone(),
            None => store_identity(ctx)?,
        };
        keys::read_identity_file(&path)
    }
}

fn store_identity(ctx: &Context<'_>) -> Result<PathBuf, SecretError> {
    let no_identity = || {
        SecretError::NoIdentity(
            "the file: give --identity FILE or set MICADOCTL_IDENTITY".to_string(),
        )
    };
    let home = Home::resolve(ctx.global.home.as_deref()).map_err(|_| no_identity())?;
    let config = home
        .load_config()
        .and_then(|c| c.effective(ctx.global.profile.as_deref()))
        .map_err(SecretError::from)?;
    let path = config
        .identity_file
        .unwrap_or_else(|| home.default_identity());
    if !path.exists() {
        return Err(no_identity());
    }
    Ok(path)
}
