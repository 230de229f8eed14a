//! Per-stage throughput on fixed texts in seven languages (~130 B and ~365 B each), and the
//! whole per-record stage on the demo catalogue. Reports MB/s (criterion `Throughput::Bytes`).
//! Counts are asserted inside the benches so a silently broken stage cannot look fast.
//!
//! `cargo bench -p mcaudit-core` (not run in CI; CI only checks that benches compile).

// criterion's macros generate undocumented functions.
#![allow(missing_docs)]

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use mcaudit_core::lang::{Detector, Lang};
use mcaudit_core::lexicon::SHIPPED;
use mcaudit_core::model::{Location, RawRecord};
use mcaudit_core::pipeline::{Context, process_record};

/// (language, short text, longer text): ours, written for the benches.
const DATA_SET: &[(Lang, &str, &str)] = &[
    (
        Lang::En,
        "By the end of this course you will be able to:\n- identify pump parts\n- design a test rig\n- evaluate readings",
        "Learning outcomes\nBy the end of this course you will be able to:\n1. Identify the main components of a hydraulic circuit;\n2. Describe the flow of fluid through pumps and valves;\n3. Interpret a hydraulic schematic;\n4. Design a test procedure for a relief valve;\n5. Evaluate test readings against tolerances.\nAssessment: practical exam (40 %) and project (60 %). 6 ECTS, online.",
    ),
    (
        Lang::It,
        "Al termine del corso lo studente sarà in grado di:\n- analizzare i dati\n- progettare un'indagine\n- valutare i risultati",
        "Obiettivi formativi\nConoscenza e capacità di comprensione: lo studente sarà in grado di descrivere i modelli di rete.\nCapacità di applicare conoscenza e comprensione: lo studente sarà in grado di progettare una rete locale.\nAutonomia di giudizio: lo studente sarà in grado di valutare soluzioni alternative.\nEsame scritto e orale. 6 CFU, in presenza.",
    ),
    (
        Lang::Fr,
        "À l'issue de la formation, le participant sera capable de :\n- concevoir un plan\n- évaluer un budget\n- présenter un projet",
        "Objectifs pédagogiques\nÀ l'issue de la formation, le participant sera capable de :\n• concevoir un plan de communication ;\n• évaluer un budget prévisionnel ;\n• présenter un projet devant un jury ;\n• rédiger un cahier des charges.\nÉvaluation : examen écrit et projet. 3 crédits ECTS, formation en ligne, 25 heures.",
    ),
    (
        Lang::De,
        "Qualifikationsziele\nNach Abschluss des Moduls können die Studierenden:\n- Daten analysieren\n- Modelle entwerfen\n- Ergebnisse bewerten",
        "Qualifikationsziele\nNach Abschluss des Moduls können die Studierenden statistische Daten analysieren, einfache Modelle entwerfen und Ergebnisse kritisch bewerten. Sie kennen die Grundlagen der Wahrscheinlichkeitsrechnung.\nInhalte\nDeskriptive Statistik, Regression, Tests.\nPrüfungsform: Klausur (90 Minuten). 5 Leistungspunkte, 150 Stunden.",
    ),
    (
        Lang::Es,
        "Al finalizar el curso, el estudiante será capaz de:\n1. Diseñar una base de datos\n2. Aplicar consultas SQL\n3. Evaluar índices",
        "Resultados de aprendizaje\nAl finalizar el curso, el estudiante será capaz de:\n1. Diseñar una base de datos relacional;\n2. Aplicar consultas SQL con uniones y subconsultas;\n3. Evaluar el rendimiento de un índice;\n4. Documentar el modelo de datos.\nEvaluación: proyecto y examen. 4 créditos ECTS, modalidad semipresencial, 40 horas.",
    ),
    (
        Lang::Pt,
        "Ao final do curso, o estudante será capaz de:\n• aplicar os métodos numéricos\n• avaliar os modelos\n• elaborar relatórios técnicos",
        "Objetivos\nAo final do curso, o estudante será capaz de:\n• aplicar métodos numéricos a problemas de engenharia;\n• avaliar a estabilidade de um modelo;\n• elaborar relatórios técnicos;\n• comparar algoritmos de otimização.\nAvaliação: provas escritas e projeto. 4 créditos, 60 horas, presencial.",
    ),
    (
        Lang::Nl,
        "Doelstellingen: de student benoemt de onderdelen van een netwerk || configureert een router || analyseert het netwerkverkeer",
        "Doelstellingen\nNa afloop van dit opleidingsonderdeel kan de student:\n- een relationeel databankschema ontwerpen op basis van een casus;\n- SQL-query's schrijven met joins en aggregaties;\n- normalisatie tot de derde normaalvorm toepassen;\n- de prestaties van een query evalueren.\nEvaluatie: schriftelijk examen en project. 6 studiepunten.",
    ),
];

fn texts() -> Vec<(Lang, String)> {
    DATA_SET.iter().flat_map(|(l, a, b)| [(*l, a.to_string()), (*l, b.to_string())]).collect()
}

fn stages(c: &mut Criterion) {
    let texts = texts();
    let bytes: u64 = texts.iter().map(|(_, t)| t.len() as u64).sum();
    let _ = &*SHIPPED;
    let det = Detector::new();
    let mut g = c.benchmark_group("stages");
    g.throughput(Throughput::Bytes(bytes));
    g.bench_function("normalise", |b| {
        b.iter(|| {
            texts.iter().map(|(_, t)| mcaudit_core::normalise::normalise(t).len()).sum::<usize>()
        })
    });
    g.bench_function("language", |b| {
        b.iter(|| {
            let wrong: Vec<&str> = texts
                .iter()
                .filter(|(l, t)| det.detect(t).0 != *l)
                .map(|(_, t)| t.as_str())
                .collect();
            assert!(wrong.is_empty(), "every bench text is detected in its language: {wrong:?}");
        })
    });
    g.bench_function("segment", |b| {
        b.iter(|| {
            texts.iter().map(|(l, t)| mcaudit_core::segment::segment(t, *l).len()).sum::<usize>()
        })
    });
    let segs: Vec<_> = texts.iter().map(|(l, t)| mcaudit_core::segment::segment(t, *l)).collect();
    g.bench_function("extract+classify", |b| {
        b.iter(|| {
            let a = texts
                .iter()
                .zip(&segs)
                .filter(|((l, t), s)| {
                    let st = mcaudit_core::extract::extract(
                        t,
                        s,
                        *l,
                        SHIPPED.get(*l),
                        SHIPPED.get(Lang::En),
                    );
                    mcaudit_core::classify::classify(t, &st).class
                        == mcaudit_core::classify::Class::A
                })
                .count();
            assert!(
                a >= texts.len() - 2,
                "the bench texts are well-structured outcomes: {a} of {} are A",
                texts.len()
            );
        })
    });
    g.bench_function("audit", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|(_, t)| {
                    mcaudit_core::audit::audit(&mcaudit_core::audit::AuditInput {
                        text: t,
                        title: None,
                        provider: None,
                        meta: &[],
                        class: mcaudit_core::classify::Class::A,
                        outcomes: None,
                        topics: &[],
                    })
                    .findings
                    .len()
                })
                .sum::<usize>()
        })
    });
    g.bench_function("isced", |b| {
        b.iter(|| {
            let found = texts
                .iter()
                .filter(|(l, t)| mcaudit_core::isced::suggest(None, t, *l).is_some())
                .count();
            assert!(found <= texts.len());
            found
        })
    });
    g.finish();
}

fn whole_record(c: &mut Criterion) {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/sample/catalogue.csv");
    let mapping = mcaudit_core::ingest::Mapping::default();
    let records: Vec<RawRecord> = mcaudit_core::ingest::open(std::path::Path::new(path), &mapping)
        .expect("demo catalogue opens")
        .records
        .filter_map(|r| match r {
            mcaudit_core::ingest::Read::Record(r) => Some(r),
            mcaudit_core::ingest::Read::Rejected(_) => None,
        })
        .collect();
    assert_eq!(records.len(), 48, "the demo catalogue has 48 records");
    let bytes: u64 = records.iter().map(|r| r.text.len() as u64).sum();
    let ctx = Context::new(None);
    let mut g = c.benchmark_group("pipeline");
    g.throughput(Throughput::Bytes(bytes));
    g.bench_function("process_record(demo catalogue)", |b| {
        b.iter(|| {
            records.iter().cloned().map(|r| process_record(r, &ctx).statements.len()).sum::<usize>()
        })
    });
    g.finish();
    let _ = Location { file: String::new(), line: None, index: None };
}

criterion_group!(benches, stages, whole_record);
criterion_main!(benches);
