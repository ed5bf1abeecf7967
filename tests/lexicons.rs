//! The bundled lexicons: they load, they are large enough for Arabic political news, and
//! a sentence per actor kind resolves to the right actor.

use mawqif::{ActorKind, Extractor, ExtractorBuilder, LexiconKind, LexiconSource, StanceLabel};

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

/// Whether a cue form of the lexicons covers `word` where it stands in `sentence`.
fn cue_covers(ex: &Extractor, sentence: &str, word: &str) -> bool {
    let start = sentence.find(word).expect("the word is in the sentence");
    let end = start + word.len();
    ex.cue_spans(sentence)
        .iter()
        .any(|&(s, e)| s <= start && end <= e)
}

/// Every class of form the loader generates from a lemma matches in a sentence of its
/// own; none of these forms is written in `cues.txt` or `evaluative.txt`.
#[test]
fn every_generated_form_class_matches() {
    let ex = Extractor::bundled();
    let verb_cases = [
        // Dual, feminine, present.
        ("والوزيرتان تؤكدان أن المفاوضات مستمرة.", "تؤكدان"),
        // Dual, past.
        ("والطرفان انتقدا القرار بعد ساعات.", "انتقدا"),
        // Feminine plural, past.
        ("والنائبات أكدن أن الجلسة تأجلت.", "أكدن"),
        // Subjunctive/jussive plural (ـوا).
        ("وطلب منهم أن يوضحوا موقفهم من الخطة.", "يوضحوا"),
        // Masculine plural present of a defective verb.
        ("والنواب ينفون أنهم وقعوا على الوثيقة.", "ينفون"),
        // A participle in the feminine plural.
        (
            "خرجت النساء إلى الشوارع، مطالبات بالإفراج عن المعتقلين.",
            "مطالبات",
        ),
        // A verbal noun in the plural with an attached pronoun.
        ("وجدد الوزير انتقاداته للحكومة.", "انتقاداته"),
    ];
    for (sentence, word) in verb_cases {
        assert!(cue_covers(&ex, sentence, word), "{word} in {sentence}");
    }
    // Evaluative nouns and adjectives, in what an actor said.
    let stance_cases = [
        // Definite plural of a noun.
        (
            "وقالت حماس إن المجازر لن تسقط بالتقادم.",
            "hamas",
            StanceLabel::Condemn,
        ),
        // Tanween.
        (
            "وقالت مصر إن ما جرى كان عدوانا على سيادتها.",
            "egypt",
            StanceLabel::Condemn,
        ),
        // Attached pronoun on a plural.
        (
            "وقالت حماس إن انتهاكاتهم تتواصل كل يوم.",
            "hamas",
            StanceLabel::Condemn,
        ),
        // Adjective, feminine plural, definite.
        (
            "وقال الأردن إن الخطوات الاستفزازية تهدد المنطقة.",
            "jordan",
            StanceLabel::Condemn,
        ),
        // Adjective with tanween.
        (
            "وقالت مصر إن الاتفاق يمثل تحولا تاريخيا في العلاقات.",
            "egypt",
            StanceLabel::Praise,
        ),
    ];
    for (sentence, actor, label) in stance_cases {
        let a = ex.analyze(sentence);
        assert!(
            a.stance(actor, label).is_some(),
            "{actor} {label} in {sentence}: {a:#?}"
        );
    }
}

/// A first-person form of a stance verb is what the speaker does by saying it; the same
/// verb in the first person opens no report of its own.
#[test]
fn first_person_forms_are_the_speakers_stance() {
    let ex = Extractor::bundled();
    let a = ex.analyze("وقالت حماس: «نستنكر هذا القرار ونرفضه».");
    assert!(a.stance("hamas", StanceLabel::Condemn).is_some(), "{a:#?}");
    assert_eq!(a.quotes.len(), 1, "{a:#?}");
    // "Unprecedented" alone describes, it does not praise.
    let a = ex.analyze("وقالت مصر إن الحدث غير مسبوق في المنطقة.");
    assert!(a.stance("egypt", StanceLabel::Praise).is_none(), "{a:#?}");
}

#[test]
fn one_bundled_actor_can_be_overridden_or_removed() {
    let sentence = "ورحبت حماس بالاتفاق.";
    let mine = LexiconSource::new(
        "mine.txt",
        LexiconKind::Actors,
        "id: hamas\nname: Hamas (mine)\nkind: group\nnames: حماس | حركة حماس\n",
    );
    let bundled = Extractor::bundled().lexicon_stats().actors;
    let ex = Extractor::builder().override_actors(mine).build().unwrap();
    assert_eq!(ex.lexicon_stats().actors, bundled);
    let a = ex.analyze(sentence);
    let hamas = a.actors.iter().find(|x| x.id.as_str() == "hamas").unwrap();
    assert_eq!(
        (hamas.name.as_str(), hamas.kind),
        ("Hamas (mine)", ActorKind::Group)
    );
    // Without the override the same names would clash with the bundled entry.
    let clash = Extractor::builder()
        .add_lexicon(LexiconSource::new(
            "mine.txt",
            LexiconKind::Actors,
            "id: my_hamas\nname: H\nkind: group\nnames: حماس\n",
        ))
        .build();
    assert!(clash.is_err());
    // Removing a state drops the roles held for it, not the persons who held them.
    let ex = Extractor::builder().remove_actor("egypt").build().unwrap();
    assert_eq!(ex.lexicon_stats().actors, bundled - 1);
    let a = ex.analyze("ورحبت مصر بالاتفاق.");
    assert!(a.actors.iter().all(|x| x.id.as_str() != "egypt"), "{a:#?}");
    let err = Extractor::builder()
        .remove_actor("atlantis")
        .build()
        .unwrap_err();
    assert!(err.to_string().contains("atlantis"), "{err}");
    let err = Extractor::builder()
        .override_actors(LexiconSource::new(
            "c.txt",
            LexiconKind::Cues,
            "id: x\nm: قال\n",
        ))
        .build()
        .unwrap_err();
    assert!(err.to_string().starts_with("c.txt:1"), "{err}");
}

/// نوّه بـ speaks highly of something; نوّه إلى and نوّه بأن only remark on it.
#[test]
fn a_cue_can_depend_on_the_next_word() {
    let ex = Extractor::bundled();
    let a = ex.analyze("ونوهت مصر بجهود الأردن في الوساطة.");
    assert!(a.stance("egypt", StanceLabel::Praise).is_some(), "{a:#?}");
    for sentence in [
        "ونوهت مصر إلى أن المفاوضات ما زالت جارية.",
        "ونوهت مصر بأن المفاوضات ما زالت جارية.",
    ] {
        let a = ex.analyze(sentence);
        assert!(a.stance("egypt", StanceLabel::Praise).is_none(), "{a:#?}");
        assert_eq!(a.quotes.len(), 1, "{sentence}: {a:#?}");
    }
}

/// A topic named by a fixed expression evaluates nothing; solidarity with a named actor
/// is praise, and a legal adjective justifies only as a predicate.
#[test]
fn neutral_expressions_beneficiaries_and_predicates() {
    let ex = Extractor::bundled();
    let a = ex.analyze("وقالت إيطاليا إن عدد المهاجرين غير الشرعيين ارتفع هذا العام.");
    assert!(a.stance("italy", StanceLabel::Condemn).is_none(), "{a:#?}");
    let a = ex.analyze("وقالت إيطاليا إن دخول المهاجرين غير قانوني.");
    assert!(a.stance("italy", StanceLabel::Condemn).is_some(), "{a:#?}");
    // (... but «in an illegal way» tells how it was done: a fact.)
    let a = ex.analyze("وقالت إيطاليا إن دخول المهاجرين تم بشكل غير قانوني.");
    assert!(a.stance("italy", StanceLabel::Condemn).is_none(), "{a:#?}");
    let a = ex.analyze("وأكدت مصر تضامنها مع الأردن في هذه الظروف.");
    assert!(a.stance("egypt", StanceLabel::Praise).is_some(), "{a:#?}");
    let a = ex.analyze("وأكدت مصر أن التضامن قيمة إنسانية.");
    assert!(a.stance("egypt", StanceLabel::Praise).is_none(), "{a:#?}");
    let a = ex.analyze("وقالت مصر إن الحكومة الشرعية تسيطر على العاصمة.");
    assert!(a.stance("egypt", StanceLabel::Justify).is_none(), "{a:#?}");
}
