"""Dates in words as 16th- and 17th-century English hands spell them ("the fouertenth daie
of Februarie in the yeare of our Lord god One thousand five hundred ninetie eighte", "this
Eleaventh day of July Anno Dni One Thousand Six hundred Eighty and ffive"). The words of
such a date are read in their modern spelling by a small normalisation: a doubled "ff" at
a word's start is one "f", a final "-ie"/"-ye" is "-y", a final silent "-e" goes, and a
word one or two letters from a number word, a month or "day"/"year" (the same first
letter, one edit in a short word, two in a long one, one such word only) is that word.
Only words near "day of" change, and only a whole date in the modern words counts: the
date found then is the date of the words as printed (where they stand in the text); no
other word is read anew. A transcriber's " / " (the original's line end) inside the date
is a space."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .dates import DateFound

NUMBERS = ("one two three four five six seven eight nine ten eleven twelve thirteen "
           "fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty "
           "sixty seventy eighty ninety hundred thousand first second third fourth fifth "
           "sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
           "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth thirtieth")
MONTH_NAMES = ("january february march april may june july august september october "
               "november december")
WORDS = frozenset((NUMBERS + " " + MONTH_NAMES + " day year lord").split())
# the frame such a date has: a day "of" a month ("daie of", "daye of", "day of")
DAY_OF = re.compile(r"(?i)\bda(?:y|ie|ye|ei)\s+of\b")
WORD = re.compile(r"[^\W\d_]+")
LINE_MARK = re.compile(r"(?<=\w) / (?=\w)")     # "daie of / Februarie"
REACH_BEFORE, REACH_AFTER = 60, 260


def _distance(a: str, b: str, most: int) -> int:
    """Levenshtein distance of *a* and *b*, or most + 1 when it is greater than *most*."""
    if abs(len(a) - len(b)) > most:
        return most + 1
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        low = row[0]
        for j, cb in enumerate(b, 1):
            cur = min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
            prev, row[j] = row[j], cur
            low = min(low, cur)
        if low > most:
            return most + 1
    return row[-1]


@lru_cache(maxsize=4096)
def modern(word: str) -> str | None:
    """The number word, month or "day"/"year" an early-modern spelling stands for
    ("ffive" five, "ninetie" ninety, "eighte" eight, "Eleaventh" eleventh, "fouertenth"
    fourteenth, "Februarie" february, "daie" day, "yeare" year), else None (a modern
    word, or no such word)."""
    low = word.casefold()
    if low in WORDS or len(low) < 3:
        return None
    low = low[1:] if low.startswith("ff") else low
    for form in (low, re.sub(r"[iy]e$", "y", low), low[:-1] if low.endswith("e") else low):
        if form in WORDS:
            return form
    if len(low) < 5:
        return None
    most = 2 if len(low) >= 7 else 1
    near = {w for w in WORDS if w[0] == low[0] and len(w) >= 5
            and _distance(low, w, most) <= most}
    if len(near) != 1:
        return None
    return near.pop()


def old_spelling_date(text: str, before: int | None = None) -> DateFound | None:
    """The first date in words of old spellings in *text* (see the module), starting
    before *before*, with its place in *text*; else None."""
    spans: list[tuple[int, int]] = []
    for frame in list(DAY_OF.finditer(text))[:20]:
        lo, hi = max(0, frame.start() - REACH_BEFORE), min(len(text), frame.end() + REACH_AFTER)
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], hi)
        else:
            spans.append((lo, hi))
    for lo, hi in spans:
        if before is not None and lo >= before:
            break
        found = _window_date(text, lo, hi)
        if found is not None and (before is None or found.start < before):
            return found
    return None


def _window_date(text: str, lo: int, hi: int) -> DateFound | None:
    """The date of old spellings in text[lo:hi], read in modern words, where it stands."""
    from .dates import find_date_in_words
    window = LINE_MARK.sub("   ", text[lo:hi])
    changed = window != text[lo:hi]
    pieces: list[str] = []
    origin: list[int] = []     # for each character of the modern window, its place in *text*
    at = 0
    for m in WORD.finditer(window):
        new = modern(m.group())
        pieces.append(window[at:m.start()])
        origin.extend(range(lo + at, lo + m.start()))
        if new is None:
            pieces.append(m.group())
            origin.extend(range(lo + m.start(), lo + m.end()))
        else:
            changed = True
            pieces.append(new)
            origin.extend(min(lo + m.start() + i, lo + m.end() - 1) for i in range(len(new)))
        at = m.end()
    if not changed:
        return None
    pieces.append(window[at:])
    origin.extend(range(lo + at, hi + 1))
    found = find_date_in_words("".join(pieces), None)
    if found is None or found.time_start is not None:
        return None
    return replace(found, start=origin[found.start], end=origin[found.end])
