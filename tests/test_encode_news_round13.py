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
