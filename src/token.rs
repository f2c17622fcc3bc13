//! Text → tokens: words, numbers and single punctuation marks with byte
//! offsets, their folded forms, and the layout facts the rules need
//! (capitalisation, what separates a token from the previous one, sentence
//! starts).

use crate::fold::{fold_char, is_az_own_lower, Folding};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Letters (and digits after a first letter): `Əliyevə`, `COP29`.
    Word,
    /// A run of ASCII digits.
    Num,
    /// One char that is neither letter, digit nor whitespace.
    Punct,
}

pub const CAP: u16 = 1; // first char upper case
pub const ALLCAPS: u16 = 2; // two or more letters, all upper case
pub const SPACE_BEFORE: u16 = 4; // whitespace between this and the previous token
pub const NL_BEFORE: u16 = 8; // a line break in that whitespace (or start of text)
pub const SENT_START: u16 = 16; // first word or number of a sentence or line
pub const PARA_BEFORE: u16 = 32; // a blank line before (or start of text)
pub const LOWER: u16 = 64; // a word whose first char is lower case

#[derive(Clone, Copy, Debug)]
pub struct Token {
    pub start: u32,
    pub end: u32,
    /// Range of the folded form inside `Doc::folded`.
    pub fstart: u32,
    pub fend: u32,
    pub kind: Kind,
    pub flags: u16,
}

/// A tokenised document: the borrowed text, the folded text of every
/// token in one buffer (the caller's, so that the forms below can borrow
/// it), and the tokens.
pub struct Doc<'a> {
    pub text: &'a str,
    pub folded: &'a str,
    pub tokens: Vec<Token>,
    /// Each token's folded form, sliced out once: the rules ask for a
    /// token's form several times, and each slicing checks both ends for
    /// char boundaries (5 % of an Azerbaijani analysis when they did).
    forms: Vec<&'a str>,
}

#[inline(always)]
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    // Latin-1, Latin Extended-A/B and IPA Extensions (all of Azerbaijani's
    // letters, `ə` among the IPA ones) are letters but for × and ÷;
    // checked before the Unicode tables.
    if ('\u{C0}'..='\u{2AF}').contains(&c) {
        return c != '×' && c != '÷';
    }
    c.is_alphanumeric() || ('\u{300}'..='\u{36F}').contains(&c) || c == '\u{200D}'
}

/// The char starting at byte `i` (a char boundary) and its length.
#[inline(always)]
fn decode(text: &str, i: usize) -> (char, usize) {
    // Straight from the bytes: `i` is a char boundary of valid UTF-8, and
    // slicing `text[i..]` would check that again on every char.
    let b = text.as_bytes();
    let at = |k: usize| b.get(i + k).map_or(0, |&x| (x & 0x3F) as u32);
    let (cp, len) = match b.get(i) {
        Some(&x) if x < 0x80 => (x as u32, 1),
        Some(&x) if x < 0xE0 => (((x & 0x1F) as u32) << 6 | at(1), 2),
        Some(&x) if x < 0xF0 => (((x & 0x0F) as u32) << 12 | at(1) << 6 | at(2), 3),
        Some(&x) => (((x & 0x07) as u32) << 18 | at(1) << 12 | at(2) << 6 | at(3), 4),
        None => (0xFFFD, 1),
    };
    (char::from_u32(cp).unwrap_or('\u{FFFD}'), len)
}

/// Scans the word starting at byte `start`, appending its folded form;
/// returns its end and its case flags. Runs of ASCII lower-case letters
/// and digits are copied in one go: most of a text is those.
fn scan_word(
    text: &str,
    start: usize,
    (first, flen): (char, usize),
    folding: Folding,
    folded: &mut String,
) -> (usize, u16) {
    let bytes = text.as_bytes();
    folded.push(fold_fast(first, folding));
    let first_upper = first.is_uppercase();
    let mut letters = 1u32;
    let mut all_upper = first_upper;
    let mut i = start + flen;
    // Chars that fold to themselves (lower-case letters, digits: most of a
    // word) are not pushed one by one: the pending run from `copy` is
    // copied whole when a char that folds differently, or the word's end,
    // comes.
    let mut copy = i;
    loop {
        // Lower-case letters (ASCII, or Azerbaijani's own two-byte ones)
        // and digits, straight from the bytes.
        let mut lower = false;
        loop {
            match bytes.get(i) {
                Some(b'a'..=b'z') => {
                    lower = true;
                    i += 1;
                }
                Some(b'0'..=b'9') => i += 1,
                Some(0xC3..=0xC9) if bytes.get(i..i + 2).is_some_and(is_az_lower) => {
                    lower = true;
                    i += 2;
                }
                _ => break,
            }
        }
        if lower {
            all_upper = false;
        }
        if i >= bytes.len() {
            break;
        }
        let (c, clen) = decode(text, i);
        if !is_word_char(c) {
            break;
        }
        if all_upper && c.is_alphabetic() {
            letters += 1;
            all_upper = c.is_uppercase();
        }
        let f = fold_fast(c, folding);
        if f != c {
            folded.push_str(text.get(copy..i).unwrap_or(""));
            folded.push(f);
            copy = i + clen;
        }
        i += clen;
    }
    folded.push_str(text.get(copy..i).unwrap_or(""));
    let case = if !first_upper {
        if first.is_lowercase() {
            LOWER
        } else {
            0
        }
    } else if all_upper && letters >= 2 {
        CAP | ALLCAPS
    } else {
        CAP
    };
    (i, case)
}

/// The UTF-8 of a char `fold::is_az_own_lower` accepts (checked against
/// it in the tests).
#[inline(always)]
fn is_az_lower(p: &[u8]) -> bool {
    matches!(p, [0xC9, 0x99] | [0xC4, 0xB1] | [0xC3, 0xB6] | [0xC3, 0xBC] | [0xC3, 0xA7] | [0xC5, 0x9F] | [0xC4, 0x9F])
}

/// `fold_char` with its two commonest answers inline: ASCII, and
/// Azerbaijani's own lower-case letters, which fold to themselves.
#[inline(always)]
fn fold_fast(c: char, folding: Folding) -> char {
    if c.is_ascii() && c != 'I' {
        c.to_ascii_lowercase()
    } else if is_az_own_lower(c) {
        c
    } else {
        fold_char(c, folding)
    }
}

fn ends_sentence(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

/// Quotes and brackets that may stand before a sentence's first word.
pub fn is_opener(c: char) -> bool {
    matches!(c, '"' | '“' | '«' | '„' | '(' | '[' | '‘' | '\'' | '‹' | '–' | '—' | '-')
}

/// Text → tokens, folded forms into `folded` (cleared first).
fn scan(text: &str, folding: Folding, folded: &mut String) -> Vec<Token> {
    folded.clear();
    folded.reserve(text.len() + text.len() / 8);
    let mut tokens = Vec::with_capacity(text.len() / 5 + 1);
    let bytes = text.as_bytes();
    let mut i = 0;
    let mut gap_space = false;
    let mut gap_newlines = 2u32; // start of text counts as a paragraph break
    while i < bytes.len() {
        let b = bytes[i];
        // ASCII whitespace, then other whitespace (NBSP, line separators).
        if b.is_ascii_whitespace() {
            gap_space = true;
            if b == b'\n' {
                gap_newlines += 1;
            }
            i += 1;
            continue;
        }
        // ASCII needs no decoding (and is no other whitespace).
        let (c, clen) = if b.is_ascii() { (b as char, 1) } else { decode(text, i) };
        if !b.is_ascii() && c.is_whitespace() {
            gap_space = true;
            if c == '\u{2029}' || c == '\u{2028}' {
                gap_newlines += 1;
            }
            i += clen;
            continue;
        }
        let fstart = folded.len() as u32;
        let mut flags = 0;
        let (kind, end) = if b.is_ascii_digit() {
            let mut end = i + 1;
            while end < bytes.len() && bytes[end].is_ascii_digit() {
                end += 1;
            }
            folded.push_str(&text[i..end]);
            (Kind::Num, end)
        } else if is_word_char(c) {
            let (end, case) = scan_word(text, i, (c, clen), folding, folded);
            flags |= case;
            (Kind::Word, end)
        } else {
            folded.push(fold_fast(c, folding));
            (Kind::Punct, i + clen)
        };
        if gap_space {
            flags |= SPACE_BEFORE;
        }
        if gap_newlines > 0 {
            flags |= NL_BEFORE;
        }
        if gap_newlines > 1 {
            flags |= PARA_BEFORE;
        }
        tokens.push(Token { start: i as u32, end: end as u32, fstart, fend: folded.len() as u32, kind, flags });
        gap_space = false;
        gap_newlines = 0;
        i = end;
    }
    tokens
}

impl<'a> Doc<'a> {
    /// Tokenises `text`, writing the folded forms into `buf` (cleared first).
    pub fn new(text: &'a str, folding: Folding, buf: &'a mut String) -> Doc<'a> {
        // Input is capped at u32 offsets; longer text is cut at a char boundary.
        let text = clamp_len(text);
        let tokens = scan(text, folding, buf);
        let folded: &'a String = buf;
        let forms = tokens.iter().map(|t| folded.get(t.fstart as usize..t.fend as usize).unwrap_or("")).collect();
        let mut doc = Doc { text, folded, tokens, forms };
        doc.mark_sentence_starts();
        doc
    }

    /// A document over a buffer of its own that is never freed, for tests.
    #[cfg(test)]
    pub fn leaked(text: &'a str, folding: Folding) -> Doc<'a> {
        Doc::new(text, folding, Box::leak(Box::default()))
    }

    fn mark_sentence_starts(&mut self) {
        let mut expect = true;
        for i in 0..self.tokens.len() {
            let t = self.tokens[i];
            if t.flags & NL_BEFORE != 0 {
                expect = true;
            }
            match t.kind {
                Kind::Word | Kind::Num => {
                    if expect {
                        self.tokens[i].flags |= SENT_START;
                    }
                    expect = false;
                }
                Kind::Punct => {
                    let c = self.punct(i);
                    if ends_sentence(c) && self.closes_sentence(i) {
                        expect = true;
                    } else if !(expect && (is_opener(c) || ends_sentence(c))) {
                        expect = false;
                    }
                }
            }
        }
    }

    /// A full stop ends a sentence when whitespace follows and it does not
    /// close a one-letter initial (`İ. Əliyev`, `U.S.`).
    fn closes_sentence(&self, i: usize) -> bool {
        let next_spaced = match self.tokens.get(i + 1) {
            None => true,
            Some(n) => n.flags & SPACE_BEFORE != 0 || self.punct_at(i + 1).is_some_and(|c| !c.is_alphanumeric()),
        };
        if !next_spaced {
            return false;
        }
        if self.punct(i) == '.' && i > 0 {
            let p = &self.tokens[i - 1];
            if p.kind == Kind::Word
                && p.flags & CAP != 0
                && self.text[p.start as usize..p.end as usize].chars().count() == 1
            {
                return false;
            }
        }
        true
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.tokens.is_empty()
    }

    #[inline]
    pub fn surface(&self, i: usize) -> &'a str {
        let t = &self.tokens[i];
        &self.text[t.start as usize..t.end as usize]
    }

    #[inline]
    pub fn folded(&self, i: usize) -> &'a str {
        self.forms[i]
    }

    /// The punctuation char of token `i` (or `'\0'` for words and numbers).
    #[inline]
    pub fn punct(&self, i: usize) -> char {
        self.punct_at(i).unwrap_or('\0')
    }

    #[inline]
    pub fn punct_at(&self, i: usize) -> Option<char> {
        let t = self.tokens.get(i)?;
        if t.kind != Kind::Punct {
            return None;
        }
        // Straight from the bytes (a token starts at a char boundary):
        // most marks are ASCII, and slicing checked the boundary again.
        match self.text.as_bytes().get(t.start as usize) {
            Some(&b) if b < 0x80 => Some(b as char),
            _ => Some(decode(self.text, t.start as usize).0),
        }
    }

    #[inline]
    pub fn is(&self, i: usize, flag: u16) -> bool {
        self.tokens.get(i).is_some_and(|t| t.flags & flag != 0)
    }

    #[inline]
    pub fn kind(&self, i: usize) -> Option<Kind> {
        self.tokens.get(i).map(|t| t.kind)
    }

    #[inline]
    pub fn is_word(&self, i: usize) -> bool {
        self.kind(i) == Some(Kind::Word)
    }

    /// Token `i` directly follows token `i - 1` with no whitespace between.
    #[inline]
    pub fn attached(&self, i: usize) -> bool {
        i > 0 && i < self.tokens.len() && self.tokens[i].flags & SPACE_BEFORE == 0
    }

    #[inline]
    pub fn start(&self, i: usize) -> usize {
        self.tokens[i].start as usize
    }

    #[inline]
    pub fn end(&self, i: usize) -> usize {
        self.tokens[i].end as usize
    }

    /// A capitalised word (`Bakı`, `BMT`).
    #[inline]
    pub fn is_cap_word(&self, i: usize) -> bool {
        self.is_word(i) && self.is(i, CAP)
    }

    /// A lower-case word.
    #[inline]
    pub fn is_lower_word(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| t.kind == Kind::Word && t.flags & LOWER != 0)
    }

    /// The folded word at `i` equals `w`.
    #[inline]
    pub fn word_is(&self, i: usize, w: &str) -> bool {
        self.is_word(i) && self.folded(i) == w
    }

    /// Numeric value of a number token (`None` when it does not fit in u32).
    pub fn number(&self, i: usize) -> Option<u32> {
        if self.kind(i) != Some(Kind::Num) {
            return None;
        }
        let s = self.surface(i);
        if s.len() > 9 {
            return None;
        }
        s.parse().ok()
    }
}

pub fn clamp_len(text: &str) -> &str {
    const MAX: usize = (u32::MAX - 1) as usize;
    if text.len() <= MAX {
        return text;
    }
    let mut cut = MAX;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    &text[..cut]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(doc: &Doc) -> Vec<String> {
        (0..doc.len()).map(|i| doc.surface(i).to_string()).collect()
    }

    #[test]
    fn splits_words_numbers_and_punctuation() {
        let d = Doc::leaked("Sentyabrın 26-da BMT-nin “Qarabağ”ın 16.01.2019", Folding::Turkic);
        assert_eq!(
            words(&d),
            ["Sentyabrın", "26", "-", "da", "BMT", "-", "nin", "“", "Qarabağ", "”", "ın", "16", ".", "01", ".", "2019"]
        );
        assert_eq!(d.folded(0), "sentyabrın");
        assert_eq!(d.kind(1), Some(Kind::Num));
        assert!(d.attached(2) && d.attached(3) && !d.attached(4));
        assert!(d.is(4, ALLCAPS));
    }

    #[test]
    fn folded_forms_follow_turkic_rules() {
        let d = Doc::leaked("İlham IŞIQ", Folding::Turkic);
        assert_eq!(d.folded(0), "ilham");
        assert_eq!(d.folded(1), "ışıq");
    }

    #[test]
    fn sentence_starts() {
        let d = Doc::leaked("Bakı, 29 mart. Şənbə günü İ. Əliyev gəldi.\n“Qarabağ” qalib gəldi", Folding::Turkic);
        let starts: Vec<&str> = (0..d.len()).filter(|&i| d.is(i, SENT_START)).map(|i| d.surface(i)).collect();
        assert_eq!(starts, ["Bakı", "Şənbə", "Qarabağ"]);
    }

    #[test]
    fn byte_test_for_azerbaijani_letters_matches_the_char_test() {
        for c in ('\u{80}'..='\u{7FF}').chain("əıöüçşğ".chars()) {
            let mut b = [0u8; 4];
            let pair = c.encode_utf8(&mut b).as_bytes();
            assert_eq!(is_az_lower(pair), is_az_own_lower(c), "{c:?}");
        }
    }

    #[test]
    fn empty_and_blank_text() {
        assert!(Doc::leaked("", Folding::Turkic).is_empty());
        assert!(Doc::leaked(" \n\t ", Folding::Default).is_empty());
    }

    #[test]
    fn combining_marks_stay_inside_words() {
        let d = Doc::leaked("Cafe\u{301} x", Folding::Default);
        assert_eq!(words(&d), ["Cafe\u{301}", "x"]);
    }
}
