"""Writers: one module per output format, and this registry.

Every writer takes a parsed TEI master (never a reader's internals) and returns the bytes
of one file: ``render(root, view, width=..., name=...) -> bytes``. A new output is one
module and one line in :data:`WRITERS`.
"""
from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class OutputFormat:
    """One output format: the suffix of its files, its writer module, and a line for
    --help. The module is imported when it first renders (every command starts fast)."""

    suffix: str
    module: str
    description: str
    wraps: bool = False          # takes --width (columns to wrap at)
    on_request: bool = False     # teikit build makes it only when asked (--pdf)

    @property
    def render(self) -> Callable[..., bytes]:
        return importlib.import_module(f".{self.module}", __name__).render  # type: ignore[no-any-return]


WRITERS: dict[str, OutputFormat] = {
    "html": OutputFormat(".html", "html", "one self-contained, print-ready HTML5 page"),
    "text": OutputFormat(".txt", "text", "plain UTF-8 text wrapped at --width columns",
                         wraps=True),
    "pdf": OutputFormat(".pdf", "pdf", "a print-ready PDF (A4 or US Letter), no browser",
                        on_request=True),
}
