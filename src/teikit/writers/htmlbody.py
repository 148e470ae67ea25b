"""The text of one master as HTML, in one pass that numbers, links and writes.

One Python walk over the parsed master writes the HTML straight to bytes through lxml's
incremental serialiser (``etree.htmlfile``): lxml escapes every text and attribute, and
nothing from a master is ever glued into markup. One rule per TEI element (:data:`RULES`);
any other element keeps its text (a block between blocks, a span inside running text).
Note and paragraph numbers, ids and links come from :class:`teikit.writers.document.
Document` as the walk reaches them; signs from :mod:`teikit.signs`.

The guard is on the output: every element and attribute the page gets passes through
:meth:`Body.open`, which refuses any element not in :data:`HTML_TAGS` (so never a script,
style, iframe, base, form, object or embed), any attribute not in :data:`ATTRIBUTES` (so
never an ``on*`` handler) and any link that is not http(s), mailto or an anchor on the page.
Generated text (signs, numbers, markers, headings the master does not have) is always
inside an element of class ``gen``, so it can be told from the master's words.
"""
from __future__ import annotations

import functools
import re
from typing import Any, Callable, Optional

from ..diagnostics import Exit, fail
from ..signs import View, choice_forms, line_break, sign_for
from ..tei import XML_ID, XML_LANG
from . import apparatus, mathml, spoken
from .document import (SEPARATED, safe_href, T, Document, Numbered, Owner, class_token, glued_before,
                       is_numbered_note)

# Where an element stands: between blocks of a container (an element without a rule is a
# block there), in other flow content, or in running text (a block becomes a span).
CONTAINER, FLOW, PHRASING = 0, 1, 2
HTML_TAGS = frozenset((
    "div", "section", "p", "span", "a", "sup", "sub", "i", "b", "u", "em", "cite", "br",
    "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "caption",
    "tbody", "tr", "td", "blockquote", "del", "small")) | mathml.TAGS
ATTRIBUTES = frozenset(("class", "id", "href", "title", "lang", "role", "colspan", "rowspan",
                        "aria-hidden", "aria-level", "data-label")) | mathml.ATTRIBUTES
SAFE_LINK = re.compile(r"(?:https?://|mailto:|#)", re.I)
CONTAINERS = {T + n for n in (
    "div", "body", "front", "back", "text", "sp", "lg", "opener", "closer", "postscript",
    "titlePage", "castList", "u", "floatingText", "group", "argument", "epigraph",
    "docTitle")}
# A paragraph holding one of these becomes a div.
STRUCTURAL = frozenset(T + n for n in (
    "p", "ab", "lg", "list", "table", "div", "sp", "floatingText", "opener", "closer",
    "postscript", "castList", "titlePage", "u"))
# A block (the default rule's) holding one of these becomes a div.
HOLDS_BLOCKS = STRUCTURAL | {T + n for n in ("l", "head", "castItem", "titlePart", "seg",
                                              "quote")}
QUOTED_BLOCKS = frozenset(T + n for n in ("p", "lg", "list", "sp", "body", "ab"))
HI_TAGS = (("italic", "i"), ("bold", "b"), ("strong", "b"), ("sup", "sup"),
           ("subscript", "sub"), ("underline", "u"))
MAX_SPAN = 1000
CHOICE_FORMS = frozenset(T + n for n in ("sic", "corr", "reg", "orig", "abbr", "expan"))
VOID = frozenset(("br",))


ATTRIBUTE_SPECIAL = re.compile(r'[&"<>\n\r\t]')
ATTRIBUTE_ESCAPES = {"&": "&amp;", '"': "&quot;", "<": "&lt;", ">": "&gt;", "\n": "&#10;",
                     "\r": "&#13;", "\t": "&#9;"}


def escape_text(text: str) -> str:
    """Text as HTML text: what lxml's HTML serialiser escapes (&, <, >)."""
    if "&" in text or "<" in text or ">" in text:
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text


def escape_attribute(value: str) -> str:
    """An attribute value inside double quotes: &, ", <, > and line ends escaped."""
    if ATTRIBUTE_SPECIAL.search(value) is None:
        return value
    return ATTRIBUTE_SPECIAL.sub(lambda m: ATTRIBUTE_ESCAPES[m.group()], value)


class Body:
    """The writer of one master's text: a list of HTML strings, each made by
    :meth:`start`, :meth:`end`, :meth:`void` or :meth:`write` (which escape everything)."""

    def __init__(self, doc: Document, view: View, base: int) -> None:
        self.out: list[str] = []
        self.doc = doc
        self.view = view
        self.base = base
        self.depth = 0                  # enclosing divs that have a head
        self.numbered: dict[int, Numbered] = {}
        self.starts: dict[tuple[str, str], str] = {}
        self.pointers: list[tuple[int, int, dict[str, str], str]] = []  # resolved at the end
        self.rules: dict[str, Callable[[Any, int], None]] = {
            T + name: getattr(self, rule) for name, rule in RULES.items()}
        self.rules.update({tag: self.math for tag in mathml.ROOTS})

    # ------------------------------------------------------------------ output

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        """The one way an element gets onto the page (the guard on the output)."""
        if len(attrs) == 1 and "class" in attrs:       # the common case, checked once
            key = (tag, attrs["class"])
            markup = self.starts.get(key)
            if markup is None:
                markup = self.starts[key] = self._markup(tag, attrs)
            self.out.append(markup)
        else:
            self.out.append(self._markup(tag, attrs))

    def _markup(self, tag: str, attrs: dict[str, str]) -> str:
        if tag not in HTML_TAGS:
            raise _unsafe(f"element <{tag}>")
        markup = "<" + tag
        for name, value in attrs.items():
            if name not in ATTRIBUTES or (name == "href" and not SAFE_LINK.match(value)):
                raise _unsafe(f"attribute {name}={value!r}")
            markup += f' {name}="{escape_attribute(value)}"'
        return markup + ">"

    def end(self, tag: str) -> None:
        self.out.append(f"</{tag}>")

    def void(self, tag: str) -> None:
        if tag not in VOID:
            raise _unsafe(f"element <{tag}>")
        self.out.append(f"<{tag}>")

    def write(self, text: str) -> None:
        self.out.append(escape_text(text))

    def gen(self, text: str, tag: str = "span", cls: str = "sign gen", **attrs: str) -> None:
        """Generated text: a sign, a number, a heading the master does not have."""
        if attrs:
            self.start(tag, {"class": cls, **attrs})
        else:
            self.start(tag, {"class": cls})
        self.out.append(escape_text(text))
        self.out.append(f"</{tag}>")

    def open(self, tag: str, cls: str, el, keys: Optional[list] = None) -> None:
        """The start tag of *el* written as *tag* of class *cls* (with its id and
        language, if it has them)."""
        if keys is None:
            keys = el.keys()
        if keys and (XML_ID in keys or XML_LANG in keys):
            self.start(tag, self.attrs(el, cls))
            return
        key = (tag, cls)
        markup = self.starts.get(key)
        if markup is None:
            markup = self.starts[key] = self._markup(tag, {"class": cls})
        self.out.append(markup)

    def attrs(self, el, cls: str) -> dict[str, str]:
        """class, and the element's language and page id if it has them."""
        a = {"class": cls}
        keys = el.keys()
        if keys:
            if XML_LANG in keys:
                a["lang"] = el.get(XML_LANG)
            if XML_ID in keys:
                page_id = self.doc.claim(el)
                if page_id:
                    a["id"] = page_id
        return a

    def children(self, el, where: int) -> None:
        append, rules, default = self.out.append, self.rules, self.default
        text = el.text
        if text:
            if "&" in text or "<" in text or ">" in text:
                text = escape_text(text)
            append(text)
        for child in el:
            tag = child.tag
            if tag.__class__ is str:
                if tag in SEPARATED and glued_before(child):
                    append(SEPARATED[tag])
                rules.get(tag, default)(child, where)
            tail = child.tail
            if tail:
                if "&" in tail or "<" in tail or ">" in tail:
                    tail = escape_text(tail)
                append(tail)

    def text(self, text_el) -> None:
        """One <text>: its notes and apparatus at its end unless its documents have them."""
        owner = self.doc.enter(text_el)
        self.container(text_el, CONTAINER, owner, "div")
        self.doc.leave(owner)

    # ------------------------------------------------------------------ structure

    def container(self, el, where: int, owner: Optional[Owner], tag: str,
                  cls: str = "") -> None:
        name = _local(el)
        self.open(tag, cls or name, el)
        if tag == "section":
            self.write("\n")
        self.children(el, CONTAINER)
        if owner is not None:
            self.endnotes(owner)
        self.end(tag)
        self.write("\n")

    def div(self, el, where: int) -> None:
        has_head = el.find(T + "head") is not None
        self.depth += has_head
        owner = self.doc.enter(el)
        self.container(el, where, owner, "section", f"div div-{class_token(el.get('type'))}")
        self.doc.leave(owner)
        self.depth -= has_head

    def structure(self, el, where: int) -> None:          # front, back, body, group
        self.container(el, where, None, "div")

    def head(self, el, where: int) -> None:
        parent = el.getparent()
        if parent is None or parent.tag != T + "div" or where == PHRASING:
            self.block(el, where, "head")
            return
        level = self.base + self.depth - 1
        a = self.attrs(el, "head")
        if level > 6:                         # HTML has six levels; say the seventh and on
            a.update(role="heading", **{"aria-level": str(level)})
        self.start(f"h{max(1, min(level, 6))}", a)
        self.children(el, PHRASING)
        self.end(f"h{max(1, min(level, 6))}")
        self.write("\n")

    def p(self, el, where: int) -> None:
        if where == PHRASING:
            tag = "span"
        else:
            tag = "div" if _holds(el, STRUCTURAL) else "p"
        keys = el.keys()
        cls = f"p rend-{class_token(el.get('rend'))}" if "rend" in keys else "p"
        numbered = self.doc.paragraph_id(el)
        if numbered is None:
            self.open(tag, cls, el, keys)
        else:
            a = {"class": cls, "id": numbered[0]}
            if XML_LANG in keys:
                a["lang"] = el.get(XML_LANG)
            self.start(tag, a)
            self.gen(str(numbered[1]), "a", "pn gen", href="#" + numbered[0])
        self.children(el, FLOW if tag == "div" else PHRASING)
        self.out.append(f"</{tag}>\n" if tag != "span" else "</span>")

    def block(self, el, where: int, cls: str = "", kind: str = "") -> None:
        """A block of text: p when it holds running text, div when it holds blocks, span
        when it stands inside running text itself."""
        if where == PHRASING:
            tag = "span"
        else:
            tag = kind or ("div" if _holds(el, HOLDS_BLOCKS) else "p")
        cls = cls or _local(el) or "foreign"
        rend = el.get("rend")
        if rend:
            cls += f" rend-{class_token(rend)}"
        self.open(tag, cls, el)
        self.children(el, PHRASING if tag != "div" else
                      (CONTAINER if el.tag in CONTAINERS else FLOW))
        self.end(tag)
        if tag != "span":
            self.write("\n")

    def inline(self, el, where: int, cls: str = "") -> None:
        self.open("span", cls or CLASS_OF.get(el.tag) or _local(el) or "foreign", el)
        self.children(el, PHRASING)
        self.out.append("</span>")

    def default(self, el, where: int) -> None:
        """An element without a rule keeps its text."""
        if where == CONTAINER:
            self.block(el, where)
        else:
            self.inline(el, where)

    def phrase(self, el, where: int) -> None:
        tag = el.tag
        self.open("span", CLASS_OF.get(tag) or _local(el), el)
        self.children(el, PHRASING)
        self.out.append("</span>")

    def line(self, el, where: int) -> None:
        self.block(el, where)

    def blocks(self, el, where: int) -> None:
        self.block(el, where, kind="div")

    def seg(self, el, where: int) -> None:
        kind = el.get("type")
        self.block(el, where, f"seg seg-{class_token(kind)}" if kind else "seg")

    # ------------------------------------------------------------------ transcripts

    def sp(self, el, where: int) -> None:
        if where == PHRASING:
            self.inline(el, where)
            return
        self.open("div", "sp", el)
        self.write("\n")
        for speaker in el.iterfind(T + "speaker"):
            self.block(speaker, FLOW, "speaker")
        self.start("div", {"class": "speech"})
        self.write("\n")
        self.speech(el)
        self.end("div")
        self.write("\n")
        self.end("div")
        self.write("\n")

    def speech(self, el) -> None:
        write, rules, default = self.write, self.rules, self.default
        if el.text:
            write(el.text)
        for child in el:
            tag = child.tag
            if tag.__class__ is str and tag != T + "speaker":
                rules.get(tag, default)(child, CONTAINER)
            if child.tail:
                write(child.tail)

    def u(self, el, where: int) -> None:
        """A turn of spoken TEI: the speaker's label (from @who) and the speech."""
        label = spoken.speaker_label(self.doc, el)
        if where == PHRASING or not label:
            self.block(el, where, kind="div")
            return
        self.open("div", "sp u", el)
        self.write("\n")
        self.start("p", {"class": "speaker gen"})
        self.write(label.name)
        if label.roles:
            self.gen(f" ({label.roles})", cls="role gen")
        self.end("p")
        self.write("\n")
        self.start("div", {"class": "speech"})
        self.write("\n")
        self.children(el, CONTAINER)
        self.end("div")
        self.write("\n")
        self.end("div")
        self.write("\n")

    def aside(self, el, where: int) -> None:        # incident, kinesic, vocal, speaker note
        self.block(el, where, f"stage {_local(el)}")

    # ------------------------------------------------------------------ lists, tables

    def list(self, el, where: int) -> None:
        if where == PHRASING:
            self.inline(el, where, "list")
            return
        self.open("div", "list-block", el)
        for head in el.iterfind(T + "head"):
            self.block(head, FLOW, "head")
        kind = class_token(el.get("type"))
        if el.find(T + "label") is not None:
            self.start("dl", {"class": f"list list-{kind}"})
            self.items(el, {T + "label": "dt", T + "item": "dd"}, "dd")
            self.end("dl")
        else:
            numbered = any(i.get("n") is not None for i in el.iterfind(T + "item"))
            self.start("ul", {"class": f"list list-{kind}" + (" numbered" if numbered else "")})
            self.items(el, {T + "item": "li"}, "li")
            self.end("ul")
        self.end("div")

    def items(self, el, tags: dict[str, str], extra: str) -> None:
        newline = extra == "li"
        for child in el:
            tag = child.tag
            if tag.__class__ is str and tag != T + "head":
                html = tags.get(tag)
                if html is not None:
                    self.start(html, self.attrs(child, ""))
                    self.children(child, PHRASING if html == "dt" else FLOW)
                    self.end(html)
                    if newline:
                        self.write("\n")
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
                self.write("\n")
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

    def stray(self, text: Optional[str], tag: str) -> None:
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
                self.start("td", a)
                self.children(cell, FLOW)
                self.end("td")
            self.stray(cell.tail, "td")

    def cell(self, el, where: int) -> None:            # a row or a cell in running text
        self.start("span", {"class": _local(el)})
        self.children(el, PHRASING)
        self.write(" ")
        self.end("span")

    # ------------------------------------------------------------------ quotations

    def quote(self, el, where: int) -> None:
        if where != PHRASING and _holds(el, QUOTED_BLOCKS):
            self.open("blockquote", _local(el), el)
            self.children(el, CONTAINER)
            self.end("blockquote")
        else:
            self.inline(el, where)

    # ------------------------------------------------------------------ inline

    def hi(self, el, where: int) -> None:
        tag, cls = _hi(el.get("rend") or "")
        self.open(tag, cls, el)
        self.children(el, PHRASING)
        self.out.append(f"</{tag}>")

    def emph(self, el, where: int) -> None:
        self.open("em", "emph", el)
        self.children(el, PHRASING)
        self.end("em")

    def foreign(self, el, where: int) -> None:            # foreign, term
        self.open("i", _local(el), el)
        self.children(el, PHRASING)
        self.end("i")

    def title(self, el, where: int) -> None:
        self.open("cite", "title", el)
        self.children(el, PHRASING)
        self.end("cite")

    def lb(self, el, where: int) -> None:
        breaks, sign = line_break(el, self.view)
        if breaks:
            self.void("br")
        elif sign:
            self.gen(sign, cls="lb gen", title="line break inside the word")
        self.children(el, PHRASING)   # empty by definition; any text in it is kept

    def pb(self, el, where: int) -> None:
        n = " ".join((el.get("n") or "").split())
        a = self.attrs(el, "pb gen")
        a["title"] = f"Page {n}"
        self.start("span", a)
        self.write(f"p. {n}" if n else "p.")
        self.end("span")
        self.children(el, PHRASING)   # empty by definition; any text in it is kept

    def milestone(self, el, where: int) -> None:          # cb, milestone, anchor
        self.open("span", _local(el), el)
        self.children(el, PHRASING)
        self.end("span")

    def ref(self, el, where: int) -> None:
        target = (el.get("target") or "").strip()
        if target.startswith("#"):               # resolved once the page is written
            slot = len(self.out)
            self.out.append("")
            attrs = self.attrs(el, "ref")
            self.children(el, PHRASING)
            self.out.append("")
            self.pointers.append((slot, len(self.out) - 1, attrs, target))
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
            self.out.append("")
            self.pointers.append((len(self.out) - 1, -1, {}, target))
        else:
            href = safe_href(target)
            if href is not None:
                self.gen("↗", "a", "ptr gen", href=href)
        self.children(el, PHRASING)   # empty by definition; any text in it is kept

    def resolve_pointers(self) -> None:
        """Links to ids on the page, now that every id is known: a ref links to its
        target (or stays a span), a ptr to a note shows the note's number."""
        out, doc = self.out, self.doc
        for start, end, a, target in self.pointers:
            anchor = doc.anchor(target)
            note = doc.notes_by_id.get(target[1:])
            mark = len(out)
            if end < 0:                          # a ptr: a marker, or nothing
                if note is not None:
                    self.start("a", {"class": "fn-ref gen", "href": "#" + note.id})
                    self.gen(note.label, "sup", "")
                    self.end("a")
                elif anchor is not None:
                    self.gen("↗", "a", "ptr gen", href=anchor)
                out[start] = "".join(out[mark:])
                del out[mark:]
                continue
            if note is not None:
                anchor = "#" + note.id
            if anchor is not None:
                a["href"] = anchor
            self.start("a" if anchor else "span", a)
            out[start] = out.pop()
            out[end] = "</a>" if anchor else "</span>"

    # ------------------------------------------------------------------ transcription

    def signed(self, el, where: int) -> None:
        """Apparatus and transcription markup: the view's signs around its content."""
        sign = sign_for(el, self.view)
        name = _local(el)
        a = self.attrs(el, name)
        if name == "add" and el.get("place"):
            a["class"] = f"add place-{class_token(el.get('place'))}"
            a["title"] = f"added ({' '.join((el.get('place') or '').split())})"
        if name == "gap" and not sign.show_content:
            desc = el.find(T + "desc")
            if desc is not None:
                a["title"] = " ".join("".join(desc.itertext()).split())
        tag = "del" if name == "del" and sign.show_content else "span"
        self.start(tag, a)
        if sign.before:
            self.gen(sign.before)
        if sign.show_content:
            self.children(el, PHRASING)
        if sign.after:
            self.gen(sign.after)
        self.end(tag)

    def choice(self, el, where: int) -> None:
        forms = choice_forms(el, self.view)
        self.open("span", "choice", el)
        if forms.shown is not None:
            self.form(forms.shown)
        if forms.alone:
            self.gen(forms.alone)
        for k, (label, form) in enumerate(forms.others):
            opening = forms.OPEN if k == 0 else forms.SEPARATOR
            self.gen(f"{opening}{label}: ")
            self.form(form)
        if forms.others:
            self.gen(forms.CLOSE)
        self.end("span")

    def form(self, form) -> None:
        """A form of a choice: sic, corr, … as plain spans; anything else by its rule."""
        if form.tag in CHOICE_FORMS:
            self.inline(form, PHRASING)
        else:
            self.rules.get(form.tag, self.default)(form, PHRASING)

    def app(self, el, where: int) -> None:
        """A critical apparatus entry: the lemma in the text, a numbered marker to the
        entry at the foot of the document (apparatus.py)."""
        entry = self.doc.number_app(el)
        self.open("span", "app", el)
        for kind, part in apparatus.running_text(el):
            if kind == "text":
                self.write(part)
            elif kind == "lemma":
                self.inline(part, PHRASING)
            else:
                self.rules.get(part.tag, self.default)(part, PHRASING)
        self.start("a", {"class": "app-ref gen", "id": entry.ref, "href": "#" + entry.id})
        self.gen(apparatus.marker(entry.label), "sup", "")
        self.end("a")
        self.end("span")

    def math(self, el, where: int) -> None:
        mathml.write(self, el)

    # ------------------------------------------------------------------ notes

    def note(self, el, where: int) -> None:
        if not is_numbered_note(el):
            kind = el.get("type")
            if kind == "speaker":
                self.aside(el, where)
                return
            self.block(el, where, f"note note-{class_token(kind)}" if kind else "note")
            return
        numbered = self.number(el)
        label = numbered.label
        self.start("a", {"class": "fn-ref gen", "id": numbered.ref, "href": "#" + numbered.id,
                         "role": "doc-noteref"})
        self.start("sup", {})
        self.write(label)
        self.end("sup")
        self.end("a")
        self.start("span", {"class": "fn-print", "aria-hidden": "true", "data-label": label})
        self.gen(label, cls="fn-print-label gen")
        self.write(" ")
        self.flat_children(el)
        self.end("span")

    def number(self, note) -> Numbered:
        numbered = self.numbered.get(id(note))
        if numbered is None:
            numbered = self.numbered[id(note)] = self.doc.number_note(note)
        return numbered

    def endnotes(self, owner: Owner) -> None:
        level = str(max(1, min(self.base + self.depth, 6)))
        if owner.notes:
            self.start("section", {"class": "notes", "role": "doc-endnotes"})
            self.write("\n")
            self.gen("Notes", "h" + level, "notes-head gen")
            self.write("\n")
            self.start("ol", {"class": "notes"})
            self.write("\n")
            k = 0
            while k < len(owner.notes):      # a note's own notes join the list
                note = owner.notes[k]
                self.start("li", {"class": "note", "id": note.id, "role": "doc-endnote"})
                self.gen(note.label, "a", "fn-back gen", href="#" + note.ref,
                         role="doc-backlink")
                self.write(" ")
                self.doc.in_note += 1
                self.start("div", {"class": "note-body"})
                self.children(note.el, FLOW)
                self.end("div")
                self.doc.in_note -= 1
                self.end("li")
                self.write("\n")
                k += 1
            self.end("ol")
            self.write("\n")
            self.end("section")
            self.write("\n")
        if owner.apparatus:
            apparatus.write_html(self, owner, level)

    # ------------------------------------------------------------------ print copies

    def flat_children(self, el) -> None:
        """The print copy of a note: the same text and signs, every element a span, no
        ids (engines with CSS footnotes float it to the foot of the page)."""
        write = self.write
        if el.text:
            write(el.text)
        for child in el:
            if child.tag.__class__ is str:
                self.flat(child)
            if child.tail:
                write(child.tail)

    def flat(self, el) -> None:
        tag = el.tag
        if tag == T + "note" and is_numbered_note(el):
            self.gen(self.number(el).label, "sup", "gen")
        elif tag == T + "pb":
            n = " ".join((el.get("n") or "").split())
            self.gen(f"p. {n}", cls="pb gen")
        elif tag in (T + "lb", T + "choice", T + "app", T + "ptr") or tag in mathml.ROOTS:
            self.doc.in_note += 1
            self.rules[tag](el, PHRASING)
            self.doc.in_note -= 1
        elif tag in (T + "teiHeader",):
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

    def skip(self, el, where: int) -> None:
        pass


RULES = {
    "text": "structure", "front": "structure", "back": "structure", "body": "structure", "group": "structure",
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
    "anchor": "milestone", "ref": "ref", "ptr": "ptr",
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
          "c", "pc", "subst", "corr", "reg", "orig", "abbr", "expan", "lem", "rdg")
RULES.update((name, "phrase") for name in INLINE)
CLASS_OF = {T + name: name for name in list(RULES) + ["foreign"]}


def _local(el) -> str:
    tag = el.tag
    return tag[len(T):] if tag.startswith(T) else ""


@functools.lru_cache(maxsize=256)
def _hi(rend: str) -> tuple[str, str]:
    """The HTML of a <hi rend>: i, b, sup, sub or u, else a span with the rendition."""
    tag = next((html for word, html in HI_TAGS if word in rend), "")
    if tag:
        return tag, "hi"
    return "span", f"hi rend-{class_token(rend)}" if rend else "hi"


def _holds(el, tags: frozenset) -> bool:
    """Whether *el* has a child element among *tags*."""
    for child in el:
        if child.tag in tags:
            return True
    return False


def _span(value: Optional[str]) -> str:
    try:
        n = int((value or "").strip())
    except ValueError:
        return ""
    return str(n) if 1 < n < MAX_SPAN else ""


def _unsafe(what: str):
    return fail("teikit", f"the HTML writer refused to write {what}", "internal",
                exit_code=Exit.INTERNAL)


def render_fragment(root, view: View, base: int = 2, prefix: str = "") -> bytes:
    """The text of *root* (a TEI document or teiCorpus) as ``<div class="tei-text">``
    (ids start with *prefix*, the heading of a top-level div is h<base>), in UTF-8."""
    doc = Document(root, prefix)
    body = Body(doc, view, base)
    body.start("div", {"class": "tei-text"})
    body.out.append("\n")
    for text_el in doc.texts:
        body.text(text_el)
    body.end("div")
    body.resolve_pointers()
    body.out.append("\n")
    return "".join(body.out).encode("utf-8")
