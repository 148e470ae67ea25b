"""An EPUB (2 or 3: Standard Ebooks, Project Gutenberg, Wikisource's exports, a
publisher's book): the package read safely (formats.epubpackage), the spine's content
documents in order, each parsed as a web page and put together into one page that the web
page reader (formats.html) reads as it reads any other: emphasis, links, tables, page
breaks and notes are its rules, not copies of them.

Notes as EPUB sets them: a note reference (``epub:type="noteref"``, or a note number
linked to a note) links to a note in another content document (Standard Ebooks'
endnotes.xhtml) or in the same one (``<aside epub:type="footnote">``); the links are
rewritten inside the assembled page, so every note stands at its marker, and a list of
endnotes all read so is left out with its heading (reported).

The ebook's own chrome is not the text of the book, and is left out and reported (the
report names each part, its words and why): the parts the EPUB's structural semantics
(``epub:type``, the DPUB-ARIA ``role``, an EPUB 2 guide's type) name the title page, the
half-title page, the imprint, the colophon, the copyright page (Standard Ebooks'
uncopyright), a table of contents, landmarks, a page list, lists of illustrations or
tables, and the cover; the navigation document; an element whose class calls it
boilerplate (Project Gutenberg's header and licence); and a table of contents written as
text (three links at least into the book's own documents and nothing else but page
numbers, with the heading over it). What an editor wants of them is in the header, from
the package's metadata: dc:title (the main one) is the title, dc:language the language, an
http dc:identifier the source's address; dc:creator, dc:contributor (with their roles),
dc:publisher, dc:source, dc:rights, dc:subject and dc:description go to the source
citation. dc:date is when the ebook was published, never when its text was written: it
is kept as the field "ebook date", not as the document's date.

Line numbers: the content documents' lines are counted one after the other in spine order
(an info message says which lines are which document).
"""
from __future__ import annotations

import re
from typing import Any

from lxml import etree
from lxml import html as lxml_html

from ..diagnostics import Collector, Diagnostic, TeikitError
from ..sourcetext import SourceText
from . import html, suffix
from .epubpackage import XHTML_TYPES, Item, Package, declared_encoding, open_package
from .lines import Lines

NAME = "epub"
MIMETYPE = b"application/epub+zip"

# the structural semantics (epub:type, role="doc-…", an EPUB 2 guide's type) of the
# ebook's chrome, and what the report says of each
CHROME = {
    "titlepage": "the ebook's title page (the title and author are in the header)",
    "title-page": "the ebook's title page (the title and author are in the header)",
    "halftitlepage": "the half-title page (the title is in the header)",
    "imprint": "the ebook's imprint (who made it and from what; the package's metadata "
               "is in the header)",
    "colophon": "the ebook's colophon",
    "copyright-page": "the ebook's copyright or licence page (dc:rights is in the header)",
    "toc": "a table of contents (the headings it lists are in the text)",
    "landmarks": "the ebook's landmarks (navigation)",
    "page-list": "the ebook's list of pages (navigation)",
    "pagelist": "the ebook's list of pages (navigation)",
    "loi": "a list of illustrations (navigation)",
    "lot": "a list of tables (navigation)",
    "cover": "the ebook's cover",
}
NOTE_TYPES = {"footnote", "endnote", "note", "rearnote", "footnotes", "endnotes",
              "rearnotes", "doc-footnote", "doc-endnote"}
HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
# what a table of contents holds besides its links: page numbers, numerals, dots, bars
TOC_FILLER = re.compile(r"(?i)(?:[\W_\d]|\b[ivxlcdm]+\b|\bp(?:age|p?)\b\.?)*")


def sniff(name: str, data: bytes) -> float:
    if not data.startswith(b"PK\x03\x04"):
        return 0.0
    return 0.97 if suffix(name) == ".epub" or MIMETYPE in data[:200] else 0.0


def read(name: str, data: bytes, encoding: str | None, diags: Collector) -> SourceText:
    package = open_package(name, data)
    for problem in package.problems:
        diags.warn(problem, "epub-package")
    out = Lines()
    _metadata(package, out)
    root = _Book(package, out, diags).assemble()
    return html.read_tree(name, root, out, "utf-8", diags)


# ----------------------------------------------------------------------------- metadata

def _metadata(package: Package, out: Lines) -> None:
    """The package's Dublin Core metadata as header hints (see the module's doc)."""
    hints = out.hints
    titles = [(text, attrs) for local, text, attrs in package.metadata if local == "title"]
    main = next((text for text, attrs in titles if ("title-type", "main") in
                 package.refines.get(attrs.get("id", ""), [])), None)
    if main is None and titles:
        main = titles[0][0]
    if main:
        hints.title = main
    subjects: list[str] = []
    for local, text, attrs in package.metadata:
        refined = package.refines.get(attrs.get("id", ""), [])
        roles = [v for prop, v in refined if prop == "role"] or \
            ([attrs["role"]] if attrs.get("role") else [])
        if local == "title" and text != main:
            kind = next((v for prop, v in refined if prop == "title-type"), "title")
            hints.fields.append((kind, text))
        elif local in ("creator", "contributor"):
            hints.fields.append((local, f"{text} ({', '.join(roles)})" if roles else text))
        elif local == "language" and not hints.language:
            hints.language = text
        elif local == "identifier":
            if re.match(r"https?://", text) and not hints.url:
                hints.url = text
            else:
                hints.fields.append(("identifier", text))
        elif local == "date":                 # the ebook's, never the text's
            hints.fields.append(("ebook date", text))
        elif local == "subject":
            subjects.append(text)
        elif local in ("publisher", "source", "rights", "description"):
            hints.fields.append((local, text))
    if subjects:
        hints.fields.append(("subject", "; ".join(subjects)))


# ----------------------------------------------------------------------------- the book

def _types(el) -> set[str]:
    """The structural semantics of an element: its epub:type tokens and DPUB-ARIA role."""
    found: set[str] = set()
    for key, value in el.attrib.items():
        if (key.endswith(":type") and key != "type") or key == "role":
            found.update(v.split(":")[-1].casefold() for v in value.split())
    return {t[4:] if t.startswith("doc-") and t[4:] in CHROME else t for t in found}


def _classes(el) -> list[str]:
    return (el.get("class") or "").casefold().split()


class _Book:
    def __init__(self, package: Package, out: Lines, diags: Collector) -> None:
        self.package, self.out, self.diags = package, out, diags
        self.loaded: list[tuple[int, Item, Any]] = []   # (index, item, its <body>)
        self.index: dict[str, int] = {}                    # path -> index
        self.offset = 0                                    # lines of the items before

    def assemble(self):
        for item, _linear in self.package.spine:
            self._load(item)
        self._linked_items()
        if not self.loaded:
            from ..diagnostics import fail
            raise fail(self.package.name, "not a readable EPUB: no content document of its "
                       "spine could be read", "not-epub")
        for _, item, body in self.loaded:
            self._chrome(item, body)
        for _, item, body in self.loaded:
            self._links(item, body)
        return self._page()

    # -- reading the content documents
    def _load(self, item: Item) -> None:
        if item.path in self.index:
            return
        name = self.package.name
        if item.media_type not in XHTML_TYPES and not item.path.casefold().endswith(
                (".xhtml", ".html", ".htm")):
            self.out.leave_out(self.offset + 1, self.offset + 1, item.path,
                               f"a spine item of type {item.media_type or 'unknown'}, not a "
                               "content document (not read)", "epub-item")
            return
        if "nav" in item.properties:
            data = self.package.read(item.path)
            try:
                text = " ".join(lxml_html.fromstring(data).text_content().split()) if \
                    data.strip() else ""
            except (etree.ParserError, ValueError):     # (only a comment: "empty")
                text = ""
            self.out.leave_out(self.offset + 1, self.offset + 1, text[:300] or item.path,
                               f"{item.path}: the navigation document (the ebook's table of "
                               "contents)", "epub-chrome")
            self.out.hints.fire("epub-chrome")
            return
        data = self.package.read(item.path)
        scratch = Collector(name)
        try:
            root = html.parse(name, data, declared_encoding(data), scratch)
        except TeikitError as exc:
            self.diags.warn(f"the EPUB's {item.path} cannot be read ({exc.diagnostic.message});"
                            " its text is not in the master", "epub-item")
            return
        start = self.offset
        self.offset += data.count(b"\n") + 1
        for d in scratch.items:       # (its lines counted after the documents before it)
            self.diags.items.append(Diagnostic(d.path, d.line + start if d.line else d.line,
                                               d.col, d.severity, d.message, d.code))
        body = root.find("body")
        if body is None:
            body = root
        for el in body.iter():
            if isinstance(el.tag, str) and el.sourceline:
                el.sourceline = el.sourceline + start
        k = len(self.loaded)
        self.index[item.path] = k
        self.loaded.append((k, item, body))
        self.diags.info(f"lines {start + 1}-{self.offset} are the EPUB's {item.path}",
                        "epub-item", start + 1)

    def _linked_items(self) -> None:
        """Content documents outside the spine that the text links notes to: read after it
        (their notes are read at their markers)."""
        for _, item, body in list(self.loaded):
            for a in body.iter("a"):
                target = self.package.resolve(item.path, a.get("href") or "")
                other = self.package.by_path.get(target[0]) if target else None
                if other is not None and other.path not in self.index and \
                        "nav" not in other.properties and (other.media_type in XHTML_TYPES):
                    self._load(other)
                    if other.path in self.index:
                        self.out.hints.fire("epub-linked-item")

    # -- the ebook's chrome
    def _chrome(self, item: Item, body) -> None:
        guide = self.package.guide.get(item.path)
        if guide in CHROME:
            self._leave_out(body, CHROME[guide], whole=True)
            return
        doomed: list[Any] = []
        for el in body.iter():
            if not isinstance(el.tag, str) or any(d in el.iterancestors() for d in doomed):
                continue
            reason = next((CHROME[t] for t in sorted(_types(el)) if t in CHROME), None)
            if reason is None and any("boilerplate" in c for c in _classes(el)):
                reason = "the ebook's boilerplate (its publisher's header or licence)"
            if reason is not None:
                doomed.append(el)
                self._leave_out(el, reason, whole=el is body)
        for el in self._tables_of_contents(item, body, doomed):
            doomed.append(el)
            self._leave_out(el, "a table of contents: links to the book's own parts, whose "
                            "headings are in the text", whole=el is body)
        for el in doomed:
            if el is not body and el.getparent() is not None:
                el.drop_tree()

    def _leave_out(self, el, reason: str, whole: bool = False) -> None:
        text = " ".join(el.text_content().split())
        lines = [x.sourceline for x in el.iter() if isinstance(x.tag, str) and x.sourceline]
        first, last = (min(lines), max(lines)) if lines else (self.offset, self.offset)
        if text:
            self.out.leave_out(first, last, text[:300], reason, "epub-chrome")
        self.out.hints.fire("epub-chrome")
        if whole:                                   # the document's body: emptied
            for child in list(el):
                el.remove(child)
            el.text = None

    def _tables_of_contents(self, item: Item, body, doomed: list) -> list:
        """Tables of contents written as text (see the module's doc), the outermost each."""
        found: list = []
        for el in body.iter("table", "ol", "ul", "dl", "div", "p", "section"):
            if any(a in found or a in doomed for a in (el, *el.iterancestors())):
                continue
            if self._toc(item, el):
                while el.getparent() is not None and el is not body and \
                        self._only_headings_besides(el.getparent(), el):
                    el = el.getparent()
                found.append(el)
        return found

    def _toc(self, item: Item, el) -> bool:
        links = [a for a in el.iter("a") if (a.get("href") or "").strip()]
        if len(links) < 3:
            return False
        for a in links:
            target = self.package.resolve(item.path, a.get("href"))
            if target is None or (target[0] == item.path and not target[1]):
                return False                   # (another site's page; this document)
        outside = "".join(_text_outside(el, links))
        return bool(TOC_FILLER.fullmatch(outside))

    @staticmethod
    def _only_headings_besides(parent, child) -> bool:
        """Does *parent* hold nothing but *child* and short headings (CONTENTS)?"""
        if (parent.text or "").strip():
            return False
        for x in parent:
            if x is child or not isinstance(x.tag, str):
                pass
            elif x.tag in HEADINGS and len(x.text_content().split()) <= 4:
                pass
            elif x.tag in ("hr", "br") or not x.text_content().strip():
                pass
            else:
                return False
            if (x.tail or "").strip():
                return False
        return True

    # -- links between the documents
    def _links(self, item: Item, body) -> None:
        """Identifiers made unique in the assembled page (each prefixed with its document's
        number) and links into another document pointed at them: a note and its marker
        are linked as in one page. A link to a part of the book that holds a heading (a
        chapter) or to a whole document keeps its words without the link."""
        k = self.index[item.path]
        for el in body.iter():
            if not isinstance(el.tag, str):
                continue
            for key in ("id", "name") if el.tag == "a" else ("id",):
                if el.get(key):
                    el.set(key, f"{k}:{el.get(key)}")
        for a in body.iter("a"):
            href = (a.get("href") or "").strip()
            target = self.package.resolve(item.path, href) if href else None
            if target is None:
                continue                            # (another site's page: a link kept)
            if target[0] not in self.index:         # a part of the package not read (an
                del a.attrib["href"]                # image, a document not in the spine)
                continue
            if not target[1]:
                del a.attrib["href"]
                continue
            a.set("href", f"#{self.index[target[0]]}:{target[1]}")
            if "noteref" in _types(a):
                self.out.hints.fire("epub-notes")

    def _page(self):
        """One page of the documents in spine order, each a <section> of its <main>."""
        page = lxml_html.document_fromstring(
            "<html><head><title></title></head><body><main></main></body></html>")
        if self.out.hints.language:
            page.set("lang", self.out.hints.language)
        main = page.find(".//main")
        for k, _, body in self.loaded:
            section = page.makeelement("section", {})
            section.set("id", f"{k}:")
            main.append(section)
            section.text = body.text
            for child in list(body):
                section.append(child)
            for el in section.iter("article", "main"):   # (only the assembled page's
                el.tag = "section" if el.tag == "article" else "div"    # <main> is one)
        by_id = {el.get("id"): el for el in page.iter() if isinstance(el.tag, str)
                 and el.get("id")}
        for a in page.iter("a"):                   # a cross-reference to a chapter: words
            href = a.get("href") or ""
            target = by_id.get(href[1:]) if href.startswith("#") else None
            if target is not None and not _types(a) & {"noteref"} and not (
                    _types(target) & NOTE_TYPES) and next(target.iter(*HEADINGS), None) \
                    is not None:
                del a.attrib["href"]
        return page

def _text_outside(el, links: list) -> list[str]:
    """The text of *el* that is not inside one of *links* (iteratively: a page may nest
    deeper than Python recurses)."""
    parts: list[str] = []
    inside = {id(a) for a in links}
    todo: list[tuple[Any, bool]] = [(el, False)]
    while todo:
        x, done = todo.pop()
        if done:
            if x is not el and getattr(x, "tail", None):
                parts.append(x.tail)
            continue
        if id(x) in inside:
            if x.tail:
                parts.append(x.tail)
            continue
        if isinstance(x.tag, str) and x.text:
            parts.append(x.text)
        todo.append((x, True))
        todo.extend((child, False) for child in reversed(x))
    return parts
