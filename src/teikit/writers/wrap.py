"""Lines of text by display width: what the plain-text writer wraps its paragraphs with.

Width is measured in terminal columns (wcwidth): a wide CJK character takes two (a line
may end between two of them), a combining accent none. Text of one-column characters only
(by far the most) is measured by its length and wrapped by one regular expression; any
other text by a greedy pass over its words. Words are never split otherwise; a word longer than a
line (a URL) stands on a line of its own.
"""
from __future__ import annotations

import functools
import re

from wcwidth import wcwidth

_PATTERNS: dict[int, re.Pattern] = {}


def _line_pattern(width: int) -> re.Pattern:
    """At most *width* characters ending before a space, or one longer word."""
    if width not in _PATTERNS:
        reach = max(width - 1, 0)
        _PATTERNS[width] = re.compile(r"\S(?:.{0," + str(reach) + r"}(?=\s|$))|\S+")
    return _PATTERNS[width]


NOT_ASCII = re.compile(r"[^\x00-\x7f]")
# Latin letters, their punctuation and the general punctuation are all one column wide
# (tests/test_export_text.py checks these ranges against wcwidth): only other characters
# need looking up.
NARROW_RANGES = ((0x20, 0x7E), (0xA0, 0x2FF), (0x2010, 0x2027), (0x2030, 0x205E))
# Text of those characters only (a run matched in C: twice as fast as a search for another)
NARROW_TEXT = re.compile(
    "[" + "".join(f"\\u{a:04x}-\\u{b:04x}" for a, b in NARROW_RANGES) + "]*")


@functools.lru_cache(maxsize=4096)
def char_width(ch: str) -> int:
    """Columns a character takes on a terminal (wcwidth): 2 for wide CJK, 0 for a
    combining mark; a control character (none can reach here) counts as 0."""
    return max(wcwidth(ch), 0)


def display_width(text: str) -> int:
    """Columns *text* takes; only the non-ASCII characters are looked up."""
    if text.isascii():
        return len(text)
    return len(text) + sum(char_width(ch) - 1 for ch in NOT_ASCII.findall(text))


def _narrow(text: str) -> bool:
    """Every character one column wide: code points measure the line."""
    if text.isascii() or NARROW_TEXT.fullmatch(text) is not None:
        return True
    return all(char_width(ch) == 1 for ch in set(NOT_ASCII.findall(text)))


def wrap(text: str, width: int, prefix: str = "", indent: int = 0,
         narrow: bool = False) -> list[str]:
    """*text* (single-spaced) in lines of at most *width* columns of display width: the
    first starts with *prefix*, the others with *indent* spaces. Words are never split,
    except between wide characters (CJK), where a line may break without a space.
    *narrow*: the caller knows every character of *text* is one column wide."""
    if not (narrow or text.isascii() or _narrow(text)) \
            or not (prefix.isascii() or _narrow(prefix)):
        return _wrap_wide(text, width, prefix, indent)
    if len(prefix) + len(text) <= width:
        line = prefix + text
        return [line.rstrip()] if line.strip() else []
    room = width - len(prefix)
    if room <= 0 or width - indent <= 1:
        return _wrap_by_pattern(text, width, prefix, indent)
    lines: list[str] = []
    pad = " " * indent
    first = _next_line(text, 0, room)
    if first - 0 > room and prefix.strip():
        lines.append(prefix.rstrip())          # no room after a label: the text below it
        pos = 0
    else:
        lines.append(prefix + text[:first])
        pos = first + 1
    if pos < len(text):                # the other lines: one pattern, found in C
        rest = _line_pattern(width - indent).findall(text, pos)
        lines += [pad + line for line in rest] if pad else rest
    return lines


def wrap_narrow(lines: list[str], text: str, width: int, prefix: str = "",
                indent: int = 0) -> None:
    """:func:`wrap` for a *text* of one-column characters, single-spaced, after a prefix
    of one-column characters, its lines added to *lines*: each break found by
    ``str.rfind`` (one call in C a line; no list made a paragraph)."""
    n = len(text)
    if len(prefix) + n <= width:           # the paragraph fits on its first line
        if text:
            lines.append(prefix + text)
        elif prefix.strip():
            lines.append(prefix.rstrip())
        return
    room = width - len(prefix)
    if room <= 0 or width - indent <= 1:
        lines += _wrap_by_pattern(text, width, prefix, indent)
        return
    cut = text.rfind(" ", 0, room + 1)
    if cut <= 0:
        cut = text.find(" ")
        if cut < 0:
            cut = n
    if cut > room and prefix.strip():
        lines.append(prefix.rstrip())          # no room after a label: the text below it
        pos = 0
    else:
        lines.append(prefix + text[:cut])
        pos = cut + 1
    pad = " " * indent
    avail = width - indent
    add = lines.append
    while pos < n:
        if n - pos <= avail:
            add(pad + text[pos:])
            return
        cut = text.rfind(" ", pos, pos + avail + 1)
        if cut <= pos:                         # a word longer than a line: alone on it
            cut = text.find(" ", pos)
            if cut < 0:
                add(pad + text[pos:])
                return
        add(pad + text[pos:cut])
        pos = cut + 1


def _next_line(text: str, pos: int, avail: int) -> int:
    """Where the line from *pos* ends: at the last space that leaves it at most *avail*
    characters long, or after the first word if that word alone is longer."""
    if len(text) - pos <= avail:
        return len(text)
    cut = text.rfind(" ", pos, pos + avail + 1)
    if cut > pos:
        return cut
    cut = text.find(" ", pos)
    return len(text) if cut < 0 else cut


def _wrap_by_pattern(text: str, width: int, prefix: str, indent: int) -> list[str]:
    """The general case (a prefix as wide as the line): at most *width* characters ending
    before a space, or one longer word, found by a regular expression."""
    lines = []
    room = width - len(prefix)
    m = _line_pattern(room).match(text) if room > 0 else None
    if m is None or (len(m.group(0)) > room and prefix.strip()):
        lines.append(prefix.rstrip())          # no room after a label: the text below it
        pos = 0
    else:
        lines.append(prefix + m.group(0))
        pos = m.end()
    pad = " " * indent
    for m in _line_pattern(width - indent).finditer(text, pos):
        lines.append(pad + m.group(0))
    return lines


def _pieces(word: str) -> list[str]:
    """A word as the pieces a line may end between: only between two wide characters
    (as Chinese and Japanese text breaks); a combining mark stays with its base."""
    pieces: list[str] = []
    previous_wide = False
    for ch in word:
        wide = char_width(ch) == 2
        if pieces and not (wide and previous_wide):
            pieces[-1] += ch
        else:
            pieces.append(ch)
        if char_width(ch):
            previous_wide = wide
    return pieces


def _words_wide(text: str) -> list[str]:
    """The words of *text*, a space between two wide characters kept inside one: a line
    that ends between two wide characters reads as no space (as Chinese breaks), so the
    line may not end at such a space ("𬮅 𧗥" would read "𬮅𧗥")."""
    words: list[str] = []
    for word in text.split(" "):
        if not word:
            continue
        if words and _last_wide(words[-1]) and char_width(word[0]) == 2:
            words[-1] += " " + word
        else:
            words.append(word)
    return words


def _last_wide(word: str) -> bool:
    """Does *word* end with a wide character (a combining mark after it aside)?"""
    for ch in reversed(word):
        width = char_width(ch)
        if width:
            return width == 2
    return False


def _wrap_wide(text: str, width: int, prefix: str, indent: int) -> list[str]:
    """Greedy wrapping by display width (the slow path, for wide or zero-width text)."""
    lines: list[str] = []
    line, col, empty = prefix, display_width(prefix), True
    pad = " " * indent
    for word in _words_wide(text):
        for k, piece in enumerate(_pieces(word)):
            need = display_width(piece) + (1 if k == 0 and not empty else 0)
            if col + need > width and not (empty and not prefix.strip() and line == prefix):
                if empty and prefix.strip():
                    lines.append(line.rstrip())     # no room after a label
                elif not empty:
                    lines.append(line)
                line, col, empty = pad, indent, True
                need = display_width(piece)
            if k == 0 and not empty:
                line += " "
            line += piece
            col += need
            empty = False
    if not empty or prefix.strip():
        lines.append(line.rstrip())
    return [ln for ln in lines if ln.strip()] or []


