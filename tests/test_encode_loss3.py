"""Words glued in the PDF path: a word too long for its column runs up to the next column's
text, a bigger heading on a baseline a little lower. The heading is not on the word's line
(the line has more glyphs than a raised note marker), and a gap between glyphs of two sizes
is a word space in the line's size, not the heading's. (The falsifying examples of
tests/test_encode_pdf.py's property test on the HTML given to WeasyPrint; PDFs and
characters made in the test, no fixture.)"""
from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree
from teiquery import texts, xp
from test_encode_pdf import pdf_of

from teikit import encode_file
from teikit.formats.pdflayout import Char, rows_of


def _line(text: str, x: float, base: float, size: float, bold: bool = False) -> list[Char]:
    width = 0.72 * size
    return [Char(ch, x + k * width, base - 0.2 * size, x + (k + 1) * width, base + 0.8 * size,
                 base, size, bold) for k, ch in enumerate(text)]


def test_a_bigger_glyph_lower_than_a_line_of_text_is_another_line():
    # an 11 pt line run up to a 16.5 pt heading 6 pt lower (as WeasyPrint prints the
    # property test's examples: 4 pt apart, or touching): two lines, two words
    body = _line("AAAAAAAAA", 62.6, 509.45, 11.0, bold=True)
    for gap in (4.0, 0.4):
        heading = _line("A", body[-1].x1 + gap, 503.39, 16.5, bold=True)
        assert [row.text for row in rows_of(body + heading)] == ["AAAAAAAAA", "A"]
        # (drawn after, it is not joined to the line either)
        assert [row.text for row in rows_of(heading + body)] == ["A", "AAAAAAAAA"]


def test_a_raised_marker_that_opens_a_line_stays_on_it():
    chars = [Char("1", 50, 704, 53, 710, 704.5, 7.0), *_line("Bridge", 54, 700, 10.0)]
    [row] = rows_of(chars)
    assert [(r.text, r.pos) for r in row.runs] == [("1", "sup"), ("Bridge", "")]


def test_a_raised_smaller_number_still_joins_its_word():
    chars = [*_line("bridge.", 50, 700, 10.0), Char("1", 100.4, 704, 103, 710, 704.5, 7.0),
             *_line("It", 106, 700, 10.0)]
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
