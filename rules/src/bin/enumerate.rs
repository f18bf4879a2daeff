//! Benchmark: assess every case of the answer space and print
//! `{"cases": N, "seconds": S}`. Run with `cargo run --release -q -p rules --bin enumerate`.

use std::time::Instant;

fn main() {
    let start = Instant::now();
    let mut checksum = 0usize;
    let n = rules::answer_space::for_each_case(|c| {
        let a = rules::assess(c);
        checksum = checksum.wrapping_add(a.still_needed.len() + a.deadlines.len());
    });
    let seconds = start.elapsed().as_secs_f64();
    std::hint::black_box(checksum);
    println!("{{\"cases\": {n}, \"seconds\": {seconds:.3}}}");
}
