"""The one way onto an HTML page: a guarded output that escapes every text and attribute
and refuses what a page of teikit's must never hold.

Every element and attribute the text's writer makes passes through :meth:`GuardedOutput.
start`, which refuses any element not in :data:`HTML_TAGS` (so never a script, style,
iframe, base, form, object or embed), any attribute not in :data:`ATTRIBUTES` (so never an
``on*`` handler) and any link that is not http(s), mailto or an anchor on the page. The
output is a list of strings, joined and encoded once at the end. Measured on the FRUS
volume (bench/export.py), lxml's incremental serialiser (``etree.htmlfile``) costs 2 to 3
microseconds an element, as much as the whole floor for the 39,000 elements of that page;
this output, with the same escaping and the guard, a fraction of that.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ..diagnostics import Exit, fail
from . import mathml

HTML_TAGS = frozenset((
    "div", "section", "p", "span", "a", "sup", "sub", "i", "b", "u", "em", "cite", "br",
    "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "caption",
    "tbody", "tr", "td", "th", "blockquote", "del", "small")) | mathml.TAGS
ATTRIBUTES = frozenset(("class", "id", "href", "title", "lang", "role", "colspan", "rowspan",
                        "aria-hidden", "aria-level", "data-label")) | mathml.ATTRIBUTES
SAFE_LINK = re.compile(r"(?:https?://|mailto:|#)", re.I)
VOID = frozenset(("br",))
FILL = "\0"                      # a value filled in later (no XML text can hold a NUL)
NUMBERED_TAGS = frozenset(("p", "div"))          # of paragraphs numbered for citation
ATTRIBUTE_SPECIAL = re.compile(r'[&"<>\n\r\t]')
ATTRIBUTE_ESCAPES = {"&": "&amp;", '"': "&quot;", "<": "&lt;", ">": "&gt;", "\n": "&#10;",
                     "\r": "&#13;", "\t": "&#9;"}


ENCODE_AT = 4096         # pieces joined and encoded at a time (see encoded)

# The pieces joined straight into UTF-8 in C (teikit/writers/_htmlwalk.c; built with the
# package where a C compiler is found), else in Python below: the same bytes.
_utf8_join: Any
try:
    from ._htmlwalk import utf8_join as _utf8_join
except ImportError:                              # pragma: no cover
    _utf8_join = None


def encoded(pieces: list[str]) -> list[bytes]:
    """*pieces* in UTF-8: in C, one pass with no string of them joined; in Python, a few
    thousand joined at a time: most such runs are ASCII and stay one byte a character
    until they are encoded (a third faster than all at once on the FRUS volume of
    bench/export.py, where one quotation mark widens the whole). Each piece that is
    ASCII is copied as it is in C, so every chunk of that volume, which the quotation
    marks widen, costs a quarter of Python's."""
    if _utf8_join is not None and pieces:
        joined = _utf8_join(pieces)
        if joined is not None:
            return [joined]
    return ["".join(pieces[k:k + ENCODE_AT]).encode("utf-8")
            for k in range(0, len(pieces), ENCODE_AT)]


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


class GuardedOutput:
    """HTML as a list of strings, made only by :meth:`start`, :meth:`end`, :meth:`void`,
    :meth:`write` and :meth:`gen`."""

    def __init__(self) -> None:
        self.out: list[str] = []
        self.append = self.out.append           # the list is never replaced
        self.starts: dict[tuple[str, str], str] = {}
        self.allowed: set[tuple[str, ...]] = set()     # (tag, attribute names) checked
        self.numbered_starts: dict[tuple[str, str], str] = {}
        self.templates: dict[str, list[str]] = {}
        self.chunks: list[bytes] = []           # the output so far in UTF-8, once flushed
        self.flushed = 0                        # pieces of out already in chunks

    def flush(self) -> None:
        """Move what is in :attr:`out` to :attr:`chunks`, encoded: a long page is held as
        its bytes and a bounded list of pieces, not as millions of small strings."""
        self.chunks += encoded(self.out)
        self.flushed += len(self.out)
        self.out.clear()

    def place(self) -> int:
        """The place of the next piece in the whole output (flushed or not)."""
        return self.flushed + len(self.out)

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

    def recorded(self, name: str, write: Callable[[], None]) -> list[str]:
        """The markup that *write* writes through this output with :data:`FILL` for its
        values, made once (the template *name*) and split at them: the caller joins the
        pieces with each value, escaped as the call that takes it would escape it (an
        attribute's with :func:`escape_attribute`, a text's with :func:`escape_text`).
        A value in an ``href`` must follow ``#`` in it: a link on the page, whatever the
        value."""
        pieces = self.templates.get(name)
        if pieces is None:
            mark = len(self.out)
            write()
            pieces = self.templates[name] = "".join(self.out[mark:]).split(FILL)
            del self.out[mark:]
        return pieces

    def opening(self, tag: str, cls: str) -> str:
        """The start tag of *tag* of class *cls*, made (and checked) once."""
        markup = self.starts.get((tag, cls))
        if markup is None:
            markup = self.starts[tag, cls] = self._markup(tag, {"class": cls})
        return markup

    def _markup(self, tag: str, attrs: dict[str, str]) -> str:
        key = (tag, *attrs)
        if key not in self.allowed:              # the element and attribute names, once
            if tag not in HTML_TAGS:
                raise _unsafe(f"element <{tag}>")
            for name, value in attrs.items():
                if name not in ATTRIBUTES:
                    raise _unsafe(f"attribute {name}={value!r}")
            self.allowed.add(key)
        markup = [tag]
        for name, value in attrs.items():         # every value, every time
            if name == "href" and not SAFE_LINK.match(value):
                raise _unsafe(f"attribute {name}={value!r}")
            if ATTRIBUTE_SPECIAL.search(value) is not None:
                value = escape_attribute(value)
            markup.append(f'{name}="{value}"')
        return f"<{' '.join(markup)}>"

    def numbered_start(self, tag: str, cls: str, page_id: str, number: int) -> None:
        """A paragraph's start tag and its number, a link to it: one template of
        elements and attributes the guard allows (only the values vary, escaped)."""
        opening = self.numbered_opening(tag, cls)
        ref = page_id if ATTRIBUTE_SPECIAL.search(page_id) is None else \
            escape_attribute(page_id)
        self.out.append(f'{opening}{ref}"><a class="pn gen" href="#{ref}">{number}</a>')

    def numbered_opening(self, tag: str, cls: str) -> str:
        """A numbered paragraph's start tag up to its id (:meth:`numbered_start`), once."""
        opening = self.numbered_starts.get((tag, cls))
        if opening is None:
            if tag not in NUMBERED_TAGS:
                raise _unsafe(f"element <{tag}>")
            opening = self.numbered_starts[tag, cls] = \
                f'<{tag} class="{escape_attribute(cls)}" id="'
        return opening

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


def _unsafe(what: str):
    return fail("teikit", f"the HTML writer refused to write {what}", "internal",
                exit_code=Exit.INTERNAL)
