"""Round 32 of the scouting (/work/scout/REPORT32.md): oral histories, interviews, broadcast
and podcast transcripts. The subtitle fixture is a cut of a real SubRip file (see
tests/fixtures/r32/README.md); the other inputs are written for these tests in the forms
of the scouts' documents."""
from __future__ import annotations

from pathlib import Path

from teiquery import encode, texts, xp

from teikit.formats import detect

FIXTURES = Path(__file__).parent / "fixtures" / "r32"


# ------------------------------------------------------------------ F1: subtitle files

def test_a_srt_files_cues_are_turns_with_their_times_and_no_cue_numbers():
    """SubRip: each cue's words the speech, its time an empty <time from to/>, consecutive
    cues of one speaker one turn; "Present." before a cue number is never a page foot."""
    data = (FIXTURES / "medford-council-2013-06-05-cues1-7.srt").read_text("utf-8")
    root, _ = encode(data, "medford.srt")
    assert [sp.get("who") for sp in xp(root, "//t:body//t:sp")] == \
        ["#speaker-03", "#speaker-05"]
    assert texts(root, "//t:sp/t:speaker") == ["SPEAKER_03", "SPEAKER_05"]
    assert texts(root, "//t:sp/t:p") == [
        "You on? The 19th regular meeting of the Medford City Council will come to order. "
        "The clerk will call the roll.",
        "Councilor Camuso? Present. Councilor Caraviello? Present."]
    times = xp(root, "//t:sp/t:p/t:time")
    assert [(t.get("from"), t.get("to")) for t in times][:2] == [
        ("00:00:01.701", "00:00:02.001"), ("00:00:05.902", "00:00:08.403")]
    assert len(times) == 7 and all(not t.text for t in times)
    assert texts(root, "//t:particDesc//t:persName") == ["SPEAKER_03", "SPEAKER_05"]
    assert not xp(root, "//t:pb") and not xp(root, "//t:supplied")
    body = "".join(xp(root, "//t:body")[0].itertext())
    assert "-->" not in body and "00:00" not in body


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


def test_unlabelled_cues_are_paragraphs_parted_at_a_pause():
    """No cue names a speaker: the cues run on, and a paragraph ends at a pause of two
    seconds or more after a sentence's end."""
    srt = ("1\n00:00:01,000 --> 00:00:02,000\nIt was a dark night.\n\n"
           "2\n00:00:02,100 --> 00:00:04,000\nThe wind\n\n"
           "3\n00:00:04,100 --> 00:00:06,000\nblew hard.\n\n"
           "4\n00:00:09,000 --> 00:00:10,000\nMorning came.\n")
    root, _ = encode(srt, "film.srt")
    assert not xp(root, "//t:sp")
    assert texts(root, "//t:body//t:p") == ["It was a dark night. The wind blew hard.",
                                            "Morning came."]


def test_two_numbered_blocks_with_times_in_a_text_stay_text():
    """Two cue-shaped blocks are no evidence: a .txt with fewer than three stays text."""
    text = "1\n00:00:01,000 --> 00:00:02,000\nA line.\n\n2\n00:00:03,000 --> 00:00:04,000\nB.\n"
    assert detect("notes.txt", text.encode()) == "text"


# ------------------------------------------------------- F2: a label and a time over speech

TIMED = """---
title: A Podcast
---
Ann Lee: 00:00:20

Welcome to the show.
We talk about ships.

Bo Chen: 00:00:31

Thanks for having me.

Ann Lee: 00:01:02

So, ships.

Bo Chen: 00:01:09

Yes, ships.
"""


def test_a_label_with_a_time_alone_over_unlabelled_speech_opens_the_turn():
    root, _ = encode(TIMED, "pod.md")
    assert texts(root, "//t:sp/t:speaker") == ["Ann Lee", "Bo Chen", "Ann Lee", "Bo Chen"]
    (p,) = xp(root, "//t:sp[1]/t:p")
    assert [t.strip() for t in p.itertext()] == [
        "00:00:20", "Welcome to the show.", "We talk about ships."]   # (a <lb/> between)
    assert texts(root, "//t:sp/t:p[1]/t:time") == ["00:00:20", "00:00:31", "00:01:02",
                                                    "00:01:09"]


def test_a_break_with_its_time_over_a_labelled_turn_is_no_speaker():
    """"**Break:** [13:40]" followed by the next speaker's turn stays a segment mark."""
    text = ("**Ann:** Hello there.\n\n**Bo:** Hi.\n\n**Break:** [13:40]\n\n"
            "**Ann:** Back again.\n\n**Bo:** Yes.\n\n**Break:** [27:10]\n\n**Ann:** Bye.\n")
    root, _ = encode(text, "show.md")
    assert "Break" not in texts(root, "//t:sp/t:speaker")
    assert texts(root, "//t:sp/t:speaker") == ["Ann", "Bo", "Ann", "Bo", "Ann"]


# ------------------------------------------------ F3: an interview's date below the top

ABOUT = "\n\n".join(f"Paragraph {k} about the narrator, who was born in 1933 and studied "
                    "engineering." for k in range(1, 15))


def test_an_interview_field_block_far_down_dates_the_interview():
    """INTERVIEW: / INTERVIEWER: / DATE: / PLACE: (a long place's name) after fourteen
    paragraphs: a field list, and its date the creation date."""
    text = (f"## About Jan Novak\n\n{ABOUT}\n\n## Interview\n\nINTERVIEW: Jan Novak\n"
            "INTERVIEWER: Eva Stone\nDATE: 9 July 2002\nPLACE: Novak's office at the "
            "University of California, Berkeley, Berkeley, California\n\n"
            "Stone:\n\nYou were born in Prague?\n\nNovak:\n\nThat is correct.\n\nStone:\n\n"
            "And then?\n\nNovak:\n\nThen I moved.\n")
    root, _ = encode(text, "oral.md")
    assert [d.get("when") for d in xp(root, "//t:creation/t:date")] == ["2002-07-09"]
    assert texts(root, "//t:list[@type='fields']/t:item")[:3] == [
        "INTERVIEW: Jan Novak", "INTERVIEWER: Eva Stone", "DATE: 9 July 2002"]
    assert texts(root, "//t:sp/t:speaker") == ["Stone", "Novak", "Stone", "Novak"]
    assert texts(root, "//t:titleStmt/t:respStmt[t:resp='interviewer']/t:name") == ["Eva Stone"]
    assert texts(root, "//t:creation/t:placeName") == [
        "Novak's office at the University of California, Berkeley, Berkeley, California"]


def test_an_interviews_title_page_gives_the_first_day_of_its_dates():
    """A blog's preface, a rule, then the oral history's title page (SIAM / Computer
    History Museum) and its abstract: the title page's date line, its first day."""
    text = (FIXTURES / "moler-siam-haigh-2004-lines1-32.md").read_text("utf-8")
    root, _ = encode(text, "moler.md")
    assert [(d.get("when"), d.text) for d in xp(root, "//t:creation/t:date")] == \
        [("2004-03-08", "8 and 9 March, 2004")]


# ------------------------------------------------------ F5: a recording's tape markers

def test_tape_markers_on_their_own_line_are_incidents_that_end_the_paragraph():
    text = ("HAIGH: Were you an outstanding student?\nMOLER: Pretty much everything.\n"
            "HAIGH: Oh.\n[End of Tape 1, Side A] [Start of Tape 2, Side B]\n"
            "Although there is software in the book the approach is different.\n"
            "MOLER: No, no, no. This is a little book.\nHAIGH: Right.\n")
    root, _ = encode(text, "moler.txt")
    assert not xp(root, "//t:supplied")
    assert texts(root, "//t:sp[3]/t:p") == [
        "Oh.", "End of Tape 1, Side A Start of Tape 2, Side B",
        "Although there is software in the book the approach is different."]
    assert texts(root, "//t:sp[3]/t:p[2]/t:incident/t:desc") == [
        "End of Tape 1, Side A", "Start of Tape 2, Side B"]


def test_a_break_in_the_recording_inside_a_line_is_an_incident_and_tape_reverses_a_stage():
    text = ("Q: Where were you?\nA: In Rome [break in recording] and then Paris.\n"
            "Q: And then? [tape reverses]\nA: Home.\n")
    root, _ = encode(text, "oral.txt")
    assert texts(root, "//t:incident/t:desc") == ["break in recording"]
    assert texts(root, "//t:stage") == ["tape reverses"]
    assert not xp(root, "//t:supplied")


# ------------------------------------- F7: a transcript's first chapter is no front matter

def test_an_introduction_chapter_of_the_conversation_stays_in_the_body():
    text = ("---\ntitle: A Bug\n---\n## Introduction\n\n**Ann Lee:** Live from Utrecht.\n\n"
            "**Bo Chen:** Absolutely.\n\n**Ann Lee:** That sounds exotic.\n\n"
            "## Explanation of the bug\n\n**Bo Chen:** So the bug was in the wallet.\n\n"
            "**Ann Lee:** Right.\n")
    root, _ = encode(text, "episode.md")
    assert not xp(root, "//t:front")
    assert texts(root, "//t:body//t:div[@type='section']/t:head") == [
        "Introduction", "Explanation of the bug"]
    assert texts(root, "//t:body//t:div[t:head='Introduction']/t:sp/t:speaker") == [
        "Ann Lee", "Bo Chen", "Ann Lee"]


def test_an_editors_introduction_before_the_text_stays_front_matter():
    text = ("## Introduction\n\nThis letter was found in 1901 among the family's papers.\n\n"
            "It is printed here for the first time.\n\n## The Letter\n\nDear Sir,\n\n"
            "I write to tell you that the harvest was good.\n\nYours faithfully,\n\nJohn Smith\n")
    root, _ = encode(text, "letter.md")
    assert texts(root, "//t:front/t:div/t:head") == ["Introduction"]


# --------------------------------------- F6: the title again with its subtitle, no speaker

def test_the_title_with_its_subtitle_over_a_dialogue_is_no_speaker():
    text = ("---\ntitle: Drivechain\ndate: 2019-05-27\n---\n"
            "Drivechain: Una capa de interoperabilidad-2, descrita en términos de la red\n\n"
            "# Sobre mí\n\nBien, aquí hay algunas cosas sobre mí.\n\n"
            "P: ¿Qué tiene de especial la salida?\n\nR: Se identifica cuando se crea.\n\n"
            "P: ¿Cómo se identifica?\n\nR: Por la primera salida.\n")
    root, _ = encode(text, "drivechain.md")
    assert texts(root, "//t:sp/t:speaker") == ["P", "R", "P", "R"]
    assert texts(root, "//t:particDesc//t:persName") == ["P", "R"]
    assert texts(root, "//t:body/t:div/t:head[@type='sub']") == [
        "Drivechain: Una capa de interoperabilidad-2, descrita en términos de la red"]


# ------------------- F8: an unlabelled question between two answers; an elapsed time

HEARING = ("# Remarks\n\nThank you for the opportunity to address this committee.\n\n"
           "(11m 32s)\n\n"
           "Senator Black: Thank you, Mr. Chairman. Help me with this.\n\n"
           "AA: Absolutely. The best way to help bitcoin is clarity.\n\n"
           "Thank you very much for that. What would you suggest in terms of regulation?\n\n"
           "AA: We are still at the early stages of this technology.\n\n"
           "Senator: Would you say I should get into bitcoin?\n\n"
           "AA: Bitcoin today is where the internet was in 1992.\n")


def test_an_unlabelled_question_between_two_answers_is_another_speakers_turn():
    root, _ = encode(HEARING, "senate.md")
    sps = xp(root, "//t:body//t:sp")
    assert [sp.get("who") for sp in sps] == ["#senator-black", "#aa", None, "#aa",
                                             "#senator", "#aa"]
    assert texts(root, "//t:sp[not(@who)]/t:p") == [
        "Thank you very much for that. What would you suggest in terms of regulation?"]
    assert not xp(root, "//t:sp[not(@who)]/t:speaker")


def test_an_elapsed_time_in_parentheses_is_a_time_not_a_stage_direction():
    root, _ = encode(HEARING, "senate.md")
    assert not xp(root, "//t:stage")
    assert texts(root, "//t:time") == ["11m 32s"]


def test_a_speakers_own_question_and_its_follow_up_stay_in_the_turn():
    """The answerer's turn before the paragraph asks: the question goes on with it."""
    text = ("Q: Where were you?\n\nA: Was I there? Nobody knows.\n\nA: Ask them.\n\n"
            "Q: Who?\n\nA: The clerk, was it?\n\nOr was he there?\n\nA: He was.\n")
    root, _ = encode(text, "q.txt")
    assert not xp(root, "//t:sp[not(@who)]")


# --------------------------------- F4: ABSTRACT over wrapped lines is no speaker's label

def test_a_part_name_in_capitals_over_wrapped_lines_is_no_speaker():
    text = ("An interview with\nCLEVE MOLER\n\nABSTRACT\n"
            "In this interview, Cleve Moler, Chairman and Chief Scientist of The MathWorks and\n"
            "creator of MATLAB, discusses his career to date. The first session focuses on his\n"
            "academic career, beginning with his education.\n\n"
            "HAIGH: This is an oral history interview.\nMOLER: I was born in Utah.\n"
            "HAIGH: Were you an outstanding student?\nMOLER: Pretty much everything.\n")
    root, _ = encode(text, "moler.txt")
    assert texts(root, "//t:sp/t:speaker") == ["HAIGH", "MOLER", "HAIGH", "MOLER"]
    assert texts(root, "//t:particDesc//t:persName") == ["HAIGH", "MOLER"]
    assert texts(root, "//t:body/t:div/t:p") == [
        "ABSTRACT",
        "In this interview, Cleve Moler, Chairman and Chief Scientist of The MathWorks and "
        "creator of MATLAB, discusses his career to date. The first session focuses on his "
        "academic career, beginning with his education."]


# -------------------------- F10: a one-word question under a label; a flattened contents

def test_a_one_word_question_in_capitals_under_a_label_is_its_speech():
    text = ("## Interview\n\nAbbate:\n\nNow, how did you end up here at Berkeley?\n\n"
            "Bajcsy:\n\nAfter my stay at NSF, I went back to Penn.\n\nAbbate:\n\nCITRIS?\n\n"
            "Bajcsy:\n\nCITRIS, right. Professor Katz was the Director.\n")
    root, result = encode(text, "ethw.md")
    assert texts(root, "//t:sp/t:speaker") == ["Abbate", "Bajcsy", "Abbate", "Bajcsy"]
    assert texts(root, "//t:sp[3]/t:p") == ["CITRIS?"]
    assert "empty-turn" not in result.data.decode()


def test_a_flattened_table_of_contents_of_the_pages_headings_is_left_out_and_reported():
    text = ("1 About Jan Novak 2 About the Interview 3 Interview 3.1 Childhood\n\n"
            "## About Jan Novak\n\nJan Novak was born in 1933.\n\n## About the Interview\n\n"
            "The interview was recorded in 2002.\n\n## Interview\n\n### Childhood\n\n"
            "Stone:\n\nWhere were you born?\n\nNovak:\n\nIn Prague.\n\nStone:\n\nAnd then?\n\n"
            "Novak:\n\nVienna.\n")
    root, result = encode(text, "ethw.md")
    body = " ".join("".join(xp(root, "//t:body")[0].itertext()).split())
    assert "1 About Jan Novak 2" not in body
    assert [(x.line, x.code) for x in result.left_out] == [(1, "generated-contents")]
    assert texts(root, "//t:body//t:head")[:2] == ["About Jan Novak", "About the Interview"]


def test_numbered_lines_that_are_not_the_headings_stay():
    text = ("1 apple 2 pear 3 plum\n\n## Fruit\n\nWe ate them all.\n\n## Later\n\nNone left.\n")
    root, _ = encode(text, "list.md")
    assert "1 apple 2 pear 3 plum" in " ".join("".join(xp(root, "//t:body")[0].itertext()).split())


# -------------------------------- F9: a label in capitals glued to the word before it

def test_a_recurring_caps_label_glued_to_the_last_word_opens_a_turn():
    """Ten turns or more of each label prove it; "itMOLER: No" is the next turn."""
    pairs = "".join(f"HAIGH: Question number {k}?\nMOLER: Answer number {k}.\n"
                    for k in range(10))
    text = (pairs + "HAIGH: And did all the students do that, or was itMOLER: No, no, just "
            "a very few.\nHAIGH: Right.\n")
    root, _ = encode(text, "moler.txt")
    assert texts(root, "//t:sp/t:speaker")[-3:] == ["HAIGH", "MOLER", "HAIGH"]
    assert texts(root, "//t:sp/t:p")[-3:] == [
        "And did all the students do that, or was it", "No, no, just a very few.", "Right."]


def test_a_caps_word_glued_to_a_word_is_no_turn_without_ten_turns_of_it():
    text = ("HAIGH: Were you a student?\nMOLER: Yes.\nHAIGH: Where was itMOLER: Caltech.\n"
            "MOLER: Right.\n")
    root, _ = encode(text, "moler.txt")
    assert texts(root, "//t:sp/t:p")[2] == "Where was itMOLER: Caltech."
