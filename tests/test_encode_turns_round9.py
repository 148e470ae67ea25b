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
