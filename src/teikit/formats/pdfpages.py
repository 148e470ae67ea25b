"""What a PDF prints on every page and at a page's foot (formats.pdf reads the pages):
running heads and feet and the page numbers they carry, a column of line numbers in the
margin, notes at the foot of a page or a column placed at their raised markers."""
from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field

from ..diagnostics import Collector
from .lines import Lines
from .pdflayout import Box, Row, Run


@dataclass
class Page:
    index: int
    boxes: list[Box] = field(default_factory=list)
    images: bool = False
    number: str | None = None            # as printed
    paras: list[list[Row]] = field(default_factory=list)


# ----------------------------------------------------------------------------- furniture

def margin_numbers(pages: list[Page], out: Lines) -> None:
    """A column of line numbers in the page's margin (a transcript's 1 to 25, a statute's
    5, 10, 15): five numbers alone at least, rising down the page by one step, each outside
    the text's width; left out and reported."""
    for page in pages:
        rows = [r for box in page.boxes for r in box.rows]
        lone = [r for r in rows if r.text.strip().isdigit() and len(r.text.strip()) <= 4]
        if len(lone) < 5:
            continue
        lone_ids = {id(r) for r in lone}
        text = [r for r in rows if id(r) not in lone_ids]
        if not text:
            continue
        left, right = min(r.x0 for r in text), max(r.x1 for r in text)
        for side in ([r for r in lone if r.x1 <= left], [r for r in lone if r.x0 >= right]):
            side.sort(key=lambda r: -r.base)
            values = [int(r.text) for r in side]
            steps = {b - a for a, b in itertools.pairwise(values)}
            if len(side) < 5 or len(steps) != 1 or steps.pop() not in (1, 5, 10):
                continue
            ids = {id(r) for r in side}
            for box in page.boxes:
                box.keep([r for r in box.rows if id(r) not in ids])
            page.boxes = [box for box in page.boxes if box.rows]
            out.leave_out(side[0].number, side[-1].number, " ".join(map(str, values)),
                          f"line numbers in the margin of page {page.index + 1} (layout)",
                          "line-numbers")
            out.hints.fire("pdf-line-numbers")


NUMBER_TOKEN = re.compile(r"(?<![\w.,/])([1-9]\d{0,5}|[ivxlcdm]{1,7}|[IVXLCDM]{1,7})(?![\w/])")
DIGITS = re.compile(r"\d+")
ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}


def _roman(text: str) -> int | None:
    low = text.casefold()
    if not low or not re.fullmatch(   # (the pattern's parts are all optional: "" matches)
            r"m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})", low):
        return None
    total = 0
    for a, b in zip(low, low[1:] + " ", strict=True):
        value = ROMAN[a]
        total += -value if b != " " and ROMAN[b] > value else value
    return total or None


def _key(text: str) -> str:
    """A running line's words with its numbers in any figures made one sign."""
    words = DIGITS.sub("#", " ".join(text.split()).casefold())
    bare = words.strip(" -–—.()[]")
    if _roman(bare) or re.fullmatch(r"(?:page|p\.|pg\.?|s\.|seite|página|pagina)?\s*#", bare):
        return "#"
    return words


def _bands(page: Page) -> list[tuple[str, list[Row]]]:
    """The page's top line and its foot line (with what stands beside each at its height)."""
    rows = [row for box in page.boxes for row in box.rows if row.frame == 0]
    if len(rows) < 2:
        return []
    high = max(rows, key=lambda r: r.base)
    low = min(rows, key=lambda r: r.base)
    head = sorted((r for r in rows if abs(r.base - high.base) <= 0.3 * high.size),
                  key=lambda r: r.x0)
    foot = sorted((r for r in rows if abs(r.base - low.base) <= 0.3 * low.size),
                  key=lambda r: r.x0)
    return [("head", head)] + ([("foot", foot)] if all(r is not foot[0] for r in head)
                                else [])


def furniture(pages: list[Page], out: Lines) -> None:
    """Running heads and feet left out and reported; their page numbers number the pages
    (see the module's comment). A number alone in the page's margin (three ems at least
    from the text) is the page's number, on one page too."""
    found: list[tuple[Page, str, list[Row], str]] = []
    bands = {page.index: _bands(page) for page in pages}
    numbers: dict[int, list[tuple[str, int, bool, bool]]] = {}
    for page in pages:
        for where, rows in bands[page.index]:
            text = " ".join(r.text for r in rows)
            if len(text) > 150:
                continue
            key = _key(text)
            base = rows[0].base
            same = sum(1 for other in pages for w, o in bands[other.index]
                       if w == where and _key(" ".join(r.text for r in o)) == key
                       and abs(o[0].base - base) <= 2 * rows[0].size)
            alone = NUMBER_TOKEN.search(text) if key == "#" else None
            if alone is not None and _apart(page, rows):   # (not "0", not 1234567)
                found.append((page, where, rows, text))
                page.number = alone.group()
            elif len(pages) > 1 and same >= max(2, (len(pages) - 1) // 2):
                found.append((page, where, rows, text))
                tokens = list(NUMBER_TOKEN.finditer(text))
                for m in tokens:
                    token = m.group()
                    value = int(token) if token.isdigit() else _roman(token)
                    if value:           # (at an end of the line: where a page's number is)
                        numbers.setdefault(page.index, []).append((
                            token, value, token.isdigit(), m in (tokens[0], tokens[-1])))
    upright = [(page, row) for page in pages for box in page.boxes for row in box.rows
               if row.frame]
    keys = Counter(_key(row.text) for _, row in upright)
    for page, row in upright:     # a line set upright in the margin of every page
        if len(pages) > 1 and keys[_key(row.text)] >= max(2, (len(pages) - 1) // 2):
            found.append((page, "margin", [row], row.text))
    for arabic, edge in ((True, True), (True, False), (False, True), (False, False)):
        # the difference between the printed number and the page's place that most pages
        # agree on (half of those with numbers, two at least): the page numbers; a number
        # at an end of its line first
        votes: Counter[int] = Counter()
        for index, candidates in numbers.items():
            votes.update({value - index for _, value, a, e in candidates
                          if a == arabic and (e or not edge)})
        if not votes:
            continue
        offset, count = max(votes.items(), key=lambda kv: (kv[1], -abs(kv[0])))
        if count < max(2, len(numbers) // 2 if arabic else 2):
            continue
        for index, candidates in numbers.items():
            printed = next((t for t, value, a, e in candidates
                            if a == arabic and value - index == offset), None)
            if printed is not None and pages[index].number is None:
                pages[index].number = printed
        if arabic:
            _numbered_heads(pages, bands, offset, found)
    for page, where, rows, text in found:
        ids = {id(r) for r in rows}
        for box in page.boxes:
            box.keep([r for r in box.rows if id(r) not in ids])
        page.boxes = [box for box in page.boxes if box.rows]
        lone = _key(text) == "#"
        at = f"{where.split()[0]} of page {page.index + 1}"
        reason = (f"page number at the {at}; it numbers the <pb/>" if lone
                  else f"a line set upright in the margin of page {page.index + 1} (printed "
                  "on every page)" if where == "margin"
                  else f"running {at}, with the number the other pages' running lines give "
                  "it; it numbers the <pb/>" if where.endswith(" numbered")
                  else f"running {at} (printed on every page)")
        out.leave_out(rows[0].number, rows[-1].number, text, reason,
                      "page-number" if lone else "running-head")
    if any(page.number for page in pages):
        out.hints.rules.append("pdf-page-numbers")


def _numbered_heads(pages: list[Page], bands: dict[int, list[tuple[str, list[Row]]]],
                    offset: int, found: list[tuple[Page, str, list[Row], str]]) -> None:
    """A page's top or foot line that does not come back (a chapter's title over its right-
    hand pages, the other pages' head the book's), short, with the number at one end that
    the other pages' running lines give this page: its running head, numbered."""
    for page in pages:
        if page.number is not None:
            continue
        for where, rows in bands[page.index]:
            text = " ".join(r.text for r in rows)
            tokens = list(NUMBER_TOKEN.finditer(text))
            if len(text) > 80 or not tokens:
                continue
            for m in {tokens[0], tokens[-1]}:
                if m.group().isdigit() and int(m.group()) - page.index == offset and \
                        m.group() != text.strip():
                    page.number = m.group()
                    found.append((page, where + " numbered", rows, text))
                    break
            if page.number is not None:
                break


def _apart(page: Page, band: list[Row]) -> bool:
    """The band stands in the page's margin: three of its ems from any other line."""
    ids = {id(r) for r in band}
    others = [r for box in page.boxes for r in box.rows if id(r) not in ids]
    return bool(others) and all(abs(r.base - band[0].base) >= 3 * band[0].size
                                for r in others)


# ----------------------------------------------------------------------------- notes

MARKER = re.compile(r"^(?:\d{1,3}|[*†‡§¶]{1,3})$")
NOTE_START = re.compile(r"^\s*(\d{1,3}|[*†‡§¶]{1,3})[.)]?\s+(?=\S)")


def foot_notes(pages: list[Page], body: float, out: Lines,
           diags: Collector) -> list[tuple[str, list[tuple[Row, list[Run]]]]]:
    """Notes at the pages' feet, taken out of the pages; their markers in the text made
    ``[n]`` (see the module's comment)."""
    found: list[Entry] = []
    last: Entry | None = None             # the note the page before ended with
    waiting: dict[str, Run] = {}          # markers of the page before whose notes are not
    for page in pages:                    # yet found (a note run on to the next page's foot)
        feet = _feet(page, body)
        own = _markers([p for k, p in enumerate(page.paras) if k not in feet])
        markers = {**waiting, **own}
        taken: list[int] = []
        entries: list[Entry] = []
        for k in sorted(feet):
            para = page.paras[k]
            marker, runs = _note_start(para[0])
            if marker is not None and marker in markers:
                entries.append((marker, [(para[0], runs)], markers.pop(marker)))
            elif marker is None and entries and taken and taken[-1] == k - 1:
                entries[-1][1].append((para[0], para[0].runs))
            elif marker is None and not taken and last is not None:
                last[1].append((para[0], para[0].runs))     # a note going on over the turn
            else:
                continue                  # (small print of another kind: stays)
            for row in para[1:]:          # (notes one under another with no space between)
                marker, runs = _note_start(row)
                if marker is not None and marker in markers:
                    entries.append((marker, [(row, runs)], markers.pop(marker)))
                else:
                    target = entries[-1] if entries else last
                    if target is not None:
                        target[1].append((row, row.runs))
            taken.append(k)
        last = entries[-1] if entries and taken and taken[-1] == len(page.paras) - 1 \
            else None
        page.paras = [p for k, p in enumerate(page.paras) if k not in taken]
        found.extend(entries)
        waiting = {n: run for n, run in own.items() if n in markers}
    if not found:
        return []
    printed = [marker for marker, _, _ in found]
    through = len(set(printed)) < len(printed)
    if through:
        diags.info(f"the notes' numbers start again on each page; the {len(found)} notes are "
                   "numbered through the document", "pdf-notes-numbered", 1, 1)
    notes = []
    for k, (marker, rows, run) in enumerate(found, 1):
        key = str(k) if through else marker
        run.text, run.pos = key, "note"
        notes.append((key, rows))
    out.hints.rules.append("pdf-foot-notes")
    return notes


Entry = tuple[str, list[tuple[Row, list[Run]]], Run]     # marker, (row, runs)…, marker's run


def _feet(page: Page, body: float) -> set[int]:
    """The page's paragraphs in small print with no line of the text under them (the foot
    of the page, or of a column): where its notes stand."""
    small = {k for k, para in enumerate(page.paras) if size_of(para) < 0.92 * body}
    text = [r for k, para in enumerate(page.paras) if k not in small for r in para
            if r.frame == 0]
    feet = set()
    for k in small:
        para = page.paras[k]
        x0, x1 = min(r.x0 for r in para), max(r.x1 for r in para)
        low = min(r.base for r in para)
        if para[0].frame == 0 and text and not any(
                r.base < low and min(x1, r.x1) - max(x0, r.x0) > 0 for r in text):
            feet.add(k)
    return feet


def _markers(paras: list[list[Row]]) -> dict[str, Run]:
    """The raised numbers and signs in the text, each the first time it stands."""
    markers: dict[str, Run] = {}
    for para in paras:
        for row in para:
            for run in row.runs:
                if run.pos == "sup" and MARKER.match(run.text.strip()) \
                        and run.text.strip() not in markers:
                    markers[run.text.strip()] = run
    return markers


def size_of(para: list[Row]) -> float:
    return max(r.size for r in para)


def _note_start(row: Row) -> tuple[str | None, list[Run]]:
    """The note's number or sign that opens *row* (raised, or followed by a space, a full
    stop or a parenthesis), and the row's runs after it."""
    runs = row.runs
    if not runs:
        return None, runs
    first = runs[0]
    if first.pos == "sup" and MARKER.match(first.text.strip()):
        rest = [Run(r.text, r.bold, r.italic, r.pos) for r in runs[1:]]
        if rest:
            rest[0].text = rest[0].text.lstrip()
        return first.text.strip(), [r for r in rest if r.text]
    m = NOTE_START.match(first.text)
    if m:
        rest = [Run(first.text[m.end():], first.bold, first.italic, first.pos), *runs[1:]]
        return m.group(1), [r for r in rest if r.text]
    return None, runs
