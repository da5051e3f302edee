//! Writing systems, told apart by their letters, and the embedded font that draws each: the one
//! choice of font that the screen (`ui`) and the paper (`print::typeset`) share.
//!
//! The fonts are those of `ui/fonts/` (see its README): Atkinson Hyperlegible for Latin, drawn
//! for low vision; Noto Sans for Cyrillic and anything else; Noto Sans Arabic for Arabic. A
//! writing system is told from letters, not from a language's direction: Hebrew is written
//! right to left too, and must not be drawn with the Arabic font.

/// A family of scripts the kiosk chooses a font for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WritingSystem {
    Latin,
    Cyrillic,
    Arabic,
    Hebrew,
    /// Any other script: Noto Sans first, then whatever the system has.
    Other,
}

impl WritingSystem {
    /// The writing system of one character; `None` for what is not a letter.
    pub fn of_char(c: char) -> Option<WritingSystem> {
        if !c.is_alphabetic() {
            return None;
        }
        Some(match c {
            'a'..='z' | 'A'..='Z' | '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}' => {
                WritingSystem::Latin
            }
            '\u{0400}'..='\u{052F}' => WritingSystem::Cyrillic,
            '\u{0600}'..='\u{06FF}'
            | '\u{0750}'..='\u{077F}'
            | '\u{08A0}'..='\u{08FF}'
            | '\u{FB50}'..='\u{FDFF}'
            | '\u{FE70}'..='\u{FEFF}' => WritingSystem::Arabic,
            '\u{0590}'..='\u{05FF}' | '\u{FB1D}'..='\u{FB4F}' => WritingSystem::Hebrew,
            _ => WritingSystem::Other,
        })
    }

    /// The writing system of a language, from its own name (`Українська` → Cyrillic).
    pub fn of_name(own_name: &str) -> WritingSystem {
        own_name
            .chars()
            .find_map(WritingSystem::of_char)
            .unwrap_or(WritingSystem::Latin)
    }

    /// The writing system a text is mostly in: the one most of its letters belong to, Latin
    /// on a tie. An Arabic or Ukrainian text may quote French words and addresses, and the
    /// French agent's part names the visitor's language in its own script (« arabe (العربية) »):
    /// neither changes what the text is written in.
    pub fn of_text(text: &str) -> WritingSystem {
        let systems = [
            WritingSystem::Latin,
            WritingSystem::Cyrillic,
            WritingSystem::Arabic,
            WritingSystem::Hebrew,
            WritingSystem::Other,
        ];
        let mut counts = [0usize; 5];
        for system in text.chars().filter_map(WritingSystem::of_char) {
            counts[systems.iter().position(|s| *s == system).unwrap_or(0)] += 1;
        }
        let mut most = 0;
        for (i, count) in counts.iter().enumerate() {
            if *count > counts[most] {
                most = i;
            }
        }
        systems[most]
    }

    /// The font family that draws this writing system on screen.
    pub fn font(self) -> &'static str {
        match self {
            WritingSystem::Latin => "Atkinson Hyperlegible",
            WritingSystem::Cyrillic | WritingSystem::Other => "Noto Sans",
            WritingSystem::Arabic => "Noto Sans Arabic",
            // Not embedded yet: a Hebrew language would add its font to ui/fonts/; until then
            // the system's font of that name, if installed, rather than Arabic's.
            WritingSystem::Hebrew => "Noto Sans Hebrew",
        }
    }

    /// The families tried in order for each character on paper: this system's font first, then
    /// the other embedded fonts for the words of other scripts that the text quotes.
    pub fn font_fallbacks(self) -> &'static str {
        match self {
            WritingSystem::Latin => "Atkinson Hyperlegible, Noto Sans, Noto Sans Arabic",
            WritingSystem::Cyrillic | WritingSystem::Other => "Noto Sans, Noto Sans Arabic",
            WritingSystem::Arabic => "Noto Sans Arabic, Noto Sans",
            WritingSystem::Hebrew => "Noto Sans Hebrew, Noto Sans",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::WritingSystem;

    #[test]
    fn each_language_of_the_kiosk_is_told_from_its_own_name() {
        assert_eq!(WritingSystem::of_name("Français"), WritingSystem::Latin);
        assert_eq!(WritingSystem::of_name("English"), WritingSystem::Latin);
        assert_eq!(
            WritingSystem::of_name("Українська"),
            WritingSystem::Cyrillic
        );
        assert_eq!(WritingSystem::of_name("العربية"), WritingSystem::Arabic);
        assert_eq!(WritingSystem::of_name("עברית"), WritingSystem::Hebrew);
    }

    #[test]
    fn hebrew_is_not_drawn_with_the_arabic_font() {
        let hebrew = WritingSystem::of_text("כרטיס מספר 042 — France");
        assert_eq!(hebrew, WritingSystem::Hebrew);
        assert!(!hebrew.font_fallbacks().starts_with("Noto Sans Arabic"));
        assert_eq!(WritingSystem::Arabic.font(), "Noto Sans Arabic");
    }

    #[test]
    fn a_text_quoting_french_words_keeps_its_own_script() {
        assert_eq!(
            WritingSystem::of_text("Caf — الصندوق"),
            WritingSystem::Arabic
        );
        assert_eq!(
            WritingSystem::of_text("Talon 042, Ameli"),
            WritingSystem::Latin
        );
        // The French agent's part naming the visitor's language stays Latin.
        assert_eq!(
            WritingSystem::of_text("Langue : arabe (العربية), interprète"),
            WritingSystem::Latin
        );
    }
}
