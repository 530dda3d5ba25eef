//! `micadoctl`: the security toolkit for MiCADO cloud orchestration clusters.

mod cli;
mod commands;
mod exit;
mod output;
mod prompts;

use clap::Parser;

fn main() {
    let cli = cli::Cli::parse();
    let out = output::Output::new(&cli.global);
    let code = match commands::run(cli, &out) {
        Ok(code) => code,
        Err(error) => exit::report(&error, &out),
    };
    std::process::exit(code);
}
