"""teikit export pdf and build --pdf: the PDF read back with poppler's pdftotext (every word,
page count, running heads, page numbers n / N, notes on the page of their marker) and with
pypdf (metadata, paper, no images or attachments), golden PDF text for a seed, a play and
a debate, the same bytes from two processes, nothing fetched, and one line with exit code 2
where the engine cannot start.

Skipped where WeasyPrint cannot start (Pango missing) or pdftotext is missing, unless
TEIKIT_REQUIRE_PDF=1 (CI, set by .ci/run, which installs them): there that is a failure."""
from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import html as lxml_html

from teikit.diagnostics import TeikitError
from teikit.export import build_edition, export, load_master
from teikit.writers import pdf as pdf_writer

from conftest import EDITION, ROOT, SHARED, check_golden, connection_trap
from exportwords import master_words, words
from hostile import SECRET, attacks, harmless, tei

pypdf = pytest.importorskip("pypdf")

FIXTURES = ROOT / "tests" / "fixtures" / "pdf"
GOLDEN = ROOT / "tests" / "golden" / "pdf"
ARTIFACTS = ROOT / "tests" / "_artifacts" / "pdf"
TELEGRAM = EDITION / "tei" / "000_1146c90f5f55a996.xml"
TRANSCRIPT = EDITION / "tei" / "003_91c4a6c9c62e1599.xml"
PLAY = FIXTURES / "emilia-galotti-act1-scenes1-3.xml"
DEBATE = FIXTURES / "siparl-KPZONOJFSPD-Redna-021-1998-11-25.xml"
FRUS = FIXTURES / "frus1964-68v29p1-d241.xml"
KINDS = {"seed": TRANSCRIPT, "play": PLAY, "debate": DEBATE}
ALL = [TELEGRAM, TRANSCRIPT, PLAY, DEBATE, FRUS]
NOTED = [TELEGRAM, FRUS]
REQUIRED = os.environ.get("TEIKIT_REQUIRE_PDF") == "1"
PAGE_NUMBER = re.compile(r"^\s*(\d+) ?/ ?(\d+)\s*$")


def _missing(what: str) -> None:
    if REQUIRED:
        pytest.fail(f"{what}; TEIKIT_REQUIRE_PDF=1 requires it")
    pytest.skip(what)


@pytest.fixture(scope="module", autouse=True)
def engine():
    try:
        pdf_writer.engine()
    except TeikitError as exc:
        _missing(f"the PDF engine cannot start: {exc.diagnostic}")
    if not shutil.which("pdftotext"):
        _missing("needs pdftotext (Debian: apt-get install poppler-utils)")


@pytest.fixture(scope="module")
def printed():
    """Each master's diplomatic PDF, made once: path -> (bytes, diagnostics). A copy of
    each is kept in tests/_artifacts/pdf/ for a person to look at."""
    made = {path: export("pdf", path) for path in ALL}
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for path, (data, _) in made.items():
        (ARTIFACTS / f"{path.stem}.pdf").write_bytes(data)
    return made


def pages_of(data: bytes) -> list[str]:
    """The text of each page as laid out (pdftotext -layout keeps a superscript note call
    apart from its word, and a hyphen at a line end where it is: co-|operation); it also
    checks that the file is a PDF poppler can read."""
    proc = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", "-", "-"], input=data,
                          capture_output=True, check=True)
    pages = proc.stdout.decode("utf-8").split("\f")
    if pages and not pages[-1].strip():
        pages.pop()
    assert len(pages) == len(reader(data).pages)
    return pages


def reader(data: bytes):
    return pypdf.PdfReader(io.BytesIO(data))


def flat(text: str) -> str:
    return " ".join(text.split())


def body_lines(page: str) -> list[str]:
    """A page's lines without its running head and page number."""
    lines = [ln for ln in page.splitlines() if ln.strip()]
    return [ln for ln in lines if not PAGE_NUMBER.match(ln)]


# ----------------------------------------------------------------------------- every word

@pytest.mark.parametrize("path", ALL, ids=lambda p: p.stem)
def test_every_word_of_the_master_is_in_the_pdf(printed, path):
    """The master's words (text and notes, as the diplomatic view shows them) are all in
    the PDF's text layer; a word printed only glued to its neighbour counts as lost."""
    data, _ = printed[path]
    expected = master_words(load_master(path).root, "diplomatic")
    got = words("\n".join(pages_of(data)))
    lost = expected - got
    assert not lost, f"words of {path.name} missing from its PDF: {dict(lost.most_common(20))}"


def test_reading_view_keeps_every_word(tmp_path):
    data, _ = export("pdf", TRANSCRIPT, "reading")
    expected = master_words(load_master(TRANSCRIPT).root, "reading")
    assert not expected - words("\n".join(pages_of(data)))


# ----------------------------------------------------------------------------- pages

@pytest.mark.parametrize("path", ALL, ids=lambda p: p.stem)
def test_pages_are_numbered_n_of_n_under_a_running_head(printed, path):
    """In the top margin of every page but the first, the title; in the bottom margin of
    every page, n / N (read from those strips of the page alone)."""
    data, _ = printed[path]
    count = len(pages_of(data))
    height = float(reader(data).pages[0].mediabox.height)
    heads = margin_text(data, 0, MARGIN_PT)
    feet = margin_text(data, height - MARGIN_PT, MARGIN_PT)
    title = flat(pdf_title(data))
    assert count >= 2, "every sample fills more than one page"
    assert len(heads) == len(feet) == count
    assert heads[0] == ""
    for number in range(2, count + 1):
        head = heads[number - 1]
        assert head == title or (head.endswith("…") and title.startswith(head[:-1])), head
    assert [PAGE_NUMBER.match(f) and PAGE_NUMBER.match(f).groups() for f in feet] == [
        (str(n), str(count)) for n in range(1, count + 1)]


MARGIN_PT = 50          # the page margins are 22 mm (62 pt) at the top, 24 mm at the foot


def margin_text(data: bytes, top: float, height: float) -> list[str]:
    """The text of a horizontal strip of each page (in points from the top)."""
    proc = subprocess.run(["pdftotext", "-enc", "UTF-8", "-x", "0", "-y", str(int(top)),
                           "-W", "2000", "-H", str(int(height)), "-", "-"], input=data,
                          capture_output=True, check=True)
    pages = proc.stdout.decode("utf-8").split("\f")
    return [flat(p) for p in pages[:-1]]


def pdf_title(data: bytes) -> str:
    return str(reader(data).metadata.title)


@pytest.mark.parametrize("path", ALL, ids=lambda p: p.stem)
def test_no_page_ends_on_a_heading_or_speaker_label(printed, path):
    """The last line of a page body is never a heading or speaker label alone."""
    data, _ = printed[path]
    root = load_master(path).root
    tei = "{http://www.tei-c.org/ns/1.0}"
    labels = {flat("".join(el.itertext())).upper() for el in root.iter(f"{tei}speaker")}
    heads = {flat("".join(el.itertext())) for el in root.iter(f"{tei}head")}
    for number, page in enumerate(pages_of(data)[:-1], 1):
        lines = body_lines(page)
        notes_start = next((i for i, ln in enumerate(lines) if re.match(r"^\d+\. ", ln)),
                           len(lines))
        last = flat(lines[notes_start - 1]) if notes_start else ""
        assert last.upper() not in labels, (path.name, number, last)
        assert last not in heads, (path.name, number, last)


def test_notes_print_on_the_page_of_their_marker(printed):
    """Each note's text is on the page where the words just before its marker are (the
    notes and their markers as the HTML writer places them)."""
    checked = 0
    for path in NOTED + shared_frus():
        data, diagnostics = printed[path] if path in printed else export("pdf", path)
        assert not [d for d in diagnostics if d.code == "note-on-next-page"], path.name
        pages = [flat(p) for p in pages_of(data)]
        for label, before, text in notes_and_markers(export("html", path)[0]):
            marker_pages = {i for i, p in enumerate(pages) if before in p}
            note_pages = {i for i, p in enumerate(pages) if f"{label}. {text}" in p}
            assert marker_pages and note_pages, (path.name, label, before, text)
            assert marker_pages & note_pages, (path.name, label, before, text,
                                               marker_pages, note_pages)
            checked += 1
    assert checked >= 10


def shared_frus() -> list[Path]:
    """The FRUS documents of ../shared with the most notes (none where it is absent)."""
    folder = SHARED / "corpus" / "frus"
    names = ["frus1958-60v01-d20", "frus1958-60v01-d266", "frus1961-63v01-d244",
             "frus1961-63v01-d5", "frus1949v07p2-d21"]
    return [folder / f"{n}.xml" for n in names if (folder / f"{n}.xml").is_file()]


def notes_and_markers(page: bytes) -> list[tuple[str, str, str]]:
    """(label, the last words before the marker in its block, the note's first words)
    for each note of an HTML page."""
    doc = lxml_html.document_fromstring(page)
    out = []
    for note in doc.xpath("//span[contains(concat(' ', @class, ' '), ' fn-print ')]"):
        label = note.get("data-label")
        block = next(a for a in note.iterancestors() if a.tag in ("p", "h1", "h2", "h3",
                                                                   "h4", "li", "dd", "div"))
        before = flat(_text_before(block, note)).split()[-3:]
        shown = list(note.xpath("./text() | ./*[not(contains(@class, 'gen'))]"))
        text = flat("".join(t if isinstance(t, str) else t.text_content() for t in shown))
        if len(before) >= 2 and text:
            out.append((label, " ".join(before), " ".join(text.split()[:5])))
    return out


def _text_before(block, note) -> str:
    """The printed text of *block* before *note* (no hidden note copies or links)."""
    out: list[str] = []

    def walk(el) -> bool:
        if el is note:
            return True
        classes = (el.get("class") or "").split()
        hidden = {"fn-print", "fn-ref", "pn"} & set(classes)
        if not hidden:
            out.append(el.text or "")
            for child in el:
                if walk(child):
                    return True
                out.append(child.tail or "")
        return False

    walk(block)
    return "".join(out)


# ----------------------------------------------------------------------------- metadata

def test_metadata_come_from_the_header(printed):
    play = reader(printed[PLAY][0])
    assert play.metadata.title == "Emilia Galotti"
    assert play.metadata.author == "Gotthold Ephraim Lessing"
    assert play.trailer["/Root"]["/Lang"] == "de"
    assert play.metadata["/CreationDate"] == "D:20171211"       # its latest revision
    seed = reader(printed[TRANSCRIPT][0])
    assert seed.metadata.title == "Record of a Meeting Between T. V. Soong and Stalin"
    assert seed.trailer["/Root"]["/Lang"] == "en"
    assert seed.metadata["/CreationDate"] == "D:20261128"
    assert seed.metadata["/ModDate"] == "D:20261128"
    assert seed.metadata.subject.startswith("Dr. Soong reports")
    debate = reader(printed[DEBATE][0])
    assert debate.trailer["/Root"]["/Lang"] == "sl"
    assert debate.metadata["/CreationDate"] == "D:20200408"     # publicationStmt/date


def test_no_date_in_the_master_no_date_in_the_pdf(tmp_path):
    master = tmp_path / "undated.xml"
    master.write_bytes(tei("<p>Undated words.</p>"))
    doc = reader(export("pdf", master)[0])
    assert "/CreationDate" not in doc.metadata and "/ModDate" not in doc.metadata


def test_a4_by_default_and_us_letter(tmp_path):
    a4 = reader(export("pdf", TELEGRAM)[0]).pages[0].mediabox
    letter = reader(export("pdf", TELEGRAM, paper="letter")[0]).pages[0].mediabox
    assert (round(float(a4.width)), round(float(a4.height))) == (595, 842)
    assert (round(float(letter.width)), round(float(letter.height))) == (612, 792)


# ----------------------------------------------------------------------------- goldens

@pytest.mark.parametrize("kind", KINDS)
def test_golden_pdf_text(printed, kind, update_goldens):
    """The text of each page (pdftotext -layout), for a seed, a play and a debate."""
    path = KINDS[kind]
    proc = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", "-", "-"],
                          input=printed[path][0], capture_output=True, check=True)
    text = "\n".join(ln.rstrip() for ln in proc.stdout.decode("utf-8").splitlines())
    check_golden(GOLDEN / f"{path.stem}.txt", text.encode("utf-8") + b"\n", update_goldens)


# ----------------------------------------------------------------------------- determinism

def test_same_master_same_bytes_in_two_processes(tmp_path):
    outs = []
    for seed in ("1", "2"):
        out = tmp_path / f"{seed}.pdf"
        env = {**os.environ, "PYTHONHASHSEED": seed, "TZ": "Pacific/Kiritimati" if seed == "1"
               else "UTC"}
        proc = subprocess.run([sys.executable, "-m", "teikit", "export", "pdf", str(DEBATE),
                               "-o", str(out), "-q"], capture_output=True, text=True, env=env,
                              check=False)
        assert proc.returncode == 0, proc.stderr
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]
    assert b"/ID" not in outs[0]


# ----------------------------------------------------------------------------- build

def test_build_writes_a_pdf_per_master_and_the_volume(tmp_path):
    result = build_edition(EDITION, tmp_path, pdf=True)
    names = sorted(p.name for p in (tmp_path / "pdf").iterdir())
    masters = sorted(p.stem for p in (EDITION / "tei").glob("*.xml"))
    assert names == sorted([f"{m}.pdf" for m in masters] + ["volume.pdf"])
    assert all(p in result.written for p in (tmp_path / "pdf").iterdir())
    volume = (tmp_path / "pdf" / "volume.pdf").read_bytes()
    pages = pages_of(volume)
    titles = [str(reader(export("pdf", EDITION / "tei" / f"{m}.xml")[0]).metadata.title)
              for m in masters]
    # the contents give each document's first page; that page carries its running head
    for title in titles:
        entry = re.search(re.escape(title[:40]) + r".*?(\d+)\s*$", flat(pages[0]) + "\n")
        starts = [i for i, p in enumerate(pages) if flat(title)[:50] in flat(p)]
        assert entry and starts, title
    edition = reader(volume).metadata
    assert edition.title.startswith("Stalin and the Chinese Question")
    assert edition["/CreationDate"] == "D:20261128"


def test_build_without_pdf_writes_none(tmp_path):
    build_edition(EDITION, tmp_path)
    assert not (tmp_path / "pdf").exists()


# ----------------------------------------------------------------------------- fonts

def test_missing_glyphs_are_named_in_a_warning(tmp_path):
    private = "\U0010fffd"                 # a private-use character no font has
    master = tmp_path / "odd.xml"
    master.write_bytes(tei(f"<p>Mark {private} here, and Cyrillic Москва, CJK 北京.</p>"))
    data, notes = export("pdf", master)
    warnings = [d for d in notes if d.code == "missing-glyphs"]
    assert len(warnings) == 1, notes
    line = str(warnings[0])
    assert line.startswith(f"{master}: warning: no installed font has 1 character(s)")
    assert "U+10FFFD" in line and "fonts-noto" in line
    assert data.startswith(b"%PDF-")


def test_the_set_up_fonts_cover_the_corpus_scripts():
    """Latin, Cyrillic, Greek and CJK (seen in the corpus) have a font after the set-up."""
    from lxml import etree
    body = etree.fromstring("<body><p>Lüshunkou Москва Ἀθῆναι 北京 東京 서울 — “ok” …</p></body>")
    assert pdf_writer.missing_glyphs(body) == []


# ----------------------------------------------------------------------------- hostile

PNG = ("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJ"
       "RU5ErkJggg==")                     # a 1x1 PNG


def test_the_engine_fetches_nothing(tmp_path):
    """A page that asks for files, the network and data: URLs gets none of them: no
    connection, no image, no attachment, no font, no secret in the text."""
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET)
    with connection_trap() as (port, hits):
        http = f"http://127.0.0.1:{port}"
        page = f"""<!DOCTYPE html><html lang="en"><head><title>T</title>
<link rel="stylesheet" href="{http}/a.css"><link rel="stylesheet" href="file://{secret}">
<link rel="attachment" href="file://{secret}">
<style>@import url("{http}/b.css"); @import url("file://{secret}");
@font-face {{ font-family: X; src: url("{http}/f.woff"), url("file://{secret}"); }}
body {{ background: url("{http}/bg.png"); font-family: X; }}
p::after {{ content: url("file://{secret}"); }}</style></head>
<body><p>Words here.</p><img src="{http}/i.png"><img src="file://{secret}">
<img src="data:image/png;base64,{PNG}">
<object data="file://{secret}"></object><iframe src="{http}/x"></iframe>
<svg><image href="file://{secret}"/></svg></body></html>""".encode()
        data = pdf_writer.print_page(page)
    assert hits == []
    doc = reader(data)
    assert SECRET not in "".join(p.extract_text() for p in doc.pages)
    assert "Words here." in doc.pages[0].extract_text()
    for p in doc.pages:
        assert not list(p.images)
    assert "/EmbeddedFiles" not in str(doc.trailer["/Root"].get("/Names", {}))
    assert SECRET.encode() not in data


@pytest.mark.parametrize("name", [h[0] for h in harmless("/x")])
def test_pointers_elsewhere_are_not_followed(tmp_path, name):
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET)
    with connection_trap() as (port, hits):
        master = tmp_path / "in.xml"
        master.write_bytes(dict(harmless(str(secret), port))[name])
        proc = teikit("export", "pdf", master, "-o", tmp_path / "out.pdf", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert hits == []
    assert SECRET not in "\n".join(pages_of((tmp_path / "out.pdf").read_bytes()))


def test_urls_in_a_master_are_never_fetched(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET)
    with connection_trap() as (port, hits):
        body = (f'<p>See <ref target="http://127.0.0.1:{port}/r">this</ref> and '
                f'<ref target="file://{secret}">that</ref>.</p>'
                f'<figure><graphic url="http://127.0.0.1:{port}/g.png"/></figure>'
                f'<figure><graphic url="file://{secret}"/></figure>'
                f'<p rend="background: url(http://127.0.0.1:{port}/s)" '
                f'style="background: url(http://127.0.0.1:{port}/s)">Styled.</p>')
        master = tmp_path / "links.xml"
        master.write_bytes(tei(body))
        data, _ = export("pdf", master)
    assert hits == []
    assert SECRET not in "\n".join(pages_of(data))
    assert all(not list(p.images) for p in reader(data).pages)


@pytest.mark.parametrize("name,code", [(n, c) for n, _, c in attacks("/x")],
                         ids=[a[0] for a in attacks("/x")])
def test_attacks_are_refused_with_one_line(tmp_path, name, code):
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET)
    master = tmp_path / "in.xml"
    master.write_bytes({n: d for n, d, _ in attacks(str(secret))}[name])
    out = tmp_path / "out"
    out.mkdir()
    proc = teikit("export", "pdf", master, "-o", out / "x.pdf", cwd=tmp_path)
    assert proc.returncode == 3, proc.stderr
    assert proc.stderr.count(": error: ") == 1 and f"[{code}]" in proc.stderr
    assert "Traceback" not in proc.stderr and SECRET not in proc.stderr
    assert list(out.iterdir()) == []


# ----------------------------------------------------------------------------- the CLI

def teikit(*args, cwd=None, env=None):
    return subprocess.run([sys.executable, "-m", "teikit", *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, timeout=300, env=env, check=False)


def test_cli_export_and_build(tmp_path):
    proc = teikit("export", "pdf", TELEGRAM, "-d", tmp_path, "--paper", "letter")
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / f"{TELEGRAM.stem}.pdf").read_bytes().startswith(b"%PDF-")
    proc = teikit("export", "html", TELEGRAM, "-d", tmp_path, "--paper", "letter")
    assert proc.returncode == 2 and "--paper is for PDF exports [usage]" in proc.stderr
    proc = teikit("export", "pdf", TELEGRAM, "-d", tmp_path, "--paper", "a5")
    assert proc.returncode == 2 and "'a5' is not one of 'a4', 'letter'" in proc.stderr
    proc = teikit("build", EDITION, "-d", tmp_path / "site", "--paper", "letter")
    assert proc.returncode == 2 and "--paper is for --pdf" in proc.stderr
    assert not (tmp_path / "site").exists()


FAKE_WEASYPRINT = {
    "pango": "raise OSError(\"cannot load library 'libpango-1.0-0': libpango-1.0-0: cannot "
             "open shared object file: No such file or directory.  Additionally, "
             "ctypes.util.find_library() did not manage to locate a library called "
             "'libpango-1.0-0'\")\n",
    "package": "raise ImportError(\"No module named 'weasyprint'\")\n",
}


@pytest.mark.parametrize("missing", FAKE_WEASYPRINT)
def test_no_engine_is_one_line_and_exit_2(tmp_path, missing):
    """Without Pango (or WeasyPrint), export pdf and build --pdf say what to install, in
    one line, exit 2, and write nothing."""
    fake = tmp_path / "fake" / "weasyprint"
    fake.mkdir(parents=True)
    (fake / "__init__.py").write_text(FAKE_WEASYPRINT[missing])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(fake.parent), str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])}
    out = tmp_path / "out"
    for args in (["export", "pdf", TELEGRAM, TRANSCRIPT, "-d", out],
                 ["build", EDITION, "-d", out, "--pdf"]):
        proc = teikit(*args, env=env)
        assert proc.returncode == 2, proc.stderr
        lines = proc.stderr.splitlines()
        assert len(lines) == 1 and lines[0].endswith("[pdf-engine]"), lines
        assert ("apt-get install libpango-1.0-0" in lines[0] if missing == "pango"
                else "pip install" in lines[0])
        assert "Traceback" not in proc.stderr
        assert not out.exists() or not any(out.rglob("*.pdf"))


def test_nesting_too_deep_for_the_engine_is_one_line(tmp_path):
    """Nesting the HTML and text writers take but the engine's recursion does not: refused
    with one line and exit 3, nothing written (60 levels print)."""
    for depth, code in ((60, 0), (240, 3)):
        master = tmp_path / f"deep{depth}.xml"
        master.write_bytes(tei("<p>" + "<hi>" * depth + "deep" + "</hi>" * depth + "</p>"))
        out = tmp_path / f"deep{depth}.pdf"
        proc = teikit("export", "pdf", master, "-o", out)
        assert proc.returncode == code, proc.stderr
        if code:
            expected = (f"{master}: error: the document is nested too deeply for the PDF "
                        "engine [pdf-too-deep]")
            assert proc.stderr.splitlines() == [expected]
            assert not out.exists()


# ------------------------------------------------------- shapes that kept the engine busy

def _export_pdf_guarded(master, out) -> None:
    """teikit export pdf in a process of its own: the timeout is a guard, not the check."""
    proc = subprocess.run([sys.executable, "-m", "teikit", "export", "pdf", master, "-o", out],
                          capture_output=True, text=True, timeout=240, check=False)
    assert proc.returncode == 0, proc.stderr


def test_a_long_word_is_offered_line_breaks_and_prints_whole(tmp_path):
    """A word of 40,000 letters (WeasyPrint laid out its rest again for every line: 19 s
    for 30,000, minutes for 100,000) prints whole, in a few seconds; the subprocess timeout
    is only a guard."""
    master = tmp_path / "word.xml"
    master.write_bytes(tei("<p>" + "x" * 40_000 + "</p>"))
    out = tmp_path / "word.pdf"
    _export_pdf_guarded(master, out)
    text = "".join(pages_of(out.read_bytes()))
    assert text.count("x") >= 40_000 and "\u200b" not in text


def test_break_long_runs_keeps_the_text_and_real_words():
    body = lxml_html.fragment_fromstring(
        "<div><p>" + "x" * 300 + " a short word <b>" + "y" * 100 + "</b>" + "z" * 100
        + "</p><p>" + "a" * 128 + "</p><p>" + "字" * 400 + "</p><p>" + "e\u0301" * 200
        + "</p></div>")
    before = ["".join(p.itertext()) for p in body.iter("p")]
    pdf_writer.break_long_runs(body)
    after = ["".join(p.itertext()) for p in body.iter("p")]
    zw = pdf_writer.ZWSP
    assert [t.replace(zw, "") for t in after] == before
    assert [len(part) for part in after[0].split(zw)][:3] == [128, 32, 32]
    assert zw in after[0].split(" a short word ")[1]     # y…z runs on across the element
    assert after[1:3] == before[1:3]                      # 128 letters; CJK breaks anywhere
    assert all(not part.startswith("\u0301") for part in after[3].split(zw))


@given(st.text(alphabet="ab \u0301\u200d字", max_size=600))
@settings(max_examples=200, deadline=None)
def test_break_long_runs_property(text):
    body = lxml_html.fragment_fromstring("<div></div>")
    body.text = text
    pdf_writer.break_long_runs(body)
    zw = pdf_writer.ZWSP
    assert body.text.replace(zw, "") == text
    for run in re.split(r"[\s\u200b]+", body.text):
        if "\u200d" not in run and "字" not in run:    # a joiner holds its neighbours
            assert len(re.sub("\u0301", "", run)) <= pdf_writer.LONG_RUN


def test_many_line_breaks_in_a_paragraph_print(tmp_path):
    """3,000 line breaks in one paragraph: with the metadata's labels floated, every line
    was measured against the rest of the paragraph (4,000: 48 s); now a few seconds."""
    master = tmp_path / "lines.xml"
    master.write_bytes(tei("<p>" + "line<lb/>" * 3_000 + "</p>"))
    out = tmp_path / "lines.pdf"
    _export_pdf_guarded(master, out)
    assert "\n".join(pages_of(out.read_bytes())).count("line") >= 3_000
    assert "float" not in re.search(r"dl\.meta dt \{[^}]*\}", pdf_writer.print_css()).group()


def test_too_many_notes_are_refused_before_layout(tmp_path):
    """More notes than MAX_NOTES: one line, exit 3, nothing written, no layout begun."""
    n = pdf_writer.MAX_NOTES + 1
    master = tmp_path / "notes.xml"
    master.write_bytes(tei("<p>" + "w<note>n</note> " * n + "</p>"))
    out = tmp_path / "notes.pdf"
    proc = teikit("export", "pdf", master, "-o", out)
    assert proc.returncode == 3, proc.stderr
    assert proc.stderr.splitlines() == [
        f"{master}: error: {n:,} notes are more than the PDF engine lays out in reasonable "
        f"time (at most {pdf_writer.MAX_NOTES:,} in one PDF); export html or text, or split "
        "the master [pdf-too-many-notes]"]
    assert not out.exists() and list(tmp_path.iterdir()) == [master]
