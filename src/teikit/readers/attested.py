"""The signatures of a notarial or an official act under its attestation ("… Assi lo
obedecio, mandó y firmó de que doy fee." over "Don Joseph Baron de Chaves." and "Antemi,
Juan Antonio de Orellana, escribano público."; "… de todo lo qual doi feé." over a run of
witnesses' names and the notary's "Antemí … Escrivano"; "En foi de quoi ils ont signé";
"in cuius rei testimonium … subscripsi"). The evidence: the paragraph above ends in an
attestation formula (ATTESTED: I give faith, he signed, they signed), and every paragraph of
the run is one short line that is a name (capitalised words and their particles, a title
before them, an office after them) or the notary's own subscription ("Ante mí …"). The run
is the act's closer: one <signed> each."""
from __future__ import annotations

import re

from ..formats.marks import plain
from .context import Context
from .unit import Unit

# the attestation at a paragraph's end: the notary's faith, the signers' signing
ATTESTED = re.compile(
    r"(?i)(?:\b(?:doy|doi|dou|da)\s+f[ée]e?|\bfirm(?:[oóé]|aron|amos|ó|e|aran|ado)|"
    r"\bassin(?:ou|aram|o|amos)|\bsignat(?:um|a)|\bsubscrip(?:si|serunt|sit)|"
    r"\b(?:ont|a|avons|ai)\s+sign[ée]s?|\bsign(?:ed|s)\b|\bsottoscritt[oi]|\bfirmat[oi]|"
    r"\ben\s+fe\s+de\s+lo\s+cual|\btestimonio\s+de\s+verdad|\ben\s+foi\s+de\s+quoi|"
    r"\bin\s+witness\s+whereof|\bin\s+cuius\s+rei\s+testimonium)"
    r"[^.;:!?]{0,60}[.;:]?\s*$")
# the notary's own subscription: "Ante mí", "Antemí", "Por ante mí", "Pasó ante mí",
# "Coram me", "Par-devant moi"
NOTARY = re.compile(r"(?i)^(?:(?:por|pas[oó])\s+)?ante\s?m[ií]\b|^coram\s+me\b|"
                    r"^par[\s-]devant\s+(?:moi|nous)\b|^perante\s+mim\b")
TITLES = {"don", "doña", "dona", "d.", "dn.", "dr.", "doctor", "fray", "fr.", "licenciado",
          "lic.", "ldo.", "bachiller", "br.", "capitán", "capitan", "maestro", "mro.",
          "sargento", "alférez", "alferez", "coronel", "general", "presbítero", "padre",
          "sor", "dom", "frei", "messire", "maître", "maitre", "sieur", "monsieur", "m.",
          "frater", "dominus", "magister", "ser", "messer", "signor"}
PARTICLES = {"de", "del", "la", "las", "los", "y", "e", "da", "do", "dos", "das", "di",
             "du", "des", "le", "van", "von", "der", "ten", "et", "d'"}
# an office after the name ("Escribano publico y de camara", "Notario maior")
OFFICE = re.compile(r"(?i)\b(?:escri[bv]an[oa]|notari[oa]|notaire|notarius|notary|"
                    r"secretari[oa]|secrétaire|secretary|alcalde|regidor|gobernador|"
                    r"governador|greffier|tabellio|tabelião|escriv[ãa]o|juez|corregidor|"
                    r"teniente|testigo|t(?:esti)?s|clerk|maire|témoin|prior|vicari[oa]|"
                    r"guardi[aá]n|obispo|provincial|de[aá]n|can[oó]nigo|abad|abbé|curé|cura|"
                    r"rector|comendador|procurador|oidor|fiscal|tesorero|contador|capit[aá]n|"
                    r"mayor|maior)\b")
MAX_WORDS = 16


def _name_words(words: list[str]) -> bool:
    """Capitalised words, with their particles and titles; a transcription's surname left
    in lower case ("Doctor Don Lucas Bonilla portillo") only last, after two capitals."""
    capital = 0
    for n, w in enumerate(words):
        bare = w.strip(",.;:")
        low = bare.casefold()
        if not bare or low in PARTICLES or w.casefold() in TITLES or low in TITLES:
            continue
        if not re.fullmatch(r"[^\W\d_][\w'’.-]*", bare):
            return False
        if not bare[:1].isupper():
            if n == len(words) - 1 and capital >= 2:
                continue
            return False
        capital += 1
    return capital >= 1


def signature_line(text: str) -> bool:
    """One short line that is a name, maybe with a title before it and an office after a
    comma or a full stop, or the notary's subscription (NOTARY)."""
    text = " ".join(text.split())
    words = text.split()
    if not words or len(words) > MAX_WORDS:
        return False
    if NOTARY.match(text):
        return True
    m = re.match(r"^(?P<name>[^,.]+(?:\.(?=\s*[A-Z][^\s.]*\s)[^,.]+)*)(?:[,.]\s*(?P<rest>.*))?$",
                 text)
    if m is None:
        return False
    rest = (m.group("rest") or "").strip(" .")
    name = m.group("name").split()
    if len(name) > 7 or not _name_words(name):
        return False
    return not rest or (bool(OFFICE.search(rest)) and len(rest.split()) <= 7)


def attested_signatures(units: list[Unit], ctx: Context) -> None:
    """The run of signature lines at the text's end, right under a paragraph that ends in
    an attestation formula: the run's first the closer, the others cosigned. (A run
    between two acts of one record stays as it is: a closer ends its division.)"""
    last = len(units)
    while last > 0 and units[last - 1].kind in ("pb", "cb"):
        last -= 1
    k = last
    while k > 0 and units[k - 1].kind == "para" and units[k - 1].span is not None \
            and not units[k - 1].n and len(units[k - 1].block.lines) <= 2 \
            and signature_line(plain(units[k - 1].body.text)):
        k -= 1
    if k == last or k == 0:
        return
    above = units[k - 1]
    if above.kind != "para" or above.span is None or above.n or not ATTESTED.search(
            plain(above.body.text)[-120:]):
        return
    units[k].kind, units[k].closing = "closer", []
    for u in units[k + 1:last]:
        if u.kind == "para":
            u.kind = "cosigned"
    ctx.fired("attested-signatures")
