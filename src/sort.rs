//! Stable sorting through one shared copy of the standard library's sort (smaller wasm).
//!
//! `slice::sort_by` is generic over the element type and the comparator, so every call site
//! compiles its own copy of the whole driftsort machinery (about 3 KB of wasm each, ~75 KB over
//! the crate). These helpers sort a list of indices instead, through a `dyn` comparator, so the
//! standard sort is instantiated once; each call site only adds a small closure and the
//! in-place permutation. The result is exactly `slice::sort_by`'s: stable, same order.

use std::cmp::Ordering;

/// Sorts `v` stably by `cmp`, with the same result as `v.sort_by(cmp)`.
pub fn sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    let items: &[T] = v;
    let order = stable_order(
        items.len(),
        &mut |a, b| match (items.get(a), items.get(b)) {
            (Some(x), Some(y)) => cmp(x, y),
            // Indices always come from `0..len`; this arm only keeps the closure panic-free.
            _ => a.cmp(&b),
        },
    );
    permute(v, order);
}

/// Sorts `v` stably by a key, with the same result as `v.sort_by_key(key)` (the key is
/// computed per comparison, as the standard library does).
pub fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `v` stably in ascending order, with the same result as `v.sort()`.
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp);
}

/// The stable sorting permutation of `0..len` under `cmp`: the one instantiation of the
/// standard sort that every helper above shares.
#[inline(never)]
fn stable_order(len: usize, cmp: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| cmp(a, b));
    order
}

/// Rearranges `v` in place so that slot `i` holds the element that was at `order[i]`, by
/// following each cycle of the permutation once (`order` must be a permutation of `0..len`).
fn permute<T>(v: &mut [T], mut order: Vec<usize>) {
    for start in 0..order.len() {
        let mut slot = start;
        // Each step fixes one slot and marks it done (`order[slot] = slot`), so every cycle,
        // and the whole pass, ends after at most `len` steps.
        while let Some(&from) = order.get(slot) {
            if let Some(mark) = order.get_mut(slot) {
                *mark = slot;
            }
            if from == start || from >= v.len() {
                break;
            }
            v.swap(slot, from);
            slot = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_std_sort_by_and_is_stable() {
        let base: Vec<(u32, char)> = "dbacbadcabdcbaaddc"
            .chars()
            .enumerate()
            .map(|(i, c)| ((i as u32 * 7) % 5, c))
            .collect();
        let mut ours = base.clone();
        let mut std = base.clone();
        sort_by(&mut ours, |a, b| a.1.cmp(&b.1));
        std.sort_by_key(|a| a.1);
        assert_eq!(ours, std);
        let mut ours = base.clone();
        let mut std = base;
        sort_by_key(&mut ours, |p| std::cmp::Reverse(p.0));
        std.sort_by_key(|p| std::cmp::Reverse(p.0));
        assert_eq!(ours, std);
    }

    #[test]
    fn sorts_strings_and_edge_cases() {
        let mut v: Vec<String> = ["pear", "apple", "fig", "apple", "kiwi"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        sort(&mut v);
        assert_eq!(v, ["apple", "apple", "fig", "kiwi", "pear"]);
        let mut empty: Vec<u8> = Vec::new();
        sort(&mut empty);
        assert!(empty.is_empty());
        let mut one = vec![3];
        sort(&mut one);
        assert_eq!(one, [3]);
        let mut rev: Vec<u32> = (0..100).rev().collect();
        sort(&mut rev);
        assert_eq!(rev, (0..100).collect::<Vec<u32>>());
    }
}
