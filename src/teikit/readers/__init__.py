"""Readers: one module per source style, registered here, detected automatically.

A reader module has NAME, ``detect(ctx) -> float`` (0..1, how sure it is that the source
is in its style) and ``read(ctx) -> Reading``. A new style is one module and one line in
STYLES. Modules are imported when first used, so commands that do not encode start fast.
"""
from __future__ import annotations

import importlib

STYLES = {   # name: (module, what it reads); the order breaks ties in detection
    "wilson-page": ("wilson_page", "Wilson Center Digital Archive web-page copy "
                                   "(site chrome, Document Information)"),
    "wilson-record": ("wilson_record", "Wilson Center Digital Archive record export "
                                       "(#/## title and date, ### fields)"),
    "frus": ("frus", "web copy of a FRUS document: numbered heading, dateline, [Page N], "
                     "[n] notes"),
    "generic": ("generic", "any letter, memorandum or transcript: paragraphs, optional "
                           "Name: turns and notes"),
}


def reader(name: str):
    """The reader module of a style."""
    return importlib.import_module(f".{STYLES[name][0]}", __name__)


def detect(ctx) -> str:
    """The name of the style that fits the source best (generic when none does)."""
    scores = {name: reader(name).detect(ctx) for name in STYLES}
    best = max(scores, key=lambda name: scores[name])
    return best if scores[best] >= 0.5 else "generic"


def read(ctx, style: str = "auto"):
    """Read the source in *ctx* as *style* (auto: detected); returns a Reading."""
    ctx.style = detect(ctx) if style == "auto" else style
    return reader(ctx.style).read(ctx)


__all__ = ["STYLES", "detect", "read", "reader"]
