"""Writers: one module per output format, and this registry.

Every writer takes a parsed TEI master (never a reader's internals) and returns the bytes
of one file: ``render(root, view, width=..., name=...) -> bytes``. A new output is one
module and one line in :data:`WRITERS`.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from . import html, pdf, text


@dataclass(frozen=True)
class OutputFormat:
    """One output format: the suffix of its files, its writer, and a line for --help."""

    suffix: str
    render: Callable[..., bytes]
    description: str
    wraps: bool = False          # takes --width (columns to wrap at)
    on_request: bool = False     # teikit build makes it only when asked (--pdf)


WRITERS: dict[str, OutputFormat] = {
    "html": OutputFormat(".html", html.render, "one self-contained, print-ready HTML5 page"),
    "text": OutputFormat(".txt", text.render, "plain UTF-8 text wrapped at --width columns",
                         wraps=True),
    "pdf": OutputFormat(".pdf", pdf.render, "a print-ready PDF (A4 or US Letter), no browser",
                        on_request=True),
}
