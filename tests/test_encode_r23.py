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
    root, _ = encode(EXPORT)
    cells = texts(root, "//t:body//t:table/t:row/t:cell")
    assert cells[:6] == ["201", "-14° 4410", "7.2", "202", "-15° 3105 3150", "8.0"]
    assert texts(root, "//t:body//t:table//t:del") == ["3105"]
    assert texts(root, "//t:body//t:note[@type='annotation']") == ["Faint on -15 3150"]
    assert not xp(root, "//t:body//t:note[@type='transcriber']")


def test_the_exports_block_over_every_page_is_furniture_and_the_empty_header_row_no_row():
    root, _ = encode(EXPORT)
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


# ----------------------------------------- an OCR'd book: title page and running heads (F3, F4)

ORDINALS = ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
            "eighth", "ninth", "tenth"]


def _page(n: int, head: str, number_first: bool, words: str) -> str:
    """A page of a djvu text: its number and running head apart, then its lines (the first
    and last of them made the page's own: lines that recur beside page numbers are
    furniture)."""
    top = f"{n}\n\n\n\n{head}" if number_first else f"{head}\n\n\n\n{n}"
    lines = words.split("\n")
    lines[0] = f"in the {ORDINALS[n]} case " + lines[0]
    lines[-2] = lines[-2] + f" of the {ORDINALS[n]}"
    return f"\n\n\n\n{top}\n\n\n\n" + "\n".join(lines) + "\n"


PROSE = ("the patient was treated for many months by the physicians of the town, and\n"
         "the treatment, though it was long and costly, brought him very little relief\n"
         "until he went to the country and rested there through the whole summer; and\n"
         "there he recovered the strength that he had lost in the years of his labour,\n"
         "so that in the autumn he came back to the city and took up his work again,\n"
         "and kept it up for the rest of his life without any return of the trouble,\n"
         "as he told me himself when I saw him many years after, and as his friends\n")


def _book(first_head: str) -> str:
    return ("/o,\n\n\n\nCERTAIN SYMPTOMS\n\nOF\n\n/NERVOUS EXHAUSTION.^\n\n"
            "By GEORGE M. BEARD, M. D.,\n\n"
            "Under the term neurasthenia I described a number of years ago a functional\n"
            "nervous disease of modern and largely of American origin, which has\n"
            + PROSE
            + _page(4, first_head, True, PROSE)
            + _page(5, "NERVOUS EXHAUSTION.", False, PROSE)
            + _page(6, "CERTAIN SYMPTOMS OF", True, PROSE)
            + _page(7, "NERVOUS EXHAUSTION.", False, PROSE)
            + _page(8, "CERTAIN SYMPTOMS OF", True, PROSE + "know well.\n"))


def test_a_title_in_capitals_over_lines_apart_with_ocr_specks_is_one_heading():
    root, result = encode(_book("CERTAIN SYMPTOMS OF"))
    assert texts(root, "//t:titleStmt/t:title") == ["CERTAIN SYMPTOMS OF NERVOUS EXHAUSTION."]
    assert texts(root, "//t:body//t:head") == ["CERTAIN SYMPTOMS OF NERVOUS EXHAUSTION."]
    assert "/o," not in "".join(xp(root, "//t:body")[0].itertext())
    assert any(d.code == "ocr-noise" for d in result.diagnostics)


def test_a_running_head_ocrd_with_one_letter_wrong_is_the_running_head():
    root, _ = encode(_book("CERTAIN SYMPTOMS OP"))
    assert [pb.get("n") for pb in xp(root, "//t:body//t:pb")] == ["4", "5", "6", "7", "8"]
    assert not [p for p in texts(root, "//t:body//t:p") if "SYMPTOMS O" in p]


def test_capital_lines_apart_without_specks_are_left_to_the_title_rules():
    """Without OCR's specks there is no evidence of a title page read by OCR: the lines are
    the text's own (a memo's "MEMORANDUM" / "SECRET")."""
    root, _ = encode("MEMORANDUM\n\nSECRET\n\nThe meeting was held in the office of the "
                     "director and lasted two hours.\n")
    assert texts(root, "//t:body//t:head") == ["MEMORANDUM"]


# ----------------------------------------------------------- a page-foot note marked * (F7)

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


# ------------------------------------- a word and a sentence over an OCR'd page break (F3, F6)

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


# ------------------------------------------- HathiTrust page text in Hebrew (F4, F5, F8)
# The lines are those of Silber, Ameriḳa be-sifrut Yiśraʼel (1928), p. 109, as HathiTrust's
# full text gives them (public domain; stwagner07/atr-historical-research, CC0 1.0).

HEBREW = ("## p. (#109) ################################################\n\n"
          "הוספות\n"
          "בדף הראשון כותב המחבר: וראשי המדינה באיירופא\n"
          "שמו להם חוקת משפט להגלות לארצות החדשה הגלת שלמים\n"
          "כל פושע וכל חוטא אשר נבאש בעמו, ואשר לא תוכל החברה\n"
          "שאתו לבער את הרע מקרב איירופא. גם בדבר הזה שתו\n"
          "מוקשים לבני הארצות החדשות, כי החוטאים האלה למדו את\n"
          "בני האיים להשחית דרכם ולמלא את ארצם חמס, תחת אשר\n"
          "לפנים לא ידעו לעשות רע, וכל דעה נפסדה אשר נושנה באיי־\n"
          "רופא, וכל דבר הבל אשר אין דעת בני איירופא נוחה ממנו\n"
          "עוד, התמלט כאל עיר מקלט אל הארצות החדשות אשר המה\n"
          "שליטים עליהם.\n")


def test_a_first_line_heading_in_a_script_without_capitals_is_the_title():
    root, _ = encode(HEBREW)
    assert texts(root, "//t:titleStmt/t:title") == ["הוספות"]
    assert texts(root, "//t:body//t:head") == ["הוספות"]


def test_hebrew_lines_cut_at_one_width_are_one_paragraph_and_the_maqaf_break_one_word():
    root, _ = encode(HEBREW)
    paragraphs = texts(root, "//t:body//t:p")
    assert len(paragraphs) == 1 and not xp(root, "//t:body//t:lb")
    assert paragraphs[0].startswith("בדף הראשון כותב המחבר: וראשי המדינה באיירופא שמו להם")
    assert "נושנה באיירופא, וכל דבר הבל" in paragraphs[0]


def test_a_word_cut_by_the_maqaf_is_kept_with_it_where_the_text_never_prints_it_whole():
    root, _ = encode(HEBREW.replace("איירופא", "אירופה"))
    assert "נושנה באיי־רופא, וכל דבר הבל" in texts(root, "//t:body//t:p")[0]


def test_a_scan_headers_sequence_number_is_the_page_breaks_facs():
    root, _ = encode(HEBREW)
    assert [(pb.get("n"), pb.get("facs")) for pb in xp(root, "//t:body//t:pb")] == [
        (None, "seq109")]
    root, _ = encode("## p. 10 (#21) ####################\n\nThe first words of the page, "
                     "and the rest of it.\n")
    assert [(pb.get("n"), pb.get("facs")) for pb in xp(root, "//t:body//t:pb")] == [
        ("10", "seq21")]


# ------------------------------------------------------------ a cable's header (F11)

CABLE = ("SECRET\n\n"
         "TOR: 0309152 MAR 8I SPET 10444\n\n"
         "SEC RET 0309152 MAR 8I STAFF\n"
         "CITE VIENNA 10444\n"
         "TO: DIRECTOR INFO BONN.\n"
         "SLUGS: WNINTEL\n"
         "SUBJECT: VISIT OF TRADE DELEGATION\n"
         "REF: NONE\n"
         "TEXT:\n\n"
         "1. ACTION REQUIRED: NONE.\n\n"
         "2. THE DELEGATION ARRIVED ON 2 MARCH AND LEFT THE NEXT DAY.\n")


def test_a_cables_date_time_group_over_its_cite_line_dates_it():
    root, _ = encode(CABLE)
    assert xp(root, "//t:creation/t:date/@when") == ["1981-03-03"]
    assert texts(root, "//t:creation/t:date") == ["0309152 MAR 8I"]


def test_a_date_time_group_outside_a_cables_header_dates_nothing():
    root, _ = encode("The log gives 0309152 MAR 81 for the call, and no more.\n\n"
                     "It was not answered.\n")
    assert not xp(root, "//t:creation/t:date")


def test_a_cables_routing_fields_are_a_fields_list():
    root, _ = encode(CABLE)
    assert texts(root, "//t:body//t:list[@type='fields']/t:item") == [
        "TO: DIRECTOR INFO BONN.", "SLUGS: WNINTEL", "SUBJECT: VISIT OF TRADE DELEGATION",
        "REF: NONE", "TEXT:"]
    cite = xp(root, "//t:body//t:p[t:lb]")[0]       # (the lines over the fields: their block)
    assert cite.text == "SEC RET 0309152 MAR 8I STAFF" and cite[0].tail == "CITE VIENNA 10444"


# ------------------------------------------------------- a dateline and the lines under it (F10)

def test_a_dateline_ending_its_line_takes_no_line_of_text_under_it():
    root, _ = encode("Tuesday, Oct. 5, 1915\nPlate A2210 short\nThe plate was taken.\n")
    assert texts(root, "//t:body//t:dateline") == ["Tuesday, Oct. 5, 1915"]
    assert xp(root, "//t:body//t:dateline/t:date/@when") == ["1915-10-05"]
    paragraph = xp(root, "//t:body//t:p")[0]
    assert paragraph.text == "Plate A2210 short" and paragraph[0].tail == "The plate was taken."


def test_a_received_line_under_a_dateline_stays_in_it():
    root, _ = encode("Moscow, June 11, 1944\n[Received June 12—10:45 a.m.]\n\n"
                     "The Ambassador called on me today and we spoke of the matter.\n")
    assert texts(root, "//t:body//t:dateline") == [
        "Moscow, June 11, 1944Received June 12—10:45 a.m."]


# --------------------------------------------------- bars between apparatus entries (F9)

def test_bars_between_apparatus_entries_are_separators_not_line_ends():
    """Lagarde's Aegyptiaca (1883) as HathiTrust gives it: the apparatus under the text."""
    root, _ = encode("Maq, aqen mapia epoq.\n"
                     "5 a Matth 1, 19 | 6 a Matth 1, 20 | 6 men, wide 17,5 | e Matth 1, 21 |\n"
                     "gendum non videatur | e Psalm 2,9 martyrium Ignatii cottonianum 12\n")
    assert not xp(root, "//t:body//t:lb[not(@break)]/following-sibling::text()"
                        "[starts-with(., '6 a Matth')]")
    body = "".join(xp(root, "//t:body")[0].itertext())
    assert "5 a Matth 1, 19 | 6 a Matth 1, 20 | 6 men, wide 17,5 | e Matth 1, 21 |" in body
    assert "gendum non videatur | e Psalm 2,9" in body


# --------------------------------------- a newspaper page's OCR with no blank line (F1)

def _column(words: str, width: int = 24) -> str:
    """Words set in a narrow column, as a page's OCR gives them (no hyphens)."""
    out, line = [], ""
    for word in words.split():
        if line and len(line) + 1 + len(word) > width:
            out.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return "\n".join([*out, line])


STORY = ("The longer the day of settlement may be postponed beyond the sea the more fearful "
         "will it be. When a soldier finally goes to his home, he will owe a greater debt than "
         "he will have the capacity to pay. And it will be the same way from the emperor to "
         "the peasant. The governments cannot repudiate their debts, but how can they pay "
         "them? The common people will certainly struggle to find new homes. ")


def _newspaper() -> str:
    return ("Vol. 26 SALT LAKE CITY, UTAH, APRIL 29, 1916 No. 20\n"
            "! Editorials\n"
            "Mighty War Debt\n"
            + _column(STORY * 3) + "\n"
            "Mlllllllllllllllllllllllllllllllllllllllll\n"
            "MEN OF THE WEST\n"
            + _column(STORY * 2) + "\n"
            "(Continued on page 14.)\n"
            + _column(STORY * 2) + "\n")


def test_a_newspaper_pages_masthead_headline_and_heads_without_blank_lines():
    root, result = encode(_newspaper())
    assert texts(root, "//t:titleStmt/t:title") == ["Editorials Mighty War Debt"]
    assert texts(root, "/t:TEI/t:text/t:body/t:div/t:head") == ["Editorials Mighty War Debt"]
    assert xp(root, "//t:creation/t:date/@when") == ["1916-04-29"]
    assert texts(root, "//t:sourceDesc/t:bibl[@type='source-lines']") == [
        "Vol. 26 SALT LAKE CITY, UTAH, APRIL 29, 1916 No. 20"]
    assert texts(root, "//t:body//t:div[@type='section']/t:head") == ["MEN OF THE WEST"]
    assert "(Continued on page 14.)" in texts(root, "//t:body//t:p")
    body = "".join(xp(root, "//t:body")[0].itertext())
    assert "Mllll" not in body
    assert any(d.code == "ocr-noise" for d in result.diagnostics)


def test_a_page_with_blank_lines_keeps_its_lines_as_they_are():
    text = _newspaper().replace("\n", "\n\n", 1)
    root, _ = encode(text.replace("MEN OF THE WEST\n", "MEN OF THE WEST\n\n"))
    assert not xp(root, "//t:sourceDesc/t:bibl[@type='source-lines']")
