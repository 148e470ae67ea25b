"""A web edition's foot: the line that says where the original is held, and the link back
into the site under it.

A transcription site's page template ends each document with its provenance ("Transcribed
document held at the Maryland Center for History and Culture, Woman's Literary Club of
Baltimore Collection, MS 988, Box 3.", "Original in the National Archives, RG 59",
"Courtesy of the Hagley Library") and a link back to the site's index ("Return to meeting
minutes", "Back to the list"). The first is the source's identifier (the header's
msIdentifier: the repository, the collection and shelfmark after it); the second is the
site's navigation: both are left out of the text and reported. Only the document's last
blocks: the same words inside the text are the text's.
"""
from __future__ import annotations

import re

from ..formats import marks
from ..formats.marks import plain
from ..sourcetext import Block
from .context import Context

HELD_AT = re.compile(r"(?i)^(?:(?:transcribed|digitized|digitised|scanned)\s+"
                     r"(?:document\s+|from\s+(?:the\s+)?original\s+|original\s+)?)?"
                     r"(?:(?:the\s+)?original(?:\s+document)?\s+(?:is\s+)?)?"
                     r"(?:held|kept|preserved|located)\s+(?:at|in|by)\s+|^original\s+in\s+|"
                     r"^courtesy\s+of\s+")
NAVIGATION = re.compile(r"(?i)^(?:return|back|go\s+back)\s+to\b|^(?:next|previous|prev)\b")


def _link_only(block: Block) -> bool:
    """One line that is one link and nothing else."""
    if len(block.lines) != 1:
        return False
    text = block.lines[0].text.strip()
    m = marks.REF_TARGET.match(text)
    return bool(m) and text.endswith(marks.REF_CLOSE) and text.count(marks.REF_OPEN) == 1


def held_at_foot(blocks: list[Block], ctx: Context, facts: dict) -> list[Block]:
    end = len(blocks)
    nav = []
    while end > 1 and _link_only(blocks[end - 1]) and \
            NAVIGATION.match(plain(blocks[end - 1].lines[0].text).strip()):
        end -= 1
        nav.append(blocks[end])
    if end < 2 or len(blocks[end - 1].lines) != 1:
        return blocks
    held = blocks[end - 1]
    text = " ".join(plain(held.lines[0].text).split())
    m = HELD_AT.match(text)
    if m is None or len(text.split()) > 40:
        return blocks if not nav else _navigation(blocks, nav, ctx)
    where = text[m.end():].rstrip(" .")
    where = re.sub(r"(?i)^the\s+", "", where)
    repository, _, rest = where.partition(",")
    facts.setdefault("source_block", []).append(("archive", "repository", repository.strip()))
    if rest.strip():
        facts["source_block"].append(("shelfmark", "shelfmark", rest.strip()))
    ctx.leave_out(held.lines, "the edition's note of where the original is held; it is in "
                  "the header", "source-block")
    ctx.fired("held-at-foot")
    blocks = blocks[:end - 1] + blocks[end:]
    return _navigation(blocks, nav, ctx) if nav else blocks


def _navigation(blocks: list[Block], nav: list[Block], ctx: Context) -> list[Block]:
    for block in nav:
        ctx.leave_out(block.lines, "a link back into the site (navigation, not the "
                      "document's)", "navigation")
    ctx.fired("site-navigation-foot")
    return [b for b in blocks if not any(b is n for n in nav)]
