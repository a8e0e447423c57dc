"""How worker processes start: forked when that is safe, spawned otherwise.

A forked worker starts at once and inherits what the parent built (imported modules, loaded
word lists, a document and its statistics) without pickling any of it; a spawned one starts a
fresh interpreter and must be sent everything. Forking a process that runs other threads can
leave a lock held forever in the child, so only a single-threaded process forks (the CLI, a
script); the window, which runs Qt's threads, spawns.
"""

from __future__ import annotations

import os
import threading
import time
from multiprocessing import get_all_start_methods, get_context
from multiprocessing.context import BaseContext


def threads_running() -> int:
    """The threads of this process (OS threads, not only Python's), 0 when unknown."""
    try:
        return len(os.listdir("/proc/self/task"))
    except OSError:
        return 0


def can_fork() -> bool:
    """Whether this process runs no other thread. A thread that has just been joined (a
    process pool's, right after its shutdown) is still listed by the system for a moment: when
    Python itself runs no other thread, the count gets up to 0.1 s to settle."""
    if "fork" not in get_all_start_methods():
        return False
    deadline = time.monotonic() + 0.1
    while True:
        running = threads_running()
        if running == 1:
            return True
        if running == 0 or threading.active_count() > 1 or time.monotonic() > deadline:
            return False  # unknown, a live Python thread, or threads that are not Python's
        time.sleep(0.002)


def process_context() -> BaseContext:
    """The multiprocessing context for worker processes started now."""
    return get_context("fork" if can_fork() else "spawn")


def release_free_memory() -> None:
    """Give the memory this process has freed back to the system (glibc keeps it otherwise:
    reading a big file leaves most of the reader's memory free but held)."""
    import ctypes
    import ctypes.util

    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.malloc_trim(0)
    except (OSError, AttributeError):
        pass  # not glibc: nothing to do
