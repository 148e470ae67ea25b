"""A PDF turned into HTML by pdftohtml (Parliament of Kenya, Senate Hansard of 31 July 2013,
scout round 6): its pages, their running heads and footers, its lines and paragraphs."""
from __future__ import annotations

import pytest
from teiquery import encode, texts, xp

from teikit.diagnostics import TeikitError

NBSP = "&#160;"
HEAD = ("<b>July&#160;31,&#160;2013" + NBSP * 30 + "SENATE&#160;DEBATES" + NBSP * 30
        + "{n}&#160;</b><br/>\n")
FOOT = ("<b>&#160;<br/>Disclaimer<i>:</b>&#160;&#160;The&#160;&#160;electronic&#160;version"
        "&#160;of&#160;the</i>&#160;<i>Senate&#160;Hansard&#160;Report&#160;is&#160;for&#160;"
        "information&#160;purposes&#160;<br/>only.&#160;A&#160;certified&#160;version&#160;of"
        "&#160;this&#160;Report&#160;can&#160;be&#160;obtained&#160;from&#160;the&#160;Hansard"
        "&#160;Editor,&#160;Senate.</i><b>&#160;<br/></b>&#160;<br/>\n")
PAGES = [
    "<b>The&#160;Speaker&#160;</b>(Hon.&#160;Ethuro):&#160;Order,&#160;hon.&#160;Senators.&#160;"
    "I&#160;wish&#160;to&#160;make&#160;the&#160;following&#160;<br/>\nCommunication.&#160;<br/>"
    "&#160;<br/>\nThe&#160;Ministry&#160;of&#160;Devolution&#160;has&#160;organised&#160;a&#160;"
    "meeting&#160;with&#160;the&#160;Senators&#160;to&#160;discuss&#160;the&#160;Plan.&#160;"
    "The&#160;programmes&#160;<br/>\nand&#160;projects&#160;to&#160;address&#160;",
    "the&#160;sector&#160;priorities&#160;will&#160;be&#160;outlined&#160;in&#160;the&#160;"
    "Second&#160;MTP.&#160;<br/>&#160;<br/>\nI&#160;thank&#160;you&#160;and&#160;hope&#160;"
    "to&#160;see&#160;all&#160;of&#160;you&#160;there.&#160;<br/>\n&#160;<br/>\n",
    "<b>Sen.&#160;Karaba:&#160;</b>Thank&#160;you,&#160;Mr.&#160;Speaker,&#160;Sir,&#160;for"
    "&#160;that&#160;protection.&#160;<br/>\n&#160;<br/>\n",
]


def _pdftohtml(pages: list[str]) -> str:
    body = "<hr>\n".join(f"<A name={n}></a>" + HEAD.format(n=n) + page + FOOT
                         for n, page in enumerate(pages, 1))
    return ('<!DOCTYPE html>\n<HTML xmlns="http://www.w3.org/1999/xhtml">\n<HEAD>\n'
            "<TITLE>Hansard Senate 31.07.2013</TITLE>\n"
            '<META name="generator" content="pdftohtml 0.36"/>\n</HEAD>\n<BODY>\n'
            f"{body}</BODY>\n</HTML>\n")


def test_running_heads_and_footers_of_pdf_pages_are_left_out():
    """The head "July 31, 2013 ... SENATE DEBATES 2", spread over the page's width with
    no-break spaces and set in bold, numbers the page; the disclaimer at each page's foot,
    the last page's too, is left out."""
    root, result = encode(_pdftohtml(PAGES), "hansard.html")
    assert [pb.get("n") for pb in xp(root, "//t:body//t:pb")] == ["1", "2", "3"]
    body = " ".join(texts(root, "//t:body"))
    assert "SENATE DEBATES" not in body and "Disclaimer" not in body
    assert "certified version" not in body
    assert sum(left.code == "running-head" for left in result.left_out) >= 4


def test_lines_of_pdf_pages_run_on_and_an_empty_line_ends_a_paragraph():
    """pdftohtml ends every line at the page's width with <br/>; an empty line (two <br/>
    in a row) is the paragraph's end; a paragraph cut by the page break is one again."""
    root, _ = encode(_pdftohtml(PAGES), "hansard.html")
    paragraphs = texts(root, "//t:sp[1]/t:p")
    assert paragraphs[0] == ("Order, hon. Senators. I wish to make the following "
                             "Communication.")
    assert paragraphs[1].startswith("The Ministry of Devolution")
    assert paragraphs[1].endswith("to address the sector priorities will be outlined in "
                                  "the Second MTP.")
    assert paragraphs[2] == "I thank you and hope to see all of you there."
    assert xp(root, "//t:p/t:pb/@n") == ["2"]             # (inside the paragraph it cuts)
    assert "to address" in texts(root, "//t:p[t:pb]")[0]
    assert not xp(root, "//t:hi[not(normalize-space())]")      # (no emphasis left empty)


def test_form_feeds_one_after_another_on_a_line():
    """Found by the property tests: "\\f0\\f2" is two pages on one line, each with its number
    alone (no "02" glued from two pages), and a text of form feeds alone is empty."""
    root, _ = encode("\f0\f2")
    assert xp(root, "//t:pb/@n") == ["0", "2"] and "02" not in " ".join(texts(root, "//t:body"))
    root, _ = encode("a\fb\f\fc")
    assert len(xp(root, "//t:pb")) == 3
    with pytest.raises(TeikitError) as refused:
        encode("\f\f")
    assert refused.value.diagnostic.code == "empty"
