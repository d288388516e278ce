//! The words around a number that say what it measures: the extractor's
//! lexicon. Cues are matched on lower-cased tokens with diacritics kept, as
//! word sequences (so runs of spaces do not matter), longest first.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use crate::model::{Bound, Flow, Kind, Scope};
use crate::token::{tokenize, Openings, TokKind, Token};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cue {
    Flow(Flow),
    Scope(Scope),
    /// State budget revenue (thu ngân sách, số thu, thuế).
    Budget,
    /// Money that is not a metric of the spec: company revenue, fees,
    /// tourism income, certificates of origin, investment.
    OtherMoney,
    /// Certificates of origin: their tonnage and value are not trade facts.
    Certificate,
    Estimate,
    Kind(Kind),
    /// A figure per day: "mỗi ngày", "bình quân", "trung bình".
    PerDay,
    /// Anywhere in a figure's clause, words that make it no flow of goods,
    /// vehicles or people over a period: a load per trip or a habit per
    /// week ("mỗi chuyến chừng 8 tấn", "mỗi tuần … khoảng 3 chuyến"), what
    /// a barge or a yard can take ("trọng tải", "công suất thông quan
    /// thiết kế"), a population, the gap between two totals ("phần chênh
    /// lệch gần 1,2 tỷ USD").
    NotAFlow,
    /// A part of an enterprise count that is not itself a fact: in or out of
    /// the province, newly founded.
    Subgroup,
    /// An increment rather than a level: "thêm", "thu hút thêm".
    Increment,
    Vehicles,
    People,
    Tourists,
    Tonnage,
    Enterprises,
    Declarations,
    /// The figure is a share or a count of gates or product lines.
    NotAFact,
    /// "tương đương", "quy đổi": the figure restates the one before it in
    /// another unit; it is not a new quantity.
    Equivalent,
    /// A word that contains a cue word but means something else
    /// ("sản xuất", "thu nhập"); matching it stops the shorter cue.
    Neutral,
}

impl Cue {
    /// The direction a cue gives, if it is a direction cue.
    pub fn flow(self) -> Option<Flow> {
        match self {
            Cue::Flow(f) => Some(f),
            _ => None,
        }
    }
}

const LEXICON: &[(&str, Cue)] = &[
    // Direction. Forms for both directions first; the longest match wins.
    ("xuất nhập khẩu", Cue::Flow(Flow::Total)),
    ("xuất, nhập khẩu", Cue::Flow(Flow::Total)),
    ("xuất - nhập khẩu", Cue::Flow(Flow::Total)),
    ("xuất nhập, khẩu", Cue::Flow(Flow::Total)),
    ("xuất khẩu và nhập khẩu", Cue::Flow(Flow::Total)),
    ("xuất khẩu, nhập khẩu", Cue::Flow(Flow::Total)),
    ("xuất và nhập khẩu", Cue::Flow(Flow::Total)),
    ("hai chiều", Cue::Flow(Flow::Total)),
    ("hàng xuất nhập khẩu", Cue::Flow(Flow::Total)),
    ("hàng xuất, nhập khẩu", Cue::Flow(Flow::Total)),
    ("hàng xuất nhập", Cue::Flow(Flow::Total)),
    ("hàng xuất khẩu", Cue::Flow(Flow::Export)),
    ("hàng nhập khẩu", Cue::Flow(Flow::Import)),
    ("xuất nhập cảnh", Cue::Flow(Flow::Total)),
    ("xuất, nhập cảnh", Cue::Flow(Flow::Total)),
    ("xuất cảnh, nhập cảnh", Cue::Flow(Flow::Total)),
    ("xuất cảnh và nhập cảnh", Cue::Flow(Flow::Total)),
    ("xuất nhập", Cue::Flow(Flow::Total)),
    ("kim ngạch", Cue::Flow(Flow::Total)),
    ("trao đổi hàng hóa", Cue::Flow(Flow::Total)),
    ("trao đổi hàng hoá", Cue::Flow(Flow::Total)),
    ("xuất khẩu", Cue::Flow(Flow::Export)),
    ("xuất cảnh", Cue::Flow(Flow::Export)),
    ("hàng xuất", Cue::Flow(Flow::Export)),
    ("chiều xuất", Cue::Flow(Flow::Export)),
    // "Ở chiều xuất nhập cảnh": both ways, not "chiều xuất" + "nhập cảnh".
    ("chiều xuất nhập", Cue::Flow(Flow::Total)),
    ("xuất", Cue::Flow(Flow::Export)),
    ("nhập khẩu", Cue::Flow(Flow::Import)),
    ("nhập cảnh", Cue::Flow(Flow::Import)),
    ("nhập về", Cue::Flow(Flow::Import)),
    ("hàng nhập", Cue::Flow(Flow::Import)),
    ("chiều nhập", Cue::Flow(Flow::Import)),
    ("nhập", Cue::Flow(Flow::Import)),
    // Abbreviations of tables and short reports: "XNK", "XK", "NK".
    ("xnk", Cue::Flow(Flow::Total)),
    ("knxnk", Cue::Flow(Flow::Total)),
    ("knxk", Cue::Flow(Flow::Export)),
    ("knnk", Cue::Flow(Flow::Import)),
    ("xk", Cue::Flow(Flow::Export)),
    ("nk", Cue::Flow(Flow::Import)),
    ("sản xuất", Cue::Neutral),
    ("xuất xứ", Cue::Certificate),
    ("đề xuất", Cue::Neutral),
    ("xuất hiện", Cue::Neutral),
    ("xuất phát", Cue::Neutral),
    ("thu nhập", Cue::Neutral),
    ("sáp nhập", Cue::Neutral),
    ("tái xuất", Cue::Neutral),
    ("tạm nhập", Cue::Neutral),
    // Scope of a trade value.
    ("mở tờ khai", Cue::Scope(Scope::ToKhai)),
    ("làm thủ tục tại", Cue::Scope(Scope::ToKhai)),
    ("tại chi cục", Cue::Scope(Scope::ToKhai)),
    ("tại các chi cục", Cue::Scope(Scope::ToKhai)),
    ("tại cục", Cue::Scope(Scope::ToKhai)),
    ("tại cục hải quan", Cue::Scope(Scope::ToKhai)),
    ("tại hải quan", Cue::Scope(Scope::ToKhai)),
    ("có thuế", Cue::Scope(Scope::CoThue)),
    ("chịu thuế", Cue::Scope(Scope::CoThue)),
    // Money.
    ("thu ngân sách", Cue::Budget),
    ("nsnn", Cue::Budget),
    ("ngân sách", Cue::Budget),
    ("số thu", Cue::Budget),
    ("thu nộp", Cue::Budget),
    ("thu thuế", Cue::Budget),
    ("tiền thuế", Cue::Budget),
    ("thuế", Cue::Budget),
    ("doanh thu", Cue::OtherMoney),
    // The state's revenue from all sources, or from business at home, is
    // not what trade across the border yields.
    ("thu nội địa", Cue::OtherMoney),
    ("ngân sách nhà nước trên địa bàn", Cue::OtherMoney),
    ("thu ngân sách nhà nước trên địa bàn", Cue::OtherMoney),
    ("thu từ hoạt động xuất nhập khẩu", Cue::Budget),
    ("thu từ xuất nhập khẩu", Cue::Budget),
    ("du lịch", Cue::Tourists),
    ("phí", Cue::OtherMoney),
    ("lệ phí", Cue::OtherMoney),
    ("vốn", Cue::OtherMoney),
    ("đầu tư", Cue::OtherMoney),
    ("c/o", Cue::Certificate),
    ("chứng nhận xuất xứ", Cue::Certificate),
    // Estimates, targets, forecasts, peaks.
    ("ước đạt", Cue::Estimate),
    ("ước tính", Cue::Estimate),
    ("ước khoảng", Cue::Estimate),
    ("dự ước", Cue::Estimate),
    ("ước", Cue::Estimate),
    ("sơ bộ", Cue::Estimate),
    ("mục tiêu", Cue::Kind(Kind::Target)),
    ("định hướng", Cue::Kind(Kind::Target)),
    ("phấn đấu", Cue::Kind(Kind::Target)),
    ("cần đạt", Cue::Kind(Kind::Target)),
    ("phải đạt", Cue::Kind(Kind::Target)),
    ("chỉ tiêu", Cue::Kind(Kind::Target)),
    ("kế hoạch", Cue::Kind(Kind::Target)),
    ("dự toán", Cue::Kind(Kind::Target)),
    ("dự báo", Cue::Kind(Kind::Forecast)),
    ("dự kiến", Cue::Kind(Kind::Forecast)),
    ("kỳ vọng", Cue::Kind(Kind::Forecast)),
    ("hy vọng", Cue::Kind(Kind::Forecast)),
    ("hi vọng", Cue::Kind(Kind::Forecast)),
    ("có thể đạt", Cue::Kind(Kind::Forecast)),
    ("có thể lên", Cue::Kind(Kind::Forecast)),
    ("có thể vượt", Cue::Kind(Kind::Forecast)),
    ("khả năng đạt", Cue::Kind(Kind::Forecast)),
    ("khả năng vượt", Cue::Kind(Kind::Forecast)),
    ("sẽ đạt", Cue::Kind(Kind::Forecast)),
    ("cao điểm", Cue::Kind(Kind::Peak)),
    ("đỉnh điểm", Cue::Kind(Kind::Peak)),
    ("ngày cao nhất", Cue::Kind(Kind::Peak)),
    ("ngày đông nhất", Cue::Kind(Kind::Peak)),
    ("ngày cao điểm", Cue::Kind(Kind::Peak)),
    ("có ngày", Cue::Kind(Kind::Peak)),
    ("có thời điểm", Cue::Kind(Kind::Peak)),
    ("có lúc", Cue::Kind(Kind::Peak)),
    ("ngày cuối tuần", Cue::Kind(Kind::Peak)),
    // Rates.
    ("mỗi ngày", Cue::PerDay),
    ("mỗi ngày đêm", Cue::PerDay),
    ("hàng ngày", Cue::PerDay),
    ("một ngày", Cue::PerDay),
    ("/ ngày", Cue::PerDay),
    ("bình quân", Cue::PerDay),
    ("bq", Cue::PerDay),
    ("trung bình", Cue::PerDay),
    // Parts and increments of a count.
    ("trong tỉnh", Cue::Subgroup),
    ("ngoài tỉnh", Cue::Subgroup),
    ("tỉnh ngoài", Cue::Subgroup),
    ("thành lập mới", Cue::Subgroup),
    ("thành lập", Cue::Subgroup),
    ("mới", Cue::Subgroup),
    ("lần đầu", Cue::Subgroup),
    ("có vốn", Cue::Subgroup),
    ("trụ sở", Cue::Subgroup),
    ("thêm", Cue::Increment),
    // What is counted.
    ("phương tiện", Cue::Vehicles),
    ("pt", Cue::Vehicles),
    ("xe", Cue::Vehicles),
    ("ô tô", Cue::Vehicles),
    ("toa", Cue::Vehicles),
    ("chuyến tàu", Cue::Vehicles),
    ("đoàn tàu", Cue::Vehicles),
    ("lượt người", Cue::People),
    ("cư dân", Cue::People),
    ("hành khách", Cue::People),
    ("người", Cue::People),
    ("khách", Cue::People),
    ("du khách", Cue::Tourists),
    ("khách du lịch", Cue::Tourists),
    ("khối lượng", Cue::Tonnage),
    ("trọng lượng", Cue::Tonnage),
    ("sản lượng", Cue::Tonnage),
    ("lượng hàng", Cue::Tonnage),
    ("doanh nghiệp", Cue::Enterprises),
    ("tờ khai", Cue::Declarations),
    ("tkhq", Cue::Declarations),
    ("tỷ trọng", Cue::NotAFact),
    ("tỷ lệ", Cue::NotAFact),
    // Counts of something other than trade: room and demand ("đủ chỗ cho
    // 150 xe container", "mỗi ngày chỉ tiếp nhận được 40 xe", "nhu cầu lên
    // tới 90 xe"), meetings ("đối thoại với 120 doanh nghiệp"), checks
    // ("rà soát 1.240 tờ khai có rủi ro").
    ("chỗ cho", Cue::NotAFact),
    ("sức chứa", Cue::NotAFact),
    ("chứa được", Cue::NotAFact),
    ("chỉ tiếp nhận", Cue::NotAFact),
    ("khả năng tiếp nhận", Cue::NotAFact),
    ("công suất", Cue::NotAFact),
    ("nhu cầu", Cue::NotAFact),
    ("đối thoại", Cue::NotAFact),
    ("tập huấn", Cue::NotAFact),
    ("rà soát", Cue::NotAFact),
    // Goods seized ("thu giữ 1,2 tấn đường"): no trade.
    ("thu giữ", Cue::NotAFact),
    ("tạm giữ", Cue::NotAFact),
    ("bắt giữ", Cue::NotAFact),
    ("mỗi chuyến", Cue::NotAFlow),
    ("mỗi xe", Cue::NotAFlow),
    ("mỗi tuần", Cue::NotAFlow),
    // A farm's harvest: "mỗi vụ thu khoảng 40 tấn".
    ("mỗi vụ", Cue::NotAFlow),
    ("trọng tải", Cue::NotAFlow),
    ("chở được", Cue::NotAFlow),
    ("thiết kế", Cue::NotAFlow),
    ("dân số", Cue::NotAFlow),
    ("chênh lệch", Cue::NotAFlow),
    ("mỗi doanh nghiệp", Cue::NotAFlow),
    ("tương đương", Cue::Equivalent),
    ("tương ứng", Cue::Equivalent),
    ("quy đổi", Cue::Equivalent),
    // A trade balance is money, but not a trade value: "nhập siêu từ
    // Trung Quốc 90,2 tỷ USD".
    ("xuất siêu", Cue::OtherMoney),
    ("nhập siêu", Cue::OtherMoney),
    ("cán cân", Cue::OtherMoney),
    ("thặng dư", Cue::OtherMoney),
    ("thâm hụt", Cue::OtherMoney),
];

/// A cue found in a sentence: token positions `[first, last]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CueHit {
    pub first: usize,
    pub last: usize,
    pub cue: Cue,
}

/// The lexicon by first word, longest phrase first, and the openings of
/// those first words. Phrases are split by the tokenizer that splits the
/// sentences they are matched against.
struct Index {
    by_first: FxHashMap<String, Vec<(Vec<String>, Cue)>>,
    openings: Openings,
}

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut by_first: FxHashMap<String, Vec<(Vec<String>, Cue)>> = FxHashMap::default();
        let mut openings = Openings::default();
        for (p, cue) in LEXICON {
            let mut arena = String::new();
            let words: Vec<String> = tokenize(p, &mut arena)
                .iter()
                .map(|t| t.text.to_string())
                .collect();
            openings.insert(&words[0]);
            by_first
                .entry(words[0].clone())
                .or_default()
                .push((words, *cue));
        }
        for v in by_first.values_mut() {
            v.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        }
        Index { by_first, openings }
    })
}

/// Every cue in the tokens, left to right, longest first, not overlapping.
pub fn find(tokens: &[Token]) -> Vec<CueHit> {
    let idx = index();
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        // No cue starts with a number.
        if tokens[i].kind == TokKind::Number || !idx.openings.may_open(tokens[i].text) {
            i += 1;
            continue;
        }
        let hit = idx.by_first.get(tokens[i].text).and_then(|cands| {
            cands.iter().find(|(words, cue)| {
                words.len() <= tokens.len() - i
                    && words.iter().zip(&tokens[i..]).all(|(w, t)| *w == t.text)
                    && !(*cue == Cue::Neutral
                        && splits_direction(words, tokens.get(i + words.len())))
            })
        });
        match hit {
            Some((words, cue)) => {
                out.push(CueHit {
                    first: i,
                    last: i + words.len() - 1,
                    cue: *cue,
                });
                i += words.len();
            }
            None => i += 1,
        }
    }
    out
}

/// "nông sản xuất khẩu", "thủy sản xuất khẩu": a word that ends in
/// "sản" before "xuất khẩu" is goods being exported, not "sản xuất"
/// (production), whose "xuất" the direction "xuất khẩu" needs.
fn splits_direction(words: &[String], next: Option<&Token>) -> bool {
    words.last().is_some_and(|w| w == "xuất" || w == "nhập")
        && next.is_some_and(|t| t.text == "khẩu")
}

/// The qualifier words right before a number (tokens `[from, at)`), read
/// backwards: "hơn", "gần", "khoảng", "trên dưới", "khoảng hơn" (the
/// directional word wins), "lên đến" and "chỉ đạt" (exact).
pub fn bound_before(tokens: &[Token], at: usize) -> Bound {
    let w = |k: usize| -> &str {
        at.checked_sub(k)
            .and_then(|j| tokens.get(j))
            .map_or("", |t| t.text)
    };
    let mut k = 1;
    // "khoảng từ 450 - 500": skip the "từ" of a range.
    if w(k) == "từ" {
        k += 1;
    }
    let mut bound = Bound::Exact;
    for _ in 0..3 {
        let (b, len) = match (w(k + 1), w(k)) {
            ("trên", "dưới") => (Bound::Approx, 2),
            ("ước", "chừng") | ("vào", "khoảng") => (Bound::Approx, 2),
            ("tối", "thiểu") | ("ít", "nhất") | ("vượt", "mốc") => (Bound::Over, 2),
            ("lên", "đến") | ("lên", "tới") | ("chỉ", "đạt") => return bound,
            (_, "hơn") | (_, "trên") | (_, "vượt") => (Bound::Over, 1),
            (_, "gần") => (Bound::Nearly, 1),
            (_, "khoảng") | (_, "xấp") | (_, "chừng") | (_, "cỡ") | (_, "tầm") | (_, "~") => {
                (Bound::Approx, 1)
            }
            (_, "xỉ") if w(k + 1) == "xấp" => (Bound::Approx, 2),
            _ => break,
        };
        // A directional word beats "khoảng" next to it.
        if bound == Bound::Exact || (bound == Bound::Approx && b != Bound::Approx) {
            bound = b;
        }
        k += len;
    }
    bound
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cues(s: &str) -> Vec<Cue> {
        let mut arena = String::new();
        find(&tokenize(s, &mut arena))
            .into_iter()
            .map(|h| h.cue)
            .collect()
    }

    #[test]
    fn longest_cue_wins() {
        assert_eq!(
            cues("tổng kim ngạch xuất, nhập  khẩu"),
            [Cue::Flow(Flow::Total), Cue::Flow(Flow::Total)]
        );
        assert_eq!(
            cues("kim ngạch xuất khẩu"),
            [Cue::Flow(Flow::Total), Cue::Flow(Flow::Export)]
        );
        assert_eq!(
            cues("sản xuất và nhập về"),
            [Cue::Neutral, Cue::Flow(Flow::Import)]
        );
        assert_eq!(
            cues("Kim ngạch mở tờ khai"),
            [Cue::Flow(Flow::Total), Cue::Scope(Scope::ToKhai)]
        );
    }

    #[test]
    fn qualifiers_before_a_number() {
        let b = |s: &str| {
            let mut arena = String::new();
            let t = tokenize(s, &mut arena);
            bound_before(&t, t.len() - 1)
        };
        assert_eq!(b("đạt hơn 5"), Bound::Over);
        assert_eq!(b("đạt gần 5"), Bound::Nearly);
        assert_eq!(b("khoảng hơn 5"), Bound::Over);
        assert_eq!(b("chỉ đạt trên dưới 5"), Bound::Approx);
        assert_eq!(b("xấp xỉ 5"), Bound::Approx);
        assert_eq!(b("tối thiểu 5"), Bound::Over);
        assert_eq!(b("có thể vượt mốc 5"), Bound::Over);
        assert_eq!(b("cao điểm lên đến 5"), Bound::Exact);
        assert_eq!(b("đạt 5"), Bound::Exact);
    }
}
