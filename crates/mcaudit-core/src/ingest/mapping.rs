//! Which input fields hold the id, the description, the title, the provider and metadata.
//!
//! Guarantees: a field named explicitly that does not exist is an error naming the fields that
//! do; without explicit names, common column names are recognised (case- and space-insensitive)
//! and the choice is reported in [`Resolved`] so the user sees it. Metadata fields named by the
//! user add to the recognised ones (and replace the recognised field of their element), unless
//! [`Mapping::meta_only`] asks for the named ones alone.

use serde::{Deserialize, Serialize};

/// What the user asked for (from the command line or `--config`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default, rename_all = "kebab-case")]
pub struct Mapping {
    /// Field holding the record id.
    pub id: Option<String>,
    /// Fields forming the description, in order.
    pub text: Vec<String>,
    /// Field holding the title.
    pub title: Option<String>,
    /// Field holding the provider / awarding body.
    pub provider: Option<String>,
    /// Structured metadata: (field, element) pairs, e.g. ("cfu", "credits"). They add to the
    /// metadata fields recognised by name, and override the recognised field of their element.
    pub meta: Vec<MetaField>,
    /// Only the `meta` fields are metadata: no field is recognised as one by its name
    /// (`--meta-only`).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub meta_only: bool,
    /// Other input fields carried into the records as they are (`records.*` column
    /// `meta_<field>`, lowercase, spaces as `_`), for grouping by them (`--group-by course`).
    pub keep: Vec<String>,
}

/// The element name under which a kept field is carried (`Course Name` → `course_name`,
/// `Dept/Unit` → `dept_unit`): lowercase letters, digits and `_` only, as it names files
/// (`classes_by_<name>.csv`).
pub fn kept_name(field: &str) -> String {
    let mut out = String::new();
    for c in field.trim().to_lowercase().chars() {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('_') {
            out.push('_');
        }
    }
    let out = out.trim_matches('_').to_string();
    if out.is_empty() { "column".to_string() } else { out }
}

/// One `--meta FIELD=ELEMENT` mapping.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct MetaField {
    /// The input field.
    pub field: String,
    /// The element it holds: credits, level, hours, language, country, mode, ...
    pub element: String,
}

/// The mapping after resolution against an input's fields.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Resolved {
    /// Field used for ids (`None`: `<file stem>:<index>`).
    pub id: Option<String>,
    /// Fields forming the description.
    pub text: Vec<String>,
    /// Title field.
    pub title: Option<String>,
    /// Provider field.
    pub provider: Option<String>,
    /// (field, element) pairs.
    pub meta: Vec<(String, String)>,
    /// True when at least one choice was made by recognising common names.
    pub recognised: bool,
    /// Recognised description fields read as a category instead (their values repeat across
    /// records), each with why: `Skills: 2 distinct values in 29 rows`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub categories: Vec<String>,
}

impl Resolved {
    /// A one-line human description: `text=[Description], id=id, title=Title, ...`.
    pub fn describe(&self) -> String {
        let mut parts = vec![format!("text=[{}]", self.text.join(", "))];
        if let Some(id) = &self.id {
            parts.push(format!("id={id}"));
        }
        if let Some(t) = &self.title {
            parts.push(format!("title={t}"));
        }
        if let Some(p) = &self.provider {
            parts.push(format!("provider={p}"));
        }
        for (f, e) in &self.meta {
            parts.push(format!("{e}={f}"));
        }
        for c in &self.categories {
            parts.push(format!(
                "not read as description ({c}: a category repeated across records; name it \
                 with --text to read it)"
            ));
        }
        parts.join(", ")
    }

    /// Reads a recognised description field whose values repeat across the sampled rows as a
    /// category (`category` metadata), not as text: Udemy's `Skills` column holds the same
    /// breadcrumb (`IT & Software   IT Certifications   AWS Certification`) for nearly every
    /// course, which would otherwise be judged as the course's skill tags. Only when the
    /// description fields were recognised by name (not named by the user), never the first of
    /// them, only a column of skill tags, modules or contents (`CATEGORY_NAMES`), and only
    /// with at least [`CATEGORY_MIN_ROWS`] values of three words or more (placeholders left
    /// out), none a list (`Python, SQL`), of which at most one in [`CATEGORY_MAX_DISTINCT`] is
    /// distinct. `rows` are sampled records (a CSV's first 64 KB, a JSON input's first 200
    /// objects), `fields` the header or the objects' keys.
    pub fn demote_categories(&mut self, asked: &Mapping, fields: &[String], rows: &[Vec<String>]) {
        if !asked.text.is_empty() || self.text.len() < 2 {
            return;
        }
        let mut kept = vec![self.text[0].clone()];
        for name in self.text.iter().skip(1) {
            let Some(i) = fields.iter().position(|f| f == name) else {
                kept.push(name.clone());
                continue;
            };
            // Placeholders (`Not specified`) and blanks are no category; only a column of skill
            // tags, modules or contents may be one.
            let values: Vec<&str> = rows
                .iter()
                .filter_map(|r| r.get(i).map(|v| v.trim()))
                .filter(|v| v.split_whitespace().count() >= CATEGORY_MIN_WORDS)
                .collect();
            let mut distinct = values.clone();
            distinct.sort_unstable();
            distinct.dedup();
            // A repeated list of skill tags (`Python, SQL, Data Analysis`) stays skill tags: a
            // category path has no list separator.
            let listed = distinct.iter().any(|v| v.contains([',', ';', '|']));
            if values.len() >= CATEGORY_MIN_ROWS
                && distinct.len() * CATEGORY_MAX_DISTINCT <= values.len()
                && !listed
                && CATEGORY_NAMES.contains(&key(name).as_str())
                && !self.meta.iter().any(|(_, e)| e == "category")
            {
                self.meta.push((name.clone(), "category".to_string()));
                self.categories.push(format!(
                    "{name}: {} distinct values in {} rows",
                    distinct.len(),
                    values.len()
                ));
            } else {
                kept.push(name.clone());
            }
        }
        self.text = kept;
    }
}

/// Fewest sampled values before a description field can be judged a category.
pub const CATEGORY_MIN_ROWS: usize = 10;
/// Fewest words of a value counted (`Not specified`, `N/A` are placeholders, not categories).
const CATEGORY_MIN_WORDS: usize = 3;
/// Description fields that may hold a category instead of the course's own text (skill tags,
/// modules, contents); a field named for outcomes or for the description never does.
const CATEGORY_NAMES: &[&str] =
    &["skills", "skill gain", "skills you will gain", "modules", "syllabus", "content", "contents"];
/// A field is a category when at most one in this many of its sampled values is distinct.
pub const CATEGORY_MAX_DISTINCT: usize = 5;

const ID_NAMES: &[&str] = &[
    "id",
    "course id",
    "course_id",
    "code",
    "course code",
    "course_code",
    "sigla",
    "z_code",
    "identifier",
    "@id",
];
const TEXT_NAMES: &[&str] = &[
    "description",
    "course description",
    "course_description",
    "summary",
    "about",
    "overview",
    "learning outcomes",
    "learning_outcomes",
    "intended learning outcomes",
    "ilos",
    "outcomes",
    "objectives",
    "learning objectives",
    "aims",
    "goals",
    "what you will learn",
    "what you'll learn",
    "skill gain",
    "skills you will gain",
    "skills",
    "modules",
    "syllabus",
    "content",
    "contents",
    "objectives_joined",
    "goals_obiettivi_formativi",
    "obiettivi formativi",
    "obiettivi",
    "objetivos",
    "programa_resumido",
    "qualifikationsziele",
    "lernziele",
    "inhalte",
    "doelstellingen",
    "text",
    "body",
];
const TITLE_NAMES: &[&str] = &[
    "title",
    "course title",
    "course name",
    "course_name",
    "name",
    "nome",
    "titolo",
    "titre",
    "titel",
    "título",
];
const PROVIDER_NAMES: &[&str] = &[
    "provider",
    "university",
    "offered by",
    "institution",
    "organization",
    "organisation",
    "school",
    "partner",
    "organizer",
    "unidade",
    "ateneo",
    "awarding body",
];
const META_NAMES: &[(&str, &str)] = &[
    ("credits", "credits"),
    ("cfu", "credits"),
    ("ects", "credits"),
    ("credit_points", "credits"),
    ("credit points", "credits"),
    ("creditos", "credits"),
    ("level", "level"),
    ("difficulty level", "level"),
    ("eqf", "level"),
    ("eqf level", "level"),
    ("hours", "hours"),
    ("total_work", "hours"),
    ("carga_horaria", "hours"),
    ("duration", "duration"),
    // Coursera's `Approx. 40 hours to complete`: hours of study, the workload element.
    ("duration to complete (approx.)", "hours"),
    ("language", "language"),
    ("lang", "language"),
    ("country", "country"),
    ("mode", "mode"),
    ("schedule", "mode"),
    ("format", "mode"),
    ("assessment", "assessment"),
    ("exam", "assessment"),
    ("exam_mode_verifica_apprendimento", "assessment"),
    ("avaliacao_metodo", "assessment"),
    // USP's criteria (`Média = (P1+P2)/2`) when its method field names teaching, not a test.
    ("avaliacao_criterio", "assessment"),
    ("requirements", "prerequisites"),
    ("prerequisites", "prerequisites"),
    ("requirements_prerequisiti", "prerequisites"),
    ("fees", "fees"),
    ("price", "fees"),
];

/// Whether a column name is one of the recognised description names (`Description`, `course
/// description`, ...).
pub fn is_text_name(name: &str) -> bool {
    TEXT_NAMES.contains(&key(name).as_str())
}

fn key(s: &str) -> String {
    s.trim().to_lowercase().split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Finds `wanted` among `fields` (exact, then case/space-insensitive).
pub fn find_field<'a>(fields: &'a [String], wanted: &str) -> Option<&'a String> {
    fields.iter().find(|f| *f == wanted).or_else(|| fields.iter().find(|f| key(f) == key(wanted)))
}

fn recognise<'a>(fields: &'a [String], names: &[&str]) -> Option<&'a String> {
    names.iter().find_map(|n| fields.iter().find(|f| key(f) == *n))
}

impl Mapping {
    /// The input fields the mapping names (`--id`, `--text`, `--title`, `--provider`, `--meta`,
    /// `--keep`), which an input must have.
    pub fn named_fields(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        out.extend(self.id.as_deref());
        out.extend(self.text.iter().map(String::as_str));
        out.extend(self.title.as_deref());
        out.extend(self.provider.as_deref());
        out.extend(self.meta.iter().map(|m| m.field.as_str()));
        out.extend(self.keep.iter().map(String::as_str));
        out
    }

    /// Resolves the mapping against the fields of an input. `Err(name)` names a field asked
    /// for that does not exist.
    pub fn resolve(&self, fields: &[String]) -> Result<Resolved, MissingField> {
        let mut r = Resolved::default();
        let need = |name: &String| {
            find_field(fields, name).cloned().ok_or_else(|| MissingField(name.clone()))
        };
        match &self.id {
            Some(id) => r.id = Some(need(id)?),
            None => {
                r.id = recognise(fields, ID_NAMES).cloned();
                r.recognised |= r.id.is_some();
            }
        }
        if self.text.is_empty() {
            // All recognised description fields, in the order the input has them.
            r.text =
                fields.iter().filter(|f| TEXT_NAMES.contains(&key(f).as_str())).cloned().collect();
            r.recognised = true;
        } else {
            for t in &self.text {
                r.text.push(need(t)?);
            }
        }
        match &self.title {
            Some(t) => r.title = Some(need(t)?),
            None => {
                r.title = recognise(fields, TITLE_NAMES).filter(|t| !r.text.contains(t)).cloned()
            }
        }
        match &self.provider {
            Some(p) => r.provider = Some(need(p)?),
            None => r.provider = recognise(fields, PROVIDER_NAMES).cloned(),
        }
        // The fields the user mapped (`--meta cfu=credits`) come first; the recognised ones
        // are added for the elements the user did not map (not with `meta_only`), so one
        // `--meta` overrides the recognition of its element, not of every other.
        for m in &self.meta {
            r.meta.push((need(&m.field)?, m.element.clone()));
        }
        if !self.meta_only {
            let mapped: Vec<(String, String)> = r.meta.clone();
            for f in fields {
                if let Some((_, e)) = META_NAMES.iter().find(|(n, _)| *n == key(f))
                    && !r.text.contains(f)
                    && !mapped.iter().any(|(field, el)| field == f || el == e)
                    // One field per element; assessment may have several (a method and a
                    // criteria field: the audit takes the first that names a kind of test).
                    && (*e == "assessment" || !r.meta.iter().any(|(_, el)| el == e))
                {
                    r.meta.push((f.clone(), (*e).to_string()));
                    r.recognised = true;
                }
            }
        }
        for k in &self.keep {
            let (f, e) = (need(k)?, kept_name(k));
            if !r.meta.iter().any(|(_, el)| *el == e) {
                r.meta.push((f, e));
            }
        }
        Ok(r)
    }
}

/// A field asked for that the input does not have.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MissingField(pub String);

/// Joins description fields: one field is its value; several are each introduced by their
/// name as a heading (`Name: value`), in mapping order. A blank field is left out, so a record
/// whose fields are all blank has an empty text (reason `empty`, not `no_outcome_language`).
pub fn compose_text<'a>(parts: impl Iterator<Item = (&'a str, &'a str)>, single: bool) -> String {
    let mut out = String::new();
    for (name, value) in parts {
        if single {
            return value.to_string();
        }
        if value.trim().is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(name);
        out.push_str(": ");
        out.push_str(value);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(names: &[&str]) -> Vec<String> {
        names.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn recognises_common_names() {
        let f = fields(&[
            "Course Title",
            "Rating",
            "What you will learn",
            "Skill gain",
            "Offered By",
            "Level",
        ]);
        let r = Mapping::default().resolve(&f).expect("resolves");
        assert_eq!(r.text, ["What you will learn", "Skill gain"]);
        assert_eq!(r.title.as_deref(), Some("Course Title"));
        assert_eq!(r.provider.as_deref(), Some("Offered By"));
        assert_eq!(r.meta, [("Level".to_string(), "level".to_string())]);
        assert!(r.recognised);
    }

    #[test]
    fn explicit_names_must_exist() {
        let f = fields(&["id", "body"]);
        let m = Mapping { text: vec!["desc".into()], ..Mapping::default() };
        assert_eq!(m.resolve(&f), Err(MissingField("desc".into())));
        let m = Mapping { text: vec!["BODY".into()], ..Mapping::default() };
        assert_eq!(m.resolve(&f).expect("case-insensitive").text, ["body"]);
    }

    #[test]
    fn compose_introduces_each_field() {
        let parts = [("Aims", "To teach."), ("ILOs", "1.Identify")];
        assert_eq!(compose_text(parts.into_iter(), false), "Aims: To teach.\nILOs: 1.Identify");
        assert_eq!(compose_text([("d", "x")].into_iter(), true), "x");
    }

    /// Session-14 review: blank fields gave `goals:\ncontent:`, 15 characters, so a record whose
    /// text fields were all blank was `no_outcome_language`, never `empty`.
    #[test]
    fn review14_blank_fields_are_left_out() {
        let parts = [("goals", " "), ("content", "")];
        assert_eq!(compose_text(parts.into_iter(), false), "");
        let parts = [("goals", ""), ("content", "Analyse data.")];
        assert_eq!(compose_text(parts.into_iter(), false), "content: Analyse data.");
    }

    /// Session-15 review: `goals: TODO` and a hard-wrapped `content:` field were one
    /// paragraph, one statement under the goals heading (class B, not a placeholder's C).
    #[test]
    fn review15_composed_fields_are_paragraphs() {
        let parts = [("goals", "TODO"), ("content", "Für dieses Modul\nwird verwiesen.")];
        let text = compose_text(parts.into_iter(), false);
        assert_eq!(text, "goals: TODO\ncontent: Für dieses Modul\nwird verwiesen.");
        let segments = crate::segment::segment(&text, crate::lang::Lang::De);
        assert!(segments.iter().any(|s| text[s.span.clone()].trim() == "TODO"), "{segments:?}");
    }

    /// Session-15 QA review: Coursera's `Duration to complete (Approx.)` holds hours (`40`),
    /// so workload was missing in every Coursera record; USP's assessment criteria field was
    /// not read beside its method field (which often names teaching).
    #[test]
    fn review15_coursera_hours_and_usp_assessment_fields() {
        let f = fields(&[
            "Course Title",
            "What you will learn",
            "Duration to complete (Approx.)",
            "avaliacao_metodo",
            "avaliacao_criterio",
        ]);
        let r = Mapping::default().resolve(&f).expect("resolves");
        assert!(r.meta.contains(&("Duration to complete (Approx.)".into(), "hours".into())));
        let assessment: Vec<&str> =
            r.meta.iter().filter(|(_, e)| e == "assessment").map(|(f, _)| f.as_str()).collect();
        assert_eq!(assessment, ["avaliacao_metodo", "avaliacao_criterio"]);
    }

    /// Session-22 review: one `--meta cfu=credits` (the README's own `mcaudit.toml`) turned off
    /// the recognition of every other metadata column, so UniBS' assessment column was no
    /// longer read (records missing assessment: 22 -> 121). A mapped field adds to the
    /// recognised ones and replaces the recognised field of its element; `meta_only` asks for
    /// the mapped ones alone.
    /// See: #5
    #[test]
    fn issue5_s22_review_meta_adds_to_recognised_columns() {
        let f = fields(&[
            "id",
            "name",
            "cfu",
            "language",
            "goals_obiettivi_formativi",
            "exam_mode_verifica_apprendimento",
            "requirements_prerequisiti",
            "hours",
            "ore_totali",
        ]);
        let meta = |pairs: &[(&str, &str)]| -> Vec<MetaField> {
            pairs
                .iter()
                .map(|(f, e)| MetaField { field: f.to_string(), element: e.to_string() })
                .collect()
        };
        let pairs = |r: &Resolved| -> Vec<(String, String)> { r.meta.clone() };
        let p = |a: &str, b: &str| (a.to_string(), b.to_string());
        let m = Mapping { meta: meta(&[("cfu", "credits")]), ..Mapping::default() };
        let r = m.resolve(&f).expect("resolves");
        assert_eq!(
            pairs(&r),
            [
                p("cfu", "credits"),
                p("language", "language"),
                p("exam_mode_verifica_apprendimento", "assessment"),
                p("requirements_prerequisiti", "prerequisites"),
                p("hours", "hours"),
            ],
            "help: Mapping::resolve adds the recognised metadata fields to the mapped ones"
        );
        // A mapped element replaces its recognised field; a mapped field is not read twice.
        let m = Mapping {
            meta: meta(&[("ore_totali", "hours"), ("language", "country")]),
            ..Mapping::default()
        };
        let r = m.resolve(&f).expect("resolves");
        assert!(r.meta.contains(&p("ore_totali", "hours")), "{r:?}");
        assert!(!r.meta.contains(&p("hours", "hours")), "{r:?}");
        assert!(!r.meta.contains(&p("language", "language")), "{r:?}");
        assert!(r.meta.contains(&p("cfu", "credits")), "{r:?}");
        // `meta_only`: the mapped fields alone.
        let m =
            Mapping { meta: meta(&[("cfu", "credits")]), meta_only: true, ..Mapping::default() };
        assert_eq!(pairs(&m.resolve(&f).expect("resolves")), [p("cfu", "credits")]);
    }
}
