"""Dates still missed (issue 8, round 15): a heading's month refined by a date field under
it, an act's own closing date over a date in a page's introduction, a court report's
decision date opening its last paragraph."""
from __future__ import annotations

from teiquery import encode, xp


def _created(root) -> str:
    return xp(root, "//t:profileDesc/t:creation/t:date/@when")[0]


def test_a_date_field_refines_the_headings_month():
    """Hyrum Smith's Liberty Jail journal (a Markdown edition): the heading names the
    month, the metadata lines under it (not front matter: a heading comes first) the day."""
    root, _ = encode("## April 1839 – Liberty Jail Entries\n\n---\n"
                     'title: "Hyrum Smith Journal – April 01, 1839"\n'
                     "date: 1839-04-01\nlocation: Liberty Jail, Clay County, Missouri\n"
                     "editor: Mark Phillips\n# Editorial Method: Faithful diplomatic "
                     "transcription.\n---\n\nthis morning Lord I say I slept last night in "
                     "a bed\n", "journal.md")
    assert _created(root) == "1839-04-01"


def test_a_field_outside_the_headings_month_does_not_replace_it():
    root, _ = encode("## April 1839 – Liberty Jail Entries\n\n---\n"
                     'title: "Hyrum Smith Journal"\n'
                     "date: 1840-05-01\nlocation: Liberty Jail, Clay County, Missouri\n"
                     "editor: Mark Phillips\n# Editorial Method: Faithful diplomatic "
                     "transcription.\n---\n\nthis morning Lord I say I slept last night in "
                     "a bed\n", "journal.md")
    assert _created(root) == "1839-04"


def test_in_token_whereof_dates_the_act_over_the_introduction():
    """The National Archives' page on the Instrument of Abdication: the introduction
    names the broadcast of 11 December, the deed is dated the tenth."""
    root, _ = encode("<html><body><h1>Instrument of Abdication of Edward VIII</h1>"
                     "<p>Edward VIII’s abdication speech, broadcast 11 December 1936.</p>"
                     "<p>He signed this document stating his determination to renounce the "
                     "Throne.</p><h2>Read the transcript</h2><p>I, Edward the Eighth, do "
                     "hereby declare My irrevocable determination to renounce the Throne.</p>"
                     "<p>In token whereof I have hereunto set My hand this tenth day of "
                     "December, nineteen hundred and thirty six, in the presence of the "
                     "witnesses whose signatures are subscribed.</p></body></html>",
                     "abdication.html")
    assert _created(root) == "1936-12-10"
    assert xp(root, "//t:body//t:date/@when") == ["1936-12-10"]


def test_a_decision_date_opening_the_last_paragraph():
    """Davis v. Wood (1816), Cranch's report: the day of the decision heads the opinion."""
    root, _ = encode("Negro John Davis et al. v. Wood.\n\nThis case was similar to the "
                     "preceding, in which the petitioners excepted to the opinion of the "
                     "court below.\n\nLee and Law replied, and cited 2 Wash. 64.\n\n"
                     "March 12th, 1816. Marshall, Ch. J., delivered the opinion of the court, "
                     "and stated, that the record was not between the same parties.\n")
    assert _created(root) == "1816-03-12"
