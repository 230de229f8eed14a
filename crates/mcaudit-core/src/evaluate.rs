//! Agreement between our classes and expert labels: confusion matrix, accuracy, per-class
//! precision / recall / F1, macro-F1 and Cohen's kappa with a 95 % interval.
//!
//! Guarantees: pure arithmetic on (gold, predicted) pairs; the macro-F1 averages the classes
//! present in the gold labels or the predictions ([`Agreement::macro_f1_classes`] lists them),
//! so a class absent from both sides does not count as an F1 of 0. Kappa is NaN (`null` in
//! JSON) when it is undefined: when gold and predictions are all one class, expected agreement
//! is 1 and kappa is 0 / 0.

use serde::Serialize;

use crate::classify::Class;

const CLASSES: [Class; 3] = [Class::A, Class::B, Class::C];

/// Precision, recall, F1 and support of one class.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ClassScores {
    /// The class.
    pub class: Class,
    /// Precision.
    pub precision: f64,
    /// Recall.
    pub recall: f64,
    /// F1.
    pub f1: f64,
    /// Gold records of this class.
    pub support: u64,
    /// Records predicted as this class.
    pub predicted: u64,
}

/// Agreement figures.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Agreement {
    /// Records compared.
    pub n: u64,
    /// `matrix[gold][predicted]`, classes in A, B, C order.
    pub matrix: [[u64; 3]; 3],
    /// Share of agreements.
    pub accuracy: f64,
    /// Per class.
    pub per_class: Vec<ClassScores>,
    /// Mean F1 over the classes with support or predictions ([`Self::macro_f1_classes`]).
    pub macro_f1: f64,
    /// The classes the macro-F1 averages: those present in the gold labels or the predictions.
    pub macro_f1_classes: Vec<Class>,
    /// Cohen's kappa; NaN when undefined (expected agreement 1: gold and predictions all one
    /// class), which serde_json writes as `null`.
    pub kappa: f64,
    /// 95 % interval of kappa (asymptotic standard error); NaN when kappa is.
    pub kappa_ci95: (f64, f64),
}

fn idx(c: Class) -> usize {
    match c {
        Class::A => 0,
        Class::B => 1,
        Class::C => 2,
    }
}

fn ratio(a: u64, b: u64) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

/// Precision, recall and F1 from true positives, predicted positives and actual positives
/// (0 where undefined).
pub fn prf(tp: u64, predicted: u64, actual: u64) -> (f64, f64, f64) {
    let precision = ratio(tp, predicted);
    let recall = ratio(tp, actual);
    let f1 = if precision + recall == 0.0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    };
    (precision, recall, f1)
}

/// Computes agreement over (gold, predicted) pairs.
pub fn agreement(pairs: &[(Class, Class)]) -> Agreement {
    let mut m = [[0u64; 3]; 3];
    for &(g, p) in pairs {
        m[idx(g)][idx(p)] += 1;
    }
    let n = pairs.len() as u64;
    let agree: u64 = (0..3).map(|i| m[i][i]).sum();
    let po = ratio(agree, n);
    let gold: Vec<u64> = (0..3).map(|i| m[i].iter().sum()).collect();
    let pred: Vec<u64> = (0..3).map(|j| (0..3).map(|i| m[i][j]).sum()).collect();
    let pe = if n == 0 {
        0.0
    } else {
        (0..3).map(|i| gold[i] as f64 * pred[i] as f64).sum::<f64>() / (n as f64 * n as f64)
    };
    // Expected agreement 1 (or no pair at all): every gold label and every prediction is the
    // same class, and kappa is 0 / 0. It is not 1: one class agreeing with itself says nothing
    // about agreement beyond chance.
    let kappa =
        if n == 0 || (1.0 - pe).abs() < f64::EPSILON { f64::NAN } else { (po - pe) / (1.0 - pe) };
    let se = if n == 0 || (1.0 - pe).abs() < f64::EPSILON {
        0.0
    } else {
        (po * (1.0 - po) / (n as f64 * (1.0 - pe).powi(2))).sqrt()
    };
    let per_class: Vec<ClassScores> = CLASSES
        .iter()
        .map(|&c| {
            let i = idx(c);
            let (precision, recall, f1) = prf(m[i][i], pred[i], gold[i]);
            ClassScores { class: c, precision, recall, f1, support: gold[i], predicted: pred[i] }
        })
        .collect();
    let present: Vec<&ClassScores> =
        per_class.iter().filter(|c| c.support > 0 || c.predicted > 0).collect();
    let macro_f1_classes: Vec<Class> = present.iter().map(|c| c.class).collect();
    let macro_f1 = if present.is_empty() {
        0.0
    } else {
        present.iter().map(|c| c.f1).sum::<f64>() / present.len() as f64
    };
    Agreement {
        n,
        matrix: m,
        accuracy: po,
        per_class,
        macro_f1,
        macro_f1_classes,
        kappa,
        // Kappa lies in [-1, 1]; the asymptotic interval of a small sample can overshoot.
        // (`f64::max` would turn an undefined kappa's NaN bound into -1.)
        kappa_ci95: if kappa.is_nan() {
            (f64::NAN, f64::NAN)
        } else {
            ((kappa - 1.96 * se).max(-1.0), (kappa + 1.96 * se).min(1.0))
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Class::{A, B, C};

    #[test]
    fn perfect_agreement() {
        let a = agreement(&[(A, A), (B, B), (C, C), (C, C)]);
        assert_eq!(a.accuracy, 1.0);
        assert!((a.kappa - 1.0).abs() < 1e-12);
        assert!((a.macro_f1 - 1.0).abs() < 1e-12);
    }

    #[test]
    fn textbook_kappa() {
        // Two raters, 50 items: agree on 20 A and 15 B; 10 A/B and 5 B/A disagreements.
        let mut pairs = vec![(A, A); 20];
        pairs.extend(vec![(B, B); 15]);
        pairs.extend(vec![(A, B); 10]);
        pairs.extend(vec![(B, A); 5]);
        let a = agreement(&pairs);
        // po = 0.7, pe = (30*25 + 20*25)/2500 = 0.5, kappa = 0.4
        assert!((a.accuracy - 0.7).abs() < 1e-12);
        assert!((a.kappa - 0.4).abs() < 1e-12, "{}", a.kappa);
        assert!(a.kappa_ci95.0 < 0.4 && a.kappa_ci95.1 > 0.4);
        assert_eq!(a.matrix[0], [20, 10, 0]);
    }

    /// Session-14 review: the interval of a small sample went past kappa's range (-1.386 to
    /// 1.386 for four items).
    #[test]
    fn review14_kappa_interval_stays_in_range() {
        let a = agreement(&[(A, A), (A, B), (B, A), (B, B)]);
        assert!(a.kappa_ci95.0 >= -1.0 && a.kappa_ci95.1 <= 1.0, "{:?}", a.kappa_ci95);
    }

    /// Session-15 review: gold and predictions all one class printed kappa 1.000 (CI 1.000 to
    /// 1.000); expected agreement is 1 there and kappa is undefined.
    #[test]
    fn review15_kappa_undefined_for_one_class() {
        let a = agreement(&[(C, C), (C, C), (C, C)]);
        assert!(a.kappa.is_nan(), "{}", a.kappa);
        assert!(a.kappa_ci95.0.is_nan() && a.kappa_ci95.1.is_nan(), "{:?}", a.kappa_ci95);
        assert_eq!(a.accuracy, 1.0);
        assert_eq!(a.macro_f1_classes, [C]);
        assert!(agreement(&[]).kappa.is_nan());
        // Two classes on one side only: expected agreement is below 1 and kappa is defined.
        let b = agreement(&[(C, C), (C, B)]);
        assert!(!b.kappa.is_nan() && b.kappa.abs() < 1e-12, "{}", b.kappa);
        let json = serde_json::to_value(&a).expect("serialises");
        assert!(json["kappa"].is_null(), "{json}");
    }

    #[test]
    fn chance_agreement_is_zero_kappa() {
        let a = agreement(&[(A, A), (A, B), (B, A), (B, B)]);
        assert!(a.kappa.abs() < 1e-12);
    }
}
