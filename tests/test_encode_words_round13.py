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
