"""AsciiDoc (Asciidoctor, Antora sites; often saved as .txt), read by teikit's own scanner
of the block syntax real transcriptions use: the document title ``= T`` and section titles
``==`` … ``======`` are headings, paragraphs, lists, quotations and delimited blocks are
blocks, ``|===`` tables are tables (as Markdown's and HTML's are); ``*strong*``,
``_emphasis_``, ``^sup^``, ``~sub~`` are marks, links are links, ``footnote:[…]`` is a
``[n]`` marker and a note at the end; attribute entries, block attribute lines, comments,
images and other block macros are left out and reported (``:author:``, ``:revdate:``,
``:lang:`` go to the header). Nothing is read from outside the file: ``include::`` is
reported, never followed.

Why teikit's own code: PyPI was checked for a parser to use. asciidoc (asciidoc-py) is
GPL-2 and asciidoc3 AGPL-3, neither fits an MIT package; Asciidoctor is Ruby.
asciidoctrine (Apache-2.0) is an alpha that pins its Lark version and refuses real
sources (a table of the Antora register raised "Malformed table cell specifier"), and
pyasciidoc (MIT, v0) reads no attribute entries, block attributes, ``cols``, cross
references or ``^sup^``. A source must be read leniently, every word kept, so a small line
scanner it is: one pass over the lines for the blocks, ordered regular expressions for
the inline syntax."""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import partial

from ..diagnostics import Collector
from ..sourcetext import SourceText
from . import marks, suffix, tables
from .lines import LineScanner

NAME = "asciidoc"
NAMES = (".adoc", ".asciidoc", ".asc", ".ad")
MAX_DEPTH = 30                   # delimited blocks inside each other
MAX_ATTRIBUTE = 10000            # an attribute's value is expanded up to this length

# evidence in a file that is not named .adoc: syntax only AsciiDoc writes ...
STRONG = {
    "table": re.compile(rb"(?m)^[|,:!]===[ \t]*$"),
    "block-macro": re.compile(rb"(?m)^(?:image|include|video|audio|toc)::[^\s\[]*\[[^\]\n]*\]"
                              rb"[ \t]*$"),
    "header": re.compile(rb"\A(?:[ \t]*(?://[^\n]*)?\n)*= \S[^\n]*\n(?:[^\n]*\n)?:[\w-]+!?:"),
    "cols": re.compile(rb"(?m)^\[(?:[^\]\n]*,)?(?:cols|options|opts)=[^\]\n]*\][ \t]*$"),
    "footnote": re.compile(rb"footnote:[\w-]*\["),
    "xref": re.compile(rb"<<[\w:.#-]+(?:,[^<>\n]{1,200})?>>"),
    "link": re.compile(rb"(?<![\w:])link:[^\s\[]{1,500}\["),
    "style": re.compile(rb"(?m)^\[(?:source|quote|verse|NOTE|TIP|IMPORTANT|WARNING|CAUTION|"
                        rb"bibliography|abstract|appendix|discrete|listing|literal|sidebar|"
                        rb"example|%header|%hardbreaks|%autowidth)(?:[,%.#][^\]\n]*)?\]"
                        rb"[ \t]*$"),
}
# ... and syntax that makes it sure with one of those
WEAK = {
    "section": re.compile(rb"(?m)^={2,6} \S"),
    "delimiter": re.compile(rb"(?m)^(?:-{4}|\.{4}|_{4}|={4}|\*{4}|\+{4}|/{4})[ \t]*$"),
    "attribute": re.compile(rb"(?m)^:[\w][\w-]*!?:(?:[ \t]|$)"),
    "block-title": re.compile(rb"(?m)^\.[A-Za-z][^\n]{0,120}\n(?:\[|\|===|-{4}|={4})"),
    "sup": re.compile(rb"\w\^\w{1,6}\^"),
}


def sniff(name: str, data: bytes) -> float:
    if suffix(name) in NAMES:
        return 0.0 if data.lstrip().startswith(b"-----BEGIN PGP") else 0.95
    head = data[:50000]
    strong = {kind for kind, pattern in STRONG.items() if pattern.search(head)}
    weak = {kind for kind, pattern in WEAK.items() if pattern.search(head)}
    return 0.6 if strong and len(strong) + len(weak) >= 2 else 0.0


def read(name: str, data: bytes, encoding: str | None, diags: Collector) -> SourceText:
    return _Reader.read(name, data, encoding, diags)


# ------------------------------------------------------------------------- block syntax
SECTION = re.compile(r"^(?P<marks>={1,6})[ \t]+(?P<title>\S.*?)(?:[ \t]+=+)?[ \t]*$")
ATTRIBUTE_ENTRY = re.compile(r"^:(?P<name>[\w][\w-]*)(?P<unset>!)?:(?:[ \t]+(?P<value>.*))?$")
BLOCK_ATTRIBUTES = re.compile(r"^\[(?P<a>[^\[\]]*|(?:[^\]\"]|\"[^\"]*\")*)\][ \t]*$")
BLOCK_ANCHOR = re.compile(r"^\[\[\[?[\w:.-]+(?:,[^\]]*)?\]\]\]?[ \t]*$")
BLOCK_TITLE = re.compile(r"^\.(?P<t>[^\s.].*)$")
DELIMITER = re.compile(r"^(?:-{4,}|\.{4,}|_{4,}|={4,}|\*{4,}|\+{4,}|/{4,}|--|[|,:!]={3,})[ \t]*$")
BLOCK_MACRO = re.compile(r"^(?P<name>[a-z][\w-]*)::(?P<target>[^\s\[]*)\[(?P<a>.*)\][ \t]*$")
PREPROCESSOR = {"include", "ifdef", "ifndef", "ifeval", "endif"}
BREAK = re.compile(r"^(?:'{3,}|-{3}|\*{3}|<{3})[ \t]*$")
LIST_ITEM = re.compile(r"^[ \t]*(?P<m>\*{1,5}|-|\.{1,5}|\d{1,9}\.|[a-zA-Z]\.|[ivxIVX]{1,6}\))"
                       r"[ \t]+(?P<t>\S.*)$")
DESCRIPTION = re.compile(r"^(?P<term>[^\s/][^\n]*?)(?P<sep>:{2,4}|;;)(?:[ \t]+(?P<d>\S.*))?$")
ADMONITION = re.compile(r"^(?P<label>NOTE|TIP|IMPORTANT|WARNING|CAUTION):[ \t]+(?P<t>.*)$")
HARD_BREAK = re.compile(r"[ \t]\+$")
COMMENT = re.compile(r"^//(?!//)")
CHECK_BOX = re.compile(r"^\[(?P<x>[ xX*])\][ \t]+")
BIBLIOGRAPHY_ANCHOR = re.compile(r"^\[\[\[(?P<id>[\w:.-]+)(?:,\s*(?P<label>[^\]]*))?\]\]\]\s*")
ADMONITIONS = {"note", "tip", "important", "warning", "caution"}
# the styles a block attribute line names ([source,python], [quote, Author], [NOTE]): such
# a line is markup; a line in brackets that names none and sets nothing ("[Page 3]",
# "[illegible]") is the transcriber's, kept as text
BLOCK_STYLES = ADMONITIONS | {
    "abstract", "appendix", "bibliography", "colophon", "dedication", "glossary", "index",
    "preface", "partintro", "discrete", "float", "normal", "literal", "listing", "source",
    "quote", "verse", "example", "sidebar", "open", "pass", "stem", "latexmath", "asciimath",
    "comment", "horizontal", "qanda", "arabic", "decimal", "loweralpha", "upperalpha",
    "lowerroman", "upperroman", "lowergreek", "chapter", "part", "toc", "csv", "dsv", "tsv",
    "psv", "checklist", "plantuml", "ditaa", "graphviz", "mermaid", "subs", "audio", "video"}
# document attributes the header has a place for: the rest set how a page is rendered
FIELD_ATTRIBUTES = {"author", "authors", "email", "description", "keywords", "revnumber",
                    "revremark", "copyright", "orgname", "firstname", "lastname"}
AUTHOR_LINE = re.compile(r"^(?P<a>[^\W\d_][\w.'-]*(?: [^\W\d_][\w.'-]*){0,5})"
                         r"(?:[ \t]+<(?P<e>[^<>\s]+)>)?(?:;.*)?$")
REVISION_LINE = re.compile(r"^v?(?P<n>\d[\w.]*)?(?:,[ \t]*)?(?P<d>[^:]*?)(?::[ \t]*(?P<r>.*))?$")


@dataclass
class Meta:
    """What the lines above a block say of it: its block attribute lines and its title."""

    attributes: list[str] = field(default_factory=list)
    title: str = ""
    title_line: int = 0

    def style(self) -> str:
        for attrs in self.attributes:
            first = _positional(attrs)
            if first:
                return first[0].casefold()
        return ""

    def positional(self) -> list[str]:
        for attrs in self.attributes:
            found = _positional(attrs)
            if found:
                return found
        return []

    def named(self, key: str) -> str | None:
        for attrs in reversed(self.attributes):
            for part in _split_attributes(attrs):
                name, eq, value = part.partition("=")
                if eq and name.strip() == key:
                    return value.strip().strip("\"'")
        return None

    def option(self, name: str) -> bool:
        for attrs in self.attributes:
            for part in _split_attributes(attrs):
                part = part.strip()
                if part in (f"%{name}",) or re.search(rf"%{name}\b", part) or (
                        part.startswith(("options=", "opts=")) and name in part):
                    return True
        return False


def _split_attributes(attrs: str) -> list[str]:
    """An attribute list's parts, at the commas outside quotes (``cols="2,4",%header``)."""
    parts: list[str] = []
    current: list[str] = []
    quote = ""
    for char in attrs:
        if quote:
            quote = "" if char == quote else quote
        elif char in "\"'":
            quote = char
        elif char == ",":
            parts.append("".join(current).strip())
            current = []
            continue
        current.append(char)
    parts.append("".join(current).strip())
    return parts


def _positional(attrs: str) -> list[str]:
    out = []
    for part in _split_attributes(attrs):
        if "=" in part and not part.strip().startswith(("\"", "'")):
            continue
        out.append(re.split(r"[#.%]", part.strip(), maxsplit=1)[0].strip().strip("\"'")
                   if not part.strip().startswith(("\"", "'")) else part.strip().strip("\"'"))
    return out if out and out[0] else out[1:] if len(out) > 1 else []


def is_attribute_line(line: str) -> bool:
    """A line in brackets that is a block attribute list, not the transcriber's words."""
    m = BLOCK_ATTRIBUTES.match(line)
    if m is None or BLOCK_ANCHOR.match(line):
        return False
    attrs = m.group("a").strip()
    if not attrs or attrs[0] in "#.%\"'" or "=" in attrs:
        return True
    first = re.split(r"[,#.%]", attrs, maxsplit=1)[0].strip().casefold()
    return first in BLOCK_STYLES


class _Reader(LineScanner):
    def __init__(self, lines: list[str]) -> None:
        super().__init__(lines)
        self.inline = _Inline(self)
        self.attributes: dict[str, str] = {}
        self.notes: list[tuple[int, str]] = []
        self.note_ids: dict[str, int] = {}
        self.hardbreaks = False

    def scan(self) -> None:
        self.blocks(0, len(self.lines), "", 0)
        self.end()

    def end(self) -> None:
        for line, note in self.notes:
            self.out.text_block(line, note, "note")

    def leave_out(self, first: int, last: int, text: str, reason: str,
                  code: str = "format-markup") -> None:
        self.out.leave_out(first + 1, last + 1, text, reason, code)

    # ---------------------------------------------------------------- blocks
    def blocks(self, i: int, end: int, kind: str, depth: int) -> None:
        """Read lines[i:end] as blocks; *kind* is what they are inside (quote, item)."""
        lines = self.lines
        meta = Meta()
        while i < end:
            line = lines[i]
            stripped = line.strip()
            if not stripped:
                i += 1
                continue
            if stripped.startswith("////") and set(stripped) == {"/"}:
                i = self._comment_block(i, end)
                continue
            if COMMENT.match(line):
                self.leave_out(i, i, line, "a comment (never shown)")
                i += 1
                continue
            m = ATTRIBUTE_ENTRY.match(line)
            if m:
                i = self._attribute_entry(i, m)
                continue
            if BLOCK_ANCHOR.match(line) and not line.startswith("[[["):
                self.leave_out(i, i, line, "an anchor (an id for links, not text)")
                i += 1
                continue
            if is_attribute_line(line):
                meta.attributes.append(BLOCK_ATTRIBUTES.match(line).group("a"))  # type: ignore[union-attr]
                self.leave_out(i, i, line, "a block's attributes (format markup)")
                i += 1
                continue
            m = BLOCK_TITLE.match(line)
            if m and not LIST_ITEM.match(line):
                meta.title, meta.title_line = self.inline.convert(m.group("t"), i), i
                i += 1
                continue
            i = self._block(i, end, kind, depth, meta)
            meta = Meta()
        if meta.title:                   # a title over nothing: its words are kept
            self.out.text_block(meta.title_line + 1, meta.title, kind)

    def _block(self, i: int, end: int, kind: str, depth: int, meta: Meta) -> int:
        """One block from lines[i]; returns the index after it."""
        line = self.lines[i]
        stripped = line.rstrip()
        m = SECTION.match(stripped)
        if m and not DELIMITER.match(stripped):
            self._title_over(meta, kind, table=False)
            level = len(m.group("marks"))
            self.out.text_block(i + 1, self.inline.convert(m.group("title"), i), f"h{level}")
            if level == 1 and i + 1 < end:
                return self._header(i + 1, end)
            return i + 1
        if DELIMITER.match(stripped):
            return self._delimited(i, end, kind, depth, meta)
        m = BLOCK_MACRO.match(stripped)
        if m:
            self._block_macro(i, m, meta, kind)
            return i + 1
        if BREAK.match(stripped):
            self.leave_out(i, i, stripped, "a rule or a page break (format markup)")
            return i + 1
        if stripped == "+":
            self.leave_out(i, i, "+", "a list continuation (format markup)")
            return i + 1
        self._title_over(meta, kind, table=False)
        item = LIST_ITEM.match(line)
        if item and (not item.group("m").startswith("..") or kind == "item"):
            return self._item(i, end, item, depth)
        m = DESCRIPTION.match(stripped)
        if m and not m.group("term").lstrip().startswith(("http", "//")):
            return self._description(i, end, m)
        if line[:1] in " \t" and meta.style() not in ("quote", "verse"):
            last = self._paragraph_end(i, end)
            self.out.text_block(i + 1, "\n".join(self.lines[i:last]), "pre")
            return last
        if line.startswith("> "):
            last = self._paragraph_end(i, end)
            self._paragraph(i, last, [ln[2:] if ln.startswith("> ") else ln.lstrip(">")
                                      for ln in self.lines[i:last]], "quote", meta)
            return last
        last = self._paragraph_end(i, end)
        self._paragraph(i, last, self.lines[i:last], kind, meta)
        return last

    def _paragraph_end(self, i: int, end: int) -> int:
        k = i + 1
        while k < end and self.lines[k].strip() and not DELIMITER.match(self.lines[k].rstrip()) \
                and not (is_attribute_line(self.lines[k]) and k + 1 < end
                         and DELIMITER.match(self.lines[k + 1].rstrip())):
            k += 1
        return k

    def _paragraph(self, i: int, last: int, texts: list[str], kind: str, meta: Meta) -> None:
        style = meta.style()
        rows: list[tuple[int, str]] = []
        for k, text in enumerate(texts):
            if COMMENT.match(text):
                self.leave_out(i + k, i + k, text, "a comment (never shown)")
                continue
            rows.append((i + k, text))
        if not rows:
            return
        m = ADMONITION.match(rows[0][1])
        if m:
            self.leave_out(i, i, m.group("label") + ":", "an admonition's label (format "
                           "markup: how the paragraph is set)")
            rows[0] = (rows[0][0], m.group("t"))
        elif style in ADMONITIONS:
            pass                         # ([NOTE] over the paragraph: reported with it)
        verse = style == "verse" or self.hardbreaks or meta.option("hardbreaks")
        lines = []
        for n, text in rows:
            if HARD_BREAK.search(text):
                text = HARD_BREAK.sub("", text)
                self.out.hints.broken_lines.add(n + 1)
            elif verse:
                self.out.hints.broken_lines.add(n + 1)
            lines.append(text)
        if style == "literal" or style == "listing" or style == "source":
            self.out.text_block(rows[0][0] + 1, "\n".join(lines), "pre")
            return
        text = self.inline.convert("\n".join(lines), rows[0][0])
        block_kind = "quote" if style in ("quote", "verse") else kind
        self.out.text_block(rows[0][0] + 1, text, block_kind)
        self._attribution(meta, rows[-1][0], block_kind)

    def _attribution(self, meta: Meta, line: int, kind: str) -> None:
        if meta.style() not in ("quote", "verse"):
            return
        who = [p for p in meta.positional()[1:3] if p.strip()]
        if who:
            self.out.text_block(line + 1, "\u2014 " + ", ".join(who), kind)

    def _title_over(self, meta: Meta, kind: str, table: bool) -> None:
        """A block's title (.Title) over a block that is not a table: a heading of its own."""
        if meta.title and not table:
            self.out.text_block(meta.title_line + 1, meta.title, "h6" if not kind else kind)
            meta.title = ""

    def _header(self, i: int, end: int) -> int:
        """The document header under ``= Title``: an author line and a revision line (to
        the header's fields, left out of the text), then attribute entries."""
        lines = self.lines
        if i < end and lines[i].strip() and not ATTRIBUTE_ENTRY.match(lines[i]) \
                and not COMMENT.match(lines[i]) and not DELIMITER.match(lines[i].rstrip()):
            m = AUTHOR_LINE.match(lines[i].strip())
            if m is None or not all(w[:1].isupper() for w in m.group("a").split()):
                return i
            self.out.hints.fields.append(("author", m.group("a")))
            if m.group("e"):
                self.out.hints.fields.append(("email", m.group("e")))
            self.leave_out(i, i, lines[i], "the document's author line: it is in the header",
                           "front-matter")
            i += 1
            rev = REVISION_LINE.match(lines[i].strip()) if i < end else None
            if rev and (lines[i][:1].isdigit() or (lines[i].startswith("v")
                                                    and lines[i][1:2].isdigit())):
                if rev.group("d") and rev.group("d").strip():
                    self.out.hints.date = rev.group("d").strip()
                for key, value in (("revnumber", rev.group("n")), ("revremark", rev.group("r"))):
                    if value:
                        self.out.hints.fields.append((key, value.strip()))
                self.leave_out(i, i, lines[i], "the document's revision line: it is in the "
                               "header", "front-matter")
                i += 1
        return i

    def _attribute_entry(self, i: int, m: re.Match[str]) -> int:
        """``:name: value`` (a value may go on over lines ending in `` \\``): a document
        attribute. Those the header has a place for go there; every one is left out and
        reported, and its value stands where the text names it (``{name}``)."""
        first = i
        value = m.group("value") or ""
        while value.endswith((" \\", " +")) and i + 1 < len(self.lines):
            i += 1
            value = value[:-2].rstrip() + " " + self.lines[i].strip()
        name = m.group("name").casefold()
        value = value.strip()
        if "{" in value and len(value) < MAX_ATTRIBUTE:    # its references, as Asciidoctor
            value = ATTRIBUTE_REF.sub(self.inline.attribute_value, value)  # does, bounded
        if m.group("unset"):
            self.attributes.pop(name, None)
        else:
            self.attributes[name] = value
        if name in ("hardbreaks", "hardbreaks-option"):
            self.hardbreaks = not m.group("unset")
        where = "the document's settings (format markup)"
        if value and not m.group("unset"):
            if name == "revdate" and self.out.hints.date is None:
                self.out.hints.date = value
                where = "a document attribute: it is in the header"
            elif name == "lang" and self.out.hints.language is None:
                self.out.hints.language = value
                where = "a document attribute: it is in the header"
            elif name in FIELD_ATTRIBUTES:
                self.out.hints.fields.append((name, self.inline.words(value)))
                where = "a document attribute: it is in the header"
        self.leave_out(first, i, "\n".join(self.lines[first:i + 1]),
                       f"an attribute entry, {where}",
                       "front-matter" if "header" in where else "format-markup")
        return i + 1

    def _comment_block(self, i: int, end: int) -> int:
        opening = self.lines[i].rstrip()
        close = next((k for k in range(i + 1, end) if self.lines[k].rstrip() == opening), None)
        if close is None:                 # never closed: a slip, the lines are kept
            self.leave_out(i, i, opening, "a comment block that is never closed (its "
                           "delimiter; the lines after it are kept)")
            return i + 1
        self.leave_out(i, close, "\n".join(self.lines[i:close + 1]), "a comment block "
                       "(never shown)")
        return close + 1

    def _delimited(self, i: int, end: int, kind: str, depth: int, meta: Meta) -> int:
        opening = self.lines[i].rstrip()
        close = next((k for k in range(i + 1, end) if self.lines[k].rstrip() == opening), None)
        if close is None:                 # AsciiDoc runs an unclosed block to the end
            close = end
            self.leave_out(i, i, opening, "a block's delimiter that is never closed (the "
                           "block runs to the end)")
        else:
            self.leave_out(i, i, opening, "a block's delimiters (format markup)")
            self.leave_out(close, close, opening, "a block's delimiters (format markup)")
        after = min(close + 1, end)
        char = opening[0]
        style = meta.style()
        if opening[1:].startswith("===") and char in "|,:!":
            self._table(i + 1, close, opening, meta)
            return after
        self._title_over(meta, kind, table=False)
        if style in ADMONITIONS:
            self.leave_out(i, i, style.upper(), "an admonition's label (format markup: how "
                           "the block is set)")
        if (char in "-." and opening != "--" and style not in ("quote", "verse")) \
                or style in ("source", "listing", "literal") or depth >= MAX_DEPTH:
            text = "\n".join(self.lines[i + 1:close])
            if text.strip():
                skip = len(text) - len(text.lstrip("\n"))
                self.out.text_block(i + 2 + text[:skip].count("\n"), text.strip("\n"), "pre")
            return after
        if char == "+" or style == "pass":
            self._passthrough(i + 1, close, kind)
            return after
        if style == "verse":
            rows = [(k, self.lines[k]) for k in range(i + 1, close) if self.lines[k].strip()]
            self.out.hints.broken_lines.update(k + 1 for k, _ in rows)
            self.out.text_block(i + 2, self.inline.convert(
                "\n".join(self.lines[i + 1:close]), i + 1), "quote")
            self._attribution(meta, close - 1, "quote")
            return after
        inner = "quote" if char == "_" or style == "quote" else kind
        self.blocks(i + 1, close, inner, depth + 1)
        self._attribution(meta, close - 1, inner)
        return after

    def _passthrough(self, i: int, end: int, kind: str) -> None:
        """A passthrough block (``++++``): HTML as it is, read for its words."""
        text = "\n".join(self.lines[i:end])
        if not text.strip():
            return
        if "<" in text:
            from lxml import etree, html
            try:
                parts = html.fragments_fromstring(text)
                text = "\n".join(p if isinstance(p, str) else p.text_content() for p in parts)
            except (etree.ParserError, ValueError, TypeError):
                text = re.sub(r"<[^>]*>", " ", text)
            self.leave_out(i, end - 1, "passthrough markup", "HTML tags of a passthrough "
                           "block (format markup; its words are kept)")
        self.out.text_block(i + 1, "\n".join(ln for ln in text.split("\n") if ln.strip()),
                            kind)

    def _block_macro(self, i: int, m: re.Match[str], meta: Meta, kind: str) -> None:
        name = m.group("name")
        title = Meta(attributes=[m.group("a")]).named("title")
        if name in PREPROCESSOR:
            why = "an include is never followed: no file is read" if name == "include" \
                else "a conditional (every branch's words are kept)"
            self.leave_out(i, i, m.group(0), f"a preprocessor line ({why})")
            self._title_over(meta, kind, table=False)
            return
        self.leave_out(i, i, f"{name} {m.group('target')}", "an image (not text)" if
                       name == "image" else f"a {name} macro (not text)",
                       "image" if name == "image" else "format-markup")
        # a picture's title is shown under it: its words are the document's
        caption = meta.title or (self.inline.convert(title, i) if title else "")
        if caption:
            self.out.text_block((meta.title_line if meta.title else i) + 1, caption, kind)
            meta.title = ""

    def _item(self, i: int, end: int, m: re.Match[str], depth: int) -> int:
        lines = [m.group("t")]
        k = i + 1
        while k < end and self.lines[k].strip() and not LIST_ITEM.match(self.lines[k]) \
                and not DELIMITER.match(self.lines[k].rstrip()) and \
                self.lines[k].strip() != "+" and not is_attribute_line(self.lines[k]) \
                and not BLOCK_ANCHOR.match(self.lines[k]):
            lines.append(self.lines[k].strip() if not COMMENT.match(self.lines[k]) else "")
            k += 1
        text = lines[0]
        b = BIBLIOGRAPHY_ANCHOR.match(text)
        if b:
            self.leave_out(i, i, b.group(0).strip(), "a bibliography entry's anchor (an id "
                           "for links)")
            text = (f"{b.group('label').strip()} " if b.group("label") else "") + text[b.end():]
        box = CHECK_BOX.match(text)
        if box:
            text = ("\u2610 " if box.group("x") == " " else "\u2611 ") + text[box.end():]
        marker = m.group("m")
        if re.fullmatch(r"\d{1,9}\.|[a-zA-Z]\.|[ivxIVX]{1,6}\)", marker):
            text = f"{marker} {text}"        # a number as the source types it
        rows = [text, *lines[1:]]
        for n, row in enumerate(rows):
            if HARD_BREAK.search(row):
                rows[n] = HARD_BREAK.sub("", row)
                self.out.hints.broken_lines.add(i + n + 1)
        self.out.text_block(i + 1, self.inline.convert("\n".join(rows), i), "item")
        return k

    def _description(self, i: int, end: int, m: re.Match[str]) -> int:
        k = i + 1
        rows = [m.group("term").strip()]
        if m.group("d"):
            rows.append(m.group("d"))
        while k < end and self.lines[k].strip() and not DESCRIPTION.match(self.lines[k]) \
                and not DELIMITER.match(self.lines[k].rstrip()) and self.lines[k].strip() != "+":
            rows.append(self.lines[k].strip())
            k += 1
        self.out.text_block(i + 1, self.inline.convert("\n".join(rows), i))
        return k

    # ---------------------------------------------------------------- tables
    def _table(self, i: int, end: int, opening: str, meta: Meta) -> None:
        """A ``|===`` table (``,===`` CSV, ``:===`` DSV): its cells by the column count of
        ``cols`` (or of its first line), spans ``2+|`` and ``.2+|``, header by ``%header``
        or a first line of cells over a blank line; a cell's `` +`` is a line break."""
        caption = meta.title
        prefix = meta.named("caption")
        if caption and prefix:
            caption = self.inline.convert(prefix, i) + caption
        fmt = meta.named("format") or {"|": "psv", ",": "csv", ":": "dsv", "!": "psv"}[opening[0]]
        body = self.lines[i:end]
        if fmt in ("csv", "dsv", "tsv"):
            rows = self._separated(body, fmt, i)
        else:
            rows = self._psv(body, opening[0], meta, i)
        header = meta.option("header") or (not meta.option("noheader") and
                                            _implicit_header(body, opening[0]))
        if header and rows:
            for cell in rows[0]:
                cell.label = True
        made = tables.line(caption, rows)
        if made is not None:
            self.out.block([(i, made[0], made[1])])
        elif caption:
            self.out.text_block(meta.title_line + 1, caption)

    def _separated(self, body: list[str], fmt: str, first: int) -> list[list[tables.Cell]]:
        rows = []
        delimiter = {"csv": ",", "dsv": ":", "tsv": "\t"}[fmt]
        for k, line in enumerate(body):
            if not line.strip():
                continue
            try:
                cells = next(csv.reader([line], delimiter=delimiter))
            except csv.Error:
                cells = line.split(delimiter)
            rows.append([tables.Cell(marks.balance(self.inline.convert(c.strip(), first + k),
                                                   [])[0]) for c in cells])
        return rows

    def _psv(self, body: list[str], sep: str, meta: Meta,
             first: int) -> list[list[tables.Cell]]:
        cells = _psv_cells(body, sep)
        columns = _columns(meta.named("cols") or "")
        if not columns:
            line_one = next((ln for ln in body if ln.strip()), "")
            columns = sum(c.cols for c in _psv_cells([line_one], sep)) or 1
        rows: list[list[tables.Cell]] = []
        row: list[tables.Cell] = []
        spans: list[tuple[int, int, int]] = []      # (first row, last row, columns)
        above = taken = 0                   # the row's columns: spanned from above, its own
        for raw in cells:
            for _ in range(raw.repeat):
                text = self.inline.convert(raw.text, first + raw.line)
                row.append(tables.Cell(marks.balance(text, [])[0], False, raw.cols, raw.rows))
                if raw.rows > 1:
                    spans.append((len(rows), len(rows) + raw.rows - 1, raw.cols))
                taken += raw.cols
                if taken + above >= columns:
                    rows.append(row)
                    row, taken = [], 0
                    spans = [span for span in spans if span[1] >= len(rows)]
                    above = sum(c for start, last, c in spans if start < len(rows) <= last)
        if row:
            rows.append(row)
        return rows

    # ---------------------------------------------------------------- notes
    def footnote(self, note_id: str, text: str, line: int) -> str:
        """A footnote's marker; its text a note at the end (once for a reused id)."""
        if note_id and note_id in self.note_ids and not text.strip():
            return f"[{self.note_ids[note_id]}]"
        number = len(self.notes) + 1
        if note_id:
            self.note_ids[note_id] = number
        self.notes.append((line + 1, f"[{number}] " + text.replace("\n", " ")))
        return f"[{number}]"


@dataclass
class _RawCell:
    text: str
    line: int
    cols: int = 1
    rows: int = 1
    repeat: int = 1
    style: str = ""


CELL_SPEC = re.compile(r"(?:(?P<n>\d+)(?P<op>[*+])|(?:(?P<c>\d*)\.(?P<r>\d+)\+))?"
                       r"(?P<align>[<^>]?(?:\.[<^>])?)(?P<style>[adehlmsv]?)$")
SPEC_AT_END = re.compile(r"(?:^|(?<=[ \t]))(?P<spec>(?:\d+[*+]|\d*\.\d+\+)[<^>]?(?:\.[<^>])?"
                         r"[adehlmsv]?|[<^>](?:\.[<^>])?[adehlmsv]?|[adehlmsv])$")


def _psv_cells(body: list[str], sep: str) -> list[_RawCell]:
    """The cells of a PSV table's lines: each starts at an unescaped separator, with the
    cell specifier (``2+``, ``.3+``, ``3*``, ``a``) that stands just before it; a line
    without a separator goes on with the cell above."""
    cells: list[_RawCell] = []
    current: list[str] | None = None
    for k, line in enumerate(body):
        pieces = _split_unescaped(line, sep)
        if len(pieces) == 1:
            if current is not None:
                current.append(line)
            elif line.strip():              # words before a table's first separator: kept
                cells.append(_RawCell(line.strip(), k))
            continue
        head, spec = _spec_before(pieces[0], at_line_start=True)
        if current is not None:
            if head.strip():
                current.append(head)
        elif head.strip():
            cells.append(_RawCell(head.strip(), k))
        for n, piece in enumerate(pieces[1:], 1):
            if current is not None and cells:
                cells[-1].text = _cell_text(current, cells[-1].style)
            raw = _RawCell("", k)
            _apply_spec(raw, spec)
            cells.append(raw)
            text, spec = _spec_before(piece, at_line_start=False) if n < len(pieces) - 1 \
                else (piece, "")
            current = [text]
    if current is not None and cells:
        cells[-1].text = _cell_text(current, cells[-1].style)
    return cells


def _split_unescaped(line: str, sep: str) -> list[str]:
    parts = re.split(r"(?<!\\)" + re.escape(sep), line)
    return [p.replace("\\" + sep, sep) for p in parts]


def _spec_before(text: str, at_line_start: bool) -> tuple[str, str]:
    """Text before a separator, and the cell specifier at its end that belongs to the next
    cell ("2+" in ``|a 2+|b``); a lone style letter counts only alone on its line's start,
    so that a cell's last word ("Data a") is never taken for one."""
    m = SPEC_AT_END.search(text)
    if m is None:
        return text, ""
    spec = m.group("spec")
    if re.fullmatch(r"[adehlmsv]", spec) and not (at_line_start and text.strip() == spec):
        return text, ""
    return text[:m.start()], spec


def _apply_spec(raw: _RawCell, spec: str) -> None:
    m = CELL_SPEC.match(spec) if spec else None
    if m is None:
        return
    if m.group("op") == "+":
        raw.cols = tables.span_value(m.group("n"))
    elif m.group("op") == "*":
        raw.repeat = min(int(m.group("n")), 100)
    if m.group("r"):
        raw.rows = tables.span_value(m.group("r"))
        raw.cols = tables.span_value(m.group("c")) if m.group("c") else 1
    raw.style = m.group("style")


def _cell_text(lines: list[str], style: str) -> str:
    """A cell's lines as its text: `` +`` at a line's end is a line break, a blank line a
    paragraph's end (a break too), other line ends a space (a literal cell keeps them)."""
    out = ""
    for line in lines:
        stripped = line.strip()
        if not stripped:
            out = out.rstrip(" ") + ("\n" if out.strip() and not out.endswith("\n") else "")
            continue
        if HARD_BREAK.search(stripped) or style in ("l", "v"):
            out += HARD_BREAK.sub("", stripped) + "\n"
        elif stripped == "+":
            out = out.rstrip(" ") + "\n"
        else:
            out += stripped + " "
    return out.strip()


def _columns(cols: str) -> int:
    """The number of columns a ``cols`` attribute gives: ``"2,2,4"`` 3, ``"3*"`` 3, ``4``."""
    cols = cols.strip().strip("\"'")
    if not cols:
        return 0
    if cols.isdigit():
        return min(int(cols), 1000)
    total = 0
    for part in re.split(r"[,;]", cols):
        m = re.match(r"\s*(\d+)\*", part)
        total += int(m.group(1)) if m else 1
    return min(total, 1000)


def _implicit_header(body: list[str], sep: str) -> bool:
    """A table's first line of cells over a blank line: its header row (as Asciidoctor
    reads it)."""
    nonblank = next((k for k, line in enumerate(body) if line.strip()), None)
    return nonblank is not None and len(body) > nonblank + 1 and \
        not body[nonblank + 1].strip() and body[nonblank].lstrip().startswith(sep) and \
        len(_split_unescaped(body[nonblank], sep)) > 2


# ------------------------------------------------------------------------ inline syntax
KEEP_OPEN, KEEP_CLOSE = "\ufde7", "\ufde8"     # a kept piece (noncharacters: never text)
KEPT = re.compile(KEEP_OPEN + r"(\d+)" + KEEP_CLOSE)
PASSTHROUGH = re.compile(r"\+\+\+(?P<a>.+?)\+\+\+|pass:[a-z,]*\[(?P<b>[^\]\n]*)\]|"
                         r"(?<![\w+])\+\+(?P<c>[^+\n]+?)\+\+(?![\w+])|"
                         r"(?<![\w+])\+(?P<d>[^\s+](?:[^+\n]*?[^\s+])?)\+(?![\w+])", re.S)
ESCAPE = re.compile(r"\\(?P<c>[*_`#^~+{\[<]|footnote|link|image|xref|kbd|btn|https?)")
ATTRIBUTE_REF = re.compile(r"\{(?P<n>[\w][\w-]*)\}")
BUILT_IN = {"nbsp": "\u00a0", "sp": " ", "empty": "", "zwsp": "\u200b", "amp": "&", "lt": "<",
            "gt": ">", "brvbar": "\u00a6", "vbar": "|", "plus": "+", "apos": "'",
            "quot": "\"", "startsb": "[", "endsb": "]", "caret": "^", "tilde": "~",
            "backslash": "\\", "backtick": "`", "two-colons": "::", "two-semicolons": ";;",
            "cpp": "C++", "deg": "\u00b0", "ldquo": "\u201c", "rdquo": "\u201d",
            "lsquo": "\u2018", "rsquo": "\u2019", "wj": "\u2060", "blank": ""}
FOOTNOTE = re.compile(r"footnote(?P<ref>ref)?:(?P<id>[\w-]*)\[(?P<t>(?:[^\[\]\\]|\\.|"
                      r"\[[^\[\]]*\]){0,3000})\]", re.S)
IMAGE = re.compile(r"(?<![\w:])image:(?!:)(?P<target>[^\s\[]+)\[(?P<a>[^\]\n]*)\]")
ICON = re.compile(r"(?<![\w:])icon:[\w-]+\[[^\]\n]*\]")
URL_MACRO = re.compile(r"(?<![\w\"'=/])(?:link:(?P<l>[^\s\[]+)|(?P<u>(?:https?|ftp|irc|file)://"
                       r"[^\s\[\]<>]+)|mailto:(?P<m>[^\s\[]+))\[(?P<t>[^\]\n]*)\]")
# a named attribute of a macro's list ("window=_blank", "role=x"), never its words
NAMED_ATTRIBUTE = re.compile(r"^\s*[^\W\d][\w-]*\s*=")
ANGLED_URL = re.compile(r"<(?P<u>(?:https?|ftp)://[^\s<>]+)>")
BARE_URL = re.compile(r"(?<![\w\"'=/<\[])(?:https?|ftp)://[^\s\[\]<>]+[^\s\[\]<>.,;:!?'\")]")
XREF = re.compile(r"<<(?P<id>[\w][\w:./#-]{0,300})(?:,[ \t]*(?P<t>[^<>\n]{1,300}?))?>>|"
                  r"(?<![\w:])xref:(?P<x>[^\s\[]+)\[(?P<xt>[^\]\n]*)\]")
ANCHOR = re.compile(r"\[\[\[?(?P<id>[\w:.-]{1,200})(?:,[ \t]*(?P<t>[^\]\n]*))?\]\]\]?|"
                    r"(?<![\w:])anchor:[\w:.-]+\[(?P<at>[^\]\n]*)\]")
INDEX = re.compile(r"\(\(\((?P<hidden>[^()\n]{0,300})\)\)\)|\(\((?P<t>[^()\n]{1,300})\)\)|"
                   r"(?<![\w:])indexterm:\[[^\]\n]*\]|(?<![\w:])indexterm2:\[(?P<t2>[^\]\n]*)\]")
TEXT_MACRO = re.compile(r"(?<![\w:])(?:kbd|btn|stem|latexmath|asciimath):\[(?P<t>[^\]\n]*)\]|"
                        r"(?<![\w:])menu:(?P<m>[^\s\[]+)\[(?P<mt>[^\]\n]*)\]")
CURVED = re.compile(r"\"`(?P<d>[^`\n]{1,300}?)`\"|'`(?P<s>[^`\n]{1,300}?)`'")
ROLE = r"(?:\[(?P<role>[^\[\]\n]{1,60})\])?"
QUOTES = [   # (pattern, rend) in Asciidoctor's order: unconstrained pairs first
    (re.compile(ROLE + r"\*\*(?P<t>[^*]{1,1000}?)\*\*", re.S), "bold"),
    (re.compile(r"(?<![\w*\\;:}])" + ROLE + r"\*(?P<t>[^\s*](?:[^*]{0,1000}?[^\s*])?)\*(?![\w*])",
                re.S), "bold"),
    (re.compile(ROLE + r"``(?P<t>[^`]{1,1000}?)``", re.S), ""),
    (re.compile(r"(?<![\w`\\;:}])" + ROLE + r"`(?P<t>[^\s`](?:[^`]{0,1000}?[^\s`])?)`(?![\w`])",
                re.S), ""),
    (re.compile(ROLE + r"__(?P<t>[^_]{1,1000}?)__", re.S), "italic"),
    (re.compile(r"(?<![\w_\\;:}])" + ROLE + r"_(?P<t>[^\s_](?:[^_]{0,1000}?[^\s_])?)_(?![\w_])",
                re.S), "italic"),
    (re.compile(ROLE + r"##(?P<t>[^#]{1,1000}?)##", re.S), "mark"),
    (re.compile(r"(?<![\w#\\;:}&])" + ROLE + r"#(?P<t>[^\s#](?:[^#]{0,1000}?[^\s#])?)#(?![\w#])",
                re.S), "mark"),
    (re.compile(r"(?<!\\)\^(?P<t>[^\s^]{1,100}?)\^"), "sup"),
    (re.compile(r"(?<![\\~])~(?P<t>[^\s~]{1,100}?)~(?!~)"), "sub"),
]
ROLE_RENDS = {"underline": "underline", "line-through": "strikethrough",
              "strikethrough": "strikethrough", "small-caps": "smallcaps"}


class _Inline:
    """AsciiDoc's inline syntax as marks, in the order Asciidoctor substitutes it."""

    def __init__(self, reader: _Reader) -> None:
        self.reader = reader
        self.kept: list[str] = []

    def keep(self, text: str) -> str:
        """*text* set aside from the substitutions that follow, put back at the end."""
        self.kept.append(text)
        return f"{KEEP_OPEN}{len(self.kept) - 1}{KEEP_CLOSE}"

    def restore(self, text: str) -> str:
        while KEEP_OPEN in text:
            new = KEPT.sub(lambda m: self.kept[int(m.group(1))], text)
            if new == text:
                break
            text = new
        return text

    def words(self, text: str) -> str:
        return marks.plain(self.convert(text, 0))

    def convert(self, text: str, line: int) -> str:
        if not text:
            return text
        text = PASSTHROUGH.sub(lambda m: self.keep(next(g for g in m.groups() if g is not None)),
                               text)
        text = ESCAPE.sub(lambda m: self.keep(m.group("c")), text)
        if "{" in text:
            text = ATTRIBUTE_REF.sub(self._attribute, text)
        if "footnote" in text:
            text = FOOTNOTE.sub(lambda m: self._footnote(m, line), text)
        if "image:" in text:
            text = IMAGE.sub(lambda m: self._image(m, line), text)
        if "icon:" in text:
            text = ICON.sub(lambda m: self._left_out(m, line, "an icon (not text)"), text)
        text = URL_MACRO.sub(self._link, text)
        text = ANGLED_URL.sub(lambda m: self.keep(m.group("u")), text)
        text = BARE_URL.sub(lambda m: self.keep(m.group(0)), text)
        if "<<" in text or "xref:" in text:
            text = XREF.sub(self._xref, text)
        if "[[" in text or "anchor:" in text:
            text = ANCHOR.sub(lambda m: m.group("t") or m.group("at") or self._left_out(
                m, line, "an anchor (an id for links, not text)"), text)
        if "((" in text or "indexterm" in text:
            text = INDEX.sub(lambda m: m.group("t") or m.group("t2") or self._left_out(
                m, line, "an index term (shown only in the index)"), text)
        text = TEXT_MACRO.sub(self._text_macro, text)
        if "`" in text:
            text = CURVED.sub(lambda m: f"\u201c{m.group('d')}\u201d" if m.group("d") is not None
                              else f"\u2018{m.group('s')}\u2019", text)
        for pattern, rend in QUOTES:
            if _may_match(text, rend):
                text = pattern.sub(partial(self._quote, rend=rend), text)
        return self.restore(text)

    def _attribute(self, m: re.Match[str]) -> str:
        name = m.group("n").casefold()
        if name in self.reader.attributes:
            return self.reader.attributes[name]
        if name in BUILT_IN:
            return self.keep(BUILT_IN[name])
        return m.group(0)                      # Asciidoctor keeps an unknown one as typed

    def attribute_value(self, m: re.Match[str]) -> str:
        """An attribute reference inside another attribute's value."""
        name = m.group("n").casefold()
        value = self.reader.attributes.get(name, BUILT_IN.get(name))
        return value if value is not None and len(value) < MAX_ATTRIBUTE else m.group(0)

    def _footnote(self, m: re.Match[str], line: int) -> str:
        note_id, text = m.group("id"), m.group("t")
        if m.group("ref"):                    # footnoteref:[id,text]
            note_id, _, text = text.partition(",")
        inner = _Inline(self.reader)
        words = inner.convert(text.replace("\\]", "]"), line)
        return self.keep(self.reader.footnote(note_id.strip(), words, line))

    def _left_out(self, m: re.Match[str], line: int, reason: str) -> str:
        self.reader.leave_out(line, line, m.group(0), reason)
        return ""

    def _image(self, m: re.Match[str], line: int) -> str:
        self.reader.leave_out(line, line, f"image {m.group('target')}", "an image (not text)",
                              "image")
        return ""

    def _link(self, m: re.Match[str]) -> str:
        target = m.group("l") or m.group("u") or ("mailto:" + m.group("m") if m.group("m")
                                                  else "")
        text = m.group("t")
        if "=" in text:                       # [text,window=_blank], [role=x]
            text = ",".join(p for p in _split_attributes(text) if not NAMED_ATTRIBUTE.match(p))
        text = text.strip().rstrip("^").strip().strip("\"")
        shown = text or (m.group("m") or target)
        return self.keep(marks.REF_OPEN + marks.ANY.sub("", target) + marks.REF_TEXT) + \
            shown + marks.REF_CLOSE

    def _xref(self, m: re.Match[str]) -> str:
        """A cross reference inside the document or the site: its words (the target is an
        id of the page, not of the master)."""
        text = m.group("t") or m.group("xt")
        if text:
            return text.strip()
        target = m.group("id") or m.group("x") or ""
        return target.split("#")[-1].replace(".adoc", "")

    def _text_macro(self, m: re.Match[str]) -> str:
        if m.group("m") is not None:
            return " > ".join(p.strip() for p in [m.group("m"), *m.group("mt").split(">")]
                              if p.strip())
        return m.group("t")

    def _quote(self, m: re.Match[str], rend: str) -> str:
        inner = m.group("t")
        role = (m.groupdict().get("role") or "").lstrip(".").casefold()
        if role in ROLE_RENDS:
            rend = ROLE_RENDS[role]
        elif rend == "mark":
            rend = "" if role else "bold"     # a role's span sets a style: its words
        return marks.hi(rend, inner) if rend else inner


def _may_match(text: str, rend: str) -> bool:
    return {"bold": "*", "italic": "_", "": "`", "mark": "#", "sup": "^", "sub": "~"}.get(
        rend, "") in text or rend in ("underline", "strikethrough")
