//! Explanations of events, in Korean and English.
