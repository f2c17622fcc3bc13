//! English rules: dates first (they claim their tokens), then capitalised
//! runs (structure, lexicon, people), then clubs named after towns in
//! match reports, then abbreviations in brackets (the
//! name before one spelling its initials first), then
//! document-level echoes of names already found, then the particles that
//! open a name (`von der Leyen`), then one-word people in lists of people.

mod acronyms;
mod cues;
mod dates;
mod days;
mod echo;
mod forms;
mod lists;
mod names;
mod nested;
mod orgs;
mod particles;
mod people;
mod places;
mod relative;
mod teams;
mod words;

use super::{Context, Language};
use crate::candidate::Candidate;
use crate::fold::Folding;
use crate::lexicon::{self, Lexicon};
use crate::token::Doc;
use crate::types::Lang;

pub struct English;

impl Language for English {
    fn lang(&self) -> Lang {
        Lang::En
    }

    fn folding(&self) -> Folding {
        Folding::Default
    }

    fn lexicon(&self) -> &'static Lexicon {
        &lexicon::EN
    }

    fn candidates(&self, doc: &Doc<'_>, ctx: &Context, out: &mut Vec<Candidate>) {
        let w = words::Words::new(doc);
        let mut used = vec![false; doc.len()];
        dates::find(&w, ctx.ref_date, &mut used, out);
        names::Names::new(&w, &used, out).find();
        teams::find(&w, &used, out);
        acronyms::find(&w, &used, out);
        nested::find(&w, out);
        echo::brackets(&w, &used, out);
        echo::find(&w, &used, out);
        particles::find(&w, &used, out);
        lists::find(&w, &used, out);
    }
}

#[cfg(test)]
mod tests {
    use crate::types::{LangChoice, Options};
    use crate::{analyze, Lang, Ymd};

    /// (label, text, value) of every entity, with `ref_date` when given.
    fn ents(text: &str, ref_date: Option<&str>) -> Vec<(String, String, String)> {
        let opts = Options {
            lang: LangChoice::Fixed(Lang::En),
            ref_date: ref_date.and_then(Ymd::parse),
            ..Options::default()
        };
        analyze(text, &opts)
            .entities
            .iter()
            .map(|e| {
                (e.label.as_str().to_string(), e.text.to_string(), e.value.map(|v| v.to_string()).unwrap_or_default())
            })
            .collect()
    }

    fn has(found: &[(String, String, String)], label: &str, text: &str) -> bool {
        found.iter().any(|(l, t, _)| l == label && t == text)
    }

    fn value(found: &[(String, String, String)], text: &str) -> String {
        found
            .iter()
            .find(|(l, t, _)| l == "DATE" && t == text)
            .map(|(_, _, v)| v.clone())
            .unwrap_or_else(|| panic!("no date {text:?} in {found:?}"))
    }

    #[test]
    fn calendar_dates_with_values() {
        let r = Some("2023-09-28");
        let f = ents("It began September 26, 2023 and on 26 September and Sept. 26 and 9/26/2023 and 2023-09-26.", r);
        assert_eq!(value(&f, "September 26, 2023"), "2023-09-26");
        assert_eq!(value(&f, "26 September"), "2023-09-26");
        assert_eq!(value(&f, "Sept. 26"), "2023-09-26");
        assert_eq!(value(&f, "9/26/2023"), "2023-09-26");
        assert_eq!(value(&f, "2023-09-26"), "2023-09-26");
        // Without a reference date a year-less date keeps XXXX.
        assert_eq!(value(&ents("It opened on April 2nd.", None), "April 2nd"), "XXXX-04-02");
        // A year-less date takes the year nearest the article's date.
        assert_eq!(value(&ents("It closes on December 30.", Some("2024-01-03")), "December 30"), "2023-12-30");
    }

    #[test]
    fn relative_dates_resolve_against_the_reference() {
        let r = Some("2010-06-16"); // a Wednesday
        let f = ents("Orders began Tuesday. Yesterday, today and last Monday; next week, this year's show, last month, in March.", r);
        assert_eq!(value(&f, "Tuesday"), "2010-06-15");
        assert_eq!(value(&f, "Yesterday"), "2010-06-15");
        assert_eq!(value(&f, "today"), "2010-06-16");
        assert_eq!(value(&f, "last Monday"), "2010-06-14");
        assert_eq!(value(&f, "next week"), "2010-06-21/2010-06-27");
        assert_eq!(value(&f, "this year's"), "2010");
        assert_eq!(value(&f, "last month"), "2010-05");
        assert_eq!(value(&f, "March"), "2010-03");
        // A weekday is the last such day, unless the sentence looks ahead.
        let r = Some("2007-11-20"); // a Tuesday
        assert_eq!(value(&ents("The bank cut rates on Friday.", r), "Friday"), "2007-11-16");
        assert_eq!(value(&ents("The trial is set to begin on Friday.", r), "Friday"), "2007-11-23");
        // Relative dates carry no value without a reference date.
        assert_eq!(value(&ents("It happened yesterday.", None), "yesterday"), "");
    }

    #[test]
    fn periods_years_and_ranges() {
        let r = Some("2007-01-18");
        let f = ents("Profits rose in the fourth quarter of 2007, during the last quarter, in January-July 2023, in 1991 and in the 1990s; the past decade.", r);
        // Quarters are month ranges, as the guidelines write them.
        assert_eq!(value(&f, "fourth quarter of 2007"), "2007-10/2007-12");
        assert_eq!(value(&f, "last quarter"), "2006-10/2006-12");
        assert_eq!(value(&f, "January-July 2023"), "2023-01/2023-07");
        assert_eq!(value(&f, "1991"), "1991");
        assert_eq!(value(&f, "1990s"), "199");
        assert_eq!(value(&f, "past decade"), "200");
        assert_eq!(value(&ents("Monday's email", Some("2011-01-17")), "Monday's"), "2011-01-17");
    }

    #[test]
    fn durations_times_numbers_and_money_are_not_dates() {
        let f = ents(
            "He served for three years, in recent years, on Friday morning, this morning, at 15:00. It costs $1,999 or 2000 songs, 1,500 units, mid-2011, and May we go?",
            Some("2010-07-17"),
        );
        assert!(f.iter().all(|(l, _, _)| l != "DATE"), "{f:?}");
    }

    #[test]
    fn possessives_articles_and_sentence_starts() {
        let f =
            ents("The Beatles' label sued Apple. Apple's lawyers met the State Department in the United States.", None);
        assert!(has(&f, "ORG", "Beatles'"));
        assert!(has(&f, "ORG", "Apple's"));
        assert!(has(&f, "ORG", "State Department"));
        assert!(has(&f, "PLACE", "United States"));
        assert!(!f.iter().any(|(_, t, _)| t.starts_with("The ") || t.starts_with("the ")));
        // A capitalised common word opening a sentence is not a name.
        let f = ents("Features new to the phone include video. Developers will like it.", None);
        assert!(f.is_empty(), "{f:?}");
    }

    #[test]
    fn base_forms_drop_the_possessive() {
        let opts = Options { lang: LangChoice::Fixed(Lang::En), ..Options::default() };
        let a = analyze("Washington's view and Apple's plan.", &opts);
        let bases: Vec<_> = a.entities.iter().map(|e| e.base.as_deref().unwrap_or("")).collect();
        assert_eq!(bases, ["Washington", "Apple"]);
    }

    #[test]
    fn people_with_titles_given_names_and_echoes() {
        let f = ents("U.S. Secretary of State Antony Blinken spoke with President Ilham Aliyev. Blinken said economist Gubad Ibadoglu must be freed. Mr Justice Anthony Mann agreed.", None);
        assert!(has(&f, "PLACE", "U.S."));
        assert!(has(&f, "PERSON", "Antony Blinken"));
        assert!(has(&f, "PERSON", "Ilham Aliyev"));
        assert!(has(&f, "PERSON", "Blinken"), "{f:?}");
        assert!(has(&f, "PERSON", "Gubad Ibadoglu"));
        assert!(has(&f, "PERSON", "Anthony Mann"));
        assert!(!f.iter().any(|(_, t, _)| t.contains("Secretary") || t.contains("President") || t.contains("Justice")));
        // A given name that is also a word does not make `Will Apple` a person.
        let f =
            ents("Will Apple ship it? Steve Jobs said yes. Mark Papermaster, 49, left. Papermaster declined.", None);
        assert!(has(&f, "ORG", "Apple") && has(&f, "PERSON", "Steve Jobs"));
        assert!(has(&f, "PERSON", "Mark Papermaster") && has(&f, "PERSON", "Papermaster"));
        assert!(!has(&f, "PERSON", "Will"));
    }

    #[test]
    fn organisations_from_heads_and_of_phrases() {
        let f = ents("It was filed by NPD Group at the Royal Courts of Justice, the Ministry of Foreign Affairs and General Motors Corp. NPD said so.", None);
        assert!(has(&f, "ORG", "NPD Group"));
        assert!(has(&f, "ORG", "Royal Courts of Justice"));
        assert!(has(&f, "ORG", "Ministry of Foreign Affairs"));
        assert!(has(&f, "ORG", "General Motors Corp."));
        assert!(has(&f, "ORG", "NPD"), "{f:?}");
        // Nationality adjectives stay outside: `Russian {Defence Ministry}`.
        let f = ents("talks mediated by the Russian Defence Ministry", None);
        assert!(has(&f, "ORG", "Defence Ministry"), "{f:?}");
    }

    #[test]
    fn bracketed_abbreviations_and_events() {
        let f = ents("The European Commission (EC) met at the World Wide Developers Conference (WWDC) in San Francisco, California.", None);
        assert!(has(&f, "ORG", "European Commission") && has(&f, "ORG", "EC"));
        assert!(!f.iter().any(|(_, t, _)| t.contains("WWDC") || t.contains("Conference")), "{f:?}");
        assert!(has(&f, "PLACE", "San Francisco") && has(&f, "PLACE", "California"));
        // Products are not entities.
        let f = ents("He bought an iPhone and a Mac in London.", None);
        assert_eq!(f.len(), 1, "{f:?}");
    }

    #[test]
    fn hyphenated_places_are_separate_and_modifiers_are_not_mentions() {
        // A sentence's full stop after `AT&T` is not part of the name.
        assert!(has(&ents("It beat Apple and AT&T. Then it fell.", None), "ORG", "AT&T"));
        let f = ents("a strong U.S.-Azerbaijan relationship and new Intel-based machines priced in US dollars", None);
        assert!(has(&f, "PLACE", "U.S.") && has(&f, "PLACE", "Azerbaijan"));
        assert!(!has(&f, "ORG", "Intel") && !has(&f, "PLACE", "US"), "{f:?}");
    }

    #[test]
    fn title_case_headlines_need_the_body() {
        let f = ents("Blinken Commends Aliyev On Border Deal\n\nAntony Blinken called President Ilham Aliyev.", None);
        assert!(has(&f, "PERSON", "Blinken") && has(&f, "PERSON", "Aliyev"), "{f:?}");
        assert!(!f.iter().any(|(_, t, _)| t.contains("Commends") || t.contains("Border")));
    }

    #[test]
    fn city_and_state_and_place_lexicons() {
        let f = ents("It is based in Cupertino, California and sells in the UK, Baku and the South Caucasus.", None);
        for p in ["Cupertino", "California", "UK", "Baku", "South Caucasus"] {
            assert!(has(&f, "PLACE", p), "{p}: {f:?}");
        }
    }

    #[test]
    fn random_token_soup_does_not_panic() {
        // Pieces chosen to hit every rule's edges: abbreviations, quotes,
        // possessives, numbers next to punctuation, heads and connectors.
        const PIECES: &[&str] = &[
            "Apple",
            "Inc.",
            "U.S.",
            "'",
            "’s",
            "s",
            "(",
            ")",
            "IMF",
            "of",
            "the",
            "and",
            "Ministry",
            "Bank",
            "Conference",
            "Mr.",
            "O'",
            "Brien",
            "September",
            "26",
            ",",
            "2023",
            "/",
            "-",
            ".",
            "Monday",
            "last",
            "this",
            "week",
            "quarter",
            "fourth",
            "first",
            "seven",
            "months",
            "ago",
            "1990",
            "s",
            "$",
            "May",
            "Steve",
            "Jobs",
            "said",
            "\n",
            " ",
            "&",
            "T",
            "Q4",
            "mid",
            "early",
            "beginning",
            "year",
            ":",
            "“",
            "”",
            "Sept",
            "9",
            "2nd",
            "van",
            "de",
            "CEO",
            "Baku",
        ];
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..3000 {
            let mut t = String::new();
            for _ in 0..(seed % 14) {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                t.push_str(PIECES[(seed % PIECES.len() as u64) as usize]);
                if seed & 4 == 0 {
                    t.push(' ');
                }
            }
            seed = seed.wrapping_add(0x9e37_79b9);
            let _ = ents(&t, Some("2024-02-29"));
            let _ = ents(&t, None);
        }
    }

    #[test]
    fn arbitrary_input_does_not_panic() {
        for t in [
            "'",
            "O'",
            "U.",
            "Mr.",
            "(A)",
            "Apple'",
            "1/2/",
            "2023-",
            "Sept.",
            "the 1990s'",
            "Q4",
            "first",
            "X of",
            "A&",
            "—",
            "’s",
        ] {
            let _ = ents(t, Some("2020-01-01"));
            let _ = ents(t, None);
        }
    }
}
