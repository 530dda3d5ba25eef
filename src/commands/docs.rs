//! Shell completions and man pages, generated from the one clap definition.
//!
//! The man pages follow the command groups: `micadoctl.1` for the program and
//! `micadoctl-GROUP.1` for each top-level command, which also documents every
//! subcommand of that group. clap_mangen renders one page per command and
//! points group pages to subcommand pages that would not exist here, so the
//! pages are assembled from the clap definition with the `roff` crate instead.

use std::path::Path;

use anyhow::Context;
use clap::{Arg, ArgAction, Command, CommandFactory};
use clap_mangen::roff::{Inline, Roff, bold, italic, roman};

use crate::cli::Cli;
use crate::output::Output;

/// Prints the completion script for `shell`.
pub fn completions(shell: clap_complete::Shell, out: &Output) -> anyhow::Result<i32> {
    // NOTE: clap_complete 4.6 ignores `hide`, so the scripts also complete the
    // hidden `manpages` command.
    let mut command = Cli::command();
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut command, "micadoctl", &mut script);
    // Through the output layer, so that `| head` ends quietly.
    out.raw(&script);
    Ok(0)
}

/// Writes `micadoctl.1` and one `micadoctl-GROUP.1` per visible top-level
/// command into `dir`.
pub fn manpages(dir: &Path) -> anyhow::Result<i32> {
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let mut root = Cli::command();
    root.build();
    let source = format!("micadoctl {}", root.get_version().unwrap_or_default());

    write_page(dir, "micadoctl", &program_page(&root, &source))?;
    for command in visible_subcommands(&root) {
        let name = format!("micadoctl-{}", command.get_name());
        write_page(dir, &name, &group_page(command, &name, &source))?;
    }
    Ok(0)
}

fn write_page(dir: &Path, name: &str, page: &Roff) -> anyhow::Result<()> {
    let path = dir.join(format!("{name}.1"));
    std::fs::write(&path, page.render()).with_context(|| format!("cannot write {}", path.display()))
}

/// Renders the page of the program: its commands, global options, exit codes and examples.
fn program_page(root: &Command, source: &str) -> Roff {
    let mut page = page_header("micadoctl", root, source, &[usage(root)]);

    page.control("SH", ["COMMANDS"]);
    for command in visible_subcommands(root) {
        page.control("TP", []);
        page.text([bold(format!("micadoctl {}", command.get_name()))]);
        page.text([roman(about(command))]);
        page.control("br", []);
        page.text([roman(format!("See micadoctl-{}(1).", command.get_name()))]);
    }

    page.control("SH", ["OPTIONS"]);
    options(&mut page, root.get_arguments());
    after_help(&mut page, root, "EXIT STATUS");

    page.control("SH", ["SEE ALSO"]);
    let pages: Vec<String> = visible_subcommands(root)
        .map(|command| format!("micadoctl-{}(1)", command.get_name()))
        .collect();
    page.text([roman(pages.join(", "))]);
    page
}

/// Renders the page of one top-level command. A group's page documents each
/// of its subcommands in turn.
fn group_page(command: &Command, name: &str, source: &str) -> Roff {
    let subcommands: Vec<&Command> = visible_subcommands(command).collect();
    let synopsis: Vec<String> = if subcommands.is_empty() {
        vec![usage(command)]
    } else {
        subcommands.iter().map(|c| usage(c)).collect()
    };
    let mut page = page_header(name, command, source, &synopsis);

    if subcommands.is_empty() {
        page.control("SH", ["OPTIONS"]);
        options(&mut page, own_arguments(command));
    } else {
        page.control("SH", ["COMMANDS"]);
        for subcommand in subcommands {
            subcommand_section(&mut page, subcommand);
        }
    }

    page.control("SH", ["GLOBAL OPTIONS"]);
    options(
        &mut page,
        command.get_arguments().filter(|a| a.is_global_set()),
    );
    after_help(&mut page, command, "NOTES");

    page.control("SH", ["SEE ALSO"]);
    page.text([roman(
        "micadoctl(1), which also lists the exit codes of every command.",
    )]);
    page
}

/// Writes `.TH`, NAME, SYNOPSIS with one line per usage, and DESCRIPTION.
fn page_header(name: &str, command: &Command, source: &str, synopsis: &[String]) -> Roff {
    let mut page = Roff::new();
    let title = name.to_uppercase();
    page.control("TH", [title.as_str(), "1", "", source, "micadoctl manual"]);

    page.control("SH", ["NAME"]);
    page.text([roman(format!("{name} - {}", about(command)))]);

    page.control("SH", ["SYNOPSIS"]);
    for (i, line) in synopsis.iter().enumerate() {
        if i > 0 {
            page.control("br", []);
        }
        page.text([bold(line)]);
    }

    page.control("SH", ["DESCRIPTION"]);
    paragraphs(&mut page, &description(command));
    page
}

/// Renders one subcommand of a group: usage, description, options, notes and examples.
fn subcommand_section(page: &mut Roff, command: &Command) {
    let path = usage_path(command);
    page.control("SS", [path.as_str()]);
    page.text([bold(usage(command))]);
    page.control("PP", []);
    paragraphs(page, &description(command));

    let (positionals, flags): (Vec<&Arg>, Vec<&Arg>) =
        own_arguments(command).partition(|a| a.is_positional());
    for (label, arguments) in [("Arguments:", positionals), ("Options:", flags)] {
        if arguments.is_empty() {
            continue;
        }
        page.control("PP", []);
        page.text([italic(label)]);
        page.control("RS", ["4"]);
        options(page, arguments.into_iter());
        page.control("RE", []);
    }
    if let Some(text) = after_help_text(command) {
        page.control("PP", []);
        preformatted(page, &text);
    }
}

/// Renders the text after the option list: everything before `Examples:` under
/// `notes_heading`, and the examples under EXAMPLES.
fn after_help(page: &mut Roff, command: &Command, notes_heading: &str) {
    let Some(text) = after_help_text(command) else {
        return;
    };
    let (notes, examples) = match text.find("Examples:\n") {
        Some(at) => (&text[..at], Some(&text[at + "Examples:\n".len()..])),
        None => (text.as_str(), None),
    };
    let notes = notes.trim_end();
    if !notes.is_empty() {
        page.control("SH", [notes_heading]);
        preformatted(page, notes);
    }
    if let Some(examples) = examples {
        page.control("SH", ["EXAMPLES"]);
        preformatted(page, examples.trim_end());
    }
}

/// Renders arguments as tagged paragraphs: positionals first, then options.
fn options<'a>(page: &mut Roff, arguments: impl Iterator<Item = &'a Arg>) {
    let (positionals, flags): (Vec<&Arg>, Vec<&Arg>) = arguments
        .filter(|a| !a.is_hide_set() && !is_help(a))
        .partition(|a| a.is_positional());
    for arg in positionals.into_iter().chain(flags) {
        page.control("TP", []);
        page.text(argument_header(arg));
        if let Some(help) = arg.get_long_help().or_else(|| arg.get_help()) {
            paragraphs(page, &help.to_string());
        }
        argument_details(page, arg);
    }
}

/// Builds the tag line of an argument, such as `-o, --output FORMAT` or `<NAME>`.
fn argument_header(arg: &Arg) -> Vec<Inline> {
    let names = value_names(arg);
    if arg.is_positional() {
        let text = if arg.is_required_set() {
            format!("<{names}>")
        } else {
            format!("[{names}]")
        };
        return vec![italic(text + repeat_marker(arg))];
    }

    let mut header = Vec::new();
    if let Some(short) = arg.get_short() {
        header.push(bold(format!("-{short}")));
    }
    if let Some(long) = arg.get_long() {
        if !header.is_empty() {
            header.push(roman(", "));
        }
        header.push(bold(format!("--{long}")));
    }
    if takes_value(arg) {
        header.push(roman(" "));
        header.push(italic(names));
    }
    header
}

/// Writes the default value, environment variable and possible values of an argument.
fn argument_details(page: &mut Roff, arg: &Arg) {
    let mut facts = Vec::new();
    if takes_value(arg) && !arg.is_hide_default_value_set() {
        let defaults: Vec<String> = arg
            .get_default_values()
            .iter()
            .map(|v| v.to_string_lossy().into_owned())
            .collect();
        if !defaults.is_empty() {
            facts.push(format!("Default: {}.", defaults.join(", ")));
        }
    }
    if let Some(env) = arg.get_env().filter(|_| !arg.is_hide_env_set()) {
        facts.push(format!("Environment variable: {}.", env.to_string_lossy()));
    }
    for fact in facts {
        page.control("br", []);
        page.text([roman(fact)]);
    }

    let values: Vec<_> = arg
        .get_possible_values()
        .into_iter()
        .filter(|v| !v.is_hide_set())
        .collect();
    if values.is_empty() || !takes_value(arg) {
        return;
    }
    if values.iter().all(|v| v.get_help().is_none()) {
        let names: Vec<&str> = values.iter().map(|v| v.get_name()).collect();
        page.control("br", []);
        page.text([roman(format!("Possible values: {}.", names.join(", ")))]);
        return;
    }
    page.control("br", []);
    page.text([roman("Possible values:")]);
    for value in values {
        page.control("br", []);
        let help = value
            .get_help()
            .map(|h| format!(": {h}"))
            .unwrap_or_default();
        page.text([bold(value.get_name()), roman(help)]);
    }
}

/// Writes `text` line by line with the layout it has in `--help`.
fn preformatted(page: &mut Roff, text: &str) {
    page.control("nf", []);
    for line in text.lines() {
        if line.trim().is_empty() {
            page.control("sp", []);
        } else {
            page.text([roman(line)]);
        }
    }
    page.control("fi", []);
}

/// Writes `text` as filled paragraphs, one per block of non-empty lines.
fn paragraphs(page: &mut Roff, text: &str) {
    for (i, block) in text.split("\n\n").enumerate() {
        if i > 0 {
            page.control("PP", []);
        }
        page.text([roman(block.trim())]);
    }
}

fn visible_subcommands(command: &Command) -> impl Iterator<Item = &Command> {
    command
        .get_subcommands()
        .filter(|c| !c.is_hide_set() && c.get_name() != "help")
}

/// Returns the visible arguments that belong to `command` itself, without the
/// global ones and `--help`.
fn own_arguments(command: &Command) -> impl Iterator<Item = &Arg> {
    command
        .get_arguments()
        .filter(|a| !a.is_global_set() && !a.is_hide_set() && !is_help(a))
}

fn is_help(arg: &Arg) -> bool {
    matches!(
        arg.get_action(),
        ArgAction::Help | ArgAction::HelpShort | ArgAction::HelpLong
    )
}

fn takes_value(arg: &Arg) -> bool {
    arg.get_num_args().is_some_and(|n| n.takes_values())
}

fn value_names(arg: &Arg) -> String {
    match arg.get_value_names() {
        Some(names) => names
            .iter()
            .map(|n| n.as_str())
            .collect::<Vec<_>>()
            .join(" "),
        None => arg.get_id().as_str().to_uppercase(),
    }
}

fn repeat_marker(arg: &Arg) -> &'static str {
    let repeats = arg.get_num_args().is_some_and(|n| n.max_values() > 1);
    if repeats { "..." } else { "" }
}

fn about(command: &Command) -> String {
    command
        .get_about()
        .map(ToString::to_string)
        .unwrap_or_default()
}

fn description(command: &Command) -> String {
    command
        .get_long_about()
        .or_else(|| command.get_about())
        .map(ToString::to_string)
        .unwrap_or_default()
}

fn after_help_text(command: &Command) -> Option<String> {
    command
        .get_after_long_help()
        .or_else(|| command.get_after_help())
        .map(ToString::to_string)
}

/// Returns the usage line without its `Usage: ` label, such as
/// `micadoctl cred get [OPTIONS] <NAME>`.
fn usage(command: &Command) -> String {
    let text = command.clone().render_usage().to_string();
    text.trim_start_matches("Usage:").trim().to_string()
}

/// Returns the command path, such as `micadoctl cred get`.
fn usage_path(command: &Command) -> String {
    command
        .get_bin_name()
        .unwrap_or_else(|| command.get_name())
        .to_string()
}
