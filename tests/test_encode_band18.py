"""Round band18: forms of earlier rounds' documents that scored 0.83-0.89 for one miss each,
one small real-world-derived example per rule (the docstring names the source and the
other archives where the form occurs)."""
from __future__ import annotations

from teiquery import encode, texts, xp

TEI = "{http://www.tei-c.org/ns/1.0}"


def test_line_bars_in_a_paragraph_kept_on_one_line():
    """Suriano's despatches as a Word transcription (corpus10, Stuttgart 1616): each
    paragraph one Word paragraph, the original's line ends marked by bars in it, so a line
    holds many bars; so do the Venetian and Vatican diplomatic editions' Word files. Not a
    table: its pieces are lines of writing, or a word is cut at a bar after its hyphen. A
    bar right after an element (a supplied ending) is a line end too."""
    root, _ = encode(
        "<html><body><p>Serenissimo Principe |</p>"
        "<p>nel venirmene in questa città, ove arrivai lunedì, mi è conve-|nuto metter "
        "qualche giorno di più nel camino di quello, che | haverei desiderato per il "
        "rispetto, che scrissi alla Serenità vostra | nell’ultime lettere col clarissimo "
        "Padavino da Zurich. | Gionto qui trovai il clarissimo signor Luca Tron di | quella "
        "serenissima Republica, il quale con termine di grande | amore verso la Patria.</p>"
        "<p>Serenissimo principi do-|mino Ioanni Bembo in-|clito Venetiarum duci | amico "
        "nobis charissimo |</p>"
        "<p>mi ricevé il signor Du[ca] | con maniera propria, quando anco l’|havesse.</p>"
        "</body></html>", "doc.html")
    body = root.find(f".//{TEI}body")
    assert "|" not in "".join(body.itertext())
    assert len(xp(root, "//t:body//t:lb[@break='no']")) == 4


def test_a_table_of_short_cells_typed_with_bars_keeps_its_bars():
    """The guard stays: a plain text's table typed with bars (cells of a word or a
    figure) never counts as line ends."""
    root, _ = encode("Figures\n\nCounselling | 682 | 12 | 4\n\nWarning | 905 | 3 | 1\n\n"
                     "Dismissal | 88 | 0 | 2\n\nSerenissimo Principe |\n\nvostra | Serenità |\n")
    assert "|" in "".join(root.find(f".//{TEI}body").itertext())


def test_a_chorus_label_used_once_in_a_libretto():
    """Der fliegende Holländer, German and English libretto (corpus2): each label a
    paragraph of its own over the speech, DALAND and STEUERMANN again and again; the
    sailors' chorus sings once ("MATROSEN." / "SAILORS."), as "CHOR." or "ALLE." do in
    the plays of Project Gutenberg and Zeno.org. The scene's heading is no label."""
    root, _ = encode("ERSTER AKT.\n\n      ACT I.\n\n\n  ERSTER AUFTRITT.\n\n      SCENE I.\n\n"
                     "  MATROSEN.\n\n  Hohoje! Hohoje! Halloho!\n\n      SAILORS.\n\n"
                     "      Heigho! Heigho! Halloho!\n\n  DALAND.\n\n  Kein Zweifel! Sieben "
                     "Meilen fort\n\n      DALAND.\n\n      No doubt! Full seven miles away\n\n"
                     "  STEUERMANN.\n\n  Ho! Capitän!\n\n      MATE.\n\n      Ho! Captain!\n\n"
                     "  STEUERMANN.\n\n  Gut, Capitän!\n\n      MATE.\n\n      Well, captain.\n")
    assert texts(root, "//t:sp/t:speaker") == ["MATROSEN", "SAILORS", "DALAND", "DALAND",
                                               "STEUERMANN", "MATE", "STEUERMANN", "MATE"]
    assert "ERSTER AUFTRITT." not in texts(root, "//t:sp/t:speaker")


def test_a_yaml_metadata_block_under_the_heading():
    """Hyrum Smith's Liberty Jail journal (corpus4): a page exported under its heading and
    a thumbnail, then its record's fields between "---" lines (image_working_ref,
    provenance, tags); Pandoc reads such a block anywhere in the text, and pages of a
    Jekyll or Hugo site joined into one file carry one each. Out of the text, its fields in
    the header; the heading over it stays the title. A rule with one line under it is
    never fields."""
    root, _ = encode("## April 1839 – Liberty Jail Entries\n\n---\ntitle: \"Hyrum Smith "
                     "Journal\"\ndate: 1839-04-01\nimage_working_ref: \"../images/a.jpg\"\n"
                     "provenance: \"Church History Library\"\n# Editorial Method: diplomatic\n"
                     "---\n\n### Transcription\n\nthis morning Lord I say I slept last night\n\n"
                     "---\nNote: the leaf is torn\n---\n\nthe guard quite still\n", "doc.md")
    body = "".join(root.find(f".//{TEI}body").itertext())
    assert "image_working_ref" not in body and "provenance" not in body
    assert "Note: the leaf is torn" in body
    assert texts(root, "//t:titleStmt/t:title")[0] == "April 1839 – Liberty Jail Entries"
    assert xp(root, "//t:sourceDesc//t:note[@type='provenance']")
    assert xp(root, "//t:creation/t:date/@when") == ["1839-04-01"]
