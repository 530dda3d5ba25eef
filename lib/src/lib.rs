//! The security library behind `micadoctl`, the toolkit for MiCADO-style cloud
//! orchestration clusters.
//!
//! Everything that does security work lives here; the command-line program only
//! parses arguments, prompts and prints. A Rust program can open a [`store::Store`]
//! and use [`credentials`] directly.
//!
//! # Threat model of the store
//!
//! The state home contains one SQLite database (`micadoctl.db`) and, by default, an
//! age identity file (`identity.txt`).
//!
//! - Every secret value is sealed with XChaCha20-Poly1305 under a random 256-bit
//!   data key. The associated data is the row identity (table, name, version), so
//!   a ciphertext copied into another row, or altered by one byte, fails to open.
//! - The data key is stored only wrapped with age, once per recipient: X25519
//!   identities (the identity file, offline recovery keys) or an scrypt passphrase.
//! - The audit log is a hash chain whose records and head are authenticated with
//!   an HMAC key derived from the data key.
//!
//! An attacker who copies the database alone learns credential names, types,
//! version counts and the audit trail, but no secret value. An attacker who can
//! write it cannot forge, edit, reorder or remove audit records without
//! detection, except by rolling the whole log back to an earlier state (older
//! records with the older head and its MAC), because nothing outside the
//! database records how far the log had grown; `audit export` to another system
//! keeps that record. An attacker who also holds an identity file
//! (or the passphrase) can read everything, which is why the identity file should
//! be backed up offline and, on a shared host, kept off the disk that holds the
//! database (`micadoctl unlock` caches the data key in the kernel keyring for a
//! bounded time instead). An attacker with write access can delete the whole
//! database; backups are the defence against that, not cryptography.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod audit;
pub mod clients;
pub mod credentials;
pub mod crypto;
pub mod error;
pub mod firewall;
pub mod fsutil;
pub mod images;
pub mod names;
pub mod pki;
pub mod secrets;
pub mod store;
pub mod users;

pub use error::{Classify, ErrorClass};
