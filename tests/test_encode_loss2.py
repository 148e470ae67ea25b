"""A heading's single letters are one letter-spaced word only on the source's evidence
(loss2: "B a a a" over a Danish salutation lost the word "B"). The inputs are the tests' own
words in the forms of the decrees and German print that rule was written for."""
from __future__ import annotations

from teiquery import encode, texts

from wordcheck import missing_words, words


def test_single_letters_over_a_salutation_stay_words():
    text = "B a a a\n\nMin lille kæreste.\n"
    root, result = encode(text, "letter.md")
    assert texts(root, "//t:body//t:head") == ["B a a a"]
    assert texts(root, "//t:opener/t:salute") == ["Min lille kæreste."]
    assert "letterspaced" not in [d.code for d in result.diagnostics]
    assert not missing_words(words(text), root)


def test_mixed_case_letters_flush_left_in_plain_text_stay_as_printed():
    root, _ = encode("B e k a n n t m a c h u n g\n\nDer Rat hat beschlossen.\n", "b.txt")
    assert texts(root, "//t:body//t:head") == ["B e k a n n t m a c h u n g"]


def test_letter_spaced_word_set_apart_as_a_heading_is_the_word_it_spells():
    root, result = encode("      B e k a n n t m a c h u n g\n\nDer Rat hat beschlossen.\n",
                          "b.txt")
    assert texts(root, "//t:body//t:head") == ["Bekanntmachung"]
    assert "letterspaced" in [d.code for d in result.diagnostics]
    root, _ = encode("# B e k a n n t m a c h u n g\n\nDer Rat hat beschlossen.\n", "b.md")
    assert texts(root, "//t:body//t:head") == ["Bekanntmachung"]


def test_letter_spaced_capitals_are_the_word_they_spell():
    root, _ = encode("У К А З\n\nПостановляю утвердить положение.\n", "ukaz.txt")
    assert texts(root, "//t:body//t:head") == ["УКАЗ"]
