//! The block format shared by every lexicon file: `field: value` lines, blocks separated
//! by blank lines, `#` comments. See `lexicons/README.md`.

use crate::error::{Error, Result};

/// Files larger than this are rejected rather than parsed: a lexicon is hand-edited data.
pub(crate) const MAX_FILE_BYTES: usize = 32 << 20;
/// A line longer than this is a mistake (a pasted article, a missing newline).
pub(crate) const MAX_LINE_BYTES: usize = 16 << 10;
/// A block with more fields than this is a mistake (missing blank lines between entries).
pub(crate) const MAX_FIELDS: usize = 512;

/// One `field: value` line.
#[derive(Debug, Clone)]
pub(crate) struct Field<'a> {
    pub name: &'a str,
    pub value: &'a str,
    pub line: usize,
}

/// One entry: the fields of consecutive non-blank lines.
#[derive(Debug, Clone)]
pub(crate) struct Block<'a> {
    pub file: &'a str,
    pub line: usize,
    pub fields: Vec<Field<'a>>,
}

impl<'a> Block<'a> {
    /// The single value of a field that must appear exactly once.
    pub fn required(&self, name: &str) -> Result<&Field<'a>> {
        let mut found = self.fields.iter().filter(|f| f.name == name);
        match (found.next(), found.next()) {
            (Some(f), None) if !f.value.is_empty() => Ok(f),
            (Some(f), None) => Err(Error::lexicon(self.file, f.line, name, "empty value")),
            (None, _) => Err(Error::lexicon(
                self.file,
                self.line,
                name,
                "missing required field",
            )),
            (Some(_), Some(g)) => Err(Error::lexicon(self.file, g.line, name, "field given twice")),
        }
    }

    /// The single value of a field that may appear at most once.
    pub fn optional(&self, name: &str) -> Result<Option<&Field<'a>>> {
        let mut found = self.fields.iter().filter(|f| f.name == name);
        match (found.next(), found.next()) {
            (None, _) => Ok(None),
            (Some(f), None) => Ok(Some(f)),
            (Some(_), Some(g)) => Err(Error::lexicon(self.file, g.line, name, "field given twice")),
        }
    }

    /// Every field of this name, in order (a repeatable field such as `role`).
    pub fn all(&self, name: &'a str) -> impl Iterator<Item = &Field<'a>> + '_ {
        self.fields.iter().filter(move |f| f.name == name)
    }

    /// The ` | `-separated items of every field of this name, with their line.
    pub fn items(&self, name: &'a str) -> Vec<(&'a str, usize)> {
        let mut out = Vec::new();
        for f in self.all(name) {
            for item in f.value.split('|') {
                let item = item.trim();
                if !item.is_empty() {
                    out.push((item, f.line));
                }
            }
        }
        out
    }

    /// Fails on a field that is not in `known`, so that a typo is never silently ignored.
    pub fn check_fields(&self, known: &[&str]) -> Result<()> {
        for f in &self.fields {
            if !known.contains(&f.name) {
                return Err(Error::lexicon(
                    self.file,
                    f.line,
                    f.name,
                    format!("unknown field (expected one of: {})", known.join(", ")),
                ));
            }
        }
        Ok(())
    }

    pub fn error(&self, field: &Field<'_>, message: impl Into<String>) -> Error {
        Error::lexicon(self.file, field.line, field.name, message)
    }
}

/// Splits a lexicon file into blocks.
pub(crate) fn parse_blocks<'a>(file: &'a str, text: &'a str) -> Result<Vec<Block<'a>>> {
    if text.len() > MAX_FILE_BYTES {
        return Err(Error::lexicon(
            file,
            1,
            "",
            format!(
                "file is {} bytes, more than the {} a lexicon may have",
                text.len(),
                MAX_FILE_BYTES
            ),
        ));
    }
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let mut blocks = Vec::new();
    let mut current: Option<Block<'a>> = None;
    for (index, raw) in text.split('\n').enumerate() {
        let line_no = index + 1;
        if raw.len() > MAX_LINE_BYTES {
            // Name the field when the line has one, for a precise error.
            let field = raw
                .get(..64)
                .or(Some(raw))
                .and_then(|head| head.split_once(':'))
                .map(|(name, _)| name.trim())
                .filter(|name| {
                    !name.is_empty()
                        && name
                            .bytes()
                            .all(|b| b.is_ascii_lowercase() || b == b'_' || b.is_ascii_digit())
                })
                .unwrap_or("");
            return Err(Error::lexicon(
                file,
                line_no,
                field,
                format!("line is {} bytes, more than {}", raw.len(), MAX_LINE_BYTES),
            ));
        }
        let line = raw.trim_end_matches('\r').trim();
        if line.starts_with('#') {
            continue;
        }
        if line.is_empty() {
            if let Some(block) = current.take() {
                blocks.push(block);
            }
            continue;
        }
        let Some((name, value)) = line.split_once(':') else {
            return Err(Error::lexicon(
                file,
                line_no,
                "",
                format!("expected `field: value`, found {:?}", truncate(line)),
            ));
        };
        let name = name.trim();
        if name.is_empty()
            || !name
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b == b'_' || b.is_ascii_digit())
        {
            return Err(Error::lexicon(
                file,
                line_no,
                name,
                "a field name is lowercase ASCII letters, digits and `_`",
            ));
        }
        let block = current.get_or_insert_with(|| Block {
            file,
            line: line_no,
            fields: Vec::new(),
        });
        if block.fields.len() >= MAX_FIELDS {
            return Err(Error::lexicon(
                file,
                line_no,
                name,
                format!("more than {MAX_FIELDS} fields in one block: is a blank line missing?"),
            ));
        }
        block.fields.push(Field {
            name,
            value: value.trim(),
            line: line_no,
        });
    }
    if let Some(block) = current.take() {
        blocks.push(block);
    }
    Ok(blocks)
}

fn truncate(s: &str) -> String {
    s.chars().take(40).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_blocks_and_skips_comments() {
        let text = "# header\nid: a\nname: A\n\n\n# between\nid: b\nnames: x | y\nnames: z\n";
        let blocks = parse_blocks("t.txt", text).unwrap();
        assert_eq!(blocks.len(), 2);
        assert_eq!(blocks[0].line, 2);
        assert_eq!(blocks[1].required("id").unwrap().value, "b");
        let items: Vec<_> = blocks[1].items("names").into_iter().map(|i| i.0).collect();
        assert_eq!(items, ["x", "y", "z"]);
    }

    #[test]
    fn names_file_line_and_field_in_errors() {
        let err = parse_blocks("t.txt", "id: a\nno colon here\n").unwrap_err();
        assert!(err.to_string().starts_with("t.txt:2"), "{err}");
        let blocks = parse_blocks("t.txt", "id: a\nid: b\n").unwrap();
        let err = blocks[0].required("id").unwrap_err();
        assert_eq!(err.to_string(), "t.txt:2: field \"id\": field given twice");
        let err = blocks[0].required("name").unwrap_err();
        assert!(err.to_string().contains("missing required field"));
        let err = parse_blocks("t.txt", "Id: a").unwrap_err();
        assert!(err.to_string().contains("lowercase"));
    }

    #[test]
    fn rejects_unknown_fields_and_absurd_sizes() {
        let blocks = parse_blocks("t.txt", "id: a\nnmae: x\n").unwrap();
        let err = blocks[0].check_fields(&["id", "name"]).unwrap_err();
        assert!(err.to_string().contains("t.txt:2: field \"nmae\""), "{err}");
        let long = format!("id: {}", "x".repeat(MAX_LINE_BYTES));
        assert!(parse_blocks("t.txt", &long).is_err());
    }

    #[test]
    fn tolerates_crlf_and_bom() {
        let blocks = parse_blocks("t.txt", "\u{FEFF}id: a\r\nname: A\r\n").unwrap();
        assert_eq!(blocks[0].required("name").unwrap().value, "A");
    }
}
