"""Footnotes listed at the end of a text (``[1] Source: …``) and their duplicates."""
from __future__ import annotations

import re
from collections import Counter

from ..sourcetext import Block
from ..tei import tei
from .context import Context, NoteSource
from .notelists import after_note_list
from .span import Span

# (an emphasis mark left open before the list, "_[1] The omitted material …", is no word)
NOTE_START = re.compile(r"^(?:_(?=\[))?\[(?P<n>\d{1,6}|[*†‡§]{1,3})\]\s*")
NOTE_START_ANY = re.compile(r"^\[(?P<n>\d{1,6}|[*†‡§]{1,3}|[A-Z])\]\s*")   # marked notes
ORIGINAL = re.compile(r"^\[\s*orig(?:inal)?\.?\s+note\s*\]\s*", re.I)
PRINTED_COPY = re.compile(r"^(?P<n>\d{1,6})\s*(?=\[\s*orig)", re.I)


def split_notes(blocks: list[Block], ctx: Context) -> list[Block]:
    """Take the trailing ``[n] text`` blocks as the note list; return the blocks before it.

    A block between two notes that does not start with a marker continues the note above.
    """
    in_place = [b for b in blocks if b.lines[0].kind == "note"]
    if in_place:                      # notes the format or the layout rules marked
        blocks = [b for b in blocks if b.lines[0].kind != "note"] + in_place
    # a line or two after the note list ("_[AA : A3195, 1948, I.8114]_", the archive's
    # reference) stay after the text
    tail = 0
    while tail < 2 and len(blocks) > tail + 1 and after_note_list(blocks[-1 - tail], NOTE_START) \
            and NOTE_START.match(blocks[-2 - tail].lines[0].text):
        tail += 1
    after = blocks[len(blocks) - tail:]
    blocks = blocks[:len(blocks) - tail]
    start = len(blocks)
    i = len(blocks) - 1
    while i >= 0:
        if NOTE_START.match(blocks[i].lines[0].text) or blocks[i].lines[0].kind == "note":
            start = i
        elif start == len(blocks) or not _continues_note(blocks[i]):
            break
        i -= 1
    if start == len(blocks) or start == 0:      # no text before them: not a note list
        return blocks + after
    # non-marker blocks before the first marker block belong to the text
    spans: list[tuple[str, list[Span]]] = []
    for block in blocks[start:]:
        # notes may stand one per line, with no blank line between them
        entries: list[list] = []
        start_of = NOTE_START_ANY if block.lines[0].kind == "note" else NOTE_START
        for line in block.lines:
            if start_of.match(line.text) or not entries:
                entries.append([line])
            else:
                entries[-1].append(line)
        for i, lines in enumerate(entries):
            m = start_of.match(lines[0].text)
            span = Span.of_lines(lines, " ")
            if m:
                spans.append((m.group("n"), [span[m.end():]]))
            elif i == 0 and spans:
                spans[-1][1].append(span)
    for n, parts in spans:
        body = Span.join(parts, "\n").strip()
        kind = ""
        orig = ORIGINAL.match(body.text)
        if orig:
            kind, body = "original", body[orig.end():]
        if n in ctx.notes:
            at, col = body.pos(0)
            ctx.diags.warn(f"note [{n}] is listed twice; the second one is kept at the end "
                           "of the text", "duplicate-note-number", at, col)
            n = _free_number(n, ctx)
        ctx.notes[n] = NoteSource(n, body, kind)
    ctx.fired("note-list")
    return blocks[:start] + after


def _continues_note(block: Block) -> bool:
    text = block.lines[0].text.strip()
    return bool(text) and not text.startswith("[") and text[:1].islower()


def _free_number(n: str, ctx: Context) -> str:
    k = 2
    while f"{n}-{k}" in ctx.notes:
        k += 1
    return f"{n}-{k}"


def drop_printed_copies(blocks: list[Block], ctx: Context) -> list[Block]:
    """Leave out a note printed twice: once in the text as the print edition had it
    (``94[Orig. note] …``) and once in the note list (``[1] [Orig. note] …``)."""
    kept = []
    listed: dict[str, NoteSource] | None = None     # made at the first printed copy
    for block in blocks:
        # a printed copy opens with "94[Orig" or "[Orig": the others need no key
        first = block.lines[0].text.lstrip()[:1]
        if not (first.isdigit() or first == "["):
            kept.append(block)
            continue
        text = " ".join(line.text.strip() for line in block.lines)
        m = PRINTED_COPY.match(text)
        rest = text[m.end():] if m else text
        orig = ORIGINAL.match(rest)
        if not (m or orig):
            kept.append(block)
            continue
        if listed is None:
            listed = {_key(note.span.text): note for note in ctx.notes.values()}
        note = listed.get(_key(rest[orig.end():] if orig else rest))
        if note is not None:
            printed = f" (note {m.group('n')} in the printed edition)" if m else ""
            ctx.leave_out(block.lines, f"duplicate of note [{note.n}]{printed}; the note is "
                          "encoded once, at its marker", "duplicate-note")
            continue
        kept.append(block)
    return kept


def _key(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def relabel(div, labels: dict[str, str]) -> None:
    """Each note the reading numbered apart from its label (a footnote defined twice, the
    earlier one a note of its own) gets the label the source gives it back in @n, with its
    repeated markers (<ptr n>), where the label is then still one note's: no other note of
    the text carries it and no other note is given it back. Else it keeps its number, so
    that every marker and every reference ("see also [1]") points at one note."""
    notes = list(div.iter(tei("note")))
    taken = Counter(note.get("n") for note in notes if note.get("n") not in labels)
    wanted = Counter(labels[note.get("n")] for note in notes if note.get("n") in labels)
    back = {number: label for number, label in labels.items()
            if not taken[label] and wanted[label] == 1}
    for el in (*notes, *div.iter(tei("ptr"))):
        if el.get("n") in back and (el.tag == tei("note") or el.get("type") == "noteAnchor"):
            el.set("n", back[el.get("n")])


def place_unanchored(div, ctx: Context) -> None:
    """Notes the text never refers to are kept at the end of the text, and reported."""
    from ..tei import E
    from .inline import fill
    for note in ctx.notes.values():
        if note.used:
            continue
        line, col = note.span.pos(0)
        ctx.diags.warn(f"note [{note.n}] has no marker in the text; placed at the end of "
                       "the text", "note-without-marker", line, col)
        el = E.note(n=note.n, place="foot")
        if note.kind:
            el.set("type", note.kind)
        div.append(fill(el, note.span, ctx, notes=False))
        note.used = 1
        ctx.fired("notes-unanchored")
