//! Another tab's edit, taken as an edit: what changed between the document that tab had before
//! and after it (each figure of the year shown, each of its periods and tables, each other
//! year's figures, each indicator's references, each theme's lines of aim, each local indicator, the extra focus and
//! the return ratio on their own) is set in this tab's document, where this tab still
//! has what the other had before; nothing else is. So two tabs typing into different fields at
//! the same time both keep every character, a value this tab has changed since is not taken
//! back to an older one, and the year and language each tab shows stay its own.

use super::Document;
use crate::map::Map;

impl Document {
    /// Sets in `self` what changed from `before` to `after` (another tab's document before and
    /// after its edit) where `self` has what `before` has; returns whether `self` changed.
    pub fn take_edit(&mut self, before: &Document, after: &Document) -> bool {
        // The other tab may show another year: its figures are compared year by year.
        let catalogue = crate::Catalogue::builtin();
        let (before, after) = (
            &before.at_year(self.year, catalogue),
            &after.at_year(self.year, catalogue),
        );
        let mut changed = take_map(&mut self.figures, &before.figures, &after.figures);
        changed |= take_map(&mut self.periods, &before.periods, &after.periods);
        changed |= take_map(&mut self.tables, &before.tables, &after.tables);
        changed |= take_map(
            &mut self.other_years,
            &before.other_years,
            &after.other_years,
        );
        changed |= take_map(&mut self.references, &before.references, &after.references);
        changed |= take_map(&mut self.plan, &before.plan, &after.plan);
        changed |= take_map(&mut self.local, &before.local, &after.local);
        changed |= take(
            &mut self.extra_focus,
            &before.extra_focus,
            &after.extra_focus,
        );
        changed
            | take(
                &mut self.return_ratio,
                &before.return_ratio,
                &after.return_ratio,
            )
    }
}

/// Sets `mine` to `after` if the other tab changed it and this one has what it had before.
fn take<V: Clone + PartialEq>(mine: &mut V, before: &V, after: &V) -> bool {
    let taken = before != after && mine == before;
    if taken {
        *mine = after.clone();
    }
    taken
}

/// [`take`] for each id of a map (an id `after` has no value for is removed).
fn take_map<V: Clone + PartialEq>(mine: &mut Map<V>, before: &Map<V>, after: &Map<V>) -> bool {
    let mut changed = false;
    let ids: Vec<String> = before.keys().chain(after.keys()).cloned().collect();
    for id in ids {
        let mut value = mine.get(&id).cloned();
        if take(
            &mut value,
            &before.get(&id).cloned(),
            &after.get(&id).cloned(),
        ) {
            match value {
                Some(value) => mine.insert(id, value),
                None => mine.remove(&id),
            };
            changed = true;
        }
    }
    changed
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::figures::Entry;
    use crate::text::Lang;

    fn doc(figures: &[(&str, &str)]) -> Document {
        let mut doc = Document::new(2019, Lang::Da);
        for (id, text) in figures {
            doc.figures
                .insert(id.to_string(), Entry::Text(text.to_string()));
        }
        doc
    }

    #[test]
    fn another_tabs_edit_of_one_field_leaves_the_fields_typed_here() {
        // This tab has typed a count the other has not seen; the other types the name.
        let mut mine = doc(&[("municipality", "Fa"), ("population_16_66", "16.8")]);
        let before = doc(&[("municipality", "Fa")]);
        let after = doc(&[("municipality", "Fan")]);
        assert!(mine.take_edit(&before, &after));
        assert_eq!(
            mine,
            doc(&[("municipality", "Fan"), ("population_16_66", "16.8")])
        );
    }

    #[test]
    fn an_older_value_sent_back_does_not_undo_what_was_typed_here_since() {
        // The other tab sends "Fa" (taken from this tab) with its own edit of another field,
        // while this tab has typed on to "Fane".
        let mut mine = doc(&[("municipality", "Fane")]);
        let before = doc(&[("municipality", "F")]);
        let after = doc(&[("municipality", "Fa"), ("refugees_total", "900")]);
        assert!(mine.take_edit(&before, &after));
        assert_eq!(
            mine,
            doc(&[("municipality", "Fane"), ("refugees_total", "900")])
        );
    }

    #[test]
    fn a_removed_value_is_removed_and_an_unchanged_edit_changes_nothing() {
        let mut mine = doc(&[("municipality", "Lejre"), ("refugees_total", "900")]);
        let before = doc(&[("refugees_total", "900")]);
        assert!(mine.take_edit(&before, &doc(&[])));
        assert_eq!(mine, doc(&[("municipality", "Lejre")]));
        assert!(!mine.take_edit(&before, &before));
        // Already as the other tab has it: nothing to take.
        assert!(!mine.take_edit(&doc(&[]), &doc(&[("municipality", "Lejre")])));
    }

    #[test]
    fn the_year_and_language_shown_stay_this_tabs() {
        let mut mine = doc(&[]);
        let before = doc(&[]);
        let mut after = Document::new(2018, Lang::En);
        after.extra_focus = vec!["Unge".into()];
        after.return_ratio = Some(3.0);
        after
            .plan
            .insert("integration".into(), vec!["Flere i job".into()]);
        assert!(mine.take_edit(&before, &after));
        assert_eq!((mine.year, mine.lang), (2019, Lang::Da));
        assert_eq!(mine.extra_focus, vec!["Unge".to_string()]);
        assert_eq!(mine.return_ratio, Some(3.0));
        assert_eq!(mine.plan.get("integration").map(Vec::len), Some(1));
    }
}
