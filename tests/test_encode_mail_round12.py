"""Round 12 (scout REPORT12): e-mail and Usenet archives, and transcripts set one sentence
a line with each speaker's label alone on its line (the Canadian aligned Hansard)."""
from __future__ import annotations

from teiquery import encode, texts


def test_labels_alone_on_their_lines_open_turns_without_blank_lines():
    """Canadian Hansard, 36th Parliament, sitting 121a (aligned corpus, one sentence a line)."""
    root, _ = encode("HOUSE OF COMMONS\nThursday, June 18, 1998\nThe House met at 9.50 p.m.\n"
                     "The Speaker:\nOrder, please.\nI have the honour to inform the House.\n"
                     "Mr. Richard M. Harris (Prince George-Bulkley Valley, Ref.):\n"
                     "Mr. Speaker, why does the government do it?\nSome hon. members:\n"
                     "Oh, oh.\nTHE ROYAL ASSENT\nThe Speaker:\nThe hon. member for Laval.\n")
    assert texts(root, "//t:sp/t:speaker") == ["The Speaker", "Mr. Richard M. Harris",
                                               "Some hon. members", "The Speaker"]
    assert texts(root, "//t:sp[1]/t:p") == ["Order, please.",
                                            "I have the honour to inform the House."]
    assert "THE ROYAL ASSENT" not in " ".join(texts(root, "//t:sp//t:p"))


def test_a_french_label_alone_with_blank_lines():
    """Hansard révisé 170a (Chambre des communes, 1998): « Le Président: » and « Des voix: »."""
    root, _ = encode("CHAMBRE DES COMMUNES\n\nLe Président:\n\nÀ l'ordre, s'il vous plaît.\n\n"
                     "Des voix:\n\nBravo!\n\nLe Président:\n\nLa Chambre s'ajourne.\n")
    assert texts(root, "//t:sp/t:speaker") == ["Le Président", "Des voix", "Le Président"]
