"""Round 22/25 scout findings (REPORT22, REPORT25): the general rules they asked for.

Inputs are written here in the forms the scouts' repros show (/work/scout/tmp22, tmp25); the
documents they come from are public-domain letters and acts (The Latin Library's Petrarch,
Pliny and Cicero pages, a Jekyll edition of 1871 letters, ru.wikisource acts), cited in the
scouts' corpus READMEs. No text here is copied beyond a line or two of a public-domain work.
"""
from __future__ import annotations

import pytest
from teiquery import encode, texts, xp

from teikit import encode_file
from teikit.diagnostics import TeikitError
from teikit.header import Edition


def encode_bytes(tmp_path, data: bytes, name: str = "in.txt"):
    path = tmp_path / name
    path.write_bytes(data)
    return encode_file(path, edition=Edition())


# F6 (REPORT22): a short NUL run left by a legacy conversion is a damaged character, not binary

def test_a_stray_nul_run_in_a_utf8_text_is_warned_and_encoded(tmp_path):
    body = ("Si te superior offendit epistola, accipe quod offensum animum ex parte mulceat, "
            "quorum magnas partes ") * 8
    data = (f"Petrarca ad Ciceronem\n\n{body}\x00\x00\x00\x00\x00\x00\u2260, ita ut.\n\n"
            "Aeternum vale.\n").encode()
    result = encode_bytes(tmp_path, data)
    nul = [d for d in result.diagnostics if d.code == "control-char"]
    assert [(d.line, d.severity) for d in nul] == [(3, "warning")]
    from lxml import etree
    root = etree.fromstring(result.data)
    assert "partes \u2260, ita ut." in " ".join(texts(root, "//t:body//t:p"))
    assert texts(root, "//t:body//t:p")[-1] == "Aeternum vale."


@pytest.mark.parametrize("data", [
    b"Title\n\nfine\nbad\x00byte\n",                                   # dense: 1 byte in 24
    b"A long enough line of words to dilute the NULs. " * 20 + b"\x00a\x00b\x00c\x00d",  # 4 runs
    b"A long enough line of words to dilute the NULs. " * 20 + b"\x00\xff\xfe",  # not UTF-8
])
def test_dense_or_scattered_nuls_are_still_binary(tmp_path, data):
    with pytest.raises(TeikitError) as info:
        encode_bytes(tmp_path, data)
    assert info.value.diagnostic.code == "binary"


# F7 (REPORT22) and REPORT25 F2: front matter that is the letter's text, or the post's stamp

def test_a_front_matter_postscript_is_the_letters_postscript():
    text = ("---\nlayout: post\nauthor: Clara Guillier\npost_scriptum: |\n"
            "  P.S. Veuillez Monsieur, nous rappeler au souvenir\n  de Monsieur et Madame Rau.\n"
            "---\n\nBien cher Monsieur,\n\nUne lettre de Munich vient enfin d'arriver.\n\n"
            "Adieu Monsieur, je vous envoie l'expression de la plus sincère affection.\n")
    root, _ = encode(text, "1871-02-11-letter.md")
    assert texts(root, "//t:body//t:postscript") == [
        "P.S. Veuillez Monsieur, nous rappeler au souvenir de Monsieur et Madame Rau."]
    assert not xp(root, "//t:sourceDesc//t:note[@type='post-scriptum']")
    assert texts(root, "//t:sourceDesc//t:note[@type='author']") == ["Clara Guillier"]
    # the postscript's words stand at the field's lines (the front matter's lines 5-6)
    assert xp(root, "//t:body//t:postscript")[0].getparent().tag.endswith("div")


@pytest.mark.parametrize("stamp", ["2024-06-25T13:04:53+02:00", "2021-07-04 15:00",
                                   "2020-09-01 14:00:00 GMT-5"])
def test_a_front_matter_date_with_a_time_of_day_is_the_posts_not_the_documents(stamp):
    text = (f"---\ntitle: Brief eines Landbewohners\ndate: {stamp}\ntype: letter\n---\n\n"
            "Mein lieber Freund Fuchs!\n\nMit gemischten Gefühlen habe ich Deine Karte gelesen.\n")
    root, _ = encode(text, "index.md")
    assert not xp(root, "//t:profileDesc/t:creation")
    cited = texts(root, "//t:sourceDesc//t:note[@type='date']")
    assert len(cited) == 1 and cited[0].startswith(stamp[:10])


def test_a_front_matter_date_at_midnight_is_a_date_the_editor_set():
    text = ("---\ntitle: Reglamento provisorio\ndate: 1820-11-11 00:00:00 GMT-5\n---\n\n"
            "Artículo 1. La Provincia de Guayaquil es libre e independiente.\n")
    root, _ = encode(text, "reglamento.md")
    assert xp(root, "//t:profileDesc/t:creation/t:date/@when") == ["1820-11-11"]


# REPORT25 F7: a server's page template (.php) is HTML when its content says so

PHP_PAGE = """<?php include $_SERVER['DOCUMENT_ROOT'].'/top.php'; ?>

<div id="content">
\t<div class="titled">
\t\t<h4>List</h4>
\t\t<p>Szanowny Panie! <br>
\t\tPragnę wyrazić moje uznanie i wdzięczność.<br>
\t\tWywieźli nas 13 kwietnia 1940 roku.</p>
\t</div>
</div>

<?php include $_SERVER['DOCUMENT_ROOT'].'/footer.php'; ?>
"""


def test_a_php_template_of_html_is_read_as_html_without_its_directives(tmp_path):
    result = encode_bytes(tmp_path, PHP_PAGE.encode(), "list.php")
    from lxml import etree
    root = etree.fromstring(result.data)
    assert result.source_format == "html"
    assert texts(root, "//t:body//t:head") == ["List"]
    assert texts(root, "//t:body//t:salute") == ["Szanowny Panie!"]   # (its own line)
    assert texts(root, "//t:body//t:p") == [
        "Pragnę wyrazić moje uznanie i wdzięczność.Wywieźli nas 13 kwietnia 1940 roku."]
    assert len(xp(root, "//t:body//t:p/t:lb")) == 1               # (an <lb/> at the <br>)
    body = etree.tostring(xp(root, "//t:body")[0], encoding="unicode")
    assert "php" not in body and "DOCUMENT_ROOT" not in body and "&lt;" not in body
    left = [(i.line, i.code) for i in result.left_out if "php" in i.text]
    assert left == [(1, "format-markup"), (12, "format-markup")]


def test_a_text_that_only_mentions_php_stays_text(tmp_path):
    data = (b"Notes on the site\n\nThe page opens with <?php include 'top.php'; ?> and "
            b"then the letter.\n\nNothing else here is a tag.\n")
    result = encode_bytes(tmp_path, data, "notes.txt")
    assert result.source_format == "text"


# F5 and F4 (REPORT22): letter numbers over a recurring salutation are no pages, and an
# initial before a name is no point number (the form of The Latin Library's Pliny, book X)

BODIES = ["Tua quidem pietas, imperator sanctissime, optaverat.",
          "Exprimere, domine, verbis non possum, quantum mihi gaudium attuleris.",
          "Ut primum me, domine, indulgentia vestra promovit.",
          "Indulgentia tua, imperator optime, hortatur me.",
          "Proximo anno, domine, gravissima valetudine vexatus sum.",
          "Ago gratias, domine, quod et ius Quiritium dedisti."]


def _pliny(numbers: list[str]) -> str:
    parts = ["Pliny the Younger\n\n C. PLINII CAECILII SECVNDI EPISTVLARVM LIBER DECIMVS\n"]
    for n in numbers:
        reply = n.endswith("B")
        parts.append(f"\n {n} \n \n\n" + ("TRAIANUS PLINIO\n Et civis et senatoris boni "
                                           "partibus functus es. Vale.\n" if reply else
                                           "C. PLINIUS TRAIANO IMPERATORI\n \n\n 1 "
                                           + BODIES[len(parts) % len(BODIES)] + " Vale.\n"))
    return "".join(parts)


@pytest.mark.parametrize("numbers", [["1", "2", "3 A", "3 B", "4"], ["1", "2", "3", "4", "5"]])
def test_letter_numbers_over_their_salutations_are_not_pages(numbers):
    root, result = encode(_pliny(numbers), "pliny.txt")
    assert not xp(root, "//t:body//t:pb")
    # (each salutation kept: now the opener's salute of its letter, numbered_letters.py)
    body = texts(root, "//t:body//t:p | //t:body//t:opener/t:salute")
    assert body.count("C. PLINIUS TRAIANO IMPERATORI") == sum(not n.endswith("B") for n in numbers)
    assert [d.get("n") for d in xp(root, "//t:div[@type='letter']")] == numbers
    assert not [i for i in result.left_out if "PLINIUS" in i.text]
    assert not xp(root, "//t:body//t:p[@n='C']")


def test_lettered_points_in_sequence_keep_their_letters():
    text = ("Instructions\n\nA. The committee meets on Monday.\n\n"
            "B. The minutes are read and approved.\n\nC. PLINIUS wrote the letter.\n")
    root, _ = encode(text, "points.txt")
    assert xp(root, "//t:body//t:p/@n") == ["A", "B", "C"]


def test_an_initial_alone_is_no_point():
    text = ("Letters\n\nM. TVLLI CICERONIS EPISTVLARVM LIBER\n\n"
            "Non queo ad te nec libet scribere, quo animo sim affectus. Vale.\n")
    root, _ = encode(text, "cicero.txt")
    assert not xp(root, "//t:body//t:p/@n")
    assert "M. TVLLI CICERONIS EPISTVLARVM LIBER" in texts(root, "//t:body//t:p | //t:body//t:head")


# F1 (REPORT22): a web page of a classics library saved as text (the form of The Latin
# Library's pages: the page's title line, the title in capitals, an index of links, the
# site's links under the text, whitespace-only lines between)

SAVED_PAGE = ("Cicero: ad Familiares XVI\n\t\t \n\n \n M. TVLLI CICERONIS EPISTVLARVM AD "
              "FAMILIARES LIBER SEXTVS DECIMVS Ad Tironem\n \n\n 1 2  3 4 5  6 7 8  9 10 11 \n"
              " \n\nNon queo ad te nec libet scribere, quo animo sim affectus. Vale.\n \n\n"
              " \t Cicero \n\t\t The Latin Library \n\t\t The Classics Page\n")


def test_a_saved_pages_title_line_index_and_footer():
    root, result = encode(SAVED_PAGE, "fam16.txt")
    title = "M. TVLLI CICERONIS EPISTVLARVM AD FAMILIARES LIBER SEXTVS DECIMVS Ad Tironem"
    assert texts(root, "//t:body//t:head") == [title]
    assert texts(root, "//t:titleStmt/t:title") == [title]
    assert texts(root, "//t:sourceDesc//t:note[@type='page-title']") == [
        "Cicero: ad Familiares XVI"]
    assert texts(root, "//t:body//t:p") == [
        "Non queo ad te nec libet scribere, quo animo sim affectus. Vale."]
    assert [(i.line, i.code) for i in result.left_out] == [
        (1, "page-title"), (8, "navigation"), (14, "site-chrome")]


def test_a_colon_line_over_a_paragraph_is_no_page_title():
    text = ("Minutes: the board meeting\n\nThe board met on Monday and approved the "
            "minutes.\n\nThe meeting closed.\n")
    root, result = encode(text, "minutes.txt")
    assert not [i for i in result.left_out if i.code == "page-title"]
    assert "The board met on Monday and approved the minutes." in texts(root, "//t:body//t:p")


def test_a_signature_without_tabs_is_never_a_footer():
    text = SAVED_PAGE.replace(" \t Cicero \n\t\t The Latin Library \n\t\t The Classics Page\n",
                              "Marcus Tullius Cicero\n")
    root, result = encode(text, "fam16.txt")
    assert not [i for i in result.left_out if i.code == "site-chrome"]
    assert "Marcus Tullius Cicero" in " ".join(texts(root, "//t:body//*"))


# REPORT25 F4: wikitext wrapped in <div class="text"> (ru.wikisource's acts)

ACT_WIKI = """{{Распоряжение Президента РФ
| НОМЕР          = 359-рп
| ДАТА           = 01.08.2002
| НАЗВАНИЕ       =
| ИСТОЧНИК       = http://www.kremlin.ru/acts/bank/18447
}}<div class="text">

1. Выделить в III квартале 2002 г. из резервного фонда Президента Российской Федерации:

3 120 тыс. рублей Минобразованию России для образовательных учреждений по списку.

2. Полномочному представителю обеспечить проверку исполнения настоящего распоряжения.

{{Подпись|Президент Российской Федерации|В.Путин}}

{{left|1 августа 2002 года}}

== СПИСОК <br>образовательных учреждений ==

{| class=wikitable |
! width=35% | Наименование учреждения
! width=26% | Адрес учреждения
|-
| align=left valign=top | Целинский детский дом
| align=left valign=top | Ростовская обл.
|}

</div>
"""


def test_a_page_in_a_div_keeps_its_headings_tables_header_and_signature():
    root, _ = encode(ACT_WIKI, "act.wiki")
    assert texts(root, "//t:titleStmt/t:title") == ["Распоряжение Президента РФ № 359-рп"]
    assert xp(root, "//t:profileDesc/t:creation/t:date/@when") == ["2002-08-01"]
    assert texts(root, "//t:body//t:closer/t:signed") == [
        "Президент Российской Федерации В.Путин"]
    assert texts(root, "//t:body//t:div/t:head") == [
        "Распоряжение Президента РФ № 359-рп", "СПИСОК образовательных учреждений"]
    assert texts(root, "//t:body//t:table//t:cell") == [
        "Наименование учреждения", "Адрес учреждения", "Целинский детский дом",
        "Ростовская обл."]
    assert not xp(root, "//t:sp") and not xp(root, "//t:pb")
    body = "".join(xp(root, "//t:body")[0].itertext())
    assert "{{" not in body and "ИСТОЧНИК" not in body and "width=" not in body
    assert xp(root, "//t:sourceDesc//t:ref/@target") == ["http://www.kremlin.ru/acts/bank/18447"]


def test_a_div_of_inline_words_stays_one_paragraph():
    root, _ = encode("Title line\n\n<div style=\"x\">Words in a '''div''' on one line.</div>\n",
                     "page.wiki")
    assert "Words in a div on one line." in texts(root, "//t:body//t:p")


def test_an_annex_number_is_no_running_head_with_a_page_number():
    text = ("Act\n\nThe act's text runs here.\n\nANNEX № 1\nto the order of the President\n"
            "of the Federation\n\nA list of schools.\n\nANNEX № 2\nto the order of the "
            "President\nof the Federation\n\nA list of homes.\n")
    root, _ = encode(text, "act.txt")
    assert not xp(root, "//t:pb")
    assert "ANNEX № 2" in " ".join(texts(root, "//t:body//*"))


# REPORT25 F5 (and F2b): a decree's letter-spaced kind, its issuer, a note that it was repealed
# between them and its title (the form of kremlin.ru's plain-text acts)

DECREE = ("                      Р А С П О Р Я Ж Е Н И Е\n\n"
          "                  ПРЕЗИДЕНТА РОССИЙСКОЙ ФЕДЕРАЦИИ\n\n"
          "                                    Утратило силу - Распоряжение\n"
          "                                  Президента Российской Федерации\n"
          "                                      от 07.02.2004 г. N 47-рп\n\n"
          "          Об изменении состава Совета по взаимодействию с религиозными\n"
          "                       объединениями при Президенте\n\n"
          "     1. Внести в состав Совета изменения.\n\n"
          "     2. Настоящее распоряжение вступает в силу со дня его подписания.\n\n\n"
          "Президент Российской Федерации                                  В.Путин\n\n"
          "5 августа 2002 года\nN 369-рп\n")


def test_a_decrees_letterspaced_kind_issuer_and_title_under_a_repeal_note():
    root, result = encode(DECREE, "decree.txt")
    head = ("РАСПОРЯЖЕНИЕ ПРЕЗИДЕНТА РОССИЙСКОЙ ФЕДЕРАЦИИ Об изменении состава Совета по "
            "взаимодействию с религиозными объединениями при Президенте")
    assert texts(root, "//t:body//t:head") == [head]
    assert texts(root, "//t:titleStmt/t:title") == [head]
    assert xp(root, "//t:profileDesc/t:creation/t:date/@when") == ["2002-08-05"]
    assert not xp(root, "//t:body//t:opener")       # the act's citation is no dateline
    assert texts(root, "//t:body//t:p")[0] == (
        "Утратило силу - Распоряжение Президента Российской Федерации от 07.02.2004 г. N 47-рп")
    assert "letterspaced" in [d.code for d in result.diagnostics]
    assert "Р А С" not in result.data.decode()


def test_single_letters_in_prose_stay_as_printed():
    root, _ = encode("Notes\n\nThe grades were a b c d in that order.\n", "notes.txt")
    assert texts(root, "//t:body//t:p") == ["The grades were a b c d in that order."]


# REPORT25 F6: an HTML edition of a letter (a student edition's <td>s keep the original's
# line ends, its ids name the parts in Italian)

LETTER_HTML = """<html><body>
<div class="lettera" id="lettera3">
<table>
<tr><td id="salute_03B">Miei adorati,</td></tr>
<tr><td>
      dopo 63 giorni di prigionia ho finalmente la grande gioia di comunicarvi il mio
      stato. State tran=
      quilli per me, prego molto affinchè possa riabbracciare la mia ado=
      rata mammina. Il prezzo =
      Lire dieci.
</td></tr>
<tr><td id="firma_03">Il vostro Alberto</td></tr>
</table>
</div>
</body></html>
"""


def test_html_double_hyphens_at_the_sources_line_ends_and_parts_named_by_ids():
    root, result = encode(LETTER_HTML, "lettera.html")
    body = texts(root, "//t:body//t:p")
    assert body == ["dopo 63 giorni di prigionia ho finalmente la grande gioia di comunicarvi "
                    "il mio stato. State tranquilli per me, prego molto affinchè possa "
                    "riabbracciare la mia adorata mammina. Il prezzo = Lire dieci."]
    assert texts(root, "//t:opener/t:salute") == ["Miei adorati,"]
    assert texts(root, "//t:closer/t:signed") == ["Il vostro Alberto"]
    assert "html-double-hyphen" in result.rules


# F9 (REPORT22): spaced line bars of an edition (The Latin Library's Heloise: "planta | tio")

def test_a_spaced_line_bar_inside_a_word_is_a_line_break_inside_it():
    text = ("Epistola\n\nTua itaque, vere tua hec est proprie in sancto proposito novella "
            "planta | tio, cuius adhuc teneris plantis frequens irrigatio. Quot autem et quantos "
            "tractatus | in doctrina vel exhortatione illius exacto | ris et pessimorum. Ut tue "
            "parerem | voluntati, in doctrina semper.\n")
    root, _ = encode(text, "epistola.txt")
    p = xp(root, "//t:body//t:p")[0]
    from lxml import etree
    marked = etree.tostring(p, encoding="unicode", with_tail=False)
    assert 'planta<lb break="no"/>tio,' in marked and 'exacto<lb break="no"/>ris' in marked
    assert "tractatus<lb/>in" in marked and "parerem<lb/>voluntati" in marked


def test_an_author_over_a_title_in_capitals_that_names_him_is_one_heading():
    root, _ = encode(_pliny(["1", "2"]), "pliny.txt")
    head = "Pliny the Younger C. PLINII CAECILII SECVNDI EPISTVLARVM LIBER DECIMVS"
    assert texts(root, "//t:body//t:head") == [head]
    assert texts(root, "//t:titleStmt/t:title") == [head]


def test_a_heading_printed_twice_is_no_author_over_a_title():
    root, _ = encode("Minutes\n\nMINUTES OF THE MEETING OF THE BOARD\n\nThe board met.\n",
                     "minutes.txt")
    assert texts(root, "//t:body//t:head")[0] == "Minutes"
