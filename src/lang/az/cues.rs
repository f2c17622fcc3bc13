//! What the words around a run say: descriptors after it (`kəndi`,
//! `klubu`, `tamaşası`), titles before it, and word shapes (verb forms,
//! `-dakı`, numbered names).

use super::words::Words;
use crate::lexicon::*;

/// What the word after a run says about it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Desc {
    None,
    Place,
    Org,
    Work,
    Event,
}

/// Lexicon categories that make a word (part of) a name.
pub const NAMEISH: u32 = GIVEN
    | SURNAME
    | PLACE_ANY
    | ORG
    | ORG_HEAD
    | ORG_LEGAL
    | FACILITY_HEAD
    | PLACE_MOD
    | PLACE_HEAD
    | NONNAME
    | PARTICLE;
/// Categories of ordinary vocabulary.
pub const VOCAB: u32 =
    NUMWORD | STOP | TITLE | MONTH | WEEKDAY | DEMONYM | EVENT_HEAD | WORK_DESC | ORG_DESC | PLACE_DESC | CONNECTOR;

/// `COP29`, `F-16`: abbreviations with numbers name events and products.
pub fn has_digit(s: &str) -> bool {
    s.bytes().any(|b| b.is_ascii_digit())
}

/// Participle and converb endings: a sentence's first word in one of these
/// is a verb form, not a name (`Saxlanılan`, `Yaranmış`).
pub fn verbal(folded: &str) -> bool {
    const ENDS: &[&str] =
        &["lan", "lən", "ılan", "ilən", "mış", "miş", "muş", "müş", "acaq", "əcək", "dıqda", "dikdə", "araq", "ərək"];
    folded.chars().count() > 5 && ENDS.iter().any(|e| folded.ends_with(e))
}

/// `word` is `stem` plus a suffix chain.
pub fn morph_stem(word: &str, stem: &str) -> bool {
    super::morph::stem_is(word, stem, super::morph::Mode::Strict).is_some()
}

/// An unknown word in `-dakı/-dəki` (`Berklidəki`): the suffix of places.
pub fn located(folded: &str) -> bool {
    let stem = folded.strip_suffix("dakı").or_else(|| folded.strip_suffix("dəki"));
    stem.is_some_and(|s| s.chars().count() >= 3)
}

/// A word built with Azerbaijani derivational suffixes: abstract nouns in
/// `-lıq` (voiced before a vowel: `Tərəfdaşlığın`) and verbal nouns with a
/// possessive (`Gücləndirilməsinə`). Names are not built that way, so such
/// capitals are title words, not a stranger's name.
pub fn derived_noun(folded: &str) -> bool {
    const MARKS: [&str; 12] =
        ["lığ", "liy", "luğ", "lüy", "ması", "məsi", "mağı", "məyi", "çılıq", "çilik", "ılması", "ilməsi"];
    let long = folded.chars().count() >= 7;
    // Bare verbal nouns of derived verbs: `İmmunlaşdırma`, `Rəqəmsallaşma`.
    const VERBAL: [&str; 10] = ["dırma", "dirmə", "durma", "dürmə", "laşma", "ləşmə", "lanma", "lənmə", "ılma", "ilmə"];
    long && (MARKS.iter().any(|m| folded.contains(m))
        || VERBAL.iter().any(|m| folded.ends_with(m))
        || ["lıq", "lik", "luq", "lük"].iter().any(|m| folded.ends_with(m)))
}

/// Written in the Azerbaijani alphabet only: Azerbaijani news spells
/// foreign people's names in it (`Neytan Tella`), while a word with `w`
/// or another foreign letter is a term left in its own spelling (`Web
/// Worker`).
pub fn az_spelled(folded: &str) -> bool {
    folded.chars().all(|c| matches!(c, 'a'..='v' | 'x'..='z' | 'ç' | 'ə' | 'ğ' | 'ı' | 'ö' | 'ş' | 'ü'))
}

/// A locative or ablative ending on a stem of four or more letters.
pub fn in_or_from(folded: &str) -> bool {
    ["da", "də", "ta", "tə", "dan", "dən", "tan", "tən"].iter().any(|e| {
        // (Not after a possessive `-ın`: `Mərkəzində` is a noun's.)
        folded.strip_suffix(e).is_some_and(|stem| {
            stem.chars().count() >= 4 && !["ın", "in", "un", "ün"].iter().any(|p| stem.ends_with(p))
        })
    })
}

/// `COVID-19`, `Su-25`: a word with a number hyphened to it.
pub fn numbered(w: &Words<'_, '_>, t: usize) -> bool {
    let d = w.doc;
    d.punct_at(t + 1) == Some('-')
        && d.attached(t + 1)
        && d.attached(t + 2)
        && d.kind(t + 2) == Some(crate::token::Kind::Num)
}

/// A title or role right before token `t` (`Prezident`, `naziri`, `xanım`).
pub fn title_before(w: &Words<'_, '_>, t: usize) -> bool {
    t > 0 && w.doc.is_word(t - 1) && w.is(t - 1, TITLE)
}

/// The descriptor after the unit ending at token `end`, looking across
/// coordinated names (`Yekəxana və Şahsoltanlı kəndlərinə`).
pub fn desc_after(w: &Words<'_, '_>, end: usize) -> Desc {
    let d = w.doc;
    let mut j = end + 1;
    // Hop over coordinated names: `A, B və C kəndləri`, `A və digər kəndlər`.
    for _ in 0..8 {
        if d.punct_at(j) == Some(',') && d.is_cap_word(j + 1) {
            j += 1;
            while d.is_cap_word(j) {
                j = w.at(j).last + 1;
            }
            continue;
        }
        if !d.is_word(j) || !d.is_lower_word(j) {
            return Desc::None;
        }
        if d.word_is(j, "və") {
            j += 1;
            if d.word_is(j, "digər") || d.word_is(j, "başqa") {
                return desc_word(w, j + 1);
            }
            while d.is_cap_word(j) {
                j = w.at(j).last + 1;
            }
            continue;
        }
        let mut here = desc_word(w, j);
        // `gömrük-keçid məntəqəsi`: a hyphened compound before the noun.
        let compound = d.punct_at(j + 1) == Some('-') && d.attached(j + 1) && d.attached(j + 2);
        if here == Desc::None
            && compound
            && d.is_lower_word(j + 2)
            && d.is_lower_word(j + 3)
            && d.is(j + 3, crate::token::SPACE_BEFORE)
        {
            here = match desc_word(w, j + 3) {
                desc @ (Desc::Place | Desc::Org) => desc,
                _ => Desc::None,
            };
        }
        // (Mid-sentence only: an opener's capital says nothing.)
        let lone = end > 0 && !d.is_cap_word(end - 1) && !d.is(end, crate::token::SENT_START);
        if here == Desc::None && lone && w.flags(end) & NAMEISH == 0 {
            return izafet_org(w, j);
        }
        return here;
    }
    Desc::None
}

/// `Naxtel mobil operatorları`, `Intelsat beynəlxalq peyk təşkilatı`: an
/// organisation noun with its possessive ending after one or two plain
/// lower-case words makes the unknown name before them its modifier.
fn izafet_org(w: &Words<'_, '_>, j: usize) -> Desc {
    let d = w.doc;
    // (`yeni klubu`, `keçmiş şirkəti`: a person's new club, not a name.)
    const RELATIONAL: [&str; 8] = ["yeni", "köhnə", "keçmiş", "sabiq", "əvvəlki", "indiki", "doğma", "öz"];
    let plain = |k: usize| {
        d.is_lower_word(k) && w.flags(k) & (STOP | CONNECTOR | TITLE) == 0 && !RELATIONAL.contains(&d.folded(k))
    };
    for k in [j + 1, j + 2] {
        if !(j..k).all(plain) || !d.is_lower_word(k) {
            return Desc::None;
        }
        // The descriptor entry itself carries the possessive (`təşkilatı`
        // in `təşkilatına`), or the ending does.
        let Some((hit, sp)) = w.stem_in(k, ORG_DESC) else { continue };
        let f = d.folded(k);
        let stem = f.get(..sp.stem_len).unwrap_or(f);
        let possessed =
            stem.ends_with(['ı', 'i', 'u', 'ü']) || sp.morphs & (super::morph::POSS3 | super::morph::POSS) != 0;
        if possessed && hit.has(ORG_DESC) {
            return Desc::Org;
        }
    }
    Desc::None
}

/// Case endings that follow a noun without a possessive ending.
const BARE_CASE: [&str; 20] = [
    "da", "də", "ta", "tə", "dan", "dən", "tan", "tən", "a", "ə", "ya", "yə", "la", "lə", "yla", "ylə", "dakı", "dəki",
    "takı", "təki",
];

pub fn desc_word(w: &Words<'_, '_>, j: usize) -> Desc {
    // One morphological split for all four descriptor lists.
    let Some((hit, sp)) = w.stem_in(j, PLACE_DESC | ORG_DESC | EVENT_HEAD | WORK_DESC) else {
        return Desc::None;
    };
    // A descriptor names the word before it with its possessive ending
    // (`Bakı aeroportunda`); a bare noun with only a case ending is a
    // place of its own (`Oqtay Süleymanov aeroportda danışıb`).
    let ending = w.doc.folded(j).get(sp.stem_len..).unwrap_or("");
    if BARE_CASE.contains(&ending) {
        return Desc::None;
    }
    if hit.has(PLACE_DESC) {
        Desc::Place
    } else if hit.has(ORG_DESC) {
        Desc::Org
    } else if hit.has(EVENT_HEAD) {
        Desc::Event
    } else {
        Desc::Work
    }
}

#[cfg(test)]
mod tests {
    use super::{az_spelled, derived_noun};

    #[test]
    fn derived_nouns_are_told_from_names() {
        for w in ["tərəfdaşlığın", "gücləndirilməsinə", "müstəqillik", "hazırlanması", "immunlaşdırma"]
        {
            assert!(derived_noun(w), "{w}");
        }
        for w in ["tella", "frimponq", "malik", "kvelidze", "blinken", "məlikov"] {
            assert!(!derived_noun(w), "{w}");
            assert!(az_spelled(w), "{w}");
        }
        for w in ["web", "worker", "wagner", "josé", "núñez"] {
            assert!(!az_spelled(w), "{w}");
        }
    }
}
