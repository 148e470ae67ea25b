"""Brackets and apparatus: an editor's and a transcriber's signs (unclear, gap, supplied,
additions and deletions, sic, abbreviations).

The cases of the scouting rounds and their leftovers (r21, r23, r24, r27, r28, r29, r30, r31,
r33, r35, round15, round16_pages, round17b, round19, round20, brackets_round12,
brackets_round14, web_round13, words_round13), regrouped by convention; each section is named
by the round it came from. Where the inputs come from (their provenance and licences):
tests/ROUNDS.md, under the round's name."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree
from shared_sources import AOZORA, QUERIES, SEGMONTO, _block, _body_text, _line_r28, alto, encoded
from teiquery import encode, texts, xp

from teikit import encode_text

SALEM = ("### [6] At a General Court held at Boston 8th of October 1672.\n\n"
         "  Voted, whose habitations are above Ipswich Highway, [ ] the horse bridge to the "
         "wooden bridge.\n\n### [7] 26 of the 10 m:1672.\n\n"
         "  It was voted that Lieut Putnam should go to B[oston?] Court.\n")


# ---------------------------------------------------------------------- r21


def test_a_query_after_a_small_word_stands_for_a_missing_word():
    root, _ = encode("At an annual meeting held at the [?] house on Tuesday.\n\n"
                     "Voted that the by-laws be [?] as they were in 1824 and [?] since.\n\n"
                     "The word Bostn [?] is read with doubt.\n", "page.txt")
    assert texts(root, "//t:unclear") == ["Bostn"]
    assert len(xp(root, "//t:gap[@reason='illegible']")) == 3
    assert "Voted that the by-laws be as they were in 1824 and since." in texts(
        root, "//t:body//t:p")


# ---------------------------------------------------------------------- r23


def test_bars_between_apparatus_entries_are_separators_not_line_ends():
    """Lagarde's Aegyptiaca (1883) as HathiTrust gives it: the apparatus under the text."""
    root, _ = encode("Maq, aqen mapia epoq.\n"
                     "5 a Matth 1, 19 | 6 a Matth 1, 20 | 6 men, wide 17,5 | e Matth 1, 21 |\n"
                     "gendum non videatur | e Psalm 2,9 martyrium Ignatii cottonianum 12\n")
    assert not xp(root, "//t:body//t:lb[not(@break)]/following-sibling::text()"
                        "[starts-with(., '6 a Matth')]")
    body = "".join(xp(root, "//t:body")[0].itertext())
    assert "5 a Matth 1, 19 | 6 a Matth 1, 20 | 6 men, wide 17,5 | e Matth 1, 21 |" in body
    assert "gendum non videatur | e Psalm 2,9" in body


# ---------------------------------------------------------------------- r24


# ---------------------------------------------------------------------- r27


# ---------------------------------------------------------------------- r28


def test_an_interlinear_line_without_a_caret_goes_in_before_the_word_under_its_start():
    root, _ = encoded(alto([_block([
        _line_r28("the horse ran across the field", 100, 500, 1200, 100, "LT1"),
        _line_r28("black", 320, 470, 150, 50, "LT2")], "BT1")], SEGMONTO))
    [p] = xp(root, "//t:body//t:p")
    assert " ".join("".join(p.itertext()).split()) == "the black horse ran across the field"
    assert texts(root, "//t:add[@place='above']") == ["black"]


def test_caret_superscripts_before_an_interlinear_insertion_in_one_line():
    """Genlis f59: "m^me" and "S^t" in lines that also take an interlinear word."""
    root, _ = encoded(alto([_block([
        _line_r28("ce 5 Septembre de S^t leu chez m^me guyard tableau de &gt;&lt; qui rep.", 247,
              1756, 2800, 179, "LT1"),
        _line_r28("droais", 2000, 1742, 300, 70, "LT2")], "BT1")], SEGMONTO))
    assert texts(root, "//t:body//t:hi[@rend='sup']") == ["t", "me"]
    assert texts(root, "//t:add[@place='above']") == ["droais"]
    assert "^" not in "".join(xp(root, "//t:body")[0].itertext())


# ---------------------------------------------------------------------- r29


def test_ruby_reading_is_a_hi_and_its_brackets_are_no_text():
    root, _ = encode(AOZORA, "shiki.html")
    body = " ".join(texts(root, "//t:body"))
    assert "（ごもっとも）" not in body and "御尤ごもっとも" in body
    assert xp(root, "//t:body//t:hi[@rend='ruby']/text()") == ["ごもっとも", "もうしあぐべく"]
    assert texts(root, "//t:body//t:hi[@rend='ruby']/..")[0].startswith("実例につきて")


# ---------------------------------------------------------------------- r30


def test_text_obscured_is_a_gap_not_supplied_text():
    root, _ = encode("The ministry in the present critical state [text obscured] with Russia "
                     "must resign. Two words [two words blurred] here.\n", "page.md")
    assert not xp(root, "//t:body//t:supplied")
    assert [(g.get("reason"), "".join(g.itertext())) for g in xp(root, "//t:body//t:gap")] == [
        ("damage", "text obscured"), ("illegible", "two words blurred")]


def test_empty_brackets_before_punctuation_and_partial_words():
    root, _ = encode("# Insurgents\n\nA receiver for the Association [ ] throe of the stock "
                     "[ ], was refused. The man entered [ ].\n\nSunday [--th ] is a day set "
                     "apart to represent [-tment] of our church, [w- ] said.\n", "page.md")
    assert not xp(root, "//t:body//t:supplied")
    assert texts(root, "//t:body//t:p") == [
        "A receiver for the Association throe of the stock , was refused. The man entered .",
        "Sunday th is a day set apart to represent tment of our church, w said."]
    assert len(xp(root, "//t:body//t:p[1]/t:gap")) == 3
    p2 = xp(root, "//t:body//t:p")[1]
    assert [(g.get("reason"), (g.tail or "")[:6]) for g in xp(p2, "t:gap")] == [
        ("illegible", "th is "), ("illegible", "tment "), ("illegible", " said.")]
    assert xp(p2, "t:gap[3]/preceding-sibling::text()[1]")[0].endswith("church, w")


# ---------------------------------------------------------------------- r31


# ---------------------------------------------------------------------- r33


def test_server_directive_inside_a_sentence_is_a_gap():
    root, result = encode("<?php include 'nav.php'; ?>\n<html>\n<body>\n<main>\n"
                          "<p>The people barter in fruit and cattle. "
                          "<?php render_shillings_pence(1,0); ?> per day is conceded a very "
                          "good wage.</p>\n</main>\n</body>\n</html>\n", "d.php")
    assert xp(root, "//t:body//t:p/t:gap/@reason") == ["missing"]
    assert xp(root, "string(//t:body//t:p)").endswith("per day is conceded a very good wage.")
    codes = [entry.code for entry in result.left_out]
    assert "server-printed" in codes and "format-markup" in codes


# ---------------------------------------------------------------------- r35


@settings(max_examples=25, deadline=None)
@given(st.lists(st.integers(min_value=1, max_value=400), min_size=2, max_size=5, unique=True))
def test_rising_bare_numbers_with_footnotes_are_pages_whatever_they_are(numbers):
    numbers = sorted(numbers)
    body = "".join(f"[{n}]\nEntry of page {n}.[^1]\n\n" if k == 0 else f"[{n}]\nEntry {n}.\n\n"
                   for k, n in enumerate(numbers))
    root, _ = encode("# Diary\n\n" + body + "[^1]: A note.\n", "diary.md")
    assert [int(pb.get("n")) for pb in xp(root, "//t:body//t:pb")] == numbers
    assert texts(root, "//t:body//t:note") == ["A note."]


def test_lost_signs_in_brackets_are_a_gap_in_any_transcription():
    """"[x x]" is two signs lost, never the letters "x x" supplied; "[x] Done" opening a
    line stays a ticked box."""
    root, _ = encode("Notes\n\nThe seal reads ka-[x x]-nu here.\n\n[x] Done\n", "n.txt")
    assert [(g.get("reason"), g.get("quantity")) for g in xp(root, "//t:body//t:gap")] == [
        ("lost", "2")]
    assert "[x] Done" in texts(root, "//t:body//t:p")


# ---------------------------------------------------------------------- round15


def test_a_page_word_in_brackets_opens_a_paragraph():
    root, _ = encode("MINUTES\n\n[p. 12] The committee met again on Tuesday and heard the "
                     "treasurer.\n\nIt adjourned at noon.\n")
    assert xp(root, "//t:pb/@n") == ["12"]
    assert texts(root, "//t:body//t:p")[0].startswith("The committee met")


def test_a_space_in_brackets_between_words_is_a_gap():
    """Salem: "above Ipswich Highway, [ ] the horse bridge", a lacuna."""
    root, _ = encode(SALEM, "salem.md")
    assert len(xp(root, "//t:gap")) == 1
    assert "[ ]" not in " ".join(texts(root, "//t:body//t:p"))


# ---------------------------------------------------------------------- round16_pages


def test_omission_and_illegible_signs_are_gaps():
    """indulto-medellin-auto-obedecimiento-es: Pandoc's \\[\\...\\] alone in a paragraph and
    \\[??\\] for a word the editor could not read."""
    root, _ = encode("> Orellana\n>\n> \\[\\...\\]\n>\n> Fue obedecida en que mandaron sus "
                     "\\[??\\] que para que llegue a noticia de todos se publique.\n", "auto.md")
    assert xp(root, "//t:gap/@reason") == ["omitted", "illegible"]
    assert not xp(root, "//t:supplied")
    assert "..." not in _body_text(root) and "??" not in _body_text(root)


def test_gap_signs_in_their_other_forms():
    """[…], [. . .], [?] opening a paragraph, and the illegible word in Portuguese and as a
    plural in Spanish."""
    root, _ = encode("Texto.\n\nDijo [. . .] y luego […] y volvió.\n\n[?] que llegue, "
                     "e o escrivão [ilegível] e [palabras ilegibles] al fin.\n")
    assert xp(root, "//t:gap/@reason") == ["omitted", "omitted", "illegible", "illegible",
                                           "illegible"]
    assert not xp(root, "//t:supplied") and not xp(root, "//t:unclear")


# ---------------------------------------------------------------------- round17b


def test_an_editors_description_in_brackets_is_a_note_not_supplied_words():
    """De septem rivis Egypti, a Word transcription (F4): its legend says "[Text]
    Anmerkung der Edition"; "[Das folgende in rot:]", "[Subskript erneut: …]" describe the
    manuscript, "[(???)]" is a word not read, and "Edition; [?]" does not doubt Edition."""
    root, _ = encode("Legende: [Text] Anmerkung der Edition; [?] unsichere Lesung.\n\n"
                     "q(ua)m viliores app(ar)ere [Subskript erneut: app(ar)ere] eq(ua)nimit(er)"
                     " f(er)re possum(us). miles ac[(???)] p(rae)liis. Explicit. [Das folgende"
                     " in rot:] Tractat(us) b(eat)i B(er)nhardi [original spelling]\n\n"
                     "Chiang [Kai-shek] came to Port Arthur [Lüshunkou].\n")
    assert texts(root, "//t:note[@type='editorial']") == [
        "Subskript erneut: app(ar)ere", "Das folgende in rot:", "original spelling"]
    assert texts(root, "//t:supplied") == ["Text", "Kai-shek", "Lüshunkou"]
    assert len(xp(root, "//t:gap[@reason='illegible']")) == 2
    assert not xp(root, "//t:unclear")


# ---------------------------------------------------------------------- round19


def test_unclear_class_and_illegible_placeholders():
    """A TEI-derived letter page (the Schnitzler edition's form): <span class="unclear">
    is an <unclear> reading; one of placeholders (¿¿¿...¿¿¿) is an illegible gap."""
    root, _ = encode("<html><body><p>Ich hoffe, dass <span class=\"unclear\">¿¿¿...¿¿¿</span> "
                     "Du bald <span class=\"unclear\">wieder</span> kommst.</p></body></html>",
                     "schnitzler.html")
    assert texts(root, "//t:unclear") == ["wieder"]
    assert [g.get("reason") for g in xp(root, "//t:gap")] == ["illegible"]
    assert "¿" not in " ".join(texts(root, "//t:body"))


# ---------------------------------------------------------------------- round20


def test_two_stray_ocr_brackets_far_apart_are_no_supplied_passage():
    """A Belgian newspaper page from KBR's CAMille platform (F3): "[" and "]" 135 words apart
    are OCR noise; kept as text and reported."""
    words = " ".join(["Tout ce qu'il y a de troupes françaises encore en Italie était rangé."]
                     * 4)
    root, result = encode(f"Le temps s'est soutenu [Mndaot toute la fête. {words} Présentez "
                          "armes ] et la musique a joué.\n")
    assert not xp(root, "//t:supplied")
    assert "[Mndaot" in "".join(xp(root, "//t:body")[0].itertext())
    assert any(d.code == "stray-brackets" for d in result.diagnostics)


# ---------------------------------------------------------------------- brackets_round12


def test_notices_of_missing_or_struck_passages_in_french_are_gaps():
    """Bashkirtseff's notebooks: "journée.[manque] J'ai", "[Trois lignes cancellées]"."""
    root, _ = encode("Voici l'article.[manque] J'ai porté bonheur à Joseph.\n\n"
                     "[Trois lignes cancellées]\n\nEt puis rien.\n")
    assert [g.get("reason") for g in xp(root, "//t:text//t:gap")] == ["missing", "omitted"]
    assert texts(root, "//t:gap/t:desc") == ["manque", "Trois lignes cancellées"]
    assert not xp(root, "//t:supplied")


# ---------------------------------------------------------------------- brackets_round14


def test_a_version_named_in_brackets_heads_its_section_and_is_not_supplied():
    """The same letter's Italian text and English translation in an edition's tabs."""
    page = ("<html><body><main><h1>Marie Mancini to Lorenzo Colonna</h1>"
            "<div id='raw'><p>[Italian]</p><p>Abbiate cura dei ragazzi.</p><p>M. M. C.</p></div>"
            "<div id='trans'><p>[English]</p><p>Take good care of the boys.</p>"
            "<p>M. M. C.</p></div></main></body></html>")
    root, result = encode(page, "letter.html")
    assert texts(root, "//t:body//t:div/t:head")[-2:] == ["Italian", "English"]
    assert texts(root, "//t:body//t:supplied") == []
    assert "version-label" in result.report()["rules"]


def test_an_attribute_list_in_brackets_is_markup_not_supplied_words():
    """A baptism register published with Antora (AsciiDoc saved as text): image macros and
    table settings carry attribute lists in brackets. (Read as plain text here: such a
    .txt is detected as AsciiDoc and read by its reader, test_encode_markup_formats.)"""
    text = ('image::page-736.jpg[align=left,title="Entry portion on page 736"]\n\n'
            '[cols="2,2,4",%header,frame="none"]\n\n'
            "Getauft den 23. März von [Pastor] Meyer.\n")
    root = etree.fromstring(encode_text(text, "register.txt", source_format="text").data)
    assert texts(root, "//t:body//t:supplied") == ["Pastor"]
    body = " ".join(texts(root, "//t:body"))
    assert '[align=left,title="Entry portion on page 736"]' in body
    assert '[cols="2,2,4",%header,frame="none"]' in body


# ---------------------------------------------------------------------- web_round13


# ---------------------------------------------------------------------- words_round13


def test_a_constituency_in_brackets_before_the_party_is_printed():
    """Deutscher Bundestag, 181st sitting (28 June 2016): interjections name the member with
    the constituency and the party in brackets; neither is an editor's supplied word."""
    root, _ = encode("Deutscher Bundestag\n\nDr. Sahra Wagenknecht [DIE LINKE]:\nDas ist die "
                     "Wahrheit.\n\n(Beifall bei der LINKEN – Sabine Weiss [Wesel I] [CDU/CSU]: "
                     "Bleiben Sie bei der Wahrheit! – Axel Schäfer [Bochum] [SPD]: Sie haben "
                     "Schröder vergessen!)\n")
    assert texts(root, "//t:supplied") == []
    assert "Sabine Weiss [Wesel I] [CDU/CSU]:" in " ".join(texts(root, "//t:body//*"))


# ---------------------------------------------------------------------- one shape
# The cases of one shape, in a table: a source (and its file name) encoded, and the
# queries whose answers it must give (texts(): the elements' words; xp(): the nodes).
ENCODED = [
    # (r24)
    # The cue rules leave an editor's restored words alone: once, inside a sentence.
    pytest.param(("**Ann:** We went to [the] station and waited.\n\n"
        "**Bob:** Then what happened?\n\n"
        "**Ann:** Nothing.\n", "talk.md"), [
        ("xp", "//t:supplied/text()", ["the"]),
        ("xp", "//t:incident", []),
    ], id="a_word_an_editor_restores_inside_a_sentence_stays_supplied"),
    # (r24)
    # Spacelog's glossary links ("[glossary:ATS]", recurring, inside sentences) are no
    # transcriber's cue: never an <incident>.
    pytest.param(("CAPCOM: Switching to [glossary:DEMSH]. Start counting.\n\n"
        "PILOT: I'm working now on [glossary:DEMSH].\n\n"
        "CAPCOM: Are you on throat mike or [glossary:DEMSH]?\n\n"
        "PILOT: On [glossary:DEMSH], I said.\n", "log.txt"), [
        ("xp", "//t:incident", []),
    ], id="a_platforms_tag_in_brackets_inside_a_sentence_is_no_cue"),
    # (r27)
    pytest.param(("He had taken the children to Mrs Rosser [sic, not Rossett in this part "
        "of the report.] and promised her ten shillings.\n",), [
        ("texts", "//t:body//t:sic", ["Rosser"]),
        ("xp", "//t:choice | //t:corr", []),
        ("texts", "//t:body//t:note[@type='editorial']", [
            "sic, not Rossett in this part of the report."]),
    ], id="an_editors_comment_after_sic_keeps_the_word_and_the_comment"),
    # (r27)
    pytest.param(("He had taken the children to Mrs Rosser [sic: Rossett] on Monday.\n",), [
        ("texts", "//t:choice/t:sic", ["Rosser"]),
        ("texts", "//t:choice/t:corr", ["Rossett"]),
    ], id="a_short_correction_after_sic_is_still_a_choice"),
    # (r27)
    pytest.param((
        "She saw it Sunday night [presumably the Sunday before its death?]. It was ill.\n\n"
        "He said 'no I don't know anything about it . . .' [the story then conforms with "
        "his wife's]\n\nShe left it with Mrs [Rossett?] for the week.\n",), [
        ("texts", "//t:body//t:note[@type='editorial']", [
            "presumably the Sunday before its death?", "the story then conforms with his wife's"]),
        ("texts", "//t:body//t:unclear", ["Rossett"]),
        ("xp", "//t:body//t:supplied", []),
    ], id="a_hedged_query_and_a_comment_after_a_quotation_are_editorial_notes"),
    # (r31)
    # Wallace's Beethoven letters (PG #13065) and PG #7's date line: a bracket opening with
    # a word of explanation, a bare date after a finished clause, a "the …" phrase naming
    # what the words before it name: the sentence is whole without them.
    pytest.param(("TO DR. SCHADE.\n\nBonn, 1787.\n\nMy dear friend,\n\n"
        "My mother was still alive, but in the most deplorable state; about\n"
        "seven weeks ago she died [July 17]. With this you will receive a\n"
        "dedication from me [the variations on \"Se vuol ballare\"]. When you "
        "see\nB. Koch [subsequently Countess Belderbusch], pray say that it is "
        "unkind\nin her. He adopted them as his own [for instance, the Abbe "
        "Gelinek].\n\nYour friend,\n\nL. V. BEETHOVEN.\n", "schade.txt"), [
        ("texts", "//t:body//t:note[@type='editorial']", [
            "July 17", "the variations on \"Se vuol ballare\"",
            "subsequently Countess Belderbusch", "for instance, the Abbe Gelinek"]),
        ("xp", "//t:supplied", []),
    ], id="an_editors_glosses_in_brackets_are_notes_not_supplied_words"),
    # (r31)
    # "on [July 17]", "the [King's] men", "the letter of [the Elector himself]": the
    # sentence has a hole without them.
    pytest.param(("The regiment marched out of the town on [July 17]. The [King's] men "
        "held the bridge\nall night. We read the long letter of [the Elector "
        "himself] to the council. They themselves [the Joint Chiefs], frankly, "
        "know little.\n", "restored.txt"), [
        ("texts", "//t:supplied", ["July 17", "King's", "the Elector himself",
            "the Joint Chiefs"]),
        ("xp", "//t:body//t:note", []),
    ], id="brackets_that_restore_words_the_sentence_needs_stay_supplied"),
    # (r35)
    # A text with its editorial signs ("[?]", letters restored in a word, the original's
    # page numbers on lines of their own): "~~me~~" is the writer's crossing out.
    pytest.param(("[5]\n\nKit wanted ~~me~~ to go too but a [?] friend came.\n\n"
        "[6]\n\nMrs. [R]aybell called.\n", "diary.md"), [
        ("texts", "//t:body//t:del[@rend='strikethrough']", ["me"]),
        ("xp", "//t:body//t:hi[@rend='strikethrough']", []),
    ], id="struck_words_in_a_transcription_are_deletions"),
    # (r35)
    pytest.param(("# Sale\n\nWas ~~$40~~, now $30 [see terms].\n", "shop.md"), [
        ("texts", "//t:body//t:hi[@rend='strikethrough']", ["$40"]),
        ("xp", "//t:body//t:del", []),
    ], id="struck_words_in_a_web_page_stay_typography"),
    # (round15)
    # The Salem Village Record Book (UVA's Modern English Collection in Markdown): the
    # printed edition gives the manuscript's pages in brackets at the head of its entries.
    pytest.param((SALEM, "salem.md"), [
        ("xp", "//t:pb/@n", ["6", "7"]),
        ("texts", "//t:head", ["At a General Court held at Boston 8th of October 1672.",
            "26 of the 10 m:1672."]),
    ], id="the_originals_page_in_brackets_at_a_headings_start"),
    # (round15)
    # Salem: "B[oston?]": the editor restored the word's letters and doubts them
    # (<supplied cert="low">; <unclear> is for letters the source shows).
    pytest.param((SALEM, "salem.md"), [
        ("texts", "//t:supplied[@cert='low']", ["oston"]),
        ("xp", "//t:unclear", []),
    ], id="a_queried_completion_of_a_word_is_supplied_with_low_certainty"),
    # (round15)
    pytest.param(("REPORT\n\nThe envoy went to [China?] in May.\n",), [
        ("texts", "//t:unclear", ["China"]),
    ], id="a_queried_word_alone_stays_unclear"),
    # (round19)
    # A German scholarly edition's sic mark: "[!]" after the writer's spelling marks the
    # word as the writer's (<sic>), never an exclamation mark the editor supplied.
    pytest.param(("Lieber Bruder!\n\nWir haben den Brif [!] gestern erhalten.\n\n"
        "Dein Karl\n", "brief.txt"), [
        ("texts", "//t:sic", ["Brif"]),
        ("xp", "//t:supplied", []),
    ], id="bracketed_exclamation_is_sic"),
    # (round20)
    pytest.param(("The letter from Chiang [Kai-shek] arrived in the morning.\n",), [
        ("texts", "//t:supplied", ["Kai-shek"]),
    ], id="an_editors_short_supplied_words_stay_supplied"),
    # (round20)
    # A Polish application of 1950 (Polona; scout round 11b), its hyphenated words joined:
    # Polish shares "o", "a", "do" with Portuguese, so it needs function words of its own.
    pytest.param(("Wydaje mi się, że w bieżącym roku wycieczka taka byłaby szczególnie\n"
        "potrzebną i pożyteczną ze względu na specjalny kierunek i cel kursu.\n"
        "Wycieczka winna mieć charakter roboczy, nacelowany na zapoznanie\n"
        "słuchaczy z osiągnięciami rolnictwa radzieckiego, z Wystawą Rolniczą,\n"
        "z organizacją pracy w kołchozach i MTS. Prosimy o pozytywne\n"
        "ustosunkowanie się do naszego wniosku, a grupa powinna być więc\n"
        "dość liczna od 50 do 60 osób.\n",), [
        ("xp", "//t:langUsage/t:language/@ident", ["pl"]),
    ], id="a_polish_text_is_not_taken_for_portuguese"),
    # (brackets_round12)
    # Marie Bashkirtseff's diary, French transcription: "brilliant [Rayé: exploit] deed";
    # Dwernicki's memoirs (Polona): "pomimo woli [skreślenie: Księcia] Jego".
    pytest.param(("It prevents me from doing some brilliant [Rayé: exploit] deed.\n\n"
        "Działał pomimo woli [skreślenie: Księcia] Jego uważał On.\n",), [
        ("texts", "//t:text//t:del", ["exploit", "Księcia"]),
        ("xp", "//t:supplied", []),
    ], id="a_deletion_label_and_its_words_are_a_del"),
    # (brackets_round12)
    # The National Archives' "With love" letters: "[She added a postscript:]"; a blog's
    # Civil War letter: "Januery the 1st / 61 [probably written by mistake, instead of 62]".
    pytest.param(("Januery the 1st / 61 [probably written by mistake, instead of 62]\n\n"
        "Yours as long as life endures\n\n[She added a postscript:]\n\n"
        "One thing I had forgotten.\n",), [
        ("texts", "//t:note[@type='editorial']", [
            "probably written by mistake, instead of 62", "She added a postscript:"]),
        ("xp", "//t:supplied", []),
    ], id="a_comment_on_the_text_is_an_editorial_note"),
    # (brackets_round12)
    # Morosini's commission (Venice, 1684), a transcription: "[image]" where a drawing is.
    pytest.param(("Il capitanio di Verona.\n\n[image]\n\nNoi Francesco Morosini.\n",), [
        ("texts", "//t:gap/t:desc", ["image"]),
        ("xp", "//t:supplied", []),
    ], id="a_picture_named_alone_is_a_gap"),
    # (brackets_round12)
    # Smithsonian Transcription Center, a field book: "[[preprinted]] 22 [[/preprinted]]"
    # (a number alone so tagged is the page's number, a <pb>: test_encode_low18).
    pytest.param(("[[preprinted]] Sept. [[/preprinted]] 17, 1915\nFriday, fine.\n",), [
        ("texts", "//t:note[@type='transcriber']", ["preprinted", "/preprinted"]),
        ("xp", "//t:supplied", []),
    ], id="double_bracket_tags_are_transcriber_notes"),
    # (brackets_round12)
    # FRUS-style restored words: "the [American] delegation".
    pytest.param(("He met the [American] delegation on [Tuesday] morning.\n",), [
        ("texts", "//t:supplied", ["American", "Tuesday"]),
    ], id="words_that_complete_the_sentence_are_still_supplied"),
    # (brackets_round14)
    pytest.param(("Sono arivate le donne li 23 sep[[tembre]] 1672 e altre "
        "[[something crossed out]] poi.\n", "letter.txt"), [
        ("texts", "//t:body//t:supplied", ["tembre"]),
        ("texts", "//t:note[@type='transcriber']", ["something crossed out"]),
    ], id="double_brackets_glued_to_a_word_complete_it_and_a_tag_alone_stays_a_tag"),
    # (web_round13)
    # Mark Twain Project, the envelope of Dean Sage's letter: `Esq <span class="normal">[<i>
    # rule</i>]</span> | Hartford`, `[<i>postmarked:</i>] new-york mar 31` (were <supplied>);
    # a roman completion `new y[ork]` stays <supplied>.
    pytest.param(('<html><body>\n<p>Yours truly Dean Sage</p>\n<p class="noindent">S. L. '
        'Clemens Esq <span class="normal">[<i>rule</i>]</span> | Hartford | Conn.'
        '\n<span class="normal">[<i>postmarked:</i>]</span> new y[ork] mar 31 7 '
        'pm 84</p>\n</body></html>\n', "sage.html"), [
        ("texts", "//t:body//t:note[@type='editorial']", ["rule", "postmarked:"]),
        ("texts", "//t:body//t:supplied", ["ork"]),
    ], id="bracketed_italic_words_of_the_editors_are_editorial_notes"),
    # (web_round13)
    # Mark Twain Project letters as plain text: "[return address:] 839 St. Marks Ave".
    pytest.param(("Dear Clemens,\n\nI write.\n\n[return address:] 839 St. Marks Ave\n",), [
        ("texts", "//t:body//t:note[@type='editorial']", ["return address:"]),
        ("xp", "//t:supplied", []),
    ], id="a_lower_case_label_with_a_colon_in_brackets_is_an_editorial_note"),
]


@pytest.mark.parametrize(("source", "checks"), ENCODED)
def test_encoded(source, checks):
    root, _ = encode(*source)
    for query, path, expected in checks:
        assert QUERIES[query](root, path) == expected, path
