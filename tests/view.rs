//! The HTML page of `mawqif::view`, loaded in headless Chromium: every actor, quote and
//! stance is in the rendered DOM, the page's script runs without an error, and its
//! self-test (clicking every row and a span of each) passes.
//!
//! Uses the seed article `../shared/gold/seed.txt` when `../shared` is present, else the
//! bundled sample. Skips, saying so on standard output, when Chromium is not installed
//! (`.ci/run` installs it; set `MAWQIF_CHROMIUM` to use another binary).

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use mawqif::view::{render_index, render_page, IndexEntry};
use mawqif::{Analysis, Extractor};

/// Says something in the normal test output: `println!` is captured for passing tests,
/// a direct write to the standard output handle is not.
fn say(message: &str) {
    let _ = writeln!(std::io::stdout(), "{message}");
}

fn chromium() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("MAWQIF_CHROMIUM") {
        return Some(PathBuf::from(path));
    }
    let names = [
        "chromium",
        "chromium-browser",
        "google-chrome",
        "google-chrome-stable",
    ];
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path)
        .flat_map(|dir| names.iter().map(move |name| dir.join(name)))
        .find(|candidate| candidate.is_file())
}

/// The seed article when `../shared` is present, else the bundled sample, with its name.
fn article() -> (String, &'static str) {
    let seed = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/gold/seed.txt");
    match std::fs::read_to_string(&seed) {
        Ok(text) => (text, "seed article"),
        Err(_) => {
            say(&format!(
                "note: {} is absent; using the bundled sample",
                seed.display()
            ));
            (mawqif::SAMPLE_ARTICLE.to_string(), "bundled sample")
        }
    }
}

/// A fresh directory for one test's files and Chromium profile.
fn scratch_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("mawqif-view-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch directory");
    dir
}

/// The DOM of `page` after its scripts ran, as Chromium serialises it.
fn dump_dom(chromium: &Path, page: &Path, fragment: &str) -> String {
    let profile = page.with_extension("profile");
    let url = format!("file://{}{fragment}", page.display());
    let mut child = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            // Containers often have a small /dev/shm.
            "--disable-dev-shm-usage",
            "--no-first-run",
            "--disable-extensions",
            "--virtual-time-budget=2000",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg("--dump-dom")
        .arg(&url)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromium starts");
    let deadline = Instant::now() + Duration::from_secs(120);
    let stdout = child.stdout.take().expect("piped stdout");
    let reader = std::thread::spawn(move || std::io::read_to_string(stdout).unwrap_or_default());
    loop {
        match child.try_wait().expect("wait for chromium") {
            Some(_) => break,
            None if Instant::now() > deadline => {
                let _ = child.kill();
                panic!("chromium took more than 120 s on {url}");
            }
            None => std::thread::sleep(Duration::from_millis(50)),
        }
    }
    let dom = reader.join().expect("reader thread");
    assert!(
        dom.contains("</html>"),
        "chromium printed no DOM for {url}: {dom:.300}"
    );
    dom
}

/// The value of `name` on the `<html>` element of a serialised DOM.
fn html_attribute<'a>(dom: &'a str, name: &str) -> Option<&'a str> {
    let open = dom.find("<html")?;
    let tag = &dom[open..open + dom[open..].find('>')?];
    let key = format!(" {name}=\"");
    let at = tag.find(&key)? + key.len();
    Some(&tag[at..at + tag[at..].find('"')?])
}

/// Text as Chromium serialises it inside an element.
fn dom_text(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('\u{a0}', "&nbsp;")
}

/// The serialised table row with key `key` (`a0`, `q3`, `s1` ...).
fn row<'a>(dom: &'a str, key: &str) -> &'a str {
    let open = format!("<tr data-k=\"{key}\"");
    let start = dom
        .find(&open)
        .unwrap_or_else(|| panic!("no row {key} in the rendered page"));
    let end = start + dom[start..].find("</tr>").expect("row ends");
    &dom[start..end]
}

/// The keys (`data-k`) of every lit span of the article (`class="... hl ..."`).
fn lit_spans(dom: &str) -> Vec<&str> {
    dom.split("<span class=\"")
        .skip(1)
        .filter_map(|span| {
            let mut attributes = span.split('"');
            let classes = attributes.next()?;
            let keys = match (attributes.next(), attributes.next()) {
                (Some(" data-k="), Some(keys)) => keys,
                _ => return None,
            };
            classes.split(' ').any(|c| c == "hl").then_some(keys)
        })
        .collect()
}

fn assert_script_ran_cleanly(dom: &str) {
    assert_eq!(
        html_attribute(dom, "data-errors"),
        Some("0"),
        "script errors: {:?}",
        html_attribute(dom, "data-last-error")
    );
    assert_eq!(
        html_attribute(dom, "data-ready"),
        Some("1"),
        "the page's script did not finish"
    );
}

fn assert_everything_shown(dom: &str, analysis: &Analysis) {
    for (i, actor) in analysis.actors.iter().enumerate() {
        let row = row(dom, &format!("a{i}"));
        assert!(row.contains(&dom_text(actor.id.as_str())), "{row}");
        assert!(row.contains(&dom_text(&actor.name)), "{row}");
        // A kind may break after an underscore (<wbr>), which adds no text.
        assert!(
            row.replace("<wbr>", "").contains(actor.kind.as_str()),
            "{row}"
        );
        assert!(
            row.contains(&format!(">{}</td>", actor.mentions.len())),
            "{row}"
        );
    }
    for (i, quote) in analysis.quotes.iter().enumerate() {
        let row = row(dom, &format!("q{i}"));
        assert!(row.contains(&dom_text(&quote.content.text)), "{row}");
        if let Some(cue) = &quote.cue {
            assert!(row.contains(&dom_text(&cue.text)), "{row}");
        }
        if let Some(speaker) = &quote.speaker {
            assert!(row.contains(&dom_text(speaker.as_str())), "{row}");
        }
    }
    for (i, stance) in analysis.stances.iter().enumerate() {
        let row = row(dom, &format!("s{i}"));
        assert!(row.contains(&dom_text(stance.actor.as_str())), "{row}");
        assert!(
            row.contains(&format!(">{}</span>", stance.label.as_str())),
            "{row}"
        );
        for evidence in &stance.evidence {
            assert!(row.contains(&dom_text(&evidence.span.text)), "{row}");
        }
        if let Some(target) = &stance.target {
            assert!(row.contains(&dom_text(&target.text)), "{row}");
        }
    }
    let rows = analysis.actors.len() + analysis.quotes.len() + analysis.stances.len();
    assert_eq!(html_attribute(dom, "data-rows"), Some(&*rows.to_string()));
}

#[test]
fn seed_page_shows_everything_in_chromium() {
    let Some(chromium) = chromium() else {
        say("SKIPPED: chromium is not installed (apt-get install -y chromium); the view page was not loaded in a browser");
        return;
    };
    let (text, name) = article();
    let analysis = Extractor::bundled().analyze(&text);
    assert!(
        !analysis.actors.is_empty() && !analysis.quotes.is_empty() && !analysis.stances.is_empty(),
        "the {name} should give actors, quotes and stances to show"
    );
    let dir = scratch_dir("seed");
    let page = dir.join("seed.html");
    std::fs::write(&page, render_page(&text, &analysis, name)).expect("write page");

    let dom = dump_dom(&chromium, &page, "#selftest");
    assert_script_ran_cleanly(&dom);
    let selftest = html_attribute(&dom, "data-selftest").expect("the self-test ran");
    assert!(selftest.starts_with("ok "), "self-test: {selftest}");
    assert_everything_shown(&dom, &analysis);

    // A link to a stance's row pins it: the row and its evidence are lit.
    let dom = dump_dom(&chromium, &page, "#k=s0");
    assert_script_ran_cleanly(&dom);
    assert!(
        row(&dom, "s0").contains("class=\"hl\""),
        "{}",
        row(&dom, "s0")
    );
    let lit = lit_spans(&dom);
    assert!(!lit.is_empty(), "no evidence of s0 is lit");
    for keys in lit {
        assert!(keys.split(' ').any(|k| k == "s0"), "{keys} is lit");
    }
    assert_eq!(dom.matches("class=\"hl\"").count(), 1, "only the row s0");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn markup_in_the_article_is_shown_not_run_in_chromium() {
    let Some(chromium) = chromium() else {
        say("SKIPPED: chromium is not installed; the hostile page was not loaded in a browser");
        return;
    };
    let text = "وقالت حركة حماس في بيان إن <script>document.documentElement.setAttribute('data-pwned','1')</script> \
                القرار مرفوض <img src=x onerror=\"document.documentElement.setAttribute('data-pwned','2')\"> تماما.";
    let analysis = Extractor::bundled().analyze(text);
    let dir = scratch_dir("hostile");
    let page = dir.join("hostile.html");
    std::fs::write(
        &page,
        render_page(text, &analysis, "<script>alert(1)</script>"),
    )
    .expect("write page");

    let dom = dump_dom(&chromium, &page, "#selftest");
    assert_script_ran_cleanly(&dom);
    assert_eq!(html_attribute(&dom, "data-pwned"), None, "markup ran");
    assert!(
        dom.contains("&lt;script&gt;"),
        "the markup is shown as text"
    );
    let selftest = html_attribute(&dom, "data-selftest").expect("the self-test ran");
    assert!(selftest.starts_with("ok "), "self-test: {selftest}");
    assert_everything_shown(&dom, &analysis);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn index_page_links_every_article_in_chromium() {
    let Some(chromium) = chromium() else {
        say("SKIPPED: chromium is not installed; the index page was not loaded in a browser");
        return;
    };
    let entries: Vec<IndexEntry> = (0..3)
        .map(|i| IndexEntry {
            id: format!("article-{i}"),
            title: format!("مقال رقم {i}"),
            href: format!("pages/{i}.html"),
            actors: i,
            quotes: i * 2,
            stances: i * 3,
        })
        .collect();
    let dir = scratch_dir("index");
    let page = dir.join("index.html");
    std::fs::write(&page, render_index(&entries)).expect("write index");
    let dom = dump_dom(&chromium, &page, "");
    assert_script_ran_cleanly(&dom);
    assert_eq!(html_attribute(&dom, "data-rows"), Some("3"));
    for entry in &entries {
        assert!(dom.contains(&format!("<a href=\"{}\">{}</a>", entry.href, entry.title)));
    }
    assert!(dom.contains("3 articles · 3 actors · 6 quotes · 9 stances"));

    // A filter in the address hides the rows that do not match.
    let dom = dump_dom(&chromium, &page, "#q=article-1");
    assert_script_ran_cleanly(&dom);
    assert_eq!(
        dom.matches("<tr hidden=\"\">").count(),
        2,
        "two rows hidden"
    );
    assert!(dom.contains("1 shown"));
    let _ = std::fs::remove_dir_all(&dir);
}
