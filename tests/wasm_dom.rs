//! `highlight` / `unhighlight` / `beginHighlight` on DOM built in the
//! test, in headless Chromium: what is marked, what is left alone, and
//! that undo gives back exactly the DOM there was.

#![cfg(target_arch = "wasm32")]

mod browser;

use browser::{doc, fixture, get, message, opts};
use js_sys::{Array, JsString, Reflect, JSON};
use vurgu::wasm::{analyze, begin_highlight, highlight, unhighlight};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, Node};

wasm_bindgen_test_configure!(run_in_browser);

fn marks(root: &Element) -> Vec<Element> {
    let list = root.query_selector_all("mark.vurgu").expect("query");
    (0..list.length()).filter_map(|i| list.item(i)).map(|n| n.unchecked_into()).collect()
}

/// (data-entity, label, text) for every mark.
fn mark_list(root: &Element) -> Vec<(String, String, String)> {
    marks(root)
        .iter()
        .map(|m| {
            (
                m.get_attribute("data-entity").unwrap_or_default(),
                m.get_attribute("data-label").unwrap_or_default(),
                m.text_content().unwrap_or_default(),
            )
        })
        .collect()
}

fn az() -> JsValue {
    opts(r#"{"lang":"az"}"#)
}

/// Highlights, checks the text is untouched, highlights again (which must
/// replace, not add to, the first run), unhighlights, checks the DOM is as before.
fn round_trip(root: &Element, json: &str) -> JsValue {
    let before = root.clone_node_with_deep(true).expect("clone");
    let text = root.text_content();
    let summary = highlight(root.clone().into(), opts(json)).expect("highlight");
    assert_eq!(root.text_content(), text, "highlighting changed the text");
    let marked = root.inner_html();
    highlight(root.clone().into(), opts(json)).expect("highlight again");
    assert_eq!(root.inner_html(), marked, "a second highlight differs from the first");
    assert!(root.query_selector("mark mark").expect("q").is_none(), "marks inside marks");
    assert!(unhighlight(root.clone().into()).expect("unhighlight"));
    assert!(root.is_equal_node(Some(&before)), "unhighlight did not restore the DOM: {}", root.inner_html());
    summary
}

#[wasm_bindgen_test]
fn a_name_split_by_inline_markup_is_one_entity_in_pieces() {
    let root = fixture("<p>Prezident <b>İlham</b> Əliyev <a href=\"#\">Bakı</a>da görüşüb.</p>");
    let summary = highlight(root.clone().into(), az()).expect("highlight");
    assert_eq!(
        mark_list(&root),
        [
            ("0".into(), "PERSON".into(), "İlham".into()),
            ("0".into(), "PERSON".into(), " Əliyev".into()),
            ("1".into(), "PLACE".into(), "Bakı".into()),
            ("1".into(), "PLACE".into(), "da".into()),
        ]
    );
    let parts: Vec<Option<String>> = marks(&root).iter().map(|m| m.get_attribute("data-part")).collect();
    assert_eq!(parts, [Some("start".into()), Some("end".into()), Some("start".into()), Some("end".into())]);
    // The pieces stay inside the markup they came from.
    let b = root.query_selector("b").expect("q").expect("b");
    assert_eq!(b.inner_html().matches("<mark").count(), 1);
    let entities: Array = get(&summary, "entities").unchecked_into();
    assert_eq!(entities.length(), 2);
    assert_eq!(get(&entities.get(0), "text").as_string().as_deref(), Some("İlham Əliyev"));
    assert_eq!(get(&entities.get(1), "base").as_string().as_deref(), Some("Bakı"));
    assert_eq!(get(&get(&summary, "counts"), "PERSON").as_f64(), Some(1.0));
    assert_eq!(get(&summary, "marks").as_f64(), Some(4.0));
    assert_eq!(get(&summary, "lang").as_string().as_deref(), Some("az"));
    // Offsets index the summary's text.
    let text: JsString = get(&summary, "text").unchecked_into();
    let (s, e) = (
        get(&entities.get(0), "start").as_f64().unwrap() as u32,
        get(&entities.get(0), "end").as_f64().unwrap() as u32,
    );
    assert_eq!(String::from(text.slice(s, e)), "İlham Əliyev");
    unhighlight(root.clone().into()).expect("unhighlight");
    round_trip(&root, r#"{"lang":"az"}"#);
}

#[wasm_bindgen_test]
fn marks_carry_label_group_base_and_a_spoken_label() {
    let root = fixture("<p>İlham Əliyevə zəng edib. İlham Əliyev Bakıda görüşüb. Sentyabrın 26-da.</p>");
    highlight(root.clone().into(), opts(r#"{"lang":"az","refDate":"2023-10-01"}"#)).expect("highlight");
    let ms = marks(&root);
    let attr = |i: usize, a: &str| ms[i].get_attribute(a);
    assert_eq!(attr(0, "class").as_deref(), Some("vurgu vurgu-person"));
    assert_eq!(attr(0, "data-base").as_deref(), Some("İlham Əliyev"));
    assert_eq!(attr(0, "aria-description").as_deref(), Some("şəxs"));
    assert_eq!(attr(0, "data-group"), attr(1, "data-group"), "both mentions are one person");
    assert_eq!(attr(0, "tabindex").as_deref(), Some("0"), "the first entity is the tab stop");
    assert_eq!(attr(1, "tabindex").as_deref(), Some("-1"));
    let date = ms.iter().find(|m| m.get_attribute("data-label").as_deref() == Some("DATE")).expect("a date");
    assert_eq!(date.get_attribute("data-value").as_deref(), Some("2023-09-26"));
    assert_eq!(date.get_attribute("data-base"), None);
    unhighlight(root.clone().into()).expect("unhighlight");

    highlight(root.clone().into(), opts(r#"{"lang":"en","interactive":false}"#)).expect("highlight");
    assert!(marks(&root).iter().all(|m| !m.has_attribute("tabindex")), "no tab stops when not interactive");
    unhighlight(root.clone().into()).expect("unhighlight");
}

#[wasm_bindgen_test]
fn code_fields_editors_and_exclusions_are_left_alone() {
    let root = fixture(concat!(
        "<p>İlham Əliyev Bakıda.</p>",
        "<script type=\"application/json\">{\"a\": \"İlham Əliyev Bakıda\"}</script>",
        "<style>.x::before { content: \"Bakı\" }</style>",
        "<textarea>İlham Əliyev Bakıda</textarea><input value=\"Bakı\"><select><option>Bakı</option></select>",
        "<noscript>Bakı</noscript><template><p>Bakı</p></template><button>Bakı</button>",
        "<div contenteditable=\"true\">İlham Əliyev <b>Bakıda</b></div>",
        "<div contenteditable=\"false\">Gəncədə</div>",
        "<figure><figcaption>Bakı</figcaption></figure><aside class=\"ad\">Gəncə</aside>",
    ));
    let skipped = ["script", "style", "textarea", "select", "noscript", "template", "button", "[contenteditable=true]"];
    let before: Vec<Node> = skipped
        .iter()
        .map(|s| root.query_selector(s).expect("q").expect(s).clone_node_with_deep(true).expect("clone"))
        .collect();
    highlight(root.clone().into(), opts(r#"{"lang":"az","exclude":["figure",".ad"]}"#)).expect("highlight");
    for (s, b) in skipped.iter().zip(&before) {
        let now = root.query_selector(s).expect("q").expect(s);
        assert!(now.is_equal_node(Some(b)), "{s} was changed: {}", now.outer_html());
    }
    let texts: Vec<String> = mark_list(&root).into_iter().map(|m| m.2).collect();
    assert_eq!(texts, ["İlham Əliyev", "Bakıda", "Gəncədə"]);
    assert_eq!(root.query_selector_all("figure mark, aside mark").expect("q").length(), 0);
    unhighlight(root.clone().into()).expect("unhighlight");
    round_trip(&root, r#"{"lang":"az","exclude":"figure, .ad"}"#);
}

#[wasm_bindgen_test]
fn blocks_and_line_breaks_separate_names() {
    let root = fixture("<ul><li>Gəncə</li><li>Naxçıvan</li></ul><p>Şəki<br>Qəbələ</p><h2>Bakı</h2><p>Sumqayıt</p>");
    let summary = highlight(root.clone().into(), az()).expect("highlight");
    assert_eq!(
        get(&summary, "text").as_string().as_deref(),
        Some("Gəncə\n\nNaxçıvan\n\nŞəki\nQəbələ\n\nBakı\n\nSumqayıt")
    );
    for m in marks(&root) {
        let t = m.text_content().unwrap_or_default();
        assert!(!t.contains(' ') && !t.is_empty(), "a mark spans two blocks: {t:?}");
    }
    unhighlight(root.clone().into()).expect("unhighlight");
}

#[wasm_bindgen_test]
fn source_line_breaks_are_spaces_unless_the_element_keeps_them() {
    let root = fixture("<p>Prezident İlham\n   Əliyev\tgörüşüb.</p>");
    let summary = highlight(root.clone().into(), az()).expect("highlight");
    assert_eq!(get(&summary, "text").as_string().as_deref(), Some("Prezident İlham    Əliyev görüşüb."));
    assert_eq!(marks(&root).len(), 1, "one name across the source line break");
    unhighlight(root.clone().into()).expect("unhighlight");

    let pre = fixture("<pre>Gəncə\nŞəki</pre>");
    let s = highlight(pre.clone().into(), az()).expect("highlight");
    assert_eq!(get(&s, "text").as_string().as_deref(), Some("Gəncə\nŞəki"));
    unhighlight(pre.clone().into()).expect("unhighlight");

    let wrap = fixture("Gəncə\nŞəki");
    wrap.set_attribute("style", "white-space: pre-wrap").expect("style");
    let s = highlight(wrap.clone().into(), az()).expect("highlight");
    assert_eq!(get(&s, "text").as_string().as_deref(), Some("Gəncə\nŞəki"));
    unhighlight(wrap.clone().into()).expect("unhighlight");
}

#[wasm_bindgen_test]
fn adjacent_text_nodes_are_restored_as_they_were() {
    let d = doc();
    let root = fixture("");
    let p = d.create_element("p").expect("p");
    for t in ["Prezident İlham ", "Əliyev Bakıda", "", " görüşüb."] {
        p.append_child(&d.create_text_node(t)).expect("text");
    }
    root.append_child(&p).expect("append");
    round_trip(&root, r#"{"lang":"az"}"#);
    assert_eq!(p.child_nodes().length(), 4, "the four text nodes are still four");
    assert_eq!(p.first_child().and_then(|n| n.node_value()).as_deref(), Some("Prezident İlham "));
}

#[wasm_bindgen_test]
fn text_that_looks_like_markup_stays_text() {
    let root =
        fixture("<p>&lt;img src=x onerror=alert(1)&gt; İlham Əliyev &amp; \"Bakı\" &lt;/mark&gt;&lt;b&gt; Gəncədə</p>");
    let summary = round_trip(&root, r#"{"lang":"az"}"#);
    highlight(root.clone().into(), az()).expect("highlight");
    assert_eq!(root.query_selector_all("img, b").expect("q").length(), 0);
    let tags: Vec<String> = {
        let all = root.query_selector_all("*").expect("q");
        (0..all.length()).filter_map(|i| all.item(i)).map(|n| n.node_name()).collect()
    };
    assert!(tags.iter().all(|t| t == "P" || t == "MARK"), "{tags:?}");
    assert!(get(&summary, "text").as_string().unwrap_or_default().contains("<img src=x onerror=alert(1)>"));
    unhighlight(root.clone().into()).expect("unhighlight");
}

#[wasm_bindgen_test]
fn lone_surrogates_survive_unchanged() {
    let d = doc();
    let root = fixture("<p></p>");
    let p = root.first_element_child().expect("p");
    let odd = JsString::from_char_code(&[0xD800, 0x20])
        .concat(&"İlham Əliyev ".into())
        .concat(&JsString::from_char_code(&[0xDC00]));
    let node = d.create_text_node("");
    Reflect::set(&node, &"data".into(), &odd).expect("set data");
    p.append_child(&node).expect("append");
    let before = root.clone_node_with_deep(true).expect("clone");
    highlight(root.clone().into(), az()).expect("highlight");
    let joined: JsString = p.text_content().map(JsString::from).unwrap_or_default();
    // Compared as UTF-16: a Rust String would have replaced the surrogates.
    assert_eq!(Reflect::get(&p, &"textContent".into()).expect("tc"), JsValue::from(odd.clone()));
    assert_eq!(joined.length(), odd.length());
    assert_eq!(mark_list(&root).len(), 1);
    unhighlight(root.clone().into()).expect("unhighlight");
    assert!(root.is_equal_node(Some(&before)));
}

/// The text nodes' data is read in one call, joined in JavaScript; a page
/// that broke `Array.prototype.join` gets the node-by-node reading, and a
/// node whose `data` is no string gets an error naming it.
#[wasm_bindgen_test]
fn text_is_read_node_by_node_when_the_joined_read_cannot_be_trusted() {
    let root = fixture("<p>Prezident İlham Əliyev Bakıda.</p><p>Azərbaycanın paytaxtı.</p>");
    let proto = js_sys::Array::new().unchecked_into::<js_sys::Object>();
    let proto = js_sys::Object::get_prototype_of(&proto);
    let join = Reflect::get(&proto, &"join".into()).expect("join");
    let broken = js_sys::Function::new_no_args("return 'x';");
    Reflect::set(&proto, &"join".into(), &broken).expect("break join");
    let summary = highlight(root.clone().into(), az());
    Reflect::set(&proto, &"join".into(), &join).expect("restore join");
    let summary = summary.expect("highlight");
    assert_eq!(
        get(&summary, "text").as_string().unwrap_or_default(),
        "Prezident İlham Əliyev Bakıda.\n\nAzərbaycanın paytaxtı."
    );
    let marks: Vec<(String, String)> = mark_list(&root).into_iter().map(|(_, label, text)| (label, text)).collect();
    let want = [("PERSON", "İlham Əliyev"), ("PLACE", "Bakıda"), ("PLACE", "Azərbaycanın")];
    assert_eq!(marks, want.map(|(l, t)| (l.to_string(), t.to_string())));
    unhighlight(root.clone().into()).expect("unhighlight");

    let node = root.first_element_child().and_then(|p| p.first_child()).expect("text");
    let getter = js_sys::Object::new();
    Reflect::set(&getter, &"value".into(), &JsValue::from(7)).expect("value");
    let target: &js_sys::Object = node.unchecked_ref();
    Reflect::define_property(target, &"data".into(), &getter).expect("define data");
    let err = message(highlight(root.clone().into(), az()));
    assert!(err.contains("a text node's data is") && err.contains("not a string"), "{err}");
}

#[wasm_bindgen_test]
fn nested_highlighted_elements_keep_their_own_marks() {
    let root = fixture("<p>İlham Əliyev Bakıda.</p><section lang=\"en\"><p>Ilham Aliyev visited Paris.</p></section>");
    let before = root.clone_node_with_deep(true).expect("clone");
    let inner = root.query_selector("section").expect("q").expect("section");
    highlight(inner.clone().into(), opts(r#"{"lang":"en"}"#)).expect("inner");
    let inner_marks = inner.inner_html();
    let outer = highlight(root.clone().into(), az()).expect("outer");
    assert_eq!(inner.inner_html(), inner_marks, "the outer run left the inner element alone");
    assert!(!get(&outer, "text").as_string().unwrap_or_default().contains("Paris"));
    // An element inside a highlighted one cannot be highlighted on its own.
    let p = root.query_selector("p").expect("q").expect("p");
    assert_eq!(
        message(highlight(p.into(), JsValue::UNDEFINED)),
        "element is inside an element that is already highlighted: unhighlight that one first"
    );
    unhighlight(root.clone().into()).expect("outer off");
    assert_eq!(inner.inner_html(), inner_marks);
    unhighlight(inner.clone().into()).expect("inner off");
    assert!(root.is_equal_node(Some(&before)));
    assert!(!unhighlight(root.clone().into()).expect("nothing left"), "a second unhighlight has nothing to do");
}

#[wasm_bindgen_test]
fn editors_and_fields_as_the_element_give_nothing() {
    let root = fixture("<div contenteditable=\"\"><p>İlham Əliyev Bakıda</p></div>");
    let p = root.query_selector("p").expect("q").expect("p");
    let s = highlight(p.into(), az()).expect("highlight");
    assert_eq!(Array::from(&get(&s, "entities")).length(), 0);
    assert_eq!(marks(&root).len(), 0);
}

#[wasm_bindgen_test]
fn bad_arguments_throw_errors_that_name_the_problem() {
    let root = fixture("<p>Bakı</p>");
    assert_eq!(
        message(highlight(JsValue::from_str("p"), JsValue::UNDEFINED)),
        "element must be an Element, got string"
    );
    assert_eq!(message(unhighlight(JsValue::NULL)), "element must be an Element, got null");
    let el = || JsValue::from(root.clone());
    assert_eq!(
        message(highlight(el(), opts(r#"{"exclude":["p","a[["]}"#))),
        "option \"exclude\": \"a[[\" is not a valid CSS selector"
    );
    assert_eq!(
        message(highlight(el(), opts(r#"{"exclude":[3]}"#))),
        "option \"exclude\" must hold selector strings, got number at index 0"
    );
    assert_eq!(
        message(highlight(el(), opts(r#"{"interactive":"yes"}"#))),
        "option \"interactive\" must be a boolean, got string"
    );
    assert_eq!(
        message(highlight(el(), opts(r#"{"worker":true}"#))),
        "unknown option \"worker\": expected lang, labels, refDate, exclude or interactive"
    );
    assert_eq!(
        message(highlight(el(), opts(r#"{"labels":["X"]}"#))),
        "unknown label \"X\": expected PERSON, PLACE, ORG or DATE"
    );
    // Nothing was left behind by the failures, and the module still works.
    assert_eq!(marks(&root).len(), 0);
    highlight(el(), az()).expect("works");
    assert_eq!(marks(&root).len(), 1);
}

#[wasm_bindgen_test]
fn a_session_with_entities_from_elsewhere_marks_the_same_as_highlight() {
    let html = "<h1><b>İlham</b> Əliyev</h1><p>Prezident İlham Əliyevə Bakıda zəng edib. Sentyabrın 26-da.</p>";
    let a = fixture(html);
    let b = fixture(html);
    highlight(a.clone().into(), az()).expect("highlight");
    let before = b.clone_node_with_deep(true).expect("clone");
    let mut s = begin_highlight(b.clone().into(), az()).expect("begin");
    // Collected in slices of two nodes, as highlightAsync does for long elements.
    let mut slices = 0;
    while !s.collect(Some(2)).expect("collect") {
        slices += 1;
    }
    assert!(slices >= 2, "{slices} slices");
    let text = s.text().expect("text");
    assert_eq!(
        String::from(text.clone()),
        "İlham Əliyev\n\nPrezident İlham Əliyevə Bakıda zəng edib. Sentyabrın 26-da."
    );
    let found: Array = analyze(text.into(), az()).expect("analyze").unchecked_into();
    // In two batches, as a worker would send them.
    let half = found.length() / 2;
    assert_eq!(s.apply(found.slice(0, half).into()).expect("first"), half);
    assert_eq!(s.apply(found.slice(half, found.length()).into()).expect("rest"), found.length() - half);
    assert_eq!(
        message(s.apply(found.slice(0, 1).into())),
        format!(
            "entities[0] starts at 0 but the previous entity ends at {}: entities must be sorted and must not overlap",
            get(&found.get(found.length() - 1), "end").as_f64().unwrap()
        )
    );
    let summary = s.finish().expect("finish");
    assert_eq!(b.inner_html(), a.inner_html());
    assert_eq!(Array::from(&get(&summary, "entities")).length(), found.length());
    assert!(s.finish().is_err(), "a session finishes once");
    unhighlight(b.clone().into()).expect("unhighlight");
    assert!(b.is_equal_node(Some(&before)));
}

#[wasm_bindgen_test]
fn a_session_rejects_entities_that_do_not_fit_the_text() {
    let root = fixture("<p>İlham Əliyev Bakıda görüşüb.</p>");
    let before = root.clone_node_with_deep(true).expect("clone");
    let mut s = begin_highlight(root.clone().into(), az()).expect("begin");
    let bad = |json: &str| JSON::parse(json).expect("json");
    assert_eq!(
        message(s.apply(bad(r#"[{"start":0,"end":5,"label":"PERSON","text":"Bakı!","group":1}]"#))),
        "entities[0].text does not match the element's text at 0..5: was the element changed, or are these another text's entities?"
    );
    assert_eq!(
        message(s.apply(bad(r#"[{"start":0,"end":500,"label":"PERSON","text":"x","group":1}]"#))),
        "entities[0] spans 0..500, outside the element's text of 28 UTF-16 units"
    );
    assert_eq!(
        message(s.apply(bad(r#"[{"start":-1,"end":5,"label":"PERSON","text":"x","group":1}]"#))),
        "entities[0].start must be a whole number ≥ 0, got number"
    );
    assert_eq!(message(s.apply(bad(r#"{"length":0}"#))), "entities must be an array, got object");
    assert_eq!(marks(&root).len(), 0, "a rejected batch marks nothing");
    // The page changes the text between collecting and applying.
    let text = root.query_selector("p").expect("q").expect("p").first_child().expect("text");
    text.set_node_value(Some("İlham Əliyev Gəncədə görüşüb."));
    let fits = bad(r#"[{"start":0,"end":12,"label":"PERSON","text":"İlham Əliyev","group":1}]"#);
    assert_eq!(message(s.apply(fits)), "the element's text changed while it was being highlighted");
    unhighlight(root.clone().into()).expect("unhighlight");
    text.set_node_value(Some("İlham Əliyev Bakıda görüşüb."));
    assert!(root.is_equal_node(Some(&before)));
    // A session outlived by its element's unhighlight refuses to go on.
    assert_eq!(message(s.finish()), "the element was unhighlighted or highlighted again since this session began");
}
