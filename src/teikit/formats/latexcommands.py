"""The LaTeX commands teikit knows (formats.latex): which make headings, emphasis, notes,
line and page breaks, which print no text (layout, spacing, fonts, references), which a
transcription's own commands resemble by name; and pylatexenc's tables, with the commands a
transcription uses that pylatexenc lacks."""
from __future__ import annotations

import re
from typing import Any

# -- the commands teikit knows --------------------------------------------------------------
SECTIONS = {"part": "h1", "chapter": "h1", "section": "h2", "subsection": "h3",
            "subsubsection": "h4", "paragraph": "h5", "subparagraph": "h6",
            "addchap": "h1", "addsec": "h2", "minisec": "h5"}
TEXT_RENDS = {"emph": "italic", "textit": "italic", "textsl": "italic", "mathit": "italic",
              "textbf": "bold", "mathbf": "bold", "textsc": "smallcaps",
              "textsuperscript": "sup", "textsubscript": "sub", "underline": "underline",
              "uline": "underline", "uuline": "underline", "sout": "strikethrough",
              "xout": "deleted"}
PLAIN_TEXT = {"textrm", "textmd", "textsf", "texttt", "textup", "textnormal", "text", "mbox",
              "hbox", "fbox", "makebox", "framebox", "mathrm", "textlatin", "textgreek",
              "textcyrillic", "foreignlanguage", "otherlanguage", "textcolor", "colorbox",
              "emph*", "hyphenation*", "raisebox", "scalebox", "resizebox", "nolinkurl",
              "ensuremath", "texorpdfstring", "centerline", "leftline", "rightline"}
LINE_MACROS = {"centerline", "leftline", "rightline"}     # a line of its own
BLOCK_MACROS = {"opening", "closing", "signature", "address", "ps", "cc", "encl",
                "caption", "epigraph", "dedication", "location", "telephone"}
# the first argument of these names a language, a colour, a size: not text
FIRST_ARG_SETTING = {"foreignlanguage", "textcolor", "colorbox", "raisebox", "scalebox",
                     "resizebox", "otherlanguage", "makebox", "framebox"}
DECLARATIONS = {"itshape": "italic", "it": "italic", "em": "italic", "slshape": "italic",
                "sl": "italic", "bfseries": "bold", "bf": "bold", "scshape": "smallcaps",
                "sc": "smallcaps"}
# commands that print no text: fonts and sizes, spacing, page styles, counters, rules
LAYOUT = {
    "tiny", "scriptsize", "footnotesize", "small", "normalsize", "large", "Large", "LARGE",
    "huge", "Huge", "smaller", "larger", "normalfont", "upshape", "mdseries", "rmfamily",
    "sffamily", "ttfamily", "rm", "tt", "sf", "selectfont", "fontsize", "usefont",
    "fontfamily", "fontseries", "fontshape", "color", "pagecolor", "pagestyle",
    "thispagestyle", "pagenumbering", "raggedright", "raggedleft", "centering",
    "raggedbottom", "flushbottom", "setlength", "addtolength", "setcounter", "addtocounter",
    "stepcounter", "refstepcounter", "hrule", "vrule", "hline", "cline", "toprule",
    "midrule", "bottomrule", "relax", "protect", "nobreak", "allowbreak", "strut", "null",
    "noindent", "indent", "vfill", "vfil", "vss", "smallskip", "medskip", "bigskip",
    "vspace", "addvspace", "vspace*", "label", "index", "glossary", "nocite", "phantomsection",
    "markboth", "markright", "tableofcontents", "listoffigures", "listoftables",
    "frontmatter", "mainmatter", "backmatter", "appendix", "hypersetup", "linespread",
    "onehalfspacing", "doublespacing", "singlespacing", "frenchspacing", "nonfrenchspacing",
    "sloppy", "fussy", "selectlanguage", "ignorespaces", "unskip", "leavevmode",
    "hyphenation", "clubpenalty", "widowpenalty", "flushleft", "flushright", "twocolumn",
    "onecolumn", "balance", "enlargethispage", "looseness", "nopagebreak", "samepage",
    "pagebreak*", "FloatBarrier", "makeatletter", "makeatother", "nonumber", "notag",
    "bibliographystyle", "graphicspath", "DeclareGraphicsExtensions", "geometry",
    "newgeometry", "restoregeometry", "titleformat", "titlespacing", "setmainfont",
    "setsansfont", "setmonofont", "newfontfamily", "babelfont", "setmainlanguage",
    "setotherlanguage", "useshorthands", "defineshorthand", "pretolerance", "tolerance",
    "emergencystretch", "hbadness", "vbadness", "hfuzz", "vfuzz", "@", "/", "-", "!",
    "newcounter", "newlength", "newsavebox", "usetikzlibrary", "tikzset", "pgfplotsset",
    "lstset", "definecolor", "colorlet", "DeclareMathOperator", "numberwithin"}
SPACES = {"quad", "qquad", "enspace", "enskip", "thinspace", "negthinspace", "hfill", "hfil",
          "hss", "hspace", "hspace*", ",", ";", ":", " ", "space", "xspace", "nobreakspace",
          "dotfill", "hrulefill", "medspace", "thickspace", "kern", "hskip", "tab", ">", "<"}
# the primitives and registers followed by a dimension (\vskip 16pt, \parskip 14pt,
# \kern -2pt, \penalty 100): the dimension is layout too
GLUE = {"vskip", "hskip", "kern", "vspace", "hspace", "parskip", "parindent", "baselineskip",
        "lineskip", "hangindent", "leftskip", "rightskip", "penalty", "hangafter", "looseness",
        "tolerance", "pretolerance", "clubpenalty", "widowpenalty", "emergencystretch",
        "moveleft", "moveright", "raise", "lower", "tstrut", "mathsurround", "topskip",
        "hoffset", "voffset", "textwidth", "textheight", "linewidth", "columnsep",
        "hyphenpenalty", "exhyphenpenalty", "parfillskip", "abovedisplayskip",
        "belowdisplayskip", "lineskiplimit", "vsize", "hsize", "footskip", "headheight",
        "headsep", "oddsidemargin", "evensidemargin", "topmargin", "marginparwidth"}
BREAKS = {"\\", "newline", "linebreak", "break", "cr", "crcr"}
PAGES = {"newpage", "clearpage", "cleardoublepage", "pagebreak", "eject", "supereject",
         "newpage*"}
HEADER = {"title": "title", "author": "author", "date": "date", "subtitle": "subtitle",
          "publishers": "publisher", "publisher": "publisher", "editor": "editor",
          "translator": "translator"}
NOTES = {"footnote", "endnote", "marginpar", "marginnote", "sidenote", "footnotetext"}
IGNORED_WITH_ARGS = {"label", "index", "glossary", "nocite", "cite*", "pagestyle",
                     "thispagestyle", "pagenumbering", "markboth", "markright",
                     "hyphenation", "bibliographystyle", "vspace", "hspace", "vspace*",
                     "hspace*", "color", "fontsize", "setlength", "addtolength", "setcounter",
                     "addtocounter", "usepackage", "documentclass", "RequirePackage",
                     "selectlanguage", "hypersetup", "graphicspath", "newcounter",
                     "newlength", "definecolor", "colorlet", "linespread", "geometry",
                     "newgeometry", "enlargethispage", "stepcounter", "refstepcounter",
                     "input", "include", "includeonly", "bibliography", "addbibresource",
                     "titleformat", "titlespacing", "setmainfont", "setsansfont",
                     "setmonofont", "newfontfamily", "setmainlanguage", "setotherlanguage",
                     "lstset", "usetikzlibrary", "tikzset", "pgfplotsset", "numberwithin",
                     "DeclareMathOperator", "fontfamily", "fontseries", "fontshape",
                     "usefont", "pagecolor"}
CITATIONS = {"cite", "citep", "citet", "citealt", "citealp", "citeauthor", "citeyear",
             "ref", "pageref", "autoref", "cref", "Cref", "eqref", "nameref", "vref"}
DEFINITIONS = {"def", "gdef", "edef", "xdef", "let", "newcommand", "renewcommand",
               "providecommand", "DeclareRobustCommand", "newcommand*", "renewcommand*",
               "newenvironment", "renewenvironment", "newtheorem", "NewDocumentCommand",
               "RenewDocumentCommand", "DeclareDocumentCommand", "newif", "chardef",
               "mathchardef", "countdef", "dimendef", "skipdef", "toksdef", "font"}
# accents (\'e, \c{c}) and characters (\ss, \oe, \dots, \&) pylatexenc's latex2text prints
ACCENTS = {"'", "`", "^", '"', "~", "=", ".", "u", "v", "H", "c", "d", "b", "r", "k", "t"}
QUOTES = {"quote": "quote", "quotation": "quote", "verse": "quote", "displayquote": "quote",
          "epigraph": "quote", "letter": "", "abstract": "", "center": "", "flushleft": "",
          "flushright": "", "minipage": "", "multicols": "", "multicols*": "", "spacing": "",
          "samepage": "", "titlepage": "", "document": "", "figure": "", "figure*": "",
          "table": "", "table*": "", "otherlanguage": "", "otherlanguage*": "",
          "english": "", "small": "", "footnotesize": "", "large": "", "center*": "",
          "sloppypar": "", "singlespace": "", "doublespace": "", "onehalfspace": "",
          "addmargin": "", "adjustwidth": "", "itemize": "", "enumerate": "",
          "description": "", "list": ""}
LISTS = {"itemize", "enumerate", "description", "list", "compactitem", "compactenum",
         "inparaenum", "asparaenum", "enumerate*", "itemize*", "description*"}
VERBATIM = {"verbatim", "verbatim*", "lstlisting", "alltt", "Verbatim", "minted", "comment"}
TABLES = {"tabular", "tabular*", "tabularx", "longtable", "tabulary", "array", "supertabular",
          "xtabular", "tblr"}
MATH_ENVS = {"equation", "equation*", "align", "align*", "gather", "gather*", "multline",
             "multline*", "eqnarray", "eqnarray*", "displaymath", "math", "flalign",
             "flalign*", "alignat", "alignat*"}
# a command of the document's own (not in any table) whose name says it makes a heading,
# standing alone on its line: "\chap{I}{16pt}{8pt}" -> the heading "I"
HEADING_NAME = re.compile(r"^(?:chap(?:ter)?|sect(?:ion)?|head(?:ing)?|subhead(?:ing)?|"
                          r"part|book|canto|caput|kapitel)\w{0,12}$", re.I)
# a command of its own whose name says it prints a catchword ("\catch{mirth;}",
# "\catchv{A}{per-}"), at a page's foot: left out when the next words are the same
CATCH_NAME = re.compile(r"(?i)^catch\w{0,8}$")
TEX_MARKUP = re.compile(r"%[^\n]*|\\[A-Za-z@]+\*?(?:\s*\[[^\]\n]*\])?|\\.|[{}]|"
                        r"(?<![\w.])-?\d+(?:\.\d+)?\s*(?:pt|pc|in|bp|cm|mm|dd|cc|sp|em|ex)\b")
# a command of its own whose name says it emphasises ("\i{Tully}", "\ital{…}")
RENDS_BY_NAME = {"i": "italic", "it": "italic", "ital": "italic", "italic": "italic",
                 "italics": "italic", "bold": "bold", "sc": "smallcaps",
                 "smallcaps": "smallcaps", "smcp": "smallcaps", "sup": "sup", "super": "sup",
                 "ul": "underline", "strike": "strikethrough"}
# a command of its own that sets a drop capital: its first argument is a word's first
# letter ("\dropcap{N}{ever}", "\lettrine{L}{orem}")
INITIAL_NAME = re.compile(r"(?i)lettrine|dropcap|initial|dropini|yinit|^cap$")
DIMENSION = re.compile(r"^\s*=?\s*-?\s*(?:\d+(?:[.,]\d*)?|[.,]\d+)\s*(?:pt|pc|in|bp|cm|mm|dd|cc|sp|"
                       r"em|ex|mu|px|fil{1,3}|\\[A-Za-z]+)\b(?:\s*(?:plus|minus)\s*-?\s*"
                       r"(?:\d+(?:\.\d*)?|\.\d+)\s*(?:pt|pc|in|bp|cm|mm|dd|cc|sp|em|ex|mu|"
                       r"fil{1,3})\b){0,2}")
NUMBER = re.compile(r"^\s*=?\s*-?\s*(?:\d+(?:[.,]\d*)?|[.,]\d+)\s*")
LAYOUT_ARGUMENT = re.compile(r"^\s*-?\s*(?:\d+(?:[.,]\d*)?|[.,]\d+)\s*(?:pt|pc|in|bp|cm|mm|dd|cc|"
                             r"sp|em|ex|mu|px|%)?\s*$")
# an optional argument of settings: "[twoside]", "[width=\textwidth]", "[findent=0pt]"
SETTING = re.compile(r"^\s*(?:[\w@*.:+\-/\\]+\s*(?:=\s*[^,=\s][^,=]*)?)?\s*$")


_CONTEXT: Any = None


def context() -> Any:
    """pylatexenc's table of LaTeX's commands, with those a transcription uses that it lacks
    (their arguments parsed as arguments, not as text after the command)."""
    global _CONTEXT
    if _CONTEXT is None:
        from pylatexenc import macrospec
        from pylatexenc.latexwalker import get_default_latex_context_db
        db = get_default_latex_context_db()
        specs = {"paragraph": "*[{", "part": "*[{", "addchap": "*[{", "addsec": "*[{",
                 "minisec": "{", "textsuperscript": "{", "textsubscript": "{", "sout": "{",
                 "uline": "{", "uuline": "{", "xout": "{", "href": "{{", "url": "{",
                 "footnotemark": "[", "footnotetext": "[{", "marginpar": "[{",
                 "marginnote": "{", "sidenote": "{", "endnote": "{", "lettrine": "[{{",
                 "fontsize": "{{", "pagestyle": "{", "thispagestyle": "{",
                 "pagenumbering": "{", "markboth": "{{", "markright": "{", "index": "{",
                 "hyphenation": "{", "centerline": "{", "leftline": "{", "rightline": "{",
                 "caption": "[{", "makebox": "[[{", "framebox": "[[{", "fbox": "{",
                 "raisebox": "{[[{", "scalebox": "{[{", "resizebox": "{{{",
                 "foreignlanguage": "[{{", "textlatin": "{", "textgreek": "{",
                 "subtitle": "{", "opening": "{", "closing": "{", "signature": "{",
                 "address": "{", "ps": "{", "cc": "{", "encl": "{", "epigraph": "{{",
                 "dedication": "{", "pagebreak": "[", "linebreak": "[", "nopagebreak": "[",
                 "newpage": "", "clearpage": "", "maketitle": "", "bibliographystyle": "{",
                 "addbibresource": "[{", "graphicspath": "{", "newcounter": "{[",
                 "stepcounter": "{", "refstepcounter": "{", "enlargethispage": "*{",
                 "linespread": "{", "geometry": "{", "nameref": "{", "pageref": "{",
                 "vref": "{", "nolinkurl": "{", "nocite": "{", "glossary": "{",
                 "usefont": "{{{{", "fontfamily": "{", "fontseries": "{", "fontshape": "{",
                 "selectlanguage": "{", "textnormal": "{", "newtheorem": "{[{[",
                 "location": "{", "telephone": "{", "addvspace": "{", "publishers": "{",
                 "publisher": "{", "editor": "{", "translator": "{",
                 "titleformat": "*{[{{{{[", "titlespacing": "*{{{{[", "setmainfont": "[{[",
                 "setsansfont": "[{[", "setmonofont": "[{[", "newfontfamily": "{[{[",
                 "setmainlanguage": "[{", "setotherlanguage": "[{", "lstset": "{",
                 "usetikzlibrary": "{", "tikzset": "{", "pgfplotsset": "{",
                 "numberwithin": "[{{", "newgeometry": "{", "includeonly": "{"}
        macros = [macrospec.std_macro(name, spec) for name, spec in specs.items()]
        envs = [macrospec.std_environment(name, spec) for name, spec in
                {"multicols": "{", "multicols*": "{", "minipage": "[[[{", "tabularx": "{{",
                 "longtable": "[{", "otherlanguage": "{", "otherlanguage*": "{",
                 "spacing": "{", "letter": "{", "addmargin": "[{", "adjustwidth": "{{",
                 "list": "{{", "Verbatim": "[", "lstlisting": "[", "minted": "[{",
                 "tabulary": "{{", "supertabular": "{", "xtabular": "{", "tblr": "{"}.items()]
        db.add_context_category("teikit", macros=macros, environments=envs,
                                prepend=True)
        _CONTEXT = db
    return _CONTEXT


_L2T: Any = None


def latex2text() -> Any:
    global _L2T
    if _L2T is None:
        from pylatexenc.latex2text import LatexNodes2Text
        _L2T = LatexNodes2Text(math_mode="text", strict_latex_spaces=True)
    return _L2T
