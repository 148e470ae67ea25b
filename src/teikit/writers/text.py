"""Plain-text writer: a master as wrapped text for reading and for researchers' tools.

A header block (title, date, source, summary, speakers, rights, view), then the text:
speaker turns as ``Label: speech`` with the speech indented, stage directions set apart,
signs as in the view (from :mod:`teikit.signs`), note markers ``[1]`` in the text and the
notes at the end of each document, ``[Page N]`` in the diplomatic view. Lines are wrapped
at 72 columns (``width``); a word longer than a line (a URL) stands on a line of its own.

One rule per TEI element (:data:`RULES`); any other element keeps its text, as a paragraph
of its own when it stands between paragraphs, as running text inside one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..signs import VIEW_HELP, View, page_sign, tk
from ..tei import TEI_NS, local
from .meta import Meta, citation_text, read_meta
from .prepare import prepare, texts_of

T = f"{{{TEI_NS}}}"
LINE_BREAK = "\x00"              # an <lb/> inside a paragraph (no XML text can contain it)
DEFAULT_WIDTH = 72
MIN_WIDTH = 20
SPEECH_INDENT = 4
BLOCK_CHILDREN = {"p", "div", "list", "table", "lg", "l", "sp", "ab", "head", "quote",
                  "castList", "u", "opener", "closer", "postscript", "floatingText", "titlePage",
                  "listBibl",
                  "castItem", "label", "item", "seg"}
BLOCK_TAGS = {T + n for n in BLOCK_CHILDREN}
CHOICE_FIRST = {T + n for n in ("sic", "orig", "abbr")}
SPEAKER = T + "speaker"
TK_BEFORE, TK_AFTER, TK_HIDE, TK_SEQ, TK_LABEL, TK_NOTES, TK_OWNER = (
    tk(n) for n in ("before", "after", "hide", "seq", "label", "notes", "owner"))
NO_BREAK = "\u00a0\u202f\u2007\u2060"      # kept as they are when spaces are collapsed
NO_BREAK_RE = re.compile(f"[{NO_BREAK}]")
BREAKING_SPACE = re.compile(f"[^\\S{NO_BREAK}]+")   # white space that may be collapsed


@dataclass
class Block:
    """A paragraph to wrap: its first line starts with ``prefix``, the others with
    ``indent`` spaces."""

    prefix: str
    indent: int
    parts: list[str] = field(default_factory=list)
    kind: str = "p"               # p | head | rule
    tight: bool = False           # no blank line before it


class TextWriter:
    def __init__(self, view: View = View.DIPLOMATIC, width: int = DEFAULT_WIDTH):
        self.view = view
        self.width = max(MIN_WIDTH, int(width))
        self.blocks: list[Block] = []
        self.cur: Block | None = None
        self.indent = 0
        self.label: str | None = None       # a speaker label waiting for its speech
        self.tight = False
        self.in_speech = False
        self.notes: list = []               # the numbered notes (teikit.writers.prepare)
        self.notes_by_owner: dict = {}

    # -------------------------------------------------------------- building blocks

    def open(self, kind: str = "p") -> Block:
        self.close()
        prefix = " " * self.indent
        if self.label is not None:
            prefix, self.label = self.label, None
        self.cur = Block(prefix, self.indent, kind=kind, tight=self.tight)
        self.blocks.append(self.cur)
        return self.cur

    def close(self) -> None:
        self.cur = None

    def text(self, s: str | None) -> None:
        if not s:
            return
        cur = self.cur
        if cur is None:
            if not s.strip():
                return
            cur = self.open()
        cur.parts.append(s)

    def content(self, el) -> None:
        self.text(el.text)
        rules = BY_TAG
        for child in el:
            tag = child.tag
            if tag.__class__ is str:
                rules.get(tag, default)(self, child)
            if child.tail:
                self.text(child.tail)

    def container(self, el, tight: bool = False) -> None:
        self.close()
        was, start = self.tight, len(self.blocks)
        self.tight = tight
        self.content(el)
        self.close()
        self.tight = was
        if tight and len(self.blocks) > start:     # tight inside, apart from what precedes
            self.blocks[start].tight = was
        if el.get(TK_NOTES):
            self.endnotes(el)

    def paragraph(self, el, kind: str = "p") -> None:
        self.open(kind)
        self.content(el)
        self.close()

    def phrase(self, el) -> None:
        """Running text inside an open paragraph, else a paragraph of its own."""
        if self.cur is not None:
            self.content(el)
        else:
            self.paragraph(el)

    # ------------------------------------------------------------------- notes

    def endnotes(self, owner) -> None:
        notes = self.notes_by_owner.get(owner.get(TK_NOTES), [])
        if not notes:
            return
        saved = (self.indent, self.tight)
        self.indent, self.tight = saved[0], False
        self.blocks.append(Block(" " * self.indent, self.indent, ["Notes"], kind="head"))
        for note in notes:
            self.label = " " * saved[0] + f"[{note.get(TK_LABEL)}] "
            self.indent = saved[0] + SPEECH_INDENT
            self.container(note)
            if self.label is not None:          # an empty note: its label alone
                self.open()
                self.close()
        self.indent, self.tight = saved

    # ------------------------------------------------------------------- output

    def render(self) -> list[str]:
        lines: list[str] = []
        for block in self.blocks:
            if block.kind == "rule":
                lines.extend(["", block.parts[0]])
                continue
            pieces = [_single_spaced(p) for p in "".join(block.parts).split(LINE_BREAK)]
            if not any(pieces) and not block.prefix.strip():
                continue
            if lines and not block.tight:
                lines.append("")
            first = len(lines)
            prefix = block.prefix
            for piece in pieces:
                lines.extend(wrap(piece, self.width, prefix, block.indent))
                prefix = " " * block.indent
            if block.kind == "head":
                longest = max(len(line.strip()) for line in lines[first:])
                lines.append(" " * block.indent + "-" * min(longest, self.width - block.indent))
        return lines


# ------------------------------------------------------------------------ the rules

def skip(w: TextWriter, el) -> None:
    pass


def container(w: TextWriter, el) -> None:
    w.container(el)


def tight_container(w: TextWriter, el) -> None:
    w.container(el, tight=True)


def paragraph(w: TextWriter, el) -> None:
    w.paragraph(el)


def default(w: TextWriter, el) -> None:
    """An element without a rule keeps its text."""
    if w.cur is None and any(c.tag in BLOCK_TAGS for c in el):
        w.container(el)
    else:
        w.phrase(el)


def inline(w: TextWriter, el) -> None:
    """Running text; it starts a paragraph where none is open, and leaves it open."""
    w.content(el)


def head(w: TextWriter, el) -> None:
    parent = el.getparent()
    w.paragraph(el, "head" if parent is not None and parent.tag == T + "div" else "p")


def sp(w: TextWriter, el) -> None:
    w.close()
    base = w.indent
    speakers = [c for c in el if c.tag == SPEAKER]
    label = ""
    if speakers:
        probe = TextWriter(w.view, w.width)
        probe.notes = w.notes
        probe.open()
        for s in speakers:
            probe.content(s)
            probe.text(" ")
        label = _single_spaced("".join(probe.cur.parts) if probe.cur else "")
    if label and not label.endswith((":", ".")):
        label += ":"
    w.label = " " * base + (label + " " if label else "")
    w.indent = base + SPEECH_INDENT
    was, w.in_speech = w.in_speech, True
    w.text(el.text)
    for child in el:
        if child.tag != SPEAKER and isinstance(child.tag, str):
            BY_TAG.get(child.tag, default)(w, child)
        w.text(child.tail)
    w.close()
    if w.label is not None and label:             # a turn with no speech
        w.open()
        w.close()
    w.label = None
    w.indent = base
    w.in_speech = was


def stage(w: TextWriter, el) -> None:
    """Inline in a speech; between turns a paragraph indented like the speeches."""
    if w.cur is not None:
        w.content(el)
        return
    extra = 0 if w.in_speech else SPEECH_INDENT
    w.indent += extra
    w.paragraph(el)
    w.indent -= extra


def block_quote(w: TextWriter, el) -> None:
    if w.cur is None and any(c.tag in BLOCK_TAGS for c in el):
        w.indent += SPEECH_INDENT
        w.container(el)
        w.indent -= SPEECH_INDENT
    else:
        w.phrase(el)


def list_(w: TextWriter, el) -> None:
    w.close()
    for child in el:
        if local(child) == "head":
            w.paragraph(child)
    was, first = w.tight, True
    for child in el:
        name = local(child)
        if name == "head" or not isinstance(child.tag, str):
            continue
        w.tight = not first                  # the items tight, the list set apart
        if name == "item":
            w.label = " " * w.indent + "- "
            w.indent += 2
            w.container(child, tight=True)
            w.label = None                   # an empty item leaves no line
            w.indent -= 2
        else:
            BY_TAG.get(child.tag, default)(w, child)
        first = False
    w.tight = was
    w.close()


def table(w: TextWriter, el) -> None:
    w.close()
    for child in el:
        name = local(child)
        if name == "head":
            w.paragraph(child)
        elif name == "row":
            w.open().tight = True
            for k, cell in enumerate(c for c in child if isinstance(c.tag, str)):
                if k:
                    w.text(" | ")
                w.content(cell) if w.cur is not None else w.phrase(cell)
            w.close()
        elif isinstance(child.tag, str):
            BY_TAG.get(child.tag, default)(w, child)


def lb(w: TextWriter, el) -> None:
    if w.cur is not None:
        w.cur.parts.append(LINE_BREAK)


def pb(w: TextWriter, el) -> None:
    sign = page_sign(el, w.view)
    if not sign:
        return
    if w.cur is None:
        w.open()
        w.text(sign)
        w.close()
    elif el.get("break") == "no" or _inside_word(w.cur, el.tail):
        w.text(sign)                         # "coun[Page 210]tries"
    else:
        w.text(f" {sign} ")


def _inside_word(block: Block, tail: str | None) -> bool:
    before = block.parts[-1] if block.parts else ""
    if not (before and tail):
        return False
    return not before[-1].isspace() and not tail[0].isspace()


def note(w: TextWriter, el) -> None:
    if el.get(TK_SEQ):
        w.text(f"[{el.get(TK_LABEL)}]")
    else:
        default(w, el)


def ptr(w: TextWriter, el) -> None:
    if el.get(TK_LABEL):
        w.text(f"[{el.get(TK_LABEL)}]")


def signed(w: TextWriter, el) -> None:
    """An apparatus element: the view's signs around its content (teikit.signs)."""
    w.text(el.get(TK_BEFORE))
    if not el.get(TK_HIDE):
        w.content(el)
    w.text(el.get(TK_AFTER))


def choice(w: TextWriter, el) -> None:
    for child in sorted((c for c in el if isinstance(c.tag, str)),
                        key=lambda c: c.tag not in CHOICE_FIRST):
        BY_TAG.get(child.tag, default)(w, child)


RULES = {
    "teiHeader": skip, "standOff": skip, "facsimile": skip,
    "text": container, "front": container, "back": container, "body": container,
    "group": container, "div": container, "titlePage": container, "argument": container,
    "opener": tight_container, "closer": tight_container, "postscript": container,
    "lg": tight_container,
    "castList": tight_container, "docTitle": tight_container,
    "head": head, "p": paragraph, "ab": paragraph, "l": paragraph,
    "sp": sp, "stage": stage, "list": list_, "table": table,
    "quote": block_quote, "q": block_quote, "said": block_quote, "floatingText": block_quote,
    "lb": lb, "pb": pb, "note": note, "ptr": ptr, "choice": choice,
    "sic": signed, "corr": signed, "reg": signed, "orig": signed, "abbr": signed,
    "expan": signed, "supplied": signed, "unclear": signed, "gap": signed,
}
# Phrases: running text, also where they stand between blocks (a name in a list item).
for _name in ("hi", "emph", "foreign", "term", "title", "ref", "persName", "placeName",
              "orgName", "name", "rs", "date", "time", "num", "measure", "gloss", "desc",
              "editor", "author", "publisher", "pubPlace", "biblScope", "idno", "distributor",
              "resp", "role", "roleDesc", "add", "del", "w", "c", "pc", "damage", "cb",
              "milestone", "anchor"):
    RULES[_name] = inline
# Lines: a paragraph of their own between blocks, running text inside a paragraph.
for _name in ("seg", "speaker", "dateline", "signed", "salute", "byline", "docDate",
              "docImprint", "titlePart", "trailer", "castItem", "item", "label", "cell", "row",
              "bibl", "respStmt", "epigraph", "u"):
    RULES[_name] = default
BY_TAG = {T + name: rule for name, rule in RULES.items()}     # dispatch on the Clark name


def _single_spaced(text: str) -> str:
    """White space collapsed to single spaces, no-break spaces kept."""
    if NO_BREAK_RE.search(text):
        return BREAKING_SPACE.sub(" ", text).strip(" ")
    return " ".join(text.split())


# ----------------------------------------------------------------------- wrapping

_PATTERNS: dict[int, re.Pattern] = {}


def _line_pattern(width: int) -> re.Pattern:
    """At most *width* characters ending before a space, or one longer word."""
    if width not in _PATTERNS:
        _PATTERNS[width] = re.compile(rf"\S(?:.{{0,{max(width - 1, 0)}}}(?=\s|$))|\S+")
    return _PATTERNS[width]


def wrap(text: str, width: int, prefix: str = "", indent: int = 0) -> list[str]:
    """*text* (single-spaced) in lines of at most *width* columns: the first starts with
    *prefix*, the others with *indent* spaces. Words are never split."""
    if len(prefix) + len(text) <= width:
        return [(prefix + text).rstrip()] if (prefix + text).strip() else []
    lines = []
    room = width - len(prefix)
    m = _line_pattern(room).match(text) if room > 0 else None
    if m is None or (len(m.group(0)) > room and prefix.strip()):
        lines.append(prefix.rstrip())          # no room after a label: the text below it
        pos = 0
    else:
        lines.append(prefix + m.group(0))
        pos = m.end()
    pad = " " * indent
    for m in _line_pattern(width - indent).finditer(text, pos):
        lines.append(pad + m.group(0))
    return lines


# ------------------------------------------------------------------------ documents

def header_lines(meta: Meta, view: View, width: int) -> list[str]:
    """The header block: title underlined, then one field a paragraph."""
    title = wrap(meta.title, width)
    lines = [*title, "=" * min(width, max(len(line) for line in title))] if title else []
    fields: list[tuple[str, str]] = []
    if meta.date:
        fields.append(("Date", meta.date))
    for source in meta.sources:
        fields.append(("Source", citation_text(source)))
        fields.extend((label, text) for label, text in source.extra)
    fields.extend(("Summary", t) for t in meta.summary)
    if meta.speakers:
        fields.append(("Speakers", ", ".join(meta.speakers)))
    fields.extend(("Rights", t) for t in meta.rights)
    if meta.licence:
        text, href = meta.licence
        fields.append(("Licence", f"{text} <{href}>" if href and href != text else text))
    fields.append(("View", f"{view.value}: {VIEW_HELP[view]}"))
    pad = 11 if width >= 40 else 2
    lines.append("")
    for label, text in fields:
        head = f"{label}:".ljust(pad) if width >= 40 else f"{label}: "
        lines.extend(wrap(" ".join(text.split()), width, head, pad))
    return lines


def render(root, view: View = View.DIPLOMATIC, width: int = DEFAULT_WIDTH,
           name: str = "") -> bytes:
    """The plain-text edition of one parsed master (*root* is annotated in place)."""
    prepared = prepare(root, view)
    meta = read_meta(root, fallback_title=name or "Untitled")
    writer = TextWriter(view, width)
    writer.notes = prepared.notes
    for n in prepared.notes:
        writer.notes_by_owner.setdefault(n.get(TK_OWNER), []).append(n)
    for text in texts_of(root):
        container(writer, text)
    lines = header_lines(meta, view, writer.width)
    lines += ["", "-" * writer.width, "", *writer.render()]
    return ("\n".join(lines).rstrip("\n") + "\n").encode("utf-8")
