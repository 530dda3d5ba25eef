//! Image integrity: the hashing engine, the registry of trusted image
//! digests, the comparison with what OpenStack Glance holds, and file-tree
//! manifests.
//!
//! The registry lives in the store. Digests are not secret, but each entry is
//! sealed under the data key, so an entry changed in the database outside
//! micadoctl fails verification instead of vouching for a modified image.

mod error;
pub mod glance;
pub mod hashing;
pub mod lists;
pub mod manifest;
pub mod registry;

pub use error::ImageError;
pub use hashing::{Algorithm, Digests, Hashed};
pub use registry::{Comparison, ImageEntry, NewImage, Registry, VerifyOutcome};
