//! Spelling normalization with a byte map back to the original text.
//!
//! Arabic news spells the same word several ways: hamza forms of alef, alef maqsura for
//! yeh, teh marbuta for heh, tatweel and harakat sprinkled in, Arabic-Indic digits,
//! presentation forms from old encoders, zero-width and bidi marks pasted inside words.
//! [`normalize`] folds all of them in one pass and records where each run of the folded
//! text came from in the original, so that every later stage works on the folded text
//! and every span is mapped back exactly once.

use crate::segment::two_byte_run;
use unicode_normalization::char::decompose_compatible;

/// Folded text plus the map back to the original string.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Normalized {
    text: String,
    /// The folded text as pieces in order: runs copied from the original and chars
    /// written in place of one. A byte of the folded text comes from the piece it falls
    /// in: from the same offset within a copied run, from the start of the source char
    /// for a written char. Articles are mostly copied runs, so there are few pieces.
    pieces: Vec<Piece>,
    original_len: usize,
    /// See [`Normalized::tanween_at`].
    tanween: Vec<u32>,
}

/// Where a piece of the folded text begins and what it came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Piece {
    /// Its first byte in the folded text.
    folded: u32,
    /// Its first byte in the original.
    original: u32,
    /// Whether it is a run copied byte for byte, or a char written in place of the one
    /// at `original`.
    copied: bool,
}

impl Normalized {
    /// The folded text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The byte offset in the original where normalized byte `pos` begins.
    ///
    /// `pos` is clamped to the folded text's length.
    pub fn original_start(&self, pos: usize) -> usize {
        if pos >= self.text.len() {
            return self.original_len;
        }
        self.original_in(pos, self.pieces_by(pos))
    }

    /// Where `pos`, inside the folded text, begins in the original, given `at`, the
    /// number of pieces that start at or before it.
    fn original_in(&self, pos: usize, at: usize) -> usize {
        // The first piece starts at 0 and `pos` is inside the text, so `at >= 1`.
        let piece = self.pieces[at.saturating_sub(1)];
        if piece.copied {
            piece.original as usize + (pos - piece.folded as usize)
        } else {
            piece.original as usize
        }
    }

    /// The number of pieces that start at or before `pos`.
    fn pieces_by(&self, pos: usize) -> usize {
        self.pieces.partition_point(|p| p.folded as usize <= pos)
    }

    /// [`Normalized::pieces_by`], given that the pieces before `from` start by `pos`:
    /// searched in steps that double from `from`, so that the end of a span, a few
    /// pieces past its start, costs a few reads rather than a second search of them all.
    fn pieces_by_after(&self, pos: usize, from: usize) -> usize {
        let starts_by = |p: &Piece| p.folded as usize <= pos;
        let pieces = &self.pieces;
        let (mut lo, mut step) = (from, 1);
        while lo + step < pieces.len() && starts_by(&pieces[lo + step]) {
            lo += step + 1;
            step *= 2;
        }
        let hi = (lo + step).min(pieces.len());
        lo + pieces[lo..hi].partition_point(starts_by)
    }

    /// The byte offset in the original where a span ending at normalized `end` ends.
    ///
    /// Marks dropped by folding that follow the span's last character (harakat on the
    /// last letter, say) stay inside it, as a reader would expect.
    pub fn original_end(&self, end: usize) -> usize {
        let end = end.min(self.text.len());
        self.original_start(end)
    }

    /// Folded offsets where a tanween (ً ٌ ٍ) was dropped, in order: each right after
    /// the letter that carried it, or after its alif (قرضًا، قرضاً). Tanween marks a word
    /// indefinite, which the actor stage reads.
    pub(crate) fn tanween_at(&self) -> &[u32] {
        &self.tanween
    }

    /// Maps a normalized half-open span to the original string.
    ///
    /// Both ends land on char boundaries of the original and `start <= end`.
    pub fn original_span(&self, start: usize, end: usize) -> (usize, usize) {
        let end = end.min(self.text.len());
        if start >= end || end == self.text.len() {
            let s = self.original_start(start);
            return (s, self.original_end(end).max(s));
        }
        // The pieces that start by `start` start by `end` too: the search for the end goes
        // on from the start's.
        let at = self.pieces_by(start);
        let s = self.original_in(start, at);
        let e = self.original_in(end, self.pieces_by_after(end, at)).max(s);
        (s, e)
    }

    /// The text of `original` (the string this was folded from) under a normalized span.
    pub(crate) fn original_text<'t>(&self, original: &'t str, start: usize, end: usize) -> &'t str {
        let (s, e) = self.original_span(start, end);
        original.get(s..e).unwrap_or("")
    }
}

/// What folding does with one character of the input.
enum Fold {
    Keep,
    Drop,
    Char(char),
    Space,
    Newline,
    Compat,
}

fn fold(c: char) -> Fold {
    match c {
        // Alef with hamza above/below, madda, wasla and their rarer forms.
        'أ' | 'إ' | 'آ' | 'ٱ' | '\u{0672}' | '\u{0673}' => Fold::Char('ا'),
        // Alef maqsura and Persian/Urdu yeh.
        'ى' | 'ی' | 'ې' | 'ۍ' => Fold::Char('ي'),
        // Hamza on a seat: مسؤول / مسئول, شؤون / شئون.
        'ؤ' | 'ئ' => Fold::Char('ء'),
        // Teh marbuta and heh variants; folded for matching only.
        'ة' | 'ۀ' | 'ە' | 'ہ' | 'ھ' => Fold::Char('ه'),
        'ک' | 'گ' => Fold::Char('ك'),
        'پ' => Fold::Char('ب'),
        'چ' => Fold::Char('ج'),
        'ژ' => Fold::Char('ز'),
        'ڤ' => Fold::Char('ف'),
        // Tatweel, harakat, superscript alef, Quranic annotation marks.
        '\u{0640}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}' => Fold::Drop,
        // Zero-width, bidi controls, the Arabic letter mark, BOM, soft hyphen.
        '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2066}'..='\u{2069}'
        | '\u{061C}'
        | '\u{FEFF}'
        | '\u{00AD}'
        | '\u{2060}' => Fold::Drop,
        '٠'..='٩' => Fold::Char(char::from(b'0' + (c as u32 - 0x0660) as u8)),
        '۰'..='۹' => Fold::Char(char::from(b'0' + (c as u32 - 0x06F0) as u8)),
        'A'..='Z' => Fold::Char(c.to_ascii_lowercase()),
        '\n' | '\r' | '\u{2028}' | '\u{2029}' | '\u{0085}' => Fold::Newline,
        ' '
        | '\t'
        | '\u{00A0}'
        | '\u{2000}'..='\u{200A}'
        | '\u{202F}'
        | '\u{205F}'
        | '\u{3000}' => Fold::Space,
        '\u{0000}'..='\u{001F}' | '\u{007F}'..='\u{009F}' => Fold::Space,
        // Presentation forms and other compatibility characters: NFKC, then fold again.
        '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFE}' | '\u{FF01}'..='\u{FF5E}' => Fold::Compat,
        _ => Fold::Keep,
    }
}

/// [`is_plain_arabic_letter`] for every two-byte character with lead byte D8 or D9
/// (U+0600 to U+067F), indexed by (lead - D8) * 64 + (second byte & 3F).
const PLAIN_ARABIC: [bool; 128] = {
    let mut table = [false; 128];
    let mut k = 0;
    while k < 128 {
        let c = 0x0600 + k as u32;
        table[k] = c >= 0x0621
            && c <= 0x064A
            && !matches!(
                c,
                0x0622 | 0x0623 | 0x0624 | 0x0625 | 0x0626 | 0x0629 | 0x0640 | 0x0649
            );
        k += 1;
    }
    table
};

/// [`PLAIN_ARABIC`] by the low six bits of a char's second byte, for the chars from U+0621
/// (D8 A1) to U+064A (D9 8A), where those bits tell the chars apart: D8 A1 to D8 BF
/// give 0x21 to 0x3F, D9 80 to D9 8A give 0x00 to 0x0A.
const PLAIN_ARABIC_BITS: u64 = {
    let mut bits = 0u64;
    let mut k = 0x21;
    while k <= 0x4A {
        if PLAIN_ARABIC[k] {
            bits |= 1 << (k & 0x3F);
        }
        k += 1;
    }
    bits
};

/// Whether a two-byte char, its UTF-8 bytes read big-endian (see
/// [`crate::segment::two_byte_run`]), is a plain Arabic letter ([`PLAIN_ARABIC`]): a range
/// test and a bit test, no table.
#[inline]
fn is_plain_arabic_code(code: u16) -> bool {
    (0xD8A1..=0xD98A).contains(&code) && PLAIN_ARABIC_BITS >> (code & 0x3F) & 1 != 0
}

/// What [`fold`] writes for the commonest letters it rewrites, each given as its two UTF-8
/// bytes read big-endian (from a char boundary).
#[inline]
fn folded_letter(code: u16) -> Option<char> {
    match code {
        // أ إ آ
        0xD8A3 | 0xD8A5 | 0xD8A2 => Some('ا'),
        // ة
        0xD8A9 => Some('ه'),
        // ى
        0xD989 => Some('ي'),
        // ؤ ئ
        0xD8A4 | 0xD8A6 => Some('ء'),
        _ => None,
    }
}

/// An Arabic letter that [`fold`] keeps as it is.
#[inline]
fn is_plain_arabic_letter(c: char) -> bool {
    matches!(c, '\u{0621}'..='\u{064A}')
        && !matches!(c, 'أ' | 'إ' | 'آ' | 'ى' | 'ة' | 'ؤ' | 'ئ' | '\u{0640}')
}

/// Folds `input` for matching and keeps the map back to it.
///
/// The result is idempotent (`normalize(normalize(x).as_str())` gives the same text),
/// its map is monotonic, and every mapped offset is a char boundary of `input`.
/// Runs of spaces collapse to one; `\r\n`, `\r` and Unicode line separators become `\n`.
pub fn normalize(input: &str) -> Normalized {
    // Offsets are u32, as are the tokens'; longer inputs are cut at the last char
    // boundary that fits (documented on `Extractor::analyze`).
    let input = truncate_to_u32(input);
    let mut text = String::with_capacity(input.len());
    let mut map: Vec<Piece> = Vec::new();
    let mut tanween: Vec<u32> = Vec::new();
    let bytes = input.as_bytes();
    let mut run_start = 0usize;
    // Whether the last char written was a space or newline (for collapsing runs).
    let mut last_space = true;
    let mut last_cr = false;

    let flush = |text: &mut String, map: &mut Vec<Piece>, from: usize, to: usize| {
        if from < to {
            map.push(Piece {
                folded: text.len() as u32,
                original: from as u32,
                copied: true,
            });
            text.push_str(&input[from..to]);
        }
    };

    let mut i = 0usize;
    while i < bytes.len() {
        // Fast path: a run of the two-byte Arabic letters folding leaves alone, most of
        // any article, decoded straight from the bytes; tested first, as the commonest.
        // The char that ends the run is handled below at once (a run never follows one).
        let run = two_byte_run(&bytes[i..], is_plain_arabic_code);
        if run > 0 {
            last_space = false;
            last_cr = false;
            i += run;
            if i == bytes.len() {
                break;
            }
        }
        let b = bytes[i];
        // Fast path: printable ASCII that folding leaves alone, and a single space.
        if (0x21..=0x7E).contains(&b) && !b.is_ascii_uppercase() {
            last_space = false;
            last_cr = false;
            i += 1;
            continue;
        }
        if b == b' ' && !last_space {
            last_space = true;
            last_cr = false;
            i += 1;
            continue;
        }
        // Fast path: the commonest letters folding rewrites (أ إ آ ة ى ؤ ئ), a few in
        // every sentence, written as the general path below would.
        if let Some(r) = bytes
            .get(i..i + 2)
            .and_then(|pair| folded_letter(u16::from_be_bytes([pair[0], pair[1]])))
        {
            flush(&mut text, &mut map, run_start, i);
            push_char(&mut text, &mut map, r, i);
            last_space = false;
            last_cr = false;
            i += 2;
            run_start = i;
            continue;
        }
        let c = input[i..].chars().next().unwrap_or('\u{FFFD}');
        let len = c.len_utf8();
        if is_plain_arabic_letter(c) {
            last_space = false;
            last_cr = false;
            i += len;
            continue;
        }
        let action = fold(c);
        let was_cr = last_cr;
        // A dropped mark between \r and \n (\r\u{200B}\n) still leaves one line break.
        if !matches!(action, Fold::Drop) {
            last_cr = c == '\r';
        }
        match action {
            Fold::Keep => {
                last_space = false;
            }
            Fold::Space if !last_space && c == ' ' => {
                last_space = true;
            }
            Fold::Newline if c == '\n' && !was_cr => {
                last_space = true;
            }
            other => {
                flush(&mut text, &mut map, run_start, i);
                match other {
                    // A tatweel standing alone between spaces is a dash (أحمد ـ خالد,
                    // a list's separator): dropped, it would join the words around it.
                    // (Not inside a \r\n pair, which stays one line break.)
                    Fold::Drop
                        if c == '\u{0640}'
                            && last_space
                            && !was_cr
                            && tatweel_stands_alone(&bytes[i..]) =>
                    {
                        push_char(&mut text, &mut map, '-', i);
                        last_space = false;
                    }
                    Fold::Drop => {
                        if matches!(c, '\u{064B}'..='\u{064D}') {
                            tanween.push(text.len() as u32);
                        }
                    }
                    Fold::Char(r) => {
                        push_char(&mut text, &mut map, r, i);
                        last_space = false;
                    }
                    Fold::Space => {
                        if !last_space {
                            push_char(&mut text, &mut map, ' ', i);
                            last_space = true;
                        }
                    }
                    Fold::Newline => {
                        // The `\n` of a `\r\n` pair was already written for the `\r`.
                        if !(c == '\n' && was_cr) {
                            push_char(&mut text, &mut map, '\n', i);
                        }
                        last_space = true;
                    }
                    Fold::Compat => {
                        for d in compat_chars(c) {
                            match fold(d) {
                                Fold::Char(r) => push_char(&mut text, &mut map, r, i),
                                Fold::Drop => {}
                                Fold::Space | Fold::Newline => {
                                    if !last_space {
                                        push_char(&mut text, &mut map, ' ', i);
                                    }
                                    last_space = true;
                                    continue;
                                }
                                _ => push_char(&mut text, &mut map, d, i),
                            }
                            last_space = false;
                        }
                    }
                    Fold::Keep => {}
                }
                run_start = i + len;
            }
        }
        i += len;
    }
    flush(&mut text, &mut map, run_start, bytes.len());
    Normalized {
        text,
        pieces: map,
        original_len: input.len(),
        tanween,
    }
}

/// Whether the tatweels `rest` starts with run up to a space, a line break or the end.
fn tatweel_stands_alone(rest: &[u8]) -> bool {
    // U+0640 is D9 80 in UTF-8.
    let mut k = 0;
    while rest.get(k..k + 2) == Some(&[0xD9, 0x80]) {
        k += 2;
    }
    matches!(rest.get(k), None | Some(b' ' | b'\n' | b'\r' | b'\t'))
}

/// Writes `c` for the source char at `from`. Inlined, as it runs for every folded char
/// (ة، أ، ى … are common letters).
#[inline]
fn push_char(text: &mut String, map: &mut Vec<Piece>, c: char, from: usize) {
    // Chars written for the same source char (a ligature's letters) share one piece.
    let same_source = map
        .last()
        .is_some_and(|p| !p.copied && p.original as usize == from);
    if !same_source {
        map.push(Piece {
            folded: text.len() as u32,
            original: from as u32,
            copied: false,
        });
    }
    text.push(c);
}

/// The compatibility decomposition of `c` (NFKC without recomposition, which Arabic
/// letters do not need), with nothing from it dropped.
fn compat_chars(c: char) -> impl Iterator<Item = char> {
    let mut out: Vec<char> = Vec::with_capacity(2);
    decompose_compatible(c, |d| out.push(d));
    out.into_iter()
}

/// Folds a short string (a lexicon name) and returns the folded text alone.
pub fn fold_str(s: &str) -> String {
    let n = normalize(s.trim());
    n.text.trim().to_string()
}

fn truncate_to_u32(input: &str) -> &str {
    const MAX: usize = u32::MAX as usize - 1;
    if input.len() <= MAX {
        return input;
    }
    let mut end = MAX;
    while !input.is_char_boundary(end) {
        end -= 1;
    }
    &input[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_hamza_alef_maqsura_teh_marbuta() {
        assert_eq!(normalize("أإآٱ").as_str(), "اااا");
        assert_eq!(normalize("مصطفى").as_str(), "مصطفي");
        assert_eq!(normalize("الحركة").as_str(), "الحركه");
        assert_eq!(normalize("مسؤول مسئول").as_str(), "مسءول مسءول");
    }

    #[test]
    fn tanween_is_noted_where_it_was_dropped() {
        // Before the alif or after it, and on a word's last letter (رجلٌ).
        let n = normalize("قرضًا جديداً، رجلٌ");
        assert_eq!(n.as_str(), "قرضا جديدا، رجل");
        let at: Vec<usize> = n.tanween_at().iter().map(|&p| p as usize).collect();
        assert_eq!(
            at,
            ["قرض".len(), "قرضا جديدا".len(), "قرضا جديدا، رجل".len()]
        );
        // Other harakat are dropped unnoted.
        assert!(normalize("مُحَمَّد").tanween_at().is_empty());
    }

    #[test]
    fn a_lone_tatweel_is_a_dash() {
        // Between spaces a tatweel separates (a list's dash); inside a word it is dropped.
        assert_eq!(normalize("أحمد ـ خالد").as_str(), "احمد - خالد");
        assert_eq!(normalize("أحمد ـــ\nخالد").as_str(), "احمد -\nخالد");
        assert_eq!(normalize("حمـاس ـ").as_str(), "حماس -");
        assert_eq!(normalize("ـ").as_str(), "-");
        assert_eq!(normalize("حمـ اس").as_str(), "حم اس");
    }

    #[test]
    fn drops_tatweel_harakat_and_invisible_marks() {
        assert_eq!(normalize("تمامًا").as_str(), "تماما");
        assert_eq!(normalize("حـــماس").as_str(), "حماس");
        assert_eq!(normalize("حم\u{200F}اس\u{200C}").as_str(), "حماس");
        assert_eq!(normalize("\u{FEFF}قال").as_str(), "قال");
    }

    #[test]
    fn folds_digits_persian_letters_and_presentation_forms() {
        assert_eq!(normalize("٢٠١٥ ۱۳۹۴").as_str(), "2015 1394");
        assert_eq!(normalize("کی").as_str(), "كي");
        // U+FEFB is the lam-alef ligature: NFKC gives lam + alef.
        assert_eq!(normalize("\u{FEFB}").as_str(), "لا");
        // Presentation form of alef with hamza above folds all the way to bare alef.
        assert_eq!(normalize("\u{FE83}").as_str(), "ا");
    }

    #[test]
    fn collapses_spaces_and_line_endings() {
        assert_eq!(normalize("a  \t b").as_str(), "a b");
        assert_eq!(normalize("a\r\nb\rc").as_str(), "a\nb\nc");
        assert_eq!(normalize("A\u{00A0}B").as_str(), "a b");
    }

    #[test]
    fn a_span_maps_as_its_two_ends_do() {
        // Many pieces: folded letters, dropped marks and copied runs in turn.
        let text = "قالَ الرئيسُ أحمدُ:  «إنّ المسؤولين ـ في الوزارة ـ اتفقوا» ي ى آ\u{200F}ب. END";
        let n = normalize(text);
        let len = n.as_str().len();
        for start in 0..=len + 2 {
            for end in 0..=len + 2 {
                let s = n.original_start(start);
                let e = n.original_end(end).max(s);
                assert_eq!(n.original_span(start, end), (s, e), "{start}..{end}");
            }
        }
    }

    #[test]
    fn maps_spans_back_to_the_original() {
        let original = "قالت «حمـاسٌ» إنّ";
        let n = normalize(original);
        let folded = n.as_str();
        let start = folded.find("حماس").unwrap();
        let (s, e) = n.original_span(start, start + "حماس".len());
        assert_eq!(&original[s..e], "حمـاسٌ");
        let (s, e) = n.original_span(0, folded.len());
        assert_eq!(&original[s..e], original);
    }

    #[test]
    fn map_is_monotonic_and_on_char_boundaries() {
        let original = "\u{FEFF}أَعْرَبَتْ  حركة \r\n\u{FEFB} ٣ ـ «x»";
        let n = normalize(original);
        let mut last = 0;
        let folded = n.as_str();
        for i in (0..=folded.len()).filter(|&i| folded.is_char_boundary(i)) {
            let o = n.original_start(i);
            assert!(o >= last);
            assert!(original.is_char_boundary(o));
            last = o;
        }
    }

    #[test]
    fn is_idempotent() {
        for s in ["أَعْرَبَتْ  حركة \r\n", "\u{FEFB}\u{FE83} x  y", "  ", "ــــ"]
        {
            let once = normalize(s);
            let twice = normalize(once.as_str());
            assert_eq!(once.as_str(), twice.as_str());
        }
    }

    #[test]
    fn a_dropped_mark_inside_crlf_leaves_one_line_break() {
        assert_eq!(normalize("a\r\u{200B}\nb").as_str(), "a\nb");
    }

    #[test]
    fn the_fast_path_agrees_with_fold() {
        for c in '\u{0600}'..='\u{06FF}' {
            if is_plain_arabic_letter(c) {
                assert!(matches!(fold(c), Fold::Keep), "{c:?}");
            }
        }
        for (k, &plain) in PLAIN_ARABIC.iter().enumerate() {
            let c = char::from_u32(0x0600 + k as u32).unwrap();
            assert_eq!(plain, is_plain_arabic_letter(c), "{c:?}");
        }
        // Every two-byte char, by its code.
        for c in '\u{0080}'..='\u{07FF}' {
            let mut buf = [0u8; 2];
            c.encode_utf8(&mut buf);
            let code = u16::from_be_bytes(buf);
            assert_eq!(
                is_plain_arabic_code(code),
                is_plain_arabic_letter(c),
                "{c:?}"
            );
            if let Some(r) = folded_letter(code) {
                assert!(matches!(fold(c), Fold::Char(f) if f == r), "{c:?}");
            }
        }
    }

    #[test]
    fn empty_input() {
        let n = normalize("");
        assert_eq!(n.as_str(), "");
        assert_eq!(n.original_span(0, 0), (0, 0));
    }

    #[test]
    fn every_folded_byte_maps_to_its_source() {
        // أ written as ا, a haraka dropped, ب and a space copied, a tatweel dropped, x
        // copied, the lam-alef ligature written as two letters.
        let original = "أَب ـx\u{FEFB}";
        let n = normalize(original);
        assert_eq!(n.as_str(), "اب xلا");
        let map: Vec<usize> = (0..=n.as_str().len())
            .map(|i| n.original_start(i))
            .collect();
        assert_eq!(map, [0, 0, 4, 5, 6, 9, 10, 10, 10, 10, 13]);
        assert_eq!(n.pieces.len(), 4, "{:?}", n.pieces);
    }
}
