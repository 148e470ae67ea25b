"""PDF as a source format (formats.pdf, formats.pdflayout): PDFs made in the test by the PDF
engine teikit already has (WeasyPrint: HTML -> PDF) -- a letter under a heading, two pages
with running heads and page numbers, notes at the page's foot with raised markers, italics,
a page in two columns -- and two real PDFs from public repositories (tests/fixtures/
pdfsource, see its README); the refusals on the command line."""
from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from lxml import etree
from teiquery import texts, xp

from teikit import encode_file
from teikit.diagnostics import TeikitError
from teikit.formats import detect, pdfpages
from teikit.formats.pdflayout import Char, reading_order, rows_of

from wordcheck import missing_words, words

FIXTURES = Path(__file__).parent / "fixtures" / "pdfsource"
STYLE = ("@page { size: A5; margin: 2cm } body { font-family: 'DejaVu Serif', serif; "
         "font-size: 11pt } "
         "p { margin: 0 0 0.6em 0 }")


def pdf_of(html: str, style: str = STYLE) -> bytes:
    import weasyprint
    page = f"<html><head><style>{style}</style>{html}"
    return weasyprint.HTML(string=page).write_pdf()


def encoded(tmp_path: Path, data: bytes, name: str = "doc.pdf"):
    source = tmp_path / name
    source.write_bytes(data)
    result = encode_file(source)
    return etree.fromstring(result.data), result


def body_text(root) -> str:
    return " ".join(xp(root, "string(//t:text)").split())


LETTER = """<title>A Letter to the Governor</title><meta name="author" content="J. Smith">
</head><body><h1>Letter to the Governor</h1>
<p>Dear Sir, I write to you about the <i>matter</i> of the bridge over the river. It is
<b>urgent</b> and must be settled before the winter comes to the valley.</p>
<p>The second paragraph is here, and it is long enough to wrap over several lines of the
page, so that its lines are joined into one paragraph again.</p></body></html>"""


def test_a_letter_under_a_heading(tmp_path):
    root, result = encoded(tmp_path, pdf_of(LETTER))
    assert result.source_format == "pdf"
    assert texts(root, "//t:body//t:head") == ["Letter to the Governor"]
    assert texts(root, "//t:titleStmt/t:title") == ["Letter to the Governor"]
    assert xp(root, "//t:body//t:hi[@rend='italic']/text()") == ["matter"]
    assert xp(root, "//t:body//t:hi[@rend='bold']/text()") == ["urgent"]
    paragraphs = texts(root, "//t:body//t:p")
    assert paragraphs[-1] == ("The second paragraph is here, and it is long enough to wrap "
                              "over several lines of the page, so that its lines are joined "
                              "into one paragraph again.")
    assert "It is urgent and must be settled before the winter comes to the valley." in \
        body_text(root)
    assert texts(root, "//t:sourceDesc//t:note[@type='author']") == ["J. Smith"]
    assert not xp(root, "//t:body//t:pb")          # one page, no number printed: no break
    assert "format-pdf" in result.rules


MINUTES = """</head><body><h1>Minutes of the Meeting</h1>
<p>{para}</p><p style="break-before: page">The meeting closed at nine o'clock.</p>
</body></html>"""
RUNNING = (STYLE + ' @page { @top-center { content: "Minutes of the Council"; font-size: 9pt }'
           " @bottom-center { content: counter(page); font-size: 9pt } }")
SENTENCE = ("The council met again in the long room of the town hall and the clerk read the "
            "minutes of the last meeting, which were approved without dissent. ")


def test_two_pages_with_running_heads_and_page_numbers(tmp_path):
    para = SENTENCE * 20
    root, result = encoded(tmp_path, pdf_of(MINUTES.format(para=para), RUNNING))
    assert xp(root, "//t:body//t:pb/@n") == ["1", "2", "3"]
    # the running head is left out of the text on every page and reported
    assert "Minutes of the Council" not in body_text(root)
    heads = [x for x in result.left_out if x.code == "running-head"]
    assert [x.text for x in heads] == ["Minutes of the Council"] * 3
    assert [x.text for x in result.left_out if x.code == "page-number"] == ["1", "2", "3"]
    # the paragraph the page cut is one paragraph, the page's break inside it
    long = [p for p in xp(root, "//t:body//t:p") if p.find("{*}pb") is not None]
    assert len(long) == 1
    assert " ".join("".join(long[0].itertext()).split()) == para.strip()
    assert texts(root, "//t:body//t:p")[-1] == "The meeting closed at nine o'clock."
    assert xp(root, "//t:body//t:pb[@n='3']/following-sibling::t:p[1]/text()") == \
        ["The meeting closed at nine o'clock."]


BOOK = (" @page { size: A6; margin: 1.5cm }"
        ' @page :left { @top-left { content: counter(page) "   THE HISTORY OF ROME";'
        " font-size: 8pt } }"
        ' @page :right { @top-right { content: "CHAPTER II   " counter(page); font-size: 8pt } }'
        " @page :first { @top-right { content: none } }"
        " body { font-family: 'DejaVu Serif', serif; font-size: 9pt }"
        " p { margin: 0; text-indent: 1.2em; text-align: justify }"
        " h2 { font-size: 9pt; font-weight: bold; margin: 0.8em 0 0.3em 0 }")
MARCH = ("The legions marched along the road to the north and the people watched them pass "
         "by the gates of the town. ")


def test_a_books_running_heads_left_and_right_and_bold_headings(tmp_path):
    """Left-hand pages head "N  THE HISTORY OF ROME", right-hand ones "CHAPTER II  N" (once
    only here: its number, the one the other pages' heads give it, makes it one), the first
    page none; paragraphs by their indented first lines; bold headings at the text's size."""
    paras = "".join(f"<p>{MARCH * n}</p>" for n in (4, 3))
    more = "".join(f"<p>{MARCH * 9}</p>" for _ in range(3))
    html = f"</head><body><h2>The March North</h2>{paras}<h2>The Siege</h2>{more}</body></html>"
    root, result = encoded(tmp_path, pdf_of(html, BOOK))
    assert xp(root, "//t:body//t:pb/@n") == ["2", "3", "4"]
    assert texts(root, "//t:body//t:head") == ["The March North", "The Siege"]
    assert sorted(x.text for x in result.left_out if x.code == "running-head") == [
        "2 THE HISTORY OF ROME", "4 THE HISTORY OF ROME", "CHAPTER II 3"]
    assert [" ".join(p.split()) for p in texts(root, "//t:body//t:p")] == \
        [(MARCH * n).strip() for n in (4, 3, 9, 9, 9)]


NOTES_STYLE = (STYLE + " .fn { float: footnote; font-size: 8pt }"
               " ::footnote-call { content: counter(footnote); vertical-align: super;"
               " font-size: 70% } ::footnote-marker { content: counter(footnote) ' ' }")


def test_notes_at_the_page_foot_are_placed_at_their_raised_markers(tmp_path):
    html = ("</head><body><p>The mayor spoke of the bridge.<span class=fn>The bridge over "
            "the river Wey, built in 1820.</span> He said it was <i>unsafe</i>.</p>"
            "<p>Then the treasurer rose.<span class=fn>Mr. John Hardy, treasurer since "
            "1851.</span></p></body></html>")
    root, result = encoded(tmp_path, pdf_of(html, NOTES_STYLE))
    notes = xp(root, "//t:body//t:note")
    assert [(n.get("n"), n.get("place"), " ".join("".join(n.itertext()).split()))
            for n in notes] == [("1", "foot", "The bridge over the river Wey, built in 1820."),
                                ("2", "foot", "Mr. John Hardy, treasurer since 1851.")]
    assert notes[0].getprevious() is None
    assert notes[0].getparent().text == "The mayor spoke of the bridge."
    assert notes[0].tail == " He said it was "
    assert xp(root, "//t:body//t:hi[@rend='italic']/text()") == ["unsafe"]
    assert not xp(root, "//t:body//t:hi[@rend='sup']")       # the markers are the notes
    assert "pdf-foot-notes" in result.rules


def test_a_raised_number_with_no_note_under_it_stays_a_superscript(tmp_path):
    html = "</head><body><p>On the 1<sup>st</sup> of May, x<sup>2</sup> grew.</p></body></html>"
    root, _ = encoded(tmp_path, pdf_of(html))
    assert xp(root, "//t:body//t:hi[@rend='sup']/text()") == ["st", "2"]
    assert not xp(root, "//t:body//t:note")


def test_a_page_in_two_columns_is_read_column_after_column(tmp_path):
    left = "Left column words run on for a while and then some more words to fill the column."
    right = "Right column words follow after the left column has been filled with its lines."
    html = (f"</head><body><h1>Two Columns</h1><div style='columns: 2; column-gap: 1cm'>"
            f"<p>{left}</p><p>{right}</p></div><p>Under both columns.</p></body></html>")
    root, _ = encoded(tmp_path, pdf_of(html))
    assert texts(root, "//t:body//t:p") == [left, right, "Under both columns."]


def test_a_justified_and_hyphenated_paragraph_is_one_paragraph_of_whole_words(tmp_path):
    """WeasyPrint hyphenates with U+2010 and spreads a line of three long words wide."""
    sentence = ("Notwithstanding the extraordinarily unsatisfactory circumstances, the "
                "representatives acknowledged responsibilities. ")
    style = ("@page { size: A6; margin: 1cm } body { font-family: 'DejaVu Serif', serif;"
             " font-size: 10pt } p { hyphens: auto; text-align: justify }")
    root, result = encoded(tmp_path, pdf_of(f"</head><body lang=en><p>{sentence * 3}</p>"
                                            "</body></html>", style))
    assert texts(root, "//t:body//t:p") == [(sentence * 3).strip()]
    assert any(d.code == "dehyphenated" for d in result.diagnostics)
    assert xp(root, "//t:langUsage/t:language/@ident") == ["en"]


def test_metadata_title_author_and_the_files_date(tmp_path):
    html = ("<title>Minutes</title><meta name=author content='A. Clerk'>"
            "<meta name=dcterms.created content='2021-03-04T10:00:00'>"
            "</head><body><p>Nothing was decided.</p></body></html>")
    root, _ = encoded(tmp_path, pdf_of(html))
    assert texts(root, "//t:sourceDesc//t:note[@type='author']") == ["A. Clerk"]
    assert not xp(root, "//t:profileDesc/t:creation")     # the file's date: not the text's
    assert texts(root, "//t:body//t:p") == ["Nothing was decided."]


# -- layout on its own --------------------------------------------------------------------

def _line(text: str, x: float, base: float, size: float = 10.0) -> list[Char]:
    out, width = [], 0.55 * size
    for k, ch in enumerate(text):
        out.append(Char(ch, x + k * width, base - 2, x + (k + 1) * width, base + 8, base, size))
    return out


def test_lines_made_and_ordered_from_characters_drawn_in_any_order():
    left = _line("alpha beta", 50, 700) + _line("gamma delta", 50, 688)
    right = _line("epsilon zeta", 250, 700) + _line("eta theta", 250, 688)
    # drawn line by line across the page (an OCR layer): read column after column
    chars = left[:10] + right[:12] + left[10:] + right[12:]
    boxes = reading_order(rows_of(chars))
    assert [[r.text for r in b.rows] for b in boxes] == [["alpha beta", "gamma delta"],
                                                         ["epsilon zeta", "eta theta"]]


def test_a_raised_smaller_number_stays_on_its_line():
    chars = [*_line("bridge.", 50, 700), Char("1", 89, 704, 92, 710, 704.5, 7.0),
             *_line(" It is", 92, 700)]
    [row] = rows_of(chars)
    assert [(r.text, r.pos) for r in row.runs] == [("bridge.", ""), ("1", "sup"),
                                                   (" It is", "")]


# -- real PDFs -----------------------------------------------------------------------------

def test_a_real_transcript_page_keeps_its_words_without_the_margins_line_numbers(tmp_path):
    """The first page of a U.S. Supreme Court transcript (see the fixtures' README): a
    typewriter's face whose narrow glyphs stand in wide boxes, the lines numbered 1-25 in
    the margin."""
    data = (FIXTURES / "scotus-transcript-p1.pdf").read_bytes()
    root, result = encoded(tmp_path, data, "scotus-transcript-p1.pdf")
    numbers = [x for x in result.left_out if x.code == "line-numbers"]
    assert [x.text for x in numbers] == [" ".join(str(n) for n in range(1, 26))]
    paragraphs = texts(root, "//t:body//t:p")
    assert "The above-entitled matter came on for oral argument before the Supreme Court of "\
        "the United States at 1:01 p.m." in paragraphs
    assert "MICHAEL A. KNOWLES, WARDEN," in paragraphs
    assert "APPEARANCES:" in paragraphs
    assert not any(p.split()[0].isdigit() and len(p.split()) > 20 for p in paragraphs)


# -- nothing lost ---------------------------------------------------------------------------

WORD = st.from_regex(r"[A-Za-z]{1,9}", fullmatch=True)
SEPARATOR = st.sampled_from([" ", " ", " ", " ", "</p><p>", "<i>", "</i>", "<b>", "</b>",
                             "</p><h2>", "</h2><p>", ". "])


@settings(max_examples=int(os.environ.get("TEIKIT_EXAMPLES", "12")), deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(WORD, SEPARATOR), min_size=1, max_size=120),
       st.sampled_from(["", "columns: 2;"]))
@example([("A", " "), ("A", " "), ("A", "<b>"), ("AA", " "), ("AAAA", " "), ("AAAAAA", " "),
          ("AAAAAA", " "), ("AAAAAAA", " "), ("AA", "<i>"), ("A", "</b>"), ("A", " ")], "")
@example([("A", " "), ("AAAAAAAAA", "<b>"), ("AAAAAAAAA", " "), ("A", "</p><h2>"), ("A", " ")],
         "columns: 2;")          # (a word too long for its column runs up to the next's heading)
@example([("A", " "), ("AAA", "<i>"), ("AAAAAAA", "<i>"), ("AAAAAAAAA", " "), ("A", "</p><h2>"),
          ("A", " "), ("AAAAAA", " ")], "columns: 2;")    # (… touching it)
def test_no_word_of_the_html_given_to_weasyprint_is_lost(tmp_path, pieces, columns):
    body = "".join(w + s for w, s in pieces)
    html = f"</head><body><div style='{columns}'><p>{body}</p></div></body></html>"
    # (a paragraph's or a heading's end parts words; emphasis does not)
    source = words(re.sub(r"<[^>]+>", "", re.sub(r"</?(?:p|h2)>", " ", body)))
    data = pdf_of(html)
    path = tmp_path / "words.pdf"
    path.write_bytes(data)
    result = encode_file(path)
    root = etree.fromstring(result.data)
    left = Counter(w for x in result.left_out for w in words(x.text))
    assert not (missing_words(source, root) - left), (body, result.report_text())


# -- refusals -------------------------------------------------------------------------------

def run(*args):
    proc = subprocess.run([sys.executable, "-m", "teikit", *map(str, args)],
                          capture_output=True, text=True, timeout=120)
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


def _encrypted() -> bytes:
    from pypdf import PdfReader, PdfWriter
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_of(LETTER))))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize("case,code,message", [
    ("scan", "pdf-no-text", "the PDF (1 page, 1 with images) has no text layer; OCR it first "
                            "(e.g. ocrmypdf)"),
    ("empty", "pdf-no-text", "the PDF (1 page) has no text layer; OCR it first (e.g. "
                             "ocrmypdf)"),
    ("encrypted", "pdf-encrypted", "the PDF is encrypted (it asks for a password); decrypt it "
                                   "first (e.g. qpdf --decrypt --password=PASSWORD in.pdf "
                                   "out.pdf)"),
    ("broken", "not-pdf", "not a readable PDF (PDFium cannot open it: Failed to load "
                          "document (PDFium: Data format error))"),
])
def test_refused_with_one_line_and_exit_code_3(tmp_path, case, code, message):
    source = tmp_path / "in.pdf"
    if case == "scan":                  # a real scan: an image, no text (see the README)
        source.write_bytes((FIXTURES / "c02-22.pdf").read_bytes())
    elif case == "empty":
        source.write_bytes(pdf_of("</head><body></body></html>"))
    elif case == "encrypted":
        source.write_bytes(_encrypted())
    else:
        source.write_bytes(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog\n%%EOF\n")
    out = tmp_path / "out.xml"
    proc = run("encode", source, "-o", out)
    assert proc.returncode == 3, proc.stderr
    assert proc.stderr.strip().splitlines() == [f"{source}:1:1: error: {message} [{code}]"]
    assert not out.exists()


@settings(max_examples=int(os.environ.get("TEIKIT_EXAMPLES", "12")), deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, 10**6), st.binary(min_size=1, max_size=64)),
                min_size=1, max_size=8))
def test_a_damaged_pdf_is_read_or_refused_never_a_traceback(tmp_path, damage):
    data = bytearray(_letter_pdf())
    for at, junk in damage:
        at %= len(data)
        data[at:at + len(junk)] = junk
    path = tmp_path / "damaged.pdf"
    path.write_bytes(bytes(data))
    try:
        encode_file(path)                 # (a master that is made is checked valid)
    except TeikitError as exc:          # (one line; its magic damaged, it is no PDF)
        assert exc.exit_code == 3, str(exc)


_LETTER: list[bytes] = []


def _letter_pdf() -> bytes:
    if not _LETTER:
        _LETTER.append(pdf_of(LETTER))
    return _LETTER[0]


def test_detected_by_its_magic_not_its_name():
    assert detect("scan.bin", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n") == "pdf"
    assert detect("notes.pdf", b"Plain words, not a PDF.\n") == "text"


@pytest.mark.parametrize("line", ["", "( )", "– . –", "[ ]", "-"])
def test_a_running_line_of_signs_alone_is_no_page_number(line):
    """A line of a page's edge that is only dashes, dots or brackets (a damaged PDF's text
    layer gave one): kept as its words, never a page number. The roman-numeral test took
    the empty rest for a numeral and raised (found by the damaged-PDF property test)."""
    assert pdfpages._roman(line.strip(" -–—.()[]")) is None
    assert pdfpages._key(line) != "#"
