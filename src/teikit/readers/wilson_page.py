"""Style ``wilson-page``: a copy of a Wilson Center Digital Archive document web page.

Layout, top to bottom: site chrome ("Skip to content"), the record's date, the record's
title, the document (heading, dateline, paragraphs, the printed footnotes and the site's
note list), the summary, "Document Information" with the citation, the rights statement
and the record's fields (often empty).
"""
from __future__ import annotations

from ..tei import E
from . import wilson
from .context import Context, Meta, Reading
from .document import document_div, fill_meta_from_text
from .notes import NOTE_START

NAME = "wilson-page"


def detect(ctx: Context) -> float:
    lines = [ln.strip() for ln in ctx.source.lines if ln.strip()]
    score = 0.0
    if lines and wilson.is_chrome(lines[0]):
        score += 0.4
    if "Document Information" in lines:
        score += 0.3
    if any(ln in ("Record ID", "Original Uploaded Date") for ln in lines):
        score += 0.2
    if "Digital Archive" in ctx.source.text:
        score += 0.1
    return min(score, 0.99)


def read(ctx: Context) -> Reading:
    blocks = ctx.source.blocks()
    meta = Meta(distributor=wilson.ARCHIVE)
    i = 0
    while i < len(blocks) and len(blocks[i].lines) == 1 and wilson.is_chrome(blocks[i].text):
        ctx.leave_out(blocks[i].lines, "web-site navigation, not part of the document",
                      "site-chrome")
        i += 1
    if i < len(blocks) and len(blocks[i].lines) == 1 and (
            date := wilson.whole_date(blocks[i].text)):
        meta.date_iso, meta.date_text = date
        ctx.fired("record-date")
        i += 1
    if i < len(blocks) - 1 and len(blocks[i].lines) == 1:
        meta.source_title = meta.title = blocks[i].text.strip()
        i += 1
    info = next((k for k in range(i, len(blocks))
                 if wilson.field_label(blocks[k].text) == "section"), len(blocks))
    end = _summary_start(blocks, i, info)
    div, facts = document_div(blocks[i:end], ctx, numbered_head=True)
    body = E.body(div)
    for block in blocks[end:info]:
        meta.summary.append(" ".join(ln.text.strip() for ln in block.lines))
    if blocks[end:info]:
        ctx.fired("summary")
    _document_information(blocks[info:], meta, ctx)
    fill_meta_from_text(meta, body, facts, ctx)
    meta.citations.insert(0, wilson.web_page_bibl(meta))
    return Reading(NAME, meta, body, ctx)


def _summary_start(blocks, start: int, info: int) -> int:
    """The summary follows the site's note list; without notes, it is the last block."""
    last_note = None
    for k in range(start, info):
        if NOTE_START.match(blocks[k].lines[0].text):
            last_note = k
    if last_note is not None:
        return last_note + 1
    return max(info - 1, start + 1) if info - start > 2 else info


def _document_information(blocks, meta: Meta, ctx: Context) -> None:
    """Citation, rights statement and record fields after 'Document Information'."""
    if not blocks:
        return
    ctx.leave_out(blocks[0].lines, "web-site section heading", "site-chrome")
    k = 1
    while k < len(blocks):
        block = blocks[k]
        text = " ".join(ln.text.strip() for ln in block.lines)
        kind = wilson.field_label(text) if len(block.lines) == 1 else None
        if kind:
            nxt = blocks[k + 1] if k + 1 < len(blocks) else None
            if nxt is None or wilson.field_label(nxt.text):
                ctx.leave_out(block.lines, f"empty field \u201c{text}\u201d", "empty-field")
                k += 1
                continue
            value = " ".join(ln.text.strip() for ln in nxt.lines)
            wilson.label_left_out(block, kind, ctx)
            wilson.apply_field(meta, kind, text, value, ctx)
            k += 2
            continue
        if wilson.RIGHTS_WORDS.search(text):
            meta.rights.append(text)
            wilson.check_email_artefacts(text, block.first, ctx)
            ctx.fired("rights")
        elif not meta.citations:
            wilson.apply_field(meta, "citation", "Citation", text, ctx)
        else:
            meta.extra_fields.append(("Document Information", text))
        k += 1

