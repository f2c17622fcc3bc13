//! Word-level facts for the English rules: each word's lexicon hit, the
//! possessive attached to it (`Apple's`, `Beatles'`), multi-token lexicon
//! phrases written with dots, ampersands and hyphens (`U.S.`, `AT&T`,
//! `Wal-Mart`, `Apple Inc.`), and which capitals say nothing about a name
//! (sentence starts, Title Case headlines).

use super::forms::{self, Forms, CAP_WORD, LOWER_WORD, WORD};
use crate::lexicon::{self, Hit, Lexicon, STOP};
use crate::token::{Doc, Kind, ALLCAPS, CAP, NL_BEFORE, SENT_START, SPACE_BEFORE};
use std::cell::RefCell;

/// A generational suffix after a name, with or without its dot (`Jr.`).
pub(super) fn generational(folded: &str) -> bool {
    matches!(folded.strip_suffix('.').unwrap_or(folded), "jr" | "sr")
}

pub struct Words<'d, 'a> {
    pub doc: &'d Doc<'a>,
    pub lex: &'static Lexicon,
    hits: Vec<Hit>,
    /// Each word's hit as written (no plural or accent variants).
    raw: Vec<Hit>,
    /// Token is on a line written in Title Case (or all capitals).
    headline: Vec<bool>,
    /// Each token's class (`forms::WORD`, `CAP_WORD`, `LOWER_WORD`).
    class: Vec<u8>,
    forms: Forms<'d>,
    quote_before: Vec<bool>,
    /// `phrase` answers by token, packed (see `pack_phrase`): the rules
    /// ask about the same token several times while reading one run.
    phrases: RefCell<Vec<u64>>,
    /// The phrase key being built, kept to spare an allocation a call.
    key_buf: RefCell<String>,
}

/// Marks a computed `phrases` slot (a zero slot is not computed yet).
const PHRASE_DONE: u64 = 1 << 49;
/// Marks a slot whose phrase exists.
const PHRASE_SOME: u64 = 1 << 48;

fn pack_phrase(i: usize, p: Option<(usize, Hit)>) -> u64 {
    match p {
        // The last token is at most MAX_PHRASE_TOKENS after `i`.
        Some((last, h)) => {
            PHRASE_DONE | PHRASE_SOME | ((last - i) as u64) << 40 | u64::from(h.payload) << 32 | u64::from(h.flags)
        }
        None => PHRASE_DONE,
    }
}

fn unpack_phrase(i: usize, v: u64) -> Option<(usize, Hit)> {
    (v & PHRASE_SOME != 0).then(|| {
        let hit = Hit { flags: v as u32, payload: (v >> 32) as u8 };
        (i + ((v >> 40) & 0xff) as usize, hit)
    })
}

/// Slots in the cache of word hits (a power of two).
const CACHE_BITS: u32 = 12;

/// How far a phrase lookup may reach, in tokens.
const MAX_PHRASE_TOKENS: usize = 12;

/// The folded Latin word `s` without diacritics (`aurélien` → `aurelien`,
/// `łukasz` → `lukasz`); `None` when some letter has no plain form here
/// (Cyrillic, Greek, `ə`): such words are looked up only as written.
pub fn strip_accents(s: &str) -> Option<String> {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c);
            continue;
        }
        let plain = match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
            'ç' | 'ć' | 'č' | 'ĉ' | 'ċ' => "c",
            'ď' | 'đ' => "d",
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => "e",
            'ğ' | 'ģ' => "g",
            'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => "i",
            'ķ' => "k",
            'ĺ' | 'ļ' | 'ľ' | 'ł' => "l",
            'ñ' | 'ń' | 'ņ' | 'ň' => "n",
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => "o",
            'ŕ' | 'ř' => "r",
            'ś' | 'ş' | 'š' | 'ș' => "s",
            'ß' => "ss",
            'ţ' | 'ť' | 'ț' => "t",
            'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' => "u",
            'ý' | 'ÿ' => "y",
            'ź' | 'ż' | 'ž' => "z",
            'æ' => "ae",
            'œ' => "oe",
            _ => return None,
        };
        out.push_str(plain);
    }
    Some(out)
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

impl<'d, 'a> Words<'d, 'a> {
    pub fn new(doc: &'d Doc<'a>) -> Words<'d, 'a> {
        let lex = &lexicon::EN;
        let class = forms::classes(doc);
        let (mut hits, mut raw) = (Vec::with_capacity(class.len()), Vec::with_capacity(class.len()));
        let mut forms = Forms::new(doc, &class);
        // The last word seen in each slot of a small direct-mapped cache,
        // and whether its lower-case form is marked in `forms` yet: news
        // repeats its function words, and a byte comparison costs less than
        // a lexicon or map lookup.
        let mut cache = vec![(0u32, 0u32, Hit::default(), Hit::default(), false); 1 << CACHE_BITS];
        let bytes = doc.folded.as_bytes();
        let span = |a: u32, b: u32| bytes.get(a as usize..b as usize).unwrap_or(&[]);
        for ((i, &c), t) in class.iter().enumerate().zip(&doc.tokens) {
            let (h, r) = if c & WORD != 0 {
                let b = span(t.fstart, t.fend);
                let lower = c & LOWER_WORD != 0;
                let slot = forms::filter_slot(b) >> (forms::FILTER_BITS - CACHE_BITS);
                match cache.get_mut(slot) {
                    Some(e) if span(e.0, e.1) == b => {
                        if lower && !e.4 {
                            forms.mark_lower(doc.folded(i), b);
                            e.4 = true;
                        }
                        (e.2, e.3)
                    }
                    e => {
                        let (h, r) = Words::lookup(lex, doc.folded(i));
                        if lower {
                            forms.mark_lower(doc.folded(i), b);
                        }
                        if let Some(e) = e {
                            *e = (t.fstart, t.fend, h, r, lower);
                        }
                        (h, r)
                    }
                }
            } else {
                Default::default()
            };
            hits.push(h);
            raw.push(r);
        }
        let quote_before = Words::quotes_before(doc);
        let mut w = Words {
            doc,
            lex,
            hits,
            raw,
            headline: vec![false; doc.len()],
            class,
            forms,
            quote_before,
            phrases: RefCell::new(vec![0; doc.len()]),
            key_buf: RefCell::new(String::new()),
        };
        w.mark_headlines();
        w
    }

    /// A word's lexicon hit: as written, else without its accents (the
    /// name lists store `Aurelien` for `Aurélien`, `Marciniak` for both).
    /// Also returns the hit of the word as written, where phrases start.
    fn lookup(lex: &Lexicon, folded: &str) -> (Hit, Hit) {
        let h = lex.get(folded);
        (Words::variant(lex, folded, h), h)
    }

    fn variant(lex: &Lexicon, folded: &str, h: Hit) -> Hit {
        if h.is_entry() {
            return h;
        }
        // A plural title is a title (`Deputy Prime Ministers X and Y`).
        if let Some(stem) = folded.strip_suffix('s') {
            let t = lex.get(stem);
            if t.has(lexicon::TITLE) && !t.has(lexicon::ORG | lexicon::PLACE_ANY) {
                return Hit { flags: lexicon::TITLE | (h.flags & lexicon::PREFIX), payload: 0 };
            }
        }
        if folded.is_ascii() {
            return h;
        }
        match strip_accents(folded) {
            Some(plain) => {
                let p = lex.get(&plain);
                if p.is_entry() {
                    p
                } else {
                    h
                }
            }
            None => h,
        }
    }

    /// A line whose every content word is capitalised (`Blinken Commends
    /// Aliyev On Border Deal`) gives its capitals no weight.
    fn mark_headlines(&mut self) {
        let d = self.doc;
        // One pass, a line closing at each token after a line break.
        let (mut s, mut caps, mut lower) = (0, 0, 0);
        for i in 0..=d.len() {
            let t = d.tokens.get(i);
            if t.map_or(true, |t| i > s && t.flags & NL_BEFORE != 0) {
                if caps >= 3 && lower == 0 {
                    self.headline.iter_mut().take(i).skip(s).for_each(|h| *h = true);
                }
                (s, caps, lower) = (i, 0, 0);
            }
            let Some(t) = t else {
                break;
            };
            let c = self.class(i);
            if c & WORD == 0 || (i > 0 && t.flags & SPACE_BEFORE == 0 && c & CAP_WORD == 0) {
                continue;
            }
            if c & CAP_WORD != 0 {
                caps += 1;
            } else if c & LOWER_WORD != 0 && !(self.hit(i).has(STOP) && t.fend - t.fstart <= 4) {
                lower += 1;
            }
        }
    }

    #[inline]
    pub fn hit(&self, i: usize) -> Hit {
        self.hits.get(i).copied().unwrap_or_default()
    }

    #[inline]
    pub fn has(&self, i: usize, f: u32) -> bool {
        self.hit(i).has(f)
    }

    pub fn in_headline(&self, i: usize) -> bool {
        self.headline.get(i).copied().unwrap_or(false)
    }

    /// The capital of word `i` is no evidence of a name: it opens a
    /// sentence or stands in a Title Case headline.
    pub fn weak_cap(&self, i: usize) -> bool {
        self.doc.is(i, SENT_START) || self.in_headline(i) || self.after_opening(i)
    }

    /// Right after an opening quote or a colon that starts a clause.
    fn after_opening(&self, i: usize) -> bool {
        i > 0 && matches!(self.doc.punct_at(i - 1), Some(':')) && self.doc.is(i, SPACE_BEFORE)
    }

    /// The article also writes word `i` in lower case.
    pub fn seen_lower(&self, i: usize) -> bool {
        let c = self.class(i);
        c & LOWER_WORD != 0 || (c & WORD != 0 && self.forms.seen_lower(self.doc.folded(i)))
    }

    #[inline]
    fn class(&self, i: usize) -> u8 {
        self.class.get(i).copied().unwrap_or(0)
    }

    /// Capitalised word `i` stands elsewhere in the article after another
    /// word than here (`Mark Papermaster` ... `Papermaster`).
    pub fn cap_elsewhere(&self, i: usize) -> bool {
        let d = self.doc;
        if !d.is_word(i) {
            return false;
        }
        let prev = i.checked_sub(1).filter(|&p| d.is_word(p)).map_or("", |p| d.folded(p));
        self.forms.cap_elsewhere(d.folded(i), prev)
    }

    /// The last token of the possessive after token `i` (`'s` or a bare
    /// `'` after a plural), if any.
    pub fn possessive(&self, i: usize) -> Option<usize> {
        let d = self.doc;
        // Detached, it is no possessive whatever it is: tested before the
        // char is decoded.
        if !d.attached(i + 1) {
            return None;
        }
        let ap = d.punct_at(i + 1)?;
        if !is_apostrophe(ap) || !d.attached(i + 1) || !(d.is_word(i) || d.punct(i) == '.') {
            return None;
        }
        if d.attached(i + 2) && d.is_word(i + 2) {
            let s_only = d.folded(i + 2) == "s" && !(d.attached(i + 3) && d.is_word(i + 3));
            return s_only.then_some(i + 2);
        }
        // `Beatles'`: a bare apostrophe after a word ending in s, not
        // closing a quotation opened by the same mark.
        let ends_s = d.folded(i).ends_with('s');
        (ends_s && !self.opened_by(i, ap)).then_some(i + 1)
    }

    /// An opening single quote earlier on the line: the apostrophe then
    /// closes a quotation (`'Apples'`) rather than marking a plural's
    /// possessive.
    fn opened_by(&self, i: usize, _mark: char) -> bool {
        self.quote_before.get(i).copied().unwrap_or(false)
    }

    /// For each token, whether an opening single quote (`'` or `‘` after
    /// a space and before a word) stands earlier on its line; one pass,
    /// so that long lines stay linear.
    fn quotes_before(doc: &Doc<'_>) -> Vec<bool> {
        let mut out = vec![false; doc.len()];
        let mut open = false;
        for ((j, slot), t) in out.iter_mut().enumerate().zip(&doc.tokens) {
            if t.flags & NL_BEFORE != 0 {
                open = false;
            }
            *slot = open;
            if t.kind != Kind::Punct {
                continue;
            }
            let mark = doc.text.get(t.start as usize..).is_some_and(|r| r.starts_with(['\'', '‘']));
            let opening = mark
                && (j == 0 || t.flags & (SPACE_BEFORE | NL_BEFORE) != 0)
                && doc.attached(j + 1)
                && doc.is_word(j + 1);
            open |= opening;
        }
        out
    }

    /// The unit starting at word `i`: dotted abbreviations and initials
    /// (`U.S.`, `J.`), ampersands (`AT&T`), `O'Brien`, and a final dot
    /// when the lexicon writes the word with one (`Inc.`). Returns its last
    /// token without and with the possessive.
    pub fn unit(&self, i: usize) -> (usize, usize) {
        let d = self.doc;
        let mut j = i;
        let mut dotted = false;
        loop {
            let glued = d.attached(j + 1) && d.attached(j + 2) && d.is_word(j + 2);
            if !glued {
                break;
            }
            let p = d.punct_at(j + 1);
            let one = |t: usize| d.surface(t).chars().count() == 1;
            let cap_next = d.is(j + 2, CAP);
            let ok = (p == Some('.') && one(j) && one(j + 2) && cap_next)
                || (p == Some('&') && cap_next)
                || (matches!(p, Some('\'' | '’')) && j == i && matches!(d.surface(j), "O" | "D") && cap_next);
            if !ok {
                break;
            }
            dotted |= p == Some('.');
            j += 2;
        }
        if d.punct_at(j + 1) == Some('.') && d.attached(j + 1) {
            let single = (j == i && d.surface(j).chars().count() == 1) || dotted;
            // `Marcos Jr.`: a generational suffix's dot is its own.
            let generation = j == i && generational(d.folded(j));
            if single || generation || self.lex.get(self.folded_span(i, j + 1)).is_entry() {
                j += 1;
            }
        }
        let end = self.possessive(j).unwrap_or(j);
        // A name written with its `'s` (`McDonald's`, `Christie's`) keeps
        // it: the lexicon has the whole form.
        if end > j {
            let span = self.folded_span(i, end);
            let hit = if span.contains('’') { self.lex.get(&span.replace('’', "'")) } else { self.lex.get(span) };
            if hit.has(lexicon::ORG) {
                return (end, end);
            }
        }
        (j, end)
    }

    /// Folded tokens `a..=b` with nothing between them: the lexicon key
    /// of attached tokens (`u.s.`, `at&t`), read from the folded text.
    pub fn folded_span(&self, a: usize, b: usize) -> &'d str {
        let d = self.doc;
        match (d.tokens.get(a), d.tokens.get(b)) {
            (Some(x), Some(y)) => d.folded.get(x.fstart as usize..y.fend as usize).unwrap_or(""),
            _ => "",
        }
    }

    /// Longest lexicon entry starting at token `i`, its tokens joined as
    /// written (no space when attached, one space otherwise). Returns the
    /// last token and the hit. Entries may end in a dot (`Inc.`, `U.S.`).
    pub fn phrase(&self, i: usize) -> Option<(usize, Hit)> {
        if let Some(&v) = self.phrases.borrow().get(i) {
            if v != 0 {
                return unpack_phrase(i, v);
            }
        }
        let p = self.find_phrase(i);
        if let Some(slot) = self.phrases.borrow_mut().get_mut(i) {
            *slot = pack_phrase(i, p);
        }
        p
    }

    fn find_phrase(&self, i: usize) -> Option<(usize, Hit)> {
        let d = self.doc;
        if !d.is_word(i) {
            return None;
        }
        let mut key = self.key_buf.borrow_mut();
        // Written only when the phrase goes on past its first word.
        key.clear();
        let mut best = None;
        // The hit of the key so far: whether it may go on to another word.
        let mut cur = self.raw.get(i).copied().unwrap_or_default();
        if cur.is_entry() {
            best = Some((i, cur));
        }
        let mut j = i;
        while j + 1 < d.len() && j + 1 - i < MAX_PHRASE_TOKENS {
            let n = j + 1;
            if d.is(n, NL_BEFORE) {
                break;
            }
            let spaced = d.is(n, SPACE_BEFORE);
            if spaced {
                // Another word only while the key so far is a prefix.
                if !cur.has(lexicon::PREFIX) || !d.is_word(n) {
                    break;
                }
            } else if d.kind(n) == Some(Kind::Punct) && !matches!(d.punct(n), '.' | '&' | '-' | '\'' | '’') {
                break;
            }
            if key.is_empty() {
                key.push_str(d.folded(i));
            }
            if spaced {
                key.push(' ');
            }
            key.push_str(d.folded(n));
            cur = self.lex.get(&key);
            if cur.is_entry() {
                best = Some((n, cur));
            }
            j = n;
        }
        best
    }

    /// Token `i` is a capitalised word (first letter upper case).
    #[inline]
    pub fn cap(&self, i: usize) -> bool {
        self.class(i) & CAP_WORD != 0
    }

    /// Token `i` is the ASCII mark `c` (`Doc::punct_at(i) == Some(c)`,
    /// without decoding a char).
    #[inline]
    pub fn is_punct(&self, i: usize, c: u8) -> bool {
        let d = self.doc;
        d.tokens.get(i).is_some_and(|t| t.kind == Kind::Punct && d.text.as_bytes().get(t.start as usize) == Some(&c))
    }

    /// The abbreviation in `(ABC)` opening at token `t` (a spaced bracket,
    /// one all-capitals token no earlier rule used, the closing bracket):
    /// what both the abbreviation pass and the bracket echo start from.
    pub fn bracketed_abbrev(&self, t: usize, used: &[bool]) -> Option<usize> {
        let d = self.doc;
        let a = t + 1;
        (self.is_punct(t, b'(')
            && d.is(t, SPACE_BEFORE)
            && d.is(a, ALLCAPS)
            && !used.get(a).copied().unwrap_or(true)
            && self.is_punct(a + 1, b')'))
        .then_some(a)
    }

    /// Token `i` is a lower-case word (`Doc::is_lower_word`).
    #[inline]
    pub fn lower(&self, i: usize) -> bool {
        self.class(i) & LOWER_WORD != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fold::Folding;
    use crate::lexicon::{COUNTRY, ORG};

    fn doc(t: &str) -> Doc<'_> {
        Doc::leaked(t, Folding::Default)
    }

    #[test]
    fn possessives_attach_to_the_word() {
        let d = doc("Apple's store and the Beatles' label, not 'Apples' here");
        let w = Words::new(&d);
        assert_eq!(d.surface(w.unit(0).1), "s");
        let beatles = (0..d.len()).find(|&i| d.surface(i) == "Beatles").unwrap();
        assert_eq!(w.unit(beatles).1, beatles + 1);
        let apples = (0..d.len()).find(|&i| d.surface(i) == "Apples").unwrap();
        assert_eq!(w.unit(apples).1, apples);
    }

    #[test]
    fn phrases_with_dots_ampersands_and_hyphens() {
        let d = doc("the U.S. and AT&T and Wal-Mart and Apple Inc. today");
        let w = Words::new(&d);
        let at = |s: &str| (0..d.len()).find(|&i| d.surface(i) == s).unwrap();
        let (last, h) = w.phrase(at("U")).unwrap();
        assert!(h.has(COUNTRY));
        assert_eq!(d.end(last), d.text.find("U.S.").unwrap() + 4);
        assert!(w.phrase(at("AT")).unwrap().1.has(ORG));
        assert!(w.phrase(at("Wal")).unwrap().1.has(ORG));
        let (last, _) = w.phrase(at("Apple")).unwrap();
        assert_eq!(d.surface(last), ".");
    }

    #[test]
    fn title_case_lines_are_headlines() {
        let d = doc("Blinken Commends Aliyev On Border Deal\nBlinken spoke with Aliyev on Sunday.");
        let w = Words::new(&d);
        assert!(w.in_headline(0) && w.in_headline(2));
        let body = (0..d.len()).filter(|&i| d.surface(i) == "Aliyev").nth(1).unwrap();
        assert!(!w.in_headline(body));
    }
}
