"""A hearing's or a court's cover: the forum in one line ("BEFORE THE NEW YORK STATE
SENATE", "BEFORE THE COMMITTEE ON FINANCE"), then in capitals what the record is ("PUBLIC
HEARING / TO HEAR TESTIMONY ABOUT COAST GUARD'S CONTROVERSIAL / PLAN TO CREATE TEN
COMMERCIAL BARGE ANCHORAGES FROM / YONKERS TO KINGSTON"). The forum is the heading; the
lines under it name the record: they are its title, and a heading under the forum's (a
<head type="sub">), not a list. Evidence: the heading opens with "BEFORE THE" in capitals,
and the block right under it is in capitals and names a proceeding (a hearing, a
transcript, proceedings, a deposition, an inquiry)."""
from __future__ import annotations

import copy
import re

from ..tei import E, tei, text_of
from .context import Context, Meta

FORUM = re.compile(r"^BEFORE\s+THE\s+[A-Z][A-Z0-9 .,'’&()-]+$")
PROCEEDING = re.compile(r"\b(?:HEARINGS?|TRANSCRIPT|PROCEEDINGS|DEPOSITION|EXAMINATION|"
                        r"INQUIRY|INQUEST|ROUNDTABLE|SESSION|TESTIMONY)\b")
MAX_WORDS = 40


def _block(el):
    """(the element that is the block, the elements whose content makes its lines): a
    list's head and items, a paragraph, or an opener's first address (a short text reads
    the cover's lines as an address over the place and date)."""
    if el.tag == tei("list"):
        return el, [c for c in el if c.tag in (tei("head"), tei("item"))]
    if el.tag == tei("opener") and len(el) and el[0].tag == tei("seg") \
            and el[0].get("type") == "address" and not (el.text or "").strip():
        return el[0], [el[0]]
    return el, [el] if el.tag == tei("p") else []


def cover_title(head, meta: Meta, ctx: Context) -> None:
    forum = " ".join(text_of(head).split())
    if not FORUM.match(forum):
        return
    below = head.getnext()
    while below is not None and below.tag in (tei("pb"), tei("cb"), tei("milestone")):
        below = below.getnext()
    block, parts = _block(below) if below is not None else (None, [])
    words = " ".join(" ".join(text_of(p).split()) for p in parts)
    letters = [c for c in words if c.isalpha()]
    if not parts or not letters or any(c.islower() for c in letters) \
            or len(words.split()) > MAX_WORDS or not PROCEEDING.search(words):
        return
    sub = E.head(type="sub")
    for k, part in enumerate(parts):
        if k:
            sub.append(E.lb())
        if len(sub):
            sub[-1].tail = (sub[-1].tail or "") + (part.text or "")
        else:
            sub.text = (sub.text or "") + (part.text or "")
        for child in list(part):
            sub.append(child)             # (its marks and notes, moved: nothing lost)
    below.addprevious(sub)
    if block is below or len(below) == 1:
        below.getparent().remove(below)
    else:
        below.text = (below.text or "") + (block.tail or "").lstrip() or None
        below.remove(block)
    flat = copy.deepcopy(sub)
    for lb in flat.iter(tei("lb")):       # (a line's end parts its words)
        lb.tail = " " + (lb.tail or "")
    meta.title = " ".join(text_of(flat).split())
    ctx.fired("hearing-cover")
