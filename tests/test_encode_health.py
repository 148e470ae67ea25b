"""The readers' modules after the split of layout.py and blocks.py: each public name is
where its users import it from, and behaves as before (the page markers' forms, a turn's
label, the note lists' markers)."""
from __future__ import annotations

import pytest

from teikit import sourcetext
from teikit.diagnostics import Collector
from teikit.formats import asciidoc, atf, openiti, org
from teikit.readers import blocks, layout, notelists, pages, turns
from teikit.sourcetext import Hints, SourceText


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


# ---------------------------------------- the review's items: one helper where two repeated


def test_both_mojibake_repairs_count_and_report_through_one_helper():
    """UTF-8 read as Windows-1252 and as code page 437: each repaired sequence counted, the
    report at the first one's line and column, in the same words for both."""
    diags = Collector("doc.txt")
    assert sourcetext.repair_mojibake("Title\nthe cafÃ© and the Departmentâ€™s\n",
                                      diags) == "Title\nthe café and the Department’s\n"
    assert [(d.code, d.line, d.col, d.message) for d in diags.items] == [(
        "mojibake-repaired", 2, 8, "2 characters garbled by a wrong encoding (UTF-8 read as "
        "Windows-1252 and saved again: “Ã©”) were repaired (“é”); give --encoding utf-8 to "
        "keep them as they are")]
    diags = Collector("doc.txt")
    assert sourcetext.repair_mojibake("PeterΓÇÖs caf├⌐\n", diags) == "Peter’s café\n"
    assert [(d.code, d.line, d.col, d.message) for d in diags.items] == [(
        "mojibake-repaired", 1, 6, "2 characters garbled by a wrong encoding (UTF-8 read as "
        "code page 437 and saved again: “ΓÇÖ”) were repaired (“’”); give --encoding utf-8 to "
        "keep them as they are")]
    assert sourcetext._substituted("caf├⌐ ├⌐", sourcetext.MOJIBAKE_437,
                                   sourcetext._unmangled_437) == ("café é", 2)


def test_a_rule_fires_once_in_the_order_rules_first_fired():
    hints = Hints()
    for rule in ("page-bar", "wiki-header", "page-bar"):
        hints.fire(rule)
    assert hints.rules == ["page-bar", "wiki-header"]


@pytest.mark.parametrize(("module", "name", "data", "lines", "rules"), [
    (atf, "t.atf", b"&P100001 = AbB 01, 001\n#atf: lang akk\n@obverse\n1. a-na\n",
     ["AbB 01, 001"], ["atf"]),
    (org, "t.org", b"#+TITLE: A note\n\nFirst line of text.\n", ["First line of text."], []),
    (openiti, "t.mARkdown", b"######OpenITI#\n#META#Header#End#\n# First paragraph.\n",
     ["First paragraph."], []),
    (asciidoc, "t.adoc", b"= A title\n\nA paragraph of text.\n", ["A paragraph of text."], []),
])
def test_the_line_scanners_read_their_sources_lines(module, name, data, lines, rules):
    """OpenITI, Org, ATF and AsciiDoc read through one LineScanner: the source decoded, its
    lines scanned into blocks, each line's number kept."""
    source = module.read(name, data, None, Collector(name))
    assert isinstance(source, SourceText)
    assert all(line in source.lines for line in lines)
    assert source.hints.rules == rules
