"""The top of a document: file number, heading, dateline (place, date, time), opener."""
from __future__ import annotations

import re

from ..sourcetext import Block
from ..tei import E
from .context import Context
from .dates import find_date, looks_like_dateline
from .inline import fill
from .span import Span

DOC_NUMBER = re.compile(r"^(?P<n>\d{1,5})\.\s+(?=\S)")
FILE_NUMBER = re.compile(r"^\d[\d.]*(?:\s+[A-Z][\w.]*)*\s*/\s*[\d–—\-]+[\w–—\-]*"
                         r"(?::\s*\w[\w ]*)?$")
TELEGRAM_NUMBER = re.compile(r"^(?P<no>No\.\s*[\w.\-/]+(?:\s*\([^)]*\))?)\s*(?=\S)", re.I)
CLASSIFICATION = re.compile(r"^(?:top\s+secret|secret|confidential|restricted|unclassified|"
                            r"eyes\s+only|personal(?:\s+and\s+confidential)?|priority|"
                            r"urgent|niact|immediate)\b[\w ;,/-]*$", re.I)


def is_file_number(block: Block) -> bool:
    return len(block.lines) == 1 and bool(FILE_NUMBER.match(block.lines[0].text.strip()))


def file_number_note(block: Block, ctx: Context):
    ctx.fired("file-number")
    return fill(E.note(type="source", place="inline"), Span.of_line(block.lines[0]).strip(), ctx)


def heading(div, span: Span, ctx: Context, number: bool = True):
    """Write the heading into *div*; a leading document number also goes to div/@n."""
    m = DOC_NUMBER.match(span.text) if number else None
    if m:
        div.set("n", m.group("n"))
        ctx.fired("doc-number")
    head = fill(E.head(), span, ctx)
    div.append(head)
    ctx.fired("head")
    return head


# Words that name a kind of document: a first line with them is a heading, even with a date
DOCUMENT_WORDS = re.compile(r"\b(?:memorandum|memo|letter|telegram|cable|airgram|despatch|"
                            r"dispatch|note|notes|minutes|record|report|conversation|meeting|"
                            r"transcript|statement|message|instruction|agreement)\b", re.I)


def is_opening_dateline(block: Block) -> bool:
    """A first line that is only place and date ("London, 14th October 1898"): the dateline
    of a letter without a heading."""
    return is_dateline_block(block) and not DOCUMENT_WORDS.search(block.lines[0].text)


def is_dateline_block(block: Block) -> bool:
    first = block.lines[0].text.strip()
    text = TELEGRAM_NUMBER.sub("", first, count=1)
    return looks_like_dateline(text)


def opener(div, block: Block, ctx: Context) -> None:
    """A dateline block: ``[No. …] [Place,] Date[, time]`` and following lines such as
    ``[Received …]`` or a classification."""
    el = E.opener()
    first = Span.of_line(block.lines[0]).strip()
    tel = TELEGRAM_NUMBER.match(first.text)
    if tel and find_date(first.text[tel.end():]):
        el.append(fill(E.seg(type="telegram-number"), first[:tel.end()].strip(), ctx))
        el[-1].tail = " "
        first = first[tel.end():].strip()
        ctx.fired("telegram-number")
    dl = dateline(first, ctx)
    el.append(dl)
    for line in block.lines[1:]:
        span = Span.of_line(line).strip()
        if CLASSIFICATION.match(span.text):
            el.append(fill(E.seg(type="classification"), span, ctx))
            ctx.fired("classification")
        else:
            dl.append(E.lb())
            fill(dl, span, ctx)
    div.append(el)


def dateline(span: Span, ctx: Context):
    """``[Moscow,] June 11, 1944,`` -> <dateline> with <placeName>, <date when> and, for a
    time range, <time from to>; the printed text stays exactly as it is."""
    dl = E.dateline()
    found = find_date(span.text)
    if found is None:
        return fill(dl, span, ctx)
    _place(dl, span[:found.start], ctx)
    if found.time_start is not None and found.time_when:
        end = found.time_end
        date = E.date(when=f"{found.when}T{found.time_when}" if len(found.when) == 10
                      else found.when)
        fill(date, span[found.start:end].strip(), ctx)
        dl.append(date)
        date.tail = span.text[found.start:end][len(span.text[found.start:end].rstrip()):] or None
        _rest(dl, span[end:], ctx)
    else:
        dl.append(fill(E.date(when=found.when), span[found.start:found.end], ctx))
        if found.time_start is not None:
            _rest(dl, span[found.end:found.time_start], ctx)
            time = E.time(**{"from": found.time_from, "to": found.time_to})
            dl.append(fill(time, span[found.time_start:found.time_end], ctx))
            _rest(dl, span[found.time_end:], ctx)
            ctx.fired("time-range")
        else:
            _rest(dl, span[found.end:], ctx)
    ctx.fired("dateline")
    return dl


def _rest(dl, span: Span, ctx: Context) -> None:
    if span.text:
        fill(dl, span, ctx)


PLACE = re.compile(r"^(?P<open>\[?)(?P<place>[^\[\],]+?)(?P<comma>,?)(?P<close>\]?)(?P<sp>[,\s]*)$")


def _place(dl, span: Span, ctx: Context) -> None:
    """The place before the date, kept with its brackets and punctuation."""
    text = span.text
    if not text.strip():
        if text:
            dl.text = (dl.text or "") + text
        return
    m = PLACE.match(text.strip())
    lead = text[:len(text) - len(text.lstrip())]
    trail = text[len(text.rstrip()):]
    if not m or bool(m.group("open")) != bool(m.group("close")):
        fill(dl, span, ctx)
        return
    place = E.placeName(m.group("place").strip())
    if m.group("open"):                       # [Moscow,] : the editor supplied the place
        place.tail = m.group("comma") or None
        supplied = E.supplied(place)
        supplied.tail = (m.group("sp") + trail) or None
        _append(dl, lead, supplied)
        ctx.fired("supplied")
    else:
        place.tail = (m.group("comma") + m.group("sp") + trail) or None
        _append(dl, lead, place)
    ctx.fired("place")


def _append(dl, lead: str, el) -> None:
    if lead:
        if len(dl):
            dl[-1].tail = (dl[-1].tail or "") + lead
        else:
            dl.text = (dl.text or "") + lead
    dl.append(el)
