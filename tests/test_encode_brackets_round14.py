"""Double brackets glued to a word's first letters complete the word. Derived from scout
round 14: Marie Mancini's letter of 1672 (a Jekyll edition), "li 23 sep[[tembre]] 1672"."""
from __future__ import annotations

from teiquery import encode, texts


def test_double_brackets_glued_to_a_word_complete_it_and_a_tag_alone_stays_a_tag():
    root, _ = encode("Sono arivate le donne li 23 sep[[tembre]] 1672 e altre "
                     "[[something crossed out]] poi.\n", "letter.txt")
    assert texts(root, "//t:body//t:supplied") == ["tembre"]
    assert texts(root, "//t:note[@type='transcriber']") == ["something crossed out"]
