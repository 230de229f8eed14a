//! The A / B / C rubric of SPEC.md section 2, one case per rule and edge case, in the seven
//! languages. Texts are ours. Each case names the class and the deciding reason code.

use mcaudit_core::classify::Class;
use mcaudit_core::lang::Lang;
use mcaudit_core::model::{Location, Processed, RawRecord};
use mcaudit_core::pipeline::{Context, process_record};

fn run(text: &str, lang: Lang) -> Processed {
    let rec = RawRecord {
        id: "t".into(),
        location: Location { file: "test".into(), line: None, index: None },
        title: None,
        provider: None,
        text: text.into(),
        meta: vec![],
        encoding: "utf-8",
        warnings: vec![],
    };
    process_record(rec, &Context::new(Some(lang)))
}

macro_rules! class_case {
    ($name:ident, $lang:expr, $class:expr, $reason:expr, $text:expr) => {
        #[test]
        fn $name() {
            let p = run($text, $lang);
            let d = &p.decision;
            assert_eq!(
                (d.class, d.reasons.first().copied()),
                ($class, Some($reason)),
                "\nwhy: {}\nstatements: {:#?}\nhelp: see SPEC.md section 2; the rule in classify.rs or a lexicon row changed",
                d.path,
                p.statements.iter().map(|s| (s.role, &p.record.text[s.span.clone()])).collect::<Vec<_>>()
            );
        }
    };
}

// --- A: discrete statements, most led by an observable action verb.
class_case!(
    en_leadin_list,
    Lang::En,
    Class::A,
    "leadin+action_items",
    "By the end of this course you will be able to:\n• identify the parts of a pump\n• explain how pressure is measured\n• design a simple test rig"
);
class_case!(
    en_run_together_numbers,
    Lang::En,
    Class::A,
    "leadin+action_items",
    "Intended learning outcomes: By the end of this course students will be able to:1.Identify core characteristics of sensors;2.Describe the purpose of a control loop;3.Evaluate a design against requirements"
);
class_case!(
    en_glued_coursera_items,
    Lang::En,
    Class::A,
    "leadin+action_items",
    "What you will learn: Build a budget in a spreadsheetApply formulas to monthly costsPresent the results to a manager\nSkills you will gain: Excel\nModules: Budgets, Formulas"
);
class_case!(
    en_list_decides_over_prose,
    Lang::En,
    Class::A,
    "leadin+action_items",
    "This course aims to give you an appreciation of statistics.\nLearning outcomes\n- Calculate means and variances\n- Compare two samples with a t-test\n- Interpret a confidence interval"
);
class_case!(
    it_dublin_headings,
    Lang::It,
    Class::A,
    "action_sentences",
    "Conoscenza e capacità di comprensione: lo studente sarà in grado di descrivere i principali modelli di rete.\nCapacità di applicare conoscenza e comprensione: lo studente sarà in grado di progettare una rete locale.\nAutonomia di giudizio: lo studente sarà in grado di valutare soluzioni alternative."
);
class_case!(
    fr_leadin_items,
    Lang::Fr,
    Class::A,
    "leadin+action_items",
    "À l'issue de la formation, le participant sera capable de :\n- concevoir un plan de communication\n- évaluer un budget\n- présenter un projet à un jury"
);
class_case!(
    de_verb_final_items,
    Lang::De,
    Class::A,
    "leadin+action_items",
    "Qualifikationsziele\nNach Abschluss des Moduls können die Studierenden:\n- statistische Daten analysieren\n- einfache Modelle entwerfen\n- Ergebnisse bewerten"
);
class_case!(
    es_infinitive_items,
    Lang::Es,
    Class::A,
    "leadin+action_items",
    "Al finalizar el curso, el estudiante será capaz de:\n1. Diseñar una base de datos relacional\n2. Aplicar consultas SQL\n3. Evaluar el rendimiento de un índice"
);
class_case!(
    pt_items,
    Lang::Pt,
    Class::A,
    "leadin+action_items",
    "Ao final do curso, o estudante será capaz de:\n• aplicar métodos numéricos\n• avaliar a estabilidade de um modelo\n• elaborar relatórios técnicos"
);
class_case!(
    nl_third_person_lines,
    Lang::Nl,
    Class::A,
    "leadin+action_items",
    "Doelstellingen: Benoemt de onderdelen van een netwerk || Configureert een router || Analyseert netwerkverkeer"
);

// --- B: some statement of learning, not usable as outcomes.
class_case!(
    en_one_sentence_learn_how,
    Lang::En,
    Class::B,
    "teacher_aims",
    "In this course you will learn how to design, build and test small web applications."
);
class_case!(
    en_teacher_aims,
    Lang::En,
    Class::B,
    "teacher_aims",
    "The course aims to provide an overview of marketing. We will explore pricing and promotion."
);
class_case!(
    en_skill_tags_only,
    Lang::En,
    Class::B,
    "skill_tags",
    "What you will learn: Not specified\nSkills you will gain: Python, SQL, Tableau\nModules: Week 1, Week 2"
);
class_case!(
    en_half_vague_list,
    Lang::En,
    Class::B,
    "half_or_fewer_action",
    "Learning outcomes:\n- Understand the basics of accounting\n- Know the main financial statements\n- Prepare a balance sheet\n- Appreciate the role of audit"
);
class_case!(
    en_single_good_statement,
    Lang::En,
    Class::B,
    "single_statement",
    "Students will be able to design a relational database for a small business."
);
class_case!(
    it_course_side_aim,
    Lang::It,
    Class::B,
    "teacher_aims",
    "Il corso si propone di fornire agli studenti le conoscenze di base della chimica organica."
);
class_case!(
    de_vague_kennen,
    Lang::De,
    Class::B,
    "vague_verbs",
    "Die Studierenden kennen die Grundlagen der Thermodynamik und verstehen die Hauptsätze."
);
class_case!(
    pt_course_side_infinitive,
    Lang::Pt,
    Class::B,
    "teacher_aims",
    "Objetivos\nApresentar aos alunos os conceitos fundamentais da termodinâmica."
);
class_case!(
    es_vague,
    Lang::Es,
    Class::B,
    "vague_verbs",
    "Objetivos: Conocer los principios de la economía y comprender el funcionamiento de los mercados."
);

// --- C: nothing about what the learner will know or be able to do.
class_case!(
    en_marketing_only,
    Lang::En,
    Class::C,
    "no_outcome_language",
    "Join thousands of happy students! Our award-winning instructors have 20 years of experience. Enrol today and get lifetime access."
);
class_case!(
    en_placeholder_and_modules,
    Lang::En,
    Class::C,
    "placeholder",
    "What you will learn: Not specified\nSkills you will gain: Not specified\nModules: Introduction, Data types, Loops, Functions"
);
class_case!(en_empty, Lang::En, Class::C, "empty", "   ");
class_case!(
    en_exam_domains,
    Lang::En,
    Class::C,
    "no_outcome_language",
    "Exam domains:\n1. Design resilient architectures (30 %)\n2. Design high-performing architectures (28 %)\n3. Design secure applications (24 %)"
);
class_case!(
    fr_logistics,
    Lang::Fr,
    Class::C,
    "no_outcome_language",
    "Formation en présentiel à Lyon, 3 jours, de 9h à 17h. Tarif : 900 euros. Inscription avant le 15 mars."
);
class_case!(
    nl_modules_only,
    Lang::Nl,
    Class::C,
    "no_outcome_language",
    "Leerinhoud\n1. Inleiding tot databanken\n2. SQL-basis\n3. Normalisatie"
);

#[test]
fn decisions_do_not_depend_on_the_record_id_or_source() {
    let text = "Learning outcomes:\n- Apply the method\n- Design a study\n- Evaluate results";
    let a = run(text, Lang::En);
    let mut rec = a.record.clone();
    rec.id = "other:99".into();
    rec.location.file = "another.csv".into();
    rec.text = text.into();
    let b = process_record(rec, &Context::new(Some(Lang::En)));
    assert_eq!(a.decision, b.decision);
}

#[test]
fn evidence_points_at_the_deciding_statements() {
    let p = run(
        "Learning outcomes:\n- Apply the method\n- Design a study\n- Evaluate results",
        Lang::En,
    );
    let texts: Vec<&str> =
        p.decision.evidence.iter().map(|&i| &p.record.text[p.statements[i].span.clone()]).collect();
    assert_eq!(texts, ["Apply the method", "Design a study", "Evaluate results"]);
}

class_case!(
    en_sample_questions_are_not_outcomes,
    Lang::En,
    Class::C,
    "no_outcome_language",
    "Six full practice tests for the cloud exam.\nSample questions:\nA company stores logs on servers.\n- Create an IAM role with the right permissions\n- Create a user and generate an access key\n- Configure a bucket policy"
);

class_case!(
    en_question_bank_options_are_not_outcomes,
    Lang::En,
    Class::C,
    "no_outcome_language",
    "Cloud Security Questions Bank. 4 Practice Exams. Some Questions:. A new app stores files in a bucket. Which solution is cheapest?. a) Access the bucket through a gateway. B) Access the bucket through a proxy server. C) Enable a lifecycle policy."
);

class_case!(
    it_course_enables_the_learner_to_act,
    Lang::It,
    Class::A,
    "action_sentences",
    "Obiettivi formativi\nIl corso consente agli studenti di valutare l'impatto fiscale delle scelte di bilancio. Al termine del corso gli studenti sono in grado di determinare il reddito d'impresa."
);

class_case!(
    it_course_makes_the_learner_acquire_is_an_aim,
    Lang::It,
    Class::B,
    "teacher_aims",
    "Obiettivi formativi\nLo scopo dell'insegnamento è fare acquisire allo studente la capacità di eseguire analisi chimiche."
);

// A course described in the third person (`It summarises ...; outlines ...; highlights ...`):
// the course's actions, not the learner's.
class_case!(
    en_course_in_third_person,
    Lang::En,
    Class::B,
    "teacher_aims",
    "This course looks at small farms in dry regions. It summarises the main risks; outlines the history of irrigation; highlights the role of cooperatives."
);

// Aims written as bare infinitives of a course-side verb the verb lexicon does not hold
// (`Introduzir`, `Propiciar`): the course's aims, not outcomes.
class_case!(
    pt_bare_infinitive_aims,
    Lang::Pt,
    Class::B,
    "teacher_aims",
    "Objetivos:\n- Introduzir os princípios básicos da contabilidade de custos.\n- Propiciar uma visão geral da gestão financeira de pequenas empresas."
);

#[test]
fn bare_list_markers_are_not_statements() {
    let p = run(
        "Qualifikationsziele\n1.\nDie Studierenden können Messreihen auswerten.\n2.\nSie können einfache Versuche planen.\nB.\n",
        Lang::De,
    );
    let texts: Vec<&str> = p.statements.iter().map(|s| &p.record.text[s.span.clone()]).collect();
    assert_eq!(
        texts,
        ["Die Studierenden können Messreihen auswerten.", "Sie können einfache Versuche planen."],
        "help: a marker on its own line (`1.`, `B.`) introduces the next line; see extract::bare_marker"
    );
}

// The question cues are found whatever their case (one case-insensitive pass since the sixth
// session of 2026-11-24, no lowercase copy of the segment).
class_case!(
    en_sample_questions_in_capitals_are_not_outcomes,
    Lang::En,
    Class::C,
    "no_outcome_language",
    "Six full practice tests for the cloud exam.\nSAMPLE QUESTIONS:\nA company stores logs on servers.\n- Create an IAM role with the right permissions\n- Create a user and generate an access key\n- Configure a bucket policy"
);

/// An Italian syllabus written in English keeps its Italian field headings: `Modalità di
/// verifica dell'apprendimento` and `Prerequisiti`, each on its own line right above the text,
/// end the outcomes section, so an assessment sentence (`Students can decide to present ...`)
/// is no outcome statement. The record had counted it and been A.
#[test]
fn foreign_heading_ends_the_outcomes_section() {
    let text = "Obiettivi formativi\nThe course aims to introduce students to public budgets.\nThe student will be able to analyse the accounts of a town.\n\nModalità di verifica dell'apprendimento\nWritten exam. Students can decide to present a short seminar to raise their mark.\nPrerequisiti\nMicroeconomics.";
    let p = run(text, Lang::En);
    let seminar = p
        .statements
        .iter()
        .find(|s| p.record.text[s.span.clone()].starts_with("Students can decide"))
        .expect("the assessment sentence is a statement");
    assert_eq!(seminar.heading, mcaudit_core::extract::HeadingKind::Content);
    let aims = p
        .statements
        .iter()
        .find(|s| p.record.text[s.span.clone()].starts_with("The course aims"))
        .expect("the aim is a statement");
    assert_eq!(aims.heading, mcaudit_core::extract::HeadingKind::Learning);
    assert_eq!(p.decision.class, Class::B, "why: {}", p.decision.path);
}

// --- Session 16: a blind sample of 100 corpus records (eval/own_labels_blind16.csv) and a
// review of the statements that got no verb. Texts are ours, shaped like the cases found.

// A certification's level (`Architect - Associate`) is no verb `associate`, and a word before
// a copula is the sentence's subject (`Associate examination is intended for ...`).
class_case!(
    review16_certification_level_associate_is_no_verb,
    Lang::En,
    Class::C,
    "no_outcome_language",
    "Welcome to the Cloud Certified Solutions Architect - Associate Practice Test Course.\nAssociate examination is intended for people with one year of experience.\nThe exam has 65 questions."
);

// The course's own parts, links and access are logistics, not outcomes (`you will find`,
// `complete the units`, `send us a message`); `considering that` is no verb.
class_case!(
    review16_course_parts_and_channels_are_logistics,
    Lang::En,
    Class::C,
    "no_outcome_language",
    "Mock exams for the cloud certification. You will find the link to the simulator in our welcome message. You can complete all of the course units in any order. Kindly send us a direct message to request access. It is among the best paid certifications, considering that."
);

// Topic lines under a label inside a content section are content; module titles alone: C.
class_case!(
    review16_topic_lines_under_a_content_label_are_content,
    Lang::Nl,
    Class::C,
    "no_outcome_language",
    "Leerinhoud\nInleiding tot data\nExtra functies in Python\nUitbreiding naar statistiek: gemiddelden en spreiding\nTabellen en reeksen\nData verkennen met grafieken\nInterpretatie van resultaten"
);

// ... while a sentence under such a label is read as anywhere else (a course-side aim: B).
class_case!(
    review16_sentences_under_a_content_label_are_read,
    Lang::Nl,
    Class::B,
    "teacher_aims",
    "Leerinhoud\nSamenwerking: tijdens het project werk je in een internationale groep.\nDeze cursus biedt je de kans om te oefenen met communicatie in een vreemde taal."
);

// Dublin-descriptor items run together with `.-` are split, each judged under its heading.
class_case!(
    review16_dublin_items_joined_by_a_glued_dash_are_split,
    Lang::It,
    Class::A,
    "leadin+action_items",
    "Obiettivi formativi\nIl corso mira a fornire concetti utili.\nPiù in dettaglio:-Conoscenza e capacità di comprensione: lo studente dovrà essere in grado di descrivere i mercati.-Autonomia di giudizio: lo studente dovrà essere in grado di valutare le politiche economiche.-Abilità comunicative: lo studente dovrà essere in grado di presentare i risultati in forma scritta."
);

// Numbered objectives and codes before the verb (`1.1 Design ...`, `RO 1.2 Describir ...`,
// `Específicos – Compreender ...`) are read from the verb.
class_case!(
    review16_codes_before_the_verb_are_skipped,
    Lang::En,
    Class::A,
    "action_sentences",
    "Exam objectives\n1.1 Design a multi-tier architecture.\n1.2 Select storage for a workload.\n2.1 Identify cost-effective compute services."
);

#[test]
fn review16_codes_and_labels_before_a_verb_in_other_languages() {
    let es = run(
        "Objetivos de aprendizaje\nRO 1.1 Describir los procesos.\nRO 1.2 Comparar dos modelos.",
        Lang::Es,
    );
    let leads: Vec<_> =
        es.statements.iter().filter_map(|s| s.lead.as_ref().map(|l| l.lemma.as_str())).collect();
    assert_eq!(leads, ["describir", "comparar"], "{:#?}", es.statements);
    let pt =
        run("Objetivos\nEspecíficos – Compreender e descrever o mecanismo das reações.", Lang::Pt);
    let leads: Vec<_> =
        pt.statements.iter().filter_map(|s| s.lead.as_ref().map(|l| l.lemma.as_str())).collect();
    assert_eq!(leads, ["compreender"], "{:#?}", pt.statements);
}

// `Il corso di X affronta ...`, `Questo corso offre ...`, `La finalità del corso è ...`,
// `Dotar os alunos ...`, `A disciplina busca ...`: the course's side (SPEC.md 2: aims).
#[test]
fn review16_course_side_aims_in_italian_and_portuguese() {
    use mcaudit_core::extract::Role;
    let it = run(
        "Obiettivi formativi\nIl corso di Tecnologie Meccaniche affronta i processi di lavorazione.\nQuesto corso offre una panoramica delle tecniche.\nLa finalità del corso è costruire una base di conoscenze.",
        Lang::It,
    );
    let pt = run(
        "Objetivos\nDotar os alunos dos conhecimentos de biologia celular.\nA disciplina busca desenvolver o raciocínio.",
        Lang::Pt,
    );
    for p in [&it, &pt] {
        assert!(p.statements.iter().all(|s| s.role == Role::Aim), "{:#?}", p.statements);
        assert_eq!(p.decision.class, Class::B);
    }
}

// A Dublin heading with a full stop is a heading, not a statement led by `applicare`.
#[test]
fn review16_dublin_heading_with_a_full_stop_is_a_heading() {
    let p = run(
        "Obiettivi formativi\nConoscenza e capacità di comprensione applicate.\nLo studente sarà in grado di risolvere problemi.\nCapacità di apprendere.\nLo studente sarà in grado di aggiornarsi.",
        Lang::It,
    );
    let texts: Vec<_> = p.statements.iter().map(|s| &p.record.text[s.span.clone()]).collect();
    assert_eq!(texts.len(), 2, "{texts:#?}");
    assert!(texts.iter().all(|t| t.starts_with("Lo studente")), "{texts:#?}");
}

// `ogni studente svilupperà l'abilità di valutare`: the skill frame `abilità di`.
#[test]
fn review16_learner_frame_abilita_di() {
    let it = run(
        "Obiettivi formativi\nDurante il progetto ogni studente svilupperà l'abilità di valutare i risultati.",
        Lang::It,
    );
    let lead = it.statements.iter().find_map(|s| s.lead.as_ref().map(|l| l.lemma.clone()));
    assert_eq!(lead.as_deref(), Some("valutare"), "{:#?}", it.statements);
}

// Second review of session 16: duties of assessment after a bare obligation are no outcomes
// (the bare `deve` / `debe` frames were dropped), nor is what a course does not do.
class_case!(
    review16_assessment_duties_and_negated_course_verbs_are_no_outcomes,
    Lang::Pt,
    Class::C,
    "no_outcome_language",
    "Disciplina semestral de 4 créditos. O aluno deve apresentar a proposta de trabalho à banca. Os alunos devem realizar a prova final e entregar o relatório."
);

// The logistics rule needs a course part as the head of the object: real outcomes with `find`,
// `select`, `complete` stay; a count, a standard or a numbered module title is no code before
// a verb; `Associate ... with` is the verb.
#[test]
fn review16_logistics_heads_codes_and_associate_are_not_overread() {
    let p = run(
        "Learning outcomes\nStudents will be able to find the class of a differential equation.\nSelect appropriate test statistics for a study.\nComplete each section of an existing professional profile.\nAssociate Chinese characters with their pronunciation.\n4 Practice tests with over 250 questions.\nISO 9001 Design and development controls\nWeek 2 - Designing the prototype",
        Lang::En,
    );
    let leads: Vec<_> =
        p.statements.iter().map(|s| s.lead.as_ref().map(|l| l.lemma.as_str())).collect();
    assert_eq!(
        leads,
        [Some("find"), Some("select"), Some("complete"), Some("associate"), None, None, None],
        "{:#?}",
        p.statements
    );
}

// A label with a learner and a frame in a content section introduces statements, no topics.
class_case!(
    review16_framed_label_in_a_content_section_introduces_statements,
    Lang::En,
    Class::A,
    "action_items",
    "Course content\nIn the labs you will practise how to:\n- design a circuit\n- measure the current\n- evaluate the results"
);

// A glued dash after an abbreviation is no item boundary (`U.S.-China`).
#[test]
fn review16_dash_after_an_abbreviation_is_no_item() {
    let p = run(
        "Learning outcomes\nStudents will be able to analyse U.S.-China trade relations and the E.U.-Mercosur agreement, and evaluate them.",
        Lang::En,
    );
    assert_eq!(p.statements.len(), 1, "{:#?}", p.statements);
}

// `Importantly, ...`, `Generally, you need ...` are adverbs, not the verbs *import* or
// *generalize*; an adverb before a verb leaves the verb to lead (`Visually interpret`).
#[test]
fn review16_english_adverbs_in_ly_are_no_verbs() {
    let p = run(
        "What you will learn\nImportantly, the course is free.\nGenerally, you need to read many books.\nVisually interpret the derivative of functions.\nConstructively criticise the arguments of others.\nCritically consider several perspectives.",
        Lang::En,
    );
    let leads: Vec<_> =
        p.statements.iter().map(|s| s.lead.as_ref().map(|l| l.lemma.as_str())).collect();
    assert_eq!(
        leads,
        [None, None, Some("interpret"), Some("criticise"), Some("critically consider")],
        "{:#?}",
        p.statements
    );
}

// Verbs the lexicons lacked (session 17's coverage read): `Filter data`, `Tune a PID loop`,
// `Report on`, `Arrange`, `Isolate`, `link ... to`, de *abbilden*, es
// *estratificar*; the Portuguese course-side verbs `Fomentar`, `Munir`, `Favorecer`,
// `Viabilizar`, `Auxiliar`, `Instruir` lead aims.
#[test]
fn issue4_s17_verbs_the_lexicons_lacked() {
    use mcaudit_core::extract::Role;
    let en = run(
        "What you will learn\nFilter data using time modifiers.\nTune a PID control loop for a motor.\nReport on the predictive performance of a model.\nArrange a complex set of information in a reader-friendly way.\nIsolate the cause of a network fault.\nLink legal frameworks to the work of policymakers.",
        Lang::En,
    );
    let leads: Vec<_> =
        en.statements.iter().map(|s| s.lead.as_ref().map(|l| l.lemma.as_str())).collect();
    assert_eq!(
        leads,
        [
            Some("filter"),
            Some("tune"),
            Some("report"),
            Some("arrange"),
            Some("isolate"),
            Some("link")
        ],
        "{:#?}",
        en.statements
    );
    assert_eq!(en.decision.class, Class::A);
    let de = run(
        "Qualifikationsziele\nDie Studierenden können logische Funktionen auf physikalische Schaltkreise abbilden.\nDie Studierenden belegen das Praktikum und das Seminar.",
        Lang::De,
    );
    let leads: Vec<_> =
        de.statements.iter().filter_map(|s| s.lead.as_ref().map(|l| l.lemma.as_str())).collect();
    // *belegen* also means to enrol: it was tried and left out.
    assert_eq!(leads, ["abbilden"], "{:#?}", de.statements);
    let es = run(
        "Objetivos de aprendizaje\nEstratificar el riesgo en pacientes con embolia pulmonar.",
        Lang::Es,
    );
    assert_eq!(
        es.statements.first().and_then(|s| s.lead.as_ref()).map(|l| l.lemma.as_str()),
        Some("estratificar"),
        "{:#?}",
        es.statements
    );
    let pt = run(
        "Objetivos\nFomentar a cultura do empreendedorismo e da inovação.\nMunir o aluno de ferramentas para especificar materiais.\nViabilizar a compreensão da crise climática.",
        Lang::Pt,
    );
    assert!(
        pt.statements.iter().all(|s| s.role == Role::Aim && s.lead.is_some()),
        "{:#?}",
        pt.statements
    );
}

// Words that stem like the new verbs but are nouns or a course's parts stay topics:
// `Engineering principles`, `Strategic Management`, `Market segments`, `homework
// assignments` (*engineer*, *strategize*, *segment*, *assign* were tried and left out).
#[test]
fn issue4_s17_nouns_that_stem_like_verbs_stay_topics() {
    let p = run(
        "What you will learn\nEngineering principles for allocating functionality to hardware\nStrategic Management, Market-Based Pricing, Pricing Strategies\nControl technology is said to be a hidden technology.",
        Lang::En,
    );
    assert!(p.statements.iter().all(|s| s.lead.is_none()), "{:#?}", p.statements);
}

// Session 17: passing, taking or preparing for an exam is exam marketing (SPEC.md 2: C), in
// an aim (`This course will help you to pass the ... exam`), a vague statement (`you will be
// confident of passing the exam`) or as the statement's own act (`Pass the exam`, `Practice
// Exam info`); an exam that opens an English sentence is its subject (`With the exam, you
// validate your ability`). Real acts keep their statements: `Write code that passes the unit
// tests`, the Italian lead-in `A seguito del superamento dell'esame, lo studente sarà in grado
// di`.
class_case!(
    issue3_s17_exam_marketing_is_no_outcome,
    Lang::En,
    Class::C,
    "no_outcome_language",
    "This course will help you to pass the AWS Certified Security - Specialty exam.\nThe explanations will help you improve your knowledge and you will be confident of passing the AWS Certified Developer Associate exam.\nWith the exam, you validate your ability to perform the following tasks.\nPractice Exam info:\nPass the AWS Certified Cloud Practitioner exam, and prove that you know the cloud."
);

#[test]
fn issue3_s17_acts_near_an_exam_keep_their_statements() {
    let en = run(
        "What you will learn\nWrite code that passes the unit tests.\nPrepare a development environment and host a web application, Practice Exam",
        Lang::En,
    );
    let leads: Vec<_> =
        en.statements.iter().filter_map(|s| s.lead.as_ref().map(|l| l.lemma.as_str())).collect();
    assert_eq!(leads, ["write", "prepare"], "{:#?}", en.statements);
    let it = run(
        "Obiettivi formativi\nA seguito del superamento dell'esame, lo studente sarà in grado di determinare quale modello sia più appropriato.",
        Lang::It,
    );
    let leads: Vec<_> =
        it.statements.iter().filter_map(|s| s.lead.as_ref().map(|l| l.lemma.as_str())).collect();
    assert_eq!(leads, ["determinare"], "{:#?}", it.statements);
}

// Session 17: a hard-wrapped list item continues on its next lines (`- sich mit einfachen
// sprachlichen Mitteln in Alltagssituationen` / `verständigen,`), as a paragraph would; a long
// German item line does not take a capitalised subject line after it (`Die Studierenden`).
// A German word with no verb ending is no verb form (`klar` stems like *klären*, `Aufbau`
// like *aufbauen*): the clause-final verb leads.
#[test]
fn issue3_s17_wrapped_items_and_german_verb_endings() {
    let p = run(
        "Qualifikationsziele\nDie Studierenden können:\n\n- sich mit einfachen sprachlichen Mitteln in Alltagssituationen\n  verständigen,\n- klar strukturierte akademische Texte planen und\n  abfassen,\n- praxisbezogene Kontaktgespräche führen.",
        Lang::De,
    );
    let leads: Vec<_> =
        p.statements.iter().map(|s| s.lead.as_ref().map(|l| l.lemma.as_str())).collect();
    assert_eq!(
        leads,
        [Some("verständigen"), Some("planen"), Some("führen")],
        "{:#?}",
        p.statements
    );
    assert_eq!(p.decision.class, Class::A);
    let q = run(
        "Qualifikationsziele\n- der anwendungsorientierten Festigung und Vertiefung des Strukturwissens\nDie Studierenden\n- können Argumente abwägen und gewichten.",
        Lang::De,
    );
    assert!(
        q.statements
            .iter()
            .all(|s| !q.record.text[s.span.clone()].contains("Strukturwissens\nDie")),
        "{:#?}",
        q.statements
    );
}

// From the session-17 review of the exam rule and the frames: a vague statement or an aim
// with another act keeps it (`... and prepare for the bar exam`, `in preparation for the AP
// exam`); `prepare` names exam preparation only with `for` or the learner after it; a learner
// before an observable verb keeps an exam-first sentence; `practice` is an exam only in
// `Practice Exam ...`; `have the knowledge to` is a frame only after `will`.
#[test]
fn issue3_s17_review_exam_rule_and_frames() {
    use mcaudit_core::extract::Role;
    let p = run(
        "What you will learn\nYou will learn how to evaluate evidence and prepare for the bar exam.\nLearn to read and write about literature in preparation for the AP English exam.\nPrepare financial statements for the CPA examination case study.\nUpon passing the exam, you can design networks.\nPractice clinical examination skills on simulated patients.\nThis mock test helps you prepare for the AWS Certified Cloud Practitioner exam.\nParticipants must already have the knowledge and skills to write simple scripts.\nYou will have the knowledge to assess the advantages of wind power.",
        Lang::En,
    );
    let roles: Vec<_> = p.statements.iter().map(|s| s.role).collect();
    assert_eq!(
        roles,
        [
            Role::Aim,
            Role::Vague,
            Role::Action,
            Role::Action,
            Role::Action,
            Role::Content,
            Role::Content,
            Role::Action
        ],
        "{:#?}",
        p.statements
    );
}

// From the session-17 review: course-side aims of Udemy pages (`I will discuss`, `we explain`,
// `walk you through`) are vague statements (SPEC.md 2: B), not nothing (C).
class_case!(
    issue3_s17_course_side_aims_of_udemy_pages,
    Lang::En,
    Class::B,
    "teacher_aims",
    "In this course, I will discuss various cloud services provided by Amazon Web Services.\nTogether, I'll walk you through the AWS global infrastructure and each of the major services."
);

// From the session-17 review: a gerund with one to three nouns before a copula heads the
// sentence's subject (`Reporting tools and dashboards are covered in week 3`, `Testing
// strategies are introduced`); a verb before a clause keeps its statement (`Recognize ways data
// is described`, `Design systems that are robust`).
#[test]
fn issue3_s17_noun_subject_before_a_copula() {
    let p = run(
        "What you will learn\nReporting tools and dashboards are covered in week 3.\nTesting strategies are introduced in week 2.\nRecognize ways data is described and interpreted.\nDesign systems that are robust.",
        Lang::En,
    );
    let leads: Vec<_> =
        p.statements.iter().map(|s| s.lead.as_ref().map(|l| l.lemma.as_str())).collect();
    assert_eq!(leads, [None, None, Some("recognize"), Some("design")], "{:#?}", p.statements);
}

// From the blind sample of session 17 (`edx:223`): `Este curso te permitirá aprender ...`, `te
// brindará las habilidades` are the course's aims (SPEC.md 2: B), not nothing (C).
class_case!(
    issue3_s17_spanish_course_side_aims,
    Lang::Es,
    Class::B,
    "teacher_aims",
    "Este curso en línea te permitirá aprender inglés para sobresalir en tu carrera.\nEste curso te brindará las habilidades lingüísticas básicas para el mundo de los negocios."
);

// From the blind sample of session 17: a duty of the learner is no outcome (`You will have to
// write a report`, `questions that you will have to solve in 130 minutes`, `Candidates have to
// answer 60 questions`), and an aim that ends on a preposition after a noun of the course's
// offer says nothing (`This course is for complete preparation of.`, `will help you to gain
// knowledge on:.`); a lead-in on `to` still introduces the learner's acts.
class_case!(
    issue3_s17_duties_and_dangling_aims_are_no_outcomes,
    Lang::En,
    Class::C,
    "no_outcome_language",
    "This course is for complete preparation of.\nThe practice test will help you to gain knowledge on:.\nYou will have to write a report on each case.\nCandidates have to answer 60 questions in 90 minutes."
);

// From the second review of session 17: an ability with `will have to be able to`, a duty in
// a relative clause, a complete aim ending on a preposition (`the skills employers are looking
// for`), a base form before a reduced relative clause (`Check results are reproducible`,
// `Assess risks investors are exposed to`) and a Spanish item ending in `que te permitirá`
// keep what they state.
#[test]
fn issue3_s17_review2_abilities_aims_and_items_are_kept() {
    use mcaudit_core::extract::Role;
    let en = run(
        "By the end of this course you will be able to:\n- Check results are reproducible.\n- Assess risks investors are exposed to in emerging markets.\n- Discuss reasons projects are late and propose remedies.\nAt the end of the course, students will have to be able to solve ordinary differential equations.\nGraduates who have to manage teams will be able to apply leadership models.\nThis course gives you the skills employers are looking for.",
        Lang::En,
    );
    let roles: Vec<_> = en.statements.iter().map(|s| s.role).collect();
    assert_eq!(
        roles,
        [Role::Action, Role::Action, Role::Action, Role::Action, Role::Action, Role::Aim],
        "{:#?}",
        en.statements
    );
    let es = run(
        "Al finalizar el curso serás capaz de:\n- Diseñar un plan de negocio que te permitirá obtener financiación.\n- Aplicar una metodología que te ayudará a priorizar tareas.",
        Lang::Es,
    );
    assert!(
        es.statements.iter().filter(|s| s.lead.is_some()).all(|s| s.role == Role::Action),
        "{:#?}",
        es.statements
    );
}
class_case!(
    issue3_s17_lead_in_on_to_still_introduces_acts,
    Lang::En,
    Class::A,
    "leadin+action_items",
    "In this course, you will learn how to:\n- design a relational schema\n- write SQL queries\n- evaluate query plans"
);

// Session 18 (blind sample 18, `unibs:unibsA004836`): Dublin items run together with `;-`
// after a parenthetical dash; the Dublin descriptor named before the learner (`in merito alla
// capacità di applicare conoscenza e comprensione, lo studente ... di analizzare`) is no frame
// of the learner's, so the item is led by what the learner does.
#[test]
fn issue3_s18_dublin_items_run_together_and_named_before_the_learner() {
    let p = run(
        "Obiettivi formativi\nIl corso - avente ad oggetto il diritto commerciale - consiste nello studio delle società. I risultati di apprendimento attesi si articolano come segue:- in merito alla conoscenza e capacità di comprensione, lo studente dovrebbe essere in grado di conoscere la disciplina delle società;- in merito alla capacità di applicare conoscenza e comprensione, lo studente dovrebbe essere in grado di analizzare le nozioni giuridiche rilevanti;- in merito all'autonomia di giudizio, lo studente dovrebbe essere in grado di interpretare le norme;- in merito alle abilità comunicative, lo studente dovrebbe essere in grado di esporre a terzi le nozioni",
        Lang::It,
    );
    let leads: Vec<String> =
        p.statements.iter().filter_map(|s| s.lead.as_ref().map(|l| l.lemma.clone())).collect();
    assert_eq!(
        leads,
        ["conoscere", "analizzare", "interpretare", "esporre"],
        "{:#?}",
        p.statements
    );
    assert_eq!(p.decision.class, Class::A, "{}", p.decision.path);
}

// Session 18 (blind sample 18, `edx:451`): CamelCase names are not cut into items in a text
// whose sentences are glued (`MapReduce` had given an item led by `reduce`, `PageRank` one led
// by `rank`).
class_case!(
    issue3_s18_camel_case_names_give_no_items,
    Lang::En,
    Class::B,
    "teacher_aims",
    "The course is based on a book.The material matches the Stanford course CS246.The major topics covered include: MapReduce systems and algorithms, Locality-sensitive hashing, PageRank and Web-link analysis, Clustering, Recommendation systems."
);

// Session 18 (blind sample 18, `fub:1`): numbered items whose text opens with a Markdown label
// (`1. __Lesen__: Sie können ...`) are items, and a hard-wrapped item continues on a line that
// opens with a noun (`... zu ihnen vertrauten` / `Themen kurze einfache Texte verstehen.`), not
// on one that opens a new subject (`Die Studierenden ...`).
#[test]
fn issue3_s18_markdown_labelled_items_and_wrapped_german_nouns() {
    let p = run(
        "Qualifikationsziele\nDie Studentinnen und Studenten beherrschen die Grundfertigkeiten auf der Niveaustufe A 1.1\n\n1. __Lesen__: Die Studentinnen und Studenten können zu ihnen vertrauten\nThemen kurze einfache Texte verstehen.\n2. __Sprechen__: Sie können zu ihnen vertrauten Themen mit einfachen\nsprachlichen Mitteln an sehr kurzen Gesprächen teilnehmen.\n3. __Schreiben__: Sie können zu ihnen vertrauten Themen in einfachen Sätzen\nkurze Texte schreiben.\n4. __Interkulturelle Kompetenz__: Sie können erste für die interkulturelle\nKommunikation wichtige soziale und kulturelle Elemente erkennen.",
        Lang::De,
    );
    let items: Vec<(&str, Option<&str>)> = p
        .statements
        .iter()
        .filter(|s| s.kind == mcaudit_core::model::SegmentKind::Item)
        .map(|s| (p.record.text[s.span.clone()].trim(), s.lead.as_ref().map(|l| l.lemma.as_str())))
        .collect();
    assert_eq!(items.len(), 4, "{items:#?}");
    assert!(items[0].0.ends_with("Texte verstehen."), "{items:#?}");
    let leads: Vec<Option<&str>> = items.iter().map(|i| i.1).collect();
    assert_eq!(leads, [Some("verstehen"), Some("teilnehmen"), Some("schreiben"), Some("erkennen")]);
    assert_eq!(p.decision.class, Class::A, "{}", p.decision.path);
}

// Session 18 (blind sample 18, `fub:88`): a chain of zu-infinitives is led by its first, as an
// English chain is (`Arbeiten zu verstehen, zu analysieren und zu bewerten`: vague); a present
// participle is no verb (`Abschließend werden Impulse gegeben`); under a label of a content
// section an unframed act is what the course does (`Expertinnen und Experten verdeutlichen`).
#[test]
fn issue3_s18_german_chains_participles_and_content_labels() {
    let lead = |text: &str| {
        let p = run(text, Lang::De);
        p.statements.iter().find_map(|s| s.lead.as_ref().map(|l| l.lemma.clone()))
    };
    assert_eq!(
        lead("Qualifikationsziele\nDie Studierenden sind in der Lage, Arbeiten zu verstehen, zu analysieren und zu bewerten sowie Projektideen zu erarbeiten.").as_deref(),
        Some("verstehen")
    );
    assert_eq!(
        lead("Qualifikationsziele\nDie Studierenden sind in der Lage, eigene Projektideen zu erarbeiten.").as_deref(),
        Some("erarbeiten")
    );
    assert_eq!(
        lead("Qualifikationsziele\nSie können Methoden anwenden, um Daten zu analysieren und zu bewerten.").as_deref(),
        Some("anwenden")
    );
    assert_eq!(lead("Inhalte\nAbschließend werden Impulse zur Reflexion gegeben."), None);
    let p = run(
        "Inhalte\nDie Ausarbeitung ist unterteilt in zwei Phasen:\nGrundlagenphase:\nExpertinnen und Experten verdeutlichen an Praxisbeispielen aktuelle Analyseansätze.\nDie Studierenden fertigen Analysen zu ausgewählten Aspekten an.",
        Lang::De,
    );
    assert_ne!(p.decision.class, Class::A, "{}", p.decision.path);
}

// Session 18 (blind sample 18, `udemy:288`, `udemy:308`): checking one's own preparation is
// what a practice test offers, no outcome; checking one's own work or finding knowledge gaps
// stays an outcome.
class_case!(
    issue3_s18_self_checks_of_practice_tests_are_no_outcomes,
    Lang::En,
    Class::C,
    "no_outcome_language",
    "Test your knowledge for the AWS Solutions Architect Associate Exam. Full Length Tests. These practice tests help to evaluate your preparation. Identify your weak areas and focus more on them."
);

class_case!(
    issue3_s18_own_work_and_knowledge_gaps_stay_outcomes,
    Lang::En,
    Class::A,
    "leadin+action_items",
    "Learning outcomes\n- Identify knowledge gaps and seek appropriate resources\n- Evaluate your own designs against criteria\n- Assess your understanding of key concepts"
);

// Session 18 (the reviewers' `unibs702883`, A): a course-side aim ending in a colon between
// two lists opens a list of its own and is no item of it; `supportare` is a verb.
class_case!(
    issue3_s18_aim_with_a_colon_opens_a_list_of_its_own,
    Lang::It,
    Class::A,
    "leadin+action_items",
    "Obiettivi formativi\nCONOSCENZA E CAPACITA' DI COMPRENSIONE\nIn particolare, il corso consente agli studenti di:\n- comprendere la rilevanza strategica della funzione Operations;\n- conoscere le decisioni critiche legate alla progettazione dei processi;\n- comprendere la rilevanza delle logiche innovative.\nCAPACITA' DI APPLICARE CONOSCENZA E COMPRENSIONE\nIl corso consente agli studenti di:\n- analizzare i processi produttivi;\n- comparare diversi sistemi di gestione delle scorte;\n- supportare il processo di selezione dei fornitori."
);

// Review of session 18: the zu-chain rule only right after the learner's frame (not a purpose
// clause, an earlier clause's verb or a preposition `zu`); self-checks only outside a learning
// section; an imperative under a content label stays.
#[test]
fn issue3_s18_review_chains_self_checks_and_imperatives() {
    let lead = |text: &str, lang: Lang| {
        let p = run(text, lang);
        p.statements.iter().find_map(|s| s.lead.as_ref().map(|l| l.lemma.clone()))
    };
    let de = |t: &str| lead(&format!("Qualifikationsziele\n{t}"), Lang::De);
    assert_eq!(
        de("Um komplexe Probleme zu lösen, können die Studierenden geeignete Modelle entwickeln.")
            .as_deref(),
        Some("entwickeln")
    );
    assert_eq!(
        de("Die Studierenden sind in der Lage, Texte zu bestimmten, vorgegebenen Themen zu verfassen.")
            .as_deref(),
        Some("verfassen")
    );
    assert_ne!(
        lead("Leerdoelen\nDe student kan de theorie toe te passen en te verklaren.", Lang::Nl)
            .as_deref(),
        Some("passen")
    );
    let p = run(
        "Learning outcomes\nBy the end of the course you will be able to:\n- Evaluate your knowledge management strategy\n- Test your knowledge graph queries against a benchmark\n- Identify your weaknesses and strengths as a leader and build a development plan",
        Lang::En,
    );
    assert_eq!(p.decision.class, Class::A, "{}", p.decision.path);
    let p = run(
        "Course content\nWeek 1:\nAnalyse financial statements.\nDesign a budget.\nEvaluate investment proposals.",
        Lang::En,
    );
    assert_ne!(p.decision.class, Class::C, "{}", p.decision.path);
}

// Session 19 (blind sample 20): a question's scenario after `Sample questions` is quiz text,
// however it is framed (`udemy:231`); words with no verb before `, and` are a clause of
// their own, not an introduction to the verb after it (`udacity:21`); honing a skill is vague
// (`udacity:53`).
class_case!(
    issue3_s19_framed_question_scenario_is_quiz_text,
    Lang::En,
    Class::C,
    "no_outcome_language",
    "These practice tests prepare you for the cloud exam.\nSample questions:\nYou have been planning to deploy a web application to the cloud. Which of the following services should you use?\nA. A queue\nB. A function"
);
class_case!(
    issue3_s19_coordinated_marketing_clause_is_no_introduction,
    Lang::En,
    Class::B,
    "single_statement",
    "Be at the forefront of the revolution in health care, and transform patient outcomes. Enable better decisions powered by machine learning."
);
class_case!(
    issue3_s19_honing_skills_is_vague,
    Lang::En,
    Class::B,
    "vague_verbs",
    "Hone product skills in retention strategy. Guide users through the activation funnel and run experiments."
);

// Session 19 (blind sample 20, `fub:362`): a German comma before the subject's next modal opens
// a clause of its own, counted as reviewers count clauses (shared/dev/README.md).
class_case!(
    issue3_s19_german_comma_before_modal_opens_a_clause,
    Lang::De,
    Class::A,
    "action_sentences",
    "Qualifikationsziele\nDie Studierenden lernen Formen der Datenanalyse, können Abhängigkeiten darstellen und wenden Verfahren der Statistik an. Sie lernen die Grundbegriffe der Optimierung, können Zielkriterien formulieren und können Lösungen implementieren."
);

// Session 19 (blind sample 20, `udemy:135`, `udemy:107`): a practice test's explanations of its
// answers, the features a course offers and an exam's testing center are no outcomes.
class_case!(
    issue3_s19_answers_explained_and_features_offered_are_marketing,
    Lang::En,
    Class::C,
    "no_outcome_language",
    "This practice test offers you the following advantages:\nDetailed explanations for every question. This will help you to understand why the given answer is right or wrong!"
);
class_case!(
    issue3_s19_testing_center_is_logistics,
    Lang::En,
    Class::C,
    "no_outcome_language",
    "Format. Multiple choice. Delivery Method. Testing center or online proctored exam. Time. 180 minutes."
);

// Session 19 (blind sample 21, `udemy:311`, `udemy:268`): passing at the first attempt is an
// exam's, named or not; a course-side sentence in quotation marks is a testimonial.
class_case!(
    issue3_s19_pass_the_first_time_and_testimonials_are_marketing,
    Lang::En,
    Class::C,
    "no_outcome_language",
    "Six practice tests with detailed explanations, and will help you pass the first time.\n\"This course is a masterpiece for students willing to take the associate level.\""
);

// Session 19 review: the session's rules narrowed where a read-only review broke them. An
// unknown imperative before `, and` keeps the verb after it; learners' statements after a
// mention of practice questions stay; a learner's own understanding of answers, a course's
// offer of an introduction and a title in quotation marks stay aims or statements.
#[test]
fn issue3_s19_review_rules_narrowed() {
    let class = |text: &str| run(text, Lang::En).decision.class;
    assert_eq!(
        class(
            "Intended learning outcomes\nBy the end of this course you will be able to:\nBrowse open datasets, and evaluate their quality\nJoin a research team, and design a small experiment\nAnalyse the results"
        ),
        Class::A
    );
    assert_eq!(
        class(
            "This course includes over 300 practice questions. Students should be capable of designing secure networks. Participants learn to configure firewalls. Learners are expected to evaluate security policies."
        ),
        Class::A
    );
    assert_eq!(
        class(
            "You will understand why an answer is correct or incorrect when solving probability problems."
        ),
        Class::B
    );
    assert_eq!(
        class("This course offers an introduction to the key features of Python."),
        Class::B
    );
    assert_eq!(
        class(
            "\"Data Science Essentials\" will help you understand the main statistical concepts."
        ),
        Class::B
    );
}

// Session 19 (blind sample 22, `udacity:215`): finding out is discovering, a vague statement.
class_case!(
    issue3_s19_finding_out_is_vague,
    Lang::En,
    Class::B,
    "vague_verbs",
    "You've used the Internet. Find out more about how it works."
);

// Session 20 (blind samples 19, 22 and 23): a course-side aim after an introduction that ends
// in a comma (`udacity:195`, `edx:330`), a course that invites learners to act (`edx:24`), an
// invitation to enrol whose purpose clause states the learner's act (`udacity:8`) and an
// imperative after `Now` (`udacity:215`) are statements of what will be learned (B).
#[test]
fn issue3_s20_aims_after_introductions_and_invitations_are_b() {
    let class = |text: &str| run(text, Lang::En).decision.class;
    for text in [
        "If you are curious about how our cities handle their waste every day, this course will teach you the basics of recycling.",
        "Given this background, this e-learning course is designed to look at the water sector from several angles.",
        "The seminar invites learners to subject their own beliefs about fairness to critical examination.",
        "Robots are everywhere. Enroll now to build and program your own small robot arm.",
        "You have seen a rainbow. Now find out more about how light works.",
    ] {
        assert_eq!(class(text), Class::B, "{text}");
    }
    // Not aims: the course's team acts, an invitation to enrol with no learner's act, an
    // introduction before a logistics sentence.
    for text in [
        "If you have questions about the schedule, the course team will answer them by email.",
        "Enroll now and get lifetime access to all videos.",
        "If you cannot attend in person, the lectures are recorded.",
    ] {
        assert_eq!(class(text), Class::C, "{text}");
    }
}

// Session 20 (user review): a `Skills` column that holds the course description (EdX.csv's
// shifted columns) is prose, not skill tags: its sentences are judged by their roles. Tags,
// alone or run together with commas, stay skill tags.
#[test]
fn issue3_s20_prose_under_a_skills_heading_is_no_skill_tags() {
    let class = |text: &str| run(text, Lang::En).decision.class;
    assert_eq!(
        class(
            "Skills:\nOur city farms feed thousands of families every summer in the valley. The volunteers who run them meet every Tuesday evening at the old station. Lunch is served in the garden for everyone who attends the meetings."
        ),
        Class::C
    );
    assert_eq!(
        class(
            "Skills:\nOur city farms feed thousands of families every summer in the valley. This course will teach you how a small urban farm is planned and run. Lunch is served in the garden for everyone who attends the meetings."
        ),
        Class::B
    );
    assert_eq!(
        class("Skills you will gain: Soil Science, Crop Rotation, Irrigation Planning, Composting"),
        Class::B
    );
}

// Session 20 (`edx:2`, the HarvardX pages): a comma inside parentheses ends no introduction
// (`(i.e., programming assignments)` is no imperative), a middle initial ends no sentence
// (`David J. Malan, CS50x teaches students how to ...` is the course's aim), and a sentence
// that sends the reader elsewhere (`Read our research statement to learn more.`) is no outcome.
#[test]
fn issue3_s20_parentheses_initials_and_pointers() {
    let class = |text: &str| run(text, Lang::En).decision.class;
    assert_eq!(
        class(
            "Learners who pass 8 quizzes (i.e., weekly checks) and a final essay are eligible for a badge. Read our research statement to learn more. Visit our website for more information."
        ),
        Class::C
    );
    assert_eq!(
        class(
            "A short course taught by Maria K. Lindqvist, Garden Basics teaches students how to plan beds and compost kitchen waste."
        ),
        Class::B
    );
}

// Session 20 (user review of the demo corpus, `cat-044`, `cat-047`): a Dutch separable verb
// keeps its particle past infinitives coordinated as its object (`Past actief luisteren en
// samenvatten toe`: *toepassen*), and `Lesprogramma` heads lesson titles (content: C).
#[test]
fn issue3_s20_dutch_particle_after_coordinated_infinitives_and_lesson_programme() {
    let p = run(
        "Leerresultaten\nDe deelnemer:\n• Benoemt de onderdelen van een fiets.\n• Past remmen en schakelen toe in het verkeer.\n• Ontwerpt een fietsroute.",
        Lang::Nl,
    );
    assert_eq!(p.decision.class, Class::A);
    let lemmas: Vec<&str> =
        p.statements.iter().filter_map(|s| s.lead.as_ref()).map(|l| l.lemma.as_str()).collect();
    assert!(lemmas.contains(&"toepassen"), "{lemmas:?}");
    assert_eq!(
        run("Lesprogramma\nLes 1: Kennismaking met de fiets\nLes 2: Licht en remmen", Lang::Nl)
            .decision
            .class,
        Class::C
    );
}

// Session 20 (user review of the demo corpus, `cat-018`, `en-cyber-awareness`): a Romance
// name that stems like a verb (`Chiara`: *chiarire*) is no imperative, and when a course runs
// is its schedule, no aim.
#[test]
fn issue3_s20_names_and_schedules_are_no_acts() {
    assert_eq!(
        run(
            "Docente\nChiara Rossetti è restauratrice. Ha lavorato per dieci anni in un museo civico.",
            Lang::It
        )
        .decision
        .class,
        Class::C
    );
    assert_eq!(
        run(
            "Fees and dates\n£30 per learner. Runs every month, online, 2 live sessions.",
            Lang::En
        )
        .decision
        .class,
        Class::C
    );
}

// Session 20 review: the session's rules narrowed where a read-only review broke them. After
// an introduction, a course that is, will be or offers something states no aim; an invitation
// to enrol for a discount or a place is marketing; `Next` is no adverb before a noun; a course
// invites applications, not only learners; a label's letter (`Plan A.`) ends its sentence;
// a tag list with full stops under a skills heading stays skill tags; a sentence written
// twice counts once; a title after an introduction (`Research Director`) is no imperative.
#[test]
fn issue3_s20_review_rules_narrowed() {
    let class = |text: &str| run(text, Lang::En).decision.class;
    for text in [
        "If you register before May, this course is free.",
        "Given the demand, this course is offered twice a year.",
        "Enroll now to receive a 20% discount.",
        "Join us to celebrate our tenth anniversary on campus.",
        "Next hiring round opens in May.",
        "The course invites applications from graduates of any discipline.",
        "Our tutor teaches students from all over the world.",
        "Take a look at our other courses on marketing.",
        "Led by Maria Lindqvist, Research Director at the Garden Institute, the programme runs in spring.",
    ] {
        assert_eq!(class(text), Class::C, "{text}");
    }
    assert_eq!(
        class(
            "After this course you can: Compare Plan A. Evaluate Plan B. Justify a final choice."
        ),
        Class::A
    );
    assert_eq!(
        class(
            "Skills you will gain: Soil testing with simple kits and field notes for small farms. Crop rotation planning with spreadsheets and seasonal calendars for market gardens."
        ),
        Class::B
    );
    assert_eq!(
        class(
            "Skills:\nDesign a small garden plan for a family plot in town.\nDesign a small garden plan for a family plot in town.\nThe course meets every week in the community hall near the station."
        ),
        Class::B
    );
}

// Session 20 review: invitations to enrol whose purpose is an act of learning, in Italian,
// French, Spanish and Portuguese as in English; a discount is none.
#[test]
fn issue3_s20_review_invitations_in_five_languages() {
    for (text, lang, want) in [
        ("Iscriviti ora per imparare a progettare un orto.", Lang::It, Class::B),
        ("Inscrivez-vous dès maintenant pour apprendre à tailler les arbres.", Lang::Fr, Class::B),
        ("Inscríbete ahora para aprender a cultivar tomates.", Lang::Es, Class::B),
        ("Inscreva-se já para aprender a plantar árvores.", Lang::Pt, Class::B),
        ("Inscríbete ahora para recibir un descuento.", Lang::Es, Class::C),
        ("Iscriviti ora per ricevere uno sconto.", Lang::It, Class::C),
    ] {
        assert_eq!(run(text, lang).decision.class, want, "{text}");
    }
}

// Session 20 review (EdX pages whose description sits in the `Skills` column): taking part in
// a course's discussions, research or essays is its logistics, not an outcome.
#[test]
fn issue3_s20_review_course_activities_are_logistics() {
    let class = |text: &str| run(text, Lang::En).decision.class;
    assert_eq!(
        class(
            "Students will participate in online discussions as well as peer review. By registering as a learner, you will also participate in research about learning. Students will complete an essay for this part of the course."
        ),
        Class::C
    );
    // A learner's act on something else stays one.
    assert_eq!(
        class("You will be able to: participate in a research project. Analyse its data."),
        Class::A
    );
}

// Session 21 (blind sample 25): a German frame's infinitive leads its clause when a finite
// verb opens a second clause after `und` (`fub:477`); a disclaimer that the course is not
// affiliated is no aim (`udemy:47`); building credibility or showing that one has a quality is
// credential marketing (`udemy:169`).
#[test]
fn issue3_s21_german_second_clause_disclaimers_and_standing() {
    let class = |text: &str, lang: Lang| run(text, lang).decision.class;
    assert_eq!(
        class(
            "Lernziele\nDie Teilnehmenden besitzen Grundkenntnisse der Akustik und können diese auf Fragen anwenden. Sie können einfache Messaufgaben lösen und beherrschen die Auswertung von Messreihen. Sie können Ergebnisse prüfen und mit Mikrofonen sachgerecht umgehen.",
            Lang::De
        ),
        Class::A
    );
    // Two infinitives of one frame stay one clause, led by the last.
    let s = run("Lernziele\nSie können Aufgaben lösen und beherrschen.", Lang::De);
    assert!(
        s.statements.iter().any(|st| st.lead.as_ref().is_some_and(|l| l.lemma == "beherrschen")),
        "{:?}",
        s.statements
    );
    for text in [
        "This is an unofficial practice course and this course is not affiliated with any vendor.",
        "Build credibility and confidence by highlighting your ability to design networks. Show you have breadth and depth in network security.",
        "Boost your employability. Prove that you are a skilled analyst.",
        "Validate your ability to design and secure networks. Important dates are listed below.",
    ] {
        assert_eq!(class(text, Lang::En), Class::C, "{text}");
    }
    // Still acts: assessing credibility, showing that something holds, building a portfolio;
    // `will not only teach` is still an aim.
    assert_eq!(
        class(
            "Assess the credibility of online sources. Show that the algorithm terminates. Build a portfolio of small projects.",
            Lang::En
        ),
        Class::A
    );
    assert_eq!(
        class("This course will not only teach you Python but also SQL.", Lang::En),
        Class::B
    );
}

// Session 21: a learner's one-word modal after an opening preposition, with no comma (`In this
// course you will build ...`), frames the act as `In this course, you will build` does; a
// question about the reader (`Which of the following best describes you?`) opens no sample
// questions; what a learner finds in the tests, or gets after each exam, is the course's
// material (`udemy:110`, `udemy:228`).
#[test]
fn issue3_s21_preposition_without_comma_reader_question_and_material() {
    let class = |text: &str| run(text, Lang::En).decision.class;
    assert_eq!(
        class(
            "In this course you will build a small weather station. During the labs you will calibrate its sensors."
        ),
        Class::A
    );
    // `As you will see` is a clause, not a frame.
    assert_eq!(class("As you will see, the course is fun. It is short."), Class::C);
    assert_eq!(
        class(
            "Which of the following best describes you?\nYou garden on a balcony.\n\nMeasure the acidity of the soil. Identify common pests. Design a watering plan."
        ),
        Class::A
    );
    for text in [
        "In these practice tests you will find questions with detailed answers.",
        "Upon completion of each exam you will get an explanation of every answer.",
    ] {
        assert_eq!(class(text), Class::C, "{text}");
    }
}

// Session 21 review of the rules above: each over-reach the review found keeps its old reading.
#[test]
fn issue3_s21_review_over_reach() {
    let class = |text: &str, lang: Lang| run(text, lang).decision.class;
    let lead = |text: &str, lang: Lang| {
        run(text, lang)
            .statements
            .iter()
            .find_map(|s| s.lead.as_ref().map(|l| l.lemma.clone()))
            .unwrap_or_default()
    };
    // German: a finite verb with `deren` or a comma clause after `und`.
    assert_eq!(
        lead(
            "Lernziele\nDie Studierenden können Verfahren anwenden und kennen deren Grenzen.",
            Lang::De
        ),
        "anwenden"
    );
    assert_eq!(
        lead("Lernziele\nSie können Texte analysieren und wissen, wie man sie ordnet.", Lang::De),
        "analysieren"
    );
    // Aims: `not just`, `not only` after the course noun, hopes and a course's modules.
    for text in [
        "This course will not just teach you the algorithms but also how to deploy them.",
        "This course helps not only managers but also engineers to lead teams.",
        "We hope that this course will help boost your confidence in statistics.",
        "The course consists of modules that will teach you to read balance sheets.",
    ] {
        assert_eq!(class(text, Lang::En), Class::B, "{text}");
    }
    // Acts: validating data, a brand's visibility, an ability shown, finding answers one is able
    // to find, a list after an act that is no list of acts.
    assert_eq!(
        class(
            "Validate your data using schema checks. Increase the visibility of your brand on social media. Show that you are able to prove the convergence of a series.",
            Lang::En
        ),
        Class::A
    );
    assert_eq!(
        class(
            "After completing this course, you'll be able to find answers within large datasets using Python. Students will be able to find resources in the library catalogue.",
            Lang::En
        ),
        Class::A
    );
    assert_eq!(
        class(
            "You will design a marketing plan and apply it to:\n- a start-up\n- an NGO",
            Lang::En
        ),
        Class::B
    );
    // A sample question about the reader's responsibility is still a sample question.
    assert_eq!(
        class(
            "Which of the following best describes your responsibility under the shared responsibility model?\nA. Configure the firewall\nB. Maintain the hardware\nC. Replace the disks",
            Lang::En
        ),
        Class::C
    );
    // A later `be able to` frames the act, not the one-word `will`.
    assert_eq!(
        lead(
            "By the end of this course learners will be expected to know the key terms and be able to explain them to patients.",
            Lang::En
        ),
        "explain"
    );
}

// Session 21 (demo corpus `cat-022`): a French noun that shares a verb's stem, opening a
// logistics line (`Classe virtuelle`), is no act; the finite verb with its object stays one.
#[test]
fn issue3_s21_french_noun_opening_a_line_is_no_verb() {
    let p = run(
        "À l’issue de l’atelier, le participant sera capable de rédiger un compte rendu de réunion.\nDurée : 2 heures. Classe virtuelle, 10 participants maximum.",
        Lang::Fr,
    );
    assert_eq!(p.decision.class, Class::B, "{:#?}", p.statements);
    let q = run("Identifie les risques d'un chantier. Rédige un plan de prévention.", Lang::Fr);
    assert_eq!(q.decision.class, Class::A, "{:#?}", q.statements);
}

// Session 21: what the learner receives from the course (a certificate, feedback from its
// instructors, lifetime access) is logistics, however it is framed.
#[test]
fn issue3_s21_what_the_learner_receives_is_logistics() {
    let class = |text: &str| run(text, Lang::En).decision.class;
    assert_eq!(
        class(
            "In addition you will receive a certificate of completion. In this course you will receive feedback from experienced instructors. You will get lifetime access to the videos."
        ),
        Class::C
    );
    assert_eq!(class("You will get a solid understanding of statistics."), Class::B);
}

// Session 21 (review leftover): the frame of a lead-in before a German list frames its items'
// second clauses too; two finite verbs before their subject stay one clause.
#[test]
fn issue3_s21_german_second_clause_under_a_lead_in() {
    let lead = |text: &str| {
        run(text, Lang::De)
            .statements
            .iter()
            .filter_map(|s| s.lead.as_ref().map(|l| l.lemma.clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        lead(
            "Nach Abschluss des Moduls können die Studierenden:\n- Versuche planen und kennen deren Grenzen\n- Ergebnisse bewerten"
        ),
        ["planen", "bewerten"]
    );
    assert_eq!(
        lead("Lernziele\nZuletzt erarbeiten und diskutieren sie ausgewählte Themen der Logik."),
        ["diskutieren"]
    );
}

// Session 22 (blind sample 27): the adjective a verb in -ize is made from is no form of it; an
// edge over others is marketing; a purpose before a directive to the reader is logistics.
#[test]
fn issue3_s22_custom_is_no_verb_edge_and_directives() {
    let leads = |text: &str| {
        run(text, Lang::En)
            .statements
            .iter()
            .filter_map(|s| s.lead.as_ref().map(|l| l.lemma.clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        leads(
            "What you will learn:\n- Custom data visualization and graphics\n- Internal controls\n- Customize your dashboards\n- Visualize the results"
        ),
        ["customize", "visualize"]
    );
    let class = |text: &str| run(text, Lang::En).decision.class;
    assert_eq!(
        class(
            "THE practice exams course to give you the winning edge. This course will give you a competitive advantage. To schedule the test, go to the official page and click the button. To learn more about this program, please visit our website."
        ),
        Class::C
    );
    // A purpose before an act, and an aim of skills, stay.
    assert_eq!(class("To manage risk, apply the framework to your own projects."), Class::B);
    assert_eq!(class("This course will give you the skills to analyse data."), Class::B);
}

// Session 22 (Bloom dev 15): sequence adverbs after a frame, `begin by` and `not only` frame
// the learner's act; a sequence word opening a noun phrase leads nothing.
#[test]
fn issue4_s22_sequence_frames_lead_the_act() {
    let leads = |text: &str| {
        run(text, Lang::En)
            .statements
            .iter()
            .filter_map(|s| s.lead.as_ref().map(|l| l.lemma.clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(leads("You will first review multiclass classification."), ["review"]);
    assert_eq!(leads("You'll next learn to use Discovery to extract insights."), ["learn"]);
    assert_eq!(leads("You will begin by examining rare manuscripts."), ["examine"]);
    assert_eq!(leads("You will not only learn the properties of biomaterials."), ["learn"]);
    assert!(
        leads("Topics:\n- First-order differential equations\n- Next generation sequencing")
            .is_empty()
    );
}

// Session 22 (blind sample 22's udemy:168): a credential's level cut off by scraping is no verb
// (`Associate. or as it's also known`); `make sure to` / `make sure you` is advice to the reader.
#[test]
fn issue3_s22_associate_level_and_advice() {
    let class = |text: &str| run(text, Lang::En).decision.class;
    assert_eq!(
        class(
            "Associate. or as it's also known, the. Associate content is required because they test randomly. If this is a serious venture, make sure to read the prerequisites before proceeding. Make sure you are ready to pass the exam."
        ),
        Class::C
    );
    assert_eq!(
        class("Associate user roles with cloud entities. Make sure the pipeline is reproducible."),
        Class::A
    );
}

// Session 22 review: verb-led items in a skills field are judged (SPEC.md 2), and their levels
// count in the record's profile; skill tags stay tags.
#[test]
fn issue3_s22_review_verb_led_skills_are_judged() {
    let p = run(
        "Skills you will gain:\nIn this course you will compute confidence intervals. You will design experiments. You will evaluate regression models.",
        Lang::En,
    );
    assert_eq!(p.decision.class, Class::A, "{:?}", p.decision.path);
    assert_eq!(p.profile.counts.iter().sum::<u32>(), 3);
    let t = run("Skills you will gain:\nPython, Data Visualization, Plan", Lang::En);
    assert_eq!(t.decision.class, Class::B);
    assert!(t.decision.reasons.contains(&"skill_tags"), "{:?}", t.decision.reasons);
}

// Session 22 review: a short English outcome list is not reliably French; the lexicons' vote
// decides a text too short for whatlang.
#[test]
fn issue3_s22_review_short_english_list_is_english() {
    let rec = RawRecord {
        id: "c2".into(),
        location: Location { file: "test".into(), line: None, index: None },
        title: None,
        provider: None,
        text: "Learning outcomes\n- Analyse survey data\n- Design a questionnaire\n- Evaluate sampling methods".into(),
        meta: vec![],
        encoding: "utf-8",
        warnings: vec![],
    };
    let p = process_record(rec, &Context::new(None));
    assert_eq!(p.lang, Lang::En);
    assert_eq!(p.decision.class, Class::A, "{}", p.decision.path);
}

// Session 22 review: a copula before the course's place in a programme, its teachers, length,
// structure or price is logistics (SPEC.md 2: C), not a course-side aim.
#[test]
fn issue3_s22_review_logistics_copulas_are_no_aims() {
    let class = |text: &str| run(text, Lang::En).decision.class;
    assert_eq!(
        class(
            "This course is part of the Data Science MicroMasters program. The course is around 15 hours long. The Verified Certificate for this course is free. This course is broken down into 4 main parts. The course is comprised of video lessons, reading activities and exercises."
        ),
        Class::C
    );
    assert_eq!(class("This course is an introduction to statistics."), Class::B);
}

// Session 22 review: a course part before an adverb set off by commas is the subject
// (`La sesta parte, infine, affronta`), and a coupon code is marketing.
#[test]
fn issue3_s22_review_course_part_subject_and_coupons() {
    let it = run(
        "La prima parte analizza le caratteristiche del mercato. La sesta parte, infine, affronta il tema della gestione.",
        Lang::It,
    );
    assert_eq!(it.decision.class, Class::C, "{}", it.decision.path);
    let en = run(
        "Use the following coupon code to get 50% off. Apply the discount code at checkout.",
        Lang::En,
    );
    assert_eq!(en.decision.class, Class::C, "{}", en.decision.path);
}

// Blind sample 28 (`coursera:3684`): a skills field listing verb-led items between commas under
// a placeholder is judged item by item (SPEC.md 2: "with verb-led items in the skills field:
// judge those items"), gerund items too (shared/dev/README.md, blind sample 30's
// `coursera:2305`); tags and one sentence with commas stay whole.
#[test]
fn issue3_s23_comma_separated_verb_led_skills_are_items() {
    let p = run(
        "What you will learn: Not specified\nSkills you will gain: Develop cloud compute solutions, Monitor and troubleshoot cloud services, Develop for cloud storage, Connect to and consume web services, Implement cloud security\nModules: Create Serverless Applications, Manage Resources",
        Lang::En,
    );
    assert_eq!(p.decision.class, Class::A, "{}", p.decision.path);
    assert_eq!(p.decision.n_action, 5, "{}", p.decision.path);
    assert!(p.profile.counts.iter().sum::<u32>() >= 5);
    // Two of three items verb-led is more than half; one of three is not.
    let two = run(
        "What you will learn: Not specified\nSkills you will gain: Create music legally, Write a co-writing agreement, Music Law",
        Lang::En,
    );
    assert_eq!(two.decision.class, Class::A, "{}", two.decision.path);
    let ing = run(
        "What you will learn: Not specified\nSkills you will gain: Applying permissions to files, Updating the packages of a system, Managing Linux file systems",
        Lang::En,
    );
    assert_eq!(ing.decision.class, Class::A, "{}", ing.decision.path);
    let one = run(
        "What you will learn: Not specified\nSkills you will gain: Create music legally, Music Law, Copyright Management",
        Lang::En,
    );
    assert_eq!(one.decision.class, Class::B, "{}", one.decision.path);
    for tags in [
        "Skills you will gain: Python, Data Visualization, Project Management, Plan",
        "Skills you will gain: Using that as a foundation, we will outline the parts of a data program, establishing a cycle of data quality.",
    ] {
        let t = run(tags, Lang::En);
        assert_eq!(t.decision.class, Class::B, "{tags}: {}", t.decision.path);
        assert!(
            t.decision.reasons.contains(&"skill_tags") || tags.contains("we will"),
            "{tags}: {:?}",
            t.decision.reasons
        );
    }
}

// Blind sample 29: what the learner receives (a breakdown of their answers, feedback on their
// code) is a course feature, framed or not, and a course praised as the perfect way to start is
// marketing: no outcome (SPEC.md 2: C). Receiving and analysing reports is not.
#[test]
fn issue3_s23_received_features_and_praise_are_no_outcomes() {
    let class = |text: &str| run(text, Lang::En).decision.class;
    for t in [
        "At the end of the test, you'll receive a personal breakdown of the questions you answered correctly and incorrectly.",
        "Receive instant feedback on your code right within your browser. Receive guidance from mentors.",
        "This introductory program is the perfect way to start your journey.",
        "This program is perfect for beginners.",
        "This course is the best introduction to statistics on the web.",
    ] {
        assert_eq!(class(t), Class::C, "{t}");
    }
    // `Receive and analyse` stays a statement (its `receive` vague, as before).
    let p = run(
        "Learning outcomes:\n- Receive and analyse incident reports\n- Write a report on the findings",
        Lang::En,
    );
    assert_eq!(p.decision.n_statements, 2, "{}", p.decision.path);
    assert!(p.decision.reasons.contains(&"vague_verbs"), "{}", p.decision.path);
}

// Blind sample 28 (`edx:682`): applying to a university or for credit is admission, not applying
// knowledge, and a gerund before a modal and `be` (`Leading change can be a challenge`) is the
// sentence's subject, not an imperative; `Apply statistics to real problems` keeps its verb.
#[test]
fn issue3_s23_admission_and_gerund_subjects_are_no_acts() {
    let p = run(
        "Develop your own leadership style. After completing the program, you can also apply to Doane University to earn credit. Leading organizational change can be a challenge for anyone. Managing projects requires planning. Learn foundational skills critical to leaders. This course will also explore team development. Assess your personal style of leadership.",
        Lang::En,
    );
    assert_eq!(p.decision.n_action, 2, "{}", p.decision.path);
    assert_eq!(p.decision.class, Class::B, "{}", p.decision.path);
    for t in ["Apply for academic credit at your institution.", "Apply to Doane University."] {
        assert_eq!(run(t, Lang::En).decision.class, Class::C, "{t}");
    }
    let a =
        run("Apply to real-world problems the methods of statistics. Design a survey.", Lang::En);
    assert_eq!(a.decision.class, Class::A, "{}", a.decision.path);
}

// Blind samples 26 and 28: a call to action (`Get started right away!`, `Get Ready To Prepare
// Like You've Never Prepared Before`, `Get certified!`), a dangling `You will get.` and a
// subordinate `Considering that ...` state no outcome; `Get ready to analyze, visualize, and
// interpret data!` names acts (blind sample 18's annotators: B).
#[test]
fn issue3_s23_calls_to_action_are_no_outcomes() {
    for t in [
        "Get started right away! Get Ready To Prepare Like You've Never Prepared Before. Get certified!",
        "You will get.",
        "Considering that Amazon Web Services is one the most prominent cloud platforms, this is the place.",
    ] {
        let p = run(t, Lang::En);
        assert_eq!(p.decision.class, Class::C, "{t}: {}", p.decision.path);
    }
    let p = run("Get ready to analyze, visualize, and interpret data!", Lang::En);
    assert_eq!(p.decision.class, Class::B, "{}", p.decision.path);
}

// Blind sample 28 (`coursera:3015`) and 21 (`coursera:1531`): items of a learning field run
// together with the verb's capital glued to the last word (`in PythonApply a model`, `AWS
// CloudAdopt and enforce`, `AWSExplore`) are cut where the lexicon knows the verb; product
// names (`MapReduce`, `CodeDeploy`) and short parts stay whole.
#[test]
fn issue3_s23_glued_capitalised_verbs_cut_items() {
    let p = run(
        "What you will learn: Employ artificial intelligence techniques to test hypotheses in PythonApply a machine learning model to patient data",
        Lang::En,
    );
    assert_eq!(p.decision.class, Class::A, "{}", p.decision.path);
    assert_eq!(p.decision.n_action, 2, "{}", p.decision.path);
    let q = run(
        "What you will learn: Implement continuous delivery on AWSExplore deployment strategies for serverless applications",
        Lang::En,
    );
    assert_eq!(q.decision.n_statements, 2, "{}", q.decision.path);
    for t in [
        "What you will learn: Write jobs for large data sets with MapReduce programming on Hadoop",
        "What you will learn: Deploy your builds with CodeDeploy and other tools of the cloud",
    ] {
        let p = run(t, Lang::En);
        assert_eq!(p.decision.n_statements, 1, "{t}: {}", p.decision.path);
    }
}

// Blind sample 21 (`usp:LOM3049`): the learner as the place the course works in (`Desenvolver
// nos alunos a prática ...`, `sviluppare negli studenti`, `développer chez les étudiants`) makes
// the course the subject: an aim written from the course's side (SPEC.md 2), not an outcome.
// (An Italian `capacità di` + act after it is still read as the learner's ability.)
#[test]
fn issue3_s23_learner_as_place_is_course_side() {
    for (t, lang) in [
        ("Desenvolver nos alunos a prática da busca de informações técnicas.", Lang::Pt),
        ("Sviluppare negli studenti il gusto della ricerca.", Lang::It),
        ("Développer chez les étudiants le goût de la recherche.", Lang::Fr),
    ] {
        let p = run(t, lang);
        assert!(p.decision.reasons.contains(&"teacher_aims"), "{t}: {}", p.decision.path);
        assert_eq!(p.decision.n_action, 0, "{t}: {}", p.decision.path);
    }
}

// Blind sample 27 (`fub:107`) and the reviewers' `fub:612`: a German modal frame of several words
// after `und` opens a clause of its own (`Sie verfügen über fundierte Kenntnisse ... und sind in
// der Lage, ... zu erkennen` is one vague and one observable statement, shared/dev/README.md),
// and choosing one's focus (`setzen einen individuellen Schwerpunkt`) is no outcome.
#[test]
fn issue3_s23_german_frames_after_und_and_focus() {
    let p = run(
        "Qualifikationsziele\nDie Studierenden verfügen über einen Einblick in die Konzepte der Logik. Sie verfügen über fundierte Kenntnisse der Linearen Algebra und sind in der Lage, damit Anwendungsprobleme zu erkennen und Methoden anzuwenden.",
        Lang::De,
    );
    assert_eq!(p.decision.n_statements, 3, "{}", p.decision.path);
    assert_eq!(p.decision.class, Class::B, "{}", p.decision.path);
    let q = run(
        "Qualifikationsziele\nDie Studierenden setzen einen individuellen Schwerpunkt. Sie lernen theoretische Ansätze kennen und sind in der Lage, diese anzuwenden.",
        Lang::De,
    );
    assert_eq!(q.decision.n_action, 1, "{}", q.decision.path);
    assert_eq!(q.decision.class, Class::B, "{}", q.decision.path);
}

// Blind sample 19 (`fub:620`): a German relative clause after a noun (`Methoden, die in der
// Forschung Anwendung finden`) ends with its own verb, which is not the learner's act; the main
// clause's finite-verb phrase (`haben einen Überblick über`, vague) leads. A verb after the
// relative clause still leads, and `die` after a verb opens an item of a list, not a relative
// clause.
#[test]
fn issue3_s24_german_relative_clause_verb_is_not_the_lead() {
    let p = run(
        "Qualifikationsziele\nSie haben einen Überblick über Verfahren, die in der aktuellen Forschung Anwendung finden, und sind in der Lage, deren Grenzen abzuschätzen.",
        Lang::De,
    );
    assert_eq!(p.decision.n_action, 1, "{}", p.decision.path);
    assert_eq!(p.decision.class, Class::B, "{}", p.decision.path);
    let q = run(
        "Qualifikationsziele\nDie Studierenden können Verfahren, die in der Forschung üblich sind, auf neue Probleme anwenden. Sie können Filter entwerfen, die Signale interpretieren und Messreihen auswerten.",
        Lang::De,
    );
    assert_eq!(q.decision.n_action, 2, "{}", q.decision.path);
    assert_eq!(q.decision.class, Class::A, "{}", q.decision.path);
    // A list of noun phrases in the genitive (`der geometrischen Struktur, der elektronischen
    // Struktur`) is no relative clause: the final verb leads.
    let r = run(
        "Qualifikationsziele\nSie können Spektren zur Erforschung der geometrischen Struktur, der elektronischen Struktur sowie weiterer Eigenschaften anwenden. Sie lösen Übungsaufgaben.",
        Lang::De,
    );
    assert_eq!(r.decision.n_action, 2, "{}", r.decision.path);
}

// Blind sample 30 (`udemy:46`): a participle clause before the course's own `we` or `I`
// (`Following a step-by-step approach, we'll take you from ...`) makes the sentence the
// course's, an aim written from its side (the annotator's reading), not a learner's act;
// `Using Python, you will ...` keeps the learner's act.
#[test]
fn issue3_s24_participle_before_course_we_is_an_aim() {
    let p = run(
        "About this course\nFollowing a simple, step-by-step approach, we'll take you from your first account to your first deployed service.",
        Lang::En,
    );
    assert_eq!(p.decision.n_action, 0, "{}", p.decision.path);
    assert!(p.decision.reasons.contains(&"teacher_aims"), "{}", p.decision.path);
    let q = run(
        "What you will learn:\nUsing Python, you will analyse survey data.\nBuilding on these results, you will design a dashboard.",
        Lang::En,
    );
    assert_eq!(q.decision.n_action, 2, "{}", q.decision.path);
}

// Blind samples 21, 24 and 28 (`edx:188`, `udacity:170`, `edx:133`): the course as subject of
// a course-side verb through `It` (`It provides a rigorous introduction to ...`) or a relative
// clause on the course (`a self-paced course that provides an introduction to`, `course that
// delves into`) is an aim written from the course's side (SPEC.md 2: B). `It is important`,
// `It takes about 5 hours` and a plural noun after the course's verb (`includes 6 sets of`)
// state none.
#[test]
fn issue3_s24_course_as_subject_through_it_or_that() {
    for t in [
        "Finance for everyone\nIt provides a rigorous introduction to the fundamentals of modern finance.",
        "Networking\nThis is a self-paced course from Leiden that provides an introduction to networking.",
        "Security\nThis is an advanced security course that delves into the latest tools of the trade.",
    ] {
        let p = run(t, Lang::En);
        assert_eq!(p.decision.class, Class::B, "{t}: {}", p.decision.path);
        assert!(p.decision.reasons.contains(&"teacher_aims"), "{t}: {}", p.decision.path);
    }
    for t in [
        "Practice tests\nIt is important to practise before the exam. It takes about 5 hours.",
        "Practice tests\nThis course includes 6 sets of practice questions.",
    ] {
        let p = run(t, Lang::En);
        assert_eq!(p.decision.class, Class::C, "{t}: {}", p.decision.path);
    }
}

// Blind sample 17 (`usp:LOQ4249`) and the reviewers' `coursera:1002` (`Desenvolver atitudes`,
// vague): a skill developed with no act named (`Develop communication skills.`, `Desenvolver
// habilidades e atitudes de empreendedorismo`) is one's own abilities extended, vague; a skill
// whose act follows (`the ability to independently design`, `skills for identifying`,
// `Fähigkeit, ... zu verstehen`) keeps the act.
#[test]
fn issue3_s24_skills_developed_without_an_act_are_vague() {
    for (t, lang) in [
        ("Develop communication skills.", Lang::En),
        ("Desenvolver habilidades e atitudes de empreendedorismo.", Lang::Pt),
        ("Desarrollar competencias emprendedoras.", Lang::Es),
        // The reviewers' `coursera:1002`: a disposition developed is vague too.
        ("Desenvolver atitudes reflexivas relacionadas com sua identidade.", Lang::Pt),
    ] {
        let p = run(t, lang);
        assert_eq!((p.decision.n_action, p.decision.n_vague), (0, 1), "{t}: {}", p.decision.path);
    }
    for (t, lang) in [
        (
            "Develop the ability to independently design automation for business processes.",
            Lang::En,
        ),
        ("Develop the skills for identifying and analysing entrepreneurial ideas.", Lang::En),
        (
            "Qualifikationsziele\nSie entwickeln die Fähigkeit, authentische Texte durch Lesestrategien zu verstehen.",
            Lang::De,
        ),
    ] {
        let p = run(t, lang);
        assert_eq!(p.decision.n_action, 1, "{t}: {}", p.decision.path);
    }
}

// The reviewers' `fub:532`, `fub:211`, `fub:526`, `fub:545` (and blind samples 19 and 21):
// `können sicher damit umgehen`, handling confidently what was just named, is vague; handling a
// named tool stays an act.
#[test]
fn issue3_s24_sicher_damit_umgehen_is_vague() {
    let p = run(
        "Qualifikationsziele\nDie Studierenden besitzen grundlegende Kenntnisse der Algebra und können sicher damit umgehen.",
        Lang::De,
    );
    assert_eq!((p.decision.n_action, p.decision.n_vague), (0, 2), "{}", p.decision.path);
    let q = run(
        "Qualifikationsziele\nDie Studierenden können mit ausgewählten Statistikprogrammen umgehen.",
        Lang::De,
    );
    assert_eq!(q.decision.n_action, 1, "{}", q.decision.path);
}

// Blind sample 22 (`edx:650`): an invitation to take a journey through a topic (`Take a journey
// through the history of ...`, `Embark on a journey of ...`) is vague, as `explore` is.
#[test]
fn issue3_s24_journeys_are_vague() {
    let p = run(
        "Take a journey through the history of the Supreme Court, from its founding to our time.",
        Lang::En,
    );
    assert_eq!(p.decision.class, Class::B, "{}", p.decision.path);
    assert_eq!(p.decision.n_vague, 1, "{}", p.decision.path);
}

// Blind sample 19 (`unibs:unibsA005668`, `unibs:unibsING0065`) and the reviewers'
// `unibs:unibsA003914`: a skill the learner acquires that names an observable act (`acquire
// the ability to design`, `lo studente dovrà aver acquisito la capacità di interpretare`) is
// that act, as `develop the ability to create` is (shared/dev `coursera:4280`); acquired
// knowledge stays vague, and so does the course making the learner acquire it.
#[test]
fn issue3_s24_acquired_skill_names_its_act() {
    let p = run(
        "Outcomes\nAcquire the ability to design relational databases.\nGain the skills to analyse survey data.",
        Lang::En,
    );
    assert_eq!(p.decision.n_action, 2, "{}", p.decision.path);
    assert_eq!(p.decision.class, Class::A, "{}", p.decision.path);
    let q = run(
        "Autonomia di giudizio\nAl termine, lo studente dovrà aver acquisito la capacità di interpretare criticamente i dati.",
        Lang::It,
    );
    assert_eq!(q.decision.n_action, 1, "{}", q.decision.path);
    for (t, lang) in [
        ("Acquire knowledge of relational databases.", Lang::En),
        ("Il corso intende far acquisire allo studente la capacità di eseguire disegni.", Lang::It),
    ] {
        let p = run(t, lang);
        assert_eq!(p.decision.n_action, 0, "{t}: {}", p.decision.path);
    }
}

// Blind sample 22 (`coursera:5256`): items of an English learning field run together with a
// space only, the next opening with a capitalised verb of the lexicon (`... UX research Use
// appropriate approaches ... decisions Design a complete product`), are cut there; a name
// (`the Design Council`, `Design Thinking`) is not. The pieces of a list item stay items of
// its list: `Understand ..., Analyze ... Design ...` under a learning heading is a list of
// three, two led by action verbs.
#[test]
fn issue3_s24_items_run_together_at_a_capitalised_verb() {
    let p = run(
        "What you will learn: Understand the basics of UX design and research Use appropriate research approaches to inform design decisions Design a complete product from concept to prototype",
        Lang::En,
    );
    assert_eq!(p.decision.n_statements, 3, "{}", p.decision.path);
    assert_eq!(p.decision.class, Class::A, "{}", p.decision.path);
    for t in [
        "What you will learn: Work with the Design Council on public service projects",
        "What you will learn: Apply user research and Design Thinking to public services",
    ] {
        let p = run(t, Lang::En);
        assert_eq!(p.decision.n_statements, 1, "{t}: {}", p.decision.path);
    }
    let q = run(
        "What you will learn:\n• Understand magnetic components and their losses\n• Analyze losses in inductors Design and optimize transformers for power converters",
        Lang::En,
    );
    assert_eq!(q.decision.n_statements, 3, "{}", q.decision.path);
    assert_eq!(q.decision.class, Class::A, "{}", q.decision.path);
    // A vague verb opens an item too (blind sample 26's `coursera:719`: `... how they are linked
    // Stimulate your creativity ...`).
    let r = run(
        "What you will learn: Define what a business model is and why it matters Understand the components of the business model Stimulate your creativity with the toolbox Analyze existing business models and create new ones",
        Lang::En,
    );
    assert_eq!(r.decision.n_statements, 4, "{}", r.decision.path);
    assert_eq!(r.decision.class, Class::B, "{}", r.decision.path);
}

// Blind samples 21, 22 and 29 (`udemy:151`, `:168`, `:145`, the annotators' C): the
// provider's belief, wish or saying about the course (`That's why we know this exam prep will
// help you get a high score`, `We hope that you feel this exam challenges you, teaches you
// ...`, `As we often say, work smarter not harder`) is marketing, not an aim or an act; an exam
// named after `Associate` makes it the certification's level. `We will explore` stays an aim.
#[test]
fn issue3_s24_provider_beliefs_and_sayings_are_marketing() {
    let p = run(
        "Practice tests\nThat's why we know this exam prep will help you get a high score on your certification journey. We hope that you feel this exam challenges you, teaches you, and prepares you to pass. As we often say at our school, work smarter not harder. Associate SAA-C02 Exam.",
        Lang::En,
    );
    assert_eq!(p.decision.class, Class::C, "{}", p.decision.path);
    let q = run("About\nWe will explore the history of modern art.", Lang::En);
    assert!(q.decision.reasons.contains(&"teacher_aims"), "{}", q.decision.path);
}

// The reviewers' `udemy:284` (C): after a sample question's answer (`Correct option:`,
// `Explanation:`), its explanation is quiz material however it is framed (`You can use BGP
// community tags to ...`), until the next heading; a learner's statement after a mere mention
// of practice questions stays.
#[test]
fn issue3_s24_quiz_answer_explanations_are_content() {
    let p = run(
        "Practice exams for the networking specialty.\nSAMPLE QUESTION:\nA company has two data centres. Which of the following options would you recommend?\nCorrect option:\nSet up a new virtual interface to the existing network.\nYou can use local preference tags to achieve load balancing over the connections.\nFor each prefix that you advertise, you can apply a community tag to set the preference.",
        Lang::En,
    );
    assert_eq!(p.decision.class, Class::C, "{}", p.decision.path);
    let q = run(
        "This course includes practice questions. After it you will be able to design networks and you will be able to troubleshoot routing.",
        Lang::En,
    );
    assert!(q.decision.n_action >= 1, "{}", q.decision.path);
}

// The reviewers' `coursera:2444` (A: `Aplique`, `Realice`, `Cree`, `Resuelva`) and blind sample
// 20's `coursera:2406`: items of a Spanish, Portuguese, French or Italian learning field glued
// at a capitalised form of a lexicon verb (`... hoja de cálculo de GoogleRealice cálculos ...`)
// are cut there, as English ones are.
#[test]
fn issue3_s24_romance_glued_items_are_cut() {
    let p = run(
        "What you will learn: Aplique formato avanzado en una hoja de cálculo de GoogleRealice cálculos y visualice datos con Hojas de cálculoResuelva desafíos empresariales con Hojas de cálculo",
        Lang::Es,
    );
    assert_eq!(p.decision.n_statements, 3, "{}", p.decision.path);
    assert_eq!(p.decision.class, Class::A, "{}", p.decision.path);
}

// The reviewers' `glasgow:1` (B: "5 of 7 ILOs `Demonstrate an understanding of`"), `deakin:1`
// and `udemy:43`: demonstrating one's understanding or knowledge names no observable act, it is
// vague; demonstrating an ability to act is that act.
#[test]
fn issue3_s24_demonstrating_understanding_is_vague() {
    let p = run(
        "Intended learning outcomes\nBy the end of this course students will be able to:\n1. Demonstrate an understanding of data representation\n2. Demonstrate understanding of processor subsystems\n3. Write a simple program in assembly language\n4. Demonstrate knowledge of instruction formats",
        Lang::En,
    );
    assert_eq!((p.decision.n_action, p.decision.n_vague), (1, 3), "{}", p.decision.path);
    assert_eq!(p.decision.class, Class::B, "{}", p.decision.path);
    let q = run(
        "Outcomes\nDemonstrate the ability to deploy web services.\nDesign a database schema.",
        Lang::En,
    );
    assert_eq!(q.decision.class, Class::A, "{}", q.decision.path);
}

// Blind sample 32 (`edx:40`, after its first measure) and the MOOC corpus: a gerund's noun
// phrase may hold a preposition or a noun that is a verb too before its finite verb (`Improving
// access to healthcare is only as useful as ...`, `Creating prototypes puts a proposed solution
// into action`): the gerund is the sentence's subject, not a learner's act.
#[test]
fn issue3_s24_gerund_subject_with_a_preposition() {
    for t in [
        "Improving access to healthcare is only as useful as the quality of care provided.",
        "Creating prototypes puts a proposed solution into action.",
        "Using libraries in C is a fundamental concept when sharing code.",
    ] {
        let p = run(t, Lang::En);
        assert_eq!(p.decision.n_action, 0, "{t}: {}", p.decision.path);
    }
    let q = run(
        "What you will learn: Using Python to analyse survey data and report results.",
        Lang::En,
    );
    assert_eq!(q.decision.n_action, 1, "{}", q.decision.path);
}

// Blind sample 31 (`udacity:120`, after its first measure) and the reviewers' `edx:131` ("We
// will examine", teacher-side): the course's `we will survey / examine / introduce / focus on`
// is an aim written from its side, as `we will explore` is. `Survey methods and sampling` is a
// topic; `you'll get started working on your first app` names the work, no call to action.
#[test]
fn issue3_s24_we_will_examine_is_an_aim() {
    for t in [
        "In this course, we will survey the main topics in data science.",
        "We will examine the separation of powers among the three branches.",
    ] {
        let p = run(t, Lang::En);
        assert!(p.decision.reasons.contains(&"teacher_aims"), "{t}: {}", p.decision.path);
    }
    let q = run("Survey methods and sampling.", Lang::En);
    assert_eq!(q.decision.class, Class::C, "{}", q.decision.path);
    let r = run("You'll get started working on your first web app.", Lang::En);
    assert_eq!(r.decision.class, Class::B, "{}", r.decision.path);
}

// Blind sample 33 (`coursera:2479`): German items of a learning section run together at the
// formal learner `Sie` (`... Muster im DesignSie verwenden Maßstab ...`) are cut before `Sie`
// when a verb of the lexicon follows, as the other languages' glued verbs are; a word that only
// ends in `Sie` before a noun is left whole.
#[test]
fn issue3_s25_german_items_glued_at_sie_are_cut() {
    let r = run(
        "What you will learn: Sie implementieren die Grundlagen der Farbenlehre im DesignSie verwenden Maßstab und Raum in einer KompositionSie erstellen eigene Bildserien mit Techniken",
        Lang::De,
    );
    assert_eq!(r.decision.n_action, 3, "{}", r.decision.path);
    assert_eq!(r.decision.class, Class::A, "{}", r.decision.path);
}

// Blind sample 33 (`udacity:29`): `Enroll now to operationalize infrastructure at scale`: an
// invitation to enrol whose purpose is a learner's act is the course's promise, an aim (B); the
// verb was missing from the lexicon, so the sentence stated nothing (C).
#[test]
fn issue3_s25_invitation_to_operationalize_is_an_aim() {
    let r = run(
        "Companies need DevOps engineers. Enroll now to operationalize infrastructure at scale and deliver applications at high velocity.",
        Lang::En,
    );
    assert_eq!(r.decision.class, Class::B, "{}", r.decision.path);
    assert!(r.decision.reasons.contains(&"teacher_aims"), "{}", r.decision.path);
}

// Blind samples 31 and 33 (`udacity:150`, `udacity:164`; the annotators' reading of edX's
// `Information Technology Foundations examines IT as a discipline`): the course named by its
// title as the subject of a course-side verb is an aim written from the course's side (B).
// A topic list with a capitalised `Surveys`, a `How to Use Surveys` title, an exam that
// covers its domains and a tool that provides something are not.
#[test]
fn issue3_s25_course_title_as_subject_is_an_aim() {
    for t in [
        "Software Development Processes explores requirements engineering, architecture and design, testing, and software quality in general.",
        "Introduction to Operating Systems teaches the basic operating system abstractions, mechanisms, and their implementations.",
    ] {
        let p = run(t, Lang::En);
        assert_eq!(p.decision.class, Class::B, "{t}: {}", p.decision.path);
        assert!(p.decision.reasons.contains(&"teacher_aims"), "{t}: {}", p.decision.path);
    }
    for t in [
        "Skills you will gain: Energy, Field Surveys, Framing, Geospatial Information System",
        "The SAA-C02 Exam covers four domains. Google Cloud provides many managed services.",
    ] {
        let p = run(t, Lang::En);
        assert!(!p.decision.reasons.contains(&"teacher_aims"), "{t}: {}", p.decision.path);
    }
}

// Blind sample 33 (`udemy:256`): `Test yourself by answering 300 questions!` on a practice-exam
// page is what the practice test offers (SPEC.md 2: exam marketing), as `Test your knowledge`
// already was; under a learning heading a learner's test of their own work stays.
#[test]
fn issue3_s25_test_yourself_is_a_practice_test_offer() {
    let r = run(
        "AWS Practice Exams\nAre you ready to take the exam? Test yourself by answering 300 questions!",
        Lang::En,
    );
    assert_eq!(r.decision.n_action, 0, "{}", r.decision.path);
}

// Blind samples 32 and 33 (`udacity:166`): `In this course you'll build ...` with no comma
// after the introduction frames the learner's act as `In this course you will build ...` does;
// a wrong decoding's `you\u{FFFD}ll` reads as `you'll` (normalise.rs). A clause's `As you'll
// see` stays unframed.
#[test]
fn issue3_s25_you_ll_after_an_introduction_frames_the_act() {
    for t in [
        "In this short class you'll build powerful apps without writing code.",
        "In this course you\u{FFFD}ll get started working on your very first Progressive Web App.",
    ] {
        let r = run(t, Lang::En);
        assert_eq!(r.decision.class, Class::B, "{t}: {}", r.decision.path);
    }
    let r = run("As you'll see, the course is fun.", Lang::En);
    assert_eq!(r.decision.class, Class::C, "{}", r.decision.path);
}

// FU Berlin's language modules: `sind imstande, ... zu schreiben` frames the act as `sind in
// der Lage` does, so the framed verb leads, not a later clause's.
#[test]
fn issue3_s25_imstande_is_a_modal_frame() {
    let r = run(
        "Qualifikationsziele\nDie Studentinnen und Studenten sind imstande, einen Bericht zu schreiben, in Seminaren Notizen zu machen und diese zu einem Protokoll zusammenzufassen.",
        Lang::De,
    );
    let lead = r.statements.iter().find_map(|s| s.lead.as_ref().map(|l| l.lemma.clone()));
    assert_eq!(lead.as_deref(), Some("schreiben"), "{}", r.decision.path);
    // `sind befähigt,` with its comma is the frame too, not an introduction skipped.
    let r = run(
        "Qualifikationsziele\nSie sind befähigt, Ergebnisse zu interpretieren und kritisch zu beurteilen.",
        Lang::De,
    );
    let lead = r.statements.iter().find_map(|s| s.lead.as_ref().map(|l| l.lemma.clone()));
    assert_eq!(lead.as_deref(), Some("interpretieren"), "{}", r.decision.path);
}

// `speak` is a verb of the lexicon (apply), and `participate in public discussion` is the
// learner's act, not taking part in the course's discussions (logistics); `participate in the
// discussion forums` stays logistics.
#[test]
fn issue3_s25_speaking_and_public_discussion_are_acts() {
    let r = run(
        "What you will learn\n- Speak with greater clarity\n- Participate in public discussion about health care governance.",
        Lang::En,
    );
    assert_eq!(r.decision.n_action, 2, "{}", r.decision.path);
    let r = run(
        "What you will learn\n- Participate in the discussion forums.\n- Watch the videos.",
        Lang::En,
    );
    assert_eq!(r.decision.n_action, 0, "{}", r.decision.path);
}

// Blind sample 34 (`udemy:115`): the list after `Test Covers the following domain knowledge`
// (or `The exam covers the following domains:`) names the exam's content (SPEC.md 2), however
// imperative its items look; `Test` before a finite `Covers` is a noun, not an act. A list
// after `the following objectives` is left to its items.
#[test]
fn issue3_s25_items_after_covers_the_following_domains_are_content() {
    let r = run(
        "This practice test simulates the actual exam.\nTest Covers the following domain knowledge which are critical for this certification-\n- Design Resilient Architectures.\n- Define Performant Architecture.\n- Specify Secure Applications and Architectures.",
        Lang::En,
    );
    assert_eq!(r.decision.class, Class::C, "{}", r.decision.path);
    let r = run(
        "This course covers the following objectives:\n- Define the parts of a cell.\n- Explain osmosis.\n- Compare plant and animal cells.",
        Lang::En,
    );
    assert_eq!(r.decision.class, Class::A, "{}", r.decision.path);
}

// Session 26: knowledge developed or built is knowledge gained, a vague statement (SPEC.md 2),
// as `gain knowledge` and `develop an understanding` already were: `Develop knowledge of ...`,
// `Develop a deeper appreciation of ...`, `Desenvolver conhecimentos de ...` were counted as
// observable outcomes. Developing a thing stays an act.
#[test]
fn issue3_s26_knowledge_developed_is_vague() {
    let p = run(
        "Learning outcomes\n- Develop knowledge of manufacturing processes\n- Develop a deeper appreciation of care in society\n- Describe the main stages of production",
        Lang::En,
    );
    assert_eq!(p.decision.class, Class::B);
    let roles: Vec<&str> = p.statements.iter().map(|s| s.role.as_str()).collect();
    assert_eq!(roles, ["vague", "vague", "action"]);
    let p = run("Objetivos\nDesenvolver conhecimentos de desenho técnico.", Lang::Pt);
    assert_eq!(p.statements[0].role.as_str(), "vague");
    let p = run("Learning outcomes\n- Develop a mobile app for a local library", Lang::En);
    assert_eq!(p.statements[0].role.as_str(), "action");
}

// Blind sample 36 (`coursera:3637`, after its first measure): in a skills field of items
// between commas, an item opened by `How to` is led by the act it names, as the reviewers read
// `Comment lancer ...` (`coursera:494`): "What you will learn: Not specified" with such items is
// judged on them (SPEC.md 2).
#[test]
fn issue3_s26_how_to_items_of_a_skills_field_are_verb_led() {
    let p = run(
        "What you will learn: Not specified\nSkills you will gain: How to ask insightful questions about product safety, Creation of concise infographics, Evaluating the strengths and weakness of research papers, Communicating evidence based information on risks",
        Lang::En,
    );
    assert_eq!(p.decision.class, Class::A, "{}", p.decision.path);
}
