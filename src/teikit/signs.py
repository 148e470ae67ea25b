"""Editorial signs, defined once for every writer.

A master encodes the apparatus as elements (``<sic>``, ``<gap>``, ``<supplied>``, …); the
signs a reader sees are the writers' job, and every writer takes them from here, so the
HTML and the plain text of one view always agree.

Two views:

* ``diplomatic``: the apparatus as the source printed it: ``word [sic]``,
  ``word [sic: correction]``, ``[illegible]``, ``[2 words illegible]``, the description of a
  gap as printed (``[name not declassified]``), ``[supplied]``, ``[unclear?]``, and
  ``[Page 37]`` in plain text.
* ``reading``: the clean reading text: the correction instead of the error, supplied and
  unclear words without brackets, no ``[sic]`` and no page numbers in the text. A gap is the
  one sign left, ``[…]``: a passage that is not there cannot be read away.

:func:`sign_for` says, for one apparatus element, what text goes before it, whether its
content is shown, and what text goes after it. :func:`annotate` writes the same answer into
a parsed master as ``tk:*`` attributes for the XSLT of the HTML writer.
"""
from __future__ import annotations

import enum
from dataclasses import dataclass

from .tei import TEI_NS, local, text_of

TK_NS = "urn:teikit:writer"          # private attributes the writers add to a parsed master


def tk(name: str) -> str:
    return f"{{{TK_NS}}}{name}"


class View(str, enum.Enum):  # noqa: UP042 (StrEnum would change str() of a member)
    DIPLOMATIC = "diplomatic"
    READING = "reading"


VIEW_HELP = {
    View.DIPLOMATIC: "the apparatus as the source printed it: [sic] after the word, "
                     "[illegible] and other gaps with their extent, [supplied] words in "
                     "brackets, [unclear?] words marked, page numbers in the text",
    View.READING: "the clean reading text: corrections instead of errors, supplied and "
                  "unclear words without brackets, no page numbers in the text; a gap "
                  "is shown as […]",
}

OMISSION = "[…]"
SIC = "[sic]"


@dataclass(frozen=True)
class Sign:
    """How one element shows in a view: ``before`` + (content if shown) + ``after``."""

    before: str = ""
    after: str = ""
    show_content: bool = True


PLAIN = Sign()
HIDDEN = Sign(show_content=False)

# In a <choice>, which reading each view shows (the others are not shown).
CHOICE_DIPLOMATIC = ("sic", "orig", "abbr")
CHOICE_READING = ("corr", "reg", "expan")


def gap_description(gap) -> str:
    """What a gap without a description is, in words: its reason and extent."""
    reason = (gap.get("reason") or "").strip().replace("-", " ")
    quantity, unit = gap.get("quantity"), gap.get("unit") or gap.get("extent")
    extent = " ".join(x for x in (quantity, unit if quantity else None) if x)
    if quantity == "1" and unit and unit.endswith("s"):
        extent = f"1 {unit[:-1]}"
    if reason in ("", "illegible", "damage", "inaudible", "unclear"):
        what = reason or "gap"
    elif reason in ("omitted", "convenience", "irrelevant", "editorial", "cancelled"):
        what = "omitted"
    else:
        what = reason
    return f"{extent} {what}".strip()


def sign_for(el, view: View) -> Sign:
    """The sign of one element in *view* (PLAIN for elements that carry no sign).

    Master text is never part of a sign: a correction or a gap's description is the content
    of its own element (``<corr>``, ``<desc>``) and the sign only surrounds it.
    """
    name = local(el)
    diplomatic = view is View.DIPLOMATIC
    parent = el.getparent()
    in_choice = parent is not None and local(parent) == "choice"
    if name == "sic":
        if not in_choice:
            return Sign(after=f" {SIC}") if diplomatic else PLAIN
        if not diplomatic:
            return HIDDEN
        has_corr = _has_child(parent, "corr")
        return Sign(after=" [sic: " if has_corr else f" {SIC}")
    if name in ("corr", "reg", "expan", "orig", "abbr") and in_choice:
        if name == "corr" and diplomatic and _has_child(parent, "sic"):
            return Sign(after="]")      # closes "[sic: " after the <sic>
        shown = CHOICE_DIPLOMATIC if diplomatic else CHOICE_READING
        return PLAIN if name in shown else HIDDEN
    if name == "supplied":
        return Sign("[", "]") if diplomatic else PLAIN
    if name == "unclear":
        if not diplomatic:
            return PLAIN
        return Sign("[", "?]") if text_of(el).strip() else Sign("[?]", "", False)
    if name == "gap":
        if not diplomatic:
            return Sign(OMISSION, "", False)
        if _has_child(el, "desc") and text_of(el).strip():
            return Sign("[", "]")       # the description as printed is the gap's content
        return Sign(f"[{gap_description(el)}]", "", False)
    return PLAIN


def page_sign(pb, view: View) -> str:
    """A page break in running text: ``[Page 37]`` in the diplomatic view, nothing else."""
    if view is not View.DIPLOMATIC:
        return ""
    n = (pb.get("n") or "").strip()
    return f"[Page {n}]" if n else "[Page]"


def _has_child(el, name: str) -> bool:
    return any(local(child) == name for child in el)


SIGNED = tuple(f"{{{TEI_NS}}}{n}" for n in (
    "sic", "corr", "reg", "expan", "orig", "abbr", "supplied", "unclear", "gap"))


def annotate(root, view: View) -> None:
    """Write each apparatus element's sign into the tree: ``tk:before``, ``tk:after``, and
    ``tk:hide="content"`` when the view does not show the element's content."""
    for el in root.iter(*SIGNED):
        sign = sign_for(el, view)
        if sign is PLAIN:
            continue
        if sign.before:
            el.set(tk("before"), sign.before)
        if sign.after:
            el.set(tk("after"), sign.after)
        if not sign.show_content:
            el.set(tk("hide"), "content")
