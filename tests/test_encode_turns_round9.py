"""Turn forms found by round 9's scout (/work/scout/REPORT9.md): timestamped podcast lines,
plays whose speaker labels are headings, and Papua New Guinea Hansard labels with a dash."""
from __future__ import annotations

from teiquery import encode, texts, xp


def test_timestamp_then_bold_name_as_typed_opens_a_turn():
    """Orbit FM's BookBytes transcript (orbitfm-bookbytes-006-podcast.txt): a .txt file
    whose lines open with a clock time and the speaker's name in Markdown's bold."""
    root, _ = encode("(Intro music: Electro Swing)\n\n"
                     "0:00:14.2 **Adam Garrett-Harris** Welcome to BookBytes.\n\n"
                     "0:00:21.4 **Jen Luker** Hello.\n\n"
                     "0:00:22.5 **Adam Garrett-Harris** So, tell us about the book.\n",
                     "podcast.txt")
    assert texts(root, "//t:sp/t:speaker") == ["Adam Garrett-Harris", "Jen Luker",
                                               "Adam Garrett-Harris"]
    assert texts(root, "//t:sp/t:p/t:time") == ["0:00:14.2", "0:00:21.4", "0:00:22.5"]
    assert texts(root, "//t:sp[2]/t:p") == ["0:00:21.4 Hello."]
    assert not [t for t in xp(root, "//t:body//text()") if "**" in t]


def test_hansard_label_with_a_dash_and_an_office():
    """Papua New Guinea Hansard, 15 March 2023 (png-hansard-2023-03-15-oq1-school-supplies
    .html): a title, the name in capitals, the electorate and office, and a dash."""
    root, _ = encode("<html><body>\n<p>SCHOOL SUPPLIES</p>\n"
                     "<p>Mr PATRICK BASA - Good morning, Mr Acting Speaker, and the Prime "
                     "Minister. My question is to the Education Minister.</p>\n"
                     "<p>Mr JIMMY UGURO (Kabwum &#8212; Minister for Education) &#8212; Thank "
                     "you Mr Acting Speaker, I thank the Member for his questions.</p>\n"
                     "<p>Mr ASSISTANT SPEAKER- Honourable Member.</p>\n</body></html>\n",
                     "hansard.html")
    assert texts(root, "//t:sp/t:speaker") == [
        "Mr PATRICK BASA", "Mr JIMMY UGURO (Kabwum — Minister for Education)",
        "Mr ASSISTANT SPEAKER"]
    assert texts(root, "//t:sp[3]/t:p") == ["Honourable Member."]


def test_speaker_names_as_headings_that_take_turns_are_speakers():
    """Camilo Castelo Branco, O condemnado (1870), Project Gutenberg HTML (camilo-1870-o-
    condemnado-act1-pt.html): <h4> for every speaker, the direction in <i>, the scene an
    <h2>, its cast an <h3>."""
    root, _ = encode("<html><body>\n<h2>SCENA I</h2>\n<h3>JOAQUIM <small>E</small> JOÃO</h3>\n"
                     "<h4>Joaquim <i>(refestelando-se em um sophá)</i> </h4>\n"
                     "<p>Ó João, toca a descansar.</p>\n"
                     "<h4>João <i>(apalpando o estofo)</i> </h4>\n<p>Isto foi amanhado?</p>\n"
                     "<h4>Joaquim</h4>\n<p>Isto sempre é melhor.</p>\n"
                     "<h4>João</h4>\n<p>Pois sim.</p>\n</body></html>\n", "play.html")
    assert texts(root, "//t:sp/t:speaker") == ["Joaquim", "João", "Joaquim", "João"]
    assert texts(root, "//t:sp[1]/t:stage") == ["(refestelando-se em um sophá)"]
    assert texts(root, "//t:sp[4]/t:p") == ["Pois sim."]
    assert not xp(root, "//t:div/t:head[.='Joaquim']")


def test_markdown_heading_labels_in_bold_take_turns():
    """Camilo, Theatro comico: A morgadinha de Val-d'Amores (1871), Markdown
    (camilo-1871-theatro-comico-morgadinha-pt.md): #### **Name** over each speech, a
    numbered role among them."""
    root, _ = encode("## **SCENA II**\n\n"
                     "#### **1.º Tamborileiro** *(o do Zabumba)*\nBiba o morgado!\n"
                     "#### **Pantaleão**\nOlé! rapazes!\n"
                     "#### **Morgadinha**\nBoas tardes.\n"
                     "#### **Pantaleão**\nBebam.\n"
                     "#### **Morgadinha**\nAdeus.\n", "play.md")
    assert texts(root, "//t:sp/t:speaker") == ["1.º Tamborileiro", "Pantaleão", "Morgadinha",
                                               "Pantaleão", "Morgadinha"]
    assert texts(root, "//t:div/t:head") == ["SCENA II"]


def test_section_headings_used_once_stay_sections():
    """The counter-case: a report's subheadings, each once, are no speakers."""
    root, _ = encode("# Report\n\n#### Background\nThe committee met.\n\n"
                     "#### Findings\nIt found nothing.\n\n#### Summary\nNothing more.\n",
                     "report.md")
    assert not xp(root, "//t:sp")
    assert texts(root, "//t:div/t:head")[-3:] == ["Background", "Findings", "Summary"]
