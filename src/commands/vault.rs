//! Vault and OpenBao: settings, the backend of the `cred` commands, `login
//! vault` and `logout vault`.

use std::sync::Arc;

use micado_security::ErrorClass;
use micado_security::clients::vault::token::TokenInfo;
use micado_security::clients::vault::{VaultClient, VaultError, VaultSettings, token_cache};
use micado_security::credentials::vault::{
    DEFAULT_MOUNT, DEFAULT_PREFIX, VaultBackend, VaultLayout, VaultLocation, check_path_setting,
    split_mount,
};
use micado_security::crypto::SecretString;
use micado_security::store::{Home, Store, VaultConfig};
use serde_json::json;

use super::Context;
use crate::cli::{BackendArgs, LayoutArg, LoginMethod, LogoutCommand, VaultLoginArgs};
use crate::exit::CliError;
use crate::prompts;

/// Reads a variable of the vault CLI, treating an empty value as unset.
fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

/// Server settings and credential location from the environment, the
/// options and config.toml, in that order.
pub fn resolve(
    config: Option<&VaultConfig>,
    args: &BackendArgs,
) -> anyhow::Result<(VaultSettings, VaultLocation)> {
    let config = config.cloned().unwrap_or_default();
    let namespace = env("VAULT_NAMESPACE").or(config.namespace);
    let mount = args
        .mount
        .clone()
        .or(config.mount)
        .unwrap_or_else(|| DEFAULT_MOUNT.into());
    let (namespace, mount) = split_mount(&mount, namespace.as_deref())?;
    let layout = match (args.layout, config.layout.as_deref()) {
        (Some(LayoutArg::Kv2), _) => VaultLayout::Kv2,
        (Some(LayoutArg::Spm), _) => VaultLayout::Spm,
        (None, None) => VaultLayout::Kv2,
        (None, Some(text)) => VaultLayout::parse(text).ok_or_else(|| {
            CliError::new(
                ErrorClass::InputRejected,
                format!("config.toml: vault.layout \"{text}\" is not kv2 or spm"),
            )
        })?,
    };
    let settings = VaultSettings {
        address: env("VAULT_ADDR").or(config.address),
        namespace,
        ca_cert: env("VAULT_CACERT").map(Into::into).or(config.ca_cert),
        insecure_http: args.insecure_http || config.insecure_http.unwrap_or(false),
    };
    let prefix = args
        .path_prefix
        .clone()
        .or(config.prefix)
        .unwrap_or_else(|| DEFAULT_PREFIX.into());
    check_path_setting("path prefix", &prefix)?;
    let location = VaultLocation {
        mount,
        prefix,
        layout,
    };
    Ok((settings, location))
}

/// Builds a client with the token from VAULT_TOKEN or the keyring.
pub fn client_with_token(settings: &VaultSettings) -> anyhow::Result<VaultClient> {
    let mut client = VaultClient::connect(settings)?;
    let token = match env("VAULT_TOKEN") {
        // A token never contains whitespace; a trailing newline from a file
        // would otherwise make the header invalid.
        Some(token) => SecretString::from(token.trim().to_string()),
        None => token_cache::load(client.address(), client.namespace())?
            .map(|(token, _)| token)
            .ok_or_else(|| VaultError::NoToken(client.address().to_string()))?,
    };
    client.set_token(token);
    Ok(client)
}

/// Opens the Vault backend over `store`, which keeps the audit log.
pub fn backend(
    ctx: &Context<'_>,
    store: Store,
    args: &BackendArgs,
) -> anyhow::Result<VaultBackend> {
    backend_with_layout(ctx, store, args, None)
}

/// Opens the Vault backend, with `layout` replacing the configured one.
pub fn backend_with_layout(
    ctx: &Context<'_>,
    store: Store,
    args: &BackendArgs,
    layout: Option<(VaultLayout, String)>,
) -> anyhow::Result<VaultBackend> {
    let (settings, mut location) = resolve(store.config().vault.as_ref(), args)?;
    if let Some((layout, mount)) = layout {
        location.layout = layout;
        location.mount = split_mount(&mount, settings.namespace.as_deref())?.1;
    }
    let client = client_with_token(&settings)?;
    let out = ctx.out.clone();
    Ok(VaultBackend::new(store, client, location).with_notices(Arc::new(move |m| out.warn(m))))
}

fn config_for_login(ctx: &Context<'_>) -> anyhow::Result<Option<VaultConfig>> {
    let home = Home::resolve(ctx.global.home.as_deref())?;
    let config = home
        .load_config()?
        .effective(ctx.global.profile.as_deref())?;
    Ok(config.vault)
}

/// `login vault`: checks the token and caches it in the session keyring.
pub fn login(ctx: &Context<'_>, args: VaultLoginArgs) -> anyhow::Result<i32> {
    let backend_args = BackendArgs {
        backend: None,
        layout: None,
        mount: None,
        path_prefix: None,
        insecure_http: args.insecure_http,
    };
    let (settings, _) = resolve(config_for_login(ctx)?.as_ref(), &backend_args)?;
    let mut client = VaultClient::connect(&settings)?;
    let token = match args.method {
        LoginMethod::Token => read_secret(
            ctx,
            args.token_file.as_deref(),
            "Vault token",
            "--token-file",
        )?,
        LoginMethod::Userpass => {
            let username = args.username.as_deref().ok_or_else(|| {
                CliError::new(ErrorClass::Usage, "--method userpass needs --username")
            })?;
            let password = read_secret(
                ctx,
                args.password_file.as_deref(),
                "Password",
                "--password-file",
            )?;
            client.login_userpass(&args.auth_mount, username, &password)?
        }
    };
    client.set_token(token.clone());
    let info = client.lookup_self()?;
    let expires = token_cache::store(client.address(), client.namespace(), &token, info.ttl())?;
    let doc = json!({
        "changed": true,
        "address": client.address(),
        "namespace": client.namespace(),
        "token": token_json(&info),
        "cached_until": super::store::rfc3339(expires),
    });
    if env("VAULT_TOKEN").is_some() {
        ctx.out.warn(
            "VAULT_TOKEN is set, and the `cred` commands use it before the cached token; unset it to use this login",
        );
    }
    ctx.out.result(&doc, || {
        format!(
            "logged in to {} as {}; token cached in the session keyring until {}\n{}",
            client.address(),
            info.display_name,
            doc["cached_until"].as_str().unwrap_or_default(),
            token_text(&info)
        )
    });
    Ok(0)
}

fn read_secret(
    ctx: &Context<'_>,
    file: Option<&std::path::Path>,
    prompt: &str,
    option: &str,
) -> anyhow::Result<SecretString> {
    if let Some(path) = file {
        let text = prompts::read_input(path)?;
        let value = text.lines().next().unwrap_or_default().trim();
        if value.is_empty() {
            return Err(CliError::new(
                ErrorClass::InputRejected,
                format!("{}: the first line is empty", path.display()),
            )
            .into());
        }
        return Ok(SecretString::from(value.to_string()));
    }
    ctx.require_prompt(prompt, option)?;
    let value = prompts::hidden(prompt)?;
    Ok(SecretString::from(value.trim().to_string()))
}

/// `logout vault`: drops the cached token, and revokes it with `--revoke`.
pub fn logout(ctx: &Context<'_>, command: LogoutCommand) -> anyhow::Result<i32> {
    let LogoutCommand::Vault { revoke } = command;
    let backend_args = BackendArgs {
        backend: None,
        layout: None,
        mount: None,
        path_prefix: None,
        insecure_http: true,
    };
    let (settings, _) = resolve(config_for_login(ctx)?.as_ref(), &backend_args)?;
    let mut client = VaultClient::connect(&settings)?;
    let cached = token_cache::load(client.address(), client.namespace())?;
    if revoke && let Some((token, _)) = &cached {
        client.set_token(token.clone());
        client.revoke_self()?;
    }
    let removed = token_cache::remove(client.address(), client.namespace())?;
    let doc = json!({ "changed": removed, "address": client.address(), "revoked": revoke && cached.is_some() });
    ctx.out.result(&doc, || {
        if removed {
            format!("dropped the cached token of {}\n", client.address())
        } else {
            format!("no token of {} is cached\n", client.address())
        }
    });
    Ok(0)
}

/// Builds the Vault part of `status`: address, source of the token, its TTL
/// and policies.
pub fn status_section(config: Option<&VaultConfig>) -> serde_json::Value {
    let args = BackendArgs {
        backend: None,
        layout: None,
        mount: None,
        path_prefix: None,
        insecure_http: false,
    };
    let result = resolve(config, &args).and_then(|(settings, location)| {
        let source = if env("VAULT_TOKEN").is_some() {
            "VAULT_TOKEN"
        } else {
            "keyring"
        };
        let client = client_with_token(&settings)?;
        let info = client.lookup_self()?;
        Ok(json!({
            "address": client.address(),
            "namespace": client.namespace(),
            "mount": location.mount,
            "prefix": location.prefix,
            "token_source": source,
            "token": token_json(&info),
        }))
    });
    result.unwrap_or_else(|e| json!({ "error": format!("{e:#}") }))
}

fn token_json(info: &TokenInfo) -> serde_json::Value {
    json!({
        "display_name": info.display_name,
        "policies": info.policies,
        "ttl_seconds": info.ttl_seconds,
        "renewable": info.renewable,
        "expire_time": info.expire_time,
    })
}

/// Renders the token lines of `login` and `status`.
pub fn token_text(info: &TokenInfo) -> String {
    let ttl = match info.ttl() {
        Some(ttl) => format!(
            "{}s{}",
            ttl.as_secs(),
            if info.renewable { " (renewable)" } else { "" }
        ),
        None => "never expires".into(),
    };
    format!(
        "token ttl:           {ttl}\ntoken policies:      {}\n",
        info.policies.join(", ")
    )
}
