"""A numbered point run into the paragraph before it ("… expressly established.' (5) His
Majesty's Government …", "Two minor points may be mentioned. (a) The desirability …"), as
OCR or a copy joins two paragraphs: the mark opens a paragraph of its own where it stands
after a sentence's end and continues the series of the numbered paragraphs around it (the
one before is (4), or the one after is (b)), in the same form ("(n)", "n.", "n)"). A mark
in a sentence, or out of the series, stays where it is."""
from __future__ import annotations

import re

from ..formats.marks import plain
from .classify import _next_in_sequence
from .context import Context
from .unit import Unit

# a point's mark after a sentence's end (a closing quotation mark may follow the full stop)
# and before a capital: "(5) His", "(a) The", "5.His", "5. His"
RUN_IN_MARK = re.compile(r"(?<=[.!?;:])[\"'’”»]?(?P<gap>\s+)(?P<mark>\((?P<n1>\d{1,2}|[a-z])\)|"
                         r"(?P<n2>\d{1,2})[.)])\s*(?=[\"'‘“]?[A-Z])")
# the mark that opens a numbered paragraph, and its shape
OPENING_MARK = re.compile(r"^\s*(?P<mark>\((?P<n1>\d{1,2}|[a-z])\)|(?P<n2>\d{1,2})[.)])")
WORDS = re.compile(r"[^\W\d_]{2,}")
NEAR = 3          # how far (in paragraphs) the neighbour of the series may stand


def _shape(m: re.Match) -> str:
    n = m.group("n1") or m.group("n2")
    return m.group("mark").replace(n, "n", 1)


def _numbered(u: Unit) -> tuple[str, str] | None:
    """(number, shape) of a paragraph numbered by its opening mark."""
    if u.kind != "para" or not u.n or u.span is None:
        return None
    m = OPENING_MARK.match(plain(u.span.text))
    return (u.n, _shape(m)) if m and (m.group("n1") or m.group("n2")) == u.n else None


def points_run_in(units: list[Unit], ctx: Context) -> list[Unit]:
    out: list[Unit] = []
    for k, u in enumerate(units):
        own = _numbered(u)
        if u.kind != "para" or (u.n and own is None) or u.span is None \
                or ("(" not in u.span.text and not any(map(str.isdigit, u.span.text))):
            out.append(u)
            continue
        before = own or next((x for x in (_numbered(v) for v in reversed(
            units[max(0, k - NEAR):k])) if x), None)   # (a numbered one: its own number)
        after = next((x for x in (_numbered(v) for v in units[k + 1:k + 1 + NEAR]) if x), None)
        while True:                       # (two points run in: each opens its own)
            split = _run_in(u, before, after)
            if split is None:
                out.append(u)
                break
            at, n, shape = split
            head, u = u, Unit("para", u.block, span=u.body[at:].strip(), n=n)
            head.span = head.body[:at].strip()
            out.append(head)
            before = (n, shape)
            ctx.fired("point-run-in")
    return out


def _run_in(u: Unit, before: tuple[str, str] | None, after: tuple[str, str] | None) \
        -> tuple[int, str, str] | None:
    """(where the point starts, its number, its shape) of the first point run into *u*
    that continues the series of *before* or *after*."""
    text = u.body.text
    for m in RUN_IN_MARK.finditer(text):
        if len(WORDS.findall(plain(text[:m.start()]))) < 3:
            continue                      # ("2. (a) The question …": the point's first
            #                               sub-point under its own number, no sentence)
        n, shape = m.group("n1") or m.group("n2"), _shape(m)
        if (before and before[1] == shape and _next_in_sequence(before[0], n)) or (
                after and after[1] == shape and _next_in_sequence(n, after[0])):
            return m.end("gap"), n, shape
    return None
