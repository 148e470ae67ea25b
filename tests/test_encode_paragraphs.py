"""Paragraphs and blocks: lines joined or kept, lists, tables, verse, quotations, hyphenation.

The cases of the scouting rounds and their leftovers (r21, r22s, r23, r26, r28, r29, r30, r31,
r32, r33, r34, left8, left9, left10, loss3, espeed5, round15, round17, round17b, round20,
band18, leftovers14, leftovers_round13, fuzz26, letters_round11, mail_round12, mail_quotes15,
news_round13, pages_round11, web_round13, low_scores), regrouped by convention; each section is
named by the round it came from. Where the inputs come from (their provenance and licences):
tests/ROUNDS.md, under the round's name."""
from __future__ import annotations

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree
from shared_sources import (
    AOZORA,
    DECREE_LEFT8,
    DECRET,
    DESPATCH,
    DEWAN,
    HEBREW,
    LONG,
    MISSIVE,
    PLINY,
    QUERIES,
    SEGMONTO,
    TABLADA,
    TC39,
    TEI_BAND18,
    TWAIN_LETTER,
    VOLTAIRE,
    WAR_DIARY,
    WIKI,
    _block,
    _docx,
    _line_loss3,
    _line_r28,
    _newspaper,
    alto,
    encode_or_refuse,
    encoded,
    plain_body,
)
from teiquery import docx_bytes, encode, texts, xp

from teikit import encode_file
from teikit.formats.pdflayout import rows_of
from teikit.header import Edition
from teikit.readers import blocks

ROLL = ("Regular Meeting of the Board of Education held at the High School on Thursday, "
        "February 7, 1935.\n\n"
        "Present:\nMr. Clinton Ingles, President.\nMrs. Florence Hartman,\n"
        "Mr. Herbert M. Case, Trustees.\nMr. C. R. Warren, Clerk.\n\n"
        "Absent:\nMr. Willet F. Whitmore,\nMilford H. Ketcham, Trustees.\n\n"
        "Mr. Case moved and Mrs. Hartman seconded the motion that the bill be paid.\n")


GORDON = ("מִכְתָּב בַּחֲרוּזִים\n\n" + "\n\n".join([
    "מִכְתָּבְךָ קָרָאתִי.", "אַף אָמְנָם חָטָאתִי,", "אֲהוּבִי, נֶגְדֶּךָ,", "כִּי כָל מִכְתָּבֶיךָ",
    "אֲשֶׁר אֵלַי בָּאוּ", "מַעֲנֶה לֹא מָצָאוּ.", "אֲבָל לִבִּי תָּמִים", "אִתְּךָ כָּל הַיָּמִים,",
    "לֹא מָעַלְתִּי מָעַל;", "עֵדִי בִּשְׁמֵי מָעַל!", "וּכְמוֹ בְּיַלְדוּתֵנוּ", "עֵת שִׂחַקְנוּ שְׁנֵינוּ",
    "כִּי חֲמוֹדוֹת אַתָּה", "לִידִידְךָ מִנֹּעַר"]) + "\n")


GERMAN = ("Die Bundesregierung hat sich in dieser Frage immer für eine gemeinsame europäische "
          "Lösung der Partner eingesetzt, und das wird sie auch weiterhin tun.")


VERSE = ["Scaenica Progymnasmata", "Elsa. Henno. Dromo.",
         "Els. Muliercularum est misera condicio hercule",
         "Atque iis magis quae sunt maritis coniuges.",
         "(20) Hoc usque sensi quae viro sum subiuga.",
         "Quaecunque nendo operamque dando, domesticis", "Curis, lucris negotiisque villicis",
         "Totum hoc meus ludit maritus et bibit.", "Hen. Faxo sciam, tantum quid uxor murmurat;",
         "Sed adorior tumultuantem feminam.", "(45) Uxor, bonum sero. Els. Et quidem sero nimis,",
         "Nil serius mihi est bono, cui labor", "Iam vix queam prae pigritudine hiscere.",
         "Hen. Heus tu Dromo. Dro. Quid est? Hen. Veni, haud clam te est meus",
         "In te animus ille amans tui et fidelior", "(50) Dro. Sis certus: isti dixeris lapidi.",
         "Quicquid tacendum est, optime tacebitur."]


# Christofforo Suriano to the Doge, The Hague, 6 March 1623 (the Huygens edition's plain
# text export: the manuscript's lines, no blank line between the letter's parts)


# ---------------------------------------------------------------------- r21


def test_a_roll_call_one_name_a_line_is_an_attendance_list():
    root, _ = encode(ROLL, "minutes.txt")
    lists = xp(root, "//t:body//t:list")
    assert [texts(lst, "t:head") for lst in lists] == [["Present:"], ["Absent:"]]
    assert [lst.get("type") for lst in lists] == ["present", "absent"]   # (as FRUS's)
    assert texts(lists[0], "t:item") == ["Mr. Clinton Ingles, President.",
                                         "Mrs. Florence Hartman,",
                                         "Mr. Herbert M. Case, Trustees.",
                                         "Mr. C. R. Warren, Clerk."]
    assert texts(lists[1], "t:item") == ["Mr. Willet F. Whitmore,",
                                         "Milford H. Ketcham, Trustees."]


def test_the_attendee_key_names_the_persons_and_is_a_list():
    root, _ = encode(TC39, "notes.md")
    assert "István Sebestyén" in texts(root, "//t:particDesc//t:persName")
    assert texts(root, "//t:list[@type='attendance']/t:item")[:2] == [
        "Brian Terlson (BT),", "Allen Wirfs-Brock (AWB),"]
    assert texts(root, "//t:sp[t:speaker='IS'][1]/t:p") == ["Recommend resuming the fast-track."]


def test_a_fence_of_code_keeps_its_lines_and_stands_apart():
    root, _ = encode("# Notes\n\nDH: You could change the loop by wrapping the underlying\n\n"
                     "```js\nvar nats = getNats();\nfor(x of nobreak(nats)) {\n"
                     "  foo: observes(x);\n}\n```\n\nYK: Then clean up.\n\nDH: Right.\n",
                     "notes.md")
    paras = xp(root, "//t:sp[1]/t:p")
    assert [" ".join("".join(p.itertext()).split()) for p in paras] == [
        "You could change the loop by wrapping the underlying",
        "var nats = getNats();for(x of nobreak(nats)) { foo: observes(x);}"]
    assert len(xp(paras[1], "t:lb")) == 3


# ---------------------------------------------------------------------- r22s


def test_a_div_of_inline_words_stays_one_paragraph():
    root, _ = encode("Title line\n\n<div style=\"x\">Words in a '''div''' on one line.</div>\n",
                     "page.wiki")
    assert "Words in a div on one line." in texts(root, "//t:body//t:p")


def test_a_spaced_line_bar_inside_a_word_is_a_line_break_inside_it():
    text = ("Epistola\n\nTua itaque, vere tua hec est proprie in sancto proposito novella "
            "planta | tio, cuius adhuc teneris plantis frequens irrigatio. Quot autem et quantos "
            "tractatus | in doctrina vel exhortatione illius exacto | ris et pessimorum. Ut tue "
            "parerem | voluntati, in doctrina semper.\n")
    root, _ = encode(text, "epistola.txt")
    p = xp(root, "//t:body//t:p")[0]
    from lxml import etree
    marked = etree.tostring(p, encoding="unicode", with_tail=False)
    assert 'planta<lb break="no"/>tio,' in marked and 'exacto<lb break="no"/>ris' in marked
    assert "tractatus<lb/>in" in marked and "parerem<lb/>voluntati" in marked


# ---------------------------------------------------------------------- r23


def test_hebrew_lines_cut_at_one_width_are_one_paragraph_and_the_maqaf_break_one_word():
    root, _ = encode(HEBREW)
    paragraphs = texts(root, "//t:body//t:p")
    assert len(paragraphs) == 1 and not xp(root, "//t:body//t:lb")
    assert paragraphs[0].startswith("בדף הראשון כותב המחבר: וראשי המדינה באיירופא שמו להם")
    assert "נושנה באיירופא, וכל דבר הבל" in paragraphs[0]


def test_a_dateline_ending_its_line_takes_no_line_of_text_under_it():
    root, _ = encode("Tuesday, Oct. 5, 1915\nPlate A2210 short\nThe plate was taken.\n")
    assert texts(root, "//t:body//t:dateline") == ["Tuesday, Oct. 5, 1915"]
    assert xp(root, "//t:body//t:dateline/t:date/@when") == ["1915-10-05"]
    paragraph = xp(root, "//t:body//t:p")[0]
    assert paragraph.text == "Plate A2210 short" and paragraph[0].tail == "The plate was taken."


def test_a_page_with_blank_lines_keeps_its_lines_as_they_are():
    text = _newspaper().replace("\n", "\n\n", 1)
    root, _ = encode(text.replace("MEN OF THE WEST\n", "MEN OF THE WEST\n\n"))
    assert not xp(root, "//t:sourceDesc/t:bibl[@type='source-lines']")


# ---------------------------------------------------------------------- r26


def test_a_war_diarys_form_is_a_table_however_long_its_summary():
    """Hour, Date, Place | Summary | Remarks, with a header row of a heading class and a
    summary over a thousand characters: a table, its header row a label row, the remarks
    in their row."""
    root, _ = encode(WAR_DIARY.format(long=LONG), "diary.xhtml")
    rows = xp(root, "//t:body//t:table/t:row")
    assert len(rows) == 4
    assert rows[0].get("role") == "label"
    assert ["".join(c.itertext()).strip() for c in xp(rows[0], "t:cell")] == [
        "Hour, Date, Place", "Summary of Events and Information", "Remarks"]
    assert ["".join(c.itertext()).strip() for c in xp(rows[2], "t:cell")] == [
        "9am", LONG.strip(), "Appendix 2"]
    assert not xp(root, "//t:body//t:p[.='Summary of Events and Information']")


def test_a_numbered_markdown_list_stays_numbered_paragraphs():
    root, _ = encode("# Agenda\n\nThe meeting went through these points in order:\n\n"
                     "1. Approval of the minutes\n2. The treasurer's report\n", "agenda.md")
    assert not xp(root, "//t:body//t:list")
    assert "1. Approval of the minutes" in texts(root, "//t:body//t:p")


def test_org_and_rst_items_stay_apart():
    for text, name in (("* Log\n\nThe winds we name:\n\n- light: four to six knots\n"
                        "- gentle: seven to ten knots\n", "log.org"),
                       ("Log\n===\n\nThe winds we name:\n\n- light: four to six knots\n"
                        "- gentle: seven to ten knots\n", "log.rst")):
        root, _ = encode(text, name)
        assert texts(root, "//t:body//t:list/t:item") == [
            "light: four to six knots", "gentle: seven to ten knots"], name


def test_markdown_lines_ending_at_sentence_ends_are_one_paragraph():
    """A Markdown text written a sentence a line, beside paragraphs wrapped at one width:
    its line ends are soft breaks (spaces), never <lb/>."""
    root, result = encode(
        "# Día dos\n\nBrisa está en los trópicos. Crucé el Trópico de Cáncer al alba,\n"
        "a las cuatro y media de esta mañana con viento.\n"
        "Desde ahora el sol va a estar arriba dos veces por año.\nSigo al sol.\n\n"
        "Mi mente empezó a reproducir música de navidad. Es raro. Posiblemente porque\n"
        "por la red de radio alta frecuencia hablan mucho sobre el tema.\n", "log.md")
    assert texts(root, "//t:body//t:p") == [
        "Brisa está en los trópicos. Crucé el Trópico de Cáncer al alba, a las cuatro y "
        "media de esta mañana con viento. Desde ahora el sol va a estar arriba dos veces "
        "por año. Sigo al sol.",
        "Mi mente empezó a reproducir música de navidad. Es raro. Posiblemente porque por "
        "la red de radio alta frecuencia hablan mucho sobre el tema."]
    assert not xp(root, "//t:body//t:lb")
    assert "soft-breaks" in result.rules


def test_markdown_verse_keeps_its_lines():
    """A poem in Markdown (short lines, none wrapped prose): its lines stay lines."""
    root, _ = encode("# Canción\n\nEl mar, la mar.\nEl mar. ¡Sólo la mar!\n\n"
                     "¿Por qué me trajiste, padre,\nA la ciudad?\n", "poem.md")
    assert len(xp(root, "//t:body//t:lb")) == 2


def test_markdown_lines_of_links_stay_apart():
    """Two lines each a link with its note (a meeting's notes: "… (requires
    permissions)" / "Decorators vs. Annotations: https://…"): not one sentence."""
    root, _ = encode("# Notes\n\nThe committee went through the decorators proposal and the\n"
                     "annotations one before the break, and agreed to read both again.\n\n"
                     "Annotations doc http://goo.gl/42o100 (requires permissions)\n"
                     "Decorators vs. Annotations: https://docs.example.org/d/1Qch/edit#\n",
                     "notes.md")
    assert "Annotations doc http://goo.gl/42o100 (requires permissions) Decorators vs. " \
        "Annotations: https://docs.example.org/d/1Qch/edit#" not in texts(root, "//t:body//t:p")


# ---------------------------------------------------------------------- r28


def test_a_capital_set_beside_the_first_line_is_still_a_drop_capital():
    root, result = encoded(alto([
        _block([_line_r28("A", 112, 1056, 52, 58)]),
        _block([_line_r28("ufklärung ist der Ausgang", 163, 1055, 754, 69),
                _line_r28("des Menschen aus seiner", 110, 1130, 800, 69)])]))
    assert texts(root, "//t:body//t:p") == ["Aufklärung ist der Ausgang des Menschen aus seiner"]
    assert "ocr-drop-capital" in result.rules


def test_an_interlinear_line_goes_in_at_the_caret_under_it():
    """Genlis f59: "droais" written over the sign "><" of the line below (one String a
    line, as eScriptorium writes it: the sign's place estimated from its letters)."""
    root, result = encoded(alto([_block([
        _line_r28("avons vu dans Les galeries du Louvres Le", 247, 1637, 2090, 150, "LT1"),
        _line_r28("ravissant tableau de &gt;&lt; qui rep.", 247, 1756, 2090, 179, "LT1"),
        _line_r28("droais", 1457, 1742, 340, 70, "LT2"),
        _line_r28("j. ch. et La cananéenne", 284, 1874, 1200, 150, "LT1")], "BT1")], SEGMONTO))
    [add] = xp(root, "//t:add")
    assert (add.get("place"), add.text) == ("above", "droais")
    [p] = xp(root, "//t:body//t:p")
    flat = " ".join("".join(p.itertext()).split())
    assert "Le ravissant tableau de droais qui rep. j. ch." in flat
    assert "><" not in flat
    assert "ocr-interlinear" in result.rules


def test_a_word_chain_keeps_its_hyphen_and_a_syllable_break_inside_a_link_is_joined():
    body = plain_body("She came in with her mother-in-\nlaw and her brother, who lived at "
                      "Mour-\nmelon-le-Grand; her mother was in good health.\n", "a.txt")
    assert "mother-in-law and" in body
    assert "Mourmelon-le-Grand;" in body


def test_lines_going_on_in_small_letters_stay_one_paragraph_whatever_their_place():
    """Testament AD95 0011: "mil neuf cent quatorze" set far right under "le premier Août"
    goes on with it (a small letter): no new paragraph."""
    rows = [("Je désire également qu’aucune", 471, 1300, 2090),
            ("constestation lui soit faite", 465, 1460, 2026),
            ("en aucun cas", 478, 1633, 1260),
            ("fait à Brice", 516, 1745, 1425),
            ("le premier Août", 710, 1893, 1603),
            ("mil neuf cent quatorze", 1087, 1962, 2105)]
    root, _ = encoded(alto([_block([_line_r28(t, x, y, r - x, 100, "LT1")
                                    for t, x, y, r in rows], "BT1")], SEGMONTO))
    assert len(xp(root, "//t:body//t:p")) + len(xp(root, "//t:body//t:closer")) == 1


# ---------------------------------------------------------------------- r29


def test_rhymed_lines_in_a_caseless_script_are_a_poem():
    root, _ = encode(GORDON, "gordon.txt")
    assert xp(root, "//t:body//t:lg/@type") == ["poem"]
    lines = texts(root, "//t:body//t:lg/t:l")
    assert lines[0] == "מִכְתָּבְךָ קָרָאתִי." and lines[-1] == "לִידִידְךָ מִנֹּעַר"
    assert len(lines) == 14
    assert xp(root, "//t:body//t:closer") == [] and xp(root, "//t:body//t:p") == []


def test_short_unrhymed_hebrew_paragraphs_stay_paragraphs():
    text = "כותרת\n\n" + "\n\n".join(f"שורה מספר {w}" for w in (
        "אחת", "שתיים", "שלוש", "ארבע", "חמש", "שש", "שבע", "שמונה", "תשע", "עשר",
        "אחת עשרה", "שתים עשרה")) + "\n"
    root, _ = encode(text, "prose.txt")
    assert xp(root, "//t:body//t:lg") == []
    assert len(xp(root, "//t:body//t:p")) == 12


def test_an_indented_short_line_between_prose_is_a_quotation():
    page = AOZORA.replace(
        "と存候。<br />",
        "と存候。さて人丸の歌にかありけん<br />\n<br />\n"
        "<div class=\"jisage_2\" style=\"margin-left: 2em\">\n"
        "もののふの八十氏川の網代木にいざよふ波のゆくへ知らずも<br />\n</div>\n<br />\n"
        "といふがしばしば引きあひに出されるやうに存候。この歌万葉時代に流行せる一気呵成の"
        "調にて候。<br />")
    root, _ = encode(page, "shiki.html")
    assert texts(root, "//t:body//t:quote") == [
        "もののふの八十氏川の網代木にいざよふ波のゆくへ知らずも"]
    assert texts(root, "//t:body//t:quote/following-sibling::t:p[1]")[0].startswith("といふが")
    assert xp(root, "//t:body//t:quote/t:lg") == []     # (one quotation: no evidence of verse)


def test_two_short_unpunctuated_quotations_are_quoted_verse():
    tanka = ("<div class=\"jisage_2\" style=\"margin-left: 2em\">\n{}<br />\n</div>\n<br />\n")
    page = AOZORA.replace(
        "と存候。<br />",
        "と存候。さて人丸の歌にかありけん<br />\n<br />\n"
        + tanka.format("もののふの八十氏川の網代木にいざよふ波のゆくへ知らずも")
        + "といふがしばしば引きあひに出されるやうに存候。この歌万葉時代に流行せる一気呵成の"
        "調にて候。<br />\n<br />\n"
        + tanka.format("月見れば千々に物こそ悲しけれ我身一つの秋にはあらねど")
        + "といふ歌は最も人の賞する歌なり。上三句はすらりとして難なけれども候。<br />")
    root, _ = encode(page, "shiki.html")
    assert xp(root, "//t:body//t:quote/t:lg/@type") == ["poem", "poem"]
    assert texts(root, "//t:body//t:quote/t:lg/t:l") == [
        "もののふの八十氏川の網代木にいざよふ波のゆくへ知らずも",
        "月見れば千々に物こそ悲しけれ我身一つの秋にはあらねど"]


# ---------------------------------------------------------------------- r30


# ---------------------------------------------------------------------- r31


# ---------------------------------------------------------------------- r32


def test_tape_markers_on_their_own_line_are_incidents_that_end_the_paragraph():
    text = ("HAIGH: Were you an outstanding student?\nMOLER: Pretty much everything.\n"
            "HAIGH: Oh.\n[End of Tape 1, Side A] [Start of Tape 2, Side B]\n"
            "Although there is software in the book the approach is different.\n"
            "MOLER: No, no, no. This is a little book.\nHAIGH: Right.\n")
    root, _ = encode(text, "moler.txt")
    assert not xp(root, "//t:supplied")
    assert texts(root, "//t:sp[3]/t:p") == [
        "Oh.", "End of Tape 1, Side A Start of Tape 2, Side B",
        "Although there is software in the book the approach is different."]
    assert texts(root, "//t:sp[3]/t:p[2]/t:incident/t:desc") == [
        "End of Tape 1, Side A", "Start of Tape 2, Side B"]


def test_a_break_in_the_recording_inside_a_line_is_an_incident_and_tape_reverses_a_stage():
    text = ("Q: Where were you?\nA: In Rome [break in recording] and then Paris.\n"
            "Q: And then? [tape reverses]\nA: Home.\n")
    root, _ = encode(text, "oral.txt")
    assert texts(root, "//t:incident/t:desc") == ["break in recording"]
    assert texts(root, "//t:stage") == ["tape reverses"]
    assert not xp(root, "//t:supplied")


# ---------------------------------------------------------------------- r33


def test_site_engine_field_lines():
    root, _ = encode("_story_title \u201che dide in A good Caus\u201d: a Sister's Grief\n\n"
                     "_date_posted Posted Mar. 3, 2023\n\n"
                     "_large_blockquote our pore and beloved brother is dead\n\n"
                     "Kate wrote: I suppose that our pore and beloved brother is dead.\n\n"
                     "_references References\n\n- Find a Grave, database.\n", "blog.md")
    assert xp(root, "string(//t:titleStmt/t:title)") == (
        "\u201che dide in A good Caus\u201d: a Sister's Grief")
    assert texts(root, "//t:body//t:div/t:head[not(@type)]") == ["References"]
    assert texts(root, "//t:body//t:p") == [
        "Kate wrote: I suppose that our pore and beloved brother is dead."]
    assert "Posted Mar. 3, 2023" in xp(root, "string(//t:sourceDesc)")


def test_one_underscored_line_is_no_directive():
    root, _ = encode("_an emphasised opening\nthat runs on_ and more words here.\n\n"
                     "Another paragraph.\n", "e.md")
    assert xp(root, "string(//t:body)").split()[:3] == ["an", "emphasised", "opening"]


def test_a_quoted_image_description_is_no_quotation():
    root, result = encode("Some prose before the picture.\n\n"
                          "![\"Andersonville Prison\"](https://example.org/a.jpg width=\"700\" "
                          "'Andersonville Prison, Ga., August 17, 1864')\n\n"
                          "Andersonville was the largest of the Civil War prisons.\n", "b.md")
    assert not xp(root, "//t:quote")
    assert any("Andersonville Prison, Ga., August 17, 1864" in e.text
               for e in result.left_out)


# ---------------------------------------------------------------------- r34


def test_a_german_paragraph_cut_after_a_capitalised_word_is_one_again():
    """In a text whose paragraphs end in punctuation, "… Liebe Kolleginnen" / "und
    Kollegen!" and "… für die Europäische" / "Union nicht." are one paragraph each (the
    word before the capital is written in lower case elsewhere: "europäische"); not "… in
    Brüssel" over a capital, a noun the text never writes in lower case."""
    body = "\n\n".join([GERMAN] * 16)
    root, _ = encode("Regierungserklärung\n\nPräsident Dr. Norbert Lammert:\nDas Wort hat "
                     "die Bundeskanzlerin.\n\nDr. Angela Merkel, Bundeskanzlerin:\nSehr geehrter "
                     "Herr Präsident! Liebe Kolleginnen\n\nund Kollegen! Meine Damen und "
                     "Herren!\n\n" + body +
                     "\n\nDas gilt für das Vereinigte Königreich wie auch für die Europäische"
                     "\n\nUnion nicht. Der Donnerstag war ein Einschnitt.\n\n"
                     "Ausgang des Referendums am 28./29. Juni 2016 in Brüssel\n\n" + GERMAN
                     + "\n\nPräsident Dr. Norbert Lammert:\nVielen Dank.\n", "rede.txt")
    paras = texts(root, "//t:body//t:p")
    assert paras[1] == "Sehr geehrter Herr Präsident! Liebe Kolleginnen und Kollegen! Meine " \
        "Damen und Herren!"
    assert "Das gilt für das Vereinigte Königreich wie auch für die Europäische Union nicht. " \
        "Der Donnerstag war ein Einschnitt." in paras
    assert "Ausgang des Referendums am 28./29. Juni 2016 in Brüssel" in paras   # a noun


def test_an_english_paragraph_ending_in_a_name_is_not_joined_to_a_capital():
    body = "\n\n".join(["The committee met in the morning and agreed on the report, which "
                        "was sent to the council for a decision."] * 8)
    root, _ = encode(body + "\n\nThe delegates then travelled on to meet in Brussels\n\n"
                     "Nobody objected to the plan at the end of the long day.\n", "notes.txt")
    assert "The delegates then travelled on to meet in Brussels" in texts(root, "//t:body//t:p")


def test_a_dash_at_a_line_end_in_prose_stays_a_dash():
    root, _ = encode("A Walk\n\nWe walked along the river and she said—\nand then we turned "
                     "back to the town before the rain came down on us all.\n", "walk.txt")
    assert "she said—and then we turned" in texts(root, "//t:body//t:p")[0]


# ---------------------------------------------------------------------- left8


def test_numbers_over_other_lines_are_no_letters():
    """A number alone over a heading or a sentence, or a single head: no letters."""
    root, result = encode("Report\n\n1\n\nThe committee met twice in May and heard the "
                          "treasurer's account of the year.\n\n2\n\nThe accounts were "
                          "approved without a vote.\n", "report.txt")
    assert not xp(root, "//t:div[@type='letter']")
    assert "numbered-letters" not in result.rules
    root, _ = encode(PLINY.split(" 3 A")[0], "ep10.txt")
    assert not xp(root, "//t:div[@type='letter']")


def test_an_annex_of_a_wikisource_act_holds_its_list():
    """The order's annex after its signature and date: the annex's heading, and the list
    (its heading and table) inside the annex, the signature the act's closer."""
    root, _ = encode(WIKI, "359-rp.wiki")
    annex = xp(root, "//t:div[@type='annex']")
    assert len(annex) == 1 and annex[0].get("n") == "1"
    assert texts(annex[0], "t:head") == [
        "ПРИЛОЖЕНИЕ № 1 к распоряжению Президента Российской Федерации"]
    assert texts(annex[0], "t:div/t:head") == ["СПИСОК образовательных учреждений"]
    assert len(xp(annex[0], "t:div/t:table")) == 1
    assert texts(root, "//t:closer/t:signed") == ["Президент Российской Федерации В.Путин"]
    assert not xp(root, "//t:postscript")


# ---------------------------------------------------------------------- left9


def test_an_office_and_a_name_with_no_eschatocol_stay_a_paragraph():
    root, _ = encode(DECRET.replace("Fait à Paris, le 3 janvier 2002.\n\n", ""))
    assert "Le Président de la République, Jacques CHIRAC" in texts(root, "//t:body//t:p")


def test_points_run_into_a_paragraph_continue_their_series():
    """REPORT30 F4 (dfat-1938-07-29-stanley-circular-cablegram): "(5)" after the quotation
    that ends point (4), and "(a)" after a sentence with "(b)" the next paragraph."""
    root, _ = encode(
        "(4) In connection with the above proposals the terms of the communique are "
        "noteworthy.\n\n'They are convinced that this right should be expressly "
        "established.' (5) His Majesty's Government will be glad to learn the views of "
        "other Governments.\n\nTwo minor points may be mentioned. (a) The desirability of "
        "modifying the unanimity rule.\n\n(b) Effect should be given to the recommendations "
        "of the Committee of jurists.\n", "cable.md")
    assert xp(root, "//t:body//t:p/@n") == ["4", "5", "a", "b"]
    assert texts(root, "//t:body//t:p[@n='5']") == [
        "(5) His Majesty's Government will be glad to learn the views of other Governments."]
    assert "Two minor points may be mentioned." in texts(root, "//t:body//t:p[not(@n)]")


# ---------------------------------------------------------------------- left10


# ---------------------------------------------------------------------- loss3


def test_a_bigger_glyph_lower_than_a_line_of_text_is_another_line():
    # an 11 pt line run up to a 16.5 pt heading 6 pt lower (as WeasyPrint prints the
    # property test's examples: 4 pt apart, or touching): two lines, two words
    body = _line_loss3("AAAAAAAAA", 62.6, 509.45, 11.0, bold=True)
    for gap in (4.0, 0.4):
        heading = _line_loss3("A", body[-1].x1 + gap, 503.39, 16.5, bold=True)
        assert [row.text for row in rows_of(body + heading)] == ["AAAAAAAAA", "A"]
        # (drawn after, it is not joined to the line either)
        assert [row.text for row in rows_of(heading + body)] == ["A", "AAAAAAAAA"]


# ---------------------------------------------------------------------- espeed5


@given(st.lists(st.integers(0, 60), max_size=12), st.integers(0, 60), st.integers(0, 60))
def test_a_rule_between_two_lines_by_bisection(rules, first, last):
    assert blocks._rule_between(sorted(rules), first, last) == any(
        first < r < last for r in rules)


# ---------------------------------------------------------------------- round15


def test_a_dedication_set_in_lines_is_no_list_and_no_closing():
    """Kemble's dedication: "THIS JOURNAL, / ORIGINALLY KEPT FOR HER, / IS MOST
    AFFECTIONATELY / DEDICATED.", one sentence set in lines."""
    root, _ = encode("# TO \nELIZABETH DWIGHT SEDGWICK, \n\n   THIS JOURNAL, \n ORIGINALLY KEPT "
                     "FOR HER, \n IS MOST AFFECTIONATELY \n DEDICATED. \n\n# PREFACE.\n\n"
                     "  The following diary was kept in the winter of 1838-9.\n", "kemble.md")
    assert not xp(root, "//t:list") and not xp(root, "//t:closer")
    assert len(xp(root, "//t:body//t:p[starts-with(., 'THIS JOURNAL,')]/t:lb")) == 3


# ---------------------------------------------------------------------- round17


def test_next_and_previous_letter_links_and_a_div_footer_are_left_out():
    """The same pages (F10): ">> Lettre suivante : …" paragraphs and a <div class="footer">
    credit, without <nav> or <footer>."""
    root, result = encode(VOLTAIRE, "lettre-v.html")
    body = " ".join(xp(root, "//t:text//text()"))
    assert "Lettre suivante" not in body and "Lettre précédente" not in body
    assert "Encodage réalisé" not in body
    assert not xp(root, "//t:body//t:ref")
    reasons = " ".join(str(item) for item in result.report()["left_out"])
    assert "Lettre suivante" in reasons and "Encodage réalisé" in reasons


def test_a_verse_dramas_speech_runs_to_the_next_label_inside_a_line_too():
    """Reuchlin's Henno in TransLatin's Word file (F2): one verse line a paragraph, labels
    at a line's start, after a verse number and after a sentence's end inside a line; a
    short line goes on with the speech."""
    root, result = encode("\n\n".join(VERSE) + "\n", "henno.txt")
    assert texts(root, "//t:sp/t:speaker") == ["Els", "Hen", "Els", "Hen", "Dro", "Hen", "Dro"]
    first = texts(root, "//t:sp[1]/t:l")
    assert first[-1] == "Totum hoc meus ludit maritus et bibit."
    assert texts(root, "//t:sp[2]/t:l")[-1] == "(45) Uxor, bonum sero."
    assert texts(root, "//t:sp[7]/t:l")[0] == "(50) Sis certus: isti dixeris lapidi."
    assert {"verse-speech", "turn-run-in"} <= set(result.rules)


def test_an_expansion_in_parentheses_opening_a_paragraph_is_no_stage_direction():
    """De septem rivis, a diplomatic transcription in Word (F3): a manuscript line a
    paragraph, one opening with the expansion "(et)"."""
    root, _ = encode("De VII Rivis Egypti\n\nQ(ua)rt(us) e(st) singul(arite)r\n\n(et) "
                     "p(ri)vati(m) ho(m)i(n)es amare.\n", "rivis.txt")
    assert not xp(root, "//t:stage")
    assert texts(root, "//t:body//t:p")[-1] == "(et) p(ri)vati(m) ho(m)i(n)es amare."


def test_a_column_of_line_numbers_is_left_out_and_a_word_cut_between_paragraphs_is_one(
        tmp_path):
    """De septem rivis in Word (F5): each page opens with the manuscript's line numbers,
    a paragraph each (5 … 30), then a manuscript line a paragraph, words cut by hyphens."""
    src = tmp_path / "rivis.docx"
    src.write_bytes(_docx(["De VII Rivis Egypti", "f. 76v", "5", "10", "15", "20",
                           "illicitis multi s(unt) grad(us) et differ(en)te.",
                           "ta(m) inportune querim(us). q(uo)d timeo neforte pares illi-",
                           "cita desidera(n)t. adhu(n)c (etiam) rivu(m) p(er)tinet."]))
    result = encode_file(src, edition=Edition())
    root = etree.fromstring(result.data)
    body = texts(root, "//t:body//t:p")
    assert not any(p.strip().isdigit() for p in body)
    assert any("illicita desidera(n)t." in p for p in body)
    assert {"number-column", "word-rejoined"} <= set(result.rules)


# ---------------------------------------------------------------------- round17b


def test_a_word_cut_by_a_hyphen_inside_a_line_is_joined_where_the_text_knows_it():
    """Voltaire, Lettres secrètes, an XSLT page that kept the printed line ends' hyphens
    (F11): "mu- sique" where the letter prints "Musique", "gloi-" at the page source's
    line end; "bien- aise" (bien-aise) and "celui- ci" (celui-ci) stay as printed."""
    html = ("<html><body><h1>Lettre V de Mr. de Voltaire</h1><p>des morceaux de mu- sique "
            "chez le Prince. Tous les caracteres de la Musique peuvent s'exercer. Je suis "
            "bien- aise de celui- ci et de celui-ci, et de la gloi-\n re.</p></body></html>")
    root, result = encode(html, "lettre.html")
    text = " ".join(texts(root, "//t:body//t:p"))
    assert "de musique chez" in text and "de la gloire." in text
    assert "bien- aise" in text and "celui- ci" in text
    assert sum(d.code == "dehyphenated" for d in result.diagnostics) == 2


def test_a_verse_line_the_speakers_share_is_in_parts(tmp_path):
    """Reuchlin, Henno (TransLatin's Word transcription, F2): one verse line a paragraph,
    line numbers in steps of five, the next speaker's label inside a line after a
    sentence's end: <l part="I"> in one speech, <l part="F"> in the next."""
    lines = ["Elsa. Henno.", "Els. Muliercularum est misera condicio hercule",
             "Atque iis magis quae sunt maritis coniuges.",
             "(20) Hoc usque sensi quae viro sum subiuga.",
             "Quaecunque nendo operamque dando, domesticis", "Curis, lucris negotiisque villicis",
             "Hen. Faxo sciam, tantum quid uxor murmurat;",
             "Ne forte sensit quid dolo subtraxerim", "De eius crumenula. Sed est mirum unde tot",
             "Sibi aureos corraserit muliercula.",
             "(45) Uxor, bonum sero. Els. Et quidem sero nimis,",
             "Nil serius mihi est bono, cui labor", "Tantum diurnus incubat, quod vesperi",
             "Iam vix queam prae pigritudine hiscere.",
             "Hen. Quodcunque sit laboris utrique, attamen",
             "Nil nostrum utrique, quod sciam, reliqui est super;"]
    body = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{line}</w:t></w:r></w:p>"
                   for line in lines)
    src = tmp_path / "henno.docx"
    src.write_bytes(docx_bytes(body))
    root = etree.fromstring(encode_file(src, edition=Edition()).data)
    assert texts(root, "//t:sp/t:speaker") == ["Els", "Hen", "Els", "Hen"]
    assert texts(root, "//t:l[@part='I']") == ["(45) Uxor, bonum sero."]
    assert xp(root, "//t:l[@part='I']/../following-sibling::t:sp[1]/t:l[1]/@part") == ["F"]
    assert len(xp(root, "//t:sp/t:l")) == 16      # fifteen lines, one of them in two parts


# ---------------------------------------------------------------------- round20


def test_a_two_line_paragraph_cut_mid_sentence_at_the_texts_width_is_joined():
    """A witness list in a trial report (NLS broadside, F5): the second line opens with a
    name, the first runs on at the width the other lines are cut at."""
    root, _ = encode("The trial lasted from nine in the morning till eleven at night, and\n"
                     "produced great excitement in the neighbourhood, from the horrid\n"
                     "circumstances attendant on the murder of the old man and his wife.\n\n"
                     "Mary Stewart, youngest daughter of the panel; and\n"
                     "Daniel Stewart, his son, gave similar evidence.\n\n"
                     "The jury retired for a few minutes and returned a\n"
                     "verdict of guilty against the panel, who was then\n"
                     "sentenced to be executed at Perth on the 17th of May.\n"
                     "He heard the sentence with great composure and was\n"
                     "removed from the bar.\n")
    assert "Mary Stewart, youngest daughter of the panel; and Daniel Stewart, his son, gave " \
        "similar evidence." in texts(root, "//t:body//t:p")


def test_a_word_in_capitals_hyphenated_at_the_line_end_is_joined():
    """The Caledonian Mercury's report reprinted on a broadside (F6): "a NA-" / "TIONAL
    CONVENTION." is one word, one paragraph, never a speaker's label."""
    root, _ = encode("During the last week bills have been issued, stating that a meet-\n"
                     "ing would be held in Coldbathfield this day, in order to adopt the\n"
                     "preliminary measures necessary for the calling together of a NA-\n"
                     "TIONAL CONVENTION.  In consequence of that bill, on Fri-\n"
                     "day a proclamation was issued by the Secretary of State.\n")
    paragraphs = texts(root, "//t:body//t:p")
    assert len(paragraphs) == 1
    assert "a NATIONAL CONVENTION. In consequence" in paragraphs[0]


# ---------------------------------------------------------------------- band18


def test_line_bars_in_a_paragraph_kept_on_one_line():
    """Suriano's despatches as a Word transcription (corpus10, Stuttgart 1616): each
    paragraph one Word paragraph, the original's line ends marked by bars in it, so a line
    holds many bars; so do the Venetian and Vatican diplomatic editions' Word files. Not a
    table: its pieces are lines of writing, or a word is cut at a bar after its hyphen. A
    bar right after an element (a supplied ending) is a line end too."""
    root, _ = encode(
        "<html><body><p>Serenissimo Principe |</p>"
        "<p>nel venirmene in questa città, ove arrivai lunedì, mi è conve-|nuto metter "
        "qualche giorno di più nel camino di quello, che | haverei desiderato per il "
        "rispetto, che scrissi alla Serenità vostra | nell’ultime lettere col clarissimo "
        "Padavino da Zurich. | Gionto qui trovai il clarissimo signor Luca Tron di | quella "
        "serenissima Republica, il quale con termine di grande | amore verso la Patria.</p>"
        "<p>Serenissimo principi do-|mino Ioanni Bembo in-|clito Venetiarum duci | amico "
        "nobis charissimo |</p>"
        "<p>mi ricevé il signor Du[ca] | con maniera propria, quando anco l’|havesse.</p>"
        "</body></html>", "doc.html")
    body = root.find(f".//{TEI_BAND18}body")
    assert "|" not in "".join(body.itertext())
    assert len(xp(root, "//t:body//t:lb[@break='no']")) == 4


def test_a_table_of_short_cells_typed_with_bars_keeps_its_bars():
    """The guard stays: a plain text's table typed with bars (cells of a word or a
    figure) never counts as line ends."""
    root, _ = encode("Figures\n\nCounselling | 682 | 12 | 4\n\nWarning | 905 | 3 | 1\n\n"
                     "Dismissal | 88 | 0 | 2\n\nSerenissimo Principe |\n\nvostra | Serenità |\n")
    assert "|" in "".join(root.find(f".//{TEI_BAND18}body").itertext())


# ---------------------------------------------------------------------- leftovers14


def test_line_references_of_an_edition_are_page_breaks_not_text():
    """GLOBALISE's Generale Missiven export (Pieter Both, Banda, 18 July 1611): every line
    opens with volume, page and line ("1 4:3  "); the pages are <pb n>, the line numbers
    are left out (reported), a line with only its reference is a blank line."""
    root, result = encode(MISSIVE, "missive.txt")
    assert xp(root, "//t:body//t:pb/@n") == ["4", "5"]
    body = " ".join("".join(xp(root, "//t:body")[0].itertext()).split())
    assert "4:3" not in body and "5:1" not in body and not body.startswith("1 ")
    assert "opbouwen van dit nieuwe fort twelck ic verhope" in body
    assert any(item.code == "line-references" for item in result.left_out)


def test_verse_numbers_are_not_line_references():
    """A Bible's "1:1 In the beginning …": its numbered lines are sentences, none empty,
    none running on; they stay as they are."""
    text = "".join(f"1:{k} Verse number {k} of the chapter is a sentence.\n" for k in range(1, 8))
    root, _ = encode(text, "genesis.txt")
    assert not xp(root, "//t:body//t:pb")
    assert "1:3" in "".join(xp(root, "//t:body")[0].itertext())


def test_backslash_slash_is_an_insertion_above_the_line():
    """The 1528 rule of the Franciscan Third Order (Tablada, semi-diplomatic Markdown):
    "sie\\r/uo" is "sieruo" with the r written above the line."""
    root, _ = encode(TABLADA, "tablada.md")
    assert texts(root, "//t:add[@place='above']") == ["r"]
    assert "\\r/" not in "".join(root.itertext())


def test_markdown_blockquote_in_prose_is_a_quote():
    """Lettres de 1870 (Guillier, 12 August 1870): the telegram the letter quotes, set as
    a Markdown blockquote between the writer's own paragraphs, is a <quote>."""
    root, _ = encode("# Lettre\n\nLa dépêche est arrivée ce matin; elle est conçue en ces "
                     "termes et adressée à Ismalun, le jour même de son départ :\n\n"
                     "> Informez Grünberg 90,000 encaissés. Elisabeth et\n"
                     "> enfants bien portants revenus et installés à Paris\n> par prudence.\n"
                     "\nC'est par un pur excès de précaution que Mr Kunst fait rentrer Madame "
                     "Grünberg à Paris avec ses enfants.\n", "lettre.md")
    assert texts(root, "//t:body//t:quote/t:p") == [
        "Informez Grünberg 90,000 encaissés. Elisabeth et enfants bien portants revenus et "
        "installés à Paris par prudence."]
    assert len(xp(root, "//t:body/t:div/t:p")) == 2


def test_quoted_letter_in_a_blog_post_is_a_floating_text():
    """A blog post quoting a Civil War soldier's letter home (F. P. Black to Miss Evey
    Johnston, 1862) in one Markdown blockquote, a line a part: a <floatingText> with its
    opener (head lines, salutation "Miss Evey") and closer (signature)."""
    root, _ = encode(
        "# We are not all ded yet\n\nYears ago I came into possession of a letter written "
        "in 1862 by Francis P. Black, a Lieutenant in the 10th Alabama Infantry.\n\n"
        "> Camp of the 10th Regt ala Vols\n> Near Manassas Junction, va\n> Miss Evey\n"
        "> As this is the beginin of a new year I thought as I was a lone to night I would "
        "write you a few lines to let you know that we are not all ded yet.\n"
        "> F.P. Black\n\nThe engagement mentioned in this letter is the Battle of "
        "Dranesville, fought in December of the year before the letter was written.\n",
        "black.md")
    letter = "//t:floatingText[@type='letter']//t:div[@type='letter']"
    assert texts(root, letter + "/t:opener/t:salute") == ["Miss Evey"]
    assert texts(root, letter + "/t:closer/t:signed") == ["F.P. Black"]
    assert texts(root, letter + "/t:opener/t:seg[@type='address']")[0] == \
        "Camp of the 10th Regt ala Vols"


# ---------------------------------------------------------------------- leftovers_round13


def test_a_hashtag_line_alone_stays_text():
    root, _ = encode("Posted by the archive team\n\n#Throwback Thursday\n\nSome words of "
                     "the post.\n\n## Comments\n\nNone yet.\n", "post.md")
    assert "#Throwback Thursday" in texts(root, "//t:body//t:p")


def test_hard_wrapped_lines_that_open_with_capitals_are_one_paragraph():
    """Dewan Negara, 26 May 2008, from PDF: the lines of a speech run on at one width,
    though Malay capitalises many of the words they open with (Titah, Ucapan, Paduka); the
    note in brackets on its own line under the last sentence keeps its line."""
    root, _ = encode(DEWAN, "dewan.txt")
    speech = texts(root, "//t:sp[2]/t:p")
    assert len(speech) == 2 and speech[0].endswith("dicetak dalam Penyata Rasmi.")
    assert "Yang di-Pertuan Agong" in speech[0]
    assert speech[1] == "[Teks Titah Ucapan Diraja adalah seperti di Lampiran]"   # (its line)


# ---------------------------------------------------------------------- fuzz26


def test_rtf_many_runs_in_one_paragraph_read_in_linear_time(tmp_path):
    """Found: every run of text rescanned the whole paragraph read so far (20,000 bold
    runs took 51 s). Now each part is looked at once: 4x the runs take under 6x the CPU
    time (3.4x measured; quadratic: 8-9x at these sizes). The two sizes timed in turn, best
    of two, in this process's CPU time: a bound on the growth, never an absolute time,
    which a loaded machine would break."""
    best = {}
    for n in (1000, 4000):
        source = tmp_path / f"runs{n}.rtf"
        source.write_bytes(b"{\\rtf1\\ansi " + b"{\\b word}{\\i river}\\u8212 -" * n + b"}")
        best[n] = float("inf")
    for _ in range(2):
        for n in best:
            start = time.process_time()
            root = encode_or_refuse(tmp_path / f"runs{n}.rtf")
            best[n] = min(best[n], time.process_time() - start)
            assert root is not None
            text = " ".join(root.find(".//{*}body").itertext())
            assert text.count("word") == n and text.count("river") == n
    ratio = best[4000] / best[1000]
    assert ratio < 6, f"4x the runs took {ratio:.1f}x the time (quadratic: 8-9x)"


def test_rtf_a_paragraph_starts_at_its_first_words_line(tmp_path):
    """The paragraph's line is the line of its first visible text (not of a mark or a
    space before it): unchanged by the linear-time rewrite."""
    source = tmp_path / "lines.rtf"
    source.write_bytes(b"{\\rtf1\\ansi {\\b  }\n\n{\\i }\nThe harbour froze.\\par}")
    result = encode_file(source)
    root = etree.fromstring(result.data)
    assert xp(root, "string(//t:body//t:p)").strip() == "The harbour froze."


# ---------------------------------------------------------------------- letters_round11


def test_a_short_line_that_ends_a_sentence_ends_a_paragraph_of_a_transcription():
    """Suriano's despatch (1623), transcribed line for line with no blank line: a short
    line that ends a sentence under a full one ("delle solite burle dei Spagnuoli.") ends
    the paragraph; the next one opens with a capital."""
    head = DESPATCH[:DESPATCH.index("Li quattro")]
    root, result = encode(head + """\
Si ha qui l’assoluto scioglimento della dieta di Ratisbona senza
la dispositione dell’elettorato. A Brusseles publicano
pagnuoli, che si haverebbe trovato modo di sodisfar
all’Inghilterra con dar l’elettorato a questo giovane prin-
cipe figlio del re di Bohemia purché si vadi a
nutrir in corte cesarea; et per sodifar a Baviera,
si aggiungerebbono doi altri elettori al numero ordinario
tanto che siano otto uno ecclesiastico l’altro laico per questo
Baviera per l’altro Vispurgh; ma si tiene qui, che siano
delle solite burle dei Spagnuoli.
Vengono avvisi freschi di Alemagna, che portano un mal
talento, che in corte cesarea si ha contra l’elettor
di Sassonia, et che se non vorrà adherir, come ha fatto
per il passato alla casa d’Austria se li minaccia d’in-
vaderli il Paese, et privarlo dello Stato.
""", "suriano.txt")
    assert "paragraph-ends" in result.report()["rules"]
    paragraphs = texts(root, "//t:div/t:p")
    assert paragraphs[-2].startswith("Si ha qui") and paragraphs[-2].endswith(
        "delle solite burle dei Spagnuoli.")
    assert paragraphs[-1].startswith("Vengono avvisi freschi di Alemagna")


def test_a_list_of_short_lines_in_a_long_block_keeps_its_lines():
    """Short lines that end sentences one under another (a list typed without blank lines)
    are no paragraph ends: only a short line under a full one ends a paragraph."""
    items = "\n".join(f"Item {n} is done." for n in range(1, 15))
    root, _ = encode(f"Notes\n\n{items}\n", "notes.txt")
    assert len(xp(root, "//t:div/t:p")) == 1


def test_looking_forward_and_a_name_over_the_date_close_a_letter_typed_line_by_line():
    """Carrie Chapman Catt's letter (1941, a transcription line for line): "Looking
    forward" and her name under the last sentence, the date on the line under the name."""
    root, _ = encode("When we meet again I will\nnot be so clean as you are.\nLike Mary "
                     "Wollstonecraft you will\nbe \"A Shining Woman\"\nLooking forward\n"
                     "Carrie C. Catt\nTuesday, 1941 April 8,\n", "catt.txt")
    assert texts(root, "//t:closer/t:salute") == ["Looking forward"]
    assert texts(root, "//t:closer/t:signed") == ["Carrie C. Catt"]
    assert texts(root, "//t:div/t:p")[0].endswith("be \"A Shining Woman\"")


# ---------------------------------------------------------------------- mail_round12


def test_quoted_lines_are_a_quote_and_the_mbox_escape_is_undone():
    """LKML, Martin J. Bligh, "Re: Scaling noise" (2003): header continued with a tab,
    "> " quoting, ">From" as mbox writes "From" at a line's start."""
    root, _ = encode("Date: Wed, 03 Sep 2003 19:50:07 -0700\nFrom: \"Martin J. Bligh\" "
                     "<mbligh@aracnet.com>\nSubject: Re: Scaling noise\nReceived: from "
                     "obsidian.spiritone.com\n\tby vger.kernel.org with ESMTP\n\n"
                     "> Am I missing something, but why hasn't openmosix been brought into "
                     "this\n> discussion?\n\n>From what I've seen, it needs a redesign.\n\nM.\n")
    assert texts(root, "//t:body//t:quote/t:p") == [
        "Am I missing something, but why hasn't openmosix been brought into this discussion?"]
    assert "From what I've seen, it needs a redesign." in texts(root, "//t:body//t:p")
    assert texts(root, "//t:list[@type='fields']/t:item")[-1] == (
        "Received: from obsidian.spiritone.com by vger.kernel.org with ESMTP")


def test_pre_in_markdown_keeps_its_lines_and_paragraphs():
    """Kamp's "bike shed" mail (FreeBSD, 1999) reposted in a Jekyll page inside <pre>."""
    root, _ = encode("## Mail\n\n<pre>\nSubject: A bike shed\nFrom: Poul-Henning Kamp "
                     "&lt;phk@freebsd.org&gt;\nDate: Sat, 02 Oct 1999 16:14:10 +0200\n\n"
                     "My last pamphlet was sufficiently well received that I was not\n"
                     "scared away from sending another one.\n\nPoul-Henning\n</pre>\n", "bike.md")
    assert texts(root, "//t:list[@type='fields']/t:item")[0] == "Subject: A bike shed"
    assert "My last pamphlet was sufficiently well received that I was not scared away " \
        "from sending another one." in texts(root, "//t:body//t:p")
    assert texts(root, "//t:closer/t:signed") == ["Poul-Henning"]


def test_quoted_mail_in_a_markdown_pre_is_a_quote_of_paragraphs():
    """Nakamoto's reply on the cryptography list (2008), reposted in <pre>: ">" and ">>"
    quoting, a line of marks alone between the quoted paragraphs."""
    root, _ = encode("# Re: Bitcoin P2P e-cash paper\n\n<pre>>Satoshi Nakamoto wrote:\n"
                     ">> I've been working on a new electronic cash system.\n>\n"
                     ">We very, very much need such a system.\n\nLong before the network "
                     "gets anywhere near as large as that.\n\nSatoshi Nakamoto\n</pre>\n",
                     "reply.md")
    quoted = texts(root, "//t:div/t:quote/t:p")      # (">>": a quote in it, issue 8)
    assert len(quoted) == 2 and quoted[0].startswith("Satoshi Nakamoto wrote:")
    assert quoted[1] == "We very, very much need such a system."
    assert ">" not in "".join(quoted)
    assert "Long before the network gets anywhere near as large as that." in texts(
        root, "//t:body//t:p")


# ---------------------------------------------------------------------- mail_quotes15


def test_spaced_marks_nest_and_the_attribution_is_a_paragraph_before_the_quote():
    """A plain-text reply in the LKML manner (Linus Torvalds, "Re: Scaling noise", 2003):
    "On …, X wrote:" right over the quoted lines, "> >" quoting the mail that one answered."""
    root, _ = encode("From: Linus Torvalds <torvalds@osdl.org>\nDate: Thu, 4 Sep 2003 "
                     "08:12:40 -0700\nSubject: Re: Scaling noise\n\n"
                     "On Wed, 3 Sep 2003, Martin J. Bligh wrote:\n"
                     "> > Am I missing something about openmosix?\n>\n"
                     ">From what I've seen, it needs a redesign.\n\n"
                     "I agree.\n\nLinus\n")
    assert texts(root, "//t:div/t:p")[0] == "On Wed, 3 Sep 2003, Martin J. Bligh wrote:"
    quote = root.xpath("//t:div/t:quote", namespaces={"t": "http://www.tei-c.org/ns/1.0"})
    assert len(quote) == 1
    assert quote[0].getprevious().text == "On Wed, 3 Sep 2003, Martin J. Bligh wrote:"
    assert texts(root, "//t:quote/t:quote/t:p") == ["Am I missing something about openmosix?"]
    assert texts(root, "//t:div/t:quote/t:p") == ["From what I've seen, it needs a redesign."]
    assert "I agree." in texts(root, "//t:div/t:p")


def test_a_plain_text_mail_with_many_quoted_lines_is_not_markdown():
    """A cryptography-list reply saved as .txt (James A. Donald quoting Nakamoto, 2008):
    its "> " lines are the mail's quoting, not Markdown's block quotes, so they nest."""
    root, _ = encode("From: James A. Donald <jamesd@echeque.com>\nDate: Mon, 3 Nov 2008 "
                     "01:37:43 -0800\nSubject: Re: Bitcoin P2P e-cash paper\n\n"
                     "James A. Donald wrote:\n> Satoshi Nakamoto wrote:\n"
                     "> > I've been working on a new electronic cash system.\n> >\n"
                     "> > The paper is available.\n>\n> We very much need such a system.\n>\n"
                     "> For transferable proof of work tokens.\n\n"
                     "Long before the network gets large.\n\nSatoshi\n", "reply.txt")
    assert texts(root, "//t:div/t:p")[0] == "James A. Donald wrote:"
    assert texts(root, "//t:div/t:quote/t:p") == [
        "Satoshi Nakamoto wrote:", "We very much need such a system.",
        "For transferable proof of work tokens."]
    assert texts(root, "//t:quote/t:quote/t:p") == [
        "I've been working on a new electronic cash system.", "The paper is available."]


# ---------------------------------------------------------------------- news_round13


def test_a_sentence_cut_by_a_blank_line_after_a_comma_is_one_paragraph():
    """Lyttelton Times 1851 (Papers Past OCR): a blank line falls inside a sentence."""
    root, _ = encode("NOTICE\n\nTHE price of Advertisements in this Paper\nis, threepence a "
                     "line for the first insertion,\n\nand a penny a line for every subsequent "
                     "one.\n\n"
                     "Public Meetings will be held.\n")
    assert texts(root, "//t:body//t:p")[0].endswith("insertion, and a penny a line for every "
                                                    "subsequent one.")


# ---------------------------------------------------------------------- pages_round11


def test_colons_that_break_words_at_line_ends():
    """W&L's Morosini commissione: "va:" / "di", "tan:" / "to", "Succes:" / "sore"."""
    root, _ = encode("Commettemo à tè Nobil Homo\ndiletto Cittadin, et fedel nostro,\n"
                     "che in nome di Giesù Christo va:\ndi, et sij de nostro mandato\n"
                     "Verona per mesi sedeci, e tan:\nto più quanto il tuo Succes:\n"
                     "sore differirà.\n", "comm.txt")
    body = " ".join(texts(root, "//t:body"))
    assert "va: di" not in body and "Succes: sore" not in body
    assert len(xp(root, "//t:lb[@break='no']")) == 3 or "Successore" in body


def test_a_colon_ending_a_line_of_prose_is_no_hyphen():
    """A letter's colons ("as follows:" over the list, "said:" over a quotation) stay."""
    root, result = encode("He wrote as follows:\nthe boat is ready, she said: come now.\n"
                     "We answered: wait.\nThey went on:\nand so did we.\n", "colons.txt")
    assert not xp(root, "//t:lb[@break='no']")
    assert "colon-hyphens" not in result.rules


# ---------------------------------------------------------------------- web_round13


# ---------------------------------------------------------------------- low_scores


def test_a_table_row_at_a_page_head_is_no_running_head():
    """A report's table that runs over the page: its first row has words in lower case."""
    root, _ = encode("REPORT\n\n\fFirst page of the report.\n"
                     "\fTotal expenditure in pesos        45\n\nMore text.\n")
    assert "Total expenditure in pesos" in " ".join(texts(root, "//t:body"))


def test_compound_adjective_broken_at_its_own_hyphen_keeps_it():
    """Pliny's letter LXVI to Tacitus (Project Gutenberg, re-wrapped at 70 columns):
    "A panic-" / "stricken crowd"; a word split at its syllables is still joined."""
    root, _ = encode("LXVI\n\nTo CORNELIUS TACITUS\n\n"
                     "Though it was now morning, the light was still exceedingly faint and\n"
                     "doubtful; the buildings all around us tottered, and though we stood\n"
                     "upon open ground, yet as the place was narrow and confined, there was\n"
                     "no remaining without imminent danger: we therefore resolved to quit\n"
                     "the town. A panic-\nstricken crowd followed us, and pressed on us in\n"
                     "dense array to drive us for-\nward as we came out. Being at a convenient\n"
                     "distance from the houses, we stood still, in the midst of a most\n"
                     "dangerous and dreadful scene.\n")
    body = " ".join(texts(root, "//t:body//t:p"))
    assert "A panic-stricken crowd" in body and "drive us forward" in body


# ---------------------------------------------------------------------- one shape
# The cases of one shape, in a table: a source (and its file name) encoded, and the
# queries whose answers it must give (texts(): the elements' words; xp(): the nodes).
ENCODED = [
    # (r26)
    # A glossary's items in lower case without a full stop ("- lijero: cuatro a seis
    # nudos"): each its own item of a <list>, never one paragraph broken in mid-sentence.
    pytest.param(("# Bitácora\n\nUtilizo la escala Beaufort para el viento:\n"
        "- lijero: cuatro a seis nudos\n- suave: siete a diez nudos\n"
        "- moderato: once a dieciséis nudos\n\n"
        "Velocidad en nudos es velocidad del velero.\n", "log.md"), [
        ("texts", "//t:body//t:p", [
            "Utilizo la escala Beaufort para el viento:",
            "Velocidad en nudos es velocidad del velero."]),
        ("texts", "//t:body/t:div/t:list/t:item", [
            "lijero: cuatro a seis nudos", "suave: siete a diez nudos",
            "moderato: once a dieciséis nudos"]),
    ], id="markdown_list_items_without_a_full_stop_stay_apart"),
    # (r30)
    pytest.param(("# Notes\n\nThe committee met on the first day of the month and\n\n"
        "decided to adjourn until the spring.\n", "notes.md"), [
        ("texts", "//t:body//t:p", [
            "The committee met on the first day of the month and decided to adjourn until the "
            "spring."]),
    ], id="a_paragraph_cut_before_an_ordinary_word_is_still_rejoined"),
    # (r31)
    pytest.param((
        "Wheat      1,200 bushels\nBarley     800 bushels\nOats       650 bushels\n",
        "crops.txt"), [
        ("xp", "//t:body//t:p[t:lb][contains(., 'Wheat')]/t:lb[3]", []),
    ], id="a_table_of_figures_in_columns_is_no_list_of_names"),
    # (r34)
    # OCR of an old print: "Doku-" / blank / "-mentene ble …": one word, one paragraph.
    pytest.param(("Anklager mot Luftforsvarets ledelse\n\nForsvarsdepartementet sendte da "
        "en redegjørelse, og Doku-\n\n"
        "-mentene ble oversendt til Generaladvokaten den 27 november.\n", "side.txt"), [
        ("texts", "//t:body//t:p", ["Forsvarsdepartementet sendte da en redegjørelse, og "
            "Dokumentene ble oversendt til Generaladvokaten den 27 "
            "november."]),
    ], id="a_word_cut_with_its_hyphen_repeated_over_a_blank_line_is_one_word"),
    # (r34)
    pytest.param(("# Notes\n\n*Olga Richterová* · profile: https://www.psp.cz/p/1\n\n"
        "Dobrý den.\n", "psp.md"), [
        ("xp", "//t:body//t:sp", []),
        ("xp", "//t:body//t:note[@type='source']", []),
    ], id="one_emphasised_name_with_a_link_stays_a_paragraph"),
    # (r34)
    # "Schäffer, Bundesminister der" / "Finanzen 5646B, 5647D" is one entry; a line of
    # references alone ("5648A, 5649D") ends the entry above; "Bundestag 5644A" (the column
    # letter on the page) needs no leaders.
    pytest.param((
        "\n\n".join([
        "143. Sitzung", "Bonn, Mittwoch, den 23. Mai 1951.",
        "Eintritt des Abg. Franke in den Bundestag 5644A", "Dr. Bertram (Z) \t 5645D, 5648B",
        "Schäffer, Bundesminister der", "Finanzen \t 5646B, 5647D",
        "Abstimmungen \t 5644C, 5645C, 5646B, D,", "5648A, 5649D", "Dr. Koch (SPD) \t 5646C",
        "Die Sitzung wird um 10 Uhr 6 Minuten durch den Präsidenten Dr. Ehlers eröffnet.",
        "Präsident Dr. Ehlers: Meine Damen und Herren! Ich eröffne die 143. Sitzung.",
        "Dr. Koch (SPD): Herr Präsident! Meine Damen und Herren!",
        "Präsident Dr. Ehlers: Das Wort hat der Herr Abgeordnete Dr. Bertram."]) + "\n",
        "protokoll.txt"), [
        ("texts", "//t:list[@type='contents']/t:item", [
            "Eintritt des Abg. Franke in den Bundestag 5644A", "Dr. Bertram (Z) 5645D, 5648B",
            "Schäffer, Bundesminister der Finanzen 5646B, 5647D",
            "Abstimmungen 5644C, 5645C, 5646B, D, 5648A, 5649D", "Dr. Koch (SPD) 5646C"]),
        ("texts", "//t:body//t:head", ["143. Sitzung"]),
        ("texts", "//t:body//t:stage", [
            "Die Sitzung wird um 10 Uhr 6 Minuten durch den Präsidenten Dr. Ehlers eröffnet."]),
    ], id="a_wrapped_contents_entry_is_one_item"),
    # (left8)
    pytest.param((DECREE_LEFT8.replace("que figura como anexo I del presente decreto",
        "de la provincia").replace(
        "que figuran en el anexo II", "que fije el ayuntamiento"), "decreto.txt"), [
        ("xp", "//t:div[@type='annex']", []),
    ], id="an_annex_word_the_act_never_names_stays_a_paragraph"),
    # (left9)
    pytest.param(("(1) The first point is made here at some length for the reader.\n\n"
        "The second paragraph ends its sentence. (7) Then it goes on with more "
        "words about the matter.\n\n(2) The next point follows in its turn.\n",), [
        ("xp", "//t:body//t:p/@n", ["1", "2"]),
    ], id="a_mark_out_of_the_series_stays_in_its_paragraph"),
    # (left10)
    pytest.param(("HEARING\n\nJOHN SMITH, having been first duly sworn, testified as "
        "follows:\n\nEXAMINATION BY MR. JONES:\n\nQ. State your name.\n\n"
        "A. John Smith.\n\nQ. Where do you work?\n\nA. At the mill.\n",), [
        ("xp", "//t:sp/@who", ["#mr-jones", "#john-smith"] * 2),
    ], id="sworn_line_then_examination_by"),
    # (round15)
    pytest.param(("TASKS\n\n[ ] write the letter to the clerk\n",), [
        ("xp", "//t:gap", []),
    ], id="a_check_box_at_a_lines_start_stays"),
    # (round15)
    pytest.param(("# ESSAYS\n\n## On Letters\n\nSir, you will say that this is a strange "
        "way to begin an essay on the art of letters.\n\nIt is not.\n", "essay.md"), [
        ("xp", "//t:salute", []),
    ], id="a_section_that_opens_with_sir_and_no_dash_stays_prose"),
    # (round20)
    # A circuit-court report's narrow column (NLS broadside, scout round 20, F5): most lines
    # end in a word broken by a hyphen, which is no closing punctuation.
    pytest.param(("The trial lasted from ten in the morning\n"
        "till eleven at night, and produced great excite-\n"
        "ment in the neighbourhood, from the horrid\n"
        "circumstances attendant on the murder.\n"
        "Stewart was brought into Perth for the mur-\n"
        "der, at the time that Chisholm was receiving sen-\n"
        "tence of death last Circuit, for a similar crime.\n",), [
        ("texts", "//t:body//t:p", [
            "The trial lasted from ten in the morning till eleven at night, and produced great "
            "excitement in the neighbourhood, from the horrid circumstances attendant on the "
            "murder. Stewart was brought into Perth for the murder, at the time that Chisholm "
            "was receiving sentence of death last Circuit, for a similar crime."]),
        ("xp", "//t:body//t:lb", []),
    ], id="a_paragraph_of_lines_hyphenated_at_their_ends_is_wrapped_prose"),
    # (leftovers14)
    # An annex of colonial petitions (Petición de indulto de Eugenio Poveda, 1783): the
    # edition's "Fuente:", "Lugar:", "Fecha:" lines over the document's text set as a
    # blockquote: the quoted text is the document's own, its signature signed.
    pytest.param(("Anexo 18. Petición de indulto de Eugenio Poveda (1783)\n\nFuente: AGNC, sección "
        "colonia, juicios criminales, tomo 64, doc. 18.\n\nFecha: 8 de marzo de 1783\n\n"
        "> Señor Alcalde Ordinario mas antiguo\n>\n> Eugenio Pobeda vecino de esta villa, "
        "pobre de toda solemnidad, preso en esta Real Carcel ante Vuestra Merced digo.\n>\n"
        "> A Vuestra Merced suplico provea y mande hacer como solicito.\n>\n"
        "> Eugenio Pobeda\n", "poveda.md"), [
        ("xp", "//t:body//t:quote", []),
        ("texts", "//t:closer/t:signed", ["Eugenio Pobeda"]),
    ], id="document_set_as_a_blockquote_under_an_editions_lines_is_no_quote"),
    # (leftovers_round13)
    # Mark Twain Project letter page (French to Clemens, 30 March 1884): the head line
    # is the heading and the title, the date line under it the dateline.
    pytest.param((TWAIN_LETTER, "letter.html"), [
        ("texts", "//t:titleStmt/t:title", ["Daniel C. French to Samuel L. Clemens"]),
        ("texts", "//t:body//t:head", ["Daniel C. French to Samuel L. Clemens"]),
        ("xp", "//t:opener/t:dateline/t:date/@when", ["1884-03-30"]),
        ("xp", "//t:creation/t:date/@when", ["1884-03-30"]),
    ], id="edition_letter_head_names_writer_and_addressee_over_the_date"),
    # (web_round13)
    # The Antiquary, January 1901, a Jekyll (kramdown) page: `{::comment} «« begin
    # antiquary-january-1901 »» {::/comment}`, `January, 1901.` / `{:.publication-date}`,
    # `*History of India*{:.book-title}` (all three were kept as words).
    # ((low18))
    pytest.param(("{::comment} «« begin antiquary-january-1901 »» {::/comment}\n# The "
        "Antiquary.\n\nJanuary, 1901.\n{:.publication-date}\n\nMr. Roberts has "
        "edited the *History of India*{:.book-title} and found new facts.\n", "antiquary.md"), [
        ("texts", "//t:body//t:head", ["The Antiquary."]),
        ("texts", "//t:body//t:p", [
            "Mr. Roberts has edited the History of India and found new facts."]),
        ("texts", "//t:body//t:dateline", ["January, 1901."]),
    ], id="kramdown_comments_and_attribute_lists_are_no_text"),
]


@pytest.mark.parametrize(("source", "checks"), ENCODED)
def test_encoded(source, checks):
    root, _ = encode(*source)
    for query, path, expected in checks:
        assert QUERIES[query](root, path) == expected, path
