"""Pausing Python's cyclic garbage collector while a long job builds many objects.

Screening an import builds hundreds of thousands of small objects (facts, hits,
rows). Each time enough of them survive, CPython runs a full collection that walks
every object in the process while holding the GIL: with a 100,000-declaration
station that was up to 0.9 s during which the window's thread could not run
(bench/ui_bench.py). The job's objects are freed by reference counting when it
ends, so nothing needs the collector meanwhile; it is switched back on when the
last paused job ends.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_paused = 0
_was_enabled = False


@contextmanager
def collection_paused() -> Iterator[None]:
    """Run the body with automatic garbage collection off (nested and threaded uses
    are counted: collection resumes after the last one, if it was on before)."""
    global _paused, _was_enabled
    with _lock:
        if _paused == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _paused += 1
    try:
        yield
    finally:
        with _lock:
            _paused -= 1
            if _paused == 0 and _was_enabled:
                gc.enable()
