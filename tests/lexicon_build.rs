//! Building an extractor is n·log n or better in the entries of its lexicons: four
//! times the entries take at most six times as long (a quadratic step takes sixteen).

use mawqif::{Extractor, LexiconKind, LexiconSource};

/// `n` distinct roles with one title each, and a few actors holding some of them.
fn roles(n: usize) -> Vec<LexiconSource> {
    let mut text = String::new();
    for i in 0..n {
        // Distinct titles in Arabic letters, built from the digits of `i`.
        let title: String = i
            .to_string()
            .chars()
            .map(|d| ['ب', 'ت', 'ث', 'ج', 'ح', 'خ', 'د', 'ذ', 'ر', 'ز'][d as usize - '0' as usize])
            .collect();
        text.push_str(&format!(
            "id: role_{i}\nname: role {i}\nkind: person\nconstruct_titles: رئيس {title}ي\n\n"
        ));
    }
    let mut actors = String::new();
    for i in 0..n / 10 {
        actors.push_str(&format!(
            "id: actor_{i}\nname: A{i}\nkind: state\nnames: بلد {}\n\n",
            i.to_string()
                .chars()
                .map(|d| ['ك', 'ل', 'م', 'ن', 'ه', 'و', 'ي', 'ق', 'ف', 'ع']
                    [d as usize - '0' as usize])
                .collect::<String>()
        ));
    }
    vec![
        LexiconSource::new("roles.txt", LexiconKind::Roles, text),
        LexiconSource::new("actors.txt", LexiconKind::Actors, actors),
    ]
}

fn build_time(n: usize) -> std::time::Duration {
    (0..3)
        .map(|_| {
            let sources = roles(n);
            let start = std::time::Instant::now();
            let mut builder = Extractor::builder();
            for s in sources {
                builder = builder.add_lexicon(s);
            }
            let ex = builder.build().expect("valid lexicons");
            let elapsed = start.elapsed();
            assert!(ex.lexicon_stats().roles >= n);
            elapsed
        })
        .min()
        .unwrap_or_default()
}

#[test]
fn building_scales_with_the_entries() {
    // Large enough that the bundled lexicons do not dominate the small run.
    let n = 5_000;
    let small = build_time(n);
    let large = build_time(4 * n);
    let ratio = large.as_secs_f64() / small.as_secs_f64().max(1e-6);
    eprintln!(
        "{n} roles: {small:?}; {}: {large:?}; ratio {ratio:.2}",
        4 * n
    );
    assert!(
        ratio <= 6.0,
        "4× the roles took {ratio:.1}× as long ({small:?} → {large:?})"
    );
}
