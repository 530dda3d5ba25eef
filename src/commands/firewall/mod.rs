//! The `firewall` group.

mod safe_apply;

use std::path::{Path, PathBuf};

use micado_security::firewall::FirewallError;
use micado_security::firewall::tools::Backend;
use micado_security::firewall::{self, Format, Plan, Policy, Preset, Rendering, template};
use micado_security::fsutil;
use micado_security::{Classify, ErrorClass};
use serde::Serialize;
use serde_json::json;

use super::{Context, changed_text};
use crate::cli::{BackendArg, FirewallCommand, FormatArg, PolicyArgs, PresetArg};
use crate::exit::CliError;

pub fn run(ctx: &Context<'_>, command: FirewallCommand) -> anyhow::Result<i32> {
    match command {
        FirewallCommand::InitPolicy { preset, out } => init_policy(ctx, preset, out.as_deref()),
        FirewallCommand::Render {
            policy,
            format,
            out,
            explain,
            strict,
        } => render(ctx, &policy, format, out.as_deref(), explain, strict),
        FirewallCommand::Check(args) => check(ctx, &args),
        FirewallCommand::Diff(args) => safe_apply::diff(ctx, &args),
        FirewallCommand::Apply {
            policy,
            confirm_within,
            no_confirm,
        } => safe_apply::apply(ctx, &policy, (!no_confirm).then_some(confirm_within)),
        FirewallCommand::Confirm => safe_apply::confirm(ctx),
        FirewallCommand::Rollback => safe_apply::rollback(ctx),
        FirewallCommand::Watchdog { id } => safe_apply::watchdog(ctx, &id),
    }
}

fn preset_of(arg: PresetArg) -> Preset {
    match arg {
        PresetArg::MicadoKubeadm => Preset::MicadoKubeadm,
        PresetArg::MicadoK3s => Preset::MicadoK3s,
        PresetArg::None => Preset::None,
    }
}

pub(super) fn format_of(arg: FormatArg) -> Format {
    match arg {
        FormatArg::Nft => Format::Nft,
        FormatArg::Iptables => Format::Iptables,
    }
}

pub(super) fn backend_of(arg: BackendArg) -> Backend {
    match arg {
        BackendArg::Auto => Backend::Auto,
        BackendArg::Legacy => Backend::Legacy,
        BackendArg::Nft => Backend::Nft,
    }
}

fn init_policy(ctx: &Context<'_>, preset: PresetArg, out: Option<&Path>) -> anyhow::Result<i32> {
    let text = template::starting_policy(preset_of(preset));
    let Some(path) = out else {
        ctx.out.raw(text.as_bytes());
        return Ok(0);
    };
    if path.exists() {
        return Err(CliError::new(
            ErrorClass::AlreadyExists,
            format!("{} exists already", path.display()),
        )
        .hint("choose another --out file, or remove it first")
        .into());
    }
    fsutil::write_private_atomic(path, text.as_bytes())
        .map_err(|e| output_error("write", path, e))?;
    ctx.out.result(
        &json!({ "changed": true, "file": path, "preset": preset_of(preset) }),
        || format!("changed: wrote {}\n", path.display()),
    );
    Ok(0)
}

/// Loads the policy and builds its plan, printing the parser's warnings and
/// the plan's findings on stderr.
pub(super) fn load(ctx: &Context<'_>, path: &Path, strict: bool) -> anyhow::Result<(Policy, Plan)> {
    let policy = firewall::load_policy(path, strict)?;
    for warning in &policy.warnings {
        ctx.out.warn(warning);
    }
    let plan = Plan::build(&policy);
    for merge in &plan.merges {
        ctx.out.note(&format!("merged: {}", merge.describe()));
    }
    for shadow in &plan.shadows {
        ctx.out.warn(&format!("shadowed: {}", shadow.describe()));
    }
    for note in &plan.notes {
        ctx.out.warn(note);
    }
    Ok((policy, plan))
}

/// Renders and prints the adjustments made to fit the target.
pub(super) fn render_plan(
    ctx: &Context<'_>,
    plan: &Plan,
    format: Format,
    strict: bool,
) -> anyhow::Result<Rendering> {
    let rendering = firewall::render(plan, format, strict)?;
    for adjustment in &rendering.adjustments {
        ctx.out.warn(&format!("adjusted: {adjustment}"));
    }
    Ok(rendering)
}

#[derive(Serialize)]
struct RenderedFileResult {
    name: String,
    path: Option<PathBuf>,
    bytes: usize,
    changed: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    text: Option<String>,
}

fn render(
    ctx: &Context<'_>,
    path: &Path,
    format: FormatArg,
    out: Option<&Path>,
    explain: bool,
    strict: bool,
) -> anyhow::Result<i32> {
    let (_, plan) = load(ctx, path, strict)?;
    if explain {
        let lines = firewall::explain(&plan);
        ctx.out.result(
            &json!({ "rules": lines, "shadowed": plan.shadows, "merged": plan.merges, "notes": plan.notes }),
            || lines.iter().map(|line| format!("{line}\n")).collect(),
        );
        return Ok(0);
    }
    let rendering = render_plan(ctx, &plan, format_of(format), strict)?;
    let files = match (rendering.format, out) {
        (Format::Nft, None) => {
            let file = &rendering.files[0];
            if !ctx.out.is_json() {
                ctx.out.raw(file.text.as_bytes());
                return Ok(0);
            }
            vec![RenderedFileResult {
                name: file.name.clone(),
                path: None,
                bytes: file.text.len(),
                changed: false,
                text: Some(file.text.clone()),
            }]
        }
        (Format::Nft, Some(target)) => vec![write_rendered(
            target,
            &rendering.files[0].text,
            &rendering.files[0].name,
        )?],
        (Format::Iptables, None) => {
            return Err(CliError::new(
                ErrorClass::Usage,
                "--format iptables writes two files and needs --out DIR",
            )
            .hint("give --out DIR; rules.v4 and rules.v6 are written there")
            .into());
        }
        (Format::Iptables, Some(dir)) => {
            if dir.exists() && !dir.is_dir() {
                return Err(CliError::new(
                    ErrorClass::Usage,
                    format!("{} is not a directory", dir.display()),
                )
                .hint("--format iptables writes rules.v4 and rules.v6 into the --out directory")
                .into());
            }
            // An existing directory such as /etc/iptables keeps its mode.
            if !dir.is_dir() {
                fsutil::create_private_dir(dir).map_err(|e| output_error("create", dir, e))?;
            }
            rendering
                .files
                .iter()
                .map(|file| write_rendered(&dir.join(&file.name), &file.text, &file.name))
                .collect::<anyhow::Result<_>>()?
        }
    };
    let changed = files.iter().any(|file| file.changed);
    ctx.out.result(
        &json!({
            "changed": changed,
            "format": rendering.format,
            "files": files,
            "merged": plan.merges,
            "shadowed": plan.shadows,
            "adjusted": rendering.adjustments,
        }),
        || {
            files
                .iter()
                .map(|file| {
                    let path = file.path.as_deref().unwrap_or(Path::new("-"));
                    format!(
                        "{}: {} ({} bytes)\n",
                        changed_text(file.changed),
                        path.display(),
                        file.bytes
                    )
                })
                .collect()
        },
    );
    Ok(0)
}

/// Describes a failed write of an output file, with the exit code of its
/// cause: 4 for a missing directory, 7 for a permission denied.
fn output_error(action: &str, path: &Path, source: std::io::Error) -> anyhow::Error {
    let message = format!("cannot {action} {}: {source}", path.display());
    let class = FirewallError::Io {
        path: path.to_path_buf(),
        source,
    }
    .class();
    CliError::new(class, message).into()
}

/// Writes a rendered file unless it already has this content.
fn write_rendered(path: &Path, text: &str, name: &str) -> anyhow::Result<RenderedFileResult> {
    let unchanged = std::fs::read(path).is_ok_and(|existing| existing == text.as_bytes());
    if !unchanged {
        fsutil::write_private_atomic(path, text.as_bytes())
            .map_err(|e| output_error("write", path, e))?;
    }
    Ok(RenderedFileResult {
        name: name.to_string(),
        path: Some(path.to_path_buf()),
        bytes: text.len(),
        changed: !unchanged,
        text: None,
    })
}

fn check(ctx: &Context<'_>, args: &PolicyArgs) -> anyhow::Result<i32> {
    let (_, plan) = load(ctx, &args.policy, args.strict)?;
    let rendering = render_plan(ctx, &plan, format_of(args.format), args.strict)?;
    let report = firewall::check(&rendering, backend_of(args.backend), &args.policy)?;
    ctx.out.result(&report, || {
        let backend = report
            .backend
            .as_deref()
            .map(|backend| format!(" (iptables backend {backend})"))
            .unwrap_or_default();
        format!(
            "valid: {} accepted the rules of {}{backend}\n",
            report.commands.join(" and "),
            args.policy.display()
        )
    });
    Ok(0)
}
