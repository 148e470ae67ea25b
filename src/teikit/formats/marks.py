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
    "deleted": ("\ufde1", "\ufde2"),     # a transcription's deletion: <del>, not <hi>
    # a reading set beside its base text (HTML's <rt>, Japanese furigana): the base text
    # stays the text, the reading a <hi rend="ruby"> after it, never the text's own words
    "ruby": ("\ufde9", "\ufdea"),
    # a transliteration's damaged sign (ATF's "ka#"): <unclear reason="damage">, not <hi>
    # (the AsciiDoc reader's placeholders, U+FDE7/8, are a balanced pair resolved before
    # its text leaves it)
    "damaged": ("\ufde7", "\ufde8"),
}
# a code span's text (Markdown's `[[ ]]`): literal, no editorial sign read in it; the marks
# go and the characters stay as printed
# (the last plane's two noncharacters: U+FDD0..U+FDEF are all taken)
LITERAL_OPEN, LITERAL_CLOSE = "\U0010fffe", "\U0010ffff"
LITERAL = re.compile("\U0010fffe([^\U0010fffe\U0010ffff]*)\U0010ffff")
# HTML's inline tags (in a page, in Markdown, typed into plain text) -> rend
HTML_RENDS = {"i": "italic", "em": "italic", "cite": "italic", "var": "italic", "dfn": "italic",
              "b": "bold", "strong": "bold", "sup": "sup", "sub": "sub", "u": "underline",
              "ins": "underline", "s": "strikethrough", "strike": "strikethrough",
              "del": "deleted", "rt": "ruby"}
REF_OPEN, REF_TEXT, REF_CLOSE = "\ufdd8", "\ufdd9", "\ufde0"   # open TARGET text close
# a verse line's caesura between its hemistichs (OpenITI's "%~%"): <caesura/> in an <l>
CAESURA = "\ufde3"
# a milestone of the source's own reference system: open UNIT space N close, no text
# (one mark of its own at both ends: it shared ruby's pair once, and a reading with a space,
# "<rt>かん じ</rt>", was taken for a milestone and refused by the schema)
MILESTONE_OPEN = MILESTONE_CLOSE = "\ufded"
MILESTONE = re.compile("\ufded(?P<unit>[^\ufded ]*) (?P<n>[^\ufded]*)\ufded")
# a subtitle cue's place in the recording: open FROM space TO close, no text: an empty
# <time from to/> before the cue's words (formats.subtitles)
CUE_OPEN, CUE_CLOSE = "\ufdeb", "\ufdec"
CUE = re.compile("\ufdeb(?P<from>[^\ufdeb\ufdec ]*) (?P<to>[^\ufdeb\ufdec]*)\ufdec")
OPENERS = {o: rend for rend, (o, _) in HI.items()}
CLOSERS = {c: rend for rend, (_, c) in HI.items()}
ANY = re.compile("[\ufdd0-\ufdef\U0010fffe\U0010ffff]")
REF_TARGET = re.compile("\ufdd8[^\ufdd9\ufde0]*\ufdd9")
TOKEN = re.compile("\ufdd8(?P<target>[^\ufdd9\ufde0]*)\ufdd9|"
                   "\ufded(?P<unit>[^\ufded ]*) (?P<n>[^\ufded]*)\ufded|"
                   "\ufdeb(?P<cue>[^\ufdeb\ufdec ]*) (?P<cue_to>[^\ufdeb\ufdec]*)\ufdec|"
                   "(?P<mark>[\ufdd0-\ufdef])")
# a table's separators (formats.tables: row, cell, line break in a cell) part words
SEPARATORS = {0xFDE4: " ", 0xFDE5: " ", 0xFDE6: " "}


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


def milestone(unit: str, n: str) -> str:
    """A milestone (unit, n) carried in the text: <milestone unit n/>, no words."""
    return f"{MILESTONE_OPEN}{unit} {n}{MILESTONE_CLOSE}"


def cue(start: str, end: str) -> str:
    """A subtitle cue's start and end (offsets in the recording) carried in the text."""
    return f"{CUE_OPEN}{start} {end}{CUE_CLOSE}"


def plain(text: str) -> str:
    """The text as a reader sees it: formatting and link targets removed."""
    if text.isascii() or not ANY.search(text):
        return text
    text = REF_TARGET.sub("", text)
    if MILESTONE_OPEN in text:
        text = MILESTONE.sub("", text)
    if CUE_OPEN in text:
        text = CUE.sub("", text)
    if "\ufde4" in text or "\ufde5" in text or "\ufde6" in text:
        text = text.translate(SEPARATORS)
    return ANY.sub("", text)


def has_marks(text: str) -> bool:
    return not text.isascii() and bool(ANY.search(text))


def balance(text: str, carried: list[str]) -> tuple[str, list[str]]:
    """One block's text with its emphasis and links closed inside it: what is still open at
    its end (``<b><p>one</p><p>two</p></b>``) is closed there and reopened, from
    *carried*, at the start of the next block; a closer with nothing open is dropped.
    Returns the text and what stays open for the next block."""
    if not carried and not has_marks(text):
        return text, []
    stack = list(carried)                  # openers (a link's with its target) still open
    out = list(stack)
    pos = 0
    for m in TOKEN.finditer(text):
        out.append(text[pos:m.start()])
        pos = m.end()
        token = m.group()
        if m.group("target") is not None or token in OPENERS:
            stack.append(token)
            out.append(token)
            continue
        opener = HI[CLOSERS[token]][0] if token in CLOSERS else REF_OPEN if \
            token == REF_CLOSE else None
        if opener is None:                 # not emphasis or a link (a page mark): kept
            out.append(token)
            continue
        depth = next((i for i in range(len(stack) - 1, -1, -1)
                      if stack[i].startswith(opener)), None)
        if depth is None:
            continue                       # closes nothing: dropped
        above = stack[depth + 1:]          # <b><i>x</b>y</i>: close i, close b, reopen i
        out.extend(_closer(o) for o in reversed(above))
        out.append(token)
        out.extend(above)
        del stack[depth]
    out.append(text[pos:])
    out.extend(_closer(o) for o in reversed(stack))
    return "".join(out), stack


# an emphasis that holds no words: "<b> </b>" once the line it opened for is left out
EMPTY_HI = re.compile("|".join(f"{o}(\\s*){c}" for o, c in HI.values()))


def rebalanced(texts: list[str]) -> list[str]:
    """Lines of one block whose emphasis lost its other end with a line left out (a running
    footer that closed what its page's last line opened): closed in the block, and an
    emphasis left empty is dropped. The lines stay as many as they were."""
    text = balance("\n".join(texts), [])[0]
    while True:
        text, n = EMPTY_HI.subn(r"\1", text)
        if not n:
            return text.split("\n")


def _closer(opener: str) -> str:
    return REF_CLOSE if opener.startswith(REF_OPEN) else HI[OPENERS[opener]][1]


def unwrap(text: str) -> tuple[str, str]:
    """A text wholly in one emphasis ('*Dear Sir,*') -> (inner text, rend); else (text, '')."""
    if len(text) >= 2 and text[0] in OPENERS and HI[OPENERS[text[0]]][1] == text[-1] \
            and not ANY.search(text[1:-1]):
        return text[1:-1], OPENERS[text[0]]
    return text, ""


def plain_range(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where plain(text)[start:end] is in *text* with its marks (see :func:`widen`)."""
    if not has_marks(text[:end + 80]):
        return start, end
    positions = _plain_positions(text)
    if end > len(positions) or start >= end:
        return None
    return widen(text, positions[start], positions[end - 1] + 1)


def widen(text: str, start: int, end: int) -> tuple[int, int] | None:
    """text[start:end] taking in the emphasis around it ("**April 11th 1692.** Went", a
    date in bold), so that an element made of it holds its marks whole; None when it would
    still cut an emphasis or a link in two."""
    while start and text[start - 1] in OPENERS:
        at = text.find(HI[OPENERS[text[start - 1]]][1], end)
        if at < 0 or plain(text[end:at]).strip(".,;:!? "):
            break
        start, end = start - 1, at + 1
    parts = (text[:start], text[start:end], text[end:])
    return (start, end) if all(_balanced(part) for part in parts) else None


def _plain_positions(text: str) -> list[int]:
    """For each character of plain(text), its index in *text*."""
    skip: set[int] = set()
    for m in TOKEN.finditer(text):
        skip.update(range(m.start(), m.end()))
    return [i for i in range(len(text)) if i not in skip]


def _balanced(text: str) -> bool:
    """Every emphasis and link opened in *text* is closed in it, and none closed unopened."""
    depth = 0
    for m in TOKEN.finditer(text):
        mark = m.group("mark")
        if m.group("target") is not None or mark in OPENERS:
            depth += 1
        elif mark in CLOSERS or mark == REF_CLOSE:
            depth -= 1
            if depth < 0:
                return False
    return depth == 0
