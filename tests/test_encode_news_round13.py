"""Newspapers and OCR of scout round 13: one small example each, derived from the real
documents named in the docstrings (Papers Past OCR'd with tesseract, Gallica's OCR of La
Dépêche, NewspaperSG clippings in an Obsidian vault, The Antiquary's kramdown pages)."""
from __future__ import annotations

from teiquery import encode, texts, xp


def test_tesseracts_final_form_feed_begins_no_page():
    """Lyttelton Times 1851 (Papers Past) through tesseract: every page it writes ends
    with a form feed, so the last one is followed by nothing and begins no page."""
    root, _ = encode("NOTICE.\n\nTenders will be received until the 1st of August.\n\n"
                     "Lyttelton, July 28, 1851.\n\n \n\f")
    assert xp(root, "//t:body//t:pb") == []
    assert "Lyttelton, July 28, 1851." in " ".join(texts(root, "//t:body"))
    root, _ = encode("First page.\n\fSecond page.\n\f")
    assert len(xp(root, "//t:body//t:pb")) == 1


def test_a_front_matter_date_under_another_key_dates_the_clipping():
    """NewspaperSG clippings in an Obsidian vault: the issue date is written date_text:;
    a clipping whose date: is unknown and whose date_text only bounds it stays undated."""
    root, _ = encode("---\ntitle: Cross-Country Race On Saturday\ndate_text: 7 February 1940\n"
                     "source: The Straits Times, Page 15\n---\n\nNine individual and three "
                     "team entries have been received.\n", "race.md")
    assert xp(root, "//t:profileDesc/t:creation/t:date/@when") == ["1940-02-07"]
    root, _ = encode("---\ntitle: Council Meeting\ndate: unknown\ndate_text: Before 24 July "
                     "1937 (inferred; issue date not visible)\n---\n\nThe council met.\n",
                     "council.md")
    assert xp(root, "//t:profileDesc/t:creation/t:date/@when") == []


def test_a_masthead_line_is_no_address_and_no_paragraph_number():
    """La Dépêche, 19 August 1944 (Gallica OCR): the volume year and issue number, and the
    price, stand over the issue's date."""
    root, _ = encode("LA DÉPÊCHE\n\n1 fr. 50\n\n75. ANNEE. — No 27.687\n\nSamedi 19 août 1944\n\n"
                     "LES GRIEFS DE ROME\n\nBerne, 18 août. — Le Saint Galler Tagblatt apprend "
                     "de Rome la nouvelle.\n")
    assert texts(root, "//t:opener/t:seg[@type='masthead']") == ["1 fr. 50",
                                                                 "75. ANNEE. — No 27.687"]
    assert xp(root, "//t:seg[@type='address']") == []
    root, _ = encode("LA DÉPÊCHE\n\nJOURNAL DE LA DÉMOCRATIE\n\n75. ANNEE. — No 27.687\n\n"
                     "Les troupes alliées ont avancé hier sur tout le front de Normandie.\n")
    assert xp(root, "//t:p/@n") == []


def test_a_sentence_cut_by_a_blank_line_after_a_comma_is_one_paragraph():
    """Lyttelton Times 1851 (Papers Past OCR): a blank line falls inside a sentence."""
    root, _ = encode("NOTICE\n\nTHE price of Advertisements in this Paper\nis, threepence a "
                     "line for the first insertion,\n\nand a penny a line for every subsequent "
                     "one.\n\n"
                     "Public Meetings will be held.\n")
    assert texts(root, "//t:body//t:p")[0].endswith("insertion, and a penny a line for every "
                                                    "subsequent one.")


def test_headlines_over_wire_datelines_are_articles():
    """La Dépêche, 19 August 1944 (Gallica OCR): agency dispatches, each under its headline
    of short lines, each opening with its place, day and month and a dash."""
    root, _ = encode("LES GRIEFS DE ROME\ncontre les autorités\nanglo américaines\n\n"
                     "Berne, 18 août. — Le Saint Galler Tagblatt apprend de Rome\nque les "
                     "reproches se résument en trois points. — (O. F. I.).\n\n"
                     "Le général Bradley est nommé\ncommandant en chef des forces\n"
                     "d'invasion américaines\n\nLondres, 18 août. — Le général Bradley vient "
                     "d'être nommé\ncommandant en chef. — O. F. I.\n")
    assert texts(root, "//t:body/t:div/t:opener/t:dateline") == ["Berne, 18 août. —"]
    assert texts(root, "//t:div[@type='article']/t:head") == [
        "Le général Bradley est nommé commandant en chef des forces d'invasion américaines"]
    assert texts(root, "//t:div[@type='article']/t:opener/t:dateline/t:placeName") == ["Londres"]
    assert texts(root, "//t:div[@type='article']/t:p") == [
        "Le général Bradley vient d'être nommé commandant en chef. — O. F. I."]


def test_a_byline_over_a_dateline_is_no_stage_direction():
    """The Straits Times, 7 February 1940 (NewspaperSG clipping in Markdown): headline,
    deck, the correspondent's byline and the dateline alone on its line."""
    root, _ = encode("CROSS-COUNTRY RACE ON SATURDAY\n\nNine Individual And Three Team Entries\n\n"
                     "(From Our Own Correspondent)\nIpoh, Feb. 5.\n\nNine individual and three "
                     "team entries have been received for the race.\n", "race.md")
    assert xp(root, "//t:stage") == []
    assert texts(root, "//t:head[@type='sub']") == ["Nine Individual And Three Team Entries"]
    assert texts(root, "//t:opener/t:seg[@type='byline']") == ["(From Our Own Correspondent)"]
    assert texts(root, "//t:opener/t:dateline/t:date") == ["Feb. 5."]


def test_a_letters_place_and_date_with_a_dash_stays_in_the_letter():
    """No headline over it: a letter's first paragraph that opens with place and date."""
    root, _ = encode("Dear Sir,\n\nI write to you at once.\n\nParis, 3 mars. — We arrived "
                     "this morning and found all well.\n\nYours truly,\nJ. Smith\n")
    assert xp(root, "//t:div[@type='article']") == []


def test_a_page_that_begins_inside_an_article_takes_its_title_from_its_heading():
    """The Antiquary, 1901, page 18 (kramdown): the page begins in the middle of a review;
    its only heading, further down, names it."""
    root, _ = encode("Having dwelt on this particular use of his\nwork, we must not do Mr. Firth "
                     "the injustice\nof ignoring wider claims to praise.\n\n### II. Mr. Morley's "
                     "\"Cromwell.\"\n\nMr. Morley's book is of another kind.\n", "page18.md")
    assert xp(root, "string(//t:titleStmt/t:title)") == "II. Mr. Morley's \"Cromwell.\""
