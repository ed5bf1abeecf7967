//! An analysis shown to the eye: a self-contained, right-to-left HTML page.
//!
//! [`render_page`] writes one article's page: the text, with each actor's mentions in
//! that actor's colour, quotes (cue and content) tinted by their speaker and stance
//! evidence underlined by label; beside it tables of the actors, quotes and stances.
//! Hovering or clicking a row lights its spans in the text, and clicking a span lights
//! its rows. [`render_index`] writes a page that links to many such pages.
//!
//! The pages need no network: the style and the script are inline. Every piece of the
//! article and of the analysis is HTML-escaped, so an article that contains `<script>`
//! shows it as text.
//!
//! ```
//! use mawqif::Extractor;
//! use mawqif::view::render_page;
//!
//! let text = "وقالت حركة حماس في بيان إن القرار مرفوض تماما.";
//! let analysis = Extractor::bundled().analyze(text);
//! let html = render_page(text, &analysis, "بيان حماس");
//! assert!(html.starts_with("<!DOCTYPE html>"));
//! assert!(html.contains(r#"dir="rtl""#));
//! assert!(html.contains("Hamas"));
//! ```
//!
//! ## How the text is marked up
//!
//! Spans overlap and nest (a mention inside a quote's content inside stance evidence),
//! so the text is cut at every span boundary into segments, and each segment becomes one
//! flat `<span>` whose classes and `data-k` keys name every span that covers it. No
//! element is ever nested in another, so overlapping spans cannot produce mismatched
//! tags. The work is one pass over the text after sorting the spans, plus, for each
//! segment, the number of spans covering it.

use std::collections::HashMap;
use std::fmt::Write as _;

use crate::{Analysis, QuoteKind, StanceLabel};

/// One article in the list that [`render_index`] writes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndexEntry {
    /// The article's id, shown in the list.
    pub id: String,
    /// The article's title (or a short excerpt), shown as the link.
    pub title: String,
    /// Where the article's page is, usually a relative path such as `pages/42.html`.
    pub href: String,
    /// How many actors the analysis found.
    pub actors: usize,
    /// How many quotes.
    pub quotes: usize,
    /// How many stances.
    pub stances: usize,
}

/// The HTML page of one analysis of `text`, titled `title`.
///
/// `analysis` should be the analysis of `text` (its spans are byte offsets into it); a
/// span that lies outside `text` or off a char boundary is trimmed to the nearest char
/// boundary inside, and one that becomes empty is listed in the tables but not marked in
/// the text. The page never panics and never loads anything from the network.
///
/// ```
/// use mawqif::Extractor;
/// use mawqif::view::render_page;
///
/// let text = "أدانت وزارة الخارجية الأردنية اقتحام المسجد الأقصى.";
/// let analysis = Extractor::bundled().analyze(text);
/// let html = render_page(text, &analysis, "الأردن <تدين>");
/// // The title is escaped like everything else.
/// assert!(html.contains("الأردن &lt;تدين&gt;"));
/// // Every actor has a row in the actors table.
/// for actor in &analysis.actors {
///     assert!(html.contains(actor.id.as_str()));
/// }
/// ```
pub fn render_page(text: &str, analysis: &Analysis, title: &str) -> String {
    let actor_index: HashMap<&str, usize> = analysis
        .actors
        .iter()
        .enumerate()
        .map(|(i, a)| (a.id.as_str(), i))
        .collect();

    // Marked-up Arabic news comes out at about four to five times the text's size.
    let mut out = String::with_capacity(text.len() * 5 + 16_384);
    out.push_str(
        "<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n<head>\n<meta charset=\"utf-8\">\n",
    );
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.push_str("<title>");
    escape_into(&mut out, title);
    out.push_str(" — mawqif</title>\n");
    // Installed first, so that an error anywhere in the main script is recorded.
    out.push_str("<script>");
    out.push_str(ERROR_RECORDER_JS);
    out.push_str("</script>\n<style>\n");
    out.push_str(PAGE_CSS);
    for i in 0..analysis.actors.len() {
        let [text_colour, background, tint] = actor_colours(i);
        let _ = writeln!(
            out,
            ".c{i}{{--c:{text_colour};--b:{background}}}.qs{i}{{--q:{tint};--qe:{background}}}"
        );
    }
    out.push_str("</style>\n</head>\n<body>\n<header>\n<h1>");
    escape_into(&mut out, title);
    out.push_str("</h1>\n<p class=\"summary\" dir=\"ltr\">");
    let _ = write!(
        out,
        "{} actors · {} quotes · {} stances · {} characters",
        analysis.actors.len(),
        analysis.quotes.len(),
        analysis.stances.len(),
        text.chars().count()
    );
    out.push_str("</p>\n");
    out.push_str(LEGEND_HTML);
    out.push_str("</header>\n<main>\n<article id=\"text\" data-chars=\"");
    let _ = write!(out, "{}", dom_text_length(text));
    out.push_str("\">");
    write_marked_text(&mut out, text, analysis, &actor_index);
    out.push_str("</article>\n<aside id=\"tables\">\n");
    write_actor_table(&mut out, analysis);
    // Stances before quotes: they are what an analyst looks for first.
    write_stance_table(&mut out, analysis, &actor_index);
    write_quote_table(&mut out, analysis, &actor_index);
    out.push_str("</aside>\n</main>\n<script>");
    out.push_str(PAGE_JS);
    out.push_str("</script>\n</body>\n</html>\n");
    out
}

/// An HTML page that lists articles, each linked to its page, with its counts.
///
/// ```
/// use mawqif::view::{render_index, IndexEntry};
///
/// let entries = vec![IndexEntry {
///     id: "42".into(),
///     title: "بيان الخارجية".into(),
///     href: "pages/42.html".into(),
///     actors: 3,
///     quotes: 2,
///     stances: 1,
/// }];
/// let html = render_index(&entries);
/// assert!(html.contains(r#"href="pages/42.html""#));
/// assert!(html.contains("بيان الخارجية"));
/// ```
pub fn render_index(entries: &[IndexEntry]) -> String {
    let total = |count: fn(&IndexEntry) -> usize| entries.iter().map(count).sum::<usize>();
    let mut out = String::with_capacity(entries.len() * 256 + 4096);
    out.push_str(
        "<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n<head>\n<meta charset=\"utf-8\">\n",
    );
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.push_str("<title>Articles — mawqif</title>\n<script>");
    out.push_str(ERROR_RECORDER_JS);
    out.push_str("</script>\n<style>\n");
    out.push_str(PAGE_CSS);
    out.push_str("</style>\n</head>\n<body class=\"index\">\n<header>\n<h1>Articles</h1>\n");
    let _ = writeln!(
        out,
        "<p class=\"summary\" dir=\"ltr\">{} articles · {} actors · {} quotes · {} stances</p>",
        entries.len(),
        total(|e| e.actors),
        total(|e| e.quotes),
        total(|e| e.stances)
    );
    out.push_str(
        "<p><input id=\"filter\" type=\"search\" placeholder=\"filter by id or title\" \
         dir=\"auto\"> <span id=\"shown\" class=\"summary\"></span></p>\n</header>\n\
         <table class=\"index-table\">\n<thead><tr><th data-sort=\"text\">id</th>\
         <th data-sort=\"text\">article</th><th data-sort=\"num\">actors</th>\
         <th data-sort=\"num\">quotes</th><th data-sort=\"num\">stances</th></tr></thead>\n<tbody>\n",
    );
    for entry in entries {
        out.push_str("<tr><td class=\"id\"><bdi>");
        escape_into(&mut out, &entry.id);
        out.push_str("</bdi></td><td><a href=\"");
        escape_into(&mut out, safe_href(&entry.href));
        out.push_str("\">");
        escape_into(&mut out, &entry.title);
        let _ = writeln!(
            out,
            "</a></td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
            entry.actors, entry.quotes, entry.stances
        );
    }
    out.push_str("</tbody>\n</table>\n<script>");
    out.push_str(INDEX_JS);
    out.push_str("</script>\n</body>\n</html>\n");
    out
}

/// A link target that cannot run script: `javascript:` and similar schemes become `#`.
fn safe_href(href: &str) -> &str {
    let scheme: String = href
        .trim_start()
        .chars()
        .filter(|c| !c.is_ascii_whitespace() && !c.is_control())
        .take(11)
        .collect::<String>()
        .to_ascii_lowercase();
    if scheme.starts_with("javascript:")
        || scheme.starts_with("vbscript:")
        || scheme.starts_with("data:")
    {
        "#"
    } else {
        href
    }
}

/// What a marked span of the text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    /// A mention of the actor with this index.
    Mention { actor: usize },
    /// The cue of a quote; `speaker` is the speaker's actor index.
    Cue {
        quote: usize,
        speaker: Option<usize>,
    },
    /// The content of a quote.
    Content {
        quote: usize,
        speaker: Option<usize>,
    },
    /// Evidence of a stance.
    Evidence { stance: usize, label: StanceLabel },
    /// The target of a stance.
    Target { stance: usize },
}

impl Mark {
    /// The key shared by this span and the table row it belongs to.
    fn key(self) -> String {
        match self {
            Mark::Mention { actor } => format!("a{actor}"),
            Mark::Cue { quote, .. } | Mark::Content { quote, .. } => format!("q{quote}"),
            Mark::Evidence { stance, .. } => format!("s{stance}"),
            Mark::Target { stance } => format!("t{stance}"),
        }
    }

    /// The CSS classes a segment covered by this span gets.
    fn classes(self, out: &mut Vec<String>) {
        match self {
            Mark::Mention { actor } => {
                out.push("m".into());
                out.push(format!("c{actor}"));
            }
            Mark::Cue { speaker, .. } => {
                out.push("cue".into());
                if let Some(s) = speaker {
                    out.push(format!("qs{s}"));
                }
            }
            Mark::Content { speaker, .. } => {
                out.push("qt".into());
                if let Some(s) = speaker {
                    out.push(format!("qs{s}"));
                }
            }
            Mark::Evidence { label, .. } => {
                out.push("ev".into());
                out.push(format!("ev-{}", label.as_str()));
            }
            Mark::Target { .. } => out.push("tg".into()),
        }
    }
}

/// A span of the text to mark, already trimmed to char boundaries inside the text.
#[derive(Debug, Clone, Copy)]
struct Marked {
    start: usize,
    end: usize,
    mark: Mark,
}

/// `start..end` moved onto char boundaries inside `text`; `None` when nothing is left.
fn clamp_span(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let floor = |mut i: usize| {
        i = i.min(text.len());
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let (start, end) = (floor(start), floor(end));
    (start < end).then_some((start, end))
}

/// Every span of the analysis to mark in the text, sorted by start.
fn collect_marks(
    text: &str,
    analysis: &Analysis,
    actor_index: &HashMap<&str, usize>,
) -> Vec<Marked> {
    let mut marks = Vec::new();
    let mut push = |start: usize, end: usize, mark: Mark| {
        if let Some((start, end)) = clamp_span(text, start, end) {
            marks.push(Marked { start, end, mark });
        }
    };
    for (actor, a) in analysis.actors.iter().enumerate() {
        for m in &a.mentions {
            push(m.start, m.end, Mark::Mention { actor });
        }
    }
    for (quote, q) in analysis.quotes.iter().enumerate() {
        let speaker = q
            .speaker
            .as_ref()
            .and_then(|s| actor_index.get(s.as_str()).copied());
        if let Some(cue) = &q.cue {
            push(cue.start, cue.end, Mark::Cue { quote, speaker });
        }
        push(
            q.content.start,
            q.content.end,
            Mark::Content { quote, speaker },
        );
    }
    for (stance, s) in analysis.stances.iter().enumerate() {
        for e in &s.evidence {
            push(
                e.span.start,
                e.span.end,
                Mark::Evidence {
                    stance,
                    label: s.label,
                },
            );
        }
        if let Some(t) = &s.target {
            push(t.start, t.end, Mark::Target { stance });
        }
    }
    marks.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
    marks
}

/// A speaker badge before each quote: the speaker's name, shown by CSS from an attribute
/// so that the article's text content stays exactly the input.
struct Badge {
    at: usize,
    quote: usize,
    speaker: Option<usize>,
    name: String,
}

fn collect_badges(
    text: &str,
    analysis: &Analysis,
    actor_index: &HashMap<&str, usize>,
) -> Vec<Badge> {
    let mut badges: Vec<Badge> = analysis
        .quotes
        .iter()
        .enumerate()
        .filter_map(|(quote, q)| {
            let content = clamp_span(text, q.content.start, q.content.end);
            let cue = q
                .cue
                .as_ref()
                .and_then(|c| clamp_span(text, c.start, c.end));
            let at = match (cue, content) {
                (Some(c), Some(t)) => c.0.min(t.0),
                (Some(c), None) => c.0,
                (None, Some(t)) => t.0,
                (None, None) => return None,
            };
            let speaker = q
                .speaker
                .as_ref()
                .and_then(|s| actor_index.get(s.as_str()).copied());
            let name = match (&q.speaker, speaker) {
                (_, Some(i)) => analysis.actors[i].name.clone(),
                (Some(id), None) => id.as_str().to_string(),
                (None, None) => "no speaker".to_string(),
            };
            Some(Badge {
                at,
                quote,
                speaker,
                name,
            })
        })
        .collect();
    badges.sort_by_key(|b| (b.at, b.quote));
    badges
}

/// The article text cut at every span boundary, each piece one flat `<span>` naming the
/// spans that cover it.
fn write_marked_text(
    out: &mut String,
    text: &str,
    analysis: &Analysis,
    actor_index: &HashMap<&str, usize>,
) {
    let marks = collect_marks(text, analysis, actor_index);
    let badges = collect_badges(text, analysis, actor_index);

    let mut boundaries: Vec<usize> = Vec::with_capacity(marks.len() * 2 + badges.len() + 2);
    boundaries.push(0);
    boundaries.push(text.len());
    boundaries.extend(marks.iter().flat_map(|m| [m.start, m.end]));
    boundaries.extend(badges.iter().map(|b| b.at));
    boundaries.sort_unstable();
    boundaries.dedup();

    let mut next_mark = 0;
    let mut next_badge = 0;
    let mut active: Vec<usize> = Vec::new();
    let mut classes: Vec<String> = Vec::new();
    let mut keys: Vec<String> = Vec::new();
    for pair in boundaries.windows(2) {
        let (from, to) = (pair[0], pair[1]);
        active.retain(|&i| marks[i].end > from);
        while next_mark < marks.len() && marks[next_mark].start == from {
            active.push(next_mark);
            next_mark += 1;
        }
        while next_badge < badges.len() && badges[next_badge].at == from {
            write_badge(out, &badges[next_badge]);
            next_badge += 1;
        }
        let piece = &text[from..to];
        if active.is_empty() {
            escape_text_into(out, piece);
            continue;
        }
        classes.clear();
        keys.clear();
        for &i in &active {
            let mark = marks[i].mark;
            mark.classes(&mut classes);
            keys.push(mark.key());
        }
        dedup_keep_order(&mut classes);
        dedup_keep_order(&mut keys);
        out.push_str("<span class=\"");
        out.push_str(&classes.join(" "));
        out.push_str("\" data-k=\"");
        out.push_str(&keys.join(" "));
        out.push_str("\">");
        escape_text_into(out, piece);
        out.push_str("</span>");
    }
}

fn write_badge(out: &mut String, badge: &Badge) {
    out.push_str("<span class=\"spk");
    if let Some(s) = badge.speaker {
        let _ = write!(out, " qs{s} c{s}");
    }
    let _ = write!(out, "\" data-k=\"q{}\" data-name=\"", badge.quote);
    escape_into(out, &badge.name);
    out.push_str("\"></span>");
}

fn dedup_keep_order(items: &mut Vec<String>) {
    let mut seen = std::collections::HashSet::with_capacity(items.len());
    items.retain(|s| seen.insert(s.clone()));
}

fn write_actor_table(out: &mut String, analysis: &Analysis) {
    let _ = write!(
        out,
        "<section id=\"actors\"><h2>Actors <span class=\"count\">{}</span></h2>\n\
         <table class=\"fixed\"><colgroup><col style=\"width:34%\"><col style=\"width:33%\">\
         <col style=\"width:21%\"><col></colgroup>\
         <thead><tr><th>id</th><th>name</th><th>kind</th><th>mentions</th></tr></thead><tbody>\n",
        analysis.actors.len()
    );
    for (i, actor) in analysis.actors.iter().enumerate() {
        let _ = write!(out, "<tr data-k=\"a{i}\" tabindex=\"0\" data-label=\"");
        escape_into(out, &actor.name);
        out.push_str("\"><td class=\"id\" title=\"");
        escape_into(out, actor.id.as_str());
        let _ = write!(out, "\"><span class=\"chip c{i}\"></span><bdi>");
        escape_into(out, actor.id.as_str());
        out.push_str("</bdi></td><td><bdi>");
        escape_into(out, &actor.name);
        out.push_str("</bdi></td><td>");
        // international_organization may break after its underscore, nowhere else.
        for (i, part) in actor.kind.as_str().split('_').enumerate() {
            if i > 0 {
                out.push_str("_<wbr>");
            }
            escape_into(out, part);
        }
        let _ = writeln!(
            out,
            "</td><td class=\"num\">{}</td></tr>",
            actor.mentions.len()
        );
    }
    out.push_str("</tbody></table></section>\n");
}

/// An actor id as a coloured chip when the actor is in the analysis, plain otherwise.
fn write_actor_ref(out: &mut String, id: Option<&str>, actor_index: &HashMap<&str, usize>) {
    match id {
        None => out.push_str("<span class=\"none\">—</span>"),
        Some(id) => {
            match actor_index.get(id) {
                Some(i) => {
                    let _ = write!(out, "<span class=\"ref c{i}\" title=\"");
                }
                None => out.push_str("<span class=\"ref\" title=\""),
            }
            escape_into(out, id);
            out.push_str("\">");
            escape_into(out, id);
            out.push_str("</span>");
        }
    }
}

fn write_quote_table(out: &mut String, analysis: &Analysis, actor_index: &HashMap<&str, usize>) {
    let _ = write!(
        out,
        "<section id=\"quotes\"><h2>Quotes <span class=\"count\">{}</span></h2>\n\
         <table><thead><tr><th>#</th><th>speaker</th><th>kind</th><th>cue</th><th>content</th></tr></thead><tbody>\n",
        analysis.quotes.len()
    );
    for (i, quote) in analysis.quotes.iter().enumerate() {
        let kind = match quote.kind {
            QuoteKind::Direct => "direct",
            QuoteKind::Indirect => "indirect",
        };
        let speaker = quote.speaker.as_ref().map(|s| s.as_str());
        let _ = write!(
            out,
            "<tr data-k=\"q{i}\" tabindex=\"0\" data-label=\"quote {} by ",
            i + 1
        );
        escape_into(out, speaker.unwrap_or("nobody found"));
        let _ = write!(out, "\"><td class=\"num\">{}</td><td>", i + 1);
        write_actor_ref(out, speaker, actor_index);
        let _ = write!(out, "</td><td>{kind}</td><td class=\"ar\">");
        match &quote.cue {
            Some(cue) => escape_into(out, &cue.text),
            None => out.push_str("<span class=\"none\">—</span>"),
        }
        out.push_str("</td><td class=\"ar content\"><div class=\"clip\">");
        escape_into(out, &quote.content.text);
        out.push_str("</div></td></tr>\n");
    }
    out.push_str("</tbody></table></section>\n");
}

fn write_stance_table(out: &mut String, analysis: &Analysis, actor_index: &HashMap<&str, usize>) {
    let _ = write!(
        out,
        "<section id=\"stances\"><h2>Stances <span class=\"count\">{}</span></h2>\n\
         <table class=\"fixed\"><colgroup><col style=\"width:21%\"><col style=\"width:10%\">\
         <col style=\"width:17%\"><col style=\"width:17%\"><col style=\"width:7%\"><col></colgroup>\
         <thead><tr><th>actor</th><th>label</th><th>target</th><th>target actor</th>\
         <th>score</th><th>evidence</th></tr></thead><tbody>\n",
        analysis.stances.len()
    );
    for (i, stance) in analysis.stances.iter().enumerate() {
        let label = stance.label.as_str();
        let _ = write!(out, "<tr data-k=\"s{i}\" tabindex=\"0\" data-label=\"");
        escape_into(out, stance.actor.as_str());
        let _ = write!(out, " {label}\"><td>");
        write_actor_ref(out, Some(stance.actor.as_str()), actor_index);
        let _ = write!(
            out,
            "</td><td><span class=\"label ev-{label}\">{label}</span></td><td class=\"ar target\"><div class=\"clip\">"
        );
        match &stance.target {
            Some(t) => escape_into(out, &t.text),
            None => out.push_str("<span class=\"none\">—</span>"),
        }
        out.push_str("</div></td><td>");
        write_actor_ref(
            out,
            stance.target_actor.as_ref().map(|a| a.as_str()),
            actor_index,
        );
        let _ = write!(
            out,
            "</td><td class=\"num\">{:.2}</td><td class=\"ar evidence\"><ul>",
            stance.score
        );
        for evidence in &stance.evidence {
            out.push_str("<li class=\"clip1\">");
            escape_into(out, &evidence.span.text);
            out.push_str("</li>");
        }
        out.push_str("</ul></td></tr>\n");
    }
    out.push_str("</tbody></table></section>\n");
}

/// Escapes text for an element's content or a quoted attribute value.
fn escape_into(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

/// Escapes article text. A carriage return becomes a character reference because the
/// HTML parser would otherwise fold `\r\n` into `\n`, and NUL (which the parser drops)
/// becomes U+FFFD, so that the page shows one character for each of the text's.
fn escape_text_into(out: &mut String, s: &str) {
    let mut rest = s;
    while let Some(i) = rest.find(['\r', '\0']) {
        escape_into(out, &rest[..i]);
        out.push_str(if rest.as_bytes()[i] == b'\r' {
            "&#13;"
        } else {
            "&#65533;"
        });
        rest = &rest[i + 1..];
    }
    escape_into(out, rest);
}

/// The length of the text as the page's script sees it (UTF-16 code units), so that the
/// self-test can check that no character went missing.
fn dom_text_length(text: &str) -> usize {
    text.encode_utf16().count()
}

/// Strong colours that stay apart from each other on white and in pale tints; actors
/// take them in order of first mention, so the first dozen on a page never share one.
const PALETTE: [(u8, u8, u8); 12] = [
    (0x1f, 0x4e, 0x9e), // blue
    (0xb0, 0x52, 0x00), // orange
    (0x1b, 0x6e, 0x30), // green
    (0x6a, 0x2c, 0x9e), // purple
    (0x00, 0x6d, 0x75), // teal
    (0xa8, 0x1c, 0x6e), // magenta
    (0x7a, 0x64, 0x00), // olive
    (0xa3, 0x14, 0x1c), // red
    (0x3d, 0x52, 0x5c), // slate
    (0x4d, 0x76, 0x00), // lime
    (0x0b, 0x63, 0x94), // sky
    (0x8a, 0x45, 0x2e), // brown
];

/// The colours of the actor at `index` (its place in `analysis.actors`): the text
/// colour, the mention background and the pale tint of its quotes.
fn actor_colours(index: usize) -> [String; 3] {
    let (r, g, b) = match PALETTE.get(index) {
        Some(&rgb) => rgb,
        // Past the palette, hues a golden angle apart keep neighbours distinct.
        None => hsl_to_rgb((index as f64 * 137.507_764).rem_euclid(360.0), 0.7, 0.32),
    };
    let mix = |white: f64| {
        let m = |c: u8| (f64::from(c) * (1.0 - white) + 255.0 * white).round() as u8;
        format!("#{:02x}{:02x}{:02x}", m(r), m(g), m(b))
    };
    [mix(0.0), mix(0.8), mix(0.9)]
}

fn hsl_to_rgb(hue: f64, saturation: f64, lightness: f64) -> (u8, u8, u8) {
    let chroma = (1.0 - (2.0 * lightness - 1.0).abs()) * saturation;
    let h = hue / 60.0;
    let x = chroma * (1.0 - (h.rem_euclid(2.0) - 1.0).abs());
    let (r, g, b) = match h as u32 {
        0 => (chroma, x, 0.0),
        1 => (x, chroma, 0.0),
        2 => (0.0, chroma, x),
        3 => (0.0, x, chroma),
        4 => (x, 0.0, chroma),
        _ => (chroma, 0.0, x),
    };
    let m = lightness - chroma / 2.0;
    let to_byte = |v: f64| ((v + m) * 255.0).round().clamp(0.0, 255.0) as u8;
    (to_byte(r), to_byte(g), to_byte(b))
}

const LEGEND_HTML: &str = "<p class=\"legend\" dir=\"ltr\">\
<span class=\"m c-legend\">actor mention</span> \
<span class=\"cue\">speech cue</span> \
<span class=\"qt\">quote content</span> \
<span class=\"ev ev-condemn\">condemn evidence</span> \
<span class=\"ev ev-praise\">praise evidence</span> \
<span class=\"ev ev-justify\">justify evidence</span> \
<span class=\"tg hl-t\">stance target (when lit)</span> \
<span class=\"hint\">hover or click a row to light its spans; click a span to find its rows</span>\
</p>\n";

const PAGE_CSS: &str = r#"*{box-sizing:border-box}
:root{--fg:#1d2330;--muted:#5d6675;--line:#d8dde6;--panel:#f6f7f9;
--condemn:#c62828;--praise:#2e7d32;--justify:#1f5fbf;
font-family:"Noto Naskh Arabic","Noto Sans Arabic","Amiri","KacstOne","Arial","DejaVu Sans",sans-serif}
body{margin:0;color:var(--fg);background:#fff}
header{padding:14px 24px 8px;border-bottom:1px solid var(--line)}
h1{margin:0 0 4px;font-size:22px}
h2{font-size:15px;margin:14px 0 6px}
.summary{margin:0 0 6px;color:var(--muted);font-size:13px;text-align:right}
.legend{margin:0;font-size:13px;line-height:2;text-align:right}
.legend span{margin-inline-start:10px;display:inline-block;white-space:nowrap;line-height:1.4}
.legend .hint{color:var(--muted)}
.c-legend{--c:#6a3d9a;--b:#e6dcf2}
main{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:0}
@media (max-width:900px){main{grid-template-columns:1fr}}
@media print{#tables{position:static;max-height:none;overflow:visible}}
#text{padding:18px 26px;font-size:19px;line-height:2.25;white-space:pre-wrap;overflow-wrap:anywhere}
#tables{padding:4px 18px 24px;background:var(--panel);border-inline-start:1px solid var(--line);
max-height:100vh;overflow:auto;position:sticky;top:0;font-size:13px;line-height:1.45}
table{border-collapse:collapse;width:100%;background:#fff}
th,td{border:1px solid var(--line);padding:3px 6px;text-align:start;vertical-align:top}
th{background:#eceff3;font-weight:600;font-size:12px}
tr[data-k]{cursor:pointer}
tr[data-k]:focus{outline:2px solid #1f5fbf;outline-offset:-2px}
tr[data-k]:hover{background:#fff7d6}
tr.hl{background:#ffe9a8 !important;outline:2px solid #e0a800}
td.num{text-align:center;white-space:nowrap}
td.id{white-space:nowrap;overflow:hidden;text-overflow:ellipsis;direction:ltr;text-align:right;font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:12px}
td.ar{font-size:14px}
.clip{display:-webkit-box;-webkit-line-clamp:2;-webkit-box-orient:vertical;overflow:hidden}
.clip1{white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
table.fixed{table-layout:fixed}
table.fixed td.ar{overflow-wrap:anywhere}
table.fixed .ref{display:inline-block;max-width:100%;overflow:hidden;text-overflow:ellipsis;vertical-align:bottom}
td ul{margin:0;padding:0;list-style:none}
td li+li{border-top:1px dotted var(--line)}
td.content{min-width:12em}
.ref{white-space:nowrap;direction:ltr;unicode-bidi:isolate}
.none{color:var(--muted)}
.count{color:var(--muted);font-weight:400}
.chip{display:inline-block;width:10px;height:10px;border-radius:3px;background:var(--c);margin-inline-end:5px}
.ref{color:var(--c);background:var(--b);border-radius:3px;padding:0 3px;font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:12px}
.label{font-weight:600;padding:0 4px;border-radius:3px;color:#fff;white-space:nowrap}
.label.ev-condemn{background:var(--condemn)}
.label.ev-praise{background:var(--praise)}
.label.ev-justify{background:var(--justify)}
#text span{cursor:pointer}
.qt,.cue{background:var(--q,#f1f1f1)}
.cue{font-weight:700;border-top:2px solid var(--qe,#999)}
.m{color:var(--c);background:var(--b);font-weight:700;border-radius:3px}
.ev{text-decoration-line:underline;text-decoration-thickness:2px;text-underline-offset:7px;text-decoration-skip-ink:none}
.ev-condemn{text-decoration-color:var(--condemn);text-decoration-style:solid}
.ev-praise{text-decoration-color:var(--praise);text-decoration-style:double;text-decoration-thickness:1px}
.ev-justify{text-decoration-color:var(--justify);text-decoration-style:dashed}
.spk{white-space:nowrap}
.spk::before{content:attr(data-name);display:inline-block;white-space:nowrap;line-height:1.3;font:600 11px/1 ui-sans-serif,"DejaVu Sans",sans-serif;color:#fff;
background:var(--c,#777);border-radius:8px;padding:2px 6px;margin-inline-end:3px;vertical-align:3px}
.tg.hl-t{outline:2px dashed #8a6d00;outline-offset:1px}
#text .hl{background:#ffd54f !important;color:#000;box-shadow:0 0 0 2px #ffb300}
#text .spk.hl::before{background:#e08e00}
body.index main,body.index table{max-width:1100px}
.index-table{margin:16px 24px;width:auto;min-width:60%;font-size:14px}
.index-table a{color:#1f5fbf;text-decoration:none}
.index-table a:hover{text-decoration:underline}
.index-table td{vertical-align:middle}
.index-table th[data-sort]{cursor:pointer}
#filter{font:inherit;font-size:14px;padding:3px 8px;width:22em;max-width:100%}
"#;

const ERROR_RECORDER_JS: &str = r#"
(function(){var root=document.documentElement;root.setAttribute('data-errors','0');
window.onerror=function(message,source,line){
var n=+root.getAttribute('data-errors')+1;root.setAttribute('data-errors',String(n));
root.setAttribute('data-last-error',String(message)+' @'+line);};})();
"#;

// The page's behaviour: lighting a row's spans and a span's rows, a lazy tooltip, and a
// self-test (run when the address ends in #selftest; #k=s0,a2 pins those rows instead) that clicks every row and a span
// of each and records the outcome on <html data-selftest>. It sets data-ready last.
const PAGE_JS: &str = r#"
(function(){
'use strict';
var root=document.documentElement;
var text=document.getElementById('text');
var spansByKey={};
text.querySelectorAll('[data-k]').forEach(function(el){
  el.getAttribute('data-k').split(' ').forEach(function(k){(spansByKey[k]=spansByKey[k]||[]).push(el);});
});
var rowByKey={};
document.querySelectorAll('tr[data-k]').forEach(function(tr){rowByKey[tr.getAttribute('data-k')]=tr;});
function rowFor(k){return rowByKey[k.charAt(0)==='t'?'s'+k.slice(1):k];}
var lit=[];var pinned=null;
function clear(){lit.forEach(function(el){el.classList.remove('hl','hl-t');});lit=[];}
function light(keys){
  clear();
  keys.forEach(function(k){
    var targets=k.charAt(0)==='s'?(spansByKey['t'+k.slice(1)]||[]):[];
    (spansByKey[k]||[]).forEach(function(el){el.classList.add('hl');lit.push(el);});
    targets.forEach(function(el){el.classList.add('hl-t');lit.push(el);});
    var row=rowFor(k);if(row){row.classList.add('hl');lit.push(row);}
  });
}
function restore(){if(pinned){light(pinned);}else{clear();}}
function visible(el,box){var r=el.getBoundingClientRect(),b=box?box.getBoundingClientRect():{top:0,bottom:window.innerHeight};return r.top>=b.top&&r.bottom<=b.bottom;}
function pinRow(k){
  if(pinned&&pinned.length===1&&pinned[0]===k){pinned=null;clear();return;}
  pinned=[k];light(pinned);
  var first=(spansByKey[k]||[])[0];
  if(first&&!visible(first)){first.scrollIntoView({block:'center'});}
}
function pinSpan(el){
  pinned=el.getAttribute('data-k').split(' ');light(pinned);
  var row=rowFor(pinned[0]);var box=document.getElementById('tables');
  if(row&&!visible(row,box)){row.scrollIntoView({block:'nearest'});}
}
Object.keys(rowByKey).forEach(function(k){
  var tr=rowByKey[k];
  tr.addEventListener('mouseenter',function(){light([k]);});
  tr.addEventListener('mouseleave',restore);
  tr.addEventListener('click',function(){pinRow(k);});
  tr.addEventListener('keydown',function(ev){if(ev.key==='Enter'||ev.key===' '){ev.preventDefault();pinRow(k);}});
});
text.addEventListener('click',function(ev){
  var el=ev.target.closest('[data-k]');
  if(el&&text.contains(el)){pinSpan(el);}else{pinned=null;clear();}
});
text.addEventListener('mouseover',function(ev){
  var el=ev.target.closest('[data-k]');
  if(el&&!el.title){
    el.title=el.getAttribute('data-k').split(' ').map(function(k){
      var row=rowFor(k);var label=row?row.getAttribute('data-label'):k;
      return k.charAt(0)==='t'?'target of '+label:label;
    }).join(' · ');
  }
});
function selftest(){
  var failures=[],checks=0;
  var rows=document.querySelectorAll('tr[data-k]');
  rows.forEach(function(tr){
    var k=tr.getAttribute('data-k');pinned=null;clear();
    tr.click();checks++;
    if(!tr.classList.contains('hl')){failures.push('row '+k+' not lit');}
    var own=spansByKey[k]||[];
    own.forEach(function(el){if(!el.classList.contains('hl')){failures.push('span of '+k+' not lit');}});
    if(own.length){
      pinned=null;clear();own[0].click();checks++;
      if(!tr.classList.contains('hl')){failures.push('span of '+k+' does not light its row');}
    }
  });
  pinned=null;clear();
  if(rows.length){
    checks++;rows[0].dispatchEvent(new KeyboardEvent('keydown',{key:'Enter',bubbles:true}));
    if(!rows[0].classList.contains('hl')){failures.push('Enter on a row does not light it');}
    pinned=null;clear();
  }
  var chars=text.textContent.length,expected=+text.getAttribute('data-chars');
  checks++;if(chars!==expected){failures.push('text has '+chars+' chars, expected '+expected);}
  root.setAttribute('data-selftest',failures.length?'fail: '+failures.slice(0,5).join('; '):'ok '+checks+' checks');
}
root.setAttribute('data-rows',String(document.querySelectorAll('tr[data-k]').length));
root.setAttribute('data-spans',String(text.querySelectorAll('[data-k]').length));
if(location.hash==='#selftest'){selftest();}
else if(location.hash.indexOf('#k=')===0){
  var keys=decodeURIComponent(location.hash.slice(3)).split(',').filter(function(k){return rowFor(k);});
  if(keys.length){pinned=keys;light(pinned);}
}
root.setAttribute('data-ready','1');
})();
"#;

// The index's behaviour: a filter over ids and titles (#q=TEXT fills it in), and sorting by a column when its
// heading is clicked (again to reverse). It sets data-ready last, like the page.
const INDEX_JS: &str = r#"
(function(){
'use strict';
var root=document.documentElement;
var body=document.querySelector('.index-table tbody');
var rows=Array.prototype.slice.call(body.rows);
var filter=document.getElementById('filter');
var shown=document.getElementById('shown');
function applyFilter(){
  var q=filter.value.trim().toLowerCase();var n=0;
  rows.forEach(function(tr){var hit=!q||tr.textContent.toLowerCase().indexOf(q)>=0;tr.hidden=!hit;if(hit){n++;}});
  shown.textContent=q?n+' shown':'';
}
filter.addEventListener('input',applyFilter);
var sortedBy=-1,descending=false;
document.querySelectorAll('.index-table th').forEach(function(th,col){
  th.addEventListener('click',function(){
    descending=sortedBy===col?!descending:th.getAttribute('data-sort')==='num';sortedBy=col;
    var numeric=th.getAttribute('data-sort')==='num';
    var key=function(tr){var t=tr.cells[col].textContent;return numeric?+t:t;};
    rows.sort(function(a,b){var x=key(a),y=key(b);var c=numeric?x-y:String(x).localeCompare(String(y));return descending?-c:c;});
    rows.forEach(function(tr){body.appendChild(tr);});
  });
});
if(location.hash.indexOf('#q=')===0){filter.value=decodeURIComponent(location.hash.slice(3));applyFilter();}
root.setAttribute('data-rows',String(rows.length));
root.setAttribute('data-ready','1');
})();
"#;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Actor, ActorId, ActorKind, Evidence, Mention, Quote, Span, Stance};

    fn span(text: &str, needle: &str) -> Span {
        let start = text.find(needle).expect("needle in text");
        Span::of(text, start, start + needle.len()).unwrap()
    }

    /// Evidence over `span` with no rule, built from its JSON form (SPEC §1) so that it
    /// does not depend on how the rule fields are typed.
    fn evidence(span: Span) -> Evidence {
        serde_json::from_value(serde_json::json!(span)).expect("a span is evidence")
    }

    fn mention(text: &str, needle: &str) -> Mention {
        let s = span(text, needle);
        Mention {
            start: s.start,
            end: s.end,
            text: s.text,
            via: "name".into(),
        }
    }

    /// An article with a mention inside a quote's content inside stance evidence, built
    /// by hand so that the test does not depend on the lexicons.
    fn nested() -> (String, Analysis) {
        let text = "قالت مصر إن الأردن شريك موثوق. وأدانت إيران الهجوم.".to_string();
        let analysis = Analysis {
            actors: vec![
                Actor {
                    id: ActorId::from("egypt"),
                    name: "Egypt".into(),
                    kind: ActorKind::State,
                    mentions: vec![mention(&text, "مصر")],
                },
                Actor {
                    id: ActorId::from("jordan"),
                    name: "Jordan".into(),
                    kind: ActorKind::State,
                    mentions: vec![mention(&text, "الأردن")],
                },
                Actor {
                    id: ActorId::from("iran"),
                    name: "Iran".into(),
                    kind: ActorKind::State,
                    mentions: vec![mention(&text, "إيران")],
                },
            ],
            quotes: vec![Quote {
                speaker: Some(ActorId::from("egypt")),
                kind: QuoteKind::Indirect,
                cue: Some(span(&text, "قالت")),
                content: span(&text, "الأردن شريك موثوق"),
                source: "say".into(),
            }],
            stances: vec![
                Stance {
                    actor: ActorId::from("egypt"),
                    label: StanceLabel::Praise,
                    target: Some(span(&text, "الأردن")),
                    target_actor: Some(ActorId::from("jordan")),
                    evidence: vec![evidence(span(&text, "إن الأردن شريك موثوق"))],
                    quotes: vec![0],
                    score: 0.8,
                },
                Stance {
                    actor: ActorId::from("iran"),
                    label: StanceLabel::Condemn,
                    target: Some(span(&text, "الهجوم")),
                    target_actor: None,
                    evidence: vec![evidence(span(&text, "وأدانت إيران الهجوم"))],
                    quotes: vec![],
                    score: 0.9,
                },
            ],
        };
        (text, analysis)
    }

    /// The article element's inner HTML.
    fn article_html(page: &str) -> &str {
        let open = page.find("<article id=\"text\"").expect("article element");
        let body_start = open + page[open..].find('>').unwrap() + 1;
        let end = page.find("</article>").expect("article end");
        &page[body_start..end]
    }

    /// The text content of an HTML fragment: tags dropped, entities decoded.
    fn text_content(html: &str) -> String {
        let mut out = String::new();
        let mut rest = html;
        while let Some(i) = rest.find(['<', '&']) {
            out.push_str(&rest[..i]);
            rest = &rest[i..];
            if rest.starts_with('<') {
                rest = &rest[rest.find('>').expect("tag closes") + 1..];
            } else {
                let semi = rest.find(';').expect("entity ends");
                out.push(match &rest[..=semi] {
                    "&amp;" => '&',
                    "&lt;" => '<',
                    "&gt;" => '>',
                    "&quot;" => '"',
                    "&#39;" => '\'',
                    "&#13;" => '\r',
                    "&#65533;" => '\0',
                    other => panic!("unexpected entity {other}"),
                });
                rest = &rest[semi + 1..];
            }
        }
        out.push_str(rest);
        out
    }

    /// Checks that every opening tag is closed in order (void elements aside).
    fn assert_well_nested(html: &str) {
        const VOID: [&str; 5] = ["meta", "br", "img", "input", "col"];
        let mut stack: Vec<String> = Vec::new();
        let mut rest = html;
        let mut in_raw: Option<&str> = None;
        while let Some(i) = rest.find('<') {
            rest = &rest[i..];
            if let Some(raw) = in_raw {
                let close = format!("</{raw}>");
                let at = rest.find(&close).expect("raw text element closes");
                rest = &rest[at..];
                in_raw = None;
            }
            let end = rest.find('>').expect("tag closes");
            let tag = &rest[1..end];
            rest = &rest[end + 1..];
            if tag.starts_with('!') {
                continue;
            }
            if let Some(name) = tag.strip_prefix('/') {
                let open = stack
                    .pop()
                    .unwrap_or_else(|| panic!("</{name}> closes nothing"));
                assert_eq!(open, name, "</{name}> closes <{open}>");
            } else {
                let name: String = tag
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric())
                    .collect();
                if VOID.contains(&name.as_str()) {
                    continue;
                }
                if name == "script" || name == "style" {
                    in_raw = Some(if name == "script" { "script" } else { "style" });
                }
                stack.push(name);
            }
        }
        assert!(stack.is_empty(), "unclosed: {stack:?}");
    }

    #[test]
    fn article_text_survives_markup_exactly() {
        let (text, analysis) = nested();
        let page = render_page(&text, &analysis, "t");
        assert_eq!(text_content(article_html(&page)), text);
    }

    #[test]
    fn overlapping_spans_give_each_segment_every_covering_span() {
        let (text, analysis) = nested();
        let page = render_page(&text, &analysis, "t");
        // الأردن is a mention of Jordan, inside quote 0's content, inside praise evidence
        // of stance 0, and the target of stance 0.
        let expected =
            "<span class=\"ev ev-praise qt qs0 m c1 tg\" data-k=\"s0 q0 a1 t0\">الأردن</span>";
        assert!(
            article_html(&page).contains(expected),
            "{}",
            article_html(&page)
        );
        // Outside the mention, the content is still quote and evidence.
        assert!(page
            .contains("<span class=\"ev ev-praise qt qs0\" data-k=\"s0 q0\"> شريك موثوق</span>"));
        // إن is evidence but not content.
        assert!(page.contains("<span class=\"ev ev-praise\" data-k=\"s0\">إن </span>"));
        // Condemn evidence has its own style, distinct from praise.
        assert!(page.contains("class=\"ev ev-condemn m c2\" data-k=\"s1 a2\">إيران</span>"));
        assert_well_nested(&page);
    }

    #[test]
    fn every_actor_quote_and_stance_has_a_row() {
        let (text, analysis) = nested();
        let page = render_page(&text, &analysis, "t");
        for (i, actor) in analysis.actors.iter().enumerate() {
            let row = format!(
                "<tr data-k=\"a{i}\" tabindex=\"0\" data-label=\"{}\">",
                actor.name
            );
            assert!(page.contains(&row), "missing {row}");
            assert!(page.contains(&format!("<bdi>{}</bdi>", actor.id)));
        }
        assert!(page.contains("<tr data-k=\"q0\" tabindex=\"0\" data-label=\"quote 1 by egypt\">"));
        assert!(page.contains("<div class=\"clip\">الأردن شريك موثوق</div>"));
        assert!(page.contains("<tr data-k=\"s0\" tabindex=\"0\" data-label=\"egypt praise\">"));
        assert!(page.contains("<tr data-k=\"s1\" tabindex=\"0\" data-label=\"iran condemn\">"));
        assert!(page.contains("<td class=\"num\">0.90</td>"));
        // Each row's key has spans in the text to light.
        for key in ["a0", "a1", "a2", "q0", "s0", "s1", "t0", "t1"] {
            let marked = article_html(&page)
                .split("data-k=\"")
                .skip(1)
                .any(|rest| rest[..rest.find('"').unwrap()].split(' ').any(|k| k == key));
            assert!(marked, "no span with key {key}");
        }
        // Each actor has its colour rule, and the mentions use it.
        for i in 0..analysis.actors.len() {
            assert!(
                page.contains(&format!(".c{i}{{--c:#")),
                "no colour for actor {i}"
            );
        }
        // The quote is tied to its speaker by a badge in the speaker's colour.
        assert!(
            page.contains("<span class=\"spk qs0 c0\" data-k=\"q0\" data-name=\"Egypt\"></span>")
        );
    }

    #[test]
    fn quotes_without_a_known_speaker_say_so() {
        let (text, mut analysis) = nested();
        analysis.quotes[0].speaker = None;
        let mut second = analysis.quotes[0].clone();
        second.speaker = Some(ActorId::from("not_in_the_article"));
        second.cue = None;
        second.content = span(&text, "شريك موثوق");
        analysis.quotes.push(second);
        let page = render_page(&text, &analysis, "t");
        assert!(page.contains("<span class=\"spk\" data-k=\"q0\" data-name=\"no speaker\"></span>"));
        assert!(page.contains(
            "<span class=\"spk\" data-k=\"q1\" data-name=\"not_in_the_article\"></span>"
        ));
        // Quote 0 has no speaker chip, quote 1 an uncoloured one.
        assert!(page.contains("<td><span class=\"none\">—</span></td><td>indirect</td>"));
        assert!(page.contains("<span class=\"ref\" title=\"not_in_the_article\">"));
        // The cue and content are no longer tinted by any speaker.
        assert!(!article_html(&page).contains("qs0"));
        assert_well_nested(&page);
    }

    #[test]
    fn script_in_the_article_and_names_is_shown_as_text() {
        let text = "<script>alert(1)</script> & \"قالت\" 'x'";
        let mut analysis = Analysis::default();
        analysis.actors.push(Actor {
            id: ActorId::from("<img src=x onerror=alert(1)>"),
            name: "</td><script>bad()</script>".into(),
            kind: ActorKind::Other,
            mentions: vec![Mention {
                start: 0,
                end: 8,
                text: "<script>".into(),
                via: String::new(),
            }],
        });
        let page = render_page(text, &analysis, "<b>title</b>");
        assert!(!page.contains("<script>alert"));
        assert!(!page.contains("<script>bad"));
        assert!(!page.contains("<img"));
        assert!(!page.contains("<b>title"));
        assert!(page.contains("<span class=\"m c0\" data-k=\"a0\">&lt;script&gt;</span>"));
        assert!(page.contains("alert(1)&lt;/script&gt; &amp; &quot;قالت&quot; &#39;x&#39;"));
        assert_eq!(
            page.matches("<script>").count(),
            2,
            "only the page's own two scripts"
        );
        assert_eq!(text_content(article_html(&page)), text);
        assert_well_nested(&page);
    }

    #[test]
    fn bad_spans_and_odd_inputs_do_not_panic() {
        let text = "قالت\r\nمصر";
        let mut analysis = Analysis::default();
        // Past the end, off char boundaries, reversed and empty.
        let spans = [
            (0, 1000),
            (1, 3),
            (5, 2),
            (4, 4),
            (usize::MAX - 1, usize::MAX),
        ];
        analysis.actors.push(Actor {
            id: ActorId::from("x"),
            name: "X".into(),
            kind: ActorKind::Other,
            mentions: spans
                .iter()
                .map(|&(start, end)| Mention {
                    start,
                    end,
                    text: String::new(),
                    via: String::new(),
                })
                .collect(),
        });
        analysis.quotes.push(Quote {
            speaker: Some(ActorId::from("not-an-actor")),
            kind: QuoteKind::Direct,
            cue: None,
            content: Span {
                start: 3,
                end: 9999,
                text: "?".into(),
            },
            source: String::new(),
        });
        analysis.stances.push(Stance {
            actor: ActorId::from("ghost"),
            label: StanceLabel::Justify,
            target: None,
            target_actor: None,
            evidence: vec![],
            quotes: vec![],
            // NaN whatever the score's float type.
            score: "NaN".parse().unwrap(),
        });
        let with_nul = render_page("a\0b", &Analysis::default(), "");
        assert!(article_html(&with_nul).contains("a&#65533;b"));
        assert!(article_html(&render_page(text, &Analysis::default(), "")).contains("&#13;\n"));
        for t in [text, "", "a"] {
            let page = render_page(t, &analysis, "");
            assert_eq!(text_content(article_html(&page)), t);
            assert_well_nested(&page);
        }
        assert_well_nested(&render_page("", &Analysis::default(), ""));
    }

    /// Three actors and, for each `(start, end, kind)`, a mention of actor 0 or 1, a
    /// quote (cue and content) or a stance (target and evidence) over `start..end`.
    fn analysis_with_spans(text: &str, raw: &[(usize, usize, usize)]) -> Analysis {
        let mut analysis = Analysis::default();
        for i in 0..3 {
            analysis.actors.push(Actor {
                id: ActorId(format!("actor<{i}>")),
                name: format!("Actor & {i}"),
                kind: ActorKind::Other,
                mentions: vec![],
            });
        }
        for &(start, end, kind) in raw {
            let text = text.get(start..end).unwrap_or("").to_string();
            let span = Span { start, end, text };
            match kind {
                0 | 1 => analysis.actors[kind].mentions.push(Mention {
                    start,
                    end,
                    text: span.text,
                    via: String::new(),
                }),
                2 => analysis.quotes.push(Quote {
                    speaker: Some(ActorId::from("actor<2>")),
                    kind: QuoteKind::Direct,
                    cue: Some(span.clone()),
                    content: span,
                    source: String::new(),
                }),
                _ => analysis.stances.push(Stance {
                    actor: ActorId::from("actor<0>"),
                    label: if kind == 3 {
                        StanceLabel::Condemn
                    } else {
                        StanceLabel::Justify
                    },
                    target: Some(span.clone()),
                    target_actor: None,
                    evidence: vec![evidence(span)],
                    quotes: vec![],
                    score: 0.5,
                }),
            }
        }
        analysis
    }

    proptest::proptest! {
        /// Any text with any spans, in range or not: the page keeps the text exactly,
        /// nests its tags, marks something when a span is left after trimming, and has a
        /// row for every actor, quote and stance.
        #[test]
        fn any_text_and_spans_render_faithfully(
            text in "[a-z<>&\"' \r\n\0مصرقالت«»]{0,40}",
            raw in proptest::collection::vec((0usize..90, 0usize..90, 0usize..5), 0..12),
        ) {
            let analysis = analysis_with_spans(&text, &raw);
            let page = render_page(&text, &analysis, &text);
            assert_well_nested(&page);
            let article = article_html(&page);
            proptest::prop_assert_eq!(text_content(article), text.clone());
            let markable = raw.iter().any(|&(s, e, _)| clamp_span(&text, s, e).is_some());
            proptest::prop_assert_eq!(article.contains(" data-k=\""), markable);
            let rows = 3 + analysis.quotes.len() + analysis.stances.len();
            proptest::prop_assert_eq!(page.matches("<tr data-k=").count(), rows);
        }
    }

    #[test]
    fn links_that_could_run_script_are_dropped() {
        for href in [
            "javascript:alert(1)",
            " JavaScript:alert(1)",
            "java\tscript:alert(1)",
            "java\nscript:x",
            "vbscript:x",
            "DATA:text/html,<b>",
        ] {
            assert_eq!(safe_href(href), "#", "{href:?}");
        }
        for href in [
            "pages/1.html",
            "https://example.org/a",
            "#top",
            "javascript.html",
        ] {
            assert_eq!(safe_href(href), href);
        }
    }

    #[test]
    fn clamp_span_keeps_char_boundaries() {
        let text = "مصر"; // three 2-byte letters
        assert_eq!(clamp_span(text, 0, 6), Some((0, 6)));
        assert_eq!(clamp_span(text, 1, 5), Some((0, 4)));
        assert_eq!(clamp_span(text, 2, 99), Some((2, 6)));
        assert_eq!(clamp_span(text, 3, 3), None);
        assert_eq!(clamp_span(text, 5, 1), None);
    }

    #[test]
    fn actor_colours_are_distinct_and_readable() {
        let colours: Vec<[String; 3]> = (0..60).map(actor_colours).collect();
        let mut text_colours: Vec<&String> = colours.iter().map(|c| &c[0]).collect();
        text_colours.sort_unstable();
        text_colours.dedup();
        assert_eq!(
            text_colours.len(),
            60,
            "every actor of a page has its own colour"
        );
        for [text_colour, background, tint] in &colours {
            // Dark text on a pale background: channels well apart in brightness.
            let brightness = |hex: &str| {
                (1..7)
                    .step_by(2)
                    .map(|i| u32::from_str_radix(&hex[i..i + 2], 16).unwrap())
                    .sum::<u32>()
            };
            assert!(brightness(text_colour) < 400, "{text_colour} too light");
            assert!(brightness(background) > 560, "{background} too dark");
            assert!(brightness(tint) > brightness(background));
        }
    }

    #[test]
    fn index_lists_every_entry_escaped_with_safe_links() {
        let entries = vec![
            IndexEntry {
                id: "a&b".into(),
                title: "<i>عنوان</i>".into(),
                href: "pages/a.html".into(),
                actors: 2,
                quotes: 1,
                stances: 3,
            },
            IndexEntry {
                id: "2".into(),
                title: "x".into(),
                href: " JavaScript:alert(1)".into(),
                actors: 1,
                quotes: 0,
                stances: 0,
            },
        ];
        let page = render_index(&entries);
        assert!(page.contains("<bdi>a&amp;b</bdi>"));
        assert!(page.contains("&lt;i&gt;عنوان&lt;/i&gt;"));
        assert!(page.contains("href=\"pages/a.html\""));
        assert!(!page.to_ascii_lowercase().contains("javascript:"));
        assert!(page.contains("2 articles · 3 actors · 1 quotes · 3 stances"));
        assert_well_nested(&page);
        assert_well_nested(&render_index(&[]));
    }

    #[test]
    fn large_text_renders_in_linear_size() {
        let sentence = "قالت مصر إن الأردن شريك موثوق. ";
        let text = sentence.repeat(3_000);
        let extractor = crate::Extractor::bundled();
        let analysis = extractor.analyze(&text);
        let page = render_page(&text, &analysis, "big");
        assert_eq!(text_content(article_html(&page)), text);
        assert!(page.len() < text.len() * 12, "page of {} bytes", page.len());
    }
}
