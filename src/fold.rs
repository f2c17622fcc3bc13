//! Case folding for lexicon lookup.
//!
//! Azerbaijani pairs dotted and dotless i differently from Unicode's default
//! (`İ`↔`i`, `I`↔`ı`), so a single `to_lowercase()` would merge `ılıq` and
//! `ilıq`. Every fold here maps one char to exactly one char: a folded word
//! has as many chars as its surface, which lets callers map a stem length
//! found on the folded form straight back to the surface.

/// How a language folds case.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Folding {
    /// Turkic: `I`→`ı`, `İ`→`i`.
    Turkic,
    /// Unicode default for everything except that `İ` still folds to `i`.
    Default,
}

/// Azerbaijani's own lower-case letters outside ASCII: `ə ı ö ü ç ş ğ`.
#[inline(always)]
pub fn is_az_own_lower(c: char) -> bool {
    matches!(c, 'ə' | 'ı' | 'ö' | 'ü' | 'ç' | 'ş' | 'ğ')
}

/// Folds one char; always one char out.
#[inline]
pub fn fold_char(c: char, folding: Folding) -> char {
    if c.is_ascii() {
        if c == 'I' && folding == Folding::Turkic {
            return 'ı';
        }
        return c.to_ascii_lowercase();
    }
    match c {
        // Azerbaijani's own lower-case letters are most non-ASCII chars of
        // a text: answered before the Unicode case tables.
        _ if is_az_own_lower(c) => c,
        'İ' => 'i',
        'Ə' => 'ə',
        'Ö' => 'ö',
        'Ü' => 'ü',
        'Ç' => 'ç',
        'Ş' => 'ş',
        'Ğ' => 'ğ',
        // Typographic apostrophes fold to the ASCII one so `Ankara’ya`
        // and `Ankara'ya` look the same to the rules.
        '\u{2019}' | '\u{02BC}' | '\u{2018}' => '\'',
        _ => other_lower(c),
    }
}

/// Lower-cases a char outside the Azerbaijani alphabet (Cyrillic, Latin
/// accents). Chars whose lower case is not a single char stay as they are.
fn other_lower(c: char) -> char {
    if !c.is_uppercase() {
        return c;
    }
    let mut it = c.to_lowercase();
    match (it.next(), it.next()) {
        (Some(l), None) => l,
        _ => c,
    }
}

/// Folds `s` into `out` (appending).
pub fn fold_into(s: &str, folding: Folding, out: &mut String) {
    out.reserve(s.len());
    let mut rest = s;
    loop {
        // Runs of bytes that fold to themselves (ASCII but capitals) are
        // copied whole: most of a name or phrase is such a run.
        let n = rest.bytes().position(|b| b >= 0x80 || b.is_ascii_uppercase()).unwrap_or(rest.len());
        out.push_str(rest.get(..n).unwrap_or(""));
        rest = rest.get(n..).unwrap_or("");
        let Some(c) = rest.chars().next() else { break };
        out.push(fold_char(c, folding));
        rest = rest.get(c.len_utf8()..).unwrap_or("");
    }
}

/// Folds a whole string.
pub fn fold(s: &str, folding: Folding) -> String {
    let mut out = String::with_capacity(s.len() + 4);
    fold_into(s, folding, &mut out);
    out
}

/// Upper-cases one char the Turkic way (`i`→`İ`, `ı`→`I`); used when a
/// lexicon form is shown capitalised.
pub fn upper_char(c: char, folding: Folding) -> char {
    match (c, folding) {
        ('i', Folding::Turkic) => 'İ',
        ('ı', _) => 'I',
        _ if c.is_ascii() => c.to_ascii_uppercase(),
        _ => {
            let mut it = c.to_uppercase();
            match (it.next(), it.next()) {
                (Some(u), None) => u,
                _ => c,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn turkic_dotted_and_dotless_i() {
        assert_eq!(fold("İLHAM", Folding::Turkic), "ilham");
        assert_eq!(fold("ILIQ", Folding::Turkic), "ılıq");
        assert_eq!(fold("İrəvan Işığı", Folding::Turkic), "irəvan ışığı");
        assert_eq!(fold("ƏLİYEV ŞÜÖĞÇ", Folding::Turkic), "əliyev şüöğç");
    }

    #[test]
    fn default_folding_keeps_english_i() {
        assert_eq!(fold("IBM Inc.", Folding::Default), "ibm inc.");
        assert_eq!(fold("İstanbul", Folding::Default), "istanbul");
    }

    #[test]
    fn fold_keeps_char_count() {
        for s in ["İİİ", "III", "Straße", "ǅemal", "ΣΑΣ", "Москва", "Ankara’ya", "\u{1E9E}x"] {
            for f in [Folding::Turkic, Folding::Default] {
                assert_eq!(fold(s, f).chars().count(), s.chars().count(), "{s}");
            }
        }
    }

    #[test]
    fn whole_strings_fold_as_their_chars_do() {
        for s in ["İLHAM Əliyev-in BMT’nin", "a1 B2 ç Ç İİ ıI Ωμέγα ß ǅ", "", "plain ascii text", "ÇÖĞÜŞ"]
        {
            for f in [Folding::Turkic, Folding::Default] {
                let by_char: String = s.chars().map(|c| fold_char(c, f)).collect();
                assert_eq!(fold(s, f), by_char, "{s:?}");
            }
        }
    }

    #[test]
    fn apostrophes_are_unified() {
        assert_eq!(fold("Ankara’ya", Folding::Turkic), "ankara'ya");
    }

    #[test]
    fn upper_is_turkic() {
        assert_eq!(upper_char('i', Folding::Turkic), 'İ');
        assert_eq!(upper_char('ı', Folding::Turkic), 'I');
        assert_eq!(upper_char('i', Folding::Default), 'I');
        assert_eq!(upper_char('ə', Folding::Turkic), 'Ə');
    }
}
