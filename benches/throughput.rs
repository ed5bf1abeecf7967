use criterion::{criterion_group, criterion_main, Criterion};

fn analyze_sample(c: &mut Criterion) {
    let ex = mawqif::Extractor::bundled();
    c.bench_function("analyze/sample", |b| b.iter(|| ex.analyze(mawqif::SAMPLE_ARTICLE)));
}

criterion_group!(benches, analyze_sample);
criterion_main!(benches);
