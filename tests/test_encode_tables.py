"""Tables (issue: tables): a Markdown pipe table, an HTML table and a Word table become a
TEI <table> with <row> and <cell> (header cells role="label", a caption the <head>, spans
@cols/@rows); a web page laid out in a table stays paragraphs; the exports render the
table (HTML) or one line per row with its cells set apart (text)."""
from __future__ import annotations

import os
import re
from copy import deepcopy

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree
from lxml import html as lxml_html
from teiquery import NS, docx_bytes, encode, texts, xp

from teikit import encode_text
from teikit.encode import encode_file
from teikit.export import export
from teikit.header import Edition


def grid(root) -> list[list[str]]:
    """The cells' words, row by row (a line break a space, notes left out)."""
    def words(cell) -> str:
        cell = deepcopy(cell)
        for lb in xp(cell, ".//t:lb"):
            lb.tail = " " + (lb.tail or "")
        etree.strip_elements(cell, f"{{{NS['t']}}}note", with_tail=False)
        return " ".join("".join(cell.itertext()).split())
    return [[words(c) for c in xp(row, "t:cell")] for row in xp(root, "//t:table/t:row")]


MARKDOWN = """# Minutes

The votes were as follows.

| Name | Office | Votes |
|------|:------:|------:|
| Alice **Smith** | Chair[^1] | 12 |
| Bob | [Secretary](https://example.org/bob) |  |

The meeting closed.

[^1]: Elected in 1990.
"""


@pytest.mark.shared
def test_a_markdown_pipe_table(tei_all_rng):
    root, result = encode(MARKDOWN, "minutes.md")
    assert tei_all_rng.validate(root), tei_all_rng.error_log.last_error
    assert grid(root) == [["Name", "Office", "Votes"], ["Alice Smith", "Chair", "12"],
                          ["Bob", "Secretary", ""]]
    table = xp(root, "//t:table")[0]
    assert (table.get("rows"), table.get("cols")) == ("3", "3")
    assert xp(root, "//t:table/t:row[1]/@role") == ["label"]
    assert texts(root, "//t:cell/t:hi[@rend='bold']") == ["Smith"]
    assert xp(root, "//t:cell/t:ref/@target") == ["https://example.org/bob"]
    assert texts(root, "//t:cell/t:note[@place='foot']") == ["Elected in 1990."]
    # the paragraphs around it stay paragraphs; no cell is a paragraph
    assert texts(root, "//t:div/t:p") == ["The votes were as follows.", "The meeting closed."]
    assert "table" in result.rules
    assert any("<table>" in s for s in texts(root, "//t:editorialDecl//t:p"))


PAGE = """<html><head><title>Report</title></head><body>
<h1>Report of the committee</h1>
<p>The text before the table.<a href="#fn1" id="r1">1</a></p>
<table>
<caption>Table 1. <i>Votes</i> cast</caption>
<thead><tr><th>Name</th><th>Votes</th><th>Date</th></tr></thead>
<tbody>
<tr><td>Alice<br>Smith</td><td>12<a href="#fn2" id="r2">2</a></td><td>June 11, 1944</td></tr>
<tr><th>Total</th><td colspan="2">12</td></tr>
<tr><td rowspan="2">Bob</td><td>3</td><td>June 12, 1944</td></tr>
<tr><td>4</td><td>June 13, 1944</td></tr>
</tbody></table>
<p>The text after it.</p>
<div class="footnotes"><p id="fn1"><a href="#r1">1</a> A note in the text.</p>
<p id="fn2"><a href="#r2">2</a> A note in a cell.</p></div>
</body></html>
"""


@pytest.mark.shared
def test_an_html_table_with_caption_header_spans_and_a_note_in_a_cell(tei_all_rng):
    root, _ = encode(PAGE, "report.html")
    assert tei_all_rng.validate(root), tei_all_rng.error_log.last_error
    assert texts(root, "//t:table/t:head") == ["Table 1. Votes cast"]
    assert texts(root, "//t:table/t:head/t:hi[@rend='italic']") == ["Votes"]
    assert grid(root) == [["Name", "Votes", "Date"],
                          ["Alice Smith", "12", "June 11, 1944"],
                          ["Total", "12"], ["Bob", "3", "June 12, 1944"],
                          ["4", "June 13, 1944"]]
    assert xp(root, "//t:row/@role") == ["label"]                   # the <thead> row
    assert texts(root, "//t:row[not(@role)]/t:cell[@role='label']") == ["Total"]   # a <th>
    assert xp(root, "//t:cell[@cols]/@cols") == ["2"]
    assert xp(root, "//t:cell[@rows]/@rows") == ["2"]
    table = xp(root, "//t:table")[0]
    assert (table.get("rows"), table.get("cols")) == ("5", "3")
    assert len(xp(root, "//t:cell//t:lb")) == 1                     # <br> in a cell
    assert texts(root, "//t:cell/t:note") == ["A note in a cell."]
    assert texts(root, "//t:div/t:p") == ["The text before the table.A note in the text.",
                                          "The text after it."]
    # a date in a cell is no dateline
    assert not xp(root, "//t:opener")


LAYOUT_PAGE = """<html><head><title>Old page</title></head><body>
<table width="100%"><tr>
<td width="20%"><a href="/">Home</a><br><a href="/letters">Letters</a></td>
<td><h1>A letter of 1841</h1>
<p>Dear Sir,</p><p>The first paragraph of the letter.</p><p>The second paragraph.</p>
<p>The third paragraph.</p><p>Yours sincerely,</p><p>John Smith</p></td>
</tr></table>
</body></html>
"""


@pytest.mark.shared
def test_a_table_that_lays_out_a_page_stays_paragraphs(tei_all_rng):
    root, result = encode(LAYOUT_PAGE, "old.html")
    assert tei_all_rng.validate(root), tei_all_rng.error_log.last_error
    assert not xp(root, "//t:table")
    assert "A letter of 1841" in texts(root, "//t:head")
    assert "The first paragraph of the letter." in texts(root, "//t:p")
    assert "layout-table" in result.rules
    assert "table" not in result.rules


def test_one_column_and_presentation_tables_are_layout():
    column = ("<html><body><table><tr><td>Banner of the site</td></tr><tr><td>The text of "
              "the page.</td></tr></table></body></html>")
    root, _ = encode(column, "column.html")
    assert not xp(root, "//t:table")
    presentation = ("<html><body><p>Text.</p><table role='presentation'><tr><td>Left words"
                    "</td><td>Right words</td></tr></table></body></html>")
    root, _ = encode(presentation, "presentation.html")
    assert not xp(root, "//t:table")
    assert {"Left words", "Right words"} <= set(texts(root, "//t:p"))


def test_a_cell_with_a_long_text_makes_the_table_layout():
    long = " ".join(["word"] * 300)
    page = (f"<html><body><table><tr><td>Menu</td><td>{long}</td></tr></table>"
            "</body></html>")
    root, _ = encode(page, "long.html")
    assert not xp(root, "//t:table")


def _cell(text: str) -> str:
    return f"<w:tc><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>"


@pytest.mark.shared
def test_word_tables(tmp_path, tei_all_rng):
    header = "<w:tr><w:trPr><w:tblHeader/></w:trPr>" + _cell("Item") + _cell("Owner") + "</w:tr>"
    rows = "".join(f"<w:tr>{_cell(a)}{_cell(b)}</w:tr>" for a, b in (("Budget", "Ann"),
                                                                      ("Minutes", "Raj")))
    src = tmp_path / "minutes.docx"
    src.write_bytes(docx_bytes("<w:p><w:r><w:t>Team meeting</w:t></w:r></w:p><w:p><w:r><w:t>"
                          "Actions agreed:</w:t></w:r></w:p>"
                          f"<w:tbl>{header}{rows}</w:tbl>"
                          "<w:p><w:r><w:t>Next meeting on Monday.</w:t></w:r></w:p>"))
    result = encode_file(src, edition=Edition())
    root = etree.fromstring(result.data)
    assert tei_all_rng.validate(root), tei_all_rng.error_log.last_error
    assert grid(root) == [["Item", "Owner"], ["Budget", "Ann"], ["Minutes", "Raj"]]
    assert xp(root, "//t:row[1]/@role") == ["label"]
    assert texts(root, "//t:div/t:p") == ["Actions agreed:", "Next meeting on Monday."]


def test_a_table_first_in_the_text_is_no_heading():
    root, _ = encode("| A | B |\n|---|---|\n| one | two |\n\nThe text.\n", "t.md")
    assert grid(root) == [["A", "B"], ["one", "two"]]
    assert not texts(root, "//t:body//t:head[not(@type)]")


# ----------------------------------------------------------------------------- exports

def _master(tmp_path, text: str, name: str):
    result = encode_text(text, name)
    path = tmp_path / "master.xml"
    path.write_bytes(result.data)
    return path


def test_html_export_renders_a_table_with_header_cells(tmp_path):
    data, _ = export("html", _master(tmp_path, PAGE, "report.html"))
    doc = lxml_html.document_fromstring(data)
    table = doc.xpath("//table")[0]
    assert [" ".join(c.text_content().split()) for c in table.xpath(".//caption")] == \
        ["Table 1. Votes cast"]
    assert [c.text_content() for c in table.xpath(".//tr[1]/th")] == ["Name", "Votes", "Date"]
    assert [c.text_content() for c in table.xpath(".//tr[3]/th")] == ["Total"]
    assert table.xpath(".//td[@colspan]/@colspan") == ["2"]
    assert table.xpath(".//td[@rowspan]/@rowspan") == ["2"]


def test_html_export_lets_no_other_role_or_span_through(tmp_path):
    tei = ('<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>'
           "T</title></titleStmt><publicationStmt><p>x</p></publicationStmt><sourceDesc><p>x"
           "</p></sourceDesc></fileDesc></teiHeader><text><body><div><table>"
           '<row role="x onclick=alert(1)"><cell role="script" cols="0" rows="99999">A</cell>'
           '<cell role="label" cols="2 onmouseover=x">B</cell></row></table></div></body>'
           "</text></TEI>")
    path = tmp_path / "hostile.xml"
    path.write_text(tei, encoding="utf-8")
    data, _ = export("html", path)
    doc = lxml_html.document_fromstring(data)
    cells = doc.xpath("//table//td|//table//th")
    assert [(c.tag, dict(c.attrib)) for c in cells] == [("td", {}), ("th", {})]
    assert b"onclick" not in data and b"onmouseover" not in data


def test_text_export_puts_each_row_on_its_line_with_its_cells_apart(tmp_path):
    data, _ = export("text", _master(tmp_path, MARKDOWN, "minutes.md"), "diplomatic", 72)
    out = data.decode("utf-8")
    assert "Name | Office | Votes" in out
    assert "Alice Smith | Chair[1] | 12" in out
    assert "Bob | Secretary |" in out


def test_text_export_wraps_a_long_row(tmp_path):
    long = " ".join(f"word{i}" for i in range(40))
    md = f"| Name | Text |\n|---|---|\n| Ann | {long} |\n"
    data, _ = export("text", _master(tmp_path, md, "t.md"), "diplomatic", 40)
    body = data.decode("utf-8").split("-" * 40 + "\n", 1)[1]
    assert all(len(line) <= 40 for line in body.split("\n"))
    assert " ".join(body.split()).count("word39") == 1
    assert "Ann | word0" in " ".join(body.split())


def _bold_cell(text: str) -> str:
    return f"<w:tc><w:p><w:r><w:rPr><w:b/></w:rPr><w:t>{text}</w:t></w:r></w:p></w:tc>"


def test_a_word_forms_title_row_is_lines_over_the_table_and_a_bold_first_row_its_header(
        tmp_path):
    # (the title row fills two of four columns: at most half, so no row of the table)
    title = "<w:tr>" + _cell("Page (1)") + _cell("") * 2 + _cell("Field Notes of the lots") + \
        "</w:tr>"
    header = "<w:tr>" + "".join(_bold_cell(t) for t in ("Lot", "Course", "Dist", "Remarks")) + \
        "</w:tr>"
    rows = "".join(f"<w:tr>{_cell(a)}{_cell(b)}{_cell(c)}{_cell(d)}</w:tr>" for a, b, c, d in (
        ("No. 1", "East", "52", "A pine tree"), ("No. 2", "North", "", "A brook")))
    blank = "<w:tr>" + _cell("") * 4 + "</w:tr>"
    src = tmp_path / "notes.docx"
    src.write_bytes(docx_bytes(f"<w:tbl>{title}{header}{rows}{blank}{blank}</w:tbl>"))
    root = etree.fromstring(encode_file(src, edition=Edition()).data)
    assert xp(root, "//t:body//t:pb/@n") == ["1"]
    assert texts(root, "//t:body//t:head") == ["Field Notes of the lots"]
    assert grid(root) == [["Lot", "Course", "Dist", "Remarks"],
                          ["No. 1", "East", "52", "A pine tree"],
                          ["No. 2", "North", "", "A brook"]]     # (the blank rows at the end go)
    assert xp(root, "//t:row/@role") == ["label"]


# ----------------------------------------------------------------------------- properties

CELL_WORD = st.from_regex(r"[A-Za-zé]{1,8}", fullmatch=True)
CELL_PIECE = st.one_of(CELL_WORD, CELL_WORD, st.sampled_from([
    " ", "[sic]", "[illegible]", "[Page 3]", "(Applause.)", "[Kai-shek]", "June 11, 1944",
    "Name: ", "1. ", "12"]))
CELL_TEXT = st.lists(CELL_PIECE, max_size=6).map(lambda parts: " ".join(parts).strip())
GRID = st.lists(st.lists(CELL_TEXT, min_size=2, max_size=4), min_size=1, max_size=5)


def _md_table(rows: list[list[str]]) -> str:
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    lines = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * width]
    lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
    return "\n".join(lines)


def _html_table(rows: list[list[str]], inline: str) -> str:
    out = ["<table><caption>A caption</caption>"]
    for k, row in enumerate(rows):
        tag = "th" if k == 0 else "td"
        cells = [f"<{tag}>{text}</{tag}>" if i else
                 f"<{tag} colspan='1'><{inline}>{text}</{inline}><br>x</{tag}>"
                 for i, text in enumerate(row)]
        out.append("<tr>" + "".join(cells) + "</tr>")
    return "".join(out) + "</table>"


def _exports_keep_every_word(tmp_path, data: bytes) -> None:
    from teikit.export import load_master

    from exportwords import (
        difference,
        html_words,
        master_words,
        master_words_for_text,
        note_labels,
        text_words,
    )
    path = tmp_path / "gen.xml"
    path.write_bytes(data)
    root = load_master(path).root
    for view in ("diplomatic", "reading"):
        page, _ = export("html", path, view)
        assert not difference(master_words(root, view), html_words(page))
        text, _ = export("text", path, view, 40)
        assert not difference(master_words_for_text(root, view),
                              text_words(text, note_labels(root)))


PROPERTY = settings(max_examples=int(os.environ.get("TEIKIT_EXAMPLES", "60")), deadline=None,
                    suppress_health_check=[HealthCheck.too_slow,
                                           HealthCheck.function_scoped_fixture])


@pytest.mark.shared
@pytest.mark.slow
@PROPERTY
@given(GRID, st.sampled_from(["md", "html"]), st.sampled_from(["b", "i", "span"]))
def test_any_table_is_valid_keeps_its_words_and_exports_them(tei_all_rng, tmp_path, rows, fmt,
                                                             inline):
    table = _md_table(rows) if fmt == "md" else _html_table(rows, inline)
    if fmt == "md":
        source = f"# Title\n\nBefore the table.\n\n{table}\n\nAfter it.\n"
    else:
        source = f"<html><body><h1>Title</h1><p>Before the table.</p>{table}<p>After it.</p>" \
                 "</body></html>"
    result = encode_text(source, f"gen.{fmt}")
    root = etree.fromstring(result.data)
    assert tei_all_rng.validate(root), tei_all_rng.error_log.last_error
    # (a Markdown table whose one cell is a page's sign, "[Page 3]", is a page break)
    if any(re.sub(r"\[[^\]]*\]", "", text).strip() for row in rows for text in row) \
            or fmt == "html":
        assert xp(root, "//t:table")
    kept = " ".join("".join(root.find(f".//{{{NS['t']}}}body").itertext()).split())
    for row in rows:
        for text in row:
            for word in re.findall(r"[A-Za-zé]+", text):
                if word not in ("sic", "illegible", "Page"):   # signs, not words
                    assert word in kept, (word, source)
    _exports_keep_every_word(tmp_path, result.data)


def test_running_heads_set_in_small_tables_stay_page_furniture():
    """Winnipeg's council minutes, a PDF turned into HTML: each page's running head is a
    small table ("2 | COUNCIL OF THE CITY OF WINNIPEG / April 30, 2014"), odd and even pages
    apart. It comes back with only its figures changed: no table of data."""
    speech = "<p>Madam Speaker: We resume the debate on the housing plan this evening.</p>" * 3
    heads = [f"<table><tr><td>{n}</td><td>COUNCIL OF THE CITY OF WINNIPEG</td></tr><tr><td>"
             "</td><td>April 30, 2014</td></tr></table>" if n % 2 == 0 else
             f"<table><tr><td>COUNCIL OF THE CITY OF WINNIPEG</td><td>{n}</td></tr></table>"
             for n in range(2, 7)]
    page = "<html><body><h1>Minutes</h1>" + "".join(h + speech for h in heads) + \
        "<table><tr><th>Motion</th><th>Votes</th></tr><tr><td>Housing</td><td>12</td></tr>" \
        "</table></body></html>"
    root, _ = encode(page, "council.html")
    assert len(xp(root, "//t:table")) == 1          # the votes: data
    assert "COUNCIL OF THE CITY OF WINNIPEG" not in " ".join(texts(root, "//t:table"))


def test_a_table_typed_with_bars_in_a_plain_text():
    """South Africa's National Assembly, a written reply: the outcomes typed as a table,
    a first cell's words wrapped onto the next row; a Markdown-like rule row marks a
    header. Two rows are no table (a line or two with bars in running text)."""
    root, _ = encode("WRITTEN REPLY\n\nThe outcomes were:\n\n|OUTCOMES: LESS SERIOUS AND SERIOUS"
                     "   |NUMBER   |\n|MISCONDUCT                           |         |\n"
                     "|Suspension without pay (as alternative to |167 |\n|dismissal)        "
                     "      |    |\n|TOTAL      |4074   |\n", "reply.txt")
    assert grid(root) == [["OUTCOMES: LESS SERIOUS AND SERIOUS MISCONDUCT", "NUMBER"],
                          ["Suspension without pay (as alternative to dismissal)", "167"],
                          ["TOTAL", "4074"]]
    root, _ = encode("LIST\n\n| Name | Votes |\n|---|---|\n| Smith | 12 |\n| Jones | 9 |\n",
                     "votes.txt")
    assert xp(root, "//t:row[1]/@role") == ["label"]
    root, _ = encode("NOTES\n\nThe options are |a| and |b| here.\nOr |c| and |d| there.\n")
    assert not xp(root, "//t:table")
