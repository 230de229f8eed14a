//! Credential documents as records: European Digital Credentials (ELM 3 JSON-LD), Open Badges
//! 3.0 and Credential Engine (CTDL) documents, one credential or a JSON-LD `@graph`.
//!
//! Guarantees: a JSON-LD document (it has `@context`, `@graph` or `credentialSubject`) gives
//! one record per learning specification it describes (an ELM qualification or learning
//! achievement specification, an Open Badges achievement, a CTDL course, learning programme
//! or credential class), in document order, each once however often it is referenced; a
//! document that describes none (an accreditation) is one record, its root node. A graph's
//! supporting nodes (agents, addresses, concepts, web resources) are read into the records
//! that reference them, never records of their own. Each record's text is its description
//! (its claim's when it has none), its learning outcomes under `Learning outcomes:`, its
//! criteria under `Assessment:` and its skill alignments under `Skills:`; the structured EU
//! elements (credits, EQF level, hours, language, mode, assessment, country, prerequisites,
//! fees, credential type, url) become mapped fields, as `--meta` would give them, so the audit
//! says *present from a field*.

use std::collections::{HashMap, HashSet};

use serde_json::{Map, Value};

use super::json::value_text;

type Node = Map<String, Value>;
/// A specification found, with the claim (the node above it holding a description) it was
/// found under.
type Found<'a> = Vec<(&'a Node, Option<&'a Node>)>;

/// One learning specification read from a credential document.
#[derive(Debug, Default, PartialEq)]
pub struct Spec {
    /// The node's id (`@id`, `id` or CTDL `ctid`), when it has one.
    pub id: Option<String>,
    /// Its title or name.
    pub title: Option<String>,
    /// The awarding body, issuer or owner.
    pub provider: Option<String>,
    /// The description composed as labelled sections.
    pub text: String,
    /// (element, value) pairs, as from `--meta`.
    pub meta: Vec<(String, String)>,
}

/// Whether a parsed JSON document is a JSON-LD credential document rather than a table of
/// records.
pub fn is_credential(doc: &Value) -> bool {
    let Value::Object(o) = doc else { return false };
    o.get("@graph").is_some_and(Value::is_array)
        || o.contains_key("credentialSubject")
        || (o.contains_key("@context") && (o.contains_key("@type") || o.contains_key("type")))
}

/// The learning specifications of a credential document, in document order; a document
/// that describes none is an error saying what it describes instead (its root nodes' types).
pub fn specs(doc: &Value) -> Result<Vec<Spec>, String> {
    let Value::Object(root) = doc else { return Err("not a JSON object".into()) };
    let graph: Vec<&Map<String, Value>> = match root.get("@graph") {
        Some(Value::Array(nodes)) => nodes.iter().filter_map(Value::as_object).collect(),
        _ => vec![root],
    };
    let mut index: HashMap<&str, &Map<String, Value>> = HashMap::new();
    for n in &graph {
        if let Some(id) = node_id(n) {
            index.entry(id).or_insert(n);
        }
    }
    let reader = Reader { index, root };
    let mut found: Found<'_> = Vec::new();
    let mut seen: HashSet<*const Map<String, Value>> = HashSet::new();
    // The graph's roots (nodes no other node references) first: a specification is then
    // reached from its achievement, whatever order the graph lists them in.
    let referenced = reader.referenced(&graph);
    let is_root = |n: &Node| node_id(n).is_none_or(|id| !referenced.contains(id));
    let roots = graph.iter().filter(|n| is_root(n));
    for n in roots.chain(graph.iter().filter(|n| !is_root(n))) {
        reader.walk(n, None, &mut seen, &mut found, 0);
    }
    if found.is_empty() {
        // What the document describes instead: the types of its graph's roots.
        let mut kinds: Vec<&str> = graph
            .iter()
            .filter(|n| node_id(n).is_none_or(|id| !referenced.contains(id)))
            .flat_map(|n| types(n))
            .collect();
        kinds.dedup();
        let kinds = if kinds.is_empty() { "no type".to_string() } else { kinds.join(", ") };
        return Err(format!(
            "a JSON-LD document ({kinds}) that describes no course, programme, qualification, \
             achievement or credential"
        ));
    }
    Ok(found.into_iter().map(|(spec, claim)| reader.spec(spec, claim)).collect())
}

/// Keys whose values are about the issuing, the display or the proof of a credential, or are
/// other nodes a specification points to (owners, conditions): no specification is looked for
/// under them.
const NOT_SPECS: &[&str] = &[
    "@context",
    "provenBy",
    "awardedBy",
    "awardingBody",
    "issuer",
    "evidence",
    "displayParameter",
    "credentialSchema",
    "credentialStatus",
    "proof",
    "status",
    "creator",
    "accreditation",
    "ownedBy",
    "offeredBy",
    "requires",
    "recommends",
    "corequisite",
    "isPreparationFor",
    "isRequiredFor",
    "isAdvancedStandingFor",
    "accreditedBy",
    "approvedBy",
    "recognizedBy",
    "regulatedBy",
    "contactPoint",
    "location",
    "learningOutcome",
    "endorsement",
    "image",
    "logo",
];

/// Types of the credentials themselves (what is issued), not of what they certify.
const WRAPPERS: &[&str] = &[
    "VerifiableCredential",
    "EuropeanDigitalCredential",
    "OpenBadgeCredential",
    "AchievementCredential",
    "EndorsementCredential",
];

/// Types naming a learning specification: ELM, Open Badges, CTDL.
const SPEC_TYPES: &[&str] = &[
    "Qualification",
    "LearningAchievementSpecification",
    "LearningSpecification",
    "LearningOpportunity",
    "Achievement",
    "Course",
    "LearningProgram",
    "LearningOpportunityProfile",
    "Credential",
    "MicroCredential",
    "Badge",
    "OpenBadge",
    "DigitalBadge",
    "Certification",
    "Diploma",
];

/// The local name of a type or key: `ceterms:Course` -> `Course`, `elm:title` -> `title`, an
/// IRI's last segment.
fn local(name: &str) -> &str {
    let name = name.rsplit(['/', '#']).next().unwrap_or(name);
    name.rsplit(':').next().unwrap_or(name)
}

fn types(o: &Map<String, Value>) -> Vec<&str> {
    let mut out = Vec::new();
    for k in ["@type", "type"] {
        match o.get(k) {
            Some(Value::String(s)) => out.push(local(s)),
            Some(Value::Array(items)) => {
                out.extend(items.iter().filter_map(Value::as_str).map(local))
            }
            _ => {}
        }
    }
    out
}

fn is_spec(o: &Map<String, Value>) -> bool {
    // An ELM learning achievement is what was achieved: its `specifiedBy` is the
    // specification, and it stands for one only when it has none.
    types(o).iter().any(|t| {
        (*t == "LearningAchievement" && key(o, &["specifiedBy"]).is_none())
            || !WRAPPERS.contains(t)
                && (SPEC_TYPES.contains(t)
                    || t.ends_with("Degree")
                    || t.ends_with("Certificate")
                    || t.ends_with("Diploma"))
    })
}

fn node_id(o: &Map<String, Value>) -> Option<&str> {
    o.get("@id").or_else(|| o.get("id")).and_then(Value::as_str)
}

/// The value of the first key whose local name is one of `names`.
fn key<'a>(o: &'a Map<String, Value>, names: &[&str]) -> Option<&'a Value> {
    names.iter().find_map(|n| o.iter().find(|(k, _)| local(k) == *n).map(|(_, v)| v))
}

/// Items of a value that may be one item or a list.
fn items(v: &Value) -> Vec<&Value> {
    match v {
        Value::Array(a) => a.iter().collect(),
        other => vec![other],
    }
}

fn clean(s: String) -> Option<String> {
    let s = s.trim().to_string();
    (!s.is_empty()).then_some(s)
}

struct Reader<'a> {
    index: HashMap<&'a str, &'a Map<String, Value>>,
    root: &'a Map<String, Value>,
}

impl<'a> Reader<'a> {
    /// A node, following a reference (`"urn:x"` or `{"@id": "urn:x"}`) into the graph.
    fn node(&self, v: &'a Value) -> Option<&'a Map<String, Value>> {
        match v {
            Value::String(s) => self.index.get(s.as_str()).copied(),
            Value::Object(o) if o.len() <= 2 && node_id(o).is_some() => {
                node_id(o).and_then(|id| self.index.get(id).copied()).or(Some(o))
            }
            Value::Object(o) => Some(o),
            _ => None,
        }
    }

    fn walk(
        &self,
        o: &'a Map<String, Value>,
        claim: Option<&'a Map<String, Value>>,
        seen: &mut HashSet<*const Map<String, Value>>,
        found: &mut Found<'a>,
        depth: usize,
    ) {
        if depth > 64 || !seen.insert(o as *const _) {
            return;
        }
        // An ELM achievement whose specification is elsewhere (an IRI this document does not
        // hold) stands for it.
        let external_spec = types(o).contains(&"LearningAchievement")
            && key(o, &["specifiedBy"]).is_some_and(|v| match v {
                Value::String(s) => !self.index.contains_key(s.as_str()),
                Value::Object(n) => {
                    n.len() <= 2
                        && node_id(n).is_some_and(|id| !self.index.contains_key(id))
                        && key(n, &["title", "name"]).is_none()
                }
                _ => false,
            });
        if is_spec(o) || external_spec {
            found.push((o, claim));
        }
        for (k, v) in o {
            if NOT_SPECS.contains(&local(k)) {
                continue;
            }
            // Only a specification's own achievement (`specifiedBy`) or credential
            // (`achievement`) lends it a description, an awarding body and an assessment; a part
            // (`hasPart`) or a node an organisation offers has its own or none.
            let child_claim = match local(k) {
                "specifiedBy" | "achievement" => Some(o),
                _ => None,
            };
            for item in items(v) {
                let child = match item {
                    Value::Object(_) | Value::String(_) => self.node(item),
                    _ => None,
                };
                if let Some(c) = child {
                    self.walk(c, child_claim, seen, found, depth + 1);
                }
            }
        }
    }

    /// Ids of graph nodes that another node references.
    fn referenced(&self, graph: &[&'a Map<String, Value>]) -> HashSet<&'a str> {
        fn refs<'v>(v: &'v Value, top: bool, out: &mut Vec<&'v str>) {
            match v {
                Value::String(s) => out.push(s),
                Value::Array(a) => a.iter().for_each(|x| refs(x, false, out)),
                Value::Object(o) => {
                    for (k, x) in o {
                        if !(top && (k == "@id" || k == "id")) && k != "@context" {
                            refs(x, k == "@id" || k == "id", out);
                        }
                    }
                }
                _ => {}
            }
        }
        let mut out = HashSet::new();
        for n in graph {
            for (k, v) in n.iter() {
                if k != "@id" && k != "id" && k != "@context" {
                    let mut found = Vec::new();
                    refs(v, false, &mut found);
                    out.extend(found.into_iter().filter(|s| self.index.contains_key(s)));
                }
            }
        }
        out
    }

    /// A node's label: its title, name, preferred label or note, as text.
    fn label(&self, v: &'a Value) -> Option<String> {
        match v {
            Value::String(s) if self.index.contains_key(s.as_str()) => {
                self.node(v).and_then(|n| self.label_of(n))
            }
            // A node without a label has no text to give (its JSON is no label).
            Value::Object(o) if !o.contains_key("@value") && !o.contains_key("@language") => {
                match self.node(v) {
                    Some(n)
                        if !n.is_empty() && n.iter().all(|(k, _)| super::json::language_tag(k)) =>
                    {
                        clean(value_text(v))
                    }
                    Some(n) => self.label_of(n),
                    None => None,
                }
            }
            other => clean(value_text(other)),
        }
    }

    fn label_of(&self, o: &'a Map<String, Value>) -> Option<String> {
        let v = key(
            o,
            &[
                "title",
                "name",
                "legalName",
                "prefLabel",
                "targetName",
                "noteLiteral",
                "definition",
                "description",
                "targetNodeName",
            ],
        )?;
        match v {
            // A value that is itself a node (`fullAddress: {noteLiteral: ...}`).
            Value::Object(n) if !n.contains_key("@value") && key(n, &["noteLiteral"]).is_some() => {
                key(n, &["noteLiteral"]).map(value_text).and_then(clean)
            }
            _ => clean(value_text(v)),
        }
    }

    fn labels(&self, v: Option<&'a Value>) -> Vec<String> {
        v.map(items).unwrap_or_default().into_iter().filter_map(|i| self.label(i)).collect()
    }

    /// The text of nodes that say something (condition profiles, notes): each one's
    /// description, else its note, else its name, one per line.
    fn prose(&self, v: Option<&'a Value>) -> Option<String> {
        let parts: Vec<String> = v
            .map(items)
            .unwrap_or_default()
            .into_iter()
            .filter_map(|i| match self.node(i) {
                Some(n) if !n.contains_key("@value") => {
                    key(n, &["description", "noteLiteral", "name", "title"]).and_then(|d| match d {
                        Value::Object(x) if key(x, &["noteLiteral"]).is_some() => self.label_of(x),
                        _ => clean(value_text(d)),
                    })
                }
                _ => clean(value_text(i)),
            })
            .collect();
        clean(parts.join("\n"))
    }

    fn text_of(&self, o: &'a Map<String, Value>, names: &[&str]) -> Option<String> {
        key(o, names).and_then(|v| match v {
            Value::Object(n) if key(n, &["noteLiteral"]).is_some() => self.label_of(n),
            Value::Array(a) if a.iter().any(|i| i.get("noteLiteral").is_some()) => {
                let parts = self.labels(Some(v));
                clean(parts.join("\n"))
            }
            _ => clean(value_text(v)),
        })
    }

    fn spec(&self, o: &'a Map<String, Value>, claim: Option<&'a Map<String, Value>>) -> Spec {
        let id = node_id(o)
            .map(str::to_string)
            .or_else(|| key(o, &["ctid"]).and_then(Value::as_str).map(str::to_string));
        let title = key(o, &["title", "name"]).and_then(|v| clean(value_text(v)));
        let description = self
            .text_of(o, &["description", "definition"])
            .or_else(|| claim.and_then(|c| self.text_of(c, &["description"])));
        let mut text = description.unwrap_or_default();
        let mut section = |heading: &str, lines: Vec<String>| {
            if lines.is_empty() {
                return;
            }
            if !text.is_empty() {
                text.push_str("\n\n");
            }
            text.push_str(heading);
            for l in lines {
                text.push_str("\n- ");
                text.push_str(&l.split_whitespace().collect::<Vec<_>>().join(" "));
            }
        };
        section("Learning outcomes:", self.labels(key(o, &["learningOutcome"])));
        let criteria = key(o, &["criteria"])
            .and_then(|c| self.node(c))
            .and_then(|c| key(c, &["narrative"]))
            .and_then(|v| clean(value_text(v)));
        section("Assessment:", criteria.into_iter().collect());
        section("Skills:", self.labels(key(o, &["alignment"])));

        let mut meta: Vec<(String, String)> = Vec::new();
        let mut put = |element: &str, value: Option<String>| {
            if let Some(v) = value.and_then(clean)
                && !meta.iter().any(|(e, _)| e == element)
            {
                meta.push((element.to_string(), v));
            }
        };
        put("credits", self.credits(o));
        put("level", self.eqf(o));
        put("hours", self.hours(o));
        put(
            "language",
            key(o, &["language", "inLanguage", "primaryLanguage"])
                .map(|v| self.labels(Some(v)).join(", ")),
        );
        put("mode", key(o, &["mode", "deliveryType"]).map(|v| self.labels(Some(v)).join(", ")));
        let assessments = |n: &'a Map<String, Value>| -> Vec<String> {
            let mut out = Vec::new();
            for a in key(n, &["provenBy", "learningAssessment", "assessment"])
                .map(items)
                .unwrap_or_default()
                .into_iter()
                .filter_map(|a| self.node(a))
            {
                out.extend(key(a, &["title", "name"]).and_then(|v| clean(value_text(v))));
                let spec = key(a, &["specifiedBy"]).and_then(|s| self.node(s));
                if let Some(kind) =
                    spec.and_then(|s| key(s, &["dcType"])).and_then(|d| self.label(d))
                {
                    out.push(kind);
                }
            }
            out.dedup();
            out
        };
        let mut assessed = assessments(o);
        if assessed.is_empty()
            && let Some(c) = claim
        {
            assessed = assessments(c);
        }
        put("assessment", Some(assessed.join("; ")));
        // CTDL `requires` is what earning the credential takes, not what entering needs.
        put("prerequisites", self.prose(key(o, &["entryRequirement", "entryCondition"])));
        // The field of education: ELM `ISCEDFCode` / `educationSubject`, Open Badges
        // `fieldOfStudy`.
        put(
            "isced",
            key(o, &["ISCEDFCode", "educationSubject", "fieldOfStudy"])
                .map(|v| self.labels(Some(v)).join(", ")),
        );
        put("duration", self.duration(o));
        put("fees", self.fees(o));
        put(
            "credential_type",
            key(o, &["achievementType"]).and_then(|v| self.label(v)).or_else(|| {
                types(o)
                    .into_iter()
                    .find(|t| {
                        ["Degree", "Certificate", "Diploma", "Badge", "Certification"]
                            .iter()
                            .any(|e| t.ends_with(e))
                            || *t == "MicroCredential"
                    })
                    .map(str::to_string)
            }),
        );
        put(
            "url",
            key(o, &["homepage", "landingPage", "subjectWebpage", "url"])
                .and_then(|v| items(v).first().copied())
                .and_then(|v| match v {
                    Value::Object(n) => key(n, &["contentURL", "id", "@id"]).map(value_text),
                    other => Some(value_text(other)),
                }),
        );

        // The awarding body: the claim's or the specification's, else the document's issuer.
        let bodies: Vec<&'a Map<String, Value>> = [Some(o), claim, Some(self.root)]
            .into_iter()
            .flatten()
            .flat_map(|n| {
                let mut b = Vec::new();
                if let Some(a) = key(n, &["awardedBy"]).and_then(|a| self.node(a)) {
                    b.extend(key(a, &["awardingBody"]).and_then(|x| self.node(x)));
                }
                for k in ["awardingBody", "creator", "offeredBy", "ownedBy", "issuer"] {
                    if let Some(v) = key(n, &[k]) {
                        b.extend(items(v).into_iter().filter_map(|x| self.node(x)));
                    }
                }
                b
            })
            .collect();
        let provider = bodies.iter().find_map(|b| {
            key(b, &["legalName", "name", "title"]).and_then(|v| clean(value_text(v)))
        });
        put("country", bodies.iter().find_map(|b| self.country(b)));
        Spec { id, title, provider, text, meta }
    }

    /// Credit points: ELM `creditPoint` (point and framework), Open Badges
    /// `creditsAvailable`, CTDL `creditValue`.
    fn credits(&self, o: &'a Map<String, Value>) -> Option<String> {
        if let Some(v) = key(o, &["creditPoint", "creditValue"]) {
            let parts: Vec<String> = items(v)
                .into_iter()
                .filter_map(|c| self.node(c))
                .filter_map(|c| {
                    let n = key(c, &["point", "value", "minValue"]).map(value_text)?;
                    let unit = key(c, &["framework", "creditUnitType", "unitText"])
                        .and_then(|u| self.label(u))
                        .unwrap_or_else(|| "credits".into());
                    Some(format!("{n} {unit}"))
                })
                .collect();
            if !parts.is_empty() {
                return Some(parts.join(", "));
            }
        }
        // A bare number: the audit reads a number in a credits field as ECTS.
        key(o, &["ECTSCreditPoints"])
            .map(|v| format!("{} ECTS", value_text(v)))
            .or_else(|| key(o, &["creditsAvailable"]).map(|v| format!("{} credits", value_text(v))))
    }

    /// The EQF level: ELM `eqfLevel` (its id ends in the number, its label says `Level 6`).
    fn eqf(&self, o: &'a Map<String, Value>) -> Option<String> {
        let v = key(o, &["eqfLevel", "EQFLevel"])?;
        let id = match v {
            Value::String(s) => Some(s.as_str()),
            Value::Object(n) => node_id(n),
            _ => None,
        };
        let digit = |s: &str| {
            let d: String = s.chars().rev().take_while(char::is_ascii_digit).collect();
            (d.len() == 1).then_some(d)
        };
        id.and_then(digit)
            .or_else(|| self.label(v).and_then(|l| digit(l.trim())))
            .map(|d| format!("EQF level {d}"))
    }

    /// Hours of learning: an ISO 8601 duration (`PT45H`, ELM `volumeOfLearning`, CTDL
    /// `estimatedDuration` / `exactDuration`).
    fn hours(&self, o: &'a Map<String, Value>) -> Option<String> {
        let v = key(o, &["volumeOfLearning", "estimatedDuration"])?;
        let s = match self.node(v) {
            Some(n) => key(n, &["exactDuration", "maxValue"]).map(value_text)?,
            None => value_text(v),
        };
        iso_hours(&s).map(|h| {
            let h = (h * 100.0).round() / 100.0;
            format!("{h} hours")
        })
    }

    /// A length in weeks, months or days: ELM `maximumDuration` / `duration`, CTDL
    /// `estimatedDuration` (`P10M`, `P6W`, `P30D`; hours are the workload, not a length).
    fn duration(&self, o: &'a Map<String, Value>) -> Option<String> {
        let v = key(o, &["maximumDuration", "duration", "estimatedDuration"])?;
        let s = match self.node(items(v).first().copied()?) {
            Some(n) => key(n, &["exactDuration", "maxValue"]).map(value_text)?,
            None => value_text(v),
        };
        let t = s.trim().strip_prefix('P')?;
        let (num, unit) = t.split_at(t.find(|c: char| !c.is_ascii_digit() && c != '.')?);
        let unit = match unit {
            "Y" => "years",
            "M" => "months",
            "W" => "weeks",
            "D" => "days",
            _ => return None,
        };
        (!num.is_empty()).then(|| format!("{num} {unit}"))
    }

    /// CTDL `estimatedCost`: price and currency.
    fn fees(&self, o: &'a Map<String, Value>) -> Option<String> {
        let v = key(o, &["estimatedCost", "price"])?;
        let parts: Vec<String> = items(v)
            .into_iter()
            .filter_map(|c| match self.node(c) {
                Some(n) => {
                    let price = key(n, &["price"]).map(value_text)?;
                    let cur = key(n, &["currency"]).map(value_text).unwrap_or_default();
                    clean(format!("{price} {cur}"))
                }
                None => clean(value_text(c)),
            })
            .collect();
        clean(parts.join(", "))
    }

    /// The country of an organisation: its location's address' country code label.
    fn country(&self, org: &'a Map<String, Value>) -> Option<String> {
        let loc = key(org, &["location", "address"]).and_then(|l| items(l).first().copied())?;
        let loc = self.node(loc)?;
        let addr = match key(loc, &["address"]) {
            Some(a) => items(a).first().and_then(|a| self.node(a))?,
            None => loc,
        };
        key(addr, &["countryCode", "addressCountry"]).and_then(|c| self.label(c))
    }
}

/// Hours in an ISO 8601 duration (`PT45H`, `PT1H30M`, `P2D` as 48 hours is no study time: days
/// and longer are not read).
fn iso_hours(s: &str) -> Option<f64> {
    let t = s.trim().strip_prefix('P')?.strip_prefix('T')?;
    let mut hours = 0.0;
    let mut num = String::new();
    let mut any = false;
    for c in t.chars() {
        if c.is_ascii_digit() || c == '.' {
            num.push(c);
            continue;
        }
        let n: f64 = num.parse().ok()?;
        num.clear();
        match c {
            'H' => hours += n,
            'M' => hours += n / 60.0,
            'S' => hours += n / 3600.0,
            _ => return None,
        }
        any = true;
    }
    (any && num.is_empty() && hours > 0.0).then_some(hours)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn meta<'a>(s: &'a Spec, e: &str) -> Option<&'a str> {
        s.meta.iter().find(|(k, _)| k == e).map(|(_, v)| v.as_str())
    }

    #[test]
    fn iso_durations_in_hours() {
        assert_eq!(iso_hours("PT45H"), Some(45.0));
        assert_eq!(iso_hours("PT1H30M"), Some(1.5));
        assert_eq!(iso_hours("P2D"), None);
        assert_eq!(iso_hours("45"), None);
        assert_eq!(iso_hours("PT"), None);
    }

    #[test]
    fn european_digital_credential_gives_its_qualification() {
        let doc = json!({
            "@context": ["https://www.w3.org/2018/credentials/v1"],
            "type": ["VerifiableCredential", "EuropeanDigitalCredential"],
            "id": "urn:credential:1",
            "credentialSubject": {
                "id": "urn:person:1",
                "hasClaim": {
                    "id": "urn:achievement:1",
                    "type": "LearningAchievement",
                    "title": {"en": "Short course achievement"},
                    "description": {"en": "For completing the short course on psychology.", "de": "Fur ..."},
                    "awardedBy": {"awardingBody": {
                        "legalName": {"en": "Example Institute"},
                        "location": {"address": {"countryCode": {
                            "id": "http://publications.europa.eu/resource/authority/country/SVN",
                            "prefLabel": {"en": "Slovenia"}}}}}},
                    "provenBy": {"type": "LearningAssessment", "title": {"en": "Written Exam"}},
                    "specifiedBy": {
                        "id": "urn:qualification:1",
                        "type": "Qualification",
                        "title": {"en": "Developmental psychology"},
                        "creditPoint": {"point": "5", "framework": {"prefLabel": {"en": "ECTS"}}},
                        "eqfLevel": {"id": "http://data.europa.eu/snb/eqf/6", "prefLabel": {"en": "Level 6"}},
                        "language": {"prefLabel": {"en": "English"}},
                        "mode": {"prefLabel": {"en": "Online"}},
                        "volumeOfLearning": "PT45H",
                        "learningOutcome": [
                            {"type": "LearningOutcome", "title": {"en": "Explain the stages of child development"}},
                            {"type": "LearningOutcome", "title": {"en": "Apply observation methods in a nursery"}}
                        ]
                    }
                }
            },
            "issuer": {"legalName": {"en": "Issuing Service"}}
        });
        assert!(is_credential(&doc));
        let s = specs(&doc).expect("specifications");
        assert_eq!(s.len(), 1, "{s:?}");
        let s = &s[0];
        assert_eq!(s.id.as_deref(), Some("urn:qualification:1"));
        assert_eq!(s.title.as_deref(), Some("Developmental psychology"));
        assert_eq!(s.provider.as_deref(), Some("Example Institute"));
        assert_eq!(
            s.text,
            "For completing the short course on psychology.\n\nLearning outcomes:\n- Explain the \
             stages of child development\n- Apply observation methods in a nursery"
        );
        assert_eq!(meta(s, "credits"), Some("5 ECTS"));
        assert_eq!(meta(s, "level"), Some("EQF level 6"));
        assert_eq!(meta(s, "hours"), Some("45 hours"));
        assert_eq!(meta(s, "language"), Some("English"));
        assert_eq!(meta(s, "mode"), Some("Online"));
        assert_eq!(meta(s, "assessment"), Some("Written Exam"));
        assert_eq!(meta(s, "country"), Some("Slovenia"));
        assert_eq!(meta(s, "credential_type"), None);
    }

    #[test]
    fn open_badge_gives_its_achievement() {
        let doc = json!({
            "@context": ["https://www.w3.org/ns/credentials/v2"],
            "type": ["VerifiableCredential", "OpenBadgeCredential"],
            "name": "Data basics",
            "credentialSubject": {
                "type": ["AchievementSubject"],
                "achievement": {
                    "type": ["Achievement"],
                    "id": "urn:uuid:a1",
                    "name": "Data basics",
                    "description": "This badge recognises data skills.",
                    "achievementType": "MicroCredential",
                    "criteria": {"narrative": "Pass the written exam with 80% or higher."},
                    "inLanguage": "en",
                    "creditsAvailable": 5,
                    "fieldOfStudy": "Computer Science",
                    "alignment": [{"type": ["Alignment"], "targetName": "Analyse test data"}],
                    "creator": {"type": ["Profile"], "name": "Badge Maker"}
                }
            },
            "issuer": {"type": ["Profile"], "name": "Issuer"}
        });
        let s = specs(&doc).expect("specifications");
        assert_eq!(s.len(), 1, "{s:?}");
        let s = &s[0];
        assert_eq!(s.id.as_deref(), Some("urn:uuid:a1"));
        assert_eq!(s.provider.as_deref(), Some("Badge Maker"));
        assert_eq!(
            s.text,
            "This badge recognises data skills.\n\nAssessment:\n- Pass the written exam with 80% \
             or higher.\n\nSkills:\n- Analyse test data"
        );
        assert_eq!(meta(s, "credits"), Some("5 credits"), "no system named: not ECTS");
        assert_eq!(meta(s, "language"), Some("en"));
        assert_eq!(meta(s, "credential_type"), Some("MicroCredential"));
        assert_eq!(meta(s, "isced"), Some("Computer Science"));
    }

    /// Not fixed in session 14: a JSON-LD graph was one record per node (an accreditation
    /// gave 88 records, agents, addresses and concepts among them).
    #[test]
    fn review14_json_ld_graph_gives_its_specifications_not_its_nodes() {
        let doc = json!({
            "@context": {"ceterms": "https://purl.org/ctdl/terms/"},
            "@graph": [
                {"@id": "p1", "@type": "ceterms:LearningProgram", "ceterms:name": {"en": "Programme"},
                 "ceterms:description": {"en": "A programme of three courses."},
                 "ceterms:hasPart": ["c1", "c2"], "ceterms:ownedBy": ["org1"]},
                {"@id": "c1", "@type": "ceterms:Course", "ceterms:name": {"en": "Course one"},
                 "ceterms:description": {"en": "Learners will be able to plan a budget."},
                 "ceterms:ownedBy": ["org1"],
                 "ceterms:estimatedCost": [{"@type": "ceterms:CostProfile", "ceterms:price": 120, "ceterms:currency": "USD"}]},
                {"@id": "c2", "@type": "ceterms:Course", "ceterms:name": {"en": "Course two"},
                 "ceterms:description": {"en": "Second course."}},
                {"@id": "org1", "@type": "ceterms:CredentialOrganization", "ceterms:name": {"en": "The College"},
                 "ceterms:description": {"en": "A college."}}
            ]
        });
        let s = specs(&doc).expect("specifications");
        let titles: Vec<_> = s.iter().map(|s| s.title.as_deref().unwrap_or("")).collect();
        assert_eq!(titles, ["Programme", "Course one", "Course two"]);
        assert_eq!(s[1].provider.as_deref(), Some("The College"));
        assert_eq!(s[1].text, "Learners will be able to plan a budget.");
        assert_eq!(meta(&s[1], "fees"), Some("120 USD"));
        // A graph describing no learning specification (an accreditation) is no record: the
        // caller rejects it with what it describes.
        let doc = json!({"@context": {}, "@graph": [
            {"@id": "a", "@type": "elm:Accreditation", "description": "An institutional audit.",
             "organisation": {"@id": "o"}},
            {"@id": "o", "@type": "elm:Organisation", "legalName": "Agency"}
        ]});
        let e = specs(&doc).expect_err("no specification");
        assert!(e.contains("(Accreditation)"), "{e}");
    }

    /// Unlabelled nodes give no raw JSON: a credit framework without a label is `credits`, a
    /// condition profile is its description, a list of pages its first.
    #[test]
    fn unlabelled_nodes_are_no_text() {
        let doc = json!({"@context": [], "credentialSubject": {"hasClaim": {
            "type": "LearningAchievement", "title": "Achieved",
            "specifiedBy": {"type": "LearningAchievementSpecification", "title": "Spec",
                "creditPoint": [{"point": "27", "framework": {"id": "urn:f:1", "type": "Concept"}}],
                "entryRequirement": {"noteLiteral": {"en": "A bachelor's degree"}},
                "homepage": [{"contentURL": "https://a.example"}, {"contentURL": "https://b.example"}]}}}});
        let s = specs(&doc).expect("specifications");
        assert_eq!(meta(&s[0], "credits"), Some("27 credits"));
        assert_eq!(meta(&s[0], "prerequisites"), Some("A bachelor's degree"));
        assert_eq!(meta(&s[0], "url"), Some("https://a.example"));
        let doc = json!({"@context": [], "@type": "ceterms:Course", "ceterms:name": "C",
            "ceterms:entryCondition": [{"@type": "ceterms:ConditionProfile",
                "ceterms:name": {"en-US": "Admission"},
                "ceterms:description": {"en-US": "A diploma."}}]});
        let s = specs(&doc).expect("specifications");
        assert_eq!(meta(&s[0], "prerequisites"), Some("A diploma."));
        // An achievement with no specification stands for one.
        let doc = json!({"@context": [], "credentialSubject": {"hasClaim": {
            "type": "LearningAchievement", "title": {"en": "Some achievement"}}}});
        let s = specs(&doc).expect("specifications");
        assert_eq!(s[0].title.as_deref(), Some("Some achievement"));
    }

    #[test]
    fn plain_json_is_no_credential() {
        assert!(!is_credential(&json!([{"description": "x"}])));
        assert!(!is_credential(&json!({"courses": [{"description": "x"}]})));
        assert!(!is_credential(&json!({"type": "Course", "description": "x"})));
    }

    /// Session-15 second review: what a specification borrows depended on the graph's order,
    /// parts and offered courses borrowed a description, an achievement whose specification is
    /// elsewhere was lost, and lengths in months were not read.
    #[test]
    fn review15_specifications_borrow_only_from_their_own_achievement() {
        // The specification listed before its achievement.
        let doc = json!({"@context": {}, "@graph": [
            {"@id": "s", "@type": "Qualification", "title": "Spec", "maximumDuration": "P10M"},
            {"@id": "a", "@type": "LearningAchievement", "description": "Achieved by analysing data.",
             "specifiedBy": "s", "awardedBy": {"awardingBody": {"legalName": "Uni X"}}}
        ]});
        let s = specs(&doc).expect("specifications");
        assert_eq!(s.len(), 1, "{s:?}");
        assert_eq!(s[0].text, "Achieved by analysing data.");
        assert_eq!(s[0].provider.as_deref(), Some("Uni X"));
        assert_eq!(meta(&s[0], "duration"), Some("10 months"));
        // A part does not take its whole's description, nor a course its organisation's.
        let doc = json!({"@context": {}, "@graph": [
            {"@id": "org", "@type": "ceterms:CredentialOrganization", "ceterms:description": "A college.",
             "ceterms:offers": ["c"]},
            {"@id": "c", "@type": "ceterms:Course", "ceterms:name": "Course"}
        ]});
        let s = specs(&doc).expect("specifications");
        assert_eq!(s[0].text, "", "{s:?}");
        // An achievement whose specification is an IRI elsewhere stands for it.
        let doc = json!({"@context": [], "credentialSubject": {"hasClaim": {
            "type": "LearningAchievement", "title": "Achieved", "description": "Design bridges.",
            "specifiedBy": "https://example.org/spec/1"}}});
        let s = specs(&doc).expect("specifications");
        assert_eq!(s[0].text, "Design bridges.");
    }
}
