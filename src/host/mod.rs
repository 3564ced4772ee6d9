//! The learner's own machine around Docker: files, working directory, wget and curl.
