"""A printed record's table of contents: lines that end in a page reference after leaders,
a tab or a wide space ("Dr. Angela Merkel, Bundeskanzlerin . . . . . . .  17881 B",
"Zur Tagesordnung \t 5644B", "Geschäftliche Mitteilungen . 5643D, 5644A"), three or more
in a row, are one list of contents, an item an entry, never paragraphs."""
from __future__ import annotations

import re

from ..formats.marks import plain
from .context import Context
from .span import Span
from .unit import Unit

# the page reference at a contents line's end: a page (a column letter after it, the
# Bundestag's "17881 B", "5644D") or a roman page, or a list of them ("5643D, 5644A"), after
# a tab, two spaces or more, or a leader dot (the leaders themselves are left out before:
# layout._leaders)
PAGE_REF = r"(?:\d{1,5}(?:\s?[A-D])?|[ivxlc]{1,6})"
MORE_REFS = r"(?:\s*,\s*(?:" + PAGE_REF + r"|[A-D]))*,?"
CONTENTS_END = re.compile(r"(?:(?:\t|\s{2,}|\s\.\s)[\s.]*" + PAGE_REF + r"|\s\d{3,5}[A-D])"
                          + MORE_REFS + r"\s*$")
# a line of page references alone, the rest of the entry above ("5648A, 5649D")
REFS_ALONE = re.compile(r"^\s*\d{1,5}\s?[A-D]?" + MORE_REFS + r"\s*$")
# the word that heads a table of contents
CONTENTS_HEAD = re.compile(r"(?i)^(?:contents|table\s+of\s+contents|inhalt|"
                           r"inhaltsverzeichnis|spis\s+treści|obsah|innhold|sommaire|"
                           r"table\s+des\s+matières|indice|índice)\s*:?$")


def _entry(u: Unit) -> bool:
    if u.kind != "para" or u.span is None or u.block is None or not u.block.lines:
        return False
    last = u.block.lines[-1].text
    return len(last) <= 200 and CONTENTS_END.search(last) is not None \
        and any(c.isalpha() for c in plain(last))


def _first_half(units: list[Unit], j: int) -> bool:
    """A short line of one paragraph over an entry: the entry's first half ("Schäffer,
    Bundesminister der" / "Finanzen 5646B, 5647D")."""
    u = units[j]
    return u.kind == "para" and u.span is not None and u.block is not None \
        and len(u.block.lines) == 1 and len(u.span.text) <= 120 \
        and j + 1 < len(units) and _entry(units[j + 1])


def _refs_alone(u: Unit) -> bool:
    return u.kind == "para" and u.span is not None and u.block is not None \
        and len(u.block.lines) == 1 and REFS_ALONE.match(plain(u.span.text)) is not None


def contents_lists(units: list[Unit], ctx: Context) -> list[Unit]:
    """Runs of three contents entries or more (_entry) as one list of type "contents",
    with the word over them ("Inhalt:") as its head; inside a run, a short line over an
    entry is the entry's first half, a line of page references alone its last part."""
    out: list[Unit] = []
    i = 0
    while i < len(units):
        j, entries = i, 0
        while j < len(units):
            if _entry(units[j]):
                entries += 1
            elif not (entries and (_first_half(units, j) or _refs_alone(units[j]))):
                break
            j += 1
        if entries < 3:
            out.append(units[i])
            i += 1
            continue
        head = None
        prev = out[-1] if out else None
        if prev is not None and prev.kind in ("para", "turn") and prev.block is not None \
                and len(prev.block.lines) == 1 \
                and CONTENTS_HEAD.match(plain(prev.block.lines[0].text).strip()):
            head = Span.of_line(out.pop().block.lines[0]).strip()     # ("Inhalt:": a label
            #                                                           with no speech)
        items: list = []
        pending: list[Span] = []
        for u in units[i:j]:
            if u.span is None:
                continue
            if not _entry(u) and not _refs_alone(u):
                pending.append(u.span.strip())       # the first half of the next entry
                continue
            if _refs_alone(u) and items and not pending:
                kind, span, n = items[-1]            # the rest of the entry above
                items[-1] = (kind, Span.join([span, u.span.strip()], " "), n)
                continue
            items.append(("item", Span.join([*pending, u.span.strip()], " ")
                          if pending else u.span.strip(), None))
            pending = []
        out.append(Unit("list", units[i].block, head=head, items=items,
                        list_type="contents"))
        ctx.fired("contents-list")
        i = j
    return out
