"""Metadata record -> teiHeader. A field the source does not give is left out, never
filled with a placeholder; the editorial declaration is written from the rules that fired."""
from __future__ import annotations

import copy
import re
from typing import Any

from . import __version__
from .edition import Edition
from .readers.context import Meta, date_attributes
from .tei import XML_ID, E
from .transforms import Speaker, make_id

# Rule -> (editorialDecl part, sentence). Order here is the order in the header.
RULES = [
    ("left-out", "normalization", "Web-site navigation, empty record fields and notes printed "
     "twice are left out; the encoding report lists each with its line."),
    # band18
    ("metadata-block", "normalization", "A YAML metadata block further down a Markdown text "
     "(a “---” line after a blank line, three fields or more, a “---” "
     "line), as Pandoc reads one anywhere, is left out of the text: its fields go to the "
     "source citation, its date and language to the header where the text gives none."),
    ("label-once", "interpretation", "Where speakers' labels stand alone over the speech "
     "and two names or more come back so, a label used once in that form (a chorus: "
     "“MATROSEN.”) opens a turn too; a heading that names an act or a scene "
     "never does."),
    ("whitespace", "normalization", "Runs of spaces and non-breaking spaces are reduced to "
     "one space; line ends are normalised."),
    # left10
    ("calendar-dates", "interpretation", "A date of the Hijri, Hebrew or Persian (Solar "
     "Hijri) calendar (the calendar's own month name between a day and a year: "
     "“15 رمضان 1342 هـ”, “כ\"ג באדר תרצ\"ה”, “۱۲ فروردین ۱۳۰۲”) is kept as printed, "
     "its calendar in @calendar (declared in calendarDesc) and its Gregorian date in "
     "@when, converted by the convertdate library: the Hijri date by the tabular "
     "(arithmetic) calendar, which can be a day or two off the month as sighted or as "
     "the Umm al-Qura table gives it; Adar alone in a Hebrew leap year is read as Adar I."),
    ("examination-turns", "interpretation", "Under an examination heading that names the "
     "witness and the examiner (“John Smith sworn. Examined by Mr. Erskine.”, "
     "“Direct examination of John Smith by Mr. Jones”, “EXAMINATION BY MR. X:” after "
     "“JOHN SMITH, having been duly sworn”), a “Q.” turn is the examiner's and an “A.” "
     "turn the witness's: @who names the person, <speaker> keeps the label as printed."),
    # round 20
    ("dateline-run-in", "interpretation", "A report's dateline at the head of its first "
     "paragraph (\u201cPERTH, Wednesday 17th April 1833.\u201d over the text, or run into it "
     "after a dash: \u201cGLASGOW, 22d OCTOBER, 1828.\u2014This morning \u2026\u201d) is the "
     "<dateline>; the text under or after it is the first paragraph."),
    ("descriptive-title", "interpretation", "A printed sheet's long descriptive title at "
     "its head (\u201cA particular account of the Execution of \u2026\u201d, \u201cLife, "
     "Transactions, and Execution of \u2026\u201d), one sentence of up to eight lines, is its "
     "heading (under a short heading such as \u201cEXECUTION.\u201d, part of it) and its title."),
    ("title-run", "interpretation", "A title set over short lines apart, a joining word "
     "alone between them (\u201cHUZZA !\u201d / \u201cFOR\u201d / \u201cPROVOST SPITTAL "
     "!!!\u201d), as broadsides and title pages print it, is one heading."),
    ("liquid-breaks", "interpretation", "A Jekyll edition's page and column breaks, written "
     "as Liquid includes (\u201c{% include pagebreak.html \u2026 %}\u201d, \u201c{% include "
     "columnbreak.html col=\"2\" %}\u201d), are <pb/> and <cb/> where they stand, also in raw "
     "HTML; every other template tag is left out and reported."),
    ("title-page-block", "interpretation", "A centred HTML block that opens a Markdown text, "
     "its lines ended by <br/>, is its title page: the first lines, in capitals, are the "
     "heading and the title; the others are kept as its lines."),
    ("stray-brackets", "interpretation", "A bracket pair around more than forty words, or "
     "more than twelve across a sentence's end, is two stray brackets (OCR), not supplied "
     "words: kept as text and reported."),
    ("rejoined", "segmentation", "A paragraph that the source breaks in mid-sentence (at a "
     "page break) is joined again."),
    ("sp", "interpretation", "Speaker turns (\u201cName: \u2026\u201d) are encoded as <sp> "
     "with the label as printed in <speaker>; @who points to one <person> per label in "
     "particDesc. Speakers are not identified beyond their label."),
    ("label-rejected", "interpretation", "A paragraph that opens with a speaker's label of "
     "the form the document's turns take (bold with a colon, a title and a name in capitals "
     "and a full stop), where the label is not taken, is a paragraph of its own: never "
     "part of the previous speaker's turn (reported)."),
    ("time-only-label", "interpretation", "A label whose every turn says nothing but a time "
     "(\u201cBreak: [13:40]\u201d, a podcast's segment mark) names no speaker: a paragraph "
     "of its own, with no person in particDesc."),
    ("page-index", "interpretation", "A PDF converter's own page index (\u201cPage 66\u201d, "
     "counted from the file's first page) beside the printed folios (564) is one page break "
     "with them: the <pb/> takes the folio, where two pages or more pair index and folio by "
     "one offset; a page whose folio is printed at its foot takes its index plus that "
     "offset. The index lines are left out and reported."),
    ("transcriber-cue", "interpretation", "In a record of speech, brackets around a "
     "timecode with words (\u201c[theme song 00:00:40]\u201d), around words the text "
     "brackets three times or more, or around a few words in small letters, standing "
     "between a speaker's sentences (\u201cIs it the playground? [fail alert]\u201d), are "
     "the transcriber's note of what was heard: <incident>, not <supplied>."),
    ("narration", "interpretation", "A short sentence of the recorder's between turns "
     "(\u201cHe draws analogy \u2026\u201d) is a paragraph of its own, not part of the "
     "speech before it."),
    ("stage", "interpretation", "Stage directions in parentheses are encoded as <stage>, "
     "between turns or inside the turn where they stand."),
    ("dateline", "stdVals", "Dates in datelines are given in ISO 8601 in date/@when; a clock "
     "time is part of @when, a time range is a <time> with @from and @to."),
    ("quote", "quotation", "Quotation marks are kept as printed; a quotation that runs over "
     "several paragraphs is also enclosed in <quote>."),
    ("sic", "correction", "Words the source marks [sic] are encoded as <sic>; the sign [sic] "
     "is left to the exporters."),
    ("choice", "correction", "Where the source gives a correction after [sic], <choice> holds "
     "<sic> and <corr>."),
    ("supplied", "correction", "Words in square brackets added by the source's editor are "
     "encoded as <supplied>, including modern names given after older ones (Port Arthur "
     "[L\u00fcshunkou]): teikit does not guess which brackets are glosses, so all are "
     "treated alike."),
    ("incident", "interpretation", "The reporter's notes of what happened ([Laughter.], "
     "[Interruption.], [pause]) are <incident> with the words in <desc>, not supplied text."),
    ("archival-reference", "interpretation", "Archival references in brackets ([TNA: FO "
     "371/84567]) are <note type=\"source\">, not supplied text."),
    ("editorial-note", "interpretation", "The editor's or reporter's comments in brackets "
     "([see No. 236], [presiding], [… - ed.]) are <note type=\"editorial\">, not supplied "
     "text."),
    ("unclear", "correction", "Words the source queries ([word?], word [?]) are <unclear>."),
    ("query-first", "correction", "A query before the words in brackets ([?Boww]) marks "
     "doubt as one after them does ([Boww?]): <unclear>; words after the query that "
     "describe the doubt rather than read the source ([?not sure of word]) are a <gap "
     "reason=\"illegible\"> with the words as its <desc>."),
    ("supplied-heading", "correction", "A heading wholly in brackets ([Additional "
     "organizational matters.]) is the editor's, where the original has none: its words "
     "are <supplied> in the <head>, as the same editor's brackets are in the text."),
    ("record-part", "interpretation", "A transcriber's mark of a part of the record in "
     "brackets ([END OF SEASON], [BLANK PAGE], [NO MEETING]) is <note type=\"editorial\">, "
     "never supplied words."),
    ("gap-illegible", "correction", "Illegible passages are <gap reason=\"illegible\"/>, with "
     "quantity and unit where the source counts them."),
    ("gap-declassified", "correction", "Passages not declassified are <gap "
     "reason=\"not-declassified\"> with the source's words in <desc>."),
    ("gap-omitted", "correction", "Passages the source's editor omitted (\u201cHere follows "
     "\u2026\u201d, \u201cnot printed\u201d) are <gap reason=\"omitted\"> with the editor's "
     "words in <desc>."),
    ("pb-facs", "interpretation", "Where the source links a page's image at a page break "
     "(an edition's page-image link), the <pb> gives the image's address in @facs; the link "
     "is not text."),
    ("date-from-title", "interpretation", "Where the text states no date, the date in the "
     "source's own title (a web page's <title>, a Markdown title) is the document's date."),
    ("date-act-opening", "interpretation", "An act's opening clause (\u201cEn la ciudad de "
     "\u2026, á \u2026\u201d) dates a text a blog reposted, where nothing else in it "
     "does (the post's front-matter date with its time of day is when the post went up)."),
    ("page-outside", "normalization", "Of a web page, only the content area is encoded; outside "
     "it, the page header's headings that make up the page's title and a roll of those "
     "present (Present, Regrets, Chair, Scribe) are kept, the rest is left out and reported."),
    ("label-element", "interpretation", "A speaker label that a web page sets in an element "
     "of its own at a paragraph's start (<cite>ege:</cite>, <cite>&lt;Ege&gt;</cite>) is the "
     "speaker of a turn, not emphasis; an IRC nick loses its angle brackets."),
    ("line-bars", "segmentation", "Bars that mark the original's line ends in a diplomatic "
     "transcription or an inscription's text (Serenissimo Principe |, conve-|nuto, sic "
     "valeas, | sic habeas) are <lb/>, inside a word <lb break=\"no\"/> (the halves no "
     "words the text uses alone: fa|miliarissime, pro| vinciarum; quam|longo two words); a "
     "doubled bar between words (propytia, || munn) is the next column or face, <cb/>."),
    ("lb-in-word", "segmentation", "A bar inside a word (re|newing), where the "
     "transcription marks the end of the original's line, is <lb break=\"no\"/>; so is a "
     "line end inside a word broken by a hyphen or by = (re-/frendado, gelung/=nen) where "
     "the lines are kept as lines (the sign stays as printed)."),
    ("soft-breaks", "segmentation", "In Markdown, reStructuredText, AsciiDoc and Org a "
     "line end inside a paragraph is a soft break: where half the text's paragraphs of "
     "several lines read as wrapped prose, a paragraph of prose lines (30 characters or "
     "more, no salutation or closing) is one line, its line ends spaces, never <lb/>; a "
     "text set line by line (verse) keeps its lines."),
    ("kept-line-breaks", "segmentation", "A paragraph whose every line ends in the break "
     "Markdown asks for (two spaces or a backslash at the end), or a Word paragraph's "
     "soft line breaks (w:br, typed on purpose), keeps its lines: each is "
     "<lb/>, never joined as wrapped prose (a semi-diplomatic transcription keeps the "
     "original's lines so)."),
    ("letter-speakers", "interpretation", "Letters in parentheses that take turns at the "
     "start of lines ((H) \u2026 / (T) \u2026, an examination's questioner and examinee) are "
     "speaker labels; letters that run on ((a), (b), (c)) stay an enumeration."),
    ("bare-labels", "interpretation", "Names in capitals with no colon after them "
     "(QUESTION \u2026 / MR. HOLT \u2026) are speaker labels where two or more open three "
     "lines each and come back in turn."),
    ("turn-run-in", "interpretation", "Where a transcript lost its line ends and turns run "
     "on inside a paragraph, the label of a speaker who opens two turns or more elsewhere "
     "(\u201c\u2026 ago. French: Oh, \u2026\u201d) opens a turn where it stands."),
    ("del", "correction", "Words the source marks as deleted (HTML's <del>, a label "
     "[deleted: x], [Ray\u00e9: x], [skre\u015blenie: x] and its words) are <del>; "
     "words only drawn struck through (<s>, ~~…~~) are <hi rend=\"strikethrough\">."),
    ("notes", "interpretation", "Footnotes listed at the end of the source are placed at "
     "their markers as <note place=\"foot\">, numbered as in the source."),
    ("notes-original", "interpretation", "Notes marked [Orig. note] (notes of the printed "
     "edition) have type=\"original\"."),
    ("notes-unanchored", "interpretation", "Notes that the text never refers to are kept at "
     "the end of the text."),
    ("pb", "interpretation", "Page markers [Page N] are <pb n=\"N\"/> where they stand."),
    ("numbered", "interpretation", "Numbered points keep their number in the text and in @n."),
    ("list", "interpretation", "Lists of lines (participants, numbered items) are <list>."),
    ("pipe-table", "interpretation", "In a plain text, a table typed with bars (three rows "
     "at least of one number of cells) is a <table>; a row with words in its first cell "
     "only goes on with the row above, and a row of dashes makes the rows above it the "
     "header."),
    ("table", "interpretation", "Tables of the source (a Markdown pipe table, an HTML or "
     "Word table) are <table> with a <row> for each row and a <cell> for each cell; header "
     "cells have role=\"label\" (on the row when all its cells are), spanned cells @cols "
     "and @rows, a caption is the table's <head>."),
    ("layout-table", "segmentation", "A web page laid out in a table (a cell holding headings, "
     "another table, a rule, more than six paragraphs or 1,000 characters; a table of one "
     "cell or one column; role=\"presentation\") is no table of the document: its cells "
     "are paragraphs like the rest of the page."),
    ("closer", "interpretation", "The signature at the end is <closer><signed>, with the "
     "closing phrases before it (\u201cYours faithfully,\u201d) as <salute>."),
    ("postscript", "interpretation", "A postscript after the signature is a <postscript>."),
    ("closing_dateline", "interpretation", "The place and date over a letter's closing "
     "(Di Stucart a\u2019 9 luglio 1616) are the closer's <dateline>."),
    ("addressee", "interpretation", "The addressee's name under the signature (\u201cT P\u201d "
     "/ \u201cThe Honble Benn. Franklin\u201d) is a <seg type=\"address\"> in the closer."),
    ("salute", "interpretation", "A letter's salutation (\u201cDear Sir,\u201d) is a <salute> "
     "in the opener."),
    ("telegram-number", "interpretation", "The telegram number is a <seg "
     "type=\"telegram-number\"> in the opener, as printed."),
    ("file-number", "interpretation", "The file number printed before the heading is an "
     "inline <note type=\"source\">."),
    ("doc-number", "interpretation", "The document number that opens the heading is also "
     "given in div/@n."),
    ("nfc", "normalization", "The text is in Unicode NFC: characters written as a letter "
     "and a combining mark in the source are composed (as the TEI Guidelines recommend)."),
    ("format-markdown", "normalization", "The source is Markdown, read with markdown-it-py "
     "(CommonMark, footnotes, front matter): no Markdown syntax is kept as text."),
    ("format-html", "normalization", "The source is a web page, read with lxml.html: its main "
     "content is the text; navigation, scripts and forms are left out and reported."),
    ("format-docx", "normalization", "The source is a Word document, converted with mammoth "
     "(text, tables, notes; one copy of a text box's alternative contents)."),
    ("hi", "normalization", "Emphasis the source format marks (italic, bold, superscript, "
     "_underscores_ in plain text) is <hi rend>."),
    ("ref", "normalization", "Links are <ref target>."),
    ("link-as-words", "normalization", "A link whose target is no address a master may "
     "hold (a script, or a malformed one such as http://http://…) keeps its words as a "
     "<seg type=\"link\">; the target is named in the report."),
    ("source-citation", "normalization", "The source's own citation lines at its top "
     "([Congressional Record Volume …], [House]) and an e-book's licence header go to the "
     "source description, not the text."),
    ("head-from-format", "interpretation", "Where the text has no heading, the title the "
     "source file gives (a web page's title, Markdown front matter) is its <head "
     "type=\"source-title\">."),
    ("front-matter-any-format", "interpretation", "Front matter at the top of a page of any "
     "format (a Jekyll, Hugo or Eleventy --- YAML or +++ TOML block over an .html or a text "
     "file) is read as in Markdown: its title, date and address go to the header, its "
     "lines are left out and reported. A list is one field, its items joined; front matter "
     "that is not YAML is read a \"key: value\" line at a time, so that no word is lost."),
    ("site-metadata", "interpretation", "Metadata lines at the top without --- (Pelican, "
     "MultiMarkdown: PubDate:, Slug:, Title:; a collection's one line President: Lyndon B. "
     "Johnson, its key used nowhere as a speaker's label) go to the header and are "
     "reported; a publication date is the document's date, a modification stamp with a "
     "weekday and a time of day never is."),
    ("filing-title", "interpretation", "A title the source file gives that is only a date "
     "and a kind of document (1891-01-28 Meeting Minutes) yields to the text's own first "
     "heading; it stays in the source description."),
    ("markdown-style-script", "normalization", "Style sheets and scripts written into "
     "Markdown (<style>…</style>) are format markup: left out and reported, never text."),
    ("fenced-div", "normalization", "The fences of a Pandoc div (::: {.class} … :::) are "
     "format markup, left out and reported; what they enclose is read as the text."),
    ("footnote-no-colon", "interpretation", "A footnote definition written without its "
     "colon ([^note] text at a line's start), its label used as a marker and defined "
     "nowhere else, is the note of that marker."),
    ("run-in-heading", "segmentation", "A heading in capitals that OCR ran into the first "
     "paragraph is a heading again."),
    ("masthead", "segmentation", "A masthead set in capitals over blank lines at the top "
     "(MALAYSIA / DEWAN NEGARA) is one heading."),
    ("heading-line", "segmentation", "A short title on the first line of an OCR'd page, "
     "over the text with no blank line (THE COLONATE.), is the heading."),
    ("title-page-lines", "segmentation", "A title set over its date at the top of the "
     "text, with no blank line before the text (an interview's title page), is the heading "
     "and the dateline."),
    ("page-forms", "interpretation", "Page markers in their other forms ([[Page H6116]], "
     "Page 12, - 12 -, [p. 12], _page: 42, ## Page 1) are <pb n=\"N\"/>."),
    ("scan-page-headers", "interpretation", "A scan's page header (HathiTrust's ## p. xiii "
     "(#17) ####) is <pb n=\"xiii\"/>, numbered by its label (else by a number printed "
     "alone at the page's foot); the header, whose scan sequence is no page number, and a "
     "printed number that repeats the label are left out and reported."),
    ("brace-page-numbers", "interpretation", "Page numbers in braces inside the text "
     "(argumenta-me{12} que, a Gutenberg or Wikisource transcription's) are <pb n=\"12\"/> "
     "where they stand, when two at least rise page by page; decorated marker lines (--- page "
     "071r---, / 71r /, {12}, Page 21:) are page markers too, folio labels (71r, 71v) their "
     "numbers."),
    ("atx-without-space", "interpretation", "Markdown headings written without the space "
     "after their hashes (##Title, ###Article 1) are headings when two such lines at least "
     "recur in the file, or on the file's first line over headings written with the space "
     "(#Text transcriptions over ## Sample 1) (a single # needs two words: #Hashtag stays "
     "text); reported."),
    ("page-headed", "interpretation", "A transcriber's page header in brackets that ends "
     "in the page's number or a query ([Liberty Jail, April 01, 1839 \u2014 Page ?]) is a "
     "page break (<pb/>, with no @n where the number is not given), the header's words "
     "kept after it; [Page ?] and [page number illegible] alone are page breaks with no "
     "number."),
    ("bracket-page-numbers", "interpretation", "Numbers in brackets alone on a line ([34] "
     "… [36]) rising page by page, a page's text apart, and never used as note numbers, are "
     "page breaks <pb n=\"N\"/>; a paragraph they cut in mid-sentence goes on after them."),
    ("first-page-number", "interpretation", "One number in brackets alone that opens a "
     "page's transcription (only headings, a label alone and the file's fields above it), "
     "above 1 and no note's number, is that page's <pb n=\"N\"/>."),
    ("bold-nick-labels", "interpretation", "Where the minutes' speakers are labelled in "
     "bold (**Ivan Herman:**, two or more names recurring), a nickname in small letters in "
     "the same bold (**carl:**) is a speaker's label too; without that proof it stays text."),
    ("marked-labels-only", "interpretation", "Where the page marks its speakers' labels in "
     "an element of their own (scribed minutes' <cite>name:</cite>, two or more names "
     "recurring, and most turns so marked), a paragraph that opens with words and a colon "
     "without that mark (Demo Chai Reader: Reading, Chatting \u2026) is the scribe's "
     "summary or a topic, no one's turn."),
    ("roll-fields", "interpretation", "A web page's roll of those present (<dl> with "
     "Present, Regrets, Chair, Scribe) is a list of fields, each term with its names "
     "(Present: miia, ivan), never the terms and names as paragraphs apart."),
    ("names-field", "interpretation", "A label whose every turn is names only (Chair: Ann "
     "Lee, Scribe(s): A, B) is a minute's field, not a speaker; a label of a numbered item "
     "(Resolution #1, Motion 3) names no one."),
    ("export-header", "interpretation", "A transcription tool's header fields under the "
     "heading (Source, Collection, Model, Processed, Confidence, Document Type: two at "
     "least) are in the header's source description; their lines are reported."),
    ("microfilm-target", "interpretation", "A microfilm's target and camera slate at the "
     "head of the text (TEST CHART … MICROFILMED BY, CAMERA OPERATOR, DATE FILMED, in "
     "capitals) describe the surrogate: a note type=\"surrogate\" in the source "
     "description; reported."),
    ("opening-title", "interpretation", "Where the file's heading is a tool's (a microfilm "
     "target, the page's first line cut after a small word, a part's label the text "
     "repeats), the heading is left out and reported, and the minute's own opening (Regular "
     "Meeting of …, At an annual meeting …) up to its date is the title and a <head "
     "type=\"opening\">."),
    ("bracketed-signature", "interpretation", "A transcriber's note of a signature with "
     "the name ([signature: D.M. McDonald]) closing the text is its <closer><signed>."),
    ("register-label-title", "interpretation", "A register's label alone (No. 16 Ovid: a "
     "number and a name) over a paragraph that opens with a title's noun and \"of\" (Field "
     "Book of …, Journal of …) is the heading's first line; the paragraph its title."),
    ("typed-signature-lines", "interpretation", "A typed signature, the office and the "
     "name on one line a wide gap apart (a wiki's signature template), is the signature's "
     "two lines: the office, <lb/>, the name."),
    ("ruled-annex", "interpretation", "An act that says something is attached to it "
     "(прилагается, attached, ci-joint), signed and dated over a horizontal rule: what "
     "follows the rule is its annex (<div type=\"annex\">), the signature and date before "
     "it the act's closer."),
    ("signer-office", "interpretation", "An office alone under a signature (Recording "
     "Clerk, Secretary) is the signature's second line, not a second signer."),
    ("speaker-key", "interpretation", "A paragraph of Full Name (ABBR) pairs, most ABBRs "
     "labels of the text's turns, is the key of those present: a list, and the persons "
     "are named by it. A label made of the text's own labels (WH and IS, AWB/BN) is a "
     "turn they share: @who lists each."),
    ("recorder-narration", "interpretation", "A bracketed outcome or business between "
     "turns ([agreed to MM's request], [Discussion about …]) is the recorder's <stage>, "
     "not supplied text."),
    ("prose-page-marks", "interpretation", "A free-standing // (or ||) in running prose, "
     "recurring inside sentences, marks the original's page end: <pb/>."),
    ("page-break-in-word", "interpretation", "A page mark between two pieces of one word "
     "(the joined word is used elsewhere in the text, neither piece is) is <pb "
     "break=\"no\"/> and the word is joined."),
    ("page-divs", "interpretation", "A PDF converter's page containers (<div "
     "id=\"page_7\">, two or more, rising) are page breaks, <pb n=\"7\"/> where each "
     "page after the first begins; the running head at a page's top (a small table of the "
     "document's title and the page's number, and a line repeating the first page's date) "
     "is left out and reported."),
    ("page-containers", "interpretation", "A web page's page container (class page, pb, "
     "pagebreak) that opens with its number in brackets ([2]) starts a page: <pb n=\"2\"/>."),
    ("column-forms", "interpretation", "Column numbers of a printed page (Col. 123, [Column "
     "123]) are <cb n=\"N\"/> where the column begins."),
    ("form-feed-pages", "interpretation", "A form feed starts a page (<pb/>), numbered by the "
     "number printed alone at the page's foot; running heads are left out and reported. A "
     "form feed with nothing after it (tesseract ends every page with one) begins no page."),
    ("section", "segmentation", "Headings inside the text (a Markdown #, an HTML <h2>) "
     "open sections (<div type=\"section\">) nested by their level; a section with a "
     "salutation or a signature, or letters one after another (a salutation after a "
     "signature), are <div type=\"letter\">, each with its opener and closer."),
    ("signed-section", "segmentation", "A section closed by a signature alone, or under a "
     "report's formula (Respectfully submitted,), with no salutation, stays a section: "
     "minutes and reports are signed as well as letters."),
    ("embedded-letter", "segmentation", "A letter the text quotes whole (salutation to "
     "signature, with the text's own prose before and after it) is a <floatingText "
     "type=\"letter\"> with its own opener and closer."),
    ("indented-prose", "segmentation", "Markdown blocks indented as code that all read as "
     "sentences (paragraphs indented by a conversion) are read as paragraphs."),
    ("myst-directive", "segmentation", "A MyST or Sphinx directive in a fenced block "
     "({admonition} Title) is a section with its title as heading and its body read as "
     "Markdown; its option lines are format markup, left out and reported. A "
     "{list-table} (a list of rows, each a list of cells) is a <table>; an {image} or "
     "{figure} names a picture, left out and reported, never a heading."),
    ("version-label", "segmentation", "A line alone that names a version of the text in "
     "brackets ([Italian], [English translation], [Transcription]: an edition's tabs or "
     "columns) is the heading of that version's section, not restored words."),
    ("math-block", "normalization", "A $$ \u2026 $$ block of TeX in Markdown (MathJax, used by "
     "transcribers to bracket witnesses or align a register's columns) is read as its "
     "words: \\text{\u2026} and what no command holds, a line for each row (\\\\); the TeX "
     "commands are format markup, left out and reported."),
    ("format-rst", "normalization", "The source is reStructuredText, read with docutils (no "
     "file or URL read, no raw directive): no reStructuredText syntax is kept as text; "
     "footnotes and citations are notes at their markers; comments, link targets, "
     "substitution definitions and directives that hold no text (toctree, index) are "
     "left out and reported; a directive docutils does not know keeps its words."),
    ("format-asciidoc", "normalization", "The source is AsciiDoc (Asciidoctor, Antora), read "
     "by teikit's own scanner of its block syntax: no AsciiDoc syntax is kept as text; "
     "|=== tables are tables, footnote:[…] a note at its marker; attribute entries, block "
     "attribute lines, comments, images and other macros are left out and reported "
     "(:author:, :revdate:, :lang: and the header's author and revision lines go to the "
     "header); include:: is never followed."),
    ("margin-note", "interpretation", "What a transcription says the original writes in "
     "its margin ([in the margin, Dolefull!], [Dans la marge: \u2026], LoC's [*\u2026*]) is a "
     "<note place=\"margin\">."),
    ("printed-label", "interpretation", "A label in brackets that the source prints "
     "([Steering Council Note], [Update]), a whole sentence in brackets, or a party in "
     "capitals after a name ([CDU/CSU]) is kept as printed: no words were restored."),
    ("page-furniture", "interpretation", "Without form feeds, a page number printed beside "
     "running lines that recur from page to page (or on a running head's own line) starts a "
     "page (<pb n=\"N\"/>) where it stands; the running lines are left out and reported."),
    ("site-title-subject", "interpretation", "A site's page title that names the document "
     "by its reference and cuts its SUBJECT short (\u201cViewing cable 08VLADIVOSTOK68, "
     "RUSSIAN FAR EAST: \u2026\u201d) gives way to the SUBJECT field whole as the heading and "
     "the title; the page title is left out and reported."),
    ("capitals-compound", "segmentation", "In a text set in capitals, a line-end hyphen "
     "between two words the text prints on their own elsewhere and never as one word "
     "(DRAFT- / LAW) is the compound's own: kept (DRAFT-LAW); other words in capitals cut "
     "at a line end are joined (JURIS- / DICTION)."),
    ("page-foot-stamps", "interpretation", "An archive's stamp at the foot of each page "
     "(its scan number and the page's number, \u201cHW 50953 DocId:32338011 Page 1\u201d), "
     "recurring with one identifier and rising page numbers, closes its page: the next page "
     "begins after it (<pb n=\"N+1\"/>), none after the last; the stamp is left out and "
     "reported."),
    ("pdf-lines", "segmentation", "A PDF turned into HTML (pdftohtml) ends its lines at the "
     "page's width: a paragraph's lines are joined, an empty line ends the paragraph, and "
     "the running head and footer of every page are left out and reported."),
    ("dehyphenated", "segmentation", "Words hyphenated at a line end (with - or the double "
     "hyphen =) are joined; every join "
     "is reported with its line."),
    ("typewriter-signs", "normalization", "Typesetting codes of government print are read "
     "as what they stand for: ``quotes'' as curly quotes, 4\\1/4\\ as 4 1/4."),
    ("notes-in-place", "interpretation", "Notes printed where they stand ([Footnote 1: …], "
     "a note under a rule with a \\1\\ marker) are placed at their markers."),
    ("note-list-forms", "interpretation", "A note list in another form (1. text, (1) text, "
     "superscripts) is taken as the notes only where markers of the same numbers stand in "
     "the text ([1], or a link to a fragment whose text is the number: legislation[1](#f1)); "
     "a paragraph alone between two entries continues the entry above; the report names "
     "the evidence."),
    ("affiliation", "interpretation", "What a speaker label prints after the name "
     "(constituency, party) is the person's <affiliation> in particDesc; the <speaker> "
     "keeps the label as printed, at every turn."),
    ("timestamp", "interpretation", "Timestamps of a recorded transcript ([00:04:17]) are "
     "<time> at the start of the turn they date."),
    ("stamped-turn", "interpretation", "A loop transcript's entry, a time or time range in "
     "brackets and a call sign alone on a line over the words ([55 55 20 - 55 55 21] CDR), "
     "opens a turn of that speaker, the time a <time> at its start, where three entries or "
     "more have the form and a call sign comes back. A bracket of figures, spaces, colons "
     "and dashes with a clock's shape is always a <time>, never supplied text."),
    ("said-turn", "interpretation", "A label in italics with the transcriber's verb of "
     "speech (*Głos z sali interrupts:* \u2026) opens that speaker's turn, the verb a <stage>."),
    ("time-bold-turn", "interpretation", "A clock time and then a name in Markdown's bold as "
     "typed, in a plain-text file (0:00:14.2 **Adam Garrett-Harris** Welcome \u2026: a "
     "podcast's transcript), opens that speaker's turn, the time a <time> at its start; the "
     "asterisks are the bold's marks, not text."),
    ("dash-turn", "interpretation", "A title, a name in capitals (an electorate and office "
     "in parentheses) and a dash (Mr PATRICK BASA - Good morning, Mr JIMMY UGURO (Kabwum "
     "\u2014 Minister for Education) \u2014 Thank you: the Pacific Hansards) open that "
     "speaker's turn, like a colon or a full stop."),
    ("format-subtitles", "normalization", "The source is a subtitle file of a recording "
     "(SubRip read with srt, WebVTT with webvtt-py): the cues' numbers, timing lines, "
     "settings and tags are format markup, never text."),
    ("subtitle-cues", "segmentation", "A subtitle file's cues are the transcript of speech: "
     "the cues of one speaker that follow each other are one turn and one paragraph; cues "
     "no label names go on with the turn before them, and where no cue names a speaker a "
     "paragraph ends at a pause of two seconds or more after a sentence's end."),
    ("cue-time", "interpretation", "Each cue's place in the recording is an empty <time> "
     "before its words, @from and @to its start and end as offsets from the recording's "
     "start (HH:MM:SS.mmm)."),
    ("cue-turn", "interpretation", "A speaker named at the head of a subtitle cue "
     "([SPEAKER_03]:, >> NAME:, - Name:, WebVTT's <v Name>, or Name: where that label opens "
     "two cues or more) is the speaker of a turn; a bare >> or dash, a change of speaker "
     "with no name, starts a paragraph of its own."),
    ("time-label-over-speech", "interpretation", "A speaker's label with a time alone on "
     "its line (Aaron van Wirdum: 00:00:20) over unlabelled paragraphs opens a turn: the "
     "time a <time>, the paragraphs under it the speech, where two labels or more of that "
     "form take turns, each twice or more, and every one stands over speech."),
    ("recording-mark", "interpretation", "A recording's own marks in brackets (where a tape, "
     "a side or a session ends or starts: [End of Tape 1, Side A]; [Break in recording]) "
     "are an <incident>, never supplied words."),
    ("recording-mark-apart", "segmentation", "A line of a recording's marks only stands "
     "apart: it ends the paragraph before it and never runs into the next sentence."),
    ("introduction-of-the-speech", "segmentation", "A transcript's first chapter under a "
     "heading such as Introduction, where the speakers who take turns in it take them after "
     "the next heading too, is part of the conversation: a section of the body, not front "
     "matter."),
    ("title-with-subtitle", "interpretation", "The document's title (its front matter's "
     "or its page's) with a colon, once, before the first turn (Drivechain: Una capa …), is "
     "the title again with its subtitle, no speaker: a <head type=\"sub\"> right under "
     "the heading, else a paragraph."),
    ("unlabelled-turn", "interpretation", "A question with no label between two turns of "
     "one speaker, whose turn before it asks nothing, is another speaker's turn: an <sp> "
     "with no @who, the text not naming the speaker."),
    ("section-name-not-speaker", "interpretation", "A part's name alone on its line over "
     "text (ABSTRACT, PREFACE, INTRODUCTION, SUMMARY, CONTENTS) is never a speaker's label, "
     "even where the speakers' labels are in capitals: the name a paragraph of its own, the "
     "lines under it one paragraph."),
    ("generated-contents", "segmentation", "A first line that is a page's table of "
     "contents flattened (1 About … 2 About the Interview 3 Interview 3.1 …), numbered "
     "titles that are the text's own headings further down in their order, is left out "
     "and reported."),
    ("interview-roles", "interpretation", "An interview's fields name its people "
     "(Interviewee:, Narrator:, INTERVIEW:, Interviewer:): each is a person of particDesc "
     "with that role (@role) and the name as the field gives it, the same person as the "
     "speaker whose label is that name, its surname or its initials; the role is the "
     "document's own, never guessed."),
    ("interviewer", "interpretation", "An interview's field list (INTERVIEW: / "
     "INTERVIEWER: / DATE: / PLACE:) names who interviewed, a respStmt of the header, and "
     "where, the place of its creation."),
    ("heading-turn", "interpretation", "A play that sets its speakers' names as headings "
     "over the speeches (#### **Pantalea\u0303o**, <h4>Joaquim <i>(refestelando-se)</i></h4>) "
     "has turns, not sections, at that heading level: when most of its headings are short "
     "names, two names or more come back, and the names take turns. A direction in "
     "parentheses after the name is a <stage>; the scenes' headings above stay divisions."),
    ("staged-turn", "interpretation", "A play's label with a stage direction before its "
     "colon (HAMLET (aside): \u2026, SOLDADO *(cerca de ella)*: \u2026) opens that speaker's "
     "turn, the direction a <stage> in it; the direction in italics or in lower case (a "
     "constituency in parentheses is part of the label). With a full stop and nothing after, "
     "the direction is the whole turn."),
    ("cast-list", "interpretation", "Names one under another under a cast's heading "
     "(Personajes, Dramatis Personae, Personen, Characters) are a <list type=\"cast\">, one "
     "<item> a role; a run of names is never a letter signed by the last of them."),
    ("dialogue-table", "interpretation", "A play set in a two-column web table (a few short "
     "names that come back in the first column, speeches in the second) is read as turns: "
     "each row with a name an <sp>, an italic direction opening the speech a <stage>, a row "
     "with no name a <stage>."),
    ("annotation", "interpretation", "A transcript's annotation lines (_note:, _comment:, "
     "# …) are <note> with the annotation's name as @type."),
    ("address", "interpretation", "Short lines between the heading and the dateline (an "
     "address, a byline) are <seg type=\"address\"> in the opener."),
    ("stage-in-brackets", "interpretation", "Stage directions and a transcriber's notes of "
     "what the speakers do in square brackets ([Hands them on a salver.], [tape reverses]) "
     "are <stage>, not supplied text."),
    ("notes-lettered", "interpretation", "Notes keyed by capital letters ([D] … [D] text) are "
     "placed at their markers where a marker of the same letter stands in the text."),
    ("paragraph-per-line", "segmentation", "In a text typed with one paragraph per long "
     "line, a line that ends a sentence, followed by one that starts another, ends a "
     "paragraph."),
    ("margin-line-numbers", "normalization", "The line numbers in a transcript's margin are "
     "left out (reported once); the lines are kept as printed."),
    ("entry-date", "stdVals", "Where paragraphs open with their dates (a diary's entries), "
     "each date is a <date> with @when in ISO 8601."),
    ("platform-tag", "interpretation", "A transcription platform's tag in double brackets "
     "([[preprinted]], [[table]], [[margin note]]) is a <note type=\"transcriber\">, never "
     "supplied text; glued to a word's first letters (sep[[tembre]]) it completes the word, "
     "<supplied>."),
    ("bracket-as-printed", "interpretation", "The author's own brackets around data or a "
     "button (an address literal [10.10.2.4], [Cancel] in a drawn dialog box), and a "
     "markup language's attribute list in brackets ([cols=\"2,4\",options=\"header\"], "
     "AsciiDoc's or kramdown's), are kept as printed: no words were restored."),
    ("label-lines", "interpretation", "A speaker label alone on its line (\u201cThe "
     "Speaker:\u201d, \u201cSome hon. members:\u201d) opens an <sp> whose speech is the "
     "lines below it, up to the next such label or a heading in capitals; in a text set "
     "one sentence a line each line is a <p>."),
    ("markdown-pre", "interpretation", "An HTML <pre> block in Markdown (an e-mail or a "
     "typescript reposted on a web page) is read as plain text: its lines are kept, a blank "
     "line ends a paragraph."),
    ("mail-header", "interpretation", "An e-mail's or Usenet post's header (From:, Date:, "
     "Subject:, Message-ID: \u2026, continuation lines joined) is a <list type=\"fields\">, "
     "one <item> a field; its Subject: is the title and its Date: (RFC 822, a two-digit "
     "year 00\u201349 as 20YY, 50\u201399 as 19YY) the date when the text gives no other."),
    ("mail-quote", "interpretation", "In an e-mail, lines opening with \u201c>\u201d quote the "
     "message replied to: a <quote> of paragraphs, the \u201c>\u201d marks "
     "left out."),
    ("mbox-from", "normalization", "In an e-mail, \u201c>From\u201d opening a paragraph of "
     "its own is the mbox format's escape of \u201cFrom\u201d: written \u201cFrom\u201d."),
    ("wiki-header", "normalization", "A wiki text's own header (Wikisource's headerContainer, "
     "ws-header, headertemplate: title, author, the editors' notes) is text though the site "
     "marks it not for print; its previous / next links, the page's indicators (Download) "
     "and sister-project links are left out; a licence box's words go to the header's "
     "source; an icon-size image is never a page's image."),
    ("folio-headings", "interpretation", "A heading that is only a folio label (## 1r, ## "
     "Fol. 12v), as Markdown editions made page by page have them, is <pb n=\"1r\"/>, not a "
     "section and never the title."),
    ("italic-page-numbers", "interpretation", "Page numbers in italics ending lines (# March "
     "13th. *5*), two following each other or three and more rising page by page, are "
     "<pb n=\"5\"/> after their line; so is a line holding only a number that fits them."),
    ("page-turn-words", "interpretation", "A page-turn word alone in brackets ([OVERLEAF], "
     "[over], [verso], [reverse], [P.T.O.]) is <pb/> where the page turns; it is not joined "
     "to the paragraph before it."),
    ("colon-hyphens", "segmentation", "In a text that breaks words at its line ends with a "
     "colon (va: / di, as early modern Italian hands do: three such lines at least, colons "
     "within lines rare), the colon is a line-end hyphen: <lb break=\"no\"/> where the lines "
     "are kept (the sign stays), joined and reported where they are wrapped."),
    ("shelfmark", "interpretation", "A shelfmark or call number alone over the text (S=7195., "
     "MS 4321) is an inline <note type=\"source\">, never the title."),
    ("place-line", "interpretation", "A letter's place on its own line over the date "
     "(Georgeville, P. [?]., Canada / Friday, Aug. 20, 1897) is the dateline's <placeName>, "
     "not a heading or the title."),
    ("place-over-date", "interpretation", "A first block of a place alone (at most eight "
     "words, no figure) over a full date alone, where the text names the place again (a "
     "will's \u201cSt Brice s for\u00eat S et O\u201d / \u201c1er ao\u00fbt 1914\u201d "
     "and its closing \u201cfait \u00e0 St Brice\u201d), is the opener's dateline "
     "(<placeName>, <date when>), never the heading or the title."),
    ("format-list", "segmentation", "A bulleted list the source format marks (Markdown's, "
     "reStructuredText's, Org's and AsciiDoc's bullets, HTML's <li>, a word processor's "
     "list paragraphs) is a <list> of <item>s, each item as the format ends it; a numbered "
     "list's items stay numbered paragraphs."),
    ("row-date", "stdVals", "A diary's or a log's form set as a table (Hour, Date, Place | "
     "Summary | Remarks): a row whose first cell opens with a day-date (Sept 1st ST. "
     "SAUVEURS. 6am) has it as <date when>, the year its own or carried from the row "
     "before (the text's or the document's date at the start), where two rows or more "
     "are so dated and their dates rise."),
    ("log-time", "stdVals", "A log's watch time, four figures of the 24-hour clock opening "
     "a paragraph or an item under a heading that dates one day (0200 Viento lijero …), "
     "later than the day's time before, is <time when=\"02:00:00\">."),
    ("entry-date-heading", "stdVals", "A heading that is a diary entry's day-date (Sunday "
     "April 1st, Wednesday 4th) has a <date> whose @when "
     "has the year and month carried from the date before it (the page's month, the entry "
     "before), checked against the weekday; without a year to carry, no @when."),
    ("note-empty", "normalization", "A Markdown footnote defined with no words ([^3]: "
     "and nothing after it) is left out with its markers; the report names each, the "
     "definition and every marker, at its line and column."),
    ("note-duplicate", "normalization", "A Markdown footnote label defined twice: Markdown "
     "keeps the last definition; the earlier one is kept too, as a note of its own, at the "
     "markers that stand between the definition before it and itself when a marker follows "
     "it (a chapter's notes after its text), else without a marker after the kept one; "
     "each is warned."),
    ("obsidian-comments", "normalization", "Obsidian comments (%% … %%), which no rendering "
     "shows, are left out and reported."),
    ("subject-title", "interpretation", "A heading that names only a kind of document "
     "(\u201cMEMORANDUM FOR THE PRESIDENT\u201d, a form's \u201cCIA Information Telegram\u201d) "
     "over a subject field (Subject:, SUBJECT, Re:, Betreff:, Objet :, Oggetto:) gives the "
     "title with the subject after it, as an archive's list does (\u201cCIA Information "
     "Telegram: DISCUSSIONS BETWEEN …\u201d); a form's next column on the subject's line "
     "and the bits OCR leaves around it are not part of it."),
    ("date-further-down", "stdVals", "Where nothing at its head dates the text, its date "
     "(profileDesc/creation) is taken from a date alone on its line further down (also a "
     "month OCR misread by one letter: \u201c30 Octaber 1962\u201d), from a letter head "
     "(\u201c6 marzo 1623, L\u2019Aia\u201d), or from a place and a date among its last "
     "lines (a letter's closing dateline typed inside its last paragraph)."),
    ("eschatocol", "stdVals", "Where an act closes with where and when it was done (\u201cDONE "
     "at Geneva the twenty-fifth day of September, one thousand nine hundred and "
     "twenty-six\u201d, \u201cFait \u00e0 La Haye, le 5 avril 1938\u201d, \u201cGedaan te "
     "\u2019s-Gravenhage, den 5den April 1933\u201d), the clause is the closer's dateline when "
     "it stands alone (with the sealed signatures under it), and its date a <date> with @when "
     "where it runs on in a paragraph; dates written in words (English, French, German, "
     "Dutch, Italian, Spanish, Portuguese) are read. It dates the document when nothing at "
     "its head does; versions in two languages that disagree are reported, the first taken."),
    ("take-marks", "normalization", "The reporters' take marks of a record of speech (15/06 "
     "\u2026 21/06 on lines of their own, the take's number rising one by one) are left out "
     "and reported: they number the reporters' shares of the record, not its words."),
    ("paragraph-reference", "interpretation", "A number in brackets that cites a paragraph "
     "(as set out at [9] and [10] above, at [85]: after at or para, before above or below) "
     "is kept as printed, never taken for a note's marker."),
    ("field-run", "interpretation", "Three lines or more of a key and its value near the top "
     "of the text, each key different and none coming back (a judgment's Case Number, "
     "Decision Date, Coram, Counsel Name(s)), are the record's fields: a <list "
     "type=\"fields\">, never speakers' turns; a decision's date is the document's."),
    ("court-labels", "interpretation", "An abbreviated label that breaks into an "
     "examination's questions and answers (Ct. for the court, between A. and Q.), opening two "
     "paragraphs or more beside them, is a speaker's label like Q. and A."),
    ("copy-footer", "interpretation", "Under a copy's signature (Sgd: / TAN LEE MENG / Judge: "
     "the mark, the name and the office are the <signed>), its rights and source lines "
     "(Copyright \u00a9 \u2026, Source: \u2026) are a <note type=\"source\">, not a postscript."),
    ("commentary", "interpretation", "A loop transcript's commentary under an entry's words "
     "is the transcribers' <note type=\"editorial\">: 1> \u2026 at the end of the entry's first "
     "{braced words} (the braces mark what it is about, and go), > \u2026 at the end of the "
     "entry."),
    ("numbered-narration", "segmentation", "A numbered paragraph after turns whose number "
     "goes on from the paragraphs before them (8. \u2026 he said as follows: / Q. / A. / 9. "
     "\u2026) is the text's own again, not the last speaker's words."),
    ("letter-lines", "segmentation", "In a letter typed or transcribed line by line, with no "
     "blank line between its parts, the salutation under its first lines and, at its end, "
     "the place and date, the closing formula and the signature (and the lines under it) "
     "are set apart from the text where their words prove them (a salutation's or a "
     "closing's words, a name under the closing, a date), never short lines as such."),
    ("classification-stamp", "interpretation", "A classification marking or downgrading "
     "group at a cable's or memorandum's foot (CONFIDENTIAL, GP-3) is a <note "
     "type=\"classification\">, never part of the signature."),
    ("cable-signature", "interpretation", "In a text that opens with a cable's header, a "
     "surname in capitals on the last line under a sentence's end is its signature, even "
     "without a blank line between."),
    ("cable-date-time-group", "interpretation", "A cable's date is the date-time group of its "
     "origin (\"P R 281848Z DEC 66\" over its FM line, or over its CITE line)."),
    ("mail-signature", "interpretation", "A message's signature is read as a letter's: a "
     "name with the sender's address after it (Linus (torva...@kruuna.helsinki.fi)) is a "
     "name, a name over a PS. is signed, and the list's footer or the page's tags under it "
     "(Unsubscribe \u2026, Tagged With: \u2026) are a <note type=\"source\"> after the closer."),
    ("letter-in-record", "segmentation", "A letter read into a record or quoted in a "
     "speech (a Hansard's \u201ca communication has been received as follows:\u201d, the "
     "Congressional Record's letters) is a <floatingText type=\"letter\"> from its place, "
     "date and address over the salutation (run into the first sentence or on its own "
     "line) to the signature and the signer's office under it; the speaker's turn ends "
     "over it."),
    ("signature-marks", "interpretation", "A name the typist marked as the signature, "
     "between slashes (/C.Budzy\u0144ska/) or after /s/, is the closer's <signed>, the "
     "marks kept as printed."),
    ("numbered-letters", "segmentation", "Letters one after another, each under its number "
     "(alone on its line over the salutation, or with the editor's dating and the "
     "salutation on its line: \u201cII. Scr. Alyziae \u2026 TULLIUS TIRONI SUO SAL.\u201d), "
     "two such heads at least with rising numbers, are <div type=\"letter\"> with the "
     "number as @n; the editor's dating is the opener's <dateline>, the salutation its "
     "<salute> (Latin's sender in the nominative over the addressee in the dative, "
     "\u201cTRAIANUS PLINIO\u201d, counts as one only there)."),
    ("run-in-farewell", "interpretation", "A farewell that ends a letter's last paragraph "
     "(\u201c\u2026 mi Tiro. Vale.\u201d), maybe with the day and the place after it "
     "(\u201cVale. VII Id. Nov. Leucade.\u201d), in a letter that opened with its "
     "salutation, is the closer's <salute> (and <dateline>)."),
    ("signed-in-text", "interpretation", "A name that is the last sentence of a letter's "
     "last paragraph (\u201c\u2026 and so farewell. JOHN SMITH.\u201d), every word of it "
     "in the heading that names the writer (\u201cLetter from John Smith to his "
     "wife\u201d), is the closer's <signed>."),
    ("courant-date", "interpretation", "A day's date in \u201cthis month\u201d that opens a "
     "paragraph (\u201cMercredi 24 Ct.\u201d, \u201cTuesday 3rd inst.\u201d) is a <date>; "
     "its @when takes the month and year of the last full date the text gives before it, "
     "where the weekday agrees, and is left out where the text gives none."),
    ("annex", "segmentation", "An act's annexes after its signature, each under a heading "
     "that opens with an annex word and its number (\u201cПРИЛОЖЕНИЕ № 1 к "
     "распоряжению \u2026\u201d, \u201cANEXO I\u201d, \u201cAllegato A\u201d, "
     "\u201cZałącznik nr 1\u201d), are <div type=\"annex\"> with that heading and "
     "the number as @n, holding what follows up to the next annex; the act's text and its "
     "closer stand before them."),
    ("letter-mark", "segmentation", "A line that marks where a letter starts in a file of "
     "several (/START LETTER/, [BEGIN LETTER]) opens a <div type=\"letter\"> as a heading "
     "would; the mark itself is layout, left out and reported. A page break may stand "
     "between a letter's first lines and its salutation, in the opener."),
    ("outer-leaf", "interpretation", "Under a letter's signature, the outer leaf after a page "
     "break: its address (Al serenissimo principe di Venetia) is the closer's address, and "
     "what the leaf bears under it (a number, the seal's trace, the chancery's summary: 9 "
     "luglio 1616 ricevute 22 detto) is a <note type=\"endorsement\"> each, after the "
     "closer (the address too, where another page stands between it and the closer)."),
    # round 14 (r14)
    ("testimonium", "stdVals", "The testimonium of a will, a deed or an indenture (\u201cIn "
     "witness whereof I have hereunto set my hand and seal at Buffalo this 8th day of "
     "December eighteen hundred and sixty-five\u201d, \u201cWitness my hand and seal this "
     "3d day of May, 1790\u201d) is its closing clause, read as an act's \u201cDONE at "
     "\u2026\u201d is (the closer's dateline when it stands alone, else a <date> in its "
     "paragraph); a year after \u201cA.D.\u201d is read (\u201cSeptember A.D. 1883\u201d)."),
    # (left14: leftovers of round 14)
    ("line-references", "normalization", "In an edition exported line by line with each "
     "line's reference before it (\u201c1 4:3  text\u201d: volume, page, line), the page is "
     "a page break (<pb n=\"4\"/>) and the volume and line numbers are left out (reported "
     "once): the lines of a paragraph are joined as in any hard-wrapped text, so a line "
     "number has no line to stand at; a line with nothing but its reference is a blank "
     "line."),
    ("roman-heading", "interpretation", "A first line in capitals numbered in roman figures "
     "(\u201cIV. PIETER BOTH, KASTEEL NASSAU OP BANDA 18 juli 1611.\u201d, a letter "
     "edition's head) is the heading, its number also in div/@n and not in the title; the "
     "number is never a speaker's label."),
    ("caret-superscript", "interpretation", "In a text whose carets all stand between "
     "letters (two at least), as HTR transcriptions write the letters set above the line "
     "(CREMMA, SegmOnto: an S, a caret, a t for Saint), the letters after a caret are "
     "<hi rend=\"sup\">."),
    ("interlinear-insertion", "interpretation", "A letter or words between a backslash and "
     "a slash, glued into a word or standing alone (the r of \u201csieruo\u201d so "
     "marked), the semi-diplomatic sign of an insertion above the line, are an <add "
     "place=\"above\">."),
    ("bracketed-chapter-numbers", "segmentation", "Paragraphs that open with a number in "
     "brackets (\u201c[ 1 ] Annos undeviginti \u2026\u201d), three or more whose numbers go "
     "up by one, are the editor's numbered chapters: the number is the paragraph's @n and "
     "stays in the text as printed, its brackets no supplied words."),
    ("code-span-literal", "interpretation", "A Markdown code span's characters are printed "
     "as they are (\u201c`[[ ]]`\u201d in a key of signs): no editorial sign is read in "
     "them."),
    ("numbered-poem", "segmentation", "A run of eight or more one-line paragraphs whose "
     "5th, 10th, 15th \u2026 open with their place in the run as a number (\u201c5 Rien "
     "n\u2019est mortel \u2026\u201d) and no other does is a poem numbered every fifth line: "
     "<lg type=\"poem\"> of <l>, the numbers in @n."),
    ("expan-parentheses", "correction", "In a text that shows the Leiden system (its "
     "lacunae or its line bars), a word whose letters in parentheses expand an abbreviation "
     "(\u201caed(ilem)\u201d, \u201cp(ublicae)\u201d; three such words at least) is "
     "<expan> with the letters in <ex>."),
    ("column-lines", "segmentation", "A line that names the original's column alone "
     "(\u201cColumn I\u201d \u2026 \u201cColumn II\u201d), two such lines at least in their "
     "order, is the column's start: <cb n>."),
    ("angle-additions", "correction", "In a text that adds in angle brackets (two groups "
     "at least that are no HTML element, one glued inside a word: \u201cse<se>\u201d, "
     "\u201cmissa<m>\u201d, and no closing tag), the words or letters in them are the "
     "editor's addition of what the witnesses leave out: <supplied reason=\"omitted\">."),
    ("athetesis", "correction", "In a text that adds in angle brackets, whole words in "
     "square brackets (\u201cnimis [ut] pectora\u201d) are the editor's deletion of "
     "spurious words: <surplus>."),
    ("leiden-gap", "interpretation", "In a text that writes its lacunae in the Leiden "
     "system (restorations glued inside words, \u201c[\u1f10]\u03c0\u1f76\u201d, "
     "\u201ctu[t]a\u201d, and lost letters counted by dots: \u201c[.]\u201d, "
     "\u201cS[...]rusa\u201d), a bracket of dots is letters lost on the object, <gap "
     "reason=\"lost\"> of as many characters as dots (three, the conventional sign, an "
     "unknown number), and dots inside a restoration a gap between its <supplied> letters; "
     "elsewhere [...] stays the editor's omission."),
    ("caret-insertion", "interpretation", "A footnote's marker that holds one to four "
     "letters and has no note (\u201cmarabjllo[^sa]mente\u201d), in a file that defines no "
     "footnote and glues such a marker inside a word once at least (two at least), is the "
     "HSMS sign of letters the scribe wrote above the line: an <add place=\"above\">."),
    ("era-year", "stdVals", "A year counted from Christ's birth in a dating clause (\u201canno "
     "Domini 1528\u201d, \u201cin the year of our Lord one thousand \u2026\u201d, \u201can(n)o "
     "del nasçimjento de n(uest)ro saluador \u2026 de mjll (y) qujnjentos (y) veynte (y) ocho "
     "an(n)os\u201d, read through the old hand's spellings) is a <date when> of that year, "
     "the document's date where nothing else dates it; a year of the Old Style and the New "
     "(\u201canno Domini 1671/2\u201d) is the later."),
    ("testimonium-signed", "interpretation", "A name alone under a will's or a deed's "
     "testimonium (\u201cIn witness whereof \u2026\u201d / \u201cMILLARD FILLMORE\u201d) "
     "is its signature in the closer, with the testimonium as the closer's dateline, even "
     "where witnesses or an editor's note follow: the witnesses' short lines are signatures "
     "in the same closer, prose under them a postscript."),
    ("block-quote", "quotation", "A passage the source format marks as quoted (Markdown's "
     "\u201c> \u2026\u201d, HTML's <blockquote>) in a text with prose of its own (a "
     "telegram quoted in a letter, a passage in a review) is a <quote> of its paragraphs; "
     "where the quoted text is all the document's text (under an edition's source and date "
     "lines) it is the document's, not a quotation."),
    ("quoted-letter", "segmentation", "A passage marked as quoted that is a whole letter "
     "(its place and date lines, a salutation, its text, a signature; in a blog post "
     "quoting a soldier's letter home) is a <floatingText type=\"letter\"> with its own "
     "opener and closer, its lines read a part each where no blank line parts them; a "
     "title and a name alone (\u201cMiss Evey\u201d) over the text is the salutation."),
    ("letters-at-rules", "segmentation", "Letters one after another parted by rules (HTML's "
     "<hr>, Markdown's \u201c---\u201d, a text's \u201c* * *\u201d), with no salutation to "
     "tell where each begins: where two parts or more between the rules each have a "
     "dateline among their first lines and a signature among their last, each is a <div "
     "type=\"letter\">, its address lines and dateline (and a salutation under it) its "
     "opener; a part after them (an edition's credits) is a division of its own. The rules "
     "are left out as layout; where they stood is kept as the boundary."),
    ("dotted-date", "stdVals", "A date in figures with dots is read day first, as European "
     "and Israeli hands write it (\u201c1.6.1926\u201d); with a two-figure year only as "
     "the end of a short line, a diary's or letter's head (\u201cGeneva 1.6.26\u201d), of "
     "the 20th century as other two-figure years are, never after a number's label "
     "(\u201c\u00a7 1.2.12\u201d). Hebrew month names are read with their prepositions "
     "(\u201c10 \u05d1\u05e1\u05e4\u05d8\u05de\u05d1\u05e8 1914\u201d)."),
    ("page-words", "interpretation", "A heading, or a line alone between blank lines, that is a "
     "page or folio word and a number and nothing more, in the languages of manuscript "
     "editions and OCR exports (\u201cfol. 1r\u201d, \u201cSeite 5\u201d, \u201cP\u00e1gina "
     "3\u201d, \u201c\u0421\u0442\u0440\u0430\u043d\u0438\u0446\u0430 12\u201d, a "
     "roman number only in a heading), is a page break (<pb n>), never a section's title; "
     "a page heading with its number in words (#### Page One) is one where a heading of the "
     "same depth numbers a page with a digit (#### Page 2): @n keeps the word."),
    # round 16 (r16a)
    ("folio-brackets", "interpretation", "A folio or page marker in brackets ([f. 369r], "
     "[fol. 12v], [f\u00ba 5], [fl. 3v], [p\u00e1g. 4]; in Markdown also escaped, "
     "\\[f. 369r\\]), alone, opening a paragraph or inside one, is a page break <pb "
     "n=\"369r\"/> where it stands "
     "(inside a word <pb break=\"no\"/>), never words an editor restored."),
    ("gap-signs", "correction", "An editor's sign of omission in brackets ([...], [\u2026]) is "
     "<gap reason=\"omitted\"/>; question marks alone in brackets ([??], or [?] after no "
     "word) are <gap reason=\"illegible\"/>: signs, not restored words."),
    ("gap-after-small-word", "correction", "[?] after a small word (the, of, our, be, and) "
     "before the next word stands for a word the sentence lacks (held at the [?] house): "
     "<gap reason=\"illegible\"/>, the small word read."),
    ("library-stamps", "interpretation", "A library's stamp that its OCR download prints on "
     "every page (\u00a9 Biblioteca Nacional de Espa\u00f1a, Digitized by Google), the same "
     "line three times at least on a line of its own, is page furniture: left out and "
     "reported; a page number alone after it, where the next page's text goes on, is a "
     "<pb n>."),
    ("running-heads-glued", "interpretation", "A running head in capitals under a page "
     "number, glued by OCR to the page's first words or on its own line, coming back so "
     "twice at least, is left out and reported; the page number is a <pb n> (one OCR "
     "garbled is kept as printed)."),
    ("part-title", "segmentation", "A book's part label in capitals over its title, as OCR "
     "reads a part's title page (PARTE / TERCERA. / CARTAS A LORD HOLLAND), is one heading; "
     "specks over it with no letter or figure (/-) are left out and reported."),
    ("front-matter-postscript", "interpretation", "A front-matter field that holds the "
     "letter's postscript (post_scriptum, postscript, ps, Nachschrift, poscritto, posdata) "
     "is the letter's text: a <postscript> at its end, not a note of the source citation."),
    ("front-matter-post-stamp", "interpretation", "A front-matter date with a time of day "
     "other than midnight is the post's or page's publication stamp (Jekyll, Hugo): kept "
     "in the source citation, never the document's date (where the text is an act that opens "
     "with its place and date, that clause dates it)."),
    ("server-template", "normalization", "A page template of a site's server (PHP, ASP, "
     "JSP, server-side includes, Jinja or Liquid) whose lines are mostly HTML is read as "
     "HTML; the server's directives are left out and reported."),
    ("initial-not-a-point", "interpretation", "A paragraph opening with a capital and a "
     "full stop is a lettered point only where the letter before or after it labels "
     "another: alone it is an initial (C. PLINIUS) or a Roman numeral, not a point number."),
    ("page-title-line", "interpretation", "A web page saved as text: its title line "
     "(“Author: Work”, one line of eight words at most) over a short title that "
     "repeats a word of it is the page's; the title under it is the heading, the page's "
     "title line goes to the source citation (reported)."),
    ("author-over-title", "interpretation", "A name alone on the first line over the "
     "work's title in capitals that names the author again in its own form (“Pliny the "
     "Younger” over “C. PLINII CAECILII SECVNDI EPISTVLARVM …”) is one "
     "heading, the author over the title."),
    ("link-index", "normalization", "Under a saved page's title, a line of the numbers 1 to "
     "N alone is the page's index of links to its parts: left out and reported."),
    ("site-footer", "normalization", "Under a saved page's text, a last block of the site's "
     "links set apart by tabs (three at least, each a capitalised name of four words at "
     "most, no punctuation) is the site's footer: left out and reported; where the page's "
     "title line is not there to say it is a saved page, two of the links must name a "
     "site's part (\u201cThe Latin Library\u201d, \u201cThe Classics Page\u201d) and the "
     "text have no salutation and no closing formula before them (never a signature)."),
    ("letterspaced-heading", "normalization", "A word of a heading printed letter-spaced "
     "for emphasis (a decree's kind, four letters at least, each alone between single "
     "spaces) is written as the word it spells (reported)."),
    ("html-double-hyphen", "normalization", "In an HTML page that keeps its source's line "
     "ends, a word cut there with the double hyphen of a transcription (“tran=” / "
     "“quilli”, the second half in lower case) is one word, as in a plain text."),
    ("heading-line-break", "normalization", "A heading's line break that the source types "
     "on purpose (a soft break in a Word paragraph, a <br> in a wiki's heading) is kept as "
     "<lb/>."),
    ("docx-page-number", "interpretation", "A Word paragraph that is a page number alone "
     "(12, - 12 -), centred or ranged right at a page's edge (the document's first or last "
     "paragraph, or next to a page break), is the original's page: a <pb n>."),
    ("lone-page-numbers", "interpretation", "Numbers alone between blank lines (233, 234), "
     "two at least, rising page by page a page's text apart, one of them at least cutting a "
     "sentence, are the original's pages (<pb n>); the paragraph they cut goes on after "
     "them."),
    ("parenthesis-alone", "interpretation", "A line in parentheses alone in a text with no "
     "speakers (a deed's seal \u201c(L.S.)\u201d, a letter's \u201c(*translated from "
     "English)\u201d) directs no stage: it is a paragraph as printed; only in a play or a "
     "transcript is such a line a <stage> (a room's \u201c(Applause.)\u201d an <incident> "
     "in either)."),
    ("letter-forms-more", "interpretation", "A name with its initial under a closing phrase "
     "(\u201cWith cordial greetings, yours\u201d / \u201cS. Levin\u201d) is the signature, "
     "never a paragraph numbered S; Hebrew letters' salutations (\u201c\u05d9\u05d3\u05d9"
     "\u05d3\u05d9 \u05d4\u05d7\u05d1\u05d9\u05d1!\u201d), closings and signatures, in a "
     "script with no capitals, are read as those of other letters are."),
    # round 16 (r16b): petitions and court records, their editions' apparatus
    ("petition-address", "interpretation", "The address that opens a petition or an "
     "official letter, on its own line with no punctuation after it or run into the first "
     "sentence up to its full stop (Se\u00f1or Alcalde Ordinario mas antiguo, Se\u00f1or "
     "Governador y Comandante General. Los soldados \u2026, Muy Poderoso Se\u00f1or and its "
     "sigla MPS, Excelent\u00edsimo Se\u00f1or, Senhor, Sire), is the opener's "
     "<salute>; a folio marker before it stands where the page begins."),
    ("cosigners", "interpretation", "Several signatures under a text, each name on its "
     "line (with the signer's office after a full stop, or the editor's identification in "
     "brackets), or listed on one line after Firmado: / Signed:, are one <closer> with a "
     "<signed> for each."),
    ("acts-apart", "segmentation", "Acts copied one after another in one file (a "
     "petition and the judge's auto under it, an expediente's pieces), where one ends with "
     "its place and date and its signers' names alone under it and prose follows, are a "
     "<div> each, with its own opener and closer."),
    ("date-forms-colonial", "stdVals", "Dates are read in the forms of colonial and "
     "notarial hands: the old spellings of the months (Nobiembre, Setiembre, Hebrero, "
     "Otubre, Diziembre), the month before the day in words (Septiembre Veinteycinco de mil "
     "Setecientos sesenta y seis), the number words' old spellings (setesientos, mill, diez "
     "y seis), a year named in words (el a\u00f1o de mil setecientos \u2026); of two days "
     "of one month (4 y 7 de noviembre) the first; a place and date run on after a "
     "paragraph's last sentence date the text where nothing above does."),
    ("source-block", "interpretation", "An edition's source block over or under the text "
     "(Fuente: / Lugar: / Fecha:; Source:, Archive:, Shelfmark:, Place:; Cote :, Lieu :; "
     "Quelle:, Signatur:, Ort:) goes to the header: the archive and the shelfmark to "
     "msDesc/msIdentifier (a reference that opens with the archive's siglum, AGI, "
     "Panam\u00e1, 358, gives both), another source to the source citation, the place and "
     "the date to profileDesc/creation; its lines are left out of the text and reported."),
    ("expan-italics", "normalization", "Where the edition sets the letters it supplies in "
     "expanding abbreviations in italics inside the words (V*uestra* S*e\u00f1or\u00eda*, "
     "five such words at least, three different), each such word is <expan> and the "
     "supplied letters <ex> (TEI Guidelines 11.3.1.2); italics over whole words, or inside "
     "one or two words only, stay emphasis (<hi>)."),
    ("outer-address", "interpretation", "The address a letter was folded under, on its "
     "outer leaf after the signature (Al serenissimo principe di Venetia), is a <seg "
     "type=\"address\"> in the closer, with the page breaks before it."),
    ("glued-symbol-note", "interpretation", "A note on the text's last lines that opens with "
     "a symbol glued to a word (*Blighty means England), where the text marks that word "
     "with the symbol after it (Blighty*), is a <note> at that marker."),
    ("paragraph-ends", "segmentation", "In a long block of hard-wrapped lines with no blank "
     "line between its paragraphs (a manuscript transcribed line for line, a text from a "
     "PDF), a short line that ends a sentence, under a full line and over one that opens "
     "with a capital, ends a paragraph."),
    # (news13: the entries of scout round 13's newspapers and OCR, one block)
    # (r37: Epistolae letter records)
    ("fenced-lineation", "segmentation", "A fenced block (not code) of six short lines "
     "or more, most ending with no stop (a letter transcribed line for line), keeps every "
     "line's end as <lb/>; prose wrapped at 70 or 80 columns is joined."),
    ("banner-over-title", "interpretation", "One short unmarked line right over the "
     "text's first-level heading (a course's or a site's running banner, a series line) "
     "is a <note type=\"series\">: the heading is the title."),
    ("markdown-comment-note", "interpretation", "Markdown's comment idiom typed inside a "
     "line after words ([//]: # (…), [comment]: # \"…\"): an aside the edition hides from "
     "its page; its words are a <note> where it stands, never an editor's bracket."),
    ("royal-subscription", "interpretation", "An act's last paragraph that runs on from its "
     "date clause (Fecha en Madrid a 11 de septiembre de 1707.) into the sovereign's "
     "subscription (Yo el Rey., Eu El-Rei.) and a countersignature (Por mandado del Rey "
     "nuestro señor, …) ends in a closer: the clause its dateline, each subscription a "
     "<signed>."),
    ("attested-signatures", "interpretation", "At the text's end, a run of short lines "
     "that are names (capitalised words with their particles, a title before them, an "
     "office after them) or the notary's subscription (Ante mí …), right under a paragraph "
     "that ends in an attestation formula (doy fe, lo firmó, firmaron, ont signé, in "
     "witness whereof), is the act's closer: one <signed> each."),
    ("headed-note-list", "interpretation", "A numbered list under a heading that names "
     "notes (Notes, Scholarly notes, Notas, Anmerkungen) ends at the next heading of its "
     "level, not at the text's end: confirmed by markers of the same numbers in the text "
     "above ((1) glued after a word), its entries are notes at those markers; one "
     "paragraph that runs (1) … (2) … is cut at each next number."),
    ("front-matter-record-stamps", "interpretation", "Front matter's created: beside a "
     "modified: or updated: (both ISO dates) is when the web record was made, never the "
     "document's date; another key that names a date gives it (ltr_date: spring 997)."),
    ("date-bounds", "interpretation", "A date field that gives a span of years, a decade or "
     "a year with a doubt (1107-1120, 980's, c. 1650, 1650?) dates the document within "
     "bounds: @notBefore and @notAfter, never @when (TEI att.datable.w3c), and @cert where "
     "the words doubt it; a dateline's two months of one year (May\u2013June 1915) and its "
     "\u201cbetween 1 and 5 May 1862\u201d likewise."),
    ("front-matter-season-year", "interpretation", "A front-matter date that is a year with "
     "a season or a part of it (spring 997, late 1204) is dated by its year (when=\"0997\"), "
     "its words kept."),
    ("front-matter-other-date", "interpretation", "Front matter with no date key but another "
     "key that names a date (date_text: 7 February 1940, issue_date) gives the document's "
     "date, unless the value only bounds or guesses it (Before 24 July 1937, inferred) or "
     "the key names when the file was made or changed."),
    ("masthead-lines", "interpretation", "A newspaper's masthead lines over the issue's "
     "date, its volume year and issue number (75. ANNÉE. — No 27.687, 12. Jahrgang) or its "
     "price (1 fr. 50), are <seg type=\"masthead\"> in the opener, not an address; a "
     "volume year is never a paragraph's number."),
    ("comma-rejoined", "segmentation", "A paragraph of running lines that ends in a comma, "
     "over one that opens in lower case, is one sentence a blank line cut in two (OCR puts "
     "blank lines where a column's scan has a gap): the two are joined."),
    ("run-in-caps-head", "segmentation", "A heading in capitals run into the numbered "
     "paragraph it heads (POSITION OF CHINA 3. The importance \u2026) opens a section: the "
     "capitals its heading, the number the paragraph's; only where the number continues "
     "the text's numbered paragraphs or two such headings stand in the text."),
    ("held-at-foot", "interpretation", "A web edition's last line saying where the "
     "original is held (Transcribed document held at the Maryland Center for History and "
     "Culture, \u2026 MS 988, Box 3.) is the source's identifier: the repository and the "
     "shelfmark after it are in the header, the line left out of the text."),
    ("site-navigation-foot", "interpretation", "A last paragraph that is one link back into "
     "the site (Return to meeting minutes, Back to \u2026, Next, Previous) is the site's "
     "navigation: left out of the text and reported."),
    ("roman-points", "interpretation", "Paragraphs that open with roman numerals in their "
     "sequence, two or more in a row from (i) on, in one case and one shape ((i), (ii), "
     "(iii) \u2026), are points so numbered, every one; in (h), (i), (j) the (i) is a letter."),
    ("points-unspaced", "interpretation", "Paragraphs that open with a point's mark with no "
     "space after it (1.Slavery is …, (a)To prevent …) or with a letter of another script "
     "(а) исполнять …, б) …) are numbered points (@n) where two or more in a row carry "
     "marks of one form in their sequence (1, 2; a, b; а, б); a mark alone is text."),
    ("clause-formula", "segmentation", "A paragraph that opens with a resolution's or an "
     "act's formula and a comma or colon (WHEREAS, …; Resolved, That …; Be it further "
     "resolved; Considérant, …) is a clause of its own: never joined to the paragraph "
     "before, though that one ends in and or a comma."),
    ("newspaper-articles", "interpretation", "A newspaper's dispatch opens with its wire "
     "dateline (Berne, 18 août. —, LONDON, March 3.—, Ipoh, Feb. 5.): the dateline is a "
     "<dateline> (<placeName>, <date>) in the <opener>; the short capitalised lines over "
     "it, with no full stop, are the article's headline: each article is a <div "
     "type=\"article\"> with its <head>, the lines under the headline (the deck) a <head "
     "type=\"sub\">; a byline in parentheses over the dateline ((From Our Own "
     "Correspondent)) is a <seg type=\"byline\"> in the opener, not a stage direction. "
     "The first dispatch under the document's own heading has its opener in the document. "
     "Where the format marked the headlines as headings, a heading over a dispatch (under a "
     "deck in bold, a byline) opens an article when two such stand in the text; a US "
     "dateline's place keeps its state (Jacksonville, Fla., Nov. 13. –)."),
    ("run-in-bold-head", "interpretation", "A bold label ending in a full stop, used once, "
     "in a text where no two turns follow one another (**CORSETS.** A fine Corset …, an "
     "advertiser's **BEE HIVE.** over its address), is a run-in head kept in bold in its "
     "paragraph, not a speaker."),
    ("dateline-designation", "interpretation", "A dateline that opens with the document's "
     "kind and number (Circular Cablegram B185 LONDON, 29 July 1938) keeps them in a <seg "
     "type=\"designation\">; the place is what follows them (in capitals, or after a "
     "number)."),
    ("later-heading-title", "interpretation", "A text with no heading at its top and no "
     "title from its file's format (a magazine's page that begins inside an article) takes "
     "its title from its first heading further on, not from the file's name."),
    ("letter-head", "interpretation", "A letter that an edition heads with its writer and "
     "addressee (Daniel C. French to Samuel L. Clemens) over a line with its date (30 March "
     "1884 \u2022 New York, N.Y.) has that line as its <head> and the date line (with the "
     "lines under it) as its opener's <dateline>; a place over a date under the signature "
     "(New York / March 30, 1884) is the closer's <dateline>, not a signature."),
    ("spaced-page-head", "interpretation", "A page's first line after a form feed that "
     "is a running head with the page number at one end, a wide space between them (4 "
     "<spaces> CONGRESO NACIONAL, THE HISTORY OF ROME <spaces> 13), is left out (reported) "
     "and its number numbers the page's <pb/>, even where the head is printed only once."),
    ("numbered-paper", "interpretation", "A paper's number on a line of its own under its "
     "title in capitals (NATIONAL ASSEMBLY / FOR WRITTEN REPLY over QUESTION NO: 2048, "
     "UNSTARRED QUESTION NO. 1234, No. 100) is part of its <head> and its title; a line of "
     "bars only among the title's lines (| |, an empty table row of a PDF's text) is left "
     "out, reported."),
    ("headline-label", "interpretation", "A name and a colon over a headline's words (Burra "
     "Burra DC: Meet the Candidates), used two or three times in a text where no one takes "
     "turns, is a newspaper's or a newsletter's heading, not a speaker's turn."),
    ("site-masthead", "normalization", "A site's masthead inside a web page's content "
     "area (class masthead, site-header, branding), its heading the site's name as the "
     "page's <title> gives it, is not the text: its words (the journal's name and volume) "
     "are a note of the source in the header, and the text's own heading under it names "
     "the document."),
    ("page-viewer-links", "normalization", "A page break an edition marks with the "
     "page's image and its viewer's links (<span class=\"pagebreak\"> with a thumbnail, "
     "View Page, Full size in new window) is one <pb/> with the image in @facs, the "
     "links' words left out (reported); the page's number printed right under it "
     "(<span class=\"fw_pagNum\">2</span>, TEI's <fw type=\"pageNum\">) numbers that "
     "<pb/>. A licence's badge (<a rel=\"license\"><img/></a>) is no page image."),
    ("image-attributes", "normalization", "A Markdown image with its size or other "
     "attributes inside its parentheses, as MultiMarkdown and markdown-it's imsize write "
     "them (![Letter, Page 1](pg1.jpg width=\"1500\" 'title'), ![](scan.png =600x400)), is "
     "an image like any other (left out, reported), not text; its attributes are format "
     "markup."),
    ("line-end-compound", "segmentation", "A compound adjective broken at its own hyphen "
     "at a line's end (A panic- / stricken crowd, well- / known, kind- / hearted) keeps its "
     "hyphen: its second half is a whole word that ends no word split at its syllables. "
     "So does a chain of words broken at a link (mille-huit-cent-quatre- / vingt-cinq, "
     "mille- / neuf-cent-quatorze, mother-in- / law): the part before the hyphen a whole "
     "word (a numeral, or a word the text prints elsewhere), linked to a word before it "
     "or to words linked after it."),
    ("page-foot", "segmentation", "In a scanned book's page, the lines under the page's "
     "printed number (its footnotes, its signature mark) are the page's foot, a block of "
     "their own: not the end of the page's last paragraph; a note there whose number "
     "stands as a superscript in the text (terms\u00b9 / 1 The 'colonus' in the Digest \u2026) "
     "is that marker's note."),
    ("markdown-in-html", "interpretation", "In a Markdown file, emphasis typed as Markdown "
     "inside an HTML block (<p>Seul, le _Messager de Toulouse_ d\u00e9clarait \u2026</p>) is "
     "read as outside it: a balanced pair of _, * or ** around words is a <hi>; a word "
     "broken at its hyphen at a line's end before a capital (la Haute- / Garonne) is joined "
     "with its hyphen."),
    ("emphasis-repaired", "interpretation", "In a Markdown file, emphasis signs that "
     "CommonMark leaves as text are read as emphasis where they pair around words in one "
     "paragraph: a ** before a line break at a line's start closed by ** (**  / Board "
     "Meeting, November 3rd, 1910.**), a run closed after a line break right before the "
     "next bold words (****MS 988 \u2026**), an _ closed before a letter (_Department of "
     "Labour_Mr.: a space restored). Every run of the sign in the paragraph must pair; a "
     "lone * or _ and an escaped one stay text."),
    ("bold-headings", "segmentation", "In a Markdown file, a paragraph set wholly in bold "
     "as a minute book sets its meetings' and items' headings (**Meeting of January 5th, "
     "1911.**, **Immigration Rules**) is a heading, a level under the last heading before "
     "it: one line of twelve words at most, no sentence after a full stop, not ending in a "
     "colon or a comma, after some paragraph of text and before a paragraph, and two or "
     "more such in the document."),
    ("label-heading", "interpretation", "A heading at the top that only labels what "
     "follows (Text transcriptions, Sample 1, Document) over further headings with no text "
     "between names no text: the title is the first heading under it that does."),
    ("incident-words", "interpretation", "A reporter's note of the room in the language of "
     "the record ([Tepuk] in Malay, (Makofi) in Swahili, (Beifall) in German, (Rires) in "
     "French, Gelag in Afrikaans) is an <incident>, as [Applause] is, not supplied text."),
    ("office-label-brackets", "interpretation", "An office's label with the holder's name in "
     "square brackets (Menteri Perdagangan Dalam Negeri dan Hal Ehwal Pengguna [Dato\u2019 "
     "Shahrir Abdul Samad]:, the Malaysian Hansard's form) opens a turn, also where the line's "
     "end cuts it inside the brackets under a sentence's end; the name is part of the label, "
     "not supplied text."),
    ("bracket-line", "segmentation", "A note wholly in square brackets on a line of its own "
     "under a sentence's end ([Teks Titah Ucapan Diraja adalah seperti di Lampiran]) keeps its "
     "line when the lines around it are joined as wrapped prose."),
    ("leaders", "normalization", "The leaders of a contents line before its page number "
     "(dots, an ellipsis run, rules, or the garbled glyphs a PDF export leaves as a run of "
     "replacement characters) are layout, not words: left out and reported. An identifier "
     "the export puts under the paragraphs (18/11/2021A00050) is left out in every form its "
     "series letters take (18/11/2021FF00100)."),
    ("constituency-in-brackets", "interpretation", "In a label of a record of speech, "
     "a bracket before the party's bracket and the colon (Axel Schäfer [Bochum] [SPD]:) is "
     "the member's constituency, printed by the source: kept as printed, not <supplied>."),
    ("char-references", "normalization", "A character reference a web page left in a "
     "plain-text copy (&#34;, &#x2019;) is the character it stands for; one to markup "
     "(&#60;), to a control character or to no character, and a named one (&amp;), stay "
     "as printed."),
    ("inline-notes", "interpretation", "A note a web page sets inside the sentence it "
     "explains, in an element whose class names a note (<span class=\"fn\">), is a <note> "
     "at that place; a sign printed on the word before it (bosker*) is its marker."),
    # web13 (scout round 13: web pages and Markdown dialects)
    ("script-note-links", "interpretation", "A note number linked by script rather than by an "
     "address (onclick=\"selectNote('note10')\", data-note, aria-describedby) is the marker of "
     "the element it names, read as a <note> there; a list left with only its heading is "
     "reported, not kept as an empty section."),
    ("drawn-apart", "interpretation", "Where an image or another drawn element left out of "
     "the text (a spacer image, a button) stood between two words, a space keeps them apart, "
     "as the page showed them."),
    ("wiki-links", "interpretation", "A wiki link of a note app or transcription platform "
     "([[A. Thomas|Mr. Thomas]], [[Saroop Singh]]) is a <ref> whose words are the words shown "
     "and whose target is the page it names (A.%20Thomas): the transcriber's identification is "
     "kept; an embedded file (![[scan.jpg]]) is an image, left out of the text and reported."),
    ("kramdown", "normalization", "kramdown's own syntax (Jekyll's Markdown): comments "
     "{::comment} … {::/comment}, {::nomarkdown} wrappers and attribute lists ({:.book-title}, "
     "{: #id}) are format markup, left out of the text and reported."),
    # tex16 (scout round 15: LaTeX and Org-mode sources)
    ("format-latex", "normalization", "The source is LaTeX, read with pylatexenc: no command "
     "is kept as text. Sectioning commands are headings; \\emph, \\textit, \\textbf, "
     "\\textsc and the font declarations ({\\it …}) are <hi rend>; \\footnote is a <note> at "
     "its marker; \\\\ and \\break end a line, \\newpage and \\eject a page; \\title, "
     "\\author and \\date go to the header; accents and special characters are the "
     "characters they print. What prints no text (the preamble, layout, spacing, fonts, "
     "references) and the comments are left out and reported; a command the file does not "
     "define keeps the text of its arguments, a number or a dimension among them being "
     "layout."),
    ("format-org", "normalization", "The source is Org-mode: #+TITLE, #+AUTHOR, #+DATE and "
     "#+PROPERTY lines go to the header (a #+DATE with a time of day says when the file was "
     "written, not the text's date); headings, /italic/, *bold*, _underline_, "
     "+strike-through+, links and [fn:] footnotes are read as such; comments, drawers of "
     "outline data, planning lines, TODO keywords and tags are left out and reported."),
    ("latex-printed-lines", "segmentation", "A LaTeX command of the transcription's own that "
     "wraps a whole line, line after line (\\stick{…}), sets a line of the original: its line "
     "ends are kept (<lb/>)."),
    ("catchword", "normalization", "A catchword at a page's foot (a LaTeX \\catch{…} whose "
     "words the next page repeats) is left out with its signature mark, and reported: its "
     "words are the next page's first."),
    ("mandoku-pages", "interpretation", "The Kanseki Repository's page markers "
     "(<pb:KR3e0001_SBCK_001-1a>) are page breaks, <pb n=\"1a\">, the identifier naming the "
     "page's image (facs)."),
    ("mandoku-line-ends", "segmentation", "Where \u00b6 ends (nearly) every line (the Kanseki "
     "Repository's texts), it marks the witness's line ends: <lb/>, not text."),
    ("editorial-label", "interpretation", "Words in italics within square brackets "
     "([rule], [postmarked:] set in italics) and a lower-case label ending in a colon "
     "([return address:]) are the editors' description of the document (the documentary "
     "editions' convention): <note type=\"editorial\">, not <supplied>."),
    # round 18
    ("word-styles", "interpretation", "A Word template's own paragraph styles are read: a "
     "style with an outline level is a heading of that level; a style whose paragraphs are "
     "short names over the speech is the speaker's label; a style of lines in parentheses, "
     "or named for stage directions (Acotació, Stage), holds stage directions."),
    ("series-line", "normalization", "The publication's series and number line over the text "
     "(\u201cXI legislatura \u00b7 s\u00e8rie P \u00b7 n\u00famero 6\u201d) is the "
     "source's citation, in the header, never the title."),
    ("sitting-time", "interpretation", "A line that records a sitting opening, breaking off "
     "or closing at a time (\u201c\u00c1brese a sesi\u00f3n \u00e1s dez \u2026\u201d, "
     "\u201cLa s\u00e9ance est ouverte \u00e0 \u2026\u201d) is a <stage>, never a "
     "heading."),
    ("gap-redacted", "correction", "A placeholder for removed personal data ([email], "
     "[name withheld], [redacted]) is <gap reason=\"redacted\"> with the placeholder's "
     "words in <desc>: nothing an editor supplied."),
    ("site-title-template", "normalization", "A web page's <title> that is a site's template "
     "with its page part empty (Mark Twain Project :: Letters ::  : an electronic text) is "
     "not the document's title; the title is taken from the text."),
    # round 19
    ("entry-date-lines", "segmentation", "Lines of their own that are a day and its month "
     "(6 september, Maandag 18 september., Sept. 6.), two or more, each over text, are a "
     "diary's or a log's entry headings, dated with the year the text before them names "
     "(Wij schrijven september 1944.); never a running head with a page number."),
    ("date-of-entries", "stdVals", "A diary that nothing else dates is dated by its "
     "entries' headings: the part of the first and last entry's date that they share "
     "(1944-09-06 … 1944-09-09: 1944-09)."),
    ("page-bar", "normalization", "The bar a TEI-derived web edition draws where a page "
     "begins (<span class=\"pagebreak\" title=\"Seitenbeginn, S. 2\">|</span>, with or "
     "without the class when the title names the page) is a <pb/>, its number from the "
     "title; the bar is no text, its own space keeps the words apart."),
    ("edition-chrome", "normalization", "A web edition's entity registers (a heading "
     "Personen:, Orte:, Erwähnte Personen, Register over a list of links to the site's "
     "pages, with the column that holds them) and its site footer (an element named footer "
     "that holds the site's address, funder, copyright or imprint) are left out and "
     "reported; a footer that holds the commentary stays. A logo is never a page's image."),
    ("lemma-commentary", "interpretation", "An edition's commentary keyed by lemma after the text "
     "(Tag.] Anspielung auf …, in a span class=\"lemma\" or a block whose class names a "
     "commentary or apparatus) is a note after the first place in the text that reads the "
     "lemma; with no lemma found, a note of the text with its lemma kept."),
    ("unclear-class", "normalization", "A TEI-derived page's <span class=\"unclear\"> is "
     "an <unclear> reading; one filled with placeholders (¿¿¿...¿¿¿, ???) is a <gap "
     "reason=\"illegible\"/>, the placeholders no text."),
    ("two-digit-year-century", "stdVals", "A date with two figures of its year (19.8.92.) "
     "is of the century of the year the document's title or headings state in four figures "
     "that ends in the same two (vom 19. August 1892: 1892-08-19), not of the 20th century "
     "by default. (Months in Roman figures, 16.IV.33, are read; two months of one year, "
     "Oktober/November 1916, date the year.)"),
    ("stated-key", "interpretation", "The text states its own key for a draft's changes "
     "(\u201cthe parts struck out are printed in Italics and inclosed in brackets\u2014and "
     "those inserted are inclosed in parenthesis\u201d, or a key of signs set as a table or "
     "a list, the sign alone in its first cell: \u201c[ ] | square brackets | letters "
     "canceled by scraping or washing\u201d): in that text the words in those "
     "brackets are <del>, in those parentheses <add>, their italics as printed (where the key "
     "names italics, only words all in italics); a note's marker, a label's bracket "
     "([Illustration: …]) keep their reading; an empty [ ] is kept as printed."),
    ("hand-dateline", "stdVals", "A dateline as a hand writes it, the month misspelt "
     "by one letter or abbreviated (Febuary, Septr, Janry) before the day and a year of two "
     "figures (Febuary 3d 64, Janry 1 '65, Jany 3rd /63), has the century the document "
     "makes evident: that of a year in four figures it states elsewhere ending in the same "
     "two, else that of all its years in four figures where they share one century."),
    ("two-digit-year-open", "stdVals", "A hand's dateline with a year of two figures where "
     "the document makes no century evident is a <date> without @when: its words are "
     "kept, no century is guessed."),
    ("site-banner", "normalization", "A web page's first block that holds only headings, "
     "an author's line and images, over the block that opens with the document's own "
     "heading of a lower rank (an edition's name over each of its letters: Édition en "
     "ligne des LETTRES SECRETES over Lettre II de Mr. de Voltaire) is the site's banner: "
     "left out of the text and reported, its words in the source citation; the title is "
     "the document's heading."),
    ("colophon-block", "normalization", "A web page's block whose class names the "
     "edition's account of its own making (colophon, credits, bibliographical information, "
     "notes on its notation: Aozora Bunko's 底本/入力/校正/作成 block) is left out of the "
     "text and reported, its words a note in the source description; a date in it is the "
     "file's, never the document's."),
    ("back-ref-notes", "normalization", "Paragraphs at a plain text's end that each end in "
     "Pandoc's back-reference ↩ are its notes 1…k, each read at the digits 1…k "
     "glued to a word in the text above (in that order); without every marker they stay "
     "text."),
    ("distributor-credit-line", "normalization", "A last paragraph that is one short "
     "statement ending with the work's address on a site the text never names (a digital "
     "library's credit line) is left out of the text and reported; its words are a note in "
     "the source description."),
    ("numbered-letters", "segmentation", "A number alone on its line right over a "
     "salutation (kanji numerals, Hebrew letters read by gematria: "
     "לה = 35), two such at least, begins a letter of its own with the number as "
     "its heading; a dateline under the signature before it ends the letter before."),
    ("verse-group", "segmentation", "In a text set one verse line to a paragraph (its "
     "lines opening with capitals; in a script without capitals, ten short lines or more in "
     "a row of even length whose last letters rhyme on a third of the pairs at least), four "
     "or more such one-line paragraphs in a row outside speeches are a poem: <lg "
     "type=\"poem\"> of <l>; no closer or signature is read in its last lines."),
    ("author-heading", "normalization", "A web page's heading whose class names it the "
     "author's (<h2 class=\"author\">) is the work's author, a note in the source "
     "description, never a section's heading."),
    ("page-annotation", "segmentation", "An element of a web page that holds only an "
     "annotation of a page turn in Aozora Bunko's notation (［＃改ページ］, ［＃改丁］, "
     "［＃改見開き］, ［＃改段］) is a page break, <pb/>."),
    ("quoted-verse", "segmentation", "Quotations of one to four short lines each (at most "
     "60 characters, no sentence's end after the last), two such in the text at least, are "
     "quoted verse: <quote><lg type=\"poem\"> of <l>. A web page's <div> or <p> indented by "
     "its style or class (margin-left, Aozora's jisage) that holds one such line is a "
     "quotation."),
    ("ruby-reading", "normalization", "A ruby's reading (HTML <rt>, furigana) is kept as "
     "<hi rend=\"ruby\"> after the words it reads; the fallback brackets (<rp>) are no "
     "text."),
    ("dateline-heading", "segmentation", "A web page's heading that is a place and a date, "
     "right under the document's heading and the only one of its level (<h4>Paris, "
     "septembre 1693.</h4> under the letter's <h3>), is the letter's dateline in its "
     "opener, no section."),
    ("site-index-links", "normalization", "A web page's links to one page of its own site "
     "from three different words or more (an edition's names linked to its dictionary or "
     "index page) are the site's, not the document's references: the words are kept, the "
     "links left out."),
    ("picture-not-page", "normalization", "A web page's one link to an image whose image is "
     "described as a picture (alt=\"gravure, portrait de Voltaire, 1878\"), not as a page "
     "(p. 12, f. 3r, page_012.jpg), is a portrait or an illustration: left out and reported, "
     "no page break (pages' images come several to a text or name their page)."),
    ("abbreviated-labels", "interpretation", "A play's speaker labels cut short in mixed "
     "case with a full stop (Els., Hen., No. for Novellinus), each the start of a name the "
     "text prints in a short line (the cast list, a scene's head Elsa. Henno. Dromo.), that "
     "take turns with other labels, open turns: at a line's start (after a verse line's "
     "number, which stays at the speech's start) and after a sentence's end inside a "
     "line (Uxor, bonum sero. Els. Et quidem …). No. before a capital is then a name, not "
     "the number's sign."),
    ("verse-speech", "interpretation", "In a text set one verse line to a paragraph, a "
     "short line under a speech goes on with the speech to the next label (not a heading)."),
    ("parenthesis-not-stage", "interpretation", "A parenthesis that opens a paragraph is a "
     "stage direction only in a record of speech, and never a source's citation (a page "
     "reference, a year among a publication's parts) nor the start of a parenthesis that "
     "runs on to the paragraph's end: a treatise's (et) p(ri)vati(m) ho(m)i(n)es amare., the "
     "transcriber's expansion, stays text."),
    ("part-mark", "segmentation", "A line that marks where a transcription's part begins, "
     "between slashes (/front/, /main/, /back/: the Huygens Institute's Word transcriptions) "
     "is layout, left out and reported."),
    ("front-title", "segmentation", "The short lines between a transcription's /front/ and "
     "/main/ marks are its title page: one heading, the title (where no heading comes before "
     "them)."),
    ("number-column", "normalization", "Paragraphs that each hold a number, three or more "
     "in a row stepping evenly (5, 10, 15 …), are a column of line numbers set beside the "
     "text (a Word transcription's manuscript line numbers): layout, left out and "
     "reported."),
    ("word-rejoined", "segmentation", "A paragraph that ends in a word cut by a hyphen, over "
     "one that opens in lower case (a manuscript's line a paragraph in a Word "
     "transcription: inportu- / ne desiderare), is one paragraph, the word one again."),
    ("capital-word-rejoined", "segmentation", "A paragraph that ends in a word with a "
     "capital and no punctuation, in a text whose long paragraphs nearly all end in "
     "punctuation, goes on in the next one when that opens in lower case (Liebe Kolleginnen / "
     "und Kollegen!), or, in a language that writes its nouns with a capital, when it opens "
     "with one after a word the text writes in lower case elsewhere (Europäische / Union): "
     "one paragraph that a column or page break cut."),
    ("heading-label-alone", "segmentation", "A speaker's label set as a heading owns the "
     "paragraph below it (its first words, Słuchajcie: kiedyś …, are speech, not a run-in "
     "label); where that paragraph opens with a run-in label the document's paragraphs open "
     "with twice or more (Marszałek: …), the heading's turn has no speech of its own: its "
     "label is kept as a paragraph and reported, never a section's heading."),
    ("clock-label-run-on", "segmentation", "Turns run on inside a paragraph, each after a "
     "clock time (… (Beifall bei den Grünen.) 12.12 Präsidentin Doris Bures: …, a record's "
     "speeches whose line ends were lost), open there, the time a timestamp of the turn, "
     "when two such times and labels (a title's or an office's word and a name) are in the "
     "document."),
    ("source-line-label", "segmentation", "A converter's line over each speech, the "
     "speaker's name in emphasis, a separator and the source's reference with its link "
     "(*Poslankyně Olga Richterová* · stenozáznam: https://…), two of them or more: the "
     "name is the turn's label, the reference a note of the source before the turn."),
    ("single-page-head", "normalization", "An OCR'd page in a file of its own whose first "
     "line is the printed page's running head with its number (1916. 12 mars. —— Anklager "
     "mot Luftforsvarets ledelse. 319), over a page that opens in mid-sentence in lower "
     "case: the number numbers the <pb/> before the text, the head's line is left out as "
     "page furniture and reported."),
    ("converter-verb", "normalization", "A converter's English verb after a label "
     "(*Głos z sali interrupts:* …) in a text in another language is the conversion's "
     "markup, not the record's words: left out and reported."),
    ("interjection", "interpretation", "The line such a verb marks is an interjection from "
     "the floor inside the speech it interrupts: an <incident>, its label and words in the "
     "description, not a turn."),
    ("clock-file-heading", "segmentation", "What a speech file with turns run on after "
     "clock times opens with before its first turn, a line that names the sitting and ends "
     "in a comma and a time (Abg. Mag. Werner Kogler (Grüne), 6. Sitzung, XXVII. GP des NR, "
     "12:07), is its heading."),
    ("contents-list", "segmentation", "Three lines or more in a row that end in a page "
     "reference after leaders, a tab or a wide space (a page and a column letter, 17881 B, "
     "or a list of them) are a table of contents: a list, an entry an item, the word over "
     "them (Inhalt:, Contents) its heading; the leaders are left out as layout."),
    ("act-heading", "segmentation", "A play's act or scene heading on a line of its own "
     "(ACTUS II., ACT III, Scene 2, SCAENA PRIMA), also on the last or first line of a "
     "paragraph parted by a soft line break, is a heading: a section of its own."),
    ("editorial-description", "interpretation", "Words in brackets that describe the "
     "original rather than restore its words (a label and a colon with what it labels: "
     "[Glosse: H???], [Subskript erneut: app(ar)ere]; words in sentence case ending in a "
     "colon: [Das folgende in rot:]; two words or more naming a feature of the original: "
     "[original spelling]) are the editor's note (<note type=\"editorial\">), not "
     "<supplied>; question marks alone, also in parentheses ([(???)]), are a <gap>, and "
     "[?] after a stop (Edition; [?] unsichere) opens the next clause, the word before it "
     "read with no doubt."),
    ("split-word-rejoined", "segmentation", "A word cut by a hyphen and a space inside a "
     "line (a printed line end that a web page or an OCR kept: mu- sique, gloi- re) is "
     "joined where the evidence is strong: the text prints the word whole elsewhere "
     "(Musique), or the source cut it at its own line end; never a compound the text "
     "prints with its hyphen (celui-ci), nor a compound's first part before a conjunction "
     "(boom- en menschenledig). Every join is reported; without such evidence the halves "
     "stay as printed (bien- aise)."),
    ("unsigned-closing", "segmentation", "A letter that opens with its salutation and ends "
     "in a paragraph whose last sentence holds the closing's formula (\u2026 et veuillez "
     "agr\u00e9er mes sentiments religieusement d\u00e9vou\u00e9s.; I remain \u2026), with no name "
     "under it (a letter-book's or an office copy's), closes with it: the closer's <salute>; "
     "short lines under it that are no sentence and no signature (Le REVEREND PERE "
     "VAYSSIERE / \u2026 / MARSEILLE) are the addressee's address, their lines kept."),
    ("verse-line", "segmentation", "In a text set one verse line to a paragraph (a Word "
     "transcription of verse drama), a speech's one-line paragraphs of up to fourteen "
     "words are its verse lines (<l>, the line's number in @n); longer paragraphs stay "
     "<p>."),
    ("verse-line-parts", "segmentation", "A verse line that two speakers or more share, "
     "the next label inside it after a sentence's end ((45) Uxor, bonum sero. Els. Et quidem "
     "sero nimis,), is in parts: <l part=\"I\"> in the first speech, part M in any "
     "between, part F in the last."),
    ("title-page-not-speech", "interpretation", "A title page is no dialogue: a line in "
     "capitals that is an article, a preposition or a conjunction (THE / LIFE / AND / "
     "OPINIONS / OF; DER, LES) is no speaker's label, even where a half title repeats it; "
     "a label needs speech after it, and a play several labels that take turns."),
    ("ocr-noise", "interpretation", "A line that is OCR's reading of a stain or a picture, "
     "not words (4:J~ --{;- tiJ.: letters and figures half its signs or fewer, with a sign "
     "no title sets), is never the document's heading or title: kept as text, and "
     "reported where it opens the text."),
    ("date-year-alone", "stdVals", "Where nothing gives the text's day or month, a year "
     "it sets apart as its own dates it (profileDesc/creation, the year alone): a year at "
     "the end of its title (A BRIEF AND TRUE NARRATIVE, BY DEODAT LAWSON, 1692) or at its "
     "start before a name (1804 Johann Heinrich Kleinschmidt), a date "
     "field with the year alone (Date: 1541), a year named as the year in the title's line "
     "under the heading (na Seymie Roku 1766. uczyniona.); never a year inside the text's "
     "sentences."),
    ("record-masthead", "segmentation", "Short lines over the date at the top of a "
     "record, one of them in capitals naming the record ((Official Version) / EDITED "
     "HANSARD * NUMBER 14 / HOUSE OF COMMONS), or under a heading and with it naming the "
     "record (Plenarprotokoll 18/181 / Deutscher Bundestag / Stenografischer Bericht / 181. "
     "Sitzung), or short lines under the date that opens it, down to the last naming the "
     "record (Thursday, 18 November 2021 / Vol. 280 / No. 6 / PARLIAMENTARY DEBATES / "
     "SEANAD ÉIREANN / (OFFICIAL REPORT—Unrevised)), are its masthead: the <head> (before "
     "the opener) and the title, not a letter's address lines."),
    ("quoted-title", "interpretation", "A title the source file gives that is words "
     "quoted from the text (a blog post named by a line of the letter it shows: just a "
     "hobby, won't be big and professional like gnu) yields to the text's own first "
     "heading; the file's title stays in the source description."),
    ("title-under-title", "interpretation", "A heading right under the title, two levels "
     "or more below it, where the text's sections come later at a level between the two "
     "(##Verdrag inzake de slavernij / ####SLAVERY CONVENTION. / ###Article 1: a register's "
     "title over the act's own), is the act's title as printed: the title is both, joined "
     "by a colon (Verdrag inzake de slavernij: SLAVERY CONVENTION)."),
    ("month-heading", "interpretation", "A heading that is a month and its year alone "
     "(# APRIL 1911 over a diary's entries) is the title of the month's pages, and dates "
     "the text to the month; a dateline names its day."),
    ("act-title", "interpretation", "A decree's or law's heading naming its kind (У К А З, "
     "letter-spaced as printed), the issuer in capitals under it (ПРЕЗИДЕНТА РОССИЙСКОЙ "
     "ФЕДЕРАЦИИ) and the title that opens with О / Об / Про (О внесении изменений …) are one "
     "<head> and the title; a date in that title is the date of the act it amends, never "
     "the document's."),
    ("mail-quote-nested", "interpretation", "In an e-mail, lines opening with "
     "\u201c>>\u201d (or \u201c> >\u201d) quote the message the one replied to had "
     "quoted: a <quote> inside the <quote>, one level a \u201c>\u201d."),
    ("mail-attribution", "interpretation", "In an e-mail, the reply's own lines ending in "
     "\u201c:\u201d right over a quotation, with no blank line between (\u201cOn \u2026, "
     "X wrote:\u201d), are a paragraph before the <quote>."),
    ("date-field-refines", "stdVals", "Where the heading dates the text by its month or year "
     "alone (\u201cApril 1839 \u2013 Liberty Jail Entries\u201d) and a date field under it "
     "(\u201cdate: 1839-04-01\u201d) gives a day inside that month or year, the field's "
     "fuller date is the document's date (profileDesc/creation)."),
    ("act-date-over-introduction", "stdVals", "Where a page's introduction names a date "
     "inside a sentence (\u201cEdward VIII\u2019s abdication speech, broadcast 11 December "
     "1936.\u201d) and the act it presents closes with its own dated clause (\u201cIn token "
     "whereof I have hereunto set My hand this tenth day of December, nineteen hundred and "
     "thirty six\u201d), the act's own date is the document's date."),
    ("date-opening-last-paragraph", "stdVals", "Where nothing else dates the text, a day set "
     "off by a full stop at the start of one of its last paragraphs (a court report's "
     "\u201cMarch 12th, 1816. Marshall, Ch. J., delivered the opinion of the court\u201d) "
     "is its date (profileDesc/creation)."),
    ("catalogue-fields", "interpretation", "Field labels of a catalogue's or register's "
     "entries, several on a line with a short value each (\u201cTonart: E-moll. Taktart: "
     "2/4.\u201d), are not speakers: a label needs speech; the lines stay paragraphs."),
    ("page-words-over-text", "interpretation", "A page word and a number on the first line "
     "of a block over the page's text (a gallery's caption \u201cSida 1.\u201d), where two "
     "such labels at least rise page by page, is a page break (<pb n>)."),
    ("date-cover-line", "stdVals", "Where nothing else dates the text, a place and a full "
     "date on the last line of a cover or title page transcribed line by line "
     "(\u201cHjortsh\u00f6g, den 12/3 1895\u201d) is its date (profileDesc/creation)."),
    ("leading-page-numbers", "interpretation", "The original's page number in brackets at "
     "the start of a heading (\u201c### [6] At a General Court \u2026\u201d, two at least, "
     "rising, none used as a note's number) or with a page word at a paragraph's start "
     "(\u201c[p. 12]\u201d, \u201c[fol. 3v]\u201d) is a page break (<pb n>) before the "
     "block, which keeps its words."),
    ("gap-empty-brackets", "correction", "A space in brackets between words (\u201cIpswich "
     "Highway, [ ] the horse bridge\u201d), or after a word before its punctuation "
     "(\u201cof the stock [ ],\u201d), is a lacuna of the transcription: <gap/>."),
    ("partial-word", "correction", "Letters in brackets with a hyphen on one side "
     "([-tment], [--th ], [w- ]) are the part of a word the transcriber could read, the "
     "hyphen standing for the part lost: the letters as text and a <gap reason="
     "\"illegible\"/> on the hyphen's side, never <supplied>."),
    ("supplied-conjecture", "correction", "Letters in brackets with a query glued to a "
     "word's first letters (\u201cB[oston?]\u201d) are the editor's conjecture: "
     "<supplied cert=\"low\">, not <unclear> (the source does not show them)."),
    ("del-strikethrough", "correction", "Struck-through words in a transcription (two "
     "of its editorial signs at least: [?], [illegible], [word?], the original's page "
     "numbers in brackets on lines of their own, letters restored inside a word) are the "
     "writer's deletion: <del rend=\"strikethrough\">, not typography."),
    ("catalogue-record-fields", "interpretation", "A catalogue record's fields one to a line "
     "(\u201cMuseum no.: BM 012839\u201d / \u201cProvenience: \u201d / \u2026): four "
     "labels at least on lines that follow one another, none twice, each value a few words "
     "and no sentence, one of them empty or the same labels again in a second record, are "
     "fields, not speakers' turns."),
    ("identifier-not-date", "interpretation", "A date in a field whose label names an "
     "identifier (Accession no., Museum no., Inventory, Signatur, Shelfmark), or an ISO date "
     "run on by \u201c, NNNN\u201d (a registration number, \u201c1896-03-26, 0031\u201d), "
     "is part of the number, never the document's date."),
    ("format-atf", "normalization", "The source is ATF (CDLI's and ORACC's transliteration "
     "format), read by teikit's scanner: a text's designation (&P… = …) is its heading and its "
     "number a field of the header, the object, surfaces and columns (@tablet, @obverse, "
     "@column 2) headings of divisions, protocol lines (#atf:) left out and reported, the "
     "lines of a catalogue's record over a text its division's paragraphs."),
    ("numbered-lines", "segmentation", "A line the source numbers (ATF's 1., 1'., 12a.) "
     "begins at <lb n=\"…\"/> with its number; the lines of a surface are one paragraph."),
    ("gap-lost", "correction", "Signs lost where the object is broken (a transliteration's "
     "[...], counted signs [x x], a state line's [rest broken]) are <gap reason=\"lost\"/>, "
     "with their count where given; never <supplied> nor words the editor left out."),
    ("atf-comment", "interpretation", "An ATF comment line (# …, #note: …; not a #tr. "
     "translation nor a protocol line) is the editor's <note type=\"comment\"> where it "
     "stands, between the tablet's lines before and after it."),
    ("atf-flags", "correction", "A transliteration's flags on a sign, as ORACC's ATF "
     "defines them: # (damage to the sign) is <unclear reason=\"damage\">, ? (uncertain "
     "reading) <unclear>; ! (corrected) and * (collated) stay as written."),
    ("page-unnumbered", "interpretation", "A transcriber's mark of a page it cannot number "
     "(\u201c[End of page ?]\u201d, \u201c[Page ?]\u201d) is an unnumbered <pb/>, not "
     "words read unclear."),
    ("setext-paragraph", "segmentation", "A Markdown paragraph over a \u201c---\u201d line "
     "that is sentences (more than fifteen words, or two sentences) is a paragraph and the "
     "line a rule, not a setext heading; reported."),
    ("weekday-no-title", "interpretation", "A first heading that is a weekday's name alone "
     "(\u201cTHURSDAY\u201d) heads a diary's entry; it is never the document's title."),
    ("supplied-figure", "correction", "A number in brackets inside a number (\u201c12:[5]0"
     "\u201d: a digit right after it, a digit or a time's separator right before) is the "
     "editor's restored figure: <supplied>, never a note's marker."),
    ("salutation-run-in-section", "interpretation", "A salutation run into the first "
     "sentence of a section (\u201cMy Dear E\u2014\u2014,\u2014 I return you \u2026\u201d, "
     "a journal kept in letters), under the section's heading or its place and date line, "
     "is the letter's <salute>; the place and date over it is the opener's <dateline>, a "
     "closing phrase with no name under it (\u201cYours ever faithfully.\u201d) its "
     "closer."),
    # low18
    ("preprinted-page-number", "interpretation", "A number alone that a transcription "
     "platform tags as printed on the page (\u201c[[preprinted]] 22 [[/preprinted]]\u201d) "
     "over the page's text is the original's page number: a <pb>."),
    # fmtpdf: PDF sources
    ("format-pdf", "normalization", "The source is a PDF with a text layer, read with "
     "pypdfium2 (PDFium): each page's lines in reading order (a column read to its foot "
     "before the next), paragraphs parted by the space between lines and by indentation, a "
     "short line inside a paragraph kept as a line; a paragraph set larger than the text, or "
     "short and wholly bold, is a heading; italic, bold, superscript and subscript are "
     "<hi rend>; a typesetter's ligatures are their letters; a word hyphenated at a line's "
     "end is joined as in any text. The document information's title goes to the header, "
     "its author, subject and keywords to the source citation, its creation date (the "
     "file's) is kept as a field, never the document's date."),
    ("pdf-page-numbers", "interpretation", "A line at the top or foot of a PDF's page that "
     "comes back, its figures aside, at one height on other pages is the running head or "
     "foot: left out and reported; a number in it that agrees with its page's place on "
     "another page (the same difference) numbers the page's <pb n>."),
    ("pdf-line-numbers", "interpretation", "A column of numbers alone in a PDF page's "
     "margin, five at least, rising down the page by one step (a transcript's 1 to 25), "
     "numbers the page's lines: left out and reported."),
    ("pdf-foot-notes", "interpretation", "Lines at the foot of a PDF's page, set smaller "
     "than the text and under it, each opening with a number or sign that stands raised "
     "(superscript) in the page's text, are notes placed at those markers; a note's lines "
     "at the top of the next page's notes go on with it; numbers that start again on each "
     "page are numbered through."),
    # fmt18: OpenDocument and MediaWiki sources
    ("format-odt", "normalization", "The source is an OpenDocument text (.odt, or flat .fodt "
     "from LibreOffice), read from its content.xml with teikit's safe XML parser (the package "
     "checked first: a zip bomb is refused): paragraphs, headings by their outline level, "
     "lists and tables as such; bold, italic, underline, strike-through, superscript, "
     "subscript and small capitals from the styles as <hi rend>; footnotes and endnotes are "
     "notes at their markers; a line break ends a line; the title, author and subject in "
     "meta.xml go to the header. Soft page breaks (the editor's own pagination), comments, "
     "tracked deletions, images and generated indexes are left out and reported."),
    ("format-mediawiki", "normalization", "The source is MediaWiki wikitext (a Wikisource or "
     "Wikipedia page's source), read with mwparserfromhell: no wiki syntax is kept as text. "
     "Headings, ''italic'', '''bold''', lists, tables and <poem> lines are read as such; "
     "<ref> footnotes are notes at their markers (a named one used again is the same note); "
     "links keep their words; Wikisource's {{header}} gives the title, author and date to "
     "the header (its notes stay text); formatting templates keep their words, layout ones "
     "({{rule}}, {{gap}}) are dropped, any other template keeps the words of its positional "
     "arguments and is reported; comments, categories, images, a proofread page's "
     "<noinclude> header and footer, and transclusions of other pages ({{page}}, <pages/>, "
     "whose text is not in the file) are left out and reported."),
    # fmtepub: EPUB and RTF sources
    ("format-epub", "normalization", "The source is an EPUB ebook: its package checked (a zip "
     "bomb, an encrypted item refused), its spine's content documents read in order as one "
     "web page; the package's dc:title, dc:language and an http dc:identifier go to the "
     "header, dc:creator, dc:contributor, dc:publisher, dc:source, dc:rights, dc:subject and "
     "dc:description to the source citation, dc:date (the ebook's publication, not the "
     "text's) as the field \u201cebook date\u201d."),
    ("epub-chrome", "normalization", "The ebook's own pages, named so by its structural "
     "semantics (epub:type, role, the guide: title page, half-title, imprint, colophon, "
     "copyright page, tables of contents and lists, cover), its navigation document, what "
     "its class calls boilerplate (a publisher's header and licence) and a table of contents "
     "written as links into its own documents are not the book's text: left out and "
     "reported."),
    ("epub-notes", "interpretation", "Note references (epub:type=\u201cnoteref\u201d) that "
     "link to notes in another content document of the ebook (its endnotes) or in the same "
     "one (an aside) are notes at their markers; a list of endnotes all read so is left out "
     "with its heading."),
    ("format-rtf", "normalization", "The source is Rich Text Format, read with teikit's own "
     "tokenizer: paragraphs, line breaks, headings by their style's outline level, bold, "
     "italic, underline, strike-through, superscript, subscript and small capitals as <hi "
     "rend>, tables as tables, HYPERLINK fields as links; characters by the document's or "
     "the font's code page and \\u escapes; the information group's title to the header, "
     "its author, subject, keywords and comments to the source citation. Page headers and "
     "footers, comments, pictures and objects are left out and reported."),
    ("rtf-footnotes", "interpretation", "RTF footnotes and endnotes ({\\footnote \u2026}) "
     "are notes at their markers."),
    # fmtocr: OCR exports (ALTO, PAGE XML, hOCR)
    ("format-alto", "normalization", "The source is ALTO XML (an OCR export), read with "
     "teikit's safe XML parser: each Page a page (<pb> numbered by PRINTED_IMG_NR, else "
     "PHYSICAL_IMG_NR), each TextBlock a block of its TextLines; words parted where SP "
     "parts them; emphasis from the TextStyles' FONTSTYLE. A word's confidence (WC) is the "
     "OCR engine's estimate, not the original's legibility: no word is made <unclear> by it; "
     "low ones are counted in the report."),
    ("format-pagexml", "normalization", "The source is PAGE XML (an OCR or handwriting "
     "recognition export: Transkribus, eScriptorium, OCR-D), read with teikit's safe XML "
     "parser: its text regions in the file's ReadingOrder, each a block of its TextLines, "
     "by its type (heading, paragraph, marginalia, footnote, header, footer, page-number, "
     "catch-word, signature-mark, drop-capital); a TableRegion a table of its cells; "
     "emphasis from TextStyle and Transkribus's textStyle ranges. Word confidences make no "
     "word <unclear>; low ones are counted in the report."),
    ("format-hocr", "normalization", "The source is hOCR (OCR results as HTML: tesseract, "
     "OCRopus, kraken), read with lxml's HTML parser: each ocr_page a page (<pb> numbered "
     "by lpageno or its ocr_pageno), its lines grouped by the paragraph or area that holds "
     "them, a line's words (ocrx_word) without the engine's alternative readings; "
     "headings and emphasis from the HTML. Word confidences (x_wconf) make no word "
     "<unclear>; low ones are counted in the report."),
    ("ocr-page-furniture", "interpretation", "What the OCR file marks as page furniture "
     "(a running head or foot, a page number, a catchword, a printer's signature mark; "
     "ALTO's TopMargin and BottomMargin, hOCR's ocr_header, ocr_footer and ocr_pageno) is "
     "left out and reported; a page number is the page break's n."),
    ("ocr-margin-notes", "interpretation", "A margin note of the OCR file (PAGE's "
     "marginalia, a block in ALTO's LeftMargin or RightMargin or tagged MarginTextZone) is "
     "a <note place=\"margin\"> after the first word of the line of text beside its top "
     "(by the coordinates; else of the next text block); one that stands above all the "
     "page's text is a note of its own before it."),
    ("ocr-paragraphs", "segmentation", "A text block of the OCR file is parted into "
     "paragraphs where its coordinates show one begins: a line opening in a capital that "
     "stands below the line before by more than 1.6 times the block's middle line pitch, "
     "or is indented by more than 15% of the block's width after a line that ends short "
     "by as much (as the PDF reader parts a page's lines)."),
    ("ocr-interlinear", "interpretation", "A line the ALTO file tags InterlinearLine "
     "(SegmOnto: words written between the lines) is an <add place=\"above\"> in the line "
     "below it, in place of the insertion sign under it (a caret, a wedge, a slash) or else "
     "before the word under its start; a sign so replaced is not kept."),
    ("ocr-footnotes", "interpretation", "A footnote region's entries (*) text, 1) text) "
     "are notes at their markers where the same marker stands after a word of the page's "
     "text; the printed marker becomes the note's place, the notes numbered through the "
     "file; footnote-continued goes on with the note before."),
    ("ocr-drop-capital", "normalization", "A drop capital (PAGE's drop-capital region, "
     "ALTO's DropCapitalZone, or a capital alone in a block set at the left of, and level "
     "with, the first line of a block that opens in lower case) is the first letter of the "
     "next block's first word."),
    ("ocr-hyphenation", "segmentation", "A word the OCR file marks as hyphenated at a line "
     "end (ALTO's HypPart1 and HypPart2 with the whole word in SUBS_CONTENT) is that whole "
     "word where its first part stands; every join is reported."),
    ("front-matter", "segmentation", "Matter before the text under a heading that names it "
     "(a preface, an editor's introduction: \u201cPREFACE\u201d, \u201cTHEMES\u201d, "
     "\u201cEinleitung\u201d), where a later heading begins the text, is the text's <front> "
     "(div type preface or introduction), never its title."),
]


def build(meta: Meta, speakers: list[Speaker], rules: list[str], style: str, source_name: str,
          edition: Edition):
    title_stmt = E.titleStmt(E.title(meta.title or source_name))
    if meta.funder:
        title_stmt.append(E.funder(meta.funder))
    for editor in edition.editors:
        title_stmt.append(E.editor(editor))
    for name in meta.interviewers:       # an interview's field "INTERVIEWER: Janet Abbate"
        title_stmt.append(E.respStmt(E.resp("interviewer"), E.name(name)))
    title_stmt.append(E.respStmt(E.resp("TEI encoding"),
                                 E.name(f"teikit {__version__}", type="software")))
    file_desc = E.fileDesc(title_stmt, _publication(meta, edition),
                           _source_desc(meta, edition))
    header = E.teiHeader(file_desc, _encoding_desc(rules, style, source_name),
                         _profile_desc(meta, speakers))
    change = E.change(f"Encoded from the plain text {source_name} (style {style}) by teikit "
                      f"{__version__}.")
    if edition.date:
        change.set("when", edition.date)
    header.append(E.revisionDesc(change))
    return header


def _publication(meta: Meta, edition: Edition):
    if not edition.publisher:
        return E.publicationStmt(E.p("Not published: a working master made with teikit."))
    stmt = E.publicationStmt(E.publisher(edition.publisher))
    if edition.pub_place:
        stmt.append(E.pubPlace(edition.pub_place))
    if edition.date:
        stmt.append(E.date(edition.date, when=edition.date))
    availability = _availability(meta, edition)
    if availability is not None:
        stmt.append(availability)
    return stmt


def _availability(meta: Meta, edition: Edition, with_source_rights: bool = True):
    parts = []
    if with_source_rights:
        parts += [E.p(text) for text in meta.rights]
    if edition.licence or edition.licence_url:
        licence = E.licence(edition.licence or edition.licence_url)
        if edition.licence_url:
            licence.set("target", edition.licence_url)
        parts.append(licence)
    return E.availability(*parts) if parts else None


def _source_desc(meta: Meta, edition: Edition):
    bibls = [copy.deepcopy(b) for b in meta.citations] or [E.bibl(E.title(meta.title or ""))]
    main = bibls[0]          # the archive's copy: its fields and rights
    if meta.rights and not edition.publisher:
        # no publisher of the master: the source's rights statement stays with the source
        main.append(E.availability(*[E.p(text) for text in meta.rights]))
    for label, value in meta.extra_fields:
        main.append(E.note(value, type=make_id(label, set())))
    if meta.credits:
        main.append(E.note(meta.credits, type="credits"))
    if meta.repository:      # the original's archive and shelfmark, as an edition gives them
        ident = E.msIdentifier(E.repository(meta.repository))
        if meta.idno:
            ident.append(E.idno(meta.idno))
        bibls.append(E.msDesc(ident))
    return E.sourceDesc(*bibls)


def _encoding_desc(rules: list[str], style: str, source_name: str):
    app = E.application(E.label("teikit"),
                        E.p(f"Encoded from {source_name}, read as style \u201c{style}\u201d."),
                        ident="teikit", version=__version__)
    decl = E.editorialDecl()
    parts: dict[str, Any] = {}     # editorialDecl part name -> its element
    for rule, part, sentence in RULES:
        if rule in rules:
            if part not in parts:
                parts[part] = getattr(E, part)()
                decl.append(parts[part])
            parts[part].append(E.p(sentence))
    if not len(decl):
        decl.append(E.p("The text is encoded as printed, paragraph by paragraph."))
    return E.encodingDesc(E.appInfo(app), decl)


def _profile_desc(meta: Meta, speakers: list[Speaker]):
    profile = E.profileDesc()
    if meta.summary:
        profile.append(E.abstract(*[E.p(s) for s in meta.summary]))
    if meta.date_iso or meta.place:
        creation = E.creation()
        if meta.date_iso:
            creation.append(E.date(meta.date_text or meta.date_iso, **date_attributes(meta)))
        if meta.place:       # where it was written, as the edition's source block says
            creation.append(E.placeName(meta.place))
        profile.append(creation)
    if meta.language_ident:
        language = E.language(meta.language or meta.language_ident, ident=meta.language_ident)
        profile.append(E.langUsage(language, *[E.language(name, ident=ident)   # a text's
                                               for ident, name in meta.other_languages]))
        #                                                   (other halves: readers.bilingual)
    named = [(name, role) for role, names in (("interviewee", meta.interviewees),
                                              ("interviewer", meta.interviewers))
             for value in names for name in NAMES_APART.split(value) if name.strip()]
    if speakers or named:
        persons = []
        for s in speakers:
            person = E.person(E.persName(s.label))
            if s.affiliation:
                person.append(E.affiliation(s.affiliation))
            person.set(XML_ID, s.ident)
            persons.append(person)
        _interview_roles(persons, speakers, named)
        profile.append(E.particDesc(E.listPerson(*persons)))
    return profile


# several names in one field: "Janet Abbate and Thomas Haigh", "A. Smith; B. Jones"
NAMES_APART = re.compile(r"\s*(?:;|&|\band\b|,(?=\s*\S+\s+\S))\s*")


def _interview_roles(persons: list, speakers: list[Speaker],
                     named: list[tuple[str, str]]) -> None:
    """An interview's fields name who was interviewed and who interviewed ("Interviewee:
    Mary Smith", "Narrator:", "Interviewer:"): the speaker whose label is that name, its
    surname or its initials ("SMITH", "MS") is that person, with the field's role and the
    name as the field gives it; a person named in a field whose label is in no turn is a
    person of the interview all the same (role and name, no turn of their own)."""
    taken = {s.ident for s in speakers}
    for name, role in named:
        name = name.strip().rstrip(".,")
        words = [w.casefold() for w in re.findall(r"[^\W\d_]+", name)]
        if not words:
            continue
        found = [p for p, s in zip(persons, speakers, strict=False) if p.get("role") is None
                 and _names(s.label, words)]
        if len(found) == 1:
            person = found[0]
            if " ".join(person[0].text.split()).casefold() != " ".join(name.split()).casefold():
                person.insert(1, E.persName(name))
        else:
            person = E.person(E.persName(name))
            person.set(XML_ID, make_id(name, taken))
            persons.append(person)
        person.set("role", role)


HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "rev"}


def _names(label: str, words: list[str]) -> bool:
    """Is *label* (a turn's) the person of the name *words*: the name, its last word, or
    its initials ("Mary Smith": "Mary Smith", "SMITH", "Smith", "MS", "M.S.")?"""
    mine = [w.casefold() for w in re.findall(r"[^\W\d_]+", label)]
    if mine[:1] and mine[0] in HONORIFICS:
        mine = mine[1:]
    if not mine:
        return False
    if mine == words or mine == words[-1:]:
        return True
    initials = "".join(w[0] for w in words)
    return len(words) >= 2 and "".join(mine) == initials
