"""Scout round 19: diaries' bare date lines, TEI-derived web editions' devices (page-break
markers, entity registers and footers, TEI class names, lemma-keyed commentary), two-digit
years, sic marks, postscripts."""
from teiquery import encode, texts, xp


def test_diary_date_lines_are_entries_not_running_heads():
    """A French travel journal typed from a notebook (the form of any diary with bare day
    lines): "3 août" / "4 août" rise like page numbers but are the entries' dates, dated
    with the year the introduction names; no <pb> is made and no word is lost."""
    root, _ = encode("Journal de voyage\n\nNous partons en août 1872 pour la Suisse.\n\n"
                     "3 août\n\nArrivée à Bâle le soir.\n\n4 août\n\nPluie toute la journée.\n\n"
                     "5 août\n\nDépart pour Lucerne.\n", "journal.txt")
    assert not xp(root, "//t:pb")
    whens = [d.get("when") for d in xp(root, "//t:body//t:head/t:date")]
    assert whens == ["1872-08-03", "1872-08-04", "1872-08-05"]
    assert xp(root, "//t:creation/t:date")[0].get("when") == "1872-08"


def test_date_lines_over_salutations_stay_datelines():
    """Letters of a family collection, each under its date: "12 March" over "Dear Mother,"
    is a letter's dateline, not a diary entry's heading."""
    root, _ = encode("Letters home\n\n12 March\n\nDear Mother,\n\nWe are well.\n\n"
                     "Your son\nJohn\n\n19 March\n\nDear Mother,\n\nStill well.\n\nJohn\n",
                     "letters.txt")
    assert not [h for h in texts(root, "//t:body//t:head") if "March" in h]
