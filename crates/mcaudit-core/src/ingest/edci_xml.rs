//! Europass credentials in XML (EDCI 1.x, namespace `http://data.europa.eu/snb`), read as the
//! JSON-LD graph [`super::credential`] reads, so that they give the same records and the same
//! EU elements as European Digital Credentials in JSON-LD (ELM 3).
//!
//! Guarantees: a document whose root element is a Europass credential or presentation
//! (`europassCredential`, `verifiablePresentation`) becomes one graph; any other XML document,
//! or one that does not parse, is an error with its line and column. In the graph:
//! - every element with an `id` attribute is one node, typed by its element name
//!   (`learningSpecification` -> `LearningSpecification`, `qualification` -> `Qualification`),
//!   and an element with an `idref` attribute is a reference to that node, so a specification's
//!   outcomes, assessments and awarding body are found however the document orders them;
//! - a controlled-vocabulary element (a `uri` attribute: EQF level, mode, language) keeps its
//!   URI as its id and its `targetName` as its label;
//! - `<text lang="..">` children are a language map (one language is read: English when it is
//!   there, else the first);
//! - a list element named for its items (`learningOutcomes` holding `learningOutcome`s) is the
//!   list of its items;
//! - the EDCI 1.x names that ELM 3 renamed get their ELM 3 names (`hasECTSCreditPoints` ->
//!   `ECTSCreditPoints`, `hasISCED-FCode` -> `ISCEDFCode`, `entryRequirementsNote` ->
//!   `entryRequirement`, `wasDerivedFrom` -> `provenBy`, `wasAwardedBy` -> `awardedBy`,
//!   `type` -> `dcType`, an organisation's `prefLabel` -> `legalName`, ...).
//!
//! Nothing is read from the network (schema locations are not followed) and DTDs are refused:
//! Europass credentials have none. A document whose elements nest deeper than [`MAX_DEPTH`] is an
//! error at the first element too deep (the conversion recurses per level, and a credential
//! nests a few dozen levels at most), so hostile input cannot overflow the stack.

use roxmltree::{Document, Node};
use serde_json::{Map, Value};

/// The namespace of Europass credential XML (EDCI 1.x).
pub const NAMESPACE: &str = "http://data.europa.eu/snb";

/// How deeply elements may nest (the root element is depth 1): the limit serde_json puts on
/// JSON documents.
pub const MAX_DEPTH: usize = 128;

/// Why an XML document gave no graph.
#[derive(Debug, PartialEq)]
pub struct XmlError {
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
    /// What is wrong.
    pub message: String,
}

/// Whether the first bytes of a file look like Europass credential XML (an XML document that
/// names the Europass namespace).
pub fn looks_like(head: &str) -> bool {
    head.trim_start_matches('\u{feff}').trim_start().starts_with('<') && head.contains(NAMESPACE)
}

/// The document as a JSON-LD graph (`{"@context", "@graph", "issuer"}`).
pub fn to_jsonld(text: &str) -> Result<Value, XmlError> {
    let doc = Document::parse(text).map_err(|e| {
        let pos = e.pos();
        XmlError { line: pos.row as usize, column: pos.col as usize, message: e.to_string() }
    })?;
    let root = doc.root_element();
    let name = root.tag_name().name();
    if !matches!(name, "europassCredential" | "verifiablePresentation") {
        let pos = doc.text_pos_at(root.range().start);
        return Err(XmlError {
            line: pos.row as usize,
            column: pos.col as usize,
            message: format!(
                "root element <{name}> is no Europass credential (EDCI 1.x XML: \
                 <europassCredential> or <verifiablePresentation>, namespace {NAMESPACE})"
            ),
        });
    }
    too_deep(&doc)?;
    let mut graph = Vec::new();
    let top = convert(root, &mut graph);
    let issuer = match &top {
        Value::Object(o) => o.get("issuer").cloned(),
        _ => None,
    };
    if attr(root, "id").is_none() {
        graph.push(top);
    }
    let mut out = Map::new();
    out.insert("@context".into(), Value::String(NAMESPACE.into()));
    out.insert("@graph".into(), Value::Array(graph));
    if let Some(i) = issuer {
        out.insert("issuer".into(), i);
    }
    Ok(Value::Object(out))
}

/// An error at the first element nested deeper than [`MAX_DEPTH`], found without recursion.
fn too_deep(doc: &Document<'_>) -> Result<(), XmlError> {
    // The open elements from the root to the current one, in document order.
    let mut open: Vec<roxmltree::NodeId> = Vec::new();
    for n in doc.descendants().filter(Node::is_element) {
        let parent = n.parent().map(|p| p.id());
        while open.last().is_some_and(|&top| Some(top) != parent) {
            open.pop();
        }
        open.push(n.id());
        if open.len() > MAX_DEPTH {
            let pos = doc.text_pos_at(n.range().start);
            return Err(XmlError {
                line: pos.row as usize,
                column: pos.col as usize,
                message: format!(
                    "elements nested too deeply (more than {MAX_DEPTH} levels): no Europass \
                     credential nests so deep"
                ),
            });
        }
    }
    Ok(())
}

/// An attribute by its local name, whatever its namespace (`xsi:id`, `cred:id`, `id`).
fn attr<'a>(n: Node<'a, '_>, name: &str) -> Option<&'a str> {
    n.attributes().find(|a| a.name() == name).map(|a| a.value())
}

fn elements<'a, 'i>(n: Node<'a, 'i>) -> impl Iterator<Item = Node<'a, 'i>> {
    n.children().filter(Node::is_element)
}

/// An element's value, its id-bearing descendants pushed to `graph` as nodes (depth first,
/// document order), with a reference (their id) left in their place.
fn convert(e: Node<'_, '_>, graph: &mut Vec<Value>) -> Value {
    let name = e.tag_name().name();
    let kids: Vec<Node<'_, '_>> = elements(e).collect();
    if kids.is_empty()
        && let Some(r) = attr(e, "idref")
    {
        return Value::String(r.to_string());
    }
    // Multilingual text: `<title><text lang="en">..</text><text lang="fr">..</text></title>`.
    if !kids.is_empty() && kids.iter().all(|k| k.tag_name().name() == "text") {
        let mut langs = Map::new();
        for k in &kids {
            let t = k.text().unwrap_or("").trim();
            let lang = attr(*k, "lang").unwrap_or("und").to_ascii_lowercase();
            if !t.is_empty() && !langs.contains_key(&lang) {
                langs.insert(lang, Value::String(t.to_string()));
            }
        }
        return match langs.len() {
            0 => Value::String(String::new()),
            1 if langs.contains_key("und") => {
                langs.into_iter().next().map(|(_, v)| v).unwrap_or_default()
            }
            _ => Value::Object(langs),
        };
    }
    let id = attr(e, "id");
    let uri = attr(e, "uri");
    if kids.is_empty() && id.is_none() && uri.is_none() {
        return Value::String(e.text().unwrap_or("").trim().to_string());
    }
    let mut o = Map::new();
    if let Some(id) = id {
        o.insert("@id".into(), Value::String(id.to_string()));
        o.insert("@type".into(), Value::String(type_name(name)));
    } else if let Some(uri) = uri {
        o.insert("@id".into(), Value::String(uri.to_string()));
    }
    if let Some(n) = attr(e, "targetNotation") {
        o.insert("targetNotation".into(), Value::String(n.to_string()));
    }
    if kids.is_empty() {
        let t = e.text().unwrap_or("").trim();
        if !t.is_empty() {
            o.insert("@value".into(), Value::String(t.to_string()));
        }
    }
    for k in kids {
        let kname = k.tag_name().name();
        let (key, values) = match list_items(k) {
            Some(item) => (item, elements(k).map(|i| node_or_ref(i, graph)).collect()),
            // A note (EDCI 1.x `entryRequirementsNote`) is an ELM 3 note node.
            None if kname == "entryRequirementsNote" => {
                let mut note = Map::new();
                note.insert("noteLiteral".into(), node_or_ref(k, graph));
                (rename(name, kname).to_string(), vec![Value::Object(note)])
            }
            None => (rename(name, kname).to_string(), vec![node_or_ref(k, graph)]),
        };
        let list = values.len() > 1 || o.get(&key).is_some();
        match o.get_mut(&key) {
            Some(Value::Array(a)) => a.extend(values),
            Some(one) => {
                let first = std::mem::take(one);
                let mut all = vec![first];
                all.extend(values);
                *one = Value::Array(all);
            }
            None if list => {
                o.insert(key, Value::Array(values));
            }
            None => {
                o.insert(key, values.into_iter().next().unwrap_or_default());
            }
        }
    }
    Value::Object(o)
}

/// A node with an id goes to the graph and leaves its id; anything else is its value.
fn node_or_ref(e: Node<'_, '_>, graph: &mut Vec<Value>) -> Value {
    let v = convert(e, graph);
    match attr(e, "id") {
        Some(id) => {
            graph.push(v);
            Value::String(id.to_string())
        }
        None => v,
    }
}

/// The item name of a list element named for its items (`learningOutcomes` of
/// `learningOutcome`s), else `None`.
fn list_items(e: Node<'_, '_>) -> Option<String> {
    if e.attributes().len() > 0 {
        return None;
    }
    let mut kids = elements(e);
    let first = kids.next()?.tag_name().name();
    let plural = e.tag_name().name().strip_suffix('s') == Some(first);
    (plural && kids.all(|k| k.tag_name().name() == first)).then(|| first.to_string())
}

/// `learningSpecification` -> `LearningSpecification`.
fn type_name(element: &str) -> String {
    let mut c = element.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}

/// The ELM 3 name of an EDCI 1.x element under `parent`.
fn rename<'a>(parent: &str, name: &'a str) -> &'a str {
    match (parent, name) {
        (_, "type") => "dcType",
        (_, "hasECTSCreditPoints") => "ECTSCreditPoints",
        (_, "hasISCED-FCode") => "ISCEDFCode",
        (_, "entryRequirementsNote") => "entryRequirement",
        (_, "wasDerivedFrom") => "provenBy",
        (_, "wasAwardedBy") => "awardedBy",
        (_, "hasLocation") => "location",
        (_, "hasAddress") => "address",
        ("hasAddress" | "address", "country") => "countryCode",
        ("organization" | "issuer", "prefLabel") => "legalName",
        _ => name,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::credential::specs;

    const DOC: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<europassCredential xmlns="http://data.europa.eu/snb" xmlns:cred="http://data.europa.eu/europass/model/credentials/w3c#" cred:id="urn:credential:1">
  <issuer idref="urn:org:1"/>
  <title><text lang="en">A diploma</text></title>
  <credentialSubject id="urn:person:1">
    <achievements>
      <learningAchievement id="urn:ach:1">
        <title><text lang="en">Data course</text></title>
        <wasDerivedFrom id="urn:assessment:1">
          <title><text lang="en">Written exam</text></title>
        </wasDerivedFrom>
        <wasAwardedBy idref="urn:award:1"/>
        <specifiedBy idref="urn:spec:1"/>
      </learningAchievement>
    </achievements>
  </credentialSubject>
  <learningSpecificationReferences>
    <qualification id="urn:spec:1">
      <title><text lang="fr">Cours de données</text><text lang="en">Data course</text></title>
      <description><text lang="en">Working with data.</text></description>
      <hasECTSCreditPoints>5</hasECTSCreditPoints>
      <volumeOfLearning>PT120H</volumeOfLearning>
      <mode uri="http://data.europa.eu/snb/learning-assessment/1">
        <targetName><text lang="en">Blended</text></targetName>
      </mode>
      <entryRequirementsNote><text lang="en">Basic statistics.</text></entryRequirementsNote>
      <learningOutcomes>
        <learningOutcome idref="urn:lo:1"/>
        <learningOutcome idref="urn:lo:2"/>
      </learningOutcomes>
      <eqfLevel uri="http://data.europa.eu/snb/eqf/5" targetNotation="5">
        <targetName><text lang="en">Level 5</text></targetName>
      </eqfLevel>
    </qualification>
  </learningSpecificationReferences>
  <learningOutcomeReferences>
    <learningOutcome id="urn:lo:1"><prefLabel><text lang="en">Clean a data set with Python</text></prefLabel></learningOutcome>
    <learningOutcome id="urn:lo:2"><prefLabel><text lang="en">Evaluate a regression model</text></prefLabel></learningOutcome>
  </learningOutcomeReferences>
  <agentReferences>
    <organization id="urn:org:1">
      <prefLabel><text lang="en">Example University</text></prefLabel>
      <hasLocation><hasAddress><country uri="http://publications.europa.eu/resource/authority/country/BEL"><targetName><text lang="en">Belgium</text></targetName></country></hasAddress></hasLocation>
    </organization>
  </agentReferences>
  <awardingProcessReferences>
    <awardingProcess id="urn:award:1"><awardingBody idref="urn:org:1"/></awardingProcess>
  </awardingProcessReferences>
</europassCredential>"#;

    fn meta<'a>(s: &'a crate::ingest::credential::Spec, e: &str) -> Option<&'a str> {
        s.meta.iter().find(|(k, _)| k == e).map(|(_, v)| v.as_str())
    }

    #[test]
    fn europass_xml_gives_its_qualification_with_outcomes_and_elements() {
        let doc = to_jsonld(DOC).expect("a Europass credential");
        let specs = specs(&doc).expect("a qualification");
        assert_eq!(specs.len(), 1, "{specs:?}");
        let s = &specs[0];
        assert_eq!(s.id.as_deref(), Some("urn:spec:1"));
        assert_eq!(s.title.as_deref(), Some("Data course"));
        assert_eq!(s.provider.as_deref(), Some("Example University"));
        assert!(s.text.starts_with("Working with data."), "{}", s.text);
        assert!(
            s.text.contains(
                "Learning outcomes:\n- Clean a data set with Python\n- Evaluate a regression model"
            ),
            "{}",
            s.text
        );
        assert_eq!(meta(s, "credits"), Some("5 ECTS"));
        assert_eq!(meta(s, "level"), Some("EQF level 5"));
        assert_eq!(meta(s, "hours"), Some("120 hours"));
        assert_eq!(meta(s, "mode"), Some("Blended"));
        assert_eq!(meta(s, "assessment"), Some("Written exam"));
        assert_eq!(meta(s, "prerequisites"), Some("Basic statistics."));
        assert_eq!(meta(s, "country"), Some("Belgium"));
    }

    #[test]
    fn other_xml_and_broken_xml_are_errors_with_positions() {
        let e = to_jsonld("<?xml version=\"1.0\"?>\n<urlset><url/></urlset>")
            .expect_err("no Europass root");
        assert_eq!((e.line, e.column), (2, 1));
        assert!(e.message.contains("<urlset> is no Europass credential"), "{}", e.message);
        let e = to_jsonld("<europassCredential>\n  <title>\n</europassCredential>")
            .expect_err("unclosed element");
        assert_eq!(e.line, 3, "{e:?}");
    }

    /// Issue 8, session 19: 20,000 nested elements overflowed the stack (exit 134, every
    /// output lost); now an error at the first element too deep. See: #8
    #[test]
    fn issue8_s19_deeply_nested_xml_is_an_error_not_a_crash() {
        let d = 20_000;
        let doc = format!(
            "<europassCredential xmlns=\"{NAMESPACE}\">\n{}x{}</europassCredential>",
            "<a>".repeat(d),
            "</a>".repeat(d)
        );
        let e = to_jsonld(&doc).expect_err("too deep");
        assert!(e.message.contains("nested too deeply"), "{e:?}");
        assert_eq!((e.line, e.column), (2, 1 + 3 * (MAX_DEPTH - 1)), "{e:?}");
        // At the limit, the document is read.
        let ok = format!(
            "<europassCredential xmlns=\"{NAMESPACE}\">{}x{}</europassCredential>",
            "<a>".repeat(MAX_DEPTH - 1),
            "</a>".repeat(MAX_DEPTH - 1)
        );
        assert!(to_jsonld(&ok).is_ok());
    }

    #[test]
    fn only_documents_naming_the_namespace_look_like_europass() {
        assert!(looks_like(
            "<?xml version=\"1.0\"?><europassCredential xmlns=\"http://data.europa.eu/snb\">"
        ));
        assert!(!looks_like("id,text\n1,http://data.europa.eu/snb"));
    }
}
