"""EPUB and RTF as source formats: the real files in tests/fixtures/epubrtf (see its
README: a Standard Ebooks diary, a Project Gutenberg EPUB, two RTF files), EPUBs and RTFs
built here in the forms publishers and word processors write, refusals on the command
line, and property tests that no word is lost."""
from __future__ import annotations

import io
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from lxml import etree
from shared_sources import CONTAINER
from teiquery import texts, xp

from teikit import encode_file
from teikit.diagnostics import TeikitError
from teikit.formats import detect

from wordcheck import missing_words, words

FIXTURES = Path(__file__).parent / "fixtures" / "epubrtf"
XHTML = ('<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml" '
         'xmlns:epub="http://www.idpf.org/2007/ops"><head><title>{title}</title></head>'
         '<body>{body}</body></html>')


def pack(files: dict[str, bytes | str], mimetype: bool = True) -> bytes:
    """An EPUB's zip: mimetype first and stored, then the other files."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        if mimetype:
            z.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        for name, data in files.items():
            z.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def pack_folder(folder: Path) -> bytes:
    files = {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
             if p.is_file() and p.name != "mimetype"}
    return pack(files)


def epub(docs: list[tuple[str, str]], metadata: str = "", guide: str = "",
         extra: dict | None = None, spine: list[str] | None = None) -> bytes:
    """An EPUB of *docs* ((file name, body), in spine order) with *metadata* (dc: elements)."""
    manifest = "".join(f'<item id="d{i}" href="{name}" media-type="application/xhtml+xml"/>'
                       for i, (name, _) in enumerate(docs))
    order = spine if spine is not None else [f"d{i}" for i in range(len(docs))]
    opf = ('<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0" '
           'unique-identifier="id"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/">'
           f'{metadata or "<dc:title>A Book</dc:title><dc:language>en</dc:language>"}'
           f'</metadata><manifest>{manifest}</manifest><spine>'
           + "".join(f'<itemref idref="{ref}"/>' for ref in order)
           + f"</spine>{guide}</package>")
    files: dict[str, bytes | str] = {"META-INF/container.xml": CONTAINER, "OEBPS/content.opf": opf}
    for name, body in docs:
        files[f"OEBPS/{name}"] = XHTML.format(title=name, body=body)
    files.update(extra or {})
    return pack(files)


def encoded(tmp_path: Path, name: str, data: bytes):
    source = tmp_path / name
    source.write_bytes(data)
    result = encode_file(source)
    return etree.fromstring(result.data), result


def body_text(root) -> str:
    return " ".join("".join(xp(root, "//t:body")[0].itertext()).split())


def reported(result) -> str:
    return " ".join([f"{x.text} {x.reason}" for x in result.left_out] +
                    [d.message for d in result.diagnostics])


# -- EPUB: real files ------------------------------------------------------------------------

def test_a_standard_ebooks_diary_keeps_its_entries_and_its_endnotes_at_their_markers(tmp_path):
    """Standard Ebooks' Pepys: the package's title over the chapter's heading, each noteref
    into endnotes.xhtml a note at its marker (the first in the heading), the endnotes'
    list and heading left out; the title page, imprint, half-title, colophon and
    uncopyright left out and reported; the package's metadata in the header."""
    root, result = encoded(tmp_path, "pepys.epub", pack_folder(FIXTURES / "pepys-diary"))
    assert texts(root, "//t:titleStmt/t:title") == ["The Diary"]
    assert texts(root, "//t:body//t:head[@type='source-title']") == ["The Diary"]
    notes = xp(root, "//t:body//t:note")
    assert [n.get("n") for n in notes] == [str(n) for n in range(47, 70)]
    assert xp(root, "//t:body//t:head/t:note/@n") == ["47"]
    assert texts(root, "//t:note[@n='50']") == ["Ed. note:\u2060 \u2060\u2026 are used to "
                                                "denote censored passages"]
    text = body_text(root)
    assert "Blessed be God, at the end of the last year" in text
    assert "Endnotes" not in text and "Uncopyright" not in text and "Imprint" not in text
    assert "Standard Ebooks" not in text and "\u21a9" not in text     # (the back links)
    report = reported(result)
    for part in ("title page", "imprint", "half-title", "colophon", "copyright or licence"):
        assert part in report, part
    assert "May you do good and not evil" in report               # the uncopyright's words
    header = " ".join(texts(root, "//t:sourceDesc"))
    assert "Samuel Pepys (aut)" in header and "Henry B. Wheatley" in header
    assert "https://www.gutenberg.org/ebooks/4200" in header
    assert xp(root, "//t:sourceDesc//t:note[@type='ebook-date']/text()") == [
        "2019-08-21T18:40:45Z"]
    assert not xp(root, "//t:creation/t:date[starts-with(@when, '2019')]")
    assert xp(root, "//t:language/@ident") == ["en"]
    assert "epub-notes" in result.rules and "epub-chrome" in result.rules


def test_a_gutenberg_epub_without_its_boilerplate_and_contents(tmp_path):
    """Project Gutenberg's Frankenstein: its header and licence (section.pg-boilerplate)
    and the CONTENTS table of links into the book's documents left out and reported; the
    book's own title page and the two letters kept, each a letter."""
    root, result = encoded(tmp_path, "frankenstein.epub",
                           pack_folder(FIXTURES / "gutenberg-frankenstein"))
    text = body_text(root)
    assert "Project Gutenberg" not in text and "CONTENTS" not in text
    assert text.startswith("Frankenstein; or, the Modern Prometheus by Mary Wollstonecraft")
    assert texts(root, "//t:div[@type='letter']/t:head") == ["Letter 1", "Letter 2"]
    assert texts(root, "//t:closer/t:signed") == ["R. Walton", "Robert Walton"]
    report = reported(result)
    assert "This ebook is for the use of anyone anywhere" in report
    assert "END OF THE PROJECT GUTENBERG EBOOK" in report
    assert "table of contents" in report and "Letter 3 Letter 4" in report
    assert "Public domain in the USA." in " ".join(texts(root, "//t:sourceDesc"))
    assert xp(root, "//t:sourceDesc//t:ref/@target") == ["http://www.gutenberg.org/84"]


# -- EPUB: built -----------------------------------------------------------------------------

def test_epub_notes_in_another_document_and_in_an_aside(tmp_path):
    """A noteref into a notes document, and an EPUB 3 footnote in an <aside> of the same
    document: both at their markers; the notes' heading and list left out."""
    chapter = ('<section epub:type="chapter"><h2>Letter I</h2><p>Dear Sir, your parcel'
               '<a href="notes.xhtml#n1" id="r1" epub:type="noteref">1</a> came by the coach'
               '<a href="#fn2" epub:type="noteref">*</a> today.</p>'
               '<aside epub:type="footnote" id="fn2"><p>The mail coach from Bath.</p></aside>'
               '<p>Yours faithfully, John Smith</p></section>')
    notes = ('<section epub:type="endnotes"><h2>Notes</h2><ol><li id="n1" epub:type="endnote">'
             '<p>A box of books. <a href="chapter.xhtml#r1" epub:type="backlink">\u21a9</a></p>'
             '</li></ol></section>')
    root, result = encoded(tmp_path, "letters.epub",
                           epub([("chapter.xhtml", chapter), ("notes.xhtml", notes)]))
    assert texts(root, "//t:body//t:note") == ["A box of books.", "The mail coach from Bath."]
    assert "Notes" not in body_text(root)
    assert "your parcel" in xp(root, "//t:note[1]/preceding-sibling::text()")[0] or \
        "parcel" in "".join(xp(root, "//t:note[1]/../text()"))
    assert "a list of notes" in reported(result)


def test_epub2_guide_and_navigation_document_are_chrome_and_links_keep_their_words(tmp_path):
    """An EPUB 2 without epub:type: its guide names the title page and the contents; the
    navigation document in the spine is left out; a link to a chapter keeps its words."""
    docs = [("title.xhtml", "<h1>THE JOURNAL</h1><p>Printed for the Author, 1802.</p>"),
            ("contents.xhtml", '<p><a href="one.xhtml">The First Day</a></p>'),
            ("one.xhtml", '<h2 id="c1">The First Day</h2><p>We set out at dawn, as told in '
                          '<a href="two.xhtml#c2">the next chapter</a>.</p>'),
            ("two.xhtml", '<h2 id="c2">The Second Day</h2><p>Rain all day.</p>')]
    guide = ('<guide><reference type="title-page" href="title.xhtml"/><reference type="toc" '
             'href="contents.xhtml"/></guide>')
    root, result = encoded(tmp_path, "journal.epub", epub(docs, guide=guide))
    text = body_text(root)
    assert "Printed for the Author" not in text and "We set out at dawn" in text
    assert "as told in the next chapter." in text
    assert not xp(root, "//t:body//t:ref")
    assert "Printed for the Author, 1802." in reported(result)


def test_epub_metadata_goes_to_the_header(tmp_path):
    metadata = ('<dc:title id="t">Letters from the Front</dc:title><dc:creator id="c">'
                'Ann Smith</dc:creator><meta refines="#c" property="role">aut</meta>'
                '<dc:language>fr</dc:language><dc:date>2021-05-01</dc:date>'
                '<dc:publisher>A Press</dc:publisher><dc:rights>Public domain</dc:rights>'
                '<dc:identifier>urn:uuid:1234</dc:identifier>')
    root, _ = encoded(tmp_path, "front.epub",
                      epub([("a.xhtml", "<p>Ma chère mère, il pleut encore.</p>")], metadata))
    assert texts(root, "//t:titleStmt/t:title") == ["Letters from the Front"]
    header = " ".join(texts(root, "//t:sourceDesc"))
    for value in ("Ann Smith (aut)", "A Press", "Public domain", "urn:uuid:1234",
                  "2021-05-01"):
        assert value in header
    assert xp(root, "//t:language/@ident") == ["fr"]
    assert not xp(root, "//t:creation/t:date[@when='2021-05-01']")


def test_epub_and_rtf_are_chosen_by_name_and_content():
    data = epub([("a.xhtml", "<p>x</p>")])
    assert detect("book.epub", data) == "epub"
    assert detect("book.zip", data) == "epub"          # (its mimetype says so)
    assert detect("letter.rtf", b"{\\rtf1\\ansi Dear Sir,\\par}") == "rtf"
    assert detect("letter.txt", b"{\\rtf1\\ansi Dear Sir,\\par}") == "rtf"
    assert detect("letter.txt", b"Dear Sir, {\\rtf1 is how RTF begins.") == "text"


@pytest.mark.parametrize("data, code", [
    (b"PK\x03\x04 not a zip at all", "not-epub"),
    (pack({"OEBPS/a.xhtml": "<p>x</p>"}), "not-epub"),                 # no package document
    (pack({"META-INF/container.xml": CONTAINER, "OEBPS/content.opf": "<package"}), "not-epub"),
    (epub([], ), "not-epub"),                                         # an empty spine
])
def test_a_broken_epub_is_refused(tmp_path, data, code):
    with pytest.raises(TeikitError) as info:
        encoded(tmp_path, "broken.epub", data)
    assert info.value.diagnostic.code == code


def test_an_encrypted_or_bomb_epub_is_refused(tmp_path):
    encryption = ('<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" '
                  'xmlns:enc="http://www.w3.org/2001/04/xmlenc#"><enc:EncryptedData>'
                  '<enc:CipherData><enc:CipherReference URI="OEBPS/a.xhtml"/></enc:CipherData>'
                  '</enc:EncryptedData></encryption>')
    data = epub([("a.xhtml", "<p>x</p>")], extra={"META-INF/encryption.xml": encryption})
    with pytest.raises(TeikitError) as drm:
        encoded(tmp_path, "drm.epub", data)
    assert drm.value.diagnostic.code == "encrypted"
    bomb = epub([("a.xhtml", "<p>" + "x " * (20 * 1024 * 1024) + "</p>")])
    with pytest.raises(TeikitError) as big:
        encoded(tmp_path, "bomb.epub", bomb)
    assert big.value.diagnostic.code == "too-large"


def test_an_address_outside_the_package_is_never_read(tmp_path):
    """A manifest item that climbs out of the package (../../etc/passwd) is not read."""
    opf = ('<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0">'
           '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>T</dc:title>'
           '</metadata><manifest><item id="x" href="../../etc/passwd" media-type="application/'
           'xhtml+xml"/><item id="a" href="a.xhtml" media-type="application/xhtml+xml"/>'
           '</manifest><spine><itemref idref="x"/><itemref idref="a"/></spine></package>')
    data = pack({"META-INF/container.xml": CONTAINER, "OEBPS/content.opf": opf,
                 "OEBPS/a.xhtml": XHTML.format(title="a", body="<p>Only this.</p>")})
    root, result = encoded(tmp_path, "climb.epub", data)
    assert body_text(root).endswith("Only this.") and "root:" not in body_text(root)
    assert "outside the package" in reported(result)


# -- RTF -------------------------------------------------------------------------------------

def rtf(body: str, head: str = "") -> bytes:
    return ("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\froman\\fcharset0 Times;}"
            "{\\f1\\fnil\\fcharset204 Cyr;}}{\\stylesheet{\\s0 Normal;}{\\s1\\outlinelevel0 "
            "heading 1;}{\\*\\cs10 Default Paragraph Font;}}" + head + body + "}").encode("latin-1")


def test_real_rtf_files_in_a_code_page_and_with_a_table(tmp_path):
    root, _ = encoded(tmp_path, "pl.rtf", (FIXTURES / "striprtf-ansicpg1250.rtf").read_bytes())
    assert texts(root, "//t:body//t:head") == [
        "Proszę o zapoznanie się z poniższą klauzulą informacyjną."]
    assert xp(root, "//t:body//t:head/t:hi/@rend") == ["bold"]
    assert "w związku z przetwarzaniem danych osobowych" in body_text(root)
    root, _ = encoded(tmp_path, "t.rtf", (FIXTURES / "striprtf-simple-table.rtf").read_bytes())
    assert [texts(row, "t:cell") for row in xp(root, "//t:table/t:row")] == [
        ["foo", "bar"], ["1", "1"]]


def test_rtf_footnotes_emphasis_characters_links_and_headings(tmp_path):
    body = ("{\\info{\\title Letter to the Governor}{\\author A. Transcriber}}"
            "{\\header\\pard Running head\\par}"
            "\\pard\\s1 The Governor\\rquote s Letter\\par"
            "\\pard Sir, I have the honour{\\cs16\\super \\chftn {\\footnote \\pard\\plain "
            "{\\cs16\\super \\chftn } Written in \\i haste\\i0 .}} to report that the caf\\'e9 "
            "is {\\b closed}, {\\i vraiment}, \\ul under\\ulnone lined, 1{\\super st}.\\par"
            "First line\\line second line\\par"
            "{\\f1 \\'cf\\'e8\\'f1\\'fc\\'ec\\'ee} \\u8364? \\uc2\\u8212\\'97\\'97 "
            "{\\field{\\*\\fldinst{HYPERLINK \"http://example.org/\"}}{\\fldrslt{see here}}}\\par"
            "{\\*\\unknown hidden words}{\\pict\\wmetafile8 0102ab}Yours truly,\\par")
    root, result = encoded(tmp_path, "letter.rtf", rtf(body))
    assert texts(root, "//t:body//t:head") == ["The Governor\u2019s Letter"]
    assert texts(root, "//t:body//t:note") == ["Written in haste."]
    assert xp(root, "//t:note/t:hi[@rend='italic']/text()") == ["haste"]
    assert {h.get("rend") for h in xp(root, "//t:body//t:hi")} >= {
        "bold", "italic", "underline", "sup"}
    text = body_text(root)
    assert "café is closed, vraiment, underlined, 1st." in text
    assert "Письмо € —" in text and "hidden" not in text and "Running head" not in text
    assert xp(root, "//t:body//t:ref/@target") == ["http://example.org/"]
    assert xp(root, "//t:body//t:lb")
    assert "A. Transcriber" in " ".join(texts(root, "//t:sourceDesc"))
    report = reported(result)
    assert "Running head" in report and "a picture" in report


def test_rtf_tables_with_a_header_row_and_a_span(tmp_path):
    body = ("\\trowd\\trhdr\\cellx1000\\cellx2000\\pard\\intbl Name\\cell Sum\\cell\\row"
            "\\trowd\\clmgf\\cellx1000\\clmrg\\cellx2000\\pard\\intbl Carried over\\cell\\cell"
            "\\row\\pard After the table.\\par")
    root, _ = encoded(tmp_path, "t.rtf", rtf(body))
    assert xp(root, "//t:table/t:row[1]/@role") == ["label"]
    assert xp(root, "//t:table/t:row[2]/t:cell/@cols") == ["2"]
    assert texts(root, "//t:table/t:row[2]/t:cell") == ["Carried over"]
    assert "After the table." in body_text(root)


@pytest.mark.parametrize("data, code", [
    (b"Dear Sir, this is no RTF.", "not-rtf"),
    (b"{\\rtf1 text \\bin99999999999 x}", "not-rtf"),
    (b"{\\rtf1" + b"{" * 20000 + b"x" + b"}" * 20000 + b"}", "too-deep"),
    (b"{\\rtf1 {\\*\\generator only markup}}", "empty"),
])
def test_a_broken_rtf_is_refused(tmp_path, data, code):
    with pytest.raises(TeikitError) as info:
        encoded(tmp_path, "bad.rtf", data)
    assert info.value.diagnostic.code == code


def run(*args):
    proc = subprocess.run([sys.executable, "-m", "teikit", *map(str, args)],
                          capture_output=True, text=True, timeout=120)
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


@pytest.mark.parametrize("name, data, pattern", [
    ("bad.epub", b"PK\x03\x04 broken", "not an EPUB"),
    ("bad.rtf", b"no braces here", "not an RTF document"),
])
def test_refusals_on_the_command_line_are_one_line_and_exit_3(tmp_path, name, data, pattern):
    source = tmp_path / name
    source.write_bytes(data)
    proc = run("encode", source, "-o", tmp_path / "out.xml")
    assert proc.returncode == 3, proc.stderr
    errors = [ln for ln in proc.stderr.splitlines() if ": error: " in ln]
    assert len(errors) == 1 and pattern in errors[0]
    assert not (tmp_path / "out.xml").exists()


# -- no word lost (hypothesis) ---------------------------------------------------------------

WORD = st.from_regex(r"[A-Za-zéß]{2,9}", fullmatch=True)
SPACED = WORD.map(lambda w: f" {w} ")      # (RTF's control words glue what they stand between)
RTF_PIECE = st.one_of(SPACED, SPACED, SPACED, st.sampled_from([
    " ", " ", "\\par ", "\\line ", "{\\b ", "{\\i ", "}", "\\b0 ", "\\ul ", "\\ulnone ",
    "{\\super ", "\\tab ", "\\'e9", "\\u8364?", "{\\*\\bkmkstart x}", "\\pard ",
    "{\\footnote ", "\\intbl ", "\\cell ", "\\row ", "\\trowd\\cellx100 "]))
SETTINGS = settings(max_examples=int(os.environ.get("TEIKIT_EXAMPLES", "60")), deadline=None)


def _balanced(pieces: list[str]) -> str:
    """The pieces with their groups closed (a footnote never left open)."""
    depth = 0
    out = []
    for piece in pieces:
        if piece == "}" and depth == 0:
            continue
        depth += piece.count("{") - piece.count("}")
        out.append(piece)
    return "".join(out) + "}" * depth


@SETTINGS
@given(st.lists(RTF_PIECE, max_size=50))
# a row's end inside a footnote dropped the paragraph's words before the note
@example([" AA ", "{\\footnote ", " AA ", "\\row "])
@example([" AA ", "\\intbl ", " AA ", "\\par "])    # a cell never closed lost its words
@example([" AA ", "\\intbl ", " AA ", "\\par ", "\\row "])
def test_no_word_of_an_rtf_is_lost(tmp_path_factory, pieces):
    text = _balanced(pieces)
    source = tmp_path_factory.mktemp("rtf") / "gen.rtf"
    source.write_bytes(("{\\rtf1\\ansi " + text + "}").encode("latin-1", "replace"))
    try:
        result = encode_file(source)
    except TeikitError as exc:
        assert exc.diagnostic.code == "empty"
        return
    root = etree.fromstring(result.data)
    expected = words(" ".join(p for p in pieces if not p.startswith(("\\", "{", "}"))))
    assert not missing_words(expected, root)


@SETTINGS
@given(st.lists(st.lists(st.lists(WORD, min_size=1, max_size=6), min_size=1, max_size=3),
                min_size=1, max_size=4), st.booleans())
def test_no_word_of_an_epub_is_lost(tmp_path_factory, documents, with_notes):
    """Documents of paragraphs; with notes, each document's first paragraph has a note
    reference into a last notes document."""
    docs, notes = [], []
    for k, paragraphs in enumerate(documents):
        ps = []
        for j, para in enumerate(paragraphs):
            ref = (f'<a href="notes.xhtml#n{k}" id="r{k}" epub:type="noteref">{k + 1}</a>'
                   if with_notes and j == 0 else "")
            ps.append(f"<p>{' '.join(para)}{ref}</p>")
            if ref:
                notes.append(f'<li id="n{k}"><p>{" ".join(reversed(para))} '
                             f'<a href="d{k}.xhtml#r{k}">\u21a9</a></p></li>')
        docs.append((f"d{k}.xhtml", "".join(ps)))
    if notes:
        docs.append(("notes.xhtml", f'<section epub:type="endnotes"><ol>{"".join(notes)}'
                                    "</ol></section>"))
    source = tmp_path_factory.mktemp("epub") / "gen.epub"
    source.write_bytes(epub(docs))
    root = etree.fromstring(encode_file(source).data)
    expected = words(" ".join(" ".join(" ".join(p) for p in d) for d in documents))
    assert not missing_words(expected, root)
    if with_notes:
        assert len(xp(root, "//t:body//t:note")) == len(documents)
