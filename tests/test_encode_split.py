"""The block rules after the split of blocks.py: classify.py (what each block is),
speakers.py (which labels the document keeps as speakers, and the passes over its turns),
rejoin.py (a paragraph broken over a page joined again), the name shapes in shapes.py. Each
module imports on its own (no cycle), and the rules
behave as before through the whole encoder. The inputs are written for these tests."""
from __future__ import annotations

import subprocess
import sys

import pytest
from teiquery import encode, texts, xp

from teikit.readers import shapes


@pytest.mark.parametrize("module", ["classify", "speakers", "rejoin", "blocks"])
def test_each_module_imports_first_in_a_fresh_interpreter(module):
    done = subprocess.run([sys.executable, "-c", f"import teikit.readers.{module}"],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


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
