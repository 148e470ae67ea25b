"""Plain text in any encoding: decoded (a byte-order mark, --encoding, UTF-8, or a reported
guess), line ends normalised, characters a master cannot hold reported."""
from __future__ import annotations

import re

from ..diagnostics import Collector
from ..sourcetext import SourceText, source_from_bytes
from . import marks, suffix

NAME = "text"


def sniff(name: str, data: bytes) -> float:
    return 0.5 if suffix(name) in (".txt", ".text", "") else 0.2


def read(name: str, data: bytes, encoding: str | None, diags: Collector) -> SourceText:
    source = source_from_bytes(name, data, encoding, diags)
    text = source.text
    if "</" in text:
        text = "\n".join(inline_html(line) if "</" in line else line for line in source.lines)
    if "_" in text:
        text = PUNCTUATION_IN_UNDERSCORES.sub(r"\1", text)
        text = UNDERSCORE_EMPHASIS.sub(lambda m: marks.hi("italic", m.group(1)), text)
    if text is not source.text:
        source.text, source.lines = text, text.split("\n")
    return source


# _emphasis_ as plain-text typists (and Project Gutenberg) write it; may run over one line.
# The pattern opens with the underscore itself (its look-behind after it), so that the
# regex engine scans for it instead of trying every position of the text.
UNDERSCORE_EMPHASIS = re.compile(r"_(?<![\w_]_)(?=[^\s_])([^_\n]{1,200}(?:\n[^_\n]{1,200})?)"
                                 r"(?<=[^\s_])_(?![\w_])")


# "[Languidly_._]": a punctuation mark in italics after a word (Project Gutenberg's plays);
# there are no words to emphasise, the underscores go. (The underscore first, the word
# before it looked behind: a pattern that opens with a look-behind is tried at every
# position of the text, fifty times slower.)
PUNCTUATION_IN_UNDERSCORES = re.compile(r"_(?<=\w_)([.,;:!?])_(?![\w_])")


INLINE_TAG = re.compile(r"<(?P<tag>sub|sup|i|em|b|strong|u)>(?P<inner>[^<>\n]{1,200}?)"
                        r"</(?P=tag)>", re.I)


def inline_html(text: str) -> str:
    """A few HTML inline tags typed into plain text (O<sub>2</sub>, <i>word</i>) as marks,
    when they open and close on one line; any other angle bracket stays text."""
    return INLINE_TAG.sub(lambda m: marks.hi(marks.HTML_RENDS[m.group("tag").lower()],
                                             m.group("inner")), text)
