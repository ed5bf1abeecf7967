//! The `mawqif` command: `extract`, `corpus`, `evaluate` and `view`, behind the default
//! feature `cli`.
//!
//! The installed command (`src/bin/mawqif.rs`) and the example programs of the same names
//! (`cargo run --example extract`) are thin wrappers over [`run`] and [`run_command`], so
//! that both take the same arguments and behave the same way. Library users who want none
//! of this (nor its dependencies, `flate2` and `mimalloc`) turn the feature off:
//!
//! ```toml
//! mawqif = { version = "0.1", default-features = false }
//! ```
//!
//! Every command follows the same conventions: input from a path, `-` or a pipe on
//! standard input; unknown options and bad values are errors that say what was wrong
//! (exit status 2); a reader that stops early (`mawqif corpus … | head`) ends the
//! command quietly with status 0; summaries go to standard error after any error.
//!
//! ```
//! use std::process::ExitCode;
//! // What `mawqif extract --bogus` does: a usage error, status 2.
//! assert_eq!(mawqif::cli::run(["mawqif", "extract", "--bogus"]), ExitCode::from(2));
//! ```

pub mod corpus;
pub mod evaluate;
pub mod extract;
mod table;
pub mod view;

use std::ffi::OsString;
use std::io::{self, Write};
use std::process::ExitCode;

/// The exit status of a usage error: an unknown option, a missing or bad value.
pub const USAGE_ERROR: u8 = 2;

const USAGE: &str = "\
mawqif — who said what, and which stance they took, in Arabic news

usage: mawqif COMMAND [OPTIONS] [ARGS]

commands:
  extract    analyze one article: a table of actors, quotes and stances, or its JSON
  corpus     analyze a corpus, one JSON object a line: JSON Lines, CSV or TSV out
  evaluate   score the analyses against gold annotation files
  view       an HTML page showing one article's analysis, or a whole corpus's
  help       this text; `mawqif help COMMAND` or `mawqif COMMAND --help` for each

Formats are described in docs/FORMAT.md. Exit status: 0 success, 1 an input could not
be read or the output not written, 2 a usage error.";

/// Runs the `mawqif` command on its full argument list (program name first) and returns
/// its exit status.
pub fn run<I, S>(args: I) -> ExitCode
where
    I: IntoIterator<Item = S>,
    S: Into<OsString>,
{
    let mut args = args.into_iter().map(Into::into).skip(1);
    let Some(command) = args.next() else {
        warn("mawqif", &format!("a command is needed\n\n{USAGE}"));
        return ExitCode::from(USAGE_ERROR);
    };
    let command = command.to_string_lossy().into_owned();
    match command.as_str() {
        "-h" | "--help" | "help" => match args.next() {
            Some(topic) => {
                let topic = topic.to_string_lossy().into_owned();
                run_command(&topic, ["--help"])
            }
            None => print_text(USAGE),
        },
        "-V" | "--version" => print_text(&format!("mawqif {}", env!("CARGO_PKG_VERSION"))),
        _ => run_command(&command, args),
    }
}

/// Runs one command (`"extract"`, `"corpus"`, `"evaluate"`, `"view"`) on its arguments
/// (without the program and command names): what the example programs call.
pub fn run_command<I, S>(command: &str, args: I) -> ExitCode
where
    I: IntoIterator<Item = S>,
    S: Into<OsString>,
{
    let args = match utf8_args(command, args) {
        Ok(a) => a,
        Err(code) => return code,
    };
    match command {
        "extract" => extract::main(args),
        "corpus" => corpus::main(args),
        "evaluate" => evaluate::main(args),
        "view" => view::main(args),
        _ => {
            warn(
                "mawqif",
                &format!("unknown command {command:?}: expected extract, corpus, evaluate or view"),
            );
            ExitCode::from(USAGE_ERROR)
        }
    }
}

/// The arguments as strings; an argument that is not UTF-8 is a usage error.
fn utf8_args<I, S>(command: &str, args: I) -> Result<Vec<String>, ExitCode>
where
    I: IntoIterator<Item = S>,
    S: Into<OsString>,
{
    args.into_iter()
        .map(|a| {
            a.into().into_string().map_err(|bad| {
                warn(command, &format!("argument {bad:?} is not UTF-8"));
                ExitCode::from(USAGE_ERROR)
            })
        })
        .collect()
}

/// Writes a message to standard error, `command: message`. Never panics: with standard
/// error closed there is nobody to tell.
pub(crate) fn warn(command: &str, message: &str) {
    let _ = writeln!(io::stderr().lock(), "{command}: {message}");
}

/// A usage error: the message, a pointer to `--help`, status 2.
pub(crate) fn usage_error(command: &str, message: &str) -> ExitCode {
    warn(
        command,
        &format!("{message}\n(`mawqif {command} --help` lists the options)"),
    );
    ExitCode::from(USAGE_ERROR)
}

/// Prints a text (a usage, a report) on standard output.
pub(crate) fn print_text(text: &str) -> ExitCode {
    let mut out = io::stdout().lock();
    let written = writeln!(out, "{text}").and_then(|()| out.flush());
    finish("mawqif", written)
}

/// The exit status after writing the output: a reader that stopped early (`| head`) is
/// no error.
pub(crate) fn finish(command: &str, written: io::Result<()>) -> ExitCode {
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            warn(command, &format!("writing the output: {e}"));
            ExitCode::FAILURE
        }
    }
}

/// The value after an option, or a usage error naming the option and what it needs.
pub(crate) fn value_of(
    args: &mut impl Iterator<Item = String>,
    option: &str,
    what: &str,
) -> Result<String, String> {
    args.next()
        .ok_or_else(|| format!("{option} needs a value: {what}"))
}

/// The article date forms every command accepts, for help texts and error messages.
pub(crate) const DATE_FORMS: &str =
    "YYYY-MM-DD or DD/MM/YYYY, optionally followed by a time after a space or a T (2015-07-21 02:51:32, 2015-07-21T02:51:32Z, 21/07/2015 02:51)";

/// Parses an article date, saying what was expected when it fails.
pub(crate) fn parse_date(value: &str) -> Result<crate::Date, String> {
    value
        .parse::<crate::Date>()
        .map_err(|_| format!("not a date: {value:?} (expected {DATE_FORMS})"))
}

/// Reads a whole text: a path, or standard input for `-`.
pub(crate) fn read_text(path: &str) -> Result<String, String> {
    use std::io::Read;
    let (name, bytes) = if path == "-" {
        let mut buf = Vec::new();
        io::stdin()
            .lock()
            .read_to_end(&mut buf)
            .map_err(|e| format!("standard input: {e}"))?;
        ("standard input".to_string(), buf)
    } else {
        let bytes = std::fs::read(path).map_err(|e| format!("{path}: {e}"))?;
        (path.to_string(), bytes)
    };
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "{name}: not UTF-8 text (invalid byte at {})",
            e.utf8_error().valid_up_to()
        )
    })
}
