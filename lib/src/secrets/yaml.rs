//! A flat, lossless view of a YAML stream: every value with its path and the
//! byte range of its text in the file.
//!
//! Sealing replaces the text of selected scalars and nothing else, so the
//! rest of the file (comments, order, indentation, quoting, document markers)
//! stays byte for byte. The events of `saphyr-parser` give the structure and
//! each node's start. This module finds the end of each scalar's text from
//! its style, because the parser's end positions are not exact for every
//! style (a double-quoted scalar followed by a comment, the indentation after
//! a block scalar).

use std::fmt;
use std::ops::Range;

use saphyr_parser::{Event, Parser, ScalarStyle, ScanError, Span};
use zeroize::Zeroizing;

/// One step of a path: a mapping key or a sequence index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Segment {
    /// A mapping key, as text.
    Key(String),
    /// A position in a sequence, from 0.
    Index(usize),
}

/// The keys and indices that lead from a document's root to a value.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Path(pub Vec<Segment>);

impl Path {
    /// Returns whether `prefix` is this path or an ancestor of it.
    pub fn starts_with(&self, prefix: &[Segment]) -> bool {
        self.0.len() >= prefix.len() && self.0[..prefix.len()] == *prefix
    }

    /// Returns whether a merge key (`<<`) is on the path.
    pub fn has_merge_key(&self) -> bool {
        self.0
            .iter()
            .any(|segment| matches!(segment, Segment::Key(key) if key == "<<"))
    }
}

impl fmt::Display for Path {
    /// Writes `a.b[0].c`; a key with other characters than letters, digits,
    /// `_`, `-` and `/` is written as `["key"]` with JSON escapes.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (position, segment) in self.0.iter().enumerate() {
            match segment {
                Segment::Index(index) => write!(f, "[{index}]")?,
                Segment::Key(key) if is_simple_key(key) => {
                    if position > 0 {
                        f.write_str(".")?;
                    }
                    f.write_str(key)?;
                }
                Segment::Key(key) => {
                    let quoted = serde_json::to_string(key).expect("a string serialises");
                    write!(f, "[{quoted}]")?;
                }
            }
        }
        Ok(())
    }
}

fn is_simple_key(key: &str) -> bool {
    !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '/'))
}

/// Kind of a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValueKind {
    /// A scalar with text.
    Scalar(ScalarStyle),
    /// An empty plain scalar, such as `key:` with nothing after it.
    Empty,
    /// An alias (`*name`) to an anchored node.
    Alias,
}

/// One value of the stream: a scalar or an alias that is not a mapping key.
pub struct Leaf {
    /// Document number, from 0.
    pub document: usize,
    /// Position of the value in its document.
    pub path: Path,
    /// Kind and style.
    pub kind: ValueKind,
    /// The value as YAML reads it (the alias name for an alias).
    pub value: Zeroizing<String>,
    /// Bytes of the value's own text: the quoted token with its quotes, the
    /// plain text, or a block scalar from its header to the end of its last
    /// non-empty line. Anchors and tags before it are not part of it.
    pub body: Range<usize>,
    /// `body` with the anchor and tag before it.
    pub source: Range<usize>,
    /// Whether the value is inside a flow collection (`{...}` or `[...]`).
    pub in_flow: bool,
    /// Line of the value, from 1.
    pub line: usize,
}

impl Leaf {
    /// Returns whether the value has a text body that can be replaced.
    pub fn is_scalar(&self) -> bool {
        matches!(self.kind, ValueKind::Scalar(_))
    }
}

/// A parsed stream: the number of documents and every value in order.
pub struct Stream {
    /// Values in document order.
    pub leaves: Vec<Leaf>,
    /// Number of documents.
    pub documents: usize,
    /// The last document's root, when it is a block mapping at column 0:
    /// where it starts, and whether `...` ends the document.
    pub last_root: Option<RootInfo>,
}

/// Facts about a document's root node.
#[derive(Debug, Clone, Copy)]
pub struct RootInfo {
    /// Whether the root is a block mapping whose keys start at column 0.
    pub block_mapping_at_column_0: bool,
    /// Whether the document ends with an explicit `...`.
    pub explicit_end: bool,
}

/// A file that cannot be read as YAML, with the line where the problem is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YamlError {
    /// Line, from 1.
    pub line: usize,
    /// Column, from 1.
    pub column: usize,
    /// Description of the problem, without the text of any value.
    pub message: String,
}

impl fmt::Display for YamlError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "line {} column {}: {}",
            self.line, self.column, self.message
        )
    }
}

/// Parses `text` into its values.
pub fn parse(text: &str) -> Result<Stream, YamlError> {
    let offsets = CharOffsets::new(text);
    let mut walker = Walker::new(text, &offsets);
    for event in Parser::new_from_str(text) {
        let (event, span) = event.map_err(|e| scan_error(&e))?;
        walker.on_event(event, span)?;
    }
    Ok(Stream {
        leaves: walker.leaves,
        documents: walker.documents,
        last_root: walker.last_root,
    })
}

/// The parser counts positions in characters; slicing needs bytes.
struct CharOffsets {
    /// Byte offset of each character, or `None` when the text is ASCII.
    bytes: Option<Vec<usize>>,
    len: usize,
}

impl CharOffsets {
    fn new(text: &str) -> Self {
        let bytes = (!text.is_ascii()).then(|| text.char_indices().map(|(i, _)| i).collect());
        CharOffsets {
            bytes,
            len: text.len(),
        }
    }

    fn byte(&self, char_index: usize) -> usize {
        match &self.bytes {
            None => char_index.min(self.len),
            Some(bytes) => bytes.get(char_index).copied().unwrap_or(self.len),
        }
    }
}

fn scan_error(error: &ScanError) -> YamlError {
    let message = hide_quoted_text(error.info());
    YamlError {
        line: error.marker().line(),
        column: error.marker().col() + 1,
        message: format!("not valid YAML: {message}"),
    }
}

/// Removes the quoted parts of a parser message, because the parser quotes
/// the offending character, which may be part of a secret. A quoted `:` or
/// `-` is kept, because messages such as "':' must be followed by a valid
/// YAML whitespace" are meaningless without it.
fn hide_quoted_text(info: &str) -> String {
    const QUOTES: [char; 3] = ['`', '"', '\''];
    let mut kept = String::with_capacity(info.len());
    let mut rest = info;
    while let Some(open) = rest.find(QUOTES) {
        let after = &rest[open + 1..];
        let Some(length) = after.find(QUOTES) else {
            kept.push_str(&rest[..open]);
            rest = "";
            break;
        };
        let quoted = &after[..length];
        if quoted == ":" || quoted == "-" {
            kept.push_str(&rest[..open + 1 + length + 1]);
        } else {
            kept.push_str(rest[..open].trim_end_matches(' '));
        }
        rest = &after[length + 1..];
    }
    kept.push_str(rest);
    kept.trim_end_matches([' ', ':']).to_string()
}

enum Frame {
    Mapping {
        flow: bool,
        /// The key whose value comes next, or `None` when a key comes next.
        key: Option<Segment>,
    },
    Sequence {
        flow: bool,
        index: usize,
    },
}

struct Walker<'t> {
    text: &'t str,
    offsets: &'t CharOffsets,
    stack: Vec<Frame>,
    leaves: Vec<Leaf>,
    documents: usize,
    /// Byte offset where the text of the previous event ends.
    last_end: usize,
    current_root: Option<RootInfo>,
    last_root: Option<RootInfo>,
}

impl<'t> Walker<'t> {
    fn new(text: &'t str, offsets: &'t CharOffsets) -> Self {
        Walker {
            text,
            offsets,
            stack: Vec::new(),
            leaves: Vec::new(),
            documents: 0,
            last_end: 0,
            current_root: None,
            last_root: None,
        }
    }

    fn on_event(&mut self, event: Event<'_>, span: Span) -> Result<(), YamlError> {
        let start = self.offsets.byte(span.start.index());
        match event {
            Event::DocumentStart(_) => {
                self.documents += 1;
                self.current_root = None;
                self.last_end = self.offsets.byte(span.end.index()).max(start);
            }
            Event::DocumentEnd => {
                let explicit = self.text[start..].starts_with("...");
                if let Some(root) = self.current_root.as_mut() {
                    root.explicit_end = explicit;
                }
                self.last_root = self.current_root;
                if explicit {
                    self.last_end = start + 3;
                }
            }
            Event::Scalar(value, style, _, _) => self.on_scalar(&value, style, span)?,
            Event::Alias(_) => self.on_alias(span)?,
            Event::MappingStart(..) | Event::SequenceStart(..) => {
                let is_mapping = matches!(event, Event::MappingStart(..));
                self.on_collection_start(is_mapping, start, span)?;
            }
            Event::MappingEnd | Event::SequenceEnd => {
                self.stack.pop();
                if self.text[start..].starts_with(['}', ']']) {
                    self.last_end = start + 1;
                }
                self.value_done();
            }
            Event::Nothing | Event::StreamStart | Event::StreamEnd => {}
        }
        Ok(())
    }

    fn on_collection_start(
        &mut self,
        is_mapping: bool,
        start: usize,
        span: Span,
    ) -> Result<(), YamlError> {
        if self.expects_key() {
            return Err(error_at(
                span,
                "a mapping key is itself a mapping or a list; use text keys",
            ));
        }
        let properties_end = skip_properties(self.text, start);
        let flow = self.text[properties_end..].starts_with(['{', '[']);
        if self.stack.is_empty() {
            self.current_root = Some(RootInfo {
                block_mapping_at_column_0: is_mapping && !flow && span.start.col() == 0,
                explicit_end: false,
            });
        }
        self.last_end = if flow { properties_end + 1 } else { start };
        self.stack.push(if is_mapping {
            Frame::Mapping { flow, key: None }
        } else {
            Frame::Sequence { flow, index: 0 }
        });
        Ok(())
    }

    fn expects_key(&self) -> bool {
        matches!(self.stack.last(), Some(Frame::Mapping { key: None, .. }))
    }

    fn in_flow(&self) -> bool {
        self.stack.iter().any(|frame| match frame {
            Frame::Mapping { flow, .. } | Frame::Sequence { flow, .. } => *flow,
        })
    }

    fn path(&self) -> Path {
        let mut segments = Vec::with_capacity(self.stack.len());
        for frame in &self.stack {
            match frame {
                Frame::Mapping { key: Some(key), .. } => segments.push(key.clone()),
                Frame::Mapping { key: None, .. } => {}
                Frame::Sequence { index, .. } => segments.push(Segment::Index(*index)),
            }
        }
        Path(segments)
    }

    fn on_scalar(&mut self, value: &str, style: ScalarStyle, span: Span) -> Result<(), YamlError> {
        let start = self.offsets.byte(span.start.index());
        let body = self.scalar_body(value, style, start, span)?;
        let source_start = if style == ScalarStyle::Plain || is_quoted(style) {
            start.min(body.start)
        } else {
            properties_before(self.text, self.last_end, body.start)
        };
        self.last_end = body.end;

        if self.expects_key() {
            self.set_key(Segment::Key(value.to_string()));
            return Ok(());
        }
        let kind = if style == ScalarStyle::Plain && body.is_empty() {
            ValueKind::Empty
        } else {
            ValueKind::Scalar(style)
        };
        if self.stack.is_empty() {
            self.current_root = Some(RootInfo {
                block_mapping_at_column_0: false,
                explicit_end: false,
            });
        }
        self.push_leaf(kind, value, source_start..body.end, body, span);
        Ok(())
    }

    fn on_alias(&mut self, span: Span) -> Result<(), YamlError> {
        let start = self.offsets.byte(span.start.index());
        let end = token_end(self.text, start);
        self.last_end = end;
        if self.expects_key() {
            self.set_key(Segment::Key(self.text[start..end].to_string()));
            return Ok(());
        }
        let name = self.text[start + 1..end].to_string();
        self.push_leaf(ValueKind::Alias, &name, start..end, start..end, span);
        Ok(())
    }

    fn push_leaf(
        &mut self,
        kind: ValueKind,
        value: &str,
        source: Range<usize>,
        body: Range<usize>,
        span: Span,
    ) {
        self.leaves.push(Leaf {
            document: self.documents.saturating_sub(1),
            path: self.path(),
            kind,
            value: Zeroizing::new(value.to_string()),
            body,
            source,
            in_flow: self.in_flow(),
            line: span.start.line(),
        });
        self.value_done();
    }

    fn set_key(&mut self, segment: Segment) {
        if let Some(Frame::Mapping { key, .. }) = self.stack.last_mut() {
            *key = Some(segment);
        }
    }

    /// Moves the innermost collection past the value just read.
    fn value_done(&mut self) {
        match self.stack.last_mut() {
            Some(Frame::Mapping { key, .. }) => *key = None,
            Some(Frame::Sequence { index, .. }) => *index += 1,
            None => {}
        }
    }

    fn scalar_body(
        &self,
        value: &str,
        style: ScalarStyle,
        start: usize,
        span: Span,
    ) -> Result<Range<usize>, YamlError> {
        let text = self.text;
        let unlocated = || {
            error_at(
                span,
                "cannot locate the text of this value in the file; it is left as it is",
            )
        };
        match style {
            ScalarStyle::SingleQuoted | ScalarStyle::DoubleQuoted => {
                let open = skip_properties(text, start);
                let end = quoted_end(text, open, style).ok_or_else(unlocated)?;
                Ok(open..end)
            }
            ScalarStyle::Plain => {
                let begin = skip_properties(text, start);
                if value.is_empty() {
                    return Ok(begin..begin);
                }
                let end = plain_end(text, begin, value).ok_or_else(unlocated)?;
                Ok(begin..end)
            }
            ScalarStyle::Literal | ScalarStyle::Folded => {
                let header = block_header(text, self.last_end).ok_or_else(unlocated)?;
                Ok(header..block_end(text, header).ok_or_else(unlocated)?)
            }
        }
    }
}

fn error_at(span: Span, message: &str) -> YamlError {
    YamlError {
        line: span.start.line(),
        column: span.start.col() + 1,
        message: message.to_string(),
    }
}

fn is_quoted(style: ScalarStyle) -> bool {
    matches!(style, ScalarStyle::SingleQuoted | ScalarStyle::DoubleQuoted)
}

fn is_blank(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\r' | '\n')
}

/// Returns the end of the token that starts at `start` (up to white space or a
/// flow indicator).
fn token_end(text: &str, start: usize) -> usize {
    text[start..]
        .find(|c: char| is_blank(c) || matches!(c, ',' | '[' | ']' | '{' | '}'))
        .map_or(text.len(), |n| start + n)
}

/// Skips anchors (`&a`), tags (`!t`), white space and comments that stand
/// before a node's content.
fn skip_properties(text: &str, mut at: usize) -> usize {
    loop {
        let rest = &text[at..];
        if rest.starts_with(['&', '!']) {
            at = token_end(text, at);
        } else if rest.starts_with(is_blank) {
            at += rest.len() - rest.trim_start_matches(is_blank).len();
        } else if rest.starts_with('#') && at > 0 && text[..at].ends_with(is_blank) {
            at += rest.find('\n').unwrap_or(rest.len());
        } else {
            return at;
        }
    }
}

/// Returns where the anchor and tag of a block scalar start, or `header`
/// when it has none.
fn properties_before(text: &str, from: usize, header: usize) -> usize {
    let between = &text[from.min(header)..header];
    between
        .find(['&', '!'])
        .map_or(header, |n| from.min(header) + n)
}

/// Finds the end of a quoted scalar whose opening quote is at `open`.
fn quoted_end(text: &str, open: usize, style: ScalarStyle) -> Option<usize> {
    let quote = if style == ScalarStyle::SingleQuoted {
        b'\''
    } else {
        b'"'
    };
    let bytes = text.as_bytes();
    if bytes.get(open) != Some(&quote) {
        return None;
    }
    let mut at = open + 1;
    while at < bytes.len() {
        match bytes[at] {
            b'\\' if quote == b'"' => at += 2,
            b'\'' if quote == b'\'' && bytes.get(at + 1) == Some(&b'\'') => at += 2,
            b if b == quote => return Some(at + 1),
            _ => at += 1,
        }
    }
    None
}

/// Finds the end of a plain scalar by walking its text along the value that
/// YAML made of it: line breaks and indentation fold into spaces or line
/// feeds, everything else is as written.
fn plain_end(text: &str, begin: usize, value: &str) -> Option<usize> {
    let mut source = text[begin..].char_indices().peekable();
    let mut wanted = value.chars().peekable();
    let mut end = begin;
    while let Some(&c) = wanted.peek() {
        let (offset, s) = *source.peek()?;
        if s == c && !matches!(s, '\t' | '\r' | '\n') {
            wanted.next();
            source.next();
            end = begin + offset + s.len_utf8();
        } else if is_blank(s) {
            // A line break with the spaces around it folds into one space or
            // line feed, and spaces before a line break are dropped.
            while source.peek().is_some_and(|(_, s)| is_blank(*s)) {
                source.next();
            }
            while wanted
                .peek()
                .is_some_and(|c| matches!(c, ' ' | '\n' | '\t'))
            {
                wanted.next();
            }
        } else {
            return None;
        }
    }
    Some(end)
}

/// Finds the header (`|`, `>`, with indicators) of a block scalar after `from`:
/// the first token that is not an indicator, anchor, tag or comment.
fn block_header(text: &str, from: usize) -> Option<usize> {
    let mut at = from;
    loop {
        at = skip_properties(text, at);
        let rest = &text[at..];
        if rest.starts_with(['|', '>']) {
            return Some(at);
        }
        let token = token_end(text, at);
        let word = &text[at..token];
        if !matches!(word, ":" | "-" | "?" | "---") || token == at {
            return None;
        }
        at = token;
    }
}

/// Finds the end of the last non-empty content line of the block scalar whose
/// header starts at `header`. Returns the end of the header when the scalar is
/// empty.
fn block_end(text: &str, header: usize) -> Option<usize> {
    let header_line_end = text[header..].find('\n').map_or(text.len(), |n| header + n);
    let header_token = token_end(text, header);
    let explicit = text[header + 1..header_token]
        .chars()
        .find(|c| c.is_ascii_digit())
        .and_then(|c| c.to_digit(10))
        .map(|d| d as usize);
    let parent = parent_indent(text, header);

    let mut content_indent = explicit.map(|d| parent.map_or(d, |p| p + d));
    let mut end = header_token;
    let mut line_start = header_line_end + 1;
    while line_start < text.len() {
        let line_end = text[line_start..]
            .find('\n')
            .map_or(text.len(), |n| line_start + n);
        let line = text[line_start..line_end].trim_end_matches('\r');
        let indent = line.len() - line.trim_start_matches(' ').len();
        let is_empty = line.trim_start_matches([' ', '\t']).is_empty();
        if !is_empty {
            let required = *content_indent.get_or_insert(indent);
            let at_document_marker = indent == 0
                && (line.starts_with("---") || line.starts_with("..."))
                && line[3..].chars().next().is_none_or(is_blank);
            let below_parent = parent.is_some_and(|p| indent <= p);
            if indent < required || at_document_marker || below_parent {
                break;
            }
            end = line_start + line.len();
        }
        line_start = line_end + 1;
    }
    Some(end)
}

/// Returns the indentation of the node that contains a block scalar: the
/// column where the header's line starts its content (`key:` or `-`), or
/// `None` for a scalar at the document's root on a `---` line.
fn parent_indent(text: &str, header: usize) -> Option<usize> {
    let line_start = text[..header].rfind('\n').map_or(0, |n| n + 1);
    let line = &text[line_start..header];
    let indent = line.len() - line.trim_start_matches(' ').len();
    let content = line.trim_start_matches(' ');
    if content.starts_with("---") || content.is_empty() && indent == 0 && header == line_start {
        return None;
    }
    // Entries of a compact sequence (`- - |`) and of a mapping inside a
    // sequence entry (`- key: |`) are indented past the dashes.
    let mut column = indent;
    let mut rest = content;
    while let Some(after) = rest.strip_prefix("- ") {
        let skipped = after.len() - after.trim_start_matches(' ').len();
        column += 2 + skipped;
        rest = &after[skipped..];
    }
    if rest.is_empty() && column > indent {
        // A block scalar that is itself a sequence entry: its parent is the dash.
        return Some(column - 2);
    }
    Some(column)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bodies(text: &str) -> Vec<(String, String)> {
        let stream = parse(text).unwrap();
        stream
            .leaves
            .iter()
            .map(|leaf| (leaf.path.to_string(), text[leaf.body.clone()].to_string()))
            .collect()
    }

    #[test]
    fn scan_error_keeps_indicator_and_hides_text() {
        let error = parse("a: b\nc:\thunter2\n").err().unwrap();
        assert!(
            error.message.contains("':' must be followed"),
            "{}",
            error.message
        );
        let error = parse("a: b\n@hunter2\n").err().unwrap();
        assert!(!error.message.contains('@'), "{}", error.message);
        assert!(!error.message.ends_with(':'), "{}", error.message);
    }

    #[test]
    fn plain_and_quoted_bodies() {
        let text = "a: plain value # c\nb: 'it''s'\nc: \"q\\\"x\" # c\nd: multi\n  line\ne:\n";
        let found = bodies(text);
        assert_eq!(found[0], ("a".into(), "plain value".into()));
        assert_eq!(found[1], ("b".into(), "'it''s'".into()));
        assert_eq!(found[2], ("c".into(), "\"q\\\"x\"".into()));
        assert_eq!(found[3], ("d".into(), "multi\n  line".into()));
        assert_eq!(found[4], ("e".into(), "".into()));
    }

    #[test]
    fn block_bodies() {
        let text = "a:\n  d: &x |2-  # hdr\n\n    line1\n# c\n  e: !!binary >\n    AAAA\n\n  f: |\n  g: x\n";
        let found = bodies(text);
        assert_eq!(found[0].1, "|2-  # hdr\n\n    line1");
        assert_eq!(found[1].1, ">\n    AAAA");
        assert_eq!(found[2].1, "|");
        assert_eq!(found[3].1, "x");
    }

    #[test]
    fn sequence_and_root_blocks() {
        let text = "list:\n- |\n  item\n- - >\n    nested\n--- |\n  root\n...\n";
        let found = bodies(text);
        assert_eq!(found[0], ("list[0]".into(), "|\n  item".into()));
        assert_eq!(found[1], ("list[1][0]".into(), ">\n    nested".into()));
        assert_eq!(found[2], ("".into(), "|\n  root".into()));
    }

    #[test]
    fn unicode_and_crlf() {
        let text = "\u{feff}a: \"é\" # c\r\nb: |\r\n  x\r\n  ÿ\r\nc: ü\r\n";
        let found = bodies(text);
        assert_eq!(found[0].1, "\"é\"");
        assert_eq!(found[1].1, "|\r\n  x\r\n  ÿ");
        assert_eq!(found[2].1, "ü");
    }

    #[test]
    fn flow_values() {
        let text = "j: {x: 1, y: [2, 'three'], z: \"q\"}\n";
        let stream = parse(text).unwrap();
        let paths: Vec<String> = stream.leaves.iter().map(|l| l.path.to_string()).collect();
        assert_eq!(paths, ["j.x", "j.y[0]", "j.y[1]", "j.z"]);
        assert!(stream.leaves.iter().all(|l| l.in_flow));
    }

    #[test]
    fn aliases_are_leaves() {
        let stream = parse("a: &x v\nb: *x\n").unwrap();
        assert_eq!(stream.leaves[1].kind, ValueKind::Alias);
        assert_eq!(stream.leaves[1].value.as_str(), "x");
        assert_eq!(stream.leaves[0].body, 6..7);
        assert_eq!(stream.leaves[0].source, 3..7);
    }

    #[test]
    fn path_display_quotes_keys() {
        let path = Path(vec![
            Segment::Key("a".into()),
            Segment::Index(2),
            Segment::Key("b.c d".into()),
        ]);
        assert_eq!(path.to_string(), "a[2][\"b.c d\"]");
    }
}
