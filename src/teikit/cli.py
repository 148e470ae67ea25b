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
from .encode import encode_file
from .header import Edition
from .readers import STYLES
from .tei import atomic_write

EXIT_HELP = "\n\n".join(f"{int(code)}  {text}" for code, text in EXIT_TABLE.items())

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
    except typer.Exit:
        raise
    except Exception as exc:    # a bug: say so in one line unless --debug
        if STATE["debug"]:
            raise
        say(f"teikit: error: internal error: {type(exc).__name__}: {exc}; run again with "
            "--debug and report it [internal]")
        raise typer.Exit(int(Exit.INTERNAL))


# ----------------------------------------------------------------------------- encode

STYLE_HELP = "Source style: auto (detect) or one of: " + "; ".join(
    f"{name} ({module.DESCRIPTION})" for name, module in STYLES.items())


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
        chosen = Edition.load(edition) if edition else None
        if outdir is not None:
            outdir.mkdir(parents=True, exist_ok=True)
    worst, reports = Exit.OK, []
    for source in sources:
        target = output or (outdir / f"{source.stem}.xml" if outdir else source.with_suffix(".xml"))
        code = _encode_one(source, target, style, encoding, chosen, title, quiet, reports)
        worst = max(worst, code)
    if report is not None:
        with guarded():
            data = json.dumps({"teikit": __version__, "sources": reports}, indent=2,
                              ensure_ascii=False).encode() + b"\n"
            atomic_write(report, data, inputs=tuple(sources))
    raise typer.Exit(int(worst))


def _encode_one(source, target, style, encoding, edition, title, quiet, reports) -> Exit:
    try:
        with guarded():
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


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        say("teikit: error: interrupted [interrupted]")
        sys.exit(int(Exit.INTERRUPTED))
