//! Event-data tables: one row per stance (or per quote) as CSV or TSV, for tools that
//! read CAMEO-coded events.

use std::str::FromStr;

use serde_json::value::RawValue;

use crate::{Analysis, Date};

/// What each row is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Rows {
    Stances,
    Quotes,
}

impl FromStr for Rows {
    type Err = String;
    fn from_str(s: &str) -> Result<Rows, String> {
        match s.to_ascii_lowercase().as_str() {
            "stances" | "stance" => Ok(Rows::Stances),
            "quotes" | "quote" => Ok(Rows::Quotes),
            _ => Err(format!("--rows {s:?}: expected stances or quotes")),
        }
    }
}

/// The field separator, which decides the quoting too.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Separator {
    /// CSV, quoted as RFC 4180.
    Comma,
    /// TSV: no quoting; tabs and line breaks inside a field become spaces.
    Tab,
}

const STANCE_COLUMNS: &[&str] = &[
    "id",
    "date",
    "actor",
    "actor_name",
    "actor_kind",
    "label",
    "cameo",
    "cameo_name",
    "target",
    "target_actor",
    "score",
    "evidence",
    "rules",
];

const QUOTE_COLUMNS: &[&str] = &[
    "id",
    "date",
    "speaker",
    "speaker_name",
    "speaker_kind",
    "kind",
    "cue",
    "content",
    "content_start",
    "content_end",
    "source",
];

/// The header row.
pub(crate) fn header(rows: Rows, sep: Separator) -> Vec<u8> {
    let columns = match rows {
        Rows::Stances => STANCE_COLUMNS,
        Rows::Quotes => QUOTE_COLUMNS,
    };
    let mut out = Vec::new();
    push_row(&mut out, sep, columns.iter().copied());
    out
}

/// The rows of one article, line ends included; none when it has no stance (or quote).
pub(crate) fn rows(
    rows: Rows,
    sep: Separator,
    id: Option<&RawValue>,
    date: Option<Date>,
    analysis: &Analysis,
) -> Vec<u8> {
    let id = id_text(id);
    let date = date.map(|d| d.to_string()).unwrap_or_default();
    let actor = |id: Option<&str>| {
        id.and_then(|id| analysis.actor(id))
            .map_or(("", ""), |a| (a.name.as_str(), a.kind.as_str()))
    };
    let mut out = Vec::new();
    match rows {
        Rows::Stances => {
            for s in &analysis.stances {
                let (name, kind) = actor(Some(s.actor.as_str()));
                let score = format!("{:.4}", s.score);
                let evidence = s.evidence.first().map_or("", |e| e.span.text.as_str());
                let rules = s
                    .evidence
                    .iter()
                    .flat_map(|e| e.rules.iter().map(String::as_str))
                    .collect::<Vec<_>>()
                    .join(" ");
                let fields = [
                    id.as_str(),
                    &date,
                    s.actor.as_str(),
                    name,
                    kind,
                    s.label.as_str(),
                    s.label.cameo(),
                    s.label.cameo_name(),
                    s.target.as_ref().map_or("", |t| t.text.as_str()),
                    s.target_actor.as_ref().map_or("", |a| a.as_str()),
                    &score,
                    evidence,
                    &rules,
                ];
                push_row(&mut out, sep, fields.into_iter());
            }
        }
        Rows::Quotes => {
            for q in &analysis.quotes {
                let speaker = q.speaker.as_ref().map(|s| s.as_str());
                let (name, kind) = actor(speaker);
                let (start, end) = (q.content.start.to_string(), q.content.end.to_string());
                let fields = [
                    id.as_str(),
                    &date,
                    speaker.unwrap_or(""),
                    name,
                    kind,
                    q.kind.as_str(),
                    q.cue.as_ref().map_or("", |c| c.text.as_str()),
                    &q.content.text,
                    &start,
                    &end,
                    &q.source,
                ];
                push_row(&mut out, sep, fields.into_iter());
            }
        }
    }
    out
}

/// An id as a table cell: a string's contents, any other JSON value as written.
pub(super) fn id_text(id: Option<&RawValue>) -> String {
    match id {
        None => String::new(),
        Some(raw) => {
            serde_json::from_str::<String>(raw.get()).unwrap_or_else(|_| raw.get().to_string())
        }
    }
}

/// Appends one row, `\n` included.
fn push_row<'a>(out: &mut Vec<u8>, sep: Separator, fields: impl Iterator<Item = &'a str>) {
    for (i, field) in fields.enumerate() {
        if i > 0 {
            out.push(match sep {
                Separator::Comma => b',',
                Separator::Tab => b'\t',
            });
        }
        match sep {
            Separator::Comma => push_csv_field(out, field),
            Separator::Tab => push_tsv_field(out, field),
        }
    }
    out.push(b'\n');
}

/// RFC 4180: a field with a comma, a quotation mark or a line break is quoted, and its
/// quotation marks doubled.
fn push_csv_field(out: &mut Vec<u8>, field: &str) {
    if !field.contains([',', '"', '\n', '\r']) {
        out.extend_from_slice(field.as_bytes());
        return;
    }
    out.push(b'"');
    for part in field.split('"').enumerate() {
        if part.0 > 0 {
            out.extend_from_slice(b"\"\"");
        }
        out.extend_from_slice(part.1.as_bytes());
    }
    out.push(b'"');
}

/// TSV has no quoting: what would break a row becomes a space.
fn push_tsv_field(out: &mut Vec<u8>, field: &str) {
    for c in field.chars() {
        let c = if matches!(c, '\t' | '\n' | '\r') {
            ' '
        } else {
            c
        };
        let mut buf = [0u8; 4];
        out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn csv(fields: &[&str]) -> String {
        let mut out = Vec::new();
        push_row(&mut out, Separator::Comma, fields.iter().copied());
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn csv_quotes_only_what_needs_it() {
        assert_eq!(csv(&["a", "b c", "مصر"]), "a,b c,مصر\n");
        assert_eq!(csv(&["a,b", "say \"no\""]), "\"a,b\",\"say \"\"no\"\"\"\n");
        assert_eq!(csv(&["two\nlines", ""]), "\"two\nlines\",\n");
    }

    #[test]
    fn tsv_turns_separators_into_spaces() {
        let mut out = Vec::new();
        push_row(&mut out, Separator::Tab, ["a\tb", "c\r\nd"].into_iter());
        assert_eq!(String::from_utf8(out).unwrap(), "a b\tc  d\n");
    }

    #[test]
    fn ids_are_cells_as_written() {
        let raw = |s: &str| RawValue::from_string(s.to_string()).unwrap();
        assert_eq!(id_text(Some(&raw("\"a,b\""))), "a,b");
        assert_eq!(
            id_text(Some(&raw("123456789012345678901234567890"))),
            "123456789012345678901234567890"
        );
        assert_eq!(id_text(None), "");
    }

    #[test]
    fn one_row_per_stance_with_its_cameo_code() {
        let text = "أدانت حركة حماس بشدة العدوان على غزة.";
        let analysis = crate::Extractor::bundled().analyze(text);
        assert!(!analysis.stances.is_empty());
        let out = rows(Rows::Stances, Separator::Comma, None, None, &analysis);
        let out = String::from_utf8(out).unwrap();
        assert_eq!(out.lines().count(), analysis.stances.len(), "{out}");
        assert!(out.contains(",condemn,111,criticize or denounce,"), "{out}");
        assert_eq!("QUOTES".parse::<Rows>(), Ok(Rows::Quotes));
        assert!("actors".parse::<Rows>().is_err());
    }
}
