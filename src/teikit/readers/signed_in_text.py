"""A letter signed inside its last paragraph ("… God keep you all, and so farewell. JOHN
SMITH."), as a newspaper or a collection prints a letter run on to its end: the name is
the writer's signature, where the heading over the letter names that writer ("LETTER
FROM JOHN SMITH TO HIS WIFE", "Smith to his wife"). The name must be the paragraph's last
sentence, a name of one to four capitalised words and nothing else, every word of it in
the heading: a name alone at a paragraph's end is no signature without that evidence.
A tree pass after the text is built (the paragraph's inline markup stays as it is)."""
from __future__ import annotations

import re
import unicodedata

from ..tei import E, tei, text_of
from .context import Context

# the last sentence of a paragraph that is a name ("JOHN SMITH.", "Wm. Baker", "J. B. Smith")
NAME_AT_END = re.compile(
    r"(?<=[.!?;])(?P<gap>\s+)(?P<name>(?:[A-ZÀ-Þ][\w'’-]*\.?\s+){0,3}[A-ZÀ-Þ][\w'’-]+)"
    r"(?P<end>\.?)\s*$")
_TEXT_PARTS = {tei("p")}


def _fold(text: str) -> str:
    flat = unicodedata.normalize("NFKD", text).casefold()
    return "".join(c for c in flat if not unicodedata.combining(c))


def signed_in_text(div, ctx: Context) -> None:
    """The document's (or each letter's) last paragraph that ends in its writer's name, the
    division closed by no closer: the name is the closer's <signed>."""
    for d in [div, *div.iter(tei("div"))]:
        head = d.find(tei("head"))
        if head is None or not len(d) or d[-1].tag not in _TEXT_PARTS:
            continue
        p = d[-1]
        where = p[-1] if len(p) else None
        text = (where.tail if where is not None else p.text) or ""
        m = NAME_AT_END.search(text)
        if m is None or len(text_of(p).split()) < 8:
            continue
        name = m.group("name")
        named = set(re.findall(r"\w{2,}", _fold(text_of(head))))
        words = re.findall(r"\w{2,}", _fold(name))
        if not words or not all(w in named for w in words) \
                or not re.search(r"\b(?:from|to|by|de|von|di|à|a)\b", _fold(text_of(head))):
            continue                      # (the heading names the writer, as a letter's does)
        kept = text[:m.start("gap")]
        if where is not None:
            where.tail = kept
        else:
            p.text = kept
        d.append(E.closer(E.signed(name + m.group("end"))))
        ctx.fired("signed-in-text")
