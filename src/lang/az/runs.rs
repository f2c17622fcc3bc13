//! Capitalised runs: maximal sequences of capitalised words that may form
//! one or more names (`Entoni Blinken Azərbaycan Respublikasının`), held
//! together by spaces, hyphens, initials (`İ.Əliyev`), lower-case name
//! particles (`fon der`), patronymics (`oğlu`) and, for long organisation
//! names, connectors (`və`, `üzrə`, `yanında`).

use super::words::Words;
use crate::lexicon::{CONNECTOR, PARTICLE};
use crate::token::{Kind, ALLCAPS, NL_BEFORE, SENT_START, SPACE_BEFORE};

/// How an item joins the one before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Join {
    First,
    Space,
    /// Joined by a hyphen (or `–`, `/`, `+`) with no spaces: `Bakı-Şamaxı`,
    /// `Azər-Türk`, `Bakı–Ələt`.
    Hyphen,
    /// Joined through an Arabic article: `Şarm-əş-Şeyx` (one name, not a list).
    Article,
    /// After an initial: `İ.Əliyev`, `İ. Əliyev`.
    Initial,
}

/// What an item is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// A capitalised word (with any attached suffix).
    Cap,
    /// A lower-case particle inside a foreign name: `fon`, `der`, `da`.
    Particle,
    /// `oğlu` / `qızı` inside a full name with patronymic.
    Patronym,
    /// `və`, `üzrə`, `yanında`: only inside organisation names.
    Connector,
}

#[derive(Clone, Copy, Debug)]
pub struct Item {
    /// The word token.
    pub tok: usize,
    pub join: Join,
    pub role: Role,
}

/// Every run of a document, end to end in one list (one allocation for
/// all runs instead of one a run: a run is one or two words as a rule).
#[derive(Clone, Debug, Default)]
pub struct Runs {
    items: Vec<Item>,
    /// Where each run ends in `items`; runs are never empty.
    ends: Vec<usize>,
}

impl Runs {
    /// The runs in text order.
    pub fn iter(&self) -> impl Iterator<Item = &[Item]> + '_ {
        let starts = std::iter::once(0).chain(self.ends.iter().copied());
        starts.zip(self.ends.iter().copied()).filter_map(|(s, e)| self.items.get(s..e))
    }
}

fn is_initial(w: &Words<'_, '_>, i: usize) -> bool {
    let d = w.doc;
    // (The cheap token tests first: most capitalised words are no initial.)
    d.is_cap_word(i) && d.attached(i + 1) && d.punct_at(i + 1) == Some('.') && {
        let mut c = d.surface(i).chars();
        c.next().is_some() && c.next().is_none()
    }
}

/// A token that may start or continue a run.
fn is_cap(w: &Words<'_, '_>, used: &[bool], i: usize) -> bool {
    let d = w.doc;
    d.is_cap_word(i) && !used[i] && (!is_roman(d.surface(i)) || regnal(w, i))
}

/// A regnal number before a given name: `II Abdulla`, `III Çarlz`.
pub fn regnal(w: &Words<'_, '_>, i: usize) -> bool {
    let d = w.doc;
    is_roman(d.surface(i))
        && d.surface(i).len() <= 4
        && d.is(i + 1, SPACE_BEFORE)
        && w.flags(i + 1) & crate::lexicon::GIVEN != 0
}

/// Arabic articles written in hyphened names: `əş-Şeyx`, `əs-Sisi`, `al-Sani`.
fn is_article(folded: &str) -> bool {
    matches!(
        folded,
        "əl" | "əş"
            | "ər"
            | "əs"
            | "ən"
            | "əz"
            | "əd"
            | "ət"
            | "əs-"
            | "al"
            | "el"
            | "as"
            | "ad"
            | "an"
            | "ar"
            | "at"
            | "az"
            | "aş"
    )
}

/// Roman numerals (`IX Qlobal Bakı Forumu`, `XVIII əsr`) are not names.
pub fn is_roman(s: &str) -> bool {
    s.len() >= 2 && s.bytes().all(|b| matches!(b, b'I' | b'V' | b'X' | b'L' | b'C'))
}

/// Finds all runs, in order.
pub fn runs(w: &Words<'_, '_>, used: &[bool]) -> Runs {
    let d = w.doc;
    let n = d.len();
    let mut out = Runs::default();
    let mut i = 0;
    while i < n {
        if !is_cap(w, used, i) {
            i += 1;
            continue;
        }
        let begin = out.items.len();
        let items = &mut out.items;
        items.push(Item { tok: i, join: Join::First, role: Role::Cap });
        let mut cur = i;
        loop {
            let last = if is_initial(w, cur) { cur + 1 } else { w.at(cur).last };
            let Some(next) = continuation(w, used, cur, last) else {
                break;
            };
            for it in next.iter().flatten() {
                items.push(*it);
            }
            cur = next.iter().flatten().last().map_or(cur, |it| it.tok);
        }
        i = w.at(cur).last.max(cur) + 1;
        // Trailing particles and connectors never end a run; a patronymic
        // does after two capitalised words.
        while let Some(last) = items.get(begin..).and_then(<[Item]>::last) {
            let caps = items.get(begin..).unwrap_or(&[]).iter().filter(|it| it.role == Role::Cap).count();
            if last.role == Role::Cap || (last.role == Role::Patronym && caps >= 2) {
                break;
            }
            items.pop();
        }
        out.ends.push(items.len());
    }
    out
}

/// The next item(s) after the unit at `cur` (ending at token `last`).
/// Particles, patronyms and connectors come with the capitalised word
/// after them, so the array holds up to three items.
fn continuation(w: &Words<'_, '_>, used: &[bool], cur: usize, last: usize) -> Option<[Option<Item>; 3]> {
    let d = w.doc;
    let j = last + 1;
    if j >= d.len() || d.is(j, NL_BEFORE) {
        return None;
    }
    // `İ.Əliyev` / `İ. Əliyev`
    if is_initial(w, cur) && is_cap(w, used, j) && !d.is(j, NL_BEFORE) {
        return Some([Some(Item { tok: j, join: Join::Initial, role: Role::Cap }), None, None]);
    }
    // `Şarm-əş-Şeyx`: an Arabic article between hyphens.
    if d.punct_at(j) == Some('-')
        && d.attached(j)
        && d.attached(j + 1)
        && is_article(d.folded(j + 1))
        && d.punct_at(j + 2) == Some('-')
        && d.attached(j + 2)
        && d.attached(j + 3)
        && is_cap(w, used, j + 3)
        && last == cur
    {
        return Some([Some(Item { tok: j + 3, join: Join::Article, role: Role::Cap }), None, None]);
    }
    // `Bakı-Şamaxı`, `Bakı–Ələt`: a list mark with no spaces, capitalised
    // both sides.
    if d.punct_at(j).is_some_and(|c| matches!(c, '-' | '–' | '/' | '+'))
        && d.attached(j)
        && d.attached(j + 1)
        && is_cap(w, used, j + 1)
        && last == cur
    {
        return Some([Some(Item { tok: j + 1, join: Join::Hyphen, role: Role::Cap }), None, None]);
    }
    if !d.is(j, SPACE_BEFORE) || d.is(j, SENT_START) {
        return None;
    }
    if is_cap(w, used, j) {
        return Some([Some(Item { tok: j, join: Join::Space, role: Role::Cap }), None, None]);
    }
    // `Əbdülfəttah əs-Sisi`: an Arabic article hyphened to the next name.
    if d.is_lower_word(j)
        && is_article(d.folded(j))
        && d.punct_at(j + 1) == Some('-')
        && d.attached(j + 1)
        && d.attached(j + 2)
        && is_cap(w, used, j + 2)
    {
        return Some([Some(Item { tok: j + 2, join: Join::Article, role: Role::Cap }), None, None]);
    }
    // Lower-case words followed by a capitalised one: up to two particles
    // (`fon der`), a patronymic or a connector.
    let f = w.exact(j);
    let role = if f.has(PARTICLE) {
        Role::Particle
    } else if matches!(d.folded(j), "oğlu" | "qızı") {
        Role::Patronym
    } else if f.has(CONNECTOR) {
        Role::Connector
    } else {
        return None;
    };
    if !d.is_lower_word(j) {
        return None;
    }
    // `Allahverdiyev Rövşən Oqtay oğlu saxlanılıb`: a patronymic may close
    // a name written surname first.
    if role == Role::Patronym && !is_cap(w, used, j + 1) {
        return Some([Some(Item { tok: j, join: Join::Space, role }), None, None]);
    }
    let mut k = j + 1;
    let mut second = None;
    if role == Role::Particle && d.is_lower_word(k) && d.is(k, SPACE_BEFORE) && w.exact(k).has(PARTICLE) {
        second = Some(Item { tok: k, join: Join::Space, role });
        k += 1;
    }
    if !d.is(k, SPACE_BEFORE) || !is_cap(w, used, k) {
        return None;
    }
    let cap = Item { tok: k, join: Join::Space, role: Role::Cap };
    Some(match second {
        Some(p2) => [Some(Item { tok: j, join: Join::Space, role }), Some(p2), Some(cap)],
        None => [Some(Item { tok: j, join: Join::Space, role }), Some(cap), None],
    })
}

/// All-capital abbreviation (`BMT`, `SOCAR`).
pub fn is_abbrev(w: &Words<'_, '_>, i: usize) -> bool {
    w.doc.is(i, ALLCAPS) && w.doc.kind(i) == Some(Kind::Word) && !is_roman(w.doc.surface(i)) && !w.shouting(i)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fold::Folding;
    use crate::token::Doc;

    fn texts(t: &str) -> Vec<Vec<String>> {
        let doc = Doc::leaked(t, Folding::Turkic);
        let w = Words::new(&doc);
        let used = vec![false; doc.len()];
        runs(&w, &used).iter().map(|r| r.iter().map(|it| doc.surface(it.tok).to_string()).collect()).collect()
    }

    #[test]
    fn runs_join_names_and_stop_at_lower_case() {
        assert_eq!(texts("Entoni Blinken İlham Əliyevə zəng edib"), [vec!["Entoni", "Blinken", "İlham", "Əliyevə"]]);
        assert_eq!(texts("ABŞ Dövlət katibi Entoni Blinken"), [vec!["ABŞ", "Dövlət"], vec!["Entoni", "Blinken"]]);
    }

    #[test]
    fn particles_patronyms_connectors_initials_hyphens() {
        assert_eq!(texts("prezidenti Ursula fon der Lyayen də"), [vec!["Ursula", "fon", "der", "Lyayen"]]);
        assert_eq!(texts("Elçin Səfəralı oğlu Babayev təyin"), [vec!["Elçin", "Səfəralı", "oğlu", "Babayev"]]);
        assert_eq!(
            texts("Ekologiya və Təbii Sərvətlər Nazirliyinin"),
            [vec!["Ekologiya", "və", "Təbii", "Sərvətlər", "Nazirliyinin"]]
        );
        assert_eq!(texts("dedi ki, İ.Əliyev gəldi"), [vec!["İ", "Əliyev"]]);
        assert_eq!(texts("Bakı-Şamaxı-Yevlax yolu"), [vec!["Bakı", "Şamaxı", "Yevlax"]]);
    }

    #[test]
    fn suffixed_abbreviations_are_one_unit_and_roman_numerals_break() {
        assert_eq!(texts("BMT-nin Rezident Ofisi"), [vec!["BMT", "Rezident", "Ofisi"]]);
        assert_eq!(texts("IX Qlobal Bakı Forumu"), [vec!["Qlobal", "Bakı", "Forumu"]]);
    }

    #[test]
    fn sentence_and_line_breaks_end_runs() {
        assert_eq!(texts("Bakı. Gəncə\nŞəki"), [vec!["Bakı"], vec!["Gəncə"], vec!["Şəki"]]);
    }
}
