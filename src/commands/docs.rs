//! Shell completions and man pages, generated from the one clap definition.

use std::path::Path;

use anyhow::Context;
use clap::CommandFactory;

use crate::cli::Cli;

/// Prints the completion script for `shell`.
pub fn completions(shell: clap_complete::Shell) -> anyhow::Result<i32> {
    let mut command = Cli::command();
    clap_complete::generate(shell, &mut command, "micadoctl", &mut std::io::stdout());
    Ok(0)
}

/// Writes one man page per command group into `dir`.
pub fn manpages(dir: &Path) -> anyhow::Result<i32> {
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let command = Cli::command();
    write_page(dir, &command, "micadoctl")?;
    for sub in command.get_subcommands().filter(|s| !s.is_hide_set()) {
        let name = format!("micadoctl-{}", sub.get_name());
        let sub = sub.clone().name(name.clone());
        write_page(dir, &sub, &name)?;
    }
    Ok(0)
}

fn write_page(dir: &Path, command: &clap::Command, name: &str) -> anyhow::Result<()> {
    let mut page = Vec::new();
    clap_mangen::Man::new(command.clone()).render(&mut page)?;
    let path = dir.join(format!("{name}.1"));
    std::fs::write(&path, page).with_context(|| format!("cannot write {}", path.display()))
}
