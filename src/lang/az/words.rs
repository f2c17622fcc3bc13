//! Word-level facts for the Azerbaijani rules: each capitalised word's
//! lexicon stem and suffix chain, suffixes attached after a hyphen,
//! apostrophe or closing quote (`BMT-nin`, `Report”a`), and phrase lookup
//! for multi-word lexicon entries whose last word is inflected.

use super::morph::{self, Mode, Split};
use crate::hash::FastMap as HashMap;
use crate::lexicon::{self, Hit, Lexicon};
use crate::token::{Doc, Kind, CAP, SENT_START};
use std::cell::RefCell;

/// What the lexicon and morphology say about one word unit.
#[derive(Clone, Copy, Debug, Default)]
pub struct Word {
    /// Lexicon hit of the stem (default when unknown).
    pub hit: Hit,
    /// Chars of the stem in the word token (the whole word when unknown);
    /// [`WHOLE`] for tokens that are not analysed (all but capitalised
    /// words), which every reader takes as the whole token.
    pub stem_chars: usize,
    /// Morphemes after the stem, attached ones included.
    pub morphs: u16,
    /// The stem's last char was altered (`Bulağa`).
    pub altered: Option<char>,
    /// Last token of the unit: the word itself, or the suffix after a
    /// hyphen, apostrophe or closing quote.
    pub last: usize,
    /// The suffix is attached through a hyphen, apostrophe or quote.
    pub attached: bool,
}

/// A stem found in a category, and how the word splits around it.
type StemAnswer = (Hit, Split);
/// A phrase's last token, its hit, and the split of that token.
type PhraseAnswer = (usize, Hit, Split);

pub struct Words<'d, 'a> {
    pub doc: &'d Doc<'a>,
    pub lex: &'static Lexicon,
    info: Vec<Word>,
    /// Sentence-initial words whose stem the article also writes in
    /// lower case.
    opener_seen_lower: Vec<bool>,
    /// Openers that are a lower-case word of the article plus an ending.
    opener_inflected: Vec<bool>,
    /// `stem_in` answers by category and word form: the descriptor and
    /// title words around names repeat through an article.
    stems: RefCell<HashMap<(u32, &'d str), Option<StemAnswer>>>,
    /// `phrase` answers by token: whether asked before (`NOT_ASKED`,
    /// `NO_PHRASE`, `PHRASE`), and the phrases found. Most tokens start
    /// none, and their answer is a byte.
    phrase_state: RefCell<Vec<u8>>,
    phrases: RefCell<HashMap<usize, PhraseAnswer>>,
    /// Tokens on lines written all in capitals (`PREZİDENT BAKIDA`), where
    /// capitals say nothing about abbreviations.
    shouting: Vec<bool>,
}

/// `stem_chars` of a token that was not analysed: more chars than any
/// token has, so `take`, `nth` and comparisons read it as the whole token
/// without the chars being counted (most tokens are never asked).
pub const WHOLE: usize = usize::MAX;

const NOT_ASKED: u8 = 0;
const NO_PHRASE: u8 = 1;
const PHRASE: u8 = 2;

fn is_closing_quote(c: char) -> bool {
    matches!(c, '”' | '"' | '»' | '’' | '\'')
}

impl<'d, 'a> Words<'d, 'a> {
    pub fn new(doc: &'d Doc<'a>) -> Words<'d, 'a> {
        let mut w = Words {
            doc,
            lex: &lexicon::AZ,
            info: Vec::with_capacity(doc.len()),
            opener_seen_lower: Vec::new(),
            opener_inflected: Vec::new(),
            stems: RefCell::new(HashMap::default()),
            phrase_state: RefCell::new(vec![NOT_ASKED; doc.len()]),
            phrases: RefCell::new(HashMap::default()),
            shouting: Vec::new(),
        };
        // The same forms recur through an article (`Azərbaycanın`,
        // `Bakıda`): analyse each once. Units with an attached suffix
        // depend on their neighbours and are not cached.
        let mut seen: HashMap<&'d str, Word> = HashMap::default();
        for i in 0..doc.len() {
            let info = if doc.is(i, CAP) && doc.kind(i) == Some(Kind::Word) {
                let cached = seen.get(doc.folded(i)).filter(|_| w.attached_suffix(i).is_none());
                if let Some(prev) = cached {
                    Word { last: i, ..*prev }
                } else {
                    let a = w.analyse(i);
                    if !a.attached {
                        seen.insert(doc.folded(i), a);
                    }
                    a
                }
            } else {
                Word { last: i, stem_chars: WHOLE, ..Word::default() }
            };
            w.info.push(info);
        }
        (w.opener_seen_lower, w.opener_inflected) = w.openers_seen_lower();
        w.shouting = shouting_lines(doc);
        w
    }

    /// Token `i` stands on an all-capitals line.
    pub fn shouting(&self, i: usize) -> bool {
        self.shouting.get(i).copied().unwrap_or(false)
    }

    /// For each sentence-initial capitalised word, whether some lower-case
    /// word of the article is its stem plus a suffix chain (`Əmr …` and
    /// `əmri`), and whether the opener is itself a lower-case word plus an
    /// ending (`Forumu …` and `forum`). One pass over the lower-case words,
    /// each looked up by its first three bytes among the openers' stems.
    fn openers_seen_lower(&self) -> (Vec<bool>, Vec<bool>) {
        let d = self.doc;
        let mut seen = vec![false; d.len()];
        // Openers by stem (one entry however often a stem opens a
        // sentence), stems by their first three bytes.
        let mut stem_ix: HashMap<&str, usize> = HashMap::default();
        let mut stems: Vec<&str> = Vec::new();
        let mut openers: Vec<Vec<usize>> = Vec::new();
        for i in 0..d.len() {
            if d.is(i, SENT_START) && d.is(i, CAP) && self.info[i].stem_chars >= 3 {
                let stem = first_chars(d.folded(i), self.info[i].stem_chars);
                let k = *stem_ix.entry(stem).or_insert_with(|| {
                    stems.push(stem);
                    openers.push(Vec::new());
                    stems.len() - 1
                });
                openers[k].push(i);
            }
        }
        if stems.is_empty() {
            return (seen, vec![false; d.len()]);
        }
        // Stems by their first three bytes packed in a u32, behind a bit
        // filter on those keys: most lower-case words share no prefix with
        // any opener and are turned away with one bit test.
        let prefix = |b: &[u8]| match b {
            [a, b, c, ..] => Some(u32::from_le_bytes([*a, *b, *c, 0])),
            _ => None,
        };
        let bit = |key: u32| (key.wrapping_mul(0x9E37_79B1) >> 16) as usize;
        let mut filter = vec![0u64; 1 << 10];
        let mut by_prefix: HashMap<u32, Vec<usize>> = HashMap::default();
        for (k, stem) in stems.iter().enumerate() {
            if let Some(p) = prefix(stem.as_bytes()) {
                by_prefix.entry(p).or_default().push(k);
                filter[bit(p) / 64] |= 1 << (bit(p) % 64);
            }
        }
        // Per stem: some lower-case word is it plus an ending (`found`),
        // or it is a lower-case word plus an ending (`inflected`, `Forumu`
        // and `forum`). Each lower-case form is tried once.
        let mut found = vec![false; stems.len()];
        let mut inflected = vec![false; stems.len()];
        let mut tried: crate::hash::FastSet<&str> = Default::default();
        for j in 0..d.len() {
            if !d.is_lower_word(j) {
                continue;
            }
            let f = d.folded(j);
            let Some(p) = prefix(f.as_bytes()) else { continue };
            if filter[bit(p) / 64] & (1 << (bit(p) % 64)) == 0 {
                continue;
            }
            let Some(bucket) = by_prefix.get(&p) else {
                continue;
            };
            if !tried.insert(f) {
                continue;
            }
            for &k in bucket {
                let stem = stems[k];
                if !found[k] && f.starts_with(stem) && morph::chain(stem, &f[stem.len()..], Mode::Strict).is_some() {
                    found[k] = true;
                }
                if !inflected[k]
                    && stem.len() > f.len()
                    && stem.starts_with(f)
                    && morph::chain(f, &stem[f.len()..], Mode::Strict).is_some()
                {
                    inflected[k] = true;
                    found[k] = true;
                }
            }
        }
        let mut infl = vec![false; d.len()];
        for (k, ops) in openers.iter().enumerate() {
            for &i in ops {
                seen[i] = found[k];
                infl[i] = inflected[k];
            }
        }
        (seen, infl)
    }

    /// A sentence-initial word that is a lower-case word of the article
    /// plus an ending (`Forumu …` and `forum`).
    pub fn opener_inflected(&self, i: usize) -> bool {
        self.opener_inflected.get(i).copied().unwrap_or(false)
    }

    /// The analysed unit starting at word token `i` (capitalised words only;
    /// others report no lexicon hit).
    #[inline]
    pub fn at(&self, i: usize) -> &Word {
        &self.info[i]
    }

    /// Suffix attached to word `i` through `-`, `'` or a closing quote:
    /// returns the suffix token and its morphemes.
    pub fn attached_suffix(&self, i: usize) -> Option<(usize, u16)> {
        let d = self.doc;
        let sep = d.punct_at(i + 1)?;
        if !(sep == '-' || sep == '\'' || sep == '’' || is_closing_quote(sep)) {
            return None;
        }
        if !d.attached(i + 1) || !d.attached(i + 2) || !d.is_lower_word(i + 2) {
            return None;
        }
        // A closing quote needs an opening one before the word, otherwise
        // `’` is an apostrophe (handled above) and `"` is ambiguous.
        let morphs = morph::chain(d.folded(i), d.folded(i + 2), Mode::Lenient)?;
        if morphs == 0 {
            return None;
        }
        Some((i + 2, morphs))
    }

    fn analyse(&self, i: usize) -> Word {
        let d = self.doc;
        let folded = d.folded(i);
        let whole = folded.chars().count();
        if let Some((last, morphs)) = self.attached_suffix(i) {
            return Word { hit: self.lex.get(folded), stem_chars: whole, morphs, altered: None, last, attached: true };
        }
        match morph::split(folded, Mode::Strict, |s| self.lex.get(s).is_entry()) {
            Some(sp) => Word {
                hit: self.lex.get(&stem_key(folded, &sp)),
                stem_chars: sp.stem_chars,
                morphs: sp.morphs,
                altered: if sp.altered { alt_char(folded, &sp) } else { None },
                last: i,
                attached: false,
            },
            None => match morph::split(folded, Mode::Strict, surname_pattern) {
                // Unknown surnames still show their shape: `Qafarovanın`.
                Some(sp) => Word {
                    hit: Hit { flags: lexicon::SURNAME, payload: 0 },
                    stem_chars: sp.stem_chars,
                    morphs: sp.morphs,
                    altered: None,
                    last: i,
                    attached: false,
                },
                None => match morph::split(folded, Mode::Strict, toponym_pattern) {
                    // `Qudyalçayın`, `Çaykəndə`: toponyms built with a
                    // place formant.
                    Some(sp) => Word {
                        hit: Hit { flags: toponym_flags(&folded[..sp.stem_len]), payload: 0 },
                        stem_chars: sp.stem_chars,
                        morphs: sp.morphs,
                        altered: None,
                        last: i,
                        attached: false,
                    },
                    None => Word { stem_chars: whole, last: i, ..Word::default() },
                },
            },
        }
    }

    /// The article also writes sentence-initial word `i`'s stem in lower
    /// case: its capital then says nothing about a name.
    pub fn seen_lower(&self, i: usize) -> bool {
        self.opener_seen_lower.get(i).copied().unwrap_or(false)
    }

    /// Byte offset in the text where word `i`'s stem ends.
    pub fn stem_end(&self, i: usize) -> usize {
        self.doc.start(i) + first_chars(self.doc.surface(i), self.info[i].stem_chars).len()
    }

    /// Byte offset where the unit at `i` ends (suffixes included).
    pub fn unit_end(&self, i: usize) -> usize {
        self.doc.end(self.info[i].last)
    }

    /// Lexicon flags of word `i`'s stem.
    #[inline]
    pub fn flags(&self, i: usize) -> u32 {
        self.info.get(i).map_or(0, |w| w.hit.flags)
    }

    #[inline]
    pub fn has(&self, i: usize, f: u32) -> bool {
        self.flags(i) & f != 0
    }

    /// Analyses any word (lower-case too) against one lexicon category:
    /// `bölgəsində` → `bölgəsi` when `place_desc` has it.
    pub fn stem_in(&self, i: usize, category: u32) -> Option<(Hit, Split)> {
        if !self.doc.is_word(i) {
            return None;
        }
        let folded = self.doc.folded(i);
        let key = (category, folded);
        if let Some(hit) = self.stems.borrow().get(&key) {
            return *hit;
        }
        let found = morph::split(folded, Mode::Strict, |s| self.lex.get(s).has(category))
            .map(|sp| (self.lex.get(&stem_key(folded, &sp)), sp));
        self.stems.borrow_mut().insert(key, found);
        found
    }

    /// True when word `i` is (an inflection of) an entry of `category`.
    pub fn is(&self, i: usize, category: u32) -> bool {
        if self.doc.is(i, CAP) && self.has(i, category) {
            return true;
        }
        self.stem_in(i, category).is_some()
    }

    /// Exact lexicon flags of the folded word (no morphology).
    pub fn exact(&self, i: usize) -> Hit {
        if !self.doc.is_word(i) {
            return Hit::default();
        }
        self.lex.get(self.doc.folded(i))
    }

    /// The longest multi-word lexicon entry starting at word `i`, with its
    /// last word possibly inflected. Returns the last word's token, the
    /// entry's flags and the split of that last word. Words are joined by
    /// spaces or hyphens exactly as the entry writes them.
    pub fn phrase(&self, i: usize) -> Option<(usize, Hit, Split)> {
        // The rules ask about the same word from several places.
        match self.phrase_state.borrow().get(i) {
            Some(&NO_PHRASE) | None => return None,
            Some(&PHRASE) => return self.phrases.borrow().get(&i).copied(),
            _ => {}
        }
        let found = self.find_phrase(i);
        if let Some(st) = self.phrase_state.borrow_mut().get_mut(i) {
            *st = if found.is_some() { PHRASE } else { NO_PHRASE };
        }
        if let Some(f) = found {
            self.phrases.borrow_mut().insert(i, f);
        }
        found
    }

    fn find_phrase(&self, i: usize) -> Option<(usize, Hit, Split)> {
        let d = self.doc;
        if !d.is_word(i) {
            return None;
        }
        // Most words open no phrase: find that out before building a key.
        if !self.lex.get(d.folded(i)).has(lexicon::PREFIX) {
            return None;
        }
        let mut key = String::from(d.folded(i));
        let mut best = None;
        let mut j = i;
        let mut probe = String::new();
        loop {
            // Next word: after a space, or after an attached hyphen.
            let (next, sep) = if d.punct_at(j + 1) == Some('-') && d.attached(j + 1) && d.attached(j + 2) {
                (j + 2, '-')
            } else {
                (j + 1, ' ')
            };
            if !d.is_word(next) || (sep == ' ' && !d.is(next, crate::token::SPACE_BEFORE)) {
                break;
            }
            let w = d.folded(next);
            key.push(sep);
            let base_len = key.len();
            let found = morph::split(w, Mode::Strict, |s| {
                probe.clear();
                probe.push_str(&key[..base_len]);
                probe.push_str(s);
                self.lex.get(&probe).is_entry()
            });
            if let Some(sp) = found {
                probe.clear();
                probe.push_str(&key[..base_len]);
                probe.push_str(&stem_key(w, &sp));
                best = Some((next, self.lex.get(&probe), sp));
            }
            key.push_str(w);
            if !self.lex.get(&key).has(lexicon::PREFIX) {
                break;
            }
            j = next;
        }
        best
    }
}

/// The first `n` chars of `s` (all of it when it is shorter): a stem's
/// char count, as morphology gives it, back to a slice of the word.
pub fn first_chars(s: &str, n: usize) -> &str {
    let end = s.char_indices().nth(n).map_or(s.len(), |(b, _)| b);
    s.get(..end).unwrap_or(s)
}

/// Marks the tokens of lines where all-capital words of four letters or
/// more are three or more and most of the words: a shouted headline, not a
/// row of abbreviations.
fn shouting_lines(doc: &Doc<'_>) -> Vec<bool> {
    let mut out = vec![false; doc.len()];
    // One pass: each line's counts close when the next line starts.
    let close = |out: &mut [bool], line: std::ops::Range<usize>, loud: usize, words: usize| {
        if loud >= 3 && loud * 5 >= words * 3 {
            out.get_mut(line).into_iter().flatten().for_each(|x| *x = true);
        }
    };
    let (mut start, mut loud, mut words) = (0, 0, 0);
    for (i, t) in doc.tokens.iter().enumerate() {
        if i > start && t.flags & crate::token::NL_BEFORE != 0 {
            close(&mut out, start..i, loud, words);
            (start, loud, words) = (i, 0, 0);
        }
        if t.flags & crate::token::ALLCAPS != 0 && doc.surface(i).chars().count() >= 4 {
            loud += 1;
        }
        if t.kind == Kind::Word {
            words += 1;
        }
    }
    close(&mut out, start..doc.len(), loud, words);
    out
}

/// Endings that mark a (folded) word as a surname: Azerbaijani `-ov`,
/// `-yev`, `-zadə`, `-oğlu`, Armenian `-yan`, Slavic, Georgian.
pub fn surname_pattern(stem: &str) -> bool {
    const ENDS: &[&str] = &[
        "ov", "ova", "ev", "eva", "zadə", "oğlu", "qızı", "yan", "ski", "skiy", "skaya", "enko", "vili", "dze", "viç",
        "oviç", "yeviç", "ovna", "yevna",
    ];
    // `Konstitusiyan|ın`, `Assambleyan|ın` are stems in `-ya` with a
    // buffer `n`; Armenian `-yan` follows a consonant or `o`
    // (`Paşinyan`, `Mirzoyan`).
    let mut rc = stem.chars().rev();
    if stem.ends_with("yan") {
        rc.nth(2);
        if rc.next().is_some_and(|c| matches!(c, 'i' | 'ı' | 'e' | 'ə' | 'u' | 'ü' | 'a')) {
            return false;
        }
    }
    stem.chars().count() >= 5 && ENDS.iter().any(|e| stem.ends_with(e))
}

/// Place formants that end Azerbaijani toponyms: rivers (`-çay`),
/// mountains (`-dağ`), lakes (`-göl`), villages and towns (`-kənd`,
/// `-abad`, `-bulaq`).
const TOPONYM_ENDS: &[(&str, u32)] = &[
    ("çay", lexicon::GEO),
    ("dağ", lexicon::GEO),
    ("göl", lexicon::GEO),
    ("kənd", lexicon::VILLAGE),
    ("abad", lexicon::VILLAGE),
    ("bulaq", lexicon::VILLAGE),
];

fn toponym_pattern(stem: &str) -> bool {
    toponym_flags(stem) != 0
}

fn toponym_flags(stem: &str) -> u32 {
    if stem.chars().count() < 5 {
        return 0;
    }
    TOPONYM_ENDS.iter().find(|(e, _)| stem.ends_with(e)).map_or(0, |(_, f)| *f)
}

/// The dictionary form of a split stem (alternation undone).
fn stem_key(folded: &str, sp: &Split) -> String {
    let stem = &folded[..sp.stem_len];
    match alt_char(folded, sp) {
        Some(c) if sp.altered => {
            let mut s = stem.to_string();
            s.pop();
            s.push(c);
            s
        }
        _ => stem.to_string(),
    }
}

fn alt_char(folded: &str, sp: &Split) -> Option<char> {
    if !sp.altered {
        return None;
    }
    match folded[..sp.stem_len].chars().last() {
        Some('ğ') => Some('q'),
        Some('y') => Some('k'),
        _ => None,
    }
}
