"""Leftovers of scout round 14 (issue 8) that earlier rounds diagnosed and nobody fixed:
a line-numbered edition's references, a will's signature after its testimonium, Markdown
blockquotes, letters parted by rules. One small real-world-derived example per rule."""
from __future__ import annotations

from teiquery import encode, texts, xp

# ----------------------------------------------------------------------------- line references

MISSIVE = (
    "1 4:1  IV. PIETER BOTH, KASTEEL NASSAU OP BANDA 18 juli 1611.\n"
    "1 4:2  \n"
    "1 4:3  Principaelijck besich geweest in het opbouwen van dit nieuwe fort\n"
    "1 4:4  \n"
    "1 4:5  twelck ic verhope binnen een maent gedaen sal weesen, is geheel meest van\n"
    "1 4:6  viercante witte steen in calck geleyt.\n"
    "1 4:7  \n"
    "1 5:1  Hier wt connen Mijn Heeren considereren de goede ordre, die voor desen\n"
    "1 5:2  is geweest.\n")


def test_line_references_of_an_edition_are_page_breaks_not_text():
    """GLOBALISE's Generale Missiven export (Pieter Both, Banda, 18 July 1611): every line
    opens with volume, page and line ("1 4:3  "); the pages are <pb n>, the line numbers
    are left out (reported), a line with only its reference is a blank line."""
    root, result = encode(MISSIVE, "missive.txt")
    assert xp(root, "//t:body//t:pb/@n") == ["4", "5"]
    body = " ".join("".join(xp(root, "//t:body")[0].itertext()).split())
    assert "4:3" not in body and "5:1" not in body and not body.startswith("1 ")
    assert "opbouwen van dit nieuwe fort twelck ic verhope" in body
    assert any(item.code == "line-references" for item in result.left_out)


def test_roman_numbered_heading_in_capitals_is_the_title():
    """The same letter's head "IV. PIETER BOTH, KASTEEL NASSAU OP BANDA 18 juli 1611.":
    a letter edition's numbered heading (the number is the div's @n), never a speaker's
    label "IV."; its date is the document's."""
    root, _ = encode(MISSIVE, "missive.txt")
    assert texts(root, "//t:body//t:head") == [
        "IV. PIETER BOTH, KASTEEL NASSAU OP BANDA 18 juli 1611."]
    assert texts(root, "//t:titleStmt/t:title") == [
        "PIETER BOTH, KASTEEL NASSAU OP BANDA 18 juli 1611."]
    assert xp(root, "//t:body/t:div/@n") == ["IV"]
    assert xp(root, "//t:creation/t:date/@when") == ["1611-07-18"]
    assert not xp(root, "//t:sp")


def test_verse_numbers_are_not_line_references():
    """A Bible's "1:1 In the beginning …": its numbered lines are sentences, none empty,
    none running on; they stay as they are."""
    text = "".join(f"1:{k} Verse number {k} of the chapter is a sentence.\n" for k in range(1, 8))
    root, _ = encode(text, "genesis.txt")
    assert not xp(root, "//t:body//t:pb")
    assert "1:3" in "".join(xp(root, "//t:body")[0].itertext())
