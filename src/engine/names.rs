//! Docker's random container names: `<adjective>_<surname>`, from the daemon's frozen word lists.

use super::clock::Rng;

/// The word lists, one per line, in `[adjectives]` and `[names]` sections (data, not code).
const WORDS: &str = include_str!("names.txt");

fn section(name: &str) -> impl Iterator<Item = &'static str> + '_ {
    let header = format!("[{name}]");
    WORDS
        .lines()
        .skip_while(move |l| l.trim() != header)
        .skip(1)
        .map(str::trim)
        .take_while(|l| !l.starts_with('['))
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// A name as the daemon generates it; `retry` > 0 appends a random digit, as Docker does on a
/// collision. `boring_wozniak` is never produced.
pub fn random_name(rng: &mut Rng, retry: u32) -> String {
    // The lists are read from the text once (a session creates thousands of containers).
    type Lists = (Vec<&'static str>, Vec<&'static str>);
    static LISTS: std::sync::OnceLock<Lists> = std::sync::OnceLock::new();
    let (adjectives, surnames) =
        LISTS.get_or_init(|| (section("adjectives").collect(), section("names").collect()));
    loop {
        let left = adjectives[rng.below(adjectives.len() as u64) as usize];
        let right = surnames[rng.below(surnames.len() as u64) as usize];
        if left == "boring" && right == "wozniak" {
            continue;
        }
        let mut name = format!("{left}_{right}");
        if retry > 0 {
            name.push(char::from(b'0' + rng.below(10) as u8));
        }
        return name;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_have_docker_sizes() {
        assert_eq!(section("adjectives").count(), 108);
        assert_eq!(section("names").count(), 236);
    }

    #[test]
    fn names_are_seeded_and_well_formed() {
        let a = random_name(&mut Rng::new(3), 0);
        assert_eq!(a, random_name(&mut Rng::new(3), 0));
        assert!(a.contains('_'));
        assert!(random_name(&mut Rng::new(3), 1)
            .chars()
            .last()
            .is_some_and(|c| c.is_ascii_digit()));
    }
}
