"""Writers: one module per output format, and this registry.

Every writer takes a parsed TEI master (never a reader's internals) and returns the bytes
of one file: ``render(root, view, width=..., name=...) -> bytes``. A new output is one
module and one line in :data:`WRITERS`.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from . import html, pdf, text


@dataclass(frozen=True)
class Writer:
    suffix: str
    render: Callable[..., bytes]
    description: str


WRITERS: dict[str, Writer] = {
    "html": Writer(".html", html.render, "one self-contained, print-ready HTML5 page"),
    "text": Writer(".txt", text.render, "plain UTF-8 text wrapped at --width columns"),
    "pdf": Writer(".pdf", pdf.render, "a print-ready PDF (A4 or US Letter), no browser"),
}
