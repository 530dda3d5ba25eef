//! Application secrets: values sealed inside TOSCA application descriptions
//! (ADTs), and their delivery as Kubernetes Secrets.
//!
//! # Sealed descriptors
//!
//! [`seal`] replaces, in place, the text of each selected value with an
//! `ENC[v1,...]` token: the values under `text_secrets` of
//! `tosca.policies.Security.MiCADO.Secret.KubernetesSecretDistribution`
//! policies, the `encryption_key` of network-security policies, and values
//! chosen by path. Everything else in the file keeps its bytes, so a sealed
//! descriptor can be kept in git and reviewed like any other file.
//!
//! Each value is encrypted under one random data key, with its document
//! number and path as associated data, so a token copied to another place
//! does not decrypt. The data key is wrapped with age to every recipient
//! (X25519 or SSH keys) in a `micadoctl_sealed` block at the end of the file.
//! One HMAC-SHA256 under a key derived from the data key covers that block
//! and every value of the file, sealed or not, with its path. Someone without
//! an identity can neither change a plain value (an image, a port) nor swap,
//! drop or add a recipient unnoticed. Someone who has an identity can, as
//! they can read everything. The MAC does not protect a file against its own
//! recipients.

pub mod delivery;
pub mod encryption;
pub mod envelope;
mod error;
pub mod files;
pub mod keys;
pub mod render;
mod seal;
pub mod select;
pub mod stored;
pub mod yaml;

pub use error::SecretError;
pub use seal::{
    IdentitySource, RecipientsOutcome, SealOutcome, SealRequest, UnsealOutcome, change_recipients,
    seal, unseal, unseal_with_key,
};
