//! Benchmark for `make bench`: resolving what a practitioner types. Every name, official name,
//! other name and code in the register, in lower case, with a typing slip, and on three dates
//! or none, resolved one at a time; prints `{"resolutions": N, "median_us": …, "p95_us": …,
//! "max_us": …}` (release build, host).

use std::time::Instant;

use chrono::NaiveDate;
use rules::places;

fn main() {
    let mut texts: Vec<String> = Vec::new();
    for a in places::all() {
        for n in [a.name, a.official_name, a.code]
            .into_iter()
            .chain(a.alt_names.iter().copied())
        {
            texts.push(n.to_string());
            texts.push(n.to_lowercase());
            // A slip: the last letter dropped (an unknown name, so suggestions are computed).
            let mut slip = n.to_string();
            slip.pop();
            texts.push(slip);
        }
    }
    let dates = [
        None,
        NaiveDate::from_ymd_opt(2022, 6, 1),
        NaiveDate::from_ymd_opt(2026, 6, 1),
        NaiveDate::from_ymd_opt(2027, 6, 1),
    ];
    // Read the register once, as the app does on its first place question.
    let _ = places::resolve("Kent", None);
    let mut times = Vec::with_capacity(texts.len() * dates.len());
    let mut answered = 0usize;
    for date in dates {
        for text in &texts {
            let start = Instant::now();
            let r = places::resolve(text, date);
            times.push(start.elapsed().as_secs_f64() * 1e6);
            answered += usize::from(!matches!(r, places::Resolution::Unknown { .. }));
        }
    }
    times.sort_by(f64::total_cmp);
    let at = |p: f64| times[((times.len() - 1) as f64 * p).round() as usize];
    println!(
        "{{\"resolutions\": {}, \"resolved_or_asked\": {answered}, \"median_us\": {:.1}, \"p95_us\": {:.1}, \"max_us\": {:.1}}}",
        times.len(),
        at(0.5),
        at(0.95),
        at(1.0)
    );
}
