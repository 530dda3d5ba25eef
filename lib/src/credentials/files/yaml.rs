//! A YAML document tree that keeps every scalar as the text written in the file.
//!
//! A loader that applies YAML's core schema turns plain scalars into numbers
//! and booleans, so a secret written `0o17` or `1.10` would come back as `15`
//! or `1.1`. This tree is built from `saphyr-parser`'s events instead, and a
//! scalar's text is what YAML's quoting and escaping rules make of it. Only a
//! plain `null`, `Null`, `NULL`, `~` or an empty plain scalar is null. Anchors
//! and aliases resolve, and a merge key (`<<: *ANCHOR`) adds the entries of the
//! referenced mappings that the mapping does not set itself. Tags are rejected,
//! because a tag requests a conversion that this tree never makes.
//!
//! Error messages give the line, the column and the kind of problem, never the
//! text of a scalar.
//!
//! NOTE: the parser's own buffers hold scalar text in ordinary strings, which
//! are not wiped from memory; the tree keeps it in wiped strings.

use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

use saphyr_parser::{Event, Marker, Parser, ScalarStyle, ScanError, Span, Tag};
use zeroize::Zeroizing;

/// Maximum nesting of mappings and sequences, counting the nodes that aliases
/// insert.
const MAX_DEPTH: usize = 64;

/// Maximum content that aliases may repeat: bytes of text plus one per node.
/// It keeps a small file from expanding into a huge tree.
const MAX_ALIAS_WEIGHT: usize = 1 << 20;

/// One node of a parsed document.
pub(crate) struct Node {
    /// The contents.
    pub(crate) value: NodeValue,
    /// Line, from 1, where the node starts.
    pub(crate) line: usize,
    /// Levels of mappings and sequences in this node and below it, 0 for a
    /// scalar.
    depth: usize,
    /// Bytes of text plus one per node, counting aliased nodes again.
    weight: usize,
}

/// A mapping entry: a key and its value.
pub(crate) type Entry = (String, Rc<Node>);

/// The contents of a node.
pub(crate) enum NodeValue {
    /// A null or empty plain scalar.
    Null,
    /// Any other scalar, as text.
    Text(Zeroizing<String>),
    /// A sequence.
    Sequence(Vec<Rc<Node>>),
    /// A mapping with text keys, in document order, merge keys resolved.
    Mapping(Vec<Entry>),
}

impl Node {
    /// Looks up the value of `key` when this node is a mapping.
    pub(crate) fn get(&self, key: &str) -> Option<&Node> {
        match &self.value {
            NodeValue::Mapping(entries) => entries
                .iter()
                .find(|(name, _)| name == key)
                .map(|(_, node)| node.as_ref()),
            _ => None,
        }
    }

    /// Returns the text of a scalar node.
    pub(crate) fn as_text(&self) -> Option<&str> {
        match &self.value {
            NodeValue::Text(text) => Some(text.as_str()),
            _ => None,
        }
    }

    fn leaf(value: NodeValue, line: usize) -> Node {
        let weight = match &value {
            NodeValue::Text(text) => 1 + text.len(),
            _ => 1,
        };
        Node {
            value,
            line,
            depth: 0,
            weight,
        }
    }

    fn collection(value: NodeValue, line: usize) -> Node {
        let children: Vec<(usize, &Node)> = match &value {
            NodeValue::Sequence(items) => items.iter().map(|n| (0, n.as_ref())).collect(),
            NodeValue::Mapping(entries) => {
                entries.iter().map(|(k, n)| (k.len(), n.as_ref())).collect()
            }
            NodeValue::Null | NodeValue::Text(_) => Vec::new(),
        };
        let depth = 1 + children.iter().map(|(_, n)| n.depth).max().unwrap_or(0);
        let weight = children
            .iter()
            .fold(1usize, |sum, (key, n)| sum.saturating_add(key + n.weight));
        Node {
            value,
            line,
            depth,
            weight,
        }
    }
}

/// Parses one YAML (or JSON) document. An empty file gives a null node.
pub(crate) fn parse(text: &str) -> Result<Rc<Node>, String> {
    let mut builder = Builder::default();
    for event in Parser::new_from_str(text) {
        let (event, span) = event.map_err(|e| scan_message(&e))?;
        builder.on_event(event, span)?;
    }
    Ok(builder
        .root
        .unwrap_or_else(|| Rc::new(Node::leaf(NodeValue::Null, 1))))
}

/// Describes a parser error by position and kind. The parser quotes the
/// offending character in a few messages (``unexpected character: `x'``), so
/// everything from the first backtick or double quote on is left out.
fn scan_message(error: &ScanError) -> String {
    let info = error.info();
    let kind = match info.find(['`', '"']) {
        Some(quote) => info[..quote].trim_end_matches([' ', ':']),
        None => info,
    };
    format!(
        "not valid YAML or JSON {}: {kind}",
        position(error.marker())
    )
}

fn position(marker: &Marker) -> String {
    format!("at line {} column {}", marker.line(), marker.col() + 1)
}

/// A mapping key as read, before merge keys are resolved.
struct Key {
    name: KeyName,
    span: Span,
}

enum KeyName {
    Field(String),
    /// A plain `<<`.
    Merge,
}

/// A mapping or sequence whose end has not been read yet.
struct Frame {
    anchor: usize,
    line: usize,
    contents: FrameContents,
}

enum FrameContents {
    Sequence(Vec<Rc<Node>>),
    Mapping {
        entries: Vec<(Key, Rc<Node>)>,
        /// The key whose value comes next.
        key: Option<Key>,
    },
}

#[derive(Default)]
struct Builder {
    stack: Vec<Frame>,
    anchors: BTreeMap<usize, Rc<Node>>,
    alias_weight: usize,
    documents: usize,
    root: Option<Rc<Node>>,
}

impl Builder {
    fn on_event(&mut self, event: Event<'_>, span: Span) -> Result<(), String> {
        match event {
            Event::DocumentStart(_) => {
                self.documents += 1;
                if self.documents > 1 {
                    return Err(format!(
                        "the file has more than one YAML document ({}); keep one",
                        position(&span.start)
                    ));
                }
            }
            Event::Scalar(text, style, anchor, tag) => {
                self.reject_tag(tag.as_deref(), span)?;
                let plain = style == ScalarStyle::Plain;
                let is_merge = plain && text == "<<";
                let value = if plain && is_null(&text) {
                    NodeValue::Null
                } else {
                    NodeValue::Text(Zeroizing::new(text.into_owned()))
                };
                let node = Rc::new(Node::leaf(value, span.start.line()));
                self.add(anchor, node, is_merge, span)?;
            }
            Event::Alias(anchor) => {
                let node = self.alias(anchor, span)?;
                self.add(0, node, false, span)?;
            }
            Event::SequenceStart(anchor, tag) => {
                self.reject_tag(tag.as_deref(), span)?;
                self.open(anchor, FrameContents::Sequence(Vec::new()), span)?;
            }
            Event::MappingStart(anchor, tag) => {
                self.reject_tag(tag.as_deref(), span)?;
                let contents = FrameContents::Mapping {
                    entries: Vec::new(),
                    key: None,
                };
                self.open(anchor, contents, span)?;
            }
            Event::SequenceEnd | Event::MappingEnd => self.close(span)?,
            Event::Nothing | Event::StreamStart | Event::StreamEnd | Event::DocumentEnd => {}
        }
        Ok(())
    }

    fn open(&mut self, anchor: usize, contents: FrameContents, span: Span) -> Result<(), String> {
        if self.stack.len() >= MAX_DEPTH {
            return Err(too_deep(span));
        }
        self.stack.push(Frame {
            anchor,
            line: span.start.line(),
            contents,
        });
        Ok(())
    }

    fn close(&mut self, span: Span) -> Result<(), String> {
        let frame = self
            .stack
            .pop()
            .expect("the parser pairs start and end events");
        let value = match frame.contents {
            FrameContents::Sequence(items) => NodeValue::Sequence(items),
            FrameContents::Mapping { entries, .. } => NodeValue::Mapping(resolve_mapping(entries)?),
        };
        let node = Rc::new(Node::collection(value, frame.line));
        if node.depth > MAX_DEPTH {
            return Err(too_deep(span));
        }
        self.add(frame.anchor, node, false, span)
    }

    fn alias(&mut self, anchor: usize, span: Span) -> Result<Rc<Node>, String> {
        // The parser rejects an alias with no anchor before it, so a missing
        // node is one whose end has not been read: the alias is inside it.
        let node = self.anchors.get(&anchor).cloned().ok_or_else(|| {
            format!(
                "an alias {} refers to a mapping or list that contains it",
                position(&span.start)
            )
        })?;
        self.alias_weight = self.alias_weight.saturating_add(node.weight);
        if self.alias_weight > MAX_ALIAS_WEIGHT {
            return Err(format!(
                "aliases repeat more than {} KiB of content (the last {}); write the values out",
                MAX_ALIAS_WEIGHT / 1024,
                position(&span.start)
            ));
        }
        Ok(node)
    }

    /// Places a finished node in the open collection, as a key or a value.
    fn add(
        &mut self,
        anchor: usize,
        node: Rc<Node>,
        is_merge: bool,
        span: Span,
    ) -> Result<(), String> {
        if anchor != 0 {
            self.anchors.insert(anchor, Rc::clone(&node));
        }
        let Some(frame) = self.stack.last_mut() else {
            self.root = Some(node);
            return Ok(());
        };
        match &mut frame.contents {
            FrameContents::Sequence(items) => items.push(node),
            FrameContents::Mapping { entries, key } => match key.take() {
                Some(key) => entries.push((key, node)),
                None => *key = Some(mapping_key(&node, is_merge, span)?),
            },
        }
        Ok(())
    }

    fn reject_tag(&self, tag: Option<&Tag>, span: Span) -> Result<(), String> {
        if tag.is_none() {
            return Ok(());
        }
        // The tag itself is not shown: in a malformed file it may be a value.
        let subject = match self.path() {
            Some(path) if path.is_empty() => "the document".to_string(),
            Some(path) => format!("the value of \"{}\"", path.escape_debug()),
            None => "a key".to_string(),
        };
        Err(format!(
            "{subject} {} has a YAML tag; remove the tag (such as !!int or !!binary) \
             so that the value is stored as the text written",
            position(&span.start)
        ))
    }

    /// Builds the keys and list positions that lead to the node being read,
    /// such as `resource[0].auth_data`. Returns `None` when that node is a key.
    fn path(&self) -> Option<String> {
        let mut path = String::new();
        for frame in &self.stack {
            match &frame.contents {
                FrameContents::Sequence(items) => path.push_str(&format!("[{}]", items.len())),
                FrameContents::Mapping { key: None, .. } => return None,
                FrameContents::Mapping { key: Some(key), .. } => {
                    if !path.is_empty() {
                        path.push('.');
                    }
                    match &key.name {
                        KeyName::Field(name) => path.push_str(name),
                        KeyName::Merge => path.push_str("<<"),
                    }
                }
            }
        }
        Some(path)
    }
}

/// Returns whether a plain scalar is null in YAML 1.2's core schema.
fn is_null(text: &str) -> bool {
    matches!(text, "" | "~" | "null" | "Null" | "NULL")
}

fn too_deep(span: Span) -> String {
    format!(
        "mappings and lists are nested more than {MAX_DEPTH} levels deep {}",
        position(&span.start)
    )
}

fn mapping_key(node: &Node, is_merge: bool, span: Span) -> Result<Key, String> {
    let name = match &node.value {
        _ if is_merge => KeyName::Merge,
        NodeValue::Text(text) => KeyName::Field(text.to_string()),
        NodeValue::Null => {
            return Err(format!(
                "a key {} is empty or null; field names must be text",
                position(&span.start)
            ));
        }
        NodeValue::Sequence(_) | NodeValue::Mapping(_) => {
            return Err(format!(
                "a key {} is a mapping or list; field names must be text",
                position(&span.start)
            ));
        }
    };
    Ok(Key { name, span })
}

/// Checks that keys are unique and adds the entries of merged mappings that
/// the mapping does not set itself. With a list of merged mappings, the
/// earlier ones win.
fn resolve_mapping(entries: Vec<(Key, Rc<Node>)>) -> Result<Vec<Entry>, String> {
    let mut resolved = Vec::with_capacity(entries.len());
    let mut names = BTreeSet::new();
    let mut merged = None;
    for (key, node) in entries {
        match key.name {
            KeyName::Field(name) => {
                if !names.insert(name.clone()) {
                    return Err(format!(
                        "duplicate key \"{}\" {}",
                        name.escape_debug(),
                        position(&key.span.start)
                    ));
                }
                resolved.push((name, node));
            }
            KeyName::Merge if merged.is_some() => {
                return Err(format!(
                    "duplicate merge key (<<) {}; give one with a list of aliases",
                    position(&key.span.start)
                ));
            }
            KeyName::Merge => merged = Some((key.span, node)),
        }
    }
    if let Some((span, node)) = merged {
        for source in merged_mappings(&node, span)? {
            for (name, value) in source {
                if names.insert(name.clone()) {
                    resolved.push((name.clone(), Rc::clone(value)));
                }
            }
        }
    }
    Ok(resolved)
}

/// Lists the entries of the mappings that a merge key refers to: one mapping
/// or a list of them.
fn merged_mappings(node: &Node, span: Span) -> Result<Vec<&[Entry]>, String> {
    let invalid = || {
        format!(
            "a merge key (<<) {} must refer to a mapping or a list of mappings",
            position(&span.start)
        )
    };
    match &node.value {
        NodeValue::Mapping(entries) => Ok(vec![entries.as_slice()]),
        NodeValue::Sequence(items) => items
            .iter()
            .map(|item| match &item.value {
                NodeValue::Mapping(entries) => Ok(entries.as_slice()),
                _ => Err(invalid()),
            })
            .collect(),
        NodeValue::Null | NodeValue::Text(_) => Err(invalid()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text_of<'a>(node: &'a Node, key: &str) -> Option<&'a str> {
        node.get(key).and_then(Node::as_text)
    }

    #[test]
    fn plain_scalars_keep_text() {
        let cases = [
            "0o17",
            "0123",
            "1.10",
            "0x1F",
            "+12",
            "1e3",
            ".NaN",
            "-0",
            "true",
            "yes",
            "False",
            "0b101",
            "1_000",
            ".inf",
            "-.Inf",
            "12:30:00",
            "2001-12-14",
            "00",
            "007",
            "987654321987654321987654321987",
        ];
        for case in cases {
            let root = parse(&format!("value: {case}\n")).unwrap();
            assert_eq!(text_of(&root, "value"), Some(case), "{case}");
        }
    }

    #[test]
    fn quoted_and_block_scalars() {
        let text = "single: 'it''s 0123'\n\
            double: \"tab\\there \\u00e9\"\n\
            literal: |\n  line one\n  line two\n\
            folded: >\n  one\n  two\n\
            multi: plain\n  continued\n\
            quoted_null: 'null'\n\
            quoted_tilde: \"~\"\n";
        let root = parse(text).unwrap();
        assert_eq!(text_of(&root, "single"), Some("it's 0123"));
        assert_eq!(text_of(&root, "double"), Some("tab\there \u{e9}"));
        assert_eq!(text_of(&root, "literal"), Some("line one\nline two\n"));
        assert_eq!(text_of(&root, "folded"), Some("one two\n"));
        assert_eq!(text_of(&root, "multi"), Some("plain continued"));
        assert_eq!(text_of(&root, "quoted_null"), Some("null"));
        assert_eq!(text_of(&root, "quoted_tilde"), Some("~"));
    }

    #[test]
    fn plain_nulls_are_null() {
        for case in ["", "~", "null", "Null", "NULL"] {
            let root = parse(&format!("value: {case}\n")).unwrap();
            let node = root.get("value").unwrap();
            assert!(matches!(node.value, NodeValue::Null), "{case:?}");
        }
    }

    #[test]
    fn json_numbers_keep_text() {
        let root =
            parse("{\"client_id\": 99, \"price\": 1.50, \"flag\": true, \"none\": null}").unwrap();
        assert_eq!(text_of(&root, "client_id"), Some("99"));
        assert_eq!(text_of(&root, "price"), Some("1.50"));
        assert_eq!(text_of(&root, "flag"), Some("true"));
        assert!(matches!(root.get("none").unwrap().value, NodeValue::Null));
    }

    #[test]
    fn compact_json_and_line_endings() {
        let root = parse("\u{feff}{\"a\":\"b\",\t\"n\":1.0,\r\n\"c\":[]}\r\n").unwrap();
        assert_eq!(text_of(&root, "a"), Some("b"));
        assert_eq!(text_of(&root, "n"), Some("1.0"));
        let root = parse("a: 0123\r\nb: 'x'\r\n").unwrap();
        assert_eq!(text_of(&root, "a"), Some("0123"));
        assert_eq!(text_of(&root, "b"), Some("x"));
    }

    #[test]
    fn nesting_of_64_accepted() {
        let text = format!("{}x{}", "[".repeat(64), "]".repeat(64));
        assert!(parse(&text).is_ok());
    }

    #[test]
    fn aliases_resolve() {
        let root = parse("a: &X {url: u, token: 0123}\nb: *X\n").unwrap();
        let b = root.get("b").unwrap();
        assert_eq!(text_of(b, "url"), Some("u"));
        assert_eq!(text_of(b, "token"), Some("0123"));
    }

    #[test]
    fn merge_key_explicit_wins() {
        let text = "base: &B {url: u, token: t}\n\
            entry:\n  token: own\n  <<: *B\n  extra: 1\n";
        let root = parse(text).unwrap();
        let entry = root.get("entry").unwrap();
        assert_eq!(text_of(entry, "url"), Some("u"));
        assert_eq!(text_of(entry, "token"), Some("own"));
        assert_eq!(text_of(entry, "extra"), Some("1"));
    }

    #[test]
    fn merge_list_earlier_wins() {
        let text = "a: &A {x: from_a}\nb: &B {x: from_b, y: from_b}\nc:\n  <<: [*A, *B]\n";
        let root = parse(text).unwrap();
        let c = root.get("c").unwrap();
        assert_eq!(text_of(c, "x"), Some("from_a"));
        assert_eq!(text_of(c, "y"), Some("from_b"));
    }

    #[test]
    fn merge_of_scalar_rejected() {
        let err = parse("a: &A text\nb:\n  <<: *A\n").err().unwrap();
        assert!(err.contains("merge key"), "{err}");
        assert!(err.contains("line 3"), "{err}");
    }

    #[test]
    fn quoted_merge_key_is_field() {
        let root = parse("\"<<\": x\n").unwrap();
        assert_eq!(text_of(&root, "<<"), Some("x"));
    }

    #[test]
    fn tags_rejected_without_value() {
        let cases = [
            ("key: !!int 0123SECRET\n", "\"key\""),
            ("key: !!binary U0VDUkVU\n", "\"key\""),
            ("key: !custom SECRET\n", "\"key\""),
            ("key: !!str SECRET\n", "\"key\""),
            ("list:\n- !!int SECRET\n", "\"list[0]\""),
            ("a:\n  b: !x SECRET\n", "\"a.b\""),
            ("!!str SECRET: v\n", "a key"),
            ("key: !!map {a: SECRET}\n", "\"key\""),
        ];
        for (text, named) in cases {
            let err = parse(text).err().unwrap();
            assert!(err.contains("YAML tag"), "{text}: {err}");
            assert!(err.contains(named), "{text}: {err}");
            assert!(!err.contains("SECRET"), "{text}: {err}");
            assert!(!err.contains("U0VDUkVU"), "{text}: {err}");
        }
    }

    #[test]
    fn duplicate_key_rejected() {
        let err = parse("a: SECRET1\na: SECRET2\n").err().unwrap();
        assert!(err.contains("duplicate key \"a\""), "{err}");
        assert!(err.contains("line 2"), "{err}");
        assert!(!err.contains("SECRET"), "{err}");
    }

    #[test]
    fn scan_errors_hide_text() {
        let cases = [
            "a: \"SECRET\n",
            "a: 'SECRET\n",
            "a: @SECRET\n",
            "a: `SECRET\n",
            "a: \"\\qSECRET\"\n",
            "a: b\n c: SECRET\n",
            "a:\n\t- SECRET\n",
        ];
        for text in cases {
            let err = parse(text).err().unwrap();
            assert!(err.contains("not valid YAML"), "{text:?}: {err}");
            assert!(err.contains("line"), "{text:?}: {err}");
            assert!(!err.contains("SECRET"), "{text:?}: {err}");
        }
        let err = parse("a: @\n").err().unwrap();
        assert!(!err.contains('@'), "{err}");
    }

    #[test]
    fn self_alias_rejected() {
        let err = parse("a: &x [*x]\n").err().unwrap();
        assert!(err.contains("contains it"), "{err}");
    }

    #[test]
    fn alias_expansion_limited() {
        let mut text = String::from("a0: &a0 [xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]\n");
        for level in 1..20 {
            let previous = level - 1;
            text.push_str(&format!(
                "a{level}: &a{level} [*a{previous}, *a{previous}, *a{previous}, *a{previous}]\n"
            ));
        }
        let err = parse(&text).err().unwrap();
        assert!(err.contains("aliases repeat"), "{err}");
    }

    #[test]
    fn nesting_limited() {
        let deep = format!("{}{}", "[".repeat(65), "]".repeat(65));
        assert!(parse(&deep).err().unwrap().contains("nested"));
        let mut text = String::from("a0: &a0 [[[[[[[[[[x]]]]]]]]]]\n");
        for level in 1..10 {
            let previous = level - 1;
            text.push_str(&format!(
                "a{level}: &a{level} [[[[[[[[[[*a{previous}]]]]]]]]]]\n"
            ));
        }
        assert!(parse(&text).err().unwrap().contains("nested"));
    }

    #[test]
    fn second_document_rejected() {
        let err = parse("a: 1\n---\nb: 2\n").err().unwrap();
        assert!(err.contains("more than one YAML document"), "{err}");
    }

    #[test]
    fn empty_file_is_null() {
        assert!(matches!(parse("").unwrap().value, NodeValue::Null));
        assert!(matches!(
            parse("# only a comment\n").unwrap().value,
            NodeValue::Null
        ));
    }

    #[test]
    fn keys_must_be_text() {
        assert!(parse("~: v\n").err().unwrap().contains("empty or null"));
        assert!(
            parse("? [a]\n: v\n")
                .err()
                .unwrap()
                .contains("mapping or list")
        );
        let root = parse("1: one\ntrue: yes\n").unwrap();
        assert_eq!(text_of(&root, "1"), Some("one"));
        assert_eq!(text_of(&root, "true"), Some("yes"));
    }
}
