//! Numbers with their qualifier. A written figure is a statement about where
//! the true value lies ("hơn 1,7 tỷ" says at least 1,7 tỷ), so a [`Figure`]
//! keeps that interval next to the number and every computation works on the
//! interval. What the result may be called (`>`, `≈`, `≤` …) is read back off
//! the interval, so a difference of two lower bounds comes out unbounded, as
//! glossary Part H says it must.

use serde::Serialize;

use crate::model::{Bound, Value};

/// How far below its number a "gần" (nearly) figure may lie.
const NEARLY_SLACK: f64 = 0.10;
/// How far either side of its number a "khoảng" (about) figure may lie.
const APPROX_SLACK: f64 = 0.05;
/// Relative rounding of a printed figure (`2,28 tỷ` stands for 2,275–2,285).
pub const ROUNDING: f64 = 0.005;
/// Rounding of a printed percentage (`34%` stands for 33,5–34,5).
pub const PCT_ROUNDING: f64 = 0.5;

/// What can be said about a figure's true value relative to its number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// As written (still rounded).
    Exact,
    /// At least the number (hơn, trên).
    Over,
    /// Slightly below the number (gần).
    Nearly,
    /// Near the number on either side (khoảng, or computed from such).
    About,
    /// Between the number and `Figure::high`.
    Range,
    /// At least roughly the number: computed from an over and an about.
    AtLeastAbout,
    /// At most the number, no lower limit worth stating.
    AtMost,
    /// At most roughly the number.
    AtMostAbout,
    /// Computed from bounds that leave it open both ways (the difference of
    /// two lower bounds).
    Unbounded,
}

impl Qualifier {
    /// The sign written before the number; `help` documents this notation.
    pub fn sign(self) -> &'static str {
        match self {
            Qualifier::Exact | Qualifier::Range => "",
            Qualifier::Over => ">",
            Qualifier::Nearly => "<~",
            Qualifier::About => "≈",
            Qualifier::AtLeastAbout => "≳",
            Qualifier::AtMost => "≤",
            Qualifier::AtMostAbout => "≲",
            Qualifier::Unbounded => "?",
        }
    }
}

/// A number, the interval its true value lies in, and what to call it.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Figure {
    pub value: f64,
    /// Lower limit of the true value; `None` when unbounded below.
    #[serde(serialize_with = "finite_or_none")]
    pub low: f64,
    /// Upper limit of the true value; `None` when unbounded above.
    #[serde(serialize_with = "finite_or_none")]
    pub high: f64,
    pub qualifier: Qualifier,
    /// An estimate went into it ("ước đạt").
    pub estimate: bool,
}

fn finite_or_none<S: serde::Serializer>(x: &f64, s: S) -> Result<S::Ok, S::Error> {
    if x.is_finite() {
        s.serialize_some(x)
    } else {
        s.serialize_none()
    }
}

fn close(a: f64, b: f64) -> bool {
    if !(a.is_finite() && b.is_finite()) {
        return a == b;
    }
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs())
}

impl Figure {
    pub fn exact(value: f64) -> Figure {
        Figure {
            value,
            low: value,
            high: value,
            qualifier: Qualifier::Exact,
            estimate: false,
        }
    }

    /// The figure a fact's value states.
    pub fn of(v: &Value) -> Figure {
        let x = v.value;
        let (low, high, qualifier) = match v.bound {
            Bound::Exact => (x, x, Qualifier::Exact),
            Bound::Over => (x, f64::INFINITY, Qualifier::Over),
            Bound::Nearly => (x * (1.0 - NEARLY_SLACK), x, Qualifier::Nearly),
            Bound::Approx => (
                x * (1.0 - APPROX_SLACK),
                x * (1.0 + APPROX_SLACK),
                Qualifier::About,
            ),
            Bound::Range => (x, v.high.unwrap_or(x).max(x), Qualifier::Range),
        };
        Figure {
            value: x,
            low,
            high,
            qualifier,
            estimate: v.estimate,
        }
    }

    /// A computed figure: the qualifier is read off the interval.
    pub(crate) fn computed(value: f64, low: f64, high: f64, estimate: bool) -> Figure {
        let qualifier = if close(low, value) && close(high, value) {
            Qualifier::Exact
        } else if low == f64::NEG_INFINITY && high == f64::INFINITY {
            Qualifier::Unbounded
        } else if high == f64::INFINITY {
            if close(low, value) {
                Qualifier::Over
            } else {
                Qualifier::AtLeastAbout
            }
        } else if close(high, value) {
            if low.is_finite() && value - low <= NEARLY_SLACK * value.abs() * 1.000001 {
                Qualifier::Nearly
            } else {
                Qualifier::AtMost
            }
        } else if low == f64::NEG_INFINITY {
            Qualifier::AtMostAbout
        } else {
            Qualifier::About
        };
        Figure {
            value,
            low,
            high,
            qualifier,
            estimate,
        }
    }

    pub fn add(&self, other: &Figure) -> Figure {
        Figure::computed(
            self.value + other.value,
            self.low + other.low,
            self.high + other.high,
            self.estimate || other.estimate,
        )
    }

    pub fn sub(&self, other: &Figure) -> Figure {
        Figure::computed(
            self.value - other.value,
            self.low - other.high,
            self.high - other.low,
            self.estimate || other.estimate,
        )
    }

    /// `self / other`; `None` when `other` may be zero or negative.
    pub fn ratio(&self, other: &Figure) -> Option<Figure> {
        if other.low <= 0.0 || other.value <= 0.0 {
            return None;
        }
        let candidates = [
            self.low / other.low,
            self.low / other.high,
            self.high / other.low,
            self.high / other.high,
        ];
        let finite_or_inf = candidates.iter().copied().filter(|x| !x.is_nan());
        let low = finite_or_inf.clone().fold(f64::INFINITY, f64::min);
        let high = finite_or_inf.fold(f64::NEG_INFINITY, f64::max);
        // inf/inf drops out above; an unbounded numerator keeps its end open.
        let high = if self.high == f64::INFINITY {
            f64::INFINITY
        } else {
            high
        };
        let low = if self.low == f64::NEG_INFINITY {
            f64::NEG_INFINITY
        } else {
            low
        };
        Some(Figure::computed(
            self.value / other.value,
            low,
            high,
            self.estimate || other.estimate,
        ))
    }

    /// The change from `base` to `self`, in percent.
    pub fn pct_change_from(&self, base: &Figure) -> Option<Figure> {
        let r = self.ratio(base)?;
        Some(r.scale_shift(100.0, -100.0))
    }

    /// `self × k + d`, for turning ratios into percentages and back; `k > 0`.
    pub fn scale_shift(&self, k: f64, d: f64) -> Figure {
        Figure::computed(
            self.value * k + d,
            self.low * k + d,
            self.high * k + d,
            self.estimate,
        )
    }

    /// The base a figure and its reported year-on-year change imply:
    /// `value / (1 + pct/100)`, with the rounding of the printed percentage
    /// carried into the interval.
    pub fn implied_base(&self, pct: f64) -> Option<Figure> {
        let growth = Figure::computed(
            1.0 + pct / 100.0,
            1.0 + (pct - PCT_ROUNDING) / 100.0,
            1.0 + (pct + PCT_ROUNDING) / 100.0,
            false,
        );
        self.ratio(&growth)
    }

    /// The interval widened by printing rounding, for judging agreement.
    pub fn tolerant_interval(&self) -> (f64, f64) {
        let slack = |x: f64| x.abs() * ROUNDING;
        (self.low - slack(self.low), self.high + slack(self.high))
    }

    /// Whether the true values of two figures may be equal, given their
    /// qualifiers and rounding.
    pub fn may_equal(&self, other: &Figure) -> bool {
        let (a, b) = self.tolerant_interval();
        let (c, d) = other.tolerant_interval();
        a <= d && c <= b
    }

    /// Whether a printed percentage fits this (percentage) figure.
    pub fn admits_pct(&self, pct: f64) -> bool {
        let (a, b) = (self.low - PCT_ROUNDING, self.high + PCT_ROUNDING);
        a <= pct + PCT_ROUNDING && pct - PCT_ROUNDING <= b
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn over(x: f64) -> Figure {
        Figure::of(&Value {
            bound: Bound::Over,
            ..Value::exact(x)
        })
    }

    #[test]
    fn a_difference_of_two_lower_bounds_is_unbounded() {
        let balance = over(1.58e9).sub(&over(1.19e9));
        assert_eq!(balance.qualifier, Qualifier::Unbounded);
        assert!((balance.value - 0.39e9).abs() < 1.0);
    }

    #[test]
    fn a_sum_of_lower_bounds_is_a_lower_bound() {
        let s = over(1.0).add(&Figure::exact(2.0));
        assert_eq!(s.qualifier, Qualifier::Over);
        assert_eq!(s.value, 3.0);
    }

    #[test]
    fn growth_over_a_lower_bound_base_is_an_upper_bound() {
        // Móng Cái: 2,28 tỷ in H1 2025 against "hơn 1,7 tỷ" in H1 2024.
        let pct = Figure::exact(2.28e9).pct_change_from(&over(1.7e9)).unwrap();
        assert_eq!(pct.qualifier, Qualifier::AtMost);
        assert!((pct.value - 34.1176).abs() < 0.001);
        assert!(pct.admits_pct(34.0));
        assert!(!pct.admits_pct(40.0));
    }

    #[test]
    fn nearly_and_about_keep_their_names() {
        let nearly = Figure::of(&Value {
            bound: Bound::Nearly,
            ..Value::exact(100.0)
        });
        assert_eq!(nearly.qualifier, Qualifier::Nearly);
        assert_eq!(nearly.add(&Figure::exact(1.0)).qualifier, Qualifier::Nearly);
        let about = Figure::of(&Value {
            bound: Bound::Approx,
            ..Value::exact(100.0)
        });
        assert_eq!(about.add(&Figure::exact(5.0)).qualifier, Qualifier::About);
        assert_eq!(about.add(&over(5.0)).qualifier, Qualifier::AtLeastAbout);
    }

    #[test]
    fn implied_base_backs_out_the_growth() {
        let base = Figure::exact(2.28e9).implied_base(34.0).unwrap();
        assert!((base.value - 1.7015e9).abs() < 1e6);
        assert_eq!(base.qualifier, Qualifier::About);
    }

    #[test]
    fn estimates_are_contagious() {
        let est = Figure::of(&Value {
            estimate: true,
            ..Value::exact(1.0)
        });
        assert!(Figure::exact(1.0).add(&est).estimate);
    }
}
