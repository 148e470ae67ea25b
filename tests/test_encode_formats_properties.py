"""Property tests for the source formats (hypothesis): any Markdown or HTML text never
crashes encode, gives valid TEI-All with no internal mark left in it, and keeps every word
that the format's own parser sees as text."""
from __future__ import annotations

import os
import re

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from lxml import html
from teiquery import encoded_valid

from teikit.formats.html import BLOCKS

from wordcheck import SIGNS, missing_words, words

pytestmark = [pytest.mark.shared, pytest.mark.slow]
SETTINGS = settings(max_examples=int(os.environ.get("TEIKIT_EXAMPLES", "150")), deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])

WORD = st.from_regex(r"[A-Za-zé]{1,8}", fullmatch=True)
MD_PIECE = st.one_of(WORD, WORD, WORD, st.sampled_from([
    " ", " ", "\n", "\n\n", "*", "**", "_", "#", "## ", "> ", "- ", "1. ", "[", "]", "(",
    ")", "[^1]", "[^1]: ", "`", "```\n", "<b>", "</b>", "<!-- c -->", "&amp;", "&mdash;",
    "\\", "---\n", "| a | b |\n|---|---|\n", "[1]", "[sic]", "[Page 2]", "Name: ", ":"]))
HTML_PIECE = st.one_of(WORD, WORD, WORD, st.sampled_from([
    " ", "\n", "<p>", "</p>", "<em>", "</em>", "<b>", "</b>", "<br>", "<h2>", "</h2>",
    "<pre>", "</pre>", "<li>", "<ul>", "</ul>", "<nav>", "</nav>", "<script>x</script>",
    "<a href='#n1'>1</a>", "<div id='n1'>", "</div>", "<sup>", "</sup>", "&amp;", "&lt;",
    "<table><tr><td>", "</td><td>", "</td></tr></table>", "[", "]", "<!-- c -->"]))


def _markdown_words(text: str) -> list[str]:
    """The words markdown-it-py sees as text (not syntax, not link targets)."""
    from markdown_it import MarkdownIt
    from mdit_py_plugins.footnote import footnote_plugin
    from mdit_py_plugins.front_matter import front_matter_plugin
    md = (MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
          .use(front_matter_plugin).use(footnote_plugin))
    out: list[str] = []
    for tok in md.parse(text):
        if tok.type in ("fence", "code_block"):
            out.append(tok.content)
        inline = []                     # one block's text, its pieces as they run together
        for child in tok.children or []:
            if child.type in ("text", "code_inline"):
                inline.append(child.content)
            elif child.type in ("softbreak", "hardbreak", "footnote_ref", "image"):
                inline.append(" ")
        # an annotation line's key ("_note: …", README) names the note's type: syntax
        out.append(ANNOTATION_KEY.sub(" ", "".join(inline)))
    return words(SIGNS.sub(" ", " ".join(out)))     # [Page 2], [1]: signs, not words


ANNOTATION_KEY = re.compile(r"(?m)^_[a-z]{2,12}:")


@SETTINGS
@given(st.lists(MD_PIECE, max_size=60).map("".join))
def test_any_markdown_encodes_valid_and_keeps_its_words(tei_all_rng, text):
    encoded = encoded_valid(tei_all_rng, text, "gen.md")
    if encoded is None:
        return
    assert not missing_words(_markdown_words(text), encoded[1])


@SETTINGS
@given(st.lists(HTML_PIECE, max_size=60).map("".join))
# a note's list inside the note, its item without <li>: "AA" and "A" were glued (CI found it)
@example("<a href='#n1'>1</a><div id='n1'>AA<ul>A")
# a back-link inside the note, glued to the word after it: kept as "[1]", apart (CI found it)
@example("<a href='#n1'>1</a><div id='n1'><a href='#n1'>1</a>A")
def test_any_html_encodes_valid_and_keeps_its_words(tei_all_rng, text):
    page = f"<html><body>{text}</body></html>"
    encoded = encoded_valid(tei_all_rng, page, "gen.html")
    if encoded is None:
        return
    root = encoded[1]
    # a link to an id in the page that looks like a marker is a note's marker (a sign) if
    # teikit finds the note, else words: a word counts as lost only if lost every way
    # (kept as text, the marker may stand apart from the words beside it, "[1] A", or glued)
    readings = [_page_words(page, markers=True), _page_words(page, markers=False),
                _page_words(page, markers=False, apart=True)]
    lost = missing_words(readings[0], root)
    for reading in readings[1:]:
        lost &= missing_words(reading, root)
    assert not lost


def _page_words(page: str, markers: bool, apart: bool = False) -> list[str]:
    doc = html.document_fromstring(page)
    for bad in doc.xpath("//script|//style|//nav"):
        bad.drop_tree()
    ids = {el.get("id") for el in doc.iter() if isinstance(el.tag, str) and el.get("id")}
    for a in doc.xpath("//a[starts-with(@href, '#')]"):
        inside = any(anc.get("id") == a.get("href")[1:] for anc in a.iterancestors())
        if a.get("href")[1:] not in ids \
                or not re.fullmatch(r"\W*\d{1,4}\W*", a.text_content() or ""):
            continue
        if markers and not inside:
            a.text, a.tail = " ", " " + (a.tail or "")
            for child in list(a):
                a.remove(child)
        elif apart:
            a.text, a.tail = " " + (a.text or ""), " " + (a.tail or "")
    for el in doc.iter():            # blocks and line breaks separate words; inline tags do not
        if isinstance(el.tag, str) and (el.tag in BLOCKS or el.tag == "br"):
            el.tail = " " + (el.tail or "")
            el.text = " " + (el.text or "")
    return words(SIGNS.sub(" ", doc.text_content()))


# Plain-text blocks in the conventions' real forms (letters, plays, debates, notes, pages),
# in any order and number: the rules must compose into a valid master whatever the order
CONVENTION_BLOCK = st.sampled_from([
    "Besançon, 28 octobre 1840.", "Thursday,\n18 November 2021", "Mes chers parens,",
    "Mes chers parens,\nJe n'ai rien de pressant à vous dire.", "Dear Sir,", "MADISON",
    "To the People of the State of New York:", "Adieu, je vous embrasse tous.",
    "I am, Sir, your obedient servant,", "PASTEUR Louis", "L.P", "P.S. Write soon.",
    "Algernon.  Did you hear what I was playing, Lane?", "Lane.  Yes, sir. [Hands them.]",
    "  DALAND.", "  Kein Zweifel! Sieben Meilen fort.", "JUDOC.--Maar wat zegt gij?",
    "Senator Mark Wall: I welcome the Minister.", "06/10/2021A00200",
    "Minister of State (Deputy Sean Fleming): I am taking this.", "[Page 12]", "124",
    "Energy Prices: Motion .......... 134", "Lane: Mr. F. Kinsey Peile.\nCecily: Miss E. "
    "Millard.\nMerriman: Mr. Frank Dyall.", "It was said[D] long ago.", "[D] A note.",
    "A word [sic] and [tape reverses] and [Kernighan] and (Applause.) here.",
    "[Enter Lane.]", "(Laughter.)", "Q. Where were you?", "A. At home.",
    "The long paragraph of a word processor runs on and on and on and on and on and on "
    "and on and on and on and on and on and on and on and on and on and on and on and on "
    "and on and on and on and on and on and on and on and on and on and on and ends.\nAnd "
    "the next one starts on the next line and runs on and on and on and on and on and on "
    "and on and on and on and on and on and on and on and on and on and on and ends here.",
    "\f", "_emphasis_ and [Stiffly_._]", "1. An enumeration", "(a) another"])


@SETTINGS
@given(st.lists(CONVENTION_BLOCK, min_size=1, max_size=14).map("\n\n".join))
def test_conventions_in_any_order_give_a_valid_master(tei_all_rng, text):
    encoded_valid(tei_all_rng, text, "gen.txt")   # never an internal error (exit 70)
