//! DOM calls that web-sys only offers with `&str` arguments or `String`
//! results. These take and give JS values as they are, so a selector,
//! attribute name or node text is not re-encoded on every call of a loop.

use js_sys::JsString;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// Any `Element`, seen through `unchecked_ref`.
    pub(crate) type RawElement;

    #[wasm_bindgen(method, catch, js_name = matches)]
    pub(crate) fn matches_js(this: &RawElement, selectors: &JsString) -> Result<bool, JsValue>;

    #[wasm_bindgen(method, catch, js_name = setAttribute)]
    pub(crate) fn set_attr(this: &RawElement, name: &JsValue, value: &JsValue) -> Result<(), JsValue>;

    /// Any `Element` or `CharacterData` (what `ChildNode.remove` exists on).
    pub(crate) type RawChild;

    #[wasm_bindgen(method, js_name = remove)]
    pub(crate) fn remove_node(this: &RawChild);

    /// `ChildNode.after(...nodes)`: many nodes in with one call.
    #[wasm_bindgen(method, catch, variadic, js_name = after)]
    pub(crate) fn after_all(this: &RawChild, nodes: &js_sys::Array) -> Result<(), JsValue>;

    /// Any `Text` node.
    pub(crate) type RawText;

    #[wasm_bindgen(method, getter, js_name = data)]
    pub(crate) fn data_js(this: &RawText) -> JsValue;

    #[wasm_bindgen(method, setter, js_name = data)]
    pub(crate) fn set_data_js(this: &RawText, data: &JsValue);

    #[wasm_bindgen(method, getter, js_name = length)]
    pub(crate) fn units(this: &RawText) -> u32;
}

#[wasm_bindgen]
extern "C" {
    /// An `Element` or `DocumentFragment` (what `ParentNode.append` exists on).
    pub(crate) type RawParent;

    #[wasm_bindgen(method, catch, js_name = append)]
    pub(crate) fn append1(this: &RawParent, a: &JsValue) -> Result<(), JsValue>;

    #[wasm_bindgen(method, catch, js_name = append)]
    pub(crate) fn append2(this: &RawParent, a: &JsValue, b: &JsValue) -> Result<(), JsValue>;

    /// A `Document`.
    pub(crate) type RawDocument;

    #[wasm_bindgen(method, js_name = createTextNode)]
    pub(crate) fn create_text_js(this: &RawDocument, data: &JsValue) -> web_sys::Text;
}
