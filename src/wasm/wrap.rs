//! Entities → `<mark>`s in the live text nodes.
//!
//! The marks of one text node are built off the document and go in with
//! one insertion after the node: changing a live tree costs far more per
//! call than building detached nodes. The text in the marks
//! and between them is cut from the node's own JS string (`slice`), so it
//! never passes through wasm and comes out exactly as it was, lone
//! surrogates included. The original node stays where it was, keeping the
//! text before its first mark (possibly none); everything after it is new,
//! and undo removes exactly that and gives the node its old data back.

use super::collect::Segment;
use super::raw::{RawChild, RawDocument, RawElement, RawParent, RawText};
use super::summary::label_slot;
use crate::{Label, Lang};
use js_sys::{Array, JsString};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Text};

thread_local! {
    static ATTRS: Attrs = Attrs {
        entity: "data-entity".into(),
        group: "data-group".into(),
        base: "data-base".into(),
        value: "data-value".into(),
        part: "data-part".into(),
        parts: ["start".into(), "middle".into(), "end".into()],
        tabindex: "tabindex".into(),
        zero: "0".into(),
    };
}

struct Attrs {
    entity: JsValue,
    group: JsValue,
    base: JsValue,
    value: JsValue,
    part: JsValue,
    parts: [JsValue; 3],
    tabindex: JsValue,
    zero: JsValue,
}

/// A text node and how far wrapping has got in it. `tail` is the node
/// holding the unwrapped rest from `tail_pos` on; `None` means the original
/// node itself while `tail_pos` is 0, and nothing left after that.
struct Seg {
    s: Segment,
    tail: Option<Text>,
    tail_pos: u32,
    record: Option<Array>,
}

/// One entity's attributes, shared by its pieces.
pub(crate) struct Mention<'a> {
    pub start: u32,
    pub end: u32,
    pub label: Label,
    pub group: u32,
    pub base: Option<&'a JsValue>,
    pub value: Option<&'a JsValue>,
}

pub(crate) struct Wrapper {
    doc: Document,
    segments: Vec<Seg>,
    templates: Templates,
    interactive: bool,
    /// Entities from JavaScript are checked against the live nodes: the
    /// page may have changed them between `beginHighlight` and `apply`.
    check_nodes: bool,
    /// Undo records, one `[textNode, oldData, createdNodes…]` per node touched.
    pub records: Array,
    cursor: usize,
    pending: Vec<(u32, u32, Element)>,
    pending_seg: usize,
    pub wrapped: u32,
    pub marks: u32,
    pub counts: [u32; 4],
}

impl Wrapper {
    pub fn new(
        doc: Document,
        segments: Vec<Segment>,
        records: Array,
        lang: Lang,
        interactive: bool,
        check_nodes: bool,
    ) -> Result<Wrapper, JsError> {
        let templates = Templates::new(&doc, lang, interactive)?;
        Ok(Wrapper {
            doc,
            segments: segments.into_iter().map(|s| Seg { s, tail: None, tail_pos: 0, record: None }).collect(),
            templates,
            interactive,
            check_nodes,
            records,
            cursor: 0,
            pending: Vec::new(),
            pending_seg: 0,
            wrapped: 0,
            marks: 0,
            counts: [0; 4],
        })
    }

    /// Makes the marks of one entity (one per text node it touches) and
    /// queues them; returns how many. Entities must come in text order.
    pub fn add(&mut self, m: &Mention<'_>) -> Result<u32, JsError> {
        while self.segments.get(self.cursor).is_some_and(|g| g.s.end() <= m.start) {
            self.cursor += 1;
        }
        let count = self.segments[self.cursor.min(self.segments.len())..]
            .iter()
            .take_while(|g| g.s.start < m.end)
            .filter(|g| m.start.max(g.s.start) < m.end.min(g.s.end()))
            .count();
        if count == 0 {
            return Ok(0);
        }
        let index = JsValue::from(self.wrapped);
        let mut k = 0;
        for si in self.cursor..self.segments.len() {
            let Some(g) = self.segments.get(si) else {
                break;
            };
            if g.s.start >= m.end {
                break;
            }
            let (a, b) = (m.start.max(g.s.start) - g.s.start, m.end.min(g.s.end()) - g.s.start);
            if a >= b {
                continue;
            }
            let mark = self.templates.mark(m.label, k == 0)?;
            ATTRS.with(|at| -> Result<(), JsError> {
                let raw = mark.unchecked_ref::<RawElement>();
                let set = |name: &JsValue, v: &JsValue| {
                    raw.set_attr(name, v).map_err(|_| JsError::new("could not set a mark's attribute"))
                };
                set(&at.entity, &index)?;
                set(&at.group, &m.group.into())?;
                if let Some(b) = m.base {
                    set(&at.base, b)?;
                }
                if let Some(v) = m.value {
                    set(&at.value, v)?;
                }
                if count > 1 {
                    let part = if k == 0 {
                        0
                    } else if k + 1 == count {
                        2
                    } else {
                        1
                    };
                    set(&at.part, &at.parts[part])?;
                }
                // The element's one tab stop starts on its first entity.
                if k == 0 && self.wrapped == 0 && self.interactive {
                    set(&at.tabindex, &at.zero)?;
                }
                Ok(())
            })?;
            if si != self.pending_seg {
                self.flush()?;
                self.pending_seg = si;
            }
            self.pending.push((a, b, mark));
            k += 1;
        }
        self.wrapped += 1;
        self.marks += count as u32;
        self.counts[label_slot(m.label)] += 1;
        Ok(count as u32)
    }

    /// Puts the queued marks of the current text node into the document.
    pub fn flush(&mut self) -> Result<(), JsError> {
        if self.pending.is_empty() {
            return Ok(());
        }
        let pending = std::mem::take(&mut self.pending);
        let result = self.insert(&pending);
        self.pending = pending;
        self.pending.clear();
        result
    }

    fn insert(&mut self, pieces: &[(u32, u32, Element)]) -> Result<(), JsError> {
        let check = self.check_nodes;
        let Some(g) = self.segments.get_mut(self.pending_seg) else {
            return Err(JsError::new("internal: no such text node"));
        };
        let (Some(&(first, _, _)), Some(&(_, last, _))) = (pieces.first(), pieces.last()) else {
            return Ok(());
        };
        if first < g.tail_pos || last > g.s.len || pieces.windows(2).any(|w| w[1].0 < w[0].1) {
            return Err(JsError::new("entities overlap"));
        }
        let tail = match &g.tail {
            Some(t) => t.clone(),
            None if g.tail_pos == 0 => g.s.node.clone(),
            None => return Err(JsError::new("entities overlap")),
        };
        let data: &JsString = g.s.data.unchecked_ref();
        if check {
            let expected: JsValue =
                if g.tail_pos == 0 { g.s.data.clone() } else { data.slice(g.tail_pos, g.s.len).into() };
            if tail.unchecked_ref::<RawText>().data_js() != expected {
                return Err(JsError::new("the element's text changed while it was being highlighted"));
            }
        }
        let failed = |_| JsError::new("could not insert a mark");
        // The new nodes are collected as they are made (reading them back
        // from a fragment's childNodes cost more than making them) and go
        // in after the node with one variadic `after()`.
        let raw_doc = self.doc.unchecked_ref::<RawDocument>();
        let created = Array::new();
        let mut pos = first;
        for (a, b, mark) in pieces {
            mark.unchecked_ref::<RawParent>().append1(&data.slice(*a, *b)).map_err(failed)?;
            if *a > pos {
                created.push(&raw_doc.create_text_js(&data.slice(pos, *a)));
            }
            created.push(mark);
            pos = *b;
        }
        let rest = if pos < g.s.len {
            let t = raw_doc.create_text_js(&data.slice(pos, g.s.len));
            created.push(&t);
            Some(t)
        } else {
            None
        };
        let record = match &g.record {
            Some(r) => r.clone(),
            None => {
                let r = Array::of2(&g.s.node, &g.s.data);
                self.records.push(&r);
                g.record = Some(r.clone());
                r
            }
        };
        record.push(&created);
        if tail.parent_node().is_none() {
            return Err(JsError::new("a text node was removed while it was being highlighted"));
        }
        tail.unchecked_ref::<RawText>().set_data_js(&data.slice(g.tail_pos, first));
        tail.unchecked_ref::<RawChild>().after_all(&created).map_err(failed)?;
        g.tail_pos = if rest.is_some() { pos } else { g.s.len };
        g.tail = rest;
        Ok(())
    }
}

/// One `<mark>` per label to clone from, so a new mark costs one call
/// instead of one per shared attribute. First pieces are focusable.
struct Templates {
    first: [Element; 4],
    rest: [Element; 4],
}

impl Templates {
    fn new(doc: &Document, lang: Lang, interactive: bool) -> Result<Templates, JsError> {
        let failed = |_| JsError::new("could not create a mark element");
        let make = |l: Label| -> Result<(Element, Element), JsError> {
            let m = doc.create_element("mark").map_err(failed)?;
            let lower = l.as_str().to_ascii_lowercase();
            m.set_attribute("class", &format!("vurgu vurgu-{lower}")).map_err(failed)?;
            m.set_attribute("data-label", l.as_str()).map_err(failed)?;
            // Read out by screen readers after the mention; the text itself is untouched.
            m.set_attribute("aria-description", spoken_label(l, lang)).map_err(failed)?;
            let first = m.clone_node().map_err(failed)?.unchecked_into::<Element>();
            if interactive {
                first.set_attribute("tabindex", "-1").map_err(failed)?;
            }
            Ok((first, m))
        };
        let (p0, p1) = make(Label::Person)?;
        let (l0, l1) = make(Label::Place)?;
        let (o0, o1) = make(Label::Org)?;
        let (d0, d1) = make(Label::Date)?;
        Ok(Templates { first: [p0, l0, o0, d0], rest: [p1, l1, o1, d1] })
    }

    fn mark(&self, label: Label, first: bool) -> Result<Element, JsError> {
        let set = if first { &self.first } else { &self.rest };
        let node = set[label_slot(label)].clone_node().map_err(|_| JsError::new("could not create a mark element"))?;
        Ok(node.unchecked_into())
    }
}

/// The label in the text's language, as a screen reader should say it.
fn spoken_label(l: Label, lang: Lang) -> &'static str {
    match (lang, l) {
        (Lang::Az, Label::Person) => "şəxs",
        (Lang::Az, Label::Place) => "yer",
        (Lang::Az, Label::Org) => "təşkilat",
        (Lang::Az, Label::Date) => "tarix",
        (Lang::En, Label::Person) => "person",
        (Lang::En, Label::Place) => "place",
        (Lang::En, Label::Org) => "organisation",
        (Lang::En, Label::Date) => "date",
    }
}
