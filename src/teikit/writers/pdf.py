"""PDF writer: the HTML edition printed by a paged-media engine, in one step, no browser.

The page is the HTML writer's (``html.render``), so both formats say the same; ``pdf.css``
adds what print needs beyond the page's own print rules: notes at the foot of the page
(CSS footnotes, ``float: footnote``), transcripts laid out with floats (the engine does not
break a grid row across pages), no hyphenation (words stay whole for search and copying),
and the paper size (A4 or US Letter).

The engine is WeasyPrint (BSD licence; Python with Pango for text layout): it reads the
page with a URL fetcher that refuses every URL, so a master can make it read no file and
connect nowhere. The PDF's metadata (title, author, language, subject) come from the
master's header through the page; its date is the master's own (its latest revision or
publication date), never the clock, and WeasyPrint writes no random file identifier: the
same master gives the same bytes.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import functools
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from lxml import etree
from lxml import html as lxml_html

from ..diagnostics import Diagnostic, Exit, fail
from ..header import Edition
from ..signs import View
from ..tei import TEI_NS
from . import html
from .meta import clean

HERE = Path(__file__).resolve().parent
T = f"{{{TEI_NS}}}"
PAPER = {"a4": "A4", "letter": "letter"}          # --paper value -> CSS page size
SPACE = re.compile(r"[ \t\n\r\f]+")             # HTML white space
W3C_DATE = re.compile(r"^\d{4}(-\d\d(-\d\d)?)?")   # the date part of an ISO 8601 value
MISSING_SHOWN = 12                       # missing characters (late notes) named in a warning
NOTE = "fn-print"                        # the HTML writer's print copy of a note, at its marker
NEW_PAGE = "pdf-new-page"                # pdf.css: break-before: page
LAYOUT_PASSES = 3
MAX_NOTES = 10_000                       # footnotes in one PDF (the FRUS volume has 1,087)
LONG_RUN = 128                           # characters without a break opportunity ...
RUN_STEP = 32                            # ... after which one is offered every RUN_STEP
ZWSP = "\u200b"                          # a break opportunity that prints nothing
LONG = re.compile(rf"[^\s\u200b]{{{LONG_RUN + 1},}}")    # runs without a break ...
LEAD = re.compile(r"[^\s\u200b]*")                       # ... at the start of a text
TRAIL = re.compile(r"[^\s\u200b]*\Z")                    # ... and at its end
BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "td", "th", "blockquote",
          "div", "section", "body", "main", "article"}
ENGINE_HELP = ("install Pango, which WeasyPrint needs: apt-get install libpango-1.0-0 "
               "libpangoft2-1.0-0 fonts-dejavu-core (Debian, Ubuntu), dnf install pango "
               "(Fedora), brew install pango (macOS)")


# ----------------------------------------------------------------------- the writer

def render(root, view: View = View.DIPLOMATIC, width: int = 0, name: str = "",
           paper: str = "a4", notes: list[Diagnostic] | None = None,
           date: str | None = None, where: str | None = None) -> bytes:
    """The writer interface (see teikit.writers): the PDF of one parsed master (*root* is
    changed: annotated for writing). *paper* is ``a4`` or ``letter``; a warning about
    characters no installed font can print is appended to *notes*, naming *where* (the
    master's path); *date* (ISO 8601) is the PDF's date when the master has none (a build
    passes the edition's)."""
    info = document_info(root)
    page = html.render(root, view, name=name)
    return print_page(page, paper, authors=info["authors"], date=info["date"] or date,
                      subject=info["subject"], where=where or name or "teikit", notes=notes)


def render_volume(entries: list[html.Entry], edition: Edition, view: View,
                  paper: str = "a4", notes: list[Diagnostic] | None = None) -> bytes:
    """The edition's print volume (``html.render_volume``) as one PDF: title page with
    the contents (and their page numbers), then every document from a new page."""
    dates = [d for d in (document_info(e.root)["date"] for e in entries) if d]
    date = _w3c_date(edition.date) or (max(dates) if dates else None)
    page = html.render_volume(entries, edition, view)
    return print_page(page, paper, authors=list(edition.editors), date=date,
                      where=edition.path or "volume", notes=notes)


def document_info(root) -> dict[str, Any]:
    """What the PDF's metadata take from a TEI header beyond the page's title and lang:
    the authors (else editors) of the titleStmt, the master's date (its latest revision,
    else its publication date) and its summary (the abstract) as the PDF's subject."""
    header = root.find(f"{T}teiHeader")
    if header is None:
        return {"authors": [], "date": None, "subject": ""}
    stmt = f"{T}fileDesc/{T}titleStmt"
    people = header.findall(f"{stmt}/{T}author") or header.findall(f"{stmt}/{T}editor")
    authors = [name for name in (_person(p) for p in people) if name]
    changes = [_w3c_date(c.get("when")) for c in header.iter(f"{T}change")]
    dates = sorted(d for d in changes if d)
    if not dates:
        published = header.find(f"{T}fileDesc/{T}publicationStmt/{T}date")
        if published is not None:
            dates = [d for d in (_w3c_date(published.get("when")),) if d]
    abstract = header.find(f"{T}profileDesc/{T}abstract")
    subject = clean(" ".join(abstract.itertext())) if abstract is not None else ""
    return {"authors": authors, "date": dates[-1] if dates else None, "subject": subject}


def _person(el) -> str:
    """A name as printed: the persName of an author if it has one, without its ids."""
    name = el.find(f"{T}persName")
    target = name if name is not None else el
    parts = []
    for node in target.iter():
        if node.tag != f"{T}idno" and node.text:
            parts.append(node.text)
        if node is not target and node.tail:
            parts.append(node.tail)
    return clean(" ".join(parts))


def _w3c_date(value: str | None) -> str | None:
    match = W3C_DATE.match((value or "").strip())
    return match.group(0) if match else None


# ----------------------------------------------------------------------- printing

def print_page(page: bytes, paper: str = "a4", authors: Iterable[str] = (),
               date: str | None = None, subject: str = "", where: str = "teikit",
               notes: list[Diagnostic] | None = None) -> bytes:
    """A page of the HTML writer as PDF bytes."""
    size = check_paper(paper)
    weasyprint, fetcher_class = engine()
    doc = lxml_html.document_fromstring(page)
    head = doc.find("head")
    for author in authors:
        etree.SubElement(head, "meta", name="author", content=author)
    if date:
        etree.SubElement(head, "meta", name="dcterms.created", content=date)
        etree.SubElement(head, "meta", name="dcterms.modified", content=date)
    if subject:
        etree.SubElement(head, "meta", name="description", content=subject)
    style = etree.SubElement(head, "style")
    style.text = print_css() + f"@page {{ size: {size}; }}\n"
    check_notes(doc, where)
    missing = missing_glyphs(doc.find("body"))
    break_long_runs(doc.find("body"))
    if missing and notes is not None:
        notes.append(missing_glyphs_warning(where, missing))
    try:
        document, late = _lay_out(weasyprint, fetcher_class, doc)
        data = document.write_pdf()
    except RecursionError:
        raise fail(where, "the document is nested too deeply for the PDF engine",
                   "pdf-too-deep", exit_code=Exit.UNREADABLE) from None
    if late and notes is not None:
        notes.append(Diagnostic(where, None, None, "warning",
                                f"{len(late)} note(s) print on the page after their marker "
                                f"(notes {', '.join(late[:MISSING_SHOWN])}): the PDF engine "
                                "found no better page break", "note-on-next-page"))
    if not isinstance(data, bytes):
        raise fail(where, "the PDF engine returned no PDF", "internal",
                   exit_code=Exit.INTERNAL)
    return data


def _lay_out(weasyprint, fetcher_class, doc) -> tuple[Any, list[str]]:
    """Lay the page out; where a note went to a later page than its marker (WeasyPrint
    moves a note that does not fit, not the line that calls it), start the block that
    calls it on a new page and lay out again, a few times at most. Returns the laid-out
    document and the labels of the notes still late."""
    calls = [el for el in doc.iter("span") if NOTE in (el.get("class") or "").split()]
    for k, el in enumerate(calls):
        el.set("data-pdf-note", str(k))
        _collapse_space(el)
    moved: set = set()
    for _ in range(LAYOUT_PASSES):
        text = etree.tostring(doc, method="html", encoding="unicode",
                              doctype="<!DOCTYPE html>")
        document = weasyprint.HTML(string=text, base_url=None, url_fetcher=fetcher_class(),
                                   media_type="print").render()
        late = [calls[k] for k in _late_notes(document)]
        blocks = [b for b in (_calling_block(el) for el in late) if b is not None]
        todo = [b for b in dict.fromkeys(blocks) if b not in moved]
        if not todo:
            break
        for block in todo:
            block.set("class", f"{block.get('class') or ''} {NEW_PAGE}".strip())
            moved.add(block)
    return document, [el.get("data-label") or "?" for el in late]


def check_notes(doc, where: str) -> None:
    """Refuse a page with more than MAX_NOTES notes, before layout: WeasyPrint lays out
    the notes' area of a page again for each note placed on it, so a note costs tens of
    milliseconds where many stand close together (400 notes in one paragraph: 11 s), and
    a master of nothing but notes would keep the engine busy for hours."""
    count = sum(1 for el in doc.iter("span") if NOTE in (el.get("class") or "").split())
    if count > MAX_NOTES:
        raise fail(where, f"{count:,} notes are more than the PDF engine lays out in "
                   f"reasonable time (at most {MAX_NOTES:,} in one PDF); export html or "
                   "text, or split the master", "pdf-too-many-notes",
                   exit_code=Exit.UNREADABLE)


def break_long_runs(body) -> None:
    """Offer the engine a line break (a zero-width space) every RUN_STEP characters in a
    run of more than LONG_RUN characters without one (a "word" of thousands of letters, a
    long URL, a line of digits): WeasyPrint lays out the whole rest of such a run again for
    each line it breaks off, which takes time quadratic in its length (a 30,000-letter word
    took 19 s, 100,000 letters minutes). Such a run is broken at the end of each line in
    any case; no word of a real text is touched, and the space prints nothing."""
    if body is None:
        return
    run = 0                                  # characters since the last break opportunity

    def fix(text: str) -> str:
        nonlocal run
        lead = LEAD.match(text).end()                 # type: ignore[union-attr]
        pieces: list[str] = []
        start = 0
        if lead and run + lead > LONG_RUN:          # a run that began before this text
            pieces.append(_break_run(text[:lead], run))
            start = lead
        for match in LONG.finditer(text, lead):
            pieces += [text[start:match.start()], _break_run(match.group(), 0)]
            start = match.end()
        if pieces:
            text = "".join(pieces) + text[start:]
        trail = len(TRAIL.search(text).group())      # type: ignore[union-attr]
        run = run + trail if trail == len(text) else trail
        return text

    for event, el in etree.iterwalk(body, events=("start", "end")):
        tag = el.tag if isinstance(el.tag, str) else ""
        apart = tag in BLOCKS or tag == "br" or NOTE in (el.get("class") or "").split()
        if event == "start":
            if apart:
                run = 0
            if el.text:
                el.text = fix(el.text)
        else:
            if apart:
                run = 0
            if el is not body and el.tail:
                el.tail = fix(el.tail)


def _break_run(word: str, run: int) -> str:
    """*word* (no white space in it), *run* characters after the last break opportunity,
    with a zero-width space where the run reaches LONG_RUN and every RUN_STEP characters
    after: never before a combining mark or a joiner, never after a joiner, and not in
    wide (CJK) text, where every character is a break opportunity."""
    out: list[str] = []
    prev = ""
    for ch in word:
        if unicodedata.east_asian_width(ch) in ("W", "F"):
            run = 0
        elif (run >= LONG_RUN and prev != "\u200d" and ch != "\u200d"
              and not unicodedata.category(ch).startswith("M")):
            out.append(ZWSP)
            run = LONG_RUN - RUN_STEP
        out.append(ch)
        run += 1
        prev = ch
    return "".join(out)


def _collapse_space(note) -> None:
    """White space in a note as one space each: WeasyPrint 70 keeps the line ends and tabs
    of a footnote's source text (as if white-space were pre-wrap)."""
    for el in note.iter():
        if el.text:
            el.text = SPACE.sub(" ", el.text)
        if el is not note and el.tail:
            el.tail = SPACE.sub(" ", el.tail)


def _late_notes(document) -> list[int]:
    """The notes (their data-pdf-note numbers) whose text is not on the page of their
    marker, read from WeasyPrint's laid-out pages; none if that cannot be read."""
    try:
        from weasyprint.formatting_structure import boxes  # type: ignore[import-untyped]
        call_page: dict[str, int] = {}
        note_page: dict[str, int] = {}
        for number, page in enumerate(document.pages):
            for part in page._page_box.children:
                found = note_page if isinstance(part, boxes.FootnoteAreaBox) else call_page
                for box in part.descendants():
                    element = box.element
                    if element is not None and element.get("data-pdf-note") is not None:
                        found.setdefault(element.get("data-pdf-note"), number)
    except (ImportError, AttributeError):          # another WeasyPrint's internals
        return []
    return sorted(int(k) for k, page in call_page.items() if note_page.get(k) != page)


def _calling_block(note):
    """The block to start on a new page so that *note* prints on its marker's page: the
    paragraph, heading or item that holds the marker (a speech's first paragraph: the
    whole turn, so that the speaker's label moves with it)."""
    block = note.getparent()
    while block is not None and block.tag not in BLOCKS:
        block = block.getparent()
    if block is None or block.tag in ("body", "main", "article"):
        return None
    parent = block.getparent()
    if (parent is not None and "speech" in (parent.get("class") or "").split()
            and block is next(parent.iterchildren("*"), None)):
        block = parent.getparent()
    elif block.tag in ("td", "th"):
        block = parent
    return block


def check_paper(paper: str) -> str:
    """The CSS page size of a --paper value, or a usage error."""
    size = PAPER.get(paper)
    if size is None:
        raise fail("teikit", f"unknown paper {paper!r}; choose {' or '.join(PAPER)}",
                   "usage", exit_code=Exit.USAGE)
    return size


@functools.cache
def print_css() -> str:
    return (HERE / "pdf.css").read_text(encoding="utf-8")


@functools.cache
def engine() -> tuple[Any, type]:
    """WeasyPrint, and a URL fetcher class that refuses everything; or a one-line error
    naming what to install (the Python package, or the Pango library it loads)."""
    try:
        import weasyprint  # type: ignore[import-untyped]
        from weasyprint.urls import URLFetcher  # type: ignore[import-untyped]
    except ImportError as exc:
        raise fail("teikit", f"PDF export needs WeasyPrint, which is not installed ({exc}); "
                   "install teikit with its dependencies: pip install teikit (or pip "
                   "install weasyprint)", "pdf-engine", exit_code=Exit.USAGE) from None
    except OSError as exc:                   # cffi could not load Pango or its friends
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise fail("teikit", f"the PDF engine WeasyPrint cannot start: {first}; "
                   f"{ENGINE_HELP}", "pdf-engine", exit_code=Exit.USAGE) from None

    class RefuseAll(URLFetcher):
        """Fetches nothing: file:, http(s):, data: and every other URL are refused."""

        def __init__(self) -> None:
            super().__init__(allowed_protocols=(), allow_redirects=False)
            self.refused: list[str] = []

        def fetch(self, url: str, headers: Any = None) -> Any:
            self.refused.append(url)
            raise ValueError("teikit's PDF writer fetches nothing")

    return weasyprint, RefuseAll


# ----------------------------------------------------------------------- fonts

SKIPPED_CATEGORIES = {"Cc", "Cf", "Cs", "Zs", "Zl", "Zp"}


def missing_glyphs(body) -> list[str]:
    """The characters of *body*'s text that no installed font has (fontconfig, which the
    engine's text layout uses to find a font for every character)."""
    if body is None:
        return []
    wanted = {ch for ch in "".join(body.itertext())
              if unicodedata.category(ch) not in SKIPPED_CATEGORIES}
    coverage = _font_coverage()
    if coverage is None:
        return []
    return sorted(ch for ch in wanted if not coverage(ord(ch)))


def missing_glyphs_warning(where: str, missing: list[str]) -> Diagnostic:
    shown = ", ".join(f"U+{ord(ch):04X} {ch} ({unicodedata.name(ch, 'unnamed')})"
                      for ch in missing[:MISSING_SHOWN])
    more = f" and {len(missing) - MISSING_SHOWN} more" if len(missing) > MISSING_SHOWN else ""
    return Diagnostic(where, None, None, "warning",
                      f"no installed font has {len(missing)} character(s) of this text, which "
                      f"print as empty boxes in the PDF: {shown}{more}; install a font that "
                      "covers them (Debian: fonts-noto-core, fonts-noto-cjk)",
                      "missing-glyphs")


class _FcFontSet(ctypes.Structure):
    _fields_ = [("nfont", ctypes.c_int), ("sfont", ctypes.c_int),
                ("fonts", ctypes.POINTER(ctypes.c_void_p))]


@functools.cache
def _font_coverage() -> Any | None:
    """A function telling whether any installed font has a code point, from the union of
    the character sets of fontconfig's fonts; None where fontconfig cannot be loaded
    (then the engine could not run either)."""
    name = ctypes.util.find_library("fontconfig") or "libfontconfig.so.1"
    try:
        fc = ctypes.CDLL(name)
    except OSError:
        return None
    fc.FcConfigGetFonts.restype = ctypes.POINTER(_FcFontSet)
    fc.FcConfigGetFonts.argtypes = [ctypes.c_void_p, ctypes.c_int]
    fc.FcPatternGetCharSet.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int,
                                       ctypes.POINTER(ctypes.c_void_p)]
    fc.FcCharSetCreate.restype = ctypes.c_void_p
    fc.FcCharSetMerge.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p]
    fc.FcCharSetHasChar.argtypes = [ctypes.c_void_p, ctypes.c_uint32]
    if not fc.FcInit():
        return None
    fonts = fc.FcConfigGetFonts(None, 0)                 # the current config's system fonts
    union = fc.FcCharSetCreate()
    if not fonts or not union:
        return None
    for i in range(fonts.contents.nfont):
        charset = ctypes.c_void_p()
        if fc.FcPatternGetCharSet(fonts.contents.fonts[i], b"charset", 0,
                                  ctypes.byref(charset)) == 0:
            fc.FcCharSetMerge(union, charset, None)
    return lambda code: bool(fc.FcCharSetHasChar(union, code))
