"""Style ``generic``: any letter, memorandum or transcript in plain text.

An optional heading and dateline, paragraphs separated by blank lines (hard-wrapped lines
are joined), optional ``Name:`` speaker turns, stage directions in parentheses, and
footnotes listed at the end as ``[n] text``.
"""
from __future__ import annotations

from ..tei import E, punctuate
from .context import Context, Meta, Reading, date_attributes
from .document import document_div, fill_meta_from_text

NAME = "generic"


def detect(ctx: Context) -> float:
    return 0.1          # always possible, never preferred


def read(ctx: Context) -> Reading:
    div, facts = document_div(ctx.source.blocks(), ctx, numbered_head=True, front_matter=True)
    meta = Meta()
    body = E.body(div)
    fill_meta_from_text(meta, body, facts, ctx)
    if facts.get("front") is not None:    # a preface or an introduction: the body's first
        body.insert(0, facts["front"])    # division until encode makes it the <front>
    bibl = E.bibl(E.title(meta.title))
    if meta.date_iso:
        bibl.append(E.date(meta.date_text or meta.date_iso, **date_attributes(meta)))
    if meta.source_url:                        # where the copy was taken from
        bibl.append(E.ref(meta.source_url, target=meta.source_url))
    meta.citations.insert(0, punctuate(bibl))
    return Reading(NAME, meta, body, ctx)
