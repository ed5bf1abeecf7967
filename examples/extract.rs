//! Analyzes one article and prints its actors, quotes and stances.
//!
//! ```text
//! cargo run --release --example extract                  # the bundled sample article
//! cargo run --release --example extract -- article.txt   # a file
//! cargo run --release --example extract -- - < a.txt    # standard input
//! cargo run --release --example extract -- --json --date 2015-08-11 article.txt
//! ```

use std::io::{self, Read, Write};
use std::process::ExitCode;

use mawqif::{Analysis, Date, Extractor};

fn main() -> ExitCode {
    let mut json = false;
    let mut stats = false;
    let mut date: Option<Date> = None;
    let mut path: Option<String> = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--json" => json = true,
            "--stats" => stats = true,
            "--date" => match args.next().map(|d| d.parse::<Date>()) {
                Some(Ok(d)) => date = Some(d),
                Some(Err(e)) => return fail(&e.to_string()),
                None => return fail("--date needs a value (YYYY-MM-DD)"),
            },
            "-h" | "--help" => {
                println!("usage: extract [--json] [--stats] [--date YYYY-MM-DD] [PATH | -]");
                return ExitCode::SUCCESS;
            }
            _ if path.is_none() => path = Some(arg),
            _ => return fail(&format!("unexpected argument {arg:?}")),
        }
    }
    if stats {
        let ex = Extractor::bundled();
        let printed = writeln!(
            io::stdout(),
            "{:#?}\nsurface forms compiled: {}",
            ex.lexicon_stats(),
            ex.pattern_count()
        );
        return finish(printed);
    }
    let text = match path.as_deref() {
        None => mawqif::SAMPLE_ARTICLE.to_string(),
        Some("-") => {
            let mut buf = Vec::new();
            if let Err(e) = std::io::stdin().read_to_end(&mut buf) {
                return fail(&format!("standard input: {e}"));
            }
            match String::from_utf8(buf) {
                Ok(t) => t,
                Err(e) => return fail(&format!("standard input is not UTF-8: {e}")),
            }
        }
        Some(p) => match std::fs::read(p) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(t) => t,
                Err(e) => return fail(&format!("{p}: not UTF-8: {e}")),
            },
            Err(e) => return fail(&format!("{p}: {e}")),
        },
    };
    let analysis = Extractor::bundled().analyze_dated(&text, date);
    let mut out = io::BufWriter::new(io::stdout().lock());
    let printed = if json {
        match serde_json::to_string_pretty(&analysis) {
            Ok(s) => writeln!(out, "{s}"),
            Err(e) => return fail(&e.to_string()),
        }
    } else {
        print_table(&mut out, &analysis)
    };
    finish(printed.and_then(|()| out.flush()))
}

fn fail(message: &str) -> ExitCode {
    eprintln!("extract: {message}");
    ExitCode::from(2)
}

/// The exit status after printing: a reader that stopped early (`| head`) is no error.
fn finish(printed: io::Result<()>) -> ExitCode {
    match printed {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("extract: writing the output: {e}");
            ExitCode::from(1)
        }
    }
}

fn short(s: &str, n: usize) -> String {
    let mut out: String = s.chars().take(n).collect();
    if s.chars().count() > n {
        out.push('…');
    }
    out.replace('\n', " ")
}

fn print_table(out: &mut impl Write, a: &Analysis) -> io::Result<()> {
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
            format!("{:?}", q.kind).to_lowercase(),
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
            writeln!(out, "      {:<28} {}", e.rule, short(&e.span.text, 70))?;
        }
    }
    Ok(())
}
