//! Scores the extractor against a folder of gold files (SPEC §2) with the metrics of
//! SPEC §3.
//!
//! ```text
//! cargo run --release --example evaluate -- ../shared/gold/dev
//! cargo run --release --example evaluate -- --verbose ../shared/gold/dev ../shared/gold/seed.json
//! cargo run --release --example evaluate -- --json ../shared/gold/dev
//! ```

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::Path;
use std::process::ExitCode;

use mawqif::eval::{score_article, Counts, GoldArticle};
use mawqif::Extractor;

fn main() -> ExitCode {
    let mut verbose = false;
    let mut json = false;
    let mut inputs = Vec::new();
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "-v" | "--verbose" => verbose = true,
            "--json" => json = true,
            "-h" | "--help" => {
                println!("usage: evaluate [--verbose] [--json] GOLD_DIR_OR_FILE...");
                return ExitCode::SUCCESS;
            }
            _ => inputs.push(arg),
        }
    }
    if inputs.is_empty() {
        inputs.push("../shared/gold/dev".to_string());
    }
    let mut articles = Vec::new();
    for input in &inputs {
        let loaded = if Path::new(input).is_dir() {
            GoldArticle::load_dir(input)
        } else {
            GoldArticle::load(input).map(|a| vec![a])
        };
        match loaded {
            Ok(a) => articles.extend(a),
            Err(e) => {
                eprintln!("evaluate: {e}");
                return ExitCode::from(2);
            }
        }
    }
    let extractor = Extractor::bundled();
    let mut out = String::new();
    let mut total = Counts::default();
    let mut per_article = Vec::new();
    for article in &articles {
        let analysis = extractor.analyze(&article.text);
        let score = score_article(&article.gold, &article.text, &analysis);
        total.add(&score.counts);
        let name = article
            .path
            .file_stem()
            .map_or_else(String::new, |s| s.to_string_lossy().into_owned());
        if verbose && !json {
            let c = &score.counts;
            let _ = writeln!(
                out,
                "== {name}: stance {}/{} sys {} | quotes found {}/{} correct {}/{} | speakers {}/{}",
                c.stance_tp, c.stance_gold, c.stance_system, c.quote_found, c.quote_gold,
                c.quote_correct, c.quote_system, c.speakers_aligned, c.speakers_gold
            );
            for (a, l) in &score.missed_stances {
                let _ = writeln!(out, "   missed stance  {a} {l}");
            }
            for (a, l) in &score.extra_stances {
                let _ = writeln!(out, "   extra stance   {a} {l}");
            }
            for (a, q) in &score.missed_quotes {
                let _ = writeln!(out, "   missed quote   {a}: {q}");
            }
            for (a, q) in &score.extra_quotes {
                let _ = writeln!(out, "   extra quote    {a}: {q}");
            }
            for a in &score.missed_speakers {
                let _ = writeln!(out, "   missed speaker {a}");
            }
        }
        per_article.push((name, score));
    }
    if json {
        let report = serde_json::json!({
            "articles": articles.len(),
            "stance": {"precision": total.stance_precision(), "recall": total.stance_recall(), "f1": total.stance_f1()},
            "quote": {"precision": total.quote_precision(), "recall": total.quote_recall(), "f1": total.quote_f1()},
            "speaking_actor_recall": total.speaker_recall(),
            "counts": total,
            "per_article": per_article.iter().map(|(n, s)| serde_json::json!({"id": n, "score": s})).collect::<Vec<_>>(),
        });
        let _ = writeln!(out, "{report:#}");
        return print(&out);
    }
    let _ = writeln!(out, "articles               {}", articles.len());
    let _ = writeln!(
        out,
        "stance   P {:.3}  R {:.3}  F1 {:.3}   ({} correct, {} system, {} gold)",
        total.stance_precision(),
        total.stance_recall(),
        total.stance_f1(),
        total.stance_tp,
        total.stance_system,
        total.stance_gold
    );
    for label in mawqif::StanceLabel::ALL {
        let c = total.label(label);
        let _ = writeln!(
            out,
            "  {:<8} P {:.3}  R {:.3}  F1 {:.3}   ({} correct, {} system, {} gold)",
            label.to_string(),
            c.precision(),
            c.recall(),
            c.f1(),
            c.tp,
            c.system,
            c.gold
        );
    }
    let _ = writeln!(
        out,
        "quote    P {:.3}  R {:.3}  F1 {:.3}   ({} correct of {}, {} of {} gold found)",
        total.quote_precision(),
        total.quote_recall(),
        total.quote_f1(),
        total.quote_correct,
        total.quote_system,
        total.quote_found,
        total.quote_gold
    );
    let _ = writeln!(
        out,
        "speaking-actor recall  {:.3}   ({} of {})",
        total.speaker_recall(),
        total.speakers_aligned,
        total.speakers_gold
    );
    print(&out)
}

/// Writes the report; a reader that stopped early (`| head`) is no error.
fn print(out: &str) -> ExitCode {
    match std::io::stdout().lock().write_all(out.as_bytes()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("evaluate: writing the report: {e}");
            ExitCode::from(1)
        }
    }
}
