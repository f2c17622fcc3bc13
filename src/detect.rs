//! Language choice for `lang: "auto"`: letters only Azerbaijani uses and
//! the commonest function words of each language, counted over at most the
//! first 4 KB, so the cost stays constant whatever the text's length.

use crate::types::Lang;

const SAMPLE: usize = 4096;

const AZ_WORDS: &[&str] = &[
    "və",
    "bu",
    "ilə",
    "üçün",
    "ki",
    "da",
    "də",
    "olan",
    "olub",
    "edib",
    "isə",
    "bir",
    "həm",
    "görə",
    "sonra",
    "kimi",
    "qədər",
    "üzrə",
    "arasında",
    "tərəfindən",
    "ölkə",
    "il",
    "ildə",
];
const EN_WORDS: &[&str] = &[
    "the", "and", "of", "to", "in", "a", "is", "for", "on", "that", "with", "was", "as", "by", "said", "at", "from",
    "has", "have", "will", "it", "be",
];

/// Picks the language of `text`; English when nothing speaks for
/// Azerbaijani.
pub fn detect(text: &str) -> Lang {
    let mut end = text.len().min(SAMPLE);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let sample = &text[..end];
    let mut az = 0i32;
    let mut en = 0i32;
    for c in sample.chars() {
        // ə and ı are (nearly) unique to Azerbaijani among Latin scripts;
        // ğ, ş, ç, ö, ü are shared with Turkish and others.
        match c {
            'ə' | 'Ə' => az += 3,
            'ı' | 'İ' => az += 1,
            'ğ' | 'ş' | 'ç' | 'Ş' | 'Ç' | 'Ğ' => az += 1,
            _ => {}
        }
    }
    for w in sample.split(|c: char| !c.is_alphabetic()) {
        if w.is_empty() || w.len() > 12 {
            continue;
        }
        let lw = w.to_ascii_lowercase();
        if AZ_WORDS.contains(&lw.as_str()) {
            az += 2;
        }
        if EN_WORDS.contains(&lw.as_str()) {
            en += 2;
        }
    }
    if az > en {
        Lang::Az
    } else {
        Lang::En
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_the_two_languages_apart() {
        assert_eq!(detect("Sentyabrın 26-da ABŞ Dövlət katibi Entoni Blinken İlham Əliyevə zəng edib."), Lang::Az);
        assert_eq!(
            detect("U.S. Secretary of State Antony Blinken spoke by phone on Sunday with Ilham Aliyev."),
            Lang::En
        );
        assert_eq!(detect("Bakı və Gəncə"), Lang::Az);
        assert_eq!(detect(""), Lang::En);
        assert_eq!(detect("12345 !!!"), Lang::En);
    }

    #[test]
    fn english_text_with_azerbaijani_names_stays_english() {
        let t = "President Ilham Aliyev met Jeyhun Bayramov in Baku and Şuşa on Monday, the ministry said.";
        assert_eq!(detect(t), Lang::En);
    }

    #[test]
    fn long_text_is_sampled_on_a_char_boundary() {
        let t = "ə".repeat(5000);
        assert_eq!(detect(&t), Lang::Az);
    }
}
