//! Browser bindings. Everything JavaScript hands in is checked here and
//! turned into a `JsError`, because a panic inside wasm kills the module
//! for the rest of the page's life. Offsets leave as UTF-16 code units so
//! that `text.slice(e.start, e.end) === e.text` holds in JavaScript.
//!
//! This folder is the only place that knows about JavaScript and the DOM:
//! `options` reads arguments, `collect` turns an element's text nodes into
//! one string (`texts` reads their data in one crossing), `wrap` puts entities into it as marks, `dom` holds the
//! exports and undo, `interact` handles clicks and keys on the marks,
//! `summary` builds the objects `highlight` returns and reads the ones it
//! is given.

mod collect;
mod dom;
mod interact;
mod options;
mod paint;
mod raw;
mod summary;
mod texts;
mod wrap;

pub use dom::{begin_highlight, highlight, unhighlight, HighlightSession};
pub use paint::{paint, unpaint};

use crate::offsets::{self, Unit};
use crate::render::html;
use crate::{Analysis, Label};
use options::{parse_options, text_arg};
use summary::EntityObjects;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
/** What an entity is. */
export type Label = "PERSON" | "PLACE" | "ORG" | "DATE";

/** A supported language. */
export type Lang = "az" | "en";

export interface AnalyzeOptions {
  /** Language to analyse as; "auto" (the default) picks one from the text. */
  lang?: Lang | "auto";
  /** Labels to report; all four by default. */
  labels?: readonly Label[];
  /** The article's date as YYYY-MM-DD; anchors relative and year-less dates. */
  refDate?: string;
}

/** One mention. Offsets are UTF-16 code units: `text.slice(start, end) === entity.text`. */
export interface Entity {
  start: number;
  end: number;
  label: Label;
  /** The mention as written, suffixes included. */
  text: string;
  /** The name without its suffixes; absent for dates. */
  base?: string;
  /** The normalised date value (`2023-09-26`, `XXXX-09-26`, `2024-W14`); only for dates that have one. */
  value?: string;
  /** Mentions of the same real-world entity share a group id. */
  group: number;
}

/** The entities in text order, plus the language that was actually used. */
export type AnalyzeResult = Entity[] & { readonly lang: Lang };
"#;

/// Finds the entities in `text`.
#[wasm_bindgen(unchecked_return_type = "AnalyzeResult")]
pub fn analyze(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "AnalyzeOptions")] options: JsValue,
) -> Result<JsValue, JsError> {
    let source = text;
    let text = text_arg(&source)?;
    let opts = parse_options(&options)?;
    let a = crate::analyze(&text, &opts);
    let units = utf16_bounds(&text, &a);
    let mut objects = EntityObjects::with_capacity(a.entities.len());
    for (e, se) in a.entities.iter().zip(units.chunks_exact(2)) {
        if let &[start, end] = se {
            objects.push_entity(e, start, end);
        }
    }
    Ok(objects.finish(&source, Some(a.lang)).into())
}

/// The fast path for big documents: four numbers per entity,
/// `[start, end, label, group]`, offsets in UTF-16 code units and label as
/// 0 PERSON, 1 PLACE, 2 ORG, 3 DATE. Skips building one JS object per
/// entity, which dominates the cost on long texts.
#[wasm_bindgen(js_name = analyzeFlat)]
pub fn analyze_flat(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "AnalyzeOptions")] options: JsValue,
) -> Result<Vec<u32>, JsError> {
    let text = text_arg(&text)?;
    let opts = parse_options(&options)?;
    let a = crate::analyze(&text, &opts);
    let units = utf16_bounds(&text, &a);
    let mut out = Vec::with_capacity(a.entities.len() * 4);
    for (e, se) in a.entities.iter().zip(units.chunks_exact(2)) {
        out.extend_from_slice(&[se[0], se[1], label_index(e.label), e.group]);
    }
    Ok(out)
}

/// The language `lang: "auto"` would pick for `text`.
#[wasm_bindgen(js_name = detectLanguage, unchecked_return_type = "Lang")]
pub fn detect_language(#[wasm_bindgen(unchecked_param_type = "string")] text: JsValue) -> Result<String, JsError> {
    let text = text_arg(&text)?;
    Ok(crate::detect::detect(&text).code().to_string())
}

/// `text` as escaped HTML with each entity in a
/// `<mark class="vurgu vurgu-person" data-label="PERSON" …>`; safe to
/// assign to `innerHTML`, and its `textContent` is `text` again.
#[wasm_bindgen(js_name = renderHtml)]
pub fn render_html(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "AnalyzeOptions")] options: JsValue,
) -> Result<String, JsError> {
    let text = text_arg(&text)?;
    let opts = parse_options(&options)?;
    let a = crate::analyze(&text, &opts);
    Ok(html::render(&text, &a.entities))
}

/// Start and end of every entity in UTF-16 units, interleaved, in one pass.
pub(crate) fn utf16_bounds(text: &str, a: &Analysis<'_>) -> Vec<u32> {
    let bytes: Vec<usize> = a.entities.iter().flat_map(|e| [e.start, e.end]).collect();
    offsets::convert(text, &bytes, Unit::Utf16)
}

/// Stable numbering for `analyzeFlat`, independent of the enum's layout.
fn label_index(l: Label) -> u32 {
    match l {
        Label::Person => 0,
        Label::Place => 1,
        Label::Org => 2,
        Label::Date => 3,
    }
}
