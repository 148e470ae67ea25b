"""An act's annexes: the lists, tables and texts a decree, an order or a treaty sets after
its signature, each under its own heading ("ПРИЛОЖЕНИЕ № 1 к распоряжению Президента …",
"ANEXO I", "Allegato A", "Annex 2", "Příloha č. 1", "Załącznik nr 1", "Bilag 1"). Each
is a ``<div type="annex">`` with that heading, after the act; the act's closing (its
signature, place and date) stays the act's ``<closer>`` before them.

Evidence: the heading opens with an annex word of one of the languages below, in
capitals or followed by its number (a sentence that names "the annex" is no heading), a
text under it; and the act names its annexes before them ("согласно приложению № 1":
``annex_units``, before the letter rules read the act's end), or the heading stands after
the act's closer (``annexes``, a tree pass after the text is built, where the heading is a
paragraph, read as the closer's postscript, or a section's heading)."""
from __future__ import annotations

import re

from ..formats.marks import plain
from ..tei import E, tei, text_of
from .context import Context
from .dates import find_date
from .unit import Unit

# the word an annex's heading opens with, by language (Russian, Ukrainian, Spanish,
# Portuguese, Italian, English, French, German, Dutch, Czech, Slovak, Polish, Danish,
# Norwegian, Swedish, Finnish, Hungarian, Slovene, Croatian, Serbian)
ANNEX_WORDS = (r"приложение|додаток|anexo|allegato|annexe?|anlage|bijlage|příloha|príloha|"
               r"załącznik|bilag|vedlegg|bilaga|liite|melléklet|priloga|prilog|прилог")
NUMBER = r"(?:№|no\.?|nr\.?|n[º°.]|č\.|br\.)?\s*(?:\d{1,3}[a-z]?|[IVXLC]{1,6}|[A-Z])\b"
ANNEX_HEAD = re.compile(r"^\s*(?P<word>" + ANNEX_WORDS + r")(?:\s+(?P<n>" + NUMBER + r"))?"
                        r"(?P<rest>.*)$", re.I | re.S)
MAX_WORDS = 30
# an approval's stamp over the text an act approves, set after the act ("УТВЕРЖДЕНЫ" /
# "Указом Президента" / "Российской Федерации" / "от 12 августа 2002 г." / "N 885";
# "ЗАТВЕРДЖЕНО", "APPROVED by Order No. 12"): the word in capitals on the stamp's first
# line, the act's number or date in its lines
STAMP_WORD = re.compile(r"^\s*(?:УТВЕРЖДЕН[АОЫ]?|ЗАТВЕРДЖЕН[АОІ]?|APPROVED|ADOPTED|"
                        r"GENEHMIGT|APPROUVÉE?S?|APROBAD[OA]S?)(?:\s|$)")
STAMP_REF = re.compile(r"(?:№|\bN\s?\d|\bNo\.?\s?\d|\b(?:1[89]|20)\d\d\b)")


def approval_stamp(text: str) -> bool:
    """*text* (a paragraph's) is an approval's stamp: its capital word over at most twelve
    short lines (an amendment's may follow) that give the approving act's number or year."""
    lines = [ln for ln in text.strip().split("\n") if ln.strip()]
    return 2 <= len(lines) <= 12 and STAMP_WORD.match(lines[0]) is not None \
        and all(len(ln.split()) <= 8 for ln in lines) and STAMP_REF.search(text) is not None


def annex_head(text: str) -> str | None:
    """The annex's number ("1", "I", "" for none) where *text* is an annex's heading, else
    None: the annex word in capitals or with its number, thirty words at most, one
    sentence at most."""
    m = ANNEX_HEAD.match(text)
    if m is None or len(text.split()) > MAX_WORDS:
        return None
    if not m.group("n") and not m.group("word").isupper():
        return None                       # ("Annex to the letter of …": a sentence's word)
    if m.group("rest").strip() and not re.match(r"[\s.:,–—-]", m.group("rest")):
        return None                       # ("Anexos" / "Anlagen": another word)
    if re.search(r"[.!?]\s+[A-ZА-ЯÀ-Þ][a-zа-яà-ÿ]{2,}", text):
        return None                       # (two sentences: prose)
    n = re.sub(r"^(?:№|no\.?|nr\.?|n[º°.]|č\.|br\.)\s*", "", m.group("n") or "", flags=re.I)
    return n


# the stem an annex's word shares with its cases ("приложению № 1", "anexos", "Anlagen")
def _stem(word: str) -> str:
    return word.casefold()[:5]


def annex_units(units: list[Unit], ctx: Context) -> list[Unit]:
    """Annexes found before the letter rules read the act's end: each annex's heading, a
    paragraph of its own, opens a division of its own (a section unit of form "annex", at
    the document's top level, so that the headings under it are its sections), where the
    act's text before the first one names the annex ("figura como anexo I", "согласно
    приложению № 1", "set out in Annex 2"). The act's closer is then read at the end of
    its own text, over the annexes."""
    heads: list[tuple[int, str]] = []
    stamped = False
    for k, u in enumerate(units):
        if k and u.kind == "para" and u.span is not None and "\n" not in u.body.text.strip():
            n = annex_head(plain(u.body.text).strip())
            if n is not None:
                heads.append((k, n))
        elif k and u.kind == "para" and u.span is not None and approval_stamp(plain(u.body.text)):
            heads.append((k, ""))          # (the stamp names the act: its own evidence)
            stamped = True
    if not heads:
        return units
    stems = {_stem(plain(units[k].body.text).split()[0]) for k, _ in heads}
    named = any(u.kind in ("para", "list") and u.span is not None
                and len(u.body.text.split()) >= 8
                and any(_stem(w) in stems for w in re.findall(r"\w+", plain(u.body.text)))
                for u in units[:heads[0][0]])
    # (and each has a text under it: "Anlage 1: Lebenslauf" under a letter's signature
    # lists an enclosure, no annex)
    ends = [k for k, _ in heads[1:]] + [len(units)]
    if not (named or stamped) or any(not any(x.kind not in ("pb", "cb") for x in units[k + 1:end])
                        for (k, _), end in zip(heads, ends, strict=True)):
        return units
    at = dict(heads)
    out: list[Unit] = []
    for k, u in enumerate(units):
        if k in at:
            out.append(Unit("section", u.block, span=u.body.strip(), n="0", form="annex",
                            label=at[k] or None))
        else:
            out.append(u)
    ctx.fired("annex")
    return out


def _precedes(a, b, div) -> bool:
    for el in div.iter():
        if el is a:
            return True
        if el is b:
            return False
    return False


def annexes(div, ctx: Context) -> None:
    """Each annex's heading after the act's closer opens a <div type="annex"> that holds
    what follows it up to the next annex (see the module's doc)."""
    _act_apart(div)                       # (annexes found before the letter rules)
    _annexes_after_closer(div, ctx)
    # (a rule's annex, ruled_annex, whose text an annex's own heading took: none left)
    for empty in [d for d in div.iter(tei("div")) if d.get("type") == "annex"
                  and not len(d) and not (d.text or "").strip()]:
        empty.getparent().remove(empty)


def _annexes_after_closer(div, ctx: Context) -> None:
    closers = list(div.iter(tei("closer")))
    if not closers:
        return
    first_closer = closers[0]
    found = []
    for el in div.iter(tei("p"), tei("head")):
        parent = el.getparent()
        if el.tag == tei("head") and (parent is div or parent.tag != tei("div")
                                      or parent.get("type") == "annex"):
            continue
        n = annex_head(text_of(el))
        if n is None or not _precedes(first_closer, el, div):
            continue
        found.append((el, n))
    if not found:
        return
    done = 0
    for el, n in reversed(found):        # (the last first: each takes what follows it)
        if _annex(el, n, div):
            done += 1
    if done:
        _act_apart(div)
        ctx.fired("annex")
        if div.find(".//" + tei("postscript")) is None:
            ctx.retract("postscript")     # (the postscripts were the annexes' headings)


def _annex(el, n: str, top) -> bool:
    parent = el.getparent()
    if el.tag == tei("head"):             # a section's own heading: the section is the annex
        parent.set("type", "annex")
        if n:
            parent.set("n", n)
        return True
    node = el
    if parent.tag == tei("postscript") and len(parent) == 1:
        node, parent = parent, parent.getparent()   # (read as the closer's postscript)
    if parent.tag != tei("div"):
        return False
    # what follows the heading in its division, then (where the division is a section of
    # the document) the sections after it, up to the next annex
    inside = []
    for sib in node.itersiblings():
        if _is_annex(sib):
            break
        inside.append(sib)
    after = []
    if parent is not top and parent.getparent() is top:
        for sib in parent.itersiblings():
            if sib.tag != tei("div") or _is_annex(sib):
                break
            after.append(sib)
    if not inside and not after:
        return False                      # (nothing under it: no annex)
    tags = [x.tag for x in inside]
    if tei("div") in tags and any(t != tei("div") for t in tags[tags.index(tei("div")):]):
        return False                      # (TEI's order in a division: text, divisions,
    if (tei("closer") in tags or tei("postscript") in tags) and after:   # closer)
        return False
    annex = E.div(type="annex")
    if n:
        annex.set("n", n)
    if parent is top:
        node.addprevious(annex)
    else:
        parent.addnext(annex)             # after the section that held it
    el.tag = tei("head")
    for key in list(el.attrib):
        del el.attrib[key]
    if node is not el:
        parent.remove(node)
    annex.append(el)
    annex.extend(inside + after)
    return True


def _is_annex(el) -> bool:
    return el.tag == tei("div") and el.get("type") == "annex"


# what may stand over a division's text: its heading, opener, notes and page breaks
_TOP = {tei("head"), tei("opener"), tei("note"), tei("pb"), tei("cb"), tei("milestone")}


def _act_apart(top) -> None:
    """Where the act's closer (or postscript) stands in the document's division itself,
    over the annexes now after it: the act's text with its closer is a section of its own
    (TEI has a division's closer after its divisions)."""
    children = list(top)
    first = next((k for k, x in enumerate(children) if _is_annex(x)), None)
    if first is None or not any(x.tag in (tei("closer"), tei("postscript"))
                                for x in children[:first]):
        return
    start = next((k for k, x in enumerate(children) if x.tag not in _TOP), first)
    act = E.div(type="section")
    children[start].addprevious(act)
    act.extend(children[start:first])


# the words with which an act says that something is attached to it ("проект Соглашения
# (прилагается)", "the attached draft", "ci-joint", "beigefügt"): Russian, Ukrainian,
# English, French, German, Spanish, Portuguese, Italian, Dutch, Polish, Czech
ATTACHED = re.compile(r"(?i)\bприлага\w*|\bдода[её]ться|\bдодан\w*|\battached\b|\bannexed\b|"
                      r"\benclosed\b|\bappended\b|\bci-(?:joint|annexée?)s?\b|\bbeigefügt\w*|"
                      r"\banbei\b|\banliegend\w*|\badjunt[oa]s?\b|\bem\s+anexo\b|\ballegat[oiae]\b|"
                      r"\bbijgevoegd\w*|\bzałącz\w*|\bpřilož\w*")
CLOSING_WORDS = 40
CLOSING_LINE_WORDS = 15


def ruled_annex(units: list[Unit], ctx: Context) -> list[Unit]:
    """An act that says something is attached to it ("проект Соглашения (прилагается)"),
    signed and dated, then a horizontal rule and more text (Wikisource's "----" between a
    decree and the draft it approves): what follows the rule is the annex, a division of
    its own, so the act's signature and date before the rule are its <closer>. Evidence:
    the rule's line between two units; just before it, one to three short paragraphs
    (fifteen words each, forty in all at most) with a date among them, after the act's
    text; that text names the attachment (ATTACHED); text after the rule."""
    rules = sorted(ctx.source.hints.rule_lines or [])
    if not rules:
        return units
    for k in range(2, len(units)):
        before, after = units[k - 1].block.lines, units[k].block.lines
        if not before or not after or not any(
                before[-1].number <= r <= after[0].number and not before[-1].number == r
                == after[0].number for r in rules):
            continue
        closing: list[Unit] = []
        for u in reversed(units[:k]):
            if u.kind != "para" or u.span is None or len(closing) == 3 \
                    or len(u.body.text.split()) > CLOSING_LINE_WORDS:
                break
            closing.append(u)
        text = [u for u in units[:k - len(closing)] if u.kind in ("para", "list")
                and u.span is not None]
        if not closing or not text \
                or sum(len(u.body.text.split()) for u in closing) > CLOSING_WORDS \
                or not any(find_date(plain(u.body.text)) for u in closing) \
                or not any(ATTACHED.search(plain(u.body.text)) for u in text) \
                or not any(u.span is not None for u in units[k:]) \
                or next((u.form for u in units[k:] if u.kind not in ("pb", "cb")), "") == "annex":
            return units                  # (or the annex's own heading opens it: annex_units)
        ctx.fired("ruled-annex")
        return [*units[:k], Unit("section", units[k].block, n="0", form="annex"), *units[k:]]
    return units
