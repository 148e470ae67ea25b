"""Bare web addresses in running text ("see https://example.org/a."): linked to themselves
(<ref target>), by linkify-it-py (MIT, the executablebooks project's port of linkify-it),
the matcher markdown-it's own linkify uses, so a plain text and a Markdown text agree. Only
an address with its scheme (https://, http://, ftp://, mailto:) is linked: a fuzzy reading
("file.py", "www.x") would take file names and abbreviations for hosts. The address's
words stay as printed; trailing punctuation stays outside the link (linkify-it's rule)."""
from __future__ import annotations

from functools import cache
from typing import Any

from . import marks

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
        before = text[at:m.index]
        opened = text.rfind(marks.REF_OPEN, 0, m.index)
        if opened > text.rfind(marks.REF_CLOSE, 0, m.index):
            continue                          # inside a link's target or words
        out.append(before)
        out.append(marks.ref(m.url, text[m.index:m.last_index]))
        at = m.last_index
    out.append(text[at:])
    return "".join(out)
