"""Encode speed (issue 8, fifth speed helper): the passes made cheaper give the same masters.

The bracketed-signature pass (readers/blocks.py) found each paragraph's next unit by
slicing the rest of the list (quadratic: 1.4 s of the bench's 4.8 MB text); it now carries
the next unit back from the end and finds a rule between two lines by bisection. The
library-stamp pass (readers/pages.py) tests a line for a piece of the stamp's words before
the case-blind pattern. Each is checked here against what it replaced.
"""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from teiquery import encode, texts, xp

from teikit.formats.marks import plain
from teikit.readers import blocks, pages
from teikit.readers.unit import Unit


def _old_bracketed_signatures(units, ctx) -> None:
    """The pass as it was before this round (the reference for the new one)."""
    rules = list(ctx.source.hints.rule_lines or [])
    for k, u in list(enumerate(units))[::-1]:
        if u.kind != "para" or u.span is None or k == 0:
            continue
        nxt = next((x for x in units[k + 1:] if x.kind not in ("pb", "cb")), None)
        ruled = nxt is not None and bool(u.block.lines) and bool(nxt.block.lines) and any(
            u.block.lines[-1].number < r < nxt.block.lines[0].number for r in rules)
        if nxt is not None and nxt.kind != "section" and not ruled:
            continue
        text = plain(u.span.text).strip()
        m = blocks.BRACKETED_SIGNATURE.match(text)
        if not m or not blocks.names_only(m.group("name")) or not any(
                x.kind in ("para", "turn", "list") for x in units[:k]):
            continue
        inner = u.span.strip()
        start = inner.text.find("[") + 1
        end = inner.text.rfind("]")
        u.kind, u.closing, u.span = "closer", [], inner[start:end].strip()
        ctx.fired("bracketed-signature")
        if ruled and nxt is not None:
            units.insert(units.index(nxt), Unit("section", nxt.block))


MINUTES = ("Minutes of the annual meeting held at the school house.\n\n"
           "Voted that the meeting be adjourned.\n\n[signature: D.M. McDonald]\n\n")


def test_a_signature_before_a_rule_closes_the_section_and_what_follows_is_one_of_its_own():
    root, _ = encode(MINUTES + "----------\n\n"
                     "Transcriber's notes: the page is torn at the foot.\n", "page.txt")
    assert texts(root, "//t:closer/t:signed") == ["signature: D.M. McDonald"]
    sections = xp(root, "//t:div[@type='section']")
    assert len(sections) == 2
    assert texts(sections[0], "./t:p") == ["Voted that the meeting be adjourned."]
    assert texts(sections[1], "./t:p") == ["Transcriber's notes: the page is torn at the foot."]


def test_a_signature_with_text_after_it_and_no_rule_stays_a_note():
    root, _ = encode(MINUTES + "Voted that the roads be mended.\n", "page.txt")
    assert not xp(root, "//t:closer")
    assert texts(root, "//t:note[@type='editorial']") == ["signature: D.M. McDonald"]
    assert texts(root, "//t:body//t:p")[-1] == "Voted that the roads be mended."


PIECES = ["Voted that the meeting be adjourned.", "The treasurer read his report.",
          "[signature: D.M. McDonald]", "[Signed: John Smith]", "----------", "* * *",
          "SECOND MEETING", "\f", "Page 2"]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=14))
def test_the_signature_pass_writes_what_the_quadratic_one_wrote(pieces):
    """Any run of paragraphs, signatures, rules, headings and page breaks: the master is
    byte for byte the one the pass before this round wrote."""
    text = "Minutes of a meeting\n\n" + "\n\n".join(pieces) + "\n"
    new = encode(text, "page.txt")[1].data
    kept = blocks._bracketed_signatures
    blocks._bracketed_signatures = _old_bracketed_signatures
    try:
        old = encode(text, "page.txt")[1].data
    finally:
        blocks._bracketed_signatures = kept
    assert new == old


@given(st.lists(st.integers(0, 60), max_size=12), st.integers(0, 60), st.integers(0, 60))
def test_a_rule_between_two_lines_by_bisection(rules, first, last):
    assert blocks._rule_between(sorted(rules), first, last) == any(
        first < r < last for r in rules)


STAMP_LETTERS = st.text(alphabet="©copyrightdigitzedbyalsanumérpgfvnCOPYRIGHTDIGBNFſıİK. \t",
                        max_size=40)


@settings(max_examples=300)
@given(st.one_of(STAMP_LETTERS, st.text(max_size=40),
                 st.sampled_from(["© Bibliothèque nationale", "Digitized by Google",
                                  "DIGITIZED BY Google", "Digitalizado por la BNE",
                                  "numérisée par la BnF", "Source gallica.bnf.fr",
                                  "Digitalisiert von der BSB", "COPYRIGHT 1923"])))
def test_the_quick_test_passes_every_library_stamp(text):
    """What LIBRARY_STAMP finds, the quick test before it lets through (case-blind
    matching's extra letters ſ ı İ K included)."""
    if pages.LIBRARY_STAMP.search(text):
        assert pages._may_be_stamp(text)


def test_the_quick_test_stops_ordinary_lines():
    assert not pages._may_be_stamp("Voted that the meeting be adjourned.")
    assert pages._may_be_stamp("Digitized by Google")
