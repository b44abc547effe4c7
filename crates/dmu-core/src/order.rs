//! Sorting for the whole app through one instance of the standard library's sort. Every
//! `sort_by` on another type or with another comparison puts a copy of the sort's code
//! (several KB of wasm) into each bundle; these helpers sort positions instead, with the
//! comparison behind a `dyn`, so each bundle holds the sort once. Like `slice::sort_by`
//! they are stable: equal items keep their order.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, stably.
pub fn sort_by<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    // Many lists sorted are an answer's single role: nothing to sort, nothing to allocate.
    if items.len() < 2 {
        return;
    }
    let mut order = positions(items.len(), &mut |a, b| compare(&items[a], &items[b]));
    // `order[i]` is where the item that belongs at `i` is now. Follow each cycle of that
    // permutation, swapping every item into its place and marking the place done.
    for start in 0..order.len() {
        let mut at = start;
        loop {
            let from = order[at];
            order[at] = at;
            if from == start {
                break;
            }
            items.swap(at, from);
            at = from;
        }
    }
}

/// Sorts `items` by the key `key` gives, stably.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` in their natural order, stably.
pub fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, T::cmp);
}

/// Sorts `items` in their natural order and drops repeats: a set as a sorted list.
pub fn sort_dedup<T: Ord>(items: &mut Vec<T>) {
    sort(items);
    items.dedup();
}

/// The positions `0..len` in the order `compare` puts them: the one sort in the bundle.
#[allow(clippy::disallowed_methods)] // the one use, which the lint points everyone else to
fn positions(len: usize, compare: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| compare(a, b));
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[allow(clippy::disallowed_methods)] // compared with the standard library's sort
    fn sorts_like_the_standard_library_and_keeps_ties_in_order() {
        let mut rng = crate::rng::Rng::new(11);
        for len in [0usize, 1, 2, 3, 7, 20, 33, 100] {
            let mut items: Vec<(u32, usize)> =
                (0..len).map(|at| (rng.below(5) as u32, at)).collect();
            let mut expected = items.clone();
            expected.sort_by_key(|item| item.0);
            sort_by_key(&mut items, |item| item.0);
            assert_eq!(items, expected, "{len} items");
        }
    }

    #[test]
    fn sorts_by_a_comparison_that_reverses() {
        let mut words = vec!["b", "a", "c", "a"];
        sort_by(&mut words, |a, b| b.cmp(a));
        assert_eq!(words, ["c", "b", "a", "a"]);
    }

    #[test]
    fn a_sorted_set_has_no_repeats() {
        let mut roles = vec![3, 1, 3, 2, 1];
        sort_dedup(&mut roles);
        assert_eq!(roles, [1, 2, 3]);
    }

    #[test]
    fn moves_items_that_are_not_copy() {
        let mut names: Vec<String> = ["zoë", "anna", "bram"].map(String::from).into();
        sort_by_key(&mut names, |n| n.clone());
        assert_eq!(names, ["anna", "bram", "zoë"]);
    }
}
