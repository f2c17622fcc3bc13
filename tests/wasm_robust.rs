//! Misuse and hostile input from JavaScript, in headless Chromium: strings
//! with lone surrogates, huge strings, wrong argument and option types,
//! unknown labels, options objects that throw. Every bad call must throw an
//! `Error` that says what was wrong, and the module must give the right
//! answer on the next call (a trap or a leaked stack would show there).

#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Function, JsString, Object, Reflect, JSON};
use vurgu::wasm::{analyze, analyze_flat, detect_language, render_html};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsError, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const PROBE: &str = "Prezident İlham Əliyev Bakıda görüşüb.";

fn s(x: &str) -> JsValue {
    JsValue::from_str(x)
}

fn opts(json: &str) -> JsValue {
    JSON::parse(json).expect("test options are valid JSON")
}

fn js(args: &str, body: &str) -> Function {
    Function::new_with_args(args, body)
}

fn get(obj: &JsValue, key: &str) -> JsValue {
    Reflect::get(obj, &s(key)).expect("Reflect.get")
}

/// The message of the `Error` an export threw; fails on anything but an `Error`.
fn message(r: Result<impl std::fmt::Debug, JsError>) -> String {
    let err = JsValue::from(r.expect_err("expected a thrown error"));
    let err: js_sys::Error = err.dyn_into().expect("thrown value is an Error");
    String::from(err.message())
}

/// The module still answers correctly.
fn still_works() {
    let r = analyze(s(PROBE), JsValue::UNDEFINED).expect("analyze after an error");
    let texts: Vec<Option<String>> = r.unchecked_ref::<Array>().iter().map(|e| get(&e, "text").as_string()).collect();
    assert_eq!(texts, [Some("İlham Əliyev".to_string()), Some("Bakıda".to_string())]);
    assert_eq!(analyze_flat(s(PROBE), JsValue::UNDEFINED).expect("analyzeFlat after an error").len(), 8);
    assert!(render_html(s(PROBE), JsValue::UNDEFINED).expect("renderHtml after an error").contains("<mark "));
    assert_eq!(detect_language(s(PROBE)).expect("detectLanguage after an error"), "az");
}

/// A small deterministic generator for the random strings.
struct Rng(u64);
impl Rng {
    fn below(&mut self, n: u32) -> u32 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        ((z ^ (z >> 31)) % n as u64) as u32
    }
}

const NAMES: [&str; 10] = [
    "İlham Əliyev",
    "Bakıda",
    "Sentyabrın 26-da",
    "Entoni Blinken",
    "Azərbaycan Respublikası",
    "Barack Obama",
    "Baku",
    "September 26, 2023",
    "Apple Inc.",
    "BMT",
];

/// A JS string of random UTF-16 units: names, spaces, lone high and low
/// surrogates, valid pairs, NUL, CR, U+FFFD.
fn surrogate_soup(r: &mut Rng) -> JsString {
    let mut units: Vec<u16> = Vec::new();
    for _ in 0..1 + r.below(14) {
        match r.below(9) {
            0..=2 => units.extend(NAMES[r.below(NAMES.len() as u32) as usize].encode_utf16()),
            3 => units.push(0xD800 + r.below(0x400) as u16), // lone high
            4 => units.push(0xDC00 + r.below(0x400) as u16), // lone low
            5 => units.extend([0xD83D, 0xDE00]),             // 😀, a valid pair
            6 => units.push([0, 13, 10, 0xFFFD, 0x200D, 0x301][r.below(6) as usize]),
            7 => units.extend([0xDC00, 0xD800]), // a pair in the wrong order
            _ => units.push(b' ' as u16),
        }
        if r.below(3) > 0 {
            units.push(b' ' as u16);
        }
    }
    JsString::from_char_code(&units)
}

#[wasm_bindgen_test]
fn lone_surrogates_keep_offsets_aligned_in_every_export() {
    // Lone surrogates reach Rust as U+FFFD, one unit for one unit, so the
    // offsets still index the caller's own string.
    let check = js(
        "text, result, flat",
        r#"
        let prev = 0;
        const spans = [];
        for (const e of result) {
          if (!(prev <= e.start && e.start < e.end && e.end <= text.length)) throw new Error(`bad span ${e.start}..${e.end} after ${prev} in ${text.length}`);
          if (text.slice(e.start, e.end) !== e.text) throw new Error(`slice ${JSON.stringify(text.slice(e.start, e.end))} != ${JSON.stringify(e.text)}`);
          if (e.base !== undefined && typeof e.base !== "string") throw new Error(`base ${e.base}`);
          prev = e.end;
          spans.push(e.start, e.end);
        }
        for (let i = 0; i < result.length; i++) {
          if (flat[4 * i] !== spans[2 * i] || flat[4 * i + 1] !== spans[2 * i + 1]) throw new Error("analyzeFlat disagrees with analyze");
        }
        if (flat.length !== 4 * result.length) throw new Error("analyzeFlat length");
        return result.length;
        "#,
    );
    let mut r = Rng(0x5eed_0001);
    let mut found = 0.0;
    for i in 0..400 {
        let text = surrogate_soup(&mut r);
        let lang = ["az", "en", "auto"][i % 3];
        let o = opts(&format!(r#"{{"lang":"{lang}"}}"#));
        let result = analyze(text.clone().into(), o.clone()).expect("analyze takes any string");
        let flat: JsValue =
            js_sys::Uint32Array::from(&analyze_flat(text.clone().into(), o).expect("analyzeFlat takes any string")[..])
                .into();
        let n = check
            .call3(&JsValue::NULL, &text, &result, &flat)
            .unwrap_or_else(|e| panic!("{:?} on {:?}", e, String::from(JSON::stringify(&text).unwrap())));
        found += n.as_f64().unwrap();
    }
    assert!(found > 200.0, "the soups contain names: {found}");
    still_works();
}

#[wasm_bindgen_test]
fn render_html_gives_back_the_text_through_the_browsers_parser() {
    // What a page does with the output: parse it. Only marks appear, and
    // the text is the input's (lone surrogates as U+FFFD; NUL, which HTML
    // cannot carry, as U+FFFD too).
    let parse = js(
        "text, html",
        r#"
        const t = document.createElement("template");
        t.innerHTML = html;
        for (const el of t.content.querySelectorAll("*")) {
          if (el.localName !== "mark") throw new Error(`element <${el.localName}>`);
        }
        const want = text.toWellFormed().replaceAll("\0", "\uFFFD");
        const got = t.content.textContent;
        if (got !== want) throw new Error(`text differs: ${JSON.stringify(got)} vs ${JSON.stringify(want)}`);
        return t.content.querySelectorAll("mark").length;
        "#,
    );
    let mut r = Rng(0x5eed_0002);
    let mut marks = 0.0;
    for i in 0..300 {
        let text = surrogate_soup(&mut r);
        let lang = ["az", "en", "auto"][i % 3];
        let html = render_html(text.clone().into(), opts(&format!(r#"{{"lang":"{lang}"}}"#))).expect("renderHtml");
        let n = parse
            .call2(&JsValue::NULL, &text, &s(&html))
            .unwrap_or_else(|e| panic!("{:?} on {:?} -> {html:?}", e, String::from(JSON::stringify(&text).unwrap())));
        marks += n.as_f64().unwrap();
    }
    assert!(marks > 100.0, "{marks}");
}

#[wasm_bindgen_test]
fn huge_strings_work_and_the_module_keeps_working() {
    // 4.8 MB of UTF-16, far beyond any article (the unoptimised test build
    // must finish within the runner's 20 s; 10 MB runs in the page test).
    let unit = "Prezident İlham Əliyev 😀 Bakıda \u{0}görüşüb.\r\n";
    let big = js("u, n", "return u.repeat(n)").call2(&JsValue::NULL, &s(unit), &JsValue::from_f64(100_000.0)).unwrap();
    let len = big.unchecked_ref::<JsString>().length();
    let flat = analyze_flat(big.clone(), opts(r#"{"lang":"az"}"#)).expect("analyzeFlat on 4.8 MB");
    assert_eq!(flat.len(), 100_000 * 2 * 4, "two entities a repeat");
    assert_eq!(*flat.last().unwrap() as usize, 2, "one group per name");
    // The last mention, Bakıda, ends 12 units before the end: " \0görüşüb.\r\n".
    assert_eq!(flat[flat.len() - 3], len - 12, "offsets count UTF-16 units to the very end");
    let html = render_html(big.clone(), opts(r#"{"lang":"az","labels":["PLACE"]}"#)).expect("renderHtml on 4.8 MB");
    assert_eq!(html.matches("<mark ").count(), 100_000);
    assert_eq!(detect_language(big).expect("detect"), "az");
    still_works();
}

#[wasm_bindgen_test]
fn wrong_argument_types_throw_clear_errors() {
    let sym = js("", "return Symbol('x')").call0(&JsValue::NULL).unwrap();
    let big = js("", "return 10n").call0(&JsValue::NULL).unwrap();
    let boxed = js("", "return new String('Bakı')").call0(&JsValue::NULL).unwrap();
    let func = js("", "return () => 'Bakı'").call0(&JsValue::NULL).unwrap();
    let cases: Vec<(JsValue, &str)> = vec![
        (JsValue::UNDEFINED, "undefined"),
        (JsValue::NULL, "null"),
        (JsValue::from_f64(1.5), "number"),
        (JsValue::from_f64(f64::NAN), "number"),
        (JsValue::TRUE, "boolean"),
        (sym, "symbol"),
        (big, "bigint"),
        (boxed, "object"),
        (func, "function"),
        (Array::of1(&s("Bakı")).into(), "an array"),
        (Object::new().into(), "object"),
    ];
    for (bad, kind) in cases {
        let want = format!("text must be a string, got {kind}");
        assert_eq!(message(analyze(bad.clone(), JsValue::UNDEFINED)), want);
        assert_eq!(message(analyze_flat(bad.clone(), JsValue::UNDEFINED)), want);
        assert_eq!(message(render_html(bad.clone(), JsValue::UNDEFINED)), want);
        assert_eq!(message(detect_language(bad)), want);
        still_works();
    }
}

#[wasm_bindgen_test]
fn wrong_option_types_and_unknown_labels_throw_clear_errors() {
    let t = || s("Bakı");
    let cases: &[(&str, &str)] = &[
        (r#"{"lang":null}"#, "option \"lang\" must be a string, got null"),
        (r#"{"lang":["az"]}"#, "option \"lang\" must be a string, got an array"),
        (r#"{"lang":{}}"#, "option \"lang\" must be a string, got object"),
        (r#"{"lang":"AZ"}"#, "unknown language \"AZ\": expected \"az\", \"en\" or \"auto\""),
        (r#"{"lang":""}"#, "unknown language \"\": expected \"az\", \"en\" or \"auto\""),
        (r#"{"lang":"az "}"#, "unknown language \"az \": expected \"az\", \"en\" or \"auto\""),
        (r#"{"labels":null}"#, "option \"labels\" must be an array of labels, got null"),
        (r#"{"labels":{"0":"PERSON","length":1}}"#, "option \"labels\" must be an array of labels, got object"),
        (r#"{"labels":[1]}"#, "option \"labels\" must hold strings, got number at index 0"),
        (r#"{"labels":["PERSON",["DATE"]]}"#, "option \"labels\" must hold strings, got an array at index 1"),
        (r#"{"labels":[""]}"#, "unknown label \"\": expected PERSON, PLACE, ORG or DATE"),
        (r#"{"labels":["PERSONS"]}"#, "unknown label \"PERSONS\": expected PERSON, PLACE, ORG or DATE"),
        (r#"{"labels":[" PERSON"]}"#, "unknown label \" PERSON\": expected PERSON, PLACE, ORG or DATE"),
        // A Cyrillic О in PERSОN.
        (r#"{"labels":["PERS\u041eN"]}"#, "unknown label \"PERSОN\": expected PERSON, PLACE, ORG or DATE"),
        (r#"{"labels":["LOC"]}"#, "unknown label \"LOC\": expected PERSON, PLACE, ORG or DATE"),
        (r#"{"refDate":null}"#, "option \"refDate\" must be a string, got null"),
        (r#"{"refDate":"2023-9-1"}"#, "invalid refDate \"2023-9-1\": expected a real calendar date as YYYY-MM-DD"),
        (r#"{"refDate":"0000-01-01"}"#, "invalid refDate \"0000-01-01\": expected a real calendar date as YYYY-MM-DD"),
        (
            r#"{"refDate":"2023-09-30T00:00"}"#,
            "invalid refDate \"2023-09-30T00:00\": expected a real calendar date as YYYY-MM-DD",
        ),
        (r#"{"Lang":"az"}"#, "unknown option \"Lang\": expected lang, labels or refDate"),
        (r#"{"":1}"#, "unknown option \"\": expected lang, labels or refDate"),
    ];
    for (o, want) in cases {
        assert_eq!(&message(analyze(t(), opts(o))), want, "analyze {o}");
        assert_eq!(&message(analyze_flat(t(), opts(o))), want, "analyzeFlat {o}");
        assert_eq!(&message(render_html(t(), opts(o))), want, "renderHtml {o}");
    }
    // A Date object, a function, a Map: not plain option bags.
    for expr in ["new Date()", "new Map([['lang','az']])", "new Proxy({}, {})", "new (class Opts {})()"] {
        let v = js("", &format!("return {expr}")).call0(&JsValue::NULL).unwrap();
        assert!(analyze(t(), v).is_ok(), "{expr}: an object with no own enumerable keys is an empty option bag");
    }
    assert_eq!(
        message(analyze(t(), js("", "return () => 1").call0(&JsValue::NULL).unwrap())),
        "options must be an object or undefined, got function"
    );
    // A null-prototype object fails `instanceof Object` and is refused
    // with "options must be an object or undefined, got object" (reported
    // to the bindings' owner); whatever the answer, it is an Error or a result.
    let bare = js("", "const o = Object.create(null); o.lang = 'az'; return o").call0(&JsValue::NULL).unwrap();
    if let Err(e) = analyze(t(), bare) {
        assert!(JsValue::from(e).is_instance_of::<js_sys::Error>());
    }
    still_works();
}

#[wasm_bindgen_test]
fn options_that_throw_while_being_read() {
    // A getter that throws is reported by name.
    let getter = js("", "return { get lang() { throw new Error('boom'); } }").call0(&JsValue::NULL).unwrap();
    assert_eq!(message(analyze(s("Bakı"), getter)), "reading option \"lang\" threw");
    // A Proxy whose traps throw while the module enumerates keys or reads
    // the labels: the caller's own exception comes out, and the module
    // must be intact afterwards, however often it happens.
    let hostile = [
        "new Proxy({}, { ownKeys() { throw new Error('ownKeys trap'); } })",
        "({ labels: new Proxy(['PERSON'], { get(t, k) { if (k === '0') throw new Error('get trap'); return Reflect.get(t, k); } }) })",
        "({ labels: new Proxy(['PERSON'], { get(t, k) { if (k === 'length') throw new Error('length trap'); return Reflect.get(t, k); } }) })",
    ];
    // The export called from JavaScript, as a page calls it, so that the
    // exception can be caught there.
    let exported = Closure::<dyn Fn(JsValue, JsValue) -> Result<JsValue, JsError>>::new(analyze);
    let call = js(
        "f, text, opts",
        "try { f(text, opts); return 'no error'; } catch (e) { return e instanceof Error ? e.message : 'not an Error: ' + String(e); }",
    );
    for expr in hostile {
        let make = js("", &format!("return {expr}"));
        for _ in 0..2000 {
            let o = make.call0(&JsValue::NULL).unwrap();
            let msg = call.call3(&JsValue::NULL, exported.as_ref(), &s(PROBE), &o).unwrap().as_string().unwrap();
            assert!(msg.ends_with(" trap"), "{expr}: {msg}");
        }
        still_works();
    }
}
