//! Size and character limits of the two targets, checked in bytes.
//!
//! Every adjustment is reported; with `strict` an adjustment is an error.

use super::error::FirewallError;

/// Maximum length of an iptables LOG prefix: the kernel's
/// `xt_log_info.prefix` has 30 bytes including the final NUL.
pub const IPTABLES_LOG_PREFIX: usize = 29;
/// Maximum length of an nftables log prefix. nft 1.0.6 accepts 127 bytes
/// (`NF_LOG_PREFIXLEN` is 128 with the final NUL), and micadoctl keeps one
/// byte below that as a margin.
pub const NFT_LOG_PREFIX: usize = 126;
/// Maximum length of an iptables comment: `XT_MAX_COMMENT_LEN` is 256 with
/// the final NUL.
pub const IPTABLES_COMMENT: usize = 255;
/// Maximum length of an nftables rule comment, as nft 1.0.6 enforces it
/// ("comment too long, 128 characters maximum allowed").
pub const NFT_COMMENT: usize = 128;
/// Maximum length of a generated nftables set name: kernels before 4.16
/// kept 32 bytes with the final NUL (`NFT_SET_MAXNAMELEN`).
pub const NFT_NAME: usize = 31;

/// Collects the adjustments made while rendering.
#[derive(Debug, Default)]
pub struct Adjuster {
    /// Reject instead of adjusting.
    pub strict: bool,
    /// Changes made, one sentence each.
    pub adjustments: Vec<String>,
}

impl Adjuster {
    /// Cuts `text` to at most `limit` bytes at a character boundary.
    pub fn fit(
        &mut self,
        subject: &str,
        text: &str,
        limit: usize,
    ) -> Result<String, FirewallError> {
        if text.len() <= limit {
            return Ok(text.to_string());
        }
        let mut end = limit;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let cut = &text[..end];
        self.adjust(format!(
            "{subject} \"{}\" has {} bytes, more than the limit of {limit}; cut to \"{}\"",
            text.escape_debug(),
            text.len(),
            cut.escape_debug()
        ))?;
        Ok(cut.to_string())
    }

    /// Replaces the double quotes that an nft string cannot carry.
    pub fn nft_text(
        &mut self,
        subject: &str,
        text: &str,
        limit: usize,
    ) -> Result<String, FirewallError> {
        let text = if text.contains('"') {
            let replaced = text.replace('"', "'");
            self.adjust(format!(
                "{subject} \"{}\" contains double quotes, which nft strings cannot carry, so they became single quotes",
                text.escape_debug()
            ))?;
            replaced
        } else {
            text.to_string()
        };
        self.fit(subject, &text, limit)
    }

    /// Prepares an nft log prefix: like [`Adjuster::nft_text`], and a `$`
    /// becomes `_`, because nft 1.0.6 reads `$name` in a log prefix as a
    /// variable and rejects the rules.
    pub fn nft_log_prefix(&mut self, text: &str, limit: usize) -> Result<String, FirewallError> {
        let subject = "the nft log prefix";
        let text = if text.contains('$') {
            let replaced = text.replace('$', "_");
            self.adjust(format!(
                "{subject} \"{}\" contains $, which nft reads as a variable, so it became _",
                text.escape_debug()
            ))?;
            replaced
        } else {
            text.to_string()
        };
        self.nft_text(subject, &text, limit)
    }

    /// Records an adjustment, or fails when strict.
    pub fn adjust(&mut self, message: String) -> Result<(), FirewallError> {
        if self.strict {
            return Err(FirewallError::Limit(format!(
                "{message} (--strict forbids adjusting)"
            )));
        }
        self.adjustments.push(message);
        Ok(())
    }
}

/// Quotes `text` for iptables-restore: double quotes, with `\` and `"`
/// escaped by a backslash.
pub fn iptables_quote(text: &str) -> String {
    let mut quoted = String::with_capacity(text.len() + 2);
    quoted.push('"');
    for c in text.chars() {
        if c == '"' || c == '\\' {
            quoted.push('\\');
        }
        quoted.push(c);
    }
    quoted.push('"');
    quoted
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_cuts_at_char_boundary() {
        let mut adjuster = Adjuster::default();
        let cut = adjuster.fit("prefix", "ééé", 5).unwrap();
        assert_eq!(cut, "éé");
        assert_eq!(adjuster.adjustments.len(), 1);
        assert!(adjuster.adjustments[0].contains("6 bytes"));
    }

    #[test]
    fn strict_rejects_adjustment() {
        let mut adjuster = Adjuster {
            strict: true,
            ..Adjuster::default()
        };
        assert!(adjuster.fit("prefix", "abcdef", 3).is_err());
        assert!(adjuster.fit("prefix", "abc", 3).is_ok());
    }

    #[test]
    fn quotes_escaped() {
        assert_eq!(iptables_quote(r#"a "b" \c"#), r#""a \"b\" \\c""#);
    }
}
