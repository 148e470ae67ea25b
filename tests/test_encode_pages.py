"""Pages: page breaks and their markers, running heads and page numbers, folios, columns and line
numbers.

The cases of the scouting rounds and their leftovers (r21, r22s, r23, r24, r26, r27, r28, r29,
r30, r31, r33, r34, r35, round14, round15, round16_pages, round17, round19, round20, low18,
formats18, fuzz26, news_round13, pages_round10, pages_round11, low_scores), regrouped by
convention; each section is named by the round it came from. Where the inputs come from (their
provenance and licences): tests/ROUNDS.md, under the round's name."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree
from shared_sources import (
    AOZORA,
    EXPORT_R23,
    JOURNAL,
    NILSSON,
    NUMBERS,
    PAGE_NS,
    PROPERTY,
    PROSE,
    QUERIES,
    SEGMONTO,
    VOCABULARY,
    _block,
    _body_text,
    _book,
    _line_r28,
    _page,
    alto,
    creation_date,
    encode_or_refuse,
    encoded,
    master_words,
    reported,
    speakers_and_speech,
)
from teiquery import encode, texts, xp

from teikit import encode_file

from wordcheck import missing_words, words


def _footed_book(second_note: bool) -> str:
    page5 = PROSE.replace("as his friends\n", "as his friends told me.*\n\n"
                          "*Hay fever regularly decreases as we go South\n")
    page6 = PROSE.replace("as his friends\n", "as his friends told me.†\n\n"
                          "†The same is said of asthma\n") if second_note else PROSE
    return ("A TREATISE\n\nThe first page of the text, with no note, goes on below\n"
            + PROSE
            + _page(4, "CERTAIN SYMPTOMS OF", True, PROSE)
            + _page(5, "NERVOUS EXHAUSTION.", False, page5)
            + _page(6, "CERTAIN SYMPTOMS OF", True, page6)
            + _page(7, "NERVOUS EXHAUSTION.", False, PROSE + "know well.\n"))


# the first 142 lines of the Hong Kong LegCo's Official Record of 10 January 2013 in Chinese,
# as pdftotext gave it (siuying/legco-hansard-parser @ 0560b7f, data/txt/12-13-cm0110-
# translate-c.txt, lines 1-11 and 181-311; LegCo Official Record, reproduction for
# non-commercial use permitted), trailing spaces kept
LEGCO_OPENING = open(__file__.rsplit("/", 1)[0] + "/fixtures/r24/legco-2013-01-10-opening.txt",
                     encoding="utf-8").read()


WORD_R28 = st.from_regex(r"[A-Za-zé]{1,9}[.,;]?", fullmatch=True)


TAGGED_LINE = st.tuples(st.lists(WORD_R28, min_size=1, max_size=6),
                        st.sampled_from(["LT1", "LT1", "LT2", "LT3"]))


TAGGED_BLOCK = st.tuples(st.sampled_from(["BT1", "BT1", "BT2", "BT4", "BT5"]),
                         st.lists(TAGGED_LINE, min_size=1, max_size=5),
                         st.integers(0, 200), st.integers(0, 300))


STORTING = ("Departementet fant at de angrepne offiserer måtte få høve til å uttale seg om\n"
            "klagene, og Luftforsvarets overkommando ba på sin side klagerne om å utdype\n"
            "nærmere en del av klagene. På den måte kom en fram til mars-\n"
            "april 1945. Da fikk forberedelsene til operasjonene i Norge den fulle\n"
            "prioritet. I artikler i Dagbladet gjentok kaptein Omholt—Jensen anklagene mot Luft—\n"
            "forsvarets ledelse, og han navnga der de offiserer som han hadde klage mot.\n"
            "Han anket over at saken ikke var blitt rettslig prøvd, at den ikke var blitt\n"
            "ferdigbehandlet ute, men lå og drev. Saken ble sendt til General—\n"
            "advokaten, og Generaladvokaten har arbeidet med saken.\n")


STAMP = "© Biblioteca Nacional de España"


LINES = ("Al NO., dominando el Tormes, levántase el castillo - palacio \n"
         "de los Duques de Alba, antiguos señores de Val de Corneja, hoy \n"
         "trocado en cementerio. Es un cuadrilátero, de 35 por 39 metros proxi-\n"
         "mamente, cercado de altas murallas, cubos á las esquinas y gran torre \n")


FIXTURES_FORMATS18 = Path(__file__).parent / "fixtures" / "formats18"


def _pdf_with_foot(foot: str) -> bytes:
    import weasyprint
    style = (f"@page {{ size: A5; margin: 2cm; @bottom-center {{ content: '{foot}'; "
             "font-size: 10pt } } body { font-family: 'DejaVu Serif', serif; "
             "font-size: 11pt }")
    page = (f"<html><head><style>{style}</style></head><body><p>The council met on Monday "
            "and agreed to build the bridge over the river.</p></body></html>")
    return weasyprint.HTML(string=page).write_pdf()


def _cell(row: int, col: int, word: str) -> str:
    return (f'<TextRegion id="c{row}{col}{word}"><Coords points="0,0 10,0 10,5 0,5"/><Roles>'
            f'<TableCellRole rowIndex="{row}" columnIndex="{col}" rowSpan="1" colSpan="1"/>'
            f'</Roles><TextLine id="l{row}{col}{word}"><Coords points="0,0 10,5"/><TextEquiv>'
            f'<Unicode>{word}</Unicode></TextEquiv></TextLine></TextRegion>')


@st.composite
def page_documents(draw):
    regions, kept = [], []
    for r in range(draw(st.integers(1, 5))):
        lines = []
        for n in range(draw(st.integers(0, 4))):
            ws = draw(st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=4))
            kept.extend(ws)
            x, y = draw(NUMBERS), draw(NUMBERS)
            lines.append(f'<TextLine id="l{r}_{n}"><Coords points="{x},{y} 5,{y}"/>'
                         f'<TextEquiv index="{draw(NUMBERS)}"><Unicode>{" ".join(ws)}'
                         '</Unicode></TextEquiv></TextLine>')
        kind = draw(st.sampled_from(["paragraph", "heading", "marginalia", "footnote",
                                     "drop-capital", "other"]))
        regions.append(f'<TextRegion id="r{r}" type="{kind}"><Coords points="'
                       f'{draw(NUMBERS)},{draw(NUMBERS)} 9,9"/>{"".join(lines)}</TextRegion>')
    refs = [f'<RegionRefIndexed index="{draw(NUMBERS)}" regionRef="r{draw(st.integers(0, 6))}"/>'
            for _ in range(draw(st.integers(0, 6)))]
    order = (f'<ReadingOrder><OrderedGroup id="g">{"".join(refs)}</OrderedGroup></ReadingOrder>'
             if refs else "")
    xml = (f'<?xml version="1.0"?><PcGts xmlns="{PAGE_NS}"><Page imageFilename="a.png" '
           f'imageWidth="{draw(NUMBERS)}" imageHeight="100">{order}{"".join(regions)}</Page>'
           '</PcGts>')
    return xml, kept


# ---------------------------------------------------------------------- r21


def test_a_fence_of_prose_is_still_text():
    root, _ = encode("# Minutes\n\n```\nRegular Meeting of the Board held at the\n"
                     "High School on Thursday.\n```\n", "page.md")
    p = xp(root, "//t:body//t:p[starts-with(., 'Regular')]")[0]
    assert [p.text, p[0].tail] == ["Regular Meeting of the Board held at the",
                                   "High School on Thursday."]


def test_a_bracketed_number_opening_a_page_transcription_is_its_page():
    root, _ = encode("# Minutes\n\n**Transcription:**\n\n[182]\n\n"
                     "At an annual meeting held at the school house.\n\n"
                     "Voted that the meeting be adjourned.\n", "page.md")
    assert xp(root, "//t:body//t:pb/@n") == ["182"]
    root, _ = encode("[1]\n\nA text that opens with a note's number.\n\n[1] The note.\n",
                     "page.md")
    assert not xp(root, "//t:body//t:pb")


# ---------------------------------------------------------------------- r22s


def test_an_annex_number_is_no_running_head_with_a_page_number():
    text = ("Act\n\nThe act's text runs here.\n\nANNEX № 1\nto the order of the President\n"
            "of the Federation\n\nA list of schools.\n\nANNEX № 2\nto the order of the "
            "President\nof the Federation\n\nA list of homes.\n")
    root, _ = encode(text, "act.txt")
    assert not xp(root, "//t:pb")
    assert "ANNEX № 2" in " ".join(texts(root, "//t:body//*"))


# ---------------------------------------------------------------------- r23


def test_the_exports_block_over_every_page_is_furniture_and_the_empty_header_row_no_row():
    root, _ = encode(EXPORT_R23)
    assert [pb.get("n") for pb in xp(root, "//t:body//t:pb")] == ["12", "13"]
    assert not xp(root, "//t:sp")                     # "Page: 2 of 2" is no speaker
    body = "".join(xp(root, "//t:body")[0].itertext())
    assert "Page:" not in body and "https://" not in body and "[[" not in body
    assert not xp(root, "//t:table/t:row[@role='label']")
    assert len(xp(root, "//t:table/t:row")) == 3
    assert xp(root, "//t:creation/t:date/@when") == ["1915-10-05"]


def test_a_running_head_ocrd_with_one_letter_wrong_is_the_running_head():
    root, _ = encode(_book("CERTAIN SYMPTOMS OP"))
    assert [pb.get("n") for pb in xp(root, "//t:body//t:pb")] == ["4", "5", "6", "7", "8"]
    assert not [p for p in texts(root, "//t:body//t:p") if "SYMPTOMS O" in p]


def test_a_note_marked_with_a_symbol_at_a_pages_foot_goes_to_its_marker_on_that_page():
    root, _ = encode(_footed_book(second_note=True))
    notes = xp(root, "//t:body//t:note")
    assert [(n.get("n"), n.get("place")) for n in notes] == [("*", "foot"), ("†", "foot")]
    assert texts(root, "//t:body//t:note") == [
        "Hay fever regularly decreases as we go South of the fifth",
        "The same is said of asthma of the sixth"]
    assert notes[0].getparent().tag.endswith("}p")
    assert (notes[0].getprevious() is None and "friends told me." in
            (notes[0].getparent().text or "")) or \
        "friends told me." in (notes[0].getprevious().tail or "")


def test_a_symbol_line_with_no_marker_on_its_page_stays_text():
    text = _footed_book(second_note=False).replace("told me.*", "told me.")
    root, _ = encode(text)
    assert not xp(root, "//t:body//t:note")
    assert any("*Hay fever regularly decreases as we go South of the fifth" in p
               for p in texts(root, "//t:body//t:p"))


def test_a_word_hyphenated_at_a_pages_end_is_joined_over_the_page_break():
    text = _book("CERTAIN SYMPTOMS OF").replace(
        "of the seventh\n", "of the seventh told me in a rough and author-\n", 1)
    text = text.replace("in the eighth case", "itative manner, in the eighth case")
    root, _ = encode(text)
    pb = xp(root, "//t:body//t:pb[@n='8']")[0]
    assert pb.get("break") == "no"
    assert (pb.getprevious().tail if pb.getprevious() is not None
            else pb.getparent().text).endswith("rough and author")
    assert pb.tail.startswith("itative manner, in the eighth case")


def test_a_running_head_whose_number_ocr_lost_is_a_page_break_where_a_sentence_runs_on():
    text = _book("CERTAIN SYMPTOMS OF").replace("NERVOUS EXHAUSTION.\n\n\n\n7\n",
                                                "NERVOUS EXHAUSTION.\n\n\n\n")
    root, _ = encode(text)
    assert [pb.get("n") for pb in xp(root, "//t:body//t:pb")] == ["4", "5", "6", "7", "8"]
    assert not [p for p in texts(root, "//t:body//t:p") if "EXHAUSTION" in p]
    assert [p for p in texts(root, "//t:body//t:p") if "of the sixth in the seventh case" in p]


# ---------------------------------------------------------------------- r24


def test_a_converters_page_index_beside_the_printed_folio_is_one_page_break():
    """pdftohtml's "Page 66" anchor text beside the Hansard's folio (564) and its running
    head: one <pb n="564"/> per page; the last page, whose folio is printed at its foot,
    takes its index plus the offset the other pages share (69 + 498 = 567)."""
    page = ("<p>Mr. Speaker, Sir, the Bill brings together all of these elements and I "
            "thank everyone behind it.</p>\n")
    html = ("<html><head><title>Bill</title></head><body>\n"
            "<p><span>HON. SPEAKER.- Honourable Members, the debate is limited.</span></p>\n"
            + page +
            "<p><a name=\"66\">Page 66</a></p>\n<p><span>564</span></p>\n"
            "<p><span>National Payment System Bill 2020</span></p>\n" + page +
            "<p><a name=\"67\">Page 67</a></p>\n<p><span>11th Feb., 2021</span></p>\n"
            "<p><span>National Payment System Bill 2020</span></p>\n<p><span>565</span></p>\n"
            + page +
            "<p><a name=\"68\">Page 68</a></p>\n<p><span>566</span></p>\n"
            "<p><span>National Payment System Bill 2020</span></p>\n" + page +
            "<p><a name=\"69\">Page 69</a></p>\n<p><span>11th Feb., 2021</span></p>\n"
            + page + "<p><span>567</span></p>\n</body></html>\n")
    root, _ = encode(html, "hansard.html")
    assert xp(root, "//t:body//t:pb/@n") == ["564", "565", "566", "567"]
    assert not [t for t in texts(root, "//t:body//t:p") if t in ("Page 66", "564", "567")]


def test_a_converters_page_divs_are_page_breaks_and_their_running_head_is_left_out():
    """BCL easyConverter's <div id="page_N"> (Winnipeg's council minutes): a <pb/> where a
    page after the first begins; the table of the title and the page's number, and the date
    under it, are the running head, no table and no section heading."""
    html = ("<HTML><HEAD><TITLE>Created by BCL easyConverter SDK 3</TITLE></HEAD><BODY>\n"
            "<DIV id=\"page_1\">\n<P>COUNCIL OF THE CITY OF WINNIPEG</P>\n"
            "<P>Wednesday, November 6, 2013</P>\n"
            "<P><SPAN class=\"ft1\">Mayor Katz: </SPAN>Roll call, please.</P>\n</DIV>\n"
            "<DIV id=\"page_2\">\n<TABLE><TR><TD><P>COUNCIL OF THE CITY OF WINNIPEG</P></TD>"
            "<TD><P>2</P></TD></TR></TABLE>\n<P>November 6, 2013</P>\n"
            "<P><SPAN class=\"ft1\">Clerk: </SPAN>His Worship Mayor Katz, Councillors.</P>\n"
            "<P><SPAN class=\"ft1\">Mayor Katz: </SPAN>All in favour? Carried.</P>\n"
            "</DIV>\n</BODY></HTML>\n")
    root, _ = encode(html, "minutes.htm")
    assert xp(root, "//t:body//t:pb/@n") == ["2"]
    assert not xp(root, "//t:body//t:table") and not xp(root, "//t:body//t:div/t:div")
    assert [s for s, _ in speakers_and_speech(root)] == ["Mayor Katz", "Clerk", "Mayor Katz"]
    assert "November 6, 2013" not in " ".join(texts(root, "//t:body//t:p"))


def test_a_chinese_notice_and_heading_across_a_page_stay_apart():
    """"上午 9時正會議繼續" at a page's foot and "議員議案" under the next page's head: two
    short lines with no sentence's mark, no paragraph cut by the page; the sentence the
    page 3237 cuts ("…供 15年後強" / "積金便有 557,000元") is one paragraph."""
    root, _ = encode(LEGCO_OPENING, "legco.txt")
    paragraphs = texts(root, "//t:body//t:p")
    assert "上午 9時正會議繼續" in paragraphs and "議員議案" in paragraphs
    assert xp(root, "//t:sp[t:speaker='鄧家彪議員']//t:pb/@n") == ["3237", "3238", "3239"]
    assert any("供 15年後強 積金便有 557,000元" in p for p in paragraphs)


# ---------------------------------------------------------------------- r26


def test_a_page_scans_description_that_the_text_repeats_is_no_caption():
    """A transcription's page image described by the page's first line (a microfilm
    target "![MICROCOPY RESOLUTION TEST CHART](page_272.png)" over the same words): the
    words are in the text already, no caption paragraph is added."""
    root, _ = encode("# Minutes\n\nThe board met at the high school on Thursday evening.\n\n"
                     "![MICROCOPY RESOLUTION TEST CHART](page_272.png)\n\n"
                     "MICROCOPY RESOLUTION TEST CHART\n\nThe clerk read the minutes.\n",
                     "minutes.md")
    assert sum(p == "MICROCOPY RESOLUTION TEST CHART"
               for p in texts(root, "//t:body//t:p")) <= 1


# ---------------------------------------------------------------------- r27


def test_running_heads_with_bracketed_column_numbers_are_page_breaks():
    root, result = encode(
        "He said he had no knowledge of the work at all, and\n\n"
        "Trial of Thomas Hardy [584\n\n"
        "that the copies were printed elsewhere.\n\n"
        "Who was to have the profit of those books?\n"
        " 585} for High Treason. |\n\n"
        "I never knew but what I heard from my wife.\n\n"
        "A. D. 1794. {586\n\nThe witness withdrew.\n", "trial.txt")
    assert xp(root, "//t:pb/@n") == ["584", "585", "586"]
    words = " ".join("".join(root.find(".//{http://www.tei-c.org/ns/1.0}body").itertext())
                     .split())
    assert "Trial of Thomas Hardy" not in words and "High Treason" not in words
    assert [x["code"] for x in result.report()["left_out"]].count("running-head") == 3
    assert creation_date(root) == ["1794"]      # the heads' "A. D. 1794": the trial's year


# ---------------------------------------------------------------------- r28


def test_a_file_that_types_page_numbers_as_zones_takes_no_image_index_for_a_page_number():
    """Testament AD95 0011: PHYSICAL_IMG_NR 100 is the image's place in the eScriptorium
    project; the file's tag list has NumberingZone, and the page has none."""
    root, _ = encoded(alto([_block([_line_r28("Je désire que tout revienne à ma femme", 458, 552,
                                          1500, 120, "LT1")], "BT1")], SEGMONTO, img="100"))
    [pb] = xp(root, "//t:body//t:pb")
    assert pb.get("n") is None and pb.get("facs") == "f.jpeg"


@settings(max_examples=int(os.environ.get("TEIKIT_EXAMPLES", "40")), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(TAGGED_BLOCK, min_size=1, max_size=4))
def test_every_word_of_a_tagged_alto_page_reaches_the_master(blocks):
    """Blocks one under another (a gap, a left edge and line indents drawn), each block and
    line typed by the tags: margin zones, page numbers, interlinear and heading lines."""
    made, below = [], 0
    for tag, lines, gap, left in blocks:
        top = below + gap
        made.append(_block([_line_r28(" ".join(words), left + 40 * (k % 3), top + 90 * k,
                                  60 * len(words) + 100, 60, ltag)
                            for k, (words, ltag) in enumerate(lines)], tag))
        below = top + 90 * len(lines)
    root, _ = encoded(alto(made, SEGMONTO))
    expected = words(" ".join(w for _, lines, _, _ in blocks for ws, _ in lines for w in ws))
    assert not missing_words(expected, root)


# ---------------------------------------------------------------------- r29


def test_an_aozora_page_turn_annotation_is_a_page_break():
    page = AOZORA.replace("候也。<br />", "候也。<br />\n<span class=\"notes\">［＃改ページ］"
                          "</span><br />\n次の頁の文。<br />")
    root, _ = encode(page, "shiki.html")
    assert "改ページ" not in " ".join(texts(root, "//t:text"))
    assert len(xp(root, "//t:body//t:pb")) == 1
    assert texts(root, "//t:body//t:pb/following::t:p[1]") == ["次の頁の文。"]


# ---------------------------------------------------------------------- r30


def test_a_page_heading_with_a_number_word_is_a_page_break_beside_a_digit_one():
    root, _ = encode("#### Page One\n\n# The Daily Record\n\nVolume 1. NO. 85.\n\n"
                     "#### Page 2\n\n## Carpets\n\nCarpets of all kinds at low prices.\n",
                     "issue.md")
    assert xp(root, "//t:body//t:pb/@n") == ["One", "2"]
    assert "Page One" not in texts(root, "//t:body//t:head")


# ---------------------------------------------------------------------- r31


def test_names_in_space_aligned_columns_are_a_line_each_read_row_by_row():
    """The Mayflower Compact's signatories (PG #7): two columns parted by spaces."""
    root, _ = encode("In Witness whereof we have hereunto subscribed our names at Cape Cod "
                     "the\neleventh of November, Anno. Domini, 1620.\n\n"
                     "Mr. John Carver           Mr. Stephen Hopkins\n"
                     "Mr. William Bradford      Digery Priest\n"
                     "Mr. Edward Winslow        Thomas Williams\n"
                     "John Howland              Edward Doten\n"
                     "Edward Liester\n", "compact.txt")
    last = xp(root, "//t:body//t:p")[-1]
    assert len(xp(last, "t:lb")) == 8
    assert [last.text] + [lb.tail for lb in xp(last, "t:lb")] == [
        "Mr. John Carver", "Mr. Stephen Hopkins", "Mr. William Bradford", "Digery Priest",
        "Mr. Edward Winslow", "Thomas Williams", "John Howland", "Edward Doten",
        "Edward Liester"]


# ---------------------------------------------------------------------- r33


def test_code_page_437_mojibake_is_repaired(tmp_path):
    """UTF-8 read as code page 437 and saved again ("PeterΓÇÖs", "ΓÇô"): repaired and
    reported; a qualified page marker is the page and a note."""
    path = tmp_path / "letter.txt"
    path.write_text("Your Cousin Patrick is dead that is Peter\u0393\u00c7\u00d6s\n"
                    "Son. I don\u0393\u00c7\u00d6t blame you.\n\n"
                    "[[Page 4 \u0393\u00c7\u00f4 envelope]]\n\nMr John Campbell\n",
                    encoding="utf-8")
    result = encode_file(path)
    root = etree.fromstring(result.data)
    assert texts(root, "//t:body//t:p")[0] == (
        "Your Cousin Patrick is dead that is Peter\u2019sSon. I don\u2019t blame you.")
    assert xp(root, "//t:body//t:pb/@n") == ["4"]
    assert texts(root, "//t:body//t:note[@type='transcriber']") == ["envelope"]
    assert any(d.code == "mojibake-repaired" and "437" in d.message
               for d in result.diagnostics)


def test_a_gallery_of_page_images_gives_no_page_breaks():
    """Two captioned page images one after another, each with its hidden enlarged copy,
    before the transcript: left out (reported), no <pb/> where no text follows."""
    panel = ('<div class="col"><div class="image-panel"><a href="p{n}.jpg"><img src="p{n}.jpg" '
             'alt=""></a><p>Page {n}</p></div><div class="modal" role="dialog" '
             'aria-hidden="true"><h5>Page {n} - enlarged image</h5><img src="p{n}.jpg"></div>'
             '</div>')
    root, result = encode("<html><body><main><h1>Letter from Daniel Rush</h1><h3>Select the "
                          "images</h3><div class='row'>" + panel.format(n=1) + panel.format(n=2)
                          + "</div><h3>Read the transcript</h3><p>Gentlemen</p><p>I have taken "
                          "the Liberty of Writing to you.</p></main></body></html>", "r.html")
    assert not xp(root, "//t:pb")
    assert [e.code for e in result.left_out].count("page-gallery") == 2
    root, _ = encode("<html><body><main><p>The letter.</p><div><a href='p1.jpg'><img "
                     "src='p1.jpg'></a><p>Page 1</p></div><p>More text.</p></main></body>"
                     "</html>", "one.html")
    assert xp(root, "//t:pb")             # (one image alone: a page break as before)


def test_one_code_page_437_punctuation_image_is_repaired(tmp_path):
    """"[[Marginalia ΓÇô left]]" alone in the file: ΓÇ is punctuation's image (E2 80), never
    Greek; one such sequence is evidence enough. One "caf├⌐" alone is not."""
    path = tmp_path / "m.txt"
    path.write_text("P.S. I have heard nothing.\n\n[[Marginalia \u0393\u00c7\u00f4 left]]\n",
                    encoding="utf-8")
    root = etree.fromstring(encode_file(path).data)
    assert "Marginalia \u2013 left" in xp(root, "string(//t:body)")
    path.write_text("We met at the caf\u251c\u2310 at noon.\n", encoding="utf-8")
    root = etree.fromstring(encode_file(path).data)
    assert "caf\u251c\u2310" in xp(root, "string(//t:body)")


# ---------------------------------------------------------------------- r34


def test_a_single_pages_running_head_with_its_number_is_a_page_break():
    """"1916. 12 mars. —— … ledelse. 319" over a page that opens in lower case: <pb
    n="319"/>, the head left out as a running head (no heading, no div/@n from the
    year); the OCR's dashes at line ends join words the page prints whole
    ("Luftforsvarets", "Generaladvokaten"); "mars-" / "april" keeps its hyphen."""
    root, report = encode("1916. 12 mars. —— Anklager mot Luftforsvarets ledelse. 319\n\n"
                          "overkommando ble ledet på. For det femte var det anket over at\n"
                          "ingeniørene ikke ble utnyttet.\n\n" + STORTING, "side.txt")
    assert xp(root, "//t:body//t:pb/@n") == ["319"]
    assert not xp(root, "//t:body//t:head")
    assert not xp(root, "//t:body/t:div/@n")
    text = " ".join(texts(root, "//t:body//t:p"))
    assert "mot Luftforsvarets ledelse" in text and "til Generaladvokaten, og" in text
    assert "fram til mars-april 1945" in text
    assert "Omholt—Jensen" in text
    assert "running-head" in str(report)


# ---------------------------------------------------------------------- r35


def test_an_end_of_page_mark_with_a_query_is_an_unnumbered_page_break():
    root, _ = encode(JOURNAL, "1839-04-02.md")
    # (the page header "[Prison, April 02, 1839 — Page ?]" begins the page, the footer ends
    # it: an unnumbered <pb/> each, left13)
    assert [pb.attrib.get("n") for pb in xp(root, "//t:body//t:pb")] == [None, None]
    assert "Prison, April 02, 1839" in " ".join(texts(root, "//t:body"))
    assert not xp(root, "//t:body//t:unclear")
    assert not [t for t in texts(root, "//t:body//t:p") if "End of page" in t]


# ---------------------------------------------------------------------- round14


def test_folio_and_page_headings_in_other_words_are_page_breaks():
    """The 1528 rule of the Franciscan Third Order (Tablada, "### fol. 1r") and a Russian
    diary's OCR export (Word headings "Страница 1")."""
    root, _ = encode("# Regla\n\n### fol. 1r\n\nNos fray antonio de tablada.\n\n### fol. 1v\n\n"
                     "lo de varones notables.\n", "rule.md")
    assert xp(root, "//t:pb/@n") == ["1r", "1v"]
    assert xp(root, "//t:div[@type='section']") == []
    root, _ = encode("# Дневник\n\n## Страница 1\n\nКак-то меня попросили.\n\n## Страница 2\n\n"
                     "Утром услышала по радио.\n", "diary.md")
    assert xp(root, "//t:pb/@n") == ["1", "2"]


def test_a_short_rule_alone_is_a_separator():
    """The Russian diary's Word paragraph "---" between two pages' text: left out, as
    Markdown reads it, and reported."""
    root, _ = encode("Дневник\n\nПервая часть текста.\n\n---\n\nВторая часть текста.\n")
    assert "---" not in "".join(root.itertext())
    assert texts(root, "//t:body//t:p") == ["Первая часть текста.", "Вторая часть текста."]


# ---------------------------------------------------------------------- round15


# ---------------------------------------------------------------------- round16_pages


def test_escaped_folio_markers_are_page_breaks_in_markdown():
    """J. Melo's thesis appendix, Pandoc Markdown (indulto-poveda-peticion-socorro-es): the
    folio opening the petition and one in mid-sentence, across a line end."""
    root, _ = encode("> \\[f. 369r\\] Señor Alcalde Ordinario mas antiguo\n>\n"
                     "> Eugenio Pobeda vecino de esta villa, digo: que no lo hago haora "
                     "porque no estan en mi poder y \\[f.\n> 369v\\] solo si esta mi "
                     "precentacion.\n>\n> Eugenio Pobeda\n", "poveda.md")
    assert xp(root, "//t:text//t:pb/@n") == ["369r", "369v"]
    assert not xp(root, "//t:supplied")
    assert "f. 369" not in _body_text(root)
    p = xp(root, "//t:p[t:pb]")[0]
    assert xp(p, "t:pb/@break") == []          # between words: no word goes on over it
    assert "poder y" in "".join(p.itertext()) and "solo si esta" in "".join(p.itertext())


def test_a_library_stamp_on_every_page_is_left_out():
    """bdh-vidas-espanoles-celebres-prologo-ocr-es (BNE, Biblioteca Digital Hispánica): the
    stamp at every page's foot; a page number alone after it, the page going on in lower
    case under its running head, is a page break."""
    page = ("no confundan la ferocidad con el heroísmo, y que en su carácter y sus costumbres "
            "presenta un espejo donde deben mirarse los militares")
    text = (f"PRÓLOGO.\n\nLas vidas de los hombres célebres son de todos los géneros de "
            f"historia el mas agradable.\n\n{STAMP}\n\n\nIII\n\nvértigo que los devora á ellos "
            f"mismos, {page}.\n\n{STAMP}\n\n\nIV\n\nPnÓLOGO.\n\nde peligros y de victorias, "
            f"{page}.\n\n{STAMP}\n")
    root, result = encode(text, "vidas.txt")
    assert STAMP not in _body_text(root)
    assert xp(root, "//t:text//t:pb/@n") == ["III", "IV"]
    assert [item.text for item in result.left_out] == [STAMP] * 3


def test_a_stamp_twice_or_inside_the_text_stays():
    root, _ = encode(f"Notes.\n\n{STAMP}\n\nThe text.\n\n{STAMP}\n\nMore text.\n")
    assert _body_text(root).count(STAMP) == 2


def test_a_running_head_glued_to_the_pages_first_words():
    """bdh-quintana-cartas-lord-holland-ocr-es: the page number alone, then the book's running
    head, on its own line on one page and glued by OCR to the first words of the next."""
    head = "OBRAS COMPLETAS DE DON MANUEL JOSÉ QUINTANA."
    root, result = encode(
        "PARTE\n\nTERCERA.\n\nCARTAS A. LORD IIOLLAND\n\nPRÓLOGO.\n\nEstas cartas se "
        "escribieron poco después de la catástrofe política.\n\n\nÜ32\n\n"
        f"{head}\n\nLa cuestión ventilada por los políticos es otra.\n\n\n334\n\n"
        f"{head} creer, siguiéramos siendo para ellos un objeto de lástima.\n",
        "quintana.txt")
    assert head not in _body_text(root)
    assert "creer, siguiéramos siendo" in _body_text(root)
    assert xp(root, "//t:text//t:pb/@n") == ["334"]
    assert "Ü32" in _body_text(root)                 # garbled by OCR: kept as printed
    assert [item.text for item in result.left_out] == [head] * 2
    assert texts(root, "//t:body//t:head")[0].startswith("PARTE TERCERA. CARTAS A. LORD")
    assert "CARTAS A. LORD IIOLLAND" in texts(root, "//t:titleStmt/t:title")[0]


def test_lone_page_numbers_of_a_page_by_page_transcription():
    """cme-avila-barco-fortificaciones-es (Catálogo Monumental de España, transcribed page by
    page): page numbers between blank lines, two in a row, the paragraph cut in
    mid-sentence going on after them."""
    root, _ = encode(f"El Barco de Avila. \nFortificaciones. \n552. \n{LINES}"
                     "tes cortos de planta oval, arco escarzanos con molduras cóncavas y \n\n\n"
                     f"233 \n\n\n234 \n\n\npretil calado formando círculos. \n{LINES}"
                     "de gra-\n\n\n235 \n\n\nnito de la iglesia.\n", "cme.txt")
    assert xp(root, "//t:text//t:pb/@n") == ["233", "234", "235"]
    assert not [t for t in texts(root, "//t:p") if t.strip() in ("233", "234", "235")]
    p = xp(root, "//t:p[t:pb/@n='233']")[0]
    assert "pretil calado" in "".join(p.itertext())


def test_numbered_sections_alone_are_no_pages():
    """Numbers alone over sections that start a sentence each are the sections' own."""
    para = "The garrison held the walls for a month and the town was saved. " * 5
    root, _ = encode(f"Notes\n\n1\n\n{para}\n\n2\n\n{para}\n\n3\n\n{para}\n")
    assert not xp(root, "//t:pb")


# ---------------------------------------------------------------------- round17


def test_a_linked_portrait_is_no_page_break():
    """Voltaire's portrait engraving linked to its full size (F9): no <pb facs>."""
    page = ("<html><body><h1>Letter to Rameau</h1><p>Au nom de Rameau ma froide veine se "
            "réchauffe, Monsieur.</p><a href='https://example.org/1878-portrait.jpg'><img "
            "src='portrait.webp' alt='gravure, portrait de Voltaire, 1878'></a><p>Je vous "
            "embrasse.</p></body></html>")
    root, result = encode(page, "letter.html")
    assert not xp(root, "//t:pb")
    assert texts(root, "//t:body//t:p") == ["Au nom de Rameau ma froide veine se réchauffe, "
                                            "Monsieur.", "Je vous embrasse."]
    assert "picture-not-page" in result.rules


def test_a_linked_page_image_named_by_its_folio_is_still_a_page():
    """A page's image linked once, its alt naming the leaf ("f. 3r"): a page break."""
    page = ("<html><body><h1>Diary</h1><p>First page.</p><a href='scan.jpg'><img "
            "src='t.jpg' alt='Manuscript, f. 3r'></a><p>Second page.</p></body></html>")
    root, _ = encode(page, "diary.html")
    assert xp(root, "//t:body//t:pb/@facs") == ["scan.jpg"]


# ---------------------------------------------------------------------- round19


def test_page_bar_with_title_is_a_numbered_pb():
    """A TEI Publisher-style letter page (the form of the Weber-Gesamtausgabe's and the
    Fontane edition's pages): the <pb/> drawn as an indented bar, its number in the title,
    with or without a class; the bar is never text, the words beside it stay apart."""
    root, _ = encode("<html><body><h1>Brief an Gähns</h1><p>Ich habe Ihren Brief erhalten und "
                     "danke <span class=\"pb\" title=\"Seite 2\">||\n      </span>Ihnen herzlich "
                     "für die Nachricht.</p><p>Die Oper ist fertig <a title=\"Blatt 3r\">|</a> "
                     "und wird bald gegeben.</p></body></html>", "weber.html")
    assert [pb.get("n") for pb in xp(root, "//t:pb")] == ["2", "3r"]
    assert not [t for t in texts(root, "//t:body//t:p") if "|" in t]
    assert "danke Ihnen" in " ".join(" ".join(texts(root, "//t:body//t:p")).split())


# ---------------------------------------------------------------------- round20


def test_liquid_page_and_column_includes_are_breaks():
    """The same edition's chapter (F9): page and column includes in the text, one inside a
    word; the other tags are reported."""
    root, result = encode("---\ntitle: Chapter I\n---\n\n"
                          " {% include pagebreak.html canvas=19 %} Research in the social "
                          "sciences.\nThe American {% include columnbreak.html col=\"2\" "
                          "canvas=19 %} Library Association; the photo{%- include "
                          "columnbreak.html col=\"2\" canvas=20 -%}stat. {% raw %}\n",
                          "chapter.md")
    assert len(xp(root, "//t:body//t:pb")) == 1
    assert xp(root, "//t:body//t:cb/@n") == ["2", "2"]
    assert xp(root, "//t:body//t:cb/@break") == ["no"]          # inside "photo…stat"
    body = " ".join("".join(xp(root, "//t:body")[0].itertext()).split())
    assert "photostat" in body and "{%" not in body
    assert any(item.code == "template-tag" for item in result.left_out)


# ---------------------------------------------------------------------- low18


def test_preprinted_page_number_and_export_header():
    """Smithsonian Transcription Center, Phaedra notebook 2208 p. 28: the export's header
    between two rules (Filename, Page, the page's and the image's URLs) and the notebook's
    printed page number "[[preprinted]] 22 [[/preprinted]]" over the page's text."""
    root, _ = encode("=======================\nFilename: page=28 - 0002208.028.jpg\n"
                     "Page: 1 of 1\nhttps://transcription.si.edu/transcribe/50684/ERUUV\n"
                     "https://static.adsabs.harvard.edu/static/phaedra/phaedra2208/0002208.028"
                     ".jpg\n=======================\n\n[[preprinted]] 22 [[/preprinted]]\n"
                     "Observed the plates of the night; the seeing was poor at the red end.\n")
    assert [pb.get("n") for pb in xp(root, "//t:text//t:pb")] == ["22"]
    body = "".join(xp(root, "//t:text")[0].itertext())
    assert "Filename" not in body and "preprinted" not in body
    assert "Observed the plates of the night" in body
    assert xp(root, "//t:sourceDesc//t:ref/@target") == [
        "https://transcription.si.edu/transcribe/50684/ERUUV"]
    assert texts(root, "//t:sourceDesc//t:note[@type='url']") == [
        "https://static.adsabs.harvard.edu/static/phaedra/phaedra2208/0002208.028.jpg"]


# ---------------------------------------------------------------------- formats18


def test_a_real_proofread_wikisource_page_source():
    """Three Page: sources of the Pentagon Papers as saved from Wikisource (molly/
    Wikisource-to-LaTeX's input.txt): each page's <noinclude> header (quality mark, the
    declassification stamp) left out and reported, a page of the source beginning there;
    {{center|{{larger|…}}}} keeps its words; wiki tables are tables with their spans."""
    source = (FIXTURES_FORMATS18 / "pentagon-papers-pages.wiki").read_text("utf-8")
    root, result = encode(source, "pentagon.wiki")
    body = " ".join("".join(xp(root, "//t:body")[0].itertext()).split())
    assert "FINAL REPORT OSD" in body and "EXECUTIVE SECRETARIAT" in body
    assert "Declassified" not in body and "noinclude" not in body and "{{" not in body
    assert len(xp(root, "//t:body//t:pb")) == 3
    assert len(xp(root, "//t:body//t:table")) == 4
    assert xp(root, "//t:table[last()]/t:row[1]/t:cell[1]/@cols") == ["2"]
    assert "23 June 1971" in body
    report = reported(result)
    assert "Declassified" in report and "popup note" in report


# ---------------------------------------------------------------------- fuzz26


def test_pdf_a_figure_alone_in_the_margin_that_is_no_page_number(tmp_path):
    """Found: AttributeError when a line alone in the page's margin read as a number
    ("0", "007", "1234567", "p. 0") but was no page number teikit takes. It stays text."""
    for foot in ("0", "007", "1234567"):
        source = tmp_path / "foot.pdf"
        source.write_bytes(_pdf_with_foot(foot))
        result = encode_file(source)
        root = etree.fromstring(result.data)
        body = " ".join(" ".join(root.find(".//{*}body").itertext()).split())
        assert foot in body and "bridge over the river" in body, (foot, body)
    source.write_bytes(_pdf_with_foot("12"))             # a page number still numbers it
    root = etree.fromstring(encode_file(source).data)
    assert xp(root, "//t:body//t:pb/@n") == ["12"]


def test_pagexml_two_table_cells_at_one_place_keep_both_texts(tmp_path):
    """Found: a TableCellRole repeated (same rowIndex and columnIndex) dropped the first
    cell's text. Both are kept, in one cell."""
    xml = (f'<?xml version="1.0"?><PcGts xmlns="{PAGE_NS}"><Page imageFilename="a.png" '
           'imageWidth="100" imageHeight="100"><TableRegion id="t"><Coords points="0,0 100,100"/>'
           + _cell(0, 0, "alpha") + _cell(0, 0, "beta") + _cell(0, 1, "gamma")
           + '</TableRegion></Page></PcGts>')
    source = tmp_path / "table.xml"
    source.write_text(xml)
    root = etree.fromstring(encode_file(source).data)
    cells = [etree.tostring(c, encoding="unicode", with_tail=False).split(">", 1)[1]
             for c in xp(root, "//t:body//t:cell")]
    assert cells == ['alpha<lb/>beta</cell>', "gamma</cell>"]


@PROPERTY
@given(doc=page_documents())
def test_pagexml_generated_keeps_every_word_or_is_empty(tmp_path, doc):
    xml, kept = doc
    source = tmp_path / "gen.xml"
    source.write_text(xml)
    root = encode_or_refuse(source)
    if root is None:
        assert not kept                      # refused only as empty
        return
    assert set(kept) <= master_words(root)


def test_hocr_a_page_inside_a_page_is_read_once(tmp_path):
    """Found: an ocr_page nested in another (a merged or hand-edited file) had its lines
    read twice, as the outer page's and as its own. Each line is its nearest page's."""
    line = "<span class='ocr_line'><span class='ocrx_word'>{}</span></span>"
    inner = "".join(f"<div class='ocr_page' title='bbox 0 0 9 9'>{line.format(w)}</div>"
                    for w in ("meadow", "harbour", "lantern"))
    source = tmp_path / "nested.hocr"
    source.write_text("<html><body><div class='ocr_page' title='bbox 0 0 9 9'>"
                      f"{inner}{line.format('orchard')}</div></body></html>")
    root = encode_or_refuse(source)
    assert root is not None
    body = words(" ".join(root.find(".//{*}body").itertext()))
    assert sorted(body) == ["harbour", "lantern", "meadow", "orchard"]
    assert len(xp(root, "//t:body//t:pb")) == 4


# ---------------------------------------------------------------------- news_round13


def test_tesseracts_final_form_feed_begins_no_page():
    """Lyttelton Times 1851 (Papers Past) through tesseract: every page it writes ends
    with a form feed, so the last one is followed by nothing and begins no page."""
    root, _ = encode("NOTICE.\n\nTenders will be received until the 1st of August.\n\n"
                     "Lyttelton, July 28, 1851.\n\n \n\f")
    assert xp(root, "//t:body//t:pb") == []
    assert "Lyttelton, July 28, 1851." in " ".join(texts(root, "//t:body"))
    root, _ = encode("First page.\n\fSecond page.\n\f")
    assert len(xp(root, "//t:body//t:pb")) == 1


# ---------------------------------------------------------------------- pages_round10


def test_decorated_page_lines_with_folio_labels():
    """Suriano's dispatches (Venice, 1616), plain-text edition: "--- page 071r---" lines."""
    root, _ = encode("--- page 071r---\nSerenissimo Principe\nnel venirmene in questa città, "
                     "ove arrivai lunedì, mi è conve-\nnuto metter qualche giorno di più.\n"
                     "--- page 071v---\n passassi a quel Principe come capo dell’Unione.\n")
    assert [pb.get("n") for pb in xp(root, "//t:body//t:pb")] == ["071r", "071v"]
    assert "page" not in " ".join(texts(root, "//t:body//t:p"))


def test_folio_label_between_slashes():
    """Suriano's dispatches, the .docx transcription: "/ 71r /" on a paragraph of its own."""
    root, _ = encode("Serenissimo Principe,\n\n/ 71r /\n\nnel venirmene in questa città.\n\n"
                     "/ 71v /\n\npassassi a quel Principe.\n")
    assert [pb.get("n") for pb in xp(root, "//t:body//t:pb")] == ["71r", "71v"]


def test_page_line_with_a_colon_in_a_sentence():
    """PNG Hansard 2023-03-22 (Palau air services): "<p>Page 22:</p>" between the halves of
    a sentence."""
    root, _ = encode("<html><body><p>Mr Assistant Speaker, the routes are from Port Moresby to "
                     "Brisbane, and</p>\n<p>Page 22:</p>\n<p>vice versa. And these routes shall "
                     "be subsidized.</p></body></html>", "doc.html")
    assert [pb.get("n") for pb in xp(root, "//t:body//t:pb")] == ["22"]
    assert "Page 22" not in " ".join(texts(root, "//t:body"))


def test_page_numbers_in_braces_inside_the_text():
    """Camilo Castelo Branco, Theatro Comico (1871), Gutenberg text as Markdown: "{12}"."""
    root, _ = encode("# Prefacio\n\nA rasão argumenta-me{12} que eu, escrivão de tantas "
                     "comedias, devo ir consultar os pergaminhos.{13} N'este proposito "
                     "escrevi.\n\nE a critica não lhes ferrava a{14} unha.\n", "doc.md")
    assert [pb.get("n") for pb in xp(root, "//t:body//t:pb")] == ["12", "13", "14"]
    assert "{" not in " ".join(texts(root, "//t:body"))


def test_one_number_in_braces_is_no_evidence():
    """A single "{3}" proves nothing (a set, a template): kept as text."""
    root, _ = encode("The set {3} has one member.\n")
    assert not xp(root, "//t:body//t:pb")
    assert "{3}" in " ".join(texts(root, "//t:body//t:p"))


def test_gutenberg_pn_span():
    """Camilo Castelo Branco, O condemnado (1870), Gutenberg HTML: <span class="pn">{10}."""
    root, _ = encode('<html><body><p>Ó João, toca a descansar; senta-te, mas com geito, se não '
                     'afundas.<span class="pn">{10}</span></p><p>Pois sim.</p>'
                     '<p><span class="pn">Maria</span> disse.</p></body></html>', "doc.html")
    assert [pb.get("n") for pb in xp(root, "//t:body//t:pb")] == ["10"]
    assert "Maria disse." in " ".join(texts(root, "//t:body//t:p"))


def test_a_hashtag_line_stays_text():
    """A post with hashtags: "#Heritage" and "#1 in sales" are no headings."""
    root, _ = encode("Our archive opened today.\n\n#Heritage\n\n#1 in sales\n\n#Archives\n",
                     "doc.md")
    assert not [h for h in texts(root, "//t:body//t:head") if "Heritage" in h or "sales" in h]
    assert "#Heritage" in " ".join(texts(root, "//t:body//t:p"))


# ---------------------------------------------------------------------- pages_round11


def test_audio_fallback_and_an_image_dialog_are_left_out():
    """TNA's With Love exhibition (tna-with-love-dudley-to-elizabeth-i): the audio player's
    fallback words and the image viewer's dialog are the page's, not the letter's."""
    root, _ = encode(
        "<html><body><h1>Letter from Robert Dudley</h1>\n"
        "<div class=\"modal\" role=\"dialog\"><h5>Enlarged image</h5><p>Pinch the screen "
        "to zoom in/out</p></div>\n<audio controls><source src=\"a.mp3\"><p>Your browser "
        "doesn't support HTML5 audio.</p></audio>\n<p>I most humbly beseech your Majesty."
        "</p></body></html>", "tna.html")
    body = " ".join(texts(root, "//t:body"))
    assert "beseech" in body
    assert "Pinch" not in body and "browser" not in body and "Enlarged" not in body


def test_italic_page_numbers_ending_lines_are_page_breaks():
    """W&L's Reader diary (wludh-reader-diary-union-cavalry): "Italicized numbers represent
    … page numbers", at a heading's or a paragraph's end; a bare 10 fits among them."""
    root, _ = encode("# Thursday March 10th 1864.\nIt has been raining all day. Au revoir. *4*\n"
                     "\n# March 13th. *5*\nPleasant day.\n\n# March 17th. *7*\nCold.\n\n"
                     "# March 21. *9*\nA very nice but cool day.\n10\n\n# March 24th. *11*\n"
                     "Fine.\n", "reader.md")
    assert xp(root, "//t:body//t:pb/@n") == ["4", "5", "7", "9", "10", "11"]
    assert "March 13th." in texts(root, "//t:head")
    assert not xp(root, "//t:body//t:hi[.='5']")


def test_two_italic_numbers_only_when_they_follow_each_other():
    """W&L's Wilson diary: two pages only (*2*, *3*); *2* and *7* prove nothing."""
    root, _ = encode("Long entry that runs on. my mare *2*\n\n## May 23-24 *3*\nRain.\n",
                     "wilson.md")
    assert xp(root, "//t:body//t:pb/@n") == ["2", "3"]
    root, _ = encode("See note *2*\n\nAnd this *7*\n", "two.md")
    assert not xp(root, "//t:body//t:pb")


def test_a_bracketed_page_turn_word_is_a_page_break():
    """TNA's Daniel Rush petition: "<p>[OVERLEAF]</p>" between two paragraphs."""
    root, _ = encode("<html><body><h1>Letter from Daniel Rush</h1><p>Gentlemen</p>\n"
                     "<p>I have taken the Liberty of Writing to you and Claim my relatives "
                     "Property wich</p>\n<p>[OVERLEAF]</p>\n<p>[I] did not understand.</p>"
                     "</body></html>", "rush.html")
    assert len(xp(root, "//t:body//t:pb")) == 1
    assert "OVERLEAF" not in " ".join(texts(root, "//t:body"))


# ---------------------------------------------------------------------- low_scores


def test_spaced_running_head_with_page_number_after_a_form_feed():
    """Alessandri's message to the Chilean Congress (1938), OCR with the layout kept: a
    left-hand page opens "4 <spaces> CONGRESO NACIONAL", printed once in the extract."""
    root, _ = encode("MENSAJE\n\n\fCONCIUDADANOS DEL SENADO:\n\n      Llego al término de "
                     "mi misión. No había posibilidad de hacer\n"
                     "\f 4                                             CONGRESO   NACIONAL\n\n\n"
                     "terminar. No existía la clausura del debate.\n")
    assert [pb.get("n") for pb in xp(root, "//t:body//t:pb")] == [None, "4"]
    assert "CONGRESO NACIONAL" not in " ".join(texts(root, "//t:body"))
    # the sentence the page cut in two is one paragraph again
    assert any("hacer terminar" in t for t in texts(root, "//t:body//t:p"))


def test_page_break_with_image_viewer_links_and_its_number_under_it():
    """Scholarly Editing's XSLT pages (Cranch's journal, 2014): each page break holds the
    page's thumbnail and the viewer's links, the page number follows as TEI's forme work;
    the licence's badge in the footer is no page."""
    page = ("<html><body><div class=\"p\">I must look forward.</div>"
            "<span class=\"pagebreak\"><span class=\"thumbnail\">"
            "<a href=\"pages/viewsize/p02.jpg\">"
            "<img src=\"pages/thumbs/p02_thumb.jpg\"></a></span><span class=\"viewsize\">"
            "<a href=\"pages/viewsize/p02.jpg\">View Page</a></span><br><span class=\"fullsize\">"
            "<a href=\"pages/fullsize/p02.jpg\" target=\"_blank\">Full size in new window</a>"
            "</span></span><div class=\"formework\"><span class=\"fw_pagNum\">2</span></div>"
            "<div class=\"p\">And post them, clerk-like.</div>"
            "<p><a rel=\"license\" href=\"http://creativecommons.org/licenses/by-nc-sa/3.0/\">"
            "<img alt=\"Creative Commons License\" src=\"88x31.png\"></a><br>This work is "
            "licensed under a Creative Commons License.</p></body></html>")
    root, _ = encode(page, "cranch.html")
    pbs = xp(root, "//t:body//t:pb")
    assert [(pb.get("n"), pb.get("facs")) for pb in pbs] == [("2", "pages/viewsize/p02.jpg")]
    body = " ".join(texts(root, "//t:body"))
    assert "View Page" not in body and "Full size" not in body


def test_footnote_under_the_page_number_of_a_scanned_page():
    """HathiTrust's OCR of Imperial Domains (1919), page 6: the page number, then the
    footnote to "terms¹" and the signature mark, with no blank line between them."""
    root, _ = encode("## p. (#7) ##################################################\n\n"
                     "THE COLONATE.\nI.\nThe point which needs explanation may be briefly "
                     "stated\nas follows: 'Colonus' and 'conductor' are still interchangeable "
                     "terms¹, and the colonate\nis still an institution of private not of "
                     "public law.\n6\n1 The 'colonus' in the Digest holds under the contract "
                     "\"locatio-conductio,'\nDig. 19. 2. 9; 33.7.20, etc.\nA 2\n")
    notes = texts(root, "//t:body//t:note")
    assert len(notes) == 1 and notes[0].startswith("The 'colonus' in the Digest")
    assert [pb.get("n") for pb in xp(root, "//t:body//t:pb")] == ["6"]
    assert "¹" not in " ".join(texts(root, "//t:body"))


# ---------------------------------------------------------------------- one shape
# The cases of one shape, in a table: a source (and its file name) encoded, and the
# queries whose answers it must give (texts(): the elements' words; xp(): the nodes).
ENCODED = [
    # (r33)
    pytest.param(("\u0393\u03b5\u03b9\u03ac \u03c3\u03bf\u03c5 \u0393\u03b9\u03ce\u03c1"
        "\u03b3\u03bf. \u0393\u03c1\u03ac\u03c8\u03b5 \u03bc\u03bf\u03c5.\n",), [
        ("texts", "//t:body//t:p", [
            "\u0393\u03b5\u03b9\u03ac \u03c3\u03bf\u03c5 \u0393\u03b9\u03ce\u03c1\u03b3\u03bf. "
            "\u0393\u03c1\u03ac\u03c8\u03b5 \u03bc\u03bf\u03c5."]),
    ], id="greek_text_is_no_code_page_437_mojibake"),
    # (round14)
    # "Seite 5" as a line of a hard-wrapped paragraph is the text's, not a page.
    pytest.param(("Brief\n\nWie ich auf der\nSeite 5\ndes Buches las, ist es so.\n",), [
        ("xp", "//t:pb", []),
    ], id="a_page_word_inside_a_paragraph_stays_text"),
    # (round15)
    # The tune book's captions "Sida 1." … "Sida 3." over each page's tunes (rising).
    pytest.param((NILSSON, "galleri.html"), [
        ("xp", "//t:pb/@n", ["1", "2", "3"]),
    ], id="page_captions_over_the_pages_text_are_page_breaks"),
    # (round15)
    pytest.param(("NOTIZEN\n\nSeite 3\nder Bericht fehlt dort.\n\nDas Übrige folgt.\n",), [
        ("xp", "//t:pb", []),
    ], id="a_page_word_over_text_once_is_no_page_break"),
    # (round16_pages)
    # The same edition's forms unescaped, and the other folio words of Spanish, Portuguese
    # and English editions ([fol. 12v], [fº 5], [fl. 3v]); a marker inside a word keeps the
    # word whole with break="no".
    pytest.param(("Auto de obedecimiento\n\n"
        "[f. 54v] En la ciudad de Antioquia, á treinta y uno de octubre, el señor "
        "Governador [fol. 55r] y su Provincia por el Rey Nuestro Señor, remitiendose "
        "á los [fº 56] Ayuntamientos de todas [fl. 57v] para su formal inteli"
        "[f. 58r]gencia.\n",), [
        ("xp", "//t:text//t:pb/@n", ["54v", "55r", "56", "57v", "58r"]),
        ("xp", "//t:pb[@n='58r']/@break", ["no"]),
        ("xp", "//t:supplied", []),
    ], id="folio_marker_forms_in_plain_text"),
    # (round16_pages)
    # A citation of folios ([ff. 54v-56r]) breaks no page; supplied letters stay supplied.
    # (goes to the header, round 16 F8))
    pytest.param(("Véase AHM, Reales Cédulas [ff. 54v-56r].\n\n"
        "Y por el resp[e]to que se debe.\n",), [
        ("xp", "//t:pb", []),
        ("texts", "//t:supplied", ["ff. 54v-56r", "e"]),
    ], id="a_folio_range_is_no_page_break"),
    # (round16_pages)
    pytest.param(("Texto.\n\nEl alcalde Orellana [?] firmó.\n",), [
        ("texts", "//t:unclear", ["Orellana"]),
        ("xp", "//t:gap", []),
    ], id="a_question_mark_after_a_word_still_queries_it"),
    # (pages_round10)
    # Slavery Convention (Geneva, 1926), a treaty export: "##Slavery Convention",
    # "###Article 1".
    pytest.param(("##Slavery Convention\n\n####SLAVERY CONVENTION.\n\n###Article 1 \n\n"
        "For the purpose of the present Convention, the following definitions are "
        "agreed upon.\n", "doc.md"), [
        ("texts", "//t:body//t:head", ["Slavery Convention", "SLAVERY CONVENTION.",
            "Article 1"]),
    ], id="markdown_headings_without_the_space"),
    # (pages_round11)
    # W&L's Morosini commissione (wludh-morosini-…): every folio a ## heading.
    pytest.param(("---\ntitle: The Commissione\n---\n\n## 1r\n[blank]\n\n## 1v\n"
        "Commettemo à tè Nobil Homo\n\n## 2r\nsore differirà a venircci.\n", "morosini.md"), [
        ("xp", "//t:body//t:pb/@n", ["1r", "1v", "2r"]),
        ("xp", "//t:body//t:div[@type='section']", []),
        ("texts", "//t:titleStmt/t:title", ["The Commissione"]),
    ], id="folio_headings_are_page_breaks_not_sections"),
]


@pytest.mark.parametrize(("source", "checks"), ENCODED)
def test_encoded(source, checks):
    root, _ = encode(*source)
    for query, path, expected in checks:
        assert QUERIES[query](root, path) == expected, path
