//! Code page 858 (PC858: PC850 with the euro sign), the code page the ESC/POS renderer selects
//! for Latin text: French typography folded to what the code page has, then one byte per
//! character. Never raw UTF-8: a printer would print it as rubbish.
//!
//! The table is ours rather than the `escpos` crate's: in escpos 0.20.1 its PC858 table maps
//! `-` to 0xF0 (the soft hyphen), `Ô` to 0xE3 (which prints `Ò`) and `®` to 0xA8 (which prints
//! `¿`). This one was checked against the IBM code page 858 (Python's `cp858` codec).

/// Characters 0x80 to 0xFF of code page 858.
const HIGH: [char; 128] = [
    'Ç', 'ü', 'é', 'â', 'ä', 'à', 'å', 'ç', 'ê', 'ë', 'è', 'ï', 'î', 'ì', 'Ä', 'Å', //
    'É', 'æ', 'Æ', 'ô', 'ö', 'ò', 'û', 'ù', 'ÿ', 'Ö', 'Ü', 'ø', '£', 'Ø', '×', 'ƒ', //
    'á', 'í', 'ó', 'ú', 'ñ', 'Ñ', 'ª', 'º', '¿', '®', '¬', '½', '¼', '¡', '«', '»', //
    '░', '▒', '▓', '│', '┤', 'Á', 'Â', 'À', '©', '╣', '║', '╗', '╝', '¢', '¥', '┐', //
    '└', '┴', '┬', '├', '─', '┼', 'ã', 'Ã', '╚', '╔', '╩', '╦', '╠', '═', '╬', '¤', //
    'ð', 'Ð', 'Ê', 'Ë', 'È', '€', 'Í', 'Î', 'Ï', '┘', '┌', '█', '▄', '¦', 'Ì', '▀', //
    'Ó', 'ß', 'Ô', 'Ò', 'õ', 'Õ', 'µ', 'þ', 'Þ', 'Ú', 'Û', 'Ù', 'ý', 'Ý', '¯', '´', //
    '\u{ad}', '±', '‗', '¾', '¶', '§', '÷', '¸', '°', '¨', '·', '¹', '³', '²', '■', '\u{a0}',
];

/// Replaces typography that code page 858 lacks with its nearest equivalent, and drops
/// invisible marks (Unicode isolation and direction marks, zero-width spaces, soft hyphens).
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\u{2066}'..='\u{2069}'
            | '\u{202a}'..='\u{202e}'
            | '\u{200b}'..='\u{200f}'
            | '\u{feff}'
            | '\u{ad}' => {}
            '\u{a0}' | '\u{202f}' | '\u{2007}' | '\u{2009}' | '\u{200a}' => out.push(' '),
            '’' | '‘' | '‚' | '′' => out.push('\''),
            '“' | '”' | '„' | '″' => out.push('"'),
            '‐' | '‑' | '‒' | '–' | '—' | '−' => out.push('-'),
            '…' => out.push_str("..."),
            '→' => out.push_str("->"),
            '•' => out.push('-'),
            'œ' => out.push_str("oe"),
            'Œ' => out.push_str("OE"),
            'Ÿ' => out.push('Y'),
            other => out.push(other),
        }
    }
    out
}

/// The byte of one character, if code page 858 has it (printable ASCII, or the upper half).
pub fn byte(c: char) -> Option<u8> {
    if (' '..='~').contains(&c) {
        return u8::try_from(c).ok();
    }
    let i = HIGH.iter().position(|&h| h == c)?;
    u8::try_from(0x80 + i).ok()
}

/// Whether every character of `text`, once folded, can be printed.
pub fn can_encode(text: &str) -> bool {
    fold(text).chars().all(|c| byte(c).is_some())
}

/// Encodes a text, folded first; characters the code page lacks become `?`.
pub fn encode_lossy(text: &str) -> Vec<u8> {
    fold(text)
        .chars()
        .map(|c| byte(c).unwrap_or(b'?'))
        .collect()
}

/// The character of one byte, for reading a print job back (control bytes give `None`).
pub fn char_of(byte: u8) -> Option<char> {
    match byte {
        0x20..=0x7e => Some(char::from(byte)),
        0x80..=0xff => Some(HIGH[usize::from(byte - 0x80)]),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_letters_have_their_code_page_858_bytes() {
        assert_eq!(
            encode_lossy("é è à ç ô Ô É À Ç œ €"),
            b"\x82 \x8a \x85 \x87 \x93 \xe2 \x90 \xb7 \x80 oe \xd5"
        );
        assert_eq!(encode_lossy("peut-être"), b"peut-\x88tre");
    }

    #[test]
    fn typography_is_folded_and_marks_are_dropped() {
        assert_eq!(
            fold("l’aide\u{202f}: « oui » — \u{2068}RSA\u{2069}…"),
            "l'aide : « oui » - RSA..."
        );
        assert!(can_encode("Démarche : « carte grise » → à faire"));
    }

    #[test]
    fn other_scripts_cannot_be_encoded() {
        assert!(!can_encode("العربية"));
        assert!(!can_encode("Українська"));
        assert_eq!(encode_lossy("Я"), b"?");
    }

    #[test]
    fn every_byte_reads_back_to_its_character() {
        for b in (0x20..=0x7e).chain(0x80..=0xff) {
            let c = char_of(b).unwrap();
            assert_eq!(byte(c), Some(b), "{b:#x}");
        }
        assert_eq!(char_of(0x1b), None);
    }
}
