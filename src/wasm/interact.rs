//! Clicks and keys on the marks, by delegation: one listener per event type
//! on the highlighted element, and the same function for every element,
//! made once, so nothing is allocated per mark and `unhighlight` removes
//! exactly what `highlight` added.
//!
//! Keyboard: an element's entities form one tab stop (a roving tabindex).
//! Tab enters the highlighted text at the entity focused last, arrow keys
//! move to the next or previous entity, Home and End to the first and
//! last, Enter or Space emphasises every mention of the focused entity and
//! Escape clears that. A tab stop per entity would put a long article's
//! hundreds of names between the reader and the rest of the page.

use super::dom::{live_roots, owning_root};
use js_sys::{Object, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CustomEvent, CustomEventInit, Element, Event, HtmlElement, KeyboardEvent};

const EVENTS: [&str; 3] = ["click", "keydown", "focusin"];
const ACTIVE: &str = "vurgu-active";
const LABELS: [&str; 4] = ["person", "place", "org", "date"];

thread_local! {
    // `Fn`, not `FnMut`: focusing a mark from a keydown runs the focusin
    // handling inside it, and only an `Fn` closure may be re-entered.
    static HANDLER: Closure<dyn Fn(Event)> = Closure::<dyn Fn(Event)>::new(|e: Event| {
        // A listener has no caller to report to; a failure leaves the page as it was.
        let _ = on_event(&e);
    });
}

pub(crate) fn attach(root: &Element) -> Result<(), JsError> {
    HANDLER.with(|h| {
        for ev in EVENTS {
            root.add_event_listener_with_callback(ev, h.as_ref().unchecked_ref())
                .map_err(|_| JsError::new("could not listen for clicks and keys"))?;
        }
        Ok(())
    })
}

pub(crate) fn detach(root: &Element) {
    HANDLER.with(|h| {
        for ev in EVENTS {
            let _ = root.remove_event_listener_with_callback(ev, h.as_ref().unchecked_ref());
        }
    });
}

fn on_event(e: &Event) -> Result<(), JsValue> {
    let Some(root) = e.current_target().and_then(|t| t.dyn_into::<Element>().ok()) else {
        return Ok(());
    };
    let Some(target) = e.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
        return Ok(());
    };
    let Some(mark) = target.closest("mark.vurgu[data-entity]")? else {
        return Ok(());
    };
    if !owned(&mark, &root) {
        return Ok(());
    }
    match e.type_().as_str() {
        "click" => toggle(&root, &mark),
        "focusin" => rove(&root, &mark),
        "keydown" => match e.dyn_ref::<KeyboardEvent>() {
            Some(k) => key(k, &root, &mark),
            None => Ok(()),
        },
        _ => Ok(()),
    }
}

/// Whether `mark` is one of `root`'s own, not one of a highlighted element
/// nested inside it.
fn owned(mark: &Element, root: &Element) -> bool {
    if live_roots() <= 1 {
        return root.contains(Some(mark));
    }
    owning_root(mark).is_some_and(|r| &r == root)
}

/// `root`'s own marks matching `selector`.
fn marks(root: &Element, selector: &str) -> Result<Vec<Element>, JsValue> {
    let list = root.query_selector_all(selector)?;
    let mut out = Vec::with_capacity(list.length() as usize);
    for i in 0..list.length() {
        if let Some(m) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
            if owned(&m, root) {
                out.push(m);
            }
        }
    }
    Ok(out)
}

fn key(k: &KeyboardEvent, root: &Element, mark: &Element) -> Result<(), JsValue> {
    if k.alt_key() || k.ctrl_key() || k.meta_key() {
        return Ok(());
    }
    let step = match k.key().as_str() {
        "ArrowRight" | "ArrowDown" => Step::Next,
        "ArrowLeft" | "ArrowUp" => Step::Previous,
        "Home" => Step::First,
        "End" => Step::Last,
        "Enter" | " " => {
            k.prevent_default();
            return toggle(root, mark);
        }
        "Escape" => {
            if clear(root)? {
                k.prevent_default();
                announce(root, None)?;
            }
            return Ok(());
        }
        _ => return Ok(()),
    };
    k.prevent_default();
    let here = entity_of(mark);
    // First pieces carry the tabindex; marks of labels the legend hid are passed over.
    let hidden: Vec<bool> = LABELS
        .iter()
        .map(|l| root.closest(&format!(".vurgu-hide-{l}")).map(|c| c.is_some()))
        .collect::<Result<_, _>>()?;
    let stops: Vec<Element> = marks(root, "mark.vurgu[tabindex]")?
        .into_iter()
        .filter(|m| {
            let label = m.get_attribute("data-label").unwrap_or_default().to_ascii_lowercase();
            !LABELS.iter().zip(&hidden).any(|(l, h)| *h && *l == label)
        })
        .collect();
    let to = match step {
        Step::Next => stops.iter().find(|m| entity_of(m) > here),
        Step::Previous => stops.iter().rev().find(|m| entity_of(m) < here),
        Step::First => stops.first(),
        Step::Last => stops.last(),
    };
    if let Some(m) = to {
        m.unchecked_ref::<HtmlElement>().focus()?;
    }
    Ok(())
}

enum Step {
    Next,
    Previous,
    First,
    Last,
}

fn entity_of(m: &Element) -> u32 {
    m.get_attribute("data-entity").and_then(|s| s.parse().ok()).unwrap_or(0)
}

/// Moves the element's one tab stop to the entity that got focus.
fn rove(root: &Element, mark: &Element) -> Result<(), JsValue> {
    if !mark.has_attribute("tabindex") {
        return Ok(());
    }
    for m in marks(root, "mark.vurgu[tabindex=\"0\"]")? {
        if &m != mark {
            m.set_attribute("tabindex", "-1")?;
        }
    }
    mark.set_attribute("tabindex", "0")
}

/// Emphasises every mention of `mark`'s entity group, or clears the
/// emphasis when that group is already emphasised.
fn toggle(root: &Element, mark: &Element) -> Result<(), JsValue> {
    let was_active = mark.class_list().contains(ACTIVE);
    clear(root)?;
    if was_active {
        return announce(root, None);
    }
    // Only a number is ever put into the selector, whatever the attribute holds.
    let Some(group) = mark.get_attribute("data-group").and_then(|g| g.parse::<u32>().ok()) else {
        return Ok(());
    };
    let same = marks(root, &format!("mark.vurgu[data-group=\"{group}\"]"))?;
    let mut mentions = 0u32;
    for m in &same {
        m.class_list().add_1(ACTIVE)?;
        if m.get_attribute("data-part").map_or(true, |p| p == "start") {
            mentions += 1;
        }
    }
    announce(root, Some((group, mark, mentions)))
}

/// Removes the emphasis; says whether there was any.
fn clear(root: &Element) -> Result<bool, JsValue> {
    let active = marks(root, &format!("mark.{ACTIVE}"))?;
    for m in &active {
        m.class_list().remove_1(ACTIVE)?;
    }
    Ok(!active.is_empty())
}

/// Tells the page which group is emphasised now (`detail` is null when none is).
fn announce(root: &Element, selected: Option<(u32, &Element, u32)>) -> Result<(), JsValue> {
    let detail = match selected {
        None => JsValue::NULL,
        Some((group, mark, mentions)) => {
            let d = Object::new();
            Reflect::set(&d, &"group".into(), &group.into())?;
            Reflect::set(&d, &"entity".into(), &entity_of(mark).into())?;
            Reflect::set(&d, &"mentions".into(), &mentions.into())?;
            for (key, attr) in [("label", "data-label"), ("base", "data-base"), ("value", "data-value")] {
                if let Some(v) = mark.get_attribute(attr) {
                    Reflect::set(&d, &key.into(), &v.into())?;
                }
            }
            d.into()
        }
    };
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_detail(&detail);
    let ev = CustomEvent::new_with_event_init_dict("vurgu:select", &init)?;
    root.dispatch_event(&ev)?;
    Ok(())
}
