"""Round 23 of the scouting (/work/scout/REPORT23.md): OCR and archive exports (Smithsonian
Transcription Center exports, Chronicling America page OCR, Internet Archive djvu text,
HathiTrust page text, a NARA cable). The inputs are written for these tests in the forms
of the scouts' documents (/work/scout/corpus23, all public domain or CC0; see its README)."""
from __future__ import annotations

from teiquery import encode, texts, xp

# ------------------------------------------------- a transcription platform's export (F2)

EXPORT = ("=======================\n"
          "Filename: notebook-17 (first 2).pdf\n"
          "Page: 1 of 2\n"
          "Link: https://transcription.si.edu/transcribe/12345/ABCDE\n"
          "=======================\n\n"
          "[[preprinted]] 12 [[/preprinted]]\n"
          "[[table]]\n"
          "|   |   |   |\n"
          "|---|---|---|\n"
          "|201|-14[[symbol - degree symbol]] 4410|7.2|\n"
          "|202|-15[[symbol - degree symbol]] [[strikethrough]] 3105 [[/strikethrough]] 3150|8.0|\n"
          "|203|-15[[symbol - degree symbol]] 3188|6.9|\n"
          "[[/table]]\n\n"
          "=======================\n"
          "Page: 2 of 2\n"
          "Link: https://transcription.si.edu/transcribe/12345/ABCDF\n"
          "=======================\n\n"
          "[[preprinted]] 13 [[/preprinted]]\n"
          "Tuesday, Oct. 5, 1915\n"
          "Plate A2210 taken.\n"
          "[[annotation]]Faint on -15 3150[[/annotation]]\n")


def test_a_platforms_tag_pair_is_one_element_and_a_named_symbol_its_character():
    root, result = encode(EXPORT)
    cells = texts(root, "//t:body//t:table/t:row/t:cell")
    assert cells[:6] == ["201", "-14° 4410", "7.2", "202", "-15° 3105 3150", "8.0"]
    assert texts(root, "//t:body//t:table//t:del") == ["3105"]
    assert texts(root, "//t:body//t:note[@type='annotation']") == ["Faint on -15 3150"]
    assert not xp(root, "//t:body//t:note[@type='transcriber']")


def test_the_exports_block_over_every_page_is_furniture_and_the_empty_header_row_no_row():
    root, result = encode(EXPORT)
    assert [pb.get("n") for pb in xp(root, "//t:body//t:pb")] == ["12", "13"]
    assert not xp(root, "//t:sp")                     # "Page: 2 of 2" is no speaker
    body = "".join(xp(root, "//t:body")[0].itertext())
    assert "Page:" not in body and "https://" not in body and "[[" not in body
    assert not xp(root, "//t:table/t:row[@role='label']")
    assert len(xp(root, "//t:table/t:row")) == 3
    assert xp(root, "//t:creation/t:date/@when") == ["1915-10-05"]


def test_a_closing_tag_without_its_opening_is_kept_and_reported():
    root, result = encode("The plate was taken [[/underline]] at noon.\n")
    assert texts(root, "//t:body//t:note[@type='transcriber']") == ["/underline"]
    assert any(d.code == "unopened-bracket" for d in result.diagnostics)
