"""loss1: a verse's label and lines kept apart in the master (the serializer indents <lg>,
which holds only elements), so no word of a metre label or of a line runs on to the next.
Inputs are written here in OpenITI mARkdown syntax; the Arabic words are ours."""
from __future__ import annotations

from teiquery import encode, xp

HEAD = "######OpenITI#\n#META#Header#End#\n"


def test_metre_label_and_verse_lines_are_separate_words_in_the_master():
    root, _result = encode(HEAD + "# قال [طويل]\n# اا %~% بب\n# جج %~% دد\n# هه\n", "gen.txt")
    lg = xp(root, "//t:lg")[0]
    assert [c.tag.split("}")[1] for c in lg] == ["label", "l", "l"]
    assert "".join(lg.itertext()).split() == ["طويل", "اا", "بب", "جج", "دد"]


def test_the_found_case_keeps_every_word():
    root, _result = encode(HEAD + "# اا\n# [كامل]\nاا %~% ", "gen.txt")
    assert "".join(xp(root, "//t:text")[0].itertext()).split() == ["اا", "كامل", "اا"]
    assert xp(root, "//t:lg/t:label[@type='metre']/text()") == ["كامل"]
