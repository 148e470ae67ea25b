"""Round 27 of the scouting (/work/scout/REPORT27.md): court and inquiry records. The inputs
are written for these tests in the forms of the scouts' documents: the Burra inquests
(abstracts of the Burra Record, Burra History Group, quoted in short), Howell's State
Trials (Trial of Thomas Hardy, 1794, public domain), the Iran-Contra hearings (US
Congress, public domain), the New York State Senate's hearing transcripts (public record),
the Canadian House of Commons committee evidence (public record, Open Government Licence -
Canada), a Westminster coroner's inquisition of 1776 (London Lives, CC BY-NC) and Lawson's
Brief and True Narrative (1692, public domain)."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from teiquery import encode, texts, xp

from teikit.readers.regnal import REIGNS, regnal_year


def speakers_and_speech(root) -> list[tuple[str, str]]:
    return [(" ".join("".join(sp.find("{http://www.tei-c.org/ns/1.0}speaker").itertext())
                      .split()),
             " ".join(" ".join("".join(p.itertext()) for p in xp(sp, "t:p")).split()))
            for sp in xp(root, "//t:body//t:sp")]


def creation_date(root) -> list[str]:
    return xp(root, "//t:profileDesc/t:creation/t:date/@when")


# ------------------------------------------------------------- F1: witnesses who speak once

def test_witnesses_each_giving_evidence_once_are_turns_not_fields():
    root, _ = encode(
        "Inquest at the Hotel before the Coroner on the fire.\n\n"
        "Mary Wallace: Late in the night I got up on a chair to take down the lamp from the "
        "bar. The chair slipped and the lamp broke. I called my husband at once.\n\n"
        "Thomas Byrne: I was roused early in the morning by someone running by my house and "
        "calling out. I raised the alarm and went for the constable.\n\n"
        "Peter Wallace: Corroborated his wife's evidence, but said he threw three buckets of "
        "water on the fire before he called for any help from the town.\n\n"
        "The jury returned a verdict of accidental fire.\n", "inquest.md")
    assert not xp(root, "//t:list[@type='fields']")
    assert [s for s, _ in speakers_and_speech(root)] == ["Mary Wallace", "Thomas Byrne",
                                                          "Peter Wallace"]
    assert speakers_and_speech(root)[1][1].startswith("I was roused early")
    # the record's narration after the evidence is no witness's speech
    assert texts(root, "//t:body/t:div/t:p")[-1] == \
        "The jury returned a verdict of accidental fire."


def test_a_minutes_items_are_no_witnesses():
    """Committee reports in a meeting's minutes ("New Business: …"): their labels' words
    are common words of the text, no one's name."""
    root, _ = encode(
        "Minutes of the monthly meeting for business.\n\n"
        "Meeting House Committee: The committee will repair the front door and paint the "
        "porch before the spring, and the garden will be tidied. Report accepted.\n\n"
        "New Business: The clerk will be away in February, and a back up clerk will close "
        "the meeting and conduct the business in her absence. Accepted.\n\n"
        "Old Business: The member information was sent to the yearly meeting, and the "
        "recordings of the elders are on file in the cabinet now. Accepted.\n\n"
        "The meeting closed with silence.\n", "minutes.md")
    assert not xp(root, "//t:sp")


def test_a_judgments_short_fields_stay_fields():
    root, _ = encode("Case Number : Suit 346/2001\n\nDecision Date : 3 May 2001\n\n"
                     "Coram : Tan Lee Meng J\n\nThe plaintiff claims damages for the loss of "
                     "his ship.\n")
    assert xp(root, "//t:list[@type='fields']")
    assert not xp(root, "//t:sp")


def test_a_label_with_the_reporters_dash_and_a_calling_over_the_evidence():
    root, _ = encode(
        "The mother said she had left the child in good health.\n\n"
        "Dr William Baker: -\n\nSaw the child yesterday afternoon. It was very ill.\n\n"
        "Dr Robert Green: -\n\nSaw the child yesterday. Agree with Dr Baker.\n\n"
        "Case adjourned to Monday when: -\n\n"
        "Walter Stone: -\n\nHis wife had left him with two children.\n\n"
        "James Ross, cook near Hallett: -\n\nTook the children on 25 January.\n", "inq.md")
    assert speakers_and_speech(root) == [
        ("Dr William Baker", "Saw the child yesterday afternoon. It was very ill."),
        ("Dr Robert Green", "Saw the child yesterday. Agree with Dr Baker."),
        ("Walter Stone", "His wife had left him with two children."),
        ("James Ross, cook near Hallett", "Took the children on 25 January.")]
    assert "Case adjourned to Monday when: -" in texts(root, "//t:body/t:div/t:p")


def test_a_congressional_label_alone_over_the_only_speech_is_a_turn_not_the_head():
    root, _ = encode("<html><body><p>Mr. RUDMAN.</p><p>By the time these hearings are "
                     "concluded, the American people will learn the answers.</p><p>Of course, "
                     "we will examine the role of the President.</p></body></html>", "o.html")
    assert speakers_and_speech(root) == [
        ("Mr. RUDMAN", "By the time these hearings are concluded, the American people will "
                       "learn the answers. Of course, we will examine the role of the "
                       "President.")]
    assert not xp(root, "//t:body//t:head")


# --------------------------------------------------------------- F2: editors' comments

def test_an_editors_comment_after_sic_keeps_the_word_and_the_comment():
    root, _ = encode("He had taken the children to Mrs Rosser [sic, not Rossett in this part "
                     "of the report.] and promised her ten shillings.\n")
    assert texts(root, "//t:body//t:sic") == ["Rosser"]
    assert not xp(root, "//t:choice | //t:corr")
    assert texts(root, "//t:body//t:note[@type='editorial']") == [
        "sic, not Rossett in this part of the report."]


def test_a_short_correction_after_sic_is_still_a_choice():
    root, _ = encode("He had taken the children to Mrs Rosser [sic: Rossett] on Monday.\n")
    assert texts(root, "//t:choice/t:sic") == ["Rosser"]
    assert texts(root, "//t:choice/t:corr") == ["Rossett"]


def test_a_hedged_query_and_a_comment_after_a_quotation_are_editorial_notes():
    root, _ = encode(
        "She saw it Sunday night [presumably the Sunday before its death?]. It was ill.\n\n"
        "He said 'no I don't know anything about it . . .' [the story then conforms with "
        "his wife's]\n\nShe left it with Mrs [Rossett?] for the week.\n")
    assert texts(root, "//t:body//t:note[@type='editorial']") == [
        "presumably the Sunday before its death?", "the story then conforms with his wife's"]
    assert texts(root, "//t:body//t:unclear") == ["Rossett"]
    assert not xp(root, "//t:body//t:supplied")


# ---------------------------------------------------- F3: a stenographer's numbered lines

def test_a_hearing_transcripts_margin_numbers_and_double_spacing():
    page = "\n\n".join(
        [f"{n:>8}      {text}" if text else f"{n:>8}" for n, text in enumerate([
            "       SENATOR MURPHY:  Thank you, Mayor.",
            "And thank you everybody for coming out here",
            "to tonight's hearing on the anchorages.",
            "       SENATOR SERINO:  Thank you, Senator.",
            "I just want to say thank you to everyone",
            "that is here tonight.",
            "       SENATOR MURPHY:  We will hear the first",
            "speaker now.", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
            ""], 1)])
    text = "\f\n" + " " * 67 + "4\n" + page + "\n\n\f\n" + " " * 67 + "5\n" + \
        page.replace("first", "second")
    root, result = encode(text, "hearing.txt")
    assert xp(root, "//t:pb/@n") == ["4", "5"]
    assert [s for s, _ in speakers_and_speech(root)] == ["SENATOR MURPHY", "SENATOR SERINO",
                                                         "SENATOR MURPHY"] * 2
    assert speakers_and_speech(root)[1][1] == \
        "Thank you, Senator. I just want to say thank you to everyone that is here tonight."
    assert "line-numbers" in {x["code"] for x in result.report()["left_out"]}


# ----------------------------------------------------------- F4: 'Mr. Erskine.—I submit'

def test_title_labels_closed_up_to_the_speech_by_a_dash():
    root, _ = encode("Jane Rickman sworn.—Examined by Mr. Bower.\n\n"
                     "Mr. Gibbs.—Do you think that is evidence?\n\n"
                     "Mr. Erskine.—I am sure this evidence is very imperfect.\n\n"
                     "Mr. Attorney General—From whom had you those books?\n\n"
                     "Lord Chief Justice Eyre.—It is not likely that he should know.\n\n"
                     "Mr. Erskine.—Will your lordship allow it?\n")
    assert speakers_and_speech(root) == [
        ("Mr. Gibbs", "Do you think that is evidence?"),
        ("Mr. Erskine", "I am sure this evidence is very imperfect."),
        ("Mr. Attorney General", "From whom had you those books?"),
        ("Lord Chief Justice Eyre", "It is not likely that he should know."),
        ("Mr. Erskine", "Will your lordship allow it?")]


def test_a_titled_name_once_in_a_narrative_is_no_turn():
    root, _ = encode("We walked to the river that morning.\n\n"
                     "Mr. Smith.—The next day we went on to the town and stayed there.\n")
    assert not xp(root, "//t:sp")


# ------------------------------------------------------------ F5: a masthead's date

def test_a_date_line_inside_a_masthead_block_dates_the_record():
    root, _ = encode("TÉMOIGNAGES\nLe Comité permanent de la justice\nNUMÉRO 015\n"
                     "Le mardi 26 septembre 2006\nTuesday, September 26, 2006\n"
                     "CANADA\n\nLe président : La séance est ouverte et nous allons commencer "
                     "nos travaux sur le projet de loi du 3 octobre 2005.\n", "committee.txt")
    assert creation_date(root) == ["2006-09-26"]


# ---------------------------------------- F6: tags typed into text, French office labels

def test_tag_pairs_in_plain_text_go_and_french_office_labels_are_turns():
    root, result = encode(
        "<Affiliation> Le président </Affiliation> :\nLa séance est ouverte .\n"
        "<Affiliation> M. Derek Lee ( Scarborough , Lib. ) </Affiliation> :\n"
        "J' invoque le Règlement .\n"
        "<Affiliation> La greffière du comité </Affiliation> :\nHonorables membres .\n"
        "<Affiliation> Le président </Affiliation> :\nMerci .\n", "evidence.txt")
    assert speakers_and_speech(root) == [
        ("Le président", "La séance est ouverte ."),
        ("M. Derek Lee ( Scarborough , Lib. )", "J' invoque le Règlement ."),
        ("La greffière du comité", "Honorables membres ."),
        ("Le président", "Merci .")]
    assert "Affiliation" not in "".join(root.itertext())
    assert "label-tags" in {x["code"] for x in result.report()["left_out"]}


# ------------------------------------------------- F7: running heads with column numbers

def test_running_heads_with_bracketed_column_numbers_are_page_breaks():
    root, result = encode(
        "He said he had no knowledge of the work at all, and\n\n"
        "Trial of Thomas Hardy [584\n\n"
        "that the copies were printed elsewhere.\n\n"
        "Who was to have the profit of those books?\n"
        " 585} for High Treason. |\n\n"
        "I never knew but what I heard from my wife.\n\n"
        "A. D. 1794. {586\n\nThe witness withdrew.\n", "trial.txt")
    assert xp(root, "//t:pb/@n") == ["584", "585", "586"]
    words = " ".join("".join(root.find(".//{http://www.tei-c.org/ns/1.0}body").itertext())
                     .split())
    assert "Trial of Thomas Hardy" not in words and "High Treason" not in words
    assert [x["code"] for x in result.report()["left_out"]].count("running-head") == 3
    assert creation_date(root) == ["1794"]      # the heads' "A. D. 1794": the trial's year


# ---------------------------------------------------------------- F8: regnal years

def test_a_regnal_year_dates_an_inquisition():
    root, _ = encode("An Inquisition taken at the Parish of St. Martin in the Fields the Twenty "
                     "third day of March in the Sixteenth year of the Reign of our Sovereign "
                     "Lord George the Third by the Grace of God King, before Thomas Prickard "
                     "Coroner, upon View of the Body of Thomas Grimsley.\n\n"
                     "Tho. Prickard Coroner\n", "inquisition.txt")
    assert creation_date(root) == ["1776-03-23"]
    assert texts(root, "//t:creation/t:date") == [
        "Twenty third day of March in the Sixteenth year of the Reign of our Sovereign Lord "
        "George the Third"]


def test_regnal_years_count_from_the_accession_day():
    # George III acceded 25 October 1760: his first year ran to 24 October 1761
    text = " in the first year of the reign of King George III"
    assert regnal_year(text, 0, 10, 24) == (1761, len(text))
    assert regnal_year(text, 0, 10, 25) == (1760, len(text))
    # Victoria acceded 20 June 1837: 1 January of her tenth year fell in 1847
    assert regnal_year(" in the tenth year of the reign of Queen Victoria", 0, 1, 1)[0] == 1847
    assert regnal_year(" in the tenth year of the reign of King Arthur", 0, 1, 1) is None


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(sorted(REIGNS, key=str)), st.integers(1, 40), st.integers(1, 12),
       st.integers(1, 28))
def test_a_regnal_year_falls_within_a_year_of_the_accession_plus_n(reign, n, month, day):
    name, ordinal = reign
    roman = {1: "I", 2: "II", 3: "III", 4: "IV", 5: "V", 6: "VI", 7: "VII", 8: "VIII"}
    text = f" in the {n}th year of the reign of {name.title()}" + \
        (f" {roman[ordinal]}" if ordinal else "")
    found = regnal_year(text, 0, month, day)
    assert found is not None
    start = REIGNS[reign][0]
    assert found[0] in (start + n - 1, start + n)
    assert found[1] == len(text)


# ------------------------------------------------------- F9: a title page's year

def test_a_title_pages_year_dates_the_text():
    root, _ = encode("## A BRIEF AND TRUE NARRATIVE\n\n*A Brief and True Narrative of some "
                     "Remarkable Passages, Which happened from the Nineteenth of March, to the "
                     "Fifth of April*, 1692.\n\n*Collected by Deodat Lawson*.\n\n"
                     "On the Nineteenth day of March last I went to Salem Village.\n", "b.md")
    assert creation_date(root) == ["1692"]


def test_an_imprints_year_dates_the_text():
    root, _ = encode("# A Sermon\n\nPreached at the Meeting-House on a day of fasting.\n\n"
                     "*London, Printed for J. Smith at the Bible*. 1701.\n\n"
                     "The text of the sermon begins here, and speaks of 1699.\n", "s.md")
    assert creation_date(root) == ["1701"]
