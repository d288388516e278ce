//! Reading one article: sentence by sentence, every number with its unit
//! becomes a figure; figures that are levels of a metric become facts,
//! changes and plan shares attach to the fact they describe, and place,
//! period and scope carry over from the sentences before (spec, sections
//! Places and Periods).

use std::sync::{Arc, OnceLock};

use chrono::Datelike;
use rustc_hash::FxHashMap;

use super::cues::{self, bound_before, Cue, CueHit};
use super::sentence::{self, Sentence};
use super::units::{self, UnitRead, UnitWord};
use super::Document;
use crate::model::{
    Bound, Change, ChangeAmount, Fact, FactId, Flow, Kind, Metric, Quote, Scope, Span, Unit, Value,
    Versus,
};
use crate::number::read_number;
use crate::period::{self, Found, Period, YearRef};
use crate::places::{Gazetteer, Place, PlaceId, PlaceKind};
use crate::text::spelled_as;
use crate::token::{at_byte as tok_at, tokenize, TokKind, Token};

/// A run of place names read as one: a single place, or places joined by
/// "và" or commas ("Lạng Sơn và Cao Bằng").
#[derive(Debug, Clone)]
struct PlaceGroup {
    place: Place,
    /// First and one-past-last token of the group.
    tok_start: usize,
    tok_end: usize,
    /// Named as part of an agency ("Hải quan cửa khẩu quốc tế Móng Cái"):
    /// it tells the area, not what a figure is about.
    reporter: bool,
}

/// A period phrase in a sentence, with token positions.
#[derive(Debug, Clone, Copy)]
struct PeriodHit {
    found: Found,
    tok_start: usize,
    tok_end: usize,
    /// An open end after "(từ) đầu vụ" ("từ đầu vụ đến nay"): since the
    /// season began, not since 1 January.
    from_season_start: bool,
}

/// A number with its unit.
#[derive(Debug, Clone, Copy)]
struct Figure {
    tok: usize,
    /// One past the last token of the number and its unit.
    tok_end: usize,
    start: usize,
    end: usize,
    value: f64,
    high: Option<f64>,
    unit: Option<UnitRead>,
    /// The period of a table's column the figure stands in.
    column_period: Option<Period>,
    /// The place of a table's column the figure stands in.
    column_place: Option<PlaceId>,
}

impl Figure {
    /// Gives a bare number the scale and unit of the list, caption or
    /// heading it stands under.
    fn take_unit(&mut self, scale: f64, unit: UnitRead) {
        self.value = crate::number::scale(self.value, scale);
        self.high = self.high.map(|h| crate::number::scale(h, scale));
        self.unit = Some(UnitRead {
            end: self.end,
            ..unit
        });
    }
}

/// Where a figure stands among the others of its sentence.
#[derive(Debug, Clone, Copy)]
struct Window {
    /// One past the previous figure's last token (0 for the first).
    prev_end: usize,
    /// The words after a list of figures with this one's unit ("100 xe
    /// hàng xuất khẩu và 300 xe hàng nhập khẩu mỗi ngày"), which describe
    /// every figure of the list: from the end of its last figure to the next
    /// figure with another unit.
    tail: (usize, usize),
    /// The first fact of this sentence in the article's list.
    first_fact: usize,
    /// The figure restates, in a currency facts are in, an amount just
    /// before it that gave no fact ("1,32 tỷ NDT, tương đương khoảng 184,6
    /// triệu USD"): it is that amount's fact, however it is introduced.
    restates_unread: bool,
    /// The first token of the change that leads to this figure ("thanh
    /// long giảm 11,4%, còn 412 triệu USD"), whose clause names the
    /// figure's subject.
    led_by: Option<usize>,
    /// One past the last figure before this one that was read as a
    /// level, a change or a share of the plan (0 for none): the words of
    /// kind ("dự kiến", "phấn đấu") reach back over figures that were
    /// not ("dự kiến mở rộng lên 500 chỗ đỗ, thông quan từ 1.200 đến 1.400
    /// xe/ngày").
    read_end: usize,
}

/// Everything read off one sentence before its figures are interpreted.
struct View<'a> {
    sentence: Sentence,
    toks: &'a [Token<'a>],
    cues: Vec<CueHit>,
    places: Vec<PlaceGroup>,
    periods: Vec<PeriodHit>,
    /// Every number of the sentence with its unit, in order.
    figures: Vec<Figure>,
    /// Starts with "Trong đó", "Cụ thể", "Kết quả trên", "Gồm": it breaks
    /// down or continues the sentence before.
    breakdown: bool,
    /// An item of a list whose lead-in states goals or forecasts ("Năm
    /// 2027, tỉnh đề ra các chỉ tiêu chủ yếu: + …"): the kind of its
    /// figures that say none themselves.
    lead_kind: Option<Kind>,
}

impl<'a> View<'a> {
    /// The view of sentence `s` of `text`, whose tokens are `toks`.
    fn new(text: &str, s: Sentence, toks: &'a [Token<'a>]) -> Self {
        let places = find_places(text, toks);
        let periods = period::find_in_tokens(toks)
            .into_iter()
            .map(|f| {
                let tok_start = tok_at(toks, f.start);
                let before =
                    |k: usize| toks.get(tok_start.wrapping_sub(k)).map_or("", |t| t.folded);
                PeriodHit {
                    tok_start,
                    tok_end: tok_at(toks, f.end),
                    from_season_start: f.expr.is_open() && (before(2), before(1)) == ("dau", "vu"),
                    found: f,
                }
            })
            .filter(|p| {
                !after_an_event_verb(toks, p.tok_start)
                    && !after_a_superlative(toks, p.tok_start)
                    && !is_a_duration(toks, p.tok_start, p.tok_end)
            })
            .collect();
        let w = |i: usize| toks.get(i).map_or("", |t| t.text);
        let breakdown = opens_parts(w(0), w(1))
            || matches!((w(0), w(1)), ("kết", "quả") | ("theo", "đó"))
            || matches!(w(0), "gồm" | "riêng");
        let mut view = View {
            sentence: s,
            toks,
            cues: Vec::new(),
            places,
            periods,
            figures: Vec::new(),
            breakdown,
            lead_kind: None,
        };
        view.figures = view.read_figures(text);
        // Cues say what a figure measures; a sentence with no figure (prose
        // around the numbers) needs none.
        if !view.figures.is_empty() {
            view.cues = cues::find(toks);
        }
        view
    }

    fn word(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| t.text)
    }

    /// Whether token `i` is inside quotation marks: opened before it in
    /// the sentence, or closed after it in a sentence that a quotation
    /// began before.
    fn quoted(&self, i: usize) -> bool {
        let quote = |t: &Token| matches!(t.text, "\"" | "“" | "”");
        let before = self.toks[..i].iter().filter(|t| quote(t)).count();
        let after = self.toks[i..].iter().filter(|t| quote(t)).count();
        before % 2 == 1 || (before == 0 && after % 2 == 1)
    }

    /// Whether period `p` seems to date an event the sentence tells of
    /// rather than its figures: a single day after every number of the
    /// sentence ("… cao nhất kể từ khi mở cửa trở lại vào ngày 8/1/2023"),
    /// or in a sentence with none. It does not set the article's year,
    /// which is found before any figure is read; once a sentence is read,
    /// its facts tell more surely (see `read_sentence`).
    fn dates_an_event(&self, p: &PeriodHit) -> bool {
        p.found.expr.is_one_day() && self.figures.iter().all(|f| f.tok < p.tok_start)
    }

    /// Whether period `p` is the term of a plan ("bằng 4,9% dự toán năm
    /// 2026"): the period of the plan's own figure, but not what "đến
    /// nay" reaches, nor the period of later sentences, unless the
    /// sentence leads in to the plan's figures ("Các chỉ tiêu năm 2027:")
    /// or heads their section ("c) Chỉ tiêu năm 2027").
    fn terms_a_plan(&self, p: &PeriodHit) -> bool {
        let before = |k: usize| self.word(p.tok_start.wrapping_sub(k));
        let lead_in = self.figures.is_empty()
            && !matches!(
                self.word(self.toks.len().wrapping_sub(1)),
                "." | "!" | "?" | "…"
            );
        matches!(
            (before(2), before(1)),
            ("dự", "toán") | ("kế", "hoạch") | ("chỉ", "tiêu") | ("mục", "tiêu") | ("nhiệm", "vụ")
        ) && !lead_in
    }

    fn in_period(&self, i: usize) -> bool {
        self.periods
            .iter()
            .any(|p| p.tok_start <= i && i < p.tok_end)
    }

    fn in_place(&self, i: usize) -> bool {
        self.places
            .iter()
            .any(|p| p.tok_start <= i && i < p.tok_end)
    }

    /// Cues whose first token lies in `[from, to)` (cues are in token
    /// order).
    fn cues_in(&self, from: usize, to: usize) -> impl DoubleEndedIterator<Item = &CueHit> {
        let a = self.cues.partition_point(|c| c.first < from);
        let b = self.cues.partition_point(|c| c.first < to).max(a);
        self.cues[a..b].iter()
    }

    fn has_cue(&self, from: usize, to: usize, want: Cue) -> bool {
        self.cues_in(from, to).any(|c| c.cue == want)
    }

    /// The start of the clause token `at` is in: after the last `,` or `;`
    /// that is not inside a cue or inside brackets ("Bắc Luân II (thành
    /// phố Móng Cái, tỉnh Quảng Ninh) đạt …" is one clause).
    fn clause_start(&self, at: usize) -> usize {
        let mut depth = 0usize;
        (0..at)
            .rev()
            .find(|&i| {
                match self.word(i) {
                    ")" => depth += 1,
                    "(" => depth = depth.saturating_sub(1),
                    _ => {}
                }
                depth == 0
                    && matches!(self.word(i), "," | ";")
                    && !self.cues.iter().any(|c| c.first < i && i <= c.last)
            })
            .map_or(0, |i| i + 1)
    }

    /// Where the words that describe a figure's right side stop: the next
    /// number, `;`, `(`, "và", a reason ("nhờ", "do") or a condition
    /// ("nếu"), or a comma that is not inside a cue ("xuất cảnh, nhập
    /// cảnh").
    fn near_end(&self, from: usize) -> usize {
        let mut i = from;
        while i < self.toks.len() {
            let t = &self.toks[i];
            let in_cue = self.cues.iter().any(|c| c.first < i && i <= c.last);
            // "… 450 triệu USD nhờ nhu cầu nhập hàng tăng": a reason says
            // nothing of what the figure measures.
            let stop = t.kind == TokKind::Number
                || matches!(
                    t.text,
                    ";" | "(" | "." | "và" | "nhờ" | "do" | "vì" | "bởi" | "nếu"
                )
                || (t.text == "," && !in_cue);
            // "23 xe hàng chở hạt dẻ, hoa hồi làm thủ tục xuất khẩu": a list
            // of goods goes on.
            let goods_go_on = matches!(t.text, "," | "và") && self.starts_goods(i + 1);
            if stop && !goods_go_on {
                break;
            }
            i += 1;
        }
        i
    }

    /// Whether a commodity's name starts at token `k` ("hoa hồi" after
    /// "hạt dẻ,"): looked for only as far as the longest name reaches.
    fn starts_goods(&self, k: usize) -> bool {
        let to = (k + LONGEST_COMMODITY).min(self.toks.len());
        commodity_spans(self, k, to)
            .next()
            .is_some_and(|(at, _)| at == k)
    }

    /// "gấp đôi", "gấp rưỡi", "gấp ba lần": a multiple written in words,
    /// as a figure in `lần` at the word after "gấp"; "giảm một nửa": a fall
    /// by half, as a figure of 50%.
    fn figure_in_words(&self, i: usize) -> Option<Figure> {
        if i == 0
            || self.toks[i].kind != TokKind::Word
            || !matches!(
                self.word(i),
                "một" | "phân" | "hai" | "ba" | "tư" | "bốn" | "năm" | "mười" | "đôi" | "rưỡi"
            )
        {
            return None;
        }
        let percent = |value: f64, last: usize| Figure {
            tok: i,
            tok_end: last + 1,
            start: self.toks[i].start,
            end: self.toks[last].end,
            value,
            high: None,
            unit: Some(UnitRead::plain(UnitWord::Percent, self.toks[last].end)),
            column_period: None,
            column_place: None,
        };
        // The verb, past a qualifier ("tăng gần một phần tư").
        let mut j = i - 1;
        while j > 0 && matches!(self.word(j), "gần" | "hơn" | "khoảng" | "chừng") {
            j -= 1;
        }
        let verb = self.word(j);
        let half = matches!(verb, "giảm" | "tăng")
            && matches!(self.word(i), "một" | "phân")
            && self.word(i + 1) == "nửa";
        if half {
            return Some(percent(50.0, i + 1));
        }
        // "giảm một phần ba" (a third less), "bằng hai phần ba" (two
        // thirds of the base), "tăng gần một phần tư" (a quarter more).
        let part = |w: &str| match w {
            "một" => Some(1.0),
            "hai" => Some(2.0),
            "ba" => Some(3.0),
            "tư" | "bốn" => Some(4.0),
            "năm" => Some(5.0),
            "mười" => Some(10.0),
            _ => None,
        };
        if matches!(verb, "giảm" | "bằng" | "tăng") && self.word(i + 1) == "phần" {
            if let (Some(n), Some(d)) = (part(self.word(i)), part(self.word(i + 2))) {
                if n < d {
                    return Some(percent(tidy(n / d * 100.0), i + 2));
                }
            }
        }
        if self.word(i - 1) != "gấp" {
            return None;
        }
        let times = match self.word(i) {
            "đôi" | "hai" => 2.0,
            "rưỡi" => 1.5,
            "ba" => 3.0,
            "bốn" | "tư" => 4.0,
            "năm" => 5.0,
            "mười" => 10.0,
            _ => return None,
        };
        let end = if self.word(i + 1) == "lần" {
            i + 2
        } else {
            i + 1
        };
        Some(Figure {
            tok: i,
            tok_end: end,
            start: self.toks[i].start,
            end: self.toks[end - 1].end,
            value: times,
            high: None,
            unit: Some(UnitRead::plain(UnitWord::Times, self.toks[end - 1].end)),
            column_period: None,
            column_place: None,
        })
    }

    /// `A/B` right after "bằng", "giảm" or "tăng", as a percentage figure
    /// (`1/20` is 5%; "giảm 1/3" is a third less).
    fn fraction_after_ratio_word(&self, i: usize) -> Option<Figure> {
        let glued = |k: usize| {
            self.toks
                .get(k)
                .is_some_and(|t| t.start == self.toks[k - 1].end)
        };
        let (a, slash, b) = (
            self.toks.get(i)?,
            self.toks.get(i + 1)?,
            self.toks.get(i + 2)?,
        );
        let is_fraction = matches!(self.word(i.checked_sub(1)?), "bằng" | "giảm" | "tăng")
            && slash.text == "/"
            && b.kind == TokKind::Number
            && glued(i + 1)
            && glued(i + 2)
            && !(self.toks.get(i + 3).is_some_and(|t| t.text == "/") && glued(i + 3));
        let (a, b): (f64, f64) = (a.text.parse().ok()?, b.text.parse().ok()?);
        (is_fraction && b > 0.0).then(|| Figure {
            tok: i,
            tok_end: i + 3,
            start: self.toks[i].start,
            end: self.toks[i + 2].end,
            value: tidy(a / b * 100.0),
            high: None,
            unit: Some(UnitRead::plain(UnitWord::Percent, self.toks[i + 2].end)),
            column_period: None,
            column_place: None,
        })
    }

    /// Whether a phrase spans years or is a horizon ("giai đoạn 2025 –
    /// 2030", "đến năm 2030"): the year it ends in is no year a figure
    /// without one is of.
    fn is_horizon(&self, p: &PeriodHit) -> bool {
        let expr = p.found.expr;
        let years = expr.from.year.is_some() && expr.year() != expr.from.year;
        let until = matches!(self.word(p.tok_start), "đến" | "tới")
            || matches!(self.word(p.tok_start.wrapping_sub(1)), "đến" | "tới");
        years || until
    }

    /// Whether the sentence is an item of a list ("- Xuất khẩu: …").
    fn is_item(&self) -> bool {
        matches!(self.word(0), "-" | "–" | "+" | "•" | "*")
    }

    /// The comparison base whose value figure `f` gives in brackets
    /// ("thấp hơn năm 2025 (3,34 triệu tấn)").
    fn base_of(&self, f: &Figure) -> Option<&PeriodHit> {
        // "so với 235,7 tỷ USD năm 2025": the figure compared with, and
        // its period, after it.
        let compared = word_before(self, f.tok, &["mức", "khoảng", "gần", "hơn"])
            .is_some_and(|j| self.word(j) == "với" && self.word(j.wrapping_sub(1)) == "so");
        self.periods.iter().find(|p| {
            (p.found.base && p.tok_end + 1 == f.tok && self.word(p.tok_end) == "(")
                || (compared
                    && (p.tok_start == f.tok_end
                        || (p.tok_start == f.tok_end + 1
                            && matches!(self.word(f.tok_end), "của" | "trong" | "vào"))))
        })
    }

    /// "Sóc Giang đạt một trăm linh năm triệu đô la Mỹ; Lý Vạn đạt năm
    /// mươi tám triệu rưỡi; …": an amount in millions or billions with its
    /// currency left out, as an item of a list whose item before has one.
    fn currency_of_list(&self, text: &str, f: &Figure) -> Option<UnitRead> {
        let scaled =
            crate::number::read_number(text, f.start).is_some_and(|n| n.scaled && n.value >= 1e6);
        // (Past the change of the item before: "…, gấp ba lần cùng kỳ;".)
        let before = self.figures.iter().rev().find(|g| {
            g.tok < f.tok
                && !g
                    .unit
                    .is_some_and(|u| matches!(u.word, UnitWord::Percent | UnitWord::Times))
        })?;
        let item = (before.tok_end..f.tok).any(|i| matches!(self.word(i), ";" | ","));
        let currency = before
            .unit
            .filter(|u| matches!(u.word, UnitWord::Usd | UnitWord::Vnd | UnitWord::Yuan))?;
        (scaled && item).then(|| UnitRead::plain(currency.word, f.end))
    }

    /// "Số doanh nghiệp làm thủ tục là 163": the unit of a bare count,
    /// named after "số" (or "số lượng") in its clause, where the count is
    /// what the subject "is" or "reaches".
    fn unit_in_subject(&self, text: &str, f: &Figure) -> Option<UnitRead> {
        const QUALIFIERS: &[&str] = &["hơn", "gần", "khoảng", "trên", "ước", "tối", "thiểu"];
        // Also what a goal sets or what was carried out ("chỉ tiêu tối
        // thiểu 150 – thực hiện 172", "đạt được 172").
        let is_said = word_before(self, f.tok, QUALIFIERS).is_some_and(|j| {
            matches!(self.word(j), "là" | "đạt" | ":")
                || matches!(
                    (self.word(j.wrapping_sub(1)), self.word(j)),
                    ("chỉ", "tiêu") | ("thực", "hiện") | ("đạt", "được")
                )
        });
        if !is_said {
            return None;
        }
        (self.clause_start(f.tok)..f.tok)
            .filter(|&i| self.word(i) == "số")
            .find_map(|i| {
                let noun = if self.word(i + 1) == "lượng" {
                    i + 1
                } else {
                    i
                };
                let u = units::read(text, self.toks[noun].end)?;
                let counted = matches!(
                    u.word,
                    UnitWord::Vehicle
                        | UnitWord::Wagon
                        | UnitWord::Train
                        | UnitWord::Person
                        | UnitWord::Tourist
                        | UnitWord::Luot
                        | UnitWord::Enterprise
                        | UnitWord::Declaration
                );
                counted.then_some(u)
            })
    }

    /// Reads every number of the sentence with its unit, skipping numbers
    /// that belong to a date, a period or a place name (`Km3+4`).
    fn read_figures(&self, text: &str) -> Vec<Figure> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < self.toks.len() {
            let t = &self.toks[i];
            if t.kind == TokKind::Punct {
                i += 1;
                continue;
            }
            let glued_after = i > 0 && t.glued;
            let prev = if i > 0 { self.toks[i - 1].text } else { "" };
            if let Some(times) = self.figure_in_words(i) {
                out.push(times);
                i = times.tok_end;
                continue;
            }
            let candidate = match t.kind {
                TokKind::Number => {
                    !(glued_after
                        && (self.toks[i - 1].kind == TokKind::Word || prev == "/" || prev == ":"))
                }
                // "hàng trăm xe" (hundreds of trucks) is no number.
                TokKind::Word => is_number_word(t.text) && prev != "hàng",
                TokKind::Punct => false,
            };
            // "mùng 4 Tết", "mồng 10 tháng Giêng", "27 tháng Chạp": a day,
            // not a quantity.
            // So is a length of time ("3 tuần đầu vụ", "sau 4 giờ").
            let day = || {
                matches!(prev, "mùng" | "mồng")
                    || (self.word(i + 1) == "tháng" && matches!(self.word(i + 2), "chạp" | "giêng"))
                    || matches!(self.word(i + 1), "tuần" | "giờ" | "phút")
            };
            if !candidate || day() || self.in_period(i) || self.in_place(i) {
                i += 1;
                continue;
            }
            let Some(n) = read_number(text, t.start) else {
                // "bằng 1/3 so với cùng kỳ": a ratio, read as the percentage
                // it is.
                if let Some(ratio) = self.fraction_after_ratio_word(i) {
                    out.push(ratio);
                    i = ratio.tok_end;
                    continue;
                }
                // A date or a code: skip all of it.
                i = tok_at(self.toks, skip_code(text, t.end)).max(i + 1);
                continue;
            };
            let mut unit = units::read(text, n.end);
            let mut start = n.start;
            // "đạt USD 5 triệu": the currency written before the amount.
            if unit.is_none() && prev == "usd" && i > 1 && self.toks[i - 2].kind == TokKind::Word {
                unit = Some(UnitRead::plain(UnitWord::Usd, n.end));
                start = self.toks[i - 1].start;
            }
            let end = unit.map_or(n.end, |u| u.end);
            // A run of digits too long for any figure (an id, a phone
            // number pasted in) has no exact value to report.
            if !(n.value.is_finite() && n.high.is_none_or(f64::is_finite)) || n.value > 1e16 {
                i = tok_at(self.toks, end).max(i + 1);
                continue;
            }
            let tok_end = tok_at(self.toks, end).max(i + 1);
            out.push(Figure {
                tok: i,
                tok_end,
                start,
                end,
                value: n.value,
                high: n.high,
                unit,
                column_period: None,
                column_place: None,
            });
            i = tok_end;
        }
        self.share_list_units(text, &mut out);
        out
    }

    /// "lần lượt là 286, 341 và 402 doanh nghiệp", "402,5; 516,8 và 688
    /// triệu USD": the numbers of a list that ends in "và" (or "hoặc")
    /// share the unit, and the scale word, of its last one.
    fn share_list_units(&self, text: &str, figures: &mut [Figure]) {
        let scale_in = |f: &Figure| {
            (f.tok..f.tok_end)
                .filter(|&i| self.toks[i].kind == TokKind::Word)
                .find_map(|i| crate::number::read_scale(&text[self.toks[i].start..]))
                .map(|(s, _)| s)
        };
        // Whether the list from a figure to the next one's ends in "và",
        // and the scale its last figure has.
        let mut ends_in_and = false;
        let mut list_scale = None;
        for k in (0..figures.len().saturating_sub(1)).rev() {
            let between = figures[k].tok_end..figures[k + 1].tok;
            let separated = !between.is_empty()
                && between
                    .clone()
                    .all(|i| matches!(self.word(i), "," | ";" | "và" | "hoặc"));
            ends_in_and = separated
                && (ends_in_and
                    || between
                        .clone()
                        .any(|i| matches!(self.word(i), "và" | "hoặc")));
            if !ends_in_and {
                list_scale = None;
            }
            let (Some(unit), None, true) = (figures[k + 1].unit, figures[k].unit, ends_in_and)
            else {
                continue;
            };
            list_scale = list_scale.or_else(|| scale_in(&figures[k + 1]));
            let scale = match (list_scale, scale_in(&figures[k])) {
                (Some(s), None) => s,
                _ => 1.0,
            };
            figures[k].take_unit(scale, unit);
        }
    }
}

/// A table written as text, its unit in a column's heading or in its
/// caption, its periods in the headings of its columns:
///
/// ```text
/// Cửa khẩu   Kim ngạch (triệu USD)   So với cùng kỳ
/// Hữu Nghị   18.640                  +21%
///
/// Bảng 1. Kim ngạch theo cửa khẩu (ĐVT: triệu USD)
/// Cửa khẩu   Tháng 10/2026   10 tháng 2026   So cùng kỳ (%)
/// Trà Lĩnh   121,4           1.086,3         +31,2
/// ```
///
/// A row's numbers with no unit of their own are in the heading's scale
/// and unit, each of its column's period (the first number when the
/// columns name none); a signed number after them is a change, in
/// percent when a heading says so.
fn read_table_rows(text: &str, views: &mut [View]) {
    let context = first_year(views);
    let mut heading: Option<(f64, UnitRead)> = None;
    let mut columns: Vec<Period> = Vec::new();
    let mut percent_column = false;
    for n in 0..views.len() {
        let v = &views[n];
        let row = n > 0
            && heading.is_some()
            && views[n - 1].sentence.end + 1 == v.sentence.start
            && !v.places.is_empty();
        if !row {
            let periods: Vec<Period> = v
                .periods
                .iter()
                .filter(|p| !p.found.base)
                .filter_map(|p| p.found.expr.resolve(context))
                .collect();
            let header = v.figures.is_empty() && v.places.is_empty() && periods.len() > 1;
            match column_unit(text, v) {
                Some(h) => heading = Some(h),
                // The columns' line under a caption that gave the unit.
                None if header && heading.is_some() => {}
                None => heading = None,
            }
            columns = if header { periods } else { Vec::new() };
            percent_column = v.toks.iter().any(|t| t.text == "%");
            continue;
        }
        let Some((scale, unit)) = heading else {
            continue;
        };
        let v = &mut views[n];
        let signed =
            |f: &Figure| f.tok > 0 && matches!(v.toks[f.tok - 1].text, "+" | "-" | "–" | "−");
        let cells: Vec<usize> = (0..v.figures.len())
            .filter(|&k| {
                let f = &v.figures[k];
                f.unit.is_none() && f.tok > 0 && !signed(f)
            })
            .take(columns.len().max(1))
            .collect();
        for (i, &k) in cells.iter().enumerate() {
            v.figures[k].take_unit(scale, unit);
            v.figures[k].column_period = columns.get(i).copied();
        }
        if percent_column {
            for k in 0..v.figures.len() {
                if v.figures[k].unit.is_none() && signed(&v.figures[k]) {
                    let f = &mut v.figures[k];
                    f.unit = Some(UnitRead::plain(UnitWord::Percent, f.end));
                }
            }
        }
    }
}

/// A table whose columns are places and whose rows are measures, each
/// row's unit in brackets in its label, its period the caption's:
///
/// ```text
/// Chỉ tiêu                  Trà Lĩnh   Tà Lùng   Toàn tỉnh
/// Thu ngân sách (tỷ đồng)   642,7      538,2     1.305,6
/// ```
///
/// A column headed "Toàn tỉnh" (or "Tổng", "Cả tỉnh") is the province of
/// the others.
fn read_place_columns(text: &str, views: &mut [View]) {
    let mut columns: Vec<PlaceId> = Vec::new();
    for n in 0..views.len() {
        let adjacent = n > 0 && views[n - 1].sentence.end + 1 == views[n].sentence.start;
        if views[n].figures.is_empty() {
            columns = place_columns(&views[n]);
            continue;
        }
        if !adjacent {
            columns.clear();
        }
        let Some((scale, unit)) = (!columns.is_empty())
            .then(|| bracketed_unit(text, &views[n]))
            .flatten()
        else {
            continue;
        };
        let v = &mut views[n];
        let cells: Vec<usize> = (0..v.figures.len())
            .filter(|&k| v.figures[k].unit.is_none())
            .collect();
        if cells.len() != columns.len() {
            continue;
        }
        for (&k, &place) in cells.iter().zip(&columns) {
            v.figures[k].take_unit(scale, unit);
            v.figures[k].column_place = Some(place);
        }
    }
}

/// A series in prose whose unit is declared once, in brackets before a
/// colon: "Diễn biến theo tháng (triệu USD): tháng 7 đạt 402,1; tháng 8
/// đạt 415,6; …". Each bare number after the colon is in that unit.
fn read_series(text: &str, views: &mut [View]) {
    for v in views.iter_mut() {
        let Some((scale, unit)) = bracketed_unit(text, v) else {
            continue;
        };
        let first = v.figures[0].tok;
        let Some(colon) = (1..first).find(|&i| v.word(i - 1) == ")" && v.word(i) == ":") else {
            continue;
        };
        for k in 0..v.figures.len() {
            let f = &v.figures[k];
            if f.tok > colon && f.unit.is_none() {
                v.figures[k].take_unit(scale, unit);
            }
        }
    }
}

/// The places heading the columns of a table's first line (one with no
/// full stop), in order; none for any other line.
fn place_columns(v: &View) -> Vec<PlaceId> {
    let heading_line = !matches!(v.word(v.toks.len().wrapping_sub(1)), "." | "!" | "?" | ";");
    let places: Vec<PlaceId> = v
        .places
        .iter()
        .filter(|g| !g.reporter)
        .filter_map(|g| match g.place.members() {
            [id] => Some(*id),
            _ => None,
        })
        .collect();
    if !heading_line || places.len() < 2 {
        return Vec::new();
    }
    let last = v.places.last().map_or(0, |g| g.tok_end);
    let whole = (last..v.toks.len()).any(|i| {
        matches!(
            (v.word(i), v.word(i + 1)),
            ("toàn" | "cả", "tỉnh") | ("tổng", _)
        )
    });
    let province = province_of(&Place::single(places[0]))
        .and_then(|p| p.members().first().copied())
        .filter(|_| whole);
    places.into_iter().chain(province).collect()
}

/// The scale and unit in brackets opened at token `i`: "(tỷ đồng)",
/// "(xe/ngày)", "(ĐVT: triệu USD)" (đơn vị tính, the unit of measure).
fn unit_in_brackets(text: &str, v: &View, i: usize) -> Option<(f64, UnitRead)> {
    let t = v.toks.get(i).filter(|t| t.text == "(")?;
    let from = match (v.toks.get(i + 1), v.toks.get(i + 2)) {
        (Some(d), Some(colon)) if d.folded == "dvt" && colon.text == ":" => colon.end,
        _ => t.end,
    };
    let (scale, len) = crate::number::read_scale(&text[from..]).unwrap_or((1.0, 0));
    let unit = units::read(text, from + len)?;
    text[unit.end..]
        .trim_start()
        .starts_with(')')
        .then_some((scale, unit))
}

/// The scale and unit in brackets before a line's first figure ("Thu
/// ngân sách (tỷ đồng)", "Bình quân (xe/ngày)"): a table row's label.
fn bracketed_unit(text: &str, v: &View) -> Option<(f64, UnitRead)> {
    let first = v.figures.first()?.tok;
    (0..first).find_map(|i| unit_in_brackets(text, v, i))
}

/// The scale and unit a line with no figure names in brackets, as a
/// column's heading or a caption does ("Kim ngạch (triệu USD)", "(nghìn
/// tấn)", "(ĐVT: triệu USD)").
fn column_unit(text: &str, v: &View) -> Option<(f64, UnitRead)> {
    if !v.figures.is_empty() {
        return None;
    }
    (0..v.toks.len())
        .filter_map(|i| unit_in_brackets(text, v, i))
        .find(|(_, unit)| matches!(unit.word, UnitWord::Usd | UnitWord::Vnd | UnitWord::Tan))
}

/// "Trong đó", "Cụ thể": the words that open the parts of the figure
/// before them, at the head of a sentence or inside it.
fn opens_parts(a: &str, b: &str) -> bool {
    matches!((a, b), ("trong", "đó") | ("cụ", "thể"))
}

/// Number words a spelled-out figure can start with.
fn is_number_word(w: &str) -> bool {
    matches!(
        w,
        "một" | "hai" | "ba" | "bốn" | "năm" | "sáu" | "bảy" | "tám" | "chín" | "mười" | "trăm"
    )
}

/// The end of a code or date that starts with digits (`14/2018/NĐ-CP`).
fn skip_code(text: &str, from: usize) -> usize {
    let rest = &text[from..];
    from + rest.find(|c: char| c.is_whitespace()).unwrap_or(rest.len())
}

/// Words that may stand between two names of a joint place.
const JOINERS: &[&str] = &[
    "và",
    ",",
    "+",
    "cùng",
    "tỉnh",
    "cửa",
    "khẩu",
    "quốc",
    "tế",
    "lối",
    "mở",
    "thông",
    "quan",
    "cầu",
    "ga",
    "đường",
    "sắt",
    "chính",
    "phụ",
    "thành",
    "phố",
    "tp",
    "các",
    "hai",
    "cặp",
    // Bulletins' "CK Sóc Giang và CK Lý Vạn", "CKQT", "CKP".
    "ck",
    "ckqt",
    "ckp",
];

/// Words before a place name that make it part of an agency's name.
const AGENCY_WORDS: &[&str] = &[
    "quan", "cục", "lý", "kê", "ubnd", "dân", "phòng", "trạm", "đồn", "tế", "thương", "ban", "sở",
];

/// Words that may stand between an agency word and the place name.
const AGENCY_FILLERS: &[&str] = &[
    "cửa", "khẩu", "quốc", "tế", "tỉnh", "thành", "phố", "tp", "khu", "vực", "kinh",
];

/// Words for the parts of a province, before a name they share with a
/// province or city ("phường Hà Giang 1", "phường Móng Cái 1").
const SUBDIVISIONS: &[&str] = &["phường", "xã", "huyện", "quận", "trấn", "thôn"];

/// Words that may stand between "cách" (away from) and a place name.
const LANDMARK_FILLERS: &[&str] = &[
    "trung",
    "tâm",
    "tỉnh",
    "thành",
    "phố",
    "tp",
    "phường",
    "xã",
    "huyện",
    "thị",
    "trấn",
];

fn find_places(text: &str, toks: &[Token]) -> Vec<PlaceGroup> {
    let g = Gazetteer::builtin();
    let mut mentions: Vec<(PlaceId, usize, usize, bool)> = Vec::new();
    // Where the last place named as a road's end ended.
    let mut road_end = None;
    for m in g.find_in(toks) {
        let (t0, t1) = (m.start, m.end);
        // Names are written with capitals: "diễn biến" (a course of
        // events), "tình hữu nghị" (friendship), "tỷ đồng đang …" fold to
        // Điện Biên, Hữu Nghị and Đồng Đăng, but are none of them. An
        // alias that says what the place is ("cửa khẩu quốc tế ga đường
        // sắt") is a description, in any case.
        let described = matches!(
            toks[t0].text,
            "cửa" | "ga" | "tỉnh" | "lối" | "cảng" | "chợ"
        );
        if !described && !toks[t0..t1].iter().any(|t| t.capital) {
            continue;
        }
        // "Ông Lý Văn Pháng" is a man, not the gate Lý Vạn: a name written
        // with other diacritics than any of the place's is another word.
        let info = g.get(m.id);
        let written = &text[toks[t0].start..toks[t1 - 1].end];
        let lower = toks[t0..t1].iter().flat_map(|t| t.text.bytes());
        let as_listed = info.spellings.iter().any(|s| s.bytes().eq(lower.clone()));
        let names = std::iter::once(&info.name)
            .chain(&info.aliases)
            .map(String::as_str);
        if !as_listed && !spelled_as(written, names) {
            continue;
        }
        // "Móng Cái (Quảng Ninh)", "Chi Ma (huyện Lộc Bình, tỉnh Lạng
        // Sơn)": a place in brackets opened right after a place only says
        // where that place is.
        let open = toks[..t0]
            .iter()
            .rposition(|t| matches!(t.text, "(" | ")"))
            .filter(|&j| toks[j].text == "(");
        let bracketed = open.is_some_and(|j| mentions.last().is_some_and(|m| m.2 == j));
        if bracketed {
            continue;
        }
        // "phường Hà Giang 1" is a ward, not the province; "cách trung
        // tâm tỉnh Tuyên Quang khoảng 160 km" measures from a place
        // nothing is said of.
        let mut l = t0;
        while l > 0 && LANDMARK_FILLERS.contains(&toks[l - 1].text) {
            l -= 1;
        }
        // A numbered ward ("phường Móng Cái 1") is part of a city, not
        // the city; "tỉnh Hà Giang (cũ)" is a province no more.
        let subdivision = t0 > 0
            && SUBDIVISIONS.contains(&toks[t0 - 1].text)
            && (matches!(g.get(m.id).kind, PlaceKind::Province | PlaceKind::Country)
                || toks.get(t1).is_some_and(|t| t.kind == TokKind::Number));
        let former = matches!(
            toks.get(t1..t1 + 2).map(|w| (w[0].text, w[1].text)),
            Some(("(", "cũ") | ("cũ", _))
        );
        // "cao tốc Tuyên Quang – Hà Giang", "quốc lộ Lạng Sơn - Cao Bằng":
        // the ends of a road are nothing a figure is about.
        let road = t0 > 0
            && (matches!(toks[t0 - 1].text, "tốc" | "lộ")
                || (matches!(toks[t0 - 1].text, "-" | "–") && road_end == Some(t0 - 1)));
        if road {
            road_end = Some(t1);
        }
        if road || subdivision || former || (l > 0 && toks[l - 1].text == "cách") {
            continue;
        }
        let mut k = t0;
        while k > 0 && AGENCY_FILLERS.contains(&toks[k - 1].text) {
            k -= 1;
        }
        // "Theo Chi nhánh Vận tải đường sắt Lạng Sơn, …": whatever the
        // source cited at the head of a clause is called, its name is no
        // place of a figure.
        let cited = toks[..t0]
            .iter()
            .rposition(|t| matches!(t.text, "theo" | "," | ";" | ":"))
            .is_some_and(|j| {
                toks[j].text == "theo"
                    && j + 1 < t0
                    && (j == 0 || matches!(toks[j - 1].text, "," | ";" | ":"))
            });
        // "lối thông quan Cốc Nam" is a crossing, "Hải quan" an agency.
        let clearance =
            k > 1 && toks[k - 1].text == "quan" && matches!(toks[k - 2].text, "thông" | "liên");
        let agency = cited || (k > 0 && AGENCY_WORDS.contains(&toks[k - 1].text) && !clearance);
        // "Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn": the second half of
        // an agency's pair name is the agency's too.
        let paired = mentions
            .last()
            .is_some_and(|p| p.3 && p.2 + 1 == t0 && matches!(toks[t0 - 1].text, "-" | "–"));
        mentions.push((m.id, t0, t1, agency || paired));
    }
    let mut groups: Vec<PlaceGroup> = Vec::new();
    for (id, t0, t1, reporter) in mentions {
        if let Some(last) = groups.last_mut() {
            let between = &toks[last.tok_end..t0];
            let joined = !between.is_empty()
                && between.iter().any(|t| matches!(t.text, "và" | "," | "+"))
                && between.iter().all(|t| JOINERS.contains(&t.text));
            // "hai ga Đồng Đăng và Lào Cai": the stations, the second named
            // under the first one's "ga".
            let id = match last.tok_start.checked_sub(1).map(|k| toks[k].text) {
                Some("ga") if joined && g.get(id).kind == PlaceKind::Province => {
                    g.lookup(&format!("ga {}", g.get(id).name)).unwrap_or(id)
                }
                _ => id,
            };
            // "cửa khẩu Chi Ma, tỉnh Lạng Sơn": a gate's own province after
            // it says where the gate is; it is no second place.
            let its_province = joined
                && Gazetteer::builtin().get(id).kind == PlaceKind::Province
                && area_of(&last.place) == Some(Place::single(id));
            if its_province {
                last.tok_end = t1;
                continue;
            }
            // "Tại Lai Châu, cửa khẩu Ma Lù Thàng đạt …": a province set
            // as the scene before one of its gates is where the gate is.
            let scene = joined
                && !between.iter().any(|t| matches!(t.text, "và" | "+"))
                && lies_in(id, &last.place)
                && Gazetteer::builtin().get(id).kind != PlaceKind::Province;
            if scene && !reporter && !last.reporter {
                last.place = Place::single(id);
                last.tok_end = t1;
                continue;
            }
            // "Hoành Mô – Bắc Phong Sinh": two crossings joined by a dash
            // are both the figure's (a gate paired with its Chinese
            // counterpart names only one place of the gazetteer); so are
            // any two places in brackets ("Chi cục Hải quan khu vực XVI
            // (Cao Bằng – Tuyên Quang)"), where a dash is no road.
            let in_brackets = toks[..t0]
                .iter()
                .rposition(|t| matches!(t.text, "(" | ")"))
                .is_some_and(|j| toks[j].text == "(");
            let dashed = matches!(between, [t] if matches!(t.text, "-" | "–" | "—"))
                && !reporter
                && ((is_crossing(id) && last.place.members().iter().all(|&p| is_crossing(p)))
                    || in_brackets);
            if (joined || dashed) && last.reporter == reporter {
                let mut ids = last.place.members().to_vec();
                ids.push(id);
                last.place = Place::joint(&ids);
                last.tok_end = t1;
                continue;
            }
        }
        groups.push(PlaceGroup {
            place: Place::single(id),
            tok_start: t0,
            tok_end: t1,
            reporter,
        });
    }
    groups
}

/// Whether a place is a crossing (a gate, station, opening or wharf), not
/// an area.
fn is_crossing(id: PlaceId) -> bool {
    !matches!(
        Gazetteer::builtin().get(id).kind,
        PlaceKind::Province | PlaceKind::City | PlaceKind::Country
    )
}

/// The kind of figure a sentence without figures announces: goals ("chỉ
/// tiêu", "mục tiêu", "phấn đấu", "kế hoạch") or forecasts ("dự báo",
/// "dự kiến").
fn plan_words(v: &View) -> Option<Kind> {
    v.toks
        .windows(2)
        .find_map(|w| match (w[0].text, w[1].text) {
            ("chỉ" | "mục", "tiêu") | ("phấn", "đấu") | ("kế", "hoạch") => {
                Some(Kind::Target)
            }
            ("dự", "báo" | "kiến") => Some(Kind::Forecast),
            _ => None,
        })
}

/// Việt Nam, whose figures are the country's trade.
fn the_nation() -> Option<Place> {
    Gazetteer::builtin().lookup("Việt Nam").map(Place::single)
}

/// Whether sentence `v` names an agency before token `at`: "Chi cục Hải
/// quan …", "Ban Quản lý …", "Sở Công Thương …".
fn names_agency(v: &View, at: usize) -> bool {
    v.toks[..at.min(v.toks.len())].windows(2).any(|w| {
        matches!(
            (w[0].text, w[1].text),
            ("hải", "quan") | ("chi", "cục") | ("ban", "quản") | ("sở", "công")
        )
    })
}

/// The customs regions sentence `v` gives a place for, by numeral: "khu
/// vực VIII (Quảng Ninh)", "khu vực XVI (Cao Bằng – Tuyên Quang)".
fn regions_named<'v>(v: &View<'v>) -> Vec<(&'v str, Place)> {
    v.places
        .iter()
        .filter(|g| g.tok_start >= 4)
        .filter(|g| {
            let w = |k: usize| v.toks[g.tok_start - k].text;
            w(1) == "(" && w(3) == "vực" && w(4) == "khu"
        })
        .map(|g| (v.toks[g.tok_start - 2].text, g.place.clone()))
        .collect()
}

/// Adds the crossings sentence `v` names before token `to` to `named`,
/// keeping each once, the latest last.
/// The crossings sentence `v` introduces by their number and names:
/// "hai cửa khẩu Hoành Mô và Bắc Phong Sinh", "ba cặp cửa khẩu Trà Lĩnh –
/// Long Bang, Sóc Giang – Bình Mãng và Pò Peo – Nhạc Vu" (the other side's
/// gates are not in the gazetteer).
fn counted_crossings(v: &View) -> Vec<(usize, Place)> {
    let mut out = Vec::new();
    for i in 1..v.toks.len() {
        if !(v.word(i - 1) == "cửa" && v.word(i) == "khẩu") {
            continue;
        }
        let mut j = i - 1;
        if v.word(j.wrapping_sub(1)) == "cặp" {
            j -= 1;
        }
        let count = match v.word(j.wrapping_sub(1)) {
            "hai" | "2" => 2,
            "ba" | "3" => 3,
            "bốn" | "4" => 4,
            _ => continue,
        };
        let named: Vec<PlaceId> = v
            .places
            .iter()
            .skip_while(|g| g.tok_start + 1 < i || g.tok_start > i + 1)
            .flat_map(|g| g.place.members().iter().copied())
            .filter(|&id| is_crossing(id))
            .take(count)
            .collect();
        if named.len() == count {
            out.push((count, Place::joint(&named)));
        }
    }
    out
}

fn note_crossings(named: &mut Vec<PlaceId>, v: &View, to: usize) {
    for g in v.places.iter().filter(|g| !g.reporter && g.tok_end <= to) {
        for &id in g.place.members().iter().filter(|&&id| is_crossing(id)) {
            named.retain(|&k| k != id);
            named.push(id);
        }
    }
}

/// The one crossing (gate, station, opening) the article's headline
/// names: a first line of its own, with no full stop at its end.
fn headline_gate(text: &str, views: &[View]) -> Option<Place> {
    let first = views.first()?;
    let headline = views
        .iter()
        .take_while(|v| v.sentence.paragraph == first.sentence.paragraph)
        .count()
        == 1
        && views.len() > 1
        && !text[first.sentence.start..first.sentence.end]
            .trim_end()
            .ends_with(['.', '!', '?', '…']);
    let mut gates = first
        .places
        .iter()
        .filter(|g| !g.reporter && g.place.members().iter().all(|&id| is_crossing(id)));
    match (headline, gates.next(), gates.next()) {
        (true, Some(g), None) => Some(g.place.clone()),
        _ => None,
    }
}

/// Whether the period at token `at` follows a verb of an event ("Nghị
/// định thư được ký ngày 19/8/2024", "khu kinh tế thành lập năm 2008"): the
/// day something was signed or opened is the period of no figure, not even
/// of one in its own sentence, and sets no year.
fn after_an_event_verb(toks: &[Token], at: usize) -> bool {
    const EVENTS: &[&[&str]] = &[
        &["ký"],
        &["ban", "hành"],
        &["khai", "trương"],
        &["khánh", "thành"],
        &["khởi", "công"],
        &["thành", "lập"],
        &["công", "bố"],
        &["phê", "duyệt"],
        &["có", "hiệu", "lực"],
        // "(Lý Vạn mở từ 27/02/2025)": the day a crossing opened.
        &["mở"],
        &["mở", "cửa"],
    ];
    let mut end = at;
    while end > 0 && matches!(toks[end - 1].text, "vào" | "từ") {
        end -= 1;
    }
    EVENTS.iter().any(|e| {
        end >= e.len()
            && toks[end - e.len()..end]
                .iter()
                .zip(e.iter())
                .all(|(t, w)| t.text == *w)
    })
}

/// Whether the period at token `at` follows a superlative ("tháng có kim
/// ngạch cao nhất từ đầu năm với 201,7 triệu USD", "mức kỷ lục kể từ năm
/// 2019"): it is the stretch a figure is ranked in, not the figure's
/// period.
fn after_a_superlative(toks: &[Token], at: usize) -> bool {
    let mut end = at;
    while end > 0 && matches!(toks[end - 1].text, "từ" | "kể") {
        end -= 1;
    }
    end > 0
        && (toks[end - 1].text == "nhất"
            || (end > 1 && toks[end - 2].text == "kỷ" && toks[end - 1].text == "lục"))
}

/// Whether the phrase at tokens `[start, end)` is a length of time, not
/// a period: "sau gần 8 tháng tạm dừng", "suốt 3 tháng", "dừng 2 tháng",
/// "tạm dừng thông quan gần 2 tháng".
fn is_a_duration(toks: &[Token], start: usize, end: usize) -> bool {
    let mut i = start;
    while i > 0 && matches!(toks[i - 1].text, "gần" | "hơn" | "khoảng" | "trong") {
        i -= 1;
    }
    let stopped = |t: &Token| matches!(t.text, "dừng" | "ngừng" | "đóng" | "gián");
    let before = i > 0 && matches!(toks[i - 1].text, "sau" | "suốt" | "mất" | "dừng")
        || (i >= 3
            && stopped(&toks[i - 3])
            && toks[i - 2].text == "thông"
            && toks[i - 1].text == "quan");
    let after = toks
        .get(end)
        .is_some_and(|t| matches!(t.text, "tạm" | "dừng" | "gián" | "đóng"));
    before || after
}

/// Whether "tỉnh" at token `i` ends an agency's name ("Ban Quản lý Khu
/// kinh tế tỉnh", "Sở Công Thương tỉnh", "UBND tỉnh"): the province's
/// agency, not the province as a figure's subject.
fn in_agency_name(v: &View, i: usize) -> bool {
    matches!(
        v.word(i.wrapping_sub(1)),
        "tế" | "thương" | "dân" | "ubnd" | "hđnd" | "phòng" | "an" | "vụ"
    )
}

/// The place a place stands for as an area: itself for a province, city
/// or country, its parent for a gate or station.
fn area_of(place: &Place) -> Option<Place> {
    let g = Gazetteer::builtin();
    let mut ids: Vec<PlaceId> = Vec::new();
    for &id in place.members() {
        let info = g.get(id);
        let area = match info.kind {
            PlaceKind::Province | PlaceKind::City => id,
            PlaceKind::Country => return None,
            _ => info.parent?,
        };
        if !ids.contains(&area) {
            ids.push(area);
        }
    }
    (!ids.is_empty()).then(|| Place::joint(&ids))
}

/// Whether place `id` lies in `area`: within it in the gazetteer, or in
/// the province its own province was merged into ("Tại Tuyên Quang, cửa
/// khẩu Thanh Thủy …").
fn lies_in(id: PlaceId, area: &Place) -> bool {
    let g = Gazetteer::builtin();
    let [a] = area.members() else {
        return false;
    };
    g.is_within(id, *a)
        || std::iter::successors(Some(id), |&c| g.get(c).parent)
            .any(|c| g.merged_into(c) == Some(*a))
}

/// The province a place lies in (itself, for a province).
fn province_of(place: &Place) -> Option<Place> {
    let g = Gazetteer::builtin();
    let mut ids: Vec<PlaceId> = Vec::new();
    for &id in place.members() {
        let province = std::iter::successors(Some(id), |&c| g.get(c).parent)
            .find(|&c| g.get(c).kind == PlaceKind::Province)?;
        if !ids.contains(&province) {
            ids.push(province);
        }
    }
    (!ids.is_empty()).then(|| Place::joint(&ids))
}

impl PlaceGroup {
    /// The crossing an agency is named for ("Hải quan cửa khẩu Chi Ma").
    fn agency_gate(&self) -> Option<Place> {
        (self.reporter && self.place.members().iter().all(|&id| is_crossing(id)))
            .then(|| self.place.clone())
    }

    /// The area this mention sets for the figures after it: a place's
    /// area, but an agency's own place where it names one ("Hải quan cửa
    /// khẩu Tân Thanh" reports for Tân Thanh, not for all of Lạng Sơn).
    fn area(&self) -> Option<Place> {
        let named_gate = self.reporter
            && self
                .place
                .members()
                .iter()
                .all(|&id| !matches!(Gazetteer::builtin().get(id).kind, PlaceKind::Country));
        if named_gate {
            Some(self.place.clone())
        } else {
            area_of(&self.place)
        }
    }
}

/// Commodity words: a figure about one product names one of these
/// ("quả vải", "mặt hàng hoa quả tươi", "tôm, cua, cá sống").
const COMMODITIES: &[&str] = &[
    "sầu riêng",
    "thanh long",
    "vải",
    "vải thiều",
    "nhãn",
    "dưa hấu",
    "chuối",
    "mít",
    "xoài",
    "chôm chôm",
    "măng cụt",
    "bơ",
    "chanh",
    "chanh leo",
    "sắn",
    "tinh bột sắn",
    "sắn lát",
    "gạo",
    "lúa gạo",
    "ngô",
    "cao su",
    "mủ cao su",
    "cà phê",
    "hạt điều",
    "hồ tiêu",
    "chè",
    "hoa quả",
    "trái cây",
    "rau quả",
    "rau củ quả",
    "nông sản",
    "thủy sản",
    "thuỷ sản",
    "thủy hải sản",
    "thuỷ hải sản",
    "hải sản",
    "tôm",
    "tôm hùm",
    "cua",
    "cua hoàng đế",
    "cá",
    "cá song",
    "cá chình",
    "ốc",
    "ốc hương",
    "mực",
    "hàu",
    "khoai tây",
    "hành tây",
    "tỏi",
    "nấm",
    "táo",
    "nho",
    "quýt",
    "hạt dẻ",
    "mắc ca",
    "hạt mắc ca",
    "gừng",
    "dược liệu",
    "quế",
    "hoa hồi",
    "thảo quả",
    "xi măng",
    "gia cầm",
    "hạt khô",
    "gỗ",
    "ván bóc",
    "than",
    "than cốc",
    "quặng",
    "quặng sắt",
    "phân bón",
    "hóa chất",
    "hoá chất",
    "sắt thép",
    "thép",
    "lưu huỳnh",
    "điện",
    "năng lượng điện",
    "máy móc",
    "máy móc thiết bị",
    "thiết bị",
    "dụng cụ",
    "phụ tùng",
    "dụng cụ phụ tùng",
    "bánh kẹo",
    "dệt may",
    "giày dép",
    "linh kiện",
    "điện thoại",
    "lạc",
    "dừa",
    "dứa",
    "khoai lang",
    "hoa",
    "cây cảnh",
    "yến sào",
    "thịt",
    "thực phẩm",
];

/// Words that may continue a commodity name ("hoa quả tươi", "thủy hải
/// sản đông lạnh", "cá sống", "hạt khô").
const COMMODITY_MODIFIERS: &[&str] = &[
    "tươi", "đông", "lạnh", "sống", "khô", "chín", "nguyên", "liệu", "các", "loại", "xanh", "khác",
];

/// Words that end a commodity's name and start what is said of it: a
/// rate ("tấn nông sản mỗi ngày"), a gloss ("chủ yếu là …"), a place, a
/// verb.
const AFTER_COMMODITY: &[&str] = &[
    "mỗi", "bình", "trung", "chủ", "trong", "qua", "tại", "sang", "từ", "của", "đạt", "tăng",
    "giảm", "so", "với", "được", "cho", "thông", "xuất", "nhập", "đã", "sẽ", "đang", "cũng", "đều",
    "vừa", "chưa", "vẫn", "còn", "bị", "làm", "chờ", "mắc", "chuyển", "lên", "về", "đi", "vào",
    "nằm", "tồn", "ùn",
];

/// Classifier words before a commodity, dropped from its name.
const CLASSIFIERS: &[&str] = &[
    "quả",
    "trái",
    "mặt",
    "hàng",
    "sản",
    "phẩm",
    "nhóm",
    "các",
    "là",
    "như",
    "mặt hàng",
];

/// The most words a name in [`COMMODITIES`] has.
const LONGEST_COMMODITY: usize = 4;

/// The commodity lexicon split into words, by first word.
fn commodity_index() -> &'static FxHashMap<&'static str, Vec<Vec<&'static str>>> {
    static INDEX: OnceLock<FxHashMap<&'static str, Vec<Vec<&'static str>>>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut m: FxHashMap<&str, Vec<Vec<&str>>> = FxHashMap::default();
        for c in COMMODITIES {
            let words: Vec<&str> = c.split(' ').collect();
            assert!(
                words.len() <= LONGEST_COMMODITY,
                "{c} is longer than LONGEST_COMMODITY"
            );
            m.entry(words[0]).or_default().push(words);
        }
        m
    })
}

/// The commodities named in tokens `[from, to)`, left to right: each
/// commodity word (longest first) with the modifiers after it, and the token
/// it starts at. Words inside place names do not count.
fn commodity_mentions(v: &View, from: usize, to: usize) -> Vec<(usize, String)> {
    commodity_spans(v, from, to)
        .map(|(i, end)| {
            let words: Vec<&str> = (i..end).map(|k| v.word(k)).collect();
            (i, words.join(" "))
        })
        .collect()
}

/// The token ranges of [`commodity_mentions`], without their text.
fn commodity_spans<'v>(
    v: &'v View,
    from: usize,
    to: usize,
) -> impl Iterator<Item = (usize, usize)> + 'v {
    let idx = commodity_index();
    let mut i = from;
    std::iter::from_fn(move || {
        while i < to {
            let longest = idx.get(v.word(i)).and_then(|cands| {
                cands
                    .iter()
                    .filter(|words| {
                        i + words.len() <= to
                            && words.iter().enumerate().all(|(k, w)| v.word(i + k) == *w)
                    })
                    .map(Vec::len)
                    .max()
            });
            // "A Pa Chải (Điện Biên)": a place in brackets, not electricity.
            let names_a_place = || {
                v.toks[i].capital
                    && Gazetteer::builtin()
                        .find_in(&v.toks[i..(i + 4).min(v.toks.len())])
                        .first()
                        .is_some_and(|m| m.start == 0)
            };
            match longest {
                Some(n) if !v.in_place(i) && !in_aside(v, from, i, to) && !names_a_place() => {
                    let start = i;
                    let mut end = i + n;
                    while end < to && COMMODITY_MODIFIERS.contains(&v.word(end)) {
                        end += 1;
                    }
                    // "sầu riêng tươi và đông lạnh": two states of one good.
                    let state = |k: usize| {
                        matches!(
                            v.word(k),
                            "tươi" | "đông" | "lạnh" | "sống" | "khô" | "chín"
                        )
                    };
                    if end > start + n && end + 1 < to && v.word(end) == "và" && state(end + 1) {
                        end += 1;
                        while end < to && state(end) {
                            end += 1;
                        }
                    }
                    i = end;
                    return Some((start, end));
                }
                _ => i += 1,
            }
        }
        None
    })
}

/// The commodity written right after a unit ("26.053 tấn hoa quả",
/// "11.454 tấn tôm, cua, cá sống", "hạt dẻ và hoa hồi"): everything up to
/// the next number, a word that ends goods' names, or a "," or "và" that
/// no other good follows, if it starts with a commodity word.
fn commodity_after(v: &View, from: usize) -> Option<String> {
    let (start, first) = commodity_mentions(v, from, v.toks.len())
        .into_iter()
        .next()?;
    if start != from {
        return None;
    }
    let mut end = from;
    while end < v.toks.len() {
        let t = &v.toks[end];
        let list_goes_on = !matches!(t.text, "," | "và") || v.starts_goods(end + 1);
        if t.kind == TokKind::Number
            || matches!(t.text, ";" | "." | "(" | "…" | "/")
            || AFTER_COMMODITY.contains(&t.text)
            || !list_goes_on
        {
            break;
        }
        end += 1;
    }
    while end > from && v.toks[end - 1].kind == TokKind::Punct {
        end -= 1;
    }
    let words: Vec<&str> = (from..end).map(|k| v.word(k)).collect();
    let joined = words.join(" ").replace(" ,", ",");
    Some(if joined.is_empty() { first } else { joined })
}

/// The goods a count of vehicles carries, named right after it ("2.360
/// lượt xe chở vải xuất khẩu", "64 xe hàng xuất khẩu chở hạt dẻ", "1.126
/// lượt xe nông sản").
fn carried(v: &View, f: &Figure) -> Option<String> {
    let mut k = f.tok_end;
    if v.word(k) == "hàng" {
        k += 1;
    }
    // "xe hàng xuất khẩu chở hạt dẻ".
    if matches!(v.word(k), "xuất" | "nhập") && v.word(k + 1) == "khẩu" {
        k += 2;
    }
    if v.word(k) == "chở" {
        k += 1;
    }
    commodity_after(v, k)
}

/// What a figure before a change verb is: "tăng 33%", "giảm 39%",
/// "bằng 164,2%", "gấp 3 lần", "tăng 128 doanh nghiệp".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Verb {
    Rise,
    Fall,
    Ratio,
    Times,
    Exceed,
}

/// The change verb before token `at`, over qualifiers; `None` when the
/// number is a level ("giảm từ 517", "tăng lên 1 tỷ", "giảm còn 24").
fn verb_before(v: &View, at: usize) -> Option<Verb> {
    const QUALIFIERS: &[&str] = &[
        "hơn", "gần", "khoảng", "trên", "tới", "xấp", "xỉ", "mạnh", "đến", "ở", "mức", "thêm",
        "nhẹ",
    ];
    // "+21%", "-8%" (a sign right before the number, after a space or a
    // bracket, "(+18,2%)"): a table's change.
    let sign =
        at > 0 && v.toks[at].glued && (!v.toks[at - 1].glued || v.word(at.wrapping_sub(2)) == "(");
    match v.word(at.wrapping_sub(1)) {
        "+" if sign => return Some(Verb::Rise),
        "-" | "–" | "−" if sign => return Some(Verb::Fall),
        _ => {}
    }
    let j = word_before(v, at, QUALIFIERS)?;
    match v.word(j) {
        "tăng" => Some(Verb::Rise),
        "trưởng" if j > 0 && v.word(j - 1) == "tăng" => Some(Verb::Rise),
        "giảm" => Some(Verb::Fall),
        // "Cao Bằng 1,92 tỷ USD" names a province.
        "bằng" if !v.in_place(j) => Some(Verb::Ratio),
        "gấp" => Some(Verb::Times),
        "vượt" => Some(Verb::Exceed),
        _ => None,
    }
}

/// "cao hơn tháng trước 5,2 triệu USD", "thấp hơn cùng kỳ năm 2024 khoảng
/// 12 tỷ đồng", "nhiều hơn 400 xe": a difference written as a comparison,
/// with its base before the figure or after it. The direction, and the
/// token after "hơn", where the base is looked for.
fn comparison_before(v: &View, at: usize) -> Option<(Verb, usize)> {
    const BETWEEN: &[&str] = &[
        "tháng", "quý", "kỳ", "tuần", "năm", "trước", "liền", "cùng", "khoảng", "gần", "xấp", "xỉ",
    ];
    let mut i = at;
    while i > at.saturating_sub(8) {
        let j = i - 1;
        let in_base = v
            .periods
            .iter()
            .any(|p| p.found.base && p.tok_start <= j && j < p.tok_end);
        if v.word(j) == "hơn" {
            let verb = match v.word(j.checked_sub(1)?) {
                "cao" | "nhiều" => Verb::Rise,
                "thấp" | "ít" => Verb::Fall,
                _ => return None,
            };
            return Some((verb, i));
        }
        if !(in_base || BETWEEN.contains(&v.word(j))) {
            return None;
        }
        i = j;
    }
    None
}

/// The token before `at`, passing over at most three `skipped` words (the
/// qualifiers between a verb and its figure); `None` when only skipped
/// words stand there.
fn word_before(v: &View, at: usize, skipped: &[&str]) -> Option<usize> {
    (at.saturating_sub(4)..at)
        .rev()
        .find(|&j| !skipped.contains(&v.word(j)))
}

/// "phấn đấu thu 9.000 tỷ đồng", "đã thu được khoảng 500 tỷ đồng": money
/// right after the verb "thu" (collect) is revenue collected, where no word
/// of the sentence says otherwise.
fn collected_before(v: &View, at: usize) -> bool {
    const QUALIFIERS: &[&str] = &["được", "đạt", "khoảng", "hơn", "gần", "trên", "ước", "tới"];
    word_before(v, at, QUALIFIERS).is_some_and(|j| v.word(j) == "thu")
}

/// Whether the change figure `k` is written before the level it belongs
/// to: "xuất khẩu tăng 9%, đạt 1,2 tỷ USD". The next figure is a level
/// reached ("đạt", "lên", "ở mức", "còn") in the same clause run, and the change
/// opens the sentence or has a subject of its own since the figure before
/// it ("…; nhập khẩu giảm 3%, đạt …"), rather than following a level as
/// most changes do ("đạt 95 triệu USD, giảm 9,6%").
fn leads_to_level(v: &View, figures: &[Figure], k: usize, prev_end: usize) -> bool {
    let (f, Some(next)) = (&figures[k], figures.get(k + 1)) else {
        return false;
    };
    let level = next
        .unit
        .is_some_and(|u| !matches!(u.word, UnitWord::Percent | UnitWord::Times));
    const QUALIFIERS: &[&str] = &["hơn", "gần", "khoảng", "trên", "xấp", "xỉ", "ước", "mức"];
    let reached = word_before(v, next.tok, QUALIFIERS).is_some_and(|j| {
        j >= f.tok_end && matches!(v.word(j), "đạt" | "lên" | "ở" | "còn" | "xuống")
    });
    let one_run = (f.tok_end..next.tok).all(|i| !matches!(v.word(i), ";" | "."));
    let own_subject = prev_end == 0
        || commodity_spans(v, prev_end, f.tok).next().is_some()
        || v.cues_in(prev_end, f.tok).any(|c| {
            c.cue.flow().is_some()
                || matches!(
                    c.cue,
                    Cue::Budget | Cue::Vehicles | Cue::People | Cue::Tourists | Cue::Tonnage
                )
        })
        || (prev_end..f.tok).any(|i| v.word(i) == ";");
    level && reached && one_run && own_subject
}

/// How a sentence's figure is read.
enum Reading {
    /// A level: a fact.
    Level {
        fact: Box<Fact>,
        /// Its place is the area, as the text gave the figure none.
        place_assumed: bool,
    },
    /// A change of the fact before it (or the next one).
    Change(ChangeAmount, usize),
    /// "đạt 35% kế hoạch".
    Plan(f64),
    /// Not a fact, and not part of one (a share, a subgroup of a count).
    Skip,
    /// A figure of something else (tourism revenue, certificates of origin,
    /// a count of product lines): the changes after it are its own, not
    /// the fact's before it.
    Foreign,
}

/// The period of the most recent figure or period phrase; `Some(None)`
/// after a phrase with no end ("đến nay").
type Recent = Option<Option<Period>>;

pub(super) struct Article<'a> {
    doc: &'a Document,
    id_prefix: &'a str,
    facts: Vec<Fact>,
    recent_period: Recent,
    /// The recent period is the term of a goal or forecast figure: not
    /// the year to date "đến nay" reaches.
    recent_is_plan: bool,
    /// The period of the last fact that is no comparison's base: what a
    /// "Trong đó, …" that states none breaks down, whatever periods were
    /// named in passing since ("… so với quý I/2025 (338,6 triệu USD).
    /// Trong đó, xuất khẩu …").
    whole_period: Option<Period>,
    /// The year of the most recent period; before any, the year the
    /// article's first dated phrase implies.
    year: Option<i32>,
    /// The latest year of a figure that happened, or that a sentence with
    /// no figure and no goal speaks of: the year the article reports on.
    present: Option<i32>,
    /// The place figures of this paragraph are about, if named.
    current_place: Option<Place>,
    /// A crossing named before the current place in the sentence that set
    /// it, when that place is a province ("Cửa khẩu Thanh Thủy là cửa ngõ
    /// … của tỉnh Tuyên Quang"): what a bare "qua cửa khẩu" after it
    /// passes.
    gate_beside_place: Option<Place>,
    /// The day the article is dated, from a dateline before its first
    /// figure ("Lào Cai, ngày 14/7/2026 - …"): the "now" of "tháng
    /// trước".
    dated: Option<chrono::NaiveDate>,
    /// The current place is the area a figure that named none fell back
    /// to: a crossing the next figure is said to pass is more telling.
    place_assumed: bool,
    /// The place named last, whatever the paragraph.
    last_named: Option<Place>,
    /// The crossings named so far, each once, the latest last: what "hai
    /// cửa khẩu này" refers back to.
    named_crossings: Vec<PlaceId>,
    /// The crossings a count introduced by name ("qua ba cặp cửa khẩu Trà
    /// Lĩnh – Long Bang, Sóc Giang – Bình Mãng và Pò Peo – Nhạc Vu"), by
    /// their number: what "ba cặp cửa khẩu" refers to later, whatever
    /// crossings were named in between.
    counted_crossings: Vec<(usize, Place)>,
    /// The place a heading names (a paragraph of one line with no figure
    /// and no full stop), for the paragraph after it.
    heading_place: Option<Place>,
    /// The gate the agency named last is named for ("Hải quan cửa khẩu
    /// Chi Ma"): what "đơn vị" (the unit) reports for.
    agency_gate: Option<Place>,
    /// The scope a sentence with no figure announced for the figures of
    /// the next ("…, kim ngạch mở tờ khai 10 tháng đều tăng. Chi cục …
    /// đạt 5,12 tỷ USD").
    announced_scope: Option<Scope>,
    /// The places the customs regions were given for ("Chi cục Hải quan
    /// khu vực VIII (Quảng Ninh)"), by the region's numeral.
    regions: Vec<(String, Place)>,
    /// The provinces named so far, agencies' too ("Sở Công Thương tỉnh
    /// Tuyên Quang").
    named_provinces: Vec<PlaceId>,
    /// The area of the first place the article names: what its figures
    /// are about before any place is named ("Chi cục Hải quan khu vực VII
    /// cho biết, …").
    first_area: Option<Place>,
    /// The one crossing a headline names ("Lai Châu: Nông sản qua cửa
    /// khẩu Ma Lù Thàng ngày càng nhiều"): the article's story, which a
    /// paragraph that names no place goes on telling.
    headline_gate: Option<Place>,
    /// The wider place the text is about: the last province or city named,
    /// or the agency's area.
    area: Option<Place>,
    paragraph: usize,
    /// The paragraph of the last fact.
    fact_paragraph: usize,
    last_commodity: Option<String>,
    /// What a bare "lượt" counted last.
    last_count_metric: Option<Metric>,
    reporter: Option<String>,
    /// The sentence being read.
    sentence: usize,
    /// Every closed period phrase of the article that runs from 1 January
    /// and is not a whole year,
    /// with its sentence: what "từ đầu năm đến nay" means when no such
    /// period comes before it.
    year_to_dates: Vec<(usize, Period)>,
    /// The latest day of each year that a period of something done ends
    /// on: where "từ đầu năm đến nay" ends when the article states no year
    /// to date ("Tuần 46 (từ 09 - 15/11/2026) … lũy kế từ đầu năm đến nay
    /// đạt …").
    latest_days: Vec<chrono::NaiveDate>,
    /// The earliest day of each year, other than 1 January, that a period
    /// of something done starts on: where "từ đầu vụ" (since the season
    /// began) starts.
    season_starts: Vec<chrono::NaiveDate>,
    /// The single day named last, even as the date of an event: what
    /// "cùng ngày" and "trong ngày" refer back to.
    last_day: Option<Period>,
    /// The period before an aside on part of it ("Riêng tháng 9/2025, …"),
    /// which the figures after the aside return to.
    before_aside: Option<Recent>,
    /// The dates the article gave a holiday ("9 ngày nghỉ Tết … (từ ngày
    /// 14/2 đến hết ngày 22/2/2026)"), which "trong dịp Tết" refers back
    /// to after other dates came between.
    holiday: Option<Period>,
}

impl<'a> Article<'a> {
    pub(super) fn new(doc: &'a Document, id_prefix: &'a str) -> Self {
        Article {
            doc,
            id_prefix,
            facts: Vec::new(),
            recent_period: None,
            recent_is_plan: false,
            whole_period: None,
            year: None,
            present: None,
            current_place: None,
            place_assumed: false,
            last_named: None,
            named_crossings: Vec::new(),
            counted_crossings: Vec::new(),
            heading_place: None,
            gate_beside_place: None,
            dated: None,
            named_provinces: Vec::new(),
            agency_gate: None,
            announced_scope: None,
            regions: Vec::new(),
            first_area: None,
            headline_gate: None,
            area: None,
            paragraph: 0,
            fact_paragraph: 0,
            last_commodity: None,
            last_count_metric: None,
            reporter: None,
            sentence: 0,
            year_to_dates: Vec::new(),
            latest_days: Vec::new(),
            season_starts: Vec::new(),
            last_day: None,
            before_aside: None,
            holiday: None,
        }
    }

    pub(super) fn read(mut self) -> Vec<Fact> {
        let text = self.doc.text.as_str();
        let mut arena = String::new();
        let toks = tokenize(text, &mut arena);
        let mut views: Vec<View> = sentence::sentences(text)
            .into_iter()
            .map(|s| View::new(text, s, &toks[tok_at(&toks, s.start)..tok_at(&toks, s.end)]))
            .collect();
        // The items of a list take what its lead-in says of them: "Cụ thể,
        // kết quả trong tháng như sau: - Xuất khẩu: …" breaks down the
        // figures before, "Các chỉ tiêu năm 2027: + …" states goals.
        for n in 1..views.len() {
            let prev = &views[n - 1];
            let last = prev.word(prev.toks.len().wrapping_sub(1));
            let lead_in = last == ":";
            // "CHỈ TIÊU NĂM 2026⏎- Kim ngạch …": a heading, a line with no
            // figure and no full stop, says what its items are, but breaks
            // down nothing.
            let heading = !lead_in
                && !prev.is_item()
                && prev.figures.is_empty()
                && !matches!(last, "." | "!" | "?" | "…");
            let introduced = lead_in || heading || prev.is_item();
            if !views[n].is_item() || !introduced {
                continue;
            }
            let breakdown = prev.breakdown && !heading;
            let kind = if lead_in || heading {
                plan_words(prev)
            } else {
                prev.lead_kind
            };
            views[n].breakdown |= breakdown;
            views[n].lead_kind = kind;
        }
        read_table_rows(text, &mut views);
        read_place_columns(text, &mut views);
        read_series(text, &mut views);
        self.year = first_year(&views);
        self.dated = dateline(&views);
        // The periods stated as such, with their sentence and whether it
        // foresees: no comparison's base, no goal's term.
        let stated: Vec<(usize, Period, bool)> = views
            .iter()
            .enumerate()
            .flat_map(|(n, v)| {
                let foreseen = v.cues.iter().any(|c| matches!(c.cue, Cue::Kind(_)));
                v.periods
                    .iter()
                    .filter(|p| !p.found.base && !v.terms_a_plan(p))
                    .map(move |p| (n, p, foreseen))
            })
            .filter_map(|(n, p, foreseen)| Some((n, p.found.expr.resolve(self.year)?, foreseen)))
            .collect();
        self.year_to_dates = stated
            .iter()
            .filter(|(_, p, _)| p.from.ordinal() == 1 && !p.is_whole_year())
            .map(|&(n, p, _)| (n, p))
            .collect();
        // The days of things done, not foreseen, which "đến nay" runs to.
        let mut whole_years = Vec::new();
        for &(_, p, _) in stated.iter().filter(|(_, _, foreseen)| !foreseen) {
            let days = if p.is_whole_year() {
                &mut whole_years
            } else {
                &mut self.latest_days
            };
            match days.iter_mut().find(|d| d.year() == p.to.year()) {
                Some(d) => *d = (*d).max(p.to),
                None => days.push(p.to),
            }
            if p.from.ordinal() != 1 {
                match self
                    .season_starts
                    .iter_mut()
                    .find(|d| d.year() == p.from.year())
                {
                    Some(d) => *d = (*d).min(p.from),
                    None => self.season_starts.push(p.from),
                }
            }
        }
        // A year named as what the article is about ("Chính vụ vải năm
        // 2026 bắt đầu từ ngày 5/6") states no day of it: its end is "now"
        // only when no day of that year is stated.
        for end in whole_years {
            if !self.latest_days.iter().any(|d| d.year() == end.year()) {
                self.latest_days.push(end);
            }
        }
        self.first_area = views
            .iter()
            .flat_map(|v| &v.places)
            .find(|g| !g.reporter)
            .and_then(|g| {
                let info = Gazetteer::builtin().get(g.place.members()[0]);
                match info.kind {
                    PlaceKind::Province | PlaceKind::City | PlaceKind::Country => {
                        Some(g.place.clone())
                    }
                    _ => area_of(&g.place),
                }
            });
        self.headline_gate = headline_gate(text, &views);
        // "Hơn 62.000 lượt xuất nhập cảnh qua Móng Cái trong 6 ngày Tết":
        // a headline names the holiday the article dates further down.
        if views
            .first()
            .is_some_and(|v| holiday_word(v, 0, v.toks.len()).is_some())
        {
            self.holiday = views.iter().find_map(|v| self.holiday_dates(v));
        }
        for (n, v) in views.iter().enumerate() {
            // A new paragraph starts afresh, unless it opens by breaking
            // down the figure before ("Trong đó, xuất khẩu …").
            if v.sentence.paragraph != self.paragraph {
                self.paragraph = v.sentence.paragraph;
                // "Biểu đồ 1: Kim ngạch qua cửa khẩu Bản Vược theo quý"
                // heads the paragraph after it, which goes on with its place.
                let headed = self.heading_place.take();
                if !v.breakdown {
                    self.current_place = headed;
                    self.gate_beside_place = None;
                    self.reporter = None;
                    // An article about the nation's trade comes back to it
                    // in a paragraph that names no place ("Đáng chú ý, xuất
                    // khẩu rau quả sang Trung Quốc …").
                    if self.first_area.is_some() && self.first_area == the_nation() {
                        self.area = the_nation();
                    }
                }
            }
            self.sentence = n;
            // "Riêng tháng 9/2025, …" singles out part of the period the
            // article reports; once it is read (with its "Trong đó"), the
            // figures after it are of that period again.
            // ("Riêng nhóm hàng rau quả, 10 tháng …" singles out goods.)
            // So does a list of days ("- Thứ Bảy (29/8): 9.120 lượt"): the
            // figures after it are of the stretch the days make up.
            let day_item = v.is_item()
                && v.periods
                    .iter()
                    .any(|p| p.found.expr.is_one_day() && p.tok_start <= 5);
            // So do the parts of the period reported, one after another
            // ("- Quý I đạt 1,9 tỷ USD; quý II đạt 2,3 tỷ USD" under "6
            // tháng đầu năm").
            let parts = || {
                let Some(Some(whole)) = self.recent_period else {
                    return false;
                };
                let own: Vec<Period> = v
                    .periods
                    .iter()
                    .filter(|p| !p.found.base)
                    .filter_map(|p| self.resolve(p))
                    .collect();
                own.len() >= 2
                    && own
                        .iter()
                        .all(|p| *p != whole && whole.from <= p.from && p.to <= whole.to)
                    && own.windows(2).all(|w| w[0].to < w[1].from)
            };
            let aside = day_item
                || (v.word(0) == "riêng"
                    && v.periods.iter().any(|p| !p.found.base && p.tok_start <= 2))
                || (v.periods.len() >= 2 && parts());
            if let Some(before) = self.before_aside.take() {
                if v.breakdown && !aside {
                    self.before_aside = Some(before);
                } else {
                    self.recent_period = before;
                }
            }
            let before = self.recent_period;
            let facts_before = self.facts.len();
            self.read_sentence(text, n, v);
            let paragraph = |k: usize| views.get(k).map(|w| w.sentence.paragraph);
            // (Not the headline, which speaks for the whole article.)
            let alone = n > 0
                && paragraph(n - 1) != Some(self.paragraph)
                && paragraph(n + 1) != Some(self.paragraph);
            let last = v.word(v.toks.len().wrapping_sub(1));
            if alone && self.facts.len() == facts_before && !matches!(last, "." | "!" | "?" | "…")
            {
                self.heading_place = v
                    .places
                    .iter()
                    .rev()
                    .find(|g| !g.reporter)
                    .map(|g| g.place.clone());
            }
            // "RIÊNG THÁNG 6/2026" as a heading, or "Riêng tháng 6/2026 là
            // tháng sôi động nhất.": an aside with no figure of its own
            // leads to the figures after it.
            if aside && self.facts.len() > facts_before {
                self.before_aside = Some(before);
            }
        }
        // The facts are kept, in a store of every article's: moved into a
        // vector of their number, they leave behind the up to half of it
        // that growing by doubling had reserved.
        let mut facts = Vec::with_capacity(self.facts.len());
        facts.append(&mut self.facts);
        facts
    }

    fn read_sentence(&mut self, text: &str, n: usize, v: &View) {
        if let Some(r) = reporter_of(text, v) {
            self.reporter = Some(r);
        }
        let figures = &v.figures;
        let mut quote: Option<Quote> = None;
        let first_fact = self.facts.len();
        let mut pending: Vec<(ChangeAmount, usize)> = Vec::new();
        let mut led_by = None;
        // After a figure of something else, changes are that figure's.
        let mut foreign = false;
        let mut prev_end = 0;
        // Where the clause of the figure before began, and whether it gave
        // a fact.
        let mut said_before: Option<(usize, bool)> = None;
        // The end of a list of changes given to the levels before it.
        let mut skip_to = 0;
        let mut read_end = 0;
        for (k, f) in figures.iter().enumerate() {
            if k < skip_to {
                prev_end = f.tok_end;
                continue;
            }
            // The figures after this one that share its unit ("100 xe … và
            // 300 xe … mỗi ngày") share the words after them too.
            let unit_of = |g: &Figure| g.unit.map(|u| (u.word, u.per_day));
            let list = figures[k..]
                .iter()
                .take_while(|g| unit_of(g) == unit_of(f))
                .count();
            let tail_start = figures[k + list - 1].tok_end;
            // The next figure's own clause ("…, bình quân 3.600 tấn/ngày")
            // is not part of the tail.
            let tail_end = figures
                .get(k + list)
                .map_or(v.toks.len(), |g| v.clause_start(g.tok).max(tail_start));
            let restating = k > 0 && restates(v, &figures[k - 1], f);
            // "7,3 triệu USD (tương đương 52 triệu NDT)": an amount said
            // again in another currency is neither a figure nor something
            // else's.
            if restating && said_before.is_some_and(|(_, fact)| fact) {
                prev_end = f.tok_end;
                continue;
            }
            let restates_unread = restating && said_before.is_some_and(|(_, fact)| !fact);
            let at = Window {
                // The clause of the amount said first is the restatement's.
                prev_end: match said_before {
                    Some((start, _)) if restates_unread => start,
                    _ => prev_end,
                },
                tail: (tail_start, tail_end),
                first_fact,
                restates_unread,
                led_by,
                read_end,
            };
            let reading = self.read_figure(v, f, at);
            said_before = Some((at.prev_end, matches!(reading, Reading::Level { .. })));
            if !matches!(reading, Reading::Skip | Reading::Foreign) {
                read_end = f.tok_end;
            }
            match reading {
                Reading::Level {
                    fact,
                    place_assumed,
                } => {
                    foreign = false;
                    let mut fact = *fact;
                    fact.id = FactId::numbered(self.id_prefix, self.facts.len());
                    fact.sentence = n;
                    let q = quote.get_or_insert_with(|| Quote {
                        start: v.sentence.start,
                        text: Arc::from(&text[v.sentence.start..v.sentence.end]),
                    });
                    fact.quote = Some(q.clone());
                    for (c, at) in pending.drain(..) {
                        let vs = versus(v, at, fact.period);
                        apply_change(&mut fact, c, vs);
                    }
                    let recent = (self.recent_period, self.recent_is_plan);
                    self.note_fact(&fact);
                    // A goal that states no period of its own (its year's
                    // whole, see `read_figure`) leaves the text's period
                    // as it was.
                    // Nor does a goal given in passing after what was done
                    // ("đạt 100,4 triệu USD, vượt 11,6% kế hoạch năm (90
                    // triệu USD)"), nor is it the whole "Trong đó" breaks
                    // down.
                    let in_passing = self.facts[first_fact..]
                        .iter()
                        .any(|g| g.kind == Kind::Actual);
                    let aside_goal = fact.kind == Kind::Target
                        && (in_passing || v.periods.iter().all(|p| p.found.base));
                    if aside_goal {
                        (self.recent_period, self.recent_is_plan) = recent;
                    }
                    // Nor does the figure compared with ("so với 312 doanh
                    // nghiệp của năm 2025").
                    let compared = v.base_of(f).is_some();
                    if compared {
                        (self.recent_period, self.recent_is_plan) = recent;
                    }
                    let goal_in_passing = aside_goal && in_passing;
                    if !(compared || goal_in_passing) {
                        self.whole_period = fact.period;
                    }
                    self.place_assumed = place_assumed;
                    self.facts.push(fact);
                }
                Reading::Change(_, _) | Reading::Plan(_) if foreign => {}
                // "…; nhập khẩu giảm 3%, đạt 2,1 tỷ USD": the change of
                // the level it leads to, whose subject comes before it.
                Reading::Change(c, at) if leads_to_level(v, figures, k, prev_end) => {
                    pending.push((c, at));
                    led_by.get_or_insert(f.tok);
                    continue;
                }
                // "đạt 168 triệu USD (xuất khẩu 52 triệu USD, nhập khẩu 115
                // triệu USD), tăng 12,4%": a change after a bracketed
                // breakdown is the change of the figure before it.
                // "… là 598,2 triệu USD và 241,6 triệu USD, tăng 16,8% và
                // 54,3%": a list of changes after a list of levels, in turn.
                Reading::Change(ChangeAmount::Pct(pct), at)
                    if self.changes_in_turn(v, figures, k, pct, at) =>
                {
                    skip_to = k + changes_joined(v, figures, k);
                }
                Reading::Change(c, at) => {
                    // "1,32 tỷ NDT (khoảng 184,6 triệu USD), tăng 110%": a
                    // bracket that says the amount again is no breakdown.
                    let before = bracket_before(v, f.tok)
                        .filter(|&open| !restating_bracket(v, figures, open))
                        .map(|open| v.toks[open].start);
                    // "…, giảm 6,4% về lượng nhưng tăng 3,1% về trị giá":
                    // the change of the measure it names.
                    let of = match (
                        v.word(f.tok_end),
                        v.word(f.tok_end + 1),
                        v.word(f.tok_end + 2),
                    ) {
                        ("về", "lượng", _) | ("về", "khối" | "sản", "lượng") => {
                            Some(Metric::KhoiLuong)
                        }
                        ("về", "trị" | "giá", "giá" | "trị") | ("về", "kim", "ngạch") => {
                            Some(Metric::KimNgach)
                        }
                        _ => None,
                    };
                    match self.facts[first_fact..].iter_mut().rev().find(|fact| {
                        before.is_none_or(|b| fact.span.start < b)
                            && of.is_none_or(|m| fact.metric == m)
                    }) {
                        Some(fact) => {
                            let vs = versus(v, at, fact.period);
                            apply_change(fact, c, vs);
                        }
                        None => pending.push((c, at)),
                    }
                }
                Reading::Plan(pct) => {
                    if let Some(fact) = self.facts[first_fact..].last_mut() {
                        fact.plan_pct.get_or_insert(pct);
                    }
                }
                Reading::Skip => {}
                Reading::Foreign => foreign = true,
            }
            prev_end = f.tok_end;
            led_by = None;
        }
        if self.facts.len() == first_fact && !pending.is_empty() {
            self.change_of_the_sentence_before(v, n, pending);
        }
        self.distribute_in_turn(v, first_fact);
        // Phrases and places of a sentence with no figure still set the
        // context for the sentences after it.
        let figureless = self.facts.len() == first_fact;
        let plan = plan_words(v);
        // A single day no fact of the sentence follows dates an event
        // ("Từ ngày 27/5/2024, khi lối thông quan … vận hành, thời gian
        // làm thủ tục … còn khoảng 15 phút").
        let event = |p: &PeriodHit| {
            p.found.expr.is_one_day()
                && self.facts[first_fact..]
                    .iter()
                    .all(|f| f.span.start < p.found.start)
        };
        // "Nghị quyết … giai đoạn 2025 – 2030", "đề án đến năm 2030": a
        // span of years or a horizon, in a sentence with no figure, is no
        // period the figures after it are of.
        let horizon = |p: &PeriodHit| figureless && v.is_horizon(p);
        // "…, so với 312 doanh nghiệp của năm 2025": the period of a figure
        // compared with.
        let compared_in = |p: &PeriodHit| {
            v.figures
                .iter()
                .any(|g| v.base_of(g).is_some_and(|b| b.tok_start == p.tok_start))
        };
        if let Some(p) = v.periods.iter().rev().find(|p| {
            !p.found.base && !event(p) && !v.terms_a_plan(p) && !horizon(p) && !compared_in(p)
        }) {
            let resolved = self.resolve(p);
            // "… dự kiến hoạt động trở lại trong quý I/2027": a time to come
            // that a sentence with no figure foresees is the period of no
            // figure after it, and not the year they are in.
            let to_come = figureless
                && plan == Some(Kind::Forecast)
                && resolved.is_some_and(|r| self.present.is_some_and(|y| r.year_of() > y));
            if let Some(r) = resolved.filter(|_| !to_come) {
                self.year = Some(r.year_of());
                // "Năm 2026 đánh dấu sự trở lại …": a year the article
                // speaks of, not as a goal, is its present.
                if figureless && plan.is_none() {
                    self.present = self.present.max(Some(r.year_of()));
                }
            }
            if !to_come && (figureless || figures.iter().all(|f| f.tok < p.tok_start)) {
                self.recent_period = Some(resolved);
                self.recent_is_plan = false;
            }
        }
        if let Some(day) = v
            .periods
            .iter()
            .rev()
            .filter(|p| p.found.expr.is_one_day() && !p.found.base)
            .find_map(|p| self.resolve(p))
        {
            self.last_day = Some(day);
        }
        if let Some(dates) = self.holiday_dates(v) {
            self.holiday = Some(dates);
        }
        // "6 tháng đầu năm 2026, … đạt 318,4 triệu USD, trong khi 6 tháng
        // cuối năm 2025 con số này mới là 205,6 triệu USD.": the period of a
        // contrast, after the sentence's own, is not the one the sentences
        // after it go on with.
        // So is that of a base given in brackets ("tăng 41,2% so với cùng
        // kỳ (6 tháng cuối năm 2025: 205,6 triệu USD)").
        let contrast = v.periods.iter().rev().find(|p| {
            !p.found.base
                && ((v.word(p.tok_start.wrapping_sub(2)) == "trong"
                    && v.word(p.tok_start.wrapping_sub(1)) == "khi")
                    || v.word(p.tok_start.wrapping_sub(1)) == "(")
        });
        if let (Some(c), Some(first)) = (contrast, self.facts.get(first_fact)) {
            let own = first.period;
            let after_own = self.facts[first_fact..]
                .last()
                .is_some_and(|f| f.period != own && f.period == self.resolve(c));
            if after_own {
                self.recent_period = Some(own);
                self.whole_period = own;
            }
        }
        if let Some(g) = v.places.iter().rev().find(|g| !g.reporter) {
            // A place named only in someone's words ("… nên doanh nghiệp
            // vẫn ưu tiên Trà Lĩnh".) tells what they said, not what the
            // figures after are about.
            if figureless && !v.quoted(g.tok_start) {
                self.current_place = Some(g.place.clone());
                self.gate_beside_place = v
                    .places
                    .iter()
                    .find(|h| !h.reporter && h.tok_end <= g.tok_start)
                    .map(|h| h.place.clone())
                    .filter(|h| h.members().iter().all(|&id| is_crossing(id)));
                self.place_assumed = false;
            }
            self.last_named = Some(g.place.clone());
        }
        note_crossings(&mut self.named_crossings, v, v.toks.len());
        for (count, place) in counted_crossings(v) {
            self.counted_crossings.retain(|(n, _)| *n != count);
            self.counted_crossings.push((count, place));
        }
        for (numeral, place) in regions_named(v) {
            self.regions.retain(|(n, _)| n != numeral);
            self.regions.push((numeral.to_string(), place));
        }
        let declared = v
            .toks
            .windows(3)
            .any(|w| matches!((w[0].text, w[1].text, w[2].text), ("mở", "tờ", "khai")));
        self.announced_scope = (figureless && declared).then_some(Scope::ToKhai);
        // "Theo Chi cục Hải quan khu vực VI, … Đơn vị đã tiếp nhận …": an
        // agency named for no gate is the unit after it.
        let gate_agency = v.places.iter().rev().find_map(PlaceGroup::agency_gate);
        if gate_agency.is_some() || (self.agency_gate.is_some() && names_agency(v, v.toks.len())) {
            self.agency_gate = gate_agency;
        }
        for g in &v.places {
            if let [id] = g.place.members() {
                let province = Gazetteer::builtin().get(*id).kind == PlaceKind::Province;
                if province && !self.named_provinces.contains(id) {
                    self.named_provinces.push(*id);
                }
            }
        }
        if let Some(a) = v.places.iter().rev().find_map(PlaceGroup::area) {
            self.area = Some(a);
        } else if self.facts[first_fact..]
            .last()
            .is_some_and(|f| Some(&f.place) == the_nation().as_ref())
        {
            // "Tổng thu … của toàn ngành 10 tháng đạt …": a sentence that
            // names no place and gives the nation's figures speaks of the
            // whole country again.
            self.area = the_nation();
        }
    }

    /// The holiday's dates: the longest stretch of days a sentence that
    /// names it gives ("dịp lễ 30/4 - 1/5 (từ ngày 26/4 đến ngày 4/5)" is
    /// the leave; "mùng 4 Tết", one day, dates no holiday).
    fn holiday_dates(&self, v: &View) -> Option<Period> {
        let dated = v.periods.iter().filter(|p| !p.found.base);
        if dated.clone().next().is_none() || holiday_word(v, 0, v.toks.len()).is_none() {
            return None;
        }
        // ("Kỳ nghỉ lễ … năm nay kéo dài 4 ngày, từ 30/4 đến hết 3/5/2026":
        // the year is not the leave.)
        dated
            .filter_map(|p| self.resolve(p))
            .filter(|r| r.to > r.from && r.days() <= 31)
            .max_by_key(|r| r.to - r.from)
    }

    /// "Số thu tháng 5 đạt 1.684 tỷ đồng. Lũy kế 5 tháng đạt 8.215 tỷ
    /// đồng": money in a sentence that names nothing but when and how much,
    /// right after one that gave revenue, is revenue too; so is the amount
    /// of the plan revenue was measured against ("bằng 41,1% dự toán pháp
    /// lệnh (20.000 tỷ đồng)").
    fn goes_on_with_revenue(&self, v: &View, f: &Figure) -> bool {
        let Some(last) = self
            .facts
            .last()
            .filter(|p| p.metric == Metric::ThuNganSach)
        else {
            return false;
        };
        let plan_amount = last.sentence == self.sentence
            && v.word(f.tok.wrapping_sub(1)) == "("
            && last.plan_pct.is_some();
        let goes_on = last.sentence + 1 == self.sentence
            && (v.clause_start(f.tok)..f.tok).all(|i| {
                v.in_period(i)
                    || matches!(
                        v.word(i),
                        "-" | "+"
                            | "lũy"
                            | "kế"
                            | "đạt"
                            | "ước"
                            | "khoảng"
                            | "hơn"
                            | "gần"
                            | "trên"
                            | "tính"
                            | "chung"
                            | "cộng"
                            | "dồn"
                    )
            });
        plan_amount || goes_on
    }

    /// Gives the changes of a list that starts at figure `k` (its first
    /// `pct`, measured against the base at token `at`) to the levels listed
    /// right before it, in turn: "lần lượt là 598,2 triệu USD và 241,6
    /// triệu USD, tăng 16,8% và 54,3% so với cùng kỳ". A change with no
    /// verb of its own rises or falls as the first. Whether it did: only
    /// when there are as many levels, each with a fact of this sentence.
    fn changes_in_turn(
        &mut self,
        v: &View,
        figures: &[Figure],
        k: usize,
        pct: f64,
        at: usize,
    ) -> bool {
        let n = changes_joined(v, figures, k);
        if n < 2 || k < n {
            return false;
        }
        // The levels may each have a clause of their own ("qua Chi Ma đạt
        // 210 triệu USD và qua Cốc Nam đạt 45 triệu USD, tăng 7% và 21%").
        let levels = &figures[k - n..k];
        let unit = |g: &Figure| g.unit.map(|u| u.word);
        let joined = levels
            .iter()
            .all(|g| unit(g) == unit(&levels[0]) && unit(g) != Some(UnitWord::Percent))
            && joins_a_list(v, levels[n - 1].tok_end, figures[k].tok);
        let facts: Option<Vec<usize>> = levels
            .iter()
            .map(|g| self.facts.iter().rposition(|f| f.span.start == g.start))
            .collect();
        let Some(facts) = facts.filter(|_| joined) else {
            return false;
        };
        // The base is said after the last change ("…, tăng 16,8% và 54,3%
        // so với cùng kỳ").
        let base_at = figures[k + n - 1].tok_end.max(at);
        for (i, (g, fact)) in figures[k..k + n].iter().zip(facts).enumerate() {
            let value = match (i, verb_before(v, g.tok)) {
                (0, _) => pct,
                (_, Some(Verb::Rise)) => g.value,
                (_, Some(Verb::Fall)) => -g.value,
                _ => g.value.copysign(pct),
            };
            let vs = versus(v, base_at, self.facts[fact].period);
            apply_change(&mut self.facts[fact], ChangeAmount::Pct(value), vs);
        }
        true
    }

    /// Gives the changes of a sentence with no level of its own to the
    /// last fact of the sentence before ("Kim ngạch tháng 10 đạt 920 triệu
    /// USD. Con số này tăng 12% so với cùng kỳ.", "So với tuần trước, số
    /// toa tăng 6,5%."), unless the sentence is about something else: a
    /// place, a direction, a measure of its own, or a part ("Trong đó,
    /// xuất khẩu tăng 12%").
    fn change_of_the_sentence_before(
        &mut self,
        v: &View,
        n: usize,
        pending: Vec<(ChangeAmount, usize)>,
    ) {
        let Some(last) = self.facts.last() else {
            return;
        };
        let measure = |c: &Cue| match c {
            Cue::Budget => Some(Metric::ThuNganSach),
            Cue::Vehicles => Some(Metric::PhuongTien),
            Cue::People => Some(Metric::LuotNguoi),
            Cue::Tourists => Some(Metric::DuKhach),
            Cue::Tonnage => Some(Metric::KhoiLuong),
            Cue::Enterprises => Some(Metric::DoanhNghiep),
            Cue::Declarations => Some(Metric::ToKhai),
            _ => None,
        };
        let other_subject = v.cues.iter().any(|c| {
            c.cue.flow().is_some_and(|f| f != last.flow)
                || measure(&c.cue).is_some_and(|m| m != last.metric)
                || matches!(c.cue, Cue::Scope(_) | Cue::OtherMoney | Cue::NotAFact)
        }) || v
            .places
            .iter()
            .any(|g| !g.reporter && g.place != last.place)
            || commodity_spans(v, 0, v.toks.len()).next().is_some();
        let same_paragraph = self.fact_paragraph == self.paragraph;
        if last.sentence + 1 != n
            || !same_paragraph
            || last.change.is_some()
            || v.breakdown
            || other_subject
        {
            return;
        }
        // "So với tuần trước, số toa tăng 6,5%": the base heads the
        // sentence.
        let base_first = v.word(0) == "so" && v.word(1) == "với";
        let last = self.facts.last_mut().expect("checked above");
        for (c, at) in pending {
            let vs = versus(v, if base_first { 0 } else { at }, last.period);
            apply_change(last, c, vs);
        }
    }

    /// The fact a figure of sentence `v` (whose facts start at
    /// `first_fact`) may be part of: the sentence's last so far, or for a
    /// sentence that breaks down the one before ("Trong đó, …"), the
    /// article's last.
    fn whole(&self, v: &View, first_fact: usize) -> Option<&Fact> {
        if v.breakdown {
            self.facts.last()
        } else {
            self.facts[first_fact..].last()
        }
    }

    fn note_fact(&mut self, fact: &Fact) {
        if let Some(c) = &fact.commodity {
            self.last_commodity = Some(c.clone());
        }
        if fact.unit == Unit::Luot {
            self.last_count_metric = Some(fact.metric);
        }
        // "Ngày mùng 4 Tết là cao điểm với 12.900 lượt": the peak day is a
        // point of the stretch the figures after it go on with.
        let peak_day = fact.kind == Kind::Peak && fact.period.is_some_and(|p| p.from == p.to);
        if !peak_day {
            self.recent_period = Some(fact.period);
            self.recent_is_plan = matches!(fact.kind, Kind::Target | Kind::Forecast);
        }
        if let Some(p) = fact.period {
            self.year = Some(p.year_of());
            if fact.kind == Kind::Actual {
                self.present = self.present.max(Some(p.year_of()));
            }
        }
        self.current_place = Some(fact.place.clone());
        self.gate_beside_place = None;
        self.fact_paragraph = self.paragraph;
    }

    fn read_figure(&mut self, v: &View, f: &Figure, w: Window) -> Reading {
        let Window {
            prev_end,
            tail,
            first_fact,
            restates_unread,
            led_by,
            read_end,
        } = w;
        let Some(unit) = f
            .unit
            .or_else(|| v.unit_in_subject(&self.doc.text, f))
            .or_else(|| v.currency_of_list(&self.doc.text, f))
        else {
            return Reading::Skip;
        };
        let near_end = v.near_end(f.tok_end);
        // A comparison's base may come before its figure ("cao hơn tháng
        // trước 5,2 triệu USD"): the changes it gives are measured from
        // there.
        let (verb, base_at) = match comparison_before(v, f.tok) {
            Some((verb, base)) => (Some(verb), base),
            None => (verb_before(v, f.tok), f.tok_end),
        };
        // "cao hơn 6,3 triệu USD so với số ước", "gấp ba ngày thường": a
        // change from an estimate or from the usual is from no period.
        let change_from_no_period =
            verb.is_some() && (against_the_usual(v, base_at) || against_the_usual(v, f.tok_end));
        match unit.word {
            UnitWord::Percent | UnitWord::Times if change_from_no_period => return Reading::Skip,
            UnitWord::Percent => {
                // "KH" abbreviates "kế hoạch" in bulletins ("bằng 86% KH năm").
                let plan = matches!(v.word(f.tok_end), "kế" | "chỉ" | "dự" | "kh")
                    || (v.word(f.tok_end) == "so" && v.word(f.tok_end + 2) == "kế")
                    || (v.word(f.tok_end) == "của" && v.word(f.tok_end + 1) == "kế");
                return match (plan, verb) {
                    (true, Some(Verb::Exceed)) => Reading::Plan(100.0 + f.value),
                    (true, _) => Reading::Plan(f.value),
                    (false, Some(Verb::Rise)) => {
                        Reading::Change(ChangeAmount::Pct(f.value), base_at)
                    }
                    (false, Some(Verb::Fall)) => {
                        Reading::Change(ChangeAmount::Pct(-f.value), base_at)
                    }
                    // "bằng 15% số thu của cửa khẩu Thanh Thủy": a share of
                    // another place's figure, no change.
                    (false, Some(Verb::Ratio))
                        if v.places
                            .iter()
                            .any(|g| (f.tok_end..f.tok_end + 6).contains(&g.tok_start)) =>
                    {
                        Reading::Skip
                    }
                    (false, Some(Verb::Ratio)) => {
                        Reading::Change(ChangeAmount::Pct(tidy(f.value - 100.0)), f.tok_end)
                    }
                    _ => Reading::Skip,
                };
            }
            UnitWord::Times => {
                // "gấp 3 lần", "tăng 3 lần", "bằng 1,5 lần": most writers
                // mean ×3.
                // "giảm 3,2 lần": to a 3,2th of the base.
                return match verb {
                    Some(Verb::Times | Verb::Rise | Verb::Ratio) => {
                        Reading::Change(ChangeAmount::Pct(tidy((f.value - 1.0) * 100.0)), f.tok_end)
                    }
                    Some(Verb::Fall) if f.value > 1.0 => Reading::Change(
                        ChangeAmount::Pct(tidy((1.0 / f.value - 1.0) * 100.0)),
                        f.tok_end,
                    ),
                    _ => Reading::Skip,
                };
            }
            _ => {}
        }
        match verb {
            Some(Verb::Rise | Verb::Fall) if change_from_no_period => return Reading::Skip,
            Some(Verb::Rise) => return Reading::Change(ChangeAmount::Abs(f.value), base_at),
            Some(Verb::Fall) => return Reading::Change(ChangeAmount::Abs(-f.value), base_at),
            // "có thể vượt 250 tỷ USD": a level, above the figure.
            Some(Verb::Exceed) | None => {}
            Some(_) => return Reading::Skip,
        }
        // "chiếm 61,5%", "thu hút thêm 178 doanh nghiệp": shares and
        // increments, a word or two before the number.
        let close_before = f.tok.saturating_sub(3).max(prev_end);
        // "thời gian thông quan bq 1 TKHQ …": per one, no count.
        let per_one =
            f.value == 1.0 && matches!(v.word(f.tok.wrapping_sub(1)), "bq" | "quân" | "mỗi");
        if per_one
            || v.has_cue(prev_end, f.tok, Cue::NotAFlow)
            || v.cues
                .first()
                .is_some_and(|c| c.first == 0 && c.cue == Cue::NotAFlow)
            || v.has_cue(f.tok.saturating_sub(5).max(prev_end), f.tok, Cue::NotAFact)
            || (v.has_cue(close_before, f.tok, Cue::Equivalent)
                && !restates_unread
                && !other_measure_than_before(v, f))
            || (v.has_cue(close_before, f.tok, Cue::Increment) && !still_to_reach(v, f.tok))
        {
            return Reading::Skip;
        }
        // "Tổng thu ngân sách nhà nước trên địa bàn (gồm thu nội địa và thu
        // từ hoạt động xuất nhập khẩu) ước đạt …": what a bracket closed
        // before the figure lists is part of its subject, not the subject.
        let sentence_before = |want: &[Cue]| {
            v.cues_in(0, f.tok)
                .rev()
                .filter(|c| !in_brackets(v, c.first, f.tok))
                .map(|c| c.cue)
                .find(|c| want.contains(c))
        };
        let clause_start = v.clause_start(f.tok);
        // "ngày cao điểm lên tới 160 xe", "có ngày 800 xe", "Ngày mùng 4
        // Tết là cao điểm với 12.900 lượt": a peak day's figure is a rate.
        // "Ngày cao điểm 28/10, cửa khẩu thông quan tới 214 xe": so is the
        // first figure after a sentence that opens with the peak day.
        // (Or after a ";": "…; ngày cao điểm 28/10, cửa khẩu …".)
        let peak_day = v.has_cue(0, f.tok, Cue::Kind(Kind::Peak)) && {
            let part = (0..f.tok)
                .rev()
                .find(|&i| v.word(i) == ";")
                .map_or(0, |i| i + 1);
            let opens_part = v.cues_in(part, part + 2).next().is_some()
                && v.figures.iter().all(|g| g.tok < part || g.tok >= f.tok);
            let peak_from = if opens_part { part } else { clause_start };
            v.has_cue(peak_from, f.tok, Cue::Kind(Kind::Peak))
                && (peak_from..f.tok).any(|i| v.word(i) == "ngày")
        };
        // "Bình quân mỗi ngày, cán bộ … giải quyết thủ tục cho 6.560 lượt
        // người": a rate set at the head of the sentence.
        let opening_rate = v
            .cues
            .first()
            .is_some_and(|c| c.first == 0 && c.cue == Cue::PerDay)
            && v.figures.first().is_some_and(|g| g.tok == f.tok);
        // "Ngày 19/8: Nà Nưa lập kỷ lục với 64 xe … trong một ngày": what
        // one named day saw is a count, not a rate.
        let one_day_named = v
            .periods
            .iter()
            .any(|p| p.found.expr.is_one_day() && !p.found.base);
        let rate_cue = |c: &CueHit| {
            c.cue == Cue::PerDay
                && !(one_day_named
                    && v.word(c.first) == "một"
                    && v.word(c.first.wrapping_sub(1)) == "trong")
        };
        // "Bình quân mỗi ngày có hơn 1.000 tấn vải được thông quan, tương
        // đương 80 – 90 xe": the equivalent of a rate is a rate.
        let equivalent_of = v
            .has_cue(prev_end, f.tok, Cue::Equivalent)
            .then(|| self.facts[first_fact..].last())
            .flatten();
        let equivalent_of_rate = equivalent_of.is_some_and(|p| p.unit.is_rate());
        let per_day = unit.per_day
            || peak_day
            || opening_rate
            || equivalent_of_rate
            || v.cues_in(clause_start, f.tok).any(rate_cue)
            || v.cues_in(tail.0, tail.1)
                .take_while(|c| v.word(c.first) != ";")
                .any(rate_cue);
        // "…; ga Lào Cai trong tháng 7 tiếp nhận 1.964 toa": a figure
        // with a period of its own is no part of a rate before it.
        let own_period = v
            .periods
            .iter()
            .any(|p| (prev_end..f.tok).contains(&p.tok_start));
        let inherited_rate = |metric: Metric| -> Option<Unit> {
            if own_period {
                return None;
            }
            self.whole(v, first_fact)
                .filter(|p| p.metric == metric && p.unit.is_rate())
                .map(|p| p.unit)
        };
        let certificate = sentence_before(&[Cue::Certificate]).is_some();
        // "8 triệu đồng/người/ngày", "3 USD/kg": money per head or per
        // kilogram is an allowance or a price, not a sum.
        if matches!(unit.word, UnitWord::Usd | UnitWord::Vnd) && unit.per_other {
            return Reading::Foreign;
        }
        // "… 142 nghìn lượt khách du lịch, trong đó 9,6 nghìn lượt khách
        // (du lịch) quốc tế": tourists by origin are a part of a count of
        // tourists, not a count of their own (the tourists among people
        // crossing are).
        let parent = self.whole(v, first_fact);
        let in_parts = v.breakdown
            || (0..f.tok).any(|i| opens_parts(v.word(i), v.word(i + 1)) || v.word(i) == "riêng");
        let by_origin = matches!(
            unit.word,
            UnitWord::Person | UnitWord::Tourist | UnitWord::Luot
        ) && in_parts
            && parent.is_some_and(|p| p.metric == Metric::DuKhach)
            && (clause_start..near_end.max(f.tok_end + 3)).any(|i| {
                v.word(i) == "khách"
                    && (i + 1..i + 4).any(|k| {
                        matches!((v.word(k), v.word(k + 1)), ("quốc", "tế") | ("nội", "địa"))
                    })
            });
        // "khoảng 7.000 lượt người tham dự các hoạt động văn hóa", "20.000
        // lượt người đến xem": people at an event, not crossing a border.
        // ("7.000 người dân tham dự …").
        let verb_at = f.tok_end + usize::from(v.word(f.tok_end) == "dân");
        let at_an_event = matches!(unit.word, UnitWord::Person)
            && !crossing_after(v, f.tok_end)
            && matches!(
                (v.word(verb_at), v.word(verb_at + 1)),
                ("tham", "dự" | "gia") | ("đến", "xem" | "dự") | ("cổ", "vũ") | ("dự", _)
            );
        if at_an_event {
            return Reading::Skip;
        }
        // "còn tồn 412 xe chờ xuất", "4.000 xe nằm chờ": trucks standing
        // in the yards are a stock, not traffic.
        // So are "hơn 500 xe phải nằm chờ" and "số xe chờ … còn dưới 50 xe".
        // So are those stuck or queueing: "986 xe chở nông sản chờ xuất
        // khẩu", "30 xe tải đã xếp hàng chờ", "3.000 xe mắc kẹt", "Lượng xe
        // tồn … có lúc lên tới 620 xe".
        // So are those turned back ("230 xe hàng phải quay đầu"); but not
        // traffic that clears a backlog ("thông quan 120 xe/ngày để giải
        // tỏa hàng tồn").
        // So are those that could not cross ("230 xe hàng không thể xuất
        // khẩu").
        let waits = |i: usize| {
            matches!(v.word(i), "chờ" | "tồn" | "nằm" | "ùn" | "kẹt" | "mắc")
                || matches!(
                    (v.word(i), v.word(i + 1)),
                    ("quay", "đầu") | ("không" | "chưa", "thể" | "được")
                )
        };
        let standing = matches!(unit.word, UnitWord::Vehicle | UnitWord::Wagon)
            && ((f.tok_end..near_end.min(f.tok_end + 6))
                .take_while(|&i| !matches!(v.word(i), "để" | "nhằm" | "giải"))
                .any(waits)
                || (f.tok.saturating_sub(3)..f.tok).any(|i| matches!(v.word(i), "tồn" | "ùn"))
                || (clause_start..f.tok).any(|i| v.word(i) == "xe" && waits(i + 1)));
        // "lô 3 xe chuối của ông": one trader's lot, not traffic.
        let ones_own = matches!(unit.word, UnitWord::Vehicle | UnitWord::Wagon)
            && (v.word(f.tok.wrapping_sub(1)) == "lô"
                || (f.tok_end..near_end.min(f.tok_end + 4)).any(|i| {
                    v.word(i) == "của" && matches!(v.word(i + 1), "ông" | "bà" | "anh" | "chị")
                }));
        if by_origin || standing || ones_own {
            return Reading::Skip;
        }
        let (metric, unit) = match unit.word {
            UnitWord::Usd => {
                // "cước vận chuyển một container khoảng 2.800 USD": a
                // price or a fare.
                let price = (clause_start..f.tok).any(|i| {
                    v.word(i) == "cước"
                        || (v.word(i) == "giá"
                            && (matches!(v.word(i + 1), "bán" | "mua" | "thuê" | "vé")
                                || v.word(i.wrapping_sub(1)) == "đơn"))
                });
                if certificate
                    || price
                    || sentence_before(&[
                        Cue::OtherMoney,
                        Cue::Flow(Flow::Total),
                        Cue::Flow(Flow::Export),
                        Cue::Flow(Flow::Import),
                    ]) == Some(Cue::OtherMoney)
                {
                    return Reading::Foreign;
                }
                (Metric::KimNgach, Unit::Usd)
            }
            UnitWord::Vnd => match sentence_before(&[
                Cue::Budget,
                Cue::OtherMoney,
                Cue::Tourists,
                Cue::Certificate,
            ]) {
                Some(Cue::Budget) => (Metric::ThuNganSach, Unit::Vnd),
                None if collected_before(v, f.tok) => (Metric::ThuNganSach, Unit::Vnd),
                None if self.goes_on_with_revenue(v, f) => (Metric::ThuNganSach, Unit::Vnd),
                _ => return Reading::Foreign,
            },
            UnitWord::Tan => {
                // "sản lượng hoa hồi khô năm 2025 đạt 2.900 tấn", "nông dân
                // thu hoạch 2.900 tấn": what was grown, with no word of
                // trade, is no trade.
                let grown = (1..f.tok).any(|i| {
                    matches!(
                        (v.word(i - 1), v.word(i)),
                        ("sản", "lượng") | ("thu", "hoạch")
                    )
                });
                let traded = v.toks.iter().any(|t| {
                    matches!(t.text, "qua" | "thông" | "khẩu" | "ngạch" | "xuất" | "nhập")
                });
                if certificate || (grown && !traded) {
                    return Reading::Foreign;
                }
                // "xe trên 20 tấn chưa thể lưu thông", "một xe thảo quả mười
                // tấn": a truck's weight class or load.
                // So is what "lái xe chở 25 tấn", "chiếc xe đầu tiên chở 28
                // tấn" carried, where no count of vehicles comes before
                // ("120 xe chở 3.000 tấn vải" are a flow).
                let qualifiers = &["trên", "dưới", "hơn", "khoảng", "tới", "gần"];
                let carried_by_one = word_before(v, f.tok, qualifiers).is_some_and(|j| {
                    v.word(j) == "chở"
                        && !v.figures.iter().any(|g| {
                            (clause_start..j).contains(&g.tok)
                                && g.unit.is_some_and(|u| u.word == UnitWord::Vehicle)
                        })
                });
                let load = carried_by_one
                    || word_before(v, f.tok, qualifiers)
                        .is_some_and(|j| matches!(v.word(j), "xe" | "container" | "toa"))
                    || (f.tok.saturating_sub(4)..f.tok)
                        .any(|i| matches!((v.word(i), v.word(i + 1)), ("một" | "mỗi", "xe")));
                if load {
                    return Reading::Skip;
                }
                // "bình quân 2.100 tấn/ngày, lúc cao điểm gần 3 nghìn tấn":
                // a peak beside a daily rate is a day's.
                let peak_of_rate = v
                    .cues_in(clause_start, f.tok)
                    .any(|c| c.cue == Cue::Kind(Kind::Peak))
                    && inherited_rate(Metric::KhoiLuong).is_some();
                (
                    Metric::KhoiLuong,
                    if per_day || peak_of_rate {
                        Unit::TanNgay
                    } else {
                        Unit::Tan
                    },
                )
            }
            UnitWord::Vehicle => {
                let rate = if per_day {
                    Some(Unit::XeNgay)
                } else {
                    inherited_rate(Metric::PhuongTien)
                };
                (Metric::PhuongTien, rate.unwrap_or(Unit::Luot))
            }
            // "mỗi ngày: Hữu Nghị 1.215 xe; … Đồng Đăng 22 toa": a list of
            // daily rates goes on being one.
            UnitWord::Wagon => (
                Metric::PhuongTien,
                if per_day || inherited_rate(Metric::PhuongTien).is_some() {
                    Unit::ToaNgay
                } else {
                    Unit::Luot
                },
            ),
            UnitWord::Train => (
                Metric::PhuongTien,
                if per_day || inherited_rate(Metric::PhuongTien).is_some() {
                    Unit::ChuyenNgay
                } else {
                    Unit::Luot
                },
            ),
            // "Khách du lịch qua cửa khẩu … đạt 21.400 lượt khách": guests
            // the clause has called tourists are counted as tourists.
            // "đón 2,3 triệu lượt khách", "thu hút 500 nghìn lượt khách":
            // guests welcomed or drawn are visitors.
            UnitWord::Person
                if !per_day
                    && (v
                        .cues_in(clause_start, f.tok)
                        .rev()
                        .map(|c| c.cue)
                        .find(|c| matches!(c, Cue::People | Cue::Tourists))
                        == Some(Cue::Tourists)
                        || (welcomed(v, clause_start, f.tok)
                            && (f.tok..f.tok_end).any(|i| v.word(i) == "khách")
                            && !crossing_after(v, f.tok_end))) =>
            {
                (Metric::DuKhach, Unit::Luot)
            }
            UnitWord::Person => (
                Metric::LuotNguoi,
                if per_day { Unit::NguoiNgay } else { Unit::Luot },
            ),
            UnitWord::Tourist => (Metric::DuKhach, Unit::Luot),
            UnitWord::Luot => {
                let metric = match sentence_before(&[Cue::Vehicles, Cue::People, Cue::Tourists]) {
                    Some(Cue::Vehicles) => Metric::PhuongTien,
                    Some(Cue::People) => Metric::LuotNguoi,
                    Some(Cue::Tourists) => Metric::DuKhach,
                    // "62.400 lượt xuất nhập cảnh": crossings, named by
                    // nothing but the crossing, are of people.
                    _ if crossing_after(v, f.tok_end) => Metric::LuotNguoi,
                    _ => match self.last_count_metric {
                        Some(m) => m,
                        None => return Reading::Foreign,
                    },
                };
                let unit = match (metric, per_day) {
                    (Metric::PhuongTien, true) => Unit::XeNgay,
                    (Metric::LuotNguoi, true) => Unit::NguoiNgay,
                    _ => Unit::Luot,
                };
                (metric, unit)
            }
            UnitWord::Enterprise => {
                // "Hội nghị có sự tham dự của … hơn 60 doanh nghiệp":
                // enterprises that came to a meeting.
                let attending = (1..f.tok).any(|i| v.word(i - 1) == "tham" && v.word(i) == "dự");
                // Nor are firms asked in a survey ("Khảo sát … với 286
                // doanh nghiệp"), the members of an association ("72 doanh
                // nghiệp hội viên"), or what belongs to firms ("chữ ký của
                // 72 doanh nghiệp", "420 gian hàng của 285 doanh nghiệp").
                let surveyed = (1..f.tok).any(|i| v.word(i - 1) == "khảo" && v.word(i) == "sát");
                let members = matches!(v.word(f.tok_end), "hội" | "thành")
                    && matches!(v.word(f.tok_end + 1), "viên");
                // ("31.520 tờ khai của 702 doanh nghiệp" are traders.)
                let belonging = word_before(v, f.tok, &["hơn", "gần", "khoảng", "trên"])
                    .is_some_and(|j| {
                        v.word(j) == "của"
                            && matches!(
                                (v.word(j.wrapping_sub(2)), v.word(j.wrapping_sub(1))),
                                ("chữ", "ký") | ("gian", "hàng") | ("đại", "diện") | ("ý", "kiến")
                            )
                    });
                if attending
                    || surveyed
                    || members
                    || belonging
                    || v.has_cue(f.tok_end, near_end.max(f.tok_end + 1), Cue::Subgroup)
                {
                    return Reading::Skip;
                }
                (Metric::DoanhNghiep, Unit::DoanhNghiep)
            }
            UnitWord::Declaration => (Metric::ToKhai, Unit::ToKhai),
            UnitWord::Other | UnitWord::Yuan => return Reading::Foreign,
            UnitWord::Percent | UnitWord::Times => return Reading::Skip,
        };
        // "đạt 2.012 tỉ đồng, lần đầu tiên vượt mốc 2.000 tỉ đồng": a
        // milestone passed by the figure before it is not a figure of its own.
        let milestone = word_before(v, f.tok, &["qua", "vượt"]).is_some_and(|j| v.word(j) == "mốc")
            && self.facts[first_fact..]
                .last()
                .is_some_and(|p| p.metric == metric);
        if milestone {
            return Reading::Skip;
        }
        // "2.500 tấn sầu riêng …, trị giá 12 triệu USD": the worth of the
        // goods just counted, with their direction and commodity.
        // "… 21,5 triệu USD (gần 154 triệu tệ), với 12.400 tấn": and the
        // goods of the worth just given.
        // "2.360 lượt xe chở vải xuất khẩu, giá trị khoảng 9,8 triệu USD":
        // and the worth of the goods the trucks just counted carried.
        let last = self.facts[first_fact..].last();
        let last_metric = last.map(|p| p.metric);
        let worth_of_goods = match metric {
            Metric::KimNgach => {
                (f.tok.saturating_sub(3)..f.tok).any(|i| {
                    matches!(
                        (v.word(i.wrapping_sub(1)), v.word(i)),
                        ("trị", "giá") | ("giá", "trị")
                    )
                }) && last.is_some_and(|p| {
                    p.metric == Metric::KhoiLuong
                        || (p.metric == Metric::PhuongTien && p.commodity.is_some())
                })
            }
            Metric::KhoiLuong => {
                last_metric == Some(Metric::KimNgach)
                    && prev_end > 0
                    && (prev_end..f.tok).all(|i| {
                        matches!(
                            v.word(i),
                            "," | ")"
                                | "("
                                | "với"
                                | "khối"
                                | "lượng"
                                | "tương"
                                | "ứng"
                                | "đạt"
                                | "khoảng"
                                | "gần"
                                | "hơn"
                                | "trên"
                                | "chừng"
                        )
                    })
            }
            _ => false,
        };
        // "1.126 lượt xe nông sản xuất khẩu, …, bình quân 161 xe/ngày": the
        // average of the one count before it, of the same vehicles.
        let averaged = (unit.is_rate()
            && (prev_end..f.tok)
                .any(|i| matches!(v.word(i), "bình" | "trung") && v.word(i + 1) == "quân"))
        .then(|| {
            let mut counts = self.facts[first_fact..]
                .iter()
                .filter(|p| p.metric == metric);
            counts
                .next()
                .filter(|p| !p.unit.is_rate() && counts.next().is_none())
        })
        .flatten();
        // "642 xe xuất khẩu và 463 xe nhập khẩu, thấp hơn so với mức bình
        // quân khoảng 1.600 xe/ngày": a figure compared with is described
        // only after "so với", not by the list before it.
        let compared_with = (f.tok.saturating_sub(7)..f.tok).rev().find(|&i| {
            v.word(i) == "so"
                && v.word(i + 1) == "với"
                && (i + 2..f.tok).all(|k| {
                    matches!(
                        v.word(k),
                        "mức" | "bình" | "quân" | "trung" | "khoảng" | "gần" | "hơn"
                    )
                })
        });
        let flow = v
            .cues_in(f.tok_end, near_end)
            .find_map(|c| c.cue.flow())
            .or_else(|| {
                if compared_with.is_some() {
                    return Some(Flow::Total);
                }
                // "… chủ yếu xuất khẩu tinh bột sắn và nhập khẩu phân bón;
                // khối lượng hàng hóa … đạt 1.026.400 tấn": the direction
                // of goods named before a `;` is not the next figure's.
                let from = (prev_end..f.tok)
                    .rev()
                    .find(|&i| v.word(i) == ";")
                    .map_or(prev_end, |i| i + 1);
                v.cues_in(from, f.tok)
                    .rev()
                    .filter(|c| !in_aside(v, from, c.first, f.tok))
                    .find_map(|c| c.cue.flow())
            })
            .or_else(|| {
                // "… xe nhập khẩu khoảng 720 xe; ngày cao điểm có tới 1.468
                // xe": a peak is of all the traffic, not of the list's
                // last part.
                let peak = v
                    .cues_in(prev_end, f.tok)
                    .any(|c| c.cue == Cue::Kind(Kind::Peak));
                if peak {
                    return None;
                }
                if let Some(count) = averaged {
                    return Some(count.flow);
                }
                // "(XK 30,1 triệu USD); lũy kế … đạt 3,2 tỷ USD": a part by
                // direction, given in brackets, is no list the figure goes
                // on with.
                let part_in_brackets = |p: &Fact| {
                    let t = tok_at(v.toks, p.span.start);
                    let open = (0..t)
                        .rev()
                        .find(|&i| matches!(v.word(i), "(" | ")"))
                        .filter(|&i| v.word(i) == "(");
                    open.is_some_and(|o| {
                        (t..f.tok).any(|i| v.word(i) == ")")
                            && v.cues_in(o, t).any(|c| c.cue.flow().is_some())
                    })
                };
                // "như quả vải đạt …; dưa hấu trên …": a list continues the
                // direction of the figure before it, and "Trong đó, sầu
                // riêng đạt …" that of the figure it breaks down.
                let before = if v.breakdown && self.facts.len() == first_fact {
                    &self.facts[..]
                } else {
                    &self.facts[first_fact..]
                };
                // The last figure of the same measure in the sentence
                // broken down: "… 243.600 tấn, trị giá 298,4 triệu USD.
                // Trong đó, thanh long 96.200 tấn".
                let last_sentence = before.last().map(|p| p.sentence);
                // A rate after counts ("nhập cảnh khoảng 6.100 lượt; bình
                // quân mỗi ngày có 135 người") is of all the traffic too.
                let mut same = before
                    .iter()
                    .rev()
                    .take_while(|p| Some(p.sentence) == last_sentence)
                    .filter(|p| {
                        (p.metric == metric && p.unit.is_rate() == unit.is_rate()) || worth_of_goods
                    });
                // "…; trong đó xuất khẩu 1,68 tỷ USD, nhập khẩu 2,05 tỷ USD.
                // Riêng tháng 10 đạt 452,6 triệu USD": one month of the
                // whole, not of its last part.
                let one_period = v.word(0) == "riêng"
                    && v.periods.iter().any(|p| !p.found.base && p.tok_start <= 2);
                let like = if one_period { same.last() } else { same.next() };
                like.filter(|p| !part_in_brackets(p)).map(|p| p.flow)
            })
            .unwrap_or(Flow::Total);
        let scope = if metric != Metric::KimNgach {
            None
        } else if let Some(Cue::Scope(s)) = v
            .cues_in(prev_end, f.tok)
            .rev()
            .map(|c| c.cue)
            .find(|c| matches!(c, Cue::Scope(_)))
        {
            Some(s)
        } else if self.facts[first_fact..]
            .last()
            .is_some_and(|p| p.metric == Metric::ToKhai)
            && prev_end > 0
            && (prev_end..f.tok).all(|i| {
                matches!(
                    v.word(i),
                    "với" | "kim" | "ngạch" | "trị" | "giá" | "đạt" | "là" | ","
                )
            })
        {
            // "làm thủ tục cho 1.238 tờ khai với kim ngạch 46,5 triệu USD":
            // the value of declarations is what was declared.
            Some(Scope::ToKhai)
        } else if v.breakdown || prev_end > 0 {
            // "…; trong đó kim ngạch xuất khẩu đạt …" breaks down the
            // figure before it as a sentence opening so does.
            let breakdown =
                v.breakdown || (0..f.tok).any(|i| opens_parts(v.word(i), v.word(i + 1)));
            let parent = if v.breakdown && self.facts.len() == first_fact {
                self.facts
                    .iter()
                    .rev()
                    .find(|p| p.metric == Metric::KimNgach)
            } else {
                self.facts[first_fact..]
                    .iter()
                    .rev()
                    .find(|p| p.metric == Metric::KimNgach)
            };
            // "Chi cục … VI đạt 5,12 tỷ USD; Chi cục … VIII đạt 14,86 tỷ
            // USD": the next item of a list, with no trade "qua" a place and
            // no "kim ngạch" of its own, is declared as the one before.
            let next_item = parent.is_some_and(|p| p.sentence == self.sentence)
                && (clause_start..f.tok).all(|i| !matches!(v.word(i), "qua" | "ngạch"));
            parent
                .filter(|_| breakdown || next_item)
                .and_then(|p| p.scope)
                .or(self.announced_scope)
        } else {
            self.announced_scope
        };
        // "đạt 96,5% chỉ tiêu": a plan word right after a share of the plan
        // belongs to that share, not to the figures after it.
        let after_plan_share = |at: usize| {
            v.figures
                .iter()
                .any(|g| g.tok_end == at && g.unit.is_some_and(|u| u.word == UnitWord::Percent))
        };
        // "đạt 21,6% kế hoạch năm 2026 (1,4 tỷ USD)", "bằng 22,4% dự toán
        // năm 2026 được giao là 4.000 tỷ đồng": a figure in brackets right
        // after that plan word, or that the plan "is", is the plan itself.
        let states_the_plan = |cue_end: usize| {
            let clause_on = (cue_end..f.tok).all(|i| !matches!(v.word(i), ";" | ","));
            f.tok > 0 && (v.word(f.tok - 1) == "(" || (v.word(f.tok - 1) == "là" && clause_on))
        };
        // "chỉ tiêu 330 triệu USD – thực hiện 291,7 triệu USD": what was
        // carried out, after a goal, is no goal.
        let carried_out =
            (prev_end.max(1)..f.tok).any(|i| v.word(i - 1) == "thực" && v.word(i) == "hiện");
        let kind = v
            .cues_in(prev_end, f.tok)
            .rev()
            .find_map(|c| match c.cue {
                Cue::Kind(k) if !after_plan_share(c.first) || states_the_plan(c.last) => Some(k),
                _ => None,
            })
            .or_else(|| {
                // (Only what is foreseen or aimed at: "9 ngày cao điểm dịp
                // Tết (…), có 8.930 lượt" is no peak. Not across a ";".)
                let semi = (read_end..f.tok)
                    .rev()
                    .find(|&i| v.word(i) == ";")
                    .map_or(read_end, |i| i + 1);
                v.cues_in(semi.min(prev_end), prev_end)
                    .rev()
                    .find_map(|c| match c.cue {
                        Cue::Kind(k @ (Kind::Forecast | Kind::Target)) => Some(k),
                        _ => None,
                    })
            })
            .or_else(|| carried_out.then_some(Kind::Actual))
            .or_else(|| {
                // "phấn đấu … đạt 130 triệu USD, đưa tổng kim ngạch cả năm
                // đạt 700 triệu USD", "…; thu ngân sách đạt tối thiểu 12.000
                // tỷ đồng": a goal or forecast goes on to the figures after
                // it in the sentence, unless a clause after a ";" gives a
                // period of its own or says what was done ("đã", "hiện").
                // A period that reaches as far as the goal's or further
                // ("Dự báo quý IV/2026 …; cả năm 2026 ước đạt …") is
                // foreseen as well.
                let before = self.facts[first_fact..]
                    .last()
                    .filter(|p| matches!(p.kind, Kind::Target | Kind::Forecast))?;
                let own_clause = (prev_end..f.tok)
                    .rev()
                    .find(|&i| v.word(i) == ";")
                    .is_some_and(|semi| {
                        v.periods.iter().any(|p| {
                            (semi..f.tok).contains(&p.tok_start)
                                && self
                                    .resolve(p)
                                    .zip(before.period)
                                    .is_none_or(|(p, b)| p.to < b.to)
                        }) || (semi..f.tok).any(|i| matches!(v.word(i), "đã" | "hiện"))
                    });
                (!own_clause).then_some(before.kind)
            })
            .or(v.lead_kind)
            .unwrap_or(Kind::Actual);
        let bound = if f.high.is_some() {
            Bound::Range
        } else {
            bound_before(v.toks, f.tok)
        };
        // "xuất khẩu ước đạt 72,4 triệu USD, nhập khẩu 126,2 triệu USD":
        // the next item of a list, named by its direction alone, is stated
        // as the one before.
        let next_item = prev_end > 0
            && matches!(v.word(prev_end), "," | ";")
            && (prev_end + 1..f.tok).all(|i| {
                v.cues_in(0, i + 1)
                    .any(|c| c.first <= i && i <= c.last && c.cue.flow().is_some())
            });
        // "892 nghìn tấn (số liệu sơ bộ), trong đó …": a note in brackets
        // after a figure is that figure's, not the next one's; one with a
        // figure of its own ("34,2 triệu USD (số liệu sơ bộ trước đó là
        // 15,8 triệu USD)") is about that figure.
        let noted = |at: usize| {
            let close = (at..v.toks.len())
                .find(|&i| v.word(i) == ")")
                .unwrap_or(v.toks.len());
            v.word(at) == "("
                && !v.figures.iter().any(|g| at < g.tok && g.tok < close)
                && v.cues_in(at, (at + 6).min(close))
                    .any(|c| c.cue == Cue::Estimate)
        };
        let note_end = (prev_end > 0 && noted(prev_end))
            .then(|| (prev_end..f.tok).find(|&i| v.word(i) == ")"))
            .flatten()
            .map_or(prev_end, |i| i + 1);
        let estimate = v.has_cue(note_end, f.tok, Cue::Estimate)
            || noted(f.tok_end)
            || (next_item
                && self.facts[first_fact..]
                    .last()
                    .is_some_and(|p| p.value.estimate && p.metric == metric));
        let commodity = if metric == Metric::PhuongTien {
            carried(v, f).or_else(|| averaged.or(equivalent_of).and_then(|p| p.commodity.clone()))
        } else if matches!(metric, Metric::KimNgach | Metric::KhoiLuong) {
            self.commodity(v, f, led_by.unwrap_or(f.tok), prev_end)
                .or_else(|| {
                    // "giảm từ 517 triệu USD …, chỉ còn 24 triệu USD": a figure
                    // with no subject of its own continues the one before; the
                    // worth of goods just counted ("96.400 tấn xuất khẩu, trị
                    // giá 408 triệu USD") is always theirs.
                    let own_subject = v.cues_in(prev_end, f.tok).any(|c| c.cue.flow().is_some());
                    let prev = self.facts[first_fact..]
                        .last()
                        .filter(|p| (p.metric == metric && !own_subject) || worth_of_goods);
                    prev.and_then(|p| p.commodity.clone())
                })
        } else {
            None
        };
        // "Ở nhóm nông sản, rau quả xuất sang Trung Quốc 10 tháng đạt 4,86
        // tỷ USD. Sầu riêng … khoảng 2,9 tỷ USD": goods right after a
        // figure of goods in one direction go that way too, where nothing
        // in their sentence gives a direction.
        let flow = match self.facts.last() {
            Some(p)
                if flow == Flow::Total
                    && commodity.is_some()
                    && p.commodity.is_some()
                    && p.metric == metric
                    && p.flow != Flow::Total
                    && p.sentence + 1 == self.sentence
                    && self.fact_paragraph == self.paragraph
                    && !v.cues.iter().any(|c| c.cue.flow().is_some()) =>
            {
                p.flow
            }
            _ => flow,
        };
        let Some((place, place_assumed)) =
            self.place_for(v, f, metric, unit, clause_start, near_end)
        else {
            return Reading::Foreign;
        };
        let period = self.period_for(v, f, clause_start, near_end);
        // "vượt cột xanh cùng kỳ là 22,9 triệu USD": the figure of the same
        // period a year before (not a base after "so với").
        // ("cùng kỳ đạt 95,7 triệu USD" is the same period as the one
        // stated: "in the same time".)
        let j = word_before(v, f.tok, &["là", ":", "chỉ", "mới", "ở", "mức"]);
        let last_year = j.is_some_and(|j| {
            v.word(j) == "kỳ"
                && v.word(j.wrapping_sub(1)) == "cùng"
                && !matches!(v.word(j.wrapping_sub(2)), "với" | "so" | "bằng" | "hơn")
        });
        let period = match period {
            Some(p) if last_year => p.shift_years(-1),
            p => p,
        };
        // "bằng 41,1% dự toán pháp lệnh (20.000 tỷ đồng)": the amount of a
        // budget or plan, given in passing, is the whole year's.
        let plan_amount = kind == Kind::Target
            && v.word(f.tok.wrapping_sub(1)) == "("
            && (f.tok.saturating_sub(5)..f.tok)
                .any(|i| matches!((v.word(i), v.word(i + 1)), ("dự", "toán") | ("kế", "hoạch")));
        // "Báo cáo đặt từng chỉ tiêu năm 2026 cạnh kết quả thực hiện 10
        // tháng: … chỉ tiêu 330 triệu USD": a goal that states no period
        // of its own is for the year, not for the part of it done so far.
        let inherited = v.periods.iter().all(|p| p.found.base);
        let year_so_far = |p: &Period| p.from.ordinal() == 1 && !p.is_whole_year();
        let period = match period {
            Some(p) if plan_amount => Period::year(p.year_of()),
            Some(p) if kind == Kind::Target && inherited && year_so_far(&p) => {
                Period::year(p.year_of())
            }
            p => p,
        };
        // "thấp hơn năm 2025 (3,34 triệu tấn)": the figure of the base,
        // what happened then.
        let base = v.base_of(f);
        let (period, kind) = match base {
            Some(p) => (self.resolve(p), Kind::Actual),
            None => (period, kind),
        };
        // "Kịch bản thấp, tháng 12 chỉ đạt khoảng 520 triệu USD và cả năm
        // có thể đạt 6,38 tỷ USD", after "11 tháng năm 2026": what is said
        // of a time after every day the article reports is foreseen.
        let to_come = period.is_some_and(|p| {
            self.latest_days
                .iter()
                .max()
                .is_some_and(|&d| p.from > d && self.dated.is_none_or(|t| p.from > t))
        });
        let kind = if kind == Kind::Actual && to_come {
            Kind::Forecast
        } else {
            kind
        };
        let fact = Fact {
            id: FactId(String::new()),
            doc: self.doc.id.clone(),
            place,
            metric,
            flow,
            scope,
            commodity,
            period,
            value: Value {
                value: f.value,
                high: f.high,
                bound,
                estimate,
            },
            unit,
            change: None,
            plan_pct: None,
            kind,
            span: Span::new(f.start, f.end),
            reporter: self.reporter.clone(),
            sentence: 0,
            quote: None,
        };
        Reading::Level {
            fact: Box::new(fact),
            place_assumed,
        }
    }

    /// The commodity of figure `f`, whose subject is named in the clause
    /// of token `subject_at` (the figure's own, or the change leading to
    /// it), after token `prev_end`.
    fn commodity(
        &self,
        v: &View,
        f: &Figure,
        subject_at: usize,
        prev_end: usize,
    ) -> Option<String> {
        if let Some(u) = f.unit {
            if u.word == UnitWord::Tan && !u.per_day {
                if let Some(c) = commodity_after(v, f.tok_end) {
                    return Some(c);
                }
            }
        }
        // The product named last in the figure's clause ("trong đó sắn
        // lát đạt …", "như quả vải đạt …").
        // Goods listed before it may run back over commas ("mặt hàng tôm
        // hùm, cua hoàng đế, cá song sống đạt …").
        let from = v.clause_start(subject_at).max(prev_end);
        let mut named = commodity_mentions(v, prev_end, f.tok);
        if let Some((at, last)) = named.pop().filter(|(at, _)| *at >= from) {
            // "điện thoại và linh kiện", "máy móc, thiết bị": goods listed
            // together are one group.
            let mut group = strip_classifiers(&last);
            let last_at = at;
            let mut at = at;
            while let Some((k, c)) = named.pop() {
                let joiner = match v.word(at - 1) {
                    "và" => " và ",
                    "," => ", ",
                    _ => break,
                };
                // "Ở nhóm nông sản, rau quả xuất sang …": goods set as the
                // sentence's topic are no item of the list after them.
                let topic = k > 0
                    && (0..k).all(|i| {
                        matches!(
                            v.word(i),
                            "ở" | "về" | "đối" | "với" | "trong" | "nhóm" | "riêng"
                        )
                    });
                if k + c.split(' ').count() + 1 != at || (topic && joiner == ", ") {
                    break;
                }
                group = format!("{}{joiner}{group}", strip_classifiers(&c));
                at = k;
            }
            // "hàng xuất khẩu chủ yếu là chè, chuối … với trị giá 4,1
            // triệu USD": a list of the main goods of a flow, whose figure
            // is the flow's ("chủ yếu là phân bón với 60 nghìn tấn" names
            // the one good it measures).
            let main_goods = v.word(at.wrapping_sub(2)) == "yếu"
                && matches!(v.word(at - 1), "là" | "gồm")
                && at < last_at;
            return (!main_goods).then_some(group);
        }
        // "Riêng sầu riêng, 5 tháng đầu năm xuất khẩu … đạt 312 triệu USD",
        // "Đối với mặt hàng than, …": goods set as the sentence's topic.
        let topic = matches!(v.word(0), "riêng" | "đối" | "với");
        if topic {
            let comma = (0..from).find(|&i| v.word(i) == ",").unwrap_or(0);
            if let Some((_, c)) = commodity_mentions(v, 0, comma).pop() {
                return Some(strip_classifiers(&c));
            }
        }
        // "mặt hàng này": the product named before, in this sentence or
        // an earlier one.
        let this = (from..f.tok).any(|i| v.word(i) == "hàng" && v.word(i + 1) == "này");
        if !this {
            return None;
        }
        commodity_mentions(v, 0, from)
            .pop()
            .map(|(_, c)| strip_classifiers(&c))
            .or_else(|| self.last_commodity.clone())
    }

    /// The place a figure is about, as the article names it, and whether
    /// it is assumed: the place the text gives it; else the paragraph's;
    /// else the headline's gate, the area, or the nation.
    fn place_for(
        &self,
        v: &View,
        f: &Figure,
        metric: Metric,
        unit: Unit,
        clause: usize,
        near_end: usize,
    ) -> Option<(Place, bool)> {
        if let Some(id) = f.column_place {
            return Some((Place::single(id), false));
        }
        if self.all_the_nations_gates(v, clause, f) {
            return Some((the_nation()?, false));
        }
        if names_an_unknown_crossing(v, clause, f.tok) {
            return None;
        }
        let (place, assumed) = match self.place_in_gazetteer(v, f, (metric, unit), clause, near_end)
        {
            Some(p) => (p, false),
            None => match &self.current_place {
                Some(p) => (p.clone(), self.place_assumed),
                None => (self.assumed_place(v, f, metric, unit)?, true),
            },
        };
        Some((self.as_the_article_names(v, place), assumed))
    }

    /// Whether the figure's clause, in an article about the nation's trade
    /// and a sentence that names no place, speaks of gates in the plural
    /// and of no province ("Lạng Sơn đạt 54,6 tỷ USD. Lượng xe hàng qua
    /// các cửa khẩu đường bộ bình quân …"): all the nation's gates.
    fn all_the_nations_gates(&self, v: &View, clause: usize, f: &Figure) -> bool {
        let nation = the_nation();
        nation.is_some()
            && self.first_area == nation
            && v.places.iter().all(|g| g.reporter)
            && (clause.max(1)..f.tok).any(|i| v.word(i - 1) == "các" && v.word(i) == "cửa")
            && !(0..v.toks.len()).any(|i| matches!(v.word(i), "tỉnh" | "bàn"))
    }

    /// The place of a figure neither its text nor its paragraph places:
    /// the headline's gate, the area, or, in an article that names no
    /// place, the nation for trade with China.
    fn assumed_place(&self, v: &View, f: &Figure, metric: Metric, unit: Unit) -> Option<Place> {
        let area = self.area_at(v, f);
        self.average_of_count((metric, unit), area.as_ref())
            .or_else(|| self.headline_story(v, f, &area))
            .or(area)
            .or_else(|| self.first_area.clone())
            .or_else(|| {
                // "rau quả xuất sang Trung Quốc đạt 4,86 tỷ USD", in an
                // article that names no place: the nation's trade with
                // China.
                let with_china = (2..v.toks.len()).any(|i| {
                    matches!(v.word(i - 2), "sang" | "từ" | "với")
                        && v.word(i - 1) == "trung"
                        && v.word(i) == "quốc"
                });
                with_china.then(the_nation).flatten()
            })
    }

    /// The crossing in `area` where the last fact, a count of the metric,
    /// was given, in this paragraph or the one before: where a rate of it
    /// is the count's average ("98.450 lượt người qua cửa khẩu Bắc Luân I.
    /// ¶ Bình quân mỗi ngày … 6.560 lượt người").
    fn average_of_count(
        &self,
        (metric, unit): (Metric, Unit),
        area: Option<&Place>,
    ) -> Option<Place> {
        let last = self.facts.last()?;
        let crossing_in_area =
            last.place.members().iter().all(|&id| {
                is_crossing(id) && area.is_none_or(|a| a == &last.place || lies_in(id, a))
            });
        let average = unit.is_rate() && !last.unit.is_rate() && last.metric == metric;
        (average && crossing_in_area && self.paragraph <= self.fact_paragraph + 1)
            .then(|| last.place.clone())
    }

    /// The area as of figure `f`: an agency named earlier in its sentence
    /// ("Ban Quản lý cửa khẩu quốc tế Móng Cái") sets it.
    fn area_at(&self, v: &View, f: &Figure) -> Option<Place> {
        v.places
            .iter()
            .rev()
            .find(|g| g.tok_end <= f.tok)
            .and_then(PlaceGroup::area)
            .or_else(|| self.area.clone())
    }

    /// A province since merged into another is the province it joined,
    /// where the article names that one and not the old one: the
    /// gazetteer's province of "cửa khẩu Thanh Thủy" is Hà Giang, which an
    /// article about "tỉnh Tuyên Quang" knows as Tuyên Quang.
    fn as_the_article_names(&self, v: &View, place: Place) -> Place {
        let [id] = place.members() else {
            return place;
        };
        let named = |p: &PlaceId| {
            self.named_provinces.contains(p) || v.places.iter().any(|g| g.place.members() == [*p])
        };
        match Gazetteer::builtin().merged_into(*id) {
            Some(new) if named(&new) && !named(id) => Place::single(new),
            _ => place,
        }
    }

    /// The place a figure is about, as the gazetteer knows it: the
    /// crossings "hai cửa khẩu này" refers back to; else the nearest names
    /// before it in the sentence (or their province, for "trên toàn tỉnh"
    /// after them); else a place the figure is said to pass ("qua cửa
    /// khẩu Lào Cai") right after it; else the province or city named by
    /// its kind alone; else the area for "qua địa bàn" or "qua các cửa
    /// khẩu"; else the gate named last for "qua cửa khẩu". None where the
    /// text gives the figure no place of its own.
    fn place_in_gazetteer(
        &self,
        v: &View,
        f: &Figure,
        measure: (Metric, Unit),
        clause: usize,
        near_end: usize,
    ) -> Option<Place> {
        if let Some(both) = self.crossings_referred_to(v, f.tok) {
            return Some(both);
        }
        // "Chi cục Hải quan khu vực VIII thu 17.240 tỷ đồng", after the
        // article gave "khu vực VIII (Quảng Ninh)": the region's place.
        let last_place = v
            .places
            .iter()
            .rev()
            .find(|g| g.tok_end <= f.tok)
            .map_or(0, |g| g.tok_end);
        let region = (last_place.max(clause).max(2)..f.tok)
            .rev()
            .find(|&i| v.word(i - 2) == "khu" && v.word(i - 1) == "vực")
            .and_then(|i| self.regions.iter().find(|(n, _)| *n == v.word(i)));
        if let Some((_, place)) = region {
            return Some(place.clone());
        }
        // "tỉnh" with no name after it, in the figure's clause and not in
        // brackets ("tỉnh phấn đấu …", "trên địa bàn tỉnh", "trên toàn
        // tỉnh"): the province itself.
        let next_named = |k: usize| v.places.iter().any(|g| g.tok_start == k);
        let bracketed = |i: usize| {
            let count = |b: &str| (clause..i).filter(|&k| v.word(k) == b).count();
            count("(") > count(")")
        };
        // "Tỉnh phấn đấu năm 2026, kim ngạch … đạt": the sentence's
        // subject, before the figure's clause.
        // "Toàn tỉnh, kim ngạch … đạt": so is the whole province.
        let head = usize::from(matches!(v.word(0), "toàn" | "cả"));
        let subject = head..head + usize::from(clause > 0 && v.word(head) == "tỉnh");
        // "1.780 phương tiện qua các cửa khẩu của tỉnh": the gates of the
        // province, after the figure, before any other.
        let after = (f.tok_end..near_end.max(f.tok_end + 8).min(v.toks.len())).take_while(|&i| {
            !matches!(v.word(i), "," | ";") && !v.figures.iter().any(|g| g.tok == i)
        });
        let province_word = subject
            .chain(clause..f.tok)
            .find(|&i| {
                v.word(i) == "tỉnh"
                    && !next_named(i + 1)
                    && !matches!(v.word(i.wrapping_sub(1)), "trong" | "ngoài" | "liên")
                    && !in_agency_name(v, i)
                    && !bracketed(i)
            })
            .or_else(|| {
                after.clone().find(|&i| {
                    v.word(i) == "tỉnh"
                        && !next_named(i + 1)
                        && matches!(v.word(i - 1), "của" | "bàn")
                        && after.clone().any(|k| v.word(k) == "các")
                })
            });
        // "(3) nâng cấp đường lên cửa khẩu Pò Peo …; (4) phấn đấu đón
        // 60.000 lượt khách qua Sóc Giang", "tỉnh nâng cấp đường lên cửa
        // khẩu Chi Ma và phấn đấu đón 80.000 lượt khách qua Tân Thanh": a
        // place the figure passes, right after it, beats one named before
        // it.
        let passed = v
            .places
            .iter()
            .find(|g| !g.reporter && g.tok_start >= f.tok_end && g.tok_end <= near_end)
            .filter(|g| {
                let lead = v.word(g.tok_start.wrapping_sub(1));
                let via = (f.tok_end..g.tok_start).any(|i| matches!(v.word(i), "qua" | "tại"));
                via && lead != ","
            });
        if let Some(g) = v
            .places
            .iter()
            .rev()
            .find(|g| !g.reporter && g.tok_end <= f.tok)
            .filter(|_| passed.is_none())
        {
            // "Lai Châu và Điện Biên lần lượt đạt 342 triệu USD và 118
            // triệu USD": each place has its own figure, in turn.
            if let Some((nth, _)) = turn_of(v, g.tok_end, f) {
                if let Some(&id) = g.place.members().get(nth) {
                    return Some(Place::single(id));
                }
            }
            // "tại cửa khẩu Trà Lĩnh, nhiều xe phải chờ; kim ngạch qua các
            // cửa khẩu trên địa bàn …": many gates in the figure's own
            // clause are the area's, not the gate's of a clause before.
            let own = clause;
            let many = (own.max(1)..f.tok)
                .any(|i| matches!((v.word(i - 1), v.word(i)), ("các", "cửa") | ("địa", "bàn")));
            if many && g.tok_end <= own && g.place.members().iter().all(|&id| is_crossing(id)) {
                return area_of(&g.place);
            }
            // "… qua địa bàn Móng Cái đạt 6,5 tỷ USD; thu ngân sách … trên
            // toàn tỉnh đạt …": the province of the place named before.
            let province = province_word
                .filter(|&k| g.tok_end <= k && !v.breakdown)
                .and_then(|_| province_of(&g.place));
            return province.or_else(|| Some(g.place.clone()));
        }
        if let Some(g) = passed {
            return Some(g.place.clone());
        }
        // "thương mại hai chiều", "kim ngạch song phương", "giữa hai
        // nước", "Việt - Trung": the trade of the two countries, the
        // nation's figure; so are those of "toàn ngành", "cả nước".
        let two_way = (0..f.tok).any(|i| {
            let w = |k: usize| v.word(i + k);
            matches!(
                (w(0), w(1), w(2)),
                ("thương", "mại", "hai" | "song")
                    | ("ngạch", "song", "phương")
                    | ("giữa", "hai", "nước")
                    | ("việt", "-" | "–", "trung")
                    | ("toàn", "ngành" | "quốc", _)
                    | ("cả", "nước", _)
            )
        });
        if two_way {
            return the_nation();
        }
        let area = self.area_at(v, f);
        // "… thành phố đặt mục tiêu đón 2,3 triệu lượt khách", "tỉnh phấn
        // đấu …", "trên địa bàn tỉnh": the province or city itself, named
        // by its kind alone, is the subject, whatever gate (or, for the
        // province, city) came before.
        let kind_alone = province_word.map(|_| PlaceKind::Province).or_else(|| {
            (clause..f.tok)
                .any(|i| v.word(i) == "thành" && v.word(i + 1) == "phố" && !next_named(i + 2))
                .then_some(PlaceKind::City)
        });
        match (kind_alone, &area) {
            (Some(PlaceKind::Province), Some(a)) if !v.breakdown => {
                if let Some(p) = province_of(a) {
                    return Some(p);
                }
            }
            (Some(kind), Some(a)) => {
                let is_kind =
                    matches!(a.members(), [id] if Gazetteer::builtin().get(*id).kind == kind);
                if is_kind {
                    return area;
                }
            }
            _ => {}
        }
        // "qua địa bàn", "qua các cửa khẩu": the area's.
        let area_word = (0..f.tok).any(|i| {
            matches!(
                (v.word(i), v.word(i + 1), v.word(i + 2)),
                ("địa", "bàn", _) | ("các", "cửa", "khẩu")
            )
        });
        if area_word && !v.breakdown && area.is_some() {
            return area;
        }
        // "Năm 2026, Hải quan cửa khẩu Chi Ma phấn đấu kim ngạch đạt …",
        // "9 tháng, đơn vị thu được …": an agency named for its gate, in
        // this sentence or as "đơn vị", reports for that gate, whatever
        // place the paragraph was about.
        // So does one named for a city's gates ("Hải quan cửa khẩu quốc tế
        // Móng Cái thu ngân sách 38,6 tỷ đồng"): the city, not the gate of
        // the city the sentence before was about.
        let city_gates = |g: &PlaceGroup| {
            let city = matches!(g.place.members(), [id] if Gazetteer::builtin().get(*id).kind == PlaceKind::City);
            let named_for_gates = (g.tok_start.saturating_sub(3)..g.tok_end)
                .any(|i| v.word(i) == "cửa" && v.word(i + 1) == "khẩu");
            (g.reporter && city && named_for_gates).then(|| g.place.clone())
        };
        let agency_here = v
            .places
            .iter()
            .rev()
            .find(|g| g.tok_end <= f.tok)
            .and_then(|g| g.agency_gate().or_else(|| city_gates(g)));
        let the_unit = (0..f.tok).any(|i| {
            v.word(i) == "đơn"
                && v.word(i + 1) == "vị"
                && v.word(i + 2) != "tính"
                && !matches!(v.word(i.wrapping_sub(1)), "các" | "những" | "nhiều")
        });
        let the_units = self.agency_gate.clone().filter(|_| the_unit).map(|gate| {
            // "Đồn Biên phòng Cửa khẩu quốc tế Móng Cái … cho 98.450 lượt
            // người qua cửa khẩu Bắc Luân I. ¶ Bình quân mỗi ngày đơn vị
            // …": the crossing of the city the unit's figures were given.
            self.average_of_count(measure, Some(&gate)).unwrap_or(gate)
        });
        if let Some(gate) = agency_here.or(the_units) {
            return Some(gate);
        }
        // "Sở Công Thương Lạng Sơn dự báo …, mỗi ngày có khoảng 1.300 xe
        // nông sản lên cửa khẩu": a province's agency, in a sentence that
        // names no other place, speaks of the province's gates, whichever
        // gate an earlier sentence named.
        // (Not a gate's agency: "Ban Quản lý cửa khẩu tỉnh Quảng Ninh … qua
        // cửa khẩu" is the gate the article is about.)
        let provincial_agency = v.places.iter().all(|g| {
            g.reporter
                && g.place.members().iter().all(|&id| !is_crossing(id))
                && (g.tok_start.saturating_sub(5)..g.tok_end).all(|i| v.word(i) != "khẩu")
        }) && !v.places.is_empty();
        // ("cửa khẩu này" is the gate named before.)
        let gates_word = || {
            (1..v.toks.len()).any(|i| {
                v.word(i - 1) == "cửa"
                    && v.word(i) == "khẩu"
                    && !v.in_place(i)
                    && !matches!(v.word(i + 1), "này" | "đó" | "trên")
            })
        };
        if provincial_agency && gates_word() {
            if let Some(p) = area.as_ref().and_then(province_of) {
                return Some(p);
            }
        }
        // The area a figure before fell back to ("… mỗi ngày có khoảng hai
        // nghìn lượt người qua lại") yields to a crossing this one is said
        // to pass, and so does a province named beside a crossing
        // ("Cửa khẩu Thanh Thủy là cửa ngõ của tỉnh Tuyên Quang. … qua cửa
        // khẩu này …").
        let is_gate = |p: &Place| {
            p.members().iter().all(|&id| {
                !matches!(
                    Gazetteer::builtin().get(id).kind,
                    PlaceKind::Province | PlaceKind::Country
                )
            })
        };
        let province_beside_gate = self.gate_beside_place.is_some()
            && self.current_place.as_ref().is_some_and(|p| !is_gate(p));
        // "qua cửa khẩu này" after a figure of the province: the gate
        // named last, not the province.
        let this_gate = self.current_place.as_ref().is_some_and(|p| !is_gate(p))
            && (2..v.toks.len()).any(|i| {
                v.word(i - 1) == "cửa"
                    && v.word(i) == "khẩu"
                    && matches!(v.word(i + 1), "này" | "đó")
                    && !matches!(v.word(i - 2), "các" | "những" | "hai" | "ba" | "2" | "3")
            });
        if self.current_place.is_none() || self.place_assumed || province_beside_gate || this_gate {
            // "qua cửa khẩu" with no name after it, before the figure or
            // right after it: the gate named last, even in an earlier
            // paragraph ("các cửa khẩu" is the area's).
            // A "cửa khẩu" that a name follows ("Chi cục Hải quan cửa khẩu
            // Móng Cái") is named, and a province is no gate.
            // Looked for up to the end of the clause, not just the
            // figure's own words: "18.500 lượt người và 12.200 lượt
            // phương tiện qua cửa khẩu" passes both through the gate.
            let clause_end = (f.tok_end..v.toks.len())
                .find(|&i| v.word(i) == ";")
                .unwrap_or(v.toks.len())
                .max(near_end);
            // "qua ga" is the station named last, and "qua lối mở" the
            // opening, as "qua cửa khẩu" is the gate.
            let the_gate = (1..f.tok).chain(f.tok_end + 1..clause_end).any(|i| {
                (matches!((v.word(i - 1), v.word(i)), ("cửa", "khẩu") | ("lối", "mở"))
                    || (v.word(i) == "ga" && matches!(v.word(i - 1), "qua" | "tại")))
                    && !v.in_place(i)
                    && !v.places.iter().any(|g| g.tok_start == i + 1)
                    && !matches!(v.word(i.wrapping_sub(2)), "các" | "những" | "hai" | "ba")
                    // "qua cửa khẩu của tỉnh", "trên địa bàn": the area's.
                    && !matches!(v.word(i + 1), "của" | "trên" | "thuộc")
            });
            // An agency of this sentence named after its gate ("Chi cục
            // Hải quan cửa khẩu Tân Thanh cho biết: … qua cửa khẩu") names
            // it more recently than any earlier sentence.
            let agency_gate = v
                .places
                .iter()
                .rev()
                .find(|g| g.reporter && g.tok_end <= f.tok)
                .map(|g| g.place.clone())
                .filter(is_gate);
            // The crossing named last, even before a province ("cửa khẩu
            // Thanh Thủy trở thành cửa ngõ … của tỉnh Tuyên Quang. … qua
            // cửa khẩu tăng đều").
            let gate_named_last = agency_gate
                .or_else(|| {
                    self.gate_beside_place
                        .clone()
                        .filter(|_| province_beside_gate)
                })
                .or_else(|| self.last_named.clone().filter(is_gate))
                .or_else(|| self.named_crossings.last().map(|&id| Place::single(id)));
            if let (true, Some(p)) = (the_gate, gate_named_last) {
                return Some(p);
            }
        }
        None
    }

    /// Gives each of the sentence's figures of one measure its own place,
    /// in turn, where they are said to be the places' respectively:
    /// "Hoành Mô và Bắc Phong Sinh … hai con số này lần lượt là 598,2
    /// triệu USD và 241,6 triệu USD", "có 41.250 và 12.830 lượt xe hàng qua
    /// Hoành Mô và Bắc Phong Sinh", "con số tương ứng … là 37.900 và 8.460
    /// lượt". Read one by one, they all took one place: the pair jointly,
    /// or the last of it.
    fn distribute_in_turn(&mut self, v: &View, first_fact: usize) {
        let said = (1..v.toks.len()).any(|i| {
            matches!(
                (v.word(i - 1), v.word(i)),
                ("lần", "lượt") | ("tương", "ứng")
            )
        });
        let text = self.doc.text.as_bytes();
        let mut at = first_fact;
        while at < self.facts.len() {
            // A run of values of one measure, place, period and kind, each
            // after the one before with only "và" or "," between.
            let first = &self.facts[at];
            let k = 1 + self.facts[at + 1..]
                .iter()
                .zip(&self.facts[at..])
                .take_while(|(f, before)| {
                    f.metric == first.metric
                        && f.unit == first.unit
                        && f.place == first.place
                        && f.period == first.period
                        && f.kind == first.kind
                        && text
                            .get(before.span.end..f.span.start)
                            .and_then(|between| std::str::from_utf8(between).ok())
                            .is_some_and(|between| matches!(between.trim(), "và" | ","))
                })
                .count();
            let run = at..at + k;
            at += k;
            if k < 2 {
                continue;
            }
            let members = self.facts[run.start].place.members();
            let places: Vec<PlaceId> = if members.len() == k {
                members.to_vec()
            } else if let Some(g) = v.places.iter().find(|g| {
                // "41.250 và 12.830 lượt xe hàng qua Hoành Mô và Bắc Phong
                // Sinh": the places listed right after the values.
                !g.reporter
                    && g.place.members().len() == k
                    && g.tok_start >= tok_at(v.toks, self.facts[run.end - 1].span.end)
            }) {
                g.place.members().to_vec()
            } else if said && members.len() == 1 && !v.places.iter().any(|g| !g.reporter) {
                // "hai con số này lần lượt là …": the crossings named last.
                let named = &self.named_crossings;
                match named.get(named.len().saturating_sub(k)..) {
                    Some(last) if last.len() == k && last.contains(&members[0]) => last.to_vec(),
                    _ => continue,
                }
            } else {
                continue;
            };
            if !said && members.len() == k {
                continue;
            }
            for (fact, id) in self.facts[run].iter_mut().zip(places) {
                fact.place = Place::single(id);
            }
        }
    }

    /// "Hai cửa khẩu này", "cả hai cửa khẩu", "ba cửa khẩu trên", "qua hai
    /// cửa khẩu" before
    /// token `at`, after any place the sentence names: the crossings
    /// named last, as many as it counts, jointly.
    fn crossings_referred_to(&self, v: &View, at: usize) -> Option<Place> {
        // The noun is tokens `[first, end)`: "cửa khẩu", "lối mở", "điểm"
        // ("qua hai điểm").
        let noun = |i: usize| match (v.word(i.wrapping_sub(1)), v.word(i)) {
            ("cửa", "khẩu") | ("lối", "mở") => Some(i - 1),
            (_, "điểm") => Some(i),
            _ => None,
        };
        let (first, end) = (1..at).rev().find_map(|i| {
            noun(i)
                .filter(|_| !v.places.iter().any(|g| g.tok_start == i + 1))
                .map(|first| (first, i + 1))
        })?;
        // "ba cặp cửa khẩu": pairs of gates, one on each side, of which
        // the gazetteer knows this side's.
        let first = if v.word(first.wrapping_sub(1)) == "cặp" {
            first - 1
        } else {
            first
        };
        let count = match v.word(first.checked_sub(1)?) {
            "hai" | "2" => 2,
            "ba" | "3" => 3,
            _ => return None,
        };
        // "hai cửa khẩu này", "cả ba cửa khẩu", and a bare "qua hai cửa
        // khẩu (phụ)" that no names follow.
        let back = matches!(v.word(end), "này" | "trên" | "nói" | "kể" | "đó")
            || v.word(first.wrapping_sub(2)) == "cả";
        let bare = matches!(v.word(first.wrapping_sub(2)), "qua" | "tại" | "của")
            && !v
                .places
                .iter()
                .any(|g| g.tok_end >= end - 1 && g.tok_start < end + 3);
        if !(back || bare)
            || v.places
                .iter()
                .any(|g| !g.reporter && g.tok_start >= end && g.tok_end <= at)
        {
            return None;
        }
        if let Some((_, group)) = self.counted_crossings.iter().find(|(n, _)| *n == count) {
            return Some(group.clone());
        }
        let mut named = self.named_crossings.clone();
        note_crossings(&mut named, v, first);
        let last = named.get(named.len().checked_sub(count)?..)?;
        Some(Place::joint(last))
    }

    /// The headline's gate as the place of a figure whose sentence names
    /// none, unless the sentence names an agency or speaks of many gates
    /// or of the area ("qua các cửa khẩu", "qua địa bàn tỉnh"): their
    /// figures are the area's.
    fn headline_story(&self, v: &View, f: &Figure, area: &Option<Place>) -> Option<Place> {
        let gate = self.headline_gate.as_ref()?;
        if v.places.iter().any(|g| g.tok_end <= f.tok) {
            return None;
        }
        let many = (1..v.toks.len()).any(|i| {
            matches!(
                (v.word(i - 1), v.word(i)),
                ("các" | "những", "cửa" | "lối") | ("địa", "bàn") | ("toàn" | "cả", "tỉnh")
            )
        });
        let agency = names_agency(v, f.tok);
        let in_area = area
            .as_ref()
            .is_none_or(|a| gate.members().iter().all(|&id| lies_in(id, a)));
        (!many && !agency && in_area).then(|| gate.clone())
    }

    /// The period a phrase names, with the article's year where it names
    /// none. A year to date that runs "to now" ends where the article's
    /// latest period of that year from 1 January ends; with none, it is
    /// unknown.
    fn resolve(&self, p: &PeriodHit) -> Option<Period> {
        self.resolve_in(p, self.context_year())
    }

    /// The year a phrase that names none counts from: "năm nay", "năm
    /// ngoái", and a phrase with no year ("9 tháng") count from the year
    /// the article reports on, not from a year it looked back to ("Để so
    /// sánh, năm 2024, … cả năm đạt …").
    fn context_year(&self) -> Option<i32> {
        self.present.or(self.year)
    }

    /// [`Self::resolve`], counting from year `context`.
    fn resolve_in(&self, p: &PeriodHit, context: Option<i32>) -> Option<Period> {
        let expr = p.found.expr;
        // "Cùng kỳ năm ngoái, … là 1,83 tỷ USD": the span reported, a year
        // before.
        if p.found.same_span {
            let year = expr.resolve(context)?.year_of();
            let span = self.whole_period.or(self.recent_period.flatten())?;
            return span.shift_years(year - span.year_of());
        }
        if !expr.is_open() {
            let period = expr.resolve(context)?;
            // "từ nay đến hết tháng 12/2026": from the latest day stated.
            let now = self
                .latest_days
                .iter()
                .find(|d| d.year() == period.to.year() && **d < period.to)
                .filter(|_| p.found.from_now);
            return match now {
                Some(&from) => Period::new(from, period.to),
                None => Some(period),
            };
        }
        let year = match expr.year() {
            Some(YearRef::Abs(y)) => Some(y),
            Some(YearRef::Rel(k)) => context.map(|c| c + k),
            None => context,
        };
        let mut start = expr.from.to_date(year?)?;
        if p.from_season_start {
            if let Some(&s) = self.season_starts.iter().find(|d| d.year() == start.year()) {
                start = s;
            }
        }
        // "đến nay" runs to the date of the report: the year-to-date the
        // article stated last (even before an aside on one month), or
        // failing that, the one it states next.
        // The date the article is written, when it is later: "Điện Biên,
        // ngày 16/11/2026 (TTXVN) - … 10 tháng, … Từ đầu năm đến nay, …".
        let stated = |(_, p): &&(usize, Period)| p.from == start;
        let latest = self
            .latest_days
            .iter()
            .find(|d| d.year() == start.year())
            .and_then(|&to| Period::new(start, to));
        let dated = self
            .dated
            .filter(|d| d.year() == start.year())
            .and_then(|to| Period::new(start, to));
        let ytd = self
            .recent_period
            .flatten()
            .filter(|r| r.from == start && !self.recent_is_plan)
            .or_else(|| {
                let (before, after) = self.year_to_dates.split_at(
                    self.year_to_dates
                        .partition_point(|(n, _)| *n < self.sentence),
                );
                before
                    .iter()
                    .rev()
                    .find(stated)
                    .or_else(|| after.iter().find(stated))
                    .map(|(_, p)| *p)
            });
        match (ytd, dated) {
            (Some(y), Some(d)) if d.to > y.to => Some(d),
            (y, _) => y.or(latest),
        }
    }

    /// "(Trong) tháng trước" in the clause of a figure, as its own time
    /// and not a comparison's base ("so với tháng trước"): the month
    /// before the one the article is dated in.
    fn last_month(&self, v: &View, clause: usize, at: usize) -> Option<Period> {
        let dated = self.dated?;
        // In the clause, or heading the sentence ("Trong tháng trước, …").
        let said = (1..3).chain(clause.max(1)..at).any(|i| {
            v.word(i) == "tháng"
                && v.word(i + 1) == "trước"
                && matches!(v.word(i - 1), "trong" | "của" | "vào" | "," | ":")
        });
        let first = dated.with_day(1)?.pred_opt()?;
        said.then(|| Period::month(first.year(), first.month()))
            .flatten()
    }

    /// The period of a figure: a phrase right after it ("517 triệu USD trong
    /// 6 tháng đầu năm 2024"), else the nearest phrase before it in the
    /// sentence, else the most recent period of the article.
    fn period_for(&self, v: &View, f: &Figure, clause: usize, near_end: usize) -> Option<Period> {
        if let Some(p) = f.column_period {
            return Some(p);
        }
        // "năm 2024, …, kim ngạch cả năm đạt …": a phrase that names no
        // year is of the year named before it in the sentence.
        let resolve = |p: &PeriodHit| {
            let year_before = v
                .periods
                .iter()
                .rev()
                .filter(|q| q.tok_end <= p.tok_start && !q.found.base && !v.terms_a_plan(q))
                .find_map(|q| match q.found.expr.year() {
                    Some(YearRef::Abs(y)) => Some(y),
                    _ => None,
                });
            match year_before {
                Some(y) if p.found.expr.year().is_none() && !p.found.expr.is_open() => {
                    p.found.expr.resolve(Some(y))
                }
                // "Tuần từ 9 đến 15/11/2026, …; lũy kế đạt …": a year to
                // date in the sentence that first names the year is of it.
                Some(y) if p.found.expr.year().is_none() => {
                    self.resolve_in(p, self.context_year().or(Some(y)))
                }
                _ => self.resolve(p),
            }
        };
        let after = v.periods.iter().find(|p| {
            !p.found.base
                && p.tok_start >= f.tok_end
                && p.tok_start <= near_end
                && (f.tok_end..p.tok_start)
                    .all(|i| matches!(v.word(i), "trong" | "vào" | "của" | "tính"))
        });
        if let Some(p) = after {
            return resolve(p);
        }
        if let Some(p) = v
            .periods
            .iter()
            .rev()
            .find(|p| !p.found.base && p.tok_end <= f.tok)
        {
            // "trong ba năm 2023, 2024, 2025 lần lượt là 286, 341 và 402
            // doanh nghiệp": each year has its own figure, in turn.
            if let Some(y) = year_in_turn(v, p, f) {
                return Period::year(y);
            }
            // "Quý III/2026 đạt 2,9 tỷ USD; quý trước đạt 2,5 tỷ USD": the
            // one before the period named.
            let next_to = back_reference(v, clause.max(p.tok_end), f.tok)
                .and_then(|r| Some((r.grain, r.step?)));
            if let Some((grain, later)) = next_to {
                if let Some(q) = resolve(p).filter(grain) {
                    return q.next_to(later);
                }
            }
            return resolve(p);
        }
        // "Hơn 1.100 xe hàng đã thông quan qua cửa khẩu … trong ngày
        // 20/2/2026": a sentence that opens with its figure dates it later
        // in the same clause, before any other figure.
        // (Not one in brackets: "là 94 (năm 2025: 71)" dates the 71.)
        let later_in_clause = v.periods.iter().find(|p| {
            !p.found.base
                && p.tok_start >= f.tok_end
                && (f.tok_end..p.tok_start).all(|i| {
                    !matches!(v.word(i), "," | ";" | "(") && !v.figures.iter().any(|g| g.tok == i)
                })
        });
        if let Some(p) = later_in_clause {
            return resolve(p);
        }
        // "kim ngạch mở tờ khai … trong cùng khoảng thời gian là 1,68 tỷ
        // USD": the period of the last figure that happened, not of a goal
        // or forecast named since.
        let same_time = (clause.max(1)..f.tok)
            .any(|i| v.word(i - 1) == "cùng" && matches!(v.word(i), "thời" | "khoảng" | "kỳ"));
        if same_time && v.periods.iter().all(|p| p.found.base) {
            if let Some(p) = self.facts.iter().rev().find(|g| g.kind == Kind::Actual) {
                return p.period;
            }
        }
        // "Trong tháng trước, qua Kim Thành có …", in an article dated
        // 14/7/2026: June.
        if let Some(month) = self.last_month(v, clause, f.tok) {
            return Some(month);
        }
        // "Ngày 8/1: … cửa khẩu nối lại hoạt động. Ngay trong ngày đầu, 23
        // xe …", "Cùng ngày, …": the day named last, even as an event's.
        // (After a time stamp: "16h30: Tổng kết ngày đầu, …".)
        let head = (0..4).find(|&i| v.word(i) == ":").map_or(0, |i| i + 1);
        if same_day(v, clause, f.tok) || same_day(v, head, head + 3) {
            if let Some(day) = self.last_day {
                return Some(day);
            }
        }
        // "trong quý có 127 doanh nghiệp": the quarter (month, year) the
        // article dated last.
        // "Trong tháng, Chi cục tiếp nhận …" sets it at the head of the
        // sentence, before the figure's clause.
        // "Quảng Ninh (15/11) – Tuần qua, …", "Sở Công Thương dự báo tuần
        // tới, mỗi ngày …": the last or next of a grain, in a clause
        // before the figure's.
        let same_grain = back_reference(v, clause, near_end)
            .or_else(|| back_reference(v, 0, 2))
            .or_else(|| back_reference(v, 0, clause).filter(|r| r.latest || r.step.is_some()));
        if let Some(r) = same_grain {
            let now = |p: &Period| !r.this || Some(p.year_of()) == self.present;
            let mut of_grain = self
                .facts
                .iter()
                .rev()
                // (The last week done, not the one foreseen.)
                .filter(|g| !r.latest || g.kind == Kind::Actual)
                .filter_map(|g| g.period.filter(|p| (r.grain)(p) && now(p)));
            let found = if r.latest {
                of_grain.max_by_key(|p| p.to)
            } else {
                of_grain.next()
            };
            if let Some(p) = found {
                return match r.step {
                    Some(later) => p.next_to(later),
                    None => Some(p),
                };
            }
        }
        // "bình quân 350 xe/ngày trong dịp Tết": the holiday named again
        // is the stretch of days the article gave it, whatever was dated
        // in between.
        if let Some(h) = self.holiday {
            // Up to the clause's end: "… qua Móng Cái trong 6 ngày Tết".
            let clause_end = (f.tok_end..v.toks.len())
                .find(|&i| matches!(v.word(i), "," | ";"))
                .unwrap_or(v.toks.len())
                .max(near_end);
            // Or at the head of the sentence: "Trong 5 ngày lễ, …", "Cùng
            // thời gian diễn ra ngày hội, …".
            if holiday_word(v, clause, clause_end)
                .or_else(|| holiday_word(v, 0, 8))
                .is_some()
            {
                return Some(h);
            }
        }
        // "Cùng thời gian diễn ra ngày hội, …": the same days as an event
        // the article gave a stretch of days, whatever was dated since.
        let during_event = (0..4).any(|i| {
            v.word(i) == "cùng"
                && v.word(i + 1) == "thời"
                && matches!(v.word(i + 2), "gian" | "điểm")
                && v.word(i + 3) == "diễn"
        });
        if during_event {
            let stretch = self.facts.iter().rev().find_map(|g| {
                g.period
                    .filter(|p| g.kind == Kind::Actual && (2..=31).contains(&p.days()))
            });
            if stretch.is_some() {
                return stretch;
            }
        }
        // "Trong đó, xuất khẩu đạt …": the period of the whole (items
        // under "RIÊNG THÁNG 6/2026:" take the heading's).
        if opens_parts(v.word(0), v.word(1)) && self.whole_period.is_some() {
            return self.whole_period;
        }
        self.recent_period.flatten()
    }
}

/// Where figure `f` stands, counting from 0 among the figures with its
/// unit, after a "lần lượt" (respectively) between token `from` and it;
/// and where the "lần lượt" is.
fn turn_of(v: &View, from: usize, f: &Figure) -> Option<(usize, usize)> {
    let at = (from..f.tok).find(|&i| v.word(i) == "lần" && v.word(i + 1) == "lượt")?;
    let unit = |h: &Figure| h.unit.map(|u| u.word);
    let nth = v
        .figures
        .iter()
        .filter(|h| h.tok > at && h.tok < f.tok && unit(h) == unit(f))
        .count();
    Some((nth, at))
}

/// The year of figure `f` when the year `p` names heads a list of years
/// whose figures follow "lần lượt" ("các năm 2023, 2024 và 2025 lần lượt
/// đạt 402,5; 516,8 và 688 triệu USD"): the one in `f`'s turn among the
/// figures with its unit.
fn year_in_turn(v: &View, p: &PeriodHit, f: &Figure) -> Option<i32> {
    let Some(YearRef::Abs(first)) = p.found.expr.year() else {
        return None;
    };
    // A year, not a month of one ("Riêng tháng 10/2026, A và B lần lượt
    // đạt …" is both places' October).
    let expr = p.found.expr;
    if expr.from.month != 1 || expr.to.is_none_or(|t| t.month != 12) {
        return None;
    }
    let (nth, at) = turn_of(v, p.tok_end, f)?;
    // The years after the first, each after a comma or "và".
    let mut years = std::iter::once(first).chain((p.tok_end..at).step_by(2).map_while(|i| {
        let year = v.toks.get(i + 1)?;
        let y: i32 = year.text.parse().ok()?;
        (matches!(v.word(i), "," | "và")
            && year.kind == TokKind::Number
            && (1990..=2100).contains(&y))
        .then_some(y)
    }));
    years.nth(nth)
}

/// Where a change written right after a bracket begins ("…), tăng
/// 12,4%"): the token of the matching `(`.
fn bracket_before(v: &View, at: usize) -> Option<usize> {
    let mut i = at;
    // The change's own words ("tăng", "giảm gấp") and a comma.
    for _ in 0..4 {
        i = i.checked_sub(1)?;
        match v.toks[i].kind {
            TokKind::Word => continue,
            TokKind::Punct if v.word(i) == "," => continue,
            TokKind::Punct if v.word(i) == ")" => {
                return (0..i).rev().find(|&j| v.word(j) == "(");
            }
            _ => return None,
        }
    }
    None
}

/// Whether figure `f` says again, in another currency, the amount of
/// figure `before`: both in yuan, dollars or dong, not the same, with only
/// words of equivalence, approximation and brackets between them ("520
/// triệu NDT (khoảng 72,7 triệu USD)", "184,6 triệu USD, tương đương 1,32
/// tỷ NDT").
fn restates(v: &View, before: &Figure, f: &Figure) -> bool {
    let currency = |g: &Figure| {
        g.unit
            .map(|u| u.word)
            .filter(|w| matches!(w, UnitWord::Yuan | UnitWord::Usd | UnitWord::Vnd))
    };
    let between = before.tok_end..f.tok;
    matches!((currency(before), currency(f)), (Some(a), Some(b)) if a != b)
        && between.len() <= 5
        && between.clone().all(|i| {
            matches!(
                v.word(i),
                "(" | ","
                    | "tương"
                    | "đương"
                    | "khoảng"
                    | "gần"
                    | "hơn"
                    | "chừng"
                    | "xấp"
                    | "xỉ"
                    | "tức"
                    | "là"
                    | "quy"
                    | "đổi"
                    | "ra"
                    | "hay"
                    | "~"
            )
        })
}

/// Whether figure `f` measures something else than the figure before it
/// ("21,5 triệu USD, tương ứng 12.400 tấn"): an amount of goods beside
/// their worth, which "tương ứng" gives as a second figure, not the first
/// one restated.
fn other_measure_than_before(v: &View, f: &Figure) -> bool {
    let mass = |g: &Figure| g.unit.map(|u| u.word == UnitWord::Tan);
    let before = v.figures.iter().rev().find(|g| g.tok < f.tok);
    before.is_some_and(|g| mass(g).zip(mass(f)).is_some_and(|(a, b)| a != b))
}

/// Whether the bracket opened at token `open` says the amount right before
/// it again, in another currency.
fn restating_bracket(v: &View, figures: &[Figure], open: usize) -> bool {
    figures
        .windows(2)
        .any(|w| w[0].tok_end == open && restates(v, &w[0], &w[1]))
}

/// The day an article is dated: a single day with its year, in one of its
/// first three sentences, before any figure ("(Kinh tế & Đô thị) - Lào
/// Cai, ngày 14/7/2026 - …").
fn dateline(views: &[View]) -> Option<chrono::NaiveDate> {
    let first_figured = views.iter().position(|v| !v.figures.is_empty())?;
    views[..=first_figured]
        .iter()
        .take(3)
        .flat_map(|v| {
            let first_figure = v.figures.first().map_or(usize::MAX, |f| f.tok);
            v.periods.iter().filter(move |p| p.tok_end <= first_figure)
        })
        .find(|p| p.found.expr.is_one_day() && p.found.expr.year().is_some())
        .and_then(|p| p.found.expr.resolve(None))
        .map(|p| p.from)
}

/// A period named by its grain alone ("trong quý", "quý này").
struct GrainRef {
    /// The test for that grain.
    grain: fn(&Period) -> bool,
    /// "quý này" (this quarter): of the year reported on.
    this: bool,
    /// "tháng trước", "quý trước", "tuần trước" as a figure's own time
    /// (`Some(false)`): the one before the last of that grain; "tuần tới",
    /// "tháng sau" (`Some(true)`): the one after it.
    step: Option<bool>,
    /// "tuần qua", "tháng qua": the latest of that grain the article
    /// gave, not the last it named ("Tuần trước đó (từ ngày 2 đến 8/11)
    /// … Trong tuần qua, …").
    latest: bool,
}

/// "cùng ngày", "trong ngày" with no date or holiday after them, "ngày
/// đầu" (of an event, not of a month or year), "hôm nay", in tokens
/// `[from, to)`: the day named last.
fn same_day(v: &View, from: usize, to: usize) -> bool {
    (from..to.min(v.toks.len())).any(|i| match (v.word(i), v.word(i + 1)) {
        ("cùng" | "trong", "ngày") => v.toks.get(i + 2).is_none_or(|t| {
            t.kind != TokKind::Number && !matches!(t.text, "lễ" | "tết" | "nghỉ" | "thứ")
        }),
        ("ngày", "đầu") => {
            v.toks
                .get(i.wrapping_sub(1))
                .is_none_or(|t| t.kind != TokKind::Number)
                && !matches!(v.word(i + 2), "năm" | "tháng" | "tuần" | "quý" | "vụ")
        }
        ("hôm", "nay") => true,
        _ => false,
    })
}

/// "trong quý", "trong tháng", "trong năm" with no number after them, in
/// tokens `[from, to)`: a period named by its grain alone, which refers
/// back to the last one of that grain.
fn back_reference(v: &View, from: usize, to: usize) -> Option<GrainRef> {
    let to = to.min(v.toks.len());
    (from..to).find_map(|i| {
        if !matches!(v.word(i), "quý" | "tháng" | "năm" | "tuần") {
            return None;
        }
        let before = v.word(i.wrapping_sub(1));
        // "Lượng xe qua Trà Lĩnh quý này …": this quarter.
        let this = v.word(i + 1) == "này";
        // "Tháng trước, kim ngạch đạt …": the month before; not a base
        // ("so với tháng trước", "cao hơn tháng trước", "cùng kỳ tháng
        // trước").
        // "Tuần qua, …", "tuần tới": so are the last week and the next,
        // but not "trong tuần qua cửa khẩu …" (during the week, through).
        let own_time = matches!(
            before,
            "" | "trong" | "của" | "vào" | "," | ";" | "–" | "-" | "báo" | "kiến"
        );
        let step = match v.word(i + 1) {
            "trước" if own_time => Some(false),
            "tới" | "sau" if own_time => Some(true),
            _ => None,
        };
        // ("Tuần vừa qua", "Săm Pun tuần qua thông quan …".)
        let past = if v.word(i + 1) == "vừa" {
            i + 2
        } else {
            i + 1
        };
        let latest = v.word(past) == "qua"
            && !matches!(
                v.word(past + 1),
                "cửa" | "lối" | "cầu" | "ga" | "địa" | "các" | "bến"
            )
            && !v.places.iter().any(|g| g.tok_start == past + 1);
        let own_time = own_time || (latest && v.places.iter().any(|g| g.tok_end == i));
        let named = this || step.is_some() || (latest && own_time);
        if !named && !matches!(before, "trong" | "của") {
            return None;
        }
        let next = v.toks.get(i + 1);
        let numbered = next.is_some_and(|t| {
            t.kind == TokKind::Number
                || matches!(
                    t.text,
                    "i" | "ii"
                        | "iii"
                        | "iv"
                        | "đầu"
                        | "cuối"
                        | "trước"
                        | "sau"
                        | "nay"
                        | "qua"
                        | "tới"
                )
        });
        if numbered && !this && step.is_none() && !latest {
            return None;
        }
        let grain: fn(&Period) -> bool = match v.word(i) {
            "quý" => |p| {
                let q = (p.from.month0() / 3) + 1;
                Period::quarter(p.from.year(), q) == Some(*p)
            },
            "tháng" => |p| Period::month(p.from.year(), p.from.month()) == Some(*p),
            "năm" => |p| p.is_whole_year(),
            "tuần" => |p| (p.to - p.from).num_days() == 6,
            _ => return None,
        };
        Some(GrainRef {
            grain,
            this,
            step,
            latest,
        })
    })
}

/// Whether the words from token `at` say "xuất nhập cảnh", "xuất cảnh"
/// or "nhập cảnh": crossings, which people make.
fn crossing_after(v: &View, at: usize) -> bool {
    matches!(v.word(at), "xuất" | "nhập") && (at + 1..at + 4).any(|i| v.word(i) == "cảnh")
}

/// Whether the base of a change, from token `at` ("so với số ước", "ngày
/// thường", "so với mức bình thường", "so với dự kiến"), is an estimate, a
/// forecast or the usual rather than a period.
fn against_the_usual(v: &View, at: usize) -> bool {
    let mut i = at;
    let mut figure = false;
    while matches!(
        v.word(i),
        "so" | "với" | "lần" | "mức" | "con" | "số" | "liệu"
    ) {
        figure |= v.word(i) == "số";
        i += 1;
    }
    // "so với ước thực hiện năm 2026" is the estimate of a period.
    let estimate = v.word(i) == "ước"
        && (figure || v.word(i + 1) == "tính")
        && !matches!(v.word(i + 2), "năm" | "tháng" | "quý" | "cả");
    estimate
        || matches!(
            (v.word(i), v.word(i + 1)),
            ("ngày" | "bình", "thường")
                | ("ngày", "bình")
                | ("thường", "ngày" | "lệ")
                | ("dự", "báo" | "kiến")
        )
}

/// Whether tokens `[from, to)` name a crossing the gazetteer does not
/// know ("Cửa khẩu phụ Huổi Puốc trên tuyến Việt – Lào đạt 4,5 triệu
/// USD"): its figure is about that crossing, not about the place named
/// before it.
fn names_an_unknown_crossing(v: &View, from: usize, to: usize) -> bool {
    (from.max(1)..to).any(|i| {
        if !matches!((v.word(i - 1), v.word(i)), ("cửa", "khẩu") | ("lối", "mở")) || v.in_place(i)
        {
            return false;
        }
        let mut j = i + 1;
        while matches!(
            v.word(j),
            "phụ" | "chính" | "quốc" | "tế" | "song" | "phương" | "đường" | "bộ" | "sông"
        ) {
            j += 1;
        }
        // (A pair of gates names the other side's too: "cặp cửa khẩu Long
        // Bang – Trà Lĩnh".)
        j < to
            && v.toks[j].capital
            && v.toks[j].kind == TokKind::Word
            && !v.in_place(j)
            && !v
                .places
                .iter()
                .any(|g| !g.reporter && g.tok_start > j && g.tok_end <= to)
    })
}

/// How many percentages from figure `k` on are listed together with only
/// "và" or commas between them ("16,8% và 54,3%", "tăng 4%, 7% và giảm
/// 2%").
fn changes_joined(v: &View, figures: &[Figure], k: usize) -> usize {
    let percent = |g: &Figure| g.unit.is_some_and(|u| u.word == UnitWord::Percent);
    if !percent(&figures[k]) {
        return 0;
    }
    1 + figures[k..]
        .windows(2)
        .take_while(|w| percent(&w[1]) && joins_a_list(v, w[0].tok_end, w[1].tok))
        .count()
}

/// Whether only "và", a comma, or a comma and a verb of change stand
/// between tokens `end` and `next`: the items of one list.
fn joins_a_list(v: &View, end: usize, next: usize) -> bool {
    (end..next).all(|i| matches!(v.word(i), "và" | "," | "tăng" | "giảm"))
}

/// Whether the words before token `at` (from `from`) welcome or draw
/// guests to a place that is no gate: "thành phố đặt mục tiêu đón 2,3
/// triệu lượt khách" counts visitors, while "cửa khẩu Móng Cái đón 45.000
/// lượt khách" counts people crossing.
fn welcomed(v: &View, from: usize, at: usize) -> bool {
    let verb = (from..at)
        .rev()
        .take(4)
        .any(|i| v.word(i) == "đón" || (v.word(i) == "hút" && v.word(i.wrapping_sub(1)) == "thu"));
    verb && !(from + 1..at).any(|i| v.word(i - 1) == "cửa" && v.word(i) == "khẩu")
}

/// Whether "thêm" before token `at` is what a goal still needs ("2 tháng
/// cuối năm cần đạt thêm khoảng 174 triệu USD", "phấn đấu đạt thêm …"):
/// an amount to reach, not an increment over something.
fn still_to_reach(v: &View, at: usize) -> bool {
    let Some(j) = (at.saturating_sub(3)..at).find(|&i| v.word(i) == "thêm") else {
        return false;
    };
    v.word(j.wrapping_sub(1)) == "đạt"
        && (v.cues_in(0, j).any(|c| c.cue == Cue::Kind(Kind::Target))
            || matches!(v.word(j.wrapping_sub(2)), "cần" | "phải"))
}

/// Whether token `i` is inside brackets that close before token `to`.
fn in_brackets(v: &View, i: usize, to: usize) -> bool {
    let open = (0..i)
        .rev()
        .find(|&j| matches!(v.word(j), "(" | ")"))
        .is_some_and(|j| v.word(j) == "(");
    open && (i..to).any(|j| v.word(j) == ")")
}

/// Whether token `i` is inside an aside between two spaced dashes in
/// tokens `[from, to)`: "cửa khẩu Bản Vược – điểm thông quan chính cho
/// hàng than và phân bón – ghi nhận 412.800 tấn hàng hóa" names goods that
/// describe the gate, not the figure.
fn in_aside(v: &View, from: usize, i: usize, to: usize) -> bool {
    let dash = |j: &usize| matches!(v.word(*j), "–" | "—" | "-") && !v.toks[*j].glued;
    (from..i).filter(dash).count() % 2 == 1 && (i..to).any(|j| dash(&j))
}

/// The first word in tokens `[from, to)` that names a holiday or a
/// festival ("Ngày hội …", "lễ hội", "hội chợ"): "Tết",
/// "Quốc khánh", or "lễ" after "dịp", "nghỉ" or "kỳ" ("dịp lễ 30/4 -
/// 1/5"; a "lễ" alone is any ceremony).
fn holiday_word(v: &View, from: usize, to: usize) -> Option<usize> {
    (from..to.min(v.toks.len())).find(|&i| match v.word(i) {
        "tết" => true,
        "khánh" => i > 0 && v.word(i - 1) == "quốc",
        "lễ" => i > 0 && matches!(v.word(i - 1), "dịp" | "nghỉ" | "kỳ" | "ngày"),
        // A festival or a fair: "Ngày hội Văn hóa …", "lễ hội", "hội chợ".
        "hội" => i > 0 && matches!(v.word(i - 1), "ngày" | "lễ"),
        "chợ" => i > 0 && v.word(i - 1) == "hội",
        _ => false,
    })
}

/// A percentage computed from the written figure ("bằng 164,2%" is
/// +64.2%, "gấp 3,2 lần" +220%) without the float noise of the arithmetic
/// (64.19999999999999, 220.00000000000003): rounded to nine decimals, far
/// below anything an article writes.
fn tidy(pct: f64) -> f64 {
    (pct * 1e9).round() / 1e9
}

/// Keeps one change per fact: the first, except that a percentage beats an
/// absolute change ("tăng 88% (tương đương tăng gần 100 triệu USD)") and a
/// year-on-year change beats one against the previous period ("giảm 3% so
/// với tháng trước nhưng tăng 22% so với cùng kỳ").
fn apply_change(fact: &mut Fact, amount: ChangeAmount, vs: Versus) {
    let new = Change { amount, vs };
    let better = match fact.change {
        None => true,
        Some(old) => {
            let pct = |c: Change| matches!(c.amount, ChangeAmount::Pct(_));
            let rank = |c: Change| (pct(c), c.vs == Versus::Yoy);
            rank(new) > rank(old)
                && (pct(new) || !pct(old))
                && (new.vs == Versus::Yoy || old.vs != Versus::Yoy)
        }
    };
    if better {
        fact.change = Some(new);
    }
}

/// What a change at token `at` is measured against: the base after "so
/// với"; a base that is the same period a year earlier, a year, or "cùng
/// kỳ" is year on year, any other earlier period is the previous period.
fn versus(v: &View, at: usize, period: Option<Period>) -> Versus {
    // "+6,2% QoQ", "+8% MoM": the business press's bases.
    match v.word(at) {
        "qoq" | "mom" | "wow" => return Versus::Prev,
        "yoy" => return Versus::Yoy,
        _ => {}
    }
    let end = (at..v.toks.len())
        .find(|&i| v.toks[i].kind == TokKind::Number || v.word(i) == ";")
        .unwrap_or(v.toks.len());
    // "so với tuần cuối tháng Chạp": a week before, not a year.
    let prev_words = (at..end).any(|i| {
        matches!(
            (v.word(i), v.word(i + 1)),
            ("tháng" | "quý" | "kỳ" | "tuần", "trước" | "liền") | ("tuần", "cuối" | "đầu" | "qua")
        )
    });
    // "so với cùng kỳ tháng trước": the same days of the month before.
    let same_period = (at..end).any(|i| {
        v.word(i) == "cùng"
            && v.word(i + 1) == "kỳ"
            && !(matches!(v.word(i + 2), "tháng" | "quý" | "tuần") && v.word(i + 3) == "trước")
    });
    if prev_words && !same_period {
        return Versus::Prev;
    }
    // "tăng 12% so với cùng kỳ và tăng 5% so với quý IV/2024": the base
    // of this change is "cùng kỳ", not the one of the change after it.
    if same_period {
        return Versus::Yoy;
    }
    let base = v
        .periods
        .iter()
        .find(|p| p.found.base && p.tok_start >= at && p.tok_start <= end + 6);
    match (base, period) {
        (Some(b), Some(p)) => {
            let year = p.year_of();
            // "so với ngày 19/11" beside 20/11/2026: a base with no year
            // that falls before the figure in the figure's year is the day
            // or month before.
            let earlier_this_year = b.found.expr.year().is_none()
                && b.found
                    .expr
                    .resolve(Some(year))
                    .is_some_and(|b| b.to < p.from);
            if earlier_this_year {
                return Versus::Prev;
            }
            // "tăng 61% so với năm 2023" beside a figure of 2025: from an
            // earlier period, not the same one a year before.
            let years_before = b.found.expr.year().is_some()
                && b.found
                    .expr
                    .resolve(None)
                    .is_some_and(|b| b.to.year() < year - 1);
            if years_before {
                return Versus::Prev;
            }
            let Some(b) = b.found.expr.resolve(Some(year - 1)) else {
                return Versus::Yoy;
            };
            let same_last_year = p.shift_years(-1).is_some_and(|s| s.distance(&b) <= 7);
            let whole_year = b.days() >= 365 && b.year_of() < year;
            if same_last_year || whole_year || b.to >= p.from {
                Versus::Yoy
            } else {
                Versus::Prev
            }
        }
        _ => Versus::Yoy,
    }
}

/// The year of an article's first dated phrase, for the phrases before
/// any year is stated: a base year means the figures are a year later
/// ("so với cùng kỳ năm 2023" → 2024).
fn first_year(views: &[View]) -> Option<i32> {
    // Failing any other, the year of an event ("Ngày 17/11/2026, tỉnh sơ
    // kết …") is the year the article is written in; failing that, the
    // year a time to come ends in ("dự báo từ nay đến hết tháng 12/2026").
    let first = |events: bool, horizons: bool| {
        views
            .iter()
            .flat_map(|v| {
                v.periods
                    .iter()
                    .filter(move |p| events || !v.dates_an_event(p))
                    .filter(move |p| horizons || !v.is_horizon(p))
            })
            .find_map(|p| match p.found.expr.year() {
                Some(YearRef::Abs(y)) if p.found.base => Some(y + 1),
                Some(YearRef::Abs(y)) => Some(y),
                _ => None,
            })
    };
    first(false, false)
        .or_else(|| first(true, false))
        .or_else(|| first(true, true))
}

/// The agency a sentence cites: "Theo thông tin từ X,", "Theo báo cáo của
/// X,", "Thông tin từ X cho biết".
fn reporter_of(text: &str, v: &View) -> Option<String> {
    let t = &v.toks;
    if !matches!(v.word(0), "theo" | "thông" | "thống") {
        return None;
    }
    let from = t
        .iter()
        .take(6)
        .position(|x| x.text == "từ" || x.text == "của")?;
    let start = t.get(from + 1)?.start;
    let end_tok = (from + 1..t.len()).find(|&i| matches!(v.word(i), "," | "(" | "cho"))?;
    let end = t[end_tok - 1].end;
    (end > start).then(|| text[start..end].to_string())
}

fn strip_classifiers(c: &str) -> String {
    let mut words: Vec<&str> = c.split(' ').collect();
    while words.len() > 1 && CLASSIFIERS.contains(&words[0]) {
        words.remove(0);
    }
    words.join(" ")
}
