"""A day's date that opens a paragraph of a letter written over several days, its month
given as "this month" ("Mercredi 24 C<sup>t</sup>." for courant, "Tuesday 3rd inst.",
"Freitag, den 5. d. M."): a <date> at the paragraph's start. Its year and month are those
of the last full date the text gives before it (an earlier dateline, an earlier day's
date), checked against the weekday; where the text gives none (only the file's name or a
website's field would), the <date> has no @when: no date is invented.
A tree pass after the text is built."""
from __future__ import annotations

import datetime as dt
import re

from ..tei import E, tei
from .context import Context

# weekdays, Monday first, by language
WEEKDAYS = {
    "en": "monday tuesday wednesday thursday friday saturday sunday",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "de": "montag dienstag mittwoch donnerstag freitag samstag sonntag",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
}
WEEKDAY_NUMBER = {w: k for names in WEEKDAYS.values() for k, w in enumerate(names.split())}
WEEKDAY_NUMBER["sonnabend"] = 5
COURANT = re.compile(
    r"^\s*(?P<wd>" + "|".join(sorted(WEEKDAY_NUMBER, key=len, reverse=True)) + r")[,.]?\s+"
    r"(?:den\s+|le\s+|the\s+)?(?P<day>[0-3]?\d)(?:er|e|st|nd|rd|th|\.)?\s*"
    # "this month": courant (Ct., ct, cour., courant), instant (inst.), German d. M. /
    # dieses Monats, Italian corr. / corrente, Latin huius (mensis)
    r"(?P<cur>c\s?t|cour(?:ant)?|inst(?:ant)?|d\.\s?M(?:ts)?|dieses\s+Monats|corr(?:ente)?|"
    r"c\.\s?m|huius(?:\s+mensis)?)(?![^\W\d_])\.?", re.I)


def _weekday_ok(when: str, wd: str) -> bool:
    return dt.date.fromisoformat(when).weekday() == WEEKDAY_NUMBER[wd.casefold()]


def courant_dates(div, ctx: Context) -> None:
    """Each paragraph that opens with a day's date in "this month" (see the module's doc):
    the date wrapped in a <date>, @when from the last full date before it."""
    last: str | None = None              # the last full date of the text so far
    for el in div.iter(tei("date"), tei("p")):
        if el.tag == tei("date"):
            when = el.get("when") or ""
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", when):
                last = when
            continue
        text = "".join(el.itertext())
        m = COURANT.match(text)
        if m is None:
            continue
        date = E.date()
        if last is not None:
            try:
                when = f"{last[:8]}{int(m.group('day')):02d}"
                if _weekday_ok(when, m.group("wd")):
                    date.set("when", when)
            except ValueError:
                pass                      # (a day the month has not)
        lead = len(text) - len(text.lstrip())
        if not _wrap(el, lead, m.end(), date):
            continue
        if date.get("when"):
            last = date.get("when")
        ctx.fired("courant-date")


def _wrap(p, start: int, end: int, date) -> bool:
    """The characters *start* to *end* of *p*'s text (its first ones, before any child or
    within whole children and their tails) moved into *date*, placed where they stood."""
    text = p.text or ""
    if start > len(text):
        return False
    if end <= len(text):
        date.text = text[start:end]
        p.text = text[:start] or None
        date.tail = text[end:] or None
        p.insert(0, date)
        return True
    date.text = text[start:]
    pos = len(text)
    moved = []
    rest = None
    for child in p:
        length = len("".join(child.itertext()))
        if pos + length > end:
            return False                  # (the date ends inside an element: left alone)
        tail = child.tail or ""
        moved.append(child)
        pos += length
        if pos + len(tail) >= end:
            rest = tail[end - pos:] or None
            child_tail = tail[:end - pos] or None
            break
        pos += len(tail)
    else:
        return False
    p.text = text[:start] or None
    for child in moved[:-1]:
        date.append(child)
    last = moved[-1]
    date.append(last)
    last.tail = child_tail
    date.tail = rest
    p.insert(0, date)
    return True
