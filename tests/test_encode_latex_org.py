"""LaTeX and Org-mode sources, each read by a real parser (formats.latex: pylatexenc;
formats.org: Org's own syntax). Derived from scout round 15: Toby Thurston's LaTeX
facsimile transcriptions of Sterne's first editions (thruston/tex-tristram, saved as .txt)
and the Kanseki Repository's Org-mode "mandoku" text of the Huangdi neijing Suwen
(kanripo/KR3e0001). No format syntax survives as text; every word is kept."""
from __future__ import annotations

import re
from collections import Counter

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from lxml import etree
from teiquery import encode, encoded_valid, texts, xp
from test_encode_formats_properties import SETTINGS, WORD

from teikit import encode_text
from teikit.formats import detect

from wordcheck import literal, missing_words, words

TRISTRAM = r"""\documentclass[twoside]{article}
\usepackage[noinfo, frame, a6, center, lualatex]{crop}
\usepackage{shandean}
%
\title{The Life and Opinions of Tristram Shandy, Gentleman}
\author{Laurence Sterne}
\date{1760}
\begin{document}
\def\vol{I}
\noindent
\stick{\fontsize{09}{14}\selectfont\hfill\lsv{70}{THE}\hfill}\\[16pt]
\stick{\fontsize{16}{24}\selectfont\hfill\lsv{180}{LIFE}\hfill}\\[12pt]
\centerline{\lsv{44}{VOL}.\quad\vol.}
\vfill
\eject
\indent \lsss{SIR},

\dropcap{N}{ever} poor Wight of a De-\break
dicator had less hopes from\break
\stick{his Dedication, than I have from}
\stick{this of mine; for it is written in}
\stick{a bye corner of the kingdom, and}
\stick{in a retired thatch'd house, where}
\stick{I live in a constant endeavour to}
\stick{fence against the infirmities of ill}
\stick{health, and other evils of life, by}
\catch{mirth;}
\stick{mirth; being firmly persuaded that}
\stick{every time a man smiles,\tsk but}
ment of Life.

\chap{I}{16pt}{8pt}

\initial[nindent=0pt, findent=5pt]{I}{Wish} either my father or my mother,\break
\stick{had minded what they were about when}
\stick{they begot me; \i{Good G\bzz{od}!} cried my father,}
\stick{\i{Pray, my dear,} quoth my mother.\tsh}
\end{document}
"""

SUWEN = """# -*- mode: mandoku-view; -*-
#+TITLE: 重廣補注黄帝内經素問
#+DATE: 2015-09-11 03:53:18.132767
#+PROPERTY: ID KR3e0001
#+PROPERTY: JUAN 1
<pb:KR3e0001_SBCK_001-1a>¶
重廣補註黄帝内經素問卷第一¶
昔在黄帝生而神靈(有熊國君/少典之子)弱而能言¶
<pb:KR3e0001_SBCK_001-1b>¶
(之篇次皆王氏之所移也/第者欲存素問舊第目見今)¶
成而登天¶
"""


def body_text(root) -> str:
    return " ".join(" ".join(t.split()) for t in xp(root, "//t:text//text()"))


# -- LaTeX ------------------------------------------------------------------------------------

def test_a_latex_transcription_saved_as_txt_is_read_as_latex():
    """tex-tristram's shandy-volume-1.tex saved as .txt: \\documentclass says LaTeX."""
    assert detect("sterne.txt", TRISTRAM.encode()) == "latex"
    root, result = encode(TRISTRAM, "sterne.txt")
    assert "format-latex" in result.rules
    text = body_text(root)
    assert "\\" not in text and "{" not in text and "}" not in text
    assert not re.search(r"\d+pt|twoside|noinfo|findent|fontsize", text)


def test_title_author_and_date_commands_go_to_the_header():
    """\\title{}, \\author{}, \\date{1760}: the header's title, author and date."""
    root, _ = encode(TRISTRAM, "sterne.txt")
    assert texts(root, "//t:titleStmt/t:title") == [
        "The Life and Opinions of Tristram Shandy, Gentleman"]
    assert xp(root, "//t:profileDesc/t:creation/t:date/@when") == ["1760"]
    assert "Laurence Sterne" in " ".join(texts(root, "//t:sourceDesc//t:note"))


def test_optional_arguments_are_settings_never_editorial_brackets():
    """\\documentclass[twoside], \\\\[16pt], \\initial[nindent=0pt, …]: 14 <supplied> before."""
    root, _ = encode(TRISTRAM, "sterne.txt")
    assert xp(root, "//t:supplied") == [] and xp(root, "//t:text//t:note[@type]") == []


def test_an_unknown_command_keeps_its_words_and_drops_its_sizes():
    """\\lsv{70}{THE} is THE, \\chap{I}{16pt}{8pt} the heading I, \\dropcap{N}{ever} the
    word Never, \\stick{…} its line; \\def\\vol{I} is expanded where \\vol stands."""
    root, result = encode(TRISTRAM, "sterne.txt")
    text = body_text(root)
    assert "THE" in text and "LIFE" in text and "VOL. I." in text
    assert "Never poor Wight" in text and "I Wish either my father" in text
    assert "I" in texts(root, "//t:head")
    unknown = [d for d in result.diagnostics if d.code == "latex-unknown-command"]
    assert any("\\stick" in d.message for d in unknown)


def test_commands_that_print_nothing_are_left_out_and_reported():
    """\\vfill, \\noindent, \\fontsize{09}{14}\\selectfont, \\tsk (the file's own dash,
    defined in a style file teikit does not see): no text, each reported once."""
    root, result = encode(TRISTRAM, "sterne.txt")
    reported = " ".join(item.text for item in result.left_out)
    for name in ("\\vfill", "\\noindent", "\\fontsize", "\\tsk", "%"):
        assert name in reported, name
    assert not re.search(r"tsk|vfill|noindent", body_text(root))


def test_emphasis_commands_and_declarations_are_hi():
    """\\i{Good G\\bzz{od}!}: italic (\\i is the file's own command: with a word in braces it
    is no dotless i); \\emph, \\textit, {\\it …}, \\textsc as in any LaTeX."""
    root, _ = encode(TRISTRAM, "sterne.txt")
    assert "Good God!" in texts(root, "//t:hi[@rend='italic']")
    root, _ = encode("\\emph{one} and {\\it two} and \\textsc{Three} and \\textbf{four}.\n",
                     "e.tex")
    assert texts(root, "//t:hi[@rend='italic']") == ["one", "two"]
    assert texts(root, "//t:hi[@rend='smallcaps']") == ["Three"]
    assert texts(root, "//t:hi[@rend='bold']") == ["four"]


def test_the_transcription_keeps_its_printed_lines_and_page_breaks():
    """One \\stick{…} per printed line, \\break and \\\\: the original's line ends (<lb/>);
    \\eject: a page break."""
    root, result = encode(TRISTRAM, "sterne.txt")
    assert "latex-printed-lines" in result.rules
    para = next(p for p in xp(root, "//t:p") if "Never poor" in "".join(p.itertext()))
    assert len(xp(para, ".//t:lb")) >= 8
    assert len(xp(root, "//t:pb")) >= 1


def test_a_catchword_is_left_out_where_the_next_page_repeats_it():
    """\\catch{mirth;} at a page's foot, the next page opening "mirth; being …": once."""
    root, result = encode(TRISTRAM, "sterne.txt")
    assert body_text(root).count("mirth;") == 1
    assert any(item.code == "catchword" for item in result.left_out)


def test_sections_footnotes_links_lists_and_quotations():
    """An edition's usual LaTeX: \\section, \\footnote at its marker, \\href, itemize and
    enumerate, quote, verse with \\\\, comments."""
    source = r"""\documentclass{article}
\begin{document}
\section{The first letter}
Dear Sir, I write of the caf\'e on the \emph{Rue}
de la Paix.\footnote{Now the \textit{Rue de la Paix}.} See \href{https://example.org}{the site}.
% the editor's own remark
\begin{quote}
A quoted passage.
\end{quote}
\begin{enumerate}
\item one
\item two
\end{enumerate}
\begin{verse}
Roses are red,\\
violets blue.
\end{verse}
\end{document}
"""
    root, result = encode(source, "letters.tex")
    assert "The first letter" in texts(root, "//t:head")
    note = xp(root, "//t:p/t:note")
    assert len(note) == 1 and "Rue de la Paix" in "".join(note[0].itertext())
    assert xp(root, "//t:ref/@target") == ["https://example.org"]
    assert "café" in body_text(root)
    assert "editor's own remark" not in body_text(root)
    assert any(item.text.startswith("%") for item in result.left_out)
    verse = next(p for p in xp(root, "//t:p") if "Roses" in "".join(p.itertext()))
    assert xp(verse, "t:lb")


def test_accents_dashes_and_ties_are_the_characters_they_print():
    root, _ = encode("Jos\\'e na\\\"ive gro\\ss e, \\c{c}a~va -- 1760---1768 ``quoted''.\n",
                     "a.tex")
    assert "José naïve große, ça va – 1760—1768 “quoted”." in body_text(root)


@pytest.mark.parametrize("broken", [
    "\\begin{document}\nSome \\emph{words never closed and more words here\n\nLast para.\n",
    "\\begin{document}\n\\begin{center}\nCentred words\n\nand a final line\n",
    "Text with } a stray brace and \\end{quote} an end alone, words after.\n"])
def test_malformed_latex_still_encodes_every_word(broken):
    """An unclosed brace or environment (a transcription cut from a longer file): valid,
    every word kept."""
    root, _ = encode(broken, "cut.tex")
    source = words(re.sub(r"\\[A-Za-z]+|\{[a-z]+\}", " ", broken))
    assert not missing_words(source, root)


def test_format_latex_is_chosen_by_name_and_by_option():
    assert detect("x.tex", b"Just words.") == "latex"
    result = encode_text("\\textit{Words} in a text.\n", "x.txt", source_format="latex")
    root = etree.fromstring(result.data)
    assert "format-latex" in result.rules and "\\textit" not in body_text(root)


def test_a_plain_text_with_a_backslash_is_not_latex():
    """A text that quotes a command or two (a README, a path) stays plain text."""
    text = b"Notes\n\nThe file is at C:\\Users\\ann\\notes.\nWe typed \\emph{this} once.\n"
    assert detect("notes.txt", text) == "text"


# -- Org-mode ---------------------------------------------------------------------------------

def test_org_keywords_go_to_the_header_never_the_text():
    """Kanripo's #+TITLE:, #+PROPERTY: and the mode line: the header's, not text; #+DATE
    with a time of day is when the file was written, not the text's date."""
    assert detect("KR3e0001_001.txt", SUWEN.encode()) == "org"
    root, result = encode(SUWEN, "KR3e0001_001.txt")
    assert "format-org" in result.rules
    assert texts(root, "//t:titleStmt/t:title") == ["重廣補注黄帝内經素問"]
    assert xp(root, "//t:creation") == []
    text = body_text(root)
    for sign in ("#+", "mode:", "mandoku-view", "PROPERTY", "KR3e0001"):
        assert sign not in text
    notes = " ".join(texts(root, "//t:sourceDesc//t:note"))
    assert "KR3e0001" in notes and "2015-09-11" in notes


def test_mandoku_page_markers_are_page_breaks_and_pilcrows_line_ends():
    """<pb:KR3e0001_SBCK_001-1a>¶ -> <pb n="1a" facs="KR3e0001_SBCK_001-1a"/>; ¶ at every
    line's end -> the witness's line ends."""
    root, result = encode(SUWEN, "KR3e0001_001.txt")
    assert xp(root, "//t:pb/@n") == ["1a", "1b"]
    assert xp(root, "//t:pb/@facs") == ["KR3e0001_SBCK_001-1a", "KR3e0001_SBCK_001-1b"]
    text = body_text(root)
    assert "¶" not in text and "<pb" not in text
    assert "mandoku-line-ends" in result.rules


def test_double_column_commentary_is_not_a_stage_direction():
    """(之篇次皆王氏之所移也/第者欲存素問舊第目見今) opens a page: Wang Bing's commentary in
    small characters, not a play's direction."""
    root, _ = encode(SUWEN, "KR3e0001_001.txt")
    assert xp(root, "//t:stage") == []
    assert "(之篇次皆王氏之所移也/第者欲存素問舊第目見今)" in body_text(root)


ORG_NOTES = """#+TITLE: Journal of a Voyage
#+AUTHOR: Transcribed by A. Reader
#+DATE: 1838-12-01
#+OPTIONS: toc:nil

* TODO Letter the first                                              :letters:
  :PROPERTIES:
  :ID:       5a1b
  :END:
Philadelphia, /December/ 1838. My *dear* E., I return you the letter[fn:1] and
the [[https://example.org/scan1.jpg][scan of the first page]].
# checked against the print, 2021
#+BEGIN_QUOTE
Yours ever faithfully.
#+END_QUOTE
** Postscript
- first point
- second point

* Footnotes
[fn:1] From Mr. ——, received in November.
"""


def test_org_headings_emphasis_links_footnotes_and_blocks():
    """An Org transcription (the forms of the Org manual, as Kanripo's Readme.org uses
    headings): keyword header, TODO and tags, a property drawer, emphasis, a link, a
    footnote, a comment, a quotation block, Org's own "Footnotes" heading."""
    assert detect("voyage.txt", ORG_NOTES.encode()) == "org"
    root, result = encode(ORG_NOTES, "voyage.org")
    # (the text's first heading names it, as under Markdown's front matter; the file's
    # title is kept in the header)
    assert texts(root, "//t:titleStmt/t:title") == ["Letter the first"]
    assert "Journal of a Voyage" in texts(root, "//t:sourceDesc//t:note")
    heads = texts(root, "//t:head")
    assert "Letter the first" in heads and "Postscript" in heads
    assert "Footnotes" not in heads
    assert texts(root, "//t:hi[@rend='italic']") == ["December"]
    assert texts(root, "//t:hi[@rend='bold']") == ["dear"]
    assert xp(root, "//t:ref/@target") == ["https://example.org/scan1.jpg"]
    note = xp(root, "//t:p/t:note")
    assert len(note) == 1 and "received in November" in "".join(note[0].itertext())
    text = body_text(root)
    for sign in ("TODO", ":letters:", ":PROPERTIES:", "5a1b", "#+", "checked against",
                 "[fn:", "[[", "toc:nil"):
        assert sign not in text, sign
    assert "Yours ever faithfully." in text
    assert xp(root, "//t:creation/t:date/@when") == ["1838-12-01"]
    reported = " ".join(item.text for item in result.left_out)
    assert "TODO" in reported and ":PROPERTIES:" in reported and "checked against" in reported


def test_a_plain_text_with_hash_lines_is_not_org():
    """Comment-like "# " lines and an asterisk heading do not make a .txt Org."""
    text = b"# notes\n* Item one\n\nA letter of 1838.\n"
    assert detect("notes.txt", text) == "text"


def test_format_org_is_chosen_by_option():
    result = encode_text("A line with /italic/ words.\n", "x.txt", source_format="org")
    assert "format-org" in result.rules and b"<hi rend=\"italic\">italic</hi>" in result.data


# -- no syntax survives, in the real documents --------------------------------------------

@pytest.mark.parametrize("source,name,signs", [
    (TRISTRAM, "sterne.txt", ("\\", "{", "}", "[16pt]", "%")),
    (SUWEN, "suwen.txt", ("#+", "<pb:", "¶", "-*-")),
    (ORG_NOTES, "voyage.org", ("#+", "* ", ":END:", "[fn:", "[[", "/December/", "*dear*")),
])
def test_no_format_syntax_survives_as_text(source, name, signs):
    root, _ = encode(source, name)
    text = body_text(root)
    for sign in signs:
        assert sign not in text, sign


# -- properties ---------------------------------------------------------------------------------

TEX_PIECE = st.one_of(WORD, WORD, WORD, st.sampled_from([
    " ", " ", "\n", "\n\n", "\\emph{", "\\textbf{", "{", "}", "}", "\\section{", "\\footnote{",
    "\\\\", "% c\n", "\\begin{quote}", "\\end{quote}", "\\begin{itemize}", "\\end{itemize}",
    "\\item ", "~", "--", "\\'e", "{\\it ", "\\foo{", "\\bar ", "[", "]", "\\newpage ", "&",
    "\\vskip 3pt ", "\\hfill ", "\\title{", "\\begin{document}", "\\end{document}", "$",
    "\\chap{", "\\stick{", "\\item[", "\\href{https://x.org}{", "\\begin{tabular}{ll}",
    "\\end{tabular}", "\\"]))
ORG_PIECE = st.one_of(WORD, WORD, WORD, st.sampled_from([
    " ", " ", "\n", "\n\n", "* ", "** ", "/", "*", "_", "+", "=", "~", "[[", "]]", "][",
    "[fn:1]", "\n[fn:1] ", "#+TITLE: ", "#+BEGIN_QUOTE\n", "#+END_QUOTE\n", "\n# ",
    ":PROPERTIES:\n", ":END:\n", "- ", "| a | b |\n", "<pb:KR1_SBCK_001-1a>¶\n", "¶\n", "\\\\",
    "TODO ", " :tag:", "#+BEGIN_SRC\n", "#+END_SRC\n", ": ", "[[https://x.org]["]))


# what LaTeX does not print: comments, command names with their optional arguments,
# environments' names, sizes
TEX_SYNTAX = re.compile(r"%[^\n]*|\\begin\{[^{}]*\}(?:\{[^{}]*\})?|\\end\{[^{}]*\}|"
                        r"\\(?:[^\W\d_]+\*?|.)(?:\s*\[[^\[\]]*\])*|\d+pt|https://x\.org")
# (a command's name is letters, é too, as XeTeX and LuaTeX read it, and pylatexenc)


def _tex_letters(text: str) -> Counter:
    """The letters LaTeX prints (a command between two letters parts no word: "AA\\emph{A}"
    is AAA), as a multiset: no letter may be lost."""
    text = re.sub(r"(?<!\\)\\'e", "é", text)           # the accent it prints
    return Counter("".join(words(TEX_SYNTAX.sub(" ", text))))


def _master_letters(root) -> Counter:
    """The letters of the master's text and of its title and source description (where
    \\title and \\author go), not of its encoding description."""
    parts = [literal(el) for el in xp(root, "//t:text | //t:titleStmt | //t:sourceDesc")]
    return Counter("".join(words(" ".join(parts))))


@pytest.mark.slow
@pytest.mark.shared
@SETTINGS
@given(st.lists(TEX_PIECE, max_size=60).map("".join))
def test_any_latex_encodes_valid_and_keeps_its_words(tei_all_rng, text):
    encoded = encoded_valid(tei_all_rng, text, "gen.tex")
    if encoded is None:
        return
    _result, root = encoded
    assert not _tex_letters(text) - _master_letters(root)


# what Org does not print: the markup of keywords, drawers, blocks, comments, TODO, tags,
# a mandoku marker's identifier
ORG_SYNTAX = re.compile(r"(?m)#\+(?:BEGIN|END)_\w+|#\+TITLE:|^[ \t]*#(?:[ \t].*)?$|"
                        r":(?:PROPERTIES|END):|\bTODO\b|:tag:|<pb:[^>]*>|\[fn:1\]|https://x\.org")


def _org_words(text: str, link_brackets: str = " ") -> list[str]:
    """The words Org prints; a link's brackets print nothing ("AA[[A]]" shows "AAA") where
    they make a link, and stay where they make none: *link_brackets* is what they become."""
    return words(re.sub(r"\[\[|\]\[|\]\]", link_brackets, ORG_SYNTAX.sub(" ", text)))


@pytest.mark.slow
@pytest.mark.shared
@SETTINGS
@given(st.lists(ORG_PIECE, max_size=60).map("".join))
@example("AA[[A]]")               # a link glued to the word before it prints "AAA"
def test_any_org_encodes_valid_and_keeps_its_words(tei_all_rng, text):
    encoded = encoded_valid(tei_all_rng, text, "gen.org")
    if encoded is None:
        return
    _result, root = encoded
    assert not missing_words(_org_words(text), root) & missing_words(_org_words(text, ""), root)
