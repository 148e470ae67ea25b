"""OpenITI mARkdown (formats.openiti), after scout round 29 F3: the Open Islamicate Texts
Initiative's texts read as what they are, never as Markdown.

The inputs are written here in the scheme's syntax (github.com/OpenITI/mARkdown_scheme).
Their Arabic words are from Ibn Qutayba's ʿUyūn al-akhbār (d. 276 AH: the text is in the
public domain), the chapter "السر وكتمانه وإعلانه" as scout round 29 cut it from
OpenITI/0300AH (corpus29/README.md); the markup, the header and the cuts are ours, so no
OpenITI file (CC BY-NC-SA 4.0) is copied."""
from __future__ import annotations

import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from lxml import etree
from teiquery import encode, encoded_valid, texts, xp
from test_encode_formats_properties import SETTINGS

from teikit.formats import detect

from wordcheck import missing_words, words

HEADER = """######OpenITI#

#META# 000.BookURI\t:: #0276.IbnQutaybaDinawari.CuyunAkhbar
#META# 010.AuthorNAME\t:: أبو محمد عبد الله بن مسلم بن قتيبة الدينوري
#META# 011.AuthorBORN\t:: NOTGIVEN
#META# 011.AuthorDIED\t:: 276
#META# 020.BookTITLE\t:: عيون الأخبار
#META# 043.EdPUBLISHER\t:: دار الكتب العلمية -بيروت
#META# 045.EdYEAR\t:: 1418 هـ

#META#Header#End#
"""

CHAPTER = HEADER + """# PageV01P095
### | السر وكتمانه وإعلانه
# حدثنى أحمد بن الخليل قال: حدثنا محمد بن الحصيب قال: حدثني أوس بن عبد
~~الله بن بريدة عن أخيه سهل عن بريدة قال ms001 قال رسول الله صلى الله عليه
~~وسلم:
### || باب
# أخبرني بعض أصحابنا قال: دخل ابن أبي محجن «1» الثقفي على معاوية، فقال
~~له معاوية: أبوك الذي يقول: [طويل]
# إذا مت فادفني إلى أصل كرمة %~% تروي عظامي بعد موتي عروقها
# PageV01P096
# ولا تدفنني في الفلاة فإنني %~% أخاف وراء الموت أن لا أذوقها
# فقال ابن أبي محجن: لو شئت ذكرت أحسن من هذا من شعره.
"""


def body(root) -> etree._Element:
    return xp(root, "//t:text")[0]


def test_the_magic_line_the_names_and_the_markers_choose_openiti():
    assert detect("book.txt", CHAPTER.encode()) == "openiti"
    bare = "# PageV01P001\n# أول\n~~ثان\n# ثالث\n".encode()
    assert detect("0276IbnQutaybaDinawari.CuyunAkhbar.Shamela0023790-ara1", bare) == "openiti"
    assert detect("text.mARkdown", "#META# 020.BookTITLE :: عنوان\n# كلام\n".encode()) \
        == "openiti"
    # Markdown with headings is not OpenITI, nor is a text without the scheme's markers
    assert detect("notes.md", b"# Title\n\n# Another\n\nText.\n") == "markdown"
    assert detect("notes.txt", "# أول\n# ثان\n# ثالث\n# رابع\n".encode()) != "openiti"


def test_the_header_goes_to_the_tei_header_never_the_text():
    root, result = encode(CHAPTER, "book.txt")
    assert result.source_format == "openiti"
    assert texts(root, "//t:titleStmt/t:title")[0] == "عيون الأخبار"
    notes = {n.get("type"): " ".join("".join(n.itertext()).split())
             for n in xp(root, "//t:sourceDesc//t:note")}
    assert notes["author"] == "أبو محمد عبد الله بن مسلم بن قتيبة الدينوري"
    assert notes["author-died-ah"] == "276"
    assert notes["publisher"] == "دار الكتب العلمية -بيروت"
    assert notes["year-of-the-edition"] == "1418 هـ"
    assert notes["openiti-uri"] == "#0276.IbnQutaybaDinawari.CuyunAkhbar"
    text = " ".join("".join(body(root).itertext()).split())
    for sign in ("#META#", "OpenITI", "NOTGIVEN", "~~", "%~%", "PageV", "###", "ms001"):
        assert sign not in text
    assert any("NOTGIVEN" in item.text for item in result.left_out)   # a placeholder: reported


def test_paragraphs_join_their_continuation_lines_and_headings_nest_by_bars():
    root, _ = encode(CHAPTER, "book.txt")
    heads = xp(root, "//t:body//t:div[@type='section']/t:head")
    assert [" ".join(h.itertext()) for h in heads] == ["السر وكتمانه وإعلانه", "باب"]
    inner = xp(root, "//t:div[t:head='السر وكتمانه وإعلانه']/t:div[t:head='باب']")
    assert len(inner) == 1                                    # "### ||" inside "### |"
    first = xp(root, "//t:div[t:head='السر وكتمانه وإعلانه']/t:p")[0]
    assert " ".join("".join(first.itertext()).split()) == (
        "حدثنى أحمد بن الخليل قال: حدثنا محمد بن الحصيب قال: حدثني أوس بن عبد الله بن "
        "بريدة عن أخيه سهل عن بريدة قال قال رسول الله صلى الله عليه وسلم:")
    assert xp(first, "t:milestone[@unit='ms']/@n") == ["1"]
    assert not xp(root, "//t:sp")                     # "… قال:" opens a narration, no turn


def test_pages_carry_the_printed_number_and_the_volume_is_a_milestone():
    root, _ = encode(CHAPTER, "book.txt")
    assert xp(root, "//t:pb/@n") == ["95", "96"]
    assert xp(root, "//t:body//t:milestone[@unit='volume']/@n") == ["1"]
    assert xp(root, "//t:lg/t:pb/@n") == ["96"]       # the page turns inside the verse


def test_verse_is_an_lg_of_lines_with_their_caesura_and_metre_label():
    root, _ = encode(CHAPTER, "book.txt")
    lg = xp(root, "//t:lg")
    assert len(lg) == 1
    assert texts(lg[0], "t:label[@type='metre']") == ["طويل"]
    lines = xp(lg[0], "t:l")
    assert [len(xp(ln, "t:caesura")) for ln in lines] == [1, 1]
    first = lines[0]
    assert " ".join((first.text or "").split()) == "إذا مت فادفني إلى أصل كرمة"
    assert " ".join((xp(first, "t:caesura")[0].tail or "").split()) == \
        "تروي عظامي بعد موتي عروقها"
    intro = texts(root, "//t:p[following-sibling::*[1][self::t:lg]]")
    assert intro[-1].endswith("أبوك الذي يقول:")         # the label left the paragraph
    assert not xp(root, "//t:supplied")


def test_shamela_dots_are_a_caesura_only_with_evidence_in_the_document():
    verse = HEADER + ("# وقال آخر: [بسيط]\n"
                      "# ولو قدرت على نسيان ما اشتملت ... مني الضلوع من الأسرار والخبر\n"
                      "# لكنت أول من ينسى سرائره ... إذ كنت من نشرها يوما على خطر\n")
    root, _ = encode(verse, "book.txt")
    assert [len(xp(ln, "t:caesura")) for ln in xp(root, "//t:lg/t:l")] == [1, 1]
    assert texts(root, "//t:lg/t:label") == ["بسيط"]
    prose = HEADER + ("# قيل لأعرابي: كيف كتمانك للسر ... قال: ما قلبي له إلا قبر\n"
                      "# وقيل لمزيد: أي شيء تحت حضنك؟ فقال: يا أحمق، لم خبأته.\n")
    root, _ = encode(prose, "book.txt")
    assert not xp(root, "//t:lg")                      # one line of dots, no evidence
    assert "كيف كتمانك للسر ... قال" in " ".join(texts(root, "//t:body//t:p"))


def test_analytical_tags_are_left_out_and_reported():
    tagged = HEADER + "# ثم توفي @YD597 سنة سبع وتسعين @TOP02 بمدينة واسط @MATN@ وهو ثقة\n"
    root, result = encode(tagged, "book.txt")
    assert texts(root, "//t:body//t:p") == ["ثم توفي 597 سنة سبع وتسعين بمدينة واسط وهو ثقة"]
    assert any("@TOP02" in item.text for item in result.left_out)


def test_cli_encodes_an_openiti_file_without_extension(tmp_path):
    from test_encode_cli import run
    src = tmp_path / "0276IbnQutaybaDinawari.CuyunAkhbar.Shamela0023790-ara1"
    src.write_text(CHAPTER, encoding="utf-8")
    out = tmp_path / "book.xml"
    proc = run("encode", src, "-o", out)
    assert proc.returncode == 0, proc.stderr
    root = etree.parse(str(out)).getroot()
    assert xp(root, "//t:pb/@n") == ["95", "96"]
    assert len(xp(root, "//t:l/t:caesura")) == 2


# ---------------------------------------------------------------------------- properties

AR_WORD = st.from_regex(r"[\u0627-\u064a]{2,7}", fullmatch=True)
PIECE = st.one_of(AR_WORD, AR_WORD, AR_WORD, st.sampled_from([
    " ", " ", "\n", "\n# ", "\n~~", "\n### | ", "\n### || ", " %~% ", " ... ",
    "\n# PageV01P012\n", " PageV02P003 ", " ms012 ", " [طويل]", "\n# [كامل]\n", " @TOP02 ",
    " @YB", "«1»", "\n#META# x :: y\n"]))
SIGNS = re.compile(r"%~%|PageV\d+P\d+|\bms\d+|@TOP\d\d|@YB(?=\d)|#META#[^\n]*|^~~|^#+ ?\|*|\[|\]",
                   re.M)


@pytest.mark.shared
@SETTINGS
@given(st.lists(PIECE, max_size=50).map("".join))
@example(text='اا\n# [كامل]\nاا %~% ')     # a metre label glued to its line (loss1)
def test_any_openiti_text_encodes_valid_and_keeps_its_words(tei_all_rng, text):
    encoded = encoded_valid(tei_all_rng, "######OpenITI#\n#META#Header#End#\n# " + text,
                            "gen.txt")
    if encoded is None:
        return
    _result, root = encoded
    assert not missing_words(words(SIGNS.sub(" ", text)), xp(root, "//t:text")[0])
