"""Fuzz targets: encode, and the XML reading path (the safe parser, then both writers).

Each target takes bytes and returns quietly when teikit handles them: a result, or a
refusal as one diagnostic (TeikitError). Anything else (another exception, a master teikit
cannot read back) is a finding. Driven by hypothesis in the test suite
(tests/test_fuzz.py, bounded) and by atheris, coverage-guided, by hand (fuzz/run.py).
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from teikit.diagnostics import TeikitError
from teikit.encode import encode_text
from teikit.export import export
from teikit.safexml import parse_bytes
from teikit.writers import WRITERS

_FOLDER = Path(tempfile.mkdtemp(prefix="teikit-fuzz-"))
# The two writers that walk the master. The PDF is laid out by WeasyPrint from the HTML, a
# second or more per document even when small, so a fuzz loop of thousands of inputs does
# not fit its time budget; its own tests cover the shapes that cost it most (long words,
# paragraphs of many line breaks, notes: see the README's PDF section).
FUZZED_WRITERS = [fmt for fmt in ("html", "text") if fmt in WRITERS]


def encode_target(data: bytes) -> None:
    """Any text encodes to a master teikit reads back and exports, or is refused."""
    text = data.decode("utf-8", "replace")
    try:
        result = encode_text(text, "fuzz.txt")
    except TeikitError:
        return
    parse_bytes(result.data, "master")          # must not raise: teikit wrote it
    _export_all(result.data)


def xml_target(data: bytes) -> None:
    """Any bytes are parsed safely and exported, or refused with one diagnostic."""
    try:
        parse_bytes(data, "fuzz.xml")
    except TeikitError:
        return
    try:
        _export_all(data)
    except TeikitError:                          # e.g. not TEI: refused, fine
        return


def _export_all(data: bytes) -> None:
    path = _FOLDER / f"{os.getpid()}.xml"
    path.write_bytes(data)
    for fmt in FUZZED_WRITERS:
        for view in ("diplomatic", "reading"):
            export(fmt, path, view)
