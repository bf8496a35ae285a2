//! The texts of the goal years other than the default page's, which the browser downloads
//! when it first shows such a year (`load_year_json` in builtin.rs reads them): which years
//! they are, and where they are kept for the page's life. Apart from the catalogue, so that
//! `Localized` (text.rs) can read them without depending on it.

/// The goal years whose texts the browser downloads when it first shows them (every year but
/// the default page's), with how many texts each has, in the order of their slots.
pub const FETCHED_YEARS: &[(u16, usize)] =
    include!(concat!(env!("OUT_DIR"), "/catalogue_fetched_years.rs"));

/// How many texts only the years after the default page's show (the names of their themes,
/// figure groups, figures and indicators that no earlier year has): the file of every such year
/// carries them after its own (as many as [`FETCHED_YEARS`] says), so the default page does not.
pub const LATER_TEXTS: usize = include!(concat!(env!("OUT_DIR"), "/catalogue_later_len.rs"));

/// The default page's year (the catalogue's `default_year`).
const DEFAULT_YEAR: u16 = include!(concat!(env!("OUT_DIR"), "/catalogue_default_year.rs"));

/// Where the [`LATER_TEXTS`] are numbered from, in the browser: `Localized::fetched` is 1 + this
/// + a text's place among them (core/build.rs numbers them so).
#[cfg(target_arch = "wasm32")]
pub const LATER_BASE: u16 = 0x8000;

/// How many texts the file of `year` holds: its own, then the [`LATER_TEXTS`] for a year after
/// the default page's.
pub fn file_len(year: u16, own: usize) -> usize {
    own + if year > DEFAULT_YEAR { LATER_TEXTS } else { 0 }
}

/// Whether the [`LATER_TEXTS`] are here: natively always; in the browser once the file of a
/// year after the default page's is.
pub fn later_texts_loaded() -> bool {
    #[cfg(target_arch = "wasm32")]
    return later_texts().is_some();
    #[cfg(not(target_arch = "wasm32"))]
    return true;
}

/// The [`LATER_TEXTS`], from the first downloaded file that has them.
#[cfg(target_arch = "wasm32")]
fn later_texts() -> Option<&'static [&'static str]> {
    FETCHED_YEARS
        .iter()
        .zip(&YEAR_TEXTS)
        .filter(|((year, own), _)| file_len(*year, *own) > *own)
        .find_map(|((_, own), texts)| texts.get().and_then(|texts| texts.get(*own..)))
}

/// The downloaded texts of each year of [`FETCHED_YEARS`], by slot.
#[cfg(target_arch = "wasm32")]
pub(crate) static YEAR_TEXTS: [std::sync::OnceLock<&'static [&'static str]>; FETCHED_YEARS.len()] =
    [const { std::sync::OnceLock::new() }; FETCHED_YEARS.len()];

/// Whether the texts of `year` are here: natively always; in the browser once downloaded, or
/// at once for the default page's year.
pub fn year_texts_loaded(year: u16) -> bool {
    #[cfg(target_arch = "wasm32")]
    if let Some(slot) = FETCHED_YEARS.iter().position(|&(y, _)| y == year) {
        return YEAR_TEXTS[slot].get().is_some();
    }
    let _ = year;
    true
}

/// The downloaded Danish text at `index` (counted over the years of [`FETCHED_YEARS`] in
/// order, or from [`LATER_BASE`] over the [`LATER_TEXTS`]); empty until its year's texts are
/// here.
#[cfg(target_arch = "wasm32")]
#[inline(never)]
pub(crate) fn year_text(index: u16) -> &'static str {
    if let Some(later) = index.checked_sub(LATER_BASE) {
        let texts = later_texts().unwrap_or_default();
        return texts.get(usize::from(later)).copied().unwrap_or_default();
    }
    let mut index = usize::from(index);
    for (slot, &(_, count)) in FETCHED_YEARS.iter().enumerate() {
        if index < count {
            return YEAR_TEXTS[slot]
                .get()
                .and_then(|texts| texts.get(index).copied())
                .unwrap_or_default();
        }
        index -= count;
    }
    ""
}
