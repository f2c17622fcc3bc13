//! Months and parts of a year: `iyul ayında`, `aprel-iyun aylarında`,
//! `ilin ilk altı ayında`, `birinci rübündə`, `II rüb`.

use super::dates::{Dates, Found};
use super::morph::{ABL, LOC};
use crate::date::{self, Point, Timex};
use crate::lexicon::NUMWORD;

impl Dates<'_, '_, '_> {
    /// `iyul ayında`, `aprel-iyun aylarında`, `yanvarında` (after a year),
    /// `bu ilin iyununda` (via `relative`).
    pub(super) fn month_led(&self, i: usize, year: Option<i32>, first: usize) -> Option<Found> {
        let d = self.doc();
        let (m1, mm1) = self.month(i)?;
        let mut last = i;
        let mut m2 = None;
        let mut mm = mm1;
        if mm1 == 0 && matches!(d.punct_at(i + 1), Some('-' | '–')) && d.attached(i + 1) && d.attached(i + 2) {
            if let Some((b, bm)) = self.month(i + 2) {
                m2 = Some(b);
                last = i + 2;
                mm = bm;
            }
        }
        let mut named_month = mm != 0 && year.is_some();
        if mm == 0 {
            if let Some(a) = self.next_word(last, false) {
                if self.stem_is(a, "ay").is_some() {
                    last = a;
                    named_month = true;
                }
            }
        } else if mm & (LOC | ABL) != 0 {
            named_month = true;
        }
        if !named_month {
            return None;
        }
        let y = year.or_else(|| self.r.map(|r| r.y));
        let p = |m| Point::Month { y, m };
        let value = match m2 {
            Some(b) if b > m1 => Timex::Range(p(m1), p(b)),
            Some(_) => return None,
            None => Timex::One(p(m1)),
        };
        if year.is_none() && self.r.is_none() {
            return Some(Found { first, last, value: Some(value) });
        }
        Some(Found { first, last, value: Some(value) })
    }

    /// `ilk üç ayında` (after `ilin`): the year's first months as a range.
    pub(super) fn first_months(&self, i: usize, year: Option<i32>, first: usize) -> Option<Found> {
        let d = self.doc();
        // `ilin ilk üç ayı`, `ilin son iki ayında`, and after `ilin` a bare
        // count (`cari ilin doqquz ayında`): the months from January.
        let bare = first < i && !d.word_is(i, "ilk") && !d.word_is(i, "son");
        if !(d.word_is(i, "ilk") || d.word_is(i, "son") || bare) {
            return None;
        }
        let n_tok = if bare { i } else { self.next_word(i, false)? };
        let hit = self.w.exact(n_tok);
        let n = if hit.has(NUMWORD) { hit.payload } else { d.number(n_tok).filter(|&x| x <= 12)? as u8 };
        let ay = self.next_word(n_tok, false)?;
        self.stem_is(ay, "ay")?;
        if !(1..=12).contains(&n) {
            return None;
        }
        if bare && n < 2 {
            return None;
        }
        let (a, b) = if d.word_is(i, "son") { (13 - n, 12) } else { (1, n) };
        let value = year.map(|y| Timex::Range(Point::Month { y: Some(y), m: a }, Point::Month { y: Some(y), m: b }));
        Some(Found { first, last: ay, value })
    }

    /// `ikinci rübdə`, `birinci yarımildə`.
    pub(super) fn quarter(&self, i: usize, year: Option<i32>, first: usize) -> Option<Found> {
        let hit = self.w.exact(i);
        // (`ilk` is `first` for a half or a quarter as for months.)
        let n = if hit.has(NUMWORD) {
            hit.payload
        } else if self.doc().word_is(i, "ilk") {
            1
        } else {
            roman(self.doc().surface(i))?
        };
        let k = self.next_word(i, false)?;
        let y = year.or_else(|| self.r.map(|r| r.y));
        let value = if self.stem_is(k, "rüb").is_some() && (1..=4).contains(&n) {
            y.map(|y| date::quarter(y, n))
        } else if (self.stem_is(k, "yarımil").is_some() || (first < i && self.stem_is(k, "yarı").is_some()))
            && (1..=2).contains(&n)
        {
            // A bare `yarı` is a half of anything (`günün ikinci yarısında`);
            // after `ilin` or a year it is the year's.
            y.map(|y| date::half(y, n))
        } else {
            return None;
        };
        Some(Found { first, last: k, value })
    }
}

/// Roman numerals I–IV (quarters are often written `II rüb`).
fn roman(s: &str) -> Option<u8> {
    match s {
        "I" => Some(1),
        "II" => Some(2),
        "III" => Some(3),
        "IV" => Some(4),
        _ => None,
    }
}
