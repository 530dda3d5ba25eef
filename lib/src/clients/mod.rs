//! HTTP clients (reqwest with rustls on ring) for the services micadoctl drives.

pub mod credman;
pub mod kubeconfig;
pub mod kubernetes;
pub mod vault;
