//! bienmau reads Vietnamese news about Vietnam–China border trade, extracts
//! every figure as a [`model::Fact`] with its provenance, and answers
//! questions about them in a small query language.
//!
//! Data flows one way: [`text`] → [`token`] → [`extract`] (with the shared
//! readers [`number`], [`period`] and [`places`]) → [`store`] → [`query`]
//! (`parse` → `check` → `eval`) → [`render`] → [`session`], which the
//! [`repl`], scripts and the [`cli`] all drive.

pub mod cli;
pub mod corpus;
pub mod extract;
pub mod glossary;
pub mod model;
pub mod number;
pub mod period;
pub mod places;
pub mod query;
pub mod render;
pub mod repl;
pub mod session;
pub mod store;
pub mod text;
pub mod token;
