//! `mawqif extract`: analyzes one article and prints its actors, quotes and stances, as a
//! table or as JSON.
//!
//! ```text
//! mawqif extract                        # the bundled sample (or piped standard input)
//! mawqif extract article.txt            # a file
//! mawqif extract --json --date 2015-08-11 article.txt
//! cat article.txt | mawqif extract --json
//! ```

use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

use super::{finish, parse_date, print_text, read_text, usage_error, value_of, warn};
use crate::{Analysis, Date, Extractor, LexiconStats};

const COMMAND: &str = "extract";

/// The `--help` text.
pub const HELP: &str = "\
usage: mawqif extract [OPTIONS] [PATH | -]

Analyzes one article and prints the actors it mentions, the quotes (reported speech) and
the stances (condemn, praise, justify) it finds.

Input: PATH, a UTF-8 text file; `-` for standard input. With no PATH, standard input
when it is piped or redirected, else the bundled sample article.

Output, on standard output:
  (default)     a table: actors with their mentions, quotes with speaker, cue and
                content, stances with score, target and evidence
  --json        the analysis as JSON (docs/FORMAT.md), pretty-printed
  --compact     with --json: on one line
  --stats       the counts of the bundled lexicons, instead of an analysis

Options:
  --date DATE   the article's date, so that role phrases (الرئيس الأمريكي) resolve to
                the holder on that day. DATE: YYYY-MM-DD, optionally followed by a time
                after a space or a T (2015-07-21 02:51:32, 2015-07-21T02:51:32Z)
  -h, --help    this text

Exit status: 0 success (also when the reader of the output stops early, as `| head`
does); 1 the input could not be read (missing, not UTF-8) or the output not written;
2 a usage error (unknown option, bad date, two paths).";

/// Runs `mawqif extract` with these arguments (without the command name).
pub fn main(args: Vec<String>) -> ExitCode {
    let mut json = false;
    let mut compact = false;
    let mut stats = false;
    let mut date: Option<Date> = None;
    let mut path: Option<String> = None;
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--json" => json = true,
            "--compact" => compact = true,
            "--stats" => stats = true,
            "--date" => {
                let parsed = value_of(&mut args, "--date", super::DATE_FORMS)
                    .and_then(|v| parse_date(&v).map_err(|e| format!("--date: {e}")));
                match parsed {
                    Ok(d) => date = Some(d),
                    Err(e) => return usage_error(COMMAND, &e),
                }
            }
            "-h" | "--help" => return print_text(HELP),
            _ if arg.starts_with('-') && arg != "-" => {
                return usage_error(COMMAND, &format!("unknown option {arg:?}"))
            }
            _ => match set_once(path, arg) {
                Ok(p) => path = p,
                Err(e) => return usage_error(COMMAND, &e),
            },
        }
    }
    if stats {
        let extractor = Extractor::bundled();
        let text = stats_text(&extractor.lexicon_stats(), extractor.pattern_count());
        return print_text(&text);
    }
    let path = path.or_else(|| (!io::stdin().is_terminal()).then(|| "-".to_string()));
    let text = match path.as_deref() {
        None => crate::SAMPLE_ARTICLE.to_string(),
        Some(p) => match read_text(p) {
            Ok(t) => t,
            Err(e) => {
                warn(COMMAND, &e);
                return ExitCode::FAILURE;
            }
        },
    };
    let analysis = Extractor::bundled().analyze_dated(&text, date);
    let mut out = io::BufWriter::new(io::stdout().lock());
    let written = if json {
        let rendered = if compact {
            serde_json::to_string(&analysis)
        } else {
            serde_json::to_string_pretty(&analysis)
        };
        rendered
            .map_err(io::Error::other)
            .and_then(|s| writeln!(out, "{s}"))
    } else {
        write_table(&mut out, &analysis)
    };
    finish(COMMAND, written.and_then(|()| out.flush()))
}

/// The single path: a second one is an error.
fn set_once(path: Option<String>, arg: String) -> Result<Option<String>, String> {
    match path {
        None => Ok(Some(arg)),
        Some(first) => Err(format!(
            "one article at a time: {first:?} and {arg:?} given (`mawqif corpus` takes many)"
        )),
    }
}

/// The lexicon counts as a readable table.
fn stats_text(s: &LexiconStats, patterns: usize) -> String {
    let rows = [
        ("actors", s.actors),
        ("  states", s.states),
        ("  persons", s.persons),
        ("  persons with dated roles", s.persons_with_roles),
        ("  role tenures", s.role_tenures),
        ("titles and institutions", s.roles),
        ("speech and stance cues", s.cues),
        ("  inflected cue forms", s.cue_forms),
        ("evaluative entries", s.evaluative),
        ("  evaluative forms", s.evaluative_forms),
        ("modifier groups", s.modifiers),
        ("given names", s.given_names),
        ("common words", s.common_words),
        ("surface forms compiled", patterns),
    ];
    let mut text = String::from("bundled lexicons\n");
    for (what, count) in rows {
        text.push_str(&format!("  {what:<28} {:>7}\n", thousands(count)));
    }
    text.pop();
    text
}

/// `12345` → `"12,345"`.
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// At most `n` chars of `s` on one line, with an ellipsis when cut.
fn short(s: &str, n: usize) -> String {
    let mut out: String = s.chars().take(n).collect();
    if s.chars().count() > n {
        out.push('…');
    }
    out.replace('\n', " ")
}

fn write_table(out: &mut impl Write, a: &Analysis) -> io::Result<()> {
    writeln!(out, "ACTORS ({})", a.actors.len())?;
    for actor in &a.actors {
        let mentions: Vec<String> = actor.mentions.iter().map(|m| short(&m.text, 40)).collect();
        writeln!(
            out,
            "  {:<34} {:<27} {}",
            actor.id.as_str(),
            actor.kind.as_str(),
            mentions.join(" | ")
        )?;
    }
    writeln!(out, "\nQUOTES ({})", a.quotes.len())?;
    for q in &a.quotes {
        let speaker = q.speaker.as_ref().map_or("?", |s| s.as_str());
        let cue = q.cue.as_ref().map_or("-", |c| c.text.as_str());
        writeln!(
            out,
            "  {:<34} {:<8} {:<10} {}",
            speaker,
            q.kind.as_str(),
            cue,
            short(&q.content.text, 70)
        )?;
    }
    writeln!(out, "\nSTANCES ({})", a.stances.len())?;
    for s in &a.stances {
        let target = s
            .target
            .as_ref()
            .map_or(String::from("-"), |t| short(&t.text, 40));
        writeln!(
            out,
            "  {:<34} {:<8} {:.2}  target: {}",
            s.actor.as_str(),
            s.label.as_str(),
            s.score,
            target
        )?;
        for e in &s.evidence {
            writeln!(
                out,
                "      {:<28} {}",
                e.rules.join(" "),
                short(&e.span.text, 70)
            )?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_groups_digits() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1308), "1,308");
        assert_eq!(thousands(1234567), "1,234,567");
    }

    #[test]
    fn stats_are_a_readable_table() {
        let ex = Extractor::bundled();
        let text = stats_text(&ex.lexicon_stats(), ex.pattern_count());
        assert!(text.starts_with("bundled lexicons\n"), "{text}");
        assert!(
            !text.contains('{') && !text.contains("LexiconStats"),
            "{text}"
        );
        let actors = thousands(ex.lexicon_stats().actors);
        assert!(
            text.lines()
                .any(|l| l.trim_start().starts_with("actors") && l.ends_with(&actors)),
            "{text}"
        );
    }

    #[test]
    fn a_second_path_is_refused() {
        assert_eq!(set_once(None, "a".into()), Ok(Some("a".into())));
        assert!(set_once(Some("a".into()), "b".into()).is_err());
    }
}
