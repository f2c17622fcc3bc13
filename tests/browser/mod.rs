//! Helpers shared by the DOM tests that run in headless Chromium
//! (`tests/wasm_dom.rs`, `tests/wasm_paint.rs`).

#![allow(dead_code)]

use js_sys::{Reflect, JSON};
use wasm_bindgen::{JsCast, JsError, JsValue};
use web_sys::{Document, Element};

pub fn doc() -> Document {
    web_sys::window().expect("window").document().expect("document")
}

/// A fresh `<div>` with `html` inside, attached to the body.
pub fn fixture(html: &str) -> Element {
    let d = doc();
    let el = d.create_element("div").expect("div");
    el.set_inner_html(html);
    d.body().expect("body").append_child(&el).expect("append");
    el
}

pub fn opts(json: &str) -> JsValue {
    JSON::parse(json).expect("test options are valid JSON")
}

pub fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &JsValue::from_str(key)).expect("Reflect.get")
}

/// The message of the Error an export threw.
pub fn message(r: Result<impl std::fmt::Debug, JsError>) -> String {
    let err = JsValue::from(r.expect_err("expected a thrown error"));
    String::from(err.dyn_into::<js_sys::Error>().expect("an Error").message())
}
