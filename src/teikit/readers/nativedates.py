"""Dates in the native forms of scripts without Latin digits: the digits of any script
("٣ مارس ٢٠١٥", "३ अप्रैल २०१५", fullwidth "２００４年８月１０日"), Chinese-Japanese numerals
and Japanese eras ("明治三十一年二月二十一日" = 1898-02-21, "昭和元年"), and a Hebrew letter
for the day ("ג' יאנואר, 1885" = 3 January 1885).

Every number is read by one function (``number``): a digit of any script through
``unicodedata.decimal``, a run of CJK numerals by their place values. The era table turns a
Japanese era year into the Gregorian year; Japan kept the lunisolar calendar until the end
of Meiji 5 (1872), so a month and day before 1873 are not converted (the year only)."""
from __future__ import annotations

import re
import unicodedata

# Japanese eras (nengō) of the modern period: the Gregorian year of each era's first year
ERAS = {"明治": 1868, "大正": 1912, "昭和": 1926, "平成": 1989, "令和": 2019}
_CJK_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6,
               "七": 7, "八": 8, "九": 9, "元": 1}
_CJK_UNITS = {"十": 10, "百": 100, "千": 1000}
_NUM = r"[0-9０-９〇零一二三四五六七八九十百千元]{1,7}"
# (a common-era year may carry its era year in brackets: "1955（昭和30）年2月25日")
KANJI_DATE = re.compile(rf"(?P<era>{'|'.join(ERAS)})?\s*(?P<year>{_NUM})"
                        rf"(?:[（(](?:{'|'.join(ERAS)})\s*{_NUM}[）)])?\s*年\s*"
                        rf"(?:(?P<month>{_NUM})\s*月\s*(?:(?P<day>{_NUM})\s*日)?)?")
# A Hebrew numeral for a day (gematria, 1-31): one letter with a geresh ("ג'"), two with
# gershayim before the last ("י\"א"); 15 and 16 are written ט"ו, ט"ז
_HEBREW_DAY = (r"(?<![\u05d0-\u05ea])(?P<hday>[\u05d0-\u05d8\u05d9\u05db\u05dc]['\u05f3]|"
               r"[\u05d9\u05db][\"\u05f4\u201c\u201d][\u05d0-\u05d8]|"
               r"\u05d8[\"\u05f4\u201c\u201d][\u05d5\u05d6]|\u05dc[\"\u05f4\u201c\u201d]\u05d0)")
_GEMATRIA = {chr(0x05D0 + k): k + 1 for k in range(9)} | {"\u05d9": 10, "\u05db": 20,
                                                          "\u05dc": 30}


def ascii_digits(text: str) -> str:
    """*text* with the decimal digits of every script as ASCII digits (one character for
    one: the positions stay those of *text*)."""
    if text.isascii():
        return text
    return "".join(str(unicodedata.decimal(c)) if not c.isascii() and c.isdecimal()
                   and unicodedata.decimal(c, None) is not None else c for c in text)


def number(text: str) -> int | None:
    """The value of a number written in digits of any script or in CJK numerals
    ("三十一" 31, "二十一" 21, "一八九八" 1898, "元" 1); None when it is neither."""
    text = ascii_digits(text)
    if text.isdigit() and text.isascii():
        return int(text)
    if not text or any(c not in _CJK_DIGITS and c not in _CJK_UNITS for c in text):
        return None
    if not any(c in _CJK_UNITS for c in text):          # positional: 一八九八
        return int("".join(str(_CJK_DIGITS[c]) for c in text))
    total, current = 0, 0
    for c in text:
        if c in _CJK_UNITS:
            total += (current or 1) * _CJK_UNITS[c]
            current = 0
        else:
            current = _CJK_DIGITS[c]
    return total + current


def kanji_date(text: str) -> tuple[int, int, str] | None:
    """The first date written 年/月/日 in *text* (an era's or the common era's), as
    (start, end, ISO date); None when there is none. The year alone needs its era (a
    bare "三年" is a span of years as often); a common-era year has four figures."""
    if "年" not in text:
        return None
    from .dates import iso_date
    for m in KANJI_DATE.finditer(text):
        year = number(m.group("year"))
        if year is None:
            continue
        era = m.group("era")
        if era:
            year += ERAS[era] - 1
        elif not 1000 <= year <= 2099 or not m.group("month"):
            continue
        month = number(m.group("month")) if m.group("month") else None
        day = number(m.group("day")) if m.group("day") else None
        if year < 1873:                       # the lunisolar calendar: the year only
            month = day = None
        when = iso_date(year, month, day) if month is None or 1 <= month <= 12 else None
        if when is None and month is not None:
            when = iso_date(year, None, None)
        if when:
            end = m.end() if month else text.index("年", m.start("year")) + 1
            return m.start(), end, when
    return None


def hebrew_day_date(text: str, month_pattern: str, year_pattern: str) -> \
        tuple[int, int, str] | None:
    """A date whose day is a Hebrew numeral, before a month's name and a year ("ג'
    יאנואר, 1885"): (start, end, ISO date), else None."""
    from .dates import _month, iso_date
    m = re.search(rf"{_HEBREW_DAY}\s+{month_pattern},?\s+{year_pattern}\b", text)
    if m is None:
        return None
    letters = [c for c in m.group("hday") if c in _GEMATRIA or c in "\u05d5\u05d6"]
    day = sum(_GEMATRIA.get(c, {"\u05d5": 6, "\u05d6": 7}.get(c, 0)) for c in letters)
    month = _month(m.group("month"))
    when = iso_date(int(m.group("year")), month, day) if month and 1 <= day <= 31 else None
    return (m.start(), m.end(), when) if when else None
