"""HTML writer: one self-contained, print-ready HTML5 page per master, and the edition's
index page and combined print volume.

The text of a master is written by :mod:`teikit.writers.htmlbody` (one rule per TEI
element, one pass, through lxml's incremental serialiser); the page around it (head,
metadata block, table of contents) is built here as small lxml trees and written into the
same stream. The stylesheet ``html.css`` is inlined, and a Content-Security-Policy forbids
the page to load anything. Nothing from a master is ever glued into markup as a string:
lxml escapes all text, and the only string built by hand is the running head, a CSS
string escaped character by character.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from lxml import etree
from lxml import html as lxml_html
from lxml.builder import ElementMaker

from .. import __version__
from ..diagnostics import Exit, fail
from ..edition import Edition
from ..signs import VIEW_HELP, View
from .document import safe_href
from .htmlbody import (
    ATTRIBUTES,
    HTML_TAGS,
    SAFE_LINK,
    escape_attribute,
    fragment_chunks,
    render_fragment,
)
from .meta import DocumentMeta, Source, read_meta

HERE = Path(__file__).resolve().parent
H = ElementMaker()                        # HTML elements (no namespace)
CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; font-src 'none'; "
       "base-uri 'none'; form-action 'none'")
ISO_DATE = re.compile(r"^-?\d{4}(-\d\d(-\d\d(T\d\d:\d\d(:\d\d(\.\d+)?)?)?)?)?$")
RUNNING_HEAD_MAX = 90
PAGE_TAGS = HTML_TAGS | {"header", "footer", "nav", "time"}
PAGE_ATTRIBUTES = ATTRIBUTES | {"datetime"}


@functools.cache
def base_css() -> str:
    return (HERE / "html.css").read_text(encoding="utf-8")


def css_string(text: str) -> str:
    """*text* as a CSS string literal; anything but letters, digits and spaces escaped."""
    if len(text) > RUNNING_HEAD_MAX:
        text = text[:RUNNING_HEAD_MAX - 1].rstrip() + "…"
    out = []
    for ch in text:
        if ch.isalnum() or ch == " ":
            out.append(ch)
        else:
            out.append(f"\\{ord(ch):x} ")
    return '"' + "".join(out) + '"'


def transform(root, view: View, base: int, prefix: str = "", frame: str = "text"):
    """The text of one master as an element (``<div class="tei-text">``), for a page that
    holds several (the print volume); ids start with *prefix*. Only ``frame="text"``."""
    if frame != "text":
        raise ValueError("transform() writes the text of a master; render() a whole page")
    data = render_fragment(root, view, base=base, prefix=prefix)
    return lxml_html.fragment_fromstring(data.decode("utf-8"))


# ----------------------------------------------------------------------- one master

def render(root, view: View = View.DIPLOMATIC, width: int = 0, name: str = "") -> bytes:
    """The writer interface (see teikit.writers); *width* is for text writers."""
    return render_document(root, view, name)


def render_document(root, view: View = View.DIPLOMATIC, name: str = "") -> bytes:
    """The HTML edition of one parsed master, written in one pass straight to bytes (the
    master's tree is only read)."""
    meta = read_meta(root, fallback_title=Path(name).stem or "Untitled")
    page_rules = f"@page {{ @top-center {{ content: {css_string(meta.title)}; }} }}\n"
    head = _head(meta.title, page_rules)
    header = H.header(H.h1(meta.title), meta_block(meta, view))
    footer = H.footer(H.p(_made_with(name, view)))
    for part in (head, header, footer):
        break_lines(part)
    for part in (header, footer):
        check_tree(part)
    lang = escape_attribute(meta.lang)
    return b"".join((
        f'<!DOCTYPE html>\n<html lang="{lang}">\n'.encode(), _tree_bytes(head),
        f'\n<body class="view-{view.value}">\n'.encode(), _tree_bytes(header),
        f'\n<main>\n<article class="document" lang="{lang}">\n'.encode(),
        *fragment_chunks(root, view, base=2),
        b"</article>\n</main>\n", _tree_bytes(footer), b"\n</body>\n</html>\n"))


def _tree_bytes(el) -> bytes:
    return etree.tostring(el, method="html", encoding="utf-8")


def check_tree(el) -> None:
    """The guard on a part of a page built here as a tree (header, footer): only the
    elements and attributes the text's writer may write, and the metadata's own."""
    for node in el.iter():
        if not isinstance(node.tag, str):
            continue
        if node.tag not in PAGE_TAGS:
            raise fail("teikit", f"the HTML writer refused to write <{node.tag}>", "internal",
                       exit_code=Exit.INTERNAL)
        for name, value in node.attrib.items():
            if name not in PAGE_ATTRIBUTES or (name == "href" and not SAFE_LINK.match(value)):
                raise fail("teikit", f"the HTML writer refused to write {name}={value!r}",
                           "internal", exit_code=Exit.INTERNAL)


# ----------------------------------------------------------------------- an edition

@dataclass
class Entry:
    """One document of an edition: what its index line and its place in the print volume
    need. *root* (the parsed master) is needed only to render its article; an edition's
    pages are built from the small *meta* alone, so no tree is kept to the end."""

    root: object
    name: str                 # file stem, e.g. 003_91c4a6c9c62e1599
    html_href: str = ""
    text_href: str = ""
    meta: DocumentMeta | None = None
    formats: list[tuple[str, str]] = field(default_factory=list)  # more (label, href)

    def metadata(self) -> DocumentMeta:
        if self.meta is None:
            self.meta = read_meta(self.root, fallback_title=self.name)
        return self.meta


SLOT = "teikit-slot-"     # an empty element standing where a run of pieces will go
CSS_SLOT = "/*teikit-slot-css*/"   # where the volume's rules for each document will go


def _pieces(page, runs: list[Iterable[bytes]],
            css: Iterable[str] | None = None) -> Iterator[bytes]:
    """The serialized *page* with each slot element (ids ``SLOT0``, ``SLOT1``, … in
    document order) replaced by the pieces of its run, and the :data:`CSS_SLOT` in its
    style by the rules of *css*: a page of any length written piece by piece, never held
    whole."""
    rest = serialize(page)
    if css is not None:
        before, found, rest = rest.partition(CSS_SLOT.encode())
        assert found, "a page lost its style's slot"
        yield before
        for rule in css:
            yield rule.encode("utf-8")
    for k, run in enumerate(runs):
        before, found, after = rest.partition(f' id="{SLOT}{k}">'.encode())
        assert found, "a page lost its slot"
        end = after.index(b">") + 1 if after.startswith(b"</") else 0   # <li> may stand alone
        if after[end:end + 1] == b"\n":
            end += 1
        yield before[:before.rindex(b"<")]
        yield from run
        rest = after[end:]
    yield rest


def _slot(k: int, tag: str = "li"):
    return H(tag, {"id": f"{SLOT}{k}"})


def _piece(el) -> bytes:
    """One block of a list or of main, serialized alone, as it stands among its siblings
    (lines broken inside, one line end after)."""
    break_lines(el)
    el.tail = "\n"
    return etree.tostring(el, method="html", encoding="unicode").encode("utf-8")


def volume_article(entry: Entry, number: int, view: View) -> bytes:
    """Document *number* (from 1) of the print volume, serialized on its own; the volume is
    these pieces, in order (see :func:`volume_pieces`; *entry.root* is annotated)."""
    meta = entry.metadata()
    anchor = f"doc-{number}"
    text = transform(entry.root, view, base=3, prefix=f"d{number}:", frame="text")
    return _piece(H.article(
        H.header(H.h2(meta.title), meta_block(meta, view, show_view=False)), text,
        {"class": f"document page-{anchor}", "id": anchor, "lang": meta.lang}))


def _toc_item(meta: DocumentMeta, number: int) -> bytes:
    return _piece(H.li(H.a(meta.title, href=f"#doc-{number}"),
                       *([" ", H.span(meta.date, {"class": "date"})] if meta.date else [])))


def volume_pieces(entries: Sequence[Entry], edition: Edition, view: View,
                  articles: Iterable[bytes]) -> Iterator[bytes]:
    """The print volume, piece by piece: title page, contents (one item per document, made
    as it is written), one running head per document, then *articles* (the bytes of
    :func:`volume_article` for each entry, in order)."""
    title = edition.title or "Edition"
    rules = f"@page {{ @top-center {{ content: {css_string(title)}; }} }}\n{CSS_SLOT}"
    css = (f".page-doc-{k} {{ page: doc-{k}; }}\n@page doc-{k} {{ @top-center "
           f"{{ content: {css_string(entry.metadata().title)}; }} }}\n"
           for k, entry in enumerate(entries, 1))     # one rule a document, as it is written
    header = H.header(*_edition_heading(edition, title),
                      H.dl(H.dt("View"), H.dd(_view_text(view)), {"class": "meta"}),
                      H.nav(H.h2("Contents"), H.ol(_slot(0)), {"class": "toc"}))
    main = H.main(_slot(1, "article"))
    footer = H.footer(H.p(_made_with("", view)))
    lang = _common_lang(entries, read=True)
    page = _page(title, lang, view, rules, header, main, footer)
    page.find("body").set("class", f"volume view-{view.value}")
    toc = (_toc_item(entry.metadata(), k) for k, entry in enumerate(entries, 1))
    return _pieces(page, [toc, articles], css)


def render_volume(entries: list[Entry], edition: Edition, view: View) -> bytes:
    """Every document of an edition in one page to print: title page, contents, then one
    document after another, each starting on a new page with its own running head.
    (``teikit build`` writes the same bytes piece by piece, never holding them all.)"""
    articles = (volume_article(entry, k, view) for k, entry in enumerate(entries, 1))
    return b"".join(volume_pieces(entries, edition, view, articles))


def _index_item(entry: Entry) -> bytes:
    meta = entry.metadata()
    item = H.li(H.a(meta.title, href=_href(entry.html_href)))
    if meta.date:
        _append_text(item, " ")
        item.append(H.span(meta.date, {"class": "date"}))
    formats = H.span("(", H.a("HTML", href=_href(entry.html_href)), {"class": "formats"})
    links = ([("plain text", entry.text_href)] if entry.text_href else []) + entry.formats
    for label, href in links:
        _append_text(formats, ", ")
        formats.append(H.a(label, href=_href(href)))
    _append_text(formats, ")")
    _append_text(item, " ")
    item.append(formats)
    if meta.summary:
        item.append(H.p(meta.summary[0], {"class": "summary"}))
    return _piece(item)


def index_pieces(entries: Sequence[Entry], edition: Edition, volume_href: str,
                 view: View) -> Iterator[bytes]:
    """The edition's front page, piece by piece: its title, licence and a table of
    contents with one item per document (made as it is written)."""
    title = edition.title or "Edition"
    nav = H.nav(H.h2("Contents"), H.ol(_slot(0)), {"class": "toc"})
    if volume_href:
        nav.append(H.p("All documents in one volume to read or print: ",
                       H.a("the print volume", href=_href(volume_href)), "."))
    header = H.header(*_edition_heading(edition, title))
    main = H.main(nav)
    footer = H.footer(H.p(_made_with("", view)))
    page = _page(title, _common_lang(entries), view, "", header, main, footer)
    return _pieces(page, [(_index_item(entry) for entry in entries)])


def render_index(entries: list[Entry], edition: Edition, volume_href: str,
                 view: View) -> bytes:
    """The edition's front page: its title, licence and a table of contents."""
    return b"".join(index_pieces(entries, edition, volume_href, view))


# ----------------------------------------------------------------------- page parts

def meta_block(meta: DocumentMeta, view: View, show_view: bool = True):
    """The metadata of a document as a definition list (only what the header says)."""
    dl = H.dl({"class": "meta"})

    def row(label, *content):
        dl.append(H.dt(label))
        dl.append(H.dd(*content))

    if meta.date:
        if ISO_DATE.match(meta.date_iso or ""):
            row("Date", H.time(meta.date, datetime=meta.date_iso))
        else:
            row("Date", meta.date)
    for source in meta.sources:
        row("Source", *_source_paragraphs(source))
    if meta.summary:
        row("Summary", *[H.p(t) for t in meta.summary])
    if meta.speakers:
        row("Speakers", ", ".join(meta.speakers))
    rights = [H.p(t) for t in meta.rights]
    if meta.licence:
        text, href = meta.licence
        rights.append(H.p(H.a(text, href=href) if href else text))
    if rights:
        row("Rights", *rights)
    if show_view:
        row("View", _view_text(view))
    return dl


def _source_paragraphs(source: Source) -> list:
    cite = H.p()
    for seg in source.citation:
        if seg.kind == "title":
            cite.append(H.cite(seg.text))
        elif seg.kind == "title-a":
            cite.append(H.cite(seg.text, {"class": "title-a"}))
        elif seg.kind == "link" and seg.href:
            cite.append(H.a(seg.text, href=seg.href))
        else:
            _append_text(cite, seg.text)
    extras = [H.p(H.span(f"{label}: ", {"class": "extra"}), text)
              for label, text in source.extra]
    return [cite, *extras]


def _append_text(el, text: str) -> None:
    if len(el):
        el[-1].tail = (el[-1].tail or "") + text
    else:
        el.text = (el.text or "") + text


def _view_text(view: View) -> str:
    return f"{view.value.capitalize()}: {VIEW_HELP[view]}."


def _edition_heading(edition: Edition, title: str) -> list:
    parts = []
    if edition.publisher:
        parts.append(H.p(edition.publisher, {"class": "edition-name"}))
    parts.append(H.h1(title))
    if edition.licence:
        href = safe_href(edition.licence_url)
        parts.append(H.p(H.a(edition.licence, href=href) if href else edition.licence,
                         {"class": "licence"}))
    return parts


def _made_with(name: str, view: View) -> str:
    source = f" from the TEI master {Path(name).name}" if name else " from its TEI masters"
    return f"Made by teikit {__version__}{source}; {view.value} view."


def _common_lang(entries: Sequence[Entry], read: bool = False) -> str:
    """The language of every entry, if they share one (*read*: an entry's metadata is read
    from its master if need be; else "und" for an entry not read yet)."""
    if read:
        langs = {e.metadata().lang for e in entries}
    else:
        langs = {(e.meta.lang if e.meta else "und") for e in entries}
    return langs.pop() if len(langs) == 1 else "und"


def _href(path: str) -> str:
    """A relative link to a file teikit wrote (its name, not the master's text)."""
    return quote(path, safe="/._-~")


def _head(title: str, page_rules: str):
    return H.head(
        H.meta(charset="utf-8"),
        H.meta(name="viewport", content="width=device-width, initial-scale=1"),
        H.meta({"http-equiv": "Content-Security-Policy", "content": CSP}),
        H.meta(name="generator", content=f"teikit {__version__}"),
        H.title(title),
        H.style(base_css() + page_rules),
    )


def _page(title: str, lang: str, view: View, page_rules: str, header, main, footer):
    """A page built here (index, volume): frame, head, header, main, footer."""
    break_lines(main)
    page = H.html(H.head(), H.body(H.header(), main, H.footer()))
    _fill(page, title, lang, view, page_rules, header, footer)
    return page


def _fill(page, title, lang, view, page_rules, header, footer) -> None:
    """Put head, header and footer into a page frame (lines broken for readable diffs)."""
    for part in (header, footer):
        break_lines(part)
    head = _head(title, page_rules)
    break_lines(head)
    page.replace(page.find("head"), head)
    body = page.find("body")
    body.replace(body.find("header"), header)
    body.replace(body.find("footer"), footer)
    body.set("class", f"view-{view.value}")
    page.set("lang", lang)
    if not (page.text or "").strip():
        page.text = "\n"
    for el in (head, body):
        el.tail = "\n"
    for el in (header, body.find("main"), footer):
        el.tail = "\n"


BLOCK_TAGS = ("html", "head", "body", "header", "main", "footer", "nav", "article", "section",
              "div", "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd",
              "table", "caption", "tbody", "tr", "td", "th", "blockquote", "meta", "title", "style")
CONTAINERS = ("html", "head", "body", "header", "main", "footer", "nav", "article", "section",
              "div", "ul", "ol", "dl", "table", "tbody", "tr", "blockquote")


def break_lines(page) -> None:
    """One block per line, for readable diffs: a newline between the children of a
    container that holds only blocks (where white space cannot change the rendering)."""
    blocks = set(BLOCK_TAGS)
    for el in page.iter(*CONTAINERS):
        if (el.text or "").strip() or not len(el):
            continue
        if all(c.tag in blocks and not (c.tail or "").strip() for c in el):
            el.text = "\n"
            for child in el:
                child.tail = "\n"


def serialize(page) -> bytes:
    html = etree.tostring(page, method="html", encoding="unicode", doctype="<!DOCTYPE html>")
    return html.encode("utf-8") + b"\n"
