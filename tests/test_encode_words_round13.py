"""Round 13 (issue 8, "Encode the texts editors really have"): words a master lost or
misplaced, and the turns and labels editors expect, one small real-world example each."""
from __future__ import annotations

from teiquery import encode, texts


def test_a_label_keeps_its_affiliation_at_every_turn():
    """Canadian Hansard 36-2-014 (1999): every label prints the member's riding and party;
    the second turn of a member lost those words (they were in the header only once)."""
    root, _ = encode("ORAL QUESTION PERIOD\n\n"
                     "Mr. Ken Epp (Elk Island, Ref.):\nThe minister has no authority.\n"
                     "The Speaker:\nThe hon. Deputy Prime Minister.\n"
                     "Mr. Ken Epp (Elk Island, Ref.):\nMr. Speaker, members keep bragging.\n")
    assert texts(root, "//t:sp/t:speaker") == ["Mr. Ken Epp (Elk Island, Ref.)", "The Speaker",
                                               "Mr. Ken Epp (Elk Island, Ref.)"]
    assert texts(root, "//t:person/t:persName") == ["Mr. Ken Epp", "The Speaker"]
    assert texts(root, "//t:person/t:affiliation") == ["(Elk Island, Ref.)"]
    assert [sp.get("who") for sp in root.iter("{http://www.tei-c.org/ns/1.0}sp")] == \
        ["#mr-ken-epp", "#the-speaker", "#mr-ken-epp"]


def test_character_references_in_a_plain_text_are_their_characters():
    """Kremlin decree 798 of 29 July 2002, a web copy saved as text: the quotation marks
    around a decree's title are "&#34;"; "&#60;" (markup) and "&amp;" (named) stay."""
    root, _ = encode("УКАЗ\n\nО внесении изменений в Указ N 660 &#34;О призыве офицеров&#34;"
                     " &amp; &#x2019; &#60;b>\n")
    body = " ".join(texts(root, "//t:body//t:p"))
    assert '"О призыве офицеров" &amp; \u2019 &#60;b>' in body


def test_a_row_of_buttons_between_a_boxes_bars_is_kept_as_printed():
    """Poul-Henning Kamp's "bikeshed" mail (FreeBSD, 1999) draws a dialog box whose last row
    is "|   [YES]  [REVISE]  [CANCEL]   |": the author's buttons, no editor's words."""
    root, _ = encode("## A bike shed\n\n<pre>\nSubject: A bike shed\n\n"
                     "But let me suggest a few pop-up windows I would like to see\n"
                     "mail-programs implement whenever people send or reply to email\n"
                     "to the lists they want me to subscribe to:\n"
                     "\n"
                     "      +------------------------------------------------------------+\n"
                     "      | Your email is about to be sent to several hundred thousand |\n"
                     "      | people, who will have to spend at least 10 seconds reading |\n"
                     "      | it before they can decide if it is interesting.  At least  |\n"
                     "      | two man-weeks will be spent reading your email.  Many of   |\n"
                     "      | the recipients will have to pay to download your email.    |\n"
                     "      |\t\t\t\t\t\t\t\t   |\n"
                     "      | Are you absolutely sure that your email is of sufficient   |\n"
                     "      | importance to bother all these people ?                    |\n"
                     "      |\t\t\t\t\t\t\t\t   |\n"
                     "      |                  [YES]  [REVISE]  [CANCEL]                 |\n"
                     "      +------------------------------------------------------------+\n"
                     "\nPoul-Henning\n</pre>\n", "mail.md")
    assert texts(root, "//t:supplied") == []
    assert "[REVISE]" in " ".join(texts(root, "//t:body//t:p"))


def test_a_constituency_in_brackets_before_the_party_is_printed():
    """Deutscher Bundestag, 181st sitting (28 June 2016): interjections name the member with
    the constituency and the party in brackets; neither is an editor's supplied word."""
    root, _ = encode("Deutscher Bundestag\n\nDr. Sahra Wagenknecht [DIE LINKE]:\nDas ist die "
                     "Wahrheit.\n\n(Beifall bei der LINKEN – Sabine Weiss [Wesel I] [CDU/CSU]: "
                     "Bleiben Sie bei der Wahrheit! – Axel Schäfer [Bochum] [SPD]: Sie haben "
                     "Schröder vergessen!)\n")
    assert texts(root, "//t:supplied") == []
    assert "Sabine Weiss [Wesel I] [CDU/CSU]:" in " ".join(texts(root, "//t:body//*"))
