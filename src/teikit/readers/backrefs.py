"""The end matter of a plain text exported by Pandoc (``--to plain``) and of a digital
library's text dump: the footnotes, each a paragraph ending in Pandoc's back-reference
"↩", whose markers are bare digits glued to a word in the text ("משה1"); and the
distributor's credit line under everything, one sentence ending with the address of the
work on its site ("… הוא זמין תמיד בכתובת הבאה:https://benyehuda.org/read/93")."""
from __future__ import annotations

import re
import unicodedata

from ..formats.marks import plain
from ..sourcetext import Block, Line
from .context import Context

BACK_REF = "\u21a9"                  # ↩, Pandoc's link back to the note's marker
# the work's own address on the distributor's site: a path ending in its number or id
WORK_URL = re.compile(r"(?P<url>https?://(?P<host>[\w.-]+)/\S*?\w*\d+\w*/?)\W?$")


def end_matter(blocks: list[Block], ctx: Context, facts: dict) -> list[Block]:
    """The distributor's credit line (to the header) and the back-referenced notes at the
    end of *blocks* (to "[n] text" notes, their glued markers to "[n]")."""
    blocks = _distributor_line(blocks, ctx, facts)
    return _back_ref_notes(blocks, ctx)


def _distributor_line(blocks: list[Block], ctx: Context, facts: dict) -> list[Block]:
    """The last block, when it is one short statement (≤ 40 words) ending with the address
    of the work on a site the text above never names: the distributor's credit, left out
    and kept in the header's source description."""
    if len(blocks) < 3 or len(blocks[-1].lines) > 3:
        return blocks
    text = " ".join(plain(ln.text).strip() for ln in blocks[-1].lines)
    m = WORK_URL.search(text)
    if m is None or len(text.split()) > 40 or len(text[:m.start()].split()) < 4:
        return blocks
    above = "\n".join(plain(ln.text) for b in blocks[:-1] for ln in b.lines)
    if m.group("host").casefold() in above.casefold():
        return blocks
    facts.setdefault("fields", []).append(("distributor", text))
    ctx.leave_out(blocks[-1].lines, "the distributor's credit line with the work's address; "
                  "it is in the header", "credit-line")
    ctx.fired("distributor-credit-line")
    return blocks[:-1]


def _back_ref_notes(blocks: list[Block], ctx: Context) -> list[Block]:
    """k paragraphs at the end each ending in "↩" are notes 1…k when digits 1…k stand
    glued to a word in the text above, in that order (each the first after the one
    before); without all k markers they stay text."""
    start = len(blocks)
    while start > 1 and plain(blocks[start - 1].lines[-1].text).rstrip().endswith(BACK_REF):
        start -= 1
    k = len(blocks) - start
    if k == 0 or start < 1:
        return blocks
    lines = [[ln.text for ln in b.lines] for b in blocks[:start]]
    places = []
    cursor = (0, 0, 0)
    for n in range(1, k + 1):
        found = _glued(lines, str(n), cursor)
        if found is None:
            return blocks
        places.append(found)
        cursor = (found[0], found[1], found[2] + len(str(n)))
    for n, (b, i, at) in reversed(list(enumerate(places, 1))):
        text = lines[b][i]
        lines[b][i] = text[:at] + f"[{n}]" + text[at + len(str(n)):]
    marked = [Block([Line(ln.number, text, ln.kind) for ln, text in zip(
        block.lines, texts, strict=True)]) for block, texts in zip(blocks[:start], lines,
                                                                     strict=True)]
    notes = []
    for n, block in enumerate(blocks[start:], 1):
        texts = [ln.text for ln in block.lines]
        texts[-1] = texts[-1].rstrip().removesuffix(BACK_REF).rstrip()
        texts[0] = f"[{n}] " + texts[0].lstrip()
        notes.append(Block([Line(ln.number, text, "note")
                            for ln, text in zip(block.lines, texts, strict=True)]))
    ctx.fired("back-ref-notes")
    ctx.diags.info(f"{k} notes ending in Pandoc's back-reference \u201c\u21a9\u201d, read at "
                   "the digits glued to words in the text", "note-forms",
                   blocks[start].lines[0].number, 1)
    return marked + notes


def _glued(lines: list[list[str]], n: str, cursor: tuple[int, int, int]):
    """Where the digits *n* stand glued to a word (a letter or its mark before, no digit
    after) at or after *cursor*: (block, line, offset), else None."""
    pattern = re.compile(rf"(?<!\d){n}(?![\d\w])")
    b0, i0, off = cursor
    for b in range(b0, len(lines)):
        for i in range(i0 if b == b0 else 0, len(lines[b])):
            text = lines[b][i]
            for m in pattern.finditer(text, off if (b, i) == (b0, i0) else 0):
                before = text[m.start() - 1] if m.start() else ""
                if before and unicodedata.category(before)[0] in "LM":
                    return b, i, m.start()
    return None
