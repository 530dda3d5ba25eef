//! `secret set`, `get`, `list`, `delete` and `encryption-config`.

use std::path::Path;

use crate::cli::EncryptionConfigArgs;
use crate::commands::Context;

pub fn encryption_config(_ctx: &Context<'_>, _args: EncryptionConfigArgs) -> anyhow::Result<i32> {
    anyhow::bail!("not built yet")
}

pub fn set(_ctx: &Context<'_>, _name: &str, _from_file: Option<&Path>) -> anyhow::Result<i32> {
    anyhow::bail!("not built yet")
}

pub fn get(_ctx: &Context<'_>, _name: &str) -> anyhow::Result<i32> {
    anyhow::bail!("not built yet")
}

pub fn list(_ctx: &Context<'_>) -> anyhow::Result<i32> {
    anyhow::bail!("not built yet")
}

pub fn delete(_ctx: &Context<'_>, _name: &str, _if_exists: bool) -> anyhow::Result<i32> {
    anyhow::bail!("not built yet")
}
