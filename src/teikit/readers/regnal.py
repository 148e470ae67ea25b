"""Regnal years: a date that English legal records give as a year of the sovereign's reign
("the Twenty third day of March in the Sixteenth year of the Reign of our Sovereign Lord
George the Third" -> 1776-03-23). The regnal year counts from the accession day: George III
acceded on 25 October 1760, so his sixteenth year ran from 25 October 1775 to 24 October
1776, and its 23 March fell in 1776. Only a day and a month with the regnal year date a
record: the year alone ("35 Geo. III") spans two calendar years."""
from __future__ import annotations

import re

from .datewords import number_value

# The sovereigns of England and of Great Britain, 1066-1901, and the day each reign's
# regnal years count from (the accession, or the coronation where the records count from
# it: William I; Charles II's years count from his father's death). Keyed by the name and
# its ordinal ("george", 3); a name borne once has ordinal None too.
REIGNS: dict[tuple[str, int | None], tuple[int, int, int]] = {
    ("william", 1): (1066, 12, 25), ("william", 2): (1087, 9, 26),
    ("henry", 1): (1100, 8, 5), ("stephen", None): (1135, 12, 26),
    ("henry", 2): (1154, 12, 19), ("richard", 1): (1189, 9, 3),
    ("john", None): (1199, 5, 27), ("henry", 3): (1216, 10, 28),
    ("edward", 1): (1272, 11, 20), ("edward", 2): (1307, 7, 8),
    ("edward", 3): (1327, 1, 25), ("richard", 2): (1377, 6, 22),
    ("henry", 4): (1399, 9, 30), ("henry", 5): (1413, 3, 21),
    ("henry", 6): (1422, 9, 1), ("edward", 4): (1461, 3, 4),
    ("edward", 5): (1483, 4, 9), ("richard", 3): (1483, 6, 26),
    ("henry", 7): (1485, 8, 22), ("henry", 8): (1509, 4, 22),
    ("edward", 6): (1547, 1, 28), ("mary", None): (1553, 7, 6),
    ("elizabeth", None): (1558, 11, 17), ("elizabeth", 1): (1558, 11, 17),
    ("james", 1): (1603, 3, 24), ("charles", 1): (1625, 3, 27),
    ("charles", 2): (1649, 1, 30), ("james", 2): (1685, 2, 6),
    ("anne", None): (1702, 3, 8), ("george", 1): (1714, 8, 1),
    ("george", 2): (1727, 6, 11), ("george", 3): (1760, 10, 25),
    ("george", 4): (1820, 1, 29), ("william", 4): (1830, 6, 26),
    ("victoria", None): (1837, 6, 20),
}
NAMES = sorted({name for name, _ in REIGNS})
ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8}

_ORDINAL = r"[^\W\d_]+(?:[\s-]+[^\W\d_]+)?|\d{1,2}(?:st|nd|rd|th|d)?"
# "in the Sixteenth year of the Reign of our Sovereign Lord George the Third", "in the
# 16th year of the reign of King George III", "the first year of our Reign" is no one's
REGNAL_YEAR = re.compile(
    r"(?i)\s*,?\s*(?:in\s+)?the\s+(?P<n>" + _ORDINAL + r")\s+year\s+of\s+the\s+(?:reign|reigne|"
    r"raigne|raign)\s+of\s+(?:our\s+)?(?:(?:most\s+)?(?:gracious\s+)?(?:sovereign|soveraigne|"
    r"soveraign|sovereigne)\s+(?:lord|lady)\s+)?(?:the\s+)?(?:king\s+|queen\s+)?"
    r"(?P<name>" + "|".join(NAMES) + r")\b(?:\s+the\s+(?P<ord>[^\W\d_]+)|\s+(?P<roman>[IV]{1,4})"
    r"\b)?")


def regnal_year(text: str, pos: int, month: int, day: int) -> tuple[int, int] | None:
    """The calendar year of *day* *month* in the regnal year that *text* names at *pos*
    (after a day and a month), and where its words end; else None."""
    m = REGNAL_YEAR.match(text, pos)
    if m is None:
        return None
    n = int(re.sub(r"\D", "", m.group("n"))) if m.group("n")[:1].isdigit() \
        else number_value(m.group("n"))
    ordinal = ROMAN.get((m.group("roman") or "").lower()) if m.group("roman") else \
        number_value(m.group("ord")) if m.group("ord") else None
    reign = REIGNS.get((m.group("name").lower(), ordinal))
    if reign is None or not n or not 1 <= n <= 65:
        return None
    year, first_month, first_day = reign
    year += n - 1 if (month, day) >= (first_month, first_day) else n
    return year, m.end() if ordinal else m.end("name")
