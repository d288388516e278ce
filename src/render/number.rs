//! Numbers as analysts read them. Vietnamese style (default) groups
//! thousands with `.` and writes `,` for decimals; English style the
//! reverse. Money is scaled to tỷ/triệu (billion/million); other unit words
//! (lượt, tấn, xe/ngày) stay Vietnamese in both styles, since they are the
//! names the data uses.

use crate::model::{Dimension, Unit};
use crate::query::checked::NumberStyle;
use crate::query::eval::{Figure, Qualifier};

/// `x` with `decimals` decimals, thousands grouped, in `style`.
pub fn decimal(x: f64, decimals: usize, style: NumberStyle) -> String {
    let (group, point) = match style {
        NumberStyle::Vi => ('.', ','),
        NumberStyle::En => (',', '.'),
    };
    let s = format!("{:.*}", decimals, x.abs());
    let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
    let mut out = String::new();
    if x < 0.0 && s.chars().any(|c| c.is_ascii_digit() && c != '0') {
        out.push('-');
    }
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(group);
        }
        out.push(c);
    }
    if !frac.is_empty() {
        out.push(point);
        out.push_str(frac);
    }
    out
}

/// A number of things: whole numbers without decimals, others with one.
fn count(x: f64, style: NumberStyle) -> String {
    if x.fract() == 0.0 {
        decimal(x, 0, style)
    } else {
        decimal(x, 1, style)
    }
}

/// The scale a money amount is written in: divisor and word.
fn money_scale(x: f64, style: NumberStyle) -> (f64, usize, &'static str) {
    let a = x.abs();
    match style {
        NumberStyle::Vi if a >= 1e9 => (1e9, 2, " tỷ"),
        NumberStyle::Vi if a >= 1e6 => (1e6, 1, " triệu"),
        NumberStyle::En if a >= 1e9 => (1e9, 2, " billion"),
        NumberStyle::En if a >= 1e6 => (1e6, 1, " million"),
        _ => (1.0, 0, ""),
    }
}

/// A bare amount in `unit` (no qualifier), scaled like `like` so that the
/// two ends of a range share a scale.
fn amount(x: f64, like: f64, unit: Unit, style: NumberStyle) -> String {
    match unit.dimension() {
        Dimension::Money => {
            let (div, dec, word) = money_scale(like, style);
            format!("{}{word}", decimal(x / div, dec, style))
        }
        _ => count(x, style),
    }
}

/// A figure with its qualifier and unit: `>1,70 tỷ USD`, `450–500 xe/ngày`,
/// `2,28 tỷ USD (ước)`.
pub fn figure(f: &Figure, unit: Unit, style: NumberStyle) -> String {
    let body = if f.qualifier == Qualifier::Range {
        format!(
            "{}–{}",
            amount(f.value, f.high, unit, style),
            amount(f.high, f.high, unit, style)
        )
    } else {
        amount(f.value, f.value, unit, style)
    };
    format!(
        "{}{body} {}{}",
        f.qualifier.sign(),
        unit.as_str(),
        estimate(f, style)
    )
}

fn estimate(f: &Figure, style: NumberStyle) -> &'static str {
    match (f.estimate, style) {
        (false, _) => "",
        (true, NumberStyle::Vi) => " (ước)",
        (true, NumberStyle::En) => " (est.)",
    }
}

/// A percentage with its sign: `+34%`, `+17,85%`, `-39%`.
pub fn pct(x: f64, style: NumberStyle) -> String {
    let s = decimal(x, 2, style);
    let point = if style == NumberStyle::Vi { ',' } else { '.' };
    let s = s.trim_end_matches('0').trim_end_matches(point);
    let sign = if x > 0.0 && s != "0" { "+" } else { "" };
    format!("{sign}{s}%")
}

/// A computed percentage figure: `≤+34,12%`.
pub fn pct_figure(f: &Figure, style: NumberStyle) -> String {
    format!(
        "{}{}{}",
        f.qualifier.sign(),
        pct(f.value, style),
        estimate(f, style)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Bound, Value};

    #[test]
    fn vietnamese_and_english_separators() {
        assert_eq!(decimal(1580.5, 1, NumberStyle::Vi), "1.580,5");
        assert_eq!(decimal(1580.5, 1, NumberStyle::En), "1,580.5");
        assert_eq!(decimal(156397.0, 0, NumberStyle::Vi), "156.397");
        assert_eq!(decimal(-1234567.0, 0, NumberStyle::En), "-1,234,567");
        assert_eq!(decimal(-0.001, 1, NumberStyle::En), "0.0");
    }

    #[test]
    fn money_is_scaled_and_keeps_its_qualifier() {
        let over = Figure::of(&Value {
            bound: Bound::Over,
            ..Value::exact(1.7e9)
        });
        assert_eq!(figure(&over, Unit::Usd, NumberStyle::Vi), ">1,70 tỷ USD");
        assert_eq!(
            figure(&over, Unit::Usd, NumberStyle::En),
            ">1.70 billion USD"
        );
        let m = Figure::exact(1_580_500_000.0 / 1000.0);
        assert_eq!(figure(&m, Unit::Usd, NumberStyle::Vi), "1,6 triệu USD");
        assert_eq!(
            figure(&Figure::exact(1580.5e6), Unit::Vnd, NumberStyle::En),
            "1.58 billion VND"
        );
        assert_eq!(
            figure(&Figure::exact(580.5e6), Unit::Usd, NumberStyle::Vi),
            "580,5 triệu USD"
        );
    }

    #[test]
    fn ranges_counts_and_estimates() {
        let range = Figure::of(&Value {
            bound: Bound::Range,
            high: Some(500.0),
            ..Value::exact(450.0)
        });
        assert_eq!(
            figure(&range, Unit::XeNgay, NumberStyle::Vi),
            "450–500 xe/ngày"
        );
        let est = Figure::of(&Value {
            estimate: true,
            ..Value::exact(156397.0)
        });
        assert_eq!(
            figure(&est, Unit::Luot, NumberStyle::Vi),
            "156.397 lượt (ước)"
        );
        assert_eq!(
            figure(&est, Unit::Luot, NumberStyle::En),
            "156,397 lượt (est.)"
        );
    }

    #[test]
    fn percentages_trim_and_sign() {
        assert_eq!(pct(34.0, NumberStyle::Vi), "+34%");
        assert_eq!(pct(17.85, NumberStyle::Vi), "+17,85%");
        assert_eq!(pct(-39.0, NumberStyle::En), "-39%");
        assert_eq!(pct(34.1176, NumberStyle::En), "+34.12%");
        assert_eq!(pct(0.0, NumberStyle::En), "0%");
    }
}
