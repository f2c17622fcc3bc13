//! The public vocabulary: labels, languages, options, entities.

use crate::date::{Timex, Ymd};
use std::borrow::Cow;
use std::fmt;

/// What an entity is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Label {
    Person,
    Place,
    Org,
    Date,
}

impl Label {
    pub const ALL: [Label; 4] = [Label::Person, Label::Place, Label::Org, Label::Date];

    pub fn as_str(self) -> &'static str {
        match self {
            Label::Person => "PERSON",
            Label::Place => "PLACE",
            Label::Org => "ORG",
            Label::Date => "DATE",
        }
    }

    /// Accepts `PERSON`, `person`, `Person`.
    pub fn parse(s: &str) -> Option<Label> {
        Label::ALL.into_iter().find(|l| l.as_str().eq_ignore_ascii_case(s))
    }

    fn bit(self) -> u8 {
        1 << self as u8
    }
}

impl fmt::Display for Label {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A set of labels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LabelSet(u8);

impl LabelSet {
    pub const ALL: LabelSet = LabelSet(0b1111);
    pub const NONE: LabelSet = LabelSet(0);

    pub fn contains(self, l: Label) -> bool {
        self.0 & l.bit() != 0
    }

    pub fn insert(&mut self, l: Label) {
        self.0 |= l.bit();
    }
}

impl Default for LabelSet {
    fn default() -> Self {
        LabelSet::ALL
    }
}

impl FromIterator<Label> for LabelSet {
    fn from_iter<I: IntoIterator<Item = Label>>(iter: I) -> Self {
        let mut s = LabelSet::NONE;
        for l in iter {
            s.insert(l);
        }
        s
    }
}

/// A supported language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    Az,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Az, Lang::En];

    pub fn code(self) -> &'static str {
        match self {
            Lang::Az => "az",
            Lang::En => "en",
        }
    }

    pub fn parse(s: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == s)
    }
}

/// Which language to analyse as.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum LangChoice {
    #[default]
    Auto,
    Fixed(Lang),
}

impl LangChoice {
    /// `auto`, `az` or `en`.
    pub fn parse(s: &str) -> Option<LangChoice> {
        if s == "auto" {
            Some(LangChoice::Auto)
        } else {
            Lang::parse(s).map(LangChoice::Fixed)
        }
    }
}

/// What `analyze` should do.
#[derive(Clone, Copy, Debug, Default)]
pub struct Options {
    pub lang: LangChoice,
    /// Labels to report; the others are still found (so that their spans
    /// shape the rest) but left out of the result.
    pub labels: LabelSet,
    /// The article's date: anchors relative and year-less dates.
    pub ref_date: Option<Ymd>,
}

/// One entity mention. Offsets are UTF-8 byte offsets into the analysed
/// text, end exclusive; the bindings convert them at the edge.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entity<'a> {
    pub start: usize,
    pub end: usize,
    pub label: Label,
    /// The mention as written, suffixes included: `İlham Əliyevə`.
    pub text: &'a str,
    /// The name without its suffixes (`İlham Əliyev`); `None` for dates.
    pub base: Option<Cow<'a, str>>,
    /// The normalised date value; `None` for names and for relative dates
    /// when no reference date is known.
    pub value: Option<Timex>,
    /// Mentions of the same real-world entity share a group id.
    pub group: u32,
}

/// The result of analysing one text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Analysis<'a> {
    pub lang: Lang,
    pub entities: Vec<Entity<'a>>,
}
