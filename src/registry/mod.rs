//! The stand-in Docker Hub: official images and users' repositories, search, pull and push.

/// Placeholder until the registry module lands.
#[derive(Clone, Debug, Default)]
pub struct Registry;

impl Registry {
    /// The stand-in Docker Hub.
    pub fn hub() -> Registry {
        Registry
    }
}
