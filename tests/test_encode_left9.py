"""Round left9: findings of the scouts' rounds 26-30 left open (issue 8). Each example is a
small text made in the form of the scouts' documents (the docstring names the document and
the report's finding); none is copied from a source."""
from __future__ import annotations

import calendar

from hypothesis import given, settings
from hypothesis import strategies as st
from teiquery import encode, texts, xp

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


# ------------------------------------------------------------------ a range of days

def test_a_range_of_days_in_a_dateline_is_one_date_from_its_first_day_to_its_last():
    """REPORT27 F9 / the brief's "1–3 May 1794": the printed range is one <date> with
    @from and @to, and the text is dated by its first day (the last day alone dated it)."""
    root, _ = encode("Proceedings at the meeting\n\n1–3 May 1794\n\nThe society met and "
                     "resolved many things about the war and the peace of the realm.\n")
    date = xp(root, "//t:body//t:dateline/t:date")[0]
    assert (date.get("from"), date.get("to"), date.get("when")) == \
        ("1794-05-01", "1794-05-03", None)
    assert date.text == "1–3 May 1794"
    creation = xp(root, "//t:profileDesc/t:creation/t:date")[0]
    assert creation.get("when") == "1794-05-01" and creation.text == "1–3 May 1794"


def test_a_range_across_two_months_in_a_title_dates_the_text_by_its_first_day():
    """"May 1 to June 3, 1862" in a diary's title: the first day, not June 3."""
    root, _ = encode("Diary of the campaign, May 1 to June 3, 1862\n\nWe marched all day "
                     "through the rain and the mud of the valley.\n")
    assert xp(root, "//t:profileDesc/t:creation/t:date/@when") == ["1862-05-01"]
    assert texts(root, "//t:profileDesc/t:creation/t:date") == ["May 1 to June 3, 1862"]


def test_a_number_before_a_date_is_no_range():
    """"Vol. 1 – 3 May 1794": the figure is a volume's, the date is 3 May."""
    root, _ = encode("The Gazette\n\nVol. 1 – 3 May 1794\n\nNews of the week from the "
                     "ports and the markets of the county, with the prices of corn.\n")
    assert xp(root, "//t:profileDesc/t:creation/t:date/@when") == ["1794-05-03"]
    assert not xp(root, "//t:date[@from]")


def test_a_letters_number_before_its_date_is_no_range():
    """corpus25 pacini-lettera-03: "Lettera 3 - 14 novembre 1943" is the third letter,
    of 14 November (a figure after a noun is that noun's number)."""
    root, _ = encode("Lettera 3 - 14 novembre 1943\n\nCaro amico, ti scrivo ancora una volta "
                     "da questa città dove il tempo è sempre grigio e freddo.\n")
    assert xp(root, "//t:profileDesc/t:creation/t:date/@when") == ["1943-11-14"]
    assert not xp(root, "//t:date[@from]")


@settings(max_examples=25, deadline=None)
@given(st.integers(1800, 2020), st.integers(1, 12), st.data())
def test_any_range_of_one_month_reads_its_two_days(year, month, data):
    last = calendar.monthrange(year, month)[1]
    d1 = data.draw(st.integers(1, last - 1))
    d2 = data.draw(st.integers(d1 + 1, last))
    printed = f"{d1}–{d2} {MONTHS[month - 1]} {year}"
    root, _ = encode(f"Minutes of the session\n\n{printed}\n\nThe members met in the hall "
                     "and heard the reports of the committees on the roads.\n")
    date = xp(root, "//t:body//t:dateline/t:date")[0]
    assert date.get("from") == f"{year:04d}-{month:02d}-{d1:02d}"
    assert date.get("to") == f"{year:04d}-{month:02d}-{d2:02d}"
    assert date.text == printed


# ------------------------------------------------------------- OCR's speaker labels

TRIAL = ("Jane Rickman sworn.—Examined by Mr. Bower.\n\n"
         "Mr. Erskine.—I object to this question, my lord, as it leads the witness.\n\n"
         "Lord Chief Justice Eyre.—It is not likely to do any harm, Mr. Erskine.\n\n"
         "Mr. Erskine.—Then I shall not press the objection any further.\n\n"
         "Lord Chief Justice Eyre.—Let the witness answer the question.\n\n"
         "Mr, Erskine.—I submit to your lordship that this evidence is not sufficient.\n\n"
         "Lord Chief Justice Eyre.—We will hear the evidence first.\n")


def test_an_ocr_variant_of_a_proven_label_is_that_speakers_turn():
    """REPORT27 F4 (Hardy's trial, Howell's State Trials in OCR): "Mr, Erskine.—" with a
    comma for the full stop is Mr. Erskine's turn, since the document prints "Mr.
    Erskine.—" cleanly twice; the speaker keeps the printed form, the person is one."""
    root, _ = encode(TRIAL)
    assert texts(root, "//t:sp/t:speaker") == [
        "Mr. Erskine", "Lord Chief Justice Eyre", "Mr. Erskine", "Lord Chief Justice Eyre",
        "Mr, Erskine", "Lord Chief Justice Eyre"]
    assert xp(root, "//t:sp[t:speaker='Mr, Erskine']/@who") == ["#mr-erskine"]
    assert texts(root, "//t:listPerson/t:person/t:persName").count("Mr. Erskine") == 1
    assert texts(root, "//t:sp[t:speaker='Mr, Erskine']/t:p") == [
        "I submit to your lordship that this evidence is not sufficient."]


def test_an_ocr_variant_without_its_clean_label_is_no_turn():
    """The variant alone proves nothing: with no clean "Mr. Gibbs.—" it stays text."""
    root, _ = encode(TRIAL.replace("Mr, Erskine.—I submit", "Mr, Gibbs.—I submit"))
    assert "Mr, Gibbs" not in texts(root, "//t:sp/t:speaker")
    assert any(t.startswith("Mr, Gibbs.—I submit") for t in texts(root, "//t:body//t:p"))


# ------------------------------------------------------------------- acts' ends

UKAZ = ("У К А З\n\nПРЕЗИДЕНТА РОССИЙСКОЙ ФЕДЕРАЦИИ\n\n"
        "Об утверждении общих принципов служебного поведения\n\n"
        "     1. Утвердить прилагаемые общие принципы служебного поведения государственных "
        "служащих.\n\n"
        "     2. Настоящий Указ вступает в силу со дня его официального опубликования.\n\n\n"
        "     Президент Российской Федерации                         В.Путин\n\n"
        "     Москва, Кремль\n     12 августа 2002 года\n     N 885\n\n\n"
        "     УТВЕРЖДЕНЫ\n     Указом Президента\n     Российской Федерации\n"
        "     от 12 августа 2002 г.\n     N 885\n\n\n"
        "          ОБЩИЕ ПРИНЦИПЫ СЛУЖЕБНОГО ПОВЕДЕНИЯ\n\n"
        "     1. Настоящие общие принципы представляют собой основы поведения служащих.\n\n"
        "     2. Государственные служащие призваны исполнять должностные обязанности "
        "добросовестно.\n")


def test_an_approval_stamp_opens_the_annex_and_the_act_is_signed():
    """REPORT30 F10 (kremlin-2002-08-12-885-ukaz-ru): the stamp "УТВЕРЖДЕНЫ / Указом
    Президента …" after the act opens its annex, so the typed signature (office, a run of
    spaces, the name) and the place and date over the stamp are the act's closer."""
    root, _ = encode(UKAZ)
    assert texts(root, "//t:closer/t:signed") == ["Президент Российской Федерации В.Путин"]
    assert xp(root, "//t:closer/t:dateline/t:date/@when") == ["2002-08-12"]
    annex = xp(root, "//t:div[@type='annex']")
    assert len(annex) == 1 and texts(annex[0], "t:head")[0].startswith("УТВЕРЖДЕНЫ")
    assert xp(annex[0], "t:p/@n") == ["1", "2"]


DECRET = ("Décret n° 2002-1 du 3 janvier 2002 portant organisation du ministère\n\n"
          "Article 1. Le ministère est organisé en trois directions générales placées sous "
          "son autorité.\n\n"
          "Article 2. Le Premier ministre est chargé de l’exécution du présent décret, qui "
          "sera publié au Journal officiel.\n\n"
          "Fait à Paris, le 3 janvier 2002.\n\n"
          "Le Président de la République, Jacques CHIRAC\n\n"
          "Le Premier ministre, Lionel JOSPIN\n")


def test_an_office_and_a_name_on_one_line_under_the_eschatocol_are_signatures():
    """REPORT30 F10, the French form: "Le Président de la République, Jacques CHIRAC"
    under "Fait à Paris, le …" is a signature, and so is the countersignature."""
    root, _ = encode(DECRET)
    assert texts(root, "//t:closer/t:signed") == [
        "Le Président de la République, Jacques CHIRAC", "Le Premier ministre, Lionel JOSPIN"]
    assert xp(root, "//t:closer/t:dateline/t:date/@when") == ["2002-01-03"]


def test_an_office_and_a_name_with_no_eschatocol_stay_a_paragraph():
    root, _ = encode(DECRET.replace("Fait à Paris, le 3 janvier 2002.\n\n", ""))
    assert "Le Président de la République, Jacques CHIRAC" in texts(root, "//t:body//t:p")


# ----------------------------------------------------------- points run in

def test_points_run_into_a_paragraph_continue_their_series():
    """REPORT30 F4 (dfat-1938-07-29-stanley-circular-cablegram): "(5)" after the quotation
    that ends point (4), and "(a)" after a sentence with "(b)" the next paragraph."""
    root, _ = encode(
        "(4) In connection with the above proposals the terms of the communique are "
        "noteworthy.\n\n'They are convinced that this right should be expressly "
        "established.' (5) His Majesty's Government will be glad to learn the views of "
        "other Governments.\n\nTwo minor points may be mentioned. (a) The desirability of "
        "modifying the unanimity rule.\n\n(b) Effect should be given to the recommendations "
        "of the Committee of jurists.\n", "cable.md")
    assert xp(root, "//t:body//t:p/@n") == ["4", "5", "a", "b"]
    assert texts(root, "//t:body//t:p[@n='5']") == [
        "(5) His Majesty's Government will be glad to learn the views of other Governments."]
    assert "Two minor points may be mentioned." in texts(root, "//t:body//t:p[not(@n)]")


def test_a_mark_out_of_the_series_stays_in_its_paragraph():
    root, _ = encode("(1) The first point is made here at some length for the reader.\n\n"
                     "The second paragraph ends its sentence. (7) Then it goes on with more "
                     "words about the matter.\n\n(2) The next point follows in its turn.\n")
    assert xp(root, "//t:body//t:p/@n") == ["1", "2"]


# ------------------------------------------------------ Arabic and Persian letters

def test_an_arabic_letters_salutation_and_closing():
    """REPORT29 F4 / the brief: "عزيزي أحمد،" opens, "وتفضلوا بقبول فائق الاحترام" and
    "المخلص" close, the name is signed."""
    root, _ = encode("رسالة إلى الصديق\n\nعزيزي أحمد،\n\nفقد وصلتني رسالتك الكريمة وسررت "
                     "بها كثيرا، وأرجو أن تكون بخير وعافية أنت وأهلك جميعا.\n\n"
                     "وتفضلوا بقبول فائق الاحترام\n\nالمخلص\nمحمد علي\n")
    assert texts(root, "//t:opener/t:salute") == ["عزيزي أحمد،"]
    assert texts(root, "//t:closer/t:salute") == ["وتفضلوا بقبول فائق الاحترام", "المخلص"]
    assert texts(root, "//t:closer/t:signed") == ["محمد علي"]


def test_a_persian_letters_salutation_and_closing():
    root, _ = encode("نامه به دوست\n\nدوست عزیز،\n\nنامه شما رسید و بسیار خوشحال شدم که حال "
                     "شما خوب است و کارها به خوبی پیش می‌رود.\n\nبا تقدیم احترام\n\nعلی رضایی\n")
    assert texts(root, "//t:opener/t:salute") == ["دوست عزیز،"]
    assert texts(root, "//t:closer/t:salute") == ["با تقدیم احترام"]
    assert texts(root, "//t:closer/t:signed") == ["علی رضایی"]


# ------------------------------------------------------------------- versions

def test_versions_headed_in_turn_are_no_speakers():
    """REPORT28 F6: "Version A" / "Version B" headings taking turns are an edition's
    versions, sections, never a play's speakers."""
    parts = ["# The two versions of the letter\n"]
    for day in (2, 3, 4):
        parts.append(f"### Version A\n\nThe first hand wrote that the ship came in on day "
                     f"{day} with corn and wine for the town.\n")
        parts.append(f"### Version B\n\nThe second hand wrote that the vessel arrived on day "
                     f"{day} carrying grain and wine.\n")
    root, _ = encode("\n".join(parts), "versions.md")
    assert not xp(root, "//t:sp") and not xp(root, "//t:listPerson")
    assert texts(root, "//t:div/t:div/t:head") == ["Version A", "Version B"] * 3


def test_version_labels_in_plain_text_are_no_speakers():
    text = "".join(f"Original:\n\nDer Schreiber schrieb, dass das Schiff am {d}. Tag kam.\n\n"
                   f"Translation:\n\nThe scribe wrote that the ship came on day {d}.\n\n"
                   for d in (2, 3, 4))
    root, _ = encode("Two versions\n\n" + text)
    assert not xp(root, "//t:sp")


# ----------------------------------------------------------- a will's closing run in

def test_a_wills_closing_run_into_its_last_paragraph_is_its_closer():
    """REPORT28 F5 / the brief (poilus-will-AD95-0011-malatrait, corpus28): the hand runs
    "fait à St Brice le premier Août mil neuf cent quatorze Léon Malatrait" on to the
    bequest with no stop; the clause is the closer's dateline, the name its signature."""
    root, _ = encode("St Brice s forêt\n1er août 1914\n\nJe désire qu’en cas de decès tout ce "
                     "que je possède revienne à ma femme Lucie Graux Je désire également "
                     "qu’aucune contestation lui soit faite en aucun cas fait à St Brice le "
                     "premier Août mil neuf cent quatorze Léon Malatrait\n")
    assert texts(root, "//t:closer/t:signed") == ["Léon Malatrait"]
    assert xp(root, "//t:closer/t:dateline/t:date/@when") == ["1914-08-01"]
    assert texts(root, "//t:closer/t:dateline/t:placeName") == ["St Brice"]
    assert texts(root, "//t:body//t:p")[-1].endswith("faite en aucun cas")


def test_a_formula_with_more_text_after_its_date_stays_in_its_paragraph():
    root, _ = encode("A note on the will\n\nThe testator wrote that the deed was fait à Paris "
                     "le 3 mai 1920 and then he went on to describe the house and its garden "
                     "at length.\n")
    assert not xp(root, "//t:closer")


# -------------------------------------------------------- a text in two languages

EN = ("The parties agree that the trade in slaves shall be suppressed in all the territories "
      "that are placed under their sovereignty, and that it is their duty to bring about the "
      "abolition of slavery in all its forms as soon as possible. ")
NL = ("De partijen komen overeen dat de handel in slaven zal worden onderdrukt in alle "
      "gebieden die onder hun souvereiniteit zijn geplaatst, en dat het hun plicht is om de "
      "afschaffing van de slavernij in al haar vormen zoo spoedig mogelijk te verwezenlijken. ")


def test_a_treaty_printed_in_two_languages_is_two_versions():
    """REPORT30 F12 (slavery-convention-1926-en-nl): the English text and its articles, then
    the Dutch title, nested by its deeper '####' under the last English article, and the
    Dutch articles: two <div type="version"> with @xml:lang, both languages in langUsage."""
    parts = ["# Slavery Convention\n", "####SLAVERY CONVENTION.\n", EN * 3]
    parts += [f"###Article {n}\n\n{EN * 2}\n" for n in range(1, 5)]
    parts += ["####VERDRAG INZAKE DE SLAVERNIJ.\n", NL * 3]
    parts += [f"###Artikel {n}\n\n{NL * 2}\n" for n in range(1, 5)]
    root, _ = encode("\n".join(parts), "treaty.md")
    versions = xp(root, "//t:div[@type='version']")
    assert [v.get("{http://www.w3.org/XML/1998/namespace}lang") for v in versions] == ["en", "nl"]
    assert texts(versions[1], "t:div/t:head") == [
        "VERDRAG INZAKE DE SLAVERNIJ.", "Artikel 1", "Artikel 2", "Artikel 3", "Artikel 4"]
    assert "Artikel 1" not in texts(versions[0], ".//t:head")
    assert xp(root, "//t:langUsage/t:language/@ident") == ["en", "nl"]


def test_a_text_in_one_language_has_no_versions():
    parts = ["# A Convention\n"] + [f"###Article {n}\n\n{EN * 3}\n" for n in range(1, 9)]
    root, _ = encode("\n".join(parts), "treaty.md")
    assert not xp(root, "//t:div[@type='version']")


# ----------------------------------------------------- a letter's own heading

def test_a_letters_own_heading_over_its_salutation_is_no_address():
    """REPORT29 F4 (ja-shiki-utayomi-4-1898): "四たび歌よみに与ふる書" repeats the title
    "歌よみに与ふる書" with its own word over "拝啓。": the letter's heading, not an
    address."""
    root, _ = encode("歌よみに与ふる書\n\n四たび歌よみに与ふる書\n\n拝啓。\n\n"
                     "空論ばかりにては傍人に解しがたく、実例につきて評せよとの"
                     "御言葉御尤と存候。実例と申しても際限もなき事に候。\n")
    assert texts(root, "//t:body//t:head[@type='sub']") == ["四たび歌よみに与ふる書"]
    assert not xp(root, "//t:seg[@type='address']")
    assert texts(root, "//t:opener/t:salute") == ["拝啓。"]


def test_an_address_over_a_salutation_stays_an_address():
    root, _ = encode("A letter to Madison\n\nMADISON\n\nDear Sir,\n\nI write to tell you that "
                     "the roads are open again and the mail will come on Monday.\n\n"
                     "Yours truly,\n\nJohn Smith\n")
    assert not xp(root, "//t:body//t:head[@type='sub']")


# ------------------------------------------------------------- a hearing's cover

def test_a_hearings_cover_names_the_record_under_the_forum():
    """REPORT27 F3/the brief (nysenate-hearing-2016-10-19-barge-anchorages): "BEFORE THE
    NEW YORK STATE SENATE" is the forum; the capitals under it ("PUBLIC HEARING / TO HEAR
    TESTIMONY …") are the record's title and a heading under the forum's, not an address."""
    rule = "-" * 54
    root, _ = encode(f"BEFORE THE NEW YORK STATE SENATE\n\n{rule}\n\nPUBLIC HEARING\n"
                     "TO HEAR TESTIMONY ABOUT THE PLAN TO CREATE\nTEN BARGE ANCHORAGES ON THE "
                     f"HUDSON\n\n{rule}\n\nCroton-on-Hudson Town Hall\nOctober 19, 2016\n\n"
                     "SENATOR MURPHY:  Good evening and thank you all for coming out tonight "
                     "to this hearing.\n\nMAYOR SCHMIDT:  Thank you, Senator, we are glad to "
                     "have you here in the village.\n\nSENATOR MURPHY:  Let us begin with the "
                     "first speaker on the list, please.\n")
    assert texts(root, "//t:titleStmt/t:title") == [
        "PUBLIC HEARING TO HEAR TESTIMONY ABOUT THE PLAN TO CREATE TEN BARGE ANCHORAGES ON "
        "THE HUDSON"]
    assert texts(root, "//t:body/t:div/t:head") == [
        "BEFORE THE NEW YORK STATE SENATE",
        "PUBLIC HEARINGTO HEAR TESTIMONY ABOUT THE PLAN TO CREATETEN BARGE ANCHORAGES ON "
        "THE HUDSON"]
    assert len(xp(root, "//t:head[@type='sub']/t:lb")) == 2
    assert not xp(root, "//t:seg[@type='address'][contains(., 'HEARING')]")


def test_a_forum_heading_over_prose_keeps_its_title():
    root, _ = encode("BEFORE THE COMMITTEE ON ROADS\n\nThe committee met in the small hall and "
                     "heard the surveyor on the state of the county's bridges and fords.\n")
    assert texts(root, "//t:titleStmt/t:title") == ["BEFORE THE COMMITTEE ON ROADS"]


def test_a_latin_text_is_not_read_as_two_versions():
    """corpus22 cicero-ad-familiares: Latin's "in", "de", "et", "est" are Dutch and French
    function words too, but make few of its words: no versions."""
    la = ("Nos a te, ut scis, discessimus a. d. IIII Non. Nov. Leucadem venimus et in portum "
          "Corcyraeorum processimus; ibi retenti ventis sumus usque ad diem, quod est tibi "
          "notum, de quo scripsi. ")
    parts = ["# Epistulae\n"] + [f"### Epistula {n}\n\n{la * 6}\n" for n in range(1, 7)]
    root, _ = encode("\n".join(parts), "letters.md")
    assert not xp(root, "//t:div[@type='version']")


def test_a_sub_point_right_after_its_points_number_is_not_run_in():
    """corpus30 dfat-1936-09-11-covenant-reform-memo: "2. (a) The question …" is point 2's
    first sub-point under its own number; the paragraph stays whole."""
    root, _ = encode("# Memorandum\n\n1. The first point is made here at some length for the "
                     "reader.\n\n2. (a) The question then is what practical suggestions can "
                     "be made.\n\n"
                     "3. The third point follows in its turn at the end.\n", "memo.md")
    assert xp(root, "//t:body//t:p/@n") == ["1", "2", "3"]
