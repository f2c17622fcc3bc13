//! Calendar arithmetic and TIMEX3-style date values (`2023-09-26`,
//! `XXXX-09-26`, `2023-09`, `2023`, `2024-W14`, `A/B` ranges), shared by
//! every language's date grammar.

use std::fmt;

/// A calendar day (proleptic Gregorian).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Ymd {
    pub y: i32,
    pub m: u8,
    pub d: u8,
}

pub fn days_in_month(y: i32, m: u8) -> u8 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

impl Ymd {
    /// A valid day, or `None`.
    pub fn new(y: i32, m: u8, d: u8) -> Option<Ymd> {
        if (1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m) && (1..=9999).contains(&y) {
            Some(Ymd { y, m, d })
        } else {
            None
        }
    }

    /// Parses `YYYY-MM-DD` exactly.
    pub fn parse(s: &str) -> Option<Ymd> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |r: std::ops::Range<usize>| -> Option<u32> {
            let part = s.get(r)?;
            if !part.bytes().all(|c| c.is_ascii_digit()) {
                return None;
            }
            part.parse().ok()
        };
        Ymd::new(num(0..4)? as i32, num(5..7)? as u8, num(8..10)? as u8)
    }

    /// Days since 1970-01-01 (Howard Hinnant's civil-from-days inverse).
    pub fn to_days(self) -> i64 {
        let y = self.y as i64 - if self.m <= 2 { 1 } else { 0 };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = self.m as i64;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + self.d as i64 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    pub fn from_days(z: i64) -> Ymd {
        let z = z + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let y = (yoe + era * 400 + if m <= 2 { 1 } else { 0 }) as i32;
        Ymd { y, m, d }
    }

    pub fn add_days(self, n: i64) -> Ymd {
        Ymd::from_days(self.to_days() + n)
    }

    /// ISO weekday: 1 = Monday … 7 = Sunday.
    pub fn weekday(self) -> u8 {
        ((self.to_days() + 3).rem_euclid(7) + 1) as u8
    }

    /// The Monday of this day's ISO week.
    pub fn week_start(self) -> Ymd {
        self.add_days(1 - self.weekday() as i64)
    }

    /// ISO week-numbering year and week.
    pub fn iso_week(self) -> (i32, u8) {
        let thursday = self.add_days(4 - self.weekday() as i64);
        let jan1 = Ymd { y: thursday.y, m: 1, d: 1 };
        (thursday.y, ((thursday.to_days() - jan1.to_days()) / 7 + 1) as u8)
    }

    /// Adds months, clamping the day to the month's length.
    pub fn add_months(self, n: i32) -> Ymd {
        let idx = self.y * 12 + self.m as i32 - 1 + n;
        let (y, m) = (idx.div_euclid(12), (idx.rem_euclid(12) + 1) as u8);
        Ymd { y, m, d: self.d.min(days_in_month(y, m)) }
    }
}

/// One point of a date value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Point {
    /// A day; `y` is `None` when the year is unknown (`XXXX-09-26`).
    Day {
        y: Option<i32>,
        m: u8,
        d: u8,
    },
    Month {
        y: Option<i32>,
        m: u8,
    },
    Year(i32),
    /// An ISO week (`2006-W14`).
    Week {
        y: i32,
        w: u8,
    },
    /// A quarter (`2006-Q4`), as English TIMEX annotations write it.
    Quarter {
        y: i32,
        q: u8,
    },
    /// A half year (`2008-H1`).
    Half {
        y: i32,
        h: u8,
    },
    /// A decade, written as its first three digits (`200` = the 2000s).
    Decade(i32),
}

impl Point {
    pub fn day(d: Ymd) -> Point {
        Point::Day { y: Some(d.y), m: d.m, d: d.d }
    }

    /// The point's year, when it has one (not a decade, nor a day or month
    /// whose year is unknown).
    pub fn year(self) -> Option<i32> {
        match self {
            Point::Day { y, .. } | Point::Month { y, .. } => y,
            Point::Year(y) | Point::Week { y, .. } | Point::Quarter { y, .. } | Point::Half { y, .. } => Some(y),
            _ => None,
        }
    }

    /// The same point `n` years later (earlier when negative); a day that
    /// does not exist then (29 February) has no such point.
    pub fn add_years(self, n: i32) -> Option<Point> {
        Some(match self {
            Point::Day { y: Some(y), m, d } => Point::day(Ymd::new(y + n, m, d)?),
            Point::Month { y: Some(y), m } => Point::Month { y: Some(y + n), m },
            Point::Year(y) => Point::Year(y + n),
            Point::Week { y, w } => Point::Week { y: y + n, w },
            Point::Quarter { y, q } => Point::Quarter { y: y + n, q },
            Point::Half { y, h } => Point::Half { y: y + n, h },
            _ => return None,
        })
    }
}

/// A normalised date value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Timex {
    One(Point),
    Range(Point, Point),
}

/// `n` in decimal, zero-padded to `width` chars with the sign counted, as
/// `{n:0width$}` writes it. The values are written by hand: `fmt`'s
/// padding path is the slowest part of an entity's value in wasm.
fn push_padded(out: &mut String, n: i32, width: usize) {
    let mut width = width;
    if n < 0 {
        out.push('-');
        width = width.saturating_sub(1);
    }
    let mut digits = [0u8; 10];
    let mut v = n.unsigned_abs();
    let mut k = digits.len();
    loop {
        k -= 1;
        digits[k] = b'0' + (v % 10) as u8;
        v /= 10;
        if v == 0 || k == 0 {
            break;
        }
    }
    for _ in digits.len() - k..width {
        out.push('0');
    }
    for &d in &digits[k..] {
        out.push(char::from(d));
    }
}

fn push_year(out: &mut String, y: Option<i32>) {
    match y {
        Some(y) => push_padded(out, y, 4),
        None => out.push_str("XXXX"),
    }
}

impl Point {
    /// Appends the TIMEX3 value (`2023-09-26`, `XXXX-09`, `2024-W14`).
    pub fn push_to(&self, out: &mut String) {
        let (sep, n, width) = match *self {
            Point::Day { y, m, d } => {
                push_year(out, y);
                out.push('-');
                push_padded(out, m.into(), 2);
                ("-", d, 2)
            }
            Point::Month { y, m } => {
                push_year(out, y);
                ("-", m, 2)
            }
            Point::Year(y) => return push_padded(out, y, 4),
            Point::Week { y, w } => {
                push_padded(out, y, 4);
                ("-W", w, 2)
            }
            Point::Quarter { y, q } => {
                push_padded(out, y, 4);
                ("-Q", q, 1)
            }
            Point::Half { y, h } => {
                push_padded(out, y, 4);
                ("-H", h, 1)
            }
            Point::Decade(d) => return push_padded(out, d, 3),
        };
        out.push_str(sep);
        push_padded(out, n.into(), width);
    }
}

impl Timex {
    /// Appends the TIMEX3 value; a range is its two points with `/`.
    pub fn push_to(&self, out: &mut String) {
        match self {
            Timex::One(p) => p.push_to(out),
            Timex::Range(a, b) => {
                a.push_to(out);
                out.push('/');
                b.push_to(out);
            }
        }
    }
}

impl fmt::Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut s = String::with_capacity(10);
        self.push_to(&mut s);
        f.write_str(&s)
    }
}

impl fmt::Display for Timex {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut s = String::with_capacity(21);
        self.push_to(&mut s);
        f.write_str(&s)
    }
}

/// The year that puts month `m`, day `d` nearest to `r`.
pub fn nearest_year(r: Ymd, m: u8, d: u8) -> i32 {
    let mut best = r.y;
    let mut best_dist = i64::MAX;
    for y in [r.y - 1, r.y, r.y + 1] {
        let dd = d.min(days_in_month(y, m));
        if let Some(c) = Ymd::new(y, m, dd) {
            let dist = (c.to_days() - r.to_days()).abs();
            if dist < best_dist {
                best = y;
                best_dist = dist;
            }
        }
    }
    best
}

/// The day with ISO weekday `wd` nearest to `r` (within three days).
pub fn nearest_weekday(r: Ymd, wd: u8) -> Ymd {
    let diff = (wd as i64 - r.weekday() as i64).rem_euclid(7);
    let diff = if diff > 3 { diff - 7 } else { diff };
    r.add_days(diff)
}

/// The first day with ISO weekday `wd` on or after `r`.
pub fn next_weekday(r: Ymd, wd: u8) -> Ymd {
    r.add_days((wd as i64 - r.weekday() as i64).rem_euclid(7))
}

/// The last day with ISO weekday `wd` on or before `r`.
pub fn last_weekday(r: Ymd, wd: u8) -> Ymd {
    r.add_days(-(r.weekday() as i64 - wd as i64).rem_euclid(7))
}

/// The week `offset` weeks from `r`'s, as a Monday–Sunday range.
pub fn week_range(r: Ymd, offset: i64) -> Timex {
    let mon = r.week_start().add_days(7 * offset);
    Timex::Range(Point::day(mon), Point::day(mon.add_days(6)))
}

/// Quarter `q` (1-4) of year `y` as a month range.
pub fn quarter(y: i32, q: u8) -> Timex {
    let first = (q.clamp(1, 4) - 1) * 3 + 1;
    Timex::Range(Point::Month { y: Some(y), m: first }, Point::Month { y: Some(y), m: first + 2 })
}

/// Half `h` (1-2) of year `y` as a month range.
pub fn half(y: i32, h: u8) -> Timex {
    let first = if h == 2 { 7 } else { 1 };
    Timex::Range(Point::Month { y: Some(y), m: first }, Point::Month { y: Some(y), m: first + 5 })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Ymd {
        Ymd::parse(s).unwrap()
    }

    #[test]
    fn days_round_trip() {
        for s in ["1970-01-01", "2000-02-29", "2023-09-26", "1600-03-01", "2100-12-31", "0001-01-01"] {
            assert_eq!(Ymd::from_days(d(s).to_days()), d(s));
        }
        assert_eq!(d("1970-01-02").to_days(), 1);
    }

    #[test]
    fn parse_rejects_bad_dates() {
        for s in ["2023-02-29", "2023-13-01", "2023-9-26", "20230926", "2023-09-26x", "abcd-ef-gh", ""] {
            assert!(Ymd::parse(s).is_none(), "{s}");
        }
        assert!(Ymd::parse("2024-02-29").is_some());
    }

    #[test]
    fn weekdays_and_weeks() {
        assert_eq!(d("2023-09-26").weekday(), 2); // a Tuesday
        assert_eq!(d("2025-03-29").weekday(), 6); // a Saturday
        assert_eq!(d("2022-02-12").week_start(), d("2022-02-07"));
        assert_eq!(week_range(d("2022-02-12"), -1).to_string(), "2022-01-31/2022-02-06");
        assert_eq!(d("2006-03-28").iso_week(), (2006, 13));
        assert_eq!(d("2021-01-03").iso_week(), (2020, 53));
    }

    #[test]
    fn nearest_resolution() {
        assert_eq!(nearest_year(d("2025-03-29"), 3, 30), 2025);
        assert_eq!(nearest_year(d("2023-01-05"), 12, 28), 2022);
        assert_eq!(nearest_year(d("2022-12-30"), 1, 2), 2023);
        assert_eq!(nearest_weekday(d("2019-01-17"), 5), d("2019-01-18"));
        assert_eq!(nearest_weekday(d("2024-04-29"), 7), d("2024-04-28"));
        assert_eq!(nearest_weekday(d("2005-06-06"), 1), d("2005-06-06"));
        // 2026-02-20 is a Friday.
        assert_eq!(next_weekday(d("2026-02-20"), 3), d("2026-02-25"));
        assert_eq!(last_weekday(d("2026-02-20"), 3), d("2026-02-18"));
        assert_eq!(next_weekday(d("2026-02-20"), 5), d("2026-02-20"));
        assert_eq!(last_weekday(d("2026-02-20"), 5), d("2026-02-20"));
    }

    #[test]
    fn formats() {
        assert_eq!(Timex::One(Point::Day { y: None, m: 9, d: 26 }).to_string(), "XXXX-09-26");
        assert_eq!(Timex::One(Point::Month { y: Some(2022), m: 7 }).to_string(), "2022-07");
        assert_eq!(quarter(2024, 2).to_string(), "2024-04/2024-06");
        assert_eq!(half(2024, 2).to_string(), "2024-07/2024-12");
        assert_eq!(Timex::Range(Point::Year(2013), Point::Year(2018)).to_string(), "2013/2018");
        assert_eq!(d("2024-01-31").add_months(1), d("2024-02-29"));
        assert_eq!(Timex::One(Point::Quarter { y: 2006, q: 4 }).to_string(), "2006-Q4");
        assert_eq!(Timex::One(Point::Half { y: 2008, h: 1 }).to_string(), "2008-H1");
        assert_eq!(Timex::One(Point::Decade(200)).to_string(), "200");
    }

    /// The hand-written digits agree with `fmt`'s zero padding, signs and
    /// widths past the padding included.
    #[test]
    fn padding_matches_fmt() {
        for n in [0, 7, 42, 199, 2024, 12345, -1, -42, -2024, i32::MAX, i32::MIN] {
            for (w, want) in
                [(1, format!("{n:01}")), (2, format!("{n:02}")), (3, format!("{n:03}")), (4, format!("{n:04}"))]
            {
                let mut got = String::new();
                push_padded(&mut got, n, w);
                assert_eq!(got, want, "{n} width {w}");
            }
        }
        let p = Point::Week { y: 987, w: 3 };
        assert_eq!(Timex::Range(p, Point::Decade(7)).to_string(), "0987-W03/007");
    }
}
