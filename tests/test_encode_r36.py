"""Round 36 of the scouting (/work/scout/REPORT36.md): minutes and proceedings of councils,
cabinets, committees, boards and a club. The inputs are written for these tests in the
forms of the scouts' documents (a literary club's minute book transcribed in Markdown, a
school district's minute book, cabinet and advisory council minutes as a documents series
prints them, a community group's minutes written by Pandoc): the words are new, the forms
theirs."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from teiquery import encode, texts, xp

# ------------------------------- Markdown emphasis CommonMark leaves unmatched (F1, F2)

MINUTES = ("---\ntitle: Board Minutes 1908-1909\n---\n"
           "**SEPT. 8, 1908-MAY 4, 1909  \n****MS 41, Box 2, Book 3**\n\n"
           "[12]\n\n"
           "**Club Year 1908-1909.**\n\n"
           "The officers were elected by the Club in May.\n\n"
           "**  \nBoard Meeting, October 6th, 1908.**\n\n"
           "The Board met at the Club rooms at 11 A.M.\n\n"
           "_Committee on Lectures_Mrs. Ann Gray\n\n"
           "**  \nMeeting of November 3, 1908**\n\n"
           "The Board met at the home of the President.\n")


def test_a_bold_run_before_a_line_break_pairs_with_the_run_that_ends_the_paragraph():
    """"**␣␣⏎Board Meeting, …**": CommonMark cannot open bold before the break, so the
    signs stayed as text; they pair, and the paragraph is wholly bold (then a heading)."""
    root, _ = encode(MINUTES, "minutes.md")
    body = "".join(xp(root, "//t:body//text()"))
    assert "*" not in body and "_" not in body
    assert texts(root, "//t:body//t:head[not(@type)]") == [
        "Club Year 1908-1909.", "Board Meeting, October 6th, 1908.",
        "Meeting of November 3, 1908"]


def test_a_run_closed_after_a_break_before_the_next_bold_words():
    """"**SEPT. …␣␣⏎****MS 41 …**": the four signs close the first line's bold and open
    the next's."""
    root, _ = encode(MINUTES, "minutes.md")
    assert texts(root, "//t:body//t:hi[@rend='bold']") == [
        "SEPT. 8, 1908-MAY 4, 1909", "MS 41, Box 2, Book 3"]


def test_an_underscore_closed_before_a_letter_is_italic_with_the_space_restored():
    root, _ = encode(MINUTES, "minutes.md")
    assert texts(root, "//t:body//t:hi[@rend='italic']") == ["Committee on Lectures"]
    assert texts(root, "//t:body//t:p[t:hi[@rend='italic']]") == [
        "Committee on Lectures Mrs. Ann Gray"]


def test_bold_meeting_headings_open_divisions_holding_their_minutes():
    root, _ = encode(MINUTES, "minutes.md")
    divs = xp(root, "//t:body//t:div[t:head[not(@type)]]")
    assert [texts(d, "t:head") for d in divs] == [
        ["Club Year 1908-1909."], ["Board Meeting, October 6th, 1908."],
        ["Meeting of November 3, 1908"]]
    assert texts(divs[1], "t:p")[0] == "The Board met at the Club rooms at 11 A.M."
    assert xp(root, "//t:body//t:head/t:hi") == []


def test_lone_and_escaped_signs_stay_text():
    """A footnote's lone star, an identifier's underscores, escaped stars: no emphasis."""
    text = ("# Notes\n\nThe motion* was carried by file_name and other_name.\n\n"
            "Price \\*\\*not\\*\\* fixed.\n\n* The motion of May.\n")
    root, _ = encode(text, "notes.md")
    assert xp(root, "//t:body//t:hi") == []
    body = texts(root, "//t:body//t:p")
    assert "The motion* was carried by file_name and other_name." in body
    assert "Price **not** fixed." in body


def test_one_bold_paragraph_is_no_heading():
    """A single short bold paragraph in the text: emphasis, not the document's structure."""
    root, _ = encode("# Minutes\n\nThe Council met.\n\n**Secret**\n\nThe Clerk read.\n",
                     "one.md")
    assert texts(root, "//t:body//t:hi[@rend='bold']") == ["Secret"]
    assert texts(root, "//t:body//t:head[not(@type)]") == ["Minutes"]


def test_cabinet_items_set_in_bold_are_heads():
    text = ("---\ntitle: CABINET CONCLUSIONS\n---\n\nLondon, 4 March 1969\n\nSecret\n\n"
            " **Fisheries**\n\nTHE MINISTER said that the talks had ended.\n\n"
            " **Shipping**\n\nTHE PRESIDENT said that nothing was settled.\n")
    root, _ = encode(text, "cabinet.md")
    assert texts(root, "//t:body//t:div/t:head[not(@type)]") == ["Fisheries", "Shipping"]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.text(alphabet="ab *_\n", min_size=1, max_size=12), min_size=1, max_size=4))
def test_repair_keeps_every_letter(parts):
    """Whatever the signs, the repair drops none of the paragraph's letters."""
    from teikit.formats import marks, mdemphasis
    text = "".join(parts)
    new, _ = mdemphasis.repair(text, [(0, len(text))])
    assert [c for c in marks.plain(new) if c.isalnum()] == [c for c in text if c.isalnum()]


# ------------------------------------------------ a transcriber's brackets (F3)

def test_a_query_before_the_words_is_unclear_and_a_described_doubt_a_gap():
    text = ("Minutes of the Board.\n\nMrs. John [?Pirr] moved a vote, and the whole "
            "[?not sure of word?] of the fair was discussed.\n\n"
            "A reading by pupils of [?not sure of word] was proposed.\n")
    root, _ = encode(text, "board.txt")
    assert texts(root, "//t:body//t:unclear") == ["Pirr"]
    gaps = xp(root, "//t:body//t:gap")
    assert [(g.get("reason"), texts(g, "t:desc")) for g in gaps] == [
        ("illegible", ["not sure of word"]), ("illegible", ["not sure of word"])]
    assert xp(root, "//t:body//t:supplied") == []


def test_a_mark_of_the_records_end_is_an_editorial_note():
    text = "Minutes of the Board.\n\nThe Board adjourned.\n\n[END OF SEASON]\n"
    root, _ = encode(text, "board.txt")
    assert texts(root, "//t:body//t:note[@type='editorial']") == ["END OF SEASON"]
    assert xp(root, "//t:body//t:supplied") == []


# ------------------------------------------------ roman sub-clauses (F7)

def test_roman_sub_clauses_are_all_numbered():
    text = ("Minute 12\n\nThe position was summarised as follows:-\n\n"
            "(i) To gain time.\n\n(ii) To deter further action.\n\n(iii) To explore a "
            "settlement.\n\n(iv) To keep out of the war.\n\n(v) To ensure co-operation.\n")
    root, _ = encode(text, "minute.txt")
    assert [p.get("n") for p in xp(root, "//t:body//t:p[@n]")] == [
        "i", "ii", "iii", "iv", "v"]


def test_an_i_among_letters_stays_a_letter():
    text = ("Resolution\n\nThe Council resolved:\n\n(g) to meet;\n\n(h) to report;\n\n"
            "(i) to vote;\n\n(j) to adjourn.\n")
    root, _ = encode(text, "resolution.txt")
    assert [p.get("n") for p in xp(root, "//t:body//t:p[@n]")] == ["g", "h", "i", "j"]


# ------------------------------------------------ Pandoc's title block (F6)

def test_a_pandoc_title_block_under_front_matter_goes_to_the_header():
    text = ("---\nlayout: document\n---\n\n% Survey CG Call — 2021-03-04\n\n"
            "# Survey CG Call — Minutes\n\nThe call opened.\n")
    root, _ = encode(text, "call.md")
    assert texts(root, "//t:titleStmt/t:title") == ["Survey CG Call — 2021-03-04"]
    assert xp(root, "//t:body//t:placeName") == []
    assert "%" not in "".join(xp(root, "//t:body//text()"))


# ------------------------------------------------ a bold label in small letters (F4)

TELCO = ("# CG Telco\n\n**Ivan Herman:** Welcome all.\n\n**Tzviya Siegman:** Working with "
         "Wiley.\n\n**Ivan Herman:** Thanks.\n\n**carl:** With publish, focusing on "
         "education.\n\n**Tzviya Siegman:** Good.\n\n**Ivan Herman:** Next.\n")


def test_a_lower_case_bold_label_is_a_turn_where_bold_labels_are_proven():
    root, _ = encode(TELCO, "telco.md")
    assert texts(root, "//t:body//t:speaker") == [
        "Ivan Herman", "Tzviya Siegman", "Ivan Herman", "carl", "Tzviya Siegman",
        "Ivan Herman"]
    assert texts(root, "//t:sp[t:speaker='carl']/t:p") == [
        "With publish, focusing on education."]


def test_a_lower_case_bold_lead_in_without_bold_labels_stays_text():
    root, _ = encode("# Minutes\n\nThe Board met.\n\n**note:** the rooms are closed.\n\n"
                     "The Board adjourned.\n", "lead.md")
    assert xp(root, "//t:body//t:sp") == []
    assert texts(root, "//t:body//t:hi[@rend='bold']") == ["note:"]


# ------------------------------------------------ meeting datelines (F5), references (F9)

def test_a_meeting_reference_and_a_time_around_the_place_and_date():
    text = ("---\ntitle: Minutes of a Meeting of Ministers\n---\n\n"
            "CM(48) 7th Meeting (extracts) LONDON, 12 March 1948, 10.30 a.m.\n\n"
            "SECRET\n\nTHE MINISTER said that the report was ready.\n")
    root, _ = encode(text, "meeting.md")
    dl = xp(root, "//t:body//t:opener/t:dateline")
    assert len(dl) == 1
    assert texts(dl[0], "t:seg[@type='designation']") == ["CM(48) 7th Meeting (extracts)"]
    assert texts(dl[0], "t:placeName") == ["LONDON"]
    assert [d.get("when") for d in xp(dl[0], "t:date")] == ["1948-03-12T10:30:00"]


def test_a_document_type_word_before_the_place_is_no_part_of_it():
    text = ("---\ntitle: Council Minute 12\n---\n\nExtract SYDNEY, 3 June 1942\n\n"
            "MOST SECRET\n\nThe Council considered the report.\n")
    root, _ = encode(text, "extract.md")
    assert texts(root, "//t:body//t:dateline/t:placeName") == ["SYDNEY"]
    assert texts(root, "//t:body//t:dateline/t:seg[@type='designation']") == ["Extract"]


def test_an_archival_reference_holding_a_page_bracket_is_one_source_note():
    text = ("# Minute\n\nTHE MINISTER said that the report was ready.\n\n"
            "_[AB:C1234, [7]]_\n")
    root, result = encode(text, "ref.md")
    assert texts(root, "//t:body//t:note[@type='source']") == ["AB:C1234, [7]"]
    assert not [d for d in result.diagnostics if d.code in ("unclosed-bracket",
                                                            "unopened-bracket")]


# ------------------------------------------------ scribed minutes as a web page (F4)

SCRIBED = ("<!DOCTYPE html>\n<html lang=en><head><meta charset=utf-8><title>Maps CG call"
           "</title></head>\n<body><header><h1>Maps CG call</h1><p>2 June 2024</p></header>\n"
           "<div id=prelims><div id=attendees><h2>Attendees</h2>\n<dl class=intro><dt>Present"
           "</dt><dd>anna, bo</dd><dt>Regrets</dt><dd>-</dd><dt>Chair</dt><dd>anna</dd>"
           "<dt>Scribe</dt><dd>bo</dd></dl>\n</div></div>\n<main id=meeting><h2>Minutes</h2>\n"
           "<section><p class=phone><cite>anna:</cite> We start with the tiles.</p>\n"
           "<p class=phone><cite>bo:</cite> The tiles are ready for review.</p>\n"
           "<p class=summary>Tile Review: Styles, Labels and Colours in one pass</p>\n"
           "<p class=phone><cite>anna:</cite> Labels need another look.</p>\n"
           "<p class=phone><cite>bo:</cite> I will check them.</p>\n"
           "<p class=summary>Tile Review: Colours after the labels</p>\n"
           "<p class=phone><cite>anna:</cite> Thanks, we close.</p>\n"
           "</section></main></body></html>\n")


def test_an_unmarked_label_is_no_turn_where_the_page_marks_its_labels():
    root, _ = encode(SCRIBED, "call.html")
    assert texts(root, "//t:body//t:speaker") == ["anna", "bo", "anna", "bo", "anna"]
    assert len(xp(root, "//t:body//t:p[starts-with(., 'Tile Review: ')]")) == 2
    assert "Tile Review" not in texts(root, "//t:body//t:speaker")


def test_a_roll_of_those_present_keeps_each_term_with_its_names():
    root, _ = encode(SCRIBED, "call.html")
    assert texts(root, "//t:body//t:list[@type='fields']/t:item") == [
        "Present: anna, bo", "Regrets: -", "Chair: anna", "Scribe: bo"]


def test_a_heading_wholly_in_brackets_is_supplied():
    text = ("## Board of Management Meeting March 4th\n\nThe Board met at the hotel.\n\n"
            "### [Further business of the season.]\n\nThe Treasurer read [her] report.\n")
    root, _ = encode(text, "board.md")
    assert texts(root, "//t:body//t:head/t:supplied") == ["Further business of the season."]
    assert "[" not in "".join(xp(root, "//t:body//t:head//text()"))


# ------------------------------------------------ run-in capital headings (F2)

COUNCIL = ("Minute 88\n\nSECRET\n\n"
           "SUPPLY OF RUBBER 3. The Council discussed the supply of rubber for the year.\n\n"
           "4. The Minister reported on shipping.\n\n"
           "FUTURE POLICY 5. The position was summarised by the Chairman.\n\n"
           "The Council agreed.\n")


def test_a_capital_heading_run_into_a_numbered_paragraph_opens_a_section():
    root, _ = encode(COUNCIL, "council.txt")
    divs = xp(root, "//t:body//t:div[@type='section']")
    assert [texts(d, "t:head") for d in divs] == [["SUPPLY OF RUBBER"], ["FUTURE POLICY"]]
    assert [p.get("n") for p in xp(divs[0], "t:p")] == ["3", "4"]
    assert texts(divs[0], "t:p")[0] == ("3. The Council discussed the supply of rubber for "
                                        "the year.")


def test_capitals_before_a_number_out_of_any_series_stay_the_paragraph():
    text = "Minute 88\n\nThe Council met.\n\nNOTE 12. The figures are provisional.\n"
    root, _ = encode(text, "note.txt")
    assert xp(root, "//t:body//t:div[@type='section']") == []
    assert "NOTE 12. The figures are provisional." in texts(root, "//t:body//t:p")


# ------------------------------------------------ a web edition's foot (F8)

FOOT = ("---\ntitle: 1891-10-06 Board Minutes\n---\n\n## Board Meeting October 6th\n\n"
        "The Board met at the Club rooms. Adjourned.\n\nJane Hollins\nSecretary\n\n"
        "##### Transcribed document held at the [County Historical Society](http://example."
        "org/), Reading Club Collection, MS 12, Box 1.\n\n<hr>\n"
        "[Return to meeting minutes](https://example.org/minutes/index.html)\n<hr>\n")


def test_where_the_original_is_held_goes_to_the_header_and_the_link_back_is_left_out():
    root, _ = encode(FOOT, "foot.md")
    assert texts(root, "//t:sourceDesc//t:msIdentifier/t:repository") == [
        "County Historical Society"]
    assert texts(root, "//t:sourceDesc//t:msIdentifier/t:idno") == [
        "Reading Club Collection, MS 12, Box 1"]
    body = " ".join(texts(root, "//t:body"))
    assert "Transcribed" not in body and "Return to" not in body
    assert texts(root, "//t:body//t:div[t:head='Board Meeting October 6th']//t:signed") == [
        "Jane HollinsSecretary"]   # (an <lb/> between the lines)


def test_held_at_inside_the_text_stays_text():
    text = ("# Minutes\n\nThe originals are held at the County Historical Society.\n\n"
            "The Board adjourned.\n")
    root, _ = encode(text, "inside.md")
    assert "The originals are held at the County Historical Society." in texts(
        root, "//t:body//t:p")


# ------------------------------------------------ a title made of the opening words (F9)

EXPORT = ("# **Transcription:**\n\n**Document Type:** Document\n\n**Collection:** Town Archive\n\n"
          "**Source:** Roll-4_page_7.jpg\n\n**Model:** some-model\n\n---\n\n## Transcription\n\n"
          "**Transcription:**\n\nAt a special meeting held at the [?] school in District No. 5 "
          "on Monday the third day of May 1830.\n\nVoted that John Hall be Trustee.\n\n"
          "Voted that the meeting be adjourned.\n")


def test_a_title_made_of_the_opening_words_holds_no_query_sign():
    root, _ = encode(EXPORT, "export.md")
    title = texts(root, "//t:titleStmt/t:title")[0]
    assert "[" not in title and title.startswith("At a special meeting held at the school")
    heads = xp(root, "//t:body//t:head[@type='opening']")
    assert [len(xp(h, "t:gap[@reason='illegible']")) for h in heads] == [1]
