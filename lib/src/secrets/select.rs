//! Selection of the descriptor values to seal: the secret-distribution and
//! network-security policies of MiCADO's TOSCA profile, plus paths the user
//! selects.

use super::SecretError;
use super::yaml::{Leaf, Path, Segment, ValueKind};

/// Policy type whose `text_secrets` MiCADO turns into a Kubernetes Secret.
pub const SECRET_POLICY: &str =
    "tosca.policies.Security.MiCADO.Secret.KubernetesSecretDistribution";

/// Prefix of the network-security policy types, whose `encryption_key` is a
/// TLS private key.
pub const NETWORK_POLICY_PREFIX: &str = "tosca.policies.Security.MiCADO.Network.";

/// One step of a `--path` pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Step {
    Key(String),
    Index(usize),
    AnyKey,
    AnyIndex,
}

/// A path pattern such as `topology_template.node_templates.db.properties.env[*].value`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pattern {
    text: String,
    steps: Vec<Step>,
}

impl Pattern {
    /// Parses a pattern: keys separated by `.`, `[N]` for a list position,
    /// `*` and `[*]` for any key or position, `["key"]` for a key with dots
    /// or spaces. A leading `$.` is allowed.
    pub fn parse(text: &str) -> Result<Pattern, SecretError> {
        let invalid = |why: &str| {
            SecretError::invalid(
                format!("--path \"{}\"", text.escape_debug()),
                format!(
                    "{why}; write keys separated by dots, [N] for list positions and * for any key, such as topology_template.node_templates.db.properties.env[*].value"
                ),
            )
        };
        let mut rest = text.strip_prefix('$').unwrap_or(text);
        rest = rest.strip_prefix('.').unwrap_or(rest);
        let mut steps = Vec::new();
        while !rest.is_empty() {
            if let Some(after) = rest.strip_prefix('[') {
                let close = bracket_end(after).ok_or_else(|| invalid("a '[' is not closed"))?;
                steps.push(bracket_step(&after[..close]).ok_or_else(|| invalid("invalid [...]"))?);
                rest = &after[close + 1..];
            } else {
                let end = rest.find(['.', '[']).unwrap_or(rest.len());
                let key = &rest[..end];
                if key.is_empty() {
                    return Err(invalid("a key is empty"));
                }
                steps.push(if key == "*" {
                    Step::AnyKey
                } else {
                    Step::Key(key.to_string())
                });
                rest = &rest[end..];
            }
            rest = rest.strip_prefix('.').unwrap_or(rest);
        }
        if steps.is_empty() {
            return Err(invalid("the pattern is empty"));
        }
        Ok(Pattern {
            text: text.to_string(),
            steps,
        })
    }

    /// Returns the pattern as written.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Returns whether the pattern selects `path`: the value itself or a
    /// mapping or list that contains it.
    pub fn selects(&self, path: &Path) -> bool {
        path.0.len() >= self.steps.len()
            && self
                .steps
                .iter()
                .zip(&path.0)
                .all(|(step, segment)| match (step, segment) {
                    (Step::Key(want), Segment::Key(key)) => want == key,
                    (Step::Index(want), Segment::Index(index)) => want == index,
                    (Step::AnyKey, Segment::Key(_)) | (Step::AnyIndex, Segment::Index(_)) => true,
                    _ => false,
                })
    }
}

fn bracket_end(text: &str) -> Option<usize> {
    if text.starts_with('"') {
        let close = json_string_end(text)?;
        return text[close..].starts_with(']').then_some(close);
    }
    text.find(']')
}

/// Returns the offset just past the closing quote of the JSON string at the
/// start of `text`.
fn json_string_end(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut at = 1;
    while at < bytes.len() {
        match bytes[at] {
            b'\\' => at += 2,
            b'"' => return Some(at + 1),
            _ => at += 1,
        }
    }
    None
}

fn bracket_step(inner: &str) -> Option<Step> {
    if inner == "*" {
        return Some(Step::AnyIndex);
    }
    if inner.starts_with('"') {
        return serde_json::from_str::<String>(inner).ok().map(Step::Key);
    }
    inner.parse().ok().map(Step::Index)
}

/// Returns the indices of the leaves to seal, in document order: the values
/// under `text_secrets` of secret-distribution policies, the `encryption_key`
/// of network-security policies, and everything `patterns` select.
///
/// A selected alias is rejected, because sealing it would mean expanding it.
pub fn select(leaves: &[Leaf], patterns: &[Pattern]) -> Result<Vec<usize>, SecretError> {
    let policy_values = policy_prefixes(leaves);
    let mut selected = Vec::new();
    for (index, leaf) in leaves.iter().enumerate() {
        let by_policy = policy_values
            .iter()
            .any(|(document, prefix)| *document == leaf.document && leaf.path.starts_with(prefix));
        let by_pattern = patterns.iter().any(|p| p.selects(&leaf.path));
        if !(by_policy || by_pattern) {
            continue;
        }
        if leaf.kind == ValueKind::Alias || leaf.path.has_merge_key() {
            return Err(SecretError::invalid(
                format!("value at {} (line {})", leaf.path, leaf.line),
                format!(
                    "it is an alias (*{}) or merged from one, and sealing it would expand it; write the value out where it is selected",
                    leaf.value.as_str()
                ),
            ));
        }
        if leaf.is_scalar() {
            selected.push(index);
        }
    }
    Ok(selected)
}

/// Checks that each pattern selects at least one value.
pub fn check_patterns_match(leaves: &[Leaf], patterns: &[Pattern]) -> Result<(), SecretError> {
    for pattern in patterns {
        if !leaves.iter().any(|leaf| pattern.selects(&leaf.path)) {
            return Err(SecretError::invalid(
                format!("--path \"{}\"", pattern.as_str().escape_debug()),
                "it selects no value in the file; check the keys and list positions",
            ));
        }
    }
    Ok(())
}

/// Finds the policies by their `type` and returns, per document, the paths
/// whose values are sealed by default.
fn policy_prefixes(leaves: &[Leaf]) -> Vec<(usize, Vec<Segment>)> {
    let policies = [
        Segment::Key("topology_template".into()),
        Segment::Key("policies".into()),
    ];
    let mut prefixes = Vec::new();
    for leaf in leaves {
        let path = &leaf.path.0;
        let is_type = matches!(path.last(), Some(Segment::Key(key)) if key == "type");
        if !is_type || !leaf.path.starts_with(&policies) {
            continue;
        }
        let policy = &path[..path.len() - 1];
        let field = if leaf.value.as_str() == SECRET_POLICY {
            "text_secrets"
        } else if leaf.value.starts_with(NETWORK_POLICY_PREFIX) {
            "encryption_key"
        } else {
            continue;
        };
        let mut prefix = policy.to_vec();
        prefix.push(Segment::Key("properties".into()));
        prefix.push(Segment::Key(field.into()));
        prefixes.push((leaf.document, prefix));
    }
    prefixes
}

#[cfg(test)]
mod tests {
    use super::*;

    fn path(text: &str) -> Path {
        let stream = super::super::yaml::parse(text).unwrap();
        stream.leaves.into_iter().next().unwrap().path
    }

    #[test]
    fn pattern_forms() {
        let target = path("a:\n  b:\n  - c.d: x\n");
        for text in ["a.b[0][\"c.d\"]", "$.a.b", "a.*[*]", "a.b[*][\"c.d\"]"] {
            assert!(Pattern::parse(text).unwrap().selects(&target), "{text}");
        }
        for text in ["a.b[1]", "a.c", "a.b[0].c"] {
            assert!(!Pattern::parse(text).unwrap().selects(&target), "{text}");
        }
    }

    #[test]
    fn pattern_errors() {
        for text in ["", "a..b", "a[", "a[x]"] {
            assert!(Pattern::parse(text).is_err(), "{text}");
        }
    }
}
