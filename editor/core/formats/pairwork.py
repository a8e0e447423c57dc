"""Sentence segmentation and alignment of all paragraph pairs, in parallel for big inputs.

Paragraph pairs are independent once paragraphs are aligned, so big files are cut into chunks
that worker processes (spawned, so safe beside Qt's threads) segment and align; the chunks come
back in order and are numbered here. Workers start, and read the files themselves, while this
process reads and aligns the paragraphs; small files stay in-process, as spawning costs ~0.5 s.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import TYPE_CHECKING, Any

from editor.core.alignment import Bead
from editor.core.model import Origin, Segment, SegmentStatus
from editor.core.procs import process_context

if TYPE_CHECKING:
    from editor.core.formats.plaintext import _Side

Progress = Callable[[int, int], bool]
OriginFields = tuple[int, int, int, int]
# A segment before numbering: paragraph, source, mt, kind, score, source and target origin,
# target paragraph, gap. Plain tuples cross process boundaries several times faster.
SegmentFields = tuple[int, str, str, str, float, OriginFields | None, OriginFields | None, int | None, str]
Chunk = tuple[list[SegmentFields], dict[int, str]]

PARALLEL_MIN_BYTES = 2_000_000  # below this, one process is faster than spawning workers
_CHUNK_BEADS = 400

_worker_state: dict[str, Any] = {}
log = logging.getLogger(__name__)


class Cancelled(Exception):
    """The progress callback asked to stop."""


def start_pool(source: str | Path, target: str | Path) -> ProcessPoolExecutor | None:
    """Worker processes for a pair big enough to gain from them, or None."""
    workers = min(os.cpu_count() or 1, 4)
    try:
        size = os.path.getsize(source) + os.path.getsize(target)
    except OSError:
        return None
    if workers < 2 or size < PARALLEL_MIN_BYTES:
        return None
    pool = ProcessPoolExecutor(
        workers,
        mp_context=process_context(),
        initializer=_init_worker,
        initargs=(str(source), str(target)),
    )
    for _ in range(workers):
        pool.submit(int)  # start the workers now, so they read the files while we do
    return pool


def segment_all(
    src: _Side,
    tgt: _Side,
    beads: Sequence[Bead],
    langs: tuple[str, str],
    ratio: float,
    progress: Progress | None = None,
    pool: ProcessPoolExecutor | None = None,
) -> tuple[list[Segment], list[str]]:
    """Segments of every paragraph bead, numbered from 1, and each target paragraph's lead."""
    chunks = [
        (start, list(beads[start : start + _CHUNK_BEADS])) for start in range(0, len(beads), _CHUNK_BEADS)
    ]
    results = _run(src, tgt, chunks, langs, ratio, progress, pool)
    leads = [""] * len(tgt.paragraphs)
    for _, chunk_leads in results:
        for par, lead in chunk_leads.items():
            leads[par] = lead
    return _number(fields for chunk_segments, _ in results for fields in chunk_segments), leads


def _run(
    src: _Side,
    tgt: _Side,
    chunks: list[tuple[int, list[Bead]]],
    langs: tuple[str, str],
    ratio: float,
    progress: Progress | None,
    pool: ProcessPoolExecutor | None,
) -> list[Chunk]:
    if pool is not None:
        try:
            return _parallel(pool, chunks, langs, ratio, progress)
        except BrokenProcessPool:
            # A worker could not start or died (e.g. a host program with no importable
            # __main__); the work is all still here, so do it in this process.
            log.warning("import workers failed; segmenting in one process")
    total = sum(len(chunk) for _, chunk in chunks)
    results = []
    for start, chunk in chunks:
        results.append(_chunk(src, tgt, start, chunk, langs, ratio))
        _report(progress, start + len(chunk), total)
    return results


def _number(all_fields: Iterable[SegmentFields]) -> list[Segment]:
    """Segments from their fields, numbered from 1 in order."""
    new = SegmentStatus.NEW
    segments: list[Segment] = []
    for par, source, mt, kind, score, s_origin, t_origin, target_par, gap in all_fields:
        segments.append(
            Segment(
                len(segments) + 1,
                par,
                source,
                mt,
                mt,
                new,
                kind,
                score,
                None if s_origin is None else Origin(*s_origin),
                None if t_origin is None else Origin(*t_origin),
                target_par,
                gap,
            )
        )
    return segments


def _report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and not progress(done, total):
        raise Cancelled


def _chunk(
    src: _Side, tgt: _Side, start: int, beads: list[Bead], langs: tuple[str, str], ratio: float
) -> Chunk:
    from editor.core.formats.plaintext import segment_bead

    segments: list[SegmentFields] = []
    leads: dict[int, str] = {}
    for offset, bead in enumerate(beads):
        segments.extend(segment_bead(src, tgt, bead, start + offset + 1, langs, ratio, leads))
    return segments, leads


def _init_worker(source: str, target: str) -> None:
    import gc

    from editor.core.formats.plaintext import load_side

    # A worker lives for one import and builds many acyclic objects: no cyclic collection
    # (see editor.core.gcpause); what it frees goes by reference counting as usual.
    gc.disable()

    _worker_state["pair"] = (load_side(source), load_side(target))


def _worker_chunk(start: int, beads: list[Bead], langs: tuple[str, str], ratio: float) -> Chunk:
    src, tgt = _worker_state["pair"]
    return _chunk(src, tgt, start, beads, langs, ratio)


def _parallel(
    pool: ProcessPoolExecutor,
    chunks: list[tuple[int, list[Bead]]],
    langs: tuple[str, str],
    ratio: float,
    progress: Progress | None,
) -> list[Chunk]:
    total = sum(len(chunk) for _, chunk in chunks)
    futures: list[Future[Chunk]] = [
        pool.submit(_worker_chunk, start, chunk, langs, ratio) for start, chunk in chunks
    ]
    results = []
    for (start, chunk), future in zip(chunks, futures, strict=False):
        results.append(future.result())
        _report(progress, start + len(chunk), total)
    return results
