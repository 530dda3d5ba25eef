//! The `cred` group.

use std::path::Path;

use micado_security::ErrorClass;
use micado_security::credentials::backend::{CopiedCredential, copy_all};
use micado_security::credentials::files::{self, ImportFormat};
use micado_security::credentials::vault::VaultLayout;
use micado_security::credentials::{
    CredentialBackend, CredentialError, CredentialSummary, CredentialType, DeleteOptions, Fields,
    LocalBackend, Record, RotationRequest, SetMode, VersionInfo, Versioned,
};
use serde_json::json;
use tabled::Tabled;
use zeroize::Zeroizing;

use super::{Context, changed_text};
use crate::cli::{
    BackendArgs, BackendKind, CredArgs, CredCommand, ExportFormat, ImportFormatArg, RotateArgs,
    SetArgs, ValueSource,
};
use crate::exit::CliError;
use crate::output::table;
use crate::prompts;

pub fn run(ctx: &Context<'_>, args: CredArgs) -> anyhow::Result<i32> {
    let b = &args.backend;
    match args.command {
        CredCommand::Set(set_args) => set(ctx, b, set_args),
        CredCommand::Get {
            name,
            field,
            version,
        } => get(ctx, b, &name, field.as_deref(), version),
        CredCommand::List => list(ctx, b),
        CredCommand::History { name } => history(ctx, b, &name),
        CredCommand::Delete {
            name,
            if_exists,
            destroy,
        } => delete(ctx, b, &name, DeleteOptions { if_exists, destroy }),
        CredCommand::Import {
            file,
            from_vault_spm,
            spm_mount,
            prefix,
            format,
        } => match file {
            Some(file) if !from_vault_spm => import(ctx, b, &file, prefix.as_deref(), format),
            _ => import_spm(ctx, b, &spm_mount),
        },
        CredCommand::Export { names, format, out } => {
            export(ctx, b, &names, format, out.as_deref())
        }
        CredCommand::Rotate(rotate_args) => rotate(ctx, b, rotate_args),
        CredCommand::Rollback { name, to_version } => rollback(ctx, b, &name, to_version),
        CredCommand::Exec { name, command } => exec(ctx, b, &name, &command),
        CredCommand::Migrate { from, to, names } => migrate(ctx, b, from, to, &names),
    }
}

/// Returns the backend that `--backend` or config.toml chooses.
fn chosen(args: &BackendArgs, store: &micado_security::store::Store) -> BackendKind {
    args.backend
        .unwrap_or(match store.config().credentials_backend.as_deref() {
            Some("vault") => BackendKind::Vault,
            _ => BackendKind::Local,
        })
}

/// Opens the backend of `kind` (the chosen one when `None`), unlocking the
/// store when `unlock` is set: values and every audit record need the key.
fn open_backend(
    ctx: &Context<'_>,
    args: &BackendArgs,
    kind: Option<BackendKind>,
    command: &str,
    unlock: bool,
) -> anyhow::Result<Box<dyn CredentialBackend>> {
    let store = ctx.open(command)?;
    let mut backend: Box<dyn CredentialBackend> = match kind.unwrap_or_else(|| chosen(args, &store))
    {
        BackendKind::Local => Box::new(LocalBackend::new(store)),
        BackendKind::Vault => Box::new(super::vault::backend(ctx, store, args)?),
    };
    if unlock {
        ctx.unlock(backend.store(), true)?;
    }
    Ok(backend)
}

/// Exit code when the command cannot be found, as `env` and shells use.
const EXIT_COMMAND_NOT_FOUND: i32 = 127;
/// Exit code when the command exists but cannot be run.
const EXIT_COMMAND_NOT_EXECUTABLE: i32 = 126;

fn exec(
    ctx: &Context<'_>,
    b: &BackendArgs,
    name: &str,
    command: &[std::ffi::OsString],
) -> anyhow::Result<i32> {
    let mut backend = open_backend(ctx, b, None, "cred exec", true)?;
    let (program, args) = command.split_first().expect("clap requires a command");
    match backend.exec(name, program, args) {
        Ok(code) => Ok(code),
        // Report a command that cannot start with the shell's codes, so a caller
        // can tell it from a failure of micadoctl itself.
        Err(error @ CredentialError::Spawn { .. }) => {
            let CredentialError::Spawn { source, .. } = &error else {
                unreachable!()
            };
            let code = if source.kind() == std::io::ErrorKind::NotFound {
                EXIT_COMMAND_NOT_FOUND
            } else {
                EXIT_COMMAND_NOT_EXECUTABLE
            };
            ctx.out.error(&error.to_string(), None, code);
            Ok(code)
        }
        Err(error) => Err(error.into()),
    }
}

fn set(ctx: &Context<'_>, b: &BackendArgs, args: SetArgs) -> anyhow::Result<i32> {
    let mut backend = open_backend(ctx, b, None, "cred set", false)?;
    // A new version of an existing credential keeps its type unless --type is given.
    let kind = match args.kind.as_deref() {
        Some(name) => CredentialType::parse(name),
        None => backend.kind_of(&args.name)?,
    };
    let record = read_values(ctx, kind, &args.source)?.ok_or_else(|| {
        CliError::new(
            ErrorClass::Usage,
            format!("no values for credential \"{}\"", args.name),
        )
        .hint("give --from-file FILE (- for stdin), or run on a terminal to be prompted")
    })?;
    ctx.unlock(backend.store(), true)?;
    let mode = if args.merge {
        SetMode::Merge
    } else {
        SetMode::Replace
    };
    let outcome = backend.set(&args.name, &record, mode)?;
    ctx.out.result(&outcome, || {
        format!(
            "{}: credential \"{}\" version {}\n",
            changed_text(outcome.changed),
            outcome.name,
            outcome.version
        )
    });
    Ok(0)
}

/// Returns the list entry of `name`, if it exists; reads no secret.
fn summary(
    backend: &mut dyn CredentialBackend,
    name: &str,
) -> anyhow::Result<Option<CredentialSummary>> {
    let credentials = backend.list()?;
    Ok(credentials.into_iter().find(|c| c.name == name))
}

/// Reads new values from `--from-file`, `--value` or a prompt; `None` when no
/// source was given and prompting is not possible.
fn read_values(
    ctx: &Context<'_>,
    kind: Option<CredentialType>,
    source: &ValueSource,
) -> anyhow::Result<Option<Record>> {
    if source.from_file.is_some() && !source.value.is_empty() {
        return Err(CliError::new(
            ErrorClass::Usage,
            "give values with --from-file or --value, not both",
        )
        .into());
    }
    if let Some(path) = &source.from_file {
        let text = prompts::read_input(path)?;
        let label = if path == Path::new("-") {
            "stdin".to_string()
        } else {
            path.display().to_string()
        };
        return Ok(Some(files::parse_values(&text, &label, kind)?));
    }
    if !source.value.is_empty() {
        return values_from_argv(kind, source).map(Some);
    }
    if !prompts::can_prompt(ctx.global.no_input) {
        return Ok(None);
    }
    prompt_values(kind).map(Some)
}

fn values_from_argv(kind: Option<CredentialType>, source: &ValueSource) -> anyhow::Result<Record> {
    if !source.insecure_argv {
        return Err(CliError::new(
            ErrorClass::InputRejected,
            "--value puts secrets in the process arguments, where other local users can read them",
        )
        .hint("use --from-file FILE (- for stdin) or the prompt, or add --insecure-argv to accept the risk")
        .into());
    }
    let kind = kind.ok_or_else(|| CliError::new(ErrorClass::Usage, "--value needs --type"))?;
    let mut fields = Fields::new();
    for (index, pair) in source.value.iter().enumerate() {
        // The text may be a secret typed without its field name, so it is not shown.
        let (field, value) = pair.split_once('=').ok_or_else(|| {
            CliError::new(
                ErrorClass::InputRejected,
                format!(
                    "--value number {} has no '='; write it as FIELD=VALUE",
                    index + 1
                ),
            )
        })?;
        if fields.contains(field) {
            return Err(CliError::new(
                ErrorClass::InputRejected,
                format!(
                    "--value sets field \"{}\" twice; give each field once",
                    field.escape_debug()
                ),
            )
            .into());
        }
        fields.insert(field, Zeroizing::new(value.to_string()));
    }
    Ok(Record { kind, fields })
}

/// Asks for the type (when not given), the authentication method and each
/// required field; secret-looking fields are read without echo.
fn prompt_values(kind: Option<CredentialType>) -> anyhow::Result<Record> {
    use micado_security::credentials::ALL_TYPES;

    let kind = match kind {
        Some(kind) => kind,
        None => {
            let names: Vec<&str> = ALL_TYPES.iter().map(|t| t.as_str()).collect();
            ALL_TYPES[prompts::select("Credential type", &names)?]
        }
    };
    let mut fields = Fields::new();
    if kind == CredentialType::Generic {
        loop {
            let field = prompts::visible("Field name (empty to finish)").unwrap_or_default();
            if field.is_empty() {
                break;
            }
            fields.insert(&field, prompts::hidden(&field)?);
        }
        return Ok(Record { kind, fields });
    }
    let variants = kind.spec().variants;
    let variant = if variants.len() > 1 {
        let names: Vec<&str> = variants.iter().map(|v| v.name).collect();
        &variants[prompts::select("Authentication method", &names)?]
    } else {
        &variants[0]
    };
    for field in variant.required {
        let value = if looks_secret(field) {
            prompts::hidden(field)?
        } else {
            Zeroizing::new(prompts::visible(field)?)
        };
        fields.insert(field, value);
    }
    Ok(Record { kind, fields })
}

fn looks_secret(field: &str) -> bool {
    ["secret", "password", "key", "token", "pass_phrase"]
        .iter()
        .any(|s| field.contains(s))
        && field != "accesskey"
}

fn get(
    ctx: &Context<'_>,
    b: &BackendArgs,
    name: &str,
    field: Option<&str>,
    version: Option<i64>,
) -> anyhow::Result<i32> {
    let mut backend = open_backend(ctx, b, None, "cred get", true)?;
    let credential = backend.get(name, version)?;
    let fields = &credential.record.fields;

    if let Some(field) = field {
        let value = fields
            .get(field)
            .ok_or_else(|| CredentialError::FieldNotFound {
                name: name.into(),
                field: field.into(),
                available: fields.names().collect::<Vec<_>>().join(", "),
            })?;
        let doc =
            json!({ "name": name, "version": credential.version, "field": field, "value": value });
        ctx.out.result(&doc, || format!("{value}\n"));
        return Ok(0);
    }
    let doc = json!({
        "name": name,
        "type": credential.record.kind.as_str(),
        "version": credential.version,
        "fields": fields.iter().map(|(k, v)| (k.to_string(), json!(v))).collect::<serde_json::Map<_, _>>(),
    });
    ctx.out.result(&doc, || {
        let mut text = format!(
            "name: {name}\ntype: {}\nversion: {}\n",
            credential.record.kind, credential.version
        );
        for (key, value) in fields.iter() {
            text.push_str(&format!("{key}: {value}\n"));
        }
        text
    });
    Ok(0)
}

#[derive(Tabled)]
struct ListRow<'a> {
    #[tabled(rename = "NAME")]
    name: &'a str,
    #[tabled(rename = "TYPE")]
    kind: &'a str,
    #[tabled(rename = "VERSION")]
    version: i64,
    #[tabled(rename = "VERSIONS")]
    versions: i64,
    #[tabled(rename = "UPDATED")]
    updated: &'a str,
    #[tabled(rename = "ROTATION")]
    rotation: String,
}

fn list(ctx: &Context<'_>, b: &BackendArgs) -> anyhow::Result<i32> {
    let mut backend = open_backend(ctx, b, None, "cred list", false)?;
    let credentials: Vec<CredentialSummary> = backend.list()?;
    ctx.out.result(&json!({ "credentials": credentials }), || {
        let rows: Vec<ListRow<'_>> = credentials
            .iter()
            .map(|c| ListRow {
                name: &c.name,
                kind: &c.kind,
                version: c.version,
                versions: c.versions,
                updated: &c.updated,
                rotation: c
                    .pending_rotation
                    .map_or("-".into(), |v| format!("pending v{v}")),
            })
            .collect();
        table(&rows)
    });
    Ok(0)
}

#[derive(Tabled)]
struct HistoryRow<'a> {
    #[tabled(rename = "VERSION")]
    version: i64,
    #[tabled(rename = "STATE")]
    state: &'a str,
    #[tabled(rename = "TYPE")]
    kind: &'a str,
    #[tabled(rename = "CREATED")]
    created: &'a str,
}

#[derive(Tabled)]
struct DeletedHistoryRow<'a> {
    #[tabled(rename = "VERSION")]
    version: i64,
    #[tabled(rename = "STATE")]
    state: &'a str,
    #[tabled(rename = "TYPE")]
    kind: &'a str,
    #[tabled(rename = "CREATED")]
    created: &'a str,
    #[tabled(rename = "DELETED")]
    deleted: &'a str,
}

fn history(ctx: &Context<'_>, b: &BackendArgs, name: &str) -> anyhow::Result<i32> {
    let mut backend = open_backend(ctx, b, None, "cred history", false)?;
    let versions: Vec<VersionInfo> = backend.history(name)?;
    ctx.out
        .result(&json!({ "name": name, "versions": versions }), || {
            // Only Vault has soft-deleted versions; the local table keeps its columns.
            if versions.iter().any(|v| v.deleted.is_some()) {
                let rows: Vec<DeletedHistoryRow<'_>> = versions
                    .iter()
                    .map(|v| DeletedHistoryRow {
                        version: v.version,
                        state: &v.state,
                        kind: &v.kind,
                        created: &v.created,
                        deleted: v.deleted.as_deref().unwrap_or("-"),
                    })
                    .collect();
                return table(&rows);
            }
            let rows: Vec<HistoryRow<'_>> = versions
                .iter()
                .map(|v| HistoryRow {
                    version: v.version,
                    state: &v.state,
                    kind: &v.kind,
                    created: &v.created,
                })
                .collect();
            table(&rows)
        });
    Ok(0)
}

fn delete(
    ctx: &Context<'_>,
    b: &BackendArgs,
    name: &str,
    options: DeleteOptions,
) -> anyhow::Result<i32> {
    let mut backend = open_backend(ctx, b, None, "cred delete", true)?;
    let changed = backend.delete(name, options)?;
    ctx.out
        .result(&json!({ "name": name, "changed": changed }), || {
            if changed {
                format!("deleted credential \"{name}\"\n")
            } else {
                format!("credential \"{name}\" does not exist\n")
            }
        });
    Ok(0)
}

fn import(
    ctx: &Context<'_>,
    b: &BackendArgs,
    file: &Path,
    prefix: Option<&str>,
    format: ImportFormatArg,
) -> anyhow::Result<i32> {
    let format = match format {
        ImportFormatArg::Auto => ImportFormat::Auto,
        ImportFormatArg::Micado => ImportFormat::Micado,
        ImportFormatArg::GceJson => ImportFormat::GceJson,
        ImportFormatArg::Registries => ImportFormat::Registries,
    };
    let text = prompts::read_input(file)?;
    let label = if file == Path::new("-") {
        "stdin".to_string()
    } else {
        file.display().to_string()
    };
    let plan = files::parse_import(&text, &label, format, prefix)?;
    if plan.records.is_empty() {
        return Err(CliError::new(
            ErrorClass::InputRejected,
            format!("{label}: no entry has any value; nothing to import"),
        )
        .hint("fill in the fields of the clouds you use")
        .into());
    }
    let mut backend = open_backend(ctx, b, None, "cred import", true)?;
    let outcomes = backend.set_many(&plan.records)?;

    for skipped in &plan.skipped {
        ctx.out
            .note(&format!("skipped {skipped}: every field is empty"));
    }
    if !plan.empty_fields.is_empty() {
        ctx.out.note(&format!(
            "empty fields left out: {}",
            plan.empty_fields.join(", ")
        ));
    }
    let changed = outcomes.iter().any(|o| o.changed);
    let imported: Vec<serde_json::Value> = plan
        .records
        .iter()
        .zip(&outcomes)
        .map(|((name, record), o)| json!({ "name": name, "type": record.kind.as_str(), "changed": o.changed, "version": o.version }))
        .collect();
    let doc = json!({ "changed": changed, "imported": imported, "skipped": plan.skipped, "empty_fields": plan.empty_fields });
    ctx.out.result(&doc, || {
        outcomes
            .iter()
            .map(|o| {
                format!(
                    "{}: credential \"{}\" version {}\n",
                    changed_text(o.changed),
                    o.name,
                    o.version
                )
            })
            .collect()
    });
    Ok(0)
}

fn export(
    ctx: &Context<'_>,
    b: &BackendArgs,
    names: &[String],
    format: ExportFormat,
    out: Option<&Path>,
) -> anyhow::Result<i32> {
    let mut backend = open_backend(ctx, b, None, "cred export", true)?;
    let names = match format {
        ExportFormat::GceJson => vec![single_gce_name(backend.as_mut(), names)?],
        _ => unique(names),
    };
    let exported: Vec<Versioned> = backend.read_all(&names)?;
    let (text, count) = match format {
        ExportFormat::Micado => micado_text(ctx, &exported, !names.is_empty())?,
        ExportFormat::Json => (files::export_json(&exported), exported.len()),
        ExportFormat::GceJson => (files::gce_json(&exported[0].record)?, 1),
    };
    match out {
        Some(path) => {
            let changed = !is_private_copy(path, text.as_bytes());
            if changed {
                micado_security::fsutil::write_private_atomic(path, text.as_bytes())
                    .map_err(|e| anyhow::anyhow!("cannot write {}: {e}", path.display()))?;
            }
            let doc = json!({ "changed": changed, "file": path, "count": count });
            ctx.out.result(&doc, || {
                format!("{count} credentials written to {}\n", path.display())
            });
        }
        None => ctx.out.raw(text.as_bytes()),
    }
    Ok(0)
}

/// Removes repeated names, keeping the first of each, so a credential is
/// exported once.
fn unique(names: &[String]) -> Vec<String> {
    let mut seen = std::collections::BTreeSet::new();
    names
        .iter()
        .filter(|n| seen.insert(n.as_str()))
        .cloned()
        .collect()
}

/// Renders MiCADO's file; returns it with the number of entries written.
/// Credentials that the format cannot hold are reported, and when they were
/// named explicitly and nothing is left, the export fails instead of writing an
/// empty file.
fn micado_text(
    ctx: &Context<'_>,
    exported: &[Versioned],
    named: bool,
) -> anyhow::Result<(Zeroizing<String>, usize)> {
    let (text, skipped) = files::export_micado(exported);
    for name in &skipped {
        let kind = exported
            .iter()
            .find(|c| &c.name == name)
            .map(|c| c.record.kind);
        let alternative = match kind {
            Some(CredentialType::Gce) => "--format gce-json",
            _ => "--format json",
        };
        ctx.out.warn(&format!(
            "credential \"{name}\" has no place in credentials-cloud-api.yml; export it with {alternative}"
        ));
    }
    let count = exported.len() - skipped.len();
    if named && count == 0 {
        return Err(CliError::new(
            ErrorClass::InputRejected,
            "none of the named credentials fits credentials-cloud-api.yml",
        )
        .hint("use --format json, or --format gce-json for a gce credential")
        .into());
    }
    Ok((text, count))
}

/// Returns whether `path` is a regular file with mode 0600 that contains exactly
/// `contents`, so that a rerun of an export has nothing to write.
fn is_private_copy(path: &Path, contents: &[u8]) -> bool {
    use std::os::unix::fs::PermissionsExt;

    let Ok(metadata) = std::fs::symlink_metadata(path) else {
        return false;
    };
    let private = metadata.is_file() && metadata.permissions().mode() & 0o777 == 0o600;
    private && std::fs::read(path).is_ok_and(|old| Zeroizing::new(old).as_slice() == contents)
}

fn single_gce_name(
    backend: &mut dyn CredentialBackend,
    names: &[String],
) -> anyhow::Result<String> {
    match names {
        [name] => Ok(name.clone()),
        [] => {
            let gce: Vec<String> = backend
                .list()?
                .into_iter()
                .filter(|c| c.kind == "gce")
                .map(|c| c.name)
                .collect();
            match gce.as_slice() {
                [name] => Ok(name.clone()),
                [] => {
                    Err(CliError::new(ErrorClass::NotFound, "no gce credential is stored").into())
                }
                _ => Err(CliError::new(
                    ErrorClass::Usage,
                    format!("several gce credentials ({}); name one", gce.join(", ")),
                )
                .into()),
            }
        }
        _ => Err(CliError::new(
            ErrorClass::Usage,
            "--format gce-json exports one credential; name only one",
        )
        .into()),
    }
}

fn rotate(ctx: &Context<'_>, b: &BackendArgs, args: RotateArgs) -> anyhow::Result<i32> {
    let mut backend = open_backend(ctx, b, None, "cred rotate", true)?;
    let summary = summary(backend.as_mut(), &args.name)?
        .ok_or_else(|| CredentialError::NotFound(args.name.clone()))?;

    let values = if args.abort || (summary.pending_rotation.is_some() && no_source(&args.source)) {
        None
    } else {
        let kind = CredentialType::parse(&summary.kind);
        Some(read_values(ctx, kind, &args.source)?.ok_or_else(|| {
            CliError::new(
                ErrorClass::Usage,
                format!("no new values for credential \"{}\"", args.name),
            )
            .hint("give --from-file FILE (- for stdin), or run on a terminal to be prompted")
        })?)
    };
    if values.is_none() && !args.abort {
        ctx.out.note(&format!(
            "resuming the pending rotation of \"{}\" to version {}",
            args.name,
            summary.pending_rotation.unwrap_or_default()
        ));
    }
    let request = RotationRequest {
        values,
        verify_command: args.verify_cmd,
        abort: args.abort,
    };
    let outcome = backend.rotate(&args.name, request)?;
    ctx.out.result(&outcome, || match outcome.result {
        "aborted" => format!(
            "discarded staged version {} of \"{}\"\n",
            outcome.version, outcome.name
        ),
        _ => format!(
            "rotated \"{}\" from version {} to {}{}\n",
            outcome.name,
            outcome.previous,
            outcome.version,
            if outcome.verified { " (verified)" } else { "" }
        ),
    });
    Ok(0)
}

fn no_source(source: &ValueSource) -> bool {
    source.from_file.is_none() && source.value.is_empty()
}

fn rollback(ctx: &Context<'_>, b: &BackendArgs, name: &str, to: i64) -> anyhow::Result<i32> {
    let mut backend = open_backend(ctx, b, None, "cred rollback", true)?;
    let outcome = backend.rollback(name, to)?;
    ctx.out.result(&outcome, || {
        if outcome.changed {
            format!(
                "credential \"{name}\": the values of version {to} are now version {}\n",
                outcome.version
            )
        } else {
            format!("unchanged: version {to} of \"{name}\" is current\n")
        }
    });
    Ok(0)
}

/// `cred migrate`: copies every credential (or the named ones) from one
/// backend to the other.
fn migrate(
    ctx: &Context<'_>,
    b: &BackendArgs,
    from: BackendKind,
    to: BackendKind,
    names: &[String],
) -> anyhow::Result<i32> {
    if from == to {
        return Err(CliError::new(
            ErrorClass::Usage,
            "--from and --to name the same backend; nothing to migrate",
        )
        .into());
    }
    let mut source = open_backend(ctx, b, Some(from), "cred migrate", true)?;
    let mut target = open_backend(ctx, b, Some(to), "cred migrate", true)?;
    let copied = copy_all(source.as_mut(), target.as_mut(), &unique(names))?;
    report_copies(ctx, &source.describe(), &target.describe(), &copied);
    Ok(0)
}

/// `cred import --from-vault-spm`: copies the Security Policy Manager's
/// secrets into the chosen backend.
fn import_spm(ctx: &Context<'_>, b: &BackendArgs, spm_mount: &str) -> anyhow::Result<i32> {
    let mut store = ctx.open("cred import")?;
    ctx.unlock(&mut store, true)?;
    let layout = Some((VaultLayout::Spm, spm_mount.to_string()));
    let mut source = super::vault::backend_with_layout(ctx, store, b, layout)?;
    let mut target = open_backend(ctx, b, None, "cred import", true)?;
    let copied = copy_all(&mut source, target.as_mut(), &[])?;
    report_copies(ctx, &source.describe(), &target.describe(), &copied);
    Ok(0)
}

fn report_copies(ctx: &Context<'_>, source: &str, target: &str, copied: &[CopiedCredential]) {
    let changed = copied.iter().any(|c| c.changed);
    let doc = json!({ "changed": changed, "from": source, "to": target, "copied": copied });
    ctx.out.result(&doc, || {
        let mut text = format!("from {source}\nto   {target}\n");
        for c in copied {
            text.push_str(&format!(
                "{}: credential \"{}\" ({}) version {} -> version {}\n",
                changed_text(c.changed),
                c.name,
                c.kind,
                c.source_version,
                c.target_version
            ));
        }
        if copied.is_empty() {
            text.push_str("no credentials to copy\n");
        }
        text
    });
}
