"""Round 35 of the scouting (/work/scout/REPORT35.md): diplomatic and semi-diplomatic
transcriptions. The inputs are written for these tests in the forms of the scouts'
documents (Kezia Miller's diary of 1911, a student edition in Markdown; CDLI catalogue
records and C-ATF transliterations of Old Babylonian letters; a Civil War veteran's letter
quoted in a blog post; Hyrum Smith's journal of 1839): the words are new, the forms theirs."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from teiquery import encode, texts, xp

# ------------------------------------------------- bare [n] in Markdown with footnotes (F1)

DIARY = ("# JUNE 1911\n\n"
         "[12]  \n**June 1st** Worked in the cannery all day.  \nWalked to the mill.\n"
         "[13]\n**June 2nd** Rained hard.[^1]\n"
         "[14]\n**June 3rd** Got home at 12:[5]0 and slept.\n\n"
         "[^1]: Original: *rane*\n"
         "[^6]: It is unclear what she meant.\n")


def test_bare_numbers_on_their_own_lines_are_pages_when_the_text_has_footnotes():
    """"[12]" alone on its line (a hard break, or a soft one, joins it to the entry's first
    line) in a rising run, in a text whose notes are "[^n]": the original's pages, never
    note definitions that swallow the day's entry."""
    root, _ = encode(DIARY, "june.md")
    assert [pb.get("n") for pb in xp(root, "//t:body//t:pb")] == ["12", "13", "14"]
    assert texts(root, "//t:body//t:p") == [
        "June 1st Worked in the cannery all day.Walked to the mill.",
        "June 2nd Rained hard.Original: rane",
        "June 3rd Got home at 12:50 and slept."]
    assert texts(root, "//t:body//t:note[@n='1']") == ["Original: rane"]


def test_a_bracketed_figure_inside_a_number_is_supplied_not_a_marker():
    """"12:[5]0": the editor's doubtful figure inside a time, never footnote 5's marker;
    footnote 6, which nothing refers to, stands at the end under its own number."""
    root, _ = encode(DIARY, "june.md")
    assert texts(root, "//t:body//t:supplied") == ["5"]
    assert xp(root, "//t:body//t:p[t:supplied]/text()")[-2:] == [" Got home at 12:",
                                                                  "0 and slept."]
    assert [n.get("n") for n in xp(root, "//t:body//t:note")] == ["1", "6"]
    assert texts(root, "//t:body//t:note[@n='6']") == ["It is unclear what she meant."]


def test_a_run_of_bare_numbers_without_footnotes_needs_three_rising_by_one():
    root, _ = encode("# Day book\n\n[3]\n\nWent out.\n\n[4]\n\nCame in.\n\n[5]\n\nSlept.\n",
                     "book.md")
    assert [pb.get("n") for pb in xp(root, "//t:body//t:pb")] == ["3", "4", "5"]


def test_bare_numbers_answered_by_a_note_list_stay_notes():
    """Without Markdown footnotes, "[1]" … "[3]" with a note list "[1] text" in the same
    form are markers, not pages."""
    root, _ = encode("# Essay\n\nFirst claim.\n[1]\n\nSecond claim.\n[2]\n\nThird.\n[3]\n\n"
                     "[1] Smith, p. 4.\n\n[2] Jones, p. 9.\n\n[3] Brown, p. 1.\n", "essay.md")
    assert not xp(root, "//t:body//t:pb")
    assert texts(root, "//t:body//t:note") == ["Smith, p. 4.", "Jones, p. 9.", "Brown, p. 1."]


# ------------------------------------------------ footnote labels and empty ones (F14)


def test_numeric_footnote_labels_are_kept_as_the_notes_numbers():
    root, _ = encode("Got to[^4] S.B.[^5] at 11:00. Home by[^9] noon.\n\n"
                     "[^4]: Probably Mishawaka.\n[^5]: South Bend\n[^9]: Refer to footnote #5.\n",
                     "diary.md")
    assert [(n.get("n"), "".join(n.itertext())) for n in xp(root, "//t:body//t:note")] == [
        ("4", "Probably Mishawaka."), ("5", "South Bend"), ("9", "Refer to footnote #5.")]


def test_named_footnote_labels_are_numbered_in_order():
    root, _ = encode("One[^a] two[^b].\n\n[^b]: Bee.\n[^a]: Ay.\n", "doc.md")
    assert [(n.get("n"), "".join(n.itertext())) for n in xp(root, "//t:body//t:note")] == [
        ("1", "Ay."), ("2", "Bee.")]


def test_an_empty_footnote_definition_is_reported_and_its_marker_left_out():
    root, result = encode("Got to[^4] S.B.[^5] at 11:00.\n\n[^4]:\n[^5]: South Bend\n",
                          "diary.md")
    assert texts(root, "//t:body//t:p") == ["Got to S.B.South Bend at 11:00."]
    assert [n.get("n") for n in xp(root, "//t:body//t:note")] == ["5"]
    assert "note-empty" in [d.code for d in result.diagnostics]


# ------------------------------------------------------ strike-through as deletion (F2)


def test_struck_words_in_a_transcription_are_deletions():
    """A text with its editorial signs ("[?]", letters restored in a word, the original's
    page numbers on lines of their own): "~~me~~" is the writer's crossing out."""
    root, _ = encode("[5]\n\nKit wanted ~~me~~ to go too but a [?] friend came.\n\n"
                     "[6]\n\nMrs. [R]aybell called.\n", "diary.md")
    assert texts(root, "//t:body//t:del[@rend='strikethrough']") == ["me"]
    assert not xp(root, "//t:body//t:hi[@rend='strikethrough']")


def test_struck_words_in_a_web_page_stay_typography():
    root, _ = encode("# Sale\n\nWas ~~$40~~, now $30 [see terms].\n", "shop.md")
    assert texts(root, "//t:body//t:hi[@rend='strikethrough']") == ["$40"]
    assert not xp(root, "//t:body//t:del")


@settings(max_examples=25, deadline=None)
@given(st.lists(st.integers(min_value=1, max_value=400), min_size=2, max_size=5, unique=True))
def test_rising_bare_numbers_with_footnotes_are_pages_whatever_they_are(numbers):
    numbers = sorted(numbers)
    body = "".join(f"[{n}]\nEntry of page {n}.[^1]\n\n" if k == 0 else f"[{n}]\nEntry {n}.\n\n"
                   for k, n in enumerate(numbers))
    root, _ = encode("# Diary\n\n" + body + "[^1]: A note.\n", "diary.md")
    assert [int(pb.get("n")) for pb in xp(root, "//t:body//t:pb")] == numbers
    assert texts(root, "//t:body//t:note") == ["A note."]


# ------------------------------------------------ a catalogue's records are no play (F3)

RECORDS = ("Primary publication: AbB 02, 011\nAuthor(s): Frankena, Rintje, \n"
           "Publication date: 1966\nMuseum no.: BM 080318\n"
           "Accession no.: 1894-11-14, 0052\nProvenience: \n"
           "Period: Old Babylonian (ca. 1900-1600 BC)\nGenre: Letter\nTransliteration:\n"
           "1. a-na be-li2-ia\n2. qi2-bi2-ma\n\n\n"
           "Primary publication: AbB 02, 012\nAuthor(s): Frankena, Rintje, \n"
           "Publication date: 1966\nMuseum no.: BM 080401\n"
           "Accession no.: 1894-11-14, 0135\nProvenience: \n"
           "Period: Old Babylonian (ca. 1900-1600 BC)\nGenre: Letter\nTransliteration:\n"
           "1. a-na a-bi-ia\n2. qi2-bi2-ma\n")


def test_one_field_a_line_records_are_no_turns():
    """Labels once per record, in the same order, values of a few words, "Provenience: "
    empty: a record's fields, not ten speakers (the record's text under its last label
    stays with it)."""
    root, _ = encode(RECORDS, "abb-02.txt")
    assert not xp(root, "//t:sp") and not xp(root, "//t:particDesc")
    paras = texts(root, "//t:body//t:p")
    assert "Period: Old Babylonian (ca. 1900-1600 BC)" in paras
    assert "Provenience:" in paras
    assert any("catalogue record's fields" in p for p in texts(root, "//t:editorialDecl//t:p"))


def test_a_dialogue_of_short_turns_is_still_a_dialogue():
    """Speakers who come back with sentences are turns, however short the lines."""
    root, _ = encode("INTERVIEW\n\nSMITH: Where were you born?\nJONES: In Leeds, in 1921.\n"
                     "SMITH: And your father?\nJONES: A miner, like his father.\n"
                     "SMITH: Did you go down the pit?\nJONES: Never. My mother saw to that.\n",
                     "interview.txt")
    assert [s.get("who") for s in xp(root, "//t:sp")] == ["#smith", "#jones"] * 3


# --------------------------------------------- an accession number is no date (F5)


def test_a_registration_number_is_not_the_documents_date():
    root, _ = encode(RECORDS, "abb-02.txt")
    assert not xp(root, "//t:creation/t:date")
    assert not xp(root, "//t:sourceDesc//t:date[@when='1894-11-14']")


def test_an_iso_date_run_on_by_a_number_is_an_identifier():
    root, _ = encode("Register\n\nEntry: 1901-02-03, 0117\n\nA bowl of red clay.\n", "reg.txt")
    assert not xp(root, "//t:creation/t:date[@when='1901-02-03']")


# ------------------------------------------------------------ ATF, CDLI's format (F4)

ATF = ("&P100001 = TCL 01, 001\n#atf: lang akk\n@tablet\n@obverse\n"
       "1. [a-na] be-li2-ia\n2. qi2-bi2-[ma]\n3. um-ma x [...]\n$ rest broken\n"
       "@reverse\n$ beginning broken\n1'. [x x] x _a-sza3_ [...]\n2'. ub-lam\n")


def test_atf_is_recognised_and_its_structure_lines_are_divisions():
    root, result = encode(ATF, "tcl-01-001.atf")
    assert result.source_format == "atf"
    assert texts(root, "//t:titleStmt/t:title") == ["TCL 01, 001"]
    assert texts(root, "//t:body//t:head") == ["TCL 01, 001", "tablet", "obverse", "reverse"]
    assert xp(root, "//t:langUsage/t:language/@ident") == ["akk"]
    body = "".join(root.xpath("string(//*[local-name()='body'])"))
    for markup in ("@obverse", "@reverse", "#atf", "&P100001", "$ rest"):
        assert markup not in body


def test_atf_numbered_lines_are_numbered_line_beginnings():
    root, _ = encode(ATF, "tcl-01-001.atf")
    assert [lb.get("n") for lb in xp(root, "//t:body//t:lb[@n]")] == ["1", "2", "3", "1'", "2'"]
    obverse = xp(root, "//t:div[t:head='obverse']/t:p")[0]
    assert texts(root, "//t:div[t:head='obverse']/t:p[1]//t:supplied") == ["a-na", "ma"]
    assert " ".join("".join(obverse.itertext()).split()) == "a-na be-li2-ia qi2-bi2-ma um-ma x"


def test_atf_breaks_are_lost_signs_never_omissions_or_supplied():
    root, _ = encode(ATF, "tcl-01-001.atf")
    gaps = [(g.get("reason"), g.get("quantity"), g.get("unit"), "".join(g.itertext()))
            for g in xp(root, "//t:body//t:gap")]
    assert gaps == [("lost", None, None, ""), ("lost", None, None, "rest broken"),
                    ("lost", None, None, "beginning broken"), ("lost", "2", "chars", ""),
                    ("lost", None, None, "")]
    assert not xp(root, "//t:body//t:supplied[contains(., 'x')]")


def test_a_catalogue_record_over_an_atf_text_heads_its_division():
    root, _ = encode("Primary publication: TCL 01, 001\nAuthor(s): Thureau-Dangin, F.\n"
                     "Provenience: \nPeriod: Old Babylonian\nTransliteration:\n" + ATF,
                     "tcl.txt")
    assert not xp(root, "//t:sp")
    assert texts(root, "//t:body/t:div/t:head") == ["Primary publication: TCL 01, 001"]
    assert texts(root, "//t:body/t:div/t:div/t:head") == ["TCL 01, 001"]


def test_lost_signs_in_brackets_are_a_gap_in_any_transcription():
    """"[x x]" is two signs lost, never the letters "x x" supplied; "[x] Done" opening a
    line stays a ticked box."""
    root, _ = encode("Notes\n\nThe seal reads ka-[x x]-nu here.\n\n[x] Done\n", "n.txt")
    assert [(g.get("reason"), g.get("quantity")) for g in xp(root, "//t:body//t:gap")] == [
        ("lost", "2")]
    assert "[x] Done" in texts(root, "//t:body//t:p")


# ------------------------------------- an unnumbered page, a setext trap, a weekday (F10, F12, F13)

JOURNAL = ("## April 1839 – Prison Entries\n\n### Faithful Transcription\n\n"
           "[Prison, April 02, 1839 — Page ?]\nApril the 2 1839 this day\nthe guard went\n"
           "away early and we ate\n[End of page ?]\n\n### Modernized Transcription\n"
           "This day, the second of April, the guard went away early. We ate at noon and "
           "the jailer brought water.\n---\n*Prepared for the digital edition.*\n")


def test_an_end_of_page_mark_with_a_query_is_an_unnumbered_page_break():
    root, _ = encode(JOURNAL, "1839-04-02.md")
    assert [pb.attrib.get("n") for pb in xp(root, "//t:body//t:pb")] == [None]
    assert not xp(root, "//t:body//t:unclear")
    assert not [t for t in texts(root, "//t:body//t:p") if "End of page" in t]


def test_a_paragraph_of_sentences_over_a_rule_is_no_setext_heading():
    root, result = encode(JOURNAL, "1839-04-02.md")
    assert texts(root, "//t:body//t:head") == [
        "April 1839 – Prison Entries", "Faithful Transcription", "Modernized Transcription"]
    assert ("This day, the second of April, the guard went away early. We ate at noon and "
            "the jailer brought water.") in texts(root, "//t:body//t:p")
    assert any(o.code == "format-markup" and o.text == "---" for o in result.left_out)


def test_a_short_setext_heading_stays_a_heading():
    root, _ = encode("Chapter One\n-----------\n\nIt began in May.\n", "c.md")
    assert texts(root, "//t:body//t:head") == ["Chapter One"]


def test_a_weekday_alone_is_never_the_title():
    root, result = encode("##### THURSDAY\n**June 1st** Worked to-day.\n\n"
                          "##### FRIDAY\n**June 2nd** Worked to-day, Lottie came up.\n",
                          "june.md")
    assert texts(root, "//t:titleStmt/t:title") == ["Text encoded from june.md"]
    assert "no-title" in [d.code for d in result.diagnostics]
    assert "THURSDAY" in texts(root, "//t:body//t:head")


# --------------------------------------------- a letter quoted in an essay, Sir: run in (F7)

ESSAY = ("In February of 1886 Joseph Curren, a veteran of the Ohio infantry, wrote to his "
         "congressman about a bill that was then before the House.\n\n"
         "> Delaware, O., Feby 19th 1886\n>\n> Hon. W.C. Cooper\n>\n"
         "> Sir: House Bill No. 4902 now before committee on Pensions has been brought to "
         "my attention.\n>\n> I believe you will labor for the bill in its entirety.\n>\n"
         "> J.F. Curren\n\n"
         "He later started an insurance office in the town, and he wrote to the congressman "
         "twice more about the same bill.\n")


def test_a_quoted_letter_in_paragraphs_with_a_run_in_salutation():
    root, _ = encode(ESSAY, "pensions.md")
    letter = xp(root, "//t:body//t:floatingText[@type='letter']")
    assert len(letter) == 1
    assert texts(letter[0], ".//t:opener/t:dateline") == ["Delaware, O., Feby 19th 1886"]
    assert xp(letter[0], ".//t:opener/t:dateline/t:date/@when") == ["1886-02-19"]
    assert texts(letter[0], ".//t:opener/t:seg[@type='address']") == ["Hon. W.C. Cooper"]
    assert texts(letter[0], ".//t:opener/t:salute") == ["Sir:"]
    assert texts(letter[0], ".//t:p")[0] == ("House Bill No. 4902 now before committee on "
                                             "Pensions has been brought to my attention.")
    assert texts(letter[0], ".//t:closer/t:signed") == ["J.F. Curren"]
    assert len(xp(root, "/t:TEI/t:text/t:body/t:div/t:p")) == 2     # the essay's own


def test_a_quoted_passage_with_a_colon_is_no_letter():
    root, _ = encode("The report of the committee was read aloud to the members at the "
                     "meeting of the society in March.\n\n> Resolved: that the bill be "
                     "supported.\n>\n> The members agreed at once.\n>\n> Carried.\n\n"
                     "The society then adjourned until the following month, when the bill "
                     "was debated again.\n", "report.md")
    assert not xp(root, "//t:floatingText")
