//! Element → the one string that is analysed, and the way back from its
//! UTF-16 offsets to live text nodes.
//!
//! Text nodes are concatenated in document order, so a name split by
//! inline markup (`<b>İlham</b> Əliyev`) is one name to the analysis.
//! Block-level elements are joined by a blank line and `<br>` by a line
//! break: the tokenizer treats both as boundaries a name never crosses, so
//! a heading never runs into the paragraph below it. Those separators
//! exist only in the analysed string; they map to no node. Outside
//! preformatted text, tabs and line breaks in the source are spaces, as the
//! browser shows them; a source line break inside a name must not split it.

use super::dom::is_highlighted_root;
use super::raw::RawElement;
use super::texts::Texts;
use js_sys::{Array, JsString};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Node, Text, TreeWalker};

const SHOW_ELEMENT: u32 = 0x1;
const SHOW_TEXT: u32 = 0x4;
const ELEMENT_NODE: u16 = 1;
const TEXT_NODE: u16 = 3;

/// Never analysed: code, form fields and editors (changing their DOM would
/// break them), foreign content where a `<mark>` cannot render, and marks
/// that are already there.
pub(crate) const BUILTIN_SKIP: &str = "script,style,noscript,template,textarea,input,select,datalist,button,\
svg,math,iframe,object,embed,canvas,video,audio,[contenteditable]:not([contenteditable=false i]),mark.vurgu";

/// Skipped elements that are not rendered either, so the words on both
/// sides of them meet; every other skipped element separates them.
const INVISIBLE: &[&str] = &["script", "style", "noscript", "template"];

const BLOCKS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "caption",
    "center",
    "dd",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "html",
    "legend",
    "li",
    "listing",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "plaintext",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
    "xmp",
];

const PREFORMATTED: &[&str] = &["pre", "listing", "xmp", "plaintext"];

/// One text node and where its text sits in the analysed string.
pub(crate) struct Segment {
    pub node: Text,
    /// Its text before highlighting, for undo.
    pub data: JsValue,
    /// UTF-16 offset of its first unit in the analysed string.
    pub start: u32,
    /// Its length in UTF-16 units.
    pub len: u32,
}

impl Segment {
    pub fn end(&self) -> u32 {
        self.start + self.len
    }
}

pub(crate) struct Collected {
    pub text: String,
    pub segments: Vec<Segment>,
}

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Break {
    None,
    Line,
    Paragraph,
}

struct Builder {
    text: String,
    units: u32,
    segments: Vec<Segment>,
    pending: Break,
}

impl Builder {
    fn request(&mut self, b: Break) {
        self.pending = self.pending.max(b);
    }

    fn push_text(&mut self, node: Text, data: JsValue, s: &str, preformatted: bool) {
        if s.is_empty() {
            return;
        }
        // Indentation between blocks: no entity can reach across a block
        // boundary, so it is left out rather than padding the text.
        if !preformatted && (self.pending != Break::None || self.text.is_empty()) && s.chars().all(is_collapsible) {
            return;
        }
        // Separators only between text: none before the first words or after the last.
        if !self.text.is_empty() {
            match self.pending {
                Break::None => {}
                Break::Line => self.push_sep("\n"),
                Break::Paragraph => self.push_sep("\n\n"),
            }
        }
        self.pending = Break::None;
        let start = self.units;
        self.units += crate::offsets::utf16_len(s);
        if preformatted {
            self.text.push_str(s);
        } else {
            // Copied in runs between the (ASCII) white space chars that
            // become a space, not char by char: a text node is mostly runs.
            self.text.reserve(s.len());
            let mut from = 0;
            for (i, b) in s.bytes().enumerate() {
                if b != b' ' && is_collapsible(char::from(b)) {
                    self.text.push_str(s.get(from..i).unwrap_or(""));
                    self.text.push(' ');
                    from = i + 1;
                }
            }
            self.text.push_str(s.get(from..).unwrap_or(""));
        }
        self.segments.push(Segment { node, data, start, len: self.units - start });
    }

    fn push_sep(&mut self, sep: &str) {
        self.text.push_str(sep);
        self.units += sep.len() as u32;
    }
}

/// HTML's white space: the characters the browser collapses and wraps at
/// (not the no-break space).
fn is_collapsible(c: char) -> bool {
    matches!(c, ' ' | '\n' | '\r' | '\t' | '\x0C')
}

/// A walk over the text under an element, resumable: `step` does a
/// bounded amount of it, so a very long element can be collected in
/// slices between which the page keeps running. The TreeWalker is live,
/// and what the page changes meanwhile is caught when marks go in.
pub(crate) struct Walk {
    walker: TreeWalker,
    skip: JsString,
    /// One entry per open element: (block-level, preformatted).
    open: Vec<(bool, bool)>,
    root_pre: bool,
    next: Option<Node>,
    /// The text nodes met, in order; their data is read in one call when
    /// the walk is finished (one string crossing into wasm, not one a node).
    nodes: Array,
    /// Breaks and text nodes in document order, replayed over the data then.
    events: Vec<Event>,
}

/// What the walk met: a break between blocks or lines, or the next of
/// `nodes` (preformatted or not).
#[derive(Clone, Copy)]
enum Event {
    Break(Break),
    Text { pre: bool },
}

impl Walk {
    /// The walk `highlight` and `paint` take over an element: nothing when
    /// it sits inside something never touched, else its text outside
    /// [`BUILTIN_SKIP`] and the user's `exclude` selectors.
    pub fn of_element(root: &Element, doc: &Document, exclude: Option<&str>) -> Result<Walk, JsError> {
        if in_skipped_context(root) {
            return Walk::empty(root, doc);
        }
        let skip = match exclude {
            Some(user) => JsString::from(format!("{BUILTIN_SKIP},{user}")),
            None => JsString::from(BUILTIN_SKIP),
        };
        Walk::new(root, doc, skip)
    }

    /// `skip` is [`BUILTIN_SKIP`] plus the user's exclusions, as one selector list.
    fn new(root: &Element, doc: &Document, skip: JsString) -> Result<Walk, JsError> {
        let walker = doc
            .create_tree_walker_with_what_to_show(root, SHOW_ELEMENT | SHOW_TEXT)
            .map_err(|_| JsError::new("could not walk the element's text"))?;
        // The root's own white-space style decides for the root, since a
        // `<vurgu-text>` or a plain `<div>` may well be `pre-wrap`.
        let root_pre = keeps_line_breaks(root, doc);
        let next = first_child(&walker)?;
        Ok(Walk { walker, skip, open: Vec::new(), root_pre, next, nodes: Array::new(), events: Vec::new() })
    }

    /// A walk that has nothing to visit.
    fn empty(root: &Element, doc: &Document) -> Result<Walk, JsError> {
        let mut w = Walk::new(root, doc, JsString::from(""))?;
        w.next = None;
        Ok(w)
    }

    /// Visits up to `budget` nodes; says whether the walk is complete.
    pub fn step(&mut self, mut budget: u32) -> Result<bool, JsError> {
        let walker = &self.walker;
        let ev = &mut self.events;
        loop {
            let Some(node) = self.next.take() else {
                // No more children or siblings here: close the parent and try its sibling.
                match self.open.pop() {
                    None => return Ok(true),
                    Some((block, _)) => {
                        if block {
                            ev.push(Event::Break(Break::Paragraph));
                        }
                        walker.parent_node().map_err(walk_failed)?;
                        self.next = walker.next_sibling().map_err(walk_failed)?;
                        continue;
                    }
                }
            };
            if budget == 0 {
                self.next = Some(node);
                return Ok(false);
            }
            budget -= 1;
            let pre = self.open.last().map_or(self.root_pre, |&(_, p)| p);
            match node.node_type() {
                TEXT_NODE => {
                    self.nodes.push(&node);
                    ev.push(Event::Text { pre });
                    self.next = walker.next_sibling().map_err(walk_failed)?;
                }
                ELEMENT_NODE => {
                    let el = node.unchecked_ref::<Element>();
                    if el.unchecked_ref::<RawElement>().matches_js(&self.skip).unwrap_or(true)
                        || is_highlighted_root(el)
                    {
                        if !INVISIBLE.contains(&el.local_name().as_str()) {
                            ev.push(Event::Break(Break::Line));
                        }
                        self.next = walker.next_sibling().map_err(walk_failed)?;
                        continue;
                    }
                    let tag = el.local_name();
                    let tag = tag.as_str();
                    if tag == "br" {
                        ev.push(Event::Break(Break::Line));
                        self.next = walker.next_sibling().map_err(walk_failed)?;
                        continue;
                    }
                    let block = BLOCKS.contains(&tag);
                    if block {
                        ev.push(Event::Break(Break::Paragraph));
                    }
                    // The walker only moves when there is a child; an empty
                    // element is entered and left on the spot.
                    self.next = first_child(walker)?;
                    if self.next.is_some() {
                        self.open.push((block, pre || PREFORMATTED.contains(&tag)));
                    } else {
                        self.next = walker.next_sibling().map_err(walk_failed)?;
                    }
                }
                // SHOW_ELEMENT | SHOW_TEXT lets nothing else through, but a
                // CDATA section in XHTML would be harmless to step over.
                _ => self.next = walker.next_sibling().map_err(walk_failed)?,
            }
        }
    }

    /// The collected text and its nodes; call once `step` said it is complete.
    pub fn finish(self) -> Result<Collected, JsError> {
        let mut b = Builder { text: String::new(), units: 0, segments: Vec::new(), pending: Break::None };
        let texts = Texts::read(&self.nodes)?;
        let mut k = 0u32;
        for e in self.events {
            match e {
                Event::Break(x) => b.request(x),
                Event::Text { pre } => {
                    let (data, s) = texts.get(k as usize);
                    b.push_text(self.nodes.get(k).unchecked_into(), data, s, pre);
                    k += 1;
                }
            }
        }
        Ok(Collected { text: b.text, segments: b.segments })
    }
}

fn first_child(w: &TreeWalker) -> Result<Option<Node>, JsError> {
    w.first_child().map_err(walk_failed)
}

fn walk_failed(_: JsValue) -> JsError {
    JsError::new("walking the element's text failed")
}

/// Whether the root is preformatted: by tag (inside `pre`) or by its
/// computed `white-space`. Read once, before any write, so it costs one
/// style recalculation at most.
fn keeps_line_breaks(root: &Element, doc: &Document) -> bool {
    if root.closest("pre,listing,xmp,plaintext").ok().flatten().is_some() {
        return true;
    }
    let Some(style) = doc.default_view().and_then(|w| w.get_computed_style(root).ok().flatten()) else {
        return false;
    };
    // `white-space-collapse` is the longhand in current browsers; older
    // ones only know the `white-space` shorthand.
    let collapse = style.get_property_value("white-space-collapse").unwrap_or_default();
    if !collapse.is_empty() {
        return matches!(collapse.as_str(), "preserve" | "preserve-breaks" | "break-spaces");
    }
    let ws = style.get_property_value("white-space").unwrap_or_default();
    matches!(ws.as_str(), "pre" | "pre-wrap" | "pre-line" | "break-spaces")
}

/// Whether `root` is, or sits inside, something highlighting must never
/// touch: an editor, a form field, code, or existing marks.
fn in_skipped_context(root: &Element) -> bool {
    // A failure here can only come from the constant selector; treating it
    // as "skip" errs on the side of leaving the page alone.
    root.closest(BUILTIN_SKIP).map_or(true, |found| found.is_some())
}
