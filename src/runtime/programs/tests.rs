//! Tests of the programs with a fake network.
