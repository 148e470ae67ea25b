"""Round 29 of the scouting (/work/scout/REPORT29.md): Hebrew, Japanese and Hindi letters and
prose. The inputs are written for these tests in the forms of the scouts' documents (Project
Ben-Yehuda's public-domain dump: D. Frischmann's letters of 1885, Y. L. Gordon's verse
letter; Aozora Bunko's XHTML of Masaoka Shiki's "歌よみに与ふる書", 1898, public domain; the
"Mann Ki Baat" transcript of April 2015, a Government of India speech), short and rewritten
where they are longer."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from teiquery import encode, texts, xp

from teikit.readers.dates import find_date
from teikit.readers.nativedates import ascii_digits, number

# ------------------------------------------------------------------ native dates (F2)


def test_a_japanese_era_date_in_kanji_numerals():
    found = find_date("（明治三十一年二月二十一日）")
    assert (found.when, found.start, found.end) == ("1898-02-21", 1, 13)
    assert find_date("昭和元年").when == "1926"
    assert find_date("1955（昭和30）年2月25日第1刷発行").when == "1955-02-25"
    assert find_date("１９５５年２月２５日").when == "1955-02-25"


def test_a_meiji_date_before_the_gregorian_reform_gives_its_year_only():
    """Japan kept the lunisolar calendar until Meiji 5 (1872): its month and day are not
    the Gregorian ones."""
    assert find_date("明治五年三月三日").when == "1872"


def test_a_bare_kanji_year_without_an_era_is_no_date():
    assert find_date("三年の間") is None


def test_hindi_urdu_and_arabic_month_names():
    assert find_date("मन की बात, अप्रैल 2015").when == "2015-04"
    assert find_date("३ अप्रैल २०१५").when == "2015-04-03"
    assert find_date("٣ مارس ٢٠١٥").when == "2015-03-03"
    assert find_date("3 كانون الثاني 1950").when == "1950-01-03"


def test_a_hebrew_letter_for_the_day():
    text = "[לאָדז, ג' יאנואר, 1885]."
    found = find_date(text)
    assert found.when == "1885-01-03"
    assert text[found.start:found.end] == "ג' יאנואר, 1885"
    assert find_date('ט"ו אוגוסט 1900').when == "1900-08-15"


def test_latin_dates_are_unchanged():
    assert find_date("г.Варшава , 21 Января, 1885").when == "1885-01-21"
    assert find_date("Washington, June 5, 1944").when == "1944-06-05"


@given(st.integers(min_value=1, max_value=9999))
def test_cjk_numerals_read_as_their_value(n):
    digits = "〇一二三四五六七八九"
    positional = "".join(digits[int(c)] for c in str(n))
    assert number(positional) == n
    place = ""
    for unit, sign in ((1000, "千"), (100, "百"), (10, "十")):
        k = n // unit % 10
        place += "" if k == 0 else (sign if k == 1 else digits[k] + sign)
    place += digits[n % 10] if n % 10 else ""
    assert number(place) == n


@given(st.text(alphabet="0123456789٠١٢٣٤٥٦٧٨٩०१२३४५६७८९０１２３４５６７８９ab", max_size=20))
def test_ascii_digits_keeps_positions(text):
    out = ascii_digits(text)
    assert len(out) == len(text)
    assert all(a == b or (a.isdecimal() and b.isdigit() and b.isascii())
               for a, b in zip(text, out, strict=True))


# ------------------------------------------------------------------ Aozora XHTML (F2, F5)

AOZORA = """<?xml version="1.0" encoding="UTF-8"?>
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="ja"><head>
<title>正岡子規 歌よみに与ふる書</title></head><body>
<h1 class="title">歌よみに与ふる書</h1>
<div class="main_text">
　拝啓。実例につきて評せよとの御言葉<ruby><rb>御尤</rb><rp>（</rp>
<rt>ごもっとも</rt><rp>）</rp></ruby>と存候。<br />
<br />
　なほ手当り次第<ruby><rb>可申上</rb><rp>（</rp>
<rt>もうしあぐべく</rt><rp>）</rp></ruby>候也。<br />
<div class="chitsuki_2" style="text-align:right">（明治三十一年二月二十一日）</div>
</div>
<div class="bibliographical_information"><hr /><br />
底本：「歌よみに与ふる書」岩波文庫、岩波書店<br />
　　　1955（昭和30）年2月25日第1刷発行<br />
入力：網迫、土屋隆<br />
2004年8月10日作成<br />
</div>
</body></html>
"""


def test_ruby_reading_is_a_hi_and_its_brackets_are_no_text():
    root, _ = encode(AOZORA, "shiki.html")
    body = " ".join(texts(root, "//t:body"))
    assert "（ごもっとも）" not in body and "御尤ごもっとも" in body
    assert xp(root, "//t:body//t:hi[@rend='ruby']/text()") == ["ごもっとも", "もうしあぐべく"]
    assert texts(root, "//t:body//t:hi[@rend='ruby']/..")[0].startswith("実例につきて")


def test_the_colophon_goes_to_the_header_and_its_date_is_not_the_documents():
    root, _ = encode(AOZORA, "shiki.html")
    body = " ".join(texts(root, "//t:body"))
    assert "底本" not in body and "入力" not in body and "2004" not in body
    assert xp(root, "//t:profileDesc/t:creation/t:date/@when") == ["1898-02-21"]
    notes = texts(root, "//t:sourceDesc//t:note[@type='colophon']")
    assert len(notes) == 1 and notes[0].startswith("底本：「歌よみに与ふる書」")
    assert "入力：網迫、土屋隆" in notes[0]


# ------------------------------------------------------------------ Pandoc-plain notes (F6)

PANDOC_PLAIN = ("אגרות\n\nוקמו כלם לגנוב ולעשות תּמונות של משה1 אם אָמר האחד “תּקופות”.\n\n"
                "לא יאבה הזקן2 לתתּו, ובשנת 1885 עוד.\n\nדוד פרישמאַנן.\n\n\n\n"
                "השווה מכתב יג, למעלה.  \u21a9\n\n\n\nסלונימסקי.  \u21a9\n\n\n\n"
                "את הטקסט לעיל הפיקו מתנדבי פרויקט בן־יהודה באינטרנט.  הוא זמין תמיד "
                "בכתובת הבאה:https://benyehuda.org/read/93\n")


def test_back_referenced_notes_are_read_at_their_glued_digits():
    root, _ = encode(PANDOC_PLAIN, "letters.txt")
    notes = xp(root, "//t:body//t:note")
    assert [(n.get("n"), "".join(n.itertext())) for n in notes] == [
        ("1", "השווה מכתב יג, למעלה."), ("2", "סלונימסקי.")]
    assert notes[0].getparent().text.endswith("תּמונות של משה")
    assert notes[1].tail.startswith(" לתתּו, ובשנת 1885")
    assert "\u21a9" not in " ".join(texts(root, "//t:text"))


def test_the_distributors_credit_line_goes_to_the_header():
    root, _ = encode(PANDOC_PLAIN, "letters.txt")
    assert "בן־יהודה" not in " ".join(texts(root, "//t:body"))
    assert texts(root, "//t:sourceDesc//t:note[@type='distributor']") == [
        "את הטקסט לעיל הפיקו מתנדבי פרויקט בן־יהודה באינטרנט. הוא זמין תמיד בכתובת "
        "הבאה:https://benyehuda.org/read/93"]


def test_back_references_without_their_markers_stay_text():
    root, _ = encode("Title\n\nA text with no markers at all.\n\nAnother line.\n\n"
                     "Some note.  \u21a9\n", "doc.txt")
    assert xp(root, "//t:body//t:note") == []
    assert "Some note." in " ".join(texts(root, "//t:body//t:p"))


# ------------------------------------------------------------------ Hebrew letters (F4)

TWO_LETTERS = ("אגרות\n\n[הקדמת העורך על המכתבים האלה ועל מקורם.]\n\nלה\n\nאָדון נכבּד!\n\n"
               "זה ראשית דברי אליך וזה החלי לבוא עמך בּדברים, וכבר אָנוס אני לבקש מחילה.\n\n"
               "מוקירך ומכבּדך העומד לשרת לפניך\n\nדוד פרישמאַנן\n\n"
               "[לאָדז, ג' יאנואר, 1885].\n\nלו\n\nאדוני איש חמודות!\n\n"
               "מכתּבך הנכבּד עם מאמר הגדול הובאו לי במועדם ואחריהם גם מכתּבך הגלוי.\n\n"
               "והנני נותן לך את בּריתי שלום ואת תּודתי על אמונתך אשר נתתּ בי.\n\n"
               "מוקירך ומכבּדך\n\nדוד פרישמאַנן.\n\n\n\nг.Варшава , 21 Января, 1885\n")


def test_hebrew_numbers_over_salutations_begin_letters():
    root, _ = encode(TWO_LETTERS, "letters.txt")
    letters = xp(root, "//t:body//t:div[@type='letter']")
    assert [texts(d, "t:head") for d in letters] == [["לה"], ["לו"]]
    assert [texts(d, "t:opener/t:salute") for d in letters] == [["אָדון נכבּד!"],
                                                               ["אדוני איש חמודות!"]]
    assert [texts(d, "t:closer/t:salute") for d in letters] == [
        ["מוקירך ומכבּדך העומד לשרת לפניך"], ["מוקירך ומכבּדך"]]
    assert [texts(d, "t:closer/t:signed") for d in letters] == [["דוד פרישמאַנן"],
                                                               ["דוד פרישמאַנן."]]


def test_a_dateline_under_the_signature_closes_the_letter():
    root, _ = encode(TWO_LETTERS, "letters.txt")
    first, second = xp(root, "//t:body//t:div[@type='letter']")
    assert texts(first, "t:closer/t:dateline/t:supplied") == ["לאָדז, ג' יאנואר, 1885"]
    assert xp(first, "t:closer/t:dateline//t:date/@when") == ["1885-01-03"]
    assert xp(second, "t:closer/t:dateline//t:date/@when") == ["1885-01-21"]
    assert xp(second, "t:opener/t:dateline") == []


def test_one_letter_dated_at_its_end_keeps_its_body_out_of_the_opener():
    """The scouts' repro: a short letter whose Russian dateline stands at the end was
    read as an opener of five address lines."""
    root, _ = encode("לו\n\nאדוני איש חמודות!\n\nמכתּבך הנכבּד הובאו לי במועדם.\n\n"
                     "והנני נותן לך את בּריתי שלום.\n\nמוקירך ומכבּדך\n\nדוד פרישמאַנן.\n\n"
                     "\n\nг.Варшава , 21 Января, 1885\n", "letter.txt")
    assert xp(root, "//t:opener/t:seg") == []
    assert texts(root, "//t:opener/t:salute") == ["אדוני איש חמודות!"]
    assert texts(root, "//t:closer/t:signed") == ["דוד פרישמאַנן."]
    assert xp(root, "//t:closer/t:dateline//t:date/@when") == ["1885-01-21"]


# ------------------------------------------------------------------ verse without capitals (F1)

GORDON = ("מִכְתָּב בַּחֲרוּזִים\n\n" + "\n\n".join([
    "מִכְתָּבְךָ קָרָאתִי.", "אַף אָמְנָם חָטָאתִי,", "אֲהוּבִי, נֶגְדֶּךָ,", "כִּי כָל מִכְתָּבֶיךָ",
    "אֲשֶׁר אֵלַי בָּאוּ", "מַעֲנֶה לֹא מָצָאוּ.", "אֲבָל לִבִּי תָּמִים", "אִתְּךָ כָּל הַיָּמִים,",
    "לֹא מָעַלְתִּי מָעַל;", "עֵדִי בִּשְׁמֵי מָעַל!", "וּכְמוֹ בְּיַלְדוּתֵנוּ", "עֵת שִׂחַקְנוּ שְׁנֵינוּ",
    "כִּי חֲמוֹדוֹת אַתָּה", "לִידִידְךָ מִנֹּעַר"]) + "\n")


def test_rhymed_lines_in_a_caseless_script_are_a_poem():
    root, _ = encode(GORDON, "gordon.txt")
    assert xp(root, "//t:body//t:lg/@type") == ["poem"]
    lines = texts(root, "//t:body//t:lg/t:l")
    assert lines[0] == "מִכְתָּבְךָ קָרָאתִי." and lines[-1] == "לִידִידְךָ מִנֹּעַר"
    assert len(lines) == 14
    assert xp(root, "//t:body//t:closer") == [] and xp(root, "//t:body//t:p") == []


def test_short_unrhymed_hebrew_paragraphs_stay_paragraphs():
    text = "כותרת\n\n" + "\n\n".join(f"שורה מספר {w}" for w in (
        "אחת", "שתיים", "שלוש", "ארבע", "חמש", "שש", "שבע", "שמונה", "תשע", "עשר",
        "אחת עשרה", "שתים עשרה")) + "\n"
    root, _ = encode(text, "prose.txt")
    assert xp(root, "//t:body//t:lg") == []
    assert len(xp(root, "//t:body//t:p")) == 12


# ------------------------------------------------------------------ a Japanese letter (F4, F5)

def test_a_japanese_letters_opening_formula_is_its_salutation():
    root, _ = encode(AOZORA, "shiki.html")
    assert texts(root, "//t:body//t:opener/t:salute") == ["拝啓。"]
    assert texts(root, "//t:body//t:opener/following-sibling::t:p[1]")[0].startswith(
        "実例につきて評せよとの御言葉御尤")


def test_a_heading_classed_author_is_the_author_not_a_section():
    page = AOZORA.replace('<div class="main_text">',
                          '<h2 class="author">正岡子規</h2>\n<div class="main_text">')
    root, _ = encode(page, "shiki.html")
    assert xp(root, "//t:body//t:div[t:head='正岡子規']") == []
    assert "正岡子規" not in " ".join(texts(root, "//t:body"))
    assert texts(root, "//t:sourceDesc//t:note[@type='author']") == ["正岡子規"]


def test_the_era_date_under_a_japanese_letter_is_its_closing_dateline():
    root, _ = encode(AOZORA, "shiki.html")
    assert texts(root, "//t:body//t:closer/t:dateline") == ["（明治三十一年二月二十一日）"]
    assert xp(root, "//t:body//t:closer/t:dateline/t:date/@when") == ["1898-02-21"]
    assert xp(root, "//t:body//t:opener/t:seg") == []


def test_an_aozora_page_turn_annotation_is_a_page_break():
    page = AOZORA.replace("候也。<br />", "候也。<br />\n<span class=\"notes\">［＃改ページ］"
                          "</span><br />\n次の頁の文。<br />")
    root, _ = encode(page, "shiki.html")
    assert "改ページ" not in " ".join(texts(root, "//t:text"))
    assert len(xp(root, "//t:body//t:pb")) == 1
    assert texts(root, "//t:body//t:pb/following::t:p[1]") == ["次の頁の文。"]


# ------------------------------------------------------------------ a dated title (F2)

def test_a_first_line_naming_a_month_over_a_speech_is_its_title_and_date():
    root, _ = encode("मन की बात, अप्रैल 2015\n\nमेरे प्यारे देशवासियो, नमस्कार, मन की बात करने का "
                     "मन नहीं हो रहा था आज। बोझ अनुभव कर रहा हूँ।\n", "speech.txt")
    assert texts(root, "//t:titleStmt/t:title") == ["मन की बात, अप्रैल 2015"]
    assert xp(root, "//t:profileDesc/t:creation/t:date/@when") == ["2015-04"]
    assert xp(root, "//t:body//t:dateline") == []


# ------------------------------------------------------------------ a quoted poem (F1)

def test_an_indented_short_line_between_prose_is_a_quotation():
    page = AOZORA.replace(
        "と存候。<br />",
        "と存候。さて人丸の歌にかありけん<br />\n<br />\n"
        "<div class=\"jisage_2\" style=\"margin-left: 2em\">\n"
        "もののふの八十氏川の網代木にいざよふ波のゆくへ知らずも<br />\n</div>\n<br />\n"
        "といふがしばしば引きあひに出されるやうに存候。この歌万葉時代に流行せる一気呵成の"
        "調にて候。<br />")
    root, _ = encode(page, "shiki.html")
    assert texts(root, "//t:body//t:quote") == [
        "もののふの八十氏川の網代木にいざよふ波のゆくへ知らずも"]
    assert texts(root, "//t:body//t:quote/following-sibling::t:p[1]")[0].startswith("といふが")
    assert xp(root, "//t:body//t:quote/t:lg") == []     # (one quotation: no evidence of verse)


def test_two_short_unpunctuated_quotations_are_quoted_verse():
    tanka = ("<div class=\"jisage_2\" style=\"margin-left: 2em\">\n{}<br />\n</div>\n<br />\n")
    page = AOZORA.replace(
        "と存候。<br />",
        "と存候。さて人丸の歌にかありけん<br />\n<br />\n"
        + tanka.format("もののふの八十氏川の網代木にいざよふ波のゆくへ知らずも")
        + "といふがしばしば引きあひに出されるやうに存候。この歌万葉時代に流行せる一気呵成の"
        "調にて候。<br />\n<br />\n"
        + tanka.format("月見れば千々に物こそ悲しけれ我身一つの秋にはあらねど")
        + "といふ歌は最も人の賞する歌なり。上三句はすらりとして難なけれども候。<br />")
    root, _ = encode(page, "shiki.html")
    assert xp(root, "//t:body//t:quote/t:lg/@type") == ["poem", "poem"]
    assert texts(root, "//t:body//t:quote/t:lg/t:l") == [
        "もののふの八十氏川の網代木にいざよふ波のゆくへ知らずも",
        "月見れば千々に物こそ悲しけれ我身一つの秋にはあらねど"]
