//! End-to-end behaviour of the pipeline on sentences written for these tests: the same
//! constructions as real news (VSO and SVO, participles, من جانبه, headlines, role phrases,
//! clitics, misspellings, negation) with varied actors and verb forms.

use mawqif::{ActorKind, Analysis, Extractor, QuoteKind, StanceLabel};

fn analyze(text: &str) -> Analysis {
    Extractor::bundled().analyze(text)
}

fn speakers(a: &Analysis) -> Vec<String> {
    a.quotes
        .iter()
        .map(|q| q.speaker.as_ref().map_or("?".into(), |s| s.0.clone()))
        .collect()
}

fn has(a: &Analysis, actor: &str, label: StanceLabel) -> bool {
    a.stance(actor, label).is_some()
}

/// Whether some actor of `a` is named exactly `name`.
fn named(a: &Analysis, name: &str) -> bool {
    a.actors.iter().any(|x| x.name == name)
}

/// Whether no actor of `a` has `part` in its name.
fn no_name_holds(a: &Analysis, part: &str) -> bool {
    a.actors.iter().all(|x| !x.name.contains(part))
}

#[test]
fn vso_and_svo_give_the_same_stance() {
    for text in [
        "أدانت حركة فتح القرار الإسرائيلي الأخير.",
        "حركة فتح تدين القرار الإسرائيلي الأخير",
        "ونددت فتح بالقرار الإسرائيلي الأخير.",
    ] {
        let a = analyze(text);
        assert!(has(&a, "fatah", StanceLabel::Condemn), "{text}: {a:#?}");
        assert_eq!(a.stances.len(), 1, "{text}");
    }
}

#[test]
fn a_subject_before_the_verb_agrees_as_its_head_noun() {
    // The employers' union is masculine in the lexicon (الاتحاد), but named by the
    // feminine منظمة it takes a feminine verb, and by اتحاد a masculine one.
    for text in [
        "منظمة الأعراف تدين الاعتداء على مقرها",
        "اتحاد الأعراف يدين الاعتداء على مقره",
    ] {
        let a = analyze(text);
        assert!(has(&a, "utica", StanceLabel::Condemn), "{text}: {a:#?}");
    }
}

#[test]
fn involvement_reported_is_no_judgement_involvement_asserted_is() {
    // A police report's «the suspects admitted their involvement» names a crime the
    // speaker judges no one for; a party asserting a minister's involvement accuses.
    let report =
        analyze("وأكدت وزارة الداخلية التونسية أن الموقوفين اعترفوا بتورطهم في سرقة المحلات.");
    assert!(report.stances.is_empty(), "{report:#?}");
    let accusation = analyze("وقالت حركة النهضة إن تورط الوزير في الصفقة ثابت.");
    assert!(
        has(&accusation, "ennahda", StanceLabel::Condemn),
        "{accusation:#?}"
    );
}

#[test]
fn a_lineage_makes_a_name_of_an_unknown_first_word_in_apposition() {
    // سهام is no given name of the lexicon (also «arrows»), but before بن and a family
    // name, in apposition after a title, it starts the speaker's name.
    for text in [
        "وأوضحت مديرة المهرجان، سهام بن قرطوم، أن الدورة القادمة ستنطلق في الصيف.",
        "وقالت سهام بن قرطوم إن الدورة القادمة ستنطلق في الصيف.",
    ] {
        let a = analyze(text);
        assert!(named(&a, "سهام بن قرطوم"), "{text}: {a:#?}");
        assert_eq!(speakers(&a), ["sham_bn_qrtwm"], "{text}: {a:#?}");
    }
    // ... not elsewhere: a club named after a town is no person.
    let a = analyze("وفاز سبورتينغ بن عروس على منافسه بهدفين.");
    assert!(a.actors.is_empty(), "{a:#?}");
}

#[test]
fn a_subject_set_off_by_commas_after_the_verb_is_still_its_subject() {
    // وقال، فلان، ...: the comma right after the verb neither hides the subject nor lets
    // the verb fall to the last speaker.
    let a = analyze(
        "وقال راشد الغنوشي إن الجلسة ستتواصل. وأوضح، عبد الفتاح مورو، نائب رئيس المجلس، أن التصويت سيجري غدا.",
    );
    let speaker_of = |cue: &str| {
        a.quotes
            .iter()
            .find(|q| q.cue.as_ref().is_some_and(|c| c.text == cue))
            .and_then(|q| q.speaker.as_ref())
            .map(|s| s.as_str().to_string())
    };
    assert_eq!(
        speaker_of("وقال").as_deref(),
        Some("rached_ghannouchi"),
        "{a:#?}"
    );
    assert_eq!(
        speaker_of("وأوضح").as_deref(),
        Some("abd_alftah_mwrw"),
        "{a:#?}"
    );
}

#[test]
fn a_report_named_for_no_one_is_an_unknown_speaker() {
    // وتشير تقارير إلى أن ...: no actor speaks, and not the president named before.
    for text in [
        "وصل الرئيس الفرنسي إلى تونس أمس. وتشير تقارير إلى أن الزيارة ستدوم يومين.",
        "وصل الرئيس الفرنسي إلى تونس أمس. وأكدت دراسة أن السياحة تحسنت.",
    ] {
        let a = analyze(text);
        assert_eq!(speakers(&a), ["?"], "{text}: {a:#?}");
    }
    // ... but reports denied are the object, and the subject is the one named before.
    let a = analyze("وصل الرئيس الفرنسي إلى تونس أمس. ونفى تقارير تحدثت عن إلغاء الزيارة.");
    assert_eq!(speakers(&a), ["emmanuel_macron"], "{a:#?}");
}

#[test]
fn a_place_after_the_title_is_no_word_of_the_name() {
    // رئيس الاتحاد الجهوي بقابس سامي الفرجاني: «in Gabes» then the holder's name.
    let a = analyze("وقال رئيس الاتحاد الجهوي بقابس سامي الفرجاني إن الموسم جيد.");
    assert!(named(&a, "سامي الفرجاني"), "{a:#?}");
    assert!(no_name_holds(&a, "بقابس"), "{a:#?}");
}

#[test]
fn descriptions_dates_and_facts_denied_are_no_stance() {
    for text in [
        // a negation two words back, past a quotation mark
        "وقالت حركة النهضة إن ذلك لا يعد \"عدوانا\".",
        // a fact denied, not an act
        "ونفت حركة النهضة أي أزمة بين البلدين.",
        // انطلاقا من a date: a starting point, no framework
        "وقالت حركة النهضة إن الرحلات ستنطلق انطلاقا من 12 أفريل.",
        // «rejected» as an attribute describes
        "وقالت حركة النهضة إن الطلبات المرفوضة قليلة.",
    ] {
        let a = analyze(text);
        assert!(a.stances.is_empty(), "{text}: {a:#?}");
    }
    // ... while a tie denied defends, and «rejected» as a predicate judges.
    let a = analyze("ونفت حركة النهضة أي علاقة لها بالحادث.");
    assert!(has(&a, "ennahda", StanceLabel::Justify), "{a:#?}");
    let a = analyze("وقالت حركة النهضة إن هذا التصرف مرفوض.");
    assert!(has(&a, "ennahda", StanceLabel::Condemn), "{a:#?}");
}

#[test]
fn the_accused_is_never_the_accuser() {
    // اتهم must take an object: one actor right before its ب complement is the accused
    // (or the passive's subject), not who accuses.
    for text in [
        "واتهمت باكستان بالوقوف وراء الهجوم.",
        "وتواصل اتهام روسيا بالتدخل في أوكرانيا.",
    ] {
        let a = analyze(text);
        assert!(a.stances.is_empty(), "{text}: {a:#?}");
    }
    // With the accuser written first, or as an adjective of a state, it accuses; the
    // target keeps the name's first letter.
    let a = analyze("واتهمت الهند باكستان بالوقوف وراء الهجوم.");
    assert!(has(&a, "india", StanceLabel::Condemn), "{a:#?}");
    let target = a.stances[0].target.as_ref().map(|t| t.text.as_str());
    assert!(target.is_some_and(|t| t.starts_with("باكستان")), "{a:#?}");
    let a = analyze("وتوالت اتهامات أمريكية بالاحتيال للمنظمة.");
    assert!(has(&a, "united_states", StanceLabel::Condemn), "{a:#?}");
    // So is the one held responsible (حمّل X المسؤولية), unless someone else is named
    // after it with إلى.
    let a = analyze("وحملت باكستان المسؤولية الكاملة عن الهجوم.");
    assert!(a.stances.is_empty(), "{a:#?}");
    let a = analyze("وحملت حركة النهضة مسؤولية تأجيل الانتخابات إلى الحكومة.");
    assert!(has(&a, "ennahda", StanceLabel::Condemn), "{a:#?}");
}

#[test]
fn a_body_for_the_defence_of_something_keeps_it_in_its_name() {
    for (text, name) in [
        (
            "وقالت منظمة الدفاع عن المستهلك إن الأسعار ارتفعت.",
            "منظمة الدفاع عن المستهلك",
        ),
        (
            "وقالت الجمعية التونسية للدفاع عن حقوق الطفل إن الوضع خطير.",
            "الجمعية التونسية للدفاع عن حقوق الطفل",
        ),
    ] {
        let a = analyze(text);
        assert!(named(&a, name), "{text}: {a:#?}");
    }
}

#[test]
fn a_complaint_or_a_warning_in_min_anna_reports_what_follows() {
    // شكا من أن، حذر من أن: what was said starts after «من أن».
    for (text, content) in [
        (
            "وشكت حركة النهضة أيضا من أن الحكومة تجاهلت مطالبها.",
            "الحكومة تجاهلت مطالبها",
        ),
        ("وحذرت حركة النهضة من أن الوضع خطير.", "الوضع خطير"),
    ] {
        let a = analyze(text);
        assert_eq!(speakers(&a), ["ennahda"], "{text}: {a:#?}");
        assert_eq!(a.quotes[0].content.text, content, "{text}: {a:#?}");
    }
    // ... and suffering from something is no complaint made.
    let a = analyze("ويشكو المريض من آلام حادة.");
    assert!(a.quotes.is_empty(), "{a:#?}");
}

#[test]
fn a_name_set_off_by_commas_after_the_title_is_the_speaker() {
    // قال مدير المهرجان، فلان الفلاني، إن: the holder named in apposition, whatever his
    // first name; the body in the title is mentioned too.
    let a = analyze("وقال مدير المهرجان، سهام الكعبي، إن الدورة ناجحة.");
    assert!(named(&a, "سهام الكعبي"), "{a:#?}");
    assert_eq!(speakers(&a), ["sham_alkaby"], "{a:#?}");
    let a = analyze("وقالت رئيسة الجمعية التونسية للنساء الحرفيات، سهام الكعبي، إن المعرض ناجح.");
    assert_eq!(speakers(&a), ["sham_alkaby"], "{a:#?}");
    assert!(named(&a, "الجمعية التونسية للنساء الحرفيات"), "{a:#?}");
    // (Closed by the complementizer with no comma, a name of no article too.)
    let a = analyze("وقالت مديرة المعرض، سهام بوغديرة إن الإقبال كبير.");
    assert!(named(&a, "سهام بوغديرة"), "{a:#?}");
    // An adjective of the title is no first name: مسؤول تنفيذي بأمازون.
    let a = analyze("وقال مسؤول تنفيذي بأمازون إن الأرباح تراجعت.");
    assert!(
        a.actors.iter().all(|x| !x.name.contains("تنفيذي")),
        "{a:#?}"
    );
    // ... and an adverbial between commas is no name.
    let a = analyze("وقال مدير المهرجان، في حديث إذاعي، إن الدورة ناجحة.");
    assert!(a.actors.is_empty(), "{a:#?}");
}

#[test]
fn a_foreign_name_in_alif_set_off_by_a_comma_is_an_unknown_subject() {
    // وقال ماروتا، ...: a name no lexicon knows, not the president named before; وأكد مجددا
    // is an adverb, and the subject the one named before.
    let a = analyze(
        "وقال الرئيس الفرنسي إن العقد جاهز. وقال ماروتا، خلال تصريحاته للتلفزيون، إن الإعلان قريب.",
    );
    let speakers = speakers(&a);
    assert_eq!(speakers.last().map(String::as_str), Some("?"), "{a:#?}");
    let a = analyze("وقال الرئيس الفرنسي إن العقد جاهز. وأكد مجددا، خلال زيارته، أن الإعلان قريب.");
    assert!(a.quotes.iter().all(|q| q.speaker.is_some()), "{a:#?}");
}

#[test]
fn indirect_quote_with_adverbials_and_complementizer() {
    let text = "وقالت وزارة الخارجية القطرية في بيان صدر عنها مساء الثلاثاء، إن الهجوم يمثل انتهاكا صارخا للقانون الدولي.";
    let a = analyze(text);
    assert_eq!(a.quotes.len(), 1, "{a:#?}");
    let q = &a.quotes[0];
    assert_eq!(
        q.speaker.as_ref().unwrap().as_str(),
        "qatar.foreign_ministry"
    );
    assert_eq!(q.kind, QuoteKind::Indirect);
    assert_eq!(q.content.text, "الهجوم يمثل انتهاكا صارخا للقانون الدولي");
    assert_eq!(q.cue.as_ref().unwrap().text, "وقالت");
    assert!(has(&a, "qatar.foreign_ministry", StanceLabel::Condemn));
}

#[test]
fn participles_inherit_the_speaker_of_their_clause() {
    let text = "أعربت الخارجية الأردنية عن رفضها القاطع للخطوة، مؤكدة أن هذا الإجراء باطل، ومشيرة إلى أن المجتمع الدولي مطالب بالتحرك.";
    let a = analyze(text);
    assert_eq!(
        speakers(&a),
        ["jordan.foreign_ministry", "jordan.foreign_ministry"],
        "{a:#?}"
    );
    assert!(has(&a, "jordan.foreign_ministry", StanceLabel::Condemn));
    assert_eq!(a.quotes[0].content.text, "هذا الإجراء باطل");
}

#[test]
fn implicit_subject_follows_gender() {
    let text = "وقالت حركة حماس إن الاتفاق مرفوض. وقال الرئيس المصري عبد الفتاح السيسي إن بلاده تدعم الحوار. وأضافت أن الاحتلال يتحمل المسؤولية. وأضاف أن مصر لن تتخلى عن دورها.";
    let a = analyze(text);
    assert_eq!(
        speakers(&a),
        [
            "hamas",
            "abdel_fattah_el_sisi",
            "hamas",
            "abdel_fattah_el_sisi"
        ],
        "{a:#?}"
    );
}

#[test]
fn on_its_part_marks_a_new_speaker() {
    let text = "أدان الاتحاد الأوروبي الهجوم على القافلة. من جانبها، قالت الخارجية التركية إن الهجوم عمل جبان.";
    let a = analyze(text);
    assert!(has(&a, "european_union", StanceLabel::Condemn), "{a:#?}");
    assert_eq!(speakers(&a), ["turkey.foreign_ministry"]);
    assert!(has(&a, "turkey.foreign_ministry", StanceLabel::Condemn));
}

#[test]
fn praise_frame_with_an_actor_target() {
    let text = "أعرب الرئيس التركي رجب طيب أردوغان عن تقديره الكبير لموقف قطر.";
    let a = analyze(text);
    let s = a
        .stance("recep_tayyip_erdogan", StanceLabel::Praise)
        .expect("praise");
    assert_eq!(
        s.target_actor.as_ref().map(|t| t.as_str()),
        Some("qatar"),
        "{s:#?}"
    );
    assert!(a.quotes.is_empty(), "an expressed appreciation is no quote");
}

#[test]
fn target_starts_after_a_manner_phrase() {
    for (text, target) in [
        (
            "أدانت جامعة الدول العربية بأشد العبارات الهجوم الذي ضرب سوقا شعبية.",
            "الهجوم الذي ضرب سوقا شعبية",
        ),
        (
            "ندد الاتحاد الأوروبي بشدة بالهجوم على القافلة.",
            "الهجوم على القافلة",
        ),
    ] {
        let a = analyze(text);
        let s = a.stances.first().expect("a stance");
        assert_eq!(s.label, StanceLabel::Condemn, "{text}");
        let got = s.target.as_ref().map(|t| t.text.as_str());
        assert_eq!(got, Some(target), "{text}: {s:#?}");
    }
}

#[test]
fn what_an_actor_called_something() {
    for (text, speaker) in [
        (
            "وهو ما اعتبرته وزارة الخارجية المصرية انتهاكا صارخا للقانون الدولي.",
            "egypt.foreign_ministry",
        ),
        (
            "شنت القوات هجوما على البلدة، في ما وصفته حركة حماس بأنه \"جريمة حرب\".",
            "hamas",
        ),
    ] {
        let a = analyze(text);
        assert_eq!(speakers(&a), [speaker], "{text}: {a:#?}");
        assert!(has(&a, speaker, StanceLabel::Condemn), "{text}: {a:#?}");
    }
}

#[test]
fn holding_someone_responsible_condemns_them() {
    let a = analyze("وحمّلت وزارة الخارجية الأردنية الاحتلال المسؤولية الكاملة عن التصعيد.");
    assert!(
        has(&a, "jordan.foreign_ministry", StanceLabel::Condemn),
        "{a:#?}"
    );
    // Carrying or bearing something is no blame.
    for text in [
        "وحملت الطائرة مساعدات طبية إلى السودان.",
        "وقالت الحكومة المصرية إنها تتحمل المسؤولية عن الخطأ.",
    ] {
        let a = analyze(text);
        assert!(a.stances.is_empty(), "{text}: {:#?}", a.stances);
    }
}

#[test]
fn a_call_to_stop_something_condemns_it_but_not_a_ceasefire_call() {
    let a = analyze("وطالبت منظمة العفو الدولية السلطات السورية بوقف الاعتقالات التعسفية.");
    assert!(
        has(&a, "amnesty_international", StanceLabel::Condemn),
        "{a:#?}"
    );
    let a = analyze("ودعت روسيا الطرفين إلى وقف إطلاق النار والعودة إلى المفاوضات.");
    assert!(a.stances.is_empty(), "{:#?}", a.stances);
    // The same noun inside a statement is no call.
    let a = analyze("وقالت الخارجية الفرنسية إن وقف المساعدات أمر ممكن.");
    assert!(a.stances.is_empty(), "{:#?}", a.stances);
}

#[test]
fn what_was_stressed_starts_after_ala() {
    let a = analyze("وشدد وزير الخارجية السعودي على ضرورة احترام سيادة الدول.");
    assert_eq!(a.quotes.len(), 1, "{a:#?}");
    assert!(a.quotes[0].content.text.starts_with("ضرورة"), "{a:#?}");
}

#[test]
fn appreciation_verbs_praise() {
    let a = analyze("وثمنت الحكومة العراقية الدعم الذي قدمته الكويت.");
    assert!(has(&a, "iraq.government", StanceLabel::Praise), "{a:#?}");
}

#[test]
fn an_unknown_titled_subject_is_not_the_last_speaker() {
    let text = "وأكدت وزارة الخارجية الإيرانية أن المفاوضات مستمرة. وانتقد زعيم المعارضة المحلية سياسة الحكومة.";
    let a = analyze(text);
    assert!(
        !has(&a, "iran.foreign_ministry", StanceLabel::Condemn),
        "{:#?}",
        a.stances
    );
}

#[test]
fn some_members_of_a_group_are_an_unnamed_source() {
    for text in [
        "وقال الوزير سامي الخطيب إن الأسعار مستقرة. وكشف عدد من التجار في السوق أن الطلب مرتفع.",
        "وقال الوزير سامي الخطيب إن الأسعار مستقرة. وأكد بعض المسؤولين أن الطلب مرتفع.",
        "وقال الوزير سامي الخطيب إن الأسعار مستقرة. وانتقد العديد من المواطنين ارتفاع الأسعار.",
        "وقال الوزير سامي الخطيب إن الأسعار مستقرة. وطالب آخرون بخفض الأسعار.",
        "وقال الوزير سامي الخطيب إن الأسعار مستقرة. ويرى كثير من المحللين أن الطلب مرتفع.",
    ] {
        let a = analyze(text);
        let second: Vec<_> = a
            .quotes
            .iter()
            .filter(|q| !q.content.text.contains("مستقرة"))
            .map(|q| q.speaker.clone())
            .collect();
        assert!(second.iter().all(Option::is_none), "{text}: {a:#?}");
        assert!(a.stances.is_empty(), "{text}: {a:#?}");
    }
}

#[test]
fn a_fronted_adverbial_leaves_the_verb_opening_its_clause() {
    for text in [
        "وفي سياق متصل أكدت وزارة الخارجية الإيرانية أن المفاوضات مستمرة.",
        "ومن ناحية أخرى ذكرت وزارة الخارجية الإيرانية أن المفاوضات مستمرة.",
        "وفي المقابل قالت وزارة الخارجية الإيرانية إن المفاوضات مستمرة.",
        "في المقابل قالت وزارة الخارجية الإيرانية إن المفاوضات مستمرة.",
        // (A word the lexicons use to refer back to some body, الإطار, when the
        // article named no such body.)
        "وفي هذا الإطار قالت وزارة الخارجية الإيرانية إن المفاوضات مستمرة.",
    ] {
        let a = analyze(text);
        assert_eq!(speakers(&a), ["iran.foreign_ministry"], "{text}: {a:#?}");
    }
    // ... but not an indefinite noun the verb describes, nor a complement clause.
    for text in [
        "وعقب شائعات تحدثت عن استقالة الوزير، نفت الحكومة ذلك.",
        "ومن المقرر أن تعلن وزارة الخارجية الإيرانية أن المفاوضات مستمرة.",
    ] {
        let a = analyze(text);
        assert!(
            a.quotes
                .iter()
                .all(|q| !q.content.text.contains("استقالة")
                    && !q.content.text.contains("المفاوضات")),
            "{text}: {a:#?}"
        );
    }
}

#[test]
fn a_reference_takes_up_the_body_that_acted_not_an_oblique_one() {
    let text = "رحب المجلس الأعلى للقضاء بقرار جديد لمجلس الأمن. وأكد المجلس أمس أن القرار ملزم.";
    let a = analyze(text);
    assert_eq!(speakers(&a), ["almjls_alaaly_llqda"], "{a:#?}");
    // With no other council, المجلس is still the Security Council.
    let a = analyze("رحبت مصر بقرار مجلس الأمن. وقال المجلس إن القرار ملزم.");
    assert_eq!(speakers(&a), ["un_security_council"], "{a:#?}");
}

#[test]
fn coordinated_clauses_keep_their_own_subjects() {
    let a = analyze("تركيا تدين التفجير الإرهابي وقطر ترحب بالاتفاق الجديد");
    assert!(has(&a, "turkey", StanceLabel::Condemn), "{a:#?}");
    assert!(has(&a, "qatar", StanceLabel::Praise), "{a:#?}");
    assert!(!has(&a, "turkey", StanceLabel::Praise), "{:#?}", a.stances);
    let target = a
        .stance("turkey", StanceLabel::Condemn)
        .and_then(|s| s.target.clone());
    assert_eq!(
        target.map(|t| t.text),
        Some("التفجير الإرهابي".to_string()),
        "the first clause ends where the second's subject begins"
    );
}

#[test]
fn asserted_support_and_a_step_in_the_right_direction_praise() {
    let a = analyze("وجدد الاتحاد الأفريقي دعمه الكامل للحكومة الصومالية.");
    assert!(has(&a, "african_union", StanceLabel::Praise), "{a:#?}");
    let a = analyze("ووصفت الخارجية الألمانية الاتفاق بأنه خطوة في الاتجاه الصحيح.");
    assert!(
        has(&a, "germany.foreign_ministry", StanceLabel::Praise),
        "{a:#?}"
    );
    // Someone else's support, inside what was said, is no praise by the speaker.
    let a = analyze("وقال وزير الخارجية البريطاني إن إيران ستبقى معزولة بسبب دعمها للإرهاب.");
    assert!(
        a.stances.iter().all(|s| s.label != StanceLabel::Praise),
        "{:#?}",
        a.stances
    );
}

#[test]
fn seats_of_power_speak_for_their_state() {
    for (text, speaker) in [
        (
            "وأكد البيت الأبيض أن المحادثات ستستأنف الأسبوع المقبل.",
            "white_house",
        ),
        ("وقال الكرملين إن الرئيس الروسي سيزور الصين.", "kremlin"),
        ("وأعلن قصر الإليزيه أن الرئيس سيلقي خطابا.", "elysee_palace"),
    ] {
        let a = analyze(text);
        assert_eq!(speakers(&a), [speaker], "{text}: {a:#?}");
    }
}

#[test]
fn a_document_without_its_author_is_the_last_organizations() {
    let text = "أصدرت منظمة العفو الدولية تقريرا جديدا عن السجون. وقال المدير الإقليمي للمنظمة سامي جابر إن الوضع مقلق. وأشار التقرير إلى أن آلاف المعتقلين محرومون من المحاكمة. وبحسب التقرير فإن السلطات ترفض الزيارات.";
    let a = analyze(text);
    let by_report: Vec<String> = a
        .quotes
        .iter()
        .filter(|q| q.content.text.contains("المعتقلين") || q.content.text.contains("الزيارات"))
        .map(|q| q.speaker.as_ref().map_or("?".into(), |s| s.0.clone()))
        .collect();
    assert_eq!(
        by_report,
        ["amnesty_international", "amnesty_international"],
        "{a:#?}"
    );
}

#[test]
fn a_document_named_after_a_preposition_still_has_its_issuer() {
    let text = "ورحبت الحكومة المصرية بتقرير منظمة العفو الدولية عن السجون. ويضيف التقرير أن السجون مكتظة.";
    let a = analyze(text);
    assert_eq!(
        speaker_of(&a, "مكتظة").as_deref(),
        Some("amnesty_international")
    );
}

#[test]
fn a_document_its_issuer_owns_by_a_pronoun() {
    // حسب بيانها: the statement of the body that is the subject of the sentence, not of
    // the state named nearer to the noun.
    let text = "علقت منظمة العفو الدولية عملها بعد اعتقال موظفيها في سوريا، حسب بيانها. وذكر البيان أن الاعتقال تعسفي.";
    let a = analyze(text);
    assert_eq!(
        speaker_of(&a, "تعسفي").as_deref(),
        Some("amnesty_international"),
        "{a:#?}"
    );
    // قال بنك الكويت الوطني في تقريره: the state is inside the bank's name, not the
    // subject: no issuer.
    let a =
        analyze("قال بنك الكويت الوطني في تقريره إن الأسواق هادئة. وأوضح التقرير أن الأسعار سترتفع.");
    assert_eq!(speaker_of(&a, "سترتفع"), None, "{a:#?}");
}

#[test]
fn a_known_name_in_quotation_marks_after_its_head_noun() {
    let a = analyze("وحذرت منظمة \"أطباء بلا حدود\" من انهيار النظام الصحي.");
    assert_eq!(speakers(&a), ["doctors_without_borders"], "{a:#?}");
}

#[test]
fn a_nisba_after_a_verbal_noun_is_who_acts() {
    let a = analyze("ترحيب أوروبي بالاتفاق النووي مع طهران");
    assert!(has(&a, "european_union", StanceLabel::Praise), "{a:#?}");
    let a = analyze("رفض إسرائيلي للمبادرة الفرنسية");
    assert!(has(&a, "israel", StanceLabel::Condemn), "{a:#?}");
}

#[test]
fn a_name_stops_before_a_prepositional_phrase() {
    let a = analyze("وأشادت ماريا كوفاتش باختيار المدينة عاصمة للثقافة.");
    let names: Vec<&str> = a
        .actors
        .iter()
        .filter(|x| x.kind == mawqif::ActorKind::Person)
        .flat_map(|x| x.mentions.iter().map(|m| m.text.as_str()))
        .collect();
    assert_eq!(names, ["ماريا كوفاتش"], "{a:#?}");
}

#[test]
fn two_actors_before_a_dual_verb_speak_together() {
    let a = analyze("السعودية والأردن تؤكدان ضرورة التنسيق في مكافحة الإرهاب");
    assert_eq!(speakers(&a), ["jordan+saudi_arabia"], "{a:#?}");
}

#[test]
fn two_titled_persons_joined_by_wa_stay_two() {
    let a = analyze("وأكد الرئيس الأمريكي والرئيس الفرنسي أن الحرب يجب أن تنتهي.");
    let texts: Vec<&str> = a
        .actors
        .iter()
        .flat_map(|x| x.mentions.iter().map(|m| m.text.as_str()))
        .collect();
    assert_eq!(texts, ["الرئيس الأمريكي", "الرئيس الفرنسي"], "{a:#?}");
}

#[test]
fn unnamed_sources_are_nobody_named_before() {
    let text = "وذكرت صحيفة واشنطن بوست أن الإدارة تدرس فرض عقوبات جديدة. وقالت مصادر أمنية إن الهجوم أسفر عن مقتل خمسة جنود. وأفاد مراسل الجزيرة بأن القصف استمر طوال الليل.";
    let a = analyze(text);
    assert_eq!(speakers(&a), ["washington_post", "?", "?"], "{a:#?}");
}

#[test]
fn a_known_person_taken_up_by_title_and_first_name() {
    let text = "استقبل السلطان هيثم بن طارق آل سعيد وزير الخارجية الأمريكي في مسقط. وأكد السلطان هيثم حرص عمان على الحوار.";
    let a = analyze(text);
    assert_eq!(speakers(&a), ["haitham_bin_tariq"], "{a:#?}");
    assert_eq!(
        a.actors
            .iter()
            .filter(|x| x.kind == mawqif::ActorKind::Person)
            .count(),
        2,
        "the king once, the secretary once: {a:#?}"
    );
}

#[test]
fn a_terrorist_act_condemns_a_terrorist_group_alone_does_not() {
    let a = analyze("ووصفت وزارة الداخلية التركية التفجير بأنه عمل إرهابي جبان.");
    assert!(
        has(&a, "turkey.interior_ministry", StanceLabel::Condemn),
        "{a:#?}"
    );
    let a =
        analyze("وقال وزير الدفاع الفرنسي إن قوات بلاده ستواصل مكافحة الجماعات الإرهابية في الساحل.");
    assert!(a.stances.is_empty(), "{:#?}", a.stances);
}

#[test]
fn justifications_by_response_and_legitimate_reply() {
    for (text, actor) in [
        (
            "وأوضح وزير الداخلية المغربي أن القرار جاء استجابة لمطالب المواطنين.",
            "morocco.interior_minister",
        ),
        (
            "واعتبرت وزارة الدفاع الروسية أن الضربة كانت ردا مشروعا على الهجمات.",
            "russia.defence_ministry",
        ),
    ] {
        let a = analyze(text);
        let got: Vec<(&str, StanceLabel)> = a
            .stances
            .iter()
            .map(|s| (s.actor.as_str(), s.label))
            .collect();
        assert!(
            got.contains(&(actor, StanceLabel::Justify)),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn a_nominal_sentence_keeps_its_subject_before_an_actor_object() {
    let a = analyze("السعودية تدين إيران بشدة");
    assert!(has(&a, "saudi_arabia", StanceLabel::Condemn), "{a:#?}");
    assert!(!has(&a, "iran", StanceLabel::Condemn), "{a:#?}");
    // A statement noun after the verb is its object, not its author.
    let a = analyze("السعودية ترفض تصريحات وزير الخارجية الإيراني");
    assert!(has(&a, "saudi_arabia", StanceLabel::Condemn), "{a:#?}");
}

#[test]
fn backing_and_satisfaction_praise() {
    for (text, actor) in [
        ("الاتحاد الأوروبي يدعم جهود الوساطة المصرية", "european_union"),
        ("وأيدت فرنسا قرار مجلس الأمن الأخير.", "france"),
        ("قطر تعرب عن ارتياحها لنتائج الحوار الوطني", "qatar"),
    ] {
        let a = analyze(text);
        assert!(
            has(&a, actor, StanceLabel::Praise),
            "{text}: {:#?}",
            a.stances
        );
    }
}

#[test]
fn names_of_places_and_institutions_mention_no_one() {
    let text = "وصل الوفد إلى مطار الملك خالد الدولي ثم زار مستشفى الملك فهد وجامعة الإمام محمد بن سعود الإسلامية.";
    let a = analyze(text);
    assert!(
        a.actors.iter().all(|x| x.kind != mawqif::ActorKind::Person),
        "{:#?}",
        a.actors
    );
    // The plural of a place noun too (حدائق الملك ...).
    assert_no_person("وتقع الأرض بجوار حدائق الملك عبد الله العالمية في المدينة.");
}

#[test]
fn idioms_places_and_waterways_are_no_actors() {
    let text = "عبرت السفينة قناة السويس الجديدة. وأكد الوزير على حسن الجوار. ووصل الوفد إلى خميس مشيط. ونشر موقع التواصل الاجتماعي صورا.";
    let a = analyze(text);
    assert!(a.actors.is_empty(), "{:#?}", a.actors);
}

#[test]
fn names_carry_on_derived_spellings_families_and_heads() {
    let mentions = |text: &str| -> Vec<(String, String)> {
        analyze(text)
            .actors
            .iter()
            .flat_map(|a| a.mentions.iter().map(|m| (a.id.0.clone(), m.text.clone())))
            .collect()
    };
    // A dynasty after the name.
    assert_eq!(
        mentions("وقال الأمير فيصل بن فرحان آل سعود إن الزيارة مهمة."),
        [(
            "faisal_bin_farhan".to_string(),
            "الأمير فيصل بن فرحان آل سعود".to_string()
        )]
    );
    // The compound عبد written apart, though the lexicon lists it joined.
    assert_eq!(
        mentions("وقال عبد اللطيف رشيد إن الانتخابات ستجري في موعدها."),
        [(
            "abdul_latif_rashid".to_string(),
            "عبد اللطيف رشيد".to_string()
        )]
    );
    // The member states after a body's name.
    assert_eq!(
        mentions("وأكد مجلس التعاون للدول الخليجية دعمه للحوار."),
        [("gcc".to_string(), "مجلس التعاون للدول الخليجية".to_string())]
    );
    // A head noun before a name, derived from the actor's reference (الحزب), so that
    // role phrases compose over it.
    let a = analyze("وقال رئيس حزب الليكود إن الحكومة مستقرة.");
    assert_eq!(speakers(&a), ["likud.leader"], "{a:#?}");
}

#[test]
fn justify_frame() {
    let text =
        "وأوضحت الحكومة المغربية أن الإجراء يأتي في إطار حماية الأمن العام، واصفة القرار بأنه ضروري.";
    let a = analyze(text);
    assert!(
        has(&a, "morocco.government", StanceLabel::Justify),
        "{a:#?}"
    );
    assert!(!has(&a, "morocco.government", StanceLabel::Condemn));
}

#[test]
fn headline_with_addressee_and_colon_is_a_direct_quote() {
    let text = "وزير الخارجية الإيراني لواشنطن: العقوبات لن تغير موقفنا\nنص الخبر.";
    let a = analyze(text);
    assert_eq!(a.quotes.len(), 1, "{a:#?}");
    assert_eq!(a.quotes[0].kind, QuoteKind::Direct);
    assert_eq!(a.quotes[0].content.text, "العقوبات لن تغير موقفنا");
    let speaker = a.quotes[0].speaker.as_ref().unwrap();
    assert!(
        a.actor("united_states").is_some(),
        "the addressee is an actor too"
    );
    assert_ne!(speaker.as_str(), "united_states");
}

#[test]
fn direct_quote_after_qaila() {
    let text = "وأشاد أمير قطر بالاتفاق، قائلا: \"إنه خطوة تاريخية نحو السلام\".";
    let a = analyze(text);
    let q = a
        .quotes
        .iter()
        .find(|q| q.kind == QuoteKind::Direct)
        .expect("direct");
    assert_eq!(q.content.text, "إنه خطوة تاريخية نحو السلام");
    assert!(a.stances.iter().any(|s| s.label == StanceLabel::Praise));
}

#[test]
fn misspellings_and_clitics_find_the_same_actor() {
    for text in [
        "زار وفد كازخستان",
        "وقال إن كازاخستان",
        "ولكازاخستان",
        "فبكازاخستان",
    ] {
        let a = analyze(text);
        assert!(a.actor("kazakhstan").is_some(), "{text}: {a:#?}");
    }
    let a = analyze("وقدم الشكر للرئيس الفرنسي إيمانويل ماكرون");
    assert!(a.actor("emmanuel_macron").is_some(), "{a:#?}");
}

#[test]
fn negation_turns_praise_into_criticism_and_cancels_condemnation() {
    let a = analyze("وصرح المتحدث باسم حماس بأن القرار غير مبرر.");
    assert!(
        a.stances.iter().any(|s| s.label == StanceLabel::Condemn),
        "{a:#?}"
    );
    let a = analyze("وقالت الخارجية السعودية إن الاتفاق لا يشكل تهديدا ولا عدوانا على أحد.");
    assert!(
        !a.stances.iter().any(|s| s.label == StanceLabel::Condemn),
        "{a:#?}"
    );
}

#[test]
fn neutral_reporting_carries_no_stance() {
    let a = analyze("وقال وزير الخارجية العماني إن الاجتماع سيعقد الأسبوع المقبل في مسقط.");
    assert_eq!(a.quotes.len(), 1);
    assert!(a.stances.is_empty(), "{a:#?}");
}

#[test]
fn illegal_activities_of_a_report_judge_nothing() {
    // «الأنشطة غير المشروعة»، «الكسب غير المشروع» name what a police or customs report
    // is about; an act called unlawful is judged.
    let a = analyze(
        "وقال وزير الداخلية الأردني إن الحملة تستهدف الأنشطة غير المشروعة والكسب غير المشروع. \
         وقال وزير الخارجية الأردني أيمن الصفدي إن الاستيطان غير القانوني.",
    );
    assert!(
        !has(&a, "jordan.interior_minister", StanceLabel::Condemn),
        "{a:#?}"
    );
    assert!(has(&a, "ayman_safadi", StanceLabel::Condemn), "{a:#?}");
}

#[test]
fn thanking_god_praises_no_one() {
    let a = analyze(
        "وشكر وزير الخارجية الأردني أيمن الصفدي الله على سلامة الوفد. \
         وشكر وزير الخارجية القطري الحكومة الأردنية على حسن الاستقبال.",
    );
    assert_second_minister_only(&a, StanceLabel::Praise);
}

#[test]
fn within_a_framework_justifies_only_as_the_reason_given() {
    // «في إطار» alone places an event (in the course of a campaign); «يأتي في إطار»,
    // «تم في إطار» give an act its reason.
    let a = analyze(
        "وقال وزير الخارجية الأردني أيمن الصفدي إن الشرطة أوقفت عشرة أشخاص في إطار حملة أمنية. \
         وقال وزير الخارجية القطري إن رفع الأسعار يأتي في إطار حماية الاقتصاد.",
    );
    assert_second_minister_only(&a, StanceLabel::Justify);
}

#[test]
fn national_security_alone_defends_nothing() {
    // The nation's security as a topic is no reason given; as the reason for an act,
    // with the act's purpose, it is.
    let a = analyze(
        "وقال وزير الخارجية الأردني أيمن الصفدي إن التنظيم يشكل خطرا على الأمن القومي. \
         وقال وزير الخارجية القطري إن إغلاق الحدود جاء حفاظا على الأمن القومي.",
    );
    assert_second_minister_only(&a, StanceLabel::Justify);
}

#[test]
fn protests_and_stab_wounds_of_a_report_condemn_nothing() {
    // The demonstrations a report describes, a victim's stab wounds and a criminal
    // record are events; a state's protest at a statement is a stance.
    let a = analyze(
        "وقال وزير الداخلية الأردني إن المئات شاركوا في الاحتجاجات وإن مواطنا تلقى عدة طعنات \
         وإن للمتهم سجلا إجراميا. وقالت الكويت إنها استدعت سفيرها احتجاجا على التصريحات.",
    );
    assert!(
        !has(&a, "jordan.interior_minister", StanceLabel::Condemn),
        "{a:#?}"
    );
    assert!(has(&a, "kuwait", StanceLabel::Condemn), "{a:#?}");
}

#[test]
fn a_negation_reaches_past_any() {
    // «لا نرى أي مبرر»: no justification seen is a criticism; «لم يسجل أي انتهاكات»
    // no violation at all.
    let a = analyze(
        "وقال وزير الخارجية الأردني أيمن الصفدي إننا لا نرى أي مبرر لهذه الخطوة. \
         وقال وزير الخارجية القطري إن المراقبين لم يسجلوا أي انتهاكات.",
    );
    assert!(has(&a, "ayman_safadi", StanceLabel::Condemn), "{a:#?}");
    assert!(!has(&a, "ayman_safadi", StanceLabel::Justify), "{a:#?}");
    assert!(
        !has(
            &a,
            "mohammed_bin_abdulrahman_al_thani",
            StanceLabel::Condemn
        ),
        "{a:#?}"
    );
}

#[test]
fn a_negation_reaches_past_any_and_its_noun() {
    // «لم ترتكب أي عمل غير قانوني»: the adjective of the noun after «أي» is negated
    // too: no illegal act, no condemnation.
    let a = analyze("وقالت الحكومة الأردنية إنها لم ترتكب أي عمل غير قانوني.");
    assert!(
        !has(&a, "jordan.government", StanceLabel::Condemn),
        "{a:#?}"
    );
}

#[test]
fn capitals_stand_for_states() {
    let a = analyze("رحبت موسكو بالمبادرة، فيما انتقدت طهران الخطوة.");
    assert!(has(&a, "russia", StanceLabel::Praise), "{a:#?}");
    assert!(has(&a, "iran", StanceLabel::Condemn), "{a:#?}");
}

#[test]
fn spans_index_the_original_text() {
    let text = "\u{FEFF}أدانتْ حركةُ «حمـاس» بشدةٍ الهجومَ.\r\nوقالت إنّ الهجوم جريمة.";
    let a = analyze(text);
    for actor in &a.actors {
        for m in &actor.mentions {
            assert_eq!(&text[m.start..m.end], m.text);
        }
    }
    for q in &a.quotes {
        assert_eq!(&text[q.content.start..q.content.end], q.content.text);
    }
}

#[test]
fn according_to_attributes_the_rest_of_the_sentence() {
    let a = analyze("ووفقا للأمم المتحدة، فإن عدد النازحين تجاوز مليون شخص هذا العام.");
    assert_eq!(speakers(&a), ["united_nations"], "{a:#?}");
    assert!(a.quotes[0].content.text.contains("النازحين"));
}

#[test]
fn duals_name_the_two_parties() {
    let text = "زار وزير الخارجية السعودي الأردن، والتقى المسؤولين في الأردن والسعودية. وأكد الجانبان رفضهما للتدخلات الخارجية.";
    let a = analyze(text);
    let joint = a
        .stances
        .iter()
        .find(|s| s.actor.as_str().contains('+'))
        .unwrap_or_else(|| panic!("{a:#?}"));
    assert_eq!(joint.label, StanceLabel::Condemn);
    assert!(
        joint.actor.as_str().contains("jordan") && joint.actor.as_str().contains("saudi_arabia")
    );
}

#[test]
fn unknown_persons_after_titles_and_in_apposition() {
    let a = analyze("وقال الناشط الحقوقي البلوشي كريم دهقاني، إن الإعدامات جريمة.");
    assert_eq!(speakers(&a), ["krym_dhqany"], "{a:#?}");
    let a = analyze("وذكرت الصحيفة أن ماتياس لوبرون، المدير الإقليمي للمنظمة، انتقد القرار.");
    assert!(a.actor("matyas_lwbrwn").is_some(), "{a:#?}");
    assert!(has(&a, "matyas_lwbrwn", StanceLabel::Condemn), "{a:#?}");
}

#[test]
fn a_statement_noun_names_its_author() {
    let a = analyze("وجاء في بيان لمنظمة العفو الدولية «إن هذه الهجمات ترقى إلى جرائم حرب».");
    assert_eq!(speakers(&a), ["amnesty_international"], "{a:#?}");
    assert!(has(&a, "amnesty_international", StanceLabel::Condemn));
}

/// The names of the actors found in `text`, as the analysis gives them.
/// Asserts that `text` yields no person actor (an idiom, a month, a place ...).
fn assert_no_person(text: &str) {
    let a = analyze(text);
    assert!(
        a.actors.iter().all(|x| x.kind != ActorKind::Person),
        "{text}: {a:#?}"
    );
}

/// Asserts that some actor mention of `text` holds `part`.
fn assert_mention_with(text: &str, part: &str) {
    let found = actor_mentions(text);
    assert!(found.iter().any(|m| m.contains(part)), "{text}: {found:?}");
}

/// Asserts that some actor mention of `text` is exactly `mention`.
fn assert_mention_is(text: &str, mention: &str) {
    let found = actor_mentions(text);
    assert!(found.iter().any(|m| m == mention), "{text}: {found:?}");
}

/// Asserts that no actor mention of `text` holds any of `parts`.
fn assert_no_mention_with(text: &str, parts: &[&str]) {
    let found = actor_mentions(text);
    assert!(
        !found.iter().any(|m| parts.iter().any(|p| m.contains(p))),
        "{text}: {found:?}"
    );
}

fn actor_mentions(text: &str) -> Vec<String> {
    analyze(text)
        .actors
        .iter()
        .flat_map(|a| a.mentions.iter().map(|m| m.text.clone()))
        .collect()
}

#[test]
fn a_body_by_pattern_is_a_noun_phrase() {
    // It stops at a verb, and never takes a following person.
    let found = actor_mentions("وقالت هيئة الموانئ البحرية نجحت في تطوير الميناء.");
    assert!(found.iter().all(|m| !m.contains("نجحت")), "{found:?}");
    let found = actor_mentions("وقال رئيس جمعية الصيادين الدكتور كمال الزيات إن الموسم جيد.");
    assert!(
        found
            .iter()
            .all(|m| !(m.contains("جمعية") && m.contains("كمال"))),
        "{found:?}"
    );
    // An indefinite head with an indefinite adjective names no one.
    for text in [
        "وأعلنت شركة ألمانية عن خطة جديدة.",
        "وأطلقت جمعية نسائية حملة للتوعية.",
        "وقالت مؤسسة تقوم بأعمال الإغاثة إن الوضع صعب.",
    ] {
        let a = analyze(text);
        assert!(
            a.actors.iter().all(|x| !x.mentions[0].text.contains("شركة")
                && !x.mentions[0].text.contains("جمعية")
                && !x.mentions[0].text.contains("مؤسسة")),
            "{text}: {:?}",
            a.actors
        );
    }
    // Traffic and motion are no movement.
    assert!(actor_mentions("وشهدت حركة السير ازدحاما كبيرا.").is_empty());
}

#[test]
fn a_person_by_pattern_stops_at_a_conjunct_and_keeps_foreign_names() {
    let found = actor_mentions("وقال الشيخ سامي العلي ووليد الحربي إن الاتفاق مهم.");
    assert!(
        found
            .iter()
            .all(|m| !(m.contains("سامي") && m.contains("وليد"))),
        "{found:?}"
    );
    // A surname that starts with و is no conjunct.
    assert_mention_with("وقال الباحث جورج ويلسون إن التقرير دقيق.", "جورج ويلسون");
}

/// The speaker of the quote whose content contains `needle`.
/// Asserts that of the two ministers most tests quote, Jordan's (the first sentence)
/// has no stance `label` and Qatar's (the second) has it.
fn assert_second_minister_only(a: &Analysis, label: StanceLabel) {
    assert!(!has(a, "ayman_safadi", label), "{a:#?}");
    assert!(has(a, "mohammed_bin_abdulrahman_al_thani", label), "{a:#?}");
}

fn speaker_of(a: &Analysis, needle: &str) -> Option<String> {
    a.quotes
        .iter()
        .find(|q| q.content.text.contains(needle))
        .unwrap_or_else(|| panic!("no quote with {needle:?}: {a:#?}"))
        .speaker
        .as_ref()
        .map(|s| s.0.clone())
}

#[test]
fn an_unknown_titled_speaker_is_nobody_known() {
    let a = analyze("أدانت مصر الهجوم بشدة. وقال مدير المستشفى الميداني إن الوضع صعب للغاية.");
    assert_ne!(
        speaker_of(&a, "الوضع صعب").as_deref(),
        Some("egypt"),
        "{a:#?}"
    );
}

#[test]
fn a_generic_plural_source_is_no_speaker() {
    for text in [
        "رحبت مصر بالاتفاق. وقالت أوساط سياسية إن الخطوة متأخرة.",
        "رحبت قطر بالاتفاق. ويرى المحللون أن الخطوة متأخرة.",
        "رحبت الأردن بالاتفاق. وتشير نفس الدراسات إلى أن الخطوة متأخرة.",
        // A quantifier after the verb: some, many (of the experts).
        "رحب الرئيس الفرنسي بالاتفاق. ويرى البعض أن الخطوة متأخرة.",
        "رحب الرئيس الفرنسي بالاتفاق. ويقول الكثير من الخبراء إن الخطوة متأخرة.",
    ] {
        let a = analyze(text);
        assert_eq!(speaker_of(&a, "الخطوة متأخرة"), None, "{text}: {a:#?}");
    }
}

#[test]
fn a_relative_clause_verb_has_the_antecedent_for_subject() {
    // انتقدت inside the relative clause is Turkey's, with Saudi Arabia its object.
    let a = analyze("وكانت تركيا التي انتقدت السعودية قد أكدت أن الحوار ضروري.");
    assert!(has(&a, "turkey", StanceLabel::Condemn), "{a:#?}");
    assert!(!has(&a, "saudi_arabia", StanceLabel::Condemn), "{a:#?}");
    // اتهم ends in هم, «them», without being a verb with that pronoun.
    let a = analyze("وانتقد النائب تصريحات نوري المالكي الذي اتهم تركيا بدعم الإرهاب.");
    assert!(has(&a, "nouri_al_maliki", StanceLabel::Condemn), "{a:#?}");
    assert!(!has(&a, "turkey", StanceLabel::Condemn), "{a:#?}");
}

#[test]
fn an_object_is_not_the_subject_of_a_coordinated_verb() {
    let a = analyze(
        "استقبل الرئيس المصري عبد الفتاح السيسي وزير الخارجية الأردني أيمن الصفدي، وأكد أن العلاقات قوية.",
    );
    assert_eq!(
        speaker_of(&a, "العلاقات قوية").as_deref(),
        Some("abdel_fattah_el_sisi"),
        "{a:#?}"
    );
}

#[test]
fn an_unresolved_descriptor_takes_up_the_last_person_not_a_body() {
    let a = analyze(
        "قال وزير الإعلام سامر الخطيب إن الحكومة ملتزمة. ورحبت نقابة المحامين بالقرار. وأضاف الوزير أن الإصلاح مستمر.",
    );
    assert_eq!(
        speaker_of(&a, "الإصلاح مستمر").as_deref(),
        Some("samr_alkhtyb"),
        "{a:#?}"
    );
}

#[test]
fn an_indefinite_spokesperson_is_not_the_office_holder() {
    // متحدث باسم: a spokesperson, whoever holds the office of the spokesperson.
    let a = analyze("وقال متحدث باسم وزارة الخارجية الأمريكية إن القرار خاطئ.");
    assert_eq!(
        speaker_of(&a, "القرار خاطئ").as_deref(),
        Some("united_states.foreign_ministry.spokesperson"),
        "{a:#?}"
    );
}

#[test]
fn actors_found_by_pattern_are_named_as_written() {
    let a =
        analyze("وقال الدكتور أحمد الزهراني إن القرار صائب. وأعلنت هيئة الأوقاف الإسلامية عن خطة.");
    let names: Vec<&str> = a.actors.iter().map(|x| x.name.as_str()).collect();
    assert!(names.contains(&"أحمد الزهراني"), "{names:?}");
    assert!(names.contains(&"هيئة الأوقاف الإسلامية"), "{names:?}");
}

#[test]
fn an_honorific_or_an_unknown_head_before_a_name_keeps_the_person() {
    let a = analyze("وأوضح وزير العدل الشيخ وليد الصمعاني أن القضاة سيباشرون أعمالهم.");
    assert_eq!(
        speaker_of(&a, "القضاة سيباشرون").as_deref(),
        Some("wlyd_alsmaany"),
        "{a:#?}"
    );
    let a = analyze(
        "ورحبت الحكومة الأردنية بالقرار. من جانبه، دعا خطيب المسجد الكبير سامي الخطيب، أمس، المصلين إلى الهدوء.",
    );
    assert_eq!(
        speaker_of(&a, "المصلين إلى الهدوء").as_deref(),
        Some("samy_alkhtyb"),
        "{a:#?}"
    );
}

#[test]
fn a_bare_ministry_belongs_to_the_state_the_article_is_about() {
    let a = analyze(
        "أعلنت الكويت خطة جديدة للطاقة. وقالت وزارة الخارجية في بيان إن الكويت ملتزمة بالحوار مع جيرانها.",
    );
    assert_eq!(
        speaker_of(&a, "ملتزمة بالحوار").as_deref(),
        Some("kuwait.foreign_ministry"),
        "{a:#?}"
    );
    // Two states named as often: whose ministry is not said, and none is guessed.
    let a = analyze(
        "التقى وفد من الكويت وفدا من قطر. وقالت وزارة الخارجية في بيان إن اللقاء كان مثمرا.",
    );
    assert_eq!(
        speaker_of(&a, "اللقاء كان مثمرا").as_deref(),
        Some("foreign_ministry"),
        "{a:#?}"
    );
}

#[test]
fn split_and_joined_spellings_and_unlisted_first_names_are_one_person() {
    let a = analyze("قال صلاحالدين الحداد إن الوضع هادئ. وأكد صلاح الدين الحداد أن الأمن مستتب.");
    assert_eq!(a.actors.len(), 1, "{:?}", a.actors);
    // سيرغيه for سيرغي: the whole name is the known person's one mention.
    let a = analyze("وقال وزير الخارجية الروسي سيرغيه لافروف إن الحل سياسي.");
    assert_eq!(
        speaker_of(&a, "الحل سياسي").as_deref(),
        Some("sergey_lavrov"),
        "{a:#?}"
    );
    assert!(
        a.actors[0]
            .mentions
            .iter()
            .any(|m| m.text.ends_with("سيرغيه لافروف")),
        "{:?}",
        a.actors
    );
}

#[test]
fn a_short_form_of_a_named_body_is_that_body() {
    for text in [
        "أدانت هيئة الإغاثة الإنسانية التركية القصف. وقالت هيئة الإغاثة إن المساعدات متوقفة.",
        "هيئة الإغاثة تحذر من المجاعة\nوقالت هيئة الإغاثة الإنسانية التركية إن المساعدات متوقفة.",
    ] {
        let a = analyze(text);
        assert_eq!(a.actors.len(), 1, "{text}: {:?}", a.actors);
    }
}

#[test]
fn a_bare_title_is_the_host_not_the_guest_named_with_a_nisba() {
    // Two foreign ministers: the guest introduced with his state's nisba, the host
    // without. A later bare title is the host's, though the guest was named last.
    let a = analyze(
        "قال وزير الخارجية سامر الخطيب إن الزيارة مهمة. واستقبل الخطيب في الرباط وزير الخارجية الألماني يوهان برغر. ورأى وزير الخارجية أن الحوار مستمر.",
    );
    let host = speaker_of(&a, "الزيارة مهمة");
    assert!(host.is_some(), "{a:#?}");
    assert_eq!(speaker_of(&a, "الحوار مستمر"), host, "{a:#?}");
}

#[test]
fn a_king_named_by_title_and_first_name() {
    let a = analyze("وأكد الملك سلمان أن المملكة ماضية في الإصلاح.");
    assert_eq!(
        speaker_of(&a, "ماضية في الإصلاح").as_deref(),
        Some("salman_bin_abdulaziz"),
        "{a:#?}"
    );
}

#[test]
fn verbs_continuing_an_unknown_speaker_have_no_speaker() {
    let a = analyze(
        "رحب الرئيس المصري عبد الفتاح السيسي بالاتفاق. وقال مسؤول في الوزارة إن الخطوة مهمة، مضيفا أن التنفيذ سيبدأ قريبا. وأضاف أن الحوار مستمر.",
    );
    assert_eq!(speaker_of(&a, "الخطوة مهمة"), None, "{a:#?}");
    assert_eq!(speaker_of(&a, "التنفيذ سيبدأ"), None, "{a:#?}");
    assert_eq!(speaker_of(&a, "الحوار مستمر"), None, "{a:#?}");
}

#[test]
fn an_honorific_pronoun_subject_is_the_person_named_before() {
    let a = analyze("استقبل الملك سلمان الوفد في الرياض. وأكد جلالته أن الزيارة ناجحة.");
    assert_eq!(
        speaker_of(&a, "الزيارة ناجحة").as_deref(),
        Some("salman_bin_abdulaziz"),
        "{a:#?}"
    );
}

#[test]
fn a_long_title_chain_ends_at_the_verbs_preposition_after_the_name() {
    let a = analyze(
        "ولفت مدير عام هيئة السياحة أمين عام مجلس التنمية بالمنطقة المهندس سامر الخطيب إلى أن الموسم ناجح.",
    );
    assert_eq!(
        speaker_of(&a, "الموسم ناجح").as_deref(),
        Some("samr_alkhtyb"),
        "{a:#?}"
    );
}

#[test]
fn an_institution_of_no_known_state_is_its_own_actor() {
    // No state named: the ministry is an actor of its own, taken up by الوزارة.
    let a = analyze("أعلنت وزارة البترول أن الأسعار سترتفع. وأكدت الوزارة أن القرار نهائي.");
    assert_eq!(
        speaker_of(&a, "الأسعار سترتفع").as_deref(),
        Some("oil_ministry"),
        "{a:#?}"
    );
    assert_eq!(
        speaker_of(&a, "القرار نهائي").as_deref(),
        Some("oil_ministry"),
        "{a:#?}"
    );
    // A one-word reference names no institution on its own.
    let a = analyze("وأكدت الحكومة أن القرار نهائي.");
    assert_eq!(speaker_of(&a, "القرار نهائي"), None, "{a:#?}");
}

#[test]
fn a_definite_institution_named_by_nisba_and_complement_is_a_body() {
    // الاتحاد is also a reference form (to a union named before): followed by a state's
    // nisba it opens a name of its own, which ل in construct completes.
    let a = analyze("وقال الاتحاد الأردني لكرة السلة إن البطولة ستقام في موعدها.");
    let speaker = speaker_of(&a, "البطولة ستقام").expect("a speaker");
    let body = a.actors.iter().find(|x| x.id.0 == speaker).unwrap();
    assert_eq!(body.mentions[0].text, "الاتحاد الأردني لكرة السلة", "{a:#?}");
    // After an indefinite head, ل in construct is a title's complement, not the body's.
    let found =
        actor_mentions("وقال وكيل وزارة الصحة لشؤون المستشفيات سامر الخطيب إن العمل مستمر.");
    assert!(!found.iter().any(|m| m.contains("لشؤون")), "{found:?}");
}

#[test]
fn a_lineage_runs_to_its_family_name_and_an_adjective_can_be_one() {
    assert_mention_with(
        "وقال سامر بن خالد بن فهد الحمدان إن العمل مستمر.",
        "سامر بن خالد بن فهد الحمدان",
    );
    // الرشيد is an evaluative adjective (الحكم الرشيد), and a family name after a name.
    assert_mention_with("وقال عبد الله الرشيد إن العمل مستمر.", "عبد الله الرشيد");
    // Past four words only the lineage goes on, not the sentence.
    assert_no_mention_with(
        "وأطرب سامر بن خالد الحمدان جمهوره بأدائه المعهود.",
        &["بأدائه"],
    );
}

#[test]
fn a_body_named_by_two_adjectives_and_its_short_form_are_one_actor() {
    // الشعبي and الوطني are no person's name, but a body's name goes on with them.
    let a = analyze("وقال المجلس الشعبي الوطني في بيان إن القرار تتويج للجهود.");
    let speaker = speaker_of(&a, "القرار تتويج").expect("a speaker");
    let body = a.actors.iter().find(|x| x.id.0 == speaker).unwrap();
    assert_eq!(body.mentions[0].text, "المجلس الشعبي الوطني", "{a:#?}");
    // The short form of a body found by pattern is that body.
    let a = analyze(
        "أكدت هيئة النزاهة الاتحادية أنها مستقلة. وقالت هيئة النزاهة في بيان إن التحقيق مستمر.",
    );
    assert_eq!(
        speaker_of(&a, "مستقلة"),
        speaker_of(&a, "التحقيق مستمر"),
        "{a:#?}"
    );
}

#[test]
fn a_title_in_the_headline_is_the_person_the_text_names_below() {
    let text = "وزير الخارجية يؤكد دعم الحوار\nأكد وزير الخارجية سامر الخطيب أن الحوار هو الطريق.";
    let a = analyze(text);
    let headline_mention = a
        .actors
        .iter()
        .find(|x| x.mentions.iter().any(|m| m.start == 0))
        .map(|x| x.id.0.clone());
    assert_eq!(
        headline_mention,
        speaker_of(&a, "الحوار هو الطريق"),
        "{a:#?}"
    );
}

#[test]
fn a_body_with_an_adjective_and_a_complement_is_named_and_stops_before_a_known_name() {
    // المكتب is also a reference form; an adjective and a complement with ل name a body.
    let found = actor_mentions("وقال المكتب الإعلامي للحكومة اليمنية إن الحكومة مستمرة.");
    assert!(
        found.iter().any(|m| m == "المكتب الإعلامي للحكومة اليمنية"),
        "{found:?}"
    );
    // A body's complete name does not swallow a name the lexicon knows after it.
    let a = analyze("وقالت المنظمة الدولية للثقافة والفنون اليونسكو إن التراث مهدد.");
    assert!(a.actors.iter().any(|x| x.id.0 == "unesco"), "{a:#?}");
}

#[test]
fn an_unlisted_first_name_and_a_family_name_after_a_title() {
    let a = analyze("من جانبه أكد عضو المفوضية مؤنس الموسوي أن التصويت سار بهدوء.");
    assert_eq!(
        speaker_of(&a, "التصويت سار").as_deref(),
        Some("mns_almwswy"),
        "{a:#?}"
    );
}

#[test]
fn a_head_with_an_indefinite_participle_describes_a_kind_of_body() {
    assert_no_mention_with(
        "وطالبت المنظمة بتشكيل لجنة مستقلة للتحقيق في الأحداث.",
        &["مستقلة"],
    );
    assert_no_mention_with("وأعلنت الشرطة القبض على أفراد جماعة متشددة.", &["متشددة"]);
    // A noun in ـة in construct with a name is part of the body's name.
    assert_mention_with(
        "وقالت بلدية محافظة الخرج إن العمل مستمر.",
        "بلدية محافظة الخرج",
    );
}

#[test]
fn a_name_stops_before_a_noun_with_a_proclitic_and_a_pronoun() {
    assert_no_mention_with(
        "وأشاد المدرب بالحارس سامر الخطيب بجدارته في المباراة.",
        &["بجدارته"],
    );
    // A family name in ـة without a proclitic is a name (فلاتة).
    assert_mention_with("وقال عمران فلاتة إن الفريق جاهز.", "عمران فلاتة");
}

#[test]
fn a_report_relayed_from_someone_is_that_persons() {
    let a = analyze("ونقلت الصحيفة عن الرئيس المصري عبد الفتاح السيسي قوله إن الوضع مستقر.");
    assert_eq!(
        speaker_of(&a, "الوضع مستقر").as_deref(),
        Some("abdel_fattah_el_sisi"),
        "{a:#?}"
    );
    // نقل without عن and an actor is «moved»: no report.
    let a = analyze("ونقلت الطائرة الركاب إلى القاهرة أمس.");
    assert!(a.quotes.is_empty(), "{a:#?}");
}

#[test]
fn a_name_in_quotation_marks_after_the_verb_is_its_subject_not_what_was_said() {
    let a = analyze("وأفاد «المرصد السوري لحقوق الإنسان» بأن القصف استمر طوال الليل.");
    assert_eq!(
        speaker_of(&a, "القصف استمر").as_deref(),
        Some("syrian_observatory_for_human_rights"),
        "{a:#?}"
    );
    assert!(
        !a.quotes.iter().any(|q| q.content.text.contains("المرصد")),
        "{a:#?}"
    );
}

#[test]
fn a_body_after_an_unnamed_title_is_its_complement_not_the_speaker() {
    // The director, not the union, said it; and the verb that carries on his words
    // (مضيفا) has no speaker either, not the union or the state named before.
    let a = analyze(
        "رحبت تونس بالاتفاق. وقال مدير اتحاد المزارعين التونسيين إن المحصول وفير هذا العام، مضيفا أن الأسعار ستنخفض.",
    );
    assert_eq!(speaker_of(&a, "المحصول وفير"), None, "{a:#?}");
    assert_eq!(speaker_of(&a, "الأسعار ستنخفض"), None, "{a:#?}");
    // The body speaks when it is the subject itself.
    let a = analyze("وقال اتحاد المزارعين التونسيين إن المحصول وفير هذا العام.");
    assert!(speaker_of(&a, "المحصول وفير").is_some(), "{a:#?}");
}

#[test]
fn a_plural_head_with_a_definite_complement_is_a_group_that_speaks() {
    let text = "وقال قادة الفصائل الميدانية إن الهدنة صامدة حتى الآن.";
    let a = analyze(text);
    let group = a
        .actors
        .iter()
        .find(|x| x.kind == mawqif::ActorKind::Group)
        .unwrap_or_else(|| panic!("no group: {a:#?}"));
    assert_eq!(group.name, "قادة الفصائل الميدانية");
    assert_eq!(
        &text[group.mentions[0].start..group.mentions[0].end],
        group.name
    );
    assert_eq!(speaker_of(&a, "الهدنة صامدة"), Some(group.id.0.clone()));
    // One of them, or members named by no complement, are no group: nobody known.
    for text in [
        "رحبت مصر بالهدنة. وقال أحد قادة الفصائل إن الهدنة صامدة.",
        "رحبت مصر بالهدنة. وقال نواب إن الهدنة صامدة.",
    ] {
        let a = analyze(text);
        assert_eq!(speaker_of(&a, "الهدنة صامدة"), None, "{text}: {a:#?}");
    }
}

#[test]
fn in_the_pluperfect_the_subject_stands_before_qad_and_the_actor_after_the_verb_is_its_object() {
    let a = analyze("وكانت الحكومة الفرنسية قد انتقدت إيران بسبب برنامجها الصاروخي.");
    assert!(has(&a, "france.government", StanceLabel::Condemn), "{a:#?}");
    assert!(!has(&a, "iran", StanceLabel::Condemn), "{a:#?}");
}

#[test]
fn a_bodys_general_secretariat_speaks_as_the_body() {
    let a = analyze("وأدانت الأمانة العامة لمجلس التعاون الخليجي التفجير الذي استهدف المسجد.");
    let gcc = a
        .actors
        .iter()
        .find(|x| {
            x.mentions
                .iter()
                .any(|m| m.text.starts_with("الأمانة العامة"))
        })
        .unwrap_or_else(|| panic!("{a:#?}"));
    assert_eq!(gcc.kind, mawqif::ActorKind::InternationalOrganization);
    assert!(has(&a, &gcc.id.0, StanceLabel::Condemn), "{a:#?}");
    // A state's secretariat is no such phrase.
    let a = analyze("وأدانت الأمانة العامة لمصر التفجير.");
    assert!(!has(&a, "egypt", StanceLabel::Condemn), "{a:#?}");
}

#[test]
fn a_bodys_construct_complement_runs_through_indefinite_nouns_to_its_definite_word() {
    let a = analyze("وطالب المجلس التنسيقي لقطاع مصانع الأسمنت بخفض أسعار الوقود.");
    let names: Vec<&str> = a.actors.iter().map(|x| x.name.as_str()).collect();
    assert!(
        names.contains(&"المجلس التنسيقي لقطاع مصانع الأسمنت"),
        "{names:?}"
    );
    // ل on a verbal noun is purpose, not part of the name.
    let a = analyze("وقالت اللجنة التنفيذية لتحديد موعد الانتخابات إنها ستجتمع.");
    assert!(
        !a.actors.iter().any(|x| x.name.contains("لتحديد")),
        "{:?}",
        a.actors
    );
}

#[test]
fn a_definite_federation_named_jamia_is_a_body_and_a_university_is_not_made_one() {
    let a = analyze("وأعلنت الجامعة التونسية لكرة اليد أنها ستطعن في قرار الاتحاد الدولي.");
    let names: Vec<&str> = a.actors.iter().map(|x| x.name.as_str()).collect();
    assert!(names.contains(&"الجامعة التونسية لكرة اليد"), "{names:?}");
    assert_eq!(
        a.quotes[0].speaker.as_ref().map(|s| s.0.as_str()),
        Some(
            a.actors
                .iter()
                .find(|x| x.name == "الجامعة التونسية لكرة اليد")
                .map(|x| x.id.0.as_str())
                .unwrap_or("")
        )
    );
    let a = analyze("وأعلنت جامعة الملك فهد عن وظائف شاغرة للمعيدين.");
    assert!(
        !a.actors.iter().any(|x| x.name.starts_with("جامعة")),
        "{:?}",
        a.actors
    );
}

#[test]
fn a_renewed_speech_act_is_a_report_read_with_the_nouns_frames() {
    let a = analyze("وجددت وزارة الخارجية القطرية تأكيدها على أن الحوار هو السبيل الوحيد.");
    assert_eq!(a.quotes.len(), 1, "{a:#?}");
    assert_eq!(a.quotes[0].content.text, "الحوار هو السبيل الوحيد");
    assert_eq!(
        a.quotes[0].speaker.as_ref().map(|s| s.0.as_str()),
        Some("qatar.foreign_ministry")
    );
    let a = analyze("وجدد الوزير القطري التأكيد على أن الحوار هو السبيل الوحيد.");
    assert_eq!(a.quotes.len(), 1, "{a:#?}");
    // Renewing a contract reports nothing.
    let a = analyze("وجددت الشركة القطرية عقدها مع المورد لعامين.");
    assert!(a.quotes.is_empty(), "{a:#?}");
}

#[test]
fn a_renewed_speech_act_after_the_subjects_name_in_apposition() {
    let a =
        analyze("جدد وزير الخارجية الأردني، أيمن الصفدي، التشديد على أن الحل السياسي هو المخرج.");
    assert_eq!(a.quotes.len(), 1, "{a:#?}");
    assert_eq!(a.quotes[0].content.text, "الحل السياسي هو المخرج");
    assert_eq!(
        a.quotes[0].speaker.as_ref().map(|s| s.0.as_str()),
        Some("ayman_safadi")
    );
}

#[test]
fn a_surname_shared_with_a_famous_person_goes_to_the_person_this_article_introduced() {
    let a =
        analyze("وقال الباحث الاقتصادي سمير عباس إن الأسعار سترتفع. وأضاف عباس أن التضخم سيستمر.");
    assert_eq!(
        speaker_of(&a, "التضخم سيستمر").as_deref(),
        Some("smyr_abas"),
        "{a:#?}"
    );
    assert!(
        !a.actors.iter().any(|x| x.id.0 == "mahmoud_abbas"),
        "{a:#?}"
    );
    // Named by the lexicon after the other, the famous one keeps his name.
    let a = analyze(
        "وقال الباحث سمير عباس إن الأسعار سترتفع. وقال الرئيس الفلسطيني محمود عباس إن المفاوضات متوقفة. وأضاف عباس أن الاستيطان غير شرعي.",
    );
    assert_eq!(
        speaker_of(&a, "الاستيطان غير شرعي").as_deref(),
        Some("mahmoud_abbas"),
        "{a:#?}"
    );
}

#[test]
fn yatabi_with_a_colon_carries_on_a_speech_and_without_one_monitors() {
    let a = analyze("قال المحلل سامي خوري إن السوق هادئة. ويتابع: «الأسعار ستستقر قريبا».");
    let analyst = speaker_of(&a, "السوق هادئة");
    assert!(analyst.is_some(), "{a:#?}");
    assert_eq!(speaker_of(&a, "الأسعار ستستقر"), analyst, "{a:#?}");
    let a = analyze("وقالت مصادر تتابع الملف عن كثب إن المفاوضات متعثرة.");
    assert!(
        !a.quotes
            .iter()
            .any(|q| q.cue.as_ref().is_some_and(|c| c.text.contains("تتابع"))),
        "{a:#?}"
    );
}

#[test]
fn a_headline_name_and_colon_own_the_words_after_them_even_with_a_verb_in_them() {
    let text =
        "سامي الخطيب: أعلنت انسحابي من السباق\nأعلن المرشح سامي الخطيب انسحابه من الانتخابات.";
    let a = analyze(text);
    let first = a.quotes.first().unwrap_or_else(|| panic!("{a:#?}"));
    assert_eq!(first.content.text, "أعلنت انسحابي من السباق", "{a:#?}");
    assert!(first.speaker.is_some(), "{a:#?}");
    // A dateline and the report after it are no such quote.
    let a = analyze("القاهرة: أعلنت وزارة الصحة المصرية تسجيل حالات جديدة.");
    assert!(
        !a.quotes.iter().any(|q| q.content.text.starts_with("أعلنت")),
        "{a:#?}"
    );
}

#[test]
fn the_members_of_a_known_body_speak_as_that_body_and_a_states_leaders_do_not() {
    let a = analyze("رحبت مصر بالاتفاق. وأكد أعضاء مجلس الأمن أن الهدنة يجب أن تستمر.");
    assert_eq!(
        speaker_of(&a, "الهدنة يجب").as_deref(),
        Some("un_security_council"),
        "{a:#?}"
    );
    let a = analyze("رحبت مصر بالاتفاق. وأكد قادة إيران أن الهدنة يجب أن تستمر.");
    assert_eq!(speaker_of(&a, "الهدنة يجب"), None, "{a:#?}");
}

#[test]
fn a_lineage_runs_through_compound_names_and_a_famous_first_name_does_not_stop_it() {
    let a = analyze("وقال الدكتور عبد الرحمن بن عبد الله بن محمد الغامدي إن الخطة جاهزة.");
    let names: Vec<&str> = a.actors.iter().map(|x| x.name.as_str()).collect();
    assert!(
        names.contains(&"عبد الرحمن بن عبد الله بن محمد الغامدي"),
        "{names:?}"
    );
    // مشعل is the lexicon's weak name for Khaled Meshaal; بن ماجد goes on to someone else.
    let a = analyze("وقال الأمير مشعل بن ماجد إن الفعاليات ناجحة.");
    assert!(
        !a.actors.iter().any(|x| x.id.0 == "khaled_meshaal"),
        "{a:#?}"
    );
    assert!(named(&a, "مشعل بن ماجد"), "{:?}", a.actors);
    // The word after بن is a name even when it reads as a nisba (بن تركي).
    let a = analyze("وقال الأمير فيصل بن تركي إن الفريق جاهز.");
    assert!(named(&a, "فيصل بن تركي"), "{:?}", a.actors);
}

#[test]
fn a_body_stops_before_a_time_phrase_and_another_body_names_none() {
    let a = analyze("وقالت الرابطة الوطنية لمصدري التمور الشهر الماضي إن الصادرات تراجعت.");
    let names: Vec<&str> = a.actors.iter().map(|x| x.name.as_str()).collect();
    assert!(
        names.contains(&"الرابطة الوطنية لمصدري التمور"),
        "{names:?}"
    );
    // «صحيفة ثانية» is no named body, and the speaker is unnamed, not the last one.
    let a = analyze("وقال الرئيس الأمريكي إن الاتفاق جيد. وذكرت صحيفة ثانية أن الاتفاق سيئ.");
    assert!(
        !a.actors.iter().any(|x| x.name.contains("أخرى")),
        "{:?}",
        a.actors
    );
    assert_eq!(speaker_of(&a, "الاتفاق سيئ"), None, "{a:#?}");
}

#[test]
fn a_body_head_after_and_opens_the_next_body() {
    let a = analyze("وشاركت جمعية الأمل الخيرية والجمعية الوطنية للتوحد في المعرض.");
    let names: Vec<&str> = a.actors.iter().map(|x| x.name.as_str()).collect();
    assert!(names.contains(&"جمعية الأمل الخيرية"), "{names:?}");
    assert!(names.iter().all(|n| !n.contains("والجمعية")), "{names:?}");
}

#[test]
fn an_honorific_pronoun_subject_leaves_the_frame_after_it() {
    let text = "وقال وزير الخارجية السعودي عادل الجبير إن المملكة ترحب بالاتفاق. وشدد معاليه على أهمية الحوار.";
    let a = analyze(text);
    assert_eq!(speaker_of(&a, "الحوار").as_deref(), Some("adel_al_jubeir"));
    assert!(
        a.quotes.iter().any(|q| q.content.text == "أهمية الحوار"),
        "{a:#?}"
    );
}

#[test]
fn a_ruling_family_name_closes_a_gulf_name() {
    let text = "وقال الشيخ سالم الفهد الصباح إن الخلافات فنية. وأضاف \"الصباح\" أن الحوار مستمر.";
    let a = analyze(text);
    assert!(a.actor("salm_alfhd_alsbah").is_some(), "{a:#?}");
    assert_eq!(
        speakers(&a),
        ["salm_alfhd_alsbah", "salm_alfhd_alsbah"],
        "{a:#?}"
    );
}

#[test]
fn a_long_titled_subject_after_an_honorific_and_a_comma_before_the_frame() {
    let text = "شدد معالي وزير النقل رئيس لجنة التخطيط المهندس سامي بن عبدالله الخطيب، على ضرورة تنظيف الشوارع.";
    let a = analyze(text);
    assert_eq!(speakers(&a), ["samy_bn_abd_allh_alkhtyb"], "{a:#?}");
    assert_eq!(a.quotes[0].content.text, "ضرورة تنظيف الشوارع");
}

#[test]
fn what_a_rejection_takes_decides_its_stance() {
    // Refusing to speak or to disclose is no stance; rejecting an accusation or a rumour
    // defends; rejecting a decision condemns it.
    for (text, expected) in [
        ("ورفضت وزارة الخارجية الإيرانية التعليق على التقرير.", None),
        (
            "ورفضت وزارة الخارجية الإيرانية الكشف عن أسماء المعتقلين.",
            None,
        ),
        (
            "ورفضت وزارة الخارجية الإيرانية الاتهامات بدعم الجماعات المسلحة.",
            Some(StanceLabel::Justify),
        ),
        (
            "ورفضت وزارة الخارجية الإيرانية ما تردد عن إغلاق السفارة.",
            Some(StanceLabel::Justify),
        ),
        (
            "ورفضت وزارة الخارجية الإيرانية القرار الأوروبي الجديد.",
            Some(StanceLabel::Condemn),
        ),
    ] {
        let a = analyze(text);
        let labels: Vec<StanceLabel> = a.stances.iter().map(|s| s.label).collect();
        assert_eq!(
            labels,
            expected.into_iter().collect::<Vec<_>>(),
            "{text}: {a:#?}"
        );
        assert!(
            a.stances
                .iter()
                .all(|s| s.actor.as_str() == "iran.foreign_ministry"),
            "{text}: {a:#?}"
        );
    }
}

#[test]
fn ala_as_written_is_the_preposition_unless_a_title_precedes() {
    let a = analyze("وقد ألقت الشرطة القبض على محمد سامي في المطار.");
    let names: Vec<&str> = a.actors.iter().map(|x| x.name.as_str()).collect();
    assert!(names.contains(&"محمد سامي"), "{names:?}");
    assert!(names.iter().all(|n| !n.starts_with("على")), "{names:?}");
    // The name علي written with ى after a title stays a name.
    let a = analyze("وقال الدكتور على حسن الزين إن الأجهزة الأمنية تعمل بجد.");
    assert_eq!(speakers(&a), ["aly_hsn_alzyn"], "{a:#?}");
}

#[test]
fn unquoted_words_after_a_colon_run_over_a_relative_clause_with_a_cue() {
    // The verb inside the relative clause opened its clause at the colon and used to
    // leave the minister's words empty.
    let a = analyze("وقال وزير الخارجية المصري سامح شكري: نرحب بالبيان الذي جدد رفضه للاستيطان.");
    let quote = a
        .quotes
        .iter()
        .find(|q| q.cue.as_ref().is_some_and(|c| c.text == "وقال"))
        .unwrap_or_else(|| panic!("the minister's words are lost: {a:#?}"));
    assert_eq!(quote.kind, QuoteKind::Direct);
    assert_eq!(quote.content.text, "نرحب بالبيان الذي جدد رفضه للاستيطان");
    assert_eq!(speaker_of(&a, "نرحب"), Some("sameh_shoukry".to_string()));
}

#[test]
fn a_titled_subject_ends_at_its_name_before_the_verbs_complement() {
    // A title, a body the title heads, the holder's name, then the verb's ب-complement.
    let a = analyze("رحب رئيس المجلس الأعلى للدولة خالد المشري بقرار المحكمة الدستورية.");
    assert!(has(&a, "khald_almshry", StanceLabel::Praise), "{a:#?}");
    // The name may stand in quotation marks.
    let a = analyze("وأوضح مدير جمعية الثقافة بالمدينة \"سامي الحربي\" أن الموسم سيبدأ قريبا.");
    assert_eq!(speakers(&a), ["samy_alhrby"], "{a:#?}");
}

#[test]
fn an_unknown_title_after_a_name_ends_before_the_next_person_and_the_verbs_complement() {
    // A definite title right before another given name is that person's.
    let mentions = actor_mentions("واتهم حسن سالم الوزير خالد المشري بسرقة أفكاره.");
    assert_eq!(mentions, ["حسن سالم", "خالد المشري"]);
    // The verb's إلى and a time word end the title; what follows is what was said.
    let a = analyze("ودعت ماريا هوفمان وزيرة الدولة بالداخلية الألمانية أمس إلى تضامن أوروبي أكبر.");
    let mentions: Vec<&str> = a.actors[0]
        .mentions
        .iter()
        .map(|m| m.text.as_str())
        .collect();
    assert_eq!(mentions, ["ماريا هوفمان وزيرة الدولة بالداخلية الألمانية"]);
    assert_eq!(speaker_of(&a, "تضامن"), Some("marya_hwfman".to_string()));
    // A given name after a body's head belongs to the body's name (a bank named after
    // a city), not to a second person.
    let a = analyze("وقال جيمس هاريسون رئيس بنك سانت لويس الاحتياطي إن الفائدة سترتفع.");
    assert_eq!(speakers(&a), ["jyms_haryswn"], "{a:#?}");
}

#[test]
fn a_definite_body_with_a_name_of_its_own_is_not_the_body_of_that_head_named_before() {
    // A state's nisba and a complement name another federation than the one before.
    let a = analyze(
        "قرر اتحاد شمال أفريقيا للسباحة إقصاء المنتخب. وقال الاتحاد المغربي للسباحة إن القرار ظالم.",
    );
    assert_eq!(speakers(&a), ["alathad_almghrby_llsbahh"], "{a:#?}");
    // The same name again is the same body, whatever was named in between.
    let a = analyze(
        "قرر الاتحاد المصري للسباحة تعليق مشاركته في اتحاد شمال أفريقيا. وقال الاتحاد المصري للسباحة إن القرار نهائي.",
    );
    assert_eq!(speakers(&a), ["alathad_almsry_llsbahh"], "{a:#?}");
    // A head and a state's nisba take up the body that holds them, not the latest one.
    let a = analyze(
        "انتقد الاتحاد المغربي للسباحة قرار اتحاد شمال أفريقيا للسباحة. وقال الاتحاد المغربي إن القرار ظالم.",
    );
    assert_eq!(speakers(&a), ["alathad_almghrby_llsbahh"], "{a:#?}");
    // A longer name that holds the short one is that body.
    let a =
        analyze("أعلنت شركة الكهرباء انقطاع التيار. وقالت الشركة السعودية للكهرباء إن العطل فني.");
    assert_eq!(speakers(&a), ["shrkh_alkhrba", "shrkh_alkhrba"], "{a:#?}");
}

#[test]
fn idara_heads_a_body_as_a_speech_verbs_subject_but_not_as_a_verbal_noun() {
    let a = analyze("وأعلنت إدارة مطار الملك خالد الدولي أن الرحلات ستستأنف غدا.");
    assert_eq!(speakers(&a), ["adarh_mtar_almlk_khald_aldwly"], "{a:#?}");
    // إدارة + a person is that person's administration, not a body by pattern.
    let a = analyze("وقالت إدارة ترامب إنها سترد على القرار.");
    assert!(
        a.actors.iter().all(|x| !x.id.as_str().starts_with("adarh")),
        "{a:#?}"
    );
    // Managing something is no actor.
    let a = analyze("ونجحت الحكومة في إدارة الأزمة بكفاءة عالية.");
    assert!(
        a.actors.iter().all(|x| !x.id.as_str().starts_with("adarh")),
        "{a:#?}"
    );
    // A name ending in a definite conjunct is whole.
    let a = analyze("وأوضحت وزارة الشؤون البلدية والقروية أن المشروع سينتهي قريبا.");
    assert_eq!(speakers(&a), ["wzarh_alshwn_albldyh_walqrwyh"], "{a:#?}");
}

#[test]
fn a_kunya_or_a_lineage_is_read_from_its_first_word() {
    // أبو + a given name opens the name: it is not cut after the particle.
    let a = analyze("وقال أبو سليمان الحربي إن الحرب مستمرة.");
    assert_eq!(speakers(&a), ["abw_slyman_alhrby"], "{a:#?}");
    assert_eq!(a.actors[0].mentions[0].text, "أبو سليمان الحربي");
    // An unknown first name, or a title's word, before بن opens a lineage: not cut
    // after بن, and no king read inside a prince's name.
    let a = analyze("وأوضح العميد مشبب بن محمد الحربي أن المراجعة مستمرة.");
    assert_eq!(speakers(&a), ["mshbb_bn_mhmd_alhrby"], "{a:#?}");
    let a = analyze("وأشاد الأمير سلطان بن سلمان بن عبد العزيز بجهود الهيئة.");
    assert!(
        has(&a, "sltan_bn_slman_bn_abd_alazyz", StanceLabel::Praise),
        "{a:#?}"
    );
    assert!(a.actor("salman_bin_abdulaziz").is_none(), "{a:#?}");
    // أبو before a word that is no given name is no kunya here (a place).
    assert_no_person("ووصل الوفد إلى أبو ظبي أمس.");
}

#[test]
fn a_short_adverbial_may_stand_between_the_subject_and_the_frame_word() {
    let a = analyze("وشدد وزير الخارجية المصري سامح شكري في الوقت ذاته على ضرورة التنسيق.");
    assert_eq!(speakers(&a), ["sameh_shoukry"], "{a:#?}");
    assert_eq!(a.quotes[0].content.text, "ضرورة التنسيق");
    let a = analyze("وشدد وزير الخارجية المصري سامح شكري على أن التنسيق ضروري.");
    assert_eq!(a.quotes[0].content.text, "التنسيق ضروري");
}

#[test]
fn a_definite_description_before_a_name_makes_that_name_the_subject() {
    // البرلماني is no title the lexicons know; the name after it is still the subject,
    // not the person who spoke before.
    let a = analyze(
        "وتساءل السفير البريطاني السابق أوليفر مايلس عن الأسباب. واعتبر البرلماني زهير المغزاوي أن التصعيد خطير.",
    );
    assert_eq!(
        speaker_of(&a, "التصعيد"),
        Some("zhyr_almghzawy".to_string())
    );
}

#[test]
fn a_name_stops_at_the_conjunction() {
    // و + a word is another person or the sentence going on, not part of the name.
    let text = "واستقبل الوزير كمال ناصر ونبيل قاسم في مكتبه.";
    assert_mention_is(text, "كمال ناصر");
    assert_mention_is(text, "نبيل قاسم");
    let found = actor_mentions("وقالت الرواية إن نادية وأصدقاءها سافروا.");
    assert!(found.iter().all(|m| !m.contains("وأصدقاءها")), "{found:?}");
    let found = actor_mentions("بدأ المشوار بفيلم «صباح سعيد وتصبحون على خير».");
    assert!(found.is_empty(), "{found:?}");
    // A surname in W stays with its given name.
    let a = analyze("وقال المحلل الأمريكي جيمس ووكر إن الاتفاق هش.");
    assert_eq!(speakers(&a), ["jyms_wwkr"], "{a:#?}");
}

#[test]
fn a_given_name_after_month_is_the_month() {
    assert_no_person("وارتفعت الواردات خلال شهر رجب تزن ألف طن.");
}

#[test]
fn an_adjective_in_i_between_a_title_and_a_name_is_no_name() {
    // الـ...ي after a title is a family name (رئيس الوزراء الكاظمي) only when no name
    // follows it; before one it describes the title.
    let a = analyze("وقال الزعيم النقابي سامي الجابري إن الإضراب مستمر.");
    assert_eq!(speakers(&a), ["samy_aljabry"], "{a:#?}");
    assert_eq!(a.actors.len(), 1, "{a:#?}");
}

#[test]
fn a_definite_word_before_an_honorific_completes_the_title() {
    // The person keeps the title, so that the title alone later is that person.
    let a = analyze(
        "وقال وزير الصحة العمومية الدكتور سامي عادل إن المستشفيات جاهزة. وأضاف وزير الصحة أن العمل مستمر.",
    );
    assert_eq!(
        speaker_of(&a, "العمل مستمر"),
        Some("samy_aadl".to_string()),
        "{a:#?}"
    );
}

#[test]
fn a_name_stops_at_a_role_modifier_or_an_age() {
    let found = actor_mentions("وأصيب سامر خليل البالغ من العمر عشرين عاما في الحادث.");
    assert_eq!(found, ["سامر خليل"], "{found:?}");
    let found = actor_mentions("والتقى الوفد ماريا كوستا السابقة في المدينة.");
    assert!(found.iter().all(|m| !m.contains("السابقة")), "{found:?}");
}

#[test]
fn a_counted_or_described_head_names_no_body() {
    // A head after a number is one of many; a derived verb after it goes on with the
    // clause; an indefinite participle before a particle describes it.
    for text in [
        "وقالت الهيئة إن 40 شركة سجلت أرباحا هذا العام.",
        "وأوضح التقرير أن شركة استطاعت مضاعفة أرباحها.",
        "ولا يجوز أن تسمح الدولة لجماعة متشددة أن تنشر أفكارها.",
    ] {
        let a = analyze(text);
        assert!(
            a.actors.iter().all(|x| x.kind != ActorKind::Organization),
            "{text}: {a:#?}"
        );
    }
}

#[test]
fn a_name_stops_at_a_relative_pronoun_or_a_plural_participle() {
    let found = actor_mentions("وكان سامر خليل ونادر حسن اللذين وصلا أمس في الاستقبال.");
    assert!(found.iter().all(|m| !m.contains("اللذين")), "{found:?}");
    assert_no_person("وتهدف الخطة إلى رضا المسافرين في المطار.");
}

#[test]
fn a_definite_verbal_noun_is_no_family_name() {
    // حسن الاستجابة is a quality, not a person named حسن.
    assert_no_person("وأشاد المدير بحسن الاستجابة لدى الفرق الميدانية.");
}

#[test]
fn the_background_note_reports_no_one() {
    // يذكر أن is «it is noted that»: the writer's background, no one's words.
    let a =
        analyze("وقال الوزير سامر خليل إن الخطة جاهزة. يذكر أن الوزارة أطلقت الخطة العام الماضي.");
    assert_eq!(a.quotes.len(), 1, "{a:#?}");
    // (So with the preposition some outlets write before it: يذكر بأن.)
    let a =
        analyze("وقال الوزير سامر خليل إن الخطة جاهزة. يذكر بأن الوزارة أطلقت الخطة العام الماضي.");
    assert_eq!(a.quotes.len(), 1, "{a:#?}");
    // With a subject it is a report.
    let a = analyze("ويذكر التقرير أن الوضع صعب.");
    assert_eq!(a.quotes.len(), 1, "{a:#?}");
}

#[test]
fn a_frequent_family_name_is_not_a_common_word() {
    // The common-word list stops names; family names frequent in news are not in it.
    let a = analyze("وقال اللاعب ليونيل ميسي إن الفريق جاهز للمباراة.");
    assert_eq!(speakers(&a), ["lywnyl_mysy"], "{a:#?}");
}

#[test]
fn a_name_stops_at_a_short_imperfect_verb() {
    assert_mention_is("وكانت الفنانة سامية حداد تروي قصتها للجمهور.", "سامية حداد");
}

#[test]
fn tafaul_and_tafil_nouns_are_no_family_names() {
    assert_no_person("وأشاد المدرب بحسن التخطيط لدى اللاعبين.");
}

#[test]
fn a_name_word_is_read_whole_before_a_proclitic_reading() {
    // كريم is a name, not ك + ريم.
    let a = analyze("وقال المهاجم كريم بنزيمة إن الفريق جاهز.");
    assert_eq!(speakers(&a), ["krym_bnzymh"], "{a:#?}");
}

#[test]
fn a_name_stops_at_a_prepositional_phrase_in_construct() {
    let found = actor_mentions("وخصص الوزير سامر حداد لمزارع الدواجن دعما كبيرا.");
    assert!(found.iter().all(|m| !m.contains("لمزارع")), "{found:?}");
    let found = actor_mentions("وتحدث الكاتب سامر حداد لانطلاق المهرجان.");
    assert!(found.iter().all(|m| !m.contains("لانطلاق")), "{found:?}");
}

#[test]
fn a_long_foreign_name_in_ts_is_no_imperfect_verb() {
    // تسيبراس starts like تستمر but is no derived imperfect.
    let a = analyze("وقال أليكسيس تسيبراس إن حكومته ستصمد.");
    assert_eq!(speakers(&a), ["alyksys_tsybras"], "{a:#?}");
}

#[test]
fn a_group_head_takes_an_indefinite_construct_chain() {
    // قادة دول الخليج: the chain ends in its definite word; the group speaks.
    let a = analyze("وأكد قادة دول الخليج أن الأمن مسؤولية مشتركة.");
    let group = a
        .actors
        .iter()
        .find(|x| x.kind == ActorKind::Group)
        .expect("a group");
    assert_eq!(group.mentions[0].text, "قادة دول الخليج");
    assert_eq!(speakers(&a), [group.id.to_string()]);
}

#[test]
fn a_given_name_that_is_a_noun_heads_a_construct() {
    // عمر المبنى is the building's age; جمال before a family name is a person.
    assert_no_person("ويبلغ عمر المبنى مئة عام، ويهتم الخبراء برضا الجمهور وعن رضا الزوار.");
    assert_mention_with(
        "وقال المهندس جمال الغيطاني إن المشروع جاهز.",
        "جمال الغيطاني",
    );
}

#[test]
fn a_formula_with_god_is_no_name() {
    assert_no_person("وتم إنجاز المشروع بتوفيق الله في موعده، رضوان الله عليهم.");
    // A compound name with عبد stays a name after a preposition.
    assert_mention_with("ووجه الشكر لعبد الله على جهوده.", "عبد الله");
}

#[test]
fn the_word_after_abd_completes_the_name() {
    // عبد الخالق الشمري: the definite word after عبد is part of the compound, not a
    // noun with its adjective.
    let a = analyze("وقال عبد الخالق الشمري إن الاتفاق صعب.");
    assert_eq!(speakers(&a), ["abd_alkhalq_alshmry"], "{a:#?}");
}

#[test]
fn a_name_stops_at_a_nickname_participle() {
    assert_mention_is("وكان سامر خليل الملقب بالثعلب قد غادر البلاد.", "سامر خليل");
}

#[test]
fn a_common_word_is_no_preposition_on_a_name() {
    // لديك is لدى with a pronoun, not ل + ديك; كليا an adverb, not ك + ليا.
    assert_no_person("وقد يكون لديك الوقت الكافي لقراءة التقرير كاملا.");
    assert_no_person("وتغير التصميم كليا بمقاعد جديدة.");
    // A name after a preposition is still a name.
    assert_mention_with(
        "ووجه الرئيس الدعوة لديفيد كاميرون لزيارة البلاد.",
        "ديفيد كاميرون",
    );
}

#[test]
fn a_long_lineage_stays_one_person() {
    // Each بن and the name after it count as one word of the name: the chain is not cut
    // into a person and a fragment «بن ...».
    let a = analyze("وقال الأمير نايف بن فهد بن سعود بن عبدالعزيز، أمير المنطقة، إن العمل مستمر.");
    let persons: Vec<_> = a
        .actors
        .iter()
        .filter(|x| x.kind == ActorKind::Person)
        .map(|x| x.name.as_str())
        .collect();
    assert_eq!(persons, ["نايف بن فهد بن سعود بن عبدالعزيز"], "{a:#?}");
}

#[test]
fn a_head_with_a_common_adjective_describes_a_kind_of_body() {
    assert_no_mention_with("وأسس الشاب شركة ناشئة تضم عشرين موظفا.", &["ناشئة"]);
    assert_no_mention_with("وقررت الوزارة إنشاء محكمة خاصة لهذه القضايا.", &["خاصة"]);
    assert_no_mention_with("وقد تعاقدت البلدية مع شركة جديدة لصيانة الطرق.", &["جديدة"]);
    // Former, subsidiary, specialised: kinds too; and a short nisba (طبية، فنية).
    assert_no_mention_with("وقال رئيس بلدية سابق إن المشروع تأخر.", &["سابق"]);
    assert_no_mention_with("وأسست الشركة شركة تابعة في دبي.", &["تابعة"]);
    assert_no_mention_with("وشكلت الوزارة لجنة طبية لفحص المصابين.", &["طبية"]);
    assert_no_mention_with("وأرسلت الهيئة لجنة فنية إلى الموقع.", &["فنية"]);
    // A name after the head is not a description (عملاق is a noun in apposition).
    assert_mention_with(
        "وقالت شركة هاليبرتون عملاق الخدمات النفطية إنها ستسرح عمالا.",
        "هاليبرتون",
    );
}

#[test]
fn a_verb_before_a_given_name_is_not_part_of_the_name() {
    // The apposed-name parse (two or three words, a comma, a title) starts at the given
    // name, not at the verb before it.
    let found = actor_mentions("واكتشفت سارة ويلكنز، المديرة التنفيذية للشركة، الخلل.");
    assert!(
        found.iter().any(|m| m.starts_with("سارة ويلكنز")),
        "{found:?}"
    );
    assert!(!found.iter().any(|m| m.contains("واكتشفت")), "{found:?}");
}

#[test]
fn a_name_stops_at_an_iftial_verbal_noun() {
    // ارتكاب، الاعتزال: the verbal noun of form VIII (six letters) is the clause going
    // on, whether with ب or the article.
    for (text, name) in [
        (
            "واتهمت المحكمة رامي سمعان بارتكاب مخالفات مالية.",
            "رامي سمعان",
        ),
        ("وقرر اللاعب كارل ميلر الاعتزال نهائيا.", "كارل ميلر"),
    ] {
        assert_mention_is(text, name);
    }
    // A family name of that shape with the article stays (الدباغ).
    assert_mention_is("وقال طاهر الدباغ إن العمل مستمر.", "طاهر الدباغ");
}

#[test]
fn a_body_name_stops_at_a_definite_verbal_noun_after_its_genitive() {
    // A construct has one definite word: after it, a definite verbal noun is what the
    // body does (التصعيد، الانسحاب، الخروج), not its name; an adjective goes on.
    for (text, name) in [
        ("وأعلنت جمعية الصيادين التصعيد ضد القرار.", "جمعية الصيادين"),
        ("وقررت نقابة الأطباء الانسحاب من الحوار.", "نقابة الأطباء"),
        (
            "وقررت رابطة المزارعين الخروج إلى الشارع.",
            "رابطة المزارعين",
        ),
        (
            "وقالت رابطة المزارعين التونسية إن الموسم جيد.",
            "رابطة المزارعين التونسية",
        ),
    ] {
        assert_mention_is(text, name);
    }
}

#[test]
fn a_name_after_an_opening_preposition_is_not_the_later_verbs_subject() {
    // عن فلان قال: the sentence opens with a preposition, not a verb and its subject;
    // the verb's subject is whoever was speaking.
    let a =
        analyze("وتحدث الممثل ناصر الحربي عن زملائه في المسلسل. عن سامر خليل قال إنه ممثل ممتاز.");
    assert_eq!(
        speaker_of(&a, "ممتاز").as_deref(),
        Some("nasr_alhrby"),
        "{a:#?}"
    );
}

#[test]
fn a_bare_title_takes_up_its_holder_past_a_speaker_of_another_title() {
    // After a minister and an ambassador both spoke, «the minister» is the minister; a
    // speaker named under no other title stays the continuation.
    let text = "استقبل وزير الخارجية الأردني أيمن الصفدي السفير الأمريكي ديفيد هيل. وقال الصفدي إن العلاقات قوية. وأكد السفير أن بلاده تدعم الأردن. وأضاف الوزير أن الحوار مستمر.";
    let a = analyze(text);
    assert_eq!(
        speaker_of(&a, "مستمر").as_deref(),
        Some("ayman_safadi"),
        "{a:#?}"
    );
    let text = "قال وزير الصناعة سامر خليل إن المصانع تعمل. وأكد رئيس الغرفة التجارية نبيل قاسم أن التجار متفائلون. وأضاف الوزير أن الإنتاج زاد.";
    let a = analyze(text);
    assert_eq!(
        speaker_of(&a, "زاد").as_deref(),
        Some("samr_khlyl"),
        "{a:#?}"
    );
}

#[test]
fn a_news_organization_reports_but_holds_no_stance() {
    // A paper found by pattern and an agency of the lexicon: their words are reports
    // (still quotes), what they write the journalist's framing; a government's
    // condemnation stays.
    let a = analyze(
        "وانتقدت صحيفة الغد المحلية القرار بشدة ووصفته بأنه خطير. وأدانت وكالة الأنباء السعودية الهجوم. وأدانت الحكومة الأردنية الهجوم.",
    );
    let holders: Vec<&str> = a.stances.iter().map(|s| s.actor.0.as_str()).collect();
    assert_eq!(holders, ["jordan.government"], "{a:#?}");
    assert_eq!(
        speaker_of(&a, "خطير").as_deref(),
        Some("shyfh_alghd_almhlyh")
    );
}

#[test]
fn a_definite_family_name_after_the_verb_is_an_unknown_subject() {
    // وحذر الصقعبي من: a definite word of a family name's shape that no list knows,
    // right before a preposition, is the subject: an unknown speaker, not the verb's
    // object with the body that spoke before for subject. A common plural there
    // (البنوك) is the object.
    let a =
        analyze("وأشاد مجلس التعاون الخليجي بالمبادرة. وحذر الصقعبي من تصاعد التوتر في المنطقة.");
    assert_eq!(speaker_of(&a, "التوتر"), None, "{a:#?}");
    let a = analyze("وأشاد مجلس التعاون الخليجي بالمبادرة. ودعا البنوك إلى خفض الفوائد.");
    assert_eq!(speaker_of(&a, "الفوائد").as_deref(), Some("gcc"), "{a:#?}");
}

#[test]
fn a_quoted_object_of_a_stance_cue_is_a_direct_quote() {
    // استنكرت النقابة «...»، أعرب عن أسفه من «...»: the words in quotation marks are
    // the speaker's, also right after the subject; «عبر» with no عن is «via», and a
    // short quotation after a word is a name.
    let a = analyze("واستنكرت نقابة المعلمين \"تزايد الاعتداءات على المدارس في الأرياف\".");
    let q = a
        .quotes
        .iter()
        .find(|q| q.content.text.contains("الاعتداءات"));
    assert!(
        q.is_some_and(|q| q.kind == QuoteKind::Direct && q.speaker.is_some()),
        "{a:#?}"
    );
    let a = analyze("وأعرب الوزير سامر خليل عن أسفه من «تأخر الإصلاحات في البلاد حتى اليوم».");
    assert_eq!(
        speaker_of(&a, "الإصلاحات").as_deref(),
        Some("samr_khlyl"),
        "{a:#?}"
    );
    let a = analyze("وقال سامر خليل عبر «حسابه الرسمي على موقع التواصل» إن الوضع صعب.");
    assert!(
        !a.quotes.iter().any(|q| q.content.text.starts_with("حسابه")),
        "{a:#?}"
    );
    let a = analyze("ودافعت ابنته عن والدتها لإذاعة «صوت المدينة».");
    assert!(
        !a.quotes.iter().any(|q| q.content.text.contains("المدينة")),
        "{a:#?}"
    );
}

#[test]
fn a_headline_titled_speaker_is_the_holder_named_below() {
    // «وزير الصناعة: ...» is the words of the minister the article names with that
    // title; «مسؤول محلي: ...» of someone it never names: no quote.
    let a = analyze("وزير الصناعة: الإنتاج تضاعف هذا العام\nقال وزير الصناعة سامر خليل إن المصانع تعمل بكامل طاقتها.");
    assert_eq!(
        speaker_of(&a, "تضاعف").as_deref(),
        Some("samr_khlyl"),
        "{a:#?}"
    );
    let a = analyze("مسؤول محلي: الإنتاج تضاعف هذا العام\nقال مسؤول محلي إن المصانع تعمل، بحسب رسالة من وزير الصناعة سامر خليل.");
    assert!(
        !a.quotes.iter().any(|q| q.content.text.contains("تضاعف")),
        "{a:#?}"
    );
}

#[test]
fn a_family_after_al_is_part_of_the_written_name() {
    // سامر بن محمد آل عامر: the person found by pattern is named as the article writes
    // it, family and all (its id stays that of the words before آل).
    let a = analyze("وقال مدير المركز سامر بن محمد آل عامر إن العمل مستمر.");
    let person = a.actors.iter().find(|x| x.kind == ActorKind::Person);
    assert_eq!(
        person.map(|p| p.name.as_str()),
        Some("سامر بن محمد آل عامر"),
        "{a:#?}"
    );
    assert_eq!(speaker_of(&a, "مستمر").as_deref(), Some("samr_bn_mhmd"));
}

#[test]
fn a_justification_that_clause_is_reported_speech() {
    // برر قراره بأن ...: what follows بأن is the reason the speaker gave, a quote, and the
    // stance a justification.
    let a = analyze("وبرر وزير الصناعة سامر خليل هذا القرار بأن المصانع تحتاج إلى وقت أطول.");
    assert_eq!(
        speaker_of(&a, "المصانع").as_deref(),
        Some("samr_khlyl"),
        "{a:#?}"
    );
    assert!(has(&a, "samr_khlyl", StanceLabel::Justify), "{a:#?}");
}

#[test]
fn a_titled_name_stops_at_a_noun_with_his() {
    // وبرر وزير ... سامر خليل قراره: «his decision» is the verb's object, where the
    // article writes ة for the feminine ending.
    assert_mention_is(
        "وبرر وزير الصناعة سامر خليل قراره بأن المصانع تحتاج إلى وقت أطول.",
        "وزير الصناعة سامر خليل",
    );
    assert_no_mention_with(
        "وبرر وزير الصناعة سامر خليل قراره بأن المصانع تحتاج إلى وقت أطول.",
        &["قراره"],
    );
}

#[test]
fn a_name_stops_at_a_verbal_noun_in_the_accusative() {
    // توضيحا، تكتيكا: a taf'il noun with the accusative's alif is the verb's object or
    // an adverbial, never a word of the name, even where no word list knows it.
    for text in [
        "وشرح سامر خليل توضيحا للأمر في الحملة.",
        "واستخدم سامر خليل تكتيكا جديدا في الحملة.",
    ] {
        assert_mention_is(text, "سامر خليل");
    }
}

#[test]
fn a_body_name_stops_at_affiliated() {
    // التابعة لـ describes the body by its parent; it is no word of its name.
    assert_mention_is(
        "وقالت لجنة التخطيط التابعة للإدارة المحلية إن العمل بدأ.",
        "لجنة التخطيط",
    );
}

#[test]
fn ali_spelled_with_ya_after_a_name_is_the_fathers_name() {
    // علي written with ي after a given name is the father's name; على is the preposition.
    let a = analyze("وقال رئيس الوفد سامي علي إن الاجتماع مثمر.");
    assert_eq!(speakers(&a), ["samy_aly"], "{a:#?}");
    assert_no_mention_with("وحصل سامي على الجائزة الأولى.", &["على"]);
}

#[test]
fn a_reported_source_after_a_longer_agency_name_is_the_speaker() {
    // نقلت وكالة ... الإيرانية للأنباء عن X قوله: the agency's name runs past its
    // mention; the speaker is still the actor after عن, not the body inside his title.
    let a = analyze(
        "ونقلت وكالة تسنيم الإيرانية للأنباء عن سامر خليل قائد الحرس الثوري الإيراني قوله إن القرار غير مقبول.",
    );
    assert_eq!(speakers(&a), ["samr_khlyl"], "{a:#?}");
}

#[test]
fn a_common_word_before_anna_after_a_title_is_a_family_name() {
    // حرب، ضيوف are common words; right after a titled first name and before أن they
    // are the family name.
    let a = analyze("وأكد الرئيس السابق سامي ضيوف أنه سيعود إلى البلاد.");
    assert_eq!(speakers(&a), ["samy_dywf"], "{a:#?}");
    let a = analyze("وذكر رئيس اللجنة المحلية سامي حرب أن الوضع صعب.");
    assert_eq!(speakers(&a), ["samy_hrb"], "{a:#?}");
    // A verb there is the clause (سامي يرى أن).
    assert_no_mention_with("وأكد الخبير سامي يرى أن الوضع صعب.", &["يرى"]);
}

#[test]
fn small_words_end_or_refuse_a_name() {
    // غير + a given name is an adjective (غير محمود العواقب); و on a name particle
    // starts the next phrase (وابن عمه); ف on a derived imperfect is the verb.
    assert_no_person("وقال إن التصعيد أمر غير محمود العواقب في المنطقة.");
    for (text, name) in [
        ("وحضر سامر خليل وابن عمه الحفل.", "سامر خليل"),
        ("أما سامر خليل فيتمتع بخبرة واسعة.", "سامر خليل"),
    ] {
        assert_mention_is(text, name);
    }
}

#[test]
fn a_masculine_head_with_an_indefinite_nisba_describes_a_kind_of_body() {
    // مركز ثقافي، تحالف سياسي: a kind of body; after a feminine head a word in ـي is a
    // name (شركة هرفي), and before a definite word or ل a construct (مجلس دبي للتعليم).
    assert_no_mention_with("وافتتح المحافظ مركز ثقافي في المدينة.", &["ثقافي"]);
    assert_no_mention_with("وشكلت الأحزاب تحالف سياسي يضم عشر مجموعات.", &["سياسي"]);
    assert_mention_with("وقالت شركة هرفي إنها ستفتتح فروعا جديدة.", "شركة هرفي");
    assert_mention_with(
        "وقال مجلس دبي للتعليم إن العام الدراسي يبدأ غدا.",
        "مجلس دبي",
    );
}

#[test]
fn a_head_with_an_activity_describes_a_kind_of_body() {
    // شركة تأمين، هيئة تدريس: a verbal noun taf'il with no definite object or name.
    assert_no_mention_with("وقال موظف في شركة تأمين إن الأسعار ارتفعت.", &["تأمين"]);
    assert_no_mention_with("وانضم إلى أعضاء هيئة تدريس في الجامعة.", &["تدريس"]);
    // With its object the activity names a body.
    assert_mention_with(
        "وأعلن مركز تصحيح أوضاع المقيمين أن المهلة انتهت.",
        "مركز تصحيح أوضاع المقيمين",
    );
}

#[test]
fn an_unresolved_body_head_is_no_earlier_speaker() {
    // الصحيفة with no paper named before: a body the article did not name, not the
    // minister who spoke last.
    let a = analyze("قال وزير الخارجية البريطاني إن الحوار مستمر. وقالت الصحيفة إن الزيارة تأجلت.");
    assert_eq!(speaker_of(&a, "الزيارة تأجلت"), None, "{a:#?}");
    // A paper named before is taken up.
    let a = analyze("وذكرت صحيفة الغارديان أن الحوار مستمر. وقالت الصحيفة إن الزيارة تأجلت.");
    assert_eq!(
        speaker_of(&a, "الزيارة تأجلت").as_deref(),
        Some("the_guardian"),
        "{a:#?}"
    );
}

#[test]
fn a_definite_head_with_a_general_adjective_and_a_complement_names_a_body() {
    // العامة، العليا with a complement in ل: the institution's name, and its speaker.
    let a = analyze("وقالت الهيئة العامة للأرصاد إن الأمطار مستمرة.");
    assert_eq!(speakers(&a), ["alhyh_alaamh_llarsad"], "{a:#?}");
    let a = analyze("وأعلنت اللجنة العليا للانتخابات أن التصويت يبدأ غدا.");
    assert_eq!(speakers(&a), ["alljnh_alalya_llantkhabat"], "{a:#?}");
    // Not a movement: the market's.
    let found = actor_mentions("وتراجعت الحركة العامة للسوق أمس.");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_preposition_on_a_hamza_word_ends_a_name() {
    // بإرشاد، لإكمال: ب or ل on a word written with hamza is the preposition, not a
    // family name in با (باسلمة); a name after it stays (بأحمد).
    for (text, name) in [
        ("وعمل سامر خليل بإرشاد المدرب.", "سامر خليل"),
        ("وعاد سامر خليل لإكمال دراسته.", "سامر خليل"),
    ] {
        assert_mention_is(text, name);
    }
    assert_mention_is("وقال سالم باسلمة إن العمل مستمر.", "سالم باسلمة");
}

#[test]
fn a_given_name_that_is_a_past_verb_heads_a_clause() {
    // رفعت الأسعار: the verb and its object; رفعت before a family name is a person.
    assert_no_person("وقد رفعت الأسعار بنسبة كبيرة خلال العام.");
    assert_mention_with("وقال رفعت الأسد إن الأمر انتهى.", "رفعت الأسد");
}

#[test]
fn a_definite_common_word_after_a_family_name_is_no_part_of_the_name() {
    // The object after a whole name (verb - subject - object) is no family name.
    assert_mention_with(
        "وأعلن المدعي العام سامر هيكتون الاتهامات في مؤتمر صحفي.",
        "سامر هيكتون",
    );
    assert_no_mention_with(
        "وأعلن المدعي العام سامر هيكتون الاتهامات في مؤتمر صحفي.",
        &["الاتهامات"],
    );
    // After a first name it may be the family name.
    assert_mention_with(
        "وقال محمد عبدالعزيز محمد القصير إن العمل مستمر.",
        "محمد عبدالعزيز محمد القصير",
    );
    assert_mention_with(
        "وقال عبد العزيز القصير إن العمل مستمر.",
        "عبد العزيز القصير",
    );
}

#[test]
fn a_name_the_article_also_writes_shorter_ends_where_the_shorter_one_does() {
    // The object run on after the name; the article names him again without it.
    let text = "وأبدى كريم حداد تفاؤله بالنتيجة. وقال كريم حداد إن الفريق جاهز.";
    let a = analyze(text);
    assert_eq!(a.actors.len(), 1, "{a:#?}");
    assert_eq!(a.actors[0].name, "كريم حداد");
    assert_eq!(a.actors[0].mentions.len(), 2, "{a:#?}");
    assert_no_mention_with(text, &["تفاؤله"]);
    // A qualifier tells namesakes apart: father and son stay two persons.
    let a = analyze("صور الفنان جورج بوش الابن في المعرض. وقال جورج بوش إن الرسم هواية.");
    let names: Vec<&str> = a.actors.iter().map(|x| x.name.as_str()).collect();
    assert!(names.contains(&"جورج بوش الابن"), "{names:?}");
}

#[test]
fn a_common_noun_with_his_is_no_part_of_a_name() {
    // رغبته: a noun and «his», written ه where the article writes ة elsewhere.
    let text = "وأكد المهاجم الدولي كريم حداد رغبته في البقاء مع فريقه في المدينة.";
    assert_mention_with(text, "كريم حداد");
    assert_no_mention_with(text, &["رغبته"]);
    // A foreign name's final e is written ه too: its stem is no word.
    assert_mention_with(
        "وقال الوزير الألماني يوهان شتيله إن الميزانية متوازنة.",
        "يوهان شتيله",
    );
    // After بن the word is a family name whatever its shape.
    assert_mention_with(
        "ورأس الجلسة نايف عبدالله بن طواله في المدينة.",
        "نايف عبدالله بن طواله",
    );
}

#[test]
fn a_first_name_the_lexicon_lacks_after_a_personal_honorific() {
    // The honorific and the family name after tell the unknown word is a first name.
    let text = "وقال الدكتور مفلح القحطاني إن الوضع مستقر.";
    assert_mention_with(text, "مفلح القحطاني");
    assert_eq!(speakers(&analyze(text)), ["mflh_alqhtany"]);
    assert_mention_with("وأكد اللواء مستور الحارثي أن الطرق آمنة.", "مستور الحارثي");
    // الفريق is also «the team»; a second title is no name; a town is no person.
    assert_no_person("وأنهى الفريق معسكره الإعدادي في النمسا.");
    assert_no_person("وحضر الأستاذ دكتور الجامعة الحفل.");
    assert_no_person("وقعت الهجمات في الشيخ زويد الأخيرة.");
}

#[test]
fn a_description_with_its_nisbas_before_a_name_is_that_persons() {
    // وأكد المهاجم الدولي X: the description and its adjectives are the subject's
    // apposition; what was said starts after the name.
    let a = analyze("وأكد المهاجم الدولي كريم حداد رغبته في البقاء مع فريقه في المدينة.");
    assert_eq!(speakers(&a), ["krym_hdad"]);
    assert!(a.quotes[0].content.text.starts_with("رغبته"), "{a:#?}");
    let a = analyze("وقال الملياردير الروسي يوري سامسونوف إن المشروع سيبدأ قريبا.");
    assert_eq!(speakers(&a), ["ywry_samswnwf"]);
}

#[test]
fn a_woman_holding_a_role_is_the_subject_of_a_feminine_verb() {
    // The lexicon's title is masculine; the feminine verb and title tell a woman.
    let a = analyze("وقالت سفيرة الولايات المتحدة إن الاتفاق مهم للمنطقة.");
    assert_eq!(speakers(&a), ["united_states.ambassador"]);
    // Looking back, a feminine verb does not take a role named in the masculine.
    let a = analyze("وقال السفير الأمريكي إن الاتفاق مهم. وأضافت أن الحوار مستمر.");
    assert_eq!(speakers(&a), ["united_states.ambassador", "?"]);
}

#[test]
fn a_directorate_a_diwan_and_a_coalition_head_bodies() {
    let a = analyze("وأوضحت المديرية العامة للدفاع المدني أن الحريق أخمد.");
    assert_eq!(speakers(&a), ["almdyryh_alaamh_lldfaa_almdny"]);
    let a = analyze("وقال ديوان المحاسبة في تقريره إن الهدر كبير.");
    assert_eq!(speakers(&a), ["dywan_almhasbh"]);
    assert_mention_with(
        "وأعلن ائتلاف القوى الوطنية رفضه للقرار.",
        "ائتلاف القوى الوطنية",
    );
    // An indefinite directorate is a district; a diwan of poems is a book.
    assert_no_mention_with("وقعت الاشتباكات في مديرية سنحان.", &["مديرية"]);
    assert_no_mention_with("وصدر ديوان الشعر الجديد للشاعر.", &["ديوان"]);
}

#[test]
fn a_tatweel_standing_alone_separates_names() {
    // Lists of players or officials separated by a lone tatweel: one person each.
    let text = "وشارك في التدريب سامر عكاش ـ خالد الشمري ـ نايف هزاع.";
    let mentions = actor_mentions(text);
    assert_eq!(
        mentions,
        ["سامر عكاش", "خالد الشمري", "نايف هزاع"],
        "{text}"
    );
}

#[test]
fn god_and_the_faith_are_no_surname_of_a_compound_given_name() {
    // عبد الله names a person once; الله after it in the text is God, not him.
    let text =
        "وقال عبد الله بن سبأ إن الأمر انتهى. ثم شكر الله على نعمته. وقال الشيخ إن الدين يسر.";
    let a = analyze(text);
    for actor in &a.actors {
        for m in &actor.mentions {
            assert!(!matches!(m.text.as_str(), "الله" | "الدين"), "{a:#?}");
        }
    }
}

#[test]
fn an_abbreviated_title_before_a_name_keeps_the_sentence_and_the_speaker() {
    // د. and م. end no sentence: the verb before them keeps its subject after them.
    let a = analyze("وقال د. سامر العلي إن الوضع مستقر.");
    assert_eq!(speakers(&a), ["samr_alaly"]);
    let a = analyze("وقال أ. د. سامر العلي إن الوضع مستقر.");
    assert_eq!(speakers(&a), ["samr_alaly"]);
    let a = analyze("من ناحيته أوضح الخبير الاجتماعي والنفسي د. سامر عاشور أن الخطر كبير.");
    assert_eq!(speakers(&a), ["samr_aashwr"]);
    let a = analyze("وطالب الاقتصادي م. سامر عمر بضرورة فتح الشقق المغلقة.");
    assert_eq!(speakers(&a), ["samr_amr"]);
}

#[test]
fn a_lineage_is_one_person_and_its_fathers_name_no_surname() {
    // An adjective after بن is a father's name (رشيد), not the name's end.
    assert_mention_is(
        "وأكد سامر بن رشيد العمرو أن العملية صعبة.",
        "سامر بن رشيد العمرو",
    );
    // A name after بن whose first name the parse did not take starts no person.
    assert_no_mention_with(
        "وزار الوفد جامع الإمام تركي بن عبد الله في الرياض.",
        &["عبد الله"],
    );
    // The father's name is no short form of the son: عبدالعزيز here is someone else.
    let a = analyze("وقال سلمان بن عبدالعزيز إن المشروع بدأ. وأضاف عبدالعزيز أن العمل مستمر.");
    assert_eq!(speakers(&a)[0], "salman_bin_abdulaziz");
    assert_ne!(speakers(&a)[1], "salman_bin_abdulaziz");
}

#[test]
fn a_weak_lexicon_name_before_bin_is_a_first_name() {
    // مبارك names Hosni Mubarak only weakly; before بن it is someone's first name.
    let text = "وقال أحد كبار السن ويدعى مبارك بن سعد الدوسري إن العيد تغير.";
    assert_mention_is(text, "مبارك بن سعد الدوسري");
    assert!(analyze(text).actor("hosni_mubarak").is_none());
}

#[test]
fn a_given_name_that_is_an_adjective_before_a_fixed_phrase_is_no_person() {
    // حسن نية، حسن الجوار، رغد العيش: «good faith», not Hassan Niyya.
    assert_no_person("وأبدى الطرفان حسن نية واضحا في المفاوضات.");
    assert_no_person("وشدد البيان على حسن الجوار بين البلدين.");
    // ... nor with «your» or «our» on the noun.
    assert_no_person("ونشكر لكم حسن ظنكم وحسن سلوكك.");
    // A foreign surname in a long vowel and ك or نا stays (لويس بلاك).
    assert_mention_with("وقال الكوميدي لويس بلاك إن العرض انتهى.", "لويس بلاك");
}

#[test]
fn a_feminine_description_and_its_nisbas_before_a_name_are_hers() {
    let a = analyze("وكشفت الفنانة المصرية منى الخطيب عن تفاصيل مسلسلها الجديد.");
    assert_eq!(speakers(&a), ["mny_alkhtyb"]);
    assert!(a.quotes[0].content.text.starts_with("عن تفاصيل"), "{a:#?}");
}

#[test]
fn ali_spelled_with_ya_is_a_name_where_the_article_writes_ala() {
    // The article writes «على» for the preposition: «علي» before a family name is Ali.
    let a = analyze("وقال مدرب الفريق علي السبيعي إن اللاعبين حصلوا على راحة قصيرة.");
    assert_eq!(speakers(&a), ["aly_alsbyay"]);
    // An article that spells the preposition «علي» throughout gives no such sign.
    let a = analyze("وقال المدرب إن اللاعبين حصلوا علي الراحة وعلي السبيعي أن يلعب.");
    assert!(a.actors.is_empty(), "{a:#?}");
    // Nor is a common noun after it a family name (علي الفور).
    let a = analyze("وصل على متن الطائرة وقرر علي الفور أن يعود.");
    assert!(a.actors.is_empty(), "{a:#?}");
}

#[test]
fn a_family_name_of_the_form_abd_x_alone_is_the_person_named_before() {
    let a = analyze(
        "أعلن وزير التجارة سمير فؤاد عبد الحليم أن الصادرات ارتفعت. وقال عبد الحليم إن السوق تتعافى.",
    );
    assert_eq!(speakers(&a), ["smyr_fad_abd_alhlym", "smyr_fad_abd_alhlym"]);
    assert_eq!(a.actors.len(), 1, "{a:#?}");
}

#[test]
fn a_later_first_and_fathers_name_is_the_person_named_in_full() {
    let a = analyze(
        "أكد الوزير خالد سامي الحربي أن المشروع اكتمل. وكان خالد سامي قد انتقد التأخير في وقت سابق.",
    );
    assert_eq!(a.actors.len(), 1, "{a:#?}");
    assert_eq!(a.stances[0].actor.as_str(), "khald_samy_alhrby");
    // Written first, the shorter name is no reference back: a longer one after it may
    // be a run-on (a name and an adjective).
    let a = analyze("قال خالد سامي إن المشروع اكتمل. وأضاف خالد سامي الحربي أن العمل مستمر.");
    assert_eq!(a.actors.len(), 2, "{a:#?}");
}

#[test]
fn a_role_after_a_name_stops_at_the_next_persons_honorific() {
    let a = analyze(
        "وحضر اللقاء الدكتور سعيد المالكي عضو هيئة التدريس بجامعة الملك سعود والدكتور فهد العتيبي، وكيل الكلية.",
    );
    let ids: Vec<&str> = a.actors.iter().map(|x| x.id.as_str()).collect();
    assert_eq!(ids, ["sayd_almalky", "fhd_alatyby"], "{a:#?}");
    assert!(a.actors[0].mentions[0].text.ends_with("سعود"), "{a:#?}");
    // Without و the honorific is the next person's title, and so is the role before it.
    let a = analyze("وحضر اللقاء سعيد المالكي عضو مجلس إدارة الجمعية وتنسيق الأستاذ فهد العتيبي.");
    assert_eq!(a.actors[0].mentions[0].text, "سعيد المالكي", "{a:#?}");
}

#[test]
fn ilayna_to_us_starts_no_name() {
    // إلينا is «to us» far more often than a name (Elena is written إيلينا).
    let a = analyze("وقال المسؤول إنه لم تصل إلينا أي تأكيدات حتى الآن.");
    assert!(a.actors.is_empty(), "{a:#?}");
}

#[test]
fn a_nisba_after_an_honorific_and_a_first_name_is_the_family_name() {
    let a = analyze("وأكد المهندس عادل المصري، مدير المشروع، أن العمل اكتمل.");
    assert_eq!(speakers(&a), ["aadl_almsry"]);
    // Before the name, a nisba is the nationality.
    let a = analyze("وأكد الدكتور المصري محمد فهمي أن العمل اكتمل.");
    assert_eq!(speakers(&a), ["mhmd_fhmy"]);
}

#[test]
fn an_office_of_a_title_or_a_person_is_no_earlier_speaker() {
    let a = analyze(
        "وقال سمير الكبيسي إن المداهمات استمرت طوال الليل. وقال مكتب محافظ المدينة في بيان إن الطريق أغلق.",
    );
    assert_eq!(speakers(&a), ["smyr_alkbysy", "?"]);
}

#[test]
fn a_kunya_after_and_is_a_name_of_its_own() {
    let a = analyze("وقال القيادي أحمد الشامي وأبو سليمان الحلبي إن الهدنة انتهت.");
    let names: Vec<&str> = a
        .actors
        .iter()
        .map(|x| x.mentions[0].text.as_str())
        .collect();
    assert!(names.contains(&"أبو سليمان الحلبي"), "{a:#?}");
}

#[test]
fn a_preposition_on_a_common_noun_after_a_first_name_ends_it() {
    let a = analyze("وعادت إلى العمل بعد ولادة نادية بثلاثة أشهر.");
    assert!(a.actors.is_empty(), "{a:#?}");
    // A family name may be ب and a word: بوعلي, بيكون.
    let a = analyze("وقال عبدالرحمن بوعلي إن العمل اكتمل.");
    assert_eq!(speakers(&a), ["abd_alrhmn_bwaly"]);
}

#[test]
fn a_short_common_noun_with_their_after_a_given_name_is_no_name() {
    let a = analyze("وأتمنى أن أبقى عند حسن ظنهم في الموسم المقبل.");
    assert!(a.actors.is_empty(), "{a:#?}");
}

#[test]
fn a_nisba_after_a_whole_kunya_is_part_of_the_name() {
    let a = analyze("وقال أبو حمزة الفرنسي في تسجيل إن التنظيم خسر مواقعه.");
    assert_eq!(speakers(&a), ["abw_hmzh_alfrnsy"]);
    // ... also after a compound name in the kunya.
    let a = analyze("وقال أبو عبد الرحمن العراقي إن التنظيم خسر مواقعه.");
    assert_eq!(speakers(&a), ["abw_abd_alrhmn_alaraqy"]);
}

#[test]
fn a_gulf_family_name_in_two_words_stays_whole() {
    let a = analyze("وقال مدير الفرع محمد العبد الكريم إن العمل اكتمل.");
    assert_eq!(speakers(&a), ["mhmd_alabd_alkrym"]);
    let a = analyze("وأوضح سلمان الجار الله أن العمل اكتمل.");
    assert_eq!(speakers(&a), ["slman_aljar_allh"]);
    // «God» as the verb's object is no family name.
    let a = analyze("وسألت الموظفة منى الحربي الله أن يحفظ الجنود.");
    assert!(
        a.actors.iter().all(|x| !x.id.as_str().ends_with("allh")),
        "{a:#?}"
    );
}

#[test]
fn a_family_nisba_before_a_definite_object_stays_in_the_name() {
    let a = analyze("وثمن ياسر الشمري الجهود المبذولة في الموسم.");
    assert_eq!(a.stances[0].actor.as_str(), "yasr_alshmry");
    // A participle before its complement is the sentence going on.
    let a = analyze("وحضر تيم نونان المنتمي إلى الحزب الاجتماع.");
    assert_eq!(a.actors[0].mentions[0].text, "تيم نونان", "{a:#?}");
}

#[test]
fn an_honorific_ends_a_role_only_before_a_word() {
    // At the end of the sentence «الشيخ» is the family name, not a next person's title.
    let a = analyze(
        "واستقبل الوزير أمس مدير عام المدارس في نواكشوط محمد سالم الأمين الشيخ. وجرى بحث التعاون.",
    );
    let person = a.actors.iter().find(|x| x.id.as_str() == "mhmd_salm");
    assert!(
        person.is_some_and(|p| p.mentions[0].text.ends_with("الشيخ")),
        "{a:#?}"
    );
}

#[test]
fn a_spokesperson_speaks_for_a_body_the_lexicon_lacks() {
    let a = analyze("وقال متحدث باسم هيئة الطيران المدني الكينية إن الرحلات ستستأنف غدا.");
    assert_eq!(speakers(&a), ["hyh_altyran_almdny_alkynyh.spokesperson"]);
    // Named after the body as the article writes it.
    assert_eq!(a.actors[0].name, "هيئة الطيران المدني الكينية spokesperson");
    // An unknown word after the body may be the spokesperson's name: no role takes it.
    let a = analyze("وأكد المتحدث باسم نقابة الأطباء المصرية زهير قنديل أن الإضراب مستمر.");
    assert_eq!(speakers(&a), ["zhyr_qndyl"]);
}

#[test]
fn a_spokesperson_for_a_region_is_the_person_named_after_it() {
    let a = analyze(
        "وأوضح المتحدث الرسمي لهيئة الهلال الأحمر السعودي بمنطقة الجوف فيصل سعد الشمري أن الفرق باشرت الحادث.",
    );
    assert_eq!(speakers(&a), ["fysl_sad_alshmry"]);
    let a = analyze("وقال الناطق باسم حركة حماس في غزة أيمن عبد الرؤوف إن المعبر مغلق.");
    assert_eq!(speakers(&a), ["aymn_abd_alrwf"]);
}

#[test]
fn a_spokesperson_with_a_complement_and_a_name_is_not_the_earlier_one() {
    let a = analyze(
        "وقال المتحدث باسم هيئة الموانئ الليبية إن الميناء مغلق. \
         وأوضح المتحدث الرسمي للحكومة، الدكتور سالم نوري، أن الوضع مستقر.",
    );
    assert_eq!(
        speakers(&a),
        ["hyh_almwan_allybyh.spokesperson", "salm_nwry"]
    );
    // The same apposition after any title phrase the lexicons lack.
    let a = analyze("وقال عميد كلية الهندسة بالجامعة، الدكتور ماجد الفيفي، إن القبول بدأ.");
    assert_eq!(speakers(&a), ["majd_alfyfy"]);
}

#[test]
fn after_bin_or_abu_a_common_word_or_title_is_still_the_name() {
    // مساعد is a title and فضل a common noun, but after بن they are the father's name.
    let a = analyze("وأكد فيصل بن مساعد الحربي أن العمل اكتمل.");
    assert_eq!(speakers(&a), ["fysl_bn_msaad_alhrby"]);
    let a = analyze("وأوضح الدكتور ياسر بن فضل الغامدي أن المشروع اكتمل.");
    assert_eq!(speakers(&a), ["yasr_bn_fdl_alghamdy"]);
    // ... and after أبو (a family name in a kunya's shape: أبو راس).
    let a = analyze("وقال المهندس سامي أبو راس إن المشروع اكتمل.");
    assert_eq!(speakers(&a), ["samy_abw_ras"]);
}

#[test]
fn a_body_inside_a_persons_apposition_is_no_subject() {
    // The relative clause's antecedent is the person, not the body in the apposition.
    let a = analyze(
        "والتقى الوزير بهاني سعيد، رئيس الاتحاد الأردني لكرة القدم، الذي قال إن الدعم مستمر.",
    );
    assert_eq!(speakers(&a), ["hany_sayd"]);
}

#[test]
fn an_adverbial_after_a_descriptor_is_not_its_subject() {
    // خلال لقائه ...: the body met is not the subject; the minister named before is.
    let a = analyze(
        "قال وزير المالية الأردني محمد العسعس إن العجز تراجع. \
         وأضاف الوزير خلال لقائه وفدا من صندوق النقد الدولي، أن النمو سيتحسن.",
    );
    assert_eq!(speakers(&a), ["mhmd_alasas", "mhmd_alasas"]);
}

#[test]
fn the_body_a_role_phrase_names_is_an_actor_too() {
    let text = "وقال الناطق باسم هيئة الانتخابات الليبية سالم العريبي إن الاقتراع سيجري في موعده.";
    let a = analyze(text);
    // The spokesperson speaks; the commission he speaks for is mentioned too.
    assert_eq!(speakers(&a), ["salm_alaryby"]);
    let body = a
        .actors
        .iter()
        .find(|x| x.kind != ActorKind::Person)
        .unwrap_or_else(|| panic!("no body: {a:#?}"));
    assert_eq!(body.mentions[0].text, "هيئة الانتخابات الليبية");
    let m = &body.mentions[0];
    assert_eq!(&text[m.start..m.end], m.text);
}

#[test]
fn after_bism_any_noun_phrase_is_the_body_spoken_for() {
    // خفر is no body head, but after باسم only a body can stand.
    let a = analyze("وقال متحدث باسم خفر السواحل اليوناني إن القارب غرق قرب الجزيرة.");
    assert_eq!(speakers(&a), ["khfr_alswahl_alywnany.spokesperson"]);
    assert_eq!(a.actors[0].name, "خفر السواحل اليوناني spokesperson");
}

#[test]
fn words_that_only_describe_violence_add_up_to_no_condemnation() {
    // إرهابي، متطرف، ميليشيا name a threat; several of them are still no judgement.
    let a = analyze(
        "وقال وزير الداخلية الأردني إن التهديدات الإرهابية والجماعات المتطرفة والميليشيات كانت محور البحث.",
    );
    assert_eq!(a.quotes.len(), 1, "{a:#?}");
    assert!(a.stances.is_empty(), "{:#?}", a.stances);
    // One word that judges is enough, with them or without.
    let a = analyze("وقال وزير الداخلية الأردني إن الهجوم الإرهابي جريمة نكراء.");
    assert_eq!(a.stances.len(), 1, "{:#?}", a.stances);
    assert_eq!(a.stances[0].label, StanceLabel::Condemn);
}

#[test]
fn a_profession_before_a_name_is_a_title() {
    let a = analyze("وقال مدرب المنتخب الإيطالي ماركو فيراتي إن الفريق جاهز للمباراة.");
    assert_eq!(speakers(&a), ["markw_fyraty"]);
    // ... and an unnamed one is nobody known, not the person inside the clause that
    // describes him.
    let a = analyze(
        "وقال الرئيس الفرنسي إيمانويل ماكرون إن الاتفاق جيد. \
         ويقول ضابط سابق كان يعمل في حرس إيمانويل ماكرون إن الخطة فشلت.",
    );
    assert_eq!(speakers(&a), ["emmanuel_macron", "?"]);
}

#[test]
fn bodies_named_in_quotation_marks_after_a_plural_head() {
    let a = analyze("ووقعت جمعيتا «رعاية الأيتام» و«بنك الطعام» اتفاقية تعاون أمس.");
    let names: Vec<&str> = a.actors.iter().map(|x| x.name.as_str()).collect();
    assert_eq!(names, ["رعاية الأيتام", "بنك الطعام"], "{a:#?}");
    // A feminine adjective in the marks describes the bodies, it names none.
    let a = analyze("وحذر التقرير من منظمات «إرهابية» تنشط في المنطقة.");
    assert!(a.actors.is_empty(), "{a:#?}");
}

#[test]
fn denying_an_act_of_ones_own_defends_it() {
    // A deed, a possessive or «أن يكون»: the denier defends itself.
    for text in [
        "ونفت وزارة الدفاع التركية أن تكون طائراتها قصفت مواقع مدنية.",
        "ونفت وزارة الدفاع التركية مسؤوليتها عن القصف.",
        "ونفت وزارة الدفاع التركية ارتكاب أي خطأ.",
    ] {
        let a = analyze(text);
        assert!(
            has(&a, "turkey.defence_ministry", StanceLabel::Justify),
            "{text}: {a:#?}"
        );
    }
    // Denying a fact or a rumour takes no side.
    let a = analyze("ونفت وزارة الدفاع التركية وجود إصابات بين الجنود.");
    assert_eq!(a.quotes.len(), 1, "{a:#?}");
    assert!(a.stances.is_empty(), "{:#?}", a.stances);
}

#[test]
fn levelling_criticism_or_thanks_is_a_stance() {
    let a = analyze("ووجهت منظمة العفو الدولية انتقادات لاذعة للحكومة المصرية.");
    assert!(
        has(&a, "amnesty_international", StanceLabel::Condemn),
        "{a:#?}"
    );
    let a = analyze("ووجه الرئيس المصري عبد الفتاح السيسي الشكر للقوات المسلحة.");
    assert!(
        has(&a, "abdel_fattah_el_sisi", StanceLabel::Praise),
        "{a:#?}"
    );
    // Passive, with the one criticised right after the verb: no one's stance.
    let a = analyze("ووجهت للرئيس الأمريكي دونالد ترامب انتقادات كثيرة.");
    assert!(a.stances.is_empty(), "{:#?}", a.stances);
    // «وجه» as a noun is no cue.
    let a = analyze("وقال الرئيس المصري عبد الفتاح السيسي إن الشعب وقف في وجه الإرهاب.");
    assert!(a.stances.is_empty(), "{:#?}", a.stances);
}

#[test]
fn a_definite_head_ends_before_an_indefinite_word() {
    // الشرطة is in construct with nothing: the words after it are the clause.
    for text in [
        "وفتحت الشرطة تحقيقا في الحادث.",
        "وقال مسؤولون إن الشرطة اكتشفت مخبأ للأسلحة.",
    ] {
        let a = analyze(text);
        let names: Vec<&str> = a.actors.iter().map(|x| x.name.as_str()).collect();
        assert_eq!(names, ["الشرطة"], "{text}: {a:#?}");
    }
    // A definite or nisba word goes on with it.
    let a = analyze("وقالت الشرطة الاتحادية إن الوضع هادئ.");
    assert_eq!(a.actors[0].name, "الشرطة الاتحادية", "{a:#?}");
}

#[test]
fn a_word_with_tanween_is_no_name() {
    // قرضًا، حفلًا: an indefinite object, not the end of the name before it.
    let a = analyze("وقدمت شركة ستاندرد جنرال قرضًا للشركة.");
    let names: Vec<&str> = a.actors.iter().map(|x| x.name.as_str()).collect();
    assert_eq!(names, ["شركة ستاندرد جنرال"], "{a:#?}");
    // سورياً is "a Syrian", باكراً "early" (not ب + Accra): no state.
    let a = analyze("وأوقف الجيش 23 سورياً في وقت باكراً من صباح أمس.");
    assert!(a.actors.is_empty(), "{a:#?}");
    // Only harakat and tanween: nothing, and no panic.
    assert!(analyze("ً ٌ ٍ ً").actors.is_empty());
}

#[test]
fn haraka_is_motion_unless_it_speaks() {
    // حركة المسافرين، حركة الرياح: traffic and motion, no movement.
    for text in [
        "وتراجعت حركة المسافرين في المطار أمس.",
        "وتوقع المركز أن تنشط حركة الرياح السطحية.",
    ] {
        let a = analyze(text);
        assert!(
            a.actors.iter().all(|x| !x.name.starts_with("حركة")),
            "{text}: {a:#?}"
        );
    }
    // A movement the lexicon lacks, as a speech verb's subject, before it or after it.
    let a = analyze("وقالت حركة النضال العربي إن الانتخابات مزورة.");
    assert_eq!(speakers(&a), ["hrkh_alndal_alarby"], "{a:#?}");
    let a = analyze("حركة النضال العربي تدين الهجوم على المدينة.");
    assert!(named(&a, "حركة النضال العربي"), "{a:#?}");
}

#[test]
fn markaz_is_a_place_unless_it_speaks_or_has_a_complement() {
    // A district or a facility: no actor.
    for text in [
        "ووقع الحادث في مركز القوز جنوب المحافظة.",
        "ونقل المصاب إلى مركز صحي قريب.",
    ] {
        let a = analyze(text);
        assert!(
            a.actors.iter().all(|x| !x.name.starts_with("مركز")),
            "{text}: {a:#?}"
        );
    }
    // A centre with its complement in ل, or one that speaks.
    let a = analyze("ونشر مركز الخليج للأبحاث دراسة جديدة.");
    assert!(named(&a, "مركز الخليج للأبحاث"), "{a:#?}");
    let a = analyze("وقال مركز حلب الإعلامي إن القصف استمر.");
    assert_eq!(speakers(&a), ["mrkz_hlb_alaalamy"], "{a:#?}");
}

#[test]
fn a_definite_plural_in_un_is_an_unnamed_group() {
    // The nominative plural after the verb is its subject: no one the article named.
    let a = analyze(
        "وقال وزير الخارجية الفرنسي جان إيف لودريان إن الاتفاق جيد. \
         وأوضح القائمون على المركز أن النتائج مشجعة.",
    );
    assert_eq!(speakers(&a), ["jean_yves_le_drian", "?"], "{a:#?}");
    let a = analyze(
        "وقال وزير الخارجية الفرنسي جان إيف لودريان إن الاتفاق جيد. \
         واتهم المتمردون القوات الحكومية بخرق الهدنة.",
    );
    assert!(
        !has(&a, "jean_yves_le_drian", StanceLabel::Condemn),
        "{:#?}",
        a.stances
    );
}

#[test]
fn a_surname_with_a_particle_takes_up_the_person() {
    // بن شفيق، فان غال: a two-word surname, the particle and the name, named again.
    let a = analyze(
        "وقال صندوق النقد الدولي إن النمو ضعيف. ويشكك ريتشارد بن شفيق، وهو مدير برنامج، \
         في قدرة إيران. ويقول بن شفيق في مذكرة بحثية إن الأمر صعب.",
    );
    assert_eq!(speakers(&a), ["imf", "rytshard_bn_shfyq"], "{a:#?}");
    // ... but not inside someone else's name, which goes on after the pair.
    let a =
        analyze("وقال الشيخ حمد بن محمد إن الموسم ناجح. وحضر الحفل الوزير مساعد بن محمد العيبان.");
    let hamad = a.actors.iter().find(|x| x.name == "حمد بن محمد").unwrap();
    assert_eq!(hamad.mentions.len(), 1, "{a:#?}");
}

#[test]
fn an_unknown_name_before_a_comma_is_an_unknown_speaker() {
    // Two words no lexicon knows, then the apposition: someone the article names, not
    // the minister who spoke before.
    let a = analyze(
        "وقال وزير الخارجية الفرنسي جان إيف لودريان إن الاتفاق جيد. \
         وقال رافيش كومار، مذيع أخبار في محطة محلية، إن الوضع صعب.",
    );
    assert_eq!(speakers(&a), ["jean_yves_le_drian", "?"], "{a:#?}");
    // A descriptor of common words before the comma is left to the look-back.
    let a = analyze(
        "وقال وزير الخارجية الفرنسي جان إيف لودريان إن الاتفاق جيد. \
         وقال الوزير، في مؤتمر صحفي، إن المحادثات ستستمر.",
    );
    assert_eq!(
        speakers(&a),
        ["jean_yves_le_drian", "jean_yves_le_drian"],
        "{a:#?}"
    );
}

#[test]
fn a_member_of_a_named_group_is_an_unknown_speaker() {
    // أحد قادة حركة حماس: one of its leaders, unnamed; neither the movement nor the
    // minister who spoke before.
    let a = analyze(
        "وقال وزير الخارجية الفرنسي جان إيف لودريان إن الاتفاق جيد. \
         وأكد أحد قادة حركة حماس أن الوضع صعب.",
    );
    assert_eq!(speakers(&a), ["jean_yves_le_drian", "?"], "{a:#?}");
}

#[test]
fn a_common_noun_in_the_accusative_ends_a_name() {
    // خططا، حفلا: the object after the name, its tanween unwritten.
    let a = analyze("وقدم الفنان فتحي سلامة حفلا في القاهرة.");
    assert!(named(&a, "فتحي سلامة"), "{a:#?}");
    assert!(no_name_holds(&a, "حفلا"), "{a:#?}");
}

#[test]
fn a_preposition_or_a_pronoun_keeps_a_word_out_of_a_titled_name() {
    // بالمهرجان، تحريرها: the place or the paper the title is of; the name follows.
    let a = analyze("وقالت رئيسة تحريرها هنا فريدل إن المعرض ناجح.");
    assert!(named(&a, "هنا فريدل"), "{a:#?}");
    let a = analyze("وأوضح مدير الفعاليات بالمهرجان زياد المقهوي أن المهرجان ناجح.");
    assert!(named(&a, "زياد المقهوي"), "{a:#?}");
    let a = analyze("وقال مدير جمعية الطبيعة والبرية سامي قطرميز إن الموسم جيد.");
    assert!(named(&a, "سامي قطرميز"), "{a:#?}");
    // المثير للجدل تصرفه: a description and the object, no name at all.
    let a = analyze("وبرر الوزير المثير للجدل تصرفه بأن الظروف كانت صعبة.");
    assert!(no_name_holds(&a, "تصرفه"), "{a:#?}");
}

#[test]
fn a_bodys_title_is_never_a_person_who_spoke_before() {
    // الجيش: the army of no named state here; not the minister.
    let a = analyze(
        "وقال وزير الخارجية الفرنسي جان إيف لودريان إن الاتفاق جيد. \
         وقال الجيش إن التحقيق مستمر.",
    );
    assert_eq!(speakers(&a), ["jean_yves_le_drian", "?"], "{a:#?}");
    // الأمانة العامة takes up the body named with it before.
    let a = analyze(
        "وقال وزير الخارجية الفرنسي جان إيف لودريان إن الاتفاق جيد. \
         وانتقدت الأمانة العامة لجامعة الدول العربية القرار. \
         واعتبرت الأمانة العامة أن القرار غير مسؤول.",
    );
    assert_eq!(
        speakers(&a).last().map(String::as_str),
        Some("arab_league"),
        "{a:#?}"
    );
}

#[test]
fn a_form_ending_in_a_preposition_takes_it_from_the_next_word() {
    // استجابة ل: the ل is the next word's proclitic (لدعوات), a quotation mark between.
    let a = analyze("وقالت الحكومة المصرية إن الخطوة جاءت “استجابة لدعوات المواطنين”.");
    assert!(has(&a, "egypt.government", StanceLabel::Justify), "{a:#?}");
    // Without the ل, a response is no justification.
    let a = analyze("وقالت الحكومة المصرية إن الخطوة كانت “استجابة سريعة”.");
    assert!(!has(&a, "egypt.government", StanceLabel::Justify), "{a:#?}");
}

#[test]
fn after_a_compound_first_name_a_definite_word_is_the_family_name() {
    // عبد الكريم الفارس المدرب: a family name no common noun, then a description.
    let a = analyze("وقال عبد الكريم الفارس المدرب الوطني إن الفريق جاهز.");
    assert!(named(&a, "عبد الكريم الفارس"), "{a:#?}");
    // And after a whole kunya (أبو محمد), before a nisba.
    let a = analyze("وانتقد أبو محمد الشامي التونسي القرار.");
    assert!(named(&a, "أبو محمد الشامي"), "{a:#?}");
}

#[test]
fn a_kin_noun_after_a_name_is_no_part_of_it() {
    // زوجة المدرب: the apposition that says whose wife, not a third name.
    let a = analyze("وقالت مارتا لوبيز زوجة المدرب السابق إن الحملة ظالمة.");
    assert!(named(&a, "مارتا لوبيز"), "{a:#?}");
    assert!(no_name_holds(&a, "زوجة"), "{a:#?}");
}

#[test]
fn the_two_countries_are_two_states() {
    // البلدان: the two states named, not the movement named most.
    let a = analyze(
        "وقال حزب الله في بيان إن حزب الله يرفض الهجوم على سوريا والعراق. \
         وأكد البلدان رفضهما للهجوم.",
    );
    assert_eq!(speakers(&a), ["hezbollah", "iraq+syria"], "{a:#?}");
}

#[test]
fn the_countries_in_the_plural_are_an_unnamed_group() {
    // البلدان الأعضاء: «the member countries», no two states of the article, and no
    // one who spoke before.
    let a = analyze(
        "وقال وزير الخارجية الفرنسي جان إيف لودريان إن فرنسا وألمانيا تدعمان الصندوق. \
         وأكدت البلدان الأعضاء دعمها للصندوق.",
    );
    assert_eq!(speakers(&a), ["jean_yves_le_drian", "?"], "{a:#?}");
    assert!(
        a.actors
            .iter()
            .flat_map(|x| &x.mentions)
            .all(|m| m.text != "البلدان"),
        "{a:#?}"
    );
}

#[test]
fn a_title_that_is_a_family_name_ends_a_name() {
    // الدكتور ماجد السلطان: the family name, not the sultan in apposition; and the
    // later «الدكتور السلطان» is the same man.
    let a = analyze(
        "وقال الدكتور ماجد السلطان إن المنحة مهمة. وأوضح الدكتور السلطان أن الطلاب سيستفيدون.",
    );
    assert!(named(&a, "ماجد السلطان"), "{a:#?}");
    let speakers = speakers(&a);
    assert_eq!(speakers.len(), 2, "{a:#?}");
    assert_eq!(speakers[0], speakers[1], "{a:#?}");
}

#[test]
fn a_bylines_writer_is_no_speaker() {
    // سامي ناصر – سبق – جدة: the reporter, who never speaks for the descriptor after.
    let a = analyze(
        "إغلاق المحلات المخالفة\n\
         سامي ناصر – سبق – جدة: أغلقت البلدية عشرين محلا. \
         وأكد المدير العام للبلدية أن الحملة مستمرة.",
    );
    assert!(!named(&a, "سامي ناصر"), "{a:#?}");
    assert!(a.quotes.iter().all(|q| q.speaker.is_none()), "{a:#?}");
}

#[test]
fn a_statement_printed_whole_is_its_issuers_words() {
    let text = "أصدرت حركة حماس البيان التالي:\n\
                تستنكر الحركة بشدة قصف المدارس في المدينة المحاصرة.\n\
                إن هذه الجريمة لن تمر دون حساب أمام شعبنا والعالم.\n\
                يذكر أن القصف استمر ثلاثة أيام متواصلة دون توقف.";
    let a = analyze(text);
    let statement: Vec<&str> = a
        .quotes
        .iter()
        .filter(|q| q.source == "printed_statement")
        .map(|q| q.content.text.as_str())
        .collect();
    // Each paragraph is the issuer's words, the one that condemns too (its cue reports
    // no speech); the journalist's background after them is nobody's.
    assert_eq!(
        statement,
        [
            "تستنكر الحركة بشدة قصف المدارس في المدينة المحاصرة",
            "إن هذه الجريمة لن تمر دون حساب أمام شعبنا والعالم"
        ]
    );
    assert_eq!(speaker_of(&a, "هذه الجريمة").as_deref(), Some("hamas"));
    assert!(a.quotes.iter().all(|q| !q.content.text.contains("استمر")));
    // A list announced is no statement: its items are the writer's.
    let a = analyze(
        "تحدث الرئيس الفرنسي إيمانويل ماكرون عن الاتفاق، وأوجزت ملاحظاتي عليه فيما يلي:\n\
         الاتفاق لا يعالج الصواريخ الباليستية ولا النفوذ الإقليمي.",
    );
    assert!(a
        .quotes
        .iter()
        .all(|q| !q.content.text.contains("الصواريخ")));
}

#[test]
fn a_body_name_stops_at_its_verbs_object_in_the_accusative() {
    let a =
        analyze("وفي الشهر الماضي طرحت شركة نوفاريس موتورز نموذجا جديدا لسيارة كهربائية صغيرة.");
    assert!(named(&a, "شركة نوفاريس موتورز"), "{a:#?}");
    assert!(no_name_holds(&a, "نموذجا"), "{a:#?}");
}

#[test]
fn after_a_nisba_only_adjectives_go_on_with_a_body_name() {
    let a = analyze(
        "وبدأت هيئة أركان الجيش الأوغندي الهجوم على مواقع المتمردين صباح اليوم. \
         وأعلنت شركة دلتا للخدمات الصحية القابضة أن أرباحها ارتفعت.",
    );
    // A definite noun after the nisba is the verb's object ...
    assert!(named(&a, "هيئة أركان الجيش الأوغندي"), "{a:#?}");
    assert!(no_name_holds(&a, "الهجوم"), "{a:#?}");
    // ... an adjective in فاعلة is the name's own.
    assert!(named(&a, "شركة دلتا للخدمات الصحية القابضة"), "{a:#?}");
}

#[test]
fn a_surname_misspelled_is_the_person_named_before() {
    let a = analyze(
        "قال رئيس الوزراء المالطي ألكسيس بوردوناريس إن الاتفاق صعب. \
         وأضاف بورودناريس في بيان أن الدين ثقيل. \
         وهكذا أصبح ألكسيس بوردونارس زعيما للحزب.",
    );
    let persons: Vec<&str> = a
        .actors
        .iter()
        .filter(|x| x.kind == ActorKind::Person)
        .map(|x| x.name.as_str())
        .collect();
    // One person, mentioned three times: a swapped pair of letters in the surname, a
    // long vowel left out of the full name.
    assert_eq!(persons, ["ألكسيس بوردوناريس"], "{a:#?}");
    assert_eq!(
        a.actors
            .iter()
            .find(|x| x.kind == ActorKind::Person)
            .unwrap()
            .mentions
            .len(),
        3
    );
    assert_eq!(speakers(&a).len(), 2);
    assert!(speakers(&a).iter().all(|s| *s == speakers(&a)[0]), "{a:#?}");
}

#[test]
fn an_unknown_name_before_where_it_was_said_is_nobody_known() {
    // The subject is a name no lexicon knows, then the adverbial of where it spoke: it
    // is not the minister who spoke before.
    let a = analyze(
        "قال وزير الخارجية الأردني ناصر جودة إن المفاوضات مستمرة. \
         وأضاف ديميتروبولوس في حديث لإذاعة محلية أن الاتفاق لن يصمد.",
    );
    assert_eq!(
        speaker_of(&a, "المفاوضات مستمرة").as_deref(),
        Some("nasser_judeh")
    );
    assert_eq!(speaker_of(&a, "الاتفاق لن يصمد"), None, "{a:#?}");
}

#[test]
fn a_surname_after_lam_without_its_alef_is_the_person() {
    // ل + الدوسري is written للدوسري: the person named before, as the source.
    let a = analyze(
        "افتتحت مديرة الجمعية منيرة الدوسري المعرض أمس. \
         ووفقا للدوسري، فإن المعرض يضم أعمال خمسين حرفية.",
    );
    let person = a
        .actors
        .iter()
        .find(|x| x.name == "منيرة الدوسري")
        .expect("the person");
    assert!(person.mentions.iter().any(|m| m.text == "لدوسري"), "{a:#?}");
    assert_eq!(
        speaker_of(&a, "المعرض يضم").as_deref(),
        Some(person.id.0.as_str())
    );
}

#[test]
fn a_title_opening_the_sentence_can_be_its_verbs_subject() {
    // SVO with a descriptor: the title opens the sentence and the verb follows it.
    let a = analyze(
        "وقال المتحدث الرسمي باسم وزارة الصحة نزار الدباغ إن اللقاحات وصلت. \
         المتحدث الرسمي أوضح من جهة أخرى أن التطعيم سيبدأ الأحد.",
    );
    let first = speaker_of(&a, "اللقاحات وصلت").expect("a speaker");
    assert_eq!(speaker_of(&a, "التطعيم سيبدأ"), Some(first), "{a:#?}");
}

#[test]
fn a_nisba_plural_in_the_oblique_after_the_verb_is_its_object() {
    let a = analyze(
        "وقال الرئيس الفرنسي إيمانويل ماكرون إن المفاوضات صعبة. \
         وأبلغ الإسرائيليين بأن الاتفاق لن يمس أمنهم.",
    );
    // الإسرائيليين is whom he told, not a subject no one knows.
    assert_eq!(
        speaker_of(&a, "الاتفاق لن يمس").as_deref(),
        Some("emmanuel_macron"),
        "{a:#?}"
    );
}

#[test]
fn a_given_name_that_is_also_a_verb_form_starts_a_name() {
    // نجيب is also «we answer», a form of the answer cue; before a family name it is
    // the given name.
    let a = analyze("وقال الكاتب نجيب الخطيب إن الرواية تأخرت.");
    assert!(named(&a, "نجيب الخطيب"), "{a:#?}");
    assert_eq!(speakers(&a).len(), 1);
}

#[test]
fn a_question_particle_ends_a_name() {
    let a = analyze("وسأل المخرج الممثلة: سيدة كوثر هل أنت مستعدة للتصوير؟");
    assert!(no_name_holds(&a, "هل"), "{a:#?}");
}

#[test]
fn yahya_written_with_one_ya_is_a_given_name() {
    // يحي (and يحى) for يحيى: the given name, which also splits a pair of players.
    let a = analyze("وغاب عن التدريب اللاعبان سالم الدوخي ويحي العمري بسبب الإصابة.");
    assert!(named(&a, "يحي العمري"), "{a:#?}");
    assert!(no_name_holds(&a, "الدوخي ويحي"), "{a:#?}");
}

#[test]
fn a_leader_of_a_movement_named_after_the_verb_is_its_subject() {
    // القيادي opens a title: the name after its complement is the speaker, not the
    // person who spoke before.
    let a = analyze(
        "وقال الرئيس الفرنسي إيمانويل ماكرون إن المفاوضات صعبة. \
         وأكد القيادي في الجبهة الشعبية خالد منصور أن قرار الحكومة خاطئ.",
    );
    let speaker = speaker_of(&a, "قرار الحكومة").expect("a speaker");
    assert_ne!(speaker, "emmanuel_macron", "{a:#?}");
    assert!(named(&a, "خالد منصور"), "{a:#?}");
    assert!(
        a.actors
            .iter()
            .any(|x| x.id.0 == speaker && x.name.contains("خالد منصور")),
        "{a:#?}"
    );
}

#[test]
fn owing_or_professing_with_dana_condemns_nothing() {
    // يدين ب is also "to owe" and "to profess": no condemnation.
    let owes = analyze("وتدين الأرجنتين بالفضل لمدربها الذي قاد الفريق إلى اللقب.");
    assert!(owes.stances.is_empty(), "{owes:#?}");
    let debt = analyze("وقالت وزارة المالية إن المبلغ الذي تدين به مصر للصندوق كبير.");
    assert!(debt.stances.is_empty(), "{debt:#?}");
    // The verb still condemns what it takes as object, and ندد takes ب.
    let a = analyze("وأدانت مصر الهجوم بشدة، ونددت قطر بالتفجير.");
    assert_eq!(a.stances.len(), 2, "{a:#?}");
}

#[test]
fn a_negator_with_a_proclitic_still_negates() {
    // بعدم، ولم، فلا: the negator with a preposition or conjunction on it.
    let a = analyze(
        "وأوضح رئيس الوزراء الأردني بشر الخصاونة أن المواطنين يشعرون بعدم الارتياح لهذه الخطوات.",
    );
    assert!(
        !a.stances.iter().any(|s| s.label == StanceLabel::Praise),
        "{a:#?}"
    );
}

#[test]
fn difa_before_lam_is_the_noun_motive() {
    // دافع before a word in ل is «a motive»; before عن, «defended».
    let motive =
        analyze("وقال مدرب المنتخب المغربي وليد الركراكي إن الفوز سيكون دافعا لتقديم الأفضل.");
    assert!(
        !motive
            .stances
            .iter()
            .any(|s| s.label == StanceLabel::Justify),
        "{motive:#?}"
    );
    let defended = analyze("ودافع لاعب المنتخب سفيان رحيمي عن قراره بالاعتزال.");
    assert!(
        defended
            .stances
            .iter()
            .any(|s| s.label == StanceLabel::Justify),
        "{defended:#?}"
    );
}

#[test]
fn a_title_after_a_name_ends_at_the_verbs_an() {
    // عن after a verb that takes it is the verb's, not part of the title.
    let a = analyze("وأعرب مارسيلو غاياردو مدرب فريق ريفر بليت عن سعادته بالفوز.");
    let person = a
        .actors
        .iter()
        .find(|x| x.name.contains("مارسيلو غاياردو"))
        .expect("the person");
    assert!(
        person.mentions.iter().all(|m| !m.text.contains("عن")),
        "{a:#?}"
    );
}

#[test]
fn a_pronoun_complement_stands_between_a_verb_and_its_subject() {
    // ونددت به قطر: the preposition with a pronoun is the verb's complement; the
    // subject comes after it, not the state that spoke before.
    let a = analyze("أدانت مصر الهجوم على السفارة. ونددت به قطر بشدة في بيان رسمي.");
    let holders: Vec<&str> = a.stances.iter().map(|s| s.actor.0.as_str()).collect();
    assert!(holders.contains(&"qatar"), "{a:#?}");
}

#[test]
fn an_indefinite_plural_subject_is_no_one_known() {
    // وقال محللون، يرى مراقبون: a plural in ـون after the verb is its subject, a group
    // no lexicon names, never the last speaker.
    let a = analyze(
        "وقال الرئيس الفرنسي إيمانويل ماكرون إن المحادثات صعبة. \
         ويقول قائمون على القطاع إن الأزمة ستطول.",
    );
    assert_eq!(speaker_of(&a, "الأزمة ستطول"), None, "{a:#?}");
}

#[test]
fn the_custodian_title_takes_up_the_saudi_king_not_the_last_prince() {
    // خادم الحرمين الشريفين is the Saudi king's title alone: after a prince or another
    // head of state is named, it still takes up the king named with it.
    let a = analyze(
        "افتتح خادم الحرمين الشريفين عبدالله بن عبدالعزيز المؤتمر. \
         واستقبل الأمير مقرن بن عبدالعزيز الوفد الزائر. \
         وأشاد خادم الحرمين الشريفين بجهود الوفد في دعم الاستقرار.",
    );
    let praise = a
        .stances
        .iter()
        .find(|s| s.label == StanceLabel::Praise)
        .expect("a praise");
    assert_eq!(praise.actor.0, "abdullah_bin_abdulaziz", "{a:#?}");
}

#[test]
fn attacking_a_place_is_no_stance_attacking_a_person_is_criticism() {
    // هاجم with arms (a border post, a convoy) shows no stance; هاجم an actor does.
    let armed = analyze("وهاجم الجيش السوري بلدة في ريف درعا فجر اليوم.");
    assert!(armed.stances.is_empty(), "{armed:#?}");
    let words = analyze("وهاجم نتنياهو أوباما في كلمة أمام أعضاء الكنيست.");
    assert!(
        words
            .stances
            .iter()
            .any(|s| s.actor.0 == "benjamin_netanyahu" && s.label == StanceLabel::Condemn),
        "{words:#?}"
    );
}

#[test]
fn a_defender_on_a_team_defends_nothing() {
    // مدافع is a justification only before عن; مدافعه الدولي is the team's defender.
    let team = analyze(
        "وقال الرئيس الفرنسي إيمانويل ماكرون إن مدافعه المفضل في المنتخب سيغيب عن المباراة.",
    );
    assert!(team.stances.is_empty(), "{team:#?}");
    let a = analyze("وتحدث وزير الخارجية الإيراني محمد جواد ظريف مدافعا عن الاتفاق النووي.");
    assert!(
        a.stances.iter().any(|s| s.label == StanceLabel::Justify),
        "{a:#?}"
    );
}

#[test]
fn a_conviction_and_a_blocked_road_are_no_stances() {
    // أدين بتهمة is a court's verdict; اعترض طريقه blocks a way: neither is a stance.
    let a = analyze(
        "وقالت وزارة الداخلية المصرية إن المتهم أدين بتهمة السرقة. \
         وأضافت الوزارة أن مسلحين اعترضوا طريق القافلة قرب الحدود.",
    );
    assert!(a.stances.is_empty(), "{a:#?}");
}

#[test]
fn a_feminine_plural_subject_is_nothing_known() {
    // وتشير التقديرات إلى أن: estimates, not the minister who spoke before.
    let a = analyze(
        "وقالت وزارة المالية الكويتية إن العجز سيتراجع. \
         وتشير التقديرات الأولية إلى أن النمو سيبلغ ثلاثة في المائة.",
    );
    assert_eq!(speaker_of(&a, "النمو سيبلغ"), None, "{a:#?}");
}

#[test]
fn welcoming_guests_is_hospitality_not_praise() {
    // رحب بالحضور greets the audience; رحب بقرار endorses a decision.
    let guests = analyze("ورحب رئيس الوزراء الأردني بشر الخصاونة في بداية اللقاء بالضيوف.");
    assert!(guests.stances.is_empty(), "{guests:#?}");
    let decision = analyze("ورحب رئيس الوزراء الأردني بشر الخصاونة بقرار مجلس الأمن.");
    assert!(
        decision
            .stances
            .iter()
            .any(|s| s.label == StanceLabel::Praise),
        "{decision:#?}"
    );
}

#[test]
fn wafq_attributes_like_bihasab() {
    // «، وفق X» closes a report as «، بحسب X» does; وفق itself begins with و.
    let a = analyze("وستستأنف المحادثات الشهر المقبل، وفق وزير الخارجية القطري.");
    assert_eq!(
        speaker_of(&a, "وستستأنف المحادثات").as_deref(),
        Some("mohammed_bin_abdulrahman_al_thani"),
        "{a:#?}"
    );
}

#[test]
fn an_according_to_parenthesis_inside_a_sentence_attributes_it() {
    // «X، بحسب Y، Z»: the clause goes on after the parenthesis, and Y said all of it;
    // «وفقا لتوجيهات الملك» (in line with directives) and «وفق ما تلقوه من أوامر» are
    // no attribution.
    let a = analyze(
        "وستنخفض أسعار الغاز، بحسب وزير الخارجية القطري، خلال الأشهر المقبلة. \
         وبدأت الأعمال في الموقع، وفقا لتوجيهات الملك سلمان، منذ شهرين. \
         وكانت الخلية تعد هجمات، وفق ما تلقته من أوامر من تنظيم داعش، في عدة مدن.",
    );
    assert_eq!(
        speaker_of(&a, "وستنخفض أسعار الغاز").as_deref(),
        Some("mohammed_bin_abdulrahman_al_thani"),
        "{a:#?}"
    );
    for clause in ["وبدأت الأعمال", "وكانت الخلية"] {
        assert!(
            a.quotes
                .iter()
                .all(|q| !q.content.text.contains(clause) || q.speaker.is_none()),
            "{clause}: {a:#?}"
        );
    }
}

#[test]
fn a_unions_name_before_a_sport_is_a_federation() {
    // الاتحاد الأوروبي لكرة القدم is UEFA: its president speaks, neither the union nor
    // the union's president.
    let a = analyze(
        "وقال رئيس الاتحاد الأوروبي لكرة القدم إن العقوبة نهائية. \
         وأعلن الاتحاد الإفريقي للسباحة تأجيل البطولة. \
         ورحب الاتحاد الأوروبي بالاتفاق التجاري.",
    );
    assert_eq!(
        speaker_of(&a, "العقوبة نهائية").as_deref(),
        Some("uefa.leader"),
        "{a:#?}"
    );
    assert!(named(&a, "الاتحاد الإفريقي للسباحة"), "{a:#?}");
    assert_ne!(
        speaker_of(&a, "تأجيل البطولة").as_deref(),
        Some("african_union"),
        "{a:#?}"
    );
    assert!(has(&a, "european_union", StanceLabel::Praise), "{a:#?}");
    assert!(a.actors.iter().all(|x| x.id.0 != "african_union"), "{a:#?}");
}

#[test]
fn world_sports_bodies_are_actors() {
    let a = analyze(
        "وقال الفيفا في بيان إن الانتخابات ستجري في فبراير. \
         وأعلن الاتحاد الآسيوي لكرة القدم موعد البطولة.",
    );
    assert_eq!(
        speaker_of(&a, "الانتخابات ستجري").as_deref(),
        Some("fifa"),
        "{a:#?}"
    );
    assert_eq!(
        speaker_of(&a, "موعد البطولة").as_deref(),
        Some("afc"),
        "{a:#?}"
    );
}

#[test]
fn general_goodness_alone_is_no_praise() {
    // مميز، رائع، ناجح describe services and matches as often as acts: alone, even
    // together, no stance; wisdom and courage still praise, and so does a general word
    // after «described as» (وصفها بالناجحة).
    let a = analyze(
        "وقال وزير الخارجية القطري إن الفندق الجديد يقدم خدمات مميزة ورائعة للزوار. \
         وقال وزير الخارجية الأردني أيمن الصفدي إن القرار حكيم وشجاع. \
         وأكد الرئيس الفرنسي إيمانويل ماكرون أن الجولة التي وصفها بالناجحة عززت التعاون.",
    );
    assert!(
        !has(&a, "mohammed_bin_abdulrahman_al_thani", StanceLabel::Praise),
        "{a:#?}"
    );
    assert!(has(&a, "ayman_safadi", StanceLabel::Praise), "{a:#?}");
    assert!(has(&a, "emmanuel_macron", StanceLabel::Praise), "{a:#?}");
}

#[test]
fn a_plural_verb_looking_back_is_no_state() {
    // «وأضافوا»: the residents (no actor) said it, not Lebanon named before them; a body
    // named by its members (أعضاء مجلس الأمن) is the «they» of a plural verb.
    let a = analyze(
        "وتلقى سكان القرية وعودا من لبنان بإصلاح الطريق. وأضافوا أن الطريق مغلق منذ شهرين. \
         واجتمع أعضاء مجلس الأمن الدولي مساء أمس. ورحبوا بالهدنة المعلنة في الجنوب.",
    );
    assert_eq!(speaker_of(&a, "الطريق مغلق"), None, "{a:#?}");
    assert!(
        has(&a, "un_security_council", StanceLabel::Praise),
        "{a:#?}"
    );
}

#[test]
fn a_crime_condemns_only_with_its_author_or_a_judgement() {
    // «the crime» of a police report is a case, no condemnation; a crime with its
    // author named, or judged (جريمة نكراء), condemns.
    let a = analyze(
        "وقال وزير الخارجية الأردني أيمن الصفدي إن الشرطة باشرت التحقيق في الجريمة. \
         وقال وزير الخارجية القطري إن الاحتلال ارتكب جريمة نكراء بحق المدنيين. \
         وأكد الرئيس الفرنسي إيمانويل ماكرون أن جرائم الحوثيين لن تمر.",
    );
    assert_second_minister_only(&a, StanceLabel::Condemn);
    assert!(has(&a, "emmanuel_macron", StanceLabel::Condemn), "{a:#?}");
}

#[test]
fn a_foreign_name_may_begin_like_a_preposition() {
    // بلاتر، كيمورا are names the lexicons lack, not ب / ك on a word: the speaker is
    // unknown, not the one before. لمناصريه is ل on a noun: the subject is hidden.
    let a = analyze(
        "وقال وزير الخارجية الأردني أيمن الصفدي إن الأسعار مستقرة. \
         وقال لمناصريه إن الاتفاق قريب. \
         وقال بلاتر في مؤتمر صحفي إن الانتخابات ستجري. \
         وأضاف كيمورا بحسب الترجمة إن الشركة تعتذر.",
    );
    assert_eq!(
        speaker_of(&a, "الاتفاق قريب").as_deref(),
        Some("ayman_safadi"),
        "{a:#?}"
    );
    assert_eq!(speaker_of(&a, "الانتخابات ستجري"), None, "{a:#?}");
    assert_eq!(speaker_of(&a, "الشركة تعتذر"), None, "{a:#?}");
}

#[test]
fn in_accordance_with_rules_attributes_nothing() {
    // «وفق الإجراءات المعمول بها في المجلس» follows rules; «بحسب المجلس» cites a source.
    let a = analyze(
        "وستعقد الجلسة يوم الأحد، وفق الإجراءات المعمول بها في مجلس الأمن الدولي. \
         وسيصوت الأعضاء على القرار الجديد، بحسب مجلس الأمن الدولي.",
    );
    assert!(
        a.quotes.iter().all(|q| !q.content.text.contains("الجلسة")),
        "{a:#?}"
    );
    assert_eq!(
        speaker_of(&a, "سيصوت الأعضاء").as_deref(),
        Some("un_security_council"),
        "{a:#?}"
    );
}

#[test]
fn a_sport_ends_a_body_s_name() {
    // After «لكرة القدم» the name may go on with an adjective or a second sport, not
    // with what the body decided or a word about its head.
    let a = analyze(
        "وقرر الاتحاد الأردني لكرة السلة الانسحاب من البطولة. \
         وأعلن الاتحاد السعودي للسيارات والدراجات النارية موعد السباق.",
    );
    let names: Vec<&str> = a.actors.iter().map(|x| x.name.as_str()).collect();
    assert!(names.contains(&"الاتحاد الأردني لكرة السلة"), "{names:?}");
    assert!(
        names.contains(&"الاتحاد السعودي للسيارات والدراجات النارية"),
        "{names:?}"
    );
}

#[test]
fn a_participle_after_to_be_or_not_reports_nothing() {
    // «كما كان متوقعا» (as was expected), «غير متوقعة» (unexpected): no report; the
    // sentence stays one quote of its speaker.
    let a = analyze(
        "وقال وزير الخارجية الأردني أيمن الصفدي إن النمو جاء أعلى مما كان متوقعا في الموازنة \
         وإن النتائج كانت غير متوقعة.",
    );
    assert_eq!(a.quotes.len(), 1, "{a:#?}");
    assert!(a.quotes[0].content.text.contains("غير متوقعة"), "{a:#?}");
}

#[test]
fn drawing_attention_reports_only_to_something_said() {
    // «لفت انتباه الحضور بعروضه» drew the eyes; «لفت الانتباه إلى أن» reports.
    let a = analyze(
        "وشارك الفنان في الحفل ولفت انتباه الحضور بعروض اللهب. \
         ولفت وزير الخارجية الأردني أيمن الصفدي الانتباه إلى أن الحدود آمنة.",
    );
    assert_eq!(a.quotes.len(), 1, "{a:#?}");
    assert_eq!(
        speaker_of(&a, "الحدود آمنة").as_deref(),
        Some("ayman_safadi"),
        "{a:#?}"
    );
}

#[test]
fn a_topic_fronted_by_amma_is_the_subject() {
    // «أما X فقال»: X speaks; unknown to the lexicons, no one known does. A topic the
    // verb does not agree with, or one opened by a preposition, is what is spoken of.
    let a = analyze(
        "وقال وزير الخارجية الأردني أيمن الصفدي إن الأسعار مستقرة. \
         أما عن الحدود فقال إنها آمنة. \
         أما الباحث الأمني هاينز فيقول إن الخطر قائم.",
    );
    assert_eq!(speaker_of(&a, "الخطر قائم"), None, "{a:#?}");
    assert_eq!(
        speaker_of(&a, "آمنة").as_deref(),
        Some("ayman_safadi"),
        "{a:#?}"
    );
}

#[test]
fn a_patronymic_with_a_family_name_is_not_the_lexicon_person() {
    // «Abdullah son of Abdulaziz» is the late king by the lexicon; with a family name
    // after it, it is someone else, named by the article.
    let a = analyze(
        "وقال الدكتور عبدالله بن عبدالعزيز الربيعة إن المساعدات ستصل. \
         وقال الملك عبدالله بن عبدالعزيز إن المملكة تدعم اليمن.",
    );
    let first = speaker_of(&a, "المساعدات ستصل");
    assert!(
        first
            .as_deref()
            .is_some_and(|s| s != "abdullah_bin_abdulaziz"),
        "{a:#?}"
    );
    assert_eq!(
        speaker_of(&a, "المملكة تدعم").as_deref(),
        Some("abdullah_bin_abdulaziz"),
        "{a:#?}"
    );
}

#[test]
fn a_member_of_a_body_is_not_the_person_named_inside_it() {
    // «A member of the party of president X»: X is the party's possessor, not the
    // speaker, who is left unnamed; a name set off by a comma is the member's own.
    let a = analyze(
        "وقال عضو في حزب الرئيس الفرنسي إيمانويل ماكرون إن الحزب سيشارك. \
         وقال مسؤول بوزارة الخارجية الأردنية، أيمن الصفدي، إن الوزارة تتابع.",
    );
    assert_eq!(speaker_of(&a, "الحزب سيشارك"), None, "{a:#?}");
    assert_eq!(
        speaker_of(&a, "الوزارة تتابع").as_deref(),
        Some("ayman_safadi"),
        "{a:#?}"
    );
}

#[test]
fn an_assault_condemns_only_on_someone_named() {
    // A police spokesman's «assault» is the case he reports; an assault on a state, or
    // aggression by itself, is a judgement.
    let a = analyze(
        "وقال وزير الخارجية الأردني أيمن الصفدي إن مواطنة تعرضت للاعتداء بالضرب من زوجها. \
         وقال وزير الخارجية القطري إن ما جرى اعتداء على لبنان. \
         وأكد الرئيس الفرنسي إيمانويل ماكرون أن ما حدث عدوان.",
    );
    assert_second_minister_only(&a, StanceLabel::Condemn);
    assert!(has(&a, "emmanuel_macron", StanceLabel::Condemn), "{a:#?}");
}

#[test]
fn calling_something_ridiculous_criticises_it() {
    let a = analyze("وقال وزير الخارجية الأردني أيمن الصفدي إن هذه الخطوة مثيرة للسخرية.");
    assert!(has(&a, "ayman_safadi", StanceLabel::Condemn), "{a:#?}");
}

#[test]
fn is_considered_reports_nothing() {
    // وتعتبر X نموذجا، ويعد X من: the passive «is considered», no speech; with أن after
    // the subject the present is a view, and يعد ب a promise.
    let a = analyze(
        "وتعتبر تونس نموذجا للانتقال الديموقراطي. وتعد كينيا واحدة من البلدان الرائدة. \
         وتعتبر الحكومة المصرية أن القرار خاطئ. ويعد الرئيس الفرنسي إيمانويل ماكرون بإصلاحات واسعة.",
    );
    assert_eq!(
        speakers(&a),
        vec![
            "egypt.government".to_string(),
            "emmanuel_macron".to_string()
        ],
        "{a:#?}"
    );
}

#[test]
fn a_dative_pronoun_between_verb_and_subject_is_passed_over() {
    // «وقال لنا مسؤول»: the subject comes after «to us»; an unnamed official, not the
    // president quoted before.
    let a = analyze(
        "وقال الرئيس الفرنسي إيمانويل ماكرون إن الوضع صعب. \
         وقال لنا مسؤول في الوزارة إن المفاوضات متعثرة.",
    );
    assert_eq!(speaker_of(&a, "المفاوضات متعثرة"), None, "{a:#?}");
}

#[test]
fn a_definite_noun_before_the_frame_is_an_unnamed_subject() {
    // وأشارت الدراسة إلى أن، وتشير الأرقام إلى أن: the study, the figures, not the
    // ministry quoted before.
    let a = analyze(
        "وقالت وزارة الخارجية القطرية إن الوضع صعب. \
         وأشارت الدراسة إلى أن البطالة ارتفعت. وتشير الأرقام إلى أن المفاوضات متوقفة.",
    );
    assert_eq!(speaker_of(&a, "البطالة ارتفعت"), None, "{a:#?}");
    assert_eq!(speaker_of(&a, "المفاوضات متوقفة"), None, "{a:#?}");
}

#[test]
fn a_states_name_qualified_by_another_states_nisba_is_not_that_state() {
    // الاحتلال الأميركي is no name of Israel; موناكو الفرنسي is a club, not Monaco; but
    // «بادلت روسيا السعودية» names two states.
    let a = analyze(
        "وانتقد الرئيس العراقي الاحتلال الأميركي للعراق. \
         وانتقل اللاعب إلى موناكو الفرنسي. وبادلت روسيا السعودية الشعور نفسه.",
    );
    assert!(a.actors.iter().all(|x| x.id.0 != "israel"), "{a:#?}");
    assert!(a.actors.iter().all(|x| x.id.0 != "monaco"), "{a:#?}");
    assert!(a.actors.iter().any(|x| x.id.0 == "russia"), "{a:#?}");
    assert!(a.actors.iter().any(|x| x.id.0 == "saudi_arabia"), "{a:#?}");
}

#[test]
fn a_titled_unknown_name_ends_before_a_cut_proclitic_and_keeps_al() {
    // «لـ«الوطن»»: the lone ل is no part of the name; آل (folded to ال) is the family
    // particle, inside it.
    let a = analyze(
        "وقال المستشار الاقتصادي كوستاس بابادوبولوس لـ«الوطن» إن السوق مستقرة. \
         وأوضح الباحث الفلكي ساجر آل جبران أن الهلال سيولد غدا.",
    );
    assert!(named(&a, "كوستاس بابادوبولوس"), "{a:#?}");
    assert!(named(&a, "ساجر آل جبران"), "{a:#?}");
    assert!(no_name_holds(&a, " ل"), "{a:#?}");
}

#[test]
fn a_weak_name_after_a_verb_of_the_other_gender_is_the_common_word() {
    // «الوثائق تؤكد سلامة الإجراءات»: سلامة is «soundness» after a feminine verb, not Ghassan
    // Salamé, and the next «وأضاف» is not his; after «وقال» it is his name.
    let a = analyze("وقالت الشركة إن الوثائق تؤكد سلامة الإجراءات. وأضاف أن الوضع صعب.");
    assert_eq!(speaker_of(&a, "الوضع صعب"), None, "{a:#?}");
    let a = analyze("وقال سلامة إن الحل قريب.");
    assert_eq!(
        speaker_of(&a, "الحل قريب").as_deref(),
        Some("ghassan_salame"),
        "{a:#?}"
    );
}

#[test]
fn a_states_name_before_a_news_line_is_a_dateline() {
    // «كينيا: مقتل خمسة ...»: a dateline; «قطر: لا صحة ...»، «إيران: الاتفاق ...»: the
    // state's words.
    let a = analyze(
        "كينيا: مقتل خمسة أشخاص بهجوم على آلية للشرطة\n\
         قطر: لا صحة للأنباء عن إغلاق السفارة\n\
         إيران: الاتفاق النووي لن يستغل ضد أحد\n",
    );
    assert_eq!(
        speakers(&a),
        vec!["qatar".to_string(), "iran".to_string()],
        "{a:#?}"
    );
}

#[test]
fn the_official_after_a_minister_is_an_unnamed_official() {
    // «وقال المسؤول» after a minister: an official the article does not name; «المسؤول
    // التونسي» with a state's nisba takes up the Tunisian official named before.
    let a = analyze(
        "وقال وزير الخارجية الأردني أيمن الصفدي إن المحادثات مستمرة. \
         وقال المسؤول إن الوفد سيغادر غدا.",
    );
    assert_eq!(speaker_of(&a, "الوفد سيغادر"), None, "{a:#?}");
    let a = analyze(
        "وقال مدير الإدارة بوزارة الخارجية التونسية كمال بنحسين إن القرار مفاجئ. \
         وأكد المسؤول التونسي أن بلاده سترد.",
    );
    assert_eq!(
        speaker_of(&a, "بلاده سترد"),
        speaker_of(&a, "القرار مفاجئ"),
        "{a:#?}"
    );
    assert!(speaker_of(&a, "بلاده سترد").is_some(), "{a:#?}");
}

#[test]
fn projects_and_interference_in_internal_affairs_justify_nothing() {
    // مشروعات «projects», not «legitimate»; «التدخل في الشأن الداخلي» condemns, while «هذا
    // شأن داخلي» defends.
    let a = analyze(
        "وقال وزير الخارجية القطري إن مشروعات الوزارة الجديدة اكتملت هذا العام. \
         وقال وزير الخارجية الأردني أيمن الصفدي إن التدخل في الشأن الداخلي مرفوض. \
         وقال الرئيس الفرنسي إيمانويل ماكرون إن هذا القرار شأن داخلي.",
    );
    assert!(
        !has(
            &a,
            "mohammed_bin_abdulrahman_al_thani",
            StanceLabel::Justify
        ),
        "{a:#?}"
    );
    assert!(!has(&a, "ayman_safadi", StanceLabel::Justify), "{a:#?}");
    assert!(has(&a, "ayman_safadi", StanceLabel::Condemn), "{a:#?}");
    assert!(has(&a, "emmanuel_macron", StanceLabel::Justify), "{a:#?}");
}

#[test]
fn a_relative_clause_verb_speaks_for_its_antecedent() {
    // المسؤول الذي قال: the antecedent, no actor here, not the speaker before; and a
    // name right before the comma is the antecedent of «، الذي قال».
    let a = analyze(
        "وقال الرئيس الفرنسي إيمانويل ماكرون إن المحادثات صعبة. \
         ونقلت الصحيفة عن المسؤول الذي قال إن الوفد سيغادر غدا. \
         والتقى الوفد وزير الخارجية الأردني أيمن الصفدي، الذي قال إن الأزمة ستطول.",
    );
    assert_eq!(speaker_of(&a, "الوفد سيغادر"), None, "{a:#?}");
    assert_eq!(
        speaker_of(&a, "الأزمة ستطول").as_deref(),
        Some("ayman_safadi"),
        "{a:#?}"
    );
}

#[test]
fn maalihi_is_never_the_king_named_before() {
    // معاليه addresses a minister or an official: after a king is named it is no one known
    // rather than the king.
    let a = analyze(
        "واستقبل خادم الحرمين الشريفين عبدالله بن عبدالعزيز الوفد. \
         وأوضح معاليه أن الزيارة ناجحة.",
    );
    assert_ne!(
        speaker_of(&a, "الزيارة ناجحة").as_deref(),
        Some("abdullah_bin_abdulaziz"),
        "{a:#?}"
    );
}

#[test]
fn a_kin_noun_with_my_ends_a_name() {
    // نادية ابنتي: "Nadia, my daughter", a name and a kin noun, not a two-word name.
    let a = analyze("وقالت الممثلة في مذكراتها إن نادية ابنتي الكبرى كانت سندها.");
    assert!(no_name_holds(&a, "ابنتي"), "{a:#?}");
}

#[test]
fn a_given_name_right_after_fi_is_a_noun_or_a_place() {
    // في عمر العشرين «at the age of twenty», في صالح المستهلك «in the consumer's favour».
    let a = analyze("وقال الوزير إن القرار يصب في صالح المستهلك، وإن ابنه في عمر العشرين.");
    assert!(no_name_holds(&a, "صالح المستهلك"), "{a:#?}");
    assert!(no_name_holds(&a, "عمر العشرين"), "{a:#?}");
}

#[test]
fn lam_and_an_imperfect_after_a_name_is_a_purpose_clause() {
    // فلان ليشغل منصب «so as to hold the post»: the name ends before ل and the verb.
    let a = analyze("وتعاقد النادي مع المدرب روبرتو مانشيني ليشغل منصب المدير الفني.");
    assert!(no_name_holds(&a, "ليشغل"), "{a:#?}");
    assert!(named(&a, "روبرتو مانشيني"), "{a:#?}");
}

#[test]
fn a_lieutenant_colonel_ends_a_body_name() {
    // مدير شرطة X المقدم فلان: the rank opens the person's title, the body ends before it.
    let a = analyze("وزار مساعد مدير شرطة المحافظة المقدم سالم العتيبي المستشفى.");
    assert!(no_name_holds(&a, "المحافظة المقدم"), "{a:#?}");
    assert!(named(&a, "سالم العتيبي"), "{a:#?}");
}

#[test]
fn mini_written_with_ya_is_from_me_not_mona() {
    // «مني» (from me) folds to the given name منى; written with ي in a text that writes
    // ى elsewhere it is the preposition.
    let a = analyze(
        "وقالت الممثلة إن المخرج طلب مني الحضور مبكرا إلى موقع التصوير حتى يرى مستوى الأداء.",
    );
    assert!(no_name_holds(&a, "مني الحضور"), "{a:#?}");
}

#[test]
fn lafi_is_a_given_name_not_lam_and_avi() {
    // لافي, a Gulf given name, is not ل + the name آفي folded.
    let a = analyze("وأحيا الأمسية الشاعر لافي الشمري بقصائد وطنية.");
    assert!(named(&a, "لافي الشمري"), "{a:#?}");
}

#[test]
fn after_gods_grace_names_no_one() {
    // بعد توفيق الله «after God's grace»: توفيق is a given name, but not before الله alone.
    let a = analyze("وقال مدير الشرطة إن النجاح جاء بعد توفيق الله بجهود رجال الأمن.");
    assert!(no_name_holds(&a, "توفيق الله"), "{a:#?}");
}

#[test]
fn an_attitude_in_construct_with_another_holder_is_reported_not_held() {
    // تأييد النواب، سخط المعارضين: the support or the anger is theirs, reported; the
    // speaker takes no side by saying so.
    let a = analyze(
        "وقال رئيس الوزراء الكندي جاستن ترودو إن الخطة الجديدة نالت تأييد النواب في البرلمان.",
    );
    assert!(a.stances.is_empty(), "{:#?}", a.stances);
    let a = analyze(
        "وأكد الرئيس الفرنسي إيمانويل ماكرون أن غلاء الأسعار يثير سخط المعارضين في كل المدن.",
    );
    assert!(
        !has(&a, "emmanuel_macron", StanceLabel::Condemn),
        "{:#?}",
        a.stances
    );
    // The public's anger a speaker invokes is the speaker's criticism.
    let a =
        analyze("وأكد الرئيس الفرنسي إيمانويل ماكرون أن غلاء الأسعار يثير سخط الشارع في كل المدن.");
    assert!(
        has(&a, "emmanuel_macron", StanceLabel::Condemn),
        "{:#?}",
        a.stances
    );
}

#[test]
fn a_groups_thanks_in_one_persons_words_are_the_groups() {
    // One person's report that others thanked (عن شكرهم) is not that person's praise;
    // «his» thanks (مقدما شكره) are.
    let a = analyze(
        "وقال رئيس الوزراء الكندي جاستن ترودو إن العمال في المصانع الكبرى عبروا أمس عن شكرهم للحكومة.",
    );
    assert!(
        !has(&a, "jastn_trwdw", StanceLabel::Praise),
        "{:#?}",
        a.stances
    );
    let a = analyze(
        "وقال رئيس الوزراء الكندي جاستن ترودو إن المصانع الكبرى عادت إلى العمل، مقدما شكره للعمال على جهودهم.",
    );
    assert!(
        has(&a, "jastn_trwdw", StanceLabel::Praise),
        "{:#?}",
        a.stances
    );
}

#[test]
fn defending_or_justifying_inside_what_was_said_is_someone_elses_act() {
    // A speaker who says that an army defends its cities, or that groups justify attacks,
    // does not justify anything by saying it.
    let a = analyze("وقال وزير الدفاع الأمريكي لويد أوستن إن الجيش الأوكراني يدافع عن مدنه بشجاعة.");
    assert!(
        !has(&a, "lloyd_austin", StanceLabel::Justify),
        "{:#?}",
        a.stances
    );
    let a = analyze(
        "وقال وزير الدفاع الأمريكي لويد أوستن إن بعض الجماعات تحاول تبرير الهجمات على المدنيين.",
    );
    assert!(
        !has(&a, "lloyd_austin", StanceLabel::Justify),
        "{:#?}",
        a.stances
    );
}

#[test]
fn satisfaction_expressed_is_approval_and_its_denial_criticism() {
    let a = analyze("وأعربت الحكومة الأردنية عن رضاها عن نتائج المفاوضات مع صندوق النقد الدولي.");
    assert!(
        has(&a, "jordan.government", StanceLabel::Praise),
        "{:#?}",
        a.stances
    );
    let a = analyze("وأبدى وزير الخارجية الأمريكي أنتوني بلينكن عدم رضاه عن بطء الإصلاحات.");
    assert!(
        has(&a, "antony_blinken", StanceLabel::Condemn),
        "{:#?}",
        a.stances
    );
    assert!(
        !has(&a, "antony_blinken", StanceLabel::Praise),
        "{:#?}",
        a.stances
    );
}

#[test]
fn a_construct_noun_phrase_after_the_verb_is_its_own_unknown_speaker() {
    // قيادة قوات التحالف: an indefinite noun in construct, then what was said, is the
    // subject written out; it names no actor here, so no speaker, not the activist who
    // spoke before.
    let a = analyze(
        "أعلنت قوات التحالف العربي هدنة في اليمن. وقال الناشط اليمني عبدالوهاب طواف إن الهدنة \
         فاشلة، متهما الحوثيين بخرقها. وقالت قيادة قوات التحالف في بيان \"تبدأ الهدنة الليلة \
         وتستمر خمسة أيام\".",
    );
    assert_eq!(speaker_of(&a, "تبدأ الهدنة"), None, "{a:#?}");
}

#[test]
fn accused_counted_by_a_number_are_people_not_an_accusation() {
    // 45 متهما: the participle of اتهم counted by a number names the accused.
    let a = analyze(
        "وأعلن وزير الداخلية الفرنسي جيرالد دارمانان أن الشرطة قبضت على 45 متهما بالتهريب في مرسيليا.",
    );
    assert!(a.stances.is_empty(), "{:#?}", a.stances);
    assert_eq!(a.quotes.len(), 1, "{:#?}", a.quotes);
}

#[test]
fn an_indefinite_noun_and_a_nisba_are_an_unnamed_group() {
    // أحزاب سنية وشيعية، إذاعة محلية: an indefinite noun and its nisba adjectives after the
    // verb are the subject, a group or source no lexicon names, not the man who spoke last.
    let a = analyze(
        "وقال المفتي السابق عباس الحلواني إن المبادرة مهمة. ورحبت أحزاب سنية وشيعية بمبادرة المفتي.",
    );
    assert!(
        !has(&a, "abas_alhlwany", StanceLabel::Praise),
        "{:#?}",
        a.stances
    );
    let a = analyze(
        "وقال المفتي السابق عباس الحلواني إن المبادرة مهمة. وقالت إذاعة محلية إن الاجتماع تأجل.",
    );
    assert_eq!(speaker_of(&a, "الاجتماع تأجل"), None, "{a:#?}");
}

#[test]
fn a_collective_head_and_a_nisba_are_the_subject_of_a_transitive_verb() {
    // After a verb that takes an object, «جهات سياسية» with its nisba is still the
    // subject: the plural head of a group, unnamed; the object comes after it.
    let a = analyze(
        "وأكدت وزارة الخارجية البحرينية أن الحوار مستمر. وانتقدت جهات سياسية لبنانية \
         تصريحات الوزير الأخيرة.",
    );
    assert!(a.stances.is_empty(), "{:#?}", a.stances);
    // (An object with its nisba and no group head keeps the speaker named before.)
    let a = analyze(
        "وأكدت وزارة الخارجية البحرينية أن الحوار مستمر. وانتقدت سياسات إسرائيلية \
         جديدة في القدس.",
    );
    assert!(
        has(&a, "bahrain.foreign_ministry", StanceLabel::Condemn),
        "{:#?}",
        a.stances
    );
    // With the article, after a verb that takes no object: «the deputies» speak, not
    // the minister named before.
    let a = analyze(
        "وقال وزير الخارجية الفرنسي جان إيف لودريان إن الحوار مستمر. وقال النواب الفرنسيون \
         في ختام الجلسة إن الحوار متعثر.",
    );
    assert_eq!(speaker_of(&a, "الحوار متعثر"), None, "{a:#?}");
}

#[test]
fn a_body_no_lexicon_knows_is_the_subject_after_a_transitive_verb() {
    // مركز ... مساء السبت، أن: a body's head noun in construct, then the time and what
    // was said: an unknown body speaks, not the minister named before.
    let a = analyze(
        "وقال وزير الخارجية الفرنسي جان إيف لودريان إن الوضع جيد. وأعلن مركز الدراسات الاقتصادية \
         مساء السبت، أن الأسعار ارتفعت.",
    );
    assert_eq!(speaker_of(&a, "الأسعار ارتفعت"), None, "{a:#?}");
    // (With the body's owner named in the phrase, the owner speaks.)
    let a = analyze(
        "وقال وزير الخارجية الفرنسي جان إيف لودريان إن الوضع جيد. وأعلن مكتب الأمم المتحدة \
         مساء السبت، أن الأسعار ارتفعت.",
    );
    assert_ne!(
        speaker_of(&a, "الأسعار ارتفعت").as_deref(),
        Some("jean_yves_le_drian"),
        "{a:#?}"
    );
}

#[test]
fn a_demonstrative_after_the_verb_is_its_object() {
    // أوضح ذلك فلان: «that» is what was said before; the subject follows it and the
    // participle after it is that subject's, not the man who spoke before.
    let a = analyze(
        "وقال الرئيس التركي رجب طيب أردوغان إن الوضع جيد. وسيبدأ الصرف الشهر المقبل. \
         أوضح ذلك وزير الخارجية الفرنسي جان إيف لودريان، مشيرا إلى أن الصرف بدأ.",
    );
    assert_eq!(
        speaker_of(&a, "الصرف بدأ").as_deref(),
        Some("jean_yves_le_drian"),
        "{a:#?}"
    );
}

#[test]
fn words_of_abuse_and_obstruction_condemn() {
    // عدائية، تعنت: the speaker judges another's conduct, a condemnation.
    let a = analyze(
        "وقالت وزارة الخارجية البحرينية إن التصريحات الإيرانية الأخيرة عدائية وتعكس تعنت طهران.",
    );
    assert!(
        has(&a, "bahrain.foreign_ministry", StanceLabel::Condemn),
        "{:#?}",
        a.stances
    );
}

#[test]
fn astonishment_at_a_decision_objects_to_it() {
    // استغرب X: astonishment at X, a mild condemnation; what follows أن is reported.
    let a = analyze("واستغربت وزارة الخارجية القطرية قرار المجلس بتأجيل الاجتماع.");
    assert!(
        has(&a, "qatar.foreign_ministry", StanceLabel::Condemn),
        "{:#?}",
        a.stances
    );
    let a = analyze("واستغرب وزير الخارجية الفرنسي جان إيف لودريان أن المجلس أجل الاجتماع.");
    assert_eq!(
        speaker_of(&a, "المجلس أجل الاجتماع").as_deref(),
        Some("jean_yves_le_drian"),
        "{a:#?}"
    );
}

#[test]
fn giving_the_reason_for_a_decision_justifies_it() {
    // علل X بـ: gave X's reason, a justification, as برر does.
    let a = analyze("وأعلن الاتحاد الكويتي لكرة القدم تأجيل البطولة، معللا ذلك بعدم جاهزية الملاعب.");
    assert!(
        a.stances.iter().any(|s| s.label == StanceLabel::Justify),
        "{:#?}",
        a.stances
    );
}

#[test]
fn a_given_name_written_with_alef_maqsura_is_the_name() {
    // ليلى: with ي the letters read ل + يلي «to what follows»; written with ى they are the
    // name.
    let a = analyze("وقالت ليلى حداد إن الجمهور متفتح.");
    assert_eq!(
        speaker_of(&a, "الجمهور متفتح").as_deref(),
        Some("lyly_hdad"),
        "{a:#?}"
    );
}

#[test]
fn a_clause_in_which_has_its_sentences_subject() {
    // قامت أحزاب أخرى بعقد مؤتمرات أعلنت فيها: «in which» takes the sentence's subject,
    // here a group no lexicon names, not the minister who spoke before.
    let a = analyze(
        "وقال وزير الخارجية الفرنسي جان إيف لودريان إن الحوار مستمر. وقامت أحزاب أخرى \
         بعقد مؤتمرات أعلن فيها أن التحالف جاهز.",
    );
    assert_eq!(speaker_of(&a, "التحالف جاهز"), None, "{a:#?}");
    // (With only a verb and the noun, the subject is the verb's, hidden: the one who
    // spoke.)
    let a = analyze(
        "وقالت وزارة الداخلية السعودية إن الحادث وقع صباحا. وأصدرت بيانا ذكرت فيه أن \
         التحقيق مستمر.",
    );
    assert_eq!(
        speaker_of(&a, "التحقيق مستمر").as_deref(),
        Some("saudi_arabia.interior_ministry"),
        "{a:#?}"
    );
}

#[test]
fn the_one_spoken_to_in_lam_is_passed_over_for_the_subject() {
    // وقال لـ«الشرق الأوسط» مصدر مطلع، وقال لرويترز مسؤول أمريكي: the newspaper or agency
    // spoken to is no subject; the unnamed source after it is, not the minister before.
    for said in [
        "وقال لـ«الشرق الأوسط» مصدر مطلع إن اللائحة ناقصة.",
        "وقال لرويترز مسؤول أمريكي إن اللائحة ناقصة.",
    ] {
        let a = analyze(&format!(
            "وقال وزير الخارجية الفرنسي جان إيف لودريان إن الحوار مستمر. {said}"
        ));
        assert_eq!(speaker_of(&a, "اللائحة ناقصة"), None, "{said}: {a:#?}");
    }
    // (With no subject after it, the verb's subject is the one before.)
    let a = analyze(
        "قال وزير الخارجية الفرنسي جان إيف لودريان إن الحوار مستمر. وقال لـ«عكاظ» إن \
         اللائحة ناقصة.",
    );
    assert_eq!(
        speaker_of(&a, "اللائحة ناقصة").as_deref(),
        Some("jean_yves_le_drian"),
        "{a:#?}"
    );
}

#[test]
fn a_plural_participle_is_not_one_persons_words() {
    // مؤكدين after a clause whose subject is one man: a group's words (here the young
    // people's), no speaker; the singular participle after it is his again.
    let a = analyze(
        "وحث الرئيس الفرنسي إيمانويل ماكرون الشباب على المشاركة في الانتخابات، مؤكدين أنهم \
         سيصوتون بكثافة، ومضيفا أن المشاركة واجب.",
    );
    assert_eq!(speaker_of(&a, "سيصوتون"), None, "{a:#?}");
    assert_eq!(
        speaker_of(&a, "المشاركة واجب").as_deref(),
        Some("emmanuel_macron"),
        "{a:#?}"
    );
}

#[test]
fn an_honorific_pronoun_is_a_persons_never_a_groups() {
    // سموه after a sentence that names only a group: His Highness is not that group, and
    // the participle after him has no speaker either.
    let a = analyze(
        "أعلنت الشرطة القبض على خلية مرتبطة بتنظيم داعش. وقال سموه في لقاء بالموظفين إن الأمن \
         مسؤولية الجميع، مضيفا أن العمل مستمر.",
    );
    assert!(
        a.quotes
            .iter()
            .all(|q| q.speaker.as_ref().is_none_or(|s| s.0 != "isis")),
        "{a:#?}"
    );
}

#[test]
fn a_verb_without_subject_continues_the_last_sentences_subject_not_its_object() {
    // استقبل X Y. وأكد ...: with no one who spoke before, the host who opened the last
    // sentence is the subject, not the guest named after him.
    let a = analyze(
        "واستقبل الرئيس التركي رجب طيب أردوغان المستشار الألماني أولاف شولتس. وأكد خلال \
         الاستقبال أن العلاقات متينة.",
    );
    assert_eq!(speakers(&a), ["recep_tayyip_erdogan"], "{a:#?}");
}

#[test]
fn be_a_name_and_the_verb_is_a_pluperfect_with_that_subject() {
    // كانت واشنطن اتهمت أنقرة: without قد, كان + name + verb still has that name for
    // subject; the state after the verb is accused, not accusing.
    let a = analyze("وجاء الاتفاق بعد أن كانت واشنطن اتهمت أنقرة بالتساهل مع المسلحين على حدودها.");
    assert!(
        has(&a, "united_states", StanceLabel::Condemn),
        "{:#?}",
        a.stances
    );
    assert!(!has(&a, "turkey", StanceLabel::Condemn), "{:#?}", a.stances);
}

#[test]
fn a_banner_or_a_striking_thing_is_no_report() {
    // لافتة كتب عليها: a banner; نجاحا لافتا: striking. Only لافتا إلى / أن draws
    // attention to what was said.
    let a = analyze(
        "وقال وزير الخارجية الألماني يوهان فاديفول إن الوضع صعب، لافتا إلى أن الحوار مستمر. \
         ورفع المتظاهرون لافتة كتب عليها أوقفوا الحرب. وحقق المعرض نجاحا لافتا في دورته الأولى.",
    );
    let cues: Vec<&str> = a
        .quotes
        .iter()
        .filter_map(|q| q.cue.as_ref().map(|c| c.text.as_str()))
        .collect();
    assert_eq!(cues, ["وقال", "لافتا"], "{a:#?}");
}

#[test]
fn one_unknown_name_and_a_comma_after_the_verb_is_its_own_speaker() {
    // وأكد مارتينيز، لدى تقديمه: a name no lexicon knows, then a comma, is the subject;
    // not the director named before.
    let a = analyze(
        "وقدم النادي مديره الرياضي كارلوس فيغا. وأكد مارتينيز، لدى تقديمه اليوم، أنه سعيد \
         بالانضمام.",
    );
    assert_eq!(speaker_of(&a, "سعيد بالانضمام"), None, "{a:#?}");
}

#[test]
fn a_leaders_short_name_before_another_name_is_someone_elses_first_name() {
    // مبارك عبدالكريم، مبارك بن فلان: مبارك, a former president's short name, is here the
    // first name of someone else, who is never the president.
    let a = analyze(
        "تولى الرئيس المصري الأسبق حسني مبارك الحكم ثلاثين عاما. وحضر الحفل مبارك عبدالكريم \
         قائد الفريق السابق ومبارك بن سالم رئيس النادي.",
    );
    let mubarak = a.actors.iter().find(|x| x.id.0 == "hosni_mubarak");
    assert_eq!(mubarak.map(|x| x.mentions.len()), Some(1), "{a:#?}");
}

#[test]
fn a_subject_naming_no_actor_ends_at_the_cues_frame_word() {
    // A descriptor takes up the person named before; what was stressed follows على.
    let a = analyze(
        "قال وزير الدفاع الأمريكي آشتون كارتر إن الخيار العسكري قائم. وشدد الوزير الأمريكي على أن بلاده ستواصل دعم حلفائها.",
    );
    assert_eq!(speakers(&a), ["ash_carter", "ash_carter"], "{a:#?}");
    assert_eq!(a.quotes[1].content.text, "بلاده ستواصل دعم حلفائها");
    // A subject no one is named by: no speaker, and none of its words in what was said.
    let a = analyze("وشدد رئيس الجمعية الخيرية على أن الدعم سيستمر.");
    assert_eq!(speakers(&a), ["?"], "{a:#?}");
    assert_eq!(a.quotes[0].content.text, "الدعم سيستمر");
    let a = analyze("ودعا مدير الشركة إلى وقف التصعيد.");
    assert_eq!(speakers(&a), ["?"], "{a:#?}");
    assert_eq!(a.quotes[0].content.text, "إلى وقف التصعيد");
}

#[test]
fn words_quoted_before_the_verb_are_its_report() {
    // «...»، قال فلان: the wire style, the words first and the attribution after.
    let a = analyze("«لن نقبل بأي تدخل في شؤوننا الداخلية»، قال وزير الخارجية الأردني أيمن الصفدي.");
    assert_eq!(speakers(&a), ["ayman_safadi"], "{a:#?}");
    assert_eq!(a.quotes[0].kind, QuoteKind::Direct);
    assert_eq!(
        a.quotes[0].content.text,
        "لن نقبل بأي تدخل في شؤوننا الداخلية"
    );
    // ... with the addressee in quotation marks after the name.
    let a = analyze("«الوضع في الجنوب هادئ تماما»، يقول أيمن الصفدي لـ«الشرق الأوسط».");
    assert_eq!(speakers(&a), ["ayman_safadi"], "{a:#?}");
    assert_eq!(a.quotes[0].content.text, "الوضع في الجنوب هادئ تماما");
    // A verb with its own complement reports that, not the quotation before it.
    let a = analyze("«لن نقبل بأي تدخل»، دعا أيمن الصفدي المجتمع الدولي إلى التحرك.");
    assert!(
        a.quotes.iter().all(|q| !q.content.text.contains("تدخل")),
        "{a:#?}"
    );
    let a = analyze("«لن نقبل بأي تدخل»، وقال أيمن الصفدي إن الحل سياسي.");
    assert_eq!(a.quotes.len(), 1, "{a:#?}");
    assert_eq!(a.quotes[0].content.text, "الحل سياسي");
}

#[test]
fn a_quotation_standing_alone_after_a_quote_continues_it() {
    let a = analyze(
        "وقال وزير الخارجية الأردني أيمن الصفدي: «لن نقبل بأي تدخل في شؤوننا». «الأردن سيبقى سندا لأشقائه في كل الظروف».",
    );
    assert_eq!(speakers(&a), ["ayman_safadi", "ayman_safadi"], "{a:#?}");
    assert_eq!(
        a.quotes[1].content.text,
        "الأردن سيبقى سندا لأشقائه في كل الظروف"
    );
    assert_eq!(a.quotes[1].source, "continued");
    assert!(a.quotes[1].cue.is_none());
    // After the writer's own words, or a source cited, no one's.
    for text in [
        "وقال أيمن الصفدي إن الوضع صعب، وذلك خلال لقائه الصحفيين أمس في عمان. ثم غادر القاعة. «الأردن سيبقى سندا لأشقائه في كل الظروف».",
        "وقال أيمن الصفدي إن الوضع صعب. «صحيفة الغد 2015».",
    ] {
        let a = analyze(text);
        assert_eq!(a.quotes.len(), 1, "{text}: {a:#?}");
    }
}

#[test]
fn a_feminine_participle_after_an_indefinite_feminine_noun_is_its_adjective() {
    // رقابة مشددة، حالة مؤكدة: adjectives, no report of the last speaker's.
    let a = analyze(
        "قال وزير الخارجية الأردني أيمن الصفدي إن الحكومة فرضت رقابة مشددة على المعابر وسجلت حالة مؤكدة في الشمال.",
    );
    assert_eq!(a.quotes.len(), 1, "{a:#?}");
    // The participle of speech after a clause still reports.
    let a =
        analyze("قالت وزارة الخارجية القطرية إن الحوار هو الحل، مؤكدة أن الدوحة ستواصل جهودها.");
    assert_eq!(
        speakers(&a),
        ["qatar.foreign_ministry", "qatar.foreign_ministry"],
        "{a:#?}"
    );
}

#[test]
fn the_words_before_the_frames_an_are_the_subject() {
    // أعلنت إدارة النادي، أمس، عن: a body no lexicon names, not the last speaker.
    let a = analyze(
        "قال وزير الخارجية الأردني أيمن الصفدي إن الحوار ضروري. وأعلنت إدارة نادي الفيصلي، أمس، عن تعاقدها مع مدرب جديد.",
    );
    assert_eq!(speakers(&a), ["ayman_safadi", "?"], "{a:#?}");
    assert_eq!(a.quotes[1].content.text, "عن تعاقدها مع مدرب جديد");
    // An object with «his» before عن leaves the subject unwritten (the last speaker).
    let a = analyze("قال أيمن الصفدي إن الحوار ضروري. وأبدى رضاه عن نتائج الاجتماع.");
    assert!(has(&a, "ayman_safadi", StanceLabel::Praise), "{a:#?}");
}

#[test]
fn a_verb_or_participle_takes_no_kaf() {
    // كاملة reads as ك + آملة letter by letter: «whole», no one hoping anything.
    let a = analyze(
        "قال أيمن الصفدي إن الحوار ضروري. ومنح المدرب اللاعبين الثقة كاملة قبل انطلاق الموسم.",
    );
    assert_eq!(a.quotes.len(), 1, "{a:#?}");
}

#[test]
fn it_turned_out_and_it_is_noted_report_no_one() {
    for text in [
        "قال أيمن الصفدي إن الحوار ضروري. وتبين أن الوفد غادر مبكرا.",
        "قال أيمن الصفدي إن الحوار ضروري. يذكر أنه زار بغداد العام الماضي.",
        "قال أيمن الصفدي إن الحوار ضروري. ويتوقع أن يصل الوفد إلى بغداد غدا.",
    ] {
        let a = analyze(text);
        assert_eq!(a.quotes.len(), 1, "{text}: {a:#?}");
    }
    // With its subject written, تبين reports.
    let a = analyze("وتبين وزارة الخارجية القطرية أن الحوار مستمر.");
    assert_eq!(speakers(&a), ["qatar.foreign_ministry"], "{a:#?}");
}

#[test]
fn a_price_and_bilateral_talks_praise_no_one() {
    // ثمنا "a price" (not the dual ثمّنا), ثنائي "bilateral" (not «my praise»).
    for text in [
        "وقال وزير الخارجية الأردني أيمن الصفدي إن الأردن دفع ثمنا باهظا في الحرب على الإرهاب.",
        "وقال وزير الخارجية الأردني أيمن الصفدي إن المحادثات ستستمر على صعيد ثنائي مع العراق.",
    ] {
        let a = analyze(text);
        assert!(
            !has(&a, "ayman_safadi", StanceLabel::Praise),
            "{text}: {a:#?}"
        );
    }
}

#[test]
fn owing_and_twelve_are_no_stances() {
    for text in [
        "وقال أيمن الصفدي إن الجميع يدينون له بالفضل في نجاح المؤتمر.",
        "وقال أيمن الصفدي إن وحدات الجيش تدين لها بالولاء منذ سنوات.",
        "وقال أيمن الصفدي إن الشرطة اعتقلت اثني عشر شخصا في الشمال.",
    ] {
        let a = analyze(text);
        assert!(a.stances.is_empty(), "{text}: {a:#?}");
    }
}

#[test]
fn a_death_in_defence_of_the_homeland_is_no_justification() {
    let a = analyze(
        "وأكد الشيخ سعد بن محمد القحطاني أن استشهاد ابنه مصدر فخر كونه ضحى بحياته دفاعا عن دينه ووطنه.",
    );
    assert!(a.quotes.len() == 1, "{a:#?}");
    assert!(
        a.stances.iter().all(|s| s.label != StanceLabel::Justify),
        "{a:#?}"
    );
    // A defence argued for, with no one's death told, still justifies.
    let a = analyze("وقال وزير الخارجية الأردني أيمن الصفدي إن الضربة جاءت دفاعا عن النفس.");
    assert!(has(&a, "ayman_safadi", StanceLabel::Justify), "{a:#?}");
}

#[test]
fn a_subject_in_brackets_is_the_subject() {
    // As one in quotation marks: وعارضت (فلان) ...، دعا «فلان» ...
    let a = analyze(
        "قال وزير الخارجية القطري إن الحوار ضروري. ودعا (أيمن الصفدي) الأطراف إلى ضبط النفس.",
    );
    assert_eq!(
        a.quotes
            .last()
            .and_then(|q| q.speaker.as_ref())
            .map(|s| s.0.as_str()),
        Some("ayman_safadi"),
        "{a:#?}"
    );
}

#[test]
fn scripture_quoted_is_no_actors_speech() {
    // («his words», قوله, would otherwise be the last speaker's.)
    for text in [
        "قال وزير الخارجية الأردني أيمن الصفدي إن الحوار ضروري. وقال تعالى: «وجعلناكم أمة وسطا».",
        "قال أيمن الصفدي إن الحوار ضروري. وهذا مثل قوله تعالى: «وجعلناكم أمة وسطا».",
    ] {
        let a = analyze(text);
        assert_eq!(speakers(&a), ["ayman_safadi", "?"], "{text}: {a:#?}");
    }
}

#[test]
fn an_unknown_name_before_the_cues_own_preposition_is_the_subject() {
    // وأشار فلان إلى أن: a name no lexicon knows, not the last speaker's object.
    let a = analyze(
        "قال وزير الخارجية الأردني أيمن الصفدي إن الحوار ضروري. وأشار تشاغوريس إلى أن الأهداف تشمل كوبا.",
    );
    assert_eq!(speakers(&a), ["ayman_safadi", "?"], "{a:#?}");
    // ... but the family name of a person named before is that person.
    let a = analyze(
        "قال الخبير دونالد تايرمان إن الذهب سيرتفع. وأشار تايرمان إلى أن الطلب الصيني كبير.",
    );
    assert_eq!(a.quotes.len(), 2, "{a:#?}");
    assert_eq!(a.quotes[0].speaker, a.quotes[1].speaker, "{a:#?}");
    assert!(a.quotes[1].speaker.is_some(), "{a:#?}");
}

#[test]
fn a_stance_taken_by_actors_joined_by_waw_is_each_ones() {
    let a = analyze("أدانت مصر والأردن وتونس الهجوم الإرهابي على المسجد.");
    for state in ["egypt", "jordan", "tunisia"] {
        assert!(has(&a, state, StanceLabel::Condemn), "{state}: {a:#?}");
    }
    let s = a.stance("jordan", StanceLabel::Condemn).unwrap();
    assert_eq!(
        s.target.as_ref().map(|t| t.text.as_str()),
        Some("الهجوم الإرهابي على المسجد")
    );
    // Reported speech keeps one quote, words are not multiplied; a stance in them is
    // each one's.
    let a = analyze("وقالت مصر والأردن إن الحل سياسي.");
    assert_eq!(a.quotes.len(), 1, "{a:#?}");
    let a = analyze("وأكدت مصر والأردن رفضهما القاطع للقرار الإسرائيلي.");
    assert_eq!(a.quotes.len(), 1, "{a:#?}");
    for state in ["egypt", "jordan"] {
        assert!(has(&a, state, StanceLabel::Condemn), "{state}: {a:#?}");
    }
    // ... but actors right before the ب of اتهم are whom it accuses.
    let a = analyze("وقال الوزير إن الوضع صعب. كما اتهم الأردن ومصر بأن لهما مصلحة في التصعيد.");
    assert!(!has(&a, "egypt", StanceLabel::Condemn), "{a:#?}");
    // «كل من»، «each of», before the list.
    let a = analyze("وأدانت كل من مصر والأردن الهجوم الإرهابي على المسجد.");
    for state in ["egypt", "jordan"] {
        assert!(has(&a, state, StanceLabel::Condemn), "{state}: {a:#?}");
    }
}

#[test]
fn a_verb_read_only_before_what_was_said_takes_a_subject_that_names_no_one() {
    // بيّن «showed» is also the preposition بين «between», زاد «added» mostly
    // «increased»: they report only when a complementizer follows their subject.
    let a = analyze("وبيّن مدير المستشفى، أن العملية نجحت بالكامل.");
    assert_eq!(a.quotes.len(), 1, "{a:#?}");
    assert_eq!(a.quotes[0].content.text, "العملية نجحت بالكامل");
    let a = analyze(
        "وقال وزير المالية السابق خالد العتيبي إن العجز تراجع. وبين وزير المالية السابق أن الدين العام مستقر.",
    );
    assert_eq!(speakers(&a), ["khald_alatyby", "khald_alatyby"], "{a:#?}");
    // ... and nothing where the preposition or «what made it worse» is read.
    for text in [
        "وقارن التقرير بين المدينتين والقرى وأكد أن الفرق كبير.",
        "وما زاد الطين بلة أن الحكومة رفضت الطلب.",
        "وزادت الأسعار بعد أن رفعت الحكومة الدعم.",
    ] {
        let a = analyze(text);
        assert!(
            a.quotes.iter().all(|q| q
                .cue
                .as_ref()
                .is_none_or(|c| !c.text.contains("ز") && !c.text.contains("بين"))),
            "{text}: {a:#?}"
        );
    }
}

#[test]
fn a_title_and_given_name_alone_name_the_person_introduced_with_them() {
    let a = analyze(
        "وقال الدكتور سامي بن ناصر القحطاني إن المشروع يتقدم. وأوضح الدكتور سامي أن المرحلة الثانية اكتملت.",
    );
    assert_eq!(a.quotes.len(), 2, "{a:#?}");
    assert_eq!(a.quotes[0].speaker, a.quotes[1].speaker, "{a:#?}");
    assert_eq!(
        a.actors
            .iter()
            .filter(|x| x.kind == ActorKind::Person)
            .count(),
        1,
        "{a:#?}"
    );
    // Two persons introduced with that title and given name: neither is guessed.
    let a = analyze(
        "وقال الأمير خالد بن فهد إن الحفل ناجح. وقال الأمير خالد بن سعد إن الموسم طويل. وأكد الأمير خالد أن الدعم مستمر.",
    );
    assert_eq!(a.quotes.len(), 3, "{a:#?}");
    assert_ne!(a.quotes[2].speaker, a.quotes[0].speaker, "{a:#?}");
    assert_ne!(a.quotes[2].speaker, a.quotes[1].speaker, "{a:#?}");
}

#[test]
fn a_staff_rank_between_titles_keeps_the_name_the_subject() {
    for text in [
        "أكد الفريق الركن الشيخ سلمان بن حمد آل خليفة أن الأمن مستقر.",
        "وأشار العميد الركن سالم الحربي إلى أن القوات تقدمت.",
    ] {
        let a = analyze(text);
        assert_eq!(a.quotes.len(), 1, "{text}: {a:#?}");
        assert!(a.quotes[0].speaker.is_some(), "{text}: {a:#?}");
    }
}

#[test]
fn acting_on_orders_and_denying_intent_justify() {
    let a = analyze(
        "وقال المتحدث باسم وزارة الداخلية اللبنانية إن نشر القوات جاء تنفيذا لتوجيهات الرئيس.",
    );
    assert!(
        has(
            &a,
            "lebanon.interior_ministry.spokesperson",
            StanceLabel::Justify
        ),
        "{a:#?}"
    );
    let a = analyze("وأكد وزير الخارجية المصري سامح شكري أنه لم يقصد الإساءة لأي دولة عربية.");
    assert!(has(&a, "sameh_shoukry", StanceLabel::Justify), "{a:#?}");
}

#[test]
fn a_verb_that_takes_an_object_with_none_before_its_complement_is_passive() {
    let text = "قال المتحدث باسم الجيش الأمريكي إن الحادث قيد التحقيق. وكان الجندي الذي اتهم بالقتل قد اعتقل، وأصيب شخصان بإصابات وصفت بالخطيرة.";
    let a = analyze(text);
    assert_eq!(a.quotes.len(), 1, "{a:#?}");
    assert!(a.stances.is_empty(), "{a:#?}");
    // With its object, it is active.
    let a = analyze("واتهمت الصين اليابان بالمبالغة.");
    assert!(has(&a, "china", StanceLabel::Condemn), "{a:#?}");
}

#[test]
fn the_abbreviation_of_doctor_is_a_personal_honorific() {
    let a = analyze("قال سعد الحربي إن الحملة مستمرة. وأوضح د. طريف الأعمى أن عدد المرضى تراجع.");
    assert_eq!(
        speaker_of(&a, "عدد المرضى تراجع").as_deref(),
        Some("tryf_alaamy"),
        "{a:#?}"
    );
}

#[test]
fn a_family_name_before_the_verbs_preposition_ends_the_subject() {
    let a = analyze("قال سعيد الشمري إن المهرجان ناجح. وأشار عبدالله الجهني إلى أن الإقبال كبير.");
    assert_eq!(
        speaker_of(&a, "الإقبال كبير").as_deref(),
        Some("abd_allh_aljhny"),
        "{a:#?}"
    );
    // ... but a participle before its complement goes on: no person «أحمد المنتمي».
    let a = analyze("وقال أحمد المنتمي إلى الحزب إن العدد كبير.");
    assert!(no_name_holds(&a, "المنتمي"), "{a:#?}");
}

#[test]
fn a_given_name_alone_after_a_speech_verb_is_the_person_introduced_with_it() {
    let a = analyze("وقالت مرام القصير إن المعرض ناجح. وتقول مرام: «فخورة بانتمائي».");
    assert_eq!(speakers(&a), ["mram_alqsyr", "mram_alqsyr"], "{a:#?}");
    // Two persons with that given name, or none: no one.
    let a = analyze(
        "قال أحمد العتيبي إن الحل قريب. وقال أحمد الغامدي إن الحل بعيد. وأضاف أحمد أن الأمر صعب.",
    );
    assert_eq!(speaker_of(&a, "الأمر صعب"), None, "{a:#?}");
}

#[test]
fn a_common_word_between_a_given_name_and_a_title_is_the_family_name() {
    let a = analyze("وقال أحمد عيد رئيس الاتحاد إن الموسم صعب.");
    assert_eq!(speakers(&a), ["ahmd_ayd"], "{a:#?}");
    // Not a title itself: «مساعد» is the assistant of the title after it.
    let a = analyze("وقال محمد مساعد رئيس الاتحاد إن الموسم صعب.");
    assert!(no_name_holds(&a, "محمد مساعد"), "{a:#?}");
}

#[test]
fn a_derived_past_verb_written_with_a_bare_alif_ends_a_name() {
    // The article writes hamza on alif (أكد), so اعتمد with a bare alif is the verb.
    let a = analyze("أكد المدرب أن الفريق جاهز. وكان جوزيه مورينيو اعتمد على الشباب في المباراة.");
    assert!(named(&a, "جوزيه مورينيو"), "{a:#?}");
    // A foreign name of that shape with a long vowel inside stays whole.
    let a = analyze("أكد المبعوث أن الحوار مستمر. وقال مارتن انديك إن الاتفاق سيئ.");
    assert!(named(&a, "مارتن انديك"), "{a:#?}");
}

#[test]
fn a_royal_honorific_pronoun_refers_to_the_royal_not_the_visitor() {
    // The prince received the director: سموه is the prince, and the content of a
    // participle with سموه after it begins after the pronoun.
    let a = analyze(
        "استقبل سمو الأمير سلطان بن فهد في مكتبه أمس مدير عام التعليم \
         الدكتور سامي العتيبي. وأكد سموه أن التعليم أولوية وطنية، مشيرا سموه إلى أن \
         المدارس الجديدة ستفتح قريبا.",
    );
    assert_eq!(
        speaker_of(&a, "التعليم أولوية").as_deref(),
        Some("sltan_bn_fhd")
    );
    assert_eq!(
        speaker_of(&a, "المدارس الجديدة").as_deref(),
        Some("sltan_bn_fhd")
    );
    assert!(a.quotes.iter().all(|q| !q.content.text.contains("سموه")));
}

#[test]
fn a_royal_honorific_pronoun_with_no_royal_named_has_no_speaker() {
    // No prince, king or sheikh named before: rather no speaker than the official.
    let a = analyze(
        "زار مدير عام التعليم الدكتور سامي العتيبي المدارس الجديدة أمس. وأكد سموه أن \
         التعليم أولوية وطنية.",
    );
    assert_eq!(speaker_of(&a, "التعليم أولوية"), None);
}

#[test]
fn a_lineage_named_again_longer_is_one_person() {
    // The headline names the prince by two names, the text by his full lineage.
    let a = analyze(
        "خالد بن فهد: المشروع يخدم أهالي المنطقة\nدشن صاحب السمو الأمير خالد بن فهد بن \
         عبدالعزيز أمير المنطقة المشروع أمس. وقال إن العمل سينتهي خلال عام.",
    );
    let princes: Vec<_> = a
        .actors
        .iter()
        .filter(|x| x.name.contains("خالد بن فهد"))
        .collect();
    assert_eq!(princes.len(), 1, "{princes:#?}");
    assert_eq!(speakers(&a), ["khald_bn_fhd_bn_abd_alazyz"; 2]);
}

#[test]
fn a_title_holder_after_an_indefinite_title_is_its_possessor_not_the_speaker() {
    // The deputy and the adviser speak, not the prime minister or the president.
    let date = "2015-06-01".parse().ok();
    let a = Extractor::bundled().analyze_dated(
        "وقال نائب رئيس الوزراء التركي إن الانتخابات المبكرة ممكنة. وقال مستشار الرئيس \
         الفلسطيني محمود عباس إن المفاوضات متوقفة.",
        date,
    );
    assert_eq!(speaker_of(&a, "الانتخابات المبكرة"), None);
    assert_eq!(speaker_of(&a, "المفاوضات متوقفة"), None);
    // A title the person named did not hold then is the deputy's, in apposition.
    let a = Extractor::bundled().analyze_dated(
        "وقال مساعد وزير الخارجية الأمريكي أنطوني بلينكن إن الاتفاق قريب.",
        date,
    );
    assert_eq!(
        speaker_of(&a, "الاتفاق قريب").as_deref(),
        Some("antony_blinken")
    );
}

#[test]
fn a_body_after_a_verb_that_does_not_agree_with_it_is_the_object() {
    // A masculine verb before a feminine body, and a plural verb before any: the body
    // is the object, and the subject is the one who spoke before.
    let a = analyze(
        "قال النائب سامر الحلبي إن الأسعار ارتفعت كثيرا. وطالب الحكومة الأردنية بخفض \
         الضرائب. وكان تجار قد طالبوا وزارة الصناعة بمراقبة الأسواق.",
    );
    assert_eq!(
        speaker_of(&a, "بخفض الضرائب").as_deref(),
        Some("samr_alhlby")
    );
    assert_eq!(speaker_of(&a, "بمراقبة الأسواق"), None);
}

#[test]
fn an_unknown_first_name_after_a_rank_and_before_a_lineage_is_a_person() {
    // Neither the first name nor the father's is in the lexicon; the rank before and the
    // lineage after tell the name, a second title between them too.
    let a = analyze(
        "وأوضح الناطق الإعلامي بشرطة المنطقة العقيد دكتور ذعار بن عطوي الغامدي أنه تم \
         القبض على المتهمين.",
    );
    assert!(named(&a, "ذعار بن عطوي الغامدي"), "{a:#?}");
    assert_eq!(speakers(&a), ["dhaar_bn_atwy_alghamdy"]);
}

#[test]
fn a_given_name_behind_a_preposition_after_a_title_is_no_name() {
    // برقية is ب + رقية only as a word; after a title it is a telegram, and the title is
    // a person of its own. A conjunction still starts the next person.
    let a = analyze("وبعث أمير الكويت برقية تهنئة إلى رئيس الوزراء الياباني.");
    assert!(no_name_holds(&a, "رقية"), "{a:#?}");
    let a = analyze("وقال الرئيس ومحمد الساعدي إن الفريق جاهز.");
    assert!(named(&a, "محمد الساعدي"), "{a:#?}");
}

#[test]
fn a_kings_title_does_not_take_up_a_president() {
    // The article named a president only: «the king» is someone else, not resolved.
    let a = analyze(
        "بعث خادم الحرمين الشريفين برقية تهنئة للرئيس البرازيلي بمناسبة ذكرى استقلال \
         بلاده. وأعرب الملك عن أصدق التهاني. وقال الملك إن العلاقات متينة.",
    );
    assert!(
        a.actors
            .iter()
            .all(|x| x.id.0 == "salman_bin_abdulaziz"
                || x.mentions.iter().all(|m| m.text != "الملك")),
        "{a:#?}"
    );
    let a = analyze("التقى الرئيس الأمريكي أمس وزير الخارجية. وقال الملك إن العلاقات جيدة.");
    assert_eq!(speaker_of(&a, "العلاقات جيدة"), None);
}

#[test]
fn a_definite_title_of_several_words_before_a_name_is_that_persons() {
    // المدعي العام and الوزير الأول are titles of two definite words no lexicon knows;
    // the name after them is the subject, not the last person who spoke.
    let a = analyze(
        "وانتقد كريم الهاشمي، والد الضحية، هيئة المحلفين. وقال المدعي العام باتريك \
         كولمان في الجلسة الختامية إن المتهم يستحق العقوبة.",
    );
    assert_eq!(
        speaker_of(&a, "يستحق العقوبة").as_deref(),
        Some("batryk_kwlman")
    );
}

#[test]
fn a_plural_stance_verb_in_one_persons_words_is_others_stance() {
    // He reports what they rejected: no stance of his; his own in the first person is.
    let a =
        analyze("وقال النائب سامر الحلبي إن المشاورات متعثرة، مشيرا إلى أنهم رفضوا مطلب الوفد.");
    assert!(!has(&a, "samr_alhlby", StanceLabel::Condemn), "{a:#?}");
    let a = analyze("وقال النائب سامر الحلبي: نرفض مطلب الوفد.");
    assert!(has(&a, "samr_alhlby", StanceLabel::Condemn), "{a:#?}");
}

#[test]
fn a_framing_followed_by_a_time_is_a_schedule() {
    let a = analyze("وقالت هيئة الانتخابات إن الجلسة ستنعقد انطلاقا من الساعة التاسعة مساء.");
    assert!(
        a.stances.iter().all(|s| s.label != StanceLabel::Justify),
        "{a:#?}"
    );
    let a =
        analyze("وقالت هيئة الانتخابات إن القرار جاء انطلاقا من حرصها على نزاهة العملية الانتخابية.");
    assert!(
        a.stances.iter().any(|s| s.label == StanceLabel::Justify),
        "{a:#?}"
    );
}

#[test]
fn an_object_after_a_titled_persons_name_ends_the_subject() {
    // أكد takes an object: it follows the name, and the titled name is the subject.
    let a = analyze("أكد وزير الشؤون الاجتماعية الدكتور سامي العتيبي ضرورة الالتزام بالشروط.");
    assert_eq!(
        speaker_of(&a, "ضرورة الالتزام").as_deref(),
        Some("samy_alatyby")
    );
    // A person inside the title's complement is not the subject.
    let a = analyze("وأكد المتحدث الرسمي لمركز الملك سلمان للإغاثة فهد العتيبي أهمية المساعدات.");
    assert_ne!(
        speaker_of(&a, "أهمية المساعدات").as_deref(),
        Some("salman_bin_abdulaziz")
    );
}

#[test]
fn a_quoted_name_after_a_title_is_no_quote() {
    // مبعوث «...»: the title's complement in quotation marks; what was said follows إن.
    let a = analyze("وقال مبعوث «الساحل أف أم» إلى المطار إن الرحلات استؤنفت تدريجيا.");
    assert!(
        a.quotes.iter().all(|q| !q.content.text.contains("الساحل")),
        "{a:#?}"
    );
    assert!(
        a.quotes
            .iter()
            .any(|q| q.content.text.starts_with("الرحلات")),
        "{a:#?}"
    );
}

#[test]
fn a_word_with_a_pronoun_starts_no_name() {
    // A relative clause's verb with its object pronoun, then a comma and a role word.
    let a = analyze("وطالب الاتحاد بصون المكاسب التي يضمنها الدستور، والدفاع عن الحريات.");
    assert!(no_name_holds(&a, "يضمنها"), "{a:#?}");
}

#[test]
fn a_stray_quotation_mark_swallows_no_later_sentence() {
    // Three marks: the first, written against the word before it, is stray; Hamas's
    // condemnation after it is a sentence of its own.
    let a = analyze(
        "وقال الوزير سامي الحربي إن\" الوضع صعب للغاية. وأدانت حركة حماس \"الاعتداء\" على المصلين.",
    );
    assert!(has(&a, "hamas", StanceLabel::Condemn), "{a:#?}");
}

#[test]
fn a_surname_after_a_family_noun_is_the_family() {
    let a =
        analyze("وقال الروائي سامي قنديل إن الكتاب جاهز. وقالت أسرة قنديل إنه سيدفن في القاهرة.");
    assert_eq!(
        speaker_of(&a, "الكتاب جاهز").as_deref(),
        Some("samy_qndyl"),
        "{a:#?}"
    );
    assert_ne!(
        speaker_of(&a, "سيدفن").as_deref(),
        Some("samy_qndyl"),
        "{a:#?}"
    );
}

#[test]
fn a_government_named_by_its_leader_is_the_states() {
    let a = analyze("وقالت حكومة نتنياهو إن المفاوضات متعثرة.");
    assert_eq!(
        speaker_of(&a, "المفاوضات").as_deref(),
        Some("israel.government"),
        "{a:#?}"
    );
    let a = analyze("وأعلنت حكومة الرئيس السوداني عمر البشير أن العقوبات باقية.");
    assert_eq!(
        speaker_of(&a, "العقوبات").as_deref(),
        Some("sudan.government"),
        "{a:#?}"
    );
    // A club's management named by its president is no state's government.
    let a = analyze("وأكدت إدارة نادي الهلال برئاسة سامي الجابر أن الصفقة تمت.");
    assert!(
        a.actors.iter().all(|x| !x.id.0.ends_with(".government")),
        "{a:#?}"
    );
}

#[test]
fn a_definite_noun_before_where_it_spoke_is_the_subject() {
    // The museum spoke, in a statement: not the painter named before.
    let a = analyze(
        "ويضم المعرض لوحات رسمها الفنان سامي الحربي. وقال المتحف في بيان أمس إن المعرض يفتتح الأحد.",
    );
    assert_eq!(speaker_of(&a, "يفتتح"), None, "{a:#?}");
}

#[test]
fn a_short_quoted_name_after_the_verb_is_its_subject() {
    // A body no lexicon names, in quotation marks: no one known, not the last speaker.
    let a = analyze(
        "وقال الوزير سامي الحربي إن السوق مستقرة. وذكرت \"إينوك\" في بيان أمس أنها فازت بالصفقة.",
    );
    assert_eq!(speaker_of(&a, "فازت بالصفقة"), None, "{a:#?}");
    // A name the article gave before, quoted again: that actor, not the last speaker.
    let a = analyze(
        "قال اللاعب حسين الحربي إن الفريق جاهز. وقال المدرب سامي العتيبي إن الخطة واضحة. \
         وأضاف \"الحربي\" في حديثه أن الجمهور رائع.",
    );
    assert_eq!(
        speaker_of(&a, "الجمهور رائع").as_deref(),
        Some("hsyn_alhrby"),
        "{a:#?}"
    );
}

#[test]
fn by_saying_opens_what_was_said() {
    // «بالقول» after a verb that reports nothing by itself: the sentence's subject said it.
    let a = analyze("وردت الوزيرة ليلى بنعلي على الانتقادات بالقول إن الحكومة تعمل بجد.");
    assert_eq!(
        speaker_of(&a, "الحكومة تعمل").as_deref(),
        Some("lyly_bnaly"),
        "{a:#?}"
    );
    // With no subject named in its sentence, no one: not the last speaker.
    let a =
        analyze("قال الوزير سامي الحربي إن الوضع جيد. ويعلق الكاتب على ذلك بالقول: إنه أمر رائع.");
    assert_eq!(speaker_of(&a, "أمر رائع"), None, "{a:#?}");
}

#[test]
fn a_head_noun_and_a_quoted_name_is_that_body() {
    // تنظيم «داعش»: the organisation the lexicon refers back to as التنظيم.
    let a = analyze("وأعلن تنظيم «داعش» في بيان مسؤوليته عن الهجوم على الحافلة.");
    assert_eq!(
        speaker_of(&a, "مسؤوليته").as_deref(),
        Some("isis"),
        "{a:#?}"
    );
}

#[test]
fn the_saudi_central_bank_by_its_acronym() {
    // Named in full, then by its acronym in quotation marks.
    let a = analyze(
        "أصدرت مؤسسة النقد العربي السعودي تقريرها السنوي. وأكدت «ساما» في التقرير أن الودائع نمت.",
    );
    assert_eq!(
        speaker_of(&a, "الودائع نمت").as_deref(),
        Some("saudi_central_bank"),
        "{a:#?}"
    );
}

#[test]
fn barak_as_a_name_or_a_prayer_is_no_praise() {
    // بارك is also Barack, Park and «God bless»: none of them a praise.
    for text in [
        "وقال الوزير إن الرئيس الأمريكي بارك أوباما يتطلع إلى لقاء الملك.",
        "وأضاف المدرب في تصريح: «انتقل اللاعب إلى نادي كوينز بارك رينجرز».",
        "وقال رئيس البلدية: «وبارك الله فيكم وفي جهودكم».",
    ] {
        let a = analyze(text);
        assert!(
            a.stances.iter().all(|s| s.label != StanceLabel::Praise),
            "{text}: {a:#?}"
        );
    }
    // With its subject named, it endorses.
    let a = analyze("وبارك الرئيس الجزائري عبد المجيد تبون الاتفاق بين الطرفين.");
    assert!(
        has(&a, "abdelmadjid_tebboune", StanceLabel::Praise),
        "{a:#?}"
    );
}

#[test]
fn a_four_letter_word_in_b_after_a_titled_name_opens_the_complement() {
    // بدور، بهذه: the verb's complement begins, the titled person is the subject.
    let a = analyze("أشاد رئيس الجمعية سامي الحربي بدور رجال الأمن في حماية الوطن.");
    assert!(has(&a, "samy_alhrby", StanceLabel::Praise), "{a:#?}");
    // A given name of four letters in ب goes on with the name: no complement there.
    let a = analyze("وقال رئيس الجمعية سامي بشار إن الوضع مستقر.");
    assert_eq!(
        speaker_of(&a, "الوضع مستقر").as_deref(),
        Some("samy_bshar"),
        "{a:#?}"
    );
}

#[test]
fn a_family_name_before_another_definite_word() {
    // A first name, an unknown definite word, then the verb's object or a relative
    // pronoun: the first two are the name.
    let a = analyze("أدان سامي المطرود الهجوم الإرهابي على المسجد.");
    assert!(has(&a, "samy_almtrwd", StanceLabel::Condemn), "{a:#?}");
    let a = analyze("وأوضح فهد العتيق الذي يملك شركة مقاولات أن السوق مستقر.");
    assert_eq!(
        speaker_of(&a, "السوق مستقر").as_deref(),
        Some("fhd_alatyq"),
        "{a:#?}"
    );
    // After an indefinite noun the first name is its complement: no person.
    let a = analyze("وزار الوفد تمثال حورية البحر الصغيرة في الميناء.");
    assert!(a.actors.is_empty(), "{a:#?}");
}

#[test]
fn ruling_out_reports_a_judgement() {
    // استبعد before أن reports what the speaker ruled out; before a person it excludes.
    let a = analyze("واستبعد وزير المالية الكويتي أن تتأثر الميزانية بتراجع الأسعار.");
    assert!(
        a.quotes
            .iter()
            .any(|q| q.content.text.contains("تتأثر الميزانية")),
        "{a:#?}"
    );
    let a = analyze("واستبعد المدرب اللاعب من قائمة المباراة المقبلة.");
    assert!(a.quotes.is_empty(), "{a:#?}");
}

#[test]
fn a_three_letter_family_name_takes_up_its_person() {
    // كريستيان رزق ... وكشف رزق: the family name alone, though short, is that person.
    let a = analyze("قال رئيس النقابة كريستيان رزق إن الموسم جيد. وكشف رزق عن أن الفنادق ممتلئة.");
    assert_eq!(
        speaker_of(&a, "الفنادق ممتلئة").as_deref(),
        Some("krystyan_rzq"),
        "{a:#?}"
    );
    // A given name is someone's first name as often: no link (أحمد سعيد ... وقال سعيد).
    let a = analyze("قال المدير أحمد فهد إن الموسم جيد. وقال فهد الآخر إن الفنادق ممتلئة.");
    assert_ne!(
        speaker_of(&a, "الفنادق ممتلئة").as_deref(),
        Some("ahmd_fhd"),
        "{a:#?}"
    );
}

#[test]
fn attributing_a_cause_is_reported_speech() {
    // أرجع / عزا X إلى: the speaker gives a cause, what was said.
    let a = analyze("وأرجع وزير المالية الكويتي الارتفاع إلى الأزمة العالمية.");
    assert_eq!(
        speaker_of(&a, "الأزمة العالمية").as_deref(),
        Some("kuwait.finance_minister"),
        "{a:#?}"
    );
    // يرجع «goes back, dates from» reports nothing.
    let a = analyze("ويرجع تاريخ المخطوط إلى القرن السابع الميلادي.");
    assert!(a.quotes.is_empty(), "{a:#?}");
}

#[test]
fn a_definite_title_is_in_construct_with_nothing() {
    // الأمين العام إسرائيل: the state is the verb's object, not the title's holder.
    let a = analyze("وحمّل الأمين العام إسرائيل المسؤولية الكاملة عن الاعتداءات.");
    assert!(
        a.actors
            .iter()
            .all(|x| x.id.as_str() != "israel.secretary_general"),
        "{a:#?}"
    );
    // After ل the holder follows: the Secretary-General of the United Nations, a person.
    let a = analyze("وأدان الأمين العام للأمم المتحدة الهجوم على القافلة.");
    let condemning: Vec<_> = a
        .stances
        .iter()
        .filter(|s| s.label == StanceLabel::Condemn)
        .filter_map(|s| a.actors.iter().find(|x| x.id == s.actor))
        .collect();
    assert!(
        condemning.iter().any(|x| x.kind == ActorKind::Person),
        "{a:#?}"
    );
}

#[test]
fn a_news_outlet_is_never_one_of_the_two_sides() {
    // قناة العربية reports the meeting: the two sides are the states that met.
    let a = analyze(
        "ذكرت قناة العربية أن مصر والسعودية عقدتا اجتماعا. وقالت العربية إن الاجتماع طويل. \
         وقالت العربية إن مصر والسعودية بحثتا التعاون. وأكد الجانبان أهمية التعاون المشترك.",
    );
    let sides = speaker_of(&a, "أهمية التعاون المشترك").unwrap_or_default();
    assert!(!sides.contains("al_arabiya"), "{sides}: {a:#?}");
}

#[test]
fn in_addition_opens_a_clause() {
    // إلى ذلك «in addition» before the verb: a fronted adverbial, the subject after.
    let a = analyze(
        "عقد المؤتمر في القاهرة. إلى ذلك أوضح وزير الخارجية المصري سامح شكري أن المحادثات مثمرة.",
    );
    assert_eq!(
        speaker_of(&a, "المحادثات مثمرة").as_deref(),
        Some("sameh_shoukry"),
        "{a:#?}"
    );
}

#[test]
fn an_adverbial_in_ala_opens_a_clause() {
    // على صعيد آخر: على reads as the name علي, which must not keep the phrase from
    // being a fronted adverbial.
    let a = analyze(
        "انتهت المباراة بالتعادل. على صعيد آخر أعلن وزير الخارجية المصري سامح شكري أن المحادثات مثمرة.",
    );
    assert_eq!(
        speaker_of(&a, "المحادثات مثمرة").as_deref(),
        Some("sameh_shoukry"),
        "{a:#?}"
    );
}

#[test]
fn a_fronted_topic_opens_a_clause() {
    // وعن الأسعار أوضح ...، وحول العوائق التي ... قال: what follows is said of that topic.
    let a = analyze("وعن الأسعار أوضح وزير التجارة المصري أنها مستقرة منذ شهور.");
    assert_eq!(
        speaker_of(&a, "مستقرة منذ شهور").as_deref(),
        Some("egypt.trade_minister"),
        "{a:#?}"
    );
    // An actor inside the topic is what is spoken of, not the speaker.
    let a =
        analyze("قال المدرب سامي الحربي إن الوضع جيد. وعن مصر قال «إنها منافس قوي في البطولة».");
    assert_eq!(
        speaker_of(&a, "منافس قوي").as_deref(),
        Some("samy_alhrby"),
        "{a:#?}"
    );
}

#[test]
fn an_adverbial_of_time_or_occasion_opens_a_clause() {
    // وبعد الاجتماع أعلن، وبهذه المناسبة قال: fronted, the subject after the verb.
    for opener in ["وبعد الاجتماع", "وبهذه المناسبة"] {
        let a = analyze(&format!(
            "عقد الوزيران اجتماعا في القاهرة. {opener} أعلن وزير الخارجية المصري سامح شكري أن المحادثات مثمرة."
        ));
        assert_eq!(
            speaker_of(&a, "المحادثات مثمرة").as_deref(),
            Some("sameh_shoukry"),
            "{opener}: {a:#?}"
        );
    }
}

#[test]
fn the_actor_after_a_verbal_noun_in_li_is_its_target() {
    // اتهامات لقطر: Qatar is accused, not the accuser.
    let a = analyze(
        "ووجهت السعودية والإمارات اتهامات لقطر بمساندة الإرهاب. واتهامات لقطر بتمويل جماعات.",
    );
    assert!(!has(&a, "qatar", StanceLabel::Condemn), "{a:#?}");
    // إدانة مصر للهجوم: Egypt, right after the noun, condemns.
    let a = analyze("إدانة مصر للهجوم الإرهابي على المسجد.");
    assert!(has(&a, "egypt", StanceLabel::Condemn), "{a:#?}");
}

#[test]
fn a_middle_name_takes_up_its_person() {
    // حسن شيعان حامي ... وتابع شيعان: the article may call him by his father's name.
    let a = analyze("قال المدافع حسن شيعان حامي إن الفريق جاهز. وتابع شيعان أن المباراة صعبة.");
    assert_eq!(
        speaker_of(&a, "المباراة صعبة").as_deref(),
        speaker_of(&a, "الفريق جاهز").as_deref(),
        "{a:#?}"
    );
    assert!(speaker_of(&a, "المباراة صعبة").is_some(), "{a:#?}");
}

#[test]
fn a_states_public_prosecution_speaks_for_itself() {
    let a = analyze(
        "أعلنت النيابة العامة المصرية إحالة المتهمين إلى المحاكمة. وقالت النيابة العامة إن الأدلة كافية.",
    );
    assert_eq!(
        speaker_of(&a, "الأدلة كافية").as_deref(),
        Some("egypt.public_prosecution"),
        "{a:#?}"
    );
}

#[test]
fn where_it_was_said_is_no_part_of_a_title() {
    // وزير الأمن الداخلي في بيان: the title ends before where the words were said.
    let a = analyze("وقال مايكل جونسون وزير الأمن الداخلي في بيان إن التهديد كبير.");
    let person = a
        .actors
        .iter()
        .find(|x| x.kind == ActorKind::Person)
        .expect("a person");
    assert!(
        person.mentions.iter().all(|m| !m.text.contains("بيان")),
        "{a:#?}"
    );
}

#[test]
fn an_actor_in_l_before_the_article_is_no_holder() {
    // ل + الحكومة → للحكومة: the actor after a criticism or a congratulation in ل is its
    // target or addressee, even with the article's alif taken by the ل.
    let a = analyze(
        "انتقادات للحكومة الإيطالية بسبب تأخر الإغاثة. وبعث الملك برقية تهنئة للرئيس الفرنسي إيمانويل ماكرون بمناسبة العيد الوطني.",
    );
    assert!(
        a.stances
            .iter()
            .all(|s| !matches!(s.actor.as_str(), "italy.government" | "emmanuel_macron")),
        "{a:#?}"
    );
}

#[test]
fn an_accusation_denied_is_no_condemnation() {
    // The accusation is the claim denied; the denial defends, it condemns no one.
    let a = analyze("ونفت وزارة الداخلية المصرية أي اتهامات بتعذيب المعتقلين في السجون.");
    assert!(
        a.stances.iter().all(|s| s.label != StanceLabel::Condemn),
        "{a:#?}"
    );
}

#[test]
fn a_subsidy_cut_is_no_support() {
    // الدعم is also a subsidy: cutting it endorses no one.
    let a = analyze("وأعلنت الحكومة الأردنية عزمها خفض الدعم عن المحروقات اعتبارا من الشهر المقبل.");
    assert!(a.stances.is_empty(), "{a:#?}");
}

#[test]
fn a_refusal_supposed_or_in_the_passive_is_no_stance() {
    // إذا رفض، تم رفض، تعرض لانتقادات: told, not done by the speaker.
    let a = analyze(
        "وقال وزير المالية المصري إن الحكومة ستعيد الخطة إذا رفض البرلمان الموازنة. وأوضح الوزير أنه تم رفض عشرين طلبا لعدم اكتمال الأوراق، وأن الخطة تعرضت لانتقادات كثيرة.",
    );
    assert!(a.quotes.iter().any(|q| q.speaker.is_some()), "{a:#?}");
    assert!(a.stances.is_empty(), "{a:#?}");
}

#[test]
fn a_historic_mistake_is_no_praise() {
    let a = analyze("وقال وزير الخارجية الفرنسي إن رفض الاتفاق سيكون خطأ تاريخيا.");
    let labels: Vec<_> = a.stances.iter().map(|s| s.label).collect();
    assert_eq!(labels, vec![StanceLabel::Condemn], "{a:#?}");
}

#[test]
fn an_interception_is_no_objection() {
    // اعترض صاروخا، اعتراض الطائرات: to intercept, no objection.
    let a = analyze(
        "وأعلنت وزارة الدفاع السعودية أن قوات الدفاع الجوي اعترضت صاروخا باليستيا فوق جازان، وأكدت اعتراض الطائرات المسيرة.",
    );
    assert!(a.stances.is_empty(), "{a:#?}");
}

#[test]
fn a_terrorist_attack_named_is_a_topic_and_one_called_so_a_judgement() {
    // The attack a report is about is no condemnation; calling it terrorism is.
    let a = analyze("وقالت وزارة الداخلية الأردنية إن التحقيق في الهجوم الإرهابي ما زال مستمرا.");
    assert!(a.stances.is_empty(), "{a:#?}");
    let a = analyze("ووصفت وزارة الداخلية الأردنية ما جرى بأنه «عمل إرهابي».");
    let labels: Vec<_> = a.stances.iter().map(|s| s.label).collect();
    assert_eq!(labels, vec![StanceLabel::Condemn], "{a:#?}");
}

#[test]
fn an_office_with_no_name_speaks_as_an_actor() {
    // أمير منطقة القصيم، محافظ بيشة: the office is the speaker, named as written.
    let a =
        analyze("وأكد أمير منطقة القصيم أن المهرجان حقق نجاحا. وقال مدير الشركة إن الأرباح زادت.");
    let speaker = speaker_of(&a, "المهرجان حقق").expect("a speaker");
    let actor = a
        .actors
        .iter()
        .find(|x| x.id.as_str() == speaker)
        .expect("its actor");
    assert_eq!(actor.name, "أمير منطقة القصيم", "{a:#?}");
    // A company's manager stays no one.
    assert_eq!(speaker_of(&a, "الأرباح زادت"), None, "{a:#?}");
}

#[test]
fn an_abbreviated_title_between_title_and_name_goes_on_to_the_name() {
    // وزير الصحة د. فلان: the period of د. ends neither the subject nor the sentence.
    let a = analyze("وأكد وزير الصحة د. خالد بن علي الفالح أن الخدمة متاحة للجميع.");
    let speaker = speaker_of(&a, "الخدمة متاحة").expect("a speaker");
    let actor = a
        .actors
        .iter()
        .find(|x| x.id.as_str() == speaker)
        .expect("its actor");
    assert!(actor.name.contains("خالد"), "{a:#?}");
}

#[test]
fn an_accusative_noun_and_its_adjective_end_a_name() {
    // فلان ناشطا سياسيا: the noun in the accusative, with its adjective, is no name.
    let a = analyze("وقال الصحفي فاتح يلماز ناشطا سياسيا إن البلاد تحتاج إلى الحوار.");
    assert!(a.actors.iter().all(|x| !x.name.contains("ناشطا")), "{a:#?}");
}

#[test]
fn a_lone_unknown_name_takes_up_a_speaker_only_by_one_of_their_names() {
    // وأشار ويكلي إلى: one word no lexicon knows is a name. It takes up the speaker
    // before only if it is one of that speaker's words (روسيني), else it is someone
    // not named (here a researcher the parsers missed), never the bank that spoke.
    let a = analyze(
        "وقال البنك المركزي الأوروبي إن التضخم مرتفع. الخبير هورتن ويكلي في وحدة أبحاث البنك يحمل التضخم المسؤولية. وأشار ويكلي إلى أن الطلب ضعيف.",
    );
    assert_eq!(speaker_of(&a, "الطلب ضعيف"), None, "{a:#?}");
    let a = analyze("وقال المدرب سامي روسيني إن الفريق جاهز. وأشار روسيني إلى أن الملعب جاهز.");
    let first = speaker_of(&a, "الفريق جاهز").expect("a speaker");
    assert_eq!(
        speaker_of(&a, "الملعب جاهز").as_deref(),
        Some(first.as_str()),
        "{a:#?}"
    );
}

#[test]
fn a_refusal_to_comment_past_its_subject_is_no_stance() {
    // ورفضت الوزارة (...) تأكيد، ورفض فلان التعليق: the object after the subject, past a
    // gloss in brackets or a name no lexicon knows, is a refusal to speak.
    for text in [
        "ورفضت وزارة الخارجية الأمريكية (الخارجية) تأكيد التقارير عن الصفقة.",
        "ورفضت ماري هيوز التعليق على الصفقة.",
    ] {
        let a = analyze(text);
        assert!(a.stances.is_empty(), "{a:#?}");
    }
    let a = analyze("ورفضت وزارة الخارجية الأمريكية (الخارجية) الاتفاق الجديد.");
    assert!(
        has(&a, "united_states.foreign_ministry", StanceLabel::Condemn),
        "{a:#?}"
    );
}

#[test]
fn a_stance_noun_in_construct_with_another_actor_is_that_actors_act() {
    // بعد رفض إثيوبيا للمقترح: Ethiopia's refusal, reported by the minister, is not his
    // stance; رفض مصر, in the words of Egypt's minister, is what he speaks for.
    let a =
        analyze("وقال وزير الخارجية المصري سامح شكري إن المفاوضات توقفت بعد رفض إثيوبيا للمقترح.");
    assert!(a.stances.is_empty(), "{a:#?}");
    // ... and so is one in construct with a title no actor was found for.
    let a =
        analyze("وقال وزير الخارجية المصري سامح شكري إن الأزمة بدأت بعد رفض مدير الشركة للمقترح.");
    assert!(a.stances.is_empty(), "{a:#?}");
    let a = analyze("وقال وزير الخارجية المصري سامح شكري إن رفض مصر للتدخل الأجنبي ثابت.");
    assert!(has(&a, "sameh_shoukry", StanceLabel::Condemn), "{a:#?}");
}

#[test]
fn a_feminine_nisba_after_a_name_in_construct_agrees_with_the_noun_before() {
    // قوات هادي الموالية: the forces are loyal, هادي is no «الموالية»; after a word that
    // may stand before a name (a descriptor, a state) the word is a family name.
    let a = analyze("وأعلنت قوات هادي الموالية للحكومة أنها سيطرت على المدينة.");
    assert!(no_name_holds(&a, "الموالية"), "{a:#?}");
    let a = analyze("وقال المخرج ناصر الفقيه إن الفيلم جاهز.");
    assert!(named(&a, "ناصر الفقيه"), "{a:#?}");
}

#[test]
fn an_estimate_is_no_appreciation() {
    // وفق تقديره، حسب تقديرها: «in his / her estimate», no تقدير «appreciation».
    for text in [
        "وأكد الناطق باسم الجمعية سامي الورغي أن الوضع سيتحسن قريبا، وفق تقديره.",
        "وقالت الخبيرة ليلى الجربي إن الأسعار سترتفع، حسب تقديرها.",
    ] {
        let a = analyze(text);
        assert!(!speakers(&a).is_empty(), "{a:#?}");
        assert!(a.stances.is_empty(), "{a:#?}");
    }
}

#[test]
fn starting_from_a_place_is_no_framework() {
    // انطلاقا من قاعدة / من مطار: a starting point, no «out of» a principle.
    let a =
        analyze("وأعلنت وزارة الدفاع المصرية أن الطائرات أقلعت انطلاقا من قاعدة جوية في الشمال.");
    assert!(!speakers(&a).is_empty(), "{a:#?}");
    assert!(a.stances.is_empty(), "{a:#?}");
    let a = analyze("وأعلنت وزارة الدفاع المصرية أن القرار جاء انطلاقا من حرصها على أمن المواطنين.");
    assert!(
        a.stances.iter().any(|s| s.label == StanceLabel::Justify),
        "{a:#?}"
    );
}

#[test]
fn a_subject_before_had_is_read_past_the_auxiliary() {
    // مصادر مسؤولة كانت أكدت: a generic subject before كان or قد is someone unknown, not
    // the minister who spoke before; a named one past a comma is that actor.
    let a = analyze(
        "وقال وزير الخارجية المصري سامح شكري إن المحادثات مستمرة. يذكر أن مصادر مسؤولة كانت أكدت أمس أن الاجتماع تأجل.",
    );
    assert_eq!(speaker_of(&a, "الاجتماع تأجل"), None, "{a:#?}");
    let a = analyze(
        "وقال وزير الخارجية المصري سامح شكري إن المحادثات مستمرة. كما أن وسائل إعلام أوروبية قد أعلنت أن الوفد غادر.",
    );
    assert_eq!(speaker_of(&a, "الوفد غادر"), None, "{a:#?}");
    let a = analyze(
        "وقال وزير الخارجية المصري سامح شكري إن المحادثات مستمرة. وكان حيدر العبادي، قد طالب الحكومة بوقف القتال.",
    );
    assert_eq!(
        speaker_of(&a, "بوقف القتال").as_deref(),
        Some("haider_al_abadi"),
        "{a:#?}"
    );
}

#[test]
fn a_noun_phrase_before_that_after_a_verb_taking_an_object_is_its_subject() {
    // وأعلن منتدى الأعمال العربي، مساء الأربعاء، أنه: the noun phrase before أنه is the
    // subject, someone no lexicon names, not the minister who spoke before (an object
    // would not stand before أن).
    let a = analyze(
        "وقال وزير الخارجية المصري سامح شكري إن المحادثات مستمرة. وأعلن منتدى الأعمال العربي، مساء الأربعاء، أنه سيعقد دورته المقبلة في القاهرة.",
    );
    assert_eq!(speaker_of(&a, "سيعقد دورته"), None, "{a:#?}");
}

#[test]
fn a_conviction_is_no_condemnation() {
    // أدين بجناية، أدين بجرائم: a court's conviction, reported, not the speaker condemning.
    for text in [
        "وقال وزير العدل المغربي محمد أوجار إن الضابط أدين بجرائم فساد العام الماضي.",
        "وقال وزير العدل المغربي محمد أوجار إن المتهم أدين بجناية السرقة.",
    ] {
        let a = analyze(text);
        assert!(!speakers(&a).is_empty(), "{a:#?}");
        assert!(a.stances.is_empty(), "{a:#?}");
    }
}

#[test]
fn an_attitude_met_with_is_undergone() {
    // قوبل بالرفض، قوبلت بارتياح: the refusal or the relief someone met with, not the
    // speaker's own.
    for text in [
        "وقال متحدث باسم الاتحاد الأوروبي إن الطلب قوبل بالرفض.",
        "وقال متحدث باسم الاتحاد الأوروبي إن المبادرة قوبلت بارتياح كبير.",
    ] {
        let a = analyze(text);
        assert!(!speakers(&a).is_empty(), "{a:#?}");
        assert!(a.stances.is_empty(), "{a:#?}");
    }
}

#[test]
fn istatrada_adds_to_what_was_said() {
    // واستطرد، واستطردت: «went on», a speech verb like أضاف and أردف.
    let a = analyze(
        "وقال وزير الخارجية المصري سامح شكري إن الوضع مستقر. واستطرد: «الحوار مستمر بين الطرفين».",
    );
    assert_eq!(
        speaker_of(&a, "الحوار مستمر").as_deref(),
        Some("sameh_shoukry"),
        "{a:#?}"
    );
}

#[test]
fn maghrebi_given_names_in_l_are_names() {
    // لسعد، لزهر، لمين (Lassaad, Lazhar, Lamine): the ل is the name's, no preposition.
    let a = analyze("أكد لزهر العكرمي أن أكثر من أربعين قياديا وقعوا الوثيقة.");
    assert!(named(&a, "لزهر العكرمي"), "{a:#?}");
    assert!(speaker_of(&a, "قياديا وقعوا").is_some(), "{a:#?}");
    let a = analyze("وقال الكاتب العام للنقابة لسعد اليعقوبي إن الإضراب ناجح.");
    assert!(named(&a, "لسعد اليعقوبي"), "{a:#?}");
}

#[test]
fn katib_and_mukallaf_open_a_title() {
    // كاتب عام، كاتب الدولة، المكلف بالإعلام: titles of the Maghrebi press before a name.
    for (text, name) in [
        (
            "أفاد كاتب الدولة المكلف بالتجارة سامي الورغي أن الأسعار ستنخفض.",
            "سامي الورغي",
        ),
        (
            "وقال المكلف بالإعلام بالإدارة سامي الورغي إن الوضع مستقر.",
            "سامي الورغي",
        ),
        (
            "أكد كاتب عام النقابة الأساسية سامي الورغي أن الإضراب ناجح.",
            "سامي الورغي",
        ),
    ] {
        let a = analyze(text);
        let speaker = a
            .quotes
            .first()
            .and_then(|q| q.speaker.as_ref())
            .expect("a speaker");
        let actor = a
            .actors
            .iter()
            .find(|x| &x.id == speaker)
            .expect("its actor");
        assert_eq!(actor.name, name, "{a:#?}");
    }
}

#[test]
fn tunisian_given_names_with_the_article_open_a_name() {
    // الشاذلي، الصحبي، الجيلاني: given names written with the article, as الهادي and
    // الطاهر, before a family name.
    let a = analyze("قال محافظ البنك المركزي الشاذلي الورغي إن النمو سيتحسن.");
    assert!(named(&a, "الشاذلي الورغي"), "{a:#?}");
    assert!(speaker_of(&a, "النمو سيتحسن").is_some(), "{a:#?}");
}

#[test]
fn a_general_directorate_speaks() {
    // الإدارة العامة للجمارك: الإدارة is also «the administration» (الإدارة الأمريكية),
    // a title no state's nisba follows here: the body named by pattern is the speaker.
    let a = analyze("أعلنت الإدارة العامة للجمارك أنها حجزت عشرين ألف هاتف.");
    assert!(named(&a, "الإدارة العامة للجمارك"), "{a:#?}");
    assert!(speaker_of(&a, "حجزت عشرين").is_some(), "{a:#?}");
    let a = analyze("أعلنت الإدارة الأمريكية أنها فرضت عقوبات جديدة.");
    assert!(no_name_holds(&a, "الإدارة الأمريكية"), "{a:#?}");
}

#[test]
fn a_communique_speaks_for_its_author() {
    // بلاغ (the Maghrebi press's «communiqué»), like بيان: its author is the speaker.
    let a = analyze("وأفاد بلاغ وزارة التربية التونسية أن الدروس تستأنف بصفة عادية.");
    assert_eq!(
        speaker_of(&a, "الدروس تستأنف").as_deref(),
        Some("tunisia.education_ministry"),
        "{a:#?}"
    );
}

#[test]
fn a_coordination_committee_is_a_body() {
    // تنسيقية (a coordination of sit-ins, parties or unions, in the Maghrebi press)
    // heads a body the lexicon lacks.
    let a = analyze("أعلنت تنسيقية اعتصام الحوض المنجمي في بيان أنها ستواصل الاعتصام.");
    assert!(named(&a, "تنسيقية اعتصام الحوض المنجمي"), "{a:#?}");
    assert!(speaker_of(&a, "ستواصل الاعتصام").is_some(), "{a:#?}");
}

#[test]
fn the_one_accused_is_not_the_accuser() {
    // اتهامه بالسرقة: the verbal noun of «accuse», its pronoun and then the ب
    // complement: the pronoun is the one accused; he condemns no one.
    let a = analyze("أوقفت الشرطة الوزير السابق أحمد نظيف بعد اتهامه باستغلال سلطات وظيفته.");
    assert!(a.stances.is_empty(), "{a:#?}");
    // With ل before the charge, the pronoun is the accuser: اتهامه لها بدعم الإرهاب.
    let a = analyze("وجدد الرئيس السوري بشار الأسد اتهامه لها بدعم الإرهاب في الشمال.");
    assert!(has(&a, "bashar_al_assad", StanceLabel::Condemn), "{a:#?}");
}

#[test]
fn went_on_and_a_comma_open_the_words() {
    // وتابع، نحن ...: «went on» with no subject and a comma: what follows is what was
    // said, as after a colon. A fronted adverbial before أن leaves the usual frame.
    let a = analyze(
        "قال وزير المالية محمد الجدعان إن الاقتصاد قوي. وتابع، نحن نعمل على خفض الدين العام.",
    );
    assert_eq!(
        speaker_of(&a, "نحن نعمل").as_deref(),
        Some("mhmd_aljdaan"),
        "{a:#?}"
    );
    let a = analyze(
        "قال وزير المالية محمد الجدعان إن الاقتصاد قوي. وأضاف، في ختام كلمته، أن العجز سينخفض.",
    );
    let q = a
        .quotes
        .iter()
        .find(|q| q.content.text.contains("العجز"))
        .expect("a quote");
    assert!(q.content.text.starts_with("العجز"), "{a:#?}");
}

#[test]
fn a_source_cited_for_news_takes_no_stance() {
    // ووفقا لبلاغ الوزارة، تمكنت الوحدات ...: the ministry is the quote's source, but
    // the arrest of a criminal gang it reports is news, not its condemnation.
    let a = analyze(
        "ووفقا لبلاغ وزارة الداخلية، تمكنت الوحدات الأمنية من إيقاف عصابة إجرامية مختصة في السرقة والتحيل.",
    );
    assert!(!a.quotes.is_empty(), "{a:#?}");
    assert!(a.stances.is_empty(), "{a:#?}");
}

#[test]
fn a_plural_possessive_is_not_the_body_that_spoke() {
    // رفضهما: two people's refusal, told by the ministry; not the ministry's stance.
    let a = analyze("أعلنت وزارة الداخلية أن دورية أوقفت سائقين بعد رفضهما التوقف عند الحاجز.");
    assert!(a.stances.is_empty(), "{a:#?}");
}

#[test]
fn a_quoted_name_before_the_colon_is_not_what_was_said() {
    // رئيس «...» في لندن: «...»: the first quotation names the firm; the words come
    // after the colon.
    let a = analyze(
        "وقال سامي الحربي رئيس «مجموعة الأفق للاستشارات» في الرياض: «الطلب على المساكن يتراجع منذ عامين».",
    );
    let q = a
        .quotes
        .iter()
        .find(|q| q.content.text.contains("الطلب"))
        .expect("the words after the colon");
    assert!(q.content.text.starts_with("الطلب على المساكن"), "{a:#?}");
    assert!(
        !a.quotes.iter().any(|q| q.content.text.contains("الأفق")),
        "{a:#?}"
    );
}

#[test]
fn zada_before_a_colon_is_added() {
    // وزاد: «...»: «added», as before أن; زاد alone is mostly «increased».
    let a =
        analyze("قال وزير المالية محمد الجدعان إن الاقتصاد قوي. وزاد: «لن نرفع الضرائب هذا العام».");
    assert_eq!(
        speaker_of(&a, "لن نرفع").as_deref(),
        Some("mhmd_aljdaan"),
        "{a:#?}"
    );
    let a = analyze("وزاد عدد الزوار هذا العام: ثلاثة ملايين زائر.");
    assert!(a.quotes.is_empty(), "{a:#?}");
}

#[test]
fn by_his_saying_after_any_verb_reports() {
    // واختتم حديثه بقوله: «...»: «by his saying» with the words after it, after a verb
    // that reports nothing itself.
    let a = analyze("واختتم وزير المالية محمد الجدعان حديثه بقوله: «نحن بحاجة إلى حلول عاجلة».");
    assert_eq!(
        speaker_of(&a, "نحن بحاجة").as_deref(),
        Some("mhmd_aljdaan"),
        "{a:#?}"
    );
    // After a cue of the sentence it is that cue's frame: one quote, not two.
    let a =
        analyze("ونفى وزير المالية محمد الجدعان ذلك في تصريحات للإذاعة بقوله: «لم نرفع الضرائب».");
    assert_eq!(a.quotes.len(), 1, "{a:#?}");
}

#[test]
fn concluded_by_saying_reports() {
    // خلص إلى القول، ذهب إلى القول: «went as far as saying», what follows was said.
    let a = analyze("وخلص وزير المالية محمد الجدعان إلى القول: «نحن بحاجة إلى حلول عاجلة».");
    assert_eq!(
        speaker_of(&a, "نحن بحاجة").as_deref(),
        Some("mhmd_aljdaan"),
        "{a:#?}"
    );
}

#[test]
fn concluded_before_a_colon_reports() {
    // واختتم: «...»، وواصل فلان: «...»: before a colon these verbs report; with an
    // object (واختتم زيارته) they do not.
    let a = analyze(
        "قال وزير المالية محمد الجدعان إن الاقتصاد قوي. واختتم: «نحن بحاجة إلى حلول عاجلة».",
    );
    assert_eq!(
        speaker_of(&a, "نحن بحاجة").as_deref(),
        Some("mhmd_aljdaan"),
        "{a:#?}"
    );
    let a = analyze("واختتم وزير المالية محمد الجدعان زيارته للمدينة أمس.");
    assert!(a.quotes.is_empty(), "{a:#?}");
}

#[test]
fn via_after_a_tweet_is_no_verb() {
    // في تغريدة عبر حسابه: عبر after a statement noun is «via», not «expressed»: the
    // quote after the colon stays the speaker's.
    let a =
        analyze("وقال وزير المالية محمد الجدعان في تغريدة عبر حسابه: «لن نرفع الضرائب هذا العام».");
    assert_eq!(
        speaker_of(&a, "لن نرفع").as_deref(),
        Some("mhmd_aljdaan"),
        "{a:#?}"
    );
    // After the event's addressee too: قال فلان لوكالة «...» عبر الهاتف: «...».
    let a = analyze(
        "وقال وزير المالية محمد الجدعان لوكالة «رويترز» عبر الهاتف: «لن نرفع الضرائب هذا العام».",
    );
    assert_eq!(
        speaker_of(&a, "لن نرفع").as_deref(),
        Some("mhmd_aljdaan"),
        "{a:#?}"
    );
}

#[test]
fn what_a_body_is_for_may_be_an_evaluative_word() {
    // الجمعية الوطنية لحماية المستهلك: «for protecting» after the head's adjective is the
    // body's name, though حماية is also a word of justification.
    let a = analyze("أعلنت الجمعية الوطنية لحماية المستهلك أن الأسعار سترتفع.");
    assert!(named(&a, "الجمعية الوطنية لحماية المستهلك"), "{a:#?}");
    assert!(speaker_of(&a, "الأسعار سترتفع").is_some(), "{a:#?}");
    // After a complement it is a purpose, no part of the name.
    let a = analyze("خصصت الشركة الوطنية للكهرباء مليون دينار لدعم الأسر المحتاجة.");
    assert!(!a.actors.iter().any(|x| x.name.contains("لدعم")), "{a:#?}");
}

#[test]
fn a_participle_after_an_indefinite_noun_is_its_adjective() {
    // شركات متهمة بـ...: «accused companies», an adjective on the noun before it, not the
    // speaker accusing anyone.
    let a =
        analyze("وقالت وزارة الخزانة الأمريكية إن العقوبات تستهدف سبع شركات متهمة بتهريب النفط.");
    assert!(a.stances.is_empty(), "{a:#?}");
}

#[test]
fn an_attitude_held_by_another_person_at_the_head_of_the_words_is_theirs() {
    // أشار إلى انتقاد المدير ...: the director's criticism, told, not the speaker's.
    let a = analyze(
        "وأشار أيمن الصفدي إلى انتقاد مدير الميناء لتأخر السفن في الوصول إلى الرصيف الجديد.",
    );
    assert!(!has(&a, "ayman_safadi", StanceLabel::Condemn), "{a:#?}");
    // ... but the speaker's own criticism at the head is theirs.
    let a = analyze("وأعرب أيمن الصفدي عن انتقاده لتأخر السفن في الوصول إلى الرصيف الجديد.");
    assert!(has(&a, "ayman_safadi", StanceLabel::Condemn), "{a:#?}");
}

#[test]
fn the_mayor_named_by_title_alone_is_the_mayor_introduced() {
    // عمدة المدينة فلان ... وقال العمدة: the title alone takes up the person it was given to.
    let a = analyze(
        "قال عمدة البلدة سامي الحداد إن الحديقة ستغلق. وبرر العمدة قراره بأن الأشجار القديمة قد تسقط على المارة.",
    );
    assert_eq!(speakers(&a), ["samy_alhdad", "samy_alhdad"], "{a:#?}");
    assert!(has(&a, "samy_alhdad", StanceLabel::Justify), "{a:#?}");
}

#[test]
fn welcoming_arrivals_and_naming_illicit_enrichment_take_no_side() {
    // Hospitality to travellers who arrived: no praise of anyone.
    let a = analyze("واستقبل أيمن الصفدي الحجاج في المطار قائلا: مرحبا بقدومهم إلى البلاد.");
    assert!(!has(&a, "ayman_safadi", StanceLabel::Praise), "{a:#?}");
    // A bill on illicit enrichment names a topic, it condemns no one.
    let a = analyze("وقال أيمن الصفدي إن الحكومة ستعرض مشروع قانون حول الإثراء غير المشروع.");
    assert!(!has(&a, "ayman_safadi", StanceLabel::Condemn), "{a:#?}");
}

#[test]
fn an_attitude_of_some_of_a_group_is_theirs_not_the_speakers() {
    // رفض كثير منهم، استنكار عدد من النواب: some members' attitude, reported.
    let a = analyze(
        "وقال أيمن الصفدي إن القرار صدر أمس، وقد لاقى الإجراء استنكار عدد من النواب في البرلمان.",
    );
    assert!(!has(&a, "ayman_safadi", StanceLabel::Condemn), "{a:#?}");
    let a = analyze(
        "وقال أيمن الصفدي إن العمال تلقوا تهديدات كثيرة، لذلك رفض بعضهم العودة إلى المصنع.",
    );
    assert!(!has(&a, "ayman_safadi", StanceLabel::Condemn), "{a:#?}");
}

#[test]
fn support_given_in_kind_is_aid_not_an_endorsement() {
    // يدعم المدينة بالمحروقات: fuel supplied, no praise.
    let a = analyze("ودعمت حماس المخيمات بالأغذية والأدوية منذ أسابيع.");
    assert!(!has(&a, "hamas", StanceLabel::Praise), "{a:#?}");
    // ... but backing a step is.
    let a = analyze("ودعمت حماس المبادرة المصرية بقوة.");
    assert!(has(&a, "hamas", StanceLabel::Praise), "{a:#?}");
}

#[test]
fn defence_told_of_those_who_sacrifice_is_no_justification() {
    // الذي يضحي بأبنائه دفاعا عن الوطن: how others fight and die, told, not argued for.
    let a =
        analyze("ووصف أيمن الصفدي المقال بأنه إساءة للجنود الذين يضحون بحياتهم دفاعا عن الوطن.");
    assert!(!has(&a, "ayman_safadi", StanceLabel::Justify), "{a:#?}");
}

#[test]
fn the_accused_as_subject_is_no_one_named() {
    // ورفض المتهم، واعترفت المتهمة: the accused speaks, not the last speaker.
    let a = analyze(
        "قال أيمن الصفدي إن الحوار ضروري. ورفض المتهم الرد على أسئلة المحققين حول مصدر الأموال.",
    );
    assert!(!has(&a, "ayman_safadi", StanceLabel::Condemn), "{a:#?}");
    let a = analyze("قال أيمن الصفدي إن الحوار ضروري. واعترفت المتهمة بسرقة المجوهرات.");
    assert_eq!(speakers(&a), ["ayman_safadi", "?"], "{a:#?}");
    // ... but a plural in ـين after a verb that takes an object is that object.
    let a = analyze("قال أيمن الصفدي إن الحوار ضروري. وحذر المعارضين من الفوضى.");
    assert_eq!(speakers(&a), ["ayman_safadi", "ayman_safadi"], "{a:#?}");
}

#[test]
fn a_residence_without_legal_status_is_a_topic() {
    // في وضعية غير قانونية، مقيم بصفة غير شرعية: a status described, no one condemned.
    let a = analyze(
        "وقال أيمن الصفدي إن القرار يشمل العمال الأجانب ممن هم في وضعية غير قانونية داخل البلاد.",
    );
    assert!(!has(&a, "ayman_safadi", StanceLabel::Condemn), "{a:#?}");
}

#[test]
fn starting_from_frames_only_a_motive() {
    // انطلاقا من المدينة / من هذه السنة: a place or a time, no justification.
    let a = analyze("وقال أيمن الصفدي إن القطار الجديد سيربط المدن الداخلية انطلاقا من العاصمة.");
    assert!(!has(&a, "ayman_safadi", StanceLabel::Justify), "{a:#?}");
    // انطلاقا من حرصها على ...: a motive given for an act, which justifies it.
    let a = analyze("وقال أيمن الصفدي إن الحكومة أغلقت المعبر انطلاقا من حرصها على سلامة المواطنين.");
    assert!(has(&a, "ayman_safadi", StanceLabel::Justify), "{a:#?}");
}

#[test]
fn a_negation_reaches_past_an_existential() {
    // لم يعد هناك مبرر: no justification left, a condemnation.
    let a = analyze("وقال أيمن الصفدي إنه لم يعد هناك مبرر لاستمرار الحصار على المدينة.");
    assert!(!has(&a, "ayman_safadi", StanceLabel::Justify), "{a:#?}");
    assert!(has(&a, "ayman_safadi", StanceLabel::Condemn), "{a:#?}");
}

#[test]
fn a_stance_verb_after_an_actor_inside_the_words_is_that_actors() {
    // قال إن تركيا كانت ترفض ...: a state's stance, told; not the speaker's.
    let a = analyze("وقال أيمن الصفدي إن تركيا ترفض إقامة المنطقة العازلة على حدودها.");
    assert!(has(&a, "turkey", StanceLabel::Condemn), "{a:#?}");
    assert!(!has(&a, "ayman_safadi", StanceLabel::Condemn), "{a:#?}");
    // A body's stance said by a person is the body's, and the speaker's too.
    let a = analyze("وقال أيمن الصفدي إن حركة حماس تساند المبادرة المصرية.");
    assert!(has(&a, "hamas", StanceLabel::Praise), "{a:#?}");
    assert!(has(&a, "ayman_safadi", StanceLabel::Praise), "{a:#?}");
    // Backing terrorism is an accusation, no praise; a masculine verb after a
    // feminine name is no verb of hers (إسرائيل ثمن: a price).
    let a = analyze("وقال أيمن الصفدي إن إيران تدعم الإرهاب في المنطقة.");
    assert!(!has(&a, "iran", StanceLabel::Praise), "{a:#?}");
    let a = analyze("وقال أيمن الصفدي إنه سيأتي يوم تدفع فيه إسرائيل ثمن جرائمها.");
    assert!(!has(&a, "israel", StanceLabel::Praise), "{a:#?}");
}

#[test]
fn a_citizen_as_subject_is_no_one_who_spoke_before() {
    // من جانبه، استغرب المواطن فلان: a citizen the article names in passing, not the
    // minister quoted before.
    let a = analyze(
        "وقال أيمن الصفدي إن الحوار ضروري. من جانبه، استغرب المواطن حمودة الكافي انقطاع الماء منذ أسبوع.",
    );
    assert!(!has(&a, "ayman_safadi", StanceLabel::Condemn), "{a:#?}");
    assert_eq!(speakers(&a), ["ayman_safadi", "?"], "{a:#?}");
}

#[test]
fn regretting_what_another_did_is_a_mild_condemnation() {
    // تأسف لعدم ...: regret at another's failure, a criticism.
    let a = analyze(
        "وتأسف أيمن الصفدي في كلمته أمام البرلمان لعدم أخذ الحكومة برأي النقابات في القانون.",
    );
    assert!(has(&a, "ayman_safadi", StanceLabel::Condemn), "{a:#?}");
}

#[test]
fn the_evil_a_task_fights_is_its_topic() {
    // مكافحة الجريمة المنظمة: a plan's topic, no condemnation by the one describing it.
    let a = analyze(
        "وأكد أيمن الصفدي أهمية تبادل المعلومات بين الأجهزة الأمنية للحد من الجرائم الإرهابية في المنطقة.",
    );
    assert!(!has(&a, "ayman_safadi", StanceLabel::Condemn), "{a:#?}");
}

#[test]
fn a_participle_after_a_preposition_is_a_noun() {
    // تحولت من ضحية إلى متهمة: the accused, no accusation of the speaker's.
    let a = analyze("وقالت حركة حماس: تحولنا في نظر العالم من ضحية إلى متهمة.");
    assert!(!has(&a, "hamas", StanceLabel::Condemn), "{a:#?}");
}

#[test]
fn a_descriptor_and_a_name_no_lexicon_knows_are_the_subject() {
    // وانتقدت الجامعية فلانة الفلانية: a person named in passing, not the state before.
    let a =
        analyze("وقالت تونس إن الحوار ضروري. وانتقدت الجامعية زهوة قاسمي تصريحات رئيس الجمهورية.");
    assert!(!has(&a, "tunisia", StanceLabel::Condemn), "{a:#?}");
    // A short name in ها is a name, no possessive (مها، رنا).
    let a =
        analyze("وقالت تونس إن الحوار ضروري. وانتقدت الجامعية زهوة مها تصريحات رئيس الجمهورية.");
    assert!(!has(&a, "tunisia", StanceLabel::Condemn), "{a:#?}");
    // ... but «اعتبر» takes two objects, its subject hidden: واعتبر الفن مرآة عاكسة.
    let a = analyze("وقال أيمن الصفدي إن الحوار ضروري. واعتبر الفن مرآة عاكسة للمجتمع.");
    assert_eq!(speakers(&a), ["ayman_safadi", "ayman_safadi"], "{a:#?}");
}

#[test]
fn an_interception_by_a_unit_is_no_objection() {
    // اعتراض وحدة من خفر السواحل لقارب: an interception, no stance.
    let a = analyze(
        "وأعلنت حركة حماس عن تشكيل لجنة لمتابعة الملف إثر اعتراض وحدة من خفر السواحل لقارب صيد.",
    );
    assert!(!has(&a, "hamas", StanceLabel::Condemn), "{a:#?}");
}

#[test]
fn a_stance_verb_in_quotation_marks_after_a_name_is_that_actors() {
    // إن الأردن «يرفض ...»: the quotation mark opens the words, the name is the subject.
    let a = analyze("وقال أيمن الصفدي إن مصر «تدين بشدة هذا الاعتداء على المدنيين».");
    assert!(has(&a, "egypt", StanceLabel::Condemn), "{a:#?}");
}

#[test]
fn the_outlet_that_carried_a_statement_is_not_its_author() {
    // بيان نقلته وكالة الأنباء: the agency relayed it; no speaker rather than the agency.
    let a = analyze("وجاء في بيان نقلته وكالة الأنباء الأردنية أن الحكومة ماضية في خطتها.");
    assert_eq!(speakers(&a), ["?"], "{a:#?}");
    // ... but the ministry that put out its own statement is its author.
    let a = analyze("وجاء في بيان نشرته حركة حماس أن الحركة ماضية في خطتها.");
    assert_eq!(speakers(&a), ["hamas"], "{a:#?}");
}

#[test]
fn a_month_that_is_also_a_given_name_names_no_one() {
    // في 12 جوان، أفريل المقبل، رجب الماضي: dates, not persons.
    let a = analyze("وأكد أيمن الصفدي أن المؤتمر يعقد في 12 جوان بعمان، بعد جولة أفريل المقبل.");
    assert_eq!(a.actors.len(), 1, "{a:#?}");
    let a = analyze("وقال أيمن الصفدي إن الاتفاق وقع في رجب الماضي.");
    assert_eq!(a.actors.len(), 1, "{a:#?}");
    // ... but a person of that name is one.
    let a = analyze("وقالت جوان ميلر إن الاتفاق مهم.");
    assert!(named(&a, "جوان ميلر"), "{a:#?}");
}

#[test]
fn a_body_head_before_a_date_is_an_adjective() {
    // الانتخابات البلدية المقبلة: the coming municipal elections, no municipality.
    let a = analyze("وقال أيمن الصفدي إن الانتخابات البلدية المقبلة ستجرى في موعدها.");
    assert_eq!(a.actors.len(), 1, "{a:#?}");
}

#[test]
fn a_common_word_between_a_first_name_and_that_is_the_family_name() {
    // وأكد فلان عيد أن: after a speech verb as after a title, the word before أن is the
    // family name, not the end of an unknown subject.
    let a = analyze("وأكد ماهر عيد أن القرار صائب.");
    assert!(named(&a, "ماهر عيد"), "{a:#?}");
    assert_eq!(speakers(&a), ["mahr_ayd"], "{a:#?}");
    // ... but not a time word: وقال فلان أمس إن.
    let a = analyze("وقال ماهر أمس إن القرار صائب.");
    assert!(!named(&a, "ماهر أمس"), "{a:#?}");
}

#[test]
fn a_family_name_in_ba_before_that_ends_the_name() {
    // وقال فلان بايتاس إن: ب + a verbal noun's shape, but the clause has ended.
    let a = analyze("وقال كريم باستيار إن القرار صائب.");
    assert!(named(&a, "كريم باستيار"), "{a:#?}");
    // ... while «بانتظار» before its object is the clause going on.
    let a = analyze("وقال كريم بانتظار القرار إنه متفائل.");
    assert!(!named(&a, "كريم بانتظار"), "{a:#?}");
}

#[test]
fn a_definite_family_name_alone_is_not_a_famous_bearer() {
    // وقال المعلم: a teacher, or someone else of that family, unless the article names
    // the lexicon's bearer another way.
    let a = analyze("وفي المدرسة قال المعلم إن الامتحانات صعبة هذا العام.");
    assert!(a.actors.iter().all(|x| x.id.0 != "walid_muallem"), "{a:#?}");
    let a =
        analyze("والتقى وزير الخارجية السوري وليد المعلم نظيره. وقال المعلم إن اللقاء كان مثمرا.");
    assert_eq!(speakers(&a), ["walid_muallem"], "{a:#?}");
}

#[test]
fn a_weak_name_read_off_a_proclitic_is_no_actor() {
    // وأكد وجوده: «his presence» (و + جوده), no Nasser Judeh; طالبت بفتح تحقيق: «opening»,
    // no Fatah.
    let a = analyze("وغاب اللاعب عن التدريب، وأكد وجوده في المعسكر. وطالب بفتح تحقيق في الحادث.");
    assert!(
        a.actors
            .iter()
            .all(|x| x.id.0 != "nasser_judeh" && x.id.0 != "fatah"),
        "{a:#?}"
    );
    // ... while the weak name itself, next to the verb, still is: ونددت فتح.
    let a = analyze("ونددت فتح بالهجوم على المدنيين.");
    assert!(has(&a, "fatah", StanceLabel::Condemn), "{a:#?}");
}

#[test]
fn a_family_name_that_is_a_common_word_needs_the_full_name() {
    // ولايتي "two provinces", القربى "kinship", أفخم "the finest": words first; the
    // lexicon's bearer only where the article names them in full.
    let a = analyze("وقال الوزير إن الأمطار شملت ولايتي سوسة والمنستير، وإن صلة القربى متينة.");
    assert!(
        a.actors
            .iter()
            .all(|x| x.id.0 != "ali_akbar_velayati" && x.id.0 != "abu_bakr_al_qirbi"),
        "{a:#?}"
    );
    let a = analyze("والتقى علي أكبر ولايتي الوفد. وقال ولايتي إن اللقاء مهم.");
    assert_eq!(speakers(&a), ["ali_akbar_velayati"], "{a:#?}");
}

#[test]
fn the_knee_ligament_is_not_rabat() {
    // الرباط الصليبي: a knee's ligament; the capital stands for Morocco only where the
    // article names Morocco too.
    let a = analyze("وقال المدرب إن اللاعب تعرض لقطع في الرباط الصليبي وسيغيب شهرين.");
    assert!(a.actors.iter().all(|x| x.id.0 != "morocco"), "{a:#?}");
    let a = analyze("ورحب المغرب بالاتفاق. وقالت الرباط إنها ستدعم تنفيذه.");
    assert_eq!(speakers(&a), ["morocco"], "{a:#?}");
}

#[test]
fn a_regnal_number_is_no_surname() {
    // إليزابيث الثانية ... الحرب العالمية الثانية: the war, not the queen again.
    let a = analyze("وهنأت الملكة إليزابيث الثانية الفائزين. وقال المؤرخ إن الحرب العالمية الثانية غيرت أوروبا.");
    let queen = a
        .actors
        .iter()
        .find(|x| x.id.0 == "elizabeth_ii")
        .expect("the queen");
    assert_eq!(queen.mentions.len(), 1, "{a:#?}");
}

#[test]
fn a_title_with_an_adjective_of_another_office_is_no_reference() {
    // الرئيس التنفيذي لشركة ... فلان: a company's head, named after the title, not the
    // president named before.
    let a = analyze(
        "واستقبل الرئيس التونسي قيس سعيد الوفد. وقال الرئيس التنفيذي لشركة الموانئ كريم باستيار إن الصادرات زادت.",
    );
    assert_eq!(speakers(&a), ["krym_bastyar"], "{a:#?}");
    let saied = a
        .actors
        .iter()
        .find(|x| x.id.0 == "kais_saied")
        .expect("the president");
    assert_eq!(saied.mentions.len(), 1, "{a:#?}");
}

#[test]
fn a_bare_title_takes_up_only_a_holder_of_the_articles_time() {
    // In 2015 شتاينماير was a foreign minister: «الرئيس» is not him, whatever he became.
    let a =
        analyze("واستقبل شتاينماير في برلين نظيره في يوليو 2015. وقال الرئيس إن المحادثات مثمرة.");
    let fm = a
        .actors
        .iter()
        .find(|x| x.id.0 == "frank_walter_steinmeier")
        .expect("named");
    assert_eq!(fm.mentions.len(), 1, "{a:#?}");
    // ... but a former holder (الأسبق، السابق) may be one of any time.
    let a = analyze(
        "وانتقد رئيس الحكومة الأسبق مهدي جمعة القانون في مارس 2019. وقال رئيس الحكومة الأسبق إن القانون ظالم.",
    );
    assert_eq!(speakers(&a), ["mehdi_jomaa"], "{a:#?}");
}

#[test]
fn a_stance_verb_before_a_number_is_a_tally() {
    // صوّت 90 نائبا بالموافقة ورفض 12 آخرون: a vote counted, no stance of the speaker.
    let a = analyze("وقال أيمن الصفدي إن المجلس أقر القانون بموافقة 90 نائبا ورفض 12 آخرين.");
    assert!(!has(&a, "ayman_safadi", StanceLabel::Condemn), "{a:#?}");
    // ... but his own rejection, its object named, is one.
    let a = analyze("وقال أيمن الصفدي إن الأردن يرفض هذا القانون.");
    assert!(has(&a, "ayman_safadi", StanceLabel::Condemn), "{a:#?}");
}

#[test]
fn a_weak_body_name_before_a_states_nisba_is_that_states() {
    // قال الهلال الأحمر الليبي: the Libyan society, not the International Federation.
    let a = analyze("وقال الهلال الأحمر الليبي إنه تلقى بلاغا عن غرق قارب.");
    assert!(a.actors.iter().all(|x| x.id.0 != "ifrc"), "{a:#?}");
}

#[test]
fn a_weak_body_name_shaped_as_an_adjective_after_a_noun_is_the_adjective() {
    // اللغة العربية، التجارة الحرة: Arab, free; no channel.
    let a = analyze(
        "وذكرت قناة العربية أن المؤتمر افتتح. وقال الوزير إن اللغة العربية والتجارة الحرة من أولوياته.",
    );
    let channel = a
        .actors
        .iter()
        .find(|x| x.id.0 == "al_arabiya")
        .expect("the channel");
    assert_eq!(channel.mentions.len(), 1, "{a:#?}");
}

#[test]
fn a_weak_body_name_before_its_adjective_is_the_common_noun() {
    // القاعدة الجوية: an air base, not al-Qaeda named earlier.
    let a = analyze("وتبنى تنظيم القاعدة الهجوم. وقال الجيش إن قواته استعادت القاعدة الجوية.");
    let q = a
        .actors
        .iter()
        .find(|x| x.id.0 == "al_qaeda")
        .expect("al-Qaeda");
    assert_eq!(q.mentions.len(), 1, "{a:#?}");
}

#[test]
fn a_club_named_after_a_capital_is_no_state() {
    // ريال مدريد، روما الإيطالي: football clubs; no Spain, no Italy.
    let a = analyze("وقال المدرب إن فريقه سيواجه ريال مدريد ثم روما الإيطالي هذا الشهر.");
    assert!(
        a.actors
            .iter()
            .all(|x| x.id.0 != "spain" && x.id.0 != "italy"),
        "{a:#?}"
    );
    // A club's president is no head of state (رئيس باريس سان جيرمان).
    let a = analyze("وقال رئيس باريس سان جيرمان إن الفريق سيفوز باللقب.");
    assert!(
        a.actors.iter().all(|x| x.id.0 != "france"
            && x.id.0 != "francois_hollande"
            && x.id.0 != "emmanuel_macron"),
        "{a:#?}"
    );
    // ... while the capital alone, or a sum of riyals before a city, stays.
    let a = analyze("وأعلنت مدريد رفضها القرار، وبلغت الخسائر مليون ريال بالرياض.");
    assert!(a.actors.iter().any(|x| x.id.0 == "spain"), "{a:#?}");
    assert!(a.actors.iter().any(|x| x.id.0 == "saudi_arabia"), "{a:#?}");
}

#[test]
fn a_place_named_like_a_ministers_surname_is_no_minister() {
    // وادي مساهل: a valley; the Algerian minister only where named in full.
    let a = analyze("وقال المعتمد إن مياه وادي مساهل غمرت الطريق.");
    assert!(
        a.actors.iter().all(|x| x.id.0 != "abdelkader_messahel"),
        "{a:#?}"
    );
}

#[test]
fn a_weak_surname_after_a_first_name_or_a_family_particle_is_someone_elses() {
    // السفير آل صالح أشاد: a family of that name, not the lexicon's Saleh.
    let a = analyze("وفي الحفل، السفير آل صالح أشاد بالطلبة المتفوقين.");
    assert!(
        a.actors.iter().all(|x| x.id.0 != "ali_abdullah_saleh"),
        "{a:#?}"
    );
}

#[test]
fn a_weak_name_two_actors_share_is_the_one_the_article_places() {
    // الجبهة الشعبية: Tunisia's Popular Front where the article names Tunisia ...
    let speaker_of = |text: &str| {
        let a = analyze(text);
        a.quotes
            .iter()
            .find_map(|q| q.speaker.clone())
            .map(|s| s.0)
            .unwrap_or_default()
    };
    assert_eq!(
        speaker_of("وأكدت الجبهة الشعبية في بيان أن الحكومة التونسية فشلت في إدارة الأزمة."),
        "popular_front_tunisia"
    );
    // ... the PFLP where it names Palestine ...
    assert_eq!(
        speaker_of("وأكدت الجبهة الشعبية في بيان أن الشعب الفلسطيني سيواصل نضاله."),
        "pflp"
    );
    // ... the one it also names in full, whatever the states ...
    assert_eq!(
        speaker_of(
            "وشاركت الجبهة الشعبية التونسية في المسيرة. وقالت الجبهة الشعبية إن الشعب الفلسطيني لن ينسى."
        ),
        "popular_front_tunisia"
    );
    // ... and no one where nothing tells them apart.
    assert_eq!(
        speaker_of("وأكدت الجبهة الشعبية في بيان أن الانتخابات مزورة."),
        ""
    );
    // A weak name of one actor alone is still its (حزب العمال, now the Tunisian
    // party's too, goes to Britain's where Britain is named).
    assert_eq!(
        speaker_of("وقال حزب العمال إن الحكومة البريطانية أخطأت في قرارها."),
        "uk_labour_party"
    );
}

#[test]
fn a_bare_title_as_subject_is_not_a_person_who_did_not_hold_it_then() {
    // In 2015 شتاينماير was a foreign minister: «وأضاف الرئيس» is someone else, unnamed;
    // «وأضاف الوزير» is him.
    let date = "2015-07-01".parse().ok();
    let said = |text: &str| Extractor::bundled().analyze_dated(text, date);
    let a = said("وقال شتاينماير إن المحادثات مثمرة. وأضاف الرئيس أن الاتفاق قريب.");
    assert_eq!(
        speaker_of(&a, "المحادثات مثمرة").as_deref(),
        Some("frank_walter_steinmeier")
    );
    assert_eq!(speaker_of(&a, "الاتفاق قريب"), None, "{a:#?}");
    let a = said("وقال شتاينماير إن المحادثات مثمرة. وأضاف الوزير أن الاتفاق قريب.");
    assert_eq!(
        speaker_of(&a, "الاتفاق قريب").as_deref(),
        Some("frank_walter_steinmeier")
    );
    // A coming holder may be one of any time (الرئيس المنتخب).
    let a = said("وقال شتاينماير إن المحادثات مثمرة. وأضاف الرئيس المنتخب أن الاتفاق قريب.");
    assert_eq!(
        speaker_of(&a, "الاتفاق قريب").as_deref(),
        Some("frank_walter_steinmeier")
    );
}

#[test]
fn a_name_and_a_generation_after_it_are_a_relative() {
    // دونالد ترامب جونيور، باراك أوباما الأب: the son and the father, not the president.
    let a = analyze(
        "وانتقد دونالد ترامب جونيور عمدة المدينة. وقال باراك أوباما الأب في رسالة إن الحياة صعبة.",
    );
    assert!(
        a.actors
            .iter()
            .all(|x| x.id.0 != "donald_trump" && x.id.0 != "barack_obama"),
        "{a:#?}"
    );
    assert_eq!(a.stances.len(), 1, "{a:#?}");
    assert_eq!(a.stances[0].label, mawqif::StanceLabel::Condemn);
    let junior = a
        .actors
        .iter()
        .find(|x| x.id.0 == a.stances[0].actor.0)
        .expect("the critic");
    assert_eq!(junior.name, "دونالد ترامب جونيور");
}

#[test]
fn a_stance_verb_after_a_definite_noun_inside_what_was_said_is_that_nouns() {
    // «الإدارة رفضت الطلب»: the management's refusal, told; no stance of the speaker's.
    let a = analyze("وأضاف وزير الخارجية المغربي ناصر بوريطة أن الإدارة رفضت الطلب.");
    assert!(a.stances.is_empty(), "{a:#?}");
    let a = analyze("وأوضح ناصر بوريطة أن اللجنة المشرفة قد رفضت ترشحين.");
    assert!(a.stances.is_empty(), "{a:#?}");
    // ... but the public's rejection is the speaker's voice, and a verb with no noun
    // before it the speaker's own.
    let a = analyze("وقال وزير الخارجية المغربي ناصر بوريطة إن الشارع يرفض هذا الاتفاق المهين.");
    assert_eq!(a.stances.len(), 1, "{a:#?}");
    let a = analyze("وقال وزير الخارجية المغربي ناصر بوريطة إننا نرفض هذا الاتفاق المهين.");
    assert_eq!(a.stances.len(), 1, "{a:#?}");
}

#[test]
fn support_received_is_no_stance_of_the_speaker() {
    // «لاقت المبادرة تأييدا»: the parties' support, which the speaker reports.
    let a = analyze("وأوضح ناصر بوريطة أن المبادرة لاقت تأييدا واسعا من الأحزاب.");
    assert!(a.stances.is_empty(), "{a:#?}");
    let a = analyze("وأوضح ناصر بوريطة أن الفعالية حظيت بإشادة جميع الزوار.");
    assert!(a.stances.is_empty(), "{a:#?}");
}

#[test]
fn a_justification_of_small_steps_needs_two_different_words() {
    // حماية ... حماية: a topic said twice, no reason given.
    let a = analyze("وقال ناصر بوريطة إن حماية التراث تتطلب حماية المواقع من الإهمال.");
    assert!(a.stances.is_empty(), "{a:#?}");
    // لحماية ... لضمان: two reasons for an act, a justification.
    let a = analyze("وقال ناصر بوريطة إن القوات انتشرت لحماية المدنيين ولضمان الهدوء.");
    assert!(
        a.stances
            .iter()
            .any(|s| s.label == mawqif::StanceLabel::Justify),
        "{a:#?}"
    );
}

#[test]
fn declining_an_offer_or_a_post_is_no_condemnation() {
    for text in [
        "وكشف ناصر بوريطة عن أسباب رفضه حقيبة الداخلية.",
        "ورفض ناصر بوريطة العرض المقدم له من النادي.",
        "ورفض ناصر بوريطة تجديد عقده مع الفريق.",
    ] {
        let a = analyze(text);
        assert!(a.stances.is_empty(), "{text}: {a:#?}");
    }
    // A decision rejected stays a condemnation, by verb or by noun.
    let a = analyze("ورفض ناصر بوريطة القرار الإسرائيلي الأخير.");
    assert_eq!(a.stances.len(), 1, "{a:#?}");
    let a = analyze("وأكد ناصر بوريطة رفضه القرار الإسرائيلي الأخير.");
    assert_eq!(a.stances.len(), 1, "{a:#?}");
}

#[test]
fn a_feminine_participle_coordinated_with_an_adjective_is_one_too() {
    // «ثابتة ومعلنة»: positions fixed and declared, no speech verb.
    let a = analyze("وقال ناصر بوريطة إن مواقف المغرب ثابتة ومعلنة ولا تحتاج إلى تأكيد.");
    assert_eq!(a.quotes.len(), 1, "{a:#?}");
    // After a definite word in بال the participle speaks again: «ومتوعدة».
    let a = analyze("وأعلنت حركة حماس في بيان أنها لم تعترف بالهزيمة ومتوعدة «سنعود أقوى من قبل».");
    assert_eq!(a.quotes.len(), 2, "{a:#?}");
}

#[test]
fn a_persons_title_ends_before_the_company_they_keep() {
    // «خالد العمري، وزير الآثار بحضور السفراء»: the title ends before بحضور.
    let a = analyze("وافتتح خالد العمري، وزير الآثار المصري بحضور عدد من السفراء المعرض.");
    let person = a
        .actors
        .iter()
        .find(|x| x.kind == mawqif::ActorKind::Person)
        .expect("the minister");
    assert!(
        person.mentions.iter().all(|m| !m.text.contains("بحضور")),
        "{a:#?}"
    );
}

#[test]
fn a_security_bodys_report_of_arrests_is_no_condemnation() {
    // The ministry reports arrests of «criminal elements»: it describes, judges no one.
    let a = analyze(
        "وأفادت وزارة الداخلية التونسية في بلاغ بأنه تم القبض على ثلاثة عناصر إجرامية \
         متورطة في عمليات سطو.",
    );
    assert!(a.stances.is_empty(), "{a:#?}");
    // ... but its own cue, or a description of its own, condemns.
    let a = analyze("وأدانت وزارة الداخلية التونسية الهجوم الإرهابي على الدورية.");
    assert_eq!(a.stances.len(), 1, "{a:#?}");
    let a = analyze("ووصفت وزارة الداخلية التونسية الهجوم بالعمل الإرهابي الجبان.");
    assert_eq!(a.stances.len(), 1, "{a:#?}");
}

#[test]
fn a_common_family_name_alone_is_no_famous_bearer() {
    // العبادي، الجبير، المقداد alone: borne by many; the lexicon's bearer only where
    // the article names them in full or by role.
    for (text, famous) in [
        ("وأكد العبادي أن المعسكر كان ناجحا.", "haider_al_abadi"),
        ("وأضاف الجبير أن المشروع سينطلق قريبا.", "adel_al_jubeir"),
        ("ويشير المقداد إلى تناقض كبير في الخطاب.", "faisal_mekdad"),
    ] {
        let a = analyze(text);
        assert!(a.actors.iter().all(|x| x.id.0 != famous), "{text}: {a:#?}");
    }
    let a = analyze(
        "وقال رئيس الوزراء العراقي حيدر العبادي إن المعركة مستمرة. وأكد العبادي أن النصر قريب.",
    );
    let abadi = a
        .actors
        .iter()
        .find(|x| x.id.0 == "haider_al_abadi")
        .expect("named in full");
    assert_eq!(abadi.mentions.len(), 2, "{a:#?}");
}

#[test]
fn a_leaders_son_or_father_of_the_same_family_name_is_himself() {
    // حافظ قائد السبسي is the president's son, حافظ الأسد the president's father.
    let a = analyze("وقال حافظ قائد السبسي إن الحزب موحد. وقال حافظ الأسد إن الجيش مستعد.");
    assert_eq!(
        speakers(&a),
        ["hafedh_caid_essebsi", "hafez_al_assad"],
        "{a:#?}"
    );
}

#[test]
fn a_name_after_a_preposition_and_its_title_is_no_subject() {
    // إلى نظيره الجزائري فلان، لمعالي الوزير فلان: the preposition governs the name
    // through the title before it; the verb after takes up the speaker before.
    let a = analyze(
        "قال ناصر بوريطة إن العلاقات جيدة. وخلال لقائه مع نظيره الجزائري أحمد عطاف، \
         أكد أن الحوار ضروري.",
    );
    assert_eq!(speakers(&a), ["nasser_bourita", "nasser_bourita"], "{a:#?}");
    let a = analyze(
        "وقال ناصر بوريطة إن الزيارة ناجحة. وقدم شكره لمعالي وزير الخارجية الجزائري أحمد \
         عطاف على حسن الاستقبال، مؤكدا أن التعاون مستمر.",
    );
    assert_eq!(speakers(&a), ["nasser_bourita", "nasser_bourita"], "{a:#?}");
    // ... and نقل عن reaches the name through a definite title: اللواء فلان.
    let a = analyze(
        "وقال مسؤول إن الاجتماع تأجل. ونقلت الصحيفة عن اللواء ناصر بوريطة قوله إن \
         الحوار ضروري.",
    );
    assert_eq!(speakers(&a), ["?", "nasser_bourita"], "{a:#?}");
}

#[test]
fn the_one_reported_from_says_what_his_saying_reports() {
    // نقلت ... عن فلان قوله: whatever stands before عن (an outlet's name of any length),
    // the possessor of قوله is the one quoted, not whoever spoke before.
    let a = analyze(
        "وقال مسؤول إن الاجتماع تأجل. ونقلت الصحف البريطانية المحلية عن ناصر بوريطة \
         قوله إن الحوار ضروري.",
    );
    assert_eq!(speakers(&a), ["?", "nasser_bourita"], "{a:#?}");
    let a = analyze(
        "وقال ناصر بوريطة إن الزيارة ناجحة. ونقلت الصحف البريطانية المحلية عن أحمد عطاف، \
         وزير الخارجية الجزائري، قوله إن التعاون مستمر.",
    );
    assert_eq!(speakers(&a), ["nasser_bourita", "ahmed_attaf"], "{a:#?}");
}

#[test]
fn a_documents_sender_speaks_in_it() {
    // رسالة / برقية من فلان ... أكد فيها: the one who sent it, not who received it nor
    // whoever is named nearest.
    let a = analyze(
        "وتلقى ناصر بوريطة برقية تهنئة من نظيره الجزائري أحمد عطاف، أكد فيها حرص بلاده \
         على التعاون.",
    );
    assert_eq!(speakers(&a), ["ahmed_attaf"], "{a:#?}");
    let a = analyze(
        "وكشفت الصحيفة عن رسالة من وزير الخارجية المغربي ناصر بوريطة إلى نظيره الجزائري \
         أحمد عطاف حمّل فيها الجزائر مسؤولية التصعيد.",
    );
    assert!(has(&a, "nasser_bourita", StanceLabel::Condemn), "{a:#?}");
    assert!(!has(&a, "ahmed_attaf", StanceLabel::Condemn), "{a:#?}");
}

#[test]
fn refusing_to_grant_allow_or_hand_over_is_no_condemnation() {
    // رفض منح / إعطاء / السماح / تسليم: an act refused, no judgement of anything.
    for text in [
        "ورفضت الحكومة المغربية منح الصحفي تأشيرة دخول.",
        "ورفض ناصر بوريطة إعطاء تفاصيل عن المفاوضات.",
        "ورفضت الحكومة الجزائرية السماح للطائرة بالهبوط.",
        "ورفضت الحكومة المغربية تسليم المتهمين.",
    ] {
        let a = analyze(text);
        assert!(a.stances.is_empty(), "{text}: {a:#?}");
    }
    // ... the same verb on a decision or a plan still condemns it.
    let a = analyze("ورفضت الحكومة المغربية قرار البرلمان الأوروبي.");
    assert_eq!(a.stances.len(), 1, "{a:#?}");
}

#[test]
fn an_act_done_illegally_is_a_fact_not_a_judgement() {
    // بطريقة غير شرعية، بصفة غير قانونية: how an act was done, told; no one condemned.
    for text in [
        "وقال ناصر بوريطة إن مئات المهاجرين دخلوا البلاد بطريقة غير شرعية الشهر الماضي.",
        "وأكدت الحكومة المغربية أن التجار رفعوا الأسعار بصفة غير قانونية.",
    ] {
        let a = analyze(text);
        assert!(a.stances.is_empty(), "{text}: {a:#?}");
    }
    // ... an act judged so is condemned, and so is an unacceptable manner.
    for text in [
        "وقال ناصر بوريطة إن بناء الجدار غير شرعي.",
        "وقال ناصر بوريطة إن الشرطة تصرفت بشكل غير مقبول.",
    ] {
        let a = analyze(text);
        assert!(
            has(&a, "nasser_bourita", StanceLabel::Condemn),
            "{text}: {a:#?}"
        );
    }
}

#[test]
fn the_one_thanked_through_an_honorific_is_not_the_thanker() {
    // شكر لفخامة الرئيس فلان: the honorific carries the preposition; the president is
    // thanked, whoever sent the thanks praises.
    let a = analyze(
        "وبعث ناصر بوريطة رسالة شكر لفخامة الرئيس عبد الفتاح السيسي، جاء فيها: نشكركم على \
         حسن الاستقبال.",
    );
    assert!(has(&a, "nasser_bourita", StanceLabel::Praise), "{a:#?}");
    assert!(
        !has(&a, "abdel_fattah_el_sisi", StanceLabel::Praise),
        "{a:#?}"
    );
}

#[test]
fn about_may_be_hawla_as_well_as_an() {
    // تساءل حول، تحدث حول: حول opens what the question or the talk was about, so the
    // speaker is the one a «وقال» after it takes up, not a name inside the question.
    let a = analyze("تساءل ناصر بوريطة حول أسباب زيارة أحمد عطاف إلى باريس. وقال إن الحوار ضروري.");
    assert_eq!(speakers(&a), ["nasser_bourita", "nasser_bourita"], "{a:#?}");
}

#[test]
fn the_predicate_of_a_verbal_noun_is_no_part_of_its_act() {
    // دعوة الجزائر ... هي تضليل: the noun and its agent are the subject of a nominal
    // sentence; what follows هي judges the call, it is not Algeria's words.
    let a = analyze("دعوة الجزائر للمغرب إلى الحوار هي مناورة وتضليل وافتراء");
    assert!(!has(&a, "algeria", StanceLabel::Condemn), "{a:#?}");
    // Said by someone, the judgement is theirs.
    let a = analyze("وقال عبد الفتاح السيسي إن دعوة الجزائر للمغرب إلى الحوار هي تضليل وافتراء.");
    assert!(
        has(&a, "abdel_fattah_el_sisi", StanceLabel::Condemn),
        "{a:#?}"
    );
    // Without the predicate the call is still the agent's own act.
    let a = analyze("إدانة الجزائر للهجوم الإرهابي على المدنيين");
    assert!(has(&a, "algeria", StanceLabel::Condemn), "{a:#?}");
}

#[test]
fn a_nisba_after_a_definite_noun_is_its_adjective_not_a_ministry() {
    // السياسة الخارجية، سياستها الخارجية، الديون الخارجية: «foreign», no foreign ministry.
    for text in [
        "وقال ناصر بوريطة إن السياسة الخارجية للمملكة ثابتة.",
        "وقال ناصر بوريطة إن المغرب لن يغير سياسته، وإن سياستها الخارجية واضحة.",
        "وأكد ناصر بوريطة أن الديون الخارجية ارتفعت.",
    ] {
        let a = analyze(text);
        assert!(
            a.actors
                .iter()
                .all(|x| !x.id.as_str().ends_with("foreign_ministry")),
            "{text}: {a:#?}"
        );
    }
    // After a verb the bare word still names the ministry of the article's state.
    let a = analyze(
        "أعلنت وزارة الخارجية المغربية عن اجتماع في الرباط. وأكدت الخارجية أن الحوار ضروري.",
    );
    let ministry = a
        .actors
        .iter()
        .find(|x| x.id.as_str() == "morocco.foreign_ministry");
    assert!(ministry.is_some_and(|m| m.mentions.len() == 2), "{a:#?}");
}

#[test]
fn a_heading_opening_with_a_verbal_noun_has_no_hidden_subject() {
    // رفض التدخل ... as a subheading names the act (the rejection of ...); read as a
    // past verb it took the last speaker for its hidden subject.
    let a = analyze(
        "وقال ناصر بوريطة إن الحوار مستمر.\nرفض التدخل الأجنبي في شؤون الدول العربية\nوجاء في \
         البيان أن التعاون ضروري.",
    );
    assert!(!has(&a, "nasser_bourita", StanceLabel::Condemn), "{a:#?}");
    // With its subject after it the heading's verb is a verb.
    let a = analyze("رفض ناصر بوريطة التدخل الأجنبي في شؤون الدول العربية\nوقال إن الحوار مستمر.");
    assert!(has(&a, "nasser_bourita", StanceLabel::Condemn), "{a:#?}");
}

#[test]
fn a_verb_after_an_unknown_subject_in_its_sentence_goes_on_with_it() {
    // وطالب تقرير المنظمات ...، واعتبره: the report's words go on, unnamed; not the
    // minister who spoke a sentence before (nor, after it, كما أكد).
    let a = analyze(
        "قال ناصر بوريطة إن الحوار مستمر. وطالب تقرير المنظمات الحقوقية الحكومة بالإفراج عن \
         المعتقلين، واعتبره خطوة أولى نحو المصالحة. كما أكد على ضرورة احترام القانون.",
    );
    assert_eq!(speakers(&a), ["nasser_bourita", "?", "?", "?"], "{a:#?}");
    // A verb of another gender does not go on with it: وأكدت takes up the state that
    // spoke before.
    let a = analyze(
        "قالت الجزائر إن الحوار مستمر. وطالب تقرير المنظمات الحقوقية السلطات بالإفراج عن \
         المعتقلين، وأكدت أن الحوار مطلوب.",
    );
    assert_eq!(speakers(&a), ["algeria", "?", "algeria"], "{a:#?}");
}

#[test]
fn a_stance_cue_reaches_over_its_object_not_over_the_sentence() {
    // رحب فلان بالاتفاق ... (thirty words on) ... بعد الجرائم الإرهابية: a sentence that
    // runs on past the welcomed agreement tells of other things; the crimes named far
    // from the cue are no condemnation of the one who welcomed.
    let a = analyze(
        "رحب ناصر بوريطة بالاتفاق الموقع بين البلدين في العاصمة الرباط يوم الاثنين الماضي \
         بحضور عدد كبير من الوزراء والسفراء وممثلي المنظمات الدولية والإقليمية ورجال \
         الأعمال والمستثمرين من مختلف الدول العربية والأجنبية في إطار المنتدى الاقتصادي \
         السنوي الذي توقف بعد الجرائم الإرهابية الوحشية التي شهدتها المدينة قبل عامين",
    );
    assert!(has(&a, "nasser_bourita", StanceLabel::Praise), "{a:#?}");
    assert!(!has(&a, "nasser_bourita", StanceLabel::Condemn), "{a:#?}");
    // Near the cue an evaluation in its object still counts (الهجوم الذي وصفه بالجريمة).
    let a = analyze("أدان ناصر بوريطة الهجوم الذي وصفه بالجريمة الإرهابية الوحشية.");
    assert!(has(&a, "nasser_bourita", StanceLabel::Condemn), "{a:#?}");
}

#[test]
fn a_name_after_a_noun_of_kinship_is_its_possessor() {
    // وقال نجل فلان، وأعرب والد الشهيد فلان عن شكره: the son and the father speak, not
    // the one they are kin to; the relative is unnamed here.
    let a = analyze("وقال نجل ناصر بوريطة إن الوضع صعب.");
    assert_eq!(speakers(&a), ["?"], "{a:#?}");
    let a = analyze("وقالت والدة الطفل أحمد الزعبي إن الحكومة لم تساعد العائلة.");
    assert_eq!(speakers(&a), ["?"], "{a:#?}");
    let a = analyze("وأعرب والد الشهيد أحمد الزعبي عن شكره للقيادة على المواساة.");
    assert!(a.stances.is_empty(), "{a:#?}");
    // With «his» on it the noun names the relative himself, the name in apposition.
    let a = analyze("وقال نجله أحمد الزعبي إن الحكومة لم تساعد العائلة.");
    assert_eq!(speakers(&a), ["ahmd_alzaby"], "{a:#?}");
}

#[test]
fn a_name_in_construct_with_kin_is_no_subject_of_a_later_verb() {
    // اتصل فلان بوالد الطفل فلان ... كما عبر: the verb's hidden subject is the caller,
    // not the child named in construct with the father.
    let a = analyze(
        "وذكر البيان أن أحمد عطاف اتصل بوالد الطفل ناصر بوريطة لتقديم تعازيه كما عبر عن \
         غضبه للجريمة.",
    );
    assert!(has(&a, "ahmed_attaf", StanceLabel::Condemn), "{a:#?}");
    assert!(!has(&a, "nasser_bourita", StanceLabel::Condemn), "{a:#?}");
}

#[test]
fn a_preposition_with_its_pronoun_after_the_verb_is_no_subject() {
    // عقد فلان لقاء ...، أكد خلاله أن: «during it», an adverbial; the verb's hidden
    // subject is the one who held the meeting, not someone unnamed.
    let a = analyze("عقد ناصر بوريطة لقاء صحفيا مع نظيره الموريتاني، أكد خلاله أن الحوار ضروري.");
    assert_eq!(speakers(&a), ["nasser_bourita"], "{a:#?}");
}

#[test]
fn an_institute_is_a_body_and_the_said_one_refers_back() {
    // المعهد الوطني للرصد الجوي: an institute the lexicon lacks speaks; «المعهد المذكور»
    // after it is that institute again, no body of its own.
    let a = analyze(
        "أفاد المعهد الوطني للرصد الجوي بأن الأمطار ستتواصل. وأضاف المعهد المذكور أن الرياح \
         ستكون قوية.",
    );
    assert_eq!(
        speakers(&a),
        ["almahd_alwtny_llrsd_aljwy", "almahd_alwtny_llrsd_aljwy"],
        "{a:#?}"
    );
    assert!(named(&a, "المعهد الوطني للرصد الجوي"), "{a:#?}");
    let a = analyze("وقال الديوان المذكور إن الوضع صعب.");
    assert!(a.actors.is_empty(), "{a:#?}");
}

#[test]
fn historic_praises_an_act_and_describes_the_rest() {
    // علاقات تاريخية، قيمة تاريخية: a relation or a value described, no praise.
    let a = analyze("وقال أحمد عطاف إن الجزائر تجمعها علاقات تاريخية مع تونس.");
    assert!(a.stances.is_empty(), "{a:#?}");
    // اتفاق تاريخي: an act called historic is endorsed.
    let a = analyze("وقال أحمد عطاف إن البلدين وقعا على اتفاق تاريخي.");
    assert!(has(&a, "ahmed_attaf", StanceLabel::Praise), "{a:#?}");
    // وصف ... بأنه قرار «تاريخي»: the description's judgement, however long its object.
    let a = analyze(
        "ووصف أحمد عطاف القرار الأخير للجمعية العامة الذي يطالب بوقف إطلاق النار في المنطقة \
         فورا بأنه قرار «تاريخي».",
    );
    assert!(has(&a, "ahmed_attaf", StanceLabel::Praise), "{a:#?}");
}
