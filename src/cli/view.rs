//! `mawqif view`: the HTML page of one article's analysis ([`crate::view::render_page`]),
//! or of every article of a corpus with an index page ([`crate::view::render_index`]).
//!
//! ```text
//! mawqif view article.txt > article.html
//! mawqif view --corpus news.jsonl.gz --limit 100 -o pages/
//! ```

use std::fs::File;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::corpus::{analyze_guarded, open_input, read_article, read_line_bounded};
use super::{finish, parse_date, print_text, read_text, usage_error, value_of, warn};
use crate::view::{render_index, render_page, IndexEntry};
use crate::{Date, Extractor};

const COMMAND: &str = "view";

/// The longest corpus line read whole; longer ones are skipped, saying so.
const MAX_LINE_BYTES: usize = 64 << 20;

/// The `--help` text.
pub const HELP: &str = "\
usage: mawqif view [OPTIONS] [PATH | -]
       mawqif view --corpus PATH -o DIR [--limit N]

Writes a self-contained HTML page (no network, right to left) that shows an analysis:
the text with each actor's mentions coloured per actor, quotes tied to their speaker,
stance evidence marked by label; beside it tables of actors, quotes and stances with
targets and scores. Hovering or clicking a row lights its spans.

One article:
  Input: PATH, a UTF-8 text file; `-` for standard input. With no PATH, standard input
  when it is piped or redirected, else the bundled sample article.
  Output: the page, on standard output or in `-o FILE`.
  --date DATE       the article's date, so that role phrases resolve to the holder on
                    that day. DATE: YYYY-MM-DD, optionally followed by a time after a
                    space or a T (2015-07-21 02:51:32, 2015-07-21T02:51:32Z)
  --title TITLE     the page's title (default: the file name)

A corpus:
  --corpus PATH     JSON Lines as `mawqif corpus` reads them (gzip allowed, `-` for
                    standard input): each line's `text`, `id` and `date`
  -o, --output DIR  required: DIR/index.html lists the articles (id, title, counts),
                    DIR/pages/N.html is the page of input line N. DIR is created.
  --limit N         only the first N lines
  Lines that cannot be read (bad JSON, no text) get no page; they are reported on
  standard error with their line number, and so is a bad date (that article's page is
  made without a date).

  -h, --help        this text

Exit status: 0 success (also when the reader of the output stops early); 1 an input
could not be read or an output not written; 2 a usage error (unknown option, bad date,
--corpus without -o).";

/// Runs `mawqif view` with these arguments (without the command name).
pub fn main(args: Vec<String>) -> ExitCode {
    let mut date: Option<Date> = None;
    let mut title: Option<String> = None;
    let mut output: Option<String> = None;
    let mut corpus: Option<String> = None;
    let mut limit: Option<usize> = None;
    let mut path: Option<String> = None;
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        let parsed: Result<(), String> = match arg.as_str() {
            "-h" | "--help" => return print_text(HELP),
            "--date" => value_of(&mut args, "--date", super::DATE_FORMS)
                .and_then(|v| parse_date(&v).map_err(|e| format!("--date: {e}")))
                .map(|d| date = Some(d)),
            "--title" => value_of(&mut args, "--title", "a title").map(|t| title = Some(t)),
            "-o" | "--output" => value_of(&mut args, &arg, "a path").map(|o| output = Some(o)),
            "--corpus" => {
                value_of(&mut args, "--corpus", "a JSON Lines file").map(|c| corpus = Some(c))
            }
            "--limit" => value_of(&mut args, "--limit", "a number").and_then(|n| {
                n.parse()
                    .map(|n| limit = Some(n))
                    .map_err(|_| format!("--limit: not a number: {n:?}"))
            }),
            _ if arg.starts_with('-') && arg != "-" => Err(format!("unknown option {arg:?}")),
            _ if path.is_some() => Err(format!(
                "one article at a time: {:?} and {arg:?} given (`--corpus` takes many)",
                path.as_deref().unwrap_or_default()
            )),
            _ => {
                path = Some(arg);
                Ok(())
            }
        };
        if let Err(e) = parsed {
            return usage_error(COMMAND, &e);
        }
    }
    match corpus {
        Some(corpus) => {
            if path.is_some() || date.is_some() || title.is_some() {
                return usage_error(
                    COMMAND,
                    "--corpus takes its texts, ids and dates from its lines: no PATH, --date or --title",
                );
            }
            let Some(dir) = output else {
                return usage_error(COMMAND, "--corpus needs -o DIR, where the pages go");
            };
            view_corpus(&corpus, Path::new(&dir), limit)
        }
        None => {
            if limit.is_some() {
                return usage_error(COMMAND, "--limit goes with --corpus");
            }
            view_article(path, date, title, output)
        }
    }
}

/// One article's page, on standard output or in a file.
fn view_article(
    path: Option<String>,
    date: Option<Date>,
    title: Option<String>,
    output: Option<String>,
) -> ExitCode {
    let path = path.or_else(|| (!io::stdin().is_terminal()).then(|| "-".to_string()));
    let (text, default_title) = match path.as_deref() {
        None => (crate::SAMPLE_ARTICLE.to_string(), "sample".to_string()),
        Some(p) => match read_text(p) {
            Ok(t) => (t, if p == "-" { "standard input" } else { p }.to_string()),
            Err(e) => {
                warn(COMMAND, &e);
                return ExitCode::FAILURE;
            }
        },
    };
    let analysis = match analyze_guarded(&Extractor::bundled(), &text, date) {
        Ok(a) => a,
        Err(e) => {
            warn(COMMAND, &e);
            return ExitCode::FAILURE;
        }
    };
    let page = render_page(&text, &analysis, title.as_deref().unwrap_or(&default_title));
    match output.as_deref() {
        None | Some("-") => {
            let mut out = io::stdout().lock();
            finish(
                COMMAND,
                out.write_all(page.as_bytes()).and_then(|()| out.flush()),
            )
        }
        Some(file) => match std::fs::write(file, page) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                warn(COMMAND, &format!("{file}: {e}"));
                ExitCode::FAILURE
            }
        },
    }
}

/// Every article of a corpus: a page each, and the index.
fn view_corpus(input: &str, dir: &Path, limit: Option<usize>) -> ExitCode {
    let pages = dir.join("pages");
    if let Err(e) = std::fs::create_dir_all(&pages) {
        warn(COMMAND, &format!("{}: {e}", pages.display()));
        return ExitCode::FAILURE;
    }
    let mut reader = match open_input(input) {
        Ok(r) => r,
        Err(e) => {
            warn(COMMAND, &format!("{input}: {e}"));
            return ExitCode::FAILURE;
        }
    };
    let extractor = Extractor::bundled();
    let mut entries = Vec::new();
    let mut number = 0usize;
    let mut failed = false;
    while limit.is_none_or(|n| number < n) {
        let mut line = Vec::new();
        let (size, over) = match read_line_bounded(&mut *reader, &mut line, MAX_LINE_BYTES) {
            Ok(r) => r,
            Err((_, e)) => {
                warn(COMMAND, &format!("{input}: {e}"));
                failed = true;
                break;
            }
        };
        if size == 0 {
            break;
        }
        number += 1;
        if over {
            warn(
                COMMAND,
                &format!("line {number}: longer than {MAX_LINE_BYTES} bytes: skipped"),
            );
            continue;
        }
        while matches!(line.last(), Some(b'\n' | b'\r')) {
            line.pop();
        }
        let article = match read_article(None, line, number == 1) {
            Ok(a) => {
                if let Some(warning) = &a.warning {
                    warn(COMMAND, &format!("line {number}: {warning}"));
                }
                a
            }
            Err((_, e)) => {
                warn(COMMAND, &format!("line {number}: {e}"));
                continue;
            }
        };
        let analysis = match analyze_guarded(&extractor, &article.text, article.date) {
            Ok(a) => a,
            Err(e) => {
                warn(COMMAND, &format!("line {number}: {e}"));
                continue;
            }
        };
        let id = super::table::id_text(article.id.as_deref());
        let title = title_of(&article.text, &id, number);
        let href = format!("pages/{number}.html");
        let page = render_page(&article.text, &analysis, &title);
        if let Err(e) = std::fs::write(dir.join(&href), page) {
            warn(COMMAND, &format!("{}: {e}", dir.join(&href).display()));
            return ExitCode::FAILURE;
        }
        entries.push(IndexEntry {
            id,
            title,
            href,
            actors: analysis.actors.len(),
            quotes: analysis.quotes.len(),
            stances: analysis.stances.len(),
        });
    }
    let index: PathBuf = dir.join("index.html");
    let written = File::create(&index).and_then(|f| {
        let mut out = BufWriter::new(f);
        out.write_all(render_index(&entries).as_bytes())?;
        out.flush()
    });
    if let Err(e) = written {
        warn(COMMAND, &format!("{}: {e}", index.display()));
        return ExitCode::FAILURE;
    }
    warn(
        COMMAND,
        &format!(
            "wrote {} article {} and the index, {}",
            entries.len(),
            if entries.len() == 1 { "page" } else { "pages" },
            index.display()
        ),
    );
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// A page's title: the article's first non-empty line, cut to 80 chars, else its id.
fn title_of(text: &str, id: &str, number: usize) -> String {
    let first = text.lines().map(str::trim).find(|l| !l.is_empty());
    match first {
        Some(line) if line.chars().count() > 80 => {
            let mut cut: String = line.chars().take(80).collect();
            cut.push('…');
            cut
        }
        Some(line) => line.to_string(),
        None if !id.is_empty() => id.to_string(),
        None => format!("line {number}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_come_from_the_first_line() {
        assert_eq!(title_of("\n  عنوان الخبر \nنص", "7", 1), "عنوان الخبر");
        assert_eq!(title_of("", "a7", 3), "a7");
        assert_eq!(title_of(" \n", "", 3), "line 3");
        let long = "ب".repeat(100);
        assert_eq!(title_of(&long, "", 1).chars().count(), 81);
    }
}
