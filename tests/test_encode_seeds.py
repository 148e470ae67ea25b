"""The two seeds teikit was made for: every line must come out right."""
from __future__ import annotations

import re

import pytest
from lxml import etree
from shared_sources import xp

from teikit import encode_file

from conftest import EDITION, SEEDS, check_golden
from wordcheck import missing_words, source_words

XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
PAGE, RECORD = SEEDS


def encode(path):
    result = encode_file(path)          # finds editions/sample/edition.toml
    return result, etree.fromstring(result.data)


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name)
def test_sample_masters_are_what_encode_writes(path, update_goldens):
    """editions/sample/tei holds the masters as teikit writes them (make goldens)."""
    result = encode_file(path)
    check_golden(EDITION / "tei" / (path.stem + ".xml"), result.data, update_goldens)


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name)
def test_encoding_is_deterministic(path):
    assert encode_file(path).data == encode_file(path).data


# ----------------------------------------------------------------------------- 000

def test_page_style_detected_and_chrome_reported():
    result, _root = encode(PAGE)
    assert result.style == "wilson-page" and result.style_detected
    reasons = {item.text: item.code for item in result.left_out}
    assert reasons["Skip to content"] == "site-chrome"
    assert reasons["Original Uploaded Date"] == "empty-field"
    assert reasons["Record ID"] == "empty-field"
    assert "Skip to content" not in result.data.decode()


def test_page_duplicate_note_is_one_note_in_the_heading():
    result, root = encode(PAGE)
    notes = xp(root, "//t:text//t:note")
    assert len(notes) == 1
    note = notes[0]
    assert note.getparent().tag.endswith("head")
    assert note.get("type") == "original" and note.get("n") == "1"
    assert note.get(XML_ID) == "n1"
    assert "".join(note.itertext()).startswith("Paraphrase transmitted to the Secretary")
    assert "Orig. note" not in "".join(note.itertext())
    duplicate = [i for i in result.left_out if i.code == "duplicate-note"]
    assert len(duplicate) == 1 and duplicate[0].text.startswith("94[Orig. note]")
    assert "note 94" in duplicate[0].reason


def test_page_dateline_has_supplied_place_and_telegram_number():
    _, root = encode(PAGE)
    opener = xp(root, "//t:opener")[0]
    assert xp(opener, "t:seg[@type='telegram-number']/text()") == ["No. 11.541 (Navy)"]
    dateline = xp(opener, "t:dateline")[0]
    assert xp(dateline, "t:supplied/t:placeName/text()") == ["Moscow"]
    assert xp(dateline, "t:date/@when") == ["1944-06-11"]
    assert " ".join("".join(dateline.itertext()).split()) == "Moscow, June 11, 1944,"


def test_page_header():
    _, root = encode(PAGE)
    header = xp(root, "t:teiHeader")[0]
    assert xp(header, "string(.//t:titleStmt/t:title)") == \
        "Harriman and Stalin discuss Chinese Relations"
    book = xp(header, ".//t:sourceDesc/t:bibl[t:title[@level='m']]")[0]
    assert xp(book, "string(t:title)").startswith("Foreign Relations of the United States")
    assert len(xp(book, "t:editor")) == 8
    assert xp(book, "string(t:publisher)") == "Government Printing Office"
    assert xp(book, "t:biblScope[@unit='page']/@from") == ["97"]
    assert xp(header, "string(.//t:abstract/t:p)").startswith("Harriman relays Stalin")
    availability = xp(header, ".//t:publicationStmt/t:availability")[0]
    assert "welcomes reuse" in "".join(availability.itertext())
    assert xp(header, ".//t:creation/t:date/@when") == ["1944-06-11"]
    assert xp(header, ".//t:langUsage/t:language/@ident") == ["en"]


def test_page_paragraphs_are_the_four_of_the_telegram():
    _, root = encode(PAGE)
    paras = xp(root, "//t:body//t:p")
    assert len(paras) == 4
    assert paras[0].text.startswith("Yesterday evening")
    assert paras[3].text.endswith("Soviet Armed Forces for Outer Mongolia.")


# ----------------------------------------------------------------------------- 003

def test_record_every_turn_is_an_sp():
    text = RECORD.read_text(encoding="utf-8")
    printed = re.findall(r"^(Stalin|Soong|Molotov): ", text, re.M)
    _, root = encode(RECORD)
    speakers = xp(root, "//t:sp/t:speaker/text()")
    assert speakers == printed
    assert set(xp(root, "//t:sp/@who")) == {"#stalin", "#soong", "#molotov"}
    persons = xp(root, "//t:particDesc/t:listPerson/t:person")
    assert [p.get(XML_ID) for p in persons] == ["stalin", "soong", "molotov"]
    assert [xp(p, "string(t:persName)") for p in persons] == ["Stalin", "Soong", "Molotov"]


def test_record_lines_with_a_colon_are_not_turns():
    _, root = encode(RECORD)
    assert not xp(root, "//t:speaker[starts-with(., 'Re ') or starts-with(., 'Citation')]")
    para = xp(root, "//t:p[starts-with(., 'Re terms for Port Arthur')]")
    assert len(para) == 1 and para[0].getparent().tag.endswith("sp")
    assert xp(para[0], "string(../t:speaker)") == "Stalin"
    assert xp(root, "//t:p[starts-with(., 'In one sense it')]/../t:speaker/text()") == ["Soong"]


def test_record_stage_directions():
    _, root = encode(RECORD)
    stages = xp(root, "//t:stage/text()")
    assert stages == ["(Shows map).", "(Stalin laughs).", "(Soong gives draft to Molotov)."]
    shows = xp(root, "//t:stage[. = '(Shows map).']")[0]
    assert xp(shows, "string(ancestor::t:sp/t:speaker)") == "Molotov"
    laughs = xp(root, "//t:stage[. = '(Stalin laughs).']")[0]
    assert laughs.getparent().tag.endswith("div")


def test_record_apparatus():
    _, root = encode(RECORD)
    assert xp(root, "//t:sic/text()") == ["(Khalkha government?)", "Stalin", "Stalin", "minima"]
    gaps = xp(root, "//t:gap")
    assert len(gaps) == 1 and gaps[0].get("reason") == "illegible"
    assert xp(root, "//t:supplied/text()") == [
        "Kai-shek", "Lüshunkou", "Dalian", "Xinjiang", "Liaodong", "Uyghurs", "Kazakhs"]
    assert "[" not in "".join(xp(root, "//t:body//text()"))


def test_record_paragraph_split_in_mid_sentence_is_joined():
    result, root = encode(RECORD)
    para = xp(root, "//t:p[contains(., 'it would be worse for')]")
    assert len(para) == 1 and para[0].text.endswith("it would be worse for China.")
    assert any(d.code == "rejoined" and d.line == 116 for d in result.diagnostics)


def test_record_dateline_time_range_and_numbered_points():
    _, root = encode(RECORD)
    assert xp(root, "//t:dateline/t:date/@when") == ["1945-07-09"]
    time = xp(root, "//t:dateline/t:time")[0]
    assert (time.get("from"), time.get("to")) == ("21:00:00", "22:40:00")
    assert xp(root, "//t:p[@n]/@n") == ["1", "2", "3", "4", "1", "2", "3", "4", "5"]


def test_record_header():
    result, root = encode(RECORD)
    header = xp(root, "t:teiHeader")[0]
    assert xp(header, "string(.//t:titleStmt/t:title)") == \
        "Record of a Meeting Between T. V. Soong and Stalin"
    assert xp(header, "string(.//t:funder)") == "Chun & Jane Chiu Family Foundation"
    bibl = xp(header, ".//t:sourceDesc/t:bibl")[0]
    assert xp(bibl, "t:ref/@target") == ["https://digitalarchive.wilsoncenter.org/document/123425"]
    assert xp(bibl, "t:date/@when") == ["1945-07-09"]
    assert xp(bibl, "string(t:distributor)") == "Wilson Center Digital Archive"
    assert xp(bibl, "string(t:respStmt/t:persName)") == "David Wolff"
    assert "Hoover Institution Archives" in xp(bibl, "string(t:note[@type='archive'])")
    assert xp(header, "string(.//t:abstract/t:p)").startswith("Dr. Soong reports")
    assert xp(header, ".//t:application/@version") == [__import__("teikit").__version__]
    assert xp(header, ".//t:editorialDecl//t:p")
    assert xp(header, "t:revisionDesc/t:change")
    labels = sorted(i.text for i in result.left_out if i.code == "field-label")
    assert len(labels) == 5 and any("Citation" in t for t in labels)


def test_no_placeholder_in_any_header():
    for path in SEEDS:
        header = encode(path)[1][0]
        text = " ".join("".join(header.itertext()).split())
        assert not re.search(r"ENTER|insert_|TODO|Lorem ipsum|SOURCE NAME", text), path.name


def test_wordcheck_detects_a_lost_word():
    """The nothing-lost check itself must fail when a word is gone."""
    result, root = encode(PAGE)
    source = source_words(PAGE.read_text(encoding="utf-8"),
                          {n for i in result.left_out for n in range(i.line, i.end_line + 1)})
    assert not missing_words(source, root)
    para = xp(root, "//t:body//t:p")[1]
    para.text = para.text.replace("Margarine", "")
    assert missing_words(source, root) == {"margarine": 1}
