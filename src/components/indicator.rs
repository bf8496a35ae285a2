//! How one indicator's result is put into words, shared by the Goals and Gaps views, and the
//! status badge (icon and word, never colour alone).

use jobmaal_core::Lang;
use jobmaal_core::assessment::{GoalStatus, IndicatorResult, Periods, ReferenceKind, Status};
use jobmaal_core::indicators::{Direction, Formula, IndicatorDef};
use jobmaal_core::number;
use yew::prelude::*;

use crate::catalogue;
use crate::i18n::strings;
use crate::markup::Markup;

/// What a badge says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Badge {
    OnTrack,
    Behind,
    NoReference,
    NoData,
    Monitor,
    /// Computed, but its figures cannot be compared as they stand (see the warning).
    NotJudged,
}

impl From<GoalStatus> for Badge {
    fn from(status: GoalStatus) -> Badge {
        match status {
            GoalStatus::OnTrack => Badge::OnTrack,
            GoalStatus::Behind => Badge::Behind,
            GoalStatus::NoReference => Badge::NoReference,
            GoalStatus::NoData => Badge::NoData,
        }
    }
}

/// The badge for one indicator's result.
pub fn indicator_badge(def: &IndicatorDef, result: &IndicatorResult) -> Badge {
    match (&result.value, result.status) {
        (Err(_), _) => Badge::NoData,
        (Ok(_), None) if result.warning.is_some() => Badge::NotJudged,
        (Ok(_), Some(Status::OnTrack)) => Badge::OnTrack,
        (Ok(_), Some(Status::Behind)) => Badge::Behind,
        (Ok(_), None) if def.direction == Direction::Monitor => Badge::Monitor,
        (Ok(_), None) => Badge::NoReference,
    }
}

impl Badge {
    /// The badge's class, icon and word.
    pub fn parts(self, lang: Lang) -> (&'static str, &'static str, &'static str) {
        let text = strings(lang);
        match self {
            Badge::OnTrack => (
                "status-on-track",
                "✓",
                text.goal_status(GoalStatus::OnTrack),
            ),
            Badge::Behind => ("status-behind", "!", text.goal_status(GoalStatus::Behind)),
            Badge::NoReference => (
                "status-no-reference",
                "–",
                text.goal_status(GoalStatus::NoReference),
            ),
            Badge::NoData => ("status-no-data", "?", text.goal_status(GoalStatus::NoData)),
            Badge::Monitor => ("status-monitor", "~", text.monitor_only()),
            Badge::NotJudged => ("status-not-judged", "⚠", text.not_judged()),
        }
    }
}

/// A status as an icon and a word, so it never depends on colour alone.
pub fn status_badge(badge: Badge, lang: Lang) -> Html {
    let mut markup = Markup::default();
    badge_markup(&mut markup, badge, lang);
    markup.into_html()
}

/// [`status_badge`] as markup.
pub fn badge_markup(markup: &mut Markup, badge: Badge, lang: Lang) {
    let (class, icon, word) = badge.parts(lang);
    markup
        .open("span", &[("class", &format!("status {class}"))])
        .open("span", &[("class", "status-icon"), ("aria-hidden", "true")])
        .text(icon)
        .close("span")
        .text(word)
        .close("span");
}

/// The value in its unit, or why there is none.
pub fn value_text(def: &IndicatorDef, result: &IndicatorResult, lang: Lang) -> String {
    match &result.value {
        Ok(value) => def.unit.format_value(*value, lang),
        Err(why) => {
            let label = |id: &str| catalogue().figure_label(id, lang);
            format!(
                "{}. {}",
                strings(lang).not_computed(),
                why.message(lang, label)
            )
        }
    }
}

/// What qualifies the value: why it is not judged, and the computed value where a published
/// one is shown.
pub fn value_notes(def: &IndicatorDef, result: &IndicatorResult, lang: Lang) -> Vec<String> {
    let label = |id: &str| catalogue().figure_label(id, lang);
    let period = (result.period.as_ref()).map(|p| format!("{}: {p}", strings(lang).period_word()));
    let warning = result.warning.as_ref().map(|w| w.message(lang, label));
    let check = result
        .computed
        .map(|c| (strings(lang).computed_check)(&def.unit.format_value(c, lang)));
    period.into_iter().chain(warning).chain(check).collect()
}

/// Which reference an indicator is measured against (e.g. "The reference (national average,
/// April 2018)"), and its value in the indicator's unit.
pub fn reference_parts(
    def: &IndicatorDef,
    result: &IndicatorResult,
    lang: Lang,
) -> Option<(String, String)> {
    let reference = result.reference.as_ref()?;
    let mut kind = strings(lang).reference_kind(reference.kind).to_string();
    if reference.kind == ReferenceKind::Builtin
        && let Some(builtin) = &def.reference
    {
        let mut label = builtin.label.get(lang).to_string();
        // The level a difference is measured from, as entered: "ingen ud over det forventede
        // niveau – benchmarkens eget tal: 1.120" (the benchmark's expected count).
        if let (Some(level), Formula::Difference(..)) = (reference.level, &def.formula) {
            label = format!("{label}: {}", number::format(level, 0, lang));
        }
        kind = format!("{kind} ({label})");
    }
    Some((
        jobmaal_core::text::capitalise(&kind),
        def.unit.format_value(reference.value, lang),
    ))
}

/// The reference as one line: "The reference (national average, April 2018): 17.6%".
pub fn reference_text(def: &IndicatorDef, result: &IndicatorResult, lang: Lang) -> Option<String> {
    let (kind, value) = reference_parts(def, result, lang)?;
    Some((strings(lang).reference_text)(&kind, &value))
}

/// The gap in persons as a sentence, e.g. "577 persons fewer than the reference".
pub fn persons_text(def: &IndicatorDef, result: &IndicatorResult, lang: Lang) -> Option<String> {
    let persons = result.persons?;
    let reference = result.reference.as_ref()?;
    let text = strings(lang);
    let name = text.reference_kind(reference.kind);
    let gap = result.gap?;
    let phrase = match (result.status?, def.direction) {
        (Status::OnTrack, Direction::Lower) => (text.persons_on_track_lower)(name),
        (Status::OnTrack, _) if gap == 0.0 => return None,
        (Status::OnTrack, _) => (text.persons_on_track_higher)(name),
        (Status::Behind, Direction::Lower) => (text.persons_behind_lower)(name),
        (Status::Behind, _) => (text.persons_behind_higher)(name),
    };
    Some(format!("{} {phrase}", number::format(persons, 0, lang)))
}

/// The kroner value of the persons gap, e.g. "worth 1,622,000 DKK a year".
pub fn kroner_text(result: &IndicatorResult, lang: Lang) -> Option<String> {
    result
        .kroner
        .map(|k| (strings(lang).kroner_text)(&number::format_kr(k, lang)))
}

/// The development from the year before: an arrow, whether it is better or worse, and the two
/// periods (as the figures name them, else their years, with the periods where the figures name
/// different ones), e.g. "↓ −0,5 procentpoint (bedre end året før) · apr. 2018 → apr. 2019"; a
/// change that cannot be judged says why instead (or, `brief`, only that it is not judged).
pub fn development_text(
    def: &IndicatorDef,
    result: &IndicatorResult,
    lang: Lang,
    brief: bool,
) -> Option<String> {
    let development = result.development.as_ref()?;
    let text = strings(lang);
    // A change written as zero is none: no arrow up or down, and "unchanged".
    let unchanged = def.unit.shown_as_zero(development.change);
    let arrow = if unchanged {
        "→"
    } else if development.change > 0.0 {
        "↑"
    } else {
        "↓"
    };
    let change = def.unit.format_gap(development.change, lang);
    // Each side by its period, or by its year where its figures name none or different ones.
    let side = |period: &Periods, year: u16| match period {
        Ok(Some(period)) => period.clone(),
        Ok(None) => (text.year_without_one_period)(year, &[]),
        Err(periods) => (text.year_without_one_period)(year, periods),
    };
    let periods = match (&development.period_before, &development.period) {
        (Ok(None), Ok(None)) => format!(
            "{} → {}",
            development.year_before,
            development.year_before + 1
        ),
        (before, now) => format!(
            "{} → {}",
            side(before, development.year_before),
            side(now, development.year_before + 1)
        ),
    };
    // Brief (the printed report's narrow column): not judged, without the reasons.
    if let (Some(_), true) = (&development.warning, brief) {
        return Some(format!(
            "{arrow} {change} · {periods} ({})",
            text.not_judged()
        ));
    }
    if let Some(warning) = &development.warning {
        let label = |id: &str| catalogue().figure_label(id, lang);
        return Some(format!(
            "{arrow} {change} · {periods}. {}",
            warning.message(lang, label)
        ));
    }
    let verdict = match development.better {
        _ if unchanged => text.development_same(),
        Some(true) => text.development_better(),
        Some(false) => text.development_worse(),
        None => return Some(format!("{arrow} {change} · {periods}")),
    };
    Some(format!("{arrow} {change} ({verdict}) · {periods}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use jobmaal_core::figures::Entry;
    use jobmaal_core::{Document, assess};

    /// Lejre's share on public support in 2019 (April) against 2018, whose count is for April
    /// and whose population is for 1 January.
    fn development_with_mixed_periods(lang: Lang) -> String {
        let mut doc = Document::new(2019, lang);
        for (id, value) in [
            ("public_support_fte", 2395.0),
            ("population_16_66", 16884.0),
        ] {
            doc.figures.insert(id.into(), Entry::Number(value));
            doc.periods.insert(id.into(), "april 2019".into());
        }
        doc.set_year(2018, catalogue());
        for (id, value, period) in [
            ("public_support_fte", 2500.0, "april 2018"),
            ("population_16_66", 17000.0, "1. januar 2018"),
        ] {
            doc.figures.insert(id.into(), Entry::Number(value));
            doc.periods.insert(id.into(), period.into());
        }
        doc.set_year(2019, catalogue());
        let assessment = assess(catalogue(), &doc);
        let index = (catalogue().indicators.iter())
            .position(|def| def.id == "public_support_share")
            .unwrap();
        let def = &catalogue().indicators[index];
        development_text(def, &assessment.indicators[index], lang, true).unwrap()
    }

    #[test]
    fn a_year_with_different_periods_is_named_with_them_not_as_without_one() {
        let danish = development_with_mixed_periods(Lang::Da);
        assert!(
            danish.contains("2018 (forskellige perioder: april 2018, 1. januar 2018) → april 2019"),
            "{danish}"
        );
        assert!(!danish.contains("uden periode"), "{danish}");
        let english = development_with_mixed_periods(Lang::En);
        assert!(
            english.contains("2018 (different periods: april 2018, 1. januar 2018) → april 2019"),
            "{english}"
        );
    }
}
