use mawqif::{Extractor, Stage::*};
include!("/tmp/pat.rs");
const VOCAB: &[&str] = &[
    "قالت", "حركة", "حماس", "إن", "الرئيس", "الأمريكي", "أدان", "القرار", "وزير", "الخارجية",
    "المصري", "أن", "الخطوة", "مرفوضة", "ورحبت", "مصر", "بالاتفاق", "وأكد", "المتحدث", "باسم",
    "الحكومة", "الإيرانية", "جريمة", "لا", "تبرر", "في", "بيان", "اليوم",
];
#[test]
#[ignore]
fn probe() {
    let ex = Extractor::bundled();
    let n: usize = std::env::var("N").ok().and_then(|s| s.parse().ok()).unwrap_or(2000);
    for (name, make) in patterns() {
        let mut line = format!("{name:<42}");
        for k in [1, 8] {
            let text = make(n * k);
            for st in [Segment, Scan, Actors, Quotes, Stance] {
                let e = (0..2).map(|_| { let t = std::time::Instant::now();
                std::hint::black_box(ex.run_stage(&text, st));
                t.elapsed().as_secs_f64() * 1000.0 }).fold(f64::MAX, f64::min);
                line += &format!(" {}:{:.0}", &format!("{:?}", st)[..3], e);
            }
            let t = std::time::Instant::now();
            std::hint::black_box(ex.analyze(&text));
            line += &format!(" total:{:.0} |", t.elapsed().as_secs_f64() * 1000.0);
        }
        println!("{line}");
    }
}
