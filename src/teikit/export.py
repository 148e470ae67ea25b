"""Export masters to HTML and plain text (and every format in :data:`WRITERS`).

The library functions the ``teikit export`` command calls (``teikit build`` is in
:mod:`teikit.build`). Every master is read with the one safe parser.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from .diagnostics import Diagnostic, Exit, display_name, fail
from .fileio import InputSet
from .safexml import parse_file
from .signs import View
from .tei import TEI_NS, tei
from .writers import WRITERS
from .writers.text import DEFAULT_WIDTH, MIN_WIDTH

MAX_WIDTH = 10_000                      # columns; a wider "line" is no longer wrapping


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
    if not MIN_WIDTH <= width <= MAX_WIDTH:
        raise fail("teikit", f"--width must be {MIN_WIDTH} to {MAX_WIDTH} columns", "usage",
                   exit_code=Exit.USAGE)
    return chosen


def check_format(fmt: str) -> None:
    if fmt not in WRITERS:
        raise fail("teikit", f"unknown format {fmt!r}; known: {', '.join(WRITERS)}", "usage",
                   exit_code=Exit.USAGE)


def export_targets(fmt: str, masters: list[Path], output: Path | None,
                   outdir: Path | None) -> list[Path]:
    """Where each master's export goes: *output*, OUTDIR/NAME.SUFFIX, or beside it.
    Two masters that would write one file are refused before anything is written."""
    suffix = WRITERS[fmt].suffix
    if output is not None:
        targets = [output]
    elif outdir is not None:
        targets = [outdir / f"{master.stem}{suffix}" for master in masters]
    else:
        targets = [master.with_suffix(suffix) for master in masters]
    seen: dict[Path, Path] = {}
    for master, target in zip(masters, targets, strict=True):
        if target in seen:
            raise fail(str(master), f"would write {target} like {seen[target]}; export "
                       "masters of the same name to different folders", "usage",
                       exit_code=Exit.USAGE)
        seen[target] = master
    inputs = InputSet(masters)
    for target in targets:
        src = inputs.input_at(target) if str(target) != "-" else None
        if src is not None:
            raise fail(str(target), f"output would overwrite the input {src}; choose another "
                       "output path", "output-is-input", exit_code=Exit.USAGE)
    return targets


def export(fmt: str, master: str | Path, view: str | View = View.DIPLOMATIC,
           width: int = DEFAULT_WIDTH, paper: str = "a4") -> tuple[bytes, list[Diagnostic]]:
    """One master in format *fmt* (a key of :data:`teikit.writers.WRITERS`)."""
    check_format(fmt)
    chosen = check_options(view, width)
    loaded = load_master(master)
    options = ({"paper": paper, "notes": loaded.diagnostics, "where": str(loaded.path)}
                if fmt == "pdf" else {})
    data = WRITERS[fmt].render(loaded.root, chosen, width=width, name=display_name(loaded.path),
                               **options)
    return data, loaded.diagnostics


def export_html(master: str | Path, view: str | View = View.DIPLOMATIC) -> bytes:
    """The HTML edition of a master file."""
    return export("html", master, view)[0]


def export_text(master: str | Path, view: str | View = View.DIPLOMATIC,
                width: int = DEFAULT_WIDTH) -> bytes:
    """The plain-text edition of a master file."""
    return export("text", master, view, width)[0]


def build_edition(*args, **kwargs):
    """See :func:`teikit.build.build_edition` (kept here: ``teikit.build_edition``)."""
    from .build import build_edition as build
    return build(*args, **kwargs)
