"""Web pages and Markdown dialects of scout round 13: XSLT editions' note blocks, script-linked
note markers and spacer images, Obsidian links, kramdown syntax. One small example each, from
the source named in the docstring."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from teiquery import encode, texts, xp

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


def test_a_note_number_linked_by_script_is_the_marker_of_its_note():
    """Mark Twain Project, Dean Sage to Clemens, 30 March 1884: `my wife<a id="text_note10"
    onclick="selectNote('note10');">10</a> joins` with the note in `<div id="note10">` under
    "Explanatory Notes" (was: "my wife10 joins" and the notes repeated as paragraphs)."""
    root, _ = encode(
        '<html><body><div id="content-primary">\n<p>With regards to Mrs Clemens in which my '
        'wife<a class="superscript alteration" id="text_note10" onclick="selectNote(\'note10\''
        ');">10</a> joins,</p>\n</div><div id="notes"><h2>Explanatory Notes</h2>\n<div class='
        '"altnote" id="note10"><p class="footnote"><a name="an010"></a><span class="small"><span'
        ' class="superscript">10</span>Sarah Augusta Manning Sage (1841-1915) was the daughter '
        'of a Brooklyn merchant.</span></p></div>\n</div></body></html>\n', "sage.html")
    assert texts(root, "//t:body//t:note") == [
        "Sarah Augusta Manning Sage (1841-1915) was the daughter of a Brooklyn merchant."]
    assert xp(root, "//t:body//t:p")[0].text.endswith("my wife")
    assert not xp(root, "//t:body//t:head")


def test_a_spacer_image_between_two_words_keeps_them_apart():
    """Mark Twain Project letters: `<i>Copy-text:</i><img class="en-space" src="blank.gif"/>The
    Mark Twain Papers`, `Yours very truly<img alt="em space"/>Daniel` (were "Copy-text:The",
    "trulyDaniel"); "Copy-text" is an edition's field label, not a speaker."""
    root, _ = encode('<html><body>\n<p class="noindgap"><i>Copy-text:</i><img alt="glyph" '
                     'class="en-space" src="icons/blank.gif" />The Mark Twain Papers, The '
                     'Bancroft Library.</p>\n<p>Yours very truly<img alt="em space" class="em-'
                     'space" src="icons//blank.gif" />Daniel</p>\n</body></html>\n', "ct.html")
    assert texts(root, "//t:body//t:p") == [
        "Copy-text: The Mark Twain Papers, The Bancroft Library.", "Yours very truly Daniel"]
    assert not xp(root, "//t:sp")


def test_a_wiki_link_keeps_its_target_and_an_embed_is_no_text():
    """An Obsidian vault of newspaper clippings (Saroop Singh, Straits Times 1940):
    `![[../../raw-files/1940-02-07_straits-times_race.jpg]]`; FromThePage's subject links
    `[[A. Thomas|Mr. Thomas]]` (the target was lost, the embed kept as "!../../raw-files…")."""
    root, _ = encode("![[../../raw-files/1940-02-07_straits-times_race.jpg]]\n\nSelected "
                          "for the team: [[Saroop Singh]] and [[A. Thomas|Mr. Thomas]].\n",
                          "clip.md")
    assert texts(root, "//t:body//t:p") == ["Selected for the team: Saroop Singh and Mr. Thomas."]
    assert [r.get("target") for r in xp(root, "//t:body//t:ref")] == [
        "Saroop%20Singh", "A.%20Thomas"]
    assert "raw-files" not in " ".join(texts(root, "//t:text"))


def test_kramdown_comments_and_attribute_lists_are_no_text():
    """The Antiquary, January 1901, a Jekyll (kramdown) page: `{::comment} «« begin
    antiquary-january-1901 »» {::/comment}`, `January, 1901.` / `{:.publication-date}`,
    `*History of India*{:.book-title}` (all three were kept as words)."""
    root, _ = encode("{::comment} «« begin antiquary-january-1901 »» {::/comment}\n# The "
                     "Antiquary.\n\nJanuary, 1901.\n{:.publication-date}\n\nMr. Roberts has "
                     "edited the *History of India*{:.book-title} and found new facts.\n",
                     "antiquary.md")
    assert texts(root, "//t:body//t:head") == ["The Antiquary."]
    assert texts(root, "//t:body//t:p") == [
        "Mr. Roberts has edited the History of India and found new facts."]
    assert texts(root, "//t:body//t:dateline") == ["January, 1901."]      # (low18)


def test_a_bold_first_word_is_no_speaker():
    """The Antiquary, "Notes of the Month": `**The** British School at Rome was announced`
    (the whole page became one speech of a speaker "The")."""
    root, _ = encode("## Notes of the Month.\n\n**The** British School at Rome was announced\n"
                     "to open in December.\n\nWorkmen engaged in drainage excavations came "
                     "upon the foundations.\n", "notes.md")
    assert not xp(root, "//t:sp")
    assert texts(root, "//t:body//t:p/t:hi[@rend='bold']") == ["The"]


def test_bracketed_italic_words_of_the_editors_are_editorial_notes():
    """Mark Twain Project, the envelope of Dean Sage's letter: `Esq <span class="normal">[<i>
    rule</i>]</span> | Hartford`, `[<i>postmarked:</i>] new-york mar 31` (were <supplied>);
    a roman completion `new y[ork]` stays <supplied>."""
    root, _ = encode('<html><body>\n<p>Yours truly Dean Sage</p>\n<p class="noindent">S. L. '
                     'Clemens Esq <span class="normal">[<i>rule</i>]</span> | Hartford | Conn.'
                     '\n<span class="normal">[<i>postmarked:</i>]</span> new y[ork] mar 31 7 '
                     'pm 84</p>\n</body></html>\n', "sage.html")
    assert texts(root, "//t:body//t:note[@type='editorial']") == ["rule", "postmarked:"]
    assert texts(root, "//t:body//t:supplied") == ["ork"]


def test_a_lower_case_label_with_a_colon_in_brackets_is_an_editorial_note():
    """Mark Twain Project letters as plain text: "[return address:] 839 St. Marks Ave"."""
    root, _ = encode("Dear Clemens,\n\nI write.\n\n[return address:] 839 St. Marks Ave\n")
    assert texts(root, "//t:body//t:note[@type='editorial']") == ["return address:"]
    assert not xp(root, "//t:supplied")


def test_a_name_with_its_life_dates_is_no_speaker():
    """Mark Twain Project, "Persons Mentioned" under a letter: `<b>Daniel Chester  French</b>
    (1850–1931)` and a paragraph about him (was a speech of "Daniel Chester French")."""
    root, _ = encode('<html><body>\n<p>My dear Mr. Clemens, I would like an autograph.</p>\n'
                     '<div><h2>Persons Mentioned</h2><p><b>Daniel Chester  French</b>  (1850–'
                     '1931)\n<br /><div class="normal"><p>Daniel Chester French was a prolific '
                     'sculptor best known for his "Minuteman".</p></div><br /></p></div>\n'
                     '</body></html>\n', "french.html")
    assert not xp(root, "//t:sp") and not xp(root, "//t:person")
    assert "Daniel Chester French (1850–1931)" in texts(root, "//t:body//t:p")


def test_a_site_title_template_with_an_empty_slot_is_no_title():
    """Mark Twain Project letters: every page's <title> is "Mark Twain Project :: Letters ::
    : an electronic text" (the letter's own part empty); the letter's head gives the title."""
    root, _ = encode('<html><head><title>Mark Twain Project :: Letters ::  : an electronic '
                     'text</title></head><body>\n<h2>Daniel C. French to Samuel L. Clemens</h2>'
                     '\n<p>My dear Mr. Clemens</p>\n<p>I am very desirous of obtaining an '
                     'autograph of yours.</p>\n</body></html>\n', "french.html")
    assert texts(root, "//t:titleStmt/t:title") == ["Daniel C. French to Samuel L. Clemens"]
    assert "Mark Twain Project" not in " ".join(texts(root, "//t:text"))
