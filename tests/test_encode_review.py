"""Defects a review of the session's merged rules found (page-foot stamps, capitals
compounds, headed pages, an uncertain page number, decades), each with the input that
showed it. The inputs are written for these tests."""
from __future__ import annotations

import pytest
from teiquery import encode, texts, xp

from teikit.readers import pages
from teikit.readers.datebounds import field_bounds
from teikit.sourcetext import Block, Line

PROSE = ("This is a long paragraph of ordinary prose that goes on for a while so that there "
         "is plenty of text before the first stamp appears on the page.")


def test_a_line_of_words_with_a_number_and_page_is_no_foot_stamp():
    """Only an archive's prefix and label may stand before a stamp's number: a line's
    words ("Yours truly,") are text, never left out with the stamp."""
    text = (f"{PROSE}\n\nYours truly, 32338011 Page 1\n\n{PROSE}\n\n"
            f"HW 50953 DocId:32338011 Page 2\n\n{PROSE}\n\nHW 50953 DocId:32338011 Page 3\n")
    root, _ = encode(text)
    assert "Yours truly, 32338011 Page 1" in texts(root, "//t:body//t:p")
    assert "HW 50953" not in "".join(texts(root, "//t:body//t:p"))


class _Quiet:
    def leave_out(self, *args, **kwargs) -> None:
        pass

    def fired(self, *args) -> None:
        pass


def test_foot_stamps_under_headings_only_are_left_alone():
    """Blocks that each open with a heading line (no block of text opens the first page):
    the blocks come back as they were (next() without a default raised StopIteration)."""
    blocks = [Block([Line(4 * n, f"Section {n}", "h2"), Line(4 * n + 1, PROSE),
                     Line(4 * n + 2, f"HW 50953 DocId:32338011 Page {n}")]) for n in (1, 2, 3)]
    assert pages.page_foot_stamps(blocks, _Quiet()) == blocks  # type: ignore[arg-type]


@pytest.mark.parametrize("head, tail, joined", [
    ("ANY", "THING", "ANYTHING"), ("WITH", "OUT", "WITHOUT"), ("CAN", "NOT", "CANNOT"),
    ("SOME", "THING", "SOMETHING")])
def test_a_closed_compound_cut_in_capitals_is_joined(head, tail, joined):
    """Both halves printed on their own elsewhere is no evidence of an open compound when
    the halves are the words English writes as one ("ANY-" / "THING")."""
    text = ("Report of the Camp\n\nThe men at the camp wrote that they had no food left, "
            "and that the\nstores were empty. The notice on the gate read WE CAN NOT WAIT "
            f"and\nanother read {head} MAN WHO CAN HELP, and a third read NOT {tail} DELAY, "
            f"ANY\nTHING WILL DO. The last one read SEND US {head}-\n{tail} YOU CAN and "
            "the men waited for a reply that did not come for a\nlong time, as the roads "
            "were closed by the snow in the valley below.\n")
    root, _ = encode(text)
    body = " ".join(texts(root, "//t:body//t:p"))
    assert joined in body and f"{head}-{tail}" not in body


def test_a_compound_of_two_words_in_capitals_keeps_its_hyphen():
    text = ("CABLE\n\nTHE MINISTRY SENT THE DRAFT-\nLAW TO CONGRESS. THE DRAFT IS A LAW OF "
            "THE LAND AND THE LAW IS OLD.\n")
    root, _ = encode(text)
    assert "DRAFT-LAW" in " ".join(texts(root, "//t:body//t:p"))


def test_one_bracketed_citation_with_a_page_is_no_page_break():
    """"[Hansard, p. 12]" once is a citation; a transcriber's header heads every page
    ("[Liberty Jail, April 01, 1839 — Page ?]" twice or more)."""
    root, _ = encode("Notes\n\nThe minister said the bill would pass.\n\n[Hansard, p. 12]\n\n"
                     "He was answered by the member for the north.\n")
    assert xp(root, "//t:pb") == []
    headed = ("Journal\n\n[Liberty Jail, April 01, 1839 — Page ?]\n\nWe are well.\n\n"
              "[Liberty Jail, April 02, 1839 — Page ?]\n\nWe are still well.\n")
    root, _ = encode(headed)
    assert len(xp(root, "//t:pb")) == 2


def test_a_page_number_with_a_query_keeps_its_page_break():
    root, _ = encode("Notes\n\nThe minister said the bill would pass.\n\n[Page 13?]\n\n"
                     "The debate went on late into the night.\n")
    assert xp(root, "//t:pb/@n") == ["13?"]


@pytest.mark.parametrize("value, bounds", [
    ("the 1890s", ("1890", "1899")), ("980's", ("0980", "0989")),
    ("1800s", None), ("the 2000s", None)])
def test_a_decade_ending_in_00_may_be_a_century_and_gives_no_bounds(value, bounds):
    found = field_bounds(value)
    if bounds is None:
        assert found is None
    else:
        assert found is not None
        assert (found[0]["notBefore"], found[0]["notAfter"]) == bounds


def test_strokes_before_a_dotted_word_are_no_link():
    """linkify reads "//a.b" as an address without a scheme: in a transcription the
    strokes are a sign (line ends, a caesura), never a link (found by hypothesis)."""
    from teikit.formats.marks import REF_OPEN
    from teikit.formats.urls import link_urls
    linked = link_urls("//a.b https://example.org/a/b. end")
    assert linked.startswith("//a.b ") and linked.count(REF_OPEN) == 1


def test_an_asciidoc_link_keeps_words_that_hold_an_equals_sign():
    """Only a named attribute ("window=_blank") of a link's list is left out; words with
    "=" inside them are the link's words ("AAA" was lost; found by hypothesis)."""
    root, _ = encode('= T\n\nlink:https://x.org/AA[AAA[cols="1,2"] and '
                     "link:https://x.org/[the site,window=_blank]\n", "links.adoc")
    assert [r.text.split("[")[0] for r in xp(root, "//t:body//t:ref")] == ["AAA", "the site"]
