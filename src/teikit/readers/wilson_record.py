"""Style ``wilson-record``: a Wilson Center Digital Archive record exported as Markdown.

``## **date**``, ``# **title**``, then ``### **Label:**`` fields (Citation, Summary,
Credits, Original Language, Contents); the document's text follows the first block of the
last field (the list of contents).
"""
from __future__ import annotations

import re

from ..sourcetext import Block
from ..tei import E
from . import wilson
from .context import Context, Meta, Reading
from .document import document_div, fill_meta_from_text
from .span import Span

NAME = "wilson-record"
HEADING = re.compile(r"^(?P<level>#{1,6})\s+(?P<text>\S.*)$")
CONTENTS_ITEM = re.compile(r"^[A-Z][\w ]{0,40} - [A-Z][\w ]{0,30}$")   # "Transcript - English"


def detect(ctx: Context) -> float:
    text = ctx.source.text
    score = 0.0
    if re.search(r"^###\s+\*\*Citation:?\*\*", text, re.M):
        score += 0.5
    if re.search(r"^#\s+\*\*.+\*\*\s*$", text, re.M):
        score += 0.2
    if re.search(r"^###\s+\*\*(Summary|Credits|Original Language|Contents):?\*\*", text, re.M):
        score += 0.2
    if wilson.ARCHIVE in text:
        score += 0.05
    return min(score, 0.99)


def read(ctx: Context) -> Reading:
    blocks = ctx.source.blocks()
    meta = Meta(distributor=wilson.ARCHIVE)
    title_span = None
    fields: list[tuple[str, str, list, Block]] = []   # (kind, label, value blocks, heading)
    text_start = len(blocks)
    for k, block in enumerate(blocks):
        m = HEADING.match(block.lines[0].text) if len(block.lines) == 1 else None
        if m is None:
            if fields:
                fields[-1][2].append(block)
                continue
            text_start = k
            break
        label = wilson.unmark(m.group("text"))
        kind = wilson.field_label(label)
        date = wilson.whole_date(label)
        if kind:
            fields.append((kind, label.rstrip(":"), [], block))
        elif date and not meta.date_iso:
            meta.date_iso, meta.date_text = date
            ctx.fired("record-date")
        elif len(m.group("level")) == 1 and title_span is None:
            meta.title = meta.source_title = label
            line = block.lines[0]
            start = line.text.index(label[0]) if label else 0
            title_span = Span.of_line(line, start, start + len(label))
            if line.text[start:start + len(label)] != label:
                title_span = Span(label, ((0, line.number, 1),))
        else:
            fields.append(("other", label.rstrip(":"), [], block))
    if fields and text_start == len(blocks):
        # the last field (Contents) lists the record's files, "Transcript - English",
        # "Original Scan - Russian"; the document's text follows them
        last_kind, last_label, last_blocks, last_heading = fields[-1]
        keep = 1
        while keep < len(last_blocks) and all(CONTENTS_ITEM.match(line.text.strip())
                                              for line in last_blocks[keep].lines):
            keep += 1
        if len(last_blocks) > keep:
            text_start = blocks.index(last_blocks[keep])
            fields[-1] = (last_kind, last_label, last_blocks[:keep], last_heading)
    for kind, label, value_blocks, heading in fields:
        if not value_blocks:
            ctx.leave_out(heading.lines, f"empty field \u201c{label}\u201d", "empty-field")
            continue
        wilson.label_left_out(heading, kind, ctx)
        value = "\n".join(" ".join(ln.text.strip() for ln in b.lines) for b in value_blocks)
        if kind == "summary":
            meta.summary.extend(wilson.unmark(" ".join(ln.text.strip() for ln in b.lines))
                                for b in value_blocks)
            ctx.fired("summary")
        elif kind == "citation":
            wilson.apply_field(meta, kind, label, "\n".join(ln.text for b in value_blocks
                                                             for ln in b.lines), ctx)
        else:
            wilson.apply_field(meta, kind if kind != "other" else "extra", label,
                               wilson.unmark(value), ctx)
        ctx.fired("record-fields")
    div, facts = document_div(blocks[text_start:], ctx, numbered_head=False, head=title_span,
                              find_head=False)
    body = E.body(div)
    fill_meta_from_text(meta, body, facts, ctx)
    return Reading(NAME, meta, body, ctx)
