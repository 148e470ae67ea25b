"""OpenDocument texts (.odt, .fodt) and MediaWiki wikitext as source formats: one small
example per rule, from the real files in tests/fixtures/formats18 (see its README) and
from the forms LibreOffice and Wikisource write."""
from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from lxml import etree
from teiquery import encode, encoded_valid, texts, xp
from test_encode_formats_properties import SETTINGS, WORD

from teikit import encode_file
from teikit.diagnostics import TeikitError
from teikit.formats import detect

from wordcheck import missing_words, words

FIXTURES = Path(__file__).parent / "fixtures" / "formats18"
OFFICE = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:xlink="http://www.w3.org/1999/xlink"')


def fodt(body: str, styles: str = "", meta: str = "") -> str:
    """A flat OpenDocument text as LibreOffice saves it (.fodt)."""
    return (f'<?xml version="1.0" encoding="UTF-8"?><office:document {OFFICE} '
            'office:mimetype="application/vnd.oasis.opendocument.text">'
            f"<office:meta>{meta}</office:meta>"
            f"<office:automatic-styles>{styles}</office:automatic-styles>"
            f"<office:body><office:text>{body}</office:text></office:body></office:document>")


def encoded_bytes(tmp_path: Path, name: str, data: bytes):
    source = tmp_path / name
    source.write_bytes(data)
    result = encode_file(source)
    return etree.fromstring(result.data), result


def reported(result) -> str:
    """What the encoding report says was left out (and the diagnostics)."""
    return " ".join([f"{x.text} {x.reason}" for x in result.left_out] +
                    [d.message for d in result.diagnostics])


# -- OpenDocument ---------------------------------------------------------------------------

def test_a_real_odt_poem_keeps_its_lines_notes_emphasis_and_title(tmp_path):
    """Rimbaud's "Le dormeur du val" (1870) as odfdo's sample dormeur_notes.odt, written by
    LibreOffice: a heading with a footnote and struck-through and italic words, stanzas
    with line breaks, a footnote with a link, an endnote, a comment on the signature."""
    root, result = encoded_bytes(tmp_path, "dormeur.odt",
                                 (FIXTURES / "rimbaud-dormeur-du-val.odt").read_bytes())
    assert texts(root, "//t:titleStmt/t:title") == ["Le dormeur du val"]
    assert texts(root, "//t:body//t:head/t:note") == ["Note dormeur"]
    assert "".join(xp(root, "//t:body//t:head/text()")) == " dormeur du "
    assert xp(root, "//t:head/t:hi[@rend='strikethrough']")[0].text == "Le"
    assert [n.get("n") for n in xp(root, "//t:body//t:note")] == ["1", "2", "3"]
    assert texts(root, "//t:note[@n='3']") == ["End note"]
    assert xp(root, "//t:note[@n='2']/t:ref/@target") == ["https://test.example.com/"]
    assert len(xp(root, "//t:body//t:lb")) >= 9             # the verse's lines
    assert xp(root, "//t:hi[@rend='bold']")[0].text == "fière"
    report = reported(result)
    assert "Second comment" in report                           # the comment: reported
    assert "Second comment" not in "".join(xp(root, "//t:body")[0].itertext())


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


def test_odt_headings_lists_tables_spaces_and_soft_page_breaks():
    """A transcription's heading by outline level, a numbered list, a table with a header
    row and a span, text:s spaces; a soft page break (the editor's layout) is no page."""
    styles = ('<text:list-style style:name="L1"><text:list-level-style-number '
              'text:level="1" style:num-format="1"/></text:list-style>')
    body = ('<text:h text:outline-level="2">Minutes of the meeting</text:h>'
            '<text:p>Present:<text:s text:c="3"/>the Chairman and<text:tab/>the '
            'Secretary.</text:p><text:soft-page-break/>'
            '<text:list text:style-name="L1"><text:list-item><text:p>Roll call'
            '</text:p></text:list-item><text:list-item><text:p>Treasurer\'s report'
            '</text:p></text:list-item></text:list>'
            '<table:table><table:table-header-rows><table:table-row><table:table-cell>'
            '<text:p>Name</text:p></table:table-cell><table:table-cell><text:p>Sum</text:p>'
            '</table:table-cell></table:table-row></table:table-header-rows>'
            '<table:table-row><table:table-cell table:number-columns-spanned="2"><text:p>'
            'Carried over</text:p></table:table-cell><table:covered-table-cell/>'
            '</table:table-row></table:table>')
    root, _ = encode(fodt(body, styles), "minutes.fodt")
    assert texts(root, "//t:body//t:head") == ["Minutes of the meeting"]
    assert not xp(root, "//t:body//t:pb")
    body_text = " ".join("".join(xp(root, "//t:body")[0].itertext()).split())
    assert "1. Roll call" in body_text and "2. Treasurer's report" in body_text
    assert "Present: the Chairman and the Secretary." in body_text
    assert xp(root, "//t:table/t:row[1]/@role") == ["label"]
    assert xp(root, "//t:table/t:row[2]/t:cell/@cols") == ["2"]


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


# -- MediaWiki wikitext ----------------------------------------------------------------------

def test_a_real_proofread_wikisource_page_source():
    """Three Page: sources of the Pentagon Papers as saved from Wikisource (molly/
    Wikisource-to-LaTeX's input.txt): each page's <noinclude> header (quality mark, the
    declassification stamp) left out and reported, a page of the source beginning there;
    {{center|{{larger|…}}}} keeps its words; wiki tables are tables with their spans."""
    source = (FIXTURES / "pentagon-papers-pages.wiki").read_text("utf-8")
    root, result = encode(source, "pentagon.wiki")
    body = " ".join("".join(xp(root, "//t:body")[0].itertext()).split())
    assert "FINAL REPORT OSD" in body and "EXECUTIVE SECRETARIAT" in body
    assert "Declassified" not in body and "noinclude" not in body and "{{" not in body
    assert len(xp(root, "//t:body//t:pb")) == 3
    assert len(xp(root, "//t:body//t:table")) == 4
    assert xp(root, "//t:table[last()]/t:row[1]/t:cell[1]/@cols") == ["2"]
    assert "23 June 1971" in body
    report = reported(result)
    assert "Declassified" in report and "popup note" in report


WS_CHAPTER = """{{header
 | title      = [[The Federalist Papers]]
 | author     = Alexander Hamilton
 | section    = No. 1
 | previous   = [[../Preface|Preface]]
 | next       = [[../No. 2|No. 2]]
 | year       = 1787
 | notes      = First published in the ''Independent Journal''.
}}
== General Introduction ==
To the People of the State of New York:

AFTER an unequivocal experience<ref>Of the Articles of Confederation.</ref> of the \
inefficacy of the subsisting {{sc|federal government}}, you are called upon to deliberate \
on a new Constitution.<ref name="c">See [[Constitution]].</ref> It has been frequently \
remarked<ref name="c"/> that it seems to have been reserved to the people of this \
{{hws|coun|country}}
{{hwe|try|country}} to decide.<!-- check against the 1788 edition -->

<poem>
Happy the man, whose wish and care
A few paternal acres bound,
</poem>
[[Category:Federalist Papers]]
{{PD-old}}
{{Unknown template|kept words|width=3em}}
"""


def test_wikisource_header_goes_to_the_header_and_its_notes_stay_text():
    root, _ = encode(WS_CHAPTER, "federalist-1.wiki")
    assert texts(root, "//t:titleStmt/t:title") == ["General Introduction"] or \
        "The Federalist Papers" in " ".join(texts(root, "//t:teiHeader"))
    header = " ".join(texts(root, "//t:sourceDesc"))
    assert "Alexander Hamilton" in header
    body = " ".join("".join(xp(root, "//t:body")[0].itertext()).split())
    assert "First published in the Independent Journal." in body
    assert "Preface" not in body and "{{" not in body and "[[" not in body


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


# -- properties -----------------------------------------------------------------------------

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


ODT_PIECE = st.one_of(WORD, WORD, WORD, st.sampled_from([
    " ", "</text:p><text:p>", "<text:line-break/>", '<text:s text:c="2"/>', "<text:tab/>",
    '<text:span text:style-name="T1">', "</text:span>", "<text:soft-page-break/>",
    '<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation>'
    "<text:note-body><text:p>", "</text:p></text:note-body></text:note>",
    '</text:p><text:h text:outline-level="1">', "</text:h><text:p>"]))


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
