//! Arguments from JavaScript, read strictly: a misspelt key or value would
//! otherwise be ignored without a word and give quietly different results.

use crate::{Label, LabelSet, LangChoice, Options, Ymd};
use js_sys::{Array, Object, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Document;

const ANALYZE_KEYS: &str = "lang, labels or refDate";
const HIGHLIGHT_KEYS: &str = "lang, labels, refDate, exclude or interactive";
const PAINT_KEYS: &str = "lang, labels, refDate or exclude";

/// What `highlight` and `beginHighlight` accept on top of the analysis options.
pub(crate) struct HighlightOptions {
    pub analysis: Options,
    /// The user's `exclude` selectors joined into one list, each already
    /// checked to parse.
    pub exclude: Option<String>,
    /// Click, Enter and arrow-key handling plus the roving tabindex.
    pub interactive: bool,
}

pub(crate) fn text_arg(v: &JsValue) -> Result<String, JsError> {
    v.as_string().ok_or_else(|| JsError::new(&format!("text must be a string, got {}", describe(v))))
}

pub(crate) fn parse_options(v: &JsValue) -> Result<Options, JsError> {
    let mut opts = Options::default();
    read_keys(v, ANALYZE_KEYS, |name, val| analysis_key(&mut opts, name, val))?;
    Ok(opts)
}

/// `doc` is only used to check the `exclude` selectors, so that a typo is
/// reported by name instead of as a failure deep inside the walk.
pub(crate) fn parse_highlight_options(v: &JsValue, doc: &Document) -> Result<HighlightOptions, JsError> {
    element_options(v, doc, true)
}

/// `paint` takes the same options except `interactive` (it makes no
/// elements to click).
pub(crate) fn parse_paint_options(v: &JsValue, doc: &Document) -> Result<HighlightOptions, JsError> {
    element_options(v, doc, false)
}

fn element_options(v: &JsValue, doc: &Document, marks: bool) -> Result<HighlightOptions, JsError> {
    let mut opts = HighlightOptions { analysis: Options::default(), exclude: None, interactive: marks };
    read_keys(v, if marks { HIGHLIGHT_KEYS } else { PAINT_KEYS }, |name, val| {
        if analysis_key(&mut opts.analysis, name, val)? {
            return Ok(true);
        }
        match name {
            "exclude" => opts.exclude = parse_exclude(val, doc)?,
            "interactive" if marks => {
                opts.interactive = val.as_bool().ok_or_else(|| {
                    JsError::new(&format!("option \"interactive\" must be a boolean, got {}", describe(val)))
                })?
            }
            _ => return Ok(false),
        }
        Ok(true)
    })?;
    Ok(opts)
}

/// Calls `f` for every own key whose value is not `undefined`; `f` answers
/// whether it knew the key.
fn read_keys(
    v: &JsValue,
    expected: &str,
    mut f: impl FnMut(&str, &JsValue) -> Result<bool, JsError>,
) -> Result<(), JsError> {
    if v.is_undefined() {
        return Ok(());
    }
    let obj = match v.dyn_ref::<Object>() {
        Some(o) if v.is_object() && !Array::is_array(v) => o,
        _ => return Err(JsError::new(&format!("options must be an object or undefined, got {}", describe(v)))),
    };
    for key in Object::keys(obj).iter() {
        let Some(name) = key.as_string() else {
            continue;
        };
        let val = Reflect::get(obj, &key).map_err(|_| JsError::new(&format!("reading option \"{name}\" threw")))?;
        // `{ lang: undefined }` is how JS spells "not given".
        if val.is_undefined() {
            continue;
        }
        if !f(&name, &val)? {
            return Err(JsError::new(&format!("unknown option \"{name}\": expected {expected}")));
        }
    }
    Ok(())
}

fn analysis_key(opts: &mut Options, name: &str, val: &JsValue) -> Result<bool, JsError> {
    match name {
        "lang" => {
            let s = string_option("lang", val)?;
            opts.lang = LangChoice::parse(&s).ok_or_else(|| {
                JsError::new(&format!("unknown language \"{s}\": expected \"az\", \"en\" or \"auto\""))
            })?;
        }
        "labels" => opts.labels = parse_labels(val)?,
        "refDate" => {
            let s = string_option("refDate", val)?;
            opts.ref_date = Some(Ymd::parse(&s).ok_or_else(|| {
                JsError::new(&format!("invalid refDate \"{s}\": expected a real calendar date as YYYY-MM-DD"))
            })?);
        }
        _ => return Ok(false),
    }
    Ok(true)
}

pub(crate) fn string_option(name: &str, v: &JsValue) -> Result<String, JsError> {
    v.as_string().ok_or_else(|| JsError::new(&format!("option \"{name}\" must be a string, got {}", describe(v))))
}

fn parse_labels(v: &JsValue) -> Result<LabelSet, JsError> {
    let Some(arr) = v.dyn_ref::<Array>().filter(|_| Array::is_array(v)) else {
        return Err(JsError::new(&format!("option \"labels\" must be an array of labels, got {}", describe(v))));
    };
    let mut set = LabelSet::NONE;
    for (i, item) in arr.iter().enumerate() {
        let s = item.as_string().ok_or_else(|| {
            JsError::new(&format!("option \"labels\" must hold strings, got {} at index {i}", describe(&item)))
        })?;
        set.insert(parse_label(&s)?);
    }
    Ok(set)
}

pub(crate) fn parse_label(s: &str) -> Result<Label, JsError> {
    Label::parse(s).ok_or_else(|| JsError::new(&format!("unknown label \"{s}\": expected PERSON, PLACE, ORG or DATE")))
}

/// A selector string or an array of them. Each is parsed on its own so
/// that the error names the one that is wrong; a selector list with one bad
/// member would otherwise fail as a whole.
fn parse_exclude(v: &JsValue, doc: &Document) -> Result<Option<String>, JsError> {
    let items: Vec<JsValue> = if v.is_string() {
        vec![v.clone()]
    } else if let Some(arr) = v.dyn_ref::<Array>().filter(|_| Array::is_array(v)) {
        arr.iter().collect()
    } else {
        return Err(JsError::new(&format!(
            "option \"exclude\" must be a selector string or an array of them, got {}",
            describe(v)
        )));
    };
    let probe = doc.create_document_fragment();
    let mut joined = String::new();
    for (i, item) in items.iter().enumerate() {
        let sel = item.as_string().ok_or_else(|| {
            JsError::new(&format!("option \"exclude\" must hold selector strings, got {} at index {i}", describe(item)))
        })?;
        if probe.query_selector(&sel).is_err() {
            return Err(JsError::new(&format!("option \"exclude\": \"{sel}\" is not a valid CSS selector")));
        }
        if !joined.is_empty() {
            joined.push(',');
        }
        joined.push_str(&sel);
    }
    Ok(if joined.is_empty() { None } else { Some(joined) })
}

/// A short name of a value's type for error messages.
pub(crate) fn describe(v: &JsValue) -> String {
    if v.is_null() {
        "null".into()
    } else if Array::is_array(v) {
        "an array".into()
    } else {
        v.js_typeof().as_string().unwrap_or_else(|| "an unknown value".into())
    }
}

pub(crate) fn js_failure(_: JsValue) -> JsError {
    JsError::new("could not build the result object")
}
