//! A small map from ids to values, kept sorted by id: the figures, references and plan lines of a
//! document. A sorted list is all these few dozen entries need, and it ships a fraction of the
//! code of `BTreeMap`.

use std::ops::Index;

/// Ids (figure, indicator or theme ids) to values, in id order.
#[derive(Clone, Debug, PartialEq)]
pub struct Map<V>(Vec<(String, V)>);

impl<V> Default for Map<V> {
    fn default() -> Self {
        Map(Vec::new())
    }
}

impl<V> Map<V> {
    pub fn new() -> Self {
        Map::default()
    }

    fn find(&self, id: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|(k, _)| k.as_str().cmp(id))
    }

    pub fn get(&self, id: &str) -> Option<&V> {
        self.find(id).ok().map(|i| &self.0[i].1)
    }

    pub fn get_mut(&mut self, id: &str) -> Option<&mut V> {
        self.find(id).ok().map(|i| &mut self.0[i].1)
    }

    pub fn contains_key(&self, id: &str) -> bool {
        self.find(id).is_ok()
    }

    /// Sets `id` to `value`; returns the value it had.
    pub fn insert(&mut self, id: String, value: V) -> Option<V> {
        match self.find(&id) {
            Ok(i) => Some(std::mem::replace(&mut self.0[i].1, value)),
            Err(i) => {
                self.0.insert(i, (id, value));
                None
            }
        }
    }

    pub fn remove(&mut self, id: &str) -> Option<V> {
        self.find(id).ok().map(|i| self.0.remove(i).1)
    }

    /// The value of `id`, set to the default first if there is none.
    pub fn get_or_default(&mut self, id: String) -> &mut V
    where
        V: Default,
    {
        let i = match self.find(&id) {
            Ok(i) => i,
            Err(i) => {
                self.0.insert(i, (id, V::default()));
                i
            }
        };
        &mut self.0[i].1
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = (&String, &V)> {
        self.0.iter().map(|(k, v)| (k, v))
    }

    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.0.iter().map(|(k, _)| k)
    }

    pub fn values(&self) -> impl Iterator<Item = &V> {
        self.0.iter().map(|(_, v)| v)
    }
}

impl<V> Index<&str> for Map<V> {
    type Output = V;

    /// Panics when `id` is absent, like `BTreeMap`'s index.
    fn index(&self, id: &str) -> &V {
        self.get(id).expect("no entry for this id")
    }
}

impl<'a, V> IntoIterator for &'a Map<V> {
    type Item = (&'a String, &'a V);
    type IntoIter = std::iter::Map<
        std::slice::Iter<'a, (String, V)>,
        fn(&'a (String, V)) -> (&'a String, &'a V),
    >;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter().map(|(k, v)| (k, v))
    }
}

impl<V> FromIterator<(String, V)> for Map<V> {
    fn from_iter<I: IntoIterator<Item = (String, V)>>(items: I) -> Self {
        Map::from_members(items)
    }
}

impl<V> Map<V> {
    /// A map of `members` in any order, sorted once; a repeated id keeps its last value. Linear
    /// up to the sort, where inserting one by one would shift the list at every member.
    pub fn from_members(members: impl IntoIterator<Item = (String, V)>) -> Self {
        // Each member is taken out of its slot once, in id order.
        let mut members: Vec<Option<(String, V)>> = members.into_iter().map(Some).collect();
        let ids: Vec<&str> = members
            .iter()
            .flatten()
            .map(|(id, _)| id.as_str())
            .collect();
        let order = sorted_order(&ids);
        let mut unique: Vec<(String, V)> = Vec::with_capacity(members.len());
        for i in order {
            let Some(member) = members[i].take() else {
                continue;
            };
            match unique.last_mut() {
                Some(last) if last.0 == member.0 => *last = member,
                _ => unique.push(member),
            }
        }
        Map(unique)
    }

    /// The members, in id order.
    pub fn into_members(self) -> impl Iterator<Item = (String, V)> {
        self.0.into_iter()
    }
}

/// The positions of `ids` in id order; equal ids keep their order. Not generic, so every map
/// type shares one sort (each instance of the standard sort is several KB of wasm).
#[inline(never)]
fn sorted_order(ids: &[&str]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..ids.len()).collect();
    order.sort_by(|&a, &b| ids[a].cmp(ids[b]));
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_stay_sorted_and_unique() {
        let mut map: Map<u32> = [("b", 2), ("a", 1), ("c", 3), ("a", 4)]
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect();
        assert_eq!(map.keys().collect::<Vec<_>>(), ["a", "b", "c"]);
        assert_eq!(map["a"], 4);
        assert_eq!(map.insert("b".into(), 5), Some(2));
        assert_eq!(map.remove("c"), Some(3));
        assert_eq!(map.remove("c"), None);
        *map.get_or_default("0".into()) += 7;
        assert_eq!(
            map.iter()
                .map(|(k, v)| format!("{k}{v}"))
                .collect::<Vec<_>>(),
            ["07", "a4", "b5"]
        );
        assert!(map.contains_key("a") && !map.contains_key("z"));
        assert_eq!(map.len(), 3);
    }
}
