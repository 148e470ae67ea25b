"""Letters whose parts are not set out in blocks of their own (round 11): a despatch
transcribed line for line with no blank line anywhere, a soldier's letter home typed with
its date and salutation in one block and its closing, signature, postscript and the
transcriber's note run on under the last paragraph. One small example each, from the real
documents; every master is also checked against the schema (encode refuses an invalid
one)."""
from __future__ import annotations

from teiquery import encode, texts, xp

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
