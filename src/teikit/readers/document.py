"""The document text shared by every style: optional file number, heading, opener with
dateline, the text blocks, and the footnotes listed at the end."""
from __future__ import annotations

import re
from copy import deepcopy
from pathlib import Path

from lxml import etree

from ..sourcetext import Block
from ..tei import E, tei, text_of
from . import blocks as block_rules
from . import front, notes
from .context import Context, Meta
from .dates import find_date
from .language import guess_language
from .span import Span


def document_div(blocks: list[Block], ctx: Context, *, numbered_head: bool,
                 head: Span | None = None, find_head: bool = True):
    """Encode *blocks* as ``<div type="document">``; returns (div, facts) where facts holds
    what the header needs (heading text, dateline date, pages)."""
    blocks = notes.split_notes(blocks, ctx)
    blocks = notes.drop_printed_copies(blocks, ctx)
    div = E.div(type="document")
    facts: dict = {}
    i = 0
    if i < len(blocks) and front.is_file_number(blocks[i]) and len(blocks) > 2:
        div.append(front.file_number_note(blocks[i], ctx))
        i += 1
    if head is not None:
        facts["head"] = front.heading(div, head, ctx, numbered_head)
    elif i < len(blocks) - 1 and front.is_opening_dateline(blocks[i]):
        pass                                      # a letter that opens with its dateline
    elif find_head and i < len(blocks) - 1 and is_heading(blocks[i]):
        span = Span.of_lines(blocks[i].lines, " ").strip()
        facts["head"] = front.heading(div, span, ctx, numbered_head)
        i += 1
    if i < len(blocks) and front.is_dateline_block(blocks[i]):   # an opener stands first
        front.opener(div, blocks[i], ctx)
        i += 1
    block_rules.build_text(div, blocks[i:], ctx)
    notes.place_unanchored(div, ctx)
    return div, facts


def is_heading(block: Block) -> bool:
    """A first block that names the document: short, one or two lines, no sentence end."""
    text = " ".join(ln.text.strip() for ln in block.lines)
    text = re.sub(r"\[\d{1,4}\]$", "", text)
    if len(block.lines) > 2 or len(text) > 240 or not text[:1].isalnum():
        return False
    if text.rstrip()[-1:] in ",:;" or text.casefold().startswith("dear "):
        return False
    label = block_rules.LABEL.match(text)
    if label and not front.DOC_NUMBER.match(text) \
            and block_rules.label_shape_ok(label.group("label")):
        return False
    return bool(front.DOC_NUMBER.match(text)) or not re.search(r"[.!?;]\s*$", text) \
        or len(text.split()) <= 12


def head_title(head) -> str:
    """The heading's words as a title: without notes and the document number."""
    if head is None:
        return ""
    copy = deepcopy(head)
    etree.strip_elements(copy, tei("note"), tei("ptr"), with_tail=False)
    title = " ".join(text_of(copy).split())
    return front.DOC_NUMBER.sub("", title, count=1)


def fill_meta_from_text(meta: Meta, body, facts: dict, ctx: Context) -> None:
    """Title, date and language from the encoded text where the source gives no fields."""
    if not meta.title and facts.get("head") is not None:
        meta.title = head_title(facts["head"])
    if not meta.title:
        meta.title = f"Text encoded from {Path(ctx.source.path).name}"
        ctx.diags.warn("the text has no heading; the title is made from the file name "
                       "(give one with --title)", "no-title", 1, 1)
    if not meta.date_iso:
        dateline = body.find(".//" + E.dateline().tag)
        date = dateline.find(E.date().tag) if dateline is not None else None
        if date is not None and date.get("when"):
            meta.date_iso = date.get("when")
            # the date as printed, without the dateline's closing punctuation ("p.m." stays)
            meta.date_text = re.sub(r"(?<!m)\.$", "", text_of(date).strip().rstrip(",;"))
    if not meta.date_iso:                         # a memo's "DATE: March 3, 1962" field
        for item in body.iterfind(f".//{tei('list')}[@type='fields']/{tei('item')}"):
            text = text_of(item)
            found = find_date(text) if text.casefold().startswith("date") else None
            if found:
                meta.date_iso, meta.date_text = found.when, text[found.start:found.end]
                break
    if not meta.language_ident:
        ident, name = guess_language(text_of(body))
        if ident:
            meta.language_ident, meta.language = ident, name
            meta.language_guessed = True


def page_range(body) -> tuple[str | None, str | None]:
    """First and last page of the text from its <pb/>s; a text that starts before the first
    break starts on the page before it."""
    pbs = [pb.get("n") for pb in body.iter(E.pb().tag) if pb.get("n")]
    if not pbs:
        return None, None
    first = pbs[0]
    if first.isdigit() and _text_before_first_pb(body):
        first = str(int(first) - 1)
    return first, pbs[-1]


def _text_before_first_pb(body) -> bool:
    seen = []
    for el in body.iter():
        if el.tag == E.pb().tag:
            break
        if el.tag in (E.p().tag, E.sp().tag, E.item().tag) and text_of(el).strip():
            seen.append(el)
    return bool(seen)

