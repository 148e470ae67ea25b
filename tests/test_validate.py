"""teikit validate: messages in an editor's words with exact places, integrity rules with
their codes, profiles, the command line (exit codes, text and json, folders, jobs) and
hostile input refused."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from teikit import validate_file, validate_paths
from teikit.cli import app
from teikit.validate.rules import iso_bounds

from conftest import ROOT

SAMPLE = ROOT / "editions" / "sample" / "tei"
SP_MASTER = SAMPLE / "003_91c4a6c9c62e1599.xml"
PAGE_MASTER = SAMPLE / "000_1146c90f5f55a996.xml"
TEIKIT = [sys.executable, "-m", "teikit"]


def mutated(tmp_path: Path, edits, source: Path = SP_MASTER, name="letter.xml") -> Path:
    text = source.read_text(encoding="utf-8")
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new, 1)
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def lines(result) -> list[str]:
    return [str(d) for d in result.diagnostics if d.severity != "info"]


def line_of(path: Path, needle: str) -> int:
    for i, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if needle in text:
            return i
    raise AssertionError(needle)


# ----------------------------------------------------------------------------- valid

def test_sample_masters_are_valid():
    for path in sorted(SAMPLE.glob("*.xml")):
        result = validate_file(path)
        assert result.valid and lines(result) == [], lines(result)


# ----------------------------------------------------------------------------- schema messages

def test_head_inside_sp_message_and_place(tmp_path):
    path = mutated(tmp_path, [("<speaker>Molotov</speaker>",
                               "<speaker>Molotov</speaker><head>Aside</head>")])
    line = line_of(path, "<head>Aside")
    col = path.read_text().splitlines()[line - 1].index("<head>Aside") + 1
    assert lines(validate_file(path)) == [
        f"{path}:{line}:{col}: error: <head> is not allowed inside <sp>; move it before the "
        "<sp> or use <stage> [schema]"]


def test_every_problem_is_reported_not_just_the_first(tmp_path):
    path = mutated(tmp_path, [
        ('<title level="a">', '<title level="q">'),
        ("<p>What news?</p>", '<p rend="bold">What news?</p>'),
        ('<language ident="en">', "<language>"),
        ("<speaker>Molotov</speaker>", "<speaker>Molotov</speaker><head>Aside</head>"),
        ("<p>This sovereignty does not exist.</p>", "This sovereignty does not exist."),
    ])
    found = [d.message for d in validate_file(path).diagnostics]
    assert found == [
        '@level="q" is not allowed on <title>; use one of: a, m, j, s, u',
        "<language> needs @ident (BCP 47 language tag)",
        "@rend is not allowed on <p>; teikit masters do not record typography; remove it",
        "<head> is not allowed inside <sp>; move it before the <sp> or use <stage>",
        "text is not allowed directly inside <sp>; put it in a <p>",
    ]


def test_attribute_column_points_at_the_attribute(tmp_path):
    path = mutated(tmp_path, [("<p>What news?</p>", '<p   rend="bold">What news?</p>')])
    (d,) = [d for d in validate_file(path).diagnostics if "@rend" in d.message]
    text = path.read_text().splitlines()[d.line - 1]
    assert text[d.col - 1:].startswith('rend="bold"')


@pytest.mark.parametrize("edit, message", [
    (("<p>What news?</p>", "<p>What <emph>news</emph>?</p>"),
     "<emph> is not used in teikit masters; teikit masters do not record typography: keep "
     "the words without <emph>"),
    (("<p>What news?</p>", '<p>What <hi rend="blink">news</hi>?</p>'),
     '@rend="blink" is not allowed on <hi>; use one of: italic, bold, sup, sub, '
     'strikethrough, underline, smallcaps, ruby'),
    (('<div type="document">', '<div type="chapter">'),
     '@type="chapter" is not allowed on <div>; use one of: document, section, letter, version, '
     'annex, entry, article, preface, introduction'),
    (("<speaker>Stalin</speaker>", "<speaker>Sta<supplied>l</supplied>in</speaker>"),
     "<speaker> takes plain text only; <supplied> is not allowed inside it"),
    (("</opener>", "</opener><opener><seg>y</seg></opener>"),
     "<div> may contain only one <opener>; merge or remove this one"),
    (("<p>What news?</p>", '<p xmlns="">What news?</p>'),
     "<p> is in no namespace, not in the TEI namespace (pasted from elsewhere?); write it "
     "as a TEI element or remove it"),
    (("<p>What news?</p>", "<p>What<lb>x</lb> news?</p>"),
     "<lb> must be empty; move the text out of it"),
    (('<person xml:id="stalin">', '<person xml:id="1 stalin">'),
     '@xml:id="1 stalin" on <person> is not a valid identifier: begin with a letter or _, '
     "and use no spaces or colons"),
    (("<sp who=\"#stalin\">\n          <speaker>Stalin</speaker>\n          <p>What news?</p>",
      "<sp who=\"#stalin\">\n          <speaker>Stalin</speaker>"),
     "<sp> is incomplete: it needs <p>, <l>, <stage>, <list> or <table>"),
])
def test_schema_messages(tmp_path, edit, message):
    result = validate_file(mutated(tmp_path, [edit]))
    assert message in [d.message for d in result.diagnostics], lines(result)


def test_no_wall_of_expected_names(tmp_path):
    path = mutated(tmp_path, [("<sp who=\"#stalin\">", "<sp who=\"#stalin\"><div/>")])
    for d in validate_file(path).diagnostics:
        assert "expected" not in d.message.lower() and d.message.count("<") <= 6, d


# ----------------------------------------------------------------------------- rules

@pytest.mark.parametrize("edits, code, message", [
    ([('<person xml:id="soong">', '<person xml:id="stalin">')], "duplicate-id",
     'xml:id "stalin" is used again (first on line 66); identifiers must be unique'),
    ([('<sp who="#molotov">', '<sp who="#molotow">')], "unresolved-ref",
     '@who="#molotow" on <sp> points to nothing: no element has xml:id="molotow"'),
    ([('<sp who="#molotov">', '<sp who="#stalin #n9">')], "unresolved-ref",
     '@who="#n9" on <sp> points to nothing: no element has xml:id="n9"'),
    ([("<p>What news?</p>", '<p>What <ptr target="#nowhere"/>news?</p>')], "unresolved-ref",
     '@target="#nowhere" on <ptr> points to nothing: no element has xml:id="nowhere"'),
    ([('<sp who="#molotov">', '<sp who="#bad">'),
      ("<p>What news?</p>", '<p xml:id="bad">What news?</p>')], "speaker-not-in-header",
     '@who="#bad" on <sp> points to a <p> on line 91, not to a <person> in the header'),
    ([('<date when="1945-07-09">9 July', '<date when="1945-02-30">9 July')], "bad-date",
     '@when="1945-02-30" on <date> is not an ISO 8601 date or time; write e.g. 1944-06-11, '
     "1944-06, 1944, 1945-07-09T21:00:00 or 21:00:00"),
    ([('from="21:00:00" to="22:40:00"', 'from="22:40:00" to="21:00:00"')], "date-order",
     '@from="22:40:00" on <time> is after @to="21:00:00"; a range must not end before it '
     "starts"),
    ([("<p>What news?</p>", "<p></p>")], "empty-element",
     "<p> is empty; give it its text or remove it"),
    ([("<title>Record of a Meeting Between T. V. Soong and Stalin</title>",
       "<title>ENTER TITLE HERE</title>")], "placeholder",
     '<title> still holds placeholder text "ENTER TITLE HERE"; replace it with the real value'),
    ([("<publisher>teikit sample edition</publisher>", "<publisher>insert_publisher</publisher>")],
     "placeholder",
     '<publisher> still holds placeholder text "insert_publisher"; replace it with the real '
     "value"),
    ([("<p>What news?</p>", "<p>What news?<note n=\"7\">a</note><note n=\"7\">b</note></p>")],
     "duplicate-note-number",
     'note number "7" is used twice in this document (first on line 91); number each note '
     "once"),
])
def test_integrity_rules(tmp_path, edits, code, message):
    result = validate_file(mutated(tmp_path, edits))
    found = [(d.code, d.message) for d in result.diagnostics]
    assert (code, message) in found, found
    assert not result.valid


def test_rule_wins_over_the_schema_for_the_same_problem(tmp_path):
    result = validate_file(mutated(tmp_path, [('<date when="1945-07-09">9 July',
                                               '<date when="1945-13-09">9 July')]))
    assert [d.code for d in result.diagnostics] == ["bad-date"]


def test_header_without_source_description(tmp_path):
    path = mutated(tmp_path, [("<sourceDesc>", "<!--<sourceDesc>"),
                              ("</sourceDesc>", "</sourceDesc>-->")])
    result = validate_file(path)
    assert [(d.code, d.message) for d in result.diagnostics] == [
        ("header-missing", "the header has no <sourceDesc>; say where the text comes from")]


def test_lorem_ipsum_in_the_header_but_not_in_the_text(tmp_path):
    path = mutated(tmp_path, [("<p>What news?</p>", "<p>Lorem ipsum TODO</p>")])
    assert validate_file(path).valid
    path = mutated(tmp_path, [("Dr. Soong reports", "Lorem ipsum dolor")])
    assert [d.code for d in validate_file(path).diagnostics] == ["placeholder"]


@pytest.mark.parametrize("value, ok", [
    ("1944", True), ("1944-06", True), ("1944-06-11", True), ("2024-02-29", True),
    ("1945-07-09T21:00:00", True), ("21:00:00", True), ("1945-07-09T21:00:00Z", True),
    ("--06", True), ("1944-13", False), ("2023-02-29", False), ("1944-6-1", False),
    ("June 1944", False), ("25:00:00", False), ("", False), ("1944-06-11T", False),
])
def test_iso_8601(value, ok):
    assert (iso_bounds(value) is not None) is ok


def test_page_ranges_are_not_dates(tmp_path):
    path = mutated(tmp_path, [("<p>What news?</p>", '<p>What news?</p>')])
    text = path.read_text().replace("</bibl>", '<biblScope unit="page" from="97" to="98">'
                                    "97-98</biblScope></bibl>", 1)
    path.write_text(text)
    assert validate_file(path).valid


def test_not_a_teikit_master_gets_a_hint(tmp_path):
    path = mutated(tmp_path, [('<application ident="teikit"', '<application ident="other"')])
    (d,) = [d for d in validate_file(path, profile="archival").diagnostics
            if d.code == "not-teikit"]
    assert d.severity == "warning"
    # by default such a file is TEI from elsewhere: TEI-All, and the result says why
    result = validate_file(path)
    assert result.profile == "tei-all" and "not made by teikit" in result.reason


# ----------------------------------------------------------------------------- profiles

@pytest.mark.shared
def test_tei_all_profile_on_a_whole_frus_volume(tei_all_engine):
    from conftest import shared_path
    volume = shared_path("corpus", "volumes", "frus1977-80v01.xml")
    result = validate_file(volume, profile="tei-all")
    assert result.valid, lines(result)
    assert {d.code for d in result.diagnostics} == {"ignored-pi"}   # never fetched


@pytest.mark.shared
def test_tei_all_profile_reports_the_invalid_hac_header(tei_all_engine):
    from conftest import shared_path
    path = shared_path("corpus", "other", "hac-1957", "1957-hac-minutes-transcript.xml")
    result = validate_file(path, profile="tei-all")
    assert lines(result) == [f"{path}:11:17: error: <date> must come after <authority>, "
                             "<distributor> or <publisher> in <publicationStmt> [schema]"]


@pytest.mark.shared
def test_tei_all_profile_wants_the_tei_namespace(tei_all_engine, tmp_path):
    path = mutated(tmp_path, [('<TEI xmlns="http://www.tei-c.org/ns/1.0"', "<TEI")])
    result = validate_file(path, profile="tei-all")
    assert [d.code for d in result.diagnostics] == ["not-tei"]
    assert "write <TEI xmlns=\"http://www.tei-c.org/ns/1.0\">" in result.diagnostics[0].message


@pytest.mark.shared
def test_tapas_profile_limits_the_size(tei_all_engine, tmp_path, monkeypatch):
    from teikit.validate import rules
    monkeypatch.setattr(rules, "TAPAS_LIMIT", 1000)
    result = validate_file(PAGE_MASTER, profile="tapas")
    assert [d.code for d in result.diagnostics] == ["too-large"]
    assert validate_file(PAGE_MASTER, profile="tei-all").valid


@pytest.mark.shared
def test_dracor_profile(tei_all_engine, tmp_path):
    assert validate_file(SP_MASTER, profile="dracor").valid
    # the other sample master's licence has its URL too; without it DraCor refuses
    path = mutated(tmp_path, [(' target="https://creativecommons.org/publicdomain/zero/1.0/"',
                               "")])
    assert [d.code for d in validate_file(path, profile="dracor").diagnostics] == ["licence"]
    path = mutated(tmp_path, [('<sp who="#molotov">', '<sp who="#n1x">'),
                              ("<p>What news?</p>", '<p xml:id="n1x">What news?</p>')])
    assert "speaker-not-in-particdesc" in [
        d.code for d in validate_file(path, profile="dracor").diagnostics]


@pytest.mark.shared
def test_dracor_play_from_the_corpus(tei_all_engine):
    from conftest import shared_path
    play = shared_path("corpus", "other", "dracor", "lessing-emilia-galotti.xml")
    result = validate_file(play, profile="dracor")
    assert result.valid, lines(result)[:5]


@pytest.mark.shared
def test_schema_option_replaces_the_profile_schema(tei_all_engine):
    result = validate_file(SP_MASTER, schema="tei-all")       # archival rules, TEI-All
    assert result.valid
    result = validate_file(SP_MASTER, schema=str(ROOT / "src" / "teikit" / "schema" / "teikit.xsd"))
    assert result.valid


# ----------------------------------------------------------------------------- hostile input

HOSTILE = {
    "external-entity": '<?xml version="1.0"?><!DOCTYPE TEI [<!ENTITY x SYSTEM '
                       '"file:///etc/passwd">]><TEI>&x;</TEI>',
    "external-dtd": '<?xml version="1.0"?><!DOCTYPE TEI SYSTEM "http://example.org/tei.dtd">'
                    "<TEI/>",
    "entity-expansion": '<?xml version="1.0"?><!DOCTYPE TEI [<!ENTITY a "aaaa"><!ENTITY b '
                        '"&a;&a;&a;">]><TEI>&b;</TEI>',
    "parameter-entity": '<?xml version="1.0"?><!DOCTYPE TEI [<!ENTITY % p SYSTEM '
                        '"http://example.org/p">%p;]><TEI/>',
    "xinclude": '<TEI xmlns="http://www.tei-c.org/ns/1.0" xmlns:xi="http://www.w3.org/2001/'
                'XInclude"><xi:include href="/etc/passwd" parse="text"/></TEI>',
    "not-xml": "this is not XML <",
}


@pytest.mark.parametrize("code", sorted(HOSTILE))
def test_hostile_input_is_refused(tmp_path, code):
    path = tmp_path / "hostile.xml"
    path.write_text(HOSTILE[code])
    result = validate_file(path)
    assert result.unreadable and [d.code for d in result.diagnostics] == [code]
    assert "root:" not in str(result.diagnostics[0])          # nothing was read


def test_xml_model_and_schema_location_are_ignored_not_fetched(tmp_path):
    text = PAGE_MASTER.read_text()
    text = text.replace("<TEI ", '<?xml-model href="http://example.org/x.rng"?>\n'
                        '<?xml-stylesheet href="http://example.org/x.xsl"?>\n<TEI '
                        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
                        'xsi:schemaLocation="http://www.tei-c.org/ns/1.0 '
                        'http://example.org/tei.xsd" ', 1)
    path = tmp_path / "hints.xml"
    path.write_text(text)
    result = validate_file(path)
    codes = [d.code for d in result.diagnostics]
    assert codes.count("ignored-pi") == 2 and "ignored-schema-location" in codes
    assert ("@xsi:schemaLocation is not allowed on <TEI>; teikit never fetches the schema it "
            "names: remove it") in [d.message for d in result.diagnostics]


# ----------------------------------------------------------------------------- command line

runner = CliRunner()


def invoke(*args):
    return runner.invoke(app, ["validate", *map(str, args)])


def test_cli_valid_files_exit_0_with_a_summary():
    result = invoke(*sorted(SAMPLE.glob("*.xml")))
    assert result.exit_code == 0, result.output
    assert "2 files (profile archival, schema teikit): 2 valid" in result.output


def test_cli_folder_with_errors_exit_1(tmp_path):
    mutated(tmp_path, [("<speaker>Molotov</speaker>",
                        "<speaker>Molotov</speaker><head>Aside</head>")], name="bad.xml")
    (tmp_path / "good.xml").write_bytes(SP_MASTER.read_bytes())
    (tmp_path / "notes.txt").write_text("not XML, not *.xml: skipped")
    result = invoke(tmp_path)
    assert result.exit_code == 1
    assert "bad.xml:" in result.output and "[schema]" in result.output
    assert "2 files" in result.output and "1 valid, 1 with errors (1 error)" in result.output


def test_cli_unreadable_wins_exit_3(tmp_path):
    bad = mutated(tmp_path, [("<p>What news?</p>", "<p></p>")], name="bad.xml")
    missing = tmp_path / "missing.xml"
    result = invoke(bad, missing)
    assert result.exit_code == 3
    assert f"{missing}: error: no such file [io]" in result.output


def test_cli_usage_errors_exit_2(tmp_path):
    assert invoke(SP_MASTER, "--profile", "nope").exit_code == 2
    assert invoke(SP_MASTER, "--format", "xml").exit_code == 2
    assert invoke(SP_MASTER, "--schema", tmp_path / "none.rng").exit_code == 2
    (tmp_path / "empty").mkdir()
    result = invoke(tmp_path / "empty")
    assert result.exit_code == 2 and "holds no *.xml file" in result.output


def test_cli_json_output(tmp_path):
    bad = mutated(tmp_path, [('<sp who="#molotov">', '<sp who="#molotow">')], name="bad.xml")
    result = runner.invoke(app, ["validate", "--format", "json", str(bad), str(SP_MASTER)])
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["profile"] == "archival" and data["exit_code"] == 1
    assert data["summary"] == {"files": 2, "valid": 1, "invalid": 1, "unreadable": 0,
                               "errors": 1, "warnings": 0}
    (diag,) = data["files"][0]["diagnostics"]
    assert diag["code"] == "unresolved-ref" and diag["line"] == line_of(bad, "#molotow")
    assert set(diag) == {"path", "line", "col", "severity", "message", "code"}


def test_parallel_jobs_give_the_same_report_as_one(tmp_path):
    for i in range(12):
        edits = [("<p>What news?</p>", "<p></p>")] if i % 3 == 0 else []
        mutated(tmp_path, edits, name=f"m{i:02}.xml")
    one = validate_paths([tmp_path], jobs=1)
    many = validate_paths([tmp_path], jobs=3)
    assert [f.as_dict() for f in one.files] == [f.as_dict() for f in many.files]
    assert many.summary()["invalid"] == 4 and int(many.exit_code) == 1


def test_progress_bar_when_asked(tmp_path):
    for i in range(3):
        mutated(tmp_path, [], name=f"m{i}.xml")
    result = invoke(tmp_path, "--progress")
    assert "3/3 files" in result.output and result.exit_code == 0


def test_whole_process_one_line_per_problem_no_traceback(tmp_path):
    bad = mutated(tmp_path, [("<speaker>Molotov</speaker>",
                              "<speaker>Molotov</speaker><head>Aside</head>")])
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    run = subprocess.run([*TEIKIT, "validate", str(bad)], capture_output=True, text=True,
                         env=env)
    assert run.returncode == 1
    assert run.stdout.splitlines() == list(map(str, validate_file(bad).diagnostics))
    assert "Traceback" not in run.stderr and run.stderr.startswith("teikit validate: 1 file")


def test_tei_all_works_offline_on_a_fresh_install(tmp_path):
    """TEI-All ships with teikit: no cache, no TEIKIT_TEI_ALL, no network needed."""
    env = {k: v for k, v in os.environ.items() if k != "TEIKIT_TEI_ALL"}
    env.update(XDG_CACHE_HOME=str(tmp_path / "cache"), PYTHONPATH=str(ROOT / "src"))
    run = subprocess.run([*TEIKIT, "validate", "--profile", "tei-all", str(SP_MASTER)],
                         capture_output=True, text=True, env=env)
    assert run.returncode == 0, run.stderr
    # (the one file the command keeps there is its compiled regular expressions, teikit.recache)
    kept = sorted(p.relative_to(tmp_path / "cache").as_posix()
                  for p in (tmp_path / "cache").rglob("*") if p.is_file())
    assert all(re.fullmatch(r"teikit/re-[0-9a-f]{16}\.marshal", name) for name in kept), kept


def test_missing_tei_lite_is_a_usage_error_saying_what_to_do(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "TEIKIT_TEI_LITE"}
    env.update(XDG_CACHE_HOME=str(tmp_path / "cache"), PYTHONPATH=str(ROOT / "src"))
    run = subprocess.run([*TEIKIT, "validate", "--schema", "tei-lite", str(SP_MASTER)],
                         capture_output=True, text=True, env=env)
    assert run.returncode == 2
    assert "teikit schema fetch tei-lite" in run.stderr and "TEIKIT_TEI_LITE" in run.stderr


@pytest.mark.shared
def test_tei_all_profile_names_a_repeated_xml_id(tei_all_engine, tmp_path):
    """libxml2 calls a repeated xml:id an invalid attribute "id"; the editor reads which."""
    text = PAGE_MASTER.read_text(encoding="utf-8").replace(
        '<bibl type="web-page">', '<bibl type="web-page" xml:id="b1">').replace(
        "<abstract>", '<abstract xml:id="b1">')
    path = tmp_path / "twice.xml"
    path.write_text(text, encoding="utf-8")
    result = validate_file(path, profile="tei-all")
    assert not result.valid
    messages = [d.message for d in result.diagnostics if d.severity == "error"]
    assert messages == ['xml:id "b1" is used again on line 50; identifiers must be unique',
                        'xml:id "b1" is used twice (first on line 22); identifiers must be '
                        "unique"], messages


# ----------------------------------------------------------------------------- small ones

def test_an_empty_editor_is_an_error(tmp_path):
    """Issue 10: an empty <editor/> passed validation."""
    text = SP_MASTER.read_text(encoding="utf-8")
    assert "</titleStmt>" in text
    path = tmp_path / "editor.xml"
    path.write_text(text.replace("</titleStmt>", "<editor/></titleStmt>", 1), encoding="utf-8")
    result = validate_file(path)
    assert not result.valid
    assert [d.message for d in result.diagnostics if d.code == "empty-element"] == [
        "<editor> is empty; give it its text or remove it"]


@pytest.mark.parametrize("first, last, in_order", [
    ("1944-06-11T23:00:00-02:00", "1944-06-12T00:30:00Z", False),   # 01:00 UTC > 00:30 UTC
    ("1944-06-12T00:30:00+02:00", "1944-06-11T23:00:00Z", True),    # 22:30 UTC < 23:00 UTC
    ("1944-06-11T10:00:00", "1944-06-11T09:00:00", False),
    ("1944-06", "1944-06-30", True),
])
def test_date_order_uses_the_time_zone(tmp_path, first, last, in_order):
    path = mutated(tmp_path, [("</titleStmt>", '</titleStmt><!--x-->', )])
    text = path.read_text(encoding="utf-8").replace(
        "<!--x-->", "", 1).replace("<creation>", f'<creation><date from="{first}" '
                                   f'to="{last}">then</date>', 1)
    path.write_text(text, encoding="utf-8")
    codes = [d.code for d in validate_file(path, profile="archival").diagnostics]
    assert ("date-order" not in codes) == in_order, codes


def test_dead_code_is_gone():
    import teikit.validate as v
    from teikit.validate import rules
    assert not hasattr(v, "SCHEMA_NAMES")
    assert "profile_options" not in rules.Doc.__dataclass_fields__
    from teikit import tei
    from teikit.validate import odd
    assert odd.tei is tei.tei and odd.XML_NS == tei.XML_NS


def test_folders_are_read_as_rglob_reads_them(tmp_path):
    """collect_files lists a folder from its entries, in the order and with the choices of
    sorted(folder.rglob("*.xml")): hidden files and folders skipped, links to files kept,
    links to folders and dangling links left out, a folder named *.xml not a file."""
    from teikit.validate import collect_files
    root = tmp_path / "tei"
    for rel in ("b.xml", "a.xml", "A.xml", "a10.xml", "a9.xml", "x.XML", "notes.txt",
                "sub/z.xml", "sub/deeper/y.xml", "sub-a/c.xml", "sub.a/d.xml", ".hidden.xml",
                ".git/e.xml", "sub/.cache/f.xml", "é/ü.xml"):
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text("<x/>")
    (root / "folder.xml").mkdir()
    (root / "link.xml").symlink_to(root / "b.xml")
    (root / "dangling.xml").symlink_to(root / "gone.xml")
    (root / "linked").symlink_to(root / "sub", target_is_directory=True)
    for folder in (root, tmp_path / "tei/", Path(os.path.relpath(root))):
        expected = sorted(f for f in folder.rglob("*.xml") if f.is_file() and not any(
            part.startswith(".") for part in f.relative_to(folder).parts))
        assert collect_files([folder]) == expected
    assert [f.name for f in collect_files([root / "sub", root / "sub/z.xml"])] == \
        ["y.xml", "z.xml"]                                       # each file once
