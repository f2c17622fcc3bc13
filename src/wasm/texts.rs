//! The data of many text nodes read into wasm in one crossing: joined in
//! JavaScript, passed as one string, cut back into the nodes' parts by
//! their UTF-16 lengths. One string crossing per node cost more than the
//! rest of the walk.

use super::options::describe;
use super::raw::RawText;
use js_sys::{Array, Uint32Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen(inline_js = r#"
export function textsOf(nodes) {
  const data = new Array(nodes.length), units = new Uint32Array(nodes.length);
  for (let i = 0; i < nodes.length; i++) {
    const d = nodes[i].data;
    if (typeof d !== "string") return null;
    data[i] = d;
    units[i] = d.length;
  }
  return [data, data.join("\0"), units];
}
"#)]
extern "C" {
    /// The nodes' data, joined by NULs (no surrogate pair forms across
    /// two nodes), and each one's length; `null` when one is not a string.
    #[wasm_bindgen(catch, js_name = textsOf)]
    fn texts_of(nodes: &Array) -> Result<JsValue, JsValue>;
}

/// The data of the walk's text nodes.
pub(crate) enum Texts {
    /// Read in one call: each node's data as a JS value, and all of them
    /// as one string with each node's byte range in it.
    Joined { data: Array, joined: String, ranges: Vec<(usize, usize)> },
    /// Read node by node: where the one call could not be trusted (a
    /// page that made `data` something else, or threw).
    Each(Vec<(JsValue, String)>),
}

impl Texts {
    pub fn read(nodes: &Array) -> Result<Texts, JsError> {
        if let Some(t) = Texts::joined(nodes) {
            return Ok(t);
        }
        let mut each = Vec::with_capacity(nodes.length() as usize);
        for node in nodes.iter() {
            let data = node.unchecked_ref::<RawText>().data_js();
            let Some(s) = data.as_string() else {
                return Err(JsError::new(&format!("a text node's data is {}, not a string", describe(&data))));
            };
            each.push((data, s));
        }
        Ok(Texts::Each(each))
    }

    fn joined(nodes: &Array) -> Option<Texts> {
        let parts: Array = texts_of(nodes).ok()?.dyn_into().ok()?;
        let data: Array = parts.get(0).dyn_into().ok()?;
        let joined = parts.get(1).as_string()?;
        let units = parts.get(2).dyn_into::<Uint32Array>().ok()?.to_vec();
        let ranges = crate::offsets::utf16_parts(&joined, &units)?;
        Some(Texts::Joined { data, joined, ranges })
    }

    pub fn get(&self, k: usize) -> (JsValue, &str) {
        match self {
            Texts::Joined { data, joined, ranges } => {
                let s = ranges.get(k).and_then(|&(a, b)| joined.get(a..b)).unwrap_or("");
                (data.get(k as u32), s)
            }
            Texts::Each(each) => each.get(k).map_or((JsValue::UNDEFINED, ""), |(d, s)| (d.clone(), s.as_str())),
        }
    }
}
