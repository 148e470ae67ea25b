"""Web pages and Markdown dialects of scout round 13: XSLT editions' note blocks, script-linked
note markers and spacer images, Obsidian links, kramdown syntax. One small example each, from
the source named in the docstring."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from teiquery import encode, texts

from teikit import encode_text
from teikit.diagnostics import TeikitError


def test_a_note_block_opened_by_an_empty_anchor_and_closed_by_a_link_back():
    """Scholarly Editing, Cranch's journal (XSLT XHTML): `<div class="note"><a name="note1">
    </a>1. “My inheritance …”<a href="#nr1"><img alt="Go back"/></a></div>` crashed encode
    (the link back was taken for the note and removed from nothing)."""
    for back in ('<img src="goback.png" alt="Go back">', "back"):
        root, _ = encode('<html><body>\n<p>Work while it is day.<a href="#note1" name="nr1">'
                         '[1]</a></p>\n<div class="note"><a name="note1"></a>1. A line from '
                         f'Goethe.<a href="#nr1">{back}</a></div>\n</body></html>\n', "j.html")
        assert texts(root, "//t:body//t:note") == ["A line from Goethe."]
        assert texts(root, "//t:body//t:p") == ["Work while it is day.A line from Goethe."]


NOTE_PIECE = st.one_of(st.from_regex(r"[A-Za-z]{1,6}", fullmatch=True), st.sampled_from([
    " ", "\n", "<p>", "</p>", "<div class='note'>", "</div>", "<a name='n1'></a>",
    "<a href='#n1' name='r1'>[1]</a>", "<a href='#r1'>back</a>", "1. ", "<span>", "</span>",
    "<a href='#r1'><img src='b.png' alt='back'></a>", "<a id='n1'>", "</a>", "<sup>", "</sup>",
    "<script>x</script>", "<a href='#n1'>1</a>"]))


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(NOTE_PIECE, max_size=30).map("".join))
def test_any_arrangement_of_anchors_notes_and_links_back_encodes(text):
    """Property: markers, empty anchors, note blocks and links back in any order never make
    encode fail (round 13's crash was one such arrangement)."""
    try:
        encode_text(f"<html><body>{text}</body></html>", "n.html")
    except TeikitError as exc:          # only a page without words may be refused
        assert exc.diagnostic.code == "empty", str(exc)
