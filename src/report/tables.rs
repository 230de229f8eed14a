//! The tables researchers publish, computed from a run's Parquet outputs (so `mcaudit report
//! --from DIR` and `mcaudit analyse` give the same tables), written to `DIR/tables/` as CSV,
//! Parquet and JSON, and gathered in `DIR/report.xlsx`.
//!
//! Guarantees: shares are computed from counts that sum to the table's total (SPEC.md section 2);
//! rows are sorted (by group, then by class or level), so tables are byte-identical run to run.
//! The workbook cuts a text longer than Excel allows in a cell ([`EXCEL_CELL_MAX`]) and says so
//! once ([`workbook_finish`]); the CSV, Parquet and JSON files keep it whole.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use anyhow::Context as _;
use polars::prelude::{Column, DataFrame};
use serde_json::Value;

use super::{atomic_write, read_columns, write_csv, write_parquet};

/// A cell.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    /// Text.
    Str(String),
    /// A count.
    Int(i64),
    /// A share or mean.
    Float(f64),
}

/// A small result table.
#[derive(Clone, Debug)]
pub struct Table {
    /// File stem and sheet name.
    pub name: String,
    /// Column names.
    pub columns: Vec<String>,
    /// Rows.
    pub rows: Vec<Vec<Cell>>,
}

fn s(x: &str) -> Cell {
    Cell::Str(x.to_string())
}

/// `n` as a percentage of `total` with two decimals, for a share that is not one part of a whole
/// (a coverage, a completeness); the parts of a whole go through [`shares`].
fn pct(n: u64, total: u64) -> Cell {
    Cell::Float(if total == 0 { 0.0 } else { (n as f64 * 10000.0 / total as f64).round() / 100.0 })
}

/// The percentages of `counts` in units of `10^-decimals` %, rounded by largest remainder so
/// that they sum to exactly 100 % at that precision (SPEC.md section 2: shares from counts that
/// sum to the total); all zero when the counts are. Each share is its exact value rounded down,
/// and the units still missing go to the largest remainders; a tie goes to the larger count,
/// then to the earlier part, so the result does not depend on anything but `counts`.
pub fn largest_remainder(counts: &[u64], decimals: u32) -> Vec<u64> {
    let total: u128 = counts.iter().map(|&n| u128::from(n)).sum();
    if total == 0 {
        return vec![0; counts.len()];
    }
    let scale = 100 * 10u128.pow(decimals);
    let mut units: Vec<u64> =
        counts.iter().map(|&n| (u128::from(n) * scale / total) as u64).collect();
    let rem: Vec<u128> = counts.iter().map(|&n| u128::from(n) * scale % total).collect();
    let missing = scale as u64 - units.iter().sum::<u64>();
    let mut order: Vec<usize> = (0..counts.len()).collect();
    order.sort_by(|&a, &b| rem[b].cmp(&rem[a]).then(counts[b].cmp(&counts[a])).then(a.cmp(&b)));
    for &i in order.iter().take(missing as usize) {
        units[i] += 1;
    }
    units
}

/// The shares of the parts of a whole, as percentages with two decimals summing to exactly
/// 100.00 ([`largest_remainder`]).
fn shares(counts: &[u64]) -> Vec<Cell> {
    largest_remainder(counts, 2).into_iter().map(|u| Cell::Float(u as f64 / 100.0)).collect()
}

impl Table {
    fn frame(&self) -> anyhow::Result<DataFrame> {
        let mut cols = Vec::new();
        for (i, name) in self.columns.iter().enumerate() {
            let cells: Vec<&Cell> = self.rows.iter().map(|r| &r[i]).collect();
            let col = if cells.iter().all(|c| matches!(c, Cell::Int(_))) {
                Column::new(
                    name.into(),
                    cells
                        .iter()
                        .map(|c| if let Cell::Int(x) = c { *x } else { 0 })
                        .collect::<Vec<i64>>(),
                )
            } else if cells.iter().all(|c| matches!(c, Cell::Int(_) | Cell::Float(_))) {
                Column::new(
                    name.into(),
                    cells
                        .iter()
                        .map(|c| match c {
                            Cell::Int(x) => *x as f64,
                            Cell::Float(x) => *x,
                            Cell::Str(_) => 0.0,
                        })
                        .collect::<Vec<f64>>(),
                )
            } else {
                Column::new(
                    name.into(),
                    cells.iter().map(|c| cell_text(c)).collect::<Vec<String>>(),
                )
            };
            cols.push(col);
        }
        Ok(DataFrame::new(self.rows.len(), cols)?)
    }

    /// The rows as JSON objects whose keys keep the table's column order (a `serde_json` map
    /// would sort them: `A, B, C, share_A, ..., source, total`).
    fn json(&self) -> JsonRows<'_> {
        JsonRows(self)
    }
}

/// A table as a JSON array of row objects, keys in column order.
struct JsonRows<'a>(&'a Table);

impl serde::Serialize for JsonRows<'_> {
    fn serialize<S: serde::Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{SerializeMap, SerializeSeq};
        struct Row<'a>(&'a [String], &'a [Cell]);
        impl serde::Serialize for Row<'_> {
            fn serialize<S: serde::Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
                let mut m = ser.serialize_map(Some(self.0.len()))?;
                for (c, v) in self.0.iter().zip(self.1) {
                    match v {
                        Cell::Str(x) => m.serialize_entry(c, x)?,
                        Cell::Int(x) => m.serialize_entry(c, x)?,
                        Cell::Float(x) => m.serialize_entry(c, &Value::from(*x))?,
                    }
                }
                m.end()
            }
        }
        let mut seq = ser.serialize_seq(Some(self.0.rows.len()))?;
        for r in &self.0.rows {
            seq.serialize_element(&Row(&self.0.columns, r))?;
        }
        seq.end()
    }
}

fn cell_text(c: &Cell) -> String {
    match c {
        Cell::Str(x) => x.clone(),
        Cell::Int(x) => x.to_string(),
        Cell::Float(x) => x.to_string(),
    }
}

const CLASSES: [&str; 3] = ["A", "B", "C"];
const LEVELS: [&str; 6] = ["remember", "understand", "apply", "analyse", "evaluate", "create"];

fn class_table(name: &str, key: &str, groups: &BTreeMap<String, [u64; 3]>) -> Table {
    let mut rows = Vec::new();
    for (g, c) in groups {
        let total: u64 = c.iter().sum();
        let mut row = vec![s(g)];
        row.extend(c.iter().map(|&n| Cell::Int(n as i64)));
        row.push(Cell::Int(total as i64));
        row.extend(shares(c));
        rows.push(row);
    }
    let columns = [key, "A", "B", "C", "total", "share_A", "share_B", "share_C"]
        .iter()
        .map(|x| x.to_string())
        .collect();
    Table { name: name.into(), columns, rows }
}

/// Counts by key while a table's rows are read: hashed (a sorted map compared the key's bytes
/// with a dozen keys, twice, for every row), sorted once by [`sorted`] when the rows are read.
type Counts<V> = mcaudit_core::lexicon::FastMap<String, V>;

/// The entry of `key` in `map`, inserted with its default value when absent; a key already
/// present costs no allocation.
fn bump<'m, V: Default>(map: &'m mut Counts<V>, key: &str) -> &'m mut V {
    if !map.contains_key(key) {
        map.insert(key.to_string(), V::default());
    }
    map.get_mut(key).expect("inserted above")
}

/// `counts` in key order.
fn sorted<V>(counts: Counts<V>) -> BTreeMap<String, V> {
    counts.into_iter().collect()
}

/// `counts` in key order, and each inner map too.
fn sorted2<V>(counts: Counts<Counts<V>>) -> BTreeMap<String, BTreeMap<String, V>> {
    counts.into_iter().map(|(k, v)| (k, sorted(v))).collect()
}

/// The `records.parquet` column of each `--group-by` name, with the name its table takes
/// (`classes_by_<name>`): a records column, `meta_<element>`, or an input column by its own name
/// (`Course Name` is carried as `meta_course_name`).
fn group_columns(
    all_cols: &[String],
    group_by: &[String],
) -> anyhow::Result<Vec<(String, String)>> {
    let mut keys = Vec::new();
    for g in group_by {
        let kept = format!("meta_{}", mcaudit_core::ingest::mapping::kept_name(g));
        let Some(col) =
            [g.clone(), format!("meta_{g}"), kept].into_iter().find(|c| all_cols.contains(c))
        else {
            let names: Vec<&str> =
                all_cols.iter().map(String::as_str).filter(|c| *c != "text").collect();
            anyhow::bail!(
                "--group-by {g:?}: no such column in records.parquet{} (columns are: {})",
                crate::suggest::did_you_mean(g, &names),
                names.join(", ")
            );
        };
        let name = col.strip_prefix("meta_").unwrap_or(&col).to_string();
        keys.push((col, name));
    }
    Ok(keys)
}

/// The `--group-by` columns recorded in the `manifest.json` of the run in `dir` (none when
/// there is no manifest, or it lists none).
pub fn manifest_group_by(dir: &Path) -> Vec<String> {
    let Ok(text) = std::fs::read_to_string(dir.join("manifest.json")) else {
        return Vec::new();
    };
    let Ok(manifest) = serde_json::from_str::<serde_json::Value>(&text) else {
        return Vec::new();
    };
    manifest["options"]["group_by"]
        .as_array()
        .map(|a| a.iter().filter_map(|g| g.as_str().map(str::to_string)).collect())
        .unwrap_or_default()
}

/// Each record's class and source (as indices), by record id: the ids are kept in one string
/// and the table holds indices, so a million records take about 30 MB, not the 85 MB of a map
/// with a `String` per id (the workbook is built beside [`compute`]). The last value inserted
/// for an id wins, as in a map.
#[derive(Default)]
struct ById {
    ids: String,
    ends: Vec<usize>,
    vals: Vec<(u8, u32, u32)>,
    table: hashbrown::HashTable<u32>,
    hasher: std::collections::hash_map::RandomState,
}

fn id_at<'a>(ids: &'a str, ends: &[usize], i: u32) -> &'a str {
    let i = i as usize;
    let start = if i == 0 { 0 } else { ends[i - 1] };
    &ids[start..ends[i]]
}

impl ById {
    fn insert(&mut self, id: &str, v: (u8, u32, u32)) {
        use std::hash::BuildHasher as _;
        let ById { ids, ends, vals, table, hasher } = self;
        let h = hasher.hash_one(id);
        if let Some(&mut i) = table.find_mut(h, |&i| id_at(ids, ends, i) == id) {
            vals[i as usize] = v;
            return;
        }
        ids.push_str(id);
        ends.push(ids.len());
        vals.push(v);
        let i = (vals.len() - 1) as u32;
        table.insert_unique(h, i, |&j| hasher.hash_one(id_at(ids, ends, j)));
    }

    fn get(&self, id: &str) -> Option<(u8, u32, u32)> {
        use std::hash::BuildHasher as _;
        let h = self.hasher.hash_one(id);
        self.table
            .find(h, |&i| id_at(&self.ids, &self.ends, i) == id)
            .map(|&i| self.vals[i as usize])
    }
}

/// Computes every table from the Parquet outputs in `dir`, with the class tables of the
/// `group_by` columns; when none is given, those of the run's `manifest.json`, so that
/// `report --from DIR` keeps the tables the run grouped by. (While `analyse` writes its tables
/// the folder holds no manifest: the previous run's goes before the new run starts.)
#[allow(clippy::needless_range_loop)] // column-major tables: one index walks every column
pub fn compute(dir: &Path, group_by: &[String]) -> anyhow::Result<Vec<Table>> {
    let from_manifest;
    let group_by = if group_by.is_empty() {
        from_manifest = manifest_group_by(dir);
        &from_manifest
    } else {
        group_by
    };
    // The groups of the class tables: (records column, name).
    let mut keys: Vec<(String, String)> = vec![
        // `input` is the input as given (a CSV, a folder of pages): what "source" means here.
        ("input".into(), "source".into()),
        ("provider".into(), "provider".into()),
        ("lang".into(), "lang".into()),
    ];
    let all_cols = polars_columns(&dir.join("records.parquet"))?;
    for (col, name) in [("meta_country", "country"), ("meta_level", "level")] {
        if all_cols.iter().any(|c| c == col) {
            keys.push((col.into(), name.into()));
        }
    }
    keys.extend(group_columns(&all_cols, group_by)?);
    let mut seen = BTreeSet::new();
    keys.retain(|(_, name)| seen.insert(name.clone()));

    // One pass over the records, in slices: the counts of the record tables, and per record
    // only its class and source (compactly), for the statement and audit tables below.
    let mut sources: Vec<String> = Vec::new();
    // Providers by index, as sources (for the vague verbs per provider).
    let mut providers: Vec<String> = Vec::new();
    let mut class_source = ById::default();
    let mut overall = [0u64; 3];
    let mut per: BTreeMap<i64, u64> = BTreeMap::new();
    let mut flags = Vec::new();
    let mut groups: Vec<BTreeMap<String, [u64; 3]>> = vec![BTreeMap::new(); keys.len()];
    let mut isced = IscedCounts::default();
    let mut cols: Vec<&str> = vec![
        "id",
        "input",
        "class",
        "n_statements",
        "level_flag",
        "level_flag_reason",
        "status",
        "isced_broad",
        "isced_broad_name",
        "isced_narrow",
        "isced_narrow_name",
    ];
    // Each group column once (`input` and `lang` may be among the columns above).
    let key_at: Vec<usize> = keys
        .iter()
        .map(|(c, _)| match cols.iter().position(|x| x == c) {
            Some(k) => k,
            None => {
                cols.push(c.as_str());
                cols.len() - 1
            }
        })
        .collect();
    let provider_at = cols.iter().position(|c| *c == "provider");
    super::for_each_slice(&dir.join("records.parquet"), &cols, |rec| {
        for i in 0..rec[0].len() {
            if rec[6][i] != Some("analysed") {
                continue;
            }
            let get = |k: usize| rec[k][i].unwrap_or_default();
            let class = CLASSES.iter().position(|c| Some(*c) == rec[2][i]);
            if let Some(k) = class {
                overall[k] += 1;
                for (g, &at) in groups.iter_mut().zip(&key_at) {
                    let key = rec[at][i].filter(|v| !v.is_empty()).unwrap_or("(none)");
                    match g.get_mut(key) {
                        Some(c) => c[k] += 1,
                        None => g.entry(key.to_string()).or_default()[k] += 1,
                    }
                }
            }
            let source = get(1);
            let src = match sources.iter().position(|x| *x == source) {
                Some(k) => k,
                None => {
                    sources.push(source.to_string());
                    sources.len() - 1
                }
            };
            let provider = provider_at.and_then(|k| rec[k][i]).filter(|v| !v.is_empty());
            let provider = provider.unwrap_or(super::NO_PROVIDER);
            let prov = match providers.iter().position(|x| x == provider) {
                Some(k) => k,
                None => {
                    providers.push(provider.to_string());
                    providers.len() - 1
                }
            };
            class_source
                .insert(get(0), (class.map_or(u8::MAX, |k| k as u8), src as u32, prov as u32));
            *per.entry(get(3).parse().unwrap_or(0)).or_default() += 1;
            let f = get(4);
            if !f.is_empty() {
                flags.push(vec![s(get(0)), s(get(1)), s(f), s(get(5))]);
            }
            isced.add(src, [7, 8, 9, 10].map(|c| rec[c][i].unwrap_or("-")));
        }
        Ok(())
    })?;
    // A record's class, source and provider; the statement and audit tables hold a record's
    // rows one after the other, so the last record's are kept (`Last`) rather than looked up again.
    let of = |record: &str| -> (&str, &str, &str) {
        let found = class_source.get(record);
        (
            found.and_then(|(c, _, _)| CLASSES.get(c as usize)).map_or("", |c| c),
            found.and_then(|(_, k, _)| sources.get(k as usize)).map_or("", String::as_str),
            found
                .and_then(|(_, _, k)| providers.get(k as usize))
                .map_or(super::NO_PROVIDER, String::as_str),
        )
    };
    let mut tables = Vec::new();

    // Class distribution, overall and by group.
    let total: u64 = overall.iter().sum();
    tables.push(Table {
        name: "classes".into(),
        columns: vec!["class".into(), "count".into(), "share".into()],
        rows: CLASSES
            .iter()
            .zip(overall)
            .zip(shares(&overall))
            .map(|((c, k), share)| vec![s(c), Cell::Int(k as i64), share])
            .chain(std::iter::once(vec![s("total"), Cell::Int(total as i64), pct(total, total)]))
            .collect(),
    });
    for ((_, name), g) in keys.iter().zip(&groups) {
        tables.push(class_table(&format!("classes_by_{name}"), name, g));
    }

    // Statements per record.
    let per_shares = shares(&per.values().copied().collect::<Vec<u64>>());
    tables.push(Table {
        name: "statements_per_record".into(),
        columns: vec!["n_statements".into(), "records".into(), "share".into()],
        rows: per
            .iter()
            .zip(per_shares)
            .map(|((k, v), share)| vec![Cell::Int(*k), Cell::Int(*v as i64), share])
            .collect(),
    });

    // Levels and verbs from the outcome statements led by action verbs.
    let mut levels = [0u64; 6];
    let mut by_class: Counts<[u64; 6]> = Counts::default();
    let mut by_source: Counts<[u64; 6]> = Counts::default();
    // Per language and verb: statements per level.
    let mut verbs: Counts<Counts<[u64; 6]>> = Counts::default();
    // Per language and vague verb: statements.
    let mut vague: Counts<Counts<u64>> = Counts::default();
    // Per provider and vague verb: statements (what a quality-assurance office rewrites first).
    let mut vague_by_provider: Counts<Counts<u64>> = Counts::default();
    // Outcome statements (under a learning or Dublin heading, not bare lead-ins, placeholders or
    // the course's own aims) per language: (statements, led by a known verb).
    let mut coverage: Counts<(u64, u64)> = Counts::default();
    let cols = ["record", "role", "lead_verb", "level", "lang", "heading"];
    super::for_each_slice(&dir.join("outcomes.parquet"), &cols, |out| {
        let mut last = Last::default();
        for i in 0..out[0].len() {
            let (record, role) = (out[0][i].unwrap_or_default(), out[1][i].unwrap_or(""));
            let lang = out[4][i].unwrap_or_default();
            let verb = out[2][i].unwrap_or_default();
            if matches!(out[5][i], Some("learning" | "dublin"))
                && !matches!(role, "lead_in" | "placeholder" | "aim")
            {
                let c = bump(&mut coverage, lang);
                c.0 += 1;
                c.1 += u64::from(!verb.is_empty());
            }
            if role == "vague" && !verb.is_empty() {
                *bump(bump(&mut vague, lang), verb) += 1;
                *bump(bump(&mut vague_by_provider, last.of(record, &of).2), verb) += 1;
            }
            // The same statements as the records' level profiles (`levels::profile`): action
            // statements outside content, assessment, prerequisite and skill-tag sections.
            if role != "action" || matches!(out[5][i], Some("content" | "skills")) {
                continue;
            }
            for l in out[3][i].unwrap_or("").split(',').filter(|x| !x.is_empty()) {
                let Some(k) = LEVELS.iter().position(|x| *x == l) else { continue };
                levels[k] += 1;
                let (class, source, _) = last.of(record, &of);
                bump(&mut by_class, class)[k] += 1;
                bump(&mut by_source, source)[k] += 1;
                bump(bump(&mut verbs, lang), verb)[k] += 1;
            }
        }
        Ok(())
    })?;
    let (by_class, by_source, coverage) = (sorted(by_class), sorted(by_source), sorted(coverage));
    let (verbs, vague, vague_by_provider) =
        (sorted2(verbs), sorted2(vague), sorted2(vague_by_provider));
    tables.push(Table {
        name: "bloom_levels".into(),
        columns: vec!["level".into(), "statements".into(), "share".into()],
        rows: LEVELS
            .iter()
            .zip(levels)
            .zip(shares(&levels))
            .map(|((l, k), share)| vec![s(l), Cell::Int(k as i64), share])
            .collect(),
    });
    for (name, key, groups) in [
        ("bloom_levels_by_class", "class", &by_class),
        ("bloom_levels_by_source", "source", &by_source),
    ] {
        let mut columns = vec![key.to_string()];
        columns.extend(LEVELS.iter().map(|l| l.to_string()));
        columns.push("total".into());
        columns.extend(LEVELS.iter().map(|l| format!("share_{l}")));
        let rows = groups
            .iter()
            .map(|(g, c)| {
                let t: u64 = c.iter().sum();
                let mut r = vec![s(g)];
                r.extend(c.iter().map(|&x| Cell::Int(x as i64)));
                r.push(Cell::Int(t as i64));
                r.extend(shares(c));
                r
            })
            .collect();
        tables.push(Table { name: name.into(), columns, rows });
    }
    // Top 10 lead verbs per language and level (levels in name order).
    let mut by_name: Vec<(usize, &str)> = LEVELS.iter().copied().enumerate().collect();
    by_name.sort_by_key(|(_, l)| *l);
    let mut rows = Vec::new();
    for (lang, per_verb) in &verbs {
        for &(k, level) in &by_name {
            let mut v: Vec<(&str, u64)> = per_verb
                .iter()
                .filter(|(_, c)| c[k] > 0)
                .map(|(verb, c)| (verb.as_str(), c[k]))
                .collect();
            v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
            for (rank, (verb, c)) in v.into_iter().take(10).enumerate() {
                rows.push(vec![
                    s(lang),
                    s(level),
                    Cell::Int(rank as i64 + 1),
                    s(verb),
                    Cell::Int(c as i64),
                ]);
            }
        }
    }
    tables.push(Table {
        name: "top_verbs".into(),
        columns: ["lang", "level", "rank", "verb", "statements"]
            .iter()
            .map(|x| x.to_string())
            .collect(),
        rows,
    });
    let mut vrows: Vec<(String, String, u64)> = vague
        .into_iter()
        .flat_map(|(l, per_verb)| per_verb.into_iter().map(move |(v, c)| (l.clone(), v, c)))
        .collect();
    vrows.sort_by(|a, b| a.0.cmp(&b.0).then(b.2.cmp(&a.2)).then(a.1.cmp(&b.1)));
    tables.push(Table {
        name: "vague_verbs".into(),
        columns: vec!["lang".into(), "verb".into(), "statements".into()],
        rows: vrows.into_iter().map(|(l, v, c)| vec![s(&l), s(&v), Cell::Int(c as i64)]).collect(),
    });
    // The ten vague verbs each provider leads most statements with, and its count of vague
    // statements: a quality-assurance office's list of what to rewrite.
    let mut prows = Vec::new();
    for (provider, per_verb) in &vague_by_provider {
        let all: u64 = per_verb.values().sum();
        let mut v: Vec<(&String, &u64)> = per_verb.iter().collect();
        v.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        for (rank, (verb, c)) in v.into_iter().take(10).enumerate() {
            prows.push(vec![
                s(provider),
                Cell::Int(all as i64),
                Cell::Int(rank as i64 + 1),
                s(verb),
                Cell::Int(*c as i64),
            ]);
        }
    }
    tables.push(Table {
        name: "vague_verbs_by_provider".into(),
        columns: ["provider", "vague_statements", "rank", "verb", "statements"]
            .iter()
            .map(|x| x.to_string())
            .collect(),
        rows: prows,
    });

    let (all_n, all_v) = coverage.values().fold((0, 0), |a, c| (a.0 + c.0, a.1 + c.1));
    let mut crows: Vec<Vec<Cell>> =
        vec![vec![s("(all)"), Cell::Int(all_n as i64), Cell::Int(all_v as i64), pct(all_v, all_n)]];
    crows.extend(
        coverage
            .iter()
            .map(|(l, (n, v))| vec![s(l), Cell::Int(*n as i64), Cell::Int(*v as i64), pct(*v, *n)]),
    );
    tables.push(Table {
        name: "verb_coverage".into(),
        columns: ["lang", "outcome_statements", "with_known_verb", "share"]
            .iter()
            .map(|x| x.to_string())
            .collect(),
        rows: crows,
    });

    // Metadata completeness matrix: element × source.
    let mut matrix: Counts<Counts<(u64, u64)>> = Counts::default();
    let cols = ["record", "element", "status"];
    super::for_each_slice(&dir.join("audit.parquet"), &cols, |aud| {
        let mut last = Last::default();
        for i in 0..aud[0].len() {
            let src = last.of(aud[0][i].unwrap_or_default(), &of).1;
            let e = bump(bump(&mut matrix, aud[1][i].unwrap_or_default()), src);
            e.1 += 1;
            if aud[2][i] != Some("absent") {
                e.0 += 1;
            }
        }
        Ok(())
    })?;
    let matrix = sorted2(matrix);
    tables.push(Table {
        name: "completeness_matrix".into(),
        columns: ["element", "source", "present", "records", "share"]
            .iter()
            .map(|x| x.to_string())
            .collect(),
        rows: matrix
            .iter()
            .flat_map(|(e, by_src)| by_src.iter().map(move |(src, pt)| (e, src, *pt)))
            .map(|(e, src, (p, t))| {
                vec![s(e), s(src), Cell::Int(p as i64), Cell::Int(t as i64), pct(p, t)]
            })
            .collect(),
    });

    // Level-consistency flags.
    tables.push(Table {
        name: "level_flags".into(),
        columns: ["id", "source", "flag", "reason"].iter().map(|x| x.to_string()).collect(),
        rows: flags,
    });

    // Rejects and warnings by reason.
    let mut reasons: BTreeMap<(String, String), u64> = BTreeMap::new();
    if let Ok(mut r) = csv::Reader::from_path(dir.join("errors.csv")) {
        for row in r.records().flatten() {
            *reasons
                .entry((row.get(5).unwrap_or("").to_string(), row.get(6).unwrap_or("").to_string()))
                .or_default() += 1;
        }
    }
    tables.push(Table {
        name: "rejects_by_reason".into(),
        columns: vec!["severity".into(), "reason".into(), "count".into()],
        rows: reasons
            .into_iter()
            .map(|((sev, r), c)| vec![s(&sev), s(&r), Cell::Int(c as i64)])
            .collect(),
    });
    tables.push(isced.table(&sources));
    if dir.join("skills.parquet").exists() {
        tables.extend(skill_tables(dir)?);
    }
    Ok(tables)
}

/// The record of the last row read and its class, source and provider.
#[derive(Default)]
struct Last<'r, 'v> {
    record: Option<&'r str>,
    values: (&'v str, &'v str, &'v str),
}

impl<'r, 'v> Last<'r, 'v> {
    /// `record`'s values, looked up with `of` only when the record is not the last one's.
    fn of(
        &mut self,
        record: &'r str,
        of: &impl Fn(&str) -> (&'v str, &'v str, &'v str),
    ) -> (&'v str, &'v str, &'v str) {
        if self.record != Some(record) {
            self.record = Some(record);
            self.values = of(record);
        }
        self.values
    }
}

/// Records per suggested ISCED-F narrow field, overall and by source (analysed records; `-`
/// when no field was suggested).
#[derive(Default)]
struct IscedCounts {
    /// The distinct fields (broad, broad name, narrow, narrow name), by index.
    fields: Vec<[String; 4]>,
    /// A field's index, by its four values, each after its length.
    field_at: std::collections::HashMap<String, u32>,
    /// A field's key, built here without a new allocation per record.
    key: String,
    /// Records per (source index, field index).
    counts: BTreeMap<(u32, u32), u64>,
}

impl IscedCounts {
    /// Counts a record of source `src` (an index into the sources given to [`IscedCounts::table`]).
    fn add(&mut self, src: usize, field: [&str; 4]) {
        use std::fmt::Write as _;
        self.key.clear();
        for v in field {
            // Each value after its length: no two fields share a key.
            let _ = write!(self.key, "{}:", v.len());
            self.key.push_str(v);
        }
        let at = match self.field_at.get(self.key.as_str()) {
            Some(&at) => at,
            None => {
                self.fields.push(field.map(str::to_string));
                let at = (self.fields.len() - 1) as u32;
                self.field_at.insert(self.key.clone(), at);
                at
            }
        };
        *self.counts.entry((src as u32, at)).or_default() += 1;
    }

    fn table(&self, sources: &[String]) -> Table {
        // Records per (source, field), each also counted under `(all)`.
        let mut counts: BTreeMap<(String, [String; 4]), u64> = BTreeMap::new();
        for (&(src, at), &n) in &self.counts {
            let field = &self.fields[at as usize];
            let source = sources.get(src as usize).map_or("", String::as_str);
            for source in [source, "(all)"] {
                *counts.entry((source.to_string(), field.clone())).or_default() += n;
            }
        }
        // The shares of one source's fields sum to 100 (the rows of a source are contiguous:
        // the map is sorted by source first).
        let mut rows = Vec::new();
        let mut at = 0;
        let entries: Vec<(&(String, [String; 4]), &u64)> = counts.iter().collect();
        while at < entries.len() {
            let source = &entries[at].0.0;
            let end = at + entries[at..].iter().take_while(|e| &e.0.0 == source).count();
            let counts: Vec<u64> = entries[at..end].iter().map(|e| *e.1).collect();
            for (((_, f), n), share) in entries[at..end].iter().zip(shares(&counts)) {
                rows.push(vec![
                    s(source),
                    s(&f[0]),
                    s(&f[1]),
                    s(&f[2]),
                    s(&f[3]),
                    Cell::Int(**n as i64),
                    share,
                ]);
            }
            at = end;
        }
        Table {
            name: "isced_fields".into(),
            columns: ["source", "broad", "broad_name", "narrow", "narrow_name", "records", "share"]
                .iter()
                .map(|c| c.to_string())
                .collect(),
            rows,
        }
    }
}

/// Skills per source and provider (how often each skill is an outcome's best link, top 10 per
/// group) and skill coverage per source (share of outcome statements, action or vague, with a
/// skill at or above the run's threshold).
#[allow(clippy::needless_range_loop)] // column-major: every column is indexed by row
fn skill_tables(dir: &Path) -> anyhow::Result<Vec<Table>> {
    const TOP: usize = 10;
    let sk = read_columns(
        &dir.join("skills.parquet"),
        &["record", "source", "provider", "start", "rank", "concept_uri", "label"],
    )?;
    // Per group: (concept URI, label) → outcomes whose best link it is.
    type ByGroup = BTreeMap<String, BTreeMap<(String, String), u64>>;
    let mut by: [ByGroup; 2] = Default::default();
    let mut linked: BTreeSet<(String, String)> = BTreeSet::new();
    for i in 0..sk[0].len() {
        let get = |c: usize| sk[c][i].clone().unwrap_or_default();
        linked.insert((get(0), get(3)));
        if get(4) != "1" {
            continue;
        }
        let provider = sk[2][i].clone().unwrap_or_else(|| super::NO_PROVIDER.into());
        for (g, key) in by.iter_mut().zip([get(1), provider]) {
            *g.entry(key).or_default().entry((get(5), get(6))).or_default() += 1;
        }
    }
    let mut tables = Vec::new();
    for (g, (name, key)) in
        by.iter().zip([("skills_by_source", "source"), ("skills_by_provider", "provider")])
    {
        let mut rows = Vec::new();
        for (group, counts) in g {
            let mut v: Vec<(&(String, String), &u64)> = counts.iter().collect();
            v.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
            for (rank, ((uri, label), n)) in v.into_iter().take(TOP).enumerate() {
                rows.push(vec![
                    s(group),
                    Cell::Int(rank as i64 + 1),
                    s(uri),
                    s(label),
                    Cell::Int(*n as i64),
                ]);
            }
        }
        let columns = [key, "rank", "concept_uri", "label", "outcomes"];
        tables.push(Table {
            name: name.into(),
            columns: columns.iter().map(|c| c.to_string()).collect(),
            rows,
        });
    }
    // Coverage: outcome statements per source, and those with a skill.
    let rec = read_columns(&dir.join("records.parquet"), &["id", "input"])?;
    let input_of: BTreeMap<&str, &str> = rec[0]
        .iter()
        .zip(&rec[1])
        .filter_map(|(i, s)| Some((i.as_deref()?, s.as_deref()?)))
        .collect();
    let mut cov: Counts<[u64; 2]> = Counts::default();
    let cols = ["record", "start", "role"];
    super::for_each_slice(&dir.join("outcomes.parquet"), &cols, |out| {
        for i in 0..out[0].len() {
            if !matches!(out[2][i], Some("action" | "vague")) {
                continue;
            }
            let record = out[0][i].unwrap_or_default();
            let start = out[1][i].unwrap_or_default();
            let is_linked = linked.contains(&(record.to_string(), start.to_string()));
            let source = input_of.get(record).copied().unwrap_or("");
            for key in [source, "(all)"] {
                let c = bump(&mut cov, key);
                c[0] += 1;
                c[1] += u64::from(is_linked);
            }
        }
        Ok(())
    })?;
    let cov = sorted(cov);
    tables.push(Table {
        name: "skill_coverage".into(),
        columns: ["source", "outcome_statements", "with_skill", "share"]
            .iter()
            .map(|c| c.to_string())
            .collect(),
        rows: cov
            .iter()
            .map(|(k, [n, l])| vec![s(k), Cell::Int(*n as i64), Cell::Int(*l as i64), pct(*l, *n)])
            .collect(),
    });
    Ok(tables)
}

fn polars_columns(path: &Path) -> anyhow::Result<Vec<String>> {
    use polars::prelude::{ParquetReader, SerReader};
    let f =
        std::fs::File::open(path).with_context(|| format!("{}: cannot open", path.display()))?;
    let schema = ParquetReader::new(f)
        .schema()
        .with_context(|| format!("{}: not Parquet", path.display()))?;
    Ok(schema.iter_names().map(|n| n.to_string()).collect())
}

/// Writes the tables as CSV, Parquet and JSON into `dir/tables/`.
/// Each file is pushed on `out` as soon as it is in place, so a caller can remove a partial set.
pub fn write(dir: &Path, tables: &[Table], out: &mut Vec<PathBuf>) -> anyhow::Result<()> {
    let tdir = dir.join("tables");
    std::fs::create_dir_all(&tdir).with_context(|| format!("{}: cannot create", tdir.display()))?;
    // A table of an earlier report of this run that this one does not write (`report --from`
    // with other `--group-by` columns) would be read as current: it goes.
    let names: BTreeSet<String> = tables
        .iter()
        .flat_map(|t| ["csv", "parquet", "json"].map(|x| format!("{}.{x}", t.name)))
        .collect();
    if let Ok(entries) = std::fs::read_dir(&tdir) {
        for e in entries.flatten() {
            let name = e.file_name().to_string_lossy().to_string();
            if name.starts_with("classes_by_") && !names.contains(&name) {
                std::fs::remove_file(e.path())
                    .with_context(|| format!("{}: cannot remove", e.path().display()))?;
            }
        }
    }
    for t in tables {
        let mut df = t.frame().with_context(|| format!("building table {}", t.name))?;
        out.push(write_csv(&tdir, &format!("{}.csv", t.name), &mut df)?);
        out.push(write_parquet(&tdir, &format!("{}.parquet", t.name), &mut df)?);
        let json = t.json();
        out.push(atomic_write(&tdir, &format!("{}.json", t.name), |w| {
            serde_json::to_writer_pretty(&mut *w, &json)?;
            Ok(())
        })?);
    }
    Ok(())
}

/// A small CSV table of the run (first column text, the others numbers), or `None` when it is
/// missing or unreadable (a run from an older version).
fn csv_table(path: &Path, name: &str) -> Option<Table> {
    let mut r = csv::Reader::from_path(path).ok()?;
    let columns: Vec<String> = r.headers().ok()?.iter().map(str::to_string).collect();
    let rows = r
        .records()
        .map_while(Result::ok)
        .map(|row| {
            row.iter()
                .enumerate()
                .map(|(j, v)| match v.parse::<f64>() {
                    Ok(x) if j > 0 => Cell::Float(x),
                    _ => s(v),
                })
                .collect()
        })
        .collect();
    Some(Table { name: name.to_string(), columns, rows })
}

/// Excel's limit on a cell's text, counted in UTF-16 code units as Excel counts.
pub const EXCEL_CELL_MAX: usize = 32_767;

/// `s` cut on a char boundary to at most [`EXCEL_CELL_MAX`] UTF-16 code units, and whether it
/// was cut.
fn excel_text(s: &str) -> (&str, bool) {
    // A char takes at least as many UTF-8 bytes as UTF-16 units.
    if s.len() <= EXCEL_CELL_MAX {
        return (s, false);
    }
    let mut units = 0;
    for (i, c) in s.char_indices() {
        units += c.len_utf16();
        if units > EXCEL_CELL_MAX {
            return (&s[..i], true);
        }
    }
    (s, false)
}

/// Texts the workbook cut to [`EXCEL_CELL_MAX`]: how many, and where the first was.
#[derive(Debug, Default)]
struct Cuts {
    n: u64,
    first: Option<String>,
}

impl Cuts {
    /// Writes `x` (cut to Excel's limit) at (`r`, `c`); `place` names the cell when it is the
    /// first cut.
    fn write(
        &mut self,
        ws: &mut rust_xlsxwriter::Worksheet,
        r: u32,
        c: u16,
        x: &str,
        format: Option<&rust_xlsxwriter::Format>,
        place: impl FnOnce() -> String,
    ) -> Result<(), rust_xlsxwriter::XlsxError> {
        let (text, cut) = excel_text(x);
        if cut {
            self.n += 1;
            if self.first.is_none() {
                self.first = Some(place());
            }
        }
        match format {
            Some(f) => ws.write_string_with_format(r, c, text, f)?,
            None => ws.write_string(r, c, text)?,
        };
        Ok(())
    }

    /// The warning to give, when a text was cut.
    fn warning(&self) -> Option<String> {
        let first = self.first.as_deref()?;
        let (n, s) = (self.n, if self.n == 1 { "" } else { "s" });
        Some(format!(
            "report.xlsx: {n} text{s} cut to Excel's limit of 32,767 characters per cell \
             (first: {first}); records.csv and tables/ keep them whole"
        ))
    }
}

/// Records in the workbook's records sheet.
pub const WORKBOOK_RECORDS: usize = 50_000;

/// Writes `report.xlsx`: a filterable records sheet with frozen headers, the errors sheet (the
/// rows of `errors.csv`), then one sheet per table.
pub fn workbook(
    dir: &Path,
    group_by: &[String],
    tables: &[Table],
) -> anyhow::Result<(PathBuf, Option<String>)> {
    workbook_finish(workbook_records(dir, group_by)?, dir, tables)
}

/// A workbook whose records sheet is written, waiting for the table sheets: the records sheet
/// needs only `records.parquet`, so it can be built while the tables are computed.
pub struct RecordsSheet {
    wb: rust_xlsxwriter::Workbook,
    sheet_names: BTreeSet<String>,
    cuts: Cuts,
}

/// Rows of the records sheet read from `records.parquet` at once: the sheet is streamed, so
/// memory holds a slice, not the sheet.
const WORKBOOK_SLICE: usize = 10_000;

/// The columns of the workbook's records sheet, from those of `records.parquet`: the record, its
/// status and reject reason, where it comes from, the `--group-by` columns (a programme, a
/// faculty: what a QA office filters by), the class and its evidence, then every metadata
/// column of `records.csv` (`meta_<element>`, input columns carried by `--group-by`).
fn records_sheet_columns(all_cols: &[String], group_by: &[String]) -> anyhow::Result<Vec<String>> {
    let mut cols: Vec<String> =
        ["id", "status", "reason", "source", "title", "provider"].map(String::from).to_vec();
    for (col, _) in group_columns(all_cols, group_by)? {
        if !cols.contains(&col) {
            cols.push(col);
        }
    }
    for c in [
        "lang",
        "class",
        "reasons",
        "n_statements",
        "n_action",
        "n_vague",
        "margin",
        "highest_level",
        "completeness",
        "missing",
        "contradictions",
        "level_flag",
        "rule_path",
        "warnings",
    ] {
        if !cols.iter().any(|x| x == c) {
            cols.push(c.to_string());
        }
    }
    for c in all_cols.iter().filter(|c| c.starts_with("meta_")) {
        if !cols.contains(c) {
            cols.push(c.clone());
        }
    }
    Ok(cols)
}

/// Columns of the records sheet written as numbers (the others are text, as in `records.csv`).
const RECORDS_SHEET_NUMBERS: [&str; 5] =
    ["n_statements", "n_action", "n_vague", "margin", "completeness"];

/// The first step of [`workbook`]: the records sheet, from `records.parquet`, with the
/// `group_by` columns (when none is given, the run's own, from its `manifest.json`).
pub fn workbook_records(dir: &Path, group_by: &[String]) -> anyhow::Result<RecordsSheet> {
    use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook};
    let from_manifest;
    let group_by = if group_by.is_empty() {
        from_manifest = manifest_group_by(dir);
        &from_manifest
    } else {
        group_by
    };
    let all_cols = polars_columns(&dir.join("records.parquet"))?;
    let names = records_sheet_columns(&all_cols, group_by)?;
    let cols: Vec<&str> = names.iter().map(String::as_str).collect();
    // The records sheet holds the first WORKBOOK_RECORDS records (a workbook of a million rows
    // is neither usable nor cheap to build); records.csv has them all.
    let path = dir.join("records.parquet");
    let n_all = super::parquet_rows(&path)?;
    let shown = n_all.min(WORKBOOK_RECORDS);
    let mut wb = Workbook::new();
    // A fixed creation date keeps the workbook byte-identical for the same input.
    let created = ExcelDateTime::from_ymd(2000, 1, 1)?;
    wb.set_properties(
        &DocProperties::new().set_title("mcaudit report").set_creation_datetime(&created),
    );
    let bold = Format::new().set_bold();
    let mut sheet_names: BTreeSet<String> = BTreeSet::new();
    let mut cuts = Cuts::default();
    // The records sheet (up to WORKBOOK_RECORDS rows) is streamed row by row.
    let ws = wb.add_worksheet_with_constant_memory()?;
    sheet_names.insert("records".to_string());
    ws.set_name("records")?;
    for (j, c) in cols.iter().enumerate() {
        ws.write_string_with_format(0, j as u16, *c, &bold)?;
    }
    // Counts and shares are numbers in the sheet.
    let numbers: Vec<bool> = cols.iter().map(|c| RECORDS_SHEET_NUMBERS.contains(c)).collect();
    // Rows written so far.
    let mut rows = 0;
    let mut write_rows = |rec: &[Vec<Option<&str>>]| -> anyhow::Result<()> {
        let got = rec[0].len();
        for i in 0..got {
            let r = (rows + i) as u32 + 1;
            for (j, col) in rec.iter().enumerate() {
                let x = col[i].unwrap_or("");
                let c = j as u16;
                let number = if numbers[j] && !x.is_empty() { x.parse::<f64>().ok() } else { None };
                match number {
                    Some(v) => {
                        ws.write_number(r, c, v)?;
                    }
                    None => cuts.write(ws, r, c, x, None, || {
                        let id = rec[0][i].unwrap_or("");
                        let (id, _) = excel_text(id);
                        let id: String = id.chars().take(80).collect();
                        format!("sheet records, row {}, column {}, record {id}", r + 1, cols[j])
                    })?,
                }
            }
        }
        rows += got;
        Ok(())
    };
    if shown > 0 {
        super::for_each_slice_upto(&path, &cols, WORKBOOK_SLICE, shown, &mut write_rows)?;
    }
    let last_col = cols.len().saturating_sub(1) as u16;
    if n_all > rows {
        ws.write_string(
            rows as u32 + 2,
            0,
            format!("The first {rows} of {n_all} records; records.csv holds them all."),
        )?;
    }
    ws.autofilter(0, 0, rows as u32, last_col)?;
    ws.set_freeze_panes(1, 0)?;
    Ok(RecordsSheet { wb, sheet_names, cuts })
}

/// Columns of the errors sheet written as numbers (the others are text, as in `errors.csv`).
const ERRORS_SHEET_NUMBERS: [&str; 2] = ["line", "index"];

/// The `errors` sheet, after the records sheet: the rows of `errors.csv` (rejected records with
/// their reason, file and line, the records' warnings, the inputs that failed or held nothing),
/// with its columns, in its order, the first [`WORKBOOK_RECORDS`] with a note when there are
/// more; so a reader of the workbook alone sees what was rejected and why. Nothing is added
/// when `errors.csv` is missing (`report --from` a run of an older version).
fn errors_sheet(
    wb: &mut rust_xlsxwriter::Workbook,
    sheet_names: &mut BTreeSet<String>,
    cuts: &mut Cuts,
    dir: &Path,
) -> anyhow::Result<()> {
    use rust_xlsxwriter::Format;
    let path = dir.join("errors.csv");
    if !path.exists() {
        return Ok(());
    }
    let mut rd = csv::Reader::from_path(&path)
        .with_context(|| format!("{}: cannot read", path.display()))?;
    let columns: Vec<String> = rd
        .headers()
        .with_context(|| format!("{}: cannot read", path.display()))?
        .iter()
        .map(str::to_string)
        .collect();
    let numbers: Vec<bool> =
        columns.iter().map(|c| ERRORS_SHEET_NUMBERS.contains(&c.as_str())).collect();
    let bold = Format::new().set_bold();
    // Streamed row by row: a run can have a warning on every record.
    let ws = wb.add_worksheet_with_constant_memory()?;
    sheet_names.insert("errors".to_string());
    ws.set_name("errors")?;
    for (j, c) in columns.iter().enumerate() {
        ws.write_string_with_format(0, j as u16, c, &bold)?;
    }
    let mut rows = 0usize;
    let mut total = 0usize;
    for row in rd.records() {
        let row = row.with_context(|| format!("{}: cannot read", path.display()))?;
        total += 1;
        if rows >= WORKBOOK_RECORDS {
            continue;
        }
        let r = rows as u32 + 1;
        for (j, x) in row.iter().enumerate() {
            let c = j as u16;
            let number = if numbers.get(j) == Some(&true) { x.parse::<f64>().ok() } else { None };
            match number {
                Some(v) => {
                    ws.write_number(r, c, v)?;
                }
                None => cuts.write(ws, r, c, x, None, || {
                    let name = columns.get(j).map_or("", String::as_str);
                    format!("sheet errors, row {}, column {name}", r + 1)
                })?,
            }
        }
        rows += 1;
    }
    if total > rows {
        ws.write_string(
            rows as u32 + 2,
            0,
            format!("The first {rows} of {total} rows; errors.csv holds them all."),
        )?;
    }
    ws.autofilter(0, 0, rows as u32, columns.len().saturating_sub(1) as u16)?;
    ws.set_freeze_panes(1, 0)?;
    Ok(())
}

/// The last step of [`workbook`]: the completeness and result tables, one sheet each, and the
/// file, with a warning when a text was cut to Excel's limit on a cell ([`EXCEL_CELL_MAX`]).
pub fn workbook_finish(
    sheet: RecordsSheet,
    dir: &Path,
    tables: &[Table],
) -> anyhow::Result<(PathBuf, Option<String>)> {
    use rust_xlsxwriter::Format;
    let RecordsSheet { mut wb, mut sheet_names, mut cuts } = sheet;
    let bold = Format::new().set_bold();
    errors_sheet(&mut wb, &mut sheet_names, &mut cuts, dir)?;
    // The completeness tables a quality-assurance office reads first, per provider and per
    // input (written beside `records.csv`, not under `tables/`).
    let completeness: Vec<Table> = ["completeness_by_provider", "completeness_by_source"]
        .iter()
        .filter_map(|name| csv_table(&dir.join(format!("{name}.csv")), name))
        .collect();
    for t in completeness.iter().chain(tables) {
        let ws = wb.add_worksheet();
        // Sheet names are at most 31 characters and unique: a cut name that is taken gets a
        // number (`classes_by_name_of_the_awardin2`).
        let mut name: String = t.name.chars().take(31).collect();
        let mut k = 2;
        while sheet_names.contains(&name) {
            let suffix = k.to_string();
            name = t.name.chars().take(31 - suffix.len()).collect::<String>() + &suffix;
            k += 1;
        }
        sheet_names.insert(name.clone());
        ws.set_name(&name)?;
        let column = |j: usize| excel_text(&t.columns[j]).0.chars().take(80).collect::<String>();
        for (j, c) in t.columns.iter().enumerate() {
            cuts.write(ws, 0, j as u16, c, Some(&bold), || {
                format!("sheet {name}, header of column {}", j + 1)
            })?;
        }
        for (i, row) in t.rows.iter().enumerate() {
            let r = i as u32 + 1;
            for (j, cell) in row.iter().enumerate() {
                let c = j as u16;
                match cell {
                    Cell::Int(x) => {
                        ws.write_number(r, c, *x as f64)?;
                    }
                    Cell::Float(x) => {
                        ws.write_number(r, c, *x)?;
                    }
                    Cell::Str(x) => cuts.write(ws, r, c, x, None, || {
                        format!("sheet {name}, row {}, column {}", r + 1, column(j))
                    })?,
                }
            }
        }
        let last_col = t.columns.len().saturating_sub(1) as u16;
        ws.autofilter(0, 0, t.rows.len() as u32, last_col)?;
        ws.set_freeze_panes(1, 0)?;
    }
    let path = atomic_write(dir, "report.xlsx", |w| {
        wb.save_to_writer(w).context("writing report.xlsx")?;
        Ok(())
    })?;
    Ok((path, cuts.warning()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue 8, session 19: a title or provider over Excel's 32,767 characters failed the whole
    /// run (`String exceeds Excel's limit`); the workbook cuts it on a char boundary, counting
    /// UTF-16 units as Excel does. See: #8
    #[test]
    fn issue8_s19_excel_cells_are_cut_on_char_boundaries() {
        let short = "Données ".repeat(10);
        assert_eq!(excel_text(&short), (short.as_str(), false));
        let ascii = "P".repeat(33_000);
        let (cut, was) = excel_text(&ascii);
        assert!(was);
        assert_eq!(cut.len(), EXCEL_CELL_MAX);
        // 2 UTF-16 units per emoji: 16,383 fit, the next would make 32,768.
        let emoji = "😀".repeat(20_000);
        let (cut, was) = excel_text(&emoji);
        assert!(was);
        assert_eq!(cut.chars().count(), 16_383);
        assert_eq!(cut.encode_utf16().count(), 32_766);
        // 3-byte chars are one unit each: 32,767 of them fit, though 98,301 bytes.
        let cjk = "中".repeat(EXCEL_CELL_MAX);
        assert_eq!(excel_text(&cjk), (cjk.as_str(), false));
        let cjk1 = "中".repeat(EXCEL_CELL_MAX + 1);
        assert_eq!(excel_text(&cjk1).0.chars().count(), EXCEL_CELL_MAX);
    }

    /// Issue 6, session 20: grouped shares were rounded one by one (a classes_by_lang row of
    /// 35.71 + 35.71 + 28.57 = 99.99); largest remainder makes every group sum to 100.00, with
    /// ties broken by count, then position. See: #6
    #[test]
    fn issue6_s20_largest_remainder_sums_to_100() {
        assert_eq!(largest_remainder(&[5, 5, 4], 2), vec![3572, 3571, 2857]);
        assert_eq!(largest_remainder(&[1, 1, 1], 2), vec![3334, 3333, 3333]);
        assert_eq!(largest_remainder(&[1, 1, 1], 1), vec![334, 333, 333]);
        assert_eq!(largest_remainder(&[0, 0, 6], 2), vec![0, 0, 10000]);
        assert_eq!(largest_remainder(&[0, 0, 0], 2), vec![0, 0, 0]);
        assert_eq!(largest_remainder(&[], 2), Vec::<u64>::new());
        // 12.5 and 37.5 have equal remainders: the larger count gets the missing unit.
        assert_eq!(largest_remainder(&[1, 3, 4], 0), vec![12, 38, 50]);
        for n in 1..200u64 {
            for counts in [vec![n, 1, 2], vec![1; n as usize], (0..=n).collect::<Vec<u64>>()] {
                for d in 0..3 {
                    let units = largest_remainder(&counts, d);
                    assert_eq!(units.iter().sum::<u64>(), 100 * 10u64.pow(d), "{counts:?} {d}");
                    // Each share is its exact value rounded down or up, never further.
                    let total: u64 = counts.iter().sum();
                    for (c, u) in counts.iter().zip(&units) {
                        let exact = *c as f64 * 100.0 * 10f64.powi(d as i32) / total as f64;
                        assert!((*u as f64 - exact).abs() < 1.0, "{counts:?} {d}");
                    }
                }
            }
        }
        let table = class_table(
            "classes_by_lang",
            "lang",
            &BTreeMap::from([("en".to_string(), [5, 5, 4]), ("it".to_string(), [3, 4, 2])]),
        );
        for row in &table.rows {
            let sum: f64 =
                row[5..].iter().map(|c| if let Cell::Float(x) = c { *x } else { 0.0 }).sum();
            assert_eq!((sum * 100.0).round(), 10000.0, "{row:?}");
        }
    }
}
