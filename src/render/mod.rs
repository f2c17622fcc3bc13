//! Renderers: entities → HTML.
pub mod html;
