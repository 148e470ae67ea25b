"""Round 34 of the scouting (/work/scout/REPORT34.md): parliamentary records outside the
English-speaking world (the German Bundestag's Plenarprotokolle, the Austrian Nationalrat,
the Polish Sejm, the Czech Poslanecká sněmovna, the Norwegian Storting). The inputs are
written for these tests in the forms of the scouts' documents (the records are official
documents of those parliaments, free of copyright as official works: § 5 UrhG in Germany
and Austria, art. 4 of the Polish copyright act, § 3 of the Czech one, § 13 of the
Norwegian åndsverkloven); no sentence is copied beyond the short forms of their notes."""
from __future__ import annotations

from teiquery import encode, texts, xp

SPEECH = ("Wer aus dieser Familie austreten möchte, der kann nicht erwarten, dass damit "
          "alle Pflichten entfallen, die Privilegien aber bleiben.")

# ------------------------------------------------------------------ interjections (F2)


def test_a_wrapped_note_of_the_room_is_no_speaker_label():
    """"(Beifall … sowie" / "bei Abgeordneten …" / "GRÜNEN – Zuruf von der LINKEN: Oh!)":
    one note of the room; its last line opens no turn, and the speech after it stays the
    speaker's."""
    root, _ = encode("Präsident Dr. Norbert Lammert:\nIch erteile das Wort der "
                     "Bundeskanzlerin.\n\n(Beifall bei der CDU/CSU und der SPD)\n\n"
                     "Dr. Angela Merkel, Bundeskanzlerin:\nEs wird einen Unterschied machen.\n\n"
                     "(Beifall bei der CDU/CSU und der SPD sowie\nbei Abgeordneten des "
                     "BÜNDNISSES 90/DIE\nGRÜNEN – Zuruf von der LINKEN: Oh!)\n\n"
                     + SPEECH + "\n\n(Zustimmung bei der SPD)\n\nHerzlichen Dank.\n\n"
                     "Präsident Dr. Norbert Lammert:\nVielen Dank.\n", "protokoll.txt")
    assert texts(root, "//t:body//t:speaker") == ["Präsident Dr. Norbert Lammert",
                                          "Dr. Angela Merkel, Bundeskanzlerin",
                                          "Präsident Dr. Norbert Lammert"]
    assert texts(root, "//t:incident/t:desc") == [
        "Beifall bei der CDU/CSU und der SPD",
        "Beifall bei der CDU/CSU und der SPD sowie bei Abgeordneten des BÜNDNISSES 90/DIE "
        "GRÜNEN – Zuruf von der LINKEN: Oh!",
        "Zustimmung bei der SPD"]
    merkel = xp(root, "//t:sp[t:speaker='Dr. Angela Merkel, Bundeskanzlerin']")[0]
    assert [" ".join("".join(p.itertext()).split()) for p in xp(merkel, "t:p")] == [
        "Es wird einen Unterschied machen.", SPEECH, "Herzlichen Dank."]
    assert not xp(root, "//t:stage")


def test_a_run_in_note_with_events_apart_at_a_dash_is_one_incident():
    """"(Beifall bei den Grünen. – Abg. Stögmüller: Chemtrails!)" inside a paragraph: one
    incident, its words kept, the parentheses the reporter's signs."""
    root, _ = encode("181. Sitzung\n\nPräsident Dr. Norbert Lammert:\nDas Wort hat Herr "
                     "Bartsch.\n\nDr. Dietmar Bartsch (DIE LINKE):\nIch bedanke mich. Das ist "
                     "eine Aufgabe für die Institutionen. (Beifall bei den Grünen. – Abg. "
                     "Stögmüller: Chemtrails!) Wir erinnern uns.\n\n"
                     "Präsident Dr. Norbert Lammert:\nVielen Dank.\n", "protokoll.txt")
    assert texts(root, "//t:p/t:incident/t:desc") == [
        "Beifall bei den Grünen. – Abg. Stögmüller: Chemtrails!"]
    assert texts(root, "//t:sp[t:speaker='Dr. Dietmar Bartsch (DIE LINKE)']/t:p") == [
        "Ich bedanke mich. Das ist eine Aufgabe für die Institutionen. Beifall bei den "
        "Grünen. – Abg. Stögmüller: Chemtrails! Wir erinnern uns."]


def test_a_named_interjection_in_parentheses_is_a_note_of_the_room_like_applause():
    """"(Volker Kauder [CDU/CSU]: Eben, Herr Bartsch!)" and "(Abg. Dr. Koch: Zu § 3!)":
    the same encoding as "(Beifall bei der SPD.)", the words kept; "(Erste Beratung: 123.
    Sitzung.)" names no one and stays as printed."""
    root, _ = encode("Präsident Dr. Norbert Lammert:\nIch eröffne die Aussprache,\n\n"
                     "(Volker Kauder [CDU/CSU]: Eben, Herr Bartsch!)\n\nwas ich hiermit tue."
                     "\n\n(Beifall bei der SPD.)\n\n(Abg. Dr. Koch: Zu § 3!)\n\n"
                     "(Erste Beratung: 123. Sitzung.)\n\nDr. Dietmar Bartsch (DIE LINKE):\n"
                     "Ich bedanke mich.\n\nPräsident Dr. Norbert Lammert:\nVielen Dank.\n",
                     "protokoll.txt")
    assert texts(root, "//t:body//t:incident/t:desc") == [
        "Volker Kauder [CDU/CSU]: Eben, Herr Bartsch!", "Beifall bei der SPD.",
        "Abg. Dr. Koch: Zu § 3!"]
    assert texts(root, "//t:body//t:stage") == ["(Erste Beratung: 123. Sitzung.)"]


def test_a_label_after_a_parenthesis_that_never_closes_is_still_a_turn():
    """A parenthesis left open by a misprint proves nothing: the label two lines under it
    still opens a turn."""
    root, _ = encode("MINUTES\n\nCHAIR: We begin.\n\nMS. BAKER: Agreed.\n\n"
                     "CHAIR: We go on (as agreed\nthis morning.\nMS. BAKER: Agreed.\n\n"
                     "CHAIR: Thank you.\n", "minutes.txt")
    assert texts(root, "//t:body//t:speaker") == ["CHAIR", "MS. BAKER"] * 2 + ["CHAIR"]


# ------------------------------------------------------------------ masthead (F1)

def test_a_paragraph_per_line_record_is_no_newspaper_page():
    """One paragraph a line, a year and "Nr." near the top: no masthead left out; the
    sitting's title and date stay in the text."""
    item = ("Item {n}. The Council considered the report of the Streets Committee on the "
            "repair of the roads in the eastern ward and resolved that the recommendations "
            "be adopted (Nr. {n}).")
    text = ("MINUTES OF THE TOWN COUNCIL\nMeeting held on Tuesday, 3 May 1923, at the Town "
            "Hall.\n" + "\n".join(item.format(n=n) for n in range(1, 65)) + "\n")
    root, report = encode(text, "minutes.txt")
    assert texts(root, "//t:body//t:head") == ["MINUTES OF THE TOWN COUNCIL"]
    assert texts(root, "//t:body//t:p")[0].startswith(
        "Meeting held on Tuesday, 3 May 1923, at the Town Hall.")
    assert "newspaper-masthead" not in str(report)


# ------------------------------------------------------------------ rejoined (F3)

GERMAN = ("Die Bundesregierung hat sich in dieser Frage immer für eine gemeinsame europäische "
          "Lösung der Partner eingesetzt, und das wird sie auch weiterhin tun.")


def test_a_german_paragraph_cut_after_a_capitalised_word_is_one_again():
    """In a text whose paragraphs end in punctuation, "… Liebe Kolleginnen" / "und
    Kollegen!" and "… für die Europäische" / "Union nicht." are one paragraph each (the
    word before the capital is written in lower case elsewhere: "europäische"); not "… in
    Brüssel" over a capital, a noun the text never writes in lower case."""
    body = "\n\n".join([GERMAN] * 16)
    root, _ = encode("Regierungserklärung\n\nPräsident Dr. Norbert Lammert:\nDas Wort hat "
                     "die Bundeskanzlerin.\n\nDr. Angela Merkel, Bundeskanzlerin:\nSehr geehrter "
                     "Herr Präsident! Liebe Kolleginnen\n\nund Kollegen! Meine Damen und "
                     "Herren!\n\n" + body +
                     "\n\nDas gilt für das Vereinigte Königreich wie auch für die Europäische"
                     "\n\nUnion nicht. Der Donnerstag war ein Einschnitt.\n\n"
                     "Ausgang des Referendums am 28./29. Juni 2016 in Brüssel\n\n" + GERMAN
                     + "\n\nPräsident Dr. Norbert Lammert:\nVielen Dank.\n", "rede.txt")
    paras = texts(root, "//t:body//t:p")
    assert paras[1] == "Sehr geehrter Herr Präsident! Liebe Kolleginnen und Kollegen! Meine " \
        "Damen und Herren!"
    assert "Das gilt für das Vereinigte Königreich wie auch für die Europäische Union nicht. " \
        "Der Donnerstag war ein Einschnitt." in paras
    assert "Ausgang des Referendums am 28./29. Juni 2016 in Brüssel" in paras   # a noun


def test_an_english_paragraph_ending_in_a_name_is_not_joined_to_a_capital():
    body = "\n\n".join(["The committee met in the morning and agreed on the report, which "
                        "was sent to the council for a decision."] * 8)
    root, _ = encode(body + "\n\nThe delegates then travelled on to meet in Brussels\n\n"
                     "Nobody objected to the plan at the end of the long day.\n", "notes.txt")
    assert "The delegates then travelled on to meet in Brussels" in texts(root, "//t:body//t:p")


def test_a_word_cut_with_its_hyphen_repeated_over_a_blank_line_is_one_word():
    """OCR of an old print: "Doku-" / blank / "-mentene ble …": one word, one paragraph."""
    root, _ = encode("Anklager mot Luftforsvarets ledelse\n\nForsvarsdepartementet sendte da "
                     "en redegjørelse, og Doku-\n\n"
                     "-mentene ble oversendt til Generaladvokaten den 27 november.\n",
                     "side.txt")
    assert texts(root, "//t:body//t:p") == ["Forsvarsdepartementet sendte da en redegjørelse, og "
                                    "Dokumentene ble oversendt til Generaladvokaten den 27 "
                                    "november."]


# ------------------------------------------------------------------ long labels (F6)

def test_a_long_office_label_that_opens_with_the_documents_label_is_a_turn():
    """"Dr. de With, Parl. Staatssekretär beim Bundesminister der Justiz:" (64 signs) opens
    with the later label "Dr. de With, Parl. Staatssekretär"; "Grüner, Parl. Staatssekretär
    beim Bundesminister für Wirtschaft:" is a name and an office the labels use."""
    root, _ = encode(
        "Fragestunde\n\n"
        "Vizepräsident Windelen: Ich rufe die Frage 2 des Herrn Abgeordneten Bohl auf.\n"
        "Dr. de With, Parl. Staatssekretär beim Bundesminister der Justiz: Eine Forderung "
        "liegt der Bundesregierung nicht vor.\n"
        "Vizepräsident Windelen: Herr Abgeordneter Dr. Voss.\n"
        "Dr. Voss (CDU/CSU): Herr Staatssekretär, darf ich Sie fragen?\n"
        "Dr. de With, Parl. Staatssekretär: Das Prinzip ist kein neues Prinzip.\n"
        "Vizepräsident Windelen: Ich rufe Frage 73 auf.\n"
        "Grüner, Parl. Staatssekretär beim Bundesminister für Wirtschaft: Die Forderungen "
        "sind bekannt.\n"
        "Vizepräsident Windelen: Eine Zusatzfrage? — Bitte.\n"
        "Grüner, Parl. Staatssekretär: Ja.\n", "fragestunde.txt")
    assert texts(root, "//t:body//t:speaker") == [
        "Vizepräsident Windelen",
        "Dr. de With, Parl. Staatssekretär beim Bundesminister der Justiz",
        "Vizepräsident Windelen", "Dr. Voss (CDU/CSU)", "Dr. de With, Parl. Staatssekretär",
        "Vizepräsident Windelen",
        "Grüner, Parl. Staatssekretär beim Bundesminister für Wirtschaft",
        "Vizepräsident Windelen", "Grüner, Parl. Staatssekretär"]
    assert texts(root, "//t:sp[2]/t:p") == ["Eine Forderung liegt der Bundesregierung nicht vor."]


def test_a_long_line_with_a_colon_in_prose_is_no_label():
    root, _ = encode(
        "Minutes\n\nCHAIR: We begin.\n\nMS. BAKER: Agreed.\n\n"
        "The committee considered at length the following question of the day: whether the "
        "roads should be repaired.\n\nCHAIR: Thank you.\n", "minutes.txt")
    assert texts(root, "//t:body//t:speaker") == ["CHAIR", "MS. BAKER", "CHAIR"]


# ------------------------------------------------------------------ front matter (F4)

def test_contents_lines_with_column_references_are_a_list_and_beginn_a_stage():
    """Dot leaders before "17881 B" (page and column) are layout; the three entries and
    more are a list of contents under "Inhalt:"; "Beginn: 10.30 Uhr" is the sitting's
    time, a stage direction."""
    root, report = encode(
        "Plenarprotokoll 18/181\n\n181. Sitzung\n\nInhalt:\n\n"
        "Dr. Angela Merkel, Bundeskanzlerin . . . . . . .  17881 B\n\n"
        "Dr. Dietmar Bartsch (DIE LINKE) . . . . . . . . .  17884 D\n\n"
        "Geschäftliche Mitteilungen . 5643D, 5644A\n\n"
        "Zur Tagesordnung \t 5644B\n\n"
        "Beginn: 10.30 Uhr\n\n"
        "Präsident Dr. Norbert Lammert:\nNehmen Sie bitte Platz. Die Sitzung ist eröffnet.\n\n"
        "Dr. Angela Merkel, Bundeskanzlerin:\nHerr Präsident!\n\n"
        "Präsident Dr. Norbert Lammert:\nVielen Dank.\n", "protokoll.txt")
    assert texts(root, "//t:list[@type='contents']/t:head") == ["Inhalt:"]
    assert texts(root, "//t:list[@type='contents']/t:item") == [
        "Dr. Angela Merkel, Bundeskanzlerin 17881 B", "Dr. Dietmar Bartsch (DIE LINKE) 17884 D",
        "Geschäftliche Mitteilungen . 5643D, 5644A", "Zur Tagesordnung 5644B"]
    assert texts(root, "//t:body//t:stage") == ["Beginn: 10.30 Uhr"]
    assert "leaders" in str(report)


def test_two_lines_ending_in_numbers_are_no_contents():
    root, _ = encode("Prices\n\nApples  12\n\nPears  14\n\nThe market closed early.\n",
                     "prices.txt")
    assert not xp(root, "//t:list[@type='contents']")


# ------------------------------------------------------------------ heading labels (F5)

def test_a_heading_label_owns_its_paragraph_even_when_it_opens_with_a_colon():
    """"#### Prezes Rady Ministrów Donald Tusk:" over "Słuchajcie: kiedyś …" ("Listen:
    …"): Tusk's turn, the word no run-in label; no section heading."""
    root, _ = encode("# 20. posiedzenie\n\n#### Prezes Rady Ministrów Donald Tusk:\n\n"
                     "Dziękuję bardzo. Panie Marszałku!\n\n#### Poseł Jarosław Sachajko:\n\n"
                     "Panie Marszałku! Wysoka Izbo!\n\n#### Prezes Rady Ministrów Donald Tusk:\n\n"
                     "Słuchajcie: kiedyś ludzie narażali swoje życie.\n\n"
                     "#### Poseł Jarosław Sachajko:\n\nFundusz stabilizacji - nie ma.\n",
                     "sejm.md")
    assert texts(root, "//t:body//t:speaker") == [
        "Prezes Rady Ministrów Donald Tusk", "Poseł Jarosław Sachajko"] * 2
    assert texts(root, "//t:sp[3]/t:p") == ["Słuchajcie: kiedyś ludzie narażali swoje życie."]
    assert texts(root, "//t:body//t:div[@type='section']/t:head") == []


def test_a_heading_label_over_a_recurring_run_in_label_is_no_section():
    """Where the paragraph under the heading opens with a label the document's paragraphs
    open with again ("Marszałek: …"), that label's turn follows; the heading is kept as a
    paragraph (reported), not a section's heading."""
    root, report = encode(
        "# 20. posiedzenie\n\nMarszałek: Otwieram posiedzenie.\n\n"
        "#### Prezes Rady Ministrów Donald Tusk:\n\nDziękuję bardzo. Panie Marszałku!\n\n"
        "#### Poseł Jarosław Sachajko:\n\nPanie Marszałku! Wysoka Izbo!\n\n"
        "#### Prezes Rady Ministrów Donald Tusk:\n\nMarszałek: Proszę o spokój.\n\n"
        "#### Poseł Jarosław Sachajko:\n\nFundusz stabilizacji - nie ma.\n", "sejm.md")
    assert texts(root, "//t:body//t:speaker") == [
        "Marszałek", "Prezes Rady Ministrów Donald Tusk", "Poseł Jarosław Sachajko",
        "Marszałek", "Poseł Jarosław Sachajko"]
    assert "Prezes Rady Ministrów Donald Tusk:" in texts(root, "//t:body//t:p")
    assert not xp(root, "//t:body//t:div[@type='section']")
    assert "empty-turn" in str(report)


# ------------------------------------------------------------------ run-on labels (F7)

def test_turns_run_on_after_clock_times_open_there():
    """A speech file whose line ends were lost: "… 12:07 12.07 Abgeordneter Mag. Werner
    Kogler (Grüne): …" and "… (Beifall bei den Grünen.) 12.12 Präsidentin Doris Bures: …":
    two turns, each time a <time> at its speech's start."""
    root, _ = encode(
        "Abg. Mag. Werner Kogler (Grüne), 6. Sitzung, XXVII. GP des NR, 12:07 12.07 "
        "Abgeordneter Mag. Werner Kogler (Grüne): Frau Präsidentin! Meine Damen und Herren! "
        "Die Abfolge der Redner bedingt es, dass ich meistens nach Abgeordneten der FPÖ zum "
        "Reden komme. (Beifall bei den Grünen.) Das muss man der FPÖ ja lassen. (Beifall bei "
        "den Grünen.) 12.12 Präsidentin Doris Bures: Nächste Rednerin: Frau Klubvorsitzende "
        "Beate Meinl-Reisinger. – Bitte.\n", "rede.txt")
    assert texts(root, "//t:body//t:speaker") == ["Abgeordneter Mag. Werner Kogler (Grüne)",
                                                  "Präsidentin Doris Bures"]
    assert texts(root, "//t:sp/t:p/t:time") == ["12.07", "12.12"]
    assert texts(root, "//t:sp[2]/t:p") == [
        "12.12 Nächste Rednerin: Frau Klubvorsitzende Beate Meinl-Reisinger. – Bitte."]
    assert texts(root, "//t:body//t:head") == [
        "Abg. Mag. Werner Kogler (Grüne), 6. Sitzung, XXVII. GP des NR, 12:07"]
    assert texts(root, "//t:titleStmt/t:title") == [
        "Abg. Mag. Werner Kogler (Grüne), 6. Sitzung, XXVII. GP des NR, 12:07"]


def test_one_clock_time_before_a_title_in_prose_opens_no_turn():
    root, _ = encode("The train left on time and we arrived at the station before noon. "
                     "12.30 Professor Smith: his lecture was long, and the hall was full of "
                     "students who had come from far away to hear him speak on the subject "
                     "of the ancient world and its many languages and peoples.\n", "diary.txt")
    assert not xp(root, "//t:body//t:sp")


# ------------------------------------------------------------------ converter's label line (F8)

PSP = ("## bod 63: Ústní interpelace\n\n*Poslankyně Olga Richterová* · stenozáznam: "
       "https://www.psp.cz/eknih/2017ps/stenprot/007schuz/s007115.htm#r{n}\n\n{speech}\n\n")


def test_an_emphasised_name_and_a_source_link_over_each_speech_are_label_and_note():
    root, _ = encode("# Vystoupení\n\n"
                     + PSP.format(n=1, speech="Dobrý den. Vážená paní ministryně.")
                     + PSP.format(n=4, speech="Možná jsem to přeslechla."), "psp.md")
    assert texts(root, "//t:body//t:speaker") == ["Poslankyně Olga Richterová"] * 2
    assert texts(root, "//t:sp/t:p") == ["Dobrý den. Vážená paní ministryně.",
                                         "Možná jsem to přeslechla."]
    assert texts(root, "//t:body//t:note[@type='source']") == [
        "stenozáznam: https://www.psp.cz/eknih/2017ps/stenprot/007schuz/s007115.htm#r1",
        "stenozáznam: https://www.psp.cz/eknih/2017ps/stenprot/007schuz/s007115.htm#r4"]


def test_one_emphasised_name_with_a_link_stays_a_paragraph():
    root, _ = encode("# Notes\n\n*Olga Richterová* · profile: https://www.psp.cz/p/1\n\n"
                     "Dobrý den.\n", "psp.md")
    assert not xp(root, "//t:body//t:sp")
    assert not xp(root, "//t:body//t:note[@type='source']")


# ------------------------------------------------------------------ an OCR'd page (F9)

STORTING = ("Departementet fant at de angrepne offiserer måtte få høve til å uttale seg om\n"
            "klagene, og Luftforsvarets overkommando ba på sin side klagerne om å utdype\n"
            "nærmere en del av klagene. På den måte kom en fram til mars-\n"
            "april 1945. Da fikk forberedelsene til operasjonene i Norge den fulle\n"
            "prioritet. I artikler i Dagbladet gjentok kaptein Omholt—Jensen anklagene mot Luft—\n"
            "forsvarets ledelse, og han navnga der de offiserer som han hadde klage mot.\n"
            "Han anket over at saken ikke var blitt rettslig prøvd, at den ikke var blitt\n"
            "ferdigbehandlet ute, men lå og drev. Saken ble sendt til General—\n"
            "advokaten, og Generaladvokaten har arbeidet med saken.\n")


def test_a_single_pages_running_head_with_its_number_is_a_page_break():
    """"1916. 12 mars. —— … ledelse. 319" over a page that opens in lower case: <pb
    n="319"/>, the head left out as a running head (no heading, no div/@n from the
    year); the OCR's dashes at line ends join words the page prints whole
    ("Luftforsvarets", "Generaladvokaten"); "mars-" / "april" keeps its hyphen."""
    root, report = encode("1916. 12 mars. —— Anklager mot Luftforsvarets ledelse. 319\n\n"
                          "overkommando ble ledet på. For det femte var det anket over at\n"
                          "ingeniørene ikke ble utnyttet.\n\n" + STORTING, "side.txt")
    assert xp(root, "//t:body//t:pb/@n") == ["319"]
    assert not xp(root, "//t:body//t:head")
    assert not xp(root, "//t:body/t:div/@n")
    text = " ".join(texts(root, "//t:body//t:p"))
    assert "mot Luftforsvarets ledelse" in text and "til Generaladvokaten, og" in text
    assert "fram til mars-april 1945" in text
    assert "Omholt—Jensen" in text
    assert "running-head" in str(report)


def test_a_dash_at_a_line_end_in_prose_stays_a_dash():
    root, _ = encode("A Walk\n\nWe walked along the river and she said—\nand then we turned "
                     "back to the town before the rain came down on us all.\n", "walk.txt")
    assert "she said—and then we turned" in texts(root, "//t:body//t:p")[0]


# ------------------------------------------------------------------ converter's verb (F10)

SEJM = ("# 20. posiedzenie\n\n#### Prezes Rady Ministrów Donald Tusk:\n\n"
        "Dziękuję bardzo. Panie Marszałku! Panie i Panowie! To jest dla nas bardzo ważny dzień "
        "i nie ma w tym nic dziwnego, że jest tak wiele emocji.\n\n"
        "> *Głos z sali interrupts:* Jaki wniosek formalny?\n\n"
        "W tej sprawie głos zabierali ministrowie, a nie posłowie, i tak jest od lat.\n\n"
        "#### Poseł Jarosław Sachajko:\n\nPanie Marszałku! Wysoka Izbo! To jest dla nas "
        "bardzo ważne.\n\n#### Prezes Rady Ministrów Donald Tusk:\n\nProszę się nie gniewać, "
        "panie pośle, ale to nie jest prawda.\n\n#### Poseł Jarosław Sachajko:\n\n"
        "Fundusz stabilizacji dla rolników - nie ma.\n")


def test_a_converters_english_verb_in_a_polish_record_marks_an_interjection():
    """"> *Głos z sali interrupts:* Jaki wniosek formalny?": "interrupts" is the converter's
    word (left out, reported); the voice from the floor is an incident inside Tusk's turn,
    whose speech goes on after it."""
    root, report = encode(SEJM, "sejm.md")
    assert texts(root, "//t:body//t:speaker") == [
        "Prezes Rady Ministrów Donald Tusk", "Poseł Jarosław Sachajko"] * 2
    tusk = xp(root, "//t:sp[1]")[0]
    assert texts(tusk, "t:incident/t:desc") == ["Głos z sali: Jaki wniosek formalny?"]
    assert len(xp(tusk, "t:p")) == 2
    assert not xp(root, "//t:stage")
    assert "interrupts" in str(report) and "converter-verb" in str(report)


def test_an_english_verb_in_an_english_transcript_stays_a_turn():
    root, _ = encode("# Hearing\n\n*Mr. Smith says:* We begin.\n\n*Ms. Jones replies:* "
                     "Agreed, and we go on with the first question of the day.\n\n"
                     "*Mr. Smith says:* Thank you. The committee will now hear the witness.\n",
                     "hearing.md")
    assert texts(root, "//t:body//t:speaker") == ["Mr. Smith", "Ms. Jones", "Mr. Smith"]


def test_a_wrapped_contents_entry_is_one_item():
    """"Schäffer, Bundesminister der" / "Finanzen 5646B, 5647D" is one entry; a line of
    references alone ("5648A, 5649D") ends the entry above; "Bundestag 5644A" (the column
    letter on the page) needs no leaders."""
    root, _ = encode("\n\n".join([
        "143. Sitzung", "Bonn, Mittwoch, den 23. Mai 1951.",
        "Eintritt des Abg. Franke in den Bundestag 5644A", "Dr. Bertram (Z) \t 5645D, 5648B",
        "Schäffer, Bundesminister der", "Finanzen \t 5646B, 5647D",
        "Abstimmungen \t 5644C, 5645C, 5646B, D,", "5648A, 5649D", "Dr. Koch (SPD) \t 5646C",
        "Die Sitzung wird um 10 Uhr 6 Minuten durch den Präsidenten Dr. Ehlers eröffnet.",
        "Präsident Dr. Ehlers: Meine Damen und Herren! Ich eröffne die 143. Sitzung.",
        "Dr. Koch (SPD): Herr Präsident! Meine Damen und Herren!",
        "Präsident Dr. Ehlers: Das Wort hat der Herr Abgeordnete Dr. Bertram."]) + "\n",
        "protokoll.txt")
    assert texts(root, "//t:list[@type='contents']/t:item") == [
        "Eintritt des Abg. Franke in den Bundestag 5644A", "Dr. Bertram (Z) 5645D, 5648B",
        "Schäffer, Bundesminister der Finanzen 5646B, 5647D",
        "Abstimmungen 5644C, 5645C, 5646B, D, 5648A, 5649D", "Dr. Koch (SPD) 5646C"]
    assert texts(root, "//t:body//t:head") == ["143. Sitzung"]
    assert texts(root, "//t:body//t:stage") == [
        "Die Sitzung wird um 10 Uhr 6 Minuten durch den Präsidenten Dr. Ehlers eröffnet."]


def test_a_heading_label_over_its_own_label_run_in():
    root, _ = encode(
        "# 20. posiedzenie\n\n#### Prezes Rady Ministrów Donald Tusk:\n\nDziękuję bardzo.\n\n"
        "#### Poseł Jarosław Sachajko:\n\nPanie Marszałku! Wysoka Izbo!\n\n"
        "#### Prezes Rady Ministrów Donald Tusk:\n\nPrezes Rady Ministrów Donald Tusk: Słowo "
        "klucz to bezpieczeństwo.\n\n#### Poseł Jarosław Sachajko:\n\nNie ma.\n", "sejm.md")
    assert texts(root, "//t:sp[t:speaker='Prezes Rady Ministrów Donald Tusk']/t:p") == [
        "Dziękuję bardzo.", "Słowo klucz to bezpieczeństwo."]
