//! The accent colour an embedding site may choose (`?accent=`): read as hex, and refused unless
//! every text and control drawn in it keeps WCAG AA contrast (4.5:1, which covers the 3:1 of
//! controls) on every surface it is drawn on, and white text on it does too.

use crate::text::Lang;

/// The contrast WCAG 2.1 AA asks of normal text.
pub const MIN_CONTRAST: f64 = 4.5;

/// The surfaces the accent meets, as in `static/style.css`: white text on the accent (buttons,
/// the header), and the accent as text or border on the page (white), on grey panels (the
/// view tabs, indicator cards, notes: `--surface-alt`), on notices (`--neutral-bg`) and on
/// warnings (`--behind-bg`).
const SURFACES: [([u8; 3], Surface); 4] = [
    ([0xff, 0xff, 0xff], Surface::White),
    ([0xf3, 0xf4, 0xf6], Surface::Grey),
    ([0xec, 0xee, 0xf1], Surface::Notice),
    ([0xfd, 0xe9, 0xe1], Surface::Warning),
];

/// Where an accent's contrast falls short.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Surface {
    /// White text on the accent, or the accent on white.
    White,
    Grey,
    Notice,
    Warning,
}

/// Why an accent colour is refused.
#[derive(Clone, Debug, PartialEq)]
pub enum AccentError {
    /// Not `rgb` or `rrggbb` (a `#` or `%23` before it is allowed).
    NotHex,
    /// On this surface the contrast is this, below [`MIN_CONTRAST`].
    LowContrast(f64, Surface),
}

impl AccentError {
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (AccentError::NotHex, Lang::Da) => {
                "Farven skal skrives som hex uden #, fx 004b87; standardfarven bruges.".into()
            }
            (AccentError::NotHex, Lang::En) => {
                "Write the colour as hex without #, e.g. 004b87; the default colour is used.".into()
            }
            (AccentError::LowContrast(ratio, surface), Lang::Da) => format!(
                "Farven giver for lav kontrast {} ({}:1; mindst 4,5:1 kræves). Vælg en mørkere farve, skrevet uden #, fx 004b87; standardfarven bruges.",
                match surface {
                    Surface::White => "med hvid tekst og på hvid baggrund",
                    Surface::Grey => "på de grå felter (faner og kort)",
                    Surface::Notice => "på beskederne",
                    Surface::Warning => "på advarslerne",
                },
                truncated(*ratio, lang)
            ),
            (AccentError::LowContrast(ratio, surface), Lang::En) => format!(
                "The colour gives too little contrast {} ({}:1; at least 4.5:1 is needed). Choose a darker colour, written without #, e.g. 004b87; the default colour is used.",
                match surface {
                    Surface::White => "with white text and on white",
                    Surface::Grey => "on the grey panels (tabs and cards)",
                    Surface::Notice => "on the notices",
                    Surface::Warning => "on the warnings",
                },
                truncated(*ratio, lang)
            ),
        }
    }
}

/// A ratio with two decimals, cut rather than rounded: 4.478 is "4,47", never "4,5".
fn truncated(ratio: f64, lang: Lang) -> String {
    crate::number::format((ratio * 100.0).floor() / 100.0, 2, lang)
}

/// Reads an accent colour and checks its contrast; returns it as `#rrggbb` (lower case).
pub fn parse_accent(text: &str) -> Result<String, AccentError> {
    let text = text.trim();
    let hex = text
        .strip_prefix("%23")
        .or_else(|| text.strip_prefix('#'))
        .unwrap_or(text);
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
    for (surface, name) in SURFACES {
        let ratio = contrast(rgb, surface);
        if ratio < MIN_CONTRAST {
            return Err(AccentError::LowContrast(ratio, name));
        }
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
    contrast(rgb, [0xff, 0xff, 0xff])
}

/// The contrast ratio of two colours, 1 to 21.
pub fn contrast(a: [u8; 3], b: [u8; 3]) -> f64 {
    let (a, b) = (luminance(a), luminance(b));
    (a.max(b) + 0.05) / (a.min(b) + 0.05)
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
        assert!(
            matches!(parse_accent("#ffff00"), Err(AccentError::LowContrast(r, Surface::White)) if r < 1.1)
        );
        // #777777 on white is 4.48:1, just below AA.
        assert!(matches!(
            parse_accent("#777777"),
            Err(AccentError::LowContrast(_, Surface::White))
        ));
        // #767676 is 4.54:1 on white but 4.12:1 on the grey tabs and cards, where it is text too.
        let Err(AccentError::LowContrast(ratio, Surface::Grey)) = parse_accent("767676") else {
            panic!("767676 is refused on the grey panels");
        };
        assert!((ratio - 4.12).abs() < 0.01, "{ratio}");
        for dark in ["005f73", "7a0019", "004b87"] {
            assert_eq!(parse_accent(dark), Ok(format!("#{dark}")), "{dark}");
        }
    }

    #[test]
    fn a_colour_may_come_with_hash_or_its_escape_in_an_address() {
        assert_eq!(parse_accent("%23004b87"), Ok("#004b87".into()));
        assert_eq!(parse_accent("#004b87"), Ok("#004b87".into()));
        assert_eq!(parse_accent("%2300"), Err(AccentError::NotHex));
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
    fn refusals_say_why_in_both_languages_with_the_ratio_cut_not_rounded() {
        let Err(error) = parse_accent("777777") else {
            panic!("777777 is refused");
        };
        let message = error.message(Lang::Da);
        assert!(message.contains("(4,47:1; mindst 4,5:1"), "{message}");
        assert!(message.contains("uden #, fx 004b87"), "{message}");
        assert!(error.message(Lang::En).contains("(4.47:1; at least 4.5:1"));
        assert!(
            AccentError::NotHex
                .message(Lang::En)
                .contains("without #, e.g. 004b87")
        );
    }
}
