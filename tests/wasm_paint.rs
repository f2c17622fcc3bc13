//! `paint` / `unpaint` in headless Chromium: the entities end up as ranges
//! in the page's CSS highlights, the DOM is never touched, and undo removes
//! exactly one element's ranges.

#![cfg(target_arch = "wasm32")]

mod browser;

use browser::{get, message, opts};
use js_sys::{Array, Function, JSON};
use vurgu::wasm::{analyze, highlight, paint, unhighlight, unpaint};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh `<div>` with `html` inside, attached to the body; the page's
/// highlights start empty (an earlier failed test may have left ranges).
fn fixture(html: &str) -> Element {
    Function::new_no_args("CSS.highlights.clear()").call0(&JsValue::NULL).expect("clear highlights");
    browser::fixture(html)
}

/// The text of every range in the page's highlight `name`, in document order.
fn painted(name: &str) -> Vec<String> {
    let f = Function::new_with_args(
        "name",
        "const h = CSS.highlights.get(name); if (!h) return [];
         const live = [...h].map((s) => { const r = document.createRange(); r.setStart(s.startContainer, s.startOffset); r.setEnd(s.endContainer, s.endOffset); return r; });
         return live.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b)).map((r) => r.toString());",
    );
    let arr: Array = f.call1(&JsValue::NULL, &name.into()).expect("read highlights").unchecked_into();
    arr.iter().filter_map(|v| v.as_string()).collect()
}

fn texts_of(summary: &JsValue, label: &str) -> Vec<String> {
    let es: Array = get(summary, "entities").unchecked_into();
    es.iter()
        .filter(|e| get(e, "label").as_string().as_deref() == Some(label))
        .filter_map(|e| get(&e, "text").as_string())
        .collect()
}

#[wasm_bindgen_test]
fn entities_become_ranges_and_the_dom_stays_as_it_was() {
    let root = fixture(
        "<p>Prezident <b>İlham</b> Əliyev Bakıda BMT-nin nümayəndəsi ilə görüşüb.</p>\
         <p>Sentyabrın 26-da heyət Gəncəyə gedəcək.</p>",
    );
    let before = root.clone_node_with_deep(true).expect("clone");
    let summary = paint(root.clone().into(), opts(r#"{"lang":"az","refDate":"2024-03-20"}"#)).expect("paint");
    assert!(root.is_equal_node(Some(&before)), "paint changed the DOM: {}", root.inner_html());

    // A name split by <b> is one entity in two ranges, one per text node;
    // each label's ranges, in order, spell its entities.
    assert_eq!(painted("vurgu-person"), ["İlham", " Əliyev"]);
    assert_eq!(painted("vurgu-place"), ["Bakıda", "Gəncəyə"]);
    assert_eq!(painted("vurgu-org"), ["BMT-nin"]);
    assert_eq!(painted("vurgu-date"), ["Sentyabrın 26-da"]);
    for (label, name) in
        [("PERSON", "vurgu-person"), ("PLACE", "vurgu-place"), ("ORG", "vurgu-org"), ("DATE", "vurgu-date")]
    {
        assert_eq!(texts_of(&summary, label).concat(), painted(name).concat(), "{label}");
    }
    assert_eq!(get(&summary, "ranges").as_f64(), Some(6.0));
    assert_eq!(get(&get(&summary, "counts"), "PERSON").as_f64(), Some(1.0));
    assert_eq!(get(&get(&summary, "counts"), "PLACE").as_f64(), Some(2.0));

    // The entities are what analyze() finds in the summary's text.
    let text = get(&summary, "text");
    let direct = analyze(text, opts(r#"{"lang":"az","refDate":"2024-03-20"}"#)).expect("analyze");
    assert_eq!(JSON::stringify(&get(&summary, "entities")).ok(), JSON::stringify(&direct).ok());
    let date: Array = get(&summary, "entities").unchecked_into();
    // A day and month without a year, in an article of 2024-03-20: the last one before it.
    let date = date.iter().find(|e| get(e, "label").as_string().as_deref() == Some("DATE")).expect("date");
    assert_eq!(get(&date, "value").as_string().as_deref(), Some("2023-09-26"));

    assert!(unpaint(root.clone().into()).expect("unpaint"));
    assert!(painted("vurgu-place").is_empty(), "unpaint left ranges");
    assert!(!unpaint(root.clone().into()).expect("unpaint again"), "nothing left to undo");
    root.remove();
}

#[wasm_bindgen_test]
fn painting_again_replaces_and_unpaint_takes_only_its_own_ranges() {
    let a = fixture("<p>Heyət Fransa və Almaniyaya səfər edəcək.</p>");
    let b = fixture("<p>Yağış Qəbələ rayonunda yağıb.</p>");
    paint(a.clone().into(), opts(r#"{"lang":"az"}"#)).expect("paint a");
    paint(b.clone().into(), opts(r#"{"lang":"az"}"#)).expect("paint b");
    paint(a.clone().into(), opts(r#"{"lang":"az"}"#)).expect("paint a again");
    assert_eq!(painted("vurgu-place"), ["Fransa", "Almaniyaya", "Qəbələ"], "a second paint must not add twice");
    assert!(unpaint(a.clone().into()).expect("unpaint a"));
    assert_eq!(painted("vurgu-place"), ["Qəbələ"]);
    assert!(unpaint(b.clone().into()).expect("unpaint b"));
    assert!(painted("vurgu-place").is_empty());
    a.remove();
    b.remove();
}

#[wasm_bindgen_test]
fn excluded_parts_are_left_alone_and_labels_filter() {
    let root = fixture("<p>Nümayəndə heyəti Şəkiyə gedib.</p><figure>Şəkil: Bakı limanı</figure>");
    let summary =
        paint(root.clone().into(), opts(r#"{"lang":"az","exclude":"figure","labels":["PLACE"]}"#)).expect("paint");
    assert_eq!(painted("vurgu-place"), ["Şəkiyə"]);
    assert_eq!(get(&summary, "ranges").as_f64(), Some(1.0));
    unpaint(root.clone().into()).expect("unpaint");
    root.remove();
}

#[wasm_bindgen_test]
fn highlighting_a_painted_element_takes_its_ranges_away() {
    // The ranges are static: once marks split the text nodes they would
    // point at the wrong text, so highlight() removes them first.
    let root = fixture("<p>Heyət Fransa və Almaniyaya səfər edəcək.</p>");
    paint(root.clone().into(), opts(r#"{"lang":"az"}"#)).expect("paint");
    assert_eq!(painted("vurgu-place"), ["Fransa", "Almaniyaya"]);
    highlight(root.clone().into(), opts(r#"{"lang":"az"}"#)).expect("highlight");
    assert!(painted("vurgu-place").is_empty(), "ranges left over marks");
    assert!(!unpaint(root.clone().into()).expect("unpaint"), "already taken away");
    assert!(unhighlight(root.clone().into()).expect("unhighlight"));
    root.remove();
}

#[wasm_bindgen_test]
fn the_stylesheet_colours_painted_text_and_a_legend_toggle_hides_it() {
    let d = browser::doc();
    let style = d.create_element("style").expect("style");
    style.set_text_content(Some(include_str!("../js/vurgu.css")));
    d.body().expect("body").append_child(&style).expect("append style");
    let root = fixture("<p>Heyət Fransa və Almaniyaya səfər edəcək.</p>");
    paint(root.clone().into(), opts(r#"{"lang":"az"}"#)).expect("paint");
    let look = Function::new_with_args(
        "el",
        "const s = getComputedStyle(el.firstElementChild, '::highlight(vurgu-place)');
         return s.backgroundColor + ' ' + s.textDecorationLine + ' ' + s.textDecorationStyle;",
    );
    let read = || look.call1(&JsValue::NULL, &root).expect("computed style").as_string().unwrap_or_default();
    // --vurgu-place-bg (#fdebc8) and the place underline style (dashed), as on a mark.
    assert_eq!(read(), "rgb(253, 235, 200) underline dashed");
    root.class_list().add_1("vurgu-hide-place").expect("class");
    assert_eq!(read(), "rgba(0, 0, 0, 0) none solid");
    unpaint(root.clone().into()).expect("unpaint");
    root.remove();
    style.remove();
}

#[wasm_bindgen_test]
fn bad_arguments_throw_errors_that_name_the_problem() {
    let root = fixture("<p>Bakı</p>");
    assert!(message(paint(JsValue::from_str("p"), JsValue::UNDEFINED)).contains("element must be an Element"));
    let m = message(paint(root.clone().into(), opts(r#"{"interactive":true}"#)));
    assert!(m.contains("interactive") && m.contains("lang, labels, refDate or exclude"), "{m}");
    assert!(message(unpaint(JsValue::NULL)).contains("element must be an Element"));
    root.remove();
}
