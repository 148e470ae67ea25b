"""A Word .docx transcription, converted by mammoth (text, tables, footnotes and endnotes;
of a drawing's alternative contents it takes one, so text boxes are read once) and then
read as a web page."""
from __future__ import annotations

import io
import zipfile

from ..diagnostics import Collector, fail
from . import html, suffix

NAME = "docx"
MAX_UNPACKED = 256 * 1024 * 1024       # a zip bomb is refused before it is unpacked
MAX_RATIO = 200


def sniff(name: str, data: bytes) -> float:
    if not data.startswith(b"PK\x03\x04"):
        return 0.0
    return 0.95 if suffix(name) == ".docx" or b"word/document.xml" in data[:65536] else 0.3


def read(name: str, data: bytes, encoding: str | None, diags: Collector):
    _check_package(name, data)
    import mammoth
    try:
        result = mammoth.convert_to_html(io.BytesIO(data))
    except Exception as exc:   # mammoth raises plain exceptions for broken packages
        raise fail(name, f"not a readable Word document ({type(exc).__name__}: {exc})",
                   "not-docx") from None
    page = ("<html><body>" + result.value + "</body></html>").encode("utf-8")
    source = html.read(name, page, "utf-8", diags)
    source.encoding = "utf-8"
    # a soft line break (w:br) is typed on purpose, never a wrap of the page's width: verse
    # set a stanza to a paragraph (TransLatin's Celtis), an address, a signature; a
    # paragraph's lines are all such breaks, and stay lines
    source.hints.broken_lines.update(source.numbers or [])
    return source


def _check_package(name: str, data: bytes) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            infos = package.infolist()
            names = {info.filename for info in infos}
    except (zipfile.BadZipFile, OSError, ValueError):
        raise fail(name, "not a Word document: the zip package cannot be read",
                   "not-docx") from None
    if "word/document.xml" not in names:
        raise fail(name, "not a Word document: the package has no word/document.xml",
                   "not-docx")
    unpacked = sum(info.file_size for info in infos)
    packed = max(sum(info.compress_size for info in infos), 1)
    if unpacked > MAX_UNPACKED or unpacked > MAX_RATIO * packed + 1024 * 1024:
        raise fail(name, f"the Word package unpacks to {unpacked} bytes from {len(data)}; "
                   "refused as a zip bomb", "too-large")
