"""The XML Schema datatypes RELAX NG grammars use (TEI-All needs 20 of them), checked the
way jing checks them, with a sentence an editor understands for each."""
from __future__ import annotations

import calendar
import re
import unicodedata
from functools import lru_cache

NAME_START = r"A-Za-z_\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF" \
             r"\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF" \
             r"\uFDF0-\uFFFD\U00010000-\U000EFFFF"
NAME_CHAR = NAME_START + r"\-.0-9\u00B7\u0300-\u036F\u203F-\u2040"
NCNAME = re.compile(f"[{NAME_START}][{NAME_CHAR}]*")
NAME = re.compile(f"[:{NAME_START}][:{NAME_CHAR}]*")
TZ = r"(Z|[+-](?:(?:0\d|1[0-3]):[0-5]\d|14:00))?"
YEAR = r"-?(?:[1-9]\d{4,}|\d{4})"
LEXICAL = {
    "boolean": r"true|false|1|0",
    "decimal": r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)",
    "integer": r"[+-]?\d+",
    "nonNegativeInteger": r"\+?\d+|-0+",
    "positiveInteger": r"\+?0*[1-9]\d*",
    "nonPositiveInteger": r"-\d+|\+?0+",
    "negativeInteger": r"-0*[1-9]\d*",
    "double": r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?|INF|-INF|NaN",
    "float": r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?|INF|-INF|NaN",
    "date": YEAR + r"-(?P<m>\d\d)-(?P<d>\d\d)" + TZ,
    "dateTime": YEAR + r"-(?P<m>\d\d)-(?P<d>\d\d)T(?P<t>\d\d:\d\d:\d\d(?:\.\d+)?)" + TZ,
    "time": r"(?P<t>\d\d:\d\d:\d\d(?:\.\d+)?)" + TZ,
    "gYear": YEAR + TZ,
    "gYearMonth": YEAR + r"-(?P<m>\d\d)" + TZ,
    "gMonth": r"--(?P<m>\d\d)" + TZ,
    "gMonthDay": r"--(?P<m>\d\d)-(?P<d>\d\d)" + TZ,
    "gDay": r"---(?P<d>\d\d)" + TZ,
    "duration": r"-?P(?=\d|T\d)(?:\d+Y)?(?:\d+M)?(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?"
                r"(?:\d+(?:\.\d+)?S)?)?",
    "language": r"[a-zA-Z]{1,8}(?:-[a-zA-Z0-9]{1,8})*",
    "hexBinary": r"(?:[0-9a-fA-F]{2})*",
}
COMPILED = {k: re.compile(v) for k, v in LEXICAL.items()}
# what each type is, in an editor's words (the message says "must be …")
DESCRIBED = {
    "boolean": "true or false", "decimal": "a decimal number", "integer": "a whole number",
    "nonNegativeInteger": "a whole number (0 or more)",
    "positiveInteger": "a whole number (1 or more)", "double": "a number",
    "float": "a number", "date": "a date such as 1944-06-11",
    "dateTime": "a date and time such as 1945-07-09T21:00:00",
    "time": "a time such as 21:00:00", "gYear": "a year such as 1944",
    "gYearMonth": "a year and month such as 1944-06", "gMonth": "a month such as --06",
    "gMonthDay": "a month and day such as --06-11", "gDay": "a day such as ---11",
    "duration": "a duration such as P3D or PT2H", "language": "a language tag such as en, de "
    "or fr-CA", "anyURI": "a URI", "NCName": "a name without spaces "
    "or colons, beginning with a letter", "Name": "a name without spaces, beginning with a "
    "letter", "ID": "an identifier without spaces or colons, beginning with a letter",
    "IDREF": "an identifier", "IDREFS": "identifiers", "token": "text", "string": "text",
    "NMTOKEN": "a word without spaces", "QName": "a name such as tei:p",
}
URI_EXCLUDED = set('<>"{}|\\^`') | {chr(c) for c in range(0x21)} | {"\x7f"}


def collapse(s: str) -> str:
    return " ".join(s.split())


def normalize(typ: str, s: str) -> str:
    """The value as the datatype sees it (whitespace collapsed except for strings)."""
    return s if typ in ("string", "xsd:string") else collapse(s)


def lexical(typ: str, s: str) -> bool:
    """Whether *s* (already normalized) is in the lexical space of *typ*."""
    name = typ[4:] if typ.startswith("xsd:") else typ
    if name in ("string", "token", "normalizedString"):
        return True
    if name in ("NCName", "ID", "IDREF", "ENTITY"):
        return bool(NCNAME.fullmatch(s))
    if name == "Name":
        return bool(NAME.fullmatch(s))
    if name in ("IDREFS", "ENTITIES"):
        return bool(s) and all(NCNAME.fullmatch(t) for t in s.split(" "))
    if name == "NMTOKEN":
        return bool(s) and bool(re.fullmatch(f"[{NAME_CHAR}:]+", s))
    if name == "NMTOKENS":
        return bool(s) and all(re.fullmatch(f"[{NAME_CHAR}:]+", t) for t in s.split(" "))
    if name == "QName":
        parts = s.split(":")
        return 1 <= len(parts) <= 2 and all(NCNAME.fullmatch(p) for p in parts)
    if name == "anyURI":
        return uri(s)
    pattern = COMPILED.get(name)
    if pattern is None:
        return True                      # an unknown type: the grammar decides nothing here
    m = pattern.fullmatch(s)
    if not m:
        return False
    return _valid_parts(m)


def _valid_parts(m) -> bool:
    groups = m.groupdict()
    month = groups.get("m")
    if month is not None and not 1 <= int(month) <= 12:
        return False
    day = groups.get("d")
    if day is not None:
        limit = 31
        if month is not None:
            year_m = re.match(r"-?(\d+)", m.string)
            year = int(year_m.group(1)) if year_m and m.string[:1] != "-" and \
                m.string[:2] != "--" else 2000
            limit = calendar.monthrange(year % 400 + 2000 if year else 2000, int(month))[1]
        if not 1 <= int(day) <= limit:
            return False
    t = groups.get("t")
    if t is not None:
        h, mi, sec = t.split(":")
        if int(mi) > 59 or float(sec) >= 60 or int(h) > 24 or (
                int(h) == 24 and (int(mi) or float(sec))):
            return False
    return True


def uri(s: str) -> bool:
    """jing's test of an anyURI: no characters a URI never holds, %XX escapes complete,
    at most one #."""
    if any(c in URI_EXCLUDED for c in s):
        return False
    for i, c in enumerate(s):
        if c == "%" and not re.fullmatch(r"[0-9A-Fa-f]{2}", s[i + 1:i + 3]):
            return False
    return s.count("#") <= 1


def _no_space(s: str) -> bool:
    return bool(s) and not any(c in " \t\n\r" for c in s)


def _no_control_or_separator(s: str) -> bool:
    return bool(s) and all(unicodedata.category(c)[0] not in "CZ" for c in s)


# TEI's two commonest patterns (350 of TEI-All's 395), tested directly: translating an XSD
# class such as \p{Z} to a Python regular expression takes elementpath half a second
FAST_PATTERNS = {r"\S+": _no_space, r"[^\p{C}\p{Z}]+": _no_control_or_separator}


@lru_cache(maxsize=512)
def xsd_regex(pattern: str):
    """A test for the XSD regular expression *pattern* (the whole value must match)."""
    if pattern in FAST_PATTERNS:
        return FAST_PATTERNS[pattern]
    from elementpath.regex import translate_pattern
    compiled = re.compile(translate_pattern(pattern, anchors=False))
    return lambda s: compiled.fullmatch(s) is not None


def allows(typ: str, params: dict, value: str) -> bool:
    s = normalize(typ, value)
    if not lexical(typ, s):
        return False
    for name, arg in params.items():
        if name == "pattern" and not xsd_regex(arg)(s):
            return False
        if name in ("minLength", "maxLength", "length"):
            n = len(s)
            if (name == "minLength" and n < int(arg)) or (name == "maxLength" and n > int(arg)) \
                    or (name == "length" and n != int(arg)):
                return False
    return True


def equal(typ: str, a: str, b: str) -> bool:
    """Value equality for <value> (string: exact; token and the rest: whitespace
    collapsed)."""
    return normalize(typ, a) == normalize(typ, b)


def describe(typ: str, params: dict) -> str:
    name = typ[4:] if typ.startswith("xsd:") else typ
    what = DESCRIBED.get(name, f"a value of type {name}")
    pattern = params.get("pattern")
    if pattern == r"\S+" and name == "anyURI":
        return "a URI without spaces (write a space as %20)"
    if pattern == r"\S+" or pattern == "[^\\p{C}\\p{Z}]+":
        return what + " without spaces" if "without spaces" not in what else what
    if pattern:
        return f"{what} of the form {pattern}"
    return what
