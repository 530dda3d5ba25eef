//! Applying rendered rules with a rollback point, confirming, rolling back,
//! and showing what an apply would change.
//!
//! The state lives in files under `<state home>/firewall/`, written
//! atomically with mode 0600 and changed only under an exclusive lock of
//! `firewall/lock`:
//!
//! - `saved.json`: the owned rules as they were before the last apply,
//!   which `rollback` restores. A new apply while one waits for confirmation
//!   keeps the older rollback point, the last rules that were confirmed.
//! - `pending.json`: the apply that waits for `confirm`, with its deadline.
//! - `applied.json`: fingerprints of the last applied rules, so that an
//!   apply of the same rules over unchanged running rules does nothing.
//!
//! Every file records the network namespace of the process that wrote it.
//! `confirm` and `rollback` refuse to act in another namespace, so the state
//! of an apply made inside a test namespace can never restore rules into the
//! host's namespace, and the reverse.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use nix::fcntl::{Flock, FlockArg};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::address::Family;
use super::error::FirewallError;
use super::render::{Format, Rendering};
use super::running::{self, OwnedChains};
use super::tools::{self, Backend};
use crate::fsutil;

/// Returns the directory of the packet filter state inside a state home.
pub fn state_dir(home: &Path) -> PathBuf {
    home.join("firewall")
}

/// The rules to restore on rollback.
#[derive(Debug, Clone, Serialize, Deserialize)]
enum SavedRules {
    /// The `inet micado` table without counters, or `None` when it did not
    /// exist.
    Nft(Option<String>),
    /// The owned chains of IPv4 and IPv6.
    Iptables {
        /// The iptables implementation that read them.
        backend: Backend,
        /// IPv4.
        v4: OwnedChains,
        /// IPv6.
        v6: OwnedChains,
    },
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Saved {
    netns: String,
    saved_at: String,
    rules: SavedRules,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Pending {
    id: String,
    netns: String,
    format: Format,
    /// Milliseconds since the Unix epoch.
    deadline_ms: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct Applied {
    netns: String,
    format: Format,
    rendered: String,
    running: String,
    /// The rendered files, for `diff`.
    text: String,
}

/// The result of `apply`.
#[derive(Debug, Clone, Serialize)]
pub struct ApplyOutcome {
    /// False when the running rules already matched and nothing was loaded.
    pub changed: bool,
    /// The format applied.
    pub format: Format,
    /// For iptables, the backend as the tool reports it (`nf_tables` or
    /// `legacy`).
    pub backend: Option<String>,
    /// The apply that waits for confirmation, if one does.
    pub pending_id: Option<String>,
    /// When it rolls back unless confirmed, in seconds since the Unix epoch.
    pub rollback_at: Option<u64>,
    /// The network namespace, such as `net:[4026531840]`.
    pub netns: String,
}

/// The outcome of `rollback`.
#[derive(Debug, Clone, Serialize)]
pub struct RollbackOutcome {
    /// False when the running rules already were the saved ones.
    pub changed: bool,
    /// The format restored.
    pub format: Format,
    /// When the restored rules were saved.
    pub saved_at: String,
    /// The pending apply that the rollback ended, if any.
    pub ended_pending: Option<String>,
}

/// The outcome of `diff`.
#[derive(Debug, Clone, Serialize)]
pub struct DiffReport {
    /// Whether an apply would load anything.
    pub changes: bool,
    /// Whether the running rules differ from what micadoctl applied last.
    pub drift: bool,
    /// A unified diff.
    pub diff: String,
}

/// Returns the network namespace of this process, such as `net:[4026531840]`.
pub fn current_netns() -> Result<String, FirewallError> {
    let link = std::fs::read_link("/proc/self/ns/net")
        .map_err(|e| FirewallError::io("/proc/self/ns/net", e))?;
    Ok(link.to_string_lossy().into_owned())
}

/// An exclusive lock on the state directory, held while state changes.
struct StateLock {
    _lock: Flock<File>,
    dir: PathBuf,
}

impl StateLock {
    fn acquire(home: &Path) -> Result<StateLock, FirewallError> {
        let dir = state_dir(home);
        fsutil::create_private_dir(&dir).map_err(|e| FirewallError::io(&dir, e))?;
        let path = dir.join("lock");
        let file = fsutil::open_private(&path).map_err(|e| FirewallError::io(&path, e))?;
        let lock = Flock::lock(file, FlockArg::LockExclusive)
            .map_err(|(_, errno)| FirewallError::io(&path, errno.into()))?;
        Ok(StateLock { _lock: lock, dir })
    }

    fn read<T: for<'de> Deserialize<'de>>(&self, name: &str) -> Result<Option<T>, FirewallError> {
        let path = self.dir.join(name);
        match std::fs::read(&path) {
            Ok(bytes) => serde_json::from_slice(&bytes).map(Some).map_err(|e| {
                FirewallError::io(
                    &path,
                    std::io::Error::new(std::io::ErrorKind::InvalidData, e),
                )
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(FirewallError::io(&path, e)),
        }
    }

    fn write<T: Serialize>(&self, name: &str, value: &T) -> Result<(), FirewallError> {
        let path = self.dir.join(name);
        let bytes = serde_json::to_vec_pretty(value).expect("state serialises");
        fsutil::write_private_atomic(&path, &bytes).map_err(|e| FirewallError::io(&path, e))
    }

    fn remove(&self, name: &str) -> Result<(), FirewallError> {
        let path = self.dir.join(name);
        match std::fs::remove_file(&path) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(FirewallError::io(&path, e)),
            _ => Ok(()),
        }
    }
}

const SAVED: &str = "saved.json";
const PENDING: &str = "pending.json";
const APPLIED: &str = "applied.json";
const ROLLED_BACK: &str = "rolled-back.json";

/// The pending apply that the last rollback ended.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct RolledBack {
    id: String,
    at: String,
}

fn sha256_hex(text: &str) -> String {
    hex::encode(Sha256::digest(text.as_bytes()))
}

fn now_ms() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |elapsed| {
            u64::try_from(elapsed.as_millis()).unwrap_or(u64::MAX)
        })
}

fn rendered_fingerprint(rendering: &Rendering) -> String {
    let all: String = rendering
        .files
        .iter()
        .map(|file| file.text.as_str())
        .collect();
    sha256_hex(&all)
}

/// Reads the running owned rules of `format`.
fn read_running(format: Format, backend: Backend) -> Result<SavedRules, FirewallError> {
    Ok(match format {
        Format::Nft => SavedRules::Nft(running::nft_table()?),
        Format::Iptables => SavedRules::Iptables {
            backend,
            v4: OwnedChains::read(backend, Family::Ipv4)?,
            v6: OwnedChains::read(backend, Family::Ipv6)?,
        },
    })
}

fn running_fingerprint(rules: &SavedRules) -> String {
    match rules {
        SavedRules::Nft(listing) => sha256_hex(listing.as_deref().unwrap_or("")),
        SavedRules::Iptables { v4, v6, .. } => sha256_hex(&(v4.fingerprint() + &v6.fingerprint())),
    }
}

/// Loads `rendering`, keeping a rollback point. With `confirm_within`, the
/// apply stays pending until [`confirm`]; the caller starts the process that
/// calls [`rollback_if_unconfirmed`] at the deadline.
pub fn apply(
    home: &Path,
    rendering: &Rendering,
    backend: Backend,
    confirm_within: Option<Duration>,
) -> Result<ApplyOutcome, FirewallError> {
    let lock = StateLock::acquire(home)?;
    let netns = current_netns()?;
    let format = rendering.format;
    let backend_name = match format {
        Format::Nft => None,
        Format::Iptables => Some(backend.describe()?),
    };
    let running = read_running(format, backend)?;
    let pending = lock.read::<Pending>(PENDING)?.filter(|p| p.netns == netns);
    let fingerprint = Applied {
        netns: netns.clone(),
        format,
        rendered: rendered_fingerprint(rendering),
        running: running_fingerprint(&running),
        text: rendering
            .files
            .iter()
            .map(|file| file.text.as_str())
            .collect(),
    };
    if pending.is_none() && lock.read::<Applied>(APPLIED)?.as_ref() == Some(&fingerprint) {
        return Ok(ApplyOutcome {
            changed: false,
            format,
            backend: backend_name,
            pending_id: None,
            rollback_at: None,
            netns,
        });
    }

    // While an apply is pending, its rollback point (the last confirmed
    // rules) stays; otherwise the running rules become the rollback point.
    if pending.is_none() {
        lock.write(
            SAVED,
            &Saved {
                netns: netns.clone(),
                saved_at: crate::store::now_rfc3339(),
                rules: running.clone(),
            },
        )?;
    }
    if let Err(error) = load(rendering, backend, &running) {
        // iptables loads rules.v4 and rules.v6 one after the other, so a
        // rejected rules.v6 leaves the new IPv4 rules running. Put back the
        // rules that ran before, so a failed apply changes nothing.
        let now = read_running(format, backend)?;
        if running_fingerprint(&now) != running_fingerprint(&running) {
            restore_rules(&running, &now)?;
        }
        return Err(error);
    }
    lock.remove(ROLLED_BACK)?;

    let after = read_running(format, backend)?;
    lock.write(
        APPLIED,
        &Applied {
            running: running_fingerprint(&after),
            ..fingerprint
        },
    )?;
    let pending = match confirm_within {
        Some(window) => {
            let pending = Pending {
                id: sha256_hex(&format!("{netns}{}{}", now_ms(), std::process::id()))[..16]
                    .to_string(),
                netns: netns.clone(),
                format,
                deadline_ms: now_ms()
                    + u64::try_from(window.as_millis())
                        .unwrap_or(u64::MAX)
                        .max(1000),
            };
            lock.write(PENDING, &pending)?;
            Some(pending)
        }
        None => {
            lock.remove(PENDING)?;
            None
        }
    };
    Ok(ApplyOutcome {
        changed: true,
        format,
        backend: backend_name,
        pending_id: pending.as_ref().map(|p| p.id.clone()),
        rollback_at: pending.as_ref().map(|p| p.deadline_ms.div_ceil(1000)),
        netns,
    })
}

/// Loads rendered rules over the `running` ones, replacing only what
/// micadoctl owns.
fn load(
    rendering: &Rendering,
    backend: Backend,
    running: &SavedRules,
) -> Result<(), FirewallError> {
    for file in &rendering.files {
        match (rendering.format, running) {
            (Format::Nft, _) => {
                tools::run_ok("nft", &["-f", "-"], Some(&file.text))?;
            }
            (Format::Iptables, SavedRules::Iptables { v4, v6, .. }) => {
                let family = file.family.unwrap_or(Family::Ipv4);
                let current = if family == Family::Ipv4 { v4 } else { v6 };
                let input = running::without_existing_jump(&file.text, current);
                tools::run_ok(
                    &backend.program(family, "restore"),
                    &["--noflush"],
                    Some(&input),
                )?;
            }
            (Format::Iptables, SavedRules::Nft(_)) => unreachable!("read for the same format"),
        }
    }
    Ok(())
}

/// The outcome of `confirm`.
#[derive(Debug, Clone)]
pub enum ConfirmOutcome {
    /// The pending apply with this id was confirmed, so its rules stay.
    Confirmed(String),
    /// No apply waited for confirmation.
    NothingPending,
    /// The deadline of the pending apply had passed but its rules still ran,
    /// because its watchdog process was stopped. `confirm` restored the
    /// saved rules, as the watchdog would have.
    Overdue {
        /// The id of the overdue apply.
        id: String,
        /// The rollback that `confirm` made.
        rollback: RollbackOutcome,
    },
}

/// Ends the pending apply, keeping its rules, unless its deadline has
/// passed. Fails with [`FirewallError::RolledBack`] when the last pending
/// apply was rolled back.
pub fn confirm(home: &Path) -> Result<ConfirmOutcome, FirewallError> {
    let lock = StateLock::acquire(home)?;
    let Some(pending) = lock.read::<Pending>(PENDING)? else {
        if let Some(rolled_back) = lock.read::<RolledBack>(ROLLED_BACK)? {
            return Err(FirewallError::RolledBack(format!(
                "the last apply ({}) was rolled back at {}, so there is nothing to confirm; apply the policy again",
                rolled_back.id, rolled_back.at
            )));
        }
        return Ok(ConfirmOutcome::NothingPending);
    };
    check_netns(&pending.netns)?;

    // A confirmation after the deadline does not count, also when the
    // watchdog that should have rolled back was killed.
    if now_ms() >= pending.deadline_ms {
        let rollback = restore_saved(&lock)?;
        return Ok(ConfirmOutcome::Overdue {
            id: pending.id,
            rollback,
        });
    }
    lock.remove(PENDING)?;
    Ok(ConfirmOutcome::Confirmed(pending.id))
}

fn check_netns(recorded: &str) -> Result<(), FirewallError> {
    let current = current_netns()?;
    if recorded != current {
        return Err(FirewallError::OtherNamespace {
            recorded: recorded.to_string(),
            current,
        });
    }
    Ok(())
}

/// Restores the rules saved by the last apply.
pub fn rollback(home: &Path) -> Result<RollbackOutcome, FirewallError> {
    let lock = StateLock::acquire(home)?;
    restore_saved(&lock)
}

fn restore_saved(lock: &StateLock) -> Result<RollbackOutcome, FirewallError> {
    let saved = lock.read::<Saved>(SAVED)?.ok_or_else(|| {
        FirewallError::NothingPending(
            "no rules were saved by `firewall apply`, so there is nothing to roll back to".into(),
        )
    })?;
    check_netns(&saved.netns)?;
    let (format, backend) = match &saved.rules {
        SavedRules::Nft(_) => (Format::Nft, Backend::Auto),
        SavedRules::Iptables { backend, .. } => (Format::Iptables, *backend),
    };
    let current = read_running(format, backend)?;
    let changed = running_fingerprint(&current) != running_fingerprint(&saved.rules);
    if changed {
        restore_rules(&saved.rules, &current)?;
    }

    let ended_pending = lock.read::<Pending>(PENDING)?.map(|pending| pending.id);
    if let Some(id) = &ended_pending {
        lock.write(
            ROLLED_BACK,
            &RolledBack {
                id: id.clone(),
                at: crate::store::now_rfc3339(),
            },
        )?;
    }
    lock.remove(PENDING)?;
    lock.remove(APPLIED)?;
    Ok(RollbackOutcome {
        changed,
        format,
        saved_at: saved.saved_at,
        ended_pending,
    })
}

/// Loads the `saved` rules over the `current` ones.
fn restore_rules(saved: &SavedRules, current: &SavedRules) -> Result<(), FirewallError> {
    match (saved, current) {
        (SavedRules::Nft(listing), _) => {
            let script = running::nft_restore_script(listing.as_deref());
            tools::run_ok("nft", &["-f", "-"], Some(&script))?;
        }
        (
            SavedRules::Iptables { backend, v4, v6 },
            SavedRules::Iptables {
                v4: now_v4,
                v6: now_v6,
                ..
            },
        ) => {
            for (family, before, now) in [(Family::Ipv4, v4, now_v4), (Family::Ipv6, v6, now_v6)] {
                let script = before.restore_script(now);
                tools::run_ok(
                    &backend.program(family, "restore"),
                    &["--noflush"],
                    Some(&script),
                )?;
            }
        }
        (SavedRules::Iptables { .. }, SavedRules::Nft(_)) => {
            unreachable!("read for the same format")
        }
    }
    Ok(())
}

/// Waits until the deadline of apply `id`, then rolls back unless it was
/// confirmed or replaced meanwhile. Returns the rollback, if one happened.
pub fn rollback_if_unconfirmed(
    home: &Path,
    id: &str,
) -> Result<Option<RollbackOutcome>, FirewallError> {
    loop {
        let deadline = {
            let lock = StateLock::acquire(home)?;
            match lock.read::<Pending>(PENDING)? {
                Some(pending) if pending.id == id => pending.deadline_ms,
                _ => return Ok(None),
            }
        };
        let now = now_ms();
        if now >= deadline {
            break;
        }
        std::thread::sleep(Duration::from_millis(deadline - now).min(Duration::from_millis(500)));
    }
    let lock = StateLock::acquire(home)?;
    match lock.read::<Pending>(PENDING)? {
        Some(pending) if pending.id == id => restore_saved(&lock).map(Some),
        _ => Ok(None),
    }
}

/// Shows what applying `rendering` would change: against the rules applied
/// last when the running rules still match them, else against the running
/// rules as the kernel tool lists them.
pub fn diff(
    home: &Path,
    rendering: &Rendering,
    backend: Backend,
) -> Result<DiffReport, FirewallError> {
    let netns = current_netns()?;
    let running = read_running(rendering.format, backend)?;
    let rendered: String = rendering
        .files
        .iter()
        .map(|file| file.text.as_str())
        .collect();
    let applied = {
        let lock = StateLock::acquire(home)?;
        lock.read::<Applied>(APPLIED)?
            .filter(|applied| applied.netns == netns && applied.format == rendering.format)
    };
    let drift = applied
        .as_ref()
        .is_none_or(|applied| applied.running != running_fingerprint(&running));
    if !drift
        && applied
            .as_ref()
            .is_some_and(|a| a.rendered == rendered_fingerprint(rendering))
    {
        return Ok(DiffReport {
            changes: false,
            drift: false,
            diff: String::new(),
        });
    }
    let (before, label) = match (&applied, drift) {
        (Some(applied), false) => (applied.text.clone(), "applied"),
        _ => match &running {
            SavedRules::Nft(listing) => (listing.clone().unwrap_or_default(), "running"),
            SavedRules::Iptables { v4, v6, .. } => (
                describe_chains(v4, "rules.v4") + &describe_chains(v6, "rules.v6"),
                "running",
            ),
        },
    };
    let text = similar::TextDiff::from_lines(&before, &rendered)
        .unified_diff()
        .header(label, "rendered")
        .to_string();
    Ok(DiffReport {
        changes: true,
        drift,
        diff: text,
    })
}

fn describe_chains(chains: &OwnedChains, name: &str) -> String {
    let mut text = format!("# {name} (running)\n");
    for (chain, policy) in &chains.policies {
        text.push_str(&format!(":{chain} {policy}\n"));
    }
    if chains.input_jump {
        text.push_str("-A INPUT -j FILTERS\n");
    }
    for line in chains
        .docker_user
        .iter()
        .flatten()
        .chain(chains.filters.iter().flatten())
    {
        text.push_str(line);
        text.push('\n');
    }
    text
}
