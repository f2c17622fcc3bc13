//! What makes the next capitalised run a person before its words are
//! read: a title or role right before it, a byline (`Reporting by X`,
//! a line opening with `By`), a role in apposition (`Beijing's
//! representative, Liu Zhenhua, said`).

use super::names::{Item, Names};
use crate::lexicon::TITLE;
use crate::token::NL_BEFORE;

impl Names<'_, '_, '_> {
    /// A title or role right before token `t` (`spokesperson`, `CEO`).
    pub(super) fn cue_before(&self, t: usize) -> bool {
        (t > 0 && self.w.doc.is_word(t - 1) && self.w.has(t - 1, TITLE)) || self.byline(t)
    }

    /// The run stands between commas right after a lower-case role
    /// (`Beijing's representative, Liu Zhenhua, said`): the role names it.
    pub(super) fn appositive(&self, items: &[Item]) -> bool {
        let (Some(a), Some(b)) = (items.first(), items.last()) else {
            return false;
        };
        let Some(role) = a.first.checked_sub(2) else {
            return false;
        };
        self.w.is_punct(a.first - 1, b',')
            && self.w.lower(role)
            && self.w.has(role, TITLE)
            && self.w.is_punct(b.end + 1, b',')
    }

    /// Token `t` follows `by` or `and` in a wire byline (`Reporting by X in
    /// Amsterdam and Y in Bengaluru; Editing by Z`): the names are people.
    pub(super) fn byline(&self, t: usize) -> bool {
        let d = self.w.doc;
        // A line that opens with `By` (`By Cormac Ó Briain at the Aviva
        // Stadium`) credits its writer; the capitalised `By` opens the run.
        let by_line = |b: usize| self.w.cap(b) && d.word_is(b, "by") && d.is(b, NL_BEFORE);
        if by_line(t) || (t > 0 && by_line(t - 1)) {
            return true;
        }
        let Some(p) = t.checked_sub(1).filter(|&p| self.w.lower(p)) else {
            return false;
        };
        if !matches!(d.folded(p), "by" | "and") {
            return false;
        }
        // Back to this clause's `by` (a `;` or a line break ends a clause).
        let mut b = p;
        for _ in 0..12 {
            if d.word_is(b, "by") {
                let roles = ["reporting", "editing", "writing", "compiled", "produced"];
                return b > 0 && d.is_word(b - 1) && roles.contains(&d.folded(b - 1));
            }
            if b == 0 || d.is(b, NL_BEFORE) || matches!(d.punct_at(b), Some(';' | '.' | '(' | ')')) {
                return false;
            }
            b -= 1;
        }
        false
    }
}
