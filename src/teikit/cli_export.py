"""``teikit export`` and ``teikit build``: the formats, their help and the width option all
come from :data:`teikit.writers.WRITERS`, so a new output format needs no edit here."""
from __future__ import annotations

import enum
from pathlib import Path

import typer

from .cli import (
    WRAPPING,
    Format,
    _jobs,
    _progress,
    _quiet,
    _scheduler,
    _verbose,
    app,
    guarded,
)
from .cli_base import bar, check_verbosity, say, show, shown, usage, write_stdout
from .diagnostics import Exit
from .signs import View
from .writers import WRITERS


class Paper(str, enum.Enum):  # noqa: UP042 (typer reads str-mixin enums)
    A4 = "a4"
    LETTER = "letter"


PAPER_HELP = "PDF only: a4 (default) or letter (US Letter)."


def _check_paper(paper: Paper | None, printing: bool, what: str) -> str:
    """--paper is for PDF; a missing PDF engine is one line naming what to install."""
    if paper is not None and not printing:
        raise usage(f"--paper is for {what}")
    if printing:
        from .writers.pdf import engine
        engine()
    return paper.value if paper is not None else "a4"


VIEW_OPTION_HELP = ("diplomatic (default: the apparatus as the source printed it: [sic], "
                    "[illegible], [supplied] words, page numbers) or reading (the clean "
                    "reading text: corrections, no signs but […] for a gap).")
FORMAT_HELP = "; ".join(f"{name}: {writer.description}" for name, writer in WRITERS.items())
WIDTH_HELP = (f"For {', '.join(WRAPPING) or 'wrapping formats'}: wrap lines at this many "
              "columns (default 72, 20 to 10000).")


@app.command()
def export(
    output_format: Format = typer.Argument(..., metavar="FORMAT", help=FORMAT_HELP),
    masters: list[Path] = typer.Argument(..., metavar="MASTER...",
                                         help="TEI masters (or any TEI file)."),
    output: Path | None = typer.Option(None, "-o", "--output",
                                          help="The file to write (one master only); - "
                                               "writes to standard output."),
    outdir: Path | None = typer.Option(None, "-d", "--outdir",
                                          help="Folder for the exports (NAME.html, NAME.txt, "
                                               "…). Default: beside each master."),
    view: View = typer.Option("diplomatic", "--view", help=VIEW_OPTION_HELP),
    width: int | None = typer.Option(None, "--width", help=WIDTH_HELP),
    paper: Paper | None = typer.Option(None, "--paper", help=PAPER_HELP),
    jobs: int | None = _jobs(),
    scheduler: str | None = _scheduler(),
    progress: bool | None = _progress(),
    quiet: bool = _quiet(),
    verbose: bool = _verbose(),
) -> None:
    """Export TEI masters as HTML or plain-text editions (or any format teikit writes).

    HTML: one self-contained HTML5 file per master (CSS inline, nothing fetched, ready to
    print to PDF from a browser). Text: a header block, then the text wrapped at --width
    columns, notes at the end. Editorial signs follow --view in both.

    Example:  teikit export html tei/*.xml -d html/

    Example:  teikit export text letter.xml --view reading --width 60 -o -
    """
    fmt = output_format.value
    with guarded():
        check_verbosity(quiet, verbose)
        from .export import check_options, export_targets
        from .fileio import make_folder
        from .writers.text import DEFAULT_WIDTH
        if output and len(masters) > 1:
            raise usage("-o takes one master; use -d OUTDIR for several")
        if output and outdir:
            raise usage("give -o or -d, not both")
        if width is not None and fmt not in WRAPPING:
            raise usage(f"--width is for {', '.join(WRAPPING)} exports")
        width = DEFAULT_WIDTH if width is None else width
        check_options(view, width)
        chosen_paper = _check_paper(paper, fmt == "pdf", "PDF exports")
        targets = export_targets(fmt, masters, output, outdir)
        if outdir is not None:
            make_folder(outdir)
    if output is not None and str(output) == "-":
        with guarded():
            from .export import export as export_master
            data, notes = export_master(fmt, masters[0], view, width, paper=chosen_paper)
            for d in notes:
                if show(d, quiet, verbose):
                    say(str(d))
            write_stdout(data)
        raise typer.Exit(int(Exit.OK))
    from .batch import ExportJob, export_one, run_tasks
    items = [ExportJob(fmt, str(m), str(t), view.value, width, chosen_paper)
             for m, t in zip(masters, targets, strict=True)]
    worst = Exit.OK
    with guarded(), bar(len(items), f"export {fmt}", progress, quiet) as tick:
        for outcome in run_tasks(export_one, items, jobs, scheduler, tick):
            worst = max(worst, outcome.exit_code)
            for d in outcome.diagnostics:
                if show(d, quiet, verbose):
                    say(str(d))
            if outcome.written and not quiet:
                say(f"teikit export: wrote {shown(outcome.written[0])}")
    raise typer.Exit(int(worst))


@app.command()
def build(
    edition_dir: Path = typer.Argument(..., metavar="EDITION_DIR",
                                       help="The edition folder: masters in tei/*.xml, "
                                            "title and licence in edition.toml."),
    outdir: Path | None = typer.Option(None, "-d", "--outdir",
                                          help="Where html/, text/ (one folder per format) "
                                               "go (default: the edition folder)."),
    view: View = typer.Option("diplomatic", "--view", help=VIEW_OPTION_HELP),
    width: int = typer.Option(72, "--width", help=WIDTH_HELP),
    pdf: bool = typer.Option(False, "--pdf", help="Also pdf/NAME.pdf for each master and "
                             "pdf/volume.pdf (slow: a paged-media engine lays out every page)."),
    paper: Paper | None = typer.Option(None, "--paper", help=PAPER_HELP),
    force: bool = typer.Option(False, "--force",
                               help="Rebuild every master, also those unchanged since the "
                                    "last build."),
    jobs: int | None = _jobs(),
    scheduler: str | None = _scheduler(),
    progress: bool | None = _progress(),
    quiet: bool = _quiet(),
    verbose: bool = _verbose(),
) -> None:
    """Build an edition: every master in every format, an index page, a print volume.

    Writes html/NAME.html and text/NAME.txt for each master in EDITION_DIR/tei/, then
    html/index.html (the table of contents) and html/volume.html (all documents in one
    page to print, each on new pages with its own running head). Only masters changed
    since the last build are built again (a manifest in OUT/.teikit/); the outputs of
    deleted masters are removed. All or nothing: a build that fails or is interrupted
    leaves the last build as it was.

    Example:  teikit build editions/sample --jobs 4
    """
    with guarded("the last build is left as it was (all or nothing)"):
        check_verbosity(quiet, verbose)
        from .build import build_edition, master_names
        from .export import check_options
        check_options(view, width)
        chosen_paper = _check_paper(paper, pdf, "--pdf")
        total = len(master_names(edition_dir))
        with bar(total, "build", progress, quiet) as tick:
            result = build_edition(edition_dir, outdir, view, width, jobs=jobs,
                                   scheduler=scheduler, progress=tick, force=force,
                                   pdf=pdf, paper=chosen_paper)
        folder = outdir if outdir is not None else edition_dir
        for d in result.diagnostics:
            if show(d, quiet, verbose):
                say(str(d))
        if verbose:
            for path in result.written:
                say(f"  wrote {shown(path)}")
            for path in result.removed:
                say(f"  removed {shown(path)}")
        if not quiet:
            say(f"teikit build: {len(result.built)} built, {len(result.skipped)} unchanged, "
                f"{len(result.removed)} removed; wrote {len(result.written)} files under "
                f"{shown(folder)} (open {shown(Path(folder) / 'html' / 'index.html')})")
