"""Round 30 of the scouting (/work/scout/REPORT30.md): newspapers, periodicals and official
documents with numbered clauses. The inputs are written for these tests in the forms of the
scouts' documents (the Daily Record of Wilmington, 1897-1898, and the Long-Islander, 1882,
public domain; the DFAT "Documents on Australian Foreign Policy", Commonwealth of Australia,
CC BY; the Slavery Convention of 1926, public domain; the Kremlin's decree 885, public
record)."""
from __future__ import annotations

from teiquery import encode, texts, xp

# ------------------------------------------------------------------ endnotes (F2)


def test_bare_numbered_endnotes_with_a_capitalised_second_paragraph():
    """"1 text" paragraphs at the end, confirmed by [1] and [2] in the text: notes at their
    markers; the note's second paragraph ("It was used …") stays in the note."""
    root, _ = encode("11 September 1936 [1]\n\n## REFORM OF THE COVENANT\n\n"
                     "The fundamental bases of policy are those of M. Blum [2] and others.\n\n"
                     "The Covenant to be separated from the Treaty.\n\n"
                     "1 This memorandum was prepared by the Department.\n\n"
                     "It was used unaltered as a brief by the delegation.\n\n"
                     "2 Leon Blum, French Prime Minister.\n\n"
                     "[AA: CP 4/2, BUNDLE 2, ITEM 35]\n", "memo.md")
    assert texts(root, "//t:body//t:note[@n]") == [
        "This memorandum was prepared by the Department.It was used unaltered as a brief "
        "by the delegation.", "Leon Blum, French Prime Minister."]
    assert len(xp(root, "//t:body//t:note[@n='1']/t:lb")) == 1     # the two paragraphs
    assert xp(root, "//t:body//t:note[@n='2']/preceding-sibling::text()")[-1].endswith(
        "M. Blum ")
    assert not [p for p in texts(root, "//t:body//t:p") if p.startswith(("1 ", "2 ", "It "))]
    assert texts(root, "//t:body//t:note[@type='source']") == ["AA: CP 4/2, BUNDLE 2, ITEM 35"]


def test_fragment_links_whose_text_is_the_number_are_note_markers():
    """A converter's footnote links ("legislation[1](#f1)") confirm a "1 text" list after
    the archival reference: the links become the notes, no dangling <ref>."""
    root, _ = encode("The Ordinance allows encroachment by the legislation[1](#f1) into the "
                     "functions of the judiciary.\n\n"
                     "It overlaps the enquiry as required in the resolution of the House.[2](#f2)"
                     "\n\n[NAA: A5868, 11]\n\n1 This should perhaps read \u2018legislative\u2019."
                     "\n\n2 On 26 March, Cabinet agreed that assent should be withheld.\n",
                     "cabinet.md")
    assert texts(root, "//t:body//t:note[@n]") == [
        "This should perhaps read \u2018legislative\u2019.",
        "On 26 March, Cabinet agreed that assent should be withheld."]
    assert not xp(root, "//t:body//t:ref")
    assert texts(root, "//t:body//t:note[@type='source']") == ["NAA: A5868, 11"]


def test_a_numbered_list_at_the_end_without_markers_stays_text():
    root, _ = encode("We agreed on these points.\n\nThey are final.\n\n"
                     "1 The fleet sails in May.\n\nIt returns in June.\n\n"
                     "2 The port stays open.\n", "points.md")
    assert not xp(root, "//t:body//t:note")
    assert "It returns in June." in texts(root, "//t:body//t:p")


# ------------------------------------------------------------------ wire datelines (F1)

NEWS_PAGE = ("# The Daily Record\n\n## Fillbuster Dauntless Back.\n\n"
             "**Jacksonville Suspects that She landed the Expedition in Cuba.**\n\n"
             "Jacksonville, Fla., Nov. 13. \u2013 The famous tug Dauntless is back in port.\n\n"
             "When she left Jacksonville she went quietly to towing vessels.\n\n"
             "## Application for Receiver Refused.\n\n"
             "Atlanta, Ga  Nov. 13. \u2013 Application for a receiver was refused.\n\n"
             "## Soldiers Arrived.\n(By wire to the Record.)\n\n"
             "Jersey City, Aug. 26.\u2014Nearly one thousand soldiers arrived here to-day.\n")


def test_headings_over_wire_datelines_are_articles():
    """A dispatch under a heading the format marked (with a bold deck, a byline): an
    article, its dateline in the opener; the US place with its state ("Jacksonville,
    Fla.", "Atlanta, Ga" and two spaces before the date)."""
    root, _ = encode(NEWS_PAGE, "page.md")
    assert texts(root, "//t:div[@type='article']/t:head[not(@type)]") == [
        "Fillbuster Dauntless Back.", "Application for Receiver Refused.", "Soldiers Arrived."]
    assert texts(root, "//t:div[@type='article']/t:head[@type='sub']") == [
        "Jacksonville Suspects that She landed the Expedition in Cuba."]
    assert texts(root, "//t:div[@type='article']/t:opener/t:dateline/t:placeName") == [
        "Jacksonville, Fla.", "Atlanta, Ga", "Jersey City"]
    assert texts(root, "//t:div[@type='article']/t:opener/t:dateline/t:date") == [
        "Nov. 13.", "Nov. 13.", "Aug. 26."]
    assert texts(root, "//t:div[@type='article']/t:opener/t:seg[@type='byline']") == [
        "(By wire to the Record.)"]
    assert texts(root, "//t:div[@type='article']/t:p[1]") == [
        "The famous tug Dauntless is back in port.",
        "Application for a receiver was refused.",
        "Nearly one thousand soldiers arrived here to-day."]


def test_one_heading_over_a_dateline_is_no_newspaper_page():
    root, _ = encode("# Notes\n\n## The voyage\n\nLondon, Aug. 26.- We sailed at noon.\n\n"
                     "## The return\n\nWe came back in June.\n", "notes.md")
    assert not xp(root, "//t:div[@type='article']")


def test_headed_articles_keep_the_level_of_their_headings():
    root, _ = encode(NEWS_PAGE.replace("## Application", "## Local News.\n\nThe mayor spoke."
                                       "\n\n## Application"), "page.md")
    assert [d.get("type") for d in xp(root, "//t:body/t:div/t:div")] == [
        "article", "section", "article", "article"]


# ------------------------------------------------------------------ bold run-in heads (F3)

def test_bold_run_in_heads_used_once_are_no_speakers():
    """An advertisement's "**CORSETS.** A fine Corset …" and an advertiser's "**BEE
    HIVE.**" over its address: each used once, with no exchange of turns: no <sp>, and
    the parenthesis under a later heading is no stage direction."""
    root, _ = encode("## Taylor's Bazaar\n\nCompare a few of our prices.\n\n"
                     "**CORSETS.** A fine Corset sold elsewhere at fifty cents.\n"
                     "A seventy-five cents corset for forty-eight cents.\n\n"
                     "## Jersey City News\n\n(By wire to the Record.)\n\n"
                     "Nearly one thousand soldiers arrived here to-day.\n\n"
                     "**BEE HIVE.**  \nFront Street Opposite the Market\n", "ads.md")
    assert not xp(root, "//t:sp | //t:stage | //t:listPerson")
    assert texts(root, "//t:body//t:p/t:hi[@rend='bold']") == ["CORSETS."]
    assert "(By wire to the Record.)" in texts(root, "//t:body//t:p")


def test_bold_labels_in_an_exchange_stay_speakers():
    root, _ = encode("## Interview\n\n**SMITH.** Where were you on Monday?\n\n"
                     "**JONES.** At home, all day.\n", "talk.md")
    assert texts(root, "//t:sp/t:speaker") == ["SMITH", "JONES"]
    assert texts(root, "//t:sp/t:p") == ["Where were you on Monday?", "At home, all day."]


# ------------------------------------------------------------------ dateline designation (F11)

def test_a_datelines_document_kind_and_number_are_no_part_of_the_place():
    root, _ = encode("Circular Cablegram B185 LONDON, 29 July 1938, 11 p.m.\n\n"
                     "CONFIDENTIAL\n\n(1) The most important item is the report.\n", "cable.md")
    assert texts(root, "//t:dateline/t:seg[@type='designation']") == ["Circular Cablegram B185"]
    assert texts(root, "//t:dateline/t:placeName") == ["LONDON"]
    assert xp(root, "//t:dateline/t:date/@when") == ["1938-07-29T23:00:00"]
    assert texts(root, "//t:dateline") == ["Circular Cablegram B185 LONDON, 29 July 1938, 11 p.m."]


def test_a_place_that_opens_with_a_kind_word_but_has_no_capitals_stays_whole():
    root, _ = encode("# To the Board\n\nLetter Creek, 3 May 1901\n\nDear Sir,\n\n"
                     "I write about the well.\n",
                     "letter.md")
    assert texts(root, "//t:dateline/t:placeName") == ["Letter Creek"]
    assert not xp(root, "//t:seg[@type='designation']")


# ------------------------------------------------------------------ gap words (F6)

def test_text_obscured_is_a_gap_not_supplied_text():
    root, _ = encode("The ministry in the present critical state [text obscured] with Russia "
                     "must resign. Two words [two words blurred] here.\n", "page.md")
    assert not xp(root, "//t:body//t:supplied")
    assert [(g.get("reason"), "".join(g.itertext())) for g in xp(root, "//t:body//t:gap")] == [
        ("damage", "text obscured"), ("illegible", "two words blurred")]


# ------------------------------------------------------------------ page number words (F8)

def test_a_page_heading_with_a_number_word_is_a_page_break_beside_a_digit_one():
    root, _ = encode("#### Page One\n\n# The Daily Record\n\nVolume 1. NO. 85.\n\n"
                     "#### Page 2\n\n## Carpets\n\nCarpets of all kinds at low prices.\n",
                     "issue.md")
    assert xp(root, "//t:body//t:pb/@n") == ["One", "2"]
    assert "Page One" not in texts(root, "//t:body//t:head")


def test_a_page_heading_in_words_alone_stays_a_heading():
    root, _ = encode("# Page One\n\nThe front page of the paper, with its news.\n\n"
                     "# Page Three\n\nThe page with the pin-up.\n", "essay.md")
    assert not xp(root, "//t:body//t:pb")


# ------------------------------------------------------------------ resolution clauses (F5)

def test_whereas_clauses_are_never_joined_to_the_clause_before():
    root, _ = encode("# Resolutions\n\nThe Printers' Assembly has passed the following:\n\n"
                     "WHEREAS, There are many laws which militate against the laboring "
                     "class, and\n\nWHEREAS, An association has taken it on itself to enforce "
                     "them,\n\n\u201cWhereas, The papers here have copied the article, and\n\n"
                     "Resolved, That the Assembly denounces the Blue Laws.\n", "res.md")
    assert texts(root, "//t:body//t:p") == [
        "The Printers' Assembly has passed the following:",
        "WHEREAS, There are many laws which militate against the laboring class, and",
        "WHEREAS, An association has taken it on itself to enforce them,",
        "\u201cWhereas, The papers here have copied the article, and",
        "Resolved, That the Assembly denounces the Blue Laws."]


def test_a_paragraph_cut_before_an_ordinary_word_is_still_rejoined():
    root, _ = encode("# Notes\n\nThe committee met on the first day of the month and\n\n"
                     "decided to adjourn until the spring.\n", "notes.md")
    assert texts(root, "//t:body//t:p") == [
        "The committee met on the first day of the month and decided to adjourn until the "
        "spring."]


# ------------------------------------------------------------------ the issue's date (F9)

ISSUE = ("---\ntitle: Daily Record, Volume 1 No. 85\ndate: 1897-11-15 11:00:00 -05:00\n---\n\n"
         "# The Daily Record\n\n{extra}Volume 1. NO. 85.  \n"
         "Wilmington, N. C., Monday Evening, November 15, 1897\n\n"
         "## Local News\n\nThe Annual Conference convenes on Thursday morning.\n\n"
         "## Wilmington & Weldon Ry.\n\nCondensed Schedule Dated Sept. 23rd, 1897.\n")


def test_the_issue_line_under_the_masthead_dates_the_issue():
    for extra in ("", "Circulation Large.  \nAdvertising rates given.\n\n"
                      "**The Only Negro Daily in the World!**\n\n"):
        root, _ = encode(ISSUE.format(extra=extra), "issue.md")
        assert xp(root, "//t:profileDesc/t:creation/t:date/@when") == ["1897-11-15"]
        assert texts(root, "//t:profileDesc/t:creation/t:date") == ["November 15, 1897"]


# ------------------------------------------------------------------ clause numbers (F4)

def test_points_with_no_space_after_the_mark_are_numbered_in_sequence():
    root, _ = encode("# SLAVERY CONVENTION.\n\n### Article 1\n\nThe following definitions are "
                     "agreed upon:\n\n1.Slavery is the status of a person.\n\n2.The slave "
                     "trade includes all acts of capture.\n\n### Article 2\n\n(a)To prevent "
                     "the slave trade;\n\n(b)To bring about the abolition of slavery.\n",
                     "treaty.md")
    assert [(p.get("n"), t) for p, t in zip(xp(root, "//t:body//t:p[@n]"),
                                           texts(root, "//t:body//t:p[@n]"), strict=True)] == [
        ("1", "1.Slavery is the status of a person."),
        ("2", "2.The slave trade includes all acts of capture."),
        ("a", "(a)To prevent the slave trade;"),
        ("b", "(b)To bring about the abolition of slavery.")]


def test_cyrillic_letter_points_in_their_alphabets_order():
    root, _ = encode("Государственные служащие призваны:\n\n"
                     "а) исполнять должностные обязанности добросовестно;\n\n"
                     "б) исходить из того, что признание прав человека определяет смысл;\n\n"
                     "в) осуществлять свою деятельность в пределах полномочий.\n", "ukaz.txt")
    assert xp(root, "//t:body//t:p/@n") == ["а", "б", "в"]


def test_a_glued_mark_alone_is_no_point():
    root, _ = encode("# Report\n\nThe rate rose to 1.5 per cent.\n\n3.The figure is "
                     "provisional.\n\nWe shall see.\n", "report.md")
    assert not xp(root, "//t:body//t:p/@n")


# ------------------------------------------------------------------ indented front matter (F7)

def test_front_matter_with_an_indented_fence_and_a_commented_field():
    root, _ = encode(" ---\n#  citation: \"10 Feb 1882, The Long-Islander, p3.\"\n"
                     "pubdate:  \"1882-02-10\"\nvoltitle:  \"The Long-Islander\"\n"
                     "pages:  \"3\"\n---\n\nOn Monday evening one of the old residents "
                     "of Hempstead died.\n", "clip.md")
    assert texts(root, "//t:body//t:p") == [
        "On Monday evening one of the old residents of Hempstead died."]
    assert not xp(root, "//t:body//t:head")
    assert xp(root, "//t:profileDesc/t:creation/t:date/@when") == ["1882-02-10"]
    assert "citation" not in " ".join(texts(root, "//t:titleStmt/t:title"))


def test_an_indented_rule_over_text_stays_a_rule():
    root, _ = encode(" ---\n\nA paragraph: with a colon.\n\nAnother one.\n", "rule.md")
    assert texts(root, "//t:body") == ["A paragraph: with a colon. Another one."]


# ------------------------------------------------------------------ transcriber brackets (F13)

def test_empty_brackets_before_punctuation_and_partial_words():
    root, _ = encode("# Insurgents\n\nA receiver for the Association [ ] throe of the stock "
                     "[ ], was refused. The man entered [ ].\n\nSunday [--th ] is a day set "
                     "apart to represent [-tment] of our church, [w- ] said.\n", "page.md")
    assert not xp(root, "//t:body//t:supplied")
    assert texts(root, "//t:body//t:p") == [
        "A receiver for the Association throe of the stock , was refused. The man entered .",
        "Sunday th is a day set apart to represent tment of our church, w said."]
    assert len(xp(root, "//t:body//t:p[1]/t:gap")) == 3
    p2 = xp(root, "//t:body//t:p")[1]
    assert [(g.get("reason"), (g.tail or "")[:6]) for g in xp(p2, "t:gap")] == [
        ("illegible", "th is "), ("illegible", "tment "), ("illegible", " said.")]
    assert xp(p2, "t:gap[3]/preceding-sibling::text()[1]")[0].endswith("church, w")
