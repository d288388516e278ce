//! The `explain` topics: every metric and the terms an analyst or a teacher
//! of trade statistics meets in this press. Written for this tool from the
//! notes in `shared/domain/glossary.md`.
//!
//! Lookup folds the asked term ([`crate::text::fold`], with `_` read as a
//! space) and matches it against each entry's key and aliases; an unknown
//! term gets the closest keys by edit distance.

use crate::text::fold;

/// One `explain` topic.
#[derive(Debug)]
pub struct Entry {
    /// The key and heading, e.g. `kim_ngach`.
    pub title: &'static str,
    /// Other ways to ask for it, in any case and with or without diacritics.
    pub aliases: &'static [&'static str],
    pub text: &'static str,
}

pub const ENTRIES: &[Entry] = &[
    Entry {
        title: "kim_ngach",
        aliases: &[
            "kim ngạch",
            "trade",
            "trade value",
            "xuất nhập khẩu",
            "XNK",
            "giá trị",
        ],
        text: "\
Kim ngạch is the money value of goods that crossed, in USD. Articles write it for both
directions together (xuất nhập khẩu, \"hai chiều\": flow=total), for exports only (xuất khẩu,
xuat_khau: flow=export) or imports only (nhập khẩu, nhap_khau: flow=import). It never
covers services. The same word is used for very different coverages, so check the scope
(see `explain scope`): all goods through an area, only what was declared at one customs
office, or only the taxable part. Figures of different scope are different series.",
    },
    Entry {
        title: "thu_ngan_sach",
        aliases: &[
            "thu ngân sách",
            "revenue",
            "NSNN",
            "số thu",
            "thu nộp ngân sách",
            "budget revenue",
        ],
        text: "\
Thu ngân sách from import and export is what customs collects: duties, VAT on imports,
excise and similar taxes, in VND. It follows dutiable imports (cars, machinery), not the
size of trade, so revenue can jump while trade barely moves. Progress is often given
against the assigned estimate (\"đạt 103% chỉ tiêu pháp lệnh\"), which is plan attainment,
not growth (see `explain plan`). Fees the province charges at the gate are not part of it.",
    },
    Entry {
        title: "doanh_nghiep",
        aliases: &["doanh nghiệp", "enterprises", "firms", "businesses"],
        text: "\
The number of firms that did customs procedures in the period. It counts distinct firms,
so months do not add: a firm active in January and in February is one firm for the two
months. Splits such as in-province / out-of-province firms are not separate facts.",
    },
    Entry {
        title: "to_khai",
        aliases: &["tờ khai", "declarations", "customs declarations"],
        text: "\
The number of customs declarations registered. One declaration can cover one truck or a
whole batch, so it measures the customs office's workload, not shipments. Not to be
confused with the scope \"mở tờ khai\" of a trade value (see `explain scope`).",
    },
    Entry {
        title: "phuong_tien",
        aliases: &[
            "phương tiện",
            "vehicles",
            "xe",
            "lượt xe",
            "toa",
            "chuyến tàu",
        ],
        text: "\
Vehicle (or rail wagon, train) movements. Two different kinds of figure share the word:
crossings over a period in lượt (a count; a truck in and out is 2 lượt) and an average per
day in xe/ngày, toa/ngày (a rate). They cannot be added or ranked together; see
`explain xe/ngày`. A peak day (\"cao điểm\") is kind=peak, apart from the average.",
    },
    Entry {
        title: "khoi_luong",
        aliases: &["khối lượng", "tonnage", "tấn", "lượng hàng", "tons"],
        text: "\
Goods tonnage in tấn over the period (a count of mass), or tấn/ngày as a daily average
(a rate). The two do not mix.",
    },
    Entry {
        title: "luot_nguoi",
        aliases: &[
            "lượt người",
            "passengers",
            "people",
            "xuất nhập cảnh",
            "hành khách",
        ],
        text: "\
People crossing the border, in lượt: each crossing counts, so a round trip is 2.
Leaving Vietnam (xuất cảnh) is flow=export, entering (nhập cảnh) is flow=import.
People per day (người/ngày) is a rate.",
    },
    Entry {
        title: "du_khach",
        aliases: &["du khách", "tourists", "khách du lịch", "lượt khách"],
        text: "\
Tourist arrivals in lượt: visits, not distinct people.",
    },
    Entry {
        title: "flow",
        aliases: &[
            "xuất khẩu",
            "nhập khẩu",
            "export",
            "import",
            "exports",
            "imports",
            "xuat_khau",
            "nhap_khau",
            "total",
        ],
        text: "\
The direction of a figure: export (xuất khẩu, or xuất cảnh for people leaving), import
(nhập khẩu, nhập cảnh) or total (both directions, or none given). Total should equal export
plus import when all three come from the same source and scope; `check` tests that. A
total above the sum usually holds other regimes, such as transit or temporary import for
re-export.",
    },
    Entry {
        title: "scope",
        aliases: &[
            "mở tờ khai",
            "qua địa bàn",
            "mo to khai vs qua dia ban",
            "declared",
            "các loại hình",
        ],
        text: "\
Two trade values for one place can differ tenfold and both be right.
- qua địa bàn (scope none): everything that physically passes the area's gates, wherever it
  was declared; usually reported by the province or the border-gate zone board, and often
  including transit and re-export goods.
- mở tờ khai (scope=to_khai): only goods whose declaration was registered at that customs
  office. Much of what crosses at Hữu Nghị is declared inland, so Lạng Sơn's declared trade is
  a small fraction of what crosses it.
They measure different things (the corridor versus the office) and grow at different rates:
never put them in one series. bienmau keeps them apart in compare, rank and trend.",
    },
    Entry {
        title: "co_thue",
        aliases: &["có thuế", "dutiable", "taxable"],
        text: "\
Kim ngạch có thuế (scope=co_thue) is the value of shipments on which some tax was actually
charged: a small part of all trade. Most exports carry no duty, so \"xuất khẩu có thuế\" is
tiny. It explains revenue, not the size of trade.",
    },
    Entry {
        title: "yoy",
        aliases: &[
            "so với cùng kỳ",
            "cùng kỳ",
            "year on year",
            "year-on-year",
            "change",
            "tăng",
            "giảm",
        ],
        text: "\
\"Tăng X% so với cùng kỳ\" compares a period with the same period one year before:
(this year − last year) / last year × 100. Using the same months both years removes
seasons (Tết, fruit harvests, year-end rush). With a level and its growth you can work
back to last year's level: level / (1 + X/100); compare does this and marks the value
derived. Such a base is only as precise as the rounding of the two inputs. A rate says
nothing about size: look at the level too, and at the base (see `explain base effect`).",
    },
    Entry {
        title: "bang",
        aliases: &["bằng", "bằng X%", "bang vs tang", "ratio", "equal to"],
        text: "\
\"Bằng X% so với cùng kỳ\" gives this year as a share of last year, not a growth:
bằng 164,2% means 1,642 times last year, a rise of 64,2%; bằng 80% is a fall of 20%.
So growth = X − 100. English translations sometimes turn it into \"an increase of
164.2%\", which is wrong by 100 points. bienmau stores the growth (64,2).",
    },
    Entry {
        title: "gap",
        aliases: &["gấp", "gấp N lần", "times", "tăng gấp"],
        text: "\
\"Gấp N lần\" (or \"tăng gấp N\") means N times the base: growth of (N − 1) × 100%.
Gấp 3 lần is +200%, gấp đôi is +100%. Without \"gấp\", \"tăng N lần\" is ambiguous in
everyday writing; most writers still mean N times.",
    },
    Entry {
        title: "rate_vs_count",
        aliases: &[
            "xe/ngày",
            "lượt",
            "rate",
            "count",
            "rate vs count",
            "per day",
            "bình quân",
            "tấn/ngày",
        ],
        text: "\
A count (lượt, tấn, tờ khai) is an amount over a period: counts of separate periods or of
separate places add up. A rate (xe/ngày, tấn/ngày) is a count divided by a number of days:
two months at 300 xe/ngày is still 300 xe/ngày, not 600. Rates of two gates add only when
they average over the same days. To join periods, turn rates into counts (rate × days),
add, and divide by all the days. A rate plus a count is a unit error, and bienmau refuses
it. A stock (trucks waiting at 20:00) adds neither way.",
    },
    Entry {
        title: "estimate",
        aliases: &[
            "ước đạt",
            "ước",
            "ước tính",
            "sơ bộ",
            "estimated",
            "preliminary",
        ],
        text: "\
\"Ước đạt\", \"ước tính\" mark an estimate, often published before the period ends (a
half-year figure released in late June); \"sơ bộ\" is a preliminary figure to be revised.
Final figures may differ. bienmau shows (ước) or (est.) beside such a figure and beside
anything computed from it.",
    },
    Entry {
        title: "plan",
        aliases: &[
            "kế hoạch",
            "plan_pct",
            "chỉ tiêu",
            "dự toán",
            "mục tiêu",
            "pháp lệnh",
            "phấn đấu",
        ],
        text: "\
\"Đạt X% kế hoạch\" is progress toward a target: level / target. It is not growth and says
nothing about last year. Because trade is seasonal, 35% of plan after six months does not
mean the year ends at 70%. A figure that is itself a goal (kế hoạch, mục tiêu, phấn đấu)
is kind=target, not an actual. Revenue targets come in two strengths: the statutory
estimate (pháp lệnh) and a higher internal one (phấn đấu); check which was meant.",
    },
    Entry {
        title: "ytd",
        aliases: &[
            "lũy kế",
            "year to date",
            "cộng dồn",
            "từ đầu năm",
            "tính đến",
            "cut-off",
        ],
        text: "\
\"Lũy kế\", \"cộng dồn\", \"từ đầu năm đến …\" sum from 1 January to a cut-off date. Cut-offs
are often irregular (to 14 June, to 6 July): such a figure is not a half-year and not a
month. bienmau keeps the exact dates; `period=H1 2025` accepts a figure within 7 days
of the half-year only where no exact one exists, and marks it ≈.",
    },
    Entry {
        title: "bounds",
        aliases: &[
            "hơn",
            "gần",
            "khoảng",
            "trên",
            "xấp xỉ",
            "bound",
            "qualifier",
            "over",
            "nearly",
            "approx",
            "about",
        ],
        text: "\
Press figures carry a qualifier, and it belongs to the number:
- hơn, trên, vượt (over): at least this; shown >1,70 tỷ.
- gần (nearly): a little below this; shown <~2,0 tỷ.
- khoảng, xấp xỉ, trên dưới (about): either side; shown ≈1,5 tỷ.
- từ X đến Y: a range, shown X–Y.
Computing with them changes what is known: the sum of two lower bounds is a lower bound,
but their difference (a trade balance from \"hơn\" exports and \"hơn\" imports) is not
bounded either way, and growth over a \"hơn\" base is only an upper limit. bienmau carries
these limits through every calculation; `help numbers` lists the signs.",
    },
    Entry {
        title: "channels",
        aliases: &[
            "tiểu ngạch",
            "chính ngạch",
            "small-scale trade",
            "official trade",
        ],
        text: "\
Chính ngạch is formal trade: registered traders, full declarations, bank payments and, for
farm goods to China, market access under a protocol with registered growing areas and
packing houses. Tiểu ngạch is small-scale border trade through secondary gates and
openings with simpler procedures, often cash. Policy has pushed farm exports from the
second to the first for years. Tiểu ngạch is only partly in the statistics, one reason
Vietnamese and Chinese figures differ.",
    },
    Entry {
        title: "bien_mau",
        aliases: &[
            "biên mậu",
            "border trade",
            "thương mại biên giới",
            "cư dân biên giới",
            "trao đổi cư dân",
        ],
        text: "\
Biên mậu is border trade. The law knows three forms: trading by traders across the border,
buying and selling by border residents within a duty-free daily allowance, and trade at
border markets. Newspapers use the word loosely, sometimes for small-scale trade only,
sometimes for everything passing the gates; read the context.",
    },
    Entry {
        title: "qua_canh",
        aliases: &["quá cảnh", "transit"],
        text: "\
Quá cảnh is transit: foreign goods crossing Vietnam under seal between two other countries.
Official trade statistics leave it out, but totals \"qua địa bàn\" often include it, which
is one reason a provincial total can exceed customs figures or exports plus imports.",
    },
    Entry {
        title: "tam_nhap_tai_xuat",
        aliases: &[
            "tạm nhập tái xuất",
            "TNTX",
            "re-export",
            "chuyển khẩu",
            "kho ngoại quan",
        ],
        text: "\
Tạm nhập tái xuất: goods brought in temporarily and sent out again (in the past frozen
food and third-country fruit going north). The same goods can appear as an import and an
export, inflating totals through an area. Chuyển khẩu (entrepôt trade) and bonded
warehouses (kho ngoại quan) raise similar questions of what a total covers.",
    },
    Entry {
        title: "balance",
        aliases: &[
            "cán cân thương mại",
            "xuất siêu",
            "nhập siêu",
            "trade balance",
            "surplus",
            "deficit",
        ],
        text: "\
Balance = exports − imports: positive is xuất siêu (surplus), negative nhập siêu
(deficit). A gate's balance describes the goods passing that gate, not a province or the
country. Computed from \"hơn\" figures it is unbounded both ways (see `explain bounds`).",
    },
    Entry {
        title: "percentage_points",
        aliases: &["điểm phần trăm", "percentage points", "pp"],
        text: "\
A share moving from 40% to 50% has risen 10 percentage points (điểm phần trăm), which is a
relative rise of 25%. Percentages never add: the growth of a total is the average of its
parts' growth weighted by their base-year levels.",
    },
    Entry {
        title: "base_effect",
        aliases: &["base effect", "hiệu ứng nền", "nền thấp", "low base"],
        text: "\
A growth rate divides by last year, so an unusual last year distorts it: the reopening of
the border in January 2023 after COVID produced growth of thousands of percent in early
2024; a collapse of one product makes the next year's growth look strong. Look at the base
before reading much into a rate, and prefer levels or two-year comparisons then.",
    },
    Entry {
        title: "kind",
        aliases: &[
            "actual",
            "target",
            "forecast",
            "peak",
            "dự báo",
            "dự kiến",
            "cao điểm",
        ],
        text: "\
What a figure is: actual (happened), target (a goal: kế hoạch, mục tiêu, phấn đấu),
forecast (dự báo, dự kiến, có thể đạt) or peak (a peak day beside an average). compare,
rank and trend use actual figures unless the query names a kind.",
    },
    Entry {
        title: "joint_places",
        aliases: &[
            "joint place",
            "A + B",
            "parts and whole",
            "breakdown",
            "trong đó",
        ],
        text: "\
Some figures cover several places together (Bắc Luân II + Km3+4 Hải Yên) or a whole
(Móng Cái) that its gates break down (\"Trong đó, …\"). The parts of a joint figure should
add up to it; the gates of a city should not exceed it. `check` tests both, and `rank`
counts such a figure once: a place inside another listed place is not added to the total
again.",
    },
    Entry {
        title: "why_totals_differ",
        aliases: &[
            "different totals",
            "sources disagree",
            "reporter",
            "cơ quan báo cáo",
        ],
        text: "\
Two agencies rarely give the same total for one place and period. Usual reasons: scope
(declared here vs all goods through here), regimes included (transit, re-export, resident
trade), geography (city, gate, province or customs region), who reports (customs, the
border-gate board, the province), cut-off and vintage (to 14 June vs H1, estimate vs
final), valuation (FOB vs CIF), and administrative change (the 2025 province mergers and
customs reorganisation). bienmau shows conflicting facts side by side with their sources
instead of choosing one.",
    },
];

/// The key a term is matched by: folded, with `_` as a space.
fn key(s: &str) -> String {
    fold(&s.replace('_', " "))
}

/// The entry for `term`, or the closest titles when there is none.
pub fn lookup(term: &str) -> Result<&'static Entry, Vec<&'static str>> {
    let k = key(term);
    if let Some(e) = ENTRIES
        .iter()
        .find(|e| key(e.title) == k || e.aliases.iter().any(|a| key(a) == k))
    {
        return Ok(e);
    }
    let mut scored: Vec<(usize, &'static str)> = ENTRIES
        .iter()
        .map(|e| {
            let d = std::iter::once(e.title)
                .chain(e.aliases.iter().copied())
                .map(|name| strsim::levenshtein(&key(name), &k))
                .min()
                .unwrap_or(usize::MAX);
            (d, e.title)
        })
        .filter(|(d, _)| *d <= (k.chars().count() / 3).max(2))
        .collect();
    scored.sort();
    Err(scored.into_iter().take(3).map(|(_, t)| t).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Metric;

    #[test]
    fn every_metric_is_explained() {
        for m in Metric::ALL {
            assert_eq!(lookup(m.as_str()).unwrap().title, m.as_str());
            assert_eq!(lookup(m.label()).unwrap().title, m.as_str());
            assert_eq!(lookup(m.english()).unwrap().title, m.as_str(), "{m}");
        }
    }

    #[test]
    fn lookup_ignores_case_diacritics_and_underscores() {
        assert_eq!(lookup("Kim Ngạch").unwrap().title, "kim_ngach");
        assert_eq!(lookup("kim ngach").unwrap().title, "kim_ngach");
        assert_eq!(lookup("MO TO KHAI").unwrap().title, "scope");
        assert_eq!(lookup("yoy").unwrap().title, "yoy");
        assert_eq!(lookup("xe/ngay").unwrap().title, "rate_vs_count");
        assert_eq!(lookup("uoc dat").unwrap().title, "estimate");
    }

    #[test]
    fn unknown_terms_get_close_titles() {
        assert_eq!(lookup("kim_ngac").unwrap_err(), vec!["kim_ngach"]);
        assert!(lookup("zzzzzzzzzzzz").unwrap_err().is_empty());
    }

    #[test]
    fn no_alias_names_two_entries() {
        let mut seen = std::collections::HashMap::new();
        for e in ENTRIES {
            for name in std::iter::once(e.title).chain(e.aliases.iter().copied()) {
                if let Some(other) = seen.insert(key(name), e.title).filter(|o| *o != e.title) {
                    panic!("`{name}` names both {other} and {}", e.title);
                }
            }
        }
    }
}
