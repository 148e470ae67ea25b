"""Nothing lost in a PDF: a word set half in bold, half in italic at a line's start is one
word, never a bold speaker's label and the speech after it (hypothesis found the HTML of
the first test: WeasyPrint prints it, teikit read "AA" bold, "A" bold italic and "A"
italic as the label "AAA" and a turn "A", and the word "AAAA" was lost)."""
from __future__ import annotations

from lxml import etree
from teiquery import texts, xp
from test_encode_pdf import pdf_of

from teikit import encode_file
from teikit.formats.marks import HI
from teikit.readers.turns import _label

B, B_ = HI["bold"]
IT, IT_ = HI["italic"]


def test_a_word_half_bold_and_half_italic_is_no_speakers_label():
    # "**AA*A***A*": the bold ends inside the word, behind an italic mark
    assert _label(f"{B}AA{IT}A{IT_}{B_}{IT}A{IT_}") is None
    assert _label(f"{B}Wor{B_}{IT}ds{IT_} are here.") is None
    # a bold label with its speech after a space or a colon is still one
    assert _label(f"{B}MARY{B_} {IT}Yes{IT_}, I said.")[0] == "MARY"
    assert _label(f"{B}Mary:{B_} Yes, I said.")[0] == "Mary"


def test_the_pdf_hypothesis_found_keeps_every_word(tmp_path):
    body = "A A A<b>AA AAAA AAAAAA AAAAAA AAAAAAA AA<i>A</b>A "
    path = tmp_path / "words.pdf"
    path.write_bytes(pdf_of(f"</head><body><div style=''><p>{body}</p></div></body></html>"))
    root = etree.fromstring(encode_file(path).data)
    assert not xp(root, "//t:sp")
    assert texts(root, "//t:body//t:p") == ["A A AAA AAAA AAAAAA AAAAAA AAAAAAA AAAA"]
