"""Editorial signs, defined once for every writer.

A master encodes the apparatus and the transcription as elements (``<sic>``, ``<gap>``,
``<add>``, ``<choice>``, …); the signs a reader sees are the writers' job, and every writer
takes them from here, so the HTML and the plain text of one view always agree. The table
in the README (Export and build, Views) lists them all.

Two views:

* ``diplomatic``: the text as the source has it, every editorial distinction marked:
  ``word [sic]``, ``word [sic: correction]``, ``[illegible]``, ``[supplied]``,
  ``[unclear?]``, additions ``⟨…⟩``, deletions ``[[…]]`` (struck through in HTML),
  restorations ``⸢…⸣``, damage ``⌊…⌋``, surplus ``{…}``, a choice's source form with its
  other forms after it (``colour [reg: color]``), ``|`` where a line ends inside a word,
  ``[Page 37]`` in plain text.
* ``reading``: the clean reading text: corrections, regularisations and expansions instead
  of the source forms, additions in, deletions and surplus out, no brackets, no page
  numbers in the text. A gap is the one sign left, ``[…]``: a passage that is not there
  cannot be read away.

:func:`sign_for` says, for one element, what text goes before it, whether its content is
shown, and what text goes after it; :func:`choice_forms` which forms of a ``<choice>`` a
view shows, and how.
"""
from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any

from .tei import TEI_NS, text_of

T = f"{{{TEI_NS}}}"


class View(str, enum.Enum):  # noqa: UP042 (StrEnum would change str() of a member)
    DIPLOMATIC = "diplomatic"
    READING = "reading"


VIEW_HELP = {
    View.DIPLOMATIC: "the text as the source has it: [sic] after the word, [illegible] "
                     "and other gaps with their extent, [supplied] words in brackets, "
                     "[unclear?] words marked, additions ⟨…⟩, deletions [[…]], the "
                     "source form of a choice with its other forms, page numbers in the "
                     "text",
    View.READING: "the clean reading text: corrections instead of errors, supplied and "
                  "unclear words without brackets, additions in and deletions out, no "
                  "page numbers in the text; a gap is shown as […]",
}

OMISSION = "[…]"
SIC = "[sic]"
LINE_IN_WORD = "|"           # diplomatic: a line ends inside a word (<lb break="no"/>)


@dataclass(frozen=True)
class Sign:
    """How one element shows in a view: ``before`` + (content if shown) + ``after``."""

    before: str = ""
    after: str = ""
    show_content: bool = True


PLAIN = Sign()
HIDDEN = Sign(show_content=False)

# Diplomatic signs of transcription markup: (before, after); the reading view resolves
# each (see sign_for).
TRANSCRIPTION = {
    "add": ("⟨", "⟩"),
    "del": ("[[", "]]"),
    "restore": ("⸢", "⸣"),
    "damage": ("⌊", "⌋"),
    "surplus": ("{", "}"),
}
# A <choice>: the forms each view prefers, in order; the first present is shown.
SOURCE_FORMS = ("sic", "orig", "abbr")
READING_FORMS = ("corr", "reg", "expan")
# How the diplomatic view names a choice's other forms after the one it shows.
FORM_LABEL = {"corr": "sic", "reg": "reg", "expan": "expan", "orig": "orig", "abbr": "abbr",
              "sic": "sic"}


GAP_REASONS = {"illegible": "illegible", "damage": "damage", "inaudible": "inaudible",
               "unclear": "unclear", "missing": "missing", "lost": "lost",
               "not declassified": "not declassified", "sampling": "sampling",
               "omitted": "omitted", "convenience": "omitted", "irrelevant": "omitted",
               "editorial": "omitted", "cancelled": "omitted", "redacted": "redacted"}


def gap_description(gap) -> str:
    """What a gap without a description is, in words: its extent (a number and a unit
    that is a word) and its reason, one of :data:`GAP_REASONS` (any other reads "gap":
    an attribute's value is never shown as the master's words)."""
    reason = " ".join((gap.get("reason") or "").replace("-", " ").split()).lower()
    quantity = (gap.get("quantity") or "").strip()
    unit = (gap.get("unit") or gap.get("extent") or "").strip()
    extent = ""
    if quantity.isdigit() and unit.isalpha():
        extent = f"1 {unit[:-1]}" if quantity == "1" and unit.endswith("s") else \
            f"{quantity} {unit}"
    return f"{extent} {GAP_REASONS.get(reason, 'gap')}".strip()


def _local(el) -> str:
    tag = el.tag
    return tag[len(T):] if isinstance(tag, str) and tag.startswith(T) else ""


def sign_for(el, view: View) -> Sign:
    """The sign of one element in *view* (PLAIN for elements that carry no sign).

    Master text is never part of a sign: a correction or a gap's description is the content
    of its own element (``<corr>``, ``<desc>``) and the sign only surrounds it. The forms
    of a ``<choice>`` are :func:`choice_forms`'s.
    """
    name = _local(el)
    diplomatic = view is View.DIPLOMATIC
    if name in TRANSCRIPTION:
        if diplomatic:
            return Sign(*TRANSCRIPTION[name])
        if name == "surplus" or (name == "del" and not _in_restore(el)):
            return HIDDEN
        return PLAIN
    if name == "sic":
        return Sign(after=f" {SIC}") if diplomatic else PLAIN
    if name == "supplied":
        return Sign("[", "]") if diplomatic else PLAIN
    if name == "unclear":
        if not diplomatic:
            return PLAIN
        return Sign("[", "?]") if text_of(el).strip() else Sign("[?]", "", False)
    if name == "gap":
        if not diplomatic:
            return Sign(OMISSION, "", False)
        if text_of(el).strip():
            return Sign("[", "]")       # the description as printed is the gap's content
        return Sign(f"[{gap_description(el)}]", "", False)
    return PLAIN


def _in_restore(el) -> bool:
    return any(True for _ in el.iterancestors(T + "restore"))


@dataclass(frozen=True)
class ChoiceForms:
    """What a view shows of a ``<choice>``: one form, then (diplomatic only) the others,
    each as ``label: form`` inside ``[`` … ``]`` (``teh [sic: the]``)."""

    shown: Any                          # the element shown in the text (None: empty choice)
    others: tuple[tuple[str, Any], ...] = ()
    alone: str = ""                     # a sign when the shown form has no alternative
    stray: str = ""                     # text directly in the choice (not a form): kept

    OPEN = " ["
    SEPARATOR = "; "
    CLOSE = "]"


def choice_forms(choice, view: View) -> ChoiceForms:
    """The forms of *choice* a view shows: the reading view its first corr, reg or expan;
    the diplomatic view its first sic, orig or abbr, and every other form after it."""
    forms = [c for c in choice if isinstance(c.tag, str)]
    stray = " ".join(t.strip() for t in [choice.text, *(c.tail for c in choice)]
                     if t and t.strip())
    if not forms:
        return ChoiceForms(None, stray=stray)
    wanted = READING_FORMS if view is View.READING else SOURCE_FORMS
    shown = next((f for name in wanted for f in forms if _local(f) == name), forms[0])
    if view is View.READING:
        return ChoiceForms(shown, stray=stray)
    others = tuple((FORM_LABEL.get(_local(f), "or"), f)
                   for f in forms if f is not shown)
    alone = f" {SIC}" if not others and _local(shown) == "sic" else ""
    return ChoiceForms(shown, others, alone, stray)


def page_sign(pb, view: View) -> str:
    """A page break in running text: ``[Page 37]`` in the diplomatic view, nothing else."""
    if view is not View.DIPLOMATIC:
        return ""
    n = (pb.get("n") or "").strip()
    return f"[Page {n}]" if n else "[Page]"


def line_break(lb, view: View) -> tuple[bool, str]:
    """A line break: (whether the line breaks here, the sign inside a word). A line that
    ends inside a word (``break="no"``) never splits it: the diplomatic view marks the
    place with ``|``, the reading view joins the word."""
    if (lb.get("break") or "").strip() == "no":
        return False, LINE_IN_WORD if view is View.DIPLOMATIC else ""
    return True, ""
