"""A full check of a big document in worker processes (the checks are pure Python and hold
the GIL, so threads would not help). Forked workers inherit the segments and the context
(statistics, loaded word lists); spawned ones (see :mod:`editor.core.procs`) get them as one
pickle. Either way they are sent only ranges of segments to check. Issues come back
in order. Any failure to start workers falls back to checking in this process, so the result
never depends on it."""

from __future__ import annotations

import logging
import os
import pickle
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing import get_context

from editor.core.checks.base import CheckContext, Issue
from editor.core.model import Segment
from editor.core.procs import can_fork

log = logging.getLogger(__name__)

PARALLEL_MIN_SEGMENTS = 5000  # below this, starting workers costs more than it saves
CHUNK_SEGMENTS = 1000
MAX_WORKERS = 4

_state: dict[str, object] = {}


def worker_count(segments: int) -> int:
    if segments < PARALLEL_MIN_SEGMENTS:
        return 1
    return max(1, min(os.cpu_count() or 1, MAX_WORKERS))


def _init(
    context: CheckContext | bytes,
    ignored: dict[int, set[tuple[str, str]]] | None = None,
    segments: list[Segment] | None = None,
) -> None:
    """Set a worker up with the context, the ignored issues and the segments. A forked worker
    inherits them; a spawned one gets them as one pickle (``context`` is then its bytes),
    loaded here with the collector paused: pickle would otherwise hand the document to the
    collector object by object (1.7 s instead of 0.7 s for 90 000 segments)."""
    import gc

    gc.disable()  # a worker lives for one pass over acyclic data (see editor.core.gcpause)
    if isinstance(context, bytes):
        context, ignored, segments = pickle.loads(context)
    _state.update(context=context, ignored=ignored, segments=segments)


def _check_chunk(span: range) -> list[Issue]:
    """Issues of a range of positions in the worker's segments."""
    from editor.core.checks.engine import check_segments

    context, ignored, segments = _state["context"], _state["ignored"], _state["segments"]
    assert isinstance(context, CheckContext) and isinstance(ignored, dict) and isinstance(segments, list)
    return check_segments(segments[span.start : span.stop], context, ignored)


def check_in_workers(
    segments: list[Segment],
    context: CheckContext,
    ignored: dict[int, set[tuple[str, str]]],
    workers: int,
    keep_going: Callable[[int], bool],
) -> list[Issue] | None:
    """Issues of every segment in order, or None when workers could not be used.

    ``keep_going(done)`` is called after each chunk; when it returns False the pending chunks
    are dropped and :class:`~editor.core.checks.engine.Cancelled` is raised.
    """
    from editor.core.checks.engine import Cancelled, check_segment

    total = len(segments)
    spans = [range(i, min(i + CHUNK_SEGMENTS, total)) for i in range(0, total, CHUNK_SEGMENTS)]
    wanted = {s.id: ignored[s.id] for s in segments if s.id in ignored}
    forked = can_fork()
    if forked and segments:
        # Warm up here (word lists, compiled patterns, caches) so every child inherits it.
        check_segment(segments[0], context)
    try:
        # A spawned worker gets everything as one pickle, made once here: the segments cost
        # little on top of the context, whose statistics hold the same segment objects.
        initargs = (context, wanted, segments) if forked else (pickle.dumps((context, wanted, segments), 5),)
        with ProcessPoolExecutor(
            workers,
            mp_context=get_context("fork" if forked else "spawn"),
            initializer=_init,
            initargs=initargs,
        ) as pool:
            futures = [pool.submit(_check_chunk, span) for span in spans]
            issues: list[Issue] = []
            done = 0
            for future, span in zip(futures, spans, strict=True):
                issues.extend(future.result())
                done += len(span)
                if not keep_going(done):
                    pool.shutdown(wait=False, cancel_futures=True)
                    raise Cancelled
            return issues
    except Cancelled:
        raise
    except (BrokenProcessPool, OSError, pickle.PicklingError, TypeError, AttributeError) as exc:
        # Workers could not start, or the work could not be sent to them: the result must not
        # depend on it, so the caller checks in this process.
        log.warning("check workers failed (%s); checking in one process", exc)
        return None
