"""A signature that prints the signer's office and name on one line, under an act's
closing clause ("Le Président de la République, Jacques CHIRAC", "Le Premier ministre,
Lionel JOSPIN", "President of the Russian Federation, V. Putin", "Президент Российской
Федерации, В.Путин"): the office, a comma, the name. It counts only under the act's
eschatocol ("Fait à Paris, le 3 janvier 2002.", eschatocol.closing_datelines), where the
signatures of an act stand; the name is initials and a surname, or a surname in capitals.
(The office and the name parted by a typist's run of spaces, "Президент Российской
Федерации<spaces>В.Путин", are letter_closers.TYPED_SIGNATURE's.)"""
from __future__ import annotations

import re

# the offices that sign an act, in the languages of the acts teikit reads: a word of one
# of them in the office's part
OFFICE_WORDS = re.compile(
    r"(?i)\b(?:president[ea]?|président[e]?|präsident(?:in)?|президент\w*|prezydent\w*|"
    r"minist(?:er|re|ro|ra)|министр\w*|premier|chancell?or|chancelier|kanzler\w*|"
    r"secretary|secrétaire|secretari[oa]|sekretär\w*|governor|gouverneur|gobernador|"
    r"mayor|maire|bürgermeister\w*|king|roi|rey|re|könig|queen|reine|reina|chairman|"
    r"председател\w*|глава|губернатор\w*|мэр\w*|director|directeur|directora?)\b")
# the office, a comma, the name: initials and a surname ("V. Putin", "В.Путин"), or given
# names and a surname in capitals ("Jacques CHIRAC")
OFFICE_AND_NAME = re.compile(
    r"^\s*(?P<office>[^,\n]{3,80}?),\s+(?P<name>(?:(?:[^\W\d_]\.\s?){1,3}[^\W\d_][\w'’\-]+|"
    r"(?:[^\W\d_][\w'’\-]*\.?\s+){0,3}[^\W\d_][^\W\d_'’\-]*[^\W\d_]))\.?\s*$")


def office_signature(text: str) -> bool:
    """*text* (a paragraph's) is an office and a name on one line, as an act is signed."""
    m = OFFICE_AND_NAME.match(text) if "," in text and "\n" not in text.strip() else None
    if m is None or not OFFICE_WORDS.search(m.group("office")):
        return False
    name = m.group("name")
    surname = name.split()[-1].split(".")[-1]
    return "." in name or (surname.isupper() and len(surname) >= 2)
