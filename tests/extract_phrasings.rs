//! The extractor on phrasings composed for these tests — other gates,
//! periods and sentence shapes than the sample corpus — so that its rules
//! are checked as general rules, not as readings of five articles.

use bienmau::extract::{extract, Document};
use bienmau::model::{ChangeAmount, Fact};
use unicode_normalization::UnicodeNormalization;

/// A fact in one line: place|metric|flow|scope|commodity|period|value|high|
/// unit|bound|estimate|change|plan|kind.
fn line(f: &Fact) -> String {
    let change = match f.change {
        Some(c) => match c.amount {
            ChangeAmount::Pct(p) => format!("{p:+}% {}", c.vs),
            ChangeAmount::Abs(a) => format!("{a:+} {}", c.vs),
        },
        None => "-".into(),
    };
    let opt = |o: Option<String>| o.unwrap_or_else(|| "-".into());
    format!(
        "{}|{}|{}|{}|{}|{}|{}|{}|{}|{}|{}|{}|{}|{}",
        f.place,
        f.metric,
        f.flow,
        opt(f.scope.map(|s| s.to_string())),
        opt(f.commodity.clone()),
        opt(f.period.map(|p| p.label())),
        f.value.value,
        opt(f.value.high.map(|h| h.to_string())),
        f.unit,
        f.value.bound,
        if f.value.estimate { "est" } else { "-" },
        change,
        opt(f.plan_pct.map(|p| p.to_string())),
        f.kind,
    )
}

fn check(text: &str, expected: &[&str]) {
    let facts = extract(&Document::new("t", text));
    let got: Vec<String> = facts.iter().map(line).collect();
    let mut want: Vec<String> = expected.iter().map(|s| s.to_string()).collect();
    let mut have = got.clone();
    want.sort();
    have.sort();
    assert_eq!(have, want, "\ntext: {text}\ngot:\n{}\n", got.join("\n"));
}

#[test]
fn a_province_report_with_its_breakdown() {
    check(
        "Theo Chi cục Hải quan khu vực XVI, 9 tháng năm 2025, tổng kim ngạch xuất nhập khẩu qua cửa khẩu \
         Tà Lùng đạt 1,25 tỷ USD, tăng 18,6% so với cùng kỳ năm 2024. Trong đó, xuất khẩu đạt 412,5 triệu USD; \
         nhập khẩu đạt 837,5 triệu USD.",
        &[
            "Tà Lùng|kim_ngach|total|-|-|9M 2025|1250000000|-|USD|exact|-|+18.6% yoy|-|actual",
            "Tà Lùng|kim_ngach|export|-|-|9M 2025|412500000|-|USD|exact|-|-|-|actual",
            "Tà Lùng|kim_ngach|import|-|-|9M 2025|837500000|-|USD|exact|-|-|-|actual",
        ],
    );
}

#[test]
fn quarter_on_quarter_is_the_previous_period() {
    check(
        "Trong quý III/2025, cửa khẩu quốc tế Thanh Thủy đã làm thủ tục cho hơn 12.400 lượt phương tiện \
         xuất nhập cảnh, giảm 5,2% so với quý II/2025.",
        &["Thanh Thủy|phuong_tien|total|-|-|Q3 2025|12400|-|lượt|over|-|-5.2% prev|-|actual"],
    );
}

#[test]
fn revenue_to_a_cut_off_date_against_the_estimate() {
    check(
        "Tại Lào Cai, tính đến hết ngày 20/11/2025, số thu ngân sách tại Chi cục Hải quan khu vực VII đạt \
         1.052 tỷ đồng, bằng 87,5% dự toán được giao.",
        &["Lào Cai|thu_ngan_sach|total|-|-|2025-01-01..2025-11-20|1052000000000|-|VND|exact|-|-|87.5|actual"],
    );
}

#[test]
fn a_month_an_estimate_and_a_multiple() {
    check(
        "Tháng 10/2025, kim ngạch xuất khẩu qua cửa khẩu Ma Lù Thàng ước đạt khoảng 25 triệu USD, tăng gấp 3 \
         lần so với tháng 9/2025.",
        &["Ma Lù Thàng|kim_ngach|export|-|-|2025-10|25000000|-|USD|approx|est|+200% prev|-|actual"],
    );
}

#[test]
fn targets_and_forecasts_are_not_actuals() {
    check(
        "Năm 2026, tỉnh Cao Bằng phấn đấu kim ngạch xuất nhập khẩu qua địa bàn đạt 2 tỷ USD. Dự kiến cả năm \
         2025, kim ngạch qua địa bàn tỉnh Lạng Sơn có thể đạt 60 tỷ USD.",
        &[
            "Cao Bằng|kim_ngach|total|-|-|2026|2000000000|-|USD|exact|-|-|-|target",
            "Lạng Sơn|kim_ngach|total|-|-|2025|60000000000|-|USD|exact|-|-|-|forecast",
        ],
    );
}

#[test]
fn a_daily_range_and_its_peak() {
    check(
        "Quý I/2025, bình quân mỗi ngày có khoảng 1.500 - 1.700 xe hàng thông quan qua cửa khẩu Hữu Nghị, \
         cao điểm lên tới 2.100 xe.",
        &[
            "Hữu Nghị|phuong_tien|total|-|-|Q1 2025|1500|1700|xe/ngày|range|-|-|-|actual",
            "Hữu Nghị|phuong_tien|total|-|-|Q1 2025|2100|-|xe/ngày|exact|-|-|-|peak",
        ],
    );
}

#[test]
fn cumulative_months_and_tonnage_at_a_station() {
    check(
        "Lũy kế 11 tháng năm 2025, lượng hàng hóa thông quan qua ga đường sắt quốc tế Đồng Đăng đạt 1,2 \
         triệu tấn, bình quân 3.600 tấn/ngày.",
        &[
            "Đồng Đăng|khoi_luong|total|-|-|11M 2025|1200000|-|tấn|exact|-|-|-|actual",
            "Đồng Đăng|khoi_luong|total|-|-|11M 2025|3600|-|tấn/ngày|exact|-|-|-|actual",
        ],
    );
}

#[test]
fn spelled_numbers_and_a_period_after_the_figure() {
    check(
        "Khách du lịch qua cửa khẩu Tây Trang đạt hai mươi nghìn lượt trong nửa đầu năm 2025.",
        &["Tây Trang|du_khach|total|-|-|H1 2025|20000|-|lượt|exact|-|-|-|actual"],
    );
}

#[test]
fn decrees_dates_and_shares_are_not_facts() {
    check(
        "Theo Nghị định 122/2024/NĐ-CP có hiệu lực từ ngày 1/12/2024, hàng nông sản chiếm 45% tổng kim ngạch \
         qua cửa khẩu Lạng Sơn; tỉnh có 12 cửa khẩu và lối mở Km3+4 đã thông quan.",
        &[],
    );
}

#[test]
fn decomposed_text_with_stray_spaces() {
    let text: String =
        "Kim  ngạch   xuất khẩu qua cửa khẩu Chi Ma 6 tháng đầu năm 2025 đạt 150,3  triệu  USD."
            .nfd()
            .collect();
    check(
        &text,
        &["Chi Ma|kim_ngach|export|-|-|H1 2025|150300000|-|USD|exact|-|-|-|actual"],
    );
}

#[test]
fn joint_gates_and_a_whole_year() {
    check(
        "Tổng kim ngạch qua hai cửa khẩu Hoành Mô và Bắc Phong Sinh năm 2024 đạt xấp xỉ 300 triệu USD.",
        &["Hoành Mô + Bắc Phong Sinh|kim_ngach|total|-|-|2024|300000000|-|USD|approx|-|-|-|actual"],
    );
}

#[test]
fn the_base_year_dates_a_period_without_one() {
    check(
        "Từ đầu năm đến 15/3, kim ngạch xuất nhập khẩu qua cửa khẩu Lào Cai đạt 400 triệu USD, tăng 10% so \
         với cùng kỳ năm 2024.",
        &["Lào Cai|kim_ngach|total|-|-|2025-01-01..2025-03-15|400000000|-|USD|exact|-|+10% yoy|-|actual"],
    );
}

#[test]
fn a_fall_to_a_level_is_a_level() {
    check(
        "Kim ngạch qua cửa khẩu Tân Thanh giảm còn 200 triệu USD trong quý I/2025, giảm 35% so với cùng kỳ.",
        &["Tân Thanh|kim_ngach|total|-|-|Q1 2025|200000000|-|USD|exact|-|-35% yoy|-|actual"],
    );
}

#[test]
fn an_absolute_change_in_the_facts_unit() {
    check(
        "Số doanh nghiệp làm thủ tục tại cửa khẩu Móng Cái 9 tháng năm 2025 là 1.450 doanh nghiệp, tăng 230 \
         doanh nghiệp so với cùng kỳ; trong đó có 310 doanh nghiệp mới.",
        &["Móng Cái|doanh_nghiep|total|-|-|9M 2025|1450|-|doanh nghiệp|exact|-|+230 yoy|-|actual"],
    );
}

#[test]
fn people_per_day_at_a_place_named_after_the_figure() {
    check(
        "Năm 2025, mỗi ngày có khoảng 3.000 lượt người xuất nhập cảnh qua cửa khẩu quốc tế Lào Cai.",
        &["Lào Cai|luot_nguoi|total|-|-|2025|3000|-|người/ngày|approx|-|-|-|actual"],
    );
}

#[test]
fn revenue_in_thousands_of_billions() {
    check(
        "Thu ngân sách qua cửa khẩu Hữu Nghị năm 2024 đạt 2,1 nghìn tỷ đồng, tăng 12% so với năm 2023.",
        &["Hữu Nghị|thu_ngan_sach|total|-|-|2024|2100000000000|-|VND|exact|-|+12% yoy|-|actual"],
    );
}

#[test]
fn declared_and_taxable_scopes_and_commodities() {
    check(
        "Quý II/2025, kim ngạch mở tờ khai tại Chi cục Hải quan cửa khẩu Cốc Nam đạt 95 triệu USD. Tại Lào Cai, \
         kim ngạch nhập khẩu có thuế đạt 40 triệu USD, trong đó mặt hàng than cốc đạt 12 triệu USD.",
        &[
            // A customs office is a reporter (spec, Places), and one named
            // after its gate reports for that gate.
            "Cốc Nam|kim_ngach|total|to_khai|-|Q2 2025|95000000|-|USD|exact|-|-|-|actual",
            "Lào Cai|kim_ngach|import|co_thue|-|Q2 2025|40000000|-|USD|exact|-|-|-|actual",
            // "trong đó" mid-sentence is a breakdown too: it keeps the
            // scope of the figure it breaks down (spec, Scope).
            "Lào Cai|kim_ngach|import|co_thue|than cốc|Q2 2025|12000000|-|USD|exact|-|-|-|actual",
        ],
    );
}

#[test]
fn a_fraction_after_bang_is_a_ratio() {
    check(
        "Mặt hàng sầu riêng xuất khẩu qua cửa khẩu Lào Cai quý I/2025 đạt 20 triệu USD, chỉ bằng 1/20 so với \
         cùng kỳ năm 2024.",
        &["Lào Cai|kim_ngach|export|-|sầu riêng|Q1 2025|20000000|-|USD|exact|-|-95% yoy|-|actual"],
    );
}

#[test]
fn trucks_of_both_directions() {
    check(
        "Quý II/2025, tại cửa khẩu Kim Thành bình quân mỗi ngày có từ 250 - 300 xe hàng xuất nhập khẩu được \
         thông quan.",
        &["Kim Thành|phuong_tien|total|-|-|Q2 2025|250|300|xe/ngày|range|-|-|-|actual"],
    );
}

#[test]
fn multiples_in_words_and_balances() {
    check(
        "Năm 2024, kim ngạch nhập khẩu qua cửa khẩu Trà Lĩnh đạt 300 triệu USD, tăng gấp đôi so với năm 2023; \
         xuất khẩu đạt 120 triệu USD, tăng 1,5 lần. Tỉnh nhập siêu 180 triệu USD.",
        &[
            "Trà Lĩnh|kim_ngach|import|-|-|2024|300000000|-|USD|exact|-|+100% yoy|-|actual",
            "Trà Lĩnh|kim_ngach|export|-|-|2024|120000000|-|USD|exact|-|+50% yoy|-|actual",
        ],
    );
}

#[test]
fn an_agency_with_no_place_reports_for_the_articles_area() {
    check(
        "Chi cục Hải quan khu vực VII cho biết, lũy kế từ đầu năm đến hết tháng 10/2025, đơn vị đã làm thủ tục \
         cho 45.230 tờ khai.\n\nTại cửa khẩu quốc tế Lào Cai, trong tháng 10/2025, lượng xe chở hàng xuất khẩu \
         đạt 5.200 lượt.",
        &[
            "Lào Cai|to_khai|total|-|-|10M 2025|45230|-|tờ khai|exact|-|-|-|actual",
            "Lào Cai|phuong_tien|export|-|-|2025-10|5200|-|lượt|exact|-|-|-|actual",
        ],
    );
}

#[test]
fn year_on_year_beats_month_on_month() {
    check(
        "Tháng 10/2025, kim ngạch xuất nhập khẩu qua cửa khẩu Bắc Luân II đạt 410 triệu USD, giảm 3% so với \
         tháng trước nhưng tăng 22% so với cùng kỳ.",
        &["Bắc Luân II|kim_ngach|total|-|-|2025-10|410000000|-|USD|exact|-|+22% yoy|-|actual"],
    );
}

#[test]
fn the_product_named_last_in_the_clause() {
    check(
        "Từ đầu năm đến ngày 20/10/2025, mặt hàng xuất khẩu qua cửa khẩu Trà Lĩnh chủ yếu là sắn lát, hạt \
         điều, hoa quả tươi, trong đó sắn lát đạt 320.000 tấn.",
        &["Trà Lĩnh|khoi_luong|export|-|sắn lát|2025-01-01..2025-10-20|320000|-|tấn|exact|-|-|-|actual"],
    );
}

#[test]
fn a_gate_named_in_the_next_clause_is_not_the_figures_place() {
    check(
        "Quý III/2025, trung bình mỗi ngày có khoảng 1.600 - 1.800 lượt phương tiện qua các cửa khẩu của \
         tỉnh Lạng Sơn, trong đó cửa khẩu quốc tế Hữu Nghị chiếm trên 60%.",
        &["Lạng Sơn|phuong_tien|total|-|-|Q3 2025|1600|1800|xe/ngày|range|-|-|-|actual"],
    );
}

#[test]
fn changes_after_a_figure_of_something_else_are_its_own() {
    check(
        "Năm 2024, khách du lịch đến cửa khẩu Móng Cái đạt hơn 2 triệu lượt, tăng 90%; doanh thu du lịch \
         đạt 140 tỷ đồng, tăng 140% so với cùng kỳ, vượt 40% so với kế hoạch.",
        &["Móng Cái|du_khach|total|-|-|2024|2000000|-|lượt|over|-|+90% yoy|-|actual"],
    );
}

#[test]
fn an_equivalent_in_another_unit_is_not_a_new_figure() {
    check(
        "Năm 2024, thu ngân sách qua cửa khẩu Tân Thanh đạt 5.000 tỷ đồng (tương đương khoảng 200 triệu \
         USD), tăng 25%.",
        &["Tân Thanh|thu_ngan_sach|total|-|-|2024|5000000000000|-|VND|exact|-|+25% yoy|-|actual"],
    );
}

#[test]
fn the_gate_after_a_figure_is_the_one_named_before() {
    check(
        "Tháng 9/2025, kim ngạch qua cửa khẩu Ma Lù Thàng (Lai Châu) đạt 45,6 triệu USD.\n\nBình quân mỗi \
         ngày có khoảng 150 lượt xe hàng qua cửa khẩu; số người xuất nhập cảnh đạt 2.000 lượt người.",
        &[
            "Ma Lù Thàng|kim_ngach|total|-|-|2025-09|45600000|-|USD|exact|-|-|-|actual",
            "Ma Lù Thàng|phuong_tien|total|-|-|2025-09|150|-|xe/ngày|approx|-|-|-|actual",
            "Ma Lù Thàng|luot_nguoi|total|-|-|2025-09|2000|-|lượt|exact|-|-|-|actual",
        ],
    );
}

#[test]
fn a_province_report_with_a_month_a_plan_and_a_target() {
    check(
        "Lào Cai: Kim ngạch xuất nhập khẩu qua các cửa khẩu đạt hơn 2,1 tỷ USD trong 9 tháng\n\
         Theo số liệu của Chi cục Hải quan cửa khẩu quốc tế Lào Cai, 9 tháng năm 2024, tổng kim ngạch xuất \
         nhập khẩu qua các cửa khẩu trên địa bàn tỉnh Lào Cai đạt 2,15 tỷ USD, tăng 24,5% so với cùng kỳ năm \
         trước. Trong đó, xuất khẩu đạt 1,02 tỷ USD, nhập khẩu đạt 1,13 tỷ USD.\n\
         Riêng tháng 9/2024, kim ngạch đạt 265 triệu USD, giảm 3,2% so với tháng 8.\n\
         Thu ngân sách nhà nước từ hoạt động xuất nhập khẩu 9 tháng đạt 1.450 tỷ đồng, bằng 72,5% kế hoạch năm.\n\
         Qua cửa khẩu đường bộ quốc tế Kim Thành, mỗi ngày có khoảng 500 - 600 lượt phương tiện chở hàng xuất \
         nhập khẩu.\n\
         Lượng khách xuất nhập cảnh qua cửa khẩu quốc tế Lào Cai 9 tháng đạt 1,2 triệu lượt, gấp 2,5 lần cùng kỳ.\n\
         Tỉnh phấn đấu năm 2024 kim ngạch xuất nhập khẩu đạt 3 tỷ USD.",
        &[
            "Lào Cai|kim_ngach|total|-|-|9M 2024|2100000000|-|USD|over|-|-|-|actual",
            "Lào Cai|kim_ngach|total|-|-|9M 2024|2150000000|-|USD|exact|-|+24.5% yoy|-|actual",
            "Lào Cai|kim_ngach|export|-|-|9M 2024|1020000000|-|USD|exact|-|-|-|actual",
            "Lào Cai|kim_ngach|import|-|-|9M 2024|1130000000|-|USD|exact|-|-|-|actual",
            "Lào Cai|kim_ngach|total|-|-|2024-09|265000000|-|USD|exact|-|-3.2% prev|-|actual",
            "Lào Cai|thu_ngan_sach|total|-|-|9M 2024|1450000000000|-|VND|exact|-|-|72.5|actual",
            "Kim Thành|phuong_tien|total|-|-|9M 2024|500|600|xe/ngày|range|-|-|-|actual",
            "Lào Cai|luot_nguoi|total|-|-|9M 2024|1200000|-|lượt|exact|-|+150% yoy|-|actual",
            // "phấn đấu năm 2024": a target for the year ("đấu" is not "đầu").
            "Lào Cai|kim_ngach|total|-|-|2024|3000000000|-|USD|exact|-|-|-|target",
        ],
    );
}

#[test]
fn gates_of_one_province_with_rates_peaks_and_a_forecast() {
    check(
        "Từ đầu năm đến ngày 15/10/2025, tổng giá trị hàng hoá xuất nhập khẩu qua cửa khẩu quốc tế Hữu Nghị \
         ước đạt 5,6 tỷ USD, tăng 18% so với cùng kỳ năm 2024.\n\
         Bình quân mỗi ngày có trên 1.000 xe hàng thông quan qua cửa khẩu này, ngày cao điểm lên tới 1.500 xe.\n\
         Tại cửa khẩu Chi Ma, quý III/2025 có 12.345 tờ khai được làm thủ tục, với sự tham gia của 356 doanh \
         nghiệp.\n\
         Trong tháng 10/2025, Cục Hải quan tỉnh Lạng Sơn thu ngân sách được 820 tỉ đồng.\n\
         Dự kiến cả năm 2025, kim ngạch xuất nhập khẩu qua địa bàn tỉnh Lạng Sơn có thể đạt khoảng 7 tỷ USD.",
        &[
            "Hữu Nghị|kim_ngach|total|-|-|2025-01-01..2025-10-15|5600000000|-|USD|exact|est|+18% yoy|-|actual",
            "Hữu Nghị|phuong_tien|total|-|-|2025-01-01..2025-10-15|1000|-|xe/ngày|over|-|-|-|actual",
            "Hữu Nghị|phuong_tien|total|-|-|2025-01-01..2025-10-15|1500|-|xe/ngày|exact|-|-|-|peak",
            "Chi Ma|to_khai|total|-|-|Q3 2025|12345|-|tờ khai|exact|-|-|-|actual",
            "Chi Ma|doanh_nghiep|total|-|-|Q3 2025|356|-|doanh nghiệp|exact|-|-|-|actual",
            "Lạng Sơn|thu_ngan_sach|total|-|-|2025-10|820000000000|-|VND|exact|-|-|-|actual",
            "Lạng Sơn|kim_ngach|total|-|-|2025|7000000000|-|USD|approx|-|-|-|forecast",
        ],
    );
}

#[test]
fn capitals_line_ends_and_spaces_as_written() {
    // A headline in capitals, Windows line ends, a no-break space before
    // the scale word, `34 %`, and thousands grouped by a space.
    check(
        "KIM NGẠCH QUA CỬA KHẨU MÓNG CÁI 6 THÁNG ĐẦU NĂM 2025 ĐẠT 2,28 TỶ USD\r\n\
         Theo Chi cục Hải quan cửa khẩu Móng Cái, 6 tháng đầu năm 2025, kim ngạch xuất nhập khẩu đạt \
         2,28\u{a0}tỷ USD, tăng 34 %.\r\nTổng khối lượng hàng hóa đạt 1 300 tấn.\r\n",
        &[
            "Móng Cái|kim_ngach|total|-|-|H1 2025|2280000000|-|USD|exact|-|-|-|actual",
            "Móng Cái|kim_ngach|total|-|-|H1 2025|2280000000|-|USD|exact|-|+34% yoy|-|actual",
            "Móng Cái|khoi_luong|total|-|-|H1 2025|1300|-|tấn|exact|-|-|-|actual",
        ],
    );
}

#[test]
fn national_trade_with_china_and_its_breakdown() {
    check(
        "Theo Tổng cục Hải quan, 9 tháng năm 2025, kim ngạch thương mại song phương Việt Nam – Trung Quốc \
         đạt 180,5 tỷ USD, tăng 21,3% so với cùng kỳ năm trước. Trong đó, Việt Nam xuất khẩu sang Trung Quốc \
         50,2 tỷ USD và nhập khẩu từ Trung Quốc 130,3 tỷ USD.\n\
         Riêng xuất khẩu sầu riêng sang thị trường này đạt 2,1 tỷ USD, giảm 25%.",
        &[
            "Việt Nam|kim_ngach|total|-|-|9M 2025|180500000000|-|USD|exact|-|+21.3% yoy|-|actual",
            "Việt Nam|kim_ngach|export|-|-|9M 2025|50200000000|-|USD|exact|-|-|-|actual",
            // 130,3 tỷ exactly, not the float product 130300000000.00002.
            "Việt Nam|kim_ngach|import|-|-|9M 2025|130300000000|-|USD|exact|-|-|-|actual",
            "Việt Nam|kim_ngach|export|-|sầu riêng|9M 2025|2100000000|-|USD|exact|-|-25% yoy|-|actual",
        ],
    );
}

#[test]
fn a_list_after_its_heading_keeps_the_heading_place_and_period() {
    check(
        "Kết quả hoạt động xuất nhập khẩu qua cửa khẩu Hữu Nghị 6 tháng đầu năm 2025:\n\
         - Tổng kim ngạch: 3,2 tỷ USD (tăng 12%);\n\
         - Xuất khẩu: 1,1 tỷ USD;\n\
         - Số tờ khai: 45.678 tờ khai;\n\
         - Thu ngân sách: 1.234,5 tỷ đồng.\n\
         Cả tỉnh Lạng Sơn có 1.200 doanh nghiệp tham gia.",
        &[
            "Hữu Nghị|kim_ngach|total|-|-|H1 2025|3200000000|-|USD|exact|-|+12% yoy|-|actual",
            "Hữu Nghị|kim_ngach|export|-|-|H1 2025|1100000000|-|USD|exact|-|-|-|actual",
            "Hữu Nghị|to_khai|total|-|-|H1 2025|45678|-|tờ khai|exact|-|-|-|actual",
            "Hữu Nghị|thu_ngan_sach|total|-|-|H1 2025|1234500000000|-|VND|exact|-|-|-|actual",
            "Lạng Sơn|doanh_nghiep|total|-|-|H1 2025|1200|-|doanh nghiệp|exact|-|-|-|actual",
        ],
    );
}

#[test]
fn changes_written_as_growth_halves_and_multiples() {
    check(
        "Năm 2024, kim ngạch qua Hữu Nghị đạt 4 tỷ USD, tăng trưởng 15%.\n\
         Năm 2024, kim ngạch qua Chi Ma đạt 1 tỷ USD, giảm một nửa so với năm 2023.\n\
         Năm 2024, kim ngạch qua Tân Thanh đạt 2 tỷ USD, tăng gấp rưỡi so với cùng kỳ.\n\
         Năm 2024, kim ngạch qua Cốc Nam đạt 300 triệu USD, chỉ bằng 60% so với năm trước.\n\
         Năm 2024, tỷ trọng xuất khẩu qua Hữu Nghị đạt 40%, tăng 5 điểm phần trăm.",
        &[
            "Hữu Nghị|kim_ngach|total|-|-|2024|4000000000|-|USD|exact|-|+15% yoy|-|actual",
            "Chi Ma|kim_ngach|total|-|-|2024|1000000000|-|USD|exact|-|-50% yoy|-|actual",
            "Tân Thanh|kim_ngach|total|-|-|2024|2000000000|-|USD|exact|-|+50% yoy|-|actual",
            "Cốc Nam|kim_ngach|total|-|-|2024|300000000|-|USD|exact|-|-40% yoy|-|actual",
        ],
    );
}

#[test]
fn a_breakdown_opening_a_paragraph_keeps_the_gate_and_commodities_stop_at_the_rate() {
    check(
        "Hà Giang: Cửa khẩu Thanh Thủy thông quan hơn 1.000 tấn nông sản mỗi ngày\n\
         Những ngày cuối năm 2024, mỗi ngày cửa khẩu quốc tế Thanh Thủy thông quan hơn 1.000 tấn nông sản, \
         chủ yếu là chuối, thanh long.\n\
         Lũy kế từ đầu năm đến hết ngày 25/12/2024, tổng kim ngạch xuất nhập khẩu qua cửa khẩu đạt 780 triệu \
         USD, tăng 42% so với cùng kỳ năm 2023.\n\
         Trong đó, xuất khẩu đạt 530 triệu USD, nhập khẩu 250 triệu USD.",
        &[
            // "những ngày cuối năm" names no period the spec knows.
            "Thanh Thủy|khoi_luong|total|-|nông sản|-|1000|-|tấn/ngày|over|-|-|-|actual",
            "Thanh Thủy|khoi_luong|total|-|nông sản|-|1000|-|tấn/ngày|over|-|-|-|actual",
            "Thanh Thủy|kim_ngach|total|-|-|2024-01-01..2024-12-25|780000000|-|USD|exact|-|+42% yoy|-|actual",
            "Thanh Thủy|kim_ngach|export|-|-|2024-01-01..2024-12-25|530000000|-|USD|exact|-|-|-|actual",
            "Thanh Thủy|kim_ngach|import|-|-|2024-01-01..2024-12-25|250000000|-|USD|exact|-|-|-|actual",
        ],
    );
}

#[test]
fn the_worth_of_goods_just_counted_is_their_trade_value() {
    check(
        "Xuất khẩu sầu riêng qua cửa khẩu Tân Thanh giảm mạnh\n\
         Trong quý I/2025, lượng sầu riêng xuất khẩu qua cửa khẩu Tân Thanh chỉ đạt 2.500 tấn, giảm 78% so \
         với cùng kỳ năm 2024, trị giá khoảng 12 triệu USD.\n\
         Tính chung cả tỉnh Lạng Sơn, kim ngạch xuất khẩu rau quả quý I/2025 đạt 150 triệu USD.\n\
         Trong tháng 3, có 45 doanh nghiệp xuất khẩu sầu riêng qua địa bàn tỉnh, giảm 30 doanh nghiệp.",
        &[
            "Tân Thanh|khoi_luong|export|-|sầu riêng|Q1 2025|2500|-|tấn|exact|-|-78% yoy|-|actual",
            "Tân Thanh|kim_ngach|export|-|sầu riêng|Q1 2025|12000000|-|USD|approx|-|-|-|actual",
            "Lạng Sơn|kim_ngach|export|-|rau quả|Q1 2025|150000000|-|USD|exact|-|-|-|actual",
            "Lạng Sơn|doanh_nghiep|export|-|-|2025-03|45|-|doanh nghiệp|exact|-|-30 yoy|-|actual",
        ],
    );
}

#[test]
fn revenue_collected_by_customs_offices_and_their_targets() {
    check(
        "Năm 2024, Cục Hải quan Quảng Ninh thu ngân sách đạt 7.215 tỷ đồng, bằng 103% dự toán, tăng 8,7% so \
         với năm 2023.\n\
         Tại Chi cục Hải quan cửa khẩu Móng Cái, số thu đạt 1.235 tỷ đồng.\n\
         Năm 2025, ngành Hải quan Quảng Ninh được giao chỉ tiêu thu 8.000 tỷ đồng.\n\
         Năm 2025, Hải quan Lạng Sơn phấn đấu thu 9.000 tỷ đồng.",
        &[
            "Quảng Ninh|thu_ngan_sach|total|-|-|2024|7215000000000|-|VND|exact|-|+8.7% yoy|103|actual",
            // The office of a city's gate reports the city's revenue.
            "Móng Cái|thu_ngan_sach|total|-|-|2024|1235000000000|-|VND|exact|-|-|-|actual",
            "Quảng Ninh|thu_ngan_sach|total|-|-|2025|8000000000000|-|VND|exact|-|-|-|target",
            "Lạng Sơn|thu_ngan_sach|total|-|-|2025|9000000000000|-|VND|exact|-|-|-|target",
        ],
    );
}

#[test]
fn to_date_runs_to_the_date_the_article_states_later() {
    // "Từ đầu năm đến nay" with no date before it: the year to date the
    // article states next (30/11/2025). Paragraphs that name no place go
    // on with the gate the headline names.
    check(
        "Cao Bằng: Hoạt động xuất nhập khẩu qua cửa khẩu Trà Lĩnh sôi động\n\
         Từ đầu năm đến nay, cửa khẩu Trà Lĩnh đã làm thủ tục cho hơn 25.000 lượt phương tiện xuất nhập khẩu \
         hàng hóa, tăng 15% so với cùng kỳ.\n\
         Tổng kim ngạch đạt trên 420 triệu USD.\n\
         Hiện mỗi ngày có từ 150 đến 200 xe hàng qua cửa khẩu.\n\
         Tính đến ngày 30/11/2025, lượng người xuất nhập cảnh đạt 120.000 lượt, trong đó người nước ngoài \
         chiếm 30%.",
        &[
            "Trà Lĩnh|phuong_tien|total|-|-|11M 2025|25000|-|lượt|over|-|+15% yoy|-|actual",
            "Trà Lĩnh|kim_ngach|total|-|-|11M 2025|420000000|-|USD|over|-|-|-|actual",
            "Trà Lĩnh|phuong_tien|total|-|-|11M 2025|150|200|xe/ngày|range|-|-|-|actual",
            "Trà Lĩnh|luot_nguoi|total|-|-|11M 2025|120000|-|lượt|exact|-|-|-|actual",
        ],
    );
}

#[test]
fn figures_listed_before_an_unnamed_gate_all_pass_through_it() {
    check(
        "Lai Châu: Kim ngạch qua cửa khẩu Ma Lù Thàng tăng mạnh\n\
         Theo Ban Quản lý Khu kinh tế tỉnh Lai Châu, trong 6 tháng đầu năm 2025, tổng giá trị hàng hóa xuất \
         nhập khẩu qua cửa khẩu quốc tế Ma Lù Thàng đạt 98,6 triệu USD, bằng 156% so với cùng kỳ năm 2024, \
         đạt 65,7% kế hoạch năm.\n\
         Hàng xuất khẩu chủ yếu là chuối, dong riềng, khoai lang; hàng nhập khẩu chủ yếu là phân bón.\n\
         Trong kỳ, có 18.500 lượt người và 12.200 lượt phương tiện xuất nhập cảnh qua cửa khẩu.",
        &[
            "Ma Lù Thàng|kim_ngach|total|-|-|H1 2025|98600000|-|USD|exact|-|+56% yoy|65.7|actual",
            "Ma Lù Thàng|luot_nguoi|total|-|-|H1 2025|18500|-|lượt|exact|-|-|-|actual",
            "Ma Lù Thàng|phuong_tien|total|-|-|H1 2025|12200|-|lượt|exact|-|-|-|actual",
        ],
    );
}

#[test]
fn a_change_written_before_the_level_it_leads_to() {
    check(
        "9 tháng năm 2025, qua cửa khẩu Tà Lùng, xuất khẩu tăng 14,2%, đạt 310 triệu USD; \
         nhập khẩu giảm 6%, đạt khoảng 95 triệu USD. Số thu ngân sách tăng 8% so với cùng kỳ, \
         lên 1.120 tỷ đồng.",
        &[
            "Tà Lùng|kim_ngach|export|-|-|9M 2025|310000000|-|USD|exact|-|+14.2% yoy|-|actual",
            "Tà Lùng|kim_ngach|import|-|-|9M 2025|95000000|-|USD|approx|-|-6% yoy|-|actual",
            "Tà Lùng|thu_ngan_sach|total|-|-|9M 2025|1120000000000|-|VND|exact|-|+8% yoy|-|actual",
        ],
    );
}

#[test]
fn abbreviated_flows_and_a_breakdown_inside_the_sentence() {
    check(
        "Quý III/2024, kim ngạch XNK mở tờ khai tại Chi cục Hải quan cửa khẩu Chi Ma đạt 240 triệu USD; \
         trong đó XK đạt 90 triệu USD, NK đạt 150 triệu USD. Cả nước nhập siêu từ Trung Quốc 25 tỷ USD.",
        &[
            "Chi Ma|kim_ngach|total|to_khai|-|Q3 2024|240000000|-|USD|exact|-|-|-|actual",
            "Chi Ma|kim_ngach|export|to_khai|-|Q3 2024|90000000|-|USD|exact|-|-|-|actual",
            "Chi Ma|kim_ngach|import|to_khai|-|Q3 2024|150000000|-|USD|exact|-|-|-|actual",
        ],
    );
}

#[test]
fn goals_carry_to_the_figures_they_lead_to_and_plan_words_stay_with_their_share() {
    check(
        "Năm 2025, Lạng Sơn phấn đấu kim ngạch tháng 12 đạt 600 triệu USD, nâng tổng kim ngạch cả năm \
         lên trên 9 tỷ USD. Năm 2024, số thu đạt 7.900 tỷ đồng, bằng 105% dự toán; có khoảng 1,1 triệu \
         lượt phương tiện qua lại. Năm 2024, số thu đạt 7.950 tỷ đồng, lần đầu vượt mốc 7.500 tỷ đồng.",
        &[
            "Lạng Sơn|kim_ngach|total|-|-|2025-12|600000000|-|USD|exact|-|-|-|target",
            "Lạng Sơn|kim_ngach|total|-|-|2025|9000000000|-|USD|over|-|-|-|target",
            "Lạng Sơn|thu_ngan_sach|total|-|-|2024|7900000000000|-|VND|exact|-|-|105|actual",
            "Lạng Sơn|phuong_tien|total|-|-|2024|1100000|-|lượt|approx|-|-|-|actual",
            "Lạng Sơn|thu_ngan_sach|total|-|-|2024|7950000000000|-|VND|exact|-|-|-|actual",
        ],
    );
}

#[test]
fn bases_after_a_change_and_a_breakdown_keeping_the_direction() {
    check(
        "Năm 2023, du khách qua cửa khẩu Móng Cái đạt 600 nghìn lượt, gấp 3 lần năm 2022. \
         Hành khách xuất nhập cảnh đạt 1,5 triệu lượt, tăng 20% so với cùng kỳ và tăng 4% so với năm 2021.\n\
         Quý I/2024, Quảng Ninh xuất khẩu nông sản đạt 120 triệu USD. Trong đó, thanh long đạt 70 triệu USD.",
        &[
            "Móng Cái|du_khach|total|-|-|2023|600000|-|lượt|exact|-|+200% yoy|-|actual",
            "Móng Cái|luot_nguoi|total|-|-|2023|1500000|-|lượt|exact|-|+20% yoy|-|actual",
            "Quảng Ninh|kim_ngach|export|-|nông sản|Q1 2024|120000000|-|USD|exact|-|-|-|actual",
            "Quảng Ninh|kim_ngach|export|-|thanh long|Q1 2024|70000000|-|USD|exact|-|-|-|actual",
        ],
    );
}

#[test]
fn an_aside_on_one_month_and_counts_named_in_their_subject() {
    check(
        "Từ đầu năm đến ngày 20/10/2025, kim ngạch qua cửa khẩu Chi Ma đạt 410 triệu USD, gấp 1,5 lần cùng kỳ. \
         Riêng tháng 9/2025, kim ngạch đạt 52 triệu USD. Bình quân mỗi ngày có 180 xe hàng qua cửa khẩu.\n\
         Số doanh nghiệp làm thủ tục tại cửa khẩu Chi Ma là 212, tăng 30 doanh nghiệp. \
         Lượng hành khách từ đầu năm đạt 15.000 lượt.",
        &[
            "Chi Ma|kim_ngach|total|-|-|2025-01-01..2025-10-20|410000000|-|USD|exact|-|+50% yoy|-|actual",
            "Chi Ma|kim_ngach|total|-|-|2025-09|52000000|-|USD|exact|-|-|-|actual",
            // After the aside, the article's own period again.
            "Chi Ma|phuong_tien|total|-|-|2025-01-01..2025-10-20|180|-|xe/ngày|exact|-|-|-|actual",
            "Chi Ma|doanh_nghiep|total|-|-|2025-01-01..2025-10-20|212|-|doanh nghiệp|exact|-|+30 yoy|-|actual",
            // "từ đầu năm" with no end runs to the date stated before.
            "Chi Ma|luot_nguoi|total|-|-|2025-01-01..2025-10-20|15000|-|lượt|exact|-|-|-|actual",
        ],
    );
}

#[test]
fn two_months_running_a_peak_day_and_the_gate_of_the_agency_quoted() {
    check(
        "Năm 2025, kim ngạch qua cửa khẩu Hữu Nghị đạt 9 tỷ USD.\n\
         Ông Hoàng Văn B, Phó Chi cục trưởng Chi cục Hải quan cửa khẩu Chi Ma cho biết: \
         \"Tháng 1 và tháng 2/2026, xe hàng qua cửa khẩu tăng mạnh, có ngày lên tới 650 xe\".\n\
         Tháng 6/2026, xuất khẩu vải thiều qua cửa khẩu Kim Thành đạt 42.000 tấn.",
        &[
            "Hữu Nghị|kim_ngach|total|-|-|2025|9000000000|-|USD|exact|-|-|-|actual",
            "Chi Ma|phuong_tien|total|-|-|2M 2026|650|-|xe/ngày|exact|-|-|-|peak",
            "Kim Thành|khoi_luong|export|-|vải thiều|2026-06|42000|-|tấn|exact|-|-|-|actual",
        ],
    );
}

#[test]
fn a_cited_source_a_station_bases_after_hon_and_dates_after_the_figure() {
    check(
        "10 tháng năm 2025, ga đường sắt quốc tế Đồng Đăng làm thủ tục cho 1,2 triệu tấn hàng.\n\
         Theo Chi nhánh Vận tải đường sắt Lạng Sơn, bình quân 70 toa/ngày qua ga.\n\
         Tháng 10/2025, kim ngạch qua cửa khẩu Chi Ma đạt 40 triệu USD, thấp hơn năm trước. \
         Có 95 doanh nghiệp làm thủ tục. So với dịp Tết năm trước, hàng trăm xe hàng tăng 10%. \
         Xuất khẩu qua cửa khẩu Chi Ma giảm 20%, chỉ còn 12 triệu USD.\n\
         Gần 900 xe hàng đã thông quan qua cửa khẩu Chi Ma trong ngày 3/11/2025.",
        &[
            "Đồng Đăng|khoi_luong|total|-|-|10M 2025|1200000|-|tấn|exact|-|-|-|actual",
            "Đồng Đăng|phuong_tien|total|-|-|10M 2025|70|-|toa/ngày|exact|-|-|-|actual",
            "Chi Ma|kim_ngach|total|-|-|2025-10|40000000|-|USD|exact|-|-|-|actual",
            "Chi Ma|doanh_nghiep|total|-|-|2025-10|95|-|doanh nghiệp|exact|-|-|-|actual",
            "Chi Ma|kim_ngach|export|-|-|2025-10|12000000|-|USD|exact|-|-20% yoy|-|actual",
            "Chi Ma|phuong_tien|total|-|-|2025-11-03..2025-11-03|900|-|lượt|nearly|-|-|-|actual",
        ],
    );
}

#[test]
fn a_change_after_a_bracketed_breakdown_a_quarter_referred_back_to_and_a_plan_in_brackets() {
    check(
        "Quý III/2025, kim ngạch xuất nhập khẩu qua cửa khẩu Tà Lùng đạt 420 triệu USD (xuất khẩu 150 \
         triệu USD, nhập khẩu 270 triệu USD), giảm 5% so với quý III/2024. Tháng 9/2025, kim ngạch qua \
         cửa khẩu Tà Lùng đạt 160 triệu USD. Theo Hải quan cửa khẩu Tà Lùng, trong quý có 85 doanh \
         nghiệp làm thủ tục.\n\
         Toàn tỉnh Cao Bằng, 9 tháng năm 2025, kim ngạch ước đạt 900 triệu USD, bằng 75% chỉ tiêu năm \
         2025 (1,2 tỷ USD).",
        &[
            "Tà Lùng|kim_ngach|total|-|-|Q3 2025|420000000|-|USD|exact|-|-5% yoy|-|actual",
            "Tà Lùng|kim_ngach|export|-|-|Q3 2025|150000000|-|USD|exact|-|-|-|actual",
            "Tà Lùng|kim_ngach|import|-|-|Q3 2025|270000000|-|USD|exact|-|-|-|actual",
            "Tà Lùng|kim_ngach|total|-|-|2025-09|160000000|-|USD|exact|-|-|-|actual",
            "Tà Lùng|doanh_nghiep|total|-|-|Q3 2025|85|-|doanh nghiệp|exact|-|-|-|actual",
            "Cao Bằng|kim_ngach|total|-|-|9M 2025|900000000|-|USD|exact|est|-|75|actual",
            "Cao Bằng|kim_ngach|total|-|-|2025|1200000000|-|USD|exact|-|-|-|target",
        ],
    );
}

#[test]
fn a_holiday_named_again_is_the_stretch_of_days_given_for_it() {
    check(
        "Dịp nghỉ lễ 30/4 - 1/5/2025 (từ ngày 26/4 đến ngày 4/5/2025), cửa khẩu Móng Cái đón 45.000 \
         lượt khách. Ngày 1/5, có 9.000 lượt khách xuất nhập cảnh qua cửa khẩu. Kim ngạch qua cửa khẩu \
         Bắc Luân II trong kỳ nghỉ lễ đạt 120 triệu USD.",
        &[
            "Móng Cái|luot_nguoi|total|-|-|2025-04-26..2025-05-04|45000|-|lượt|exact|-|-|-|actual",
            "Móng Cái|luot_nguoi|total|-|-|2025-05-01..2025-05-01|9000|-|lượt|exact|-|-|-|actual",
            "Bắc Luân II|kim_ngach|total|-|-|2025-04-26..2025-05-04|120000000|-|USD|exact|-|-|-|actual",
        ],
    );
}

#[test]
fn a_difference_written_as_a_comparison_and_a_month_to_a_date() {
    check(
        "Tháng 12/2024, kim ngạch qua cửa khẩu Thanh Thủy đạt 41,6 triệu USD, cao hơn tháng trước 5,2 \
         triệu USD. Quý III/2025, thu ngân sách tại cửa khẩu Tà Lùng đạt 150 tỷ đồng, thấp hơn cùng kỳ \
         năm 2024 khoảng 12 tỷ đồng. Tháng 5/2025, số xe qua cửa khẩu Chi Ma là 3.000 xe, nhiều hơn 400 \
         xe so với tháng 4. Từ đầu tháng 8 đến hết ngày 10/8/2025, cửa khẩu Hoành Mô thông quan 1.200 \
         tấn hàng.",
        &[
            "Thanh Thủy|kim_ngach|total|-|-|2024-12|41600000|-|USD|exact|-|+5200000 prev|-|actual",
            "Tà Lùng|thu_ngan_sach|total|-|-|Q3 2025|150000000000|-|VND|exact|-|-12000000000 yoy|-|actual",
            "Chi Ma|phuong_tien|total|-|-|2025-05|3000|-|lượt|exact|-|+400 prev|-|actual",
            "Hoành Mô|khoi_luong|total|-|-|2025-08-01..2025-08-10|1200|-|tấn|exact|-|-|-|actual",
        ],
    );
}

#[test]
fn goods_before_their_direction_a_gate_located_in_brackets_a_reason_and_a_subgroup() {
    check(
        "Tháng 6/2025, lượng nông sản xuất khẩu qua cửa khẩu Bắc Luân II (thành phố Móng Cái, tỉnh \
         Quảng Ninh) đạt 12.500 tấn, trị giá 40 triệu USD. Trong đó, thanh long 1.200 tấn. Quý II/2025, \
         kim ngạch qua cửa khẩu Hoành Mô, tỉnh Quảng Ninh ước đạt 95 triệu USD nhờ nhu cầu nhập khẩu gỗ \
         tăng. Quý II/2025, có 64 doanh nghiệp làm thủ tục qua cửa khẩu Hoành Mô, trong đó 15 doanh \
         nghiệp có trụ sở ngoài Quảng Ninh.",
        &[
            "Bắc Luân II|khoi_luong|export|-|nông sản|2025-06|12500|-|tấn|exact|-|-|-|actual",
            "Bắc Luân II|kim_ngach|export|-|nông sản|2025-06|40000000|-|USD|exact|-|-|-|actual",
            "Bắc Luân II|khoi_luong|export|-|thanh long|2025-06|1200|-|tấn|exact|-|-|-|actual",
            "Hoành Mô|kim_ngach|total|-|-|Q2 2025|95000000|-|USD|exact|est|-|-|actual",
            "Hoành Mô|doanh_nghiep|total|-|-|Q2 2025|64|-|doanh nghiệp|exact|-|-|-|actual",
        ],
    );
}

#[test]
fn the_value_of_declarations_counted_is_what_was_declared() {
    check(
        "Tháng 7/2025, Chi cục Hải quan cửa khẩu Hoành Mô làm thủ tục cho 820 tờ khai, trị giá 31,2 \
         triệu USD. Năm 2025, cửa khẩu Móng Cái có 5.000 tờ khai; kim ngạch qua cửa khẩu đạt 2 tỷ USD.",
        &[
            "Hoành Mô|to_khai|total|-|-|2025-07|820|-|tờ khai|exact|-|-|-|actual",
            "Hoành Mô|kim_ngach|total|to_khai|-|2025-07|31200000|-|USD|exact|-|-|-|actual",
            "Móng Cái|to_khai|total|-|-|2025|5000|-|tờ khai|exact|-|-|-|actual",
            "Móng Cái|kim_ngach|total|-|-|2025|2000000000|-|USD|exact|-|-|-|actual",
        ],
    );
}

#[test]
fn goods_listed_together_are_one_group_and_goods_in_an_aside_are_not_the_figures() {
    check(
        "Tháng 4/2026, xuất khẩu sầu riêng và thanh long qua cửa khẩu Kim Thành đạt 150 triệu USD. \
         Tháng 4/2026, cửa khẩu Hoành Mô – nơi chủ yếu nhập khẩu gỗ và than – thông quan 80.000 tấn \
         hàng hóa.",
        &[
            "Kim Thành|kim_ngach|export|-|sầu riêng và thanh long|2026-04|150000000|-|USD|exact|-|-|-|actual",
            "Hoành Mô|khoi_luong|total|-|-|2026-04|80000|-|tấn|exact|-|-|-|actual",
        ],
    );
}

#[test]
fn goods_set_as_the_topic_of_a_sentence() {
    check(
        "Riêng thanh long, quý I/2025 xuất khẩu qua cửa khẩu Tân Thanh đạt 95 triệu USD, tăng 12%. Đối \
         với mặt hàng than, tháng 3/2025 nhập khẩu qua cửa khẩu Hoành Mô đạt 40.000 tấn. Riêng tháng \
         4/2025, xuất khẩu qua cửa khẩu Tân Thanh đạt 30 triệu USD.",
        &[
            "Tân Thanh|kim_ngach|export|-|thanh long|Q1 2025|95000000|-|USD|exact|-|+12% yoy|-|actual",
            "Hoành Mô|khoi_luong|import|-|than|2025-03|40000|-|tấn|exact|-|-|-|actual",
            "Tân Thanh|kim_ngach|export|-|-|2025-04|30000000|-|USD|exact|-|-|-|actual",
        ],
    );
}

#[test]
fn weekend_days_are_a_peak_rate() {
    check(
        "Quý II/2025, bình quân mỗi ngày có khoảng 5.200 người xuất nhập cảnh qua cửa khẩu Hữu Nghị; \
         những ngày cuối tuần lên tới trên 9.000 người.",
        &[
            "Hữu Nghị|luot_nguoi|total|-|-|Q2 2025|5200|-|người/ngày|approx|-|-|-|actual",
            "Hữu Nghị|luot_nguoi|total|-|-|Q2 2025|9000|-|người/ngày|over|-|-|-|peak",
        ],
    );
}

#[test]
fn a_peak_beside_a_daily_rate_and_a_list_of_daily_rates_and_the_months_so_far() {
    check(
        "Tháng 9/2025, qua cửa khẩu Kim Thành bình quân khoảng 2.100 tấn/ngày, lúc cao điểm gần 3 \
         nghìn tấn. Tháng 9/2025, bình quân mỗi ngày: cửa khẩu Hữu Nghị 1.215 xe; ga Đồng Đăng 22 toa. \
         Tháng 9/2025, qua cửa khẩu Móng Cái bình quân 900 tấn/ngày; cả tháng đạt 27.000 tấn.\n\
         Tại cửa khẩu Lào Cai, 8 tháng qua có 14.210 toa hàng thông quan.",
        &[
            "Kim Thành|khoi_luong|total|-|-|2025-09|2100|-|tấn/ngày|approx|-|-|-|actual",
            "Kim Thành|khoi_luong|total|-|-|2025-09|3000|-|tấn/ngày|nearly|-|-|-|peak",
            "Hữu Nghị|phuong_tien|total|-|-|2025-09|1215|-|xe/ngày|exact|-|-|-|actual",
            "Đồng Đăng|phuong_tien|total|-|-|2025-09|22|-|toa/ngày|exact|-|-|-|actual",
            "Móng Cái|khoi_luong|total|-|-|2025-09|900|-|tấn/ngày|exact|-|-|-|actual",
            "Móng Cái|khoi_luong|total|-|-|2025-09|27000|-|tấn|exact|-|-|-|actual",
            "Lào Cai|phuong_tien|total|-|-|8M 2025|14210|-|lượt|exact|-|-|-|actual",
        ],
    );
}

#[test]
fn the_city_named_by_its_kind_alone_is_the_subject() {
    check(
        "Nửa đầu năm 2025, thành phố Móng Cái đón hơn 600.000 lượt khách du lịch. Cũng trong 6 tháng, \
         qua cửa khẩu Bắc Luân II có 9.000 lượt xe hàng. Năm 2025, thành phố phấn đấu đón 1,5 triệu \
         lượt khách du lịch qua cửa khẩu.",
        &[
            "Móng Cái|du_khach|total|-|-|H1 2025|600000|-|lượt|over|-|-|-|actual",
            "Bắc Luân II|phuong_tien|total|-|-|H1 2025|9000|-|lượt|exact|-|-|-|actual",
            "Móng Cái|du_khach|total|-|-|2025|1500000|-|lượt|exact|-|-|-|target",
        ],
    );
}

#[test]
fn a_percentage_written_as_a_comparison_is_measured_from_its_base() {
    check(
        "Tháng 10/2025, kim ngạch qua cửa khẩu Tà Lùng đạt 80 triệu USD, cao hơn tháng trước 12%.",
        &["Tà Lùng|kim_ngach|total|-|-|2025-10|80000000|-|USD|exact|-|+12% prev|-|actual"],
    );
}

#[test]
fn a_quantity_a_part_takes_up_is_a_fact_and_its_share_is_not() {
    check(
        "Quý III/2025, hàng hóa qua cửa khẩu Chi Ma đạt 210 nghìn tấn, trong đó gỗ nguyên liệu \
         nhập khẩu chiếm 64,5 nghìn tấn, chiếm 30,7%.",
        &[
            "Chi Ma|khoi_luong|total|-|-|Q3 2025|210000|-|tấn|exact|-|-|-|actual",
            "Chi Ma|khoi_luong|import|-|gỗ nguyên liệu|Q3 2025|64500|-|tấn|exact|-|-|-|actual",
        ],
    );
}

#[test]
fn guests_called_tourists_are_tourists_and_firms_joining_for_the_first_time_a_subgroup() {
    check(
        "Tháng 7/2025, lượng du khách qua cửa khẩu Lào Cai đạt 52.300 lượt khách. Cùng tháng, \
         qua cửa khẩu Lào Cai có 9.800 lượt khách xuất nhập cảnh. Tháng 7/2025, có 126 doanh \
         nghiệp làm thủ tục tại cửa khẩu Tà Lùng, trong đó 17 doanh nghiệp lần đầu xuất khẩu.",
        &[
            "Lào Cai|du_khach|total|-|-|2025-07|52300|-|lượt|exact|-|-|-|actual",
            "Lào Cai|luot_nguoi|total|-|-|2025-07|9800|-|lượt|exact|-|-|-|actual",
            "Tà Lùng|doanh_nghiep|total|-|-|2025-07|126|-|doanh nghiệp|exact|-|-|-|actual",
        ],
    );
}

#[test]
fn the_direction_of_goods_named_before_a_semicolon_stays_there() {
    check(
        "Năm 2025, cửa khẩu Sóc Giang đạt 95 triệu USD, hàng nhập chủ yếu là than và nhập khẩu \
         quặng; lượng hàng qua Sóc Giang đạt 310.000 tấn.",
        &[
            "Sóc Giang|kim_ngach|total|-|-|2025|95000000|-|USD|exact|-|-|-|actual",
            "Sóc Giang|khoi_luong|total|-|-|2025|310000|-|tấn|exact|-|-|-|actual",
        ],
    );
}

#[test]
fn two_gates_joined_by_a_dash_are_one_joint_place_and_a_gate_pair_or_a_road_is_not() {
    check(
        "Năm 2025, hàng hóa qua Chi Ma - Cốc Nam đạt 1,2 triệu tấn. Năm 2025, kim ngạch qua cặp \
         cửa khẩu Tân Thanh – Pò Chài đạt 2 tỷ USD. Năm 2025, trên tuyến Cao Bằng – Lạng Sơn có \
         45.000 lượt xe.",
        &[
            "Chi Ma + Cốc Nam|khoi_luong|total|-|-|2025|1200000|-|tấn|exact|-|-|-|actual",
            "Tân Thanh|kim_ngach|total|-|-|2025|2000000000|-|USD|exact|-|-|-|actual",
            "Lạng Sơn|phuong_tien|total|-|-|2025|45000|-|lượt|exact|-|-|-|actual",
        ],
    );
}

#[test]
fn the_date_of_an_event_is_no_period_and_sets_no_year() {
    check(
        "Bản ghi nhớ về mở cửa khẩu song phương được ký vào ngày 12/3/2024. 11 tháng, kim ngạch \
         qua cửa khẩu Mường Khương đạt 41 triệu USD, tăng 9% so với cùng kỳ năm 2024. Bãi kiểm hóa \
         mới khánh thành ngày 2/9/2025; mỗi ngày có khoảng 60 xe hàng qua cửa khẩu Mường Khương.",
        &[
            "Mường Khương|kim_ngach|total|-|-|11M 2025|41000000|-|USD|exact|-|+9% yoy|-|actual",
            "Mường Khương|phuong_tien|total|-|-|11M 2025|60|-|xe/ngày|approx|-|-|-|actual",
        ],
    );
}

#[test]
fn paragraphs_that_name_no_place_go_on_with_the_gate_of_the_headline() {
    let text = "Cửa khẩu Săm Pun: Hàng hóa thông quan tăng mạnh\n\n\
                Tháng 11/2025, kim ngạch qua cửa khẩu Săm Pun đạt 12,4 triệu USD.\n\n\
                Khối lượng hàng thông quan trong tháng đạt 21.300 tấn.\n\n\
                Chi cục Hải quan khu vực XIII cho biết, trong tháng thu ngân sách 8,2 tỷ đồng. Cũng trong \
                tháng, hàng hóa qua các cửa khẩu, lối mở đạt 35.000 tấn.";
    check(
        text,
        &[
            "Săm Pun|kim_ngach|total|-|-|2025-11|12400000|-|USD|exact|-|-|-|actual",
            "Săm Pun|khoi_luong|total|-|-|2025-11|21300|-|tấn|exact|-|-|-|actual",
            "Hà Giang|thu_ngan_sach|total|-|-|2025-11|8200000000|-|VND|exact|-|-|-|actual",
            "Hà Giang|khoi_luong|total|-|-|2025-11|35000|-|tấn|exact|-|-|-|actual",
        ],
    );
    // Without a headline, a paragraph that names no place is the area's,
    // as before.
    let body = text.split_once("\n\n").unwrap().1;
    check(
        body,
        &[
            "Săm Pun|kim_ngach|total|-|-|2025-11|12400000|-|USD|exact|-|-|-|actual",
            "Hà Giang|khoi_luong|total|-|-|2025-11|21300|-|tấn|exact|-|-|-|actual",
            "Hà Giang|thu_ngan_sach|total|-|-|2025-11|8200000000|-|VND|exact|-|-|-|actual",
            "Hà Giang|khoi_luong|total|-|-|2025-11|35000|-|tấn|exact|-|-|-|actual",
        ],
    );
}

#[test]
fn a_single_day_told_after_the_figures_dates_an_event_not_the_next_figures() {
    check(
        "Đến hết tháng 10/2025, kim ngạch qua cửa khẩu Hữu Nghị đạt 3,1 tỷ USD, mức cao nhất kể từ \
         khi nâng cấp xong vào ngày 15/6/2022. Từ ngày 1/3/2023, khi tuyến đường chuyên dụng đi vào \
         hoạt động, mỗi chuyến xe rút ngắn được 30 phút.\n\n\
         Bình quân mỗi ngày có khoảng 1.100 xe hàng qua cửa khẩu Hữu Nghị. Cũng đến ngày 31/10, \
         có 905 doanh nghiệp làm thủ tục tại đây.",
        &[
            "Hữu Nghị|kim_ngach|total|-|-|10M 2025|3100000000|-|USD|exact|-|-|-|actual",
            "Hữu Nghị|phuong_tien|total|-|-|10M 2025|1100|-|xe/ngày|approx|-|-|-|actual",
            "Hữu Nghị|doanh_nghiep|total|-|-|10M 2025|905|-|doanh nghiệp|exact|-|-|-|actual",
        ],
    );
}

#[test]
fn a_year_right_after_a_doubling_is_its_base() {
    check(
        "Năm 2025, kim ngạch qua cửa khẩu Trà Lĩnh đạt 300 triệu USD, tăng gấp đôi năm 2023; qua \
         cửa khẩu Tà Lùng đạt 510 triệu USD.",
        &[
            "Trà Lĩnh|kim_ngach|total|-|-|2025|300000000|-|USD|exact|-|+100% prev|-|actual",
            "Tà Lùng|kim_ngach|total|-|-|2025|510000000|-|USD|exact|-|-|-|actual",
        ],
    );
}

#[test]
fn an_opening_named_before_is_the_one_a_later_paragraph_passes() {
    check(
        "Quý III/2025, kim ngạch qua các cửa khẩu của Quảng Ninh đạt 1,9 tỷ USD. Riêng tại lối mở \
         Km3+4 Hải Yên, kim ngạch đạt 62 triệu USD.\n\n\
         Trong quý, lượng hàng qua lối mở đạt 48.000 tấn.",
        &[
            "Quảng Ninh|kim_ngach|total|-|-|Q3 2025|1900000000|-|USD|exact|-|-|-|actual",
            "Km3+4 Hải Yên|kim_ngach|total|-|-|Q3 2025|62000000|-|USD|exact|-|-|-|actual",
            "Km3+4 Hải Yên|khoi_luong|total|-|-|Q3 2025|48000|-|tấn|exact|-|-|-|actual",
        ],
    );
}

/// (Mồng 6 Tết Ất Tỵ is 3 February 2025, a day after the stretch named.)
#[test]
fn the_day_of_a_holiday_is_no_quantity() {
    check(
        "Dịp Tết Nguyên đán (từ ngày 26/1 đến 2/2/2025), cửa khẩu Móng Cái đón 31.000 lượt người. \
         Ngày cao điểm mồng 6 Tết có gần 6.000 lượt người xuất nhập cảnh.",
        &[
            "Móng Cái|luot_nguoi|total|-|-|2025-01-26..2025-02-02|31000|-|lượt|exact|-|-|-|actual",
            "Móng Cái|luot_nguoi|total|-|-|2025-02-03..2025-02-03|6000|-|người/ngày|nearly|-|-|-|peak",
        ],
    );
}

#[test]
fn a_province_set_as_the_scene_before_its_gate_and_the_province_named_by_its_kind() {
    check(
        "Ở Cao Bằng, cửa khẩu Tà Lùng đạt kim ngạch 96 triệu USD trong tháng 9/2025. Theo Hải \
         quan cửa khẩu Tà Lùng, tháng 9/2025, số thu trên địa bàn tỉnh đạt 41 tỷ đồng. Năm 2026, \
         thành phố Móng Cái phấn đấu đón 3 triệu lượt khách du lịch; thu ngân sách trên toàn tỉnh dự kiến \
         đạt 15.000 tỷ đồng. Tháng 9/2025, kim ngạch qua cửa khẩu Chi Ma (huyện Lộc Bình, tỉnh \
         Lạng Sơn) đạt 70 triệu USD.",
        &[
            "Tà Lùng|kim_ngach|total|-|-|2025-09|96000000|-|USD|exact|-|-|-|actual",
            "Cao Bằng|thu_ngan_sach|total|-|-|2025-09|41000000000|-|VND|exact|-|-|-|actual",
            "Móng Cái|du_khach|total|-|-|2026|3000000|-|lượt|exact|-|-|-|target",
            "Quảng Ninh|thu_ngan_sach|total|-|-|2026|15000000000000|-|VND|exact|-|-|-|forecast",
            "Chi Ma|kim_ngach|total|-|-|2025-09|70000000|-|USD|exact|-|-|-|actual",
        ],
    );
}

#[test]
fn the_first_days_of_a_month_and_a_plan_whose_year_is_not_to_date() {
    check(
        "Trong 15 ngày đầu năm 2026, số thu ngân sách tại cửa khẩu Tà Lùng đạt 52 tỷ đồng, \
         bằng 8,7% dự toán năm 2026 được giao là 600 tỷ đồng. Đến nay, có 95 doanh nghiệp làm thủ \
         tục qua cửa khẩu Tà Lùng. Trong 10 ngày đầu tháng 2/2026, kim ngạch qua cửa khẩu Tà Lùng \
         đạt 41 triệu USD.",
        &[
            "Tà Lùng|thu_ngan_sach|total|-|-|2026-01-01..2026-01-15|52000000000|-|VND|exact|-|-|8.7|actual",
            "Tà Lùng|thu_ngan_sach|total|-|-|2026|600000000000|-|VND|exact|-|-|-|target",
            "Tà Lùng|doanh_nghiep|total|-|-|2026-01-01..2026-01-15|95|-|doanh nghiệp|exact|-|-|-|actual",
            "Tà Lùng|kim_ngach|total|-|-|2026-02-01..2026-02-10|41000000|-|USD|exact|-|-|-|actual",
        ],
    );
}

#[test]
fn more_than_a_level_a_ratio_in_times_and_a_peak_of_all_the_traffic() {
    check(
        "Năm 2025, kim ngạch qua cửa khẩu Móng Cái vượt 5 tỷ USD, bằng 1,2 lần năm 2024. Năm \
         2025, tại cửa khẩu Tân Thanh, mỗi ngày xe xuất khẩu khoảng 300 xe, xe nhập khẩu khoảng \
         200 xe; ngày cao điểm lên tới 900 xe.",
        &[
            "Móng Cái|kim_ngach|total|-|-|2025|5000000000|-|USD|over|-|+20% yoy|-|actual",
            "Tân Thanh|phuong_tien|export|-|-|2025|300|-|xe/ngày|approx|-|-|-|actual",
            "Tân Thanh|phuong_tien|import|-|-|2025|200|-|xe/ngày|approx|-|-|-|actual",
            "Tân Thanh|phuong_tien|total|-|-|2025|900|-|xe/ngày|exact|-|-|-|peak",
        ],
    );
}

#[test]
fn money_per_head_or_per_kilogram_is_no_sum() {
    check(
        "Năm 2025, mức miễn thuế hàng cư dân biên giới tại Lạng Sơn là 8 triệu đồng/người/ngày; \
         thu thuế tại cửa khẩu Chi Ma đạt 310 tỷ đồng.",
        &["Chi Ma|thu_ngan_sach|total|-|-|2025|310000000000|-|VND|exact|-|-|-|actual"],
    );
}

#[test]
fn the_two_gates_named_before_are_the_place_of_both() {
    check(
        "Quý III/2025, kim ngạch qua cửa khẩu Hoành Mô đạt 21 triệu USD, còn cửa khẩu Bắc Phong \
         Sinh đạt 7,5 triệu USD. Cả hai cửa khẩu đã làm thủ tục cho 3.400 lượt phương tiện. Tại \
         hai cửa khẩu trên, số thu ngân sách đạt 18 tỷ đồng. Tỉnh có ba cửa khẩu với 60 doanh \
         nghiệp tham gia.",
        &[
            "Hoành Mô|kim_ngach|total|-|-|Q3 2025|21000000|-|USD|exact|-|-|-|actual",
            "Bắc Phong Sinh|kim_ngach|total|-|-|Q3 2025|7500000|-|USD|exact|-|-|-|actual",
            "Hoành Mô + Bắc Phong Sinh|phuong_tien|total|-|-|Q3 2025|3400|-|lượt|exact|-|-|-|actual",
            "Hoành Mô + Bắc Phong Sinh|thu_ngan_sach|total|-|-|Q3 2025|18000000000|-|VND|exact|-|-|-|actual",
            "Quảng Ninh|doanh_nghiep|total|-|-|Q3 2025|60|-|doanh nghiệp|exact|-|-|-|actual",
        ],
    );
}

#[test]
fn goods_listed_before_a_figure_and_the_main_goods_of_a_flow() {
    check(
        "Tháng 9/2025, các mặt hàng ốc hương, tôm hùm, cá chình sống nhập qua cửa khẩu Bắc Luân II \
         đạt 1.250 tấn. Hàng xuất khẩu qua cửa khẩu Bắc Luân II chủ yếu là thanh long, sầu riêng, \
         mít với trị giá 12 triệu USD. Hàng nhập khẩu chủ yếu là phân bón với 8.000 tấn.",
        &[
            "Bắc Luân II|khoi_luong|import|-|ốc hương, tôm hùm, cá chình sống|2025-09|1250|-|tấn|exact|-|-|-|actual",
            "Bắc Luân II|kim_ngach|export|-|-|2025-09|12000000|-|USD|exact|-|-|-|actual",
            "Bắc Luân II|khoi_luong|import|-|phân bón|2025-09|8000|-|tấn|exact|-|-|-|actual",
        ],
    );
}

#[test]
fn a_gate_of_a_merged_province_belongs_to_the_province_the_article_names() {
    check(
        "Theo Sở Công Thương tỉnh Tuyên Quang, 9 tháng năm 2025, kim ngạch qua cửa khẩu Xín Mần \
         đạt 40 triệu USD. Tổng kim ngạch qua các cửa khẩu trên địa bàn tỉnh đạt 380 triệu USD.\n\n\
         Tỉnh phấn đấu năm 2026, kim ngạch qua các cửa khẩu đạt 520 triệu USD.\n\n\
         Năm 2025, thành phố Lạng Sơn đặt mục tiêu đón 1,5 triệu lượt khách.",
        &[
            "Xín Mần|kim_ngach|total|-|-|9M 2025|40000000|-|USD|exact|-|-|-|actual",
            "Tuyên Quang|kim_ngach|total|-|-|9M 2025|380000000|-|USD|exact|-|-|-|actual",
            "Tuyên Quang|kim_ngach|total|-|-|2026|520000000|-|USD|exact|-|-|-|target",
            "Lạng Sơn|du_khach|total|-|-|2025|1500000|-|lượt|exact|-|-|-|target",
        ],
    );
}

#[test]
fn the_items_of_a_list_a_breakdown_introduces_keep_its_scope() {
    check(
        "Tháng 10/2025, kim ngạch hàng hóa mở tờ khai tại Chi cục Hải quan cửa khẩu Tà Lùng đạt \
         95 triệu USD.\nCụ thể như sau:\n- Xuất khẩu: 40 triệu USD;\n- Nhập khẩu: 55 triệu USD.",
        &[
            "Tà Lùng|kim_ngach|total|to_khai|-|2025-10|95000000|-|USD|exact|-|-|-|actual",
            "Tà Lùng|kim_ngach|export|to_khai|-|2025-10|40000000|-|USD|exact|-|-|-|actual",
            "Tà Lùng|kim_ngach|import|to_khai|-|2025-10|55000000|-|USD|exact|-|-|-|actual",
        ],
    );
}

#[test]
fn the_unit_and_an_agency_named_for_its_gate_report_for_that_gate() {
    check(
        "Theo Hải quan cửa khẩu Tà Lùng, quý III/2026, kim ngạch mở tờ khai tại đơn vị đạt 310 \
         triệu USD.\n\nCũng trong quý, kim ngạch qua cửa khẩu Trà Lĩnh đạt 95 triệu USD. Tháng \
         8, phía Trung Quốc tạm dừng thông quan tại lối thông quan Lý Vạn để sửa chữa.\n\nVề thu \
         ngân sách, quý III đơn vị thu được 120 tỷ đồng. Năm 2027, Hải quan cửa khẩu Tà Lùng phấn \
         đấu kim ngạch đạt 1,5 tỷ USD.",
        &[
            "Tà Lùng|kim_ngach|total|to_khai|-|Q3 2026|310000000|-|USD|exact|-|-|-|actual",
            "Trà Lĩnh|kim_ngach|total|-|-|Q3 2026|95000000|-|USD|exact|-|-|-|actual",
            "Tà Lùng|thu_ngan_sach|total|-|-|Q3 2026|120000000000|-|VND|exact|-|-|-|actual",
            "Tà Lùng|kim_ngach|total|-|-|2027|1500000000|-|USD|exact|-|-|-|target",
        ],
    );
}

#[test]
fn a_ranking_a_ward_and_a_distance_set_no_period_or_place() {
    check(
        "Quý II/2026, kim ngạch qua cửa khẩu Thanh Thủy đạt 160 triệu USD. Tháng 5 là tháng có \
         kim ngạch lớn nhất từ đầu năm với 61 triệu USD. Cửa khẩu cách phường Hà Giang 2 khoảng 20 \
         km. Du khách qua cửa khẩu Thanh Thủy quý II đạt 9.400 lượt.",
        &[
            "Thanh Thủy|kim_ngach|total|-|-|Q2 2026|160000000|-|USD|exact|-|-|-|actual",
            "Thanh Thủy|kim_ngach|total|-|-|2026-05|61000000|-|USD|exact|-|-|-|actual",
            "Thanh Thủy|du_khach|total|-|-|Q2 2026|9400|-|lượt|exact|-|-|-|actual",
        ],
    );
}

#[test]
fn counts_of_room_meetings_and_checks_are_no_trade() {
    check(
        "Năm 2026, bãi xe cửa khẩu Chi Ma được mở rộng, đủ chỗ cho khoảng 200 xe container. Hải \
         quan đã tổ chức 2 hội nghị đối thoại với hơn 90 doanh nghiệp và rà soát 860 tờ khai có \
         rủi ro. Cả năm, Chi Ma tiếp nhận 21.000 tờ khai.",
        &["Chi Ma|to_khai|total|-|-|2026|21000|-|tờ khai|exact|-|-|-|actual"],
    );
}

#[test]
fn worth_rates_and_levels_a_change_leads_to_keep_their_own_subject() {
    check(
        "9 tháng năm 2026, tại cửa khẩu Kim Thành, chuối là mặt hàng chủ lực với 52.000 tấn xuất \
         khẩu, trị giá 31 triệu USD. Người xuất nhập cảnh đạt 9.000 lượt, trong đó nhập cảnh 4.100 \
         lượt; bình quân mỗi ngày có 33 người qua lại. Vải đạt 12 triệu USD, trong khi xoài giảm \
         8%, còn 5 triệu USD.",
        &[
            "Kim Thành|khoi_luong|export|-|chuối|9M 2026|52000|-|tấn|exact|-|-|-|actual",
            "Kim Thành|kim_ngach|export|-|chuối|9M 2026|31000000|-|USD|exact|-|-|-|actual",
            "Kim Thành|luot_nguoi|total|-|-|9M 2026|9000|-|lượt|exact|-|-|-|actual",
            "Kim Thành|luot_nguoi|import|-|-|9M 2026|4100|-|lượt|exact|-|-|-|actual",
            "Kim Thành|luot_nguoi|total|-|-|9M 2026|33|-|người/ngày|exact|-|-|-|actual",
            "Kim Thành|kim_ngach|total|-|vải|9M 2026|12000000|-|USD|exact|-|-|-|actual",
            "Kim Thành|kim_ngach|total|-|xoài|9M 2026|5000000|-|USD|exact|-|-8% yoy|-|actual",
        ],
    );
}

#[test]
fn two_way_trade_ten_months_nearly_a_fall_in_times_and_a_parallel_estimate() {
    check(
        "Việt - Trung 10 tháng gần 200 tỷ USD\n\nTại cửa khẩu Bắc Luân II, 10 tháng năm 2026 \
         lượng hàng đạt 1,2 triệu tấn.\n\nThương mại hai chiều cả năm 2026 dự kiến đạt 240 tỷ USD \
         nếu xuất khẩu nông sản thuận lợi. Tại cửa khẩu Hữu Nghị, kim ngạch 10 tháng đạt 30 triệu \
         USD, giảm 2,5 lần so với cùng kỳ; xuất khẩu ước đạt 10 triệu USD, nhập khẩu 20 triệu USD.",
        &[
            "Việt Nam|kim_ngach|total|-|-|10M 2026|200000000000|-|USD|nearly|-|-|-|actual",
            "Bắc Luân II|khoi_luong|total|-|-|10M 2026|1200000|-|tấn|exact|-|-|-|actual",
            "Việt Nam|kim_ngach|total|-|-|2026|240000000000|-|USD|exact|-|-|-|forecast",
            "Hữu Nghị|kim_ngach|total|-|-|10M 2026|30000000|-|USD|exact|-|-60% yoy|-|actual",
            "Hữu Nghị|kim_ngach|export|-|-|10M 2026|10000000|-|USD|exact|est|-|-|actual",
            "Hữu Nghị|kim_ngach|import|-|-|10M 2026|20000000|-|USD|exact|est|-|-|actual",
        ],
    );
}

#[test]
fn trade_with_china_in_an_article_that_names_no_place_is_the_nations() {
    check(
        "Quý III/2026, xuất khẩu sầu riêng sang Trung Quốc đạt 1,2 tỷ USD. Nhập khẩu máy móc từ \
         Trung Quốc đạt 9,5 tỷ USD.",
        &[
            "Việt Nam|kim_ngach|export|-|sầu riêng|Q3 2026|1200000000|-|USD|exact|-|-|-|actual",
            "Việt Nam|kim_ngach|import|-|máy móc|Q3 2026|9500000000|-|USD|exact|-|-|-|actual",
        ],
    );
}

#[test]
fn a_long_base_after_so_voi_and_a_holiday_a_headline_names() {
    check(
        "Gần 40.000 lượt xuất nhập cảnh qua Lào Cai dịp Quốc khánh\n\nDịp nghỉ lễ Quốc khánh (từ \
         ngày 30/8 đến ngày 2/9/2026), cửa khẩu quốc tế Lào Cai đã làm thủ tục cho 39.800 lượt \
         người xuất nhập cảnh, tăng 25% so với dịp nghỉ lễ Quốc khánh năm ngoái. Trong đó, xuất \
         cảnh 19.500 lượt. Ngày 1/9 là cao điểm với 11.200 lượt.",
        &[
            "Lào Cai|luot_nguoi|total|-|-|2026-08-30..2026-09-02|40000|-|lượt|nearly|-|-|-|actual",
            "Lào Cai|luot_nguoi|total|-|-|2026-08-30..2026-09-02|39800|-|lượt|exact|-|+25% yoy|-|actual",
            "Lào Cai|luot_nguoi|export|-|-|2026-08-30..2026-09-02|19500|-|lượt|exact|-|-|-|actual",
            "Lào Cai|luot_nguoi|total|-|-|2026-09-01..2026-09-01|11200|-|người/ngày|exact|-|-|-|peak",
        ],
    );
}

#[test]
fn bare_province_words_many_gates_wards_and_former_provinces() {
    check(
        "Quý I/2026, kim ngạch qua cửa khẩu Thanh Thủy đạt 150 triệu USD. Trước đây các cửa khẩu \
         thuộc tỉnh Hà Giang (cũ), nay thuộc tỉnh Tuyên Quang.\n\nThu ngân sách trên địa bàn tỉnh quý I đạt 70 tỷ đồng. Hội nghị tổ chức tại \
         phường Hà Giang 1.\n\nTháng 3/2026, tại cửa khẩu Xín Mần nhiều xe phải chờ; kim ngạch qua \
         các cửa khẩu trên địa bàn đạt 60 triệu USD.",
        &[
            "Thanh Thủy|kim_ngach|total|-|-|Q1 2026|150000000|-|USD|exact|-|-|-|actual",
            "Tuyên Quang|thu_ngan_sach|total|-|-|Q1 2026|70000000000|-|VND|exact|-|-|-|actual",
            "Tuyên Quang|kim_ngach|total|-|-|2026-03|60000000|-|USD|exact|-|-|-|actual",
        ],
    );
}

#[test]
fn goals_past_a_semicolon_lead_ins_and_forecast_words() {
    check(
        "Năm 2026, tỉnh Lạng Sơn phấn đấu kim ngạch đạt 10 tỷ USD; thu ngân sách đạt 9.000 tỷ \
         đồng; 10 tháng đã đạt 7.100 tỷ đồng.\nCác chỉ tiêu năm 2027:\n+ Kim ngạch qua các cửa khẩu \
         đạt 12 tỷ USD;\n+ Thu ngân sách đạt 10.000 tỷ đồng.\nLượng xe qua cửa khẩu Hữu Nghị năm \
         2027 có thể lên tới 1.500 xe/ngày; kim ngạch của tỉnh nhiều khả năng đạt 13 tỷ USD.",
        &[
            "Lạng Sơn|kim_ngach|total|-|-|2026|10000000000|-|USD|exact|-|-|-|target",
            "Lạng Sơn|thu_ngan_sach|total|-|-|2026|9000000000000|-|VND|exact|-|-|-|target",
            "Lạng Sơn|thu_ngan_sach|total|-|-|10M 2026|7100000000000|-|VND|exact|-|-|-|actual",
            "Lạng Sơn|kim_ngach|total|-|-|2027|12000000000|-|USD|exact|-|-|-|target",
            "Lạng Sơn|thu_ngan_sach|total|-|-|2027|10000000000000|-|VND|exact|-|-|-|target",
            "Hữu Nghị|phuong_tien|total|-|-|2027|1500|-|xe/ngày|exact|-|-|-|forecast",
            "Lạng Sơn|kim_ngach|total|-|-|2027|13000000000|-|USD|exact|-|-|-|forecast",
        ],
    );
}

#[test]
fn counts_rates_goods_and_parts_in_their_own_words() {
    check(
        "Tháng 8/2026, tại cửa khẩu Tà Lùng, bình quân mỗi ngày có 300 xe; ga Đồng Đăng trong \
         tháng 8 tiếp nhận 1.200 toa hàng. Cửa khẩu Tà Lùng ghi nhận 21.000 lượt xuất nhập cảnh. \
         Bãi kiểm hóa mỗi ngày chỉ tiếp nhận được khoảng 50 xe. Toàn tỉnh Cao Bằng đón 80 nghìn \
         lượt khách du lịch, trong đó 6 nghìn lượt khách quốc tế.\n\nRiêng nhóm hàng nông sản, \
         quý III năm 2026 xuất khẩu qua Tà Lùng đạt 45 triệu USD. Xuất khẩu chuối tươi và đông \
         lạnh mang về 20 triệu USD.",
        &[
            "Tà Lùng|phuong_tien|total|-|-|2026-08|300|-|xe/ngày|exact|-|-|-|actual",
            "Đồng Đăng|phuong_tien|total|-|-|2026-08|1200|-|lượt|exact|-|-|-|actual",
            "Tà Lùng|luot_nguoi|total|-|-|2026-08|21000|-|lượt|exact|-|-|-|actual",
            "Cao Bằng|du_khach|total|-|-|2026-08|80000|-|lượt|exact|-|-|-|actual",
            "Tà Lùng|kim_ngach|export|-|nông sản|Q3 2026|45000000|-|USD|exact|-|-|-|actual",
            "Tà Lùng|kim_ngach|export|-|chuối tươi và đông lạnh|Q3 2026|20000000|-|USD|exact|-|-|-|actual",
        ],
    );
}

#[test]
fn revenue_goes_on_in_a_list_and_a_plan_amount_is_the_years() {
    check(
        "Thu ngân sách nhà nước tại Chi cục Hải quan cửa khẩu Móng Cái:\n- Số thu tháng 5/2026 đạt \
         410 tỷ đồng;\n- Lũy kế 5 tháng đạt 2.050 tỷ đồng, bằng 41% dự toán pháp lệnh (5.000 tỷ \
         đồng), tăng 3% so với cùng kỳ.\nDự án bãi xe có tổng vốn đầu tư 120 tỷ đồng.",
        &[
            "Móng Cái|thu_ngan_sach|total|-|-|2026-05|410000000000|-|VND|exact|-|-|-|actual",
            "Móng Cái|thu_ngan_sach|total|-|-|5M 2026|2050000000000|-|VND|exact|-|+3% yoy|41|actual",
            "Móng Cái|thu_ngan_sach|total|-|-|2026|5000000000000|-|VND|exact|-|-|-|target",
        ],
    );
}

#[test]
fn a_holiday_leave_its_stretch_of_days_and_those_who_cross() {
    check(
        "Kỳ nghỉ lễ Quốc khánh năm nay kéo dài 4 ngày, từ 30/8 đến hết 2/9/2026. Tại cửa khẩu \
         Tà Lùng, trong 4 ngày nghỉ lễ đã có 8.400 lượt người xuất nhập cảnh; ngày đông nhất có \
         2.600 lượt. Cửa khẩu Trà Lĩnh đón 3.100 lượt khách xuất nhập cảnh. Tỉnh Cao Bằng đón 7.000 \
         lượt du khách, riêng khách quốc tế khoảng 900 lượt. Trong các ngày 3 – 6/9, dự kiến mỗi ngày có 2.000 lượt người qua Tà \
         Lùng.",
        &[
            "Tà Lùng|luot_nguoi|total|-|-|2026-08-30..2026-09-02|8400|-|lượt|exact|-|-|-|actual",
            "Tà Lùng|luot_nguoi|total|-|-|2026-08-30..2026-09-02|2600|-|người/ngày|exact|-|-|-|peak",
            "Trà Lĩnh|luot_nguoi|total|-|-|2026-08-30..2026-09-02|3100|-|lượt|exact|-|-|-|actual",
            "Cao Bằng|du_khach|total|-|-|2026-08-30..2026-09-02|7000|-|lượt|exact|-|-|-|actual",
            "Tà Lùng|luot_nguoi|total|-|-|2026-09-03..2026-09-06|2000|-|người/ngày|exact|-|-|-|forecast",
        ],
    );
}

#[test]
fn the_customs_service_its_offices_and_what_they_declared() {
    check(
        "Theo Cục Hải quan, kim ngạch mở tờ khai 9 tháng năm 2026 của các chi cục vùng biên đều \
         tăng. Chi cục Hải quan khu vực VI (Lạng Sơn – Cao Bằng) đạt 4,5 tỷ USD; Chi cục Hải quan \
         khu vực VIII (Quảng Ninh) đạt 12,1 tỷ USD. Số thu ngân sách của toàn ngành 9 tháng đạt \
         350.000 tỷ đồng. Hội nghị có sự tham dự của đại diện 12 sở và hơn 80 doanh nghiệp.",
        &[
            "Lạng Sơn + Cao Bằng|kim_ngach|total|to_khai|-|9M 2026|4500000000|-|USD|exact|-|-|-|actual",
            "Quảng Ninh|kim_ngach|total|to_khai|-|9M 2026|12100000000|-|USD|exact|-|-|-|actual",
            "Việt Nam|thu_ngan_sach|total|-|-|9M 2026|350000000000000|-|VND|exact|-|-|-|actual",
        ],
    );
}

#[test]
fn the_year_reported_on_lengths_of_time_and_look_backs() {
    check(
        "Năm 2025, kim ngạch qua cửa khẩu Kim Thành chỉ đạt 1,1 tỷ USD. Năm 2026 đánh dấu sự \
         phục hồi. 9 tháng năm nay, kim ngạch qua cửa khẩu Kim Thành đạt 1,4 tỷ USD. Riêng cửa \
         khẩu Bản Vược, sau gần 5 tháng tạm dừng, chỉ đạt 20 triệu USD. Ba năm trước, kim ngạch \
         qua Kim Thành đạt 2 tỷ USD. Để so sánh, năm 2024, vào tháng 3 kim ngạch qua Kim Thành \
         đạt 150 triệu USD.",
        &[
            "Kim Thành|kim_ngach|total|-|-|2025|1100000000|-|USD|exact|-|-|-|actual",
            "Kim Thành|kim_ngach|total|-|-|9M 2026|1400000000|-|USD|exact|-|-|-|actual",
            "Bản Vược|kim_ngach|total|-|-|9M 2026|20000000|-|USD|exact|-|-|-|actual",
            "Kim Thành|kim_ngach|total|-|-|2023|2000000000|-|USD|exact|-|-|-|actual",
            "Kim Thành|kim_ngach|total|-|-|2024-03|150000000|-|USD|exact|-|-|-|actual",
        ],
    );
}

#[test]
fn stocks_fares_meetings_and_the_gates_of_the_province() {
    check(
        "Tuần từ ngày 9 đến 15/11/2026, các cửa khẩu của Lạng Sơn thông quan 3.900 lượt xe. Tính \
         đến 18 giờ ngày 15/11, tại các bãi còn tồn 520 xe chờ xuất. Bình quân mỗi ngày có 560 \
         phương tiện qua các cửa khẩu của tỉnh. Cước vận chuyển một container khoảng 1.900 USD. \
         Tại Quảng Ninh, cầu Bắc Luân II ghi nhận 41 nghìn tấn; tại Tuyên Quang, cửa khẩu Thanh \
         Thủy ghi nhận 30 nghìn tấn.",
        &[
            "Lạng Sơn|phuong_tien|total|-|-|2026-11-09..2026-11-15|3900|-|lượt|exact|-|-|-|actual",
            "Lạng Sơn|phuong_tien|total|-|-|2026-11-09..2026-11-15|560|-|xe/ngày|exact|-|-|-|actual",
            "Bắc Luân II|khoi_luong|total|-|-|2026-11-09..2026-11-15|41000|-|tấn|exact|-|-|-|actual",
            "Thanh Thủy|khoi_luong|total|-|-|2026-11-09..2026-11-15|30000|-|tấn|exact|-|-|-|actual",
        ],
    );
}

#[test]
fn notes_after_a_figure_and_estimates_of_parallel_items() {
    check(
        "Quý III/2026, lượng hàng qua ga Đồng Đăng đạt 310 nghìn tấn (số liệu sơ bộ), trong đó \
         hàng xuất khẩu 120 nghìn tấn. Kim ngạch qua ga Đồng Đăng: xuất khẩu ước đạt 90 triệu USD; \
         nhập khẩu 140 triệu USD. Hội nghị tổng kết năm 2026 và triển khai nhiệm vụ năm 2027 \
         được tổ chức tại Lạng Sơn; cả năm, kim ngạch qua ga Đồng Đăng ước đạt 900 triệu USD.",
        &[
            "Đồng Đăng|khoi_luong|total|-|-|Q3 2026|310000|-|tấn|exact|est|-|-|actual",
            "Đồng Đăng|khoi_luong|export|-|-|Q3 2026|120000|-|tấn|exact|-|-|-|actual",
            "Đồng Đăng|kim_ngach|export|-|-|Q3 2026|90000000|-|USD|exact|est|-|-|actual",
            "Đồng Đăng|kim_ngach|import|-|-|Q3 2026|140000000|-|USD|exact|est|-|-|actual",
            "Đồng Đăng|kim_ngach|total|-|-|2026|900000000|-|USD|exact|est|-|-|actual",
        ],
    );
}

#[test]
fn changes_by_measure_stations_under_one_ga_and_the_figure_of_a_base() {
    check(
        "Năm 2026, qua cửa khẩu Chi Ma xuất khẩu 410 nghìn tấn sắn lát, trị giá 98 triệu USD, \
         tăng 5% về lượng nhưng giảm 2% về trị giá. Hai ga Đồng Đăng và Lào Cai dự kiến thông \
         quan 2,8 triệu tấn, cao hơn năm 2025 (2,5 triệu tấn).",
        &[
            "Chi Ma|khoi_luong|export|-|sắn lát|2026|410000|-|tấn|exact|-|+5% yoy|-|actual",
            "Chi Ma|kim_ngach|export|-|sắn lát|2026|98000000|-|USD|exact|-|-2% yoy|-|actual",
            "Đồng Đăng + Ga Lào Cai|khoi_luong|total|-|-|2026|2800000|-|tấn|exact|-|-|-|forecast",
            "Đồng Đăng + Ga Lào Cai|khoi_luong|total|-|-|2025|2500000|-|tấn|exact|-|-|-|actual",
        ],
    );
}

#[test]
fn parts_in_words_a_section_of_goals_and_a_time_to_come() {
    check(
        "Năm 2026, kim ngạch qua cửa khẩu Tà Lùng ước đạt 1,2 tỷ USD, giảm một phần ba so với \
         năm 2025; qua Trà Lĩnh đạt 400 triệu USD, chỉ bằng hai phần ba năm 2025.\n\nCửa khẩu \
         Sóc Giang dự kiến mở lại từ tháng 3/2027.\n\nTháng 12, kim ngạch qua Tà Lùng đạt 110 \
         triệu USD.\n\nb) Chỉ tiêu năm 2027\n\nKim ngạch qua các cửa khẩu của tỉnh Cao Bằng phấn \
         đấu đạt 2 tỷ USD.",
        &[
            "Tà Lùng|kim_ngach|total|-|-|2026|1200000000|-|USD|exact|est|-33.333333333% yoy|-|actual",
            "Trà Lĩnh|kim_ngach|total|-|-|2026|400000000|-|USD|exact|-|-33.333333333% yoy|-|actual",
            "Tà Lùng|kim_ngach|total|-|-|2026-12|110000000|-|USD|exact|-|-|-|actual",
            "Cao Bằng|kim_ngach|total|-|-|2027|2000000000|-|USD|exact|-|-|-|target",
        ],
    );
}

#[test]
fn a_table_written_as_text_with_its_unit_in_a_heading() {
    check(
        "Kim ngạch qua các cửa khẩu 9 tháng năm 2026 như sau:\n\nCửa khẩu | Giá trị (tỷ USD) | So \
         với cùng kỳ\nMóng Cái | 4,2 | +12%\nHoành Mô | 0,35 | -4%\n\nCả năm 2026, tổng kim ngạch \
         qua các cửa khẩu của tỉnh Quảng Ninh dự kiến đạt 6 tỷ USD.",
        &[
            "Móng Cái|kim_ngach|total|-|-|9M 2026|4200000000|-|USD|exact|-|+12% yoy|-|actual",
            "Hoành Mô|kim_ngach|total|-|-|9M 2026|350000000|-|USD|exact|-|-4% yoy|-|actual",
            "Quảng Ninh|kim_ngach|total|-|-|2026|6000000000|-|USD|exact|-|-|-|forecast",
        ],
    );
}

#[test]
fn what_was_grown_is_no_trade() {
    check(
        "Năm 2026, huyện Bình Liêu có 5.000 ha hồi, sản lượng hoa hồi khô đạt 2.600 tấn. Nông \
         dân Lạng Sơn thu hoạch 3.100 tấn na. Lượng hoa hồi khô xuất khẩu qua cửa khẩu Hoành Mô \
         đạt 1.900 tấn.",
        &["Hoành Mô|khoi_luong|export|-|hoa hồi khô|2026|1900|-|tấn|exact|-|-|-|actual"],
    );
}

#[test]
fn a_customs_region_named_again_by_its_numeral_is_its_place() {
    check(
        "Quý III/2026, Chi cục Hải quan khu vực VIII (Quảng Ninh) làm thủ tục cho 41.000 tờ khai; \
         Chi cục Hải quan khu vực VI (Lạng Sơn) làm thủ tục cho 38.000 tờ khai. Về thu ngân sách, \
         Chi cục Hải quan khu vực VI thu 2.100 tỷ đồng, Chi cục Hải quan khu vực VIII thu 4.300 tỷ \
         đồng.",
        &[
            "Quảng Ninh|to_khai|total|-|-|Q3 2026|41000|-|tờ khai|exact|-|-|-|actual",
            "Lạng Sơn|to_khai|total|-|-|Q3 2026|38000|-|tờ khai|exact|-|-|-|actual",
            "Lạng Sơn|thu_ngan_sach|total|-|-|Q3 2026|2100000000000|-|VND|exact|-|-|-|actual",
            "Quảng Ninh|thu_ngan_sach|total|-|-|Q3 2026|4300000000000|-|VND|exact|-|-|-|actual",
        ],
    );
}

#[test]
fn a_rate_set_at_the_head_of_the_sentence() {
    check(
        "Tháng 10/2026, cửa khẩu Lào Cai làm thủ tục cho 120.000 lượt người xuất nhập cảnh. Bình \
         quân mỗi ngày, cán bộ cửa khẩu giải quyết thủ tục cho khoảng 3.900 lượt người.",
        &[
            "Lào Cai|luot_nguoi|total|-|-|2026-10|120000|-|lượt|exact|-|-|-|actual",
            "Lào Cai|luot_nguoi|total|-|-|2026-10|3900|-|người/ngày|approx|-|-|-|actual",
        ],
    );
}

#[test]
fn a_crossing_passed_outweighs_the_area_a_figure_fell_back_to() {
    check(
        "Năm 2026, kim ngạch qua lối mở Sóc Giang đạt 9,4 triệu USD.\n\n\
         Vào phiên chợ biên giới, mỗi ngày có khoảng 1.500 lượt người qua lại mua bán. Cả năm, \
         số người xuất nhập cảnh qua lối mở đạt 61.200 lượt.",
        &[
            "Sóc Giang|kim_ngach|total|-|-|2026|9400000|-|USD|exact|-|-|-|actual",
            "Cao Bằng|luot_nguoi|total|-|-|2026|1500|-|người/ngày|approx|-|-|-|actual",
            "Sóc Giang|luot_nguoi|total|-|-|2026|61200|-|lượt|exact|-|-|-|actual",
        ],
    );
}

#[test]
fn a_daily_average_in_the_next_paragraph_is_the_counts_crossing() {
    // The unit ("đơn vị") is named for the city; its figures were given
    // for one of the city's crossings.
    check(
        "Tháng 10/2026, Đồn Biên phòng Cửa khẩu quốc tế Móng Cái làm thủ tục cho 186.000 lượt \
         người qua cửa khẩu Bắc Luân II.\n\n\
         Bình quân mỗi ngày đơn vị giải quyết thủ tục cho khoảng 6.000 lượt người.\n\n\
         Tháng 10/2026, cửa khẩu Hoành Mô đón 31.000 lượt người.\n\n\
         Mỗi ngày có khoảng 1.000 lượt người qua lại.",
        &[
            "Bắc Luân II|luot_nguoi|total|-|-|2026-10|186000|-|lượt|exact|-|-|-|actual",
            "Bắc Luân II|luot_nguoi|total|-|-|2026-10|6000|-|người/ngày|approx|-|-|-|actual",
            "Hoành Mô|luot_nguoi|total|-|-|2026-10|31000|-|lượt|exact|-|-|-|actual",
            "Hoành Mô|luot_nguoi|total|-|-|2026-10|1000|-|người/ngày|approx|-|-|-|actual",
        ],
    );
}

#[test]
fn goals_over_many_gates_are_the_provinces() {
    check(
        "Năm 2026, kim ngạch qua cửa khẩu Thanh Thủy đạt 540 triệu USD.\n\n\
         Năm 2027, tỉnh Tuyên Quang đề ra các chỉ tiêu chủ yếu:\n\
         + Kim ngạch qua các cửa khẩu đạt 800 triệu USD;\n\
         + Thu hút 50.000 lượt khách du lịch qua cửa khẩu.",
        &[
            "Thanh Thủy|kim_ngach|total|-|-|2026|540000000|-|USD|exact|-|-|-|actual",
            "Tuyên Quang|kim_ngach|total|-|-|2027|800000000|-|USD|exact|-|-|-|target",
            "Tuyên Quang|du_khach|total|-|-|2027|50000|-|lượt|exact|-|-|-|target",
        ],
    );
}

#[test]
fn a_look_back_keeps_the_year_the_article_reports_on() {
    check(
        "9 tháng năm 2026, kim ngạch qua cửa khẩu Trà Lĩnh đạt 900 triệu USD. Để so sánh, năm \
         2023, kim ngạch cả năm chỉ đạt 410 triệu USD. Cũng trong 9 tháng, số thu ngân sách đạt \
         610 tỷ đồng.",
        &[
            "Trà Lĩnh|kim_ngach|total|-|-|9M 2026|900000000|-|USD|exact|-|-|-|actual",
            "Trà Lĩnh|kim_ngach|total|-|-|2023|410000000|-|USD|exact|-|-|-|actual",
            "Trà Lĩnh|thu_ngan_sach|total|-|-|9M 2026|610000000000|-|VND|exact|-|-|-|actual",
        ],
    );
}

#[test]
fn a_year_after_an_event_is_no_next_year() {
    check(
        "Hai năm sau khi được nâng cấp, cửa khẩu Ma Lù Thàng ngày càng nhộn nhịp. Trong tháng \
         9/2026, kim ngạch đạt 21 triệu USD. Lũy kế 9 tháng, kim ngạch đạt 160 triệu USD. Năm \
         nay, cửa khẩu phấn đấu đạt 230 triệu USD.",
        &[
            "Ma Lù Thàng|kim_ngach|total|-|-|2026-09|21000000|-|USD|exact|-|-|-|actual",
            "Ma Lù Thàng|kim_ngach|total|-|-|9M 2026|160000000|-|USD|exact|-|-|-|actual",
            "Ma Lù Thàng|kim_ngach|total|-|-|2026|230000000|-|USD|exact|-|-|-|target",
        ],
    );
}

#[test]
fn the_nations_figure_brings_the_text_back_to_the_nation() {
    check(
        "Tháng 10/2026, kim ngạch thương mại hai chiều Việt Nam - Trung Quốc đạt 23 tỷ USD. \
         Chi cục Hải quan khu vực XVI (Cao Bằng – Tuyên Quang) đạt 1,1 tỷ USD.\n\n\
         Số thu ngân sách của toàn ngành trong tháng đạt 38.000 tỷ đồng.\n\n\
         Trong tháng, hệ thống đã tiếp nhận 1,6 triệu tờ khai.",
        &[
            "Việt Nam|kim_ngach|total|-|-|2026-10|23000000000|-|USD|exact|-|-|-|actual",
            "Cao Bằng + Tuyên Quang|kim_ngach|total|-|-|2026-10|1100000000|-|USD|exact|-|-|-|actual",
            "Việt Nam|thu_ngan_sach|total|-|-|2026-10|38000000000000|-|VND|exact|-|-|-|actual",
            "Việt Nam|to_khai|total|-|-|2026-10|1600000|-|tờ khai|exact|-|-|-|actual",
        ],
    );
}

#[test]
fn a_bare_gate_is_the_crossing_named_last_even_before_a_province() {
    // The gazetteer puts Thanh Thủy in Hà Giang, merged into Tuyên Quang.
    check(
        "Thanh Thủy: cửa ngõ phía Bắc\n\n\
         Sau sáp nhập, cửa khẩu quốc tế Thanh Thủy là cửa khẩu lớn nhất của tỉnh Tuyên Quang.\n\n\
         Báo cáo của Sở Công Thương tỉnh cho thấy hàng hóa qua cửa khẩu năm 2025 đạt 690 triệu USD.\n\n\
         Lượng hàng thông quan năm 2025 đạt 1,1 triệu tấn. Tính chung các cửa khẩu trên địa bàn \
         tỉnh, kim ngạch năm 2025 đạt 760 triệu USD.",
        &[
            "Thanh Thủy|kim_ngach|total|-|-|2025|690000000|-|USD|exact|-|-|-|actual",
            "Thanh Thủy|khoi_luong|total|-|-|2025|1100000|-|tấn|exact|-|-|-|actual",
            "Tuyên Quang|kim_ngach|total|-|-|2025|760000000|-|USD|exact|-|-|-|actual",
        ],
    );
}

#[test]
fn a_bulletins_abbreviations() {
    check(
        "BẢN TIN TUẦN 44 (TỪ 26/10 - 01/11/2026)\n\n\
         1. KNXNK qua CKQT Hữu Nghị trong tuần đạt 88,5 tr.USD (XK 30,1 tr USD); lũy kế từ đầu \
         năm đến nay đạt 3,2 tỷ USD, bằng 77% KH năm.\n\n\
         2. CK Chi Ma và CK Cốc Nam: trong tuần có 2.150 lượt PT XNC; tiếp nhận 640 TKHQ; thu \
         NSNN 31,5 tỷ đ.",
        &[
            "Hữu Nghị|kim_ngach|total|-|-|2026-10-26..2026-11-01|88500000|-|USD|exact|-|-|-|actual",
            "Hữu Nghị|kim_ngach|export|-|-|2026-10-26..2026-11-01|30100000|-|USD|exact|-|-|-|actual",
            "Hữu Nghị|kim_ngach|total|-|-|2026-01-01..2026-11-01|3200000000|-|USD|exact|-|-|77|actual",
            "Chi Ma + Cốc Nam|phuong_tien|total|-|-|2026-10-26..2026-11-01|2150|-|lượt|exact|-|-|-|actual",
            "Chi Ma + Cốc Nam|to_khai|total|-|-|2026-10-26..2026-11-01|640|-|tờ khai|exact|-|-|-|actual",
            "Chi Ma + Cốc Nam|thu_ngan_sach|total|-|-|2026-10-26..2026-11-01|31500000000|-|VND|exact|-|-|-|actual",
        ],
    );
}

#[test]
fn border_residents_are_people_crossing() {
    check(
        "Tháng 9/2026, Đồn Biên phòng cửa khẩu Bắc Phong Sinh làm thủ tục cho 2.840 lượt cư dân \
         biên giới qua lại, trong đó nhập cảnh 1.400 lượt.",
        &[
            "Bắc Phong Sinh|luot_nguoi|total|-|-|2026-09|2840|-|lượt|exact|-|-|-|actual",
            "Bắc Phong Sinh|luot_nguoi|import|-|-|2026-09|1400|-|lượt|exact|-|-|-|actual",
        ],
    );
}

#[test]
fn in_the_month_at_the_head_of_a_sentence() {
    check(
        "Tháng 8/2026, thu ngân sách tại cửa khẩu Lào Cai đạt 310 tỷ đồng; lũy kế 8 tháng đạt \
         2.700 tỷ đồng. Trong tháng, Chi cục tiếp nhận 8.900 tờ khai.",
        &[
            "Lào Cai|thu_ngan_sach|total|-|-|2026-08|310000000000|-|VND|exact|-|-|-|actual",
            "Lào Cai|thu_ngan_sach|total|-|-|8M 2026|2700000000000|-|VND|exact|-|-|-|actual",
            "Lào Cai|to_khai|total|-|-|2026-08|8900|-|tờ khai|exact|-|-|-|actual",
        ],
    );
}

#[test]
fn seized_goods_and_loads_per_trip_are_no_trade() {
    check(
        "Tháng 10/2026, qua cửa khẩu Bắc Phong Sinh xuất khẩu 2.300 tấn hàng. Lực lượng chức \
         năng thu giữ 3,5 tấn đường. Mỗi chuyến xe chở chừng 9 tấn quế.",
        &["Bắc Phong Sinh|khoi_luong|export|-|-|2026-10|2300|-|tấn|exact|-|-|-|actual"],
    );
}

#[test]
fn a_crossings_opening_day_in_an_aside_is_no_period() {
    check(
        "Tuần từ 2 đến 8/11/2026, qua cửa khẩu Lý Vạn (mở từ 27/02/2025) có 1.950 lượt người \
         xuất nhập cảnh.",
        &["Lý Vạn|luot_nguoi|total|-|-|2026-11-02..2026-11-08|1950|-|lượt|exact|-|-|-|actual"],
    );
}

#[test]
fn the_whole_province_at_the_head_of_a_sentence() {
    check(
        "Tỉnh Lào Cai đẩy mạnh xuất khẩu. 10 tháng năm 2026, cửa khẩu Bản Vược đạt 61 triệu \
         USD. Toàn tỉnh, kim ngạch xuất nhập khẩu đạt 4,1 tỷ USD.",
        &[
            "Bản Vược|kim_ngach|total|-|-|10M 2026|61000000|-|USD|exact|-|-|-|actual",
            "Lào Cai|kim_ngach|total|-|-|10M 2026|4100000000|-|USD|exact|-|-|-|actual",
        ],
    );
}

#[test]
fn places_in_turn_and_a_nations_article_coming_back_to_it() {
    check(
        "9 tháng năm 2026, kim ngạch qua các cửa khẩu biên giới Việt Nam – Trung Quốc đạt 61 tỷ \
         USD. Quảng Ninh đạt 5,1 tỷ USD, Cao Bằng 1,7 tỷ USD, còn Hà Giang và Lai Châu lần lượt \
         đạt 410 triệu USD và 290 triệu USD.\n\n\
         Lượng xe hàng qua các cửa khẩu đường bộ bình quân 3.900 xe/ngày, có thời điểm vượt 4.600 \
         xe/ngày.",
        &[
            "Việt Nam|kim_ngach|total|-|-|9M 2026|61000000000|-|USD|exact|-|-|-|actual",
            "Quảng Ninh|kim_ngach|total|-|-|9M 2026|5100000000|-|USD|exact|-|-|-|actual",
            "Cao Bằng|kim_ngach|total|-|-|9M 2026|1700000000|-|USD|exact|-|-|-|actual",
            "Hà Giang|kim_ngach|total|-|-|9M 2026|410000000|-|USD|exact|-|-|-|actual",
            "Lai Châu|kim_ngach|total|-|-|9M 2026|290000000|-|USD|exact|-|-|-|actual",
            "Việt Nam|phuong_tien|total|-|-|9M 2026|3900|-|xe/ngày|exact|-|-|-|actual",
            "Việt Nam|phuong_tien|total|-|-|9M 2026|4600|-|xe/ngày|over|-|-|-|peak",
        ],
    );
}

#[test]
fn amounts_in_yuan_are_read_through_their_dollar_equivalents() {
    check(
        "Quý III/2026, kim ngạch qua cửa khẩu Mường Khương đạt 2,9 tỷ nhân dân tệ, tương \
         đương khoảng 405 triệu USD, tăng 15% so với cùng kỳ. Trong đó, xuất khẩu 1,1 tỷ NDT \
         (khoảng 153 triệu USD), nhập khẩu 1,8 tỷ NDT (khoảng 252 triệu USD). Qua cửa khẩu \
         Bản Vược đạt gần 12 triệu USD (tương đương 86 triệu NDT), giảm 4% so với cùng kỳ. \
         Hàng cư dân biên giới trao đổi ước 30 triệu tệ, tăng 9%.",
        &[
            "Mường Khương|kim_ngach|total|-|-|Q3 2026|405000000|-|USD|approx|-|+15% yoy|-|actual",
            "Mường Khương|kim_ngach|export|-|-|Q3 2026|153000000|-|USD|approx|-|-|-|actual",
            "Mường Khương|kim_ngach|import|-|-|Q3 2026|252000000|-|USD|approx|-|-|-|actual",
            "Bản Vược|kim_ngach|total|-|-|Q3 2026|12000000|-|USD|nearly|-|-4% yoy|-|actual",
        ],
    );
}

#[test]
fn an_amount_in_dong_that_is_no_fact_is_read_through_its_dollars() {
    check(
        "Năm 2025, kim ngạch qua cửa khẩu Hoành Mô đạt 7.600 tỷ đồng, tương đương 300 triệu \
         USD. Thu ngân sách tại cửa khẩu Hoành Mô đạt 520 tỷ đồng (khoảng 20,5 triệu USD).",
        &[
            "Hoành Mô|kim_ngach|total|-|-|2025|300000000|-|USD|exact|-|-|-|actual",
            "Hoành Mô|thu_ngan_sach|total|-|-|2025|520000000000|-|VND|exact|-|-|-|actual",
        ],
    );
}

#[test]
fn numbers_sharing_one_unit_and_years_in_turn() {
    check(
        "Lượng phương tiện qua cửa khẩu Chi Ma trong các năm 2023, 2024 và 2025 lần lượt là \
         41.200, 45.800 và 52.300 lượt xe. Kim ngạch qua cửa khẩu Chi Ma các năm 2024, 2025 \
         lần lượt đạt 716,5 và 802,4 triệu USD; năm 2026 ước đạt 1,1 tỷ USD.",
        &[
            "Chi Ma|phuong_tien|total|-|-|2023|41200|-|lượt|exact|-|-|-|actual",
            "Chi Ma|phuong_tien|total|-|-|2024|45800|-|lượt|exact|-|-|-|actual",
            "Chi Ma|phuong_tien|total|-|-|2025|52300|-|lượt|exact|-|-|-|actual",
            "Chi Ma|kim_ngach|total|-|-|2024|716500000|-|USD|exact|-|-|-|actual",
            "Chi Ma|kim_ngach|total|-|-|2025|802400000|-|USD|exact|-|-|-|actual",
            "Chi Ma|kim_ngach|total|-|-|2026|1100000000|-|USD|exact|est|-|-|actual",
        ],
    );
}

#[test]
fn the_goods_of_a_worth_a_currency_before_its_amount_and_a_running_total() {
    check(
        "Tuần từ 2 đến 8/11/2026, hạt mắc ca xuất khẩu qua cửa khẩu Săm Pun đạt USD 1,4 \
         triệu, tương ứng 310 tấn. Thu ngân sách tại Săm Pun trong tuần đạt 2,1 tỷ đồng; lũy kế \
         đạt 96,4 tỷ đồng.",
        &[
            "Săm Pun|kim_ngach|export|-|hạt mắc ca|2026-11-02..2026-11-08|1400000|-|USD|exact|-|-|-|actual",
            "Săm Pun|khoi_luong|export|-|hạt mắc ca|2026-11-02..2026-11-08|310|-|tấn|exact|-|-|-|actual",
            "Săm Pun|thu_ngan_sach|total|-|-|2026-11-02..2026-11-08|2100000000|-|VND|exact|-|-|-|actual",
            "Săm Pun|thu_ngan_sach|total|-|-|2026-01-01..2026-11-08|96400000000|-|VND|exact|-|-|-|actual",
        ],
    );
}

#[test]
fn loads_per_trip_habits_per_week_and_time_per_declaration_are_no_counts() {
    check(
        "Tháng 10/2026, qua cửa khẩu Mường Khương có 2.150 lượt xe. Mỗi tuần, hợp tác xã Pha \
         Long đưa khoảng 4 chuyến chuối sang, mỗi chuyến chừng 12 tấn. Thời gian thông quan \
         bình quân 1 tờ khai còn 30 phút. Mỗi ngày có khoảng 5 chuyến xe.",
        &[
            "Mường Khương|phuong_tien|total|-|-|2026-10|2150|-|lượt|exact|-|-|-|actual",
            "Mường Khương|phuong_tien|total|-|-|2026-10|5|-|chuyến/ngày|approx|-|-|-|actual",
        ],
    );
}

#[test]
fn common_words_that_fold_to_place_names_are_no_places() {
    check(
        "Tháng 4/2026, kim ngạch qua cửa khẩu Tà Lùng đạt 50 triệu USD. Do diễn biến thời \
         tiết, tháng 5/2026 chỉ đạt 40 triệu USD, giảm 1/5 so với tháng 4. Nhờ tình hữu nghị \
         giữa hai bên, tháng 6/2026 đạt 400 tỷ đồng đang chờ quyết toán… kim ngạch 61 triệu đô.",
        &[
            "Tà Lùng|kim_ngach|total|-|-|2026-04|50000000|-|USD|exact|-|-|-|actual",
            "Tà Lùng|kim_ngach|total|-|-|2026-05|40000000|-|USD|exact|-|-20% prev|-|actual",
            "Tà Lùng|kim_ngach|total|-|-|2026-06|61000000|-|USD|exact|-|-|-|actual",
        ],
    );
}

#[test]
fn capacities_populations_gaps_and_waiting_trucks_are_no_flows() {
    check(
        "9 tháng năm 2026, kim ngạch qua cửa khẩu Hoành Mô đạt 310 triệu USD (+12,5% so với \
         cùng kỳ), phương tiện 8.420 lượt (−3%). Tàu chạy tuyến này có trọng tải 200 - 400 \
         tấn. Bãi mới có công suất thông quan thiết kế 1.500 xe/ngày. Huyện có dân số gần 60 \
         nghìn người. Theo Hải quan, phần chênh lệch gần 40 triệu USD là hàng quá cảnh. Có \
         thời điểm hơn 300 xe phải nằm chờ; nay số xe chờ chỉ còn dưới 30 xe.",
        &[
            "Hoành Mô|kim_ngach|total|-|-|9M 2026|310000000|-|USD|exact|-|+12.5% yoy|-|actual",
            "Hoành Mô|phuong_tien|total|-|-|9M 2026|8420|-|lượt|exact|-|-3% yoy|-|actual",
        ],
    );
}

#[test]
fn a_heading_says_what_its_items_are_and_an_aside_with_no_figure_leads_on() {
    check(
        "KẾT QUẢ 9 THÁNG NĂM 2026 TẠI CỬA KHẨU CHI MA\n\
         - Kim ngạch xuất nhập khẩu: 612 triệu USD\n\n\
         RIÊNG THÁNG 9/2026\n\
         - Kim ngạch: 81 triệu USD\n\n\
         Riêng tháng 8/2026:\n\
         - Kim ngạch: 74 triệu USD\n\n\
         KẾ HOẠCH NĂM 2027 CỦA CỬA KHẨU CHI MA\n\
         - Kim ngạch xuất nhập khẩu: 900 triệu USD\n\n\
         Riêng quý IV/2026 là quý cao điểm. Lượng xe qua cửa khẩu Chi Ma dự kiến bình quân 420 \
         xe/ngày.",
        &[
            "Chi Ma|kim_ngach|total|-|-|9M 2026|612000000|-|USD|exact|-|-|-|actual",
            "Chi Ma|kim_ngach|total|-|-|2026-09|81000000|-|USD|exact|-|-|-|actual",
            "Chi Ma|kim_ngach|total|-|-|2026-08|74000000|-|USD|exact|-|-|-|actual",
            "Chi Ma|kim_ngach|total|-|-|2027|900000000|-|USD|exact|-|-|-|target",
            "Chi Ma|phuong_tien|total|-|-|Q4 2026|420|-|xe/ngày|exact|-|-|-|forecast",
        ],
    );
}

#[test]
fn a_breakdown_is_of_the_whole_not_of_a_base_or_a_month_in_passing() {
    check(
        "Quý II/2026, kim ngạch qua cửa khẩu Tà Lùng đạt 402 triệu USD, gấp 1,5 lần quý II/2025 \
         (268 triệu USD). Trong đó, xuất khẩu đạt 130 triệu USD, nhập khẩu 272 triệu USD. \
         Lũy kế 9 tháng năm 2026, kim ngạch qua Tà Lùng đạt 1,1 tỷ USD. Số liệu này chưa tính \
         hàng quá cảnh của tháng 9.\n\n\
         Trong đó, xuất khẩu đạt 380 triệu USD.",
        &[
            "Tà Lùng|kim_ngach|total|-|-|Q2 2026|402000000|-|USD|exact|-|+50% yoy|-|actual",
            "Tà Lùng|kim_ngach|total|-|-|Q2 2025|268000000|-|USD|exact|-|-|-|actual",
            "Tà Lùng|kim_ngach|export|-|-|Q2 2026|130000000|-|USD|exact|-|-|-|actual",
            "Tà Lùng|kim_ngach|import|-|-|Q2 2026|272000000|-|USD|exact|-|-|-|actual",
            "Tà Lùng|kim_ngach|total|-|-|9M 2026|1100000000|-|USD|exact|-|-|-|actual",
            "Tà Lùng|kim_ngach|export|-|-|9M 2026|380000000|-|USD|exact|-|-|-|actual",
        ],
    );
}

#[test]
fn the_same_span_a_year_before_this_quarter_and_the_ends_of_a_road() {
    check(
        "Quý II/2026, kim ngạch qua cửa khẩu Tà Lùng đạt 402 triệu USD, tăng 20% so với cùng kỳ \
         năm ngoái. Cùng kỳ năm ngoái, kim ngạch qua Tà Lùng là 335 triệu USD. Quý I/2025 chỉ \
         đạt 210 triệu USD. Lượng xe qua Tà Lùng quý này bình quân 310 xe/ngày.\n\n\
         Tuyến cao tốc Cao Bằng – Lạng Sơn đang được thi công. Năm 2027, tỉnh phấn đấu kim \
         ngạch qua cửa khẩu đạt 2 tỷ USD.",
        &[
            "Tà Lùng|kim_ngach|total|-|-|Q2 2026|402000000|-|USD|exact|-|+20% yoy|-|actual",
            "Tà Lùng|kim_ngach|total|-|-|Q2 2025|335000000|-|USD|exact|-|-|-|actual",
            "Tà Lùng|kim_ngach|total|-|-|Q1 2025|210000000|-|USD|exact|-|-|-|actual",
            "Tà Lùng|phuong_tien|total|-|-|Q2 2026|310|-|xe/ngày|exact|-|-|-|actual",
            "Cao Bằng|kim_ngach|total|-|-|2027|2000000000|-|USD|exact|-|-|-|target",
        ],
    );
}

#[test]
fn a_bare_gate_after_its_province_and_all_gates_in_a_nations_article() {
    check(
        "Cửa khẩu quốc tế Ma Lù Thàng là cửa ngõ giao thương chính của tỉnh Lai Châu. Năm 2025, \
         kim ngạch qua cửa khẩu này đạt 312 triệu USD. Tỉnh Lai Châu đặt mục tiêu năm 2026 thu \
         ngân sách qua các cửa khẩu của tỉnh đạt 150 tỷ đồng.",
        &[
            "Ma Lù Thàng|kim_ngach|total|-|-|2025|312000000|-|USD|exact|-|-|-|actual",
            "Lai Châu|thu_ngan_sach|total|-|-|2026|150000000000|-|VND|exact|-|-|-|target",
        ],
    );
    check(
        "9 tháng năm 2026, kim ngạch qua các cửa khẩu biên giới Việt Nam – Trung Quốc đạt 58 tỷ \
         USD. Quảng Ninh đạt 4,9 tỷ USD. Lượng xe hàng qua các cửa khẩu đường bộ bình quân 3.800 \
         xe/ngày.",
        &[
            "Việt Nam|kim_ngach|total|-|-|9M 2026|58000000000|-|USD|exact|-|-|-|actual",
            "Quảng Ninh|kim_ngach|total|-|-|9M 2026|4900000000|-|USD|exact|-|-|-|actual",
            "Việt Nam|phuong_tien|total|-|-|9M 2026|3800|-|xe/ngày|exact|-|-|-|actual",
        ],
    );
}

#[test]
fn a_note_with_a_figure_of_its_own_and_the_same_time_a_year_before() {
    check(
        "Quý III/2026, lượng xe qua cửa khẩu Na Hình bình quân 95 xe/ngày; năm ngoái, cùng thời \
         điểm chỉ khoảng 60 xe/ngày. Tháng 9/2026, kim ngạch qua Na Hình đạt 12,4 triệu USD (số \
         liệu sơ bộ trước đó là 10,1 triệu USD), tăng 8% so với tháng 8.",
        &[
            "Na Hình|phuong_tien|total|-|-|Q3 2026|95|-|xe/ngày|exact|-|-|-|actual",
            "Na Hình|phuong_tien|total|-|-|Q3 2025|60|-|xe/ngày|approx|-|-|-|actual",
            "Na Hình|kim_ngach|total|-|-|2026-09|12400000|-|USD|exact|-|+8% prev|-|actual",
            "Na Hình|kim_ngach|total|-|-|2026-09|10100000|-|USD|exact|est|-|-|actual",
        ],
    );
}

#[test]
fn last_month_counts_from_the_articles_dateline() {
    check(
        "(Báo Điện Biên) - Điện Biên, ngày 5/11/2026 - 10 tháng năm 2026, kim ngạch qua cửa \
         khẩu Tây Trang đạt 96 triệu USD. Trong tháng trước, qua Tây Trang có 3.120 lượt xe, \
         tăng 6% so với tháng trước nữa.",
        &[
            "Tây Trang|kim_ngach|total|-|-|10M 2026|96000000|-|USD|exact|-|-|-|actual",
            "Tây Trang|phuong_tien|total|-|-|2026-10|3120|-|lượt|exact|-|+6% prev|-|actual",
        ],
    );
}

#[test]
fn goals_beside_results_a_horizon_and_money_per_year() {
    check(
        "Ngày 20/11/2026, tỉnh Điện Biên sơ kết Đề án phát triển kinh tế cửa khẩu giai đoạn \
         2026 – 2030. Báo cáo đặt chỉ tiêu năm 2026 cạnh kết quả 10 tháng:\n\
         1. Kim ngạch qua cửa khẩu Tây Trang: chỉ tiêu 120 triệu USD – thực hiện 104,2 triệu USD.\n\
         2. Thu ngân sách: chỉ tiêu 40 tỷ đồng – thực hiện 35,5 tỷ đồng.\n\n\
         Đến năm 2030, tỉnh đặt mục tiêu kim ngạch qua Tây Trang đạt 300 triệu USD/năm. Bình \
         quân mỗi doanh nghiệp đạt 2 triệu USD/năm. Kim ngạch mở tờ khai tại Tây Trang trong \
         cùng khoảng thời gian là 98 triệu USD.",
        &[
            "Tây Trang|kim_ngach|total|-|-|2026|120000000|-|USD|exact|-|-|-|target",
            "Tây Trang|kim_ngach|total|-|-|10M 2026|104200000|-|USD|exact|-|-|-|actual",
            "Điện Biên|thu_ngan_sach|total|-|-|2026|40000000000|-|VND|exact|-|-|-|target",
            "Điện Biên|thu_ngan_sach|total|-|-|10M 2026|35500000000|-|VND|exact|-|-|-|actual",
            "Tây Trang|kim_ngach|total|-|-|2030|300000000|-|USD|exact|-|-|-|target",
            "Tây Trang|kim_ngach|total|to_khai|-|10M 2026|98000000|-|USD|exact|-|-|-|actual",
        ],
    );
}

#[test]
fn the_business_press_writes_q3_9m_yoy_mom_and_a_tilde() {
    check(
        "Kim ngạch XNK qua cửa khẩu Hữu Nghị trong Q2/2026 đạt 9,4 tỷ USD, +7% YoY. Lũy kế \
         H1/2026 đạt 17,9 tỷ USD. Riêng tháng 6, ga Đồng Đăng đón 1.210 toa, -4% MoM; bình quân \
         ~40 toa/ngày.",
        &[
            "Hữu Nghị|kim_ngach|total|-|-|Q2 2026|9400000000|-|USD|exact|-|+7% yoy|-|actual",
            "Hữu Nghị|kim_ngach|total|-|-|H1 2026|17900000000|-|USD|exact|-|-|-|actual",
            "Đồng Đăng|phuong_tien|total|-|-|2026-06|1210|-|lượt|exact|-|-4% prev|-|actual",
            "Đồng Đăng|phuong_tien|total|-|-|2026-06|40|-|toa/ngày|approx|-|-|-|actual",
        ],
    );
}

#[test]
fn days_after_their_weekday_and_two_gates_named_before() {
    check(
        "Dịp nghỉ lễ 30/4 – 1/5/2026, qua cửa khẩu Hữu Nghị có 21.300 lượt người. Theo từng \
         ngày:\n\
         - Thứ Năm (30/4): 10.200 lượt\n\
         - Thứ Sáu, 1/5: 11.100 lượt\n\
         Bến Ka Long đón 1.040 lượt người.\n\n\
         Tính đến hết ngày 10/11/2026, kim ngạch qua Chi Ma đạt 610 triệu USD, qua Cốc Nam đạt \
         95 triệu USD. Số doanh nghiệp làm thủ tục qua hai cửa khẩu phụ là 212.",
        &[
            "Hữu Nghị|luot_nguoi|total|-|-|2026-04-30..2026-05-01|21300|-|lượt|exact|-|-|-|actual",
            "Hữu Nghị|luot_nguoi|total|-|-|2026-04-30..2026-04-30|10200|-|lượt|exact|-|-|-|actual",
            "Hữu Nghị|luot_nguoi|total|-|-|2026-05-01..2026-05-01|11100|-|lượt|exact|-|-|-|actual",
            "Ka Long|luot_nguoi|total|-|-|2026-04-30..2026-05-01|1040|-|lượt|exact|-|-|-|actual",
            "Chi Ma|kim_ngach|total|-|-|2026-01-01..2026-11-10|610000000|-|USD|exact|-|-|-|actual",
            "Cốc Nam|kim_ngach|total|-|-|2026-01-01..2026-11-10|95000000|-|USD|exact|-|-|-|actual",
            "Chi Ma + Cốc Nam|doanh_nghiep|total|-|-|2026-01-01..2026-11-10|212|-|doanh nghiệp|exact|-|-|-|actual",
        ],
    );
}

#[test]
fn a_trucks_load_is_no_tonnage_and_a_product_ends_before_its_verb() {
    check(
        "Tháng 6/2026, khoảng 18.200 tấn nhãn tươi đã được xuất khẩu qua cửa khẩu Tân Thanh; \
         xe trên 25 tấn chưa thể vào bãi. Mỗi xe chỉ nên xếp không quá 12 tấn. Một xe nhãn mười \
         tấn bán được 400 triệu đồng.",
        &["Tân Thanh|khoi_luong|export|-|nhãn tươi|2026-06|18200|-|tấn|approx|-|-|-|actual"],
    );
}

#[test]
fn a_table_with_its_unit_in_the_caption_and_its_periods_over_the_columns() {
    check(
        "Bảng 2. Kim ngạch qua các cửa khẩu (ĐVT: triệu USD)\n\n\
         Cửa khẩu      Quý III/2026    9 tháng 2026    So cùng kỳ (%)\n\
         Hữu Nghị      6.120,5         17.304,2        +12,4\n\
         Chi Ma        212,8           598,1           -3,5\n",
        &[
            "Hữu Nghị|kim_ngach|total|-|-|Q3 2026|6120500000|-|USD|exact|-|-|-|actual",
            "Hữu Nghị|kim_ngach|total|-|-|9M 2026|17304200000|-|USD|exact|-|+12.4% yoy|-|actual",
            "Chi Ma|kim_ngach|total|-|-|Q3 2026|212800000|-|USD|exact|-|-|-|actual",
            "Chi Ma|kim_ngach|total|-|-|9M 2026|598100000|-|USD|exact|-|-3.5% yoy|-|actual",
        ],
    );
}

#[test]
fn a_table_with_places_over_its_columns_and_units_in_its_row_labels() {
    check(
        "Bảng 3. Phương tiện và thu ngân sách 9 tháng năm 2026\n\n\
         Chỉ tiêu\tHữu Nghị\tChi Ma\tToàn tỉnh\n\
         Phương tiện xuất nhập cảnh (lượt)\t182.400\t41.300\t260.950\n\
         Thu ngân sách (tỷ đồng)\t4.210,6\t380,2\t7.904,1\n",
        &[
            "Hữu Nghị|phuong_tien|total|-|-|9M 2026|182400|-|lượt|exact|-|-|-|actual",
            "Chi Ma|phuong_tien|total|-|-|9M 2026|41300|-|lượt|exact|-|-|-|actual",
            "Lạng Sơn|phuong_tien|total|-|-|9M 2026|260950|-|lượt|exact|-|-|-|actual",
            "Hữu Nghị|thu_ngan_sach|total|-|-|9M 2026|4210600000000|-|VND|exact|-|-|-|actual",
            "Chi Ma|thu_ngan_sach|total|-|-|9M 2026|380200000000|-|VND|exact|-|-|-|actual",
            "Lạng Sơn|thu_ngan_sach|total|-|-|9M 2026|7904100000000|-|VND|exact|-|-|-|actual",
        ],
    );
}

#[test]
fn a_share_of_another_places_figure_and_a_bracketed_years_figure() {
    check(
        "10 tháng năm 2026, thu ngân sách tại cửa khẩu Săm Pun đạt 12,4 tỷ đồng, bằng 20% số thu \
         của cửa khẩu Thanh Thủy. Số doanh nghiệp làm thủ tục qua Săm Pun là 57 (năm 2025: 41).",
        &[
            "Săm Pun|thu_ngan_sach|total|-|-|10M 2026|12400000000|-|VND|exact|-|-|-|actual",
            "Săm Pun|doanh_nghiep|total|-|-|10M 2026|57|-|doanh nghiệp|exact|-|-|-|actual",
            "Săm Pun|doanh_nghiep|total|-|-|2025|41|-|doanh nghiệp|exact|-|-|-|actual",
        ],
    );
}

#[test]
fn the_days_of_a_holiday_named_again_and_counts_set_as_goals_or_carried_out() {
    check(
        "Dịp nghỉ lễ từ ngày 30/4 đến 3/5/2026, qua cửa khẩu Tân Thanh có 8.100 lượt người. Xe \
         hàng tháng 4 bình quân 610 xe/ngày. Trong 4 ngày lễ, Chi cục thu ngân sách 12,2 tỷ \
         đồng.\n\n\
         Năm 2026, tại Tân Thanh:\n\
         - Số doanh nghiệp làm thủ tục: chỉ tiêu tối thiểu 300 – thực hiện 342.",
        &[
            "Tân Thanh|luot_nguoi|total|-|-|2026-04-30..2026-05-03|8100|-|lượt|exact|-|-|-|actual",
            "Tân Thanh|phuong_tien|total|-|-|2026-04|610|-|xe/ngày|exact|-|-|-|actual",
            "Tân Thanh|thu_ngan_sach|total|-|-|2026-04-30..2026-05-03|12200000000|-|VND|exact|-|-|-|actual",
            "Tân Thanh|doanh_nghiep|total|-|-|2026|300|-|doanh nghiệp|over|-|-|-|target",
            "Tân Thanh|doanh_nghiep|total|-|-|2026|342|-|doanh nghiệp|exact|-|-|-|actual",
        ],
    );
}

#[test]
fn since_a_day_a_month_or_the_season_began_up_to_now() {
    check(
        "Vụ nhãn năm 2026 bắt đầu từ ngày 20/7. Từ ngày 20/7 đến hết ngày 12/8/2026, khoảng \
         9.600 tấn nhãn được xuất khẩu qua Kim Thành. Từ đầu vụ đến nay, đã có 610 lượt xe chở \
         nhãn xuất khẩu, giá trị khoảng 7,4 triệu USD.\n\nTại Lào Cai, từ ngày 1/8 đến nay có \
         230 lượt xe; từ tháng 8 đến nay, kim ngạch đạt 3,1 triệu USD.",
        &[
            "Kim Thành|khoi_luong|export|-|nhãn|2026-07-20..2026-08-12|9600|-|tấn|approx|-|-|-|actual",
            "Kim Thành|phuong_tien|export|-|nhãn|2026-07-20..2026-08-12|610|-|lượt|exact|-|-|-|actual",
            "Kim Thành|kim_ngach|export|-|nhãn|2026-07-20..2026-08-12|7400000|-|USD|approx|-|-|-|actual",
            "Lào Cai|phuong_tien|total|-|-|2026-08-01..2026-08-12|230|-|lượt|exact|-|-|-|actual",
            "Lào Cai|kim_ngach|total|-|-|2026-08-01..2026-08-12|3100000|-|USD|exact|-|-|-|actual",
        ],
    );
}

#[test]
fn an_average_after_one_count_is_of_the_same_vehicles() {
    check(
        "Tuần qua, cửa khẩu Cốc Nam thông quan 840 lượt xe hoa quả nhập khẩu, bình quân 120 \
         xe/ngày. Cửa khẩu Chi Ma có 300 lượt xe xuất khẩu; 260 lượt xe nhập khẩu; bình quân \
         mỗi ngày có 80 xe.",
        &[
            "Cốc Nam|phuong_tien|import|-|hoa quả|-|840|-|lượt|exact|-|-|-|actual",
            "Cốc Nam|phuong_tien|import|-|hoa quả|-|120|-|xe/ngày|exact|-|-|-|actual",
            "Chi Ma|phuong_tien|export|-|-|-|300|-|lượt|exact|-|-|-|actual",
            "Chi Ma|phuong_tien|import|-|-|-|260|-|lượt|exact|-|-|-|actual",
            "Chi Ma|phuong_tien|total|-|-|-|80|-|xe/ngày|exact|-|-|-|actual",
        ],
    );
}

#[test]
fn a_day_named_before_and_what_it_saw() {
    check(
        "Năm 2026, kim ngạch qua cửa khẩu Nà Nưa đạt 41 triệu USD.\n\n\
         Ngày 15/3: Cửa khẩu Pò Peo mở lại luồng hàng sau đợt mưa lũ. Ngay trong ngày đầu, 31 xe \
         hàng chở hoa hồi, quế và hạt dẻ làm thủ tục nhập khẩu. Cùng ngày, Nà Nưa có 18 xe.\n\n\
         Ngày 2/9/2026: Tà Lùng đạt kỷ lục 140 xe hàng xuất khẩu trong một ngày. Năm 2026, có lúc \
         Trà Lĩnh thông quan 90 xe trong một ngày.",
        &[
            "Nà Nưa|kim_ngach|total|-|-|2026|41000000|-|USD|exact|-|-|-|actual",
            "Pò Peo|phuong_tien|import|-|hoa hồi, quế và hạt dẻ|2026-03-15..2026-03-15|31|-|lượt|exact|-|-|-|actual",
            "Nà Nưa|phuong_tien|total|-|-|2026-03-15..2026-03-15|18|-|lượt|exact|-|-|-|actual",
            "Tà Lùng|phuong_tien|export|-|-|2026-09-02..2026-09-02|140|-|lượt|exact|-|-|-|actual",
            "Trà Lĩnh|phuong_tien|total|-|-|2026|90|-|xe/ngày|exact|-|-|-|peak",
        ],
    );
}

#[test]
fn names_with_other_diacritics_posts_loads_and_the_states_whole_revenue() {
    check(
        "Diễn biến chung năm 2026: kim ngạch qua các cửa khẩu tỉnh Cao Bằng đạt 1,9 tỷ USD. Bà Lý \
         Văn Hoa, Trưởng phòng, cho biết thu ngân sách qua các cửa khẩu của tỉnh đạt 820 tỷ đồng. \
         Tổng thu ngân sách nhà nước trên địa bàn (gồm thu nội địa và thu từ hoạt động xuất nhập \
         khẩu) đạt 4.100 tỷ đồng. Clip về cửa khẩu Trà Lĩnh có 8.000 lượt chia sẻ và 1,2 triệu \
         lượt xem. Một tài xế chở 30 tấn hạt dẻ qua Trà Lĩnh cho biết chờ hai ngày. Doanh nghiệp \
         kỳ vọng năm 2027 kim ngạch qua Trà Lĩnh đạt 900 triệu USD.",
        &[
            "Cao Bằng|kim_ngach|total|-|-|2026|1900000000|-|USD|exact|-|-|-|actual",
            "Cao Bằng|thu_ngan_sach|total|-|-|2026|820000000000|-|VND|exact|-|-|-|actual",
            "Trà Lĩnh|kim_ngach|total|-|-|2027|900000000|-|USD|exact|-|-|-|forecast",
        ],
    );
}

#[test]
fn a_mans_name_and_a_course_of_events_are_no_places() {
    check(
        "Năm 2026, kim ngạch qua cửa khẩu Săm Pun đạt 40 triệu USD.\n\n\
         Ông Lý Văn Pháng cho biết thu ngân sách qua cửa khẩu năm 2026 đạt 30 tỷ đồng.\n\n\
         Năm 2026, kim ngạch qua các cửa khẩu tỉnh Lào Cai đạt 4 tỷ USD. Diễn biến theo quý \
         cho thấy đà tăng đều.\n\n\
         Quý III/2026, kim ngạch đạt 1,2 tỷ USD.",
        &[
            "Săm Pun|kim_ngach|total|-|-|2026|40000000|-|USD|exact|-|-|-|actual",
            "Săm Pun|thu_ngan_sach|total|-|-|2026|30000000000|-|VND|exact|-|-|-|actual",
            "Lào Cai|kim_ngach|total|-|-|2026|4000000000|-|USD|exact|-|-|-|actual",
            "Lào Cai|kim_ngach|total|-|-|Q3 2026|1200000000|-|USD|exact|-|-|-|actual",
        ],
    );
}

#[test]
fn from_now_to_a_months_end_and_trucks_that_wait() {
    check(
        "Sáng 14/10, tại cửa khẩu Tà Lùng còn 640 xe chở hoa quả chờ nhập khẩu. Trong ngày 13/10, \
         Tà Lùng thông quan 410 xe hàng. Khoảng 50 xe container đã xếp hàng chờ từ đêm qua; 1.200 \
         xe mắc kẹt ở bãi.\n\n\
         Sở Công Thương dự báo từ nay đến hết tháng 11/2026, mỗi ngày có khoảng 450 xe qua Tà \
         Lùng. Từ ngày 1/10 đến hết tháng 12/2026, tỉnh phấn đấu thu ngân sách tại Tà Lùng 300 tỷ \
         đồng.",
        &[
            "Tà Lùng|phuong_tien|total|-|-|2026-10-13..2026-10-13|410|-|lượt|exact|-|-|-|actual",
            "Tà Lùng|phuong_tien|total|-|-|2026-10-14..2026-11-30|450|-|xe/ngày|approx|-|-|-|forecast",
            "Tà Lùng|thu_ngan_sach|total|-|-|Q4 2026|300000000000|-|VND|exact|-|-|-|target",
        ],
    );
}

#[test]
fn a_live_blogs_first_day_amounts_in_two_scales_and_what_is_still_to_reach() {
    check(
        "Sáng 9/12/2026, tỉnh Lai Châu khai trương khu kiểm soát mới tại cửa khẩu Ma Lù Thàng.\n\n\
         8h15: Lãnh đạo tỉnh cho biết 11 tháng năm 2026, kim ngạch qua các cửa khẩu của tỉnh đạt \
         2 tỷ 340 triệu USD. Cửa khẩu Ma Lù Thàng từng tạm dừng thông quan gần 3 tháng.\n\n\
         10h05: Chiếc xe đầu tiên chở 26 tấn chuối xuất khẩu qua Ma Lù Thàng.\n\n\
         16h30: Tổng kết ngày đầu, Ma Lù Thàng thông quan 35 lượt xe hàng. Tháng 12, tỉnh cần đạt \
         thêm khoảng 160 triệu USD.",
        &[
            "Lai Châu|kim_ngach|total|-|-|11M 2026|2340000000|-|USD|exact|-|-|-|actual",
            "Ma Lù Thàng|phuong_tien|total|-|-|2026-12-09..2026-12-09|35|-|lượt|exact|-|-|-|actual",
            "Lai Châu|kim_ngach|total|-|-|2026-12|160000000|-|USD|approx|-|-|-|target",
        ],
    );
}

#[test]
fn a_province_in_brackets_a_figure_compared_with_and_two_points() {
    check(
        "Năm 2026, lối mở A Pa Chải (Điện Biên) đạt 9,2 triệu USD. Trong ngày 3/12/2026, Hoành Mô \
         thông quan 96 xe xuất khẩu và 40 xe nhập khẩu, thấp hơn so với mức bình quân 180 \
         xe/ngày của tháng 11. Năm 2026, kim ngạch qua Hoành Mô và Bắc Phong Sinh tăng. Thu ngân \
         sách qua hai điểm năm 2026 đạt 150 tỷ đồng.",
        &[
            "A Pa Chải|kim_ngach|total|-|-|2026|9200000|-|USD|exact|-|-|-|actual",
            "Hoành Mô|phuong_tien|export|-|-|2026-12-03..2026-12-03|96|-|lượt|exact|-|-|-|actual",
            "Hoành Mô|phuong_tien|import|-|-|2026-12-03..2026-12-03|40|-|lượt|exact|-|-|-|actual",
            "Hoành Mô|phuong_tien|total|-|-|2026-11|180|-|xe/ngày|exact|-|-|-|actual",
            "Hoành Mô + Bắc Phong Sinh|thu_ngan_sach|total|-|-|2026|150000000000|-|VND|exact|-|-|-|actual",
        ],
    );
}

#[test]
fn a_series_whose_unit_is_declared_once() {
    check(
        "Năm 2026, kim ngạch qua cửa khẩu Tà Lùng theo quý (triệu USD): quý I đạt 210,4; quý II \
         đạt 236; quý III ước đạt 251,8. Số doanh nghiệp (ĐVT: doanh nghiệp): quý III có 312.",
        &[
            "Tà Lùng|kim_ngach|total|-|-|Q1 2026|210400000|-|USD|exact|-|-|-|actual",
            "Tà Lùng|kim_ngach|total|-|-|Q2 2026|236000000|-|USD|exact|-|-|-|actual",
            "Tà Lùng|kim_ngach|total|-|-|Q3 2026|251800000|-|USD|exact|est|-|-|actual",
            "Tà Lùng|doanh_nghiep|total|-|-|Q3 2026|312|-|doanh nghiệp|exact|-|-|-|actual",
        ],
    );
}

#[test]
fn values_given_to_places_in_turn() {
    check(
        "Năm 2025, kim ngạch qua Chi Ma và Cốc Nam lần lượt đạt 410 triệu USD và 96 triệu USD. \
         Năm 2026, hai con số này lần lượt là 455 triệu USD và 120 triệu USD. Năm 2026 có 30.100 \
         và 9.400 lượt xe qua Chi Ma và Cốc Nam; con số tương ứng của năm 2025 là 27.000 và 8.100 \
         lượt. Riêng tháng 10/2026, Chi Ma và Cốc Nam lần lượt đạt 41 và 12 triệu USD.",
        &[
            "Chi Ma|kim_ngach|total|-|-|2025|410000000|-|USD|exact|-|-|-|actual",
            "Cốc Nam|kim_ngach|total|-|-|2025|96000000|-|USD|exact|-|-|-|actual",
            "Chi Ma|kim_ngach|total|-|-|2026|455000000|-|USD|exact|-|-|-|actual",
            "Cốc Nam|kim_ngach|total|-|-|2026|120000000|-|USD|exact|-|-|-|actual",
            "Chi Ma|phuong_tien|total|-|-|2026|30100|-|lượt|exact|-|-|-|actual",
            "Cốc Nam|phuong_tien|total|-|-|2026|9400|-|lượt|exact|-|-|-|actual",
            "Chi Ma|phuong_tien|total|-|-|2025|27000|-|lượt|exact|-|-|-|actual",
            "Cốc Nam|phuong_tien|total|-|-|2025|8100|-|lượt|exact|-|-|-|actual",
            "Chi Ma|kim_ngach|total|-|-|2026-10|41000000|-|USD|exact|-|-|-|actual",
            "Cốc Nam|kim_ngach|total|-|-|2026-10|12000000|-|USD|exact|-|-|-|actual",
        ],
    );
}

#[test]
fn days_of_the_lunar_new_year() {
    check(
        "Từ mùng 2 đến mùng 8 Tết năm 2027, qua cửa khẩu Móng Cái có 41.000 lượt người. Mùng 5 \
         Tết là ngày cao điểm với 8.200 lượt người. Trong số đó có 9.800 lượt khách du lịch. Từ \
         mùng 9 Tết (ngày 14/2/2027) đến hết rằm tháng Giêng, kim ngạch qua Móng Cái đạt 310 \
         triệu USD. Trong tháng Chạp, lượng xe tăng.",
        &[
            "Móng Cái|luot_nguoi|total|-|-|2027-02-07..2027-02-13|41000|-|lượt|exact|-|-|-|actual",
            "Móng Cái|luot_nguoi|total|-|-|2027-02-10..2027-02-10|8200|-|người/ngày|exact|-|-|-|peak",
            "Móng Cái|du_khach|total|-|-|2027-02-07..2027-02-13|9800|-|lượt|exact|-|-|-|actual",
            "Móng Cái|kim_ngach|total|-|-|2027-02-14..2027-02-20|310000000|-|USD|exact|-|-|-|actual",
        ],
    );
}

#[test]
fn the_same_days_of_the_month_before() {
    check(
        "Từ ngày 1/11 đến ngày 20/11/2026, qua cửa khẩu Chi Ma có 6.200 lượt xe, giảm 8,5% so \
         với cùng kỳ tháng trước.",
        &["Chi Ma|phuong_tien|total|-|-|2026-11-01..2026-11-20|6200|-|lượt|exact|-|-8.5% prev|-|actual"],
    );
}

#[test]
fn changes_listed_after_levels_go_to_them_in_turn() {
    check(
        "Năm 2026, kim ngạch qua Ma Lù Thàng và Tây Trang lần lượt đạt 84,5 triệu USD và 132 triệu \
         USD, tăng 9,1% và giảm 4,4% so với cùng kỳ. Quý III/2026, qua Chi Ma đạt 210 triệu USD \
         và qua Cốc Nam đạt 45 triệu USD, tăng 7% và 21% so với quý II.",
        &[
            "Ma Lù Thàng|kim_ngach|total|-|-|2026|84500000|-|USD|exact|-|+9.1% yoy|-|actual",
            "Tây Trang|kim_ngach|total|-|-|2026|132000000|-|USD|exact|-|-4.4% yoy|-|actual",
            "Chi Ma|kim_ngach|total|-|-|Q3 2026|210000000|-|USD|exact|-|+7% prev|-|actual",
            "Cốc Nam|kim_ngach|total|-|-|Q3 2026|45000000|-|USD|exact|-|+21% prev|-|actual",
        ],
    );
}

#[test]
fn a_change_from_an_estimate_or_the_usual_is_no_change() {
    check(
        "Số liệu chính thức tháng 8/2026 của Tây Trang là 27,4 triệu USD, thấp hơn 1,2 triệu USD \
         so với số ước. Ngày 3/9/2026, Tây Trang thông quan 240 lượt xe, gấp đôi ngày thường. \
         Ngày 4/9/2026, qua Tây Trang có 180 lượt xe, giảm 25% so với ngày 3/9. Tháng 9/2026, \
         kim ngạch qua Tây Trang đạt 31 triệu USD, tăng 12% so với ước tính trước đó.",
        &[
            "Tây Trang|kim_ngach|total|-|-|2026-08|27400000|-|USD|exact|-|-|-|actual",
            "Tây Trang|phuong_tien|total|-|-|2026-09-03..2026-09-03|240|-|lượt|exact|-|-|-|actual",
            "Tây Trang|phuong_tien|total|-|-|2026-09-04..2026-09-04|180|-|lượt|exact|-|-25% prev|-|actual",
            "Tây Trang|kim_ngach|total|-|-|2026-09|31000000|-|USD|exact|-|-|-|actual",
        ],
    );
}

#[test]
fn a_week_before_and_a_peak_day_in_the_lunar_calendar() {
    check(
        "Từ ngày 1 đến 7/2/2027, qua cửa khẩu Lý Vạn bình quân 88 xe/ngày; ngày cao điểm 29 \
         tháng Chạp lên tới 131 xe. Từ ngày 14 đến 20/2/2027, Lý Vạn bình quân 150 xe/ngày, tăng \
         70% so với tuần cuối tháng Chạp. Phía bạn không hạn chế số xe; ngày cao điểm 18/2, cửa \
         khẩu đã thông quan 205 xe.",
        &[
            "Lý Vạn|phuong_tien|total|-|-|2027-02-01..2027-02-07|88|-|xe/ngày|exact|-|-|-|actual",
            "Lý Vạn|phuong_tien|total|-|-|2027-02-01..2027-02-07|131|-|xe/ngày|exact|-|-|-|peak",
            "Lý Vạn|phuong_tien|total|-|-|2027-02-14..2027-02-20|150|-|xe/ngày|exact|-|+70% prev|-|actual",
            "Lý Vạn|phuong_tien|total|-|-|2027-02-14..2027-02-20|205|-|xe/ngày|exact|-|-|-|peak",
        ],
    );
}

#[test]
fn a_forecast_goes_on_past_a_semicolon_to_a_later_period() {
    check(
        "Tháng 11/2026, kim ngạch qua Lào Cai đạt 420 triệu USD. Dự báo tháng 12/2026, kim ngạch \
         qua Lào Cai đạt khoảng 450 triệu USD; cả năm 2026 ước đạt khoảng 5,1 tỷ USD. Dự kiến quý \
         IV/2026 đạt 1,3 tỷ USD; 10 tháng năm 2026 đạt 3,8 tỷ USD.",
        &[
            "Lào Cai|kim_ngach|total|-|-|2026-11|420000000|-|USD|exact|-|-|-|actual",
            "Lào Cai|kim_ngach|total|-|-|2026-12|450000000|-|USD|approx|-|-|-|forecast",
            "Lào Cai|kim_ngach|total|-|-|2026|5100000000|-|USD|approx|est|-|-|forecast",
            "Lào Cai|kim_ngach|total|-|-|Q4 2026|1300000000|-|USD|exact|-|-|-|forecast",
            "Lào Cai|kim_ngach|total|-|-|10M 2026|3800000000|-|USD|exact|-|-|-|actual",
        ],
    );
}

#[test]
fn a_range_with_an_aside_between_its_ends() {
    check(
        "Từ mùng 6 Tết năm 2026, khi các doanh nghiệp trở lại làm việc, đến hết rằm \
         tháng Giêng, kim ngạch qua cửa khẩu Pò Peo đạt 12,6 triệu USD. Từ ngày 1/11/2026, thời \
         điểm bãi mới đi vào hoạt động, đến nay, qua Pò Peo có 2.140 lượt xe. Ngày 20/11/2026, \
         Pò Peo thông quan 118 lượt xe.",
        &[
            "Pò Peo|kim_ngach|total|-|-|2026-02-22..2026-03-03|12600000|-|USD|exact|-|-|-|actual",
            "Pò Peo|phuong_tien|total|-|-|2026-11-01..2026-11-20|2140|-|lượt|exact|-|-|-|actual",
            "Pò Peo|phuong_tien|total|-|-|2026-11-20..2026-11-20|118|-|lượt|exact|-|-|-|actual",
        ],
    );
}

#[test]
fn a_provinces_department_speaks_of_the_provinces_gates() {
    check(
        "Ngày 18/11/2026, qua cửa khẩu Tà Lùng có 310 lượt xe. Sở Công Thương Cao Bằng cho biết, \
         từ nay đến hết tháng 12/2026, mỗi ngày có khoảng 400 – 450 xe hàng lên cửa khẩu. Theo \
         Ban Quản lý cửa khẩu tỉnh Cao Bằng, trong tháng 10/2026 bình quân có 280 xe/ngày qua cửa \
         khẩu này.",
        &[
            "Tà Lùng|phuong_tien|total|-|-|2026-11-18..2026-11-18|310|-|lượt|exact|-|-|-|actual",
            "Cao Bằng|phuong_tien|total|-|-|2026-11-18..2026-12-31|400|450|xe/ngày|range|-|-|-|actual",
            "Tà Lùng|phuong_tien|total|-|-|2026-10|280|-|xe/ngày|exact|-|-|-|actual",
        ],
    );
}

#[test]
fn the_parts_of_a_period_are_an_aside_in_a_list() {
    check(
        "Sáng 8/10/2026, Sở Công Thương Cao Bằng họp báo quý III. Các kết quả chính:\n\
         - 9 tháng năm 2026, kim ngạch qua các cửa khẩu của tỉnh đạt 1,62 tỷ USD.\n\
         - Tháng 7 đạt 170 triệu USD, tháng 8 đạt 184 triệu USD và tháng 9 đạt 201 triệu USD.\n\
         - Thu ngân sách đạt 1.120 tỷ đồng.\n\
         Riêng tháng 9/2026, số doanh nghiệp làm thủ tục là 310 doanh nghiệp. Tháng 10/2026, \
         kim ngạch ước đạt 210 triệu USD. Số tờ khai đạt 9.400 tờ khai.",
        &[
            "Cao Bằng|kim_ngach|total|-|-|9M 2026|1620000000|-|USD|exact|-|-|-|actual",
            "Cao Bằng|kim_ngach|total|-|-|2026-07|170000000|-|USD|exact|-|-|-|actual",
            "Cao Bằng|kim_ngach|total|-|-|2026-08|184000000|-|USD|exact|-|-|-|actual",
            "Cao Bằng|kim_ngach|total|-|-|2026-09|201000000|-|USD|exact|-|-|-|actual",
            "Cao Bằng|thu_ngan_sach|total|-|-|9M 2026|1120000000000|-|VND|exact|-|-|-|actual",
            "Cao Bằng|doanh_nghiep|total|-|-|2026-09|310|-|doanh nghiệp|exact|-|-|-|actual",
            "Cao Bằng|kim_ngach|total|-|-|2026-10|210000000|-|USD|exact|est|-|-|actual",
            "Cao Bằng|to_khai|total|-|-|2026-10|9400|-|tờ khai|exact|-|-|-|actual",
        ],
    );
}

#[test]
fn the_month_quarter_or_week_before_as_a_figures_own_time() {
    check(
        "Tháng 10/2026, kim ngạch qua Tà Lùng đạt 120 triệu USD, tăng 5% so với tháng trước. \
         Tháng trước, kim ngạch đạt 114 triệu USD. Quý III/2026, qua Tà Lùng đạt 330 triệu USD; \
         quý trước đạt 295 triệu USD. Tuần từ ngày 9 đến 15/11/2026, Tà Lùng thông quan 1.540 \
         lượt xe. Tuần trước, con số này là 1.610 lượt xe.",
        &[
            "Tà Lùng|kim_ngach|total|-|-|2026-10|120000000|-|USD|exact|-|+5% prev|-|actual",
            "Tà Lùng|kim_ngach|total|-|-|2026-09|114000000|-|USD|exact|-|-|-|actual",
            "Tà Lùng|kim_ngach|total|-|-|Q3 2026|330000000|-|USD|exact|-|-|-|actual",
            "Tà Lùng|kim_ngach|total|-|-|Q2 2026|295000000|-|USD|exact|-|-|-|actual",
            "Tà Lùng|phuong_tien|total|-|-|2026-11-09..2026-11-15|1540|-|lượt|exact|-|-|-|actual",
            "Tà Lùng|phuong_tien|total|-|-|2026-11-02..2026-11-08|1610|-|lượt|exact|-|-|-|actual",
        ],
    );
}

#[test]
fn a_change_in_the_next_sentence_is_of_the_figure_before() {
    check(
        "Tháng 10/2026, kim ngạch qua Bắc Luân II đạt 86 triệu USD. Con số này tăng 14% so với \
         cùng kỳ.\n\
         Tuần từ ngày 2 đến 8/11/2026, ga Lào Cai tiếp nhận 940 toa hàng. So với tuần trước, \
         số toa giảm 3,5%. Trong đó, hàng xuất khẩu tăng 8%.\n\
         Năm 2026, kim ngạch qua Lào Cai ước đạt 6,2 tỷ USD, tăng 35% so với năm 2024.",
        &[
            "Bắc Luân II|kim_ngach|total|-|-|2026-10|86000000|-|USD|exact|-|+14% yoy|-|actual",
            "Ga Lào Cai|phuong_tien|total|-|-|2026-11-02..2026-11-08|940|-|lượt|exact|-|-3.5% prev|-|actual",
            "Lào Cai|kim_ngach|total|-|-|2026|6200000000|-|USD|exact|est|+35% prev|-|actual",
        ],
    );
}

#[test]
fn the_past_week_as_the_article_defined_it() {
    check(
        "Tuần qua (từ ngày 16 đến 22/11/2026), qua cửa khẩu Lào Cai có 5.210 lượt xe, giảm 4% so \
         với tuần trước. Tuần trước đó (từ ngày 9 đến 15/11), Lào Cai có 5.430 lượt xe.\n\
         Trong tuần qua, ga Lào Cai tiếp nhận 388 toa hàng; kim ngạch qua Mường Khương trong \
         tuần đạt 6,1 triệu USD. Dự kiến tuần này (từ ngày 23 đến 29/11), Mường Khương có thể \
         thông quan khoảng 90 xe/ngày để giải tỏa hàng tồn. Khoảng 140 xe hàng đã phải quay đầu.",
        &[
            "Lào Cai|phuong_tien|total|-|-|2026-11-16..2026-11-22|5210|-|lượt|exact|-|-4% prev|-|actual",
            "Lào Cai|phuong_tien|total|-|-|2026-11-09..2026-11-15|5430|-|lượt|exact|-|-|-|actual",
            "Ga Lào Cai|phuong_tien|total|-|-|2026-11-16..2026-11-22|388|-|lượt|exact|-|-|-|actual",
            "Mường Khương|kim_ngach|total|-|-|2026-11-16..2026-11-22|6100000|-|USD|exact|-|-|-|actual",
            "Mường Khương|phuong_tien|total|-|-|2026-11-23..2026-11-29|90|-|xe/ngày|approx|-|-|-|forecast",
        ],
    );
}

#[test]
fn a_goal_in_passing_and_crossings_counted_by_name() {
    check(
        "Tỉnh Lạng Sơn giáp Bằng Tường qua hai cặp cửa khẩu Hữu Nghị – Hữu Nghị Quan và Tân \
         Thanh – Pò Chài. Tính đến hết ngày 15/11/2026, kim ngạch qua Chi Ma đạt 1,21 tỷ USD, \
         vượt 10% kế hoạch năm (1,1 tỷ USD). Trong đó, xuất khẩu đạt 402 triệu USD. Kim ngạch qua \
         hai cặp cửa khẩu đạt 5,6 tỷ USD. Năm 2027, tỉnh nâng cấp đường lên cửa khẩu Chi Ma và \
         phấn đấu đón 80.000 lượt khách du lịch qua Tân Thanh.",
        &[
            "Chi Ma|kim_ngach|total|-|-|2026-01-01..2026-11-15|1210000000|-|USD|exact|-|-|110|actual",
            "Chi Ma|kim_ngach|total|-|-|2026|1100000000|-|USD|exact|-|-|-|target",
            "Chi Ma|kim_ngach|export|-|-|2026-01-01..2026-11-15|402000000|-|USD|exact|-|-|-|actual",
            "Hữu Nghị + Tân Thanh|kim_ngach|total|-|-|2026-01-01..2026-11-15|5600000000|-|USD|exact|-|-|-|actual",
            "Tân Thanh|du_khach|total|-|-|2027|80000|-|lượt|exact|-|-|-|target",
        ],
    );
}

#[test]
fn a_contrast_a_compared_figure_and_one_month_of_a_whole() {
    check(
        "9 tháng năm 2026, kim ngạch qua cửa khẩu Cốc Nam đạt 212 triệu USD, trong khi 9 tháng \
         năm 2025 con số này chỉ là 150 triệu USD. Cửa khẩu Chi Ma đạt 1,3 tỷ USD; trong đó xuất \
         khẩu 420 triệu USD, nhập khẩu 880 triệu USD. Riêng tháng 9 đạt 160 triệu USD. Dự báo \
         cả năm 2026, kim ngạch qua Chi Ma có thể đạt 1,8 tỷ USD, so với 1,5 tỷ USD năm 2025.",
        &[
            "Cốc Nam|kim_ngach|total|-|-|9M 2026|212000000|-|USD|exact|-|-|-|actual",
            "Cốc Nam|kim_ngach|total|-|-|9M 2025|150000000|-|USD|exact|-|-|-|actual",
            "Chi Ma|kim_ngach|total|-|-|9M 2026|1300000000|-|USD|exact|-|-|-|actual",
            "Chi Ma|kim_ngach|export|-|-|9M 2026|420000000|-|USD|exact|-|-|-|actual",
            "Chi Ma|kim_ngach|import|-|-|9M 2026|880000000|-|USD|exact|-|-|-|actual",
            "Chi Ma|kim_ngach|total|-|-|2026-09|160000000|-|USD|exact|-|-|-|actual",
            "Chi Ma|kim_ngach|total|-|-|2026|1800000000|-|USD|exact|-|-|-|forecast",
            "Chi Ma|kim_ngach|total|-|-|2025|1500000000|-|USD|exact|-|-|-|actual",
        ],
    );
}

#[test]
fn firms_people_and_trucks_that_are_not_trade() {
    check(
        "Tháng 10/2026, qua cửa khẩu Nà Nưa có 96 doanh nghiệp làm thủ tục. Khảo sát với 120 \
         doanh nghiệp cho thấy chi phí giảm. Kiến nghị có chữ ký của 45 doanh nghiệp hội viên. \
         Hội chợ có 300 gian hàng của 210 doanh nghiệp. Khoảng 5.000 lượt người tham dự các hoạt \
         động văn hóa. Ông A cho biết lô 4 xe xoài của ông đã qua Nà Nưa.",
        &["Nà Nưa|doanh_nghiep|total|-|-|2026-10|96|-|doanh nghiệp|exact|-|-|-|actual"],
    );
}

#[test]
fn a_festivals_days_and_the_date_of_writing() {
    check(
        "Lào Cai, ngày 20/11/2026 - Từ ngày 14 đến 16/11, Ngày hội giao lưu văn hóa biên giới \
         diễn ra tại Y Tý. Trong ba ngày diễn ra ngày hội, cửa khẩu Lào Cai có 9.800 lượt người \
         xuất nhập cảnh. 10 tháng, kim ngạch qua Lào Cai đạt 4,1 tỷ USD. Tỉnh đặt mục tiêu năm nay \
         đạt 5 tỷ USD. Cùng thời gian diễn ra ngày hội, cửa khẩu Mường Khương có 2.100 lượt người \
         xuất nhập cảnh. Từ đầu năm đến nay, Lào Cai đón 2,6 triệu lượt khách du lịch.",
        &[
            "Lào Cai|luot_nguoi|total|-|-|2026-11-14..2026-11-16|9800|-|lượt|exact|-|-|-|actual",
            "Lào Cai|kim_ngach|total|-|-|10M 2026|4100000000|-|USD|exact|-|-|-|actual",
            "Lào Cai|kim_ngach|total|-|-|2026|5000000000|-|USD|exact|-|-|-|target",
            "Mường Khương|luot_nguoi|total|-|-|2026-11-14..2026-11-16|2100|-|lượt|exact|-|-|-|actual",
            "Lào Cai|du_khach|total|-|-|2026-01-01..2026-11-20|2600000|-|lượt|exact|-|-|-|actual",
        ],
    );
}

#[test]
fn a_length_of_time_is_no_figure_and_a_rates_equivalent_is_a_rate() {
    check(
        "Từ ngày 1/7 đến hết ngày 21/7/2026, bình quân mỗi ngày có khoảng 600 tấn nhãn được \
         xuất khẩu qua cửa khẩu Kim Thành, tương đương 30 – 35 xe. Giá trị nhãn xuất khẩu qua \
         Kim Thành 3 tuần đầu vụ ước đạt 12,4 triệu USD.",
        &[
            "Kim Thành|khoi_luong|export|-|nhãn|2026-07-01..2026-07-21|600|-|tấn/ngày|approx|-|-|-|actual",
            "Kim Thành|phuong_tien|export|-|nhãn|2026-07-01..2026-07-21|30|35|xe/ngày|range|-|-|-|actual",
            "Kim Thành|kim_ngach|export|-|nhãn|2026-07-01..2026-07-21|12400000|-|USD|exact|est|-|-|actual",
        ],
    );
}

#[test]
fn a_customs_office_named_for_a_citys_gates_reports_for_the_city() {
    check(
        "Ngày 2/9/2026, có 96 lượt phương tiện chở hàng qua cầu Bắc Luân I. Trong ngày, Hải quan \
         cửa khẩu quốc tế Móng Cái thu ngân sách 9,4 tỷ đồng.",
        &[
            "Bắc Luân I|phuong_tien|total|-|-|2026-09-02..2026-09-02|96|-|lượt|exact|-|-|-|actual",
            "Móng Cái|thu_ngan_sach|total|-|-|2026-09-02..2026-09-02|9400000000|-|VND|exact|-|-|-|actual",
        ],
    );
}

#[test]
fn goods_after_goods_in_one_direction_go_that_way() {
    check(
        "9 tháng năm 2026, nông sản xuất khẩu qua Lào Cai đạt 610 triệu USD. Chuối mang về \
         khoảng 240 triệu USD, còn dứa đạt 58 triệu USD. Phân bón nhập khẩu qua Lào Cai đạt 96 \
         triệu USD.",
        &[
            "Lào Cai|kim_ngach|export|-|nông sản|9M 2026|610000000|-|USD|exact|-|-|-|actual",
            "Lào Cai|kim_ngach|export|-|chuối|9M 2026|240000000|-|USD|approx|-|-|-|actual",
            "Lào Cai|kim_ngach|export|-|dứa|9M 2026|58000000|-|USD|exact|-|-|-|actual",
            "Lào Cai|kim_ngach|import|-|phân bón|9M 2026|96000000|-|USD|exact|-|-|-|actual",
        ],
    );
}

#[test]
fn event_days_bracketed_bases_and_foresight_past_a_number() {
    check(
        "Từ ngày 6 đến 8/11/2026, cửa khẩu Ma Lù Thàng đón 3.120 lượt người xuất nhập cảnh. \
         10 tháng, kim ngạch qua Ma Lù Thàng đạt 287 triệu USD, tăng 9% so với cùng kỳ (10 tháng \
         năm 2025: 263 triệu USD). Cửa khẩu Tây Trang đạt 61 triệu USD. Cùng thời gian diễn ra \
         hội chợ, khoảng 6.000 người dân đến xem các gian hàng. Cùng thời điểm diễn ra hội chợ, \
         Tây Trang đón 1.450 lượt người xuất nhập cảnh. Khoảng 120 xe hàng không thể xuất khẩu \
         qua Tây Trang. Năm 2027, Tây Trang dự kiến mở rộng bãi lên 400 chỗ, thông quan khoảng \
         150 xe/ngày.",
        &[
            "Ma Lù Thàng|luot_nguoi|total|-|-|2026-11-06..2026-11-08|3120|-|lượt|exact|-|-|-|actual",
            "Ma Lù Thàng|kim_ngach|total|-|-|10M 2026|287000000|-|USD|exact|-|+9% yoy|-|actual",
            "Ma Lù Thàng|kim_ngach|total|-|-|10M 2025|263000000|-|USD|exact|-|-|-|actual",
            "Tây Trang|kim_ngach|total|-|-|10M 2026|61000000|-|USD|exact|-|-|-|actual",
            "Tây Trang|luot_nguoi|total|-|-|2026-11-06..2026-11-08|1450|-|lượt|exact|-|-|-|actual",
            "Tây Trang|phuong_tien|total|-|-|2027|150|-|xe/ngày|approx|-|-|-|forecast",
        ],
    );
}

#[test]
fn last_week_next_week_and_a_dated_digest() {
    check(
        "Điểm tin biên mậu trong tuần từ ngày 2 đến 8/11/2026.\n\
         Lào Cai (8/11) – Tuần qua, cửa khẩu Mường Khương thông quan 240 lượt xe. Sở Công Thương \
         dự báo tuần tới, mỗi ngày có khoảng 40 xe hàng lên cửa khẩu Mường Khương.\n\
         Quảng Ninh (8/11) – Tuần qua, qua cầu Bắc Luân II có 3.100 lượt xe; ở chiều xuất nhập \
         cảnh, có 21.000 lượt người.",
        &[
            "Mường Khương|phuong_tien|total|-|-|2026-11-02..2026-11-08|240|-|lượt|exact|-|-|-|actual",
            "Mường Khương|phuong_tien|total|-|-|2026-11-09..2026-11-15|40|-|xe/ngày|approx|-|-|-|forecast",
            "Bắc Luân II|phuong_tien|total|-|-|2026-11-02..2026-11-08|3100|-|lượt|exact|-|-|-|actual",
            "Bắc Luân II|luot_nguoi|total|-|-|2026-11-02..2026-11-08|21000|-|lượt|exact|-|-|-|actual",
        ],
    );
}

#[test]
fn amounts_in_words_and_a_forecast_in_scenarios() {
    check(
        "10 tháng năm 2026, kim ngạch qua các cửa khẩu của tỉnh Hà Giang đạt một tỷ rưỡi đô la Mỹ. \
         Cửa khẩu Thanh Thủy đạt chín trăm triệu đô la Mỹ, tăng gần một phần tư; cửa khẩu Xín \
         Mần đạt bốn mươi hai triệu rưỡi; cửa khẩu Phó Bảng đạt 12 triệu USD.\n\
         Ông Vàng Seo Phìn cho biết: \"Xe hàng vẫn ưu tiên Thanh Thủy vì đường tốt hơn\". Ông dự \
         báo tháng 12 kim ngạch chỉ đạt khoảng 150 triệu USD và cả năm có thể đạt 1,8 tỷ USD. Gia \
         đình tôi trồng 2 ha chè, mỗi vụ thu khoảng 12 tấn.",
        &[
            "Hà Giang|kim_ngach|total|-|-|10M 2026|1500000000|-|USD|exact|-|-|-|actual",
            "Thanh Thủy|kim_ngach|total|-|-|10M 2026|900000000|-|USD|exact|-|+25% yoy|-|actual",
            "Xín Mần|kim_ngach|total|-|-|10M 2026|42500000|-|USD|exact|-|-|-|actual",
            "Phó Bảng|kim_ngach|total|-|-|10M 2026|12000000|-|USD|exact|-|-|-|actual",
            "Hà Giang|kim_ngach|total|-|-|2026-12|150000000|-|USD|approx|-|-|-|forecast",
            "Hà Giang|kim_ngach|total|-|-|2026|1800000000|-|USD|exact|-|-|-|forecast",
        ],
    );
}

#[test]
fn unknown_crossings_compared_figures_and_a_reckoned_range() {
    check(
        "Tuần vừa qua (từ ngày 9 đến 15/11/2026), Phó Bảng thông quan 88 lượt xe. 10 tháng, kim \
         ngạch qua Săm Pun đạt 14 triệu USD, tăng hơn một nửa so với cùng kỳ. Xín Mần tuần qua \
         thông quan 120 lượt xe. Cửa khẩu phụ Nậm Cắn trên tuyến Việt – Lào đạt 3,2 triệu USD. \
         Năm 2026, Xín Mần có 95 doanh nghiệp làm thủ tục, so với 70 doanh nghiệp của năm 2025. \
         Đơn vị tiếp nhận 4.100 tờ khai. Bến Ka Long, thông quan trở lại từ ngày 1/8/2026, tính \
         đến ngày 31/10 đã có 150 lượt phương tiện thủy. Định hướng đến năm 2030: cửa khẩu Xín \
         Mần bảo đảm thông quan 300 xe/ngày.",
        &[
            "Phó Bảng|phuong_tien|total|-|-|2026-11-09..2026-11-15|88|-|lượt|exact|-|-|-|actual",
            "Săm Pun|kim_ngach|total|-|-|10M 2026|14000000|-|USD|exact|-|+50% yoy|-|actual",
            "Xín Mần|phuong_tien|total|-|-|2026-11-09..2026-11-15|120|-|lượt|exact|-|-|-|actual",
            "Xín Mần|doanh_nghiep|total|-|-|2026|95|-|doanh nghiệp|exact|-|-|-|actual",
            "Xín Mần|doanh_nghiep|total|-|-|2025|70|-|doanh nghiệp|exact|-|-|-|actual",
            "Xín Mần|to_khai|total|-|-|2026|4100|-|tờ khai|exact|-|-|-|actual",
            "Ka Long|phuong_tien|total|-|-|2026-08-01..2026-10-31|150|-|lượt|exact|-|-|-|actual",
            "Xín Mần|phuong_tien|total|-|-|2030|300|-|xe/ngày|exact|-|-|-|target",
        ],
    );
}

#[test]
fn a_headings_place_and_the_same_period_a_year_before() {
    check(
        "Tỉnh Cao Bằng có nhiều cửa khẩu nông sản.\n\n\
         Biểu đồ: Kim ngạch qua cửa khẩu Trà Lĩnh theo quý (triệu USD)\n\n\
         Quý II/2026, cột cam đạt 210 triệu USD, vượt cột xanh cùng kỳ là 180 triệu USD. Quý \
         III/2026 đạt 260 triệu USD.",
        &[
            "Trà Lĩnh|kim_ngach|total|-|-|Q2 2026|210000000|-|USD|exact|-|-|-|actual",
            "Trà Lĩnh|kim_ngach|total|-|-|Q2 2025|180000000|-|USD|exact|-|-|-|actual",
            "Trà Lĩnh|kim_ngach|total|-|-|Q3 2026|260000000|-|USD|exact|-|-|-|actual",
        ],
    );
}
