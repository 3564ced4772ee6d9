//! One definition per docker command and flag: parsing, usage errors and help texts.
