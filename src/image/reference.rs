//! Image references (`name[:tag][@digest]`), parsed and normalised as Docker does.
