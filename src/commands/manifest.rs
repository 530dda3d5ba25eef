//! The `manifest` group. It works on files only and needs no store.

use std::path::Path;

use micado_security::ErrorClass;
use micado_security::images::manifest::{self, CheckReport, ScanOptions};
use serde_json::json;

use super::Context;
use crate::cli::{CreateArgs, ManifestCommand};
use crate::exit::CliError;

pub fn run(ctx: &Context<'_>, command: ManifestCommand) -> anyhow::Result<i32> {
    match command {
        ManifestCommand::Create(args) => create(ctx, args),
        ManifestCommand::Check { root, manifest } => check(ctx, &root, &manifest),
    }
}

fn create(ctx: &Context<'_>, args: CreateArgs) -> anyhow::Result<i32> {
    let options = ScanOptions {
        algorithm: args.algo,
        excludes: args.exclude,
        cross_file_systems: args.cross_file_systems,
    };
    if let Some(out) = &args.out {
        reject_output_in_tree(&args.root, out, &options.excludes)?;
    }
    let scanned = manifest::scan(&args.root, &options)?;
    let text = manifest::render(&scanned);
    let Some(path) = &args.out else {
        ctx.out.raw(text.as_bytes());
        return Ok(0);
    };

    let changed = std::fs::read(path).map_or(true, |old| old != text.as_bytes());
    if changed {
        micado_security::fsutil::write_private_atomic(path, text.as_bytes())
            .map_err(|e| anyhow::anyhow!("cannot write {}: {e}", path.display()))?;
    }
    let count = scanned.entries.len();
    let doc = json!({ "changed": changed, "file": path, "root": args.root, "entries": count });
    ctx.out.result(&doc, || {
        format!(
            "{count} entries of {} written to {}\n",
            args.root.display(),
            path.display()
        )
    });
    Ok(0)
}

/// Rejects an output file that the scan records, because writing it after
/// the scan adds an entry and changes its directory's mtime, so every check
/// would report a change.
fn reject_output_in_tree(root: &Path, out: &Path, excludes: &[String]) -> anyhow::Result<()> {
    // A missing root or output directory is reported by the scan or the write.
    let Ok(root_path) = std::fs::canonicalize(root) else {
        return Ok(());
    };
    let Some(name) = out.file_name() else {
        return Ok(());
    };
    let directory = match out.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let Ok(directory) = std::fs::canonicalize(directory) else {
        return Ok(());
    };
    let Ok(relative) = directory
        .join(name)
        .strip_prefix(&root_path)
        .map(Path::to_path_buf)
    else {
        return Ok(());
    };
    if manifest::is_excluded(&relative, excludes)? {
        return Ok(());
    }

    let hint = match relative.parent().filter(|p| !p.as_os_str().is_empty()) {
        Some(parent) => format!(
            "write it outside {}, or leave its directory out with --exclude '{}'",
            root.display(),
            parent.display()
        ),
        None => format!("write it outside {}", root.display()),
    };
    Err(CliError::new(
        ErrorClass::InputRejected,
        format!(
            "manifest file {} is inside the scanned tree {}; writing it would change the tree it records",
            out.display(),
            root.display()
        ),
    )
    .hint(hint)
    .into())
}

fn check(ctx: &Context<'_>, root: &Path, manifest_file: &Path) -> anyhow::Result<i32> {
    let bytes =
        std::fs::read(manifest_file).map_err(|e| micado_security::images::ImageError::Io {
            path: manifest_file.to_path_buf(),
            source: e,
        })?;
    let baseline = manifest::parse(&bytes, manifest_file)?;
    let current = manifest::scan(root, &baseline.options)?;
    let report = manifest::compare(&baseline, &current);
    let bits = report.exit_bits();

    let doc = json!({
        "root": root,
        "manifest": manifest_file,
        "added": report.added,
        "removed": report.removed,
        "changed": report.changed,
        "exit_code": bits,
    });
    ctx.out.result(&doc, || report_text(&report));
    ctx.out.note(&format!(
        "{} added, {} removed, {} changed",
        report.added.len(),
        report.removed.len(),
        report.changed.len()
    ));
    Ok(bits)
}

fn report_text(report: &CheckReport) -> String {
    let mut text = String::new();
    for path in &report.added {
        text.push_str(&format!("added    {}\n", path.display()));
    }
    for path in &report.removed {
        text.push_str(&format!("removed  {}\n", path.display()));
    }
    for entry in &report.changed {
        let changes: Vec<String> = entry
            .changes
            .iter()
            .map(|c| match c.attribute {
                // Digests and nanosecond times are long; the attribute name
                // says enough in text, and JSON carries both values.
                "content" | "mtime" => c.attribute.to_string(),
                _ => format!("{} {} -> {}", c.attribute, c.old, c.new),
            })
            .collect();
        text.push_str(&format!(
            "changed  {}: {}\n",
            entry.path.display(),
            changes.join(", ")
        ));
    }
    text
}
