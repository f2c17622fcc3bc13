//! Azerbaijani date grammar over tokens: day and month with case endings
//! (`Sentyabrın 26-da`), full and numeric dates, years with `-ci il`,
//! weekdays (days.rs), months and quarters (periods.rs), relative days,
//! weeks, months and years, and ranges; each with its TIMEX value resolved
//! against the reference date.
//! Durations, clock times, centuries and recurring times are not dates.

use super::morph::{self, Mode, ABL, DAT, GEN, LOC, PL, TERM};
use super::words::Words;
use crate::candidate::{prio, Candidate, Kind as CandKind};
use crate::date::{self, nearest_year, Point, Timex, Ymd};
use crate::lexicon::MONTH;
use crate::token::Kind;
use crate::types::Label;

/// A matched date phrase: token range and value.
pub(super) struct Found {
    pub(super) first: usize,
    pub(super) last: usize,
    pub(super) value: Option<Timex>,
}

pub struct Dates<'w, 'd, 'a> {
    pub(super) w: &'w Words<'d, 'a>,
    pub(super) r: Option<Ymd>,
}

/// Finds every date; returns candidates and marks their tokens in `used`.
pub fn find(w: &Words<'_, '_>, ref_date: Option<Ymd>, used: &mut [bool], out: &mut Vec<Candidate>) {
    let g = Dates { w, r: ref_date };
    let n = w.doc.len();
    let mut i = 0;
    // A year stated earlier in the same sentence anchors year-less dates.
    let mut sentence_year: Option<i32> = None;
    // The last period named, for `ötən ilin eyni dövrü`.
    let mut last_period: Option<Timex> = None;
    while i < n {
        if w.doc.is(i, crate::token::SENT_START) {
            sentence_year = None;
        }
        if used[i] {
            i += 1;
            continue;
        }
        match g.at(i, sentence_year).map(|f| g.same_period(f, last_period)) {
            Some(f) if !g.recurring(f.first) && !used[f.first..=f.last].iter().any(|&u| u) => {
                if let Some(v @ Timex::Range(..)) = f.value {
                    last_period = Some(v);
                }
                if let Some(y) = explicit_year(&f) {
                    sentence_year = Some(y);
                }
                let (s, e) = (w.doc.start(f.first), w.doc.end(f.last));
                out.push(Candidate::new(s, e, CandKind::Entity(Label::Date), prio::FIXED).with_value(f.value));
                for u in used.iter_mut().take(f.last + 1).skip(f.first) {
                    *u = true;
                }
                i = f.last + 1;
            }
            Some(f) => i = f.last + 1,
            None => i += 1,
        }
    }
}

fn explicit_year(f: &Found) -> Option<i32> {
    match f.value? {
        Timex::One(Point::Day { y: Some(y), .. } | Point::Month { y: Some(y), .. } | Point::Year(y)) => Some(y),
        _ => None,
    }
}

impl<'w, 'd, 'a> Dates<'w, 'd, 'a> {
    pub(super) fn doc(&self) -> &'d crate::token::Doc<'a> {
        self.w.doc
    }

    /// `hər il may ayında`: a recurring time, not a date.
    /// (`hər həftə` or `… dəfə` a few words back in the sentence;
    /// `həftənin bazar ertəsindən başqa`: a day of any week.)
    fn recurring(&self, first: usize) -> bool {
        let d = self.doc();
        if first >= 1 && d.word_is(first - 1, "həftənin") {
            return true;
        }
        // (`hər il olduğu kimi bu il`: a relative date is this one time.)
        if ["bu", "cari", "ötən", "keçən", "gələn"].iter().any(|w| d.word_is(first, w)) {
            return first >= 1 && d.word_is(first - 1, "hər");
        }
        let time_noun = |k: usize| ["gün", "həftə", "ay", "il"].iter().any(|s| self.stem_is(k, s).is_some());
        for k in (first.saturating_sub(8)..first).rev() {
            // (`həftədə üç dəfə – bazar ertəsi, …`: a frequency.)
            if (d.word_is(k, "hər") && time_noun(k + 1)) || (d.word_is(k, "dəfə") && self.weekday(first).is_some()) {
                return true;
            }
            if d.is(k, crate::token::SENT_START) {
                break;
            }
        }
        false
    }

    fn at(&self, i: usize, sentence_year: Option<i32>) -> Option<Found> {
        let d = self.doc();
        match d.kind(i)? {
            Kind::Num => {
                self.numeric(i).or_else(|| self.year_led(i)).or_else(|| self.day_month(i, None, i, sentence_year))
            }
            Kind::Word if !may_open_date(d.folded(i)) => None,
            Kind::Word => self
                .weekday_led(i, sentence_year)
                .or_else(|| self.month_day(i, None, i, sentence_year))
                .or_else(|| self.relative(i))
                .or_else(|| self.month_led(i, None, i))
                .or_else(|| self.quarter(i, None, i)),
            Kind::Punct => None,
        }
    }

    // ----- small readers -------------------------------------------------

    /// Next token when it follows `i` after whitespace (or a comma when
    /// `comma` is set).
    pub(super) fn next_word(&self, i: usize, comma: bool) -> Option<usize> {
        let d = self.doc();
        let mut j = i + 1;
        if comma && d.punct_at(j) == Some(',') {
            j += 1;
        }
        if j < d.len() && d.is(j, crate::token::SPACE_BEFORE) {
            Some(j)
        } else {
            None
        }
    }

    /// `-da`, `-cü`: a suffix after a number, joined by a hyphen.
    fn hyphen_suffix(&self, i: usize) -> Option<(usize, &'d str)> {
        let d = self.doc();
        if d.punct_at(i + 1) == Some('-') && d.attached(i + 1) && d.attached(i + 2) && d.is_lower_word(i + 2) {
            Some((i + 2, d.folded(i + 2)))
        } else {
            None
        }
    }

    /// An ordinal suffix (`-ci`, `-cı`, `-cu`, `-cü`, `-nci` …).
    fn ordinal(&self, i: usize) -> Option<usize> {
        let (j, s) = self.hyphen_suffix(i)?;
        let s = s.strip_prefix('n').unwrap_or(s);
        matches!(s, "ci" | "cı" | "cu" | "cü").then_some(j)
    }

    /// A day number with an optional case suffix: returns (day, last token, morphemes).
    pub(super) fn day(&self, i: usize) -> Option<(u8, usize, u16)> {
        let n = self.doc().number(i)?;
        if !(1..=31).contains(&n) || self.doc().surface(i).len() > 2 {
            return None;
        }
        match self.hyphen_suffix(i) {
            Some((j, s)) => {
                let m = morph::chain(self.doc().surface(i), s, Mode::Lenient)?;
                Some((n as u8, j, m))
            }
            None => Some((n as u8, i, 0)),
        }
    }

    /// A word whose stem is `stem` (e.g. `il` in `ildə`); returns morphemes.
    pub(super) fn stem_is(&self, i: usize, stem: &str) -> Option<u16> {
        let d = self.doc();
        if !d.is_word(i) {
            return None;
        }
        morph::stem_is(d.folded(i), stem, Mode::Strict)
    }

    /// A month name, possibly inflected: (month, morphemes).
    pub(super) fn month(&self, i: usize) -> Option<(u8, u16)> {
        let (hit, sp) = self.w.stem_in(i, MONTH)?;
        Some((hit.payload, sp.morphs))
    }

    /// A four-digit year followed by `-ci il…`: (year, `il` token, morphemes).
    fn year_il(&self, i: usize) -> Option<(i32, usize, u16)> {
        let y = self.year_num(i)?;
        let o = self.ordinal(i)?;
        let il = self.next_word(o, false)?;
        let m = self.stem_is(il, "il")?;
        Some((y, il, m))
    }

    fn year_num(&self, i: usize) -> Option<i32> {
        let d = self.doc();
        let n = d.number(i)?;
        (d.surface(i).len() == 4 && (1000..=2199).contains(&n)).then_some(n as i32)
    }

    pub(super) fn resolve_day(&self, y: Option<i32>, m: u8, dd: u8) -> Option<Point> {
        let y = y.or_else(|| self.r.map(|r| nearest_year(r, m, dd)));
        if let Some(y) = y {
            Ymd::new(y, m, dd)?;
        } else if dd > date::days_in_month(2024, m) {
            return None;
        }
        Some(Point::Day { y, m, d: dd })
    }

    // ----- patterns ------------------------------------------------------

    /// `16.01.2019`, `2023-09-26`.
    fn numeric(&self, i: usize) -> Option<Found> {
        let d = self.doc();
        let (a, b) = (d.number(i)?, d.number(i + 2));
        let sep = d.punct_at(i + 1)?;
        if !(sep == '.' || sep == '-' || sep == '/') || d.punct_at(i + 3) != Some(sep) {
            return None;
        }
        if !(d.attached(i + 1) && d.attached(i + 2) && d.attached(i + 3) && d.attached(i + 4)) {
            return None;
        }
        let (b, c) = (b?, d.number(i + 4)?);
        let (la, lc) = (d.surface(i).len(), d.surface(i + 4).len());
        let day = if la == 4 && sep == '-' {
            Ymd::new(a as i32, b as u8, c as u8)?
        } else if lc == 4 && la <= 2 && sep != '-' {
            Ymd::new(c as i32, b as u8, a as u8)?
        } else {
            return None;
        };
        // A number straight after (`16.01.2019.5`) means a version, not a date.
        if d.punct_at(i + 5) == Some('.') && d.kind(i + 6) == Some(Kind::Num) && d.attached(i + 6) {
            return None;
        }
        let mut last = i + 4;
        if let Some((j, _)) = self.hyphen_suffix(last) {
            last = j;
        }
        Some(Found { first: i, last, value: Some(Timex::One(Point::day(day))) })
    }

    /// Phrases that open with a year: `2023-cü ildə`, `2013-2018-ci
    /// illərdə`, `2021-ci il iyunun 15-də`, `2009-cu il 5 sentyabr`,
    /// `2020-ci ilin fevral ayında`, `2024-cü ilin ikinci rübündə`.
    pub(super) fn year_led(&self, i: usize) -> Option<Found> {
        let d = self.doc();
        // Range of years: 2013-2018-ci illərdə.
        if let (Some(y1), Some('-' | '–')) = (self.year_num(i), d.punct_at(i + 1)) {
            if d.attached(i + 1) && d.attached(i + 2) {
                if let Some((y2, il, m)) = self.year_il(i + 2) {
                    if y2 > y1 && m & PL != 0 {
                        return Some(Found {
                            first: i,
                            last: il,
                            value: Some(Timex::Range(Point::Year(y1), Point::Year(y2))),
                        });
                    }
                }
            }
        }
        let (y, il, m) = self.year_il(i)?;
        // `1940-cı ildən 1994-cü ilədək`
        if m & ABL != 0 {
            if let Some((y2, il2, m2)) = self.next_word(il, false).and_then(|k| self.year_il(k)) {
                if y2 > y && m2 & (TERM | DAT) != 0 {
                    return Some(Found {
                        first: i,
                        last: il2,
                        value: Some(Timex::Range(Point::Year(y), Point::Year(y2))),
                    });
                }
            }
        }
        if m & PL != 0 {
            // `1990-cı illərdə` is a decade: left unmarked.
            return None;
        }
        if m == 0 {
            if let Some(n) = self.next_word(il, true) {
                if let Some(f) = self.month_day(n, Some(y), i, None) {
                    return Some(f);
                }
                if let Some(f) = self.day_month(n, Some(y), i, None) {
                    return Some(f);
                }
            }
        }
        if m == GEN {
            if let Some(n) = self.next_word(il, false) {
                // `2027-ci ilin sonunadək`: a part of the year is the year.
                if let Some(k) = self.month_part(n) {
                    return Some(Found { first: i, last: k, value: Some(Timex::One(Point::Year(y))) });
                }
                if let Some(f) = self
                    .month_day(n, Some(y), i, None)
                    .or_else(|| self.month_led(n, Some(y), i).map(|f| self.until_year_month(f)))
                    .or_else(|| self.quarter(n, Some(y), i))
                    .or_else(|| self.first_months(n, Some(y), i))
                {
                    return Some(f);
                }
            }
        }
        Some(Found { first: i, last: il, value: Some(Timex::One(Point::Year(y))) })
    }

    /// `Sentyabrın 26-da`, `mayın 17-dən 19-dək`, `aprelin 14 və 15-də`.
    pub(super) fn month_day(
        &self,
        i: usize,
        year: Option<i32>,
        first: usize,
        sentence_year: Option<i32>,
    ) -> Option<Found> {
        let (m, mm) = self.month(i)?;
        if mm != GEN {
            return None;
        }
        let n = self.next_word(i, false)?;
        // `sentyabrın sonunda`, `martın əvvəlindən`: a part of the month.
        if let Some(k) = self.month_part(n) {
            let y = year.or(sentence_year).or_else(|| self.r.map(|r| r.y));
            return Some(Found { first, last: k, value: Some(Timex::One(Point::Month { y, m })) });
        }
        let (d1, mut last, dm) = self.day(n)?;
        let y = year.or(sentence_year);
        let p1 = self.resolve_day(y, m, d1)?;
        let mut value = Timex::One(p1);
        // Ranges: `17-dən 19-dək`, `14 və 15-də`, `3-7-də`.
        let second = if dm & ABL != 0 {
            self.next_word(last, false).and_then(|k| self.day(k)).filter(|&(_, _, m2)| m2 & (TERM | DAT) != 0)
        } else if dm == 0 && self.doc().word_is(last + 1, "və") {
            self.next_word(last + 1, false).and_then(|k| self.day(k))
        } else {
            None
        };
        if let Some((d2, l2, _)) = second {
            if d2 > d1 {
                if let Some(p2) = self.resolve_day(y, m, d2) {
                    value = Timex::Range(p1, p2);
                    last = l2;
                }
            }
        } else if dm & ABL != 0 {
            // `martın 30-dan aprelin 2-dək`: a range across months.
            let end = self.next_word(last, false).and_then(|k| self.month_day(k, year, k, sentence_year));
            if let Some(Found { last: l2, value: Some(Timex::One(p2)), .. }) = end {
                let to = self.doc().folded(l2);
                if to.ends_with("dək") || to.ends_with("dak") {
                    value = Timex::Range(p1, p2);
                    last = l2;
                }
            }
        }
        Some(Found { first, last, value: Some(value) })
    }

    /// `əvvəli`, `ortası`, `sonu` (with endings) after a month: returns the
    /// word's token.
    pub(super) fn month_part(&self, n: usize) -> Option<usize> {
        ["əvvəl", "orta", "son"]
            .iter()
            .any(|p| self.stem_is(n, p).is_some_and(|m| m & (super::morph::POSS3 | super::morph::POSS) != 0))
            .then_some(n)
    }

    /// `26 sentyabr`, `26 sentyabr 2023-cü il`, `15 noyabr 2022`.
    pub(super) fn day_month(
        &self,
        i: usize,
        year: Option<i32>,
        first: usize,
        sentence_year: Option<i32>,
    ) -> Option<Found> {
        let (dd, mut dl, dm) = self.day(i)?;
        if dm != 0 {
            return None;
        }
        // `26-27 fevral`: a range of days in one month.
        let mut dd2 = None;
        if matches!(self.doc().punct_at(dl + 1), Some('-' | '–'))
            && self.doc().attached(dl + 1)
            && self.doc().attached(dl + 2)
        {
            if let Some((d2, l2, 0)) = self.day(dl + 2) {
                if d2 > dd {
                    dd2 = Some(d2);
                    dl = l2;
                }
            }
        }
        let mi = self.next_word(dl, false)?;
        let (m, mm) = self.month(mi)?;
        // Months are written in lower case; a capitalised one after a day
        // names an event or a holiday (`20 Yanvar faciəsi`, `28 May`).
        if self.doc().is(mi, crate::token::CAP) {
            return None;
        }
        if mm & !(LOC | ABL | DAT | GEN | TERM) != 0 {
            return None;
        }
        let mut last = mi;
        let mut y = year;
        if y.is_none() && mm == 0 {
            if let Some(yi) = self.next_word(mi, false) {
                if let Some((yy, il, _)) = self.year_il(yi) {
                    y = Some(yy);
                    last = il;
                } else if let Some(yy) = self.year_num(yi) {
                    if self.hyphen_suffix(yi).is_none() {
                        y = Some(yy);
                        last = yi;
                    }
                }
            }
        }
        let p = self.resolve_day(y.or(sentence_year), m, dd)?;
        let value = match dd2 {
            Some(d2) => Timex::Range(p, self.resolve_day(y.or(sentence_year), m, d2)?),
            None => Timex::One(p),
        };
        Some(Found { first, last, value: Some(value) })
    }
}

/// Stems a date phrase can open with; every other word is skipped without
/// running the grammar (most words of a text).
fn may_open_date(folded: &str) -> bool {
    // (stems that may take endings, whole words)
    let (stems, words): (&[&str], &[&str]) = match folded.chars().next() {
        Some('y') => (&["yanvar"], &[]),
        Some('f') => (&["fevral"], &[]),
        Some('m') => (&["mart", "may"], &[]),
        Some('a') => (&["aprel", "avqust"], &[]),
        Some('i') => (&["iyun", "iyul"], &["ikinci", "ilin"]),
        Some('s') => (&["sentyabr", "sabah", "srağagün"], &[]),
        Some('o') => (&["oktyabr"], &[]),
        Some('n') => (&["noyabr"], &[]),
        Some('d') => (&["dekabr", "dünən"], &["dördüncü"]),
        Some('b') => (&["bazar", "birigün", "bugün"], &["bu", "birinci"]),
        Some('ç') => (&["çərşənbə"], &[]),
        Some('c') => (&["cümə"], &["cari"]),
        Some('ş') => (&["şənbə"], &[]),
        Some('ö') => (&[], &["ötən"]),
        Some('k') => (&[], &["keçən"]),
        Some('g') => (&[], &["gələn"]),
        Some('ü') => (&[], &["üçüncü"]),
        Some('ı') => (&[], &["ı", "ıı", "ııı", "ıv"]),
        _ => return false,
    };
    words.contains(&folded) || stems.iter().any(|o| folded.starts_with(o))
}
