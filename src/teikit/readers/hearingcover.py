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
                        r"INQUIRY|INQUEST|ROUNDTABLE|SESSION|TESTIMONY|FORUM|TOWN\s+HALL|"
                        r"PANEL\s+DISCUSSION)\b")
MAX_WORDS = 40
# a legislature named alone over its hearing's cover ("NEW YORK STATE LEGISLATURE"): the
# forum, where the cover's lines in capitals under it name a proceeding
LEGISLATURE = re.compile(r"^(?:THE\s+)?[A-Z][A-Z .'’&-]{0,60}\b(?:LEGISLATURE|SENATE|ASSEMBLY|"
                         r"CONGRESS|PARLIAMENT|GENERAL\s+COURT)$")
# a line that names a committee the hearing was held by ("SENATE STANDING COMMITTEE ON
# TRANSPORTATION"): the forum's, not the record's title
COMMITTEE = re.compile(r"\b(?:COMMITTEES?|SUBCOMMITTEES?|COMMISSION)\b")


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


def _caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and not any(c.islower() for c in letters)


def _opener_title(opener, meta: Meta, ctx: Context) -> None:
    """A cover read as an opener's addresses: the lines in capitals from its top (up to the
    place and the date), the first that names a proceeding and those under it that name
    no committee ("NEW YORK STATE FORUM/TOWN HALL" / "ROUNDTABLE ON THE SAGE COMMISSION'S
    …"; "JOINT PUBLIC HEARING" / … / "IMPACT OF COVID-19 ON THE …") make the title, a
    <head type="sub"> over the opener; the committees stay in it."""
    run = []
    for el in opener:
        if el.tag != tei("seg") or el.get("type") != "address" \
                or not _caps(text := " ".join(text_of(el).split())):
            break
        run.append((el, text))
    first = next((k for k, (_, text) in enumerate(run) if PROCEEDING.search(text)), None)
    if first is None:
        return
    last = first
    while last + 1 < len(run) and PROCEEDING.search(run[last + 1][1]):
        last += 1                         # "… FORUM/TOWN HALL" / "ROUNDTABLE ON THE …"
    parts = [el for el, _ in run[first:last + 1]]
    if len(run[last][1].split()) <= 4:    # "JOINT PUBLIC HEARING": its subject under it,
        subject = next((el for el, text in run[last + 1:]      # past the committees
                        if not COMMITTEE.search(text)), None)
        if subject is not None:
            parts.append(subject)
    words = " ".join(" ".join(text_of(p).split()) for p in parts)
    if len(words.split()) > MAX_WORDS:
        return
    _sub_head(opener, parts, meta, ctx)
    for part in parts:
        if part.tail and part.tail.strip():
            prev = part.getprevious()
            if prev is not None:
                prev.tail = (prev.tail or "") + part.tail
            else:
                opener.text = (opener.text or "") + part.tail
        opener.remove(part)
    if not len(opener) and not (opener.text or "").strip():
        opener.getparent().remove(opener)


def _sub_head(before, parts, meta: Meta, ctx: Context):
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
    before.addprevious(sub)
    flat = copy.deepcopy(sub)
    for lb in flat.iter(tei("lb")):       # (a line's end parts its words)
        lb.tail = " " + (lb.tail or "")
    meta.title = " ".join(text_of(flat).split())
    ctx.fired("hearing-cover")
    return sub


def cover_title(head, meta: Meta, ctx: Context) -> None:
    forum = " ".join(text_of(head).split())
    legislature = LEGISLATURE.match(forum) and not FORUM.match(forum)
    if not FORUM.match(forum) and not legislature:
        return
    below = head.getnext()
    while below is not None and below.tag in (tei("pb"), tei("cb"), tei("milestone")):
        below = below.getnext()
    if below is not None and below.tag == tei("opener") and len(below) > 1 \
            and not (below.text or "").strip() and (legislature or not PROCEEDING.search(
                " ".join(text_of(below[0]).split())) or PROCEEDING.search(
                " ".join(text_of(below[1]).split()))):
        _opener_title(below, meta, ctx)   # (one address in capitals: as a paragraph, below)
        return
    if legislature:
        return
    block, parts = _block(below) if below is not None else (None, [])
    words = " ".join(" ".join(text_of(p).split()) for p in parts)
    letters = [c for c in words if c.isalpha()]
    if not parts or not letters or any(c.islower() for c in letters) \
            or len(words.split()) > MAX_WORDS or not PROCEEDING.search(words):
        return
    _sub_head(below, parts, meta, ctx)
    if block is below or len(below) == 1:
        below.getparent().remove(below)
    else:
        below.text = (below.text or "") + (block.tail or "").lstrip() or None
        below.remove(block)
