//! The statistics of repeated measurements: median, minimum and maximum of a series, the ratio
//! of two medians, and the geometric mean of ratios.

/// A summary of the times of one series of runs, in seconds.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Summary {
    pub median: f64,
    pub min: f64,
    pub max: f64,
    pub runs: usize,
}

impl Summary {
    /// `None` for an empty series. The median of an even number of runs is the mean of the
    /// two middle ones.
    pub fn of(times: &[f64]) -> Option<Summary> {
        if times.is_empty() {
            return None;
        }
        let mut sorted = times.to_vec();
        sorted.sort_by(f64::total_cmp);
        let middle = sorted.len() / 2;
        let median = if sorted.len() % 2 == 1 {
            sorted[middle]
        } else {
            (sorted[middle - 1] + sorted[middle]) / 2.0
        };
        Some(Summary { median, min: sorted[0], max: sorted[sorted.len() - 1], runs: times.len() })
    }
}

/// `numerator / denominator` of two medians, when both exist and the denominator is not 0.
pub fn ratio(numerator: Option<Summary>, denominator: Option<Summary>) -> Option<f64> {
    let (numerator, denominator) = (numerator?, denominator?);
    (denominator.median > 0.0).then(|| numerator.median / denominator.median)
}

/// The geometric mean of `ratios`, `None` for none.
pub fn geometric_mean(ratios: &[f64]) -> Option<f64> {
    if ratios.is_empty() {
        return None;
    }
    let log_sum: f64 = ratios.iter().map(|ratio| ratio.ln()).sum();
    Some((log_sum / ratios.len() as f64).exp())
}

#[cfg(test)]
mod tests {
    use super::{Summary, geometric_mean, ratio};

    #[test]
    fn summaries() {
        assert_eq!(Summary::of(&[]), None);
        assert_eq!(
            Summary::of(&[3.0, 1.0, 2.0]),
            Some(Summary { median: 2.0, min: 1.0, max: 3.0, runs: 3 })
        );
        assert_eq!(
            Summary::of(&[4.0, 1.0, 3.0, 2.0]),
            Some(Summary { median: 2.5, min: 1.0, max: 4.0, runs: 4 })
        );
        assert_eq!(Summary::of(&[7.5]), Some(Summary { median: 7.5, min: 7.5, max: 7.5, runs: 1 }));
    }

    #[test]
    fn ratios_of_medians() {
        let two = Summary::of(&[2.0, 1.0, 9.0]);
        let four = Summary::of(&[4.0]);
        assert_eq!(ratio(two, four), Some(0.5));
        assert_eq!(ratio(four, two), Some(2.0));
        assert_eq!(ratio(None, four), None);
        assert_eq!(ratio(two, None), None);
        assert_eq!(ratio(two, Summary::of(&[0.0])), None);
    }

    #[test]
    fn geometric_means() {
        assert_eq!(geometric_mean(&[]), None);
        let mean = geometric_mean(&[0.5, 2.0]).unwrap();
        assert!((mean - 1.0).abs() < 1e-12);
        let mean = geometric_mean(&[1.0, 4.0, 16.0]).unwrap();
        assert!((mean - 4.0).abs() < 1e-12);
    }
}
