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


def test_page_bar_with_title_is_a_numbered_pb():
    """A TEI Publisher-style letter page (the form of the Weber-Gesamtausgabe's and the
    Fontane edition's pages): the <pb/> drawn as an indented bar, its number in the title,
    with or without a class; the bar is never text, the words beside it stay apart."""
    root, _ = encode("<html><body><h1>Brief an Gähns</h1><p>Ich habe Ihren Brief erhalten und "
                     "danke <span class=\"pb\" title=\"Seite 2\">||\n      </span>Ihnen herzlich "
                     "für die Nachricht.</p><p>Die Oper ist fertig <a title=\"Blatt 3r\">|</a> "
                     "und wird bald gegeben.</p></body></html>", "weber.html")
    assert [pb.get("n") for pb in xp(root, "//t:pb")] == ["2", "3r"]
    assert not [t for t in texts(root, "//t:body//t:p") if "|" in t]
    assert "danke Ihnen" in " ".join(" ".join(texts(root, "//t:body//t:p")).split())


def test_entity_register_and_site_footer_are_chrome():
    """A letter page of a digital edition with its register of persons beside the text
    and a footer of <div>s (address, funder, imprint): both left out and reported; the
    signature stays last; a funder's logo link is no page."""
    root, diags = encode(
        "<html><body><div class=\"row\"><div class=\"col text\"><p>Lieber Freund,</p>"
        "<p>ich schreibe Dir aus Berlin, wo ich Humboldt traf.</p>"
        "<p>Dein treuer Theodor</p></div>"
        "<div class=\"col side\"><div><h3>Erwähnte Personen</h3><ul>"
        "<li><a href=\"../register/p001.html\">Humboldt, Alexander von</a></li>"
        "<li><a href=\"../register/p002.html\">Fontane, Theodor</a></li></ul>"
        "<h3>Orte</h3><ul><li><a href=\"../register/o001.html\">Berlin</a></li></ul></div>"
        "</div></div><div id=\"page-footer\"><p>Kontakt: Akademie, Am Neuen Markt 8</p>"
        "<a href=\"https://funder.example.org/\"><img src=\"funder_logo.svg\" alt=\"Logo\"/></a>"
        "<p>© 2024 Akademie | Impressum | Datenschutz</p></div></body></html>", "fontane.html")
    body = " ".join(texts(root, "//t:body"))
    assert "Erwähnte Personen" not in body and "Impressum" not in body
    assert not xp(root, "//t:pb")
    assert body.split()[-3:] == ["Dein", "treuer", "Theodor"]
    left = " ".join(x.text for x in diags.left_out)
    assert "Erwähnte Personen" in left and "Impressum" in left


def test_lemma_commentary_is_anchored_notes():
    """A digital edition's commentary after a letter, as printed editions set it
    ("Hofrath] gemeint ist …" in an apparatus block): a note after the first place that
    reads the lemma; an entry whose lemma is not in the text is a note, its lemma kept."""
    root, _ = encode("<html><body><p>Lieber Bruder,</p><p>Der Hofrath war gestern hier und "
                     "brachte Nachricht.</p><p>Dein Wilhelm</p><div class=\"commentary\">"
                     "<p>Hofrath] gemeint ist Johann Friedrich Blumenbach.</p>"
                     "<p>Kassel] nicht im Brief genannt.</p></div></body></html>", "brief.html")
    notes = xp(root, "//t:body//t:note")
    assert texts(root, "//t:body//t:note") == ["gemeint ist Johann Friedrich Blumenbach.",
                                               "Kassel] nicht im Brief genannt."]
    assert notes[0].getparent().tag.endswith("p")
    assert "Hofrath]" not in " ".join(texts(root, "//t:body//t:p"))


def test_postscript_after_named_signature():
    """An edition's letter page with class="signed" and a P.S. paragraph after it (the
    Van Gogh letters' and the Shelley letters' form): the signature stays the signature,
    the P.S. is the postscript."""
    root, _ = encode("<html><body><p class=\"salute\">My dear Theo,</p><p>Thanks for your "
                     "letter and the money.</p><div class=\"signed\">Ever yours, Vincent</div>"
                     "<p>P.S. Write soon.</p></body></html>", "vangogh.html")
    assert texts(root, "//t:signed") == ["Ever yours, Vincent"]
    assert texts(root, "//t:postscript") == ["P.S. Write soon."]


def test_bracketed_exclamation_is_sic():
    """A German scholarly edition's sic mark: "[!]" after the writer's spelling marks the
    word as the writer's (<sic>), never an exclamation mark the editor supplied."""
    root, _ = encode("Lieber Bruder!\n\nWir haben den Brif [!] gestern erhalten.\n\n"
                     "Dein Karl\n", "brief.txt")
    assert texts(root, "//t:sic") == ["Brif"]
    assert not xp(root, "//t:supplied")


def test_unclear_class_and_illegible_placeholders():
    """A TEI-derived letter page (the Schnitzler edition's form): <span class="unclear">
    is an <unclear> reading; one of placeholders (¿¿¿...¿¿¿) is an illegible gap."""
    root, _ = encode("<html><body><p>Ich hoffe, dass <span class=\"unclear\">¿¿¿...¿¿¿</span> "
                     "Du bald <span class=\"unclear\">wieder</span> kommst.</p></body></html>",
                     "schnitzler.html")
    assert texts(root, "//t:unclear") == ["wieder"]
    assert [g.get("reason") for g in xp(root, "//t:gap")] == ["illegible"]
    assert "¿" not in " ".join(texts(root, "//t:body"))


def test_two_digit_year_takes_the_stated_century():
    """A family letter of 1867 in a digital edition, its dateline "3.5.67." under the
    editor's heading with the full date: 1867-05-03, never 1967."""
    root, _ = encode("# Brief der Mutter an Wilhelm vom 3. Mai 1867\n\n3.5.67.\n\n"
                     "Mein lieber Wilhelm!\n\nWir sind alle wohl.\n\nDeine Mutter\n", "brief.md")
    assert [d.get("when") for d in xp(root, "//t:dateline/t:date")] == ["1867-05-03"]
    assert xp(root, "//t:creation/t:date")[0].get("when") == "1867-05-03"


def test_roman_month_and_month_range():
    """"16.IV.33" (a Roman month, as Central European hands write it) and an editor's
    "Oktober/November 1916" for an undated letter (the year, never November)."""
    from teikit.readers.dates import find_date
    assert find_date("Wien, 16.IV.33").when == "1933-04-16"
    assert find_date("Brief vom Oktober/November 1916").when == "1916"


def test_second_named_letter_on_a_page_is_a_letter_of_its_own():
    """An edition's page of a letter with an enclosed letter (the Escher correspondence's
    form, TEI class names kept): the salutation after the first letter's named signature
    opens a second letter; its P.S. is its postscript."""
    root, _ = encode("<html><body><p class=\"salute\">Lieber Freund!</p><p>Beiliegend der "
                     "Brief meines Bruders.</p><div class=\"signed\">Dein Alfred</div>"
                     "<p class=\"salute\">Geehrter Herr!</p><p>Ich danke für Ihre Nachricht "
                     "vom Montag.</p><p>Ihr ergebener Heinrich</p><p>P.S. Grüße an alle.</p>"
                     "</body></html>", "escher.html")
    letters = xp(root, "//t:div[@type='letter']")
    assert len(letters) == 2
    assert texts(root, "//t:div[@type='letter'][2]//t:salute") == ["Geehrter Herr!"]
    assert texts(root, "//t:postscript") == ["P.S. Grüße an alle."]
