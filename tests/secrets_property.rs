//! Property test: random descriptors built from the pieces of the YAML corpus
//! (comments, quoting styles, block scalars, anchors, CRLF, several
//! documents) seal and unseal byte for byte.

use micado_security::secrets::keys::Identity;
use micado_security::secrets::{self, SealRequest, SecretError};
use proptest::prelude::*;

/// One value under `text_secrets`, written in one of YAML's styles. Block
/// scalars are written at an indentation of 12 spaces.
fn value() -> impl Strategy<Value = String> {
    let word = "[a-zA-Z0-9][a-zA-Z0-9_.@%-]{0,11}";
    prop_oneof![
        word.prop_map(|w| format!("plain-{w}")),
        "[0-9A-F]{2,16}".prop_map(|h| format!("\"0x{h}\"")),
        "[0-9a-f]{2,16}".prop_map(|h| format!("0x{h}")),
        "[1-9][0-9]{20,60}".prop_map(|n| n),
        word.prop_map(|w| format!("'it''s {w}'")),
        word.prop_map(|w| format!("\"tab\\t{w} \\u00e9 \\\"q\\\"\"")),
        Just("\"\"".to_string()),
        Just("~".to_string()),
        Just("pässwörd-✓-🔑".to_string()),
        (word, word).prop_map(|(a, b)| format!("{a}\n              {b}")),
        (
            prop_oneof![
                Just("|"),
                Just("|-"),
                Just("|+"),
                Just(">"),
                Just(">-"),
                Just("|2")
            ],
            proptest::collection::vec(word, 1..4),
            any::<bool>(),
        )
            .prop_map(|(header, lines, header_comment)| {
                let comment = if header_comment { "  # header" } else { "" };
                // With an indentation indicator of 2 under a key at column 12,
                // content starts at column 14 and the 2 extra spaces are text.
                let indent = if header == "|2" {
                    "                "
                } else {
                    "              "
                };
                let body: Vec<String> = lines.iter().map(|l| format!("{indent}{l}")).collect();
                format!("{header}{comment}\n{}", body.join("\n"))
            }),
        (word, word).prop_map(|(a, b)| format!("{{user: {a}, pass: \"{b}, x\"}}")),
    ]
}

/// A comment placed after a value or on a line of its own.
fn comment() -> impl Strategy<Value = Option<String>> {
    proptest::option::of("[a-z ]{0,10}".prop_map(|c| format!("# {c}")))
}

fn entry() -> impl Strategy<Value = (String, Option<String>, Option<String>, bool)> {
    (value(), comment(), comment(), any::<bool>())
}

/// A document: a node template with an anchor and an alias outside the
/// selection, and a secret policy with random entries.
fn document() -> impl Strategy<Value = String> {
    (
        proptest::collection::vec(entry(), 1..8),
        comment(),
        any::<bool>(),
        "[a-z]{1,8}",
    )
        .prop_map(|(entries, leading, explicit_start, image)| {
            let mut lines = Vec::new();
            if let Some(c) = leading {
                lines.push(c);
            }
            if explicit_start {
                lines.push("---".into());
            }
            lines.push("topology_template:".into());
            lines.push("  node_templates:".into());
            lines.push("    app:".into());
            lines.push(format!("      image: &img example/{image}:1.0"));
            lines.push("      copy: *img".into());
            lines.push("  policies:".into());
            lines.push("    - secret:".into());
            lines.push(
                "        type: tosca.policies.Security.MiCADO.Secret.KubernetesSecretDistribution"
                    .into(),
            );
            lines.push("        properties:".into());
            lines.push("          text_secrets:".into());
            for (index, (value, after, before, blank)) in entries.into_iter().enumerate() {
                if let Some(c) = before {
                    lines.push(format!("            {c}"));
                }
                let is_block = value.starts_with(['|', '>']);
                let trailing = match after {
                    Some(c) if !is_block && !value.contains('\n') => format!(" {c}"),
                    _ => String::new(),
                };
                lines.push(format!("            key_{index}: {value}{trailing}"));
                if blank {
                    lines.push(String::new());
                }
            }
            lines.join("\n")
        })
}

fn stream() -> impl Strategy<Value = String> {
    (
        proptest::collection::vec(document(), 1..3),
        any::<bool>(),
        any::<bool>(),
        comment(),
    )
        .prop_map(|(documents, crlf, final_newline, trailing)| {
            let mut text = documents.join("\n---\n");
            if let Some(c) = trailing {
                text.push('\n');
                text.push_str(&c);
            }
            if final_newline {
                text.push('\n');
            }
            if crlf {
                text = text.replace('\n', "\r\n");
            }
            text
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn random_descriptors_round_trip(text in stream()) {
        let identity = age::x25519::Identity::generate();
        let recipient = identity.to_public().to_string();
        let identities = move || -> Result<Vec<Identity>, SecretError> {
            Ok(vec![Box::new(identity.clone())])
        };
        let request = SealRequest { recipients: vec![recipient], paths: Vec::new() };

        let sealed = secrets::seal(&text, "generated", &request, &identities);
        let sealed = sealed.map_err(|e| TestCaseError::fail(format!("{e}\n{text}")))?;
        prop_assert!(sealed.sealed_values > 0);
        prop_assert!(!sealed.text.contains("plain-"), "a plain- value was not sealed");

        let opened = secrets::unseal(&sealed.text, "generated", &identities, true)
            .map_err(|e| TestCaseError::fail(format!("{e}\n{}", sealed.text)))?;
        prop_assert_eq!(opened.text.as_str(), text.as_str());

        let again = secrets::seal(&sealed.text, "generated", &request, &identities)
            .map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert!(!again.changed);
    }
}
