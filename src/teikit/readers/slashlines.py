"""A transcriber's slash for the original's line ends, in running text: genealogists and
archivists who type a deed or a will as one paragraph mark where each line of the page
ended with "/" ("I Elias/ Williams of Southampton County being now in perfect health and/
sound memory"), as a diplomatic edition marks it with "|". Each such slash is an <lb/>
(after a hyphen, "South-/ ampton", <lb break="no"/>, the hyphen printed).

The evidence is in the text: a slash that stands between words with a space on one side
(never a figure's "1/2" or "9/1794", never "and/or", never a one-letter abbreviation's
"w/" or "c/o"), four such at least, and the stretches of text between them are a page
line's length (their median 25 to 200 characters). A text that uses the slash otherwise
(a poem's quoted line ends "thy sweet love / remembered", a list "red / green") has few
and short stretches; a path's "/work/shared" is no line end."""
from __future__ import annotations

import functools
import itertools
import re
from statistics import median

from ..tei import E

# a slash after a word's letter (two letters at least) or a sign, a space after it
# ("Elias/ Williams", "&/ ordain", "South-/ ampton"), or a space before it and a word's
# letter after ("Porten /and"), or spaced between words ("daie of / Februarie")
SLASH = re.compile(r"(?:(?<=[^\W\d_]{2})|(?<=[.,;:&)\-]))/(?= \S)|"
                   r"(?<=\S) /(?=[^\W\d_])(?![^\s/]*/)|(?<=[^\W\d_.,;:]) / (?=[^\W\d_&])")
# the same in a text that marks its line ends so: after a word of one letter too ("I/
# give", "a/ paire"), never after "w/" (with)
SLASH_IN_TEXT = re.compile(r"(?:(?<=[^\W\d_])(?<!(?<![\w])[wW])|(?<=[.,;:&)\-]))/(?= \S)|"
                           r"(?<=\S) /(?=[^\W\d_])(?![^\s/]*/)|(?<=[^\W\d_.,;:]) / (?=[^\W\d_&])")
LEAST = 4
LINE_LENGTH = (25, 200)


@functools.lru_cache(maxsize=8)
def slash_line_ends(text: str) -> bool:
    """Does *text* (a source's whole text) mark its original's line ends with slashes
    (see the module)?"""
    if text.count("/") < LEAST:
        return False
    gaps: list[int] = []
    count = 0
    for line in text.split("\n"):
        if "/" not in line or "://" in line:
            continue
        at = [m.start() for m in SLASH.finditer(line)]
        count += len(at)
        gaps.extend(b - a for a, b in itertools.pairwise(at))
    return count >= LEAST and bool(gaps) and LINE_LENGTH[0] <= median(gaps) <= LINE_LENGTH[1]


def slash_lines(sink, piece: str, ctx) -> str:
    """Write *piece* up to its last line-end slash, each as <lb/>; return the rest."""
    pos = 0
    for m in SLASH_IN_TEXT.finditer(piece):
        start, end = m.start(), m.end()
        cut = piece[start - 1:start] == "-" and piece[start - 2:start - 1].isalpha()
        while start > pos and piece[start - 1] == " ":
            start -= 1                     # (the spaces around the slash go with it)
        while end < len(piece) and piece[end] == " ":
            end += 1
        sink.text(piece[pos:start])
        sink.element(E.lb({"break": "no"}) if cut else E.lb())
        ctx.fired("slash-line-ends")
        pos = end
    return piece[pos:]
