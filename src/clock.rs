//! The injected clock and random number generator: virtual and seeded, so runs are reproducible.

/// Virtual time in milliseconds since the Unix epoch. Only moves when told to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Clock {
    /// Milliseconds since 1970-01-01T00:00:00Z.
    pub now_ms: i64,
}

/// The default start of virtual time: 2025-06-02T09:00:00Z, a Monday morning in class.
pub const DEFAULT_EPOCH_MS: i64 = 1_748_854_800_000;

impl Default for Clock {
    fn default() -> Self {
        Clock {
            now_ms: DEFAULT_EPOCH_MS,
        }
    }
}

impl Clock {
    /// Seconds since the epoch.
    pub fn now_secs(&self) -> i64 {
        self.now_ms.div_euclid(1000)
    }

    /// Moves time forward (never backward).
    pub fn advance_ms(&mut self, ms: i64) {
        self.now_ms = self.now_ms.saturating_add(ms.max(0));
    }
}

/// A small, fast, seeded generator (SplitMix64). Not cryptographic, and need not be.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rng {
    state: u64,
}

impl Rng {
    /// A generator whose sequence is fixed by `seed`.
    pub fn new(seed: u64) -> Rng {
        Rng {
            state: seed ^ 0x5DEE_CE66_D1CE_4E5B,
        }
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: u64) -> u64 {
        if n == 0 {
            0
        } else {
            self.next_u64() % n
        }
    }

    /// `n` random bytes as lowercase hex.
    pub fn hex(&mut self, bytes: usize) -> String {
        let mut s = String::with_capacity(bytes * 2);
        while s.len() < bytes * 2 {
            s.push_str(&format!("{:016x}", self.next_u64()));
        }
        s.truncate(bytes * 2);
        s
    }

    /// A 64-hex ID whose first 12 characters are not all digits, as Docker's `GenerateRandomID`.
    pub fn id64(&mut self) -> String {
        loop {
            let id = self.hex(32);
            if !id[..12].bytes().all(|b| b.is_ascii_digit()) {
                return id;
            }
        }
    }
}

/// Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// Splits seconds since the epoch into (year, month, day, hour, minute, second).
pub fn civil(secs: i64) -> (i64, u32, u32, u32, u32, u32) {
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    (
        y,
        m,
        d,
        (rem / 3600) as u32,
        ((rem % 3600) / 60) as u32,
        (rem % 60) as u32,
    )
}

/// `2025-06-02T09:00:00Z` for seconds since the epoch.
pub fn rfc3339(secs: i64) -> String {
    let (y, mo, d, h, mi, s) = civil(secs);
    format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}Z")
}

/// `2025-06-02T09:00:00.123456789Z` for milliseconds since the epoch (Docker's RFC3339Nano).
pub fn rfc3339_nano(ms: i64) -> String {
    let (y, mo, d, h, mi, s) = civil(ms.div_euclid(1000));
    let nanos = ms.rem_euclid(1000) * 1_000_000;
    format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}.{nanos:09}Z")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_dates() {
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00Z");
        assert_eq!(rfc3339(DEFAULT_EPOCH_MS / 1000), "2025-06-02T09:00:00Z");
        assert_eq!(rfc3339_nano(1_500), "1970-01-01T00:00:01.500000000Z");
    }

    #[test]
    fn rng_is_seeded() {
        let (mut a, mut b) = (Rng::new(7), Rng::new(7));
        assert_eq!(a.id64(), b.id64());
        assert_ne!(Rng::new(1).id64(), Rng::new(2).id64());
        assert_eq!(a.hex(6).len(), 12);
    }
}
