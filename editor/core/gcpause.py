"""Pausing Python's cyclic garbage collector while building many objects.

Loading or importing a big document creates millions of objects, none of them in reference
cycles; each allocation burst triggers collections that walk every live object again. Pausing
the collector for the duration (as pip and Black do for the same reason) cuts reopening a
100 000-segment project by about a third. Pauses nest and may overlap across threads: the
collector comes back on when the last one ends (and only if it was on before the first).
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
