"""Export masters to HTML and plain text, and build a whole edition.

The library functions the ``teikit export`` and ``teikit build`` commands call. Every
master is read with the one safe parser; writers get a parsed tree (a copy each, since
preparing a tree for writing annotates it).
"""
from __future__ import annotations

import copy
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from .diagnostics import Diagnostic, Exit, fail
from .fileio import atomic_write, make_folder
from .header import Edition
from .safexml import parse_file
from .signs import View
from .tei import TEI_NS, tei
from .writers import WRITERS, pdf as pdf_writer
from .writers.html import Entry, render_index, render_volume
from .writers.meta import read_meta
from .writers.text import DEFAULT_WIDTH, MIN_WIDTH

RESERVED = {"index", "volume"}          # page names of a built edition


@dataclass
class Master:
    path: Path
    root: object
    diagnostics: list[Diagnostic] = field(default_factory=list)


def load_master(path: str | Path) -> Master:
    """Parse a TEI file safely. A bare TEI element (a FRUS ``div``) is read as the body of
    a TEI document; anything not in the TEI namespace is refused."""
    path = Path(path)
    parsed = parse_file(path)
    root = parsed.root
    notes = list(parsed.notes)
    qname = etree.QName(root)
    if qname.namespace != TEI_NS:
        where = f"{{{qname.namespace}}}" if qname.namespace else "no namespace"
        raise fail(str(path), f"not a TEI document: the root element is <{qname.localname}> "
                   f"in {where}, not in the TEI namespace {TEI_NS}", "not-tei",
                   root.sourceline)
    if qname.localname not in ("TEI", "teiCorpus"):
        wrapper = etree.Element(tei("TEI"), nsmap={None: TEI_NS})
        if qname.localname == "text":
            wrapper.append(root)
        else:
            body = etree.SubElement(etree.SubElement(wrapper, tei("text")), tei("body"))
            body.append(root)
        notes.append(Diagnostic(str(path), root.sourceline, None, "info",
                                f"the root element is <{qname.localname}>; exported as the "
                                "text of a TEI document without a header", "bare-element"))
        root = wrapper
    return Master(path, root, notes)


def check_options(view: str | View, width: int) -> View:
    try:
        chosen = View(view)
    except ValueError:
        raise fail("teikit", f"unknown view {view!r}; choose diplomatic or reading", "usage",
                   exit_code=Exit.USAGE) from None
    if width < MIN_WIDTH:
        raise fail("teikit", f"--width must be at least {MIN_WIDTH} columns", "usage",
                   exit_code=Exit.USAGE)
    return chosen


def export(fmt: str, master: str | Path, view: str | View = View.DIPLOMATIC,
           width: int = DEFAULT_WIDTH, paper: str = "a4") -> tuple[bytes, list[Diagnostic]]:
    """One master in format *fmt* (a key of :data:`teikit.writers.WRITERS`)."""
    if fmt not in WRITERS:
        raise fail("teikit", f"unknown format {fmt!r}; known: {', '.join(WRITERS)}", "usage",
                   exit_code=Exit.USAGE)
    chosen = check_options(view, width)
    loaded = load_master(master)
    options = ({"paper": paper, "notes": loaded.diagnostics, "where": str(loaded.path)}
               if fmt == "pdf" else {})
    data = WRITERS[fmt].render(loaded.root, chosen, width=width, name=loaded.path.name,
                               **options)
    return data, loaded.diagnostics


def export_html(master: str | Path, view: str | View = View.DIPLOMATIC) -> bytes:
    """The HTML edition of a master file."""
    return export("html", master, view)[0]


def export_text(master: str | Path, view: str | View = View.DIPLOMATIC,
                width: int = DEFAULT_WIDTH) -> bytes:
    """The plain-text edition of a master file."""
    return export("text", master, view, width)[0]


@dataclass
class BuildResult:
    written: list[Path] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)


def edition_masters(edition_dir: Path) -> list[Path]:
    folder = edition_dir / "tei"
    if not edition_dir.is_dir():
        raise fail(str(edition_dir), "no such edition folder", "io", exit_code=Exit.UNREADABLE)
    masters = sorted(folder.glob("*.xml")) if folder.is_dir() else []
    if not masters:
        raise fail(str(folder), "no TEI masters (*.xml) here; an edition keeps its masters "
                   "in EDITION/tei/ (teikit encode sources/*.txt -d tei/)", "no-masters",
                   exit_code=Exit.USAGE)
    clash = [m.name for m in masters if m.stem in RESERVED]
    if clash:
        raise fail(str(folder), f"{', '.join(clash)}: the names index and volume are the "
                   "edition's own pages; rename the master", "reserved-name",
                   exit_code=Exit.USAGE)
    return masters


def build_edition(edition_dir: str | Path, outdir: str | Path | None = None,
                  view: str | View = View.DIPLOMATIC, width: int = DEFAULT_WIDTH,
                  pdf: bool = False, paper: str = "a4") -> BuildResult:
    """Export every master of an edition (``EDITION/tei/*.xml``) to ``OUT/html/NAME.html``
    and ``OUT/text/NAME.txt``, and write ``OUT/html/index.html`` (table of contents) and
    ``OUT/html/volume.html`` (all documents in one volume to print). OUT defaults to the
    edition folder; ``EDITION/edition.toml`` gives the edition's title and licence.
    With *pdf*, also ``OUT/pdf/NAME.pdf`` and ``OUT/pdf/volume.pdf`` (*paper*: a4, letter)."""
    edition_dir = Path(edition_dir)
    chosen = check_options(view, width)
    masters = edition_masters(edition_dir)
    if pdf:
        pdf_writer.check_paper(paper)
        pdf_writer.engine()                   # one line naming what to install, if anything
    toml = edition_dir / "edition.toml"
    edition = Edition.load(toml) if toml.is_file() else Edition()
    if not edition.title:
        edition.title = edition_dir.resolve().name
    out = Path(outdir) if outdir is not None else edition_dir
    html_dir, text_dir = out / "html", out / "text"
    pdf_dir = out / "pdf" if pdf else None
    for folder in (html_dir, text_dir, *([pdf_dir] if pdf_dir else [])):
        make_folder(folder)
    result = BuildResult()
    entries = []
    for path in masters:
        loaded = load_master(path)
        result.diagnostics.extend(loaded.diagnostics)
        entry = Entry(loaded.root, path.stem, html_href=f"{path.stem}.html",
                      text_href=f"../text/{path.stem}.txt",
                      meta=read_meta(loaded.root, fallback_title=path.stem))
        for fmt, folder in (("html", html_dir), ("text", text_dir)):
            writer = WRITERS[fmt]
            data = writer.render(copy.deepcopy(loaded.root), chosen, width=width,
                                 name=path.name)
            _write(folder / f"{path.stem}{writer.suffix}", data, masters, result)
        if pdf_dir is not None:
            data = pdf_writer.render(copy.deepcopy(loaded.root), chosen, name=path.name,
                                     paper=paper, notes=result.diagnostics,
                                     date=edition.date, where=str(path))
            _write(pdf_dir / f"{path.stem}.pdf", data, masters, result)
        entries.append(entry)
    volume = [Entry(copy.deepcopy(e.root), e.name, meta=e.meta) for e in entries]
    _write(html_dir / "volume.html", render_volume(volume, edition, chosen), masters, result)
    _write(html_dir / "index.html", render_index(entries, edition, "volume.html", chosen),
           masters, result)
    if pdf_dir is not None:
        volume = [Entry(copy.deepcopy(e.root), e.name, meta=e.meta) for e in entries]
        _write(pdf_dir / "volume.pdf", pdf_writer.render_volume(volume, edition, chosen, paper),
               masters, result)
    return result


def _write(path: Path, data: bytes, inputs, result: BuildResult) -> None:
    atomic_write(path, data, inputs=tuple(inputs))
    result.written.append(path)
