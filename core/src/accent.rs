//! The accent colour an embedding site may choose (`?accent=`): read as hex, and refused
//! unless white text on it (and it as text on white) keeps WCAG AA contrast (4.5:1).

use crate::text::Lang;

/// The contrast WCAG 2.1 AA asks of normal text.
pub const MIN_CONTRAST: f64 = 4.5;

/// Why an accent colour is refused.
#[derive(Clone, Debug, PartialEq)]
pub enum AccentError {
    /// Not `#rgb` or `#rrggbb` (the `#` may be left out).
    NotHex,
    /// White text on it would have this contrast, below [`MIN_CONTRAST`].
    LowContrast(f64),
}

impl AccentError {
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (AccentError::NotHex, Lang::Da) => {
                "Farven skal skrives som hex, fx #004b87; standardfarven bruges.".into()
            }
            (AccentError::NotHex, Lang::En) => {
                "The colour must be hex, e.g. #004b87; the default colour is used.".into()
            }
            (AccentError::LowContrast(ratio), Lang::Da) => format!(
                "Farven giver for lav kontrast til hvid tekst ({}:1, mindst 4,5:1 kræves); standardfarven bruges.",
                crate::number::format(*ratio, 1, Lang::Da)
            ),
            (AccentError::LowContrast(ratio), Lang::En) => format!(
                "The colour gives too little contrast with white text ({}:1, at least 4.5:1 is needed); the default colour is used.",
                crate::number::format(*ratio, 1, Lang::En)
            ),
        }
    }
}

/// Reads an accent colour and checks its contrast; returns it as `#rrggbb` (lower case).
pub fn parse_accent(text: &str) -> Result<String, AccentError> {
    let hex = text.trim().trim_start_matches('#');
    let full: String = match hex.len() {
        3 => hex.chars().flat_map(|c| [c, c]).collect(),
        6 => hex.to_string(),
        _ => return Err(AccentError::NotHex),
    };
    if !full.chars().all(|c| c.is_ascii_hexdigit()) {
        return Err(AccentError::NotHex);
    }
    let channel =
        |i: usize| u8::from_str_radix(&full[i..i + 2], 16).map_err(|_| AccentError::NotHex);
    let rgb = [channel(0)?, channel(2)?, channel(4)?];
    let ratio = contrast_with_white(rgb);
    if ratio < MIN_CONTRAST {
        return Err(AccentError::LowContrast(ratio));
    }
    Ok(format!("#{}", full.to_ascii_lowercase()))
}

/// WCAG 2.1 relative luminance.
fn luminance([r, g, b]: [u8; 3]) -> f64 {
    let linear = |c: u8| {
        let c = c as f64 / 255.0;
        if c <= 0.03928 {
            c / 12.92
        } else {
            power_2_4((c + 0.055) / 1.055)
        }
    };
    0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
}

/// x^2.4 for x in (0, 1], as the fifth root of x^12 by Newton's method: the same value as
/// `powf` to within 1e-15, without shipping a general `pow`.
fn power_2_4(x: f64) -> f64 {
    let x12 = (x * x * x).powi(4);
    let mut y = x * x;
    for _ in 0..40 {
        let next = (4.0 * y + x12 / (y * y * y * y)) / 5.0;
        if next == y {
            break;
        }
        y = next;
    }
    y
}

/// The contrast ratio of white against `rgb`, 1 to 21.
pub fn contrast_with_white(rgb: [u8; 3]) -> f64 {
    1.05 / (luminance(rgb) + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_power_is_the_standard_one() {
        for c in 11..=255u8 {
            let x = (c as f64 / 255.0 + 0.055) / 1.055;
            assert!((power_2_4(x) - x.powf(2.4)).abs() < 1e-15, "{c}");
        }
    }

    #[test]
    fn dark_colours_are_accepted_in_any_hex_form() {
        assert_eq!(parse_accent("#004B87"), Ok("#004b87".into()));
        assert_eq!(parse_accent("004b87"), Ok("#004b87".into()));
        assert_eq!(parse_accent("#000"), Ok("#000000".into()));
    }

    #[test]
    fn light_colours_are_refused_for_contrast() {
        assert!(matches!(parse_accent("#ffff00"), Err(AccentError::LowContrast(r)) if r < 1.1));
        // #777777 on white is 4.48:1, just below AA; #767676 is 4.54:1, just above.
        assert!(matches!(
            parse_accent("#777777"),
            Err(AccentError::LowContrast(_))
        ));
        assert_eq!(parse_accent("#767676"), Ok("#767676".into()));
    }

    #[test]
    fn what_is_not_hex_is_refused() {
        for text in [
            "",
            "red",
            "#12345",
            "#gggggg",
            "#1234567",
            "javascript:alert(1)",
        ] {
            assert_eq!(parse_accent(text), Err(AccentError::NotHex), "{text}");
        }
    }

    #[test]
    fn the_contrast_of_black_and_white_is_21() {
        assert!((contrast_with_white([0, 0, 0]) - 21.0).abs() < 1e-9);
        assert!((contrast_with_white([255, 255, 255]) - 1.0).abs() < 1e-9);
    }

    #[test]
    fn refusals_say_why_in_both_languages() {
        let message = AccentError::LowContrast(1.07).message(Lang::Da);
        assert!(message.contains("(1,1:1"), "{message}");
        assert!(message.ends_with("bruges."), "{message}");
        assert!(AccentError::NotHex.message(Lang::En).contains("#004b87"));
    }
}
