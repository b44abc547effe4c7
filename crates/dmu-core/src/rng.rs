//! A small seeded random number generator (SplitMix64), so a round and its option order
//! can be replayed exactly from its seed, on any machine.

/// SplitMix64: tiny, fast, and good enough for shuffling quiz options.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    /// A seed derived from a base seed and a label, e.g. per scenario.
    pub fn derive(seed: u64, label: &str) -> Rng {
        // FNV-1a over the label, mixed with the seed.
        let hash = label.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        });
        Rng(seed ^ hash)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..bound` (`bound` > 0).
    pub fn below(&mut self, bound: usize) -> usize {
        (self.next_u64() % bound as u64) as usize
    }

    /// Shuffles in place (Fisher-Yates).
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i + 1);
            items.swap(i, j);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_gives_the_same_order() {
        let mut a: Vec<u32> = (0..20).collect();
        let mut b = a.clone();
        Rng::new(42).shuffle(&mut a);
        Rng::new(42).shuffle(&mut b);
        assert_eq!(a, b);
        assert_ne!(
            a,
            (0..20).collect::<Vec<_>>(),
            "a shuffle of 20 items moves something"
        );
    }

    #[test]
    fn other_seeds_and_labels_give_other_orders() {
        let shuffled = |mut rng: Rng| {
            let mut v: Vec<u32> = (0..20).collect();
            rng.shuffle(&mut v);
            v
        };
        assert_ne!(shuffled(Rng::new(1)), shuffled(Rng::new(2)));
        assert_ne!(shuffled(Rng::derive(1, "a")), shuffled(Rng::derive(1, "b")));
    }

    #[test]
    fn a_shuffle_keeps_every_item() {
        let mut v: Vec<u32> = (0..50).collect();
        Rng::new(7).shuffle(&mut v);
        crate::order::sort(&mut v);
        assert_eq!(v, (0..50).collect::<Vec<_>>());
    }
}
