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
}
