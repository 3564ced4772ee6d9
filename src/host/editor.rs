//! Typing into files at the terminal: `cat > FILE` reading lines until Ctrl-D, and editors
//! (`nano`, `vi`, `vim`, `code`) that the page answers by opening its file editor.

/// Whether a line typed at the prompt is a command that reads the terminal until Ctrl-D:
/// `cat > FILE`, `cat >> FILE` (and `cat >FILE`), with nothing else on the line.
pub fn reads_terminal(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    if words.first() != Some(&"cat") || line.contains(['<', '|', ';', '&', '$', '`', '"', '\'']) {
        return false;
    }
    match &words[1..] {
        [op, file] => matches!(*op, ">" | ">>") && !file.starts_with('>'),
        [one] => {
            let file = one.trim_start_matches('>');
            (one.starts_with('>') && one.len() - file.len() <= 2) && !file.is_empty()
        }
        _ => false,
    }
}

/// Whether a line ends the input: Ctrl-D (sent as `\x04`, written `^D` in transcripts) or
/// Ctrl-C (`\x03`, `^C`), which ends `cat` too; what was typed before it is kept either way.
pub fn ends_input(line: &str) -> bool {
    matches!(line.trim_end_matches('\r'), "\u{4}" | "^D" | "\u{3}" | "^C")
}

/// The command with the typed lines as its standard input: a quoted heredoc, whose body the
/// shell takes literally, ended by a delimiter the text does not contain.
pub fn with_input(command: &str, typed: &str) -> String {
    let mut delim = "DOCKLING_EOF".to_string();
    while typed.lines().any(|l| l == delim) {
        delim.push('_');
    }
    format!("{command} <<'{delim}'\n{typed}{delim}")
}

/// The programs that would open an interactive editor on the learner's machine.
pub fn is_editor(program: &str) -> bool {
    matches!(
        program,
        "nano" | "vi" | "vim" | "nvim" | "code" | "emacs" | "gedit"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cat_to_a_file_reads_the_terminal() {
        assert!(reads_terminal("cat > notes.txt"));
        assert!(reads_terminal("cat >> notes.txt"));
        assert!(reads_terminal("cat >notes.txt"));
        assert!(!reads_terminal("cat notes.txt"));
        assert!(!reads_terminal("cat > a.txt <<EOF"));
        assert!(!reads_terminal("cat a > b"));
        assert!(!reads_terminal("cat > a | wc"));
        assert!(ends_input("\u{4}") && ends_input("^D") && !ends_input("x"));
        assert_eq!(
            with_input("cat > a", "x\n"),
            "cat > a <<'DOCKLING_EOF'\nx\nDOCKLING_EOF"
        );
        assert_eq!(
            with_input("cat > a", "DOCKLING_EOF\n"),
            "cat > a <<'DOCKLING_EOF_'\nDOCKLING_EOF\nDOCKLING_EOF_"
        );
    }

    #[test]
    fn a_session_reads_cat_input_until_ctrl_d_and_replays_it() {
        use crate::session::{Session, SessionConfig};
        let mut s = Session::new(SessionConfig::default());
        assert!(s.run("cat > notes.txt").output.text().is_empty());
        assert!(s.awaiting_answer() && s.prompt().is_empty());
        assert!(!s.needs_more_input("if true; then"));
        s.run("if true; then");
        s.run("");
        s.run("\u{4}");
        assert!(!s.awaiting_answer());
        assert_eq!(
            s.read_file("notes.txt").as_deref(),
            Some("if true; then\n\n")
        );
        s.run("cat >> notes.txt");
        s.run("more");
        s.run("^D");
        assert_eq!(
            s.read_file("notes.txt").as_deref(),
            Some("if true; then\n\nmore\n")
        );
        // Heredocs still run at once.
        s.run("cat > h.txt <<'EOF'\nx\nEOF");
        assert_eq!(s.read_file("h.txt").as_deref(), Some("x\n"));
        assert_eq!(s.history().len(), 3);
        let again = Session::replay_steps(SessionConfig::default(), s.steps());
        assert_eq!(
            again.read_file("notes.txt").as_deref(),
            Some("if true; then\n\nmore\n")
        );
    }
}
