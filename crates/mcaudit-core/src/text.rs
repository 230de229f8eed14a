//! Small string helpers that respect char boundaries.

/// The longest prefix of `s` of at most `max` bytes that ends on a char boundary.
pub fn prefix(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// Sets `buf` to `w` lowercased char by char (`char::to_lowercase`, no final-sigma rule), in
/// place for ASCII and without a per-char iterator for the ASCII chars of other words.
pub fn lowercase_into(buf: &mut String, w: &str) {
    buf.clear();
    if w.is_ascii() {
        buf.push_str(w);
        buf.make_ascii_lowercase();
        return;
    }
    for c in w.chars() {
        if c.is_ascii() {
            buf.push(c.to_ascii_lowercase());
        } else {
            buf.extend(c.to_lowercase());
        }
    }
}

/// `s` shortened to at most `max` bytes on a char boundary, with `…` when cut.
pub fn ellipsis(s: &str, max: usize) -> String {
    if s.len() <= max { s.to_string() } else { format!("{}…", prefix(s, max.saturating_sub(3))) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefix_never_splits_a_char() {
        assert_eq!(prefix("àèì", 3), "à");
        assert_eq!(prefix("Русский", 5), "Ру");
        assert_eq!(prefix("abc", 10), "abc");
        assert_eq!(ellipsis("abcdefghij", 6), "abc…");
    }

    #[test]
    fn lowercase_into_is_char_by_char_lowercase() {
        let mut buf = String::from("stale");
        for w in ["ABC", "Überprüfung", "ÉTUDIANTS", "ΟΔΟΣ", "İstanbul", "Straße", "x"] {
            lowercase_into(&mut buf, w);
            let expected: String = w.chars().flat_map(char::to_lowercase).collect();
            assert_eq!(buf, expected, "{w}");
        }
    }
}
