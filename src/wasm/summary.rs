//! The objects `highlight` hands back and reads: entities and the summary.
//! Property keys are made once per thread, so building an object costs its
//! `Reflect.set` calls and no string conversions for the keys.

use super::options::{describe, js_failure, parse_label};
use crate::{Entity, Label, Lang};
use js_sys::{Array, JsString, Object, Reflect, JSON};
use std::fmt::Write as _;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

struct Keys {
    start: JsValue,
    end: JsValue,
    label: JsValue,
    text: JsValue,
    base: JsValue,
    value: JsValue,
    group: JsValue,
    lang: JsValue,
    entities: JsValue,
    counts: JsValue,
    marks: JsValue,
    labels: [JsValue; 4],
}

thread_local! {
    static KEYS: Keys = Keys {
        start: "start".into(),
        end: "end".into(),
        label: "label".into(),
        text: "text".into(),
        base: "base".into(),
        value: "value".into(),
        group: "group".into(),
        lang: "lang".into(),
        entities: "entities".into(),
        counts: "counts".into(),
        marks: "marks".into(),
        labels: Label::ALL.map(|l| JsValue::from_str(l.as_str())),
    };
}

/// Index of a label in `Label::ALL`, for the per-label arrays.
pub(crate) fn label_slot(l: Label) -> usize {
    match l {
        Label::Person => 0,
        Label::Place => 1,
        Label::Org => 2,
        Label::Date => 3,
    }
}

fn set(obj: &Object, key: &JsValue, val: &JsValue) -> Result<(), JsError> {
    Reflect::set(obj, key, val).map(|_| ()).map_err(js_failure)
}

/// Appends an entity as `analyze` returns it,
/// `{"start","end","label","text","base"?,"value"?,"group"}`, as JSON.
/// Building a list this way and parsing it with one `JSON.parse` costs far
/// less than setting each object's fields from wasm.
pub(crate) fn push_entity_json(out: &mut String, start: u32, end: u32, e: &Entity<'_>) {
    if out.len() > 1 {
        out.push(',');
    }
    let _ = write!(out, "{{\"start\":{start},\"end\":{end},\"label\":\"{}\",\"text\":", e.label.as_str());
    push_json_string(out, e.text);
    if let Some(b) = &e.base {
        out.push_str(",\"base\":");
        push_json_string(out, b);
    }
    if let Some(v) = &e.value {
        let _ = write!(out, ",\"value\":\"{v}\"");
    }
    let _ = write!(out, ",\"group\":{}}}", e.group);
}

/// The entities as a JS array of objects.
pub(crate) fn entity_list(json: &str) -> Result<Array, JsError> {
    Ok(JSON::parse(json).map_err(|_| JsError::new("could not build the entity list"))?.unchecked_into())
}

fn push_json_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

pub(crate) fn summary_object(
    lang: Lang,
    text: &JsValue,
    entities: &Array,
    counts: [u32; 4],
    marks: u32,
) -> Result<JsValue, JsError> {
    KEYS.with(|k| {
        let by_label = Object::new();
        for (key, n) in k.labels.iter().zip(counts) {
            set(&by_label, key, &n.into())?;
        }
        let o = Object::new();
        set(&o, &k.lang, &lang.code().into())?;
        set(&o, &k.text, text)?;
        set(&o, &k.entities, entities)?;
        set(&o, &k.counts, &by_label)?;
        set(&o, &k.marks, &marks.into())?;
        Ok(o.into())
    })
}

/// An entity handed in from JavaScript (computed in a worker or elsewhere),
/// checked against the text it claims to mark.
pub(crate) struct Incoming {
    pub object: JsValue,
    pub start: u32,
    pub end: u32,
    pub label: Label,
    pub group: u32,
    pub base: Option<JsValue>,
    pub value: Option<JsValue>,
}

pub(crate) fn read_entity(item: &JsValue, i: u32, text: &JsString) -> Result<Incoming, JsError> {
    if !item.is_object() {
        return Err(JsError::new(&format!("entities[{i}] must be an object, got {}", describe(item))));
    }
    KEYS.with(|k| {
        let get = |key: &JsValue| Reflect::get(item, key).map_err(|_| JsError::new(&format!("reading entities[{i}] threw")));
        let num = |key: &JsValue, name: &str| -> Result<u32, JsError> {
            let v = get(key)?;
            match v.as_f64() {
                Some(f) if f >= 0.0 && f <= f64::from(u32::MAX) && f.fract() == 0.0 => Ok(f as u32),
                _ => Err(JsError::new(&format!("entities[{i}].{name} must be a whole number ≥ 0, got {}", describe(&v)))),
            }
        };
        let opt_string = |key: &JsValue, name: &str| -> Result<Option<JsValue>, JsError> {
            let v = get(key)?;
            if v.is_undefined() {
                Ok(None)
            } else if v.is_string() {
                Ok(Some(v))
            } else {
                Err(JsError::new(&format!("entities[{i}].{name} must be a string or absent, got {}", describe(&v))))
            }
        };
        let start = num(&k.start, "start")?;
        let end = num(&k.end, "end")?;
        let group = num(&k.group, "group")?;
        let label_v = get(&k.label)?;
        let label = match label_v.as_string() {
            Some(s) => parse_label(&s)?,
            None => return Err(JsError::new(&format!("entities[{i}].label must be a string, got {}", describe(&label_v)))),
        };
        if start >= end || end > text.length() {
            return Err(JsError::new(&format!(
                "entities[{i}] spans {start}..{end}, outside the element's text of {} UTF-16 units",
                text.length()
            )));
        }
        // The text check is what makes a stale result safe: entities found
        // in another text (or before the page changed) do not line up.
        let claimed = get(&k.text)?;
        if JsValue::from(text.slice(start, end)) != claimed {
            return Err(JsError::new(&format!(
                "entities[{i}].text does not match the element's text at {start}..{end}: was the element changed, or are these another text's entities?"
            )));
        }
        Ok(Incoming {
            object: item.clone(),
            start,
            end,
            label,
            group,
            base: opt_string(&k.base, "base")?,
            value: opt_string(&k.value, "value")?,
        })
    })
}

/// The `Array` behind `entities`, or an error naming what came instead.
pub(crate) fn entity_array(v: &JsValue) -> Result<Array, JsError> {
    if Array::is_array(v) {
        Ok(v.clone().unchecked_into())
    } else {
        Err(JsError::new(&format!("entities must be an array, got {}", describe(v))))
    }
}
