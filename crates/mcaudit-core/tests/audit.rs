//! The EU-element audit (SPEC.md section 4) through the whole per-record stage: the cases of
//! the session-20 review of issue #5, each written for these tests (no corpus text).
//! See: #5

use mcaudit_core::lang::Lang;
use mcaudit_core::model::{Location, Processed, RawRecord};
use mcaudit_core::pipeline::{Context, process_record};

fn run_meta(text: &str, lang: Lang, meta: &[(&str, &str)]) -> Processed {
    let rec = RawRecord {
        id: "t".into(),
        location: Location { file: "test".into(), line: None, index: None },
        title: Some("A short course".into()),
        provider: None,
        text: text.into(),
        meta: meta.iter().map(|(e, v)| (e.to_string(), v.to_string())).collect(),
        encoding: "utf-8",
        warnings: vec![],
    };
    process_record(rec, &Context::new(Some(lang)))
}

/// (status, value, evidence text) of one element.
fn element(p: &Processed, name: &str) -> (&'static str, Option<String>, String) {
    let f = p
        .audit
        .findings
        .iter()
        .find(|f| f.element.as_str() == name)
        .expect("every element has a finding");
    let evidence = match &f.status {
        mcaudit_core::audit::Status::Text(r) => p.record.text[r.clone()].to_string(),
        _ => String::new(),
    };
    (f.status.as_str(), f.value.clone(), evidence)
}

fn status(text: &str, lang: Lang, name: &str) -> &'static str {
    element(&run_meta(text, lang, &[]), name).0
}

/// A label whose value says there is none, or holds a placeholder, states no assessment; a
/// column label (`--text exam` writes `exam: ...`) is evidence only with its value.
#[test]
fn issue5_s20_labels_with_none_or_placeholder_values_state_nothing() {
    for (text, lang) in [
        ("Assessment: none.", Lang::En),
        ("Évaluation : aucune.", Lang::Fr),
        ("Prüfung: keine.", Lang::De),
        ("Esame: nessuno.", Lang::It),
        ("Evaluación: ninguna.", Lang::Es),
        ("Avaliação: nenhuma.", Lang::Pt),
        ("Tentamen: niet van toepassing.", Lang::Nl),
        ("Prüfungsform: nicht zutreffend", Lang::De),
        ("Type of assessment: n/a", Lang::En),
    ] {
        assert_eq!(status(text, lang, "assessment"), "absent", "{text}\nhelp: audit::says_nothing");
    }
    // Two `--text` columns, the second an exam column holding a placeholder or `none`.
    for value in ["TODO", "n/a", "None", "Keine", "-", "TBD"] {
        let text = format!("description: Garden design for small urban plots.\nexam: {value}");
        assert_eq!(status(&text, Lang::En, "assessment"), "absent", "{text}");
    }
    // A cue glued to a colon inside a sentence is no label: its evidence is the cue.
    let p = run_meta("These courses are self-paced:Data Analysis for Biology", Lang::En, &[]);
    assert_eq!(element(&p, "participation").2, "self-paced");
    // A scraped stop after the colon is no placeholder.
    let text = "Question types:\n- Multiple choice:. One right answer and three wrong ones.";
    assert_eq!(status(text, Lang::En, "assessment"), "text");
    // A label followed by blanks to the end of the text (a panic of the first version).
    let text = "goals: Draw a garden plan.\nexam:      \t   ";
    assert_eq!(status(text, Lang::En, "assessment"), "absent");
    // A bare label at the end of the text.
    let text = "description: Garden design for small urban plots.\nexam:";
    assert_eq!(status(text, Lang::En, "assessment"), "absent");
    // A label with a value states it, and its evidence holds the value.
    let p = run_meta(
        "description: Garden design for small urban plots.\nexam: a planting plan marked by the tutor",
        Lang::En,
        &[],
    );
    let (st, _, evidence) = element(&p, "assessment");
    assert_eq!(st, "text");
    assert!(evidence.contains("planting plan"), "evidence {evidence:?}");
    // The other labelled elements: `none` prerequisites are information, `n/a` fees nothing.
    assert_eq!(status("Prerequisites: none.", Lang::En, "prerequisites"), "text");
    assert_eq!(status("Prerequisites: TBD", Lang::En, "prerequisites"), "absent");
    assert_eq!(status("Fees: n/a", Lang::En, "fees"), "absent");
    assert_eq!(status("Stackability: none", Lang::En, "stackability"), "absent");
    // A mapped field saying `nicht zutreffend` states nothing either.
    let p = run_meta("", Lang::De, &[("assessment", "nicht zutreffend")]);
    assert_eq!(element(&p, "assessment").0, "absent");
}

/// Clock times are no workload; real workloads stay.
#[test]
fn issue5_s20_clock_times_are_no_hours() {
    for (text, lang) in [
        ("De lessen vinden plaats op dinsdag van 19.00 tot 21.30 uur.", Lang::Nl),
        ("Sessions run on Saturdays, 9:00-12:30 h, in room B.", Lang::En),
        ("Classes meet on Mondays from 18.00 to 20.00 h.", Lang::En),
        ("Les cours ont lieu le mardi de 18.00 à 20.30 h.", Lang::Fr),
        ("We starten om 19.30 uur in het auditorium.", Lang::Nl),
    ] {
        assert_eq!(status(text, lang, "hours"), "absent", "{text}\nhelp: audit::clock_time");
    }
    for (text, lang, want) in [
        ("The course takes 21.5 hours of study.", Lang::En, "21.5"),
        // A weekly rate without its weeks is kept as a rate, not a total (session-22 review).
        ("Reken op 3 uur per week zelfstudie.", Lang::Nl, "3 per week"),
        ("Der Arbeitsaufwand beträgt 120 Stunden.", Lang::De, "120"),
        // A range stays a range (session-23 review; it was 15, the figure before the unit).
        ("From 12 to 15 hours of video lectures.", Lang::En, "12-15"),
    ] {
        let p = run_meta(text, lang, &[]);
        assert_eq!(element(&p, "hours").1.as_deref(), Some(want), "{text}");
    }
}

/// An evaluation that is a subject taught (of policies, of an economy) is no assessment of the
/// learner; the learner's assessment stays.
#[test]
fn issue5_s20_evaluation_as_a_subject_is_no_assessment() {
    for (text, lang) in [
        ("Temas: evaluación económica de proyectos sanitarios.", Lang::Es),
        ("Il modulo tratta la valutazione economica dei servizi.", Lang::It),
        ("Introduction à l'évaluation économique des soins.", Lang::Fr),
        ("Topics include economic evaluation and cost modelling.", Lang::En),
        ("Topics include the evaluation of policies for housing.", Lang::En),
        ("Topics include economic assessment of farms.", Lang::En),
        ("Contenuti: valutazione dei rischi nei cantieri.", Lang::It),
        ("Thèmes : l'évaluation des politiques publiques.", Lang::Fr),
        ("Conteúdo: avaliação de impacto ambiental.", Lang::Pt),
    ] {
        assert_eq!(
            status(text, lang, "assessment"),
            "absent",
            "{text}\nhelp: audit::subject_after"
        );
    }
    for (text, lang) in [
        ("La valutazione dell'apprendimento avviene con una prova finale.", Lang::It),
        ("L'évaluation des acquis se fait par un dossier.", Lang::Fr),
        ("A avaliação do aluno é contínua.", Lang::Pt),
        ("La evaluación del curso consiste en un examen.", Lang::Es),
        ("Die Prüfung erfolgt mündlich.", Lang::De),
        ("Each week ends with a graded assignment.", Lang::En),
    ] {
        assert_eq!(status(text, lang, "assessment"), "text", "{text}");
    }
}

/// An access or validity period is no duration of the course; a course's length stays.
#[test]
fn issue5_s20_access_periods_are_no_duration() {
    for (text, lang) in [
        ("Enrolled learners keep access to the videos for 12 months.", Lang::En),
        ("You get full access for 6 months after purchase.", Lang::En),
        ("L'accesso alla piattaforma è garantito per 12 mesi.", Lang::It),
        ("Der Zugang zu den Materialien bleibt für 12 Monate bestehen.", Lang::De),
        ("The certificate is valid for 24 months.", Lang::En),
        ("Enjoy 12 months access to every lesson.", Lang::En),
    ] {
        assert_eq!(status(text, lang, "duration"), "absent", "{text}\nhelp: audit::ACCESS_BEFORE");
    }
    for (text, lang) in [
        ("The course runs for 8 weeks.", Lang::En),
        ("Duration: 12 months, with access to a mentor.", Lang::En),
        ("Durata: 6 settimane.", Lang::It),
    ] {
        assert_eq!(status(text, lang, "duration"), "text", "{text}");
    }
}

/// A credits figure naming the programme's offer is not the module's credits, and gives no
/// `credits_mismatch` against the module's credits field.
#[test]
fn issue5_s20_programme_credits_are_not_the_module_credits() {
    let text =
        "Das Modul gehört zum 60-LP-Modulangebot Nachhaltigkeit und kann frei gewählt werden.";
    let p = run_meta(text, Lang::De, &[("credits", "5")]);
    assert_eq!(element(&p, "credits").1.as_deref(), Some("5 ECTS"));
    assert!(
        !p.audit.contradictions.iter().any(|c| c.0 == "credits_mismatch"),
        "{:?}\nhelp: audit::programme_credits",
        p.audit.contradictions
    );
    for (text, lang) in [
        ("Wählbar im 30-LP-Nebenfach Geschichte.", Lang::De),
        ("This module belongs to a 60 credit programme in design.", Lang::En),
    ] {
        assert_eq!(status(text, lang, "credits"), "absent", "{text}");
    }
    // The module's own credits, glued or not, stay.
    for (text, lang, want) in [
        ("Das 6-LP-Modul wird jedes Semester angeboten.", Lang::De, "6 ECTS"),
        ("Umfang: 10 LP.", Lang::De, "10 ECTS"),
        ("This 15-credit module is taught in spring.", Lang::En, "15 credits"),
    ] {
        let p = run_meta(text, lang, &[]);
        assert_eq!(element(&p, "credits").1.as_deref(), Some(want), "{text}");
    }
}

/// An exam the course prepares for (a certification) is not the course's assessment; the
/// course's own exam stays.
#[test]
fn issue5_s20_certification_exams_prepared_for_are_no_assessment() {
    for (text, lang) in [
        ("This course prepares you to pass the PMP exam on your first try.", Lang::En),
        ("Everything you need for the CAPM exam in one place.", Lang::En),
        ("Get ready for the AZ-900 exam with short lessons.", Lang::En),
        ("Der Kurs dient der Vorbereitung auf die IHK-Prüfung.", Lang::De),
        ("Ce cours vous prépare à l'examen du TOEIC.", Lang::Fr),
        // Session 20 review: Italian and Spanish preparation.
        ("Il corso prepara all'esame di certificazione ECDL.", Lang::It),
        ("Preparación para el examen DELE B2 en doce semanas.", Lang::Es),
    ] {
        assert_eq!(
            status(text, lang, "assessment"),
            "absent",
            "{text}\nhelp: audit::certification_acronym, PREPARE_BEFORE"
        );
    }
    for (text, lang) in [
        ("The course has a final exam.", Lang::En),
        ("The course ends with an exam.", Lang::En),
        ("Weekly lessons prepare you for the final exam.", Lang::En),
        ("The module is assessed by an MCQ exam.", Lang::En),
        ("WEEK 6: FINAL EXAM", Lang::En),
        ("Module 5: CAD Capstone: building a bracket.", Lang::En),
        ("The labs will prepare you for the final project, a small robot.", Lang::En),
        ("These SAA-C09 practice tests come with explanations.", Lang::En),
        ("Testi per la preparazione dell'esame: dispense del docente.", Lang::It),
    ] {
        assert_eq!(status(text, lang, "assessment"), "text", "{text}");
    }
}

/// A labelled provider line names the provider, in the seven languages.
#[test]
fn issue5_s20_labelled_provider_lines_are_found() {
    for (text, lang, want) in [
        (
            "Provider: Ashcombe Business School\nA course on pricing.",
            Lang::En,
            "Ashcombe Business School",
        ),
        (
            "Anbieter: Volkshochschule Lindenau\nEin Kurs über Preise.",
            Lang::De,
            "Volkshochschule Lindenau",
        ),
        ("Fornitore: Accademia Valmarina\nUn corso sui prezzi.", Lang::It, "Accademia Valmarina"),
        ("Ente erogatore: Università di Pontevecchio.", Lang::It, "Università di Pontevecchio"),
        ("Organisme : Institut Barbeau\nUn cours sur les prix.", Lang::Fr, "Institut Barbeau"),
        ("Proveedor: Escuela Alcaraz\nUn curso sobre precios.", Lang::Es, "Escuela Alcaraz"),
        (
            "Instituição: Faculdade Serra Azul\nUm curso sobre preços.",
            Lang::Pt,
            "Faculdade Serra Azul",
        ),
        ("Oferecido por Faculdade Serra Azul.", Lang::Pt, "Faculdade Serra Azul"),
        (
            "Aanbieder: Hogeschool Veldhoven\nEen cursus over prijzen.",
            Lang::Nl,
            "Hogeschool Veldhoven",
        ),
        ("Provider: edX partner school\nA course on pricing.", Lang::En, "edX partner school"),
    ] {
        let p = run_meta(text, lang, &[]);
        let (st, value, _) = element(&p, "provider");
        assert_eq!((st, value.as_deref()), ("text", Some(want)), "{text}\nhelp: audit::PROVIDER");
    }
    // A placeholder, or a provider named inside a sentence about someone else, is none.
    for text in ["Provider: TBD", "Our trainer was a course provider: then she retired."] {
        assert_eq!(status(text, Lang::En, "provider"), "absent", "{text}");
    }
}

/// The learning outcomes come from the text (no field maps them): `text`, at a statement that
/// decided the class, never `field` with the class as the field's name.
#[test]
fn issue5_s20_learning_outcomes_are_found_in_the_text() {
    let text = "By the end of the course you will be able to:\n- Draw a planting plan for a small \
                garden\n- Compare three irrigation systems\n- Estimate the cost of a border";
    let p = run_meta(text, Lang::En, &[]);
    let (st, value, evidence) = element(&p, "learning_outcomes");
    assert_eq!(st, "text", "help: audit::AuditInput::outcomes");
    assert_eq!(value.as_deref(), Some("A (well-structured)"));
    assert!(evidence.contains("planting plan"), "evidence {evidence:?}");
    let f = p.audit.findings.iter().find(|f| f.element.as_str() == "learning_outcomes");
    assert!(!matches!(f.map(|f| &f.status), Some(mcaudit_core::audit::Status::Field(_))));
    // A text without outcomes (class C) has none.
    let p = run_meta("Garden design. Tuesdays, room 4.", Lang::En, &[]);
    assert_eq!(element(&p, "learning_outcomes").0, "absent");
}

/// A long clause under a skills heading is no tag: `graded assignments` there is assessment,
/// as it is in prose; the short tags beside it stay topics.
#[test]
fn issue5_s20_graded_assignments_count_under_a_skills_heading() {
    let texts = [
        "Skills:\n- Urban gardening basics\n- On completing the practice and graded assignments \
         related to this course, you will: Landscape Architecture",
        "Skills:\n- Urban gardening basics\n- On completing the practice and graded assignments \
         of this course, you will: Landscape Architecture",
        "About: On completing the practice and graded assignments of this course, you will \
         design a garden.",
    ];
    for text in texts {
        let p = run_meta(text, Lang::En, &[]);
        let (st, value, _) = element(&p, "assessment");
        assert_eq!(
            (st, value.as_deref()),
            ("text", Some("exam")),
            "{text}\nhelp: pipeline::topics"
        );
    }
    // The lead-in of an outcome is read.
    let text =
        "What you will learn:\n- Through weekly quizzes, you will practise mental arithmetic";
    assert_eq!(status(text, Lang::En, "assessment"), "text", "{text}");
    // An outcome whose verb ends it (German) stays a topic as a whole.
    let text = "Lernziele:\n- Mit der Erstellung eines Online-Portfolios beginnen, in dem Sie \
                Arbeiten präsentieren können.";
    assert_eq!(status(text, Lang::De, "assessment"), "absent", "{text}");
    let text = "Lernziele:\n- Die Studierenden können Ergebnisse mündlich und schriftlich \
                darstellen\n- Sie können ein Praktikum mitgestalten";
    assert_eq!(status(text, Lang::De, "assessment"), "absent", "{text}");
    // Tags stay topics.
    let p = run_meta("Skills: Project Management, Quality Assurance", Lang::En, &[]);
    assert_eq!(element(&p, "assessment").0, "absent");
    assert_eq!(element(&p, "quality_assurance").0, "absent");
}

/// Session 20 review: a provider label whose value points elsewhere (`siehe oben`) names no
/// provider.
#[test]
fn issue5_s20_review_provider_pointing_elsewhere_names_none() {
    for (text, lang) in [
        ("Anbieter: siehe oben\nEin Kurs über Preise.", Lang::De),
        ("Provider: see above\nA course on pricing.", Lang::En),
    ] {
        let p = run_meta(text, lang, &[]);
        assert_ne!(element(&p, "provider").0, "text", "{text}");
    }
}

/// Session 20 review: the French clock time (`de 9 h 00 à 12 h 30`, `14h30`) is no workload;
/// `30 h de formation` stays one.
#[test]
fn issue5_s20_review_french_clock_times_are_no_hours() {
    assert_eq!(status("Cours le samedi de 9 h 00 à 12 h 30.", Lang::Fr, "hours"), "absent");
    assert_eq!(status("Rendez-vous à 14h30 devant la salle.", Lang::Fr, "hours"), "absent");
    assert_eq!(status("La formation dure 30 h au total.", Lang::Fr, "hours"), "text");
}

/// Session-22 review: an exam the course prepares for stays one when its name is long
/// (`preparation for a Lean Six Sigma Green Belt exam`, EdX:9); the course's own final exam
/// stays the course's.
/// See: #5
#[test]
fn issue5_s22_review_long_named_exam_prepared_for_is_no_assessment() {
    for text in [
        "This course is designed as preparation for a Lean Six Sigma Green Belt exam.",
        "The programme prepares you for the internationally recognised Project Management \
         Professional exam.",
    ] {
        assert_eq!(status(text, Lang::En, "assessment"), "absent", "{text}\nhelp: PREPARE_BEFORE");
    }
    let own = "Weekly quizzes prepare you for the long and demanding final exam.";
    assert_eq!(status(own, Lang::En, "assessment"), "text", "{own}");
}

/// Session-22 review: a weekly rate is no total workload (`3 hours per week` gave hours 3,
/// EdX:213; `12 hours per week`, EdX:277, gave 12). With its weeks, in the sentence or from the
/// duration element, it is the total (3 x 10 = 30); alone it is kept as a rate (`3 per week`),
/// which the hours-per-ECTS check and the hours field comparison leave alone.
/// See: #5
#[test]
fn issue5_s22_review_weekly_hours_are_a_rate_or_a_total() {
    let p = run_meta("Expect to spend 3 hours per week for 10 weeks.", Lang::En, &[]);
    let (st, value, evidence) = element(&p, "hours");
    assert_eq!((st, value.as_deref()), ("text", Some("30")), "help: audit::hours_in, weeks_in");
    assert_eq!(evidence, "3 hours per week for 10 weeks");
    assert_eq!(element(&p, "workload").1.as_deref(), Some("30 hours"));
    // The weeks from the duration element (`runs for 6 weeks`).
    let p = run_meta(
        "This course runs for 6 weeks. The course does require about 12 hours per week of work.",
        Lang::En,
        &[],
    );
    assert_eq!(element(&p, "hours").1.as_deref(), Some("72"));
    for (text, lang, want) in [
        ("The course does require about 12 hours per week of work.", Lang::En, "12 per week"),
        ("Plan on 5 hrs/wk of study.", Lang::En, "5 per week"),
        ("Impegno richiesto: 4 ore settimanali.", Lang::It, "4 per week"),
        ("Comptez 2 heures par semaine.", Lang::Fr, "2 per week"),
        ("Rechnen Sie mit 3 Stunden pro Woche.", Lang::De, "3 per week"),
        ("Dedica 4 horas a la semana durante 8 semanas.", Lang::Es, "32"),
        ("Reken op 3 uur per week gedurende 6 weken.", Lang::Nl, "18"),
        ("The course takes 40 hours over 8 weeks.", Lang::En, "40"),
    ] {
        let p = run_meta(text, lang, &[]);
        assert_eq!(element(&p, "hours").1.as_deref(), Some(want), "{text}");
    }
    // A rate alone is no total: it neither contradicts 6 ECTS nor a 150-hour field.
    let p = run_meta("Plan on 5 hours per week.", Lang::En, &[("credits", "6"), ("hours", "150")]);
    assert!(p.audit.contradictions.is_empty(), "{:?}", p.audit.contradictions);
    let p = run_meta("Plan on 5 hours per week.", Lang::En, &[("credits", "6")]);
    assert!(p.audit.contradictions.is_empty(), "{:?}", p.audit.contradictions);
    assert_eq!(element(&p, "workload").1.as_deref(), Some("6 ECTS"));
    // A total in the field and the same total from a rate in the text agree.
    let p = run_meta("3 hours per week for 10 weeks.", Lang::En, &[("hours", "30")]);
    assert!(p.audit.contradictions.is_empty(), "{:?}", p.audit.contradictions);
    let p = run_meta("3 hours per week for 10 weeks.", Lang::En, &[("hours", "50")]);
    assert_eq!(p.audit.contradictions.first().map(|c| c.0), Some("hours_mismatch"));
}

/// Session-22 review: the hours-per-ECTS message said `expected 25-30` while the check flags
/// outside 15-45; it now names both.
/// See: #5
#[test]
fn issue5_s22_review_hours_per_ects_message_names_the_flagged_range() {
    let flagged = run_meta("A course.", Lang::En, &[("credits", "6"), ("hours", "300")]);
    let (code, detail) = flagged.audit.contradictions.first().cloned().expect("flagged");
    assert_eq!(code, "hours_per_ects");
    assert!(detail.contains("50.0 hours per ECTS"), "{detail}");
    assert!(detail.contains("25-30") && detail.contains("below 15 or above 45"), "{detail}");
    let range = &mcaudit_core::audit::HOURS_PER_ECTS_FLAGGED;
    assert_eq!((*range.start(), *range.end()), (15.0, 45.0));
    // 20 hours per ECTS is not flagged.
    let kept = run_meta("A course.", Lang::En, &[("credits", "6"), ("hours", "120")]);
    assert!(kept.audit.contradictions.is_empty(), "{:?}", kept.audit.contradictions);
}

/// Session-22 review: `missing` said `workload` while the audit rows had `credits` and `hours`,
/// both mandatory (ten mandatory rows for the nine elements). The nine mandatory findings are
/// now the nine elements `missing` names; credits and hours are the ECCOE descriptors that state
/// the workload.
/// See: #5
#[test]
fn issue5_s22_review_mandatory_elements_are_the_nine_named_in_missing() {
    use mcaudit_core::audit::{Element, Status};
    let p = run_meta("A course.", Lang::En, &[]);
    let mandatory: Vec<&str> =
        Element::ALL.iter().filter(|e| e.mandatory()).map(|e| e.as_str()).collect();
    assert_eq!(
        mandatory,
        [
            "title",
            "provider",
            "country",
            "learning_outcomes",
            "workload",
            "eqf_level",
            "assessment",
            "participation",
            "quality_assurance"
        ]
    );
    let absent: Vec<&str> = p
        .audit
        .findings
        .iter()
        .filter(|f| f.element.mandatory() && f.status == Status::Absent)
        .map(|f| f.element.as_str())
        .collect();
    assert_eq!(absent, p.audit.missing);
    assert!(p.audit.missing.contains(&"workload"));
    // Credits state the workload, with their evidence.
    let p = run_meta("This module is worth 6 ECTS.", Lang::En, &[]);
    let (st, value, evidence) = element(&p, "workload");
    assert_eq!((st, value.as_deref(), evidence.as_str()), ("text", Some("6 ECTS"), "6 ECTS"));
    assert!(!p.audit.missing.contains(&"workload"));
    let p = run_meta("A course.", Lang::En, &[("hours", "40")]);
    assert_eq!(element(&p, "workload").0, "field");
    assert_eq!(element(&p, "workload").1.as_deref(), Some("40 hours"));
}

/// Session-23 review: a range of hours took its first figure when written with a hyphen
/// (`3-5 hours per week` gave 3 per week) and its last with an en dash, `to` or `and` (`20–25
/// hours` gave 25), so `3-5 hours per week for 10 weeks` was 30 hours. SPEC.md section 4 asks for
/// the notional workload, an estimate: a range is kept as one (`20-25`, `3-5 per week`), a total
/// from a weekly range multiplies bound by bound (`30-50`), and the comparisons flag only a
/// range none of whose values fits.
/// See: #5
#[test]
fn issue5_s23_hour_ranges_are_kept_as_ranges() {
    for (text, lang, want) in [
        ("Plan on 3-5 hours per week.", Lang::En, "3-5 per week"),
        ("Plan on 3–5 hours per week.", Lang::En, "3-5 per week"),
        ("Plan on 3 to 5 hours per week.", Lang::En, "3-5 per week"),
        ("Plan on between 3 and 5 hours per week.", Lang::En, "3-5 per week"),
        ("Expect 3-5 hours per week for 10 weeks.", Lang::En, "30-50"),
        ("Expect between 3 and 5 hours per week for 8-10 weeks.", Lang::En, "24-50"),
        ("The course takes 20–25 hours.", Lang::En, "20-25"),
        ("The course takes 20 to 25 hours.", Lang::En, "20-25"),
        ("The course takes 2.5-3 hours.", Lang::En, "2.5-3"),
        ("Impegno: da 3 a 5 ore settimanali per 10 settimane.", Lang::It, "30-50"),
        ("Impegno: tra 20 e 25 ore.", Lang::It, "20-25"),
        ("Comptez entre 3 et 5 heures par semaine.", Lang::Fr, "3-5 per week"),
        ("Aufwand: 3 bis 5 Stunden pro Woche.", Lang::De, "3-5 per week"),
        ("Dedica de 3 a 5 horas a la semana durante 8 semanas.", Lang::Es, "24-40"),
        ("Reken op 3 tot 5 uur per week.", Lang::Nl, "3-5 per week"),
        // No range: a single figure, a conjunction without `between`, bounds the wrong way.
        ("The course takes 40 hours over 8 weeks.", Lang::En, "40"),
        ("Chapters 3 and 5 hours of video lectures.", Lang::En, "5"),
        ("Allow 5-3 hours.", Lang::En, "3"),
    ] {
        let p = run_meta(text, lang, &[]);
        assert_eq!(
            element(&p, "hours").1.as_deref(),
            Some(want),
            "{text}\nhelp: audit::hours_in reads ranges (HOURS, RANGE_AND), weeks_in (WEEKS_FROM)"
        );
    }
    let p = run_meta("Expect 3-5 hours per week for 10 weeks.", Lang::En, &[]);
    let (_, _, evidence) = element(&p, "hours");
    assert_eq!(evidence, "3-5 hours per week for 10 weeks");
    assert_eq!(element(&p, "workload").1.as_deref(), Some("30-50 hours"));
    let p = run_meta("Plan on 3–5 hours per week.", Lang::En, &[]);
    assert_eq!(element(&p, "workload").1.as_deref(), Some("3-5 hours per week"));
    // The weeks of the duration element multiply a weekly range too.
    let p = run_meta("This course runs for 6 weeks. Plan on 3 to 5 hours per week.", Lang::En, &[]);
    assert_eq!(element(&p, "hours").1.as_deref(), Some("18-30"));
    // Clock times stay no workload, written as a range or not.
    for text in ["Lessons from 9.00-12.30 h.", "Les cours ont lieu de 9:00-12:30 h."] {
        assert_eq!(status(text, Lang::En, "hours"), "absent", "{text}");
    }
    // A field range and a text figure inside it agree; one outside it does not.
    let p = run_meta("The course takes 24 hours.", Lang::En, &[("hours", "20-25")]);
    assert!(p.audit.contradictions.is_empty(), "{:?}", p.audit.contradictions);
    assert_eq!(element(&p, "hours").1.as_deref(), Some("20-25"));
    let p = run_meta("The course takes 40 hours.", Lang::En, &[("hours", "20-25")]);
    assert_eq!(p.audit.contradictions.first().map(|c| c.0), Some("hours_mismatch"));
    // Hours per ECTS: flagged only when no value of the range fits 15-45.
    let p = run_meta("The course takes 100-150 hours.", Lang::En, &[("credits", "6")]);
    assert!(p.audit.contradictions.is_empty(), "{:?}", p.audit.contradictions);
    let p = run_meta("The course takes 20-25 hours.", Lang::En, &[("credits", "6")]);
    let (code, detail) = p.audit.contradictions.first().cloned().expect("flagged");
    assert_eq!(code, "hours_per_ects");
    assert!(detail.contains("20-25 hours for 6 ECTS is 3.3-4.2 hours per ECTS"), "{detail}");
}
