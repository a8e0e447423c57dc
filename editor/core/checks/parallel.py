"""A full check of a big document in worker processes (the checks are pure Python and hold
the GIL, so threads would not help). Forked workers inherit the segments and the context
(statistics, loaded word lists); spawned ones (see :mod:`editor.core.procs`) get them as one
pickle. Either way they are sent only ranges of segments to check. Issues come back
in order. (:mod:`editor.core.checks.streamed` uses the same pool for a project read in
chunks by the workers themselves.) Any failure to start workers falls back to checking in
this process, so the result never depends on it."""

from __future__ import annotations

import logging
import os
import pickle
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing import get_context
from typing import TYPE_CHECKING, TypeVar

from editor.core.checks.base import CheckContext, Issue
from editor.core.gcpause import gc_paused
from editor.core.model import Segment
from editor.core.procs import can_fork, release_free_memory

if TYPE_CHECKING:
    from editor.core.checks.engine import Repeats

log = logging.getLogger(__name__)

PARALLEL_MIN_SEGMENTS = 5000  # below this, starting workers costs more than it saves
CHUNK_SEGMENTS = 1000
MAX_WORKERS = 4

_state: dict[str, object] = {}  # what a worker's tasks work on, set by _init

Task = TypeVar("Task")
Result = TypeVar("Result")


def worker_count(segments: int) -> int:
    if segments < PARALLEL_MIN_SEGMENTS:
        return 1
    return max(1, min(os.cpu_count() or 1, MAX_WORKERS))


def _init(state: dict[str, object] | bytes) -> None:
    """Set a worker up. A forked worker inherits ``state``; a spawned one gets it as one
    pickle, loaded here with the collector paused: pickle would otherwise hand a document to
    the collector object by object (1.7 s instead of 0.7 s for 90 000 segments)."""
    import gc

    gc.disable()  # a worker lives for one pass over acyclic data (see editor.core.gcpause)
    _state.clear()
    _state.update(pickle.loads(state) if isinstance(state, bytes) else state)


def worker_state() -> dict[str, object]:
    """The state this worker (or, checking in one process, this process) was given."""
    return _state


def run_in_workers(
    task: Callable[[Task], list[Result]],
    tasks: Sequence[tuple[Task, int]],
    state: dict[str, object],
    workers: int,
    keep_going: Callable[[int], bool],
    alongside: Callable[[], object] | None = None,
    deliver: Callable[[list[Result]], object] | None = None,
    share: bool = False,
) -> list[Result] | None:
    """The results of ``task`` over ``tasks`` (each with how many segments it covers), in
    order, from ``workers`` processes that see ``state`` (:func:`worker_state`); None when
    workers could not be used. ``task`` must be a module-level function. ``alongside`` runs
    here while the workers work (not at all when they could not start). With ``deliver``,
    each task's results are handed to it in order as they come, and not kept (then the list
    returned is empty; once something was delivered, a failure is raised, not retried here).
    With ``share``, this process is one of the ``workers``: it starts one process fewer and
    runs every ``workers``-th task itself (one process less to hold in memory; not for a
    window's thread, which would hold the interpreter's lock while it works).

    ``keep_going(done)`` is called after each task; when it returns False the pending tasks
    are dropped and :class:`~editor.core.checks.engine.Cancelled` is raised.
    """
    from editor.core.checks.engine import Cancelled

    forked = can_fork()
    if forked:
        release_free_memory()  # each forked worker inherits this process's pages
    done = 0
    mine = range(0, len(tasks), workers) if share else range(0)  # this process's tasks
    try:
        # A spawned worker gets the state as one pickle, made once here.
        initargs = (state,) if forked else (pickle.dumps(state, 5),)
        with ProcessPoolExecutor(
            workers - 1 if share else workers,
            mp_context=get_context("fork" if forked else "spawn"),
            initializer=_init,
            initargs=initargs,
        ) as pool:
            # Taken off as they are read: a done future holds its result, which would otherwise
            # stay in memory until the last task is done.
            futures = deque(pool.submit(task, work) for k, (work, _) in enumerate(tasks) if k not in mine)
            if alongside is not None:
                alongside()
            if share:
                _state.clear()
                _state.update(state)
            results: list[Result] = []
            try:
                for k, (work, size) in enumerate(tasks):
                    if k in mine:
                        with gc_paused():
                            found = task(work)
                    else:
                        found = futures.popleft().result()
                    if deliver is None:
                        results.extend(found)
                    else:
                        deliver(found)
                    done += size
                    if not keep_going(done):
                        pool.shutdown(wait=False, cancel_futures=True)
                        raise Cancelled
            finally:
                if share:
                    _state.clear()
            return results
    except Cancelled:
        raise
    except (BrokenProcessPool, OSError, pickle.PicklingError, TypeError, AttributeError) as exc:
        if deliver is not None and done:
            raise  # results were handed over already: doing it all again would repeat them
        # Workers could not start, or the work could not be sent to them: the result must not
        # depend on it, so the caller works in this process.
        log.warning("check workers failed (%s); checking in one process", exc)
        return None


def _check_chunk(span: range) -> list[Issue]:
    """Issues of a range of positions in the worker's segments."""
    from editor.core.checks.engine import check_segments

    context, ignored, segments = _state["context"], _state["ignored"], _state["segments"]
    assert isinstance(context, CheckContext) and isinstance(ignored, dict) and isinstance(segments, list)
    return check_segments(segments[span.start : span.stop], context, ignored, pass_repeats())


def pass_repeats() -> Repeats:
    """This worker's memory of the texts it has checked in this pass (the worker state lives
    for one pass)."""
    from editor.core.checks.engine import Repeats

    repeats = _state.get("repeats")
    if not isinstance(repeats, Repeats):
        repeats = _state["repeats"] = Repeats()
    return repeats


def check_in_workers(
    segments: list[Segment],
    context: CheckContext,
    ignored: dict[int, set[tuple[str, str]]],
    workers: int,
    keep_going: Callable[[int], bool],
) -> list[Issue] | None:
    """Issues of every segment in order, or None when workers could not be used (see
    :func:`run_in_workers`)."""
    from editor.core.checks.engine import check_segment

    total = len(segments)
    spans = [range(i, min(i + CHUNK_SEGMENTS, total)) for i in range(0, total, CHUNK_SEGMENTS)]
    wanted = {s.id: ignored[s.id] for s in segments if s.id in ignored}
    if can_fork() and segments:
        # Warm up here (word lists, compiled patterns, caches) so every child inherits it.
        check_segment(segments[0], context)
    # The segments cost little on top of the context, whose statistics hold the same objects.
    state: dict[str, object] = {"context": context, "ignored": wanted, "segments": segments}
    return run_in_workers(_check_chunk, [(span, len(span)) for span in spans], state, workers, keep_going)
