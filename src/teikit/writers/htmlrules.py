"""The rules of the HTML writer for the structure and running text of a master: divisions,
paragraphs, blocks and phrases, transcripts and spoken turns, highlighting, page and line
breaks, and the editorial and transcription signs (teikit.signs). Lists, tables, links,
notes and the apparatus are :mod:`teikit.writers.htmlbody`'s, which puts them together.
"""
from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from ..signs import View, choice_forms, line_break, sign_for
from ..tei import XML_ID, XML_LANG
from . import mathml, spoken
from .document import (
    BLOCK_PARENTS,
    NO_TOKEN,
    SEPARATED,
    Document,
    Numbered,
    Owner,
    T,
    class_token,
    glued_before,
)
from .htmlout import FILL, GuardedOutput, escape_attribute, escape_text

# TextRules.children in C (built with the package where a C compiler is found; without it
# the Python method, the same bytes, slower).
_Walker: Any
try:
    from ._htmlwalk import Walker as _Walker
except ImportError:                              # pragma: no cover
    _Walker = None

# Where an element stands: between blocks of a container (an element without a rule is a
# block there), in other flow content, or in running text (a block becomes a span).
CONTAINER, FLOW, PHRASING = 0, 1, 2
CONTAINERS = {T + n for n in (
    "div", "body", "front", "back", "text", "sp", "lg", "opener", "closer", "postscript",
    "titlePage", "castList", "u", "floatingText", "group", "argument", "epigraph",
    "docTitle")}
STRUCTURAL = frozenset(T + n for n in (
    "p", "ab", "lg", "list", "table", "div", "sp", "floatingText", "opener", "closer",
    "postscript", "castList", "titlePage", "u"))
HOLDS_BLOCKS = STRUCTURAL | {T + n for n in ("l", "head", "castItem", "titlePart", "seg",
                                              "quote")}
QUOTED_BLOCKS = frozenset(T + n for n in ("p", "lg", "list", "sp", "body", "ab"))
HI_TAGS = (("italic", "i"), ("bold", "b"), ("strong", "b"), ("sup", "sup"),
           ("subscript", "sub"), ("underline", "u"))
HI, HEAD = T + "hi", T + "head"
FLUSH_AT = 1 << 18       # pieces of output held as strings before they are encoded
CHOICE_FORMS = frozenset(T + n for n in ("sic", "corr", "reg", "orig", "abbr", "expan"))


class TextRules(GuardedOutput):
    """One master's structure and running text (see the module's docstring)."""

    def __init__(self, doc: Document, view: View, base: int) -> None:
        super().__init__()
        self.doc = doc
        self.view = view
        self.base = base
        self.depth = 0                  # enclosing divs that have a head
        self.numbered: dict[int, Numbered] = {}
        self.pointers: list[tuple[int, int, dict[str, str], str]] = []  # resolved at the end
        self.rules: dict[str, Callable[[Any, int], None]] = {}          # Body's RULES
        self.his: dict[str | None, tuple[str, str]] = {}
        # Rules that write a span of one HTML tag and class around the content in running
        # text: Clark name -> (start tag, end tag), checked by the guard once.
        self.spans: dict[str, tuple[str, str]] = {HI: self.hi_span(None)}
        self._default = self.default
        self.flat_spans: dict[tuple[str, str | None], str] = {}   # Body.flat_children's
        self.walker = None if _Walker is None else _Walker(
            self.out, self.rules, self.spans, self._default, self.his, self.hi_span,
            SEPARATED, glued_before, escape_text, HI, XML_ID, XML_LANG, PHRASING)
        if self.walker is not None:        # the same walk in C (teikit/writers/_htmlwalk.c)
            self.children = self.walker.children  # type: ignore[method-assign]
            self.walker.paragraph_rules(
                functools.partial(TextRules.p, self), doc.paragraph_id, self.numbered_start,
                self.opening("p", "p"), self.numbered_opening("p", "p"), STRUCTURAL,
                self.flush, FLUSH_AT)
            self.p = self.walker.paragraph  # type: ignore[method-assign]
            # paragraph numbers (Document.paragraph_id) and glued_before in C as well
            self.walker.numbering(doc, frozenset(BLOCK_PARENTS), frozenset(NO_TOKEN),
                                  T + "note")

    def span_rules(self, spans: dict[str, tuple[str, str]]) -> None:
        """Register rules that write *tag* of class *cls* around the content
        (``{TEI name: (tag, cls)}``; any cls "" is the element's local name)."""
        for name, (tag, cls) in spans.items():
            self.spans[T + name] = (self._markup(tag, {"class": cls or name}), f"</{tag}>")

    # ------------------------------------------------------------------ output

    def open(self, tag: str, cls: str, el, keys: list | None = None) -> None:
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

    def children(self, el, where: int, kids: list | None = None) -> None:
        """The content of *el* (whose children are *kids*, if the caller has them): its
        text, and each child by its rule. A child whose rule is a plain span
        (:attr:`spans`; a ``<hi>`` by its rendition) and that has no id or language to
        keep is written here, from markup made once: what its rule writes, without the
        calls."""
        append, rules, spans = self.append, self.rules, self.spans
        text = el.text
        if text:
            if "&" in text or "<" in text or ">" in text:
                text = escape_text(text)
            append(text)
        for child in el[:] if kids is None else kids:    # a list made in C: cheaper
            tag = child.tag                               # than lxml's iterator
            if tag.__class__ is str:
                if tag in SEPARATED and glued_before(child):
                    append(SEPARATED[tag])
                span = spans.get(tag)
                if span is not None:
                    keys = child.keys()
                    if keys:
                        if XML_ID in keys or XML_LANG in keys:
                            span = None
                        elif tag == HI:
                            span = self.hi_span(child.get("rend"))
                if span is None:
                    rules.get(tag, self._default)(child, where)
                else:
                    append(span[0])
                    if len(child):
                        self.children(child, PHRASING)
                    else:
                        text = child.text
                        if text:
                            if "&" in text or "<" in text or ">" in text:
                                text = escape_text(text)
                            append(text)
                    append(span[1])
            tail = child.tail
            if tail:
                if "&" in tail or "<" in tail or ">" in tail:
                    tail = escape_text(tail)
                append(tail)

    def hi_span(self, rend: str | None) -> tuple[str, str]:
        """The markup of a ``<hi>`` of this rendition (see :meth:`hi`), made once."""
        span = self.his.get(rend)
        if span is None:
            tag, cls = _hi(rend or "")
            span = self.his[rend] = (self._markup(tag, {"class": cls}), f"</{tag}>")
        return span

    def text(self, text_el) -> None:
        """One <text>: its notes and apparatus at its end unless its documents have them."""
        owner = self.doc.enter(text_el)
        self.container(text_el, CONTAINER, owner, "div")
        self.doc.leave(owner)

    # ------------------------------------------------------------------ structure

    def container(self, el, where: int, owner: Owner | None, tag: str,
                  cls: str = "", kids: list | None = None) -> None:
        name = _local(el)
        self.open(tag, cls or name, el)
        if tag == "section":
            self.append("\n")
        self.children(el, CONTAINER, kids)
        if owner is not None:
            self.endnotes(owner)
        self.end(tag)
        self.append("\n")

    def div(self, el, where: int) -> None:
        kids = el[:]                   # looked at here and walked (ElementPath is slower)
        has_head = any(kid.tag == HEAD for kid in kids)
        self.depth += has_head
        owner = self.doc.enter(el)
        self.container(el, where, owner, "section", f"div div-{class_token(el.get('type'))}",
                       kids)
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
        self.append("\n")

    def p(self, el, where: int) -> None:
        kids = el[:]
        if where == PHRASING:
            tag = "span"
        else:
            tag = "div" if _holds(kids, STRUCTURAL) else "p"
        keys = el.keys()
        cls = f"p rend-{class_token(el.get('rend'))}" if "rend" in keys else "p"
        numbered = self.doc.paragraph_id(el, XML_ID in keys)
        if numbered is None:
            self.open(tag, cls, el, keys)
        elif XML_LANG in keys or tag == "span":
            a = {"class": cls, "id": numbered[0]}
            if XML_LANG in keys:
                a["lang"] = el.get(XML_LANG)
            self.start(tag, a)
            self.gen(str(numbered[1]), "a", "pn gen", href="#" + numbered[0])
        else:
            self.numbered_start(tag, cls, numbered[0], numbered[1])
        self.children(el, FLOW if tag == "div" else PHRASING, kids)
        self.append(f"</{tag}>\n" if tag != "span" else "</span>")
        if len(self.out) > FLUSH_AT:
            self.flush()

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
            self.append("\n")

    def inline(self, el, where: int, cls: str = "") -> None:
        self.open("span", cls or _local(el) or "foreign", el)
        self.children(el, PHRASING)
        self.out.append("</span>")

    def default(self, el, where: int) -> None:
        """An element without a rule keeps its text."""
        if where == CONTAINER:
            self.block(el, where)
        else:
            self.inline(el, where)

    def phrase(self, el, where: int) -> None:
        self.open("span", _local(el), el)
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
        self.append("\n")
        for speaker in el.iterfind(T + "speaker"):
            self.block(speaker, FLOW, "speaker")
        self.start("div", {"class": "speech"})
        self.append("\n")
        self.speech(el)
        self.end("div")
        self.append("\n")
        self.end("div")
        self.append("\n")

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
        self.append("\n")
        self.start("p", {"class": "speaker gen"})
        self.write(label.name)
        if label.roles:
            self.gen(f" ({label.roles})", cls="role gen")
        self.end("p")
        self.append("\n")
        self.start("div", {"class": "speech"})
        self.append("\n")
        self.children(el, CONTAINER)
        self.end("div")
        self.append("\n")
        self.end("div")
        self.append("\n")

    def aside(self, el, where: int) -> None:        # incident, kinesic, vocal, speaker note
        self.block(el, where, f"stage {_local(el)}")

    # ------------------------------------------------------------------ lists, tables

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
        if len(a) == 2 and "id" in a:                # the usual page break: a template
            p = self.recorded("pb", self.page_break)
            self.append(f"{p[0]}{escape_attribute(a['id'])}{p[1]}{escape_attribute(n)}{p[2]}")
        else:
            a["title"] = f"Page {n}"
            self.start("span", a)
        self.write(f"p. {n}" if n else "p.")
        self.end("span")
        if el.text or len(el):
            self.children(el, PHRASING)   # empty by definition; any text in it is kept

    def page_break(self) -> None:
        """The start of a page break with an id (made once: :meth:`pb`)."""
        self.start("span", {"class": "pb gen", "id": FILL, "title": f"Page {FILL}"})

    def milestone(self, el, where: int) -> None:          # cb, milestone, anchor
        self.open("span", _local(el), el)
        self.children(el, PHRASING)
        self.end("span")

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
        if forms.stray:
            self.write(f" {forms.stray} ")
        self.end("span")

    def form(self, form) -> None:
        """A form of a choice: sic, corr, … as plain spans; anything else by its rule."""
        if form.tag in CHOICE_FORMS:
            self.inline(form, PHRASING)
        else:
            self.rules.get(form.tag, self.default)(form, PHRASING)

    def math(self, el, where: int) -> None:
        mathml.write(self, el)

    def skip(self, el, where: int) -> None:
        pass

    def endnotes(self, owner: Owner) -> None:
        """The notes and apparatus at the end of a document: :class:`htmlbody.Body`'s."""
        raise NotImplementedError


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
    """Whether *el* (an element, or the list of its children) has a child element among
    *tags*."""
    for child in el:
        if child.tag in tags:
            return True
    return False

