"""A transcription platform's export: its tags in double brackets and its page furniture.

The Smithsonian Transcription Center, the Field Book Project and FromThePage mark what
the page shows with tags in double brackets: a pair ``[[strikethrough]] 12086
[[/strikethrough]]`` around words, a container ``[[table]]`` … ``[[/table]]`` around a
table typed with bars, a sign named ``[[symbol - degree symbol]]``. Their text export
frames each page with a block of the export's own fields (``=====`` / ``Filename:`` /
``Page: 2 of 3`` / ``Link:`` / ``=====``).
"""
from __future__ import annotations

import re
import unicodedata

from ..formats.marks import plain
from ..sourcetext import Block
from ..tei import E
from .context import Context

# a pair's opening tag: its name (lower case, words and spaces) and its closing tag
PAIR_TAG = re.compile(r"\[\[\s*(?P<name>[a-z][a-z ]{0,30}[a-z])\s*\]\]")
# the tags around a whole table or page part, never around words: the pipe table or the
# page is the element, the tags are left out
CONTAINERS = {"table"}
CONTAINER_LINE = re.compile(r"^\s*\[\[\s*/?\s*(?:" + "|".join(CONTAINERS) + r")\s*\]\]\s*$")
# a named sign: "[[symbol - degree symbol]]", "[[symbol - pound sign]]"
SYMBOL_TAG = re.compile(r"^\s*symbols?\s*[-–:]\s*(?P<name>[A-Za-z][A-Za-z -]{0,60}?)\s*$")


PAIRS = {"strikethrough": "del", "strike through": "del", "struck": "del",
         "crossed out": "del", "deleted": "del", "deletion": "del", "strike": "del",
         "insertion": "add", "inserted": "add", "insert": "add", "addition": "add",
         "margin": "margin", "marginalia": "margin", "in margin": "margin",
         "annotation": "note",
         "underline": "underline", "underlined": "underline",
         "superscript": "sup", "super": "sup", "subscript": "sub", "sub": "sub"}


def element_for(name: str):
    """The TEI element for a pair of tags around words, as the platform's guidelines say
    each tag means (PAIRS; None for a tag teikit does not know: its tags stay notes)."""
    kind = PAIRS.get(" ".join(name.split()).casefold())
    if kind == "del":
        return E("del")
    if kind == "add":
        return E.add()
    if kind == "margin":
        return E.add(place="margin")
    if kind == "note":
        return E.note(type="annotation")
    if kind is not None:
        return E.hi(rend=kind)
    return None


def closes_later(text: str, at: int, name: str) -> bool:
    """Does the closing tag of *name* follow *at* in *text*, before the tag opens again?"""
    closing = re.compile(r"\[\[\s*/\s*" + re.escape(name) + r"\s*\]\]", re.I)
    found = closing.search(text, at)
    if found is None:
        return False
    again = re.compile(r"\[\[\s*" + re.escape(name) + r"\s*\]\]", re.I).search(text, at)
    return again is None or again.start() >= found.start()


def symbol(tag: str) -> str | None:
    """The character a named sign stands for ("symbol - degree symbol": "°"), by its
    Unicode name ("DEGREE SIGN"); None where the name gives no character."""
    m = SYMBOL_TAG.match(tag)
    if m is None:
        return None
    name = " ".join(m.group("name").split()).upper()
    stem = re.sub(r"\s+(?:SYMBOL|SIGN|MARK)$", "", name)
    for candidate in (name, stem + " SIGN", stem, stem + " SYMBOL", stem + " MARK"):
        try:
            char = unicodedata.lookup(candidate)
        except KeyError:
            continue
        if len(char) == 1 and not unicodedata.category(char).startswith("C"):
            return char
    return None


def container_lines(blocks: list[Block], ctx: Context) -> list[Block]:
    """[[table]] and [[/table]] alone on a line: the platform's container of a table typed
    with bars, which is the <table> itself; left out and reported."""
    if not any("[[" in ln.text for b in blocks for ln in b.lines):
        return blocks
    out: list[Block] = []
    for block in blocks:
        kept = [ln for ln in block.lines if not CONTAINER_LINE.match(plain(ln.text))]
        if len(kept) == len(block.lines):
            out.append(block)
            continue
        for ln in block.lines:
            if CONTAINER_LINE.match(plain(ln.text)):
                ctx.leave_out([ln], "a transcription platform's container tag; the table "
                              "is the element", "platform-container")
        if kept:
            out.append(Block(kept))
    return out


# the export's furniture over every page: "Page: 2 of 3", the page's and the image's URLs
EXPORT_FIELD = re.compile(r"^(?P<key>[A-Za-z][\w-]{0,24}):\s+(?P<value>\S.{0,300})$")
PAGE_OF = re.compile(r"^\d{1,5}\s+of\s+\d{1,5}$")
URL = re.compile(r"^<?https?://\S+>?$")
RULE = re.compile(r"^(?:[-=_*~]\s*){5,}$")


def export_page_blocks(blocks: list[Block], keys: set[str], ctx: Context) -> list[Block]:
    """Blocks of the shape of the export's first block (a rule, the export's fields or a
    URL, a rule) further down: the same export's block over each later page, left out and
    reported as the first was. *keys* are the first block's field names (the evidence:
    only they, "Page: N of M" and URLs may stand in such a block)."""
    if not keys:
        return blocks
    out: list[Block] = []
    for block in blocks:
        texts = [plain(ln.text).strip() for ln in block.lines]
        inner = texts[1:-1] if len(texts) > 2 and RULE.match(texts[0]) \
            and RULE.match(texts[-1]) else []
        fields = [EXPORT_FIELD.match(t) for t in inner]
        if inner and all(URL.match(t) or (f and f.group("key").casefold() in keys)
                         for t, f in zip(inner, fields, strict=True)) \
                and any(URL.match(t) or (f and PAGE_OF.match(f.group("value")))
                        for t, f in zip(inner, fields, strict=True)):
            ctx.leave_out(block.lines, "the export's block over a page (its fields and "
                          "addresses), as over the first", "site-metadata")
            continue
        out.append(block)
    return out
