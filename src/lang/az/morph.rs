//! Azerbaijani nominal morphology: splits a folded word into a stem and a
//! chain of inflectional suffixes (plural, possessive, case, `-dakı`,
//! copula), checking vowel harmony and buffer consonants, so that
//! `Azərbaycanın`, `Albaniyaya`, `Nazirliyindən`, `Məmmədovdur` all reach
//! their stems. Derivational suffixes (`-lı`, `-ca`) are deliberately not
//! in the grammar: `bakılı` is not a form of `Bakı`.

/// Morphemes found in a suffix chain (bit set).
pub const PL: u16 = 1;
pub const POSS3: u16 = 2;
pub const POSS: u16 = 4;
pub const GEN: u16 = 8;
pub const DAT: u16 = 16;
pub const ACC: u16 = 32;
pub const LOC: u16 = 64;
pub const ABL: u16 = 128;
pub const INS: u16 = 256;
pub const TERM: u16 = 512;
pub const KI: u16 = 1024;
pub const COP: u16 = 2048;
pub const CASE: u16 = GEN | DAT | ACC | LOC | ABL | INS;

/// How strictly harmony and buffers are checked.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Mode {
    /// Suffix written straight onto the stem: harmony must hold.
    Strict,
    /// After a hyphen, apostrophe or closing quote (`BMT-nin`, `Report”a`):
    /// abbreviations are read aloud, so either harmony and buffer may occur.
    Lenient,
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'ı' | 'o' | 'u' | 'e' | 'ə' | 'i' | 'ö' | 'ü')
}

fn is_back(c: char) -> bool {
    matches!(c, 'a' | 'ı' | 'o' | 'u')
}

fn last_vowel(s: &str) -> Option<char> {
    s.chars().rev().find(|&c| is_vowel(c))
}

#[derive(Clone, Copy)]
struct State {
    vowel: Option<char>,
    ends_vowel: bool,
    found: u16,
}

/// Options for `A` (two-way) and `I` (four-way) harmony after `vowel`.
fn a_forms(vowel: Option<char>, mode: Mode) -> &'static [char] {
    match (mode, vowel) {
        (Mode::Strict, Some(v)) if is_back(v) => &['a'],
        (Mode::Strict, Some(_)) => &['ə'],
        _ => &['a', 'ə'],
    }
}

fn i_forms(vowel: Option<char>, mode: Mode) -> &'static [char] {
    match (mode, vowel) {
        (Mode::Strict, Some('a' | 'ı')) => &['ı'],
        (Mode::Strict, Some('o' | 'u')) => &['u'],
        (Mode::Strict, Some('e' | 'ə' | 'i')) => &['i'],
        (Mode::Strict, Some(_)) => &['ü'],
        _ => &['ı', 'i', 'u', 'ü'],
    }
}

/// Tries to read `tpl` at the start of `rest`. Template letters: `A` and
/// `I` harmonise with the vowel before; anything else is literal.
/// Returns the bytes consumed and the last vowel read.
fn read(tpl: &str, rest: &str, vowel: Option<char>, mode: Mode) -> Option<(usize, Option<char>)> {
    let mut chars = rest.char_indices();
    let mut v = vowel;
    for t in tpl.chars() {
        let (_, c) = chars.next()?;
        let ok = match t {
            'A' => a_forms(v, mode).contains(&c),
            'I' => i_forms(v, mode).contains(&c),
            _ => t == c,
        };
        if !ok {
            return None;
        }
        if is_vowel(c) {
            v = Some(c);
        }
    }
    let used = chars.next().map_or(rest.len(), |(i, _)| i);
    Some((used, v))
}

type Slot = (&'static str, u16);

// Forms of each slot after a consonant, after a vowel, and after a
// third-person possessive (which takes the `n` buffer).
const PLURAL: &[Slot] = &[("lAr", PL)];
const POSS_C: &[Slot] = &[("ImIz", POSS), ("InIz", POSS), ("Im", POSS), ("In", POSS), ("I", POSS3)];
const POSS_V: &[Slot] = &[("mIz", POSS), ("nIz", POSS), ("m", POSS), ("n", POSS), ("sI", POSS3)];
const CASE_C: &[Slot] = &[("In", GEN), ("A", DAT), ("I", ACC), ("dA", LOC), ("dAn", ABL), ("lA", INS)];
// After a vowel the `n`-buffered forms are allowed too: a lexicon stem
// may itself end in a possessive (`Nazirliyi` + `ndən`).
const CASE_V: &[Slot] = &[
    ("nIn", GEN),
    ("yA", DAT),
    ("nA", DAT),
    ("nI", ACC),
    ("dA", LOC),
    ("ndA", LOC),
    ("dAn", ABL),
    ("ndAn", ABL),
    ("ylA", INS),
];
const CASE_P: &[Slot] = &[("nIn", GEN), ("nA", DAT), ("nI", ACC), ("ndA", LOC), ("ndAn", ABL), ("ylA", INS)];
const TERMINATIVE: &[Slot] = &[("dək", TERM), ("dak", TERM)];
const KI_FORMS: &[Slot] = &[("ki", KI), ("kı", KI)];
const COPULA_C: &[Slot] = &[("dIrlAr", COP), ("dIr", COP), ("dI", COP), ("mIş", COP), ("sA", COP), ("kən", COP)];
const COPULA_V: &[Slot] = &[("dIrlAr", COP), ("dIr", COP), ("ydI", COP), ("ymIş", COP), ("ysA", COP), ("ykən", COP)];

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Step {
    Plural,
    Poss,
    Case,
    Term,
    Ki,
    Copula,
    Done,
}

/// Parses `rest` as a suffix chain after a stem; returns the morphemes.
pub fn chain(stem: &str, rest: &str, mode: Mode) -> Option<u16> {
    if rest.is_empty() {
        return Some(0);
    }
    if rest.len() > 24 {
        return None;
    }
    let st = State { vowel: last_vowel(stem), ends_vowel: stem.chars().last().is_some_and(is_vowel), found: 0 };
    memo::get_or(rest, st.vowel, st.ends_vowel, mode, || parse(rest, st, Step::Plural, mode, 0))
}

/// A small direct-mapped cache of chain results. The same few hundred
/// endings (`ın`, `da`, `nın`, `ləri` …) recur through a text, and a
/// parse costs far more than a lookup. The result depends only on the
/// ending, the stem's last vowel, whether the stem ends in a vowel and
/// the mode, which together form the key.
mod memo {
    use super::Mode;
    use std::cell::RefCell;

    const SLOTS: usize = 1024;
    const KEY: usize = 24;

    #[derive(Clone, Copy)]
    struct Slot {
        len: u8,
        tag: u32,
        key: [u8; KEY],
        result: Option<u16>,
    }

    const EMPTY: Slot = Slot { len: u8::MAX, tag: 0, key: [0; KEY], result: None };

    thread_local! {
        static CACHE: RefCell<Vec<Slot>> = const { RefCell::new(Vec::new()) };
    }

    pub fn get_or(
        rest: &str,
        vowel: Option<char>,
        ends_vowel: bool,
        mode: Mode,
        f: impl FnOnce() -> Option<u16>,
    ) -> Option<u16> {
        let bytes = rest.as_bytes();
        if bytes.len() > KEY {
            return f();
        }
        let tag = (vowel.map_or(0, |c| c as u32) << 2) | ((ends_vowel as u32) << 1) | (mode == Mode::Lenient) as u32;
        // FNV-1a over the ending and the tag.
        let mut h: u32 = 0x811c_9dc5 ^ tag;
        for &b in bytes {
            h = (h ^ b as u32).wrapping_mul(0x0100_0193);
        }
        let i = (h as usize) % SLOTS;
        let hit = CACHE.with(|c| {
            let c = c.borrow();
            c.get(i).and_then(|s| {
                (s.len as usize == bytes.len() && s.tag == tag && &s.key[..bytes.len()] == bytes).then_some(s.result)
            })
        });
        if let Some(r) = hit {
            return r;
        }
        let r = f();
        CACHE.with(|c| {
            let mut c = c.borrow_mut();
            if c.is_empty() {
                c.resize(SLOTS, EMPTY);
            }
            let mut key = [0u8; KEY];
            key[..bytes.len()].copy_from_slice(bytes);
            c[i] = Slot { len: bytes.len() as u8, tag, key, result: r };
        });
        r
    }
}

fn parse(rest: &str, st: State, from: Step, mode: Mode, depth: u8) -> Option<u16> {
    if rest.is_empty() {
        return Some(st.found);
    }
    if depth > 8 {
        return None;
    }
    // Case is tried before the possessive: `-ın` is far more often a
    // genitive than "your", and the first full parse wins.
    let steps = [Step::Plural, Step::Case, Step::Poss, Step::Term, Step::Ki, Step::Copula];
    for &step in steps.iter().filter(|&&s| s >= from) {
        for slots in forms(step, st, mode) {
            for &(tpl, bit) in slots.iter() {
                let Some((used, v)) = read(tpl, rest, st.vowel, mode) else {
                    continue;
                };
                let tail = &rest[used..];
                let next = State { vowel: v, ends_vowel: tail_ends_vowel(&rest[..used]), found: st.found | bit };
                // After `-ki` the word is a noun again and may take plural
                // and case once more (`Bakıdakıları`).
                let resume = if step == Step::Ki { Step::Plural } else { next_step(step) };
                if let Some(f) = parse(tail, next, resume, mode, depth + 1) {
                    return Some(f);
                }
            }
        }
    }
    None
}

fn tail_ends_vowel(s: &str) -> bool {
    s.chars().last().is_some_and(is_vowel)
}

fn next_step(s: Step) -> Step {
    match s {
        Step::Plural => Step::Poss,
        Step::Poss => Step::Case,
        Step::Case => Step::Term,
        Step::Term => Step::Ki,
        Step::Ki => Step::Copula,
        Step::Copula | Step::Done => Step::Done,
    }
}

/// Which slot tables apply at `step` given what came before. In lenient
/// mode both the after-vowel and after-consonant forms are allowed.
fn forms(step: Step, st: State, mode: Mode) -> [&'static [Slot]; 2] {
    const NONE: &[Slot] = &[];
    let both = |c: &'static [Slot], v: &'static [Slot]| -> [&'static [Slot]; 2] {
        if mode == Mode::Lenient {
            [c, v]
        } else if st.ends_vowel {
            [v, NONE]
        } else {
            [c, NONE]
        }
    };
    match step {
        Step::Plural => [PLURAL, NONE],
        Step::Poss => both(POSS_C, POSS_V),
        Step::Case => {
            if st.found & POSS3 != 0 {
                [CASE_P, NONE]
            } else if st.found & KI != 0 {
                [CASE_V, NONE]
            } else {
                both(CASE_C, CASE_V)
            }
        }
        // `-dək` after the bare noun or the dative (`səhərədək`).
        Step::Term if st.found & (CASE & !DAT) == 0 => [TERMINATIVE, NONE],
        Step::Ki if st.found & (LOC | GEN) != 0 && st.found & KI == 0 => [KI_FORMS, NONE],
        Step::Copula => both(COPULA_C, COPULA_V),
        _ => [NONE, NONE],
    }
}

/// A stem found inside a word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Split {
    /// Byte length of the stem in the folded word.
    pub stem_len: usize,
    /// Chars in the stem (the same count in the surface form).
    pub stem_chars: usize,
    /// Morphemes of the suffix chain.
    pub morphs: u16,
    /// The stem's last char was changed by alternation (`q`→`ğ`, `k`→`y`).
    pub altered: bool,
}

/// Finds the longest stem of `word` (folded) that `accept` takes and whose
/// remainder is a valid suffix chain. `accept` gets candidate stems in
/// their dictionary form.
pub fn split(word: &str, mode: Mode, mut accept: impl FnMut(&str) -> bool) -> Option<Split> {
    let total = word.chars().count();
    if total < 2 {
        return None;
    }
    // Longest stem first: the whole word, then one char shorter each step.
    let mut stem_chars = total;
    let mut end = word.len();
    loop {
        let (stem, rest) = word.split_at(end);
        if rest.len() > MAX_CHAIN_BYTES {
            return None;
        }
        // The stem test first: it is a hash probe for most callers, and
        // most split points fail it, while a suffix parse costs more.
        if could_start_chain(rest) {
            if accept(stem) {
                if let Some(morphs) = chain(stem, rest, mode) {
                    return Some(Split { stem_len: end, stem_chars, morphs, altered: false });
                }
            }
            if let Some(alt) = alternated(stem, rest) {
                if accept(&alt) {
                    if let Some(morphs) = chain(stem, rest, mode) {
                        return Some(Split { stem_len: end, stem_chars, morphs, altered: true });
                    }
                }
            }
        }
        if stem_chars <= 2 {
            return None;
        }
        let last = stem.chars().next_back().map_or(1, char::len_utf8);
        end -= last;
        stem_chars -= 1;
    }
}

/// Longest suffix chain considered, in bytes (`-larımızdakılardır` is 20).
const MAX_CHAIN_BYTES: usize = 24;

/// Every suffix starts with one of these letters; anything else cannot be
/// a chain, which saves parsing most split points.
fn could_start_chain(rest: &str) -> bool {
    match rest.chars().next() {
        None => true,
        Some(c) => matches!(c, 'l' | 'ı' | 'i' | 'u' | 'ü' | 'a' | 'ə' | 'n' | 'y' | 'd' | 's' | 'm' | 'k'),
    }
}

/// The dictionary stem behind consonant alternation before a vowel:
/// `Bulağ|a` ← `Bulaq`, `Nazirliy|ə` ← `Nazirlik`.
fn alternated(stem: &str, rest: &str) -> Option<String> {
    if !rest.chars().next().is_some_and(is_vowel) {
        return None;
    }
    let last = stem.chars().next_back()?;
    let swap = match last {
        'ğ' => 'q',
        'y' => 'k',
        _ => return None,
    };
    let mut alt = String::with_capacity(stem.len());
    alt.push_str(&stem[..stem.len() - last.len_utf8()]);
    alt.push(swap);
    Some(alt)
}

/// `word` is `stem` followed by a suffix chain: its morphemes.
pub fn stem_is(word: &str, stem: &str, mode: Mode) -> Option<u16> {
    let rest = word.strip_prefix(stem)?;
    chain(stem, rest, mode)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stem_of(word: &str, stems: &[&str]) -> Option<String> {
        split(word, Mode::Strict, |s| stems.contains(&s)).map(|sp| word[..sp.stem_len].to_string())
    }

    #[test]
    fn case_endings_with_harmony_and_buffers() {
        let stems = ["azərbaycan", "bakı", "albaniya", "kür", "əliyev", "ərdoğan", "şəki", "tirana", "qafarova"];
        for (w, s) in [
            ("azərbaycanın", "azərbaycan"),
            ("azərbaycanda", "azərbaycan"),
            ("bakıda", "bakı"),
            ("bakının", "bakı"),
            ("albaniyaya", "albaniya"),
            ("kürə", "kür"),
            ("kürün", "kür"),
            ("əliyevə", "əliyev"),
            ("əliyevlə", "əliyev"),
            ("ərdoğanı", "ərdoğan"),
            ("şəkidə", "şəki"),
            ("tiranadakı", "tirana"),
            ("qafarovanın", "qafarova"),
        ] {
            assert_eq!(stem_of(w, &stems).as_deref(), Some(s), "{w}");
        }
    }

    #[test]
    fn disharmonic_and_derived_forms_are_rejected() {
        let stems = ["azərbaycan", "bakı", "kür"];
        for w in ["azərbaycanən", "bakıdə", "bakılı", "azərbaycanca", "küra", "bakıx"] {
            assert_eq!(stem_of(w, &stems), None, "{w}");
        }
    }

    #[test]
    fn possessive_chains_take_the_n_buffer() {
        let stems = ["nazirliyi", "komitəsi", "ofisi", "fondu", "respublikası"];
        for (w, s) in [
            ("nazirliyindən", "nazirliyi"),
            ("komitəsinin", "komitəsi"),
            ("ofisinin", "ofisi"),
            ("fondunun", "fondu"),
            ("respublikasına", "respublikası"),
            ("respublikasında", "respublikası"),
        ] {
            assert_eq!(stem_of(w, &stems).as_deref(), Some(s), "{w}");
        }
        // Genitive after a possessive needs the buffer.
        assert_eq!(stem_of("ofisiin", &stems), None);
    }

    #[test]
    fn locative_ki_copula_and_terminative() {
        let stems = ["lissabon", "məmmədov", "səhər", "bakı"];
        assert_eq!(stem_of("lissabondakı", &stems).as_deref(), Some("lissabon"));
        assert_eq!(stem_of("məmmədovdur", &stems).as_deref(), Some("məmmədov"));
        assert_eq!(stem_of("səhərədək", &stems).as_deref(), Some("səhər"));
        assert_eq!(stem_of("bakıdakılar", &stems).as_deref(), Some("bakı"));
        assert_eq!(stem_of("bakıdadır", &stems).as_deref(), Some("bakı"));
    }

    #[test]
    fn chains_report_their_morphemes() {
        assert_eq!(chain("bakı", "da", Mode::Strict), Some(LOC));
        assert_eq!(chain("ofisi", "nin", Mode::Strict), Some(GEN));
        assert_eq!(chain("ölkə", "lərin", Mode::Strict), Some(PL | GEN));
        assert_eq!(chain("bmt", "nin", Mode::Lenient), Some(GEN));
        assert_eq!(chain("abş", "ın", Mode::Lenient), Some(GEN));
        assert_eq!(chain("26", "da", Mode::Lenient), Some(LOC));
        assert_eq!(chain("2024", "cü", Mode::Lenient), None);
    }

    #[test]
    fn consonant_alternation() {
        let stems = ["soyuqbulaq", "nazirlik"];
        let sp = split("soyuqbulağa", Mode::Strict, |s| stems.contains(&s)).unwrap();
        assert!(sp.altered);
        assert_eq!(sp.stem_chars, "soyuqbulağ".chars().count());
        assert!(split("nazirliyə", Mode::Strict, |s| stems.contains(&s)).is_some());
    }

    #[test]
    fn longest_stem_wins() {
        let stems = ["ofis", "ofisi"];
        let sp = split("ofisinin", Mode::Strict, |s| stems.contains(&s)).unwrap();
        assert_eq!(&"ofisinin"[..sp.stem_len], "ofisi");
    }
}
