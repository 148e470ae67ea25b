"""The block rules after the split of blocks.py: classify.py (what each block is),
speakers.py (which labels the document keeps as speakers, and the passes over its turns),
rejoin.py (a paragraph broken over a page joined again), the name shapes in shapes.py. Each
module imports on its own (no cycle), each name lives in one module only, and the rules
behave as before through the whole encoder. The inputs are written for these tests."""
from __future__ import annotations

import subprocess
import sys

import pytest
from teiquery import encode, texts, xp

from teikit.readers import blocks, classify, rejoin, shapes, speakers

MOVED = {
    classify: ["classify", "is_table", "page_break", "_as_para", "_as_list", "_as_attendance",
               "_letter_points_in_sequence", "ANNOTATION", "STAGE", "LEADING_STAGE"],
    speakers: ["accept_speakers", "_time_only", "_title_page_word", "_field_values",
               "_catalogue_fields", "_names_value", "_names_fields", "_unstaged",
               "_headline_after_label", "_comes_back", "_turns_run_in", "_verse_speeches",
               "_spoken", "_not_a_turn", "_speaker_key", "_recorder_narration", "_cast_lists"],
    rejoin: ["rejoin_split_paragraphs", "_word_cut_over_page", "_word_over_page", "_word_cut",
             "_cut_before", "_cjk_cut", "_comma_cut", "_continues"],
    shapes: ["names_only", "NAME_WORD", "NAME_PARTICLES", "NAME_SEPARATORS", "_cjk_title"],
}


@pytest.mark.parametrize("module", ["classify", "speakers", "rejoin", "blocks"])
def test_each_module_imports_first_in_a_fresh_interpreter(module):
    done = subprocess.run([sys.executable, "-c", f"import teikit.readers.{module}"],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize(("module", "name"), [(m, n) for m, names in MOVED.items() for n in names])
def test_a_moved_name_is_defined_where_it_now_lives(module, name):
    value = getattr(module, name)
    if callable(value) and hasattr(value, "__module__"):
        assert value.__module__ == module.__name__
    text_of_module = open(module.__file__, encoding="utf-8").read()
    assert f"\ndef {name}(" in text_of_module or f"\n{name} = " in text_of_module


@pytest.mark.parametrize("name", ["accept_speakers", "_time_only", "_not_a_turn", "_as_para",
                                  "rejoin_split_paragraphs", "_cut_before", "NAME_WORD",
                                  "_verse_speeches", "_cast_lists"])
def test_blocks_defines_no_moved_rule(name):
    source = open(blocks.__file__, encoding="utf-8").read()
    assert f"\ndef {name}(" not in source and f"\n{name} = " not in source


@pytest.mark.parametrize(("text", "names"), [
    ("Tzviya Siegman", True), ("Leonard Rosenthol, Dave Cramer", True),
    ("Ann Lee and Bob Hart", True), ("Ludwig van Beethoven", True),
    ("Siegman", False), ("We start now.", False), ("Who is there?", False),
])
def test_names_only(text, names):
    assert shapes.names_only(text) is names


def test_a_word_cut_over_a_page_is_one_word_again():
    root, _ = encode("Title\n\nThe work was done in an author-\n\n[Page 8]\n\n"
                     "itative manner by all.\n")
    assert texts(root, "//t:body//t:p") == ["The work was done in an authoritative manner by all."]
    assert [(pb.get("n"), pb.get("break")) for pb in xp(root, "//t:p/t:pb")] == [("8", "no")]


def test_a_minute_s_fields_of_names_are_no_speakers():
    root, _ = encode("Minutes\n\nChair: Tzviya Siegman\n\nScribe: Leonard Rosenthol, Dave Cramer"
                     "\n\nAlice: We start now.\n\nBob: Fine, let us go.\n\n"
                     "Alice: Good, the first item.\n")
    assert texts(root, "//t:body/t:div/t:p") == ["Chair: Tzviya Siegman",
                                                 "Scribe: Leonard Rosenthol, Dave Cramer"]
    assert texts(root, "//t:sp/t:speaker") == ["Alice", "Bob", "Alice"]
    assert [sp.get("who") for sp in xp(root, "//t:sp")] == ["#alice", "#bob", "#alice"]


def test_a_key_of_those_present_names_the_abbreviated_speakers():
    root, _ = encode("Notes\n\nBrian Terlson (BT), Allen Wirfs-Brock (AWB), Waldemar Horwat "
                     "(WH)\n\nBT: We begin today.\n\nAWB: I agree with that.\n\n"
                     "WH: So do I, then.\n\nBT: Fine.\n")
    assert texts(root, "//t:list[@type='attendance']/t:item") == [
        "Brian Terlson (BT),", "Allen Wirfs-Brock (AWB),", "Waldemar Horwat (WH)"]
    assert [sp.get("who") for sp in xp(root, "//t:sp")] == [
        "#brian-terlson", "#allen-wirfs-brock", "#waldemar-horwat", "#brian-terlson"]
