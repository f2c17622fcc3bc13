//! Scoring against gold annotations as `GUIDELINES.md` defines it: strict
//! match on start, end and label; precision, recall and F1 per label and
//! micro-averaged; date-value accuracy over correctly found dates.

use crate::types::Label;
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// A span to compare (offsets in any one unit, the same for gold and
/// prediction).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub label: Label,
    pub value: Option<String>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Accumulated scores over documents.
#[derive(Clone, Debug, Default)]
pub struct Scores {
    pub per_label: BTreeMap<Label, Counts>,
    pub dates_found: usize,
    pub dates_value_ok: usize,
    pub docs: usize,
}

/// One difference between gold and prediction, for error listings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Diff {
    Missed(Span),
    Spurious(Span),
    WrongValue { gold: Span, got: Option<String> },
}

impl Scores {
    /// Adds one document; returns its differences.
    pub fn add(&mut self, gold: &[Span], pred: &[Span]) -> Vec<Diff> {
        self.docs += 1;
        let mut diffs = Vec::new();
        let mut matched = vec![false; pred.len()];
        for g in gold {
            let c = self.per_label.entry(g.label).or_default();
            let hit = pred
                .iter()
                .enumerate()
                .find(|(i, p)| !matched[*i] && p.start == g.start && p.end == g.end && p.label == g.label);
            match hit {
                Some((i, p)) => {
                    matched[i] = true;
                    c.tp += 1;
                    if g.label == Label::Date {
                        self.dates_found += 1;
                        if g.value.is_some() && p.value == g.value {
                            self.dates_value_ok += 1;
                        } else if g.value.is_some() || p.value.is_some() {
                            diffs.push(Diff::WrongValue { gold: g.clone(), got: p.value.clone() });
                        } else {
                            self.dates_value_ok += 1;
                        }
                    }
                }
                None => {
                    c.fn_ += 1;
                    diffs.push(Diff::Missed(g.clone()));
                }
            }
        }
        for (i, p) in pred.iter().enumerate() {
            if !matched[i] {
                self.per_label.entry(p.label).or_default().fp += 1;
                diffs.push(Diff::Spurious(p.clone()));
            }
        }
        diffs
    }

    pub fn micro(&self) -> Counts {
        self.per_label.values().fold(Counts::default(), |a, c| Counts {
            tp: a.tp + c.tp,
            fp: a.fp + c.fp,
            fn_: a.fn_ + c.fn_,
        })
    }

    pub fn value_accuracy(&self) -> f64 {
        ratio(self.dates_value_ok, self.dates_found)
    }

    /// A plain-text table.
    pub fn table(&self) -> String {
        let mut s = String::new();
        let _ = writeln!(s, "{:<8} {:>5} {:>5} {:>5} {:>7} {:>7} {:>7}", "label", "tp", "fp", "fn", "P", "R", "F1");
        let row = |s: &mut String, name: &str, c: &Counts| {
            let _ = writeln!(
                s,
                "{:<8} {:>5} {:>5} {:>5} {:>7.3} {:>7.3} {:>7.3}",
                name,
                c.tp,
                c.fp,
                c.fn_,
                c.precision(),
                c.recall(),
                c.f1()
            );
        };
        for l in Label::ALL {
            row(&mut s, l.as_str(), &self.per_label.get(&l).copied().unwrap_or_default());
        }
        row(&mut s, "micro", &self.micro());
        let _ = writeln!(
            s,
            "date values: {}/{} correct ({:.3}) over {} documents",
            self.dates_value_ok,
            self.dates_found,
            self.value_accuracy(),
            self.docs
        );
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sp(s: usize, e: usize, l: Label, v: Option<&str>) -> Span {
        Span { start: s, end: e, label: l, value: v.map(str::to_string) }
    }

    #[test]
    fn strict_match_counts() {
        let gold =
            [sp(0, 5, Label::Person, None), sp(10, 15, Label::Place, None), sp(20, 25, Label::Date, Some("2023"))];
        let pred = [
            sp(0, 5, Label::Person, None),
            sp(10, 14, Label::Place, None),
            sp(20, 25, Label::Date, Some("2024")),
            sp(30, 31, Label::Org, None),
        ];
        let mut s = Scores::default();
        let diffs = s.add(&gold, &pred);
        assert_eq!(s.micro(), Counts { tp: 2, fp: 2, fn_: 1 });
        assert_eq!(s.per_label[&Label::Place], Counts { tp: 0, fp: 1, fn_: 1 });
        assert_eq!(s.dates_found, 1);
        assert_eq!(s.value_accuracy(), 0.0);
        assert_eq!(diffs.len(), 4);
        assert!((s.micro().f1() - 4.0 / 7.0).abs() < 1e-9);
    }

    #[test]
    fn empty_is_zero_not_nan() {
        let s = Scores::default();
        assert_eq!(s.micro().f1(), 0.0);
        assert!(s.table().contains("micro"));
    }
}

/// A gold document.
#[derive(Clone, Debug, Default)]
pub struct GoldDoc {
    pub id: String,
    pub lang: Option<String>,
    pub ref_date: Option<String>,
    pub text: String,
    /// Spans in byte offsets into `text`.
    pub spans: Vec<Span>,
}

/// Parses the corpus's inline markup (`{{LABEL|surface}}`,
/// `{{DATE:VALUE|surface}}`, header lines `#id:` `#lang:` `#ref_date:`).
pub fn parse_ann(raw: &str, default_id: &str) -> Result<GoldDoc, String> {
    let mut doc = GoldDoc { id: default_id.to_string(), ..GoldDoc::default() };
    let mut body_start = 0;
    for line in raw.split_inclusive('\n') {
        let l = line.trim_end_matches(['\n', '\r']);
        match l.strip_prefix('#').and_then(|h| h.split_once(':')) {
            Some((k, v)) => {
                let v = v.trim().to_string();
                match k.trim() {
                    "id" => doc.id = v,
                    "lang" => doc.lang = Some(v),
                    "ref_date" if !v.is_empty() => doc.ref_date = Some(v),
                    _ => {}
                }
                body_start += line.len();
            }
            None => break,
        }
    }
    let body = &raw[body_start..];
    let mut rest = body;
    while let Some(i) = rest.find("{{") {
        doc.text.push_str(&rest[..i]);
        let after = &rest[i + 2..];
        let close = after.find("}}").ok_or_else(|| format!("{}: unclosed mark", doc.id))?;
        let mark = &after[..close];
        let (head, surface) = mark.split_once('|').ok_or_else(|| format!("{}: mark without |: {mark}", doc.id))?;
        let (label, value) = match head.split_once(':') {
            Some((l, v)) => (l, Some(v.to_string())),
            None => (head, None),
        };
        let label = Label::parse(label).ok_or_else(|| format!("{}: unknown label {label}", doc.id))?;
        let start = doc.text.len();
        doc.text.push_str(surface);
        doc.spans.push(Span { start, end: doc.text.len(), label, value });
        rest = &after[close + 2..];
    }
    doc.text.push_str(rest);
    Ok(doc)
}

#[cfg(test)]
mod ann_tests {
    use super::*;

    #[test]
    fn parses_headers_and_marks() {
        let raw =
            "#id: x\n#lang: az\n#ref_date: \n{{PERSON|İlham Əliyevə}} zəng, {{DATE:XXXX-09-26|Sentyabrın 26-da}}.";
        let d = parse_ann(raw, "f").unwrap();
        assert_eq!(d.id, "x");
        assert_eq!(d.ref_date, None);
        assert_eq!(d.text, "İlham Əliyevə zəng, Sentyabrın 26-da.");
        assert_eq!(&d.text[d.spans[0].start..d.spans[0].end], "İlham Əliyevə");
        assert_eq!(d.spans[1].value.as_deref(), Some("XXXX-09-26"));
    }

    #[test]
    fn rejects_broken_markup() {
        assert!(parse_ann("{{FOO|x}}", "f").is_err());
        assert!(parse_ann("{{PERSON|x", "f").is_err());
    }
}
