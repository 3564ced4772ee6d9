//! Lessons in Markdown: steps, commands, files and goals checked against engine state.
