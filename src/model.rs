//! The vocabulary every stage shares: what a fact is and the small types it is
//! made of. `../shared/spec/facts.md` is the contract; the serde attributes
//! here make `Fact` serialise to exactly the JSON Lines that spec describes.

use std::fmt;
use std::str::FromStr;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

pub use crate::period::Period;
pub use crate::places::{Place, PlaceId};

/// Byte offsets `[start, end)` into a document's NFC-normalised text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(from = "[usize; 2]", into = "[usize; 2]")]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
}

impl From<[usize; 2]> for Span {
    fn from([start, end]: [usize; 2]) -> Self {
        Span { start, end }
    }
}

impl From<Span> for [usize; 2] {
    fn from(s: Span) -> Self {
        [s.start, s.end]
    }
}

/// Declares a closed vocabulary: an enum whose variants serialise as the
/// spec's snake_case words, with `as_str`, `Display`, `FromStr` and `ALL`.
macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident => $word:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $word)] $variant),+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The word the spec (and the query language) uses for it.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $word),+
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl FromStr for $name {
            type Err = UnknownWord;
            fn from_str(s: &str) -> Result<Self, UnknownWord> {
                match s {
                    $($word => Ok($name::$variant),)+
                    _ => Err(UnknownWord { kind: stringify!($name), word: s.to_string() }),
                }
            }
        }
    };
}

/// A word outside one of the closed vocabularies (metric, unit, flow…).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {kind} `{word}`")]
pub struct UnknownWord {
    pub kind: &'static str,
    pub word: String,
}

vocabulary! {
    /// What a figure measures (spec, section Metrics).
    Metric {
        /// Trade value.
        KimNgach => "kim_ngach",
        /// State budget revenue from import/export.
        ThuNganSach => "thu_ngan_sach",
        /// Enterprises doing procedures.
        DoanhNghiep => "doanh_nghiep",
        /// Customs declarations.
        ToKhai => "to_khai",
        /// Vehicle or train movements.
        PhuongTien => "phuong_tien",
        /// Goods tonnage.
        KhoiLuong => "khoi_luong",
        /// People crossing the border.
        LuotNguoi => "luot_nguoi",
        /// Tourist arrivals.
        DuKhach => "du_khach",
    }
}

vocabulary! {
    /// Direction of a figure.
    Flow {
        Total => "total",
        Export => "export",
        Import => "import",
    }
}

vocabulary! {
    /// Which trade a `kim_ngach` figure covers, when narrower than "all trade
    /// through the place".
    Scope {
        /// Declared at a customs office ("mở tờ khai").
        ToKhai => "to_khai",
        /// Taxable trade ("có thuế").
        CoThue => "co_thue",
    }
}

vocabulary! {
    /// How the written number relates to the true one.
    Bound {
        Exact => "exact",
        /// hơn, trên, vượt, tối thiểu: a lower bound.
        Over => "over",
        /// gần: slightly below the stated number.
        Nearly => "nearly",
        /// khoảng, xấp xỉ, trên dưới, chừng.
        Approx => "approx",
        /// `450 - 500`: value is the low end, `high` the upper.
        Range => "range",
    }
}

vocabulary! {
    /// Whether a figure happened, was aimed at, or was foreseen.
    Kind {
        Actual => "actual",
        Target => "target",
        Forecast => "forecast",
        /// A peak day beside an average.
        Peak => "peak",
    }
}

vocabulary! {
    /// What a reported change is measured against.
    Versus {
        /// The same period a year earlier ("so với cùng kỳ").
        Yoy => "yoy",
        /// The period just before ("so với tháng trước").
        Prev => "prev",
    }
}

vocabulary! {
    /// Units of a fact's value, in base units (spec, section Units).
    Unit {
        Usd => "USD",
        Vnd => "VND",
        DoanhNghiep => "doanh nghiệp",
        ToKhai => "tờ khai",
        Luot => "lượt",
        Tan => "tấn",
        XeNgay => "xe/ngày",
        ToaNgay => "toa/ngày",
        ChuyenNgay => "chuyến/ngày",
        TanNgay => "tấn/ngày",
        NguoiNgay => "người/ngày",
    }
}

/// Whether a unit counts things over a period, measures money, or is a rate
/// per day. Rates and counts never add (glossary, Part I.5).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Dimension {
    Money,
    Count,
    Mass,
    RatePerDay,
}

impl Unit {
    pub fn dimension(self) -> Dimension {
        match self {
            Unit::Usd | Unit::Vnd => Dimension::Money,
            Unit::DoanhNghiep | Unit::ToKhai | Unit::Luot => Dimension::Count,
            Unit::Tan => Dimension::Mass,
            Unit::XeNgay | Unit::ToaNgay | Unit::ChuyenNgay | Unit::TanNgay | Unit::NguoiNgay => {
                Dimension::RatePerDay
            }
        }
    }

    pub fn is_rate(self) -> bool {
        self.dimension() == Dimension::RatePerDay
    }
}

impl Metric {
    /// The Vietnamese name, for tables and `explain`.
    pub fn label(self) -> &'static str {
        match self {
            Metric::KimNgach => "kim ngạch",
            Metric::ThuNganSach => "thu ngân sách",
            Metric::DoanhNghiep => "doanh nghiệp",
            Metric::ToKhai => "tờ khai",
            Metric::PhuongTien => "phương tiện",
            Metric::KhoiLuong => "khối lượng",
            Metric::LuotNguoi => "lượt người",
            Metric::DuKhach => "du khách",
        }
    }

    /// The English alias the query language accepts.
    pub fn english(self) -> &'static str {
        match self {
            Metric::KimNgach => "trade",
            Metric::ThuNganSach => "revenue",
            Metric::DoanhNghiep => "enterprises",
            Metric::ToKhai => "declarations",
            Metric::PhuongTien => "vehicles",
            Metric::KhoiLuong => "tonnage",
            Metric::LuotNguoi => "passengers",
            Metric::DuKhach => "tourists",
        }
    }
}

/// A reported change, in percent or in the fact's own unit.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Change {
    #[serde(flatten)]
    pub amount: ChangeAmount,
    pub vs: Versus,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ChangeAmount {
    /// Relative change in percent: +33 for "tăng 33%", −39 for "giảm 39%".
    Pct(f64),
    /// Absolute change in the fact's unit: "tăng 128 doanh nghiệp".
    Abs(f64),
}

/// A written number with the qualifier that travels with it through every
/// computation and display.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Value {
    /// The value (the low end for a range), in base units.
    #[serde(serialize_with = "whole_numbers::one")]
    pub value: f64,
    /// The upper end of a range.
    #[serde(serialize_with = "whole_numbers::optional")]
    pub high: Option<f64>,
    pub bound: Bound,
    /// The text calls it an estimate ("ước đạt").
    pub estimate: bool,
}

/// Base-unit values are whole numbers almost always (`2771000000` USD):
/// written without a fraction, as the spec shows them, they read as what
/// they are.
mod whole_numbers {
    use serde::Serializer;

    /// Below 2^53 every whole f64 is exactly an integer.
    const EXACT: f64 = 9_007_199_254_740_992.0;

    pub fn one<S: Serializer>(v: &f64, s: S) -> Result<S::Ok, S::Error> {
        if v.fract() == 0.0 && v.abs() < EXACT {
            s.serialize_i64(*v as i64)
        } else {
            s.serialize_f64(*v)
        }
    }

    pub fn optional<S: Serializer>(v: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
        match v {
            Some(v) => one(v, s),
            None => s.serialize_none(),
        }
    }
}

impl Value {
    pub fn exact(value: f64) -> Self {
        Value {
            value,
            high: None,
            bound: Bound::Exact,
            estimate: false,
        }
    }
}

/// Stable fact id: the document's three-digit prefix (or whole id) and the
/// fact's position in it, e.g. `000:17`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct FactId(pub String);

impl FactId {
    /// The id of fact `n` of the document with `prefix`: written without
    /// the formatting machinery, as it is for every fact extracted.
    pub fn numbered(prefix: &str, n: usize) -> Self {
        let mut digits = itoa::Buffer::new();
        let digits = digits.format(n);
        let mut id = String::with_capacity(prefix.len() + 1 + digits.len());
        id.push_str(prefix);
        id.push(':');
        id.push_str(digits);
        FactId(id)
    }
}

impl std::borrow::Borrow<str> for FactId {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for FactId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// One reported number about one place, one measure, one period.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fact {
    pub id: FactId,
    /// The article's file name without extension, shared by its facts.
    pub doc: Arc<str>,
    pub place: Place,
    pub metric: Metric,
    pub flow: Flow,
    pub scope: Option<Scope>,
    pub commodity: Option<String>,
    pub period: Option<Period>,
    #[serde(flatten)]
    pub value: Value,
    pub unit: Unit,
    pub change: Option<Change>,
    pub plan_pct: Option<f64>,
    pub kind: Kind,
    pub span: Span,
    /// The agency the text cites.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reporter: Option<String>,
    /// Index of the sentence in the document.
    #[serde(default)]
    pub sentence: usize,
    /// The sentence the number was read from, so that a fact loaded from a
    /// file can still show where it came from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<Quote>,
}

/// A sentence of an article: its text and where it starts, in bytes, in the
/// article's normalised text (so `span.start - quote.start` is the number's
/// offset in `text`). Facts of one sentence share the text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    pub start: usize,
    pub text: Arc<str>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vocabulary_round_trips_through_its_words() {
        for m in Metric::ALL {
            assert_eq!(m.as_str().parse::<Metric>().unwrap(), *m);
        }
        assert_eq!("xe/ngày".parse::<Unit>().unwrap(), Unit::XeNgay);
        assert!("kim_ngac".parse::<Metric>().is_err());
    }

    #[test]
    fn change_serialises_as_the_spec_says() {
        let c = Change {
            amount: ChangeAmount::Pct(33.0),
            vs: Versus::Yoy,
        };
        assert_eq!(
            serde_json::to_string(&c).unwrap(),
            r#"{"pct":33.0,"vs":"yoy"}"#
        );
        let back: Change = serde_json::from_str(r#"{"abs": 128, "vs": "yoy"}"#).unwrap();
        assert_eq!(back.amount, ChangeAmount::Abs(128.0));
    }

    #[test]
    fn rates_are_not_counts() {
        assert!(Unit::XeNgay.is_rate());
        assert!(!Unit::Luot.is_rate());
        assert_ne!(Unit::Luot.dimension(), Unit::NguoiNgay.dimension());
    }
}
