"""A range of days printed as one date ("1–3 May 1794", "May 1 to June 3, 1862", "30 April
– 3 May 1794", "May 1–3, 1862", "1 May 1794 – 3 June 1794"): the range is the date, from its
first day to its last. The text is dated by its first day; the <date> that holds the range
carries @from and @to (TEI's att.datable.w3c: @when never stands with them).

A range counts only where its first day comes before its last and both ends are real days;
the year printed once at the end carries back to the first day (and the month, where only
the first day's number stands before the dash)."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .dates import DateFound

# what joins the two ends: a dash (closed up or spaced), "to", "until", "till", the
# languages' own words ("au", "bis", "tot", "al")
_TO = r"\s*(?:[–—]|-(?!-)|\bto\b|\buntil\b|\btill\b|\bthrough\b|\bau\b|\bbis\b|\btot\b|\bal\b)\s*"
# ordinal endings of the day, as dates.py reads them
_ORD = r"(?:st|nd|rd|th|d|er|e|te|ten|de|den)?"


def _patterns(month: str) -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    day_first = re.compile(r"(?<![\w./,-])(?P<d1>[0-3]?\d)" + _ORD + r"\.?" + _TO + r"$", re.I)
    day_month = re.compile(r"(?<![\w./,-])(?P<d1>[0-3]?\d)" + _ORD + r"\.?\s+(?:de\s+)?"
                           + month.replace("<month>", "<m1>") + r",?" + _TO + r"$", re.I)
    month_day = re.compile(r"(?<![\w./-])" + month.replace("<month>", "<m1>")
                           + r"\s+(?P<d1>[0-3]?\d)" + _ORD + r",?" + _TO + r"$", re.I)
    month_days = re.compile(r"(?<![\w./-])" + month + r"\s+(?P<d1>[0-3]?\d)" + _ORD
                            + r"\s*(?:[–—]|-(?!-))\s*(?P<d2>[0-3]?\d)" + _ORD
                            + r",?\s+(?P<year>1[0-9]{3}|20[0-9]{2})\b", re.I)
    return day_first, day_month, month_day, month_days


# a number's sign before the first figure: "Vol. 1 – 3 May 1794" is no range
NUMBER_SIGN = re.compile(r"(?i)(?:\b(?:no|nos|vol|p|pp|page|art|n|nr)\.?|[§#№])\s*$")

# the words a range's first day may follow with no punctuation between ("from 1 to 3 May",
# "du 12 au 15 mars", "the 1st–3rd of May", "meeting of 1–3 May"): after any other word the
# figure is that word's number ("Lettera 3 - 14 novembre 1943": the third letter)
RANGE_LEADS = frozenset("from of the on between du le les des de del dal dai vom von am "
                        "den van tussen entre el los".split())
LAST_WORD = re.compile(r"([^\W\d_]+)[ \t\u00a0]+$")


def _numbered_noun(text: str) -> bool:
    """Does *text* (what stands before a range's first figure) end in a word that the figure
    would number, no punctuation between ("Lettera 3", "Chapter 1", "Nr 4")?"""
    m = LAST_WORD.search(text[-40:])
    return m is not None and m.group(1).casefold() not in RANGE_LEADS \
        and WEEKDAYS.fullmatch(m.group(1)) is None


# a weekday before the first day ("Monday 1 – Wednesday 3 May" aside, "Tuesday 1–3 May")
WEEKDAYS = re.compile(r"(?i)(?:mon|tues|wednes|thurs|fri|satur|sun)day|lundi|mardi|mercredi|"
                      r"jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|"
                      r"freitag|samstag|sonntag")

_CACHE: dict[str, tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]] = {}


def _compiled(month: str) -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    if month not in _CACHE:
        _CACHE[month] = _patterns(month)
    return _CACHE[month]


def _iso(year: int, month: int | None, day: int) -> str | None:
    from .dates import iso_date
    return iso_date(year, month, day) if month else None


def range_ending(text: str, found: DateFound, month: str) -> DateFound:
    """*found* (a full date) widened to the range whose last day it is: the first day
    printed before it, joined by a dash or "to"; else *found* as it is."""
    from .dates import _month
    if len(found.when) != 10 or found.to:
        return found
    before = text[max(0, found.start - 40):found.start]
    offset = found.start - len(before)
    year, m2 = int(found.when[:4]), int(found.when[5:7])
    day_first, day_month, month_day, _ = _compiled(month)
    first = None
    m = day_month.search(before) or month_day.search(before)
    if m is not None:
        first = _iso(year, _month(m.group("m1")), int(m.group("d1")))
    elif text[found.start:found.start + 1].isdigit() \
            and (m := day_first.search(before)) is not None \
            and not _numbered_noun(text[:offset + m.start()]):
        first = _iso(year, m2, int(m.group("d1")))     # "1–3 May 1794": the month carries
    if m is None or first is None or first >= found.when \
            or NUMBER_SIGN.search(before[:m.start()]):
        return after_range(text, found)
    start = offset + m.start()
    return replace(found, start=start, when=first, to=found.when, time_start=None,
                   time_end=None, time_when=None, time_from=None, time_to=None)


def after_range(text: str, found: DateFound) -> DateFound:
    """*found* (a full date) widened to a range whose first day it is: "1 May 1794 – 3 June
    1794", the second a full date of its own after a dash or "to"."""
    from .dates import date_at
    if len(found.when) != 10 or found.time_start is not None:
        return found
    m = re.compile(_TO, re.I).match(text, found.end)
    if m is None or m.end() == found.end:
        return found
    last = date_at(text, m.end())
    if last is None or len(last.when) != 10 or last.when <= found.when:
        return found
    if last.time_start is not None:
        return found
    return replace(found, end=last.end, to=last.when)


def month_days(text: str, month: str) -> DateFound | None:
    """"May 1–3, 1862": a month, two of its days, the year."""
    from .dates import DateFound, _month
    m = _compiled(month)[3].search(text)
    if m is None:
        return None
    year, mo = int(m.group("year")), _month(m.group("month"))
    first, last = _iso(year, mo, int(m.group("d1"))), _iso(year, mo, int(m.group("d2")))
    if first is None or last is None or first >= last:
        return None
    return DateFound(m.start(), m.end(), first, to=last)


def date_attrs(found: DateFound) -> dict[str, str]:
    """The attributes of the <date> that holds *found*: @when, or @from and @to, or the
    bounds of a date known only within them (@notBefore, @notAfter); @cert for a doubt."""
    if found.to:
        attrs = {"from": found.when, "to": found.to}
    elif found.not_before and found.not_after:
        attrs = {"notBefore": found.not_before, "notAfter": found.not_after}
    else:
        attrs = {"when": found.when}
    if found.cert:
        attrs["cert"] = found.cert
    return attrs
