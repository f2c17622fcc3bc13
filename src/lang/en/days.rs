//! Dates written without a month name: weekdays (`Friday`, `Friday and
//! Saturday`), which news reads as the last such day unless the sentence
//! looks ahead, and bare years, decades and year ranges (`in 1991`, `the
//! 1990s`, `2013-2018`, `from 1977 to 1994`); and the edges of a month
//! or year (`the end of November`).

use super::dates::{Dates, Found, DAY_PARTS};
use crate::date::{last_weekday, nearest_weekday, next_weekday, Point, Timex, Ymd};
use crate::lexicon::{MONTH, NUMWORD, WEEKDAY};
use crate::token::{Kind, SENT_START};

impl Dates<'_, '_, '_> {
    /// Token `i` can open some date `at` finds: a number, a month, weekday
    /// or number word, or a word `relative` starts from. Most words are
    /// none of these, and the full check costs a few dozen tests a token.
    pub(super) fn may_start(&self, i: usize) -> bool {
        let d = self.doc();
        let Some(t) = d.tokens.get(i) else {
            return false;
        };
        match t.kind {
            Kind::Num => true,
            Kind::Word => {
                if self.w.has(i, MONTH | WEEKDAY | NUMWORD) {
                    return true;
                }
                // First letter and length of the words below, read from the
                // token and tested first: string comparisons cost more than
                // the rest of this test.
                let first = d.folded.as_bytes().get(t.fstart as usize);
                let shape = matches!(
                    (first, t.fend.saturating_sub(t.fstart)),
                    (Some(b't'), 4 | 5 | 8)
                        | (Some(b'l' | b'n' | b'p'), 4)
                        | (Some(b'p'), 8)
                        | (Some(b'c' | b'm'), 6)
                        | (Some(b'e'), 3 | 5 | 7)
                        | (Some(b'f' | b's'), 5)
                        | (Some(b'y' | b'b'), 9)
                );
                first == Some(&b'q')
                    || shape
                        && matches!(
                            d.folded(i),
                            "today"
                                | "yesterday"
                                | "tomorrow"
                                | "this"
                                | "last"
                                | "next"
                                | "past"
                                | "previous"
                                | "coming"
                                | "earlier"
                                | "first"
                                | "beginning"
                                | "start"
                                | "end"
                                | "middle"
                                | "early"
                                | "late"
                        )
            }
            Kind::Punct => false,
        }
    }

    /// `end of November`, `start of 2023` after `beginning`, `start`,
    /// `end` or `middle` at `i`: the month or year, the phrase inside the
    /// span as the guidelines' examples write it (`the` stays outside).
    pub(super) fn edge_of(&self, i: usize) -> Option<Found> {
        let j = i + 2;
        if let Some(y) = self.year(j).filter(|_| !self.quantity_after(j)) {
            return Some(Found::new(i, j, Some(Timex::One(Point::Year(y)))));
        }
        let mut found = self.calendar(j, None)?;
        if !matches!(found.value, Some(Timex::One(Point::Month { .. }))) {
            return None;
        }
        found.first = i;
        Some(found)
    }

    /// A capitalised weekday on its own: the nearest such day; with a part
    /// of the day after it, a time, claimed and not reported.
    pub(super) fn weekday_alone(&self, i: usize) -> Option<Found> {
        let (wd, wl) = self.weekday(i)?;
        if self.word_in(wl + 1, DAY_PARTS) {
            return Some(Found { first: i, last: wl + 1, value: None, entity: false });
        }
        let first = self.r.map(|r| self.weekday_day(r, wd, i));
        // `Friday and Saturday`, `Monday to Wednesday`: one range, the
        // second day counted on from the first.
        let d = self.doc();
        if self.word_in(wl + 1, &["and", "to", "through"])
            || (matches!(d.punct_at(wl + 1), Some('-' | '–')) && d.attached(wl + 2))
        {
            if let Some((wd2, wl2)) = self.weekday(wl + 2).filter(|(_, l)| !self.word_in(l + 1, DAY_PARTS)) {
                let v = first.map(|a| {
                    Timex::Range(Point::day(a), Point::day(a.add_days((wd2 as i64 - wd as i64).rem_euclid(7))))
                });
                return Some(Found::new(i, self.with_poss(wl2), v));
            }
        }
        Some(Found::new(i, self.with_poss(wl), first.map(|a| Timex::One(Point::day(a)))))
    }

    /// The day a bare weekday names. News reports what happened, so the
    /// weekday is the latest such day up to the article's date, unless the
    /// sentence speaks of the future (`will`, `is set to`, `next`), or
    /// the weekday is a deadline (`by Saturday`, `until Friday`), when it
    /// is the first such day from it.
    pub(super) fn weekday_day(&self, r: Ymd, wd: u8, i: usize) -> Ymd {
        let back = (r.weekday() as i64 - wd as i64).rem_euclid(7);
        let deadline = i > 0 && (self.word(i - 1, "by") || self.word(i - 1, "until"));
        if deadline || self.future_before(i) {
            next_weekday(r, wd)
        } else if back <= 5 {
            last_weekday(r, wd)
        } else {
            nearest_weekday(r, wd)
        }
    }

    /// A future-tense cue earlier in token `i`'s sentence, nearer to it
    /// than any verb of reporting (`X will play in May, the orchestra said
    /// Tuesday` is last Tuesday).
    pub(super) fn future_before(&self, i: usize) -> bool {
        const PAST: &[&str] = &["said", "told", "announced", "reported", "confirmed", "added", "stated"];
        const CUES: &[&str] = &[
            "will",
            "would",
            "'ll",
            "shall",
            "set",
            "scheduled",
            "due",
            "upcoming",
            "expected",
            "expects",
            "expect",
            "plans",
            "planned",
            "begins",
            "starts",
            "opens",
            "tomorrow",
            "going",
        ];
        let d = self.doc();
        let mut t = i;
        for _ in 0..40 {
            if t == 0 || d.is(t, SENT_START) {
                break;
            }
            t -= 1;
            if d.is_word(t) && CUES.contains(&d.folded(t)) {
                return true;
            }
            if d.is_word(t) && PAST.contains(&d.folded(t)) {
                return false;
            }
            if self.w.is_punct(t, b'.') {
                break;
            }
        }
        false
    }

    /// A year on its own (`in 1991`, `the 2011 version`, `WWDC 2005`) and
    /// decades (`the 1990s`); never money, quantities, parts of a longer
    /// number or hyphenated forms (`mid-2011`).
    pub(super) fn bare_year(&self, i: usize) -> Option<Found> {
        let d = self.doc();
        let y = self.year(i)?;
        if !(1800..=2099).contains(&y) {
            return None;
        }
        // (`mid-2011` is no year of its own; `(2019-2023)` is.)
        if i > 0 && d.attached(i) && d.kind(i - 1) == Some(Kind::Punct) && !matches!(d.punct_at(i - 1), Some('(' | '['))
        {
            return None;
        }
        if i > 0 && matches!(d.punct_at(i - 1), Some('$' | '£' | '€' | '#')) {
            return None;
        }
        if i > 0 && (d.word_is(i - 1, "no") || d.word_is(i - 1, "number")) {
            return None;
        }
        // `1990s`
        if d.attached(i + 1) && d.word_is(i + 1, "s") && y % 10 == 0 {
            return Some(Found::new(i, i + 1, Some(Timex::One(Point::Decade(y / 10)))));
        }
        if self.quantity_after(i) {
            return None;
        }
        // `2013-2018`
        if matches!(d.punct_at(i + 1), Some('-' | '–')) && d.attached(i + 1) && d.attached(i + 2) {
            if let Some(y2) = self.year(i + 2).filter(|y2| *y2 > y) {
                return Some(Found::new(i, i + 2, Some(Timex::Range(Point::Year(y), Point::Year(y2)))));
            }
            // `the 2025-26 season`: the next year's last two digits.
            let next = d.surface(i + 2);
            if d.kind(i + 2) == Some(Kind::Num) && next.len() == 2 && d.number(i + 2) == Some(((y + 1) % 100) as u32) {
                return Some(Found::new(i, i + 2, Some(Timex::Range(Point::Year(y), Point::Year(y + 1)))));
            }
            return None;
        }
        // `from 1977 to 1994`, `between 2014 and 2019`: one range.
        let joined = (self.word_in(i + 1, &["to", "through"]) && i > 0 && self.word(i - 1, "from"))
            || (self.word(i + 1, "and") && i > 0 && self.word(i - 1, "between"));
        if joined {
            if let Some(y2) = self.year(i + 2).filter(|y2| *y2 > y && !self.quantity_after(i + 2)) {
                return Some(Found::new(i, i + 2, Some(Timex::Range(Point::Year(y), Point::Year(y2)))));
            }
        }
        Some(Found::new(i, self.with_poss(i), Some(Timex::One(Point::Year(y)))))
    }
}
