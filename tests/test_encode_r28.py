"""Round 28: eScriptorium / HTR-United ALTO (SegmOnto tags, page numbers, margin notes,
interlinear insertions, blocks parted by gaps and indents), hyphen chains at line ends,
caret superscripts. Inputs are written here in the forms of /work/scout/corpus28 (CREMMA
Testaments de Poilus and CREMMA-MSS-18, CC BY 4.0), shortened and with invented words
where the rule needs no real text."""
from __future__ import annotations

from lxml import etree
from teiquery import texts, xp

from teikit import encode_text

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
