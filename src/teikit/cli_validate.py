"""``teikit validate`` itself: what the command does once its options are read.

Both ways in run :func:`run`: the typer command in :mod:`teikit.cli`, and the quick start
of :mod:`teikit.launch`, which reads the usual options itself (:func:`quick_options`) so
that validating one file does not load the command-line framework (typer, click: half of
the start-up time). Anything it does not recognise goes to typer, which then gives its
own help or usage error.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from .cli_base import (
    bar,
    check_verbosity,
    echo_out,
    failure,
    say,
    show,
    shown,
    write_stdout,
)
from .diagnostics import Exit, fail
from .validate.profiles import AUTO, PROFILES

# The values typer checks for these options (teikit.cli: the same names).
PROFILE_CHOICES = (AUTO, *PROFILES)
FORMAT_CHOICES = ("text", "json")
MAX_JOBS = 1024


def run(paths: list[Path], schema: str | None = None, profile: str = "auto",
        output_format: str = "text", jobs: int | None = None, scheduler: str | None = None,
        progress: bool | None = None, quiet: bool = False, verbose: bool = False,
        debug: bool = False) -> int:
    """Validate *paths* and print the report; the exit code."""
    try:
        check_verbosity(quiet, verbose)
        from .validate import collect_files
        files = collect_files(paths)
        for path in paths:
            if path.is_dir() and not any(f.is_relative_to(path) for f in files):
                raise fail(str(path), "the folder holds no *.xml file", "no-files",
                           exit_code=Exit.USAGE)
        with bar(len(files), "validate", progress, quiet) as tick:
            if scheduler:
                from .batch import validate_paths
                report = validate_paths(files, profile, schema, jobs, scheduler, tick)
            else:                      # what batch does without a scheduler, unloaded
                from .validate import validate_paths as local
                report = local(files, profile=profile, schema=schema, jobs=jobs,
                               progress=tick)
        if output_format == "json":
            text = json.dumps(report.as_dict(), indent=2, ensure_ascii=False)
            write_stdout(text.encode("utf-8", "backslashreplace") + b"\n")
        else:
            print_report(report, quiet, verbose)
    except BrokenPipeError:
        raise
    except Exception as exc:
        return failure(exc, debug=debug)
    except KeyboardInterrupt as exc:
        return failure(exc, debug=debug)
    return int(report.exit_code)


def print_report(report, quiet: bool, verbose: bool) -> None:
    for result in report.files:
        for d in result.diagnostics:
            if show(d, quiet, verbose):
                echo_out(str(d))
        if verbose:
            state = "valid" if result.valid else "checked"
            echo_out(f"{result.path}: {state} with profile {result.profile} ({result.reason})"
                     if result.profile else f"{result.path}: {state}")
    if quiet:
        return
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
        f"{shown(report.schema)}): {', '.join(parts)}")


# ----------------------------------------------------------------------------- quick start

FLAGS: dict[str, tuple[str, bool]] = {"-q": ("quiet", True), "--quiet": ("quiet", True),
         "-v": ("verbose", True), "--verbose": ("verbose", True),
         "--progress": ("progress", True), "--no-progress": ("progress", False)}
VALUED = {"--schema": "schema", "--profile": "profile", "--format": "output_format",
          "-j": "jobs", "--jobs": "jobs", "--scheduler": "scheduler"}
JOBS = re.compile(r"[0-9]{1,4}")


def quick_options(args: list[str]) -> dict | None:
    """The options of ``teikit validate ARGS`` as :func:`run` takes them, when they are
    all plainly valid; None for anything else (help, a bad or unusual option or value,
    no PATH): typer then reads them and says what is wrong, as it always has."""
    options: dict = {"paths": []}
    i = 0
    while i < len(args):
        arg = args[i]
        i += 1
        if not arg.startswith("-"):
            if not arg:
                return None
            options["paths"].append(Path(arg))
            continue
        if arg in FLAGS:
            key, flag = FLAGS[arg]
            options[key] = flag
            continue
        name, eq, value = arg.partition("=")
        if name == "-j" or (arg.startswith("-j") and not arg.startswith("--")):
            name, eq, value = "-j", "=", arg[2:]        # -j4
            if not value:
                eq = ""
        if name not in VALUED:
            return None
        if not eq:
            if i >= len(args) or args[i].startswith("-"):
                return None
            value, i = args[i], i + 1
        key = VALUED[name]
        if key == "jobs":
            if not JOBS.fullmatch(value) or not 1 <= int(value) <= MAX_JOBS:
                return None
            options[key] = int(value)
            continue
        choices = {"profile": PROFILE_CHOICES, "output_format": FORMAT_CHOICES}.get(key)
        if not value or (choices is not None and value not in choices):
            return None
        options[key] = value
    return options if options["paths"] else None
