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
