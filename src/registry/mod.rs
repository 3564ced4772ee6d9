//! The stand-in Docker Hub: official images and users' repositories, search, pull and push.
