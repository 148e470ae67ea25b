"""Python's cycle collector paused while one document is processed.

Reading, encoding or writing a document makes hundreds of thousands of small objects (lines,
spans, matches, element proxies) and no reference cycles that outlive it. The collector
would walk every live object again each time enough of them were made: a quarter of the
time on a large text, for nothing. It is paused for the one document and resumed after
(what is garbage then is collected as usual), so memory stays bounded over a batch.
"""
from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
