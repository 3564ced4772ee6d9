//! Go-template subset for `--format`: fields, `json`, `table`, and the common functions.
