"""Who asks and who answers in a printed examination: under a heading that names the
witness and the examiner ("John Smith sworn. Examined by Mr. Erskine.", "Jane Rickman
cross-examined by Mr. Garrow.", "Direct examination of John Smith by Mr. Jones", "EXAMINATION
BY MR. X:" after "JOHN SMITH, having been duly sworn, testified as follows:"), a "Q." turn is
the examiner's and an "A." turn the witness's: @who names the person, <speaker> keeps "Q" or
"A" as printed. Where no heading names both, Q and A stay what they are (the labels)."""
from __future__ import annotations

import re

from ..tei import tei, text_of

# a person as printed: a title or two, then one to four capitalised words ("Mr. Attorney
# General", "MR. GARROW", "Thomas Clio Rickman", "Dr. O'Neil")
_TITLE = r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Serjeant|Sergeant|Judge|Senator|Assemblyman|" \
         r"Counsel|Attorney|Solicitor|the)\.?\s+)"
_NAME = rf"{_TITLE}{{0,2}}[A-Z][\w'’-]*\.?(?:\s+[A-Z][\w'’-]*\.?){{0,3}}"
_NAME_CI = rf"(?i:{_TITLE}{{0,2}})[A-Z][\w'’-]*\.?(?:\s+[A-Z][\w'’-]*\.?){{0,3}}"
_KIND = r"(?:(?:direct|cross|re-?direct|re-?cross|re)[- ]?)?"
# "John Smith sworn. Examined by Mr. Erskine." / "Jane Rickman cross-examined by Mr. Garrow."
SWORN_EXAMINED = re.compile(
    rf"^(?P<witness>{_NAME})\s*[,.—–-]*\s*(?:(?i:sworn|affirmed|called|recalled)\b[^.—–]{{0,40}}"
    rf"[.,;:—–-]*\s*)?(?i:{_KIND}examined)\s+(?i:by)\s+(?P<examiner>{_NAME_CI})[.:]?\s*$")
# "Direct examination of John Smith by Mr. Jones" / "EXAMINATION BY MR. X:"
EXAMINATION_BY = re.compile(
    rf"^(?i:{_KIND}examination)(?:\s+(?i:of)\s+(?P<witness>{_NAME_CI}))?\s+(?i:by)\s+"
    rf"(?P<examiner>{_NAME_CI})[.:]?\s*$")
# "JOHN SMITH, having been first duly sworn, testified as follows:" / "John Smith, sworn."
WITNESS_SWORN = re.compile(
    rf"^(?P<witness>{_NAME}),?\s+(?i:(?:called\s+as\s+a\s+witness[^.:]*?,?\s+)?"
    rf"(?:having\s+been\s+)?(?:first\s+)?(?:duly\s+)?(?:sworn|affirmed)\b)[^.]{{0,60}}[.:]?\s*$")
QA = {"q": "examiner", "a": "witness"}


def examiners(body) -> dict:
    """The examination turns under a heading that names both people: {<sp>: person as
    printed} for each "Q"/"A" turn there."""
    persons: dict = {}
    witness = examiner = None
    for el in body.iter(tei("p"), tei("head"), tei("stage"), tei("sp")):
        if el.tag == tei("sp"):
            speaker = el.find(tei("speaker"))
            label = text_of(speaker).strip().rstrip(".:").casefold() if speaker is not None \
                else ""
            if label in QA and witness and examiner:
                persons[el] = examiner if label == "q" else witness
            continue
        if el.getparent() is not None and el.getparent().tag == tei("sp"):
            continue                                    # a turn's own paragraph
        text = " ".join(text_of(el).split())
        if len(text) > 160:
            continue
        m = SWORN_EXAMINED.match(text)
        if m:
            witness, examiner = _clean(m.group("witness")), _clean(m.group("examiner"))
            continue
        m = EXAMINATION_BY.match(text)
        if m:
            witness = _clean(m.group("witness")) if m.group("witness") else witness
            examiner = _clean(m.group("examiner"))
            continue
        m = WITNESS_SWORN.match(text)
        if m:
            witness, examiner = _clean(m.group("witness")), None
            continue
        if el.tag == tei("head"):
            witness = examiner = None                   # a new part: a new examination
    return persons


def _clean(name: str) -> str:
    """A name as printed without the sentence's full stop ("Mr. Erskine." -> "Mr. Erskine")."""
    name = name.strip()
    return name[:-1] if name.endswith(".") and not re.search(r"\b[A-Z]\.$|\bM[rs]s?\.$",
                                                              name) else name
