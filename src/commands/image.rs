//! The `image` group.

use std::path::Path;

use micado_security::ErrorClass;
use micado_security::images::hashing::{self, REGISTER_DEFAULT};
use micado_security::images::lists::{self, ListFormat};
use micado_security::images::{
    Algorithm, Digests, Hashed, ImageEntry, NewImage, Registry, VerifyOutcome,
};
use serde_json::json;
use tabled::Tabled;

use super::{Context, changed_text};
use crate::cli::{ImageCommand, ImageExportFormat, ImageImportFormat, RegisterArgs, VerifyArgs};
use crate::exit::{self, CliError};
use crate::output::table;
use crate::progress::ByteProgress;

mod glance;

pub fn run(ctx: &Context<'_>, command: ImageCommand) -> anyhow::Result<i32> {
    match command {
        ImageCommand::Register(args) => register(ctx, args),
        ImageCommand::List => list(ctx),
        ImageCommand::Show { name } => show(ctx, &name),
        ImageCommand::Verify(args) => verify(ctx, args),
        ImageCommand::Remove { name, if_exists } => remove(ctx, &name, if_exists),
        ImageCommand::Import {
            file,
            format,
            replace,
        } => import(ctx, &file, format, replace),
        ImageCommand::Export { format, out } => export(ctx, format, out.as_deref()),
        ImageCommand::Hash { files, algo } => hash(ctx, &files, &algo),
    }
}

/// Hashes `path` (stdin for `-`) with a progress bar on a terminal.
pub(super) fn hash_path(
    ctx: &Context<'_>,
    path: &Path,
    algorithms: &[Algorithm],
) -> anyhow::Result<Hashed> {
    if path == Path::new("-") {
        let progress = ByteProgress::new("stdin", None, ctx.global.quiet > 0);
        let hashed = hashing::hash_stream(&mut std::io::stdin().lock(), algorithms, &|n| {
            progress.set(n)
        })
        .map_err(|e| anyhow::anyhow!("cannot read stdin: {e}"))?;
        progress.finish();
        return Ok(hashed);
    }
    let total = std::fs::metadata(path)
        .ok()
        .filter(|m| m.is_file())
        .map(|m| m.len());
    let label = path.display().to_string();
    let progress = ByteProgress::new(&label, total, ctx.global.quiet > 0);
    let hashed = hashing::hash_file(path, algorithms, &|n| progress.set(n));
    progress.finish();
    Ok(hashed?)
}

fn register(ctx: &Context<'_>, args: RegisterArgs) -> anyhow::Result<i32> {
    let mut store = ctx.open_unlocked("image register")?;
    let image = match &args.file {
        Some(file) => {
            let algorithms = if args.algo.is_empty() {
                REGISTER_DEFAULT.to_vec()
            } else {
                args.algo.clone()
            };
            let hashed = hash_path(ctx, file, &algorithms)?;
            NewImage {
                name: args.name.clone(),
                digests: hashed.digests,
                size: Some(hashed.size),
                source: source_of(file),
            }
        }
        None => NewImage {
            name: args.name.clone(),
            digests: published_digests(&args),
            size: None,
            source: "published".into(),
        },
    };
    let outcome = Registry::new(&mut store).register(&image, args.replace)?;
    ctx.out.result(&outcome, || {
        let verb = match (&outcome.replaced, outcome.changed) {
            (Some(_), _) => "replaced",
            (None, true) => "registered",
            (None, false) => "unchanged",
        };
        let mut text = format!("{verb}: image \"{}\"\n", outcome.name);
        for (algorithm, hex) in &image.digests {
            text.push_str(&format!("  {algorithm:<7} {hex}\n"));
        }
        text
    });
    Ok(0)
}

/// Collects the digests given as options, trimmed and in lower case as the
/// registry stores them, so the printed result shows the stored digests.
fn published_digests(args: &RegisterArgs) -> Digests {
    [
        (Algorithm::Sha256, &args.sha256),
        (Algorithm::Sha384, &args.sha384),
        (Algorithm::Sha512, &args.sha512),
        (Algorithm::Blake3, &args.blake3),
    ]
    .into_iter()
    .filter_map(|(algorithm, hex)| Some((algorithm, hex.as_ref()?.trim().to_ascii_lowercase())))
    .collect()
}

/// Describes where a file's digests came from: its absolute path, or stdin.
fn source_of(file: &Path) -> String {
    if file == Path::new("-") {
        return "stdin".into();
    }
    let absolute = std::path::absolute(file).unwrap_or_else(|_| file.to_path_buf());
    format!("file:{}", absolute.display())
}

#[derive(Tabled)]
struct ListRow {
    #[tabled(rename = "NAME")]
    name: String,
    #[tabled(rename = "SIZE")]
    size: String,
    #[tabled(rename = "ALGORITHMS")]
    algorithms: String,
    #[tabled(rename = "UPDATED")]
    updated: String,
}

fn list(ctx: &Context<'_>) -> anyhow::Result<i32> {
    let mut store = ctx.open("image list")?;
    let images = Registry::new(&mut store).list()?;
    ctx.out.result(&json!({ "images": images }), || {
        let rows: Vec<ListRow> = images
            .iter()
            .map(|image| ListRow {
                name: image.name.clone(),
                size: image.size.map_or("-".into(), |s| s.to_string()),
                algorithms: algorithm_names(&image.digests),
                updated: image.updated.clone(),
            })
            .collect();
        table(&rows)
    });
    Ok(0)
}

fn algorithm_names(digests: &Digests) -> String {
    digests
        .keys()
        .map(|a| a.as_str())
        .collect::<Vec<_>>()
        .join(",")
}

fn show(ctx: &Context<'_>, name: &str) -> anyhow::Result<i32> {
    let mut store = ctx.open("image show")?;
    let image = Registry::new(&mut store).get(name)?;
    ctx.out.result(&image, || show_text(&image));
    Ok(0)
}

fn show_text(image: &ImageEntry) -> String {
    let mut text = format!("name:    {}\n", image.name);
    for (algorithm, hex) in &image.digests {
        text.push_str(&format!("{:<8} {hex}\n", format!("{algorithm}:")));
    }
    let size = image.size.map_or("unknown".into(), |s| s.to_string());
    text.push_str(&format!(
        "size:    {size}\nsource:  {}\ncreated: {}\nupdated: {}\n",
        image.source, image.created, image.updated
    ));
    text
}

fn remove(ctx: &Context<'_>, name: &str, if_exists: bool) -> anyhow::Result<i32> {
    let mut store = ctx.open_unlocked("image remove")?;
    let changed = Registry::new(&mut store).remove(name, if_exists)?;
    ctx.out
        .result(&json!({ "name": name, "changed": changed }), || {
            if changed {
                format!("removed image \"{name}\"\n")
            } else {
                format!("image \"{name}\" is not registered\n")
            }
        });
    Ok(0)
}

fn verify(ctx: &Context<'_>, args: VerifyArgs) -> anyhow::Result<i32> {
    if let Some(file) = &args.any {
        return verify_any(ctx, file);
    }
    let name = args.name.clone().expect("clap requires NAME without --any");
    if args.glance.is_some() {
        return glance::verify(ctx, &name, &args);
    }
    let Some(file) = &args.file else {
        return Err(CliError::new(
            ErrorClass::Usage,
            format!("nothing to compare image \"{name}\" with"),
        )
        .hint("give the image FILE, or --glance IMAGE_ID")
        .into());
    };
    let mut store = ctx.open_unlocked("image verify")?;
    // Fail on an unknown name before reading a large file.
    let entry = Registry::new(&mut store).get(&name)?;
    let algorithms: Vec<Algorithm> = entry.digests.keys().copied().collect();
    let hashed = hash_path(ctx, file, &algorithms)?;
    let outcome = Registry::new(&mut store).verify(&name, &hashed)?;
    Ok(print_verify(ctx, &outcome, "computed"))
}

/// Prints a verification result; returns 0 on a match and 3 otherwise.
pub(super) fn print_verify(ctx: &Context<'_>, outcome: &VerifyOutcome, actual: &str) -> i32 {
    ctx.out.result(outcome, || {
        let verdict = if outcome.matched { "match" } else { "MISMATCH" };
        let mut text = format!("{verdict}: image \"{}\"\n", outcome.name);
        for c in &outcome.compared {
            let mark = if c.matches { "ok" } else { "differs" };
            text.push_str(&format!(
                "  {:<7} {mark}\n    registered {}\n    {actual:<10} {}\n",
                c.algorithm, c.registered, c.actual
            ));
        }
        if let (Some(registered), Some(size)) = (outcome.registered_size, outcome.actual_size)
            && registered != size
        {
            text.push_str(&format!(
                "  size    differs\n    registered {registered}\n    {actual:<10} {size}\n"
            ));
        }
        text
    });
    if outcome.matched {
        0
    } else {
        exit::VERIFICATION_FAILED
    }
}

fn verify_any(ctx: &Context<'_>, file: &Path) -> anyhow::Result<i32> {
    let mut store = ctx.open_unlocked("image verify")?;
    let images = Registry::new(&mut store).list()?;
    let mut algorithms: Vec<Algorithm> = images
        .iter()
        .flat_map(|i| i.digests.keys().copied())
        .collect();
    algorithms.sort();
    algorithms.dedup();
    if algorithms.is_empty() {
        return Err(
            CliError::new(ErrorClass::NotFound, "no image is registered")
                .hint("register images with `micadoctl image register` or `image import`")
                .into(),
        );
    }
    let hashed = hash_path(ctx, file, &algorithms)?;
    let found = Registry::new(&mut store).find(&hashed)?;
    let names: Vec<&str> = found.iter().map(|o| o.name.as_str()).collect();
    let doc = json!({ "file": file, "match": !found.is_empty(), "images": names, "digests": hashed.digests });
    ctx.out.result(&doc, || match names.as_slice() {
        [] => format!("unknown: {} matches no registered image\n", file.display()),
        _ => format!("match: {} is {}\n", file.display(), quoted_list(&names)),
    });
    Ok(if found.is_empty() { exit::NOT_FOUND } else { 0 })
}

fn quoted_list(names: &[&str]) -> String {
    names
        .iter()
        .map(|n| format!("\"{n}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

fn import(
    ctx: &Context<'_>,
    file: &Path,
    format: ImageImportFormat,
    replace: bool,
) -> anyhow::Result<i32> {
    let format = match format {
        ImageImportFormat::Auto => ListFormat::Auto,
        ImageImportFormat::Iivr => ListFormat::Iivr,
        ImageImportFormat::Sha256sum => ListFormat::Gnu,
    };
    let text = crate::prompts::read_input(file)?;
    let label = if file == Path::new("-") {
        "stdin".to_string()
    } else {
        file.display().to_string()
    };
    let parsed = lists::parse_list(&text, &label, format);
    for rejected in &parsed.rejected {
        ctx.out.warn(&format!(
            "{label} line {}: {}; line skipped",
            rejected.line, rejected.reason
        ));
    }
    if parsed.images.is_empty() {
        return Err(CliError::new(
            ErrorClass::InputRejected,
            format!("{label}: no valid entry; nothing to import"),
        )
        .hint("give an IIVR list (NAME;SHA256 per line) or sha256sum/sha512sum output")
        .into());
    }

    let mut store = ctx.open_unlocked("image import")?;
    let outcomes = Registry::new(&mut store).register_many(&parsed.images, replace)?;
    let changed = outcomes.iter().any(|o| o.changed);
    let doc = json!({ "changed": changed, "imported": outcomes, "rejected": parsed.rejected });
    ctx.out.result(&doc, || {
        outcomes
            .iter()
            .map(|o| {
                let verb = if o.replaced.is_some() {
                    "replaced"
                } else {
                    changed_text(o.changed)
                };
                format!("{verb}: image \"{}\"\n", o.name)
            })
            .collect()
    });
    Ok(0)
}

fn export(ctx: &Context<'_>, format: ImageExportFormat, out: Option<&Path>) -> anyhow::Result<i32> {
    let mut store = ctx.open_unlocked("image export")?;
    let entries = Registry::new(&mut store).export()?;
    let (text, skipped) = match format {
        ImageExportFormat::Json => (lists::export_json(&entries), Vec::new()),
        ImageExportFormat::Iivr => lists::export_iivr(&entries),
        ImageExportFormat::Sha256sum => lists::export_gnu(&entries, Algorithm::Sha256),
        ImageExportFormat::Sha512sum => lists::export_gnu(&entries, Algorithm::Sha512),
    };
    for name in &skipped {
        ctx.out.warn(&format!(
            "image \"{name}\" left out: the format has no place for its name or digests"
        ));
    }
    let count = entries.len() - skipped.len();
    let Some(path) = out else {
        ctx.out.raw(text.as_bytes());
        return Ok(0);
    };
    let changed = std::fs::read(path).map_or(true, |old| old != text.as_bytes());
    if changed {
        micado_security::fsutil::write_private_atomic(path, text.as_bytes())
            .map_err(|e| anyhow::anyhow!("cannot write {}: {e}", path.display()))?;
    }
    let doc = json!({ "changed": changed, "file": path, "count": count });
    ctx.out.result(&doc, || {
        format!("{count} images written to {}\n", path.display())
    });
    Ok(0)
}

fn hash(
    ctx: &Context<'_>,
    files: &[std::path::PathBuf],
    algorithms: &[Algorithm],
) -> anyhow::Result<i32> {
    let mut results = Vec::new();
    for file in files {
        let hashed = hash_path(ctx, file, algorithms)?;
        results.push((file, hashed));
    }
    let doc: Vec<serde_json::Value> = results
        .iter()
        .map(|(file, h)| json!({ "file": file, "size": h.size, "digests": h.digests }))
        .collect();
    ctx.out.result(&json!({ "files": doc }), || {
        let mut text = String::new();
        for (file, hashed) in &results {
            text.push_str(&hash_lines(file, hashed, algorithms.len() > 1));
        }
        text
    });
    Ok(0)
}

/// Renders digests as `sha256sum` prints them (one algorithm), or in the
/// `--tag` form (several), so that the output can be checked with coreutils.
fn hash_lines(file: &Path, hashed: &Hashed, tagged: bool) -> String {
    let (name, escaped) = lists::escape_name(&file.display().to_string());
    let prefix = if escaped { "\\" } else { "" };
    hashed
        .digests
        .iter()
        .map(|(algorithm, hex)| {
            let tag = algorithm.as_str().to_uppercase();
            if tagged {
                format!("{prefix}{tag} ({name}) = {hex}\n")
            } else {
                format!("{prefix}{hex}  {name}\n")
            }
        })
        .collect()
}
