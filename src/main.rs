//! `micadoctl`: the security toolkit for MiCADO cloud orchestration clusters.

mod cli;
mod commands;
mod exit;
mod output;
mod progress;
mod prompts;

use clap::Parser;

fn main() {
    let mut cli = match cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => exit::usage_error(error),
    };
    cli.global.drop_empty_values();
    let out = output::Output::new(&cli.global);
    let code = match commands::run(cli, &out) {
        Ok(code) => code,
        Err(error) => exit::report(&error, &out),
    };
    std::process::exit(code);
}
