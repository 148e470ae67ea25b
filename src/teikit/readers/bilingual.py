"""A text printed in two languages one after the other (a treaty's authentic texts, "SLAVERY
CONVENTION." with its articles, then "VERDRAG INZAKE DE SLAVERNIJ." with its own): each half
is a ``<div type="version">`` with its @xml:lang, and both languages are in the header's
langUsage. A tree pass after the text is built.

Evidence: the document's divisions fall into two runs, one after the other, each of at least
MIN_CHARS characters, and the function words (language.guess_language) name a different
language for each run and make a good share of its words (MIN_DENSITY; divisions too
short to tell go with the run they stand in). A
division whose last subdivision is in the second run's language (the second title nested
under the first half's last article, as Markdown's heading levels may put it) gives that
subdivision up to the second run first."""
from __future__ import annotations

from ..tei import XML_LANG, E, tei, text_of
from .context import Context, Meta
from .language import _TABLE, LABELS, WORD, guess_language

MIN_CHARS = 2000
MIN_DENSITY = 0.15                # (see _density)


def _density(text: str, lang: str) -> float:
    """The share of *lang*'s function words among the words of *text*: a quarter or more in
    a text of that language, a few in one the table lacks (Latin read as Dutch: 4%)."""
    words = [w.casefold() for w in WORD.findall(text)]
    table = _TABLE.get(lang)
    return sum(1 for w in words if w in table) / len(words) if words and table else 1.0


def _lang(el) -> str | None:
    return guess_language(text_of(el))[0]


def _own_lang(el) -> str | None:
    """The language of a division's own text, its subdivisions left out."""
    return guess_language(" ".join(text_of(c) for c in el if c.tag != tei("div")))[0]


def language_versions(body, meta: Meta, ctx: Context) -> None:
    doc = body.find(tei("div"))
    if doc is None or len(text_of(doc)) < 2 * MIN_CHARS:
        return
    kids = [c for c in doc if c.tag == tei("div")]
    if len(kids) < 2 or any(c.tag not in (tei("head"), tei("div"), tei("pb"), tei("cb"))
                            for c in doc[doc.index(kids[0]):]):
        return                            # (text between the divisions: no two halves)
    langs = [_own_lang(k) or _lang(k) for k in kids]
    known: list[tuple[int, str]] = [(i, lang) for i, lang in enumerate(langs) if lang]
    if len({lang for _, lang in known}) != 2:
        return
    first = known[0][1]
    cut, second = next((i, lang) for i, lang in known if lang != first)
    if any(lang == first for i, lang in known if i >= cut):
        return                            # (the languages alternate: no two halves)
    if any(_density(" ".join(text_of(k) for k in half), lang) < MIN_DENSITY
           for half, lang in ((kids[:cut], first), (kids[cut:], second))):
        return                            # (a language the table lacks: Latin's "in", "et")
    before = kids[:cut]
    # the second half's title nested in the first half's last division
    last = before[-1]
    inner = [c for c in last if c.tag == tei("div")]
    if inner and _lang(inner[-1]) == second and len(list(last)) > len(inner):
        moved = inner[-1]
        last.remove(moved)
        last.addnext(moved)
        kids = [c for c in doc if c.tag == tei("div")]
        cut = kids.index(moved)
    halves = [kids[:cut], kids[cut:]]
    if any(sum(len(text_of(k)) for k in half) < MIN_CHARS for half in halves):
        return
    for half, lang in zip(halves, (first, second), strict=True):
        children = list(doc)
        run = children[children.index(half[0]):children.index(half[-1]) + 1]
        version = E.div(type="version")   # (with the page breaks between its divisions)
        version.set(XML_LANG, lang)
        half[0].addprevious(version)
        version.extend(run)
    if not meta.language_ident:           # (half and half: the first half's language is
        meta.language_ident, meta.language = first, LABELS.get(first, first)   # the text's)
    others = [lang for lang in (first, second) if lang != meta.language_ident]
    for lang in others:
        if lang not in [ident for ident, _ in meta.other_languages]:
            meta.other_languages.append((lang, LABELS.get(lang, lang)))
    ctx.fired("language-versions")
