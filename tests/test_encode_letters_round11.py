"""Letters whose parts are not set out in blocks of their own (round 11): a despatch
transcribed line for line with no blank line anywhere, a soldier's letter home typed with
its date and salutation in one block and its closing, signature, postscript and the
transcriber's note run on under the last paragraph. One small example each, from the real
documents; every master is also checked against the schema (encode refuses an invalid
one)."""
from __future__ import annotations

from teiquery import encode, texts, xp

# Christofforo Suriano to the Doge, The Hague, 6 March 1623 (the Huygens edition's plain
# text export: the manuscript's lines, no blank line between the letter's parts)
DESPATCH = """\
--- page 010r---
2da
n° 477 comincia 476
Serenissimo Principe
la causa perché andai al signor principe d’Oranges fu per par-
largli di una lettera, che havevo ricevuto dai signori dell’amira-
lità di Roterdam, colla quale mi davano parte di haver
havuta sententia contro di loro da questa corte di Holanda
et obligatoria a pagar ai partionevoli quella nave nominata
Li tre re delle dodici, che mandai del 1618 al
servitio della Serenità vostra, et si abbracciò li 16 del mese di
luglio del 1619 in golfo.
--- page 010v---
Li quattro, che scopersero quello, che doveva esse-
quirsi sono stati regalati di 600 fiorini per uno d’un
vestito dai signori Stati; et promessa di avanzamento
nelle prime occasioni. Gratie etc.
Dall’Haya li 6 marzo 1623
di vostra Serenità
humilissimo, et devotissimo servitore
Christofforo Suriano

--- page 012r---


--- page 012v---
Al serenissimo principe di Venetia
2da n° 477 comincia
476
"""


def test_a_despatch_transcribed_line_for_line_has_its_opener_and_closer():
    """Suriano's despatch (1623): the salutation under the despatch's number lines, and at
    the end the place and date, the servant's formula over two lines and the name, each a
    line of the one block the text is."""
    root, _ = encode(DESPATCH, "suriano.txt")
    assert texts(root, "//t:opener/t:salute") == ["Serenissimo Principe"]
    assert texts(root, "//t:opener/t:seg[@type='address']") == ["2da n° 477 comincia 476"]
    assert xp(root, "//t:closer/t:dateline/t:date/@when") == ["1623-03-06"]
    assert texts(root, "//t:closer/t:salute") == [
        "di vostra Serenità humilissimo, et devotissimo servitore"]
    assert texts(root, "//t:closer/t:signed") == ["Christofforo Suriano"]
    paragraphs = texts(root, "//t:div/t:p")
    assert paragraphs[0].startswith("la causa perché andai al signor principe d’Oranges fu "
                                    "per parlargli di una lettera")
    assert paragraphs[-1].endswith("nelle prime occasioni. Gratie etc.")


def test_the_closing_date_of_a_despatch_dates_it():
    """Suriano's despatch: the opening has no date; the place and date over the closing
    date the document."""
    root, _ = encode(DESPATCH, "suriano.txt")
    assert xp(root, "//t:profileDesc/t:creation/t:date/@when") == ["1623-03-06"]


def test_the_address_on_the_outer_leaf_stays_with_the_closer():
    """Suriano's despatch: the address the letter was folded under, on a page of its own
    after the signature, is the closer's address (no postscript), the page breaks before
    it kept where they stand."""
    root, _ = encode(DESPATCH, "suriano.txt")
    address = xp(root, "//t:closer/t:seg[@type='address']")
    assert len(address) == 1 and address[0].text == "Al serenissimo principe di Venetia"
    assert len(xp(address[0], "t:lb")) == 2          # (its lines as they stand)
    assert xp(root, "//t:closer/t:pb/@n") == ["012r", "012v"]
    assert not xp(root, "//t:postscript")


# A soldier's letter home (Donald, Cape Town, 10 December 1916; a family's transcription)
LETTER_HOME = """\
Sunday 10 December 1916
My darling wife

It took two and a half days from Durban to Cape Town. The run along the coast was very \
tame really, nothing of importance to relate.

Last night there was a grand concert, absolutely the best it's the last now until we \
reach the old Blighty*.

Well dear old girl I'll now ring off for a few days hoping you are in the best of health.
Love and kisses to my darling wife from your ever true and loving hubby.
\t\t\t\t\tDon
Also enclosing another photo. Do you think I'm getting fatter, they all say I am?
Love to my darling.
*Blighty means England"""


def test_a_salutation_under_the_date_in_one_block_opens_the_letter():
    """Donald's letter: "Sunday 10 December 1916" / "My darling wife" with no blank line
    between: the date is the dateline, the endearment the salutation (no line of the
    dateline)."""
    root, _ = encode(LETTER_HOME, "letter.txt")
    assert xp(root, "//t:opener/t:dateline/t:date/@when") == ["1916-12-10"]
    assert texts(root, "//t:opener/t:dateline") == ["Sunday 10 December 1916"]
    assert texts(root, "//t:opener/t:salute") == ["My darling wife"]


def test_love_sent_and_a_name_typed_to_the_right_close_the_letter():
    """Donald's letter: the closing of love and the name indented by tabs, under the last
    paragraph with no blank line; the lines under the name are the postscript."""
    root, _ = encode(LETTER_HOME, "letter.txt")
    assert texts(root, "//t:closer/t:salute") == [
        "Love and kisses to my darling wife from your ever true and loving hubby."]
    assert texts(root, "//t:closer/t:signed") == ["Don"]
    assert [t.strip() for t in xp(root, "//t:postscript/t:p/text()")] == [
        "Also enclosing another photo. Do you think I'm getting fatter, they all say I am?",
        "Love to my darling."]                         # (two lines, as typed)


def test_a_symbol_glued_to_the_word_it_explains_is_a_note():
    """Donald's letter: the transcriber's gloss "*Blighty means England" on the last line,
    the word marked "Blighty*" in the text: a note at the marker, no text left over."""
    root, _ = encode(LETTER_HOME, "letter.txt")
    assert texts(root, "//t:note") == ["Blighty means England"]
    note = xp(root, "//t:note")[0]
    assert "".join(note.getparent().itertext()).startswith("Last night")
    body = "".join(xp(root, "//t:body")[0].itertext())
    assert "*" not in body


def test_an_endearment_over_the_text_of_a_letter_is_its_salutation():
    """Donald's letters in HTML (1916, 1917): the greeting under the dateline in a
    paragraph of its own, with no comma ("My darling wife", "To my dear sweetheart and
    bonny son")."""
    for greeting in ("My darling wife", "To my dear sweetheart and bonny son"):
        root, _ = encode(f"<html><body><p>Hurdcott Camp 5th November 1917</p><p>{greeting}</p>"
                         "<p>After posting your letter yesterday, kiddie, I received the card."
                         "</p><p>Love to my darling</p><p>Don</p></body></html>", "l.html")
        assert texts(root, "//t:opener/t:salute") == [greeting]
        assert texts(root, "//t:closer/t:salute") == ["Love to my darling"]
        assert texts(root, "//t:closer/t:signed") == ["Don"]


def test_short_lines_under_a_text_are_no_closing_without_its_formula():
    """Lines of a text typed with no blank line stay in their block when no closing's
    words prove them: a sentence's end, then names one under another (those present)."""
    root, _ = encode("Minutes\n\nThe meeting opened at ten. Present were:\nJohn Smith\n"
                     "Mary Jones\n", "minutes.txt")
    assert not xp(root, "//t:closer")
    assert not xp(root, "//t:opener")


def test_a_verse_ending_in_a_name_is_no_signature():
    """A closing word inside a text (a line of verse that opens with "Yours") is no closing
    unless the line over it ends a sentence and a name ends the block under it."""
    root, _ = encode("Song\n\nI gave my heart away,\nyours is the song I sing,\n"
                     "Mary Jones\nand all the rest.\n", "song.txt")
    assert not xp(root, "//t:closer")


def test_a_short_line_that_ends_a_sentence_ends_a_paragraph_of_a_transcription():
    """Suriano's despatch (1623), transcribed line for line with no blank line: a short
    line that ends a sentence under a full one ("delle solite burle dei Spagnuoli.") ends
    the paragraph; the next one opens with a capital."""
    head = DESPATCH[:DESPATCH.index("Li quattro")]
    root, result = encode(head + """\
Si ha qui l’assoluto scioglimento della dieta di Ratisbona senza
la dispositione dell’elettorato. A Brusseles publicano
pagnuoli, che si haverebbe trovato modo di sodisfar
all’Inghilterra con dar l’elettorato a questo giovane prin-
cipe figlio del re di Bohemia purché si vadi a
nutrir in corte cesarea; et per sodifar a Baviera,
si aggiungerebbono doi altri elettori al numero ordinario
tanto che siano otto uno ecclesiastico l’altro laico per questo
Baviera per l’altro Vispurgh; ma si tiene qui, che siano
delle solite burle dei Spagnuoli.
Vengono avvisi freschi di Alemagna, che portano un mal
talento, che in corte cesarea si ha contra l’elettor
di Sassonia, et che se non vorrà adherir, come ha fatto
per il passato alla casa d’Austria se li minaccia d’in-
vaderli il Paese, et privarlo dello Stato.
""", "suriano.txt")
    assert "paragraph-ends" in result.report()["rules"]
    paragraphs = texts(root, "//t:div/t:p")
    assert paragraphs[-2].startswith("Si ha qui") and paragraphs[-2].endswith(
        "delle solite burle dei Spagnuoli.")
    assert paragraphs[-1].startswith("Vengono avvisi freschi di Alemagna")


def test_a_list_of_short_lines_in_a_long_block_keeps_its_lines():
    """Short lines that end sentences one under another (a list typed without blank lines)
    are no paragraph ends: only a short line under a full one ends a paragraph."""
    items = "\n".join(f"Item {n} is done." for n in range(1, 15))
    root, _ = encode(f"Notes\n\n{items}\n", "notes.txt")
    assert len(xp(root, "//t:div/t:p")) == 1


def test_the_date_under_the_last_sentence_and_the_name_under_it_close_the_letter():
    """Paul Meyer to Ernesto Monaci (13 May 1873, a paragraph a line): the date on the line
    under the last sentence, with no blank line, and the name under it are the closer's
    dateline and signature in a letter that opens with a salutation."""
    root, _ = encode("Monsieur,\nL'un de mes anciens maîtres désire faire faire la copie "
                     "partielle d'un ms. italien qui est au Vatican. Je crois qu'un mandat "
                     "par la poste est ce qu'il y a de plus commode.\nDans l'espérance que "
                     "vous voudriez bien me faire la faveur d'une réponse, je vous prie "
                     "d'agréer, Monsieur, l'expression de mes sentiments les plus distingués,"
                     "\n13 mai 1873\nPaul Meyer\n", "meyer.txt")
    assert texts(root, "//t:opener/t:salute") == ["Monsieur,"]
    assert xp(root, "//t:closer/t:dateline/t:date/@when") == ["1873-05-13"]
    assert texts(root, "//t:closer/t:signed") == ["Paul Meyer"]
    assert texts(root, "//t:div/t:p")[-1].endswith("les plus distingués,")


def test_a_date_over_a_name_closes_no_text_without_a_salutation():
    """A report that ends with its date and a place under the last paragraph is no letter:
    without a salutation, a date over a name is no closer."""
    root, _ = encode("Report\n\nThe committee met twice and agreed on the budget for the "
                     "coming year.\n13 May 1873\nWashington\n", "report.txt")
    assert not xp(root, "//t:closer")


def test_a_closing_formula_under_the_last_sentence_and_a_name_apart_close_the_letter():
    """Adolfo Mussafia to Ernesto Monaci (Vienna, 1872; a paragraph a line): the servant's
    formula on the line under the last sentence ("… E mi creda sempre" / "Suo dev.o"), the
    name on a line of its own; the salutation that opens the letter is no heading."""
    last = ("Mi riverisca i suoi colleghi; esprima le mie congratulazioni allo Stengel della "
            "buona ventura ch'egli fa, e dell'eccellente modo con cui fu gratificato. E mi "
            "creda sempre")
    root, _ = encode("Pregiatissimo Signor Monaci!\nLe rendo grazie sincere dell'avermi "
                     "inviato il primo fascicolo della Rivista. Il periodico comincia bene; e "
                     "me ne congratulo di cuore con lor signori. L'articolo primo del Signor "
                     "Canello sembrami fatto un po' in fretta, e può dar luogo a molte "
                     f"rettificazioni.\n{last}\nSuo dev.o\nA Mussafia\n", "mussafia.txt")
    assert not xp(root, "//t:head")
    assert texts(root, "//t:opener/t:salute") == ["Pregiatissimo Signor Monaci!"]
    assert texts(root, "//t:closer/t:salute") == ["Suo dev.o"]
    assert texts(root, "//t:closer/t:signed") == ["A Mussafia"]
    assert texts(root, "//t:div/t:p")[-1].endswith(last)


def test_a_note_set_in_the_sentence_it_explains_is_a_note_there():
    """Donald's letters in HTML (1917): the family's gloss in a <span class="fn"> right
    after the word, the transcriber's asterisk on the word: a note at that place (the
    asterisk its marker), the sentence read on after it."""
    root, _ = encode("<html><body><p>Nellie sent me a bosker*\n<span class=\"fn\">bosker, "
                     "Australian slang meaning first rate or excellent</span>\nparcel of "
                     "cakes and butter today.</p></body></html>", "letter.html")
    assert texts(root, "//t:p/t:note") == [
        "bosker, Australian slang meaning first rate or excellent"]
    p = xp(root, "//t:p[t:note]")[0]
    assert p.text == "Nellie sent me a bosker"
    assert xp(root, "//t:p/t:note")[0].tail.strip() == "parcel of cakes and butter today."


def test_a_number_in_a_note_class_is_no_note_of_its_own():
    """A page whose markers carry the note class (<span class="fn">1</span>) keeps them as
    printed: a number is a marker, no note's text."""
    root, _ = encode("<html><body><p>The treaty was signed<span class=\"fn\">1</span> in "
                     "May.</p></body></html>", "page.html")
    assert not xp(root, "//t:note")


def test_looking_forward_and_a_name_over_the_date_close_a_letter_typed_line_by_line():
    """Carrie Chapman Catt's letter (1941, a transcription line for line): "Looking
    forward" and her name under the last sentence, the date on the line under the name."""
    root, _ = encode("When we meet again I will\nnot be so clean as you are.\nLike Mary "
                     "Wollstonecraft you will\nbe \"A Shining Woman\"\nLooking forward\n"
                     "Carrie C. Catt\nTuesday, 1941 April 8,\n", "catt.txt")
    assert texts(root, "//t:closer/t:salute") == ["Looking forward"]
    assert texts(root, "//t:closer/t:signed") == ["Carrie C. Catt"]
    assert texts(root, "//t:div/t:p")[0].endswith("be \"A Shining Woman\"")
