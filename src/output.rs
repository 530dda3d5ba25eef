//! The one place that writes to the terminal: results to stdout, notes,
//! warnings and errors to stderr.

use std::io::{IsTerminal, Write};

use serde::Serialize;

use crate::cli::{ColorChoice, GlobalArgs, OutputFormat};

/// Output settings: format, verbosity and colour.
#[derive(Clone)]
pub struct Output {
    format: OutputFormat,
    quiet: u8,
    verbose: u8,
    color: bool,
}

impl Output {
    /// Builds the output settings from the global options and `NO_COLOR`.
    pub fn new(global: &GlobalArgs) -> Self {
        let color = match global.color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                std::io::stderr().is_terminal()
                    && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
            }
        };
        Output {
            format: global.output,
            quiet: global.quiet,
            verbose: global.verbose,
            color,
        }
    }

    /// Returns whether results are printed as JSON.
    pub fn is_json(&self) -> bool {
        self.format == OutputFormat::Json
    }

    /// Prints a result: `value` as JSON, or the text that `text` renders.
    pub fn result<T: Serialize>(&self, value: &T, text: impl FnOnce() -> String) {
        let rendered = if self.is_json() {
            let mut json = serde_json::to_string_pretty(value).expect("results serialise to JSON");
            json.push('\n');
            json
        } else {
            text()
        };
        write_stdout(rendered.as_bytes());
    }

    /// Writes raw data to stdout, such as an exported file or one field.
    pub fn raw(&self, data: &[u8]) {
        write_stdout(data);
    }

    /// Prints an informational line on stderr, unless quiet.
    pub fn note(&self, message: &str) {
        if self.quiet == 0 {
            eprintln!("{message}");
        }
    }

    /// Prints a detail line on stderr when `-v` was given.
    pub fn detail(&self, message: &str) {
        if self.verbose > 0 && self.quiet == 0 {
            eprintln!("{message}");
        }
    }

    /// Prints a warning on stderr, unless quiet.
    pub fn warn(&self, message: &str) {
        if self.quiet == 0 {
            eprintln!("{} {message}", self.paint("warning:", "33"));
        }
    }

    /// Prints an error and its hint on stderr, and a JSON error document on
    /// stdout when JSON output was chosen.
    pub fn error(&self, message: &str, hint: Option<&str>, code: i32) {
        eprintln!("{} {message}", self.paint("error:", "31"));
        if let Some(hint) = hint {
            eprintln!("{} {hint}", self.paint("hint:", "36"));
        }
        if self.is_json() {
            let doc = serde_json::json!({ "error": { "message": message, "hint": hint, "exit_code": code } });
            write_stdout(format!("{doc:#}\n").as_bytes());
        }
    }

    fn paint(&self, text: &str, ansi: &str) -> String {
        if self.color {
            format!("\x1b[{ansi}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }
}

/// Writes to stdout; a closed pipe (`| head`) ends the program quietly.
fn write_stdout(data: &[u8]) {
    let mut stdout = std::io::stdout().lock();
    if let Err(e) = stdout.write_all(data).and_then(|()| stdout.flush()) {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
        eprintln!("error: cannot write to stdout: {e}");
        std::process::exit(1);
    }
}

/// Renders rows as a text table with a header.
pub fn table<R: tabled::Tabled>(rows: &[R]) -> String {
    use tabled::settings::{Padding, Style};

    let mut table = tabled::Table::new(rows);
    table.with(Style::blank()).with(Padding::new(0, 2, 0, 0));
    table
        .to_string()
        .lines()
        .map(|line| format!("{}\n", line.trim_end()))
        .collect()
}
