//! The browser bindings, run in headless Chromium by wasm-bindgen-test:
//! what JavaScript sees (UTF-16 offsets, object shapes, thrown errors).

#![cfg(target_arch = "wasm32")]

use js_sys::{Array, JsString, Object, Reflect, JSON};
use vurgu::eval::parse_ann;
use vurgu::wasm::{analyze, analyze_flat, detect_language, render_html};
use wasm_bindgen::{JsCast, JsError, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const SEED: &str = include_str!("corpus/dev/az-seed.ann");

fn s(x: &str) -> JsValue {
    JsValue::from_str(x)
}

fn opts(json: &str) -> JsValue {
    JSON::parse(json).expect("test options are valid JSON")
}

fn get(obj: &JsValue, key: &str) -> JsValue {
    Reflect::get(obj, &s(key)).expect("Reflect.get on an object")
}

fn num(obj: &JsValue, key: &str) -> u32 {
    get(obj, key).as_f64().unwrap_or_else(|| panic!("{key} is not a number")) as u32
}

fn string(obj: &JsValue, key: &str) -> Option<String> {
    get(obj, key).as_string()
}

fn entities(v: &JsValue) -> Vec<JsValue> {
    v.dyn_ref::<Array>().expect("analyze returns an array").iter().collect()
}

/// The message of the `Error` an export threw.
fn message(r: Result<impl std::fmt::Debug, JsError>) -> String {
    let err = JsValue::from(r.expect_err("expected a thrown error"));
    let err: js_sys::Error = err.dyn_into().expect("thrown value is an Error");
    String::from(err.message())
}

/// Length of `text` in UTF-16 code units, as JavaScript counts it.
fn js_len(text: &str) -> u32 {
    JsString::from(text).length()
}

#[wasm_bindgen_test]
fn seed_article_gives_its_gold_spans_in_utf16() {
    let gold = parse_ann(SEED, "seed").expect("seed parses");
    assert_eq!(gold.spans.len(), 27);
    let result = analyze(s(&gold.text), opts(r#"{"lang":"az"}"#)).expect("analyze");
    let js_text = JsString::from(gold.text.as_str());
    let got: Vec<(u32, u32, String, String)> = entities(&result)
        .iter()
        .map(|e| {
            let (start, end) = (num(e, "start"), num(e, "end"));
            let text = string(e, "text").expect("text");
            // The contract JS code relies on: slicing the input gives the mention.
            assert_eq!(String::from(js_text.slice(start, end)), text);
            (start, end, string(e, "label").expect("label"), text)
        })
        .collect();
    let want: Vec<(u32, u32, String, String)> = gold
        .spans
        .iter()
        .map(|g| {
            let (a, b) = (js_len(&gold.text[..g.start]), js_len(&gold.text[..g.end]));
            (a, b, g.label.as_str().to_string(), gold.text[g.start..g.end].to_string())
        })
        .collect();
    assert_eq!(got, want);
}

#[wasm_bindgen_test]
fn entity_objects_carry_base_value_and_group() {
    let gold = parse_ann(SEED, "seed").expect("seed parses");
    let result = analyze(s(&gold.text), JsValue::UNDEFINED).expect("analyze");
    assert_eq!(string(&result, "lang").as_deref(), Some("az"), "auto detects Azerbaijani");
    let es = entities(&result);
    // `lang` must not show up as an element-like key.
    assert_eq!(Object::keys(result.unchecked_ref::<Object>()).length() as usize, es.len());

    let date = es.iter().find(|e| string(e, "label").as_deref() == Some("DATE")).expect("a date");
    assert_eq!(string(date, "value").as_deref(), Some("XXXX-09-26"));
    assert!(!Reflect::has(date, &s("base")).unwrap(), "dates have no base");

    let aliyev: Vec<&JsValue> = es.iter().filter(|e| string(e, "text").as_deref() == Some("İlham Əliyevə")).collect();
    assert_eq!(aliyev.len(), 2);
    assert_eq!(string(aliyev[0], "base").as_deref(), Some("İlham Əliyev"));
    assert!(!Reflect::has(aliyev[0], &s("value")).unwrap(), "names have no value");
    // The suffixed and bare mentions are one person.
    let bare = es.iter().find(|e| string(e, "text").as_deref() == Some("İlham Əliyev")).expect("bare mention");
    assert_eq!(num(aliyev[0], "group"), num(bare, "group"));
    let blinken = es.iter().find(|e| string(e, "text").as_deref() == Some("Entoni Blinken")).expect("Blinken");
    assert_ne!(num(aliyev[0], "group"), num(blinken, "group"));
}

#[wasm_bindgen_test]
fn offsets_count_utf16_units_after_astral_chars() {
    // 😀 is two UTF-16 units and four UTF-8 bytes.
    let text = "😀 Bakı, 🇦🇿 Gəncə";
    let result = analyze(s(text), opts(r#"{"lang":"az"}"#)).expect("analyze");
    let es = entities(&result);
    let spans: Vec<(u32, u32, Option<String>)> =
        es.iter().map(|e| (num(e, "start"), num(e, "end"), string(e, "text"))).collect();
    assert_eq!(spans, [(3, 7, Some("Bakı".into())), (14, 19, Some("Gəncə".into()))]);

    let flat = analyze_flat(s(text), opts(r#"{"lang":"az"}"#)).expect("analyzeFlat");
    let groups: Vec<u32> = es.iter().map(|e| num(e, "group")).collect();
    assert_eq!(flat, [3, 7, 1, groups[0], 14, 19, 1, groups[1]]);
}

#[wasm_bindgen_test]
fn bases_are_the_mention_cut_short_or_its_restored_stem() {
    // "Nazirliyi" is the start of "Nazirliyindən"; "Soyuqbulağa" ends in an
    // alternated consonant, so its base "Soyuqbulaq" is not a slice of it.
    let text = "Ekologiya Nazirliyindən bildirilib ki, Soyuqbulağa yol bağlanıb.";
    let result = analyze(s(text), opts(r#"{"lang":"az"}"#)).expect("analyze");
    let got: Vec<(String, Option<String>, Option<String>)> = entities(&result)
        .iter()
        .map(|e| (string(e, "text").unwrap_or_default(), string(e, "base"), string(e, "value")))
        .collect();
    assert_eq!(
        got,
        [
            ("Ekologiya Nazirliyindən".to_string(), Some("Ekologiya Nazirliyi".to_string()), None),
            ("Soyuqbulağa".to_string(), Some("Soyuqbulaq".to_string()), None),
        ]
    );
}

#[wasm_bindgen_test]
fn a_lone_surrogate_before_an_entity_keeps_offsets_aligned() {
    // JS strings may hold unpaired surrogates; they reach Rust as U+FFFD,
    // which is also one UTF-16 unit, so later offsets still line up.
    let text = JsString::from_char_code(&[0x61, 0xD800, 0x62]).concat(&s(" Bakı"));
    let result = analyze(text.clone().into(), opts(r#"{"lang":"az"}"#)).expect("analyze");
    let es = entities(&result);
    assert_eq!(es.len(), 1);
    assert_eq!((num(&es[0], "start"), num(&es[0], "end")), (4, 8));
    assert_eq!(String::from(text.slice(4, 8)), "Bakı");
}

#[wasm_bindgen_test]
fn flat_output_matches_the_objects_for_the_seed() {
    let gold = parse_ann(SEED, "seed").expect("seed parses");
    let result = analyze(s(&gold.text), JsValue::UNDEFINED).expect("analyze");
    let labels = ["PERSON", "PLACE", "ORG", "DATE"];
    let from_objects: Vec<u32> = entities(&result)
        .iter()
        .flat_map(|e| {
            let label = string(e, "label").expect("label");
            let idx = labels.iter().position(|l| *l == label).expect("known label") as u32;
            [num(e, "start"), num(e, "end"), idx, num(e, "group")]
        })
        .collect();
    assert_eq!(analyze_flat(s(&gold.text), JsValue::UNDEFINED).expect("flat"), from_objects);
}

#[wasm_bindgen_test]
fn options_select_labels_language_and_reference_date() {
    let text = "Sentyabrın 26-da Bakıda";
    let r = analyze(s(text), opts(r#"{"labels":["DATE"],"refDate":"2023-10-01"}"#)).expect("analyze");
    let es = entities(&r);
    assert_eq!(es.len(), 1);
    assert_eq!(string(&es[0], "value").as_deref(), Some("2023-09-26"));

    let r = analyze(s(text), opts(r#"{"labels":["place"],"lang":"az"}"#)).expect("labels are case-insensitive");
    let texts: Vec<Option<String>> = entities(&r).iter().map(|e| string(e, "text")).collect();
    assert_eq!(texts, [Some("Bakıda".to_string())]);

    let r = analyze(s(text), opts(r#"{"labels":[]}"#)).expect("empty label list");
    assert_eq!(entities(&r).len(), 0);

    // A forced language is reported as used, whatever the text looks like.
    let r = analyze(s(text), opts(r#"{"lang":"en"}"#)).expect("analyze");
    assert_eq!(string(&r, "lang").as_deref(), Some("en"));

    // `undefined` values mean "not given", as usual in JS.
    let o = Object::new();
    Reflect::set(&o, &s("lang"), &JsValue::UNDEFINED).unwrap();
    assert!(analyze(s(text), o.into()).is_ok());
}

#[wasm_bindgen_test]
fn bad_options_throw_errors_that_name_the_problem() {
    let t = || s("Bakı");
    for bad in [JsValue::NULL, s("az"), Array::new().into(), JsValue::from_f64(5.0), JsValue::TRUE] {
        let m = message(analyze(t(), bad));
        assert!(m.starts_with("options must be an object or undefined, got "), "{m}");
    }
    assert_eq!(message(analyze(t(), JsValue::NULL)), "options must be an object or undefined, got null");
    assert_eq!(
        message(analyze(t(), opts(r#"{"ref_date":"2023-01-01"}"#))),
        "unknown option \"ref_date\": expected lang, labels or refDate"
    );
    assert_eq!(
        message(analyze(t(), opts(r#"{"lang":"tr"}"#))),
        "unknown language \"tr\": expected \"az\", \"en\" or \"auto\""
    );
    assert_eq!(message(analyze(t(), opts(r#"{"lang":1}"#))), "option \"lang\" must be a string, got number");
    assert_eq!(
        message(analyze(t(), opts(r#"{"labels":["PERSON","FOO"]}"#))),
        "unknown label \"FOO\": expected PERSON, PLACE, ORG or DATE"
    );
    assert_eq!(
        message(analyze(t(), opts(r#"{"labels":"PERSON"}"#))),
        "option \"labels\" must be an array of labels, got string"
    );
    assert_eq!(
        message(analyze(t(), opts(r#"{"labels":[null]}"#))),
        "option \"labels\" must hold strings, got null at index 0"
    );
    for date in ["2023-02-29", "2023-13-01", "23-01-01", "2023/01/01", "", "２０２３-01-01"] {
        let m = message(analyze(t(), opts(&format!(r#"{{"refDate":"{date}"}}"#))));
        assert_eq!(m, format!("invalid refDate \"{date}\": expected a real calendar date as YYYY-MM-DD"));
    }
    assert_eq!(
        message(analyze(t(), opts(r#"{"refDate":20230101}"#))),
        "option \"refDate\" must be a string, got number"
    );
    // Every export checks its arguments the same way.
    assert_eq!(
        message(analyze_flat(t(), opts(r#"{"lang":"xx"}"#))),
        "unknown language \"xx\": expected \"az\", \"en\" or \"auto\""
    );
    assert_eq!(message(render_html(t(), s("az"))), "options must be an object or undefined, got string");
    // 2024 is a leap year, so the same day is fine there.
    assert!(analyze(t(), opts(r#"{"refDate":"2024-02-29"}"#)).is_ok());
}

#[wasm_bindgen_test]
fn non_string_text_throws_and_the_module_keeps_working() {
    assert_eq!(message(analyze(JsValue::from_f64(1.0), JsValue::UNDEFINED)), "text must be a string, got number");
    assert_eq!(message(analyze_flat(JsValue::NULL, JsValue::UNDEFINED)), "text must be a string, got null");
    assert_eq!(message(render_html(JsValue::UNDEFINED, JsValue::UNDEFINED)), "text must be a string, got undefined");
    assert_eq!(message(detect_language(Object::new().into())), "text must be a string, got object");
    let r = analyze(s("Prezident İlham Əliyev Bakıda görüşüb."), JsValue::UNDEFINED).expect("still works");
    let texts: Vec<Option<String>> = entities(&r).iter().map(|e| string(e, "text")).collect();
    assert_eq!(texts, [Some("İlham Əliyev".to_string()), Some("Bakıda".to_string())]);
}

#[wasm_bindgen_test]
fn render_html_escapes_text_and_marks_entities() {
    let html = render_html(s("<b>İlham Əliyev</b> & Bakıda \"x\"\n'y'"), opts(r#"{"lang":"az"}"#)).expect("render");
    assert!(html.starts_with("&lt;b&gt;<mark class=\"vurgu vurgu-person\" data-label=\"PERSON\""), "{html}");
    assert!(
        html.contains(">İlham Əliyev</mark>&lt;/b&gt; &amp; <mark class=\"vurgu vurgu-place\" data-label=\"PLACE\""),
        "{html}"
    );
    assert!(html.ends_with(">Bakıda</mark> &quot;x&quot;\n&#39;y&#39;"), "{html}");
    assert!(!html.contains("<b>"));
    assert_eq!(html.matches("<mark ").count(), 2);

    let only_dates = render_html(s("<i>Bakı</i>"), opts(r#"{"labels":["DATE"]}"#)).expect("render");
    assert_eq!(only_dates, "&lt;i&gt;Bakı&lt;/i&gt;");
}

#[wasm_bindgen_test]
fn detect_language_tells_azerbaijani_from_english() {
    let gold = parse_ann(SEED, "seed").expect("seed parses");
    assert_eq!(detect_language(s(&gold.text)).expect("detect"), "az");
    let en = "U.S. Secretary of State Antony Blinken spoke by phone on Sunday with Ilham Aliyev.";
    assert_eq!(detect_language(s(en)).expect("detect"), "en");
    assert_eq!(string(&analyze(s(en), JsValue::UNDEFINED).expect("analyze"), "lang").as_deref(), Some("en"));
}
