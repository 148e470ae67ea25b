"""Dates and times as printed in datelines ("[Moscow,] June 11, 1944,", "9 July 1945,
9:00 - 10:40 p.m.", "Washington, January 29, 1968, 1:04–1:40 p.m.") to ISO 8601."""
from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass

from . import datebounds, dateranges, nativedates, regnal
from .datewords import number_value

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    # German, French, Italian, Spanish (the languages of most European archives' letters)
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "mai": 5, "juni": 6, "juli": 7,
    "oktober": 10, "dezember": 12,
    "janvier": 1, "février": 2, "mars": 3, "avril": 4, "juin": 6, "juillet": 7, "août": 8,
    "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12,
    "gennaio": 1, "febbraio": 2, "marzo": 3, "aprile": 4, "maggio": 5, "giugno": 6,
    "luglio": 7, "agosto": 8, "settembre": 9, "ottobre": 10, "dicembre": 12,
    "enero": 1, "febrero": 2, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "septiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    # Dutch and Portuguese; the abbreviations and old spellings of letters ("iuin", "Octob.")
    "januari": 1, "februari": 2, "maart": 3, "mei": 5, "augustus": 8,
    "janeiro": 1, "fevereiro": 2, "março": 3, "maio": 5, "junho": 6, "julho": 7,
    "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12,
    "ianvier": 1, "iuin": 6, "iuillet": 7, "febr": 2, "septemb": 9, "octob": 10,
    "novemb": 11, "decemb": 12, "merz": 3, "jenner": 1, "xbre": 12, "9bre": 11, "8bre": 10,
    "7bre": 9,
    # the abbreviations of 18th- and 19th-century hands ("Jany 3d. 1800", "d 11 Fbr 1796")
    "jany": 1, "feby": 2, "febry": 2, "fbr": 2, "augt": 8, "septr": 9, "octr": 10,
    "novr": 11, "decr": 12, "xbr": 12, "9br": 11, "8br": 10, "7br": 9,
    # Russian, in the genitive a date takes ("29 июля 2002 года")
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7,
    "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
    # Polish, in the genitive a date takes ("Dnia 17. Marca", "9 Czerwca 1789"), with the
    # old spellings without diacritics; Czech likewise ("4. května 1865")
    "stycznia": 1, "lutego": 2, "marca": 3, "kwietnia": 4, "maja": 5, "czerwca": 6,
    "lipca": 7, "sierpnia": 8, "września": 9, "wrzesnia": 9, "października": 10,
    "pazdziernika": 10, "paździermika": 10, "listopada": 11, "grudnia": 12,
    "ledna": 1, "února": 2, "března": 3, "dubna": 4, "května": 5, "června": 6,
    "července": 7, "srpna": 8, "září": 9, "října": 10, "listopadu": 11, "prosince": 12,
}
# More of Europe's languages, each month in the form a date takes (the genitive in Ukrainian,
# Slovak, Slovene and Greek, the partitive in Finnish): Catalan ("25 d’agost de 2017": the
# Parlament de Catalunya's Diari de Sessions), Galician (the Parlamento de Galicia's Diario
# de Sesións), Ukrainian ("17 травня 2002 року": the Verkhovna Rada's stenograms),
# Bulgarian and Serbian, Romanian, Hungarian, Slovak, Slovene, Finnish, Swedish and Danish,
# Turkish, Greek. (Croatian is left out: its "listopada" is October, Polish's November;
# Basque writes the year first with suffixes, "2002ko maiatzaren 17a", another pattern.)
_MORE_MONTHS = {
    1: "gener xaneiro січня януари јануар ianuarie január januára januarja tammikuuta "
       "ocak ιανουαρίου ιανουαριου",
    2: "febreiro лютого февруари фебруар februarie február februára februarja "
       "helmikuuta şubat φεβρουαρίου φεβρουαριου",
    3: "març березня март martie március marts maaliskuuta μαρτίου μαρτιου",
    4: "квітня април aprilie április apríla aprila huhtikuuta nisan απριλίου απριλιου",
    5: "maig травня мај május mája toukokuuta maj mayıs μαΐου μαιου",
    6: "juny xuño червня юни јун iunie június júna junija kesäkuuta haziran ιουνίου "
       "ιουνιου",
    7: "juliol xullo липня юли јул iulie július júla julija heinäkuuta temmuz ιουλίου "
       "ιουλιου",
    8: "agost серпня август augusztus augusta avgusta augusti elokuuta ağustos αυγούστου "
       "αυγουστου",
    9: "setembre вересня септември септембар septembrie szeptember septembra septembra "
       "syyskuuta eylül σεπτεμβρίου σεπτεμβριου",
    10: "жовтня октомври октобар octombrie október októbra oktobra lokakuuta ekim "
        "οκτωβρίου οκτωβριου",
    11: "листопада ноември новембар noiembrie novembra marraskuuta kasım νοεμβρίου "
        "νοεμβριου",
    12: "desembre decembro грудня декември децембар decembrie decembra joulukuuta aralık "
        "δεκεμβρίου δεκεμβριου",
}
for _number, _names in _MORE_MONTHS.items():
    for _name in _names.split():
        for _key in (_name, _name.casefold()):   # (the pattern is made of the keys: the
            MONTHS.setdefault(_key, _number)      # spelling as written, "μαΐου", and the
            #                                       casefolded one a lookup asks for)
# the old spellings of Spanish and Portuguese notarial and colonial hands, b for v, s or z
# for c, h for f, i for j ("Antioquia, Nobiembre 4 de 1761", "Setiembre", "Hebrero",
# "Otubre", "Diziembre": the AGI's, the AGN's, the Archivo Histórico de Antioquia's
# records; Portuguese "Janeyro", "Fevereyro")
OLD_MONTHS = {
    "henero": 1, "ienero": 1, "janeyro": 1, "hebrero": 2, "febrer": 2, "fevereyro": 2,
    "febraro": 2, "iunio": 6, "iulio": 7, "iulho": 7, "setiembre": 9, "setienbre": 9,
    "septienbre": 9, "septembro": 9, "otubre": 10, "otubro": 10, "nobiembre": 11,
    "novienbre": 11, "nobienbre": 11, "nouiembre": 11, "diziembre": 12, "disiembre": 12,
    "dizienbre": 12, "dicienbre": 12, "deziembre": 12}
MONTHS.update(OLD_MONTHS)
# Latin, in the cases a date takes ("die 13. novembris 1444", "Kalendis Ianuariis", "mense
# Maii"): the genitive, the ablative and the accusative, with i or j (not the nominative:
# "Iulius", "Augustus" are names as often)
_LATIN_MONTHS = {1: "ianuari", 2: "februari", 3: "marti", 4: "april", 5: "mai", 6: "iuni",
                 7: "iuli", 8: "august", 9: "septembr", 10: "octobr", 11: "novembr",
                 12: "decembr"}
for _number, _stem in _LATIN_MONTHS.items():
    _ends = ("is", "i", "es", "ibus") if _stem.endswith(("br", "il")) else ("i", "o", "as", "is")
    for _end in _ends:
        MONTHS.setdefault(_stem + _end, _number)
        if _stem.startswith("i"):
            MONTHS.setdefault("j" + _stem[1:] + _end, _number)
# Hebrew, the civil months modern Hebrew writes ("10 בספטמבר 1914"), alone and with the
# one-letter prepositions glued on (ב "in", ל "to", מ "from")
_HEBREW_MONTHS = {"ינואר": 1, "פברואר": 2, "מרץ": 3, "מרס": 3, "מארס": 3, "אפריל": 4,
                  "מאי": 5, "יוני": 6, "יולי": 7, "אוגוסט": 8, "ספטמבר": 9, "אוקטובר": 10,
                  "נובמבר": 11, "דצמבר": 12}
MONTHS.update({lead + name: number for name, number in _HEBREW_MONTHS.items()
               for lead in ("", "ב", "ל", "מ")})
# Yiddish and the Yiddish-influenced Hebrew of the 19th century ("ג' יאנואר, 1885")
MONTHS.update({name: k + 1 for k, names in enumerate((
    "יאנואר", "פעברואר פעברואַר", "מערץ מארט", "אַפּריל אפּריל", "מײַ", "יוני", "יולי",
    "אויגוסט", "סעפּטעמבער סעפטעמבער", "אָקטאָבער אקטאבער", "נאָוועמבער נאוועמבער",
    "דעצעמבער")) for name in names.split()})
# the Gregorian months in Hindi and Urdu ("मन की बात, अप्रैल 2015"), in Arabic as Egypt and
# the Maghreb name them and as the Levant and Iraq do (two words: "كانون الثاني"); not the
# Hijri or the Persian solar months, which are other calendars
_SCRIPT_MONTHS = {
    1: "जनवरी جنوری يناير كانون_الثاني", 2: "फ़रवरी फरवरी فروری فبراير شباط",
    3: "मार्च مارچ مارس آذار", 4: "अप्रैल अप्रेल اپریل أبريل إبريل ابريل نيسان",
    5: "मई مئی مایو مايو أيار", 6: "जून جون يونيو حزيران",
    7: "जुलाई جولائی يوليو تموز", 8: "अगस्त اگست أغسطس اغسطس",
    9: "सितंबर सितम्बर ستمبر سبتمبر أيلول", 10: "अक्टूबर अक्तूबर اکتوبر أكتوبر اكتوبر تشرين_الأول",
    11: "नवंबर नवम्बर نومبر نوفمبر تشرين_الثاني", 12: "दिसंबर दिसम्बर دسمبر ديسمبر كانون_الأول"}
for _number, _names in _SCRIPT_MONTHS.items():
    for _name in _names.split():
        MONTHS.setdefault(_name.replace("_", " "), _number)
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
# 11th, 3d, 11ten, 1er, and the Dutch 5den, 1sten, 2de
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|d|ten|te|ter|er|º|°|sten|ste|den|de)?"
_YEAR = r"(?P<year>1[0-9]{3}|20[0-9]{2})"
YEAR = re.compile(r"1[0-9]{3}|20[0-9]{2}")
# the word "year" before a year in a date (Polish "Roku 1766", "R. 1789"; Czech "roku")
_YEAR_WORD = r"(?:(?:w\s+)?(?:roku|r\.)\s*)"
DATE_PATTERNS = [
    # June 11, 1944; the vernacular Spanish "octubre a 24, de 1952"
    re.compile(rf"\b{_MONTH}\s+(?:a\s+)?{_DAY}[,.]?\s+(?:de\s+)?{_YEAR}\b", re.I),
    re.compile(rf"\b{_DAY}\.?\s+(?:de\s+|d['’]\s?)?{_MONTH},?\s+(?:de\s+|{_YEAR_WORD})?"
               rf"{_YEAR}\b", re.I),     # 9 July 1945, 9 Czerwca Roku 1789, 25 d’agost de 2017
    # Hungarian: the year, a full stop, the month and the day ("2002. május 17.")
    re.compile(rf"\b{_YEAR}\.\s+{_MONTH}\s+{_DAY}\.", re.I),
    # two days of one month, the first the date ("Fecha: 4 y 7 de noviembre de 1761", an
    # edition's date of a file of two acts; "3 and 4 May 1790")
    re.compile(rf"\b{_DAY}\.?\s+(?:y|e|et|and|und|&)\s+[0-3]?\d\.?\s+(?:de\s+)?{_MONTH},?\s+"
               rf"(?:de\s+)?{_YEAR}\b", re.I),
    # the year first, then the day and month: Polish "w Roku 1789. Dnia 17. Marca"
    re.compile(rf"\b{_YEAR_WORD}{_YEAR}\.?,?\s+(?:dnia\s+)?{_DAY}\.?\s+{_MONTH}", re.I),
    re.compile(r"(?P<year>1[0-9]{3}|20[0-9]{2})\s*年\s*(?P<month>[01]?\d)\s*月\s*"
               r"(?P<day>[0-3]?\d)\s*日"),                                    # 2004年1月28日
    re.compile(r"\b(?P<year>1[0-9]{3}|20[0-9]{2})-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b"),
    # July 1945; "September A.D. 1883" (a will's testimonium, where the day is illegible)
    re.compile(rf"\b{_MONTH}\s+(?:A\.\s?D\.?\s+)?{_YEAR}\b", re.I),
    # "January, 1901." opening a line (the comma of 19th-century magazines' issue lines and
    # letters' month lines; in a sentence, "the 14th of February, 1809", it is no month's)
    re.compile(rf"^\W{{0,3}}{_MONTH},\s+{_YEAR}\b", re.I),
    # the year first, then the month's name and the day, as some hands date a letter or a
    # diary's page ("Tuesday, 1941 April 8,")
    re.compile(rf"\b{_YEAR},?\s+{_MONTH}\s+{_DAY}\b(?![.,]?\s*\d)", re.I),
    # OCR splits a day's two digits: "February 2 6, 1982"
    re.compile(rf"\b{_MONTH}\s+(?P<day>[1-3] \d),\s+{_YEAR}\b", re.I),
    # the Scandinavian and German hand: day, a slash, the month in figures, the year after a
    # space or a hyphen, under the article ("Hjortshög, den 12/3 1895", "d. 12/3-1895"; the
    # article and the space before the year say it is no American month-first date)
    re.compile(rf"(?:(?<=\bden )|(?<=\bd\. )|(?<=\bd\.))(?P<day>[0-3]?\d)/(?P<month>[01]?\d)"
               rf"(?:\s+|\s?-\s?){_YEAR}\b", re.I),
]
# a year named as the year, with no day or month ("na Seymie Roku 1766."): the document's
# year when no fuller date is found (the word says it is a date, not a number)
YEAR_ONLY_PATTERNS = [re.compile(rf"\b{_YEAR_WORD}{_YEAR}\b(?![.,]?\s*(?:dnia\s+)?\d)", re.I)]
# a day and month with no year: a letter's own dateline ("d. 10 Fbr", "den 3. März",
# "March 12th", "le 5 juin"), never its title
# (the day and the month without their group names: each pattern below has both twice)
_ANY_DAY, _ANY_MONTH = _DAY.replace("(?P<day>", "(?:"), _MONTH.replace("(?P<month>", "(?:")
_LEAD = r"^(?:(?:d\.?|den|le|the|am|il|el)\s+)?"
DAY_MONTH = re.compile(rf"{_LEAD}{_ANY_DAY}\.?\s+(?:de\s+)?{_ANY_MONTH}[.,]?$|"
                       rf"{_LEAD}{_ANY_MONTH}\s+{_ANY_DAY}[.,]?$", re.I)
# a month and its day anywhere in a line, with or without the year ("Sixth-day, Novr 19",
# "Satterday, Oct. 15th", "May, 3"): a diary's entry, never a speaker's label
MONTH_DAY = re.compile(rf"\b{_ANY_MONTH},?\s*{_ANY_DAY}\b|\b{_ANY_DAY}\.?\s+{_ANY_MONTH}\b",
                       re.I)
_AMPM = r"(?:\s*(?P<{0}>[ap])\.?\s?m\b\.?)?"
_CLOCK = r"(?P<{0}h>[0-2]?\d)(?:[:.](?P<{0}m>[0-5]\d))?"
TIME_RANGE = re.compile(
    _CLOCK.format("a") + _AMPM.format("aap") + r"\s*(?:[-–—]|to)\s*" + _CLOCK.format("b")
    + _AMPM.format("bap"), re.I)
TIME_ONE = re.compile(r"(?P<h>[0-2]?\d)(?:[:.](?P<m>[0-5]\d))?\s*(?P<ap>[ap])\.?\s?m\b\.?"
                      r"|(?P<h24>[0-2]\d)(?P<m24>[0-5]\d)(?P<z>Z)\b"
                      r"|(?P<hc>[0-2]?\d):(?P<mc>[0-5]\d)(?!\s*[-–—])", re.I)


@dataclass
class DateFound:
    start: int
    end: int                   # end of the date part (before any time)
    when: str                  # ISO date (YYYY, YYYY-MM or YYYY-MM-DD)
    time_start: int | None = None
    time_end: int | None = None
    time_when: str | None = None       # single time: ISO time, goes into date/@when
    time_from: str | None = None       # time range
    time_to: str | None = None
    to: str | None = None              # a range's last day (dateranges): @when is its first
    # bounds of a date known only within them (datebounds: "May–June 1915", "between 1 and
    # 5 May 1862"): @notBefore/@notAfter in place of @when, which stays the first for sorting
    not_before: str | None = None
    not_after: str | None = None
    cert: str | None = None            # a doubt the words state ("c. 1650"): @cert


def iso_date(year: int, month: int | None, day: int | None) -> str | None:
    try:
        if day and month:
            return dt.date(year, month, day).isoformat()
    except ValueError:
        return None
    if month:
        return f"{year:04d}-{month:02d}" if 1 <= month <= 12 else None
    return f"{year:04d}"


WEEKDAY = re.compile(r"(?i)(?:mon|tues|wednes|thurs|fri|satur|sun)day|lundi|mardi|mercredi|"
                     r"jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|"
                     r"freitag|samstag|sonnabend|sonntag|lunes|martes|miércoles|jueves|"
                     r"viernes|sábado|domingo|lunedì|martedì|mercoledì|giovedì|venerdì|"
                     r"sabato|domenica|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|"
                     r"zondag|segunda-feira|terça-feira|quarta-feira|quinta-feira|"
                     r"sexta-feira|isnin|selasa|rabu|khamis|jumaat|ahad|senin|kamis|"
                     r"jumat|måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|mandag|"
                     r"tirsdag|lørdag|søndag")
WEEKDAY_ABBR = re.compile(r"(?i)(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?")
# What may stand before the date that opens a diary's entry: signs, a weekday
ENTRY_LEAD = re.compile(r"[^\w\n]*(?:(?:" + WEEKDAY.pattern[4:] + r"|" + WEEKDAY_ABBR.pattern[4:]
                        + r")[.,]?\s+)?", re.I)


NUMERIC_DATE = re.compile(r"(?<![\d/.-])(?P<a>[0-3]?\d)(?P<sep>[-/.])(?P<b>[0-3]?\d)(?P=sep)"
                          r"(?P<year>1[5-9]\d\d|20\d\d|\d\d)(?![\d/.-])")


def find_numeric_date(text: str) -> DateFound | None:
    """A date written in figures ("9-6-89", "18/11/2021") in a title: month first, as in
    the United States, unless the first number cannot be a month; a two-digit year is of
    the 20th century."""
    m = NUMERIC_DATE.search(text)
    if m is None:
        return None
    a, b, year = int(m.group("a")), int(m.group("b")), m.group("year")
    month, day = (a, b) if a <= 12 else (b, a)
    when = iso_date(int(year) + 1900 if len(year) == 2 else int(year), month, day)
    return DateFound(m.start(), m.end(), when) if when else None


def _month(value: str) -> int | None:
    # casefold, as the patterns match: "ſept" (a long s) is "sept"; a form the patterns
    # match case-insensitively but the table lacks is no month
    return int(value) if value.isdecimal() else MONTHS.get(value.casefold().rstrip("."))


# a date in figures with dots, day first as every European and Israeli hand writes it
# ("1.6.1926", a diary's head "Geneva 1.6.26"): with four figures of the year anywhere;
# with two only as the end of a short line (a heading or a dateline: "2.1.12" in a
# sentence may be a clause's number), of the 20th century as find_numeric_date reads them
# (the month in Roman figures too, as German, Austrian, Polish, Czech and Italian hands
# write it: "16.IV.33", "3.XII.1917")
DOTTED_DATE = re.compile(r"(?<![\d.,])(?P<day>[0-3]?\d)\.\s?(?P<month>[01]?\d|XII|XI|IX|X|"
                         r"VIII|VII|VI|IV|V|III|II|I)\.\s?"
                         r"(?P<year>1[5-9]\d\d|20\d\d|\d\d)(?![\d,]|\.\d)")
ROMAN_MONTHS = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8,
                "IX": 9, "X": 10, "XI": 11, "XII": 12}
# what a number's label is, not a place or a weekday: "§ 1.2.12", "Version 2.1.10"
_NUMBERED = re.compile(r"(?i)(?:§|\b(?:section|sect|sec|chapter|chap|ch|art|article|"
                       r"version|ver|v|no|nr|number|item|para|paragraph|rule|clause|"
                       r"verse|vers|p|pp|page|fig|table|tab))\W*$")


def find_dotted_date(text: str) -> DateFound | None:
    """The first date of DOTTED_DATE in *text*, else None."""
    if "." not in text:
        return None
    for m in itertools.islice(DOTTED_DATE.finditer(text), 5):
        year = m.group("year")
        if len(year) == 2:
            if len(text) > 60 or text[m.end():].strip(" .;:)]") or \
                    re.search(r"\d", text[:m.start()]):
                continue
            year = "19" + year
        if _NUMBERED.search(text[:m.start()]):
            continue
        month = m.group("month")
        when = iso_date(int(year), ROMAN_MONTHS.get(month) or int(month), int(m.group("day")))
        if when:
            return DateFound(m.start(), m.end(), when)
    return None


def in_century_of(when: str, years: list[int]) -> str:
    """*when*, read from a two-digit year as of the 20th century ("19.8.92" → 1992-08-19),
    in the century of a year the document states in four figures that ends in the same
    two ("vom 19. August 1892": 1892-08-19); as it is when none does."""
    if int(when[:4]) in years:
        return when
    ends = {y for y in years if y % 100 == int(when[2:4])}
    return f"{ends.pop()}{when[4:]}" if len(ends) == 1 else when


TWO_DIGIT_YEAR = re.compile(r"(?<![\d.,/])[0-3]?\d[./-]\s?(?:[01]?\d|[IVX]{1,4})[./-]\s?\d\d"
                            r"(?![\d])")


# two months of one year, an editor's date of an undated letter ("Oktober/November 1916",
# "May–June 1862"): the year, never the second month alone
MONTH_RANGE = re.compile(rf"\b{_MONTH}\s*[/–-]\s*{_MONTH.replace('<month>', '<month2>')}\s+"
                         rf"{_YEAR}\b", re.I)

# the months a work took, listed before their year ("In the Months of August September &
# October 1790", "June and July 1862"): the year, never the last month alone (a survey, a
# season's journal). Each month's name capitalised, as a list of them is printed
_LISTED_MONTH = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
MONTH_LIST = re.compile(rf"(?<![^\W\d_]){_LISTED_MONTH}(?:\s*,?\s+(?:(?:&|and|et|und|y|e|en)\s+)?"
                        rf"{_LISTED_MONTH}){{1,11}},?\s+{_YEAR}\b", re.I)


def _month_list(text: str, best: re.Match) -> DateFound | None:
    """A list of months over *best*'s year (see MONTH_LIST): the year, its span the list."""
    for m in MONTH_LIST.finditer(text, max(0, best.start() - 120), best.end()):
        words = re.findall(r"[^\W\d_]+", m.group()[:m.start("year") - m.start()])
        named = [w for w in words if _month(w) is not None]
        if m.start() < best.start() < m.end() and len(named) >= 2 \
                and all(w[:1].isupper() for w in named):
            return DateFound(m.start(), m.end(), m.group("year"))
    return None


def find_date(text: str) -> DateFound | None:
    """The first date in *text* (with a following clock time or time range); a date of the
    Hijri, Hebrew or Persian calendar with its Gregorian date in @when (nativedates)."""
    other = nativedates.calendar_date(text)
    found = _find_date(text)
    if other is None or other[2] is None or (found is not None and found.end <= other[0]):
        return found
    return DateFound(other[0], other[1], other[2])


def _find_date(text: str) -> DateFound | None:
    if not text.isascii():          # the digits of any script, a kanji or Hebrew-letter day
        native = _native_date(text)
        text = nativedates.ascii_digits(text)
        if native is not None:
            later = _find_date(text) if YEAR.search(text[:native.start]) else None
            return later if later is not None and later.start < native.start else native
    best = None
    for pattern in DATE_PATTERNS:
        m = pattern.search(text)
        if m and (best is None or m.start() < best.start()):
            best = m
    months = MONTH_RANGE.search(text) if best is not None and (
        "/" in text or "–" in text or "-" in text) else None
    if months is not None and best is not None and months.start() < best.start() < months.end():
        return datebounds.bounded(text, DateFound(months.start(), months.end(),
                                                  months.group("year")), months)
    listed = _month_list(text, best) if best is not None and best.start() else None
    if listed is not None:
        return listed
    words = find_date_in_words(text, best.start() if best else len(text))
    if words is not None:
        return words
    dotted = find_dotted_date(text)
    if dotted is not None and (best is None or dotted.start < best.start()):
        _find_time(text, dotted)
        return dotted
    days = dateranges.month_days(text, _MONTH) if "–" in text or "-" in text \
        or "—" in text else None
    if days is not None and (best is None or days.start <= best.start()):
        return days
    if best is None and (hand := hand_date(text)) is not None:
        return hand
    if best is None:
        for pattern in YEAR_ONLY_PATTERNS:
            m = pattern.search(text)
            if m:
                return DateFound(m.start(), m.end(), m.group("year"))
        return year_in_words(text)
    found = _found(text, best)
    return datebounds.bounded(text, dateranges.range_ending(text, found, _MONTH)) \
        if found is not None else None


def _native_date(text: str) -> DateFound | None:
    """A date in a form of nativedates: a 年月日 date (an era's, kanji numerals), a Hebrew
    letter for the day."""
    found = nativedates.kanji_date(text) or nativedates.hebrew_day_date(
        nativedates.ascii_digits(text), _MONTH, _YEAR)
    return DateFound(*found) if found else None


# A date written out as an act's closing gives it, the day an ordinal or a number word
# after its article or before "day of", the year in words or figures: "the twenty-fifth
# day of September, one thousand nine hundred and twenty-six", "this 4th day of July in
# the year of our Lord 1776", "le cinq avril mil neuf cent trente-trois", "den
# vijf-en-twintigsten September negentienhonderd zes en twintig", "am fünften Mai des
# Jahres neunzehnhundertzwölf", "addì venticinque settembre millenovecentoventisei", "a
# los veinticinco días del mes de septiembre de mil novecientos veintiséis".
_WORD_LEAD = (r"(?P<lead>(?<!\w)(?:the|this|le|l['’]|den|de|am|il|addì|adì|li|lì|el|a|á|à|"
              r"a\s+los|o|aos|hoy|oy|(?:el\s+)?d[ií]a)\s+)")
_DAY_OF = (r"(?P<dayof>(?:day|days|jour|giorno|giorni|días?|dias?|Tag|dag)\s+(?:of|de|del|di|do|"
           r"des|van)\s+(?:the\s+)?(?:(?:month|mois|mese|mes|mês|Monats|maand)\s+(?:of\s+|de\s+|"
           r"di\s+|do\s+|van\s+)?)?|(?:du\s+mois\s+de|del\s+mese\s+di|del\s+mes\s+de|de|del|di|"
           r"des\s+Monats|of)\s+)")
_YEAR_OF = (r"(?:(?:in\s+)?the\s+year(?:\s+of\s+(?:our\s+Lord(?:\s+God)?|grace))?|"
            r"of\s+the\s+year|"
            r"(?:de\s+)?l['’]\s?an(?:\s+de\s+grâce)?|dell['’]\s?anno|nell['’]\s?anno|"
            r"(?:del\s+)?año\s+de|del\s+año|"
            r"do\s+ano\s+de|de|del|des\s+Jahres|im\s+Jahre?|van\s+het\s+jaar|in\s+het\s+jaar|"
            r"anno(?:\s+(?:domini|dni|dom\.?))?|an\.\s?dom\.|A\.\s?D\.?)\s+")


# a day or a year in words: a few words, spaces or hyphens between them (which are number
# words is for number_value to say: a pattern of them all would backtrack without end over
# words that split two ways, "uneuneune…")
_DAY_WORDS = r"[^\W\d_]+(?:[\s-]+[^\W\d_]+){0,6}?"
_YEAR_WORDS = r"[^\W\d_]+(?:[\s-]+[^\W\d_]+){0,9}"
WORD_DATE = re.compile(
    rf"{_WORD_LEAD}?(?<![\w-])(?P<day>{_DAY_WORDS}|[0-3]?\d(?:st|nd|rd|th|d|sten|ste|den|de|er|"
    rf"e|ème|º|°)?)\.?,?\s+{_DAY_OF}?{_MONTH}[,.]?\s+(?:{_YEAR_OF})?"
    rf"(?P<year>1[0-9]{{3}}|20[0-9]{{2}}|{_YEAR_WORDS})(?![\w-])", re.I)
# the month first, then the day and the year in words, as Spanish colonial and notarial
# hands date a petition or a letter ("Panama y Septiembre Veinteycinco de mil Setecientos
# sesenta y seis", "Lima, Marzo diez y seis de mil seiscientos y dos"); the word before the
# year ("de", "del año de") is needed, so the day's words end where the year's begin
WORD_DATE_MONTH_FIRST = re.compile(
    rf"{_MONTH}[,.]?\s+(?:a\s+)?(?P<day>{_DAY_WORDS})[,.]?\s+"
    r"(?:del?\s+(?:año\s+(?:de\s+)?)?|do\s+ano\s+(?:de\s+)?)"
    rf"(?P<year>1[0-9]{{3}}|20[0-9]{{2}}|{_YEAR_WORDS})(?![\w-])", re.I)
DAY_WORD = re.compile(r"(?i)(?:day|jour|giorn|día|dia|tag|dag)")
WORD_START = re.compile(r"(?<![\w-])\w")
# the words every year in words has one of ("mil", "cent" in French and Italian; "mila",
# "duizend" …), so a line without them and without a year in figures has no such date
YEAR_WORDS = ("thousand", "hundred", "mil", "cent", "duizend", "honderd", "tausend",
              "hundert", "cient", "mila")
# a month's name where it is a word of its own: where to look for a date in words
_MONTH_WORD = re.compile(rf"\b{_ANY_MONTH}(?!\w)", re.I)


# a day and a month before a regnal year: "the Twenty third day of March in the Sixteenth
# year of the Reign of …" (regnal.py)
REGNAL_DAY = re.compile(
    rf"{_WORD_LEAD}?(?<![\w-])(?P<day>{_DAY_WORDS}|[0-3]?\d(?:st|nd|rd|th|d)?)\.?,?\s+"
    rf"{_DAY_OF}{_MONTH}", re.I)


def find_date_in_words(text: str, before: int | None = None) -> DateFound | None:
    """The first date in *text* that is written in words, or as a deed writes it ("the
    4th day of July, 1776", or in a year of the sovereign's reign), starting before
    *before*; else None."""
    if not has_year(text):
        return regnal_date(text, before) if "reign" in text.lower() else None
    end = len(text) if before is None else before
    months = itertools.islice(_MONTH_WORD.finditer(text, 0, min(len(text), end + 12)), 40)
    for month in months:             # (40 at most: a line, or a paragraph's first months)
        lo = max(0, month.start() - 120)
        for word in WORD_START.finditer(text, lo, month.start()):
            m = WORD_DATE.match(text, word.start(), month.end() + 200)
            if m is not None and m.start("month") == month.start():
                found = _word_date(m)
                if found is not None and found.start < end:
                    return found
        m = WORD_DATE_MONTH_FIRST.match(text, month.start(), month.end() + 200)
        found = _word_date(m, month_first=True) if m is not None else None
        if found is not None and found.start < end:
            return found
    from .olddates import old_spelling_date  # (the module reads this one)
    return old_spelling_date(text, before)


def regnal_date(text: str, before: int | None) -> DateFound | None:
    """A day and a month in a regnal year ("the Twenty third day of March in the Sixteenth
    year of the Reign of our Sovereign Lord George the Third" -> 1776-03-23)."""
    end = len(text) if before is None else before
    for month in itertools.islice(_MONTH_WORD.finditer(text, 0, min(len(text), end + 12)), 40):
        for word in WORD_START.finditer(text, max(0, month.start() - 120), month.start()):
            m = REGNAL_DAY.match(text, word.start(), month.end() + 1)
            if m is None or m.start("month") != month.start() or not (
                    m.group("lead") or DAY_WORD.match(m.group("dayof") or "")):
                continue
            day = int(re.sub(r"\D", "", m.group("day"))) if m.group("day")[:1].isdigit() \
                else number_value(m.group("day"))
            number = _month(m.group("month"))
            found = regnal.regnal_year(text, m.end(), number, day) if day and number else None
            when = iso_date(found[0], number, day) if found and number and day else None
            if when and m.start("day") < end:
                return DateFound(m.start("day"), found[1], when) if found else None
    return None


# a year named as the year in words, with no day or month: a notary's "en el año de mil
# setecientos sesenta y seis", "no anno de mil e setecentos", "l'an mil sept cent": the
# year of the act where nothing else dates it (the word for year says it is a date)
YEAR_IN_WORDS = re.compile(r"(?<![\w-])(?:año|anno|ano|l['’]\s?an|year)\s+"
                           rf"(?:de\s+|of\s+our\s+lord\s+)?(?P<year>{_YEAR_WORDS})", re.I)


def year_in_words(text: str) -> DateFound | None:
    """The year of YEAR_IN_WORDS in *text* (1000-2099), else None."""
    low = text.lower()
    if "mil" not in low and "thousand" not in low:
        return None
    for m in itertools.islice(YEAR_IN_WORDS.finditer(text), 5):
        year, end = _year_in_words(m)
        if year is not None and 1000 <= year <= 2099:
            return DateFound(m.start(), end, str(year))
    return None


def colonial_form(text: str) -> bool:
    """Is the date *text* in one of the forms of colonial and notarial hands: a month's old
    spelling, the day or the year in words ("Septiembre Veinteycinco de mil Setecientos
    sesenta y seis")?"""
    words = {w.casefold() for w in re.findall(r"[^\W\d_]+", text)}
    return bool(words & OLD_MONTHS.keys()) or ("mil" in words and not YEAR.search(text))


def has_year(text: str) -> bool:
    """Can *text* hold a year? (A quick look: every year has figures or one of YEAR_WORDS.)"""
    if YEAR.search(text):
        return True
    low = text.lower()
    return any(word in low for word in YEAR_WORDS)


def _word_date(m: re.Match, month_first: bool = False) -> DateFound | None:
    if not month_first and not (m.group("lead") or DAY_WORD.match(m.group("dayof") or "")):
        return None                  # a number before a month is no day without either
    day_text, year_text = m.group("day"), m.group("year")
    day = int(day_text[:2].rstrip("abcdefghijklmnopqrstuvwxyzèº°")) if day_text[:1].isdigit() \
        else number_value(day_text)
    year, end = (int(year_text), m.end()) if year_text.isdecimal() else _year_in_words(m)
    month = _month(m.group("month"))
    if not day or not year or not month or not 1000 <= year <= 2099:
        return None
    when = iso_date(year, month, day)
    start = m.start("month") if month_first else m.start("day")
    return DateFound(start, end, when) if when else None


def _year_in_words(m: re.Match) -> tuple[int | None, int]:
    """The year the words after the month say, the longest run of them that is a number
    ("one thousand nine hundred and twenty-six in one copy" -> 1926), and where it ends."""
    words = list(re.finditer(r"[^\W\d_]+", m.group("year")))
    for n in range(len(words), 0, -1):
        value = number_value(m.group("year")[:words[n - 1].end()])
        if value is not None:
            return value, m.start("year") + words[n - 1].end()
    return None, m.end()


def date_at(text: str, pos: int = 0) -> DateFound | None:
    """The date that starts at *pos* in *text* (with its time), else None: one anchored
    try of each form, not a search of the whole text."""
    if not YEAR.search(text, pos):      # every form has a year: most lines have none
        return None
    for pattern in DATE_PATTERNS:
        m = pattern.match(text, pos)
        if m:
            return _found(text, m)
    return None


def _found(text: str, best: re.Match) -> DateFound | None:
    groups = best.groupdict()
    day = int(groups["day"].replace(" ", "")) if groups.get("day") else None
    month = _month(groups["month"])
    when = iso_date(int(groups["year"]), month, day) if month else None
    if when is None:
        return None
    found = DateFound(best.start(), best.end(), when)
    _find_time(text, found)
    return found


def _find_time(text: str, found: DateFound) -> None:
    rest = text[found.end:]
    m = re.match(r"[\s,;—–-]*", rest)
    lead = m.end() if m else 0
    if lead == 0 and rest[:1].isdigit():
        return
    after = rest[lead:]
    base = found.end + lead
    rng = TIME_RANGE.match(after)
    if rng and (rng.group("aap") or rng.group("bap") or rng.group("am") or rng.group("bm")):
        a = _clock(rng.group("ah"), rng.group("am"), rng.group("aap") or rng.group("bap"))
        b = _clock(rng.group("bh"), rng.group("bm"), rng.group("bap"))
        if a and b:
            if a > b and not rng.group("aap") and rng.group("bap") == "p":
                a = _clock(rng.group("ah"), rng.group("am"), "a")   # 11:30–1 p.m.
            found.time_start, found.time_end = base, base + rng.end()
            found.time_from, found.time_to = a, b
            return
    one = TIME_ONE.match(after)
    if one:
        if one.group("h24"):
            t = _clock(one.group("h24"), one.group("m24"), None)
            t = t + "Z" if t else None
        elif one.group("hc"):
            t = _clock(one.group("hc"), one.group("mc"), None)
        else:
            t = _clock(one.group("h"), one.group("m"), one.group("ap"))
        if t:
            found.time_start, found.time_end, found.time_when = base, base + one.end(), t


def _clock(hour: str, minute: str | None, ampm: str | None) -> str | None:
    h, m = int(hour), int(minute or 0)
    if ampm and h <= 12:
        ampm = ampm.lower()
        if ampm == "p" and h < 12:
            h += 12
        elif ampm == "a" and h == 12:
            h = 0
    if h > 23 or m > 59:
        return None
    return f"{h:02d}:{m:02d}:00"


# the citation of an act by its date and number ("от 07.02.2004 г. N 47-рп", "of 5 March
# 1900 No. 12", "du 5 mars 1900 n° 12", "vom 5. März 1900 Nr. 12"): a reference to another
# act, never where and when the text was written
CITED_BEFORE = re.compile(r"(?i)^\W*(?:от|of|du|vom|del|de|z\s+dnia|ze\s+dnia)\s*$")
CITED_AFTER = re.compile(r"(?i)^\s*(?:г\.|года|r\.)?\s*,?\s*(?:N|No\.?|№|Nr\.?|n[º°o]\.?)\s*\d")


INITIAL = re.compile(r"\b[A-Z]\.(?:\s?[A-Z]\.)+")      # a state's initials: "N. C."


def looks_like_dateline(text: str) -> bool:
    """A short line that is mostly a place and a date."""
    found = find_date(text)
    if found is None or len(text) > 160:
        return False
    if CITED_BEFORE.match(text[:found.start]) and CITED_AFTER.match(text[found.end:]):
        return False
    before = re.sub(r"\bd\.\s*$", "", text[:found.start])     # German "d." (den) before the day
    lower = [w for w in before.split() if w[:1].islower()]
    after = text[found.end:].split()
    if len(found.when) == 4 and after:        # a year alone ends its dateline: "…Roku 1764.
        return False                          # ustanowiwszy…" is a sentence
    words = before.split()
    if lower and "," not in before and len(lower[-1].strip("(")) >= 4 and words[-1] == lower[-1] \
            and words[0][:1].isupper() and not WEEKDAY.match(words[0]):
        return False        # "Wij schrijven september 1944.": a sentence (a verb before the
        #                     date, no comma), no place
    # (initials' full stops are no sentence's end: "Wilmington, N. C., Monday Evening,")
    return len(before.split()) <= 6 and not re.search(r"[.;:!?]\s", INITIAL.sub("", before)) \
        and len(lower) <= 1 and len(after) <= 12


# a sentence's end inside a line (not an initial's or an abbreviation's: three letters
# before it)
SENTENCE_END = re.compile(r"(?<=[^\W\d_]{3}[.!?])\s+(?=[A-ZÁÉÍÓÚÑ])")


def place_and_date_at_end(text: str) -> str | None:
    """The last sentence of *text* where it is a place and a date and nothing after them
    ("… El Defensor de menores pide justicia. Antioquia, Nobiembre 4 de 1761", "… que asi
    es de Justicia. Panama y Septiembre Veinteycinco de mil Setecientos sesenta y seis."),
    as colonial Spanish and Portuguese petitions and notarial acts end; else None."""
    parts = SENTENCE_END.split(text.strip())
    tail = parts[-1].strip()
    if len(parts) < 2 or not 8 <= len(tail) <= 100 or not looks_like_dateline(tail):
        return None
    found = find_date(tail)
    return tail if found is not None and not tail[found.end:].strip(" .") else None


# An e-mail's or Usenet post's "Date:" header as RFC 822 (1982) writes it, whose year may
# have two digits ("25 Aug 91 20:57:08 GMT"): RFC 2822 §4.3 reads 00–49 as 20YY and
# 50–99 as 19YY (the four-digit form is found by find_date already)
RFC822_DATE = re.compile(r"(?:\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),\s*)?\b(?P<day>[0-3]?\d)\s+"
                         r"(?P<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s+"
                         r"(?P<year>\d\d)\s+[0-2]\d:[0-5]\d(?::[0-5]\d)?\b")


def find_rfc822_date(text: str) -> DateFound | None:
    m = RFC822_DATE.search(text)
    if m is None:
        return None
    year = int(m.group("year"))
    when = iso_date(year + (2000 if year < 50 else 1900), MONTHS[m.group("month").casefold()],
                    int(m.group("day")))
    return DateFound(m.start(), m.end(), when) if when else None


# A diary entry's heading that is its day-date and nothing more, often without the year
# the page or the entry before gives ("Sunday April 1st", "Wednesday 4th", "Thurs. 31 Dec.",
# "Mercredi 24 décembre", "3rd."): weekday (full or abbreviated, in the languages of
# WEEKDAY), day with its ordinal suffix, month, optional year
_WEEKDAY_ANY = r"(?:" + WEEKDAY.pattern[4:] + r"|" + WEEKDAY_ABBR.pattern[4:] + r")"
DAY_HEADING = re.compile(
    rf"^[^\w]*(?P<wd>{_WEEKDAY_ANY}[.,]?\s*)?"
    rf"(?:{_MONTH},?\s*{_DAY}|"
    rf"{_DAY.replace('<day>', '<day2>')}\.?\s+(?:of\s+|de\s+)?"
    rf"{_MONTH.replace('<month>', '<month2>')}|(?P<dayonly>[0-3]?\d)(?:st|nd|rd|th|d|er)?)"
    rf"[.,]?(?:\s*,?\s*{_YEAR})?[^\w]*$",
    re.I)


# a short label before a heading's day-date: an entry's number or name in three words at
# most, closed by a comma, a full stop, a colon or a dash ("Día uno, Jueves, 23 Diciembre",
# "Day 3 — Monday 5 May", "Jour 2. 4 mai", "Entry 14: 12th March")
DAY_LABEL = re.compile(r"\W{0,3}(?:[^\W_]+\s+){0,2}[^\W_]+\s*(?:[,.:]|\s[-–—])\s*")


def day_heading(text: str, context: str | None) -> DateFound | None:
    """The date of a heading that is a day-date (see DAY_HEADING), its year (and month,
    when the heading has none) carried from *context*, the last date before it (ISO);
    None without evidence of the year (no date is invented). A month before the
    context's month is of the next year (December, then January); a day before the
    context's day with no month is of the next month. A short label may stand before the
    date (DAY_LABEL): the date is then the rest of the heading, with a month named."""
    found = _day_heading(text, context)
    label = DAY_LABEL.match(text) if found is None else None
    if label is not None and label.end() < len(text) and not any(
            _weekday_number(word) is not None for word in re.findall(r"[^\W\d_]+", label.group())):
        # (a weekday is no label: "Martes, 24 Diciembre" of a Friday stays undated)
        rest = DAY_HEADING.match(text[label.end():])
        if rest is not None and (rest.group("month") or rest.group("month2")):
            inner = _day_heading(text[label.end():], context)
            if inner is not None:
                return DateFound(inner.start + label.end(), inner.end + label.end(), inner.when)
    return found


def _day_heading(text: str, context: str | None) -> DateFound | None:
    m = DAY_HEADING.match(text)
    if m is None or (m.group("dayonly") and not m.group("wd")):
        return None                           # ("4th" alone: a number, not a day)
    day = int(m.group("day") or m.group("day2") or m.group("dayonly"))
    written = m.group("month") or m.group("month2")
    month = _month(written) if written else None
    if m.group("year"):
        year = int(m.group("year"))
    else:
        ctx = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", context or "")
        if ctx is None or (month is None and ctx.group(2) is None):
            return None
        year, ctx_month = int(ctx.group(1)), int(ctx.group(2) or 0)
        ctx_day = int(ctx.group(3) or 0)
        if month is None:
            month = ctx_month
            if ctx_day and day < ctx_day:     # the day goes back: the next month
                year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        elif ctx_month and month < ctx_month:
            year += 1
    when = iso_date(year, month, day)
    wd = _weekday_number(m.group("wd") or "")
    if when and wd is not None and dt.date.fromisoformat(when).weekday() != wd:
        # the weekday says which year ("Thurs. 31 Dec." under a running head "1819" is of
        # 1818): the year beside the context's that fits, else no date
        when = next((w for y in (year - 1, year + 1) if (w := iso_date(y, month, day))
                     and dt.date.fromisoformat(w).weekday() == wd), None)
    if when is None:
        return None
    parts = ("month", "day", "day2", "month2", "dayonly", "year")
    start = m.start("wd") if m.group("wd") else min(m.start(g) for g in parts if m.group(g))
    end = max(max(m.end(g) for g in parts if m.group(g)),      # (with the day's "st")
              len(text.rstrip(" \t.,;:!?-–—)]*_")))
    return DateFound(start, end, when)


# a diary's entry run into its first sentence, opening with the weekday (or a part of the
# day: "Zaterdagmiddag", "Sonntagabend", "Tuesday evening"), the day and the month and no
# year: "Zaterdagmiddag 23 september kwamen …", "Maandag 25 september werd …"
RUN_IN_DAY = re.compile(
    rf"^\W{{0,3}}(?P<wd>{WEEKDAY.pattern[4:]})(?P<part>[^\W\d_]{{0,8}})[.,]?\s+"
    rf"(?:(?:morning|afternoon|evening|night|morgen|middag|avond|nacht|matin|soir)[.,]?\s+)?"
    rf"{_DAY}\.?\s+(?:of\s+|de\s+)?{_MONTH}(?![\w-]|\.?,?\s*(?:1[0-9]{{3}}|20[0-9]{{2}})\b)",
    re.I)


# a day-date opening a row's first cell in a diary's form ("Sept 1st ST. SAUVEURS. 6am",
# "Sept 22nd 1914.", "3 Oct"): month and day (either order) and an optional year
CELL_DAY = re.compile(rf"^\W{{0,2}}(?:{_MONTH}\s*{_DAY}|"
                      rf"{_DAY.replace('<day>', '<day2>')}\.?\s+"
                      rf"{_MONTH.replace('<month>', '<month2>')})"
                      rf"(?:\s*,?\s*{_YEAR})?(?![\w-])", re.I)


def cell_day(text: str, context: str | None) -> DateFound | None:
    """The date that opens a table's cell (CELL_DAY), its year its own or *context*'s
    (day_heading's rules), else None."""
    m = CELL_DAY.match(text)
    if m is None:
        return None
    found = day_heading(m.group().strip(" \t.,;:"), context)
    return DateFound(m.start() + found.start, m.start() + found.end, found.when) \
        if found is not None else None


def run_in_day(text: str, context: str | None) -> DateFound | None:
    """The date of a day-date that opens a diary's paragraph without its year (RUN_IN_DAY),
    the year from *context* (day_heading's rules), the weekday agreeing; else None."""
    m = RUN_IN_DAY.match(text)
    if m is None or not context:
        return None
    found = day_heading(f"{m.group('wd')} {m.group('day')} {m.group('month')}", context)
    if found is None:
        return None
    return DateFound(m.start("wd"), m.end("month"), found.when)


# the weekdays WEEKDAY names, Monday 0 … Sunday 6, in its languages (French, German,
# Spanish, Italian, Dutch, Portuguese, Malay, Indonesian, Swedish, Danish and Norwegian)
WEEKDAY_NUMBERS = {name: n for n, names in enumerate((
    "lundi montag lunes lunedì maandag segunda-feira isnin senin måndag mandag",
    "mardi dienstag martes martedì dinsdag terça-feira selasa tisdag tirsdag",
    "mercredi mittwoch miércoles mercoledì woensdag quarta-feira rabu onsdag",
    "jeudi donnerstag jueves giovedì donderdag quinta-feira khamis kamis torsdag",
    "vendredi freitag viernes venerdì vrijdag sexta-feira jumaat jumat fredag",
    "samedi samstag sonnabend sábado sabato zaterdag lördag lørdag",
    "dimanche sonntag domingo domenica zondag ahad söndag søndag")) for name in names.split()}


def _weekday_number(text: str) -> int | None:
    """Monday 0 … Sunday 6 of a weekday: English (full or abbreviated) or a full name in
    another language of WEEKDAY ("Jueves", "Maandag", "mercredi"), else None."""
    word = text.strip(" .,").casefold()
    if word in WEEKDAY_NUMBERS:
        return WEEKDAY_NUMBERS[word]
    key = word[:3]
    return {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}.get(key) \
        if key and text.strip()[:1].isalpha() and WEEKDAY_ABBR.match(text.strip()) else None


# a date alone on its line as OCR reads a typescript's: the month's name may have one
# letter wrong ("30 Octaber 1962", "Septembcr 4, 1963")
OCR_DATE = re.compile(r"^\W{0,3}(?:(?P<day>[0-3]?\d)\s+(?P<month>[^\W\d_]{5,10})\.?,?|"
                      r"(?P<month2>[^\W\d_]{5,10})\.?\s+(?P<day2>[0-3]?\d),?)\s+"
                      r"(?P<year>1[5-9]\d\d|20\d\d)\W{0,3}$")
_FULL_MONTHS = [m for m in MONTHS if len(m) >= 5 and m.isalpha()]


def _near_month(word: str) -> int | None:
    """The month whose full name *word* is, or misses by one letter (OCR)."""
    word = word.casefold()
    if word in MONTHS:
        return MONTHS[word]
    for name in _FULL_MONTHS:
        if abs(len(name) - len(word)) <= 1 and name[0] == word[0] and _one_edit(name, word):
            return MONTHS[name]
    return None


def _one_edit(a: str, b: str) -> bool:
    """Are *a* and *b* one substitution, insertion or deletion apart?"""
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    if len(a) > len(b):
        a, b = b, a
    return any(a == b[:k] + b[k + 1:] for k in range(len(b)))


ENGLISH_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
                  "september", "october", "november", "december"]
# a hand's abbreviations not among MONTHS ("Janry 1 '65", "Septbr 10th")
HAND_MONTHS = {"janry": 1, "janny": 1, "septbr": 9, "octbr": 10, "novbr": 11, "decbr": 12}
# a dateline as a 19th-century hand writes it, alone on its line or after the place and a
# comma: the month misspelt or abbreviated ("Febuary", "Septr", "Janry"), the day, and a
# year of four figures or two ("Febuary 3d 64", "Septr 10th 63", "Janry 1 '65", "Jany 3rd
# /63", "Januery the 1st / 61"); an editor's bracket after it may follow
HAND_DATE = re.compile(r"^(?P<lead>[^\d\n,\[\]*]{1,60},\s*)?"
                       r"(?P<date>(?P<month>[A-Za-z]{3,10})\.?\s+"
                       r"(?:the\s+)?(?P<day>[0-3]?\d)(?!\d)(?:st|nd|rd|th|d)?\.?,?"
                       r"(?:\s+|\s*['’/]\s?)(?P<year>1[5-9]\d\d|\d\d))(?!\d)"
                       r"\.?\s*(?:\[[^\]]*\])?[.,;:!]?\s*$")   # (no "*]": a note's end)
# its year of two figures (as a date's text, for the document's century: see
# readers.document): the month's word, the day, the two figures at the end
HAND_TWO_DIGIT_YEAR = re.compile(r"[A-Za-z]{3,10}\.?\s+(?:the\s+)?[0-3]?\d(?!\d)"
                                 r"(?:st|nd|rd|th|d)?\.?,?(?:\s+|\s*['’/]\s?)(?<!\d)\d\d"
                                 r"(?!\d)\W*$")


def hand_month(word: str) -> int | None:
    """A month as a hand writes it: its name or abbreviation (MONTHS, HAND_MONTHS), or an
    English month's name one letter off ("Febuary", "Januery", "Agust", "Septembr")."""
    word = word.casefold()
    if word in MONTHS:
        return MONTHS[word]
    if word in HAND_MONTHS:
        return HAND_MONTHS[word]
    for k, name in enumerate(ENGLISH_MONTHS, 1):
        if len(word) >= 5 and len(name) >= 5 and name[0] == word[0] \
                and abs(len(name) - len(word)) <= 1 and _one_edit(name, word):
            return k
    return None


def hand_date(text: str) -> DateFound | None:
    """HAND_DATE: its @when; a year of two figures is read provisionally in the 20th
    century, and readers.document gives it the century the document states, or no @when
    where none is evident (never a century guessed)."""
    m = HAND_DATE.match(text.strip())
    if m is None:
        return None
    month = hand_month(m.group("month"))
    year = int(m.group("year")) if len(m.group("year")) == 4 else 1900 + int(m.group("year"))
    when = iso_date(year, month, int(m.group("day"))) if month else None
    if when is None or len(when) < 10:
        return None
    lead = len(text) - len(text.lstrip())
    return DateFound(lead + m.start("date"), lead + m.end("date"), when)


def date_alone(text: str) -> DateFound | None:
    """A line that is a date and nothing more ("30 October 1962", "30 Octaber 1962")."""
    m = OCR_DATE.match(text.strip())
    if m is None:
        return None
    month = _near_month(m.group("month") or m.group("month2"))
    day = int(m.group("day") or m.group("day2"))
    when = iso_date(int(m.group("year")), month, day) if month else None
    if when is None:
        return None
    lead = len(text) - len(text.lstrip())
    return DateFound(lead + m.start(), lead + m.end(), when)
