"""Round 38 of the scouting (/work/scout/REPORT38.md): diplomatic cables (the WikiLeaks
cablegate viewer pages, State telegrams 1966-2010), a CIA dispatch converted to Markdown by a
PDF converter, and raw-OCR NARA JFK-release memoranda. The inputs are written for these tests
in the forms of the scouts' documents (public-domain U.S. government records): the words are
new or shortened, the forms theirs."""
from __future__ import annotations

import html

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from teiquery import encode, encoded_valid, texts, xp

from teikit.formats.urls import safe_target

# ------------------------------------------------------------ malformed link targets (F13)


def test_a_doubled_scheme_is_kept_as_the_links_words_not_a_crash():
    """href="http://http://www.spiegel.de": libxml2 reads "http:" as the host with an empty
    port and rejects the anyURI; the master keeps the words as a link segment."""
    root, result = encode('<html><body><p>Appears in these articles: <a href="http://http://'
                          'www.spiegel.de">spiegel.de</a></p><p>Text of the page, which is a '
                          'sentence.</p></body></html>', "cable.html")
    assert not xp(root, "//t:body//t:ref")
    assert texts(root, "//t:body//t:seg[@type='link']") == ["spiegel.de"]
    assert [d.code for d in result.diagnostics if "http://http://" in d.message] == [
        "link-target"]


def test_the_targets_the_validators_reject_are_not_safe():
    for bad in ("http://http://x.org", "http://a:b/", "http://a/%zz", "a#b#c", "http://a/<x>",
                "http://a[b]/", "http://a:80:90/", "javascript:alert(1)", "http://a b/"):
        assert not safe_target(bad), bad
    for good in ("http://a:80/", "https://example.org/a?b=c#d", "mailto:a@b.org", "#n1",
                 "../page.html", "http://[::1]/", "https://ru.wikipedia.org/wiki/Москва"):
        assert safe_target(good), good


HOSTILE = st.builds(
    lambda scheme, body: scheme + body,
    st.sampled_from(["http://", "http://http://", "https://", "https://:", "mailto:", "ftp://",
                     "", "#", "//", "http://[", "HTTP://"]),
    st.text(alphabet="ab.:/[]@%#?&=<>\"'{}|\\^`ü é-_~09", max_size=24))


def _forms(url: str) -> dict[str, str]:
    words = "the cable"
    return {
        "page.html": f'<html><body><p>See <a href="{html.escape(url, quote=True)}">{words}</a>'
                     " for more.</p></body></html>",
        "page.md": f"See [{words}](<{url}>) for more.\n",
        "page.org": f"See [[{url}][{words}]] for more.\n",
        "page.rst": f"See `{words} <{url}>`_ for more.\n",
        "page.tex": "\\documentclass{article}\\begin{document}See \\href{" + url + "}{"
                    + words + "} for more.\\end{document}\n",
        "page.adoc": f"See link:++{url}++[{words}] for more.\n",
        "page.wiki": f"See [{url} {words}] for more.\n",
        "page.txt": f"See {url} for more.\n",
    }


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(HOSTILE, st.sampled_from(["page.html", "page.md", "page.org", "page.rst", "page.tex",
                                  "page.adoc", "page.wiki", "page.txt"]))
def test_no_link_target_in_any_format_makes_an_invalid_master(url, name):
    """Every format that takes links: whatever the address, the master validates (encode
    refuses what its schema rejects) and a kept @target is one the validators accept."""
    out = encoded_valid(None, _forms(url)[name], name)
    assert out is not None
    _, root = out
    for target in xp(root, "//@target"):
        assert safe_target(target) or target.startswith("#"), target


# ----------------------------------------- a sidebar of link lists, tabs, permalinks (F1, F2, F4)

def _sidebar(n: int) -> str:
    months = "".join(f"<a href='/date/1966-{m:02d}_0.html'>1966/{m:02d}</a>\n"
                     for m in range(1, n + 1))
    return ("<div class='pane small'><a href='/index.html'><p>Released so far... 1295</p></a>"
            f"<h3>Browse latest releases</h3><div class='sort'>{months}</div>"
            "<h3>Browse by creation <a href='#year_1966'>date</a></h3><div class='pick'>"
            "<a class='sort' href='#year_1966' onclick=\"return swap('year_1966');\">66</a>"
            "<a class='sort' href='#year_1972' onclick=\"return swap('year_1972');\">72</a>"
            "</div><div class='sort' id='year_1966'><a href='/date/1966-12_0.html'>1966/12"
            "</a></div><div class='sort' id='year_1972'><a href='/date/1972-02_0.html'>1972/02"
            "</a> <a href='/date/1972-08_0.html'>1972/08</a></div>"
            "<p><i>courage is contagious</i></p></div>")


CABLE_PAGE = ("<html><head><title>Cable Viewer</title></head><body><div class='main'>"
              + _sidebar(12) +
              "<div class='pane big'><h3>Viewing cable 66BUENOSAIRES2481, EXTENDED NATIONAL "
              "JURISDICTIONS OVER HIGH SEAS</h3><code><pre>P R 281848Z DEC 66\n"
              "FM AMEMBASSY BUENOS AIRES\nTO SECSTATE WASHDC PRIORITY\nSTATE GRNC</pre></code>"
              "<code><pre>SUBJECT: EXTENDED NATIONAL JURISDICTIONS OVER HIGH SEAS\n\n"
              "<a id='par1' href='#par1'>¶</a>1. PRESS REPORTS AND VARIETY EMBASSY SOURCES "
              "CONFIRM NEW ARGENTINE LEGISLATION UNILATERALLY CHANGING SEAS JURISDICTION NOW "
              "UNDER ADVANCED REVIEW.\n\n<a id='par2' href='#par2'>¶</a>2. NAVATT STATES "
              "ARGENTINE NAVY THINKING OF PREFERENTIAL JURISDICTION OUT TO 200 MILES RATHER "
              "THAN EPICONTINENTAL SEA.\n\nSACCIO\n</pre></code></div></div></body></html>")


def test_a_sidebar_of_link_lists_is_navigation_whatever_its_class():
    """"pane small" / "sort" / "pick" are no navigation names; the container's words are
    link words (short labels, no sentence outside them) beside the cable's own text: left
    out and reported, and the cable's heading is the first."""
    root, result = encode(CABLE_PAGE, "cable.html")
    assert texts(root, "//t:body//t:head")[0] == (
        "Viewing cable 66BUENOSAIRES2481, EXTENDED NATIONAL JURISDICTIONS OVER HIGH SEAS")
    body = " ".join(texts(root, "//t:body"))
    for gone in ("Released so far", "Browse latest releases", "1966/12", "courage"):
        assert gone not in body
    assert not xp(root, "//t:body//t:note")
    assert any("lists of links" in item.reason for item in result.left_out)


def test_a_list_of_links_that_is_the_text_stays():
    """Five links with a sentence outside them (a reading list with its comment) are text."""
    links = "".join(f"<li><a href='/d/{k}'>Item {k}</a> is the cable sent on the {k}th of "
                    "December from the embassy to the department.</li>" for k in range(1, 7))
    root, _ = encode(f"<html><body><h1>Cables</h1><p>{'Words of the page. ' * 10}</p>"
                     f"<ul>{links}</ul></body></html>", "list.html")
    assert len(xp(root, "//t:body//t:ref")) == 6
    assert "Item 6 is the cable sent on the 6th of December" in " ".join(texts(root, "//t:body"))


def test_tab_links_to_lists_of_links_are_no_notes():
    """"66" opening by script a panel of links ("1966/12"): a tab, never footnote 66; a
    numbered link to a paragraph of words stays a note."""
    page = ("<html><body><div><div class='pick'><a class='sort' href='#y66' onclick=\"return "
            "swap('y66');\">66</a></div><div class='sort' id='y66'><a href='/d/1966-12'>"
            "1966/12</a></div><p>A sentence of the text.<a href='#fn1'>1</a></p>"
            "<p id='fn1'>1. A real note, with words.</p></div></body></html>")
    root, _ = encode(page, "tabs.html")
    assert [n.get("n") for n in xp(root, "//t:body//t:note")] == ["1"]
    assert texts(root, "//t:body//t:note") == ["A real note, with words."]


def test_a_paragraphs_link_to_itself_is_left_out():
    """<a id="par1" href="#par1">¶</a>1. …: the site's permalink, not the text's words;
    the paragraph's own number is then seen."""
    root, result = encode(CABLE_PAGE, "cable.html")
    body = " ".join(texts(root, "//t:body"))
    assert "¶" not in body
    assert "1. PRESS REPORTS AND VARIETY EMBASSY SOURCES" in body
    assert any(item.text == "¶" for item in result.left_out)


# ------------------------------------------------------- a State telegram's date-time group (F3)

def test_the_date_time_group_over_the_fm_line_dates_the_cable():
    root, _ = encode(CABLE_PAGE, "cable.html")
    assert [d.get("when") for d in xp(root, "//t:profileDesc/t:creation/t:date")] == [
        "1966-12-28"]


def test_the_origins_group_wins_over_a_date_in_the_subject():
    text = ("R 191734Z JAN 10\nFM AMEMBASSY MADRID\nTO SECSTATE WASHDC 1734\n\n"
            "SUBJECT: AMBASSADOR'S JANUARY 18, 2010, MEETING WITH THE MINISTER\n\n"
            "1. (C) SUMMARY. THE MINISTER SAID LITTLE ABOUT THE PLAN.\n")
    root, _ = encode(text, "cable.txt")
    assert [d.get("when") for d in xp(root, "//t:profileDesc/t:creation/t:date")] == [
        "2010-01-19"]


def test_a_group_without_its_fm_line_is_no_cable_date():
    root, _ = encode("Notes\n\nP 090721Z JUL 08 was the group we saw on the screen.\n",
                     "notes.txt")
    assert not xp(root, "//t:profileDesc/t:creation/t:date[@when='2008-07-09']")


# ---------------------------------------------------- a cable's stamps and signature (F5)

CABLE_HEAD = ("R 130458Z AUG 79\nFM AMEMBASSY TEHRAN\nTO SECSTATE WASHDC 3411\n\n"
              "C O N F I D E N T I A L SECTION 01 OF 02 TEHRAN 08980\n\n"
              "E.O. 12065: GDS 8/13/85\nTAGS: PEPR, IR\nSUBJECT: NEGOTIATIONS\n\n")


def test_a_classification_line_under_the_signature_is_a_stamp():
    root, _ = encode(CABLE_HEAD + "1. THE DIFFICULTIES WE FACED ARE OF OUR OWN MAKING.\n\n"
                     "2. ONE SHOULD BE PREPARED FOR A BREAKDOWN AT ANY MOMENT.\n\nLAINGEN\n\n"
                     "CONFIDENTIAL\n", "cable.txt")
    assert texts(root, "//t:body//t:closer/t:signed") == ["LAINGEN"]
    assert texts(root, "//t:body//t:note[@type='classification']") == ["CONFIDENTIAL"]


def test_a_downgrading_group_over_the_name_is_no_part_of_the_signature():
    root, _ = encode(CABLE_HEAD + "1. IF AUTHORIZED, ENVISAGE TWO-STEP APPROACH TO FONOFF.\n\n"
                     "GP-3\nSACCIO\n", "cable.txt")
    assert texts(root, "//t:body//t:closer/t:signed") == ["SACCIO"]
    assert texts(root, "//t:body//t:note[@type='classification']") == ["GP-3"]


def test_a_cables_surname_under_its_last_sentence_is_its_signature():
    root, _ = encode(CABLE_HEAD + "1. (S) Post notes the report with some concern.\n"
                     "2. (S) Therefore, we believe the Department should urge a delay until "
                     "sharing has been able to move forward.\nPATTERSON\n", "cable.txt")
    assert texts(root, "//t:body//t:closer/t:signed") == ["PATTERSON"]
    assert texts(root, "//t:body/t:div/t:p")[-1].endswith("able to move forward.")


def test_without_a_cable_header_a_last_capitals_line_stays_in_its_paragraph():
    root, _ = encode("Minutes\n\nThe members agreed the plan and went home.\nUNANIMOUS\n",
                     "minutes.txt")
    assert not xp(root, "//t:body//t:closer")
    assert xp(root, "//t:body//t:p[contains(., 'went home.')]/t:lb/following-sibling::text()"
              ) == ["UNANIMOUS"]


# ----------------------------------------- release banners, routing lines, list types (F6, F8)

def test_a_release_stamp_heading_is_a_stamp_and_the_subject_names_the_document():
    root, _ = encode("# 2025 RELEASE UNDER THE PRESIDENT JOHN F. KENNEDY ASSASSINATION RECORDS "
                     "ACT OF 1992\n\nROUTING AND RECORD SHEET\n\nSUBJECT: (Optional) Number 98\n\n"
                     "# DISPATCH\n\nTO: Chiefs of all Stations\n\nFROM: Chief, KUDOVE\n\n"
                     "SUBJECT: Warren Commission Testimony - Selected Excerpts\n\n"
                     "1. The Report focused attention on the problem.\n", "dispatch.md")
    assert texts(root, "//t:body//t:note[@type='stamp']") == [
        "2025 RELEASE UNDER THE PRESIDENT JOHN F. KENNEDY ASSASSINATION RECORDS ACT OF 1992"]
    assert texts(root, "//t:titleStmt/t:title") == [
        "Warren Commission Testimony - Selected Excerpts"]
    assert "RELEASE UNDER" not in " ".join(texts(root, "//t:body//t:head"))


ROUTED = ("<html><body><pre>VZCZCXRO2082\nRR RUEHDBU RUEHFL RUEHKW\nDE RUEHMD #0049/01 0191734\n"
          "ZNY CCCCC ZZH\nR 191734Z JAN 10\nFM AMEMBASSY MADRID\nTO RUEHC/SECSTATE WASHDC 1693"
          "</pre><pre>SUBJECT: MEETING WITH THE MINISTER OF INTERIOR\n\n1. (C) The Ambassador "
          "met the Minister on January 18.\n\nSOLOMONT\n</pre></body></html>")


def test_routing_lines_are_no_title_and_no_list_and_the_subject_is_the_title():
    root, _ = encode(ROUTED, "routed.html")
    assert texts(root, "//t:titleStmt/t:title") == ["MEETING WITH THE MINISTER OF INTERIOR"]
    assert not xp(root, "//t:body//t:list")
    assert not any("VZCZC" in h for h in texts(root, "//t:body//t:head"))
    assert [d.get("when") for d in xp(root, "//t:profileDesc/t:creation/t:date")] == [
        "2010-01-19"]


def test_a_lists_type_is_never_made_from_the_line_over_it():
    root, _ = encode("Notes\n\nGARDEN TOOLS\nSpade\nRake\nHoe\n\nThat was the plan.\n",
                     "notes.txt")
    assert [x.get("type") for x in xp(root, "//t:body//t:list")] == ["items"]
    assert texts(root, "//t:body//t:list/t:head") == ["GARDEN TOOLS"]
    assert texts(root, "//t:body//t:list/t:item") == ["Spade", "Rake", "Hoe"]


def test_a_classification_stamp_over_lines_is_no_lists_head():
    root, _ = encode("Notes\n\nS-E-C-R-E-T\nDistribution For\nBook Dispatch No. 4726.\n\n"
                     "That was the plan, as we said.\n", "notes.txt")
    assert not xp(root, "//t:body//t:list")
    assert texts(root, "//t:body//t:p")[0] == "S-E-C-R-E-TDistribution ForBook Dispatch No. 4726."


# -------------------------------------------- a PDF converter's Markdown (F7: doctly.ai forms)

CONVERTED = ("# DISPATCH\n\nTO: Chiefs of all Stations\n\nSUBJECT: Testimony - Selected Excerpts"
             "\n\n1. The Report focused attention on the problem. ![signature of reviewer]\n\n"
             "![Form 610] SECRET\n\n"
             "-------------------------------------------------------------------------------- "
             "Page 2\n\n2. The circumstances produced discussion and testimony.\n\n"
             "-------------------------------------------------------------------------------- "
             "Page 3\n\n3. I commend these materials for reading.\n\n---\n"
             "Converted with [doctly.ai](https://doctly.ai)\n")


def test_an_image_without_its_address_is_no_editors_bracket():
    root, result = encode(CONVERTED, "dispatch.md")
    assert not xp(root, "//t:body//t:supplied")
    body = " ".join(texts(root, "//t:body"))
    assert "Form 610 SECRET" in body and "problem. signature of reviewer" in body
    assert "![" not in body and "[" not in body
    assert {"![Form 610]", "![signature of reviewer]"} <= {item.text for item in result.left_out}


def test_a_converters_dashed_page_lines_are_page_breaks():
    root, _ = encode(CONVERTED, "dispatch.md")
    assert [pb.get("n") for pb in xp(root, "//t:body//t:pb")] == ["2", "3"]
    assert "-----" not in " ".join(texts(root, "//t:body"))


def test_one_dashed_page_line_alone_is_no_page_evidence():
    root, _ = encode("# Notes\n\nFirst.\n\n------------------------------ Page 7\n\nSecond.\n",
                     "notes.md")
    assert not xp(root, "//t:body//t:pb")


def test_the_converters_credit_after_a_rule_is_left_out():
    root, result = encode(CONVERTED, "dispatch.md")
    assert "Converted with" not in " ".join(texts(root, "//t:text"))
    assert any(item.text == "Converted with doctly.ai" for item in result.left_out)


# ---------------------------------------- a capitals telegram's lines after ")" and '"' (F12)

def test_a_capitals_line_after_a_closing_bracket_runs_on():
    """'… (AS IN PERU, ECUADOR, CHILE)' / 'RATHER THAN EPICONTINENTAL SEA.': a bracket ends
    no sentence without a full stop inside it; the next line's 'RATHER THAN … SEA.' is no
    speaker's label."""
    text = ("TELEGRAM\n\n2.  NAVATT STATES ARGENTINE NAVY THINKING OF PREFERENTIAL \n"
            "JURISDICTION OUT TO 200 MILES (AS IN PERU, ECUADOR, CHILE) \n"
            "RATHER THAN EPICONTINENTAL SEA.  200 MILE LIMIT DOES NOT \n"
            "RPT NOT REACH FALKLANDS. ARGENTINE NAVY OFF TOLD NAVATT OF IT. \n\n"
            "3.  FONOFF OFFICIALS HAVE INFORMALLY INDICATED DECISION ALREADY FINAL \n"
            "RE SIX MILE TERRITORIAL SEA, BUT THAT \"PREFERENTIAL JURISDICTION\" \n"
            "STILL UNDER STUDY. TWO FONOFF MEN SOUGHT EMBASSY REACTION TO IT. \n"
            "EMBOFF REJECTED IDEA US ACCEPTS THESE LIMITS IN ANY WAY AT ALL. \n")
    root, _ = encode(text, "cable.txt")
    assert [p.get("n") for p in xp(root, "//t:body//t:p")] == ["2", "3"]
    assert not xp(root, "//t:body//t:sp")
    assert "CHILE) RATHER THAN" in texts(root, "//t:body//t:p")[0]


# ------------------------------------------ an identification form's dates and values (F10, F11)

FORM = ("```text\n2025 RELEASE UNDER THE PRESIDENT JOHN F. KENNEDY ASSASSINATION RECORDS ACT\n\n"
        "Date : 08/04/98 ©\nPage :-1\n\nJFK ASSASSINATION SYSTEM\nIDENTIFICATION FORM\n\n"
        "AGENCY : JCS\nRECORD NUMBER : 202-10001-10203\n\nORIGINATOR : OSD\n\n"
        "TITLE : THE CUBA PROJECT\n\nDATE : 01/24/62\n\nPAGES : 6\n\n"
        "FBI\n124-90139-10138\nHQ\n\nDocument Information\n\nFBI\nHQ\n\n"
        "The intelligence community is hard at work on the estimate and the deadline.\n```\n")


def test_a_forms_print_date_beside_its_page_field_is_not_the_documents_date():
    root, _ = encode(FORM, "form.md")
    assert [d.get("when") for d in xp(root, "//t:profileDesc/t:creation/t:date")] == [
        "1962-01-24"]


def test_a_forms_value_alone_over_codes_is_no_speaker():
    root, _ = encode(FORM, "form.md")
    assert not xp(root, "//t:body//t:sp")
    assert "124-90139-10138" in " ".join(texts(root, "//t:body"))


def test_a_label_over_speech_stays_a_turn():
    root, _ = encode("THE PLAY\n\nHAMLET\nTo be, or not to be, that is the question.\n\n"
                     "HORATIO\nMy lord, I came to see your father's funeral.\n\n"
                     "HAMLET\nI pray thee, do not mock me, fellow student.\n", "play.txt")
    assert [s.get("who") for s in xp(root, "//t:body//t:sp")] == ["#hamlet", "#horatio",
                                                                  "#hamlet"]
