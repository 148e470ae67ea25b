"""Plain text in any encoding: decoded (a byte-order mark, --encoding, UTF-8, or a reported
guess), line ends normalised, characters a master cannot hold reported."""
from __future__ import annotations

from ..diagnostics import Collector
from ..sourcetext import SourceText, source_from_bytes
from . import suffix

NAME = "text"


def sniff(name: str, data: bytes) -> float:
    return 0.5 if suffix(name) in (".txt", ".text", "") else 0.2


def read(name: str, data: bytes, encoding: str | None, diags: Collector) -> SourceText:
    return source_from_bytes(name, data, encoding, diags)
