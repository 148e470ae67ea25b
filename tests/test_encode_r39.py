"""Round 39 of the scouting (/work/scout/REPORT39.md): White House press briefings and
press conferences (whitehouse.gov transcripts, Markdown), New York State Senate hearing and
roundtable transcripts (nysenate.gov, plain text) and the Iran-Contra hearings (HTML). The
inputs are written for these tests in the forms of the scouts' documents (public-domain
U.S. and New York State government records): the words are new or shortened, the forms
theirs."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree
from teiquery import encode, encoded_valid, texts, xp


def lines(root, path: str) -> list[str]:
    """Each element's words, a line break (<lb/>) read as a space."""
    out = []
    for el in xp(root, path):
        el = etree.fromstring(etree.tostring(el))
        for lb in xp(el, ".//t:lb"):
            lb.tail = " " + (lb.tail or "")
        out.append(" ".join("".join(el.itertext()).split()))
    return out

# ------------------------------------------------------------ timing lines (F1)

BRIEFING = """---
title: "Press Briefing by the Press Secretary"
date: 2023-12-04
---

James S. Brady Press Briefing Room

2:15 P.M. EST

MS. JEAN-PIERRE:  Good afternoon.

Q    Good afternoon.

MS. JEAN-PIERRE:  A couple of things at the top.

Q    Thank you.

END                2:45 P.M. EST
"""


def test_a_transcripts_timing_lines_are_stage_directions_outside_the_speech():
    root, result = encode(BRIEFING, "briefing.md")
    assert texts(root, "//t:body//t:stage") == ["2:15 P.M. EST", "END 2:45 P.M. EST"]
    assert not xp(root, "//t:sp//t:stage")
    assert texts(root, "//t:body//t:p") == ["James S. Brady Press Briefing Room",
                                            "Good afternoon.", "Good afternoon.",
                                            "A couple of things at the top.", "Thank you."]
    assert result.applied["timing-line"] == 2


def test_a_bare_end_after_the_last_turn_is_a_stage_but_not_in_a_text_without_turns():
    root, _ = encode("SENIOR OFFICIAL:  Thank you all.\n\nQ    One more?\n\n"
                     "SENIOR OFFICIAL:  No, thanks.\n\nEND\n", "call.txt")
    assert texts(root, "//t:body//t:stage") == ["END"]
    root, _ = encode("The meeting went on.\n\n11:50 A.M. MDT\n\nThe lunch was served.\n",
                     "notes.txt")
    assert not xp(root, "//t:body//t:stage")
    assert "11:50 A.M. MDT" in texts(root, "//t:body//t:p")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hour=st.integers(1, 12), minute=st.integers(0, 59),
       half=st.sampled_from(["A.M.", "P.M.", "a.m.", "p.m."]),
       zone=st.sampled_from(["", " EST", " EDT", " MDT", " PST"]),
       end=st.booleans())
def test_any_clock_time_alone_between_turns_is_a_stage(hour, minute, half, zone, end):
    time = f"{'END  ' if end else ''}{hour}:{minute:02d} {half}{zone}"
    text = (f"THE PRESIDENT:  Thank you very much.\n\n{time}\n\n"
            "Q    Mr. President, a question.\n\nTHE PRESIDENT:  Go ahead.\n")
    out = encoded_valid(None, text, "remarks.txt")
    assert out is not None
    _, root = out
    assert texts(root, "//t:body//t:stage") == [" ".join(time.split())]
    assert len(xp(root, "//t:sp")) == 3


# ------------------------------------------------------------ a name wrapped first (F2)

WRAPPED = """SENIOR ADMINISTRATION OFFICIAL:  Thank you.  So, first of all, as I said on
the call, the decision stands.

Q    Thank you.  Will this have an impact?

SENIOR ADMINISTRATION OFFICIAL:  Secondly, in terms of the politics of South
Florida: I do not know if the implication is that this is a political
call.  It is not at all.

Q    Thank you.

THE VICE PRESIDENT:  So that is the work we have done.  I want to recognize
Secretary Mayorkas.  The time that we spent with the men and
women of CBP has reinforced the work.
"""


def test_a_name_a_line_wrap_puts_first_opens_no_turn():
    root, _ = encode(WRAPPED, "call.txt")
    assert texts(root, "//t:sp/t:speaker") == [
        "SENIOR ADMINISTRATION OFFICIAL", "Q", "SENIOR ADMINISTRATION OFFICIAL", "Q",
        "THE VICE PRESIDENT"]
    speech = texts(root, "//t:sp/t:p")
    assert speech[2] == ("Secondly, in terms of the politics of South Florida: I do not know "
                         "if the implication is that this is a political call. It is not at all.")
    assert speech[4].startswith("So that is the work we have done. I want to recognize "
                                "Secretary Mayorkas. The time")
    assert not xp(root, "//t:person[t:persName='Florida']")


def test_turns_typed_one_a_line_keep_their_turns_under_a_line_that_runs_on():
    root, _ = encode("Alice: I was going to say that\nBob: Say it then.\n"
                     "Alice: Well I forgot\nBob: Never mind.\n", "chat.txt")
    assert texts(root, "//t:sp/t:speaker") == ["Alice", "Bob", "Alice", "Bob"]


# ------------------------------------------------------------ an interrupted question (F3)


def test_a_question_broken_off_with_a_dash_is_a_turn_not_a_title():
    root, _ = encode("PRESIDENT TRUMP:  So, that's the way it is.\n\n"
                     "Q    But, Mr. President — Mr. President, I —\n\n"
                     "PRESIDENT TRUMP:  Go ahead, please.  All right.\n\n"
                     "Q    Prime Minister, How Do You See India Play A Role In —\n\n"
                     "PRIME MINISTER MODI:  Thank you.\n", "presser.txt")
    assert texts(root, "//t:sp/t:speaker") == ["PRESIDENT TRUMP", "Q", "PRESIDENT TRUMP", "Q",
                                               "PRIME MINISTER MODI"]
    assert texts(root, "//t:sp[2]/t:p") == ["But, Mr. President — Mr. President, I —"]
    assert texts(root, "//t:sp[4]/t:p") == ["Prime Minister, How Do You See India Play A Role "
                                            "In —"]


# ------------------------------------------------------------ the title under a masthead (F5)

PRESSER = """---
date: '2025-02-13'
title: Remarks by President Trump and Prime Minister Modi in Joint Press Conference
---

THE WHITE HOUSE

Office of Communications

REMARKS BY PRESIDENT TRUMP AND PRIME MINISTER MODI
IN JOINT PRESS CONFERENCE

East Room

PRESIDENT TRUMP:  Thank you very much.

PRIME MINISTER MODI:  Thank you.
"""


def test_the_metadata_title_found_in_the_body_is_the_head_and_the_lines_above_a_masthead():
    root, result = encode(PRESSER, "presser.md")
    title = "REMARKS BY PRESIDENT TRUMP AND PRIME MINISTER MODI IN JOINT PRESS CONFERENCE"
    assert texts(root, "//t:body//t:head") == [title]
    assert texts(root, "//t:titleStmt/t:title") == [title]
    assert texts(root, "//t:body//t:note[@type='masthead']") == [
        "THE WHITE HOUSE", "Office of Communications"]
    assert result.applied["masthead-over-title"] == 1


def test_a_metadata_title_the_body_does_not_print_leaves_the_first_heading():
    root, _ = encode(PRESSER.replace("in Joint Press Conference", "at the East Room"),
                     "presser.md")
    assert not xp(root, "//t:body//t:note[@type='masthead']")


COVER = """                NEW YORK STATE LEGISLATURE

                   JOINT PUBLIC HEARING


       SENATE STANDING COMMITTEE ON TRANSPORTATION

ASSEMBLY STANDING COMMITTEE ON CORPORATIONS, AUTHORITIES &
                        COMMISSIONS


  IMPACT OF COVID-19 ON THE METROPOLITAN TRANSPORTATION
                        AUTHORITY


                     August 25, 2020

SENATOR KENNEDY:  Good morning.  We are having a joint hearing of the Assembly
and the Senate today on the transit system.

ASSEMBLY MEMBER PAULIN:  Thank you.  We are glad to be here with you today.
"""

AGING = """      BEFORE THE NEW YORK STATE SENATE
      COMMITTEE FOR THE AGING

           NEW YORK STATE FORUM/TOWN HALL

             ROUNDTABLE ON THE
        SAGE COMMISSION'S PROPOSAL TO MERGE
          THE OFFICE FOR THE AGING

                              Senate Capitol Building
                              Albany, New York

                              May 18, 2011

SENATOR VALESKY:  I want to welcome everyone.  This is a roundtable.

MS. MILLER:  Hi.  I'm Nancy Miller.
"""


def test_a_hearing_covers_proceeding_and_subject_are_its_title_the_committees_stay():
    root, _ = encode(COVER, "hearing.txt")
    assert texts(root, "//t:body//t:head[not(@type)]") == ["NEW YORK STATE LEGISLATURE"]
    sub = xp(root, "//t:body//t:head[@type='sub']")[0]
    assert [sub.text] + [lb.tail for lb in xp(sub, "t:lb")] == [
        "JOINT PUBLIC HEARING", "IMPACT OF COVID-19 ON THE METROPOLITAN TRANSPORTATION",
        "AUTHORITY"]
    assert texts(root, "//t:titleStmt/t:title") == [
        "JOINT PUBLIC HEARING IMPACT OF COVID-19 ON THE METROPOLITAN TRANSPORTATION AUTHORITY"]
    assert lines(root, "//t:opener/t:seg[@type='address']")[:2] == [
        "SENATE STANDING COMMITTEE ON TRANSPORTATION",
        "ASSEMBLY STANDING COMMITTEE ON CORPORATIONS, AUTHORITIES & COMMISSIONS"]


def test_a_roundtable_under_the_forums_town_hall_line_is_the_title():
    root, _ = encode(AGING, "roundtable.txt")
    assert texts(root, "//t:titleStmt/t:title") == [
        "NEW YORK STATE FORUM/TOWN HALL ROUNDTABLE ON THE SAGE COMMISSION'S PROPOSAL TO MERGE "
        "THE OFFICE FOR THE AGING"]
    assert texts(root, "//t:body//t:head[1]") == [
        "BEFORE THE NEW YORK STATE SENATE COMMITTEE FOR THE AGING"]


# ------------------------------------------------------------ a cover's lists (F6)

ROSTER = """ROUNDTABLE ON THE OFFICE FOR THE AGING

May 18, 2011

ROUNDTABLE PARTICIPANTS:

Maria Alvarez
Executive Director of the
NY Statewide Senior Action Council

Allison Auldridge
Policy Associate
Services and Advocacy for GLBT Elders

SENATORS PRESENT:

SENATOR LEROY COMRIE, Chair, Senate Standing Committee on
Corporations, Authorities and Commissions

SENATOR TODD KAMINSKY

SENATOR VALESKY:
I want to welcome everyone to this meeting.  It is intended to be a roundtable
discussion, more than a public hearing would be.

MS. ALVAREZ:
Hi.  My name is Maria Alvarez.  I'm the executive director of the council.

MS. AULDRIDGE:
Thank you.  We serve the elders of the state.
"""


def test_a_label_over_names_and_offices_before_the_first_speech_is_a_list():
    root, result = encode(ROSTER, "roundtable.txt")
    assert texts(root, "//t:sp/t:speaker") == ["SENATOR VALESKY", "MS. ALVAREZ", "MS. AULDRIDGE"]
    assert texts(root, "//t:list[@type='roster']/t:head") == ["ROUNDTABLE PARTICIPANTS:",
                                                              "SENATORS PRESENT:"]
    assert lines(root, "//t:list[@type='roster'][1]/t:item") == [
        "Maria Alvarez Executive Director of the NY Statewide Senior Action Council",
        "Allison Auldridge Policy Associate Services and Advocacy for GLBT Elders"]
    assert texts(root, "//t:list[@type='roster'][2]/t:item") == [
        "SENATOR LEROY COMRIE, Chair, Senate Standing Committee on Corporations, Authorities "
        "and Commissions", "SENATOR TODD KAMINSKY"]
    assert not xp(root, "//t:person[t:persName='ROUNDTABLE PARTICIPANTS']")
    assert result.applied["roster-list"] == 2


def test_a_short_speech_in_lines_after_the_first_real_speech_stays_a_turn():
    root, _ = encode(ROSTER + "\nMS. MILLER:\nHi\nI agree\n\nSENATOR VALESKY:\n"
                     "Thank you all.  We will now adjourn the meeting.\n", "roundtable.txt")
    assert "MS. MILLER" in texts(root, "//t:sp/t:speaker")


# ------------------------------------------------------------ brackets in a quotation (F7)


def test_a_bracketed_word_inside_a_quotations_sentence_is_supplied_not_a_stage():
    root, result = encode("MR. SULLIVAN:  As Director Young said, “We’re [running] out of "
                          "money—and [we are] nearly out of time.”\n\nQ    Thank you.\n\n"
                          "MR. SULLIVAN:  [Laughing.]  Yes.  [Turns to the screen.]\n",
                          "briefing.txt")
    assert texts(root, "//t:sp[1]//t:supplied") == ["running", "we are"]
    assert "running" not in texts(root, "//t:stage")
    assert texts(root, "//t:sp[3]//t:stage") == ["Laughing.", "Turns to the screen."]
    assert result.applied["supplied-in-quotation"] == 1


# ------------------------------------------------------------ a name withheld (F8)


def test_words_standing_for_a_withheld_name_stay_in_the_sentence():
    root, result = encode(
        "SENIOR ADMINISTRATION OFFICIAL:  Thank you.  My name is [senior administration\n"
        "official], and I welcome our participants.  We begin with remarks from\n"
        "[senior administration official].\n\nQ    Thank you.\n\n"
        "SENIOR ADMINISTRATION OFFICIAL:  Yes [pointing to the map], there.\n", "call.txt")
    assert texts(root, "//t:sp[1]/t:p") == [
        "Thank you. My name is senior administration official, and I welcome our participants."
        " We begin with remarks from senior administration official."]
    assert texts(root, "//t:sp[1]//t:supplied") == ["senior administration official"] * 2
    assert not xp(root, "//t:sp[1]//t:note")
    assert result.applied["substituted-words"] == 2


def test_a_comment_in_brackets_said_once_stays_a_note():
    root, _ = encode("MR. LIMAN:  The witness is [chairman of the subcommittee] here.\n\n"
                     "MR. NIELDS:  Yes.\n\nMR. LIMAN:  Thank you, sir.\n", "hearing.txt")
    assert texts(root, "//t:note[@type='editorial']") == ["chairman of the subcommittee"]


# ------------------------------------------------------------ a line-numbered transcript (F4)

FOOT = ("                           Reporting Services, Inc.\n"
        "           256 West 38th Street, 10th Floor, New York, NY 10018\n")


def _page(n: int, body: list[str]) -> str:
    lines = [f"{'':70}Page {n}", "1    Joint Hearing on Transit, 8-25-20", ""]
    for k, text in enumerate(body, start=2):
        lines += [f"{k:<8}{text}".rstrip(), ""]
    return "\f" + "\n".join(lines) + "\n\n" + FOOT


TRANSCRIPT = ("                NEW YORK STATE LEGISLATURE\n\n"
              "                   JOINT PUBLIC HEARING\n\n"
              "       SENATE STANDING COMMITTEE ON TRANSPORTATION\n\n"
              "  IMPACT OF COVID-19 ON THE TRANSIT AUTHORITY\n\n"
              "                     August 25, 2020\n" + FOOT
              + _page(2, ["            (The public hearing commenced at 10:00",
                          "a.m.)",
                          "            ASSEMBLY MEMBER AMY PAULIN, CHAIR,",
                          "ASSEMBLY STANDING COMMITTEE ON CORPORATIONS,",
                          "AUTHORITIES AND COMMISSIONS:          Welcome everyone.",
                          "We are having a joint hearing of the Assembly",
                          "and the Senate on the transit system and what we",
                          "know is a fiscal crisis for the whole of the",
                          "state.",
                          "            I thank all of you here who are about",
                          "to share your thoughts with us today."])
              + _page(3, ["            SENATOR TIM KENNEDY, CHAIR, SENATE",
                          "STANDING COMMITTEE ON TRANSPORTATION:          Well,",
                          "thank you so much Assemblywoman Paulin and thank",
                          "you for your leadership as chair of the committee",
                          "and for co-chairing the event of today with us.",
                          "            We recognize that this pandemic has",
                          "upended our entire economy and our transit."])
              + _page(4, ["system as well. It hit us the hardest because it",
                          "hit us first, and we had to react to it first.",
                          "            SENATOR LEROY COMRIE, CHAIR, SENATE",
                          "STANDING COMMITTEE ON CORPORATIONS, AUTHORITIES",
                          "AND COMMISSIONS:        Thank you, Chairman Kennedy,",
                          "thank you Co-Chair Paulin. I thank all of my",
                          "colleagues who have joined us here this morning."]))


def test_a_line_numbered_transcript_loses_its_numbers_page_labels_head_and_foot():
    root, result = encode(TRANSCRIPT, "hearing.txt")
    assert [pb.get("n") for pb in xp(root, "//t:body//t:pb")] == ["2", "3", "4"]
    body = " ".join(texts(root, "//t:body"))
    for furniture in ("Reporting Services", "256 West", "Joint Hearing on Transit", "Page "):
        assert furniture not in body
    assert texts(root, "//t:sp/t:speaker") == [
        "ASSEMBLY MEMBER AMY PAULIN, CHAIR, ASSEMBLY STANDING COMMITTEE ON CORPORATIONS, "
        "AUTHORITIES AND COMMISSIONS",
        "SENATOR TIM KENNEDY, CHAIR, SENATE STANDING COMMITTEE ON TRANSPORTATION",
        "SENATOR LEROY COMRIE, CHAIR, SENATE STANDING COMMITTEE ON CORPORATIONS, AUTHORITIES "
        "AND COMMISSIONS"]
    assert [" ".join(texts(root, "//t:sp[1]/t:p"))] == [
        "Welcome everyone. We are having a joint hearing of the Assembly and the Senate on the "
        "transit system and what we know is a fiscal crisis for the whole of the state. "
        "I thank all of you here who are about to share your thoughts with us today."]
    assert texts(root, "//t:body//t:stage") == ["(The public hearing commenced at 10:00 a.m.)"]
    assert result.applied["running-foot"] == 4          # (the cover's too)
    assert result.applied["page-label-head"] == 3
    assert result.applied["margin-line-numbers"] == 1


def test_a_numbered_list_flush_left_keeps_its_numbers():
    items = "\n".join(f"{k} {w} are on the list of the day" for k, w in enumerate(
        ["Apples", "Pears", "Plums", "Figs", "Dates", "Limes", "Kiwis", "Cherries", "Grapes",
         "Melons", "Lemons"], start=1))
    root, _ = encode("The market\n\n" + items + "\n", "list.txt")
    assert "10 Melons are on the list of the day" in " ".join(texts(root, "//t:body"))


# ------------------------------------------------------------ an HTML paragraph cut (F9)

CHENEY = ("<html><body><p>\nMr. CHENEY.</p><p> I would like to join my colleagues in thanking "
          "you. It is not an easy assignment to serve on this committee, and it certainly has "
          "not been an easy assignment for either of our colleagues,</p><p>\nMr. Hamilton or "
          "Senator Inouye. They have indeed done a very fair job.</p>\n<p>Mr. LIMAN. Thank "
          "you.</p><p>Mr. CHENEY. Thank you, Mr. Chairman.</p></body></html>")


def test_an_html_speech_paragraph_ending_in_a_comma_runs_on_into_the_next():
    root, result = encode(CHENEY, "hearing.html")
    assert texts(root, "//t:sp[1]/t:p") == [
        "I would like to join my colleagues in thanking you. It is not an easy assignment to "
        "serve on this committee, and it certainly has not been an easy assignment for either "
        "of our colleagues, Mr. Hamilton or Senator Inouye. They have indeed done a very fair "
        "job."]
    assert result.applied["markup-comma-rejoined"] == 1


def test_a_short_html_paragraph_ending_in_a_comma_stays_apart():
    root, _ = encode("<html><body><p>Dear Sir,</p><p>I write to thank you for the book.</p>"
                     "</body></html>", "letter.html")
    assert not xp(root, "//t:p[contains(., 'Dear Sir, I write')]")


def test_a_forum_before_the_senate_keeps_its_proceeding_block_as_the_title():
    root, _ = encode("      BEFORE THE NEW YORK STATE SENATE\n\n"
                     "              PUBLIC HEARING\n"
                     "     TO HEAR TESTIMONY ABOUT THE PLAN TO CREATE\n"
                     "          TEN COMMERCIAL BARGE ANCHORAGES\n\n"
                     "                         Kingston, New York\n\n"
                     "                         October 19, 2016\n\n"
                     "SENATOR SERINO:  Good morning.  We are here today to hear you.\n\n"
                     "MR. SMITH:  Thank you.  I am glad to be here.\n", "hearing.txt")
    assert texts(root, "//t:titleStmt/t:title") == [
        "PUBLIC HEARING TO HEAR TESTIMONY ABOUT THE PLAN TO CREATE TEN COMMERCIAL BARGE "
        "ANCHORAGES"]
