//! Accuracy on the annotated articles in `../shared/gold`: the seed article must be exact,
//! and the dev set must stay at or above a floor that only rises as the pipeline improves.
//! Both skip, saying so, where `../shared` is absent.

mod common;

use std::path::{Path, PathBuf};

use mawqif::eval::{score_article, Counts, GoldArticle};
use mawqif::Extractor;

/// Dev-set floors (SPEC §3, micro-averaged over `../shared/gold/dev`). Raise them as the
/// pipeline improves; never lower them.
const DEV_STANCE_F1_FLOOR: f64 = 0.827;
const DEV_QUOTE_F1_FLOOR: f64 = 0.901;
const DEV_SPEAKER_RECALL_FLOOR: f64 = 0.96;

fn gold_dir() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/gold");
    if dir.is_dir() {
        Some(dir)
    } else {
        common::say(&format!(
            "SKIPPED: {} is absent: the gold tests need the optional dev data (README, \"The dev data\")",
            dir.display()
        ));
        None
    }
}

fn score(articles: &[GoldArticle]) -> Counts {
    let ex = Extractor::bundled();
    let mut total = Counts::default();
    for a in articles {
        total.add(&score_article(&a.gold, &a.text, &ex.analyze(&a.text)).counts);
    }
    total
}

#[test]
fn seed_article_is_exact() {
    let Some(dir) = gold_dir() else { return };
    let seed = GoldArticle::load(dir.join("seed.json")).expect("seed.json loads");
    let analysis = Extractor::bundled().analyze(&seed.text);
    let s = score_article(&seed.gold, &seed.text, &analysis);
    assert_eq!(
        s.counts.stance_precision(),
        1.0,
        "extra stances: {:?}",
        s.extra_stances
    );
    assert_eq!(
        s.counts.stance_recall(),
        1.0,
        "missed stances: {:?}",
        s.missed_stances
    );
    assert!(
        s.counts.quote_f1() >= 0.9,
        "quote F1 {:.3}; missed {:?}; extra {:?}",
        s.counts.quote_f1(),
        s.missed_quotes,
        s.extra_quotes
    );
    assert_eq!(
        s.counts.speaker_recall(),
        1.0,
        "missed {:?}",
        s.missed_speakers
    );
}

#[test]
fn dev_set_stays_above_its_floor() {
    let Some(dir) = gold_dir() else { return };
    let mut articles = GoldArticle::load_dir(dir.join("dev")).expect("dev gold loads");
    articles.push(GoldArticle::load(dir.join("seed.json")).expect("seed.json loads"));
    let total = score(&articles);
    eprintln!(
        "dev+seed: stance P {:.3} R {:.3} F1 {:.3}; quote P {:.3} R {:.3} F1 {:.3}; speakers {:.3}",
        total.stance_precision(),
        total.stance_recall(),
        total.stance_f1(),
        total.quote_precision(),
        total.quote_recall(),
        total.quote_f1(),
        total.speaker_recall()
    );
    assert!(
        total.stance_f1() >= DEV_STANCE_F1_FLOOR,
        "stance F1 {:.3} fell below {DEV_STANCE_F1_FLOOR}",
        total.stance_f1()
    );
    assert!(
        total.quote_f1() >= DEV_QUOTE_F1_FLOOR,
        "quote F1 {:.3} fell below {DEV_QUOTE_F1_FLOOR}",
        total.quote_f1()
    );
    assert!(
        total.speaker_recall() >= DEV_SPEAKER_RECALL_FLOOR,
        "speaking-actor recall {:.3} fell below {DEV_SPEAKER_RECALL_FLOOR}",
        total.speaker_recall()
    );
}

#[test]
fn spans_are_exact_on_real_articles() {
    // Real news, with its harakat, tatweel, quotation marks and line breaks: every span
    // of every analysis indexes the original text exactly.
    let Some(dir) = gold_dir() else { return };
    let ex = Extractor::bundled();
    let mut articles = GoldArticle::load_dir(dir.join("dev")).expect("dev gold loads");
    articles.push(GoldArticle::load(dir.join("seed.json")).expect("seed.json loads"));
    for a in &articles {
        common::assert_valid(&a.text, &ex.analyze(&a.text));
    }
}
