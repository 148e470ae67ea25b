"""Markdown emphasis that CommonMark leaves unmatched, read as what it marks.

markdown-it follows CommonMark's flanking rules: a ``**`` followed by spaces and a line's
end cannot open (``**␣␣⏎Board Meeting, November 3rd, 1910.**``), a ``**`` after a line
break written as ``****`` before the next bold words cannot close, an ``_`` followed by a
letter cannot close (``_Department of Labour_Mr. H.A. Bland``). The delimiters stay in the
text as characters. A run left so is markup, not text, when it pairs with a run of the
same kind in the same paragraph and the pair encloses words: every run of that sign in the
paragraph's text pairs with its neighbour (no lone ``*`` of a footnote, no ``file_name``),
the opening one is not after a letter, the closing one not before a space inside, and
between them the marks already read are balanced.
"""
from __future__ import annotations

import itertools
import re

from . import marks

RUN = re.compile(r"\*+|_+")


def _balanced(inner: str) -> bool:
    if not marks.ANY.search(inner):
        return True
    for opening, closing in marks.HI.values():
        if inner.count(opening) != inner.count(closing):
            return False
    return inner.count(marks.REF_OPEN) == inner.count(marks.REF_CLOSE)


def _pair(text: str, o: re.Match, c: re.Match) -> tuple[str, str, str] | None:
    """(what goes before the <hi>, its words, what goes after) for the runs o … c, or None
    when they do not enclose words as emphasis does."""
    sign = o.group()[0]
    inner = text[o.end():c.start()]
    core = inner.strip()
    if not any(ch.isalnum() for ch in core) or "\n\n" in inner or not _balanced(inner):
        return None
    before = text[o.start() - 1] if o.start() else "\n"
    after = text[c.end()] if c.end() < len(text) else "\n"
    if before.isalnum() or before in "*_\\":
        return None
    lead = inner[:len(inner) - len(inner.lstrip())]
    trail = inner[len(inner.rstrip()):]
    opening = marks.HI["bold" if len(o.group()) == 2 else "italic"][0]
    # the opening run before a space: only at a line's start, the space a line break
    if lead and not ("\n" in lead and before == "\n"):
        return None
    # the closing run after a space: only a line break, the next bold words right after
    # it ("…1911␣␣⏎****MS 988…": the run closes this line's and opens the next)
    if trail and not ("\n" in trail and text.startswith(opening, c.end())):
        return None
    if after in "*_" or (after.isalnum() and sign == "*"):
        return None
    return ("", core, (" " if after.isalnum() else "") + trail)


def repair(text: str, spans: list[tuple[int, int]]) -> tuple[str, int]:
    """*text* (a paragraph's inline text, its emphasis read into marks) with the delimiter
    runs left in its plain-text *spans* (start, end) read as emphasis where they pair;
    the number of pairs read."""
    runs = [m for start, end in spans for m in RUN.finditer(text, start, end)]
    if not runs:
        return text, 0
    edits: list[tuple[int, int, str]] = []
    for sign in "*_":
        mine = [m for m in runs if m.group()[0] == sign]
        if not mine or len(mine) % 2 or any(len(m.group()) > 2 for m in mine):
            continue
        found: list[tuple[int, int, str]] = []
        for o, c in zip(mine[::2], mine[1::2], strict=True):
            parts = _pair(text, o, c) if len(o.group()) == len(c.group()) else None
            if parts is None:
                found = []
                break
            rend = "bold" if len(o.group()) == 2 else "italic"
            found.append((o.start(), c.end(), parts[0] + marks.hi(rend, parts[1]) + parts[2]))
        edits += found
    if not edits:
        return text, 0
    edits.sort()
    if any(a[1] > b[0] for a, b in itertools.pairwise(edits)):
        return text, 0            # the two signs' pairs cross: leave both as typed
    for start, end, new in reversed(edits):
        text = text[:start] + new + text[end:]
    return text, len(edits)


# a full stop after a word, more words after it: a sentence, not a heading's
SENTENCE_AFTER = re.compile(r"[^\W\d_]{3}[.!?]\s+\S")
MAX_HEAD_WORDS = 12
BOLD_OPEN, BOLD_CLOSE = marks.HI["bold"]


def _wholly_bold(text: str) -> bool:
    text = text.strip()
    if not (text.startswith(BOLD_OPEN) and text.endswith(BOLD_CLOSE)) or \
            text.count(BOLD_OPEN) != 1 or text.count(BOLD_CLOSE) != 1:
        return False
    words = marks.plain(text).strip()
    return (0 < len(words.split()) <= MAX_HEAD_WORDS and words[-1] not in ":,;"
            and not SENTENCE_AFTER.search(words) and any(ch.isalpha() for ch in words))


def bold_headings(lines: list[str], kinds: list[str]) -> int:
    """Paragraphs set wholly in bold as a minute book sets its meetings' and items'
    headings (**Meeting of January 5th, 1911.**, **Immigration Rules**), made headings in
    *kinds*: each one line, short (twelve words at most), no sentence after a full stop,
    not ending in a colon or a comma, after some paragraph of text (the bold lines that
    open a file are its title's), not right under a heading (a headline's deck) and
    before a paragraph, two or more such in the document.
    Each is a level under the last Markdown heading before it, its bold dropped (its
    being a heading is its bold). The number made."""
    blocks: list[tuple[int, int]] = []         # (first, end) of each block of lines
    start = 0
    for i in range(len(lines) + 1):
        if i == len(lines) or (not lines[i] and not kinds[i]):
            if i > start:
                blocks.append((start, i))
            start = i + 1
    bold = [end - first == 1 and kinds[first] == "" and _wholly_bold(lines[first])
            for first, end in blocks]
    heads: list[int] = []
    seen_text = False
    for k, (first, _end) in enumerate(blocks):
        kind = kinds[first]
        if bold[k] and seen_text and k + 1 < len(blocks) and not bold[k + 1] \
                and kinds[blocks[k + 1][0]] in ("", "item", "quote") \
                and kinds[blocks[k - 1][0]][:1] != "h":     # (under a heading: its deck)
            heads.append(k)
        elif kind in ("", "item", "quote") and not bold[k]:
            seen_text = True
    if len(heads) < 2:
        return 0
    level = 1
    made = set(heads)
    for k, (first, _) in enumerate(blocks):
        if kinds[first][:1] == "h" and kinds[first][1:].isdigit():
            level = int(kinds[first][1:])
        elif k in made:
            kinds[first] = f"h{min(level + 1, 6)}"     # (its bold is its being one)
            lines[first] = lines[first].replace(BOLD_OPEN, "").replace(BOLD_CLOSE, "")
    return len(heads)
