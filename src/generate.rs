//! `mcaudit generate`: writes N synthetic course descriptions for benchmarks and scale tests.
//!
//! Records mix the three classes (A outcomes led in and itemised, B vague verbs or topic lists,
//! C no outcomes), the seven languages, plain text and HTML, run-together lists, metadata in the
//! text (credits, hours, assessment, mode), and CSV quirks (quotes, embedded line breaks, about
//! one row in 5,000 with a stray extra field, which mcaudit rejects or repairs). The text is
//! written by us from templates, so it can be shared freely.
//!
//! Guarantees: the same `--records` and `--seed` give the same bytes; memory does not grow with
//! N (rows are streamed to the file); a description is about 1 KB, so 1,000,000 records make
//! about 1 GB.

use std::io::Write;

use anyhow::Context as _;

use crate::Outcome;
use crate::cli::GenerateArgs;

/// SplitMix64: a tiny, fast, reproducible generator (statistical quality is not needed here,
/// and a fixed algorithm keeps the corpus identical across crate versions).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

/// Templates of one language.
struct Lang {
    code: &'static str,
    leadins: &'static [&'static str],
    verbs: &'static [&'static str],
    objects: &'static [&'static str],
    vague: &'static [&'static str],
    learning_heading: &'static str,
    marketing: &'static [&'static str],
    overview: &'static [&'static str],
    logistics: &'static [&'static str],
}

const LANGS: [Lang; 7] = [
    Lang {
        code: "en",
        leadins: &[
            "By the end of this course, you will be able to:",
            "Learning outcomes. On successful completion, students will be able to:",
            "What you will learn:",
        ],
        verbs: &[
            "Apply",
            "Design",
            "Evaluate",
            "Compare",
            "Implement",
            "Analyse",
            "Explain",
            "Construct",
            "Critique",
            "Identify",
            "Plan",
            "Interpret",
        ],
        objects: &[
            "a regression model for survey data",
            "the main risks of a software project",
            "a marketing plan for a small business",
            "the structure of a relational database",
            "a lesson plan for adult learners",
            "the energy balance of a building",
            "a usability test with five participants",
            "the results of a clinical trial",
            "a budget for a community project",
            "the ethical issues of machine learning",
        ],
        vague: &["Understand", "Know", "Learn about", "Be familiar with", "Appreciate"],
        learning_heading: "What you will learn:",
        marketing: &[
            "Join thousands of learners and take your career to the next level!",
            "This is the most complete course on the market, taught by an industry expert.",
            "Enrol today and get lifetime access to all videos and downloads.",
        ],
        overview: &[
            "Short lectures, readings and weekly exercises cover the principles and practice of the field.",
            "Each module combines a video lecture, a worked example and a discussion with other participants.",
            "Professionals who want a practical and structured introduction are welcome.",
        ],
        logistics: &[
            "Credits: 5 ECTS. Workload: 125 hours.",
            "Assessment: a written exam (60%) and a group project (40%).",
            "Delivered online and self-paced; about 4 hours per week over 6 weeks.",
            "Blended format with two on-site workshops. Quiz at the end of each module.",
        ],
    },
    Lang {
        code: "it",
        leadins: &[
            "Al termine del corso lo studente sarà in grado di:",
            "Risultati di apprendimento attesi. Lo studente sarà in grado di:",
        ],
        verbs: &[
            "applicare",
            "progettare",
            "valutare",
            "confrontare",
            "implementare",
            "analizzare",
            "spiegare",
            "costruire",
            "identificare",
            "pianificare",
        ],
        objects: &[
            "un modello di regressione per dati di indagine",
            "i rischi principali di un progetto software",
            "un piano di marketing per una piccola impresa",
            "la struttura di una base di dati relazionale",
            "il bilancio energetico di un edificio",
            "i risultati di uno studio clinico",
        ],
        vague: &["conoscere", "comprendere", "acquisire familiarità con", "approfondire"],
        learning_heading: "Obiettivi formativi:",
        marketing: &[
            "Un corso unico nel suo genere, tenuto da docenti di grande esperienza!",
            "Iscriviti subito e accedi a tutti i materiali.",
        ],
        overview: &[
            "Lezioni, letture ed esercitazioni settimanali accompagnano i principi e la pratica della disciplina.",
            "Ogni modulo comprende una lezione, un esempio svolto e una discussione in gruppo.",
        ],
        logistics: &[
            "Crediti: 6 CFU. Impegno: 150 ore.",
            "Modalità di verifica: esame scritto e prova orale.",
            "Il corso si svolge in presenza, con due incontri a distanza.",
        ],
    },
    Lang {
        code: "fr",
        leadins: &[
            "À l'issue de la formation, vous serez capable de :",
            "Objectifs pédagogiques : à la fin du cours, l'étudiant sera capable de :",
        ],
        verbs: &[
            "appliquer",
            "concevoir",
            "évaluer",
            "comparer",
            "mettre en œuvre",
            "analyser",
            "expliquer",
            "construire",
            "identifier",
            "planifier",
        ],
        objects: &[
            "un modèle de régression pour des données d'enquête",
            "les principaux risques d'un projet logiciel",
            "un plan marketing pour une petite entreprise",
            "la structure d'une base de données relationnelle",
            "le bilan énergétique d'un bâtiment",
            "les résultats d'un essai clinique",
        ],
        vague: &["connaître", "comprendre", "se familiariser avec", "découvrir"],
        learning_heading: "Objectifs :",
        marketing: &[
            "La formation la plus complète du marché, animée par un expert reconnu !",
            "Inscrivez-vous dès aujourd'hui et accédez à toutes les vidéos.",
        ],
        overview: &[
            "Des exposés, des lectures et des exercices hebdomadaires accompagnent les principes et la pratique du domaine.",
            "Chaque module associe une vidéo, un exemple commenté et un échange entre participants.",
        ],
        logistics: &[
            "Crédits : 3 ECTS. Charge de travail : 75 heures.",
            "Évaluation : un examen écrit et un projet en groupe.",
            "Formation en ligne, à votre rythme.",
        ],
    },
    Lang {
        code: "de",
        leadins: &[
            "Nach Abschluss des Moduls können die Studierenden:",
            "Lernziele: Die Teilnehmenden sind in der Lage,",
        ],
        verbs: &[
            "anwenden",
            "entwerfen",
            "bewerten",
            "vergleichen",
            "umsetzen",
            "analysieren",
            "erklären",
            "konstruieren",
            "identifizieren",
            "planen",
        ],
        objects: &[
            "ein Regressionsmodell für Umfragedaten",
            "die wichtigsten Risiken eines Softwareprojekts",
            "einen Marketingplan für ein kleines Unternehmen",
            "die Struktur einer relationalen Datenbank",
            "die Energiebilanz eines Gebäudes",
            "die Ergebnisse einer klinischen Studie",
        ],
        vague: &["kennen", "verstehen", "sich vertraut machen mit", "vertiefen"],
        learning_heading: "Lernziele:",
        marketing: &[
            "Der umfassendste Kurs auf dem Markt, von Experten aus der Praxis!",
            "Jetzt anmelden und sofort loslegen.",
        ],
        overview: &[
            "Vorlesungen, Lektüre und wöchentliche Übungen begleiten die Grundlagen und die Praxis des Fachs.",
            "Jede Einheit verbindet eine Vorlesung, ein Beispiel und eine Diskussion in der Gruppe.",
        ],
        logistics: &[
            "Leistungspunkte: 5 ECTS. Arbeitsaufwand: 150 Stunden.",
            "Prüfung: Klausur (90 Minuten) und Hausarbeit.",
            "Präsenzveranstaltung mit Online-Anteilen.",
        ],
    },
    Lang {
        code: "es",
        leadins: &[
            "Al finalizar el curso, serás capaz de:",
            "Resultados de aprendizaje: el estudiante será capaz de:",
        ],
        verbs: &[
            "aplicar",
            "diseñar",
            "evaluar",
            "comparar",
            "implementar",
            "analizar",
            "explicar",
            "construir",
            "identificar",
            "planificar",
        ],
        objects: &[
            "un modelo de regresión para datos de encuestas",
            "los principales riesgos de un proyecto de software",
            "un plan de marketing para una pequeña empresa",
            "la estructura de una base de datos relacional",
            "el balance energético de un edificio",
            "los resultados de un ensayo clínico",
        ],
        vague: &["conocer", "comprender", "familiarizarse con", "aprender sobre"],
        learning_heading: "Objetivos de aprendizaje:",
        marketing: &[
            "¡El curso más completo del mercado, impartido por un experto del sector!",
            "Inscríbete hoy y obtén acceso de por vida.",
        ],
        overview: &[
            "Clases, lecturas y ejercicios semanales acompañan los principios y la práctica de la disciplina.",
            "Cada módulo combina un vídeo, un ejemplo resuelto y un foro de discusión.",
        ],
        logistics: &[
            "Créditos: 4 ECTS. Dedicación: 100 horas.",
            "Evaluación: examen final y proyecto práctico.",
            "Modalidad en línea, a tu propio ritmo.",
        ],
    },
    Lang {
        code: "pt",
        leadins: &[
            "Ao final da disciplina, o aluno será capaz de:",
            "Objetivos de aprendizagem: o estudante deverá ser capaz de:",
        ],
        verbs: &[
            "aplicar",
            "projetar",
            "avaliar",
            "comparar",
            "implementar",
            "analisar",
            "explicar",
            "construir",
            "identificar",
            "planejar",
        ],
        objects: &[
            "um modelo de regressão para dados de pesquisa",
            "os principais riscos de um projeto de software",
            "um plano de marketing para uma pequena empresa",
            "a estrutura de um banco de dados relacional",
            "o balanço energético de um edifício",
            "os resultados de um ensaio clínico",
        ],
        vague: &["conhecer", "compreender", "familiarizar-se com", "aprender sobre"],
        learning_heading: "Objetivos:",
        marketing: &[
            "O curso mais completo do mercado, com um especialista renomado!",
            "Inscreva-se hoje e tenha acesso vitalício.",
        ],
        overview: &[
            "Aulas, leituras e exercícios semanais acompanham os princípios e a prática da área.",
            "Cada módulo combina uma aula gravada, um exemplo resolvido e um fórum de discussão.",
        ],
        logistics: &[
            "Créditos: 4. Carga horária: 60 horas.",
            "Avaliação: prova escrita e trabalho em grupo.",
            "Curso a distância, com encontros presenciais.",
        ],
    },
    Lang {
        code: "nl",
        leadins: &["Na afloop van de cursus kan de student:", "Leerdoelen: de deelnemer kan"],
        verbs: &[
            "toepassen",
            "ontwerpen",
            "beoordelen",
            "vergelijken",
            "implementeren",
            "analyseren",
            "uitleggen",
            "opstellen",
            "herkennen",
            "plannen",
        ],
        objects: &[
            "een regressiemodel voor enquêtegegevens",
            "de belangrijkste risico's van een softwareproject",
            "een marketingplan voor een kleine onderneming",
            "de structuur van een relationele database",
            "de energiebalans van een gebouw",
            "de resultaten van een klinische studie",
        ],
        vague: &["kennen", "begrijpen", "vertrouwd raken met", "inzicht krijgen in"],
        learning_heading: "Leerdoelen:",
        marketing: &[
            "De meest complete cursus op de markt, gegeven door een expert!",
            "Schrijf je vandaag nog in.",
        ],
        overview: &[
            "Colleges, literatuur en wekelijkse oefeningen begeleiden de principes en de praktijk van het vakgebied.",
            "Elke module combineert een college, een uitgewerkt voorbeeld en een groepsdiscussie.",
        ],
        logistics: &[
            "Studiepunten: 3 ECTS. Studiebelasting: 84 uur.",
            "Evaluatie: schriftelijk examen en een project.",
            "Online en in eigen tempo.",
        ],
    },
];

/// Verb-final languages put the verb after its object in outcome items.
fn item(l: &Lang, verb: &str, object: &str) -> String {
    match l.code {
        "de" | "nl" => format!("{object} {verb}"),
        _ => format!("{verb} {object}"),
    }
}

/// One description: (class intended, text).
fn description(rng: &mut Rng, l: &Lang) -> (char, String) {
    let mut parts: Vec<String> = Vec::new();
    for _ in 0..1 + rng.below(2) {
        parts.push(rng.pick(l.overview).to_string());
    }
    let class = match rng.below(100) {
        0..=29 => 'A',
        30..=59 => 'B',
        _ => 'C',
    };
    let html = rng.chance(25);
    let n = 3 + rng.below(4);
    let items: Vec<String> = (0..n)
        .map(|_| {
            let verb = if class == 'A' { rng.pick(l.verbs) } else { rng.pick(l.vague) };
            item(l, verb, rng.pick(l.objects))
        })
        .collect();
    match class {
        'A' | 'B' if class == 'A' || rng.chance(60) => {
            let lead = rng.pick(l.leadins);
            parts.push(if html {
                format!(
                    "<p>{lead}</p><ul>{}</ul>",
                    items.iter().map(|i| format!("<li>{i}</li>")).collect::<String>()
                )
            } else {
                match rng.below(3) {
                    // Numbered items run together on one line (scraped lists).
                    0 => format!(
                        "{lead} {}",
                        items
                            .iter()
                            .enumerate()
                            .map(|(k, i)| format!("{}.{i};", k + 1))
                            .collect::<String>()
                    ),
                    1 => format!(
                        "{lead}\n{}",
                        items.iter().map(|i| format!("• {i}\n")).collect::<String>()
                    ),
                    _ => format!(
                        "{lead}\n{}",
                        items.iter().map(|i| format!("- {i}\n")).collect::<String>()
                    ),
                }
            });
        }
        'B' => {
            // A topic list with no verbs.
            let topics: Vec<&str> = (0..n).map(|_| rng.pick(l.objects)).collect();
            parts.push(format!("{} {}", l.learning_heading, topics.join("; ")));
        }
        _ => {
            for _ in 0..1 + rng.below(2) {
                parts.push(rng.pick(l.marketing).to_string());
            }
        }
    }
    for _ in 0..rng.below(3) {
        parts.push(rng.pick(l.logistics).to_string());
    }
    // A quoted phrase exercises CSV quoting.
    if rng.chance(10) {
        parts.push("Participants call it \"the best week of the year\".".into());
    }
    for _ in 0..3 + rng.below(4) {
        parts.push(rng.pick(l.overview).to_string());
    }
    let sep = if html { "" } else { "\n" };
    let text = if html {
        parts
            .iter()
            .map(|p| if p.starts_with('<') { p.clone() } else { format!("<p>{p}</p>") })
            .collect()
    } else {
        parts.join(sep)
    };
    (class, text)
}

const PROVIDERS: [&str; 8] = [
    "Northbridge University",
    "Open Skills Academy",
    "Università di Valcastello",
    "Hochschule Rheinfeld",
    "Université de Belleval",
    "Universidad de Montesur",
    "Instituto Serra Azul",
    "Hogeschool Kempenland",
];

/// Runs `mcaudit generate`.
pub fn run(a: &GenerateArgs) -> anyhow::Result<Outcome> {
    let jsonl = a.out.extension().is_some_and(|e| e == "jsonl" || e == "ndjson");
    let file = std::fs::File::create(&a.out)
        .with_context(|| format!("{}: cannot create", a.out.display()))?;
    let mut w = std::io::BufWriter::with_capacity(1 << 20, file);
    let mut rng = Rng(a.seed);
    // Flexible: about one row in 5,000 gets a stray extra field (a scraping accident).
    let mut csv = (!jsonl).then(|| {
        csv::WriterBuilder::new()
            .flexible(true)
            .terminator(csv::Terminator::Any(b'\n'))
            .from_writer(Vec::with_capacity(1 << 16))
    });
    if let Some(c) = csv.as_mut() {
        c.write_record(["id", "title", "provider", "language", "description", "intended"])?;
    }
    let mut bytes = 0u64;
    let mut classes = [0u64; 3];
    for i in 0..a.records {
        let l = &LANGS[rng.below(LANGS.len())];
        let (class, text) = description(&mut rng, l);
        classes[(class as u8 - b'A') as usize] += 1;
        bytes += text.len() as u64;
        let id = format!("gen{i:07}");
        let title = format!("{} {}", rng.pick(l.verbs), rng.pick(l.objects));
        let provider = PROVIDERS[rng.below(PROVIDERS.len())];
        let intended = class.to_string();
        match csv.as_mut() {
            Some(c) => {
                if rng.below(5000) == 0 {
                    c.write_record([
                        id.as_str(),
                        &title,
                        provider,
                        l.code,
                        &text,
                        &intended,
                        "stray",
                    ])?;
                } else {
                    c.write_record([id.as_str(), &title, provider, l.code, &text, &intended])?;
                }
                if i % 256 == 255 {
                    let buf = std::mem::replace(
                        c,
                        csv::WriterBuilder::new()
                            .flexible(true)
                            .terminator(csv::Terminator::Any(b'\n'))
                            .from_writer(Vec::with_capacity(1 << 16)),
                    )
                    .into_inner()
                    .map_err(|e| anyhow::anyhow!("csv buffer: {e}"))?;
                    w.write_all(&buf)?;
                }
            }
            None => {
                serde_json::to_writer(
                    &mut w,
                    &serde_json::json!({
                        "id": id, "title": title, "provider": provider,
                        "language": l.code, "description": text, "intended": intended,
                    }),
                )?;
                w.write_all(b"\n")?;
            }
        }
    }
    if let Some(c) = csv.take() {
        let buf = c.into_inner().map_err(|e| anyhow::anyhow!("csv buffer: {e}"))?;
        w.write_all(&buf)?;
    }
    w.flush().with_context(|| format!("{}: cannot write", a.out.display()))?;
    eprintln!(
        "wrote {} records ({:.1} MB of description text; intended classes A {} / B {} / C {}) to {}",
        a.records,
        bytes as f64 / 1e6,
        classes[0],
        classes[1],
        classes[2],
        a.out.display()
    );
    Ok(Outcome::Ok)
}
