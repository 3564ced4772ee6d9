//! The build cache the engine keeps between builds: step results by cache key, the instruction
//! texts seen after each key (to explain misses) and the base images pulled. The builder in
//! `dockerfile` reads and fills it; the engine only owns it, so the engine needs nothing of the builder.

use std::collections::BTreeMap;
use std::sync::Arc;

use crate::image::{HistoryEntry, Image, Layer};

/// One cached step result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CachedStep {
    /// The layer it made (None for steps that only change metadata).
    pub layer: Option<Arc<Layer>>,
    /// Its history entry (creation time kept, so a cached rebuild gives the same image ID).
    pub history: HistoryEntry,
}

/// The builder's cache: step results by cache key, and base images it pulled.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BuildCache {
    /// Step results by key.
    pub steps: BTreeMap<String, CachedStep>,
    /// Which instruction texts were seen after each parent key (to explain cache misses).
    pub seen: BTreeMap<String, Vec<(String, String)>>,
    /// Base images by full reference.
    pub bases: BTreeMap<String, Image>,
}

impl BuildCache {
    /// (records, bytes) for `system df`.
    pub fn usage(&self) -> (usize, u64) {
        let bytes = self
            .steps
            .values()
            .filter_map(|s| s.layer.as_ref().map(|l| l.size))
            .sum();
        (self.steps.len(), bytes)
    }
}
