"""Integrity rules beyond the schema (what Schematron does in TEI projects), each a small
named function with a stable code. A profile picks which of them run.

=====================  ===============================================================
code                   rule
=====================  ===============================================================
not-tei                the root element is TEI (or teiCorpus) in the TEI namespace
not-teikit             (warning) the file names teikit as the application that made it
header-missing         the header has a title, a publication statement, a source
duplicate-id           every xml:id is unique
unresolved-ref         every #ref in @who, @target, @corresp, @ref, @calendar names an xml:id
speaker-not-in-header  every sp/@who names a <person> of the header
bad-date               @when, @from, @to, @notBefore, @notAfter are ISO 8601
date-order             @from is not after @to (nor @notBefore after @notAfter)
date-together          (warning) no @when beside @notBefore, @notAfter, @from or @to, no
                       @from beside @notBefore, no @to beside @notAfter (att.datable.w3c)
duplicate-note-number  note numbers are unique within a document
empty-element          no empty <p>, <head>, <title>, <editor>, <author>, <publisher> …
placeholder            no placeholder text in the header (ENTER..., insert_..., TODO)
too-large              (tapas) the file is at most 10 MB
speaker-not-in-particdesc  (dracor) every sp/@who names a person of particDesc
licence                (dracor) the licence is given with its URL
tei-constraints        (tei-all) TEI-All's own Schematron constraints, as warnings,
                       each with its code tei:… (validate/schematron.py)
=====================  ===============================================================
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cached_property

from lxml import etree

from ..tei import TEI_NS, XML_ID
from .findings import Finding

T = f"{{{TEI_NS}}}"
POINTER_ATTRS = ("who", "target", "corresp", "ref", "calendar")
DATE_ATTRS = ("when", "from", "to", "notBefore", "notAfter")
# elements whose @from/@to are pages, folios or pointers, not dates
NOT_DATED = {"biblScope", "citedRange", "locus", "locusGrp", "span", "spanGrp", "app", "arc"}
TAPAS_LIMIT = 10 * 1000 * 1000          # TAPAS: "files up to 10 MB"


@dataclass
class Doc:
    """A parsed document and what several rules need, computed once."""

    root: etree._Element
    size: int = 0

    @cached_property
    def header(self):
        return _child(self.root, "teiHeader")

    @cached_property
    def names(self) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
        """The element names and attribute names used, as (namespace, local name)."""
        from .schemas import document_names
        return document_names(self.root)

    @cached_property
    def ids(self) -> dict[str, etree._Element]:
        """xml:id -> first element carrying it."""
        out: dict[str, etree._Element] = {}
        for value in self.root.xpath("//@xml:id"):
            out.setdefault(value.strip(), value.getparent())
        return out


Rule = Callable[[Doc], Iterator[Finding]]


def not_tei(doc: Doc) -> Iterator[Finding]:
    root = doc.root
    local = root.tag.split("}", 1)[-1]
    if root.tag in (T + "TEI", T + "teiCorpus"):
        return
    if local == "TEI":
        ns = root.tag[1:].split("}")[0] if root.tag.startswith("{") else ""
        where = f"the namespace {ns!r}" if ns else "no namespace"
        yield Finding(f"<TEI> is in {where}; TEI elements must be in the TEI namespace: "
                      f'write <TEI xmlns="{TEI_NS}">', "not-tei", root)
    else:
        yield Finding(f"the root element is <{local}>, not <TEI> or <teiCorpus>; this is "
                      "not a TEI document", "not-tei", root)


HEADER_PARTS = [
    ("fileDesc/titleStmt/title", "title", "the header has no <title> in "
     "fileDesc/titleStmt; give the document's title"),
    ("fileDesc/publicationStmt", "publicationStmt", "the header has no <publicationStmt>; "
     "say who publishes the text (or that it is unpublished)"),
    ("fileDesc/sourceDesc", "sourceDesc", "the header has no <sourceDesc>; say where the "
     "text comes from"),
]


def header_missing(doc: Doc) -> Iterator[Finding]:
    header = doc.header
    if header is None:
        yield Finding("the document has no <teiHeader>; every TEI document begins with one "
                      "(title, publication statement, source)", "header-missing", doc.root,
                      supersedes_schema=True)
        return
    for path, _name, message in HEADER_PARTS:
        if not _has_path(header, path.split("/")):
            parent = _child(header, "fileDesc")
            yield Finding(message, "header-missing", parent if parent is not None else header,
                          supersedes_schema=True)


def _child(el, name: str):
    """The first child <name> of *el* (in TEI's namespace), or None: ``el.find(T + name)``
    without ElementPath's parsing, on every file."""
    return next(el.iterchildren(T + name), None)


def _has_path(el, steps: list[str]) -> bool:
    """Whether ``el.find("T+a/T+b/…")`` finds an element (some child a with a child b…)."""
    if not steps:
        return True
    return any(_has_path(c, steps[1:]) for c in el.iterchildren(T + steps[0]))


def duplicate_id(doc: Doc) -> Iterator[Finding]:
    first: dict[str, etree._Element] = {}
    for value in doc.root.xpath("//@xml:id"):
        el = value.getparent()
        key = value.strip()
        if key in first:
            yield Finding(f'xml:id "{key}" is used again (first on line '
                          f"{first[key].sourceline}); identifiers must be unique",
                          "duplicate-id", el, XML_ID, supersedes_schema=True)
        else:
            first[key] = el


def _pointers(doc: Doc, names=POINTER_ATTRS):
    """(element, attribute, token) for every '#id' token in the pointer attributes."""
    expr = "|".join(f"//@{n}" for n in names)
    for value in doc.root.xpath(expr):
        for token in value.split():
            if token.startswith("#"):
                yield value.getparent(), value.attrname, token


def unresolved_ref(doc: Doc) -> Iterator[Finding]:
    ids = doc.ids
    for el, attr, token in _pointers(doc):
        if token[1:] not in ids:
            yield Finding(f'@{attr}="{token}" on <{_local(el)}> points to nothing: no element '
                          f'has xml:id="{token[1:]}"', "unresolved-ref", el, attr)


def _speakers(doc: Doc, scope: str, code: str, where: str) -> Iterator[Finding]:
    ids = doc.ids
    container = doc.header
    if container is not None and scope != "teiHeader":
        container = container.find(".//" + T + scope)
    for sp in doc.root.iter(T + "sp"):
        who = sp.get("who")
        if who is None:
            if sp.find(T + "speaker") is not None:
                yield Finding(f"<sp> has no @who; point it to the speaker's <person> in "
                              f"{where}", code, sp)
            continue
        for token in who.split():
            target = ids.get(token[1:]) if token.startswith("#") else None
            if target is None:
                if not token.startswith("#"):
                    yield Finding(f'@who="{token}" on <sp> is not a #reference to a person '
                                  f"in {where}", code, sp, "who")
                continue       # an unresolved #ref is reported once, as unresolved-ref
            in_scope = container is not None and any(a is container
                                                     for a in target.iterancestors())
            if _local(target) not in ("person", "personGrp") or not in_scope:
                yield Finding(f'@who="{token}" on <sp> points to a <{_local(target)}> on line '
                              f"{target.sourceline}, not to a <person> in {where}", code,
                              sp, "who")


def speaker_not_in_header(doc: Doc) -> Iterator[Finding]:
    yield from _speakers(doc, "teiHeader", "speaker-not-in-header", "the header")


def speaker_not_in_particdesc(doc: Doc) -> Iterator[Finding]:
    if doc.header is None:
        return
    yield from _speakers(doc, "particDesc", "speaker-not-in-particdesc",
                         "profileDesc/particDesc")


# ----------------------------------------------------------------------------- dates

ISO = re.compile(
    r"(?P<date>-?(?P<y>\d{4,})(?:-(?P<m>\d\d)(?:-(?P<d>\d\d))?)?)?"
    r"(?:(?(date)T|)(?P<time>(?P<H>\d\d):(?P<M>\d\d):(?P<S>\d\d)(?:\.\d+)?))?"
    r"(?P<tz>Z|[+-]\d\d:\d\d)?")
PARTIAL = re.compile(r"--(?P<m>\d\d)(?:-(?P<d>\d\d))?|---(?P<d2>\d\d)")   # gMonth, gMonthDay, gDay


def iso_bounds(value: str) -> tuple[tuple, tuple] | None:
    """Earliest and latest instant a W3C/ISO 8601 value stands for, as comparable tuples
    (kind, ...); None when the value is not valid. Kinds: 'date' (with or without a time)
    and 'time' are compared only with their own kind. A value with a time zone is moved
    to UTC (1944-06-11T23:00:00-02:00 is after 1944-06-12T00:00:00Z); one without a zone
    is taken as it stands."""
    m = ISO.fullmatch(value)
    if m and (m.group("date") or m.group("time")):
        try:
            return _date_time_bounds(m)
        except ValueError:
            return None
    p = PARTIAL.fullmatch(value)
    if p:
        return _partial_bounds(p)
    return None


def _date_time_bounds(m) -> tuple[tuple, tuple] | None:
    lo: list[str | int]
    hi: list[str | int]
    if m.group("date"):
        lo, hi = _date_bounds(m)
    else:
        lo, hi = ["time"], ["time"]
    if m.group("time"):
        clock = _time_of_day(m)
        if clock is None:
            return None
        lo, hi = [*lo, *clock], [*hi, *clock]
    else:
        lo, hi = [*lo, 0, 0, 0], [*hi, 24, 0, 0]
    offset = _zone_minutes(m.group("tz"))
    if offset:
        lo, hi = _to_utc(lo, offset), _to_utc(hi, offset)
    return tuple(lo), tuple(hi)


def _date_bounds(m) -> tuple[list, list]:
    """['date', year, month, day] of the first and the last day the date part covers;
    ValueError when there is no such day."""
    y = int(m.group("y"))
    mo = int(m.group("m") or 0)
    d = int(m.group("d") or 0)
    if m.group("m") and not 1 <= mo <= 12:
        raise ValueError(mo)
    if m.group("d"):
        dt.date(2000 if y == 0 or abs(y) > 9999 else abs(y), mo, d)     # a real day
    lo_m, hi_m = (mo, mo) if mo else (1, 12)
    hi_d = d or _month_days(abs(y) or 2000, hi_m)
    return ["date", y, lo_m, d or 1], ["date", y, hi_m, hi_d]


def _time_of_day(m) -> list[int] | None:
    h, mi, s = int(m.group("H")), int(m.group("M")), int(m.group("S"))
    if h > 24 or mi > 59 or s > 60 or (h == 24 and (mi or s)):
        return None
    return [h, mi, s]


def _zone_minutes(tz: str | None) -> int:
    """The zone's offset from UTC in minutes (Z or none: 0)."""
    if not tz or tz == "Z":
        return 0
    sign = -1 if tz[0] == "-" else 1
    return sign * (int(tz[1:3]) * 60 + int(tz[4:6]))


def _to_utc(parts: list, offset: int) -> list:
    """('date', y, m, d, H, M, S) or ('time', H, M, S) moved by -offset minutes."""
    if parts[0] == "time":
        total = (parts[1] * 60 + parts[2] - offset) % (24 * 60)
        return ["time", total // 60, total % 60, parts[3]]
    _, y, mo, d, h, mi, s = parts
    if not 1 <= y <= 9999:
        return parts                  # outside what datetime counts: as it stands
    moment = dt.datetime(y, mo, d) + dt.timedelta(hours=h, minutes=mi - offset, seconds=s)
    return ["date", moment.year, moment.month, moment.day, moment.hour, moment.minute,
            moment.second]


def _partial_bounds(p) -> tuple[tuple, tuple] | None:
    mo = int(p.group("m") or 1)
    d = int(p.group("d") or p.group("d2") or 1)
    try:
        dt.date(2000, mo, d)
    except ValueError:
        return None
    return ("partial",), ("partial",)


def _month_days(year: int, month: int) -> int:
    nxt = dt.date(year + month // 12, month % 12 + 1, 1)
    return (nxt - dt.timedelta(days=1)).day


def bad_date(doc: Doc) -> Iterator[Finding]:
    expr = "|".join(f"//@{n}" for n in DATE_ATTRS)
    for value in doc.root.xpath(expr):
        el = value.getparent()
        if value.attrname in ("from", "to") and _local(el) in NOT_DATED:
            continue
        if iso_bounds(value.strip()) is None or value != value.strip():
            yield Finding(f'@{value.attrname}="{value}" on <{_local(el)}> is not an ISO 8601 '
                          "date or time; write e.g. 1944-06-11, 1944-06, 1944, "
                          "1945-07-09T21:00:00 or 21:00:00", "bad-date", el, value.attrname,
                          supersedes_schema=True)


def date_order(doc: Doc) -> Iterator[Finding]:
    for first, last in (("from", "to"), ("notBefore", "notAfter")):
        for el in doc.root.xpath(f"//*[@{first} and @{last}]"):
            if _local(el) in NOT_DATED:
                continue
            a, b = iso_bounds(el.get(first)), iso_bounds(el.get(last))
            if a is None or b is None or a[0][0] != b[0][0] or a[0][0] == "partial":
                continue
            if a[0] > b[1]:
                yield Finding(f'@{first}="{el.get(first)}" on <{_local(el)}> is after '
                              f'@{last}="{el.get(last)}"; a range must not end before it '
                              "starts", "date-order", el, first)


# TEI's att.datable.w3c constraints (Schematron reports, role "nonfatal"), in their words
DATE_TOGETHER = (
    ("when", ("notBefore", "notAfter", "from", "to"),
     "The @when attribute cannot be used with any other att.datable.w3c attributes"),
    ("from", ("notBefore",), "The @from and @notBefore attributes cannot be used together"),
    ("to", ("notAfter",), "The @to and @notAfter attributes cannot be used together"),
)


def date_together(doc: Doc) -> Iterator[Finding]:
    """An exact date (@when) and bounds of it on one element, or a range's start and the
    earliest it can be, say the same thing twice and may disagree: a warning, as TEI's
    own constraint is nonfatal."""
    for first, others, rule in DATE_TOGETHER:
        for el in doc.root.xpath(f"//*[@{first}]"):
            if _local(el) in NOT_DATED:
                continue
            for other in others:
                if el.get(other) is not None:
                    yield Finding(f'{rule} (@{first}="{el.get(first)}" and @{other}='
                                  f'"{el.get(other)}" on <{_local(el)}>); give the date or '
                                  "its bounds, not both", "date-together", el, other,
                                  severity="warning")


# ----------------------------------------------------------------------------- text

def duplicate_note_number(doc: Doc) -> Iterator[Finding]:
    seen: dict[tuple[etree._Element, str], etree._Element] = {}
    text = doc.root.find(T + "text")
    if text is None:
        return
    for note in text.iter(T + "note"):
        n = note.get("n")
        if not n:
            continue
        scope = next((d for d in note.iterancestors(T + "div")
                      if d.get("type") == "document"), text)
        key = (scope, n.strip())     # (the element: an id() of a freed proxy recurs)
        if key in seen:
            yield Finding(f'note number "{n}" is used twice in this document (first on line '
                          f"{seen[key].sourceline}); number each note once",
                          "duplicate-note-number", note, "n")
        else:
            seen[key] = note


# elements that say nothing when empty: a paragraph, a heading, a title, and the header's
# names of people and bodies (an empty <editor/> names no editor)
MUST_HOLD_TEXT = ("p", "head", "title", "editor", "author", "publisher", "distributor",
                  "authority", "pubPlace", "resp")


def empty_element(doc: Doc) -> Iterator[Finding]:
    for el in doc.root.iter(*(T + name for name in MUST_HOLD_TEXT)):
        if len(el) == 0 and not (el.text or "").strip():
            yield Finding(f"<{_local(el)}> is empty; give it its text or remove it",
                          "empty-element", el)


PLACEHOLDERS = [
    (re.compile(r"\bENTER\b"), "ENTER"),
    (re.compile(r"\binsert_\w*", re.I), "insert_"),
    (re.compile(r"\b(?:TODO|FIXME|TBD)\b"), None),
    (re.compile(r"\blorem ipsum\b", re.I), None),
    (re.compile(r"\bXXX+\b"), None),
    (re.compile(r"\[(?:title|author|date|publisher|name)\]", re.I), None),
]


def placeholder(doc: Doc) -> Iterator[Finding]:
    if doc.header is None:
        return
    for el in doc.header.iter():
        if not isinstance(el.tag, str):
            continue
        texts = [(el.text, None)] + [(v, k) for k, v in el.attrib.items()]
        for value, attr in texts:
            if not value or not value.strip():
                continue
            for pattern, _label in PLACEHOLDERS:
                m = pattern.search(value)
                if m:
                    shown = " ".join(value.split())
                    shown = shown if len(shown) <= 60 else shown[:57] + "…"
                    where = f"@{attr.split('}')[-1]} of <{_local(el)}>" if attr \
                        else f"<{_local(el)}>"
                    yield Finding(f'{where} still holds placeholder text "{shown}"; replace '
                                  "it with the real value", "placeholder", el, attr)
                    break


# ----------------------------------------------------------------------------- profiles' own

def too_large(doc: Doc) -> Iterator[Finding]:
    if doc.size > TAPAS_LIMIT:
        yield Finding(f"the file is {doc.size / 1e6:.1f} MB; TAPAS accepts files up to "
                      f"{TAPAS_LIMIT / 1e6:.0f} MB (split it, e.g. one document per file)",
                      "too-large", None, line=1)


def licence(doc: Doc) -> Iterator[Finding]:
    stmt = doc.header.find(f"{T}fileDesc/{T}publicationStmt") if doc.header is not None \
        else None
    licences = stmt.findall(f"{T}availability/{T}licence") if stmt is not None else []
    if not any(re.match(r"https?://\S+$", lic.get("target", "")) for lic in licences):
        yield Finding("DraCor needs the text's licence with its URL: add <licence "
                      'target="https://…"> in publicationStmt/availability', "licence",
                      stmt if stmt is not None else doc.root)


def is_teikit_master(root) -> bool:
    """The document names teikit as the application that made it (in appInfo)."""
    header = root.find(T + "teiHeader")
    if header is None:
        return False
    return any(app.get("ident") == "teikit"
               for app in header.iter(T + "application"))


def not_teikit(doc: Doc) -> Iterator[Finding]:
    """A warning, not an error: the archival profile is meant for teikit's own masters."""
    if not is_teikit_master(doc.root):
        yield Finding("this file was not made by teikit (no <application ident=\"teikit\">); "
                      "for TEI from elsewhere use --profile tei-all", "not-teikit", doc.root,
                      severity="warning")


def tei_constraints(doc: Doc) -> Iterator[Finding]:
    """TEI-All's embedded Schematron constraints (warnings; see validate/schematron.py)."""
    from .schematron import check
    yield from check(doc.root, doc.names)


def _local(el) -> str:
    return el.tag.split("}", 1)[-1] if isinstance(el.tag, str) else ""


# In the order they run; the README lists the same codes.
RULES: dict[str, Rule] = {
    "not-tei": not_tei,
    "not-teikit": not_teikit,
    "header-missing": header_missing,
    "duplicate-id": duplicate_id,
    "unresolved-ref": unresolved_ref,
    "speaker-not-in-header": speaker_not_in_header,
    "bad-date": bad_date,
    "date-order": date_order,
    "date-together": date_together,
    "duplicate-note-number": duplicate_note_number,
    "empty-element": empty_element,
    "placeholder": placeholder,
    "too-large": too_large,
    "speaker-not-in-particdesc": speaker_not_in_particdesc,
    "licence": licence,
    "tei-constraints": tei_constraints,
}


def run(doc: Doc, names: list[str]) -> list[Finding]:
    out: list[Finding] = []
    for name in names:
        out.extend(RULES[name](doc))
        if name == "not-tei" and out:      # not TEI at all: the other rules would only echo it
            break
    return out
