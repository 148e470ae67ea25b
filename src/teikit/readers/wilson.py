"""What both Wilson Center Digital Archive styles share: record fields, the citation as a
structured <bibl> (every printed character kept), rights statements, site chrome."""
from __future__ import annotations

import re

from ..formats.marks import plain
from ..formats.urls import safe_target
from ..tei import E, punctuate
from .context import Context, Meta
from .dates import find_date
from .language import ident_for

ARCHIVE = "Wilson Center Digital Archive"
URL = re.compile(r"<?(?P<url>https?://[^\s<>]+[^\s<>.,;)])>?")
# Labels of record fields, normalised (lower case, no colon) -> what they hold
FIELDS = {
    "citation": "citation", "summary": "summary", "credits": "credits",
    "original language": "language", "language": "language", "contents": "contents",
    "original archive": "archive", "record id": "record-id", "rights": "rights",
    "original uploaded date": "uploaded", "document information": "section",
    "subjects": "subjects", "keywords": "subjects", "theme": "subjects", "themes": "subjects",
    "type": "type", "original classification": "classification", "authors": "authors",
    "author": "authors", "translator": "translator", "translated by": "translator",
    "source": "archive", "date": "date", "title": "title",
}
CHROME = {"skip to content", "menu", "search", "home", "share", "print", "download",
          "close", "back to top", "cite", "email", "facebook", "twitter", "log in",
          "sign up", "subscribe", "toggle navigation", "main navigation"}
RIGHTS_WORDS = re.compile(r"\b(?:copyright|rights? (?:status|holders?|reserved)|reuse|"
                          r"permission|licen[cs]e|creative commons|public domain)\b", re.I)
EMAIL_ARTEFACT = re.compile(r"\[email\W+protected\]")


def field_label(text: str) -> str | None:
    """'### **Citation:**' or 'Record ID' -> 'citation' / 'record-id'; None otherwise."""
    label = re.sub(r"^#+\s*", "", text.strip())
    label = label.replace("*", "").strip().rstrip(":").strip().casefold()
    return FIELDS.get(label)


def is_chrome(text: str) -> bool:
    return text.strip().casefold() in CHROME


def whole_date(text: str) -> tuple[str, str] | None:
    """(iso, printed) when the whole line is a date like 'June 11, 1944'."""
    clean = text.replace("*", "").strip().lstrip("#").strip()
    found = find_date(clean)
    if found and found.start == 0 and not clean[found.end:].strip(" .,"):
        return found.when, clean
    return None


def unmark(text: str) -> str:
    """Markdown emphasis and heading signs away: '# **Title**' -> 'Title'."""
    text = re.sub(r"^#{1,6}\s+", "", text.strip())
    return re.sub(r"\*\*(.+?)\*\*|__(.+?)__", lambda m: m.group(1) or m.group(2), text).strip()


WHERE = {"citation": "sourceDesc/bibl", "summary": "profileDesc/abstract",
         "credits": "titleStmt/funder and the source's bibl", "language": "langUsage",
         "rights": "availability"}


def label_left_out(block, kind: str, ctx: Context) -> None:
    """A field's label is not text of the document; the report says where its value went."""
    where = WHERE.get(kind, "a note in the source's bibl")
    ctx.leave_out(block.lines, f"field label; its value is in {where}", "field-label")


def apply_field(meta: Meta, kind: str, label: str, value: str, ctx: Context) -> None:
    """Put a field's value where the header holds it."""
    if kind == "citation":
        value = plain(value)        # (a bare address is a link: the citation tags its own)
        meta.citations.append(citation_bibl(value))
        url = URL.search(value)
        if url and safe_target(url.group("url")):
            meta.source_url = url.group("url")
        ctx.fired("citation")
    elif kind == "summary":
        meta.summary.append(value)
    elif kind == "credits":
        meta.credits = value
        m = re.search(r"\bsupport (?:from|of)\s+(?:the\s+)?(?P<who>.+?)\.?$", value)
        meta.funder = m.group("who") if m else None
    elif kind == "language":
        meta.language = value
        meta.language_ident = ident_for(value.split(",")[0].split(";")[0])
    elif kind == "rights":
        meta.rights.append(value)
    else:
        meta.extra_fields.append((label, value))


# ----------------------------------------------------------------------------- citations

BOOK = re.compile(
    r"^(?P<title>.+?),\s*(?P<edlabel>eds?\.|edited by)\s*(?P<eds>.+?)\s*"
    r"\((?P<place>[^:()]+):\s*(?P<pub>[^,()]+),\s*(?P<year>\d{4})\)"
    r"(?P<sep>,\s*)(?P<pages>[\dIVXLCivxlc][\d–\-, ]*?)?(?P<end>\.?)$")
RECORD = re.compile(
    r"^(?P<q1>[\"“])(?P<title>.+?)(?P<q2>[\"”])(?P<s1>,\s*)(?P<date>[^,]+,\s*\d{4})(?P<s2>,\s*)"
    r"(?P<archive>" + re.escape(ARCHIVE) + r")(?P<s3>,\s*)?(?P<rest>.*?)"
    r"(?:(?P<s4>\.\s*)(?P<contrib>Contributed by)\s+(?P<who>.+?))?(?P<end>\.?)$")


def citation_bibl(text: str):
    """A printed citation as <bibl>, its parts tagged and every character kept."""
    url = URL.search(text)
    printed = text[:url.start()].rstrip() if url else text.strip()
    printed = " ".join(printed.split())
    bibl = _record_bibl(printed)
    if bibl is None:
        bibl = _book_bibl(printed)
    if bibl is None:
        bibl = E.bibl(printed)
    if url:
        bibl.append(E.ref(url.group("url"), target=url.group("url"))
                    if safe_target(url.group("url")) else E.seg(url.group("url"), type="link"))
        _space_before_last(bibl)
    return bibl


def _space_before_last(bibl) -> None:
    last = bibl[-1]
    prev = last.getprevious()
    if prev is None:
        bibl.text = (bibl.text or "") + " "
    else:
        prev.tail = (prev.tail or "") + " "


def _record_bibl(text: str):
    m = RECORD.match(text)
    if not m:
        return None
    when = find_date(m.group("date"))
    date = E.date(m.group("date"))
    if when and when.start == 0:
        date.set("when", when.when)
    bibl = E.bibl(m.group("q1"),
                  _tail(E.title(m.group("title"), level="a"), m.group("q2") + m.group("s1")),
                  _tail(date, m.group("s2")),
                  _tail(E.distributor(m.group("archive")), m.group("s3") or ""))
    rest = m.group("rest")
    if rest:
        bibl.append(_tail(E.note(rest, type="archive"), m.group("s4") or ""))
    if m.group("contrib"):
        bibl.append(_tail(E.respStmt(E.resp(m.group("contrib")), " ", E.persName(m.group("who"))),
                          m.group("end")))
    elif m.group("end"):
        _tail(bibl[-1], (bibl[-1].tail or "") + m.group("end"))
    return bibl


def _book_bibl(text: str):
    m = BOOK.match(text)
    if not m:
        return None
    bibl = E.bibl(_tail(E.title(m.group("title"), level="m"), ", " + m.group("edlabel")))
    eds = re.split(r"(,\s*(?:and\s+)?|\s+and\s+)", m.group("eds"))
    for i, part in enumerate(eds):
        if i % 2 == 0:
            bibl.append(E.editor(part.strip()))
        else:
            _tail(bibl[-1], part)
    _tail(bibl[-1], " (")
    bibl.append(_tail(E.pubPlace(m.group("place").strip()), ": "))
    bibl.append(_tail(E.publisher(m.group("pub").strip()), ", "))
    bibl.append(_tail(E.date(m.group("year"), when=m.group("year")), ")" + m.group("sep")))
    pages = (m.group("pages") or "").strip()
    if pages:
        scope = E.biblScope(pages, unit="page")
        bounds = re.findall(r"\d+", pages)
        if bounds and pages.replace("–", "-").replace(" ", "").replace("-", "").isdigit():
            scope.set("from", bounds[0])
            scope.set("to", bounds[-1])
        bibl.append(_tail(scope, m.group("end")))
    return bibl


def _tail(el, tail: str):
    el.tail = tail or None
    return el


def web_page_bibl(meta: Meta):
    """The archive's page the text was copied from (title and date as the page gives them)."""
    bibl = E.bibl(type="web-page")
    if meta.source_title:
        bibl.append(E.title(meta.source_title, level="a"))
    if meta.date_iso:
        bibl.append(E.date(meta.date_text or meta.date_iso, when=meta.date_iso))
    bibl.append(E.distributor(ARCHIVE))
    if meta.source_url:
        bibl.append(E.ref(meta.source_url, target=meta.source_url))
    return punctuate(bibl)


def check_email_artefacts(text: str, line: int, ctx: Context) -> None:
    m = EMAIL_ARTEFACT.search(text)
    if m:
        ctx.diags.warn("'[email protected]' is the web page's hidden e-mail address, not "
                       "text of the source; kept as printed", "email-artefact", line,
                       m.start() + 1)

