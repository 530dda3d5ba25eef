//! The `user` group.

use std::path::Path;

use micado_security::ErrorClass;
use micado_security::clients::credman::CredmanClient;
use micado_security::store::Store;
use micado_security::users::import::{self, ImportedUser};
use micado_security::users::{
    AccountBackend, Clock, CredmanAccounts, FixedClock, Kind, LocalAccounts, NewPassword, NewUser,
    OutputFile, Password, PasswordChange, Scheme, Settings, SystemClock, UserInfo, Verdict,
};
use serde_json::json;
use tabled::Tabled;

use super::{Context, changed_text};
use crate::cli::user::{BackendArg, BackendArgs};
use crate::cli::{AddArgs, PasswdArgs, PasswordSource, SchemeArg, UserArgs, UserCommand};
use crate::exit::{CliError, LOCKED, VERIFICATION_FAILED};
use crate::output::table;
use crate::prompts;

/// Fixes the lockout clock at an RFC 3339 time, so that tests can move time
/// forward instead of sleeping. Release builds ignore it, so that it cannot be
/// used to skip a lockout.
const TEST_CLOCK_VARIABLE: &str = "MICADOCTL_TEST_NOW";

/// The backend chosen for one command.
enum Selection {
    Local,
    Credman(String),
}

pub fn run(ctx: &Context<'_>, args: UserArgs) -> anyhow::Result<i32> {
    let selection = select_backend(ctx, &args.backend)?;
    match args.command {
        UserCommand::Import {
            credman_db,
            provisioning,
        } => {
            require_local(&selection, "user import")?;
            import(ctx, credman_db.as_deref(), provisioning.as_deref())
        }
        UserCommand::Export { htpasswd } => {
            require_local(&selection, "user export")?;
            export(ctx, &htpasswd)
        }
        UserCommand::Add(args) => add(ctx, &selection, args),
        UserCommand::List => list(ctx, &selection),
        UserCommand::Show { name } => show(ctx, &selection, &name),
        UserCommand::Passwd(args) => passwd(ctx, &selection, args),
        UserCommand::Role { name, add, remove } => roles(ctx, &selection, &name, &add, &remove),
        UserCommand::Lock { name } => lock(ctx, &selection, &name, true),
        UserCommand::Unlock { name } => lock(ctx, &selection, &name, false),
        UserCommand::Delete { name, if_exists } => delete(ctx, &selection, &name, if_exists),
        UserCommand::Verify {
            name,
            password_file,
        } => verify(ctx, &selection, &name, password_file.as_deref()),
    }
}

fn select_backend(ctx: &Context<'_>, args: &BackendArgs) -> anyhow::Result<Selection> {
    let config = ctx.home()?.load_config()?.users;
    let backend = match args.backend {
        Some(BackendArg::Local) => "local".to_string(),
        Some(BackendArg::Credman) => "credman".to_string(),
        None => config.backend.clone().unwrap_or_else(|| "local".into()),
    };
    match backend.as_str() {
        "local" => Ok(Selection::Local),
        "credman" => {
            let api = args.api.clone().or(config.credman_api).ok_or_else(|| {
                CliError::new(ErrorClass::Usage, "the credman backend needs the API URL")
                    .hint("give --api http://credman:5001/v1.1/ or set credman_api in [users] of config.toml")
            })?;
            Ok(Selection::Credman(api))
        }
        other => Err(CliError::new(
            ErrorClass::InputRejected,
            format!("backend \"{other}\" in [users] of config.toml is not local or credman"),
        )
        .into()),
    }
}

fn require_local(selection: &Selection, command: &str) -> anyhow::Result<()> {
    match selection {
        Selection::Local => Ok(()),
        Selection::Credman(_) => Err(CliError::new(
            ErrorClass::Usage,
            format!("{command} works on the local store only"),
        )
        .hint("leave out --backend credman")
        .into()),
    }
}

/// Returns the clock of the lockout.
fn clock() -> Box<dyn Clock> {
    if cfg!(debug_assertions)
        && let Some(now) = std::env::var(TEST_CLOCK_VARIABLE)
            .ok()
            .and_then(|text| micado_security::users::lockout::parse_time(&text))
    {
        return Box::new(FixedClock(now));
    }
    Box::new(SystemClock)
}

/// Runs `work` on the selected backend. `unlock` is false for commands that
/// read no secret and change nothing.
fn with_backend<T>(
    ctx: &Context<'_>,
    selection: &Selection,
    command: &str,
    unlock: bool,
    work: impl FnOnce(&mut dyn AccountBackend) -> anyhow::Result<T>,
) -> anyhow::Result<T> {
    let mut store = ctx.open(command)?;
    if unlock {
        ctx.unlock(&mut store, true)?;
    }
    match selection {
        Selection::Local => {
            let settings = Settings::load(&store)?;
            work(&mut LocalAccounts::new(&mut store, settings, clock()))
        }
        Selection::Credman(api) => {
            let client = CredmanClient::new(api)?;
            work(&mut CredmanAccounts::new(client, &mut store))
        }
    }
}

pub(super) fn local_accounts<'a>(store: &'a mut Store) -> anyhow::Result<LocalAccounts<'a>> {
    let settings = Settings::load(store)?;
    Ok(LocalAccounts::new(store, settings, clock()))
}

fn scheme(arg: Option<SchemeArg>) -> Option<Scheme> {
    arg.map(|s| match s {
        SchemeArg::Argon2id => Scheme::Argon2id,
        SchemeArg::Bcrypt => Scheme::Bcrypt,
        SchemeArg::Sha512Crypt => Scheme::Sha512Crypt,
    })
}

/// Reads a new password from `--password-stdin`, `--password-file` or a
/// prompt. Returns `None` when none is given and prompting is not possible.
fn read_new_password(
    ctx: &Context<'_>,
    source: &PasswordSource,
) -> anyhow::Result<Option<Password>> {
    let text = if source.password_stdin {
        read_first_line(Path::new("-"))?
    } else if let Some(path) = &source.password_file {
        read_first_line(path)?
    } else if prompts::can_prompt(ctx.global.no_input) {
        prompts::new_password("New password")?
    } else {
        return Ok(None);
    };
    Password::new(&text).map(Some).map_err(|message| {
        CliError::new(
            ErrorClass::InputRejected,
            format!("invalid password: {message}"),
        )
        .hint("passwords need 8 to 4096 bytes after Unicode NFC normalisation")
        .into()
    })
}

/// Reads the first line of a file (or stdin for `-`), without its line ending.
fn read_first_line(path: &Path) -> anyhow::Result<zeroize::Zeroizing<String>> {
    let text = prompts::read_input(path)?;
    let line = text.split('\n').next().unwrap_or("");
    let line = line.strip_suffix('\r').unwrap_or(line);
    if line.is_empty() {
        let label = if path == Path::new("-") {
            "stdin".to_string()
        } else {
            path.display().to_string()
        };
        return Err(CliError::new(
            ErrorClass::InputRejected,
            format!("no password in {label}: its first line is empty"),
        )
        .into());
    }
    Ok(zeroize::Zeroizing::new(line.to_string()))
}

fn missing_password(option: &str) -> anyhow::Error {
    CliError::new(
        ErrorClass::Usage,
        "a password is needed but stdin is not a terminal (or --no-input is set)",
    )
    .hint(format!("give it with {option}"))
    .into()
}

/// Prepares the file that receives a generated password before the change,
/// so that a path that cannot be written fails while nothing has changed.
fn prepare_password_file(path: Option<&Path>) -> anyhow::Result<Option<(&Path, OutputFile)>> {
    let Some(path) = path else {
        return Ok(None);
    };
    let file = OutputFile::create(path).map_err(|e| write_error(path, &e))?;
    Ok(Some((path, file)))
}

fn write_error(path: &Path, error: &std::io::Error) -> anyhow::Error {
    CliError::new(
        ErrorClass::Failure,
        format!("cannot write {}: {error}", path.display()),
    )
    .into()
}

/// Shows a generated password once: in `file` (mode 0600) or on stdout.
fn show_generated(
    ctx: &Context<'_>,
    mut doc: serde_json::Value,
    summary: String,
    generated: &Password,
    file: Option<(&Path, OutputFile)>,
) -> anyhow::Result<()> {
    if let Some((path, output)) = file {
        let mut contents = zeroize::Zeroizing::new(generated.expose().to_string());
        contents.push('\n');
        output
            .write(contents.as_bytes())
            .map_err(|e| write_error(path, &e))?;
        doc["password_file"] = json!(path);
        ctx.out.result(&doc, || {
            format!("{summary}; password written to {}\n", path.display())
        });
        return Ok(());
    }
    doc["password"] = json!(generated.expose());
    ctx.out.note(&summary);
    ctx.out.result(&doc, || format!("{}\n", generated.expose()));
    Ok(())
}

fn add(ctx: &Context<'_>, selection: &Selection, args: AddArgs) -> anyhow::Result<i32> {
    let kind = if args.machine {
        Kind::Machine
    } else {
        Kind::Human
    };
    let password = if args.machine {
        NewPassword::Generate
    } else {
        let password = read_new_password(ctx, &args.password)?
            .ok_or_else(|| missing_password("--password-stdin or --password-file FILE"))?;
        NewPassword::Given(password)
    };
    let password_file = if args.machine {
        prepare_password_file(args.password.password_file.as_deref())?
    } else {
        None
    };
    let request = NewUser {
        name: args.name.clone(),
        email: args.email.clone(),
        roles: args.role.clone(),
        kind,
        scheme: scheme(args.scheme),
        password,
        if_absent: args.if_absent,
    };
    let outcome = with_backend(ctx, selection, "user add", true, |backend| {
        Ok(backend.add(request)?)
    })?;

    let doc = json!({ "name": outcome.name, "changed": outcome.changed, "kind": kind.as_str() });
    let summary = format!(
        "{}: user \"{}\"",
        changed_text(outcome.changed),
        outcome.name
    );
    match &outcome.generated {
        Some(generated) => show_generated(ctx, doc, summary, generated, password_file)?,
        None => ctx.out.result(&doc, || format!("{summary}\n")),
    }
    Ok(0)
}

#[derive(Tabled)]
struct UserRow {
    #[tabled(rename = "NAME")]
    name: String,
    #[tabled(rename = "ROLES")]
    roles: String,
    #[tabled(rename = "KIND")]
    kind: String,
    #[tabled(rename = "LOCKED")]
    locked: String,
    #[tabled(rename = "SCHEME")]
    scheme: String,
    #[tabled(rename = "EMAIL")]
    email: String,
}

fn user_row(user: &UserInfo) -> UserRow {
    UserRow {
        name: user.name.clone(),
        roles: user.roles.join(","),
        kind: user.kind.map_or("-", Kind::as_str).into(),
        locked: locked_text(user),
        scheme: user.scheme.map_or("-", Scheme::as_str).into(),
        email: user.email.clone().unwrap_or_else(|| "-".into()),
    }
}

fn locked_text(user: &UserInfo) -> String {
    match (&user.locked_until, user.disabled, user.locked) {
        (_, true, _) => "yes (user lock)".into(),
        (Some(until), _, _) => format!("until {until}"),
        (None, false, true) => "yes".into(),
        _ => "no".into(),
    }
}

fn list(ctx: &Context<'_>, selection: &Selection) -> anyhow::Result<i32> {
    let users = with_backend(ctx, selection, "user list", false, |backend| {
        Ok(backend.list()?)
    })?;
    ctx.out.result(&json!({ "users": users }), || {
        let rows: Vec<UserRow> = users.iter().map(user_row).collect();
        table(&rows)
    });
    Ok(0)
}

fn show(ctx: &Context<'_>, selection: &Selection, name: &str) -> anyhow::Result<i32> {
    let user = with_backend(ctx, selection, "user show", false, |backend| {
        Ok(backend.show(name)?)
    })?;
    ctx.out.result(&user, || {
        let optional = |value: &Option<String>| value.clone().unwrap_or_else(|| "-".into());
        format!(
            "name: {}\nemail: {}\nroles: {}\nkind: {}\nlocked: {}\nfailures: {}\nscheme: {}\ncreated: {}\npassword changed: {}\n",
            user.name,
            optional(&user.email),
            user.roles.join(", "),
            user.kind.map_or("-", Kind::as_str),
            locked_text(&user),
            user.failures.map_or("-".into(), |n| n.to_string()),
            user.scheme.map_or("-", Scheme::as_str),
            optional(&user.created),
            optional(&user.password_changed),
        )
    });
    Ok(0)
}

fn passwd(ctx: &Context<'_>, selection: &Selection, args: PasswdArgs) -> anyhow::Result<i32> {
    let new = if args.generate {
        NewPassword::Generate
    } else {
        let password = read_new_password(ctx, &args.password)?.ok_or_else(|| {
            missing_password("--password-stdin, --password-file FILE or --generate")
        })?;
        NewPassword::Given(password)
    };
    let old = match &args.old_password_file {
        Some(path) => Some(Password::for_verification(&read_first_line(path)?)),
        None => None,
    };
    let password_file = if args.generate {
        prepare_password_file(args.password.password_file.as_deref())?
    } else {
        None
    };
    let change = PasswordChange {
        new,
        old,
        scheme: scheme(args.scheme),
        if_changed: args.if_changed,
    };
    let outcome = with_backend(ctx, selection, "user passwd", true, |backend| {
        Ok(backend.set_password(&args.name, change)?)
    })?;

    let doc = json!({ "name": outcome.name, "changed": outcome.changed });
    let summary = format!(
        "{}: password of user \"{}\"",
        changed_text(outcome.changed),
        outcome.name
    );
    match &outcome.generated {
        Some(generated) => show_generated(ctx, doc, summary, generated, password_file)?,
        None => ctx.out.result(&doc, || format!("{summary}\n")),
    }
    Ok(0)
}

fn roles(
    ctx: &Context<'_>,
    selection: &Selection,
    name: &str,
    add: &[String],
    remove: &[String],
) -> anyhow::Result<i32> {
    if add.is_empty() && remove.is_empty() {
        return Err(CliError::new(ErrorClass::Usage, "nothing to change")
            .hint("give --add ROLE or --remove ROLE")
            .into());
    }
    let outcome = with_backend(ctx, selection, "user role", true, |backend| {
        Ok(backend.change_roles(name, add, remove)?)
    })?;
    ctx.out.result(&outcome, || {
        format!(
            "{}: user \"{}\" has roles {}\n",
            changed_text(outcome.changed),
            outcome.name,
            if outcome.roles.is_empty() {
                "(none)".to_string()
            } else {
                outcome.roles.join(", ")
            }
        )
    });
    Ok(0)
}

fn lock(ctx: &Context<'_>, selection: &Selection, name: &str, locked: bool) -> anyhow::Result<i32> {
    let command = if locked { "user lock" } else { "user unlock" };
    let changed = with_backend(ctx, selection, command, true, |backend| {
        Ok(backend.set_locked(name, locked)?)
    })?;
    let state = if locked { "locked" } else { "unlocked" };
    ctx.out.result(
        &json!({ "name": name, "changed": changed, "locked": locked }),
        || format!("{}: user \"{name}\" is {state}\n", changed_text(changed)),
    );
    Ok(0)
}

fn delete(
    ctx: &Context<'_>,
    selection: &Selection,
    name: &str,
    if_exists: bool,
) -> anyhow::Result<i32> {
    let changed = with_backend(ctx, selection, "user delete", true, |backend| {
        Ok(backend.delete(name, if_exists)?)
    })?;
    ctx.out
        .result(&json!({ "name": name, "changed": changed }), || {
            if changed {
                format!("deleted user \"{name}\"\n")
            } else {
                format!("user \"{name}\" does not exist\n")
            }
        });
    Ok(0)
}

fn verify(
    ctx: &Context<'_>,
    selection: &Selection,
    name: &str,
    password_file: Option<&Path>,
) -> anyhow::Result<i32> {
    let text = match password_file {
        Some(path) => read_first_line(path)?,
        None if prompts::can_prompt(ctx.global.no_input) => prompts::hidden("Password")?,
        None => read_first_line(Path::new("-"))?,
    };
    let password = Password::for_verification(&text);
    let verification = with_backend(ctx, selection, "user verify", true, |backend| {
        Ok(backend.verify(name, &password)?)
    })?;

    let (code, text) = match verification.verdict {
        Verdict::Accepted => (0, format!("accepted: user \"{name}\"\n")),
        Verdict::Rejected => (VERIFICATION_FAILED, format!("rejected: user \"{name}\"\n")),
        Verdict::Locked => {
            let until = verification
                .locked_until
                .as_deref()
                .map_or(String::new(), |u| format!(" until {u}"));
            (LOCKED, format!("locked: user \"{name}\"{until}\n"))
        }
    };
    ctx.out.result(&verification, || text);
    Ok(code)
}

fn import(
    ctx: &Context<'_>,
    credman_db: Option<&Path>,
    provisioning: Option<&Path>,
) -> anyhow::Result<i32> {
    let users: Vec<ImportedUser> = match (credman_db, provisioning) {
        (Some(path), _) => import::read_credman_db(path)?,
        (None, Some(path)) => {
            let text = prompts::read_input(path)?;
            import::read_provisioning(path, &text)?
        }
        (None, None) => unreachable!("clap requires one source"),
    };
    let mut store = ctx.open_unlocked("user import")?;
    let report = local_accounts(&mut store)?.import(users)?;
    ctx.out.result(&report, || {
        let mut text = format!(
            "{}: imported {} user(s){}\n",
            changed_text(report.changed),
            report.imported.len(),
            if report.imported.is_empty() {
                String::new()
            } else {
                format!(": {}", report.imported.join(", "))
            }
        );
        for skipped in &report.skipped {
            text.push_str(&format!(
                "skipped \"{}\": {}\n",
                skipped.name, skipped.reason
            ));
        }
        text
    });
    Ok(0)
}

fn export(ctx: &Context<'_>, path: &Path) -> anyhow::Result<i32> {
    let mut store = ctx.open_unlocked("user export")?;
    let export = local_accounts(&mut store)?.export_htpasswd(path)?;
    ctx.out.result(&export, || {
        let mut text = format!(
            "wrote {} user(s) to {}\n",
            export.exported.len(),
            export.file
        );
        for skipped in &export.skipped {
            text.push_str(&format!(
                "skipped \"{}\": {}\n",
                skipped.name, skipped.reason
            ));
        }
        text
    });
    Ok(0)
}
