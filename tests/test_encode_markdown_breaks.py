"""Markdown's hard breaks (two spaces or a backslash at a line's end) are the
transcriber's line ends. Derived from scout round 14: the 1528 rule of the Franciscan Third
Order (Tablada), a semi-diplomatic Spanish transcription in a Jekyll site, folio by folio."""
from __future__ import annotations

from teiquery import encode, xp

TABLADA = (
    "### fol. 1r\n"
    "Nos fray antonio  \n"
    "de tablada moderno vissitador general (y) mjnjs  \n"
    "tro principal, sie\\r/uo de toda la sagrada orden de  \n"
    "penjtençia de n(uest)ro gl(or)ioso padre  \n"
)


def test_lines_broken_on_purpose_are_kept_as_lines():
    root, result = encode(TABLADA, "tablada.md")
    para = xp(root, "//t:body//t:p")[0]
    assert len(xp(para, "t:lb")) == 3
    assert "kept-line-breaks" in result.report()["rules"]


def test_the_same_lines_without_the_breaks_are_wrapped_prose_and_joined():
    root, _ = encode(TABLADA.replace("  \n", "\n"), "tablada.md")
    assert xp(root, "//t:body//t:p/t:lb") == []


def test_a_backslash_break_counts_and_one_soft_line_end_joins_as_before():
    mixed = ("A long sentence that the writer wrapped here and there without\n"
             "any thought of the lines, running on and on as prose does\\\n"
             "until a break was asked for on purpose at the end of this one.\n")
    root, _ = encode(mixed, "mixed.md")
    assert xp(root, "//t:body//t:p/t:lb") == []       # not every line: still prose
