//! Hand-built facts and statements for the evaluator's and the session's
//! tests.

use std::sync::Arc;

use crate::model::{
    Bound, Change, ChangeAmount, Fact, FactId, Flow, Kind, Metric, Period, Place, Quote, Span,
    Unit, Value, Versus,
};
use crate::places::{Gazetteer, PlaceId};
use crate::query::checked::{CmpOp, Condition, Field, MetricSel, Operand, Test};
use crate::store::FactStore;

pub fn place(name: &str) -> PlaceId {
    Gazetteer::builtin()
        .lookup(name)
        .unwrap_or_else(|| panic!("{name} is in the gazetteer"))
}

pub fn h1(y: i32) -> Period {
    Period::half(y, 1).unwrap()
}

/// A fact builder: `fact("002:1", "Móng Cái", 1.7e9).over().period(h1(2024)).yoy(17.85)`.
pub struct F(pub Fact);

pub fn fact(id: &str, place_name: &str, value: f64) -> F {
    let doc = format!("{}_test", id.split(':').next().unwrap()).into();
    F(Fact {
        id: FactId(id.to_string()),
        doc,
        place: Place::parse(place_name).unwrap(),
        metric: Metric::KimNgach,
        flow: Flow::Total,
        scope: None,
        commodity: None,
        period: Some(h1(2025)),
        value: Value::exact(value),
        unit: Unit::Usd,
        change: None,
        plan_pct: None,
        kind: Kind::Actual,
        span: Span::new(0, 0),
        reporter: None,
        sentence: 0,
        quote: None,
    })
}

impl F {
    pub fn period(mut self, p: Period) -> F {
        self.0.period = Some(p);
        self
    }
    pub fn bound(mut self, b: Bound) -> F {
        self.0.value.bound = b;
        self
    }
    pub fn over(self) -> F {
        self.bound(Bound::Over)
    }
    pub fn yoy(mut self, pct: f64) -> F {
        self.0.change = Some(Change {
            amount: ChangeAmount::Pct(pct),
            vs: Versus::Yoy,
        });
        self
    }
    pub fn flow(mut self, f: Flow) -> F {
        self.0.flow = f;
        self
    }
    pub fn metric(mut self, m: Metric, u: Unit) -> F {
        self.0.metric = m;
        self.0.unit = u;
        self
    }
    pub fn estimate(mut self) -> F {
        self.0.value.estimate = true;
        self
    }
    /// The sentence the number sits in, at byte `at` of the document.
    pub fn quote(mut self, at: usize, text: &str, number: &str) -> F {
        let off = text.find(number).expect("number in sentence");
        self.0.quote = Some(Quote {
            start: at,
            text: Arc::from(text),
        });
        self.0.span = Span::new(at + off, at + off + number.len());
        self
    }
}

pub fn store(facts: Vec<F>) -> FactStore {
    FactStore::from_facts(facts.into_iter().map(|f| f.0)).unwrap()
}

pub fn kim_ngach() -> MetricSel {
    MetricSel {
        metric: Metric::KimNgach,
        flow: None,
        span: Span::new(0, 9),
    }
}

pub fn eq(field: Field, o: Operand) -> Condition {
    Condition {
        field,
        test: Test::Cmp(CmpOp::Eq, o),
        span: Span::new(0, 0),
    }
}
