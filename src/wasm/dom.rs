//! `highlight` and `unhighlight`: entities wrapped in `<mark>`s inside the
//! live DOM, and undone exactly.
//!
//! Wrapping splits text nodes with `splitText`, which counts UTF-16 units
//! as the offsets do, so no text crosses into wasm and back while marking.
//! Each original text node stays where it was and keeps the text before
//! its first mark (possibly none); every node after it is new. Undo only
//! has to remove the new nodes and give each original node its old data
//! back, which restores the DOM exactly, including text nodes that were
//! adjacent before (`normalize()` would merge those). The undo log lives in
//! a JS `WeakMap` keyed by the element, so a page that drops a highlighted
//! article leaks nothing.
//!
//! All reads of the DOM (the walk, one computed style) happen before the
//! first write, so highlighting forces at most one style recalculation and
//! no layout.

use super::collect::Walk;
use super::interact;
use super::options::{describe, parse_highlight_options};
use super::raw::{RawChild, RawText};
use super::summary::{entity_array, read_entity, summary_object, Base, EntityObjects, Made};
use super::wrap::{Mention, Wrapper};
use crate::{Lang, LangChoice, Options};
use js_sys::{Array, JsString, WeakMap};
use std::cell::{Cell, OnceCell};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Node, Text};

#[wasm_bindgen(typescript_custom_section)]
const TS_HIGHLIGHT: &'static str = r#"
export interface HighlightOptions extends AnalyzeOptions {
  /** Elements to leave alone, as CSS selectors: `["figure", ".ad"]` or `"figure, .ad"`. */
  exclude?: string | readonly string[];
  /** Click / Enter to emphasise every mention of an entity, arrow keys to move between entities (default true). */
  interactive?: boolean;
}

/** What `highlight` did. Entity offsets index `text`, the string that was analysed. */
export interface HighlightSummary {
  lang: Lang;
  /** The element's text as analysed: its text nodes in order, with a blank line between blocks. */
  text: string;
  /** The marked entities; `entities[n]` is marked by the elements with `data-entity="n"`. */
  entities: Entity[];
  counts: Record<Label, number>;
  /** How many `<mark>` elements were inserted (an entity split by markup gets one per piece). */
  marks: number;
}

/** `detail` of the `vurgu:select` event a highlighted element fires when a click, Enter or Space
 * emphasises an entity's group (`null` when the emphasis is cleared). */
export interface SelectDetail {
  group: number;
  /** The entity clicked: `summary.entities[entity]`. */
  entity: number;
  /** How many entities the group has in this element. */
  mentions: number;
  label: Label;
  base?: string;
  value?: string;
}
"#;

thread_local! {
    // element → Array of undo records, each `[textNode, oldData, [createdNodes]…]`.
    static REGISTRY: WeakMap = WeakMap::new();
    // Highlighted elements not yet unhighlighted. While it is 0, the walk
    // and the event handlers skip the registry look-ups.
    static LIVE: Cell<u32> = const { Cell::new(0) };
}

pub(crate) fn live_roots() -> u32 {
    LIVE.with(Cell::get)
}

pub(crate) fn is_highlighted_root(el: &Element) -> bool {
    live_roots() > 0 && REGISTRY.with(|r| r.has(el.unchecked_ref()))
}

/// The nearest highlighted element at or above `el`, if any.
pub(crate) fn owning_root(el: &Element) -> Option<Element> {
    let mut at = Some(el.clone());
    while let Some(e) = at {
        if is_highlighted_root(&e) {
            return Some(e);
        }
        at = e.parent_element();
    }
    None
}

/// Finds the entities in `element`'s text and wraps each in `<mark>`s, in
/// place. Highlighting an element again first undoes the previous run.
#[wasm_bindgen(unchecked_return_type = "HighlightSummary")]
pub fn highlight(
    #[wasm_bindgen(unchecked_param_type = "Element")] element: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "HighlightOptions")] options: JsValue,
) -> Result<JsValue, JsError> {
    let mut s = HighlightSession::start(&element, &options, false)?;
    let result = s.analyse_and_wrap().and_then(|()| s.finish());
    if result.is_err() {
        // Never leave a half-highlighted element behind.
        let _ = undo(&s.root);
    }
    result
}

/// Undoes `highlight` on `element`, leaving the DOM as it was before
/// (`isEqualNode` with a copy taken before holds). Returns whether there
/// was anything to undo.
#[wasm_bindgen]
pub fn unhighlight(#[wasm_bindgen(unchecked_param_type = "Element")] element: JsValue) -> Result<bool, JsError> {
    let root = as_element(&element)?;
    undo(&root)
}

/// Starts highlighting `element` with entities found elsewhere (a worker,
/// a server). `session.text` is the element's text (collected on first
/// use, or in slices with `session.collect(maxNodes)`); entities of that
/// text go in with `session.apply`, in order and in as many batches as
/// suit the page; `session.finish()` returns the summary.
#[wasm_bindgen(js_name = beginHighlight)]
pub fn begin_highlight(
    #[wasm_bindgen(unchecked_param_type = "Element")] element: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "HighlightOptions")] options: JsValue,
) -> Result<HighlightSession, JsError> {
    HighlightSession::start(&element, &options, true)
}

/// A highlight in progress; see `beginHighlight`.
#[wasm_bindgen]
pub struct HighlightSession {
    root: Element,
    records: Array,
    analysis: Options,
    interactive: bool,
    check_nodes: bool,
    stage: Stage,
    js_text: OnceCell<JsString>,
    last_end: u32,
    entities: Array,
    finished: bool,
}

enum Stage {
    Collecting {
        walk: Walk,
        doc: Document,
    },
    Ready {
        text: String,
        lang: Lang,
        wrapper: Wrapper,
    },
    /// Only between the two, or after building the wrapper failed.
    Broken,
}

#[wasm_bindgen]
impl HighlightSession {
    /// Collects up to `maxNodes` more nodes of the element's text (all by
    /// default); says whether the text is complete. Between calls the page
    /// runs, so a very long element never blocks it for long.
    pub fn collect(&mut self, #[wasm_bindgen(js_name = maxNodes)] max_nodes: Option<u32>) -> Result<bool, JsError> {
        self.ensure_open()?;
        self.advance(max_nodes.unwrap_or(u32::MAX))
    }

    /// The element's text as analysed; entity offsets index this string.
    #[wasm_bindgen(getter)]
    pub fn text(&mut self) -> Result<JsString, JsError> {
        self.ready()?;
        Ok(self.js_text().clone())
    }

    /// The language the text is in: the `lang` option, or detected.
    #[wasm_bindgen(getter, unchecked_return_type = "Lang")]
    pub fn lang(&mut self) -> Result<String, JsError> {
        let (_, lang, _) = self.ready()?;
        Ok(lang.code().to_string())
    }

    /// Wraps `entities` (of `text`, sorted, after those applied before).
    /// The whole batch is checked before anything is wrapped. Returns how
    /// many were wrapped; labels outside the `labels` option are left out.
    pub fn apply(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "readonly Entity[]")] entities: JsValue,
    ) -> Result<u32, JsError> {
        self.ensure_open()?;
        self.ready()?;
        let arr = entity_array(&entities)?;
        let text = self.js_text().clone();
        let mut batch = Vec::with_capacity(arr.length() as usize);
        let mut last = self.last_end;
        for (i, item) in arr.iter().enumerate() {
            let e = read_entity(&item, i as u32, &text)?;
            if e.start < last {
                return Err(JsError::new(&format!(
                    "entities[{i}] starts at {} but the previous entity ends at {last}: entities must be sorted and must not overlap",
                    e.start
                )));
            }
            last = e.end;
            batch.push(e);
        }
        let labels = self.analysis.labels;
        let (_, _, wrapper) = self.ready()?;
        let mut wrapped = Vec::new();
        for e in &batch {
            if !labels.contains(e.label) {
                continue;
            }
            let m = Mention {
                start: e.start,
                end: e.end,
                label: e.label,
                group: e.group,
                base: e.base.as_ref(),
                value: e.value.as_ref(),
            };
            if wrapper.add(&m)? > 0 {
                wrapped.push(&e.object);
            }
        }
        wrapper.flush()?;
        self.last_end = last;
        for o in &wrapped {
            self.entities.push(o);
        }
        Ok(wrapped.len() as u32)
    }

    /// Ends the session and returns the summary of everything applied.
    #[wasm_bindgen(unchecked_return_type = "HighlightSummary")]
    pub fn finish(&mut self) -> Result<JsValue, JsError> {
        self.ensure_open()?;
        let (_, lang, wrapper) = self.ready()?;
        let (counts, marks) = (wrapper.counts, wrapper.marks);
        self.finished = true;
        summary_object(lang, self.js_text(), &self.entities, counts, Made::Marks(marks))
    }
}

impl HighlightSession {
    fn start(element: &JsValue, options: &JsValue, check_nodes: bool) -> Result<HighlightSession, JsError> {
        let root = as_element(element)?;
        let doc = root.owner_document().ok_or_else(|| JsError::new("element has no document"))?;
        let opts = parse_highlight_options(options, &doc)?;
        // Highlighting again replaces the previous run, so nothing is ever wrapped twice.
        undo(&root)?;
        // Painted ranges point into the text nodes the marks will split.
        super::paint::forget(&root);
        if let Some(parent) = root.parent_element() {
            if owning_root(&parent).is_some() {
                return Err(JsError::new(
                    "element is inside an element that is already highlighted: unhighlight that one first",
                ));
            }
        }
        let walk = Walk::of_element(&root, &doc, opts.exclude.as_deref())?;
        let records = Array::new();
        REGISTRY.with(|r| r.set(root.unchecked_ref(), &records));
        LIVE.with(|l| l.set(l.get().saturating_add(1)));
        if opts.interactive {
            interact::attach(&root)?;
        }
        Ok(HighlightSession {
            root,
            records,
            analysis: opts.analysis,
            interactive: opts.interactive,
            check_nodes,
            stage: Stage::Collecting { walk, doc },
            js_text: OnceCell::new(),
            last_end: 0,
            entities: Array::new(),
            finished: false,
        })
    }

    /// Walks up to `budget` more nodes; once the walk is complete, decides
    /// the language and gets ready to mark.
    fn advance(&mut self, budget: u32) -> Result<bool, JsError> {
        match &mut self.stage {
            Stage::Collecting { walk, .. } => {
                if !walk.step(budget)? {
                    return Ok(false);
                }
            }
            Stage::Ready { .. } => return Ok(true),
            Stage::Broken => return Err(broken()),
        }
        let Stage::Collecting { walk, doc } = std::mem::replace(&mut self.stage, Stage::Broken) else {
            return Err(broken());
        };
        let c = walk.finish()?;
        let lang = match self.analysis.lang {
            LangChoice::Fixed(l) => l,
            LangChoice::Auto => crate::detect::detect(&c.text),
        };
        let wrapper = Wrapper::new(doc, c.segments, self.records.clone(), lang, self.interactive, self.check_nodes)?;
        self.stage = Stage::Ready { text: c.text, lang, wrapper };
        Ok(true)
    }

    /// The collected text, its language and the wrapper, collecting what is left first.
    fn ready(&mut self) -> Result<(&str, Lang, &mut Wrapper), JsError> {
        self.advance(u32::MAX)?;
        match &mut self.stage {
            Stage::Ready { text, lang, wrapper } => Ok((text, *lang, wrapper)),
            _ => Err(broken()),
        }
    }

    fn js_text(&self) -> &JsString {
        self.js_text.get_or_init(|| match &self.stage {
            Stage::Ready { text, .. } => JsString::from(text.as_str()),
            _ => JsString::from(""),
        })
    }

    fn ensure_open(&self) -> Result<(), JsError> {
        if self.finished {
            return Err(JsError::new("this highlight session has already finished"));
        }
        let current = REGISTRY.with(|r| r.get(self.root.unchecked_ref()));
        if current != JsValue::from(&self.records) {
            return Err(JsError::new("the element was unhighlighted or highlighted again since this session began"));
        }
        Ok(())
    }

    /// The synchronous path: one analysis of the whole text, then marks.
    fn analyse_and_wrap(&mut self) -> Result<(), JsError> {
        let mut opts = self.analysis;
        let (text, lang, wrapper) = self.ready()?;
        // Detected once already; the analysis need not detect again.
        opts.lang = LangChoice::Fixed(lang);
        let a = crate::analyze(text, &opts);
        let units = super::utf16_bounds(text, &a);
        // An article names the same people and dates again and again: the
        // table makes each distinct base form or value once, for the marks'
        // attributes and the entity objects alike.
        let mut objects = EntityObjects::with_capacity(a.entities.len());
        for (e, se) in a.entities.iter().zip(units.chunks_exact(2)) {
            let &[start, end] = se else { continue };
            let base = e.base.as_deref().map(|b| objects.string(b));
            let value = e.value.map(|v| objects.string(&v.to_string()));
            let m = Mention {
                start,
                end,
                label: e.label,
                group: e.group,
                base: base.as_ref().map(|b| &b.1),
                value: value.as_ref().map(|v| &v.1),
            };
            if wrapper.add(&m)? > 0 {
                let base = base.map_or(Base::Absent, |b| Base::Table(b.0));
                objects.push(start, end, e.label, e.group, base, value.map(|v| v.0));
            }
        }
        wrapper.flush()?;
        self.entities = objects.finish(self.js_text(), None);
        Ok(())
    }
}

fn broken() -> JsError {
    JsError::new("this highlight session failed earlier and cannot go on")
}

pub(crate) fn as_element(v: &JsValue) -> Result<Element, JsError> {
    v.dyn_ref::<Element>()
        .cloned()
        .ok_or_else(|| JsError::new(&format!("element must be an Element, got {}", describe(v))))
}

/// Removes every node highlighting created under `root` and gives the
/// original text nodes their data back.
fn undo(root: &Element) -> Result<bool, JsError> {
    let v = REGISTRY.with(|r| r.get(root.unchecked_ref()));
    if v.is_undefined() {
        return Ok(false);
    }
    REGISTRY.with(|r| r.delete(root.unchecked_ref()));
    LIVE.with(|l| l.set(l.get().saturating_sub(1)));
    interact::detach(root);
    let records: Array = v.unchecked_into();
    for rec in records.iter().rev() {
        let rec: Array = rec.unchecked_into();
        let node: Text = rec.get(0).unchecked_into();
        // Someone called normalize() and dropped an emptied original:
        // put it back where its first mark is.
        if node.parent_node().is_none() && rec.length() > 2 {
            let first: Array = rec.get(2).unchecked_into();
            if first.length() > 0 {
                let first: Node = first.get(0).unchecked_into();
                if let Some(p) = first.parent_node() {
                    p.insert_before(&node, Some(&first)).map_err(|_| JsError::new("could not restore a text node"))?;
                }
            }
        }
        for i in 2..rec.length() {
            let created: Array = rec.get(i).unchecked_into();
            for n in created.iter() {
                n.unchecked_into::<RawChild>().remove_node();
            }
        }
        node.unchecked_ref::<RawText>().set_data_js(&rec.get(1));
    }
    Ok(true)
}
