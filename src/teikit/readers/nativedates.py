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


# ----------------------------------------------------------------------------- other calendars
# A date of the Hijri (lunar), Hebrew or Persian (solar Hijri) calendar: a day, a month's name
# of that calendar and a year ("15 رمضان 1342", "١٥ رمضان ١٣٤٢ هـ", "15 Ramadan 1342 AH",
# "כ\"ג באדר תרצ\"ה", "23 Adar 5695", "۱۲ فروردین ۱۳۰۲"), converted to the Gregorian date by
# convertdate (MIT): the Hijri months by the tabular (arithmetic) calendar, which can differ
# from the months as sighted or as Umm al-Qura's table gives them by a day or two.
CALENDAR_NAMES = {"hijri": "the Islamic (Hijri) lunar calendar. @when gives the Gregorian "
                           "date by the tabular (arithmetic) Hijri calendar, which can be a "
                           "day or two off the month as sighted or as the Umm al-Qura table "
                           "gives it",
                  "hebrew": "the Hebrew calendar. @when gives the Gregorian date (Adar alone "
                            "in a leap year read as Adar I)",
                  "persian": "the Persian (Solar Hijri) calendar. @when gives the Gregorian "
                             "date"}
_HIJRI_MONTHS = {
    1: "محرم محرّم المحرم Muharram Muharrem", 2: "صفر Safar",
    3: "ربيع_الأول ربيع_الاول ربيع_الأوّل Rabi'_al-Awwal Rabi`_al-Awwal Rabi_al-Awwal "
       "Rabi'_I Rabi_I Rabi'_al-awwal",
    4: "ربيع_الثاني ربيع_الآخر ربيع_الاخر Rabi'_al-Thani Rabi'_al-Akhir Rabi_al-Thani "
       "Rabi_al-Akhir Rabi'_II Rabi_II Rabi`_al-Thani",
    5: "جمادى_الأولى جمادى_الاولى جمادى_الأول جمادي_الأولى Jumada_al-Ula Jumada_al-Awwal "
       "Jumada_I Jumada_al-Ula",
    6: "جمادى_الآخرة جمادى_الاخرة جمادى_الثانية جمادي_الآخرة Jumada_al-Akhira "
       "Jumada_al-Thani Jumada_II Jumada_al-Akhirah Jumada_al-Thaniya",
    7: "رجب Rajab", 8: "شعبان Sha'ban Shaban Sha`ban",
    9: "رمضان Ramadan Ramazan Ramadhan", 10: "شوال Shawwal Shawal",
    11: "ذو_القعدة ذي_القعدة ذو_القعده Dhu_al-Qa'da Dhu_al-Qi'da Dhu'l-Qa'da Dhu'l-Qa'dah "
        "Dhu_al-Qadah Dhul-Qadah Dhu_al-Qa'dah Zulkaedah",
    12: "ذو_الحجة ذي_الحجة ذو_الحجه Dhu_al-Hijja Dhu'l-Hijja Dhu'l-Hijjah Dhu_al-Hijjah "
        "Dhul-Hijjah Zulhijjah"}
# convertdate's Hebrew months count from Nisan (1); Adar is 12, the leap year's Adar II 13
_HEBREW_CAL_MONTHS = {
    7: "תשרי Tishri Tishrei", 8: "חשון חשוון מרחשון מרחשוון Heshvan Cheshvan Marheshvan",
    9: "כסלו כסליו Kislev Kislew", 10: "טבת Tevet Teves Tebeth", 11: "שבט Shevat Shvat Shebat",
    12: "אדר_א' אדר_ראשון אדר Adar_I Adar", 13: "אדר_ב' אדר_שני Adar_II Adar_Sheni",
    1: "ניסן Nisan", 2: "אייר איר Iyar Iyyar", 3: "סיון סיוון Sivan", 4: "תמוז Tammuz Tamuz",
    5: "מנחם_אב אב Av Ab", 6: "אלול Elul"}
_PERSIAN_MONTHS = {1: "فروردین", 2: "اردیبهشت", 3: "خرداد", 4: "تیر", 5: "مرداد امرداد",
                   6: "شهریور", 7: "مهر", 8: "آبان", 9: "آذر", 10: "دی", 11: "بهمن",
                   12: "اسفند"}


def _month_table(table: dict[int, str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for number_, names in table.items():
        for name in names.split():
            out[name.replace("_", " ").casefold()] = number_
    return out


_TABLES = {"hijri": _month_table(_HIJRI_MONTHS), "hebrew": _month_table(_HEBREW_CAL_MONTHS),
           "persian": _month_table(_PERSIAN_MONTHS)}


def _alternation(names) -> str:
    return "|".join(re.escape(n).replace(r"\ ", r"\s+").replace("'", "['’`ʿʻ]?")
                    for n in sorted(names, key=len, reverse=True))


_D = r"(?P<day>[0-9\u0660-\u0669\u06f0-\u06f9]{1,2})"
_Y = r"(?P<year>[0-9\u0660-\u0669\u06f0-\u06f9]{3,4})"
_NOT_LETTER_BEFORE = r"(?<![\w\u0600-\u06ff])"
_NOT_LETTER_AFTER = r"(?![\w\u0600-\u06ff\u05d0-\u05ea])"
_HIJRI_ERA = r"(?:\s*(?P<era>هـ|ه‍?\.?ق|ه\b|AH\b|A\.\s?H\.?|H\b|\u0647\u0640))?"
_PERSIAN_ERA = r"(?:\s*(?P<era>ه‍?ـ?\.?\s?ش\.?|ش\b|SH\b|AP\b|Solar\s+Hijri))?"
_HEBREW_YEAR = (r"(?P<year>(?:5[0-9]{3})|(?:ה['׳])?[\u05d0-\u05ea]{0,3}[\"\u05f4][\u05d0-\u05ea])"
                r"(?:\s*(?P<era>לפ[\"\u05f4]ק|לפ[\"\u05f4]ג|ש['׳]))?")
_HEBREW_DAY_CAL = _HEBREW_DAY.replace("(?P<hday>", "(?P<hday>[0-9]{1,2}|")
CALENDAR_DATES = [
    ("hijri", re.compile(rf"{_NOT_LETTER_BEFORE}{_D}\s+(?:من\s+)?(?P<month>"
                         rf"{_alternation(_TABLES['hijri'])}){_NOT_LETTER_AFTER},?\s+(?:سنة\s+|"
                         rf"عام\s+)?{_Y}(?![0-9\u0660-\u0669\u06f0-\u06f9]){_HIJRI_ERA}",
                         re.I)),
    ("persian", re.compile(rf"{_NOT_LETTER_BEFORE}{_D}\s+(?P<month>"
                           rf"{_alternation(_TABLES['persian'])}){_NOT_LETTER_AFTER}\s+"
                           rf"(?:ماه\s+)?(?:سال\s+)?{_Y}(?![0-9\u0660-\u0669\u06f0-\u06f9])"
                           rf"{_PERSIAN_ERA}")),
    ("hebrew", re.compile(rf"{_HEBREW_DAY_CAL}\s+(?:ב|ל)?(?P<month>"
                          rf"{_alternation(_TABLES['hebrew'])})(?![\u05d0-\u05ea\w]),?\s+"
                          rf"(?:שנת\s+)?{_HEBREW_YEAR}", re.I)),
]
_QUICK = re.compile("|".join(_alternation(t) for t in _TABLES.values()), re.I)


def _gematria(letters: str) -> int:
    values = {**{chr(0x05D0 + k): k + 1 for k in range(9)},
              **dict(zip("יכלמנסעפצ", range(10, 100, 10), strict=True)), "ך": 20, "ם": 40, "ן": 50,
              "ף": 80, "ץ": 90, **dict(zip("קרשת", range(100, 500, 100), strict=True))}
    return sum(values.get(c, 0) for c in letters)


def calendar_date(text: str) -> tuple[int, int, str | None, str] | None:
    """The first date of the Hijri, Hebrew or Persian calendar in *text*: (start, end,
    Gregorian ISO date or None where it cannot be converted, calendar name); None when there
    is none. The evidence is the calendar's own month name between a day and a year, the
    year in that calendar's range (Hijri 1-1600, Persian 1000-1600, Hebrew 5000-5999 or in
    letters)."""
    if not _QUICK.search(text):
        return None
    best: tuple[int, int, str | None, str] | None = None
    for name, pattern in CALENDAR_DATES:
        for m in pattern.finditer(text):
            found = _convert(name, m)
            if found is not None:
                if best is None or m.start() < best[0]:
                    best = (m.start(), m.end(), found or None, name)
                break
    return best


def _convert(name: str, m: re.Match) -> str | None:
    """The Gregorian ISO date of a match ("" when the date cannot be converted), None when
    the match is not a date of that calendar."""
    from convertdate import hebrew, islamic, persian
    table = _TABLES[name]
    month = table.get(re.sub(r"\s+", " ", m.group("month")).casefold().replace("’", "'")
                      .replace("`", "'").replace("ʿ", "'").replace("ʻ", "'"))
    if month is None:
        month = next((v for k, v in table.items()
                      if re.sub(r"['’`ʿʻ]", "", k) == re.sub(r"['’`ʿʻ\s]+", " ",
                                                             m.group("month").casefold())
                      .replace(" ", " ")), None)
    if month is None:
        return None
    if name == "hebrew":
        raw_day = m.group("hday")
        day = int(raw_day) if raw_day.isdigit() else _gematria(raw_day)
        raw_year = m.group("year")
        year = int(raw_year) if raw_year.isdigit() else 5000 + _gematria(
            raw_year[2:] if raw_year[1:2] in "'׳" else raw_year)
        if not 5000 <= year <= 5999:
            return None
        if month == 13 and not hebrew.leap(year):
            return ""
        convert = hebrew.to_gregorian
    else:
        day, year = int(ascii_digits(m.group("day"))), int(ascii_digits(m.group("year")))
        if name == "persian" and not 1000 <= year <= 1600:
            return None
        if name == "hijri" and not 1 <= year <= 1600:
            return None
        convert = islamic.to_gregorian if name == "hijri" else persian.to_gregorian
    if not 1 <= day <= 30:
        return None
    try:
        y, mo, d = convert(year, month, day)
    except (ValueError, TypeError):
        return ""
    return f"{y:04d}-{mo:02d}-{d:02d}" if y >= 1 else ""


def mark_calendars(tree) -> set[str]:
    """Set @calendar on each <date> in *tree* whose words are a date of another calendar
    (its @when, where there is one, the Gregorian date calendar_date gives); the calendars
    used, by name."""
    from ..tei import tei
    used: set[str] = set()
    for el in tree.iter(tei("date")):
        if el.get("calendar"):
            used.add(el.get("calendar")[1:])
            continue
        text = "".join(el.itertext())
        found = calendar_date(text)
        if found is None or found[0] > 2 or found[1] < len(text.rstrip(" .,;:)]")) - 2 \
                or (el.get("when") and found[2] != el.get("when")):
            continue
        el.set("calendar", f"#{found[3]}")
        used.add(found[3])
    return used


def calendar_desc(names: set[str]):
    """The header's <calendarDesc> declaring *names* (ids = the names @calendar points at)."""
    from ..tei import XML_ID, E
    desc = E.calendarDesc()
    for name in sorted(names):
        calendar = E.calendar(E.p(f"Dates written in {CALENDAR_NAMES[name]}."))
        calendar.set(XML_ID, name)
        desc.append(calendar)
    return desc
