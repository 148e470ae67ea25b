"""Inline formatting carried through the plain-text pipeline.

A source format (Markdown, HTML, Word) reads emphasis and links into the text as pairs of
Unicode noncharacters (U+FDD0..U+FDEF: never interchanged, so never in a real source), so
that every convention rule keeps working on plain strings. The inline writer turns them
into ``<hi rend>`` and ``<ref target>``; :func:`plain` gives the text without them for
rules that only look.
"""
from __future__ import annotations

import re

# rend value -> (open, close)
HI = {
    "italic": ("\ufdd0", "\ufdd1"),
    "bold": ("\ufdd2", "\ufdd3"),
    "sup": ("\ufdd4", "\ufdd5"),
    "sub": ("\ufdd6", "\ufdd7"),
    "strikethrough": ("\ufdda", "\ufddb"),
    "underline": ("\ufddc", "\ufddd"),
    "smallcaps": ("\ufdde", "\ufddf"),
}
# HTML's inline tags (in a page, in Markdown, typed into plain text) -> rend
HTML_RENDS = {"i": "italic", "em": "italic", "cite": "italic", "var": "italic", "dfn": "italic",
              "b": "bold", "strong": "bold", "sup": "sup", "sub": "sub", "u": "underline",
              "ins": "underline", "s": "strikethrough", "strike": "strikethrough",
              "del": "strikethrough"}
REF_OPEN, REF_TEXT, REF_CLOSE = "\ufdd8", "\ufdd9", "\ufde0"   # open TARGET text close
OPENERS = {o: rend for rend, (o, _) in HI.items()}
CLOSERS = {c: rend for rend, (_, c) in HI.items()}
ANY = re.compile("[\ufdd0-\ufdef]")
REF_TARGET = re.compile("\ufdd8[^\ufdd9\ufde0]*\ufdd9")
TOKEN = re.compile("\ufdd8(?P<target>[^\ufdd9\ufde0]*)\ufdd9|(?P<mark>[\ufdd0-\ufdef])")


def hi(rend: str, text: str) -> str:
    """*text* emphasised: hi('italic', 'word') -> open + word + close."""
    if not text:
        return text
    opening, closing = HI[rend]
    return f"{opening}{text}{closing}"


def ref(target: str, text: str) -> str:
    """*text* linked to *target*."""
    target = ANY.sub("", target)
    return f"{REF_OPEN}{target}{REF_TEXT}{text}{REF_CLOSE}"


def plain(text: str) -> str:
    """The text as a reader sees it: formatting and link targets removed."""
    if text.isascii() or not ANY.search(text):
        return text
    return ANY.sub("", REF_TARGET.sub("", text))


def has_marks(text: str) -> bool:
    return not text.isascii() and bool(ANY.search(text))


def unwrap(text: str) -> tuple[str, str]:
    """A text wholly in one emphasis ('*Dear Sir,*') -> (inner text, rend); else (text, '')."""
    if len(text) >= 2 and text[0] in OPENERS and HI[OPENERS[text[0]]][1] == text[-1] \
            and not ANY.search(text[1:-1]):
        return text[1:-1], OPENERS[text[0]]
    return text, ""
