"""When a process may fork its workers."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="counts threads in /proc")


def _run(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_right_after_a_pool_the_process_can_fork_again():
    """A pool's threads are joined at its shutdown but still listed for a moment: the second
    pass of a streamed check must fork, not spawn."""
    out = _run(
        """
        from concurrent.futures import ProcessPoolExecutor
        from multiprocessing import get_context
        from editor.core.procs import can_fork

        answers = []
        for _ in range(10):
            with ProcessPoolExecutor(2, mp_context=get_context("fork")) as pool:
                list(pool.map(abs, range(-20, 0)))
            answers.append(can_fork())
        print(all(answers))
        """
    )
    assert out == "True"


def test_a_live_thread_means_no_fork():
    out = _run(
        """
        import threading
        from editor.core.procs import can_fork

        stop = threading.Event()
        thread = threading.Thread(target=stop.wait)
        thread.start()
        busy = can_fork()
        stop.set()
        thread.join()
        print(busy)
        """
    )
    assert out == "False"
