"""left10 (issue 8): dates of other calendars (Hijri, Hebrew, Persian) with their Gregorian
date and a calendarDesc; bare web addresses as links in plain text and Markdown; the Q/A
turns of an examination attributed from the heading that names witness and examiner.
The examples are written for these tests (after the forms reported in scout rounds 29, 25,
34 and 27); no third-party text is copied."""
from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st
from teiquery import encode, texts, xp

from teikit.formats.marks import REF_CLOSE, REF_OPEN, REF_TEXT
from teikit.formats.urls import link_urls
from teikit.readers.dates import find_date
from teikit.readers.nativedates import calendar_date


def _letter(dateline: str, body: str = "I received your letter and was glad of it.") -> str:
    return f"A letter\n\nCairo, {dateline}\n\nDear Ahmad,\n\n{body}\n\nYours,\n\nMuhammad\n"


def test_hijri_date_in_arabic_digits_and_era_sign():
    root, result = encode("رسالة\n\nالقاهرة، ١٥ رمضان ١٣٤٢ هـ\n\nعزيزي أحمد،\n\n"
                          "وصلتني رسالتك وفرحت بها كثيرا.\n\nأخوك\n\nمحمد\n")
    dates = xp(root, "//t:body//t:date")
    assert [(d.get("calendar"), d.get("when"), d.text) for d in dates] == [
        ("#hijri", "1924-04-20", "١٥ رمضان ١٣٤٢ هـ")]
    assert xp(root, "//t:profileDesc/t:calendarDesc/t:calendar/@xml:id") == ["hijri"]
    assert xp(root, "//t:creation/t:date/@calendar") == ["#hijri"]
    assert "calendar-dates" in result.rules


def test_hijri_date_in_latin_script():
    root, _ = encode(_letter("15 Ramadan 1342 AH"))
    date = xp(root, "//t:dateline/t:date")[0]
    assert (date.get("calendar"), date.get("when"), date.text) == (
        "#hijri", "1924-04-20", "15 Ramadan 1342 AH")


def test_hebrew_date_in_letters_and_persian_date():
    root, _ = encode('מכתב\n\nירושלים, כ"ג באדר תרצ"ה\n\nידידי היקר,\n\n'
                     "קבלתי את מכתבך ושמחתי מאד.\n\nשלך,\n\nדוד\n")
    assert [(d.get("calendar"), d.get("when")) for d in xp(root, "//t:dateline/t:date")] \
        == [("#hebrew", "1935-02-26")]
    assert texts(root, "//t:dateline/t:date") == ['כ"ג באדר תרצ"ה']
    root, _ = encode("نامه\n\nتهران، ۱۲ فروردین ۱۳۰۲\n\nدوست عزیز،\n\n"
                     "نامهٔ شما رسید و بسیار خوشحال شدم.\n\nارادتمند\n\nعلی\n")
    assert [(d.get("calendar"), d.get("when")) for d in xp(root, "//t:dateline/t:date")] \
        == [("#persian", "1923-04-02")]
    assert xp(root, "//t:calendarDesc/t:calendar/@xml:id") == ["persian"]


def test_calendar_dates_need_the_calendars_month_and_range():
    assert calendar_date("23 Adar 5695")[2:] == ("1935-02-26", "hebrew")
    assert calendar_date('ט"ו בשבט תש"ח')[2:] == ("1948-01-26", "hebrew")
    assert calendar_date("5 ربيع الأول 1300 هـ")[2:] == ("1883-01-14", "hijri")
    assert calendar_date("15 Safar 1920") is None          # no Hijri year: a name, a year
    assert calendar_date("ג' יאנואר, 1885") is None        # the civil month: Gregorian
    found = find_date("Cairo, 3 May 1924")
    assert found is not None and found.when == "1924-05-03"


def test_gregorian_letter_has_no_calendar_desc():
    root, result = encode(_letter("3 May 1924"))
    assert xp(root, "//t:calendarDesc") == [] and xp(root, "//@calendar") == []
    assert "calendar-dates" not in result.rules


@settings(max_examples=40, deadline=None)
@given(st.integers(1300, 1450), st.integers(1, 12), st.integers(1, 29))
def test_hijri_day_month_year_always_converts_forward(year, month, day):
    """Any Hijri day converts; a later day of a month is a later Gregorian date."""
    names = ["Muharram", "Safar", "Rabi' al-Awwal", "Rabi' al-Thani", "Jumada al-Ula",
             "Jumada al-Akhira", "Rajab", "Sha'ban", "Ramadan", "Shawwal", "Dhu al-Qa'da",
             "Dhu al-Hijja"]
    first = calendar_date(f"on {day} {names[month - 1]} {year} AH")
    assert first is not None and first[3] == "hijri"
    if day < 29:
        later = calendar_date(f"{day + 1} {names[month - 1]} {year}")
        assert later is not None
        assert dt.date.fromisoformat(later[2]) - dt.date.fromisoformat(first[2]) \
            == dt.timedelta(days=1)


def test_bare_urls_linked_in_plain_text_and_markdown_alike():
    source = ("Notes\n\nThe papers are online at https://example.org/papers/1924. See also "
              "file.py and www.example.com.\n")
    for name in ("doc.txt", "doc.md"):
        root, _ = encode(source, name)
        refs = xp(root, "//t:body//t:ref")
        assert [(r.get("target"), r.text) for r in refs] == [
            ("https://example.org/papers/1924", "https://example.org/papers/1924")], name
        assert texts(root, "//t:body//t:p") == [
            "The papers are online at https://example.org/papers/1924. See also file.py "
            "and www.example.com."], name


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="abc ./:-?", max_size=30), st.sampled_from([".", ",", ")", ";", ""]))
def test_link_urls_keeps_every_character(before, after):
    text = f"{before} https://example.org/a/b{after} end"
    linked = link_urls(text)
    plain = linked.replace(REF_CLOSE, "")
    if REF_OPEN in plain:
        head, rest = plain.split(REF_OPEN, 1)
        plain = head + rest.split(REF_TEXT, 1)[1]
    assert plain == text
    assert f"b{REF_CLOSE}{after}" in linked


EXAM = ("TRIAL OF JOHN DOE\n\nJOHN SMITH sworn. Examined by Mr. Erskine.\n\n"
        "Q. Where do you live?\n\nA. In Holborn, near the bridge.\n\n"
        "Q. How long have you lived there?\n\nA. About seven years.\n\n"
        "CROSS-EXAMINATION BY MR. GARROW:\n\nQ. Are you sure of that?\n\nA. Quite sure.\n")


def test_examination_heading_attributes_q_and_a():
    root, result = encode(EXAM)
    assert xp(root, "//t:sp/@who") == ["#mr-erskine", "#john-smith", "#mr-erskine",
                                       "#john-smith", "#mr-garrow", "#john-smith"]
    assert texts(root, "//t:sp/t:speaker") == ["Q", "A"] * 3
    assert texts(root, "//t:particDesc//t:persName") == ["Mr. Erskine", "JOHN SMITH",
                                                         "MR. GARROW"]
    assert "examination-turns" in result.rules


def test_sworn_line_then_examination_by():
    root, _ = encode("HEARING\n\nJOHN SMITH, having been first duly sworn, testified as "
                     "follows:\n\nEXAMINATION BY MR. JONES:\n\nQ. State your name.\n\n"
                     "A. John Smith.\n\nQ. Where do you work?\n\nA. At the mill.\n")
    assert xp(root, "//t:sp/@who") == ["#mr-jones", "#john-smith"] * 2


def test_q_and_a_without_a_naming_heading_unchanged():
    root, result = encode("Press briefing\n\nQ. What about the budget?\n\nA. We will see.\n\n"
                          "Q. And the vote?\n\nA. Next week.\n")
    assert xp(root, "//t:sp/@who") == ["#q", "#a", "#q", "#a"]
    assert "examination-turns" not in result.rules
