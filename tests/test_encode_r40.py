"""Round 40's findings: Word transcriptions typed page by page (a centred page number over
the page's heading, soft breaks inside a heading) and Russian Wikisource acts (a closer
before an annex after "----", headings with <br>, letter-spaced templates).

The Word inputs are written here in the form of the survey field books' transcriptions
(backbone-ridge/military-lots, town/ovid/docx, 1790 public survey records, public domain;
scout round 40, /work/scout/corpus40); the wikitext ones in the form of the Kremlin acts of
Russian Wikisource (vlsergey/kremlin2wikisource, official acts, not copyrighted under Civil
Code Art. 1259)."""
from __future__ import annotations

from lxml import etree
from teiquery import docx_bytes, encode, texts, xp

from teikit.encode import encode_file
from teikit.header import Edition


def _para(text: str, align: str = "", page_break_before: bool = False) -> str:
    props = ("<w:pageBreakBefore/>" if page_break_before else "") + \
        (f'<w:jc w:val="{align}"/>' if align else "")
    runs = "<w:r><w:br/></w:r>".join(
        f'<w:r><w:t xml:space="preserve">{line}</w:t></w:r>' for line in text.split("\n"))
    return f"<w:p>{'<w:pPr>' + props + '</w:pPr>' if props else ''}{runs}</w:p>"


BOUNDS = ("Begining at the SE Corner at a Hard Maple Stake standing 26 Links on a Course of "
          "South 64 West from an Iron wood Tree Marked on the NW Side No. 11.")


def _docx(tmp_path, body: str):
    src = tmp_path / "page.docx"
    src.write_bytes(docx_bytes(body))
    result = encode_file(src, edition=Edition())
    return etree.fromstring(result.data), result


def test_docx_centred_page_number_is_a_page_break_not_the_heading(tmp_path):
    root, result = _docx(tmp_path, _para("12", "center") + _para("")
                         + _para("Lot No. 10\nEast bounds of lot No. 10") + _para(BOUNDS)
                         + _para("Chs Lks") + _para("39 Crossed a Brook - Soil good."))
    assert result.source_format == "docx"
    body = xp(root, "//t:body/t:div")[0]
    assert [etree.QName(el).localname for el in body][:2] == ["pb", "head"]
    assert xp(root, "//t:pb/@n") == ["12"]
    head = xp(root, "//t:body//t:head")[0]
    assert head.text == "Lot No. 10" and [etree.QName(el).localname for el in head] == ["lb"]
    assert head[0].tail == "East bounds of lot No. 10"
    assert texts(root, "//t:titleStmt/t:title") == ["Lot No. 10 East bounds of lot No. 10"]
    assert texts(root, "//t:body//t:p")[0] == BOUNDS


def test_docx_page_number_at_the_foot_and_after_a_page_break(tmp_path):
    root, _ = _docx(tmp_path, _para("North Bounds of lot No. 2") + _para(BOUNDS)
                    + _para("- 3 -", "center") + _para("4", "right", page_break_before=True)
                    + _para(BOUNDS.replace("SE", "NW")) + _para("5", "center"))
    assert xp(root, "//t:pb/@n") == ["3", "4", "5"]
    assert texts(root, "//t:body//t:p") == [BOUNDS, BOUNDS.replace("SE", "NW")]


def test_docx_number_without_the_evidence_stays_text(tmp_path):
    # a "1" opening the document is a section's number; a number ranged left, or in the
    # middle of a page, no page's
    root, _ = _docx(tmp_path, _para("1", "center") + _para(BOUNDS) + _para("7")
                    + _para(BOUNDS) + _para("8", "center") + _para(BOUNDS))
    assert xp(root, "//t:pb") == []
    assert "7" in texts(root, "//t:body//t:p") and "8" in texts(root, "//t:body//t:p")


def test_plain_text_heading_lines_are_still_joined():
    root, _ = encode("Lot No. 10\nEast bounds of lot No. 10\n\n" + BOUNDS + "\n")
    assert texts(root, "//t:body//t:head") == ["Lot No. 10 East bounds of lot No. 10"]
    assert xp(root, "//t:head/t:lb") == []
