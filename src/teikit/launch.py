"""The ``teikit`` command's first step: ``teikit validate`` with the usual options starts
without the command-line framework; everything else goes to :func:`teikit.cli.main`.

typer (with click) takes about as long to load as the rest of a one-file validation, and
an editor runs ``teikit validate file.xml`` far more often than anything else. The quick
start reads the same options (:func:`teikit.cli_validate.quick_options`), runs the same
command (:func:`teikit.cli_validate.run`) and ends the same way; what it does not
recognise (``--help``, a misspelt option, a bad value) is left to typer, which answers as
it always has. ``TEIKIT_NO_QUICK_START=1`` sends everything to typer.
"""
from __future__ import annotations

import os
import sys


def main() -> None:
    try:
        _start()
    except KeyboardInterrupt:
        # Ctrl-C while the command loads (typer and lxml take some 0.3 s), before it can
        # have written anything: the same one line as later, never a traceback
        sys.stderr.write("teikit: error: interrupted [interrupted]\n")
        sys.exit(130)


def _start() -> None:
    from .recache import install
    install()        # the patterns compiled by an earlier run (teikit.recache)
    args = _debug_first(sys.argv[1:])
    sys.argv[1:] = args
    if args[:1] == ["validate"] and not os.environ.get("TEIKIT_NO_QUICK_START"):
        from .cli_validate import quick_options
        options = quick_options(args[1:])
        if options is not None:
            sys.exit(_validate(options))
    from .cli import main as typer_main
    typer_main()


def _debug_first(args: list[str]) -> list[str]:
    """``--debug`` where an editor types it, after the command (``teikit encode a.txt
    --debug``), is moved before it, where typer reads it: it is teikit's, not a command's
    (never after ``--``, where every word is a file name)."""
    end = args.index("--") if "--" in args else len(args)
    if "--debug" not in args[1:end]:
        return args
    return ["--debug", *(a for a in args[:end] if a != "--debug"), *args[end:]]


def _validate(options: dict) -> int:
    from .cli_base import flush_or_exit_4, quiet_pipe, say
    from .cli_validate import run
    try:
        code = run(**options)
    except KeyboardInterrupt:
        say("teikit: error: interrupted [interrupted]")
        code = 130
    except BrokenPipeError:
        code = quiet_pipe()
    flush_or_exit_4()
    return code
