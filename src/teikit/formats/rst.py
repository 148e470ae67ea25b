"""reStructuredText (Sphinx projects, docutils documents), read with docutils into its
doctree: sections are headings, paragraphs, line blocks, quotations, lists, tables and
literal blocks are blocks; emphasis, strong and title references are marks, references
are links; footnotes and citations are ``[n]`` markers and a note list at the end, as
Markdown's are. Directives, comments, targets and substitution definitions that hold no
text are left out and reported; a directive docutils does not know (Sphinx's
``versionadded``, ``seealso``…) keeps its words.

docutils is run safely: no file or URL is read (``include``, ``csv-table :file:`` refused),
no ``raw`` directive, no configuration file, nothing printed, and a malformed source is
never refused: what docutils cannot parse it hands back as the source's own lines, which
are kept (and, should docutils fail outright, the file is read as plain text)."""
from __future__ import annotations

import io
import re
from collections.abc import Iterator
from typing import Any

from ..diagnostics import Collector
from ..sourcetext import SourceText, marked_up_text
from . import marks, suffix, tables
from .lines import Lines

NAME = "rst"
NAMES = (".rst", ".rest")
MAX_DEPTH = 20                     # directives' bodies parsed inside each other

# evidence in a file that is not named .rst: lines only reStructuredText writes ...
STRONG = {
    "directive": re.compile(rb"(?m)^\.\. [A-Za-z][\w:+.-]{0,40}::(?:[ \t]|$)"),
    "footnote": re.compile(rb"(?m)^\.\. \[(?:\d{1,4}|#[\w-]{0,40}|\*)\][ \t]"),
    "target": re.compile(rb"(?m)^\.\. _[^:\n]{1,80}:(?:[ \t]|$)"),
    "substitution": re.compile(rb"(?m)^\.\. \|[^|\n]{1,80}\|[ \t]+\w[\w-]*::"),
}
# ... and constructs that, with one of those or with an adorned title, make it sure
WEAK = {
    "role": re.compile(rb":[a-z][\w.+-]{0,30}:`[^`\n]+`"),
    "link": re.compile(rb"`[^`\n]{1,200} <[^<>`\s]{1,500}>`_"),
    "footnote-ref": re.compile(rb"\[(?:\d{1,4}|#[\w-]{0,40}|\*)\]_(?!\w)"),
    "literal": re.compile(rb"``[^`\n]{1,200}``"),
}
ADORNED_TITLE = re.compile(rb"(?m)^([^\s\n][^\n]{0,120})\n(=+|-+|~+|\^+|\*+|#+|\"+)[ \t]*$")


def sniff(name: str, data: bytes) -> float:
    if suffix(name) in NAMES:
        return 0.95
    head = data[:50000]
    strong = {kind for kind, pattern in STRONG.items() if pattern.search(head)}
    weak = {kind for kind, pattern in WEAK.items() if pattern.search(head)}
    adorned = any(len(m.group(2)) >= max(3, len(m.group(1).rstrip()))
                  for m in ADORNED_TITLE.finditer(head))
    # a plain letter with a "====" under its heading is no reStructuredText: another
    # construct of it must be there too
    if (strong and (len(strong) + len(weak) >= 2 or adorned)) or (adorned and len(weak) >= 2):
        return 0.6
    return 0.0


SETTINGS = {
    "file_insertion_enabled": False,   # include, csv-table :file: / :url: read nothing
    "raw_enabled": False,              # no raw HTML or LaTeX passed through
    "_disable_config": True,           # no docutils.conf from the working folder
    "report_level": 5,                 # nothing printed ...
    "halt_level": 5,                   # ... and no source refused (5 is above SEVERE)
    "line_length_limit": 10 ** 8,      # a long line is text, not an error
    "smart_quotes": False,             # quotes as typed
    "doctitle_xform": True,            # a lone top title is the document's, its fields
    "docinfo_xform": True,             # (:Author:, :Date:) the document's information
    "sectsubtitle_xform": False,
    "syntax_highlight": "none",
    "embed_stylesheet": False,
    "input_encoding": "unicode",
}


def doctree(text: str) -> Any:
    """The docutils document of *text*, read with the safe settings."""
    from docutils.core import publish_doctree
    return publish_doctree(text, settings_overrides={**SETTINGS,
                                                     "warning_stream": io.StringIO()})


def read(name: str, data: bytes, encoding: str | None, diags: Collector) -> SourceText:
    text, used = marked_up_text(name, data, encoding, diags)
    try:
        document = doctree(text)
    except Exception as exc:         # docutils' own failure (a deep nesting, a bug): no
        from . import plain  # word may be lost for it, so the text is read plain
        diags.warn(f"docutils could not read the reStructuredText ({type(exc).__name__}); "
                   "read as plain text", "rst-unreadable", 1, 1)
        return plain.read(name, data, encoding, diags)
    out = Lines()
    walker = _Walker(out, text)
    walker.walk(document)
    walker.end()
    return out.source(name, used, diags)


# directives docutils does not know (Sphinx's, extensions'): those whose body is not the
# document's text, those whose body is code, and (any other) those whose words are kept
NO_TEXT_DIRECTIVES = {"toctree", "index", "highlight", "literalinclude", "tabularcolumns",
                      "currentmodule", "module", "moduleauthor", "default-domain",
                      "include", "raw", "jinja", "graphviz", "digraph", "graph", "plot",
                      "bibliography", "glossary-index", "automodule", "autosummary"}
CODE_DIRECTIVES = {"code-block", "sourcecode", "code", "ipython", "jupyter-execute",
                   "doctest", "testcode", "testoutput", "testsetup", "productionlist",
                   "math", "mermaid", "prompt", "code-cell"}
DIRECTIVE_TEXT = re.compile(r"\A\.\. +(?P<name>[\w:+.-]+)::[ \t]*(?P<args>[^\n]*)(?:\n|\Z)")
OPTION = re.compile(r"^[ \t]+:[\w-]+:(?:[ \t].*)?$")
ROLE_TEXT = re.compile(r"^(?::[\w.+-]+:)?`(?P<text>.*)`(?::[\w.+-]+:)?$", re.S)
LINK_TEXT = re.compile(r"^(?P<text>.*?)\s*<(?P<target>[^<>]*)>$", re.S)
ADORNMENT_LINE = re.compile(r"^\s*[-=+|~^*#\"`:.'_]+\s*$")
CELL_BORDER = re.compile(r"(?:^|(?<=\s))[|+](?=\s|$)")     # a grid table's bars
MARKUP_ONLY = re.compile(r"^[*`|_\[\]]*$")
LINE_RANGE = re.compile(r"\A\d+\Z")


class _Walker:
    def __init__(self, out: Lines, text: str, offset: int = 0, depth: int = 0,
                 used: set[int] | None = None,
                 pending: list[tuple[int, str]] | None = None) -> None:
        self.out, self.text, self.offset, self.depth = out, text, offset, depth
        self.numbers: dict[str, int] = {}       # a footnote's id (in this doctree) -> number
        self.used: set[int] = used if used is not None else set()   # numbers given out
        self.notes: list[tuple[int, str]] = pending if pending is not None else []
        self.title_level = 0           # 1 when the document has a title: sections under it
        self.line = 1 + offset

    # ---------------------------------------------------------------- blocks
    def walk(self, document: Any) -> None:
        from docutils import nodes
        self._number_notes(document)
        if any(isinstance(child, nodes.title) for child in document.children):
            self.title_level = 1
        for child in document.children:
            self.block(child, "", 0)

    def end(self) -> None:
        for line, note in self.notes:
            self.out.text_block(line, note, "note")

    def _number_notes(self, document: Any) -> None:
        """Each footnote and citation's number: its label where every label is a number of
        its own (the source's "[1]"), else their order."""
        from docutils import nodes
        found = list(document.findall(lambda n: isinstance(n, (nodes.footnote,
                                                                nodes.citation))))
        labels = [_label(n) for n in found]
        numeric = all(LINE_RANGE.match(label) for label in labels) and \
            len(set(labels)) == len(labels) and not {int(x) for x in labels} & self.used
        for k, note in enumerate(found):
            number = int(labels[k]) if numeric else max(self.used, default=0) + 1
            self.used.add(number)
            for note_id in note["ids"]:
                self.numbers.setdefault(note_id, number)

    def _line(self, node: Any) -> int:
        line = getattr(node, "line", None)
        if isinstance(line, int) and line > 0:
            self.line = line + self.offset
        return self.line

    def block(self, node: Any, kind: str, level: int) -> None:
        from docutils import nodes
        line = self._line(node)
        if isinstance(node, nodes.section):
            for child in node.children:
                self.block(child, kind, level + 1)
        elif isinstance(node, (nodes.title, nodes.subtitle)):
            self._title(node, kind, level)
        elif isinstance(node, (nodes.paragraph, nodes.rubric, nodes.caption, nodes.term,
                               nodes.attribution, nodes.field_name, nodes.option_group)):
            text = self.inline(node)
            if isinstance(node, nodes.attribution):
                text = "\u2014 " + text
            elif isinstance(node, nodes.rubric):
                kind = "h6"
            self.out.text_block(line, text, kind)
        elif isinstance(node, (nodes.literal_block, nodes.doctest_block, nodes.math_block)):
            self.out.text_block(line, self.inline(node).rstrip("\n"), "pre")
        elif isinstance(node, nodes.line_block):
            self._line_block(node, kind)
        elif isinstance(node, (nodes.bullet_list, nodes.enumerated_list)):
            self._list(node, level)
        elif isinstance(node, nodes.block_quote):
            for child in node.children:
                self.block(child, kind or "quote", level)
        elif isinstance(node, nodes.table):
            self._table(node, line)
        elif isinstance(node, (nodes.footnote, nodes.citation)):
            self._note(node, line)
        elif isinstance(node, nodes.docinfo):
            self._docinfo(node)
        elif isinstance(node, nodes.system_message):
            self._problem(node, line, kind, level)
        elif isinstance(node, (nodes.image, nodes.target, nodes.comment,
                               nodes.substitution_definition, nodes.transition, nodes.pending,
                               nodes.meta if hasattr(nodes, "meta") else nodes.pending,
                               nodes.raw)):
            self._left_out(node, line)
        elif isinstance(node, nodes.topic) and "contents" in node["classes"]:
            self.out.leave_out(line, line, node.astext(), "a table of contents docutils "
                               "made from the headings (not text of the source)",
                               "format-markup")
        elif isinstance(node, nodes.label):
            pass                                       # a footnote's label: its number
        elif isinstance(node, nodes.Text):
            self.out.text_block(line, str(node), kind)
        elif isinstance(node, nodes.TextElement):     # any other element of text
            self.out.text_block(line, self.inline(node), kind)
        elif isinstance(node, nodes.Element):        # notes, admonitions, figures, fields…
            for child in node.children:
                self.block(child, kind, level)

    def _title(self, node: Any, kind: str, level: int) -> None:
        from docutils import nodes
        parent = node.parent
        if isinstance(parent, nodes.section):
            depth = min(6, level + self.title_level)
            self.out.text_block(self._line(node), self.inline(node), f"h{max(depth, 1)}")
        elif isinstance(parent, nodes.document):
            self.out.text_block(self._line(node), self.inline(node),
                                "h1" if isinstance(node, nodes.title) else "h2")
        else:                # a topic's, a sidebar's, an admonition's or a table's title
            self.out.text_block(self._line(node), self.inline(node), "h6")

    def _line_block(self, node: Any, kind: str) -> None:
        from docutils import nodes
        rows: list[tuple[int, str, str]] = []
        for line in node.findall(nodes.line):
            text = self.inline(line)
            if text.strip():
                rows.append((self._line(line), text.replace("\n", " "), kind))
        self.out.block(rows)
        # the transcriber's own line ends, never wrapping to be joined
        self.out.hints.broken_lines.update(n for n, _, _ in rows[:-1])

    def _list(self, node: Any, level: int) -> None:
        from docutils import nodes
        start = node.get("start", 1) if isinstance(node, nodes.enumerated_list) else None
        for k, item in enumerate(c for c in node.children if isinstance(c, nodes.list_item)):
            first = True
            for child in item.children:
                if first and start is not None and isinstance(child, nodes.paragraph):
                    text = self.inline(child)
                    self.out.text_block(self._line(child), f"{_enumerator(node, start + k)} "
                                        f"{text}", "item")
                else:
                    self.block(child, "item", level)
                first = False

    def _table(self, node: Any, line: int) -> None:
        from docutils import nodes
        caption = " ".join(self.inline(t) for t in node.children if isinstance(t, nodes.title))
        rows: list[list[tables.Cell]] = []
        for row in node.findall(nodes.row):
            label = isinstance(row.parent, nodes.thead)
            cells = []
            for entry in row.children:
                if not isinstance(entry, nodes.entry):
                    continue
                text = "\n".join(self._cell_text(child) for child in entry.children)
                cells.append(tables.Cell(marks.balance(text, [])[0], label,
                                         entry.get("morecols", 0) + 1,
                                         entry.get("morerows", 0) + 1))
            rows.append(cells)
        made = tables.line(caption, rows)
        if made is not None:
            self.out.block([(line, made[0], made[1])])

    def _cell_text(self, node: Any) -> str:
        from docutils import nodes
        if isinstance(node, nodes.TextElement):
            return self.inline(node)
        if isinstance(node, (nodes.bullet_list, nodes.enumerated_list)):
            return "\n".join(self._cell_text(item) for item in node.children)
        if isinstance(node, nodes.Element):
            return "\n".join(self._cell_text(child) for child in node.children)
        return str(node)

    def _note(self, node: Any, line: int) -> None:
        from docutils import nodes
        number = self._note_number(node["ids"])
        parts = [self.inline(child).replace("\n", " ") if isinstance(child, nodes.TextElement)
                 else " ".join(child.astext().split())
                 for child in node.children if not isinstance(child, nodes.label)]
        self.notes.append((line, f"[{number}] " + " ".join(p for p in parts if p.strip())))

    def _note_number(self, ids: list[str]) -> int:
        for note_id in ids:
            if note_id in self.numbers:
                return self.numbers[note_id]
        number = max(self.used, default=0) + 1
        self.used.add(number)
        for note_id in ids:
            self.numbers[note_id] = number
        return number

    def _docinfo(self, node: Any) -> None:
        """The document's fields under its title (:Author:, :Date:): the date a header
        hint, each field in the source citation; left out of the text and reported."""
        from docutils import nodes
        for child in node.children:
            line = self._line(child)
            if isinstance(child, nodes.field):
                key = child.children[0].astext()
                value = " ".join(child.children[1].astext().split())
            else:
                key, value = child.tagname, " ".join(child.astext().split())
            if not value:
                continue
            if key.casefold() == "date" and self.out.hints.date is None:
                self.out.hints.date = value
            self.out.hints.fields.append((key, value))
            self.out.leave_out(line, line, f":{key}: {value}", "the document's fields: they "
                               "are in the header", "front-matter")

    def _left_out(self, node: Any, line: int) -> None:
        from docutils import nodes
        what = node.tagname
        if isinstance(node, nodes.image):
            self.out.leave_out(line, line, f"image {node.get('uri', '')}", "an image (not text)",
                               "image")
            return
        text = node.astext() if not isinstance(node, nodes.target) else \
            node.get("refuri", "") or " ".join(node.get("names", []))
        if isinstance(node, nodes.target) and not text:
            return                                     # an inline target's empty shadow
        reasons = {"comment": "a comment (never shown)",
                   "substitution_definition": "a substitution's definition (its words stand "
                                              "where it is used)",
                   "target": "a link target (its address is on the links)",
                   "transition": "a rule line (format markup)"}
        self.out.leave_out(line, line + text.count("\n"), f"{what}: {text}",
                           reasons.get(what, "format markup"), "format-markup")

    def _problem(self, node: Any, line: int, kind: str, level: int) -> None:
        """What docutils could not read it hands back as the source's lines: a directive it
        does not know or refuses, a malformed table, a title out of place. Their words are
        kept; a warning whose block docutils did read (a title's short underline) is not."""
        from docutils import nodes
        first = node["line"] + self.offset if isinstance(node.get("line"), int) else line
        for literal in node.findall(nodes.literal_block):
            source = literal.astext()
            m = DIRECTIVE_TEXT.match(source)
            if m is not None and node.get("level", 0) >= 2:
                self._directive(m, source, first, kind, level)
            elif node.get("level", 0) >= 3:
                lines = [CELL_BORDER.sub(" ", ln) if not ADORNMENT_LINE.match(ln) else ""
                         for ln in source.split("\n")]
                self.out.leave_out(first, first, node.children[0].astext(), "a block "
                                   "docutils could not read as reStructuredText (its lines "
                                   "are kept)", "format-markup")
                self.out.text_block(first, "\n".join(lines), kind)

    def _directive(self, m: re.Match[str], source: str, line: int, kind: str,
                   level: int) -> None:
        """A directive docutils does not know (Sphinx's) or refuses (include, raw): its
        argument and its body are text, unless it is one whose body is not the document's
        words (toctree, index, literalinclude) or code (code-block: kept as typed)."""
        name = m.group("name").casefold().split(":")[-1]
        body = source[m.end():].split("\n")
        options = 0
        while options < len(body) and OPTION.match(body[options]):
            options += 1
        if name in NO_TEXT_DIRECTIVES or name.startswith("auto"):
            self.out.leave_out(line, line + source.count("\n"), " ".join(source.split()),
                               f"a {name} directive (not text of the document)",
                               "format-markup")
            return
        self.out.leave_out(line, line + options, " ".join(
            [source[:m.end()].strip(), *[b.strip() for b in body[:options]]]),
            "a directive's name and options (format markup)", "format-markup")
        if m.group("args").strip() and name in ("image", "figure"):
            self.out.leave_out(line, line, f"image {m.group('args').strip()}",
                               "an image (not text)", "image")
        elif m.group("args").strip():      # a title, or the body's first words (seealso)
            title = name in ("admonition", "topic", "sidebar", "rubric", "dropdown", "card",
                             "tab")
            self._nested(m.group("args").strip(), line, "h6" if title else kind, level)
        rest = _dedent(body[options:])
        if not rest.strip():
            return
        first = line + 1 + options
        if name in CODE_DIRECTIVES:
            skip = len(rest) - len(rest.lstrip("\n"))
            self.out.text_block(first + skip, rest.strip("\n"), "pre")
        else:
            self._nested(rest, first, kind, level)

    def _nested(self, text: str, first: int, kind: str, level: int) -> None:
        """reStructuredText inside a directive docutils does not know: read as such (its
        footnotes numbered with the document's), its lines from *first*."""
        if self.depth >= MAX_DEPTH:
            self.out.text_block(first, text, kind)
            return
        try:
            document = doctree(text)
        except Exception:
            self.out.text_block(first, text, kind)
            return
        inner = _Walker(self.out, text, first - 1, self.depth + 1, self.used, self.notes)
        inner._number_notes(document)
        for child in document.children:
            if kind.startswith("h") and isinstance(child, self._nodes().paragraph):
                self.out.text_block(first, inner.inline(child).replace("\n", " "), kind)
            else:
                inner.block(child, kind, level)

    @staticmethod
    def _nodes() -> Any:
        from docutils import nodes
        return nodes

    # ---------------------------------------------------------------- inline
    def inline(self, node: Any) -> str:
        return "".join(self._inline(node))

    def _inline(self, node: Any) -> Iterator[str]:
        from docutils import nodes
        for child in node.children:
            if isinstance(child, nodes.Text):
                yield str(child)
            elif isinstance(child, (nodes.emphasis, nodes.title_reference)):
                yield marks.hi("italic", self.inline(child))
            elif isinstance(child, nodes.strong):
                yield marks.hi("bold", self.inline(child))
            elif isinstance(child, nodes.superscript):
                yield marks.hi("sup", self.inline(child))
            elif isinstance(child, nodes.subscript):
                yield marks.hi("sub", self.inline(child))
            elif isinstance(child, nodes.reference):
                yield self._reference(child)
            elif isinstance(child, (nodes.footnote_reference, nodes.citation_reference)):
                ref = child.get("refid")
                number = self.numbers.get(ref) if ref else None
                yield f"[{number}]" if number is not None else f"[{child.astext()}]"
            elif isinstance(child, nodes.problematic):
                yield self._problematic(child)
            elif isinstance(child, (nodes.image, nodes.system_message)):
                if isinstance(child, nodes.image):
                    self._left_out(child, self.line)
            elif isinstance(child, nodes.target) and not child.children:
                continue
            elif isinstance(child, nodes.generated) and "sectnum" in child["classes"]:
                continue                        # the numbers sectnum puts before titles
            elif isinstance(child, nodes.Element):   # literal, inline, abbreviation, math…
                yield self.inline(child)

    def _reference(self, node: Any) -> str:
        text = self.inline(node)
        uri = node.get("refuri", "")
        if uri and re.match(r"(?i)(?:https?|mailto|ftp):", uri):
            return marks.ref(uri, text)
        return text                     # a link inside the document: its words

    def _problematic(self, node: Any) -> str:
        """What docutils could not resolve, as typed: a role it does not know
        (Sphinx's :ref:`the words <target>`, :doc:`usage`) is its words; a mark that
        closes nothing is format markup."""
        raw = node.astext()
        if MARKUP_ONLY.match(raw):
            return ""
        raw = re.sub(r"`__?$", "`", raw)              # `a reference`_ that points nowhere
        m = ROLE_TEXT.match(raw)
        if m is None:
            return raw.strip("|_")
        text = m.group("text")
        link = LINK_TEXT.match(text)
        if link is not None and link.group("text"):
            return link.group("text")
        return text.lstrip("~!").rstrip("_")


def _label(node: Any) -> str:
    from docutils import nodes
    for child in node.children:
        if isinstance(child, nodes.label):
            return str(child.astext())
    return ""


def _dedent(lines: list[str]) -> str:
    indents = [len(ln) - len(ln.lstrip()) for ln in lines if ln.strip()]
    cut = min(indents, default=0)
    return "\n".join(ln[cut:] for ln in lines)


def _roman(n: int) -> str:
    out = ""
    for value, digits in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"),
                          (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"),
                          (4, "iv"), (1, "i")):
        while n >= value:
            out, n = out + digits, n - value
    return out


def _enumerator(node: Any, n: int) -> str:
    """The item's label as printed: docutils' enumtype (arabic, loweralpha, upperalpha,
    lowerroman, upperroman) with its prefix and suffix ("a.", "(iv)", "B)", "3.")."""
    kind = node.get("enumtype", "arabic")
    if kind in ("loweralpha", "upperalpha") and 1 <= n <= 26:
        label = chr(ord("a") + n - 1)
    elif kind in ("lowerroman", "upperroman") and n >= 1:
        label = _roman(n)
    else:
        label = str(n)
    if kind.startswith("upper"):
        label = label.upper()
    return f"{node.get('prefix', '')}{label}{node.get('suffix', '.')}"
