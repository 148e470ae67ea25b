"""Dates the source gives only within bounds or with a doubt: a span of years ("1107-1120",
an editor's date of an undated letter), a decade ("980's", "the 1890s"), two months of one
year ("May–June 1915"), "between 1 and 5 May 1862", and a year said to be about right
("c. 1650", "1650?"). TEI's att.datable.w3c gives such a date as @notBefore and @notAfter
(never with @when), and a doubt the text states as @cert (att.global.responsibility): the
date is as sure as its words, no surer and no vaguer.

A span of years or a decade counts only where the value is a date field's whole value (the
field names a date: "Date: 1107-1120", front matter's "ltr_date: 980's"); in running text
such figures are as often a book's pages or a reign as a date."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .dates import DateFound

# a doubt before the year ("c. 1650", "ca.1650", "circa 1650", "about 1650", "um 1650",
# "vers 1650", "hacia 1650") or a query after it ("1650?", "[1650?]")
CIRCA = r"(?:c\.|ca\.|circa|cca\.|about|around|approx\.|approximately|um|vers|hacia|h\.|env\.)"
_Y = r"(?P<{0}>[1-9]\d{{2,3}})"
YEAR_SPAN = re.compile(r"(?i)(?P<circa>" + CIRCA + r"\s*)?" + _Y.format("a")
                       + r"\s*(?:[-–—/]|\bto\b|\bbis\b|\bà\b|\ba\b)\s*" + _Y.format("b"))
DECADE = re.compile(r"(?i)(?:the\s+)?(?P<circa>" + CIRCA + r"\s*)?(?P<d>[1-9]\d{1,2}0)\s?['’]?s")
CIRCA_YEAR = re.compile(r"(?i)(?P<circa>" + CIRCA + r")\s*" + _Y.format("y")
                        + r"(?P<query>\s?\?)?")
QUERY_YEAR = re.compile(r"(?i)" + _Y.format("y") + r"\s?\?")
# "between 1 and 5 May 1862", "entre el 1 y el 5 de mayo de 1862": the word before the two
# days of one date (dates.py reads "1 and 5 May 1862" as its first day)
BETWEEN = re.compile(r"(?i)\b(?:between|entre|zwischen)\s+(?:the\s+|le\s+|el\s+)?$")
TWO_DAYS = re.compile(r"(?i)[0-3]?\d(?:st|nd|rd|th|er|º)?\.?\s+(?:and|et|y|und|e|&)\s+"
                      r"(?:the\s+|le\s+|el\s+)?(?P<d>[0-3]?\d)")


# "c." or "circa" right before a date in running text ("Paris, c. 12 May 1650")
CIRCA_BEFORE = re.compile(r"(?i)(?:^|(?<=[\s(\[]))(?:c\.|ca\.|circa)\s?$")


def _year(value: str) -> str:
    return value.zfill(4)


def field_bounds(value: str) -> tuple[dict[str, str], str] | None:
    """The attributes of a date field's whole *value* that is a span of years, a decade or
    a year with a doubt ({"notBefore": "1107", "notAfter": "1120"}), and the ISO date the
    document is dated by (its first year); None for any other value."""
    text = " ".join(value.split()).strip(" .,;[]()")
    if m := YEAR_SPAN.fullmatch(text):
        first, last = int(m.group("a")), int(m.group("b"))
        if len(m.group("b")) < len(m.group("a")):       # "1107-20"
            return None
        if not first < last <= first + 200 or last > 2099:
            return None
        attrs = {"notBefore": _year(m.group("a")), "notAfter": _year(m.group("b"))}
        if m.group("circa"):
            attrs["cert"] = "medium"
        return attrs, attrs["notBefore"]
    if m := DECADE.fullmatch(text):
        first = int(m.group("d"))
        if not 100 <= first <= 2090 or first % 100 == 0:
            return None             # ("the 1800s": a century or a decade; the words do not say)
        attrs = {"notBefore": _year(str(first)), "notAfter": _year(str(first + 9))}
        if m.group("circa"):
            attrs["cert"] = "medium"
        return attrs, attrs["notBefore"]
    if (m := CIRCA_YEAR.fullmatch(text)) or (m := QUERY_YEAR.fullmatch(text)):
        year = int(m.group("y"))
        if not 100 <= year <= 2099:
            return None
        cert = "low" if m.groupdict().get("query") or "circa" not in m.groupdict() else "medium"
        return {"when": _year(m.group("y")), "cert": cert}, _year(m.group("y"))
    return None


def bounded(text: str, found: DateFound, months: re.Match | None = None) -> DateFound:
    """*found* with the bounds its words give: two months of one year (*months*, the match
    of "May–June 1915"), or the days "between 1 and" before a full date; a doubt ("c.")
    right before it. Else *found* as it is."""
    from .dates import _month, iso_date
    if months is not None:
        year = int(months.group("year"))
        first, last = _month(months.group("month")), _month(months.group("month2"))
        a = iso_date(year, first, None) if first else None
        b = iso_date(year, last, None) if last else None
        if a and b and a < b:
            found = replace(found, not_before=a, not_after=b)
    elif len(found.when) == 10 and not found.to and BETWEEN.search(
            text[max(0, found.start - 20):found.start]) is not None and \
            (m := TWO_DAYS.match(text, found.start)) is not None:
        end = iso_date(int(found.when[:4]), int(found.when[5:7]), int(m.group("d")))
        if end and found.when < end:
            found = replace(found, not_before=found.when, not_after=end)
    doubt = CIRCA_BEFORE.search(text[max(0, found.start - 8):found.start])
    if doubt is not None:
        found = replace(found, cert="medium", start=found.start - len(doubt.group(0)))
    return found
