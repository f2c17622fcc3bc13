//! Safe HTML: escaped text with each entity wrapped in a `<mark>`. The
//! text between and inside marks is the input, escaped and otherwise
//! unchanged, so removing the marks gives the input back; newlines stay
//! newlines for `white-space: pre-wrap`.

use crate::types::{Entity, Lang};
use std::fmt::Write as _;

/// Escapes text for an HTML text node or a double-quoted attribute.
pub fn escape_into(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // NUL cannot appear in an HTML document; keep the count of chars.
            '\0' => out.push('\u{FFFD}'),
            // A parser turns a raw CR or CRLF into LF; a reference survives.
            '\r' => out.push_str("&#13;"),
            _ => out.push(c),
        }
    }
}

pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 16);
    escape_into(&mut out, s);
    out
}

/// The highlighted text as an HTML fragment. `entities` must be sorted
/// and disjoint, as `analyze` returns them.
pub fn render(text: &str, entities: &[Entity<'_>]) -> String {
    let mut out = String::with_capacity(text.len() + entities.len() * 96);
    let mut at = 0;
    for e in entities {
        if e.start < at || e.end > text.len() || e.start >= e.end {
            continue;
        }
        let (Some(before), Some(inner)) = (text.get(at..e.start), text.get(e.start..e.end)) else {
            continue;
        };
        escape_into(&mut out, before);
        let label = e.label.as_str();
        let _ = write!(
            out,
            "<mark class=\"vurgu vurgu-{}\" data-label=\"{label}\" data-group=\"{}\"",
            label.to_ascii_lowercase(),
            e.group
        );
        let mut title = String::from(label);
        if let Some(b) = &e.base {
            out.push_str(" data-base=\"");
            escape_into(&mut out, b);
            out.push('"');
            title.push_str(" · ");
            title.push_str(b);
        }
        if let Some(v) = &e.value {
            let v = v.to_string();
            let _ = write!(out, " data-value=\"{v}\"");
            title.push_str(" · ");
            title.push_str(&v);
        }
        out.push_str(" title=\"");
        escape_into(&mut out, &title);
        out.push_str("\">");
        escape_into(&mut out, inner);
        out.push_str("</mark>");
        at = e.end;
    }
    escape_into(&mut out, text.get(at..).unwrap_or(""));
    out
}

/// A standalone page around [`render`]'s fragment, for the CLI.
pub fn page(text: &str, entities: &[Entity<'_>], lang: Lang) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "<!doctype html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>vurgu</title>\n<style>\n{}</style>\n</head>\n<body>\n<article class=\"vurgu-text\">",
        lang.code(),
        PAGE_CSS
    );
    out.push_str(&render(text, entities));
    out.push_str("</article>\n</body>\n</html>\n");
    out
}

const PAGE_CSS: &str = "body{font:16px/1.6 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem}
.vurgu-text{white-space:pre-wrap}
mark.vurgu{border-radius:3px;padding:0 2px;color:inherit}
mark.vurgu-person{background:#cfe3ff;border-bottom:2px solid #1f5fbf}
mark.vurgu-place{background:#d9f2d0;border-bottom:2px dashed #2e7d32}
mark.vurgu-org{background:#ffe3b3;border-bottom:2px dotted #b35900}
mark.vurgu-date{background:#ecdcff;border-bottom:2px double #6a3fb5}
";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{analyze, Lang, LangChoice, Options};

    fn strip_marks(html: &str) -> String {
        let mut out = String::new();
        let mut rest = html;
        while let Some(i) = rest.find('<') {
            out.push_str(&rest[..i]);
            let j = rest[i..].find('>').map_or(rest.len(), |j| i + j + 1);
            rest = &rest[j..];
        }
        out.push_str(rest);
        out.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&")
    }

    #[test]
    fn marks_entities_and_escapes_everything_else() {
        let t = "<b>Prezident İlham Əliyev</b> & \"Bakıda\"\n'x'";
        let a = analyze(t, &Options { lang: LangChoice::Fixed(Lang::Az), ..Options::default() });
        let h = render(t, &a.entities);
        assert!(h.starts_with("&lt;b&gt;Prezident <mark class=\"vurgu vurgu-person\" data-label=\"PERSON\""), "{h}");
        assert!(h.contains(">İlham Əliyev</mark>&lt;/b&gt; &amp; &quot;"), "{h}");
        assert!(h.contains("\n&#39;x&#39;"));
        assert_eq!(strip_marks(&h), t);
    }

    #[test]
    fn attribute_values_are_escaped() {
        let t = "ab";
        let e = Entity {
            start: 0,
            end: 2,
            label: crate::Label::Org,
            text: "ab",
            base: Some("a\"><script>".into()),
            value: None,
            group: 1,
        };
        let h = render(t, &[e]);
        assert!(!h.contains("<script>"));
        assert!(h.contains("data-base=\"a&quot;&gt;&lt;script&gt;\""));
    }

    #[test]
    fn bad_spans_are_skipped_not_panicking() {
        let t = "abc";
        let mk =
            |s, e| Entity { start: s, end: e, label: crate::Label::Org, text: "", base: None, value: None, group: 0 };
        let h = render(t, &[mk(2, 9), mk(1, 2), mk(0, 0)]);
        assert_eq!(strip_marks(&h), t);
    }
}
