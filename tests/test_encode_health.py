"""The readers' modules after the split of layout.py and blocks.py: each public name is
where its users import it from, and behaves as before (the page markers' forms, a turn's
label, the note lists' markers)."""
from __future__ import annotations

import pytest

from teikit.readers import blocks, layout, notelists, pages, turns


@pytest.mark.parametrize(("line", "number"), [
    ("[Page 12]", "12"), ("[[Page H6116]]", "H6116"), ("- 12 -", "12"), ("[f. 369 r]", "369r"),
    ("## 1r", "1r"), ("{12}", "12"), ("[OVERLEAF]", ""), ("Page twelve", None),
])
def test_page_number_of_a_marker_line(line, number):
    assert pages.page_number(line) == number


def test_page_sequence_rises_page_by_page():
    assert pages.page_sequence([35, 36, 37])
    assert not pages.page_sequence([1100, 1115, 1100])


def test_a_turn_opens_with_a_label_and_speech():
    assert turns.opens_turn("Senator Mark Wall: I welcome the Minister.")
    assert not turns.opens_turn("It was said long ago.")


def test_layout_runs_what_the_new_modules_hold():
    assert layout.page_number is pages.page_number
    assert layout.note_list_forms is notelists.note_list_forms
    assert blocks.split_turn_lines is turns.split_turn_lines
