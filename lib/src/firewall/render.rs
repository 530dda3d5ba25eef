//! Rendered rule files and the line-by-line record of where each line came
//! from, shared by the nftables and iptables renderers.

use serde::{Deserialize, Serialize};

use super::address::Family;
use super::error::FirewallError;
use super::iptables;
use super::limits::Adjuster;
use super::nft;
use super::plan::Plan;
use super::policy::Origin;

/// The target format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// One `table inet micado` for `nft -f`.
    Nft,
    /// `rules.v4` and `rules.v6` for `iptables-restore --noflush` and
    /// `ip6tables-restore --noflush`.
    Iptables,
}

impl Format {
    /// Returns `nft` or `iptables`.
    pub fn name(self) -> &'static str {
        match self {
            Format::Nft => "nft",
            Format::Iptables => "iptables",
        }
    }
}

/// One rendered file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RenderedFile {
    /// File name: `micado.nft`, `rules.v4` or `rules.v6`.
    pub name: String,
    /// For iptables files, the family the file is for.
    pub family: Option<Family>,
    /// Contents.
    pub text: String,
    /// For each line (index 0 is line 1), the policy declaration it came
    /// from; `None` for the fixed lines.
    pub origins: Vec<Option<Origin>>,
}

impl RenderedFile {
    /// Returns the declaration behind line `line` (from 1).
    pub fn origin_of(&self, line: usize) -> Option<&Origin> {
        line.checked_sub(1)
            .and_then(|index| self.origins.get(index))
            .and_then(Option::as_ref)
    }
}

/// The rendered files of one format.
#[derive(Debug, Clone)]
pub struct Rendering {
    /// The format.
    pub format: Format,
    /// The files: one for nft, two for iptables.
    pub files: Vec<RenderedFile>,
    /// Names, comments and prefixes changed to fit the target.
    pub adjustments: Vec<String>,
}

/// Renders `plan` in `format`. With `strict`, an adjustment is an error.
pub fn render(plan: &Plan, format: Format, strict: bool) -> Result<Rendering, FirewallError> {
    let mut adjuster = Adjuster {
        strict,
        ..Adjuster::default()
    };
    let files = match format {
        Format::Nft => vec![nft::render(plan, &mut adjuster)?],
        Format::Iptables => Family::ALL
            .into_iter()
            .map(|family| iptables::render(plan, family, &mut adjuster))
            .collect::<Result<_, _>>()?,
    };
    Ok(Rendering {
        format,
        files,
        adjustments: adjuster.adjustments,
    })
}

/// Accumulates lines and their origins.
#[derive(Debug, Default)]
pub(crate) struct Lines {
    text: String,
    origins: Vec<Option<Origin>>,
}

impl Lines {
    /// Appends a fixed line.
    pub(crate) fn fixed(&mut self, line: impl AsRef<str>) {
        self.push(line.as_ref(), None);
    }

    /// Appends a line that `origin` declared.
    pub(crate) fn from(&mut self, line: impl AsRef<str>, origin: &Origin) {
        self.push(line.as_ref(), Some(origin.clone()));
    }

    fn push(&mut self, line: &str, origin: Option<Origin>) {
        self.text.push_str(line);
        self.text.push('\n');
        self.origins.push(origin);
    }

    /// Finishes the file.
    pub(crate) fn finish(self, name: &str, family: Option<Family>) -> RenderedFile {
        RenderedFile {
            name: name.to_string(),
            family,
            text: self.text,
            origins: self.origins,
        }
    }
}
