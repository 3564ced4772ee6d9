//! Korean particles after names, numbers and Latin words: `alpine과`, `1.0과`, `node와`.
//!
//! A Korean particle depends on whether the word before it ends in a consonant (받침) as a
//! Korean reader says it. Texts write the particle in both forms, `을(를)`, `이(가)`, `은(는)`,
//! `과(와)`, `(으)로`, right after a placeholder; [`resolve`] picks one form from the word that
//! ends up in front of it.

/// How the word before a particle ends, as read aloud in Korean.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Ending {
    /// A vowel: `노드`, `2`, `redis`.
    Vowel,
    /// The consonant ㄹ, which takes `로` like a vowel: `1`, `mysql`, `일`.
    Rieul,
    /// Any other consonant: `alpine`, `3`, `이미지 빌드`.
    Consonant,
}

/// The particle pairs: (with a final consonant, after a vowel, the written marker).
const PAIRS: &[(&str, &str, &str)] = &[
    ("을", "를", "을(를)"),
    ("이", "가", "이(가)"),
    ("은", "는", "은(는)"),
    ("과", "와", "과(와)"),
    ("으로", "로", "(으)로"),
];

/// Replaces every particle marker with the form the word before it takes.
pub(crate) fn resolve(text: &str) -> String {
    if !text.contains('(') {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    'scan: while !rest.is_empty() {
        for &(consonant, vowel, marker) in PAIRS {
            if let Some(after) = rest.strip_prefix(marker) {
                let form = match ending(&out) {
                    Ending::Consonant => consonant,
                    Ending::Rieul if marker == "(으)로" => vowel,
                    Ending::Rieul => consonant,
                    Ending::Vowel => vowel,
                };
                out.push_str(form);
                rest = after;
                continue 'scan;
            }
        }
        let c = rest.chars().next().unwrap_or(' ');
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    out
}

/// How `text` ends when read aloud (closing quotes, brackets and backticks are skipped).
pub(crate) fn ending(text: &str) -> Ending {
    let word: String = text
        .trim_end_matches(|c: char| "\"'`)]}>».,!?’” ".contains(c))
        .chars()
        .rev()
        .take_while(|c| c.is_alphanumeric())
        .collect::<Vec<char>>()
        .into_iter()
        .rev()
        .collect();
    let Some(last) = word.chars().last() else {
        return Ending::Vowel;
    };
    if ('가'..='힣').contains(&last) {
        return match (last as u32 - '가' as u32) % 28 {
            0 => Ending::Vowel,
            8 => Ending::Rieul,
            _ => Ending::Consonant,
        };
    }
    if last.is_ascii_digit() {
        // 영 일 이 삼 사 오 육 칠 팔 구; a trailing 0 is 영, or 십, 백, 천, 만 in a round
        // number: a consonant either way.
        return match last {
            '0' | '3' | '6' => Ending::Consonant,
            '1' | '7' | '8' => Ending::Rieul,
            _ => Ending::Vowel,
        };
    }
    latin(&word.to_ascii_lowercase())
}

/// A Latin word as Koreans say it: `alpine` 알파인, `node` 노드, `mysql` 마이에스큐엘,
/// `git` 깃, `docker` 도커, `app` 앱.
fn latin(word: &str) -> Ending {
    let b = word.as_bytes();
    let Some(&last) = b.last() else {
        return Ending::Vowel;
    };
    let before = |k: usize| b.len().checked_sub(k).and_then(|i| b.get(i)).copied();
    let vowel = |c: Option<u8>| c.is_some_and(|c| b"aeiou".contains(&c));
    // A word spelled as letters (`sql`, `ql`, `ps`, `ls`): the last letter decides.
    if b.len() <= 3 && !b.iter().any(|c| b"aeiou".contains(c)) {
        return letter(last);
    }
    match last {
        b'l' => Ending::Rieul,
        b'm' | b'n' => Ending::Consonant,
        b'g' if before(2) == Some(b'n') => Ending::Consonant,
        // `-ine`, `-one`, `-ane`: a silent e after n, l or m (알파인, 폰, 파일).
        b'e' if before(2) == Some(b'n') && vowel(before(3)) => Ending::Consonant,
        b'e' if before(2) == Some(b'l') && vowel(before(3)) => Ending::Rieul,
        b'e' if before(2) == Some(b'm') && vowel(before(3)) => Ending::Consonant,
        // A short vowel before k, p, t is a final consonant in Korean spelling (깃, 앱, 킷).
        b'k' | b'p' | b't' if vowel(before(2)) && !vowel(before(3)) => Ending::Consonant,
        // So are b and c after a short a, e or o (웹, 랩, 잡; 엑섹, 스펙, 맥), not after u (허브).
        b'b' | b'c' if before(2).is_some_and(|c| b"aeo".contains(&c)) && !vowel(before(3)) => {
            Ending::Consonant
        }
        b'k' | b'p' | b't' if before(2) == Some(last) && vowel(before(3)) => Ending::Consonant,
        _ => Ending::Vowel,
    }
}

/// One Latin letter read by its name: `l` 엘, `m` 엠, `n` 엔, `r` 알; the rest end in a vowel.
fn letter(c: u8) -> Ending {
    match c {
        b'l' | b'r' => Ending::Rieul,
        b'm' | b'n' => Ending::Consonant,
        _ => Ending::Vowel,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn particles_follow_the_final_sound() {
        let cases = [
            ("alpine과(와)", "alpine과"),
            ("1.0과(와)", "1.0과"),
            ("node과(와)", "node와"),
            ("nginx을(를)", "nginx를"),
            ("web1을(를)", "web1을"),
            ("web2을(를)", "web2를"),
            ("web이(가)", "web이"),
            ("exec이(가)", "exec이"),
            ("spec은(는)", "spec은"),
            ("hub이(가)", "hub가"),
            ("sync이(가)", "sync가"),
            ("\"hello\" 문구이(가)", "\"hello\" 문구가"),
            ("\"hello world\"이(가)", "\"hello world\"가"),
            ("레이어 3개은(는)", "레이어 3개는"),
            ("2분이(가)", "2분이"),
            ("3초이(가)", "3초가"),
            ("mysql(으)로", "mysql로"),
            ("ubuntu(으)로", "ubuntu로"),
            ("컨테이너(으)로", "컨테이너로"),
            ("볼륨(으)로", "볼륨으로"),
            ("파일(으)로", "파일로"),
            ("app을(를)", "app을"),
            ("git이(가)", "git이"),
            ("docker이(가)", "docker가"),
            ("redis을(를)", "redis를"),
            ("10과(와)", "10과"),
            ("9000과(와)", "9000과"),
            ("ENV A=2이(가)", "ENV A=2가"),
            ("`ls`이(가)", "`ls`가"),
        ];
        for (input, want) in cases {
            assert_eq!(resolve(input), want, "{input}");
        }
    }

    #[test]
    fn text_without_markers_is_unchanged() {
        assert_eq!(resolve("(참고) 괄호(예시)"), "(참고) 괄호(예시)");
        assert_eq!(resolve(""), "");
    }
}
