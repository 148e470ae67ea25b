"""Notes: footnotes and their markers, note lists, marginal and inline notes.

The cases of the scouting rounds and their leftovers (r26, r28, r29, r30, r31, r34, r35,
round15, round19, brackets_round12, letters_round11, turns_round11, web_round13, low_scores),
regrouped by convention; each section is named by the round it came from. Where the inputs come
from (their provenance and licences): tests/ROUNDS.md, under the round's name."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from shared_sources import (
    LETTER_HOME,
    LONG,
    PANDOC_PLAIN,
    QUERIES,
    SEGMONTO,
    WAR_DIARY,
    _block,
    _line_r28,
    alto,
    encoded,
)
from teiquery import encode, texts, xp

from teikit import encode_text
from teikit.diagnostics import TeikitError

DIARY = ("# JUNE 1911\n\n"
         "[12]  \n**June 1st** Worked in the cannery all day.  \nWalked to the mill.\n"
         "[13]\n**June 2nd** Rained hard.[^1]\n"
         "[14]\n**June 3rd** Got home at 12:[5]0 and slept.\n\n"
         "[^1]: Original: *rane*\n"
         "[^6]: It is unclear what she meant.\n")


# A soldier's letter home (Donald, Cape Town, 10 December 1916; a family's transcription)


NOTE_PIECE = st.one_of(st.from_regex(r"[A-Za-z]{1,6}", fullmatch=True), st.sampled_from([
    " ", "\n", "<p>", "</p>", "<div class='note'>", "</div>", "<a name='n1'></a>",
    "<a href='#n1' name='r1'>[1]</a>", "<a href='#r1'>back</a>", "1. ", "<span>", "</span>",
    "<a href='#r1'><img src='b.png' alt='back'></a>", "<a id='n1'>", "</a>", "<sup>", "</sup>",
    "<script>x</script>", "<a href='#n1'>1</a>"]))


# ---------------------------------------------------------------------- r26


def test_the_reference_the_pages_source_metadata_ends_with_is_a_source_note():
    """<meta name="DC.source" content="The National Archives of the UK (TNA): WO
    95/1501/3, pp 1-9"> and the line "WO 95/1501/3, pp 1-9" over the table: a source note,
    never a paragraph of the text or its title."""
    page = WAR_DIARY.format(long=LONG).replace(
        "<title>October 1914</title>", '<title>October 1914</title><meta name="DC.source" '
        'content="The National Archives of the UK (TNA): WO 95/1501/3, pp 1-9"/>')
    root, _ = encode(page, "diary.xhtml")
    assert texts(root, "//t:body//t:note[@type='source']") == ["WO 95/1501/3, pp 1-9"]
    assert "WO 95/1501/3, pp 1-9" not in texts(root, "//t:body//t:p")
    assert texts(root, "//t:titleStmt/t:title") == ["War Diary – 12 Inf Bde"]


# ---------------------------------------------------------------------- r28


def test_numbering_zone_is_the_page_number_and_margin_zone_a_margin_note():
    """Genlis f59 / Bastille 14: NumberingZone "57" (PHYSICAL_IMG_NR 7), a MarginTextZone
    beside the second line."""
    root, result = encoded(alto([
        _block([_line_r28("nous avons été voir le Salon", 240, 260, 1800, 100, "LT1"),
                _line_r28("de peinture à paris et les", 240, 375, 1800, 100, "LT1"),
                _line_r28("ouvrages de madame Le brun", 240, 480, 1800, 100, "LT1")], "BT4"),
        _block([_line_r28("2 janv.", 2150, 380, 200, 60, "LT1")], "BT2"),
        _block([_line_r28("57", 2308, 86, 100, 60, "LT1")], "BT3")], SEGMONTO, img="7"))
    assert [pb.get("n") for pb in xp(root, "//t:body//t:pb")] == ["57"]
    assert texts(root, "//t:note[@place='margin']") == ["2 janv."]
    [p] = xp(root, "//t:body//t:p")
    assert " ".join("".join(p.itertext()).split()) == (
        "nous avons été voir le Salon de 2 janv. peinture à paris et les ouvrages de madame "
        "Le brun")
    assert ("57", "page-number") in [(x.text, x.code) for x in result.left_out]


def test_a_margin_note_above_all_the_text_stands_before_the_salutation():
    """Bastille 14: the docket "2 janv." at the top right, over "Monseigneur"."""
    root, _ = encoded(alto([
        _block([_line_r28("Monseigneur", 575, 639, 700, 110, "LT3")], "BT1"),
        _block([_line_r28("jl ma esté jnpossible de pouvoir", 209, 1597, 2000, 110, "LT1"),
                _line_r28("vous donner de me nouvelle", 203, 1714, 2000, 110, "LT1")], "BT1"),
        _block([_line_r28("2 janv.", 2150, 242, 200, 60, "LT1")], "BT2")], SEGMONTO))
    [div] = xp(root, "//t:body/t:div")
    assert [c.tag.split("}")[1] for c in div] == ["pb", "note", "opener", "p"]
    assert texts(root, "//t:div/t:note[@place='margin']") == ["2 janv."]
    assert texts(root, "//t:opener/t:salute") == ["Monseigneur"]


# ---------------------------------------------------------------------- r29


def test_back_referenced_notes_are_read_at_their_glued_digits():
    root, _ = encode(PANDOC_PLAIN, "letters.txt")
    notes = xp(root, "//t:body//t:note")
    assert [(n.get("n"), "".join(n.itertext())) for n in notes] == [
        ("1", "השווה מכתב יג, למעלה."), ("2", "סלונימסקי.")]
    assert notes[0].getparent().text.endswith("תּמונות של משה")
    assert notes[1].tail.startswith(" לתתּו, ובשנת 1885")
    assert "\u21a9" not in " ".join(texts(root, "//t:text"))


def test_back_references_without_their_markers_stay_text():
    root, _ = encode("Title\n\nA text with no markers at all.\n\nAnother line.\n\n"
                     "Some note.  \u21a9\n", "doc.txt")
    assert xp(root, "//t:body//t:note") == []
    assert "Some note." in " ".join(texts(root, "//t:body//t:p"))


# ---------------------------------------------------------------------- r30


def test_bare_numbered_endnotes_with_a_capitalised_second_paragraph():
    """"1 text" paragraphs at the end, confirmed by [1] and [2] in the text: notes at their
    markers; the note's second paragraph ("It was used …") stays in the note."""
    root, _ = encode("11 September 1936 [1]\n\n## REFORM OF THE COVENANT\n\n"
                     "The fundamental bases of policy are those of M. Blum [2] and others.\n\n"
                     "The Covenant to be separated from the Treaty.\n\n"
                     "1 This memorandum was prepared by the Department.\n\n"
                     "It was used unaltered as a brief by the delegation.\n\n"
                     "2 Leon Blum, French Prime Minister.\n\n"
                     "[AA: CP 4/2, BUNDLE 2, ITEM 35]\n", "memo.md")
    assert texts(root, "//t:body//t:note[@n]") == [
        "This memorandum was prepared by the Department.It was used unaltered as a brief "
        "by the delegation.", "Leon Blum, French Prime Minister."]
    assert len(xp(root, "//t:body//t:note[@n='1']/t:lb")) == 1     # the two paragraphs
    assert xp(root, "//t:body//t:note[@n='2']/preceding-sibling::text()")[-1].endswith(
        "M. Blum ")
    assert not [p for p in texts(root, "//t:body//t:p") if p.startswith(("1 ", "2 ", "It "))]
    assert texts(root, "//t:body//t:note[@type='source']") == ["AA: CP 4/2, BUNDLE 2, ITEM 35"]


def test_a_numbered_list_at_the_end_without_markers_stays_text():
    root, _ = encode("We agreed on these points.\n\nThey are final.\n\n"
                     "1 The fleet sails in May.\n\nIt returns in June.\n\n"
                     "2 The port stays open.\n", "points.md")
    assert not xp(root, "//t:body//t:note")
    assert "It returns in June." in texts(root, "//t:body//t:p")


# ---------------------------------------------------------------------- r31


def test_glued_markers_after_a_closing_quote_and_ibid_entries_are_notes_not_pages():
    """The Federalist No. 6 (PG #18): "neighbors."3" is a glued marker after a full stop
    and a quote; the entries "2 Ibid." and "3 Ibid." one under the other are notes, never
    a running head with page numbers."""
    root, _ = encode("The celebrated Pericles, in compliance with the resentment of a "
                     "prostitute,1 at the expense\nof much of the blood of his countrymen, "
                     "attacked the MEGARENSIANS,2 another nation.\n\n"
                     "He was the primitive author of that war which sacrificed the peace of "
                     "Greece\nto the selfish views of those who sought gain at the expense of "
                     "their neighbors.\"3\n\n"
                     "PUBLIUS.\n\n"
                     "1 Aspasia, vide \"Plutarch's Life of Pericles.\"\n\n"
                     "2 Ibid.\n\n"
                     "3 Ibid.\n", "fed6.txt")
    assert texts(root, "//t:body//t:note") == [
        "Aspasia, vide \"Plutarch's Life of Pericles.\"", "Ibid.", "Ibid."]
    assert not xp(root, "//t:pb")
    assert xp(root, "//t:note[@n='3']/preceding-sibling::node()[1]")[0].endswith(
        "neighbors.\"")


def test_a_linked_footnote_loses_the_text_editions_label_and_brackets():
    """PG #13065's HTML: <div class="footnote"><p>[Footnote 1: On his return …]</p>."""
    page = ("<html><body><h3>TO DR. SCHADE.</h3><p>I must tell you that from the time I "
            "left Augsburg<sup class='footref'><a href='#footnote2'>[1]</a></sup> my "
            "cheerfulness began to decline.</p>"
            "<div class='footnote' id='footnote2'><p>[Footnote 1: On his return from "
            "Vienna, whither Max Franz had sent him.]</p></div></body></html>")
    root, _ = encode(page, "schade.html")
    assert texts(root, "//t:body//t:note") == [
        "On his return from Vienna, whither Max Franz had sent him."]


def test_an_indented_note_under_the_text_is_the_note_of_the_one_free_symbol_above_it():
    """Jefferson's Autobiography (PG #16781): "drawn under them; * and those inserted" and,
    after pictures' notes, the editor's "     * In this publication, …" indented."""
    root, _ = encode("The parts struck out by Congress shall be distinguished by a black line\n"
                     "drawn under them; * and those inserted by them shall be placed in the\n"
                     "margin, or in a concurrent column.\n\n"
                     "[Illustration: Draft of Declaration of Independence, page016]\n\n"
                     "     * In this publication, the parts struck out are printed in\n"
                     "     Italics and inclosed in brackets.\n\n"
                     "When, in the course of human events, it becomes necessary for one "
                     "people.\n", "draft.txt")
    assert texts(root, "//t:body//t:note[@n='*']") == [
        "In this publication, the parts struck out are printed in Italics and inclosed in "
        "brackets."]
    note = xp(root, "//t:body//t:note[@n='*']")[0]
    assert note.getparent().text.endswith("drawn under them;")


# ---------------------------------------------------------------------- r34


# ---------------------------------------------------------------------- r35


def test_bare_numbers_on_their_own_lines_are_pages_when_the_text_has_footnotes():
    """"[12]" alone on its line (a hard break, or a soft one, joins it to the entry's first
    line) in a rising run, in a text whose notes are "[^n]": the original's pages, never
    note definitions that swallow the day's entry."""
    root, _ = encode(DIARY, "june.md")
    assert [pb.get("n") for pb in xp(root, "//t:body//t:pb")] == ["12", "13", "14"]
    assert texts(root, "//t:body//t:p") == [
        "June 1st Worked in the cannery all day.Walked to the mill.",
        "June 2nd Rained hard.Original: rane",
        "June 3rd Got home at 12:50 and slept."]
    assert texts(root, "//t:body//t:note[@n='1']") == ["Original: rane"]


def test_a_bracketed_figure_inside_a_number_is_supplied_not_a_marker():
    """"12:[5]0": the editor's doubtful figure inside a time, never footnote 5's marker;
    footnote 6, which nothing refers to, stands at the end under its own number."""
    root, _ = encode(DIARY, "june.md")
    assert texts(root, "//t:body//t:supplied") == ["5"]
    assert xp(root, "//t:body//t:p[t:supplied]/text()")[-2:] == [" Got home at 12:",
                                                                  "0 and slept."]
    assert [n.get("n") for n in xp(root, "//t:body//t:note")] == ["1", "6"]
    assert texts(root, "//t:body//t:note[@n='6']") == ["It is unclear what she meant."]


def test_a_run_of_bare_numbers_without_footnotes_needs_three_rising_by_one():
    root, _ = encode("# Day book\n\n[3]\n\nWent out.\n\n[4]\n\nCame in.\n\n[5]\n\nSlept.\n",
                     "book.md")
    assert [pb.get("n") for pb in xp(root, "//t:body//t:pb")] == ["3", "4", "5"]


def test_numeric_footnote_labels_are_kept_as_the_notes_numbers():
    root, _ = encode("Got to[^4] S.B.[^5] at 11:00. Home by[^9] noon.\n\n"
                     "[^4]: Probably Mishawaka.\n[^5]: South Bend\n[^9]: Refer to footnote #5.\n",
                     "diary.md")
    assert [(n.get("n"), "".join(n.itertext())) for n in xp(root, "//t:body//t:note")] == [
        ("4", "Probably Mishawaka."), ("5", "South Bend"), ("9", "Refer to footnote #5.")]


def test_an_empty_footnote_definition_is_reported_and_its_marker_left_out():
    root, result = encode("Got to[^4] S.B.[^5] at 11:00.\n\n[^4]:\n[^5]: South Bend\n",
                          "diary.md")
    assert texts(root, "//t:body//t:p") == ["Got to S.B.South Bend at 11:00."]
    assert [n.get("n") for n in xp(root, "//t:body//t:note")] == ["5"]
    assert "note-empty" in [d.code for d in result.diagnostics]


# ---------------------------------------------------------------------- round15


# ---------------------------------------------------------------------- round19


def test_lemma_commentary_is_anchored_notes():
    """A digital edition's commentary after a letter, as printed editions set it
    ("Hofrath] gemeint ist …" in an apparatus block): a note after the first place that
    reads the lemma; an entry whose lemma is not in the text is a note, its lemma kept."""
    root, _ = encode("<html><body><p>Lieber Bruder,</p><p>Der Hofrath war gestern hier und "
                     "brachte Nachricht.</p><p>Dein Wilhelm</p><div class=\"commentary\">"
                     "<p>Hofrath] gemeint ist Johann Friedrich Blumenbach.</p>"
                     "<p>Kassel] nicht im Brief genannt.</p></div></body></html>", "brief.html")
    notes = xp(root, "//t:body//t:note")
    assert texts(root, "//t:body//t:note") == ["gemeint ist Johann Friedrich Blumenbach.",
                                               "Kassel] nicht im Brief genannt."]
    assert notes[0].getparent().tag.endswith("p")
    assert "Hofrath]" not in " ".join(texts(root, "//t:body//t:p"))


# ---------------------------------------------------------------------- brackets_round12


# ---------------------------------------------------------------------- letters_round11


def test_a_symbol_glued_to_the_word_it_explains_is_a_note():
    """Donald's letter: the transcriber's gloss "*Blighty means England" on the last line,
    the word marked "Blighty*" in the text: a note at the marker, no text left over."""
    root, _ = encode(LETTER_HOME, "letter.txt")
    assert texts(root, "//t:note") == ["Blighty means England"]
    note = xp(root, "//t:note")[0]
    assert "".join(note.getparent().itertext()).startswith("Last night")
    body = "".join(xp(root, "//t:body")[0].itertext())
    assert "*" not in body


def test_a_note_set_in_the_sentence_it_explains_is_a_note_there():
    """Donald's letters in HTML (1917): the family's gloss in a <span class="fn"> right
    after the word, the transcriber's asterisk on the word: a note at that place (the
    asterisk its marker), the sentence read on after it."""
    root, _ = encode("<html><body><p>Nellie sent me a bosker*\n<span class=\"fn\">bosker, "
                     "Australian slang meaning first rate or excellent</span>\nparcel of "
                     "cakes and butter today.</p></body></html>", "letter.html")
    assert texts(root, "//t:p/t:note") == [
        "bosker, Australian slang meaning first rate or excellent"]
    p = xp(root, "//t:p[t:note]")[0]
    assert p.text == "Nellie sent me a bosker"
    assert xp(root, "//t:p/t:note")[0].tail.strip() == "parcel of cakes and butter today."


# ---------------------------------------------------------------------- turns_round11


def test_paragraph_cited_by_number_is_no_note_marker():
    """Re Nalpon, Zero Geraldo Mario [2017] SGHC 301 in Markdown (sg-2017-sghc-301-nalpon-
    judgment.md): "as set out at [9] and [10] above" cites the judgment's paragraphs; the
    notes 9 and 10 stand at their own markers further on."""
    root, _ = encode("# Re Nalpon\n\n12 His affidavit repeated his complaint as set out at [9] "
                     "and [10] above. The Lawyers had misled the court.[^1]\n\n"
                     "14 The Law Society was effectively a non existent party. [^9]\n\n"
                     "15 Its presence would not cause any prejudice to the applicant. [^10]\n\n"
                     "16 See Manjit Singh at [85] on the duty to give reasons.\n\n"
                     "[^1]: Affidavit of the applicant p 28\n"
                     "[^9]: Affidavit of the applicant in support of RA 232/2017\n"
                     "[^10]: Certified transcript p 7 lines 4-19\n", "judgment.md")
    assert "as set out at [9] and [10] above." in texts(root, "//t:body//t:p")[0]
    assert texts(root, "//t:p[starts-with(., '14')]/t:note") == [
        "Affidavit of the applicant in support of RA 232/2017"]
    assert texts(root, "//t:p[starts-with(., '15')]/t:note") == [
        "Certified transcript p 7 lines 4-19"]
    assert "at [85] on the duty" in texts(root, "//t:body//t:p")[-1]


# ---------------------------------------------------------------------- web_round13


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


# ---------------------------------------------------------------------- low_scores


# ---------------------------------------------------------------------- one shape
# The cases of one shape, in a table: a source (and its file name) encoded, and the
# queries whose answers it must give (texts(): the elements' words; xp(): the nodes).
ENCODED = [
    # (r30)
    # A converter's footnote links ("legislation[1](#f1)") confirm a "1 text" list after
    # the archival reference: the links become the notes, no dangling <ref>.
    pytest.param(("The Ordinance allows encroachment by the legislation[1](#f1) into the "
        "functions of the judiciary.\n\n"
        "It overlaps the enquiry as required in the resolution of the House.[2](#f2)"
        "\n\n[NAA: A5868, 11]\n\n1 This should perhaps read \u2018legislative\u2019."
        "\n\n2 On 26 March, Cabinet agreed that assent should be withheld.\n", "cabinet.md"), [
        ("texts", "//t:body//t:note[@n]", [
            "This should perhaps read \u2018legislative\u2019.",
            "On 26 March, Cabinet agreed that assent should be withheld."]),
        ("xp", "//t:body//t:ref", []),
        ("texts", "//t:body//t:note[@type='source']", ["NAA: A5868, 11"]),
    ], id="fragment_links_whose_text_is_the_number_are_note_markers"),
    # (r31)
    # The Federalist No. 1 (PG #18): one glued "whole.1" after a sentence's end and one
    # entry "1 …" under "PUBLIUS.": the note at its marker.
    pytest.param(("We must of necessity resort to separate confederacies of distinct "
        "portions of the\nwhole.1 This doctrine will be gradually propagated, "
        "till it has votaries enough.\n\n"
        "PUBLIUS.\n\n"
        "1 The same idea, tracing the arguments to their consequences, is\n"
        "held out in several of the late publications.\n", "fed1.txt"), [
        ("texts", "//t:body//t:note", [
            "The same idea, tracing the arguments to their consequences, is held out in several "
            "of the late publications."]),
        ("texts", "//t:signed", ["PUBLIUS."]),
    ], id="a_one_note_list_under_the_signature_is_confirmed_by_its_glued_marker"),
    # (r31)
    # A lone "1 …" line after a short line, with no number glued after a sentence's end
    # above it, is no note.
    pytest.param(("We must resort to separate confederacies of distinct portions of the "
        "whole. This doctrine\nwill be gradually propagated, till it has "
        "votaries enough.\n\nPUBLIUS.\n\n1 The same idea is held out elsewhere.\n", "fed1.txt"), [
        ("xp", "//t:body//t:note", []),
    ], id="a_one_entry_list_without_a_glued_marker_stays_text"),
    # (r31)
    # "[* Some erroneous statements … in like manner.]": Jefferson's own note.
    pytest.param(("The declaration thus signed on the 4th, on paper, was engrossed.\n\n"
        "[* Some erroneous statements of the proceedings having got before the\n"
        "public in latter times, Mr. Samuel A. Wells asked explanations of me.]\n", "draft.txt"), [
        ("texts", "//t:body//t:note[@type='author']", [
            "Some erroneous statements of the proceedings having got before the public in latter "
            "times, Mr. Samuel A. Wells asked explanations of me."]),
        ("xp", "//t:supplied", []),
    ], id="an_authors_note_in_brackets_opening_with_its_symbol_is_a_note"),
    # (r34)
    # "(Beifall bei den Grünen. – Abg. Stögmüller: Chemtrails!)" inside a paragraph: one
    # incident, its words kept, the parentheses the reporter's signs.
    pytest.param(("181. Sitzung\n\nPräsident Dr. Norbert Lammert:\nDas Wort hat Herr "
        "Bartsch.\n\nDr. Dietmar Bartsch (DIE LINKE):\nIch bedanke mich. Das ist "
        "eine Aufgabe für die Institutionen. (Beifall bei den Grünen. – Abg. "
        "Stögmüller: Chemtrails!) Wir erinnern uns.\n\n"
        "Präsident Dr. Norbert Lammert:\nVielen Dank.\n", "protokoll.txt"), [
        ("texts", "//t:p/t:incident/t:desc", [
            "Beifall bei den Grünen. – Abg. Stögmüller: Chemtrails!"]),
        ("texts", "//t:sp[t:speaker='Dr. Dietmar Bartsch (DIE LINKE)']/t:p", [
            "Ich bedanke mich. Das ist eine Aufgabe für die Institutionen. Beifall bei den "
            "Grünen. – Abg. Stögmüller: Chemtrails! Wir erinnern uns."]),
    ], id="a_run_in_note_with_events_apart_at_a_dash_is_one_incident"),
    # (r34)
    # "(Volker Kauder [CDU/CSU]: Eben, Herr Bartsch!)" and "(Abg. Dr. Koch: Zu § 3!)":
    # the same encoding as "(Beifall bei der SPD.)", the words kept; "(Erste Beratung: 123.
    # Sitzung.)" names no one and stays as printed.
    pytest.param(("Präsident Dr. Norbert Lammert:\nIch eröffne die Aussprache,\n\n"
        "(Volker Kauder [CDU/CSU]: Eben, Herr Bartsch!)\n\nwas ich hiermit tue."
        "\n\n(Beifall bei der SPD.)\n\n(Abg. Dr. Koch: Zu § 3!)\n\n"
        "(Erste Beratung: 123. Sitzung.)\n\nDr. Dietmar Bartsch (DIE LINKE):\n"
        "Ich bedanke mich.\n\nPräsident Dr. Norbert Lammert:\nVielen Dank.\n", "protokoll.txt"), [
        ("texts", "//t:body//t:incident/t:desc", [
            "Volker Kauder [CDU/CSU]: Eben, Herr Bartsch!", "Beifall bei der SPD.",
            "Abg. Dr. Koch: Zu § 3!"]),
        ("texts", "//t:body//t:stage", ["(Erste Beratung: 123. Sitzung.)"]),
    ], id="a_named_interjection_in_parentheses_is_a_note_of_the_room_like_applause"),
    # (r35)
    # Without Markdown footnotes, "[1]" … "[3]" with a note list "[1] text" in the same
    # form are markers, not pages.
    pytest.param(("# Essay\n\nFirst claim.\n[1]\n\nSecond claim.\n[2]\n\nThird.\n[3]\n\n"
        "[1] Smith, p. 4.\n\n[2] Jones, p. 9.\n\n[3] Brown, p. 1.\n", "essay.md"), [
        ("xp", "//t:body//t:pb", []),
        ("texts", "//t:body//t:note", ["Smith, p. 4.", "Jones, p. 9.", "Brown, p. 1."]),
    ], id="bare_numbers_answered_by_a_note_list_stay_notes"),
    # (round15)
    pytest.param(("### [6] First part\n\nText with a note.[7]\n\n### [7] Second part\n\n"
        "More text.\n\n[7] The note.\n", "notes.md"), [
        ("xp", "//t:pb", []),
    ], id="a_bracketed_number_used_as_a_note_marker_opens_no_page"),
    # (brackets_round12)
    # Bashkirtseff: "[Dans la marge: Tous les sujets …]"; Library of Congress By the
    # People (Gladstone papers): "[*Frick*]" before "APPROVED: …".
    pytest.param(("Rien.\n\n[Dans la marge: Tous les sujets que je traite finissent par "
        "Hamilton.]\n\nText of the page.\n\n[*Frick*]\nAPPROVED: J. R. M. Mullanz\n",), [
        ("texts", "//t:note[@place='margin']", [
            "Tous les sujets que je traite finissent par Hamilton.", "Frick"]),
        ("xp", "//t:supplied", []),
    ], id="a_margin_head_in_french_and_loc_star_brackets_are_margin_notes"),
    # (letters_round11)
    # A page whose markers carry the note class (<span class="fn">1</span>) keeps them as
    # printed: a number is a marker, no note's text.
    pytest.param(("<html><body><p>The treaty was signed<span class=\"fn\">1</span> in "
        "May.</p></body></html>", "page.html"), [
        ("xp", "//t:note", []),
    ], id="a_number_in_a_note_class_is_no_note_of_its_own"),
    # (low_scores)
    # A Smithsonian transcription of a naval discharge (1865): the transcriber's marginalia
    # "[*…*]" run over two lines and hold a reading in brackets of their own. A note marked
    # with an asterisk and closed with no star is an editor's (the Burra Northern Argus
    # extracts: "[*This claim is incorrect. …]"), not a margin's.
    pytest.param(("[* reply [F?? 3/65]\nNov 14/ 65*]\n\nDISCHARGE.\nThis is to certify, "
        "That No. 503. Spencer Darr\n\n[*This claim is incorrect. W. Hughes "
        "visited twice as PM.]\n",), [
        ("texts", "//t:body//t:note[@place='margin']", ["reply [F?? 3/65] Nov 14/ 65"]),
    ], id="margin_note_over_lines_with_brackets_inside"),
]


@pytest.mark.parametrize(("source", "checks"), ENCODED)
def test_encoded(source, checks):
    root, _ = encode(*source)
    for query, path, expected in checks:
        assert QUERIES[query](root, path) == expected, path
