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
