"""The teikit command: parses options, calls the library, prints diagnostics, exits.

Every failure is one line ``file[:line[:col]]: error: message [code]`` and an exit code
from the table in :mod:`teikit.diagnostics`; a traceback only with ``--debug``. Usage
errors found by the option parser itself follow the same format. Everything printed has
its control characters escaped (a file name cannot clear the screen or forge a line).
"""
from __future__ import annotations

import enum
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import typer

from . import __version__
from .cli_base import (
    KEPT,
    bar,
    check_verbosity,
    failure,
    flush_or_exit_4,
    quiet_pipe,
    say,
    shown,
    usage,
)
from .diagnostics import EXIT_TABLE, Exit, fail, printable
from .formats import FORMATS
from .readers import STYLES
from .validate.profiles import PROFILES
from .writers import WRITERS

EXIT_HELP = "\b\n" + "\n".join(f"{int(code):>3}  {text}" for code, text in EXIT_TABLE.items())

app = typer.Typer(
    help="teikit: scholarly editions in TEI-XML.\n\n"
         "Encode archival sources (plain text, Markdown, HTML, Word, PDF, EPUB and more) "
         "as TEI P5 masters, validate TEI from anywhere, and publish print-ready HTML, "
         "plain-text and PDF editions.\n\n"
         "Example:  teikit encode letter.txt -o letter.xml\n\n"
         f"Exit codes:\n\n{EXIT_HELP}",
    no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
STATE = {"debug": False}

# Options with a fixed set of values are enums: --help lists them and the parser checks
# them. Made from the registries, so a new style, format or profile needs no edit here.
Style = enum.Enum("Style", {"auto": "auto", **{n: n for n in STYLES}}, type=str)  # type: ignore[misc]
Format = enum.Enum("Format", {n: n for n in WRITERS}, type=str)  # type: ignore[misc]
SourceFormat = enum.Enum("SourceFormat", {n: n for n in ["auto", *FORMATS]},  # type: ignore[misc]
                         type=str)
FORMAT_HELP = ("Source format: auto (from the file's name and content), "
               + ", ".join(FORMATS) + ".")
Profile = enum.Enum("Profile", {n: n for n in ["auto", *PROFILES]},   # type: ignore[misc]
                    type=str)


class OutputFormat(str, enum.Enum):  # noqa: UP042 (typer reads str-mixin enums)
    TEXT = "text"
    JSON = "json"
WRAPPING = [name for name, writer in WRITERS.items() if writer.wraps]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"teikit {__version__}")
        raise typer.Exit()


@app.callback()
def _main(debug: bool = typer.Option(False, "--debug", help="Show tracebacks of errors."),
          version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                       help="Print the version and exit.")) -> None:
    STATE["debug"] = debug


@contextmanager
def guarded(interrupted: str = KEPT) -> Iterator[None]:
    """Turn every failure into one line and an exit code (*interrupted*: what Ctrl-C
    leaves, in words)."""
    try:
        yield
    except (typer.Exit, BrokenPipeError):     # click stops quietly on a closed pipe (| head)
        raise
    except (Exception, KeyboardInterrupt) as exc:
        raise typer.Exit(failure(exc, interrupted, STATE["debug"])) from None


# The options every batch command shares, with the same meaning everywhere.
def _jobs() -> int | None:
    return typer.Option(None, "-j", "--jobs", min=1, max=1024,
                        help="Files processed in parallel (default: one per core).")


def _scheduler() -> str | None:
    return typer.Option(None, "--scheduler", metavar="tcp://HOST:PORT",
                        help="Run on this Dask cluster instead of this machine (pip install "
                             "'teikit[dask]'; workers need teikit and the same paths).")


def _progress() -> bool | None:
    return typer.Option(None, "--progress/--no-progress",
                        help="Progress bar on stderr (default: on a terminal, not in CI, "
                             "for 20 files or more).")


def _quiet() -> bool:
    return typer.Option(False, "-q", "--quiet", help="Print errors only.")


def _verbose() -> bool:
    return typer.Option(False, "-v", "--verbose",
                        help="Also print info notes and one line per file.")


# ----------------------------------------------------------------------------- encode

STYLE_HELP = "Source style: auto (detect) or one of: " + "; ".join(
    f"{name} ({what})" for name, (_, what) in STYLES.items())


@app.command()
def encode(
    sources: list[Path] = typer.Argument(..., metavar="SOURCE...",
                                         help="Sources to encode: plain text, Markdown, "
                                              "HTML, Word, PDF, EPUB and the other "
                                              "formats of --format."),
    output: Path | None = typer.Option(None, "-o", "--output",
                                          help="The TEI file to write (one source only)."),
    outdir: Path | None = typer.Option(None, "-d", "--outdir",
                                          help="Folder for the TEI files (NAME.xml each)."),
    style: Style = typer.Option("auto", "--style", help=STYLE_HELP),
    source_format: SourceFormat = typer.Option("auto", "--format", help=FORMAT_HELP),
    report: Path | None = typer.Option(None, "--report",
                                          help="Write the encoding report as JSON here."),
    encoding: str | None = typer.Option(None, "--encoding",
                                           help="Source encoding (default UTF-8; a BOM is "
                                                "honoured), e.g. cp1252, latin-1, utf-16."),
    edition: Path | None = typer.Option(None, "--edition",
                                           help="edition.toml with publisher, licence, "
                                                "editors (default: the one beside the "
                                                "source or in its parent folder)."),
    title: str | None = typer.Option(None, "--title", help="Title, when the text has "
                                        "no heading (one source only)."),
    jobs: int | None = _jobs(),
    scheduler: str | None = _scheduler(),
    progress: bool | None = _progress(),
    quiet: bool = _quiet(),
    verbose: bool = _verbose(),
) -> None:
    """Encode sources (plain text, Markdown, HTML, Word, PDF, EPUB and more) as TEI masters.

    The format and the style of each source are detected (or given with --format and
    --style); the report on stderr names them, counts the elements produced, names the
    conventions recognised, lists what was left out and why, and warns about markers
    without notes, unclosed brackets and the like.

    Example:  teikit encode sources/*.txt -d tei/ --report report.json
    """
    with guarded():
        check_verbosity(quiet, verbose)
        if output and len(sources) > 1:
            raise usage("-o takes one source; use -d OUTDIR for several")
        if output and outdir:
            raise usage("give -o or -d, not both")
        if title is not None and len(sources) > 1:
            raise usage("--title takes one source")
        if title is not None and not 0 < len(title) <= 10_000:
            raise usage("--title must be 1 to 10000 characters")
        from .batch import EncodeJob, encode_one, run_tasks
        from .edition import Edition
        from .fileio import make_folder
        chosen = Edition.load(edition) if edition else None
        targets = [output or (outdir / f"{source.stem}.xml" if outdir
                              else source.with_suffix(".xml")) for source in sources]
        _refuse_clashes(targets, report, sources)
        if outdir is not None:
            make_folder(outdir)
    items = [EncodeJob(str(s), str(t), style.value, encoding, chosen, title,
                       source_format.value)
             for s, t in zip(sources, targets, strict=True)]
    worst, reports = Exit.OK, []
    with guarded(), bar(len(items), "encode", progress, quiet) as tick:
        for outcome in run_tasks(encode_one, items, jobs, scheduler, tick):
            worst = max(worst, outcome.exit_code)
            reports.append(outcome.data["report"])
            if outcome.exit_code or quiet:
                for d in outcome.diagnostics:
                    if d.severity == "error":
                        say(str(d))
            else:
                say(outcome.data["report_text"])
                say(f"  wrote {shown(outcome.written[0])}")
    if report is not None:
        with guarded():
            from .fileio import atomic_write
            data = json.dumps({"teikit": __version__, "sources": reports}, indent=2,
                              ensure_ascii=False).encode("utf-8", "backslashreplace") + b"\n"
            atomic_write(report, data, inputs=tuple(sources))
    raise typer.Exit(int(worst))


def _refuse_clashes(targets: list[Path], report: Path | None, sources: list[Path]) -> None:
    """Two sources that would write one master, a master over a source, or a report over a
    master: refused before anything is written."""
    from .fileio import InputSet
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
    inputs = InputSet(sources)
    for target in targets:
        src = inputs.input_at(target)
        if src is not None:
            raise fail(str(target), f"output would overwrite the input {src}; choose another "
                       "output path", "output-is-input", exit_code=Exit.USAGE)


# ----------------------------------------------------------------------------- validate
# The library (teikit.validate) is imported inside the commands: `teikit validate` on one
# file must start fast, and xmlschema is loaded only when a file is invalid.

SCHEMA_HELP = ("teikit (default for --profile archival), tei-all (default for the other "
               "profiles), tei-lite, or the path of a .rng or .xsd file.")
PROFILE_HELP = ("auto (default: archival for teikit masters, tei-all for other TEI and "
                "teiCorpus; -v says which and why), archival (teikit's schema and every "
                "integrity rule), tei-all (TEI from elsewhere), tapas (tei-all, at most "
                "10 MB), dracor (tei-all, speakers in particDesc, licence URL).")


@app.command()
def validate(
    paths: list[Path] = typer.Argument(..., metavar="PATH...",
                                       help="TEI files, or folders (every *.xml inside)."),
    schema: str | None = typer.Option(None, "--schema", help=SCHEMA_HELP),
    profile: Profile = typer.Option("auto", "--profile", help=PROFILE_HELP),
    output_format: OutputFormat = typer.Option("text", "--format",
                                               help="text (one line per problem) or json "
                                                    "(the same as data, for CI)."),
    jobs: int | None = _jobs(),
    scheduler: str | None = _scheduler(),
    progress: bool | None = _progress(),
    quiet: bool = _quiet(),
    verbose: bool = _verbose(),
) -> None:
    """Validate TEI files: schema and integrity rules, every problem on its own line.

    Each problem is printed on stdout as file:line:col: error: message [code]; the
    summary goes to stderr. Integrity rules (unique xml:id, #refs that resolve, speakers
    in the header, ISO dates, unique note numbers, no empty p/head/title, no placeholder
    text) run according to the profile. Exit 0: all valid; 1: errors; 3: a file is
    unreadable, not XML or hostile; 2: bad usage or a missing schema.

    Example:  teikit validate editions/sample/tei/ --jobs 4

    Example:  teikit validate volume.xml --profile tei-all --format json
    """
    from .cli_validate import run
    raise typer.Exit(run(paths, schema, profile.value, output_format.value, jobs, scheduler,
                         progress, quiet, verbose, STATE["debug"]))


schema_app = typer.Typer(help="TEI schemas used by teikit validate.\n\n"
                              "Example:  teikit schema fetch tei-all",
                         no_args_is_help=True, rich_markup_mode=None)
app.add_typer(schema_app, name="schema")


class SchemaName(str, enum.Enum):  # noqa: UP042 (typer reads str-mixin enums)
    TEI_ALL = "tei-all"
    TEI_LITE = "tei-lite"


@schema_app.command("fetch")
def schema_fetch(
    name: SchemaName = typer.Argument("tei-all", help="tei-all or tei-lite."),
    url: str | None = typer.Option(None, "--url", help="Download from here instead of the "
                                      "TEI Consortium (a mirror or a file: URL); the file "
                                      "must still match the pinned checksum."),
) -> None:
    """Download a TEI release schema into the user cache (checksum checked).

    teikit validate --schema tei-all (and the tei-all, tapas and dracor profiles) then
    finds it there; TEIKIT_TEI_ALL / TEIKIT_TEI_LITE, when set, take precedence.

    Example:  teikit schema fetch tei-all
    """
    with guarded():
        from .validate.schemas import RELEASES, fetch
        release = RELEASES[name.value]
        path = fetch(name.value, url)
        say(f"teikit schema fetch: {name.value} (TEI P5 {release.version}, sha256 "
            f"{release.sha256[:12]}…) saved to {shown(path)}")


from . import cli_export  # noqa: E402,F401  (registers export and build on app)


def main() -> None:
    """The console script: click's own usage errors in teikit's format, exit 2."""
    command = typer.main.get_command(app)
    try:
        code = command.main(prog_name="teikit", standalone_mode=False)
    except typer.TyperException as exc:
        code = _parser_error(exc)
    except KeyboardInterrupt:
        say("teikit: error: interrupted [interrupted]")
        code = int(Exit.INTERRUPTED)
    except BrokenPipeError:
        code = quiet_pipe()
    flush_or_exit_4()
    sys.exit(code or 0)


def _parser_error(exc: typer.TyperException) -> int:
    if type(exc).__name__ == "NoArgsIsHelpError":        # bare `teikit`: its help
        typer.echo(exc.ctx.get_help())                   # type: ignore[attr-defined]
        return int(Exit.USAGE)
    if type(exc).__name__ == "Abort":
        say("teikit: error: interrupted [interrupted]")
        return int(Exit.INTERRUPTED)
    message = exc.format_message() if hasattr(exc, "format_message") else str(exc)
    ctx = getattr(exc, "ctx", None)
    hint = f" (see {ctx.command_path} --help)" if ctx is not None else ""
    say(f"teikit: error: {printable(message)}{hint} [usage]")
    return int(getattr(exc, "exit_code", Exit.USAGE) or Exit.USAGE)
