//! The query language: `parse` (text → [`ast`] with spans), `check` (names
//! resolved, types checked → [`checked`]), `eval` (checked statements over a
//! [`crate::store::FactStore`] → typed answers). [`assist`] serves the REPL
//! (completion, highlighting, whether a statement is complete) from the same
//! parser.

pub mod assist;
pub mod ast;
pub mod check;
pub mod checked;
pub mod error;
pub mod eval;
pub mod parse;
