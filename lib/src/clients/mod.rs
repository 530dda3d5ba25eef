//! HTTP clients for the services that micadoctl talks to.

pub mod vault;
