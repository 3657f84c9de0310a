//! A trait's default method inherited through a blanket impl whose trait argument is an
//! associated type (`impl<R: Ranged> Formatter<R::Value> for R`, as plotters has it): rustc
//! hands the backend that method's instance with the projection `<R as Ranged>::Value`
//! still in its generic arguments, which the debug info's function names must cope with.

use std::fmt::Debug;

trait Ranged {
    type Value;
    type Style;
}

struct Plain;

trait Formatter<V> {
    fn format(_value: &V) -> String {
        String::from("unformatted")
    }

    fn format_labelled(&self, label: &str, value: &V) -> String {
        format!("{label}: {}", Self::format(value))
    }
}

impl<R: Ranged<Style = Plain>> Formatter<R::Value> for R
where
    R::Value: Debug,
{
    fn format(value: &R::Value) -> String {
        format!("{value:?}")
    }
}

struct Logarithmic<T>(T);

impl Ranged for Logarithmic<f64> {
    type Value = f64;
    type Style = Plain;
}

struct Steps;

impl Ranged for Steps {
    type Value = (u8, char);
    type Style = Plain;
}

fn main() {
    let axis = Logarithmic(10.0);
    println!("{} (base {})", axis.format_labelled("x", &2.5), axis.0);
    println!("{}", Steps.format_labelled("step", &(3, 'c')));
}
