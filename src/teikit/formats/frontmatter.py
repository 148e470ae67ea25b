"""Front matter and metadata fields that a static-site generator (Jekyll, Hugo, Eleventy,
Pelican) or a collection puts over a document: read into the header's hints, never text.

Jekyll, Hugo and Eleventy take a ``---`` YAML (or Hugo's ``+++`` TOML) block at the top of
*any* page, an ``.html`` post as much as a Markdown one, so the block is looked for in every
text format; Markdown's ``---`` block is read by markdown-it's plugin (formats.markdown).
"""
from __future__ import annotations

import re

from ..readers.datebounds import field_bounds
from ..sourcetext import Hints
from .markdown import HTML_IN_VALUE, front_matter_fields, html_words

MAX_LINES = 400
FENCES = {"---": "yaml", "+++": "toml"}
# the first line inside the block is a field: "layout: post", "title = 'x'"
FIRST_FIELD = {"yaml": re.compile(r"^[A-Za-z_][\w-]{0,40}\s*:(?:\s|$)"),
               "toml": re.compile(r"^(?:[A-Za-z_][\w-]{0,40}\s*=|\[[\w.-]{1,40}\]\s*$)")}

# keys whose value is the document's own date, best first (an edition's "created-date" is
# the original's, its "publication-date" the edition's own); a value with a weekday and a
# time of day ("Date: Mon Aug  4 09:08:54 EDT 2014" in Pelican exports) is when the file
# was last written, never the document's date
DOCUMENT_DATE_KEYS = ("created-date", "created_date", "date_created", "created", "pubdate",
                      "displaydate", "published", "published_time", "publication_date",
                      "date")
URL_KEYS = ("source_url", "url", "link", "permalink", "canonical_url")
# a time of day and a weekday in one value: when a file was written, not the document
FILE_STAMP = re.compile(r"(?i)\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b"
                        r".*\b\d{1,2}:\d{2}")


def take(text: str) -> tuple[str, list[tuple[str, str]], int, str] | None:
    """A ``---`` YAML or ``+++`` TOML block at the very top of *text*: (the text with the
    block's lines blank, so that line numbers stay, its fields, its last line number, the
    block as written), or None. The block must read as a mapping of fields."""
    lines = text.split("\n", MAX_LINES + 2)
    kind = FENCES.get(lines[0].rstrip())
    if kind is None or len(lines) < 3 or not FIRST_FIELD[kind].match(lines[1]):
        return None
    fence = lines[0].rstrip()
    end = next((k for k in range(1, min(len(lines), MAX_LINES + 1))
                if lines[k].rstrip() == fence), None)
    if end is None:
        return None
    body = "\n".join(lines[1:end])
    fields = yaml_fields(body) if kind == "yaml" else toml_fields(body)
    if fields is None:
        return None
    rest = text.split("\n", end + 1)[end + 1] if text.count("\n") > end else ""
    return "\n" * (end + 1) + rest, fields, end + 1, "\n".join(lines[:end + 1])


def yaml_fields(text: str) -> list[tuple[str, str]] | None:
    if not text.strip():
        return None
    fields = front_matter_fields(text)
    return fields or None


def toml_fields(text: str) -> list[tuple[str, str]] | None:
    import tomllib
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        return None
    out = []
    for key, value in data.items():
        if isinstance(value, (str, int, float)) or hasattr(value, "isoformat"):
            clean = " ".join(str(value).replace("\u00a0", " ").split())
            if HTML_IN_VALUE.search(clean):
                clean = html_words(clean)
            out.append((str(key), clean))
    return out or None


# another key that names a date ("date_text: 7 February 1940", "issue_date") is the
# document's date when no key above is given: transcribers of newspapers name the field as
# they like; a key for when the file or its record was made, changed or seen is not, nor a
# value that only bounds or guesses the date ("Before 24 July 1937 (inferred)"), unless its
# doubt is one a date's @cert states ("c. 1650", "1650?": readers/datebounds)
OTHER_DATE_KEY = re.compile(r"(?i)(?:^|[_\W])date(?:$|[_\W])|^date|date$")
FILE_DATE_KEY = re.compile(r"(?i)modif|updat|access|retriev|upload|edit|revis|creat|captur"
                           r"|scan|digiti|harvest|index|posted|build|expir|transcri|translat")
QUALIFIED_DATE = re.compile(r"(?i)^\W*(?:before|after|circa|c\.|ca\.|about|around|between"
                            r"|unknown|undated|n\.\s?d\.|not)\b|\?|\binferred\b")


# a field that holds a part of the letter itself (a Jekyll edition of letters keeps the P.S.
# in "post_scriptum: |"): its words are the document's text, placed where the part goes
LETTER_PART_KEY = re.compile(r"(?i)^(?:post[_\s-]?scriptum|post[_\s-]?script|p[_.]?s|nachschrift"
                             r"|poscritto|posdata|postskriptum|dopisek)$")


def letter_parts(block: str, first_line: int) -> list[tuple[int, str]]:
    """(source line, text) of each YAML field of *block* (whose first line is *first_line*)
    that holds a postscript, its lines as the block scalar keeps them."""
    keys = [(k, m.group(1)) for k, line in enumerate(block.split("\n"))
            if (m := re.match(r"([\w.-]{1,20}):", line)) and LETTER_PART_KEY.match(m.group(1))]
    if not keys:
        return []
    from .markdown import yaml_mapping
    data = yaml_mapping(block) or {}
    lines = block.split("\n")
    out = []
    for at, key in keys:
        value = data.get(key)
        if isinstance(value, str) and value.strip():
            scalar = not lines[at].split(":", 1)[1].strip().strip("|>-+")   # "key: |" over it
            out.append((first_line + at + scalar, value.strip("\n")))
    return out


# a date with a time of day ("2024-06-25T13:04:53+02:00", "2020-09-01 14:00:00 GMT-5"): when
# a blog post or a page was published, which Jekyll and Hugo stamp on every post; never the
# date of the historical document the post reproduces. Midnight ("1820-11-11 00:00:00") is
# no time of day: a date the editor set, written as a date-time
POST_STAMP = re.compile(r"^\s*['\"]?\d{4}-\d{2}-\d{2}[T ]+(?!00:00(?::00)?(?:\.0+)?(?:\s|[Z+-]|$))"
                        r"\d{1,2}:\d{2}")


def is_post_stamp(value: str) -> bool:
    return bool(POST_STAMP.match(value))


def is_file_stamp(value: str) -> bool:
    return bool(FILE_STAMP.search(value))


# a record's pair of stamps (a CMS export's "created: 2014-03-04" with "modified:
# 2021-11-16"): when the web record was made and changed, both ISO dates; the "created" of
# such a pair is the record's, never the document's date (the letter's own date is in
# another field, "ltr_date: spring 997")
RECORD_CREATED_KEYS = ("created", "date_created", "created_at", "creation_date")
RECORD_CHANGED_KEYS = ("modified", "updated", "changed", "last_modified", "date_modified",
                       "updated_at", "lastmod", "last_updated", "modification_date")
ISO_DATE = re.compile(r"^\s*['\"]?\d{4}-\d{2}-\d{2}\b")


def record_stamps(fields: list[tuple[str, str]]) -> set[str]:
    """The keys of *fields* that are a record's created stamp (RECORD_CREATED_KEYS), when a
    changed stamp (RECORD_CHANGED_KEYS) stands beside it, both ISO dates."""
    low = {k.casefold().replace("-", "_"): v for k, v in fields}
    if not any(ISO_DATE.match(low.get(k) or "") for k in RECORD_CHANGED_KEYS):
        return set()
    return {k for k, v in fields if k.casefold().replace("-", "_") in RECORD_CREATED_KEYS
            and ISO_DATE.match(v or "")}


def to_hints(hints: Hints, fields: list[tuple[str, str]]) -> None:
    """Title, date, address and language from the fields, where the format gave none: the
    document's date by the key that names it best (a publication date over a plain date,
    a date over a file's modification stamp)."""
    dates: list[tuple[int, str]] = []
    others: list[str] = []
    named = False
    stamps = record_stamps(fields)
    if stamps and "front-matter-record-stamps" not in hints.rules:
        hints.rules.append("front-matter-record-stamps")
    for key, value in fields:
        if key in stamps:               # (the record's, kept with the fields)
            continue
        low = key.casefold().replace("-", "_")
        named = named or low in DOCUMENT_DATE_KEYS
        if low == "title" and not hints.title and value:
            hints.title = value
        elif low in DOCUMENT_DATE_KEYS and value and not is_file_stamp(value):
            if is_post_stamp(value):     # the post's, kept with the fields in the citation
                if "front-matter-post-stamp" not in hints.rules:
                    hints.rules.append("front-matter-post-stamp")
                hints.post_date = hints.post_date or value
                continue
            dates.append((DOCUMENT_DATE_KEYS.index(low), value))
        elif (OTHER_DATE_KEY.search(low) and not FILE_DATE_KEY.search(low) and value
              and any(ch.isdigit() for ch in value)
              and (not QUALIFIED_DATE.search(value) or field_bounds(value) is not None)
              and not is_file_stamp(value)):
            others.append(value)
        elif low in URL_KEYS and value.startswith(("http://", "https://")) and not hints.url:
            hints.url = value
        elif low in ("lang", "language") and not hints.language:
            hints.language = value
    if dates and not hints.date:
        hints.date = min(dates)[1]
    elif others and not named and not hints.date:
        hints.date = others[0]
        hints.rules.append("front-matter-other-date")
