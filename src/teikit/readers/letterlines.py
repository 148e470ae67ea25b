"""A letter's parts on the lines of one block: letters transcribed line for line, or typed
with no blank line between their parts (Suriano's despatches to the Doge, a soldier's
letters home). The salutation under the first lines, and at the end the place and date,
the closing formula and the signature (and the postscript under it), are set apart as
blocks of their own, for the letter rules (``blocks.find_letter_parts``) to read as they
read a letter laid out in blocks.

Only lines that the letter rules themselves prove are set apart (a salutation's or a
closing's words, a name under a closing, a date): short lines as such never are, so that
verse, lists and addresses inside a text keep their block.
"""
from __future__ import annotations

import re

from ..formats import tables
from ..formats.marks import plain
from ..sourcetext import Block, Line
from .context import Context
from .dates import YEAR, find_date
from .letter_closers import POSTSCRIPT, is_closing, is_signature
from .letter_openers import is_salutation
from .turns import is_page_block

SENTENCE_END = re.compile(r"[.!?…»”\"')\]]$")
TABLE_OR_HEADING = ("h", "t")      # (a line the format marks as a heading or a table row)


def letter_lines_apart(blocks: list[Block], ctx: Context) -> list[Block]:
    """The salutation set apart in the text's first block and the closing lines in its
    last (see the module's docstring)."""
    blocks = _opening_apart(blocks, ctx)
    return _closing_apart(blocks, ctx)


def _text(line: Line) -> str:
    text = plain(line.text).replace("\u00a0", " ").strip()
    return text[:-1].rstrip() if text.endswith(" |") else text    # (a bar at the line end)


def _plain_block(block: Block) -> bool:
    """A block of lines as typed: no table, heading or note the format marks."""
    return not tables.is_table(block.lines[0].kind) and not any(
        ln.kind[:1] in TABLE_OR_HEADING or ln.kind == "note" for ln in block.lines)


def _opening_apart(blocks: list[Block], ctx: Context) -> list[Block]:
    """A salutation on the second to fourth line of the text's first block, under short
    lines (the despatch's number: "2da" / "n° 477 comincia 476" / "Serenissimo Principe" /
    "la causa perché …"): the lines over it, the salutation and the text are three blocks.
    (A salutation on the first line is set apart by ``blocks._salutation_apart``.)"""
    first = next((k for k, b in enumerate(blocks) if not is_page_block(b)), None)
    if first is None or not _plain_block(blocks[first]):
        return blocks
    lines = blocks[first].lines
    for k in range(1, min(4, len(lines) - 1)):
        text = _text(lines[k - 1])
        if len(text.split()) > 6 or (SENTENCE_END.search(text) and len(text.split()) > 2):
            return blocks             # a line of text over it: no letter's head
        if is_salutation(lines[k].text):
            ctx.fired("letter-lines")
            return [*blocks[:first], Block(lines[:k]), Block(lines[k:k + 1]),
                    Block(lines[k + 1:]), *blocks[first + 1:]]
    return blocks


def _closing_apart(blocks: list[Block], ctx: Context) -> list[Block]:
    """The closing lines at the end of the text's last block: page breaks may follow it,
    and up to two short blocks (the address on the letter's outer leaf, a postscript)."""
    k, short = len(blocks) - 1, 0
    while k >= 0:
        if is_page_block(blocks[k]):
            k -= 1
            continue
        if blocks[k].lines[0].kind[:1] == "h":
            return blocks         # a heading: the text's last section is no letter's end
        parts = _closing_lines(blocks[k]) if _plain_block(blocks[k]) else None
        if parts:
            ctx.fired("letter-lines")
            return [*blocks[:k], *parts, *blocks[k + 1:]]
        above = _closing_over_name(blocks, k)
        if above:
            ctx.fired("letter-lines")
            return [*blocks[:k - 1], *above, *blocks[k:]]
        if len(blocks[k].lines) > 3 or short == 2:
            return blocks
        short += 1
        k -= 1
    return blocks


def _closing_lines(block: Block) -> list[Block] | None:
    """The block's text, the place and date over the closing, the closing formula, the
    signature and the lines under it, as blocks: where the block ends with them."""
    lines = block.lines
    if len(lines) < 3:
        return None
    far = max(0, len(lines) - 12)       # (only the last lines are read: a block may be long)
    texts = [""] * far + [_text(ln) for ln in lines[far:]]
    for sign in range(len(lines) - 1, max(len(lines) - 6, 1), -1):
        for end in (sign + 1, sign + 2):
            if end > len(lines) or not _signature_at(lines, texts, sign, end):
                continue
            start = _closing_start(texts, sign)
            if start is None and sign >= 2 and _place_and_date(texts[sign - 1]) \
                    and texts[sign - 2].endswith(","):
                start = sign              # (the closing's words end the last sentence: "…
                #                           mes sentiments les plus distingués," / "13 mai
                #                           1873" / "Paul Meyer")
            if start is None:
                continue
            dated = start >= 1 and _place_and_date(texts[start - 1]) and (
                start == 1 or start == sign or SENTENCE_END.search(texts[start - 2]) is not None)
            top = start - 1 if dated else start
            if not top and not dated:
                return None           # no text over the closing: the letter rules read it
            parts = [Block(lines[:top])] if top else []
            if dated:
                parts.append(Block(lines[top:start]))
            if start < sign:
                parts.append(Block(lines[start:sign]))
            parts.append(Block(lines[sign:end]))
            if end < len(lines):
                parts.append(Block(lines[end:]))
            return parts
    return None


def _closing_over_name(blocks: list[Block], k: int) -> list[Block] | None:
    """A name alone in block *k*, under a block that ends with the closing lines or the
    place and date ("… E mi creda sempre" / "Suo dev.o" and "A Mussafia"; "… mes
    sentiments les plus distingués," / "13 mai 1873" and "Paul Meyer"): that block's text,
    its date line and its closing, as blocks."""
    lines = blocks[k].lines
    if k < 1 or len(lines) > 2 or not _plain_block(blocks[k]) or not is_signature(
            [_text(ln) for ln in lines]) or not _plain_block(blocks[k - 1]):
        return None
    above = blocks[k - 1].lines
    if len(above) < 2:
        return None
    parts = _closing_lines(Block([*above, *lines]))
    if parts is not None and parts[-1].lines == lines:
        return parts[:-1]
    if not _place_and_date(_text(above[-1])) \
            or not re.search(r"[,.!?…»”\"')]$", _text(above[-2])):
        return None
    return [Block(above[:-1]), Block(above[-1:])]


def _signature_at(lines: list[Line], texts: list[str], sign: int, end: int) -> bool:
    """A name (and a title under it) on lines sign … end-1 that ends the letter: the
    block's last lines, or set apart from the lines under it by its indentation (a
    signature typed to the right) or by a postscript that follows."""
    if not all(texts[sign:end]) or not is_signature(texts[sign:end]):
        return False
    if end == len(lines):
        return True
    if end == len(lines) - 1 and (_place_and_date(texts[end]) or (
            len(texts[end].split()) <= 6 and YEAR.search(texts[end]))):
        return True                   # the date under the name ("Tuesday, 1941 April 8,")
    return _indent(lines[sign].text) >= _indent(lines[end].text) + 4 \
        or POSTSCRIPT.match(texts[end]) is not None


def _indent(text: str) -> int:
    head = text[:len(text) - len(text.lstrip())]
    return len(head.expandtabs(8))


def _closing_start(texts: list[str], sign: int) -> int | None:
    """Where the closing formula over the signature begins: the line after a sentence's
    end (or after the place and date) from which the lines down to the signature are a
    closing ("di vostra Serenità" / "humilissimo, et devotissimo servitore"; "Love and
    kisses to my darling wife from your ever true and loving hubby."); the first such
    line of up to four."""
    found = None
    for start in range(sign - 1, max(sign - 5, 0), -1):
        closing = " ".join(texts[start:sign])
        if len(closing.split()) > 40 or _place_and_date(texts[start]):
            break                     # (the place and date over it are no closing's words)
        before = texts[start - 1]
        # (the closing begins a line: after a sentence's end, the place and date, or with a
        # capital under a line that is no word's first half: "… E mi creda sempre" / "Suo
        # dev.o")
        if is_closing(closing) and (SENTENCE_END.search(before) or _place_and_date(before) or (
                texts[start][:1].isupper() and not before.endswith("-"))):
            found = start
    return found


def _place_and_date(text: str) -> bool:
    """A short line with a date: where and when the letter was written ("Dall’Haya li 6
    marzo 1623")."""
    return 0 < len(text) <= 60 and len(text.split()) <= 10 and not POSTSCRIPT.match(text) \
        and find_date(text) is not None
