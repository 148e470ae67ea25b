"""The teikit command: parses options, calls the library, prints diagnostics, exits.

Every failure is one line ``file[:line[:col]]: error: message [code]`` and an exit code
from the table in :mod:`teikit.diagnostics`; a traceback only with ``--debug``.
"""
from __future__ import annotations

import json
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import List, Optional

import typer

from . import __version__
from .diagnostics import EXIT_TABLE, Exit, TeikitError, fail
from .readers import STYLES
from .fileio import atomic_write, make_folder

EXIT_HELP = "\b\n" + "\n".join(f"{int(code):>3}  {text}" for code, text in EXIT_TABLE.items())

app = typer.Typer(
    help="teikit: scholarly editions in TEI-XML.\n\n"
         "Encode archival plain text as TEI P5 masters, validate them, and publish "
         "print-ready HTML and plain-text editions.\n\n"
         "Example:  teikit encode letter.txt -o letter.xml\n\n"
         f"Exit codes:\n\n{EXIT_HELP}",
    no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
STATE = {"debug": False}


def _version(value: bool):
    if value:
        typer.echo(f"teikit {__version__}")
        raise typer.Exit()


@app.callback()
def _main(debug: bool = typer.Option(False, "--debug", help="Show tracebacks of errors."),
          version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                       help="Print the version and exit.")):
    STATE["debug"] = debug


def say(line: str) -> None:
    typer.echo(line, err=True)


@contextmanager
def guarded():
    """Turn every failure into one line and an exit code."""
    try:
        yield
    except TeikitError as exc:
        say(str(exc.diagnostic))
        raise typer.Exit(int(exc.exit_code))
    except KeyboardInterrupt:
        say("teikit: error: interrupted; no partial output was left [interrupted]")
        raise typer.Exit(int(Exit.INTERRUPTED))
    except (typer.Exit, BrokenPipeError):     # click stops quietly on a closed pipe (| head)
        raise
    except Exception as exc:    # a bug: say so in one line unless --debug
        if STATE["debug"]:
            raise
        say(f"teikit: error: internal error: {type(exc).__name__}: {exc}; run again with "
            "--debug and report it [internal]")
        raise typer.Exit(int(Exit.INTERNAL))


# ----------------------------------------------------------------------------- encode

STYLE_HELP = "Source style: auto (detect) or one of: " + "; ".join(
    f"{name} ({what})" for name, (_, what) in STYLES.items())


@app.command()
def encode(
    sources: List[Path] = typer.Argument(..., help="Plain-text sources to encode."),
    output: Optional[Path] = typer.Option(None, "-o", "--output",
                                          help="The TEI file to write (one source only)."),
    outdir: Optional[Path] = typer.Option(None, "-d", "--outdir",
                                          help="Folder for the TEI files (NAME.xml each)."),
    style: str = typer.Option("auto", "--style", help=STYLE_HELP),
    report: Optional[Path] = typer.Option(None, "--report",
                                          help="Write the encoding report as JSON here."),
    encoding: Optional[str] = typer.Option(None, "--encoding",
                                           help="Source encoding (default UTF-8; a BOM is "
                                                "honoured), e.g. cp1252, latin-1, utf-16."),
    edition: Optional[Path] = typer.Option(None, "--edition",
                                           help="edition.toml with publisher, licence, "
                                                "editors (default: the one beside the "
                                                "source or in its parent folder)."),
    title: Optional[str] = typer.Option(None, "--title", help="Title, when the text has "
                                        "no heading (one source only)."),
    quiet: bool = typer.Option(False, "-q", "--quiet", help="Print errors only."),
):
    """Encode plain-text sources as TEI P5 masters.

    The style of each source is detected (or given with --style); the report on stderr
    names it, counts the elements produced, lists what was left out and why, and warns
    about markers without notes, unclosed brackets and the like.

    Example:  teikit encode sources/*.txt -d tei/ --report report.json
    """
    with guarded():
        if output and len(sources) > 1:
            raise fail("teikit", "-o takes one source; use -d OUTDIR for several",
                       "usage", exit_code=Exit.USAGE)
        if output and outdir:
            raise fail("teikit", "give -o or -d, not both", "usage", exit_code=Exit.USAGE)
        if title and len(sources) > 1:
            raise fail("teikit", "--title takes one source", "usage", exit_code=Exit.USAGE)
        if style != "auto" and style not in STYLES:
            raise fail("teikit", f"unknown style {style!r}; known: auto, {', '.join(STYLES)}",
                       "usage", exit_code=Exit.USAGE)
        from .header import Edition         # the encoder loads only when encoding
        chosen = Edition.load(edition) if edition else None
        targets = [output or (outdir / f"{source.stem}.xml" if outdir
                              else source.with_suffix(".xml")) for source in sources]
        _refuse_clashes(targets, report)
        if outdir is not None:
            make_folder(outdir)
    worst, reports = Exit.OK, []
    for source, target in zip(sources, targets):
        code = _encode_one(source, target, style, encoding, chosen, title, quiet, reports)
        worst = max(worst, code)
    if report is not None:
        with guarded():
            data = json.dumps({"teikit": __version__, "sources": reports}, indent=2,
                              ensure_ascii=False).encode() + b"\n"
            atomic_write(report, data, inputs=tuple(sources))
    raise typer.Exit(int(worst))


def _refuse_clashes(targets: list[Path], report: Path | None) -> None:
    """Two sources that would write one master, or a report over a master: refused before
    anything is written."""
    seen: dict[Path, Path] = {}
    for target in targets:
        key = target.resolve()
        if key in seen:
            raise fail(str(target), "two sources would write this same file; encode them "
                       "into different folders", "output-clash", exit_code=Exit.USAGE)
        seen[key] = target
    if report is not None and report.resolve() in seen:
        raise fail(str(report), "the report would overwrite a master; give --report another "
                   "path", "output-clash", exit_code=Exit.USAGE)


def _encode_one(source, target, style, encoding, edition, title, quiet, reports) -> Exit:
    try:
        with guarded():
            from .encode import encode_file
            result = encode_file(source, style, encoding, edition, title)
            atomic_write(target, result.data, inputs=(source,))
    except typer.Exit as exc:
        reports.append({"source": str(source), "error": True})
        return Exit(exc.exit_code)
    reports.append(result.report())
    if quiet:
        for d in result.diagnostics:
            if d.severity == "error":
                say(str(d))
    else:
        say(result.report_text())
        say(f"  wrote {target}")
    return Exit.OK


# ----------------------------------------------------------------------------- validate
# The library (teikit.validate) is imported inside the commands: `teikit validate` on one
# file must start fast, and xmlschema is loaded only when a file is invalid.

SCHEMA_HELP = ("teikit (default for --profile archival), tei-all (default for the other "
               "profiles), tei-lite, or the path of a .rng or .xsd file.")
PROFILE_HELP = ("archival (default: teikit masters, teikit's schema and every integrity "
                "rule), tei-all (TEI from elsewhere), tapas (tei-all, at most 10 MB), dracor "
                "(tei-all, speakers in particDesc, licence URL).")


@app.command()
def validate(
    paths: List[Path] = typer.Argument(..., help="TEI files, or folders (every *.xml inside)."),
    schema: Optional[str] = typer.Option(None, "--schema", help=SCHEMA_HELP),
    profile: str = typer.Option("archival", "--profile", help=PROFILE_HELP),
    output_format: str = typer.Option("text", "--format", help="text (one line per problem) "
                                      "or json (the same as data, for CI)."),
    jobs: Optional[int] = typer.Option(None, "-j", "--jobs", min=1,
                                       help="Files validated in parallel (default: one per "
                                            "core)."),
    progress: Optional[bool] = typer.Option(None, "--progress/--no-progress",
                                            help="Progress bar on stderr (default: when "
                                                 "stderr is a terminal and there are many "
                                                 "files)."),
    verbose: bool = typer.Option(False, "-v", "--verbose",
                                 help="Also print info notes and one line per valid file."),
):
    """Validate TEI files: schema and integrity rules, every problem on its own line.

    Each problem is printed on stdout as ``file:line:col: error: message [code]``; the
    summary goes to stderr. Integrity rules (unique xml:id, #refs that resolve, speakers
    in the header, ISO dates, unique note numbers, no empty p/head/title, no placeholder
    text) run according to the profile. Exit 0: all valid; 1: errors; 3: a file is
    unreadable, not XML or hostile; 2: bad usage or a missing schema.

    Example:  teikit validate editions/sample/tei/ --jobs 4

    Example:  teikit validate volume.xml --profile tei-all --format json
    """
    with guarded():
        from .validate import Validator, collect_files
        from .validate.runner import ProgressBar, run_all
        if output_format not in ("text", "json"):
            raise fail("teikit", f"--format {output_format!r}: use text or json", "usage",
                       exit_code=Exit.USAGE)
        files = collect_files(paths)
        for path in paths:
            if path.is_dir() and not any(f.is_relative_to(path) for f in files):
                raise fail(str(path), "the folder holds no *.xml file", "no-files",
                           exit_code=Exit.USAGE)
        validator = Validator(profile, schema)
        show_bar = progress if progress is not None else (sys.stderr.isatty()
                                                          and len(files) >= 50)
        bar = ProgressBar() if show_bar else None
        try:
            results = run_all(validator, files, jobs, bar)
        finally:
            if bar:
                bar.close()
        from .validate import Report
        report = Report(validator.profile.name, validator.schema_name, results)
        if output_format == "json":
            typer.echo(json.dumps(report.as_dict(), indent=2, ensure_ascii=False))
        else:
            _print_report(report, verbose)
    raise typer.Exit(int(report.exit_code))


def _print_report(report, verbose: bool) -> None:
    for result in report.files:
        for d in result.diagnostics:
            if d.severity != "info" or verbose:
                typer.echo(str(d))
        if verbose and result.valid:
            typer.echo(f"{result.path}: valid")
    s = report.summary()
    parts = [f"{s['valid']} valid"]
    if s["invalid"]:
        parts.append(f"{s['invalid']} with errors ({s['errors']} "
                     f"error{'' if s['errors'] == 1 else 's'})")
    if s["unreadable"]:
        parts.append(f"{s['unreadable']} unreadable")
    if s["warnings"]:
        parts.append(f"{s['warnings']} warnings")
    files = "file" if s["files"] == 1 else "files"
    say(f"teikit validate: {s['files']} {files} (profile {report.profile}, schema "
        f"{report.schema}): {', '.join(parts)}")


schema_app = typer.Typer(help="TEI schemas used by teikit validate.\n\n"
                              "Example:  teikit schema fetch tei-all",
                         no_args_is_help=True, rich_markup_mode=None)
app.add_typer(schema_app, name="schema")


@schema_app.command("fetch")
def schema_fetch(
    name: str = typer.Argument("tei-all", help="tei-all or tei-lite."),
    url: Optional[str] = typer.Option(None, "--url", help="Download from here instead of the "
                                      "TEI Consortium (a mirror or a file: URL); the file "
                                      "must still match the pinned checksum."),
):
    """Download a TEI release schema into the user cache (checksum checked).

    teikit validate --schema tei-all (and the tei-all, tapas and dracor profiles) then
    finds it there; TEIKIT_TEI_ALL / TEIKIT_TEI_LITE, when set, take precedence.

    Example:  teikit schema fetch tei-all
    """
    with guarded():
        from .validate.schemas import RELEASES, fetch
        if name not in RELEASES:
            raise fail("teikit", f"unknown schema {name!r}; known: {', '.join(RELEASES)}",
                       "usage", exit_code=Exit.USAGE)
        release = RELEASES[name]
        path = fetch(name, url)
        say(f"teikit schema fetch: {name} (TEI P5 {release.version}, sha256 "
            f"{release.sha256[:12]}…) saved to {path}")


# ----------------------------------------------------------------------------- export, build
# The writers (lxml XSLT, the stylesheets) are imported inside the commands, like validate.

VIEW_OPTION_HELP = ("diplomatic (default: the apparatus as the source printed it: [sic], "
                    "[illegible], [supplied] words, page numbers) or reading (the clean "
                    "reading text: corrections, no signs but […] for a gap).")

PAPER_HELP = "PDF only: a4 (default) or letter (US Letter)."


def _check_paper(paper: Optional[str], printing: bool, what: str) -> str:
    """--paper is for PDF; its value is checked where the PDF is made."""
    if paper is not None and not printing:
        raise fail("teikit", f"--paper is for {what}", "usage", exit_code=Exit.USAGE)
    if printing:
        from .writers.pdf import check_paper, engine
        check_paper(paper or "a4")
        engine()              # a missing engine: one line naming what to install, up front
    return paper or "a4"


@app.command()
def export(
    output_format: str = typer.Argument(..., metavar="html|text|pdf",
                                        help="html (one self-contained, print-ready page), "
                                             "text (plain UTF-8, wrapped) or pdf."),
    masters: List[Path] = typer.Argument(..., help="TEI masters (or any TEI file)."),
    output: Optional[Path] = typer.Option(None, "-o", "--output",
                                          help="The file to write (one master only); - "
                                               "writes to standard output."),
    outdir: Optional[Path] = typer.Option(None, "-d", "--outdir",
                                          help="Folder for the exports (NAME.html or "
                                               "NAME.txt each). Default: beside each master."),
    view: str = typer.Option("diplomatic", "--view", help=VIEW_OPTION_HELP),
    width: Optional[int] = typer.Option(None, "--width",
                                        help="Text only: wrap lines at this many columns "
                                             "(default 72, at least 20)."),
    quiet: bool = typer.Option(False, "-q", "--quiet", help="Print errors only."),
    paper: Optional[str] = typer.Option(None, "--paper", help=PAPER_HELP),
):
    """Export TEI masters as HTML, plain-text or PDF editions.

    HTML: one self-contained HTML5 file per master (CSS inline, nothing fetched, ready to
    print to PDF from a browser). Text: a header block, then the text wrapped at --width
    columns, notes at the end. PDF: the HTML edition on A4 or US Letter pages (--paper),
    notes at the foot of the page, no browser. Editorial signs follow --view in all.

    Example:  teikit export html tei/*.xml -d html/

    Example:  teikit export text letter.xml --view reading --width 60 -o -

    Example:  teikit export pdf letter.xml --paper letter
    """
    with guarded():
        from .writers import WRITERS
        from .writers.text import DEFAULT_WIDTH
        from .export import check_options
        if output_format not in WRITERS:
            raise fail("teikit", f"unknown format {output_format!r}; use html, text or pdf",
                       "usage", exit_code=Exit.USAGE)
        if output and len(masters) > 1:
            raise fail("teikit", "-o takes one master; use -d OUTDIR for several", "usage",
                       exit_code=Exit.USAGE)
        if output and outdir:
            raise fail("teikit", "give -o or -d, not both", "usage", exit_code=Exit.USAGE)
        if width is not None and output_format != "text":
            raise fail("teikit", "--width is for text exports", "usage", exit_code=Exit.USAGE)
        width = DEFAULT_WIDTH if width is None else width
        check_options(view, width)
        paper = _check_paper(paper, output_format == "pdf", "PDF exports")
        if outdir is not None:
            make_folder(outdir)
        suffix = WRITERS[output_format].suffix
        if output is not None:
            targets = [output]
        elif outdir is not None:
            targets = [outdir / f"{master.stem}{suffix}" for master in masters]
        else:
            targets = [master.with_suffix(suffix) for master in masters]
        seen = {}
        for master, target in zip(masters, targets):
            if target in seen:
                raise fail(str(master), f"would write {target} like {seen[target]}; export "
                           "masters of the same name to different folders", "usage",
                           exit_code=Exit.USAGE)
            seen[target] = master
    worst = Exit.OK
    for master, target in zip(masters, targets):
        worst = max(worst, _export_one(output_format, master, target, view, width, quiet,
                                       paper))
    raise typer.Exit(int(worst))


def _export_one(output_format, master, target, view, width, quiet, paper="a4") -> Exit:
    try:
        with guarded():
            from .export import export as export_master
            data, notes = export_master(output_format, master, view, width, paper)
            for d in notes:
                if not quiet:
                    say(str(d))
            if str(target) == "-":
                sys.stdout.buffer.write(data)
                sys.stdout.flush()
            else:
                atomic_write(target, data, inputs=(master,))
                if not quiet:
                    say(f"teikit export: wrote {target}")
    except typer.Exit as exc:
        return Exit(exc.exit_code)
    return Exit.OK


@app.command()
def build(
    edition_dir: Path = typer.Argument(..., metavar="EDITION_DIR",
                                       help="The edition folder: masters in tei/*.xml, "
                                            "title and licence in edition.toml."),
    outdir: Optional[Path] = typer.Option(None, "-d", "--outdir",
                                          help="Where html/ and text/ go (default: the "
                                               "edition folder)."),
    view: str = typer.Option("diplomatic", "--view", help=VIEW_OPTION_HELP),
    width: int = typer.Option(72, "--width", help="Columns of the text files (at least 20)."),
    quiet: bool = typer.Option(False, "-q", "--quiet", help="Print errors only."),
    pdf: bool = typer.Option(False, "--pdf", help="Also write pdf/NAME.pdf for each master "
                                                   "and pdf/volume.pdf (no browser needed)."),
    paper: Optional[str] = typer.Option(None, "--paper", help=PAPER_HELP),
):
    """Build an edition: every master as HTML and text, an index page, a print volume.

    Writes html/NAME.html and text/NAME.txt for each master in EDITION_DIR/tei/, then
    html/index.html (the table of contents) and html/volume.html (all documents in one
    page to print, each on new pages with its own running head).

    Example:  teikit build editions/sample
    """
    with guarded():
        from .export import build_edition
        paper = _check_paper(paper, pdf, "--pdf")
        result = build_edition(edition_dir, outdir, view, width, pdf, paper)
        if not quiet:
            for d in result.diagnostics:
                say(str(d))
            folder = result.written[0].parent.parent if result.written else edition_dir
            say(f"teikit build: wrote {len(result.written)} files under {folder} "
                f"(open {folder / 'html' / 'index.html'})")


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        say("teikit: error: interrupted [interrupted]")
        sys.exit(int(Exit.INTERRUPTED))

