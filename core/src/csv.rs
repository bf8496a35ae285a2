//! The gap table as CSV: for Danish Excel (`;`, decimal comma, UTF-8 with BOM) and the
//! international way (`,` and `.`). Numbers carry no thousands separators, so spreadsheets read
//! them as numbers.

use crate::assessment::{Assessment, IndicatorResult, ReferenceKind, Status};
use crate::catalogue::Catalogue;
use crate::document::Document;
use crate::figures::Readings;
use crate::indicators::{Formula, IndicatorDef};
use crate::map::Map;
use crate::text::Lang;

/// Which CSV a spreadsheet expects.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dialect {
    /// Danish Excel: `;` between fields, decimal comma, BOM, Danish headings.
    DanishExcel,
    /// `,` between fields, decimal point, English headings.
    International,
}

impl Dialect {
    fn lang(self) -> Lang {
        match self {
            Dialect::DanishExcel => Lang::Da,
            Dialect::International => Lang::En,
        }
    }

    fn separator(self) -> char {
        match self {
            Dialect::DanishExcel => ';',
            Dialect::International => ',',
        }
    }
}

const HEADINGS_DA: [&str; 18] = [
    "kommune",
    "målår",
    "indikator",
    "tema",
    "navn",
    "værdi",
    "periode",
    "enhed",
    "reference",
    "referencetype",
    "gab",
    "personer",
    "kroner",
    "udvikling",
    "udvikling fra",
    "status",
    "bemærkning",
    "tal",
];
const HEADINGS_EN: [&str; 18] = [
    "municipality",
    "goal year",
    "indicator",
    "theme",
    "name",
    "value",
    "period",
    "unit",
    "reference",
    "reference kind",
    "gap",
    "persons",
    "kroner",
    "development",
    "development from",
    "status",
    "note",
    "figures",
];

/// The gap table of `document`'s year as CSV in `dialect`, one row per indicator.
pub fn gap_table(catalogue: &Catalogue, document: &Document, dialect: Dialect) -> String {
    let assessment = &crate::assess(catalogue, document);
    // What a change is from: the year before's figures.
    let year_before = document.year_figures(assessment.year.saturating_sub(1), catalogue);
    let before = (
        Readings::read(catalogue.figures, &year_before.figures),
        year_before.periods,
    );
    let lang = dialect.lang();
    let sep = dialect.separator();
    let mut out = String::new();
    if dialect == Dialect::DanishExcel {
        out.push('\u{feff}');
    }
    let headings = if lang == Lang::Da {
        HEADINGS_DA
    } else {
        HEADINGS_EN
    };
    push_row(&mut out, sep, headings.iter().map(|h| h.to_string()));
    // Whose figures, and which year: on every row, so that any row copied elsewhere says so.
    let whose = match document.figures.get("municipality") {
        Some(crate::figures::Entry::Text(name)) => name.trim().to_string(),
        _ => String::new(),
    };
    let year = assessment.year.to_string();
    let theme_of = |id: &str| theme_label(catalogue, assessment, id, lang);
    let rows = catalogue.indicators.iter().zip(&assessment.indicators);
    for (def, result) in
        rows.filter(|(def, result)| for_year(catalogue, assessment.year, def, result))
    {
        let num = |v: Option<f64>| v.map(|v| plain_number(v, lang)).unwrap_or_default();
        let kind = result
            .reference
            .as_ref()
            .map(|r| reference_kind(r.kind, lang));
        let status = match (&result.warning, result.status) {
            (Some(_), _) if lang == Lang::Da => Some("ikke vurderet"),
            (Some(_), _) => Some("not judged"),
            (None, status) => status.map(|s| status_word(s, lang)),
        };
        push_row(
            &mut out,
            sep,
            [
                whose.clone(),
                year.clone(),
                def.id.to_string(),
                theme_of(def.theme),
                def.name.get(lang).to_string(),
                num(result.value.clone().ok()),
                result.period.clone().unwrap_or_default(),
                unit_word(def.unit, lang).to_string(),
                num(result.reference.as_ref().map(|r| r.value)),
                kind.unwrap_or_default().to_string(),
                num(result.gap),
                num(result.persons_signed()),
                num(result.kroner),
                num(result.development.as_ref().map(|d| d.change)),
                // The previous value's period as the figures name it, else its year (with the
                // periods its figures name, where they differ).
                result
                    .development
                    .as_ref()
                    .map(|d| match &d.period_before {
                        Ok(Some(period)) => period.clone(),
                        Ok(None) => d.year_before.to_string(),
                        Err(periods) => format!(
                            "{} ({}: {})",
                            d.year_before,
                            match lang {
                                Lang::Da => "forskellige perioder",
                                Lang::En => "different periods",
                            },
                            periods.join(", ")
                        ),
                    })
                    .unwrap_or_default(),
                status.unwrap_or_default().to_string(),
                note(catalogue, result, lang),
                figures(catalogue, def, assessment, &before, lang),
            ]
            .into_iter(),
        );
    }
    // The municipality's own indicators, as local.
    for (theme, name, reading) in &assessment.local {
        let num = |v: Option<f64>| v.map(|v| plain_number(v, lang)).unwrap_or_default();
        let status = match reading.status {
            crate::assessment::GoalStatus::OnTrack => status_word(Status::OnTrack, lang),
            crate::assessment::GoalStatus::Behind => status_word(Status::Behind, lang),
            _ => "",
        };
        let (id, kind) = match lang {
            Lang::Da => (format!("lokal:{theme}"), "kommunens eget mål"),
            Lang::En => (format!("local:{theme}"), "the municipality's own target"),
        };
        let target = reading.target.map(|_| kind).unwrap_or_default();
        push_row(
            &mut out,
            sep,
            [
                whose.clone(),
                year.clone(),
                id,
                theme_of(theme),
                name.clone(),
                num(reading.value),
                String::new(),
                String::new(),
                num(reading.target),
                target.to_string(),
                num(reading.gap),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                status.to_string(),
                String::new(),
                String::new(),
            ]
            .into_iter(),
        );
    }
    out
}

/// The figures behind a value, each with its period where one is given: for a change, this
/// year's figure and the year before's, each named with its year, so it can be checked by hand.
fn figures(
    catalogue: &Catalogue,
    def: &IndicatorDef,
    assessment: &Assessment,
    (readings_before, periods_before): &(Readings, Map<String>),
    lang: Lang,
) -> String {
    let change = match def.formula {
        Formula::Change(id) => Some(id),
        _ => None,
    };
    let year = assessment.year;
    let figure = |id: &str, readings: &Readings, periods: &Map<String>, year: Option<u16>| {
        let value = plain_number(readings.number(id)?, lang);
        let label = catalogue.figure_label(id, lang);
        let label = match year {
            Some(year) => format!("{label} {year}"),
            None => label,
        };
        Some(match periods.get(id) {
            Some(period) => format!("{label}: {value} ({period})"),
            None => format!("{label}: {value}"),
        })
    };
    let now = def
        .published
        .filter(|id| assessment.readings.number(id).is_some())
        .map_or_else(|| def.formula.figures(), |id| vec![id])
        .into_iter()
        .filter_map(|id| {
            let year = change.map(|_| year);
            figure(id, &assessment.readings, &assessment.periods, year)
        });
    let before = change.and_then(|id| {
        let year = Some(year.saturating_sub(1));
        figure(id, readings_before, periods_before, year)
    });
    now.chain(before).collect::<Vec<_>>().join(" | ")
}

/// Why a value, or its development from the year before, is shown without being judged (a
/// change of method, figures of different periods, …), as the Goals and Gaps views say it.
fn note(catalogue: &Catalogue, result: &IndicatorResult, lang: Lang) -> String {
    let label = |id: &str| catalogue.figure_label(id, lang);
    let value = result.warning.as_ref().map(|w| w.message(lang, label));
    let development = (result.development.as_ref())
        .and_then(|d| d.warning.as_ref())
        .map(|w| match lang {
            Lang::Da => format!("Udviklingen fra året før: {}", w.message(lang, label)),
            Lang::En => format!(
                "The change from the year before: {}",
                w.message(lang, label)
            ),
        });
    value
        .into_iter()
        .chain(development)
        .collect::<Vec<_>>()
        .join(" ")
}

/// A theme by its name in the gap table (and its CSV); one that is no goal of the assessed year
/// said so, and local extra focus where the plan gives it lines (as the Goals view and the
/// report show it).
pub fn theme_label(catalogue: &Catalogue, assessment: &Assessment, id: &str, lang: Lang) -> String {
    let name = catalogue
        .theme(id)
        .map_or(id, |t| t.name.get(lang))
        .to_string();
    let goal = catalogue
        .year(assessment.year)
        .is_some_and(|y| y.goals.iter().any(|g| g.theme == id));
    let focus = assessment
        .extra_focus
        .iter()
        .any(|f| f.theme.as_deref() == Some(id));
    match (goal, focus, lang) {
        (true, _, _) => name,
        (false, true, Lang::Da) => format!("{name} (lokalt ekstra fokus)"),
        (false, true, Lang::En) => format!("{name} (local extra focus)"),
        (false, false, Lang::Da) => format!("{name} (ikke et af årets mål)"),
        (false, false, Lang::En) => format!("{name} (not one of the year's goals)"),
    }
}

/// Whether the gap table of goal `year` has a row for `def`: an indicator of one of the year's
/// goals (or of its proposal's), or any other with a value (so nothing entered is hidden); not
/// another year's measures with nothing entered, nor one of a goal whose indicators the
/// municipality finds itself.
pub fn for_year(
    catalogue: &Catalogue,
    year: u16,
    def: &crate::indicators::IndicatorDef,
    result: &crate::assessment::IndicatorResult,
) -> bool {
    let proposed = |y: &crate::Year| {
        let goals = y.proposal.iter().flat_map(|p| p.goals);
        goals.into_iter().any(|g| g.theme == def.theme)
    };
    // A goal whose indicators the municipality finds itself has none of the catalogue's, even
    // with figures for them (entered for another year's measure).
    let own = |y: &crate::Year| {
        y.goals
            .iter()
            .any(|g| g.theme == def.theme && g.own_indicators)
    };
    match catalogue.year(year) {
        Some(y) if own(y) => false,
        Some(y) => result.value.is_ok() || y.measures(def.theme) || proposed(y),
        None => result.value.is_ok(),
    }
}

fn push_row(out: &mut String, sep: char, fields: impl Iterator<Item = String>) {
    let fields: Vec<String> = fields.map(|f| quote(&f, sep)).collect();
    out.push_str(&fields.join(&sep.to_string()));
    out.push_str("\r\n");
}

/// Quotes a field that holds the separator, a quote or a line break; a field that a
/// spreadsheet would run as a formula gets a leading apostrophe.
fn quote(field: &str, sep: char) -> String {
    let field = if field.starts_with(['=', '+', '@']) {
        format!("'{field}")
    } else {
        field.into()
    };
    if field.contains([sep, '"', '\n', '\r']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field
    }
}

/// Up to four decimals, no thousands separator, the dialect's decimal mark.
fn plain_number(value: f64, lang: Lang) -> String {
    let text = crate::number::plain(value, 4);
    let text = text.trim_end_matches('0').trim_end_matches('.');
    match lang {
        Lang::Da => text.replace('.', ","),
        Lang::En => text.to_string(),
    }
}

fn unit_word(unit: crate::indicators::Unit, lang: Lang) -> &'static str {
    use crate::indicators::Unit::*;
    match (unit, lang) {
        (Percent, _) => "%",
        (PercentChange, Lang::Da) => "% ændring",
        (PercentChange, Lang::En) => "% change",
        (Persons, Lang::Da) => "personer",
        (Persons, Lang::En) => "persons",
        (Kr, _) => "kr.",
        (PerPersonYear, Lang::Da) => "pr. borger pr. år",
        (PerPersonYear, Lang::En) => "per person per year",
    }
}

/// The reference kind in words.
pub fn reference_kind(kind: ReferenceKind, lang: Lang) -> &'static str {
    match (kind, lang) {
        (ReferenceKind::Target, Lang::Da) => "mål",
        (ReferenceKind::Target, Lang::En) => "target",
        (ReferenceKind::Comparison, Lang::Da) => "sammenligning",
        (ReferenceKind::Comparison, Lang::En) => "comparison",
        (ReferenceKind::Builtin, Lang::Da) => "indbygget",
        (ReferenceKind::Builtin, Lang::En) => "built-in",
    }
}

/// The status in words.
pub fn status_word(status: Status, lang: Lang) -> &'static str {
    match (status, lang) {
        (Status::OnTrack, Lang::Da) => "på sporet",
        (Status::OnTrack, Lang::En) => "on track",
        (Status::Behind, Lang::Da) => "bagud",
        (Status::Behind, Lang::En) => "behind",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assess;
    use crate::example::lejre_2019;

    /// The row of indicator `id` (whichever the separator).
    fn row_of<'a>(csv: &'a str, id: &str) -> &'a str {
        let (semicolon, comma) = (format!(";{id};"), format!(",{id},"));
        csv.lines()
            .find(|l| l.contains(&semicolon) || l.contains(&comma))
            .unwrap_or_else(|| panic!("no row {id}: {csv}"))
    }

    fn lejre_csv(dialect: Dialect) -> String {
        let catalogue = Catalogue::builtin();
        gap_table(catalogue, &lejre_2019(), dialect)
    }

    #[test]
    fn a_local_indicator_is_a_row_of_its_own_and_counts_for_its_goal() {
        let catalogue = Catalogue::builtin();
        let mut doc = crate::Document::new(2024, Lang::Da);
        let local = crate::document::LocalIndicator {
            name: "Borgertilfredshed".into(),
            value: "72,5".into(),
            target: "80".into(),
            lower_is_better: false,
        };
        doc.local.insert(
            crate::document::local_key(2024, "vaerdighed"),
            local.to_texts(),
        );
        let assessment = assess(catalogue, &doc);
        assert_eq!(
            assessment.goals[0].status,
            crate::assessment::GoalStatus::Behind
        );
        assert_eq!(
            (assessment.coverage.data, assessment.coverage.behind),
            (1, 1)
        );
        let csv = gap_table(catalogue, &doc, Dialect::DanishExcel);
        let row = csv.lines().last().unwrap();
        assert_eq!(
            row,
            ";2024;lokal:vaerdighed;Værdig sagsbehandling;Borgertilfredshed;72,5;;;80;kommunens eget mål;-7,5;;;;;bagud;;"
        );
    }

    #[test]
    fn a_value_that_cannot_be_judged_says_so_in_the_status_column() {
        let catalogue = Catalogue::builtin();
        let mut doc = lejre_2019();
        doc.figures.insert(
            "failed_recruitments".into(),
            crate::figures::Entry::Number(66_700.0),
        );
        doc.set_year(2018, catalogue);
        doc.figures.insert(
            "failed_recruitments".into(),
            crate::figures::Entry::Number(20_000.0),
        );
        doc.set_year(2019, catalogue);
        let csv = gap_table(catalogue, &doc, Dialect::DanishExcel);
        let row = row_of(&csv, "failed_recruitments_change");
        assert!(row.contains(";ikke vurderet;"), "{row}");
    }

    /// Lejre's 2019 example, shown in 2019, with these figures and periods for 2018.
    fn lejre_with_2018(figures: &[(&str, f64, &str)]) -> crate::Document {
        let catalogue = Catalogue::builtin();
        let mut doc = lejre_2019();
        doc.set_year(2018, catalogue);
        for &(id, value, period) in figures {
            doc.figures
                .insert(id.into(), crate::figures::Entry::Number(value));
            doc.periods.insert(id.into(), period.into());
        }
        doc.set_year(2019, catalogue);
        doc
    }

    #[test]
    fn why_a_value_or_its_development_is_not_judged_is_in_the_note_column() {
        let catalogue = Catalogue::builtin();
        let mut doc = lejre_with_2018(&[
            ("failed_recruitments", 20_000.0, "juni 2018"),
            ("public_support_fte", 2500.0, "maj 2019"),
            ("population_16_66", 17000.0, "maj 2019"),
        ]);
        doc.figures.insert(
            "failed_recruitments".into(),
            crate::figures::Entry::Number(66_700.0),
        );
        for id in [
            "failed_recruitments",
            "public_support_fte",
            "population_16_66",
        ] {
            doc.periods.insert(id.into(), "juni 2019".into());
        }
        let row = |csv: &str, id: &str| row_of(csv, id).to_string();
        let danish = gap_table(catalogue, &doc, Dialect::DanishExcel);
        // The change of failed recruitments: June 2018 before the new method, June 2019 after.
        let change = row(&danish, "failed_recruitments_change");
        assert!(
            change.contains(";ikke vurderet;»Forgæves rekrutteringer (RAR-området)« opgøres med en ny metode fra december 2018, og de to tal er fra hver sin side af skiftet."),
            "{change}"
        );
        // The share is judged; its development from May 2019 to June 2019 is not.
        let share = row(&danish, "public_support_share");
        assert!(
            share
                .contains(";på sporet;Udviklingen fra året før: Perioderne (maj 2019 → juni 2019)"),
            "{share}"
        );
        let english = gap_table(catalogue, &doc, Dialect::International);
        let change = row(&english, "failed_recruitments_change");
        assert!(
            change.contains(",not judged,\"“Failed recruitments (RAR area)” is measured with a new method from December 2018, and the two figures are from either side of the switch."),
            "{change}"
        );
    }

    #[test]
    fn danish_excel_csv_has_bom_semicolons_and_decimal_commas() {
        let csv = lejre_csv(Dialect::DanishExcel);
        assert!(csv.starts_with("\u{feff}kommune;målår;indikator;tema;navn;værdi;periode;"));
        let row = row_of(&csv, "public_support_share");
        assert_eq!(
            row,
            "Lejre Kommune;2019;public_support_share;Færre på offentlig forsørgelse;Andel på offentlig forsørgelse;14,185;;%;17,6;indbygget;-3,415;-577;;;;på sporet;;Fuldtidspersoner på offentlig forsørgelse: 2395 | Borgere 16–66 år: 16884"
        );
        assert!(csv.ends_with("\r\n"));
        // A row for every indicator of 2019's goals and proposal: all but MM17's (2021 on),
        // which has no value here.
        assert_eq!(
            csv.lines().count(),
            1 + Catalogue::builtin().indicators.len() - 1
        );
        assert!(!csv.contains("upskilling_share"));
    }

    #[test]
    fn international_csv_has_commas_and_decimal_points() {
        let csv = lejre_csv(Dialect::International);
        assert!(csv.starts_with("municipality,goal year,indicator,theme,name,value,period,"));
        let row = row_of(&csv, "public_support_share");
        assert_eq!(
            row,
            "Lejre Kommune,2019,public_support_share,Fewer people on public support,Share on public support,14.185,,%,17.6,built-in,-3.415,-577,,,,on track,,Full-time persons on public support: 2395 | Citizens aged 16–66: 16884"
        );
    }

    #[test]
    fn each_value_carries_its_period_and_the_development_where_it_comes_from() {
        let catalogue = Catalogue::builtin();
        let mut doc = lejre_2019();
        doc.periods
            .insert("public_support_fte".into(), "apr. 2019".into());
        doc.periods
            .insert("population_16_66".into(), "april 2019".into());
        doc.set_year(2018, catalogue);
        for (id, value) in [
            ("public_support_fte", 2500.0),
            ("population_16_66", 17000.0),
        ] {
            doc.figures
                .insert(id.into(), crate::figures::Entry::Number(value));
            doc.periods.insert(id.into(), "apr. 2018".into());
        }
        doc.set_year(2019, catalogue);
        let csv = gap_table(catalogue, &doc, Dialect::DanishExcel);
        let row = row_of(&csv, "public_support_share");
        // 2395 / 16884 against 2500 / 17000: −0,52 procentpoint since April 2018.
        assert!(row.contains(";14,185;apr. 2019;%;"), "{row}");
        assert!(row.contains(";-0,5209;apr. 2018;på sporet;;"), "{row}");
        assert!(row.ends_with(";Fuldtidspersoner på offentlig forsørgelse: 2395 (apr. 2019) | Borgere 16–66 år: 16884 (april 2019)"), "{row}");
    }

    #[test]
    fn a_development_from_figures_of_different_periods_names_them() {
        let catalogue = Catalogue::builtin();
        let doc = lejre_with_2018(&[
            ("public_support_fte", 2500.0, "apr. 2018"),
            ("population_16_66", 17000.0, "1. januar 2018"),
        ]);
        let csv = gap_table(catalogue, &doc, Dialect::DanishExcel);
        let row = row_of(&csv, "public_support_share");
        assert!(
            row.contains(";2018 (forskellige perioder: apr. 2018, 1. januar 2018);"),
            "{row}"
        );
    }

    #[test]
    fn a_change_lists_the_year_befores_figure_and_period_beside_this_years() {
        let catalogue = Catalogue::builtin();
        let mut doc = lejre_2019();
        doc.periods
            .insert("public_support_fte".into(), "apr. 2019".into());
        doc.set_year(2018, catalogue);
        doc.figures.insert(
            "public_support_fte".into(),
            crate::figures::Entry::Number(2500.0),
        );
        doc.periods
            .insert("public_support_fte".into(), "apr. 2018".into());
        doc.set_year(2019, catalogue);
        let csv = gap_table(catalogue, &doc, Dialect::DanishExcel);
        let row = row_of(&csv, "public_support_change");
        // (2395 − 2500) / 2500 = −4,2 %: both figures are there to check it.
        assert!(
            row.contains(";-4,2;apr. 2018 → apr. 2019;% ændring;"),
            "{row}"
        );
        assert!(
            row.ends_with(";Fuldtidspersoner på offentlig forsørgelse 2019: 2395 (apr. 2019) | Fuldtidspersoner på offentlig forsørgelse 2018: 2500 (apr. 2018)"),
            "{row}"
        );
        let english = gap_table(catalogue, &doc, Dialect::International);
        let row = row_of(&english, "public_support_change");
        assert!(
            row.ends_with(",Full-time persons on public support 2019: 2395 (apr. 2019) | Full-time persons on public support 2018: 2500 (apr. 2018)"),
            "{row}"
        );
        // Other indicators list this year's figures as before, without a year.
        let share = row_of(&csv, "public_support_share");
        assert!(
            share.ends_with(";Fuldtidspersoner på offentlig forsørgelse: 2395 (apr. 2019) | Borgere 16–66 år: 16884"),
            "{share}"
        );
    }

    #[test]
    fn fields_with_separators_quotes_or_formulas_are_quoted() {
        assert_eq!(quote("a;b", ';'), "\"a;b\"");
        assert_eq!(quote("say \"hi\"", ','), "\"say \"\"hi\"\"\"");
        assert_eq!(quote("=1+1", ','), "'=1+1");
        assert_eq!(quote("a,b", ';'), "a,b");
    }

    #[test]
    fn a_theme_that_is_no_goal_of_the_year_is_said_so_and_local_extra_focus_where_the_plan_has_it()
    {
        // Lejre's 2019 figures include the control figures of 2018's goal, and its plan has
        // lines under that theme: local extra focus, as the Goals view and the report say.
        let csv = lejre_csv(Dialect::DanishExcel);
        let row = row_of(&csv, "control_change_rate");
        assert!(
            row.contains(";Bekæmpelse af socialt bedrageri (lokalt ekstra fokus);"),
            "{row}"
        );
        let mut doc = Document::new(2019, Lang::En);
        doc.figures
            .insert("control_cases".into(), crate::figures::Entry::Number(10.0));
        doc.figures.insert(
            "control_cases_changed".into(),
            crate::figures::Entry::Number(2.0),
        );
        let csv = gap_table(Catalogue::builtin(), &doc, Dialect::International);
        let row = row_of(&csv, "control_change_rate");
        assert!(row.starts_with(",2019,control_change_rate,"), "{row}");
        assert!(row.contains("(not one of the year's goals)"), "{row}");
    }
}
