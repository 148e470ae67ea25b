"""Round 26 of the scouting (/work/scout/REPORT26.md): diaries, journals and logs (two
Spanish sailing logs posted on a Jekyll blog, a Dutch war diary, a British brigade's war
diary transcribed as XHTML). The inputs are written for these tests in the forms of the
scouts' documents (the 11th Infantry Brigade war diary pages: TNA WO 95 transcriptions,
Crown copyright expired; the Brisa logs: a sailor's blog, quoted in a few words; the
Versteegen diary: a local history site, quoted in a few words)."""
from __future__ import annotations

from teiquery import encode, texts, xp

WAR_DIARY = """<?xml version="1.0" encoding="UTF-8"?>
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>October 1914</title></head>
<body>
<h1>War Diary – 12 Inf Bde</h1>
<p>October 1914</p>
<article>
<p class="ref">WO 95/1501/3, pp 1-9</p>
<table>
<tr><td><p class="table_heading">Hour, Date, Place</p></td>
<td><p class="table_heading">Summary of Events and Information</p></td>
<td><p class="table_heading">Remarks</p></td></tr>
<tr><td>Oct 3rd LE CATEAU 5am</td><td><p>The Brigade marched north.</p></td><td></td></tr>
<tr><td>9am</td><td><p>{long}</p></td><td><a href="App2.xhtml">Appendix 2</a></td></tr>
<tr><td>Oct 4th BETHUNE</td><td><p>Billets were found for the night.</p></td><td></td></tr>
</table>
</article>
</body></html>
"""
LONG = "The Somersets held the ridge under heavy shell fire until the guns were withdrawn. " * 14


# ------------------------------------------------------------------ F3: the page's heading

def test_a_heading_and_a_line_over_the_one_article_are_the_documents_not_chrome():
    """An edition page that sets its <h1> and the month above the one <article>, with no
    site header, menu or link around it: the heading is the text's and the title's, the
    month line is kept; no word is left out."""
    root, result = encode(WAR_DIARY.format(long=LONG), "diary.xhtml")
    assert texts(root, "//t:titleStmt/t:title") == ["War Diary – 12 Inf Bde"]
    assert texts(root, "//t:body/t:div/t:head") == ["War Diary – 12 Inf Bde"]
    assert "October 1914" in texts(root, "//t:body//t:date")
    assert not any("outside the page" in str(left) for left in result.left_out)


def test_a_heading_beside_a_site_menu_stays_chrome():
    """The same <h1> next to a link list is a site's header: left out as before."""
    page = WAR_DIARY.format(long=LONG).replace(
        "<p>October 1914</p>", '<p>October 1914</p><p><a href="/">Home</a></p>')
    root, _ = encode(page, "diary.xhtml")
    assert texts(root, "//t:titleStmt/t:title") != ["War Diary – 12 Inf Bde"]


# ------------------------------------------------------------------ F4: a diary's form

def test_a_war_diarys_form_is_a_table_however_long_its_summary():
    """Hour, Date, Place | Summary | Remarks, with a header row of a heading class and a
    summary over a thousand characters: a table, its header row a label row, the remarks
    in their row."""
    root, _ = encode(WAR_DIARY.format(long=LONG), "diary.xhtml")
    rows = xp(root, "//t:body//t:table/t:row")
    assert len(rows) == 4
    assert rows[0].get("role") == "label"
    assert ["".join(c.itertext()).strip() for c in xp(rows[0], "t:cell")] == [
        "Hour, Date, Place", "Summary of Events and Information", "Remarks"]
    assert ["".join(c.itertext()).strip() for c in xp(rows[2], "t:cell")] == [
        "9am", LONG.strip(), "Appendix 2"]
    assert not xp(root, "//t:body//t:p[.='Summary of Events and Information']")


def test_a_long_cell_without_a_header_row_is_still_layout():
    """No header row: a table with a long cell stays the page's layout (paragraphs)."""
    page = WAR_DIARY.format(long=LONG).replace('class="table_heading"', "")
    page = page.replace("Hour, Date, Place", "Oct 2nd 7pm").replace(
        "Summary of Events and Information", "Orders came at dusk.").replace(
        ">Remarks<", "><")
    root, _ = encode(page, "diary.xhtml")
    assert not xp(root, "//t:body//t:table")


# ------------------------------------------------------------------ F1: Liquid addresses

def test_a_liquid_tag_as_an_image_or_link_address_is_an_image_or_a_link():
    """Jekyll's standard addresses ("{{ '/x.jpeg' | relative_url }}", "{{ site.baseurl
    }}/path"), on one line or between "](" and ")" on lines of their own: the image is
    left out and reported by its path, its description (alone in its paragraph: a
    caption) kept as words; the link keeps its words and its path; nothing is supplied
    words, no "!" or "(" is left in the text."""
    root, result = encode(
        "---\ntitle: Bitácora\n---\n\nSalimos de Golfito al alba.\n\n"
        "![Puesta de sol]({{ '/assets/images/sol.jpeg' | relative_url }})\n\n"
        "El diario sigue [aquí]({{ site.baseurl }}/2022/dia2.html) mañana.\n\n"
        "![Isla del Coco](\n  {{ '/assets/images/coco.jpeg' | relative_url }}\n)\n\n"
        "Llegamos a la isla con viento suave.\n", "log.md")
    assert texts(root, "//t:body//t:p") == [
        "Salimos de Golfito al alba.", "Puesta de sol", "El diario sigue aquí mañana.",
        "Isla del Coco", "Llegamos a la isla con viento suave."]
    assert xp(root, "//t:body//t:ref/@target") == ["/2022/dia2.html"]
    assert not xp(root, "//t:body//t:supplied")
    left = [item.text for item in result.left_out]
    assert "image /assets/images/sol.jpeg" in left
    assert "image /assets/images/coco.jpeg" in left
    assert "{{ site.baseurl }}" in left


def test_a_liquid_tag_outside_an_address_is_still_left_out():
    root, result = encode("# Log\n\nWe sailed on through the night.\n\n{{ page.title }}\n\n"
                          "The wind rose at dawn.\n", "log.md")
    assert texts(root, "//t:body//t:p") == ["We sailed on through the night.",
                                            "The wind rose at dawn."]
    assert "{{ page.title }}" in [item.text for item in result.left_out]


def test_end_is_no_signature():
    """A text's last word "End." is no signer's name (no letter around it)."""
    root, _ = encode("The wind rose at dawn and we sailed south.\n\n"
                     "We reached the island by night.\n\nEnd.\n")
    assert not xp(root, "//t:signed")
    assert texts(root, "//t:body//t:p")[-1] == "End."


# ------------------------------------------------------------------ F5: list items

def test_markdown_list_items_without_a_full_stop_stay_apart():
    """A glossary's items in lower case without a full stop ("- lijero: cuatro a seis
    nudos"): each its own item of a <list>, never one paragraph broken in mid-sentence."""
    root, _ = encode("# Bitácora\n\nUtilizo la escala Beaufort para el viento:\n"
                     "- lijero: cuatro a seis nudos\n- suave: siete a diez nudos\n"
                     "- moderato: once a dieciséis nudos\n\n"
                     "Velocidad en nudos es velocidad del velero.\n", "log.md")
    assert texts(root, "//t:body//t:p") == [
        "Utilizo la escala Beaufort para el viento:",
        "Velocidad en nudos es velocidad del velero."]
    assert texts(root, "//t:body/t:div/t:list/t:item") == [
        "lijero: cuatro a seis nudos", "suave: siete a diez nudos",
        "moderato: once a dieciséis nudos"]


def test_a_numbered_markdown_list_stays_numbered_paragraphs():
    root, _ = encode("# Agenda\n\nThe meeting went through these points in order:\n\n"
                     "1. Approval of the minutes\n2. The treasurer's report\n", "agenda.md")
    assert not xp(root, "//t:body//t:list")
    assert "1. Approval of the minutes" in texts(root, "//t:body//t:p")


def test_org_and_rst_items_stay_apart():
    for text, name in (("* Log\n\nThe winds we name:\n\n- light: four to six knots\n"
                        "- gentle: seven to ten knots\n", "log.org"),
                       ("Log\n===\n\nThe winds we name:\n\n- light: four to six knots\n"
                        "- gentle: seven to ten knots\n", "log.rst")):
        root, _ = encode(text, name)
        assert texts(root, "//t:body//t:list/t:item") == [
            "light: four to six knots", "gentle: seven to ten knots"], name


# ------------------------------------------------------------------ F6: soft line breaks

def test_markdown_lines_ending_at_sentence_ends_are_one_paragraph():
    """A Markdown text written a sentence a line, beside paragraphs wrapped at one width:
    its line ends are soft breaks (spaces), never <lb/>."""
    root, result = encode(
        "# Día dos\n\nBrisa está en los trópicos. Crucé el Trópico de Cáncer al alba,\n"
        "a las cuatro y media de esta mañana con viento.\n"
        "Desde ahora el sol va a estar arriba dos veces por año.\nSigo al sol.\n\n"
        "Mi mente empezó a reproducir música de navidad. Es raro. Posiblemente porque\n"
        "por la red de radio alta frecuencia hablan mucho sobre el tema.\n", "log.md")
    assert texts(root, "//t:body//t:p") == [
        "Brisa está en los trópicos. Crucé el Trópico de Cáncer al alba, a las cuatro y "
        "media de esta mañana con viento. Desde ahora el sol va a estar arriba dos veces "
        "por año. Sigo al sol.",
        "Mi mente empezó a reproducir música de navidad. Es raro. Posiblemente porque por "
        "la red de radio alta frecuencia hablan mucho sobre el tema."]
    assert not xp(root, "//t:body//t:lb")
    assert "soft-breaks" in result.rules


def test_markdown_verse_keeps_its_lines():
    """A poem in Markdown (short lines, none wrapped prose): its lines stay lines."""
    root, _ = encode("# Canción\n\nEl mar, la mar.\nEl mar. ¡Sólo la mar!\n\n"
                     "¿Por qué me trajiste, padre,\nA la ciudad?\n", "poem.md")
    assert len(xp(root, "//t:body//t:lb")) == 2


# ------------------------------------------------------------------ F2: diary dates

def test_a_day_heading_after_a_label_takes_its_year_from_the_front_matter():
    """"## Día uno, Jueves, 23 Diciembre" under front matter "date: 2021-12-28" (the text
    names no year): the heading's date is 2021-12-23, a Thursday; "Martes, 24 Diciembre"
    names the wrong weekday for 2021 (a Friday): no @when."""
    root, _ = encode("---\ntitle: En Alta Mar\ndate: 2021-12-28\n---\n\n"
                     "Empecé un viaje largo por el Pacífico hacia el norte.\n\n"
                     "## Día uno, Jueves, 23 Diciembre\n\nEmpezando, pensé en Colón.\n\n"
                     "## Martes, 24 Diciembre\n\nBrisa está en los trópicos.\n", "log.md")
    heads = xp(root, "//t:body/t:div/t:div/t:head")
    assert ["".join(h.itertext()) for h in heads] == [
        "Día uno, Jueves, 23 Diciembre", "Martes, 24 Diciembre"]
    assert xp(heads[0], "t:date/@when") == ["2021-12-23"]
    assert texts(heads[0], "t:date") == ["Jueves, 23 Diciembre"]
    assert not xp(heads[1], "t:date")


def test_a_post_of_january_dates_december_entries_in_the_year_before():
    root, _ = encode("---\ntitle: Log\ndate: 2022-01-03\n---\n\n"
                     "We left the harbour before the storm came in.\n\n"
                     "## Day 1, 23 December\n\nWe sailed at dawn.\n", "log.md")
    assert xp(root, "//t:body//t:head/t:date/@when") == ["2021-12-23"]


def test_dutch_entries_run_into_their_first_sentence_are_dated():
    """"Zaterdagmiddag 23 september kwamen …" (a weekday compound, no year) after "Wij
    schrijven september 1944" and the entry of Monday 18 September: dated 1944-09-23, a
    Saturday; a weekday that does not agree gives no date."""
    root, _ = encode("# Dagboek 1944\n\nWij schrijven september 1944.\n\n"
                     "Maandag 18 september.\n\nEindhoven en Valkenswaard bevrijd.\n\n"
                     "Zaterdagmiddag 23 september kwamen de eerste troepen hier aan.\n\n"
                     "Maandag 25 september werd de kerktoren opgeblazen.\n\n"
                     "Dinsdag 27 september bleef het stil in het dorp.\n", "dagboek.md")
    dated = {"".join(d.itertext()): d.get("when") for d in xp(root, "//t:body//t:p/t:date")}
    assert dated["Zaterdagmiddag 23 september"] == "1944-09-23"
    assert dated["Maandag 25 september"] == "1944-09-25"
    assert "Dinsdag 27 september" not in dated      # (27 September 1944 was a Wednesday)
    assert texts(root, "//t:body//t:p")[-1] == "Dinsdag 27 september bleef het stil in het dorp."


def test_a_run_in_day_without_a_year_anywhere_is_not_dated():
    root, _ = encode("# Dagboek\n\nZaterdagmiddag 23 september kwamen de troepen aan.\n\n"
                     "Maandag 25 september werd de toren opgeblazen.\n", "dagboek.md")
    assert not xp(root, "//t:body//t:date")


# ------------------------------------------------------------------ F7, F8

def test_a_sentence_before_a_month_is_no_dateline_and_bron_is_a_source_key():
    """"Wij schrijven september 1944." ("we are writing"): a sentence, no place; the Dutch
    "Bron:" over the text is the source citation, as "Fuente:" and "Quelle:" are."""
    root, result = encode("# Dagboek\n\n> Bron: helenaveenvantoen.nl\n\n"
                          "Wij schrijven september 1944.\n\n"
                          "Het was 4 uur in de nacht toen Toon en ik ons bed opzochten.\n",
                          "dagboek.md")
    assert not xp(root, "//t:body//t:placeName")
    assert texts(root, "//t:sourceDesc//t:note[@type='source']") == ["helenaveenvantoen.nl"]
    assert "Bron: helenaveenvantoen.nl" in [item.text for item in result.left_out]
    assert "Wij schrijven september 1944." in ["".join(p.itertext()) for p in
                                               xp(root, "//t:body//t:p")]


def test_a_division_under_a_dated_day_heading_is_an_entry():
    root, _ = encode("# Log 2022\n\nWe keep a log of every watch on the passage south.\n\n"
                     "## Sábado 12 de Marzo, 2022\n\nViento lijero de aleta a estribor.\n\n"
                     "## Notes\n\nThe engine ran for four hours.\n", "log.md")
    assert xp(root, "//t:body//t:div[t:head/t:date]/@type") == ["entry"]
    assert xp(root, "//t:body//t:div[t:head='Notes']/@type") == ["section"]


def test_an_inline_image_or_a_file_name_alt_is_no_caption():
    root, _ = encode("# Log\n\nWe saw ![a whale](w.jpg) at noon off the point.\n\n"
                     "![DSC01278.jpeg](/a/DSC01278.jpeg)\n\nThe wind rose.\n", "log.md")
    assert texts(root, "//t:body//t:p") == ["We saw at noon off the point.", "The wind rose."]


def test_a_logs_watch_times_under_a_dated_day_are_times():
    """"- **0200** Viento lijero …" under "## Sábado 12 de Marzo, 2022": <time
    when="02:00:00">; the times rise; a year-like figure under an undated heading is text."""
    root, _ = encode("# Bitácora\n\nEl registro de cada guardia del viaje al sur.\n\n"
                     "## Sábado 12 de Marzo, 2022\n- **0200** Viento lijero de aleta.\n"
                     "- *Nota* Descansando\n- **1500** Todavia capeado, viento moderato.\n\n"
                     "## Chronology\n\n1914 The war began in August of that year.\n\n"
                     "1918 The armistice was signed in November.\n", "log.md")
    assert xp(root, "//t:body//t:time/@when") == ["02:00:00", "15:00:00"]
    assert texts(root, "//t:body//t:time") == ["0200", "1500"]
    assert "1914 The war began in August of that year." in texts(root, "//t:body//t:p")


def test_a_war_diarys_rows_are_dated_from_the_month_over_them():
    """"Oct 3rd LE CATEAU 5am" and "Oct 4th BETHUNE" under the page's "October 1914":
    each row's first cell opens with its <date when>; a row of a time alone has none."""
    root, _ = encode(WAR_DIARY.format(long=LONG).replace("Oct 3rd", "Oct 3<sup>rd</sup>"),
                     "diary.xhtml")
    rows = xp(root, "//t:body//t:table/t:row")
    assert [xp(row, "t:cell[1]/t:date/@when") for row in rows] == [
        [], ["1914-10-03"], [], ["1914-10-04"]]
    assert "".join(xp(rows[1], "t:cell[1]/t:date")[0].itertext()) == "Oct 3rd"
    assert "".join(rows[1][0].itertext()) == "Oct 3rd LE CATEAU 5am"


def test_markdown_lines_of_links_stay_apart():
    """Two lines each a link with its note (a meeting's notes: "… (requires
    permissions)" / "Decorators vs. Annotations: https://…"): not one sentence."""
    root, _ = encode("# Notes\n\nThe committee went through the decorators proposal and the\n"
                     "annotations one before the break, and agreed to read both again.\n\n"
                     "Annotations doc http://goo.gl/42o100 (requires permissions)\n"
                     "Decorators vs. Annotations: https://docs.example.org/d/1Qch/edit#\n",
                     "notes.md")
    assert "Annotations doc http://goo.gl/42o100 (requires permissions) Decorators vs. " \
        "Annotations: https://docs.example.org/d/1Qch/edit#" not in texts(root, "//t:body//t:p")


def test_the_reference_the_pages_source_metadata_ends_with_is_a_source_note():
    """<meta name="DC.source" content="The National Archives of the UK (TNA): WO
    95/1501/3, pp 1-9"> and the line "WO 95/1501/3, pp 1-9" over the table: a source note,
    never a paragraph of the text or its title."""
    page = WAR_DIARY.format(long=LONG).replace(
        "<title>October 1914</title>", '<title>October 1914</title><meta name="DC.source" '
        'content="The National Archives of the UK (TNA): WO 95/1501/3, pp 1-9"/>')
    root, _ = encode(page, "diary.xhtml")
    assert texts(root, "//t:body//t:note[@type='source']") == ["WO 95/1501/3, pp 1-9"]
    assert "WO 95/1501/3, pp 1-9" not in texts(root, "//t:body//t:p")
    assert texts(root, "//t:titleStmt/t:title") == ["War Diary – 12 Inf Bde"]


def test_a_page_scans_description_that_the_text_repeats_is_no_caption():
    """A transcription's page image described by the page's first line (a microfilm
    target "![MICROCOPY RESOLUTION TEST CHART](page_272.png)" over the same words): the
    words are in the text already, no caption paragraph is added."""
    root, _ = encode("# Minutes\n\nThe board met at the high school on Thursday evening.\n\n"
                     "![MICROCOPY RESOLUTION TEST CHART](page_272.png)\n\n"
                     "MICROCOPY RESOLUTION TEST CHART\n\nThe clerk read the minutes.\n",
                     "minutes.md")
    assert sum(p == "MICROCOPY RESOLUTION TEST CHART"
               for p in texts(root, "//t:body//t:p")) <= 1


def test_two_photographs_with_one_caption_keep_it_twice():
    root, _ = encode("# Log\n\nWe drifted all day on a glassy sea without wind.\n\n"
                     "![Atardecer por el punto](/a/1.jpeg)\n\nThe wind came at ten.\n\n"
                     "![Atardecer por el punto](/a/2.jpeg)\n", "log.md")
    assert texts(root, "//t:body//t:p").count("Atardecer por el punto") == 2
