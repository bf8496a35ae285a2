//! The texts of the goal years other than the default page's, which the browser downloads
//! when it first shows such a year (`load_year_json` in builtin.rs reads them): which years
//! they are, and where they are kept for the page's life. Apart from the catalogue, so that
//! `Localized` (text.rs) can read them without depending on it.

/// The goal years whose texts the browser downloads when it first shows them (every year but
/// the default page's), with how many texts each has, in the order of their slots.
pub const FETCHED_YEARS: &[(u16, usize)] =
    include!(concat!(env!("OUT_DIR"), "/catalogue_fetched_years.rs"));

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
/// order); empty until its year's texts are here.
#[cfg(target_arch = "wasm32")]
#[inline(never)]
pub(crate) fn year_text(index: u16) -> &'static str {
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
