"""How worker processes start: forked when that is safe, spawned otherwise.

A forked worker starts at once and inherits what the parent built (imported modules, loaded
word lists, a document and its statistics) without pickling any of it; a spawned one starts a
fresh interpreter and must be sent everything. Forking a process that runs other threads can
leave a lock held forever in the child, so only a single-threaded process forks (the CLI, a
script); the window, which runs Qt's threads, spawns.
"""

from __future__ import annotations

import os
from multiprocessing import get_all_start_methods, get_context
from multiprocessing.context import BaseContext


def threads_running() -> int:
    """The threads of this process (OS threads, not only Python's), 0 when unknown."""
    try:
        return len(os.listdir("/proc/self/task"))
    except OSError:
        return 0


def can_fork() -> bool:
    return "fork" in get_all_start_methods() and threads_running() == 1


def process_context() -> BaseContext:
    """The multiprocessing context for worker processes started now."""
    return get_context("fork" if can_fork() else "spawn")
