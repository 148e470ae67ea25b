"""Words glued in the PDF path: a word too long for its column runs up to the next column's
text, a bigger heading there; the gap between them is a word space in the line's size,
not in the heading's. (The falsifying example of tests/test_encode_pdf.py's property test
on the HTML given to WeasyPrint; PDFs made in the test, no fixture.)"""
from __future__ import annotations

from pathlib import Path

from lxml import etree
from teiquery import texts
from test_encode_pdf import pdf_of

from teikit import encode_file
from teikit.formats.pdflayout import Char, rows_of


def _line(text: str, x: float, base: float, size: float, bold: bool = False) -> list[Char]:
    width = 0.72 * size
    return [Char(ch, x + k * width, base - 0.2 * size, x + (k + 1) * width, base + 0.8 * size,
                 base, size, bold) for k, ch in enumerate(text)]


def test_a_bigger_glyph_a_body_word_space_away_is_a_new_word():
    # an 11 pt line run up to 4 pt short of a 16.5 pt heading 6 pt lower (as WeasyPrint
    # prints the property test's example): 4 pt is a word space of 11 pt, not of 16.5 pt
    body = _line("AAAAAAAAA", 62.6, 509.45, 11.0, bold=True)
    heading = _line("A", body[-1].x1 + 4.0, 503.39, 16.5, bold=True)
    [row] = rows_of(body + heading)
    assert row.text == "AAAAAAAAA A"


def test_a_raised_smaller_number_still_joins_its_word():
    chars = [*_line("bridge.", 50, 700, 10.0), Char("1", 100.4, 704, 103, 710, 704.5, 7.0),
             *_line("It", 106, 700, 10.0)]
    [row] = rows_of(chars)
    assert [(r.text, r.pos) for r in row.runs] == [("bridge.", ""), ("1", "sup"), (" It", "")]


def test_a_word_run_up_to_the_next_columns_heading_is_not_glued_to_it(tmp_path: Path):
    html = ("</head><body><div style='columns: 2;'><p>A AAAAAAAAA<b>AAAAAAAAA A</b></p>"
            "<h2>A</h2></div></body></html>")
    path = tmp_path / "words.pdf"
    path.write_bytes(pdf_of(html))
    root = etree.fromstring(encode_file(path).data)
    assert texts(root, "//t:body//t:p") == ["A AAAAAAAAAAAAAAAAAA A A"]
