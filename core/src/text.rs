//! Languages and text that exists in both of them.

/// A language the app speaks. Danish first.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    Da,
    En,
}

impl Lang {
    /// Every language, in the order they are offered.
    pub const ALL: [Lang; 2] = [Lang::Da, Lang::En];

    /// The BCP 47 code, as used in `lang` attributes and in `?lang=`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Da => "da",
            Lang::En => "en",
        }
    }

    /// Reads a code such as `da` or `en`; anything else is `None`.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|lang| lang.code() == code)
    }
}

/// A text in Danish and English.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Localized {
    pub da: &'static str,
    pub en: &'static str,
}

impl Localized {
    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Da => self.da,
            Lang::En => self.en,
        }
    }
}

/// `text` in lower case. Only ASCII and Latin-1 letters change (A–Z, À–Þ), which covers Danish
/// and the app's own text, without shipping the whole Unicode case tables.
pub fn lower(text: &str) -> String {
    text.chars().map(lower_char).collect()
}

/// `text` with its first letter in upper case (ASCII and Latin-1 letters, as [`lower`]).
pub fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => std::iter::once(upper_char(first)).chain(chars).collect(),
        None => String::new(),
    }
}

fn lower_char(c: char) -> char {
    match c {
        'A'..='Z' | 'À'..='Þ' if c != '×' => char::from_u32(c as u32 + 32).unwrap_or(c),
        _ => c,
    }
}

fn upper_char(c: char) -> char {
    match c {
        'a'..='z' | 'à'..='þ' if c != '÷' => char::from_u32(c as u32 - 32).unwrap_or(c),
        _ => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn danish_letters_change_case() {
        assert_eq!(lower("ÆBLE Øst Århus × 2"), "æble øst århus × 2");
        assert_eq!(capitalise("ørsted"), "Ørsted");
        assert_eq!(capitalise("referencen (17,6 %)"), "Referencen (17,6 %)");
        assert_eq!(capitalise("÷"), "÷");
        assert_eq!(capitalise(""), "");
        for c in ['A', 'Z', 'À', 'Æ', 'Ø', 'Þ', '×', 'ß', 'ÿ', '÷', '1'] {
            assert_eq!(
                lower_char(c).to_string(),
                c.to_lowercase().to_string(),
                "{c}"
            );
        }
    }

    #[test]
    fn language_codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_code("de"), None);
    }
}
