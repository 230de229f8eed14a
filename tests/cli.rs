//! End-to-end tests of the `mcaudit` binary: the demo corpus, hostile little inputs generated
//! here, and (when `../shared/data` is present) the real scraped corpora.
//!
//! One integration-test crate on purpose: each `tests/*.rs` links its own large binary.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::*;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn mcaudit() -> Command {
    let mut c = Command::cargo_bin("mcaudit").expect("binary built");
    c.current_dir(root());
    c
}

fn manifest(dir: &Path) -> serde_json::Value {
    let text = std::fs::read_to_string(dir.join("manifest.json")).expect("manifest written");
    serde_json::from_str(&text).expect("manifest is JSON")
}

fn counts(dir: &Path) -> (u64, u64, u64) {
    let m = manifest(dir);
    let c = &m["counts"];
    let get = |k: &str| c[k].as_u64().expect("count");
    (get("records_read"), get("analysed"), get("rejected"))
}

fn csv_rows(path: &Path) -> Vec<csv::StringRecord> {
    let mut r = csv::Reader::from_path(path).expect("csv readable");
    r.records().map(|x| x.expect("valid row")).collect()
}

fn csv_header(path: &Path) -> Vec<String> {
    let mut r = csv::Reader::from_path(path).expect("csv readable");
    r.headers().expect("header").iter().map(str::to_string).collect()
}

#[test]
fn demo_corpus_end_to_end() {
    let out = tempfile::tempdir().expect("tempdir");
    mcaudit()
        .args(["analyse", "data/sample/catalogue.csv", "data/sample/pages", "--out"])
        .arg(out.path())
        .assert()
        .success()
        .stderr(predicate::str::contains("read 70 records = 70 analysed + 0 rejected"));
    for f in ["records.parquet", "records.csv", "segments.parquet", "errors.csv", "manifest.json"] {
        assert!(
            out.path().join(f).exists(),
            "{f} missing\nhelp: report::Tables::write lost a table"
        );
    }
    assert_eq!(counts(out.path()), (70, 70, 0));
    let rows = csv_rows(&out.path().join("records.csv"));
    assert_eq!(rows.len(), 70);
    let header = csv_header(&out.path().join("records.csv"));
    let col = |name: &str| header.iter().position(|h| h == name).expect(name);
    // The two Windows-1252 pages are transcoded and say so.
    let enc: Vec<&str> = rows.iter().map(|r| &r[col("encoding")]).collect();
    assert_eq!(enc.iter().filter(|e| **e == "windows-1252").count(), 2);
    // Every language of the demo corpus is detected.
    let langs: std::collections::BTreeSet<&str> = rows.iter().map(|r| &r[col("lang")]).collect();
    for l in ["en", "it", "fr", "de", "es", "pt", "nl"] {
        assert!(langs.contains(l), "{l} not detected; got {langs:?}");
    }
    let m = manifest(out.path());
    assert_eq!(m["inputs"].as_array().map(Vec::len), Some(2));
    assert!(m["inputs"][0]["sha256"].as_str().is_some_and(|h| h.len() == 64));
}

#[test]
fn output_is_identical_whatever_the_thread_count() {
    let a = tempfile::tempdir().expect("tempdir");
    let b = tempfile::tempdir().expect("tempdir");
    for (dir, j) in [(&a, "1"), (&b, "2")] {
        mcaudit()
            .args([
                "analyse",
                "data/sample/catalogue.csv",
                "data/sample/pages",
                "-q",
                "-j",
                j,
                "--out",
            ])
            .arg(dir.path())
            .assert()
            .success();
    }
    for f in [
        "records.csv",
        "records.parquet",
        "segments.parquet",
        "outcomes.parquet",
        "audit.parquet",
        "errors.csv",
        "tables/classes_by_lang.csv",
        "tables/top_verbs.parquet",
        "report.xlsx",
        "report.html",
    ] {
        let x = std::fs::read(a.path().join(f)).expect("read");
        let y = std::fs::read(b.path().join(f)).expect("read");
        assert!(
            x == y,
            "{f} differs between -j 1 and -j 2\nhelp: results must be collected in input order"
        );
    }
}

#[test]
fn previous_run_is_not_overwritten_without_force() {
    let out = tempfile::tempdir().expect("tempdir");
    let run = |force: bool| {
        let mut c = mcaudit();
        c.args(["analyse", "data/sample/catalogue.csv", "-q", "--out"]).arg(out.path());
        if force {
            c.arg("--force");
        }
        c.assert()
    };
    run(false).success();
    run(false).code(2).stderr(predicate::str::contains("pass --force"));
    run(true).success();
}

#[test]
fn unknown_column_is_a_clear_fatal_error() {
    // Session-11 review: a mistyped `--text` exited 0 and left the CSV's rows out of the run
    // (beside a folder of pages that was read). It is a usage error: exit 2, no table.
    let out = tempfile::tempdir().expect("tempdir");
    let dir = out.path().join("run");
    mcaudit()
        .args(["analyse", "data/sample/catalogue.csv", "data/sample/pages", "--text", "nope"])
        .arg("--out")
        .arg(&dir)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("column \"nope\" not found (columns are: id, title"));
    assert!(!dir.join("records.csv").exists(), "no table is left behind");
}

#[test]
fn bad_meta_element_is_a_usage_error() {
    let out = tempfile::tempdir().expect("tempdir");
    mcaudit()
        .args(["analyse", "data/sample/catalogue.csv", "--meta", "credits=bananas", "--out"])
        .arg(out.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown element \"bananas\""));
}

/// Malformed rows are rejected with their line, and the rest of the file is read.
#[test]
fn malformed_csv_rows_are_accounted_for() {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = dir.path().join("messy.csv");
    let mut bytes: Vec<u8> = Vec::new();
    bytes.extend_from_slice(b"id,title,description\n");
    bytes.extend_from_slice(
        b"r1,Ok,\"By the end you will be able to: 1.Identify x;2.Describe y\"\n",
    );
    bytes.extend_from_slice(b"r2,Too,many,fields,here\n");
    bytes.extend_from_slice(b"r3,Latin,Qualit\xe4t und \xdcbung\n");
    bytes.extend_from_slice(b"r4,Quote,\"never closed\n");
    bytes.extend_from_slice(b"r5,After,still read\n");
    std::fs::write(&input, bytes).expect("write");
    let out = dir.path().join("out");
    mcaudit().args(["analyse", "-q", "--out"]).arg(&out).arg(&input).assert().success();
    let (read, analysed, rejected) = counts(&out);
    assert_eq!(read, analysed + rejected, "accounting must hold");
    let rows = csv_rows(&out.join("records.csv"));
    let ids: Vec<&str> = rows.iter().map(|r| &r[0]).collect();
    assert!(ids.contains(&"r1") && ids.contains(&"r3") && ids.contains(&"r5"), "got {ids:?}");
    let errors = std::fs::read_to_string(out.join("errors.csv")).expect("errors");
    assert!(errors.contains("messy.csv,3,"), "line 3 (r2) must be named:\n{errors}");
    assert!(errors.contains("wrong_field_count"));
    assert!(errors.contains("messy.csv,5,"), "line 5 (unbalanced quote) must be named:\n{errors}");
    let header = csv_header(&out.join("records.csv"));
    let enc = header.iter().position(|h| h == "encoding").expect("encoding column");
    let r3 = rows.iter().find(|r| &r[0] == "r3").expect("r3");
    assert_eq!(&r3[enc], "windows-1252");
}

#[test]
fn strict_exits_1_when_records_are_rejected() {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = dir.path().join("bad.jsonl");
    std::fs::write(
        &input,
        "{\"id\":\"a\",\"description\":\"Learn things.\"}\n{not json}\n[1,2]\n\n",
    )
    .expect("write");
    let out = dir.path().join("out");
    mcaudit().args(["analyse", "-q", "--strict", "--out"]).arg(&out).arg(&input).assert().code(1);
    assert_eq!(counts(&out), (3, 1, 2));
    let errors = std::fs::read_to_string(out.join("errors.csv")).expect("errors");
    assert!(errors.contains("invalid_json") && errors.contains("not_an_object"), "{errors}");
    assert!(errors.contains("bad.jsonl,2,"), "line number of the bad line:\n{errors}");
}

/// Session-14 review: a JSON document that does not parse was counted as one rejected record
/// (`read 1 records ... 1 rejected`), though no record can be told apart in it; it is a failed
/// input now. A JSON Lines record's detail gave serde's `line 1` beside the file's line 2.
#[test]
fn review14_invalid_json_document_is_a_failed_input() {
    let dir = tempfile::tempdir().expect("tempdir");
    let doc = dir.path().join("bad.json");
    std::fs::write(&doc, r#"[{"id":"a","description":"x"},{"id":"b" "description":"y"}]"#)
        .expect("write");
    let lines = dir.path().join("ok.jsonl");
    std::fs::write(&lines, "{\"id\":\"a\",\"description\":\"Analyse data.\"}\n{\"id\" 1}\n")
        .expect("write");
    let out = dir.path().join("out");
    mcaudit().args(["analyse", "-q", "--out"]).arg(&out).arg(&doc).arg(&lines).assert().success();
    assert_eq!(counts(&out), (2, 1, 1), "the document holds no record; the bad line is one");
    let errors = std::fs::read_to_string(out.join("errors.csv")).expect("errors");
    assert!(
        errors.lines().any(|l| l.contains("bad.json")
            && l.contains("input_failed")
            && l.contains(":1:41: invalid JSON document")),
        "{errors}"
    );
    let bad_line = errors.lines().find(|l| l.contains("ok.jsonl,2,")).expect("line 2 rejected");
    assert!(!bad_line.contains("at line 1"), "{bad_line}");
}

/// Session-14 review: a tab-separated table saved as `.txt` (Excel's `Unicode Text`, UTF-16)
/// was read as one page: 5 rows became one record, class A, no warning.
#[test]
fn review14_tab_separated_txt_is_a_table() {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = dir.path().join("export.txt");
    let text = "id\tdescription\nt1\tAnalyse data.\nt2\tDesign a survey.\nt3\tEvaluate models.\n";
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    std::fs::write(&input, bytes).expect("write");
    let page = dir.path().join("page.txt");
    std::fs::write(&page, "Learning outcomes:\n- Analyse data\n- Design a survey\n")
        .expect("write");
    let out = dir.path().join("out");
    mcaudit().args(["analyse", "-q", "--out"]).arg(&out).arg(&input).arg(&page).assert().success();
    assert_eq!(counts(&out), (4, 4, 0), "three rows and one page");
}

#[test]
fn json_array_and_config_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = dir.path().join("courses.json");
    std::fs::write(
        &input,
        r#"{"courses": [{"code": "X1", "name": "Statistik", "ziele": "Die Studierenden können Daten analysieren.", "lp": "5"}, 42]}"#,
    )
    .expect("write");
    let config = dir.path().join("mcaudit.toml");
    std::fs::write(&config, "id = \"code\"\ntext = [\"ziele\"]\ntitle = \"name\"\nlang = \"de\"\n[meta]\nlp = \"credits\"\n").expect("write");
    let out = dir.path().join("out");
    mcaudit()
        .args(["analyse", "-q", "--out"])
        .arg(&out)
        .arg("--config")
        .arg(&config)
        .arg(&input)
        .assert()
        .success();
    assert_eq!(counts(&out), (2, 1, 1));
    let rows = csv_rows(&out.join("records.csv"));
    let header = csv_header(&out.join("records.csv"));
    let col = |name: &str| header.iter().position(|h| h == name).expect(name);
    assert_eq!(&rows[0][col("id")], "X1");
    assert_eq!(&rows[0][col("lang")], "de");
    assert_eq!(&rows[0][col("meta_credits")], "5");
}

#[test]
fn config_with_unknown_key_is_rejected() {
    let dir = tempfile::tempdir().expect("tempdir");
    let config = dir.path().join("mcaudit.toml");
    std::fs::write(&config, "txet = [\"x\"]\n").expect("write");
    mcaudit()
        .args(["analyse", "data/sample/catalogue.csv", "--out"])
        .arg(dir.path().join("out"))
        .arg("--config")
        .arg(&config)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown field `txet`"));
}

// ---------------------------------------------------------------------------------------------
// Real corpora in ../shared/data (skipped with a message when absent).

/// Reports that the running test is skipped. `cargo test` hides a passing test's stderr, so a
/// skip would otherwise look like a pass: the skip is also appended to the file named by
/// `MCAUDIT_SKIP_LOG` (`.ci/run` prints that list after the tests), and with
/// `MCAUDIT_NO_SKIP=1` it is a failure instead.
fn skip(reason: &str) {
    let test = std::thread::current().name().unwrap_or("?").to_string();
    if std::env::var_os("MCAUDIT_NO_SKIP").is_some_and(|v| v == "1") {
        panic!("{test} would skip ({reason}) but MCAUDIT_NO_SKIP=1");
    }
    eprintln!("skipping {test}: {reason}");
    if let Some(log) = std::env::var_os("MCAUDIT_SKIP_LOG") {
        use std::io::Write;
        let line = format!("{test}: {reason}\n");
        let appended = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&log)
            .and_then(|mut f| f.write_all(line.as_bytes()));
        assert!(appended.is_ok(), "cannot append to MCAUDIT_SKIP_LOG: {appended:?}");
    }
}

/// The shared development sets (`../shared/dev`, or `dev/` beside `MCAUDIT_SHARED_DATA`).
fn shared_dev() -> PathBuf {
    std::env::var_os("MCAUDIT_SHARED_DATA")
        .map(PathBuf::from)
        .and_then(|d| d.parent().map(|p| p.join("dev")))
        .unwrap_or_else(|| root().join("../shared/dev"))
}

fn shared_data() -> Option<PathBuf> {
    let dir = std::env::var_os("MCAUDIT_SHARED_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("../shared/data"));
    if dir.is_dir() {
        Some(dir)
    } else {
        skip(&format!(
            "{} not found (set MCAUDIT_SHARED_DATA to run the corpus tests)",
            dir.display()
        ));
        None
    }
}

/// Every row of every shared corpus is accounted for: read = analysed + rejected, and read
/// equals the rows the corpus holds.
#[test]
fn shared_corpora_accounting() {
    let Some(data) = shared_data() else { return };
    let corpora = [
        ("coursera2023/Coursera_Data_Cleaned1.csv", 5585),
        ("mooc_edx_udacity_udemy/EdX.csv", 720),
        ("mooc_edx_udacity_udemy/UdemyCourses.csv", 339),
        ("mooc_edx_udacity_udemy/Udacity.csv", 263),
        ("glasgow_deakin_ilos/glasgow.json", 127),
        ("glasgow_deakin_ilos/deakin.json", 79),
        ("unibs_syllabi_it/unibs_syllabi_it.csv", 151),
        ("fub_modules_de/fub_modules_de.csv", 625),
        ("usp_eel_pyjupiter_pt/usp_eel_disciplinas_pt.csv", 359),
        ("thomasmore_ects_nl/thomasmore_courses_nl.csv", 37),
    ];
    let dir = tempfile::tempdir().expect("tempdir");
    for (i, (file, rows)) in corpora.iter().enumerate() {
        let out = dir.path().join(i.to_string());
        mcaudit()
            .args(["analyse", "-q", "--out"])
            .arg(&out)
            .arg(data.join(file))
            .assert()
            .success();
        let (read, analysed, rejected) = counts(&out);
        assert_eq!(read, analysed + rejected, "{file}: accounting");
        assert_eq!(read, *rows, "{file}: rows read\nhelp: a row was lost or split in ingest");
        let table = csv_rows(&out.join("records.csv"));
        assert_eq!(table.len() as u64, read, "{file}: one row per record in records.csv");
    }
}

/// The EDCI 1.x XML samples (Europass wallet and generic profile) are read as their learning
/// specifications, with credits and the EQF level as mapped fields (session 18; EDCI XML had
/// failed as an unknown format).
#[test]
fn europass_xml_credentials_give_their_specifications() {
    let Some(data) = shared_data() else { return };
    let out = tempfile::tempdir().expect("tempdir");
    mcaudit()
        .args(["analyse", "-q", "--out"])
        .arg(out.path())
        .arg(data.join("edc_samples/edci_credential_0100.xml"))
        .arg(data.join("edc_samples/testing_080.xml"))
        .assert()
        .success();
    let header = csv_header(&out.path().join("records.csv"));
    let col = |name: &str| header.iter().position(|h| h == name).expect(name);
    let rows = csv_rows(&out.path().join("records.csv"));
    let got: Vec<(&str, &str, &str, &str)> = rows
        .iter()
        .map(|r| {
            (&r[col("title")], &r[col("meta_credits")], &r[col("meta_level")], &r[col("status")])
        })
        .collect();
    assert_eq!(
        got,
        [
            ("Advanced Sewing Machine Course", "5 ECTS", "", "analysed"),
            ("Lady Seamstress Course", "8 ECTS", "EQF level 3", "analysed"),
            ("Baptism of fire", "20 ECTS", "EQF level 5", "analysed"),
            ("The Path Wanderer + more", "30 ECTS", "EQF level 6", "analysed"),
            ("Witcher FULL Achievement", "50 ECTS", "EQF level 8", "analysed"),
        ]
    );
    let outcomes = |i: usize| rows[i][col("n_statements")].parse::<u32>().expect("count");
    assert_eq!(outcomes(1), 2, "the qualification's two learning outcomes");
}

/// Coursera's `What you will learn` lists were scraped with the items glued together
/// (`...using PythonUnderstand and apply...`); checked by eye and pinned here.
#[test]
fn coursera_run_together_outcomes_are_split() {
    let Some(data) = shared_data() else { return };
    let out = tempfile::tempdir().expect("tempdir");
    mcaudit()
        .args(["analyse", "-q", "--out"])
        .arg(out.path())
        .arg(data.join("coursera2023/Coursera_Data_Cleaned1.csv"))
        .assert()
        .success();
    let m = manifest(out.path());
    let repaired = m["counts"]["by_reason"]
        .as_array()
        .and_then(|a| a.iter().find(|r| r["reason"] == "repaired_shifted_columns"))
        .and_then(|r| r["count"].as_u64());
    assert_eq!(repaired, Some(248), "shifted-column rows repaired");
    let segs = polars_free_segments(
        out.path(),
        &["Coursera_Data_Cleaned1:1294", "Coursera_Data_Cleaned1:2445"],
    );
    let check = |id: &str, want: &[&str]| {
        let items: Vec<&String> =
            segs.iter().filter(|(r, k, _)| r == id && k == "item").map(|(_, _, t)| t).collect();
        assert_eq!(items.len(), want.len(), "{id}: {items:?}");
        for (got, w) in items.iter().zip(want) {
            assert!(got.starts_with(w), "{id}: item {got:?} should start with {w:?}");
        }
    };
    check(
        "Coursera_Data_Cleaned1:1294",
        &[
            "Apply basic data science",
            "Understand and apply core",
            "Demonstrate how to load",
            "Analyze data further",
        ],
    );
    check(
        "Coursera_Data_Cleaned1:2445",
        &["Agregar, importar", "Filtrar, resumir", "Realizar cálculos", "Usar las prácticas"],
    );
}

/// Reads segments back through the library's own Parquet reader.
fn polars_free_segments(dir: &Path, ids: &[&str]) -> Vec<(String, String, String)> {
    mcaudit::report::read_segments(&dir.join("segments.parquet"))
        .expect("segments readable")
        .into_iter()
        .filter(|(r, _, _)| ids.contains(&r.as_str()))
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Classes, evaluate and explain.

fn analysed_sample() -> tempfile::TempDir {
    let out = tempfile::tempdir().expect("tempdir");
    mcaudit()
        .args(["analyse", "data/sample/catalogue.csv", "data/sample/pages", "-q", "--out"])
        .arg(out.path())
        .assert()
        .success();
    out
}

#[test]
fn records_carry_class_reasons_and_evidence() {
    let out = analysed_sample();
    assert!(out.path().join("outcomes.parquet").exists());
    let rows = csv_rows(&out.path().join("records.csv"));
    let header = csv_header(&out.path().join("records.csv"));
    let col = |name: &str| header.iter().position(|h| h == name).expect(name);
    for r in &rows {
        assert!(["A", "B", "C"].contains(&&r[col("class")]), "class of {}", &r[0]);
        assert!(!r[col("reasons")].is_empty(), "reasons of {}", &r[0]);
        assert!(!r[col("rule_path")].is_empty(), "rule path of {}", &r[0]);
    }
    let classes: std::collections::BTreeSet<&str> = rows.iter().map(|r| &r[col("class")]).collect();
    assert_eq!(classes.len(), 3, "the demo corpus covers A, B and C");
}

/// A floor just below the measured figures (0.914 / 0.943): the demo corpus is ours, so one
/// record moved is a regression.
#[test]
fn evaluate_on_the_demo_corpus() {
    let out = analysed_sample();
    let assert = mcaudit()
        .args(["evaluate", "--gold", "data/sample/labels.csv", "--json", "--records"])
        .arg(out.path())
        .assert()
        .success();
    let report: serde_json::Value =
        serde_json::from_slice(&assert.get_output().stdout).expect("JSON report");
    assert_eq!(report["matched"], 70);
    let kappa = report["overall"]["kappa"].as_f64().expect("kappa");
    let f1 = report["overall"]["macro_f1"].as_f64().expect("macro-F1");
    assert!(
        kappa >= 0.90 && f1 >= 0.93,
        "kappa {kappa:.3}, macro-F1 {f1:.3} on the demo corpus\nhelp: run `mcaudit evaluate` to see the disagreements"
    );
    let text = mcaudit()
        .args(["evaluate", "--gold", "data/sample/labels.csv", "--records"])
        .arg(out.path())
        .assert()
        .success();
    let stdout = String::from_utf8_lossy(&text.get_output().stdout).into_owned();
    assert!(stdout.contains("Cohen's kappa") && stdout.contains("confusion"), "{stdout}");
}

#[test]
fn evaluate_reports_unknown_gold_columns() {
    let out = analysed_sample();
    mcaudit()
        .args(["evaluate", "--gold", "data/sample/labels.csv", "--label-col", "klass", "--records"])
        .arg(out.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("columns \"id\" and \"klass\" are needed"));
}

/// Session-22 review: a gold file of which few ids match the run still gives figures, with a
/// warning that they cover the matched rows only.
#[test]
fn issue6_s22_review_evaluate_warns_when_few_ids_match() {
    let out = analysed_sample();
    let dir = tempfile::tempdir().expect("tempdir");
    let gold = dir.path().join("gold.csv");
    std::fs::write(&gold, "id,label\ncat-001,A\nother-1,B\nother-2,C\nother-3,C\n").expect("write");
    mcaudit()
        .args(["evaluate", "--gold"])
        .arg(&gold)
        .arg("--records")
        .arg(out.path())
        .assert()
        .success()
        .stderr(predicate::str::contains("warning: only 1 of 4 gold rows matched"));
}

/// Session-11 review: a gold file coding a record twice counted it twice, with both labels.
#[test]
fn evaluate_rejects_a_record_coded_twice() {
    let out = analysed_sample();
    let dir = tempfile::tempdir().expect("tempdir");
    let gold = dir.path().join("gold.csv");
    std::fs::write(&gold, "id,label\ncat-001,A\ncat-002,B\ncat-001,C\n").expect("write");
    mcaudit()
        .args(["evaluate", "--gold"])
        .arg(&gold)
        .arg("--records")
        .arg(out.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("id \"cat-001\" is already on line 2"));
}

#[test]
fn explain_shows_statements_and_rule_path() {
    let out = analysed_sample();
    mcaudit()
        .args(["explain", "cat-003", "--records"])
        .arg(out.path())
        .assert()
        .success()
        .stdout(predicate::str::contains("class A"))
        .stdout(predicate::str::contains("⟦action:Identify| Identify the main components"))
        .stdout(predicate::str::contains("why: list of 5 items"));
    mcaudit()
        .args(["explain", "no-such-id", "--records"])
        .arg(out.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("record \"no-such-id\" not found"));
}

/// Macro-F1 of `mcaudit evaluate-levels` on a spans file of `eval/` holding `n` statements,
/// rebuilt from the corpora (`../shared/data` or `MCAUDIT_SHARED_DATA`) by
/// `eval/bloom_spans.py`; `None` (with a message) when the corpora are missing.
fn spans_macro_f1(spans: &str, n: u64) -> Option<f64> {
    let data = shared_data()?;
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("statements.csv");
    // The script reads the corpora where the tests do (session-12 review: it read
    // ../shared/data whatever MCAUDIT_SHARED_DATA said).
    let built = std::process::Command::new("python3")
        .current_dir(root())
        .env("MCAUDIT_DATA", &data)
        .args(["eval/bloom_spans.py", "--spans", spans, "--out"])
        .arg(&out)
        .status();
    // With the corpora present, a failed rebuild is a failure, not a skip (session-11 review:
    // a broken script had turned the floors below into passes).
    assert!(
        built.is_ok_and(|s| s.success()) && out.exists(),
        "python3 eval/bloom_spans.py could not rebuild the statements of {spans} although {} is present",
        data.display()
    );
    let assert = mcaudit().args(["evaluate-levels", "--json"]).arg(&out).assert().success();
    let report: serde_json::Value =
        serde_json::from_slice(&assert.get_output().stdout).expect("JSON report");
    assert_eq!(report["overall"]["n"], n, "every statement of {spans} rebuilt");
    report["overall"]["macro_f1"].as_f64()
}

/// Regression floor of the Bloom levels on our held-out English statements
/// (`eval/bloom_heldout_spans.csv`, labelled blind to mcaudit; measured 0.858).
#[test]
fn heldout_bloom_levels_floor() {
    let Some(f1) = spans_macro_f1("eval/bloom_heldout_spans.csv", 200) else { return };
    assert!(
        f1 >= 0.80,
        "held-out Bloom macro-F1 {f1:.3} fell below 0.80\nhelp: do not tune on these statements; find the rule that moved them with `--details`"
    );
}

/// Regression floor on the second blind English set (`eval/bloom_test_spans.csv`, labelled by
/// another annotator and never used to choose a rule; measured 0.773).
#[test]
fn test_set_bloom_levels_floor() {
    let Some(f1) = spans_macro_f1("eval/bloom_test_spans.csv", 250) else { return };
    assert!(
        f1 >= 0.74,
        "test-set Bloom macro-F1 {f1:.3} fell below 0.74\nhelp: do not tune on these statements; find the rule that moved them with `--details`"
    );
}

/// Regression floors on the third to sixth English development sets
/// (`eval/bloom_dev3_spans.csv` ... `eval/bloom_dev6_spans.csv`, labelled blind to mcaudit;
/// measured 0.818, 0.857, 0.818 and 0.823).
#[test]
fn dev3_to_dev6_bloom_levels_floor() {
    for (spans, floor) in [
        ("eval/bloom_dev3_spans.csv", 0.79),
        ("eval/bloom_dev4_spans.csv", 0.83),
        ("eval/bloom_dev5_spans.csv", 0.79),
        ("eval/bloom_dev6_spans.csv", 0.80),
    ] {
        let Some(f1) = spans_macro_f1(spans, 300) else { return };
        assert!(
            f1 >= floor,
            "{spans}: Bloom macro-F1 {f1:.3} fell below {floor}\nhelp: find the rule that moved it with `mcaudit evaluate-levels --details`"
        );
    }
}

/// Regression floor of the Bloom levels on the shared statements (SPEC.md section 3 labels by
/// reviewers). The figures are measured by `mcaudit evaluate-levels`; this only catches a fall.
#[test]
fn shared_bloom_levels_floor() {
    let file = shared_dev().join("bloom_dev.csv");
    if !file.exists() {
        skip(&format!("{} not found", file.display()));
        return;
    }
    let assert = mcaudit().args(["evaluate-levels", "--json"]).arg(&file).assert().success();
    let report: serde_json::Value =
        serde_json::from_slice(&assert.get_output().stdout).expect("JSON report");
    let f1 = report["overall"]["macro_f1"].as_f64().expect("macro-F1");
    let en_f1 = report["by_lang"]["en"]["macro_f1"].as_f64().expect("en macro-F1");
    let en_verbs = report["by_lang"]["en"]["verb_coverage"].as_f64().expect("en verb coverage");
    assert!(
        f1 >= 0.76 && en_f1 >= 0.87 && en_verbs >= 0.99,
        "Bloom macro-F1 {f1:.3} (en {en_f1:.3}), en verb coverage {en_verbs:.3} fell below the floor\nhelp: `mcaudit evaluate-levels FILE --details out.csv` lists every disagreement"
    );
}

/// Regression floor on the shared development set (SPEC.md section 2 labels by reviewers).
/// The target is measured by `mcaudit evaluate`, not asserted here; this only catches a fall.
#[test]
fn shared_dev_set_agreement_floor() {
    let dev = shared_dev();
    if !dev.join("dev.jsonl").exists() {
        skip(&format!("{} not found", dev.display()));
        return;
    }
    let out = tempfile::tempdir().expect("tempdir");
    mcaudit()
        .args([
            "analyse",
            "-q",
            "--id",
            "id",
            "--text",
            "description",
            "--title",
            "title",
            "--provider",
            "provider",
            "--out",
        ])
        .arg(out.path())
        .arg(dev.join("dev.jsonl"))
        .assert()
        .success();
    let assert = mcaudit()
        .args(["evaluate", "--json", "--records"])
        .arg(out.path())
        .arg("--gold")
        .arg(dev.join("labels_dev.csv"))
        .assert()
        .success();
    let report: serde_json::Value =
        serde_json::from_slice(&assert.get_output().stdout).expect("JSON report");
    let kappa = report["overall"]["kappa"].as_f64().expect("kappa");
    let f1 = report["overall"]["macro_f1"].as_f64().expect("macro-F1");
    assert_eq!(report["matched"], 300);
    assert!(
        kappa >= 0.78 && f1 >= 0.86,
        "dev kappa {kappa:.3}, macro-F1 {f1:.3} fell below the floor"
    );
}

// ---------------------------------------------------------------------------------------------
// Levels and lexicons.

#[test]
fn evaluate_levels_on_a_small_labelled_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("levels.csv");
    std::fs::write(
        &file,
        "id,lang,statement,Remember,Understand,Apply,Analyze,Evaluate,Create\n\
         1,en,Identify the parts of a pump,1,0,0,0,0,0\n\
         2,en,Design and evaluate a test rig,0,0,0,0,1,1\n\
         3,it,Progettare una rete locale,0,0,0,0,0,1\n\
         4,de,Messdaten statistisch analysieren,0,0,0,1,0,0\n",
    )
    .expect("write");
    let assert = mcaudit().args(["evaluate-levels", "--json"]).arg(&file).assert().success();
    let report: serde_json::Value =
        serde_json::from_slice(&assert.get_output().stdout).expect("JSON");
    assert_eq!(report["overall"]["n"], 4);
    assert_eq!(report["overall"]["coverage"].as_f64(), Some(1.0));
    assert_eq!(report["overall"]["exact_match"].as_f64(), Some(1.0), "{report:#}");
    mcaudit()
        .args(["evaluate-levels", "--text", "nope"])
        .arg(&file)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no column \"nope\""));
}

#[test]
fn outcomes_carry_verbs_levels_and_records_carry_the_profile() {
    let out = analysed_sample();
    let header = csv_header(&out.path().join("records.csv"));
    for col in [
        "n_remember",
        "n_create",
        "highest_level",
        "share_analyse_plus",
        "declared_level",
        "level_flag",
    ] {
        assert!(header.iter().any(|h| h == col), "records.csv lacks {col}");
    }
    let rows = mcaudit::report::read_columns(
        &out.path().join("outcomes.parquet"),
        &["record", "verbs", "levels", "level", "dublin_area"],
    )
    .expect("outcomes readable");
    let i = (0..rows[0].len())
        .find(|&i| {
            rows[0][i].as_deref() == Some("cat-003") && rows[1][i].as_deref() == Some("design")
        })
        .expect("the `Design a test procedure` statement of cat-003");
    assert_eq!(rows[3][i].as_deref(), Some("create"));
    assert_eq!(rows[4][i].as_deref(), Some("applying"));
}

#[test]
fn lexicon_dir_extends_the_shipped_verbs() {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = dir.path().join("in.csv");
    std::fs::write(
        &input,
        "id,description\nx,\"Learning outcomes:\n- Frobnicate widgets\n- Glorp a gadget\n\"\n",
    )
    .expect("write");
    let run = |lexicon: Option<&Path>| -> String {
        let out = dir.path().join(if lexicon.is_some() { "with" } else { "without" });
        let mut c = mcaudit();
        c.args(["analyse", "-q", "--lang", "en", "--out"]).arg(&out).arg(&input);
        if let Some(l) = lexicon {
            c.arg("--lexicon-dir").arg(l);
        }
        c.assert().success();
        let rows = csv_rows(&out.join("records.csv"));
        let header = csv_header(&out.join("records.csv"));
        let col = header.iter().position(|h| h == "class").expect("class");
        rows[0][col].to_string()
    };
    assert_eq!(run(None), "B");
    let lex = dir.path().join("lex");
    std::fs::create_dir_all(lex.join("bloom")).expect("mkdir");
    std::fs::write(
        lex.join("bloom/en.csv"),
        "lemma,level,pos,note\nfrobnicate,apply,verb,\nglorp,create,verb,\n",
    )
    .expect("write");
    assert_eq!(run(Some(&lex)), "A");
}

#[test]
fn lexicon_replace_swaps_the_shipped_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let lex = dir.path().join("lex");
    std::fs::create_dir_all(lex.join("bloom")).expect("mkdir");
    std::fs::write(lex.join("bloom/en.csv"), "lemma,level,pos,note\nfrobnicate,apply,verb,\n")
        .expect("write");
    let list = |replace: bool| -> String {
        let mut c = mcaudit();
        c.args(["lexicon", "list", "--lang", "en", "--lexicon-dir"]).arg(&lex);
        if replace {
            c.arg("--lexicon-replace");
        }
        String::from_utf8(c.assert().success().get_output().stdout.clone()).expect("utf-8")
    };
    let added = list(false);
    assert!(added.contains("\nfrobnicate,") && added.contains("\nidentify,"), "{added}");
    let replaced = list(true);
    assert!(replaced.contains("\nfrobnicate,"), "{replaced}");
    assert!(!replaced.contains("\nidentify,"), "the shipped English verbs are gone: {replaced}");
    assert!(replaced.contains("\nunderstand,"), "the shipped vague verbs stay: {replaced}");
    // Replacing needs a folder to replace with.
    mcaudit().args(["lexicon", "list", "--lexicon-replace"]).assert().code(2);
}

#[test]
fn lexicon_list_and_check() {
    mcaudit()
        .args(["lexicon", "list"])
        .assert()
        .success()
        .stdout(predicate::str::contains("verb-stems"));
    mcaudit().args(["lexicon", "check", "data/lexicons/bloom/it.csv"]).assert().success();
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::create_dir_all(dir.path().join("bloom")).expect("mkdir");
    let bad = dir.path().join("bloom/fr.csv");
    std::fs::write(&bad, "lemma,level,pos,note\nappliquer,apply,verb,\nanalyser,appliquer,verb,\n")
        .expect("write");
    mcaudit()
        .args(["lexicon", "check"])
        .arg(&bad)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("fr.csv:3: unknown level \"appliquer\""));
    // Session-14 review: only the first error was reported, and a row with too few fields
    // (read before the levels) hid an earlier bad level. Every bad row is listed, in order.
    std::fs::write(
        &bad,
        "lemma,level,pos,note\nanalyser,appliquer,verb,\nconcevoir,create,verb\nmesurer,apply,verb,\njuger,wrong,verb,\n",
    )
    .expect("write");
    let got = mcaudit().args(["lexicon", "check"]).arg(&bad).assert().code(2);
    let stderr = String::from_utf8_lossy(&got.get_output().stderr).to_string();
    let lines: Vec<&str> = stderr.lines().filter(|l| l.contains("fr.csv:")).collect();
    assert_eq!(lines.len(), 3, "{stderr}");
    assert!(lines[0].contains("fr.csv:2: unknown level \"appliquer\""), "{stderr}");
    assert!(lines[1].contains("fr.csv:3: 3 fields"), "{stderr}");
    assert!(lines[2].contains("fr.csv:5: unknown level \"wrong\""), "{stderr}");
}

// ---------------------------------------------------------------------------------------------
// Hostile input (generated here, never committed): no panic, a clear error with a location,
// the other records analysed, accounting holds. See issue 8 for the full suite.

#[test]
fn hostile_inputs_are_accounted_for() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut csv_bytes: Vec<u8> = b"id,description\n".to_vec();
    csv_bytes.extend_from_slice(b"nul,\"Learning outcomes: \x00 apply\x00 the method\"\n");
    csv_bytes.extend_from_slice(b"bidi,\"\xe2\x80\xaeApply\xe2\x80\xac the \xe2\x80\x8bmethod \xf0\x9f\x98\x80 \xe4\xb8\xad\xe6\x96\x87 \xd8\xb9\xd8\xb1\xd8\xa8\xd9\x8a\"\n");
    // A 5 MB line without spaces, and 2 MB of `1.a ` numbered markers (super-linear traps).
    csv_bytes.extend_from_slice(b"long,");
    csv_bytes.extend(std::iter::repeat_n(b'x', 5 << 20));
    csv_bytes.extend_from_slice(b"\nnumbers,\"");
    for i in 0..200_000u32 {
        csv_bytes.extend_from_slice(format!("{}.a ", i % 50 + 1).as_bytes());
    }
    csv_bytes.extend_from_slice(b"\"\n");
    csv_bytes.extend_from_slice(b"dup,first\ndup,second\n");
    // Mixed and broken encodings: a Windows-1252 field and invalid UTF-8.
    csv_bytes.extend_from_slice(b"latin,\"R\xe9sum\xe9: appliquer la m\xe9thode\"\n");
    csv_bytes.extend_from_slice(b"broken_utf8,\"Apply \xc3\x28 the \xf0\x28\x8c\x28 method\"\n");
    // A 50 MB single field of words: cut at --max-record-bytes with a warning.
    csv_bytes.extend_from_slice(b"huge,\"");
    for _ in 0..(50 << 20) / 32 {
        csv_bytes.extend_from_slice(b"Students apply the method well. ");
    }
    csv_bytes.extend_from_slice(b"\"\n");
    csv_bytes.extend_from_slice(b"\"broken,\"quote\n");
    csv_bytes.extend_from_slice(b"last,Design a study. Evaluate results.\n");
    let input = dir.path().join("hostile.csv");
    std::fs::write(&input, &csv_bytes).expect("write");
    // Deeply nested, malformed HTML and an empty page in a folder.
    let pages = dir.path().join("pages");
    std::fs::create_dir_all(&pages).expect("mkdir");
    let nested = format!(
        "<html><body>{}<li>Apply X<li>Design Y<script>alert(1)</script>",
        "<div><ul>".repeat(20_000)
    );
    std::fs::write(pages.join("nested.html"), nested).expect("write");
    std::fs::write(pages.join("empty.html"), "").expect("write");
    std::fs::write(pages.join("binary.html"), [0u8, 159, 146, 150, 0, 1, 2]).expect("write");
    let out = dir.path().join("out");
    mcaudit().args(["analyse", "-q", "--out"]).arg(&out).arg(&input).arg(&pages).assert().success();
    let (read, analysed, rejected) = counts(&out);
    assert_eq!(read, analysed + rejected);
    let rows = csv_rows(&out.join("records.csv"));
    let ids: Vec<&str> = rows.iter().map(|r| &r[0]).collect();
    for id in [
        "nul",
        "bidi",
        "long",
        "numbers",
        "dup",
        "dup#2",
        "latin",
        "broken_utf8",
        "huge",
        "last",
        "nested",
        "empty",
    ] {
        assert!(ids.contains(&id), "{id} missing from {ids:?}");
    }
    let errors = std::fs::read_to_string(out.join("errors.csv")).expect("errors");
    assert!(errors.contains("truncated"), "the 5 MB record is cut with a warning:\n{errors}");
    assert!(errors.contains("duplicate_id"), "{errors}");
    assert!(errors.contains("binary_file"), "{errors}");
    assert!(
        errors.lines().any(|l| l.contains("huge") && l.contains("truncated")),
        "the 50 MB field is cut with a warning naming its record"
    );
    let header = csv_header(&out.join("records.csv"));
    let col = |name: &str| header.iter().position(|h| h == name).expect("column");
    let row = |id: &str| rows.iter().find(|r| &r[0] == id).expect("row").clone();
    assert_eq!(&row("latin")[col("encoding")], "windows-1252");
    assert_eq!(&row("broken_utf8")[col("status")], "analysed");
}

#[test]
fn empty_and_header_only_files() {
    let dir = tempfile::tempdir().expect("tempdir");
    let empty = dir.path().join("empty.csv");
    std::fs::write(&empty, "").expect("write");
    let header = dir.path().join("header.csv");
    std::fs::write(&header, "id,description\n").expect("write");
    let binary = dir.path().join("blob.bin");
    std::fs::write(&binary, [0u8, 1, 2, 3, 0, 0, 255]).expect("write");
    let out = dir.path().join("out");
    mcaudit()
        .args(["analyse", "-q", "--out"])
        .arg(&out)
        .arg(&empty)
        .arg(&header)
        .arg(&binary)
        .assert()
        .success();
    assert_eq!(counts(&out), (0, 0, 0));
    let errors = std::fs::read_to_string(out.join("errors.csv")).expect("errors");
    assert!(errors.contains("blob.bin") && errors.contains("input_unreadable"), "{errors}");
}

/// Session-11 review: an input that cannot be opened was listed as a `rejected` reason beside
/// the rejected records, so the reasons did not add up to the rejected count. It is an
/// `input_failed` issue now, counted apart.
#[test]
fn unreadable_input_is_not_a_rejected_record() {
    let dir = tempfile::tempdir().expect("tempdir");
    let good = dir.path().join("good.csv");
    // r3's quote never closes: one rejected record beside the unreadable input.
    std::fs::write(
        &good,
        "id,description\nr1,Students will be able to analyse data.\nr2,\nr3,\"never closed\nr4,Design a survey.\n",
    )
    .expect("write");
    let binary = dir.path().join("blob.bin");
    std::fs::write(&binary, [0u8, 1, 2, 3, 0, 0, 255]).expect("write");
    let out = dir.path().join("out");
    let assert = mcaudit()
        .args(["analyse", "--no-progress", "--out"])
        .arg(&out)
        .arg(&good)
        .arg(&binary)
        .assert()
        .success();
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).to_string();
    let summary = stderr.lines().find(|l| l.starts_with("read ")).expect("summary line");
    assert!(!summary.contains("input_unreadable"), "{summary}");
    assert!(summary.contains("1 input(s) could not be opened"), "{summary}");
    let rows = csv_rows(&out.join("tables/rejects_by_reason.csv"));
    let rejected: u64 = rows
        .iter()
        .filter(|r| &r[0] == "rejected")
        .map(|r| r[2].parse::<u64>().expect("count"))
        .sum();
    assert_eq!(rejected, counts(&out).2, "rejected reasons add up to the rejected records");
    assert!(
        rows.iter().any(|r| &r[0] == "input_failed" && &r[1] == "input_unreadable"),
        "{rows:?}"
    );
    // The page shows both: a QA office opening it sees that a file was not read, and which.
    let page = std::fs::read_to_string(out.join("report.html")).expect("report.html");
    assert!(page.contains("<b>1</b> input could not be read"), "no failed-input figure");
    // Session-14 review: this compared `records rejected` with a count of 0, which the page's
    // `record rejected` could never fail; the input now has one rejected record.
    assert_eq!(counts(&out).2, 1, "r3 is rejected");
    assert!(page.contains("<b>1</b> record rejected"), "no rejected-record figure");
    assert!(page.contains("blob.bin</code>"), "the failed input is not named");
}

// ---------------------------------------------------------------------------------------------
// Metadata audit.

#[test]
fn audit_tables_and_contradictions() {
    let out = analysed_sample();
    for f in ["audit.parquet", "completeness_by_source.csv", "completeness_by_provider.csv"] {
        assert!(out.path().join(f).exists(), "{f} missing");
    }
    let by_source = csv_rows(&out.path().join("completeness_by_source.csv"));
    assert_eq!(by_source.len(), 2, "one row per input (the CSV and the pages folder)");
    // Session-15 review: these shares were fractions (0.794) where every table of `tables/`
    // gives percentages (79.39) for the same quantity.
    let head = csv_header(&out.path().join("completeness_by_source.csv"));
    let title = head.iter().position(|h| h == "share_title").expect("share_title");
    assert_eq!(&by_source[0][title], "100.0", "a percentage");
    let rows = csv_rows(&out.path().join("records.csv"));
    let header = csv_header(&out.path().join("records.csv"));
    let col = |name: &str| header.iter().position(|h| h == name).expect(name);
    let cat013 = rows.iter().find(|r| &r[0] == "cat-013").expect("cat-013");
    assert!(
        cat013[col("contradictions")].contains("credits_mismatch"),
        "the field says 5, the text 3 CFU"
    );
    let audit = mcaudit::report::read_columns(
        &out.path().join("audit.parquet"),
        &["record", "element", "status", "value"],
    )
    .expect("audit readable");
    let find = |id: &str, el: &str| {
        (0..audit[0].len())
            .find(|&i| audit[0][i].as_deref() == Some(id) && audit[1][i].as_deref() == Some(el))
            .map(|i| {
                (audit[2][i].clone().unwrap_or_default(), audit[3][i].clone().unwrap_or_default())
            })
    };
    assert_eq!(find("cat-013", "credits"), Some(("field".into(), "5 ECTS".into())));
    assert_eq!(audit[0].len(), 70 * 17, "17 elements per record");
}

/// Session-22 review: a provider the audit found in the text was not the record's provider, so
/// such records were grouped under `(none)`, whose row then said `share_provider` 4.55 (a
/// percentage: 1 of its 22 records had a provider). The provider found in the text now groups
/// the record, marked `(from text)`; `(none)` holds the records with no provider at all.
/// See: #5
#[test]
fn issue5_s22_review_provider_found_in_text_groups_the_record() {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = dir.path().join("in.csv");
    std::fs::write(
        &input,
        "id,title,provider,description\n\
         a,Data basics,Northfield College,Students will be able to analyse data. Offered by Someone Else.\n\
         b,Data more,,Offered by Ashcombe Business School. Students will be able to analyse data.\n\
         c,Data most,,Students will be able to analyse data.\n",
    )
    .expect("write");
    let out = dir.path().join("out");
    mcaudit().args(["analyse", "-q", "--out"]).arg(&out).arg(&input).assert().success();
    let rows = csv_rows(&out.join("records.csv"));
    let header = csv_header(&out.join("records.csv"));
    let provider = header.iter().position(|h| h == "provider").expect("provider");
    let got: Vec<&str> = rows.iter().map(|r| &r[provider]).collect();
    assert_eq!(got, ["Northfield College", "Ashcombe Business School (from text)", ""]);
    let by = csv_rows(&out.join("completeness_by_provider.csv"));
    let head = csv_header(&out.join("completeness_by_provider.csv"));
    let share = head.iter().position(|h| h == "share_provider").expect("share_provider");
    let keys: Vec<&str> = by.iter().map(|r| &r[0]).collect();
    assert_eq!(keys, ["(none)", "Ashcombe Business School (from text)", "Northfield College"]);
    for r in &by {
        let x: f64 = r[share].parse().expect("a number");
        let want = if &r[0] == "(none)" { 0.0 } else { 100.0 };
        assert_eq!(x, want, "share_provider is a percentage of the group's records: {r:?}");
    }
    let classes = csv_rows(&out.join("tables/classes_by_provider.csv"));
    assert!(
        classes.iter().any(|r| &r[0] == "Ashcombe Business School (from text)"),
        "the class table groups as the completeness table: {classes:?}"
    );
}

/// Session-22 review: one `--meta` (or the README's `[meta] cfu = "credits"`) turned off the
/// recognition of every other metadata column: UniBS' assessment column was no longer read.
/// `--meta-only` asks for the named columns alone.
/// See: #5
#[test]
fn issue5_s22_review_meta_adds_to_recognised_columns() {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = dir.path().join("in.csv");
    std::fs::write(
        &input,
        "id,cfu,exam_mode_verifica_apprendimento,goals_obiettivi_formativi\n\
         u1,6 CFU,Esame scritto e prova orale.,Lo studente sarà in grado di analizzare dati.\n",
    )
    .expect("write");
    let config = dir.path().join("mcaudit.toml");
    std::fs::write(&config, "lang = \"it\"\n[meta]\ncfu = \"credits\"\n").expect("write");
    let run = |extra: &[&str], name: &str| {
        let out = dir.path().join(name);
        mcaudit()
            .args(["analyse", "-q", "--config"])
            .arg(&config)
            .args(extra)
            .arg("--out")
            .arg(&out)
            .arg(&input)
            .assert()
            .success();
        let header = csv_header(&out.join("records.csv"));
        let rows = csv_rows(&out.join("records.csv"));
        let missing = header.iter().position(|h| h == "missing").expect("missing");
        (header, rows[0][missing].to_string())
    };
    let (header, missing) = run(&[], "both");
    assert!(header.contains(&"meta_credits".to_string()), "{header:?}");
    assert!(header.contains(&"meta_assessment".to_string()), "{header:?}");
    assert!(!missing.contains("assessment") && !missing.contains("workload"), "{missing}");
    let (header, _) = run(&["--meta-only"], "only");
    assert!(header.contains(&"meta_credits".to_string()), "{header:?}");
    assert!(!header.contains(&"meta_assessment".to_string()), "{header:?}");
}

/// JSON objects differ: a mapped key missing from the first record is still found in later ones.
#[test]
fn jsonl_keys_are_taken_from_many_objects() {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = dir.path().join("in.jsonl");
    std::fs::write(
        &input,
        "{\"id\":\"a\",\"d\":\"x\"}\n{\"id\":\"b\",\"d\":\"y\",\"cfu\":\"6\"}\n",
    )
    .expect("write");
    let out = dir.path().join("out");
    mcaudit()
        .args(["analyse", "-q", "--id", "id", "--text", "d", "--meta", "cfu=credits", "--out"])
        .arg(&out)
        .arg(&input)
        .assert()
        .success();
    assert_eq!(counts(&out), (2, 2, 0));
}

// ---------------------------------------------------------------------------------------------
// Tables and workbook.

#[test]
fn tables_are_written_and_rebuilt_from_parquet() {
    let out = analysed_sample();
    let tables = out.path().join("tables");
    for t in [
        "classes",
        "classes_by_source",
        "classes_by_provider",
        "classes_by_lang",
        "statements_per_record",
        "bloom_levels",
        "bloom_levels_by_class",
        "top_verbs",
        "vague_verbs",
        "vague_verbs_by_provider",
        "verb_coverage",
        "completeness_matrix",
        "level_flags",
        "rejects_by_reason",
    ] {
        for ext in ["csv", "parquet", "json"] {
            assert!(tables.join(format!("{t}.{ext}")).exists(), "tables/{t}.{ext} missing");
        }
    }
    // The workbook's sheets: records, the completeness tables a QA office reads first
    // (session-14 review: they were missing), then every table.
    let xlsx = std::fs::File::open(out.path().join("report.xlsx")).expect("report.xlsx");
    let mut zip = zip::ZipArchive::new(xlsx).expect("a zip");
    let mut book = String::new();
    std::io::Read::read_to_string(
        &mut zip.by_name("xl/workbook.xml").expect("workbook.xml"),
        &mut book,
    )
    .expect("read");
    for sheet in
        ["records", "completeness_by_provider", "completeness_by_source", "classes", "bloom_levels"]
    {
        assert!(book.contains(&format!("name=\"{sheet}\"")), "no sheet {sheet}: {book}");
    }
    // Shares come from counts that sum to the total.
    let classes = csv_rows(&tables.join("classes.csv"));
    let counts: Vec<u64> = classes.iter().take(3).map(|r| r[1].parse().expect("count")).collect();
    assert_eq!(&classes[3][0], "total");
    assert_eq!(counts.iter().sum::<u64>(), classes[3][1].parse::<u64>().expect("total"));
    let shares: f64 = classes.iter().take(3).map(|r| r[2].parse::<f64>().expect("share")).sum();
    assert!((shares - 100.0).abs() < 0.05, "shares sum to {shares}");
    // Verb coverage: the overall row is the sum of the languages' rows.
    let coverage = csv_rows(&tables.join("verb_coverage.csv"));
    assert_eq!(&coverage[0][0], "(all)");
    for col in [1, 2] {
        let total: u64 = coverage[0][col].parse().expect("count");
        let sum: u64 = coverage[1..].iter().map(|r| r[col].parse::<u64>().expect("count")).sum();
        assert_eq!(total, sum, "verb_coverage column {col}");
    }
    assert!(coverage[0][2].parse::<u64>().expect("count") > 0);
    // `report --from` rebuilds the same tables without analysing again.
    let before = std::fs::read(tables.join("classes_by_lang.csv")).expect("read");
    std::fs::remove_dir_all(&tables).expect("remove tables");
    mcaudit().args(["report", "--group-by", "mode", "--from"]).arg(out.path()).assert().success();
    assert_eq!(std::fs::read(tables.join("classes_by_lang.csv")).expect("rebuilt"), before);
    assert!(tables.join("classes_by_mode.csv").exists());
    mcaudit()
        .args(["report", "--group-by", "nope", "--from"])
        .arg(out.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--group-by \"nope\": no such column"));
    // Session-14 review: a report without `--group-by mode` left the earlier run's
    // `classes_by_mode` tables in place, read as current.
    mcaudit().args(["report", "--from"]).arg(out.path()).assert().success();
    assert!(!tables.join("classes_by_mode.csv").exists(), "stale classes_by_mode.csv");
    assert!(tables.join("classes_by_lang.csv").exists());
}

/// Session-14 review: `--group-by` was checked after the whole analysis (a typo threw the run
/// away), and could not name an input column the mapping does not hold. An input column is now
/// carried into `records.*` as `meta_<column>` and grouped by; a name found nowhere stops the
/// run before it starts.
#[test]
fn review14_group_by_an_input_column() {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = dir.path().join("c.csv");
    std::fs::write(
        &input,
        "id,Course Name,description\nr1,Law,Analyse cases. Draft contracts.\nr2,Law,Learn things.\nr3,Physics,Topics: optics.\n",
    )
    .expect("write");
    let out = dir.path().join("out");
    mcaudit()
        .args(["analyse", "-q", "--group-by", "Course Name", "--out"])
        .arg(&out)
        .arg(&input)
        .assert()
        .success();
    let rows = csv_rows(&out.join("tables/classes_by_course_name.csv"));
    let groups: Vec<&str> = rows.iter().map(|r| &r[0]).collect();
    assert_eq!(groups, ["Law", "Physics"], "{rows:?}");
    assert!(csv_header(&out.join("records.csv")).contains(&"meta_course_name".to_string()));
    mcaudit()
        .args(["analyse", "-q", "--group-by", "nope", "--out"])
        .arg(dir.path().join("out2"))
        .arg(&input)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("column \"nope\" not found"));
    assert!(!dir.path().join("out2/records.csv").exists(), "nothing analysed");
    // Session-14 second review: a `/` in the column's name became a path (the run was lost at
    // its end), and two long names cut to the same 31-character sheet name broke the workbook.
    let input = dir.path().join("d.csv");
    std::fs::write(
        &input,
        "id,Dept/Unit,Name of the awarding institution,Name of the awarding body,description\nr1,Law,A,B,Analyse cases.\n",
    )
    .expect("write");
    let out3 = dir.path().join("out3");
    mcaudit()
        .args(["analyse", "-q", "--group-by", "Dept/Unit", "--group-by"])
        .args([
            "Name of the awarding institution",
            "--group-by",
            "Name of the awarding body",
            "--out",
        ])
        .arg(&out3)
        .arg(&input)
        .assert()
        .success();
    for t in ["dept_unit", "name_of_the_awarding_institution", "name_of_the_awarding_body"] {
        assert!(out3.join(format!("tables/classes_by_{t}.csv")).exists(), "{t}");
    }
    mcaudit().args(["report", "--group-by", "Dept/Unit", "--from"]).arg(&out3).assert().success();
}

/// Chromium's path, or `None` (the caller skips) when it is not installed.
fn chromium() -> Option<String> {
    ["chromium", "chromium-browser", "google-chrome"].iter().find_map(|c| {
        std::process::Command::new("which")
            .arg(c)
            .output()
            .ok()
            .filter(|o| o.status.success())
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
    })
}

/// Runs Chromium headless on `page` with `extra` arguments.
fn headless(chromium: &str, profile: &Path, extra: &[String]) -> std::process::Output {
    let flags = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--virtual-time-budget=5000",
    ];
    std::process::Command::new(chromium)
        .args(flags)
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(extra)
        .output()
        .expect("chromium runs")
}

/// The page's `#selftest` line (filter, open a record, sort), printed by its own script.
fn selftest(chromium: &str, profile: &Path, page: &Path) -> String {
    let dom = headless(
        chromium,
        profile,
        &["--dump-dom".into(), format!("file://{}#selftest", page.display())],
    );
    let html = String::from_utf8_lossy(&dom.stdout);
    html.lines()
        .find(|l| l.contains("<pre id=\"selftest\">"))
        .map(str::to_string)
        .unwrap_or_else(|| panic!("no self-test output:\n{}", String::from_utf8_lossy(&dom.stderr)))
}

/// A number after `key` in a self-test line.
fn selftest_num(line: &str, key: &str) -> usize {
    let rest = &line[line.find(key).expect(key) + key.len()..];
    rest.split(|c: char| !c.is_ascii_digit()).next().and_then(|n| n.parse().ok()).expect("number")
}

/// The page loads in headless Chromium with no script error, a filter changes the row count, a
/// clicked record shows its highlighted text and a column header sorts the rows; a screenshot is
/// taken. Skips when Chromium is not installed (`.ci/run` installs Debian's `chromium`).
#[test]
fn report_page_in_headless_chromium() {
    let Some(chromium) = chromium() else {
        skip("chromium not installed (apt-get install chromium)");
        return;
    };
    let out = analysed_sample();
    let page = out.path().join("report.html");
    let profile = tempfile::tempdir().expect("tempdir");
    let line = selftest(&chromium, profile.path(), &page);
    assert_eq!(selftest_num(&line, "rows="), 70, "{line}");
    let filtered = selftest_num(&line, "filtered=");
    assert!(filtered > 0 && filtered < 70, "the class filter changes the row count: {line}");
    assert!(line.contains("detail=true"), "{line}");
    assert!(line.contains("sorted=true"), "{line}");
    let by_provider = selftest_num(&line, "provider=");
    assert!(
        by_provider > 0 && by_provider < 70,
        "the provider filter keeps that provider's records: {line}"
    );
    // Session 20 (user review: a facilitator filters by reason and by missing element).
    for key in ["reason=", "missing="] {
        let n = selftest_num(&line, key);
        assert!(n > 0 && n < 70, "the {key} filter keeps the records holding it: {line}");
    }
    assert!(line.contains("errors=0"), "{line}");
    let shot = out.path().join("report.png");
    let s = headless(
        &chromium,
        profile.path(),
        &[
            format!("--screenshot={}", shot.display()),
            "--window-size=1280,1600".into(),
            format!("file://{}", page.display()),
        ],
    );
    assert!(shot.exists(), "no screenshot: {}", String::from_utf8_lossy(&s.stderr));
}

/// Session-14 review: a description holding `<!--<script>` switched the HTML parser into a
/// script's escaped state, the page's data never ended and the records table stayed empty.
/// Every `<`, `>` and `&` of the embedded data is now a `\u` escape; the page is checked in
/// Chromium, and without it in its source.
#[test]
fn review14_script_comment_in_a_description_keeps_the_page_working() {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = dir.path().join("inj.csv");
    std::fs::write(
        &input,
        "id,description\nr1,\"Example: <!--<script> is tricky. Analyse data. Design a survey.\"\nr2,\"</script><b>Evaluate</b> models & write reports.\"\n",
    )
    .expect("write");
    let out = dir.path().join("out");
    mcaudit().args(["analyse", "-q", "--out"]).arg(&out).arg(&input).assert().success();
    let page = out.join("report.html");
    let html = std::fs::read_to_string(&page).expect("page");
    let data = &html[html.find("<script id=\"data\"").expect("data")..];
    let data = &data[data.find('>').expect(">") + 1..data.find("</script>").expect("end")];
    assert!(!data.contains(['<', '>', '&']), "raw markup in the embedded data: {data}");
    let Some(chromium) = chromium() else {
        skip("chromium not installed (apt-get install chromium)");
        return;
    };
    let profile = tempfile::tempdir().expect("tempdir");
    let line = selftest(&chromium, profile.path(), &page);
    assert_eq!(selftest_num(&line, "rows="), 2, "{line}");
    assert!(line.contains("errors=0"), "{line}");
}

/// Warnings lose nothing: a run whose only issue is a duplicate id shows no rejected-records
/// section on the page (session-13 review: it did, with the warning as its only row).
#[test]
fn warnings_alone_show_no_problems_section() {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = dir.path().join("dup.csv");
    std::fs::write(&input, "id,description\nr1,Analyse data.\nr1,Design a survey.\n")
        .expect("write");
    let out = dir.path().join("out");
    mcaudit().args(["analyse", "-q", "--out"]).arg(&out).arg(&input).assert().success();
    let errors = std::fs::read_to_string(out.join("errors.csv")).expect("errors");
    assert!(errors.contains("duplicate_id"), "{errors}");
    let page = std::fs::read_to_string(out.join("report.html")).expect("report.html");
    assert!(!page.contains("Rejected records and failed inputs"), "a warning is no rejection");
}

/// Session-22 review: a rejected row on the page carries its reason and line (it showed only
/// `rejected`, with an empty `why:`).
#[test]
fn issue6_s22_review_page_shows_why_a_row_was_rejected() {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = dir.path().join("bq.csv");
    std::fs::write(
        &input,
        "id,title,description\n1,A,\"Explain the water cycle.\"\n2,B,\"Opens\nand goes on\n3,C,row\n",
    )
    .expect("write");
    let out = dir.path().join("out");
    mcaudit().args(["analyse", "-q", "--out"]).arg(&out).arg(&input).assert().success();
    let page = std::fs::read_to_string(out.join("report.html")).expect("report.html");
    assert!(page.contains(r#""line":"3""#) && page.contains(r#""reason":"unbalanced_quote""#));
    assert!(page.contains("'rejected: ' + r.reason"), "the record view shows the reason");
}

/// A folder with pages that cannot be read (a dangling link, a FIFO named like a page): each is
/// rejected with its path, the readable pages are analysed, and the run does not block.
#[test]
fn unreadable_pages_are_rejected_not_fatal() {
    let dir = tempfile::tempdir().expect("tempdir");
    let pages = dir.path().join("pages");
    std::fs::create_dir_all(&pages).expect("mkdir");
    std::fs::write(
        pages.join("ok.html"),
        "<h1>Course</h1><p>Learning outcomes:</p><ul><li>Apply X</li><li>Design Y</li></ul>",
    )
    .expect("write");
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(dir.path().join("missing.html"), pages.join("dangling.html"))
            .expect("symlink");
        let fifo = pages.join("pipe.html");
        let status = std::process::Command::new("mkfifo").arg(&fifo).status();
        assert!(status.is_ok_and(|s| s.success()), "mkfifo available");
    }
    let out = dir.path().join("out");
    mcaudit()
        .args(["analyse", "-q", "--out"])
        .arg(&out)
        .arg(&pages)
        .timeout(std::time::Duration::from_secs(60))
        .assert()
        .success();
    let (read, analysed, rejected) = counts(&out);
    assert_eq!((read, analysed, rejected), (3, 1, 2));
    let errors = std::fs::read_to_string(out.join("errors.csv")).expect("errors");
    assert!(
        errors.contains("dangling.html")
            && errors.contains("pipe.html")
            && errors.contains("not a regular file"),
        "{errors}"
    );
    let page = std::fs::read_to_string(out.join("report.html")).expect("report.html");
    assert!(page.contains("<b>2</b> records rejected"), "no rejected-record figure on the page");
    assert!(page.contains("Rejected records and failed inputs"), "no reasons table on the page");
}

/// An output folder that cannot be written is a clear fatal error (exit 2), not a panic.
#[test]
fn unwritable_output_is_fatal_and_clear() {
    let dir = tempfile::tempdir().expect("tempdir");
    let blocker = dir.path().join("file");
    std::fs::write(&blocker, "x").expect("write");
    mcaudit()
        .args(["analyse", "data/sample/catalogue.csv", "-q", "--out"])
        .arg(blocker.join("out"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("cannot create output folder"));
}

// ---------------------------------------------------------------------------------------------
// Faults (issue 8): interruption and a full disk leave no half-written table.

/// Names of the files left in `dir` (none when the folder does not exist).
fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|d| d.flatten().map(|e| e.file_name().to_string_lossy().into_owned()).collect())
        .unwrap_or_default();
    names.sort();
    names
}

/// SIGINT and SIGTERM during a run: exit 2, "interrupted" on stderr, and no table, manifest or
/// temporary file left in the output folder.
#[cfg(unix)]
#[test]
fn issue8_interrupted_run_leaves_no_table() {
    use std::time::{Duration, Instant};
    let dir = tempfile::tempdir().expect("tempdir");
    let input = dir.path().join("many.jsonl");
    // 200,000 small records: long enough that the signal lands while records are analysed.
    let mut text = String::new();
    for i in 0..200_000u32 {
        text.push_str(&format!(
            "{{\"id\":\"r{i}\",\"description\":\"Learning outcomes: 1. Apply method {i}. 2. Evaluate the results.\"}}\n"
        ));
    }
    std::fs::write(&input, text).expect("write");
    for signal in ["INT", "TERM"] {
        let out = dir.path().join(format!("out-{signal}"));
        let child = std::process::Command::new(assert_cmd::cargo::cargo_bin("mcaudit"))
            .args(["analyse", "-q", "--out"])
            .arg(&out)
            .arg(&input)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("spawn mcaudit");
        // The output folder is created before the first record is read.
        let started = Instant::now();
        while !out.exists() && started.elapsed() < Duration::from_secs(60) {
            std::thread::sleep(Duration::from_millis(20));
        }
        std::thread::sleep(Duration::from_millis(300));
        let sent = std::process::Command::new("kill")
            .arg(format!("-{signal}"))
            .arg(child.id().to_string())
            .status()
            .expect("kill available");
        assert!(sent.success(), "signal {signal} delivered");
        let output = child.wait_with_output().expect("wait");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "SIG{signal}: {stderr}");
        assert!(stderr.contains("interrupted"), "SIG{signal}: {stderr}");
        assert_eq!(files_in(&out), Vec::<String>::new(), "SIG{signal} left files behind");
    }
}

/// Every write failing with ENOSPC: a temporary table file is a link to `/dev/full`. The run is
/// fatal (exit 2) with the file named, and nothing of it is left, not even the old manifest.
#[cfg(target_os = "linux")]
#[test]
fn issue8_full_disk_leaves_no_partial_run() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("out");
    mcaudit()
        .args(["analyse", "data/sample/catalogue.csv", "-q", "--out"])
        .arg(&out)
        .assert()
        .success();
    // `segments.parquet` is written after records.parquet and records.csv.
    std::os::unix::fs::symlink("/dev/full", out.join(".segments.parquet.tmp")).expect("symlink");
    mcaudit()
        .args(["analyse", "data/sample/catalogue.csv", "-q", "--force", "--out"])
        .arg(&out)
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("segments.parquet")
                .and(predicate::str::contains("No space left on device"))
                .and(predicate::str::contains("the run is incomplete")),
        );
    assert_eq!(files_in(&out), Vec::<String>::new());
}

/// A real full disk: a 256 KiB tmpfs in a private mount namespace (`unshare -rm`). Skips with a
/// message where user namespaces are not allowed.
#[cfg(target_os = "linux")]
#[test]
fn issue8_full_tmpfs_is_fatal_and_clean() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mnt = dir.path().join("small");
    std::fs::create_dir_all(&mnt).expect("mkdir");
    let probe = std::process::Command::new("unshare")
        .args(["-rm", "sh", "-c"])
        .arg(format!("mount -t tmpfs -o size=256k tmpfs {}", mnt.display()))
        .output();
    if !probe.as_ref().is_ok_and(|o| o.status.success()) {
        skip(&format!("cannot mount a tmpfs in a user namespace here ({probe:?})"));
        return;
    }
    let bin = assert_cmd::cargo::cargo_bin("mcaudit");
    let script = format!(
        "mount -t tmpfs -o size=256k tmpfs {mnt} && {bin} analyse data/sample -q --out {mnt}/out; code=$?; ls -A {mnt}/out; exit $code",
        mnt = mnt.display(),
        bin = bin.display()
    );
    let output = std::process::Command::new("unshare")
        .args(["-rm", "sh", "-c"])
        .arg(&script)
        .current_dir(root())
        .output()
        .expect("unshare");
    let stderr = String::from_utf8_lossy(&output.stderr);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("No space left on device"), "{stderr}");
    assert_eq!(stdout.trim(), "", "files left on the full disk: {stdout}");
}

// ---------------------------------------------------------------------------------------------
// ESCO skills (issue 9).

fn tiny_esco(dir: &Path) {
    std::fs::create_dir_all(dir).expect("mkdir");
    std::fs::write(
        dir.join("skills_en.csv"),
        "conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,description\n\
         KnowledgeSkillCompetence,http://example.org/s/1,skill/competence,cross-sector,design experiments,\"plan experiments\nexperimental design\",Plan and design scientific experiments.\n\
         KnowledgeSkillCompetence,http://example.org/s/2,knowledge,cross-sector,statistics,,Collecting and analysing numerical data.\n\
         KnowledgeSkillCompetence,http://example.org/s/3,skill/competence,cross-sector,bake bread,,Prepare dough and bake it.\n",
    )
    .expect("write");
}

#[test]
fn esco_links_outcomes_and_caches_the_index() {
    let dir = tempfile::tempdir().expect("tempdir");
    let esco = dir.path().join("esco");
    tiny_esco(&esco);
    let input = dir.path().join("c.csv");
    std::fs::write(
        &input,
        "id,description\n\
         a,\"Learning outcomes: 1. Design experiments to test a hypothesis. 2. Apply statistics to the results.\"\n\
         b,\"A relaxed weekend of walks.\"\n",
    )
    .expect("write");
    let run = |out: &Path| {
        mcaudit()
            .args(["analyse", "--no-progress", "--out"])
            .arg(out)
            .arg(&input)
            .arg("--esco")
            .arg(&esco)
            // BM25 scores of a three-skill index are small; the default suits ESCO's 13,485.
            .args(["--esco-min-score", "0.1"])
            .assert()
            .success()
    };
    let first = run(&dir.path().join("o1"));
    let stderr = String::from_utf8_lossy(&first.get_output().stderr).into_owned();
    assert!(stderr.contains("index built and cached"), "{stderr}");
    let cached: Vec<String> =
        files_in(&esco).into_iter().filter(|f| f.starts_with(".mcaudit-esco-")).collect();
    assert_eq!(cached.len(), 1, "one cache file next to the export");
    let second = run(&dir.path().join("o2"));
    let stderr = String::from_utf8_lossy(&second.get_output().stderr).into_owned();
    assert!(stderr.contains("index from"), "the second run reads the cache: {stderr}");
    let out = dir.path().join("o2");
    let skills = mcaudit::report::read_columns(
        &out.join("skills.parquet"),
        &["record", "rank", "concept_uri", "label", "matched"],
    )
    .expect("skills.parquet");
    let rows: Vec<(String, String, String)> = (0..skills[0].len())
        .filter(|&i| skills[1][i].as_deref() == Some("1"))
        .map(|i| {
            (
                skills[0][i].clone().unwrap_or_default(),
                skills[2][i].clone().unwrap_or_default(),
                skills[4][i].clone().unwrap_or_default(),
            )
        })
        .collect();
    assert!(
        rows.iter()
            .any(|(r, u, m)| r == "a" && u == "http://example.org/s/1" && m.contains("design")),
        "{rows:?}"
    );
    assert!(rows.iter().any(|(r, u, _)| r == "a" && u == "http://example.org/s/2"), "{rows:?}");
    assert!(rows.iter().all(|(r, _, _)| r != "b"), "no outcome, no skill: {rows:?}");
    let coverage = csv_rows(&out.join("tables/skill_coverage.csv"));
    assert_eq!(&coverage[0][0], "(all)");
    assert_eq!((&coverage[0][1], &coverage[0][2]), ("2", "2"), "both outcomes linked");
    assert!(out.join("tables/skills_by_source.csv").exists());
    assert!(out.join("tables/skills_by_provider.csv").exists());
    assert!(manifest(&out)["esco"]["cached"].as_bool().expect("esco in manifest"));
    // A broken export is a clear fatal error naming the file.
    std::fs::write(esco.join("skills_en.csv"), "uri,name\nx,y\n").expect("write");
    mcaudit()
        .args(["analyse", "-q", "--out"])
        .arg(dir.path().join("o3"))
        .arg(&input)
        .arg("--esco")
        .arg(&esco)
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("skills_en.csv").and(predicate::str::contains("conceptUri")),
        );
}

/// The real ESCO export (copied, so the cache is written next to the copy): the Spanish and
/// French demo records get skills in their own language.
#[test]
fn esco_export_in_three_languages() {
    let Some(shared) = shared_data() else { return };
    let src = shared.join("esco_v1.0_multilang");
    let dir = tempfile::tempdir().expect("tempdir");
    let esco = dir.path().join("esco");
    std::fs::create_dir_all(&esco).expect("mkdir");
    for f in ["skills_en-us.csv", "skills_es.csv", "skills_fr.csv"] {
        std::fs::copy(src.join(f), esco.join(f)).expect("copy");
    }
    let out = dir.path().join("out");
    mcaudit()
        .args(["analyse", "data/sample/catalogue.csv", "data/sample/pages", "-q", "--out"])
        .arg(&out)
        .arg("--esco")
        .arg(&esco)
        .assert()
        .success();
    let skills =
        mcaudit::report::read_columns(&out.join("skills.parquet"), &["lang", "concept_uri"])
            .expect("skills");
    for lang in ["en", "es", "fr"] {
        assert!(skills[0].iter().any(|l| l.as_deref() == Some(lang)), "no {lang} skill");
    }
    assert!(skills[1].iter().flatten().all(|u| u.starts_with("http://data.europa.eu/esco/skill/")));
}

// ---------------------------------------------------------------------------------------------
// Scale (issue 7): streamed tables and the generator.

/// More records than one in-memory batch: the tables are written in several batches, and the
/// bytes are the same with one and two threads. The generator is deterministic too.
#[test]
fn streamed_batches_are_identical_whatever_the_thread_count() {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = dir.path().join("gen.csv");
    let again = dir.path().join("gen2.csv");
    for f in [&input, &again] {
        mcaudit().args(["generate", "--records", "9000", "--out"]).arg(f).assert().success();
    }
    assert_eq!(std::fs::read(&input).expect("read"), std::fs::read(&again).expect("read"));
    let run = |threads: &str| {
        let out = dir.path().join(format!("out{threads}"));
        mcaudit()
            .args(["analyse", "-q", "-j", threads, "--out"])
            .arg(&out)
            .arg(&input)
            .assert()
            .success();
        out
    };
    let (one, two) = (run("1"), run("2"));
    let (read, analysed, rejected) = counts(&one);
    assert_eq!(read, 9000, "one row per generated record, stray fields included");
    assert_eq!(read, analysed + rejected);
    for f in
        ["records.parquet", "records.csv", "segments.parquet", "outcomes.parquet", "audit.parquet"]
    {
        let a = std::fs::read(one.join(f)).expect("read");
        assert_eq!(
            a,
            std::fs::read(two.join(f)).expect("read"),
            "{f} differs between -j 1 and -j 2"
        );
    }
    let n =
        mcaudit::report::read_columns(&one.join("records.parquet"), &["id"]).expect("ids")[0].len();
    assert_eq!(n, 9000);
}

/// Session-14 review: `generate` said it wrote C 811 of 3,000 records where the analysis found
/// C 147 (its overview sentence was a course-side aim, B by SPEC.md, and its topic list sat
/// under a content heading, C). Each generated record now carries its intended class, and the
/// analysis agrees with it.
#[test]
fn review14_generated_records_get_their_intended_class() {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = dir.path().join("gen.jsonl");
    mcaudit().args(["generate", "--records", "1500", "--out"]).arg(&input).assert().success();
    let out = dir.path().join("out");
    mcaudit().args(["analyse", "-q", "--out"]).arg(&out).arg(&input).assert().success();
    let intended: std::collections::HashMap<String, String> = std::fs::read_to_string(&input)
        .expect("read")
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("json");
            (
                v["id"].as_str().expect("id").to_string(),
                v["intended"].as_str().expect("intended").to_string(),
            )
        })
        .collect();
    let header = csv_header(&out.join("records.csv"));
    let (id, class) = (
        header.iter().position(|h| h == "id").expect("id"),
        header.iter().position(|h| h == "class").expect("class"),
    );
    let rows = csv_rows(&out.join("records.csv"));
    let mut per_class = std::collections::BTreeMap::<String, (u32, u32)>::new();
    for r in &rows {
        let want = &intended[&r[id]];
        let e = per_class.entry(want.clone()).or_default();
        e.0 += 1;
        e.1 += u32::from(&r[class] == want.as_str());
    }
    assert_eq!(per_class.len(), 3, "{per_class:?}");
    for (c, (n, agree)) in &per_class {
        assert!(f64::from(*agree) >= 0.95 * f64::from(*n), "class {c}: {agree} of {n} agree");
    }
}

/// ISCED-F fields (issue 9): suggested from the title and text, with the terms that decided.
#[test]
fn isced_fields_are_suggested() {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = dir.path().join("c.csv");
    std::fs::write(
        &input,
        "id,title,description\n\
         ml,Introduction to Machine Learning,\"Supervised learning, neural networks and model evaluation in Python.\"\n\
         nurse,Krankenpflege,\"Pflegeplanung im Krankenhaus: Grundlagen der Krankenpflege.\"\n\
         none,A weekend,\"We walk and talk.\"\n",
    )
    .expect("write");
    let out = dir.path().join("out");
    mcaudit().args(["analyse", "-q", "--out"]).arg(&out).arg(&input).assert().success();
    let rows = csv_rows(&out.join("records.csv"));
    let header = csv_header(&out.join("records.csv"));
    let col = |name: &str| header.iter().position(|h| h == name).expect("column");
    let field = |id: &str| {
        let r = rows.iter().find(|r| &r[0] == id).expect("row");
        (
            r[col("isced_broad")].to_string(),
            r[col("isced_narrow")].to_string(),
            r[col("isced_terms")].to_string(),
        )
    };
    let (broad, narrow, terms) = field("ml");
    assert_eq!((broad.as_str(), narrow.as_str()), ("06", "061"));
    assert!(terms.contains("machine learning"), "{terms}");
    assert_eq!(field("nurse").0, "09");
    assert_eq!(field("none").1, "");
    let table = csv_rows(&out.join("tables/isced_fields.csv"));
    assert!(table.iter().any(|r| &r[0] == "(all)" && &r[3] == "061" && &r[5] == "1"));
}

/// Session-11 review: `-j 100000` aborted the process (SIGABRT) and left an empty folder.
#[test]
fn too_many_threads_is_a_usage_error() {
    let out = tempfile::tempdir().expect("tempdir");
    mcaudit()
        .args(["analyse", "data/sample/catalogue.csv", "-j", "100000", "--out"])
        .arg(out.path().join("run"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("at most 1024 worker threads"));
}

/// Regression floor of the grammar probe (`eval/grammar_probe.csv`, 747 statements written by
/// construction in seven languages; 677 read as expected at the end of the session that wrote
/// it, 698 at the end of the next). Needs python3; no corpus.
#[test]
fn grammar_probe_floor() {
    let bin = assert_cmd::cargo::cargo_bin("mcaudit");
    let Ok(out) = std::process::Command::new("python3")
        .current_dir(root())
        .arg("eval/grammar_probe.py")
        .arg(&bin)
        .output()
    else {
        skip("python3 not found");
        return;
    };
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}{}", String::from_utf8_lossy(&out.stderr));
    let ok: u64 = stdout
        .lines()
        .find_map(|l| l.strip_prefix("as expected: "))
        .and_then(|l| l.split_whitespace().next())
        .and_then(|n| n.parse().ok())
        .expect("a count");
    assert!(
        ok >= 695,
        "{ok} of 747 probe statements read as expected (698 before)\nhelp: python3 eval/grammar_probe.py {} -v",
        bin.display()
    );
}

/// Session-11 review: an empty input (a header alone) gave no word at all.
#[test]
fn empty_input_is_reported() {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = dir.path().join("empty.csv");
    std::fs::write(&input, "id,description\n").expect("write");
    mcaudit()
        .arg("analyse")
        .arg(&input)
        .arg("--out")
        .arg(dir.path().join("run"))
        .assert()
        .success()
        .stderr(predicate::str::contains("no records in this input"));
}

/// Session-14 review: a run where no input could be opened exited 0 with an empty report; it now
/// exits 1 and says so (the outputs still hold the failure in `errors.csv`).
#[test]
fn review14_no_input_opened_exits_1() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("out");
    mcaudit()
        .args(["analyse", "-q", "--out"])
        .arg(&out)
        .arg(dir.path().join("no-such-folder"))
        .assert()
        .code(1)
        .stderr(predicate::str::contains("none of the 1 input(s) could be opened"));
    let errors = std::fs::read_to_string(out.join("errors.csv")).expect("errors.csv");
    assert!(errors.contains("no-such-folder"), "{errors}");
}

/// Session-14 review: `--lexicon-dir` naming a missing folder, or a folder with no
/// `<kind>/<lang>.csv` file, was silently ignored; both are errors now.
#[test]
fn review14_lexicon_dir_that_adds_nothing_is_an_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    let flat = dir.path().join("flat");
    std::fs::create_dir_all(&flat).expect("mkdir");
    std::fs::write(flat.join("en.csv"), "lemma,level,pos,note\nfoo,apply,verb,\n").expect("write");
    for (lex, says) in
        [(dir.path().join("missing"), "no such folder"), (flat, "no lexicon file found")]
    {
        mcaudit()
            .args(["lexicon", "list", "--lang", "en", "--lexicon-dir"])
            .arg(&lex)
            .assert()
            .code(2)
            .stderr(predicate::str::contains(says));
    }
}

/// Session-14 review: `explain` on a rejected record printed an empty class and an empty `why`;
/// it now says the record was rejected, why, and where (from `errors.csv`).
#[test]
fn review14_explain_a_rejected_record() {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = dir.path().join("bq.csv");
    std::fs::write(
        &input,
        "id,description\nr1,\"never closed\nr2,Analyse data.\nr3,Design a survey.\n",
    )
    .expect("write");
    let out = dir.path().join("out");
    mcaudit().args(["analyse", "-q", "--out"]).arg(&out).arg(&input).assert().success();
    let header = csv_header(&out.join("records.csv"));
    let rows = csv_rows(&out.join("records.csv"));
    let (id, status) = (
        header.iter().position(|h| h == "id").expect("id"),
        header.iter().position(|h| h == "status").expect("status"),
    );
    let rejected = rows.iter().find(|r| &r[status] == "rejected").expect("a rejected record");
    mcaudit()
        .args(["explain", &rejected[id], "--records"])
        .arg(&out)
        .assert()
        .success()
        .stdout(predicate::str::contains("rejected: unbalanced_quote"))
        .stdout(predicate::str::contains("bq.csv:2: a quoted field opened on line 2"));
}

/// Session-14 review: the Bloom tables counted every action statement, also those of content,
/// assessment and prerequisite sections (`practical test in the workshop` as *practise*), while
/// the records' level profiles leave them out. Both count the same statements now.
#[test]
fn review14_bloom_tables_count_the_profiles_statements() {
    let out = analysed_sample();
    let levels = ["remember", "understand", "apply", "analyse", "evaluate", "create"];
    let table = csv_rows(&out.path().join("tables/bloom_levels.csv"));
    let header = csv_header(&out.path().join("records.csv"));
    let records = csv_rows(&out.path().join("records.csv"));
    for l in levels {
        let in_table: u64 =
            table.iter().find(|r| &r[0] == l).and_then(|r| r[1].parse().ok()).expect("level row");
        let col = header.iter().position(|h| *h == format!("n_{l}")).expect("n_ column");
        let in_records: u64 = records.iter().map(|r| r[col].parse::<u64>().unwrap_or(0)).sum();
        assert_eq!(in_table, in_records, "{l}");
    }
}

// ---------------------------------------------------------------------------------------------
// Session-15 review of the evaluation commands.

/// Four statements our levels get exactly right (see `evaluate_levels_on_a_small_labelled_file`),
/// with the level cells written by `cell(row, level)`.
fn levels_file(dir: &Path, name: &str, cell: impl Fn(usize, usize) -> String) -> PathBuf {
    let gold: [(&str, &str, [u8; 6]); 4] = [
        ("en", "Identify the parts of a pump", [1, 0, 0, 0, 0, 0]),
        ("en", "Design and evaluate a test rig", [0, 0, 0, 0, 1, 1]),
        ("it", "Progettare una rete locale", [0, 0, 0, 0, 0, 1]),
        ("de", "Messdaten statistisch analysieren", [0, 0, 0, 1, 0, 0]),
    ];
    let mut text =
        String::from("id,lang,statement,Remember,Understand,Apply,Analyze,Evaluate,Create\n");
    for (i, (lang, statement, levels)) in gold.iter().enumerate() {
        let cells: Vec<String> =
            (0..6).map(|k| if levels[k] == 1 { cell(i, k) } else { cell(i, k + 100) }).collect();
        text.push_str(&format!("{},{lang},{statement},{}\n", i + 1, cells.join(",")));
    }
    let file = dir.join(name);
    std::fs::write(&file, text).expect("write");
    file
}

fn levels_json(file: &Path) -> serde_json::Value {
    let assert = mcaudit().args(["evaluate-levels", "--json"]).arg(file).assert().success();
    let mut report: serde_json::Value =
        serde_json::from_slice(&assert.get_output().stdout).expect("JSON");
    report["file"] = serde_json::Value::Null;
    report
}

/// Session-15 review: level cells were read with `v.trim() == "1"`, so a pandas export
/// (`1.0`), `true`, `yes` or `x` counted as 0: support 0 everywhere, macro-F1 0.000, exit 0.
/// Such cells now read as the 0/1 they mean; any other value stops the command with file, line
/// and column.
#[test]
fn review15_level_cells_accept_spreadsheet_values() {
    let dir = tempfile::tempdir().expect("tempdir");
    // `k >= 100` is a 0 cell.
    let plain =
        levels_file(dir.path(), "plain.csv", |_, k| (if k < 100 { "1" } else { "0" }).into());
    let spellings = [("1.0", "0.0"), ("TRUE", "false"), ("yes", "No"), ("x", ""), (" X ", "0.00")];
    let mixed = levels_file(dir.path(), "mixed.csv", |i, k| {
        let (one, zero) = spellings[(i + k) % spellings.len()];
        (if k < 100 { one } else { zero }).to_string()
    });
    let expected = levels_json(&plain);
    assert_eq!(expected["overall"]["exact_match"].as_f64(), Some(1.0), "{expected:#}");
    assert_eq!(levels_json(&mixed), expected, "1.0 / true / yes / x read as the 0/1 they mean");
    // Any other value is an error naming file, line and column; no figure is printed.
    let bad = levels_file(dir.path(), "bad.csv", |i, k| {
        (if i == 1 && k == 102 {
            "2"
        } else if k < 100 {
            "1"
        } else {
            "0"
        })
        .into()
    });
    let details = dir.path().join("details.csv");
    mcaudit()
        .args(["evaluate-levels"])
        .arg(&bad)
        .arg("--details")
        .arg(&details)
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains(
            "bad.csv:3: column \"Apply\" (column 6): \"2\" is not a 0/1 level label",
        ));
    assert!(!details.exists(), "no partial --details file");
}

/// Session-15 review: per-language macro-F1 averaged all six levels, levels absent from both
/// gold and prediction included (a subset with exact match 1.000 scored 0.667). Per-language
/// figures average the levels present in the subset; the overall one stays over all six; both
/// say which rule they use.
#[test]
fn review15_per_language_macro_f1_over_present_levels() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file =
        levels_file(dir.path(), "levels.csv", |_, k| (if k < 100 { "1" } else { "0" }).into());
    let report = levels_json(&file);
    let en = &report["by_lang"]["en"];
    assert_eq!(en["exact_match"].as_f64(), Some(1.0));
    assert_eq!(en["macro_f1"].as_f64(), Some(1.0), "{en:#}");
    assert_eq!(en["macro_f1_levels"], serde_json::json!(["remember", "evaluate", "create"]));
    assert!(en["macro_f1_rule"].as_str().expect("rule").contains("present"), "{en:#}");
    // Overall: four of the six levels occur, all right: 4 / 6.
    let overall = &report["overall"];
    assert!((overall["macro_f1"].as_f64().expect("f1") - 4.0 / 6.0).abs() < 1e-9, "{overall:#}");
    assert_eq!(overall["macro_f1_rule"], "all six levels");
    let text = mcaudit().arg("evaluate-levels").arg(&file).assert().success();
    let stdout = String::from_utf8_lossy(&text.get_output().stdout).into_owned();
    assert!(stdout.contains("macro-F1 0.667 (over all six levels)"), "{stdout}");
    assert!(stdout.contains("levels present in that language's gold or predictions"), "{stdout}");
    assert!(stdout.contains("en   n=2    macro-F1 1.000 over 3 level(s)"), "{stdout}");
}

/// Writes `rows` as a delimited file with `delimiter` and line ends `eol`.
fn delimited(rows: &[Vec<String>], delimiter: u8, eol: &str) -> Vec<u8> {
    let mut w = csv::WriterBuilder::new()
        .delimiter(delimiter)
        .terminator(if eol == "\r\n" { csv::Terminator::CRLF } else { csv::Terminator::Any(b'\n') })
        .from_writer(Vec::new());
    for r in rows {
        w.write_record(r).expect("write");
    }
    w.into_inner().expect("flush")
}

fn evaluate_json(args: &[&std::ffi::OsStr]) -> serde_json::Value {
    let assert = mcaudit().arg("evaluate").arg("--json").args(args).assert().success();
    serde_json::from_slice(&assert.get_output().stdout).expect("JSON")
}

/// Session-15 review: the gold reader failed on files the input reader reads: `;` with a BOM
/// and CRLF, tab-separated, a header `"Label "`, UTF-16 (Excel's `Unicode Text`), one
/// Windows-1252 byte. It now reads them as inputs are read, and still refuses an id coded
/// twice (with both lines) and lists invalid labels with their lines. The predictions file
/// shares the reader.
#[test]
fn review15_gold_file_formats() {
    let out = analysed_sample();
    let dir = tempfile::tempdir().expect("tempdir");
    let rows: Vec<Vec<String>> = {
        let mut r = csv::Reader::from_path(root().join("data/sample/labels.csv")).expect("labels");
        let mut rows = vec![r.headers().expect("header").iter().map(str::to_string).collect()];
        rows.extend(r.records().map(|x| x.expect("row").iter().map(str::to_string).collect()));
        rows
    };
    let run = out.path().as_os_str();
    let baseline = evaluate_json(&[
        "--records".as_ref(),
        run,
        "--gold".as_ref(),
        "data/sample/labels.csv".as_ref(),
    ]);
    assert_eq!(baseline["matched"], 70);
    let mut variants: Vec<(&str, Vec<u8>)> = Vec::new();
    let mut bom = vec![0xEF, 0xBB, 0xBF];
    bom.extend(delimited(&rows, b';', "\r\n"));
    variants.push(("semicolon_bom_crlf.csv", bom));
    variants.push(("tab.tsv", delimited(&rows, b'\t', "\n")));
    variants.push(("tab.csv", delimited(&rows, b'\t', "\r\n")));
    variants.push(("pipe.csv", delimited(&rows, b'|', "\n")));
    let mut spaced = rows.clone();
    spaced[0][1] = "Label ".into();
    spaced[0][0] = " ID".into();
    variants.push(("label_space.csv", delimited(&spaced, b',', "\n")));
    let tab = String::from_utf8(delimited(&rows, b'\t', "\r\n")).expect("utf-8");
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(tab.encode_utf16().flat_map(u16::to_le_bytes));
    variants.push(("unicode_text.txt", utf16));
    let mut latin = delimited(&rows, b',', "\n");
    let at = latin.iter().position(|&b| b == b'\n').expect("header line") + 1;
    latin.splice(at..at, b"extra-1,B,r\xe9sum\xe9 only\n".iter().copied());
    variants.push(("windows_1252.csv", latin));
    for (name, bytes) in &variants {
        let gold = dir.path().join(name);
        std::fs::write(&gold, bytes).expect("write");
        let report =
            evaluate_json(&["--records".as_ref(), run, "--gold".as_ref(), gold.as_os_str()]);
        assert_eq!(report["matched"], 70, "{name}: {report:#}");
        assert_eq!(report["overall"], baseline["overall"], "{name}");
    }
    // The predictions file shares the reader: our classes as UTF-16, tab-separated.
    let records = csv_rows(&out.path().join("records.csv"));
    let header = csv_header(&out.path().join("records.csv"));
    let class_i = header.iter().position(|h| h == "class").expect("class");
    let mut preds = vec![vec!["id".to_string(), "class".to_string()]];
    preds.extend(records.iter().map(|r| vec![r[0].to_string(), r[class_i].to_string()]));
    let text = String::from_utf8(delimited(&preds, b';', "\r\n")).expect("utf-8");
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    let pred_file = dir.path().join("preds.csv");
    std::fs::write(&pred_file, bytes).expect("write");
    let report = evaluate_json(&[
        "--predictions".as_ref(),
        pred_file.as_os_str(),
        "--gold".as_ref(),
        "data/sample/labels.csv".as_ref(),
    ]);
    assert_eq!(report["matched"], 70, "{report:#}");
    assert_eq!(report["overall"]["accuracy"], baseline["overall"]["accuracy"]);
    // The checks stay: an id coded twice (both lines), invalid labels listed with their lines.
    let gold = dir.path().join("twice.csv");
    std::fs::write(&gold, "\u{feff}id;label\r\ncat-001;A\r\ncat-002;B\r\ncat-001;C\r\n")
        .expect("write");
    mcaudit()
        .args(["evaluate", "--records"])
        .arg(out.path())
        .arg("--gold")
        .arg(&gold)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("twice.csv:4: id \"cat-001\" is already on line 2"));
    let gold = dir.path().join("invalid.tsv");
    std::fs::write(&gold, "id\tlabel\ncat-001\tA\ncat-002\tD\ncat-003\t\n").expect("write");
    let report = evaluate_json(&["--records".as_ref(), run, "--gold".as_ref(), gold.as_os_str()]);
    let invalid: Vec<&str> = report["invalid_labels"]
        .as_array()
        .expect("list")
        .iter()
        .filter_map(|v| v.as_str())
        .collect();
    assert_eq!(invalid.len(), 2, "{invalid:?}");
    assert!(invalid[0].ends_with("invalid.tsv:3: cat-002: label \"D\""), "{invalid:?}");
    assert!(invalid[1].ends_with("invalid.tsv:4: cat-003: label \"\""), "{invalid:?}");
}

/// Session-15 review: (a) an empty or invalid class in `--predictions` was listed as "not in
/// the run"; (b) a gold id whose record the run rejected was "not in the run" too; (c) gold and
/// predictions all one class printed kappa 1.000 (CI 1.000 to 1.000), where kappa is undefined.
#[test]
fn review15_evaluate_reasons() {
    let dir = tempfile::tempdir().expect("tempdir");
    let gold = dir.path().join("gold.csv");
    std::fs::write(&gold, "id,label\nr1,C\nr2,C\nr3,C\nr4,C\nbin,A\n").expect("write");
    // (a) and (c): the valid predictions are all C, as is their gold.
    let preds = dir.path().join("preds.csv");
    std::fs::write(&preds, "id,class\nr1,C\nr2,C\nr3,\nr4,Z\n").expect("write");
    let args = ["--predictions".as_ref(), preds.as_os_str(), "--gold".as_ref(), gold.as_os_str()];
    let report = evaluate_json(&args);
    assert_eq!(report["matched"], 2);
    assert_eq!(report["missing_in_run"], serde_json::json!(["bin"]), "{report:#}");
    let invalid: Vec<&str> = report["invalid_labels"]
        .as_array()
        .expect("list")
        .iter()
        .filter_map(|v| v.as_str())
        .collect();
    assert_eq!(invalid.len(), 2, "{invalid:?}");
    assert!(invalid[0].contains("preds.csv:4: r3: predicted class \"\""), "{invalid:?}");
    assert!(invalid[1].contains("preds.csv:5: r4: predicted class \"Z\""), "{invalid:?}");
    assert!(report["overall"]["kappa"].is_null(), "{:#}", report["overall"]);
    assert!(report["overall"]["kappa_ci95"][0].is_null());
    assert_eq!(report["overall"]["accuracy"].as_f64(), Some(1.0));
    let text = mcaudit().arg("evaluate").args(args).assert().success();
    let stdout = String::from_utf8_lossy(&text.get_output().stdout).into_owned();
    assert!(stdout.contains("Cohen's kappa undefined"), "{stdout}");
    assert!(!stdout.contains("1.000 to 1.000"), "{stdout}");
    assert!(stdout.contains("invalid label: ") && stdout.contains("not in the run: 1"), "{stdout}");
    // (b) a page the run rejected (a PNG image) is reported as rejected, with the reason.
    let pages = dir.path().join("pages");
    std::fs::create_dir(&pages).expect("mkdir");
    std::fs::write(
        pages.join("r1.html"),
        "<p>By the end you will be able to:</p><ul><li>analyse data</li><li>design surveys</li></ul>",
    )
    .expect("write");
    std::fs::write(pages.join("bin.html"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10")
        .expect("write");
    let run = dir.path().join("run");
    mcaudit().args(["analyse", "-q", "--out"]).arg(&run).arg(&pages).assert().success();
    let report = evaluate_json(&[
        "--records".as_ref(),
        run.as_os_str(),
        "--gold".as_ref(),
        gold.as_os_str(),
    ]);
    let rejected = &report["rejected_in_run"];
    assert_eq!(rejected.as_array().map(Vec::len), Some(1), "{report:#}");
    assert_eq!(rejected[0]["id"], "bin");
    assert_eq!(rejected[0]["reason"], "binary_file");
    // Session 22: the detail names what the file is (it said `NUL bytes` of any binary file).
    assert!(rejected[0]["detail"].as_str().is_some_and(|d| d.contains("PNG")), "{rejected:#}");
    assert!(!report["missing_in_run"].as_array().expect("list").iter().any(|v| v == "bin"));
    let text = mcaudit()
        .args(["evaluate", "--records"])
        .arg(&run)
        .arg("--gold")
        .arg(&gold)
        .assert()
        .success();
    let stdout = String::from_utf8_lossy(&text.get_output().stdout).into_owned();
    assert!(stdout.contains("rejected in the run: bin (binary_file, "), "{stdout}");
}

/// Session-15 review: `report --from DIR` without `--group-by` deleted the run's
/// `classes_by_<col>` tables and sheets, though `manifest.json` lists the run's `group_by`.
#[test]
fn review15_report_from_keeps_the_runs_group_by() {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = dir.path().join("c.csv");
    std::fs::write(
        &input,
        "id,Course Name,description\nr1,Law,Analyse cases. Draft contracts.\nr2,Physics,Topics: optics.\n",
    )
    .expect("write");
    let out = dir.path().join("out");
    mcaudit()
        .args(["analyse", "-q", "--group-by", "Course Name", "--out"])
        .arg(&out)
        .arg(&input)
        .assert()
        .success();
    let table = out.join("tables/classes_by_course_name.csv");
    let before = std::fs::read(&table).expect("written by analyse");
    mcaudit().args(["report", "--from"]).arg(&out).assert().success();
    assert_eq!(std::fs::read(&table).expect("kept by report --from"), before);
    let zip = std::fs::File::open(out.join("report.xlsx")).expect("workbook");
    let mut zip = zip::ZipArchive::new(zip).expect("xlsx is a zip");
    let mut book = String::new();
    std::io::Read::read_to_string(
        &mut zip.by_name("xl/workbook.xml").expect("workbook.xml"),
        &mut book,
    )
    .expect("read");
    assert!(book.contains("classes_by_course_name"), "{book}");
    // Other columns named on the command line replace the run's.
    mcaudit().args(["report", "--group-by", "lang", "--from"]).arg(&out).assert().success();
    assert!(!table.exists(), "--group-by given: only those columns");
}

/// Session-15 review: ids `X1`, `X1`, `X1#2` gave two records the id `X1#2`.
#[test]
fn review15_duplicate_ids_stay_unique() {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = dir.path().join("d.csv");
    std::fs::write(
        &input,
        "id,description\nX1,Analyse cases.\nX1,Draft contracts.\nX1#2,Design bridges.\nX1,Test code.\n",
    )
    .expect("write");
    let out = dir.path().join("out");
    mcaudit().args(["analyse", "-q", "--out"]).arg(&out).arg(&input).assert().success();
    let ids: Vec<String> =
        csv_rows(&out.join("records.csv")).iter().map(|r| r[0].to_string()).collect();
    assert_eq!(ids, ["X1", "X1#2", "X1#2#2", "X1#3"]);
    let errors = std::fs::read_to_string(out.join("errors.csv")).expect("errors.csv");
    assert_eq!(errors.matches("duplicate_id").count(), 3, "{errors}");
}

/// Session-15 review: `source` was the path as typed (`../edge/excel.csv` or
/// `/work/shared/...`), so the tables' bytes changed with the folder the run started in and
/// published tables carried local paths.
#[test]
fn review15_source_is_relative_to_the_inputs_folder() {
    let dir = tempfile::tempdir().expect("tempdir");
    let sub = dir.path().join("corpus");
    std::fs::create_dir_all(sub.join("pages")).expect("mkdir");
    std::fs::write(sub.join("a.csv"), "id,description\n1,Analyse cases.\n").expect("write");
    std::fs::write(sub.join("pages/p.html"), "<p>Design bridges and test them.</p>")
        .expect("write");
    let mut tables = Vec::new();
    for (cwd, a, p) in [
        (dir.path().to_path_buf(), "corpus/a.csv", "corpus/pages"),
        (sub.clone(), "a.csv", "./pages"),
    ] {
        let out = dir.path().join(format!("out{}", tables.len()));
        let mut c = Command::cargo_bin("mcaudit").expect("binary built");
        c.current_dir(&cwd)
            .args(["analyse", "-q", "--out"])
            .arg(&out)
            .args([a, p])
            .assert()
            .success();
        let rows = csv_rows(&out.join("records.csv"));
        let pairs: Vec<(String, String)> =
            rows.iter().map(|r| (r[1].to_string(), r[2].to_string())).collect();
        assert_eq!(
            pairs,
            [("a.csv".into(), "a.csv".into()), ("pages".into(), "pages/p.html".into())]
        );
        tables.push(std::fs::read(out.join("tables/classes_by_source.csv")).expect("table"));
    }
    assert_eq!(tables[0], tables[1], "the same bytes from either folder");
}

/// Session-15 review: the JSON tables' keys were sorted (`A, B, C, share_A, ..., source,
/// total`), not in the column order of the CSV and Parquet forms.
#[test]
fn review15_table_json_keys_keep_column_order() {
    let out = analysed_sample();
    let tables = out.path().join("tables");
    let header = csv_header(&tables.join("classes_by_source.csv"));
    let text = std::fs::read_to_string(tables.join("classes_by_source.json")).expect("json");
    let first = text.split('}').next().expect("a row");
    let positions: Vec<usize> = header
        .iter()
        .map(|h| first.find(&format!("\"{h}\"")).expect("every column is a key"))
        .collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "{header:?} in {first}");
}

/// Session-15 review leftover: a predictions file with an id twice kept its last label
/// silently, where the gold file refuses a repeated id.
#[test]
fn review15_predictions_with_a_repeated_id_are_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let preds = dir.path().join("p.csv");
    let gold = dir.path().join("g.csv");
    std::fs::write(&preds, "id,class\nr1,A\nr2,B\nr1,C\n").expect("write");
    std::fs::write(&gold, "id,label\nr1,A\nr2,B\n").expect("write");
    mcaudit()
        .arg("evaluate")
        .arg("--predictions")
        .arg(&preds)
        .arg("--gold")
        .arg(&gold)
        .assert()
        .failure()
        .stderr(predicate::str::contains("p.csv:4").and(predicate::str::contains("line 2")));
}

/// Session-15 review leftover: `evaluate-audit` read its gold with a strict comma reader (a
/// `;`-separated Excel export with a BOM failed); it reads as leniently as `evaluate` now.
#[test]
fn review15_audit_gold_read_leniently() {
    let out = analysed_sample();
    let dir = tempfile::tempdir().expect("tempdir");
    let comma = dir.path().join("comma.csv");
    let excel = dir.path().join("excel.csv");
    std::fs::write(&comma, "id,element,status,value\ncat-001,provider,present,x\n").expect("write");
    std::fs::write(&excel, "\u{feff}id;element;status;value\r\ncat-001;provider;present;x\r\n")
        .expect("write");
    let run = |gold: &Path| {
        let o = mcaudit()
            .args(["evaluate-audit", "--json", "--records"])
            .arg(out.path())
            .arg("--gold")
            .arg(gold)
            .output()
            .expect("runs");
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        String::from_utf8(o.stdout).expect("utf-8")
    };
    assert_eq!(
        run(&comma).replace(&*comma.to_string_lossy(), ""),
        run(&excel).replace(&*excel.to_string_lossy(), "")
    );
}

/// Issue 8, session 19: 20,000 nested elements in a Europass XML file overflowed the stack
/// (exit 134, all output lost), also when the file sat in a folder of good pages. The file is
/// now an `input_failed` issue with its position and the pages are analysed. See: #8
#[test]
fn issue8_s19_deeply_nested_xml_fails_alone() {
    let dir = tempfile::tempdir().expect("tempdir");
    let pages = dir.path().join("pages");
    std::fs::create_dir_all(&pages).expect("mkdir");
    std::fs::write(pages.join("good.html"), "<p>Apply the method. Design a study.</p>")
        .expect("write");
    let d = 20_000;
    std::fs::write(
        pages.join("deep.xml"),
        format!(
            "<europassCredential xmlns=\"http://data.europa.eu/snb\">{}x{}</europassCredential>",
            "<a>".repeat(d),
            "</a>".repeat(d)
        ),
    )
    .expect("write");
    let out = dir.path().join("out");
    mcaudit().args(["analyse", "-q", "--out"]).arg(&out).arg(&pages).assert().success();
    assert_eq!(counts(&out), (1, 1, 0));
    let errors = std::fs::read_to_string(out.join("errors.csv")).expect("errors");
    assert!(
        errors.lines().any(|l| l.contains("deep.xml") && l.contains("nested too deeply")),
        "{errors}"
    );
}

/// Issue 8, session 19: a provider of 33,000 characters failed the whole run at the workbook
/// (`String exceeds Excel's limit of 32,767 characters`, exit 2, no table kept). The workbook
/// cuts it and says so once; records.csv keeps it whole. See: #8
#[test]
fn issue8_s19_long_cell_is_cut_in_the_workbook_only() {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = dir.path().join("bp.csv");
    let long = "P".repeat(33_000);
    std::fs::write(
        &input,
        format!("id,description,provider\nb1,Identify data,{long}\nb2,Describe,Uni\n"),
    )
    .expect("write");
    let out = dir.path().join("out");
    mcaudit()
        .args(["analyse", "--no-progress", "--out"])
        .arg(&out)
        .arg(&input)
        .assert()
        .success()
        .stderr(
            predicate::str::contains("report.xlsx: ")
                .and(predicate::str::contains("cut to Excel's limit")),
        );
    assert_eq!(counts(&out), (2, 2, 0));
    assert!(out.join("report.xlsx").exists());
    let header = csv_header(&out.join("records.csv"));
    let col = header.iter().position(|h| h == "provider").expect("provider column");
    let rows = csv_rows(&out.join("records.csv"));
    let b1 = rows.iter().find(|r| &r[0] == "b1").expect("b1");
    assert_eq!(b1[col].len(), 33_000, "records.csv keeps the whole provider");
    let warnings = &manifest(&out)["report_warnings"];
    assert!(warnings[0].as_str().is_some_and(|w| w.contains("record b1")), "{warnings}");
}

/// Issue 8, session 19: an `--out` folder inside an input folder was read back as input by
/// the next run (its report page as a page, its tables as JSON inputs). The run's own output
/// folder and any folder holding an mcaudit run are left out. See: #8
#[test]
fn issue8_s19_out_folder_inside_the_input_is_no_input() {
    let dir = tempfile::tempdir().expect("tempdir");
    let s = dir.path().join("s");
    std::fs::create_dir_all(&s).expect("mkdir");
    std::fs::write(s.join("page.html"), "<p>Apply the method. Design a study.</p>").expect("write");
    for out in ["out", "out2"] {
        mcaudit().args(["analyse", "-q", "--out"]).arg(s.join(out)).arg(&s).assert().success();
        assert_eq!(counts(&s.join(out)), (1, 1, 0), "{out}");
        let ids: Vec<String> =
            csv_rows(&s.join(out).join("records.csv")).iter().map(|r| r[0].to_string()).collect();
        assert_eq!(ids, ["page"], "{out}");
    }
    // Named through another path (`s/./out3`), the output folder is still left out.
    let out3 = s.join(".").join("out3");
    mcaudit().args(["analyse", "-q", "--out"]).arg(&out3).arg(&s).assert().success();
    assert_eq!(counts(&out3), (1, 1, 0));
}

// ---------------------------------------------------------------------------------------------
// Issue 6, session 20: the user review of the reports.

/// A printed percentage (`35.71`, `25.0`, `100`) in hundredths, as a reader adds them up.
fn hundredths(x: &str) -> i64 {
    let (int, frac) = x.split_once('.').unwrap_or((x, ""));
    let frac = format!("{frac:0<2}");
    assert!(frac.len() == 2, "{x} has more than two decimals");
    int.parse::<i64>().expect("integer part") * 100 + frac.parse::<i64>().expect("decimals")
}

/// The groups of shares that are the parts of one whole in a table of `tables/`: each row of
/// the tables by group, the whole table for the overall ones, each source of `isced_fields`.
fn share_groups(name: &str, header: &[String], rows: &[Vec<String>]) -> Vec<(String, i64)> {
    let col = |c: &str| header.iter().position(|h| h == c);
    let mut groups: std::collections::BTreeMap<String, i64> = Default::default();
    if name.starts_with("classes_by_") || name.starts_with("bloom_levels_by_") {
        for r in rows {
            let sum = header
                .iter()
                .zip(r)
                .filter(|(h, _)| h.starts_with("share_"))
                .map(|(_, v)| hundredths(v))
                .sum();
            groups.insert(r[0].clone(), sum);
        }
    } else if matches!(name, "classes" | "statements_per_record" | "bloom_levels") {
        let share = col("share").expect("share column");
        for r in rows.iter().filter(|r| r[0] != "total") {
            *groups.entry("(table)".into()).or_default() += hundredths(&r[share]);
        }
    } else if name == "isced_fields" {
        let share = col("share").expect("share column");
        for r in rows {
            *groups.entry(r[0].clone()).or_default() += hundredths(&r[share]);
        }
    }
    groups.into_iter().collect()
}

/// Issue 6, session 20: shares were rounded one by one, so a group's shares summed to 99.99 or
/// 100.01 (`classes_by_lang` en and it on the demo corpus, `statements_per_record`,
/// `isced_fields` 100.03). Every group's shares now sum to exactly 100.00 as printed, in the
/// CSV and the JSON tables, and the report page's class shares (one decimal) to 100.0. See: #6
#[test]
fn issue6_s20_shares_sum_to_100() {
    let out = analysed_sample();
    let tdir = out.path().join("tables");
    let mut checked = 0;
    for name in [
        "classes",
        "classes_by_source",
        "classes_by_provider",
        "classes_by_lang",
        "statements_per_record",
        "bloom_levels",
        "bloom_levels_by_class",
        "bloom_levels_by_source",
        "isced_fields",
    ] {
        let header = csv_header(&tdir.join(format!("{name}.csv")));
        let rows: Vec<Vec<String>> = csv_rows(&tdir.join(format!("{name}.csv")))
            .iter()
            .map(|r| r.iter().map(str::to_string).collect())
            .collect();
        let json: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(tdir.join(format!("{name}.json"))).expect("json table"),
        )
        .expect("json");
        let json_rows: Vec<Vec<String>> = json
            .as_array()
            .expect("array of rows")
            .iter()
            .map(|row| {
                header
                    .iter()
                    .map(|h| match &row[h] {
                        serde_json::Value::String(s) => s.clone(),
                        v => v.to_string(),
                    })
                    .collect()
            })
            .collect();
        for (what, rows) in [("csv", &rows), ("json", &json_rows)] {
            let groups = share_groups(name, &header, rows);
            assert!(!groups.is_empty(), "{name}.{what}: no group");
            for (group, sum) in groups {
                // A group with no count has no share at all.
                assert!(sum == 10_000 || sum == 0, "{name}.{what} {group}: shares sum to {sum}");
                checked += 1;
            }
        }
    }
    assert!(checked > 40, "{checked} groups checked");
    let html = std::fs::read_to_string(out.path().join("report.html")).expect("page");
    let kpis: Vec<i64> = html
        .split(r#"<div class="kpi cls"#)
        .skip(1)
        .map(|k| {
            let share = k.split("<b>").nth(1).and_then(|b| b.split(" %</b>").next()).expect("kpi");
            hundredths(share)
        })
        .collect();
    assert_eq!(kpis.len(), 3, "one headline share per class");
    assert_eq!(kpis.iter().sum::<i64>(), 10_000, "the page's class shares sum to 100.0");
}

/// The cells of a sheet of `report.xlsx` (1 = the records sheet), row by row, as text: the
/// workbook writes inline strings and numbers, so no shared-string table is needed.
fn xlsx_sheet(path: &Path, sheet: usize) -> Vec<Vec<String>> {
    use std::io::Read as _;
    let file = std::fs::File::open(path).expect("workbook");
    let mut zip = zip::ZipArchive::new(file).expect("workbook is a zip");
    let mut xml = String::new();
    zip.by_name(&format!("xl/worksheets/sheet{sheet}.xml"))
        .expect("sheet")
        .read_to_string(&mut xml)
        .expect("sheet is UTF-8");
    let unescape = |s: &str| {
        s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&")
    };
    let mut rows = Vec::new();
    for row in xml.split("<row ").skip(1) {
        let row = row.split("</row>").next().unwrap_or_default();
        let mut cells: Vec<String> = Vec::new();
        for cell in row.split("<c r=\"").skip(1) {
            let letters: String = cell.chars().take_while(char::is_ascii_uppercase).collect();
            let col = letters.bytes().fold(0usize, |a, b| a * 26 + usize::from(b - b'A' + 1)) - 1;
            let value = ["<t>", "<t xml:space=\"preserve\">", "<v>"]
                .iter()
                .find_map(|open| cell.split_once(open))
                .map(|(_, rest)| unescape(rest.split('<').next().unwrap_or_default()))
                .unwrap_or_default();
            if cells.len() <= col {
                cells.resize(col + 1, String::new());
            }
            cells[col] = value;
        }
        rows.push(cells);
    }
    rows
}

/// Issue 6, session 20: the workbook's records sheet had a fixed list of columns, without the
/// record's status and reject reason, its metadata or the `--group-by` columns: a rejected
/// record was a row with an id and a source only, and a QA office could not filter by
/// programme. See: #6
#[test]
fn issue6_s20_records_sheet_has_status_groups_and_metadata() {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = dir.path().join("c.jsonl");
    std::fs::write(
        &input,
        concat!(
            r#"{"id":"a","Programme":"Law","credits":"6","description":"By the end you will be able to: analyse cases; draft contracts."}"#,
            "\n{not json}\n",
            r#"{"id":"c","Programme":"Physics","credits":"3","description":"Learn things."}"#,
            "\n"
        ),
    )
    .expect("write");
    let out = dir.path().join("out");
    mcaudit()
        .args(["analyse", "-q", "--meta", "credits=credits", "--group-by", "Programme", "--out"])
        .arg(&out)
        .arg(&input)
        .assert()
        .success();
    let check = |out: &Path| {
        let sheet = xlsx_sheet(&out.join("report.xlsx"), 1);
        let header = &sheet[0];
        let col = |name: &str| {
            header.iter().position(|h| h == name).unwrap_or_else(|| {
                panic!(
                    "records sheet lacks {name}: {header:?}\nhelp: tables::records_sheet_columns"
                )
            })
        };
        // Every metadata column of records.csv is in the sheet.
        for h in csv_header(&out.join("records.csv")).iter().filter(|h| h.starts_with("meta_")) {
            col(h);
        }
        let cell = |id: &str, name: &str| {
            let row = sheet.iter().find(|r| r[0] == id).unwrap_or_else(|| panic!("row {id}"));
            row.get(col(name)).cloned().unwrap_or_default()
        };
        assert_eq!(cell("a", "status"), "analysed");
        assert_eq!(cell("a", "meta_programme"), "Law");
        assert_eq!(cell("a", "meta_credits"), "6");
        assert_eq!(cell("c", "meta_programme"), "Physics");
        assert_eq!(cell("c", "class"), "B");
        assert_eq!(cell("c:1", "status"), "rejected");
        assert_eq!(cell("c:1", "reason"), "invalid_json");
        // The group-by column comes right after where the record comes from.
        assert!(col("meta_programme") < col("class"), "{header:?}");
    };
    check(&out);
    // `report --from` keeps the run's group-by columns in the sheet.
    mcaudit().args(["report", "--from"]).arg(&out).assert().success();
    check(&out);
}

/// A Python with nbclient, nbformat, polars and matplotlib (`.ci/run`'s virtual environment,
/// `MCAUDIT_VENV` or `~/.cache/mcaudit/venv`), or `None`.
fn notebook_python() -> Option<PathBuf> {
    let venv = std::env::var_os("MCAUDIT_VENV").map(PathBuf::from).or_else(|| {
        std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache/mcaudit/venv"))
    })?;
    let python = venv.join("bin/python");
    let ok = std::process::Command::new(&python)
        .args(["-c", "import nbclient, nbformat, polars, matplotlib, ipykernel"])
        .output()
        .is_ok_and(|o| o.status.success());
    ok.then_some(python)
}

/// Issue 6, session 20: the notebooks set `matplotlib.use("Agg")`, so an executed notebook
/// (`jupyter nbconvert --execute`, nbclient) held no chart; the Bloom chart counted content
/// statements and statements without a level (106 against the table's 102), in alphabetical
/// order with a `None` bar; the example cell printed the description's first 400 characters,
/// not its evidence. `notebooks/run.py` now fails when a chart cell leaves no image, and the
/// Bloom cell checks its counts against `tables/bloom_levels`. See: #6
#[test]
fn issue6_s20_notebook_charts_render_inline() {
    for nb in ["explore_classes.ipynb", "compare_with_experts.ipynb"] {
        let text = std::fs::read_to_string(root().join("notebooks").join(nb)).expect("notebook");
        assert!(!text.contains("matplotlib.use("), "{nb} sets a matplotlib backend");
    }
    let Some(python) = notebook_python() else {
        skip("no Python with nbclient (pip install -r notebooks/requirements.txt)");
        return;
    };
    let out = analysed_sample();
    let run = std::process::Command::new(python)
        .arg(root().join("notebooks/run.py"))
        .env("MCAUDIT_RUN", out.path())
        .env("MPLBACKEND", "Agg")
        .output()
        .expect("run.py runs");
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert!(
        run.status.success(),
        "{stdout}\n{}\nhelp: a chart cell without an image, or the Bloom chart disagrees with tables/bloom_levels",
        String::from_utf8_lossy(&run.stderr)
    );
    assert!(stdout.contains("explore_classes.ipynb (2 chart(s) rendered)"), "{stdout}");
    assert!(stdout.contains("compare_with_experts.ipynb (1 chart(s) rendered)"), "{stdout}");
}

/// Issue 6, session 20: `evaluate` printed text or JSON only, and its text gave the per-language
/// kappa without the interval the JSON has. `--csv DIR` writes the confusion matrix, per-class
/// P / R / F1, the summary (overall and per language, kappa with its 95 % interval) and the
/// disagreements as CSV files; they agree with the JSON. See: #6
#[test]
fn issue6_s20_evaluate_writes_csv_tables() {
    let out = analysed_sample();
    let csv_dir = out.path().join("eval");
    let args = |extra: &[&str]| {
        let mut c = mcaudit();
        c.args(["evaluate", "--gold", "data/sample/labels.csv", "--records"]).arg(out.path());
        c.args(extra);
        c
    };
    let text = args(&["--csv"]).arg(&csv_dir).assert().success().get_output().stdout.clone();
    let text = String::from_utf8(text).expect("utf-8");
    let json = args(&["--json"]).assert().success().get_output().stdout.clone();
    let report: serde_json::Value = serde_json::from_slice(&json).expect("json");
    let summary = csv_rows(&csv_dir.join("summary.csv"));
    assert_eq!(
        csv_header(&csv_dir.join("summary.csv")),
        [
            "lang",
            "n",
            "accuracy",
            "macro_f1",
            "macro_f1_classes",
            "kappa",
            "kappa_ci95_low",
            "kappa_ci95_high"
        ]
    );
    let three = |v: &serde_json::Value| v.as_f64().map(|x| format!("{x:.3}")).unwrap_or_default();
    let all = &summary[0];
    assert_eq!(&all[0], "(all)");
    assert_eq!(all[1], report["overall"]["n"].to_string());
    assert_eq!(all[2], three(&report["overall"]["accuracy"]));
    assert_eq!(all[3], three(&report["overall"]["macro_f1"]));
    assert_eq!(all[5], three(&report["overall"]["kappa"]));
    assert_eq!(all[6], three(&report["overall"]["kappa_ci95"][0]));
    assert_eq!(all[7], three(&report["overall"]["kappa_ci95"][1]));
    // One row per language, with the interval the JSON gives; an undefined kappa is empty.
    let langs = report["by_lang"].as_array().expect("by_lang");
    assert_eq!(summary.len(), 1 + langs.len());
    for (row, l) in summary[1..].iter().zip(langs) {
        assert_eq!(&row[0], l[0].as_str().expect("lang"));
        assert_eq!(row[5], three(&l[1]["kappa"]), "{row:?}");
        assert_eq!(row[6], three(&l[1]["kappa_ci95"][0]), "{row:?}");
        if l[1]["kappa"].is_null() {
            assert!(row[5].is_empty() && row[6].is_empty(), "{row:?}");
        } else {
            // The text output gives the interval per language too.
            let line = format!("kappa {} (95 % CI {} to {})", &row[5], &row[6], &row[7]);
            assert!(text.contains(&line), "{line} not in\n{text}");
        }
    }
    // The confusion matrix: three gold rows per scope, summing to n.
    let confusion = csv_rows(&csv_dir.join("confusion.csv"));
    let n_all: u64 = confusion
        .iter()
        .filter(|r| &r[0] == "(all)")
        .flat_map(|r| (2..5).map(|k| r[k].parse::<u64>().expect("count")).collect::<Vec<_>>())
        .sum();
    assert_eq!(n_all.to_string(), all[1]);
    assert_eq!(confusion.len(), 3 * summary.len());
    let per_class = csv_rows(&csv_dir.join("per_class.csv"));
    let a = per_class.iter().find(|r| &r[0] == "(all)" && &r[1] == "A").expect("class A");
    assert_eq!(a[4], three(&report["overall"]["per_class"][0]["f1"]));
    let disagreements = csv_rows(&csv_dir.join("disagreements.csv"));
    assert_eq!(disagreements.len(), report["disagreements"].as_array().expect("list").len());
}

/// Issue 6, session 20: help texts. `-j` spoke of a development incident, `--meta` listed six
/// of its twenty elements, `report --help` did not say it rebuilds report.html, and a
/// mistyped `--group-by` column named no nearby column. See: #6
#[test]
fn issue6_s20_help_texts_and_group_by_suggestion() {
    let help = mcaudit().args(["analyse", "--help"]).assert().success().get_output().stdout.clone();
    let help = String::from_utf8(help).expect("utf-8");
    let flat = help.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(!flat.contains("hundred thousand"), "{flat}");
    assert!(flat.contains("at most 1024"), "{flat}");
    let meta = flat.split("--meta").nth(1).expect("--meta help");
    for e in mcaudit::settings::ELEMENTS {
        assert!(meta.contains(e), "--meta help lacks {e}");
    }
    let report =
        mcaudit().args(["report", "--help"]).assert().success().get_output().stdout.clone();
    assert!(String::from_utf8_lossy(&report).contains("report.html"));

    let dir = tempfile::tempdir().expect("tempdir");
    let input = dir.path().join("c.csv");
    std::fs::write(&input, "id,Programme,description\nr1,Law,Analyse cases. Draft contracts.\n")
        .expect("write");
    let out = dir.path().join("out");
    let analyse = |g: &str| {
        let mut c = mcaudit();
        c.args(["analyse", "-q", "--group-by", g, "--out"]).arg(&out).arg(&input);
        c
    };
    // An input column, a records column, none near.
    analyse("Programm")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("did you mean \"Programme\"?"));
    analyse("isced_brod")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("did you mean \"isced_broad\"?"));
    analyse("faculty").assert().code(2).stderr(predicate::str::contains("did you mean").not());
    analyse("Programme").assert().success();
    mcaudit()
        .args(["report", "--group-by", "programm", "--from"])
        .arg(&out)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("did you mean \"meta_programme\"?"));
}

/// Issue 6, session 20: records.csv's evidence spans index the normalised text, which only
/// records.parquet held, so a reader of the CSV could not check them. `texts.jsonl` holds each
/// analysed record's normalised text, and `explain` marks the evidence statements with their
/// spans and text. See: #6
#[test]
fn issue6_s20_evidence_spans_resolve_in_texts_jsonl() {
    let out = analysed_sample();
    let texts: Vec<(String, String)> = std::fs::read_to_string(out.path().join("texts.jsonl"))
        .expect("texts.jsonl written")
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("a JSON object per line");
            let get = |k: &str| v[k].as_str().expect(k).to_string();
            (get("id"), get("text"))
        })
        .collect();
    let header = csv_header(&out.path().join("records.csv"));
    let col = |name: &str| header.iter().position(|h| h == name).expect(name);
    let rows = csv_rows(&out.path().join("records.csv"));
    let analysed: Vec<&csv::StringRecord> =
        rows.iter().filter(|r| &r[col("status")] == "analysed").collect();
    assert_eq!(texts.len(), analysed.len(), "one line per analysed record");
    let mut spans = 0;
    for (r, (id, text)) in analysed.iter().zip(&texts) {
        assert_eq!(&r[0], id, "texts.jsonl follows the order of records.csv");
        assert_eq!(text.chars().count().to_string(), r[col("chars")], "{id}: the text analysed");
        for span in r[col("evidence")].split(';').filter(|s| !s.is_empty()) {
            let (s, e) = span.split_once("..").expect("start..end");
            let (s, e): (usize, usize) = (s.parse().expect("start"), e.parse().expect("end"));
            let slice = text.get(s..e).unwrap_or_else(|| {
                panic!("{id} {span}: not UTF-8 byte offsets on char boundaries of its text")
            });
            assert!(!slice.trim().is_empty(), "{id} {span}");
            spans += 1;
        }
    }
    assert!(spans > 100, "{spans} evidence spans checked");
    // cat-003's first outcome, as the README's example prints it.
    let (_, text) = texts.iter().find(|(id, _)| id == "cat-003").expect("cat-003");
    assert_eq!(&text[156..207], "Identify the main components of a hydraulic circuit");
    let explain = mcaudit()
        .args(["explain", "cat-003", "--records"])
        .arg(out.path())
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let explain = String::from_utf8(explain).expect("utf-8");
    let line = explain.lines().find(|l| l.starts_with("* 156..207")).expect("evidence marked");
    assert!(line.ends_with("Identify the main components of a hydraulic circuit"), "{line}");
    assert!(explain.contains("UTF-8 byte offsets into the normalised text"), "{explain}");
}

/// Session 20 (user review: a quality-assurance office wanted the vague verbs per provider,
/// which only `vague_verbs` per language gave): `vague_verbs_by_provider` ranks each provider's
/// vague verbs, and its counts add up to `vague_verbs`' total.
#[test]
fn issue6_s20_vague_verbs_by_provider() {
    let out = analysed_sample();
    let read = |name: &str| {
        std::fs::read_to_string(out.path().join("tables").join(name)).expect("table written")
    };
    let by_provider = read("vague_verbs_by_provider.csv");
    let mut lines = by_provider.lines();
    assert_eq!(lines.next(), Some("provider,vague_statements,rank,verb,statements"));
    let rows: Vec<Vec<String>> = lines
        .map(|l| csv::ReaderBuilder::new().has_headers(false).from_reader(l.as_bytes()))
        .flat_map(|mut r| r.records().map(|x| x.expect("a row")).collect::<Vec<_>>())
        .map(|r| r.iter().map(str::to_string).collect())
        .collect();
    assert!(!rows.is_empty());
    // Each provider's first row holds its total once; the totals add up to vague_verbs'.
    let total: i64 =
        rows.iter().filter(|r| r[2] == "1").map(|r| r[1].parse::<i64>().expect("n")).sum();
    let vague = read("vague_verbs.csv");
    let all: i64 = vague
        .lines()
        .skip(1)
        .map(|l| l.rsplit(',').next().expect("n").parse::<i64>().expect("n"))
        .sum();
    assert_eq!(total, all);
    // Ranks run from 1 within a provider, counts not increasing.
    for w in rows.windows(2) {
        if w[0][0] == w[1][0] {
            assert_eq!(
                w[1][2].parse::<i64>().expect("rank"),
                w[0][2].parse::<i64>().expect("rank") + 1
            );
            assert!(w[1][4].parse::<i64>().expect("n") <= w[0][4].parse::<i64>().expect("n"));
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Issue 8, session 22: the review of input handling.

/// The `errors.csv` rows of a run, as (file, line, record, severity, reason, detail).
fn error_rows(out: &Path) -> Vec<[String; 6]> {
    csv_rows(&out.join("errors.csv"))
        .iter()
        .map(|r| [0, 1, 3, 5, 6, 7].map(|i| r[i].to_string()))
        .collect()
}

/// An `input_failed` row for a JSON document that does not parse left `line` empty, though its
/// detail named `bad.json:2:12`. See: #8
#[test]
fn issue8_s22_review_input_failed_row_has_its_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, "[\n  {\"id\": 1,, \"description\": \"x\"}\n]\n").expect("write");
    let out = dir.path().join("out");
    mcaudit().args(["analyse", "-q", "--out"]).arg(&out).arg(&bad).assert().code(1);
    let rows = error_rows(&out);
    assert_eq!(rows.len(), 1, "{rows:?}");
    let [_, line, _, severity, _, detail] = &rows[0];
    assert_eq!(severity, "input_failed");
    assert!(detail.contains("bad.json:2:"), "{detail}");
    assert_eq!(line, "2", "the line column repeats the detail's line");
}

/// A quote that never closes swallowed the next line (`and continues`), which became a record
/// with that fragment as its id and an empty text, analysed as class C. The line is rejected
/// with the line where the quote opened; the next row is read. See: #8
#[test]
fn issue8_s22_review_broken_quote_makes_no_phantom_record() {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = dir.path().join("bq5.csv");
    std::fs::write(
        &input,
        "id,title,description\n1,A,\"Good.\"\n2,B,\"Last row opens\nand continues\n3,C,row\n",
    )
    .expect("write");
    let out = dir.path().join("out");
    mcaudit().args(["analyse", "-q", "--out"]).arg(&out).arg(&input).assert().success();
    assert_eq!(counts(&out), (4, 2, 2));
    let records: Vec<(String, String, String)> = csv_rows(&out.join("records.csv"))
        .iter()
        .map(|r| (r[0].to_string(), r[3].to_string(), r[14].to_string()))
        .collect();
    let ids: Vec<&str> = records.iter().map(|(id, _, _)| id.as_str()).collect();
    assert!(!ids.contains(&"and continues"), "{records:?}");
    let lines: Vec<(&str, &str)> =
        records.iter().map(|(_, line, status)| (line.as_str(), status.as_str())).collect();
    assert_eq!(lines, [("2", "analysed"), ("3", "rejected"), ("4", "rejected"), ("5", "analysed")]);
    let rows = error_rows(&out);
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert_eq!(rows[1][1], "4");
    assert!(rows[1][5].contains("opened on line 3"), "{rows:?}");
}

/// A `.htm` file of random bytes starting with `FF FE` was decoded as UTF-16LE and analysed, and
/// a 0-byte `.html` page was analysed as class C `empty` without a word. Binary content is a
/// `binary_file` rejection, an empty page an `empty_input` one. See: #8
#[test]
fn issue8_s22_review_binary_and_empty_pages_are_rejected() {
    let dir = tempfile::tempdir().expect("tempdir");
    let pages = dir.path().join("pages");
    std::fs::create_dir_all(&pages).expect("mkdir");
    let mut x = 0x9e37_79b9_7f4a_7c15_u64;
    let mut noise: Vec<u8> = vec![0xff, 0xfe];
    noise.extend((0..3000).map(|_| {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        (x >> 24) as u8
    }));
    std::fs::write(pages.join("noise.htm"), &noise).expect("write");
    std::fs::write(pages.join("image.htm"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR text-like bytes")
        .expect("write");
    std::fs::write(pages.join("empty.html"), "").expect("write");
    std::fs::write(pages.join("good.html"), "<p>Apply the method. Design a study.</p>")
        .expect("write");
    let out = dir.path().join("out");
    mcaudit().args(["analyse", "-q", "--out"]).arg(&out).arg(&pages).assert().success();
    assert_eq!(counts(&out), (4, 1, 3));
    let mut got: Vec<(String, String)> = error_rows(&out)
        .into_iter()
        .map(|[file, _, _, _, reason, _]| (file.rsplit('/').next().unwrap_or("").into(), reason))
        .collect();
    got.sort();
    let want =
        [("empty.html", "empty_input"), ("image.htm", "binary_file"), ("noise.htm", "binary_file")];
    assert_eq!(got, want.map(|(f, r)| (f.to_string(), r.to_string())));
    mcaudit()
        .args(["analyse", "-q", "--strict", "--out"])
        .arg(dir.path().join("strict"))
        .arg(&pages)
        .assert()
        .code(1);
}

/// An empty file (0 bytes, white space, a header alone, `[]`) was no row in `errors.csv`, and
/// `--strict` exited 0. Each is an `empty_input` warning naming the file; `--strict` fails.
/// See: #8
#[test]
fn issue8_s22_review_empty_input_is_reported() {
    let dir = tempfile::tempdir().expect("tempdir");
    let cases: [(&str, &str, &str); 5] = [
        ("empty.csv", "", "the file is empty (0 bytes)"),
        ("blank.csv", "\n \n", "only white space"),
        ("header.csv", "id,description\n", "a header row and no data row"),
        ("empty.json", "", "the file is empty (0 bytes)"),
        ("array.json", "[]", "no object"),
    ];
    for (name, content, why) in cases {
        let input = dir.path().join(name);
        std::fs::write(&input, content).expect("write");
        let out = dir.path().join(format!("out-{name}"));
        mcaudit().args(["analyse", "-q", "--out"]).arg(&out).arg(&input).assert().success();
        let out_strict = dir.path().join(format!("strict-{name}"));
        mcaudit()
            .args(["analyse", "-q", "--strict", "--out"])
            .arg(&out_strict)
            .arg(&input)
            .assert()
            .code(1);
        let rows = error_rows(&out);
        assert_eq!(rows.len(), 1, "{name}: {rows:?}");
        let [file, _, _, severity, reason, detail] = &rows[0];
        assert!(file.ends_with(name), "{file}");
        assert_eq!((severity.as_str(), reason.as_str()), ("warning", "empty_input"), "{name}");
        assert!(detail.starts_with("empty input: no records") && detail.contains(why), "{detail}");
        assert_eq!(manifest(&out)["counts"]["inputs_empty"], 1, "{name}");
    }
}

/// A folder holding three CSV files and no page was read as a pages input with no records: exit
/// 0, an empty `errors.csv`, its tables ignored without a word. Its tables are read as if each
/// were given, the files no input reads get a `not_read` row, and a folder with nothing to
/// read is an `empty_input` that fails `--strict`. See: #8
#[test]
fn issue8_s22_review_folder_is_read_by_what_it_holds() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path().join("mooc");
    std::fs::create_dir_all(&d).expect("mkdir");
    std::fs::write(d.join("EdX.csv"), "id,description\ne1,Design a study.\ne2,Apply it.\n")
        .expect("write");
    std::fs::write(d.join("Udacity.csv"), "id,description\nu1,Analyse data.\n").expect("write");
    std::fs::write(d.join("PROVENANCE.json"), r#"{"source": "kaggle", "licence": "CC0"}"#)
        .expect("write");
    let out = dir.path().join("out");
    let assert =
        mcaudit().args(["analyse", "--no-progress", "--out"]).arg(&out).arg(&d).assert().success();
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).to_string();
    assert!(stderr.contains("1 file(s) in the input folders are not read"), "{stderr}");
    assert_eq!(counts(&out), (3, 3, 0));
    let rows = error_rows(&out);
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert!(rows[0][0].ends_with("PROVENANCE.json") && rows[0][4] == "not_read", "{rows:?}");
    // Nothing to read: said on stderr, in errors.csv, and `--strict` fails.
    let empty = dir.path().join("docs");
    std::fs::create_dir_all(&empty).expect("mkdir");
    std::fs::write(empty.join("notes.md"), "# Notes\n").expect("write");
    let out = dir.path().join("out2");
    let assert = mcaudit()
        .args(["analyse", "--no-progress", "--strict", "--out"])
        .arg(&out)
        .arg(&empty)
        .assert()
        .code(1);
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).to_string();
    assert!(stderr.contains("no record was read from any input"), "{stderr}");
    let reasons: Vec<String> = error_rows(&out).into_iter().map(|r| r[4].clone()).collect();
    assert_eq!(reasons, ["not_read", "empty_input"]);
}

/// Session-23 review: a scraped CSV of short rows gave a `missing_fields` warning per row in
/// `errors.csv` and only a count on stderr. Each row keeps its warning in the tables; stderr
/// shows the first three with their line and collapses the rest of each input and reason into
/// one line with their lines. See: #8
#[test]
fn issue8_s23_repeated_warnings_are_collapsed_on_stderr() {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = dir.path().join("short.csv");
    let mut csv = String::from("id,title,description,level\n");
    for i in 0..30 {
        // Three fields for four columns: `level` missing.
        csv.push_str(&format!(
            "r{i},Course {i},You will learn to analyse data and write reports\n"
        ));
    }
    std::fs::write(&input, csv).expect("write");
    let out = dir.path().join("out");
    let assert =
        mcaudit().args(["analyse", "--no-progress", "--out"]).arg(&out).arg(&input).assert();
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).to_string();
    assert!(assert.get_output().status.success(), "{stderr}");
    let said: Vec<&str> = stderr.lines().filter(|l| l.contains("missing_fields")).collect();
    assert_eq!(said.len(), 4, "{stderr}\nhelp: report::digest::Digest::lines");
    assert!(said[0].contains("short.csv:2: missing_fields: 3 fields for 4 columns"), "{stderr}");
    assert!(said[2].contains("short.csv:4: missing_fields"), "{stderr}");
    assert!(
        said[3].contains("missing_fields: 27 more rows in ",)
            && said[3].ends_with(
                "short.csv (lines 5, 6, 7, 8, 9, 10, 11, 12, 13, 14 and 17 more; see errors.csv)"
            ),
        "{stderr}"
    );
    // Every record keeps its warning in the tables.
    let errors = csv_rows(&out.join("errors.csv"));
    assert_eq!(errors.iter().filter(|r| &r[6] == "missing_fields").count(), 30);
    let records = csv_rows(&out.join("records.csv"));
    let col = csv_header(&out.join("records.csv")).iter().position(|h| h == "warnings");
    let col = col.expect("warnings column");
    assert!(records.iter().all(|r| r[col].starts_with("missing_fields: ")));
    // `--quiet` says nothing.
    let quiet =
        mcaudit().args(["analyse", "-q", "--force", "--out"]).arg(&out).arg(&input).assert();
    assert!(quiet.get_output().stderr.is_empty());
}

/// Session-23 review: rejected records and warnings were in `records.*` (status `rejected`)
/// and `errors.csv` but not in `report.xlsx`, so a QA office opening the workbook alone did not
/// see them. The workbook's second sheet, `errors`, holds the rows of `errors.csv`, with its
/// columns (line and index as numbers). See: #8
#[test]
fn issue8_s23_workbook_has_an_errors_sheet() {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = dir.path().join("mixed.csv");
    std::fs::write(
        &input,
        "id,title,description\n\
         a,Law,\"By the end you will be able to: analyse cases; draft contracts.\"\n\
         b,Short\n\
         c,Too,many,fields,here,\"and here\"\n",
    )
    .expect("write");
    let out = dir.path().join("out");
    mcaudit().args(["analyse", "-q", "--out"]).arg(&out).arg(&input).assert().success();
    let check = |out: &Path| {
        let errors_csv = out.join("errors.csv");
        let mut want = vec![csv_header(&errors_csv)];
        want.extend(csv_rows(&errors_csv).iter().map(|r| r.iter().map(str::to_string).collect()));
        assert!(want.iter().any(|r| r[6] == "missing_fields"), "{want:?}");
        assert!(want.iter().any(|r| r[5] == "rejected" && r[6] == "wrong_field_count"), "{want:?}");
        let sheet = xlsx_sheet(&out.join("report.xlsx"), 2);
        assert_eq!(sheet, want, "help: report::tables::errors_sheet");
        let mut book = String::new();
        let zip = std::fs::File::open(out.join("report.xlsx")).expect("workbook");
        let mut zip = zip::ZipArchive::new(zip).expect("xlsx is a zip");
        std::io::Read::read_to_string(
            &mut zip.by_name("xl/workbook.xml").expect("workbook.xml"),
            &mut book,
        )
        .expect("read");
        let names: Vec<&str> =
            book.split("<sheet name=\"").skip(1).filter_map(|s| s.split('"').next()).collect();
        assert_eq!(&names[..3], ["records", "errors", "completeness_by_provider"], "{book}");
    };
    check(&out);
    // `report --from` writes the same sheet, byte for byte the same workbook.
    let before = std::fs::read(out.join("report.xlsx")).expect("workbook");
    mcaudit().args(["report", "--from"]).arg(&out).assert().success();
    check(&out);
    assert_eq!(std::fs::read(out.join("report.xlsx")).expect("workbook"), before);
}

/// Session-23 review: text in a language outside the seven was labelled one of them. Its code
/// reaches every output: `records.*` (lang, reasons, rule path), `outcomes.parquet`, the
/// tables by language and the page's language filter (built from the records). See: #8
#[test]
fn issue8_s23_languages_outside_the_seven_reach_every_output() {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = dir.path().join("langs.jsonl");
    std::fs::write(
        &input,
        concat!(
            r#"{"id":"pl1","description":"Po ukończeniu tego kursu uczestnik będzie potrafił zaprojektować prosty eksperyment, przeanalizować zebrane dane i przedstawić wyniki w formie krótkiego raportu dla zespołu projektowego oraz kierownictwa firmy."}"#,
            "\n",
            r#"{"id":"en1","description":"By the end of this course you will be able to: analyse survey data; design a questionnaire; evaluate sampling methods."}"#,
            "\n"
        ),
    )
    .expect("write");
    let out = dir.path().join("out");
    mcaudit().args(["analyse", "-q", "--out"]).arg(&out).arg(&input).assert().success();
    let header = csv_header(&out.join("records.csv"));
    let col = |n: &str| header.iter().position(|h| h == n).expect("column");
    let rows = csv_rows(&out.join("records.csv"));
    let pl = rows.iter().find(|r| &r[0] == "pl1").expect("pl1");
    assert_eq!(&pl[col("lang")], "pl");
    assert_eq!(&pl[col("lang_reliable")], "true");
    assert_eq!(&pl[col("class")], "C");
    assert!(pl[col("reasons")].starts_with("unsupported_language"), "{pl:?}");
    assert!(pl[col("rule_path")].contains("language pl is not supported"), "{pl:?}");
    let en = rows.iter().find(|r| &r[0] == "en1").expect("en1");
    assert_eq!(&en[col("lang")], "en");
    let by_lang = csv_rows(&out.join("tables/classes_by_lang.csv"));
    assert!(by_lang.iter().any(|r| &r[0] == "pl" && &r[3] == "1"), "{by_lang:?}");
    let page = std::fs::read_to_string(out.join("report.html")).expect("page");
    assert!(page.contains("\"pl\""), "the page's records carry the code");
}
