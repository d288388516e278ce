//! The extractor: Vietnamese news text in, facts out (spec:
//! `../shared/spec/facts.md`). [`extract`] reads one document;
//! [`extract_all`] reads many in parallel into a [`FactStore`];
//! [`run_extract`] is the `bienmau extract` command.

mod article;
mod cues;
mod output;
mod sentence;
mod units;

use std::collections::HashMap;
use std::ffi::OsString;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;

use crate::model::Fact;
use crate::store::FactStore;
use crate::text::{normalize, normalize_owned};

pub use output::ExtractFormat;

/// An article: its id (the file name without extension) and its text after
/// [`normalize`]. Spans of facts point into `text`.
#[derive(Debug, Clone)]
pub struct Document {
    /// Shared with every fact of the document, which names it.
    pub id: Arc<str>,
    pub text: String,
}

impl Document {
    pub fn new(id: &str, raw: &str) -> Self {
        Document {
            id: id.into(),
            text: normalize(raw),
        }
    }
}

/// The short form of a document id used in fact ids: the part before the
/// first `_` (`000` for `000_327b1d61fb5717e2`), or the whole id.
fn short_id(doc: &str) -> &str {
    match doc.split_once('_') {
        Some((head, _)) if !head.is_empty() => head,
        _ => doc,
    }
}

/// Every fact in one document, ids `SHORT:N` in text order.
pub fn extract(doc: &Document) -> Vec<Fact> {
    article::Article::new(doc, short_id(&doc.id)).read()
}

/// Extracts documents in parallel into one store. Documents whose short ids
/// clash get their whole id as the prefix, so fact ids stay unique.
pub fn extract_all(docs: &[Document]) -> FactStore {
    store_of(extract_each(docs))
}

/// The facts of each document, in parallel, one list per document in the
/// order of `docs`, with ids unique across all of them. What [`extract_all`]
/// hands to [`FactStore::from_documents`].
pub fn extract_each(docs: &[Document]) -> Vec<Vec<Fact>> {
    let prefixes = Prefixes::count(docs.iter().map(|d| &*d.id));
    docs.par_iter()
        .map(|d| article::Article::new(d, prefixes.prefix(&d.id)).read())
        .collect()
}

fn store_of(per_doc: Vec<Vec<Fact>>) -> FactStore {
    FactStore::from_documents(per_doc).expect("fact ids are unique per document")
}

/// The prefix of each document's fact ids: its short id, or its whole id
/// where two documents' short ids clash.
struct Prefixes<'a>(HashMap<&'a str, usize>);

impl<'a> Prefixes<'a> {
    fn count(ids: impl Iterator<Item = &'a str>) -> Self {
        let mut seen: HashMap<&str, usize> = HashMap::new();
        for id in ids {
            *seen.entry(short_id(id)).or_default() += 1;
        }
        Prefixes(seen)
    }

    fn prefix<'b>(&self, id: &'b str) -> &'b str {
        let short = short_id(id);
        if self.0.get(short).copied().unwrap_or(0) > 1 {
            id
        } else {
            short
        }
    }
}

/// A file that could not be extracted, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    pub path: PathBuf,
    pub reason: String,
}

/// What an extraction run did.
#[derive(Debug, Clone, Default)]
pub struct ExtractReport {
    pub documents: usize,
    pub facts: usize,
    pub failures: Vec<Failure>,
}

/// Reads articles from files and folders (a folder's `.txt` files, sorted
/// by name). Unreadable and non-UTF-8 files are reported, not fatal.
pub fn load_paths(paths: &[PathBuf]) -> (Vec<Document>, Vec<Failure>) {
    let (files, mut failures) = article_files(paths);
    let read = files.par_iter().map(|p| load_file(p)).collect();
    let docs = keep_ok(read, &mut failures);
    (docs, failures)
}

/// The values of `results`, in order; their failures go to `failures`.
fn keep_ok<T>(results: Vec<Result<T, Failure>>, failures: &mut Vec<Failure>) -> Vec<T> {
    let mut ok = Vec::with_capacity(results.len());
    for r in results {
        match r {
            Ok(v) => ok.push(v),
            Err(f) => failures.push(f),
        }
    }
    ok
}

/// What [`extract_paths`] made of the articles it was given.
#[derive(Debug)]
pub struct Extraction {
    pub store: FactStore,
    /// How many articles were read.
    pub documents: usize,
    /// Files that were skipped, and why.
    pub failures: Vec<Failure>,
}

/// Reads and extracts the articles `paths` name (as [`load_paths`] finds
/// them) into one store, with a progress bar on stderr when `progress` is
/// set, there are many files and stderr is a terminal. Each file is read
/// and extracted in one go on one thread: reading overlaps extraction, the
/// text is extracted while it is still in the cache, and no article is
/// kept once its facts are. Fact ids are as [`extract_all`] gives them,
/// counting clashes among all the files named.
pub fn extract_paths(paths: &[PathBuf], progress: bool) -> Extraction {
    let (files, mut failures) = article_files(paths);
    let ids: Vec<String> = files.iter().map(|p| doc_id(p)).collect();
    let prefixes = Prefixes::count(ids.iter().map(String::as_str));
    let bar = progress_bar(files.len(), progress);
    let read: Vec<Result<Vec<Fact>, Failure>> = files
        .par_iter()
        .map(|p| {
            let facts = load_file(p).map(|d| {
                let prefix = prefixes.prefix(&d.id);
                article::Article::new(&d, prefix).read()
            });
            if let Some(bar) = &bar {
                bar.inc(1);
            }
            facts
        })
        .collect();
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    let per_doc = keep_ok(read, &mut failures);
    Extraction {
        documents: per_doc.len(),
        store: store_of(per_doc),
        failures,
    }
}

/// A bar counting articles on stderr, for a run over many files that a
/// person is watching.
fn progress_bar(files: usize, wanted: bool) -> Option<indicatif::ProgressBar> {
    const MANY: usize = 20;
    if !wanted || files < MANY || !std::io::stderr().is_terminal() {
        return None;
    }
    let bar = indicatif::ProgressBar::new(files as u64);
    bar.set_style(
        indicatif::ProgressStyle::with_template("extracting {bar:40} {pos}/{len} articles ({eta})")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    Some(bar)
}

/// The article files `paths` name: each file as it is, and each folder's
/// `.txt` files sorted by name; a folder that cannot be listed is a
/// failure.
fn article_files(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<Failure>) {
    let mut files = Vec::new();
    let mut failures = Vec::new();
    for p in paths {
        if p.is_dir() {
            match std::fs::read_dir(p) {
                Ok(entries) => {
                    let mut txt: Vec<(OsString, PathBuf)> = entries
                        .filter_map(|e| e.ok().map(|e| (e.file_name(), e.path())))
                        .filter(|(_, p)| p.extension().is_some_and(|e| e == "txt"))
                        .collect();
                    // In one folder the names order the paths, and compare
                    // faster than whole paths.
                    txt.sort_unstable_by(|a, b| a.0.cmp(&b.0));
                    files.extend(txt.into_iter().map(|(_, p)| p));
                }
                Err(e) => failures.push(Failure {
                    path: p.clone(),
                    reason: e.to_string(),
                }),
            }
        } else {
            files.push(p.clone());
        }
    }
    (files, failures)
}

/// A document's id: its file's name without the extension.
fn doc_id(path: &Path) -> String {
    path.file_stem().map_or_else(
        || path.display().to_string(),
        |s| s.to_string_lossy().into_owned(),
    )
}

fn load_file(path: &Path) -> Result<Document, Failure> {
    let fail = |reason: String| Failure {
        path: path.to_path_buf(),
        reason,
    };
    let bytes = read_article(path).map_err(fail)?;
    // simdutf8 checks Vietnamese text about ten times as fast as
    // `String::from_utf8`, which was a third of reading and normalising.
    if let Err(e) = simdutf8::compat::from_utf8(&bytes) {
        return Err(fail(format!(
            "not UTF-8 (invalid byte at offset {})",
            e.valid_up_to()
        )));
    }
    // SAFETY: `bytes` was just found to be UTF-8.
    let text = unsafe { String::from_utf8_unchecked(bytes) };
    Ok(Document {
        id: doc_id(path).into(),
        text: normalize_owned(text),
    })
}

/// The bytes of the file at `path`, refused without reading it if it is larger than
/// the tokenizer reads ([`crate::token::MAX_TEXT`]): no article is that
/// long, and reading it would only hold the rest up.
fn read_article(path: &Path) -> Result<Vec<u8>, String> {
    use std::io::Read;
    let mut file = std::fs::File::open(path).map_err(|e| e.to_string())?;
    let len = file.metadata().map_err(|e| e.to_string())?.len();
    if len > crate::token::MAX_TEXT as u64 {
        return Err(format!(
            "{len} bytes, more than the {} MiB an article may hold",
            crate::token::MAX_TEXT >> 20
        ));
    }
    let mut bytes = Vec::with_capacity(len as usize);
    file.read_to_end(&mut bytes).map_err(|e| e.to_string())?;
    Ok(bytes)
}

/// The `bienmau extract` command: extracts `paths` (the embedded sample
/// when empty) and writes the facts to `out`. Files that fail are listed in
/// the report; the caller reports them and exits 1.
pub fn run_extract(
    paths: &[PathBuf],
    format: ExtractFormat,
    out: &mut dyn Write,
    progress: bool,
) -> std::io::Result<ExtractReport> {
    let run = if paths.is_empty() {
        let sample = crate::corpus::sample();
        Extraction {
            store: extract_all(&sample),
            documents: sample.len(),
            failures: Vec::new(),
        }
    } else {
        extract_paths(paths, progress)
    };
    output::write(&run.store, format, out)?;
    Ok(ExtractReport {
        documents: run.documents,
        facts: run.store.len(),
        failures: run.failures,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_folder_loads_its_text_files_in_name_order_and_reports_bad_ones() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("b.txt"), "tỷ\u{a0}USD \r\n").unwrap();
        std::fs::write(dir.path().join("a.txt"), "tidy text").unwrap();
        std::fs::write(dir.path().join("c.md"), "not an article").unwrap();
        std::fs::write(dir.path().join("d.txt"), b"ok \xe1\xba\xa1 \xff").unwrap();
        let (docs, failures) = load_paths(&[dir.path().to_path_buf()]);
        let docs: Vec<(&str, &str)> = docs.iter().map(|d| (&*d.id, &*d.text)).collect();
        assert_eq!(docs, [("a", "tidy text"), ("b", "tỷ  USD\n")]);
        assert_eq!(
            failures,
            [Failure {
                path: dir.path().join("d.txt"),
                reason: "not UTF-8 (invalid byte at offset 7)".to_string(),
            }]
        );
    }

    #[test]
    fn a_file_too_large_for_an_article_is_reported_without_being_read() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("huge.txt");
        // Sparse: no disk is used, and a read would take seconds.
        let file = std::fs::File::create(&path).unwrap();
        file.set_len(crate::token::MAX_TEXT as u64 + 1).unwrap();
        let (docs, failures) = load_paths(std::slice::from_ref(&path));
        assert!(docs.is_empty());
        assert_eq!(failures.len(), 1);
        assert_eq!(failures[0].path, path);
        assert_eq!(
            failures[0].reason,
            "1073741825 bytes, more than the 1024 MiB an article may hold"
        );
    }
}
