"""Round 28: eScriptorium / HTR-United ALTO (SegmOnto tags, page numbers, margin notes,
interlinear insertions, blocks parted by gaps and indents), hyphen chains at line ends,
caret superscripts. Inputs are written here in the forms of /work/scout/corpus28 (CREMMA
Testaments de Poilus and CREMMA-MSS-18, CC BY 4.0), shortened and with invented words
where the rule needs no real text."""
from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree
from teiquery import texts, xp

from teikit import encode_text

from wordcheck import missing_words, words

ALTO4 = "http://www.loc.gov/standards/alto/ns-v4#"


def encoded(text: str, name: str = "doc.alto.xml"):
    result = encode_text(text, name)
    return etree.fromstring(result.data), result


def _line(words: str, x: int = 0, y: int = 0, w: int = 0, h: int = 40, tag: str = "") -> str:
    ref = f' TAGREFS="{tag}"' if tag else ""
    geo = f' HPOS="{x}" VPOS="{y}" WIDTH="{w}" HEIGHT="{h}"' if w else ""
    return (f"<TextLine{ref}{geo}>" + "<SP/>".join(f'<String CONTENT="{t}"/>'
                                                     for t in words.split()) + "</TextLine>")


def _block(lines: list[str], tag: str = "", geo: str = "") -> str:
    ref = f' TAGREFS="{tag}"' if tag else ""
    return f"<TextBlock{ref}{geo}>" + "".join(lines) + "</TextBlock>"


def alto(blocks: list[str], tags: dict[str, str] | None = None, img: str = "125") -> str:
    other = "".join(f'<OtherTag ID="{k}" LABEL="{v}"/>' for k, v in (tags or {}).items())
    return (f'<alto xmlns="{ALTO4}"><Description><sourceImageInformation><fileName>f.jpeg'
            f"</fileName></sourceImageInformation></Description><Tags>{other}</Tags><Layout>"
            f'<Page PHYSICAL_IMG_NR="{img}"><PrintSpace>' + "".join(blocks) +
            "</PrintSpace></Page></Layout></alto>")


# -- nothing lost: a capital alone is a drop capital only where the coordinates say so --------

def test_a_capital_block_over_a_small_block_without_coordinates_keeps_both_words():
    root, _ = encoded(alto([_block([_line("A")]), _block([_line("b")])]))
    body = "".join(xp(root, "//t:body")[0].itertext()).split()
    assert body == ["A", "b"]


def test_a_capital_set_beside_the_first_line_is_still_a_drop_capital():
    root, result = encoded(alto([
        _block([_line("A", 112, 1056, 52, 58)]),
        _block([_line("ufklärung ist der Ausgang", 163, 1055, 754, 69),
                _line("des Menschen aus seiner", 110, 1130, 800, 69)])]))
    assert texts(root, "//t:body//t:p") == ["Aufklärung ist der Ausgang des Menschen aus seiner"]
    assert "ocr-drop-capital" in result.rules


# -- F1: the file's own tags (SegmOnto labels through TAGREFS) ----------------------------------

SEGMONTO = {"BT1": "MainZone", "BT2": "MarginTextZone", "BT3": "NumberingZone",
            "BT4": "MainZone:column#1", "LT1": "DefaultLine", "LT2": "InterlinearLine",
            "LT3": "HeadingLine:title", "BT5": "SealZone"}


def test_numbering_zone_is_the_page_number_and_margin_zone_a_margin_note():
    """Genlis f59 / Bastille 14: NumberingZone "57" (PHYSICAL_IMG_NR 7), a MarginTextZone
    beside the second line."""
    root, result = encoded(alto([
        _block([_line("nous avons été voir le Salon", 240, 260, 1800, 100, "LT1"),
                _line("de peinture à paris et les", 240, 375, 1800, 100, "LT1"),
                _line("ouvrages de madame Le brun", 240, 480, 1800, 100, "LT1")], "BT4"),
        _block([_line("2 janv.", 2150, 380, 200, 60, "LT1")], "BT2"),
        _block([_line("57", 2308, 86, 100, 60, "LT1")], "BT3")], SEGMONTO, img="7"))
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
        _block([_line("Monseigneur", 575, 639, 700, 110, "LT3")], "BT1"),
        _block([_line("jl ma esté jnpossible de pouvoir", 209, 1597, 2000, 110, "LT1"),
                _line("vous donner de me nouvelle", 203, 1714, 2000, 110, "LT1")], "BT1"),
        _block([_line("2 janv.", 2150, 242, 200, 60, "LT1")], "BT2")], SEGMONTO))
    [div] = xp(root, "//t:body/t:div")
    assert [c.tag.split("}")[1] for c in div] == ["pb", "note", "opener", "p"]
    assert texts(root, "//t:div/t:note[@place='margin']") == ["2 janv."]
    assert texts(root, "//t:opener/t:salute") == ["Monseigneur"]


def test_an_interlinear_line_goes_in_at_the_caret_under_it():
    """Genlis f59: "droais" written over the sign "><" of the line below (one String a
    line, as eScriptorium writes it: the sign's place estimated from its letters)."""
    root, result = encoded(alto([_block([
        _line("avons vu dans Les galeries du Louvres Le", 247, 1637, 2090, 150, "LT1"),
        _line("ravissant tableau de &gt;&lt; qui rep.", 247, 1756, 2090, 179, "LT1"),
        _line("droais", 1457, 1742, 340, 70, "LT2"),
        _line("j. ch. et La cananéenne", 284, 1874, 1200, 150, "LT1")], "BT1")], SEGMONTO))
    [add] = xp(root, "//t:add")
    assert (add.get("place"), add.text) == ("above", "droais")
    [p] = xp(root, "//t:body//t:p")
    flat = " ".join("".join(p.itertext()).split())
    assert "Le ravissant tableau de droais qui rep. j. ch." in flat
    assert "><" not in flat
    assert "ocr-interlinear" in result.rules


def test_an_interlinear_line_without_a_caret_goes_in_before_the_word_under_its_start():
    root, _ = encoded(alto([_block([
        _line("the horse ran across the field", 100, 500, 1200, 100, "LT1"),
        _line("black", 320, 470, 150, 50, "LT2")], "BT1")], SEGMONTO))
    [p] = xp(root, "//t:body//t:p")
    assert " ".join("".join(p.itertext()).split()) == "the black horse ran across the field"
    assert texts(root, "//t:add[@place='above']") == ["black"]


def test_an_unknown_zone_is_read_as_text_and_reported():
    root, result = encoded(alto([
        _block([_line("Archives de la Seine", 100, 100, 600, 60, "LT1")], "BT5"),
        _block([_line("Je soussigné déclare", 100, 300, 1200, 60, "LT1")], "BT1")], SEGMONTO))
    words = " ".join("".join(xp(root, "//t:body")[0].itertext()).split())
    assert words.startswith("Archives de la Seine") and words.endswith("Je soussigné déclare")
    [note] = [d for d in result.diagnostics if d.code == "alto-tag"]
    assert "SealZone" in note.message


# -- F3: a hyphen at the line end inside a chain of words is the chain's own ---------------------

def plain_body(text: str, name: str = "will.txt") -> str:
    root, _ = encoded(text, name)
    return " ".join("".join(xp(root, "//t:body")[0].itertext()).split())


def test_a_numeral_chain_broken_at_a_link_keeps_its_hyphen():
    """Testament de Poilus AD78 0014 (CC BY 4.0), in plain text."""
    body = plain_body("Je lègue tout à mon épouse, née le cinq novembre mille-huit-cent-quatre-\n"
                      "vingt-cinq, pour en disposer à sa façon. Fait le cinq Décembre mille-\n"
                      "neuf-cent-quatorze et signé de ma main.\n")
    assert "mille-huit-cent-quatre-vingt-cinq," in body
    assert "mille-neuf-cent-quatorze et" in body


def test_a_word_chain_keeps_its_hyphen_and_a_syllable_break_inside_a_link_is_joined():
    body = plain_body("She came in with her mother-in-\nlaw and her brother, who lived at "
                      "Mour-\nmelon-le-Grand; her mother was in good health.\n", "a.txt")
    assert "mother-in-law and" in body
    assert "Mourmelon-le-Grand;" in body


def test_a_plain_word_broken_at_its_syllables_is_still_joined():
    body = plain_body("The committee will recom-\nmend the plan to the board.\n", "b.txt")
    assert "recommend the plan" in body


# -- F4: caret superscripts --------------------------------------------------------------------

def test_caret_superscripts_of_an_htr_transcription_are_hi_sup():
    """Forms of Bastille 14 and Genlis f59 (CREMMA-MSS-18, CC BY 4.0)."""
    root, result = encoded("Donc M^r charpantier et M^r duval peuvent vous rendre compte.\n\n"
                           "Le portrait de m^me Le brun est très agréable.\n", "lettre.txt")
    assert [(h.text, h.get("rend"), (h.tail or "")[:4]) for h in xp(root, "//t:body//t:hi")] \
        == [("r", "sup", " cha"), ("r", "sup", " duv"), ("me", "sup", " Le ")]
    assert "caret-superscript" in result.rules
    assert "^" not in "".join(xp(root, "//t:body")[0].itertext())


def test_a_caret_superscript_inside_a_place_name():
    root, _ = encoded("Je désire que tout revienne à ma femme.\n\nM^r le notaire en est "
                      "témoin.\n\nfait à S^t Brice le premier Août mil neuf cent quatorze\n\n"
                      "Léon Malatrait\n", "testament.txt")
    [place] = xp(root, "//t:dateline/t:placeName")
    assert place.text == "S" and [h.text for h in place] == ["t"] and place[0].tail == " Brice"


def test_carets_of_a_formula_or_a_lone_caret_stay_as_written():
    for text in ("The area is x^2 and the side is a^b.\n",      # a digit after a caret
                 "Only one caret: M^r Smith came.\n",          # one alone: no convention
                 "Pandoc writes 2^nd^ and M^r here.\n"):        # a paired caret
        root, result = encoded(text, "t.txt")
        assert not xp(root, "//t:body//t:hi[@rend='sup']") or "^nd^" in text
        assert "caret-superscript" not in result.rules


# -- F2: a block's lines parted where the coordinates show a new paragraph ---------------------

def test_an_indented_closing_line_and_signature_after_short_lines_make_the_closer():
    """Testament de Poilus AD78 0014 (CC BY 4.0): the lines' boxes as the file gives them."""
    rows = [("Je soussigné Rougé, Armand", 989, 50, 2073),
            ("Léopold né le 27 Mars mille huit-cent", 690, 127, 2073),
            ("soixante-dix-huit ; sain de corps et d’esprit :", 692, 223, 2093),
            ("déclare faire comme légataire universelle", 687, 321, 2078),
            ("mon épouse Marguerite, née Gatouillat", 672, 494, 2081),
            ("et lui donne toute liberté de pouvoir", 677, 682, 1988),
            ("en disposer à sa façon", 677, 785, 1810),
            ("Fait à Mourmelon-le-", 1097, 880, 1950),
            ("Grand, Marne le cinq Décembre mille-", 660, 960, 2078),
            ("neuf-cent-quatorze", 675, 1053, 1408),
            ("A. Rougé", 1217, 1136, 1692)]
    root, result = encoded(alto([_block([_line(t, x, y, r - x, 100, "LT1")
                                         for t, x, y, r in rows], "BT1")], SEGMONTO))
    [p] = xp(root, "//t:body//t:p")
    assert " ".join("".join(p.itertext()).split()).endswith("pouvoir en disposer à sa façon")
    [dl] = xp(root, "//t:closer/t:dateline")
    assert " ".join("".join(dl.itertext()).split()) == (
        "Fait à Mourmelon-le-Grand, Marne le cinq Décembre mille-neuf-cent-quatorze")
    assert [d.get("when") for d in xp(dl, "t:date")] == ["1914-12-05"]
    assert texts(root, "//t:closer/t:signed") == ["A. Rougé"]
    assert "ocr-paragraphs" in result.rules


def test_lines_going_on_in_small_letters_stay_one_paragraph_whatever_their_place():
    """Testament AD95 0011: "mil neuf cent quatorze" set far right under "le premier Août"
    goes on with it (a small letter): no new paragraph."""
    rows = [("Je désire également qu’aucune", 471, 1300, 2090),
            ("constestation lui soit faite", 465, 1460, 2026),
            ("en aucun cas", 478, 1633, 1260),
            ("fait à Brice", 516, 1745, 1425),
            ("le premier Août", 710, 1893, 1603),
            ("mil neuf cent quatorze", 1087, 1962, 2105)]
    root, _ = encoded(alto([_block([_line(t, x, y, r - x, 100, "LT1")
                                    for t, x, y, r in rows], "BT1")], SEGMONTO))
    assert len(xp(root, "//t:body//t:p")) + len(xp(root, "//t:body//t:closer")) == 1


# -- F5: a place over a full date opening a will is its dateline ---------------------------------

def test_a_place_over_a_date_named_again_in_the_closing_is_the_opener_dateline():
    """Testament de Poilus AD95 0011 (CC BY 4.0), in plain text."""
    root, result = encoded("St Brice s forêt S et O\n1er août 1914\n\nJe désire qu’en cas de "
                           "decès tout ce que je possède revienne à ma femme.\n\nfait à St "
                           "Brice le premier Août mil neuf cent quatorze\n\nLéon Malatrait\n",
                           "testament.txt")
    [dl] = xp(root, "//t:body//t:opener/t:dateline")
    assert texts(dl, "t:placeName") == ["St Brice s forêt S et O"]
    assert [(d.get("when"), d.text) for d in xp(dl, "t:date")] == [("1914-08-01", "1er août 1914")]
    assert not xp(root, "//t:body//t:head")
    assert "Brice" not in texts(root, "//t:titleStmt/t:title")[0]
    assert "place-over-date" in result.rules


def test_a_line_over_a_date_with_the_place_named_nowhere_else_is_not_taken_so():
    _, result = encoded("The Harvest Festival\n12 March 1914\n\nWe gathered in the hall and "
                           "sang the old songs until late.\n\nIt was a good evening for all.\n",
                           "notes.txt")
    assert "place-over-date" not in result.rules


# -- F6: an edition's version headings taking turns are no speakers ------------------------------

VERSIONS_MD = """# Journal from Liberty Jail

#### Faithful Transcription

This is the fifteenth of March and we are in close confinement. Thomas Barnard is in Heaven.

#### Modernized Reading

We remain in close confinement. Thomas Barnard has passed to heaven.

#### Faithful Transcription

In the morning Brother Ripley & Brother Kimball came here down the valley.

#### Modernized Reading

Brothers Ripley and Kimball arrived via the valley.
"""


def test_alternating_version_headings_are_sections_not_a_play():
    """The shape of aurelianware/hyrum-smith-liberty-jail-journal's facing-page PDF (CC BY-NC
    4.0; the 1839 text public domain), as Markdown headings."""
    root, result = encoded(VERSIONS_MD, "journal.md")
    assert not xp(root, "//t:sp") and not xp(root, "//t:particDesc")
    assert texts(root, "//t:body//t:div[@type='section']/t:head") == [
        "Faithful Transcription", "Modernized Reading"] * 2
    assert "heading-turn" not in result.rules


def test_a_file_that_types_page_numbers_as_zones_takes_no_image_index_for_a_page_number():
    """Testament AD95 0011: PHYSICAL_IMG_NR 100 is the image's place in the eScriptorium
    project; the file's tag list has NumberingZone, and the page has none."""
    root, _ = encoded(alto([_block([_line("Je désire que tout revienne à ma femme", 458, 552,
                                          1500, 120, "LT1")], "BT1")], SEGMONTO, img="100"))
    [pb] = xp(root, "//t:body//t:pb")
    assert pb.get("n") is None and pb.get("facs") == "f.jpeg"


# -- nothing lost, whatever the tags say (hypothesis) ------------------------------------------

WORD = st.from_regex(r"[A-Za-zé]{1,9}[.,;]?", fullmatch=True)
TAGGED_LINE = st.tuples(st.lists(WORD, min_size=1, max_size=6),
                        st.sampled_from(["LT1", "LT1", "LT2", "LT3"]))
TAGGED_BLOCK = st.tuples(st.sampled_from(["BT1", "BT1", "BT2", "BT4", "BT5"]),
                         st.lists(TAGGED_LINE, min_size=1, max_size=5),
                         st.integers(0, 200), st.integers(0, 300))


@settings(max_examples=int(os.environ.get("TEIKIT_EXAMPLES", "40")), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(TAGGED_BLOCK, min_size=1, max_size=4))
def test_every_word_of_a_tagged_alto_page_reaches_the_master(blocks):
    """Blocks one under another (a gap, a left edge and line indents drawn), each block and
    line typed by the tags: margin zones, page numbers, interlinear and heading lines."""
    made, below = [], 0
    for tag, lines, gap, left in blocks:
        top = below + gap
        made.append(_block([_line(" ".join(words), left + 40 * (k % 3), top + 90 * k,
                                  60 * len(words) + 100, 60, ltag)
                            for k, (words, ltag) in enumerate(lines)], tag))
        below = top + 90 * len(lines)
    root, _ = encoded(alto(made, SEGMONTO))
    expected = words(" ".join(w for _, lines, _, _ in blocks for ws, _ in lines for w in ws))
    assert not missing_words(expected, root)


def test_caret_superscripts_before_an_interlinear_insertion_in_one_line():
    """Genlis f59: "m^me" and "S^t" in lines that also take an interlinear word."""
    root, _ = encoded(alto([_block([
        _line("ce 5 Septembre de S^t leu chez m^me guyard tableau de &gt;&lt; qui rep.", 247,
              1756, 2800, 179, "LT1"),
        _line("droais", 2000, 1742, 300, 70, "LT2")], "BT1")], SEGMONTO))
    assert texts(root, "//t:body//t:hi[@rend='sup']") == ["t", "me"]
    assert texts(root, "//t:add[@place='above']") == ["droais"]
    assert "^" not in "".join(xp(root, "//t:body")[0].itertext())
