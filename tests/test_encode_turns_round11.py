"""Transcripts' leftovers of rounds 8 and 9 (/work/scout/REPORT8.md, REPORT9.md): podcast
turns, loop transcripts' annotations, courts' examinations and judgments, Pacific Hansards."""
from __future__ import annotations

from teiquery import encode, texts


def test_timed_bold_turn_whose_words_look_like_a_title():
    """Orbit FM's Web of Tomorrow 049 (orbitfm-weboftomorrow-049-a11y.txt): a turn cut off
    in mid-word, its few words capitalised ("There’s a role, ARIA-"), is still a turn."""
    root, _ = encode("0:39:17.4 **Jen Luker** Many of them do, but not all of them.\n\n"
                     "0:39:19.3 **Adam Garrett-Harris** Okay.\n\n"
                     "0:39:19.7 **Jen Luker** There’s a role, ARIA-\n\n"
                     "0:39:20.2 **Adam Garrett-Harris** So, is tabindex one of them?\n",
                     "podcast.txt")
    assert texts(root, "//t:sp/t:speaker") == ["Jen Luker", "Adam Garrett-Harris",
                                               "Jen Luker", "Adam Garrett-Harris"]
    assert texts(root, "//t:sp[3]/t:p") == ["0:39:19.7 There’s a role, ARIA-"]
