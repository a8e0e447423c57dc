"""Running checks: one segment (per keystroke) or a whole document (in the background)."""

from __future__ import annotations

from collections.abc import Callable, Collection

from editor.core.checks.base import CheckContext, CheckSettings, Issue
from editor.core.checks.registry import all_checks
from editor.core.model import Document, Segment

Progress = Callable[[int, int], bool]  # (done, total) -> keep going?


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
    found: list[Issue] = []
    tagged = "⟨" in segment.source or "⟨" in segment.target
    masked = _masked(segment) if tagged else segment
    for check in all_checks():
        if not context.settings.enabled(check.id):
            continue
        sees_tokens = getattr(check, "uses_tokens", False)
        for issue in check.check(segment if sees_tokens else masked, context):
            if tagged and not sees_tokens and _touches_token(segment, issue):
                continue  # the check saw blanks where a tag is: not its business
            if (issue.check, issue.fingerprint) not in ignored:
                found.append(issue)
    found.sort(key=Issue.sort_key)
    return found


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
    for done, segment in enumerate(document, 1):
        issues.extend(check_segment(segment, context, ignored.get(segment.id, ())))
        if progress is not None and done % 200 == 0 and not progress(done, total):
            raise Cancelled
    if progress is not None:
        progress(total, total)
    return issues


class Cancelled(Exception):
    """The user cancelled a long check pass."""
