"""Plain-text writer: a master as wrapped text for reading and for researchers' tools.

A header block (title, date, source, summary, speakers, rights, view), then the text:
speaker turns as ``Label: speech`` with the speech indented, stage directions set apart,
signs as in the view (from :mod:`teikit.signs`), note markers ``[1]`` in the text and the
notes at the end of each document, apparatus markers ``[a1]`` and the apparatus after the
notes, ``[Page N]`` in the diplomatic view. Lines are wrapped at 72 columns of display
width (``width``; a wide CJK character takes two, a combining accent none); a word longer
than a line (a URL) stands on a line of its own.

One rule per TEI element (:data:`RULES`), in one pass that also numbers the notes
(:class:`teikit.writers.document.Document`); any other element keeps its text, as a
paragraph of its own when it stands between paragraphs, as running text inside one.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import filterfalse
from typing import Any

from .. import gcpause
from ..signs import VIEW_HELP, View, choice_forms, line_break, page_sign, sign_for
from ..tei import TEI_NS, local
from . import apparatus, mathml, spoken
from .document import SEPARATED, Document, Owner, glued_before, is_numbered_note
from .meta import DocumentMeta, citation_text, read_meta
from .wrap import display_width, wrap, wrap_narrow

# render's plain path in C (built with the package where a C compiler is found); without
# it the Python layout below, the same lines, slower
_render_plain_c: Callable[[list[Any], int], list[str] | None] | None
try:
    from ._textplain import render_plain as _render_plain_c
except ImportError:                              # pragma: no cover
    _render_plain_c = None

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
SPEAKER = T + "speaker"
NO_BREAK = "\u00a0\u202f\u2007\u2060"      # kept as they are when spaces are collapsed
BREAKING_SPACE = re.compile(f"[^\\S{NO_BREAK}]+")   # white space that may be collapsed
# Text of one-column characters (wrap.NARROW_RANGES) but the no-break space, and of line
# ends and tabs: collapsed by str.split, it is narrow text without no-break spaces (one
# run matched in C instead of a search for each of NO_BREAK and one for the width).
PLAIN_TEXT = re.compile("[\t\n\r\u0020-\u007e\u00a1-\u02ff\u2010-\u2027\u2030-\u205e]*")


@dataclass(slots=True)
class TextBlock:
    """A paragraph to wrap: its first line starts with ``prefix``, the others with
    ``indent`` spaces."""

    prefix: str
    indent: int
    parts: list[str] = field(default_factory=list)
    kind: str = "p"               # p | head | rule
    tight: bool = False           # no blank line before it


class TextWriter:
    def __init__(self, doc: Document, view: View = View.DIPLOMATIC,
                 width: int = DEFAULT_WIDTH):
        self.doc = doc
        self.view = view
        self.width = max(MIN_WIDTH, int(width))
        self.blocks: list[TextBlock] = []
        self.cur: TextBlock | None = None
        self.indent = 0
        self.label: str | None = None    # a speaker label waiting for its speech
        self.tight = False
        self.in_speech = False
        self.labels: dict[int, str] = {}    # numbered notes already reached: their labels

    # -------------------------------------------------------------- building blocks

    def open(self, kind: str = "p") -> TextBlock:
        prefix = " " * self.indent
        if self.label is not None:
            prefix, self.label = self.label, None
        cur = self.cur = TextBlock(prefix, self.indent, [], kind, self.tight)
        self.blocks.append(cur)
        return cur

    def close(self) -> None:
        self.cur = None

    def label_waiting(self) -> bool:
        """A speaker's or a note's label not yet written (no text came after it). (A
        method, not ``self.label is not None`` after setting it: a type checker, and the
        compiled module, would take the label for a str there.)"""
        return self.label is not None

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
        """The text of *el* and each child by its rule; a child whose rule is
        :func:`inline` (running text) is written here, without the calls."""
        text = el.text
        if text:
            if self.cur is not None:
                self.cur.parts.append(text)
            elif not text.isspace():
                self.text(text)
        rules = BY_TAG
        for child in el[:]:            # a list made in C: cheaper than lxml's iterator
            tag = child.tag
            if tag.__class__ is str:
                if tag in SEPARATED and self.cur is not None and glued_before(child):
                    self.cur.parts.append(SEPARATED[tag])
                rule = rules.get(tag, default)
                if rule is not inline:
                    rule(self, child)
                elif len(child):
                    self.content(child)
                else:
                    text = child.text
                    if text:
                        if self.cur is not None:
                            self.cur.parts.append(text)
                        else:
                            self.text(text)
            tail = child.tail
            if tail:
                cur = self.cur
                if cur is not None:
                    cur.parts.append(tail)
                elif not tail.isspace():     # (white space between blocks: no call)
                    self.text(tail)

    def owner(self, el, tight: bool = False) -> None:
        """A text or an outermost document: its notes and apparatus at its end."""
        owner = self.doc.enter(el)
        self.container(el, tight)
        if owner is not None:
            self.endnotes(owner)
            self.doc.leave(owner)

    def container(self, el, tight: bool = False) -> None:
        self.close()
        was, start = self.tight, len(self.blocks)
        self.tight = tight
        self.content(el)
        self.close()
        self.tight = was
        if tight and len(self.blocks) > start:     # tight inside, apart from what precedes
            self.blocks[start].tight = was

    def paragraph(self, el, kind: str = "p") -> None:
        """(Also the rule of p, ab and l, called as ``rule(writer, el)``.)"""
        cur = self.open(kind)
        if len(el):
            self.content(el)
        else:                           # a paragraph of text only (most are): no call
            text = el.text
            if text:
                cur.parts.append(text)
        self.cur = None

    def phrase(self, el) -> None:
        """Running text inside an open paragraph, else a paragraph of its own."""
        if self.cur is not None:
            self.content(el)
        else:
            self.paragraph(el)

    # ------------------------------------------------------------------- notes

    def endnotes(self, owner: Owner) -> None:
        """The notes, then the apparatus, of a document; a note first reached in an
        apparatus entry (or an entry in a note) is numbered as it is written, and lists
        follow in turn until every one numbered has its place (as in HTML)."""
        self.close()
        saved = (self.indent, self.tight)
        notes = entries = 0
        while notes < len(owner.notes) or entries < len(owner.apparatus):
            if notes < len(owner.notes):
                notes = self.note_list(owner, notes, saved[0])
            if entries < len(owner.apparatus):
                entries = self.apparatus_list(owner, entries, saved[0])
        self.indent, self.tight = saved

    def note_list(self, owner: Owner, k: int, indent: int) -> int:
        """The notes of *owner* from the *k*-th on (a note's own notes join the list);
        returns how many are listed."""
        self.indent, self.tight = indent, False
        self.blocks.append(TextBlock(" " * indent, indent, ["Notes"], kind="head"))
        while k < len(owner.notes):
            note = owner.notes[k]
            self.label = " " * indent + f"[{note.label}] "
            self.indent = indent + SPEECH_INDENT
            self.doc.in_note += 1
            self.container(note.el)
            self.doc.in_note -= 1
            if self.label_waiting():            # an empty note: its label alone
                self.open()
                self.close()
            k += 1
        return k

    def apparatus_list(self, owner: Owner, k: int, indent: int) -> int:
        """The apparatus entries of *owner* from the *k*-th on; returns how many."""
        self.indent, self.tight = indent, False
        self.blocks.append(TextBlock(" " * indent, indent, ["Apparatus"], kind="head"))
        while k < len(owner.apparatus):
            entry = owner.apparatus[k]
            k += 1
            self.label = " " * indent + f"[{apparatus.marker(entry.label)}] "
            self.indent = indent + SPEECH_INDENT
            self.open()
            self.label = None
            self.text(apparatus.lemma_text(entry.el) + "]")
            kept = apparatus.lemma(entry.el)
            if kept is not None and apparatus.sigla(self.doc, kept):
                self.text(f" ({apparatus.sigla(self.doc, kept)})")
            for n, reading in enumerate(apparatus.readings(entry.el)):
                self.text("; " if n else " ")
                if "".join(reading.itertext()).strip():
                    self.content(reading)
                else:
                    self.text(apparatus.OMITTED)
                wit = apparatus.sigla(self.doc, reading)
                if wit:
                    self.text(f" ({wit})")
            for remark in apparatus.notes(entry.el):   # (an element: not `note`,
                self.text(" — ")                       # a Numbered above)
                self.content(remark)
            self.close()
        return k

    # ------------------------------------------------------------------- output

    def render(self) -> list[str]:
        if _render_plain_c is not None:
            # The plain path below in one pass in C (teikit/writers/_textplain.c), for the
            # texts it accepts; None for any other, laid out here. The Python code is the
            # specification (tests/test_export_cwalk.py: the same lines).
            compiled = _render_plain_c(self.blocks, self.width)
            if compiled is not None:
                return compiled
        return self.render_python()

    def render_python(self) -> list[str]:
        texts = ["".join(block.parts) for block in self.blocks]
        spaced = _spaced_plain(texts)
        if spaced is None:
            return self._render_general(texts)
        # Plain text (one column a character, no white space but spaces, line ends and
        # tabs): collapsed above for the whole document at once, wrapped here by
        # wrap_narrow, every line added to one list.
        lines: list[str] = []
        width = self.width
        for block, text in zip(self.blocks, spaced, strict=True):
            if block.kind == "rule":
                lines += ["", block.parts[0]]
                continue
            prefix = block.prefix
            if LINE_BREAK in text:
                pieces = [piece.strip() for piece in text.split(LINE_BREAK)]
                if not any(pieces) and not prefix.strip():
                    continue
            elif not text and not prefix.strip():
                continue
            else:
                pieces = None
            if lines and not block.tight:
                lines.append("")
            first = len(lines)
            indent = block.indent
            if not prefix.isascii() and PLAIN_TEXT.fullmatch(prefix) is None:
                for piece in pieces or [text]:     # a label of wide characters
                    lines += wrap(piece, width, prefix, indent)
                    prefix = " " * indent
            elif pieces is None:
                if len(prefix) + len(text) <= width and text:
                    lines.append(prefix + text)     # the paragraph fits on a line
                else:
                    wrap_narrow(lines, text, width, prefix, indent)
            else:
                for piece in pieces:
                    wrap_narrow(lines, piece, width, prefix, indent)
                    prefix = " " * indent
            if block.kind == "head":
                longest = max(display_width(line.strip()) for line in lines[first:])
                lines.append(" " * indent + "-" * min(longest, width - indent))
        return lines

    def _render_general(self, texts: list[str]) -> list[str]:
        """Any text: each block collapsed and wrapped by display width on its own."""
        lines: list[str] = []
        width = self.width
        for block, joined in zip(self.blocks, texts, strict=True):
            if block.kind == "rule":
                lines.extend(["", block.parts[0]])
                continue
            narrow = False
            if LINE_BREAK in joined:
                pieces = [_single_spaced(p) for p in joined.split(LINE_BREAK)]
            elif joined.isascii():     # the usual block: one piece, no call
                pieces = [" ".join(joined.split())]
            elif PLAIN_TEXT.fullmatch(joined):   # no no-break space, one column a character
                pieces, narrow = [" ".join(joined.split())], True
            else:
                pieces = [_single_spaced(joined)]
            if not any(pieces) and not block.prefix.strip():
                continue
            if lines and not block.tight:
                lines.append("")
            first = len(lines)
            prefix, indent = block.prefix, block.indent
            for piece in pieces:
                lines += wrap(piece, width, prefix, indent, narrow)
                prefix = " " * indent
            if block.kind == "head":
                longest = max(display_width(line.strip()) for line in lines[first:])
                lines.append(" " * block.indent + "-" * min(longest, self.width - block.indent))
        return lines


# ------------------------------------------------------------------------ the rules

def skip(w: TextWriter, el) -> None:
    pass


def container(w: TextWriter, el) -> None:
    w.container(el)


def owner(w: TextWriter, el) -> None:
    w.owner(el)


def tight_container(w: TextWriter, el) -> None:
    w.container(el, tight=True)


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
        probe = TextWriter(w.doc, w.view, w.width)
        probe.labels = w.labels
        probe.open()
        for s in speakers:
            probe.content(s)
            probe.text(" ")
        # every block the label made (a block inside a <speaker> opens another)
        label = _single_spaced(" ".join("".join(b.parts) for b in probe.blocks))
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
    if w.label_waiting() and label:               # a turn with no speech
        w.open()
        w.close()
    w.label = None
    w.indent = base
    w.in_speech = was


def u(w: TextWriter, el) -> None:
    """A turn of spoken TEI: ``Speaker (role): speech``, like a speech in a play."""
    label = spoken.speaker_label(w.doc, el)
    if label is None:
        default(w, el)
        return
    w.close()
    base = w.indent
    roles = f" ({label.roles})" if label.roles else ""
    w.label = " " * base + f"{label.name}{roles}: "
    w.indent = base + SPEECH_INDENT
    was, w.in_speech = w.in_speech, True
    w.container(el)
    if w.label_waiting():                         # a turn with no speech
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
    kids = [(child, local(child)) for child in el]     # ("" for comments and PIs)
    for child, name in kids:
        if name == "head":
            w.paragraph(child)
    was, first = w.tight, True
    stray = [el.text]                        # text directly in a list: an item of its own
    for child, name in kids:
        if name != "head" and name:
            w.tight = not first              # the items tight, the list set apart
            if name == "item":
                w.label = " " * w.indent + "- "
                w.indent += 2
                w.container(child, tight=True)
                w.label = None               # an empty item leaves no line
                w.indent -= 2
            else:
                BY_TAG.get(child.tag, default)(w, child)
            first = False
        stray.append(child.tail)
    for text in stray:
        if text and text.strip():
            w.close()
            w.text(text)
    w.tight = was
    w.close()


def table(w: TextWriter, el) -> None:
    """The caption, then each row on a line of its own (its cells parted by " | "; a line
    too long for the width goes on indented), the rows under one another."""
    w.close()
    w.text(el.text)
    started = False                  # a blank line before the table, none inside it
    for child in el:
        w.close()
        name = local(child)
        if name == "head":
            w.paragraph(child)
            started = True
        elif name == "row":
            block = w.open()
            block.tight, block.indent = started, w.indent + 2
            started = True
            w.text(child.text)
            for k, cell in enumerate(c for c in child if isinstance(c.tag, str)):
                if k:
                    w.text(" | ")
                if w.cur is not None:
                    w.content(cell)
                else:
                    w.phrase(cell)
                w.text(cell.tail)
            w.close()
        elif isinstance(child.tag, str):
            BY_TAG.get(child.tag, default)(w, child)
        w.close()
        w.text(child.tail)
    w.close()


def lb(w: TextWriter, el) -> None:
    breaks, sign = line_break(el, w.view)
    if w.cur is not None:
        if breaks:
            w.cur.parts.append(LINE_BREAK)
        elif sign:
            w.cur.parts.append(sign)
    w.content(el)               # an empty element by definition; any text in it is kept


def pb(w: TextWriter, el) -> None:
    sign = page_sign(el, w.view)
    if sign:
        _page_sign(w, el, sign)
    w.content(el)               # an empty element by definition; any text in it is kept


def _page_sign(w: TextWriter, el, sign: str) -> None:
    if w.cur is None:
        w.open()
        w.text(sign)
        w.close()
    elif el.get("break") == "no" or _inside_word(w.cur, el.tail):
        w.text(sign)                         # "coun[Page 210]tries"
    else:
        w.text(f" {sign} ")


def _inside_word(block: TextBlock, tail: str | None) -> bool:
    before = block.parts[-1] if block.parts else ""
    return bool(before and tail) and not before[-1].isspace() and not (tail or " ")[0].isspace()


def note(w: TextWriter, el) -> None:
    if is_numbered_note(el):
        label = w.labels.get(id(el))
        if label is None:
            label = w.labels[id(el)] = w.doc.number_note(el).label
        w.text(f"[{label}]")
    elif el.get("type") == "speaker":
        stage(w, el)
    else:
        default(w, el)


def ptr(w: TextWriter, el) -> None:
    label = w.doc.note_label(el.get("target"))
    if label is not None:
        w.text(f"[{label}]")
    w.content(el)               # an empty element by definition; any text in it is kept


def signed(w: TextWriter, el) -> None:
    """Apparatus and transcription markup: the view's signs around its content."""
    sign = sign_for(el, w.view)
    w.text(sign.before)
    if sign.show_content:
        w.content(el)
    w.text(sign.after)


def choice(w: TextWriter, el) -> None:
    forms = choice_forms(el, w.view)
    if forms.shown is not None:
        _form(w, forms.shown)
    w.text(forms.alone)
    for k, (label, form) in enumerate(forms.others):
        w.text(f"{forms.OPEN if k == 0 else forms.SEPARATOR}{label}: ")
        _form(w, form)
    if forms.others:
        w.text(forms.CLOSE)
    if forms.stray:
        w.text(f" {forms.stray} ")


def _form(w: TextWriter, form) -> None:
    """A form of a choice: sic, corr, … their content; anything else by its rule."""
    if form.tag in CHOICE_FORMS:
        w.content(form)
    else:
        BY_TAG.get(form.tag, default)(w, form)


CHOICE_FORMS = frozenset(T + n for n in ("sic", "corr", "reg", "orig", "abbr", "expan"))


def app(w: TextWriter, el) -> None:
    """The lemma in the running text and a marker ``[a1]``; the entry at the end."""
    entry = w.doc.number_app(el)
    for kind, part in apparatus.running_text(el):
        if kind == "text":
            w.text(part)
        elif kind == "lemma":
            w.content(part)
        else:
            BY_TAG.get(part.tag, default)(w, part)
    w.text(f"[{apparatus.marker(entry.label)}]")


def math(w: TextWriter, el) -> None:
    w.text(mathml.linear(el))


Rule = Callable[[TextWriter, Any], None]
RULES: dict[str, Rule] = {
    "teiHeader": skip, "standOff": skip, "facsimile": skip,
    "text": owner, "front": container, "back": container, "body": container,
    "group": container, "div": owner, "titlePage": container, "argument": container,
    "opener": tight_container, "closer": tight_container, "postscript": container,
    "lg": tight_container,
    "castList": tight_container, "docTitle": tight_container,
    "head": head, "p": TextWriter.paragraph, "ab": TextWriter.paragraph,
    "l": TextWriter.paragraph,
    "sp": sp, "stage": stage, "u": u, "incident": stage, "kinesic": stage, "vocal": stage,
    "list": list_, "table": table,
    "quote": block_quote, "q": block_quote, "said": block_quote, "floatingText": block_quote,
    "lb": lb, "pb": pb, "note": note, "ptr": ptr, "choice": choice, "app": app,
    "sic": signed, "supplied": signed, "unclear": signed, "gap": signed,
    "add": signed, "del": signed, "restore": signed, "damage": signed, "surplus": signed,
}
# Phrases: running text, also where they stand between blocks (a name in a list item).
for _name in ("hi", "emph", "foreign", "term", "title", "ref", "persName", "placeName",
              "orgName", "name", "rs", "date", "time", "num", "measure", "gloss", "desc",
              "editor", "author", "publisher", "pubPlace", "biblScope", "idno", "distributor",
              "resp", "role", "roleDesc", "w", "c", "pc", "cb", "milestone", "anchor", "caesura",
              "corr", "reg", "orig", "abbr", "expan", "ex", "subst", "lem", "rdg"):
    RULES[_name] = inline
# Lines: a paragraph of their own between blocks, running text inside a paragraph.
for _name in ("seg", "speaker", "dateline", "signed", "salute", "byline", "docDate",
              "docImprint", "titlePart", "trailer", "castItem", "item", "label", "cell", "row",
              "bibl", "respStmt", "epigraph"):
    RULES[_name] = default
BY_TAG: dict[str, Rule] = {T + name: rule for name, rule in RULES.items()}   # by Clark name
BY_TAG.update(dict.fromkeys(mathml.ROOTS, math))


# What may stay in a plain text, collapsed, besides ASCII letters and spaces: one-column
# characters, an <lb/> and the separator of blocks (no tab, no carriage return: white
# space inside a line but spaces).
PLAIN_REST = re.compile("[\x00\x01\u00a1-\u02ff\u2010-\u2027\u2030-\u205e]*")
ASCII_PRINTED = bytes(range(0x20, 0x7f))
ASCII_SPACES = "\t\r\x0b\x0c\x1c\x1d\x1e\x1f"  # white space but spaces (no line ends now)
BLOCK_SEPARATOR = "\x01"        # no XML text can contain it either
LINE_END = re.compile("\n[\t\n\r ]*")


def _spaced_plain(texts: list[str]) -> list[str] | None:
    """Every text single-spaced (as :func:`_single_spaced`), or None unless all of them are
    plain text: one-column characters, and no white space but spaces, line ends and the
    indentation after them (so no no-break space either). The ASCII texts and the others
    are each joined into one string (the ASCII ones stay one byte a character) and
    collapsed by a few calls in C over it (a pattern for each line end and the indentation
    after it, a split at the few double spaces), checked, and split into the texts again:
    no string made a word or a line, where splitting every text into its 360,000 words
    made one a word (the FRUS volume)."""
    ascii_texts = list(filter(str.isascii, texts))
    others = list(filterfalse(str.isascii, texts))
    spaced = []
    for group in (ascii_texts, others):
        # a line end and the indentation after it: one space (a pattern that starts with
        # a line end is found by a quick search for it, no string made a line)
        text = LINE_END.sub(" ", BLOCK_SEPARATOR.join(group))
        if "  " in text:           # spaces inside a line: a few hundred runs at most
            runs = [run[1:] if run.startswith(" ") else run for run in text.split("  ")]
            text = " ".join(filter(None, runs))
        # then what is left checked (shorter now): no white space but spaces, no
        # character that is not one column wide
        if group is ascii_texts:
            if any(space in text for space in ASCII_SPACES):
                return None
        else:
            # the characters but ASCII letters and spaces (in the UTF-8 bytes: a deletion
            # in C), few, checked by one pattern
            rest = text.encode("utf-8", "surrogatepass").translate(None, ASCII_PRINTED) \
                .decode("utf-8", "surrogatepass")
            if PLAIN_REST.fullmatch(rest) is None:
                return None
        pieces = list(map(str.strip, text.split(BLOCK_SEPARATOR))) if group else []
        if len(pieces) != len(group):
            return None                         # a text holds the separator
        spaced.append(pieces)
    ascii_spaced, other_spaced = iter(spaced[0]), iter(spaced[1])
    return [next(ascii_spaced) if text.isascii() else next(other_spaced) for text in texts]


def _single_spaced(text: str) -> str:
    """White space collapsed to single spaces, no-break spaces kept."""
    if text.isascii() or not any(ch in text for ch in NO_BREAK):   # searches in C
        return " ".join(text.split())
    return BREAKING_SPACE.sub(" ", text).strip(" ")


# ------------------------------------------------------------------------ documents

def header_lines(meta: DocumentMeta, view: View, width: int) -> list[str]:
    """The header block: title underlined, then one field a paragraph."""
    title = wrap(meta.title, width)
    lines = ([*title, "=" * min(width, max(display_width(line) for line in title))]
             if title else [])
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
    """The plain-text edition of one parsed master (the master's tree is only read)."""
    meta = read_meta(root, fallback_title=name or "Untitled")
    writer = TextWriter(Document(root), view, width)
    # the blocks, their parts and the lines are made by the ten thousand and hold no
    # cycles: the cycle collector is paused while they are (see teikit.gcpause)
    with gcpause.paused():
        for text in writer.doc.texts:
            owner(writer, text)
        body = writer.render()
    lines = header_lines(meta, view, writer.width)
    lines += ["", "-" * writer.width, "", *body]
    while lines and not lines[-1]:
        lines.pop()                          # no blank lines at the end, one line end
    if not lines or lines[-1].endswith("\n"):
        return ("\n".join(lines).rstrip("\n") + "\n").encode("utf-8")
    lines.append("")
    # a few thousand lines joined and encoded at a time: most such runs are ASCII and stay
    # one byte a character until encoded (as teikit.writers.htmlout.encoded)
    return b"\n".join(["\n".join(lines[k:k + 4096]).encode("utf-8")
                       for k in range(0, len(lines), 4096)])
