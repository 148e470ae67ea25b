"""Plain text in any encoding: decoded (a byte-order mark, --encoding, UTF-8, or a reported
guess), line ends normalised, characters a master cannot hold reported."""
from __future__ import annotations

import html
import re
import unicodedata

from ..diagnostics import Collector
from ..sourcetext import SourceText, source_from_bytes
from . import frontmatter, marks, suffix, tables
from .urls import link_urls

NAME = "text"


def sniff(name: str, data: bytes) -> float:
    return 0.5 if suffix(name) in (".txt", ".text", "") else 0.2


def read(name: str, data: bytes, encoding: str | None, diags: Collector) -> SourceText:
    source = source_from_bytes(name, data, encoding, diags)
    text = source.text
    # Hugo's "+++" TOML fields over a text page ("---" YAML makes the file Markdown by its
    # look, and the Markdown reader reads it; a plain reading keeps it for the presets'
    # detection, which a Markdown export must not pass)
    front = frontmatter.take(text) if text.startswith("+++") else None
    if front is not None:
        text, fields, end, block = front
        frontmatter.to_hints(source.hints, fields)
        source.hints.rules.append("front-matter-any-format")
        source.hints.fields.extend(fields)
        source.hints.left_out.append((1, end, " ".join(block.split()), "front matter: its "
                                      "fields are in the header", "front-matter"))
    if "</" in text:
        text = "\n".join(inline_html(line) if "</" in line else line for line in source.lines)
        text = _label_tags(text, source)
    if "&" in text and CHAR_REFERENCE.search(text):
        text = _character_references(text, source, diags)
    if "_" in text:
        text = PUNCTUATION_IN_UNDERSCORES.sub(r"\1", text)
        text = UNDERSCORE_EMPHASIS.sub(lambda m: marks.hi("italic", m.group(1)), text)
    if "://" in text or "mailto:" in text:
        text = "\n".join(link_urls(line) for line in text.split("\n"))
    if text is not source.text:
        source.text, source.lines = text, text.split("\n")
    if "|" in text:
        _pipe_tables(source)
    return source


# A character reference a web page's text keeps when it is copied as plain text ("&#34;",
# "&#x2019;"): the character it stands for, never markup (< > stay); a named one ("&amp;")
# may be a text's own words about HTML, and stays
CHAR_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});")


def _character_references(text: str, source: SourceText, diags: Collector) -> str:
    """Character references in a plain text are the characters they stand for (each kind
    reported once, where it first stands); a reference to a control character, to markup
    ("&lt;") or to no character at all stays as printed."""
    seen: set[str] = set()

    def one(m: re.Match) -> str:
        ref = m.group(0)
        char = html.unescape(ref)
        if char == ref or char in "<>" or len(char) != 1 or char == "\ufffd" \
                or unicodedata.category(char) in ("Cc", "Cs", "Cn"):
            return ref
        if ref not in seen:
            seen.add(ref)
            line = text.count("\n", 0, m.start()) + 1
            diags.info(f"character reference \u201c{ref}\u201d read as the character it stands "
                       f"for (\u201c{char}\u201d)", "char-reference", line,
                       m.start() - text.rfind("\n", 0, m.start()))
        return char

    out = CHAR_REFERENCE.sub(one, text)
    if seen:
        source.hints.rules.append("char-references")
    return out


# a row of a table typed with bars: "|Corrective Counselling      |682        |"
PIPE_ROW = re.compile(r"^\s*\|(?:[^|\n]*\|){2,}\s*$")
PIPE_RULE = re.compile(r"^\s*\|(?:\s*:?-{3,}:?\s*\|)+\s*$")     # |---|---|: the header above
MIN_ROWS = 3


def _pipe_tables(source: SourceText) -> None:
    """Tables typed with bars in a plain text, three rows at least of one number of cells,
    as one table line each (formats.tables). A row whose only text is in its first cell
    goes on with the row above (a cell's words wrapped: "Suspension without pay (as
    alternative to" / "dismissal)"); a rule row makes the rows above it the header."""
    lines = source.lines
    runs, k = [], 0
    while k < len(lines):
        if "|" not in lines[k]:          # (no bar, no row: most lines, without the pattern)
            k += 1
            continue
        end = k
        while end < len(lines) and PIPE_ROW.match(lines[end]) and \
                len(_cells(lines[end])) == len(_cells(lines[k])):
            end += 1
        if end - k >= MIN_ROWS:
            runs.append((k, end))
            k = end
        else:
            k += 1
    if not runs:
        return
    out, numbers, kinds, at = [], [], [], 0
    for start, end in runs:
        made = _table_line(lines[start:end])
        if made is None:
            continue
        for i in range(at, start):
            out.append(lines[i])
            numbers.append(i + 1)
            kinds.append("")
        text, kind = made
        out.extend(["", text, ""])             # a block of its own
        numbers.extend([start + 1, start + 1, end])
        kinds.extend(["", kind, ""])
        at = end
    for i in range(at, len(lines)):
        out.append(lines[i])
        numbers.append(i + 1)
        kinds.append("")
    if at:
        source.lines, source.numbers, source.kinds = out, numbers, kinds
        source.hints.rules.append("pipe-table")


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip()[1:-1].split("|")]


def _table_line(rows_text: list[str]):
    rows: list[list[tables.Cell]] = []
    header = 0
    for line in rows_text:
        if PIPE_RULE.match(line):
            header = len(rows)
            continue
        cells = _cells(line)
        if rows and cells[0] and not any(cells[1:]) and len(cells) > 1:
            rows[-1][0].text += "\n" + cells[0]         # its first cell wrapped
            continue
        rows.append([tables.Cell(cell) for cell in cells])
    if header and all(not cell.text for row in rows[:header] for cell in row):
        rows, header = rows[header:], 0     # an empty header row over the rule: no row
    for row in rows[:header]:
        for cell in row:
            cell.label = True
    return tables.line("", rows) if len(rows) >= 2 else None


# _emphasis_ as plain-text typists (and Project Gutenberg) write it; may run over one line.
# The pattern opens with the underscore itself (its look-behind after it), so that the
# regex engine scans for it instead of trying every position of the text.
UNDERSCORE_EMPHASIS = re.compile(r"_(?<![\w_]_)(?=[^\s_])([^_\n]{1,200}(?:\n[^_\n]{1,200})?)"
                                 r"(?<=[^\s_])_(?![\w_])")


# "[Languidly_._]": a punctuation mark in italics after a word (Project Gutenberg's plays);
# there are no words to emphasise, the underscores go. (The underscore first, the word
# before it looked behind: a pattern that opens with a look-behind is tried at every
# position of the text, fifty times slower.)
PUNCTUATION_IN_UNDERSCORES = re.compile(r"_(?<=\w_)([.,;:!?])_(?![\w_])")


INLINE_TAG = re.compile(r"<(?P<tag>sub|sup|i|em|b|strong|u)>(?P<inner>[^<>\n]{1,200}?)"
                        r"</(?P=tag)>", re.I)


# a tag pair of a corpus's own markup typed into the text, opened and closed on one line:
# "<Affiliation> M. Derek Lee ( Scarborough — Rouge River , Lib. ) </Affiliation> :" (an
# aligned or tokenised parliamentary corpus); never an HTML element's name, which a text
# about HTML may show
LABEL_TAG = re.compile(r"<(?P<tag>[A-Za-z][\w.-]{1,30})>(?P<inner>[^<>\n]{1,200}?)"
                       r"</(?P=tag)>")
HTML_NAMES = frozenset("a abbr b body br code dd div dl dt em font h1 h2 h3 h4 h5 h6 head hr "
                       "html i img kbd li ol p pre q s samp script small span strong style "
                       "sub sup table tbody td th thead title tr tt u ul var".split())


def _label_tags(text: str, source: SourceText) -> str:
    """The tags of LABEL_TAG, where the same name's pair comes back three times or more:
    markup, not words; left out (reported) and their content kept."""
    counts: dict[str, int] = {}
    for m in LABEL_TAG.finditer(text):
        name = m.group("tag")
        if name.lower() not in HTML_NAMES:
            counts[name] = counts.get(name, 0) + 1
    names = {name for name, c in counts.items() if c >= 3}
    if not names:
        return text
    first = text[:next(m.start() for m in LABEL_TAG.finditer(text) if m.group("tag") in names)]
    line = first.count("\n") + 1
    source.hints.left_out.append((line, line, ", ".join(f"<{n}> … </{n}>" for n in sorted(names)),
                                  "a corpus's tag pairs typed into the text: markup, not "
                                  "words; their content kept", "label-tags"))
    return LABEL_TAG.sub(lambda m: m.group("inner").strip() if m.group("tag") in names
                         else m.group(0), text)


def inline_html(text: str) -> str:
    """A few HTML inline tags typed into plain text (O<sub>2</sub>, <i>word</i>) as marks,
    when they open and close on one line; any other angle bracket stays text."""
    return INLINE_TAG.sub(lambda m: marks.hi(marks.HTML_RENDS[m.group("tag").lower()],
                                             m.group("inner")), text)
