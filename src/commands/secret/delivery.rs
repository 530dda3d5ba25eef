//! `secret render`, `apply` and `delete-applied`.

use crate::cli::{ApplyArgs, RenderArgs};
use crate::commands::Context;

pub fn render(_ctx: &Context<'_>, _args: RenderArgs) -> anyhow::Result<i32> {
    anyhow::bail!("not built yet")
}

pub fn apply(_ctx: &Context<'_>, _args: ApplyArgs) -> anyhow::Result<i32> {
    anyhow::bail!("not built yet")
}

pub fn delete_applied(_ctx: &Context<'_>, _args: ApplyArgs) -> anyhow::Result<i32> {
    anyhow::bail!("not built yet")
}
