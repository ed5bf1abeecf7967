//! `mawqif evaluate`: scores the extractor against gold annotation files (`SPEC.md` §2,
//! `docs/FORMAT.md`) with the metrics of `SPEC.md` §3.
//!
//! ```text
//! mawqif evaluate ../shared/gold/dev
//! mawqif evaluate --verbose ../shared/gold/dev ../shared/gold/seed.json
//! mawqif evaluate --json ../shared/gold/dev
//! ```

use std::fmt::Write as _;
use std::path::Path;
use std::process::ExitCode;

use super::{print_text, usage_error, warn};
use crate::eval::{score_article, Counts, GoldArticle};
use crate::Extractor;

const COMMAND: &str = "evaluate";

/// The `--help` text.
pub const HELP: &str = "\
usage: mawqif evaluate [--verbose] [--json] GOLD...

Analyzes the articles of gold annotation files and scores the analyses against the
annotations: stance precision, recall and F1 over (actor, label) pairs, quote precision,
recall and F1, and speaking-actor recall (SPEC.md §3).

Input: each GOLD is a gold file (JSON, its text in the file its `text_file` names, next
to it) or a folder, whose *.json files are all read. At least one is needed, and at least
one gold file in all.

Output, on standard output:
  (default)     the scores, micro-averaged over all articles
  -v, --verbose first, per article: its counts and every missed or extra stance, quote
                and speaker
  --json        the scores, counts and per-article scores as JSON
Options:
  -h, --help    this text

Exit status: 0 success (also when the reader of the output stops early); 1 a gold file
could not be read, or there was none; 2 a usage error (unknown option, no GOLD).";

/// Runs `mawqif evaluate` with these arguments (without the command name).
pub fn main(args: Vec<String>) -> ExitCode {
    let mut verbose = false;
    let mut json = false;
    let mut inputs = Vec::new();
    for arg in args {
        match arg.as_str() {
            "-v" | "--verbose" => verbose = true,
            "--json" => json = true,
            "-h" | "--help" => return print_text(HELP),
            _ if arg.starts_with('-') => {
                return usage_error(COMMAND, &format!("unknown option {arg:?}"))
            }
            _ => inputs.push(arg),
        }
    }
    if inputs.is_empty() {
        return usage_error(
            COMMAND,
            "which gold files? Give a gold file or a folder of them (for instance ../shared/gold/dev)",
        );
    }
    let mut articles = Vec::new();
    for input in &inputs {
        let loaded = if Path::new(input).is_dir() {
            GoldArticle::load_dir(input).and_then(|found| {
                if found.is_empty() {
                    Err(crate::Error::Gold {
                        path: input.clone(),
                        message: "no gold files (*.json) in this folder".to_string(),
                    })
                } else {
                    Ok(found)
                }
            })
        } else {
            GoldArticle::load(input).map(|a| vec![a])
        };
        match loaded {
            Ok(a) => articles.extend(a),
            Err(e) => {
                warn(COMMAND, &e.to_string());
                return ExitCode::FAILURE;
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
        return print_text(out.trim_end());
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
    for label in crate::StanceLabel::ALL {
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
    print_text(out.trim_end())
}
