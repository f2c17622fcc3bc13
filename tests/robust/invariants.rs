//! What must hold for every input, whatever it is: checked by the property
//! tests (tests/properties.rs), the fuzz regression test
//! (tests/fuzz_regressions.rs) and the libFuzzer target
//! (fuzz/fuzz_targets/pipeline.rs), which includes this file by path.
//! Every check panics with a message that names the broken property.

use vurgu::date::{days_in_month, Point, Timex};
use vurgu::offsets::{convert, Unit};
use vurgu::render::html;
use vurgu::{analyze, Analysis, Entity, Label, LabelSet, Lang, LangChoice, Options, Ymd};

/// The attributes `render::html::render` may put on a `<mark>`.
pub const MARK_ATTRS: [&str; 6] = ["class", "data-label", "data-group", "data-base", "data-value", "title"];

/// Reference dates worth trying: ordinary, leap day, and both ends of the
/// range `Ymd` accepts.
pub const REF_DATES: [&str; 5] = ["2023-09-30", "2024-02-29", "0001-01-01", "9999-12-31", "2000-12-31"];

/// Analyses `text` with `opts`, checks everything below, and returns the
/// analysis.
pub fn check<'a>(text: &'a str, opts: &Options) -> Analysis<'a> {
    let a = analyze(text, opts);
    match opts.lang {
        LangChoice::Fixed(l) => assert_eq!(a.lang, l, "a forced language is the one used"),
        LangChoice::Auto => assert_eq!(a.lang, vurgu::detect::detect(text), "auto uses detect()"),
    }
    check_entities(text, &a.entities, opts.labels);
    check_offsets(text, &a.entities);
    check_render(text, &a.entities, &html::render(text, &a.entities));
    a
}

/// `check` for all labels and for `subset`, and that the subset run gives
/// exactly the full run's entities of those labels (same spans, same
/// groups: the filter comes after everything else; with all labels, this
/// says two runs agree). Returns the number of entities of the full run.
pub fn check_with_subset(text: &str, lang: LangChoice, ref_date: Option<Ymd>, subset: LabelSet) -> usize {
    let full = Options { lang, labels: LabelSet::ALL, ref_date };
    let all = check(text, &full);
    let part = check(text, &Options { labels: subset, ..full });
    let want: Vec<&Entity<'_>> = all.entities.iter().filter(|e| subset.contains(e.label)).collect();
    let got: Vec<&Entity<'_>> = part.entities.iter().collect();
    assert!(got == want, "labels filter = full run filtered: {got:?} vs {want:?}");
    all.entities.len()
}

pub fn check_entities(text: &str, es: &[Entity<'_>], labels: LabelSet) {
    let mut prev_end = 0usize;
    let mut group_label: std::collections::HashMap<u32, Label> = Default::default();
    for (i, e) in es.iter().enumerate() {
        let at = format!("entity {i} {:?} {}..{}", e.label, e.start, e.end);
        assert!(e.start < e.end, "{at}: empty or reversed span");
        assert!(e.end <= text.len(), "{at}: past the end of a {}-byte text", text.len());
        assert!(text.is_char_boundary(e.start) && text.is_char_boundary(e.end), "{at}: not on char boundaries");
        assert!(e.start >= prev_end, "{at}: overlaps or precedes the previous entity (ends at {prev_end})");
        prev_end = e.end;
        assert_eq!(&text[e.start..e.end], e.text, "{at}: text[start..end] == entity.text");
        assert!(std::ptr::eq(e.text.as_ptr(), text[e.start..].as_ptr()), "{at}: entity.text is the input's own slice");
        assert!(labels.contains(e.label), "{at}: label not asked for");
        assert!(e.group >= 1, "{at}: group ids start at 1");
        let prev = group_label.insert(e.group, e.label);
        assert!(prev.is_none() || prev == Some(e.label), "{at}: group {} holds two labels", e.group);
        if e.label == Label::Date {
            assert!(e.base.is_none(), "{at}: dates have no base form");
            if let Some(v) = e.value {
                check_timex(v, &at);
            }
        } else {
            let b = e.base.as_deref().unwrap_or_else(|| panic!("{at}: a name without a base form"));
            assert!(!b.is_empty(), "{at}: empty base form");
            assert!(b.chars().any(char::is_alphanumeric), "{at}: base form {b:?} has no letter or digit");
            assert!(e.value.is_none(), "{at}: a name with a date value");
        }
    }
}

fn check_timex(v: Timex, at: &str) {
    let s = v.to_string();
    // The value goes into an attribute unescaped (render writes it raw).
    assert!(
        !s.is_empty() && s.chars().all(|c| c.is_ascii_digit() || "X-WQH/".contains(c)),
        "{at}: date value {s:?} outside the TIMEX alphabet"
    );
    // Four-digit years, as `refDate` takes them and TIMEX writes them.
    let year =
        |y: Option<i32>| assert!(y.is_none() || (0..=9999).contains(&y.unwrap()), "{at}: year out of 0..=9999 in {s}");
    let point = |p: Point| match p {
        Point::Day { y, m, d } => {
            assert!(
                (1..=12).contains(&m) && d >= 1 && d <= days_in_month(y.unwrap_or(2000), m),
                "{at}: no such day {s}"
            );
            year(y);
        }
        Point::Month { y, m } => {
            assert!((1..=12).contains(&m), "{at}: no such month {s}");
            year(y);
        }
        Point::Year(y) => year(Some(y)),
        Point::Decade(d) => assert!((0..=999).contains(&d), "{at}: decade out of 000..=999 in {s}"),
        Point::Week { y, w } => {
            year(Some(y));
            assert!((1..=53).contains(&w), "{at}: no such week {s}");
        }
        Point::Quarter { y, q } => {
            year(Some(y));
            assert!((1..=4).contains(&q), "{at}: no such quarter {s}");
        }
        Point::Half { y, h } => {
            year(Some(y));
            assert!((1..=2).contains(&h), "{at}: no such half {s}");
        }
    };
    match v {
        Timex::One(p) => point(p),
        Timex::Range(a, b) => {
            point(a);
            point(b);
        }
    }
}

/// `offsets::convert` against an independent count: re-encode the text
/// between consecutive offsets, and slice the UTF-16 / code-point
/// sequences at the converted offsets.
pub fn check_offsets(text: &str, es: &[Entity<'_>]) {
    let bytes: Vec<usize> = es.iter().flat_map(|e| [e.start, e.end]).collect();
    let u16s = convert(text, &bytes, Unit::Utf16);
    let cps = convert(text, &bytes, Unit::CodePoint);
    assert_eq!((u16s.len(), cps.len()), (bytes.len(), bytes.len()), "one converted offset per byte offset");
    let (mut at, mut u, mut c) = (0usize, 0usize, 0usize);
    for (k, &b) in bytes.iter().enumerate() {
        u += text[at..b].encode_utf16().count();
        c += text[at..b].chars().count();
        at = b;
        assert_eq!(u16s[k] as usize, u, "UTF-16 offset of byte {b}");
        assert_eq!(cps[k] as usize, c, "code-point offset of byte {b}");
    }
    if es.is_empty() {
        return;
    }
    let units: Vec<u16> = text.encode_utf16().collect();
    let chars: Vec<char> = text.chars().collect();
    for (i, e) in es.iter().enumerate() {
        let (us, ue) = (u16s[2 * i] as usize, u16s[2 * i + 1] as usize);
        assert!(units[us..ue].iter().copied().eq(e.text.encode_utf16()), "UTF-16 slice of entity {i}");
        let (cs, ce) = (cps[2 * i] as usize, cps[2 * i + 1] as usize);
        assert!(chars[cs..ce].iter().copied().eq(e.text.chars()), "code-point slice of entity {i}");
    }
}

/// What the text of rendered HTML is once a browser has parsed it: NUL
/// cannot be carried by HTML at all, so the renderer writes U+FFFD (one
/// char for one char); everything else must come back unchanged.
pub fn html_text_of(text: &str) -> String {
    text.replace('\0', "\u{FFFD}")
}

/// One `<mark>` found in rendered HTML.
#[derive(Debug)]
pub struct Mark {
    pub attrs: Attrs,
    pub inner: String,
}

/// Parses `render`'s output strictly: text may hold no `<`, `>`, `"`, `'`
/// and `&` only as one of the character references the renderer writes;
/// the only tags are non-nested `<mark …>` … `</mark>` with double-quoted
/// attributes from [`MARK_ATTRS`]. Returns the text with the marks removed
/// and the references decoded, and the marks.
pub fn parse_rendered(h: &str) -> Result<(String, Vec<Mark>), String> {
    let mut plain = String::with_capacity(h.len());
    let mut marks: Vec<Mark> = Vec::new();
    let mut open: Option<Mark> = None;
    let mut rest = h;
    while let Some(c) = rest.chars().next() {
        match c {
            '<' => {
                if let Some(r) = rest.strip_prefix("</mark>") {
                    let m = open.take().ok_or("</mark> without <mark>")?;
                    marks.push(m);
                    rest = r;
                } else if let Some(r) = rest.strip_prefix("<mark ") {
                    if open.is_some() {
                        return Err("nested <mark>".into());
                    }
                    let (attrs, r) = parse_attrs(r)?;
                    open = Some(Mark { attrs, inner: String::new() });
                    rest = r;
                } else {
                    return Err(format!("unexpected markup at {:?}", rest.chars().take(20).collect::<String>()));
                }
            }
            '&' => {
                let (decoded, r) = decode_ref(rest)?;
                plain.push(decoded);
                if let Some(m) = &mut open {
                    m.inner.push(decoded);
                }
                rest = r;
            }
            // A browser's parser turns a raw CR (and CRLF) into LF and drops
            // NUL, so neither may appear unescaped.
            '>' | '"' | '\'' | '\0' | '\r' => return Err(format!("unescaped {c:?} in text")),
            _ => {
                plain.push(c);
                if let Some(m) = &mut open {
                    m.inner.push(c);
                }
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    if open.is_some() {
        return Err("unclosed <mark>".into());
    }
    Ok((plain, marks))
}

/// Character references the renderer may write, and what they stand for.
const REFS: [(&str, char); 6] =
    [("&amp;", '&'), ("&lt;", '<'), ("&gt;", '>'), ("&quot;", '"'), ("&#39;", '\''), ("&#13;", '\r')];

fn decode_ref(s: &str) -> Result<(char, &str), String> {
    for (r, c) in REFS {
        if let Some(rest) = s.strip_prefix(r) {
            return Ok((c, rest));
        }
    }
    Err(format!("bare or unknown reference at {:?}", s.chars().take(12).collect::<String>()))
}

/// Attribute names and decoded values, in order.
type Attrs = Vec<(String, String)>;

fn parse_attrs(mut s: &str) -> Result<(Attrs, &str), String> {
    let mut attrs = Vec::new();
    loop {
        s = s.trim_start_matches(' ');
        if let Some(r) = s.strip_prefix('>') {
            return Ok((attrs, r));
        }
        let eq = s.find("=\"").ok_or("attribute without =\"")?;
        let name = &s[..eq];
        if !MARK_ATTRS.contains(&name) {
            return Err(format!("attribute {name:?} not allowed"));
        }
        if attrs.iter().any(|(n, _)| n == name) {
            return Err(format!("attribute {name:?} twice"));
        }
        s = &s[eq + 2..];
        let mut value = String::new();
        loop {
            let c = s.chars().next().ok_or("unterminated attribute")?;
            match c {
                '"' => {
                    s = &s[1..];
                    break;
                }
                '&' => {
                    let (d, r) = decode_ref(s)?;
                    value.push(d);
                    s = r;
                }
                '<' | '>' | '\'' | '\0' | '\r' => return Err(format!("unescaped {c:?} in attribute {name}")),
                _ => {
                    value.push(c);
                    s = &s[c.len_utf8()..];
                }
            }
        }
        attrs.push((name.to_string(), value));
    }
}

/// The HTML is well-formed as above, its text is the input's, and there is
/// exactly one mark per entity, carrying that entity's attributes.
pub fn check_render(text: &str, es: &[Entity<'_>], h: &str) {
    let (plain, marks) = parse_rendered(h).unwrap_or_else(|e| panic!("rendered HTML: {e}"));
    assert!(plain == html_text_of(text), "marks removed and references decoded, the HTML gives back the input");
    assert_eq!(marks.len(), es.len(), "one mark per entity");
    for (m, e) in marks.iter().zip(es) {
        let get = |k: &str| m.attrs.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str());
        assert_eq!(m.inner, html_text_of(e.text), "mark text");
        let label = e.label.as_str();
        assert_eq!(get("class"), Some(format!("vurgu vurgu-{}", label.to_ascii_lowercase()).as_str()));
        assert_eq!(get("data-label"), Some(label));
        assert_eq!(get("data-group"), Some(e.group.to_string().as_str()));
        let base = e.base.as_deref().map(html_text_of);
        assert_eq!(get("data-base"), base.as_deref(), "data-base");
        let value = e.value.map(|v| v.to_string());
        assert_eq!(get("data-value"), value.as_deref(), "data-value");
        let mut title = label.to_string();
        for part in [base.as_deref(), value.as_deref()].into_iter().flatten() {
            title.push_str(" · ");
            title.push_str(part);
        }
        assert_eq!(get("title"), Some(title.as_str()), "title");
    }
}

/// The libFuzzer input format, shared with the regression test: the first
/// byte picks the reference date and the label subset, the rest is the
/// text (invalid UTF-8 becomes U+FFFD, as a browser would show it).
pub struct FuzzCase {
    pub text: String,
    pub ref_date: Option<Ymd>,
    pub labels: LabelSet,
}

pub fn decode_fuzz_input(data: &[u8]) -> FuzzCase {
    let (&b, rest) = data.split_first().unwrap_or((&0, &[]));
    let ref_date = match b & 7 {
        0..=2 => None,
        k => Some(Ymd::parse(REF_DATES[(k - 3) as usize]).expect("valid reference date")),
    };
    let labels = match b >> 3 {
        0 => LabelSet::ALL,
        bits => Label::ALL.into_iter().enumerate().filter(|(i, _)| bits & (1 << i) != 0).map(|(_, l)| l).collect(),
    };
    FuzzCase { text: String::from_utf8_lossy(rest).into_owned(), ref_date, labels }
}

/// One fuzz input through all three language choices.
pub fn check_fuzz_input(data: &[u8]) {
    let case = decode_fuzz_input(data);
    for lang in [LangChoice::Fixed(Lang::Az), LangChoice::Fixed(Lang::En), LangChoice::Auto] {
        check_with_subset(&case.text, lang, case.ref_date, case.labels);
    }
}
