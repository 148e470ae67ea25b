"""A letter's own heading over its salutation, which repeats the document's title with a
word of its own ("四たび歌よみに与ふる書" under the title "歌よみに与ふる書", over "拝啓。";
"Second Letter to the Editor" under "Letter to the Editor"): a heading of the letter (a
<head type="sub">), never the address the lines over a salutation are otherwise taken for
(letters.find_letter_parts). Evidence: the line holds the whole title, and a salutation
follows it."""
from __future__ import annotations

from ..formats.marks import plain
from ..tei import tei, text_of
from .letter_openers import is_salutation
from .unit import Unit


def own_heading(units: list[Unit], div) -> None:
    head = div.find(tei("head"))
    title = " ".join(text_of(head).split()) if head is not None else ""
    if len(title) < 3:
        return
    real = [u for u in units if u.kind not in ("pb", "cb")]
    if len(real) < 2 or real[0].kind != "para" or real[0].span is None \
            or real[1].kind != "para" or real[1].span is None:
        return
    text = " ".join(plain(real[0].body.text).split())
    if "\n" in real[0].body.text.strip() or len(text) > 2 * len(title) + 20 \
            or title not in text or not is_salutation(real[1].body.text):
        return
    real[0].kind = "subhead"
