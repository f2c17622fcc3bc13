"""International given names for the English lexicon (used by
derive_en_lexicons.py).

English news names people from everywhere: `Kylian Mbappé`, `Szymon
Marciniak`, `Jeyhun Bayramov`, `Mstislav Rostropovich`. The 1990 US Census
list knows none of these first names, so this module collects the given
names of PyPI Faker's person providers (MIT) for the locales written in
Latin script, and transliterates the Cyrillic (Russian, Ukrainian),
Armenian, Georgian, Greek and Azerbaijani ones the way English news spells
them (`Дмитрий` → Dmitry, Dmitri; `Ceyhun` → Jeyhun).

Entries are stored without diacritics (`Aurelien`): the English rules look
a word up as written and, failing that, with its accents stripped, so one
entry serves `Aurélien` and `Aurelien`. Names that are also lower-case
English words (SCOWL), places, organisations, titles or other lexicon words
are left out: a capital alone must not turn `Dam`, `Georgia` or `Prime` into
a person (a city may be a given name too: `Vladimir`).
"""
import importlib
import os
import sys
import unicodedata

# Locales whose given names are written in Latin script. Left out for the
# size budget or their quality: lists with invented or ordinary-word
# entries (bg_BG), romanised Chinese (family name first in English news),
# Icelandic (3,700 rare names), and the long lists of rare names of en_KE,
# sw, id_ID, zu_ZA and tw_GH.
LATIN = [
    "cs_CZ", "da_DK", "de_AT", "de_CH", "de_DE", "en_GB", "en_IE", "en_IN", "en_NG", "en_NZ", "es_AR",
    "es_CL", "es_CO", "es_ES", "es_MX", "et_EE", "fi_FI", "fr_BE", "fr_CA", "fr_CH", "fr_DZ", "fr_FR", "ha_NG",
    "hr_HR", "hu_HU", "ig_NG", "it_IT", "ja_JP", "lt_LT", "lv_LV", "nl_BE", "nl_NL", "no_NO", "pl_PL",
    "pt_BR", "pt_PT", "ro_RO", "sk_SK", "sl_SI", "sv_SE", "tr_TR", "uz_UZ", "yo_NG",
]
CYRILLIC = ["ru_RU", "uk_UA"]

ATTRS = ["first_names", "first_names_male", "first_names_female", "first_romanized_names"]

# Lexicon categories a given name must not collide with.
BLOCK = ("country", "region", "geo", "facility", "org", "nonname", "title", "demonym", "month", "weekday", "stop")


def provider_names(faker_dir, locale):
    if faker_dir not in sys.path:
        sys.path.insert(0, faker_dir)
    mod = importlib.import_module("faker.providers.person." + locale)
    out = set()
    for attr in ATTRS:
        v = None
        for cls in mod.Provider.__mro__:
            if attr in cls.__dict__:
                v = cls.__dict__[attr]
                break
        if v is None or isinstance(v, property) or callable(v):
            continue
        out |= {x for x in (v.keys() if hasattr(v, "keys") else v) if isinstance(x, str)}
    return out


SPECIAL = {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "đ": "d", "Đ": "D", "ı": "i", "æ": "ae", "Æ": "Ae",
           "ð": "d", "þ": "th", "œ": "oe", "ə": "a", "Ə": "A", "ħ": "h"}


def strip_accents(s):
    s = "".join(SPECIAL.get(c, c) for c in s)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# Russian and Ukrainian, as English news writes them; a list gives variants.
RU = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z", "и": "i",
      "й": ["y", "i"], "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
      "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
      "э": "e", "ю": "yu", "я": "ya", "є": "ye", "і": "i", "ї": "yi", "ґ": "g"}
UK = dict(RU, **{"г": "h", "и": "y", "е": "e"})


def cyr(name, table):
    low = name.lower()
    # `-ий` is written -y, -i or -iy (Dmitry, Dmitri, Dmitriy).
    endings = [""]
    if low.endswith("ий"):
        low, endings = low[:-2], ["y", "i", "iy"]
    outs = [""]
    for i, c in enumerate(low):
        prev = low[i - 1] if i else ""
        if c == "е" and table is RU and (i == 0 or prev in "аеёиоуыэюяьъ"):
            opts = ["ye", "e"]  # Yevgeny, Yelena; also Evgeny, Elena
        elif c == "с" and prev == "к":
            continue  # written with the к
        elif c == "к" and low[i + 1:i + 2] == "с":
            opts = ["ks", "x"]  # Aleksandr, Alexandr; Aleksei, Alexei
        else:
            v = table.get(c, c)
            opts = v if isinstance(v, list) else [v]
        outs = [o + x for o in outs for x in opts][:8]
    res = set()
    for o in outs:
        for e in endings:
            w = o + e
            if w and w.isascii() and w.isalpha():
                res.add(w.capitalize())
    return res


ARM = {"ա": "a", "բ": "b", "գ": "g", "դ": "d", "ե": "e", "զ": "z", "է": "e", "ը": "y", "թ": "t", "ժ": "zh",
       "ի": "i", "լ": "l", "խ": "kh", "ծ": "ts", "կ": "k", "հ": "h", "ձ": "dz", "ղ": "gh", "ճ": "ch", "մ": "m",
       "յ": "y", "ն": "n", "շ": "sh", "ո": "o", "չ": "ch", "պ": "p", "ջ": "j", "ռ": "r", "ս": "s", "վ": "v",
       "տ": "t", "ր": "r", "ց": "ts", "ւ": "v", "փ": "p", "ք": "k", "օ": "o", "ֆ": "f", "և": "ev"}


def armenian(name):
    low = name.lower().replace("ու", "u")
    out = ""
    for i, c in enumerate(low):
        if i == 0 and c == "ե":
            out += "ye"
        elif i == 0 and c == "ո":
            out += "vo"
        else:
            out += ARM.get(c, c)
    return {out.capitalize()} if out.isascii() and out.isalpha() else set()


GEO = {"ა": "a", "ბ": "b", "გ": "g", "დ": "d", "ე": "e", "ვ": "v", "ზ": "z", "თ": "t", "ი": "i", "კ": "k",
       "ლ": "l", "მ": "m", "ნ": "n", "ო": "o", "პ": "p", "ჟ": "zh", "რ": "r", "ს": "s", "ტ": "t", "უ": "u",
       "ფ": "p", "ქ": "k", "ღ": "gh", "ყ": "q", "შ": "sh", "ჩ": "ch", "ც": "ts", "ძ": "dz", "წ": "ts", "ჭ": "ch",
       "ხ": "kh", "ჯ": "j", "ჰ": "h"}


def georgian(name):
    out = "".join(GEO.get(c, c) for c in name)
    return {out.capitalize()} if out.isascii() and out.isalpha() else set()


GREEK2 = {"ου": "ou", "αι": "ai", "ει": "ei", "οι": "oi", "μπ": "b", "ντ": "d", "γγ": "ng", "γκ": "g", "θ": "th",
          "χ": "ch", "ψ": "ps", "ξ": "x"}
GREEK = {"α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "ι": "i", "κ": "k", "λ": "l",
         "μ": "m", "ν": "n", "ο": "o", "π": "p", "ρ": "r", "σ": "s", "ς": "s", "τ": "t", "υ": "y", "φ": "f", "ω": "o"}


def greek(name):
    low = strip_accents(name.lower())
    out, i = "", 0
    while i < len(low):
        two = low[i:i + 2]
        if two in GREEK2:
            out += GREEK2[two]
            i += 2
            continue
        c = low[i]
        out += GREEK2.get(c) or GREEK.get(c, c)
        i += 1
    return {out.capitalize()} if out.isascii() and out.isalpha() else set()


# Azerbaijani Latin as English news spells it: `Ceyhun` → Jeyhun,
# `Şahin` → Shahin, `Xəyal` → Khayal.
AZ = {"c": "j", "ç": "ch", "ş": "sh", "ğ": "gh", "x": "kh", "ə": "a", "ı": "i", "ö": "o", "ü": "u", "q": "g",
      "i̇": "i"}


def azerbaijani(name):
    low = name.replace("İ", "i").replace("I", "ı").lower()
    out = "".join(AZ.get(c, c) for c in low)
    res = {strip_accents(name)}
    if out.isascii() and out.isalpha():
        res.add(out.capitalize())
    return res


def lexicon_words(data):
    """Folded single words of the lexicon categories a name must not be."""
    words = set()
    for f in os.listdir(data):
        if f.split(".")[0] in BLOCK and f.endswith(".txt"):
            with open(os.path.join(data, f), encoding="utf-8") as fh:
                for line in fh:
                    line = line.split("\t")[0].strip()
                    if line and not line.startswith("#") and " " not in line:
                        words.add(strip_accents(line).lower())
    return words


# Lists kept whole: the countries English news from this region and
# Europe names most, with short curated lists. From the other locales only
# names found in three or more lists are kept: names shared across
# countries are the common ones, and the .wasm's 250 KB gzip budget allows
# about 3,000 names (each costs about 4 bytes of the compressed module).
CORE = {"ru_RU", "uk_UA", "hy_AM", "ka_GE", "az_AZ", "fr_FR", "pl_PL"}


def locale_names(faker_dir, loc):
    names = provider_names(faker_dir, loc)
    if loc in ("ru_RU", "uk_UA"):
        table = RU if loc == "ru_RU" else UK
        return {x for n in names for x in cyr(n, table)}
    conv = {"hy_AM": armenian, "ka_GE": georgian, "el_GR": greek, "az_AZ": azerbaijani}.get(loc)
    if conv:
        return {x for n in names for x in conv(n)}
    return {strip_accents(n) for n in names}


def given(faker_dir, data, lower, census):
    """New given names (not in `census`), diacritics stripped."""
    blocked = lexicon_words(data)
    known = {c.lower() for c in census}
    seen = {}
    for loc in LATIN + CYRILLIC + ["hy_AM", "ka_GE", "el_GR", "az_AZ"]:
        parts = set()
        for n in locale_names(faker_dir, loc):
            # `Jean-Pierre`, `Anna Maria`: the rules see each part.
            parts |= set(n.replace("-", " ").split())
        for p in parts:
            low = p.lower()
            if len(p) < 3 or not p.isascii() or not p.isalpha() or not p[0].isupper() or p[1:] != p[1:].lower():
                continue
            if low in known or low in lower or low in blocked:
                continue
            seen.setdefault(p, set()).add(loc)
    return [p for p, locs in seen.items() if len(locs) >= 3 or locs & CORE]
