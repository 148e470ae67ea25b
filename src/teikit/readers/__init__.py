"""Readers: one module per source style, registered here, detected automatically.

A reader module has NAME, DESCRIPTION, ``detect(ctx) -> float`` (0..1, how sure it is that
the source is in its style) and ``read(ctx) -> Reading``. A new style is one module and one
line in STYLES.
"""
from __future__ import annotations

from . import frus, generic, wilson_page, wilson_record
from .context import Context, Reading

STYLES = {
    module.NAME: module
    for module in (wilson_page, wilson_record, frus, generic)   # order breaks ties
}


def detect(ctx: Context) -> str:
    """The name of the style that fits the source best (generic when none does)."""
    scores = {name: module.detect(ctx) for name, module in STYLES.items()}
    best = max(scores, key=lambda name: scores[name])
    return best if scores[best] >= 0.5 else "generic"


def read(ctx: Context, style: str = "auto") -> Reading:
    ctx.style = detect(ctx) if style == "auto" else style
    return STYLES[ctx.style].read(ctx)


__all__ = ["STYLES", "detect", "read", "Context", "Reading"]
