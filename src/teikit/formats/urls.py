"""Bare web addresses in running text ("see https://example.org/a."): linked to themselves
(<ref target>), by linkify-it-py (MIT, the executablebooks project's port of linkify-it),
the matcher markdown-it's own linkify uses, so a plain text and a Markdown text agree. Only
an address with its scheme (https://, http://, ftp://, mailto:) is linked: a fuzzy reading
("file.py", "www.x") would take file names and abbreviations for hosts. The address's
words stay as printed; trailing punctuation stays outside the link (linkify-it's rule)."""
from __future__ import annotations

import re
from functools import cache
from typing import Any

from . import marks

LINK_SCHEMES = ("http", "https", "mailto", "ftp")
SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.\-]*):")

OPTIONS = {"fuzzy_link": False, "fuzzy_email": False, "fuzzy_ip": False}


@cache
def linkifier() -> Any:
    from linkify_it import LinkifyIt
    return LinkifyIt(options=OPTIONS)


def link_urls(text: str) -> str:
    """*text* with each bare address linked to itself (marks.ref); *text* itself when it
    has none. An address already inside a link (a marked ref) is left as it is."""
    if "://" not in text and "mailto:" not in text:
        return text
    found = linkifier().match(text)
    if not found:
        return text
    out, at = [], 0
    for m in found:
        if m.schema == "//":
            continue                          # "//a.b": a transcriber's strokes, not a link
        before = text[at:m.index]
        opened = text.rfind(marks.REF_OPEN, 0, m.index)
        if opened > text.rfind(marks.REF_CLOSE, 0, m.index):
            continue                          # inside a link's target or words
        out.append(before)
        out.append(marks.ref(m.url, text[m.index:m.last_index]))
        at = m.last_index
    out.append(text[at:])
    return "".join(out)


def safe_target(target: str | None) -> bool:
    """A link target a master may keep as ref/@target: a web, mail or relative address
    without spaces or control characters that both validators read as a URI (a
    javascript: or data: link, or a malformed one such as "http://http://x", whose
    authority "http:" has an empty port, is kept as words, not as a link). The test is
    the validators' own: jing's anyURI (validate.datatypes.uri) and libxml2's URI parser
    (through a one-attribute RELAX NG grammar), so no address reaches the schema
    unchecked."""
    if not target or len(target) >= 2048 or re.search(r"[\s\x00-\x1f\x7f]", target):
        return False
    scheme = SCHEME.match(target)
    if scheme is not None and scheme.group(1).casefold() not in LINK_SCHEMES:
        return False
    from ..validate.datatypes import uri
    return uri(target) and _libxml2_uri(target)


@cache
def _uri_grammar() -> Any:
    from lxml import etree
    return etree.RelaxNG(etree.fromstring(
        b'<element name="a" xmlns="http://relaxng.org/ns/structure/1.0" datatypeLibrary='
        b'"http://www.w3.org/2001/XMLSchema-datatypes"><attribute name="t">'
        b'<data type="anyURI"/></attribute></element>'))


def _libxml2_uri(target: str) -> bool:
    from lxml import etree
    try:
        element = etree.Element("a", t=target)
    except ValueError:                  # a character XML cannot hold
        return False
    return bool(_uri_grammar().validate(element))
