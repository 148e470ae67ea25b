"""The text of one master as HTML, in one pass that numbers, links and writes.

One Python walk over the parsed master writes the HTML, joined and encoded to bytes once
at the end. One rule per TEI element (:data:`RULES`; structure and running text in
:mod:`teikit.writers.htmlrules`, lists, tables, links, the apparatus and notes here); any
other element keeps its text (a block between blocks, a span inside running text). Note
and paragraph numbers, ids and links come from :class:`teikit.writers.document.Document`
as the walk reaches them (a link to ``#id`` is settled once the page is written); signs
from :mod:`teikit.signs`.

The guard is on the output (:mod:`teikit.writers.htmlout`): every element and attribute
the page gets passes through :meth:`GuardedOutput.start`, which escapes every value and
refuses any element not in :data:`HTML_TAGS` (so never a script, style, iframe, base,
form, object or embed), any attribute not in :data:`ATTRIBUTES` (so never an ``on*``
handler) and any link that is not http(s), mailto or an anchor on the page. Generated
text (signs, numbers, markers, headings the master does not have) is always inside an
element of class ``gen``, so it can be told from the master's words.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from .. import gcpause
from ..signs import TRANSCRIPTION, View, sign_for
from ..tei import XML_ID, XML_LANG
from . import apparatus, mathml
from .document import Document, Numbered, Owner, T, class_token, is_numbered_note, safe_href
from .htmlout import (  # noqa: F401
    ATTRIBUTE_SPECIAL,
    ATTRIBUTES,
    FILL,
    HTML_TAGS,
    SAFE_LINK,
    encoded,
    escape_attribute,
    escape_text,
)
from .htmlrules import FLOW, PHRASING, TextRules, _local

MAX_SPAN = 1000


class Body(TextRules):
    """The writer of one master's text: the rules of :class:`TextRules`, and lists,
    tables, links, the apparatus and the notes."""

    def __init__(self, doc: Document, view: View, base: int) -> None:
        super().__init__(doc, view, base)
        if self.walker is not None:        # a numbered note's marker in C as well
            self.walker.note_rules(functools.partial(Body.note, self), self.number,
                                   functools.partial(self.recorded, "note", self.note_marker),
                                   escape_attribute)
            self.note = self.walker.note  # type: ignore[method-assign]
            self.walker.endnote_rules(
                functools.partial(self.recorded, "endnote", self.endnote_start), FLOW)
            self.endnote = self.walker.endnote  # type: ignore[method-assign]
        self.rules.update({T + name: getattr(self, rule) for name, rule in RULES.items()})
        self.rules.update(dict.fromkeys(mathml.ROOTS, self.math))
        self.span_rules({name: SPANS[rule] for name, rule in RULES.items() if rule in SPANS})
        if self.walker is not None:        # the print copy's walk in C as well
            self.walker.flat_rules(FLAT_OWN, self.flat, self.flat_spans, self.flat_span)
            self.flat_children = self.walker.flat_children  # type: ignore[method-assign]

    def list(self, el, where: int) -> None:
        if where == PHRASING:
            self.inline(el, where, "list")
            return
        self.open("div", "list-block", el)
        kids = el[:]                   # looked at here and walked (ElementPath is slower)
        for head in kids:
            if head.tag == HEAD:
                self.block(head, FLOW, "head")
        kind = class_token(el.get("type"))
        if any(kid.tag == LABEL for kid in kids):
            self.start("dl", {"class": f"list list-{kind}"})
            self.items(el, {LABEL: "dt", ITEM: "dd"}, "dd", kids)
            self.end("dl")
        else:
            numbered = any(kid.tag == ITEM and kid.get("n") is not None for kid in kids)
            self.start("ul", {"class": f"list list-{kind}" + (" numbered" if numbered else "")})
            self.items(el, {ITEM: "li"}, "li", kids)
            self.end("ul")
        self.end("div")

    def items(self, el, tags: dict[str, str], extra: str, kids: Sequence) -> None:
        newline = extra == "li"
        for child in kids:
            tag = child.tag
            if tag.__class__ is str and tag != HEAD:
                html = tags.get(tag)
                if html is not None:
                    self.open(html, "", child)
                    self.children(child, PHRASING if html == "dt" else FLOW)
                    self.end(html)
                    if newline:
                        self.append("\n")
                else:                    # anything else in a list gets an item of its own
                    self.start(extra, {"class": "list-extra"})
                    self.rules.get(tag, self.default)(child, FLOW)
                    self.end(extra)
            if child.tail and child.tail.strip():
                self.start(extra, {"class": "list-extra"})
                self.write(child.tail)
                self.end(extra)
        if (el.text or "").strip():
            self.start(extra, {"class": "list-extra"})
            self.write(el.text or "")
            self.end(extra)

    def item(self, el, where: int) -> None:
        self.inline(el, where, "item")

    def table(self, el, where: int) -> None:
        if where == PHRASING:
            self.inline(el, where, "table")
            return
        self.start("div", {"class": "table-block"})
        self.open("table", "", el)
        head = el.find(T + "head")
        if head is not None:
            self.start("caption", {})
            self.children(head, FLOW)
            self.end("caption")
        self.start("tbody", {})
        self.stray(el.text, "tr")
        for child in el:
            if child.tag == T + "row":
                self.start("tr", {})
                self.row(child)
                self.end("tr")
                self.append("\n")
            elif child.tag.__class__ is str and child is not head:
                self.start("tr", {})
                self.start("td", {})
                self.rules.get(child.tag, self.default)(child, FLOW)
                self.end("td")
                self.end("tr")
            self.stray(child.tail, "tr")
        self.end("tbody")
        self.end("table")
        self.end("div")

    def stray(self, text: str | None, tag: str) -> None:
        """Text standing directly in a table or row: a cell of its own."""
        if text and text.strip():
            if tag == "tr":
                self.start("tr", {})
            self.start("td", {})
            self.write(text)
            self.end("td")
            if tag == "tr":
                self.end("tr")

    def row(self, row) -> None:
        header_row = (row.get("role") or "").strip() == "label"
        self.stray(row.text, "td")
        for cell in row:
            if cell.tag.__class__ is not str:
                pass
            elif cell.tag != T + "cell":
                self.start("td", {})
                self.rules.get(cell.tag, self.default)(cell, FLOW)
                self.end("td")
            else:
                a: dict[str, str] = {}
                for name, html in (("cols", "colspan"), ("rows", "rowspan")):
                    span = _span(cell.get(name))
                    if span:
                        a[html] = span
                # a header cell (role="label", on the cell or its row) is a <th>; no
                # other value of the master's attribute reaches the page
                tag = "th" if header_row or (cell.get("role") or "").strip() == "label" \
                    else "td"
                self.start(tag, a)
                self.children(cell, FLOW)
                self.end(tag)
            self.stray(cell.tail, "td")

    def cell(self, el, where: int) -> None:            # a row or a cell in running text
        self.start("span", {"class": _local(el)})
        self.children(el, PHRASING)
        self.append(" ")
        self.end("span")

    # ------------------------------------------------------------------ quotations

    def ref(self, el, where: int) -> None:
        target = (el.get("target") or "").strip()
        if target.startswith("#"):               # resolved once the page is written
            slot = self.slot()
            keys = el.keys()                     # (attrs' class alone, without the call)
            attrs = self.attrs(el, "ref") if XML_ID in keys or XML_LANG in keys else \
                {"class": "ref"}
            self.children(el, PHRASING)
            self.pointers.append((slot, self.slot(), attrs, target))
            return
        href = safe_href(target)
        if href is None:
            self.inline(el, where)
            return
        a = self.attrs(el, "ref")
        a["href"] = href
        self.start("a", a)
        self.children(el, PHRASING)
        self.end("a")

    def ptr(self, el, where: int) -> None:
        target = (el.get("target") or "").strip()
        if target.startswith("#"):
            self.pointers.append((self.slot(), -1, {}, target))
        else:
            href = safe_href(target)
            if href is not None:
                self.gen("↗", "a", "ptr gen", href=href)
        self.children(el, PHRASING)   # empty by definition; any text in it is kept

    def slot(self) -> int:
        """A place for markup settled at the end (:meth:`resolve_pointers`), marked
        ``\\0N\\0`` (no XML text can hold a NUL) in case the piece is flushed first."""
        place = self.place()
        self.out.append(f"\0{place}\0")
        return place

    def resolve_pointers(self) -> None:
        """Links to ids on the page, now that every id is known: a ref links to its
        target (or stays a span), a ptr to a note shows the note's number."""
        out, doc = self.out, self.doc
        flushed = self.flushed
        late: dict[bytes, bytes] = {}            # slots already flushed: marker -> markup

        def put(place: int, markup: str) -> None:
            if place >= flushed:
                out[place - flushed] = markup
            else:
                late[f"\0{place}\0".encode()] = markup.encode("utf-8")

        page_ids, notes_by_id = doc.page_ids, doc.notes_by_id
        template: list[str] | None = None
        for start, end, a, target in self.pointers:
            # doc.anchor(target), for a target that is "#" and the rest already stripped
            page_id = page_ids.get(target[1:])
            anchor = "#" + page_id if page_id else None
            note = notes_by_id.get(target[1:])
            mark = len(out)
            if end < 0:                          # a ptr: a marker, or nothing
                if note is not None:
                    self.start("a", {"class": "fn-ref gen", "href": "#" + note.id})
                    self.gen(note.label, "sup", "")
                    self.end("a")
                elif anchor is not None:
                    self.gen("↗", "a", "ptr gen", href=anchor)
                markup = "".join(out[mark:])
                del out[mark:]
                put(start, markup)
                continue
            if note is not None:
                anchor = "#" + note.id
            if anchor is not None and len(a) == 1:     # a link of class ref: a template
                if template is None:
                    template = self.recorded("ref", self.link)
                value = anchor[1:]
                if ATTRIBUTE_SPECIAL.search(value) is not None:
                    value = escape_attribute(value)
                if start >= flushed and end >= flushed:
                    out[start - flushed] = f"{template[0]}{value}{template[1]}"
                    out[end - flushed] = "</a>"
                    continue
                put(start, f"{template[0]}{value}{template[1]}")
            else:
                if anchor is not None:
                    a["href"] = anchor
                self.start("a" if anchor else "span", a)
                put(start, out.pop())
            put(end, "</a>" if anchor else "</span>")
        if late:
            self.chunks = [SLOT_MARK.sub(lambda m: late[m.group()], chunk)
                           if b"\0" in chunk else chunk for chunk in self.chunks]

    def link(self) -> None:
        """The start of a link to an id on the page (made once: :meth:`resolve_pointers`)."""
        self.start("a", {"class": "ref", "href": "#" + FILL})

    # ------------------------------------------------------------------ transcription

    def app(self, el, where: int, copy: bool = False) -> None:
        """A critical apparatus entry: the lemma in the text, a numbered marker to the
        entry at the foot of the document (apparatus.py). An entry is numbered once: in a
        note's print copy (*copy*) and again in the note at the end it is the same entry,
        and only the latter marker is the one its entry links back to."""
        entry = self.numbered.get(id(el))
        if entry is None:
            entry = self.numbered[id(el)] = self.doc.number_app(el)
        self.open("span", "app", el)
        for kind, part in apparatus.running_text(el):
            if kind == "text":
                self.write(part)
            elif kind == "lemma":
                self.inline(part, PHRASING)
            else:
                self.rules.get(part.tag, self.default)(part, PHRASING)
        if copy:
            self.start("a", {"class": "app-ref gen", "href": "#" + entry.id})
        else:
            self.start("a", {"class": "app-ref gen", "id": entry.ref, "href": "#" + entry.id})
        self.gen(apparatus.marker(entry.label), "sup", "")
        self.end("a")
        self.end("span")

    def note(self, el, where: int) -> None:
        if not is_numbered_note(el):
            kind = el.get("type")
            if kind == "speaker":
                self.aside(el, where)
                return
            self.block(el, where, f"note note-{class_token(kind)}" if kind else "note")
            return
        numbered = self.number(el)
        p = self.recorded("note", self.note_marker)
        text = escape_text(numbered.label)
        self.append(f"{p[0]}{escape_attribute(numbered.ref)}{p[1]}"
                    f"{escape_attribute(numbered.id)}{p[2]}{text}{p[3]}"
                    f"{escape_attribute(numbered.label)}{p[4]}{text}{p[5]}")
        self.flat_children(el)
        self.end("span")

    def note_marker(self, ref: str = FILL, to: str = FILL, label: str = FILL) -> None:
        """A numbered note's marker and the start of its print copy (made once, with
        :data:`FILL` for the values: :meth:`note`)."""
        self.start("a", {"class": "fn-ref gen", "id": ref, "href": "#" + to,
                         "role": "doc-noteref"})
        self.start("sup", {})
        self.write(label)
        self.end("sup")
        self.end("a")
        self.start("span", {"class": "fn-print", "aria-hidden": "true", "data-label": label})
        self.gen(label, cls="fn-print-label gen")
        self.append(" ")

    def number(self, note) -> Numbered:
        numbered = self.numbered.get(id(note))
        if numbered is None:
            numbered = self.numbered[id(note)] = self.doc.number_note(note)
        return numbered

    def endnotes(self, owner: Owner) -> None:
        """The notes, then the apparatus, of a document. A note first reached in an
        apparatus entry (in a reading, or in a note of the entry) and an entry first
        reached in a note are numbered as they are written: lists follow in turn until
        every note and entry numbered has its place (every marker reaches its anchor)."""
        level = str(max(1, min(self.base + self.depth, 6)))
        notes = entries = 0
        while notes < len(owner.notes) or entries < len(owner.apparatus):
            if notes < len(owner.notes):
                notes = self.note_list(owner, notes, level)
            if entries < len(owner.apparatus):
                entries = apparatus.write_html(self, owner, level, entries)

    def note_list(self, owner: Owner, k: int, level: str) -> int:
        """The notes of *owner* from the *k*-th on (a note's own notes join the list);
        returns how many are listed."""
        self.start("section", {"class": "notes", "role": "doc-endnotes"})
        self.append("\n")
        self.gen("Notes", "h" + level, "notes-head gen")
        self.append("\n")
        self.start("ol", {"class": "notes"})
        self.append("\n")
        endnote = self.endnote
        while k < len(owner.notes):
            endnote(owner.notes[k])
            k += 1
        self.end("ol")
        self.append("\n")
        self.end("section")
        self.append("\n")
        return k

    def endnote(self, note: Numbered) -> None:
        """One note at the end of a document: its number, a link back to its marker, and
        its text (in C where the walk is: _htmlwalk's Walker.endnote)."""
        p = self.recorded("endnote", self.endnote_start)
        self.append(f"{p[0]}{escape_attribute(note.id)}{p[1]}"
                    f"{escape_attribute(note.ref)}{p[2]}{escape_text(note.label)}{p[3]}")
        self.doc.in_note += 1
        self.children(note.el, FLOW)
        self.end("div")
        self.doc.in_note -= 1
        self.end("li")
        self.append("\n")

    def endnote_start(self, to: str = FILL, ref: str = FILL, label: str = FILL) -> None:
        """The start of a note at the end, up to its text (made once: :meth:`endnotes`)."""
        self.start("li", {"class": "note", "id": to, "role": "doc-endnote"})
        self.gen(label, "a", "fn-back gen", href="#" + ref, role="doc-backlink")
        self.append(" ")
        self.start("div", {"class": "note-body"})

    # ------------------------------------------------------------------ print copies

    def flat_children(self, el) -> None:
        """The print copy of a note: the same text and signs, every element a span, no
        ids (engines with CSS footnotes float it to the foot of the page). An element
        without a sign or a rule of its own (most) is written here, from the markup of its
        name and rendition made once (:attr:`flat_spans`)."""
        append, spans = self.append, self.flat_spans
        text = el.text
        if text:
            append(escape_text(text))
        for child in el[:]:
            tag = child.tag
            if tag.__class__ is str:
                if tag in FLAT_OWN:
                    self.flat(child)
                else:
                    rend = child.get("rend")
                    span = spans.get((tag, rend))
                    if span is None:
                        span = self.flat_span(tag, rend)
                    append(span)
                    if len(child):
                        self.flat_children(child)
                    else:                 # most: their text alone, without the call
                        text = child.text
                        if text:
                            append(escape_text(text))
                    append("</span>")
            tail = child.tail
            if tail:
                append(escape_text(tail))

    def flat_span(self, tag: str, rend: str | None) -> str:
        """The start tag of a plain span of a print copy, made once (:meth:`flat_children`)."""
        span = self.flat_spans[tag, rend] = self.opening("span", _flat_class(tag, rend))
        return span

    def flat(self, el) -> None:
        """An element of a note's print copy with a sign or a rule of its own."""
        tag = el.tag
        if tag == NOTE and is_numbered_note(el):
            self.gen(self.number(el).label, "sup", "gen")
        elif tag == PB:
            n = " ".join((el.get("n") or "").split())
            self.gen(f"p. {n}", cls="pb gen")
        elif tag == APP:
            self.doc.in_note += 1
            self.app(el, PHRASING, copy=True)
            self.doc.in_note -= 1
        elif tag in FLAT_BY_RULE:
            self.doc.in_note += 1
            self.rules[tag](el, PHRASING)
            self.doc.in_note -= 1
        elif tag == HEADER:
            return
        else:
            name = _local(el) or "foreign"
            rend = el.get("rend")
            sign = sign_for(el, self.view)
            self.start("span", {"class": f"{name} rend-{class_token(rend)}" if rend else name})
            if sign.before:
                self.gen(sign.before)
            if sign.show_content:
                self.flat_children(el)
            if sign.after:
                self.gen(sign.after)
            self.end("span")


NOTE, PB, HEADER, APP = T + "note", T + "pb", T + "teiHeader", T + "app"
HEAD, LABEL, ITEM = T + "head", T + "label", T + "item"
# In a note's print copy, written by their own rules (links, signs, formulas)
FLAT_BY_RULE = frozenset((T + "lb", T + "choice", T + "app", T + "ptr", *mathml.ROOTS))
# Elements of a print copy that Body.flat writes: the above, notes, page breaks, the
# header, and those with a sign (teikit.signs.sign_for); any other is a plain span.
FLAT_OWN = FLAT_BY_RULE | {NOTE, PB, HEADER} | {
    T + n for n in (*TRANSCRIPTION, "sic", "supplied", "unclear", "gap")}


def _flat_class(tag: str, rend: str | None) -> str:
    """The class of a plain span in a print copy: the element's name (and rendition)."""
    name = tag[len(T):] if tag.startswith(T) else "foreign"
    return f"{name} rend-{class_token(rend)}" if rend else name

RULES = {
    "text": "structure", "front": "structure", "back": "structure", "body": "structure",
    "group": "structure",
    "div": "div", "head": "head", "p": "p",
    "sp": "sp", "speaker": "line", "stage": "line", "u": "u",
    "incident": "aside", "kinesic": "aside", "vocal": "aside",
    "opener": "blocks", "closer": "blocks", "postscript": "blocks", "lg": "blocks",
    "castList": "blocks", "castGroup": "blocks", "titlePage": "blocks", "docTitle": "blocks",
    "argument": "blocks", "epigraph": "blocks",
    "dateline": "line", "signed": "line", "salute": "line", "byline": "line",
    "docDate": "line", "docImprint": "line", "titlePart": "line", "trailer": "line",
    "l": "line", "ab": "line", "castItem": "line", "seg": "seg",
    "list": "list", "item": "item", "table": "table", "row": "cell", "cell": "cell",
    "quote": "quote", "q": "quote", "said": "quote", "floatingText": "quote",
    "hi": "hi", "emph": "emph", "foreign": "foreign", "term": "foreign", "title": "title",
    "lb": "lb", "pb": "pb", "cb": "milestone", "milestone": "milestone",
    "anchor": "milestone", "caesura": "milestone", "ref": "ref", "ptr": "ptr",
    "sic": "signed", "supplied": "signed", "unclear": "signed", "gap": "signed",
    "add": "signed", "del": "signed", "restore": "signed", "damage": "signed",
    "surplus": "signed", "choice": "choice", "app": "app", "note": "note",
    "teiHeader": "skip", "standOff": "skip", "facsimile": "skip",
}
# Names, dates and other phrases (and corr, reg, … outside a choice) are spans with the
# element's name as their class: the default rule inside running text.
INLINE = ("persName", "placeName", "orgName", "name", "rs", "date", "time", "num", "measure",
          "gloss", "label", "desc", "bibl", "editor", "author", "publisher", "pubPlace",
          "biblScope", "idno", "distributor", "resp", "respStmt", "role", "roleDesc", "w",
          "c", "pc", "subst", "corr", "reg", "orig", "abbr", "expan", "ex", "lem", "rdg")
RULES.update((name, "phrase") for name in INLINE)


# The rules above that write one HTML element of one class around the content: (tag,
# class; "" for the element's own name). The walk writes these without calling the rule.
SPANS = {"phrase": ("span", ""), "milestone": ("span", ""), "emph": ("em", "emph"),
         "foreign": ("i", ""), "title": ("cite", "title")}


def _span(value: str | None) -> str:
    try:
        n = int((value or "").strip())
    except ValueError:
        return ""
    return str(n) if 1 < n < MAX_SPAN else ""


def render_fragment(root, view: View, base: int = 2, prefix: str = "") -> bytes:
    """The text of *root* (a TEI document or teiCorpus) as ``<div class="tei-text">``
    (ids start with *prefix*, the heading of a top-level div is h<base>), in UTF-8."""
    return b"".join(fragment_chunks(root, view, base, prefix))


SLOT_MARK = re.compile(rb"\0\d+\0")


def fragment_chunks(root, view: View, base: int = 2, prefix: str = "") -> list[bytes]:
    """:func:`render_fragment` as a list of UTF-8 chunks, to be joined by the caller: the
    pieces are joined and encoded a few thousand at a time and then let go, so the page is
    never held as one string as well as its bytes (a string of text with one character
    beyond Latin-1 takes two or four bytes a character)."""
    doc = Document(root, prefix)
    body = Body(doc, view, base)
    # the pieces, tuples and element proxies are made by the ten thousand, and the only
    # cycles are the writer's own (its rules, bound to it): the cycle collector is paused
    # while they are made (see teikit.gcpause), an eighth of the walk's instructions
    with gcpause.paused():
        body.start("div", {"class": "tei-text"})
        body.out.append("\n")
        for text_el in doc.texts:
            body.text(text_el)
        body.end("div")
        body.resolve_pointers()
        body.out.append("\n")
        out, chunks = body.out, body.chunks
        del body, doc
        chunks += encoded(out)
        out.clear()
    return chunks
