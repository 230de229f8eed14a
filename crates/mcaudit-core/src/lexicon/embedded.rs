//! The shipped lexicon files, embedded at compile time.

/// Embedded `bloom` lexicons, one per language, in [`Lang::ALL`](crate::lang::Lang::ALL) order.
pub(crate) const BLOOM: [(&str, &str); 7] = [
    ("data/lexicons/bloom/en.csv", include_str!("../../../../data/lexicons/bloom/en.csv")),
    ("data/lexicons/bloom/it.csv", include_str!("../../../../data/lexicons/bloom/it.csv")),
    ("data/lexicons/bloom/fr.csv", include_str!("../../../../data/lexicons/bloom/fr.csv")),
    ("data/lexicons/bloom/de.csv", include_str!("../../../../data/lexicons/bloom/de.csv")),
    ("data/lexicons/bloom/es.csv", include_str!("../../../../data/lexicons/bloom/es.csv")),
    ("data/lexicons/bloom/pt.csv", include_str!("../../../../data/lexicons/bloom/pt.csv")),
    ("data/lexicons/bloom/nl.csv", include_str!("../../../../data/lexicons/bloom/nl.csv")),
];
/// Embedded `forms` lexicons, one per language, in [`Lang::ALL`](crate::lang::Lang::ALL) order.
pub(crate) const FORMS: [(&str, &str); 7] = [
    ("data/lexicons/forms/en.csv", include_str!("../../../../data/lexicons/forms/en.csv")),
    ("data/lexicons/forms/it.csv", include_str!("../../../../data/lexicons/forms/it.csv")),
    ("data/lexicons/forms/fr.csv", include_str!("../../../../data/lexicons/forms/fr.csv")),
    ("data/lexicons/forms/de.csv", include_str!("../../../../data/lexicons/forms/de.csv")),
    ("data/lexicons/forms/es.csv", include_str!("../../../../data/lexicons/forms/es.csv")),
    ("data/lexicons/forms/pt.csv", include_str!("../../../../data/lexicons/forms/pt.csv")),
    ("data/lexicons/forms/nl.csv", include_str!("../../../../data/lexicons/forms/nl.csv")),
];
/// Embedded `vague` lexicons, one per language, in [`Lang::ALL`](crate::lang::Lang::ALL) order.
pub(crate) const VAGUE: [(&str, &str); 7] = [
    ("data/lexicons/vague/en.csv", include_str!("../../../../data/lexicons/vague/en.csv")),
    ("data/lexicons/vague/it.csv", include_str!("../../../../data/lexicons/vague/it.csv")),
    ("data/lexicons/vague/fr.csv", include_str!("../../../../data/lexicons/vague/fr.csv")),
    ("data/lexicons/vague/de.csv", include_str!("../../../../data/lexicons/vague/de.csv")),
    ("data/lexicons/vague/es.csv", include_str!("../../../../data/lexicons/vague/es.csv")),
    ("data/lexicons/vague/pt.csv", include_str!("../../../../data/lexicons/vague/pt.csv")),
    ("data/lexicons/vague/nl.csv", include_str!("../../../../data/lexicons/vague/nl.csv")),
];
/// Embedded `cues` lexicons, one per language, in [`Lang::ALL`](crate::lang::Lang::ALL) order.
pub(crate) const CUES: [(&str, &str); 7] = [
    ("data/lexicons/cues/en.csv", include_str!("../../../../data/lexicons/cues/en.csv")),
    ("data/lexicons/cues/it.csv", include_str!("../../../../data/lexicons/cues/it.csv")),
    ("data/lexicons/cues/fr.csv", include_str!("../../../../data/lexicons/cues/fr.csv")),
    ("data/lexicons/cues/de.csv", include_str!("../../../../data/lexicons/cues/de.csv")),
    ("data/lexicons/cues/es.csv", include_str!("../../../../data/lexicons/cues/es.csv")),
    ("data/lexicons/cues/pt.csv", include_str!("../../../../data/lexicons/cues/pt.csv")),
    ("data/lexicons/cues/nl.csv", include_str!("../../../../data/lexicons/cues/nl.csv")),
];
/// Embedded `stopwords` lists (function words left out of ESCO search), in [`Lang::ALL`](crate::lang::Lang::ALL) order.
pub(crate) const STOPWORDS: [(&str, &str); 7] = [
    ("data/lexicons/stopwords/en.csv", include_str!("../../../../data/lexicons/stopwords/en.csv")),
    ("data/lexicons/stopwords/it.csv", include_str!("../../../../data/lexicons/stopwords/it.csv")),
    ("data/lexicons/stopwords/fr.csv", include_str!("../../../../data/lexicons/stopwords/fr.csv")),
    ("data/lexicons/stopwords/de.csv", include_str!("../../../../data/lexicons/stopwords/de.csv")),
    ("data/lexicons/stopwords/es.csv", include_str!("../../../../data/lexicons/stopwords/es.csv")),
    ("data/lexicons/stopwords/pt.csv", include_str!("../../../../data/lexicons/stopwords/pt.csv")),
    ("data/lexicons/stopwords/nl.csv", include_str!("../../../../data/lexicons/stopwords/nl.csv")),
];
/// Embedded ISCED-F field names (`code,name`).
pub(crate) const ISCED_FIELDS: (&str, &str) =
    ("data/lexicons/isced/fields.csv", include_str!("../../../../data/lexicons/isced/fields.csv"));
/// Embedded ISCED-F field terms (`code,term`), one per language, in [`Lang::ALL`](crate::lang::Lang::ALL) order.
pub(crate) const ISCED: [(&str, &str); 7] = [
    ("data/lexicons/isced/en.csv", include_str!("../../../../data/lexicons/isced/en.csv")),
    ("data/lexicons/isced/it.csv", include_str!("../../../../data/lexicons/isced/it.csv")),
    ("data/lexicons/isced/fr.csv", include_str!("../../../../data/lexicons/isced/fr.csv")),
    ("data/lexicons/isced/de.csv", include_str!("../../../../data/lexicons/isced/de.csv")),
    ("data/lexicons/isced/es.csv", include_str!("../../../../data/lexicons/isced/es.csv")),
    ("data/lexicons/isced/pt.csv", include_str!("../../../../data/lexicons/isced/pt.csv")),
    ("data/lexicons/isced/nl.csv", include_str!("../../../../data/lexicons/isced/nl.csv")),
];
/// Embedded `nouns` lexicons (deverbal nouns with a level, light verbs), in [`Lang::ALL`](crate::lang::Lang::ALL) order.
pub(crate) const NOUNS: [(&str, &str); 7] = [
    ("data/lexicons/nouns/en.csv", include_str!("../../../../data/lexicons/nouns/en.csv")),
    ("data/lexicons/nouns/it.csv", include_str!("../../../../data/lexicons/nouns/it.csv")),
    ("data/lexicons/nouns/fr.csv", include_str!("../../../../data/lexicons/nouns/fr.csv")),
    ("data/lexicons/nouns/de.csv", include_str!("../../../../data/lexicons/nouns/de.csv")),
    ("data/lexicons/nouns/es.csv", include_str!("../../../../data/lexicons/nouns/es.csv")),
    ("data/lexicons/nouns/pt.csv", include_str!("../../../../data/lexicons/nouns/pt.csv")),
    ("data/lexicons/nouns/nl.csv", include_str!("../../../../data/lexicons/nouns/nl.csv")),
];
