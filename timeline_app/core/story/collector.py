"""The cyclic garbage collector kept out of the way of the passes that make millions of objects.

Clustering and summarising a big text make hundreds of thousands of short-lived objects (an
event's signatures, readings, summaries) beside the millions the analyses hold, nearly none in
cycles: at the default thresholds the collector ran every 700 allocations and re-walked the
survivors, a third of those stages' time. Reference counting frees them all the same.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["YOUNG", "fewer_collections"]

YOUNG = 20_000
"""Allocations between collections of the youngest generation in such a pass (default 700)."""


@contextmanager
def fewer_collections() -> Iterator[None]:
    """What is alive now hidden from the collector's walks, and young collections rarer.

    What is alive when the pass starts (the analyses) is what the story keeps: it stays hidden
    (``gc.freeze``, as the window does with what each run leaves, ``gui/loader.py``), so the
    collections after the pass (an export's) do not walk it either; reference counting still
    frees it when the story goes. The thresholds are restored after the block.
    """
    before = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(max(YOUNG, before[0]), *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)
