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

from ..formats.marks import plain, plain_range
from .context import Context
from .dates import find_date
from .eschatocol import FORMULA, REACH
from .turns import _balanced
from .unit import Unit

# the signer's name to the paragraph's end: two to four capitalised words, a full stop
NAME_TO_END = re.compile(r"[\s,.]*(?P<name>(?:[A-ZÀ-Þ][\w'’-]*\.?\s+){1,3}[A-ZÀ-Þ][\w'’-]+)"
                         r"\.?\s*$")


# the sovereign's own subscription after the act's date clause, and the secretary's
# countersignature after it to the paragraph's end (a Spanish royal cédula's "… Fecha en
# Madrid a 11 de septiembre de 1707. Yo el Rey. Por mandado del Rey nuestro señor, Don
# Gaspar de Pinedo."; a Portuguese alvará's "Eu El-Rei."; a French act's "Par le Roi")
SOVEREIGN = re.compile(r"[\s,.]*(?P<sub>(?:Yo,?\s+(?:el|la)\s+(?:Rey|Reina|Reyna|Pr[ií]ncipe|"
                       r"Princesa|Infante)|Eu,?\s+(?:El-?\s?Rei|a\s+Rainha)|Ego\s+"
                       r"(?:rex|regina))\.?)"
                       r"(?:\s+(?P<counter>(?:Por|Par|Pour|Per)\s+\S.{2,200}?))?\s*$", re.S)


SOVEREIGN_WORD = re.compile(r"\b(?:Yo|Eu|Ego)\b")


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
    royal = _royal_subscription(u, ctx)
    if royal is not None:
        return [*units[:last], *royal, *units[last + 1:]]
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


def _royal_subscription(u: Unit, ctx: Context) -> list[Unit] | None:
    """The last paragraph's date clause ("Fecha en Madrid a 11 de septiembre de 1707.")
    with the sovereign's subscription after it (SOVEREIGN) and the countersignature to
    the paragraph's end: the text before, the closer's dateline, its <signed>s. The
    clause and the date are read in the plain text (an expansion may stand in the month:
    "sept*iemb*re")."""
    text = u.body.text
    flat = plain(text)
    if not SOVEREIGN_WORD.search(flat):
        return None
    for m in FORMULA.finditer(flat):
        found = find_date(flat[m.end():m.end() + REACH])
        if found is None or m.start() == 0:
            continue
        sovereign = SOVEREIGN.match(flat, m.end() + found.end)
        if sovereign is None or len(flat[:m.start()].split()) < 3:
            continue
        cuts = [m.start(), sovereign.start("sub"), sovereign.start("counter")
                if sovereign.group("counter") else None]
        at = [None if c is None else (plain_range(text, c, c + 1) or (None, None))[0]
              for c in cuts]
        if at[0] is None or at[1] is None or (cuts[2] is not None and at[2] is None) or \
                not all(_balanced(part) for part in (text[:at[0]], text[at[0]:at[1]])):
            continue
        stop = at[2] if at[2] is not None else len(text)
        units = [Unit("para", u.block, span=u.body[:at[0]].strip()),
                 Unit("eschatocol", u.block, span=u.body[at[0]:at[1]].strip()),
                 Unit("closer", u.block, span=u.body[at[1]:stop].strip())]
        if at[2] is not None:
            units.append(Unit("cosigned", u.block, span=u.body[at[2]:].strip()))
        ctx.fired("royal-subscription")
        return units
    return None
