//! A serialisable snapshot of engine state for the picture in the browser.
