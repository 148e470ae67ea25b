"""Transcripts' leftovers of rounds 8 and 9 (/work/scout/REPORT8.md, REPORT9.md): podcast
turns, loop transcripts' annotations, courts' examinations and judgments, Pacific Hansards."""
from __future__ import annotations

from teiquery import encode, texts, xp


def test_timed_bold_turn_whose_words_look_like_a_title():
    """Orbit FM's Web of Tomorrow 049 (orbitfm-weboftomorrow-049-a11y.txt): a turn cut off
    in mid-word, its few words capitalised ("There’s a role, ARIA-"), is still a turn."""
    root, _ = encode("0:39:17.4 **Jen Luker** Many of them do, but not all of them.\n\n"
                     "0:39:19.3 **Adam Garrett-Harris** Okay.\n\n"
                     "0:39:19.7 **Jen Luker** There’s a role, ARIA-\n\n"
                     "0:39:20.2 **Adam Garrett-Harris** So, is tabindex one of them?\n",
                     "podcast.txt")
    assert texts(root, "//t:sp/t:speaker") == ["Jen Luker", "Adam Garrett-Harris",
                                               "Jen Luker", "Adam Garrett-Harris"]
    assert texts(root, "//t:sp[3]/t:p") == ["0:39:19.7 There’s a role, ARIA-"]


def test_take_marks_of_a_hansard_are_left_out():
    """Papua New Guinea Hansard, 15 March 2023 (png-hansard-2023-03-15-oq1-school-supplies
    .html): "02/02" and "03/02" on lines of their own, the reporters' take marks."""
    root, result = encode("<html><body>\n<p>Mr PATRICK BASA - Mr Acting Speaker, schools "
                          "everywhere are struggling.</p>\n<p>02/02</p>\n"
                          "<p>Many cannot cope with the number of students enrolled.</p>\n"
                          "<p>Mr JIMMY UGURO - I have instructed the department to carry out "
                          "an audit.</p>\n<p>03/02</p>\n</body></html>\n", "hansard.html")
    assert not [t for t in texts(root, "//t:body//t:p") if "/02" in t]
    assert [x["text"] for x in result.report()["left_out"] if x["code"] == "take-mark"] == [
        "02/02", "03/02"]


def test_dates_over_a_diary_s_entries_are_no_take_marks():
    """The counter-case: a diary's days in the same form, with nobody speaking."""
    root, _ = encode("15/06\n\nWent to the market in the morning.\n\n16/06\n\n"
                     "Rain all day; stayed in.\n", "diary.txt")
    assert "15/06" in " ".join(texts(root, "//t:body"))
    assert "16/06" in " ".join(texts(root, "//t:body"))


def test_hansard_label_over_two_printed_lines():
    """Papua New Guinea Hansard, 22 March 2023 (png-hansard-2023-03-22-palau-air-services
    .html): a PDF's printed lines as paragraphs, the minister's office cut at the line's end
    inside its parentheses."""
    root, _ = encode("<html><body>\n<p>TREATY DOCUMENT — PAPUA NEW GUINEA — REPUBLIC OF PALAU"
                     "</p>\n<p>Mr WALTER SCHNAUBELT (Namatanai — Minister for Transport and "
                     "Civil</p>\n<p>Aviation) — Mr Assistant Speaker, pursuant to statute, I "
                     "present the following treaty document.</p>\n"
                     "<p>Mr JAMES MARAPE (Tari-Pori — Prime Minister) — I move that the "
                     "Parliament take note of the paper.</p>\n</body></html>\n", "hansard.html")
    assert texts(root, "//t:sp/t:speaker") == [
        "Mr WALTER SCHNAUBELT (Namatanai — Minister for Transport and Civil Aviation)",
        "Mr JAMES MARAPE (Tari-Pori — Prime Minister)"]
    assert texts(root, "//t:sp[1]/t:p") == [
        "Mr Assistant Speaker, pursuant to statute, I present the following treaty document."]


def test_label_over_two_lines_of_a_plain_text():
    """The same form hard-wrapped in a plain text."""
    root, _ = encode("Mr WALTER SMITH (Namatanai — Minister for\n"
                     "Transport) — I present the paper.\n\n"
                     "Mr JOHN JONES (Morobe) — I thank the Minister.\n\n"
                     "Mr WALTER SMITH (Namatanai — Minister for Transport) — Thank you.\n",
                     "debate.txt")
    assert texts(root, "//t:sp/t:speaker")[0] == \
        "Mr WALTER SMITH (Namatanai — Minister for Transport)"
    assert texts(root, "//t:sp/t:p") == ["I present the paper.", "I thank the Minister.",
                                         "Thank you."]


def test_markdown_link_whose_address_has_spaces_is_a_link():
    """Singapore Law Watch judgment in Markdown (sg-2001-sghc-272-afs-freight-cross-
    examination.md): "Source: [link](https://…/Judgments/[2001] SGHC 272.pdf)"; "[link]" is
    no editor's supplied word."""
    root, _ = encode("# Judgment\n\nThe counterclaim is dismissed with costs.\n\n"
                     "Source: [link](https://www.singaporelawwatch.sg/Portals/0/Docs/Judgments/"
                     "[2001] SGHC 272.pdf)\n", "judgment.md")
    assert not xp(root, "//t:supplied")
    assert xp(root, "//t:ref/@target") == [
        "https://www.singaporelawwatch.sg/Portals/0/Docs/Judgments/%5B2001%5D%20SGHC%20272.pdf"]
    assert texts(root, "//t:ref") == ["link"]


def test_paragraph_cited_by_number_is_no_note_marker():
    """Re Nalpon, Zero Geraldo Mario [2017] SGHC 301 in Markdown (sg-2017-sghc-301-nalpon-
    judgment.md): "as set out at [9] and [10] above" cites the judgment's paragraphs; the
    notes 9 and 10 stand at their own markers further on."""
    root, _ = encode("# Re Nalpon\n\n12 His affidavit repeated his complaint as set out at [9] "
                     "and [10] above. The Lawyers had misled the court.[^1]\n\n"
                     "14 The Law Society was effectively a non existent party. [^9]\n\n"
                     "15 Its presence would not cause any prejudice to the applicant. [^10]\n\n"
                     "16 See Manjit Singh at [85] on the duty to give reasons.\n\n"
                     "[^1]: Affidavit of the applicant p 28\n"
                     "[^9]: Affidavit of the applicant in support of RA 232/2017\n"
                     "[^10]: Certified transcript p 7 lines 4-19\n", "judgment.md")
    assert "as set out at [9] and [10] above." in texts(root, "//t:body//t:p")[0]
    assert texts(root, "//t:p[starts-with(., '14')]/t:note") == [
        "Affidavit of the applicant in support of RA 232/2017"]
    assert texts(root, "//t:p[starts-with(., '15')]/t:note") == [
        "Certified transcript p 7 lines 4-19"]
    assert "at [85] on the duty" in texts(root, "//t:body//t:p")[-1]


def test_judgment_s_field_block_is_a_list_of_fields():
    """AFS Freight Management v Freight Links Express [2001] SGHC 272 in Markdown (sg-2001-
    sghc-272-afs-freight-cross-examination.md): "**Case Number** :…", "**Coram** :…",
    "**Counsel Name(s)** :…", each a paragraph; nobody speaks, and the decision's date is
    no dateline's place."""
    root, _ = encode("# AFS Freight Management v Freight Links Express\n\n"
                     "**Case Number** :Suit 346/2001/Y \n\n"
                     "**Decision Date** :19 September 2001 \n\n"
                     "**Tribunal/Court** :High Court \n\n**Coram** :Tan Lee Meng J \n\n"
                     "**Counsel Name(s)** :Sushil Nair for the plaintiffs; Francis Goh for the "
                     "defendants \n\n## Judgment:\n\n"
                     "1\\. The plaintiffs contended that the defendants caused them loss.\n",
                     "judgment.md")
    assert not xp(root, "//t:sp") and not xp(root, "//t:dateline")
    assert texts(root, "//t:list[@type='fields']/t:item")[3] == "Coram :Tan Lee Meng J"
    assert xp(root, "//t:creation/t:date/@when") == ["2001-09-19"]


def test_labels_that_come_back_are_no_field_block():
    """The counter-case: three speakers' first turns, each label used again later."""
    root, _ = encode("Smith: We begin.\n\nJones: Agreed.\n\nBrown: So do I.\n\n"
                     "Smith: Then it is settled.\n\nJones: It is.\n", "minutes.txt")
    assert not xp(root, "//t:list[@type='fields']")
    assert len(xp(root, "//t:sp")) == 5


def test_court_s_abbreviated_label_among_questions_and_answers():
    """AFS Freight Management v Freight Links Express [2001] SGHC 272 (sg-2001-sghc-272-afs-
    freight-cross-examination.md): the judge's own questions, "Ct.", between the witness's
    answers."""
    root, _ = encode("8\\. When he was questioned by me, he said as follows:\n\n"
                     " Q. I put it to you that FLE had no basis to withhold cargo. Do you agree? "
                     "\n\n A. I agree. \n\n"
                     "Ct. You agree with the plaintiffs’ counsel that what FLE did was wrong? "
                     "\n\nA. Yes. \n\n"
                     " Ct. Did Mr Reison tell you that AFM 2000 were going to pay the debt? \n\n"
                     " A. No. \n", "judgment.md")
    assert texts(root, "//t:sp/t:speaker") == ["Q", "A", "Ct", "A", "Ct", "A"]
    assert texts(root, "//t:sp[3]/t:p") == [
        "You agree with the plaintiffs’ counsel that what FLE did was wrong?"]


def test_an_abbreviation_opening_paragraphs_is_no_label():
    """The counter-case: "Art." opening paragraphs of a statute, with no examination."""
    root, _ = encode("Art. One of the parties shall give notice.\n\n"
                     "Art. Two copies shall be kept.\n", "statute.txt")
    assert not xp(root, "//t:sp")


def test_copy_s_signature_under_a_judgment():
    """AFS Freight Management v Freight Links Express [2001] SGHC 272 (sg-2001-sghc-272-afs-
    freight-cross-examination.md): "Sgd:" over the judge's name in bold and his office, the
    copy's rights and source lines under them."""
    root, _ = encode("# Judgment\n\n31\\. The evidence of the witnesses is more credible.\n\n"
                     "32\\. Their counterclaim is dismissed with costs. \n\nSgd: \n\n"
                     "**TAN LEE MENG** \n\nJudge \n\n Copyright © Government of Singapore. \n\n"
                     "Source: [link](https://www.example.sg/Judgments/2001-SGHC-272.pdf)\n",
                     "judgment.md")
    assert texts(root, "//t:closer/t:signed") == ["Sgd:TAN LEE MENGJudge"]   # (lines: <lb/>)
    assert len(xp(root, "//t:closer/t:signed/t:lb")) == 2
    assert texts(root, "//t:closer/following-sibling::t:note[@type='source']") == [
        "Copyright © Government of Singapore.", "Source: link"]
    assert not xp(root, "//t:sp") and not xp(root, "//t:postscript")


def test_loop_transcript_s_braced_words_and_numbered_commentary():
    """Apollo 13 Real-time, air-to-ground loop (apollo13-air-ground-loop-55h46.txt): two
    braced spans in the commander's words, a note on each under them."""
    root, _ = encode("[55 55 20 - 55 55 21] CDR\nI believe we've had a problem here.\n\n"
                     "[55 55 28 - 55 55 29] CAPCOM\nThis is Houston. Say again, please.\n\n"
                     "[55 55 35 - 55 55 41] CDR\n"
                     "{Houston, we've had a problem.} {We've had a MAIN B BUS UNDERVOLT.}\n"
                     "1> Not \"we have a problem,\" as in the film.\n"
                     "2> The first reading that the MAIN B electrical bus was dead.\n\n"
                     "[55 55 43] CAPCOM\nRoger. MAIN B UNDERVOLT.\n", "loop.txt")
    p = xp(root, "//t:sp[3]/t:p")[0]
    assert [n.get("n") for n in xp(p, "t:note")] == ["1", "2"]
    assert xp(p, "t:note[1]/preceding-sibling::node()[1]")[0].endswith(
        "Houston, we've had a problem.")
    assert texts(root, "//t:sp[3]/t:p/t:note[2]") == [
        "The first reading that the MAIN B electrical bus was dead."]
    assert "{" not in "".join(xp(root, "//t:body//text()"))


def test_loop_transcript_s_commentary_on_an_entry():
    """Apollo 13 Real-time, Flight Director's loop (apollo13-flight-director-loop-55h46.txt):
    "> …" under an entry, a Markdown quotation, is the transcribers' note on it."""
    root, _ = encode("[55 50 40] FLIGHT\nCONTROL, did you see that?\n\n"
                     "[55 50 44] CONTROL\nHe got it, FLIGHT.\n"
                     "> Likely in response to seeing C-4 thruster enabled.\n\n"
                     "[55 50 45] FLIGHT\nOkay.\n", "loop.md")
    assert texts(root, "//t:sp[2]/t:p/t:note[@type='editorial']") == [
        "Likely in response to seeing C-4 thruster enabled."]
    assert len(xp(root, "//t:sp")) == 3


def test_quotation_under_a_speaker_s_turn_is_no_commentary():
    """The counter-case: a speaker reading out a letter, quoted in Markdown, and braces with
    no note under them."""
    root, _ = encode("**Smith:** The letter reads:\n\n> We regret the delay.\n\n"
                     "**Jones:** Thank you {sic}.\n\n**Smith:** Next item.\n", "minutes.md")
    assert not xp(root, "//t:note")
    assert "{sic}" in " ".join(texts(root, "//t:sp[2]/t:p"))


def test_judgment_s_numbered_paragraph_after_an_examination():
    """AFS Freight Management v Freight Links Express [2001] SGHC 272 (sg-2001-sghc-272-afs-
    freight-cross-examination.md): paragraph 9 of the judgment after the witness's last
    answer is the judge's, not the witness's."""
    root, _ = encode("8\\. When he was questioned by me, he said as follows:\n\n"
                     " Q. Do you agree that FLE had no basis to withhold the cargo? \n\n"
                     " A. I agree. \n\n"
                     "9\\. When FLE’s counsel gave him an opportunity to clarify his position, "
                     "he said as follows:\n\n Q. Would you like to clarify the position? \n\n"
                     " A. I stand by my earlier answer. \n\n"
                     "10\\. There can be no doubt that the detention cannot be justified.\n",
                     "judgment.md")
    assert [p.get("n") for p in xp(root, "//t:div/t:p")] == ["8", "9", "10"]
    assert texts(root, "//t:sp[2]/t:p") == ["I agree."]
