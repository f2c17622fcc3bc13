//! `paint` and `unpaint`: entities shown with the CSS Custom Highlight API
//! instead of `<mark>`s. Each entity becomes a range (one per text node it
//! touches, where `highlight` would make one mark each) in one of four
//! page-wide `Highlight`s (`CSS.highlights`, styled by
//! `::highlight(vurgu-person)` and the like in vurgu.css), so the page's
//! DOM never changes: no nodes, no attributes, no relayout, nothing for a
//! page script to trip over, and undo is deleting the ranges. The ranges
//! are static (see `addRanges`): `highlight` on the same element first
//! takes them away, as it splits the text nodes they point into. The price is
//! what only elements give: no `data-*` attributes, focus, clicks or
//! screen-reader label per mention (`highlight` has those).

use super::collect::Walk;
use super::dom::as_element;
use super::options::parse_paint_options;
use super::summary::{label_slot, summary_object, EntityObjects, Made};
use js_sys::{Array, JsString, Reflect, WeakMap};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen(typescript_custom_section)]
const TS_PAINT: &'static str = r#"
/** Options of `paint`: those of `analyze`, plus elements to leave alone. */
export interface PaintOptions extends AnalyzeOptions {
  /** Elements to leave alone, as CSS selectors: `["figure", ".ad"]` or `"figure, .ad"`. */
  exclude?: string | readonly string[];
}

/** What `paint` did. Entity offsets index `text`, the string that was analysed. */
export interface PaintSummary {
  lang: Lang;
  /** The element's text as analysed: its text nodes in order, with a blank line between blocks. */
  text: string;
  entities: Entity[];
  counts: Record<Label, number>;
  /** How many ranges were added to the page's highlights: one per text node an entity touches, as `highlight` makes marks. */
  ranges: number;
  /** Always 0: painting adds no `<mark>` (the field is there so code can read either summary). */
  marks: 0;
}
"#;

/// The registry names, in `Label::ALL` order (`label_slot`); vurgu.css
/// styles them.
const NAMES: [&str; 4] = ["vurgu-person", "vurgu-place", "vurgu-org", "vurgu-date"];

#[wasm_bindgen]
extern "C" {
    /// `CSS.highlights`, a `Map` of names to `Highlight`s.
    type Registry;
    #[wasm_bindgen(method, js_name = get)]
    fn get(this: &Registry, name: &str) -> JsValue;
    #[wasm_bindgen(method, catch, js_name = set)]
    fn set(this: &Registry, name: &str, h: &JsValue) -> Result<JsValue, JsValue>;

    /// A `Highlight`, a `Set` of ranges.
    type Highlight;
    #[wasm_bindgen(method, js_name = delete)]
    fn delete(this: &Highlight, range: &JsValue) -> bool;

}

// The ranges are `StaticRange`s: a live `Range` is updated on every change
// to its document, so hundreds of them slowed every later DOM change on
// the page (mark.js's wrapping of the same article took 12 times as long
// while they waited for the garbage collector). A static range does not
// follow edits, so an element whose text changes is painted again.
// They are made in one JS loop from four numbers a range: calls across
// the boundary per range cost more than making the range.
#[wasm_bindgen(inline_js = r#"
export function addRanges(nodes, f, highlights) {
  const record = [];
  for (let i = 0; i + 4 <= f.length; i += 4) {
    const node = nodes[f[i]];
    const r = new StaticRange({ startContainer: node, startOffset: f[i + 1], endContainer: node, endOffset: f[i + 2] });
    highlights[f[i + 3]].add(r);
    record.push(f[i + 3], r);
  }
  return record;
}
"#)]
extern "C" {
    /// Returns the undo record: `[labelSlot, range, …]`.
    #[wasm_bindgen(catch, js_name = addRanges)]
    fn add_ranges(nodes: &Array, fields: &[u32], highlights: &Array) -> Result<Array, JsValue>;
}

thread_local! {
    // element → Array of [labelSlot, range] pairs, flat.
    static PAINTED: WeakMap = WeakMap::new();
}

/// `CSS.highlights`, or why it cannot be had.
fn registry() -> Result<Registry, JsError> {
    let css = Reflect::get(&js_sys::global(), &JsValue::from_str("CSS")).unwrap_or(JsValue::UNDEFINED);
    let reg = if css.is_object() { Reflect::get(&css, &"highlights".into()).ok() } else { None };
    match reg {
        Some(r) if r.is_object() => Ok(r.unchecked_into()),
        _ => {
            Err(JsError::new("this browser has no CSS Custom Highlight API (CSS.highlights); use highlight() instead"))
        }
    }
}

/// The page-wide `Highlight` for a label, made and registered when the
/// registry has none (or something else) under its name.
fn highlight_for(reg: &Registry, slot: usize) -> Result<Highlight, JsError> {
    let name = NAMES.get(slot).copied().unwrap_or(NAMES[0]);
    let have = reg.get(name);
    if is_highlight(&have) {
        return Ok(have.unchecked_into());
    }
    let ctor = Reflect::get(&js_sys::global(), &JsValue::from_str("Highlight")).unwrap_or(JsValue::UNDEFINED);
    let h = ctor
        .dyn_ref::<js_sys::Function>()
        .and_then(|c| Reflect::construct(c, &Array::new()).ok())
        .ok_or_else(|| JsError::new("could not make a Highlight"))?;
    reg.set(name, &h).map_err(|_| JsError::new("could not register a Highlight"))?;
    Ok(h.unchecked_into())
}

/// Shows the entities in `element`'s text with the CSS Custom Highlight
/// API, changing nothing in the DOM. Painting an element again first
/// removes its previous ranges.
#[wasm_bindgen(unchecked_return_type = "PaintSummary")]
pub fn paint(
    #[wasm_bindgen(unchecked_param_type = "Element")] element: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "PaintOptions")] options: JsValue,
) -> Result<JsValue, JsError> {
    let root = as_element(&element)?;
    let doc = root.owner_document().ok_or_else(|| JsError::new("element has no document"))?;
    let opts = parse_paint_options(&options, &doc)?;
    let reg = registry()?;
    remove(&root, &reg);
    let mut walk = Walk::of_element(&root, &doc, opts.exclude.as_deref())?;
    walk.step(u32::MAX)?;
    let c = walk.finish()?;
    // `analyze` detects the language itself when asked to (the marks path
    // needs it before analysing; this one does not).
    let a = crate::analyze(&c.text, &opts.analysis);
    let units = super::utf16_bounds(&c.text, &a);

    let highlights = Array::new();
    for i in 0..4 {
        highlights.push(highlight_for(&reg, i)?.unchecked_ref());
    }
    let nodes: Array = c.segments.iter().map(|g| JsValue::from(&g.node)).collect();
    // Per piece: text node, start and end in it, label slot. An entity
    // gets one piece per text node it touches, as it gets one mark from
    // `highlight`: a single range would also paint what lies between
    // those nodes, such as a `<code>` element the walk left out.
    let mut fields = Vec::with_capacity(a.entities.len() * 4);
    let mut objects = EntityObjects::with_capacity(a.entities.len());
    let mut counts = [0u32; 4];
    let segs = &c.segments;
    let mut k = 0;
    for (e, se) in a.entities.iter().zip(units.chunks_exact(2)) {
        let &[start, end] = se else { continue };
        while segs.get(k).is_some_and(|g| g.end() <= start) {
            k += 1;
        }
        let slot = label_slot(e.label);
        let before = fields.len();
        for (i, g) in segs.iter().enumerate().skip(k) {
            if g.start >= end {
                break;
            }
            let (from, to) = (start.max(g.start) - g.start, end.min(g.end()) - g.start);
            if from < to {
                fields.extend_from_slice(&[i as u32, from, to, slot as u32]);
            }
        }
        if fields.len() == before {
            continue;
        }
        counts[slot] += 1;
        objects.push_entity(e, start, end);
    }
    let record = add_ranges(&nodes, &fields, &highlights).map_err(|_| failed())?;
    PAINTED.with(|p| p.set(root.unchecked_ref(), &record));
    let text = JsString::from(c.text.as_str());
    let ranges = (fields.len() / 4) as u32;
    summary_object(a.lang, &text, &objects.finish(&text, None), counts, Made::Ranges(ranges))
}

/// Removes the ranges `paint` added for `element`; false when it had none.
#[wasm_bindgen]
pub fn unpaint(#[wasm_bindgen(unchecked_param_type = "Element")] element: JsValue) -> Result<bool, JsError> {
    let root = as_element(&element)?;
    let Ok(reg) = registry() else { return Ok(false) };
    Ok(remove(&root, &reg))
}

/// Takes `root`'s painted ranges away, if it has any (for `highlight`).
pub(crate) fn forget(root: &web_sys::Element) {
    if PAINTED.with(|p| p.has(root.unchecked_ref())) {
        if let Ok(reg) = registry() {
            remove(root, &reg);
        }
    }
}

fn remove(root: &web_sys::Element, reg: &Registry) -> bool {
    let v = PAINTED.with(|p| p.get(root.unchecked_ref()));
    if v.is_undefined() {
        return false;
    }
    PAINTED.with(|p| p.delete(root.unchecked_ref()));
    let record: Array = v.unchecked_into();
    // The page may have replaced or removed the registry's entries since.
    let hs: Vec<Option<Highlight>> =
        NAMES.iter().map(|n| Some(reg.get(n)).filter(is_highlight).map(JsCast::unchecked_into)).collect();
    for i in (0..record.length()).step_by(2) {
        let slot = record.get(i).as_f64().unwrap_or(0.0) as usize;
        if let Some(Some(h)) = hs.get(slot) {
            h.delete(&record.get(i + 1));
        }
    }
    true
}

/// A `Highlight` as far as we use one (it is a set-like of ranges).
fn is_highlight(v: &JsValue) -> bool {
    v.is_object() && Reflect::get(v, &"delete".into()).is_ok_and(|f| f.is_function())
}

fn failed() -> JsError {
    JsError::new("could not add a highlight range")
}
