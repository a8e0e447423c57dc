"""Running checks: one segment (per keystroke) or a whole document (in the background)."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence

from editor.core.checks.base import CheckContext, CheckSettings, Issue
from editor.core.checks.registry import all_checks
from editor.core.model import Document, Segment

Progress = Callable[[int, int], bool]  # (done, total) -> keep going?
BATCH_SEGMENTS = 500  # segments checked check by check; progress is reported per batch


def build_context(document: Document, settings: CheckSettings | None = None) -> CheckContext:
    """The context for checking ``document``: languages, settings and document statistics."""
    from editor.core.checks.stats import DocumentStats

    return CheckContext(
        source_lang=document.source_lang,
        target_lang=document.target_lang,
        settings=settings or CheckSettings(),
        stats=DocumentStats.build(document),
    )


def check_segment(
    segment: Segment, context: CheckContext, ignored: Collection[tuple[str, str]] = ()
) -> list[Issue]:
    """All enabled checks on one segment, sorted by position; ``ignored`` holds
    ``(check_id, fingerprint)`` pairs the user dismissed for this segment."""
    return check_segments([segment], context, {segment.id: ignored} if ignored else None)


def check_segments(
    segments: Sequence[Segment],
    context: CheckContext,
    ignored: Mapping[int, Collection[tuple[str, str]]] | None = None,
) -> list[Issue]:
    """All enabled checks on each segment, in segment order and by position in each.

    Check by check over the whole batch rather than segment by segment: one check's code,
    patterns and caches stay hot in the processor's caches (about a quarter faster on a big
    document than the other way round, with the same result).
    """
    prepared = []
    for segment in segments:
        tagged = "⟨" in segment.source or "⟨" in segment.target
        prepared.append((segment, _masked(segment) if tagged else segment, tagged))
    found: list[list[Issue]] = [[] for _ in segments]
    for check in all_checks():
        if not context.settings.enabled(check.id):
            continue
        sees_tokens = getattr(check, "uses_tokens", False)
        run = check.check
        for bucket, (segment, masked, tagged) in zip(found, prepared, strict=True):
            for issue in run(segment if sees_tokens else masked, context):
                if tagged and not sees_tokens and _touches_token(segment, issue):
                    continue  # the check saw blanks where a tag is: not its business
                bucket.append(issue)
    issues: list[Issue] = []
    for segment, bucket in zip(segments, found, strict=True):
        dismissed = ignored.get(segment.id) if ignored else None
        if dismissed:
            bucket = [i for i in bucket if (i.check, i.fingerprint) not in dismissed]
        bucket.sort(key=Issue.sort_key)
        issues.extend(bucket)
    return issues


def _masked(segment: Segment) -> Segment:
    """The segment with tag tokens blanked out (same length, so offsets hold)."""
    from dataclasses import replace

    from editor.core.formats.inline import TOKEN

    def blank(text: str) -> str:
        return TOKEN.sub(lambda m: " " * len(m.group()), text)

    return replace(segment, source=blank(segment.source), target=blank(segment.target), mt=blank(segment.mt))


def _touches_token(segment: Segment, issue: Issue) -> bool:
    from editor.core.formats.inline import tokens

    text = segment.source if issue.side == "source" else segment.target
    return any(t.start <= issue.end and issue.start <= t.end for t in tokens(text))


def check_document(
    document: Document,
    context: CheckContext | None = None,
    ignored: dict[int, set[tuple[str, str]]] | None = None,
    progress: Progress | None = None,
    workers: int | None = None,
) -> list[Issue]:
    """Every issue of the document in order. ``progress`` returning False cancels (raises
    :class:`Cancelled`). Big documents are checked in worker processes (``workers``: how
    many; by default one per core for documents of 5 000 segments and more)."""
    from editor.core.checks.parallel import check_in_workers, worker_count

    context = context or build_context(document)
    ignored = ignored or {}
    total = len(document)
    workers = worker_count(total) if workers is None else workers
    if workers > 1:

        def keep_going(done: int) -> bool:
            return progress is None or progress(done, total)

        found = check_in_workers(list(document), context, ignored, workers, keep_going)
        if found is not None:
            if progress is not None:
                progress(total, total)
            return found
    issues: list[Issue] = []
    segments = list(document)
    for start in range(0, total, BATCH_SEGMENTS):
        issues.extend(check_segments(segments[start : start + BATCH_SEGMENTS], context, ignored))
        if progress is not None and not progress(min(start + BATCH_SEGMENTS, total), total):
            raise Cancelled
    if progress is not None and total == 0:
        progress(0, 0)
    return issues


class Cancelled(Exception):
    """The user cancelled a long check pass."""
