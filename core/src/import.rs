//! Reading a file of public data into a table of figures, so a user can fill their
//! municipality's figures from a download instead of typing them. Three layouts, told apart by
//! their headings: Jobindsats.dk's API rows as JSON (an array, the API's own
//! `Variables`/`Data` answer, or one object a line) or as `;`-CSV, and Statistikbanken's CSV
//! (variable codes ending in `TID;INDHOLD`).
//!
//! Not for the app's own files (the state document, the gap table) and not a guesser: which
//! figure a column fills is [`figure_for`]'s conservative keyword match, and a column it is
//! unsure of fills nothing. A suppressed value (`..`, `-`, `null`, an empty field) is
//! [`Cell::Suppressed`], never 0. Refused, with a message naming the line (or, in a JSON array,
//! the row): a row without an area or a period, a row repeating an earlier one's area, period
//! and dimension values, a measure that is neither a number nor a suppressed value, and files
//! over [`MAX_BYTES`].

use std::collections::HashMap;

use crate::json::{self, Value};
use crate::text::{Lang, capitalise, lower};

/// Larger files are refused: the largest real one, the benchmark for all 98 municipalities over
/// three years, is 1.8 MB, and reading holds the text several times over.
pub const MAX_BYTES: usize = 2 * 1024 * 1024;

/// More columns than this is no published table: refused, so a crafted file cannot make rows of
/// mostly empty cells.
const MAX_COLUMNS: usize = 100;

/// A table is kept as areas × periods × measures; past this many cells a sparse file would
/// cost far more memory than its size.
const MAX_CELLS: usize = 2_000_000;

/// Where a file comes from, as read from its headings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    JobindsatsJson,
    JobindsatsCsv,
    Statistikbanken,
}

/// One value of a measure.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Cell {
    Number(f64),
    /// The source withholds it (`..`, `-`, `null`, empty): unknown, never zero.
    Suppressed,
    /// The file has no such value for this row at all.
    Missing,
}

/// A file's rows. Jobindsats keeps its rows and columns as published; Statistikbanken's rows
/// (one value each) are gathered into one row per area and period, with one measure per
/// combination of dimension values (`YDELSESTYPE: Kontanthjælp`, or `INDHOLD` without any).
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    pub layout: Layout,
    /// Measure column labels, as in the file.
    pub measures: Vec<String>,
    pub rows: Vec<TableRow>,
}

/// One row of a file: its area and period, its dimension values, and one cell per measure.
#[derive(Clone, Debug, PartialEq)]
pub struct TableRow {
    /// As written in the file (`Lejre`, `350 Lejre`): see [`area_matches`].
    pub area: String,
    pub period: String,
    /// (column label, value) of each text column other than area and period; empty for
    /// Statistikbanken, whose dimensions are in the measures' labels.
    pub dimensions: Vec<(String, String)>,
    /// Parallel to [`Table::measures`].
    pub cells: Vec<Cell>,
    /// Parallel to [`Table::cells`]: a number's text as the file wrote it (`2,10`, `1.170`),
    /// where it was written as text; the preview shows that, not the number written anew
    /// (which would drop the `0` of `2,10`). `None` for a JSON number and for no number.
    pub written: Vec<Option<Box<str>>>,
}

/// Where in a file something is: a line, or the n-th row of a JSON array (which may be
/// written on any number of lines).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    Line(usize),
    Row(usize),
}

/// Why a file cannot be read; [`ImportError::message`] says what was expected.
#[derive(Clone, Debug, PartialEq)]
pub enum ImportError {
    Empty,
    TooLarge {
        bytes: usize,
    },
    /// None of the three layouts.
    NotATable,
    /// It starts like JSON but is not; for JSON Lines, the line that is not.
    BadJson {
        line: Option<usize>,
    },
    UnclosedQuote {
        line: usize,
    },
    FieldCount {
        line: usize,
        found: usize,
        expected: usize,
    },
    /// A heading and no rows.
    NoRows,
    /// A Statistikbanken table without an area variable (e.g. figures for the whole country).
    NoAreaColumn,
    MissingArea {
        at: Place,
    },
    MissingPeriod {
        at: Place,
    },
    /// The same area, period and dimension values as the row at `first`: which is right
    /// cannot be told, so neither is taken.
    Repeated {
        at: Place,
        first: Place,
    },
    NotANumber {
        at: Place,
        column: String,
        value: String,
    },
    TooManyValues,
}

impl ImportError {
    /// What is wrong and what was expected, in plain words.
    pub fn message(&self, lang: Lang) -> String {
        use ImportError::*;
        // Both languages side by side, so neither is forgotten; the other one is thrown away.
        let pick = |da: &str, en: &str| match lang {
            Lang::Da => da.to_string(),
            Lang::En => en.to_string(),
        };
        let at = |place: &Place| {
            let name = |lang| capitalise(&place_name(*place, lang));
            (name(Lang::Da), name(Lang::En))
        };
        match self {
            Empty => pick("Filen er tom.", "The file is empty."),
            TooLarge { bytes } => {
                let mb = crate::number::format(*bytes as f64 / 1048576.0, 1, lang);
                pick(
                    &format!(
                        "Filen fylder {mb} MB; højst 2 MB kan læses. Vælg færre områder eller perioder i udtrækket."
                    ),
                    &format!(
                        "The file is {mb} MB; at most 2 MB can be read. Choose fewer areas or periods in the extract."
                    ),
                )
            }
            NotATable => pick(
                "Filen er ikke en tabel fra Jobindsats.dk eller Statistikbanken. Forventet: JSON-rækker med kolonnerne Area og Periode, eller en CSV med semikolon, hvis overskrift har Område og Periode (Jobindsats) eller ender på TID;INDHOLD (Statistikbanken).",
                "The file is not a table from Jobindsats.dk or Statistikbanken. Expected: JSON rows with the columns Area and Periode, or a semicolon CSV whose heading has Område and Periode (Jobindsats) or ends in TID;INDHOLD (Statistikbanken).",
            ),
            BadJson { line: Some(line) } => pick(
                &format!("Linje {line} er ikke gyldig JSON. Forventet: ét JSON-objekt pr. linje."),
                &format!("Line {line} is not valid JSON. Expected: one JSON object a line."),
            ),
            BadJson { line: None } => pick(
                "Filen ligner JSON, men kan ikke læses som JSON; måske er den ikke hentet helt.",
                "The file looks like JSON but cannot be read as JSON; perhaps it was not downloaded in full.",
            ),
            UnclosedQuote { line } => pick(
                &format!("Linje {line} har et anførselstegn, der ikke lukkes igen."),
                &format!("Line {line} opens a quotation mark that is never closed."),
            ),
            FieldCount {
                line,
                found,
                expected,
            } => pick(
                &format!("Linje {line} har {found} felter, men overskriften har {expected}."),
                &format!("Line {line} has {found} fields, but the heading has {expected}."),
            ),
            NoRows => pick(
                "Tabellen har en overskrift, men ingen rækker.",
                "The table has a heading but no rows.",
            ),
            NoAreaColumn => pick(
                "Tabellen fra Statistikbanken har ingen kolonne med område (OMRÅDE). Tag området med i udtrækket.",
                "The Statistikbanken table has no area column (OMRÅDE). Include the area in the extract.",
            ),
            MissingArea { at: place } => {
                let (da, en) = at(place);
                pick(
                    &format!("{da} har intet område."),
                    &format!("{en} has no area."),
                )
            }
            MissingPeriod { at: place } => {
                let (da, en) = at(place);
                pick(
                    &format!("{da} har ingen periode."),
                    &format!("{en} has no period."),
                )
            }
            Repeated { at: place, first } => {
                let ((da, en), first) = (at(place), |lang| place_name(*first, lang));
                let (first_da, first_en) = (first(Lang::Da), first(Lang::En));
                pick(
                    &format!(
                        "{da} gentager {first_da}: samme område, periode og opdeling. Hvert tal må kun stå én gang."
                    ),
                    &format!(
                        "{en} repeats {first_en}: the same area, period and breakdown. Each figure may appear only once."
                    ),
                )
            }
            NotANumber {
                at: place,
                column,
                value,
            } => {
                let ((da, en), value) = (at(place), shortened(value));
                pick(
                    &format!(
                        "{da}, kolonnen »{column}«: »{value}« er ikke et tal. Forventet et tal med decimalkomma (fx 6,87 eller 1.170) eller .. for et udeladt tal."
                    ),
                    &format!(
                        "{en}, column “{column}”: “{value}” is not a number. Expected a number with a decimal comma (e.g. 6,87 or 1.170) or .. for a withheld one."
                    ),
                )
            }
            TooManyValues => pick(
                "Tabellen har for mange kombinationer af område, periode og opdeling. Vælg færre i udtrækket.",
                "The table has too many combinations of area, period and breakdown. Choose fewer in the extract.",
            ),
        }
    }
}

fn place_name(place: Place, lang: Lang) -> String {
    match (place, lang) {
        (Place::Line(n), Lang::Da) => format!("linje {n}"),
        (Place::Line(n), Lang::En) => format!("line {n}"),
        (Place::Row(n), Lang::Da) => format!("række {n}"),
        (Place::Row(n), Lang::En) => format!("row {n}"),
    }
}

/// A value as quoted in a message: a whole line of garbage would drown the message.
fn shortened(value: &str) -> String {
    match value.char_indices().nth(40) {
        Some((end, _)) => format!("{}…", &value[..end]),
        None => value.to_string(),
    }
}

/// Reads a file's text in whichever layout it is (with or without a byte-order mark, CRLF or LF
/// line ends). Never panics.
pub fn read(text: &str) -> Result<Table, ImportError> {
    if text.len() > MAX_BYTES {
        return Err(ImportError::TooLarge { bytes: text.len() });
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let start = text.trim_start();
    if start.is_empty() {
        return Err(ImportError::Empty);
    }
    match start.starts_with(['[', '{']) {
        true => jobindsats(Layout::JobindsatsJson, json_records(text)?),
        false => csv_table(text),
    }
}

/// A `;`-CSV from Jobindsats or Statistikbanken, told apart by its heading.
fn csv_table(text: &str) -> Result<Table, ImportError> {
    let mut reader = CsvReader {
        text,
        at: 0,
        line: 1,
    };
    let Some(Ok((_, mut heading))) = reader.next() else {
        return Err(ImportError::NotATable);
    };
    while heading.len() > 1 && heading.last().is_some_and(|h| h.trim().is_empty()) {
        heading.pop(); // a `;` ending each line
    }
    let heading: Vec<String> = heading.iter().map(|h| h.trim().to_string()).collect();
    let codes: Vec<String> = heading.iter().map(|h| lower(h)).collect();
    let statistikbanken = codes.len() >= 3 && codes.ends_with(&["tid".into(), "indhold".into()]);
    let jobindsats_csv =
        codes.iter().any(|c| is_area_label(c)) && codes.iter().any(|c| is_period_label(c));
    if !(statistikbanken || jobindsats_csv) || heading.len() > MAX_COLUMNS {
        return Err(ImportError::NotATable);
    }
    let mut rows = Vec::new();
    for record in reader {
        let (line, mut fields) = record?;
        if fields.len() > heading.len()
            && fields[heading.len()..].iter().all(|f| f.trim().is_empty())
        {
            fields.truncate(heading.len());
        }
        if fields.len() != heading.len() {
            let (found, expected) = (fields.len(), heading.len());
            return Err(ImportError::FieldCount {
                line,
                found,
                expected,
            });
        }
        rows.push((Place::Line(line), fields));
    }
    if rows.is_empty() {
        return Err(ImportError::NoRows);
    }
    if statistikbanken {
        return statistikbanken_table(&heading, &rows);
    }
    let rows = rows
        .into_iter()
        .map(|(place, fields)| {
            (
                place,
                fields.into_iter().map(Field::Text).enumerate().collect(),
            )
        })
        .collect();
    jobindsats(
        Layout::JobindsatsCsv,
        Records {
            columns: heading,
            rows,
        },
    )
}

fn is_area_label(label: &str) -> bool {
    matches!(lower(label.trim()).as_str(), "area" | "område" | "omraade")
}

fn is_period_label(label: &str) -> bool {
    matches!(lower(label.trim()).as_str(), "periode" | "period")
}

/// A field as the file has it, before its column is known to be a dimension or a measure.
#[derive(Clone, Debug)]
enum Field {
    Number(f64),
    Text(String),
    Null,
}

/// Jobindsats' rows before they are read: each row holds (column index, field) for the
/// columns it has (a JSON object may leave some out).
struct Records {
    columns: Vec<String>,
    rows: Vec<(Place, Vec<(usize, Field)>)>,
}

/// A JSON array of row objects, the API's `[{"Variables": […], "Data": [[…], …]}]`, or JSON
/// Lines: one row object a line.
fn json_records(text: &str) -> Result<Records, ImportError> {
    let values: Vec<(Place, Value)> = match json::parse(text) {
        Some(Value::List(items)) => {
            if let Some(records) = api_answer(&items) {
                return records;
            }
            items
                .into_iter()
                .enumerate()
                .map(|(i, v)| (Place::Row(i + 1), v))
                .collect()
        }
        Some(Value::Object(members)) => vec![(Place::Line(1), Value::Object(members))],
        Some(_) => return Err(ImportError::NotATable),
        None if text.trim_start().starts_with('[') => {
            return Err(ImportError::BadJson { line: None });
        }
        None => {
            let mut values = Vec::new();
            for (i, line) in text
                .lines()
                .enumerate()
                .filter(|(_, l)| !l.trim().is_empty())
            {
                match json::parse(line) {
                    Some(value) => values.push((Place::Line(i + 1), value)),
                    None => return Err(ImportError::BadJson { line: Some(i + 1) }),
                }
            }
            values
        }
    };
    let mut columns: Vec<String> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut rows = Vec::new();
    for (place, value) in values {
        let Value::Object(members) = value else {
            return Err(ImportError::NotATable);
        };
        let mut row = Vec::with_capacity(members.len());
        for (name, value) in members {
            let next = columns.len();
            let column = *index.entry(name.clone()).or_insert(next);
            if column == next {
                columns.push(name);
                if columns.len() > MAX_COLUMNS {
                    return Err(ImportError::NotATable);
                }
            }
            row.push((column, field(value)));
        }
        rows.push((place, row));
    }
    Ok(Records { columns, rows })
}

/// The member `name` of a JSON object.
fn member<'a>(value: &'a Value, name: &str) -> Option<&'a Value> {
    match value {
        Value::Object(members) => members.iter().find(|(n, _)| n == name).map(|(_, v)| v),
        _ => None,
    }
}

/// The Jobindsats API's own answer, if `items` is one: blocks of column labels in `Variables`
/// and rows as lists in `Data`.
fn api_answer(items: &[Value]) -> Option<Result<Records, ImportError>> {
    member(items.first()?, "Variables")?;
    let (mut columns, mut rows) = (Vec::new(), Vec::new());
    for block in items {
        let (Some(Value::List(variables)), Some(Value::List(data))) =
            (member(block, "Variables"), member(block, "Data"))
        else {
            return Some(Err(ImportError::NotATable));
        };
        let labels: Option<Vec<String>> = variables
            .iter()
            .map(|v| match member(v, "Label") {
                Some(Value::Text(label)) => Some(label.clone()),
                _ => None,
            })
            .collect();
        match labels {
            Some(labels)
                if labels.len() <= MAX_COLUMNS && (rows.is_empty() || labels == columns) =>
            {
                columns = labels
            }
            _ => return Some(Err(ImportError::NotATable)),
        }
        for row in data {
            let Value::List(fields) = row else {
                return Some(Err(ImportError::NotATable));
            };
            let fields = fields.iter().take(columns.len()).map(|f| field(f.clone()));
            rows.push((Place::Row(rows.len() + 1), fields.enumerate().collect()));
        }
    }
    Some(Ok(Records { columns, rows }))
}

fn field(value: Value) -> Field {
    match value {
        Value::Number(n) => Field::Number(n),
        Value::Text(text) => Field::Text(text),
        Value::Null => Field::Null,
        Value::Bool(b) => Field::Text(b.to_string()),
        Value::List(_) | Value::Object(_) => Field::Text("…".into()),
    }
}

/// What a text field says as a measure value.
enum Reading {
    Number(f64),
    Suppressed,
    Word,
}

fn reading(text: &str) -> Reading {
    let text = text.trim();
    // Statistikbanken writes `..`; Jobindsats `..` or `-`; others `x`, `:` or `*`.
    if text.is_empty()
        || matches!(
            text,
            ".." | "..." | "." | "-" | "–" | "—" | "x" | "X" | ":" | "*"
        )
    {
        return Reading::Suppressed;
    }
    danish_number(text).map_or(Reading::Word, Reading::Number)
}

/// A row's area and period, both required: a figure for no place or no time fills nothing.
fn area_and_period(area: &str, period: &str, at: Place) -> Result<(String, String), ImportError> {
    match (area.trim(), period.trim()) {
        ("", _) => Err(ImportError::MissingArea { at }),
        (_, "") => Err(ImportError::MissingPeriod { at }),
        (area, period) => Ok((area.to_string(), period.to_string())),
    }
}

/// A measure's value from its text, or why it is none.
fn text_cell(value: &str, at: Place, column: &str) -> Result<Cell, ImportError> {
    match reading(value) {
        Reading::Number(n) => Ok(Cell::Number(n)),
        Reading::Suppressed => Ok(Cell::Suppressed),
        Reading::Word => Err(ImportError::NotANumber {
            at,
            column: column.to_string(),
            value: value.to_string(),
        }),
    }
}

/// A number as Danish public files write it: `,` is the decimal mark and `.` groups thousands
/// (`1.170`, `-9,08`). Not `number::parse`, which reads what a user types and so may take
/// `1,170` for a thousand and more: in these files it is one point one seven.
fn danish_number(text: &str) -> Option<f64> {
    let (negative, text) = match text.strip_prefix(['-', '−']) {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let (whole, fraction) = match text.split_once(',') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (text, None),
    };
    let mut groups = whole.split('.');
    let first = groups.next().unwrap_or_default();
    if !digits(first) || (whole.contains('.') && first.len() > 3) {
        return None;
    }
    let mut plain = first.to_string();
    for group in groups {
        if group.len() != 3 || !digits(group) {
            return None;
        }
        plain.push_str(group);
    }
    let mut exponent = 0i64;
    if let Some(fraction) = fraction {
        if !digits(fraction) {
            return None;
        }
        plain.push_str(fraction);
        exponent = -(fraction.len() as i64);
    }
    // The app's own decimal reading, not `str::parse::<f64>`: the standard library's float
    // tables would ship with the part that reads files.
    let value = crate::number::from_decimal(plain.as_bytes(), exponent);
    value
        .is_finite()
        .then_some(if negative { -value } else { value })
}

/// Jobindsats' rows as a table. A column is a dimension when some value in it is text that is
/// no number (the benefit group); any other column but area and period is a measure. A JSON
/// number makes its column a measure whatever else it holds, so a stray word there is refused
/// rather than turning the column into a dimension.
fn jobindsats(layout: Layout, records: Records) -> Result<Table, ImportError> {
    let Records { columns, rows } = records;
    let area = columns.iter().position(|c| is_area_label(c));
    let period = columns.iter().position(|c| is_period_label(c));
    let (Some(area), Some(period)) = (area, period) else {
        return Err(ImportError::NotATable);
    };
    if rows.is_empty() {
        return Err(ImportError::NoRows);
    }
    let (mut has_word, mut has_number) = (vec![false; columns.len()], vec![false; columns.len()]);
    for (column, field) in rows.iter().flat_map(|(_, fields)| fields) {
        match field {
            Field::Number(_) => has_number[*column] = true,
            Field::Text(text) if matches!(reading(text), Reading::Word) => has_word[*column] = true,
            _ => {}
        }
    }
    let others = (0..columns.len()).filter(|&c| c != area && c != period);
    let (measures, dimensions): (Vec<usize>, Vec<usize>) =
        others.partition(|&c| has_number[c] || !has_word[c]);
    if rows.len().saturating_mul(measures.len()) > MAX_CELLS {
        return Err(ImportError::TooManyValues);
    }
    let mut seen: HashMap<(String, String, Vec<String>), Place> = HashMap::new();
    let mut table_rows = Vec::with_capacity(rows.len());
    let mut by_column: Vec<Option<&Field>> = vec![None; columns.len()];
    for (place, fields) in &rows {
        by_column.fill(None);
        for (column, field) in fields {
            by_column[*column] = Some(field);
        }
        let text = |column: usize| match by_column[column] {
            Some(Field::Text(text)) => text.trim().to_string(),
            Some(Field::Number(n)) => n.to_string(),
            Some(Field::Null) | None => String::new(),
        };
        let (area, period) = area_and_period(&text(area), &text(period), *place)?;
        let dimensions: Vec<(String, String)> = dimensions
            .iter()
            .map(|&c| (columns[c].clone(), text(c)))
            .collect();
        let mut cells = Vec::with_capacity(measures.len());
        let mut written = Vec::with_capacity(measures.len());
        for &column in &measures {
            let cell = match by_column[column] {
                None => Cell::Missing,
                Some(Field::Null) => Cell::Suppressed,
                Some(Field::Number(n)) => Cell::Number(*n),
                Some(Field::Text(value)) => text_cell(value, *place, &columns[column])?,
            };
            written.push(match (cell, by_column[column]) {
                (Cell::Number(_), Some(Field::Text(value))) => Some(value.trim().into()),
                _ => None,
            });
            cells.push(cell);
        }
        let key = (
            area.clone(),
            period.clone(),
            dimensions.iter().map(|(_, v)| v.clone()).collect(),
        );
        if let Some(first) = seen.insert(key, *place) {
            return Err(ImportError::Repeated { at: *place, first });
        }
        table_rows.push(TableRow {
            area,
            period,
            dimensions,
            cells,
            written,
        });
    }
    let measures = measures.iter().map(|&c| columns[c].clone()).collect();
    Ok(Table {
        layout,
        measures,
        rows: table_rows,
    })
}

/// Statistikbanken's codes for the area variable, lower case.
const AREA_CODES: [&str; 5] = ["område", "komk", "kommune", "bopkom", "bopomr"];

/// Statistikbanken's rows (one value each, in `INDHOLD`) gathered into one row per area and
/// period, one measure per combination of the other variables' values.
fn statistikbanken_table(
    heading: &[String],
    rows: &[(Place, Vec<String>)],
) -> Result<Table, ImportError> {
    let (time, content) = (heading.len() - 2, heading.len() - 1);
    let area = heading[..time]
        .iter()
        .position(|h| AREA_CODES.contains(&lower(h).as_str()))
        .ok_or(ImportError::NoAreaColumn)?;
    let dimensions: Vec<usize> = (0..time).filter(|&c| c != area).collect();
    let (mut measures, mut measure_index) = (Vec::new(), HashMap::new());
    let (mut keys, mut key_index) = (Vec::new(), HashMap::new());
    let mut seen: HashMap<(usize, usize), Place> = HashMap::new();
    let mut values = Vec::with_capacity(rows.len());
    for (place, fields) in rows {
        let key = area_and_period(&fields[area], &fields[time], *place)?;
        let label = match dimensions.is_empty() {
            true => heading[content].clone(),
            false => dimensions
                .iter()
                .map(|&c| format!("{}: {}", heading[c], fields[c].trim()))
                .collect::<Vec<_>>()
                .join("; "),
        };
        let cell = text_cell(&fields[content], *place, &heading[content])?;
        let written = match cell {
            Cell::Number(_) => Some(fields[content].trim().into()),
            _ => None,
        };
        let measure = *measure_index.entry(label.clone()).or_insert_with(|| {
            measures.push(label);
            measures.len() - 1
        });
        let row = *key_index.entry(key.clone()).or_insert_with(|| {
            keys.push(key);
            keys.len() - 1
        });
        if let Some(first) = seen.insert((row, measure), *place) {
            return Err(ImportError::Repeated { at: *place, first });
        }
        values.push((row, measure, cell, written));
    }
    if keys.len().saturating_mul(measures.len()) > MAX_CELLS {
        return Err(ImportError::TooManyValues);
    }
    let mut table_rows: Vec<TableRow> = keys
        .into_iter()
        .map(|(area, period)| TableRow {
            area,
            period,
            dimensions: Vec::new(),
            cells: vec![Cell::Missing; measures.len()],
            written: vec![None; measures.len()],
        })
        .collect();
    for (row, measure, cell, written) in values {
        table_rows[row].cells[measure] = cell;
        table_rows[row].written[measure] = written;
    }
    Ok(Table {
        layout: Layout::Statistikbanken,
        measures,
        rows: table_rows,
    })
}

/// Reads `;`-separated records one at a time. A field may be quoted (`""` for a quote inside)
/// and then hold `;` and line breaks; blank lines are skipped.
struct CsvReader<'a> {
    text: &'a str,
    at: usize,
    /// The line `at` is on, from 1.
    line: usize,
}

impl Iterator for CsvReader<'_> {
    type Item = Result<(usize, Vec<String>), ImportError>;

    fn next(&mut self) -> Option<Self::Item> {
        let (text, bytes) = (self.text, self.text.as_bytes());
        loop {
            let rest = &text[self.at..];
            let end = rest.find('\n');
            if !rest[..end.unwrap_or(rest.len())].trim().is_empty() {
                break;
            }
            self.at += end? + 1;
            self.line += 1;
        }
        let start = self.line;
        let (mut fields, mut field) = (Vec::new(), String::new());
        loop {
            if bytes.get(self.at) == Some(&b'"') {
                self.at += 1;
                loop {
                    let Some(quote) = text[self.at..].find('"').map(|q| self.at + q) else {
                        self.at = text.len(); // so the reader ends after this error
                        return Some(Err(ImportError::UnclosedQuote { line: start }));
                    };
                    field.push_str(&text[self.at..quote]);
                    self.line += text[self.at..quote].matches('\n').count();
                    self.at = quote + 1;
                    if bytes.get(self.at) != Some(&b'"') {
                        break;
                    }
                    field.push('"');
                    self.at += 1;
                }
            }
            // ASCII `;` and `\n` always end a character, so the slices stay on char boundaries.
            let end = text[self.at..]
                .find([';', '\n'])
                .map_or(text.len(), |e| self.at + e);
            let piece = &text[self.at..end];
            let ends_line = bytes.get(end) != Some(&b';');
            field.push_str(if ends_line {
                piece.strip_suffix('\r').unwrap_or(piece)
            } else {
                piece
            });
            fields.push(std::mem::take(&mut field));
            self.at = (end + 1).min(text.len());
            if ends_line {
                self.line += usize::from(end < text.len());
                return Some(Ok((start, fields)));
            }
        }
    }
}

impl Table {
    /// The areas, each once, in file order.
    pub fn areas(&self) -> Vec<String> {
        distinct(self.rows.iter().map(|r| &r.area))
    }

    /// The periods, each once, oldest first: by year and sub-period when all are of one form
    /// (`2020QMAT02` before `2020QMAT04`, `2019K3` before `2019K4`), else by the months they
    /// cover when all can be read as months, else in file order.
    pub fn periods(&self) -> Vec<String> {
        let mut periods = distinct(self.rows.iter().map(|r| &r.period));
        let forms: Option<Vec<(String, u32, u32)>> =
            periods.iter().map(|p| period_form(p)).collect();
        let months: Option<Vec<crate::period::Months>> =
            periods.iter().map(|p| crate::period::months(p)).collect();
        let order: Option<Vec<(u32, u32)>> = match (forms, months) {
            (Some(forms), _) if forms.iter().all(|f| f.0 == forms[0].0) => Some(
                forms
                    .into_iter()
                    .map(|(_, year, number)| (year, number))
                    .collect(),
            ),
            (_, Some(months)) => Some(months.into_iter().map(|m| (m.last, m.first)).collect()),
            _ => None,
        };
        if let Some(order) = order {
            let mut keyed: Vec<_> = order.into_iter().zip(periods).collect();
            keyed.sort_unstable_by_key(|(key, _)| *key);
            periods = keyed.into_iter().map(|(_, p)| p).collect();
        }
        periods
    }

    /// The newest of [`Table::periods`].
    pub fn newest_period(&self) -> Option<String> {
        self.periods().pop()
    }

    /// The first area that is the municipality `code`/`name` (see [`area_matches`]).
    pub fn find_area(&self, code: u16, name: &str) -> Option<String> {
        self.areas()
            .into_iter()
            .find(|a| area_matches(a, code, name))
    }

    /// The values for one area and period (both as written in the file): (label, cell) for each
    /// measure of each row, the row's dimension values in brackets after the measure
    /// (`… Faktisk antal (Ydelsesgrupper i alt)`, several joined by `; `). Values the file does
    /// not have ([`Cell::Missing`]) are left out.
    pub fn values(&self, area: &str, period: &str) -> Vec<(String, Cell)> {
        (self.values_as_written(area, period).into_iter())
            .map(|(label, cell, _)| (label, cell))
            .collect()
    }

    /// [`Table::values`], each with its number's text as the file wrote it, where it wrote one
    /// ([`TableRow::written`]).
    pub fn values_as_written(&self, area: &str, period: &str) -> Vec<(String, Cell, Option<&str>)> {
        let mut values = Vec::new();
        for row in self
            .rows
            .iter()
            .filter(|r| r.area == area && r.period == period)
        {
            let given: Vec<&str> = row
                .dimensions
                .iter()
                .map(|(_, v)| v.as_str())
                .filter(|v| !v.is_empty())
                .collect();
            let cells = row.cells.iter().zip(&row.written);
            for (measure, (cell, written)) in self.measures.iter().zip(cells) {
                if *cell == Cell::Missing {
                    continue;
                }
                let label = match given.is_empty() {
                    true => measure.clone(),
                    false => format!("{measure} ({})", given.join("; ")),
                };
                values.push((label, *cell, written.as_deref()));
            }
        }
        values
    }

    /// The published table the file is, where its columns tell (files do not name their
    /// table): Jobindsats' benchmark Y30R21, whose columns are its expected and actual counts
    /// ("Forventet og faktisk antal fuldtidspersoner på offentlig forsørgelse: …").
    pub fn published_table(&self) -> Option<&'static str> {
        let benchmark = |measure: &String| {
            lower(measure).starts_with("forventet og faktisk antal fuldtidspersoner")
        };
        let jobindsats = matches!(self.layout, Layout::JobindsatsJson | Layout::JobindsatsCsv);
        (jobindsats && self.measures.iter().any(benchmark)).then_some("Y30R21")
    }
}

fn distinct<'a>(items: impl Iterator<Item = &'a String>) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    items.filter(|item| seen.insert(*item)).cloned().collect()
}

/// A period as year and sub-period, with the form between them: `2020QMAT02` is
/// (`QMAT`, 2020, 2), `2019K4` (`K`, 2019, 4), `2019` (``, 2019, 0).
fn period_form(period: &str) -> Option<(String, u32, u32)> {
    let text = period.trim().to_ascii_uppercase();
    let year = text
        .get(..4)
        .filter(|y| y.bytes().all(|b| b.is_ascii_digit()))?
        .parse()
        .ok()?;
    let rest = &text[4..];
    let digits_at = rest
        .find(|c: char| c.is_ascii_digit())
        .unwrap_or(rest.len());
    let (form, number) = rest.split_at(digits_at);
    let number = match number {
        "" if form.is_empty() => 0,
        _ if number.len() > 4 || !number.bytes().all(|b| b.is_ascii_digit()) => return None,
        _ => number.parse().ok()?,
    };
    Some((form.to_string(), year, number))
}

/// Whether `area`, as a file writes it (`Lejre`, `350 Lejre`, `Lejre Kommune`, `lejre`, `350`),
/// is the municipality with this code and name. Case and spacing aside the name must be the
/// same: no spelling is guessed (`Hoje-Taastrup` is not `Høje-Taastrup`).
pub fn area_matches(area: &str, code: u16, name: &str) -> bool {
    let words = |text: &str| lower(&text.split_whitespace().collect::<Vec<_>>().join(" "));
    let without_suffix = |text: String| match text.strip_suffix(" kommune") {
        Some(name) => name.to_string(),
        None => text,
    };
    let area = words(area);
    let (number, rest) = area.split_once(' ').unwrap_or((area.as_str(), ""));
    let rest = match number.bytes().all(|b| b.is_ascii_digit()) && !number.is_empty() {
        true if number.parse::<u32>() != Ok(u32::from(code)) => return false,
        true if rest.is_empty() => return true,
        true => rest.to_string(),
        false => area.clone(),
    };
    let name = without_suffix(words(name));
    !name.is_empty() && without_suffix(rest) == name
}

/// Which label fills which figure, one rule a line: the figure | words the label must all have
/// | words it must have none of | dimension values allowed besides totals | the only
/// Statistikbanken variables that may break it down, if limited. Lower case, dashes as `-`.
/// Y30R21's count labels start "Forventet og faktisk antal …", so both have "faktisk antal".
/// FOLK1A counts everyone only at the age total; a bare `INDHOLD` names no table, so fills
/// nothing.
const RULES: &str = "\
benchmark_expected | forventet antal, ydelsesgrupper i alt | andel | |
benchmark_actual | faktisk antal, ydelsesgrupper i alt | forventet antal, andel | |
public_support_fte | fuldtidspersoner, offentlig forsørgelse | forventet, faktisk, benchmark, andel, pct, procent | |
public_support_share_published | andel, offentlig forsørgelse | forventet, faktisk, benchmark, point | |
refugees_total | flygtninge, familiesammenført | beskæftig, kvinder, andel, pct, procent, frekvens | |
refugees_employed | flygtninge, familiesammenført, beskæftig | kvinder, andel, pct, procent, frekvens | |
refugee_women_total | flygtninge, familiesammenført, kvinder | beskæftig, andel, pct, procent, frekvens | kvinder |
refugee_women_employed | flygtninge, familiesammenført, kvinder, beskæftig | andel, pct, procent, frekvens | kvinder |
cash_recipients | kontanthjælp, uddannelseshjælp, integrationsydelse | opvisiteret, jobparat, aktivitetsparat, andel, pct, procent | |
cash_progressed | i job eller opvisiteret | andel, pct, procent, frekvens | |
cash_jobready | fuldtidspersoner, kontanthjælp, jobparat | aktivitetsparat, uddannelseshjælp, integrationsydelse, andel, pct, procent | jobparat, kontanthjælp |
cash_activityready | fuldtidspersoner, kontanthjælp, aktivitetsparat | jobparat, uddannelseshjælp, integrationsydelse, andel, pct, procent | aktivitetsparat, kontanthjælp |
upskilling_started | opkvalificering, påbegynd | andel, pct, procent, frekvens | |
upskilling_recipients | ydelsesmodtagere, opkvalificering | påbegynd, andel, pct, procent | |
gross_unemployment_pct | bruttoledig, pct | antal, point | |
population_total | alder: | | | køn, alder, civilstand
population_16_66 | alder: 16-66 | | alder: 16-66 | køn, alder, civilstand
";

/// Which of the catalogue's figures a column of [`Table::values`] fills, if any, by keywords in
/// its label ([`RULES`]). Conservative: a wrong figure is worse than none, so a difference
/// (`Forskel …`), a rank (`Placering …`), a breakdown that is not a total (a benefit group other
/// than `Ydelsesgrupper i alt`) and anything unsure fill nothing.
pub fn figure_for(label: &str) -> Option<&'static str> {
    let words: Vec<&str> = label.split_whitespace().collect();
    let text = lower(&words.join(" ").replace(['–', '—', '‑'], "-"));
    if ["forskel", "placering", "rangliste"]
        .iter()
        .any(|w| text.contains(w))
    {
        return None;
    }
    let dimensions = dimensions_of(&text);
    let is_total = |value: &str| {
        let value = value.rsplit(": ").next().unwrap_or(value);
        matches!(
            value,
            "i alt" | "alle" | "total" | "alle aldre" | "begge køn"
        ) || value.ends_with(" i alt")
    };
    let list = |part: &'static str| part.split(',').map(str::trim).filter(|w| !w.is_empty());
    RULES.lines().find_map(|line| {
        let [figure, all, none, allowed, codes] = line.split('|').collect::<Vec<_>>()[..] else {
            return None;
        };
        let coded = |d: &&str| {
            d.split_once(": ")
                .is_some_and(|(c, _)| list(codes).any(|w| w == c))
        };
        let fits = list(all).all(|w| text.contains(w))
            && !list(none).any(|w| text.contains(w))
            && dimensions
                .iter()
                .all(|d| is_total(d) || list(allowed).any(|w| d.contains(w)))
            && (list(codes).next().is_none() || dimensions.iter().all(coded));
        fits.then(|| figure.trim())
    })
}

/// A letter of a Statistikbanken variable code (`OMRÅDE`, `KØN`): ASCII or Danish, without the
/// Unicode tables of `char::is_alphabetic`.
fn is_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || matches!(c, 'Æ' | 'Ø' | 'Å' | 'æ' | 'ø' | 'å')
}

/// The dimension values in a label as [`Table::values`] writes it: Statistikbanken's
/// `code: value; code: value`, or the bracket after a Jobindsats measure (a unit such as
/// `(pct.)` is no dimension).
fn dimensions_of(text: &str) -> Vec<&str> {
    let pieces: Vec<&str> = text.split("; ").collect();
    let coded = |piece: &&str| {
        piece
            .split_once(": ")
            .is_some_and(|(code, _)| !code.is_empty() && code.chars().all(is_letter))
    };
    if pieces.iter().all(coded) {
        return pieces;
    }
    let Some(inner) = text.strip_suffix(')') else {
        return Vec::new();
    };
    // The bracket's opening: the last `(` not closed before the end.
    let mut depth = 0;
    for (at, c) in inner.char_indices().rev() {
        match c {
            ')' => depth += 1,
            '(' if depth > 0 => depth -= 1,
            '(' => {
                let inside = &inner[at + 1..];
                return match inside {
                    "pct." | "pct" | "pct. point" | "procent" | "procentpoint" | "%" | "kr."
                    | "kr" | "antal" => Vec::new(),
                    _ => inside.split("; ").collect(),
                };
            }
            _ => {}
        }
    }
    Vec::new()
}
