//! "Did you mean": the nearest of a set of names to a mistyped one (a `--group-by` column), by
//! edit distance ignoring case, spaces and underscores, as `explain` suggests similar ids.

/// Edit distance between `a` and `b`, in chars: insertions, deletions, substitutions and
/// swaps of two neighbouring chars (`lnag` is one edit from `lang`).
fn distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    // d[i][j]: distance between the first i chars of a and the first j of b.
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let sub = d[i - 1][j - 1] + usize::from(a[i - 1] != b[j - 1]);
            let mut best = sub.min(d[i - 1][j] + 1).min(d[i][j - 1] + 1);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = best;
        }
    }
    d[a.len()][b.len()]
}

/// A name as compared: lowercase, without spaces, underscores, dashes and a `meta_` prefix (so
/// `Course Name`, `course_name` and `meta_course_name` are the same name).
fn key(name: &str) -> String {
    let lower = name.to_lowercase();
    let bare = lower.strip_prefix("meta_").unwrap_or(&lower);
    bare.chars().filter(|c| !matches!(c, ' ' | '_' | '-')).collect()
}

/// The candidate nearest to `word`, when it is near enough to be a typo of it (at most a third
/// of the word's letters differ, at least one allowed); ties go to the earlier candidate.
pub fn nearest<'a>(word: &str, candidates: &[&'a str]) -> Option<&'a str> {
    let w = key(word);
    let allowed = (w.chars().count() / 3).max(1);
    candidates
        .iter()
        .map(|c| (distance(&w, &key(c)), *c))
        .filter(|(d, _)| *d <= allowed)
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// `; did you mean "NAME"?` for the candidate nearest to `word`, or nothing.
pub fn did_you_mean(word: &str, candidates: &[&str]) -> String {
    nearest(word, candidates).map(|c| format!("; did you mean {c:?}?")).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue 6, session 20: a mistyped `--group-by` column named no nearby column. See: #6
    #[test]
    fn issue6_s20_nearest_name() {
        let cols = ["id", "isced_broad", "isced_narrow", "meta_programme", "Programme", "lang"];
        assert_eq!(nearest("programm", &cols), Some("meta_programme"));
        assert_eq!(nearest("Programm", &cols[3..]), Some("meta_programme"));
        assert_eq!(nearest("isced_brod", &cols), Some("isced_broad"));
        assert_eq!(nearest("Isced Broad", &cols), Some("isced_broad"));
        assert_eq!(nearest("lnag", &cols), Some("lang"));
        assert_eq!(nearest("faculty", &cols), None);
        assert_eq!(did_you_mean("faculty", &cols), "");
        assert_eq!(did_you_mean("isced_narow", &cols), "; did you mean \"isced_narrow\"?");
        assert_eq!(distance("kitten", "sitting"), 3);
        assert_eq!(distance("università", "universita"), 1);
    }
}
