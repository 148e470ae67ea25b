"""Round 24 of the scouting (/work/scout/REPORT24.md): verbatim records and transcripts
outside the UK and US parliaments: a podcast's handles, the Fiji Hansard's labels in a
PDF-to-HTML conversion, a city council's minutes, a game show's sound cues, the Hong Kong
LegCo's record in Chinese. The inputs are written for these tests in the forms of the
scouts' documents (the Changelog and Go Time transcripts, CC BY 4.0; the Fiji Hansard and
the Winnipeg minutes, public records; LegCo's official record, public record)."""
from __future__ import annotations

from teiquery import encode, texts, xp


def speakers_and_speech(root) -> list[tuple[str, str]]:
    return [(" ".join("".join(sp.find("{http://www.tei-c.org/ns/1.0}speaker").itertext())
                      .split()),
             " ".join(" ".join("".join(p.itertext()) for p in xp(sp, "t:p")).split()))
            for sp in xp(root, "//t:body//t:sp")]


# ------------------------------------------------------------------ labels (F1, F4, F5)

def test_a_handle_with_a_sigil_in_bold_is_a_speaker():
    """A podcast's guest named by a handle ("**$STDOUT:**", Changelog #466): a turn of its
    own, never words added to the host's turn."""
    root, _ = encode("**$STDOUT:** I am the rapper. I'm a fan of tech and rap songs.\n\n"
                     "**Jerod Santo:** You've been rapping longer than coding.\n\n"
                     "**$STDOUT:** Oh, yeah. Rapper-first. Coder second.\n\n"
                     "**Jerod Santo:** Why do your songs resonate with devs?\n\n"
                     "**$STDOUT:** Because they're true.\n", "show.md")
    assert speakers_and_speech(root) == [
        ("$STDOUT", "I am the rapper. I'm a fan of tech and rap songs."),
        ("Jerod Santo", "You've been rapping longer than coding."),
        ("$STDOUT", "Oh, yeah. Rapper-first. Coder second."),
        ("Jerod Santo", "Why do your songs resonate with devs?"),
        ("$STDOUT", "Because they're true.")]
    assert xp(root, "//t:particDesc//t:person/@xml:id") == ["stdout", "jerod-santo"]


def test_hansard_labels_with_a_hyphenated_surname_a_rank_and_a_colon_after_the_stop():
    """The Fiji Hansard's labels: "HON. A. SAYED-KHAIYUM.-" (a surname with a hyphen),
    "HON. LT. COL. I.B. SERUIRATU.-" (a rank abbreviated), "HON. SPEAKER.:" (the
    converter's variant of ".-"): each a turn, one person per label's normal form."""
    root, _ = encode("NATIONAL PAYMENT SYSTEM BILL 2020\n\n"
                     "HON. SPEAKER.- Honourable Members, the debate is limited to one hour.\n\n"
                     "HON. A. SAYED-KHAIYUM.- Mr. Speaker, Sir, I move the motion.\n\n"
                     "HON. LT. COL. I.B. SERUIRATU.- Mr. Speaker, Sir, I second it.\n\n"
                     "HON. SPEAKER.: I now call upon the Chairperson to table his Report.\n\n"
                     "HON. M.D. BULITAVU.- Thank you, Mr. Speaker, Sir.\n")
    assert speakers_and_speech(root) == [
        ("HON. SPEAKER", "Honourable Members, the debate is limited to one hour."),
        ("HON. A. SAYED-KHAIYUM", "Mr. Speaker, Sir, I move the motion."),
        ("HON. LT. COL. I.B. SERUIRATU", "Mr. Speaker, Sir, I second it."),
        ("HON. SPEAKER", "I now call upon the Chairperson to table his Report."),
        ("HON. M.D. BULITAVU", "Thank you, Mr. Speaker, Sir.")]
    assert len(xp(root, "//t:particDesc//t:person")) == 4


def test_the_chair_calling_the_next_speaker_with_a_colon_is_a_turn():
    """Winnipeg's council minutes: "Mayor Katz: Councillor Nordman to close:" is the
    mayor's turn (a title never ends in a colon), not a line of the turn before."""
    root, _ = encode("COUNCIL MINUTES\n\n"
                     "Mayor Katz: Thank you very much. Councillor Orlikow.\n\n"
                     "Councillor Orlikow: Thank you Mr. Mayor. I cannot support it.\n\n"
                     "Mayor Katz: Councillor Nordman to close:\n\n"
                     "Councillor Nordman: I will place the motion for the vote.\n")
    assert speakers_and_speech(root)[1:3] == [
        ("Councillor Orlikow", "Thank you Mr. Mayor. I cannot support it."),
        ("Mayor Katz", "Councillor Nordman to close:")]


def test_a_converters_speaker_span_that_runs_past_the_label():
    """A PDF-to-HTML converter ends its speaker spans at the first colon ("HON. SPEAKER.-
    Thank you:", "HON. V.K. BHATNAGAR.- Mr:"); the label inside ends at its own ".-",
    and "HON. P.D. KUMAR.:" is the same person as "HON. P.D. KUMAR.-"."""
    root, _ = encode(
        "<html><head><title>Bill</title></head><body><h3>NATIONAL PAYMENT SYSTEM BILL</h3>\n"
        "<p><span class=\"speaker\">HON. P.D. KUMAR.:</span> Thank you, Mr. Speaker.</p>\n"
        "<p><span class=\"speaker\">HON. V.K. BHATNAGAR.- Mr:</span> Speaker, Sir, I "
        "second the motion.</p>\n"
        "<p><span>HON. P.D. KUMAR.- Thank you again, Sir.</span></p>\n"
        "<p><span class=\"speaker\">HON. SPEAKER.- Thank you:</span> Honourable Members, "
        "Parliament will now vote.</p>\n</body></html>\n", "hansard.html")
    assert speakers_and_speech(root) == [
        ("HON. P.D. KUMAR", "Thank you, Mr. Speaker."),
        ("HON. V.K. BHATNAGAR", "Mr: Speaker, Sir, I second the motion."),
        ("HON. P.D. KUMAR", "Thank you again, Sir."),
        ("HON. SPEAKER", "Thank you: Honourable Members, Parliament will now vote.")]
    assert xp(root, "//t:particDesc//t:person/@xml:id") == [
        "hon-p-d-kumar", "hon-v-k-bhatnagar", "hon-speaker"]


def test_a_label_that_only_ever_gives_a_time_is_no_speaker():
    """Go Time's "**Break:** [13:40]": a segment's mark, not a person, and not part of the
    speech before it."""
    root, _ = encode("**Mat Ryer:** Okay, so who's gonna be the captain?\n\n"
                     "**Natalie Pistunovich:** Who wants to be our captain?\n\n"
                     "**Break:** \\[13:40\\]\n\n"
                     "**Mat Ryer:** Welcome back to Gophers Say.\n\n"
                     "**Natalie Pistunovich:** Thanks.\n\n"
                     "**Break:** \\[27:02\\]\n\n"
                     "**Mat Ryer:** And we're back.\n", "show.md")
    assert [s for s, _ in speakers_and_speech(root)] == [
        "Mat Ryer", "Natalie Pistunovich", "Mat Ryer", "Natalie Pistunovich", "Mat Ryer"]
    assert xp(root, "//t:particDesc//t:person/@xml:id") == ["mat-ryer", "natalie-pistunovich"]
    assert texts(root, "//t:body/t:div/t:p") == ["Break: 13:40", "Break: 27:02"]
    assert xp(root, "//t:body/t:div/t:p/t:time/text()") == ["13:40", "27:02"]


def test_a_chinese_notice_ending_in_a_colon_is_no_speaker():
    """LegCo's record: "鄧家彪議員動議的議案如下：" ("the motion moved by Mr Tang is as
    follows:") introduces the motion's text; it is no label, nor Mr Tang's speech."""
    root, _ = encode("會議過程正式紀錄\n\n"
                     "主席：我現在請鄧家彪議員發言及動議議案。\n\n"
                     "鄧家彪議員：主席，我動議通過印載於議程內的議案。\n\n"
                     "主席：鄧議員，發言時限到了。\n\n"
                     "鄧家彪議員：......要徹底落實一系列的措施。多謝。\n\n"
                     "鄧家彪議員動議的議案如下：\n\n"
                     "“強制性公積金計劃自 2000年 12月實施至今已 12年。”\n")
    assert [s for s, _ in speakers_and_speech(root)] == ["主席", "鄧家彪議員", "主席", "鄧家彪議員"]
    assert texts(root, "//t:body/t:div/t:p") == ["鄧家彪議員動議的議案如下："]


# ------------------------------------------------------------------ transcriber's cues (F3)

def test_recurring_and_timecoded_cues_in_a_transcript_are_incidents():
    """Go Time's "[win alert]" / "[fail alert]" and Changelog's "[$STDOUT song 00:08:27.23]":
    what the transcriber heard, <incident>, not words an editor supplied."""
    root, _ = encode("**Mat Ryer:** Gophers Say... \\[win alert\\] Yeah, we have it.\n\n"
                     "**Robert Burke:** Is it the playground? \\[fail alert\\]\n\n"
                     "**Mat Ryer:** No. \\[fail alert\\] Sorry. \\[laughter\\]\n\n"
                     "**Robert Burke:** Was it the docs? \\[win alert\\]\n\n"
                     "**Mat Ryer:** Yes! \\[win alert\\]\n\n"
                     "**Jerod Santo:** Why do they resonate? \\[$STDOUT song 00:08:27.23\\]\n",
                     "show.md")
    assert not xp(root, "//t:supplied")
    assert texts(root, "//t:incident/t:desc") == [
        "win alert", "fail alert", "fail alert", "laughter", "win alert", "win alert",
        "$STDOUT song 00:08:27.23"]


def test_a_word_an_editor_restores_inside_a_sentence_stays_supplied():
    """The cue rules leave an editor's restored words alone: once, inside a sentence."""
    root, _ = encode("**Ann:** We went to [the] station and waited.\n\n"
                     "**Bob:** Then what happened?\n\n"
                     "**Ann:** Nothing.\n", "talk.md")
    assert xp(root, "//t:supplied/text()") == ["the"]
    assert not xp(root, "//t:incident")


# ------------------------------------------------------------------ pages (F2, F6)

def test_a_converters_page_index_beside_the_printed_folio_is_one_page_break():
    """pdftohtml's "Page 66" anchor text beside the Hansard's folio (564) and its running
    head: one <pb n="564"/> per page; the last page, whose folio is printed at its foot,
    takes its index plus the offset the other pages share (69 + 498 = 567)."""
    page = ("<p>Mr. Speaker, Sir, the Bill brings together all of these elements and I "
            "thank everyone behind it.</p>\n")
    html = ("<html><head><title>Bill</title></head><body>\n"
            "<p><span>HON. SPEAKER.- Honourable Members, the debate is limited.</span></p>\n"
            + page +
            "<p><a name=\"66\">Page 66</a></p>\n<p><span>564</span></p>\n"
            "<p><span>National Payment System Bill 2020</span></p>\n" + page +
            "<p><a name=\"67\">Page 67</a></p>\n<p><span>11th Feb., 2021</span></p>\n"
            "<p><span>National Payment System Bill 2020</span></p>\n<p><span>565</span></p>\n"
            + page +
            "<p><a name=\"68\">Page 68</a></p>\n<p><span>566</span></p>\n"
            "<p><span>National Payment System Bill 2020</span></p>\n" + page +
            "<p><a name=\"69\">Page 69</a></p>\n<p><span>11th Feb., 2021</span></p>\n"
            + page + "<p><span>567</span></p>\n</body></html>\n")
    root, _ = encode(html, "hansard.html")
    assert xp(root, "//t:body//t:pb/@n") == ["564", "565", "566", "567"]
    assert not [t for t in texts(root, "//t:body//t:p") if t in ("Page 66", "564", "567")]


def test_a_converters_page_divs_are_page_breaks_and_their_running_head_is_left_out():
    """BCL easyConverter's <div id="page_N"> (Winnipeg's council minutes): a <pb/> where a
    page after the first begins; the table of the title and the page's number, and the date
    under it, are the running head, no table and no section heading."""
    html = ("<HTML><HEAD><TITLE>Created by BCL easyConverter SDK 3</TITLE></HEAD><BODY>\n"
            "<DIV id=\"page_1\">\n<P>COUNCIL OF THE CITY OF WINNIPEG</P>\n"
            "<P>Wednesday, November 6, 2013</P>\n"
            "<P><SPAN class=\"ft1\">Mayor Katz: </SPAN>Roll call, please.</P>\n</DIV>\n"
            "<DIV id=\"page_2\">\n<TABLE><TR><TD><P>COUNCIL OF THE CITY OF WINNIPEG</P></TD>"
            "<TD><P>2</P></TD></TR></TABLE>\n<P>November 6, 2013</P>\n"
            "<P><SPAN class=\"ft1\">Clerk: </SPAN>His Worship Mayor Katz, Councillors.</P>\n"
            "<P><SPAN class=\"ft1\">Mayor Katz: </SPAN>All in favour? Carried.</P>\n"
            "</DIV>\n</BODY></HTML>\n")
    root, _ = encode(html, "minutes.htm")
    assert xp(root, "//t:body//t:pb/@n") == ["2"]
    assert not xp(root, "//t:body//t:table") and not xp(root, "//t:body//t:div/t:div")
    assert [s for s, _ in speakers_and_speech(root)] == ["Mayor Katz", "Clerk", "Mayor Katz"]
    assert "November 6, 2013" not in " ".join(texts(root, "//t:body//t:p"))


# ------------------------------------------------------------------ a speech over a page (F7)

LEGCO_PAGES = (
    "立法會  ─  2013年 1月 10日\n\n3236\n議員議案\n\n"
    "主席：我現在請鄧家彪議員發言及動議議案。\n\n\n"
    "全面檢討強制性公積金計劃\n\n"
    "鄧家彪議員：主席，我動議通過印載於議程內的議案：全面檢討強制\n性公積金計劃。\n\n"
    " 至於要解決高收費問題，當然最有效的方法，便是設定收費比率\n"
    "的上限。有部分人說強積金現時的資產額未夠大，只得 4,000億元而已，收費\n"
    "立法會  ─  2013年 1月 10日\n\n3237\n"
    "比例自然會高。對這一點我並不同意，英國政府在 2012\n"
    "年才剛剛推出的國民儲蓄計劃 (NEST)，說明收費基金的比率是0.3%。\n\n"
    " 部分近年才成立私營退休金制度的國家，已設立收費上限。\n"
    "立法會  ─  2013年 1月 10日\n\n3238\n"
    "主席：鄧議員，發言時限到了。\n")


def test_a_chinese_speech_cut_by_a_page_break_goes_on_in_its_turn():
    """LegCo's record (F7): "…收費" / running head / 3237 / "比例自然會高。" is one paragraph
    of Mr Tang's speech, the <pb/> inside it, and the paragraphs after it are his (a
    Chinese paragraph with one acronym in capitals, "(NEST)", is no heading in capitals)."""
    root, _ = encode(LEGCO_PAGES, "legco.txt")
    turns = speakers_and_speech(root)
    assert [s for s, _ in turns] == ["主席", "鄧家彪議員", "主席"]
    assert "收費 比例自然會高。" in turns[1][1]
    assert turns[1][1].endswith("已設立收費上限。")
    assert xp(root, "//t:sp[2]//t:pb/@n") == ["3237"]


def test_a_short_chinese_title_between_turns_is_no_ones_speech():
    """"全面檢討強制性公積金計劃", the motion's title on a line of its own between turns,
    no sentence's mark: not a paragraph of the chair's turn before it."""
    root, _ = encode(LEGCO_PAGES, "legco.txt")
    assert "全面檢討強制性公積金計劃" in texts(root, "//t:body/t:div/t:p")
    assert speakers_and_speech(root)[0] == ("主席", "我現在請鄧家彪議員發言及動議議案。")


def test_a_platforms_tag_in_brackets_inside_a_sentence_is_no_cue():
    """Spacelog's glossary links ("[glossary:ATS]", recurring, inside sentences) are no
    transcriber's cue: never an <incident>."""
    root, _ = encode("CAPCOM: Switching to [glossary:DEMSH]. Start counting.\n\n"
                     "PILOT: I'm working now on [glossary:DEMSH].\n\n"
                     "CAPCOM: Are you on throat mike or [glossary:DEMSH]?\n\n"
                     "PILOT: On [glossary:DEMSH], I said.\n", "log.txt")
    assert not xp(root, "//t:incident")


def test_a_rejected_label_stays_in_the_turn_when_no_turn_takes_its_form():
    """A letter's numbered paragraphs in capitals ("II. …") are no labels; with no turn of
    that form in the text, nothing is kept apart (no label-rejected)."""
    _, result = encode("Tullius Tironi suo s.\n\nI. Aliter ac nos ambo putabamus.\n\n"
                       "II. Te in Italia exspecto.\n\nIII. Cura ut valeas.\n\nIV. Vale.\n")
    assert "label-rejected" not in result.rules
    assert not [d for d in result.diagnostics if d.code == "label-rejected"]


# the first 142 lines of the Hong Kong LegCo's Official Record of 10 January 2013 in Chinese,
# as pdftotext gave it (siuying/legco-hansard-parser @ 0560b7f, data/txt/12-13-cm0110-
# translate-c.txt, lines 1-11 and 181-311; LegCo Official Record, reproduction for
# non-commercial use permitted), trailing spaces kept
LEGCO_OPENING = open(__file__.rsplit("/", 1)[0] + "/fixtures/r24/legco-2013-01-10-opening.txt",
                     encoding="utf-8").read()


def test_a_chinese_notice_and_heading_across_a_page_stay_apart():
    """"上午 9時正會議繼續" at a page's foot and "議員議案" under the next page's head: two
    short lines with no sentence's mark, no paragraph cut by the page; the sentence the
    page 3237 cuts ("…供 15年後強" / "積金便有 557,000元") is one paragraph."""
    root, _ = encode(LEGCO_OPENING, "legco.txt")
    paragraphs = texts(root, "//t:body//t:p")
    assert "上午 9時正會議繼續" in paragraphs and "議員議案" in paragraphs
    assert xp(root, "//t:sp[t:speaker='鄧家彪議員']//t:pb/@n") == ["3237", "3238", "3239"]
    assert any("供 15年後強 積金便有 557,000元" in p for p in paragraphs)
