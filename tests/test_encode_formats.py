"""Formats: what each source format's reader keeps (HTML, Markdown, Word, ODT, PDF, EPUB, RTF,
LaTeX, Org, ATF, OpenITI, OCR XML, subtitles...).

The cases of the scouting rounds and their leftovers (r21, r22s, r31, r32, r33, r35, left10,
round16_pages, round18, formats18, leftovers_round13, fuzz26, turns_round11, low_scores),
regrouped by convention; each section is named by the round it came from. Where the inputs come
from (their provenance and licences): tests/ROUNDS.md, under the round's name."""
from __future__ import annotations

import io
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st
from lxml import etree
from shared_sources import (
    CONTAINER,
    DEPECHE,
    NUMBERS,
    OFFICE,
    PROPERTY,
    QUERIES,
    VOCABULARY,
    WS_CHAPTER,
    encode_bytes,
    encode_or_refuse,
    encoded_bytes,
    fodt,
    master_words,
    reported,
)
from teiquery import docx_bytes, encode, encoded_valid, texts, xp
from test_encode_formats_properties import SETTINGS, WORD

from teikit import encode_file
from teikit.diagnostics import TeikitError
from teikit.formats import detect
from teikit.header import Edition

from wordcheck import missing_words, words

PHP_PAGE = """<?php include $_SERVER['DOCUMENT_ROOT'].'/top.php'; ?>

<div id="content">
\t<div class="titled">
\t\t<h4>List</h4>
\t\t<p>Szanowny Panie! <br>
\t\tPragnę wyrazić moje uznanie i wdzięczność.<br>
\t\tWywieźli nas 13 kwietnia 1940 roku.</p>
\t</div>
</div>

<?php include $_SERVER['DOCUMENT_ROOT'].'/footer.php'; ?>
"""


LETTER_HTML = """<html><body>
<div class="lettera" id="lettera3">
<table>
<tr><td id="salute_03B">Miei adorati,</td></tr>
<tr><td>
      dopo 63 giorni di prigionia ho finalmente la grande gioia di comunicarvi il mio
      stato. State tran=
      quilli per me, prego molto affinchè possa riabbracciare la mia ado=
      rata mammina. Il prezzo =
      Lire dieci.
</td></tr>
<tr><td id="firma_03">Il vostro Alberto</td></tr>
</table>
</div>
</body></html>
"""


ATF = ("&P100001 = TCL 01, 001\n#atf: lang akk\n@tablet\n@obverse\n"
       "1. [a-na] be-li2-ia\n2. qi2-bi2-[ma]\n3. um-ma x [...]\n$ rest broken\n"
       "@reverse\n$ beginning broken\n1'. [x x] x _a-sza3_ [...]\n2'. ub-lam\n")


def _styled_docx(paragraphs: list[tuple[str, str]], styles: dict[str, tuple[str, int | None]]
                 ) -> bytes:
    """A Word file with the template's own paragraph styles: {id: (name, outline level)}."""
    body = "".join(f'<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr><w:r><w:t>{text}</w:t>'
                   "</w:r></w:p>" for style, text in paragraphs)
    data = io.BytesIO(docx_bytes(body))
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    defs = "".join(f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{name}"/>'
                   + (f'<w:pPr><w:outlineLvl w:val="{level}"/></w:pPr>' if level is not None
                      else "") + "</w:style>" for sid, (name, level) in styles.items())
    with zipfile.ZipFile(data, "a") as z:
        z.writestr("word/styles.xml", f'<?xml version="1.0"?><w:styles xmlns:w="{w}">{defs}'
                   "</w:styles>")
    return data.getvalue()


WIKI_PIECE = st.one_of(WORD, WORD, WORD, st.sampled_from([
    " ", " ", "\n", "\n\n", "''", "'''", "== ", " ==", "* ", "# ", ": ", "<ref>", "</ref>",
    '<ref name="a"/>', "[[", "]]", "|", "{{", "}}", "{{sc|", "{{center|", "{{rule}}",
    "{{hws|", "{{hwe|", "<poem>\n", "</poem>", "{|\n", "\n|-\n", "\n| ", " || ", "\n|}",
    "<!-- c -->", "<br/>", "[https://x.org ", "]", "<noinclude>", "</noinclude>", "&amp;",
    "{{header\n|title=", "<s>", "</s>", "<center>", "</center>", "=", "__NOTOC__"]))


def _wiki_words(text: str, quotes: str = "") -> list[str]:
    """The words the wiki shows: without comments, named settings, a split word's second
    half, links' targets, tags, and the syntax itself. *quotes*: what a run of apostrophes
    leaves, nothing where it is emphasis (AA''A is AAA), a sign where MediaWiki prints one
    of them (A'''A'' is A'<i>A</i>): only a parser knows which, so both are tried."""
    text = re.sub(r"<!--.*?(?:-->|$)", "", text, flags=re.S)      # AA<!-- c -->A is AAA
    text = re.sub(r"'{2,}", quotes, text)
    if not quotes:                       # inline formatting glues as emphasis does
        glued = None
        while glued != text:             # the innermost first: {{sc|AA{{sc|}}}}A is AAA
            glued, text = text, re.sub(r"\{\{sc((?:\|[^{}|]*)*)\}\}",
                                       lambda m: m.group(1).replace("|", " ").strip(), text)
    # and AA[[A]] (a link's words), but not an unclosed '[[', kept as text: A[[A is A A
    # (a link's words shown trimmed, as MediaWiki shows them: AA[[ A]] is AAA; a tag in
    # the brackets makes no link: [[<ref/>A]]A is text)
    text = re.sub(r"\[\[(?:[^\[\]|{}<>\n]*\|)?([^\[\]<>\n]*)\]\]", lambda m: m.group(1).strip(),
                  text)
    # a word split over two pages is whole once (the unit test above shows which half)
    text = re.sub(r"\{\{hw[se]\|[^{}]*\}\}", quotes, text)   # (empty: nothing shows)
    text = re.sub(r"</?s>", "", text)            # an inline tag parts no word: AA<s>A is AAA
    text = re.sub(r"</?center>", " ", text)      # a block's does
    text = re.sub(r"<noinclude>.*?</noinclude>", "", text, flags=re.S)   # as transcluded
    # an external link shows its words where the link stands: AA[https://x.org A] is AAA
    text = re.sub(r"\[https://x\.org +([^\]\n]*)\]", lambda m: m.group(1).strip(), text)
    text = text.replace("__NOTOC__", "")   # a magic word, gone as MediaWiki drops it: AAA
    text = re.sub(r"https://x\.org|\bsc\b|\bcenter\b|\brule\b|\bhws\b|\bhwe\b|"
                  r"\bheader\b|\btitle\b|\bref\b|\bname\b|\bpoem\b|\bnoinclude\b|\bamp\b|"
                  r"\bbr\b|\bs\b", " ", text)
    # what is left of the syntax glues or parts the words around it as the wiki's parser
    # decides ([https://x.org A[[] shows A[[ as the link's words): both are tried
    text = re.sub(r"[\[\]{}|]", quotes, text)
    return words(text)


ODT_PIECE = st.one_of(WORD, WORD, WORD, st.sampled_from([
    " ", "</text:p><text:p>", "<text:line-break/>", '<text:s text:c="2"/>', "<text:tab/>",
    '<text:span text:style-name="T1">', "</text:span>", "<text:soft-page-break/>",
    '<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation>'
    "<text:note-body><text:p>", "</text:p></text:note-body></text:note>",
    '</text:p><text:h text:outline-level="1">', "</text:h><text:p>"]))


FIXTURES_FUZZ26 = Path(__file__).parent / "fixtures"


def cli(path: Path, out: Path, *options: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "teikit", "encode", str(path), "-o", str(out),
                           *options], capture_output=True, text=True, timeout=120)


CHAPTER = ('<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml">'
           '<head><title>One</title></head><body><h1>Chapter One</h1>{body}</body></html>')


def small_epub(body: str, manifest_extra: str = "", skip: tuple[str, ...] = ()) -> bytes:
    opf = ('<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0" '
           'unique-identifier="id"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/">'
           '<dc:title>Fuzz</dc:title><dc:identifier id="id">x</dc:identifier></metadata>'
           '<manifest><item id="c1" href="chapter.xhtml" media-type="application/xhtml+xml"/>'
           f'{manifest_extra}</manifest><spine><itemref idref="c1"/></spine></package>')
    files = {"META-INF/container.xml": CONTAINER, "OEBPS/content.opf": opf,
             "OEBPS/chapter.xhtml": CHAPTER.format(body=body)}
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        for name, data in files.items():
            if name not in skip:
                z.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def _damaged(book: bytes, member: str, how: str) -> bytes:
    info = zipfile.ZipFile(io.BytesIO(book)).getinfo(member)
    data = bytearray(book)
    if how == "header":             # the local header's signature: "Bad magic number"
        data[info.header_offset:info.header_offset + 4] = b"XXXX"
    else:                           # the deflate stream itself
        start = info.header_offset + 30 + len(info.filename.encode())
        for i in range(start, start + min(info.compress_size, 40)):
            data[i] ^= 0x5A
    return bytes(data)


def _refused_when_damaged(tmp_path: Path, package: bytes, member: str, suffix: str,
                          code: str) -> None:
    """The package with *member*'s local header, then its compressed data, damaged: refused
    as *code* in process, and by the command in one line, exit 3, nothing written."""
    for how in ("header", "stream"):
        source = tmp_path / f"{how}{suffix}"
        source.write_bytes(_damaged(package, member, how))
        try:
            encode_file(source)
        except TeikitError as exc:
            assert exc.diagnostic.code == code, (member, how, str(exc))
        else:
            raise AssertionError((member, how, "encoded a damaged entry"))
        out = tmp_path / "out.xml"
        run = cli(source, out)
        assert run.returncode == 3, run.stderr
        assert run.stderr.count("\n") == 1 and run.stderr.rstrip().endswith(f"[{code}]")
        assert "Traceback" not in run.stderr and not out.exists()


def _epub_of(chapter: str, nav: str | None = None) -> bytes:
    manifest = ('<item id="c1" href="chapter.xhtml" media-type="application/xhtml+xml"/>'
                '<item id="nav" href="nav.xhtml" properties="nav" '
                'media-type="application/xhtml+xml"/>')
    opf = ('<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0" '
           'unique-identifier="id"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/">'
           '<dc:title>Fuzz</dc:title><dc:identifier id="id">x</dc:identifier></metadata>'
           f'<manifest>{manifest}</manifest><spine>'
           + ('<itemref idref="nav"/>' if nav is not None else "")
           + '<itemref idref="c1"/></spine></package>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        z.writestr("META-INF/container.xml", CONTAINER)
        z.writestr("OEBPS/content.opf", opf)
        z.writestr("OEBPS/chapter.xhtml", chapter)
        if nav is not None:
            z.writestr("OEBPS/nav.xhtml", nav)
    return out.getvalue()


RTF_WORDS = st.sampled_from(
    [b"\\b ", b"\\b0 ", b"\\i ", b"\\par ", b"\\line ", b"\\tab ", b"\\pard ", b"\\plain ",
     b"\\intbl ", b"\\cell ", b"\\row ", b"\\trowd ", b"\\cellx100 ", b"\\clmrg ", b"\\trhdr ",
     b"\\u-10179 ?", b"\\u56832 ?", b"\\u2147483647 ?", b"\\u-2147483648 ?", b"\\uc0 ",
     b"\\uc9999 ", b"\\'ff", b"\\'zz", b"\\ansicpg65001 ", b"\\ansicpg99999 ", b"\\f-1 ",
     b"\\s99999 ", b"\\outlinelevel-7 ", b"\\outlinelevel2147483647 ", b"\\super ",
     b"\\nosupersub ", b"\\bin0 ", b"\\~", b"\\-", b"\\*", b"\\", b"\x00", b"\x1b", b"\r"])


RTF_GROUPS = st.sampled_from([b"{\\footnote ", b"{\\*\\unknown ", b"{\\fonttbl{\\f0\\fcharset128 ",
                              b"{\\info{\\title ", b"{\\field{\\*\\fldinst HYPERLINK \"x\"}"
                              b"{\\fldrslt ", b"{\\header ", b"{\\pict ", b"{"])


@st.composite
def rtf_documents(draw):
    """An RTF of known words among control words at their limits and groups (balanced or
    not); the words stand in the body's text, outside any group that is not text."""
    parts, kept = [b"{\\rtf1\\ansi "], []
    for _ in range(draw(st.integers(1, 25))):
        choice = draw(st.integers(0, 3))
        if choice == 0:
            word = draw(st.sampled_from(VOCABULARY))
            parts.append(f" {word} ".encode())
            kept.append(word)
        elif choice == 1:
            parts.append(draw(RTF_WORDS))
        elif choice == 2:
            inner = draw(st.lists(RTF_WORDS, max_size=4))
            parts.append(draw(RTF_GROUPS) + b"".join(inner) + b" lost}")
        else:
            parts.append(b"{" * draw(st.integers(0, 50)) + b"}" * draw(st.integers(0, 50)))
    parts.append(b"}" if draw(st.booleans()) else b"")
    return b"".join(parts), kept


@st.composite
def hocr_documents(draw):
    lines, kept = [], []
    for _ in range(draw(st.integers(1, 6))):
        ws = []
        for _ in range(draw(st.integers(1, 4))):
            word = draw(st.sampled_from(VOCABULARY))
            kept.append(word)
            box = " ".join(draw(NUMBERS) or "0" for _ in range(4))
            ws.append(f"<span class='ocrx_word' title='bbox {box}; x_wconf "
                      f"{draw(NUMBERS)}'>{word}</span>")
        kind = draw(st.sampled_from(["ocr_line", "ocrx_line", "ocr_caption", "ocr_line"]))
        lines.append(f"<span class='{kind}' title='bbox {draw(NUMBERS)} 0 1 1'>"
                     f"{' '.join(ws)}</span>")
    nest = draw(st.integers(0, 30))
    html = ("<html><body><div class='ocr_page' title='bbox 0 0 "
            f"{draw(NUMBERS)} {draw(NUMBERS)}; ppageno {draw(NUMBERS)}'>"
            + "<div class='ocr_carea'>" * nest + "<p class='ocr_par'>" + "".join(lines)
            + "</p>" + "</div>" * nest + "</div></body></html>")
    return html, kept


# ---------------------------------------------------------------------- r21


def test_rst_enumerated_lists_keep_their_letters_and_roman_numbers():
    root, _ = encode("Minutes\n=======\n\n1. Approval of February minutes\n\n"
                     "2. Committee Reports:\n\n   a. Finance Committee Report\n\n"
                     "   b. Ministry and Oversight\n\n      i. Transfer complete.\n\n"
                     "      ii. Update on charge.\n\n(A) First\n\n(B) Second\n", "minutes.rst")
    paras = texts(root, "//t:body//t:p")
    assert paras == ["1. Approval of February minutes", "2. Committee Reports:",
                     "a. Finance Committee Report", "b. Ministry and Oversight",
                     "i. Transfer complete.", "ii. Update on charge.", "(A) First",
                     "(B) Second"]
    assert xp(root, "//t:body//t:p[3]/@n") == ["a"]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["loweralpha", "upperalpha", "lowerroman", "upperroman", "arabic"]),
       st.integers(min_value=1, max_value=25), st.sampled_from([("", "."), ("(", ")"), ("", ")")]))
def test_rst_enumerators_read_back_as_docutils_numbers_them(kind, n, marks):
    """Two items labelled as teikit prints them (n, n + 1) parse back in docutils to a list
    of that kind starting at n: the printed label is the number docutils read."""
    from docutils.core import publish_doctree
    from docutils.nodes import enumerated_list

    from teikit.formats.rst import _enumerator
    node = {"enumtype": kind, "prefix": marks[0], "suffix": marks[1]}
    first, second = _enumerator(node, n), _enumerator(node, n + 1)
    letter = first.strip("().").casefold()
    assume(not (len(letter) == 1 and letter in "ivxlcdm"))   # ("v." docutils reads as a
    #                                                          letter or a number: ambiguous)
    tree = publish_doctree(f"{first} x\n{second} y\n", settings_overrides={"report_level": 5})
    lists = list(tree.findall(enumerated_list))
    assert len(lists) == 1
    assert lists[0].get("enumtype") == kind
    assert lists[0].get("start", 1) == n
    assert (lists[0].get("prefix"), lists[0].get("suffix")) == marks


# ---------------------------------------------------------------------- r22s


def test_a_php_template_of_html_is_read_as_html_without_its_directives(tmp_path):
    result = encode_bytes(tmp_path, PHP_PAGE.encode(), "list.php")
    from lxml import etree
    root = etree.fromstring(result.data)
    assert result.source_format == "html"
    assert texts(root, "//t:body//t:head") == ["List"]
    assert texts(root, "//t:body//t:salute") == ["Szanowny Panie!"]   # (its own line)
    assert texts(root, "//t:body//t:p") == [
        "Pragnę wyrazić moje uznanie i wdzięczność.Wywieźli nas 13 kwietnia 1940 roku."]
    assert len(xp(root, "//t:body//t:p/t:lb")) == 1               # (an <lb/> at the <br>)
    body = etree.tostring(xp(root, "//t:body")[0], encoding="unicode")
    assert "php" not in body and "DOCUMENT_ROOT" not in body and "&lt;" not in body
    left = [(i.line, i.code) for i in result.left_out if "php" in i.text]
    assert left == [(1, "format-markup"), (12, "format-markup")]


def test_a_text_that_only_mentions_php_stays_text(tmp_path):
    data = (b"Notes on the site\n\nThe page opens with <?php include 'top.php'; ?> and "
            b"then the letter.\n\nNothing else here is a tag.\n")
    result = encode_bytes(tmp_path, data, "notes.txt")
    assert result.source_format == "text"


def test_html_double_hyphens_at_the_sources_line_ends_and_parts_named_by_ids():
    root, result = encode(LETTER_HTML, "lettera.html")
    body = texts(root, "//t:body//t:p")
    assert body == ["dopo 63 giorni di prigionia ho finalmente la grande gioia di comunicarvi "
                    "il mio stato. State tranquilli per me, prego molto affinchè possa "
                    "riabbracciare la mia adorata mammina. Il prezzo = Lire dieci."]
    assert texts(root, "//t:opener/t:salute") == ["Miei adorati,"]
    assert texts(root, "//t:closer/t:signed") == ["Il vostro Alberto"]
    assert "html-double-hyphen" in result.rules


# ---------------------------------------------------------------------- r31


def test_underscores_are_italics_in_html_that_has_no_italics_of_its_own():
    """PG #9's HTML (Lincoln's first inaugural): "while _I_ shall have"; a page that sets
    italics in <i> keeps its underscores as printed."""
    root, _ = encode("<html><body><h1>First Inaugural Address</h1><p>YOU have no oath "
                     "registered in heaven to destroy the government, while _I_ shall have "
                     "the most solemn one.</p><p>See my_file_name for more.</p></body></html>",
                     "lincoln.html")
    assert texts(root, "//t:body//t:hi[@rend='italic']") == ["I"]
    assert "my_file_name" in " ".join(texts(root, "//t:body//t:p"))
    root, _ = encode("<html><body><h1>Notes</h1><p>An <i>italic</i> word and a "
                     "_snake_ case.</p></body></html>", "other.html")
    assert texts(root, "//t:body//t:hi[@rend='italic']") == ["italic"]
    assert "_snake_" in " ".join(texts(root, "//t:body//t:p"))


# ---------------------------------------------------------------------- r32


def test_a_webvtt_files_voices_dashes_and_tags():
    """WebVTT: <v Name> and a dialogue dash's "- Name:" name the speaker; tags and the cue's
    identifier are never text, a character reference is its character, [laughter] an
    incident as in any transcript."""
    vtt = ("WEBVTT\n\nNOTE written for this test\n\nintro\n00:00:01.000 --> 00:00:03.500\n"
           "<v Anna Smith>Hello and welcome &amp; thanks.\n\n00:00:03.600 --> 00:00:05.000\n"
           "<v Anna Smith>Today we talk\nabout <i>maps</i>.\n\n"
           "00:00:05.500 --> 00:00:07.000\n<v.loud Bob>Thanks, Anna. [laughter]\n\n"
           "00:00:07.100 --> 00:00:09.000\n- Anna Smith: Why maps?\n- Bob: Because.\n")
    assert detect("talk.vtt", vtt.encode()) == "subtitles"
    assert detect("talk.txt", vtt.encode()) == "subtitles"
    root, _ = encode(vtt, "talk.vtt")
    assert texts(root, "//t:sp/t:speaker") == ["Anna Smith", "Bob", "Anna Smith", "Bob"]
    assert texts(root, "//t:sp/t:p") == [
        "Hello and welcome & thanks. Today we talk about maps.", "Thanks, Anna. laughter",
        "Why maps?", "Because."]
    assert texts(root, "//t:sp[2]//t:incident/t:desc") == ["laughter"]
    assert [t.get("from") for t in xp(root, "//t:time")] == \
        ["00:00:01.000", "00:00:03.600", "00:00:05.500", "00:00:07.100"]
    assert "intro" not in "".join(xp(root, "//t:body")[0].itertext())


def test_srt_cues_found_by_their_shape_and_captions_chevrons():
    """A .txt holding three cues or more of a number over a timing line is a subtitle file;
    ">> NAME:" opens a turn, a cue with no label goes on with it."""
    srt = ("1\n00:00:01,000 --> 00:00:02,000\n>> JUDGE WAPNER: Order.\n\n"
           "2\n00:00:02,500 --> 00:00:04,000\nPlease sit down.\n\n"
           "3\n00:00:04,500 --> 00:00:06,000\n>> CLERK: All rise.\n")
    assert detect("court.txt", srt.encode()) == "subtitles"
    root, _ = encode(srt, "court.txt")
    assert texts(root, "//t:sp/t:speaker") == ["JUDGE WAPNER", "CLERK"]
    assert texts(root, "//t:sp/t:p") == ["Order. Please sit down.", "All rise."]


def test_two_numbered_blocks_with_times_in_a_text_stay_text():
    """Two cue-shaped blocks are no evidence: a .txt with fewer than three stays text."""
    text = "1\n00:00:01,000 --> 00:00:02,000\nA line.\n\n2\n00:00:03,000 --> 00:00:04,000\nB.\n"
    assert detect("notes.txt", text.encode()) == "text"


# ---------------------------------------------------------------------- r33


def test_html_block_in_markdown_keeps_its_paragraphs_lines_and_notes():
    root, _ = encode('## A to B, October 30, 1917\n\n<p class="right">Stanton, N.J.<br>'
                     'Oct 30, 1917</p>\n<p class="left">Mr. Earl Reed Silvers<br>Rutgers '
                     'College<br>New Brunswick, N.J.<br></p>\n<p class="left">Dear <button '
                     'data-balloon="Silvers, Earl Reed | Born: 1891. Director, War Service '
                     'Bureau.">Sir</button>, </p>\n\nI wish to notify you that his address '
                     'has been changed.\n\n<p class="indent-1">Sincerely,</p>\n\n'
                     '<p class="indent-2">Mrs. F. L. Johnson.</p>\n', "wsb.md")
    assert texts(root, "//t:opener/t:dateline") == ["Stanton, N.J.Oct 30, 1917"]
    assert texts(root, "//t:opener/t:seg[@type='address']") == [
        "Mr. Earl Reed SilversRutgers CollegeNew Brunswick, N.J."]
    assert len(xp(root, "//t:opener/t:seg[@type='address']/t:lb")) == 2
    assert texts(root, "//t:opener/t:salute/t:note") == [
        "Silvers, Earl Reed | Born: 1891. Director, War Service Bureau."]
    assert xp(root, "string(//t:opener/t:salute/text()[last()])") == ","
    assert texts(root, "//t:closer/t:signed") == ["Mrs. F. L. Johnson."]


def test_tooltip_on_a_button_in_a_page_and_in_a_markdown_paragraph():
    page = ('<html><body><main><p>So far I have heard from <button data-balloon-pos="up" '
            'data-balloon="Skinner, Alfred Phillips. Private, Ambulance Service.">Al Skinner'
            '</button>, who is over here.</p></main></body></html>')
    for src, name in ((page, "wsb.html"),
                      ('So far I have heard from <button data-balloon="Skinner, Alfred '
                       'Phillips. Private, Ambulance Service.">Al Skinner</button>, who is '
                       'over here.\n', "wsb.md")):
        root, _ = encode(src, name)
        assert xp(root, "string(//t:body//t:p[1])").startswith(
            "So far I have heard from Al Skinner")
        assert texts(root, "//t:body//t:note") == [
            "Skinner, Alfred Phillips. Private, Ambulance Service."]
        assert xp(root, "//t:body//t:note/preceding-sibling::text()")[-1].endswith("Skinner")


def test_pandoc_title_block():
    root, _ = encode("% Our Letters[^l]\n% Sylvia Florence Tone\n% Jan 1919 - Sept 1924\n"
                          "\n[^l]: Letters she copied into a ledger.\n\n## December\n\n"
                          "Dear Slim,\n\nIt is cold.\n\nRansom\n", "tone.md")
    assert xp(root, "string(//t:titleStmt/t:title)") == "Our Letters"
    assert texts(root, "//t:body/t:div/t:head/t:note") == ["Letters she copied into a ledger."]
    assert not [p for p in texts(root, "//t:body//t:p") if "%" in p]
    assert "Sylvia Florence Tone" in xp(root, "string(//t:sourceDesc)")


# ---------------------------------------------------------------------- r35


def test_atf_is_recognised_and_its_structure_lines_are_divisions():
    root, result = encode(ATF, "tcl-01-001.atf")
    assert result.source_format == "atf"
    assert texts(root, "//t:titleStmt/t:title") == ["TCL 01, 001"]
    assert texts(root, "//t:body//t:head") == ["TCL 01, 001", "tablet", "obverse", "reverse"]
    assert xp(root, "//t:langUsage/t:language/@ident") == ["akk"]
    body = "".join(root.xpath("string(//*[local-name()='body'])"))
    for markup in ("@obverse", "@reverse", "#atf", "&P100001", "$ rest"):
        assert markup not in body


def test_atf_numbered_lines_are_numbered_line_beginnings():
    root, _ = encode(ATF, "tcl-01-001.atf")
    assert [lb.get("n") for lb in xp(root, "//t:body//t:lb[@n]")] == ["1", "2", "3", "1'", "2'"]
    obverse = xp(root, "//t:div[t:head='obverse']/t:p")[0]
    assert texts(root, "//t:div[t:head='obverse']/t:p[1]//t:supplied") == ["a-na", "ma"]
    assert " ".join("".join(obverse.itertext()).split()) == "a-na be-li2-ia qi2-bi2-ma um-ma x"


def test_atf_breaks_are_lost_signs_never_omissions_or_supplied():
    root, _ = encode(ATF, "tcl-01-001.atf")
    gaps = [(g.get("reason"), g.get("quantity"), g.get("unit"), "".join(g.itertext()))
            for g in xp(root, "//t:body//t:gap")]
    assert gaps == [("lost", None, None, ""), ("lost", None, None, "rest broken"),
                    ("lost", None, None, "beginning broken"), ("lost", "2", "chars", ""),
                    ("lost", None, None, "")]
    assert not xp(root, "//t:body//t:supplied[contains(., 'x')]")


# ---------------------------------------------------------------------- left10


def test_bare_urls_linked_in_plain_text_and_markdown_alike():
    source = ("Notes\n\nThe papers are online at https://example.org/papers/1924. See also "
              "file.py and www.example.com.\n")
    for name in ("doc.txt", "doc.md"):
        root, _ = encode(source, name)
        refs = xp(root, "//t:body//t:ref")
        assert [(r.get("target"), r.text) for r in refs] == [
            ("https://example.org/papers/1924", "https://example.org/papers/1924")], name
        assert texts(root, "//t:body//t:p") == [
            "The papers are online at https://example.org/papers/1924. See also file.py "
            "and www.example.com."], name


# ---------------------------------------------------------------------- round16_pages


def test_ocr_specks_over_a_part_title_are_left_out():
    root, result = encode("/-\n\nPARTE\n\nTERCERA.\n\nCARTAS A. LORD IIOLLAND\n\n"
                          "Estas cartas se escribieron poco después.\n", "part.txt")
    assert texts(root, "//t:body//t:head") == ["PARTE TERCERA. CARTAS A. LORD IIOLLAND"]
    assert [item.text for item in result.left_out] == ["/-"]


# ---------------------------------------------------------------------- round18


def test_word_template_styles(tmp_path):
    """Parlament de Catalunya, Diari de Sessions (2016) in its Word template: "D3/ Títol
    negreta" with an outline level is a heading, "D3/ Intervinent" the speaker's label,
    "D3/ Acotació cva." the stage directions."""
    src = tmp_path / "ple.docx"
    src.write_bytes(_styled_docx(
        [("Text", "Ple del Parlament"), ("Int", "La presidenta"),
         ("Text", "Bon dia, comença la sessió."), ("Aco", "(Pausa.)"),
         ("Tit", "Procediment per a elegir els senadors"), ("Text", "L’únic punt és aquest."),
         ("Int", "La secretària quarta"), ("Text", "«Els candidats són els següents: Elisabeth "
                                                   "Abad i Giralt, Mirella Cortès i Gès.»"),
         ("Int", "La presidenta"), ("Text", "Passem, doncs, a la votació.")],
        {"Text": ("D3/ Text normal", None), "Int": ("D3/ Intervinent", None),
         "Aco": ("D3/ Acotació cva.", None), "Tit": ("D3/ Títol negreta", 0)}))
    root = etree.fromstring(encode_file(src, edition=Edition()).data)
    assert texts(root, "//t:sp/t:speaker") == ["La presidenta", "La secretària quarta",
                                               "La presidenta"]
    assert texts(root, "//t:stage") == ["(Pausa.)"]
    assert texts(root, "//t:div[@type='section']/t:head") == [
        "Procediment per a elegir els senadors"]
    assert any("Word template" in p for p in texts(root, "//t:editorialDecl//t:p"))


# ---------------------------------------------------------------------- formats18


def test_odt_styles_give_the_marks_other_formats_make():
    """Automatic styles as LibreOffice writes them: a span's style, its parent's, a
    superscript by text-position, small capitals."""
    styles = ('<style:style style:name="T1" style:family="text"><style:text-properties '
              'fo:font-weight="bold"/></style:style>'
              '<style:style style:name="T2" style:family="text" style:parent-style-name="T1">'
              '<style:text-properties fo:font-style="italic"/></style:style>'
              '<style:style style:name="T3" style:family="text"><style:text-properties '
              'style:text-position="super 58%"/></style:style>'
              '<style:style style:name="T4" style:family="text"><style:text-properties '
              'fo:font-variant="small-caps"/></style:style>'
              '<style:style style:name="T5" style:family="text"><style:text-properties '
              'style:text-underline-style="solid"/></style:style>')
    body = ('<text:p>The <text:span text:style-name="T2">Lord</text:span> Mayor, the 3'
            '<text:span text:style-name="T3">rd</text:span> of <text:span '
            'text:style-name="T4">May</text:span>, <text:span text:style-name="T5">signed'
            '</text:span>.</text:p>')
    root, _ = encode(fodt(body, styles), "mayor.fodt")
    assert {h.get("rend") for h in xp(root, "//t:body//t:hi")} >= {
        "bold", "italic", "sup", "smallcaps", "underline"}
    assert xp(root, "//t:hi[@rend='sup']")[0].text == "rd"


def test_odt_meta_title_and_creator_go_to_the_header_never_the_text():
    """meta.xml's title and creator; its dates are when the file was saved."""
    meta = ("<dc:title>Letter to the Governor</dc:title><dc:creator>A. Transcriber"
            "</dc:creator><dc:date>2024-03-01T10:00:00</dc:date>")
    root, _ = encode(fodt("<text:p>Sir, I have the honour to report.</text:p>", "", meta),
                     "letter.fodt")
    assert texts(root, "//t:titleStmt/t:title") == ["Letter to the Governor"]
    assert "A. Transcriber" in " ".join(texts(root, "//t:sourceDesc"))
    assert not xp(root, "//t:creation/t:date[@when='2024-03-01']")
    assert "Transcriber" not in " ".join(texts(root, "//t:body"))


def test_a_zip_bomb_or_a_broken_package_is_refused(tmp_path):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", "<a>" + " " * (40 * 1024 * 1024) + "</a>")
    with pytest.raises(TeikitError) as bomb:
        encoded_bytes(tmp_path, "bomb.odt", out.getvalue())
    assert bomb.value.diagnostic.code == "too-large"
    with pytest.raises(TeikitError) as broken:
        encoded_bytes(tmp_path, "broken.odt", b"PK\x03\x04 not a zip")
    assert broken.value.diagnostic.code == "not-odt"


def test_odt_is_chosen_by_name_and_by_its_mimetype():
    assert detect("x.fodt", fodt("<text:p>a</text:p>").encode()) == "odt"
    assert detect("x.xml", fodt("<text:p>a</text:p>").encode()) == "odt"
    assert detect("letter.txt", b"Dear Sir, <office:document> is a tag.") == "text"


def test_refs_named_refs_split_words_templates_and_poems():
    root, result = encode(WS_CHAPTER, "federalist-1.wiki")
    notes = xp(root, "//t:body//t:note")
    assert [n.get("n") for n in notes] == ["1", "2"]
    assert texts(root, "//t:note[@n='2']") == ["See Constitution."]
    body = " ".join("".join(xp(root, "//t:body")[0].itertext()).split())
    assert "this country to decide." in body                  # the split word whole, once
    assert body.count("country") == 1 and "coun " not in body
    assert xp(root, "//t:hi[@rend='smallcaps']")[0].text == "federal government"
    assert "kept words" in body and "3em" not in body
    assert "Happy the man, whose wish and care" in body
    report = reported(result)
    assert "check against the 1788 edition" in report           # the comment: reported
    assert "Category:Federalist Papers" in report
    assert "unknown template" in report.casefold()


def test_wikitext_transclusions_are_reported_as_text_not_here():
    _, result = encode('{{header\n | title = Leaves\n}}\n<pages index="Leaves.djvu" '
                          'from=5 to=9 />\n\nAn editor\'s note.\n', "leaves.wiki")
    assert "Leaves.djvu" in reported(result)
    assert "transclusion" in reported(result)


def test_wikitext_is_chosen_by_name_and_a_txt_only_on_strong_evidence():
    assert detect("a.wiki", b"Some text") == "mediawiki"
    assert detect("a.mediawiki", b"Some text") == "mediawiki"
    assert detect("a.txt", b"{{header\n | title = X\n}}\nText") == "mediawiki"
    assert detect("a.txt", b'<noinclude><pagequality level="3" user="X" /></noinclude>'
                  b"Text") == "mediawiki"
    assert detect("a.txt", b"He said ''no'' and {{left}} the [[room]].") == "text"


@pytest.mark.slow
@pytest.mark.shared
@SETTINGS
@example("{{hws|AA|AAA}} {{hwe|A|AAA}}")
@example("<noinclude>AA</noinclude>{|\n| A\n|}")
@example("A[[A")            # an unclosed link is text, not a link glueing its words
@example("AA__NOTOC__A")
@example("AA[[ A]]")
@example('[[<ref name="a"/>A]]A')
@example("A[[AAA\n| A]]")
@example("A'''A''")
@example("AA{{sc|A}}")
@example("AA{{sc| }}A")     # a template of white space only glued two words (found so)
@example("AA{{sc||}}A")
@example("{{sc|AA{{sc|}}}}A")
@example("A{{center|AA}}")  # a block's words ran on into the word before (found so)
@example("AA[https://x.org ]")
@example("AA[https://x.org A]")
@example('A<ref name="a"/>AA<ref name="a"/>A')
@example("AA{{A}}A")
@example("AA{{center|}}A")
@example("AA{{hws|}}A")
@example("{|\nAA\n|}A")     # text in a table but in no cell was lost (found so)
@example("AA[https://x.org A[[]")
@example("B{{sc|== }}A")       # a mark template with a named setting only glued B and A
@given(st.lists(WIKI_PIECE, max_size=60).map("".join))
def test_any_wikitext_encodes_valid_and_keeps_its_words(tei_all_rng, text):
    encoded = encoded_valid(tei_all_rng, text, "gen.wiki")
    if encoded is None:
        return
    result, root = encoded
    # a template's named settings are not text (the header's go to the header)
    named = " ".join(m.group() for m in re.finditer(r"\|[^|{}]*=[^|{}]*", text))
    elsewhere = set(words(" ".join(texts(root, "//t:teiHeader")) + " " + reported(result) +
                          " " + named))
    for ptr in root.iter("{http://www.tei-c.org/ns/1.0}ptr"):   # a note marker again, apart
        ptr.tail = " " + (ptr.tail or "")
    missing = [set(missing_words(_wiki_words(text, quotes), root)) - elsewhere
               for quotes in ("", " ")]
    assert not missing[0] & missing[1]


@pytest.mark.slow
@pytest.mark.shared
@SETTINGS
@example(["A", "<text:line-break/>", "B"])
@given(st.lists(ODT_PIECE, max_size=40))
def test_any_odt_encodes_valid_and_keeps_its_words(tei_all_rng, pieces):
    body = "<text:p>" + "".join(pieces) + "</text:p>"
    try:                               # only a body that is well-formed XML is a document
        etree.fromstring(f"<r {OFFICE}>{body}</r>")
    except etree.XMLSyntaxError:
        return
    styles = ('<style:style style:name="T1" style:family="text"><style:text-properties '
              'fo:font-style="italic"/></style:style>')
    encoded = encoded_valid(tei_all_rng, fodt(body, styles), "gen.fodt")
    if encoded is None:
        return
    _result, root = encoded
    # what the document shows: an element parts no word, a line break, a space, a tab,
    # a paragraph and a note do (the note's citation is its marker, no word)
    shown = re.sub(r"<text:note-citation>1</text:note-citation>|<text:(?:line-break|s|tab)"
                   r"\b[^>]*/>|</?text:(?:p|h|note|note-body)\b[^>]*>", " ", body)
    shown = re.sub(r"<[^>]*>", "", shown)
    assert not missing_words(words(shown), root)


# ---------------------------------------------------------------------- leftovers_round13


def test_markdown_emphasis_inside_an_html_block():
    """A transcription of La Dépêche (1875) in Markdown, each paragraph pasted in <p>:
    the _…_ inside is italics, and "Haute-" / "Garonne" one word."""
    root, _ = encode(DEPECHE, "depeche.md")
    assert texts(root, "//t:p/t:hi[@rend='italic']") == ["Messager de Toulouse"]
    assert "Haute-Garonne" in texts(root, "//t:body//t:p")[0]
    assert "_" not in " ".join(texts(root, "//t:body//t:p"))


def test_snake_case_and_marker_stars_stay_in_an_html_block():
    root, _ = encode("# Notes\n\nSome text here.\n\n<p>The field user_name_id was "
                     "bosker* in 2 * 3 cases.</p>\n", "notes.md")
    assert texts(root, "//t:body//t:p")[-1] == "The field user_name_id was bosker* in 2 * 3 cases."


# ---------------------------------------------------------------------- fuzz26


def test_epub_a_linked_document_the_manifest_lists_but_the_zip_lacks(tmp_path):
    """Found: KeyError from zipfile when a note link led to a manifest item missing from
    the package. The chapter is read; the missing document is not looked for."""
    book = small_epub('<p>The bridge fell<a href="notes.xhtml#n1">1</a> in the winter.</p>',
                      '<item id="n" href="notes.xhtml" media-type="application/xhtml+xml"/>')
    source = tmp_path / "book.epub"
    source.write_bytes(book)
    root = encode_or_refuse(source)
    assert root is not None            # (the marker stays as it is printed: no note)
    assert xp(root, "string(//t:body//t:p)") == "The bridge fell1 in the winter."


def test_epub_with_a_damaged_entry_is_refused_with_one_line(tmp_path):
    """Found: zipfile's BadZipFile, zlib.error and ValueError (a negative seek) escaped as
    tracebacks (exit 70) for an entry whose header or compressed data is damaged."""
    book = small_epub("<p>" + "The river rose in the morning. " * 20 + "</p>")
    for member in ("OEBPS/chapter.xhtml", "OEBPS/content.opf", "META-INF/container.xml"):
        _refused_when_damaged(tmp_path, book, member, ".epub", "not-epub")


def test_epub_a_navigation_document_of_only_a_comment(tmp_path):
    """Found: lxml's ParserError ("Document is empty") from a navigation document in the
    spine that holds only a comment. It is chrome with no words; the chapter is read."""
    source = tmp_path / "nav.epub"
    source.write_bytes(_epub_of(CHAPTER.format(body="<p>The lantern went out.</p>"),
                                nav="<!-- contents -->"))
    root = encode_or_refuse(source)
    assert root is not None
    assert xp(root, "string(//t:body//t:p)") == "The lantern went out."


def test_a_codec_that_is_not_of_text_is_no_encoding(tmp_path):
    """Found: LookupError ("'rot13' is not a text encoding", exit 70) from an EPUB item's
    XML declaration naming rot13 or base64, and from --encoding rot13. The item is read as
    UTF-8; --encoding rot13 on a text is refused as an unknown encoding (exit 2), and on
    an RTF it is no code page (the document's own is used)."""
    for codec in ("rot13", "base64", "hex"):
        chapter = (f'<?xml version="1.0" encoding="{codec}"?><html xmlns="http://www.w3.org/'
                   '1999/xhtml"><body><p>The orchard was sold.</p></body></html>')
        source = tmp_path / f"{codec}.epub"
        source.write_bytes(_epub_of(chapter))
        root = encode_or_refuse(source)
        assert root is not None
        assert xp(root, "string(//t:body//t:p)") == "The orchard was sold."
    text = tmp_path / "note.txt"
    text.write_text("The orchard was sold.\n")
    run = cli(text, tmp_path / "note.xml", "--encoding", "rot13")
    assert run.returncode == 2 and run.stderr.strip().endswith("[encoding]"), run.stderr
    rtf = tmp_path / "cp.rtf"
    rtf.write_bytes(b"{\\rtf1\\ansi The orchard was sold \\'e0 la fin.\\par}")
    run = cli(rtf, tmp_path / "cp.xml", "--encoding", "rot13")
    assert run.returncode == 0, run.stderr
    assert "sold \u00e0 la fin" in (tmp_path / "cp.xml").read_text()


@PROPERTY
@given(flips=st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), max_size=8),
       cut=st.one_of(st.none(), st.integers(0, 10**6)))
def test_epub_mutated_encodes_or_is_refused(tmp_path, flips, cut):
    book = bytearray(small_epub("<p>The council met in the market.</p>",
                                '<item id="n" href="notes.xhtml" '
                                'media-type="application/xhtml+xml"/>'))
    for at, value in flips:
        book[at % len(book)] = value
    if cut is not None:
        book = book[:cut % (len(book) + 1)]
    source = tmp_path / "mutated.epub"
    source.write_bytes(bytes(book))
    encode_or_refuse(source)


def test_rtf_control_characters_in_the_information_group(tmp_path):
    """Found: a NUL in {\\info{\\title …}} reached the header and lxml raised (exit 70).
    The header's fields are cleaned as the text is: a space, reported."""
    source = tmp_path / "nul.rtf"
    source.write_bytes(b"{\\rtf1\\ansi The meadow flooded.\\par{\\info{\\title Old\x00Mill\x1b}"
                       b"{\\author A\x01B}}}")
    result = encode_file(source)
    root = etree.fromstring(result.data)
    assert "Old Mill" in xp(root, "string(//t:titleStmt/t:title)")
    assert [d.code for d in result.diagnostics if d.code == "control-char"]
    assert "The meadow flooded." in xp(root, "string(//t:body)")


def test_rtf_a_cell_that_no_cell_word_closes_keeps_its_words(tmp_path):
    """Found (by the epub_rtf words property, on main too): a table paragraph (\\intbl)
    ended by \\par and then by the row's or the file's end, with no \\cell, lost its
    words. It is a cell of its own."""
    for tail in (b"", b"\\row ", b"\\pard after\\par "):
        source = tmp_path / "cell.rtf"
        source.write_bytes(b"{\\rtf1\\ansi Before \\intbl inside the cell\\par " + tail + b"}")
        root = etree.fromstring(encode_file(source).data)
        assert xp(root, "string(//t:body//t:cell)") == "inside the cell", tail


@PROPERTY
@given(doc=rtf_documents())
def test_rtf_generated_encodes_or_is_refused(tmp_path, doc):
    data, _ = doc
    source = tmp_path / "gen.rtf"
    source.write_bytes(data)
    encode_or_refuse(source)


@PROPERTY
@given(body=st.lists(st.tuples(st.sampled_from(VOCABULARY),
                               st.sampled_from([b" ", b"\\b ", b"\\b0 ", b"\\i ", b"\\i0 ",
                                                b"\\par ", b"\\line ", b"{\\ul ", b"}"])),
                     min_size=1, max_size=40))
def test_rtf_keeps_every_word(tmp_path, body):
    """The oracle: the words written as the document's text are all in the master."""
    data = b"{\\rtf1\\ansi " + b"".join(f" {w} ".encode() + ctl for w, ctl in body) + b"}"
    source = tmp_path / "words.rtf"
    source.write_bytes(data)
    root = encode_or_refuse(source)
    assert root is not None
    assert {w for w, _ in body} <= master_words(root)


@PROPERTY
@given(flips=st.lists(st.tuples(st.integers(0, 10**7), st.integers(0, 255)), max_size=6),
       cut=st.one_of(st.none(), st.integers(0, 10**7)))
def test_pdf_mutated_encodes_or_is_refused(tmp_path, flips, cut):
    data = bytearray((FIXTURES_FUZZ26 / "pdfsource" / "scotus-transcript-p1.pdf").read_bytes())
    for at, value in flips:
        data[at % len(data)] = value
    if cut is not None:
        data = data[:max(8, cut % (len(data) + 1))]
    source = tmp_path / "mutated.pdf"
    source.write_bytes(bytes(data))
    encode_or_refuse(source)


@PROPERTY
@given(doc=hocr_documents())
def test_hocr_generated_keeps_every_word(tmp_path, doc):
    html, kept = doc
    source = tmp_path / "gen.hocr"
    source.write_text(html)
    root = encode_or_refuse(source)
    assert root is not None
    assert set(kept) <= master_words(root)


@PROPERTY
@given(name=st.sampled_from(["brenz-abentmal-1550-0043.page.xml", "chronam-ocr-excerpt.alto.xml",
                             "alice-tesseract.hocr", "prima-simple-page.page.xml"]),
       flips=st.lists(st.tuples(st.integers(0, 10**6), st.binary(min_size=1, max_size=12)),
                      max_size=5),
       cut=st.one_of(st.none(), st.integers(0, 10**6)))
def test_ocr_fixtures_mutated_encode_or_are_refused(tmp_path, name, flips, cut):
    data = bytearray((FIXTURES_FUZZ26 / "ocrxml" / name).read_bytes())
    for at, insert in flips:
        at %= len(data) + 1
        data[at:at] = insert
    if cut is not None:
        data = data[:cut % (len(data) + 1)]
    source = tmp_path / name
    source.write_bytes(bytes(data))
    encode_or_refuse(source)


def test_odt_with_a_damaged_entry_is_refused_with_one_line(tmp_path):
    """Found (after the EPUB fix, the same mutations on a real .odt): a damaged header or
    deflate stream of content.xml escaped as zlib.error or BadZipFile (exit 70)."""
    package = (FIXTURES_FUZZ26 / "formats18" / "rimbaud-dormeur-du-val.odt").read_bytes()
    _refused_when_damaged(tmp_path, package, "content.xml", ".odt", "not-odt")


# ---------------------------------------------------------------------- turns_round11


# ---------------------------------------------------------------------- low_scores


def test_markdown_image_with_attributes_inside_its_parentheses():
    """A blog's Civil War letter (clairempr.github.io, 2022): its page images carry a
    width inside the parentheses; markdown-it's imsize writes "=600x400" there."""
    root, result = encode("# A Soldier's Letter\n\nYears ago I came into possession of a "
                          "letter.\n\n![\"Letter, Page 1\"](https://example.org/pg1.jpg "
                          "width=\"1500\" 'F.P. Black to Miss Evey Johnston, page 1')\n\n"
                          "![](scan.png =600x400)\n\nThe engagement is the Battle of "
                          "Dranesville.\n", "blog.md")
    body = " ".join(texts(root, "//t:body"))
    assert "width" not in body and "Letter, Page 1" not in body and "600x400" not in body
    images = [x.text for x in result.left_out if x.code == "image"]
    assert images == ["image https://example.org/pg1.jpg", "image scan.png"]


# ---------------------------------------------------------------------- one shape
# The cases of one shape, in a table: a source (and its file name) encoded, and the
# queries whose answers it must give (texts(): the elements' words; xp(): the nodes).
ENCODED = [
    # (r35)
    pytest.param(("Primary publication: TCL 01, 001\nAuthor(s): Thureau-Dangin, F.\n"
        "Provenience: \nPeriod: Old Babylonian\nTransliteration:\n" + ATF, "tcl.txt"), [
        ("xp", "//t:sp", []),
        ("texts", "//t:body/t:div/t:head", ["Primary publication: TCL 01, 001"]),
        ("texts", "//t:body/t:div/t:div/t:head", ["TCL 01, 001"]),
    ], id="a_catalogue_record_over_an_atf_text_heads_its_division"),
    # (turns_round11)
    # Singapore Law Watch judgment in Markdown (sg-2001-sghc-272-afs-freight-cross-
    # examination.md): "Source: [link](https://…/Judgments/[2001] SGHC 272.pdf)"; "[link]" is
    # no editor's supplied word.
    pytest.param(("# Judgment\n\nThe counterclaim is dismissed with costs.\n\n"
        "Source: [link](https://www.singaporelawwatch.sg/Portals/0/Docs/Judgments/"
        "[2001] SGHC 272.pdf)\n", "judgment.md"), [
        ("xp", "//t:supplied", []),
        ("xp", "//t:ref/@target",
         [
         "https://www.singaporelawwatch.sg/Portals/0/Docs/Judgments/%5B2001%5D%20SGHC%20272.pdf"]),
        ("texts", "//t:ref", ["link"]),
    ], id="markdown_link_whose_address_has_spaces_is_a_link"),
]


@pytest.mark.parametrize(("source", "checks"), ENCODED)
def test_encoded(source, checks):
    root, _ = encode(*source)
    for query, path, expected in checks:
        assert QUERIES[query](root, path) == expected, path
