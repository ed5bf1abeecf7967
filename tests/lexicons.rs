//! The bundled lexicons: they load, they are large enough for Arabic political news, and
//! a sentence per actor kind resolves to the right actor.

use mawqif::{ActorKind, Extractor, ExtractorBuilder, LexiconKind, LexiconSource};

#[test]
fn bundled_lexicons_load_and_are_consistent() {
    // Building validates every entry: syntax, kinds, labels, unique ids, names that fold
    // to something, one owner per unambiguous name, parents and role holders that exist,
    // dates that exist and do not run backwards.
    let ex = ExtractorBuilder::new()
        .build()
        .expect("bundled lexicons are valid");
    let stats = ex.lexicon_stats();
    assert!(stats.actors >= 600, "{stats:?}");
    assert!(stats.persons_with_roles >= 150, "{stats:?}");
    assert!(
        stats.states >= 197,
        "every UN member plus Palestine, Kosovo, Taiwan, Vatican: {stats:?}"
    );
    assert!(stats.cue_forms >= 300, "{stats:?}");
    assert!(stats.evaluative_forms >= 300, "{stats:?}");
    assert!(stats.given_names >= 1000, "{stats:?}");
}

#[test]
fn bundled_files_keep_blocks_sorted_by_id() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("lexicons");
    let mut files = vec![
        dir.join("roles.txt"),
        dir.join("cues.txt"),
        dir.join("evaluative.txt"),
        dir.join("modifiers.txt"),
    ];
    for entry in std::fs::read_dir(dir.join("actors")).unwrap() {
        files.push(entry.unwrap().path());
    }
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let ids: Vec<&str> = text
            .lines()
            .filter_map(|l| l.strip_prefix("id:"))
            .map(str::trim)
            .collect();
        let mut sorted = ids.clone();
        sorted.sort_unstable();
        assert_eq!(ids, sorted, "{} is not sorted by id", file.display());
    }
}

/// (sentence, actor id, kind) triples, one or more per kind, written for this test.
const CASES: &[(&str, &str, ActorKind)] = &[
    (
        "أدانت وزارة الخارجية الأردنية الهجوم.",
        "jordan.foreign_ministry",
        ActorKind::Government,
    ),
    (
        "وقال المتحدث باسم وزارة الدفاع التركية إن بلاده سترد.",
        "turkey.defence_ministry.spokesperson",
        ActorKind::Person,
    ),
    ("رحبت موسكو بالمبادرة.", "russia", ActorKind::State),
    (
        "أعلنت حركة حماس رفضها للمقترح.",
        "hamas",
        ActorKind::Organization,
    ),
    (
        "أكد الأمين العام للأمم المتحدة أنطونيو غوتيريش أن الوضع خطير.",
        "antonio_guterres",
        ActorKind::Person,
    ),
    (
        "ودعا مجلس الأمن الدولي إلى وقف القتال.",
        "un_security_council",
        ActorKind::InternationalOrganization,
    ),
    (
        "واتهمت جماعة الحوثي التحالف بقصف المدنيين.",
        "houthis",
        ActorKind::Group,
    ),
    (
        "وقالت الحكومة المصرية في بيان إن القرار نهائي.",
        "egypt.government",
        ActorKind::Government,
    ),
    (
        "رحب الاتحاد الأوروبي بالاتفاق.",
        "european_union",
        ActorKind::InternationalOrganization,
    ),
    (
        "قال الرئيس الفرنسي إيمانويل ماكرون إن فرنسا ملتزمة.",
        "emmanuel_macron",
        ActorKind::Person,
    ),
];

#[test]
fn a_sentence_per_kind_resolves_to_the_right_actor() {
    let ex = Extractor::bundled();
    for &(text, id, kind) in CASES {
        let a = ex.analyze(text);
        let actor = a
            .actor(id)
            .unwrap_or_else(|| panic!("{text}: no actor {id} in {:?}", a.actors));
        assert_eq!(actor.kind, kind, "{text}");
        assert!(
            a.quotes.iter().all(|q| q.speaker.is_some()) || a.quotes.is_empty(),
            "{text}: {a:#?}"
        );
    }
}

#[test]
fn users_can_add_their_own_actors() {
    let mine = LexiconSource::new(
        "my_actors.txt",
        LexiconKind::Actors,
        "id: example_party\nname: Example Party\nkind: organization\nnames: حزب المثال\n",
    );
    let ex = Extractor::builder().add_lexicon(mine).build().unwrap();
    let a = ex.analyze("وقال حزب المثال إن الانتخابات مزورة.");
    assert_eq!(
        a.quotes[0].speaker.as_ref().unwrap().as_str(),
        "example_party"
    );
}
