//! Command handlers: each opens what it needs, calls the library and hands the
//! result to the output layer.

mod audit;
mod ca;
mod cred;
mod docs;
mod firewall;
mod image;
mod manifest;
mod role;
mod secret;
mod store;
mod user;
mod vault;

use micado_security::ErrorClass;
use micado_security::crypto::SecretString;
use micado_security::store::{Actor, Home, Store, UnlockOptions};

use crate::cli::{Cli, Command, GlobalArgs};
use crate::exit::CliError;
use crate::output::Output;
use crate::prompts;

/// Runs the parsed command line; returns the exit code.
pub fn run(cli: Cli, out: &Output) -> anyhow::Result<i32> {
    let ctx = Context {
        global: cli.global,
        out,
    };
    match cli.command {
        Command::Init(args) => store::init(&ctx, args),
        Command::Status => store::status(&ctx),
        Command::Unlock(args) => store::unlock(&ctx, args),
        Command::Lock => store::lock(&ctx),
        Command::User(args) => user::run(&ctx, args),
        Command::Role(command) => role::run(&ctx, command),
        Command::Cred(args) => cred::run(&ctx, args),
        Command::Ca(command) => ca::run(&ctx, command),
        Command::Firewall(command) => firewall::run(&ctx, command),
        Command::Login(crate::cli::LoginCommand::Vault(args)) => vault::login(&ctx, args),
        Command::Logout(command) => vault::logout(&ctx, command),
        Command::Image(command) => image::run(&ctx, command),
        Command::Manifest(command) => manifest::run(&ctx, command),
        Command::Secret(command) => secret::run(&ctx, command),
        Command::Audit(command) => audit::run(&ctx, command),
        Command::Store(command) => store::run(&ctx, command),
        Command::Completions { shell } => docs::completions(shell, ctx.out),
        Command::Manpages { dir } => docs::manpages(&dir),
    }
}

/// Handler context: the global options and the output.
pub struct Context<'a> {
    /// Global options.
    pub global: GlobalArgs,
    /// Output settings.
    pub out: &'a Output,
}

impl Context<'_> {
    /// Resolves the state home.
    pub fn home(&self) -> anyhow::Result<Home> {
        Ok(Home::resolve(self.global.home.as_deref())?)
    }

    /// Opens the store without unlocking it.
    pub fn open(&self, command: &str) -> anyhow::Result<Store> {
        let home = self.home()?;
        Ok(Store::open(
            &home,
            self.global.profile.as_deref(),
            Actor::current(command),
        )?)
    }

    /// Opens and unlocks the store.
    pub fn open_unlocked(&self, command: &str) -> anyhow::Result<Store> {
        let mut store = self.open(command)?;
        self.unlock(&mut store, true)?;
        Ok(store)
    }

    /// Unlocks `store` in the documented order; the keyring is skipped when
    /// `use_keyring` is false (for `unlock`, which must prove a real key).
    pub fn unlock(&self, store: &mut Store, use_keyring: bool) -> anyhow::Result<()> {
        let passphrase_error = std::cell::RefCell::new(None);
        let get_passphrase = || match self.passphrase() {
            Ok(passphrase) => passphrase,
            Err(e) => {
                *passphrase_error.borrow_mut() = Some(e);
                None
            }
        };
        let options = UnlockOptions {
            identity_files: self.global.identity.iter().cloned().collect(),
            use_keyring,
            passphrase: Some(&get_passphrase),
        };
        let result = store.unlock(&options).map(describe_unlock);
        if let Some(error) = passphrase_error.into_inner() {
            return Err(error);
        }
        let method = result?;
        self.out.detail(&format!("unlocked with {method}"));
        Ok(())
    }

    /// Reads the passphrase from `--passphrase-file` or a prompt, if either is available.
    pub fn passphrase(&self) -> anyhow::Result<Option<SecretString>> {
        if let Some(path) = &self.global.passphrase_file {
            return self.read_passphrase_file(path).map(Some);
        }
        if prompts::can_prompt(self.global.no_input) {
            let value = prompts::hidden("Store passphrase")?;
            return Ok(Some(SecretString::from(value.to_string())));
        }
        Ok(None)
    }

    /// Reads `--passphrase-file`, warning when other users can read it. It is
    /// not refused, because secret mounts of container platforms are often 0444.
    pub fn read_passphrase_file(&self, path: &std::path::Path) -> anyhow::Result<SecretString> {
        use std::os::unix::fs::PermissionsExt;

        if let Ok(metadata) = std::fs::metadata(path) {
            let mode = metadata.permissions().mode() & 0o777;
            if metadata.is_file() && mode & 0o077 != 0 {
                self.out.warn(&format!(
                    "passphrase file {} can be read by other users (mode {mode:04o}); run `chmod 600 {}`",
                    path.display(),
                    path.display()
                ));
            }
        }
        prompts::read_passphrase_file(path)
    }

    /// Fails unless prompting is allowed, naming the option that avoids it.
    pub fn require_prompt(&self, what: &str, alternative: &str) -> anyhow::Result<()> {
        if prompts::can_prompt(self.global.no_input) {
            return Ok(());
        }
        Err(CliError::new(
            ErrorClass::Usage,
            format!("{what} is needed but stdin is not a terminal (or --no-input is set)"),
        )
        .hint(format!("give it with {alternative}"))
        .into())
    }
}

fn describe_unlock(method: &micado_security::store::UnlockMethod) -> String {
    use micado_security::store::UnlockMethod;

    match method {
        UnlockMethod::Identity(path) => format!("the identity file {}", path.display()),
        UnlockMethod::Keyring => "the key cached in the kernel keyring".into(),
        UnlockMethod::Passphrase => "the passphrase".into(),
    }
}

/// Renders the `changed` flag as text.
pub fn changed_text(changed: bool) -> &'static str {
    if changed { "changed" } else { "unchanged" }
}
