//! The master node packet filter: a YAML policy rendered to an nftables
//! table or to iptables-restore files, checked with the kernel's tools and
//! applied with an automatic rollback unless confirmed.
//!
//! The flow is [`load_policy`] (strict parsing, preset applied), then
//! [`Plan::build`] (rule order, merged sources, shadowed rules), then
//! [`render`] (text for one format, each line traced to the policy line it
//! came from), then [`check`] or [`apply`](apply::apply).
//!
//! micadoctl owns one nftables table (`inet micado`) or, with iptables, the
//! `FILTERS` chain and the jumps to it from `INPUT` and `DOCKER-USER`. It
//! never flushes other tables or chains, so Docker's and Kubernetes' rules
//! survive an apply and a rollback.

pub mod address;
pub mod apply;

mod check;
mod error;
mod icmp;
pub mod iptables;
mod limits;
pub mod nft;
mod parse;
mod plan;
pub mod policy;
pub mod ports;
mod preset;
mod render;
mod running;
pub mod template;
pub mod tools;

use std::path::Path;

pub use check::{CheckReport, check};
pub use error::FirewallError;
pub use limits::{IPTABLES_COMMENT, IPTABLES_LOG_PREFIX, NFT_COMMENT, NFT_LOG_PREFIX};
pub use parse::{MAX_INTERFACE_NAME, parse_policy};
pub use plan::{Plan, Rule, RuleMerge, Shadow, explain};
pub use policy::{Action, Origin, Policy, Preset};
pub use ports::{PortRange, PortSpec, Protocol};
pub use render::{Format, RenderedFile, Rendering, render};

/// Reads and parses the policy file at `path`.
pub fn load_policy(path: &Path, strict: bool) -> Result<Policy, FirewallError> {
    let bytes = std::fs::read(path).map_err(|e| FirewallError::io(path, e))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        FirewallError::Policy {
            file: path.to_path_buf(),
            line: valid.iter().filter(|&&b| b == b'\n').count() + 1,
            field: String::new(),
            message: "the file is not UTF-8 text; save the policy as UTF-8 YAML".into(),
        }
    })?;
    parse_policy(path, &text, strict)
}
