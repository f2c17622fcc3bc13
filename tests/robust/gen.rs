//! Input generators for the property tests: a seeded PRNG (SplitMix64,
//! so a failing case is reproduced from its seed alone) and texts built to
//! reach the tokenizer's, the rules' and the offset code's edges.

use vurgu::eval::parse_ann;

pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// True `num` times in `den`.
    pub fn chance(&mut self, num: usize, den: usize) -> bool {
        self.below(den) < num
    }

    pub fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }

    /// `pick` for slices of `&str` or `char`.
    pub fn one<T: Copy>(&mut self, xs: &[T]) -> T {
        xs[self.below(xs.len())]
    }

    pub fn char_in(&mut self, lo: u32, hi: u32) -> char {
        loop {
            let c = lo + self.below((hi - lo + 1) as usize) as u32;
            if let Some(c) = char::from_u32(c) {
                return c;
            }
        }
    }
}

/// Chars whose case mapping changes their UTF-8 length or char count, and
/// Azerbaijani's letters: where folded and original offsets part ways.
pub const TRICKY_CASE: &[char] = &[
    'İ', 'ı', 'I', 'i', 'Ə', 'ə', 'Ş', 'ş', 'Ç', 'ç', 'Ğ', 'ğ', 'Ö', 'ö', 'Ü', 'ü', 'K', 'Ω', 'Å', 'ẞ', 'ß', 'ſ', 'ﬁ',
    'ǅ', 'ǈ', 'ǋ', 'ǲ', 'ŉ', 'ΐ', 'ﬀ', 'Ⱥ', 'ⱥ', 'Ȿ', 'ɐ', 'ꞵ', 'Ɪ', 'ɪ', '𐐀', '𐐨', 'ǰ', 'ᾈ',
];

/// Format and direction controls, joiners, BOM, replacement char.
pub const INVISIBLE: &[char] = &[
    '\u{200B}', '\u{200C}', '\u{200D}', '\u{200E}', '\u{200F}', '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}',
    '\u{202E}', '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}', '\u{2060}', '\u{FEFF}', '\u{00AD}', '\u{FE0F}',
    '\u{FE0E}', '\u{FFFD}', '\u{FFFC}', '\u{034F}', '\u{180E}', '\u{061C}',
];

pub const SPACES: &[&str] = &[
    " ", " ", " ", "  ", "\n", "\r\n", "\r", "\t", "\n\n", "\r\n\r\n", "\u{A0}", "\u{2028}", "\u{2029}", "\u{3000}",
    "\u{2009}", "\u{202F}", "\u{85}", "\u{B}", "\u{C}", "\u{1680}",
];

pub const EMOJI: &[&str] = &["😀", "👨‍👩‍👧‍👦", "🏳️‍🌈", "🇦🇿", "🇺🇸", "👍🏽", "❤️", "🧑🏿‍🚀", "#️⃣", "1️⃣", "🏴󠁧󠁢󠁳󠁣󠁴󠁿", "👁‍🗨", "🤷‍♀️", "\u{1F1E6}"];

/// One char from a class chosen at random.
pub fn any_char(r: &mut Rng) -> char {
    match r.below(22) {
        0..=2 => r.char_in(0x20, 0x7e),
        3 => r.char_in(0, 0x1f),
        4 => r.char_in(0x7f, 0x9f),
        5 => r.one(TRICKY_CASE),
        6 => r.char_in(0x300, 0x36f), // combining diacritics
        7 => r.one(&['\u{20D0}', '\u{1AB0}', '\u{1DC0}', '\u{FE20}', '\u{0483}', '\u{0951}']), // more marks
        8 => r.char_in(0x590, 0x5ff), // Hebrew
        9 => r.char_in(0x600, 0x6ff), // Arabic
        10 => r.one(INVISIBLE),
        11 => r.char_in(0x1f300, 0x1faff),                                // emoji
        12 => r.char_in(0x1f1e6, 0x1f1ff),                                // regional indicators
        13 => r.char_in(0x4e00, 0x9fff),                                  // CJK
        14 => r.char_in(0x400, 0x4ff),                                    // Cyrillic
        15 => r.char_in(0x370, 0x3ff),                                    // Greek
        16 => r.char_in(0xff01, 0xff5e),                                  // fullwidth
        17 => r.one(&['٠', '٣', '۹', '०', '๓', '²', '½', 'Ⅻ', '𝟘', '①']), // digits that are not ASCII
        18 => r.one(&['«', '»', '“', '”', '„', '‘', '’', '‹', '›', '"', '\'', '`', '´', 'ʼ', '–', '—', '-', '‐', '…']),
        19 => r.char_in(0x10000, 0x10ffff),
        20 => r.char_in(0xe000, 0xf8ff), // private use
        _ => r.char_in(0xa0, 0x24f),     // Latin-1 and Extended
    }
}

/// Arbitrary Unicode: chars from every class, emoji sequences and odd
/// whitespace, up to `max` pieces.
pub fn unicode_soup(r: &mut Rng, max: usize) -> String {
    let n = r.below(max + 1);
    let mut s = String::new();
    for _ in 0..n {
        match r.below(10) {
            0 => s.push_str(r.one(EMOJI)),
            1 => s.push_str(r.one(SPACES)),
            _ => s.push(any_char(r)),
        }
    }
    s
}

/// Word material from the dev corpus: the gold mentions (so that marks do
/// appear) and the other words around them, per language.
pub struct Pieces {
    pub names: Vec<String>,
    pub words: Vec<String>,
    pub texts: Vec<String>,
}

pub fn corpus_pieces(prefix: &str) -> Pieces {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/dev");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/corpus/dev")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| {
            p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with(prefix) && n.ends_with(".ann"))
        })
        .collect();
    files.sort();
    let mut p = Pieces { names: Vec::new(), words: Vec::new(), texts: Vec::new() };
    for f in files {
        let raw = std::fs::read_to_string(&f).expect("corpus file");
        let doc = parse_ann(&raw, "gen").expect("corpus parses");
        for s in &doc.spans {
            p.names.push(doc.text[s.start..s.end].to_string());
        }
        p.words.extend(doc.text.split_whitespace().take(400).map(str::to_string));
        p.texts.push(doc.text);
    }
    p.names.sort();
    p.names.dedup();
    p.words.sort();
    p.words.dedup();
    p
}

pub const AZ_SUFFIXES: &[&str] = &[
    "", "", "", "da", "də", "dan", "dən", "ın", "in", "un", "ün", "nın", "nin", "ya", "yə", "a", "ə", "ı", "i", "lar",
    "ları", "ların", "dakı", "nı", "ni", "ovun", "ova", "-da", "-nın", "-də", "-ya", "'ın", "’nin", "’dan", "-ci",
    "-cı", "-cü", "-ü",
];

pub const EN_SUFFIXES: &[&str] = &["", "", "", "'s", "’s", "s", "'", "-based", "-led", "ian", "'ll", "n't", ".", ".,"];

pub const PUNCT: &[&str] = &[
    ".", ",", ";", ":", "!", "?", "…", "-", "–", "—", "(", ")", "[", "]", "{", "}", "«", "»", "“", "”", "„", "\"", "'",
    "’", "‘", "/", "&", "%", "$", "№", "§", "*", "#", "@", "<", ">", "=", "+", "|", "\\", "~", "^", "_", "..", "...",
];

pub const AZ_EXTRA: &[&str] = &[
    "İ.",
    "Ə.",
    "H.",
    "cənab",
    "Prezident",
    "Prezidenti",
    "nazir",
    "sentyabr",
    "Sentyabrın",
    "yanvarın",
    "2023-cü",
    "ilin",
    "il",
    "26-da",
    "1-i",
    "XXI",
    "əsr",
    "dünən",
    "bu gün",
    "keçən",
    "həftə",
    "ay",
    "Bakı",
    "Gəncə",
    "BMT",
    "AZƏRBAYCAN",
    "ŞİRKƏTİ",
    "ASC",
    "MMC",
    "Universiteti",
    "Nazirliyi",
    "Milli",
    "Məclis",
    "şəhəri",
    "rayonu",
    "küçəsi",
    "və",
    "ilə",
    "üçün",
    "deyə",
    "bildirib",
    "görüşüb",
    "16.01.2019",
    "2019-cu",
    "1990-cı",
    "12:30",
];

pub const EN_EXTRA: &[&str] = &[
    "Mr.",
    "Mrs.",
    "Dr.",
    "U.S.",
    "U.K.",
    "Inc.",
    "Ltd.",
    "Corp.",
    "of",
    "the",
    "and",
    "The",
    "President",
    "Minister",
    "said",
    "on",
    "Monday",
    "last",
    "next",
    "week",
    "year",
    "September",
    "Sept.",
    "26",
    "2023",
    "1990s",
    "Q4",
    "AT&T",
    "O'Brien",
    "McDonald's",
    "New",
    "York",
    "University",
    "Bank",
    "Ministry",
    "in",
    "at",
    "by",
    "ago",
    "today",
];

/// A soup of corpus words, names, suffixes, punctuation and odd chars,
/// glued with every kind of separator and case change.
pub fn token_soup(r: &mut Rng, p: &Pieces, suffixes: &[&str], extra: &[&str], max_tokens: usize) -> String {
    let n = 1 + r.below(max_tokens);
    let mut s = String::new();
    for _ in 0..n {
        let mut tok: String = match r.below(12) {
            0..=3 => r.pick(&p.names).clone(),
            4..=6 => r.pick(&p.words).clone(),
            7 | 8 => r.one(extra).to_string(),
            9 => r.one(PUNCT).to_string(),
            10 => r.below(100_000).to_string(),
            _ => (0..1 + r.below(3)).map(|_| any_char(r)).collect(),
        };
        tok.push_str(r.one(suffixes));
        match r.below(14) {
            0 => tok = tok.to_uppercase(),
            1 => tok = tok.to_lowercase(),
            2 => tok = format!("{}{}", r.one(&["«", "“", "\"", "'", "(", "[", "„", "‘"]), tok),
            3 => tok.push_str(r.one(&["»", "”", "\"", "'", ")", "]", "’", "”ın", "\"nın"])),
            4 => {
                // A combining mark, joiner or direction mark inside the token.
                let cut = floor_char(&tok, r.below(tok.len() + 1));
                let c = if r.chance(1, 2) { r.char_in(0x300, 0x36f) } else { r.one(INVISIBLE) };
                tok.insert(cut, c);
            }
            5 => tok.push_str(r.one(EMOJI)),
            _ => {}
        }
        s.push_str(&tok);
        match r.below(10) {
            0 => {}
            1 => s.push_str(r.one(&["-", "‐", "–", "/", "'", "’", "."])),
            2 => s.push_str(r.one(SPACES)),
            3 => s.push_str(r.one(PUNCT)),
            _ => s.push(' '),
        }
    }
    s
}

pub fn floor_char(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// A corpus text with random edits: inserted odd chars, deleted ranges,
/// changed case, separators swapped, pieces duplicated.
pub fn mutate(r: &mut Rng, base: &str) -> String {
    let mut s = base.to_string();
    for _ in 0..1 + r.below(8) {
        if s.is_empty() {
            s.push_str("Bakı");
        }
        let a = floor_char(&s, r.below(s.len() + 1));
        let b = floor_char(&s, a + r.below(40));
        match r.below(9) {
            0 => s.insert(a, any_char(r)),
            1 => s.replace_range(a..b, ""),
            2 => {
                let up = s[a..b].to_uppercase();
                s.replace_range(a..b, &up);
            }
            3 => {
                let low = s[a..b].to_lowercase();
                s.replace_range(a..b, &low);
            }
            4 => s = s.replace(' ', r.one(SPACES)),
            5 => {
                let dup = s[a..b].to_string();
                s.insert_str(b, &dup);
            }
            6 => s.insert_str(a, r.one(EMOJI)),
            7 => s = s.replace('\n', "\r\n"),
            _ => s.insert_str(a, r.one(PUNCT)),
        }
    }
    s
}

/// Fixed extreme inputs, each named.
pub fn extremes() -> Vec<(String, String)> {
    const MB: usize = 1 << 20;
    let rep = |s: &str, bytes: usize| s.repeat(bytes / s.len().max(1) + 1);
    let mut v: Vec<(String, String)> = vec![
        ("empty".into(), String::new()),
        ("one space".into(), " ".into()),
        ("NUL".into(), "\0".into()),
        ("NULs around a name".into(), "\0İlham\0Əliyev\0 Bakı\0da\0".into()),
        ("only controls".into(), (0u8..0x20).map(char::from).chain(['\u{7f}', '\u{85}']).collect()),
        ("1 MB single ASCII word".into(), "a".repeat(MB)),
        ("1 MB single capitalised word".into(), format!("B{}", "akı".repeat(MB / 4))),
        ("1 MB single Azerbaijani capitals word".into(), rep("ƏŞĞİÇ", MB)),
        ("1 MB word of combining marks".into(), format!("a{}", "\u{301}".repeat(MB / 2))),
        ("1 MB of digits".into(), "7".repeat(MB)),
        ("digits and dots".into(), rep("26.09.2023 ", 200_000)),
        ("only capitals".into(), rep("İLHAM ƏLİYEV BAKI BMT ", 100_000)),
        ("only capitals English".into(), rep("THE PRESIDENT OF THE UNITED STATES SAID ", 50_000)),
        ("CRLF article".into(), rep("Prezident İlham Əliyev\r\nBakıda\r\n\r\nSentyabrın 26-da\r\n", 100_000)),
        ("lone CRs".into(), "Bakı\rGəncə\r\rİlham Əliyev\r".into()),
        ("1 MB of one emoji ZWJ sequence".into(), rep("👨‍👩‍👧‍👦", MB)),
        ("1 MB of hyphens".into(), "-".repeat(MB)),
        ("1 MB of quotes".into(), rep("«“\"'", MB)),
        ("1 MB of full stops".into(), ".".repeat(MB)),
        ("1 MB of newlines".into(), "\n".repeat(MB)),
        ("1 MB of initials".into(), rep("İ.", MB)),
        ("long capitalised run".into(), rep("Ab ", MB / 3)),
        ("long of-chain".into(), format!("The {}Bank", "Bank of ".repeat(100_000))),
        ("long and-chain".into(), rep("Apple and ", 100_000)),
        ("long date list".into(), rep("Sentyabrın 26-da, ", 50_000)),
        ("Arabic text".into(), "الرئيس إلهام علييف في باكو ٢٦ سبتمبر ٢٠٢٣".into()),
        ("Hebrew text".into(), "הנשיא אילהם אלייב בבאקו 26 בספטמבר".into()),
        ("RTL override around a name".into(), "\u{202E}İlham Əliyev\u{202C} \u{2067}Bakı\u{2069}da".into()),
        ("replacement chars".into(), "\u{FFFD}İlham\u{FFFD} Əliyev\u{FFFD}\u{FFFD} Bakı\u{FFFD}".into()),
        ("BOM first".into(), "\u{FEFF}Prezident İlham Əliyev Bakıda".into()),
        ("mixed scripts in a word".into(), "Bakıبакуבאקו Əliyevə Алиев Obama奥巴马".into()),
        ("Kelvin and dotted capitals".into(), "KƏLBƏCƏR İİİ ıııı KELVIN İSTANBUL Ǆ ǅ ǆ".into()),
        ("max years".into(), "9999-cu ilin 31 dekabrında, 9999 December 31, 0000, 0001 year".into()),
    ];
    // Repeated news paragraphs: full names, then lone surnames and first
    // names, in both languages (entity grouping was quadratic in these).
    let para = "Prezident İlham Əliyev Sentyabrın 26-da Bakıda ABŞ Dövlət katibi Entoni Blinken ilə görüşüb. \
        Əliyev dedi, Blinken cavab verdi; İlham da, Entoni də. U.S. Secretary of State Antony Blinken spoke \
        on Sunday with Ilham Aliyev in Baku. Aliyev said Blinken agreed. 😀 Qarabağ\n\n";
    v.push(("4 MB of repeated news paragraphs".into(), rep(para, 4 * MB)));
    // Not quite a megabyte of one word, but many short paragraphs.
    v.push(("many paragraphs".into(), rep("Bakı.\n\n", MB / 2)));
    v
}
