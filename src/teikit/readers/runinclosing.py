"""An act's or a will's closing run on into its last paragraph with no punctuation before
it, as a hand writes a short will ("… ne lui soit faite en aucun cas fait à St Brice le
premier Août mil neuf cent quatorze Léon Malatrait"): the formula of the eschatocol
("fait à", "done at", "gegeben zu": eschatocol.FORMULA), its place and a full date, and
after the date nothing but the signer's name (two to four capitalised words) to the
paragraph's end. The clause is the closer's dateline, the name its <signed>. It must be
the text's last paragraph; a formula in a sentence, or a date with more text after it, is
left as it is (eschatocol.mark_date marks the date there)."""
from __future__ import annotations

import re

from ..formats.marks import plain
from .context import Context
from .dates import find_date
from .eschatocol import FORMULA, REACH
from .turns import _balanced
from .unit import Unit

# the signer's name to the paragraph's end: two to four capitalised words, a full stop
NAME_TO_END = re.compile(r"[\s,.]*(?P<name>(?:[A-ZÀ-Þ][\w'’-]*\.?\s+){1,3}[A-ZÀ-Þ][\w'’-]+)"
                         r"\.?\s*$")


def closing_run_in(units: list[Unit], ctx: Context) -> list[Unit]:
    last = len(units) - 1
    while last >= 0 and units[last].kind in ("pb", "cb"):
        last -= 1
    if last < 0 or units[last].kind != "para" or units[last].span is None or units[last].n:
        return units
    u = units[last]
    text = u.body.text
    if len(plain(text).split()) < 12:
        return units
    for m in FORMULA.finditer(text):
        if m.start() == 0:
            return units                 # (a paragraph that is the clause: closing_datelines)
        found = find_date(text[m.end():m.end() + REACH])
        if found is None or len(found.when) != 10:
            continue
        end = m.end() + found.end
        name = NAME_TO_END.match(text, end)
        if name is None or len(plain(text[:m.start()]).split()) < 8 \
                or not all(_balanced(part) for part in (text[:m.start()], text[m.start():end])):
            continue                     # (a mark's pair is never cut in two)
        head = Unit("para", u.block, span=u.body[:m.start()].strip())
        clause = Unit("eschatocol", u.block, span=u.body[m.start():end].strip())
        signed = Unit("closer", u.block, span=u.body[name.start("name"):].strip())
        ctx.fired("closing-run-in")
        return [*units[:last], head, clause, signed, *units[last + 1:]]
    return units
