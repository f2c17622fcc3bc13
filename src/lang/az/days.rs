//! Weekdays (`Şənbə günü`, `cümə axşamı və cümə günü`) and dates
//! relative to the article's (`dünən`, `bu gün`, `ötən həftə`, `gələn il`,
//! `bu ilin iyununda`, `gələn ayın 15-dək`).

use super::dates::{Dates, Found};
use super::morph::{self, Mode, ABL, ACC, DAT, GEN, LOC, PL, POSS, POSS3, TERM};
use crate::date::{self, Point, Timex, Ymd};
use crate::lexicon::{PREFIX, WEEKDAY};

/// What a sentence's last verb says about when it happens.
enum Tense {
    Past,
    Future,
}

impl<'w, 'd, 'a> Dates<'w, 'd, 'a> {
    /// `Şənbə günü`, `cümə axşamı və cümə gününə`, `Çərşənbə axşamı,
    /// fevralın 8-də`.
    pub(super) fn weekday_led(&self, i: usize, sentence_year: Option<i32>) -> Option<Found> {
        let (wd, last) = self.weekday(i)?;
        if let Some(n) = self.next_word(last, true) {
            if let Some(mut f) =
                self.month_day(n, None, i, sentence_year).or_else(|| self.day_month(n, None, i, sentence_year))
            {
                f.first = i;
                return Some(f);
            }
        }
        let here = self.r.map(|r| match self.tense_after(last) {
            // `Çərşənbə günü … çıxış edəcək`: the coming one (today's too).
            Some(Tense::Future) => date::next_weekday(r, wd),
            Some(Tense::Past) => date::last_weekday(r, wd),
            None => date::nearest_weekday(r, wd),
        });
        // `cümə axşamı və cümə günü`: two days as one range.
        if self.doc().word_is(last + 1, "və") {
            if let Some((wd2, last2)) = self.next_word(last + 1, false).and_then(|k| self.weekday(k)) {
                let value = match (here, self.r) {
                    (Some(a), Some(r)) => {
                        let b = date::nearest_weekday(r, wd2);
                        (b > a).then(|| Timex::Range(Point::day(a), Point::day(b)))
                    }
                    _ => None,
                };
                return Some(Found { first: i, last: last2, value });
            }
        }
        Some(Found { first: i, last, value: here.map(|d| Timex::One(Point::day(d))) })
    }

    /// The tense of the sentence's verb, which Azerbaijani puts last: the
    /// last lower-case word before the sentence ends after token `last`.
    fn tense_after(&self, last: usize) -> Option<Tense> {
        let d = self.doc();
        let mut verb = None;
        let mut j = last + 1;
        while j < d.len() && j < last + 60 && !d.is(j, crate::token::SENT_START) && !d.is(j, crate::token::NL_BEFORE) {
            if d.is_lower_word(j) {
                verb = Some(j);
            }
            j += 1;
        }
        let v = d.folded(verb?);
        const FUTURE: &[&str] = &["acaq", "əcək", "acağ", "əcəy"];
        const PAST: &[&str] = &[
            "ıb", "ib", "ub", "üb", "dı", "di", "du", "dü", "tı", "ti", "tu", "tü", "ıblar", "iblər", "ublar", "üblər",
            "dılar", "dilər", "dular", "dülər",
        ];
        if FUTURE.iter().any(|f| v.contains(f)) {
            Some(Tense::Future)
        } else if PAST.iter().any(|p| v.ends_with(p)) {
            Some(Tense::Past)
        } else {
            None
        }
    }

    /// A weekday name with `günü` (needed for the ambiguous `bazar`,
    /// `cümə`): (weekday, last token).
    pub(super) fn weekday(&self, i: usize) -> Option<(u8, usize)> {
        let d = self.doc();
        let w1 = d.folded(i);
        // Two-word names first (`bazar ertəsi`, `cümə axşamı`); only a
        // word that opens some lexicon phrase can start one.
        if let Some(n) = self.next_word(i, false).filter(|_| self.w.lex.get(w1).has(PREFIX)) {
            // One buffer for the phrase and every stem the split tries.
            let key = std::cell::RefCell::new(String::with_capacity(32));
            let lookup = |second: &str| {
                let mut k = key.borrow_mut();
                k.clear();
                k.push_str(w1);
                k.push(' ');
                k.push_str(second);
                self.w.lex.get(&k)
            };
            let hit = lookup(d.folded(n));
            if hit.has(WEEKDAY) {
                return Some((hit.payload, self.gunu(n).unwrap_or(n)));
            }
            if let Some(sp) = morph::split(d.folded(n), Mode::Strict, |s| lookup(s).has(WEEKDAY)) {
                let stem = d.folded(n).get(..sp.stem_len).unwrap_or("");
                return Some((lookup(stem).payload, n));
            }
        }
        let (hit, sp) = self.w.stem_in(i, WEEKDAY)?;
        match self.gunu(i) {
            Some(g) if sp.morphs == 0 => Some((hit.payload, g)),
            _ if matches!(w1, "bazar" | "cümə") || sp.morphs & !(LOC | ABL | DAT | POSS3) != 0 => None,
            _ if hit.payload == 3 || hit.payload == 6 => Some((hit.payload, i)),
            _ => None,
        }
    }

    /// `günü`, `gününə` after token `i`.
    pub(super) fn gunu(&self, i: usize) -> Option<usize> {
        let n = self.next_word(i, false)?;
        let m = self.stem_is(n, "gün")?;
        // `günü`, `gününə` have several parses (izafet, accusative, "your
        // day"); any of them is the weekday's `günü`.
        (m & (POSS3 | POSS | ACC) != 0).then_some(n)
    }

    /// `dünən`, `bu gün`, `sabah`, `ötən həftə`, `bu il`, `gələn ay`,
    /// `bu ilin iyununda`, `cari ilin martında`.
    pub(super) fn relative(&self, i: usize) -> Option<Found> {
        let d = self.doc();
        let r = self.r;
        let day = |off: i64| r.map(|r| Timex::One(Point::day(r.add_days(off))));
        // Written in lower case mid-sentence; a capital there is a name
        // (`Sabah Şəriəti`).
        let capital_inside = d.is(i, crate::token::CAP) && !d.is(i, crate::token::SENT_START);
        for (stem, off) in [("dünən", -1i64), ("sabah", 1), ("srağagün", -2), ("birigün", 2), ("bugün", 0)] {
            if capital_inside {
                break;
            }
            // `dünənki`, `bugünkü`: the adjective of a day word (its `-kı`
            // follows no case, so the suffix grammar does not know it).
            let f = d.folded(i);
            if f.strip_prefix(stem).is_some_and(|k| matches!(k, "ki" | "kı" | "ku" | "kü")) {
                return Some(Found { first: i, last: i, value: day(off) });
            }
            if let Some(m) = self.stem_is(i, stem) {
                if m & !(ABL | TERM | DAT | GEN | LOC) == 0 {
                    return Some(Found { first: i, last: i, value: day(off) });
                }
            }
        }
        if d.word_is(i, "ilin") {
            let n = self.next_word(i, false)?;
            return self.first_months(n, r.map(|r| r.y), i).or_else(|| self.quarter(n, None, i));
        }
        let shift = match d.folded(i) {
            "bu" | "cari" => 0i64,
            "ötən" | "keçən" => -1,
            "gələn" => 1,
            _ => return None,
        };
        let n = self.next_word(i, false)?;
        // `ötən cümə`, `gələn çərşənbə axşamı`: that weekday of the week
        // before or after, counted from the article's day.
        // (After them a bare `cümə`, `bazar` is the weekday.)
        let bare = || {
            let (hit, sp) = self.w.stem_in(n, WEEKDAY)?;
            (sp.morphs & !(LOC | ABL | DAT | GEN) == 0).then_some((hit.payload, n))
        };
        if let Some((wd, last)) = self.weekday(n).or_else(bare) {
            let v = r.map(|r| {
                let (wd, today) = (wd as i64, r.weekday() as i64);
                let step = match shift {
                    -1 => -((today - wd - 1).rem_euclid(7) + 1),
                    1 => (wd - today - 1).rem_euclid(7) + 1,
                    // `bu cümə`: this (Monday-first) week's day.
                    _ => wd - today,
                };
                Timex::One(Point::day(r.add_days(step)))
            });
            return Some(Found { first: i, last, value: v });
        }
        if let Some(m) = self.stem_is(n, "gün") {
            return (shift == 0 && m & !(DAT | ABL | TERM) == 0).then(|| Found { first: i, last: n, value: day(0) });
        }
        if let Some(m) = self.stem_is(n, "həftə") {
            if m & (PL | POSS3) != 0 {
                return None;
            }
            return Some(Found { first: i, last: n, value: r.map(|r| date::week_range(r, shift)) });
        }
        if let Some(m) = self.stem_is(n, "ay") {
            // `gələn ayın 15-dək`: a day of that month.
            if m == GEN {
                let k = self.next_word(n, false)?;
                // `gələn ayın əvvəlində`: a part of that month.
                if let Some(k) = self.month_part(k) {
                    let v = r.map(|r| {
                        let x = r.add_months(shift as i32);
                        Timex::One(Point::Month { y: Some(x.y), m: x.m })
                    });
                    return Some(Found { first: i, last: k, value: v });
                }
                let (dd, last, _) = self.day(k)?;
                let v = r.and_then(|r| {
                    let x = r.add_months(shift as i32);
                    Ymd::new(x.y, x.m, dd).map(|day| Timex::One(Point::day(day)))
                });
                return Some(Found { first: i, last, value: v });
            }
            if m & (PL | POSS3) != 0 {
                return None;
            }
            let v = r.map(|r| {
                let x = r.add_months(shift as i32);
                Timex::One(Point::Month { y: Some(x.y), m: x.m })
            });
            return Some(Found { first: i, last: n, value: v });
        }
        if let Some(m) = self.stem_is(n, "il") {
            if m & PL != 0 {
                return None;
            }
            let y = r.map(|r| r.y + shift as i32);
            if m == GEN {
                if let Some(k) = self.next_word(n, false) {
                    let (mo, mm) = self.month(k).unwrap_or((0, 0));
                    if mo != 0 && mm & (POSS3 | LOC | ABL) != 0 {
                        let v = y.map(|y| Timex::One(Point::Month { y: Some(y), m: mo }));
                        return Some(Found { first: i, last: k, value: v });
                    }
                    if let Some(f) = self
                        .month_day(k, y, i, None)
                        .or_else(|| self.month_led(k, y, i))
                        .or_else(|| self.quarter(k, y, i))
                        .or_else(|| self.first_months(k, y, i))
                    {
                        return Some(if y.is_none() { Found { value: None, ..f } } else { f });
                    }
                }
            }
            return Some(Found { first: i, last: n, value: y.map(|y| Timex::One(Point::Year(y))) });
        }
        None
    }

    /// `2022-ci ilin iyunundan 2023-cü ilin noyabrınadək`: a month in the
    /// ablative and a later year's month up to which it runs make one range.
    pub(super) fn until_year_month(&self, f: Found) -> Found {
        let d = self.doc();
        let from_abl = ["dan", "dən"].iter().any(|e| d.folded(f.last).ends_with(e));
        let Some(Timex::One(p1)) = f.value else { return f };
        if !from_abl {
            return f;
        }
        let to = self.next_word(f.last, false).and_then(|k| self.year_led(k));
        match to {
            Some(Found { last, value: Some(Timex::One(p2)), .. })
                if ["dək", "dak"].iter().any(|e| d.folded(last).ends_with(e)) =>
            {
                Found { first: f.first, last, value: Some(Timex::Range(p1, p2)) }
            }
            _ => f,
        }
    }

    /// `ötən ilin eyni dövrü`, `2024-cü ilin eyni dövrü`: the period the
    /// article last named, in that year (without one, only the year is
    /// known).
    pub(super) fn same_period(&self, f: Found, last_period: Option<Timex>) -> Found {
        let d = self.doc();
        let last_year = f.first + 1 == f.last && ["ötən", "keçən"].iter().any(|w| d.word_is(f.first, w));
        let named_year = match f.value {
            Some(Timex::One(Point::Year(y))) if !last_year => Some(y),
            _ => None,
        };
        let year = d.word_is(f.last, "ilin") && (last_year || named_year.is_some());
        let Some(eyni) = self.next_word(f.last, false).filter(|&k| year && d.word_is(k, "eyni")) else {
            return f;
        };
        let Some(dovr) = self.next_word(eyni, false).filter(|&k| self.stem_is(k, "dövr").is_some()) else {
            return f;
        };
        let value = match last_period {
            Some(Timex::Range(a, b)) => {
                // The shift from the period's own year to the one named.
                let shift = match (named_year, a.year()) {
                    (Some(y), Some(from)) => y - from,
                    (Some(_), None) => 0,
                    (None, _) => -1,
                };
                match (a.add_years(shift), b.add_years(shift)) {
                    (Some(a), Some(b)) if shift != 0 => Some(Timex::Range(a, b)),
                    _ => f.value,
                }
            }
            _ => f.value,
        };
        Found { first: f.first, last: dovr, value }
    }
}
