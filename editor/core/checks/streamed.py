"""A full check of a project file without loading the document.

``posteditor check project.pedit`` runs here. The project is read twice, row by row, and
never held whole. Workers (or this process, for a small project) each read chunks of whole
paragraphs from the file and count them for the document statistics, while this process
reads just the targets to learn where each starts in the target file; the counts are merged,
and workers read the chunks again to check them and locate their issues. Memory is the statistics
and one chunk per process, whatever the size of the project; the result is the same as
checking the loaded document (``check_document``) and locating with ``Positions``.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Collection, Iterator, Mapping
from dataclasses import dataclass
from typing import TypeVar

from editor.core.checks.base import CheckContext, CheckSettings, Issue
from editor.core.checks.engine import Cancelled, Progress, check_segment, check_segments
from editor.core.checks.parallel import pass_repeats, run_in_workers, worker_count, worker_state
from editor.core.checks.stats import DocumentStats, DocumentStatsBuilder
from editor.core.model import Document, Segment
from editor.core.positions import Position, StreamedPositions, Unordered
from editor.core.store import ProjectStore

CHUNK_SEGMENTS = 2000  # segments a worker reads and checks at a time (rounded to paragraphs)

Located = tuple[Issue, Position]
Result = TypeVar("Result")


@dataclass
class ProjectCheck:
    """The outcome of :func:`check_project`."""

    document: Document  # languages, file names and layout; no segments
    segments: int
    issues: list[Located]
    stats: DocumentStats  # its ``terms.document`` is None: set it to find other segments


def check_project(
    store: ProjectStore,
    settings: CheckSettings | None = None,
    ignored: Mapping[int, Collection[tuple[str, str]]] | None = None,
    workers: int | None = None,
    emit: Callable[[list[Located]], object] | None = None,
    *,
    progress: Progress | None = None,
    share: bool = True,
    locate: bool = True,
) -> ProjectCheck | None:
    """Every issue of the project, in order, with its position in the files; None when this
    project cannot be streamed (an older project read through a migrated copy in memory, or
    targets out of the target file's paragraph order): then load it and check the document.

    With ``emit``, the issues are handed to it chunk by chunk, in order, as they are found,
    and not kept (``issues`` is then empty): a report can be written while the check runs.
    None is returned before anything is emitted. ``progress(done, total)`` is told of each
    chunk (counting, then checking: ``total`` is twice the segments); when it returns False the
    pass stops with :class:`~editor.core.checks.engine.Cancelled`. ``share``: this process
    checks chunks too (not from a window's thread: it would hold the interpreter's lock).
    Without ``locate``, the target file is not laid out and target positions are only
    rough (a window needs the issues alone)."""
    if store.in_memory_copy:
        return None
    shell = store.empty_document()
    ids, paragraphs = array("q"), array("q")
    for segment_id, paragraph in store.paragraph_rows():
        ids.append(segment_id)
        paragraphs.append(paragraph)
    chunks = [((ids[a], ids[b - 1]), b - a) for a, b in _chunks(paragraphs, CHUNK_SEGMENTS)]
    del paragraphs
    workers = worker_count(len(ids)) if workers is None else workers
    state: dict[str, object] = {"path": str(store.path), "languages": (shell.source_lang, shell.target_lang)}
    positions = StreamedPositions(shell.target_layout if locate else None)
    total = 2 * len(ids)
    if progress is not None and not progress(0, total):
        raise Cancelled

    def meanwhile() -> None:
        """The main process's share while workers count: the target file's layout, and the
        word lists loaded once here for the check workers to inherit."""
        if locate:
            for segment_id, target, target_par, gap in store.placement_rows():
                positions.add(segment_id, target, target_par, gap)
        if ids:  # (the pool's threads run now; the check workers are forked once it is gone)
            first = store.segment(ids[0])
            if first is not None:
                check_segment(first, CheckContext(shell.source_lang, shell.target_lang))

    def counted(done: int) -> bool:
        return progress is None or progress(done, total)

    def checked(done: int) -> bool:
        return progress is None or progress(len(ids) + done, total)

    try:
        parts: list[DocumentStatsBuilder] = _run(
            _count_chunk, chunks, state, workers, store, counted, meanwhile=meanwhile
        )
    except Unordered:
        return None
    builder = DocumentStatsBuilder(None, (shell.source_lang, shell.target_lang))
    for part in parts:
        builder.merge(part)
    del parts
    stats = builder.finish()
    context = CheckContext(shell.source_lang, shell.target_lang, settings or CheckSettings(), stats)
    del builder
    state.update(context=context, positions=positions, ignored=dict(ignored or {}))

    # This process checks a share of the chunks itself rather than wait for the workers: one
    # process fewer holds its own copy of the memory pages it touches.
    found: list[Located] = _run(
        _check_chunk, chunks, state, workers, store, checked, deliver=emit, share=share
    )
    stats.terms.document = None  # it held the last chunk
    return ProjectCheck(shell, len(ids), found, stats)


def _run(
    task: Callable[[tuple[int, int]], list[Result]],
    chunks: list[tuple[tuple[int, int], int]],
    state: dict[str, object],
    workers: int,
    store: ProjectStore,
    keep_going: Callable[[int], bool],
    meanwhile: Callable[[], None] | None = None,
    deliver: Callable[[list[Result]], object] | None = None,
    share: bool = False,
) -> list[Result]:
    """``task`` over every chunk, in workers when there are enough, else (or when workers
    cannot start) in this process with ``store``; ``meanwhile`` runs here either way. With
    ``deliver``, results go to it chunk by chunk (see :func:`run_in_workers`)."""
    if workers > 1 and len(chunks) > 1:
        found = run_in_workers(task, chunks, state, workers, keep_going, meanwhile, deliver, share)
        if found is not None:
            return found
    if meanwhile is not None:
        meanwhile()
    results: list[Result] = []
    worker_state().update(state, store=store)
    done = 0
    try:
        for bounds, size in chunks:
            if deliver is None:
                results += task(bounds)
            else:
                deliver(task(bounds))
            done += size
            if not keep_going(done):
                raise Cancelled
    finally:
        worker_state().clear()
    return results


def _chunks(paragraphs: array[int], size: int) -> Iterator[tuple[int, int]]:
    """Ranges of positions of about ``size`` segments that do not split a paragraph."""
    start, total = 0, len(paragraphs)
    while start < total:
        end = min(start + size, total)
        while end < total and paragraphs[end] == paragraphs[end - 1]:
            end += 1
        yield start, end
        start = end


class _Chunk:
    """Segments by id for a chunk's checks: the chunk's own, else read from the project
    (a repeated sentence's other translation, a paragraph split across chunks)."""

    def __init__(self, segments: list[Segment], store: ProjectStore) -> None:
        self.segments = {segment.id: segment for segment in segments}
        self._store = store

    def __getitem__(self, segment_id: int) -> Segment:
        segment = self.segments.get(segment_id)
        if segment is None:
            segment = self._store.segment(segment_id)
            if segment is None:
                raise KeyError(segment_id)
        return segment


def _store() -> ProjectStore:
    """The project, opened once per worker (or the caller's, in this process)."""
    state = worker_state()
    store = state.get("store")
    if not isinstance(store, ProjectStore):
        store = ProjectStore.open(str(state["path"]), readonly=True)
        state["store"] = store
    return store


def _count_chunk(bounds: tuple[int, int]) -> list[DocumentStatsBuilder]:
    """The statistics of the segments with ids in ``bounds``, to be merged in order."""
    languages = worker_state()["languages"]
    assert isinstance(languages, tuple)
    builder = DocumentStatsBuilder(None, languages)
    for segment in _store().iter_segments(*bounds):
        builder.add(segment)
    return [builder]


def _check_chunk(bounds: tuple[int, int]) -> list[Located]:
    """Issues of the segments with ids in ``bounds``, located in the files."""
    store = _store()
    state = worker_state()
    context, positions, ignored = state["context"], state["positions"], state["ignored"]
    assert isinstance(context, CheckContext) and isinstance(positions, StreamedPositions)
    assert isinstance(ignored, dict)
    segments = list(store.iter_segments(*bounds))
    chunk = _Chunk(segments, store)
    terms = getattr(context.stats, "terms", None)
    if terms is not None:
        terms.document = chunk
    return [
        (issue, positions.locate(chunk.segments[issue.segment], issue.side, issue.start, issue.end))
        for issue in check_segments(segments, context, ignored, pass_repeats())
    ]
