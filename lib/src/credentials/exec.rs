//! Running a command with a credential in its environment.
//!
//! Values go into the child's environment only; values that tools expect in a
//! file (Google's service-account JSON, an OCI signing key) go into a file with
//! mode 0600 inside a private directory (0700) on a memory file system when one
//! is available. The directory is removed when the command ends, whether it
//! exits, fails or is killed by a signal. Only a SIGKILL of micadoctl itself
//! leaves it behind, because nothing can run after that.

use std::ffi::{OsStr, OsString};
use std::os::fd::AsFd;
use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::ExitStatusExt;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicI32, Ordering};

use nix::sys::signal::{Signal, kill};
use nix::unistd::Pid;
use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGUSR1, SIGUSR2};
use signal_hook::iterator::SignalsInfo;
use signal_hook::iterator::exfiltrator::WithOrigin;
use signal_hook::low_level::siginfo::Cause;
use zeroize::Zeroizing;

use super::{CredentialError, CredentialType, Record};

/// Signals that micadoctl passes on to the command.
const FORWARDED: [i32; 6] = [SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGUSR1, SIGUSR2];

/// The environment variables and files that carry one credential.
#[derive(Default)]
pub struct Injection {
    vars: Vec<(String, Zeroizing<String>)>,
    /// Inherited variables to remove because they would mix with the credential.
    unset: Vec<&'static str>,
    /// Prefixes of inherited variables to remove, for the same reason.
    unset_prefixes: Vec<&'static str>,
    files: Vec<InjectedFile>,
}

struct InjectedFile {
    env_var: &'static str,
    file_name: &'static str,
    contents: Zeroizing<String>,
}

impl Injection {
    /// Sets `name` to `value` in the command's environment.
    pub fn set_var(&mut self, name: &str, value: &str) {
        self.var(name, Some(value));
    }

    /// Names of the variables that will be set, for display.
    pub fn variable_names(&self) -> Vec<&str> {
        let mut names: Vec<&str> = self.vars.iter().map(|(k, _)| k.as_str()).collect();
        names.extend(self.files.iter().map(|f| f.env_var));
        names
    }

    fn var(&mut self, name: &str, value: Option<&str>) {
        if let Some(value) = value {
            self.vars
                .push((name.to_string(), Zeroizing::new(value.to_string())));
        }
    }

    fn file(
        &mut self,
        env_var: &'static str,
        file_name: &'static str,
        contents: Zeroizing<String>,
    ) {
        self.files.push(InjectedFile {
            env_var,
            file_name,
            contents,
        });
    }
}

/// Maps a credential to environment variables (and files) as the tools of each
/// cloud read them.
pub fn injection(name: &str, record: &Record) -> Result<Injection, CredentialError> {
    let f = &record.fields;
    let mut inj = Injection::default();
    // The command gets no way to unlock the store (MICADOCTL_IDENTITY,
    // MICADOCTL_PASSPHRASE_FILE), only this credential.
    inj.unset_prefixes.push("MICADOCTL_");
    inj.var("MICADOCTL_CREDENTIAL", Some(name));
    match record.kind {
        CredentialType::Ec2 => {
            inj.var("AWS_ACCESS_KEY_ID", f.get("accesskey"));
            inj.var("AWS_SECRET_ACCESS_KEY", f.get("secretkey"));
            inj.var("AWS_SESSION_TOKEN", f.get("session_token"));
            // A session token belongs to one key pair, so an inherited one would
            // be sent with these keys and the request rejected.
            // AWS_SECURITY_TOKEN is its older name, which botocore still reads.
            if !f.contains("session_token") {
                inj.unset.push("AWS_SESSION_TOKEN");
            }
            inj.unset.push("AWS_SECURITY_TOKEN");
            inj.var("AWS_REGION", f.get("region"));
            inj.var("AWS_DEFAULT_REGION", f.get("region"));
            inj.var("AWS_ENDPOINT_URL", f.get("endpoint"));
        }
        CredentialType::Nova => nova(f, &mut inj),
        CredentialType::Azure => {
            for (field, suffix) in [
                ("subscription_id", "SUBSCRIPTION_ID"),
                ("client_id", "CLIENT_ID"),
                ("client_secret", "CLIENT_SECRET"),
                ("tenant_id", "TENANT_ID"),
            ] {
                inj.var(&format!("AZURE_{suffix}"), f.get(field));
                inj.var(&format!("ARM_{suffix}"), f.get(field));
            }
        }
        CredentialType::Gce => {
            let json = super::files::gce_json(record)?;
            inj.file(
                "GOOGLE_APPLICATION_CREDENTIALS",
                "credentials-gce.json",
                json,
            );
            inj.var("GOOGLE_CLOUD_PROJECT", f.get("project_id"));
            inj.var("CLOUDSDK_CORE_PROJECT", f.get("project_id"));
        }
        CredentialType::Oci => {
            inj.var("OCI_CLI_TENANCY", f.get("tenancy_ocid"));
            inj.var("OCI_CLI_USER", f.get("user_ocid"));
            inj.var("OCI_CLI_FINGERPRINT", f.get("fingerprint"));
            inj.var("OCI_CLI_REGION", f.get("region"));
            inj.var("OCI_CLI_PASSPHRASE", f.get("pass_phrase"));
            if let Some(key) = f.get("private_key") {
                inj.file(
                    "OCI_CLI_KEY_FILE",
                    "oci-api-key.pem",
                    Zeroizing::new(key.to_string()),
                );
            }
        }
        CredentialType::Cloudsigma => {
            inj.var("CLOUDSIGMA_EMAIL", f.get("email"));
            inj.var("CLOUDSIGMA_PASSWORD", f.get("password"));
            inj.var("CLOUDSIGMA_REGION", f.get("region"));
            inj.var("CLOUDSIGMA_ENDPOINT", f.get("endpoint"));
        }
        CredentialType::Cloudbroker => {
            inj.var("CLOUDBROKER_EMAIL", f.get("email"));
            inj.var("CLOUDBROKER_PASSWORD", f.get("password"));
            inj.var("CLOUDBROKER_URL", f.get("url"));
        }
        CredentialType::Openid => {
            inj.var("OIDC_TOKEN_URL", f.get("url"));
            inj.var("OIDC_REFRESH_TOKEN", f.get("refresh_token"));
            inj.var("OIDC_CLIENT_ID", f.get("client_id"));
            inj.var("OIDC_CLIENT_SECRET", f.get("client_secret"));
        }
        CredentialType::Generic => generic(name, f, &mut inj)?,
    }
    Ok(inj)
}

/// Inherited OpenStack variables that name an identity or a way to log in;
/// left in place they would mix with the credential's own (OS_CLOUD would even
/// select another account from clouds.yaml). Endpoint and project settings
/// from the environment stay.
const NOVA_INHERITED_AUTH: [&str; 14] = [
    "OS_CLOUD",
    "OS_TOKEN",
    "OS_AUTH_TYPE",
    "OS_USERNAME",
    "OS_USER_ID",
    "OS_PASSWORD",
    "OS_USER_DOMAIN_NAME",
    "OS_USER_DOMAIN_ID",
    "OS_APPLICATION_CREDENTIAL_ID",
    "OS_APPLICATION_CREDENTIAL_NAME",
    "OS_APPLICATION_CREDENTIAL_SECRET",
    "OS_ACCESS_TOKEN",
    "OS_IDENTITY_PROVIDER",
    "OS_PROTOCOL",
];

fn nova(f: &super::Fields, inj: &mut Injection) {
    inj.unset.extend(NOVA_INHERITED_AUTH);
    for (field, var) in [
        ("auth_url", "OS_AUTH_URL"),
        ("region_name", "OS_REGION_NAME"),
        ("project_id", "OS_PROJECT_ID"),
        ("project_name", "OS_PROJECT_NAME"),
        ("project_domain_name", "OS_PROJECT_DOMAIN_NAME"),
        ("user_domain_name", "OS_USER_DOMAIN_NAME"),
        ("interface", "OS_INTERFACE"),
    ] {
        inj.var(var, f.get(field));
    }
    inj.var("OS_IDENTITY_API_VERSION", Some("3"));
    if f.contains("application_credential_id") {
        inj.var("OS_AUTH_TYPE", Some("v3applicationcredential"));
        inj.var(
            "OS_APPLICATION_CREDENTIAL_ID",
            f.get("application_credential_id"),
        );
        inj.var(
            "OS_APPLICATION_CREDENTIAL_SECRET",
            f.get("application_credential_secret"),
        );
    } else if f.contains("identity_provider") {
        inj.var("OS_AUTH_TYPE", Some("v3oidcaccesstoken"));
        inj.var("OS_IDENTITY_PROVIDER", f.get("identity_provider"));
        inj.var("OS_PROTOCOL", Some(f.get("protocol").unwrap_or("openid")));
        inj.var("OS_ACCESS_TOKEN", f.get("access_token"));
        // NOTE: when access_token refers to an OpenID refresh token (MiCADO's
        // `*OPENID` alias), the token is not fetched here; the command gets the
        // token endpoint and refresh token to exchange itself.
        inj.var("OIDC_TOKEN_URL", f.get("access_token.url"));
        inj.var("OIDC_REFRESH_TOKEN", f.get("access_token.refresh_token"));
    } else {
        inj.var("OS_AUTH_TYPE", Some("v3password"));
        inj.var("OS_USERNAME", f.get("username"));
        inj.var("OS_PASSWORD", f.get("password"));
        inj.var("OS_USER_DOMAIN_NAME", f.get("domain_name"));
    }
}

/// Maps each generic field to a variable: `db.password` becomes `DB_PASSWORD`.
fn generic(name: &str, f: &super::Fields, inj: &mut Injection) -> Result<(), CredentialError> {
    let mut seen = std::collections::BTreeMap::new();
    for (field, value) in f.iter() {
        let var = super::types::generic_env_var(field);
        // Validation rejects these when a credential is stored; the check here
        // covers records stored before that rule existed.
        if super::types::is_reserved_env_var(&var) {
            return Err(CredentialError::invalid(
                format!("credential \"{name}\""),
                format!(
                    "field \"{field}\" maps to the environment variable {var}, which `cred exec` does not let a credential set; store the credential again with the field renamed"
                ),
            ));
        }
        if let Some(other) = seen.insert(var.clone(), field.to_string()) {
            return Err(CredentialError::invalid(
                format!("credential \"{name}\""),
                format!(
                    "fields \"{other}\" and \"{field}\" both map to the variable {var}; rename one"
                ),
            ));
        }
        inj.var(&var, Some(value));
    }
    Ok(())
}

/// Destination of the command's standard output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stdout {
    /// Inherited from micadoctl.
    Inherit,
    /// Sent to micadoctl's standard error, so that it cannot mix with a JSON
    /// document on standard output.
    ToStderr,
}

/// Exit of a command run by [`run`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RunOutcome {
    /// The command's exit code, or 128 + N when signal N ended it.
    pub code: i32,
    /// The last of the forwarded signals that micadoctl itself received while
    /// the command ran, such as SIGTERM from a service manager or Ctrl-C.
    pub interrupted_by: Option<i32>,
}

/// Runs `program` with `args` and the credential in its environment, and
/// forwards signals to it.
///
/// NOTE: signals reach the command's process only. A command that starts
/// background processes of its own must pass signals on to them.
pub fn run(
    injection: &Injection,
    program: &OsStr,
    args: &[OsString],
    stdout: Stdout,
) -> Result<RunOutcome, CredentialError> {
    // Signals are caught before the files exist, so that a signal arriving in
    // between cannot end micadoctl and leave them behind.
    let signals =
        SignalsInfo::<WithOrigin>::new(FORWARDED).map_err(|source| CredentialError::Io {
            path: PathBuf::from("<signals>"),
            source,
        })?;
    let dir = private_dir()?;
    let command = build_command(injection, program, args, stdout, dir.path())?;
    let outcome = run_forwarding(command, program, signals);
    drop(dir);
    outcome
}

/// Builds the command with the credential's variables and files in `dir`.
fn build_command(
    injection: &Injection,
    program: &OsStr,
    args: &[OsString],
    stdout: Stdout,
    dir: &std::path::Path,
) -> Result<Command, CredentialError> {
    let mut command = Command::new(program);
    command.args(args);
    for name in &injection.unset {
        command.env_remove(name);
    }
    for (name, _) in std::env::vars_os() {
        let text = name.to_string_lossy();
        if injection
            .unset_prefixes
            .iter()
            .any(|prefix| text.starts_with(prefix))
        {
            command.env_remove(&name);
        }
    }
    for (name, value) in &injection.vars {
        command.env(name, value.as_str());
    }
    for file in &injection.files {
        let path = dir.join(file.file_name);
        write_secret_file(&path, &file.contents)?;
        command.env(file.env_var, &path);
    }
    if stdout == Stdout::ToStderr {
        command.stdout(Stdio::from(
            std::io::stderr()
                .as_fd()
                .try_clone_to_owned()
                .map_err(|source| CredentialError::Io {
                    path: PathBuf::from("<stderr>"),
                    source,
                })?,
        ));
    }
    Ok(command)
}

/// Starts `command`, passes on the signals micadoctl receives until it ends,
/// and returns how it ended.
fn run_forwarding(
    mut command: Command,
    program: &OsStr,
    mut signals: SignalsInfo<WithOrigin>,
) -> Result<RunOutcome, CredentialError> {
    let mut child = command.spawn().map_err(|source| CredentialError::Spawn {
        program: program.to_string_lossy().into_owned(),
        source,
    })?;
    let pid = Pid::from_raw(child.id() as i32);
    let handle = signals.handle();
    let received = std::sync::Arc::new(AtomicI32::new(0));
    let received_by_thread = std::sync::Arc::clone(&received);
    let forwarder = std::thread::spawn(move || {
        for origin in signals.forever() {
            received_by_thread.store(origin.signal, Ordering::SeqCst);
            // A signal from the terminal (Ctrl-C) reaches the whole foreground
            // process group, the command included; pass on only the ones sent
            // to micadoctl alone.
            if origin.cause == Cause::Kernel {
                continue;
            }
            if let Ok(signal) = Signal::try_from(origin.signal) {
                let _ = kill(pid, signal);
            }
        }
    });
    let status = child.wait();
    handle.close();
    let _ = forwarder.join();

    let status = status.map_err(|source| CredentialError::Io {
        path: PathBuf::from(program),
        source,
    })?;
    let code = status
        .code()
        .unwrap_or_else(|| 128 + status.signal().unwrap_or(0));
    let signal = received.load(Ordering::SeqCst);
    Ok(RunOutcome {
        code,
        interrupted_by: (signal != 0).then_some(signal),
    })
}

fn private_dir() -> Result<tempfile::TempDir, CredentialError> {
    let base = [
        std::env::var_os("XDG_RUNTIME_DIR").map(PathBuf::from),
        Some(PathBuf::from("/dev/shm")),
    ]
    .into_iter()
    .flatten()
    .find(|p| p.is_dir() && is_writable(p))
    .unwrap_or_else(std::env::temp_dir);
    tempfile::Builder::new()
        .prefix("micadoctl-exec-")
        .permissions(std::fs::Permissions::from_mode(0o700))
        .tempdir_in(&base)
        .map_err(|source| CredentialError::Io { path: base, source })
}

fn is_writable(path: &std::path::Path) -> bool {
    nix::unistd::access(
        path,
        nix::unistd::AccessFlags::W_OK | nix::unistd::AccessFlags::X_OK,
    )
    .is_ok()
}

fn write_secret_file(path: &std::path::Path, contents: &str) -> Result<(), CredentialError> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;

    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
        .map_err(|source| CredentialError::Io {
            path: path.to_path_buf(),
            source,
        })?;
    file.write_all(contents.as_bytes())
        .map_err(|source| CredentialError::Io {
            path: path.to_path_buf(),
            source,
        })
}
