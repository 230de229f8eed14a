//! Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252.
//!
//! Guarantees: never fails and never panics; the answer says which encoding was used so the
//! record can carry it. Windows-1252 is the WHATWG superset of Latin-1, so Latin-1 files decode
//! the same way.

use std::borrow::Cow;

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE, WINDOWS_1252};

/// Decodes `bytes`: `(text, encoding name)`.
///
/// A BOM decides when present. Otherwise valid UTF-8 is UTF-8, and anything else is read as
/// Windows-1252 (every byte maps to a char, so nothing is lost).
pub fn decode(bytes: &[u8]) -> (Cow<'_, str>, &'static str) {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let (text, _) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        return (text, name(enc));
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => (Cow::Borrowed(s), "utf-8"),
        Err(_) => {
            let (text, _) = WINDOWS_1252.decode_without_bom_handling(bytes);
            (text, "windows-1252")
        }
    }
}

/// The file-level encoding implied by a BOM, if any (UTF-16 files must be transcoded whole).
pub fn bom(bytes: &[u8]) -> Option<(&'static Encoding, usize)> {
    Encoding::for_bom(bytes)
}

fn name(enc: &'static Encoding) -> &'static str {
    if enc == UTF_8 {
        "utf-8"
    } else if enc == UTF_16LE {
        "utf-16le"
    } else if enc == UTF_16BE {
        "utf-16be"
    } else {
        "windows-1252"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(decode("città".as_bytes()), (Cow::Borrowed("città"), "utf-8"));
        let mut with_bom = vec![0xEF, 0xBB, 0xBF];
        with_bom.extend_from_slice("Ñandú".as_bytes());
        let (text, enc) = decode(&with_bom);
        assert_eq!((text.as_ref(), enc), ("Ñandú", "utf-8"));
    }

    #[test]
    fn windows_1252_is_transcoded() {
        // "Qualität – 5 €" in Windows-1252.
        let bytes = b"Qualit\xe4t \x96 5 \x80";
        let (text, enc) = decode(bytes);
        assert_eq!((text.as_ref(), enc), ("Qualität – 5 €", "windows-1252"));
    }

    #[test]
    fn utf16_with_bom() {
        let mut bytes = vec![0xFF, 0xFE];
        for unit in "été".encode_utf16() {
            bytes.extend_from_slice(&unit.to_le_bytes());
        }
        let (text, enc) = decode(&bytes);
        assert_eq!((text.as_ref(), enc), ("été", "utf-16le"));
    }
}
