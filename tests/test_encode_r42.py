"""Round 42 of the scouting (/work/scout/REPORT42.md): wills, deeds, court orders and a
probate inventory. The inputs are written for these tests in the forms of the scouts'
documents (a genealogy site's HTML transcription of a 1695 inventory with its money column
in a table, a will's testimonium and signatures, deeds signed `Name (seal)`): the words are
new, the forms theirs."""
from __future__ import annotations

import html

from hypothesis import given, settings
from hypothesis import strategies as st
from teiquery import encode, texts, xp

# ------------------------------------------- F5: an inventory's money column is kept

INVENTORY = (
    "<html><body><main><h2>Inventory</h2>\n"
    "<p>April the 2d 1702<br />An Inventory of the goods of Wm. Bayly late decd</p>\n"
    "<table><tbody>\n"
    "<tr><td></td><td>pounds-shilling-pence</td></tr>\n"
    "<tr><td>To two cows and a heifer</td><td>04-10-00</td></tr>\n"
    "<tr><td>To one feather bed and bolster</td><td>01-15-06</td></tr>\n"
    "<tr><td>To three pewter dishes and a ladle</td><td>00-06-00</td></tr>\n"
    "<tr><td>To one old saddle</td><td>00-02-06<hr /></td></tr>\n"
    "<tr><td></td><td>moneys-06-14-00<br />tobacco 900<hr />Hugh Tarr<br />"
    "Saml. Orme</td></tr>\n"
    "</tbody></table>\n</main></body></html>\n")


def test_an_inventory_with_the_accountants_rules_stays_a_table_with_its_values():
    """"00-02-06<hr />": the rule under a column of figures is the sum's, not a page's
    layout: the table stays a table, its unit row a row of it, and no value is left out
    as an "identifier"."""
    root, result = encode(INVENTORY, "inventory.html")
    assert texts(root, "//t:table/t:row[1]/t:cell") == ["", "pounds-shilling-pence"]
    assert texts(root, "//t:table/t:row/t:cell[2]")[1:5] == [
        "04-10-00", "01-15-06", "00-06-00", "00-02-06"]
    assert texts(root, "//t:table/t:row[2]/t:cell[1]") == ["To two cows and a heifer"]
    assert not [x for x in result.left_out if x.code == "identifier"]


def test_lines_of_amounts_are_never_identifiers():
    """A plain-text account whose values stand on lines of their own: "03-00-00" has no
    letter, so it is a number, never an export's identifier; all are kept."""
    text = ("Account of the estate of Jno. Pardo\n\n"
            + "".join(f"To {item}\n{value}\n\n" for item, value in [
                ("one cow", "03-00-00"), ("a bed", "02-03-00"), ("a chest", "00-05-00"),
                ("a hoe", "00-01-06")]))
    root, result = encode(text, "account.txt")
    body = " ".join(texts(root, "//t:body"))
    for value in ("03-00-00", "02-03-00", "00-05-00", "00-01-06"):
        assert value in body
    assert not result.left_out


AMOUNT = st.one_of(
    st.tuples(st.integers(0, 99), st.integers(0, 19), st.integers(0, 11)).map(
        lambda t: "-".join(f"{n:02d}" for n in t)),
    st.tuples(st.integers(0, 99), st.integers(0, 99), st.integers(0, 99)).map(
        lambda t: ".".join(f"{n:02d}" for n in t)),
    st.integers(1, 99999).map(str))


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["To one cow", "To a bed", "Of Tobacco pd.",
                                           "To sundries", "By cash"]), AMOUNT),
                min_size=3, max_size=8),
       st.booleans())
def test_every_figure_of_a_table_of_numbers_survives(rows, ruled):
    """Whatever its figures, and with an accountant's rule under the last one or not, a
    table of items and amounts keeps every item and every amount in its cells."""
    cells = "".join(f"<tr><td>{html.escape(item)}</td><td>{value}"
                    f"{'<hr />' if ruled and k == len(rows) - 1 else ''}</td></tr>\n"
                    for k, (item, value) in enumerate(rows))
    root, result = encode(f"<html><body><h2>Account</h2>\n<table>{cells}</table>"
                          "</body></html>\n", "account.html")
    assert xp(root, "//t:table")
    assert texts(root, "//t:table/t:row/t:cell[2]") == [value for _, value in rows]
    assert texts(root, "//t:table/t:row/t:cell[1]") == [item for item, _ in rows]
    assert not [x for x in result.left_out if x.code == "identifier"]


# ------------------------------ F4: signatures under a deed's or a will's testimonium

def test_a_testimonium_ending_the_last_item_over_the_testators_name():
    """A will whose last "Item" paragraph ends with the testimonium, in the spellings of
    its time ("In witnesse whereof I have hereunto sett my hand and seale this …"), then
    the testator's name alone, then the attestation: the name is the closer's signature,
    the testimonium's date marked in its paragraph, and it dates the will."""
    root, _ = encode("The Will of Thomas Bowles\n\nItem I give unto my sonne Robert my "
                     "best bedd and all my pewter. And I doe hereby revoke all former Wills "
                     "In witnesse whereof I have hereunto sett my hand and seale this 3d "
                     "day of March 1702.\n\nThomas Bowles\n\nSigned sealed published and "
                     "declared in the presence of Hugh Tarr Saml. Orme\n", "bowles.txt")
    assert texts(root, "//t:closer/t:signed") == ["Thomas Bowles"]
    assert xp(root, "//t:body//t:p/t:date/@when") == ["1702-03-03"]
    assert xp(root, "//t:creation/t:date/@when") == ["1702-03-03"]
    assert texts(root, "//t:postscript/t:p") == [
        "Signed sealed published and declared in the presence of Hugh Tarr Saml. Orme"]


def test_names_each_with_the_seals_place_are_one_signed_each():
    """"Mary Lyle (seal)" a line, three such lines under a deed's testimonium: one <signed>
    each, the seal's place kept beside its name; the clerk's record under them follows."""
    root, _ = encode("Deed of Gift\n\nKnow all men by these presents that we do give "
                     "unto Ann Lyle one bay mare. In witness whereof we have hereunto set our "
                     "hands and seals this 2d day of June 1829.\n\nMary Lyle (seal)\nJohn "
                     "Lyle (seal)\nRuth Lyle (Seal)\n\nRecorded this 9th June 1829\n",
                     "deed.txt")
    assert texts(root, "//t:closer/t:signed") == [
        "Mary Lyle (seal)", "John Lyle (seal)", "Ruth Lyle (Seal)"]
    assert xp(root, "//t:creation/t:date/@when") == ["1829-06-02"]


def test_sealed_names_under_a_done_clause_and_on_one_line():
    """"DONE at …" alone over "Amos Hart (seal)     Lucy Hart (seal)": the clause is the
    closer's dateline, each sealed name a <signed>."""
    root, _ = encode("Agreement\n\nWe the undersigned agree to divide the land equally "
                     "between us and our heirs forever.\n\nDone at Pendleton the 4th day of "
                     "May 1830.\n\nAmos Hart (seal)        Lucy Hart (seal)\n", "agree.txt")
    assert texts(root, "//t:closer/t:dateline/t:date") == ["4th day of May 1830"]
    assert texts(root, "//t:closer/t:signed") == ["Amos Hart (seal)", "Lucy Hart (seal)"]


# ------------------------------------- F3: dates in words of early-modern formulae

def test_old_spellings_and_era_formulae_make_a_whole_date():
    """"this Eleaventh day of July Anno Dni One Thousand Six hundred Eighty and ffive":
    the spellings read as number words, "Anno Dni" as the year's formula; the date marked
    where it is printed."""
    from teikit.readers.dates import find_date
    for text, when, printed in [
        ("sealed this Eleaventh day of July Anno Dni One Thousand Six hundred Eighty and "
         "ffive.", "1685-07-11",
         "Eleaventh day of July Anno Dni One Thousand Six hundred Eighty and ffive"),
        ("the fouertenth daie of Februarie in the yeare of our Lord god One thousand five "
         "hundred ninetie eighte I", "1598-02-14",
         "fouertenth daie of Februarie in the yeare of our Lord god One thousand five "
         "hundred ninetie eighte"),
        ("the second daie of / Maie in the yeare of our Lord 1601 I", "1601-05-02",
         "second daie of / Maie in the yeare of our Lord 1601"),
        ("the fourth day of May An. Dom. 1790", "1790-05-04", "fourth day of May An. Dom. 1790"),
    ]:
        found = find_date(text)
        assert found is not None and (found.when, text[found.start:found.end]) == (when, printed)
    # prose in old spellings is no date: no day, month and year words together
    assert find_date("the firste daie of the weeke he came to the towne") is None


def test_a_will_opening_with_its_invocation_is_dated_by_it():
    root, _ = encode("In the name of God Amen the fiftenth daie of Maie in the yeare of our "
                     "Lord god One thousand six hundred and twoe I John Stile of Ashwell "
                     "yeoman doe make this my last will.\n\nItem I give unto my sonne all my "
                     "lands.\n", "stile.txt")
    assert xp(root, "//t:creation/t:date/@when") == ["1602-05-15"]


# ------------------------------ F2: the editor's words in brackets are no <supplied>

def test_comments_margin_places_labels_and_alternatives_in_brackets_are_notes():
    root, _ = encode(
        "Will of Robert Hale\n\n"
        "I Robert Hale of Ashwell [Ashwell is probably the parish near Baldock, not the "
        "hamlet] in the countie of Hertford yeoman.\n\n"
        "Item to my wiefe my best bedd. [Debts to be paid unto her within the yeare – this "
        "in margin] Item I give unto my sonne all my lands.\n\n"
        "bounded as followeth [metes and bounds, mentions Mill creek] being part of a "
        "tract.\n\n"
        "to my sonne [or daughter] the said house and [Witnesses:] John Cole.\n\n"
        "the house of my [fa]ther and [his] barn.\n", "hale.txt")
    assert texts(root, "//t:note[@type='editorial']") == [
        "Ashwell is probably the parish near Baldock, not the hamlet",
        "metes and bounds, mentions Mill creek", "or daughter", "Witnesses:"]
    assert texts(root, "//t:note[@place='margin']") == [
        "Debts to be paid unto her within the yeare – this in margin"]
    assert texts(root, "//t:supplied") == ["fa", "his"]


def test_brackets_set_wholly_in_italics_are_the_editors_words_throughout():
    """Where a text sets three brackets or more wholly in italics ("*[female]*"), each is
    the editor's note, whatever its words; restored letters in plain brackets stay."""
    root, _ = encode("# Sale of a slave\n\nfor the sum of four hundred piastres *[Spanish "
                     "silver dollars]*, paid to J[ea]n Morel.\n\nOne negress *[female]* named "
                     "Rose, aged about twenty *[St. Yague de Cuba]*.\n", "sale.md")
    assert texts(root, "//t:hi[@rend='italic']/t:note[@type='editorial']") == [
        "Spanish silver dollars", "female", "St. Yague de Cuba"]
    assert texts(root, "//t:supplied") == ["ea"]


# ---------------------------------- F8: an edition's key in a bold label is no turn

def test_a_bold_field_label_used_once_is_no_speaker():
    """"**Conventions:** …" and "**Source:** …" open one paragraph each, no label recurs,
    no one speaks: the paragraphs keep their bold labels, and there is no <sp>."""
    root, _ = encode("# Transcriptions of the notarial acts\n\n**Conventions:** Words in "
                     "brackets are supplied by the editor.\n\n## Act 1\n\n**Source:** "
                     "Notarial Act before Pierre Pedesclaux\n\nPar devant Pierre Pedesclaux, "
                     "notaire public, fut présent Jean Morel.\n", "acts.md")
    assert not xp(root, "//t:sp")
    assert texts(root, "//t:p/t:hi[@rend='bold']") == ["Conventions:", "Source:"]


# ------------------ F6: a transcription tool's wrapper around a plain text's words

def test_a_fenced_plain_text_under_export_fields_and_a_rule():
    """"Source Image: …" / "Transcription Date: …" over a rule at the top are the export's
    fields (in the header, the transcription's date never the document's); the fence
    "```plaintext" … "```" is format syntax: left out, and no backtick becomes a quote."""
    root, result = encode(
        "Source Image: deeds_b-2_048.jpg\nTranscription Date: 2025-10-02 09:12:05\n"
        + "=" * 40 + "\n\n```plaintext\nKnow all men by these presents that I Amos Hart "
        "do sell unto\nJohn Lyle one tract of land. In witness whereof I have set my hand "
        "and seal\nthis 4th day of May 1830.\n```\n", "deed.txt")
    body = " ".join(texts(root, "//t:body"))
    assert "`" not in body and "\u201c" not in body and "Source Image" not in body
    assert xp(root, "//t:creation/t:date/@when") == ["1830-05-04"]
    assert texts(root, "//t:sourceDesc//t:note[@type='source-image']") == ["deeds_b-2_048.jpg"]
    assert [x.text for x in result.left_out if x.code == "format-markup"] == [
        "```plaintext", "```"]


def test_a_fence_closed_at_the_last_lines_end_and_gpo_quotes_still_read():
    root, _ = encode("Minutes\n\n```\nThe board met and ``resolved'' to adjourn.\nSo ordered "
                     "by the board```\n", "minutes.txt")
    assert texts(root, "//t:body//t:p") == [
        "The board met and \u201cresolved\u201d to adjourn.So ordered by the board"]
    assert xp(root, "//t:body//t:p/t:lb")


# ------------------------ F1: a transcriber's "/" for the original's line ends

def test_slashes_at_a_lines_length_apart_are_line_ends():
    """A will typed as running text with "/" where each line of the page ended: each is
    an <lb/> (after a hyphen, a word cut: <lb break="no"/>); figures' slashes, "and/or"
    and a path stay as printed."""
    root, _ = encode(
        "<html><body><h2>Will of Amos Hart</h2><p>In the name of God amen I Amos/ Hart of "
        "Pendleton District being in perfect health and/ sound memory do make and ordain "
        "this my last will and/ testament in manner and form following that is to say "
        "First I give unto my/ son John Hart the plantation in South-/ ampton whereon I "
        "now live and 1/2 of the stock and/or the mill.</p></body></html>", "hart.html")
    p = xp(root, "//t:body//t:p")[0]
    assert len(p.findall("{http://www.tei-c.org/ns/1.0}lb")) == 5
    assert xp(root, "//t:body//t:p/t:lb[@break='no']")
    text = "".join(p.itertext())
    assert "Amos" + "Hart" in text and "South-ampton" in text
    assert "1/2" in text and "and/or" in text and "/ " not in text


def test_a_few_slashes_in_prose_are_no_line_ends():
    root, _ = encode("Colours\n\nThe flags were red / green and the sails white / blue; "
                     "the rest is unknown.\n", "colours.txt")
    assert not xp(root, "//t:body//t:lb")
    assert "red / green" in " ".join(texts(root, "//t:body//t:p"))


def test_a_run_of_years_one_a_paragraph_is_no_column_of_line_numbers():
    """"1850" / "1860" / "1870" under a table's words (a census's years, a layout's cells,
    one a paragraph): years, never the line numbers of a page; all kept."""
    root, result = encode("Census of the town\n\nThe population was counted in these "
                          "years.\n\n1850\n\n1860\n\n1870\n\nThe figures are in the "
                          "county's books.\n", "census.txt")
    body = " ".join(texts(root, "//t:body//t:p"))
    assert all(year in body for year in ("1850", "1860", "1870"))
    assert not [x for x in result.left_out if x.code == "line-numbers"]
