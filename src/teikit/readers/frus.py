"""Style ``frus``: a web copy of a FRUS document (Foreign Relations of the United States).

Numbered heading with a ``[1]`` source-note marker (or, in 1940s volumes, a file-number
line before an unnumbered heading), dateline, paragraphs with ``[Page N]`` and ``[n]``
markers, speaker turns, a signature, and the footnotes listed at the end.
"""
from __future__ import annotations

import re

from ..tei import E, punctuate
from .context import Context, Meta, Reading
from .document import document_div, fill_meta_from_text, page_range
from .front import DOC_NUMBER, is_dateline_block, is_file_number

NAME = "frus"
NOTE_LINE = re.compile(r"^\[\d{1,6}\] ", re.M)
PAGE = re.compile(r"\[Page \d+\]")


def detect(ctx: Context) -> float:
    blocks = ctx.source.blocks()[:4]
    if not blocks:
        return 0.0
    score = 0.0
    first = blocks[0].lines[0].text.strip()
    if DOC_NUMBER.match(first) and re.search(r"\[1\]$", first):
        score += 0.5
    elif is_file_number(blocks[0]) and len(blocks) > 2:
        score += 0.4
    if any(is_dateline_block(b) for b in blocks[1:3]):
        score += 0.2
    text = ctx.source.text
    if NOTE_LINE.search(text):
        score += 0.1
    if PAGE.search(text):
        score += 0.1
    if re.search(r"^\[1\] Source: ", text, re.M):
        score += 0.1
    return min(score, 0.95)


def read(ctx: Context) -> Reading:
    div, facts = document_div(ctx.source.blocks(), ctx, numbered_head=True)
    meta = Meta()
    body = E.body(div)
    fill_meta_from_text(meta, body, facts, ctx)
    bibl = E.bibl(E.title(meta.title, level="a"))
    if meta.date_iso:
        bibl.append(E.date(meta.date_text or meta.date_iso, when=meta.date_iso))
    bibl.append(E.title("Foreign Relations of the United States", level="s"))
    if div.get("n"):
        bibl.append(E.biblScope(div.get("n"), unit="document"))
    first, last = page_range(body)
    if first:
        scope = E.biblScope(first if first == last else f"{first}–{last}", unit="page")
        scope.set("from", first)
        scope.set("to", last)
        bibl.append(scope)
    meta.citations.append(punctuate(bibl))
    return Reading(NAME, meta, body, ctx)
