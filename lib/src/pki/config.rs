//! strongSwan configuration for the master and its workers: a `swanctl.conf`
//! connection, or the legacy `ipsec.conf` that MiCADO's nodes use today.
//!
//! Both peers authenticate with certificates of this CA, and each peer's
//! identity is a subject alternative name of its certificate, which charon
//! checks against the certificate it receives.

use std::fmt::Write;

use serde::Serialize;

use super::export::{file_stem, legacy_stem};
use super::records::{CaRow, CertRow};
use super::{MASTER_NAME, Pki, PkiError, Profile, WORKER_DOMAIN};

/// IKE proposal: AES-256-GCM, PRF with SHA-384 and ECDH over P-384.
pub const IKE_PROPOSAL: &str = "aes256gcm16-prfsha384-ecp384";

/// ESP proposal: AES-256-GCM with P-384 for perfect forward secrecy.
pub const ESP_PROPOSAL: &str = "aes256gcm16-ecp384";

/// Name of the connection and of its child SA, as MiCADO named it.
pub const CONNECTION: &str = "iptunnel";

/// The side a configuration is rendered for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// The master, which accepts every worker of this CA.
    Master,
    /// A worker, which connects to the master.
    Worker,
}

/// IPsec mode of the child SA.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mode {
    /// Transport mode between the two hosts, as MiCADO runs it.
    Transport,
    /// Tunnel mode between the given local and remote subnets, for hosts
    /// whose kernel has no ESP and that run charon's userspace IPsec.
    Tunnel {
        /// Local traffic selector, such as `198.51.100.1/32`.
        local_ts: String,
        /// Remote traffic selector.
        remote_ts: String,
    },
}

/// Settings of `ca config`.
#[derive(Debug, Clone)]
pub struct ConfigRequest {
    /// Which side.
    pub role: Role,
    /// Address or host name of the master.
    pub master_address: String,
    /// Name of the local peer's certificate in the store.
    pub name: String,
    /// Identity expected from the remote peer; default: the master's name
    /// for a worker, any worker name for the master.
    pub remote_id: Option<String>,
    /// IPsec mode.
    pub mode: Mode,
    /// Whether the output is the legacy `ipsec.conf` instead of `swanctl.conf`.
    pub legacy: bool,
}

/// File names and identities that the rendered configuration refers to.
struct Peers {
    ca_file: String,
    cert_file: String,
    legacy_cert: String,
    local_id: String,
    local_dn: String,
    remote_id: String,
    remote_dn: String,
}

impl Pki<'_> {
    /// Renders the configuration for one side; needs no unlock.
    pub fn config(&self, request: &ConfigRequest) -> Result<String, PkiError> {
        check_config_value("--master-address", &request.master_address)?;
        if let Some(id) = &request.remote_id {
            check_config_value("--remote-id", id)?;
        }
        if let Mode::Tunnel {
            local_ts,
            remote_ts,
        } = &request.mode
        {
            check_config_value("--local-ts", local_ts)?;
            check_config_value("--remote-ts", remote_ts)?;
        }
        let peers = self.peers(request)?;
        Ok(if request.legacy {
            render_ipsec_conf(request, &peers)
        } else {
            render_swanctl(request, &peers)
        })
    }

    fn peers(&self, request: &ConfigRequest) -> Result<Peers, PkiError> {
        let conn = self.store.conn();
        let ca = CaRow::load(conn)?.ok_or(PkiError::NoCa)?;
        let local = CertRow::newest_by_name(conn, &request.name)?
            .ok_or_else(|| PkiError::NotFound(request.name.clone()))?;
        let sans = local.sans()?;
        let local_id = sans
            .first()
            .ok_or_else(|| PkiError::Damaged(format!("names of certificate \"{}\"", local.name)))?;
        let master_id = master_identity(conn)?;
        let remote_id = match (&request.remote_id, request.role) {
            (Some(id), _) => id.clone(),
            (None, Role::Master) => format!("*.{WORKER_DOMAIN}"),
            (None, Role::Worker) => master_id.clone(),
        };
        Ok(Peers {
            ca_file: format!("{}.pem", file_stem(&ca.name)),
            cert_file: format!("{}.pem", file_stem(&local.name)),
            legacy_cert: format!("{}.crt", legacy_stem(local.profile()?, &local.name)),
            local_dn: distinguished_id(&sans.common_name(), &local_id),
            local_id,
            remote_dn: distinguished_id(&Some(remote_id.clone()), &remote_id),
            remote_id,
        })
    }
}

/// Returns the identity of the newest master certificate, or MiCADO's default name.
fn master_identity(conn: &rusqlite::Connection) -> Result<String, PkiError> {
    for row in CertRow::all(conn)? {
        if row.profile == Profile::Master.as_str()
            && row.revoked.is_none()
            && let Some(first) = row.sans()?.first()
        {
            return Ok(first);
        }
    }
    Ok(MASTER_NAME.to_string())
}

/// Returns the `ipsec.conf` identity: the subject DN when the certificate
/// has a common name (as MiCADO's configs expect), else the SAN as a FQDN.
fn distinguished_id(common_name: &Option<String>, san: &str) -> String {
    match common_name {
        Some(cn) if !cn.starts_with('*') => format!("\"CN={cn}\""),
        _ => format!("@{san}"),
    }
}

/// Rejects characters that would end a value or a line in either format.
fn check_config_value(option: &str, value: &str) -> Result<(), PkiError> {
    let bad = value
        .chars()
        .find(|c| c.is_whitespace() || c.is_control() || matches!(c, '"' | '{' | '}' | '#' | ','));
    match bad {
        Some(c) => Err(PkiError::invalid(
            format!("{option} \"{}\"", value.escape_debug()),
            format!(
                "contains {}, which the configuration cannot hold",
                crate::names::describe_char(c)
            ),
        )),
        None if value.is_empty() => Err(PkiError::invalid(option, "is empty")),
        None => Ok(()),
    }
}

fn render_swanctl(request: &ConfigRequest, peers: &Peers) -> String {
    let (local_addrs, remote_addrs, start_action) = match request.role {
        Role::Master => (request.master_address.as_str(), "%any", "none"),
        Role::Worker => ("%any", request.master_address.as_str(), "start"),
    };
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# strongSwan swanctl.conf for the MiCADO {}, rendered by micadoctl ca config",
        role_name(request.role)
    );
    out.push_str("connections {\n");
    let _ = writeln!(out, "    {CONNECTION} {{");
    out.push_str("        version = 2\n");
    let _ = writeln!(out, "        local_addrs = {local_addrs}");
    let _ = writeln!(out, "        remote_addrs = {remote_addrs}");
    let _ = writeln!(out, "        proposals = {IKE_PROPOSAL}");
    out.push_str("        fragmentation = yes\n");

    out.push_str("        local {\n            auth = pubkey\n");
    let _ = writeln!(out, "            certs = {}", peers.cert_file);
    let _ = writeln!(out, "            id = {}", peers.local_id);
    out.push_str("        }\n        remote {\n            auth = pubkey\n");
    let _ = writeln!(out, "            id = {}", peers.remote_id);
    let _ = writeln!(out, "            cacerts = {}", peers.ca_file);

    out.push_str("        }\n        children {\n");
    let _ = writeln!(out, "            {CONNECTION} {{");
    match &request.mode {
        Mode::Transport => out.push_str("                mode = transport\n"),
        Mode::Tunnel {
            local_ts,
            remote_ts,
        } => {
            out.push_str("                mode = tunnel\n");
            let _ = writeln!(out, "                local_ts = {local_ts}");
            let _ = writeln!(out, "                remote_ts = {remote_ts}");
        }
    }
    let _ = writeln!(out, "                esp_proposals = {ESP_PROPOSAL}");
    let _ = writeln!(out, "                start_action = {start_action}");
    out.push_str("            }\n        }\n    }\n}\n");
    out
}

fn render_ipsec_conf(request: &ConfigRequest, peers: &Peers) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# strongSwan ipsec.conf for the MiCADO {}, rendered by micadoctl ca config",
        role_name(request.role)
    );
    out.push_str("config setup\n        uniqueids=never\n\n");
    let _ = writeln!(out, "conn {CONNECTION}");
    match &request.mode {
        Mode::Transport => out.push_str("        type=transport\n"),
        Mode::Tunnel {
            local_ts,
            remote_ts,
        } => {
            out.push_str("        type=tunnel\n");
            let _ = writeln!(out, "        leftsubnet={local_ts}");
            let _ = writeln!(out, "        rightsubnet={remote_ts}");
        }
    }
    out.push_str("        compress=yes\n        fragmentation=yes\n        keyexchange=ikev2\n        authby=pubkey\n");
    let _ = writeln!(out, "        ike={IKE_PROPOSAL}!");
    let _ = writeln!(out, "        esp={ESP_PROPOSAL}!");
    match request.role {
        Role::Master => {
            let _ = writeln!(out, "        leftid={}", peers.local_dn);
            let _ = writeln!(out, "        leftcert={}", peers.legacy_cert);
            let _ = writeln!(out, "        left={}", request.master_address);
            out.push_str("        right=%any\n");
        }
        Role::Worker => {
            let _ = writeln!(out, "        leftid={}", peers.local_dn);
            let _ = writeln!(out, "        leftcert={}", peers.legacy_cert);
            out.push_str("        left=%defaultroute\n");
            let _ = writeln!(out, "        right={}", request.master_address);
            let _ = writeln!(out, "        rightid={}", peers.remote_dn);
        }
    }
    out.push_str("        auto=start\n");
    out
}

fn role_name(role: Role) -> &'static str {
    match role {
        Role::Master => "master",
        Role::Worker => "worker",
    }
}
