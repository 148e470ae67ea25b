"""What OCR of a printed book's page leaves around its text: a title page's title set in
capitals over lines apart, with specks at their edges ("/o," / "CERTAIN SYMPTOMS" / "OF" /
"/NERVOUS EXHAUSTION.^")."""
from __future__ import annotations

import re

from ..formats.marks import plain
from ..sourcetext import Block, Line
from .context import Context

# a word that joins a title's lines ("OF" alone between "CERTAIN SYMPTOMS" and "NERVOUS
# EXHAUSTION."), in the languages of printed books
JOINER = re.compile(r"^(?:OF|AND|ON|THE|IN|FOR|OR|TO|DE|DU|DES|DI|DEL|DELLA|ET|UND|VON|ÜBER|"
                    r"UEBER|Y|E|EN|SUR|PAR)$")
# specks at a line's edges that no title sets (what OCR reads off a page's stains)
EDGE_SPECKS = re.compile(r"^(?P<lead>[/\\^*~|_,'`’‘]+)?(?P<text>.*?)(?P<trail>[/\\^*~|_,'`’‘]+)?$")
MAX_TITLE_LINE = 48


def _caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _debris(text: str) -> bool:
    """A line of one to three signs, no word in it ("/o,", "^", "i."): OCR's specks."""
    squeezed = "".join(text.split())
    return 0 < len(squeezed) <= 3 and not (squeezed.isalpha() and squeezed.isupper()) \
        and not squeezed.isdigit()


def caps_title_over_lines(blocks: list[Block], i: int, ctx: Context) -> list[Block]:
    """Blocks of one short line each at the top of an OCR'd text, in capitals once the
    specks at their edges are taken off, joined by a word alone ("OF"): one title line.
    The evidence: two lines in capitals or more, specks OCR left (a line of specks alone,
    or specks at a line's edge: without them the title rules read the lines as they are),
    and text after the run. The specks are reported, never kept in the title."""
    if ctx.source.format != "text":
        return blocks
    k, caps, pieces, specks, debris = i, 0, [], [], []
    while k < len(blocks) - 1 and k < i + 8 and len(blocks[k].lines) == 1:
        line = blocks[k].lines[0]
        text = plain(line.text).strip()
        if _debris(text) and not pieces:
            debris.append(line)
            k += 1
            continue
        m = EDGE_SPECKS.match(text)
        core = m.group("text").strip() if m else text
        if not core or len(core) > MAX_TITLE_LINE:
            break
        if _caps(core) and not JOINER.match(core):
            caps += 1
        elif not (JOINER.match(core) and pieces):
            break
        if m and (m.group("lead") or m.group("trail")):
            specks.append((line, (m.group("lead") or "") + (m.group("trail") or "")))
        pieces.append((line, core))
        k += 1
    if caps < 2 or not (specks or debris) or k >= len(blocks) or \
            JOINER.match(pieces[-1][1]):
        return blocks
    for line in debris:
        ctx.leave_out([line], "OCR specks over the title, no word in them", "ocr-noise")
    for line, signs in specks:
        ctx.diags.info(f"OCR specks at the edge of a title line left out ({signs!r})",
                       "ocr-noise", line.number, 1)
    ctx.fired("ocr-caps-title")
    title = Line(pieces[0][0].number, " ".join(core for _, core in pieces),
                 pieces[0][0].kind)
    return blocks[:i] + [Block([title])] + blocks[k:]
