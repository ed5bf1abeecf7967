//! Segmentation of normalized text: word and punctuation tokens, sentences (headlines
//! included), clauses, and the quotation marks that pair up.
//!
//! Everything here works on the folded text of [`crate::normalize`] and keeps byte
//! offsets into it. One pass makes the tokens; sentences and quotation pairs are derived
//! from the tokens without looking at the text again.

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokenKind {
    /// A run of letters and digits (Arabic, Latin or any other script).
    Word,
    /// A line break: ends a sentence and, doubled, a paragraph.
    Newline,
    /// Any other non-space character, one token each.
    Punct(char),
}

/// One token: a byte range of the normalized text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Token {
    pub start: u32,
    pub end: u32,
    pub kind: TokenKind,
}

impl Token {
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    pub fn range(&self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
}

/// The text of token `t` if it is a word, else the empty string (also past the end).
#[inline]
pub(crate) fn word_at<'t>(text: &'t str, tokens: &[Token], t: usize) -> &'t str {
    tokens
        .get(t)
        .filter(|k| k.is_word())
        .map_or("", |k| &text[k.range()])
}

/// [`word_at`] of every token, for the stages that read a token's word at nearly every
/// token: an index into this where slicing the text checks the token's kind and both
/// char boundaries at each read.
pub(crate) fn token_words<'t>(text: &'t str, tokens: &[Token]) -> Vec<&'t str> {
    (0..tokens.len())
        .map(|t| word_at(text, tokens, t))
        .collect()
}

/// Whether `word` is a number written in digits (folding has made Arabic-Indic digits
/// ASCII): 22، 2015; not the empty string of a punctuation token.
pub(crate) fn is_number(word: &str) -> bool {
    !word.is_empty() && word.bytes().all(|b| b.is_ascii_digit())
}

/// Whether token `t` is one of the punctuation marks `chars`.
#[inline]
pub(crate) fn punct_at(tokens: &[Token], t: usize, chars: &[char]) -> bool {
    matches!(tokens.get(t).map(|k| k.kind), Some(TokenKind::Punct(c)) if chars.contains(&c))
}

/// Whether `c` belongs inside a word token.
pub(crate) fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    if ('\u{0620}'..='\u{064A}').contains(&c) {
        return true;
    }
    // Arabic punctuation and signs (، ؛ ؟ ...) before the letters.
    if ('\u{0600}'..='\u{061F}').contains(&c) {
        return false;
    }
    c.is_alphanumeric()
}

/// The UTF-8 bytes of the Arabic letters [`is_word_char`] takes, U+0620 to U+064A, as
/// big-endian numbers (D8 A0 to D9 8A): in valid UTF-8, a pair of bytes from a char
/// boundary falls in this range only if it is one of these letters.
pub(crate) const ARABIC_LETTERS: std::ops::RangeInclusive<u16> = 0xD8A0..=0xD98A;

/// The length in bytes of the run of two-byte chars at the start of `bytes` (UTF-8, from
/// a char boundary) that `accept` takes, each given as its two bytes read big-endian.
/// Steps a pair of bytes at a time with no bounds checks and no decoding: the hot loop
/// of both normalization and tokenization.
#[inline]
pub(crate) fn two_byte_run(bytes: &[u8], accept: impl Fn(u16) -> bool) -> usize {
    // Two chars a step: half the loop's own work per char.
    let mut quads = bytes.chunks_exact(4);
    let mut n = 0;
    for q in &mut quads {
        if !accept(u16::from_be_bytes([q[0], q[1]])) {
            return n;
        }
        if !accept(u16::from_be_bytes([q[2], q[3]])) {
            return n + 2;
        }
        n += 4;
    }
    match quads.remainder() {
        [a, b, ..] if accept(u16::from_be_bytes([*a, *b])) => n + 2,
        _ => n,
    }
}

/// An optional index (of a mention, a quotation …) for each token: 4 bytes a token where
/// a `Vec<Option<usize>>` took 16, all of which had to be zeroed for every article.
#[derive(Debug, Clone)]
pub(crate) struct TokenMap(Vec<u32>);

impl TokenMap {
    /// No index yet at any of the `n` tokens.
    pub fn new(n: usize) -> TokenMap {
        TokenMap(vec![u32::MAX; n])
    }

    /// The index at token `t`; panics past the last token, as indexing a `Vec` would.
    #[inline]
    pub fn at(&self, t: usize) -> Option<usize> {
        Some(self.0[t])
            .filter(|&i| i != u32::MAX)
            .map(|i| i as usize)
    }

    /// The index at token `t`, `None` past the last token too.
    #[inline]
    pub fn get(&self, t: usize) -> Option<usize> {
        self.0
            .get(t)
            .filter(|&&i| i != u32::MAX)
            .map(|&i| i as usize)
    }

    /// Sets the index at token `t`. Indexes are of things found in a text whose offsets
    /// fit in `u32` (see [`crate::normalize`]), fewer than its bytes.
    pub fn set(&mut self, t: usize, index: usize) {
        self.0[t] = u32::try_from(index)
            .ok()
            .filter(|&i| i != u32::MAX)
            .expect("fewer indexes than bytes of text");
    }
}

/// Splits normalized text into tokens. Spaces separate tokens and are not kept.
pub(crate) fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5 + 1);
    let mut word_start: Option<usize> = None;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // Fast path: a run of Arabic letters (most of any article), read two bytes at a
        // time rather than decoded char by char. The char that ends the run is handled
        // below at once (a run never follows one).
        let run = two_byte_run(&bytes[i..], |code| ARABIC_LETTERS.contains(&code));
        if run > 0 {
            word_start.get_or_insert(i);
            i += run;
            if i == bytes.len() {
                break;
            }
        }
        // Fast path: the space after a word, the commonest char after a letter.
        if bytes[i] == b' ' {
            if let Some(s) = word_start.take() {
                tokens.push(Token {
                    start: s as u32,
                    end: i as u32,
                    kind: TokenKind::Word,
                });
            }
            i += 1;
            continue;
        }
        // `i` is on a char boundary: every step is a whole char.
        let at = i;
        let c = text[at..].chars().next().unwrap_or(' ');
        i += c.len_utf8();
        if is_word_char(c) {
            word_start.get_or_insert(at);
            continue;
        }
        if let Some(s) = word_start.take() {
            tokens.push(Token {
                start: s as u32,
                end: at as u32,
                kind: TokenKind::Word,
            });
        }
        let kind = match c {
            ' ' => continue,
            '\n' => TokenKind::Newline,
            _ if c.is_whitespace() => continue,
            _ => TokenKind::Punct(c),
        };
        tokens.push(Token {
            start: at as u32,
            end: i as u32,
            kind,
        });
    }
    if let Some(s) = word_start {
        tokens.push(Token {
            start: s as u32,
            end: text.len() as u32,
            kind: TokenKind::Word,
        });
    }
    tokens
}

/// How a quotation mark behaves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum QuoteMark {
    Open(char),
    Close(char),
    /// `"` and similar marks that open and close alike.
    Either(char),
}

fn quote_mark(c: char) -> Option<QuoteMark> {
    match c {
        '«' => Some(QuoteMark::Open('»')),
        '»' => Some(QuoteMark::Close('»')),
        '“' => Some(QuoteMark::Open('”')),
        '”' => Some(QuoteMark::Close('”')),
        '„' => Some(QuoteMark::Open('“')),
        '‹' => Some(QuoteMark::Open('›')),
        '›' => Some(QuoteMark::Close('›')),
        '"' | '״' | '＂' => Some(QuoteMark::Either('"')),
        _ => None,
    }
}

/// The deepest nesting of open quotation marks kept while pairing.
const MAX_QUOTE_DEPTH: usize = 16;

/// A pair of quotation marks: token indexes of the opening and the closing mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Quotation {
    pub open: usize,
    pub close: usize,
}

/// Pairs quotation marks within each paragraph, left to right, in linear time.
///
/// Directional marks pair with their partner; an ambiguous `"` closes the innermost open
/// `"` or opens a new one. A mark left unpaired at the paragraph's end is dropped, so a
/// stray quote never swallows the rest of the article.
pub(crate) fn pair_quotations(tokens: &[Token]) -> Vec<Quotation> {
    let mut pairs = Vec::new();
    // Stack of (closing char expected, token index).
    let mut stack: Vec<(char, usize)> = Vec::new();
    // Whether the paragraph has an odd number of ambiguous marks: one of them is stray,
    // and the marks are then read by where they are glued. (Counted only when a mark is
    // glued against the way it would pair, from the paragraph's start seen so far: most
    // paragraphs never need it.)
    let mut odd: Option<bool> = None;
    let mut paragraph_start = 0;
    for (i, t) in tokens.iter().enumerate() {
        match t.kind {
            TokenKind::Newline => {
                // A quotation never spans a line break: news opens a quotation mark again
                // on the next paragraph, and an unpaired mark must not swallow the rest.
                stack.clear();
                odd = None;
                paragraph_start = i + 1;
                continue;
            }
            TokenKind::Punct(c) => {
                // Real quotations nest a few levels at most; a bounded stack keeps a
                // text of thousands of unmatched marks linear.
                if stack.len() > MAX_QUOTE_DEPTH {
                    stack.remove(0);
                }
                match quote_mark(c) {
                    Some(QuoteMark::Open(close)) => stack.push((close, i)),
                    Some(QuoteMark::Close(close)) => {
                        if let Some(pos) = stack.iter().rposition(|&(e, _)| e == close) {
                            let (_, open) = stack[pos];
                            stack.truncate(pos);
                            pairs.push(Quotation { open, close: i });
                        }
                    }
                    Some(QuoteMark::Either(q)) => {
                        let open_at = stack.iter().rposition(|&(e, _)| e == q);
                        let mut odd_paragraph = || {
                            *odd.get_or_insert_with(|| odd_ambiguous_marks(tokens, paragraph_start))
                        };
                        match (glued_mark(tokens, i), open_at) {
                            // «قالت" الوضع»: shaped as a closing mark with none open: the
                            // stray one, dropped.
                            (Some(Glued::Left), None) if odd_paragraph() => continue,
                            // «"الوضع» while one is open: the open one was stray.
                            (Some(Glued::Right), Some(pos)) if odd_paragraph() => {
                                stack.remove(pos);
                                stack.push((q, i));
                                continue;
                            }
                            _ => {}
                        }
                        if let Some(pos) = open_at {
                            let (_, open) = stack[pos];
                            stack.truncate(pos);
                            pairs.push(Quotation { open, close: i });
                        } else {
                            stack.push((q, i));
                        }
                    }
                    None => {}
                }
            }
            TokenKind::Word => {}
        }
    }
    pairs.sort_by_key(|q| q.open);
    pairs
}

/// Which word an ambiguous quotation mark is written against, when only one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Glued {
    /// To the word before it and not the one after (الحكومي" ...): shaped to close.
    Left,
    /// To the word after it and not the one before (... "الحكومة): shaped to open.
    Right,
}

/// Which word the mark at token `i` is written against, when it touches only one.
fn glued_mark(tokens: &[Token], i: usize) -> Option<Glued> {
    let t = &tokens[i];
    let left = i > 0 && tokens[i - 1].is_word() && tokens[i - 1].end == t.start;
    let right = tokens
        .get(i + 1)
        .is_some_and(|n| n.is_word() && n.start == t.end);
    match (left, right) {
        (true, false) => Some(Glued::Left),
        (false, true) => Some(Glued::Right),
        _ => None,
    }
}

/// Whether there is an odd number of ambiguous quotation marks from token `from` to the
/// next line break. Called at most once a paragraph, so pairing stays linear.
fn odd_ambiguous_marks(tokens: &[Token], from: usize) -> bool {
    let mut odd = false;
    for t in tokens.get(from..).unwrap_or(&[]) {
        match t.kind {
            TokenKind::Newline => break,
            TokenKind::Punct(c) if matches!(quote_mark(c), Some(QuoteMark::Either(_))) => {
                odd = !odd;
            }
            _ => {}
        }
    }
    odd
}

/// A sentence: a half-open range of token indexes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Sentence {
    pub start: usize,
    pub end: usize,
    /// The sentence is a line of its own without final punctuation: a headline or a
    /// subheading.
    pub headline: bool,
}

fn ends_sentence(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '؟' | '؛' | ';' | '…')
}

/// Whether token `i` is a clause boundary (a comma or a sentence end).
pub(crate) fn is_clause_break(tokens: &[Token], i: usize) -> bool {
    match tokens.get(i).map(|t| t.kind) {
        Some(TokenKind::Punct(c)) => matches!(c, '،' | ',' | ':') || ends_sentence(c),
        Some(TokenKind::Newline) => true,
        _ => false,
    }
}

/// Whether token `t` is an abbreviated title (د. for doctor, م. for engineer, أ. for
/// professor): a one-letter Arabic word with a period right after it.
pub(crate) fn abbreviation_at(text: &str, tokens: &[Token], t: usize) -> bool {
    let (Some(word), Some(next)) = (tokens.get(t), tokens.get(t + 1)) else {
        return false;
    };
    let mut letters = text[word.range()].chars();
    word.is_word()
        && next.kind == TokenKind::Punct('.')
        && next.start == word.end
        && matches!(
            (letters.next(), letters.next()),
            (Some('\u{0621}'..='\u{064A}'), None)
        )
}

/// Splits tokens into sentences at final punctuation and line breaks, never inside a
/// paired quotation (a quoted passage of several sentences stays in the sentence that
/// introduces it), and never at a decimal point.
pub(crate) fn sentences(text: &str, tokens: &[Token], quotes: &[Quotation]) -> Vec<Sentence> {
    // Depth of paired quotations at each token, from the pairs' boundaries.
    let mut inside = vec![0i32; tokens.len() + 1];
    for q in quotes {
        inside[q.open + 1] += 1;
        inside[q.close] -= 1;
    }
    let mut depth = 0;
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    for (i, t) in tokens.iter().enumerate() {
        depth += inside[i];
        match t.kind {
            TokenKind::Newline => {
                // A line break inside an open quotation does not end the sentence, unless
                // the paragraph ends there.
                let blank = tokens
                    .get(i + 1)
                    .is_some_and(|n| n.kind == TokenKind::Newline);
                if (depth <= 0 || blank) && i > start {
                    // A line without final punctuation: a headline or subheading.
                    out.push(Sentence {
                        start,
                        end: i,
                        headline: true,
                    });
                }
                if depth <= 0 || blank {
                    start = i + 1;
                }
            }
            TokenKind::Punct(c) if ends_sentence(c) && depth <= 0 => {
                // 3.5 and 2.000 are numbers, not sentence ends.
                let (s, e) = (t.start as usize, t.end as usize);
                let decimal = c == '.'
                    && s > 0
                    && bytes[s - 1].is_ascii_digit()
                    && bytes.get(e).is_some_and(u8::is_ascii_digit);
                // د. محمد: the period of an abbreviation ends no sentence.
                let abbreviation = i > 0 && abbreviation_at(text, tokens, i - 1);
                if !decimal && !abbreviation {
                    out.push(Sentence {
                        start,
                        end: i + 1,
                        headline: false,
                    });
                    start = i + 1;
                }
            }
            _ => {}
        }
    }
    if start < tokens.len() {
        out.push(Sentence {
            start,
            end: tokens.len(),
            headline: false,
        });
    }
    // A sentence made only of punctuation is no sentence.
    out.retain(|s| tokens[s.start..s.end].iter().any(Token::is_word));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words<'a>(text: &'a str, tokens: &[Token]) -> Vec<&'a str> {
        tokens.iter().map(|t| &text[t.range()]).collect()
    }

    /// The tokens of a char-by-char pass: what the byte-level fast path must give.
    fn tokenize_by_chars(text: &str) -> Vec<Token> {
        let mut tokens = Vec::new();
        let mut word_start: Option<usize> = None;
        for (i, c) in text.char_indices() {
            if is_word_char(c) {
                word_start.get_or_insert(i);
                continue;
            }
            if let Some(s) = word_start.take() {
                tokens.push(Token {
                    start: s as u32,
                    end: i as u32,
                    kind: TokenKind::Word,
                });
            }
            let kind = match c {
                '\n' => TokenKind::Newline,
                _ if c.is_whitespace() => continue,
                _ => TokenKind::Punct(c),
            };
            tokens.push(Token {
                start: i as u32,
                end: (i + c.len_utf8()) as u32,
                kind,
            });
        }
        if let Some(s) = word_start {
            tokens.push(Token {
                start: s as u32,
                end: text.len() as u32,
                kind: TokenKind::Word,
            });
        }
        tokens
    }

    #[test]
    fn fast_path_tokenizes_as_char_by_char() {
        // Every one- and two-byte char (Latin-1 and the Arabic block among them), alone,
        // inside a word, between spaces and after a Latin letter.
        let chars = '\u{0000}'..='\u{07FF}';
        let mut texts: Vec<String> = chars
            .flat_map(|c| {
                [
                    format!("{c}"),
                    format!("ب{c}ت"),
                    format!(" {c} "),
                    format!("a{c}"),
                ]
            })
            .collect();
        texts.push("قالت حماس، إن «الخطوة» 3.5 x\nوأضاف: ﻻ\u{200B}شيء Éé 中文".to_string());
        for text in &texts {
            assert_eq!(tokenize(text), tokenize_by_chars(text), "{text:?}");
        }
    }

    #[test]
    fn a_number_is_digits_only() {
        assert!(is_number("22") && is_number("2015"));
        assert!(!is_number("") && !is_number("22ب") && !is_number("عشرون"));
    }

    #[test]
    fn tokenizes_words_and_punctuation() {
        let text = "قالت حماس، إن «الخطوة» 3.5 x";
        let t = tokenize(text);
        assert_eq!(
            words(text, &t),
            [
                "قالت",
                "حماس",
                "،",
                "إن",
                "«",
                "الخطوة",
                "»",
                "3",
                ".",
                "5",
                "x"
            ]
        );
    }

    #[test]
    fn pairs_directional_and_ambiguous_quotes() {
        let text = "أ «ب \"ج\" د» هـ \"و";
        let t = tokenize(text);
        let q = pair_quotations(&t);
        assert_eq!(q.len(), 2);
        assert_eq!(&text[t[q[0].open].range()], "«");
        assert_eq!(&text[t[q[0].close].range()], "»");
    }

    #[test]
    fn a_stray_mark_is_told_by_where_it_is_glued() {
        // Three marks: the first, glued to the word before it, closes nothing open.
        let text = "قال إن\" الوضع صعب. وأضاف \"نحن هنا\" ثم مضى";
        let t = tokenize(text);
        let q = pair_quotations(&t);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(&text[t[q[0].open + 1].range()], "نحن");
        // Three marks again: the second, glued to the word after it, opens anew.
        let text = "قال \"الوضع صعب. وأضاف \"نحن هنا\" ثم مضى";
        let t = tokenize(text);
        let q = pair_quotations(&t);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(&text[t[q[0].open + 1].range()], "نحن");
        // An even number of marks pairs in order, whatever their spacing.
        let text = "قال\" الوضع صعب\" ثم مضى";
        let t = tokenize(text);
        assert_eq!(pair_quotations(&t).len(), 1);
    }

    #[test]
    fn unbalanced_quotes_do_not_pair_across_lines() {
        let text = "أ \"ب\nج\" د";
        let t = tokenize(text);
        assert!(pair_quotations(&t).is_empty());
    }

    #[test]
    fn an_abbreviated_title_ends_no_sentence() {
        // د. (doctor), م. (engineer): a one-letter word before the period.
        let text = "قال د. زيد إن م. عمرو وصل. ثم مضى";
        let t = tokenize(text);
        let s = sentences(text, &t, &pair_quotations(&t));
        let ends: Vec<&str> = s.iter().map(|s| &text[t[s.end - 1].range()]).collect();
        assert_eq!(ends, [".", "مضى"]);
        let at = |w: &str| t.iter().position(|k| &text[k.range()] == w).unwrap_or(0);
        assert!(abbreviation_at(text, &t, at("د")));
        assert!(abbreviation_at(text, &t, at("م")));
        assert!(!abbreviation_at(text, &t, at("وصل")));
        // A period after a space, or a letter of a longer word, is none.
        let text = "قال د . زيد";
        let t = tokenize(text);
        assert!(!abbreviation_at(text, &t, 1));
    }

    #[test]
    fn splits_sentences_and_marks_headlines() {
        let text = "عنوان الخبر\nقال زيد: «هذا. وذاك». ثم مضى 3.5 ميل؟ نعم";
        let t = tokenize(text);
        let q = pair_quotations(&t);
        let s = sentences(text, &t, &q);
        let got: Vec<(String, bool)> = s
            .iter()
            .map(|s| {
                let a = t[s.start].start as usize;
                let b = t[s.end - 1].end as usize;
                (text[a..b].to_string(), s.headline)
            })
            .collect();
        assert_eq!(
            got,
            [
                ("عنوان الخبر".to_string(), true),
                ("قال زيد: «هذا. وذاك».".to_string(), false),
                ("ثم مضى 3.5 ميل؟".to_string(), false),
                ("نعم".to_string(), false),
            ]
        );
    }

    #[test]
    fn empty_and_punctuation_only_text() {
        assert!(tokenize("").is_empty());
        let text = "... ؟؟";
        let t = tokenize(text);
        assert!(sentences(text, &t, &[]).is_empty());
    }
}
