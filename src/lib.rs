//! # mawqif — who said what, and which stance they took
//!
//! `mawqif` (موقف, "stance") reads Arabic news and returns typed results:
//!
//! - **actors**: every political actor mentioned (states, governments, ministries,
//!   leaders, movements, international bodies) with a stable id, a kind and the byte span
//!   of each mention — through spelling variants, proclitics (لترامب، وحماس، للرئيس), role
//!   phrases (الرئيس الأمريكي، رئيس كازاخستان، الحكومة الكازاخية) and references back
//!   (الحركة، من جانبه, the subject inside أعربت);
//! - **quotes**: direct and indirect reported speech, each with its speaker, cue and
//!   content;
//! - **stances**: each actor's stance — condemn, praise or justify — with evidence, a
//!   target and a score.
//!
//! ```
//! use mawqif::{Extractor, StanceLabel};
//!
//! let extractor = Extractor::bundled();
//! let text = "وقالت حركة حماس في بيان إن القرار مرفوض تماما.";
//! let analysis = extractor.analyze(text);
//!
//! let quote = &analysis.quotes[0];
//! assert_eq!(quote.speaker.as_ref().unwrap().as_str(), "hamas");
//! assert_eq!(quote.content.text, "القرار مرفوض تماما");
//! // Spans index the caller's string.
//! assert_eq!(&text[quote.content.start..quote.content.end], quote.content.text);
//! assert!(analysis.stance("hamas", StanceLabel::Condemn).is_some());
//! ```
//!
//! The JSON form of an [`Analysis`] (`serde_json::to_string(&analysis)`) is the contract
//! in `docs/FORMAT.md` (the project's `SPEC.md` §1), with a JSON Schema in
//! `docs/analysis.schema.json`. Lexicons are data (`lexicons/`), compiled in and
//! replaceable through [`ExtractorBuilder`] (format: [`lexicon_format`]); [`eval`] scores
//! analyses against gold files.
//!
//! The default feature `cli` builds the `mawqif` command (module `cli`) and pulls in its
//! dependencies; a library user can do without both:
//! `mawqif = { version = "0.1", default-features = false }`.

#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod actors;
#[cfg(feature = "cli")]
pub mod cli;
mod coref;
mod date;
mod error;
pub mod eval;
mod extractor;
mod fasthash;
mod lexicon;
mod matcher;
mod normalize;
mod phrases;
mod quotes;
mod segment;
mod stance;
mod types;
pub mod view;
mod wordlist;

pub use date::Date;
pub use error::{Error, Location, Result};
pub use extractor::{normalize_for_matching, Article, Extractor, ExtractorBuilder, Stage};
pub use lexicon::{LexiconKind, LexiconSource, LexiconStats};
pub use types::{
    Actor, ActorId, ActorKind, Analysis, Evidence, Mention, ParseNameError, Quote, QuoteKind, Span,
    Stance, StanceLabel,
};

/// The lexicon file format: `lexicons/README.md`, the guide for writing your own
/// lexicons for [`ExtractorBuilder::add_lexicon`] and friends.
// Its examples are lexicon entries, not Rust: doctests must not run them.
#[cfg(not(doctest))]
#[doc = include_str!("../lexicons/README.md")]
pub mod lexicon_format {}

/// The sample article bundled with the crate (a news report written for mawqif's
/// examples), analyzed by `cargo run --example extract` when no path is given.
pub const SAMPLE_ARTICLE: &str = include_str!("../examples/data/sample.txt");
