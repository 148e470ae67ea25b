"""A speaker's label as OCR garbled its punctuation, spacing or case ("Mr, Erskine.—I
submit", "Mr.Erskine.—", "MR ERSKINE.—", ". Mr. Erskine—I am sure"): a turn of the same
speaker only where the document prints that speaker's label cleanly ("Mr. Erskine.—") at a
line's start twice or more. The label keeps its printed form in <speaker>; the person is the
clean label's (Context.speaker_names)."""
from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from .shapes import TITLES

if TYPE_CHECKING:
    from ..sourcetext import Block

_NAME = r"[A-Z][A-Za-z'’\-]+"
# the clean label: a title with its full stop, a name of one to four words in mixed case,
# the full stop and a dash (or the dash alone) closed up or spaced before the speech
CLEAN = re.compile(r"^\s*(?P<label>(?i:" + TITLES + r")\.\s+" + _NAME + r"(?:\s+" + _NAME
                   + r"){0,3})(?:\.\s*(?:—|–|--)|\s*(?:—|--))\s*(?=\S)")
# the same with OCR's noise: a stray full stop or comma before it, a comma for the title's
# full stop or the label's, the space after the title lost, the label in capitals
VARIANT = re.compile(r"^(?P<noise>[\s.,'‘’]{0,4})(?P<label>(?i:" + TITLES + r")(?:[.,]\s*|\s+)"
                     + _NAME + r"(?:\s+" + _NAME + r"){0,3})(?:[.,]\s*(?:—|–|--)|\s*(?:—|--))"
                     r"\s*(?=\S)")


def key(label: str) -> str:
    """A label's letters, case folded: what its OCR variants share with it."""
    return "".join(c for c in label.casefold() if c.isalpha())


def clean_labels(blocks: list[Block]) -> dict[str, str]:
    """The key of each clean label that opens two lines or more -> the label as printed."""
    found: Counter = Counter()
    printed: dict[str, str] = {}
    for b in blocks:
        for line in b.lines:
            m = CLEAN.match(line.text) if line.text[:12].strip()[:1].isalpha() else None
            if m:
                label = " ".join(m.group("label").split())
                found[key(label)] += 1
                printed.setdefault(key(label), label)
    return {k: printed[k] for k, c in found.items() if c >= 2}


def variant_label(text: str, labels: dict[str, str]) -> tuple[str, int, str] | None:
    """(the label as printed, where the speech starts, the clean label it is a variant of)
    when *text* opens with a garbled form of one of *labels*."""
    m = VARIANT.match(text)
    if m is None or CLEAN.match(text):
        return None
    clean = labels.get(key(m.group("label")))
    if clean is None:
        return None
    printed = " ".join((m.group("noise").strip() + " " + m.group("label")).split())
    return printed, m.end(), clean
