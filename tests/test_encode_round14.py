"""Round 14 of the scouting (issue 8, /work/scout/REPORT14.md): legal formulas, diary
heads and page headings of legal, institutional and personal papers; one small
real-world-derived example per rule."""
from __future__ import annotations

from teiquery import encode, texts, xp

# ------------------------------------------------------------------------------- dates


def test_an_acts_clause_over_a_signature_without_seal_is_its_closer():
    """A treaty's "Done at Paris, …" over a signature with no "(L.S.)": encode crashed
    (IndexError) on main 08c390d."""
    root, _ = encode("Treaty\n\nThe parties agree.\n\nDone at Paris, the 1st day of May, "
                     "1920.\n\nJohn Smith.\n")
    assert xp(root, "//t:closer/t:dateline/t:date/@when") == ["1920-05-01"]
    assert texts(root, "//t:closer/t:signed") == ["John Smith."]


def test_a_wills_testimonium_is_its_dateline():
    """George Vollmer's will (Defiance County probate record, 1883): "In testimony,
    whereof, I have hereunto set my hand and seal, this 21st day of September A.D. 1883"."""
    root, _ = encode("George Vollmer Will\n\nI do hereby revoke all former wills by me made."
                     "\n\nIn testimony, whereof, I have hereunto set my hand and seal, this 21st "
                     "day of September A.D. 1883\n\nGeorge Vollmer.\n")
    assert xp(root, "//t:closer/t:dateline/t:date/@when") == ["1883-09-21"]
    assert xp(root, "//t:creation/t:date/@when") == ["1883-09-21"]


def test_a_testimonium_with_the_year_in_words_dates_the_will():
    """Millard Fillmore's will (1865): the testimonium in a paragraph, the year in words,
    the signature under it."""
    root, _ = encode("Will\n\nI give one thousand dollars to the Buffalo Orphan Asylum.\n\n"
                     "In witness whereof I have hereunto set my hand and seal at Buffalo this "
                     "8th day of December eighteen hundred and sixty-five.\n\nMILLARD FILLMORE"
                     "\n")
    assert xp(root, "//t:creation/t:date/@when") == ["1865-12-08"]
    assert xp(root, "//t:body//t:date/@when")[0] == "1865-12-08"


def test_a_diary_head_with_a_dotted_date_is_its_dateline():
    """Chaim Arlosoroff's Geneva diary (1926, Ben-Yehuda Project): "Geneva 1.6.26", the
    day first, the year in two figures; "1.6.1926" likewise."""
    for head, when in (("Geneva 1.6.26", "1926-06-01"), ("Geneva 1.6.1926", "1926-06-01")):
        root, _ = encode(f"Diary\n\n{head}\n\nIn pouring rain we arrived here yesterday.\n")
        assert xp(root, "//t:dateline/t:date/@when") == [when]


def test_a_numbered_clause_is_no_dotted_date():
    """A rule's number "§ 1.2.12" or a sentence's "version 2.1.10" is not a date."""
    root, _ = encode("Rules\n\nSee § 1.2.12\n\nWe installed version 2.1.10 yesterday.\n")
    assert xp(root, "//t:date") == []


def test_hebrew_month_names_with_their_preposition():
    """Shmaryahu Levin's letters (1914, Ben-Yehuda Project): "ניו-יורק, 10 בספטמבר 1914"."""
    root, _ = encode("מכתב\n\nניו-יורק, 10 בספטמבר 1914\n\nידידי החביב!\n\nקבלתי את מכתבך.\n")
    assert xp(root, "//t:dateline/t:date/@when") == ["1914-09-10"]


# ------------------------------------------------------------------------------- pages


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


def test_a_page_word_inside_a_paragraph_stays_text():
    """"Seite 5" as a line of a hard-wrapped paragraph is the text's, not a page."""
    root, _ = encode("Brief\n\nWie ich auf der\nSeite 5\ndes Buches las, ist es so.\n")
    assert xp(root, "//t:pb") == []


# ------------------------------------------------------------------------- separators


def test_a_short_rule_alone_is_a_separator():
    """The Russian diary's Word paragraph "---" between two pages' text: left out, as
    Markdown reads it, and reported."""
    root, _ = encode("Дневник\n\nПервая часть текста.\n\n---\n\nВторая часть текста.\n")
    assert "---" not in "".join(root.itertext())
    assert texts(root, "//t:body//t:p") == ["Первая часть текста.", "Вторая часть текста."]


# ---------------------------------------------------------------------- parentheses


def test_a_seal_mark_in_a_deed_is_no_stage_direction():
    """A Kaufcontract of the Amt Bückeburg (1849): "(L.S.)", the place of the seal, under
    the officials' names; in a play the same line would be a <stage>."""
    root, _ = encode("Kaufcontract\n\nSo geschehen Bückeburg, d. 5. Sept. 1849.\n\n"
                     "Fürstlich Schaumburg-Lippes Amt.\n\nHocker König\n\n(L.S.)\n")
    assert xp(root, "//t:stage") == []
    assert "(L.S.)" in texts(root, "//t:body//t:p")


# -------------------------------------------------------------------------- letters


def test_letters_one_after_another_with_initials_and_hebrew_forms():
    """Shmaryahu Levin's letters (1914, Ben-Yehuda Project), in English and in Hebrew: the
    signature "S. Levin" under "With cordial greetings, yours" was <p n="S">; the Hebrew
    salutations and closings were not seen."""
    root, _ = encode("<html><body><p>To Dr A. Hantke, Berlin</p><p>New York, 10 September "
                     "1914</p><p>My dear friend!</p><p>Only on Monday did I receive the first "
                     "sign of life from you.</p><p>With cordial greetings, yours</p>"
                     "<p>S. Levin</p><hr /><p>To Chaim Weizmann, Manchester</p><p>New York, 2 "
                     "October 1914</p><p>Dear Chaim,</p><p>It is very hard to give a clear "
                     "picture from afar.</p><p>S. Levin</p></body></html>", "letters.html")
    assert len(xp(root, "//t:div[@type='letter']")) == 2
    assert texts(root, "//t:signed") == ["S. Levin", "S. Levin"]
    assert xp(root, "//t:p[@n]") == []
    root, _ = encode("מכתבים\n\nניו-יורק, 10 בספטמבר 1914\n\nידידי החביב!\n\nרק ביום שני "
                     "קיבלתי את סימן החיים הראשון ממך.\n\nבדרישות שלום לבביות, שלך\n\nש. לוין\n"
                     "\nניו-יורק, 2 באוקטובר 1914\n\nחיים חביבי,\n\nקשה מאוד לתת ממרחקים "
                     "תמונה ברורה.\n\nש. לוין\n")
    assert texts(root, "//t:salute") == ["ידידי החביב!", "בדרישות שלום לבביות, שלך",
                                         "חיים חביבי,"]
    assert texts(root, "//t:signed") == ["ש. לוין", "ש. לוין"]
