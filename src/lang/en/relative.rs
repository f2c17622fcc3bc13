//! Dates counted from the article's own date: `yesterday`, `last week`,
//! `next month`, `two years ago`, `the first quarter`, `the first six
//! months`, `earlier this year`.

use super::dates::{Dates, Found, DAY_PARTS};
use crate::date::{nearest_weekday, Point, Timex, Ymd};
use crate::lexicon::{MONTH, NUMWORD};
use crate::token::SPACE_BEFORE;

impl Dates<'_, '_, '_> {
    /// Days, weeks, months, quarters, years and decades named from the
    /// article's date.
    pub(super) fn relative(&self, i: usize) -> Option<Found> {
        let d = self.doc();
        if !d.is_word(i) {
            return None;
        }
        let r = self.r;
        let f = d.folded(i);
        let day_off = match f {
            "today" => Some(0),
            "yesterday" => Some(-1),
            "tomorrow" => Some(1),
            _ => None,
        };
        if let Some(off) = day_off {
            return Some(Found::new(i, self.with_poss(i), r.map(|r| Timex::One(Point::day(r.add_days(off))))));
        }
        if matches!(f, "this" | "last" | "next" | "past" | "previous" | "coming") {
            return self.shifted(i);
        }
        // `earlier this week` names the days of the week before today and
        // is one phrase; in `a cut later this year` the adverb belongs to
        // the verb, and only `this year` is the date.
        if f == "earlier" && self.word_in(i + 1, &["this", "last", "next"]) {
            let mut found = self.shifted(i + 1)?;
            found.first = i;
            return Some(found);
        }
        if let Some(found) = self.first_months(i) {
            return Some(found);
        }
        if matches!(f, "beginning" | "start" | "end" | "middle") && self.word(i + 1, "of") {
            // `the beginning of the year` names the year.
            let j = i + 2;
            let k = if self.word_in(j, &["the", "this", "last", "next"]) {
                j + 1
            } else {
                return self.edge_of(i);
            };
            let off = match d.folded(j) {
                "last" => -1,
                "next" => 1,
                _ => 0,
            };
            let r = r?;
            return match d.folded(k) {
                "year" => Some(Found::new(i, k, Some(Timex::One(Point::Year(r.y + off))))),
                "month" => {
                    let m = Ymd { d: 1, ..r }.add_months(off);
                    Some(Found::new(i, k, Some(Timex::One(Point::Month { y: Some(m.y), m: m.m }))))
                }
                _ => None,
            };
        }
        if matches!(f, "early" | "late") {
            if let Some(y) = self.year(i + 1).filter(|_| !self.quantity_after(i + 1)) {
                return Some(Found::new(i, i + 1, Some(Timex::One(Point::Year(y)))));
            }
            // `late February`, `early March 2024`: the month, with its
            // modifier inside the span.
            if self.month(i + 1).is_some() {
                let mut found = self.calendar(i + 1, None)?;
                if matches!(found.value, Some(Timex::One(Point::Month { .. }))) {
                    found.first = i;
                    return Some(found);
                }
            }
        }
        self.quarter(i).or_else(|| self.ago(i))
    }

    /// `this week`, `last month`, `next year's`, `the past decade`,
    /// `last Monday`, `last March`.
    pub(super) fn shifted(&self, i: usize) -> Option<Found> {
        let d = self.doc();
        let f = d.folded(i);
        let off: i32 = match f {
            "this" | "coming" => 0,
            "last" | "past" | "previous" => -1,
            _ => 1,
        };
        let off = if f == "coming" { 1 } else { off };
        let j = i + 1;
        if !d.is_word(j) || !d.is(j, SPACE_BEFORE) {
            return None;
        }
        let unit = d.folded(j);
        if f == "past" && unit != "decade" {
            // `the past week` is a span of time, not a calendar week.
            return None;
        }
        // `during the last year` is a period; `the last quarter`, `the
        // past decade` are named periods.
        let the = i > 0 && d.word_is(i - 1, "the");
        if the && matches!(unit, "week" | "month" | "year") {
            return None;
        }
        if DAY_PARTS.contains(&unit) {
            return Some(Found { first: i, last: j, value: None, entity: false });
        }
        let last = self.with_poss(j);
        let r = self.r;
        if let Some((wd, _)) = self.weekday(j) {
            let v = r.map(|r| {
                let near = nearest_weekday(r, wd);
                let day = match off {
                    -1 if near >= r => near.add_days(-7),
                    1 if near <= r => near.add_days(7),
                    _ => near,
                };
                Timex::One(Point::day(day))
            });
            return Some(Found::new(i, last, v));
        }
        if let Some((m, ml)) =
            self.month(j).or_else(|| self.w.has(j, MONTH).then(|| (self.w.hit(j).payload, j)).filter(|_| self.w.cap(j)))
        {
            let v = r.map(|r| {
                let y = match off {
                    -1 if m >= r.m => r.y - 1,
                    1 if m <= r.m => r.y + 1,
                    _ => r.y,
                };
                Timex::One(Point::Month { y: Some(y), m })
            });
            return Some(Found::new(i, self.with_poss(ml), v));
        }
        let v = match (unit, r) {
            // Weeks are Monday–Sunday ranges, as the guidelines write them.
            ("week", Some(r)) => return Some(Found::new(i, last, Some(crate::date::week_range(r, off as i64)))),
            ("month", Some(r)) => {
                let m = Ymd { d: 1, ..r }.add_months(off);
                Some(Point::Month { y: Some(m.y), m: m.m })
            }
            ("year", Some(r)) => Some(Point::Year(r.y + off)),
            ("quarter", Some(r)) => {
                let idx = r.y * 4 + (r.m as i32 - 1) / 3 + off;
                return Some(Found::new(
                    i,
                    last,
                    Some(crate::date::quarter(idx.div_euclid(4), (idx.rem_euclid(4) + 1) as u8)),
                ));
            }
            // `the past decade` is the decade holding most of the last ten
            // years (the 2000s, seen from 2005 or 2011).
            ("decade", Some(r)) => {
                Some(Point::Decade(if off < 0 { (r.y - 5).div_euclid(10) } else { r.y.div_euclid(10) + off }))
            }
            ("week" | "month" | "year" | "quarter" | "decade", None) => None,
            _ => return None,
        };
        Some(Found::new(i, last, v.map(Timex::One)))
    }

    /// `fourth quarter of 2007`, `the first half of 2008`, `Q4 2007`.
    pub(super) fn quarter(&self, i: usize) -> Option<Found> {
        let d = self.doc();
        let f = d.folded(i);
        if let Some(q) = f.strip_prefix('q').and_then(|n| n.parse::<u8>().ok()).filter(|q| (1..=4).contains(q)) {
            let (y, yl) = self.year_after(i)?;
            return Some(Found::new(i, yl, Some(crate::date::quarter(y, q))));
        }
        let h = self.w.hit(i);
        if !h.has(NUMWORD) || !(1..=4).contains(&h.payload) {
            return None;
        }
        let n = h.payload;
        let j = if self.w.is_punct(i + 1, b'-') && d.attached(i + 1) { i + 2 } else { i + 1 };
        let half = self.word(j, "half");
        let quarter = self.word(j, "quarter");
        if !(quarter || half && n <= 2) {
            return None;
        }
        let explicit = if self.word(j + 1, "of") {
            self.year(j + 2).map(|y| (y, j + 2))
        } else {
            self.year(j + 1).map(|y| (y, j + 1))
        };
        let (y, last) = match explicit {
            Some((y, l)) => (Some(y), l),
            // Without a year: the latest such period up to the article's.
            None => {
                let r = self.r;
                let cur = r.map(|r| if half { (r.m as i32 - 1) / 6 + 1 } else { (r.m as i32 - 1) / 3 + 1 });
                (r.zip(cur).map(|(r, c)| if n as i32 > c { r.y - 1 } else { r.y }), j)
            }
        };
        // The guidelines write quarters and halves as month ranges.
        let v = y.map(|y| if half { crate::date::half(y, n) } else { crate::date::quarter(y, n) });
        Some(Found::new(i, last, v))
    }

    /// `the first seven months of 2024`: a month range from January.
    pub(super) fn first_months(&self, i: usize) -> Option<Found> {
        let d = self.doc();
        if !self.word(i, "first") {
            return None;
        }
        let n = match d.number(i + 1) {
            Some(n) => n as u8,
            None => {
                let h = self.w.hit(i + 1);
                if !h.has(NUMWORD) {
                    return None;
                }
                h.payload
            }
        };
        if !(2..=11).contains(&n) || !self.word(i + 2, "months") {
            return None;
        }
        let (y, last) = if self.word(i + 3, "of") && self.year(i + 4).is_some() {
            (self.year(i + 4), i + 4)
        } else {
            (self.r.map(|r| r.y), i + 2)
        };
        let v = y.map(|y| Timex::Range(Point::Month { y: Some(y), m: 1 }, Point::Month { y: Some(y), m: n }));
        Some(Found::new(i, last, v))
    }

    /// `three days ago`, `two years ago`.
    pub(super) fn ago(&self, i: usize) -> Option<Found> {
        let d = self.doc();
        let n = match d.number(i) {
            Some(n) if n <= 100 => n as i64,
            Some(_) => return None,
            None => {
                let h = self.w.hit(i);
                if !h.has(NUMWORD) || d.folded(i).ends_with("th") || matches!(d.folded(i), "first" | "second" | "third")
                {
                    return None;
                }
                h.payload as i64
            }
        };
        if !self.word(i + 2, "ago") {
            return None;
        }
        let r = self.r;
        let v = match d.folded(i + 1) {
            "day" | "days" => r.map(|r| Point::day(r.add_days(-n))),
            "month" | "months" => r.map(|r| {
                let m = Ymd { d: 1, ..r }.add_months(-(n as i32));
                Point::Month { y: Some(m.y), m: m.m }
            }),
            "year" | "years" => r.map(|r| Point::Year(r.y - n as i32)),
            _ => return None,
        };
        Some(Found::new(i, i + 2, v.map(Timex::One)))
    }
}
