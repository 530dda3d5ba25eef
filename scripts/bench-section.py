"""Replace one section's block of docs/benchmarks.md.

Usage: bench-section.py [--doc PAGE] SECTION FRAGMENT_FILE

A block is the text between "<!-- bench:SECTION:start -->" and
"<!-- bench:SECTION:end -->". The block of SECTION gets the Markdown of
FRAGMENT_FILE, and the rest of the page stays byte for byte as it was. A
missing block is inserted before the block of the next section in
SECTIONS order, or appended after the last one. The text before the first
block is the page's introduction, which this script never changes.
"""

import argparse
import os
import pathlib
import sys
import tempfile

# The order of the sections on the page, which is also the order in which
# scripts/bench runs them. Keep it the same as `sections` in scripts/bench.
SECTIONS = ["cli", "users", "pki", "firewall", "image", "secrets", "vault"]

DEFAULT_PAGE = pathlib.Path(__file__).resolve().parent.parent / "docs" / "benchmarks.md"
NEW_PAGE = "# Benchmarks\n"


def start_marker(section):
    return f"<!-- bench:{section}:start -->"


def end_marker(section):
    return f"<!-- bench:{section}:end -->"


def find_block(text, section, page):
    """Return (start, end) offsets of the block of `section`, or None.

    `end` is the offset just past the end marker. Raises ValueError when
    the markers are repeated, unpaired or in the wrong order.
    """
    start, end = start_marker(section), end_marker(section)
    start_count, end_count = text.count(start), text.count(end)
    if start_count == 0 and end_count == 0:
        return None
    if start_count != 1 or end_count != 1:
        raise ValueError(
            f"{page}: expected one {start} and one {end}, found {start_count} and"
            f" {end_count}; fix the markers by hand"
        )
    start_offset, end_offset = text.index(start), text.index(end)
    if end_offset < start_offset:
        raise ValueError(f"{page}: {end} comes before {start}; fix the markers by hand")
    return start_offset, end_offset + len(end)


def render_block(section, fragment):
    return f"{start_marker(section)}\n{fragment}\n{end_marker(section)}"


def insert_block(text, section, block, page):
    """Return `text` with `block` added at the place of `section` in SECTIONS."""
    for later in SECTIONS[SECTIONS.index(section) + 1 :]:
        found = find_block(text, later, page)
        if found is not None:
            offset = found[0]
            return text[:offset] + block + "\n\n" + text[offset:]
    return text.rstrip("\n") + "\n\n" + block + "\n"


def replace_section(text, section, fragment, page):
    """Return `text` with the block of `section` replaced or inserted."""
    for other in SECTIONS:
        if start_marker(other) in fragment or end_marker(other) in fragment:
            raise ValueError(f"the fragment for {section} contains the marker of {other}")
        find_block(text, other, page)

    block = render_block(section, fragment)
    found = find_block(text, section, page)
    if found is None:
        return insert_block(text, section, block, page)
    start, end = found
    return text[:start] + block + text[end:]


def write_atomically(path, text):
    """Write `text` to `path` through a temporary file in the same folder."""
    mode = path.stat().st_mode & 0o777 if path.exists() else 0o644
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as file:
            file.write(text)
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--doc", type=pathlib.Path, default=DEFAULT_PAGE, help="page to update")
    parser.add_argument("section", choices=SECTIONS)
    parser.add_argument("fragment", type=pathlib.Path, help="Markdown file with the new block")
    args = parser.parse_args()

    fragment = args.fragment.read_text(encoding="utf-8").strip("\n")
    if not fragment.strip():
        sys.exit(f"error: {args.fragment} is empty; the {args.section} section wrote no text")
    try:
        text = args.doc.read_text(encoding="utf-8")
    except FileNotFoundError:
        text = NEW_PAGE

    try:
        updated = replace_section(text, args.section, fragment, args.doc)
    except ValueError as error:
        sys.exit(f"error: {error}")
    write_atomically(args.doc, updated)
    print(f"wrote the {args.section} block of {args.doc}", file=sys.stderr)


if __name__ == "__main__":
    main()
