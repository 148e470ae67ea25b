"""A collection of letters each under its number, as editions of Cicero, Pliny and the
humanists print them: the number alone on its line over the letter's salutation (" 1 " /
"C. PLINIUS TRAIANO IMPERATORI", " 3 B " / "TRAIANUS PLINIO"), or the number, the
editor's dating and the salutation on one line ("II. Scr. Alyziae Nonis Novembribus a.u.c.
704. TULLIUS TIRONI SUO SAL."). Each number opens a letter of its own (``div
type="letter"`` with the number as ``@n``, as a FRUS number goes to ``div/@n``), the
editor's dating is the opener's dateline, the salutation its salute.

Evidence: two such heads at least, their numbers rising (a letter and its reply may share
one, "3 A" / "3 B"), each number followed by a salutation. A number over any other line is
no letter's (a page, a point)."""
from __future__ import annotations

import itertools
import re

from ..formats.marks import plain
from . import letterwords
from .context import Context
from .letter_openers import is_salutation
from .unit import Unit

# the number alone: " 1 ", "3 A", "XII.", "II"
LONE_NUMBER = re.compile(r"^\s*(?P<n>(?:\d{1,4}|[IVXLC]{1,7})\.?(?:\s?[A-Z](?![\w.]))?)\s*$")
# the number at a line's start, the rest of the line after it
LEADING_NUMBER = re.compile(r"^\s*(?P<n>\d{1,4}|[IVXLC]{1,7})\.\s+(?P<rest>\S.*?)\s*$")
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def _value(n: str) -> int | None:
    """The number's value ("3 A" 3, "XIV." 14), None where it is no number."""
    digits = re.match(r"\d+", n)
    if digits:
        return int(digits.group())
    letters = re.match(r"[IVXLC]+", n)
    if letters is None:
        return None
    total, prev = 0, 0
    for ch in reversed(letters.group()):
        v = _ROMAN[ch]
        total, prev = (total - v, prev) if v < prev else (total + v, v)
    return total if total > 0 else None


def _salutation(text: str) -> bool:
    """A salutation, or Latin's address of sender to addressee ("TRAIANUS PLINIO"), which
    counts only here, under a letter's number (alone it may be a heading)."""
    return is_salutation(text) or bool(letterwords.LATIN_ADDRESS.match(text.strip()))


def _tail_salutation(rest: str) -> int | None:
    """Where the salutation in capitals that ends a head line begins ("Scr. Alyziae … a.u.c.
    704. TULLIUS TIRONI SUO SAL." → at TULLIUS), else None."""
    words = list(re.finditer(r"\S+", rest))
    k = len(words)
    while k > 0 and re.search(r"[^\W\d_]", words[k - 1].group()) \
            and words[k - 1].group().isupper():
        k -= 1
    while k < len(words) - 1 and re.fullmatch(r"[IVXLC]+\.", words[k].group()):
        k += 1                           # (a Roman day of the dating before it: "XIV.")
    if any(len(words) - j >= 2 and _salutation(rest[words[j].start():])
           for j in range(k, len(words))):
        return words[k].start()          # (the names in capitals before the formula: the
    return None                          # salutation's, "TULLIUS ET CICERO ET Q. Q. …")


def _head(units: list[Unit], k: int) -> tuple[str, int, int | None] | None:
    """The letter head at unit *k*: its number, the units it takes (one, or two where the
    number stands alone over the salutation) and where in the line the salutation begins
    (None for a salutation of its own)."""
    u = units[k]
    if u.kind != "para" or u.span is None or "\n" in u.body.text.strip():
        return None
    text = u.body.text
    if plain(text) != text:
        return None                               # (marks in it: a heading's, not a number's)
    lone = LONE_NUMBER.match(text)
    if lone is not None:
        j = k + 1
        while j < len(units) and units[j].kind in ("pb", "cb"):
            j += 1
        if j >= len(units) or j != k + 1 or units[j].kind != "para" \
                or units[j].span is None \
                or not _salutation(plain(units[j].body.text).strip().split("\n")[0]):
            return None                           # (the letter may go on under it:
        #                                           "TRAIANUS PLINIO" / "Et civis …")
        return lone.group("n").rstrip("."), 2, None
    lead = LEADING_NUMBER.match(text)
    if lead is None or len(text.split()) > 40:
        return None
    at = _tail_salutation(lead.group("rest"))
    if at is None:
        return None
    return lead.group("n"), 1, lead.start("rest") + at


def numbered_letters(units: list[Unit], ctx: Context) -> list[Unit]:
    """Letters one after another, each under its number (see the module's doc): each opens
    a letter of its own."""
    heads: dict[int, tuple[str, int, int | None]] = {}
    k = 0
    while k < len(units):
        found = _head(units, k)
        if found is not None:
            heads[k] = found
        k += found[1] if found is not None else 1   # (not the salutation under a number
        #                                             again: "C. PLINIUS" is no letter C)
    if len(heads) < 2:
        return units
    values = [_value(n) for n, _, _ in heads.values()]
    rising = [v for v in values if v is not None]
    if len(rising) < len(values) or rising[-1] == rising[0] or any(
            not 0 <= b - a <= 10 for a, b in itertools.pairwise(rising)):
        return units
    ctx.fired("numbered-letters")
    out: list[Unit] = []
    skip = 0
    for k, u in enumerate(units):
        if skip:
            skip -= 1
            continue
        if k not in heads:
            out.append(u)
            continue
        n, taken, at = heads[k]
        out.append(Unit("section", u.block, form="letter", label=n))
        if taken == 2:                            # the number alone: in @n; its salutation
            greet = units[k + 1]
            skip = 1
            text = greet.body.text
            cut = text.find("\n", len(text) - len(text.lstrip()))
            if cut < 0 or not text[cut:].strip():
                greet.kind = "greeting"
                out.append(greet)
                continue
            out.append(Unit("greeting", greet.block, span=greet.body[:cut].strip()))
            greet.span = greet.body[cut:].strip()
            out.append(greet)
            continue
        body = u.body
        start = len(body.text) - len(body.text.lstrip())
        lead = LEADING_NUMBER.match(body.text)
        dating = body[lead.start("rest") if lead else start:at].strip() if at else None
        if dating is not None and dating.text:   # the editor's "Scr. Alyziae …": the dateline
            out.append(Unit("opening_dateline", u.block, span=dating))
        out.append(Unit("greeting", u.block, span=body[at:].strip() if at else body))
    return out
