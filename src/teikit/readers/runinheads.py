"""A heading in capitals run into the numbered paragraph it heads, as minutes and
memoranda print their items' headings in the margin and a copy joins them to the text
("POSITION OF CHINA 3. The importance of safeguarding …", "CONCLUSIONS 5. The position
was …"): the capitals are the section's heading, the number the paragraph's. Evidence: the
number continues the series of the text's numbered paragraphs (the paragraph numbered one
before or one after it is there), or two such headings or more stand in the text."""
from __future__ import annotations

import re

from ..formats.marks import plain
from .context import Context
from .unit import Unit

RUN_IN_HEAD = re.compile(r"^(?P<head>[A-Z][A-Z'’&-]+(?:,?\s+(?:[A-Z][A-Z'’&-]*|OF|AND|THE|"
                         r"IN|ON|TO|FOR|WITH)){0,7})\s+(?P<n>\d{1,3})\.\s+(?=[A-Z])")
NEAR = 6             # how far (in paragraphs) the neighbour of the series may stand


def heads_run_in(units: list[Unit], ctx: Context) -> list[Unit]:
    found: list[tuple[int, re.Match]] = []
    for k, u in enumerate(units):
        if u.kind == "para" and u.span is not None and u.n is None:
            m = RUN_IN_HEAD.match(plain(u.span.text))
            if m and sum(c.isalpha() for c in m.group("head")) >= 4 \
                    and not re.fullmatch(r"[IVXLC]+", m.group("head")):
                found.append((k, m))
    if not found:
        return units
    numbered = {(k, u.n) for k, u in enumerate(units) if u.kind == "para" and u.n}

    def in_series(k: int, n: str) -> bool:
        near = {str(int(n) - 1), str(int(n) + 1)}
        return any(abs(j - k) <= NEAR and m in near for j, m in numbered)
    if len(found) < 2 and not any(in_series(k, m.group("n")) for k, m in found):
        return units
    out: list[Unit] = []
    at = dict(found)
    for k, u in enumerate(units):
        m = at.get(k)
        if m is None or u.span is None:
            out.append(u)
            continue
        span = u.span
        # (plain text and the span's text agree here: capitals and a number, no marks)
        if span.text[:m.end("n") + 1] != m.group()[:m.end("n") + 1]:
            out.append(u)
            continue
        out.append(Unit("section", u.block, span=span[:m.end("head")].strip()))
        out.append(Unit("para", u.block, span=span[m.end("head"):].strip(), n=m.group("n")))
        ctx.fired("run-in-caps-head")
    return out
