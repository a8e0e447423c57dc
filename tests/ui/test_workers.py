"""Background jobs: Python's cyclic garbage collector runs on the GUI thread only while one runs."""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from typing import ClassVar

from editor.ui.workers import COLLECTOR, BackgroundJob


class _Cycle:
    """An object in a reference cycle: only the cyclic collector frees it."""

    freed_on: ClassVar[list[str]] = []

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        _Cycle.freed_on.append(threading.current_thread().name)


def _job(seen: list[bool]) -> Callable[[Callable[[int, int], bool]], int]:
    def job(progress: Callable[[int, int], bool]) -> int:
        seen.append(gc.isenabled())
        for _ in range(3 * gc.get_threshold()[0]):  # past the threshold many times over
            _Cycle()
        return 7

    return job


def test_no_cyclic_collection_in_a_jobs_thread_and_automatic_again_after(qtbot) -> None:
    assert gc.isenabled()
    _Cycle.freed_on.clear()
    seen: list[bool] = []
    job = BackgroundJob("Working", _job(seen), dialog=False)
    with qtbot.waitSignal(job.done, timeout=10000) as blocker:
        job.start()
    assert blocker.args == [7]
    assert seen == [False]  # the job ran with automatic collection off
    assert gc.isenabled() and COLLECTOR.jobs == 0 and COLLECTOR.timer is None
    gc.collect()
    # the job's garbage was freed on the GUI thread, none on the job's
    assert _Cycle.freed_on and set(_Cycle.freed_on) == {threading.main_thread().name}


def test_the_gui_threads_timer_collects_while_a_job_runs(qtbot) -> None:
    release = threading.Event()
    _Cycle.freed_on.clear()

    def job(progress: Callable[[int, int], bool]) -> None:
        release.wait(10)

    running = BackgroundJob("Waiting", job, dialog=False)
    running.start()
    try:
        for _ in range(3 * gc.get_threshold()[0]):
            _Cycle()
        qtbot.waitUntil(lambda: bool(_Cycle.freed_on), timeout=5000)
        assert not gc.isenabled()
        assert set(_Cycle.freed_on) == {threading.main_thread().name}
    finally:
        release.set()
        running.wait()
    assert gc.isenabled()
