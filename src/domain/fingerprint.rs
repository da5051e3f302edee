//! A short, stable fingerprint of a text: what the lock files keep to notice that a text changed
//! (a speech clip's text, an official page's main text, the French a translation was made from)
//! without keeping the text itself.

use sha2::{Digest, Sha256};

/// The first 16 hex digits of the text's SHA-256: short enough to read in a diff, and a chance
/// collision between two versions of one text is out of reach.
pub fn of(text: &str) -> String {
    of_bytes(text.as_bytes())
}

/// Like `of`, for a file that is not text (an official page published as a PDF).
pub fn of_bytes(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    digest.iter().take(8).map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn differs_with_the_text_and_is_stable() {
        assert_eq!(super::of("Bonjour"), super::of("Bonjour"));
        assert_ne!(super::of("Bonjour"), super::of("Bonjour."));
        assert_eq!(super::of("").len(), 16);
    }
}
