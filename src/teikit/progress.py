"""A progress bar on stderr for commands over many files: the file count, the rate and the
time left (rich's, redrawn in place). Shown only on a terminal, never in CI or a pipe."""
from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

SHOW_FROM = 20          # fewer files than this finish before a bar would help
REDRAW_EVERY = 0.1      # seconds


def wanted(choice: bool | None, total: int, quiet: bool = False) -> bool:
    """--progress/--no-progress, or by default: many files, stderr a terminal, not CI."""
    if choice is not None:
        return choice
    return (not quiet and total >= SHOW_FROM and sys.stderr.isatty()
            and not os.environ.get("CI"))


@contextmanager
def bar(total: int, label: str, show: bool, forced: bool = False
        ) -> Iterator[Callable[[int, int], None] | None]:
    """A ``progress(done, total)`` callable drawing the bar, or None when not *show*;
    *forced* (--progress) draws it also where stderr is not a terminal."""
    if not show or total <= 0:
        yield None
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        ProgressColumn,
        TextColumn,
        TimeRemainingColumn,
    )
    from rich.text import Text

    class RateColumn(ProgressColumn):
        def render(self, task) -> Text:
            speed = task.finished_speed or task.speed
            return Text(f"{speed:.1f} files/s" if speed else "… files/s")

    # No refresh thread (auto_refresh=False): worker processes are forked while the bar
    # runs, and a fork must not copy a thread holding the terminal's lock.
    progress = Progress(TextColumn(label), BarColumn(), MofNCompleteColumn(),
                        TextColumn("files"), RateColumn(), TimeRemainingColumn(),
                        console=Console(stderr=True, force_terminal=forced or None,
                                        color_system="auto" if sys.stderr.isatty() else None),
                        auto_refresh=False, transient=True)
    task = progress.add_task(label, total=total)
    last = [0.0]

    def update(done: int, total_: int) -> None:
        now = time.monotonic()
        progress.update(task, completed=done, total=total_)
        if now - last[0] >= REDRAW_EVERY or done == total_:
            last[0] = now
            progress.refresh()

    with progress:
        yield update
