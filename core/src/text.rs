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

/// Whether `contact` can be the municipality's accessibility contact in the statement: an
/// e-mail address, or an `https://` address (on the municipality's own site). The statement
/// page (static/statement.js) checks it again before it links to it.
pub fn is_contact(contact: &str) -> bool {
    let plain =
        |s: &str| !s.is_empty() && !s.contains(|c: char| c.is_whitespace() || "<>\"".contains(c));
    // An e-mail address of plain letters, digits and `._%+-` (`.-` in the domain).
    let mailbox = |s: &str, extra: &str| {
        !s.is_empty()
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || extra.contains(c))
    };
    match contact.split_once('@') {
        _ if contact.len() > 200 => false,
        _ if contact.starts_with("https://") => plain(&contact[8..]),
        Some((user, domain)) => {
            mailbox(user, "._%+-") && mailbox(domain, ".-") && domain.contains('.')
        }
        None => false,
    }
}

/// English text as the build holds it. Natively (tests, the build-time renderer) the text
/// itself. In the browser an index into the English texts, which are downloaded only when
/// English is chosen (`load_english`): Danish comes first, and the default page does not
/// carry a language it does not show.
#[cfg(not(target_arch = "wasm32"))]
pub type English = &'static str;
#[cfg(target_arch = "wasm32")]
pub type English = u16;

/// A text in Danish and English.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Localized {
    /// In the browser, empty for a text that only a goal year other than the default page's
    /// shows (its goals and their notes): see `fetched`.
    pub da: &'static str,
    pub en: English,
    /// In the browser, a text of a goal year other than the default page's: 1 + its place among
    /// the Danish texts of the years downloaded when first shown (`load_year_json`), so a page
    /// does not carry the goals of years it does not show; 0 for a text in `da`. (In the
    /// struct's padding: it costs no bytes.)
    #[cfg(target_arch = "wasm32")]
    pub fetched: u16,
}

impl Localized {
    /// The text in `lang`; in the browser, the Danish text until the English texts are loaded.
    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Da => danish(self.da, self.fetched()),
            #[cfg(not(target_arch = "wasm32"))]
            Lang::En => self.en,
            #[cfg(target_arch = "wasm32")]
            Lang::En => english()
                .and_then(|texts| texts.get(usize::from(self.en)).copied())
                .unwrap_or_else(|| danish(self.da, self.fetched)),
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn fetched(&self) -> u16 {
        0
    }

    #[cfg(target_arch = "wasm32")]
    fn fetched(&self) -> u16 {
        self.fetched
    }
}

/// `da`, or in the browser for `fetched` > 0 (see [`Localized::fetched`]) that downloaded text,
/// empty while its year's texts are not loaded (a view of that year waits for them:
/// `year_texts_loaded`).
pub fn danish(da: &'static str, fetched: u16) -> &'static str {
    match fetched {
        0 => da,
        #[cfg(target_arch = "wasm32")]
        n => crate::year_texts::year_text(n - 1),
        #[cfg(not(target_arch = "wasm32"))]
        _ => da,
    }
}

/// The English texts, once loaded: the catalogue's first ([`CATALOGUE_ENGLISH_LEN`] of them, in
/// the order `build.rs` numbers them), then the app's own.
pub(crate) static ENGLISH: std::sync::OnceLock<&'static [&'static str]> =
    std::sync::OnceLock::new();

/// The figures' help texts, once downloaded: every one in Danish, then every one in English
/// (see `Help` in figures.rs).
pub(crate) static HELP: std::sync::OnceLock<&'static [&'static str]> = std::sync::OnceLock::new();

/// The English texts, if loaded.
pub fn english() -> Option<&'static [&'static str]> {
    ENGLISH.get().copied()
}

/// An English text of the catalogue ([`English`]); in the browser, once the English texts are
/// loaded.
pub fn english_text(text: Option<English>) -> Option<&'static str> {
    #[cfg(target_arch = "wasm32")]
    return text.and_then(|index| english()?.get(usize::from(index)).copied());
    #[cfg(not(target_arch = "wasm32"))]
    return text;
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

#[cfg(test)]
mod contact_tests {
    use super::is_contact;

    #[test]
    fn a_contact_is_an_email_or_an_https_address() {
        for good in ["tilgaengelighed@lejre.dk", "https://www.lejre.dk/was"] {
            assert!(is_contact(good), "{good}");
        }
        for bad in [
            "",
            "lejre.dk",
            "a@b",
            "a@@b.dk",
            "javascript:alert(1)",
            "http://x.dk",
            "a b@c.dk",
            "https://",
            "<a>@b.dk",
        ] {
            assert!(!is_contact(bad), "{bad}");
        }
    }
}
