"""Page markers of real sources that are not teikit's [Page N]: a scan's page headers, page
numbers in brackets alone on a line, an HTML edition's page containers, and // in prose."""
from __future__ import annotations

import pytest
from teiquery import encode, texts, xp


def _body_text(root) -> str:
    return " ".join("".join(xp(root, "//t:body")[0].itertext()).split())


def test_hathitrust_page_headers():
    """HathiTrust full-text download (Google OCR), Vinogradoff-era monograph "Imperial
    Domains", ch. "The Colonate" (scout corpus7, imperial-domains-colonate-ocr): each page
    opens with "## p. LABEL (#SEQ) ####…"; the label numbers the page, the sequence does
    not; a sentence goes on over the page."""
    text = ("## p. 5 (#6) ################################################\n\n"
            "THE COLONATE.\n\n"
            "THOSE who are familiar with the mass of literature dealing with the vexed\n"
            "question of the origin of the colonate will probably turn with impatience from\n\n"
            "## p. 6 (#7) ################################################\n\n"
            "a fresh attempt. They are free tenants occupying small holdings under\n"
            "terminable leases, paying rent in money.\n")
    root, result = encode(text, "colonate.txt")
    assert [pb.get("n") for pb in xp(root, "//t:pb")] == ["5", "6"]
    assert "#" not in _body_text(root) and "(#" not in _body_text(root)
    assert any(t.endswith("from a fresh attempt. They are free tenants occupying small "
                          "holdings under terminable leases, paying rent in money.")
               for t in texts(root, "//t:body//t:p"))
    assert [i.code for i in result.left_out].count("page-header") == 2


def test_hathitrust_page_header_without_label_takes_the_foot_number():
    """The same HathiTrust download: "## p. (#7) ####" has no label; the page prints its
    number "6" alone at its foot, above the footnote."""
    text = ("## p. (#7) ##################################################\n\n"
            "THE COLONATE.\n\n"
            "They are indeed 'free men,' but are bound for ever to the soil: they are no\n"
            "longer 'conductores,' but are carefully distinguished from\n"
            "6\n"
            "1 The 'colonus' in the Digest holds under the contract.\n")
    root, result = encode(text, "colonate.txt")
    assert [pb.get("n") for pb in xp(root, "//t:pb")] == ["6"]
    assert "page-number" in {i.code for i in result.left_out}


def test_hathitrust_page_header_read_as_markdown():
    """A HathiTrust page (principios-generales prologue, roman page xiii) saved as .md:
    the header is a Markdown heading there, and still a page break."""
    text = ("## p. xiii (#17) ############################################\n\n"
            "PRÓLOGO DE LA PRIMERA EDICION.\n\n"
            "Al dar á luz este libro no nos mueve otro deseo que el de contribuir.\n")
    root, _ = encode(text, "principios.md")
    assert [pb.get("n") for pb in xp(root, "//t:pb")] == ["xiii"]
    assert "p. xiii" not in _body_text(root)


WLCB = ("## 19th General Meeting--January 28th 1891\n\n"
        "The President announced that the next meeting would be held in her house, and "
        "would be kept as a memorial of Sidney Lanier,\n\n[35]\n\n"
        "being the anniversary of his birth. The President also stated that a reception "
        "would be given at “The Lyceum” in February 6th, in honor of Miss Dorsey, one of the "
        "founders of the Club who was to be married. All Club members would have an "
        "invitation for an escort, and full dress would be worn if possible.\n\n"
        "Mrs. Franklin thought co-education would make the after-practice--as in "
        "consultation--less embarrassing.\n\n[36]\n\n"
        "Dr Hall thought the influence of co-education on the refinement of women would be "
        "decided only by time.\n")


def test_page_numbers_in_brackets_alone_on_a_line():
    """Woman's Literary Club of Baltimore minutes, 28 Jan 1891 (jeanleecole/archive,
    Markdown): the minute book's pages [35], [36] alone on lines, one in mid-sentence."""
    root, _ = encode(WLCB, "minutes.md")
    assert [pb.get("n") for pb in xp(root, "//t:pb")] == ["35", "36"]
    assert "[35]" not in _body_text(root)
    assert texts(root, "//t:body//t:p")[0].startswith(
        "The President announced that the next meeting would be held in her house, and "
        "would be kept as a memorial of Sidney Lanier, being the anniversary of his birth.")


@pytest.mark.parametrize("text", [
    # the numbers are note numbers: the text uses them as markers
    WLCB.replace("Lanier,", "Lanier,[35]").replace("time.", "time.[36]"),
    # one number alone is no sequence
    WLCB.replace("[36]", ""),
    # numbers that do not rise
    WLCB.replace("[36]", "[12]"),
])
def test_numbers_in_brackets_without_evidence_stay_text(text):
    root, _ = encode(text, "minutes.md")
    assert not xp(root, "//t:pb")


def test_html_page_containers_opening_with_their_number():
    """Sophie von La Roche to Gerning, 27 Aug 1796 (briefe-laroche-gerning edition, the HTML
    its XSLT makes): each manuscript page is a <div class="page"> opening with "[1]", "[2]";
    the first line is the date, not "[1] den 27 august"."""
    html = ('<div class="tei-document"><div class="tei-body"><div class="tei-div">\n'
            '<div class="\n            page\n          ">\n[1]\n'
            '<span class="recipient-note"><span class="underline">den 27</span> august 1796.'
            '</span><br>\nIhr Billet von gestern freute mich so das<br>\n'
            'es gern mit Ihnen selbst leßen u beantworten<br>\n</div>\n'
            '<div class="page">\n[2]\nmöchte – weil ich Ihren Kopf u Hertz darin<br>\n'
            'sich wage halten sah – die Religion –<br>\n</div>\n</div></div></div>\n')
    root, _ = encode(html, "brief8.html")
    assert [pb.get("n") for pb in xp(root, "//t:pb")] == ["1", "2"]
    assert "[1]" not in _body_text(root) and "[2]" not in _body_text(root)
    assert not xp(root, "//t:placeName")


RECORD = ("Мао Цзэдун указал, что к настоящему времени все основные силы гоминьдановцев на "
          "материке Ки // тая разгромлены. В провинции Сычуань остались отдельные части.\n\n"
          "Он хотел бы в оставшееся до отъезда время возложить венок в мавзолее Ленина, "
          "посмотреть метро, // съездить в некоторые колхозы.\n\n"
          "Мао Цзэдун отметил то обстоятельство, что в настоящее время внимание народа Китая "
          "приковано // к событиям по ликвидации гоминьдановских войск.\n")


def test_page_marks_in_prose():
    """Wilson Center Digital Archive, record of Roshchin's conversation with Mao Zedong
    (Russian original): the original's page ends marked " // " in the running text, once
    inside the word "Китая" (the word is used whole elsewhere in the record)."""
    root, _ = encode(RECORD, "record.txt")
    pbs = xp(root, "//t:pb")
    assert len(pbs) == 3 and [pb.get("break") for pb in pbs] == ["no", None, None]
    body = _body_text(root)
    assert "//" not in body and "материке Китая разгромлены" in body


@pytest.mark.parametrize("text", [
    # once only
    "The record says that the forces on the mainland // were defeated in the spring.\n",
    # a classification banner on every page, not prose
    "U.S. Department of Justice Attorney Work Product // May Contain Material\n\nText one.\n\n"
    "U.S. Department of Justice Attorney Work Product // May Contain Material\n\nText two.\n",
    # verse: " / " ends a line, " // " a stanza
    "Shall I compare thee / to a summer's day // thou art more lovely / and more temperate "
    "// rough winds do shake / the darling buds of May / and summer's lease\n",
])
def test_double_slashes_that_are_no_page_marks(text):
    root, _ = encode(text)
    assert not xp(root, "//t:pb")
