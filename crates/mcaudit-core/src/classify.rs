//! The A / B / C decision of SPEC.md section 2, with its reasons and evidence.
//!
//! Guarantees: the decision depends only on the record's text, segments and statements (never
//! on record order, thread count or source); every decision carries reason codes, the indices of
//! the statements that decided it, and a one-line rule path a researcher can read.
//!
//! Rules, in order:
//! 1. empty text → C `empty`;
//! 2. a list (two or more items in one section, outside module / content / skills sections)
//!    where more than half the items are led by an observable action verb → A
//!    (`leadin+action_items` when a lead-in, a learning heading or a modal frame introduces it,
//!    else `action_items`); nouns and vague verbs count in the denominator;
//! 3. two or more separate outcome sentences or clauses, more than half of those that state
//!    something about learning led by an action verb → A `action_sentences`;
//! 4. otherwise, any statement of what will be learned → B, with every reason that applies:
//!    `half_or_fewer_action`, `topic_list_no_verbs`, `vague_verbs`, `teacher_aims`,
//!    `single_statement`, `skill_tags`;
//! 5. otherwise → C `placeholder` (only placeholders) or `no_outcome_language`.

use serde::Serialize;

use crate::extract::{HeadingKind, Role, Statement};
use crate::model::SegmentKind;

/// The structure class.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum Class {
    /// Well-structured learning outcomes.
    A,
    /// Unstructured or confused learning outcomes.
    B,
    /// No learning outcomes.
    C,
}

impl Class {
    /// `"A"`, `"B"` or `"C"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Class::A => "A",
            Class::B => "B",
            Class::C => "C",
        }
    }

    /// Parses `A`/`B`/`C` (case-insensitive, surrounding spaces ignored).
    pub fn parse(s: &str) -> Option<Class> {
        match s.trim().to_ascii_uppercase().as_str() {
            "A" => Some(Class::A),
            "B" => Some(Class::B),
            "C" => Some(Class::C),
            _ => None,
        }
    }
}

/// A decision with its evidence.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Decision {
    /// The class.
    pub class: Class,
    /// Reason codes, the deciding one first.
    pub reasons: Vec<&'static str>,
    /// Statements that say something about learning (action, vague, aim), plus the noun items
    /// of outcome lists.
    pub n_statements: u32,
    /// Of those, led by an observable action verb.
    pub n_action: u32,
    /// Of those, led by a vague verb or written as the course's aim.
    pub n_vague: u32,
    /// Distance from the nearest class boundary, 0 (borderline) to 1 (clear-cut).
    pub margin: f64,
    /// Indices (into the statements) of the evidence that decided.
    pub evidence: Vec<usize>,
    /// The rule path in words.
    pub path: String,
}

struct List {
    members: Vec<usize>,
    action: usize,
    context: bool,
    heading: HeadingKind,
}

/// The fewest words of a prose sentence under a skills heading (see `skill_tags`).
const PROSE_WORDS: usize = 10;

/// English words that make a run of words a sentence rather than a tag: articles, pronouns,
/// auxiliaries (skills columns are English where they hold prose).
const PROSE_FUNCTION_WORDS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "you", "your", "we", "our", "is", "are", "was",
    "were", "will", "can", "it", "its", "they", "their", "who", "which", "has", "have", "be", "to",
    "for", "of", "in", "on", "and", "how", "students", "learners", "course",
];

fn counts_for_lists(text: &str, statements: &[Statement]) -> Vec<List> {
    let mut lists: Vec<List> = Vec::new();
    let mut prev: Option<usize> = None;
    // A lead-in or a course-side aim ending in a colon introduces the items after it (`Il corso
    // consente agli studenti di:` between two lists): it is no item, and the items after it are
    // a list of their own. A label (`b) Capacità di applicare conoscenza e comprensione:`) is
    // neither.
    let opens = |s: &Statement| {
        matches!(s.role, Role::Aim | Role::LeadIn)
            && text.get(s.span.clone()).is_some_and(|t| t.trim_end().ends_with(':'))
    };
    for (i, s) in statements.iter().enumerate() {
        let usable = !matches!(s.heading, HeadingKind::Content | HeadingKind::Skills)
            && s.role != Role::Placeholder;
        if s.kind != SegmentKind::Item || !usable || opens(s) {
            prev = None;
            continue;
        }
        let continues = prev.is_some_and(|p| {
            let ps = &statements[p];
            // A framed item after unframed ones opens a new list (`... la conoscenza di X;
            // lo studente sarà in grado di: ...`).
            // A piece of the same item (an item cut at a run-together verb or a clause)
            // continues it too.
            ps.section == s.section
                && (s.segment == ps.segment + 1 || s.segment == ps.segment)
                && (ps.framed || !s.framed)
        });
        if continues && let Some(l) = lists.last_mut() {
            l.members.push(i);
        } else {
            // Context: a learning heading, or a lead-in / framed statement just before the list.
            let before =
                i.checked_sub(1).map(|b| &statements[b]).filter(|b| b.section == s.section);
            let context = matches!(s.heading, HeadingKind::Learning | HeadingKind::Dublin)
                || before.is_some_and(|b| b.role == Role::LeadIn || b.framed || opens(b));
            lists.push(List { members: vec![i], action: 0, context, heading: s.heading });
        }
        prev = Some(i);
    }
    for l in &mut lists {
        l.action = l.members.iter().filter(|&&m| statements[m].role == Role::Action).count();
        l.context |= l.members.iter().any(|&m| statements[m].framed);
    }
    lists.retain(|l| l.members.len() >= 2);
    lists
}

fn verbs(statements: &[Statement], idx: &[usize], role: Role) -> String {
    let mut v: Vec<&str> = idx
        .iter()
        .filter(|&&i| statements[i].role == role)
        .filter_map(|&i| statements[i].lead.as_ref().map(|l| l.lemma.as_str()))
        .collect();
    v.dedup();
    v.truncate(6);
    v.join(", ")
}

/// Which statements a record's class and outcome profile judge: not those under a content
/// heading, and under a skills heading only prose (a shifted column whose `Skills` is the
/// course description) or verb-led items; the rest of a skills field is tags.
pub fn judged(text: &str, statements: &[Statement]) -> Vec<bool> {
    // Skill tags are noun phrases (`Python`, `Data Visualization, Mapping`). A skills section
    // holding two or more prose sentences (a shifted column whose `Skills` is the course
    // description) tags nothing: its statements are judged by their roles alone.
    // A prose sentence ends as one and reads as one: several function words (`Data cleaning
    // with pandas and NumPy for tabular data.` is a tag with a full stop).
    let sentence = |s: &Statement| {
        text.get(s.span.clone()).is_some_and(|t| {
            let t = t.trim_end_matches(['"', '”', ')', ' ']);
            let words: Vec<&str> = t.split_whitespace().collect();
            let function = words
                .iter()
                .filter(|w| {
                    let w = w.trim_matches(|c: char| !c.is_alphabetic()).to_ascii_lowercase();
                    PROSE_FUNCTION_WORDS.contains(&w.as_str())
                })
                .count();
            t.ends_with(['.', '!', '?']) && words.len() >= PROSE_WORDS && function >= 3
        })
    };
    let prose_sections: Vec<u32> = {
        let mut sections: Vec<u32> = statements
            .iter()
            .filter(|s| s.heading == HeadingKind::Skills && sentence(s))
            .map(|s| s.section)
            .collect();
        sections.sort_unstable();
        sections.chunk_by(|a, b| a == b).filter(|c| c.len() >= 2).map(|c| c[0]).collect()
    };
    // A verb-led item of a skills field is judged (SPEC.md 2: "with verb-led items in the
    // skills field: judge those items"): a statement with an act, vague verb or aim that a
    // frame introduces, that ends as a sentence (`You will design experiments.`) or that is an
    // item of a list of verb-led items between commas (`Develop Azure compute solutions,
    // Monitor and troubleshoot Azure solutions`, see `extract`), not a tag that happens to start
    // with a verb (`Plan`, `Communicate Effectively`).
    let verb_led = |s: &Statement| {
        s.heading == HeadingKind::Skills
            && matches!(s.role, Role::Action | Role::Vague | Role::Aim)
            && (s.framed
                || s.listed
                || text.get(s.span.clone()).is_some_and(|t| {
                    let t = t.trim_end_matches(['"', '”', ')', ' ']);
                    t.ends_with(['.', '!', '?']) && t.split_whitespace().count() >= 3
                }))
    };
    statements
        .iter()
        .map(|s| match s.heading {
            HeadingKind::Content => false,
            HeadingKind::Skills => prose_sections.contains(&s.section) || verb_led(s),
            _ => true,
        })
        .collect()
}

/// Decides the class of a record.
pub fn classify(text: &str, statements: &[Statement]) -> Decision {
    if !text.chars().any(char::is_alphanumeric) {
        return Decision {
            class: Class::C,
            reasons: vec!["empty"],
            n_statements: 0,
            n_action: 0,
            n_vague: 0,
            margin: 1.0,
            evidence: vec![],
            path: "empty description → C".into(),
        };
    }
    let judged = judged(text, statements);
    let usable = |i: usize| judged[i];
    let lists = counts_for_lists(text, statements);
    let in_list: std::collections::HashSet<usize> =
        lists.iter().flat_map(|l| l.members.iter().copied()).collect();
    // Outcome-like statements outside lists.
    // A sentence written twice (a description repeated in a second column) counts once.
    let mut seen = std::collections::HashSet::new();
    let prose: Vec<usize> = (0..statements.len())
        .filter(|i| !in_list.contains(i))
        .filter(|&i| {
            usable(i) && matches!(statements[i].role, Role::Action | Role::Vague | Role::Aim)
        })
        .filter(|&i| seen.insert(text.get(statements[i].span.clone()).unwrap_or("").trim()))
        .collect();
    let prose_action: Vec<usize> =
        prose.iter().copied().filter(|&i| statements[i].role == Role::Action).collect();
    let list_members: usize = lists.iter().map(|l| l.members.len()).sum();
    let list_action: usize = lists.iter().map(|l| l.action).sum();
    let n_statements = (list_members + prose.len()) as u32;
    let n_action = (list_action + prose_action.len()) as u32;
    let n_vague = (lists
        .iter()
        .flat_map(|l| &l.members)
        .chain(&prose)
        .filter(|&&i| matches!(statements[i].role, Role::Vague | Role::Aim))
        .count()) as u32;
    let base =
        |class, reasons: Vec<&'static str>, margin: f64, evidence: Vec<usize>, path: String| {
            Decision { class, reasons, n_statements, n_action, n_vague, margin, evidence, path }
        };

    // Rule 2: a well-formed list (the best one decides).
    let best =
        lists.iter().filter(|l| l.action >= 2 && 2 * l.action > l.members.len()).max_by(|a, b| {
            (a.context, a.action * 1000 / a.members.len())
                .cmp(&(b.context, b.action * 1000 / b.members.len()))
        });
    if let Some(l) = best {
        let n = l.members.len();
        let ratio = l.action as f64 / n as f64;
        let reason = if l.context { "leadin+action_items" } else { "action_items" };
        let head = match l.heading {
            HeadingKind::Learning => " under a learning heading",
            HeadingKind::Dublin => " under a Dublin-descriptor heading",
            _ if l.context => " after a lead-in",
            _ => "",
        };
        let path = format!(
            "list of {n} items{head}: {} led by action verbs ({}) → {} > {n}/2 → A",
            l.action,
            verbs(statements, &l.members, Role::Action),
            l.action
        );
        let margin = (2.0 * ratio - 1.0).clamp(0.05, 1.0) * if l.context { 1.0 } else { 0.7 };
        return base(crate::classify::Class::A, vec![reason], margin, l.members.clone(), path);
    }
    // Rule 3: separate action sentences / clauses, judged per block: each learning or Dublin
    // section (consecutive Dublin sections together), and everything else as one block.
    let mut blocks: Vec<(String, Vec<usize>)> = Vec::new();
    for &i in &prose {
        let s = &statements[i];
        let key = match s.heading {
            HeadingKind::Learning => format!("learning:{}", s.section),
            HeadingKind::Dublin => "dublin".to_string(),
            _ => "other".to_string(),
        };
        match blocks.iter_mut().find(|(k, _)| *k == key) {
            Some((_, v)) => v.push(i),
            None => blocks.push((key, vec![i])),
        }
    }
    let best_block = blocks
        .iter()
        .map(|(_, members)| {
            let act: Vec<usize> =
                members.iter().copied().filter(|&i| statements[i].role == Role::Action).collect();
            (members.clone(), act)
        })
        .filter(|(m, a)| a.len() >= 2 && 2 * a.len() > m.len())
        .max_by(|x, y| (x.1.len() * 1000 / x.0.len()).cmp(&(y.1.len() * 1000 / y.0.len())));
    if let Some((members, act)) = best_block {
        let ratio = act.len() as f64 / members.len() as f64;
        let path = format!(
            "{} separate statements about learning, {} led by action verbs ({}) → {} > {}/2 → A",
            members.len(),
            act.len(),
            verbs(statements, &act, Role::Action),
            act.len(),
            members.len()
        );
        return base(
            Class::A,
            vec!["action_sentences"],
            (2.0 * ratio - 1.0).clamp(0.05, 1.0) * 0.8,
            members,
            path,
        );
    }
    // Rule 4: some statement of what will be learned.
    let mut reasons: Vec<&'static str> = Vec::new();
    let mut evidence: Vec<usize> = Vec::new();
    let mut path: Vec<String> = Vec::new();
    for l in &lists {
        if l.context && l.action >= 1 {
            reasons.push("half_or_fewer_action");
            path.push(format!(
                "list of {} items with only {} led by action verbs (not more than half)",
                l.members.len(),
                l.action
            ));
            evidence.extend(&l.members);
        } else if matches!(l.heading, HeadingKind::Learning | HeadingKind::Dublin) && l.action == 0
        {
            let vague =
                l.members.iter().any(|&m| matches!(statements[m].role, Role::Vague | Role::Aim));
            if !vague {
                reasons.push("topic_list_no_verbs");
                path.push(format!(
                    "list of {} topics with no verb under a learning heading",
                    l.members.len()
                ));
                evidence.extend(&l.members);
            }
        } else if l.action == 1 && !l.context {
            evidence.push(l.members[0]);
        }
    }
    let vague: Vec<usize> =
        (0..statements.len()).filter(|&i| usable(i) && statements[i].role == Role::Vague).collect();
    if !vague.is_empty() {
        reasons.push("vague_verbs");
        path.push(format!(
            "{} statement(s) led by vague verbs ({})",
            vague.len(),
            verbs(statements, &vague, Role::Vague)
        ));
        evidence.extend(&vague);
    }
    let aims: Vec<usize> =
        (0..statements.len()).filter(|&i| usable(i) && statements[i].role == Role::Aim).collect();
    if !aims.is_empty() {
        reasons.push("teacher_aims");
        path.push(format!("{} aim(s) written from the course's side", aims.len()));
        evidence.extend(&aims);
    }
    let actions: Vec<usize> = (0..statements.len())
        .filter(|&i| usable(i) && statements[i].role == Role::Action && !in_list.contains(&i))
        .collect();
    if !actions.is_empty() && reasons.iter().all(|r| *r != "half_or_fewer_action") {
        reasons.push("single_statement");
        // Rule 3 did not fire: one action statement alone, or several that are not more than
        // half of the statements about learning of their block.
        path.push(if actions.len() == 1 {
            format!(
                "1 action statement ({}), alone: A needs two or more",
                verbs(statements, &actions, Role::Action)
            )
        } else {
            format!(
                "{} action statements ({}), not more than half of the statements about learning beside them",
                actions.len(),
                verbs(statements, &actions, Role::Action)
            )
        });
        evidence.extend(&actions);
    }
    let skills: Vec<usize> = (0..statements.len())
        .filter(|&i| {
            let s = &statements[i];
            s.heading == HeadingKind::Skills && s.role != Role::Placeholder && !judged[i]
        })
        .collect();
    if !skills.is_empty() {
        reasons.push("skill_tags");
        path.push("skill tags under a skills heading".into());
        evidence.extend(&skills);
    }
    let learning_topics: Vec<usize> = (0..statements.len())
        .filter(|&i| {
            matches!(statements[i].heading, HeadingKind::Learning | HeadingKind::Dublin)
                && statements[i].role == Role::Content
                && !in_list.contains(&i)
        })
        .collect();
    if reasons.is_empty() && !learning_topics.is_empty() {
        reasons.push("topic_list_no_verbs");
        path.push("topics with no verb under a learning heading".into());
        evidence.extend(&learning_topics);
    }
    if !reasons.is_empty() {
        evidence.sort_unstable();
        evidence.dedup();
        let best_ratio = lists
            .iter()
            .filter(|l| l.context)
            .map(|l| l.action as f64 / l.members.len() as f64)
            .fold(0.0, f64::max);
        let margin = if best_ratio > 0.0 {
            (1.0 - 2.0 * best_ratio).abs().max(0.1)
        } else {
            (0.3 + 0.15 * (reasons.len() as f64 - 1.0)).min(1.0)
        };
        return base(Class::B, reasons, margin, evidence, format!("{} → B", path.join("; ")));
    }
    let placeholders: Vec<usize> =
        (0..statements.len()).filter(|&i| statements[i].role == Role::Placeholder).collect();
    if !placeholders.is_empty()
        && statements
            .iter()
            .all(|s| s.role == Role::Placeholder || s.heading == HeadingKind::Content)
    {
        return base(
            Class::C,
            vec!["placeholder"],
            1.0,
            placeholders,
            "only placeholders (and content sections) → C".into(),
        );
    }
    let content_only = statements.iter().all(|s| {
        s.heading == HeadingKind::Content || s.role == Role::Content || s.role == Role::Placeholder
    });
    let margin = if content_only { 0.9 } else { 0.6 };
    base(
        Class::C,
        vec!["no_outcome_language"],
        margin,
        vec![],
        "nothing says what the learner will know or be able to do → C".into(),
    )
}
