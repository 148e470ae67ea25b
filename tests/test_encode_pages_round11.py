"""Page markers, lists and web-page leftovers of scout rounds 11 and 11b: one small example
each, derived from the real documents named in the docstrings (Wikisource, W&L's Jekyll
editions, Polona transcriptions, TNA's exhibition pages, LoC By the People)."""
from __future__ import annotations

from teiquery import encode, texts, xp

WIKISOURCE = """<!DOCTYPE html>
<html lang="zh"><head><meta charset="UTF-8"/><title>夢溪筆談 - 维基文库，自由的图书馆</title></head>
<body><div id="content" class="mw-body" role="main">
<div class="mw-indicators"><div class="mw-indicator"><a href="https://ws-export.example/?page=X">
<span>Download</span></a></div></div>
<h1 id="firstHeading" class="firstHeading">夢溪筆談</h1>
<div id="bodyContent"><div id="mw-content-text"><div class="mw-parser-output">
<div id="headerContainer" class="ws-noexport noprint">
<table><tbody><tr><td class="noprint"></td><td><b>夢溪筆談</b><br/><span>作者：</span>
<a href="/wiki/Author:沈括">沈括</a><span>　北宋</span></td></tr></tbody></table>
<table><tbody><tr><td><ul id="plainSister"><li class="sisitem"><a href="/wiki/Special:M">
<img alt="姊妹计划" src="logo.png" width="18" height="18"/></a> 百科</li></ul>
<sub>臣</sub>等謹案《夢溪筆談》二十六卷。宋沈括撰。乾隆四十六年十一月恭校上。</td></tr></tbody></table>
</div>
<ul><li><a href="/wiki/夢溪筆談/序">序</a></li>
<li><a href="/wiki/夢溪筆談/卷01">卷一</a>　故事一</li></ul>
<table class="licenseFrame"><tbody><tr><td><a href="/wiki/File:PD-icon.svg" class="image">
<img alt="PD" src="pd.png" width="48" height="48"/></a></td>
<td>本北宋作品在全世界都属于公有领域。</td></tr></tbody></table>
</div></div></div></div></body></html>
"""


def test_a_wikisource_header_is_the_texts_not_chrome():
    """Chinese Wikisource, 夢溪筆談 saved from the browser (wikisource-zh-mengxi-bitan-index):
    the header container (marked noprint, ws-noexport) holds the title, the author and the
    editors' preface; the Download indicator, the sister-project links and the licence
    icon are not the text, the licence goes to the header."""
    root, _ = encode(WIKISOURCE, "ws.html")
    assert texts(root, "//t:titleStmt/t:title") == ["夢溪筆談"]
    body = " ".join(texts(root, "//t:body"))
    assert "等謹案《夢溪筆談》二十六卷" in body and "沈括" in body
    assert "Download" not in body and "百科" not in body
    assert not xp(root, "//t:body//t:pb")
    assert "公有领域" not in body
    assert "公有领域" in " ".join(texts(root, "//t:sourceDesc"))


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


def test_folio_headings_are_page_breaks_not_sections():
    """W&L's Morosini commissione (wludh-morosini-…): every folio a ## heading."""
    root, _ = encode("---\ntitle: The Commissione\n---\n\n## 1r\n[blank]\n\n## 1v\n"
                     "Commettemo à tè Nobil Homo\n\n## 2r\nsore differirà a venircci.\n",
                     "morosini.md")
    assert xp(root, "//t:body//t:pb/@n") == ["1r", "1v", "2r"]
    assert not xp(root, "//t:body//t:div[@type='section']")
    assert texts(root, "//t:titleStmt/t:title") == ["The Commissione"]


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


def test_a_title_block_under_a_capitals_line_is_no_list():
    """Polona, Deklaracya of 1766 (polona-deklaracya-krola-pruskiego-pl): the print's title
    over its subtitle, under a shelfmark; and a typed letter's addressee block."""
    root, _ = encode("S=7195.\n\nDEKLARACYA\nJmieniem KROLA JMci Pruſkiego przez Jego\n"
                     "Miniſtra pełnomocnego, Zkonfederowaney\nRzeczypospolitey na Seymie "
                     "Roku 1766.\nuczyniona.\n\nSEym przeſzły Konwokacyonalny Roku 1764. "
                     "uſtanowiwſzy Kommiſſye Skarbowe.\n")
    assert not xp(root, "//t:list")
    assert texts(root, "//t:titleStmt/t:title") == ["DEKLARACYA"]
    assert texts(root, "//t:note[@type='source']") == ["S=7195."]
    root, _ = encode("SEKRETARIAT KOMITETU CENTRALNEGO PZPR\nw/m.\n\n"
                     "Prosimy o pozytywne ustosunkowanie się do naszego wniosku.\n")
    assert not xp(root, "//t:list")


def test_items_under_a_capitals_heading_stay_a_list():
    """A memo's PARTICIPANTS over names (FRUS): parallel items are a list."""
    root, _ = encode("MEMORANDUM\n\nATTENDING\nThe Secretary\nMr. Harriman\nMr. Bundy\n\n"
                     "The Secretary opened the meeting.\n")
    assert texts(root, "//t:list/t:item") == ["The Secretary", "Mr. Harriman", "Mr. Bundy"]


def test_colons_that_break_words_at_line_ends():
    """W&L's Morosini commissione: "va:" / "di", "tan:" / "to", "Succes:" / "sore"."""
    root, _ = encode("Commettemo à tè Nobil Homo\ndiletto Cittadin, et fedel nostro,\n"
                     "che in nome di Giesù Christo va:\ndi, et sij de nostro mandato\n"
                     "Verona per mesi sedeci, e tan:\nto più quanto il tuo Succes:\n"
                     "sore differirà.\n", "comm.txt")
    body = " ".join(texts(root, "//t:body"))
    assert "va: di" not in body and "Succes: sore" not in body
    assert len(xp(root, "//t:lb[@break='no']")) == 3 or "Successore" in body


def test_a_colon_ending_a_line_of_prose_is_no_hyphen():
    """A letter's colons ("as follows:" over the list, "said:" over a quotation) stay."""
    root, result = encode("He wrote as follows:\nthe boat is ready, she said: come now.\n"
                     "We answered: wait.\nThey went on:\nand so did we.\n", "colons.txt")
    assert not xp(root, "//t:lb[@break='no']")
    assert "colon-hyphens" not in result.rules


def test_a_place_line_over_the_date_is_the_datelines():
    """LoC By the People, Blackwell's letter of 1897 (btp-blackwell-georgeville-letter-p32)."""
    root, _ = encode("Georgeville, P. [?]., Canada\n\nFriday, Aug. 20, 1897\n\n"
                     "Dear Papa + Mamma,\n\nYesterday we went on a pleasant picnic.\n")
    assert not xp(root, "//t:body//t:head")
    assert texts(root, "//t:dateline/t:placeName") == ["Georgeville, P.., Canada"]
    assert xp(root, "//t:dateline/t:date/@when") == ["1897-08-20"]
    assert "Georgeville" not in " ".join(texts(root, "//t:titleStmt/t:title"))
