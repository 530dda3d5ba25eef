//! HTTP clients (reqwest with rustls on ring) for the services micadoctl talks to.

pub mod kubeconfig;
pub mod kubernetes;
