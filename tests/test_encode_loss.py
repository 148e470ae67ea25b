"""Nothing lost: every word of a source in its master (left-out parts reported).

The cases of the scouting rounds and their leftovers (r22l, r23, r28, r31, r32, loss1, loss2,
loss3, leftovers_round13, fuzz26, web_round13, words_round13), regrouped by convention; each
section is named by the round it came from. Where the inputs come from (their provenance and
licences): tests/ROUNDS.md, under the round's name."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from lxml import etree
from shared_sources import (
    HEBREW,
    NUMBERS,
    PROPERTY,
    QUERIES,
    SEANAD,
    SMALL_PRINT,
    VOCABULARY,
    _block,
    _line_loss3,
    _line_r28,
    alto,
    encode_or_refuse,
    encoded,
)
from teiquery import encode, encoded_valid, texts, xp
from test_encode_pdf import pdf_of

from teikit import encode_file
from teikit.formats.pdflayout import Char, rows_of

from wordcheck import missing_words, words

LETTER_PIECE = st.one_of(
    st.sampled_from(["Min lille kæreste.", "Bien cher Monsieur,", "Miei adorati,",
                     "Szanowny Panie!", "TULLIUS TIRONI SUO SAL.", "Excmo. Sor.",
                     "Dein alter Freund ;", "Gisbert Dachsburg,", "Förster.",
                     "Ja nu lev vel lille Trine til vi ses.", "Din egen Peter.",
                     "Il vostro Alberto", "Z wyrazami szacunku", "Vale.",
                     "Dios gue aVS. VS. m añ Guayaquil enero 27 de 1811.",
                     "ex opido Prugk, die 13. novembris 1444.", "(f).- José de Olmedo.",
                     "**José Antepara.-** Elector Secretario.", "SS. Comisionados del Cabdo.",
                     "Je ne sais, mon cher Monsieur, quand", "от 07.02.2004 г. N 47-рп"]),
    st.from_regex(r"[A-Za-zæøå]{1,8}( [a-zæøå]{1,8}){0,12}[.,]?", fullmatch=True))


HEAD = "######OpenITI#\n#META#Header#End#\n"


@st.composite
def alto_documents(draw):
    blocks, kept = [], []
    for b in range(draw(st.integers(1, 4))):
        lines = []
        for n in range(draw(st.integers(1, 3))):
            strings = []
            for k in range(draw(st.integers(1, 4))):
                word = draw(st.sampled_from(VOCABULARY))
                kept.append(word)
                style = draw(st.sampled_from(["", ' STYLE="bold"', ' STYLE="superscript"',
                                              ' SUBS_TYPE="HypPart1"', ' SUBS_TYPE="HypPart2"']))
                strings.append(f'<String ID="s{b}{n}{k}" CONTENT="{word}" HPOS="{draw(NUMBERS)}" '
                               f'VPOS="{draw(NUMBERS)}" WIDTH="{draw(NUMBERS)}" '
                               f'WC="{draw(NUMBERS)}"{style}/>'
                               + ('<SP/>' if draw(st.booleans()) else ""))
            lines.append(f'<TextLine HPOS="{draw(NUMBERS)}">{"".join(strings)}</TextLine>')
        where = draw(st.sampled_from(["PrintSpace", "TopMargin", "LeftMargin", "PrintSpace"]))
        blocks.append((where, f'<TextBlock ID="b{b}">{"".join(lines)}</TextBlock>'))
    spaces = "".join(f"<{w}>{x}</{w}>" for w, x in blocks)
    xml = ('<?xml version="1.0"?><alto xmlns="http://www.loc.gov/standards/alto/ns-v4#">'
           f'<Layout><Page ID="p" PHYSICAL_IMG_NR="{draw(NUMBERS)}" WIDTH="{draw(NUMBERS)}" '
           f'HEIGHT="{draw(NUMBERS)}">{spaces}</Page></Layout></alto>')
    body = {w for where, x in blocks if where != "TopMargin"
            for w in VOCABULARY if f'"{w}"' in x}
    return xml, body


# ---------------------------------------------------------------------- r22l


@settings(max_examples=int(os.environ.get("TEIKIT_EXAMPLES", "60")), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(LETTER_PIECE, st.sampled_from([" ", "\n", "\n\n"])),
                min_size=1, max_size=10))
@example([("B a a a", "\n\n"), ("Min lille kæreste.", " ")])   # no letter-spaced word
def test_letter_forms_keep_every_word(pieces):
    """Any run of the letters' forms these rules read, and of words between them, keeps
    every word of the source in the master, valid and with no internal mark left."""
    text = "".join(p + sep for p, sep in pieces)
    got = encoded_valid(None, text, "letter.md")
    if got is None:
        return
    _, root = got
    assert not missing_words(words(text.replace("**", " ")), root), text


# ---------------------------------------------------------------------- r23


def test_a_word_cut_by_the_maqaf_is_kept_with_it_where_the_text_never_prints_it_whole():
    root, _ = encode(HEBREW.replace("איירופא", "אירופה"))
    assert "נושנה באיי־רופא, וכל דבר הבל" in texts(root, "//t:body//t:p")[0]


# ---------------------------------------------------------------------- r28


def test_a_capital_block_over_a_small_block_without_coordinates_keeps_both_words():
    root, _ = encoded(alto([_block([_line_r28("A")]), _block([_line_r28("b")])]))
    body = "".join(xp(root, "//t:body")[0].itertext()).split()
    assert body == ["A", "b"]


# ---------------------------------------------------------------------- r31


# ---------------------------------------------------------------------- r32


def test_webvtt_notes_and_style_blocks_are_left_out_and_reported_at_their_lines():
    """webvtt-py skips NOTE, STYLE and REGION blocks in silence; a captioner's NOTE holds
    words, so each is named in the report with its lines (never text, never lost)."""
    vtt = ("WEBVTT\n\nNOTE The speaker is the\nmayor of Medford.\n\nSTYLE\n::cue { color: red }\n\n"
           "00:00:01.000 --> 00:00:03.000\n<v Mayor>Good evening, everyone.\n")
    root, result = encode(vtt, "council.vtt")
    assert texts(root, "//t:sp/t:p") == ["Good evening, everyone."]
    left = [(x["line"], x["text"]) for x in result.report()["left_out"]
            if x["code"] == "format-markup"]
    assert left == [(3, "NOTE The speaker is the mayor of Medford."),
                    (6, "STYLE ::cue { color: red }")]


# ---------------------------------------------------------------------- loss1


def test_metre_label_and_verse_lines_are_separate_words_in_the_master():
    root, _result = encode(HEAD + "# قال [طويل]\n# اا %~% بب\n# جج %~% دد\n# هه\n", "gen.txt")
    lg = xp(root, "//t:lg")[0]
    assert [c.tag.split("}")[1] for c in lg] == ["label", "l", "l"]
    assert "".join(lg.itertext()).split() == ["طويل", "اا", "بب", "جج", "دد"]


def test_the_found_case_keeps_every_word():
    root, _result = encode(HEAD + "# اا\n# [كامل]\nاا %~% ", "gen.txt")
    assert "".join(xp(root, "//t:text")[0].itertext()).split() == ["اا", "كامل", "اا"]
    assert xp(root, "//t:lg/t:label[@type='metre']/text()") == ["كامل"]


# ---------------------------------------------------------------------- loss2


def test_single_letters_over_a_salutation_stay_words():
    text = "B a a a\n\nMin lille kæreste.\n"
    root, result = encode(text, "letter.md")
    assert texts(root, "//t:body//t:head") == ["B a a a"]
    assert texts(root, "//t:opener/t:salute") == ["Min lille kæreste."]
    assert "letterspaced" not in [d.code for d in result.diagnostics]
    assert not missing_words(words(text), root)


def test_letter_spaced_word_set_apart_as_a_heading_is_the_word_it_spells():
    root, result = encode("      B e k a n n t m a c h u n g\n\nDer Rat hat beschlossen.\n",
                          "b.txt")
    assert texts(root, "//t:body//t:head") == ["Bekanntmachung"]
    assert "letterspaced" in [d.code for d in result.diagnostics]
    root, _ = encode("# B e k a n n t m a c h u n g\n\nDer Rat hat beschlossen.\n", "b.md")
    assert texts(root, "//t:body//t:head") == ["Bekanntmachung"]


# ---------------------------------------------------------------------- loss3


def test_a_raised_marker_that_opens_a_line_stays_on_it():
    chars = [Char("1", 50, 704, 53, 710, 704.5, 7.0), *_line_loss3("Bridge", 54, 700, 10.0)]
    [row] = rows_of(chars)
    assert [(r.text, r.pos) for r in row.runs] == [("1", "sup"), ("Bridge", "")]


def test_a_raised_smaller_number_still_joins_its_word():
    chars = [*_line_loss3("bridge.", 50, 700, 10.0), Char("1", 100.4, 704, 103, 710, 704.5, 7.0),
             *_line_loss3("It", 106, 700, 10.0)]
    [row] = rows_of(chars)
    assert [(r.text, r.pos) for r in row.runs] == [("bridge.", ""), ("1", "sup"), (" It", "")]


@pytest.mark.parametrize("body,words", [
    ("A AAAAAAAAA<b>AAAAAAAAA A</b>", "A AAAAAAAAAAAAAAAAAA A"),
    ("A AAA<i>AAAAAAA<i>AAAAAAAAA A</i></i>", "A AAAAAAAAAAAAAAAAAAA A"),
])
def test_a_word_run_up_to_the_next_columns_heading_is_not_glued_to_it(tmp_path: Path, body,
                                                                       words):
    html = (f"</head><body><div style='columns: 2;'><p>{body}</p>"
            "<h2>A AAAAAA</h2></div></body></html>")
    path = tmp_path / "words.pdf"
    path.write_bytes(pdf_of(html))
    root = etree.fromstring(encode_file(path).data)
    assert texts(root, "//t:body//t:div[@type='section']/t:head") == ["A AAAAAA"]
    assert " ".join(xp(root, "string(//t:body)").split()) == words + " A AAAAAA"


# ---------------------------------------------------------------------- leftovers_round13


def test_contents_leaders_are_left_out_and_reported():
    """Seanad Éireann, 18 November 2021, as the Oireachtas exports it: the contents lines'
    leader glyphs (U+FFFD after a backspace) and dots are layout; the titles and page
    numbers stay."""
    root, result = encode(SEANAD, "seanad.txt")
    words = " ".join(texts(root, "//t:body//t:p"))
    assert "\ufffd" not in words and "...." not in words
    assert "School Enrolments" in words and "445" in words and "454" in words
    assert any(x.code == "leaders" for x in result.left_out)


# ---------------------------------------------------------------------- fuzz26


@PROPERTY
@given(doc=alto_documents())
def test_alto_generated_encodes_and_keeps_its_texts_words(tmp_path, doc):
    """Words in running-head margins may be left out (and reported); the others stay. A
    hyphen part's words may be merged by SUBS_CONTENT's absence, so each is looked for as
    a part of the master's words."""
    xml, body = doc
    source = tmp_path / "gen.alto.xml"
    source.write_text(xml)
    root = encode_or_refuse(source)
    if root is None:
        return
    text = " ".join(root.itertext()).casefold()
    assert all(w in text for w in body)


# ---------------------------------------------------------------------- web_round13


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


# ---------------------------------------------------------------------- words_round13


def test_character_references_in_a_plain_text_are_their_characters():
    """Kremlin decree 798 of 29 July 2002, a web copy saved as text: the quotation marks
    around a decree's title are "&#34;"; "&#60;" (markup) and "&amp;" (named) stay."""
    root, _ = encode("УКАЗ\n\nО внесении изменений в Указ N 660 &#34;О призыве офицеров&#34;"
                     " &amp; &#x2019; &#60;b>\n")
    body = " ".join(texts(root, "//t:body//t:p"))
    assert '"О призыве офицеров" &amp; \u2019 &#60;b>' in body


def test_a_row_of_buttons_between_a_boxes_bars_is_kept_as_printed():
    """Poul-Henning Kamp's "bikeshed" mail (FreeBSD, 1999) draws a dialog box whose last row
    is "|   [YES]  [REVISE]  [CANCEL]   |": the author's buttons, no editor's words."""
    root, _ = encode("## A bike shed\n\n<pre>\nSubject: A bike shed\n\n"
                     "But let me suggest a few pop-up windows I would like to see\n"
                     "mail-programs implement whenever people send or reply to email\n"
                     "to the lists they want me to subscribe to:\n"
                     "\n"
                     "      +------------------------------------------------------------+\n"
                     "      | Your email is about to be sent to several hundred thousand |\n"
                     "      | people, who will have to spend at least 10 seconds reading |\n"
                     "      | it before they can decide if it is interesting.  At least  |\n"
                     "      | two man-weeks will be spent reading your email.  Many of   |\n"
                     "      | the recipients will have to pay to download your email.    |\n"
                     "      |\t\t\t\t\t\t\t\t   |\n"
                     "      | Are you absolutely sure that your email is of sufficient   |\n"
                     "      | importance to bother all these people ?                    |\n"
                     "      |\t\t\t\t\t\t\t\t   |\n"
                     "      |                  [YES]  [REVISE]  [CANCEL]                 |\n"
                     "      +------------------------------------------------------------+\n"
                     "\nPoul-Henning\n</pre>\n", "mail.md")
    assert texts(root, "//t:supplied") == []
    assert "[REVISE]" in " ".join(texts(root, "//t:body//t:p"))


# ---------------------------------------------------------------------- one shape
# The cases of one shape, in a table: a source (and its file name) encoded, and the
# queries whose answers it must give (texts(): the elements' words; xp(): the nodes).
ENCODED = [
    # (r31)
    # PG #3 and #9: "***The Project Gutenberg Etext of Kennedy's Inaugural Address**"
    # after the Small Print is the project's; "End Project Gutenberg's Etext of …" ends it.
    pytest.param((SMALL_PRINT +
        "***The Project Gutenberg Etext of Kennedy's Inaugural Address**\n\n"
        "We observe today not a victory of party but a celebration of freedom.\n\n"
        "End Project Gutenberg's Etext of Kennedy's Inaugural Address\n", "jfk.txt"), [
        ("texts", "//t:body//t:p", [
            "We observe today not a victory of party but a celebration of freedom."]),
        ("texts", "//t:titleStmt/t:title", ["Kennedy's Inaugural Address"]),
    ], id="the_etext_banner_names_the_text_and_the_trailer_is_left_out"),
    # (loss2)
    pytest.param(("B e k a n n t m a c h u n g\n\nDer Rat hat beschlossen.\n", "b.txt"), [
        ("texts", "//t:body//t:head", ["B e k a n n t m a c h u n g"]),
    ], id="mixed_case_letters_flush_left_in_plain_text_stay_as_printed"),
    # (loss2)
    pytest.param(("У К А З\n\nПостановляю утвердить положение.\n", "ukaz.txt"), [
        ("texts", "//t:body//t:head", ["УКАЗ"]),
    ], id="letter_spaced_capitals_are_the_word_they_spell"),
    # (leftovers_round13)
    # Dewan Negara (Malaysia), 26 May 2008: "… Menteri Kabinet...  [Tepuk]" is the
    # applause (Malay), no word supplied; the same for Swahili "(Makofi)".
    pytest.param(("DEWAN NEGARA\n\nTuan Yang di-Pertua: Saya bagi pihak Dewan Negara "
        "menghargai kehadiran Menteri Kabinet...  [Tepuk]\n\n"
        "Mhe. Spika: Naomba kuwashukuru wote kwa kazi nzuri. (Makofi)\n",), [
        ("texts", "//t:incident/t:desc", ["Tepuk", "Makofi"]),
        ("xp", "//t:supplied", []),
    ], id="incident_words_of_parliaments_in_other_languages"),
    # (web_round13)
    # Mark Twain Project letters: `<i>Copy-text:</i><img class="en-space" src="blank.gif"/>The
    # Mark Twain Papers`, `Yours very truly<img alt="em space"/>Daniel` (were "Copy-text:The",
    # "trulyDaniel"); "Copy-text" is an edition's field label, not a speaker.
    pytest.param(('<html><body>\n<p class="noindgap"><i>Copy-text:</i><img alt="glyph" '
        'class="en-space" src="icons/blank.gif" />The Mark Twain Papers, The '
        'Bancroft Library.</p>\n<p>Yours very truly<img alt="em space" class="em-'
        'space" src="icons//blank.gif" />Daniel</p>\n</body></html>\n', "ct.html"), [
        ("texts", "//t:body//t:p", [
            "Copy-text: The Mark Twain Papers, The Bancroft Library.", "Yours very truly Daniel"]),
        ("xp", "//t:sp", []),
    ], id="a_spacer_image_between_two_words_keeps_them_apart"),
]


@pytest.mark.parametrize(("source", "checks"), ENCODED)
def test_encoded(source, checks):
    root, _ = encode(*source)
    for query, path, expected in checks:
        assert QUERIES[query](root, path) == expected, path
