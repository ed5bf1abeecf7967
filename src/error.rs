//! The error type of the crate.

use std::fmt;

/// Where in a lexicon a problem was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    /// The lexicon file's name (its path inside `lexicons/` for a bundled one).
    pub file: String,
    /// 1-based line number.
    pub line: usize,
    /// The field the problem is in, or an empty string for the block as a whole.
    pub field: String,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.field.is_empty() {
            write!(f, "{}:{}", self.file, self.line)
        } else {
            write!(f, "{}:{}: field \"{}\"", self.file, self.line, self.field)
        }
    }
}

/// Everything that can go wrong in this crate.
///
/// Analysis itself cannot fail: any `&str` gives an [`Analysis`](crate::Analysis).
/// Errors come from loading lexicons, reading gold files and parsing dates.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A lexicon entry is malformed or inconsistent.
    #[error("{location}: {message}")]
    Lexicon {
        /// File, line and field of the problem.
        location: Location,
        /// What is wrong.
        message: String,
    },
    /// A date is not `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, or does not exist.
    #[error("invalid date {0:?}: expected YYYY-MM-DD, YYYY-MM or YYYY")]
    Date(String),
    /// A gold file could not be read or does not follow the gold format.
    #[error("{path}: {message}")]
    Gold {
        /// The gold file.
        path: String,
        /// What is wrong.
        message: String,
    },
    /// An I/O error while reading a file.
    #[error("{path}: {source}")]
    Io {
        /// The file being read.
        path: String,
        /// The underlying error.
        source: std::io::Error,
    },
}

impl Error {
    pub(crate) fn lexicon(
        file: &str,
        line: usize,
        field: &str,
        message: impl Into<String>,
    ) -> Error {
        Error::Lexicon {
            location: Location {
                file: file.to_string(),
                line,
                field: field.to_string(),
            },
            message: message.into(),
        }
    }
}

/// Shorthand for results of this crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;
