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


# the words by which a page's links name the site's parts ("The Latin Library", "The Classics
# Page", "Home", "Index"): a site's, never a signer's
SITE_WORD = re.compile(r"(?i)\b(?:library|page|home(?:page)?|index|contents|site|menu|"
                       r"top|sitemap)\b")
FOOTER_LINE = re.compile(r"^(?:[A-Z][\w’'&-]*|the|of|and|&)(?:\s+(?:[A-Z][\w’'&-]*|the|of|"
                         r"and|&)){0,4}$")


def site_footer(blocks: list[Block], ctx: Context) -> list[Block]:
    """A web page's footer of links kept by a copy as plain text ("The Miscellany" / "The
    Latin Library" / "The Classics Page", at the foot of every page of a site): the
    document's last block, three short lines or more, each one to five words in title
    case with no stop, no figure and no comma, two of them at least naming a site's part
    (SITE_WORD); and no letter before it (no salutation in the text's first blocks, no
    closing formula at the end of the block before). The site's navigation, left out and
    reported, never a signature."""
    if len(blocks) < 3:
        return blocks
    last = blocks[-1]
    lines = [" ".join(plain(line.text).split()) for line in last.lines]
    if len(lines) < 3 or not all(FOOTER_LINE.match(text) for text in lines) \
            or sum(bool(SITE_WORD.search(text)) for text in lines) < 2:
        return blocks
    from .letter_closers import is_closing
    from .letter_openers import is_salutation
    before = [plain(line.text).strip() for line in blocks[-2].lines]
    if any(is_salutation(plain(b.lines[0].text)) for b in blocks[:8]) or \
            (before and is_closing(before[-1])):
        return blocks
    ctx.leave_out(last.lines, "a web page's footer of links to the site (navigation, not "
                  "the document's)", "navigation")
    ctx.fired("site-footer")
    return blocks[:-1]


def held_at_foot(blocks: list[Block], ctx: Context, facts: dict) -> list[Block]:
    blocks = site_footer(blocks, ctx)
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
