"""A newspaper page's articles (scout round 13): a headline of short lines, its deck under
it, a byline, and the dispatch that opens with its wire dateline ("Berne, 18 août. —",
"LONDON, March 3.—", "Ipoh, Feb. 5."). Every portal prints them so (Gallica, Trove, Papers
Past, Delpher, Chronicling America, NewspaperSG): the dateline is the evidence that the
short lines over it are a headline, not a paragraph.

Each article is a <div type="article"> with its <head> (the deck a <head type="sub">), an
<opener> with the byline (<seg type="byline">) and the <dateline>, then its paragraphs.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from lxml import etree

from ..formats.marks import plain, unwrap
from ..tei import E
from .context import Context
from .dates import _ANY_DAY, _ANY_MONTH, find_date
from .inline import fill
from .span import Span

if TYPE_CHECKING:
    from .unit import Unit

# a place (one to four words, the first capitalised) and a day and month, the year at most,
# then a dash: "Berne, 18 août. —", "LONDON, March 3.—", "Helsinki, 18 août —"
# the US form adds the state after a comma, abbreviated or not, and may set the date after
# it with two spaces and no comma: "Jacksonville, Fla., Nov. 13. –", "Raleigh, N. C., Nov. 12.
# –", "Atlanta, Ga  Nov. 13. –"
_REGION = (rf"(?!(?i:{_ANY_MONTH})\b)[A-Z][A-Za-z]{{0,11}}\.?(?:\s?[A-Z][A-Za-z]{{0,11}}\.?)?")
_PLACE = (r"(?P<place>[^\W\d_][\w'’.\-]*(?:[ \-][^\W\d_][\w'’.\-]*){0,3}"
          rf"(?:,\s+{_REGION}(?=,\s|\s\s))?)")
_DAY_MONTH = (rf"(?P<date>(?i:{_ANY_DAY}\.?\s+(?:de\s+)?{_ANY_MONTH}|{_ANY_MONTH}\s+{_ANY_DAY})"
              r"(?:,?\s+(?:1[0-9]{3}|20[0-9]{2}))?\.?)")
WIRE_DATELINE = re.compile(rf"^{_PLACE}(?:,\s+|\s\s+){_DAY_MONTH}\s*(?P<dash>—|–|--?)\s*(?=\S)")
# the dateline alone on its line, under a byline: "Ipoh, Feb. 5."
DATELINE_ALONE = re.compile(rf"^{_PLACE},\s+{_DAY_MONTH}$")
# a byline in parentheses on its own line: "(From Our Own Correspondent)", "(By Telegraph)",
# "(Reuter)", "(De notre envoyé spécial)"
BYLINE = re.compile(r"(?i)^\((?:from|by|de|du|von|vom|van|special|our|reuters?|havas|a\.\s?p\."
                    r"|associated|united|press|agence|o\.\s?f\.\s?i\.|afp|dpa|anp)\b[^()]{0,80}\)$")
HEADLINE_ENDS = ".,;:"


def _place_ok(place: str) -> bool:
    return place[:1].isupper()


def wire_dateline(text: str) -> re.Match[str] | None:
    """The wire dateline that opens a dispatch, or None."""
    m = WIRE_DATELINE.match(text)
    return m if m and _place_ok(m.group("place")) else None


def _dateline_lines(u: Unit) -> bool:
    """A block of a byline (or none) and a dateline alone under it."""
    lines = [plain(ln.text).strip() for ln in u.block.lines]
    if not 1 <= len(lines) <= 2:
        return False
    m = DATELINE_ALONE.match(lines[-1])
    return bool(m and _place_ok(m.group("place"))) and all(BYLINE.match(t) for t in lines[:-1])


def _dateline_alone(u: Unit, before: Unit | None) -> bool:
    """A dateline alone (no dash, no text after it) only under a byline, in its block or
    the one before: alone, "New York, August 15, 1806" is a letter's place and date."""
    return _dateline_lines(u) and (len(u.block.lines) == 2 or (
        before is not None and _byline(before)))


def _headline(u: Unit) -> bool:
    """Short lines, capitalised, with no full stop at the end: a headline or its deck."""
    if u.kind != "para" or u.span is None or u.n is not None or len(u.block.lines) > 3:
        return False
    lines = [plain(ln.text).strip() for ln in u.block.lines]
    text = " ".join(lines)
    return bool(text) and text[:1].isupper() and text[-1:] not in HEADLINE_ENDS \
        and all(len(t) <= 60 for t in lines) and len(text.split()) <= 20 \
        and not wire_dateline(text) and not BYLINE.match(text) \
        and find_date(text) is None          # (the issue's date under the masthead)


def _byline(u: Unit) -> bool:
    return u.kind in ("para", "stage") and u.span is not None and len(u.block.lines) == 1 \
        and bool(BYLINE.match(plain(u.block.lines[0].text).strip()))


def find_articles(units: list[Unit], has_head: bool, ctx: Context) -> list[Unit]:
    """Headlines over wire datelines open articles; the text's first dispatch, right under
    the document's heading, has its dateline in the document's opener and its deck as
    <head type="sub">."""
    from .letter_closers import is_closing
    from .unit import Unit
    out = list(units)
    under_heading = _headed_dispatches(out)
    k = 0
    while k < len(out):
        u = out[k]
        dated = u.kind == "para" and u.span is not None and u.n is None and (
            wire_dateline(plain(u.span.text)) is not None
            or _dateline_alone(u, out[k - 1] if k else None))
        if not dated:
            k += 1
            continue
        j = k
        if j and _byline(out[j - 1]):
            j -= 1
        bylines = out[j:k]
        h = j
        while h and k - h < 4 and _headline(out[h - 1]):
            h -= 1
        above = out[h - 1].span if h and out[h - 1].kind == "para" else None
        if above is not None and is_closing(above.text):
            h = j                            # a signature under a closing, no headline
        heads = out[h:j]
        head_at = next((i for i in range(max(0, j - 3), j)
                        if under_heading[i] and i + under_heading[i] == j), None)
        if not heads and head_at is not None:
            # the format made the headline a heading (Markdown "##", HTML <h2>): the
            # heading opens the article, its bold deck the sub-heads
            out[head_at] = replace(out[head_at], form="article")
            for i in range(head_at + 1, j):
                out[i] = Unit("subhead", out[i].block, span=out[i].span)
            h = 0
        elif not heads and (h or not has_head):
            k += 1
            continue
        if heads and (h or not has_head):
            first = heads[0]
            out[h] = Unit("section", first.block, span=first.span, form="article")
            subs = heads[1:]
        else:
            subs = heads                     # under the document's own heading
        for i, sub_unit in enumerate(subs, start=h + len(heads) - len(subs)):
            out[i] = Unit("subhead", sub_unit.block, span=sub_unit.span)
        for i, b in enumerate(bylines, start=j):
            out[i] = Unit("byline", b.block, span=Span.of_line(b.block.lines[0]).strip())
        u.form = "wire-dateline"
        ctx.fired("newspaper-articles")
        k += 1
    return out


def _headed_dispatches(units: list[Unit]) -> list[int]:
    """For each unit: a heading the format marked (not a document's part or a letter's)
    with a dispatch under it, its first paragraph opening with a wire dateline, maybe
    under a deck of one or two paragraphs wholly in bold and a byline: the number of those
    decks + 1
    (0 for the other units); only where two such headings or more make the text a
    newspaper page."""
    marks = [0] * len(units)
    for k, u in enumerate(units):
        if u.kind != "section" or u.form:
            continue
        d = k + 1
        while d < len(units) and d - k <= 2 and _bold_deck(units[d]):
            d += 1
        at = d                   # (a byline over the dispatch: "(By wire to the Record.)")
        if d + 1 < len(units) and _byline(units[d]):
            d += 1
        nxt = units[d] if d < len(units) else None
        if nxt is not None and nxt.kind == "para" and nxt.span is not None and nxt.n is None \
                and wire_dateline(plain(nxt.span.text)) is not None:
            marks[k] = at - k
    return marks if sum(1 for m in marks if m) >= 2 else [0] * len(units)


def _bold_deck(u: Unit) -> bool:
    """A headline's deck the format set in bold, line by line: "**Capt. Taylor Complains
    Of**" / "**Not Receiving any Credit …**"."""
    return u.kind == "para" and u.span is not None and u.n is None \
        and len(u.block.lines) <= 4 and len(plain(u.span.text).split()) <= 30 \
        and all(unwrap(ln.strip())[1] == "bold" for ln in u.span.text.split("\n") if ln.strip())


def write_dateline(div: etree._Element, span: Span, ctx: Context) -> Span | None:
    """The dispatch's dateline into the division's opener (bylines before it in the same
    block as <seg type="byline">); the text after the dateline is returned, None when the
    block was the dateline alone."""
    opener = div[-1] if len(div) and div[-1].tag == E.opener().tag else E.opener()
    if opener.getparent() is None:
        div.append(opener)
    lines = span.text.split("\n")
    if len(lines) > 1 or DATELINE_ALONE.match(plain(span.text).strip()):
        # a byline and the dateline alone, each on its line
        pos = 0
        for k, line in enumerate(lines):
            piece = span[pos:pos + len(line)].strip()
            pos += len(line) + 1
            if k < len(lines) - 1:
                opener.append(fill(E.seg(type="byline"), piece, ctx))
            else:
                opener.append(_dateline(piece, DATELINE_ALONE.match(plain(piece.text)), ctx))
        return None
    m = WIRE_DATELINE.match(span.text)
    if m is None:                            # (marks inside: the dateline stays in the text)
        return span
    opener.append(_dateline(span[:m.end()].strip(), m, ctx))
    return span[m.end():]


def _dateline(span: Span, m: re.Match[str] | None, ctx: Context) -> etree._Element:
    dl = E.dateline()
    if m is None or span.text[:m.end("place")] != m.group("place"):
        return fill(dl, span, ctx)
    dl.append(fill(E.placeName(), span[:m.end("place")], ctx))
    start, end = m.start("date"), m.end("date")
    dl[-1].tail = span.text[m.end("place"):start]
    dl.append(fill(E.date(), span[start:end], ctx))
    if end < len(span.text):
        dl[-1].tail = span.text[end:]
    return dl
