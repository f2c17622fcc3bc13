//! The objects `highlight` hands back and reads: entities and the summary.
//! Property keys are made once per thread, so building an object costs its
//! `Reflect.set` calls and no string conversions for the keys.

use super::options::{describe, js_failure, parse_label};
use crate::{Entity, Label, Lang};
use js_sys::{Array, JsString, Object, Reflect};
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
    ranges: JsValue,
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
        ranges: "ranges".into(),
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

// Entity objects are made by a small JS function from a flat `Uint32Array`
// view of wasm memory: a JIT-compiled loop of object literals costs a tenth
// of writing the list as JSON and parsing it (and a hundredth of setting
// each field from wasm). The mention's text and a base that is its prefix
// are sliced from the caller's own string, so `text.slice(start, end)` is
// exactly `entity.text`, lone surrogates included.
#[wasm_bindgen(inline_js = r#"
const LABELS = ["PERSON", "PLACE", "ORG", "DATE"];
export function entityObjects(text, f, strings, lang) {
  const out = [];
  for (let i = 0; i + 6 <= f.length; i += 6) {
    const start = f[i], end = f[i + 1], base = f[i + 4], value = f[i + 5];
    const e = { start, end, label: LABELS[f[i + 2]], text: text.slice(start, end) };
    if (base !== 0xffffffff) e.base = base >= 0x80000000 ? strings[base - 0x80000000] : text.slice(start, base);
    if (value !== 0xffffffff) e.value = strings[value];
    e.group = f[i + 3];
    out.push(e);
  }
  if (lang !== undefined) Object.defineProperty(out, "lang", { value: lang });
  return out;
}
"#)]
extern "C" {
    #[wasm_bindgen(js_name = entityObjects)]
    fn entity_objects(text: &JsValue, fields: &[u32], strings: &Array, lang: &JsValue) -> Array;
}

const NONE: u32 = u32::MAX;
const IN_TABLE: u32 = 1 << 31;

/// An entity's base form as `EntityObjects` takes it.
pub(crate) enum Base {
    Absent,
    /// The mention's own first units, up to this UTF-16 offset.
    Prefix(u32),
    /// A string from `EntityObjects::string`.
    Table(u32),
}

/// The entities `analyze` returns, `{start, end, label, text, base?,
/// value?, group}`, gathered as six numbers each (start, end, label slot,
/// group, base, value) and a table of the strings that are not slices of
/// the text. Each distinct string crosses into JavaScript once.
#[derive(Default)]
pub(crate) struct EntityObjects {
    fields: Vec<u32>,
    strings: Array,
    index: crate::hash::FastMap<String, (u32, JsValue)>,
}

impl EntityObjects {
    pub fn with_capacity(n: usize) -> EntityObjects {
        EntityObjects { fields: Vec::with_capacity(n * 6), ..Default::default() }
    }

    /// `s` as a JS string and its place in the table, made on first use.
    pub fn string(&mut self, s: &str) -> (u32, JsValue) {
        if let Some((i, v)) = self.index.get(s) {
            return (*i, v.clone());
        }
        let v = JsValue::from_str(s);
        let i = self.strings.push(&v) - 1;
        self.index.insert(s.to_string(), (i, v.clone()));
        (i, v)
    }

    pub fn push(&mut self, start: u32, end: u32, label: Label, group: u32, base: Base, value: Option<u32>) {
        let base = match base {
            Base::Absent => NONE,
            Base::Prefix(b) => b.max(start).min(end),
            Base::Table(i) => IN_TABLE | i,
        };
        self.fields.extend_from_slice(&[start, end, label_slot(label) as u32, group, base, value.unwrap_or(NONE)]);
    }

    /// An entity of the analysed text at UTF-16 `start..end`: a base that
    /// starts the mention is sliced from the text in JS, any other base and
    /// the date value go through the table.
    pub fn push_entity(&mut self, e: &Entity<'_>, start: u32, end: u32) {
        let base = match e.base.as_deref() {
            None => Base::Absent,
            Some(b) if e.text.starts_with(b) => Base::Prefix(start + b.encode_utf16().count() as u32),
            Some(b) => Base::Table(self.string(b).0),
        };
        let value = e.value.map(|v| {
            let mut s = String::with_capacity(21);
            v.push_to(&mut s);
            self.string(&s).0
        });
        self.push(start, end, e.label, e.group, base, value);
    }

    /// The objects, as an array with a read-only `lang` when one is given.
    pub fn finish(&self, text: &JsValue, lang: Option<Lang>) -> Array {
        let lang = lang.map_or(JsValue::UNDEFINED, |l| JsValue::from_str(l.code()));
        entity_objects(text, &self.fields, &self.strings, &lang)
    }
}

/// What a summary counts besides entities: `<mark>` elements inserted
/// (`highlight`) or ranges painted (`paint`).
pub(crate) enum Made {
    Marks(u32),
    Ranges(u32),
}

pub(crate) fn summary_object(
    lang: Lang,
    text: &JsValue,
    entities: &Array,
    counts: [u32; 4],
    made: Made,
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
        match made {
            Made::Marks(n) => set(&o, &k.marks, &n.into())?,
            // No marks, truly; code written for either summary can read `marks`.
            Made::Ranges(n) => {
                set(&o, &k.marks, &0.into())?;
                set(&o, &k.ranges, &n.into())?;
            }
        }
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
