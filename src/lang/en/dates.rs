//! English date grammar over tokens: month-name dates in both orders,
//! numeric dates, weekdays, relative days, weeks, months, quarters, years
//! and decades, year numbers, and ranges; each with its TIMEX value
//! resolved against the reference date. Clock times and parts of a day
//! (`Friday morning`, `this morning`), durations and vague periods are not
//! dates: the first are claimed so that no rule marks them, the others
//! simply never match.

use super::words::Words;
use crate::candidate::{prio, Candidate, Kind as CandKind};
use crate::date::{nearest_year, Point, Timex, Ymd};
use crate::lexicon::{MONTH, WEEKDAY};
use crate::token::{Kind, SENT_START};
use crate::types::Label;

/// A matched phrase: token range, value, and whether it is reported.
pub(super) struct Found {
    pub(super) first: usize,
    pub(super) last: usize,
    pub(super) value: Option<Timex>,
    /// False for phrases claimed only to keep other rules off them.
    pub(super) entity: bool,
}

impl Found {
    pub(super) fn new(first: usize, last: usize, value: Option<Timex>) -> Found {
        Found { first, last, value, entity: true }
    }
}

/// Words after a number that make it a quantity, not a year.
const UNITS: &[&str] = &[
    "gb",
    "mb",
    "kb",
    "tb",
    "mhz",
    "ghz",
    "songs",
    "people",
    "units",
    "copies",
    "employees",
    "workers",
    "jobs",
    "dollars",
    "euros",
    "pounds",
    "percent",
    "million",
    "billion",
    "thousand",
    "hours",
    "minutes",
    "seconds",
    "days",
    "weeks",
    "months",
    "years",
    "km",
    "miles",
    "meters",
    "metres",
    "feet",
    "tons",
    "tonnes",
    "votes",
    "users",
    "customers",
    "stores",
    "shares",
    "points",
    "barrels",
    "cars",
    "vehicles",
    "planes",
    "aircraft",
    "troops",
    "soldiers",
    "x",
];

/// Words after a weekday or `this` that make it a part of a day.
pub(super) const DAY_PARTS: &[&str] = &["morning", "afternoon", "evening", "night", "noon", "midnight"];

pub(super) struct Dates<'w, 'd, 'a> {
    pub(super) w: &'w Words<'d, 'a>,
    pub(super) r: Option<Ymd>,
}

/// Finds every date; returns candidates and marks their tokens in `used`.
pub fn find(w: &Words<'_, '_>, ref_date: Option<Ymd>, used: &mut [bool], out: &mut Vec<Candidate>) {
    let g = Dates { w, r: ref_date };
    let d = w.doc;
    let mut i = 0;
    // A year written earlier in the sentence places year-less dates.
    let mut sentence_year: Option<i32> = None;
    while i < d.len() {
        if d.is(i, SENT_START) {
            sentence_year = None;
        }
        let Some(f) = g.may_start(i).then(|| g.at(i, sentence_year)).flatten() else {
            i += 1;
            continue;
        };
        if let Some(y) = explicit_year(&f, d) {
            sentence_year = Some(y);
        }
        let kind = if f.entity { CandKind::Entity(Label::Date) } else { CandKind::Opaque };
        out.push(Candidate::new(d.start(f.first), d.end(f.last), kind, prio::FIXED).with_value(f.value));
        for u in used.iter_mut().take(f.last + 1).skip(f.first) {
            *u = true;
        }
        i = f.last + 1;
    }
}

/// The year a phrase writes out in digits, if it does.
fn explicit_year(f: &Found, d: &crate::token::Doc<'_>) -> Option<i32> {
    let has_digits_year = (f.first..=f.last).any(|t| d.kind(t) == Some(Kind::Num) && d.surface(t).len() == 4);
    match f.value? {
        Timex::One(Point::Day { y: Some(y), .. }) if has_digits_year => Some(y),
        _ => None,
    }
}

impl Dates<'_, '_, '_> {
    pub(super) fn doc(&self) -> &crate::token::Doc<'_> {
        self.w.doc
    }

    pub(super) fn word(&self, i: usize, s: &str) -> bool {
        self.doc().word_is(i, s)
    }

    pub(super) fn word_in(&self, i: usize, set: &[&str]) -> bool {
        self.doc().is_word(i) && set.contains(&self.doc().folded(i))
    }

    /// A month name at `i` (capitalised); returns the month and its last
    /// token (`Sept.` includes the dot). Abbreviations need a dot or a
    /// number after them, and `May` a number (it is also a verb).
    pub(super) fn month(&self, i: usize) -> Option<(u8, usize)> {
        let d = self.doc();
        if !self.w.cap(i) {
            return None;
        }
        let h = self.w.hit(i);
        if !h.has(MONTH) {
            return None;
        }
        let f = d.folded(i);
        // `May` has no abbreviation: a dot after it ends the sentence.
        let full = f.len() > 4 || matches!(f, "may" | "june" | "july");
        if self.w.is_punct(i + 1, b'.') && d.attached(i + 1) && !full {
            return Some((h.payload, i + 1));
        }
        let num_next = d.kind(i + 1) == Some(Kind::Num);
        if !full && !num_next {
            return None;
        }
        // `May` is also a verb: it needs a number or a preposition.
        const PREP: &[&str] = &[
            "in", "since", "until", "by", "of", "from", "during", "before", "after", "early", "late", "mid", "through",
            "last", "next", "this",
        ];
        if f == "may" && !num_next && !(i > 0 && self.word_in(i - 1, PREP)) {
            return None;
        }
        Some((h.payload, i))
    }

    pub(super) fn weekday(&self, i: usize) -> Option<(u8, usize)> {
        let d = self.doc();
        if !self.w.cap(i) || !self.w.has(i, WEEKDAY) || d.folded(i).len() < 6 {
            return None;
        }
        Some((self.w.hit(i).payload, i))
    }

    /// A day of the month at `i` (`26`, `2nd`); returns it and its last token.
    fn day(&self, i: usize) -> Option<(u8, usize)> {
        let d = self.doc();
        let n = d.number(i)?;
        if !(1..=31).contains(&n) || d.surface(i).len() > 2 {
            return None;
        }
        if d.attached(i + 1) && d.is_word(i + 1) {
            return matches!(d.folded(i + 1), "st" | "nd" | "rd" | "th").then_some((n as u8, i + 1));
        }
        Some((n as u8, i))
    }

    /// A four-digit year at `i`.
    pub(super) fn year(&self, i: usize) -> Option<i32> {
        let d = self.doc();
        let n = d.number(i)?;
        (d.surface(i).len() == 4 && (1000..=2999).contains(&n)).then_some(n as i32)
    }

    /// `, 2008` or ` 2008` after token `last`.
    pub(super) fn year_after(&self, last: usize) -> Option<(i32, usize)> {
        let mut j = last + 1;
        if self.w.is_punct(j, b',') {
            j += 1;
        }
        let y = self.year(j)?;
        (!self.quantity_after(j)).then_some((y, j))
    }

    /// Possessive `'s` after token `last` belongs to the date (`Monday's`).
    pub(super) fn with_poss(&self, last: usize) -> usize {
        self.w.possessive(last).unwrap_or(last)
    }

    /// The number at `j` is part of a larger number or names a quantity.
    pub(super) fn quantity_after(&self, j: usize) -> bool {
        let d = self.doc();
        if matches!(d.punct_at(j + 1), Some(',' | '.' | ':'))
            && d.attached(j + 1)
            && d.kind(j + 2) == Some(Kind::Num)
            && d.attached(j + 2)
        {
            return true;
        }
        if d.attached(j + 1) && d.is_word(j + 1) {
            return true;
        }
        self.word_in(j + 1, UNITS) || matches!(d.punct_at(j + 1), Some('%'))
    }

    fn at(&self, i: usize, sentence_year: Option<i32>) -> Option<Found> {
        if let Some((_, wl)) = self.weekday(i) {
            // `Wednesday, September 26` is one span.
            let mut j = wl + 1;
            if self.doc().punct_at(j) == Some(',') {
                j += 1;
            }
            if let Some(mut f) = self.calendar(j, sentence_year) {
                f.first = i;
                return Some(f);
            }
        }
        self.calendar(i, sentence_year)
            .or_else(|| self.numeric(i))
            .or_else(|| self.relative(i))
            .or_else(|| self.weekday_alone(i))
            .or_else(|| self.bare_year(i))
    }

    /// Month-name dates: `September 26, 2023`, `Sept. 26`, `26 September
    /// 2023`, `26th of September`, `September 2023`, `January-July 2023`,
    /// `April 14-15`, and a month alone (`in March`).
    pub(super) fn calendar(&self, i: usize, sy: Option<i32>) -> Option<Found> {
        let d = self.doc();
        if let Some((m, ml)) = self.month(i) {
            if let Some((day, dl)) = self.day(ml + 1) {
                // `April 14-15` / `April 14 and 15`
                if let Some((day2, dl2)) = self.second_day(dl) {
                    let (y, last) = match self.year_after(dl2) {
                        Some((y, yl)) => (Some(y), yl),
                        None => (None, dl2),
                    };
                    let a = self.day_point(y, m, day, sy);
                    let b = self.day_point(y, m, day2, sy);
                    return Some(Found::new(i, self.with_poss(last), a.zip(b).map(|(a, b)| Timex::Range(a, b))));
                }
                return Some(match self.year_after(dl) {
                    Some((y, yl)) => {
                        Found::new(i, self.with_poss(yl), self.day_point(Some(y), m, day, sy).map(Timex::One))
                    }
                    None => Found::new(i, self.with_poss(dl), self.day_point(None, m, day, sy).map(Timex::One)),
                });
            }
            // `January-July 2023`; `September and October` is one range
            // too, as two days joined by `and` are.
            // `from May to July` is one as well.
            let and = self.word(ml + 1, "and") || (self.word(ml + 1, "to") && i > 0 && self.word(i - 1, "from"));
            if matches!(d.punct_at(ml + 1), Some('-' | '–')) || and {
                // (`March and January` is two months, not a range.)
                if let Some((m2, ml2)) = self.month(ml + 2).filter(|&(m2, _)| !and || m2 > m) {
                    let y = self.year_after(ml2);
                    let mut last = y.map_or(ml2, |(_, yl)| yl);
                    // `the October-December quarter` names the same months.
                    if self.word_in(last + 1, &["quarter", "period"]) {
                        last += 1;
                    }
                    let yy = y.map(|(y, _)| y).or_else(|| self.month_year(m2, i));
                    let a = Point::Month { y: yy, m };
                    let b = Point::Month { y: yy, m: m2 };
                    return Some(Found::new(i, last, Some(Timex::Range(a, b))));
                }
            }
            if let Some((y, yl)) = self.year_after(ml).filter(|(_, yl)| !self.w.is_punct(ml + 1, b',') || *yl == ml + 2)
            {
                return Some(Found::new(i, self.with_poss(yl), Some(Timex::One(Point::Month { y: Some(y), m }))));
            }
            // A month alone: not as a sentence's first word without a
            // preposition (`March` the verb), not `May`.
            // `January this year`, `March last year`
            if self.word_in(ml + 1, &["this", "last", "next"]) && self.word(ml + 2, "year") {
                let off = match d.folded(ml + 1) {
                    "last" => -1,
                    "next" => 1,
                    _ => 0,
                };
                let y = self.r.map(|r| r.y + off);
                return Some(Found::new(i, ml + 2, Some(Timex::One(Point::Month { y, m }))));
            }
            let y = self.month_year(m, i);
            return Some(Found::new(i, self.with_poss(ml), Some(Timex::One(Point::Month { y, m }))));
        }
        // `26 September 2023`, `26th of September`
        let (day, dl) = self.day(i)?;
        let mut j = dl + 1;
        if self.word(j, "of") {
            j += 1;
        }
        let (m, ml) = self.month(j)?;
        Some(match self.year_after(ml) {
            Some((y, yl)) => Found::new(i, yl, self.day_point(Some(y), m, day, sy).map(Timex::One)),
            None => Found::new(i, self.with_poss(ml), self.day_point(None, m, day, sy).map(Timex::One)),
        })
    }

    /// `-15` or ` and 15` after the first day of a range.
    fn second_day(&self, dl: usize) -> Option<(u8, usize)> {
        let d = self.doc();
        let j = dl + 1;
        let k = if matches!(d.punct_at(j), Some('-' | '–')) || self.word(j, "and") || self.word(j, "to") {
            j + 1
        } else {
            return None;
        };
        let (day, l) = self.day(k)?;
        // Not `April 14 and 15 people`, nor `Sept. 26 and 9/26/2023`.
        let numeric = d.kind(l + 1) == Some(Kind::Punct) && d.attached(l + 1) && d.kind(l + 2) == Some(Kind::Num);
        (!self.quantity_after(l) && !numeric).then_some((day, l))
    }

    fn day_point(&self, y: Option<i32>, m: u8, day: u8, sy: Option<i32>) -> Option<Point> {
        // Only a full date earlier in the sentence places a year-less one.
        let y = y.or(sy).or_else(|| self.r.map(|r| nearest_year(r, m, day)));
        // An impossible day (`February 30`) is no date.
        if let Some(y) = y {
            Ymd::new(y, m, day)?;
        } else if day > crate::date::days_in_month(2000, m) {
            return None;
        }
        Some(Point::Day { y, m, d: day })
    }

    /// The year of a month named alone (token `i`): the article's year,
    /// unless the month lies more than seven months after the reference
    /// month (`December` in a January article is last year's), or more
    /// than six before it in a sentence that looks ahead (`expects another
    /// cut in February` in a November article is next year's).
    fn month_year(&self, m: u8, i: usize) -> Option<i32> {
        self.r.map(|r| match i32::from(m) - i32::from(r.m) {
            d if d > 7 => r.y - 1,
            d if d < -6 && self.future_before(i) => r.y + 1,
            _ => r.y,
        })
    }

    /// `9/26/2023` (US order), `2023-09-26`, `26.09.2023`.
    fn numeric(&self, i: usize) -> Option<Found> {
        let d = self.doc();
        let a = d.number(i)?;
        let sep = d.punct_at(i + 1)?;
        if !matches!(sep, '/' | '-' | '.')
            || !d.attached(i + 1)
            || !d.attached(i + 2)
            || !d.attached(i + 3)
            || !d.attached(i + 4)
        {
            return None;
        }
        let b = d.number(i + 2)?;
        if d.punct_at(i + 3) != Some(sep) {
            return None;
        }
        let c = d.number(i + 4)?;
        // Not a longer run of numbers (`1.2.3.4`, `2023-09-26-1`).
        if d.attached(i + 5) && d.kind(i + 5) == Some(Kind::Punct) && d.kind(i + 6) == Some(Kind::Num) {
            return None;
        }
        let (la, lc) = (d.surface(i).len(), d.surface(i + 4).len());
        let day = match sep {
            '-' if la == 4 => Ymd::new(a as i32, b as u8, c as u8),
            '/' if lc == 4 => Ymd::new(c as i32, a as u8, b as u8),
            '.' if lc == 4 => Ymd::new(c as i32, b as u8, a as u8),
            _ => None,
        }?;
        Some(Found::new(i, i + 4, Some(Timex::One(Point::day(day)))))
    }
}
